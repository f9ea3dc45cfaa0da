"""Build the uk_dev14 texts and gold files from the hand-marked articles.

Markers in `marked/<file>.txt` (placed by hand while writing):
  ¦        boundary between two sentences of a paragraph
  « »      just inside the quotation marks of every quotation span
  ⟨ ⟩      around every temporal expression
Stripping them gives `data/uk_dev14/<file>.txt` (written here). Offsets come from marker
positions; each span and each body paragraph is paired, in text order, with the hand decision
below, whose snippet must match the start of the span (or paragraph).

Run: /work/main/.venv/bin/python data/annotations/uk_dev14/build_annotations.py
"""
from __future__ import annotations

import csv
import io
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
TEXT_DIR = os.path.join(ROOT, "data", "uk_dev14")
MARKED = os.path.join(HERE, "marked")

FILES = [
    "uk_dev14_select_committee.txt",
    "uk_dev14_rebel_profile.txt",
    "uk_dev14_nato_dispatch.txt",
    "uk_dev14_memoir_review.txt",
    "uk_dev14_byelection_live.txt",
]
DATES = {
    "uk_dev14_select_committee.txt": "2026-03-11",
    "uk_dev14_rebel_profile.txt": "2026-05-20",
    "uk_dev14_nato_dispatch.txt": "2026-07-08",
    "uk_dev14_memoir_review.txt": "2025-10-15",
    "uk_dev14_byelection_live.txt": "2025-11-27",
}
# top-level quotation marks (open, close) and nested marks, per article
MARKS = {
    "uk_dev14_select_committee.txt": (("“", "”"), ("‘", "’")),
    "uk_dev14_rebel_profile.txt": (("‘", "’"), ("“", "”")),
    "uk_dev14_nato_dispatch.txt": (('"', '"'), ("'", "'")),
    "uk_dev14_memoir_review.txt": (("“", "”"), ("‘", "’")),
    "uk_dev14_byelection_live.txt": (("‘", "’"), ("“", "”")),
}
QMARKS = set("“”‘’\"'")

# ---------------------------------------------------------------------------------------
# Hand decisions. Quotes: (snippet, kind, speaker, cue, continuation, note)
# Timex: (snippet, type, value, mod, note). Themes: (snippet, SR, PF, IRQ, IP, AUS, negated, note)
# ---------------------------------------------------------------------------------------
Q, T, TH = {}, {}, {}

