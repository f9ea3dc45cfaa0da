#!/usr/bin/env python3
"""Build the heldout7 gold files from hand decisions and verify every offset.

All decisions are by hand (helper session, branch wt-heldout7, 2026-12-07, written and
annotated blind):
- sentence boundaries: the `¦` marks in `marked/<file>` (the article text with a mark between
  consecutive sentences of a paragraph); the script checks that the marked text minus the marks
  is byte-identical to `data/heldout7/<file>`;
- quotations, temporal expressions and theme codes: the tables below, in text order.
The script only finds offsets (searching forward in text order) and checks
`raw[start:end] == text`, sorting, coverage and the quotation-mark inventory.
Standard library only. Run: python build_annotations.py
"""
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXT_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "heldout7"))
MARK = "¦"
SEP = " ||| "   # prefix ||| suffix for long quotation spans

FILES = [
    "heldout7_conference_diary.txt",
    "heldout7_obituary_hallam.txt",
    "heldout7_shadow_interview.txt",
    "heldout7_spending_review.txt",
    "heldout7_washington_tariffs.txt",
]

# ---------------------------------------------------------------------------
# Quotations: (span, kind, speaker, cue, continuation, note)
# span = the exact words inside the marks, or "prefix ||| suffix".
# ---------------------------------------------------------------------------
S, T = "speech", "term"
QUOTES = {
    "heldout7_conference_diary.txt": [
        ("worse than Glastonbury, and the music’s not as good", S, "a delegate from Stockport", "tell", False, "music’s: apostrophe inside the single-quoted span"),
        ("stable", S, "the general secretary", "announce", False, "one word, but announced by a named source on an occasion: speech (decision rule), not scare quotes"),
        ("a moral failure dressed up as due process", S, "a young delegate from Bristol West", "call", False, ""),
        ("Free Palestine!", S, "a man near the back", "shout", False, "heckle/chant"),
        ("changes nothing", S, "the minister’s people", "say", False, "collective speaker"),
        ("Whose Party Is It Anyway?", T, "", "", False, "title of the fringe meeting; the sentence's full stop follows the closing mark"),
        ("mistaken the membership for an audience", S, "Tom Harkin-Bell", "tell", False, "speaker introduced as 'Its convenor, the Leeds MP Tom Harkin-Bell'"),
        ("We are not a faction,", S, "Tom Harkin-Bell", "say", False, ""),
        ("We are the party. ||| They are the faction.", S, "Tom Harkin-Bell", "", True, "new quoted sentence after 'he says, to laughter.'"),
        ("in a room with this many journalists in it", S, "Tom Harkin-Bell", "say", False, "own cue 'Harkin-Bell says he will not answer that'"),
        ("hosted by organisations that may generate negative coverage", S, "the leader’s office", "advise", False, "leaked memo from the leader's office; the memo is the grammatical subject ('it advises')"),
        ("lean into the warmth in the hall", S, "the leader’s office", "urge", False, "memo; own cue 'urges'"),
        ("It’s sensible diary management, nothing more.", S, "a spokesman for the leader", "comment", False, "colon after 'and then comments'"),
        ("the dignity of work", T, "", "", False, "the speech's theme/slogan, a label (borderline speech of Diane Marlowe)"),
        ("Scrap the limit!", S, "a woman in the balcony", "shout", False, "heckle; full stop after the closing mark"),
        ("I hear you. ||| I have heard you since June.", S, "Diane Marlowe", "say", False, "colon after 'says'"),
        ("more united than I have ever known it", S, "a cabinet minister", "insist", False, "anonymous minister; same person as the aside below"),
        ("Open Left is twenty MPs and a mailing list,", S, "a cabinet minister", "say", False, "'the minister says'"),
        ("and I love every one of them.", S, "a cabinet minister", "say", False, "second piece governed by the interposed 'the minister says, then, ...'"),
        ("The Red Flag", T, "", "", False, "song title"),
    ],
    "heldout7_obituary_hallam.txt": [
        ("Des could count,", S, "Margaret Oduya", "say", False, ""),
        ("Other people had theories ||| the list was always right.", S, "Margaret Oduya", "", True, ""),
        ("the only job I was ever sure I was good at", S, "Desmond Hallam", "describe", False, "from his memoir ('described in his memoir ... as')"),
        ("I came into politics to nationalise things,", S, "Desmond Hallam", "tell", False, "speech to a Tribune rally"),
        ("and I am now being asked to apologise for it.", S, "Desmond Hallam", "tell", False, "second piece of a split quotation, interposed cue"),
        ("I was the only man in Whitehall distrusted by both ends of Downing Street,", S, "Desmond Hallam", "write", False, "memoir"),
        ("and I took it as a compliment.", S, "Desmond Hallam", "write", False, "second piece of a split quotation"),
        ("whether anyone round this table has actually read the thing", S, "Desmond Hallam", "ask", False, "a question he asked in cabinet, known from a colleague's diary: the words are Hallam's"),
        ("I cannot ask the people of Wearside ||| whose case I do not believe.", S, "Desmond Hallam", "read", False, "his unsent letter; introduced by 'its one sentence reads:' (cue read, colon)"),
        ("I have asked myself every day since,", S, "Desmond Hallam", "write", False, "memoir (he wrote in 2014)"),
        ("The honest answer is that ||| I was frightened.", S, "Desmond Hallam", "", True, ""),
        ("Des believed the Americans would go in with us or without us,", S, "Margaret Oduya", "say", False, "'Oduya said' = Margaret Oduya (full name in paragraph 2)"),
        ("and that the only British influence left ||| he knew it by the summer.", S, "Margaret Oduya", "say", False, "second piece of a split quotation; holds two sentences"),
        ("He was not a rebel,", S, "Peter Fenwick", "say", False, ""),
        ("He was a loyalist who had run out of reasons.", S, "Peter Fenwick", "", True, ""),
        ("the most infuriating opponent ||| I usually hadn’t", S, "Clive Aldred", "call", False, "speaker 'Sir Clive Aldred': name given without the title"),
        ("We disagreed about everything except Sunderland,", S, "Clive Aldred", "say", False, "own cue 'Aldred said' -> not a continuation"),
        ("never forgave himself for March 2003, and never let anyone else forgive him either", S, "Carol", "say", False, "the daughter is named only by first name"),
    ],
    "heldout7_shadow_interview.txt": [
        ("You're going to ask me whether we deserved to lose,", S, "Nadia Kershaw", "say", False, ""),
        ("Yes. ||| Next question.", S, "Nadia Kershaw", "", True, ""),
        ("shouting at a building site that isn't there", S, "Nadia Kershaw", "describe", False, ""),
        ("We stopped being the party of people who want to own things,", S, "Nadia Kershaw", "say", False, "the question before it is paraphrased (no marks)"),
        ("For fourteen years we told young people ||| paying half her wages to a landlord.", S, "Nadia Kershaw", "", True, "unclosed: the quotation runs on into the next paragraph; span ends at the paragraph end"),
        ("And we knew. ||| every spring we found a reason to wait.", S, "Nadia Kershaw", "", True, "second paragraph of the multi-paragraph answer (reopened with \")"),
        ("He said to me, 'Nadia, our voters live in the houses. ||| Their children live in my constituency surgery.", S, "Nadia Kershaw", "", True, "'She tells me about a conversation' does not govern the span: context only; same voice as her previous quotation"),
        ("Nadia, our voters live in the houses. ||| They don't want more of them next door.", S, "a senior backbencher", "say", False, "nested straight single quotes: the colleague's view, quoted by her ('He said to me')"),
        ("I'm not going to do the thing where I pretend there's no argument. ||| I think they are going to lose.", S, "Nadia Kershaw", "", True, "after 'She sighs.'; previous top-level speech span is hers (the nested span is not counted)"),
        ("Look, everybody in this building ||| We've had five leaders in ten years.", S, "Nadia Kershaw", "", True, "unclosed paragraph; 'Her answer runs for several minutes' is in a previous sentence and does not govern the span"),
        ("If I thought I was the person to stop that, ||| Ask me again in a year.", S, "Nadia Kershaw", "", True, "reopened second paragraph of the answer"),
        ("Build him a bungalow,", S, "Nadia Kershaw", "say", False, ""),
        ("Somewhere with a view of a new estate.", S, "Nadia Kershaw", "", True, ""),
        ("That's the job,", S, "Nadia Kershaw", "say", False, ""),
        ("The rest is weather.", S, "Nadia Kershaw", "", True, ""),
    ],
    "heldout7_spending_review.txt": [
        ("draw a line under a decade of drift", S, "Helen Strachan", "tell", False, ""),
        ("These are the deepest cuts ||| never recovered from the last round,", S, "Tomasz Wielgus", "say", False, "cue after the quotation ('said its associate director, Tomasz Wielgus')"),
        ("for which there is no evidence whatsoever", S, "Tomasz Wielgus", "add", False, "own cue 'He added that'"),
        ("This isn’t 2010,", S, "a Treasury source", "say", False, ""),
        ("Nobody is cutting for the sake of it. ||| which is what governments are for.", S, "a Treasury source", "", True, ""),
        ("not made their case", S, "another official", "put", False, "'Another official put it less elegantly:' then indirect speech with a quoted fragment"),
        ("finish off", S, "Bernadette Coyle", "say", False, "two-word fragment of her words (not scare quotes)"),
        ("Our members in libraries, ||| things will get better next year,", S, "Bernadette Coyle", "say", False, "own cue 'she said'"),
        ("Next year never comes.", S, "Bernadette Coyle", "", True, ""),
        ("before we have even opened the door of a care home", S, "Ayesha Qureshi", "say", False, ""),
        ("We were promised a multi-year settlement that would let us plan,", S, "Graham Tulley", "say", False, "'he said' = Graham Tulley (previous sentence)"),
        ("What we have been given is a multi-year warning.", S, "Graham Tulley", "", True, ""),
        ("Every cut to a council is a cut to the things that keep people from needing us,", S, "a spokeswoman", "say", False, "a spokeswoman of the Trussell Trust (paragraph context)"),
        ("We will see this in our queues by Christmas.", S, "a spokeswoman", "", True, ""),
        ("cannot pass this House unamended", S, "forty government backbenchers", "warn", False, "their letter; collective speaker"),
        ("Budgets are moral documents, or they are nothing.", S, "Helen Strachan", "quote", False, "'by quoting her own maiden speech:' (colon); speaker = Strachan, quoting herself"),
    ],
    "heldout7_washington_tariffs.txt": [
        ("non-reciprocating", T, "", "", False, "label of the tariff category (from the statement, but no utterance reported here): term; borderline speech of the White House"),
        ("The President has been patient ||| advantage of American generosity,", S, "the White House", "say", False, "'it said' = the statement; collective speaker the White House"),
        ("That patience has ended.", S, "the White House", "", True, ""),
        ("not be rushed into a tit-for-tat", S, "Priya Lindqvist", "say", False, ""),
        ("every option remains on the table", S, "Priya Lindqvist", "say", False, "second 'that'-clause of the same 'said'"),
        ("We were told in writing that this could not happen to us,", S, "one of her officials", "say", False, "'one of them said' (them = her officials)"),
        ("There is a version of the special relationship ||| lives in the Federal Register,", S, "a British diplomat", "say", False, "on background"),
        ("For seventy years they more or less matched. ||| I am not sure they do any more.", S, "a British diplomat", "", True, ""),
        ("grimly professional", S, "a British diplomat", "describe", False, ""),
        ("If London slaps a retaliatory duty on Kentucky bourbon, that’s my people who pay for it,", S, "Walt Ostrander", "tell", False, "'Representative Walt Ostrander'"),
        ("I like the British. ||| But I like my distillers more.", S, "Walt Ostrander", "", True, ""),
        ("We lost two American distributors ||| only just got one of them back,", S, "Morag", "say", False, "exporter named by first name only"),
        ("People in London talk about leverage. ||| pallets sitting in Grangemouth.", S, "Morag", "", True, ""),
        ("They like us. ||| a reason to do anything for us.", S, "a British diplomat", "put", False, "'As the diplomat put it before we parted:' = the British diplomat of paragraph 4"),
    ],
}

