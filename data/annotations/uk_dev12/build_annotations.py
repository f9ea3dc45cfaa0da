"""Build the uk_dev12 gold from the hand-marked texts in marked/.

Markers: '¦' between two sentences of a body paragraph, '« »' just inside the quotation marks of
every quotation span, '⟨ ⟩' around every temporal expression. Stripping them gives the article text
(written to data/uk_dev12/). Each span is paired, in text order, with the hand decision below; every
decision carries a snippet that is checked against its span. Standard library only.
Run: /work/main/.venv/bin/python data/annotations/uk_dev12/build_annotations.py (from the worktree root).
"""
import csv
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
TEXT_DIR = os.path.join(ROOT, 'data', 'uk_dev12')
SET = 'uk_dev12'
FILES = ['uk_dev12_by_election', 'uk_dev12_union_interview', 'uk_dev12_tariff_cable',
         'uk_dev12_obituary', 'uk_dev12_westminster_diary']
DATES = {'uk_dev12_by_election': '2026-03-02', 'uk_dev12_union_interview': '2025-11-14',
         'uk_dev12_tariff_cable': '2026-05-20', 'uk_dev12_obituary': '2026-01-22',
         'uk_dev12_westminster_diary': '2026-02-06'}
STYLE = {'uk_dev12_by_election': 'curly', 'uk_dev12_union_interview': 'british',
         'uk_dev12_tariff_cable': 'straight', 'uk_dev12_obituary': 'curly',
         'uk_dev12_westminster_diary': 'british'}
T, F = 'true', 'false'

