"""Second blind coder's annotation of heldout13: quotations and theme paragraphs (version 2).

Every decision below was made by hand, reading each paragraph in full. This script only
(1) finds each hand-coded span by its snippet inside the paragraph (line) it was coded in,
searching forward, (2) computes offsets, (3) checks raw[start:end] == text, the quotation-mark
inventory (every mark bounds a span or is an apostrophe), nesting, the continuation rule and
sort order, and (4) writes quotes.csv and themes_v2.csv next to this file.

Standard library only. Run:  /work/main/.venv/bin/python build_annotations.py
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
TEXTS = os.path.join(REPO, "data", "heldout13")

AMB = "heldout13_ambassador_interview.txt"
BUD = "heldout13_budget_explainer.txt"
CAM = "heldout13_campus_encampment.txt"
DIA = "heldout13_leadership_diary.txt"
VET = "heldout13_veterans_feature.txt"
FILES = [AMB, BUD, CAM, DIA, VET]

SEP = " … "  # snippet = "first words … last words" (or the whole span when short)

# ---------------------------------------------------------------------------------------------
# QUOTES: (line, snippet, kind, speaker, cue, continuation, nested, notes)
# line = 1-based line of the paragraph holding the span; nested = inside another quoted span.
# ---------------------------------------------------------------------------------------------
S, T = "speech", "term"
HARMON = "Lyle B. Harmon"  # fullest form given (line 3); the title has "Lyle Harmon"

QUOTES = {
    AMB: [
        (3, "You ask me about" + SEP + "asks me about anything,", S, HARMON, "say", False, False,
         "first quote; interposed 'he says'"),
        (3, "I'm starting to think" + SEP + "I mean that kindly.", S, HARMON, "", True, False,
         "new sentence after '..., he says, in the garden room ... last week.' - the cue sentence is closed, so no cue of its own; continuation"),
        (5, "The relationship was never going" + SEP + "or Bush and Blair,", S, HARMON, "say", False, False, ""),
        (5, "It doesn't need to be. It needs to work.", S, HARMON, "", True, False, ""),
        (7, "We got a deal done" + SEP + "would take years,", S, HARMON, "say", False, False, ""),
        (7, "Next we do the harder parts" + SEP + "I've eaten a lot of it.", S, HARMON, "", True, False, ""),
        (9, "not trade away standards for a headline", S, "Anjali Mistry", "tell", False, False,
         "partial quotation governed by 'told the Commons foreign affairs committee ... that'"),
        (9, "close, but not uncritical", S, "Anjali Mistry", "tell", False, False,
         "second that-clause of the same 'told' - the cue governs this span too, so not a continuation"),
        (9, "We are the United States' most capable" + SEP + "not dependence.", S, "Anjali Mistry", "say", False, False,
         "'she said:'; States' inside is a plural-possessive apostrophe"),
        (11, "Every ambassador who comes to London" + SEP + "that's the job,", S, "Nicholas Fenwick", "tell", False, False,
         "'he told me'; honorific Sir dropped"),
        (11, "The question is what happens" + SEP + "very pleasant dinners.", S, "Nicholas Fenwick", "", True, False, ""),
        (13, "We've been clear with our friends here." + SEP + "That's plumbing.", S, HARMON, "", False, False,
         "'On China he is emphatic:' - adjective, no reporting verb or noun -> cue empty; speaker changes from Fenwick -> not a continuation"),
        (13, "The president thought it was a mistake, and he said so,", S, HARMON, "say", False, False, ""),
        (13, "Friends disagree." + SEP + "taking your calls.", S, HARMON, "", True, False, ""),
        (15, "the single best thing London has done for this relationship in a decade", S, HARMON, "say", False, False,
         "partial quotation; 'was, he says,'"),
        (15, "He said, 'Lyle" + SEP + "that's a love letter.", S, HARMON, "", True, False,
         "Harmon's words; the preceding sentence 'He remembers the president's verdict ...' is closed narration, not a cue"),
        (15, "Lyle, the Brits finally picked up the check.", S, "the president", "say", False, True,
         "nested: the president's words inside Harmon's ('He said,'); the president is never named"),
        (17, "We spent years telling ourselves" + SEP + "we would be listened to,", S, "Nicholas Fenwick", "say", False, False, ""),
        (17, "Sometimes we were." + SEP + "still paying for that.", S, "Nicholas Fenwick", "", True, False, ""),
        (19, "He hated it here,", S, HARMON, "say", False, False, "'Harmon says cheerfully'"),
        (19, "Said the English were rude" + SEP + "mostly for the better.", S, HARMON, "", True, False,
         "Harmon paraphrasing John Adams; the words are Harmon's"),
    ],
    BUD: [
        (3, "fair, and seen to be fair", S, "Helen Carrow", "promise", False, False,
         "partial quotation; 'promised yesterday that her Budget would be'"),
        (7, "Every pound we ask" + SEP + "waited longest for help,", S, "Helen Carrow", "tell", False, False, "'she told MPs'"),
        (7, "That is what a Labour Budget is for.", S, "Helen Carrow", "", True, False, ""),
        (9, "rebalancing", S, "Treasury officials", "describe", False, False,
         "one word, but 'Treasury officials describe the savings ... as' = a source said to use it (decision rule) -> speech, not scare quotes"),
        (13, "The headline rise is real, but so are the energy bills,", S, "Margaret Oduya", "say", False, False,
         "'said Margaret Oduya, its chief executive'"),
        (13, "A woman of 80 living alone" + SEP + "more than that since 2021.", S, "Margaret Oduya", "", True, False, ""),
        (15, "not people who have ever thought of themselves as poor", S, "Margaret Oduya", "add", False, False,
         "'Oduya added that ... and that many callers were'"),
        (19, "will leave the poorest fifth" + SEP + "than in 2024-25", S, "the Office for Budget Responsibility", "warn", False, False,
         "subject 'It' = the OBR's Economic and Fiscal Outlook; speaker = its author, the OBR (a written source)"),
        (19, "The evidence that reassessment" + SEP + "any such effect.", S, "the Office for Budget Responsibility", "", True, False,
         "'the report is blunter still:' - adjective, no reporting verb or noun -> cue empty; same source as the previous span -> continuation"),
        (21, "This is not austerity." + SEP + "while the bills went up.", S, "Helen Carrow", "say", False, False,
         "'the Chancellor said:'"),
        (25, "It’s the difference between" + SEP + "sitting in a coat,", S, "Kayleigh", "say", False, False, "first name only in the article"),
        (25, "But I’ve read the bit about Pip" + SEP + "she’s terrified.", S, "Kayleigh", "", True, False, ""),
        (27, "contribution", T, "", "", False, False,
         "hard call: 'a word the Chancellor used twice in her speech: \"contribution\"' - the word is mentioned as a word and its meaning discussed by Kayleigh (word under discussion) -> term; borderline with speech (Helen Carrow, cue use)"),
        (27, "Everyone on benefits has heard that before,", S, "Kayleigh", "say", False, False,
         "own cue 'Kayleigh says'; previous speech span is hers but the span has its own cue"),
        (27, "It usually means they’re about to take something off you.", S, "Kayleigh", "", True, False, ""),
    ],
    CAM: [
        (3, "tolerate intimidation", S, "Naomi Farrant", "warn", False, False,
         "partial quotation; 'the Education Secretary warned' - named as Naomi Farrant on line 15"),
        (5, "helped build the machinery of occupation", S, "the protesters", "say", False, False,
         "'which they say has' - they = the protesters"),
        (7, "made people more determined, not less", S, "Amira", "say", False, False, "partial quotation; 'said the minister's intervention had'"),
        (7, "We’ve had three meetings" + SEP + "they’re listening,", S, "Amira", "say", False, False, ""),
        (7, "Meanwhile our friends’ families" + SEP + "are being bombed.", S, "Amira", "", True, False,
         "friends’ inside is a plural-possessive apostrophe, not the closing mark"),
        (9, "People assume that everyone Jewish" + SEP + "the same way about this,", S, "Jonah", "say", False, False, ""),
        (9, "I don’t, and neither do plenty of my friends.", S, "Jonah", "", True, False, ""),
        (11, "exhausted and anxious", S, "the Jewish Society", "say", False, False,
         "'The university's Jewish Society said in a statement on Monday that its members were'"),
        (11, "Chants of “from the river to the sea”" + SEP + "some of those chanting believe,", S, "the Jewish Society", "say", False, False,
         "'it said'"),
        (11, "from the river to the sea", T, "", "", False, True,
         "nested: the slogan mentioned ('Chants of ...'), no specific utterance on an occasion -> term"),
        (11, "Jewish students have the same right" + SEP + "feel like enemies.", S, "the Jewish Society", "", True, False, ""),
        (11, "baby-killer", S, "a man he did not recognise", "call", False, False,
         "one word uttered by a specific source on an occasion ('had been called ... by a man he did not recognise') -> speech; the man's words, not Stern's"),
        (13, "respects the right to peaceful protest", S, "Richard Okonedo", "say", False, False,
         "'In a statement ..., the vice-chancellor, Professor Richard Okonedo, said the university'; honorific Professor dropped"),
        (13, "reached the limits of what a shared campus can reasonably absorb", S, "Richard Okonedo", "say", False, False,
         "second that-clause of the same 'said' -> own cue, not a continuation"),
        (13, "We will not negotiate investment policy under canvas,", S, "Richard Okonedo", "say", False, False,
         "'the statement said' - the statement is Okonedo's (same sentence frame as above)"),
        (13, "a last resort", S, "Richard Okonedo", "say", False, False, "'Okonedo said legal action ... would be'"),
        (15, "a duty, not a choice", S, "Naomi Farrant", "say", False, False, "partial quotation"),
        (15, "I support the right to protest." + SEP + "afraid to go to lectures,", S, "Naomi Farrant", "say", False, False, ""),
        (15, "Nothing is off the table.", S, "Naomi Farrant", "say", False, False, "'Asked whether ..., she said:'"),
        (17, "expects every university to use the powers it already has", S, "a spokesperson for the Department for Education", "say", False, False, ""),
        (17, "within weeks", S, "a spokesperson for the Department for Education", "say", False, False,
         "'and would publish new guidance on protests' - same 'said' governs it"),
        (19, "Still here. Day 23.", S, "a handwritten sign", "read", False, False,
         "written words of a sign ('It read:'); author not given (the camp, by context) - source described as the text gives it"),
    ],
    DIA: [
        (3, "Spring Clean", T, "", "", False, False, "the WhatsApp group's name"),
        (3, "Well that was a bloodbath. Who’s going to say it?", S, "a former minister", "read", False, False,
         "written message; 'sent ... by a former minister, and reads in full:'"),
        (5, "I never count the letters out loud,", S, "Graham Pelling", "say", False, False, "honorific Sir dropped"),
        (5, "I barely count them in my head.", S, "Graham Pelling", "", True, False, ""),
        (7, "Spring Clean", T, "", "", False, False, "the group's name again"),
        (7, "a leader who sounds like Reform without having to join it", S, "Tom Arkwright", "tell", False, False,
         "partial quotation; 'tells me the people in \"Spring Clean\" want'"),
        (7, "They say the problem" + SEP + "not Conservative enough,", S, "Tom Arkwright", "say", False, False, ""),
        (7, "We lost Guildford and Winchester" + SEP + "about small boats.", S, "Tom Arkwright", "", True, False, ""),
        (9, "Rob has to stop being polite,", S, "one MP", "write", False, False, "WhatsApp message"),
        (9, "Rob or bust.", S, "an MP elected in 2024", "", False, False,
         "'Another, from an MP elected in 2024, is shorter:' - no reporting verb/noun (message elided) -> cue empty; new speaker -> not a continuation"),
        (9, "He is completely loyal to Caroline,", S, "one of Quennell's allies", "say", False, False,
         "'says one' completed with the noun the text implies ('Quennell's allies insist ...')"),
        (9, "and he would like everyone" + SEP + "forwarded to journalists.", S, "one of Quennell's allies", "say", False, False,
         "second piece of a split quotation: the interposed 'says one' attributes both"),
        (9, "Rob or bust", T, "", "", False, True,
         "nested: the slogan mentioned as a phrase people write -> term"),
        (11, "fiscal fog", S, "Caroline Hexley", "joke", False, False,
         "hard call: Hexley's phrase at PMQs, 'landing a joke about the Chancellor's ...' - a specific source on an occasion with a noun cue -> speech; borderline with a term (label)"),
        (13, "I’ll tell you what the problem is,", S, "a shadow cabinet minister", "say", False, False,
         "'a shadow cabinet minister who voted for Hexley 18 months ago'"),
        (13, "Half of that group think" + SEP + "in the shires.", S, "a shadow cabinet minister", "", True, False, ""),
        (15, "Every time we change leader" + SEP + "“we’ve listened”,", S, "Allingham", "say", False, False,
         "honorific Lord dropped; the article gives no first name"),
        (15, "we’ve listened", S, "the Conservatives", "say", False, True,
         "nested: words put in the party's mouth ('the public hears us say') - habitual/hypothetical words count as speech; us = the Conservatives"),
        (15, "By the fourth time, they’ve stopped listening to us.", S, "Allingham", "", True, False, ""),
        (15, "a loyalist to the idea that you can’t keep doing this", S, "Allingham", "add", False, False,
         "'He is not, he adds, a Hexley loyalist, merely'"),
        (17, "If she is as strong" + SEP + "the chance to prove it.", S, "a backbencher first elected in 2015", "write", False, False,
         "'Its author, a backbencher first elected in 2015, writes:'"),
        (17, "She won a mandate from the members,", S, "a spokesman", "say", False, False, "Hexley's team's spokesman"),
        (17, "It doesn’t expire because a WhatsApp group got bored.", S, "a spokesman", "", True, False, ""),
        (19, "somewhere in the low teens", S, "two sources", "hear", False, False,
         "'I hear from two sources' - unnamed but described sources"),
        (19, "Not yet.", S, "a former minister", "message", False, False,
         "'a new message arrived, from the former minister whose message had opened the week:' - the noun 'message' introduces it with a colon; same person as line 3"),
    ],
    VET: [
        (3, "I got them down once, for my lad’s school project,", S, "Dean", "say", False, False, "first name only"),
        (3, "He asked if we found the weapons." + SEP + "which was which.", S, "Dean", "", True, False, ""),
        (7, "I blamed the lads" + SEP + "I blamed the army,", S, "Marcus", "say", False, False, "first name only"),
        (7, "It took me a long time" + SEP + "made the decision.", S, "Marcus", "", True, False, ""),
        (9, "beyond doubt", S, "the government", "tell", False, False,
         "written source: 'The government's dossier ... told the public that intelligence had established'; speaker = its author, the government"),
        (9, "within 45 minutes of an order to use them", S, "the government", "tell", False, False,
         "second that-clause of the same 'told'"),
        (11, "the Church has had plenty to say" + SEP + "me to add to it", S, "Alan Pryce", "", False, False,
         "parenthetical after 'He is careful about politics' - attributed by context, no cue; new speaker; honorific 'The Rev' dropped"),
        (11, "These men were told a story" + SEP + "what soldiers do,", S, "Alan Pryce", "say", False, False, ""),
        (11, "When the story turned out" + SEP + "like everyone else.", S, "Alan Pryce", "", True, False, ""),
        (13, "I voted on what I was shown,", S, "Ruth Hollings", "tell", False, False, "'she told me'; honorific Dame dropped"),
        (13, "I was shown a dossier" + SEP + "asked them for me.", S, "Ruth Hollings", "", True, False, ""),
        (15, "She got to ask questions,", S, "Marcus", "say", False, False, ""),
        (15, "We got to go.", S, "Marcus", "", True, False, ""),
        (17, "I told her to go for it,", S, "Dean", "say", False, False, "he = Dean (line 15)"),
        (17, "I’d just want her to read everything" + SEP + "I’d change not reading.", S, "Dean", "", True, False, ""),
    ],
}

# ---------------------------------------------------------------------------------------------
# THEMES (version 2): (line, first words, SR, PF, IRAQ, IP, AUST, negated, notes)
# HEADINGS: lines after the title that are not prose paragraphs (subheadings) -> not coded.
# ---------------------------------------------------------------------------------------------
THEMES = {
    AMB: [
        (3, "Lyle B. Harmon has been", 1, 0, 0, 0, 0, "", "US ambassador on British anxiety about the special relationship"),
        (5, "Harmon, 63, a former", 1, 0, 0, 0, 0, "",
         "biography, then London's anxieties on his arrival and the relationship compared with Reagan-Thatcher, Bush-Blair; Bush and Blair a comparison only (Iraq 0)"),
        (7, "Does it work? On trade", 1, 0, 0, 0, 0, "", "UK-US tariff agreement and next trade talks"),
        (9, "Not everyone in Whitehall", 1, 0, 0, 0, 0, "", "FO minister on the relationship and dependence on Washington"),
        (11, "Sir Nicholas Fenwick", 1, 0, 0, 0, 0, "",
         "former UK ambassador in Washington on the relationship; 'China, say, or Israel' is a list of examples -> Israel-Palestine 0"),
        (13, "Harmon is asked about exactly that", 1, 0, 0, 1, 0, "",
         "UK-US divergence on China and on Gaza; Israel-Palestine 1 (borderline): Britain's recognition of a Palestinian state and the State Department's rebuke is diplomacy of the conflict"),
        (15, "He is warmer about defence", 1, 0, 0, 0, 0, "", "UK defence pledge as 'the best thing ... for this relationship'; the president's verdict"),
        (17, "Fenwick is unconvinced", 1, 0, 1, 0, 0, "",
         "influence of the UK on the US; Iraq 1 (borderline): 'Iraq was the time we weren't [listened to], and we're still paying for that' is a claim about the war and its aftermath, not a bare mention"),
        (19, "As I leave, Harmon walks me", 1, 0, 0, 0, 0, "",
         "borderline SR: closing colour, but about the first American minister in London and how Anglo-American relations have changed since ('everything else has, mostly for the better')"),
    ],
    BUD: [
        (3, "Helen Carrow promised yesterday", 0, 0, 0, 0, 1, "", "Budget's welfare changes for household budgets"),
        (7, "Carrow’s case is that", 0, 0, 0, 0, 1, "", "universal credit, state pension, two-child limit; 'Labour Budget' is no factional content"),
        (9, "To pay for it, the Chancellor", 0, 0, 0, 0, 1, "", "tax threshold freeze and Pip cuts"),
        (13, "Pensioners are, on paper", 0, 0, 0, 0, 1, "", "winter fuel payment clawback, energy bills, pensioners' income"),
        (15, "Oduya added that", 0, 0, 0, 0, 1, "", "debt calls, poverty, unclaimed pension credit"),
        (19, "The Office for Budget Responsibility’s", 0, 0, 0, 0, 1, "", "child poverty, poorest fifth's incomes, Pip reassessment"),
        (21, "Its forecasters put the cost", 0, 0, 0, 0, 1, "",
         "not negated: the Chancellor's 'This is not austerity' is a denial, but the paragraph also states (unnegated) that working-age benefit spending will fall, the first such fall since austerity"),
        (25, "Kayleigh, 31, works three days", 0, 0, 0, 0, 1, "", "two-child limit, cost of living, Pip"),
        (27, "She is also wary of a word", 0, 0, 0, 0, 1, "", "benefit claimants' view of 'contribution' (cuts), families reached by the change"),
    ],
    CAM: [
        (3, "Students at the University of Bristol", 0, 0, 0, 1, 0, "",
         "Gaza encampment and the minister's warning about intimidation (politics of the conflict on campus)"),
        (5, "Around 40 tents have stood", 0, 0, 0, 1, 0, "", "divestment from arms suppliers to Israel; Technion, 'machinery of occupation'"),
        (7, "Amira, a third-year medical student", 0, 0, 0, 1, 0, "", "families in Gaza being bombed"),
        (9, "Jonah, a second-year history student", 0, 0, 0, 1, 0, "",
         "a Jewish student's stance on the Gaza protest (Jewish views of the conflict's politics); borderline, 'this' resolved from the article"),
        (11, "The university’s Jewish Society said", 0, 0, 0, 1, 0, "", "Jewish students' fear, 'from the river to the sea', 'baby-killer': antisemitism tied to the conflict"),
        (13, "In a statement on Tuesday evening", 0, 0, 0, 1, 0, "",
         "borderline: the university's response to the encampment; 'investment policy'/'its holdings' = the Israel arms-supplier shares (resolved from line 5)"),
        (15, "The Education Secretary, Naomi Farrant", 0, 0, 0, 1, 0, "",
         "borderline: protecting Jewish students from the Gaza encampments (antisemitism politics tied to the conflict); 'cut funding' is a sanction, not austerity"),
        (17, "Encampments appeared at more than 30", 0, 0, 0, 1, 0, "", "'as fighting in Gaza intensified again'"),
        (19, "At the camp last night", 0, 0, 0, 0, 0, "", "colour: the sign 'Still here. Day 23.' says nothing about the conflict (rule 1)"),
    ],
    DIA: [
        (3, "Monday, and the post-mortem", 0, 1, 0, 0, 0, "", "Tory MPs' WhatsApp group discussing whether the leader can survive"),
        (5, "Nobody, at this stage, is saying it", 0, 1, 0, 0, 0, "",
         "confidence-vote letters to the 1922 Committee; not negated: 'nobody is saying it' is followed by the letter count the chairman keeps secret"),
        (7, "Tuesday. The moderates have a view", 0, 1, 0, 0, 0, "", "One Nation caucus vs the 'Spring Clean' group (wings)"),
        (9, "By the evening the group has a new favourite", 0, 1, 0, 0, 0, "",
         "MPs urging Quennell to move against the leader; his allies' denial does not make the whole paragraph negated"),
        (11, "Wednesday brings prime minister’s questions", 0, 1, 0, 0, 0, "",
         "borderline: PMQs as 'the first real test' of the challenged leader; thinner cheering and seven Tory MPs with arms folded = visible dissent in the party"),
        (13, "Afterwards, in the corridor", 0, 1, 0, 0, 0, "", "shadow cabinet minister on the plotting group"),
        (15, "Thursday, and lunch with Lord Allingham", 0, 1, 0, 0, 0, "", "plotters, serial leadership changes"),
        (17, "The WhatsApp group, meanwhile", 0, 1, 0, 0, 0, "", "demand to change the 1922 rules for a confidence vote; leader's team's reply"),
        (19, "Friday. Sir Graham, I hear", 0, 1, 0, 0, 0, "", "letter count short of 18; 'a plot that fizzled'; 'Not yet.'"),
    ],
    VET: [
        (3, "Dean keeps his desert boots", 0, 0, 1, 0, 0, "", "invasion of Iraq 2003; 'if we found the weapons'"),
        (5, "Dean is 42 now", 0, 0, 0, 0, 0, "",
         "scene-setting/biography of the veterans' group; nothing about the war itself (rule 1) - borderline"),
        (7, "Marcus, who was a corporal", 0, 0, 1, 0, 0, "", "roadside bomb outside Basra 2005 (insurgency); blame for the decision to go to war"),
        (9, "That decision rested, in part, on a document", 0, 0, 1, 0, 0, "", "WMD dossier, 45 minutes, Chilcot"),
        (11, "The Rev Alan Pryce was", 0, 0, 1, 0, 0, "", "chaplain in Iraq; veterans misled by the dossier"),
        (13, "Dame Ruth Hollings was a Labour backbencher", 0, 0, 1, 0, 0, "",
         "the 2003 vote and the dossier; a backbencher's vote is no factional struggle (PF 0)"),
        (15, "Marcus is unimpressed", 0, 0, 1, 0, 0, "",
         "borderline: Marcus's retort on the MPs' vote for the war ('She got to ask questions. We got to go.'); the rest is biography"),
        (17, "“I told her to go for it,”", 0, 0, 1, 0, 0, "",
         "borderline: Dean on reading 'every dossier' and not regretting going (to Iraq, resolved from the article)"),
    ],
}

HEADINGS = {  # budget explainer subheadings: headings, not body prose
    BUD: {5: "The Chancellor says the sums are fair", 11: "A pensioners’ charity says",
          17: "The OBR’s report is less sure", 23: "A single parent in Stockport"},
}

OPEN_CLOSE = {'"': '"', "'": "'", "“": "”", "‘": "’"}
MARKS = set('"\'“”‘’')
APOS = {"'", "’"}
PLURAL_POSSESSIVES = {"States", "pensioners", "friends", "Students", "Members"}  # X’ + space
THEME_COLS = ["special_relationship", "party_factionalism", "iraq_war_intelligence",
              "israel_palestine", "austerity_inequality"]


def line_spans(raw):
    """1-based line number -> (start, end) offsets of the line without its newline."""
    out, pos = {}, 0
    for i, line in enumerate(raw.split("\n"), 1):
        out[i] = (pos, pos + len(line))
        pos += len(line) + 1
    return out


def fail(msg):
    print("CHECK FAILED:", msg)
    sys.exit(1)


def locate(raw, lines, src, line, snippet, cursor):
    ls, le = lines[line]
    if SEP in snippet:
        head, tail = snippet.split(SEP)
    else:
        head, tail = snippet, None
    start = raw.find(head, max(cursor, ls), le)
    if start < 0:
        fail(f"{src}:{line}: head not found after cursor: {head!r}")
    opener = raw[start - 1]
    if opener not in OPEN_CLOSE:
        fail(f"{src}:{line}: no opening mark before {head!r} (got {opener!r})")
    if tail is None:
        end = start + len(head)
    else:
        t = raw.find(tail, start + len(head), le)
        if t < 0:
            fail(f"{src}:{line}: tail not found: {tail!r}")
        end = t + len(tail)
    closer = raw[end] if end < le else "\n"
    if closer != OPEN_CLOSE[opener]:
        fail(f"{src}:{line}: span {raw[start:end]!r} not closed by {OPEN_CLOSE[opener]!r} (got {closer!r})")
    text = raw[start:end]
    if tail is None and text != snippet:
        fail(f"{src}:{line}: text != snippet")
    if tail is not None and not (text.startswith(head) and text.endswith(tail)):
        fail(f"{src}:{line}: snippet ends do not match")
    return start, end, text


def build():
    qrows, trows = [], []
    summary = {}
    for src in FILES:
        raw = open(os.path.join(TEXTS, src), encoding="utf-8").read()
        lines = line_spans(raw)
        # ---------------- quotes
        rows, cursor = [], 0
        for (line, snip, kind, speaker, cue, cont, nested, note) in QUOTES[src]:
            start, end, text = locate(raw, lines, src, line, snip, cursor)
            cursor = start + 1
            assert raw[start:end] == text
            if kind == T and (speaker or cue or cont):
                fail(f"{src}: term row with speaker/cue/continuation: {text!r}")
            if kind == S and not speaker:
                print(f"note: {src}: speech row with empty speaker: {text!r}")
            rows.append(dict(source=src, start=start, end=end, text=text, kind=kind, speaker=speaker,
                             cue=cue, continuation=cont, nested=nested, notes=note))
        # sort order (by start; an outer row precedes its nested rows)
        if [r["start"] for r in rows] != sorted(r["start"] for r in rows):
            fail(f"{src}: rows not in start order")
        # nesting: spans (with marks) are disjoint or properly nested; flag matches
        for i, a in enumerate(rows):
            inside = [b for b in rows if b is not a and b["start"] - 1 < a["start"] - 1 and a["end"] + 1 <= b["end"]]
            for b in rows:
                if b is a:
                    continue
                a0, a1, b0, b1 = a["start"] - 1, a["end"] + 1, b["start"] - 1, b["end"] + 1
                if a0 < b0 < a1 < b1:
                    fail(f"{src}: crossing spans {a['text']!r} / {b['text']!r}")
            if bool(inside) != a["nested"]:
                fail(f"{src}: nested flag wrong for {a['text']!r}")
        # mark inventory
        bounds = set()
        for r in rows:
            bounds.add(r["start"] - 1)
            if r["end"] < len(raw) and raw[r["end"]] in MARKS:
                bounds.add(r["end"])
            else:
                fail(f"{src}: unclosed span {r['text']!r} (none expected in heldout13)")
        if len(bounds) != 2 * len(rows):
            fail(f"{src}: spans share a mark")
        n_marks, n_apos = 0, 0
        for p, ch in enumerate(raw):
            if ch not in MARKS:
                continue
            n_marks += 1
            if p in bounds:
                continue
            prev, nxt = raw[p - 1], raw[p + 1] if p + 1 < len(raw) else "\n"
            word = raw[:p].split()[-1] if raw[:p].split() else ""
            if ch in APOS and prev.isalnum() and (nxt.isalnum() or word.strip("“‘\"'") in PLURAL_POSSESSIVES):
                n_apos += 1
                continue
            fail(f"{src}: mark {ch!r} at {p} neither bounds a span nor is an apostrophe: {raw[p-20:p+20]!r}")
        # continuation rule (self-check of the hand values): true iff speech, no cue, top-level,
        # same speaker as the previous top-level speech span
        prev_speaker = None
        for r in rows:
            if r["nested"] or r["kind"] == T:
                expect = False
            else:
                expect = (r["cue"] == "" and prev_speaker is not None and r["speaker"] == prev_speaker)
                prev_speaker = r["speaker"]
            if expect != r["continuation"]:
                fail(f"{src}: continuation {r['continuation']} disagrees with the rule for {r['text'][:50]!r}")
        qrows += rows
        # ---------------- themes
        coded = {t[0]: t for t in THEMES[src]}
        heads = HEADINGS.get(src, {})
        for ln, (ls, le) in lines.items():
            text = raw[ls:le]
            if ln == 1 or not text.strip():
                continue
            if ln in heads:
                if not text.startswith(heads[ln]):
                    fail(f"{src}:{ln}: heading snippet mismatch")
                continue
            if ln not in coded:
                fail(f"{src}:{ln}: prose line not coded")
        if set(coded) & set(heads):
            fail(f"{src}: a heading is coded")
        for (ln, snip, sr, pf, iq, ip, au, neg, note) in THEMES[src]:
            ls, le = lines[ln]
            text = raw[ls:le]
            if not text.startswith(snip) or text != text.strip():
                fail(f"{src}:{ln}: paragraph snippet mismatch {snip!r}")
            codes = dict(zip(THEME_COLS, (sr, pf, iq, ip, au)))
            for th in filter(None, neg.split(";")):
                if codes.get(th) != 1:
                    fail(f"{src}:{ln}: negated theme {th} not coded 1")
            assert raw[ls:le] == text
            trows.append(dict(source=src, start=ls, end=le, text=text, **codes, negated=neg, notes=note))
        n_s = sum(r["kind"] == S for r in rows)
        summary[src] = dict(quotes=len(rows), speech=n_s, term=len(rows) - n_s,
                            continuation=sum(r["continuation"] for r in rows),
                            nested=sum(r["nested"] for r in rows), marks=n_marks, apostrophes=n_apos,
                            paragraphs=len(THEMES[src]),
                            themes={c: sum(t[i + 2] for t in THEMES[src]) for i, c in enumerate(THEME_COLS)})
    return qrows, trows, summary


def write(qrows, trows):
    qpath = os.path.join(HERE, "quotes.csv")
    with open(qpath, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["source", "start", "end", "text", "kind", "speaker", "cue", "continuation", "notes"])
        for r in sorted(qrows, key=lambda r: (r["source"], r["start"], -r["end"])):
            w.writerow([r["source"], r["start"], r["end"], r["text"], r["kind"], r["speaker"], r["cue"],
                        "true" if r["continuation"] else "false", r["notes"]])
    tpath = os.path.join(HERE, "themes_v2.csv")
    with open(tpath, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["source", "start", "end", "text"] + THEME_COLS + ["negated", "notes"])
        for r in sorted(trows, key=lambda r: (r["source"], r["start"])):
            w.writerow([r["source"], r["start"], r["end"], r["text"]] + [r[c] for c in THEME_COLS]
                       + [r["negated"], r["notes"]])
    # re-read and verify offsets against the texts
    for path in (qpath, tpath):
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                raw = open(os.path.join(TEXTS, row["source"]), encoding="utf-8").read()
                if raw[int(row["start"]):int(row["end"])] != row["text"]:
                    fail(f"{path}: offsets do not cut out the text: {row['text'][:40]!r}")
    return qpath, tpath


if __name__ == "__main__":
    q, t, summary = build()
    paths = write(q, t)
    for src, s in summary.items():
        print(src, s)
    print("total quotes", len(q), "speech", sum(r["kind"] == S for r in q), "term", sum(r["kind"] == T for r in q),
          "| paragraphs", len(t))
    print("all checks passed; wrote", *paths)
