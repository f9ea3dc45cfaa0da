"""Build the uk_dev5 gold files from hand decisions (blind helper session, branch wt-uk_dev5).

Every decision below was made by reading the articles; the script only turns them into offsets
and checks them: raw[start:end] == text, sorting, sentence coverage of every body block, one quote
decision per quotation-mark span (spans listed by segment_base.quote_spans), timex occurrences.
Run: /work/main/.venv/bin/python data/annotations/uk_dev5/build_annotations.py
"""
import csv, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from segment_base import read, blocks, auto_sentences, quote_spans, DATA

OUT = os.path.dirname(os.path.abspath(__file__))
FILES = sorted(f for f in os.listdir(DATA) if f.endswith(".txt"))

# ---------------------------------------------------------------- sentences
# The candidate splitter in segment_base proposes boundaries at . ? ! (+closing marks) before a
# capital/opening mark. Every proposed boundary was read by hand against sentences.md; none needed
# changing (no abbreviations with dots, no mid-sentence ellipses in these texts). Hand overrides
# would go here as (file, text_of_first_piece) to MERGE with the next piece, or (file, text) to SPLIT.
SENT_MERGE = []          # none
# Hard calls (kept here and in README.md; the held-out sentences.csv format has no notes column):
SENT_NOTES = {
    ("uk_dev5_decline_essay.txt", "Kenneth Baird, a former Scotland Office minister who had held Eastwood for 18 years, wrote in his diary that night: “Nothing left."):
        "narrator text running into a multi-sentence quotation: split at the internal full stop (sentences.md rule 3)",
    ("uk_dev5_fringe.txt", "“Which year?” came a shout from near the radiators."):
        "question inside quotes followed by a lower-case tag: one sentence (rule 2)",
    ("uk_dev5_washington.txt", "Then, after a beat the transcript would not record: \"Happy Thanksgiving.\""):
        "colon before the quotation does not end the sentence (rule 6)",
    ("uk_dev5_thinktank.txt", "‘Yes."): "one-word sentence inside a multi-sentence quotation (rule 3)",
}
EXPECT_SENT = {"uk_dev5_decline_essay.txt": 44, "uk_dev5_fringe.txt": 46, "uk_dev5_thinktank.txt": 42,
               "uk_dev5_washington.txt": 39, "uk_dev5_welfare_qa.txt": 34}  # after the hand review