# ---------------------------------------------------------------- quotes
# (snippet in span, kind, speaker, cue, continuation, note)
QUOTES = {
'uk_dev12_by_election': [
 ('scrap the net zero', 'speech', 'Darren Holt', 'tell', F, 'is telling anyone who stops that he will'),
 ('there for the taking', 'speech', 'Darren Holt', 'tell', F, 'second complement clause of the same "telling ... and that"; the cue governs it'),
 ('It is the first seat', 'speech', 'Ruth Mallinson', 'say', F, 'inverted tag: said Northfield’s director, Ruth Mallinson'),
 ('The Green vote is the story', 'speech', 'Ruth Mallinson', '', T, 'cue-less quotation sentence after the tagged one'),
 ('a party run from a spreadsheet', 'speech', 'one of two people who know him', 'call', F, 'anonymous source: "what one of them called"'),
 ('Graham was a good constituency MP', 'speech', 'Anne Whitworth', 'tell', F, ''),
 ('I won’t pretend otherwise', 'speech', 'Anne Whitworth', '', T, ''),
 ('They sent us a lad from London', 'speech', 'Kev Lumb', 'say', F, ''),
 ('I’ve been in this party', 'speech', 'Kev Lumb', '', T, ''),
 ('I grew up in Todmorden', 'speech', 'Callum Firth', 'say', F, 'he = Firth'),
 ('There’s no left and right', 'speech', 'Callum Firth', '', T, ''),
 ('the lot of you', 'speech', 'Shirley', 'tell', F, 'member of the public by first name; fragment worked into the narrator sentence'),
 ('People keep telling me', 'speech', 'Maya Okonjo', 'say', F, 'she = Okonjo'),
 ('inequality', 'term', '', '', F, 'nested: a word under discussion (the word ministers will not say)'),
 ('We’re not stealing', 'speech', 'Maya Okonjo', '', T, 'previous top-level speech span is Okonjo’s (the nested term is not counted)'),
 ('Labour are fighting each other', 'speech', 'Darren Holt', 'tell', F, 'he told a meeting'),
 ('I’m the only one fighting', 'speech', 'Darren Holt', '', T, 'after the narrator aside "a line I heard him use..."'),
 ('more interested in itself', 'speech', 'Northfield Insight', 'put', F, 'hard call: questionnaire wording voters agreed with; "a phrase Northfield put to them" = the pollster’s written words (speech, not a scare quote)'),
 ('If we lose here', 'speech', 'Anne Whitworth', 'say', F, 'previous speech span is Northfield’s'),
 ('Both will be wrong', 'speech', 'Anne Whitworth', '', T, ''),
],
'uk_dev12_union_interview': [
 ('Tell them we’ll see them in court', 'speech', 'Bernadette Coyle', 'say', F, 'said into the phone'),
 ('Sorry. That’s the third one', 'speech', 'Bernadette Coyle', '', T, ''),
 ('Tax the rich', 'term', '', '', F, 'slogan on a fridge magnet ("that says"): a slogan, not an utterance of a speaker'),
 ('I knocked on doors in Stirling', 'speech', 'Bernadette Coyle', 'say', F, ''),
 ('And the first thing the Chancellor said', 'speech', 'Bernadette Coyle', '', T, 'new quotation sentence after "she says."; not a split sentence'),
 ('there is no money', 'speech', 'the Chancellor', 'say', F, 'nested: the Chancellor’s words quoted by Coyle'),
 ('This isn’t a cost-of-living crisis', 'speech', 'Bernadette Coyle', 'say', F, ''),
 ('It’s a cost-of-working crisis', 'speech', 'Bernadette Coyle', '', T, ''),
 ('You’d have one carer', 'speech', 'Bernadette Coyle', '', T, 'unclosed: runs to the paragraph end (multi-paragraph quotation); "she says" of the preceding sentence governs indirect speech, not this span'),
 ('So when a minister tells me', 'speech', 'Bernadette Coyle', 'say', F, 'reopened second paragraph of the quotation, with its own "she says"'),
 ('I’d like to take the whole Treasury', 'speech', 'Bernadette Coyle', '', T, ''),
 ('No. Walking away', 'speech', 'Bernadette Coyle', 'say', F, ''),
 ('There’s a wing of the Labour Party', 'speech', 'Bernadette Coyle', '', T, ''),
 ('I don’t do personalities', 'speech', 'Bernadette Coyle', 'say', F, 'after the interviewer’s question "Did she agree?"'),
 ('But I’ll say this', 'speech', 'Bernadette Coyle', '', T, ''),
 ('Bernie wants a seat at the table', 'speech', 'one cabinet minister', 'tell', F, 'anonymous; colon introduction "told me:"'),
 ('a rehearsal for a leadership challenge', 'speech', 'a Labour official who works with the unions', 'call', F, ''),
 ('If I was plotting a coup', 'speech', 'Bernadette Coyle', 'say', F, ''),
 ('Write that I’m patient', 'speech', 'Bernadette Coyle', 'say', F, ''),
 ('And write that my patience', 'speech', 'Bernadette Coyle', '', T, ''),
 ('The twenty-sixth of November', 'speech', 'Bernadette Coyle', '', T, 'answer to the interviewer’s "Which date?"'),
],
'uk_dev12_tariff_cable': [
 ('a customer, not an ally', 'speech', 'Julian Ashworth', 'tell', F, 'the ambassador has told ministers (in the telegram); name given later as Sir Julian Ashworth'),
 ('special relationship', 'term', '', '', F, 'label held at a distance'),
 ('no weight whatsoever', 'speech', 'Julian Ashworth', 'warn', F, 'the telegram warns; the telegram is Ashworth’s'),
 ('We should be clear-eyed', 'speech', 'Julian Ashworth', 'write', F, 'inverted tag "writes the ambassador, Sir Julian Ashworth"'),
 ('trade team do not distinguish', 'speech', 'Julian Ashworth', '', T, ''),
 ('polite incomprehension', 'speech', 'Julian Ashworth', 'call', F, '"what Ashworth calls"'),
 ('Our interlocutors describe', 'speech', 'Julian Ashworth', 'write', F, 'split quotation, interposed "Ashworth writes"'),
 ('a starting point', 'speech', 'Ashworth’s interlocutors', 'describe', F, 'nested: the US officials’ words relayed by the telegram'),
 ('and say openly', 'speech', 'Julian Ashworth', 'write', F, 'second piece of the split quotation'),
 ('The United States values', 'speech', 'a Commerce Department spokesperson', 'say', F, 'the statement of the Commerce Department'),
 ('That partnership is best served', 'speech', 'a Commerce Department spokesperson', '', T, ''),
 ('Quiet diplomacy has a cost', 'speech', 'Julian Ashworth', 'write', F, 'he = Ashworth'),
 ('Our restraint is read here', 'speech', 'Julian Ashworth', '', T, ''),
 ('Our relationship with the United States', 'speech', 'Priya Dhaliwal', 'tell', F, ''),
 ('We are talking to our American', 'speech', 'Priya Dhaliwal', '', T, ''),
 ('all options', 'speech', 'Priya Dhaliwal', 'say', F, 'fragment: she said "all options" remained; the narrator calls it a formula'),
 ('We\'ve been told for ten years', 'speech', 'Helen Garside', 'say', F, ''),
 ('I\'d settle for being', 'speech', 'Helen Garside', '', T, ''),
 ('We have tried being the friend', 'speech', 'Julian Ashworth', 'write', F, ''),
 ('It has not worked', 'speech', 'Julian Ashworth', '', T, ''),
 ('the full confidence', 'speech', 'a government source', 'say', F, ''),
 ('no question', 'speech', 'a government source', 'say', F, 'second that-clause of the same "said"'),
],
'uk_dev12_obituary': [
 ('the best speech I will ever hear', 'speech', 'one Conservative MP', 'call', F, ''),
 ('I was asked to take it on trust', 'speech', 'Hugh Rathbone', 'tell', F, 'from the resignation speech'),
 ('I have taken a great deal', 'speech', 'Hugh Rathbone', '', T, ''),
 ('We are told that we must be there', 'speech', 'Hugh Rathbone', 'question', F, 'colon introduction "He went on to question whether ...:"'),
 ('Being right about Iraq', 'speech', 'Hugh Rathbone', 'tell', F, '2008 interview'),
 ('A hundred thousand people', 'speech', 'Hugh Rathbone', '', T, ''),
 ('Hammer Hugh', 'term', '', '', F, 'nickname'),
 ('Militant were not socialists', 'speech', 'Hugh Rathbone', 'write', F, ''),
 ('They were a party inside our party', 'speech', 'Hugh Rathbone', '', T, ''),
 ('A Debt, Not a Blank Cheque', 'term', '', '', F, 'title of a work (the biography)'),
 ('Hugh used to say', 'speech', 'Alison Reddaway', 'tell', F, 'the biographer'),
 ('Loyalty is a debt', 'speech', 'Hugh Rathbone', 'say', F, 'nested: Rathbone’s saying quoted by Reddaway ("used to say")'),
 ('He had been loyal to the leadership', 'speech', 'Alison Reddaway', '', T, 'previous top-level speech span is Reddaway’s'),
 ('gone native with the Stop the War', 'speech', 'a minister who had shared his office at Transport', 'brief', F, 'briefed the press that ...'),
 ('a man of rare courage', 'speech', 'the Prime Minister', 'say', F, 'office only, unnamed'),
 ('I thought he was wrong', 'speech', 'Sheila Okafor', 'say', F, 'Dame Sheila Okafor'),
 ('the only man who could resign', 'speech', 'a former Labour whip', 'recall', F, 'recalled him as'),
 ('He said it was too long', 'speech', 'Margaret Rathbone', 'say', F, 'the widow'),
 ('He always said that', 'speech', 'Margaret Rathbone', '', T, ''),
],
'uk_dev12_westminster_diary': [
 ('the Supper Club', 'term', '', '', F, 'the name the group gives itself ("They call themselves"): a name, not an utterance'),
 ('It’s not a plot', 'speech', 'one of the Supper Club MPs', 'tell', F, '"one of them told me"'),
 ('Support groups don’t keep minutes', 'speech', 'a whip', 'say', F, 'split quotation, interposed "she said"'),
 ('and they don’t count heads', 'speech', 'a whip', 'say', F, 'second piece of the split quotation'),
 ('My constituents aren’t asking', 'speech', 'one of the club’s founders', 'say', F, 'a former social worker from the East Midlands'),
 ('They’re asking how they pay', 'speech', 'one of the club’s founders', '', T, ''),
 ('Half my constituents', 'speech', 'a minister who did vote with the government', 'say', F, ''),
 ('I’ve stopped reading my inbox', 'speech', 'a minister who did vote with the government', '', T, ''),
 ('nobody will be in London', 'speech', 'the American ambassador', '', F, 'hard call: "on the grounds that" gives the ambassador’s stated reason in his words; no reporting verb'),
 ('our two great nations', 'speech', 'the American ambassador', 'speech', F, 'noun cue: "made a short speech about" (relayed by a cabinet minister who "reports")'),
 ('the most transactional canapé', 'speech', 'a cabinet minister who attended', 'say', F, '"my source"'),
 ('the conversation', 'speech', 'one frontbencher', 'call', F, 'hard call: "what one calls" = a specific source’s word (rule: source + call = speech); the narrator glosses it as a polite name'),
 ('There is no pact', 'speech', 'a spokesman for the leader’s office', 'say', F, ''),
 ('the only fiscal rule', 'speech', 'an MP who has been in the House since 1997', 'describe', F, ''),
 ('She was underlining things', 'speech', 'my informant', 'say', F, ''),
 ('That’s never good', 'speech', 'my informant', '', T, ''),
],
}