# 1. select committee (curly double; published Wednesday 2026-03-11, hearing Tuesday 2026-03-10)
F = "uk_dev14_select_committee.txt"
Q[F] = [
    ("My son asked me", "speech", "Danielle", "read", False,
     "letter of 'a mother in Stockport' read aloud by the chair; the writer is named later (Danielle, para 10), so the words are hers; cue = the chair's 'read'"),
    ("I told him it was so", "speech", "Danielle", "", True, "the letter continues; the tag 'the chair read' belongs to the first piece"),
    ("what the numbers feel like", "speech", "Margaret Oyelaran-Pike", "say", False, "the chair = Margaret Oyelaran-Pike"),
    ("turn the tide within", "speech", "the government’s strategy", "promise", False, "a published strategy document's words; cue noun 'promise'"),
    ("the long tail of", "speech", "Graham Selwood", "tell", False, "interposed 'he told MPs'"),
    ("time to bite", "speech", "Graham Selwood", "tell", False, "second quoted fragment under the same 'he told MPs' frame (coordinated clause): cue tell, not a continuation"),
    ("We are putting £2.1bn", "speech", "Graham Selwood", "say", False, ""),
    ("Nobody on this side", "speech", "Graham Selwood", "", True, ""),
    ("the single most effective", "speech", "Selwood’s predecessor", "describe", False, "unnamed predecessor"),
    ("I support whatever", "speech", "Graham Selwood", "say", False, "'the Secretary of State' = Selwood"),
    ("Is that a yes?", "speech", "Tom Hartigan", "", False, "transcript style 'Hartigan: “...”' - a name and a colon, no verb: cue empty; speaker change"),
    ("It is an answer.", "speech", "Graham Selwood", "", False, "transcript style 'Selwood: “...”'; speaker change from Hartigan"),
    ("at its lowest real level", "speech", "Priya Venkataraman", "warn", False, "her written submission 'warns'"),
    ("This is not a cost-of-living", "speech", "Priya Venkataraman", "say", False, ""),
    ("It is an austerity story.", "speech", "Priya Venkataraman", "", True, ""),
    ("I would say it has not", "speech", "Priya Venkataraman", "say", False, ""),
    ("the poverty premium", "speech", "Owen Tregarthen", "call", False, "'what he calls' a specific source's phrase (decision rule: call + source = speech); borderline with a term, the phrase being current vocabulary"),
    ("overwhelmingly in work", "speech", "Little Lanterns", "say", False, "written evidence of the charity; 'it says'"),
    ("a tax on having been", "speech", "Little Lanterns", "call", False, ""),
    ("People think it’s about", "speech", "Danielle", "tell", False, "first name only (member of the public)"),
    ("I work.", "speech", "Danielle", "", True, ""),
    ("very powerful", "speech", "Graham Selwood", "say", False, "reported fragment"),
    ("reflect on it", "speech", "Graham Selwood", "say", False, "second fragment under the same 'said afterwards that'"),
    ("Ministers have been reflecting", "speech", "Margaret Oyelaran-Pike", "say", False, ""),
    ("Danielle’s daughter is two.", "speech", "Margaret Oyelaran-Pike", "", True, ""),
    ("If I can get the night off", "speech", "Danielle", "say", False, ""),
]
T[F] = [
    ("Tuesday afternoon", "TIME", "2026-03-10TAF", "", "the hearing, the day before publication (Wed 2026-03-11); extent stops before the possessive ’s"),
    ("six years", "DURATION", "P6Y", "", ""),
    ("last September", "DATE", "2025-09", "", "since last September"),
    ("the past four years", "DURATION", "P4Y", "", "in each of the past four years"),
    ("last spring", "DATE", "2025-SP", "", ""),
    ("now", "DATE", "PRESENT_REF", "", ""),
    ("two years ago", "DATE", "2024", "", "annual poverty figures: the year only"),
    ("months", "DURATION", "PXM", "", "for months"),
    ("2017", "DATE", "2017", "", ""),
    ("April 2017", "DATE", "2017-04", "", "born after April 2017"),
    ("once", "DATE", "PAST_REF", "", "deictic adverb: once = formerly ('once described')"),
    ("2010", "DATE", "2010", "", "since 2010"),
    ("a decade", "DURATION", "P1DE", "", "a decade of freezes"),
    ("forty years", "DURATION", "P40Y", "", "inside the quotation"),
    ("between 2012 and 2019", "DATE", "2012/2019", "", "range, 'between' included"),
    ("last year", "DATE", "2025", "", ""),
    ("half-hour", "DURATION", "PT30M", "", "'her half-hour': possessive excluded"),
    ("four nights a week", "SET", "P1W", "", "frequency 4 (nights) per week"),
    ("nine years", "DURATION", "P9Y", "", "since the 2017 limit"),
    ("nine years", "DURATION", "P9Y", "", ""),
    ("June", "DATE", "2026-06", "", "the coming June"),
]
TH[F] = [
    ("Margaret Oyelaran-Pike did not", 0, 0, 0, 0, 1, "", "a mother's letter on rationing the heating: poverty"),
    ("The chair, a Labour MP", 0, 0, 0, 0, 1, "", "borderline: one weak cue ('what the numbers feel like from the inside' = child poverty figures), decided by context (rule 1b)"),
    ("The committee is examining", 0, 0, 0, 0, 1, "", "child poverty figures"),
    ("Selwood’s defence was", 0, 0, 0, 0, 1, "", "cost of living, spending on breakfast clubs etc."),
    ("Then came the two-child limit", 0, 0, 0, 0, 1, "", "welfare policy and its cost"),
    ("Asked by Tom Hartigan", 0, 0, 0, 0, 1, "", "lifting the limit vs 'what the country can afford'"),
    ("The most pointed evidence", 0, 0, 0, 0, 1, "", "benefit freezes, 'an austerity story'"),
    ("Pressed by Owen Tregarthen", 0, 0, 0, 0, 1, "", "the poverty strategy; 'the poverty premium'. A Labour member questioning his own government's strategy is not factional struggle: PF 0"),
    ("Written evidence from the charity", 0, 0, 0, 0, 1, "", "baby banks, benefit cap"),
    ("The mother who had written", 0, 0, 0, 0, 1, "", "in-work poverty, two-child limit"),
    ("Selwood, who stayed to listen", 0, 0, 0, 0, 1, "", "borderline: ministers 'reflecting' for nine years on the limit that hits Danielle's daughter; the policy is resolved from context"),
    ("The committee expects to report", 0, 0, 0, 0, 0, "", "logistics; 'the spending review' a passing mention (rule 2)"),
]

