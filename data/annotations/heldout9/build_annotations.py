"""Build the heldout9 gold files from the hand-marked texts and hand decisions.

Markers in marked/<file>.txt (written by hand with the article):
  ¦      boundary between two sentences of one paragraph
  « »    just inside the quotation marks of every quotation span
  ⟨ ⟩    around every temporal expression
The script strips the markers (the result is data/heldout9/<file>.txt, written here), computes
offsets from marker positions and pairs each span / body paragraph, in text order, with the hand
decision listed below (each decision carries a snippet checked against its span).

Run: /work/main/.venv/bin/python data/annotations/heldout9/build_annotations.py
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
TEXT_DIR = os.path.join(ROOT, "data", "heldout9")
MARKED = os.path.join(HERE, "marked")

FILES = [
    "heldout9_reshuffle.txt",
    "heldout9_nato_summit.txt",
    "heldout9_chilcot_anniversary.txt",
    "heldout9_gaza_aid_committee.txt",
    "heldout9_welfare_minister.txt",
]

# ---------------------------------------------------------------------------------------------
# Hand decisions.
# quotes: (snippet_start, kind, speaker, cue, continuation, note)
# timex:  (snippet, type, value, mod, note)           snippet must equal the whole span
# themes: (snippet_start, SR, PF, IRAQ, IP, AUS, negated, note)
# ---------------------------------------------------------------------------------------------
Q, T, TH = {}, {}, {}

# 1. Reshuffle analysis (published Tue 2026-09-08; the reshuffle was Mon 2026-09-07)
Q["heldout9_reshuffle.txt"] = [
    ("the clear-out we should", "speech", "one of Daniel Harcourt’s own aides", "describe", False,
     "partial quotation worked into the sentence; describing the day ... as"),
    ("We have stopped pretending", "speech", "another aide", "tell", False,
     "'Another was blunter ... he told me': description completed with the implied noun (aide)"),
    ("I was asked to deliver", "speech", "Joanna Pryce", "read", False,
     "her written statement; 'it read' — speaker is the statement's author"),
    ("If loyalty now means", "speech", "Joanna Pryce", "", True, "cue-less second sentence of the statement"),
    ("the government in waiting", "speech", "one of Pryce’s allies", "describe", False,
     "nickname for the group, but uttered by a specific source ('one of them described ... as'): speech by the decision rule; 'them' = Pryce's allies"),
    ("actively thinking about", "speech", "a member of the group", "say", False, "partial quotation in indirect speech"),
    ("She was sacked", "speech", "a member of the group", "say", False, "'the MP said' = the member of the group just mentioned"),
    ("People in my constituency", "speech", "a member of the group", "", True, ""),
    ("no rebellion, only", "speech", "Martin Sowerby", "tell", False,
     "told a meeting ... that there was '...'; 'according to two people present' is the writer's sourcing, not the speaker"),
    ("fewer than 20", "speech", "one whip", "put", False, "'put the number ... at' as the reporting verb"),
    ("You cannot run a country", "speech", "one cabinet minister", "say", False,
     "inverted tag 'said one cabinet minister who survived the cull'"),
    ("Daniel has finally decided", "speech", "one cabinet minister", "", True, ""),
    ("whose party this is", "term", "", "", False,
     "'That phrase – ... –': the minister's words taken up as a phrase under discussion, not a new utterance"),
    ("press ahead", "speech", "the Department for Work and Pensions", "confirm", False,
     "'her department confirmed'; the department is named in paragraph 2; borderline with Priya Lal"),
    ("This is about delivery", "speech", "the Prime Minister’s official spokesman", "tell", False, ""),
    ("The Prime Minister has picked", "speech", "the Prime Minister’s official spokesman", "", True, ""),
    ("We lost today", "speech", "one veteran of the group", "say", False, "inverted tag"),
    ("But nobody remembers", "speech", "one veteran of the group", "", True, "two sentences in one span"),
]
T["heldout9_reshuffle.txt"] = [
    ("a little over six hours", "DURATION", "PT6H", "MORE_THAN", "'a little over' as modifier inside the extent"),
    ("yesterday", "DATE", "2026-09-07", "", "publication Tue 2026-09-08"),
    ("the early evening", "TIME", "2026-09-07TEV", "START", "early + part of day -> START"),
    ("two years ago", "DATE", "2024", "", "inside the aide's quotation, said on 2026-09-07"),
    ("July last year", "DATE", "2025-07", "", "since July last year"),
    ("Monday morning", "TIME", "2026-09-07TMO", "", "until Monday morning = the reshuffle day"),
    ("4.15pm", "TIME", "2026-09-07T16:15", "", "released at 4.15pm (on the reshuffle day)"),
    ("now", "DATE", "PRESENT_REF", "", "inside Pryce's statement"),
    ("every Tuesday", "SET", "XXXX-WXX-2", "", ""),
    ("the evening", "TIME", "2026-09-07TEV", "", "spent the evening (of the reshuffle day)"),
    ("next month", "DATE", "2026-10", "", "the welfare bill returns next month"),
    ("Now", "DATE", "PRESENT_REF", "", "inside the MP's quotation"),
    ("that night", "TIME", "2026-09-07TNI", "", ""),
    ("two years", "DURATION", "P2Y", "", "For two years"),
    ("the coming weeks", "DURATION", "PXW", "", "vague span of weeks, as 'these critical weeks'; alternative FUTURE_REF"),
    ("this autumn", "DATE", "2026-FA", "", ""),
    ("this morning", "TIME", "2026-09-08TMO", "", "publication day"),
    ("last night", "TIME", "2026-09-07TNI", "", ""),
    ("today", "DATE", "2026-09-07", "", "literal day inside a quotation spoken 'last night' (the reshuffle day), not the publication day"),
]
TH["heldout9_reshuffle.txt"] = [
    ("It took the Prime Minister", 0, 1, 0, 0, 0, "", "aides on clearing out the soft left"),
    ("The biggest casualty", 0, 1, 0, 0, 1, "",
     "PF: sacked bridge to the soft left; AUS: statement on cuts to disability support"),
    ("The statement does not name", 0, 1, 0, 0, 1, "",
     "PF: organised wing, 'government in waiting', threatened revolt; AUS: welfare bill, Universal Credit cuts"),
    ("The whips, for their part", 0, 1, 0, 0, 0, "", "whips and the size of the backbench revolt"),
    ("To Harcourt’s allies", 0, 1, 0, 0, 0, "",
     "right vs soft left; AUS 0 (borderline): two-child limit, winter fuel named only as items in a list of factional concessions"),
    ("That phrase", 0, 1, 0, 0, 1, "",
     "PF: opponents as a faction to be beaten; AUS 1 (borderline): the new secretary will press ahead with the disability (welfare) reforms"),
    ("Downing Street insists", 0, 1, 0, 0, 0, "party_factionalism",
     "every statement about the theme is a denial ('none of this is factional', 'not about wings of the party')"),
    ("Few at Westminster", 0, 1, 0, 0, 0, "", "soft left preparing a leadership contest"),
]

# 2. NATO summit dispatch (published Wed 2026-07-08)
Q["heldout9_nato_summit.txt"] = [
    ("The relationship between our two", "speech", "Daniel Harcourt", "say", False, ""),
    ("It’s been tested before", "speech", "Daniel Harcourt", "", True, ""),
    ("have a frank conversation", "speech", "Tom Whitaker", "promise", False,
     "'a president ... promising, in his own words, to'; full name given in the next sentence"),
    ("the word “freeloader”", "speech", "Daniel Harcourt", "tell", False,
     "the Prime Minister's words to the president as relayed by the official ('said the Prime Minister had told the president ... that'): speaker is the person quoted, as Rees inside Akehurst's argument; borderline with 'a senior British official'"),
    ("freeloader", "term", "", "", False, "nested word under discussion ('the word ...')"),
    ("He took it well", "speech", "a senior British official", "add", False, "colon after 'The official added'; speaker change from Harcourt"),
    ("an ironclad commitment", "speech", "the 32 allies", "reaffirm", False,
     "the communiqué (a document) 'reaffirms': speaker = its authors, as a joint statement"),
    ("the gravest and most persistent", "speech", "the 32 allies", "name", False, "'names Russia as'; own cue; ’ in alliance’s is an apostrophe"),
    ("burden-sharing is measured", "speech", "the 32 allies", "say", False, "'says that'"),
    ("because the British held", "speech", "one European diplomat", "say", False, "tag before the quotation"),
    ("We love the Brits", "speech", "a senior administration official", "say", False, "split quotation, first piece"),
    ("but love is not a line", "speech", "a senior administration official", "say", False, "split quotation: second piece carries the interposed cue"),
    ("The President asks a simple question", "speech", "a senior administration official", "", True,
     "cue-less after a narrator sentence of indirect speech ('He noted that ...'); three sentences"),
    ("Who turns up?", "speech", "Tom Whitaker", "ask", False, "nested question attributed to the President ('asks a simple question:')"),
    ("the British instinct", "speech", "Tom Whitaker", "call", False, "'what he called'"),
    ("We’ll take it", "speech", "one British official", "say", False, "'said one' = one of the British officials of the previous sentence"),
    ("that has never been closer", "speech", "one No 10 aide", "word", False, "'in the words of one No 10 aide': noun cue"),
    ("They talked about cricket", "speech", "one No 10 aide", "say", False, "'the aide said': own cue"),
    ("It used to be that", "speech", "one official", "say", False,
     "'One official who has attended every Nato summit since 2014 ... she said'"),
    ("Now they don’t ask", "speech", "one official", "", True, ""),
]
T["heldout9_nato_summit.txt"] = [
    ("less than an hour", "DURATION", "PT1H", "LESS_THAN", ""),
    ("Tuesday", "DATE", "2026-07-07", "", "publication Wed 2026-07-08"),
    ("before", "DATE", "PAST_REF", "", "deictic adverb: 'It's been tested before' = before now"),
    ("this week", "DATE", "2026-W28", "", ""),
    ("Monday night", "TIME", "2026-07-06TNI", "", ""),
    ("2035", "DATE", "2035", "", "by 2035"),
    ("five years", "DURATION", "P5Y", "", "within five years"),
    ("last week", "DATE", "2026-W27", "", ""),
    ("shortly after 2am on Wednesday", "TIME", "2026-07-08T02:00", "AFTER",
     "composite expression, one row; 'shortly after' -> AFTER"),
    ("the night", "TIME", "2026-07-07TNI", "", "through the night before the 2am agreement"),
    ("now", "DATE", "PRESENT_REF", "", ""),
    ("ten years’ time", "DATE", "2036", "", "in ten years' time, from 2026; ’ is an apostrophe inside a single-quoted span"),
    ("Wednesday morning", "TIME", "2026-07-08TMO", "", ""),
    ("months", "DURATION", "PXM", "", "had spent months"),
    ("Tuesday evening", "TIME", "2026-07-07TEV", "", ""),
    ("45 minutes", "DURATION", "PT45M", "", ""),
    ("2014", "DATE", "2014", "", "every Nato summit since 2014 (a set of events, only the year tagged)"),
    ("Now", "DATE", "PRESENT_REF", "", "inside the official's quotation"),
    ("tonight", "TIME", "2026-07-08TNI", "", ""),
]
TH["heldout9_nato_summit.txt"] = [
    ("The Prime Minister had been", 1, 0, 0, 0, 0, "", "Britain as America's closest ally; the relationship tested"),
    ("It is being tested", 1, 0, 0, 0, 0, "", "US president vs UK defence spending; Washington's demand"),
    ("A senior British official", 1, 0, 0, 0, 0, "", "PM's private words to the president"),
    ("The joint communiqué", 1, 0, 0, 0, 0, "", "British vs American negotiators over the communiqué line"),
    ("A senior administration official", 1, 0, 0, 0, 0, "", "US official on the Brits and the British army"),
    ("There was at least one moment", 1, 0, 0, 0, 0, "", "the two leaders at the Ukraine session"),
    ("Harcourt’s team insist", 1, 0, 0, 0, 0, "",
     "state of the relationship; IP 0: Gaza only named as a dinner topic in passing"),
    ("Yet the anxiety", 1, 0, 0, 0, 0, "", "Americans no longer asking the British"),
]

# 3. Chilcot anniversary essay (published Mon 2026-07-06, ten years after 2016-07-06)
Q["heldout9_chilcot_anniversary.txt"] = [
    ("firm", "speech", "a member of the panel", "ask", False,
     "one word of the panel member's question ('Asked by a member of the panel whether ... had been'); speech by the decision rule, borderline with term"),
    ("I heard it", "speech", "Martin Greaves", "say", False, ""),
    ("I was trying to think", "speech", "Martin Greaves", "", True, ""),
    ("The assessments were not wrong", "speech", "Martin Greaves", "tell", False, "evidence session, 'he told the inquiry'"),
    ("Each one leaned", "speech", "Martin Greaves", "", True, ""),
    ("dodgy dossier", "term", "", "", False, "nickname of a document"),
    ("We’d waited seven years", "speech", "Carol Denning", "say", False, "present-tense 'she says now'"),
    ("And then they said it", "speech", "Carol Denning", "", True, ""),
    ("I want to know that", "speech", "Carol Denning", "", True,
     "cue-less after narration; the narrator's 'she says' in the paragraph's first sentence governs indirect speech, not this span"),
    ("They won’t, of course", "speech", "Carol Denning", "", True, "after 'She laughs' (not a reporting verb)"),
    ("We had 12 years", "speech", "Martin Greaves", "tell", False, "speaker change from Denning"),
    ("People want a villain", "speech", "Martin Greaves", "say", False, ""),
    ("The truth is worse", "speech", "Martin Greaves", "", True, ""),
    ("Chilcot checklist", "term", "", "", False, "label of a procedure"),
    ("Another year.", "speech", "Carol Denning", "say", False, "'she says only:'; speaker change from Greaves"),
]
T["heldout9_chilcot_anniversary.txt"] = [
    ("Ten years", "DURATION", "P10Y", "", "title; N units + after + event: measure phrase only"),
    ("Ten years ago today", "DATE", "2016-07-06", "", "one expression; publication 2026-07-06, the report's release 2016-07-06"),
    ("a little under an hour", "DURATION", "PT1H", "LESS_THAN", ""),
    ("seven years", "DURATION", "P7Y", "", "the inquiry took seven years"),
    ("2003", "DATE", "2003", "", "the 2003 invasion: the year inside an event description"),
    ("between 2009 and 2011", "DATE", "2009/2011", "", "range, 'between' included"),
    ("2002", "DATE", "2002", "", ""),
    ("a wet afternoon in January 2010", "TIME", "2010-01-XXTAF", "", "composite; day not given"),
    ("all day", "DURATION", "P1D", "", "inside the quotation ('would not take all day'); idiomatic but a length of time"),
    ("the autumn of 2002", "DATE", "2002-FA", "", ""),
    ("May 2006", "DATE", "2006-05", "", ""),
    ("three weeks", "DURATION", "P3W", "", "three weeks before his 24th birthday: relational word and event outside"),
    ("that morning", "TIME", "2016-07-06TMO", "", "the morning the report was read out"),
    ("seven years", "DURATION", "P7Y", "", "inside Denning's quotation"),
    ("now", "DATE", "PRESENT_REF", "", "she says now"),
    ("the next day", "DATE", "2016-07-07", "", "the day after the report's publication"),
    ("now", "DATE", "PRESENT_REF", "", "now retired"),
    ("2010", "DATE", "2010", "", ""),
    ("12 years", "DURATION", "P12Y", "", "inside quotation"),
    ("about six weeks", "DURATION", "P6W", "APPROX", "inside quotation; 'about' as modifier inside the extent"),
    ("last month", "DATE", "2026-06", "", ""),
    ("A decade", "DURATION", "P1DE", "", "'A decade on': measure phrase, 'on' (= after) outside"),
    ("2017", "DATE", "2017", "", ""),
    ("Another year", "DURATION", "P1Y", "", "inside the quotation: another year has passed; borderline"),
]
TH["heldout9_chilcot_anniversary.txt"] = [
    ("Ten years ago today", 0, 0, 1, 0, 0, "", "the Iraq Inquiry report and the 2003 invasion"),
    ("Those who sat through", 0, 0, 1, 0, 0, "", "inquiry evidence on the Iraq intelligence"),
    ("The answer, when it came", 0, 0, 1, 0, 0, "", "assessments, the dossiers, Saddam's weapons"),
    ("For Carol Denning", 0, 0, 1, 0, 0, "", "son killed in Basra in 2006 (occupation), the report's reading"),
    ("She is not interested", 0, 0, 1, 0, 0, "", "legality of the war, intelligence before war"),
    ("Greaves, now retired", 1, 0, 1, 0, 0, "",
     "IRAQ: intelligence machinery; SR 1 (borderline): Blair's belief he could steer the special relationship from the inside (influence of one on the other)"),
    ("A decade on", 0, 0, 1, 0, 0, "",
     "the report's legacy, the Chilcot checklist and intelligence before deployments"),
]

# 4. Select committee hearing on Gaza aid (published Wed 2026-03-18; hearing Tue 2026-03-17)
Q["heldout9_gaza_aid_committee.txt"] = [
    ("everything in its power", "speech", "Hamish Cole", "insist", False,
     "the minister is named in paragraph 6 ('The minister, Hamish Cole')"),
    ("no anaesthetic", "speech", "a doctor in Khan Younis", "write", False, "letter read out by the chair"),
    ("I would like our witnesses", "speech", "Fiona Galbraith", "say", False, ""),
    ("The problem is not the funding", "speech", "Samir Haddad", "say", False, "'Dr' is a title, not part of the name"),
    ("It is the checkpoint", "speech", "Samir Haddad", "", True, "three sentences, the last a fragment"),
    ("no credible evidence", "speech", "Ruth Ellison", "say", False, "fronted partial quotation, 'she said'"),
    ("Diversion is a serious", "speech", "Ruth Ellison", "say", False, ""),
    ("But I'd ask the committee", "speech", "Ruth Ellison", "", True, "straight ' in I'd and it's are apostrophes"),
    ("With respect,", "speech", "Graham Whitlow", "say", False, ""),
    ("no credible evidence", "term", "", "", False,
     "nested, Whitlow holds Ellison's phrase at a distance as a formula ('is what people say'): term; borderline with speech of Ruth Ellison"),
    ("at every level", "speech", "Hamish Cole", "tell", False, "told the committee that ..."),
    ("Access is improving", "speech", "Hamish Cole", "say", False, ""),
    ("I'm not going to sit here", "speech", "Hamish Cole", "", True, ""),
    ("talks to all its partners", "speech", "Hamish Cole", "say", False,
     "'saying only that the UK ...'; 'all the time' inside = 'constantly', not a timex"),
    ("protected", "speech", "Hamish Cole", "say", False, "one-word partial quotation; 'Cole said Gaza had been'"),
    ("Protected means we lose", "speech", "Samir Haddad", "say", False, ""),
    ("Our Sudan programme", "speech", "Samir Haddad", "", True, ""),
    ("uncomfortable reading", "speech", "Fiona Galbraith", "say", False, "'said afterwards that ... make'"),
    ("Let Gaza Live", "term", "", "", False, "slogan on placards ('placards reading'): title/slogan, not an utterance"),
]
T["heldout9_gaza_aid_committee.txt"] = [
    ("Tuesday", "DATE", "2026-03-17", "", "publication Wed 2026-03-18"),
    ("more than a fortnight", "DURATION", "P2W", "MORE_THAN", ""),
    ("October", "DATE", "2025-10", "", "since October, the most recent October before March 2026"),
    ("January", "DATE", "2026-01", "", "since January"),
    ("48 hours", "DURATION", "PT48H", "", "48 hours' notice; the ' after hours is an apostrophe outside the extent"),
    ("every week", "SET", "P1W", "", ""),
    ("last year", "DATE", "2025", "", "Ellison's reply, indirect speech"),
    ("48 hours", "DURATION", "PT48H", "", "within 48 hours of an allegation"),
    ("the same week", "DATE", "2025-WXX", "", "the week of the (undated) allegation last year"),
    ("this month", "DATE", "2026-03", "", ""),
    ("2027", "DATE", "2027", "", "by 2027"),
    ("last year", "DATE", "2025", "", "inside Haddad's quotation"),
    ("July", "DATE", "2026-07", "", "report in July"),
]
TH["heldout9_gaza_aid_committee.txt"] = [
    ("Aid agencies told MPs", 0, 0, 0, 1, 0, "", "aid held at the crossings into Gaza"),
    ("The International Development Committee", 0, 0, 0, 1, 0, "", "Gaza hospital conditions from a Khan Younis doctor"),
    ("Dr Samir Haddad", 0, 0, 0, 1, 0, "", "Israeli checkpoints and inspections"),
    ("Ruth Ellison, policy director", 0, 0, 0, 1, 0, "", "diversion of aid by Hamas"),
    ("Whitlow was not satisfied", 0, 0, 0, 1, 0, "", "diversion evidence; partner in Gaza City suspended"),
    ("The minister, Hamish Cole", 1, 0, 0, 1, 0, "",
     "IP: pressing the Israeli government on crossings; SR 1 (borderline): whether London asked Washington to lean on Israel, declined (not denied)"),
    ("Pressed by Galbraith", 0, 0, 0, 1, 1, "",
     "IP: Gaza's share of aid; AUS 1 (borderline): the cut to the aid budget is a public spending cut and its effects"),
    ("The committee will publish", 0, 0, 0, 1, 0, "",
     "IP 1 (borderline): the committee's Gaza report and the protesters' 'Let Gaza Live' placards"),
]

# 5. Welfare minister interview (published Thu 2025-11-20)
Q["heldout9_welfare_minister.txt"] = [
    ("It’s the job", "speech", "Alan Merrick", "say", False, ""),
    ("If I wanted to be liked", "speech", "Alan Merrick", "", True, ""),
    ("People think it’s about choices", "speech", "Kerry", "say", False, "first name only"),
    ("I had a choice", "speech", "Kerry", "", True, ""),
    ("the single most effective", "speech", "the Northern Poverty Forum", "call", False, "'The report calls': speaker = the charity that published it"),
    ("Nobody in this department", "speech", "Alan Merrick", "say", False, ""),
    ("But every pound", "speech", "Alan Merrick", "", True, ""),
    ("colleagues with good hearts", "speech", "Alan Merrick", "call", False, "'He calls them'"),
    ("rebels", "term", "", "", False, "a label he pointedly does not use"),
    ("Alan is a decent man", "speech", "one of the Labour backbenchers", "", False,
     "'One of them ... is less diplomatic:' — colon after a verbless frame, no reporting verb: cue empty; new speaker"),
    ("We used to see people", "speech", "Denise Hollins", "say", False, ""),
    ("Now we see people in work", "speech", "Denise Hollins", "", True, "five sentences incl. fragments"),
    ("Eighteen months of my life", "speech", "Tom", "say", False, "first name only"),
    ("firm but fair", "speech", "Alan Merrick", "line", False, "'the minister's line that the system is': noun cue"),
    ("Firm, yes.", "speech", "Tom", "", False,
     "cue-less after 'he laughs' (not a reporting verb); speaker change from Merrick's 'firm but fair'"),
    ("I’d want to look at that", "speech", "Alan Merrick", "say", False, ""),
    ("These reforms will be judged", "speech", "Alan Merrick", "", True, "'Then, recovering:' has no reporting verb"),
]
T["heldout9_welfare_minister.txt"] = [
    ("six hours", "DURATION", "PT6H", "", ""),
    ("a grey Tuesday afternoon", "TIME", "2025-11-18TAF", "",
     "annotator's judgement: the Tuesday of the publication week (publication Thu 2025-11-20)"),
    ("last spring", "DATE", "2025-SP", "", "from November 2025, the spring of this year"),
    ("Now", "DATE", "PRESENT_REF", "", "inside Kerry's quotation"),
    ("every single month", "SET", "P1M", "", ""),
    ("this week", "DATE", "2025-W47", "", ""),
    ("now", "DATE", "PRESENT_REF", "", ""),
    ("every year", "SET", "P1Y", "", "every year the policy stays in place"),
    ("the past decade", "DURATION", "P1DE", "", "inside the report's quotation"),
    ("September", "DATE", "2025-09", "", ""),
    ("Christmas", "DATE", "2025-12-25", "", "before Christmas (the coming one)"),
    ("2013", "DATE", "2013", "", "since 2013"),
    ("first year", "DATE", "2013", "", "'her first year' (possessive outside) = 2013, the food bank's first year"),
    ("Last year", "DATE", "2024", "", ""),
    ("this winter", "DATE", "2025-WI", "", ""),
    ("Now", "DATE", "PRESENT_REF", "", "inside Hollins's quotation"),
    ("last Friday", "DATE", "2025-11-14", "", ""),
    ("two years ago", "DATE", "2023", "", ""),
    ("March", "DATE", "2025-03", "", "assessment in March (this year)"),
    ("next April", "DATE", "2026-04", "", ""),
    ("Eighteen months", "DURATION", "P18M", "", "inside Tom's quotation"),
    ("five years", "DURATION", "P5Y", "", "judged over five years"),
    ("five minutes", "DURATION", "PT5M", "", ""),
]
TH["heldout9_welfare_minister.txt"] = [
    ("Alan Merrick has a habit", 0, 0, 0, 0, 1, "", "welfare reforms pushing families into poverty"),
    ("Kerry doesn’t have an office", 0, 0, 0, 0, 1, "", "two-child limit, heating vs school shoes"),
    ("Her story is not unusual", 0, 0, 0, 0, 1, "", "charity's child poverty figures"),
    ("Merrick does not dispute", 0, 1, 0, 0, 1, "",
     "AUS: poverty and spending; PF: backbench letter, 'rebels', 'people on the right of the party'"),
    ("Denise Hollins has run", 0, 0, 0, 0, 1, "", "food bank use and in-work poverty"),
    ("Tom, 52,", 0, 0, 0, 0, 1, "", "disability assessment and appeal (welfare)"),
    ("Put Tom’s case to Merrick", 0, 1, 0, 0, 1, "",
     "AUS: the reforms; PF 1 (borderline): 'his own backbenches are counting' — one weak cue decided by article context (the backbench letter)"),
]

# ---------------------------------------------------------------------------------------------

OPEN_MARKS = {"“", "‘", '"', "'"}
CLOSE_MARKS = {"”", "’", '"', "'"}
ALL_MARKS = {"“", "”", "‘", "’", '"', "'"}


def parse(marked):
    out = []
    qstack, tstack = [], []
    quotes, timex, breaks = [], [], []
    for ch in marked:
        pos = len(out)
        if ch == "«":
            qstack.append(pos)
        elif ch == "»":
            quotes.append((qstack.pop(), pos))
        elif ch == "⟨":
            tstack.append(pos)
        elif ch == "⟩":
            timex.append((tstack.pop(), pos))
        elif ch == "¦":
            breaks.append(pos)
        else:
            out.append(ch)
    assert not qstack and not tstack, "unbalanced markers"
    return "".join(out), sorted(quotes), sorted(timex), breaks


def paragraphs(raw):
    """(start, end) of every non-empty line; line 0 is the title."""
    res, i = [], 0
    for line in raw.split("\n"):
        if line.strip():
            res.append((i, i + len(line)))
        i += len(line) + 1
    return res


def strip_span(raw, s, e):
    while s < e and raw[s].isspace():
        s += 1
    while e > s and raw[e - 1].isspace():
        e -= 1
    return s, e


def main():
    sent_rows, quote_rows, timex_rows, theme_rows = [], [], [], []
    inventory = {}
    for fn in FILES:
        marked = open(os.path.join(MARKED, fn), encoding="utf-8").read()
        raw, quotes, timex, breaks = parse(marked)
        with open(os.path.join(TEXT_DIR, fn), "w", encoding="utf-8") as f:
            f.write(raw)
        assert open(os.path.join(TEXT_DIR, fn), encoding="utf-8").read() == raw
        paras = paragraphs(raw)
        title, body = paras[0], paras[1:]
        # sentences
        for ps, pe in body:
            cuts = [ps] + [b for b in breaks if ps < b < pe] + [pe]
            prev_end = ps
            for a, b in zip(cuts, cuts[1:]):
                s, e = strip_span(raw, a, b)
                assert s < e, (fn, a, b)
                assert raw[prev_end:s].strip() == "", (fn, "gap", raw[prev_end:s])
                sent_rows.append({"source": fn, "start": s, "end": e, "text": raw[s:e]})
                prev_end = e
            assert raw[prev_end:pe].strip() == ""
        assert all(title[0] <= b <= title[1] or any(ps <= b <= pe for ps, pe in body) for b in breaks)
        # quotes
        qd = Q[fn]
        assert len(qd) == len(quotes), (fn, "quotes", len(qd), len(quotes))
        bound_marks = set()
        for (s, e), (snip, kind, spk, cue, cont, note) in zip(quotes, qd):
            text = raw[s:e]
            assert text.startswith(snip), (fn, snip, text[:40])
            assert raw[s - 1] in OPEN_MARKS, (fn, text[:30])
            bound_marks.add(s - 1)
            if e < len(raw) and raw[e] in CLOSE_MARKS:
                bound_marks.add(e)
            else:
                assert e == len(raw) or raw[e] == "\n", (fn, "unclosed span not at paragraph end", text[:30])
            assert kind in ("speech", "term")
            if kind == "term":
                assert not spk and not cue and not cont
            if cont:
                assert not cue
            quote_rows.append({"source": fn, "start": s, "end": e, "text": text, "kind": kind,
                               "speaker": spk, "cue": cue, "continuation": "true" if cont else "false",
                               "notes": note})
        # nesting: no crossing
        for (s1, e1) in quotes:
            for (s2, e2) in quotes:
                if s1 < s2 < e1:
                    assert e2 <= e1, (fn, "crossing quotes")
        # mark inventory
        inv = {"bound": 0, "apostrophe": 0}
        for i, ch in enumerate(raw):
            if ch not in ALL_MARKS:
                continue
            if i in bound_marks:
                inv["bound"] += 1
                continue
            before = raw[i - 1] if i else " "
            after = raw[i + 1] if i + 1 < len(raw) else " "
            ok = ch in ("’", "'") and before.isalnum() and (after.isalpha() or (before == "s" and after in " ,.;:"))
            assert ok, (fn, "unexplained mark", i, raw[i - 20:i + 20])
            inv["apostrophe"] += 1
        inventory[fn] = inv
        # timex
        td = T[fn]
        assert len(td) == len(timex), (fn, "timex", len(td), len(timex))
        last_end = -1
        for (s, e), dec in zip(timex, td):
            snip, typ, val, mod, note = dec[:5]
            text = raw[s:e]
            assert text == snip, (fn, snip, text)
            assert s >= last_end, (fn, "timex overlap", text)
            last_end = e
            assert typ in ("DATE", "TIME", "DURATION", "SET")
            timex_rows.append({"source": fn, "start": s, "end": e, "text": text, "type": typ,
                               "value": val, "mod": mod, "notes": note})
        # themes
        thd = TH[fn]
        assert len(thd) == len(body), (fn, "themes", len(thd), len(body))
        for (ps, pe), (snip, sr, pf, iq, ip, au, neg, note) in zip(body, thd):
            text = raw[ps:pe]
            assert text.startswith(snip), (fn, snip, text[:40])
            codes = dict(special_relationship=sr, party_factionalism=pf, iraq_war_intelligence=iq,
                         israel_palestine=ip, austerity_inequality=au)
            for n in [x for x in neg.split(";") if x]:
                assert codes[n] == 1
            theme_rows.append({"source": fn, "start": ps, "end": pe, "text": text, **codes,
                               "negated": neg, "notes": note})
    # general checks
    for rows in (sent_rows, quote_rows, timex_rows, theme_rows):
        for r in rows:
            raw = open(os.path.join(TEXT_DIR, r["source"]), encoding="utf-8").read()
            assert raw[r["start"]:r["end"]] == r["text"]
    for rows in (sent_rows, timex_rows, theme_rows):
        for a, b in zip(rows, rows[1:]):
            if a["source"] == b["source"]:
                assert a["end"] <= b["start"], ("overlap", a["text"][:30], b["text"][:30])
    for a, b in zip(quote_rows, quote_rows[1:]):
        if a["source"] == b["source"]:
            assert a["start"] < b["start"]

    def write(name, rows, cols):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=cols)
            w.writeheader()
            for r in rows:
                w.writerow({c: r[c] for c in cols})

    write("sentences.csv", sent_rows, ["source", "start", "end", "text"])
    write("quotes.csv", quote_rows, ["source", "start", "end", "text", "kind", "speaker", "cue", "continuation", "notes"])
    write("timex.csv", timex_rows, ["source", "start", "end", "text", "type", "value", "mod", "notes"])
    write("themes_v2.csv", theme_rows, ["source", "start", "end", "text", "special_relationship", "party_factionalism",
                                       "iraq_war_intelligence", "israel_palestine", "austerity_inequality", "negated", "notes"])
    print("sentences", len(sent_rows), "quotes", len(quote_rows), "timex", len(timex_rows), "themes", len(theme_rows))
    for fn, inv in inventory.items():
        print(fn, inv)


if __name__ == "__main__":
    main()