# ---------------------------------------------------------------------------
# Temporal expressions: (text, type, value, mod, note), in text order.
# ---------------------------------------------------------------------------
TIMEX = {
    "heldout7_conference_diary.txt": [  # published Tue 2026-09-29; the diary day is Monday 2026-09-28
        ("8.40am", "TIME", "2026-09-28T08:40", "", "entry time stamp; day = the Monday of the first entry"),
        ("Monday", "DATE", "2026-09-28", "", "the Monday before publication (Tue 29 Sept 2026)"),
        ("10.05am", "TIME", "2026-09-28T10:05", "", ""),
        ("11.30am", "TIME", "2026-09-28T11:30", "", ""),
        ("the morning", "TIME", "2026-09-28TMO", "", "'the only real fight of the morning'"),
        ("1.15pm", "TIME", "2026-09-28T13:15", "", ""),
        ("next year", "DATE", "2027", "", "'next year’s selections' (possessive 's outside)"),
        ("3.20pm", "TIME", "2026-09-28T15:20", "", ""),
        ("14 September", "DATE", "2026-09-14", "", "date of the memo"),
        ("4.45pm", "TIME", "2026-09-28T16:45", "", ""),
        ("ten minutes", "DURATION", "PT10M", "", "'ten minutes into a speech'"),
        ("June", "DATE", "2026-06", "", "inside Marlowe's quotation ('since June')"),
        ("now", "DATE", "PRESENT_REF", "", "'for now'"),
        ("6.10pm", "TIME", "2026-09-28T18:10", "", ""),
        ("the day", "DATE", "2026-09-28", "", "'has spent the day insisting'"),
        ("9.30pm", "TIME", "2026-09-28T21:30", "", ""),
        ("an hour earlier", "TIME", "2026-09-28T20:30", "", "an hour before the 9.30pm entry (like 'a week later', one expression)"),
        ("Tomorrow", "DATE", "2026-09-29", "", "the next day = the publication date"),
    ],
    "heldout7_obituary_hallam.txt": [  # published Thu 2026-02-19
        ("Saturday", "DATE", "2026-02-14", "", "day of death; confirmed by the last line"),
        ("11 years", "DURATION", "P11Y", "", ""),
        ("from 1979 until 2010", "DATE", "1979/2010", "", "range with from ... until, one expression like 'from 1972 to 1976'"),
        ("four of those years", "DURATION", "P4Y", "", "'For four of those years' (2001-2005)"),
        ("one evening in March 2003", "TIME", "2003-03-17TEV", "", "resolved from paragraph 6 ('the evening of 17 March 2003'); one composite expression"),
        ("the early 1990s", "DATE", "199", "START", ""),
        ("3 May 1941", "DATE", "1941-05-03", "", ""),
        ("1971", "DATE", "1971", "", ""),
        ("from 1974 to 1979", "DATE", "1974/1979", "", "range"),
        ("2014", "DATE", "2014", "", "publication year of the memoir, in brackets"),
        ("18 years", "DURATION", "P18Y", "", "'spent 18 years in opposition' (1979-1997)"),
        ("1995", "DATE", "1995", "", ""),
        ("now", "DATE", "PRESENT_REF", "", "inside his 1995 quotation: the speaker's present"),
        ("1997", "DATE", "1997", "", ""),
        ("June 2001", "DATE", "2001-06", "", ""),
        ("a month", "DURATION", "P1M", "", "'within a month'"),
        ("May 2002", "DATE", "2002-05", "", ""),
        ("the autumn of 2002", "DATE", "2002-FA", "", ""),
        ("the evening of 17 March 2003", "TIME", "2003-03-17TEV", "", "one composite expression"),
        ("The next day", "DATE", "2003-03-18", "", "the day after 17 March 2003 (the Commons vote)"),
        ("every day", "SET", "P1D", "", "'I have asked myself every day since' (adverbial 'since' untagged)"),
        ("2014", "DATE", "2014", "", "'he wrote in 2014'"),
        ("the summer", "DATE", "2003-SU", "", "Oduya: 'he knew it by the summer' = summer 2003, after the March vote"),
        ("2005", "DATE", "2005", "", "year inside the event name 'the 2005 election' (the event itself is not a timex)"),
        ("2010", "DATE", "2010", "", ""),
        ("once", "DATE", "PAST_REF", "", "deictic adverb: 'he had once said' = formerly"),
        ("three years", "DURATION", "P3Y", "", ""),
        ("every Tuesday", "SET", "XXXX-WXX-2", "", ""),
        ("this week", "DATE", "2026-W08", "", "week of publication (Thu 19 Feb 2026 is in ISO week 8)"),
        ("1964", "DATE", "1964", "", ""),
        ("2019", "DATE", "2019", "", ""),
        ("Sunday", "DATE", "2026-02-15", "", "the day after his death, before publication"),
        ("March 2003", "DATE", "2003-03", "", "inside the daughter's quoted words"),
        ("3 May 1941", "DATE", "1941-05-03", "", "closing dates line"),
        ("14 February 2026", "DATE", "2026-02-14", "", "closing dates line"),
    ],
    "heldout7_shadow_interview.txt": [  # published Thu 2026-10-22
        ("Tuesday", "DATE", "2026-10-20", "", "the Tuesday before publication (Thu 22 Oct 2026); interview day"),
        ("a week", "DURATION", "P1W", "", "'a week after her party's conference': measure phrase + after + event"),
        ("ninety minutes", "DURATION", "PT90M", "", ""),
        ("July", "DATE", "2026-07", "", "'Since July' (preposition outside)"),
        ("fourteen years", "DURATION", "P14Y", "", "inside the quotation"),
        ("every spring", "SET", "XXXX-SP", "", ""),
        ("every spring", "SET", "XXXX-SP", "", ""),
        ("the summer", "DATE", "2026-SU", "", "'defected in the summer': the summer before the October interview"),
        ("several minutes", "DURATION", "PTXM", "", "vague"),
        ("ten years", "DURATION", "P10Y", "", "'five leaders in ten years'"),
        ("a year", "DURATION", "P1Y", "", "'Ask me again in a year': measure phrase; an alternative reading is DATE 2027-10"),
    ],
    "heldout7_spending_review.txt": [  # published Thu 2026-06-11; the statement was on Wed 2026-06-10
        ("yesterday", "DATE", "2026-06-10", "", ""),
        ("a decade", "DURATION", "P1DE", "", "inside the quotation 'a decade of drift'"),
        ("the three years", "DURATION", "P3Y", "", "'Over the three years from April 2027': the duration and its start tagged separately (not a from-to range)"),
        ("April 2027", "DATE", "2027-04", "", ""),
        ("a year", "SET", "P1Y", "", "rate '2.3 per cent a year' = annually"),
        ("2029-30", "DATE", "2029/2030", "", "financial year 2029-30 written as an interval of years"),
        ("a year", "SET", "P1Y", "", "rate '1.1 per cent a year'"),
        ("2025", "DATE", "2025", "", ""),
        ("the morning", "TIME", "2026-06-10TMO", "", "the morning of the statement"),
        ("2015", "DATE", "2015", "", "'since 2015'"),
        ("2010", "DATE", "2010", "", "inside the source's quotation"),
        ("15 years", "DURATION", "P15Y", "", ""),
        ("next year", "DATE", "FUTURE_REF", "", "repeated promise ('told for 15 years that things will get better next year'): no single year, FUTURE_REF"),
        ("Next year", "DATE", "FUTURE_REF", "", "generic, as above"),
        ("the autumn", "DATE", "2026-FA", "", ""),
        ("three years", "DURATION", "P3Y", "", ""),
        ("now", "DATE", "PRESENT_REF", "", ""),
        ("the end of the decade", "DATE", "202", "END", "the 2020s"),
        ("last year", "DATE", "2025", "", ""),
        ("Christmas", "DATE", "2026-12-25", "", "'by Christmas' = the coming Christmas"),
        ("last night", "TIME", "2026-06-10TNI", "", "night of the statement (the report is dated the next day)"),
        ("February", "DATE", "2027-02", "", "the next February"),
        ("2017", "DATE", "2017", "", "year of her maiden speech"),
        ("now", "DATE", "PRESENT_REF", "", ""),
    ],
    "heldout7_washington_tariffs.txt": [  # published Thu 2026-04-16
        ("6.12pm on Tuesday", "TIME", "2026-04-14T18:12", "", "one composite expression; Tuesday before publication"),
        ("the evening", "TIME", "2026-04-14TEV", "", ""),
        ("1 May", "DATE", "2026-05-01", "", "'From 1 May' (not a range: no end point)"),
        ("last May", "DATE", "2025-05", "", ""),
        ("the time", "DATE", "2025-05", "", "'at the time' = when the agreement was signed"),
        ("Wednesday morning", "TIME", "2026-04-15TMO", "", ""),
        ("next week", "DATE", "2026-W17", "", ""),
        ("seventy years", "DURATION", "P70Y", "", "inside the diplomat's quotation"),
        ("Wednesday afternoon", "TIME", "2026-04-15TAF", "", ""),
        ("from 2019 to 2021", "DATE", "2019/2021", "", "range"),
        ("eighteen months", "DURATION", "P18M", "", ""),
        ("this week", "DATE", "2026-W16", "", "'this week’s statement' (possessive outside)"),
        ("Monday", "DATE", "2026-04-20", "", "the coming Monday (= 'next week' above)"),
        ("a fortnight", "DURATION", "P2W", "", "'take effect in a fortnight' (~1 May)"),
        ("then", "DATE", "2026-05-01", "", "anaphoric 'then' = at that time: 'before then' = before the tariffs take effect on 1 May"),
    ],
}

