"""Build the uk_dev8 gold files from hand decisions (blind annotation, helper session 2026-12-07).

Sources of the decisions:
  * marked/<file>.txt  -- the article text as written, with hand-placed markers:
        ¦  a sentence boundary (placed between two sentences of one paragraph)
        « »  the inside of a quotation span (just inside the quotation marks)
        ⟨ ⟩  the extent of a temporal expression
    Removing the markers gives exactly data/uk_dev8/<file>.txt (checked).
  * QUOTES / TIMEX / THEMES below -- one hand decision per marked span / body paragraph, in text
    order, each carrying a snippet that is checked against the span it decides.
Offsets are Python str offsets into open(path, encoding="utf-8").read().
Run: python data/annotations/uk_dev8/build_annotations.py   (writes the four CSVs and verifies).
Standard library + pandas only.
"""
import csv
import os
import re
import sys

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
TEXTS = os.path.join(ROOT, "data", "uk_dev8")
MARKED = os.path.join(HERE, "marked")
MARKERS = "¦«»⟨⟩"

F_PMQ = "uk_dev8_pmqs_sketch.txt"
F_NHS = "uk_dev8_waiting_lists.txt"
F_MP = "uk_dev8_profile_left_mp.txt"
F_GAZA = "uk_dev8_gaza_arms.txt"
F_SCOT = "uk_dev8_holyrood_report.txt"
FILES = [F_GAZA, F_SCOT, F_PMQ, F_MP, F_NHS]

