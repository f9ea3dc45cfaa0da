"""Build the heldout13 texts and gold tables from the hand-marked files.

Markers in marked/<file>.txt (all removed from the published text):
  ¦      sentence boundary inside a body paragraph (placed right after the sentence's last char)
  « »    just inside the quotation marks of every quotation span (nesting allowed)
  ⟨ ⟩    around every temporal expression
Every span is paired, in text order, with a hand decision below that carries a snippet; the
script checks the snippet against the span. Run with the project's python (stdlib + pandas).
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SET = "heldout13"
TEXT_DIR = os.path.join(ROOT, "data", SET)

FILES = [
    "heldout13_budget_explainer.txt",
    "heldout13_leadership_diary.txt",
    "heldout13_ambassador_interview.txt",
    "heldout13_veterans_feature.txt",
    "heldout13_campus_encampment.txt",
]

DATES = {
    "heldout13_budget_explainer.txt": "2025-11-27",
    "heldout13_leadership_diary.txt": "2026-05-15",
    "heldout13_ambassador_interview.txt": "2026-06-18",
    "heldout13_veterans_feature.txt": "2026-03-19",
    "heldout13_campus_encampment.txt": "2026-05-20",
}

# Lines that are headings (not prose): no sentences, no theme rows; timex/quotes still read.
HEADINGS = {
    "heldout13_budget_explainer.txt": [
        "The Chancellor says the sums are fair to those who need help most",
        "A pensioners’ charity says the triple lock hides a harder winter",
        "The OBR’s report is less sure than the Chancellor that work will pay",
        "A single parent in Stockport has done her own sums",
    ],
}

# ---------------------------------------------------------------------------------------------
# Hand decisions. Quotes: (snippet = start of span, kind, speaker, cue, continuation, note)
# ---------------------------------------------------------------------------------------------
S, T = "speech", "term"
QUOTES = {
    "heldout13_budget_explainer.txt": [
        ("fair, and seen to be fair", S, "Helen Carrow", "promise", False, "promised ... that her Budget would be: partial quotation"),
        ("Every pound we ask", S, "Helen Carrow", "tell", False, "'she' = the Chancellor, Helen Carrow"),
        ("That is what a Labour Budget", S, "Helen Carrow", "", True, ""),
        ("rebalancing", S, "Treasury officials", "describe", False, "one word, but a specific source describes the savings as it: speech (decision rule), not the writer's scare quotes"),
        ("The headline rise is real", S, "Margaret Oduya", "say", False, "fronted quote, inverted tag 'said Margaret Oduya'"),
        ("A woman of 80 living alone", S, "Margaret Oduya", "", True, ""),
        ("not people who have ever thought", S, "Margaret Oduya", "add", False, "second that-clause governed by 'Oduya added'"),
        ("will leave the poorest fifth", S, "the Office for Budget Responsibility", "warn", False, "the report ('It', the OBR's Economic and Fiscal Outlook) warns; speaker given as the institution whose report it is"),
        ("The evidence that reassessment", S, "the Office for Budget Responsibility", "", True, "'the report is blunter still:' is a colon introducer without a reporting verb: no cue; same source continues"),
        ("This is not austerity.", S, "Helen Carrow", "say", False, ""),
        ("It’s the difference between", S, "Kayleigh", "say", False, "member of the public, first name only"),
        ("But I’ve read the bit about Pip", S, "Kayleigh", "", True, ""),
        ("contribution", T, "", "", False, "a word under discussion ('a word the Chancellor used twice'): term, although the Chancellor is said to have used it; borderline with speech"),
        ("Everyone on benefits has heard", S, "Kayleigh", "say", False, ""),
        ("It usually means they’re about", S, "Kayleigh", "", True, ""),
    ],
    "heldout13_leadership_diary.txt": [
        ("Spring Clean", T, "", "", False, "name of the WhatsApp group"),
        ("Well that was a bloodbath.", S, "a former minister", "read", False, "a WhatsApp message: 'was sent ... by a former minister, and reads in full:'"),
        ("I never count the letters", S, "Graham Pelling", "say", False, "Sir Graham Pelling; title left out of the name"),
        ("I barely count them", S, "Graham Pelling", "", True, ""),
        ("Spring Clean", T, "", "", False, "group name again (Arkwright's reported words, but a name)"),
        ("a leader who sounds like Reform", S, "Tom Arkwright", "tell", False, "partial quotation governed by 'tells me'"),
        ("They say the problem is", S, "Tom Arkwright", "say", False, ""),
        ("We lost Guildford", S, "Tom Arkwright", "", True, ""),
        ("Rob has to stop being polite,", S, "one MP", "write", False, "WhatsApp message"),
        ("Rob or bust.", S, "an MP elected in 2024", "", False, "'Another, from an MP elected in 2024, is shorter:' attributes by 'from' and a colon, no reporting verb: cue empty; new speaker"),
        ("He is completely loyal to Caroline,", S, "one of Quennell’s allies", "say", False, "'says one' completed with the noun the text implies (Quennell's allies)"),
        ("and he would like everyone", S, "one of Quennell’s allies", "say", False, "second piece of a split quotation: the interposed cue attributes both"),
        ("Rob or bust", T, "", "", False, "nested; the phrase mentioned as a slogan, not a reported utterance"),
        ("fiscal fog", S, "Caroline Hexley", "joke", False, "Hexley's own phrase in her PMQs joke; borderline with a term (a label for the Chancellor's policy)"),
        ("I’ll tell you what the problem is,", S, "a shadow cabinet minister", "say", False, "anonymous source"),
        ("Half of that group think", S, "a shadow cabinet minister", "", True, ""),
        ("Every time we change leader", S, "Lord Allingham", "say", False, "former party chairman; only named as Lord Allingham"),
        ("we’ve listened", S, "the Conservatives", "say", False, "nested: words Allingham puts in the party's mouth ('hears us say'), habitual/hypothetical speech"),
        ("By the fourth time", S, "Lord Allingham", "", True, ""),
        ("a loyalist to the idea", S, "Lord Allingham", "add", False, "partial quotation after 'he adds'"),
        ("If she is as strong as she says", S, "a backbencher first elected in 2015", "write", False, "the author of the forwarded message"),
        ("She won a mandate from the members,", S, "a spokesman", "say", False, "Hexley's team's spokesman"),
        ("It doesn’t expire because", S, "a spokesman", "", True, ""),
        ("somewhere in the low teens", S, "two sources", "hear", False, "'I hear from two sources': anonymous sources, cue hear"),
        ("Not yet.", S, "a former minister", "", False, "'a new message arrived, from the former minister whose message had opened the week:' no reporting verb; same person as the Monday message, but the previous speech span is the two sources"),
    ],
    "heldout13_ambassador_interview.txt": [
        ("You ask me about the special relationship", S, "Lyle B. Harmon", "say", False, ""),
        ("I'm starting to think", S, "Lyle B. Harmon", "", True, ""),
        ("The relationship was never going to be", S, "Lyle B. Harmon", "say", False, ""),
        ("It doesn't need to be.", S, "Lyle B. Harmon", "", True, ""),
        ("We got a deal done in weeks", S, "Lyle B. Harmon", "say", False, ""),
        ("Next we do the harder parts", S, "Lyle B. Harmon", "", True, ""),
        ("not trade away standards", S, "Anjali Mistry", "tell", False, "partial quotation in a that-clause of 'told the Commons foreign affairs committee'"),
        ("close, but not uncritical", S, "Anjali Mistry", "tell", False, "second that-clause governed by the same 'told'"),
        ("We are the United States' most capable", S, "Anjali Mistry", "say", False, "States' inside is a plural possessive apostrophe"),
        ("Every ambassador who comes to London", S, "Nicholas Fenwick", "tell", False, "Sir Nicholas Fenwick; 'he told me'"),
        ("The question is what happens", S, "Nicholas Fenwick", "", True, ""),
        ("We've been clear with our friends here.", S, "Lyle B. Harmon", "", False, "'On China he is emphatic:' topic introducer, no reporting verb; speaker changes from Fenwick"),
        ("The president thought it was a mistake", S, "Lyle B. Harmon", "say", False, ""),
        ("Friends disagree.", S, "Lyle B. Harmon", "", True, ""),
        ("the single best thing London has done", S, "Lyle B. Harmon", "say", False, "partial quotation with interposed 'he says'"),
        ("He said, 'Lyle", S, "Lyle B. Harmon", "", True, "Harmon's words after the narrator's 'He remembers the president's verdict': no cue of its own"),
        ("Lyle, the Brits finally picked up the check.", S, "the president", "say", False, "nested; the president is never named"),
        ("We spent years telling ourselves", S, "Nicholas Fenwick", "say", False, ""),
        ("Sometimes we were.", S, "Nicholas Fenwick", "", True, ""),
        ("He hated it here,", S, "Lyle B. Harmon", "say", False, ""),
        ("Said the English were rude", S, "Lyle B. Harmon", "", True, "Harmon reports Adams's view in indirect speech inside his own quotation"),
    ],
    "heldout13_veterans_feature.txt": [
        ("I got them down once", S, "Dean", "say", False, "veteran, first name only"),
        ("He asked if we found the weapons.", S, "Dean", "", True, ""),
        ("I blamed the lads", S, "Marcus", "say", False, ""),
        ("It took me a long time", S, "Marcus", "", True, ""),
        ("beyond doubt", S, "the government’s dossier", "tell", False, "a document 'told the public that ...'; the phrase is the published wording of the September 2002 dossier"),
        ("within 45 minutes of an order", S, "the government’s dossier", "tell", False, "second that-clause governed by the same 'told'"),
        ("the Church has had plenty to say", S, "Alan Pryce", "", False, "parenthetical quotation after 'He is careful about politics': attributed by context, no cue; new speaker after the dossier"),
        ("These men were told a story", S, "Alan Pryce", "say", False, "the Rev Alan Pryce; title left out"),
        ("When the story turned out", S, "Alan Pryce", "", True, ""),
        ("I voted on what I was shown,", S, "Ruth Hollings", "tell", False, "Dame Ruth Hollings; 'she told me'"),
        ("I was shown a dossier", S, "Ruth Hollings", "", True, ""),
        ("She got to ask questions,", S, "Marcus", "say", False, ""),
        ("We got to go.", S, "Marcus", "", True, ""),
        ("I told her to go for it,", S, "Dean", "say", False, "'he' = Dean (the previous paragraph ends on Dean and his daughter)"),
        ("I’d just want her to read", S, "Dean", "", True, ""),
    ],
    "heldout13_campus_encampment.txt": [
        ("tolerate intimidation", S, "Naomi Farrant", "warn", False, "'the Education Secretary warned'; named (Naomi Farrant) only later in the article"),
        ("helped build the machinery of occupation", S, "the protesters", "say", False, "'which they say has ...': they = the protesters"),
        ("made people more determined", S, "Amira", "say", False, "student, first name only"),
        ("We’ve had three meetings", S, "Amira", "say", False, ""),
        ("Meanwhile our friends’ families", S, "Amira", "", True, "friends’ inside is a plural possessive apostrophe, not a closing mark"),
        ("People assume that everyone Jewish", S, "Jonah", "say", False, ""),
        ("I don’t, and neither do plenty", S, "Jonah", "", True, ""),
        ("exhausted and anxious", S, "Jewish Society", "say", False, "the university's Jewish Society, in a statement"),
        ("Chants of “from the river to the sea”", S, "Jewish Society", "say", False, "'it said': it = the Jewish Society"),
        ("from the river to the sea", T, "", "", False, "nested; a slogan whose meaning the statement disputes: term, although named as a chant (borderline with speech)"),
        ("Jewish students have the same right", S, "Jewish Society", "", True, ""),
        ("baby-killer", S, "a man he did not recognise", "call", False, "one word, a specific source calling him it on an occasion: speech"),
        ("respects the right to peaceful protest", S, "Richard Okonedo", "say", False, "Professor Richard Okonedo, the vice-chancellor, in a statement"),
        ("reached the limits of what", S, "Richard Okonedo", "say", False, "second that-clause governed by 'said'"),
        ("We will not negotiate investment policy", S, "Richard Okonedo", "say", False, "'the statement said': the vice-chancellor's statement, speaker its author"),
        ("a last resort", S, "Richard Okonedo", "say", False, "'Okonedo said legal action ... would be'"),
        ("a duty, not a choice", S, "Naomi Farrant", "say", False, ""),
        ("I support the right to protest.", S, "Naomi Farrant", "say", False, ""),
        ("Nothing is off the table.", S, "Naomi Farrant", "say", False, "'Asked whether ..., she said:'"),
        ("expects every university to use", S, "a spokesperson for the Department for Education", "say", False, ""),
        ("within weeks", S, "a spokesperson for the Department for Education", "say", False, "second clause governed by the same 'said'; partial quotation"),
        ("Still here.", S, "a handwritten sign", "read", False, "written words of a sign whose author is not given: 'It read:'"),
    ],
}

# ---------------------------------------------------------------------------------------------
# Timex: (exact text, type, value, mod, note)
# ---------------------------------------------------------------------------------------------
D, TI, DU, SE = "DATE", "TIME", "DURATION", "SET"
TIMEX = {
    "heldout13_budget_explainer.txt": [
        ("yesterday", D, "2025-11-26", "", "the Budget day, the day before publication (2025-11-27)"),
        ("74 minutes", DU, "PT74M", "", ""),
        ("less than five minutes", DU, "PT5M", "LESS_THAN", "'less than' kept in the extent like 'nearly'"),
        ("April", D, "2026-04", "", "the April after the November 2025 Budget (start of the 2026-27 benefit year)"),
        ("September", D, "2025-09", "", "September's inflation figure; possessive ’s outside the extent"),
        ("April 2017", D, "2017-04", "", ""),
        ("two years", DU, "P2Y", "", ""),
        ("2030", D, "2030", "", "'to 2030': preposition outside, no range"),
        ("the summer", D, "2025-SU", "", "the summer before the November 2025 Budget"),
        ("the end of the decade", D, "202", "END", "end of the 2020s"),
        ("a harder winter", D, "2025-WI", "", "heading; the coming winter of 2025-26"),
        ("June", D, "2025-06", "", ""),
        ("April", D, "2026-04", "", "in Oduya's quotation"),
        ("2021", D, "2021", "", ""),
        ("this autumn", D, "2025-FA", "", ""),
        ("a year ago", D, "2024-FA", "", "compared with this autumn: autumn 2024 (alternative 2024-11)"),
        ("2028-29", D, "2028/2029", "", "fiscal year written as a range"),
        ("2029-30", D, "2029/2030", "", "fiscal year written as a range"),
        ("2024-25", D, "2024/2025", "", "fiscal year written as a range"),
        ("next year", D, "2026", "", ""),
        ("the early 2010s", D, "201", "START", ""),
        ("this morning", TI, "2025-11-27TMO", "", "publication day"),
        ("three days a week", SE, "P1W", "", "three days in each week (freq 3D)"),
        ("2019", D, "2019", "", ""),
        ("April", D, "2026-04", "", ""),
        ("before", D, "PAST_REF", "", "deictic adverb: 'has heard that before' = before now"),
        ("next autumn", D, "2026-FA", "", ""),
    ],
    "heldout13_leadership_diary.txt": [
        ("a week", DU, "P1W", "", "title: the length of the diary (an indefinite week)"),
        ("Monday", D, "2026-05-11", "", "diary week Mon 11 - Fri 15 May 2026 (published Friday 2026-05-15)"),
        ("Thursday", D, "2026-05-07", "", "the local elections the Thursday before; ’s outside the extent"),
        ("nine o’clock", TI, "2026-05-11T09:00", "", "morning by context (the first message at 6.52am)"),
        ("the summer", D, "2026-SU", "", ""),
        ("6.52am", TI, "2026-05-11T06:52", "", ""),
        ("that afternoon", TI, "2026-05-11TAF", "", ""),
        ("Tuesday", D, "2026-05-12", "", ""),
        ("Thursday", D, "2026-05-07", "", "in Arkwright's quotation: election day"),
        ("the evening", TI, "2026-05-12TEV", "", "Tuesday evening"),
        ("2024", D, "2024", "", ""),
        ("Wednesday", D, "2026-05-13", "", ""),
        ("today", D, "2026-05-13", "", "a literal day (Wednesday's PMQs), not 'nowadays'"),
        ("a month ago", D, "2026-04", "", ""),
        ("18 months ago", D, "2024-11", "", "18 months before May 2026"),
        ("Thursday", D, "2026-05-14", "", "diary entry"),
        ("from 2019 to 2021", D, "2019/2021", "", "range, 'from' included"),
        ("a decade", DU, "P1DE", "", ""),
        ("2022", D, "2022", "", ""),
        ("seven weeks", DU, "P7W", "", ""),
        ("3.10pm", TI, "2026-05-14T15:10", "", "inside the Thursday entry"),
        ("the end of June", D, "2026-06", "END", "'by' outside the extent"),
        ("2015", D, "2015", "", ""),
        ("Friday", D, "2026-05-15", "", ""),
        ("now", D, "PRESENT_REF", "", ""),
        ("Sunday", D, "2026-05-17", "", "the coming Sunday's papers"),
        ("7.40 this morning", TI, "2026-05-15T07:40", "", "one composite expression"),
        ("the week", D, "2026-W20", "", "the diary's week, Mon 11 - Sun 17 May 2026 (ISO week 20)"),
    ],
    "heldout13_ambassador_interview.txt": [
        ("17 months", DU, "P17M", "", ""),
        ("last week", D, "2026-W24", "", "the week before publication (Thursday 2026-06-18, ISO week 25)"),
        ("January 2025", D, "2025-01", "", ""),
        ("days", DU, "PXD", "", "'days after the inauguration': measure phrase, relational word and event outside"),
        ("last May", D, "2025-05", "", "the May before last from June 2026; 'last May' read as May 2025, since May 2026 would be 'in May' or 'last month'"),
        ("weeks", DU, "PXW", "", ""),
        ("years", DU, "PXY", "", ""),
        ("Tuesday", D, "2026-06-16", "", ""),
        ("between 2013 and 2017", D, "2013/2017", "", "range, 'between' included"),
        ("last September", D, "2025-09", "", ""),
        ("2035", D, "2035", "", "'by' outside the extent"),
        ("a decade", DU, "P1DE", "", "inside the partial quotation"),
        ("last autumn", D, "2025-FA", "", ""),
        ("years", DU, "PXY", "", ""),
        ("1785", D, "1785", "", ""),
        ("Two hundred and forty years later", D, "2025", "APPROX", "measure + 'later' with no event complement is one DATE (like 'a week later'); anchored on 1785, a round figure for the present"),
    ],
    "heldout13_veterans_feature.txt": [
        ("Twenty-three years", DU, "P23Y", "", "title; 'after Basra' (event) outside the extent"),
        ("20 March 2003", D, "2003-03-20", "", ""),
        ("now", D, "PRESENT_REF", "", ""),
        ("the first Thursday of every month", SE, "P1M", "", "monthly, on the first Thursday (XXXX-XX first Thursday)"),
        ("2011", D, "2011", "", ""),
        ("the summer of 2005", D, "2005-SU", "", ""),
        ("the next decade", DU, "P1DE", "", "'spent the next decade angry': a length of time"),
        ("a long time", DU, "PXY", "", "vague duration; unit assumed years from context (a decade)"),
        ("September 2002", D, "2002-09", "", ""),
        ("45 minutes", DU, "PT45M", "", "inside the dossier quotation; 'within' outside"),
        ("2016", D, "2016", "", ""),
        ("2020", D, "2020", "", "'since' outside"),
        ("18 March 2003", D, "2003-03-18", "", ""),
        ("every March", SE, "XXXX-03", "", "annual recurrence"),
        ("last month", D, "2026-02", "", "published 2026-03-19"),
        ("last year", D, "2025", "", ""),
    ],
    "heldout13_campus_encampment.txt": [
        ("fourth week", D, "2026-W21", "", "title; the encampment's fourth week (from 27 April: 18-24 May 2026); possessive 'its' outside"),
        ("the summer", D, "2026-SU", "", "'until' outside"),
        ("yesterday", D, "2026-05-19", "", "published Wednesday 2026-05-20"),
        ("27 April", D, "2026-04-27", "", "'since' outside"),
        ("almost three weeks", DU, "P3W", "LESS_THAN", ""),
        ("most evenings", SE, "XXXX-XX-XXTEV", "", "recurring evenings (quant 'most')"),
        ("Monday", D, "2026-05-18", "", ""),
        ("last Thursday", D, "2026-05-14", "", ""),
        ("Tuesday evening", TI, "2026-05-19TEV", "", ""),
        ("the autumn", D, "2026-FA", "", ""),
        ("a month", DU, "P1M", "", "in Farrant's quotation"),
        ("the spring of 2024", D, "2024-SP", "", ""),
        ("last month", D, "2026-04", "", ""),
        ("now", D, "PRESENT_REF", "", ""),
        ("Tuesday", D, "2026-05-19", "", ""),
        ("weeks", DU, "PXW", "", "inside the quotation 'within weeks'; 'within' outside"),
        ("last night", TI, "2026-05-19TNI", "", ""),
        ("Day 23", D, "2026-05-19", "", "day count of the camp (day 1 = 27 April); written on a sign, inside the quotation"),
    ],
}

# ---------------------------------------------------------------------------------------------
# Themes per body paragraph: (snippet = start of paragraph, SR, PF, IRQ, IP, AUS, negated, note)
# ---------------------------------------------------------------------------------------------
THEMES = {
    "heldout13_budget_explainer.txt": [
        ("Helen Carrow promised", 0, 0, 0, 0, 1, "", "welfare changes in the Budget"),
        ("Carrow’s case is that", 0, 0, 0, 0, 1, "", "benefit uprating, two-child limit; 'a Labour Budget' is no factional content"),
        ("To pay for it", 0, 0, 0, 0, 1, "", "Pip cuts, threshold freeze, 'rebalancing'"),
        ("Pensioners are, on paper", 0, 0, 0, 0, 1, "", "pensioners' cost of living, winter fuel payment"),
        ("Oduya added that", 0, 0, 0, 0, 1, "", "debt calls, poverty, unclaimed pension credit"),
        ("The Office for Budget Responsibility’s", 0, 0, 0, 0, 1, "", "child poverty, poorest fifth's incomes"),
        ("Its forecasters put", 0, 0, 0, 0, 1, "", "spending falls compared with 2010s austerity; the Chancellor's denial ('This is not austerity') is one statement among others, so not negated"),
        ("Kayleigh, 31, works", 0, 0, 0, 0, 1, "", "single parent's benefits"),
        ("She is also wary", 0, 0, 0, 0, 1, "", "benefit claimants' view of 'contribution'"),
    ],
    "heldout13_leadership_diary.txt": [
        ("Monday, and the post-mortem", 0, 1, 0, 0, 0, "", "MPs' group discussing whether the leader survives"),
        ("Nobody, at this stage", 0, 1, 0, 0, 0, "", "letters for a confidence vote against the leader; more than the rules' mechanics (the count is the plot's progress)"),
        ("Tuesday. The moderates", 0, 1, 0, 0, 0, "", "One Nation moderates against the Reform-leaning group"),
        ("By the evening the group", 0, 1, 0, 0, 0, "", "MPs urging a rival to challenge; allies deny involvement"),
        ("Wednesday brings", 0, 1, 0, 0, 0, "", "borderline: thinner cheering and seven MPs with arms folded = dissent against the leader on her own benches"),
        ("Afterwards, in the corridor", 0, 1, 0, 0, 0, "", "shadow cabinet minister on the plotting group's two halves"),
        ("Thursday, and lunch", 0, 1, 0, 0, 0, "", "former chairman on plotters and serial leadership changes"),
        ("The WhatsApp group, meanwhile", 0, 1, 0, 0, 0, "", "demand to change the 1922 rules for an early confidence vote; the leader's team replies"),
        ("Friday. Sir Graham", 0, 1, 0, 0, 0, "", "letters count, plot that fizzled, 'Not yet'"),
    ],
    "heldout13_ambassador_interview.txt": [
        ("Lyle B. Harmon has been", 1, 0, 0, 0, 0, "", "US ambassador on British anxiety about the special relationship"),
        ("Harmon, 63, a former", 1, 0, 0, 0, 0, "", "biography, but then the state of the relationship since January 2025 (tariffs, Nato); Bush and Blair only a comparison, Iraq 0"),
        ("Does it work?", 1, 0, 0, 0, 0, "", "UK-US tariff agreement"),
        ("Not everyone in Whitehall", 1, 0, 0, 0, 0, "", "Foreign Office minister on standards and dependence on Washington"),
        ("Sir Nicholas Fenwick", 1, 0, 0, 0, 0, "", "former ambassador; Israel named only as an example of a possible disagreement: IP 0 (rule 2)"),
        ("Harmon is asked about", 1, 0, 0, 1, 0, "", "China and intelligence; UK recognition of a Palestinian state and the US rebuke: both SR and IP"),
        ("He is warmer about defence", 1, 0, 0, 0, 0, "", "defence pledge, the president's verdict"),
        ("Fenwick is unconvinced", 1, 0, 1, 0, 0, "", "Iraq borderline: one statement that on Iraq Britain was not listened to and still pays for it (run-up and aftermath as a UK-US matter)"),
        ("As I leave, Harmon", 1, 0, 0, 0, 0, "", "borderline: the first American minister in London, and the relationship's change since ('Everything else has')"),
    ],
    "heldout13_veterans_feature.txt": [
        ("Dean keeps his desert boots", 0, 0, 1, 0, 0, "", "invasion of 20 March 2003, no weapons found, the occupation's reception"),
        ("Dean is 42 now", 0, 0, 0, 0, 0, "", "colour: the veterans' group and their jobs; nothing about the war itself (rule 1)"),
        ("Marcus, who was a corporal", 0, 0, 1, 0, 0, "", "roadside bomb outside Basra (insurgency), blame for the decision"),
        ("That decision rested", 0, 0, 1, 0, 0, "", "the September 2002 dossier, no weapons, Chilcot"),
        ("The Rev Alan Pryce", 0, 0, 1, 0, 0, "", "chaplain on the dossier's story told to soldiers"),
        ("Dame Ruth Hollings", 0, 0, 1, 0, 0, "", "an MP's vote for the war on the dossier; a Labour backbencher's vote, no factional content"),
        ("Marcus is unimpressed", 0, 0, 1, 0, 0, "", "borderline: Marcus's retort on the vote ('She got to ask questions. We got to go.'); the Sandhurst sentences are colour"),
        ("“I told her to go for it,”", 0, 0, 1, 0, 0, "", "borderline, one weak cue ('every dossier'), decided by context: reading the war's justification"),
    ],
    "heldout13_campus_encampment.txt": [
        ("Students at the University of Bristol", 0, 0, 0, 1, 0, "", "Gaza encampment and the minister's warning"),
        ("Around 40 tents", 0, 0, 0, 1, 0, "", "divestment from arms to Israel, Technion, 'occupation'"),
        ("Amira, a third-year", 0, 0, 0, 1, 0, "", "families in Gaza bombed"),
        ("Jonah, a second-year", 0, 0, 0, 1, 0, "", "borderline: a Jewish student's view on 'this' (the conflict/protest), Jewish opinion tied to the conflict"),
        ("The university’s Jewish Society", 0, 0, 0, 1, 0, "", "antisemitism concerns tied to the protest, 'from the river to the sea'"),
        ("In a statement on Tuesday evening", 0, 0, 0, 1, 0, "", "borderline: the university's answer to the camp's demand (investment policy = holdings in arms suppliers to Israel), resolved from the article"),
        ("The Education Secretary, Naomi Farrant", 0, 0, 0, 1, 0, "", "minister on protecting Jewish students from the Gaza encampments"),
        ("Encampments appeared at more", 0, 0, 0, 1, 0, "", "background: the encampment wave and fighting in Gaza; the government's response"),
        ("At the camp last night", 0, 0, 0, 0, 0, "", "colour: the sign 'Still here. Day 23.' says nothing about the conflict (rule 1)"),
    ],
}

THEME_COLS = ["special_relationship", "party_factionalism", "iraq_war_intelligence",
              "israel_palestine", "austerity_inequality"]

OPEN_MARKS = {"“": "”", "‘": "’", '"': '"', "'": "'"}
ALL_MARKS = set("“”‘’\"'")


def parse(marked):
    out = []
    qstack, quotes = [], []
    tstart, timex = None, []
    bounds = []
    for ch in marked:
        pos = len(out)
        if ch == "«":
            qstack.append(pos)
        elif ch == "»":
            quotes.append((qstack.pop(), pos))
        elif ch == "⟨":
            assert tstart is None
            tstart = pos
        elif ch == "⟩":
            timex.append((tstart, pos))
            tstart = None
        elif ch == "¦":
            bounds.append(pos)
        else:
            out.append(ch)
    assert not qstack and tstart is None
    return "".join(out), sorted(quotes), timex, bounds


def paragraphs(raw, fname):
    """Return list of (start, end, kind) for each non-empty line; kind title/heading/body."""
    res, pos = [], 0
    heads = set(HEADINGS.get(fname, []))
    first = True
    for line in raw.split("\n"):
        if line.strip():
            kind = "title" if first else ("heading" if line in heads else "body")
            res.append((pos, pos + len(line), kind))
            first = False
        pos += len(line) + 1
    assert all(h in raw.split("\n") for h in heads), "heading not found"
    return res


def main():
    os.makedirs(TEXT_DIR, exist_ok=True)
    rows = {"sentences": [], "quotes": [], "timex": [], "themes": []}
    meta = []
    for fname in FILES:
        marked = open(os.path.join(HERE, "marked", fname), encoding="utf-8").read()
        raw, quotes, timex, bounds = parse(marked)
        with open(os.path.join(TEXT_DIR, fname), "w", encoding="utf-8") as f:
            f.write(raw)
        assert open(os.path.join(TEXT_DIR, fname), encoding="utf-8").read() == raw
        meta.append((fname, DATES[fname]))
        paras = paragraphs(raw, fname)

        # sentences: body paragraphs only, split at the hand-placed boundaries
        srows = []
        for (ps, pe, kind) in paras:
            bs = [b for b in bounds if ps <= b <= pe]
            if kind != "body":
                assert not bs, (fname, "boundary outside body", raw[ps:pe])
                continue
            cuts = [ps] + bs + [pe]
            for a, b in zip(cuts, cuts[1:]):
                seg = raw[a:b]
                lead = len(seg) - len(seg.lstrip())
                s, e = a + lead, a + len(seg.rstrip())
                assert e > s, (fname, a, b)
                srows.append((s, e))
            covered = "".join(raw[s:e] for s, e in srows if ps <= s < pe)
            assert covered.replace(" ", "") == raw[ps:pe].replace(" ", ""), (fname, ps)
        assert len(srows) == len(set(srows))
        for (s, e) in srows:
            rows["sentences"].append(dict(source=fname, start=s, end=e, text=raw[s:e]))

        # quotes
        dec = QUOTES[fname]
        assert len(dec) == len(quotes), (fname, len(dec), len(quotes),
                                         [raw[s:e][:30] for s, e in quotes])
        for (s, e), (snip, kind, spk, cue, cont, note) in zip(quotes, dec):
            text = raw[s:e]
            assert text.startswith(snip), (fname, snip, text[:60])
            o, c = raw[s - 1], raw[e] if e < len(raw) else ""
            # a piece running to the end of its paragraph may be unclosed
            assert o in OPEN_MARKS, (fname, text[:40], o)
            assert c == OPEN_MARKS[o], (fname, text[:40], o, c)
            if kind == "term":
                assert spk == "" and cue == "" and not cont
            rows["quotes"].append(dict(source=fname, start=s, end=e, text=text, kind=kind,
                                       speaker=spk, cue=cue,
                                       continuation="true" if cont else "false", notes=note))

        # quotation-mark inventory: every mark bounds a span or is an apostrophe
        bounding = set()
        for s, e in quotes:
            bounding.add(s - 1)
            bounding.add(e)
        inv = {}
        for i, ch in enumerate(raw):
            if ch not in ALL_MARKS:
                continue
            if i in bounding:
                use = "quote"
            else:
                prev = raw[i - 1] if i else " "
                nxt = raw[i + 1] if i + 1 < len(raw) else " "
                assert ch in "’'", (fname, i, raw[i - 20:i + 20])
                ok = prev.isalpha() and (nxt.isalpha() or (prev == "s" and not nxt.isalnum()))
                assert ok, (fname, "mark neither quote nor apostrophe", raw[i - 20:i + 20])
                use = "apostrophe"
            inv[(ch, use)] = inv.get((ch, use), 0) + 1
        print(fname, sorted(inv.items()))

        # timex
        dec = TIMEX[fname]
        assert len(dec) == len(timex), (fname, len(dec), len(timex), [raw[s:e] for s, e in timex])
        for (s, e), (snip, typ, val, mod, note) in zip(timex, dec):
            assert raw[s:e] == snip, (fname, snip, raw[s:e])
            rows["timex"].append(dict(source=fname, start=s, end=e, text=raw[s:e], type=typ,
                                      value=val, mod=mod, notes=note))

        # themes
        body = [(s, e) for s, e, k in paras if k == "body"]
        dec = THEMES[fname]
        assert len(dec) == len(body), (fname, len(dec), len(body))
        for (s, e), (snip, *codes, neg, note) in zip(body, dec):
            assert raw[s:e].replace("¦", "").startswith(snip), (fname, snip, raw[s:s + 40])
            for t in (neg.split(";") if neg else []):
                assert codes[THEME_COLS.index(t)] == 1
            r = dict(source=fname, start=s, end=e, text=raw[s:e])
            r.update(dict(zip(THEME_COLS, codes)))
            r.update(negated=neg, notes=note)
            rows["themes"].append(r)

    # general checks: raw[start:end] == text, sorted, no overlaps (per table, per file)
    for table, rs in rows.items():
        for fname in FILES:
            fr = [r for r in rs if r["source"] == fname]
            raw = open(os.path.join(TEXT_DIR, fname), encoding="utf-8").read()
            for r in fr:
                assert raw[r["start"]:r["end"]] == r["text"]
            starts = [r["start"] for r in fr]
            assert starts == sorted(starts), (table, fname)
            if table != "quotes":  # nested quotes are allowed, but must nest properly
                for a, b in zip(fr, fr[1:]):
                    assert a["end"] <= b["start"], (table, fname, a["text"][:30])
            else:
                for a in fr:
                    for b in fr:
                        if a is b:
                            continue
                        if a["start"] < b["start"] < a["end"]:
                            assert b["end"] <= a["end"], ("crossing quotes", a["text"][:30])

    cols = {
        "sentences": ["source", "start", "end", "text"],
        "quotes": ["source", "start", "end", "text", "kind", "speaker", "cue", "continuation", "notes"],
        "timex": ["source", "start", "end", "text", "type", "value", "mod", "notes"],
        "themes": ["source", "start", "end", "text"] + THEME_COLS + ["negated", "notes"],
    }
    names = {"sentences": "sentences.csv", "quotes": "quotes.csv", "timex": "timex.csv",
             "themes": "themes_v2.csv"}
    for table, rs in rows.items():
        with open(os.path.join(HERE, names[table]), "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=cols[table])
            w.writeheader()
            for r in rs:
                w.writerow(r)
        print(table, len(rs))
    with open(os.path.join(TEXT_DIR, "metadata.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["file", "date"])
        w.writerows(meta)


if __name__ == "__main__":
    sys.exit(main())
