"""Second, blind annotation of data/heldout3 (quotes and themes v2).

Every row below was decided by hand after reading the paragraph in full. The script only
locates each decided span (by its first and last words, searching forward in the file), computes
offsets, checks raw[start:end] == text, checks that every quotation mark in the file is accounted
for, and writes quotes.csv and themes_v2.csv (sorted by source, start).

Run: /work/main/.venv/bin/python data/annotations/heldout3_second/build_annotations.py
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.normpath(os.path.join(HERE, "..", "..", "heldout3"))
OPEN = "“‘"
CLOSE = "”’"

D = "heldout3_diary_conference.txt"
L = "heldout3_leader_child_poverty.txt"
F = "heldout3_longread_factions.txt"
S = "heldout3_news_steel_tariffs.txt"
P = "heldout3_profile_lunch.txt"

# (source, first words, last words, kind, speaker, cue, continuation, notes, nested, unclosed)
# first/last words are inside the marks; the span runs from the first to the last (inclusive).
Q = [
    # ---- diary (single curly quotes are the quotation marks) ----
    (D, "stitching it up", "stitching it up", "speech", "Callum Reddish's allies", "complain", False,
     "allies complaining that the party machine is 'stitching it up': their words (borderline with scare quotes)"),
    (D, "the scouse at", "was overcooked", "speech", "one Labour insider", "quip", False, ""),
    (D, "Nobody is rigging", "rigging anything,", "speech", "a source close to Priya Anand-Lowe's campaign", "say", False,
     "'her campaign' = Anand-Lowe's"),
    (D, "Callum got his", "on the merits.", "speech", "a source close to Priya Anand-Lowe's campaign", "", True, ""),
    (D, "I trust the rulebook", "NEC can say.", "speech", "Callum Reddish", "reply", False, "replied: (colon)"),
    (D, "RED CALLUM", "SEIZE LABOUR", "speech", "the Daily Mail", "read", False,
     "front-page headline: the paper's written words ('Its front page ... reads'); borderline with term (title of a work)"),
    (D, "well, that", "quid for him", "speech", "a minister", "mutter", False,
     "a minister passing the newsstand at Lime Street, overheard muttering"),
    (D, "has survived worse", "worse prime ministers", "speech", "Tom Fennimore", "tell", False, ""),
    (D, "the Americans know", "nowhere else to go", "speech", "Tom Fennimore", "add", False, "'adding ... that': own cue"),
    (D, "name one", "name one", "speech", "a Conservative observer", "say", False, "was heard to say"),
    (D, "as a compliment", "of the partnership", "speech", "Tom Fennimore's officials", "insist", False,
     "officials insisted he had meant the remark '...': the officials' words"),
    (D, "misleading", "misleading", "speech", "a CAC member", "call", False, "called the tally 'misleading': one-word utterance, specific source"),
    (D, "half of them", "vote on anyway", "speech", "a CAC member", "call", False,
     "'called the tally ... because ...': the because-clause is governed by the same 'called' (one reporting act), so cue call, continuation false; borderline with a cue-less continuation"),
    (D, "The left has the members", "train to catch.", "speech", "Dermot Kiely", "offer", False,
     "'offered this column his analysis ... in a single sentence:' (colon)"),
    (D, "Scunthorpe shambles", "Scunthorpe shambles", "term", "", "", False,
     "label of the botched visit, as used by the Guardian story; no utterance reported"),
    (D, "Enormously.", "Enormously.", "speech", "a No 10 aide", "", False,
     "separate sentence after 'texted back a single word.' -> attribution by context, no cue of its own (as 'makes a curious admission. \"...\"')"),
    # ---- leader (double curly quotes) ----
    (L, "not balance the books", "of the poorest", "speech", "Owen Mallory", "promise", False, "promised MPs that the government would \"...\""),
    (L, "The rise is concentrated", "and the Midlands,", "speech", "the Northern Poverty Commission", "write", False,
     "'the commission's authors write' -> the collective (the commission's report)"),
    (L, "It is not an accident", "a choice of policy.", "speech", "the Northern Poverty Commission", "", True, ""),
    (L, "efficiency savings", "efficiency savings", "term", "", "", False, "the Treasury's label held at a distance (scare quotes)"),
    (L, "Every pound we spend", "from our children,", "speech", "Owen Mallory", "tell", False, "Mr Mallory = Owen Mallory"),
    (L, "austerity", "austerity", "term", "", "", False, "'when it was called \"austerity\"': a label, no specific utterance"),
    (L, "fiscal discipline", "fiscal discipline", "term", "", "", False,
     "'What the government now calls \"fiscal discipline\"': the government's label, no occasion of utterance (decision rule) -> term; borderline with speech"),
    (L, "mistaking meanness", "meanness for prudence", "speech", "the Daily Telegraph", "warn", False, "written (a leader)"),
    (L, "treating its own MPs", "obstacle to be managed", "speech", "the member for a Teesside seat", "tell", False,
     "one of the 40 backbenchers, unnamed"),
    (L, "change", "change", "term", "", "", False, "campaign slogan / the word under discussion ('took the word literally')"),
    (L, "A government is judged", "the money is tight,", "speech", "Owen Mallory", "say", False, ""),
    # ---- long read ----
    (F, "Now the hard part.", "Now the hard part.", "speech", "Bernard Quayle", "write", False, "diary entry"),
    (F, "We had the votes", "microphone at conference,", "speech", "Sheila Aske", "write", False, "memoir"),
    (F, "Everyone got something", "got everything.", "speech", "Sheila Aske", "", True, ""),
    (F, "Lost count at 120,", "Lost count at 120,", "speech", "Bernard Quayle", "begin", False,
     "'Quayle's entry ... \"...\" it begins': written words of Quayle's diary; cue lemma begin"),
    (F, "Chief says we can", "themselves for it.", "speech", "Bernard Quayle", "", True, ""),
    (F, "not a split but", "but a symptom", "speech", "Dennis Vokes", "put", False, "'as ... Dennis Vokes, put it in a speech'"),
    (F, "It was never left", "after 2005,", "speech", "a former cabinet minister", "tell", False, "'a former cabinet minister who served under both men'"),
    (F, "It was two versions", "car park and watched.", "speech", "a former cabinet minister", "", True, ""),
    (F, "noise", "noise", "term", "", "", False, "the word Brown's allies used for rivals' briefings: a word under discussion, no specific utterance"),
    (F, "Noise level: 7.", "Chief at 9.", "speech", "Bernard Quayle", "record", False,
     "written in his diary ('began to record it in his diary ...:'); previous top-level speech span is the cabinet minister's"),
    (F, "It was like a divorce", "keeping the house,", "speech", "Sheila Aske", "write", False, "newspaper column"),
    (F, "She said, ", "rather the problem.", "speech", "Bernard Quayle", "record", False,
     "diary 'records a call ...:' (colon); the words are Quayle's diary text"),
    (F, "You lot had 13 years.", "We want five.", "speech", "an old colleague on the left", "say", False,
     "nested in Quayle's diary text ('She said, ...')"),
    (F, "culled like badgers", "culled like badgers", "speech", "one Momentum organiser", "put", False, "'as one Momentum organiser put it'"),
    (F, "the long winter", "the long winter", "speech", "Campaign Group members", "describe", False,
     "'Campaign Group members describe the process as \"...\"': source + describe -> speech (decision rule); borderline with term (a faction's label for the process)"),
    (F, "restoring the party", "party’s electability", "speech", "those who ran it", "prefer", False,
     "parallel to 'the long winter': the other side's preferred description ('those who ran it prefer \"...\"'); borderline with term"),
    (F, "Factions don", "die in government,", "speech", "Sheila Aske", "tell", False, ""),
    (F, "They just go quiet", "polls to turn.", "speech", "Sheila Aske", "", True, ""),
    (F, "Party still here.", "sure why.", "speech", "Bernard Quayle", "entry", False,
     "'Quayle's last entry, written in October 2018, is characteristically brief:' -> the noun 'entry' introduces it with a colon; borderline with an empty cue"),
    # ---- news ----
    (S, "still delivers", "when it matters", "speech", "Gareth Pellow", "say", False, ""),
    (S, "This is not everything", "had on Friday,", "speech", "Gareth Pellow", "say", False, ""),
    (S, "Steelworkers in Port Talbot", "with some certainty.", "speech", "Gareth Pellow", "", True, ""),
    (S, "within weeks", "within weeks", "speech", "Gareth Pellow", "add", False, ""),
    (S, "through the weekend", "through the weekend", "speech", "a spokeswoman for the British embassy in Washington", "say", False, ""),
    (S, "Both sides wanted", "before the G7,", "speech", "a spokeswoman for the British embassy in Washington", "say", False, "'she said': own cue"),
    (S, "Ten per cent on half", "not a settlement.", "speech", "Rhian Coulter", "say", False, "said: (colon)"),
    (S, "Our members export", "a normal year,", "speech", "Rhian Coulter", "say", False, ""),
    (S, "welcome breathing space", "welcome breathing space", "speech", "Community", "call", False,
     "'The steelworkers' union Community called the deal \"...\"'"),
    (S, "watching very closely", "watching very closely", "speech", "Alun Prys-Morgan", "say", False, ""),
    (S, "outmanoeuvred", "outmanoeuvred", "speech", "opposition parties", "say", False, ""),
    (S, "traded away leverage", "a photo opportunity", "speech", "Hamish Teague", "say", False, ""),
    (S, "tough but reasonable", "tough but reasonable", "speech", "a White House official", "describe", False, ""),
    (S, "very happy", "very happy", "speech", "a White House official", "say", False, "'and said the president was \"very happy\"': own cue"),
    # ---- profile ----
    (P, "I always have the fish", "the fish here,", "speech", "Douglas Fearon", "say", False, ""),
    (P, "It is the only thing", "since the referendum.", "speech", "Douglas Fearon", "", True, ""),
    (P, "has the greatest respect", "of the committee", "speech", "Julian Marsh's aide", "statement", False,
     "'whose aide sent a statement: Mr Marsh \"...\"' - the statement speaks of Marsh in the third person, so the aide's words (borderline: Julian Marsh)"),
    (P, "the decision was one", "the Foreign Office", "speech", "Julian Marsh's aide", "", True, "second piece of the same statement"),
    (P, "It was a simple one.", "said another.", "speech", "Douglas Fearon", "", False,
     "paragraph opens with a quotation mark and does not close (multi-paragraph quotation): span runs to the paragraph end; no cue ('I ask what the question was.'); new speaker after Marsh's aide"),
    (P, "Now, you can call", "committee for?", "speech", "Douglas Fearon", "", True, "second paragraph of the multi-paragraph quotation"),
    (P, "The Americans were perfectly", "You are now.’", "speech", "Douglas Fearon", "", True,
     "after 'He laughs.': cue-less, same voice as the previous top-level span"),
    (P, "Congressman, you", "made our week.", "speech", "a man from the embassy", "say", False, "nested"),
    (P, "You are now.", "You are now.", "speech", "a man from the embassy", "say", False, "nested ('He said, ...')"),
    (P, "I was loyal for", "for twenty years,", "speech", "Douglas Fearon", "say", False, ""),
    (P, "I don’t regret that.", "confusing the two.", "speech", "Douglas Fearon", "", True, ""),
    (P, "Sorry mate.", "from upstairs.", "speech", "a senior colleague", "read", False, "text message: 'It reads, in full:'"),
    (P, "What would I say?", "where upstairs is.", "speech", "Douglas Fearon", "", False, "cue-less; speaker change after the colleague's message"),
    (P, "I’m not in any squad.", "a conscience.", "speech", "Douglas Fearon", "", True, "after 'He bristles at the phrase.'"),
    (P, "a one-man Campaign Group", "better tailoring", "speech", "one of his former committee colleagues", "call", False,
     "'One of his former committee colleagues, a Labour MP on the party's right, calls him \"...\"'"),
    (P, "Tell him the tailor", "takes cash,", "speech", "Douglas Fearon", "say", False, ""),
    (P, "I grew up thinking", "insurance policy,", "speech", "Douglas Fearon", "say", False, ""),
    (P, "You pay in for decades", "read the policy.", "speech", "Douglas Fearon", "", True, ""),
    (P, "Ask me in a year,", "Ask me in a year,", "speech", "Douglas Fearon", "say", False, ""),
    (P, "Ask me after the next", "ask me at all.", "speech", "Douglas Fearon", "", True, ""),
]

THEMES = ["special_relationship", "party_factionalism", "iraq_war_intelligence",
          "israel_palestine", "austerity_inequality"]
# per source: one entry per body paragraph in order: (SR, PF, IRQ, IP, AUS, negated, notes)
T = {
    D: [
        (0, 1, 0, 0, 0, "", "borderline: dread that the deputy leadership hustings will bring a walkout (dissent inside the party); weak cue decided by article context"),
        (0, 1, 0, 0, 0, "", "Socialist Campaign Group candidate vs minister; allies say the machine is 'stitching it up'"),
        (0, 1, 0, 0, 0, "", "'no plot' is denied but Reddish's dig at the NEC is not, so not negated"),
        (0, 1, 0, 0, 0, "", "Mail headline 'plot to seize Labour' (rule 3: whoever speaks)"),
        (1, 0, 0, 0, 0, "", ""),
        (1, 0, 0, 0, 0, "", "durability of the partnership; US embassy declined to comment"),
        (0, 1, 0, 0, 0, "", "borderline: motions ruled out by the arrangements committee, tallied by the CLPD, disputed by a CAC member (a fight over the party's rules/committees)"),
        (0, 1, 0, 0, 0, "", "left has the members, right has the rules"),
        (0, 1, 0, 0, 0, "", "borderline: the Chief Whip keeping a lid on the welfare rebels (party MPs against the leadership); welfare only named -> austerity 0"),
        (0, 0, 0, 0, 0, "", ""),
    ],
    L: [
        (0, 0, 0, 0, 1, "", ""),
        (0, 0, 0, 0, 1, "", "child poverty rising, 'a choice of policy'"),
        (0, 0, 0, 0, 1, "", ""),
        (0, 0, 0, 0, 1, "", ""),
        (0, 1, 0, 0, 1, "", "40 backbenchers' letter against the leadership; leadership 'treating its own MPs as an obstacle' -> PF 1 (party figures rejecting the party line)"),
        (0, 0, 0, 0, 1, "", "one child in three grows up poor"),
        (0, 0, 0, 0, 1, "", "borderline: political case against a spring statement that does 'nothing but trim' (read with the article: cuts vs the two-child limit)"),
        (0, 0, 0, 0, 1, "", ""),
    ],
    F: [
        (0, 1, 0, 0, 0, "", "borderline: 'He did not mean governing. He meant the party.' - the hard part is managing the party's factions (weak cue decided by article context)"),
        (0, 1, 0, 0, 0, "", "truce between Labour's factions"),
        (0, 1, 0, 0, 0, "", ""),
        (0, 1, 1, 0, 0, "", "Iraq borderline: 139 Labour MPs voting against the government on Iraq is a statement about the war's politics, though the paragraph's interest is the party"),
        (0, 1, 0, 0, 0, "", "'did more damage than war' only names the war -> Iraq 0"),
        (0, 1, 0, 0, 0, "", ""),
        (0, 1, 0, 0, 0, "", ""),
        (0, 1, 0, 0, 0, "", ""),
        (0, 1, 0, 0, 0, "", ""),
        (0, 1, 0, 0, 0, "", "a party that learned to fight behind closed doors"),
    ],
    S: [
        (1, 0, 0, 0, 0, "", "UK exemption from US tariffs after talks in Washington"),
        (1, 0, 0, 0, 0, "", "terms of the UK-US deal"),
        (1, 0, 0, 0, 0, "", ""),
        (1, 0, 0, 0, 0, "", "the minister on what Britain got from the US talks"),
        (1, 0, 0, 0, 0, "", "further UK-US talks"),
        (1, 0, 0, 0, 0, "", ""),
        (1, 0, 0, 0, 0, "", ""),
        (1, 0, 0, 0, 0, "", "'Both sides' = UK and US"),
        (1, 0, 0, 0, 0, "", "US tariffs on British steel, 2018 and now"),
        (1, 0, 0, 0, 0, "", "borderline: the US levy's threat to British plants (US policy's effect on the UK); job losses not austerity"),
        (1, 0, 0, 0, 0, "", "borderline: industry judges the deal's quota too small (the terms of the UK-US agreement)"),
        (1, 0, 0, 0, 0, "", "borderline: exports to the US and the cost of the remaining US tariff"),
        (1, 0, 0, 0, 0, "", "borderline: the union's verdict on the UK-US deal and its quota"),
        (1, 0, 0, 0, 0, "", "borderline: economic effect of the US exemption on UK exports"),
        (1, 0, 0, 0, 0, "", "US Commerce Department must approve the agreement"),
        (1, 0, 0, 0, 0, "", "UK 'outmanoeuvred' in the US negotiation; opposition vs government is not intra-party -> PF 0"),
        (1, 0, 0, 0, 0, "", "White House on the British negotiators"),
        (0, 0, 0, 0, 0, "", "logistics (Pellow to update MPs)"),
    ],
    P: [
        (0, 0, 0, 0, 0, "", ""),
        (1, 0, 0, 0, 0, "", "borderline SR: lost the chair for 'one question too many about Washington' (weak cue, resolved by the next paragraphs); the whips' different story is not stated as a factional matter -> PF 0"),
        (0, 0, 0, 0, 0, "", ""),
        (1, 0, 0, 0, 0, "", "whether the government was told in advance about US strikes in the Red Sea (not Israel-Palestine)"),
        (1, 0, 0, 0, 0, "", "'what its closest ally was about to do'; loyalty vs the committee's job is not factional"),
        (1, 0, 0, 0, 0, "", "the US embassy's reaction to his question"),
        (0, 0, 0, 0, 0, "", "biography of loyalty; no conflict stated"),
        (0, 1, 0, 0, 0, "", "borderline: a Labour MP's charge that the leader's office confuses loyalty to the party with loyalty to itself (party figure against the leadership)"),
        (0, 1, 0, 0, 0, "", "borderline: his removal 'came from upstairs' (the leader's office acting against an internal critic)"),
        (0, 1, 0, 1, 0, "", "awkward squad of Labour rebels, 'That isn't a faction' (denial, but the rebel band itself is stated) -> PF 1 not negated; arms sales to Israel / Gaza -> IP 1; 'welfare cuts' named in a list -> austerity 0"),
        (0, 1, 0, 0, 0, "", "an MP on the party's right labels him 'a one-man Campaign Group'"),
        (1, 0, 0, 0, 0, "", ""),
        (0, 0, 0, 0, 0, "", "reshuffle question, no conflict"),
        (0, 0, 0, 0, 0, "", ""),
    ],
}


def read(src):
    with open(os.path.join(TEXTS, src), encoding="utf-8") as fh:
        return fh.read()


def body_paragraphs(raw):
    """Every non-empty line after the title line (no standfirst in these five files)."""
    out, pos = [], 0
    for i, line in enumerate(raw.split("\n")):
        if i > 0 and line.strip():
            s = pos + (len(line) - len(line.lstrip()))
            out.append((s, s + len(line.strip())))
        pos += len(line) + 1
    return out


def main():
    raws = {s: read(s) for s in (D, L, F, S, P)}
    rows, cursor, used = [], {s: 0 for s in raws}, {s: set() for s in raws}
    for (src, first, last, kind, speaker, cue, cont, notes) in Q:
        raw = raws[src]
        start = raw.index(first, cursor[src])
        assert raw[start - 1] in OPEN, (src, first)
        end = raw.index(last, start) + len(last)
        closed = end < len(raw) and raw[end] in CLOSE
        unclosed = end == len(raw) or raw[end] == "\n"
        assert closed or unclosed, (src, first, raw[end:end + 5])
        assert "\n" not in raw[start:end]
        # nested rows start inside the previous row: keep the cursor at the outer start
        cursor[src] = start
        used[src].add(start - 1)
        if closed:
            used[src].add(end)
        assert kind in ("speech", "term")
        assert (kind == "term") == (speaker == "")
        rows.append(dict(source=src, start=start, end=end, text=raw[start:end], kind=kind,
                         speaker=speaker, cue=cue, continuation="true" if cont else "false",
                         notes=notes))
    # every opening mark used; closing ’ not used must be apostrophes (letter on the left)
    for src, raw in raws.items():
        for i, ch in enumerate(raw):
            if ch in "“‘”" and i not in used[src]:
                raise AssertionError(f"unaccounted mark {ch!r} at {src}:{i}")
            if ch == "’" and i not in used[src]:
                assert raw[i - 1].isalpha(), (src, i, raw[i - 10:i + 5])
    # nesting: every row either disjoint from or inside the previous outer row
    rows.sort(key=lambda r: (r["source"], r["start"], -r["end"]))
    for r in rows:
        assert raws[r["source"]][r["start"]:r["end"]] == r["text"]
    with open(os.path.join(HERE, "quotes.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, ["source", "start", "end", "text", "kind", "speaker", "cue",
                                "continuation", "notes"], lineterminator="\n")
        w.writeheader()
        w.writerows(rows)

    trows = []
    for src, codes in T.items():
        raw = raws[src]
        paras = body_paragraphs(raw)
        assert len(paras) == len(codes), (src, len(paras), len(codes))
        for (s, e), c in zip(paras, codes):
            d = dict(source=src, start=s, end=e, text=raw[s:e])
            for t, v in zip(THEMES, c[:5]):
                d[t] = v
            for t in (c[5].split(";") if c[5] else []):
                assert d[t] == 1
            d["negated"], d["notes"] = c[5], c[6]
            trows.append(d)
    trows.sort(key=lambda r: (r["source"], r["start"]))
    with open(os.path.join(HERE, "themes_v2.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, ["source", "start", "end", "text"] + THEMES + ["negated", "notes"],
                           lineterminator="\n")
        w.writeheader()
        w.writerows(trows)

    # summary
    from collections import Counter
    print("quotes", len(rows), Counter(r["kind"] for r in rows),
          Counter(r["continuation"] for r in rows))
    print(Counter(r["source"] for r in rows))
    print("themes", len(trows), Counter(r["source"] for r in trows))
    for t in THEMES:
        print(t, sum(r[t] for r in trows), dict(Counter(r["source"] for r in trows if r[t])))


if __name__ == "__main__":
    main()