S, T = "speech", "term"
# ---------------------------------------------------------------------------------------------
# QUOTES: (snippet = start of the span text, kind, speaker, cue, continuation, note)
# ---------------------------------------------------------------------------------------------
QUOTES = {
    F_PMQ: [
        ("Can the Prime Minister tell the House,", S, "Harriet Coyle", "begin", False, "split quotation; interposed cue 'she began' attributes both pieces"),
        ("how many of his own backbenchers", S, "Harriet Coyle", "begin", False, "second piece of split quotation"),
        ("I speak to my colleagues every day", S, "Daniel Ashworth", "", False, "attributed by context (preceding narration 'Mr Ashworth can. Or rather, he can tell the House ...'); speaker change from Coyle"),
        ("Answer!", S, "a knight of the shires", "roar", False, "heckle"),
        ("answer", T, "", "", False, "the heckle word mentioned and rejected by the Speaker in indirect speech ('he would not have members shouting ...'): a label he mentions, not an utterance reported on this occasion"),
        ("The honourable gentleman will have his turn,", S, "Alun Pryce", "say", False, "'The Speaker, Sir Alun Pryce'; honorific 'Sir' dropped as with Mr/Mrs"),
        ("Possibly next year.", S, "Alun Pryce", "", True, ""),
        ("unaffordable in any world", S, "the Chancellor", "tell", False, "leaked words of the (unnamed) Chancellor inside Coyle's reported question ('the Chancellor had told the cabinet ... that the freeze was ...')"),
        ("Whereas the party opposite,", S, "Daniel Ashworth", "add", False, "split quotation; 'he added' interposed"),
        ("had fourteen years of conversations", S, "Daniel Ashworth", "add", False, "second piece of split quotation"),
        ("Fourteen years", T, "", "", False, "the phrase under discussion ('is now the Prime Minister's answer to almost everything')"),
        ("fourteen years", S, "Daniel Ashworth", "", True, "'Asked about potholes, it is ...': his (habitual) answer; 'Asked' is passive and reports the question, not these words; same voice as the last speech span (Ashworth's 'had fourteen years ...'); borderline with term"),
        ("fourteen years", S, "Daniel Ashworth", "", True, "hypothetical answer ('one suspects it would be ...'); hypothetical words put in someone's mouth are speech; borderline with term"),
        ("He says he listens,", S, "Harriet Coyle", "say", False, ""),
        ("Sixty of his MPs wrote to him", S, "Harriet Coyle", "", True, "new sentence after 'she said.'; no cue of its own"),
        ("and I will be meeting many of them", S, "Daniel Ashworth", "say", False, "fragment governed by 'Mr Ashworth said he welcomed ..., \"and ...\"'"),
        ("Order!", S, "Alun Pryce", "", False, "the Speaker; attributed by the preceding narration ('Then the Speaker intervened again'), which is not a reporting verb of the span"),
        ("which will cut waiting times", S, "Megan Tully", "ask", False, "her planted question, 'rose to ask whether ..., \"which ...\"'"),
        ("planted", S, "somebody on the Tory front bench", "mouth", False, "one word, but uttered (mouthed) by a specific source on this occasion -> speech (decision rule); 'the word' makes it borderline with term"),
        ("I will write to the honourable gentleman,", S, "Daniel Ashworth", "say", False, "'said Mr Ashworth' (inverted tag)"),
        ("He’ll need a stamp,", S, "someone on the SNP benches", "shout", False, ""),
        ("First class, mind", S, "someone on the SNP benches", "", True, "'they’re' inside is an apostrophe"),
    ],
    F_NHS: [
        ("The waiting list is no longer only", S, "the Kingsmead Institute", "say", False, "a document: 'the report says'; speaker = the organisation that published the report"),
        ("It is increasingly a measure", S, "the Kingsmead Institute", "", True, ""),
        ("much worse", S, "patients in the poorest fifth of neighbourhoods", "describe", False, "survey respondents' words relayed by the report ('twice as likely to describe their finances as ...'); borderline with term"),
        ("I can’t stand for more than an hour", S, "Graham", "say", False, "patient named by first name only"),
        ("People talk about the list", S, "Graham", "", True, ""),
        ("should be done by the autumn", S, "", "tell", False, "words Graham was told ('He has been told, he says, that his operation ...'): the teller is not named (cf. 'I am told' in the guideline) -> speaker empty, cue tell; Graham only relays them"),
        ("Half my team are doing the same,", S, "Aisha", "tell", False, "nurse named by first name only"),
        ("We’re exhausted", S, "Aisha", "", True, ""),
        ("the first real sign that the tide is turning", S, "Tom Fairbairn", "call", False, "'The Health Secretary, Tom Fairbairn' ... 'which he called ...'"),
        ("and we will get there", S, "Tom Fairbairn", "say", False, "fragment governed by 'The government’s plan, he said, would ..., \"and ...\"'"),
        ("cost of being a patient", S, "the Kingsmead Institute", "note", False, "the institute's phrase worked into the sentence ('the institute notes drily that the ...'); borderline with term (a coined label)"),
        ("The Secretary of State keeps telling us", S, "Caroline Pask", "say", False, ""),
        ("Tell that to the million people", S, "Caroline Pask", "", True, ""),
        ("set out its plans in due course", S, "Caroline Pask", "say", False, "indirect speech with quoted fragment"),
        ("waiting well", T, "", "", False, "name of the proposed payment"),
        ("a fraction of what the economy", S, "the Kingsmead Institute", "estimate", False, "'The cost, it estimates, would be £2.3bn a year, \"...\"' - the report ('it') is the speaker"),
        ("They can say what they like about the tide,", S, "Graham", "say", False, ""),
        ("I’d just like to walk to the shop.", S, "Graham", "", True, ""),
    ],
    F_MP: [
        ("suspended pending further consideration", S, "the Chief Whip’s office", "inform", False, "words of the letter, 'informs her, in the flat prose of the Chief Whip’s office, that ...'"),
        ("I frame it mentally,", S, "Bernadette Coll", "say", False, "present-tense 'she says'"),
        ("I don’t need to frame it on the wall.", S, "Bernadette Coll", "", True, "after 'and laughs, a short bark.'"),
        ("the meanest thing a Labour government", S, "Bernadette Coll", "call", False, "'went on Radio 4 ... to call it ...'"),
        ("Everybody voted against something", S, "one of the whips", "put", False, "'One of them [the whips], speaking on condition of anonymity, puts it bluntly:' colon introduction, cue put"),
        ("these matters are dealt with properly", S, "another whip", "say", False, "'Another [whip], asked whether ..., says only that ...'"),
        ("People want me to be the leader of a rebellion.", S, "Bernadette Coll", "", False, "attributed by the preceding sentence 'She is not, she insists, trying to bring down the leadership.' (the cue 'insists' governs that sentence, not this span); speaker change from the whip"),
        ("Bernie has never met a compromise", S, "Keith Ormerod", "tell", False, ""),
        ("That’s her gift and her curse.", S, "Keith Ormerod", "", True, ""),
        ("She’s made a career out of being", S, "a serving minister", "say", False, "'A serving minister who came into Parliament in the same intake' ... 'the minister says'"),
        ("It must be exhausting being that pure.", S, "a serving minister", "", True, ""),
        ("No,", S, "Bernadette Coll", "say", False, "'she says eventually'"),
        ("But I can see why", S, "Bernadette Coll", "", True, ""),
        ("The left of the party spent five years running it,", S, "Owen Marsh", "say", False, ""),
        ("What did they leave us?", S, "Owen Marsh", "", True, "contains the nested ‘the soul of the party’"),
        ("the soul of the party", T, "", "", False, "nested single quotes inside Marsh's words: a phrase he mentions and mocks as Coll's vocabulary (like 'taking over the party' in the guideline) -> term"),
        ("austerity with better manners", S, "Bernadette Coll", "describe", False, "'She has lately taken to describing the leadership’s approach as ...' - her coined phrase, but uttered by her (describe) -> speech"),
        ("Lift the two-child limit.", S, "Bernadette Coll", "", True, "'What she wants, she says, is ...' is the preceding sentence; its 'says' governs that sentence, not this span; same voice as the last speech span (Coll)"),
        ("That’s not Trotskyism.", S, "Bernadette Coll", "", True, "after 'She counts the demands on her fingers and stops at three.'"),
        ("Suspended, she’s a cautionary tale.", S, "one ally on the Campaign Group", "think", False, "colon introduction '... thinks the leadership would rather leave her where she is:'"),
        ("Sorry,", S, "Bernadette Coll", "say", False, ""),
        ("Force of habit.", S, "Bernadette Coll", "", True, ""),
    ],
    F_GAZA: [
        ("phase two", T, "", "", False, "British single quotation marks are the primary marks in this article; the phrase under discussion"),
        ("We are closer than we have been", S, "Fiona Hendry", "tell", False, "split quotation, 'she told reporters at Heathrow' interposed"),
        ("but closer is not the same as close", S, "Fiona Hendry", "tell", False, "second piece of split quotation"),
        ("closer", T, "", "", False, "word under discussion ('Asked what ... meant in practice')"),
        ("a serious conversation about who governs Gaza", S, "Fiona Hendry", "call", False, "'what she called ...'"),
        ("The ceasefire has stopped most of the bombing.", S, "Matthias Kroll", "", False, "cue-less quotation after 'Matthias Kroll ... describes the situation with a bureaucrat’s precision ...' (that sentence is narration, its verb does not govern the span); speaker change"),
        ("Israel has facilitated more aid", S, "Eyal Doron", "say", False, "'a spokesman, Eyal Doron, said in a statement' (the Israeli embassy's spokesman)"),
        ("The obstacle to aid distribution is Hamas", S, "Eyal Doron", "", True, ""),
        ("We have electricity six hours a day", S, "Nour Haddad", "say", False, "'Dr Nour Haddad' by telephone; title dropped"),
        ("The children who come in now", S, "Nour Haddad", "", True, ""),
        ("Ask them to come.", S, "Nour Haddad", "", True, "after 'Asked what she would say to British ministers, she paused.' ('Asked' reports the question, not this span)"),
        ("clear risk", S, "ministers", "cite", False, "the government's own assessment, 'ministers ... citing a ...' -> speech of ministers; borderline with term"),
        ("The government accepted the risk.", S, "Ruth Okafor", "", False, "after 'The charity’s director, Ruth Okafor, puts the argument simply.' (narration sentence; not a cue of the span); 'didn’t', 'that’s' are apostrophes"),
        ("serious damage to international peace", S, "government lawyers", "tell", False, "'Government lawyers have told the court that ...'"),
        ("not comment on live litigation", S, "Fiona Hendry", "say", False, ""),
        ("one of the most robust in the world", S, "Fiona Hendry", "say", False, "'The licensing regime, she said, was ...'"),
        ("so-called “loophole”", S, "Fiona Hendry", "say", False, "still governed by 'she said' in the same sentence; her words, containing a nested double-quoted word"),
        ("loophole", T, "", "", False, "nested double quotes inside single quotes: the critics' label she holds at a distance -> term"),
        ("considered decision taken in good faith", S, "Fiona Hendry", "say", False, "same sentence, 'she said'"),
        ("so-called", T, "", "", False, "word under discussion ('The phrase ... did a fair amount of work')"),
        ("trying to be a mediator while holding", S, "one official", "describe", False, "'officials [inside the Foreign Office] ... One described the position as ...'; 'side’s' is an apostrophe"),
        ("Every time we push Israel on aid", S, "another official", "", False, "'Another was blunter:' - a colon introduction without a reporting verb (cf. 'On climate change:' in the guideline) -> cue empty; speaker change"),
        ("Is anyone from London coming?", S, "Nour Haddad", "know", False, "'wanted to know only one thing:' - the question she asked; cue lemma of the verb of asking 'know' (in 'want to know'); borderline: cue could be taken as empty"),
    ],
    F_SCOT: [
        ("It is not a stunt", S, "Calum Baird", "tell", False, "straight double quotes are the primary marks in this article"),
        ("It is a commitment we made", S, "Calum Baird", "", True, ""),
        ("The First Minister has found the money", S, "Jamie Rennie", "say", False, "'doesn't' is an apostrophe"),
        ("He hasn't found the money", S, "Jamie Rennie", "", True, ""),
        ("less than a single day", S, "Calum Baird", "reply", False, "'Baird’s reply was that the consultation would cost ...' - noun cue reply"),
        ("having spent a decade telling Scotland to wait", S, "Calum Baird", "reply", False, "same 'reply was ... and that Labour, \"...\", was ...'"),
        ("I'm for independence", S, "Morag Lennie", "say", False, ""),
        ("But if you ask the people in my surgery", S, "Morag Lennie", "", True, ""),
        ("new phase", T, "", "", False, "straight single quotes: the party's label ('long-promised ...') held at a distance"),
        ("top priority", S, "Lomond Research", "ask", False, "the wording of the poll question ('Asked what should be ...'): a question someone asked -> speech of the pollster; borderline with term"),
        ("Support for independence is stable.", S, "Lomond Research", "summary", False, "'The pollster's own summary was terse:' - noun cue summary, colon introduction"),
        ("Polls go up and polls go down,", S, "Calum Baird", "say", False, "split quotation, 'he said' interposed"),
        ("and I've never yet seen one", S, "Calum Baird", "say", False, "second piece"),
        ("The UK government's position has not changed,", S, "a spokesman for the Scotland Office", "say", False, "the UK government's spokesman"),
        ("The question was settled in 2014.", S, "a spokesman for the Scotland Office", "", True, ""),
        ("look at any document", S, "a spokesman for the Scotland Office", "say", False, "'the spokesman said ministers would \"...\"' - the spokesman's words (ministers are the subject of the frame)"),
        ("It will be difficult, and it will be fine.", S, "a senior government adviser", "offer", False, "'asked about the gap, offered only:' colon introduction, cue offer"),
    ],
}

