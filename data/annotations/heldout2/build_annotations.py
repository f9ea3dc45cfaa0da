"""Held-out set 2 (heldout2): the annotator's record of every labelling decision.

Run from the project root (standalone: standard library only):
    python data/annotations/heldout2/build_annotations.py
It rebuilds sentences.csv, quotes.csv, timex.csv and themes_v2.csv from the decisions written
below by hand. Offsets are computed by locating each unit in its article (searching forward) and
verified (raw[start:end] == text, sorting, no overlaps, every quotation mark accounted for).
No instrument of the toolkit was run, imported or read to make these decisions.
"""
import csv, os, re

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
D = os.path.join(ROOT, 'data', 'heldout2')
O = os.path.join(ROOT, 'data', 'annotations', 'heldout2')
FILES = ['ns_analysis_welfare_revolt.txt', 'ns_comment_tory_nostalgia.txt', 'ns_interview_marwood.txt',
         'ns_world_special_relationship.txt', 'ns_longread_austerity.txt']
# Block kinds: line 0 is the title; STANDFIRST gives the index of a standfirst line; every other
# non-empty line is a body paragraph (all five files keep one paragraph per line).
STANDFIRST = {'ns_interview_marwood.txt': 1, 'ns_longread_austerity.txt': 1}


def read(f):
    return open(os.path.join(D, f), encoding='utf-8').read()


def blocks(raw, f):
    out = []
    for i, m in enumerate(re.finditer(r'[^\n]+', raw)):
        kind = 'title' if i == 0 else ('standfirst' if STANDFIRST.get(f) == i else 'body')
        out.append((kind, m.start(), m.end(), m.group()))
    return out


# ---------------------------------------------------------------------------------------------
# SENTENCES. Every prose block (standfirst + body; not the title) was split by hand following
# guidelines/sentences.md. The hand split coincides everywhere with the simple rule below
# (a boundary after . ? ! plus any closing marks/brackets, before whitespace and an opening mark,
# capital or digit); every one of the 226 resulting sentences was read and confirmed, and the
# expected count per file is asserted. Cases checked by hand: colon + multi-sentence quotation
# ("replied: “We will always listen. | But ...”", "blunt: ‘Austerity ... cause. | It was ...’",
# "committee: "It exists. | It has ..."), split tags ("..., the minister said, "we ..."" one
# sentence), the Q&A lines (each line one sentence), the unclosed paragraph of the interview's
# two-paragraph quotation (ends at "from me." without a closing mark), "Dr Catherine Loughlin",
# "No 10", "£12." and "the 1980s." (no internal boundaries).
SENT_RE = re.compile(r'\S.*?(?:[.?!][”’"\')]*(?=\s+[“‘"\'(A-Z0-9])|$)')
SENT_COUNT = {'ns_analysis_welfare_revolt.txt': 44, 'ns_comment_tory_nostalgia.txt': 44,
              'ns_interview_marwood.txt': 52, 'ns_world_special_relationship.txt': 38,
              'ns_longread_austerity.txt': 48}