# 2. rebel profile (British single quotes, nested double; published 2026-05-20)
F = "uk_dev14_rebel_profile.txt"
Q[F] = [
    ("People think I keep it", "speech", "Rhiannon Castell", "say", False, ""),
    ("Keep calm and read", "term", "", "", False, "slogan printed on a mug ('reads')"),
    ("I keep it because", "speech", "Rhiannon Castell", "", True, "continues Castell; the mug slogan between is a term, not a speech span"),
    ("the most organised pain", "speech", "one Labour whip", "word", False, "'in the words of one Labour whip': cue noun 'words'"),
    ("What happened that week", "speech", "Rhiannon Castell", "", False, "a whole paragraph in quotation marks with no tag: Castell by context ('She has not, she says, been forgiven'); the previous speech span is the whip's, so not a continuation"),
    ("The Prime Minister is very disappointed", "speech", "Downing Street", "say", False, "nested: 'The last one [call from Downing Street] said'; the caller is not named"),
    ("Rhiannon is very good", "speech", "Gareth Mold", "tell", False, ""),
    ("She is less interested", "speech", "Gareth Mold", "", True, ""),
    ("Grandstanding is what you call", "speech", "Rhiannon Castell", "say", False, ""),
    ("Nobody called it grandstanding", "speech", "Rhiannon Castell", "", True, ""),
    ("the usual suspects", "speech", "one minister", "call", False, "'what one minister calls': a specific source + call = speech (decision rule); borderline with a label"),
    ("talented, genuinely", "speech", "one cabinet minister", "describe", False, "anonymous cabinet minister"),
    ("The problem isn’t Rhiannon", "speech", "one cabinet minister", "say", False, "'the minister said'"),
    ("The problem is the forty", "speech", "one cabinet minister", "", True, ""),
    ("the post-Ashworth question", "speech", "one of those present", "call", False, "an attendee's phrase (call + source); borderline with a term"),
    ("I go to a lot of meetings", "speech", "Rhiannon Castell", "say", False, ""),
    ("Some of them have biscuits", "speech", "Rhiannon Castell", "", True, ""),
    ("Reform took every division", "speech", "Rhiannon Castell", "say", False, ""),
    ("Not because people there", "speech", "Rhiannon Castell", "", True, "paragraph opens a quotation that does not close: the span runs to the paragraph end"),
    ("So when I vote against", "speech", "Rhiannon Castell", "", True, "second paragraph of the multi-paragraph quotation, reopened with ‘, no cue of its own"),
    ("She’s the first one", "speech", "Kath Duffy", "say", False, "'Kath says' - fullest name Kath Duffy"),
    ("Most of them, you see them", "speech", "Kath Duffy", "", True, ""),
    ("He’s fine", "speech", "Rhiannon Castell", "say", False, ""),
    ("He just thinks the party", "speech", "Rhiannon Castell", "", True, ""),
]
T[F] = [
    ("July 2024", "DATE", "2024-07", "", "since July 2024"),
    ("last month", "DATE", "2026-04", "", ""),
    ("2024", "DATE", "2024", "", ""),
    ("five years earlier", "DATE", "2019", "", "five years before 2024; 'N units earlier' without an event complement is one expression"),
    ("a year", "DURATION", "P1Y", "", "within a year"),
    ("June 2025", "DATE", "2025-06", "", ""),
    ("that week", "DATE", "2025-06", "", "anaphoric: the week of the June 2025 welfare vote; the week itself is not given, so the month"),
    ("that weekend", "DATE", "2025-06", "", "anaphoric, as 'that week'"),
    ("the time", "DATE", "2025-06", "", "'her whip at the time' = at the time of the June 2025 rebellion"),
    ("every other week", "SET", "P2W", "", ""),
    ("March", "DATE", "2026-03", "", ""),
    ("Tuesday evenings", "SET", "XXXX-WXX-2TEV", "", "on Tuesday evenings (recurring)"),
    ("last year", "DATE", "2025", "", "the county elections of 2025"),
    ("fifteen years", "DURATION", "P15Y", "", ""),
    ("a Friday", "SET", "XXXX-WXX-5", "", "habitual 'comes in on a Friday' = on Fridays"),
    ("a long time ago", "DATE", "PAST_REF", "", "simile ('people who were divorced a long time ago')"),
]
TH[F] = [
    ("Rhiannon Castell keeps a list", 0, 1, 0, 0, 0, "", "a tally of votes defying the party whip: a party figure rejecting the party line"),
    ("‘People think I keep it", 0, 1, 0, 0, 0, "", "borderline: one weak cue ('the whips keep one too' - the whips' record of rebels), decided by context (rule 1b)"),
    ("Castell, 41, was elected", 0, 1, 0, 0, 0, "", "from loyalist to a whip's 'pain in the arse on the back benches'"),
    ("The turning point was the welfare", 0, 1, 0, 0, 1, "", "backbench rebellion forcing a retreat on disability benefit cuts; not forgiven"),
    ("‘What happened that week", 0, 1, 0, 0, 0, "", "the rebels and Downing Street's pressure"),
    ("Her whip at the time", 0, 1, 0, 0, 0, "", "former whip against the rebel; 'find the money' is a weak fiscal cue, AUS 0"),
    ("The charge of grandstanding", 0, 1, 0, 0, 0, "", "Labour right's past rebellions against Corbyn ('Jeremy')"),
    ("Castell came up through the soft left", 0, 1, 0, 0, 0, "", "soft left vs Socialist Campaign Group; 'on child poverty' a mention, AUS 0"),
    ("One cabinet minister, speaking", 0, 1, 0, 0, 0, "", "a bloc of forty MPs following a rebel; Number 10's handling"),
    ("There is talk, which she does not deny", 0, 1, 0, 0, 0, "", "soft-left MPs meeting on 'the post-Ashworth question' (succession plotting)"),
    ("‘I go to a lot of meetings", 0, 1, 0, 0, 0, "party_factionalism", "denies a plot; the rest is evasion or hypothetical ('If I wanted the leader gone') - every statement on the theme is denied or conditional: negated"),
    ("What she will talk about", 0, 0, 0, 0, 1, "", "bus route, library, youth club gone, 'no money' for fifteen years; 'whatever some of my colleagues in London seem to think' is a jibe, not a factional conflict: PF 0"),
    ("‘So when I vote against", 0, 1, 0, 0, 0, "", "voting against the party line and loyalty to the party; the disloyalty charge is denied but the rebellion is affirmed: not negated"),
    ("Kath Duffy, who runs a food pantry", 0, 0, 0, 0, 1, "", "food pantry, food bank"),
    ("On the way out, we pass Mold", 0, 1, 0, 0, 0, "", "borderline: rebel and former whip; the party as something 'you manage' vs 'argue with'"),
]

