"""Build the heldout14 gold from the hand-marked texts in marked/.

Markers: '¦' between two sentences of a paragraph, '« »' just inside the quotation marks of a
quotation span, '⟨ ⟩' around a temporal expression. Every decision below was made by hand, in
text order; each carries a snippet that must occur in its span (checked).
Run: /work/main/.venv/bin/python data/annotations/heldout14/build_annotations.py (from the worktree root).
"""
import csv
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SET = "heldout14"
TEXTS = ROOT / "data" / SET
MARKERS = set("¦«»⟨⟩")
QUOTE_MARKS = set("\"'“”‘’")

# quotes: (snippet, kind, speaker, cue, continuation, note)
# timex: (snippet, type, value, mod, note)
# themes: (special_relationship, party_factionalism, iraq_war_intelligence, israel_palestine,
#          austerity_inequality, negated, note)
ARTICLES = {
"heldout14_morning_briefing.txt": dict(date="2026-03-17", quotes=[
    ("discipline", "speech", "one Treasury aide", "tell", False, "split quotation, interposed cue 'told me'"),
    ("and discipline is what", "speech", "one Treasury aide", "tell", False, "second piece of the split quotation"),
    ("Nobody is pretending", "speech", "Owen Pryce", "say", False, ""),
    ("under review", "speech", "Owen Pryce", "say", False, "partial quotation: 'he would only say that it was'"),
    ("people like me", "speech", "61 per cent of voters", "say", False, "poll answer wording attributed to the respondents by 'say'; borderline with a questionnaire label (term)"),
    ("The cost-of-living story", "speech", "Marta Quigley", "say", False, "inverted tag 'said Fieldline's director, Marta Quigley'"),
    ("Voters no longer separate", "speech", "Marta Quigley", "", True, ""),
    ("If the answer to every question", "speech", "Ruth Okonedo", "post", False, "a post on X, cue 'posted on X:'"),
    ("fiscal rules", "term", "", "", False, "nested: the Treasury's slogan held at a distance by Okonedo"),
    ("running the Osborne playbook", "speech", "one of her colleagues in the Socialist Campaign Group", "tell", False, "'put it more bluntly, telling me'"),
    ("repeating the central mistake", "speech", "the Carrow Institute", "say", False, "the think-tank's report 'says'; speaker the institute that publishes it (its author Fenwick is named only afterwards)"),
    ("conservative, if anything", "speech", "Daniel Fenwick", "tell", False, ""),
    ("an immediate and sustained pause", "speech", "a No 10 spokesman", "say", False, ""),
    ("nobody is plotting anything", "speech", "", "tell", False, "'I am told': unnamed source, speaker empty"),
], timex=[
    ("this afternoon", "TIME", "2026-03-17TAF", "", ""),
    ("the end of the decade", "DATE", "202", "END", "end of the 2020s"),
    ("last night", "TIME", "2026-03-16TNI", "", ""),
    ("this year", "DATE", "2026", "", ""),
    ("now", "DATE", "PRESENT_REF", "", ""),
    ("18 months", "DURATION", "P18M", "", ""),
    ("the weekend", "DATE", "2026-W11-WE", "", "weekend before Tuesday 17 March 2026 (14-15 March)"),
    ("September", "DATE", "2025-09", "", "the last September before March 2026"),
    ("11pm", "TIME", "2026-03-16T23:00", "", "'Shortly after' outside the extent; last night"),
    ("breakfast", "TIME", "2026-03-17TMO", "", "meal as time of day: this morning"),
    ("today", "DATE", "2026-03-17", "", "a literal day (the report is published today)"),
    ("a year", "SET", "P1Y", "", "rate: £310 a year"),
    ("2028", "DATE", "2028", "", ""),
    ("the 2010s", "DATE", "201", "", "inside the report's quotation"),
    ("a decade", "DURATION", "P1DE", "", ""),
    ("late last night", "TIME", "2026-03-16TNI", "END", ""),
    ("Thursday", "DATE", "2026-03-19", "", ""),
    ("this week", "DATE", "2026-W12", "", ""),
    ("tomorrow evening", "TIME", "2026-03-18TEV", "", ""),
    ("the week", "DURATION", "P1W", "", "'the week before somebody does': measure phrase + before + event, generic"),
], themes=[
    (0, 0, 0, 0, 1, "", "spending savings; the denial concerns only the word austerity, the cuts are stated"),
    (0, 0, 0, 0, 1, "", "councils' cuts, two-child limit"),
    (0, 0, 0, 0, 1, "", "fairness of cuts, cost of living; poll party standings alone not factional"),
    (0, 1, 0, 0, 1, "", "left-wing MP against the Treasury line, whip in touch, Socialist Campaign Group; 'manage decline', 'Osborne playbook'"),
    (0, 0, 0, 0, 1, "", "poorest households worse off, welfare bill"),
    (1, 0, 0, 1, 0, "", "Gaza convoy; SR borderline: Britain to raise it with the White House, American pressure on Jerusalem"),
    (0, 1, 0, 0, 0, "", "Tory plotting: a denial followed by the writer's insinuation that a plot comes, so not flagged negated"),
]),
"heldout14_whips_feature.txt": dict(date="2025-07-03", quotes=[
    ("We’ve had people sleeping", "speech", "one government whip", "tell", False, ""),
    ("Not MPs.", "speech", "one government whip", "", True, ""),
    ("Sandra doesn’t shout", "speech", "a minister who has been on the receiving end", "say", False, ""),
    ("She asks you what you want", "speech", "a minister who has been on the receiving end", "", True, ""),
    ("listen, but not blink", "speech", "Sandra Kilbride", "remark", False, "noun cue 'Her one public remark ... was that'"),
    ("I was sent here", "speech", "Tom Halloran", "tell", False, ""),
    ("I’m told I’m being disloyal", "speech", "Tom Halloran", "", True, "'I'm told' is inside his quotation, not a cue of the span"),
    ("you don’t get to choose", "speech", "the whips", "line", False, "nested: the whips' words as Halloran reports them; noun cue 'The whips' line is'"),
    ("Some colleagues were offered", "speech", "Priya Mandal", "say", False, ""),
    ("I was offered a cup of tea", "speech", "Priya Mandal", "", True, ""),
    ("the Socialist Campaign Group with a fresh coat", "speech", "one former cabinet minister", "call", False, "call + a specific source: speech, not a label"),
    ("every rebellion that isn’t punished", "speech", "one former cabinet minister", "warn", False, ""),
    ("in conscience defend", "speech", "Claire Ashdown", "say", False, "her resignation letter 'said'"),
    ("We told the country", "speech", "Claire Ashdown", "say", False, ""),
    ("I did not expect", "speech", "Claire Ashdown", "", True, ""),
    ("with a majority we can live with", "speech", "one whip", "predict", False, "fronted parenthetical 'one whip predicts'"),
    ("They always come back", "speech", "one whip", "say", False, "'the whip' = the whip of the previous sentence"),
    ("The question is what they remember", "speech", "one whip", "", True, ""),
], timex=[
    ("the past fortnight", "DURATION", "P2W", "", ""),
    ("midnight", "TIME", "XXXX-XX-XXT24:00", "", "'past midnight' over many nights: generic, as the guideline's midnight"),
    ("2029-30", "DATE", "2029/2030", "", "financial year 2029-30"),
    ("Tuesday night", "TIME", "2025-07-01TNI", "", ""),
    ("this week", "DATE", "2025-W27", "", ""),
    ("Wednesday morning", "TIME", "2025-07-02TMO", "", ""),
    ("a few hours", "DURATION", "PTXH", "", "N units + after + event"),
    ("last July", "DATE", "2024-07", "", "first elected at the July 2024 general election (from July 2025)"),
    ("Monday", "DATE", "2025-06-30", "", ""),
    ("the next day", "DATE", "2025-07-01", "", "the day after Monday 30 June = the vote on Tuesday"),
    ("Wednesday afternoon", "TIME", "2025-07-02TAF", "", ""),
    ("six months", "DURATION", "P6M", "", ""),
    ("next week", "DATE", "2025-W28", "", ""),
    ("now", "DATE", "PRESENT_REF", "", ""),
], themes=[
    (0, 0, 0, 0, 0, "", "scene of the whips' office; nothing yet about the rebellion or the bill"),
    (0, 1, 0, 0, 1, "", "welfare cuts; 49 Labour MPs rebel against their own government"),
    (0, 1, 0, 0, 0, "", "borderline: the chief whip's handling of the parliamentary party during the rebellion ('listen, but not blink')"),
    (0, 1, 0, 0, 1, "", "child poverty, disability benefit cuts; 'disloyal', the whips' line against the rebels"),
    (0, 1, 0, 0, 0, "", "offers to waverers, the party's right on the rebels ('Socialist Campaign Group')"),
    (0, 1, 0, 0, 1, "", "minister resigns against the bill (dissent inside the governing party, borderline PF); 'years of austerity'"),
    (0, 1, 0, 0, 1, "", "concession protecting existing claimants; rebels returning, 'a party we'll have to rebuild'"),
]),
"heldout14_washington_letter.txt": dict(date="2025-09-19", quotes=[
    ("the oldest friendship", "speech", "Daniel Whitcomb", "speech", False, "noun cue 'a banquet speech about'"),
    ("very well organized", "speech", "one anchor", "describe", False, ""),
    ("The relationship between our two countries", "speech", "Kayla Brandt", "say", False, "split quotation"),
    ("and the President intends", "speech", "Kayla Brandt", "say", False, "second piece of the split quotation"),
    ("Deals take time", "speech", "Kayla Brandt", "add", False, ""),
    ("People here ask me", "speech", "Sir Julian Mayhew", "tell", False, ""),
    ("I tell them it is a British invention", "speech", "Sir Julian Mayhew", "", True, ""),
    ("the one thing I'd un-invent", "speech", "Sir Julian Mayhew", "call", False, "reported by 'two people who heard him'; the words are the ambassador's"),
    ("a very expensive photo opportunity", "speech", "Marisol Ortega", "say", False, ""),
    ("like customers who haven't paid yet", "speech", "Marisol Ortega", "accuse", False, ""),
    ("I like the British", "speech", "Marisol Ortega", "tell", False, ""),
    ("I just don't think", "speech", "Marisol Ortega", "", True, ""),
    ("more than people think", "speech", "a British official", "say", False, ""),
    ("to the autumn", "speech", "a British official", "say", False, "governed by the same 'said ... and that'"),
    ("They set the agenda", "speech", "a British official", "", True, "cue-less after a narrator sentence about the official"),
    ("You don't measure a friendship", "speech", "Kayla Brandt", "tell", False, ""),
    ("special", "term", "", "", False, "scare quotes on the writer's own phrase"),
], timex=[
    ("the week", "DATE", "2025-W38", "", "the week of the visit, ending Thursday 18 September"),
    ("Thursday", "DATE", "2025-09-18", "", ""),
    ("Tuesday", "DATE", "2025-09-16", "", ""),
    ("decades", "DURATION", "PXDE", "", "'the strongest it has been in decades'"),
    ("eight months", "DURATION", "P8M", "", ""),
    ("this week", "DATE", "2025-W38", "", ""),
    ("Monday evening", "TIME", "2025-09-15TEV", "", ""),
    ("Wednesday", "DATE", "2025-09-17", "", ""),
    ("the autumn", "DATE", "2025-FA", "", "inside the official's quotation"),
    ("1941", "DATE", "1941", "", "inside the quotation, after 'since'"),
    ("2003", "DATE", "2003", "", ""),
    ("yesterday", "DATE", "2025-09-18", "", ""),
], themes=[
    (1, 0, 0, 0, 0, "", "a US president's state visit, 'the oldest friendship'"),
    (1, 0, 0, 0, 0, "", "White House on the UK-US relationship and the tech deal"),
    (1, 0, 0, 0, 0, "", "ambassador on the special relationship; steel tariff"),
    (1, 0, 0, 0, 0, "", "congresswoman's criticism of the visit, trade war with Britain"),
    (1, 0, 0, 0, 0, "", "British official on the talks and the asymmetry"),
    (1, 0, 1, 0, 0, "", "the 2003 visit and the Iraq occupation souring UK-US warmth"),
    (1, 0, 0, 0, 0, "", ""),
]),
"heldout14_spy_obituary.txt": dict(date="2026-01-22", quotes=[
    ("the only man in the building", "speech", "one former officer", "put", False, ""),
    ("judgments based on thin", "speech", "the inquiry", "find", False, "the inquiry's findings"),
    ("There is no evidence that the chairman", "speech", "the inquiry", "say", False, "colon cue 'and said so:'"),
    ("a political document", "speech", "Sir Alastair Renshaw", "write", False, "memoir"),
    ("signed off every word", "speech", "Sir Alastair Renshaw", "add", False, ""),
    ("unhelpful", "speech", "one former colleague", "write", False, "a word written by a specific colleague on a specific copy (reported by Renshaw): speech, borderline with a word under discussion"),
    ("Alastair was the best analyst", "speech", "Dame Frances Oyelaran", "say", False, ""),
    ("He trusted the Americans", "speech", "Dame Frances Oyelaran", "", True, ""),
    ("pushed back harder", "speech", "another former JIC member", "say", False, ""),
    ("We were asked a question", "speech", "Sir Alastair Renshaw", "tell", False, "the lecture"),
    ("The failure was not that", "speech", "Sir Alastair Renshaw", "", True, ""),
    ("we don’t know", "term", "", "", False, "nested: words nobody was allowed to say; a phrase mentioned, no utterance by a source"),
    ("never once used the word closure", "speech", "Kate", "say", False, "named by first name only"),
], timex=[
    ("the months", "DURATION", "PXM", "", "'the months before the invasion': measure phrase + before + event"),
    ("the rest of his life", "DURATION", "PXY", "", ""),
    ("17 January", "DATE", "2026-01-17", "", ""),
    ("1944", "DATE", "1944", "", ""),
    ("1967", "DATE", "1967", "", ""),
    ("the 1970s", "DATE", "197", "", ""),
    ("the summer of 2001", "DATE", "2001-SU", "", ""),
    ("a year", "DURATION", "P1Y", "", "'within a year'"),
    ("2011", "DATE", "2011", "", ""),
    ("that moment", "DATE", "2002", "APPROX", "anaphoric: 'at that moment' = the time of the Iraq assessments (2002)"),
    ("October 2024", "DATE", "2024-10", "", ""),
    ("every week", "SET", "P1W", "", ""),
    ("1970", "DATE", "1970", "", ""),
    ("2019", "DATE", "2019", "", ""),
    ("this week", "DATE", "2026-W04", "", ""),
], themes=[
    (0, 0, 1, 0, 0, "", "JIC chairman before the invasion"),
    (0, 0, 0, 0, 0, "", "biography: early career"),
    (0, 0, 1, 0, 0, "", "WMD assessments, dossier, the inquiry's findings"),
    (0, 0, 1, 0, 0, "", "the memoir on the dossier"),
    (1, 0, 1, 0, 0, "", "trusting the Americans' confidence, pressure from Washington on the defector's claims"),
    (0, 0, 1, 0, 0, "", "the lecture on the intelligence failure; 'the question' resolved to Iraq from the article"),
    (0, 0, 0, 0, 0, "", "private life and family"),
]),
"heldout14_un_vote_analysis.txt": dict(date="2025-12-12", quotes=[
    ("more assertive", "speech", "the government", "promise", False, "the government's own words, cue 'promised'"),
    ("almost every word", "speech", "Adrian Cole", "say", False, ""),
    ("fails to name Hamas", "speech", "Adrian Cole", "say", False, "governed by the same 'said ... but could not vote for a text that'"),
    ("Abstention is not indifference", "speech", "Adrian Cole", "tell", False, ""),
    ("It is a judgment that this resolution", "speech", "Adrian Cole", "", True, ""),
    ("We were told in July", "speech", "Imran Shafiq", "say", False, ""),
    ("If not now, when?", "speech", "Imran Shafiq", "", True, ""),
    ("a stain on our foreign policy", "speech", "more than 70 Labour MPs", "call", False, "their letter"),
    ("rewards terror", "speech", "a spokesperson for the Israeli embassy", "say", False, ""),
    ("at least refused", "speech", "a spokesperson for the Israeli embassy", "say", False, "same 'said ... and that'"),
    ("chosen, once again", "speech", "the Palestinian Mission to the UK", "say", False, "a statement"),
    ("The United Kingdom wrote the Balfour", "speech", "the Palestinian Mission to the UK", "", True, ""),
    ("children whose malnutrition", "speech", "Harbour Relief", "say", False, ""),
    ("a vote is not a lorry of flour", "speech", "Leila Haddad", "tell", False, ""),
    ("We do not take our instructions", "speech", "one Foreign Office official", "say", False, "split quotation"),
    ("and we do not take them from Paris", "speech", "one Foreign Office official", "say", False, "second piece"),
], timex=[
    ("Wednesday night", "TIME", "2025-12-10TNI", "", ""),
    ("a year", "DURATION", "P1Y", "", ""),
    ("the spring", "DATE", "2025-SP", "", "the past spring"),
    ("yesterday", "DATE", "2025-12-11", "", ""),
    ("July", "DATE", "2025-07", "", "inside Shafiq's quotation"),
    ("now", "DATE", "PRESENT_REF", "", "'If not now, when?'"),
    ("two years", "DURATION", "P2Y", "", "'two years into this war'"),
    ("the days", "DURATION", "PXD", "", "'the days before the vote'"),
    ("Thursday morning", "TIME", "2025-12-11TMO", "", ""),
    ("a day", "SET", "P1D", "", "rate: trucks a day"),
    ("last month", "DATE", "2025-11", "", ""),
    ("a day", "SET", "P1D", "", "rate: the 600 a day"),
    ("the spring", "DATE", "2026-SP", "", "the coming spring"),
], themes=[
    (0, 0, 0, 1, 0, "", "UN vote on a Gaza ceasefire"),
    (0, 0, 0, 1, 0, "", "the Foreign Secretary's reasons: Hamas, hostages"),
    (0, 1, 0, 1, 0, "", "Palestinian state recognition; 70 Labour MPs' letter, the party's left against its leadership (PF borderline)"),
    (0, 0, 0, 1, 0, "", "Israeli embassy; hostages"),
    (0, 0, 0, 1, 0, "", "Palestinian Mission statement"),
    (0, 0, 0, 1, 0, "", "aid into Gaza, malnutrition; humanitarian, not UK austerity"),
    (1, 0, 0, 1, 0, "", "London and Washington diverge on the Gaza vote"),
]),
}