# ---------------------------------------------------------------------------------------------
# TIMEX: (exact text, type, value, mod, note)
# ---------------------------------------------------------------------------------------------
D, TI, DU, SE = "DATE", "TIME", "DURATION", "SET"
TIMEX = {
    F_PMQ: [  # anchor 2026-03-18 (Wednesday, PMQs day)
        ("two minutes to noon on a Wednesday", TI, "XXXX-WXX-3T11:58", "", "generic (the weekly PMQs moment), one composite expression; TIME not SET because no recurrence is stated (cf. generic 'midnight' in the guideline)"),
        ("Today", D, "2026-03-18", "", "literal day of the sketch"),
        ("all afternoon", TI, "2026-03-18TAF", "", "'the best thing that happened to them all afternoon'; 'all' included as modifier"),
        ("Sunday", D, "2026-03-15", "", "'since he abandoned it on Sunday' - the Sunday before"),
        ("every day", SE, "P1D", "", ""),
        ("three weeks", DU, "P3W", "", "'three weeks from retirement'"),
        ("next year", D, "2027", "", "the Speaker's joke"),
        ("Friday", D, "2026-03-13", "", "'told the cabinet on Friday' - the Friday before"),
        ("currently", D, "PRESENT_REF", "", "inside the Chancellor's reported words"),
        ("fourteen years", DU, "P14Y", "", "Ashworth's 'had fourteen years of conversations'; the later quoted 'Fourteen years' / 'fourteen years' are a catchphrase under discussion and are not tagged (cf. the second 'Jezmas')"),
        ("now", D, "PRESENT_REF", "", ""),
        ("every month", SE, "P1M", "", ""),
        ("last week", D, "2026-W11", "", "week before the sketch (2026-W12)"),
        ("this evening", TI, "2026-03-18TEV", "", ""),
        ("2024", D, "2024", "", "'elected for Stockton North in 2024'"),
        ("next month", D, "2026-04", "", ""),
        ("Wednesday", D, "XXXX-WXX-3", "", "'Even the Speaker is allowed a Wednesday off' - generic weekday; borderline (could be read as this Wednesday, 2026-03-18)"),
        ("half past twelve", TI, "2026-03-18T12:30", "", ""),
        ("next week", D, "2026-W13", "", ""),
    ],
    F_NHS: [  # anchor 2026-02-10 (Tuesday)
        ("now", D, "PRESENT_REF", "", "in the title"),
        ("most of the past decade", DU, "P1DE", "LESS_THAN", "'For most of the past decade'; 'most of' read as LESS_THAN; alternative DATE 201 (the 2010s/2016-2026)"),
        ("this morning", TI, "2026-02-10TMO", "", ""),
        ("the end of November", D, "2025-11", "END", "latest data month before publication; 'at' excluded, 'the end of' as modifier (mod END)"),
        ("six weeks", DU, "P6W", "", ""),
        ("a year ago", D, "2025-02", "", "a year before publication"),
        ("every year", SE, "P1Y", "", ""),
        ("2019", D, "2019", "", "'since 2019', preposition excluded"),
        ("fourteen months", DU, "P14M", "", ""),
        ("the spring", D, "2025-SP", "", "'He gave up his job in the spring' - the last spring before February 2026 (judgement)"),
        ("more than an hour", DU, "PT1H", "MORE_THAN", ""),
        ("now", D, "PRESENT_REF", "", "'He and his wife now heat one room'"),
        ("the autumn", D, "2026-FA", "", "the coming autumn (he has been told his operation 'should be done by the autumn'); judgement"),
        ("last year", D, "2025", "", ""),
        ("most weekends", SE, "XXXX-WXX-WE", "", "'works extra bank shifts most weekends'; quantifier 'most' (TIMEX3 quant MOST) not expressible in the columns"),
        ("Monday", D, "2026-02-09", "", ""),
        ("last month", D, "2026-01", "", "'last month’s fall' - possessive ’s excluded"),
        ("more than a year", DU, "P1Y", "MORE_THAN", "'waiting more than a year'"),
        ("March 2027", D, "2027-03", "", "'by March 2027', preposition excluded, no mod"),
        ("April", D, "2025-04", "", "prescription charges rose in April (past tense; the April before publication)"),
        ("three consecutive years", DU, "P3Y", "", ""),
        ("yesterday", D, "2026-02-09", "", ""),
        ("2024", D, "2024", "", ""),
        ("due course", D, "FUTURE_REF", "", "'in due course' (cf. 'in future' -> 'future'); preposition excluded"),
        ("eighteen weeks", DU, "P18W", "", ""),
        ("a year", SE, "P1Y", "", "'£2.3bn a year' = annually"),
        ("months", DU, "PXM", "", "'argue about that number for months'"),
        ("Every week", SE, "P1W", "", "'Every week a patient spends on the list' - borderline: each week of a wait rather than a recurrence"),
        ("a week", DU, "P1W", "", "'is a week in which ...'"),
    ],
    F_MP: [  # anchor 2026-05-14 (Thursday)
        ("ten months ago", D, "2025-07", "", "consistent with 'last July'"),
        ("2017", D, "2017", "", "'since 2017'"),
        ("most of that time", DU, "P9Y", "LESS_THAN", "'that time' = since 2017 (c. nine years to 2026); 'most of' read as LESS_THAN; judgement"),
        ("last July", D, "2025-07", "", ""),
        ("the following morning", TI, "2025-07-XXTMO", "", "the morning after the third-reading vote in July 2025; the day is not given"),
        ("six years", DU, "P6Y", "", ""),
        ("2024", D, "2024", "", "'losing his seat in 2024'"),
        ("2019", D, "2019", "", "inside Ormerod's words 'In 2019 it was a gift'"),
        ("Now", D, "PRESENT_REF", "", ""),
        ("now", D, "PRESENT_REF", "", "'who now advises'"),
        ("2024", D, "2024", "", "'the 2024 intake' - year embedded in a name but denoting the time of election (cf. '1991 coup attempt' in the guideline)"),
        ("five years", DU, "P5Y", "", ""),
        ("2019", D, "2019", "", "'everyone who invokes 2019' - metonymy for the 2019 election; tagged as the year"),
        ("lately", D, "PAST_REF", "", "deictic adverb (like 'recently')"),
        ("1997", D, "1997", "", ""),
        ("autumn", D, "2026-FA", "", "'before the autumn conference' - 'the' belongs to 'conference'; the coming autumn"),
    ],
    F_GAZA: [  # anchor 2026-01-22 (Thursday)
        ("this winter", D, "2025-WI", "", "winter 2025-26 (TIMEX3 winter labelled by the year in which it starts)"),
        ("Tuesday night", TI, "2026-01-20TNI", "", ""),
        ("three days", DU, "P3D", "", ""),
        ("October", D, "2025-10", "", "'since October', inside Hendry's words; the last October"),
        ("a long time", DU, "PXY", "", "vague duration; judgement (PXY rather than PXM)"),
        ("a day", SE, "P1D", "", "'190 lorries a day'"),
        ("the first two weeks of January", D, "2026-01", "START", "alternative: DURATION P2W"),
        ("Wednesday", D, "2026-01-21", "", ""),
        ("last week", D, "2026-W03", "", ""),
        ("the spring of 2024", D, "2024-SP", "", ""),
        ("six hours a day", SE, "P1D", "", "'electricity six hours a day' - a daily recurrence (TIMEX3 freq 6H not expressible)"),
        ("now", D, "PRESENT_REF", "", ""),
        ("a year ago", D, "2025-01", "", ""),
        ("September 2024", D, "2024-09", "", ""),
        ("next month", D, "2026-02", "", ""),
        ("this month", D, "2026-01", "", ""),
        ("weeks", DU, "PXW", "", "'Phase two may come in weeks' - preposition excluded"),
    ],
    F_SCOT: [  # anchor 2026-10-09 (Friday); FMQs on Thursday 2026-10-08
        ("this week", D, "2026-W41", "", ""),
        ("Thursday", D, "2026-10-08", "", "First Minister's Questions"),
        ("Christmas", D, "2026-12-25", "", "'before Christmas', preposition excluded"),
        ("May", D, "2026-05", "", "the Holyrood election in May 2026 (inside Baird's words)"),
        ("the same week", D, "2026-W41", "", ""),
        ("2027-28", D, "2027/2028", "", "financial year 2027-28 as a range"),
        ("the days since", DU, "PXD", "", "'have spent the days since asking'; borderline"),
        ("next year", D, "2027", "", "'next year’s books' - possessive excluded; judgement: the next financial year could also be read"),
        ("less than a single day", DU, "P1D", "LESS_THAN", "a day's worth of the health budget (measure of money by time); borderline"),
        ("a decade", DU, "P1DE", "", ""),
        ("a Friday", D, "XXXX-WXX-5", "", "generic ('in my surgery on a Friday')"),
        ("Sunday", D, "2026-10-04", "", ""),
        ("the spring", D, "2026-SP", "", "'unchanged since the spring'"),
        ("the next two years", DU, "P2Y", "", "'over the next two years'"),
        ("now", D, "PRESENT_REF", "", "inside the pollster's summary"),
        ("Thursday", D, "2026-10-08", "", "'Rennie quoted that line twice on Thursday'"),
        ("2014", D, "2014", "", ""),
        ("2024", D, "2024", "", ""),
        ("now", D, "PRESENT_REF", "", "'The Conservatives, now the fourth party'"),
        ("14 January", D, "2027-01-14", "", "the coming January"),
    ],
}