# 3. NATO dispatch (straight double quotes; published Wednesday 2026-07-08)
F = "uk_dev14_nato_dispatch.txt"
Q[F] = [
    ("well ahead of schedule", "speech", "Thomas Kessler", "tell", False, ""),
    ("keeping a list", "speech", "Thomas Kessler", "tell", False, "second fragment under the same 'told reporters that'"),
    ("The UK is our closest ally", "speech", "Thomas Kessler", "say", False, ""),
    ("Closest allies don't", "speech", "Thomas Kessler", "", True, ""),
    ("stretching", "speech", "ministers", "describe", False, "collective, habitual ('ministers describe as'); borderline with a term"),
    ("a floor, not a ceiling", "speech", "the Pentagon", "call", False, "the Pentagon's statement"),
    ("review the terms", "speech", "the Pentagon", "say", False, "'The statement ... said': the Pentagon's statement"),
    ("Burden-sharing is not", "speech", "the Pentagon", "add", False, "'It added:'"),
    ("I've seen the statement", "speech", "Daniel Ashworth", "say", False, ""),
    ("There is no daylight", "speech", "Daniel Ashworth", "", True, ""),
    ("Nobody in Number 10", "speech", "a senior British official", "say", False, ""),
    ("It's aimed at the Germans", "speech", "a senior British official", "", True, ""),
    ("noticed", "speech", "a senior British official", "add", False, "one word, reported with 'added that'; the writer glosses it"),
    ("the language of a protection racket", "speech", "one backbench MP", "call", False, "'one [of several backbench MPs] calling it'"),
    ("Every president since Eisenhower", "speech", "Thomas Kessler", "tell", False, ""),
    ("This president is the first", "speech", "Thomas Kessler", "", True, ""),
    ("real leadership", "speech", "Thomas Kessler", "call", False, ""),
    ("a serious man in a serious job", "speech", "Thomas Kessler", "describe", False, ""),
]
T[F] = [
    ("Tuesday night", "TIME", "2026-07-07TNI", "", ""),
    ("Wednesday afternoon", "TIME", "2026-07-08TAF", "", "by Wednesday afternoon"),
    ("2035", "DATE", "2035", "", "by 2035"),
    ("overnight", "TIME", "2026-07-07TNI", "", "'issued overnight' = the night before Wednesday's events"),
    ("two years", "DURATION", "P2Y", "", ""),
    ("an hour", "DURATION", "PT1H", "", "within an hour of"),
    ("later in the day", "DATE", "2026-07-08", "", ""),
    ("tomorrow morning", "TIME", "2026-07-09TMO", "", ""),
    ("March", "DATE", "2026-03", "", "the president's state visit"),
    ("an hour later", "DATE", "2026-07-08", "", "an hour after Kessler's remarks 'later in the day'; no clock time given, so the day"),
    ("now", "DATE", "PRESENT_REF", "", "for now"),
]
TH[F] = [
    ("Daniel Ashworth arrived in Ankara", 1, 0, 0, 0, 0, "", "borderline: British PMs at Nato summits 'end up talking about the United States' - the relationship as the summit's story"),
    ("The trigger was a briefing", 1, 0, 0, 0, 0, "", "US NSA on whether Britain is 'on the list'; 'our closest ally'"),
    ("Britain has committed to spending", 1, 0, 0, 0, 0, "", "Britain's target as judged by the Pentagon; threat to intelligence co-operation"),
    ("For a government that has spent", 1, 0, 0, 0, 0, "", "'no daylight between us' alongside the affirmed commitment: not negated"),
    ("A senior British official was franker", 1, 0, 0, 0, 0, "", "'not aimed at us' is denied, but the intelligence line was 'noticed' (affirmed): not negated"),
    ("Intelligence co-operation is the part", 1, 0, 0, 0, 0, "", "UK dependence on US intelligence, missiles, lift; intelligence here is not Iraq: IRQ 0"),
    ("Some on the Labour benches", 1, 0, 0, 0, 0, "", "Labour MPs' objections are to the US, not to their party; no conflict inside the party is stated: PF 0 (borderline)"),
    ("Kessler, for his part", 1, 0, 0, 0, 0, "", "US NSA praising London, describing the PM"),
    ("The prime minister is due to hold", 1, 0, 0, 0, 0, "", "PM-president bilateral"),
    ("That Ashworth and Kessler were photographed", 1, 0, 0, 0, 0, "", ""),
]