# ---------------------------------------------------------------- timex
# (exact text, type, value, mod, note)
TIMEX = {
'uk_dev12_by_election': [
 ('Saturday morning', 'TIME', '2026-02-28TMO', '', 'the Saturday before publication (Monday 2 March 2026)'),
 ('Thursday', 'DATE', '2026-03-05', '', 'polling day, the Thursday after publication'),
 ('July 2024', 'DATE', '2024-07', '', ''),
 ('last week', 'DATE', '2026-W09', '', 'the week before publication'),
 ('last summer', 'DATE', '2025-SU', '', ''),
 ('six months', 'DURATION', 'P6M', '', ''),
 ('a week', 'DURATION', 'P1W', '', 'N units + after + event: the measure phrase only'),
 ('now', 'DATE', 'PRESENT_REF', '', ''),
 ('thirty-one years', 'DURATION', 'P31Y', '', ''),
 ('a minute', 'DURATION', 'PT1M', '', 'Within a minute'),
 ('now', 'DATE', 'PRESENT_REF', '', ''),
 ('twice a day', 'SET', 'P1D', '', 'frequency twice per day'),
 ('last year', 'DATE', '2025', '', ''),
 ('Friday', 'DATE', '2026-02-27', '', 'the Friday before the Saturday of the report'),
 ('that morning', 'TIME', '2026-02-28TMO', '', 'the Saturday morning of the opening'),
 ('2024', 'DATE', '2024', '', 'in 2024 (the general election year)'),
 ('2011', 'DATE', '2011', '', 'since 2011'),
 ('Friday morning', 'TIME', '2026-03-06TMO', '', 'the morning after polling day'),
],
'uk_dev12_union_interview': [
 ('a grey Tuesday afternoon', 'TIME', '2025-11-11TAF', '', 'the Tuesday of publication week (published Friday 14 November 2025)'),
 ('this week', 'DATE', '2025-W46', '', 'inside Coyle’s quotation'),
 ('the spring of 2024', 'DATE', '2024-SP', '', ''),
 ('eleven years', 'DURATION', 'P11Y', '', ''),
 ('every year', 'SET', 'P1Y', '', ''),
 ('2010', 'DATE', '2010', '', 'since 2010'),
 ('next week', 'DATE', '2025-W47', '', ''),
 ('2015', 'DATE', '2015', '', 'since 2015'),
 ('forty minutes', 'DURATION', 'PT40M', '', ''),
 ('next June', 'DATE', '2026-06', '', 'possessive ’s outside the extent'),
 ('the nineties', 'DATE', '199', '', ''),
 ('Last month', 'DATE', '2025-10', '', ''),
 ('the new year', 'DATE', '2026', 'START', 'in the new year = early 2026'),
 ('next year', 'DATE', '2026', '', 'next year’s budget round'),
 ('The twenty-sixth of November', 'DATE', '2025-11-26', '', 'the coming Budget'),
],
'uk_dev12_tariff_cable': [
 ('12 May', 'DATE', '2026-05-12', '', ''),
 ('now', 'DATE', 'PRESENT_REF', '', ''),
 ('last month', 'DATE', '2026-04', '', ''),
 ('1 June', 'DATE', '2026-06-01', '', '"from 1 June": from is a signal here, not a range start'),
 ('last year', 'DATE', '2025', '', ''),
 ('twelve months', 'DURATION', 'P12M', '', 'within twelve months'),
 ('Tuesday', 'DATE', '2026-05-19', '', 'the day before publication (Wednesday 20 May 2026)'),
 ('the past year', 'DURATION', 'P1Y', '', '"much of the past year": the span ending now; "much of" outside'),
 ('previously', 'DATE', 'PAST_REF', '', 'deictic adverb'),
 ('Wednesday morning', 'TIME', '2026-05-20TMO', '', 'publication day'),
 ('every day', 'SET', 'P1D', '', ''),
 ('March', 'DATE', '2026-03', '', 'since March'),
 ('ten years', 'DURATION', 'P10Y', '', ''),
 ('the end of June', 'DATE', '2026-06', 'END', ''),
],
'uk_dev12_obituary': [
 ('four years', 'DURATION', 'P4Y', '', ''),
 ('eleven minutes', 'DURATION', 'PT11M', '', ''),
 ('the afternoon of 18 March 2003', 'TIME', '2003-03-18TAF', '', ''),
 ('a day', 'DURATION', 'P1D', '', 'a day after resigning: measure phrase only'),
 ('nearly thirty years', 'DURATION', 'P30Y', 'LESS_THAN', 'inside the speech'),
 ('a year', 'DURATION', 'P1Y', '', 'Within a year'),
 ('2008', 'DATE', '2008', '', ''),
 ('3 May 1941', 'DATE', '1941-05-03', '', ''),
 ('February 1974', 'DATE', '1974-02', '', ''),
 ('31 years', 'DURATION', 'P31Y', '', ''),
 ('the early 1980s', 'DATE', '198', 'START', ''),
 ('a decade', 'DURATION', 'P1DE', '', ''),
 ('the 1990s', 'DATE', '199', '', ''),
 ('1999', 'DATE', '1999', '', ''),
 ('last year', 'DATE', '2025', '', 'the biography published last year (obituary of January 2026)'),
 ('twenty years', 'DURATION', 'P20Y', '', ''),
 ('2005', 'DATE', '2005', '', 'the election of 2005'),
 ('this week', 'DATE', '2026-W04', '', 'publication week (Thursday 22 January 2026)'),
 ('the time', 'DATE', '2003-03', '', 'at the time = of the March 2003 vote'),
 ('a year', 'DURATION', 'P1Y', '', 'Within a year'),
 ('1968', 'DATE', '1968', '', ''),
 ('Tuesday', 'DATE', '2026-01-20', '', ''),
 ('a few weeks ago', 'DATE', 'PAST_REF', '', 'vague past relative to Tuesday 20 January 2026; "only" outside'),
 ('3 May 1941', 'DATE', '1941-05-03', '', 'closing birth/death line'),
 ('18 January 2026', 'DATE', '2026-01-18', '', 'closing birth/death line (the Sunday before publication)'),
],
'uk_dev12_westminster_diary': [
 ('this week', 'DATE', '2026-W06', '', 'publication week (Friday 6 February 2026)'),
 ('2024', 'DATE', '2024', '', 'the 2024 intake: the year of their election'),
 ('Tuesday evenings', 'SET', 'XXXX-WXX-2TEV', '', ''),
 ('last spring', 'DATE', '2025-SP', '', ''),
 ('Wednesday', 'DATE', '2026-02-04', '', 'possessive ’s outside the extent'),
 ('10pm', 'TIME', 'XXXX-XX-XXT22:00', '', 'generic (habitual) time of day'),
 ('six months', 'DURATION', 'P6M', '', 'six months early'),
 ('July', 'DATE', '2026-07', '', 'Fourth of July 2026, inside the quotation'),
 ('forty minutes', 'DURATION', 'PT40M', '', ''),
 ('weekly', 'SET', 'P1W', '', ''),
 ('now', 'DATE', 'PRESENT_REF', '', ''),
 ('three years', 'DURATION', 'P3Y', '', 'for three years running'),
 ('1997', 'DATE', '1997', '', 'since 1997'),
 ('Thursday night', 'TIME', '2026-02-05TNI', '', ''),
 ('1970s', 'DATE', '197', '', 'a 1970s pamphlet'),
],
}

