"""Second, blind annotation of data/heldout7 (quotes and themes v2).

Every decision below was made by hand after reading each paragraph in full. This script only
turns the hand-written decisions into offsets: each quote row is found by its exact inner text,
searching forward from the previous row's start; each theme row is a body paragraph cut at the
blank lines. It then checks raw[start:end] == text, that every quote span sits between matching
quotation marks (or runs to the end of an unclosed paragraph), that every quotation-mark character
in the file is either a span boundary or a listed apostrophe, and that rows are sorted.

Run:  /work/main/.venv/bin/python data/annotations/heldout7_second/build_annotations.py
(standard library only; writes quotes.csv and themes_v2.csv beside this file)
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.normpath(os.path.join(HERE, "..", "..", "heldout7"))

DIARY = "heldout7_conference_diary.txt"
OBIT = "heldout7_obituary_hallam.txt"
SHADOW = "heldout7_shadow_interview.txt"
SPEND = "heldout7_spending_review.txt"
TARIFF = "heldout7_washington_tariffs.txt"
FILES = [DIARY, OBIT, SHADOW, SPEND, TARIFF]

S, T = "speech", "term"

# ---------------------------------------------------------------------------------------------
# Quotes: (inner text, kind, speaker, cue, continuation, notes); listed in reading order.
# A text ending in UNCLOSED marks a paragraph that opens a quotation and does not close it.
# ---------------------------------------------------------------------------------------------
UNCLOSED = "\x00UNCLOSED"

QUOTES = {
    DIARY: [
        ("worse than Glastonbury, and the music’s not as good", S, "a delegate from Stockport",
         "tell", False, "music’s = apostrophe inside the span"),
        ("stable", S, "the general secretary", "announce", False,
         "one word, but uttered by a specific source with a cue (announce) -> speech, not scare quotes"),
        ("a moral failure dressed up as due process", S, "a young delegate from Bristol West",
         "call", False, ""),
        ("Free Palestine!", S, "a man near the back", "shout", False, "a shouted slogan, attributed to one man on the occasion -> speech"),
        ("changes nothing", S, "the minister’s people", "say", False, "collective unnamed source"),
        ("Whose Party Is It Anyway?", T, "", "", False, "title of the fringe meeting"),
        ("mistaken the membership for an audience", S, "Tom Harkin-Bell", "tell", False, ""),
        ("We are not a faction,", S, "Tom Harkin-Bell", "say", False, ""),
        ("We are the party. They are the faction.", S, "Tom Harkin-Bell", "", True,
         "new sentence after 'he says, to laughter.' (not a split sentence) -> no cue of its own"),
        ("in a room with this many journalists in it", S, "Tom Harkin-Bell", "say", False,
         "'Harkin-Bell says he will not answer that ...' governs the span"),
        ("hosted by organisations that may generate negative coverage", S, "the leader’s office",
         "advise", False, "written (leaked memo from the leader’s office); 'it advises ...'"),
        ("lean into the warmth in the hall", S, "the leader’s office", "urge", False,
         "same memo; own cue 'It also urges'"),
        ("It’s sensible diary management, nothing more.", S, "a spokesman for the leader",
         "comment", False, "'and then comments:' (colon cue)"),
        ("the dignity of work", T, "", "", False,
         "title/theme of Marlowe's speech, not words reported as uttered; borderline with speech"),
        ("Scrap the limit!", S, "a woman in the balcony", "shout", False, "shouted slogan"),
        ("I hear you. I have heard you since June.", S, "Diane Marlowe", "say", False,
         "'says:' colon cue"),
        ("more united than I have ever known it", S, "a cabinet minister", "insist", False, ""),
        ("Open Left is twenty MPs and a mailing list,", S, "a cabinet minister", "say", False,
         "'the minister says' = the same cabinet minister; own cue"),
        ("and I love every one of them.", S, "a cabinet minister", "say", False,
         "second piece of a split quotation ('the minister says, then, ..., ‘and ...’'): cue of the interposed verb"),
        ("The Red Flag", T, "", "", False, "song title"),
    ],
    OBIT: [
        ("Des could count,", S, "Margaret Oduya", "say", False, ""),
        ("Other people had theories about the parliamentary party. Des had a list, and the list was always right.",
         S, "Margaret Oduya", "", True, ""),
        ("the only job I was ever sure I was good at", S, "Desmond Hallam", "describe", False,
         "written, in his memoir; 'described ... as'"),
        ("I came into politics to nationalise things,", S, "Desmond Hallam", "tell", False, ""),
        ("and I am now being asked to apologise for it.", S, "Desmond Hallam", "tell", False,
         "second piece of a split quotation: cue of the interposed verb"),
        ("I was the only man in Whitehall distrusted by both ends of Downing Street,", S,
         "Desmond Hallam", "write", False, ""),
        ("and I took it as a compliment.", S, "Desmond Hallam", "write", False,
         "second piece of a split quotation"),
        ("whether anyone round this table has actually read the thing", S, "Desmond Hallam",
         "ask", False, "reported via a colleague’s diary; speaker is Hallam (he asked)"),
        ("I cannot ask the people of Wearside to send their sons to a war whose case I do not believe.",
         S, "Desmond Hallam", "read", False,
         "written (his unsent letter); 'its one sentence reads:' colon cue; borderline cue empty"),
        ("I have asked myself every day since,", S, "Desmond Hallam", "write", False, ""),
        ("The honest answer is that I thought I could do more good inside the tent than outside it, and the honest answer is also that I was frightened.",
         S, "Desmond Hallam", "", True, ""),
        ("Des believed the Americans would go in with us or without us,", S, "Margaret Oduya",
         "say", False, "'Oduya said'"),
        ("and that the only British influence left was the influence you had at the table. He was wrong about that, and he knew it by the summer.",
         S, "Margaret Oduya", "say", False, "second piece of a split quotation"),
        ("He was not a rebel,", S, "Peter Fenwick", "say", False, ""),
        ("He was a loyalist who had run out of reasons.", S, "Peter Fenwick", "", True, ""),
        ("the most infuriating opponent I ever faced, because he had usually read the papers and I usually hadn’t",
         S, "Clive Aldred", "call", False,
         "article gives 'Sir Clive Aldred' (title dropped); hadn’t = apostrophe"),
        ("We disagreed about everything except Sunderland,", S, "Clive Aldred", "say", False, ""),
        ("never forgave himself for March 2003, and never let anyone else forgive him either", S,
         "Carol", "say", False, "Hallam's daughter, named only 'Carol'"),
    ],
    SHADOW: [
        ("You're going to ask me whether we deserved to lose,", S, "Nadia Kershaw", "say", False, ""),
        ("Yes. Next question.", S, "Nadia Kershaw", "", True, ""),
        ("shouting at a building site that isn't there", S, "Nadia Kershaw", "describe", False,
         "'a job she describes as'"),
        ("We stopped being the party of people who want to own things,", S, "Nadia Kershaw", "say",
         False, ""),
        ("For fourteen years" + UNCLOSED, S, "Nadia Kershaw", "", True,
         "unclosed: first paragraph of a two-paragraph quotation, runs to paragraph end"),
        ("And we knew. That's the part I find hardest. We had the figures in front of us every spring, and every spring we found a reason to wait.",
         S, "Nadia Kershaw", "", True, "second paragraph of the multi-paragraph quotation, no cue"),
        ("He said to me, 'Nadia, our voters live in the houses. They don't want more of them next door.' And I said, well, their children don't live in them, do they? Their children live in my constituency surgery.",
         S, "Nadia Kershaw", "", True,
         "'She tells me about a conversation ...' is the preceding sentence, not a cue governing the span -> attribution by context"),
        ("Nadia, our voters live in the houses. They don't want more of them next door.", S,
         "a senior backbencher", "say", False,
         "nested; the unnamed backbencher's words relayed by Kershaw ('He said to me,'); don't = apostrophe"),
        ("I'm not going to do the thing where I pretend there's no argument. There is. There are people in my party who think the way back is to sound more like Reform than Reform does, and I think they are wrong, and I think they are going to lose.",
         S, "Nadia Kershaw", "", True, "'She sighs.' is not a reporting cue"),
        ("Look, everybody" + UNCLOSED, S, "Nadia Kershaw", "", True,
         "unclosed; 'I give most of it' is the writer's framing, not a cue; first paragraph of a two-paragraph quotation"),
        ("If I thought I was the person to stop that, I would say so. I don't, yet. Ask me again in a year.",
         S, "Nadia Kershaw", "", True, "second paragraph of the multi-paragraph quotation"),
        ("Build him a bungalow,", S, "Nadia Kershaw", "say", False, ""),
        ("Somewhere with a view of a new estate.", S, "Nadia Kershaw", "", True, ""),
        ("That's the job,", S, "Nadia Kershaw", "say", False, ""),
        ("The rest is weather.", S, "Nadia Kershaw", "", True, ""),
    ],
    SPEND: [
        ("draw a line under a decade of drift", S, "Helen Strachan", "tell", False,
         "'told MPs ... that her spending review would'"),
        ("These are the deepest cuts to unprotected services since 2015, and they are being made to services that never recovered from the last round,",
         S, "Tomasz Wielgus", "say", False, ""),
        ("for which there is no evidence whatsoever", S, "Tomasz Wielgus", "add", False, ""),
        ("This isn’t 2010,", S, "a Treasury source", "say", False, ""),
        ("Nobody is cutting for the sake of it. We are choosing where to spend, which is what governments are for.",
         S, "a Treasury source", "", True, ""),
        ("not made their case", S, "another official", "put", False,
         "'Another official put it less elegantly:' colon cue; partial quotation -> speech"),
        ("finish off", S, "Bernadette Coyle", "say", False,
         "two-word partial quotation governed by 'said the review would' -> speech"),
        ("Our members in libraries, youth work and probation have been told for 15 years that things will get better next year,",
         S, "Bernadette Coyle", "say", False, ""),
        ("Next year never comes.", S, "Bernadette Coyle", "", True, ""),
        ("before we have even opened the door of a care home", S, "Ayesha Qureshi", "say", False, ""),
        ("We were promised a multi-year settlement that would let us plan,", S, "Graham Tulley",
         "say", False, ""),
        ("What we have been given is a multi-year warning.", S, "Graham Tulley", "", True, ""),
        ("Every cut to a council is a cut to the things that keep people from needing us,", S,
         "a spokeswoman", "say", False, "spokeswoman of the Trussell Trust"),
        ("We will see this in our queues by Christmas.", S, "a spokeswoman", "", True, ""),
        ("cannot pass this House unamended", S, "forty government backbenchers", "warn", False,
         "written (their letter); 'a letter ... warning the Chancellor that'"),
        ("Budgets are moral documents, or they are nothing.", S, "Helen Strachan", "quote", False,
         "'by quoting her own maiden speech:' colon cue; her own earlier words"),
    ],
    TARIFF: [
        ("non-reciprocating", T, "", "", False,
         "the White House statement's label for the imports, no reporting verb -> term; borderline with speech"),
        ("The President has been patient with partners who have taken advantage of American generosity,",
         S, "the White House", "say", False,
         "'it said' = the statement, issued by the White House (collective source)"),
        ("That patience has ended.", S, "the White House", "", True, ""),
        ("not be rushed into a tit-for-tat", S, "Priya Lindqvist", "say", False, ""),
        ("every option remains on the table", S, "Priya Lindqvist", "say", False,
         "second fragment under the same 'said ... that ... but that'"),
        ("We were told in writing that this could not happen to us,", S,
         "one of Lindqvist's officials", "say", False, "'one of them said' (them = her officials)"),
        ("There is a version of the special relationship that lives in speeches and a version that lives in the Federal Register,",
         S, "a British diplomat", "say", False, ""),
        ("For seventy years they more or less matched. I am not sure they do any more.", S,
         "a British diplomat", "", True, ""),
        ("grimly professional", S, "a British diplomat", "describe", False,
         "'He described the mood ... as'"),
        ("If London slaps a retaliatory duty on Kentucky bourbon, that’s my people who pay for it,",
         S, "Walt Ostrander", "tell", False, ""),
        ("I like the British. My grandmother was from Leeds. But I like my distillers more.", S,
         "Walt Ostrander", "", True, ""),
        ("We lost two American distributors in eighteen months and we have only just got one of them back,",
         S, "Morag", "say", False, "named only by first name"),
        ("People in London talk about leverage. I talk about pallets sitting in Grangemouth.", S,
         "Morag", "", True, ""),
        ("They like us. They just don’t think that’s a reason to do anything for us.", S,
         "a British diplomat", "put", False,
         "'As the diplomat put it before we parted:' colon cue; same diplomat as paragraph 4"),
    ],
}

# Every apostrophe-like mark that is NOT a quotation mark, counted per file (checked below).
APOSTROPHES = {DIARY: 12, OBIT: 7, SHADOW: 16, SPEND: 8, TARIFF: 5}

# ---------------------------------------------------------------------------------------------
# Themes v2 (rule "discusses"): one row per body paragraph, in order.
# (first words, SR, PF, IRAQ, IP, AUST, negated, notes)
# ---------------------------------------------------------------------------------------------
THEMES = {
    DIARY: [
        ("8.40am", 0, 0, 0, 0, 0, "", "queue colour"),
        ("10.05am", 0, 0, 0, 0, 0, "", "party finances 'stable': no theme"),
        ("11.30am", 0, 1, 0, 1, 0, "",
         "IP: conference motion on arms exports to Israel, 'Free Palestine'. PF borderline 1: 'the only real fight', delegates vs the front bench, motion carried against the minister (reading v6: floor fight over the platform)"),
        ("1.15pm", 0, 1, 0, 0, 0, "", "Open Left faction vs leadership; backing challengers in selections"),
        ("3.20pm", 0, 1, 0, 0, 0, "",
         "leader's office memo steering ministers away from Open Left events; arms debate named in passing (IP 0)"),
        ("4.45pm", 0, 0, 0, 0, 1, "",
         "AUST: heckled over the two-child limit (welfare). PF 0: a heckler in the balcony, not a party figure or a faction"),
        ("6.10pm", 0, 1, 0, 0, 0, "",
         "cabinet minister claims unity but disparages Open Left; not every statement negated, so no flag"),
        ("9.30pm", 0, 1, 0, 0, 0, "",
         "borderline: scene colour, but the leader's reception crowd singing loudest at the faction's night (one weak cue) is decided by the article's context (rule 1b)"),
    ],
    OBIT: [
        ("Desmond Hallam, who died", 0, 0, 0, 0, 0, "",
         "borderline IRAQ 0: 'one evening in March 2003 ... most talked-about man' is a teaser that says nothing about the war itself (rule 2)"),
        ("Colleagues remember", 0, 0, 0, 0, 0, "", "whips' office, counting heads: no faction content"),
        ("Hallam was born", 0, 0, 0, 0, 0, "", "biography"),
        ("Wearside North returned", 0, 1, 0, 0, 0, "",
         "old left vs modernisers: not a moderniser, Tribune rally, new Clause IV (a wing's history)"),
        ("Tony Blair brought him", 0, 1, 0, 0, 0, "",
         "Blair's and Brown's camps (rival camps inside Labour), not merely a policy disagreement in government"),
        ("Then Iraq.", 0, 0, 1, 0, 0, "",
         "doubts about the intelligence, letter against the war, Cook's resignation; no UK-US dealings (SR 0)"),
        ("Why he stayed", 1, 0, 1, 0, 0, "",
         "SR: the Americans would go in with or without Britain, the British influence at the table; IRAQ: why he stayed in government over the war"),
        ("He stayed at Transport", 0, 1, 0, 0, 0, "",
         "borderline PF 1: voted against his own government 41 times (rejection of the party line by an MP, reading v6); Fenwick's 'not a rebel' does not negate the votes"),
        ("The tribute", 0, 0, 0, 0, 0, "", "cross-party friendship: not factionalism"),
        ("He married", 0, 0, 1, 0, 0, "",
         "borderline IRAQ 1: 'never forgave himself for March 2003' = his vote for the war (reference resolved from the article)"),
        # "Desmond John Hallam, politician, born ...; died ..." is the obituary's closing data line
        # (like a CV line / footer), not a body paragraph: no row.
    ],
    SHADOW: [
        ("Nadia Kershaw has the habit", 0, 0, 0, 0, 0, "", "election defeat only; no faction content"),
        ("She is the daughter", 0, 0, 0, 0, 0, "", "biography; housing brief named"),
        ("I ask why her party lost", 0, 0, 0, 0, 1, "",
         "AUST borderline 1: a nurse paying half her wages to a landlord, young people priced out (cost of living). PF 0: 'does not blame the leadership' is no rift"),
        ('"And we knew.', 0, 0, 0, 0, 0, "",
         "continuation about housing supply figures; no cost-of-living or spending content of its own (AUST 0, borderline)"),
        ("Not everyone on her own benches", 0, 1, 0, 0, 0, "",
         "the party's shire wing against her building policy; backbencher's rebuttal"),
        ("I put it to her", 0, 1, 0, 0, 0, "",
         "the party's argument over Reform UK, defections; 'pretend there's no argument. There is.' (not negated)"),
        ("Would she stand", 0, 1, 0, 0, 0, "",
         "borderline PF 1: whether she would stand for the leadership (a leadership challenge), colleagues who covet the job, five leaders in ten years"),
        ('"If I thought', 0, 1, 0, 0, 0, "",
         "borderline PF 1: her answer on a leadership bid continues ('Ask me again in a year'); a deferral, not a denial, so no negated flag"),
        ("What would she do about the backbencher", 0, 0, 0, 0, 0, "",
         "borderline PF 0: a joke about the tearoom backbencher; no statement about the wing's struggle"),
        ("As I leave", 0, 0, 0, 0, 0, "", "constituency casework colour (a damp flat): AUST 0"),
    ],
    SPEND: [
        ("The Chancellor, Helen Strachan", 0, 0, 0, 0, 1, "", "spending cuts to departments"),
        ("Over the three years", 0, 0, 0, 0, 1, "", "real-terms cuts by department"),
        ("The Institute for Fiscal Studies", 0, 0, 0, 0, 1, "", "IFS: deepest cuts since 2015"),
        ("A Treasury source", 0, 0, 0, 0, 1, "",
         "AUST 1; no negated flag: the Treasury denies 'austerity', but the other official's 'the departments that lost out had not made their case' concedes the cuts"),
        ("Unison’s general secretary", 0, 0, 0, 0, 1, "", "services finished off, union ballot"),
        ("For council leaders", 0, 0, 0, 0, 1, "", "council cuts, section 114 notices"),
        ("At the Trussell Trust", 0, 0, 0, 0, 1, "", "food parcels, effect of cuts"),
        ("The political risk", 0, 1, 0, 0, 1, "",
         "PF: backbench letter, the party's left talking of rebellion, Strachan's allies vs her critics; AUST: council settlement, two-child limit"),
        ("Strachan ended her statement", 0, 0, 0, 0, 1, "",
         "borderline AUST 1: 'read against the tables' (the cuts) her line 'now sounds like a warning'; one weak cue decided by context (rule 1b)"),
    ],
    TARIFF: [
        ("The statement arrived", 1, 0, 0, 0, 0, "", "US tariffs naming the UK; the embassy"),
        ("The statement itself was brisk", 1, 0, 0, 0, 0, "", "the UK-US trade agreement ignored"),
        ("In London, the Business Secretary", 1, 0, 0, 0, 0, "",
         "UK response, minister due in Washington, officials told in writing"),
        ("A British diplomat", 1, 0, 0, 0, 0, "", "the special relationship in speeches vs the Federal Register"),
        ("On Capitol Hill", 1, 0, 0, 0, 0, "",
         "congressman on a possible UK retaliatory duty and his view of the British; PF 0 (no intra-party split)"),
        ("Three thousand miles away", 1, 0, 0, 0, 0, "",
         "borderline SR 1: a Scottish distiller hurt by US tariffs on UK whisky, 'people in London talk about leverage' (over Washington)"),
        ("What does it mean", 1, 0, 0, 0, 0, "",
         "the special relationship's health; Iraq named in passing (IRAQ 0, rule 2); 'not in question' is not the only statement, no flag"),
        ("Lindqvist flies out", 1, 0, 0, 0, 0, "",
         "borderline SR 1: the minister's trip to Washington and the embassy's expectation about the US tariffs"),
    ],
}

QMARKS = set("\"'‘’“”")
OPEN_FOR_CLOSE = {'"': '"', "'": "'", "’": "‘", "”": "“"}


def read(name):
    with open(os.path.join(TEXTS, name), encoding="utf-8") as fh:
        return fh.read()


def paragraphs(raw):
    """(start, end) of every non-empty line block; blocks are separated by blank lines."""
    out, pos = [], 0
    for line in raw.split("\n"):
        s, e = pos, pos + len(line)
        if line.strip():
            out.append((s, e))
        pos = e + 1
    return out


def build_quotes():
    rows = []
    for src in FILES:
        raw = read(src)
        paras = paragraphs(raw)
        cursor = 0
        boundary_marks = set()
        for text, kind, speaker, cue, cont, notes in QUOTES[src]:
            if text.endswith(UNCLOSED):
                head = text[: -len(UNCLOSED)]
                start = raw.index(head, cursor)
                end = next(e for s, e in paras if s <= start <= e)
                text = raw[start:end]
                assert raw[start - 1] in "\"“", (src, head)
                boundary_marks.add(start - 1)
            else:
                start = raw.index(text, cursor)
                end = start + len(text)
                before, after = raw[start - 1], raw[end]
                assert before in QMARKS and after in QMARKS, (src, text, before, after)
                assert OPEN_FOR_CLOSE[after] == before, (src, text, before, after)
                boundary_marks.update({start - 1, end})
            assert raw[start:end] == text
            if kind == "term":
                assert not speaker and not cue and not cont, text
            rows.append({
                "source": src, "start": start, "end": end, "text": text, "kind": kind,
                "speaker": speaker, "cue": cue, "continuation": "true" if cont else "false",
                "notes": notes,
            })
            cursor = start + 1
        # mark inventory: every quotation-mark character is a boundary or an apostrophe
        marks = [i for i, ch in enumerate(raw) if ch in QMARKS]
        rest = [i for i in marks if i not in boundary_marks]
        for i in rest:
            ch = raw[i]
            assert ch in "'’", (src, i, raw[i - 10:i + 10])
            assert raw[i - 1].isalpha() and raw[i + 1].isalpha() or raw[i - 1] == "s", (
                src, i, raw[i - 10:i + 10])
        assert len(rest) == APOSTROPHES[src], (src, len(rest))
        print(f"{src}: {len(QUOTES[src])} quote rows, {len(marks)} marks, "
              f"{len(boundary_marks)} used as quotation marks, {len(rest)} apostrophes")
    return rows


def build_themes():
    rows = []
    for src in FILES:
        raw = read(src)
        paras = paragraphs(raw)[1:]  # the title is excluded
        if src == OBIT:
            assert raw[paras[-1][0]:].startswith("Desmond John Hallam, politician")
            paras = paras[:-1]  # closing obituary data line: not a body paragraph
        decisions = THEMES[src]
        assert len(paras) == len(decisions), (src, len(paras), len(decisions))
        for (s, e), (head, sr, pf, iq, ip, au, neg, notes) in zip(paras, decisions):
            text = raw[s:e]
            assert text.startswith(head), (src, head, text[:40])
            assert text == text.strip()
            rows.append({
                "source": src, "start": s, "end": e, "text": text,
                "special_relationship": sr, "party_factionalism": pf,
                "iraq_war_intelligence": iq, "israel_palestine": ip, "austerity_inequality": au,
                "negated": neg, "notes": notes,
            })
        print(f"{src}: {len(decisions)} body paragraphs")
    return rows


def write(rows, name, cols):
    rows.sort(key=lambda r: (r["source"], r["start"]))
    keys = [(r["source"], r["start"], r["end"]) for r in rows]
    assert len(set(keys)) == len(keys)
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    # re-read and verify offsets against the texts
    cache = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            raw = cache.setdefault(r["source"], read(r["source"]))
            assert raw[int(r["start"]):int(r["end"])] == r["text"], r
    print(f"wrote {name}: {len(rows)} rows, offsets verified")


if __name__ == "__main__":
    q = build_quotes()
    write(q, "quotes.csv",
          ["source", "start", "end", "text", "kind", "speaker", "cue", "continuation", "notes"])
    t = build_themes()
    write(t, "themes_v2.csv",
          ["source", "start", "end", "text", "special_relationship", "party_factionalism",
           "iraq_war_intelligence", "israel_palestine", "austerity_inequality", "negated", "notes"])
    sys.exit(0)