# 4. memoir review (curly double; published 2025-10-15)
F = "uk_dev14_memoir_review.txt"
Q[F] = [
    ("the job is to be in the room", "speech", "her first ambassador", "tell", False, "passive 'is told by her first ambassador that'; unnamed"),
    ("arrived in New York already", "speech", "Celia Hartnell", "write", False, "the book"),
    ("compelling", "speech", "cables from London", "describe", False, "collective/documentary source"),
    ("thin, repetitive", "speech", "Celia Hartnell", "find", False, "her words from the book, governed by 'her own reading ... found them'; cue 'find' (a verb of judging rather than saying) - borderline with an empty cue"),
    ("I said that I did not think", "speech", "Celia Hartnell", "", True, "the book, cue-less; the sentence before has 'she reconstructs' but no reporting verb governs the quotation"),
    ("Celia, nobody is asking", "speech", "a senior official from London", "say", False, "nested: 'He said' = the unnamed official"),
    ("I think we were told", "speech", "Celia Hartnell", "say", False, "the earlier radio interview"),
    ("That isn’t intelligence.", "speech", "Celia Hartnell", "", True, ""),
    ("Everybody was doing their job", "speech", "Celia Hartnell", "write", False, ""),
    ("That was the problem.", "speech", "Celia Hartnell", "", True, ""),
    ("a memoir of hindsight", "speech", "Richard Pallister", "call", False, "letter to the Times; 'Lord Pallister' = Richard Pallister"),
    ("every concern raised", "speech", "Richard Pallister", "insist", False, ""),
    ("If Dame Celia had doubts", "speech", "Richard Pallister", "write", False, "split quotation, interposed 'he wrote'"),
    ("the proper course was", "speech", "Richard Pallister", "write", False, "second piece of the split quotation"),
    ("I have had twenty years", "speech", "Celia Hartnell", "write", False, ""),
    ("I have not decided.", "speech", "Celia Hartnell", "", True, ""),
    ("always the last to be told", "speech", "Celia Hartnell", "note", False, ""),
]
T[F] = [
    ("the next 30 years", "DURATION", "P30Y", "", ""),
    ("the autumn of 2002", "DATE", "2002-FA", "", ""),
    ("early in 2003", "DATE", "2003", "START", ""),
    ("those weeks", "DURATION", "PXW", "", "vague span of weeks (the UN negotiations)"),
    ("last month", "DATE", "2025-09", "", "the Today interview"),
    ("then", "DATE", "2025-09", "", "anaphoric 'then' = at that time (the radio interview of last month)"),
    ("the spring of 2003", "DATE", "2003-SP", "", "by the spring of 2003"),
    ("now", "DATE", "PRESENT_REF", "", "'now Lord Pallister'"),
    ("the time", "DATE", "2002/2003", "", "'at the time' = the run-up (autumn 2002 to spring 2003); interval of the two years"),
    ("last week", "DATE", "2025-W41", "", "the week before the week of publication (2025-W42)"),
    ("now", "DATE", "PRESENT_REF", "", "inside Pallister's quotation"),
    ("March 2003", "DATE", "2003-03", "", ""),
    ("twenty years", "DURATION", "P20Y", "", "inside the quotation"),
    ("Twenty-two years", "DURATION", "P22Y", "", "'Twenty-two years on': relational 'on' left out"),
]
TH[F] = [
    ("There is a moment early", 0, 0, 0, 0, 0, "", "borderline: the memoir's arc; 'on the road to the Iraq war' is a passing mention (rule 2)"),
    ("In the autumn of 2002", 0, 0, 1, 0, 0, "", "UN negotiations over resolution 1441 and the second resolution; no US content: SR 0"),
    ("The intelligence, she writes", 0, 0, 1, 0, 0, "", "intelligence on Iraq's weapons"),
    ("In an interview on Radio 4", 0, 0, 1, 0, 0, "", "'told what the answer was ... That isn't intelligence' (Iraq resolved from context)"),
    ("On the page, Hartnell", 0, 0, 1, 0, 0, "", "assessment wrong vs dishonest; the machine for defending claims"),
    ("Richard Pallister, now Lord", 0, 0, 1, 0, 0, "", "the rebuttal: concerns raised through channels, resignation"),
    ("It is a fair hit", 0, 0, 1, 0, 0, "", "borderline: why she stayed in post in March 2003 rather than resign over the war (context)"),
    ("What the book lacks", 1, 0, 1, 0, 0, "", "London's judgment bent by the need to stay at America's side; the run-up period"),
    ("The Long Table is a better book", 0, 0, 1, 0, 0, "", "the failure over Iraq 'a failure of intelligence alone'"),
]

