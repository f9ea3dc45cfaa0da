"""Build the uk_dev10 texts and gold files from the hand-marked articles.

Markers in marked/<file>.txt (written by hand while writing each article):
  ¦     between two sentences of a paragraph
  « »   just inside the quotation marks of every quotation span
  ⟨ ⟩   around every temporal expression
The script strips the markers (writing data/uk_dev10/<file>.txt), computes offsets from the marker
positions, pairs every span and every body paragraph IN TEXT ORDER with the hand decisions below
(each decision carries a snippet that must start its span), verifies everything and writes
sentences.csv, quotes.csv, timex.csv and themes_v2.csv.

Run: /work/main/.venv/bin/python data/annotations/uk_dev10/build_annotations.py
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
TEXT_DIR = os.path.join(ROOT, "data", "uk_dev10")
MARKED = os.path.join(HERE, "marked")

FILES = [
    "uk_dev10_pmqs_sketch.txt",
    "uk_dev10_fringe_meeting.txt",
    "uk_dev10_trade_talks.txt",
    "uk_dev10_west_bank_delegation.txt",
    "uk_dev10_council_profile.txt",
]
DATES = {
    "uk_dev10_pmqs_sketch.txt": "2026-03-11",
    "uk_dev10_fringe_meeting.txt": "2025-09-29",
    "uk_dev10_trade_talks.txt": "2026-05-14",
    "uk_dev10_west_bank_delegation.txt": "2026-02-20",
    "uk_dev10_council_profile.txt": "2025-11-20",
}

T, F = "true", "false"

# ---------------------------------------------------------------- quotes
# (snippet, kind, speaker, cue, continuation, note)
QUOTES = {
    "uk_dev10_pmqs_sketch.txt": [
        ("difficult choices", "speech", "Daniel Harcourt", "answer", F,
         "the phrase he answered with last week: his words on an occasion, not a label"),
        ("Can the Prime Minister tell", "speech", "Rebecca Stanier", "ask", F, ""),
        ("this government will not be lectured", "speech", "Daniel Harcourt", "tell", F,
         "He told it [the House] ... that"),
        ("Fourteen years!", "speech", "the government benches", "cry", F,
         "heckle; noun cue 'came the cry from the government benches'"),
        ("He has been in office", "speech", "Rebecca Stanier", "say", F, ""),
        ("At some point the mess", "speech", "Rebecca Stanier", "", T, ""),
        ("on their own", "speech", "Laura Pym", "tell", F,
         "nested in Stanier's question; the chief secretary's words to council leaders"),
        ("The right honourable lady", "speech", "Daniel Harcourt", "say", F, ""),
        ("I gather half of her front bench", "speech", "Daniel Harcourt", "", T, ""),
        ("Rubbish!", "speech", "a Tory voice", "shout", F, ""),
        ("Order!", "speech", "the Speaker", "bellow", F, ""),
        ("Order. The honourable member", "speech", "the Speaker", "", T, ""),
        ("growth", "term", "", "", F,
         "scare quotes on the government's word, held at a distance by the Broadland member; no utterance reported"),
        ("Does my right honourable friend", "speech", "Maria Okonjo", "ask", F, "colon cue 'asked:'"),
        ("put record sums into the NHS", "speech", "Daniel Harcourt", "reply", F,
         "partial quotation inside reported speech"),
    ],
    "uk_dev10_fringe_meeting.txt": [
        ("Whose Party Is It Anyway?", "term", "", "", F, "title of the meeting"),
        ("Fifteen months into a Labour government", "speech", "Mick Doran", "say", F, ""),
        ("I don't say that to cause trouble", "speech", "Mick Doran", "", T, ""),
        ("the Downing Street machine", "speech", "Mick Doran", "call", F,
         "'what he called': his label, uttered on the occasion -> speech (decision rule)"),
        ("a problem to be managed", "speech", "Mick Doran", "accuse", F, ""),
        ("a wound that hasn't healed", "speech", "Mick Doran", "say", F, "apostrophe inside"),
        ("Progress with better biscuits", "speech", "a left-wing former shadow minister", "describe", F, ""),
        ("talking to itself", "speech", "Helen Varga", "argue", F, "partial quotation"),
        ("The lesson of the last fifteen years", "speech", "Helen Varga", "say", F, ""),
        ("When Labour fights itself", "speech", "Helen Varga", "", T, ""),
        ("Tory-lite", "term", "", "", F, "nested label Varga mentions and rejects"),
        ("It is Tory-lite!", "speech", "a man near the back", "shout", F, "colon cue 'shouted:'"),
        ("I'm happy to take questions", "speech", "Helen Varga", "say", F, "split quotation, piece 1"),
        ("though I suspect", "speech", "Helen Varga", "say", F, "split quotation, piece 2: interposed cue"),
        ("soft left, hard tired", "speech", "Priya Mandal", "describe", F, "'describes herself as'"),
        ("Nobody I knocked on a door for", "speech", "Priya Mandal", "say", F, ""),
        ("They asked me why", "speech", "Priya Mandal", "", T, ""),
        ("The time we spend arguing", "speech", "Priya Mandal", "add", F, ""),
        ("try the same stitch-up again", "speech", "a woman from the Wirral", "ask", F, ""),
        ("consulted", "speech", "a man near the back", "ask", F,
         "the man in the T-shirt = the heckler 'a man near the back'; his word in his question (borderline scare quotes)"),
        ("We don't run the party", "speech", "Helen Varga", "say", F, ""),
        ("If we did, the sandwiches", "speech", "Helen Varga", "", T, ""),
        ("Nobody here wants a civil war", "speech", "Mick Doran", "say", F, ""),
        ("But nobody should mistake", "speech", "Mick Doran", "", T, ""),
        ("fine, mostly", "speech", "one of the ministerial aides", "describe", F,
         "'he was describing the meeting as'"),
    ],
    "uk_dev10_trade_talks.txt": [
        ("non-tariff barriers", "speech", "the US negotiating paper", "describe", F,
         "leaked document as source ('It describes ... as')"),
        ("expects meaningful movement", "speech", "the US negotiating paper", "say", F, ""),
        ("as a condition of progress", "speech", "the US negotiating paper", "say", F,
         "second fragment governed by the same 'says' in the same sentence: own cue, not a continuation"),
        ("will not accept an agreement", "speech", "the US negotiating paper", "warn", F,
         "'A line near the end ... warns': the paper"),
        ("digital-only", "term", "", "", F, "nested double quotes inside the paper's words: a label for the UK's proposed scope"),
        ("We love the British", "speech", "Marcus Feld", "tell", F, ""),
        ("But friendship is a two-way street", "speech", "Marcus Feld", "", T, ""),
        ("Our food standards are not on the table", "speech", "Jonathan Aske", "say", F, "said in a statement"),
        ("not be rushed into a bad deal", "speech", "Jonathan Aske", "add", F, "apostrophe anybody’s inside"),
        ("grimly realistic", "speech", "one Whitehall source", "describe", F, ""),
        ("Everyone knows the Americans", "speech", "one Whitehall source", "say", F, "'the source said'"),
        ("The question is how many of ours", "speech", "one Whitehall source", "", T, ""),
        ("every fear we have had", "speech", "Sarah Pennock", "say", F, ""),
        ("British farmers have spent", "speech", "Sarah Pennock", "tell", F, ""),
        ("We are being asked to trade", "speech", "Sarah Pennock", "", T, ""),
        ("textbook", "speech", "Ruth Abiodun", "call", F, "one word, but 'called ... textbook' reports her utterance"),
        ("The US has always negotiated", "speech", "Ruth Abiodun", "say", F, ""),
        ("What’s new is that", "speech", "Ruth Abiodun", "", T, ""),
        ("framework", "speech", "officials on both sides", "say", F,
         "borderline with a scare-quoted term: the officials' word, governed by 'say'"),
        ("The deadline is the photograph", "speech", "one former trade negotiator", "put", F, "'put it to me ...:'"),
    ],
    "uk_dev10_west_bank_delegation.txt": [
        ("a good day", "speech", "one of the Palestinian drivers", "remark", F, ""),
        ("My grandfather planted these trees", "speech", "Yusuf Hamdan", "say", F, ""),
        ("Now I need a permit", "speech", "Yusuf Hamdan", "", T, ""),
        ("after the fire, never before", "speech", "Yusuf Hamdan", "put", F, "'as he put it'"),
        ("nothing prepares you", "speech", "Claire Donnelly", "say", F, ""),
        ("We came to see for ourselves", "speech", "Claire Donnelly", "say", F, ""),
        ("not next year, not after another review", "speech", "Claire Donnelly", "", T,
         "'She wants the government to ban ... –': 'want' is not a reporting cue; her words continue"),
        ("moved", "speech", "Andrew Selkirk", "say", F, "one-word partial quotation, his word"),
        ("one-sided", "speech", "Andrew Selkirk", "warn", F, "'warned against “one-sided” conclusions': his word (borderline term)"),
        ("I’ve also stood in Sderot", "speech", "Andrew Selkirk", "say", F, ""),
        ("Israel has real security problems", "speech", "Andrew Selkirk", "", T, ""),
        ("The fence exists because", "speech", "one official", "say", F, "anonymous Cogat official"),
        ("Permits are granted every day", "speech", "one official", "", T, ""),
        ("the highest level we have recorded", "speech", "Fieldmark", "say", F, "the charity's report 'says'"),
        ("move beyond statements of concern", "speech", "Fieldmark", "call", F, "'The report calls on the UK to'"),
        ("clear and long-standing", "speech", "the Foreign Office", "say", F, ""),
        ("regularly and at the highest levels", "speech", "the Foreign Office", "say", F,
         "second fragment governed by the same 'said ... and that'"),
        ("Honestly?", "speech", "Claire Donnelly", "say", F, ""),
        ("But six of us have seen it", "speech", "Claire Donnelly", "", T, ""),
    ],
    "uk_dev10_council_profile.txt": [
        ("I read it three times", "speech", "Karen Whitlow", "say", F, ""),
        ("Then I rang my mum.", "speech", "Karen Whitlow", "", T, ""),
        ("a material and worsening gap", "speech", "the council’s external auditor", "note", F, "the auditor's letter"),
        ("urgent and substantial action", "speech", "the council’s external auditor", "warn", F, ""),
        ("exhausted before the end", "speech", "the council’s external auditor", "warn", F,
         "second fragment governed by the same 'warns that'"),
        ("People think we’ve been reckless", "speech", "Karen Whitlow", "say", F, ""),
        ("We’ve had fourteen years of cuts", "speech", "Karen Whitlow", "", T, ""),
        ("If you want to understand inequality", "speech", "Karen Whitlow", "say", F, ""),
        ("Come to my surgery", "speech", "Karen Whitlow", "", T, ""),
        ("There is nothing left to cut", "speech", "Imran Qureshi", "say", F, ""),
        ("We closed the last two youth centres", "speech", "Imran Qureshi", "", T, ""),
        ("a step in the right direction", "speech", "Imran Qureshi", "say", F, "split quotation, piece 1"),
        ("but it’s a step", "speech", "Imran Qureshi", "say", F, "split quotation, piece 2: interposed cue"),
        ("They say the council’s bankrupt", "speech", "Denise", "say", F,
         "member of the public, first name only; 'They say' is inside her words"),
        ("Well, so is half the estate", "speech", "Denise", "", T, ""),
        ("I didn’t do this job to keep it", "speech", "Karen Whitlow", "say", F, ""),
        ("I did it because I grew up", "speech", "Karen Whitlow", "", T, ""),
    ],
}

# ---------------------------------------------------------------- timex
# (snippet, type, value, mod, note)
TIMEX = {
    "uk_dev10_pmqs_sketch.txt": [
        ("noon", "TIME", "2026-03-11T12:00", "", "PMQs on Wednesday 11 March 2026 (publication day)"),
        ("about a minute", "DURATION", "PT1M", "APPROX", ""),
        ("Last week", "DATE", "2026-W10", "", "'Last week’s session': the previous Wednesday's PMQs"),
        ("the afternoon", "TIME", "2026-03-04TAF", "", "the afternoon of last week's session"),
        ("This week", "DATE", "2026-W11", "", ""),
        ("next year", "DATE", "2027", "", "in Stanier's question; could be read as the financial year 2026-27"),
        ("the fourteen years", "DURATION", "P14Y", "", "the Conservative years 2010-2024"),
        ("Fourteen years", "DURATION", "P14Y", "", "heckle"),
        ("nearly two years", "DURATION", "P2Y", "LESS_THAN", ""),
        ("Last month", "DATE", "2026-02", "", "in Stanier's question"),
        ("currently", "DATE", "PRESENT_REF", "", ""),
        ("before", "DATE", "PAST_REF", "", "deictic adverb: 'had heard that one before' (before now)"),
        ("some fifteen years", "DURATION", "P15Y", "APPROX", "'a Labour man of some fifteen years’ standing'"),
        ("2023", "DATE", "2023", "", "since 2023: preposition excluded"),
        ("12.34pm", "TIME", "2026-03-11T12:34", "", ""),
        ("another half-hour", "DURATION", "PT30M", "", ""),
        ("these days", "DATE", "PRESENT_REF", "", ""),
    ],
    "uk_dev10_fringe_meeting.txt": [
        ("Monday evening", "TIME", "2025-09-29TEV", "", "Labour conference in Liverpool; publication day"),
        ("this week", "DATE", "2025-W40", "", ""),
        ("Fifteen months", "DURATION", "P15M", "", "'Fifteen months into a Labour government'"),
        ("last year", "DATE", "2024", "", "last year's (general) election"),
        ("once", "DATE", "PAST_REF", "", "deictic adverb: 'once described' = formerly"),
        ("July 2024", "DATE", "2024-07", "", ""),
        ("the last fifteen years", "DURATION", "P15Y", "", ""),
        ("2017", "DATE", "2017", "", "year inside 'the 2017 campaign' (cf. 'first day of 1991 coup attempt')"),
        ("May 2023", "DATE", "2023-05", "", ""),
        ("the 2010s", "DATE", "201", "", "decade"),
        ("last year", "DATE", "2024", "", "in Mandal's quotation (campaigning in 2024)"),
        ("three years", "DURATION", "P3Y", "", ""),
        ("ten minutes", "DURATION", "PT10M", "", "'within ten minutes': preposition excluded"),
        ("last year", "DATE", "2024", "", "candidates barred from standing last year"),
    ],
    "uk_dev10_trade_talks.txt": [
        ("last month", "DATE", "2026-04", "", ""),
        ("the summer", "DATE", "2026-SU", "", "'before the summer': preposition excluded"),
        ("Four weeks later", "DATE", "2026-05", "",
         "N units + later with no event complement = one DATE (as 'a week later'); four weeks after the April trip = the present, May 2026"),
        ("the summer", "DATE", "2026-SU", "", "'the summer looks optimistic': the same summer as the deadline"),
        ("28 April", "DATE", "2026-04-28", "", ""),
        ("Tuesday", "DATE", "2026-05-12", "", "publication Thursday 14 May 2026"),
        ("yesterday", "DATE", "2026-05-13", "", ""),
        ("last week", "DATE", "2026-W19", "", ""),
        ("decades", "DURATION", "PXDE", "", "vague, in Pennock's quotation"),
        ("1945", "DATE", "1945", "", "since 1945"),
        ("Ten years", "DURATION", "P10Y", "", "'Ten years after the referendum': measure phrase only"),
        ("the week of 8 June", "DATE", "2026-W24", "", "Monday 8 June 2026 opens ISO week 24"),
        ("July", "DATE", "2026-07", "", ""),
        ("this week", "DATE", "2026-W20", "", ""),
    ],
    "uk_dev10_west_bank_delegation.txt": [
        ("half past seven on Monday morning", "TIME", "2026-02-16T07:30", "",
         "one composite expression; publication Friday 20 February 2026, so Monday = 16 February"),
        ("twenty minutes later", "TIME", "2026-02-16T07:50", "", "N units + later without event complement: one expression"),
        ("an hour and ten minutes", "DURATION", "PT1H10M", "", ""),
        ("four days", "DURATION", "P4D", "", ""),
        ("this week", "DATE", "2026-W08", "", ""),
        ("last October", "DATE", "2025-10", "", "the Gaza ceasefire"),
        ("now", "DATE", "PRESENT_REF", "", "'the fence that now separates'"),
        ("Now", "DATE", "PRESENT_REF", "", "in Hamdan's quotation"),
        ("the autumn", "DATE", "2025-FA", "", "'since the autumn'"),
        ("next year", "DATE", "2027", "", "in Donnelly's quotation"),
        ("now", "DATE", "PRESENT_REF", "", "'not next year ... now'"),
        ("Tuesday", "DATE", "2026-02-17", "", ""),
        ("every day", "SET", "P1D", "", "in the official's quotation"),
        ("a few hours", "DURATION", "PTXH", "", ""),
        ("a hundred years", "DURATION", "P1CE", "", "a century; P100Y equivalent"),
        ("Wednesday", "DATE", "2026-02-18", "", ""),
        ("2025", "DATE", "2025", "", ""),
        ("this year", "DATE", "2026", "", "'this year’s olive harvest'"),
        ("two decades", "DURATION", "P2DE", "", "'the smallest in two decades'"),
        ("last night", "TIME", "2026-02-19TNI", "", ""),
        ("next week", "DATE", "2026-W09", "", ""),
        ("now", "DATE", "PRESENT_REF", "", "in Donnelly's quotation"),
    ],
    "uk_dev10_council_profile.txt": [
        ("3 November", "DATE", "2025-11-03", "", "publication 20 November 2025"),
        ("eleven days", "DURATION", "P11D", "", "'eleven days after ...': measure phrase only"),
        ("the end of the financial year", "DATE", "2026-03-31", "",
         "inside the auditor's words; financial year 2025-26 ends 31 March 2026 (alternative: 2026-03 END)"),
        ("weeks", "DURATION", "PXW", "", "'within weeks'"),
        ("2021", "DATE", "2021", "", ""),
        ("May 2022", "DATE", "2022-05", "", ""),
        ("two decades", "DURATION", "P2DE", "", ""),
        ("years", "DURATION", "PXY", "", "'getting worse for years'"),
        ("fourteen years", "DURATION", "P14Y", "", ""),
        ("2010", "DATE", "2010", "", ""),
        ("nine years", "DURATION", "P9Y", "", "a life-expectancy gap: a length of time, not an age"),
        ("ten minutes", "DURATION", "PT10M", "", "'ten minutes’ drive away'"),
        ("a Tuesday morning", "TIME", "XXXX-WXX-2TMO", "", "generic ('Come to my surgery ... on a Tuesday morning'), cf. generic 'midnight' as TIME"),
        ("the past six months", "DURATION", "P6M", "", ""),
        ("2023", "DATE", "2023", "", ""),
        ("three mornings a week", "SET", "P1W", "", "frequency three per week (no freq column)"),
        ("last year", "DATE", "2024", "", ""),
        ("2019", "DATE", "2019", "", ""),
        ("next Wednesday", "DATE", "2025-11-26", "", "the Wednesday after Thursday 20 November 2025"),
    ],
}

# ---------------------------------------------------------------- themes
# (snippet, special_relationship, party_factionalism, iraq, israel_palestine, austerity, negated, note)
THEMES = {
    "uk_dev10_pmqs_sketch.txt": [
        ("Big Ben had barely", 0, 0, 0, 0, 0, "", "scene; 'about the Conservatives' is not factional"),
        ("Nobody could blame him", 0, 0, 0, 0, 1, "", "spending review cutting the schools budget in real terms"),
        ("This week Stanier", 0, 0, 0, 0, 1, "", "councils unable to balance their books; inherited 'mess' of public finances"),
        ("“Fourteen years!", 0, 0, 0, 0, 1, "",
         "borderline: Treasury telling councils they are 'on their own' (funding); 'the mess' of public finances"),
        ("He did not, exactly", 0, 1, 0, 0, 0, "", "factional jibe: half the Tory front bench measuring the leader's office; heckled by her own side"),
        ("It fell to the Speaker", 0, 0, 0, 0, 0, "", ""),
        ("Then came the backbenchers", 0, 0, 0, 0, 0, "", "'growth' jibe is economic, not spending cuts"),
        ("The most uncomfortable moment", 0, 0, 0, 0, 1, "",
         "library closures 'feel like austerity'; PM denies the word (not all negated). PF 0: one backbencher's question, silence on the benches, no faction"),
        ("Stanier’s last question", 0, 0, 0, 0, 0, "", "'about the councils again' carries no content"),
    ],
    "uk_dev10_fringe_meeting.txt": [
        ("The room on the second floor", 0, 1, 0, 0, 0, "", "'Whose Party Is It Anyway?' with the answer contested: control of the party"),
        ("Mick Doran, the general secretary", 0, 1, 0, 0, 0, "",
         "borderline: affiliated union leader attacking the Labour government's record at a conference fringe ('if we don't say it in this room'); rejection of the party line by a labour-movement figure"),
        ("His target was less", 0, 1, 0, 0, 0, "", "Downing Street machine vs unions and soft left; blocking of left-wing candidates"),
        ("Helen Varga had the harder crowd", 0, 1, 0, 0, 0, "", "think-tank of the party's right; a left-winger's jibe at it"),
        ("\"The lesson of the last fifteen years", 0, 1, 0, 0, 0, "", "'When Labour fights itself'; 'Tory-lite'"),
        ("It was at this point", 0, 1, 0, 0, 0, "", "left heckler against the right's speaker"),
        ("The most interesting contribution", 0, 1, 0, 0, 1, "",
         "factional wars of the 2010s dismissed (discussed); rents up a third = cost of living"),
        ("\"The time we spend arguing", 0, 1, 0, 0, 0, "", "who controls the national executive"),
        ("The questions, when they came", 0, 1, 0, 0, 0, "", "'stitch-up' of selections; candidates barred"),
        ("Doran had the last word", 0, 1, 0, 0, 0, "", "'civil war', 'truce'"),
    ],
    "uk_dev10_trade_talks.txt": [
        ("When Jonathan Aske flew", 1, 0, 0, 0, 0, "", "UK-US trade negotiations"),
        ("A US negotiating paper", 1, 0, 0, 0, 0, "", "Washington's demands on British food standards"),
        ("Marcus Feld, the US trade", 1, 0, 0, 0, 0, "", "'the special relationship' invoked by the USTR"),
        ("Aske insists the red lines", 1, 0, 0, 0, 0, "", "'the Americans hold most of the cards'"),
        ("The National Farmers’ Union", 1, 0, 0, 0, 0, "", "trading standards away for a White House photo opportunity"),
        ("The dispute goes to the heart", 1, 0, 0, 0, 0, "", "what the special relationship is worth"),
        ("Ruth Abiodun, a trade economist", 1, 0, 0, 0, 0, "", "British political capital staked on the relationship"),
        ("The next formal round", 1, 0, 0, 0, 0, "", "talks and the president's state visit"),
    ],
    "uk_dev10_west_bank_delegation.txt": [
        ("The minibus carrying six British MPs", 0, 0, 0, 1, 0, "",
         "borderline: checkpoint waits in the occupied West Bank ('a good day' = 70 minutes)"),
        ("The delegation, organised by", 0, 0, 0, 1, 0, "",
         "borderline: make-up and length of a parliamentary fact-finding visit to the West Bank (the conflict's diplomacy) after the Gaza ceasefire; self-check flipped 0 -> 1 (the West Bank is the visit's object, not a passing mention)"),
        ("In Sinjil, a town", 0, 0, 0, 1, 0, "", "fence, permits, settler arson"),
        ("Claire Donnelly, the Labour MP", 0, 0, 0, 1, 0, "", "call to ban trade with settlements"),
        ("Not every member of the group", 0, 0, 0, 1, 0, "", "Israel's security vs Palestinian life"),
        ("On Tuesday the MPs met", 0, 0, 0, 1, 0, "", "Israeli official's defence of the fence and permits"),
        ("The visit coincided with a report", 0, 0, 0, 1, 0, "", "settler attacks; UK urged to act"),
        ("The Foreign Office said", 0, 0, 0, 1, 0, "", "UK opposition to settlement expansion; not UK-US"),
        ("On the drive back to Jerusalem", 0, 0, 0, 1, 0, "",
         "borderline: 'seen it' = the occupation; queue at Qalandiya checkpoint; context decides a weak cue"),
    ],
    "uk_dev10_council_profile.txt": [
        ("Karen Whitlow keeps the letter", 0, 0, 0, 0, 1, "",
         "borderline: the council cannot balance its budget (weak cue, decided by the article's context)"),
        ("“I read it three times", 0, 0, 0, 0, 0, "", "reaction only"),
        ("The letter, from the council’s", 0, 0, 0, 0, 1, "", "reserves exhausted; spending frozen"),
        ("Whitlow, 52, has led", 0, 0, 0, 0, 1, "", "'fourteen years of cuts', grant halved"),
        ("The borough is among the most deprived", 0, 0, 0, 0, 1, "", "child poverty, life-expectancy gap, inequality"),
        ("Her deputy, Imran Qureshi", 0, 0, 0, 0, 1, "", "nothing left to cut; youth centres and libraries"),
        ("Asked whether the Labour government", 0, 0, 0, 0, 1, "", "funding settlement; 'bottom of a cliff'. Not factional"),
        ("At the Kirkholt community centre", 0, 0, 0, 0, 1, "", "food bank, poverty on the estate"),
        ("If the notice is issued", 0, 0, 0, 0, 1, "", "commissioners; another £14m of cuts"),
    ],
}

QMARKS = {'"': "d", "“": "do", "”": "dc", "'": "s", "‘": "so", "’": "sc"}


def parse(marked):
    """Strip markers; return clean text, sentence-boundary offsets, quote spans, timex spans."""
    out = []
    bounds, quotes, timex = [], [], []
    qstack, tstack = [], []
    for ch in marked:
        pos = len(out)
        if ch == "¦":
            bounds.append(pos)
        elif ch == "«":
            qstack.append((pos, len(quotes)))
            quotes.append(None)
        elif ch == "»":
            s, i = qstack.pop()
            quotes[i] = (s, pos, len(qstack))  # depth 0 = top level
        elif ch == "⟨":
            tstack.append(pos)
        elif ch == "⟩":
            timex.append((tstack.pop(), pos))
        else:
            out.append(ch)
    assert not qstack and not tstack, "unbalanced markers"
    return "".join(out), bounds, quotes, timex


def paragraphs(raw):
    """(start, end) of every line block; the first is the title."""
    spans, pos = [], 0
    for part in raw.split("\n\n"):
        s = pos
        e = pos + len(part.rstrip("\n"))
        if part.strip():
            spans.append((s, e))
        pos += len(part) + 2
    return spans


def main():
    sent_rows, quote_rows, timex_rows, theme_rows = [], [], [], []
    meta = []
    for fn in FILES:
        marked = open(os.path.join(MARKED, fn), encoding="utf-8").read()
        raw, bounds, quotes, timex = parse(marked)
        with open(os.path.join(TEXT_DIR, fn), "w", encoding="utf-8") as fh:
            fh.write(raw)
        assert open(os.path.join(TEXT_DIR, fn), encoding="utf-8").read() == raw
        meta.append((fn, DATES[fn]))
        paras = paragraphs(raw)
        title, body = paras[0], paras[1:]
        assert "\n" not in raw[title[0]:title[1]]
        for (s, e) in body:
            assert "\n" not in raw[s:e], (fn, raw[s:e][:40])
        # ---- sentences
        for (ps, pe) in body:
            cuts = [ps] + [b for b in bounds if ps < b < pe] + [pe]
            prev_end = ps
            for a, b in zip(cuts, cuts[1:]):
                seg = raw[a:b]
                lead = len(seg) - len(seg.lstrip())
                st, en = a + lead, a + len(seg.rstrip())
                assert st < en, (fn, a)
                assert raw[prev_end:st].strip() == "", (fn, raw[prev_end:st])
                sent_rows.append((fn, st, en, raw[st:en]))
                prev_end = en
            assert raw[prev_end:pe].strip() == ""
        for b in bounds:
            assert any(ps < b < pe for ps, pe in body), (fn, "boundary outside body", b)
        # ---- quotes
        qs = sorted(quotes, key=lambda q: (q[0], -q[1]))
        assert len(qs) == len(QUOTES[fn]), (fn, len(qs), len(QUOTES[fn]))
        prev_top_speaker = None
        for (s, e, depth), dec in zip(qs, QUOTES[fn]):
            snip, kind, speaker, cue, cont, note = dec
            text = raw[s:e]
            assert text.startswith(snip), (fn, text[:50], snip)
            assert kind in ("speech", "term")
            if kind == "term":
                assert not speaker and not cue and cont == F
            if depth > 0:
                assert cont == F
            if cont == T:
                assert not cue and speaker == prev_top_speaker, (fn, snip)
            if depth == 0 and kind == "speech":
                prev_top_speaker = speaker
            quote_rows.append((fn, s, e, text, kind, speaker, cue, cont, note))
        # proper nesting, no crossing
        for i, (s1, e1, _) in enumerate(qs):
            for (s2, e2, _) in qs[i + 1:]:
                assert e2 <= e1 or s2 >= e1, (fn, "crossing quotes", s1, s2)
        # quotation-mark inventory
        opens = {s - 1 for s, e, d in qs}
        closes = {e for s, e, d in qs}
        para_ends = {pe for ps, pe in body}
        for s, e, d in qs:
            o = raw[s - 1]
            assert o in "\"“‘'", (fn, s, o)
            if e in para_ends:
                assert o == "“"  # unclosed multi-paragraph piece
            else:
                c = raw[e]
                pair = {'"': '"', "“": "”", "‘": "’", "'": "'"}[o]
                assert c == pair, (fn, s, o, c)
        inv = {}
        for i, ch in enumerate(raw):
            if ch not in QMARKS:
                continue
            if i in opens:
                role = "open"
            elif i in closes:
                role = "close"
            else:
                assert ch in "’'" and raw[i - 1].isalpha(), (fn, i, raw[i - 10:i + 10])
                role = "apostrophe"
            inv[(ch, role)] = inv.get((ch, role), 0) + 1
        print(fn, "marks:", {f"{k[0]} {k[1]}": v for k, v in sorted(inv.items())})
        # ---- timex
        ts = sorted(timex)
        assert len(ts) == len(TIMEX[fn]), (fn, len(ts), len(TIMEX[fn]))
        for (a, b), (c, d) in zip(ts, ts[1:]):
            assert b <= c, (fn, "overlapping timex")
        for (s, e), dec in zip(ts, TIMEX[fn]):
            snip, typ, val, mod, note = dec
            text = raw[s:e]
            assert text == snip, (fn, text, snip)
            assert typ in ("DATE", "TIME", "DURATION", "SET")
            assert any(ps <= s and e <= pe for ps, pe in body), (fn, "timex outside body", text)
            timex_rows.append((fn, s, e, text, typ, val, mod, note))
        # ---- themes
        assert len(body) == len(THEMES[fn]), (fn, len(body), len(THEMES[fn]))
        for (s, e), dec in zip(body, THEMES[fn]):
            snip, sr, pf, iq, ip, au, neg, note = dec
            text = raw[s:e]
            assert text.startswith(snip), (fn, text[:40], snip)
            theme_rows.append((fn, s, e, text, sr, pf, iq, ip, au, neg, note))

    def write(name, header, rows):
        rows = sorted(rows, key=lambda r: (FILES.index(r[0]), r[1], -r[2]))
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)
        # re-read check
        for r in csv.DictReader(open(os.path.join(HERE, name), encoding="utf-8")):
            raw = open(os.path.join(TEXT_DIR, r["source"]), encoding="utf-8").read()
            assert raw[int(r["start"]):int(r["end"])] == r["text"], (name, r)
        print(name, len(rows))

    write("sentences.csv", ["source", "start", "end", "text"], sent_rows)
    write("quotes.csv", ["source", "start", "end", "text", "kind", "speaker", "cue", "continuation", "notes"],
          quote_rows)
    write("timex.csv", ["source", "start", "end", "text", "type", "value", "mod", "notes"], timex_rows)
    write("themes_v2.csv", ["source", "start", "end", "text", "special_relationship", "party_factionalism",
                            "iraq_war_intelligence", "israel_palestine", "austerity_inequality", "negated",
                            "notes"], theme_rows)
    with open(os.path.join(TEXT_DIR, "metadata.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "date"])
        w.writerows(meta)
    return 0


if __name__ == "__main__":
    sys.exit(main())