# ---------------------------------------------------------------- quotes
# One tuple per quotation-mark span, in file order: (prefix of span text, kind, speaker, cue,
# continuation, notes).
S, T = "speech", "term"
QUOTES = {
"uk_dev5_decline_essay.txt": [
 ("Lost by 53 votes.", S, "Alasdair Mure", "", False, "diary entry introduced by the previous sentence (His diary ... is three lines long.): context only, no cue"),
 ("a protest, nothing more", S, "Alasdair Mure", "write", False, "written (letter to his agent)"),
 ("We were winning seats", S, "Morag Dalgleish", "put", False, "'as X once put it'"),
 ("come to thank us", S, "Iain Rutherford", "tell", False, "speaker given as Sir Iain Rutherford; honorific dropped"),
 ("bury us north", S, "Iain Rutherford", "warn", False, "private warning found in his papers; reported speech beside it is unmarked"),
 ("It was the perfect Scottish grievance,", S, "Neil Cossar", "write", False, "split quotation, interposed cue"),
 ("unfair, English", S, "Neil Cossar", "write", False, "second piece of split quotation"),
 ("Nothing left.", S, "Kenneth Baird", "write", False, "diary"),
 ("Ask who in London", S, "Kenneth Baird", "add", False, "single quotes at top level (not nested): a second diary line; 'he added a line' = cue add"),
 ("the caretakers of a closed shop", S, "a young activist", "call", False, "reported via notes kept by one present"),
 ("saved by the very institution", S, "Fiona Strachan", "put", False, "'as X once put it'"),
 ("survival by arithmetic", S, "Fiona Strachan", "call", False, "calls this + phrase = her words (like 'calls it Kremlinology'); borderline term"),
 ("borrowed, not earned", S, "Ruaridh Galbraith", "say", False, "partial quotation inside reported speech"),
 ("We were the No vote", S, "Ruaridh Galbraith", "say", False, ""),
 ("When the referendum went away", S, "Ruaridh Galbraith", "", True, ""),
 ("Unionist", T, "", "", False, "word under discussion (a label on the literature)"),
 ("a long time to stand", S, "Alasdair Mure", "add", False, "'It was, he added, \"...\"': words of Mure after unmarked reported speech; he = Mure"),
],
"uk_dev5_fringe.txt": [
 ("Beyond the two-child limit", T, "", "", False, "title of the fringe meeting"),
 ("within the lifetime of this parliament", S, "a minister", "promise", False, "a minister two years ago; unnamed"),
 ("We were told to be patient,", S, "a delegate from Knowsley", "say", False, ""),
 ("I have been patient since 2017.", S, "a delegate from Knowsley", "", True, "new sentence after the tag sentence: no cue of its own"),
 ("Nobody in government thinks", S, "Tobias Rennard", "begin", False, "'Rennard began' as reporting verb"),
 ("But we inherited", S, "Tobias Rennard", "", True, "after narrator sentence 'He did not get it.'"),
 ("Which year?", S, "a heckler near the radiators", "shout", False, "heckle: 'came a shout from near the radiators' - noun cue shout; speaker description completed from the text (no person named)"),
 ("Which year, Tobias?", S, "a heckler near the radiators", "", True, "'Then, louder:' introducer without verb"),
 ("not yet been persuaded", S, "Tobias Rennard", "tell", False, "he told me"),
 ("a weather report, not a vote", S, "Tobias Rennard", "tell", False, "the chancellor's team's view as Rennard relays it inside 'he told me': words are Rennard's (cf. quotes.md hard call 1); borderline speaker 'the chancellor's team'"),
 ("I’ve sat on platforms", S, "Maureen Cattermole", "say", False, ""),
 ("Every year there is", S, "Maureen Cattermole", "", True, ""),
 ("If they can’t do this", S, "a councillor from Stockport", "", False, "'put it to me plainly' ends the previous sentence with a full stop: context only, no cue (cue-less quotation sentence after narration)"),
 ("boringly responsible", S, "a young delegate from Hertford", "tell", False, "partial quotation inside reported speech"),
 ("I genuinely hope so,", S, "Tobias Rennard", "say", False, ""),
],
"uk_dev5_thinktank.txt": [
 ("We are not a campaign,", S, "Priya Venkataraman", "say", False, "British single quotes as primary marks"),
 ("We are an argument", S, "Priya Venkataraman", "", True, ""),
 ("the long squeeze", S, "Harcourt's founders", "call", False, "borderline term (a name for an era); speech by the rule 'call + specific source'"),
 ("punishes the places", S, "Paying for Place", "argue", False, "document as speaker (the report)"),
 ("within two budget cycles", S, "Paying for Place", "warn", False, "document as speaker"),
 ("People hear “insolvency”", S, "Priya Venkataraman", "say", False, ""),
 ("insolvency", T, "", "", False, "nested double quotes inside single: word under discussion"),
 ("It isn’t like that.", S, "Priya Venkataraman", "", True, ""),
 ("We want it to choose.", S, "Priya Venkataraman", "", True, "after 'Asked whether ..., she smiles.' (no reporting verb); same speaker as previous speech span"),
 ("treating every pound", S, "the Meridian Trust", "accuse", False, "the Trust's written response (subject 'Its response'); signed by Callum Fairweather - alternative speaker"),
 ("the problem is not the formula", S, "the Meridian Trust", "insist", False, "as previous row"),
 ("They have written the same report", S, "Callum Fairweather", "tell", False, ""),
 ("It is very well footnoted.", S, "Callum Fairweather", "", True, ""),
 ("Callum and I agree", S, "Priya Venkataraman", "say", False, ""),
 ("He thinks councils", S, "Priya Venkataraman", "", True, ""),
 ("the politics of the next spending review", S, "Gwen Aldous", "warn", False, "her note in the paper warns"),
 ("quoted back at us", S, "one Labour adviser", "tell", False, ""),
 ("Yes. We know.", S, "Priya Venkataraman", "", False, "'answers the point' is in the previous sentence: no cue; speaker change after the Labour adviser -> continuation false"),
 ("That,", S, "Priya Venkataraman", "say", False, "split quotation"),
 ("is how you know it worked.", S, "Priya Venkataraman", "say", False, "second piece of split quotation"),
],
"uk_dev5_washington.txt": [
 ("We were in close contact", S, "Derek Hollins", "say", False, "straight double quotes"),
 ("I'm not going to get", S, "Derek Hollins", "say", False, ""),
 ("We'd have preferred", S, "Derek Hollins", "", True, "after 'he looked up.'"),
 ("He's not threatening anything,", S, "a senior aide to Senator Dale Whitcomb", "say", False, "'the aide said'"),
 ("But he's asking a fair question", S, "a senior aide to Senator Dale Whitcomb", "", True, ""),
 ("partner or commentator", T, "", "", False, "phrase under discussion"),
 ("taken in London", S, "a diplomat at the embassy", "say", False, "British diplomat on background"),
 ("days, not hours", S, "a diplomat at the embassy", "say", False, "same 'said' governs both partial quotations"),
 ("Nobody here is pretending", S, "a diplomat at the embassy", "say", False, ""),
 ("But the relationship has survived", S, "a diplomat at the embassy", "", True, ""),
 ("the scope of intelligence-sharing", S, "Dale Whitcomb", "ask", False, "the senator's letter 'asks', relayed by the aide; alternative speaker the aide"),
 ("a press release with a letterhead", S, "a former Pentagon official", "call", False, ""),
 ("intelligence", T, "", "", False, "the word under discussion"),
 ("We learned in 2003", S, "a diplomat at the embassy", "say", False, "'the diplomat' = the British diplomat of paragraph 6"),
 ("The dossier taught us that.", S, "a diplomat at the embassy", "", True, ""),
 ("It's a relationship,", S, "Derek Hollins", "say", False, ""),
 ("It's a very important one.", S, "Derek Hollins", "", True, ""),
 ("Happy Thanksgiving.", S, "Derek Hollins", "", True, "'Then, after a beat ...:' colon introducer without a reporting verb"),
],
"uk_dev5_welfare_qa.txt": [
 ("traps people in inactivity", S, "the impact assessment", "argue", False, "document as speaker"),
 ("a system that supports people", S, "a DWP spokeswoman", "say", False, ""),
 ("The protection for existing claimants", S, "Imogen Thwaite", "say", False, "cue after the quotation, speaker named in the tag"),
 ("Within five years", S, "Imogen Thwaite", "", True, ""),
 ("designed to measure", S, "Samuel Okafor", "warn", False, "Dr Samuel Okafor; honorific dropped"),
 ("a new set of injustices", S, "Samuel Okafor", "argue", False, "'he argues' interposed"),
 ("People think it’s a lot of money.", S, "Karen", "tell", False, "claimant named by first name only"),
 ("If I’d had my accident", S, "Karen", "", True, ""),
 ("He’ll be a new claimant,", S, "Karen", "say", False, ""),
 ("So he’s the one", S, "Karen", "", True, ""),
 ("highly uncertain", S, "the Office for Budget Responsibility", "call", False, "'The OBR itself calls ...'; fullest name from the previous sentence"),
 ("manageable, just", S, "a source in the whips’ office", "describe", False, ""),
],
}