# ---------------------------------------------------------------------------
# Themes v2, one row per body paragraph:
# (special_relationship, party_factionalism, iraq_war_intelligence, israel_palestine,
#  austerity_inequality, negated, note)
# ---------------------------------------------------------------------------
THEMES = {
    "heldout7_conference_diary.txt": [
        (0, 0, 0, 0, 0, "", "queue colour"),
        (0, 0, 0, 0, 0, "", "'finances are stable': party finances, no faction"),
        (0, 1, 0, 1, 0, "", "arms licences to Israel: Israel-Palestine; PF borderline 1: a floor fight over the platform against the front bench, the motion passing against the minister (reading of version 6)"),
        (0, 1, 0, 0, 0, "", "Open Left faction's fringe meeting, 'we are the party, they are the faction', selections"),
        (0, 1, 0, 0, 0, "", "the leader's office memo telling ministers to avoid events of named organisations incl. Open Left"),
        (0, 0, 0, 0, 1, "", "two-child limit heckles: welfare; PF 0 (protest from the floor, no group or contest for the party)"),
        (0, 1, 0, 0, 0, "", "minister insists the party is united and mocks Open Left: a jab at a faction, so not only a denial (not negated)"),
        (0, 0, 0, 0, 0, "", "Open Left karaoke: colour; borderline PF (leader's reception-goers singing loudest) coded 0 under rule 1"),
    ],
    "heldout7_obituary_hallam.txt": [
        (0, 0, 0, 0, 0, "", "'one evening in March 2003' is a date mention of the Iraq vote (rule 2): Iraq 0, borderline; 'Washington, County Durham' is not the US"),
        (0, 0, 0, 0, 0, "", "whips' office recollection"),
        (0, 0, 0, 0, 0, "", "early life, council"),
        (0, 1, 0, 0, 0, "", "borderline PF: not a moderniser, asked to apologise for nationalisation, Clause IV (left vs modernisers in Labour)"),
        (0, 1, 0, 0, 0, "", "Blair and Brown camps ('Brown's people'/'Blair's people') of a government at war with itself: Labour's two factions, coded 1 (not a policy disagreement inside a government)"),
        (0, 0, 1, 0, 0, "", "doubts about the Iraq intelligence, the unsent resignation letter, the war vote; no UK-US dealings"),
        (1, 0, 1, 0, 0, "", "Americans would go in with or without Britain; British influence at the table: SR and Iraq"),
        (0, 0, 0, 0, 0, "", "voting record as a backbencher ('not a rebel'): individual dissent, no faction; borderline PF 0"),
        (0, 0, 0, 0, 0, "", "cross-party tribute"),
        (0, 0, 1, 0, 0, "", "borderline Iraq 1: his never forgiving himself for March 2003 (the war vote, resolved from the article) is a statement about his Iraq vote"),
        (0, 0, 0, 0, 0, "", "dates line"),
    ],
    "heldout7_shadow_interview.txt": [
        (0, 0, 0, 0, 0, "", "scene; 'deserved to lose' is electoral"),
        (0, 0, 0, 0, 0, "", "biography; housing brief"),
        (0, 0, 0, 0, 1, "", "borderline austerity 1: cost of living (a nurse paying half her wages to a landlord); PF 0 ('does not blame the leadership' is a passing remark)"),
        (0, 0, 0, 0, 0, "", "continuation of the answer about housing figures; no theme content of its own"),
        (0, 1, 0, 0, 0, "", "borderline PF 1: the party's shire wing against her policy, a senior backbencher's view"),
        (0, 1, 0, 0, 0, "", "argument inside the Conservative party over Reform UK, defections, 'people in my party ... going to lose'"),
        (0, 1, 0, 0, 0, "", "leadership ambitions, five leaders in ten years"),
        (0, 1, 0, 0, 0, "", "borderline PF 1: whether she is the person to stop the leadership churn (reference resolved from the previous paragraph)"),
        (0, 0, 0, 0, 0, "", "joke about the backbencher: borderline PF, coded 0 (no conflict stated)"),
        (0, 0, 0, 0, 0, "", "closing scene (damp flat is casework, not austerity)"),
    ],
    "heldout7_spending_review.txt": [
        (0, 0, 0, 0, 1, "", "cuts in the spending review"),
        (0, 0, 0, 0, 1, "", "departmental cuts in figures"),
        (0, 0, 0, 0, 1, "", "IFS: deepest cuts since 2015"),
        (0, 0, 0, 0, 1, "", "Treasury source rejects the austerity comparison, but the paragraph also states that departments lost out: not every statement is a denial, so not negated"),
        (0, 0, 0, 0, 1, "", "union: services finished off"),
        (0, 0, 0, 0, 1, "", "councils' cuts, section 114"),
        (0, 0, 0, 0, 1, "", "food banks"),
        (0, 1, 0, 0, 1, "", "backbench letter, the party's left talking of rebellion against the Chancellor, critics in the parliamentary party: PF; the councils settlement: austerity"),
        (0, 0, 0, 0, 1, "", "borderline austerity 1: 'budgets are moral documents' read against the tables (of cuts)"),
    ],
    "heldout7_washington_tariffs.txt": [
        (1, 0, 0, 0, 0, "", "US tariffs naming the UK; the embassy"),
        (1, 0, 0, 0, 0, "", "White House statement; the UK-US trade agreement"),
        (1, 0, 0, 0, 0, "", "Business Secretary's response to Washington"),
        (1, 0, 0, 0, 0, "", "diplomat on the special relationship"),
        (1, 0, 0, 0, 0, "", "congressman on British retaliation"),
        (1, 0, 0, 0, 0, "", "borderline SR 1: a Scottish exporter hurt by US tariffs (influence of US policy on the UK)"),
        (1, 0, 0, 0, 0, "", "what it means for the special relationship; Iraq is a passing mention (0)"),
        (1, 0, 0, 0, 0, "", "the Business Secretary's trip to Washington and the tariffs' start"),
    ],
}