# ---------------------------------------------------------------------------------------------
# THEMES v2 per body paragraph: (first words, SR, PF, IRAQ, IP, AUST, negated, note)
# ---------------------------------------------------------------------------------------------
THEMES = {
    F_PMQ: [
        ("There is a particular silence", 0, 0, 0, 0, 0, "", ""),
        ("He went back for it.", 0, 0, 0, 0, 0, "", ""),
        ("Harriet Coyle rose first", 0, 0, 0, 0, 1, "", "austerity 1 borderline: the abandoned rail fares freeze, a cost-of-living measure; PF 0 (backbenchers named only in the question)"),
        ("Mr Ashworth can.", 0, 0, 0, 0, 0, "", "'proud of this government’s record on growth' - no theme"),
        ("“Answer!” roared", 0, 0, 0, 0, 0, "", ""),
        ("The Speaker, Sir Alun Pryce", 0, 0, 0, 0, 0, "", ""),
        ("Mrs Coyle tried again.", 0, 0, 0, 0, 1, "", "austerity 1 borderline: the Chancellor calls the fares freeze 'unaffordable' (spending and cost of living)"),
        ("Here the Prime Minister discovered", 0, 0, 0, 0, 0, "", ""),
        ("“Fourteen years” is now", 0, 0, 0, 0, 0, "", ""),
        ("By her fourth question", 0, 1, 0, 0, 0, "", "PF 1 borderline: sixty of the governing party's MPs wrote to the leader (a backbench revolt), groan of the signatories"),
        ("Mr Ashworth said he welcomed", 0, 1, 0, 0, 0, "", "PF 1 borderline: the leader's handling of the rebels' letter (meeting them this evening)"),
        ("Then the Speaker intervened", 0, 0, 0, 0, 0, "", ""),
        ("And so to the backbenches", 0, 0, 0, 0, 0, "", "waiting times at a diagnostic centre: health service, not austerity"),
        ("He would.", 0, 0, 0, 0, 0, "", ""),
        ("The best moment came", 0, 0, 0, 0, 1, "", "austerity 1 borderline: which fares were frozen (cost-of-living measure's reach), consistent with the two Coyle paragraphs"),
        ("“I will write to", 0, 0, 0, 0, 0, "", ""),
        ("“He’ll need a stamp,”", 0, 0, 0, 0, 0, "", "joke about frozen stamp prices - 0"),
        ("Sir Alun let that one go.", 0, 0, 0, 0, 0, "", ""),
        ("By half past twelve", 0, 0, 0, 0, 0, "", "'The fares ... are another matter' - passing"),
    ],
    F_NHS: [
        ("For most of the past decade", 0, 0, 0, 0, 1, "", "cost-of-living crisis joined to the waiting list"),
        ("The headline figure is stark", 0, 0, 0, 0, 1, "", "lost work and household income"),
        ("The authors go further.", 0, 0, 0, 0, 1, "", "inequality of waits by deprivation"),
        ("Graham, 58,", 0, 0, 0, 0, 1, "", "lost job, savings, heating one room"),
        ("On the wards,", 0, 0, 0, 0, 1, "", "nurse's extra shifts for rent; patients crying about money"),
        ("The Health Secretary, Tom Fairbairn", 0, 0, 0, 0, 1, "", "borderline: the claim about not making working people 'pay more at the pharmacy or at the till'"),
        ("That last phrase", 0, 0, 0, 0, 1, "", "prescription charges and cost of being a patient vs inflation"),
        ("Caroline Pask, the shadow health minister", 0, 0, 0, 0, 1, "", "lost wages; funding cut from community physiotherapy"),
        ("There is, the report concedes", 0, 0, 0, 0, 1, "", "income-replacement (welfare) payment"),
        ("Economists will argue", 0, 0, 0, 0, 1, "", "rent, heating and food; income lost while waiting"),
        ("Graham, for his part", 0, 0, 0, 0, 0, "", "colour; no cost-of-living statement"),
    ],
    F_MP: [
        ("Bernadette Coll keeps the letter", 0, 1, 0, 0, 0, "", "suspension of the whip (party discipline of a left MP)"),
        ("“I frame it mentally,”", 0, 0, 0, 0, 0, "", "her quip about the letter; no content about the conflict itself"),
        ("Coll, 61, has sat", 0, 1, 0, 0, 1, "", "Socialist Campaign Group; voting against her government; welfare bill 'the meanest thing'"),
        ("The whips did not see", 0, 1, 0, 0, 0, "", ""),
        ("She is not, she insists", 0, 1, 0, 0, 0, "", "denials of a rebellion, but the affirmative 'a lot of MPs who agree with me ... and vote the other way' -> not flagged negated; borderline"),
        ("Her former colleagues are divided", 0, 1, 0, 0, 0, "", ""),
        ("A serving minister who came", 0, 1, 0, 0, 0, "", "retort from the leadership side (rule 6 of v1: retorts between wings count)"),
        ("To the party’s right", 0, 1, 0, 0, 0, "", "Labour First view of the left"),
        ("Coll’s answer to Marsh", 0, 1, 0, 0, 1, "", "'austerity with better manners'; food banks"),
        ("What she wants, she says", 0, 1, 0, 0, 1, "", "two-child limit, councils, benefits; PF 1 borderline ('That’s not Trotskyism' - rebutting the far-left charge, demands against the leadership)"),
        ("There is a version of this story", 0, 1, 0, 0, 0, "", "readmission before conference"),
        ("As I leave", 0, 0, 0, 0, 0, "", ""),
    ],
    F_GAZA: [
        ("The phrase that British diplomats", 0, 0, 0, 1, 0, "", "Gaza ceasefire"),
        ("Fiona Hendry, the Foreign Secretary", 0, 0, 0, 1, 0, "", ""),
        ("That conversation has been serious", 0, 0, 0, 1, 0, "", "aid into Gaza"),
        ("The Israeli embassy in London", 0, 0, 0, 1, 0, "", ""),
        ("I reached Dr Nour Haddad", 0, 0, 0, 1, 0, "", ""),
        ("It is against that background", 0, 0, 0, 1, 0, "", "arms-export licences to Israel; F-35 spares not tied to the US in this paragraph -> SR 0"),
        ("The charity’s director", 1, 0, 0, 1, 0, "", "SR 1 borderline: withdrawing from the F-35 spares programme would damage 'Britain’s standing with allies, the United States among them' (UK-US relations as an argument); could be read as passing mention"),
        ("Hendry was asked about the case", 0, 0, 0, 1, 0, "", "the licensing 'loophole' of arms to Israel (case resolved from the article)"),
        ("Inside the Foreign Office", 0, 0, 0, 1, 0, "", ""),
        ("None of this is likely", 0, 0, 0, 1, 0, "", ""),
    ],
    F_SCOT: [
        ("The First Minister had hoped", 0, 0, 0, 0, 0, "", ""),
        ("Calum Baird used First Minister's Questions", 0, 0, 0, 0, 0, "", "independence referendum: no codebook theme"),
        ("The trouble is that the same week", 0, 0, 0, 0, 0, "", "borderline austerity: a fiscal gap, no cut or social effect stated -> 0"),
        ("Jamie Rennie, Scottish Labour's", 0, 0, 0, 0, 1, "", "no money for council care homes (spending on services)"),
        ("Baird's reply was", 0, 0, 0, 0, 0, "", ""),
        ("Not everyone on the government benches", 0, 1, 0, 0, 0, "", "PF 1 borderline: an SNP MSP's dissent from her leadership's timing"),
        ("\"I'm for independence", 0, 0, 0, 0, 0, "", "borderline PF: her priorities (GP, bus) without an explicit conflict -> 0"),
        ("Lennie is not a rebel", 0, 1, 0, 0, 0, "", "PF 1: 'a warning' that the party's 'new phase' has limited audience among its own MSPs; the denial 'not a rebel' is not the only statement -> not negated"),
        ("The numbers do not help.", 0, 0, 0, 0, 0, "", "'22 per cent the cost of living' is an item in a list of poll answers (rule 2) -> 0"),
        ("Rennie quoted that line", 0, 0, 0, 0, 0, "", ""),
        ("In Whitehall the response", 0, 0, 0, 0, 0, "", "UK-Scottish government relations: no codebook theme"),
        ("There is a familiar choreography", 0, 0, 0, 0, 0, "", "rivalry between parties, not within one"),
        ("What none of them has", 0, 0, 0, 0, 0, "", "budget gap; borderline austerity -> 0 as above"),
    ],
}