# ---------------------------------------------------------------------------------------------
# QUOTES. One row per span inside quotation marks, in text order (an outer span precedes the
# span nested in it). Each row: (first words inside the marks, kind, speaker, cue, continuation,
# notes). The end is the matching closing mark (or the paragraph end for an unclosed “).
Q = {
'ns_analysis_welfare_revolt.txt': [
 ('a matter of presentation', 'speech', 'ministers', 'insist', 'false', 'ministers "insisting that" (habitual, collective) — their words worked into the sentence'),
 ('pause, listen', 'speech', 'the signatories', 'ask', 'false', 'the letter (It asks); written by its 74 signatories, who are named as "the signatories" in the same sentence'),
 ('cannot in conscience', 'speech', 'the signatories', 'warn', 'false', 'the letter warns'),
 ('those least able', 'speech', 'the signatories', 'warn', 'false', 'same warns clause; own cue, so not a continuation'),
 ('I did not come', 'speech', 'Rachel Pryor', 'tell', 'false', ''),
 ('Nobody on these benches', 'speech', 'Rachel Pryor', '', 'true', ''),
 ('a stunt by people', 'speech', 'a No 10 source', 'describe', 'false', ''),
 ('having conversations', 'speech', 'a No 10 source', 'say', 'false', 'own cue (and said ...)'),
 ('badly misread', 'speech', 'one cabinet minister', 'tell', 'false', ''),
 ('They thought the new intake', 'speech', 'one cabinet minister', 'say', 'false', '"the minister said" = the cabinet minister of the previous sentence'),
 ('The new intake has', 'speech', 'one cabinet minister', '', 'true', ''),
 ('the Monday club', 'term', '', '', 'false', 'a label ("Its members call it", habitual, half in jest): term by the decision rule (no single utterance)'),
 ('turned into a shadow', 'speech', 'a senior Labour MP', 'say', 'false', 'whips’ inside is an apostrophe'),
 ('We will always listen', 'speech', 'Daniel Hatherley', 'reply', 'false', 'introduced with a colon after "replied"'),
 ('This is a family argument', 'speech', 'one ally', 'say', 'false', '"said one" = one of his (Hatherley’s) allies; noun completed as in the guideline (one passenger)'),
 ('Families argue', 'speech', 'one ally', '', 'true', ''),
 ('They blinked last time', 'speech', 'a former minister', 'say', 'false', 'a former minister who was sacked in last September’s reshuffle'),
 ('Why would anyone', 'speech', 'a former minister', '', 'true', 'won’t inside is an apostrophe'),
 ('mistaking a press release', 'speech', 'Matthew Orrell', 'say', 'false', ''),
 ('We spent 14 years', 'speech', 'Matthew Orrell', 'say', 'false', ''),
 ('Some colleagues seem', 'speech', 'Matthew Orrell', '', 'true', ''),
 ('knocked on the same doors', 'speech', 'Rachel Pryor', 'point out', 'false', 'phrasal cue "points out"; fragment of Pryor’s words'),
 ('Nobody is trying', 'speech', 'Tom Adeyemi', 'say', 'false', ''),
 ('We are trying to stop', 'speech', 'Tom Adeyemi', '', 'true', ''),
 ('thirty or so', 'speech', 'whips', 'expect', 'false', 'borderline speech/term: the whips’ private estimate presented in their words; cue = the attributing verb "expect"'),
 ('It amounts to a meeting', 'speech', 'a No 10 source', 'say', 'false', '"the source said:" = the No 10 source of the previous sentence (not necessarily the one in paragraph 4)'),
 ('This was never about arithmetic', 'speech', 'Rachel Pryor', 'say', 'false', ''),
 ('It is about whether', 'speech', 'Rachel Pryor', '', 'true', ''),
],
'ns_comment_tory_nostalgia.txt': [
 ('We are not a party', 'speech', 'a former cabinet minister', 'tell', 'false', 'unnamed ("He would not let me use his name")'),
 ('We are three parties', 'speech', 'a former cabinet minister', '', 'true', ''),
 ('grown-ups', 'term', '', '', 'false', 'self-label of a faction ("as they insist on calling themselves"): label, no single utterance; also the writer’s distance'),
 ('Make Britain Work Again', 'term', '', '', 'false', 'slogan'),
 ('apologising for winning', 'speech', 'Philippa Strand', 'tell', 'false', ''),
 ('Our voters did not', 'speech', 'Philippa Strand', 'say', 'false', ''),
 ('They left because', 'speech', 'Philippa Strand', '', 'true', ''),
 ('lost the people', 'speech', 'the Resolution Foundation', 'conclude', 'false', '"the report concludes" — the Resolution Foundation’s report (written source, institution as speaker)'),
 ('fiscal credibility', 'term', '', '', 'false', 'scare quotes: the writer holds the grown-ups’ vocabulary at a distance (no utterance)'),
 ('The Sensible Years', 'term', '', '', 'false', 'title of a work (memoir)'),
 ('the necessary medicine', 'speech', 'Giles Harcourt', 'describe', 'false', 'words written in his memoir'),
 ('food bank', 'term', '', '', 'false', 'words under discussion ("does not contain the words")'),
 ('A Party Without a Country', 'term', '', '', 'false', 'title of a work (book)'),
 ('a party which loses', 'speech', 'Nadia Osei', 'write', 'false', 'quotation from her book'),
 ('long-term economic plan', 'term', '', '', 'false', 'a slogan/policy label of the 2010s'),
 ('tax', 'term', '', '', 'false', 'word under discussion ("the word")'),
 ('messaging', 'term', '', '', 'false', 'word under discussion ("a word I heard ...")'),
 ('You sound like my mother', 'speech', 'a young councillor from Kent', 'say', 'false', ''),
 ('Actually, you sound', 'speech', 'a young councillor from Kent', '', 'true', 'after the narrator sentence "Then she stopped laughing."'),
],
'ns_interview_marwood.txt': [
 ('I’m not the Prime Minister’s enemy. I’m his', 'speech', 'Helen Marwood', '', 'false', 'in the TITLE ("Helen Marwood: “...”", a name and colon, no cue); listed because every span in marks is a row; a repeat of her words in the body'),
 ('I promised the nurses', 'speech', 'Helen Marwood', 'say', 'false', ''),
 ('So these are the survivors', 'speech', 'Helen Marwood', '', 'true', ''),
 ('I think of it as doing', 'speech', 'Helen Marwood', 'tell', 'false', ''),
 ('I spent 18 years', 'speech', 'Helen Marwood', '', 'true', ''),
 ('release efficiencies', 'speech', 'somebody in Whitehall', 'tell', 'false', 'nested single quotes inside Marwood’s words; hypothetical words of "somebody in Whitehall" (cue tells)'),
 ('They’ve been very kind', 'speech', 'Helen Marwood', 'say', 'false', ''),
 ('Kind in the way', 'speech', 'Helen Marwood', '', 'true', ''),
 ('confused being loved', 'speech', 'a minister', 'say', 'false', 'self-check: was "a minister who worked closely with her in opposition"; relative clauses dropped from descriptions, as for "a senior Labour MP (who attends)" and "a former minister (who was sacked ...)"'),
 ('a leadership campaign', 'speech', 'another senior figure', 'call', 'false', '"calls her operation “...”": an utterance of a specific source (decision rule), not a term'),
 ('Look, I’m not', 'speech', 'Helen Marwood', '', 'false', 'first paragraph of a two-paragraph quotation: opens with “ and does not close, so the span runs to the paragraph end; no cue ("When I read her the line, she smiles ..."); speaker change after "another senior figure", so not a continuation'),
 ('The party has always needed', 'speech', 'Helen Marwood', '', 'true', 'second paragraph of the two-paragraph quotation (reopened with “)'),
 ('the people who make the rules', 'speech', 'her father', 'say', 'false', '"Her father, she tells me, used to say that": the father’s words relayed by Marwood; cue = the father’s verb say (habitual)'),
 ('got tired of shouting', 'speech', 'Helen Marwood', 'say', 'false', '"the year she says she “...”"'),
 ('Which job?', 'speech', 'Helen Marwood', '', 'true', 'Q&A passage: the writer’s questions are unquoted narrator lines; her answers have no cue'),
 ('No.', 'speech', 'Helen Marwood', '', 'true', 'Q&A answer'),
 ('Not this year.', 'speech', 'Helen Marwood', '', 'true', 'Q&A answer'),
 ('Ask me again', 'speech', 'Helen Marwood', '', 'true', 'after "She pauses."'),
 ('for when it all goes wrong', 'speech', 'friends', 'say', 'false', 'hard call: "Friends say she has been approached ... by MPs on the soft left who want a candidate ready “...”" — the words may be the MPs’, but the text presents them only through her friends’ report; speaker = friends, cue say'),
 ('People talk to me', 'speech', 'Helen Marwood', 'say', 'false', ''),
 ('Mostly it’s potholes', 'speech', 'Helen Marwood', '', 'true', ''),
],
'ns_world_special_relationship.txt': [
 ('special relationship', 'term', '', '', 'false', 'the phrase as a label ("talk about the “...”")'),
 ('disappointed but not', 'speech', 'a government spokesperson', 'say', 'false', ''),
 ('continue to engage', 'speech', 'a government spokesperson', 'say', 'false', 'same "said" governs both fragments ("said the UK was ... and would ..."): own cue, not a continuation'),
 ('We were told', 'speech', 'one senior British diplomat', 'say', 'false', ''),
 ('They are right', 'speech', 'one senior British diplomat', '', 'true', "hadn't inside is an apostrophe"),
 ('rock solid', 'speech', 'a senior State Department official', 'insist', 'false', ''),
 ('Nobody here is questioning', 'speech', 'a senior State Department official', 'say', 'false', '"the official said"'),
 ('But the President', 'speech', 'a senior State Department official', '', 'true', ''),
 ('For the first time since 1945', 'speech', 'Catherine Loughlin', 'write', 'false', 'hard call: "the report’s authors write" — the next sentence says the report was written by Dr Catherine Loughlin, so the fullest name given for its author(s) is hers (alternative: the Royal United Services Institute)'),
 ('the United States is treating', 'speech', 'Catherine Loughlin', 'write', 'false', 'second piece of a split quotation: interposed cue write'),
 ('appealing to sentiment', 'speech', 'Catherine Loughlin', 'recommend', 'false', 'the report recommends; author as above'),
 ('a relationship of mutual', 'speech', 'Catherine Loughlin', 'call', 'false', '"what it [the report] calls “...”": a specific written source (decision rule) — speech, borderline term'),
 ('an excellent diagnosis', 'speech', 'one minister', 'say', 'false', ''),
 ('If we start telling', 'speech', 'one minister', 'say', 'false', 'split quotation, "the minister said" interposed'),
 ("we shouldn't be surprised", 'speech', 'one minister', 'say', 'false', 'split quotation, second piece'),
 ('the cheapest favour', 'speech', "the Wall Street Journal's editorial board", 'describe', 'false', 'newspaper editorial'),
 ('allies who are punished', 'speech', "the Wall Street Journal's editorial board", 'add', 'false', '"The paper added" = the Journal (its editorial board)'),
 ('technical discussions', 'speech', "Alistair Fenwick's department", 'call', 'false', '"what his department calls “...”": the department’s own wording (decision rule: a source said to use the words) — borderline term; "his" resolved to Fenwick'),
 ('It exists.', 'speech', 'Alistair Fenwick', 'tell', 'false', 'colon after "told the Commons foreign affairs committee"'),
 ("The 'special relationship' was", 'speech', 'one former ambassador to Washington', 'put', 'false', '"As one former ambassador to Washington put it ...:"'),
 ('special relationship', 'term', '', '', 'false', 'nested straight single quotes inside the ambassador’s words: the phrase mentioned ("was always a phrase we used")'),
],
'ns_longread_austerity.txt': [
 ('When we started', 'speech', 'Carol Hebden', 'say', 'false', 'British single quotation marks are the primary marks in this article'),
 ('Six months, a year', 'speech', 'Carol Hebden', '', 'true', ''),
 ('front-loaded but temporary', 'speech', 'the Treasury', 'describe', 'false', '"The Treasury’s own documents ... describe the programme as ‘...’" (written source; institution as speaker)'),
 ('We thought there was fat', 'speech', 'one senior Treasury official', '', 'false', 'speaker only in the previous sentences ("One senior Treasury official from those years ...", "he told me" governs the indirect speech of the preceding sentence, not this one): no cue; new speaker after the Treasury documents'),
 ('with the steepest falls', 'speech', 'the Institute for Fiscal Studies', 'according to', 'false', 'fragment after "According to the Institute for Fiscal Studies, ..."; cue recorded as the phrase "according to"'),
 ('Every year we were told', 'speech', 'Joan Whitlock', 'word', 'false', '"In the words of Joan Whitlock, ...:" — noun cue words, lemma word; introduced with a colon'),
 ('That was the one', 'speech', 'Joan Whitlock', 'say', 'false', '"she says": she = Joan Whitlock (paragraph opens "She still keeps the budget papers", continuing the previous paragraph)'),
 ('You could see the difference', 'speech', 'Joan Whitlock', '', 'true', ''),
 ('Austerity was not the only', 'speech', 'the Joseph Rowntree Foundation', 'conclusion', 'false', '"Its conclusion was blunt:" — its = the study published by the Joseph Rowntree Foundation; noun cue before a colon'),
 ('You cannot take a fifth', 'speech', 'Anil Mehta', 'put', 'false', '"As Professor Mehta put it ..., ‘...’"; town’s inside is an apostrophe'),
 ('the price of credibility', 'speech', 'a former minister in the coalition', 'defend', 'false', '"defended the cuts to me as ‘...’"'),
 ('People talk about austerity', 'speech', 'Carol Hebden', 'say', 'false', '"she says": she = Hebden, named in the previous paragraph ("Hebden’s food bank"); it’s inside is an apostrophe'),
 ('Come and stand here', 'speech', 'Carol Hebden', '', 'true', ''),
],
}