# ---------------------------------------------------------------- timex
# (text, occurrence index among exact matches in the file (0-based), type, value, mod, notes)
TIMEX = {
"uk_dev5_fringe.txt": [  # published Wed 2026-09-30 (conference week); Monday = 2026-09-28
 ("a quarter past six on Monday evening", 0, "TIME", "2026-09-28T18:15", "", "composite clock time + day; Monday of conference week"),
 ("Two years ago", 0, "DATE", "2024", "", ""),
 ("2017", 0, "DATE", "2017", "", "after 'since', preposition excluded"),
 ("every April", 0, "SET", "XXXX-04", "", ""),
 ("next year", 0, "DATE", "2027", "", "Rennard, speaking in 2026"),
 ("the year after", 0, "DATE", "2028", "", "the year after next year"),
 ("now", 0, "DATE", "PRESENT_REF", "", "'than badly now'"),
 ("twenty years", 0, "DURATION", "P20Y", "", ""),
 ("Every year", 0, "SET", "P1Y", "", ""),
 ("Every year", 1, "SET", "P1Y", "", ""),
 ("next year", 1, "DATE", "XXXX", "", "generic: 'every year he says next year' - the year after each year, unresolvable"),
 ("seven", 0, "TIME", "2026-09-28T19:00", "", "'By seven', same Monday evening"),
],
"uk_dev5_thinktank.txt": [  # published Thu 2026-11-12 (ISO week 46)
 ("2009", 0, "DATE", "2009", "", ""),
 ("the first winter", 0, "DATE", "2009-WI", "", "first winter after the 2009 founding; winter 2009/10"),
 ("early years", 0, "DATE", "PAST_REF", "", "'its early years' (possessive excluded): vague stretch after 2009, given PAST_REF"),
 ("five years", 0, "DURATION", "P5Y", "", "'within five years'"),
 ("Tuesday", 0, "DATE", "2026-11-10", "", ""),
 ("between 2010 and 2024", 0, "DATE", "2010/2024", "", "range incl. 'between'"),
 ("a decade", 0, "DURATION", "P1DE", "", ""),
 ("2021", 0, "DATE", "2021", "", ""),
 ("a Saturday", 0, "SET", "XXXX-WXX-6", "", "habitual 'the library on a Saturday'"),
 ("the moment", 0, "DATE", "PRESENT_REF", "", "'At the moment'"),
 ("hours", 0, "DURATION", "PTXH", "", "'within hours of the launch'"),
 ("fifteen years", 0, "DURATION", "P15Y", "", ""),
 ("last year", 0, "DATE", "2025", "", ""),
 ("this week", 0, "DATE", "2026-W46", "", "the adviser speaking in publication week"),
 ("the spring", 0, "DATE", "2027-SP", "", "the coming spring (local government settlement)"),
 ("then", 0, "DATE", "2027-SP", "", "anaphoric: 'Until then' = until the spring"),
],
"uk_dev5_washington.txt": [  # published Fri 2026-11-27; Thanksgiving 2026 = Thu 26 Nov
 ("the afternoon before Thanksgiving", 0, "TIME", "2026-11-25TAF", "", "Wednesday 25 November 2026"),
 ("twenty minutes", 0, "DURATION", "PT20M", "", ""),
 ("last week", 0, "DATE", "2026-W47", "", "'last week's' resolved from the briefing day (W48)"),
 ("more than a decade", 0, "DURATION", "P1DE", "MORE_THAN", ""),
 ("that week", 0, "DATE", "2026-W48", "", "the week of the briefing"),
 ("days", 0, "DURATION", "PXD", "", "'days, not hours' before the vote (inside quotes)"),
 ("hours", 0, "DURATION", "PTXH", "", "as previous"),
 ("now", 0, "DATE", "PRESENT_REF", "", "'now at a Washington think-tank'"),
 ("2003", 0, "DATE", "2003", "", ""),
 ("Thanksgiving", 1, "DATE", "2026-11-26", "", "'Happy Thanksgiving': the holiday denotes the day (occurrence 0 is inside the TIME row of paragraph 1)"),
],
"uk_dev5_welfare_qa.txt": [  # published Tue 2026-10-20
 ("Monday", 0, "DATE", "2026-10-19", "", ""),
 ("more than a year", 0, "DURATION", "P1Y", "MORE_THAN", ""),
 ("6 April 2027", 0, "DATE", "2027-04-06", "", "after 'From' (not a range)"),
 ("a month", 0, "SET", "P1M", "", "rate '£217 a month' tagged as SET per TIMEX3; the money is not tagged"),
 ("now", 0, "DATE", "PRESENT_REF", "", "'for now'"),
 ("2019", 0, "DATE", "2019", "", ""),
 ("the future", 0, "DATE", "FUTURE_REF", "", ""),
 ("today", 0, "DATE", "PRESENT_REF", "", "nowadays"),
 ("the end of the decade", 0, "DATE", "202", "END", "end of the 2020s"),
 ("a year", 1, "SET", "P1Y", "", "'£2,500 a year' rate"),
 ("five years", 0, "DURATION", "P5Y", "", "'Within five years'"),
 ("2022", 0, "DATE", "2022", "", ""),
 ("next year", 0, "DATE", "2027", "", ""),
 ("March", 0, "DATE", "2027-03", "", "the son turns 18 in the coming March"),
 ("March", 1, "DATE", "2026-03", "", "'the OBR's March forecast': the last March before publication"),
 ("a year", 2, "SET", "P1Y", "", "'£3.1bn a year' (occurrence 0 is inside 'more than a year')"),
 ("2029-30", 0, "DATE", "2029/2030", "", "fiscal year written as a range"),
 ("Christmas", 0, "DATE", "2026-12-25", "", "'before Christmas'"),
 ("April", 1, "DATE", "2027-04", "", "'what happens in April': the changes start 6 April 2027 (occurrence 0 is inside '6 April 2027')"),
],
"uk_dev5_decline_essay.txt": [  # published Thu 2026-12-03
 ("once", 0, "DATE", "PAST_REF", "", "title: 'the country they once ran' (deictic adverb = formerly)"),
 ("1955", 0, "DATE", "1955", "", ""),
 ("then", 0, "DATE", "1955", "", "anaphoric 'as the Scottish Conservatives then called themselves' = in 1955"),
 ("1997", 0, "DATE", "1997", "", "'the wipe-out of 1997'"),
 ("1964", 0, "DATE", "1964", "", "'from 1964 until his defeat in October 1974': not a date-to-date range; two rows"),
 ("October 1974", 0, "DATE", "1974-10", "", ""),
 ("the night of the count", 0, "TIME", "1974-10-10TNI", "", "count of the October 1974 general election (polling day 10 October 1974, historical knowledge)"),
 ("A week later", 0, "DATE", "1974-10", "", "a week after the count; only the month is safely resolvable"),
 ("a few years", 0, "DURATION", "PXY", "", ""),
 ("1979", 0, "DATE", "1979", "", ""),
 ("once", 1, "DATE", "PAST_REF", "", "'as ... once put it' (deictic adverb)"),
 ("The 1980s", 0, "DATE", "198", "", ""),
 ("1986", 0, "DATE", "1986", "", "'the 1986 conference'"),
 ("2019", 0, "DATE", "2019", "", ""),
 ("months earlier", 0, "DATE", "1986", "APPROX", "some months before the 1986 conference; could be 1985"),
 ("Years later", 0, "DATE", "PAST_REF", "", "vague later time, before now"),
 ("a year", 0, "DURATION", "P1Y", "", "'a year before England': measure phrase only (timex.md §2)"),
 ("2004", 0, "DATE", "2004", "", ""),
 ("1997", 1, "DATE", "1997", "", "'Then came 1997.' ('Then' sequencing, not tagged)"),
 ("18 years", 0, "DURATION", "P18Y", "", ""),
 ("that night", 0, "TIME", "1997-05-01TNI", "", "election night 1997 (1 May, historical knowledge)"),
 ("The next morning", 0, "TIME", "1997-05-02TMO", "", ""),
 ("1998", 0, "DATE", "1998", "", ""),
 ("2011", 0, "DATE", "2011", "", ""),
 ("once", 2, "DATE", "PAST_REF", "", "'as the academic Fiona Strachan once put it'"),
 ("2017", 0, "DATE", "2017", "", ""),
 ("that year", 0, "DATE", "2017", "", ""),
 ("now", 0, "DATE", "PRESENT_REF", "", "'says now'"),
 ("Today", 0, "DATE", "PRESENT_REF", "", ""),
 ("2008", 0, "DATE", "2008", "", ""),
 ("50 years", 0, "DURATION", "P50Y", "", ""),
 ("a long time", 0, "DURATION", "PXY", "", "inside Mure's quotation; vague"),
],
}