THEME_COLS = ["special_relationship", "party_factionalism", "iraq_war_intelligence",
              "israel_palestine", "austerity_inequality"]


def parse_marked(marked):
    """Strip markers; return plain text and marker positions in plain offsets."""
    plain, events = [], []
    for ch in marked:
        if ch in MARKERS:
            events.append((ch, len(plain)))
        else:
            plain.append(ch)
    return "".join(plain), events


def paragraphs(raw):
    """(start, end) of each non-blank line; the first is the title."""
    out, pos = [], 0
    for line in raw.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, pos + len(line.rstrip())))
        pos += len(line) + 1
    return out


def strip_span(raw, a, b):
    while a < b and raw[a].isspace():
        a += 1
    while b > a and raw[b - 1].isspace():
        b -= 1
    return a, b


def main():
    rows = {"sentences": [], "quotes": [], "timex": [], "themes_v2": []}
    errors = []
    for f in FILES:
        raw = open(os.path.join(TEXTS, f), encoding="utf-8").read()
        plain, ev = parse_marked(open(os.path.join(MARKED, f), encoding="utf-8").read())
        assert plain == raw, f"{f}: marked text without markers differs from the article"
        paras = paragraphs(raw)
        body = paras[1:]
        # sentences
        breaks = [p for c, p in ev if c == "¦"]
        for (ps, pe) in body:
            cuts = [ps] + [b for b in breaks if ps < b < pe] + [pe]
            for a, b in zip(cuts, cuts[1:]):
                a, b = strip_span(raw, a, b)
                assert a < b, (f, a)
                rows["sentences"].append(dict(source=f, start=a, end=b, text=raw[a:b]))
        assert all(any(ps < b < pe for ps, pe in body) for b in breaks), f"{f}: break outside body"
        # quotes
        stack, qspans = [], []
        for c, p in ev:
            if c == "«":
                stack.append(p)
            elif c == "»":
                qspans.append((stack.pop(), p))
        assert not stack
        qspans.sort(key=lambda x: (x[0], -x[1]))
        dec = QUOTES[f]
        assert len(dec) == len(qspans), f"{f}: {len(qspans)} quote spans, {len(dec)} decisions"
        for (a, b), (snip, kind, spk, cue, cont, note) in zip(qspans, dec):
            text = raw[a:b]
            if not text.startswith(snip):
                errors.append(f"{f} quote {a}: {text[:40]!r} vs {snip!r}")
            if kind == T:
                assert spk == "" and cue == "" and cont is False, (f, snip)
            rows["quotes"].append(dict(source=f, start=a, end=b, text=text, kind=kind, speaker=spk,
                                       cue=cue, continuation="true" if cont else "false", notes=note))
        # quotation-mark inventory: every mark next to a span boundary, or an apostrophe
        starts = {a for a, _ in qspans}
        ends = {b for _, b in qspans}
        for i, ch in enumerate(raw):
            if ch in "“‘\"'’”":
                as_open = (i + 1) in starts
                as_close = i in ends
                apostrophe = ch in "'’" and i > 0 and raw[i - 1].isalpha() and (
                    i + 1 < len(raw) and raw[i + 1].isalpha())
                if ch in "“‘" and not as_open:
                    errors.append(f"{f} {i}: opening mark {ch} not opening a span")
                if ch == "”" and not as_close:
                    errors.append(f"{f} {i}: closing mark {ch} not closing a span")
                if ch == '"' and not (as_open or as_close):
                    errors.append(f"{f} {i}: straight quote outside spans")
                if ch in "'’" and not (as_open or as_close or apostrophe):
                    errors.append(f"{f} {i}: {ch} neither quote nor word-internal apostrophe: {raw[i-15:i+5]!r}")
                if ch in "'’" and apostrophe and (as_open or as_close):
                    errors.append(f"{f} {i}: ambiguous {ch}")
        # timex
        topen, tspans = None, []
        for c, p in ev:
            if c == "⟨":
                topen = p
            elif c == "⟩":
                tspans.append((topen, p))
        dec = TIMEX[f]
        assert len(dec) == len(tspans), f"{f}: {len(tspans)} timex spans, {len(dec)} decisions"
        for (a, b), (txt, typ, val, mod, note) in zip(tspans, dec):
            if raw[a:b] != txt:
                errors.append(f"{f} timex {a}: {raw[a:b]!r} vs {txt!r}")
            rows["timex"].append(dict(source=f, start=a, end=b, text=raw[a:b], type=typ, value=val,
                                      mod=mod, notes=note))
        # themes
        dec = THEMES[f]
        assert len(dec) == len(body), f"{f}: {len(body)} body paragraphs, {len(dec)} theme rows"
        for (a, b), d in zip(body, dec):
            first, codes, neg, note = d[0], d[1:6], d[6], d[7]
            if not raw[a:b].startswith(first):
                errors.append(f"{f} theme para {a}: {raw[a:a+40]!r} vs {first!r}")
            r = dict(source=f, start=a, end=b, text=raw[a:b])
            r.update({c: v for c, v in zip(THEME_COLS, codes)})
            r.update(negated=neg, notes=note)
            rows["themes_v2"].append(r)
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    cols = {
        "sentences": ["source", "start", "end", "text"],
        "quotes": ["source", "start", "end", "text", "kind", "speaker", "cue", "continuation", "notes"],
        "timex": ["source", "start", "end", "text", "type", "value", "mod", "notes"],
        "themes_v2": ["source", "start", "end", "text"] + THEME_COLS + ["negated", "notes"],
    }
    for name, rs in rows.items():
        df = pd.DataFrame(rs, columns=cols[name]).sort_values(["source", "start", "end"],
                                                               ascending=[True, True, False],
                                                               kind="stable")
        df.to_csv(os.path.join(HERE, f"{name}.csv"), index=False, quoting=csv.QUOTE_MINIMAL,
                  lineterminator="\n")
    verify()