# 5. by-election live blog (British single quotes, nested double; Thursday 2025-11-27 into Friday)
F = "uk_dev14_byelection_live.txt"
Q[F] = [
    ("somewhere in the low thirties", "speech", "Alison Tebbutt", "according to", False, "'according to the returning officer'"),
    ("at around three", "speech", "Alison Tebbutt", "say", False, ""),
    ("quietly confident", "speech", "a source close to Craig Denholm", "say", False, "'A source close to its [Reform UK's] candidate, Craig Denholm'"),
    ("took this town for granted", "speech", "a source close to Craig Denholm", "say", False, "second fragment under the same 'says ... and that'"),
    ("Whatever happens tonight", "speech", "Yusuf Karim", "tell", False, ""),
    ("Fuel for a long night", "speech", "Bethan Lowry", "caption", False, "social media post; the colon-introducing noun 'caption' (cf. 'appeal' in the guideline)"),
    ("If we lose Harrowfield", "speech", "Simon Achterberg", "post", False, "social media post"),
    ("London issue", "speech", "the people who told us", "tell", False, "nested in Achterberg's post: words he attributes to unnamed party colleagues ('the people who told us'); borderline with a label"),
    ("People here don’t want", "speech", "Sunita Rao", "tell", False, ""),
    ("They want the bus", "speech", "Sunita Rao", "", True, ""),
    ("I’d settle for keeping", "speech", "Piers Whitlow", "joke", False, ""),
    ("Whatever the result", "speech", "Kieran Fossey", "post", False, "social media post"),
    ("Unhelpful.", "speech", "a Labour whip", "reply", False, "'had replied with a single word:'"),
    ("Nobody asked us", "speech", "Amira", "put", False, "'puts it simply:'"),
    ("sent a message to every party", "speech", "Sunita Rao", "say", False, ""),
]
T[F] = [
    ("10.01pm", "TIME", "2025-11-27T22:01", "", "entry timestamp"),
    ("September", "DATE", "2025-09", "", ""),
    ("27 years", "DURATION", "P27Y", "", ""),
    ("last year", "DATE", "2024", "", "the general election of 2024"),
    ("10.20pm", "TIME", "2025-11-27T22:20", "", "entry timestamp"),
    ("around three", "TIME", "2025-11-28T03:00", "APPROX", "inside the quotation; the declaration after midnight"),
    ("10.34pm", "TIME", "2025-11-27T22:34", "", "entry timestamp"),
    ("a generation", "DURATION", "PXY", "", "for a generation: a vague number of years"),
    ("now", "DATE", "PRESENT_REF", "", "for now"),
    ("10.52pm", "TIME", "2025-11-27T22:52", "", "entry timestamp"),
    ("2023", "DATE", "2023", "", ""),
    ("tonight", "TIME", "2025-11-27TNI", "", ""),
    ("11.15pm", "TIME", "2025-11-27T23:15", "", "entry timestamp"),
    ("a long night", "TIME", "2025-11-27TNI", "", "'Fuel for a long night' = this (election) night"),
    ("11pm", "TIME", "2025-11-27T23:00", "", "'shortly before 11pm': the relational words outside the extent, no mod (cf. prepositions)"),
    ("11.48pm", "TIME", "2025-11-27T23:48", "", "entry timestamp"),
    ("the past 15 years", "DURATION", "P15Y", "", ""),
    ("2016", "DATE", "2016", "", ""),
    ("the coalition years", "DATE", "2010/2015", "", "the Conservative-Lib Dem coalition government, 2010-2015 (historical knowledge); a period, not an event name"),
    ("last week", "DATE", "2025-W47", "", "the week before the by-election week (2025-W48)"),
    ("12.25am", "TIME", "2025-11-28T00:25", "", "entry timestamp, after midnight"),
    ("1.10am", "TIME", "2025-11-28T01:10", "", "entry timestamp"),
    ("tonight", "TIME", "2025-11-27TNI", "", "posted after midnight, but 'tonight' is the election night that began on the 27th"),
    ("minutes", "DURATION", "PTXM", "", "within minutes"),
    ("2.05am", "TIME", "2025-11-28T02:05", "", "entry timestamp"),
    ("every evening", "SET", "XXXX-XX-XXTEV", "", "every evening since half-term"),
    ("half-term", "DATE", "2025-W44", "", "the October 2025 half-term (week of 27 October in most English schools; annotator's judgement)"),
    ("3.12am", "TIME", "2025-11-28T03:12", "", "entry timestamp"),
    ("3.30am", "TIME", "2025-11-28T03:30", "", "entry timestamp"),
    ("later this morning", "TIME", "2025-11-28TMO", "", ""),
]
TH[F] = [
    ("10.01pm Polls have closed", 0, 0, 0, 0, 0, "", "scene; Labour's previous majority"),
    ("10.20pm Turnout", 0, 0, 0, 0, 0, "", "logistics"),
    ("10.34pm The first party", 0, 0, 0, 0, 0, "", "Reform's claim against Labour is between parties, not inside one"),
    ("10.52pm The independent candidate", 0, 1, 0, 1, 0, "", "Gaza campaign; PF borderline: a former Labour councillor who left the party over its position on the war (a party figure rejecting the party line)"),
    ("11.15pm Social media", 0, 1, 0, 1, 0, "", "Achterberg blames party colleagues who called Gaza a 'London issue' (PF); Gaza as a political issue (IP, borderline); Lowry's post carries no theme"),
    ("11.48pm A word on why", 0, 0, 0, 0, 1, "", "A&E, Sure Start closures under the coalition, child poverty, cost of living"),
    ("12.25am Verification", 0, 0, 0, 0, 0, "", ""),
    ("1.10am The first recriminations", 0, 1, 0, 0, 0, "", "Campaign Group MP vs a Labour whip; 'nothing could [change]' is not a statement about spending cuts: AUS 0"),
    ("2.05am Karim’s team", 0, 0, 0, 1, 0, "", "borderline: a volunteer on Gaza as the campaign's cause"),
    ("3.12am Result.", 0, 0, 0, 0, 0, "", "'a message to every party, mine included' is a weak cue, not a stated conflict: PF 0"),
    ("3.30am We’re pausing", 0, 1, 0, 0, 0, "", "one of its own MPs and a whip sniping; post-mortem"),
]