# ---------------------------------------------------------------- themes (v2)
# per body paragraph in order: (SR, PF, IRQ, IP, AUS, negated, notes)
THEMES = {
"uk_dev5_fringe.txt": [
 (0,0,0,0,0,"","scene-setting"),
 (0,0,0,0,1,"","two-child limit and the promise to lift it"),
 (0,0,0,0,0,"","delegate's impatience; no statement about the policy itself (context only)"),
 (0,0,0,0,1,"","households affected by the limit"),
 (0,0,0,0,0,"","introduces the adviser"),
 (0,0,0,0,1,"","the limit and the fiscal position"),
 (0,0,0,0,0,"","heckle 'Which year?' only"),
 (0,0,0,0,1,"","borderline: Treasury 'not yet been persuaded' to lift the limit (one weak cue, decided by context); PF 0 - leadership's disdain for a fringe is not a stated factional struggle"),
 (0,0,0,0,0,"","union official on ministers' delay; no content on the policy or a faction"),
 (0,1,0,0,0,"","borderline: trust between the leadership and the members, councillor's 'what are we for?' (members against the leadership)"),
 (0,1,0,0,0,"","a delegate defending the leadership's caution at a fringe 'on the left of the party'"),
 (0,0,0,0,0,"","show of hands on a motion"),
 (0,0,0,0,1,"","borderline: whether the limit will be gone (weak cue, context)"),
],
"uk_dev5_thinktank.txt": [
 (0,0,0,0,0,"",""),
 (0,0,0,0,1,"","cuts to local government"),
 (0,0,0,0,1,"","council funding formula, insolvency, social-care spending falling in the poorest councils"),
 (0,0,0,0,1,"","what goes when councils fail"),
 (0,0,0,0,1,"","borderline: council tax and government choice over council funding"),
 (0,0,0,0,1,"","rival think-tank on council spending"),
 (0,0,0,0,1,"","borderline: how much councils should do"),
 (0,0,0,0,0,"","influence; spending-review line only mentioned"),
 (0,0,0,0,0,"","funding of the think-tank"),
 (0,0,0,0,0,"","settlement date"),
],
"uk_dev5_welfare_qa.txt": [
 (0,0,0,0,1,"",""),
 (0,0,0,0,1,"",""),
 (0,0,0,0,1,"",""),
 (0,0,0,0,1,"",""),
 (0,0,0,0,1,"",""),
 (0,0,0,0,1,"","borderline: design of disability assessment, 'injustices'"),
 (0,0,0,0,1,"",""),
 (0,0,0,0,1,"",""),
 (0,0,0,0,1,"",""),
 (0,1,0,0,1,"","PF borderline: Labour backbench rebellion against the government's regulations"),
],
"uk_dev5_washington.txt": [
 (0,0,0,0,0,"",""),
 (1,0,0,1,0,"","US told/disappointed about the UK vote on a Gaza resolution"),
 (1,0,0,1,0,"",""),
 (1,0,0,0,0,"",""),
 (1,0,0,0,0,"","borderline: 'partner or commentator' going round Washington and British officials (context)"),
 (1,0,0,0,0,"","IP 0: 'the vote' only referred to"),
 (1,0,0,0,0,"",""),
 (1,0,0,0,0,"","intelligence-sharing review"),
 (1,0,1,0,0,"","Iraq dossier and intelligence shaped to fit an ally's timetable"),
 (1,0,0,0,0,"",""),
],
"uk_dev5_decline_essay.txt": [
 (0,0,0,0,0,"","poll tax only in a list"),
 (0,0,0,0,0,"",""),
 (0,0,0,0,0,"",""),
 (0,0,0,0,0,"","chairman's private doubts about the tax: not a factional struggle, and the tax's incidence is not discussed"),
 (0,0,0,0,1,"","poll tax landed hardest on the households with least"),
 (0,0,0,0,0,"",""),
 (0,1,0,0,0,"","wings fighting over breaking from the UK party"),
 (0,0,0,0,0,"",""),
 (0,0,0,0,0,"",""),
 (0,0,0,0,0,"",""),
],
}