# ---------------------------------------------------------------- themes
# (paragraph start, special_relationship, party_factionalism, iraq, israel_palestine, austerity, negated, note)
THEMES = {
'uk_dev12_by_election': [
 ('Saturday morning outside', 0, 0, 0, 0, 0, '', 'campaign colour; Reform pitch (net zero, potholes)'),
 ('The by-election on Thursday', 0, 0, 0, 0, 0, '', 'the race and a poll; Green vote drawn from Labour voters is electoral, not factional (rule 2)'),
 ('Pickles’s departure', 0, 1, 0, 0, 1, '', 'whip withdrawn, no future for his views in the party; PIP cuts'),
 ('The selection has not helped', 0, 1, 0, 0, 1, '', 'imposed candidate, branch secretaries resign and defect; austerity borderline: Lumb objects to the candidate’s defence of the two-child limit'),
 ('Firth is disarming', 0, 1, 0, 0, 1, '', 'placeman question; "no left and right of the party" denial (not the only PF statement, so not negated); gas bills, winter fuel payment'),
 ('Okonjo has spent', 0, 1, 0, 0, 1, '', 'councillors left Labour after the whip was withdrawn from welfare rebels; bus cut, inequality'),
 ('Holt, for his part', 0, 1, 0, 0, 0, '', 'an outside voice describing conflict inside Labour counts (rule 3); borderline, campaign jibe'),
 ('Whitworth, who has chaired', 0, 1, 0, 0, 0, '', 'recriminations between London and the local party'),
],
'uk_dev12_union_interview': [
 ('When I arrive', 0, 0, 0, 0, 1, '', 'council closing libraries (service cuts)'),
 ('Coyle, who was elected', 0, 0, 0, 0, 0, '', 'biography; "Tax the rich" magnet a passing slogan'),
 ('She campaigned for', 0, 0, 0, 0, 1, '', '"no money", real-terms pay cuts; a union leader’s disappointment with the government is not factional'),
 ('The union’s own figures', 0, 0, 0, 0, 1, '', 'job losses, food banks, cost of living'),
 ('It was the care home', 0, 0, 0, 0, 0, '', 'borderline austerity: understaffing and owners’ dividends in a care home; about care-market profiteering, not cuts, poverty or welfare'),
 ('‘So when a minister', 0, 0, 0, 0, 0, '', 'borderline: productivity in care, Treasury team; no cuts stated'),
 ('I ask whether', 0, 1, 0, 0, 0, '', 'affiliation motion; a wing of Labour wanting the unions out'),
 ('That does not make her', 0, 1, 0, 0, 0, '', 'Socialist Campaign Group fringe, call to sack the Chancellor, whip for rebels; the welfare bill only named (austerity 0)'),
 ('Her critics inside the party', 0, 1, 0, 0, 0, '', 'leadership challenge, coup'),
 ('She is, by her own account', 0, 0, 0, 0, 1, '', 'pay ballot, budget round worse'),
 ('She walks me to the lift', 0, 0, 0, 0, 0, '', 'the Budget named only'),
],
'uk_dev12_tariff_cable': [
 ('Britain’s ambassador in Washington'.replace('’', "'"), 1, 0, 0, 0, 0, '', ''),
 ('"We should be clear-eyed', 1, 0, 0, 0, 0, '', ''),
 ('The row began', 1, 0, 0, 0, 0, '', 'US tariffs on UK, the UK–US trade deal'),
 ('In a statement on Tuesday', 1, 0, 0, 0, 0, '', 'Commerce Department on the partnership with the UK'),
 ('The leak will embarrass', 1, 0, 0, 0, 0, '', 'UK approach to the White House'),
 ('The trade minister', 1, 0, 0, 0, 0, '', 'denies the relationship has soured but also states talks and retaliation: not only negated'),
 ('For exporters', 1, 0, 0, 0, 0, '', 'borderline: a firm hit by US tariffs; "first in the queue because of the special relationship"'),
 ('The telegram ends', 1, 0, 0, 0, 0, '', ''),
 ('The Foreign Office said', 1, 0, 0, 0, 0, '', 'borderline: confidence in the ambassador to Washington after the leak'),
],
'uk_dev12_obituary': [
 ('Hugh Rathbone, who has died', 0, 0, 1, 0, 0, '', 'resignation over the invasion'),
 ('“I was asked', 1, 0, 1, 0, 0, '', 'intelligence taken on trust; Britain at Washington’s side, influence on American decisions'),
 ('Within a year', 0, 0, 1, 0, 0, '', 'no WMD, the dossier'),
 ('Hugh Owen Rathbone was born', 0, 0, 0, 0, 0, '', 'biography'),
 ('His reputation on the left', 0, 1, 0, 0, 0, '', 'Militant, modernisers'),
 ('His biographer', 0, 1, 1, 0, 0, '', 'loyalty against the Trotskyists; Iraq borderline: the resignation (over the war) traced to it'),
 ('The price was high', 0, 1, 1, 0, 0, '', 'briefing against him by a ministerial colleague; Iraq borderline: the cost of his anti-war stand, "Stop the War crowd"'),
 ('Tributes this week', 0, 0, 1, 0, 0, '', 'Okafor voted for the war and was wrong'),
 ('He is survived', 0, 0, 0, 0, 0, '', 'family; the speech watched again'),
 ('Hugh Owen Rathbone, born', 0, 0, 0, 0, 0, '', 'closing birth/death line'),
],
'uk_dev12_westminster_diary': [
 ('The most popular room', 0, 1, 0, 0, 0, '', 'the Supper Club: "not a plot" denial, but the whip’s view is not negated'),
 ('Their grievance', 0, 1, 0, 0, 1, '', 'PF borderline: backbench grievance against their own government’s cuts (rejection of the party line); disability benefit cuts, bills'),
 ('Wednesday’s vote', 0, 1, 0, 1, 0, '', 'Palestine recognition motion, arms to Israel, Gaza; 63 Labour MPs against the whip, a frontbencher walks out'),
 ('Across the river', 1, 0, 0, 0, 0, '', 'the US ambassador lobbying the Business Secretary, "our two great nations"'),
 ('On the Conservative side', 0, 1, 0, 0, 0, '', 'frontbenchers’ talks with Reform behind the leader’s office; denial by the office, not every statement negated'),
 ('Congratulations to the Commons', 0, 0, 0, 0, 0, '', 'catering joke; "everything else goes up" a passing mention'),
 ('Finally, a sighting', 0, 0, 0, 0, 0, '', 'the Chancellor in the library'),
],
}