# ---------------------------------------------------------------------------------------------
# TIMEX. (text, type, value, mod, notes) in text order; found by a whole-word search forward from
# the previous row. Anchors: the publication dates in data/heldout2/metadata.csv (all Thursdays).
T = {
'ns_analysis_welfare_revolt.txt': [  # 2026-03-12 (Thu, ISO week 11)
 ('the winter', 'DATE', '2025-WI', '', 'the winter just past (2025-26); TIMEX3 winter of 2025'),
 ('Wednesday', 'DATE', '2026-03-11', '', 'the day before publication'),
 ('next Tuesday', 'DATE', '2026-03-17', '', 'second reading; agrees with "17 March" in the last paragraph'),
 ('2024', 'DATE', '2024', '', 'elected in 2024'),
 ('before', 'DATE', 'PAST_REF', '', 'deictic adverb: "had never rebelled before" (no complement = before now), as "I have heard this before" in the guideline'),
 ('the weekend', 'DATE', '2026-W11-WE', '', 'before the weekend'),
 ('every Monday evening', 'SET', 'XXXX-WXX-1TEV', '', 'recurring meeting. "the autumn Budget" earlier in the sentence is an event name, not tagged'),
 ('about six weeks', 'DURATION', 'P6W', 'APPROX', 'inside a quotation'),
 ('Tuesday', 'DATE', '2026-03-10', '', 'Asked on Tuesday'),
 ('two years ago', 'DATE', '2024', '', 'the schools bill two years ago'),
 ('48 hours', 'DURATION', 'PT48H', '', ''),
 ('three months', 'DURATION', 'P3M', '', ''),
 ('last September', 'DATE', '2025-09', '', 'last September’s reshuffle (possessive ’s outside the extent); "last time" is an occasion, not tagged'),
 ('14 years', 'DURATION', 'P14Y', '', 'inside a quotation'),
 ('12 months', 'DURATION', 'P12M', '', 'a delay of 12 months'),
 ('Monday morning', 'TIME', '2026-03-16TMO', '', 'the coming Monday'),
 ('17 March', 'DATE', '2026-03-17', '', ''),
 ('last night', 'TIME', '2026-03-11TNI', '', '"the first time" in the same paragraph is an occasion, not tagged'),
],
'ns_comment_tory_nostalgia.txt': [  # 2025-10-09 (Thu, ISO week 41)
 ('this autumn', 'DATE', '2025-FA', '', 'this autumn’s gathering'),
 ('the week', 'DATE', '2025-W41', '', 'the conference week = "This week" of the last paragraph (the week of publication)'),
 ('these days', 'DATE', 'PRESENT_REF', '', ''),
 ('a decade', 'DURATION', 'P1DE', '', 'spent a decade'),
 ('this month', 'DATE', '2025-10', '', ''),
 ('between 2019 and 2024', 'DATE', '2019/2024', '', 'range'),
 ('the coalition years', 'DATE', '2010/2015', '', 'hard call: a period named by its government (the 2010-15 coalition), tagged as a date range; could be read as an event name'),
 ('1997', 'DATE', '1997', '', 'after 1997'),
 ('2025', 'DATE', '2025', '', 'The Conservatives of 2025'),
 ('the 2010s', 'DATE', '201', '', 'decade'),
 ('three days', 'DURATION', 'P3D', '', 'in three days (the conference)'),
 ('the last evening', 'TIME', '2025-10-XXTEV', '', 'the last evening of the conference; day not given'),
 ('nearly two centuries', 'DURATION', 'P2CE', 'LESS_THAN', ''),
 ('This week', 'DATE', '2025-W41', '', ''),
],
'ns_interview_marwood.txt': [  # 2026-05-21 (Thu, ISO week 21)
 ('2024', 'DATE', '2024', '', 'since 2024'),
 ('the two years', 'DURATION', 'P2Y', '', 'In the two years since'),
 ('Last month', 'DATE', '2026-04', '', '"this parliament so far" not tagged (a parliament is an institution; "so far" has no temporal noun)'),
 ('18 years', 'DURATION', 'P18Y', '', 'inside a quotation'),
 ('four-hour', 'DURATION', 'PT4H', '', 'adjectival measure (a four-hour wait)'),
 ('March', 'DATE', 'XXXX-03', '', 'hard call: generic conditional ("If I’m hearing it ... in March, he’ll be hearing it ... by the autumn"), no year'),
 ('the autumn', 'DATE', 'XXXX-FA', '', 'same generic conditional'),
 ('now', 'DATE', 'PRESENT_REF', '', 'Nobody thinks they were disloyal now'),
 ('2015', 'DATE', '2015', '', 'ages (47, at 16, her early twenties) and "the 2024 intake" (a group name) not tagged'),
 ('the year', 'DATE', '2015', '', 'apposition to 2015 ("2015, the year she says ...")'),
 ('this year', 'DATE', '2026', '', 'Not this year.'),
 ('Christmas', 'DATE', '2025-12-25', '', 'twice since Christmas (the last one before publication)'),
 ('nine hours', 'DURATION', 'PT9H', '', ''),
 ('last week', 'DATE', '2026-W20', '', ''),
],
'ns_world_special_relationship.txt': [  # 2026-02-05 (Thu, ISO week 6)
 ('now', 'DATE', 'PRESENT_REF', '', 'in the TITLE (titles with a timex are annotated)'),
 ('these days', 'DATE', 'PRESENT_REF', '', ''),
 ('Monday', 'DATE', '2026-02-02', '', ''),
 ('1 April', 'DATE', '2026-04-01', '', ''),
 ('November', 'DATE', '2025-11', '', 'since November (before publication)'),
 ('last week', 'DATE', '2026-W05', '', ''),
 ('the past eight decades', 'DURATION', 'P8DE', '', 'For most of the past eight decades (determiner "the past" included, as in heldout "the past three decades")'),
 ('1956', 'DATE', '1956', '', ''),
 ('2003', 'DATE', '2003', '', ''),
 ('this week', 'DATE', '2026-W06', '', 'a report published this week'),
 ('1945', 'DATE', '1945', '', 'since 1945 (inside a quotation); "the first time" not tagged'),
 ('the past year', 'DURATION', 'P1Y', '', 'has spent the past year'),
 ('the autumn', 'DATE', '2025-FA', '', 'agreed in the autumn (before publication in February)'),
 ('next week', 'DATE', '2026-W07', '', '"over time" inside the Journal quotation is a manner adverbial (gradually), not tagged'),
 ('the end of March', 'DATE', '2026-03', 'END', ''),
 ('Tuesday', 'DATE', '2026-02-03', '', 'Asked on Tuesday'),
 ('once', 'DATE', 'PAST_REF', '', 'deictic adverb: would once have been heard (= formerly)'),
 ('Today', 'DATE', 'PRESENT_REF', '', 'today = nowadays'),
 ('now', 'DATE', 'PRESENT_REF', '', 'The difference now (inside a quotation)'),
],
'ns_longread_austerity.txt': [  # 2026-09-17 (Thu, ISO week 38)
 ('Sixteen years', 'DURATION', 'P16Y', '', 'standfirst'),
 ('a decade', 'DURATION', 'P1DE', '', 'standfirst: a decade of restraint'),
 ('a wet Tuesday morning', 'TIME', 'XXXX-WXX-2TMO', '', 'the reporter’s visit, day not given (narrative present)'),
 ('eight', 'TIME', 'XXXX-WXX-2T08:00', '', 'before eight (clock time on that Tuesday)'),
 ('half past nine', 'TIME', 'XXXX-WXX-2T09:30', '', 'at half past nine'),
 ('2012', 'DATE', '2012', '', ''),
 ('Six months', 'DURATION', 'P6M', '', 'inside a quotation'),
 ('a year', 'DURATION', 'P1Y', '', 'inside a quotation ("a year at most")'),
 ('14 years ago', 'DATE', '2012', '', 'inside a quotation; agrees with "in 2012"'),
 ('2010', 'DATE', '2010', '', 'In 2010; "the Second World War" is an event, "a single parliament" not a timex; "the period" (documents from the period) and "at the start" / "in the end" not tagged'),
 ('a decade', 'DURATION', 'P1DE', '', 'continued for a decade'),
 ('those years', 'DATE', '2010/2019', 'APPROX', 'anaphoric: the austerity years (cf. "between 2010 and 2019" in the next paragraph)'),
 ('between 2010 and 2019', 'DATE', '2010/2019', '', 'range'),
 ('that period', 'DATE', '2010/2019', '', 'anaphoric: "for most of that period" = the 2010-2019 range just named'),
 ('Every year', 'SET', 'P1Y', '', 'inside a quotation; "the last hard year" not tagged (a year counted as hard, not located)'),
 ('Every year', 'SET', 'P1Y', '', 'inside a quotation'),
 ('2015', 'DATE', '2015', '', 'she stops at 2015'),
 ('the year', 'DATE', '2015', '', 'apposition to 2015'),
 ('three years', 'DURATION', 'P3Y', '', 'within three years (inside a quotation)'),
 ('the early 1980s', 'DATE', '198', 'START', 'since the early 1980s'),
 ('last spring', 'DATE', '2026-SP', '', 'hard call: published in September 2026; "last spring" read as the spring just past (2026), not 2025'),
 ('a century', 'DURATION', 'P1CE', '', 'for the first time in a century ("the first time" not tagged)'),
 ('the past decade', 'DURATION', 'P1DE', '', 'has spent the past decade'),
 ('July', 'DATE', '2026-07', '', 'when we spoke in July'),
 ('now', 'DATE', 'PRESENT_REF', '', 'now in the House of Lords'),
 ('2020', 'DATE', '2020', '', 'the pandemic arrived in 2020'),
 ('The following year', 'DATE', '2021', '', 'the year after 2020 (previous paragraph’s last date)'),
 ('Last winter', 'DATE', '2025-WI', '', 'the winter before September 2026 (2025-26)'),
 ('a Tuesday', 'DATE', 'XXXX-WXX-2', '', 'generic "any Tuesday" inside a quotation; not a stated recurrence, so DATE not SET'),
],
}

