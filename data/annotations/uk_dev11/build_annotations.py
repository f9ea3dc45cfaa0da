"""Build the uk_dev11 texts and gold files from the hand-marked articles.

Run from anywhere:  /work/main/.venv/bin/python data/annotations/uk_dev11/build_annotations.py

Reads   data/annotations/uk_dev11/marked/<file>.txt (markers: ¦ « » ⟨ ⟩, see parse_marked.py)
Writes  data/uk_dev11/<file>.txt (markers stripped) and, in this folder,
        sentences.csv, quotes.csv, timex.csv, themes_v2.csv (with a text column).

Every quote / timex span and every body paragraph is paired, in text order, with the
hand decision below; each decision carries a snippet that is checked against its span
(quotes and themes: the span starts with it; timex: the span equals it).
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, HERE)
from parse_marked import parse  # noqa: E402

SET = "uk_dev11"
FILES = [
    "uk_dev11_budget_day.txt",
    "uk_dev11_deputy_leadership.txt",
    "uk_dev11_washington_embassy.txt",
    "uk_dev11_iraq_veterans.txt",
    "uk_dev11_campus_encampment.txt",
]
DATES = {
    "uk_dev11_budget_day.txt": "2026-11-25",
    "uk_dev11_deputy_leadership.txt": "2026-02-10",
    "uk_dev11_washington_embassy.txt": "2026-05-14",
    "uk_dev11_iraq_veterans.txt": "2026-03-20",
    "uk_dev11_campus_encampment.txt": "2026-05-21",
}

S, T = "speech", "term"

# quotes: (snippet, kind, speaker, cue, continuation, note)
QUOTES = {
    "uk_dev11_budget_day.txt": [
        ("for the long haul", S, "Joanna Treharne", "promise", False,
         "fragment of her earlier words worked into the sentence ('had promised a Budget')"),
        ("We have fixed", S, "Joanna Treharne", "tell", False, ""),
        ("Now we build", S, "Joanna Treharne", "", True, ""),
        ("imply a squeeze", S, "the Office for Budget Responsibility", "say", False,
         "document that says (the OBR forecast)"),
        ("unlikely to be met", S, "the Office for Budget Responsibility", "warn", False, ""),
        ("tight but fair", S, "Treasury officials", "call", False,
         "short phrase with a specific source and 'call': speech"),
        ("This is austerity", S, "Anil Chaudhry", "say", False, ""),
        ("The Chancellor talks about", S, "Anil Chaudhry", "", True, ""),
        ("fiscal responsibility", T, "", "", False,
         "nested; the Chancellor's vocabulary held at a distance by Chaudhry ('talks about', no occasion): term, borderline with speech of Joanna Treharne"),
        ("The families we see", S, "Siân Pritchard", "say", False,
         "her previous 'told the New Statesman that' is indirect speech, no span"),
        ("They are choosing", S, "Siân Pritchard", "", True, ""),
        ("She has taxed", S, "Edward Lyle", "say", False, ""),
        ("fiddling the fiscal rules", S, "Edward Lyle", "accuse", False, "accusing her of '...'"),
        ("We were told the hard yards", S, "one left-wing backbencher", "say", False, "inverted tag 'said one left-wing backbencher'"),
        ("This is the third.", S, "one left-wing backbencher", "", True, ""),
        ("the usual suspects", S, "allies of the Chancellor", "dismiss", False, "dismiss them as '...'"),
        ("no organised revolt", S, "one whip", "insist", False, ""),
        ("Every Chancellor says", S, "Anil Chaudhry", "say", False, "'Chaudhry is unconvinced.' then 'he said'"),
        ("The people on the receiving end", S, "Anil Chaudhry", "", True, ""),
    ],
    "uk_dev11_deputy_leadership.txt": [
        ("the candidate who understands", S, "Unison", "say", False, "the union's statement; 'the union said Rowlands was ...'"),
        ("a bridge, not a battering ram", S, "Unison", "say", False,
         "second object of the same 'said ... and that she would be': the verb governs this span too, so cue say, not a continuation"),
        ("We are not interested", S, "Maureen Ellison", "add", False, "colon after 'added'"),
        ("the coronation", S, "Adeyemi’s supporters", "call", False,
         "'what they have taken to calling': a label, but used by a named group with 'call' -> speech by the decision rule; borderline term"),
        ("Everybody knows", S, "one MP who has nominated Adeyemi", "say", False, ""),
        ("If the deputy is just", S, "one MP who has nominated Adeyemi", "", True, ""),
        ("spent ten years", S, "a veteran of the party’s right", "say", False,
         "'Another, a veteran of the party's right' = another MP nominating Adeyemi; description taken from the text"),
        ("Bethan has been nominated", S, "a spokesperson for the Rowlands campaign", "say", False, ""),
        ("She is nobody’s candidate", S, "a spokesperson for the Rowlands campaign", "", True,
         "members’ before the full stop is a plural possessive apostrophe, the closing ’ follows 'otherwise ... names.'"),
        ("There is no plot", S, "Marcus Adeyemi", "tell", False, ""),
        ("I happen to think", S, "Marcus Adeyemi", "", True, ""),
        ("Prime Minister, that won’t wash", S, "a deputy", "say", False,
         "nested double quotes inside British single; hypothetical words a deputy 'should be able to say' -> speech"),
        ("serve the party", S, "Marcus Adeyemi", "say", False, "answer to a question, 'he said he would ...'"),
        ("stitched up", S, "Carla Dunn", "say", False, "interposed 'she said' in the narrator's sentence"),
        ("Every time the left asks", S, "Carla Dunn", "tell", False, ""),
        ("get behind the team", S, "", "tell", False,
         "nested; 'we get told to': passive, the teller is not named (whips / leadership by implication) -> speaker empty"),
        ("I would like to know", S, "Carla Dunn", "", True, ""),
        ("a matter for the NEC", S, "party officials", "describe", False, ""),
        ("Nobody fights this hard", S, "one former minister", "say", False, ""),
        ("They are fighting over", S, "one former minister", "", True, ""),
    ],
    "uk_dev11_washington_embassy.txt": [
        ("She doesn’t do", S, "Dale Whitcomb", "say", False, "'said Senator Dale Whitcomb'"),
        ("She comes in with", S, "Dale Whitcomb", "", True, ""),
        ("special relationship", T, "", "", False, "the phrase under discussion ('the language of the ...')"),
        ("The job used to be", S, "one embassy official", "say", False, "anonymous source"),
        ("Now it is explaining", S, "one embassy official", "", True, ""),
        ("values its partnership", S, "Karen Bostwick", "say", False, "'a department spokesperson, Karen Bostwick, said the United States ...'"),
        ("private diplomatic conversations", S, "Karen Bostwick", "call", False, "'what she called': speech"),
        ("There is a British habit", S, "Peter Ashe", "say", False, ""),
        ("Americans measure it", S, "Peter Ashe", "", True, ""),
        ("poodle", T, "", "", False, "the old jibe named: label"),
        ("Poodles don’t get asked", S, "Peter Ashe", "argue", False,
         "introduced by 'he argues, misreads both sides:' (colon) -> cue argue"),
        ("For seventy years", S, "Elaine Ortiz", "say", False, ""),
        ("They are not always", S, "Elaine Ortiz", "", True, ""),
        ("the second call", S, "Elaine Ortiz", "add", False, "'She added, after a pause, that ...'"),
        ("never depended on sentiment", S, "Fiona Latham", "say", False, "speech in Chicago; 'she said'"),
        ("We are not here to be loved", S, "Fiona Latham", "tell", False, ""),
        ("We are here to be necessary", S, "Fiona Latham", "", True, ""),
        ("Every ambassador arrives", S, "one embassy official", "say", False,
         "'The embassy official' = the anonymous official of paragraph 3; 'they said'"),
        ("The good ones leave", S, "one embassy official", "", True, ""),
    ],
    "uk_dev11_iraq_veterans.txt": [
        ("People think you'd", S, "Gary", "say", False, "first name only (member of the public)"),
        ("I don't. I want", S, "Gary", "", True, ""),
        ("Some have moved away", S, "Tony Marsden", "say", False, ""),
        ("The ones who come", S, "Tony Marsden", "", True, ""),
        ("An officer stood on a crate", S, "Dean", "", False,
         "cue-less quotation after 'Dean ... remembers the briefing before they crossed.': speaker by context, new speaker"),
        ("They've got chemical shells", S, "an officer", "say", False, "nested straight single quotes; 'said,'"),
        ("the confidence with which", S, "the Gransden review", "conclude", False, "the report concludes that"),
        ("carried the consequences", S, "the Gransden review", "conclude", False,
         "second object of the same 'concludes that ... and that': cue conclude, not a continuation"),
        ("routinely treated", S, "the Gransden review", "warn", False, "'It warns that'"),
        ("Everyone read the line", S, "Ruth Kavanagh", "say", False, ""),
        ("Then the ministry's lawyers", S, "Ruth Kavanagh", "", True, ""),
        ("considering the review's", S, "the Ministry of Defence", "say", False, "'The MoD says ... and that it is'"),
        ("The intelligence people said", S, "Mick", "say", False, ""),
        ("probably", S, "the intelligence people", "say", False,
         "nested; the hedging words attributed to the intelligence people with 'said' -> speech, borderline term (words under discussion)"),
        ("may", S, "the intelligence people", "say", False, "nested; as 'probably'"),
        ("By the time it got to the telly", S, "Mick", "", True, ""),
        ("definitely", T, "", "", False,
         "nested; the word under discussion, no source or occasion given ('it was ...') -> term"),
        ("What did my head in", S, "Dean", "", False,
         "'Dean puts it differently.' then cue-less quotation; speaker change from Mick -> continuation false; unclosed paragraph, span runs to paragraph end"),
        ("I'm not after an apology", S, "Dean", "", True, "second paragraph of Dean's two-paragraph quotation, reopened with \""),
        ("There always is", S, "Tony Marsden", "say", False, ""),
        ("Half of them will say", S, "Tony Marsden", "", True, ""),
    ],
    "uk_dev11_campus_encampment.txt": [
        ("They keep telling us", S, "Amira", "say", False, "first name only (student)"),
        ("People in Gaza", S, "Amira", "", True, ""),
        ("We’re not asking", S, "Josh", "say", False, ""),
        ("We’re asking them", S, "Josh", "", True, ""),
        ("respects the right to protest", S, "Helen Carrow", "say", False, "'The university, her letter says, ...': the vice-chancellor's letter"),
        ("created an environment", S, "Helen Carrow", "say", False,
         "'but the encampment has ...' is still governed by the interposed 'her letter says' of the same sentence -> cue say, not a continuation"),
        ("use the legal means", S, "Helen Carrow", "say", False, "'and says the university will ...'"),
        ("a delaying tactic", S, "the students", "call", False, ""),
        ("I’ve got friends", S, "Talia Rosen", "say", False, ""),
        ("Most Jewish students", S, "Talia Rosen", "", True, ""),
        ("globalising the intifada", T, "", "", False,
         "nested; a chant named as a phrase ('a chant about ...'), no utterance on an occasion -> term, borderline"),
        ("Anti-Zionism is not antisemitism", S, "one banner", "read", False,
         "words written on a banner, 'reads one banner': speech (written), borderline term (slogan)"),
        ("We have made no arrests", S, "a police spokesperson", "say", False, ""),
        ("We are working with", S, "a police spokesperson", "", True, ""),
        ("These students are saying", S, "Imran Latif", "say", False, ""),
        ("Universities should be", S, "Imran Latif", "", True, ""),
        ("performative", S, "one Labour MP from a neighbouring seat", "describe", False, "one-word quotation with a specific source and 'described ... as' -> speech"),
        ("far too patient", S, "one Labour MP from a neighbouring seat", "say", False, ""),
        ("They’ve had seven months", S, "Amira", "say", False, ""),
        ("They can talk to us", S, "Amira", "", True, ""),
    ],
}

# timex: (text, type, value, mod, note)
TIMEX = {
    "uk_dev11_budget_day.txt": [
        ("this afternoon", "TIME", "2026-11-25TAF", "", "Budget day, published the same day"),
        ("58 minutes", "DURATION", "PT58M", "", ""),
        ("Now", "DATE", "PRESENT_REF", "", "inside the quotation"),
        ("next year", "DATE", "2027", "", "growth forecast for the calendar year after 2026"),
        ("between 2027 and 2030", "DATE", "2027/2030", "", "range with 'between' included"),
        ("the early 2010s", "DATE", "201", "START", "inside the OBR quotation"),
        ("2029", "DATE", "2029", "", "in 2029"),
        ("another two years", "DURATION", "P2Y", "", ""),
        ("April", "DATE", "2027-04", "", "benefit uprating: the April after the Budget"),
        ("a single year", "DURATION", "P1Y", "", ""),
        ("the spring", "DATE", "2026-SP", "", "since the spring"),
        ("this week", "DATE", "2026-W48", "", "inside Pritchard's quotation"),
        ("last year", "DATE", "2025", "", "the previous Budget's headroom; calendar year resolution"),
        ("last summer", "DATE", "2026-SU", "", "article of November 2026: the summer just gone"),
        ("two more years", "DURATION", "P2Y", "", ""),
        ("a decade", "DURATION", "P1DE", "", ""),
        ("2010", "DATE", "2010", "", "since 2010, inside the quotation"),
    ],
    "uk_dev11_deputy_leadership.txt": [
        ("48 hours", "DURATION", "PT48H", "", "'48 hours before nominations ... close': measure phrase only"),
        ("Tuesday morning", "TIME", "2026-02-10TMO", "", "article dated Tuesday 10 February 2026"),
        ("fifteen years", "DURATION", "P15Y", "", "inside the union's quotation"),
        ("last month", "DATE", "2026-01", "", ""),
        ("Thursday", "DATE", "2026-02-12", "", "by Thursday"),
        ("ten years", "DURATION", "P10Y", "", "inside the quotation"),
        ("now", "DATE", "PRESENT_REF", "", "inside the quotation"),
        ("Monday night", "TIME", "2026-02-09TNI", "", ""),
        ("from 23 February to 12 March", "DATE", "2026-02-23/2026-03-12", "", "range with 'from' included"),
        ("two days later", "DATE", "2026-03-14", "", "two days after 12 March"),
    ],
    "uk_dev11_washington_embassy.txt": [
        ("nearly a century", "DURATION", "P1CE", "LESS_THAN", ""),
        ("January", "DATE", "2026-01", "", "arrived in January (article May 2026)"),
        ("three years", "DURATION", "P3Y", "", ""),
        ("last spring", "DATE", "2025-SP", "", "article of 14 May 2026, in spring: 'last spring' = spring 2025 (the tariffs lasted five months before being lifted)"),
        ("five months", "DURATION", "P5M", "", ""),
        ("Now", "DATE", "PRESENT_REF", "", "inside the quotation"),
        ("the future", "DATE", "FUTURE_REF", "", "'the future of the joint intelligence arrangements': the formats' 'the future'; borderline (could be read as 'fate')"),
        ("next year", "DATE", "2027", "", ""),
        ("seventy years", "DURATION", "P70Y", "", "inside the quotation, 'For seventy years'"),
        ("Every Tuesday", "SET", "XXXX-WXX-2", "", ""),
        ("last month", "DATE", "2026-04", "", ""),
    ],
    "uk_dev11_iraq_veterans.txt": [
        ("Twenty-three years", "DURATION", "P23Y", "", "in the title: 'Twenty-three years on'"),
        ("March 2003", "DATE", "2003-03", "", ""),
        ("once a year", "SET", "P1Y", "", ""),
        ("This weekend", "DATE", "2026-W12-WE", "", "article dated Friday 20 March 2026"),
        ("a decade ago", "DATE", "2016", "", ""),
        ("45 minutes", "DURATION", "PT45M", "", "'ready for use within 45 minutes'"),
        ("a week", "DURATION", "P1W", "", "inside Dean's quotation"),
        ("Last autumn", "DATE", "2025-FA", "", ""),
        ("two decades", "DURATION", "P2DE", "", "inside the report's quotation"),
        ("the year before", "DATE", "2024", "", "the year before the review (autumn 2025), as Kavanagh means it; annotator's judgement"),
        ("the last five years", "DURATION", "P5Y", "", "'in each of the last five years': the span as a duration, borderline with a set"),
        ("2009", "DATE", "2009", "", ""),
        ("the first six years", "DURATION", "P6Y", "", "'after he came home' outside the extent"),
        ("the next six", "DURATION", "P6Y", "", "elliptical 'the next six [years]'"),
        ("Saturday", "DATE", "2026-03-21", "", "the reunion 'this weekend'"),
        ("a minute", "DURATION", "PT1M", "", "'a minute's silence': the possessive measure phrase states the silence's length; borderline (a ritual's name)"),
    ],
    "uk_dev11_campus_encampment.txt": [
        ("three weeks ago", "DATE", "2026-W18", "", "21 days before Thursday 21 May 2026 = 30 April, ISO week 18"),
        ("Wednesday", "DATE", "2026-05-20", "", "by Wednesday"),
        ("next week", "DATE", "2026-W22", "", ""),
        ("17 nights", "DURATION", "P17D", "", "nights counted as days"),
        ("Tuesday", "DATE", "2026-05-19", "", ""),
        ("noon on Friday", "TIME", "2026-05-22T12:00", "", "by noon on Friday"),
        ("the end of the year", "DATE", "2026", "END", "calendar year assumed (could be the academic year)"),
        ("7 October", "DATE", "2023-10-07", "", "inside the quotation; the Hamas attack of 2023"),
        ("October", "DATE", "2025-10", "", "since October: the start of the academic year 2025-26"),
        ("Monday", "DATE", "2026-05-18", "", ""),
        ("Thursday evening", "TIME", "2026-05-21TEV", "", "by Thursday evening"),
        ("the weekend", "DATE", "2026-W21-WE", "", ""),
        ("seven months", "DURATION", "P7M", "", "inside the quotation"),
        ("now", "DATE", "PRESENT_REF", "", "inside the quotation"),
    ],
}

# themes: (snippet, special_relationship, party_factionalism, iraq, israel_palestine, austerity, negated, note)
THEMES = {
    "uk_dev11_budget_day.txt": [
        ("Joanna Treharne had promised", 0, 0, 0, 0, 1, "",
         "borderline: the Chancellor's case for continued fiscal restraint ('without borrowing', 'the worst was behind') in a Budget about the squeeze"),
        ("The detail was less soothing", 0, 0, 0, 0, 1, "", "real-terms spending cuts, squeeze on local services, child poverty"),
        ("Treasury officials call", 0, 0, 0, 0, 1, "", "poorest tenth worse off; 'austerity by another name'"),
        ("The freeze he meant", 0, 0, 0, 0, 1, "", "threshold freeze, benefits, two-child limit, lowest earners"),
        ("Siân Pritchard", 0, 0, 0, 0, 1, "", "food banks, cost of living"),
        ("The shadow chancellor", 0, 0, 0, 0, 0, "",
         "borderline: tax burden and fiscal-rule headroom only; no spending cuts, poverty or inequality stated"),
        ("The louder grumbling", 0, 1, 0, 0, 1, "",
         "the Labour left and soft left against the Chancellor (letter to the chief whip, 'the usual suspects'); the whip's 'no organised revolt' is one denial among undenied statements, so not negated; austerity: the 'hard yards' going on, disability-benefit rebellion"),
        ("Treharne’s wager", 0, 0, 0, 0, 1, "", "restraint, squeeze, 'the pain is temporary'"),
    ],
    "uk_dev11_deputy_leadership.txt": [
        ("Bethan Rowlands has won", 0, 0, 0, 0, 0, "",
         "an endorsement in the race with no dissent in view (reading of version 6): 0"),
        ("In a statement released", 0, 1, 0, 0, 1, "",
         "borderline party factionalism: 'a bridge, not a battering ram' between leadership and members, and 'who is up or down in Westminster', in a bitter factional race (one weak cue, decided by context); austerity: fifteen years of public-sector pay restraint"),
        ("The vacancy arose", 0, 0, 0, 0, 0, "",
         "mechanics of the contest (vacancy, threshold, tallies); the candidates' wings named only as labels: 0, borderline"),
        ("That arithmetic", 0, 1, 0, 0, 0, "", "the right accuses No 10 and the soft left of a 'coronation'"),
        ("A spokesperson for the Rowlands", 0, 1, 0, 0, 0, "party_factionalism",
         "the campaign denies she is a faction's or No 10's candidate: every statement is a denial -> negated"),
        ("Adeyemi himself", 0, 1, 0, 0, 0, "",
         "'no plot, no faction' is denied, but the deputy's freedom to dissent and charges of 'treachery' are discussed undenied: not negated"),
        ("Dunn, speaking at a hustings", 0, 1, 0, 0, 0, "", "left says contest stitched up; fight over the nomination threshold"),
        ("If Rowlands and Adeyemi", 0, 1, 0, 0, 0, "",
         "the contest as a proxy for who owns the agenda and for the next leadership election"),
    ],
    "uk_dev11_washington_embassy.txt": [
        ("The ballroom", 1, 0, 0, 0, 0, "", "the residence's Anglo-American courtship; the ambassador's role"),
        ("“She doesn’t do", 1, 0, 0, 0, 0, "", "a US senator on the ambassador's approach; UK-US trade"),
        ("That is the point", 1, 0, 0, 0, 0, "", "'special relationship', tariffs on British goods, the embassy's job"),
        ("The State Department", 1, 0, 0, 0, 0, "", "Britain as closest ally; joint intelligence arrangements"),
        ("Peter Ashe", 1, 0, 0, 0, 0, "", "access vs usefulness; the 'poodle' jibe"),
        ("Not every senator", 1, 0, 0, 0, 0, "", "Britain no longer always the first call"),
        ("Latham’s answer", 1, 0, 0, 0, 0, "", "the embassy's outreach; Britain's influence in America"),
        ("Whether that is a strategy", 1, 0, 0, 0, 0, "",
         "borderline: 'that' (the strategy of being necessary to Washington) and 'restore something' (the relationship) resolved from the article"),
    ],
    "uk_dev11_iraq_veterans.txt": [
        ("Gary keeps his desert boots", 0, 0, 1, 0, 0, "", "crossing into Iraq in March 2003; wanting to understand it"),
        ("This weekend", 0, 0, 1, 0, 0, "",
         "borderline: reunion colour, but the men want to know 'whether it was worth it' (the war)"),
        ("The second is harder", 0, 0, 1, 0, 0, "", "WMD intelligence, 45 minutes, the pre-invasion briefing"),
        ("Last autumn the Gransden review", 0, 0, 1, 0, 0, "",
         "the review's findings on how the intelligence was presented; veterans' mental-health claims are not austerity"),
        ("Ruth Kavanagh", 0, 0, 1, 0, 0, "",
         "borderline: legal claims of Iraq veterans and the review on the war's aftermath for those who fought"),
        ("Mick, who left the army", 0, 0, 1, 0, 0, "", "hedged intelligence turned into 'definitely'"),
        ("Dean puts it differently", 0, 0, 1, 0, 0, "", "coming home to hear there had been nothing there"),
        ("\"I'm not after an apology", 0, 0, 1, 0, 0, "", "Blair; soldiers did their job, those above did not"),
        ("In the pub", 0, 0, 1, 0, 0, "", "whether they should have been in Basra"),
    ],
    "uk_dev11_campus_encampment.txt": [
        ("The tents went up", 0, 0, 0, 1, 0, "", "divestment from suppliers of the Israeli military; Palestinian towns"),
        ("Amira, a third-year", 0, 0, 0, 1, 0, "", "Gaza's universities bombed"),
        ("On Tuesday the vice-chancellor", 0, 0, 0, 1, 0, "", "suffering in Gaza; the university's response to the encampment"),
        ("For Talia Rosen", 0, 0, 0, 1, 0, "", "7 October, Gaza, antisemitism and anti-Zionism tied to the conflict"),
        ("South Yorkshire Police", 0, 0, 0, 0, 0, "", "policing of the site only: no theme content"),
        ("The dispute has reached Westminster", 0, 0, 0, 1, 0, "",
         "arms export licences to Israel; party factionalism 0 (borderline): one Labour MP disagreeing with another about a protest, no group or struggle in the party stated"),
        ("By Thursday evening", 0, 0, 0, 0, 0, "",
         "borderline: the stand-off and rota only; the conflict itself is not discussed in the paragraph (rule 1)"),
    ],
}

OPEN_MARKS = "“\"‘'"
CLOSE_MARKS = "”\"’'"
ALL_MARKS = set("“”\"‘’'")
THEME_COLS = ["special_relationship", "party_factionalism", "iraq_war_intelligence",
              "israel_palestine", "austerity_inequality"]


def check(cond, *msg):
    if not cond:
        raise SystemExit("CHECK FAILED: " + " ".join(str(m) for m in msg))


def main():
    out_dir = os.path.join(ROOT, "data", SET)
    os.makedirs(out_dir, exist_ok=True)
    rows = {"sentences": [], "quotes": [], "timex": [], "themes_v2": []}
    for fn in FILES:
        marked = open(os.path.join(HERE, "marked", fn), encoding="utf-8").read()
        raw, paras, sents, quotes, timex = parse(marked)
        with open(os.path.join(out_dir, fn), "w", encoding="utf-8", newline="") as f:
            f.write(raw)
        check(open(os.path.join(out_dir, fn), encoding="utf-8").read() == raw, fn, "reread")
        for ch in "¦«»⟨⟩":
            check(ch not in raw, fn, "marker left", ch)
        body = paras[1:]

        # sentences: cover each body paragraph up to whitespace
        for ps, pe in body:
            inside = [(s, e) for s, e in sents if ps <= s and e <= pe]
            check(inside and inside[0][0] == ps and inside[-1][1] == pe, fn, "para cover", ps)
            for (a, b), (c, d) in zip(inside, inside[1:]):
                check(b <= c and raw[b:c].strip() == "", fn, "gap between sentences", b, c)
        for s, e in sents:
            rows["sentences"].append({"source": fn, "start": s, "end": e, "text": raw[s:e]})

        # quotes
        dec = QUOTES[fn]
        check(len(dec) == len(quotes), fn, "quote decisions", len(dec), "spans", len(quotes))
        prev = None
        for (s, e), (snip, kind, spk, cue, cont, note) in zip(quotes, dec):
            text = raw[s:e]
            check(text.startswith(snip), fn, "quote snippet", repr(snip), "vs", repr(text[:60]))
            check(raw[s - 1] in OPEN_MARKS, fn, "no opening mark before", repr(text[:40]))
            para_end = any(pe == e for ps, pe in body)
            check(raw[e:e + 1] in CLOSE_MARKS and raw[e:e + 1] != "" or para_end, fn, "no closing mark", repr(text[-40:]))
            check(kind in (S, T), fn, kind)
            if kind == T:
                check(spk == "" and cue == "" and not cont, fn, "term row with speaker/cue", snip)
            rows["quotes"].append({"source": fn, "start": s, "end": e, "text": text, "kind": kind,
                                   "speaker": spk, "cue": cue,
                                   "continuation": "true" if cont else "false", "notes": note})
        # nesting: spans nest properly or are disjoint
        for i, (a, b) in enumerate(quotes):
            for c, d in quotes[i + 1:]:
                check(d <= a or c >= b or (a <= c and d <= b), fn, "crossing quotes", a, c)
        # continuation rule check (top-level speech spans)
        top = [(q, r) for q, r in zip(quotes, rows["quotes"][-len(quotes):])
               if not any(o != q and o[0] <= q[0] and q[1] <= o[1] for o in quotes)]
        prev_spk = None
        for q, r in top:
            if r["kind"] != S:
                continue
            if r["continuation"] == "true":
                check(r["cue"] == "" and r["speaker"] == prev_spk, fn, "continuation rule", r["text"][:40])
            elif r["cue"] == "":
                check(r["speaker"] != prev_spk, fn, "cue-less same-speaker span marked false", r["text"][:40])
            prev_spk = r["speaker"]

        # mark inventory
        bounds = {s - 1 for s, e in quotes} | {e for s, e in quotes}
        n_apos = 0
        for i, ch in enumerate(raw):
            if ch not in ALL_MARKS:
                continue
            if i in bounds:
                continue
            ok = ch in "’'" and i > 0 and raw[i - 1].isalnum()
            check(ok, fn, "unaccounted mark", repr(raw[max(0, i - 20):i + 20]))
            n_apos += 1

        # timex
        dec = TIMEX[fn]
        check(len(dec) == len(timex), fn, "timex decisions", len(dec), "spans", len(timex))
        for (s, e), (snip, typ, val, mod, note) in zip(timex, dec):
            check(raw[s:e] == snip, fn, "timex", repr(snip), "vs", repr(raw[s:e]))
            check(typ in ("DATE", "TIME", "DURATION", "SET"), typ)
            rows["timex"].append({"source": fn, "start": s, "end": e, "text": raw[s:e], "type": typ,
                                  "value": val, "mod": mod, "notes": note})
        for (a, b), (c, d) in zip(timex, timex[1:]):
            check(b <= c, fn, "timex overlap", a, c)

        # themes
        dec = THEMES[fn]
        check(len(dec) == len(body), fn, "theme decisions", len(dec), "paragraphs", len(body))
        for (s, e), (snip, *codes, neg, note) in zip(body, dec):
            text = raw[s:e]
            check(text.startswith(snip), fn, "theme snippet", repr(snip), "vs", repr(text[:40]))
            row = {"source": fn, "start": s, "end": e, "text": text}
            for col, v in zip(THEME_COLS, codes):
                check(v in (0, 1), col)
                row[col] = v
            for t in filter(None, neg.split(";")):
                check(row[t] == 1, fn, "negated theme not coded 1", t)
            row["negated"], row["notes"] = neg, note
            rows["themes_v2"].append(row)

    heads = {
        "sentences": ["source", "start", "end", "text"],
        "quotes": ["source", "start", "end", "text", "kind", "speaker", "cue", "continuation", "notes"],
        "timex": ["source", "start", "end", "text", "type", "value", "mod", "notes"],
        "themes_v2": ["source", "start", "end", "text"] + THEME_COLS + ["negated", "notes"],
    }
    for name, rs in rows.items():
        # rows grouped by article (FILES order) and sorted by start within it
        for fn in FILES:
            starts = [r["start"] for r in rs if r["source"] == fn]
            check(starts == sorted(starts), name, fn, "not sorted")
        with open(os.path.join(HERE, name + ".csv"), "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=heads[name])
            w.writeheader()
            w.writerows(rs)
    with open(os.path.join(out_dir, "metadata.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["file", "date"])
        for fn in FILES:
            w.writerow([fn, DATES[fn]])
    # re-read and verify offsets
    for name in rows:
        with open(os.path.join(HERE, name + ".csv"), encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                raw = open(os.path.join(out_dir, r["source"]), encoding="utf-8").read()
                check(raw[int(r["start"]):int(r["end"])] == r["text"], name, r["source"], r["start"])
    print({k: len(v) for k, v in rows.items()})


if __name__ == "__main__":
    main()