THEME_COLS = ['special_relationship', 'party_factionalism', 'iraq_war_intelligence',
              'israel_palestine', 'austerity_inequality']
OPEN = {'curly': '“‘', 'british': '‘“', 'straight': '"\''}
CLOSE = {'curly': '”’', 'british': '’”', 'straight': '"\''}
ALLMARKS = '“”‘’"\''


def parse(marked):
    raw, quotes, timex, seps, qstack, tstart = [], [], [], [], [], None
    for ch in marked:
        pos = len(raw)
        if ch == '«':
            qstack.append(pos)
        elif ch == '»':
            s = qstack.pop()
            quotes.append((s, pos, len(qstack)))
        elif ch == '⟨':
            assert tstart is None
            tstart = pos
        elif ch == '⟩':
            timex.append((tstart, pos))
            tstart = None
        elif ch == '¦':
            seps.append(pos)
        else:
            raw.append(ch)
    assert not qstack and tstart is None
    return ''.join(raw), sorted(quotes, key=lambda x: (x[0], -x[1])), timex, seps


def paragraphs(raw):
    """(start, end) of every non-empty line after the title line."""
    out, pos = [], 0
    for i, line in enumerate(raw.split('\n')):
        if i > 0 and line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def is_apostrophe(raw, i):
    ch = raw[i]
    if ch not in '’\'':
        return False
    before = raw[i - 1] if i > 0 else ' '
    after = raw[i + 1] if i + 1 < len(raw) else ' '
    if before.isalpha() and after.isalpha():
        return True          # it's, Labour's, we'd
    if before == 's' and (after.isspace() or after in ',.;:'):
        return True          # plural possessive: whips’ office, miners’ strike
    return False