# ---------------------------------------------------------------------------------------------
# THEMES (version 2, "discusses"). One row per BODY paragraph, in order:
# (special_relationship, party_factionalism, iraq_war_intelligence, israel_palestine,
#  austerity_inequality, negated, notes)
def r(sr, pf, iq, ip, au, neg='', note=''):
    return (sr, pf, iq, ip, au, neg, note)

TH = {
'ns_analysis_welfare_revolt.txt': [
 r(0, 1, 0, 0, 1, '', 'MPs’ letter against their own government’s bill; austerity by the row over disability-benefit cuts (borderline cue, decided by the article: the bill cuts benefits)'),
 r(0, 1, 0, 0, 1, '', 'the letter’s demands; cuts falling on those least able to bear them'),
 r(0, 1, 0, 0, 1, '', 'first rebellion; "balance the books on the backs of disabled people"'),
 r(0, 1, 0, 0, 0, '', 'No 10 vs the rebels, whips'),
 r(0, 1, 0, 0, 0, '', 'organised soft-left/Campaign Group caucus, "shadow whips’ office"'),
 r(0, 1, 0, 0, 0, '', 'allies deny a plot or a split, but "family argument" and "not be blown off course" are not denials: not negated'),
 r(0, 1, 0, 0, 0, '', 'earlier climbdown to rebels, sacked former minister'),
 r(0, 1, 0, 0, 0, '', 'the party’s right against the rebels'),
 r(0, 1, 0, 0, 0, '', 'rebels reject the charge; "trying to stop it doing something stupid" is not a denial: not negated'),
 r(0, 1, 0, 0, 0, '', 'whips’ count, concessions, PM meets rebels; the benefit details (review, delay) are mechanics: austerity 0 (borderline)'),
 r(0, 1, 0, 0, 0, '', 'possible government defeat by its own MPs'),
],
'ns_comment_tory_nostalgia.txt': [
 r(0, 1, 0, 0, 0, '', 'the party against its leadership at conference'),
 r(0, 1, 0, 0, 0, '', '"three parties sharing an overdraft"'),
 r(0, 1, 0, 0, 0, '', 'the three factions'),
 r(0, 1, 0, 0, 0, '', 'the insurgent wing’s slogan and speech against the party’s record'),
 r(0, 0, 0, 0, 0, '', 'hard call: electoral analysis (which voters were lost); the faction appears only as "her" — PF 0 (rule 2); not austerity'),
 r(0, 0, 0, 0, 1, '', 'austerity as "the necessary medicine", "fiscal credibility", no "food bank"; PF 0 (borderline): one wing’s outlook with no conflict stated (reading of version 6)'),
 r(0, 1, 0, 0, 0, '', 'borderline: a party that blames its leaders, and the Conservatives of 2025 between the second and third stages'),
 r(0, 0, 0, 0, 1, '', 'the 2010s economic plan left the country poorer; tax'),
 r(0, 0, 0, 0, 0, '', ''),
 r(0, 0, 0, 0, 0, '', ''),
],
'ns_interview_marwood.txt': [
 r(0, 0, 0, 0, 0, '', 'scene'),
 r(0, 1, 0, 0, 0, '', 'led 41 Labour MPs against the government: rebellion'),
 r(0, 1, 0, 0, 1, 'party_factionalism', 'she denies it is a rebellion (only statement about the theme: negated); austerity borderline: Whitehall cost-cutting ("release efficiencies") in the ambulance service'),
 r(0, 1, 0, 0, 0, '', 'whips and the rebel'),
 r(0, 1, 0, 0, 0, '', 'critics in the party, "a leadership campaign"'),
 r(0, 1, 0, 0, 0, 'party_factionalism', 'first paragraph of her quotation: "not the Prime Minister’s enemy" (denial); "early warning system" reframes it'),
 r(0, 1, 0, 0, 0, '', 'dissent vs loyalty inside the party'),
 r(0, 0, 0, 0, 0, '', 'biography; "the 2024 intake ... kept their heads down" is a passing contrast; her father’s line about rule-makers not a discussion of inequality (borderline)'),
 r(0, 1, 0, 0, 0, '', 'Q&A: does she want the leadership (a challenge to a sitting leader); weak cue decided by the article'),
 r(0, 0, 0, 0, 0, '', 'Q&A: "Which job?" — no content'),
 r(0, 1, 0, 0, 0, '', 'Q&A: "The leadership."'),
 r(0, 1, 0, 0, 0, 'party_factionalism', 'Q&A: "No." (reference resolved: she does not want the leadership) — denial'),
 r(0, 1, 0, 0, 0, '', 'Q&A: "Not ever?"'),
 r(0, 1, 0, 0, 0, '', 'Q&A: "Not this year" — not a flat denial'),
 r(0, 1, 0, 0, 0, '', 'soft-left MPs approaching her as a candidate'),
 r(0, 0, 0, 0, 0, '', 'closing scene; a long ambulance wait is not a discussion of austerity'),
],
'ns_world_special_relationship.txt': [
 r(1, 0, 0, 0, 0, '', ''),
 r(1, 0, 0, 0, 0, '', 'US tariffs on British steel; Downing Street lobbied'),
 r(1, 0, 0, 0, 0, '', ''),
 r(1, 0, 0, 0, 0, '', ''),
 r(1, 0, 0, 0, 0, '', 'Iraq 2003 named in passing in a list with Suez: iraq_war_intelligence 0 (rule 2)'),
 r(1, 0, 0, 0, 0, '', ''),
 r(1, 0, 0, 0, 0, '', 'intelligence-sharing on Iran: UK–US; not Iraq'),
 r(1, 0, 0, 0, 0, '', 'US press on the decision'),
 r(1, 0, 0, 0, 0, '', ''),
 r(1, 0, 0, 0, 0, '', ''),
],
'ns_longread_austerity.txt': [
 r(0, 0, 0, 0, 1, '', 'food bank queue, most in work'),
 r(0, 0, 0, 0, 1, '', '2010 cuts'),
 r(0, 0, 0, 0, 1, '', ''),
 r(0, 0, 0, 0, 1, '', ''),
 r(0, 0, 0, 0, 1, '', 'Sure Start closures'),
 r(0, 0, 0, 0, 1, '', 'regional inequality; "Inequality did not arrive with austerity" is one statement among positive ones: not negated'),
 r(0, 0, 0, 0, 1, '', ''),
 r(0, 0, 0, 0, 1, '', 'a coalition minister defends the cuts; not party factionalism'),
 r(0, 0, 0, 0, 1, '', 'borderline: rising food-bank demand (poverty) without the word cuts; guideline example treats food bank use as the theme'),
 r(0, 0, 0, 0, 1, '', ''),
],
}
THEMES = ['special_relationship', 'party_factionalism', 'iraq_war_intelligence', 'israel_palestine',
          'austerity_inequality']