def find_nth(raw, text, n):
    """n-th whole-word occurrence (0-based) of text in raw."""
    hits = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(text) + r"(?!\w)", raw)]
    assert len(hits) > n, (text, n, len(hits))
    return hits[n]


def main():
    sent_rows, q_rows, t_rows, th_rows = [], [], [], []
    for f in FILES:
        raw = read(f)
        blks = blocks(raw)
        body = [(s, e) for s, e, k in blks if k == "body"]
        # sentences
        n = 0
        for s, e in body:
            spans = auto_sentences(raw, s, e)
            # coverage: only whitespace between sentences; block fully covered
            assert spans[0][0] == s and spans[-1][1] == e, f
            for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
                assert raw[b1:a2].strip() == ""
            for a, b in spans:
                sent_rows.append([f, a, b, raw[a:b]]); n += 1
        if EXPECT_SENT: assert n == EXPECT_SENT[f], (f, n)
        # quotes
        spans = [q for s, e in body for q in quote_spans(raw, s, e)]
        dec = QUOTES[f]
        assert len(spans) == len(dec), (f, len(spans), len(dec))
        for (a, b, mark), (pre, kind, spk, cue, cont, note) in zip(spans, dec):
            assert raw[a:b].startswith(pre), (f, raw[a:b][:40], pre)
            if kind == T: assert spk == "" and cue == "" and not cont
            q_rows.append([f, a, b, raw[a:b], kind, spk, cue, "true" if cont else "false", note])
        # timex
        for text, occ, typ, val, mod, note in TIMEX[f]:
            a = find_nth(raw, text, occ)
            t_rows.append([f, a, a + len(text), text, typ, val, mod, note])
        # themes
        th = THEMES[f]
        assert len(th) == len(body), (f, len(th), len(body))
        for (s, e), (sr, pf, iq, ip, au, neg, note) in zip(body, th):
            th_rows.append([f, s, e, raw[s:e], sr, pf, iq, ip, au, neg, note])
    for (fn, txt) in SENT_NOTES:
        assert any(r[0] == fn and r[3] == txt for r in sent_rows), ("sentence note not matched", txt)
    # timex sanity: no overlaps within a file
    t_rows.sort(key=lambda r: (r[0], r[1]))
    for r1, r2 in zip(t_rows, t_rows[1:]):
        if r1[0] == r2[0]:
            assert r1[2] <= r2[1], ("overlap", r1[3], r2[3])
    for rows in (sent_rows, q_rows, th_rows):
        rows.sort(key=lambda r: (r[0], r[1], -r[2]))
    # verify text
    for rows in (sent_rows, q_rows, t_rows, th_rows):
        for r in rows:
            assert read(r[0])[r[1]:r[2]] == r[3], r[:4]
    def w(name, header, rows, term="\r\n"):  # line endings as in data/annotations/heldout/
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as fh:
            cw = csv.writer(fh, lineterminator=term); cw.writerow(header); cw.writerows(rows)
    w("sentences.csv", ["source", "start", "end", "text"], sent_rows)  # held-out format has no notes column
    w("quotes.csv", ["source", "start", "end", "text", "kind", "speaker", "cue", "continuation", "notes"], q_rows)
    w("timex.csv", ["source", "start", "end", "text", "type", "value", "mod", "notes"], t_rows)
    w("themes_v2.csv", ["source", "start", "end", "text", "special_relationship", "party_factionalism",
                        "iraq_war_intelligence", "israel_palestine", "austerity_inequality", "negated", "notes"], th_rows, term="\n")
    print("sentences", len(sent_rows), "quotes", len(q_rows), "timex", len(t_rows), "paragraphs", len(th_rows))


if __name__ == "__main__":
    main()