THEMES = ["special_relationship", "party_factionalism", "iraq_war_intelligence",
          "israel_palestine", "austerity_inequality"]


def strip(marked):
    out, quotes, timex, breaks, stack = [], [], [], [], []
    for ch in marked:
        pos = len(out)
        if ch == "¦":
            breaks.append(pos)
        elif ch in "«⟨":
            stack.append((ch, pos))
        elif ch in "»⟩":
            op, start = stack.pop()
            assert (op, ch) in (("«", "»"), ("⟨", "⟩")), (op, ch, pos)
            (quotes if ch == "»" else timex).append((start, pos))
        else:
            out.append(ch)
    assert not stack, stack
    return "".join(out), sorted(quotes, key=lambda s: (s[0], -s[1])), sorted(timex), breaks


def paragraphs(raw):
    spans, pos = [], 0
    for block in raw.split("\n\n"):
        lead = len(block) - len(block.lstrip())
        body = block.strip()
        if body:
            s = pos + lead
            spans.append((s, s + len(body)))
        pos += len(block) + 2
    return spans


def main():
    TEXTS.mkdir(parents=True, exist_ok=True)
    rows = {k: [] for k in ("sentences", "quotes", "timex", "themes_v2")}
    meta = []
    for name, art in ARTICLES.items():
        marked = (HERE / "marked" / name).read_text(encoding="utf-8")
        raw, qspans, tspans, breaks = strip(marked)
        (TEXTS / name).write_text(raw, encoding="utf-8")
        assert (TEXTS / name).read_text(encoding="utf-8") == raw
        assert not any(m in raw for m in MARKERS)
        meta.append((name, art["date"]))
        paras = paragraphs(raw)
        title, body = paras[0], paras[1:]
        assert "\n" not in raw[title[0]:title[1]]
        # sentences: body paragraphs split at the hand-placed breaks
        for ps, pe in body:
            cuts = [ps] + [b for b in breaks if ps < b < pe] + [pe]
            covered = []
            for a, b in zip(cuts, cuts[1:]):
                seg = raw[a:b]
                s = a + len(seg) - len(seg.lstrip())
                e = b - (len(seg) - len(seg.rstrip()))
                assert s < e, (name, a)
                rows["sentences"].append(dict(source=name, start=s, end=e, text=raw[s:e], notes=""))
                covered.append((s, e))
            gaps = [raw[covered[i][1]:covered[i + 1][0]] for i in range(len(covered) - 1)]
            assert all(g.strip() == "" for g in gaps) and covered[0][0] == ps and covered[-1][1] == pe
        assert all(any(ps < b < pe for ps, pe in body) for b in breaks), "break outside a body paragraph"
        # quotes
        assert len(qspans) == len(art["quotes"]), (name, len(qspans), len(art["quotes"]))
        bounds = set()
        for (s, e), (snip, kind, spk, cue, cont, note) in zip(qspans, art["quotes"]):
            text = raw[s:e]
            assert snip in text, (name, snip, text)
            assert raw[s - 1] in QUOTE_MARKS, (name, text)
            assert e == len(raw) or raw[e] in QUOTE_MARKS, (name, text)
            assert kind in ("speech", "term") and (kind == "speech" or not spk)
            assert not (cont and cue)
            bounds.update({s - 1, e})
            rows["quotes"].append(dict(source=name, start=s, end=e, text=text, kind=kind, speaker=spk,
                                       cue=cue, continuation=str(cont).lower(), notes=note))
        # mark inventory: every quotation mark bounds a span or is an apostrophe
        for i, ch in enumerate(raw):
            if ch in QUOTE_MARKS and i not in bounds:
                assert ch in "'’", (name, i, raw[i - 20:i + 20])
                assert raw[i - 1:i].isalpha() or raw[i - 1:i] in "s", (name, raw[i - 20:i + 20])
        # timex
        assert len(tspans) == len(art["timex"]), (name, len(tspans), len(art["timex"]))
        for i, ((s, e), (snip, typ, val, mod, note)) in enumerate(zip(tspans, art["timex"])):
            assert raw[s:e] == snip, (name, snip, raw[s:e])
            assert i == 0 or tspans[i - 1][1] <= s
            assert typ in ("DATE", "TIME", "DURATION", "SET")
            rows["timex"].append(dict(source=name, start=s, end=e, text=raw[s:e], type=typ, value=val,
                                      mod=mod, notes=note))
        # themes
        assert len(body) == len(art["themes"]), (name, len(body), len(art["themes"]))
        for (s, e), codes in zip(body, art["themes"]):
            *flags, neg, note = codes
            row = dict(source=name, start=s, end=e, text=raw[s:e])
            row.update(dict(zip(THEMES, flags)))
            row.update(negated=neg, notes=note)
            rows["themes_v2"].append(row)
    cols = {
        "sentences": ["source", "start", "end", "text", "notes"],
        "quotes": ["source", "start", "end", "text", "kind", "speaker", "cue", "continuation", "notes"],
        "timex": ["source", "start", "end", "text", "type", "value", "mod", "notes"],
        "themes_v2": ["source", "start", "end", "text"] + THEMES + ["negated", "notes"],
    }
    for key, rs in rows.items():
        with open(HERE / f"{key}.csv", "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=cols[key])
            w.writeheader()
            w.writerows(rs)
    with open(TEXTS / "metadata.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["file", "date"])
        w.writerows(meta)
    for key, rs in rows.items():
        print(key, len(rs))


if __name__ == "__main__":
    main()