OPEN_CLOSE = {'“': '”', '"': '"', '‘': '’', "'": "'"}


def closing(raw, i, op, pend):
    """End offset of the span opened at i (first char inside the marks)."""
    cl = OPEN_CLOSE[op]
    j = i
    while True:
        j = raw.find(cl, j, pend)
        if j < 0:
            assert op == '“', ('unclosed', op, raw[i:i + 40])
            return pend, True
        if op in '‘\'' and j + 1 < len(raw) and raw[j + 1].isalpha():
            j += 1; continue  # an apostrophe (it’s, hadn't), not the closing mark
        if op == '“':
            k = raw.find('“', i, j)
            if k >= 0:  # a new quotation opens first: the span is unclosed at the paragraph end
                return pend, True
        return j, False


def main():
    qr, tr, sr, thr, counts = [], [], [], [], {}
    for f in FILES:
        raw = read(f); B = blocks(raw, f)
        pend_of = lambda pos: next(e for (k, s, e, t) in B if s <= pos <= e)
        # quotes
        pos = 0; rows = []
        for (first, kind, sp, cue, cont, note) in Q[f]:
            i = raw.index(first, pos)
            while raw[i - 1] not in OPEN_CLOSE:  # an unquoted occurrence of the same words
                i = raw.index(first, i + 1)
            op = raw[i - 1]; assert op in OPEN_CLOSE, (f, first, op)
            e, unclosed = closing(raw, i, op, pend_of(i))
            rows.append([f, i, e, raw[i:e], kind, sp, cue, cont, note]); pos = i + 1
            assert kind in ('speech', 'term') and cont in ('true', 'false')
            assert (kind == 'term') <= (sp == '' and cue == '')
            assert not (cont == 'true' and cue), (f, first)
        # mark inventory: every opening mark used as a quotation mark has its row
        opens = [raw[r_[1] - 1] for r_ in rows]
        assert opens.count('“') == raw.count('“'), (f, opens.count('“'), raw.count('“'))
        assert opens.count('‘') == raw.count('‘'), f
        assert 2 * opens.count('"') == raw.count('"'), f
        assert opens.count("'") == len(re.findall(r"(?<![A-Za-z])'(?=[A-Za-z])", raw)), f
        closes = sum(1 for r_ in rows if r_[2] < len(raw) and raw[r_[2]] in '”’"\'')
        qr += rows
        # timex
        pos = 0
        for (t, ty, v, mod, note) in T[f]:
            i = raw.index(t, pos)
            while (i > 0 and raw[i - 1].isalnum()) or (i + len(t) < len(raw) and raw[i + len(t)].isalnum()):
                i = raw.index(t, i + 1)
            assert ty in ('DATE', 'TIME', 'DURATION', 'SET')
            tr.append([f, i, i + len(t), t, ty, v, mod, note]); pos = i + len(t)
        # sentences
        sc = 0
        for (k, s, e, text) in B:
            if k == 'title':
                continue
            for m in SENT_RE.finditer(text):
                sr.append([f, s + m.start(), s + m.end(), m.group()]); sc += 1
        assert sc == SENT_COUNT[f], (f, sc)  # counted from the reviewed listing
        # themes
        body = [(s, e, t) for (k, s, e, t) in B if k == 'body']
        assert len(body) == len(TH[f]), (f, len(body), len(TH[f]))
        for (s, e, t), (a, b, c, d, g, neg, note) in zip(body, TH[f]):
            for th in filter(None, neg.split(';')):
                assert dict(zip(THEMES, (a, b, c, d, g)))[th] == 1
            thr.append([f, s, e, t, a, b, c, d, g, neg, note])
        counts[f] = dict(sentences=sc, quotes=len(Q[f]), speech=sum(x[4] == 'speech' for x in rows),
                         term=sum(x[4] == 'term' for x in rows), timex=len(T[f]), paragraphs=len(body),
                         **{th: sum(row[i] for row in TH[f]) for i, th in enumerate(THEMES)})

    def write(name, hdr, rows, nested_ok=False):
        rows.sort(key=lambda x: (x[0], x[1], -x[2]))  # by source (file name), then start; outer before nested
        for a, b in zip(rows, rows[1:]):
            if a[0] == b[0] and not nested_ok:
                assert a[2] <= b[1], ('overlap', name, a[:4], b[:4])
        for x in rows:
            assert read(x[0])[x[1]:x[2]] == x[3]
            assert x[3] == x[3].strip(), ('whitespace at edge', name, x[:4])
        with open(os.path.join(O, name), 'w', encoding='utf-8', newline='') as fh:
            w = csv.writer(fh); w.writerow(hdr); w.writerows(rows)

    write('sentences.csv', 'source,start,end,text'.split(','), sr)
    write('quotes.csv', 'source,start,end,text,kind,speaker,cue,continuation,notes'.split(','), qr, nested_ok=True)
    write('timex.csv', 'source,start,end,text,type,value,mod,notes'.split(','), tr)
    write('themes_v2.csv', ['source', 'start', 'end', 'text'] + THEMES + ['negated', 'notes'], thr)
    tot = {}
    for f in FILES:
        print(f, counts[f])
        for k, v in counts[f].items():
            tot[k] = tot.get(k, 0) + v
    print('total', tot)


if __name__ == '__main__':
    main()