# ---------------------------------------------------------------------------------------


def parse(marked: str):
    """Strip markers; return raw text, sentence cut points, quote spans, timex spans."""
    out = []
    pos = 0
    cuts, quotes, timex = [], [], []
    qstack, tstack = [], []
    for ch in marked:
        if ch == "¦":
            cuts.append(pos)
        elif ch == "«":
            qstack.append(pos)
        elif ch == "»":
            quotes.append((qstack.pop(), pos, len(qstack)))  # depth 0 = top level
        elif ch == "⟨":
            tstack.append(pos)
        elif ch == "⟩":
            timex.append((tstack.pop(), pos))
        else:
            out.append(ch)
            pos += 1
    assert not qstack and not tstack, "unbalanced markers"
    return "".join(out), cuts, sorted(quotes), sorted(timex)


def paragraphs(raw: str):
    """(start, end) of every paragraph (blocks separated by blank lines); first is the title."""
    res, i = [], 0
    for block in raw.split("\n\n"):
        s = i + (len(block) - len(block.lstrip()))
        e = i + len(block.rstrip())
        if e > s:
            res.append((s, e))
        i += len(block) + 2
    return res


def main():
    rows_s, rows_q, rows_t, rows_th = [], [], [], []
    report = []
    os.makedirs(TEXT_DIR, exist_ok=True)
    for f in FILES:
        marked = open(os.path.join(MARKED, f), encoding="utf-8").read()
        raw, cuts, quotes, timex = parse(marked)
        with open(os.path.join(TEXT_DIR, f), "w", encoding="utf-8", newline="") as fh:
            fh.write(raw)
        assert open(os.path.join(TEXT_DIR, f), encoding="utf-8").read() == raw
        paras = paragraphs(raw)
        title, body = paras[0], paras[1:]
        assert raw.index("\n") == title[1], "title must be line 1"
        assert not any(title[0] <= c <= title[1] for c in cuts)
        # --- sentences
        for ps, pe in body:
            pc = [c for c in cuts if ps < c < pe]
            bounds = [ps] + pc + [pe]
            for a, b in zip(bounds, bounds[1:]):
                seg = raw[a:b]
                s = a + len(seg) - len(seg.lstrip())
                e = a + len(seg.rstrip())
                assert e > s, (f, a)
                rows_s.append((f, s, e, raw[s:e]))
            # coverage: only whitespace between consecutive sentences
        assert all(any(ps <= c <= pe for ps, pe in body) for c in cuts), "cut outside body"
        # --- quotes
        qd = Q[f]
        assert len(qd) == len(quotes), (f, "quotes", len(qd), len(quotes))
        (top_o, top_c), (nest_o, nest_c) = MARKS[f]
        starts, ends = {}, {}
        for (s, e, depth), (snip, kind, spk, cue, cont, note) in zip(quotes, qd):
            text = raw[s:e]
            assert text.startswith(snip), (f, text[:40], snip)
            o, c = (top_o, top_c) if depth == 0 else (nest_o, nest_c)
            assert raw[s - 1] == o, (f, "open mark", text[:30])
            para_end = next(pe for ps, pe in body if ps <= s <= pe)
            if e < len(raw) and raw[e] == c:
                ends[e] = "close"
            else:
                assert e == para_end, (f, "unclosed span must end its paragraph", text[:30])
                ends[e] = "unclosed"
            starts[s - 1] = "open"
            assert kind in ("speech", "term")
            if kind == "term":
                assert not spk and not cue and not cont
            if cont:
                assert not cue
            rows_q.append((f, s, e, text, kind, spk, cue, "true" if cont else "false", note))
        # proper nesting, no crossing
        for i, (s1, e1, _) in enumerate(quotes):
            for s2, e2, _ in quotes[i + 1:]:
                assert e1 <= s2 or (s1 <= s2 and e2 <= e1), (f, "crossing quotes")
        # --- continuation sanity: recompute from previous top-level speech span
        prev = None
        for (s, e, depth), d in zip(quotes, qd):
            if depth == 0 and d[1] == "speech":
                if d[4]:
                    assert prev == d[2], (f, "continuation speaker differs", d[0])
                prev = d[2]
        # --- quotation-mark inventory
        inv = Counter()
        apos_other = []
        for i, ch in enumerate(raw):
            if ch not in QMARKS:
                continue
            if i in starts:
                inv[(ch, "opening")] += 1
            elif i in ends and ends[i] == "close":
                inv[(ch, "closing")] += 1
            else:
                assert ch in "’'", (f, "stray mark", raw[i - 20:i + 20])
                if raw[i - 1].isalnum() and raw[i + 1].isalpha():
                    inv[(ch, "apostrophe")] += 1
                else:
                    assert raw[i - 1] == "s" and not raw[i + 1].isalnum(), (f, raw[i - 20:i + 20])
                    inv[(ch, "apostrophe (plural possessive)")] += 1
                    apos_other.append(raw[i - 15:i + 8].replace("\n", " "))
        report.append((f, dict(inv), apos_other, sum(1 for v in ends.values() if v == "unclosed")))
        # --- timex
        td = T[f]
        assert len(td) == len(timex), (f, "timex", len(td), len(timex), [raw[s:e] for s, e in timex])
        for (s, e), (snip, typ, val, mod, note) in zip(timex, td):
            text = raw[s:e]
            assert text == snip, (f, text, snip)
            assert typ in ("DATE", "TIME", "DURATION", "SET")
            assert mod in ("", "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "LESS_THAN", "MORE_THAN")
            rows_t.append((f, s, e, text, typ, val, mod, note))
        for (s1, e1), (s2, e2) in zip(timex, timex[1:]):
            assert e1 <= s2, (f, "overlapping timex")
        # --- themes
        thd = TH[f]
        assert len(thd) == len(body), (f, "paragraphs", len(thd), len(body))
        for (ps, pe), (snip, sr, pf, iq, ip, au, neg, note) in zip(body, thd):
            text = raw[ps:pe]
            assert text.startswith(snip), (f, text[:40], snip)
            codes = dict(special_relationship=sr, party_factionalism=pf, iraq_war_intelligence=iq,
                         israel_palestine=ip, austerity_inequality=au)
            for n in filter(None, neg.split(";")):
                assert codes[n] == 1
            rows_th.append((f, ps, pe, text, sr, pf, iq, ip, au, neg, note))

    # --- global checks and writing
    texts = {f: open(os.path.join(TEXT_DIR, f), encoding="utf-8").read() for f in FILES}
    for rows in (rows_s, rows_q, rows_t, rows_th):
        for r in rows:
            assert texts[r[0]][r[1]:r[2]] == r[3]
        for a, b in zip(rows, rows[1:]):
            if a[0] == b[0]:
                assert (a[1], -a[2]) <= (b[1], -b[2]), "unsorted"
    for a, b in zip(rows_s, rows_s[1:]):
        if a[0] == b[0]:
            assert a[2] <= b[1] and texts[a[0]][a[2]:b[1]].strip() == "", "sentence gap/overlap"
    # every body paragraph covered by its sentences
    for r in rows_th:
        segs = [s for s in rows_s if s[0] == r[0] and r[1] <= s[1] and s[2] <= r[2]]
        assert segs[0][1] == r[1] and segs[-1][2] == r[2]

    def write(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)

    write("sentences.csv", ["source", "start", "end", "text"], rows_s)
    write("quotes.csv", ["source", "start", "end", "text", "kind", "speaker", "cue", "continuation", "notes"], rows_q)
    write("timex.csv", ["source", "start", "end", "text", "type", "value", "mod", "notes"], rows_t)
    write("themes_v2.csv", ["source", "start", "end", "text", "special_relationship", "party_factionalism",
                            "iraq_war_intelligence", "israel_palestine", "austerity_inequality", "negated", "notes"], rows_th)
    with open(os.path.join(TEXT_DIR, "metadata.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("file,date\n" + "".join(f"{f},{DATES[f]}\n" for f in FILES))

    # --- summary for the README
    for f, inv, apos, unclosed in report:
        print(f, inv, "unclosed:", unclosed, "plural-possessive:", apos)
    print(f"sentences {len(rows_s)} quotes {len(rows_q)} timex {len(rows_t)} paragraphs {len(rows_th)}")


if __name__ == "__main__":
    main()