def verify():
    """Re-read the written CSVs and check every row against the article texts."""
    raws = {f: open(os.path.join(TEXTS, f), encoding="utf-8").read() for f in FILES}
    meta = pd.read_csv(os.path.join(TEXTS, "metadata.csv"))
    assert sorted(meta["file"]) == sorted(FILES)
    for name in ["sentences", "quotes", "timex", "themes_v2"]:
        df = pd.read_csv(os.path.join(HERE, f"{name}.csv"), keep_default_na=False, dtype=str)
        prev = None
        for r in df.itertuples():
            a, b = int(r.start), int(r.end)
            assert raws[r.source][a:b] == r.text, (name, r.source, a)
            key = (r.source, a)
            assert prev is None or key >= prev, (name, key)
            prev = key
        if name in ("sentences", "timex", "themes_v2"):
            for src, g in df.groupby("source"):
                s = g["start"].astype(int).tolist()
                e = g["end"].astype(int).tolist()
                assert all(e[i] <= s[i + 1] for i in range(len(s) - 1)), (name, src, "overlap")
        print(f"{name}: {len(df)} rows verified")
    # sentences cover each body paragraph with only whitespace between them
    sent = pd.read_csv(os.path.join(HERE, "sentences.csv"), keep_default_na=False)
    for f in FILES:
        raw = raws[f]
        covered = [False] * len(raw)
        for r in sent[sent.source == f].itertuples():
            for i in range(r.start, r.end):
                covered[i] = True
        for a, b in paragraphs(raw)[1:]:
            assert all(covered[i] or raw[i].isspace() for i in range(a, b)), (f, a)


if __name__ == "__main__":
    main()