THEME_COLS = ["special_relationship", "party_factionalism", "iraq_war_intelligence",
              "israel_palestine", "austerity_inequality"]
OPEN = {"“", '"', "‘", "'"}
CLOSE = {"”", '"', "’", "'"}


def blocks(raw):
    """(start, end) of each blank-line separated block, whitespace-trimmed."""
    out = []
    for m in re.finditer(r"[^\n](?:.|\n(?!\n))*", raw):
        s, e = m.start(), m.end()
        while raw[e - 1].isspace():
            e -= 1
        out.append((s, e))
    return out


def find_word(raw, text, pos):
    m = re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)").search(raw, pos)
    if not m:
        sys.exit(f"not found after {pos}: {text!r}")
    return m.start(), m.end()


def main():
    sent_rows, quote_rows, timex_rows, theme_rows = [], [], [], []
    for fn in FILES:
        raw = open(os.path.join(TEXT_DIR, fn), encoding="utf-8").read()
        marked = open(os.path.join(HERE, "marked", fn), encoding="utf-8").read()
        assert marked.replace(MARK, "") == raw, f"{fn}: marked text differs from the article"
        rb, mb = blocks(raw), blocks(marked)
        assert len(rb) == len(mb)
        body = rb[1:]  # block 0 is the title
        # --- sentences
        for (ps, pe), (ms, me) in zip(body, mb[1:]):
            cur = ps
            for piece in marked[ms:me].split(MARK):
                s = piece.strip()
                i = raw.index(s, cur)
                assert raw[cur:i].strip() == "", (fn, s)
                sent_rows.append((fn, i, i + len(s), s))
                cur = i + len(s)
            assert cur == pe, (fn, "paragraph not covered", raw[cur:pe])
        # --- quotes
        pos, qspans = 0, []
        for span, kind, speaker, cue, cont, note in QUOTES[fn]:
            if SEP in span:
                pre, suf = span.split(SEP)
                st = raw.index(pre, pos)
                en = raw.index(suf, st) + len(suf)
            else:
                st = raw.index(span, pos)
                en = st + len(span)
            para = next(b for b in rb if b[0] <= st < b[1])
            assert raw[st - 1] in OPEN or st == para[0], (fn, span, "no opening mark")
            assert en == para[1] or raw[en] in CLOSE, (fn, span, "no closing mark")
            assert (kind == T) == (speaker == "" and cue == ""), (fn, span)
            quote_rows.append((fn, st, en, raw[st:en], kind, speaker, cue,
                               "true" if cont else "false", note))
            qspans.append((st, en))
            pos = st + 1
        # mark inventory: every double mark and every opening single mark is a row boundary
        bounds_open = {st - 1 for st, en in qspans}
        bounds_close = {en for st, en in qspans}
        for i, ch in enumerate(raw):
            if ch in "“”\"‘":
                assert i in bounds_open or i in bounds_close, (fn, i, ch, raw[i - 30:i + 30])
            if ch == "'" and i in bounds_open | bounds_close:
                pass
        # --- timex
        pos = 0
        for text, typ, value, mod, note in TIMEX[fn]:
            st, en = find_word(raw, text, pos)
            timex_rows.append((fn, st, en, raw[st:en], typ, value, mod, note))
            pos = en
        # --- themes
        codes = THEMES[fn]
        assert len(codes) == len(body), (fn, len(codes), len(body))
        for (ps, pe), c in zip(body, codes):
            theme_rows.append((fn, ps, pe, raw[ps:pe]) + tuple(c))

    # checks common to all files
    for rows in (sent_rows, quote_rows, timex_rows, theme_rows):
        assert rows == sorted(rows, key=lambda r: (r[0], r[1])), "not sorted"
        for r in rows:
            raw = open(os.path.join(TEXT_DIR, r[0]), encoding="utf-8").read()
            assert raw[r[1]:r[2]] == r[3], r
    for rows in (sent_rows, timex_rows):
        for a, b in zip(rows, rows[1:]):
            assert a[0] != b[0] or a[2] <= b[1], ("overlap", a, b)

    def write(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)

    write("sentences.csv", ["source", "start", "end", "text"], sent_rows)
    write("quotes.csv", ["source", "start", "end", "text", "kind", "speaker", "cue",
                         "continuation", "notes"], quote_rows)
    write("timex.csv", ["source", "start", "end", "text", "type", "value", "mod", "notes"],
          timex_rows)
    write("themes_v2.csv", ["source", "start", "end", "text"] + THEME_COLS + ["negated", "notes"],
          theme_rows)

    # counts
    print("file | sentences | quotes (speech/term) | timex | paragraphs | SR PF IRQ IP AUS")
    for fn in FILES:
        s = sum(r[0] == fn for r in sent_rows)
        q = [r for r in quote_rows if r[0] == fn]
        t = sum(r[0] == fn for r in timex_rows)
        th = [r for r in theme_rows if r[0] == fn]
        pos_ = [sum(r[4 + k] for r in th) for k in range(5)]
        print(fn, s, len(q), sum(r[4] == S for r in q), sum(r[4] == T for r in q), t, len(th), pos_)
    print("total", len(sent_rows), len(quote_rows),
          sum(r[4] == S for r in quote_rows), sum(r[4] == T for r in quote_rows),
          len(timex_rows), len(theme_rows),
          [sum(r[4 + k] for r in theme_rows) for k in range(5)])
    print("continuation true:", sum(r[7] == "true" for r in quote_rows),
          "cue empty (speech):", sum(r[4] == S and r[6] == "" for r in quote_rows))
    from collections import Counter
    print("types:", Counter(r[4] for r in timex_rows))
    print("all checks passed")


if __name__ == "__main__":
    main()
