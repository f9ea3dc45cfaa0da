"""Build the uk_dev13 texts and gold annotations from the hand-marked files.

Markers in marked/<file>.txt (written by hand, together with the article):
  ¦      boundary between two sentences of a body paragraph
  « »    just inside the quotation marks of every quotation span
  ⟨ ⟩    around every temporal expression
The markers are stripped to give data/uk_dev13/<file>.txt; offsets come from the marker
positions; each span / paragraph is paired, in text order, with the hand decision below,
whose snippet is checked against the span.

Run: /work/main/.venv/bin/python data/annotations/uk_dev13/build_annotations.py
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
SET = 'uk_dev13'
MARKED = os.path.join(HERE, 'marked')
TEXTS = os.path.join(ROOT, 'data', SET)

T, F = True, False
S, M = 'speech', 'term'

# ---------------------------------------------------------------------------
# Hand decisions, in text order.
# quotes: (snippet at start of span, kind, speaker, cue, continuation, note)
# timex:  (exact text, type, value, mod, note)
# themes: (snippet at start of paragraph, SR, PF, IRAQ, IP, AUST, negated, note)
# ---------------------------------------------------------------------------
ARTICLES = {}

ARTICLES['uk_dev13_conference_speech'] = dict(
    date='2026-10-07',
    quotes=[
        ('We were in government for fourteen years', S, 'Helena Strachan', 'tell', F, ''),
        ('We flinched on the deficit.', S, 'Helena Strachan', '', T, 'cue-less quotation sentence after "she told the hall"'),
        ('the honest budget', S, 'Helena Strachan', 'call', F, 'her own name for the plan, uttered in the speech: speech (calls it), not a term'),
        ('They will call it austerity,', S, 'Helena Strachan', 'say', F, ''),
        ('Let them.', S, 'Helena Strachan', '', T, ''),
        ('There are people in this party', S, 'Helena Strachan', 'say', F, ''),
        ('There are others who want us', S, 'Helena Strachan', '', T, 'new sentence after the narrator aside; no cue of its own'),
        ('She has finally said it,', S, 'Dominic Harrowell', 'tell', F, 'split quotation, long inverted tag with apposition'),
        ('but she said it in a whisper.', S, 'Dominic Harrowell', 'tell', F, 'second piece of split quotation: interposed cue'),
        ('Cutting spending without cutting taxes', S, 'Dominic Harrowell', '', T, 'introduced by a colon after "He wanted ..." (not a reporting verb): no cue'),
        ('Today?', S, 'Dominic Harrowell', '', T, 'answer to a question put in narration ("Asked whether ..."); cue-less, Harrowell'),
        ('secure until it isn’t', S, 'one of the MPs around Harrowell', 'describe', F, '"one of them" = one of the MPs around Harrowell'),
        ('for the voters who left us', S, 'Fiona Marchetti', 'tell', F, 'partial quotation in indirect speech'),
        ('I have sat in my surgery', S, 'Fiona Marchetti', 'say', F, ''),
        ('I am not going to tell her', S, 'Fiona Marchetti', '', T, ''),
        ('Nobody in that room is sharpening anything,', S, 'Fiona Marchetti', 'say', F, ''),
        ('except their pencils.', S, 'Fiona Marchetti', 'say', F, 'second piece of split quotation'),
        ('2010 without the excuse of 2008', S, 'Toby Raikes', 'say', F, ''),
        ('Every pound I give this party', S, 'Malcolm Dunmore', 'tell', F, 'Sir Malcolm Dunmore; title dropped'),
        ('Today I think it does.', S, 'Malcolm Dunmore', '', T, ''),
        ('the first grown-up speech', S, 'Margaret', 'call', F, 'delegate named by first name only'),
        ('My mum works in a primary school', S, 'Callum', 'say', F, ''),
        ('You can’t cut that again', S, 'Callum', '', T, ''),
        ('She has picked a fight with the country', S, 'one shadow cabinet minister', 'put', F, 'anonymous source; cue "put it more bluntly:"'),
    ],
    timex=[
        ('ten past two on Wednesday afternoon', 'TIME', '2026-10-07T14:10', '', 'one composite expression; Wednesday = publication day'),
        ('a little under a minute', 'DURATION', 'PT1M', 'LESS_THAN', '"a little under" as "nearly"'),
        ('the next 51 minutes', 'DURATION', 'PT51M', '', ''),
        ('2010', 'DATE', '2010', '', ''),
        ('fourteen years', 'DURATION', 'P14Y', '', ''),
        ('2031', 'DATE', '2031', '', 'after "by" (outside extent, no mod)'),
        ('the afternoon', 'TIME', '2026-10-07TAF', '', '"the loudest applause of the afternoon"'),
        ('the next five years', 'DURATION', 'P5Y', '', ''),
        ('the last fourteen', 'DURATION', 'P14Y', '', 'elliptical: the last fourteen [years]'),
        ('that evening', 'TIME', '2026-10-07TEV', '', ''),
        ('Today', 'DATE', '2026-10-07', '', 'Harrowell\'s one-word answer: this day (after the speech)'),
        ('the spring', 'DATE', '2027-SP', '', 'the coming spring; after "by"'),
        ('2010', 'DATE', '2010', '', 'inside quotation'),
        ('2008', 'DATE', '2008', '', 'inside quotation'),
        ('2019', 'DATE', '2019', '', 'after "since"'),
        ('Today', 'DATE', '2026-10-07', '', 'Dunmore: "Today I think it does" read as this day (the speech day); PRESENT_REF also defensible'),
        ('January', 'DATE', '2027-01', '', 'next donation falls due: the coming January'),
        ('three decades', 'DURATION', 'P3DE', '', ''),
        ('years', 'DURATION', 'PXY', '', 'vague: "in years"'),
        ('Christmas', 'DATE', '2026-12-25', '', 'after "by"; the coming Christmas'),
    ],
    themes=[
        ('Helena Strachan walked on', 0, 0, 0, 0, 1, '', 'AU: the state must shrink (spending cuts) announced'),
        ('“We were in government', 0, 0, 0, 0, 1, '', 'AU: flinched on deficit and welfare; self-criticism of a past government, not a faction fight'),
        ('The centrepiece was a pledge', 0, 0, 0, 0, 1, '', ''),
        ('Much of the rest was aimed', 0, 1, 0, 0, 0, '', 'PF: her own benches, tribute act (Reform) vs apologists - two wings'),
        ('The right of the party heard', 0, 1, 0, 0, 1, '', 'PF: the right, its shop steward, fringe group; AU: welfare cuts'),
        ('Asked whether he still had confidence', 0, 1, 0, 0, 0, '', 'PF: confidence in the leader, a possible challenge'),
        ('The party’s One Nation wing', 0, 1, 0, 0, 1, '', 'PF: One Nation wing against the speech; AU: gas vs insulin'),
        ('She was careful, though', 0, 1, 0, 0, 1, '', 'PF: denial of head-counting, but Raikes rejects the line, so not negated; AU: cuts after the crash'),
        ('Sir Malcolm Dunmore', 0, 1, 0, 0, 0, '', 'PF borderline: donor doubts the parliamentary party will let her win (MPs vs leader); context decides'),
        ('In the coffee queue afterwards', 0, 0, 0, 0, 1, '', 'AU: school catching rain in buckets, cuts; PF 0: delegates divided, opinions only'),
        ('Strachan’s allies insist', 0, 1, 0, 0, 1, '', 'PF: avoid a fight with the party about Reform, both wings; AU borderline: "a fight with the country about money" = the spending cuts, by context'),
    ],
)

ARTICLES['uk_dev13_washington_dispatch'] = dict(
    date='2026-03-20',
    quotes=[
        ('We do not have a special relationship', S, 'Caroline Ashby', 'say', F, 'Dame Caroline Ashby; title dropped'),
        ('We have it because', S, 'Caroline Ashby', '', T, ''),
        ('a lovely museum with an army attached', S, 'the president', 'description', F, 'noun cue: "the president\'s description of Britain ... as"'),
        ('She was the only ambassador in this town', S, 'Dale Hendry', 'say', F, ''),
        ('I\'m going to miss being told', S, 'Dale Hendry', '', T, ''),
        ('in better shape than the headlines', S, 'Ana Quintero', 'say', F, 'partial quotation; fronted "she said" between subject and verb'),
        ('The special relationship isn\'t a feeling', S, 'Ana Quintero', 'say', F, ''),
        ('Habits take decades to build.', S, 'Ana Quintero', '', T, ''),
        ('a tireless advocate for her country', S, 'Lauren Metzger', 'call', F, 'written statement by the spokesperson'),
        ('deepening our unbreakable alliance', S, 'Lauren Metzger', 'say', F, ''),
        ('I\'m not going to get into private', S, 'Lauren Metzger', 'say', F, 'answer at her briefing; cue "said:"'),
        ('She watched intelligence being bent', S, 'a former aide', 'say', F, 'anonymous former aide, referred to as "they"'),
        ('Iraq was the lesson.', S, 'a former aide', '', T, ''),
        ('noted and irrelevant', S, 'a White House official', 'tell', F, 'reported through the aide\'s recollection; the words are the official\'s'),
        ('She said, very politely', S, 'a former aide', 'say', F, '"the aide said"; speaker change after the official, own cue'),
        ('The measure was dropped', S, 'a former aide', '', T, ''),
        ('a second foreign office with better catering', S, 'one former minister', 'complain', F, ''),
        ('The catering is excellent,', S, 'Caroline Ashby', 'say', F, ''),
        ('Sleep,', S, 'Caroline Ashby', 'say', F, 'answer to the writer\'s question "And next?"'),
        ('Then a book, probably', S, 'Caroline Ashby', '', T, '"Then" sequential, not a timex'),
    ],
    timex=[
        ('11pm on Thursday', 'TIME', '2026-03-19T23:00', '', 'after "Just after" (preposition outside extent, no mod)'),
        ('Sunday', 'DATE', '2026-03-22', '', 'the coming Sunday'),
        ('four and a half years', 'DURATION', 'P4Y6M', '', ''),
        ('April', 'DATE', '2026-04', '', ''),
        ('the best part of four years', 'DURATION', 'P4Y', 'LESS_THAN', '"the best part of" = nearly'),
        ('last summer', 'DATE', '2025-SU', '', ''),
        ('October', 'DATE', '2025-10', '', 'a past rally, so October 2025'),
        ('decades', 'DURATION', 'PXDE', '', 'vague'),
        ('a week', 'DURATION', 'P1W', '', ''),
        ('Friday morning', 'TIME', '2026-03-20TMO', '', ''),
        ('decades', 'DURATION', 'PXDE', '', '"for decades to come"'),
        ('from 2001 to 2004', 'DATE', '2001/2004', '', 'range, "from" included'),
        ('those years', 'DATE', '2001/2004', '', 'anaphoric: the years of her first posting'),
        ('2024', 'DATE', '2024', '', ''),
        ('a fortnight', 'DURATION', 'P2W', '', 'after "within"'),
        ('last year', 'DATE', '2025', '', ''),
        ('Thursday night', 'TIME', '2026-03-19TNI', '', ''),
    ],
    themes=[
        ('The last party Dame Caroline Ashby', 1, 0, 0, 0, 0, '', 'SR borderline: farewell scene, but the ambassador\'s role plus a US senator on the British being wrong about tariffs (a UK-US dispute)'),
        ('Ashby leaves on Sunday', 1, 0, 0, 0, 0, '', 'SR: the post as seen by prime ministers and presidents; successor to present credentials at the White House'),
        ('In a short speech to some 200 guests', 1, 0, 0, 0, 0, '', ''),
        ('She did not mention the dispute', 1, 0, 0, 0, 0, '', 'SR: tariff dispute, president\'s jibe at Britain'),
        ('Hendry, a Republican', 1, 0, 0, 0, 0, '', 'SR: the ambassador telling US senators they are wrong (her role between the two)'),
        ('Senator Ana Quintero', 1, 0, 0, 0, 0, '', ''),
        ('The State Department was more emollient', 1, 0, 0, 0, 0, '', ''),
        ('The answer, according to a former aide', 1, 0, 1, 0, 0, '', 'IRAQ: intelligence bent to a Washington timetable; SR: London going along, "the last to know"'),
        ('The same aide recalled', 1, 0, 0, 0, 0, '', 'SR: White House dismissing London\'s objections; measure dropped'),
        ('Not everyone in London', 1, 0, 0, 0, 0, '', 'SR borderline: "that style" (standing up to Washington) and the embassy\'s role, criticised in London'),
        ('And next?', 0, 0, 0, 0, 0, '', 'personal plans only'),
    ],
)

ARTICLES['uk_dev13_inquiry_evidence'] = dict(
    date='2026-05-13',
    quotes=[
        ('Lantern', M, '', '', F, 'cryptonym: a label ("known to the inquiry by the cryptonym")'),
        ('through American hands, and only', S, 'Anthony Greaves', 'say', F, 'Sir Anthony Greaves; partial quotation in indirect speech'),
        ('We were told by our American colleagues', S, 'Anthony Greaves', 'say', F, ''),
        ('reliable and established', S, 'American colleagues', 'tell', F, 'nested: the words of Greaves\'s American colleagues ("We were told by our American colleagues that ...")'),
        ('We were not told, and I am not sure', S, 'Anthony Greaves', '', T, ''),
        ('corroborated by anyone we pay', S, 'one member of the committee', 'ask', F, '"one member" of the Joint Intelligence Committee (unnamed), from the minutes'),
        ('I read that now and I wince,', S, 'Anthony Greaves', 'say', F, ''),
        ('At the time it read like pedantry.', S, 'Anthony Greaves', '', T, ''),
        ('Was the special relationship', S, 'Rachel Osei', 'ask', F, 'counsel to the inquiry'),
        ('Permitted, yes,', S, 'Anthony Greaves', 'reply', F, ''),
        ('Encouraged, no.', S, 'Anthony Greaves', '', T, ''),
        ('above our pay grade', S, 'a senior officer', 'tell', F, 'inside the reported statement of Varley: the senior officer\'s words'),
        ('I was given to understand,', S, 'Helen Varley', 'say', F, 'written statement read into the record ("the statement said"); Dr Helen Varley'),
        ('that Washington regarded the source', S, 'Helen Varley', 'say', F, 'second piece of split quotation'),
        ('If that note had reached my desk', S, 'Anthony Greaves', 'say', F, ''),
        ('I cannot tell you that I would have done.', S, 'Anthony Greaves', 'add', F, 'cue "before adding:"'),
        ('more confidence than the assessments', S, 'Anthony Greaves', 'accept', F, 'partial quotation governed by "He accepted that ..."'),
        ('firm it up', M, '', '', F, 'hard call: the phrase Greaves denies anyone used to him; the next sentence treats it as a phrase that has become a fixture at the inquiry - term'),
        ('unusual candour', S, 'Peter Lomax', 'call', F, 'Sir Peter Lomax; "what he called"'),
        ('He kept saying “we”,', S, 'Susan Pryor', 'say', F, ''),
        ('we', M, '', '', F, 'nested: a word under discussion'),
        ('“We were told, we assessed', S, 'Susan Pryor', '', T, 'outer span opens with the nested double quotation'),
        ('We were told, we assessed, we were not told.', S, 'Anthony Greaves', '', F, 'nested: Pryor voicing Greaves\'s words (paraphrased into quotes); no cue'),
        ('I have waited twenty-two years', S, 'Susan Pryor', 'say', F, ''),
        ('I can wait a few more days.', S, 'Susan Pryor', '', T, ''),
    ],
    timex=[
        ('the months', 'DURATION', 'PXM', '', '"in the months before the invasion": relational word and event outside'),
        ('yesterday', 'DATE', '2026-05-12', '', 'report published the day after the hearing'),
        ('more than four hours', 'DURATION', 'PT4H', 'MORE_THAN', ''),
        ('2025', 'DATE', '2025', '', ''),
        ('between 2001 and 2003', 'DATE', '2001/2003', '', 'range, "between" included'),
        ('so far', 'DATE', 'PRESENT_REF', '', 'deictic adverb: up to now (like "until now")'),
        ('10am', 'TIME', '2026-05-12T10:00', '', '"well before 10am": "well before" outside the extent, no mod'),
        ('every day', 'SET', 'P1D', '', ''),
        ('more than twenty years', 'DURATION', 'P20Y', 'MORE_THAN', ''),
        ('September 2002', 'DATE', '2002-09', '', ''),
        ('now', 'DATE', 'PRESENT_REF', '', ''),
        ('the time', 'DATE', '2002-09', '', '"At the time" = the time of the September 2002 meeting'),
        ('the afternoon', 'TIME', '2026-05-12TAF', '', ''),
        ('the summer of 2002', 'DATE', '2002-SU', '', ''),
        ('then', 'DATE', '2002-SU', '', 'anaphoric then = at that time (summer 2002)'),
        ('now', 'DATE', 'PRESENT_REF', '', ''),
        ('September 2002', 'DATE', '2002-09', '', ''),
        ('March', 'DATE', '2026-03', '', 'earlier evidence session this year'),
        ('4pm', 'TIME', '2026-05-12T16:00', '', '"shortly after" outside the extent'),
        ('August 2004', 'DATE', '2004-08', '', ''),
        ('Monday', 'DATE', '2026-05-18', '', 'the coming Monday'),
        ('twenty-two years', 'DURATION', 'P22Y', '', ''),
        ('a few more days', 'DURATION', 'PXD', '', 'vague'),
    ],
    themes=[
        ('The man who chaired the Joint Intelligence Committee', 1, 0, 1, 0, 0, '', 'IRAQ: pre-invasion intelligence; SR: the reporting reached London only through American hands'),
        ('The inquiry, set up in 2025', 1, 0, 1, 0, 0, '', 'SR: remit is UK-US intelligence sharing; IRAQ borderline: Iraq not named in the paragraph, the inquiry (and years 2001-2003) resolved from the article'),
        ('‘We were told by our American colleagues', 1, 0, 1, 0, 0, '', 'SR: what the Americans told and did not tell; IRAQ: the Lantern source'),
        ('Counsel to the inquiry', 1, 0, 1, 0, 0, '', 'IRAQ: JIC minutes, war being planned; SR: a prime minister who wanted to be in the room (US war planning)'),
        ('Osei pressed him', 1, 0, 1, 0, 0, '', 'SR: special relationship in intelligence; IRAQ by context (pre-war reporting)'),
        ('In the afternoon, Osei read', 1, 0, 1, 0, 0, '', 'IRAQ: doubts about Lantern 2002; SR: Washington regarded the source as its own, London no standing'),
        ('Greaves said he had never seen', 0, 0, 1, 0, 0, '', 'IRAQ: the dossier and Downing Street; no UK-US content'),
        ('The chairman, Sir Peter Lomax', 0, 0, 0, 0, 0, '', 'procedure only'),
        ('Outside the hearing centre', 0, 0, 1, 0, 0, '', 'IRAQ: son killed near Basra, sent to war on the intelligence'),
        ('The inquiry resumes on Monday', 0, 0, 1, 0, 0, '', 'IRAQ borderline: CIA witness and a bereaved mother waiting 22 years for an explanation; SR 0: a CIA officer testifying is not UK-US dealings'),
    ],
)

ARTICLES['uk_dev13_food_bank'] = dict(
    date='2026-02-11',
    quotes=[
        ('When I started we were feeding', S, 'Pauline', 'say', F, ''),
        ('Now it’s nurses.', S, 'Pauline', '', T, ''),
        ('They tell you it’s a safety net,', S, 'Darren', 'say', F, ''),
        ('It isn’t a net.', S, 'Darren', '', T, ''),
        ('The rent went up £90', S, 'Kasia', 'say', F, ''),
        ('Nothing else went up.', S, 'Kasia', '', T, ''),
        ('the wages of the countryside', S, 'the Tidewater Trust', 'warn', F, 'the Trust\'s annual report ("the report warns"); collective/organisation as speaker'),
        ('a tide that goes out', S, 'the Tidewater Trust', 'describe', F, '"It describes ... as"; It = the report'),
        ('We have lost 41p', S, 'Jean Haworth', 'tell', F, ''),
        ('You cannot take that out', S, 'Jean Haworth', '', T, ''),
        ('out of money we don’t really have', S, 'Jean Haworth', 'say', F, 'fragment attached to reported speech with "she said"'),
        ('We are spending more than £300bn', S, 'a spokesperson for the Department for Work and Pensions', 'say', F, ''),
        ('a sign the system is working', S, 'the Department for Work and Pensions', 'call', F, '"The department said ... which it called"'),
        ('People say to me', S, 'Ray', 'say', F, ''),
        ('Isn’t it lovely', S, 'people', 'say', F, 'nested: generic people, voiced by Ray'),
        ('And it is.', S, 'Ray', '', T, ''),
        ('Forty-three families today,', S, 'Pauline', 'say', F, ''),
        ('This time last year it was 30.', S, 'Pauline', '', T, ''),
    ],
    timex=[
        ('half past eight on Tuesday morning', 'TIME', '2026-02-10T08:30', '', 'the Tuesday before publication (Wednesday 11 Feb); "By" outside'),
        ('2019', 'DATE', '2019', '', 'after "until"'),
        ('twice a week', 'SET', 'P1W', '', 'frequency twice (freq 2X)'),
        ('eleven years', 'DURATION', 'P11Y', '', ''),
        ('Now', 'DATE', 'PRESENT_REF', '', ''),
        ('Last week', 'DATE', '2026-W06', '', 'the week before the Tuesday visit (2026-W07)'),
        ('now', 'DATE', 'PRESENT_REF', '', ''),
        ('seven months', 'DURATION', 'P7M', '', ''),
        ('every month', 'SET', 'P1M', '', ''),
        ('three evenings a week', 'SET', 'P1W', '', 'frequency three evenings (freq 3X, TEV)'),
        ('Fridays', 'SET', 'XXXX-WXX-5', '', '"on Fridays", preposition outside'),
        ('September', 'DATE', '2025-09', '', 'the last September before February 2026'),
        ('last week', 'DATE', '2026-W06', '', 'report published the week before publication'),
        ('2025', 'DATE', '2025', '', ''),
        ('now', 'DATE', 'PRESENT_REF', '', '"the report warns, now combine"'),
        ('every October', 'SET', 'XXXX-10', '', 'inside the quoted report phrase'),
        ('2010', 'DATE', '2010', '', 'after "since"'),
        ('this winter', 'DATE', '2025-WI', '', 'winter 2025-26 (TIMEX3 year of the winter\'s start)'),
        ('this year', 'DATE', '2026', '', 'DWP statement; could be the financial year 2025-26'),
        ('every morning', 'SET', 'XXXX-XX-XXTMO', '', ''),
        ('six years ago', 'DATE', '2020', '', ''),
        ('noon', 'TIME', '2026-02-10T12:00', '', '"By noon" on the Tuesday'),
        ('Friday', 'DATE', '2026-02-13', '', 'vouchers for the next opening, Friday of the same week'),
        ('today', 'DATE', '2026-02-10', '', 'literal day'),
        ('This time last year', 'DATE', '2025-02', 'APPROX', 'about the same time a year earlier'),
        ('next year', 'DATE', '2027', '', ''),
    ],
    themes=[
        ('By half past eight on Tuesday morning', 0, 0, 0, 0, 0, '', 'scene-setting (queue, wind); no statement about poverty itself - rule 1, borderline'),
        ('The pantry occupies', 0, 0, 0, 0, 0, '', 'the building, opening days, the rota: logistics'),
        ('“When I started', 0, 0, 0, 0, 1, '', 'AU: nurses and care workers using the food bank (in-work poverty)'),
        ('Darren worked on the caravan parks', 0, 0, 0, 0, 1, '', 'AU: Universal Credit, the safety net'),
        ('Kasia cleans rooms', 0, 0, 0, 0, 1, '', 'AU: rent vs wages and child benefit (cost of living)'),
        ('The Tidewater Trust', 0, 0, 0, 0, 1, '', ''),
        ('Jean Haworth', 0, 0, 0, 0, 1, '', 'AU: cuts to council grant'),
        ('A spokesperson for the Department', 0, 0, 0, 0, 1, '', 'AU: welfare spending and reform (government side)'),
        ('Ray, who drives the pantry’s van', 0, 0, 0, 0, 1, '', 'AU: volunteers running "a branch of the welfare state"'),
        ('By noon the last of the bread', 0, 0, 0, 0, 1, '', 'AU: demand up from 30 to 43 families, food running out'),
    ],
)

ARTICLES['uk_dev13_morning_briefing'] = dict(
    date='2026-11-18',
    quotes=[
        ('Abstaining on a ceasefire', S, 'one of the Labour MPs voting with the Lib Dems', 'tell', F, '"one of them told me" = one of the 30 Labour MPs'),
        ('fully supports a permanent ceasefire', S, 'Nadia Karim', 'say', F, ''),
        ('tie its hands at the UN', S, 'Nadia Karim', 'say', F, 'second fragment governed by the same "said ... that"'),
        ('Motability Four', M, '', '', F, 'nickname used by the tabloids'),
        ('I was elected on a manifesto', S, 'Grace Adebayo', 'tell', F, ''),
        ('I voted for the manifesto.', S, 'Grace Adebayo', '', T, ''),
        ('reward indiscipline', S, 'Martin Ellwood', 'tell', F, '"is said to have told"'),
        ('Bring them home', M, '', '', F, 'heading of a letter (title)'),
        ('the usual suspects plus', S, 'allies of the prime minister', 'describe', F, ''),
        ('We are not rebels.', S, 'one of the nervous marginals', 'put', F, 'cue "put it differently:"'),
        ('The envoy comes as a friend', S, 'one US official', 'say', F, ''),
        ('not ideal', S, 'a minister', 'concede', F, ''),
        ('as strong as it has ever been', S, 'Downing Street', 'insist', F, ''),
        ('no interest whatsoever', S, 'allies of the health secretary', 'say', F, 'allies of Sian Pollard'),
        ('100 per cent behind the prime minister', S, 'allies of the health secretary', 'say', F, 'same "say" governs both fragments'),
    ],
    timex=[
        ('today', 'DATE', '2026-11-18', '', ''),
        ('noon', 'TIME', '2026-11-18T12:00', '', ''),
        ('later', 'DATE', 'FUTURE_REF', '', 'deictic adverb: later today ("the real business is later")'),
        ('tonight', 'TIME', '2026-11-18TNI', '', ''),
        ('last month', 'DATE', '2026-10', '', '"last month’s truce"'),
        ('the summer', 'DATE', '2026-SU', '', 'after "since"'),
        ('last night', 'TIME', '2026-11-17TNI', '', ''),
        ('yesterday', 'DATE', '2026-11-17', '', ''),
        ('about 7pm', 'TIME', '2026-11-18T19:00', 'APPROX', '"by about 7pm"'),
        ('July', 'DATE', '2026-07', '', ''),
        ('four months later', 'DATE', '2026-11', '', 'like "a week later": one DATE expression; July + 4 months'),
        ('Monday night', 'TIME', '2026-11-16TNI', '', ''),
        ('now', 'DATE', 'PRESENT_REF', '', ''),
        ('Christmas', 'DATE', '2026-12-25', '', 'after "before"'),
        ('the weekend', 'DATE', '2026-W47-WE', '', 'inside quotation: the coming weekend, when MPs go home; a habitual (SET) reading is possible'),
        ('this morning', 'TIME', '2026-11-18TMO', '', ''),
        ('two days', 'DURATION', 'P2D', '', ''),
        ('Thursday', 'DATE', '2026-11-19', '', ''),
        ('so far', 'DATE', 'PRESENT_REF', '', 'deictic adverb: up to now'),
        ('the day of the ceasefire vote', 'DATE', '2026-11-18', '', 'a day named by its event (cf. "the week of 11 September 2001")'),
        ('the weekend', 'DATE', '2026-W46-WE', '', 'the weekend just gone'),
        ('now', 'DATE', 'PRESENT_REF', '', '"for now"'),
        ('today', 'DATE', '2026-11-18', '', ''),
        ('tomorrow at 6am', 'TIME', '2026-11-19T06:00', '', 'one composite expression'),
    ],
    themes=[
        ('Good morning.', 0, 0, 0, 0, 0, '', 'introduction'),
        ('MPs vote tonight', 0, 0, 0, 1, 0, '', 'one-line lead: Gaza ceasefire vote'),
        ('The Liberal Democrats have used', 0, 0, 0, 1, 0, '', 'IP: ceasefire, arms licences to Israel, aid into Gaza; PF 0: "uncomfortable for Labour MPs" is not a stated conflict'),
        ('Labour whips have told', 0, 1, 0, 1, 0, '', 'PF: 30 Labour MPs defying the whip; IP: the ceasefire position'),
        ('The whip row is not going away.', 0, 1, 0, 0, 0, '', 'one-line lead; PF borderline: "the whip row" (suspensions inside Labour), resolved by the next paragraph'),
        ('Four Labour MPs who lost the whip', 0, 1, 0, 0, 1, '', 'PF: whip withdrawn from rebels; AU: cuts to disability benefits'),
        ('The chief whip, Martin Ellwood', 0, 1, 0, 0, 0, '', 'PF: chief whip vs 60 MPs\' letter, allies of the PM vs the signatories'),
        ('Washington’s man is in town.', 1, 0, 0, 0, 0, '', 'one-line lead; SR borderline: a US envoy\'s visit to London'),
        ('Bradley Sawyer, the US special envoy', 1, 0, 0, 1, 0, '', 'SR: envoy\'s talks with the foreign secretary and PM, US ask for British personnel; IP: Gaza reconstruction and stabilisation force'),
        ('That Sawyer arrives on the day', 1, 0, 0, 0, 0, '', 'SR: the special relationship, two governments wanting different things; IP 0: the vote only named as a date'),
        ('And the one to ignore', 0, 1, 0, 0, 0, 'party_factionalism', 'one-line lead; PF: leadership chatter, dismissed ("to ignore")'),
        ('There is no plot against the prime minister', 0, 1, 0, 0, 0, 'party_factionalism', 'PF negated: no plot, allies deny interest'),
        ('That’s all for today.', 0, 0, 0, 0, 0, '', 'sign-off'),
    ],
)

STYLE = {
    'uk_dev13_conference_speech': 'conference speech report (curly double quotes)',
    'uk_dev13_washington_dispatch': 'Washington dispatch (straight double quotes)',
    'uk_dev13_inquiry_evidence': 'inquiry hearing report (British single quotes, nested double)',
    'uk_dev13_food_bank': 'reported feature (curly double quotes)',
    'uk_dev13_morning_briefing': 'newsletter morning briefing (British single quotes)',
}
THEMES = ['special_relationship', 'party_factionalism', 'iraq_war_intelligence',
          'israel_palestine', 'austerity_inequality']
MARKS = '"“”‘’\''
ERRORS = []


def err(msg):
    ERRORS.append(msg)
    print('ERROR:', msg)


def parse(marked):
    out, pos = [], 0
    qstack, tstack, quotes, timex, bounds = [], [], [], [], []
    for ch in marked:
        if ch == '«':
            qstack.append(pos)
        elif ch == '»':
            quotes.append((qstack.pop(), pos))
        elif ch == '⟨':
            tstack.append(pos)
        elif ch == '⟩':
            timex.append((tstack.pop(), pos))
        elif ch == '¦':
            bounds.append(pos)
        else:
            out.append(ch)
            pos += 1
    assert not qstack and not tstack
    return ''.join(out), sorted(quotes, key=lambda s: (s[0], -s[1])), sorted(timex), bounds


def paragraphs(raw):
    res, off = [], 0
    for i, line in enumerate(raw.split('\n')):
        if i > 0 and line.strip():
            res.append((off, off + len(line)))
        if i == 0:
            title = (0, len(line))
        off += len(line) + 1
    return title, res


def is_apostrophe(raw, i):
    prev = raw[i - 1] if i > 0 else ' '
    nxt = raw[i + 1] if i + 1 < len(raw) else ' '
    if prev.isalnum() and nxt.isalpha():
        return 'inner'
    if prev == 's' and not nxt.isalnum():
        return 'plural possessive'
    if nxt.isdigit() and not prev.isalnum():
        return 'elision'
    return None


def build():
    rows = {'sentences': [], 'quotes': [], 'timex': [], 'themes': []}
    stats = []
    for name, A in ARTICLES.items():
        src = name + '.txt'
        marked = open(os.path.join(MARKED, src), encoding='utf-8').read()
        raw, qspans, tspans, bounds = parse(marked)
        if not raw.endswith('\n'):
            raw += '\n'
        with open(os.path.join(TEXTS, src), 'w', encoding='utf-8') as fh:
            fh.write(raw)
        assert open(os.path.join(TEXTS, src), encoding='utf-8').read() == raw
        for ch in '«»⟨⟩¦':
            assert ch not in raw
        title, paras = paragraphs(raw)
        for s, e in qspans + tspans:
            if s < title[1]:
                err(f'{name}: span in title {raw[s:e]!r}')
        # sentences
        sents = []
        for ps, pe in paras:
            cuts = [ps] + [b for b in bounds if ps < b < pe] + [pe]
            for a, b in zip(cuts, cuts[1:]):
                seg = raw[a:b]
                lead = len(seg) - len(seg.lstrip())
                s, e = a + lead, a + len(seg.rstrip())
                assert e > s, (name, a, b)
                sents.append((s, e))
            covered = ''.join(raw[x:y] for x, y in sents if ps <= x < pe)
            if covered.replace(' ', '') != raw[ps:pe].replace(' ', ''):
                err(f'{name}: sentences do not cover paragraph at {ps}')
        for b in bounds:
            if not any(ps < b < pe for ps, pe in paras):
                err(f'{name}: sentence mark outside body at {b}')
        for (s1, e1), (s2, e2) in zip(sents, sents[1:]):
            if not (e1 <= s2 and raw[e1:s2].strip() == ''):
                err(f'{name}: sentence gap/overlap at {e1}')
        for s, e in sents:
            rows['sentences'].append(dict(source=src, start=s, end=e, text=raw[s:e]))
        # quotes
        if len(qspans) != len(A['quotes']):
            err(f'{name}: {len(qspans)} quote spans vs {len(A["quotes"])} decisions')
        prev_speaker = None
        for (s, e), (snip, kind, speaker, cue, cont, note) in zip(qspans, A['quotes']):
            text = raw[s:e]
            if not text.startswith(snip):
                err(f'{name}: quote snippet {snip!r} vs span {text[:60]!r}')
            nested = any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2 in qspans)
            if kind == M and (speaker or cue or cont):
                err(f'{name}: term with speaker/cue/continuation {snip!r}')
            if kind == S and not nested:
                expect = (cue == '' and speaker == prev_speaker)
                if cont != expect:
                    err(f'{name}: continuation {cont} but rule gives {expect} for {snip!r}')
            if nested and cont:
                err(f'{name}: nested row marked continuation {snip!r}')
            if kind == S and not nested:
                prev_speaker = speaker
            if raw[s - 1] not in '"“‘':
                err(f'{name}: no opening mark before {snip!r}')
            rows['quotes'].append(dict(source=src, start=s, end=e, text=text, kind=kind,
                                       speaker=speaker, cue=cue,
                                       continuation='true' if cont else 'false', notes=note))
        # mark inventory
        starts = {s for s, e in qspans}
        ends = {e for s, e in qspans}
        inv = {}
        for i, ch in enumerate(raw):
            if ch not in MARKS:
                continue
            if i + 1 in starts and ch in '"“‘':
                use = 'open'
            elif i in ends and ch in '"”’':
                use = 'close'
            else:
                ap = is_apostrophe(raw, i) if ch in '’\'' else None
                if ap is None:
                    err(f'{name}: unaccounted mark {ch!r} at {i}: {raw[i-20:i+20]!r}')
                    use = 'UNACCOUNTED'
                else:
                    use = 'apostrophe'
                    if ap != 'inner':
                        print(f'  note {name}: {ap} apostrophe at {i}: {raw[i-15:i+10]!r}')
            inv.setdefault((ch, use), 0)
            inv[(ch, use)] += 1
        for s, e in qspans:
            if e not in [pe for ps, pe in paras] and raw[e] not in '"”’':
                err(f'{name}: span not closed by a mark at {e}')
        # timex
        if len(tspans) != len(A['timex']):
            err(f'{name}: {len(tspans)} timex spans vs {len(A["timex"])} decisions')
        for (s1, e1), (s2, e2) in zip(tspans, tspans[1:]):
            if e1 > s2:
                err(f'{name}: timex overlap at {s2}')
        for (s, e), (snip, typ, val, mod, note) in zip(tspans, A['timex']):
            if raw[s:e] != snip:
                err(f'{name}: timex {snip!r} vs span {raw[s:e]!r}')
            rows['timex'].append(dict(source=src, start=s, end=e, text=raw[s:e], type=typ,
                                      value=val, mod=mod, notes=note))
        # themes
        if len(paras) != len(A['themes']):
            err(f'{name}: {len(paras)} paragraphs vs {len(A["themes"])} theme rows')
        for (s, e), th in zip(paras, A['themes']):
            snip, codes, neg, note = th[0], th[1:6], th[6], th[7]
            if not raw[s:e].startswith(snip):
                err(f'{name}: theme snippet {snip!r} vs {raw[s:e][:50]!r}')
            for t in [x for x in neg.split(';') if x]:
                if codes[THEMES.index(t)] != 1:
                    err(f'{name}: negated theme {t} not coded 1')
            row = dict(source=src, start=s, end=e, text=raw[s:e])
            row.update({t: c for t, c in zip(THEMES, codes)})
            row.update(negated=neg, notes=note)
            rows['themes'].append(row)
        # stats
        body = ' '.join(raw[s:e] for s, e in paras)
        qs = [r for r in rows['quotes'] if r['source'] == src]
        tx = [r for r in rows['timex'] if r['source'] == src]
        th = [r for r in rows['themes'] if r['source'] == src]
        stats.append(dict(file=name, date=A['date'], words=len(raw.split()),
                          sentences=sum(r['source'] == src for r in rows['sentences']),
                          speech=sum(r['kind'] == S for r in qs), term=sum(r['kind'] == M for r in qs),
                          cont=sum(r['continuation'] == 'true' for r in qs), timex=len(tx),
                          paras=len(th), **{t: sum(r[t] for r in th) for t in THEMES},
                          inventory=inv))
    return rows, stats


def write(rows, stats):
    cols = {
        'sentences': ['source', 'start', 'end', 'text'],
        'quotes': ['source', 'start', 'end', 'text', 'kind', 'speaker', 'cue', 'continuation', 'notes'],
        'timex': ['source', 'start', 'end', 'text', 'type', 'value', 'mod', 'notes'],
        'themes': ['source', 'start', 'end', 'text'] + THEMES + ['negated', 'notes'],
    }
    fname = {'sentences': 'sentences.csv', 'quotes': 'quotes.csv', 'timex': 'timex.csv',
             'themes': 'themes_v2.csv'}
    for k, rs in rows.items():
        with open(os.path.join(HERE, fname[k]), 'w', encoding='utf-8', newline='') as fh:
            w = csv.DictWriter(fh, fieldnames=cols[k])
            w.writeheader()
            for r in rs:
                w.writerow(r)
    with open(os.path.join(TEXTS, 'metadata.csv'), 'w', encoding='utf-8', newline='') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'date'])
        for name, A in ARTICLES.items():
            w.writerow([name + '.txt', A['date']])


def verify():
    """Re-read the written CSVs and check offsets against the texts."""
    texts = {}
    for f in ['sentences.csv', 'quotes.csv', 'timex.csv', 'themes_v2.csv']:
        with open(os.path.join(HERE, f), encoding='utf-8', newline='') as fh:
            rs = list(csv.DictReader(fh))
        last = {}
        for r in rs:
            src = r['source']
            if src not in texts:
                texts[src] = open(os.path.join(TEXTS, src), encoding='utf-8').read()
            s, e = int(r['start']), int(r['end'])
            if texts[src][s:e] != r['text']:
                err(f'{f}: text mismatch at {src}:{s}')
            if src in last and s < last[src]:
                err(f'{f}: not sorted at {src}:{s}')
            last[src] = s


if __name__ == '__main__':
    rows, stats = build()
    write(rows, stats)
    verify()
    print('\n| file | date | words | sentences | speech | term | cont. true | timex | paragraphs | SR | PF | Iraq | IP | AU |')
    print('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|')
    tot = {}
    for st in stats:
        vals = [st['date'], st['words'], st['sentences'], st['speech'], st['term'], st['cont'],
                st['timex'], st['paras']] + [st[t] for t in THEMES]
        print(f"| {st['file']} | " + ' | '.join(str(v) for v in vals) + ' |')
        for i, v in enumerate(vals[1:]):
            tot[i] = tot.get(i, 0) + v
    print('| **total** | | ' + ' | '.join(f'**{tot[i]}**' for i in sorted(tot)) + ' |')
    for st in stats:
        print(st['file'], {f'{k[0]} {k[1]}': v for k, v in sorted(st['inventory'].items())})
    from collections import Counter
    print('timex types', Counter(r['type'] for r in rows['timex']))
    print('timex mods', Counter(r['mod'] for r in rows['timex'] if r['mod']))
    print('refs', Counter(r['value'] for r in rows['timex'] if r['value'].endswith('_REF')))
    print('cues', Counter(r['cue'] for r in rows['quotes'] if r['kind'] == S).most_common())
    print('negated', sum(1 for r in rows['themes'] if r['negated']))
    print('rows', {k: len(v) for k, v in rows.items()})
    if ERRORS:
        print(f'{len(ERRORS)} ERRORS')
        sys.exit(1)
    print('all checks passed')