def build():
    os.makedirs(TEXT_DIR, exist_ok=True)
    S, Q, X, TH = [], [], [], []
    for name in FILES:
        src = name + '.txt'
        marked = open(os.path.join(HERE, 'marked', src), encoding='utf-8').read()
        raw, quotes, timex, seps = parse(marked)
        with open(os.path.join(TEXT_DIR, src), 'w', encoding='utf-8', newline='') as fh:
            fh.write(raw)
        assert open(os.path.join(TEXT_DIR, src), encoding='utf-8', newline='').read() == raw
        paras = paragraphs(raw)
        title_end = raw.index('\n')
        # sentences
        for ps, pe in paras:
            cuts = [ps] + [s for s in seps if ps < s < pe] + [pe]
            covered = []
            for a, b in zip(cuts, cuts[1:]):
                seg = raw[a:b]
                lead = len(seg) - len(seg.lstrip())
                trail = len(seg) - len(seg.rstrip())
                s0, s1 = a + lead, b - trail
                assert s1 > s0, (src, a)
                S.append((src, s0, s1, raw[s0:s1]))
                covered.append((s0, s1))
            rest = raw[ps:pe]
            for s0, s1 in covered:
                rest = rest[:s0 - ps] + ' ' * (s1 - s0) + rest[s1 - ps:]
            assert not rest.strip(), (src, 'sentence coverage', ps)
        for s in seps:
            assert any(p0 < s < p1 for p0, p1 in paras), (src, 'separator outside a body paragraph', s)
        # quotes
        dec = QUOTES[name]
        assert len(dec) == len(quotes), (src, len(dec), len(quotes))
        bounded = set()
        for (a, b, depth), (snip, kind, spk, cue, cont, note) in zip(quotes, dec):
            text = raw[a:b]
            assert snip in text, (src, snip, text)
            assert a > title_end, (src, 'quote in title')
            op = raw[a - 1]
            assert op in OPEN[STYLE[name]], (src, text, op)
            bounded.add(a - 1)
            if b < len(raw) and raw[b] in CLOSE[STYLE[name]]:
                bounded.add(b)
            else:
                assert raw[b] == '\n' and 'unclosed' in note, (src, 'no closing mark', text)
            assert kind in ('speech', 'term')
            if kind == 'term':
                assert not spk and not cue and cont == F
            if depth:
                assert cont == F
            Q.append((src, a, b, text, kind, spk, cue, cont, ('nested; ' if depth and not note.startswith('nested') else '') + note))
        # continuation consistency: true => no cue and same speaker as previous top-level speech
        prev = None
        for (a, b, depth), (snip, kind, spk, cue, cont, note) in zip(quotes, dec):
            if kind == 'speech' and not depth:
                if cont == T:
                    assert not cue and spk == prev, (src, snip)
                elif not cue:
                    assert spk != prev, (src, 'cue-less same-speaker span must be a continuation', snip)
                prev = spk
        # mark inventory
        unexplained = []
        for i, ch in enumerate(raw):
            if ch in ALLMARKS and i not in bounded and not is_apostrophe(raw, i):
                unexplained.append((i, raw[max(0, i - 15):i + 15]))
        assert not unexplained, (src, unexplained)
        for i, ch in enumerate(raw):
            if ch in ALLMARKS and ch not in OPEN[STYLE[name]] + CLOSE[STYLE[name]]:
                raise AssertionError((src, 'mark of another style', i))
        # timex
        dec = TIMEX[name]
        assert len(dec) == len(timex), (src, len(dec), len(timex))
        for (a, b), (snip, typ, val, mod, note) in zip(timex, dec):
            assert raw[a:b] == snip, (src, raw[a:b], snip)
            assert typ in ('DATE', 'TIME', 'DURATION', 'SET')
            X.append((src, a, b, raw[a:b], typ, val, mod, note))
        # themes
        dec = THEMES[name]
        assert len(dec) == len(paras), (src, len(dec), len(paras))
        for (ps, pe), (snip, *codes, neg, note) in zip(paras, dec):
            assert raw[ps:pe].startswith(snip), (src, snip, raw[ps:ps + 40])
            for t in neg.split(';') if neg else []:
                assert codes[THEME_COLS.index(t)] == 1
            TH.append((src, ps, pe, raw[ps:pe], *codes, neg, note))

    def check(rows, overlap=True):
        for src in FILES:
            rs = [r for r in rows if r[0] == src + '.txt']
            raw = open(os.path.join(TEXT_DIR, src + '.txt'), encoding='utf-8', newline='').read()
            for r in rs:
                assert raw[r[1]:r[2]] == r[3]
            assert rs == sorted(rs, key=lambda r: (r[1], -r[2]))
            if overlap:
                for x, y in zip(rs, rs[1:]):
                    assert x[2] <= y[1], (x[:3], y[:3])
    check(S); check(X); check(TH); check(Q, overlap=False)

    def write(fname, header, rows):
        with open(os.path.join(HERE, fname), 'w', encoding='utf-8', newline='') as fh:
            w = csv.writer(fh, lineterminator='\n')
            w.writerow(header)
            w.writerows(rows)
    write('sentences.csv', ['source', 'start', 'end', 'text'], S)
    write('quotes.csv', ['source', 'start', 'end', 'text', 'kind', 'speaker', 'cue', 'continuation', 'notes'], Q)
    write('timex.csv', ['source', 'start', 'end', 'text', 'type', 'value', 'mod', 'notes'], X)
    write('themes_v2.csv', ['source', 'start', 'end', 'text'] + THEME_COLS + ['negated', 'notes'], TH)
    with open(os.path.join(TEXT_DIR, 'metadata.csv'), 'w', encoding='utf-8', newline='') as fh:
        fh.write('file,date\n')
        for n in FILES:
            fh.write(f'{n}.txt,{DATES[n]}\n')
    print('sentences', len(S), 'quotes', len(Q), 'timex', len(X), 'themes', len(TH))


if __name__ == '__main__':
    build()
