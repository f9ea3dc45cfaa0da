import csv, re
# uk_dev4: the annotator's record of every labelling decision (helper session, branch wt-uk_dev4,
# 2026-12-06, written and annotated blind). Run from the project root to rebuild the gold files:
#   python data/annotations/uk_dev4/build_annotations.py
# Offsets are computed by locating each hand-decided unit in its file (searching forward); labels are
# written here by hand. Checks: raw[start:end] == text, sorting, no overlaps, sentence coverage of every
# paragraph, and a quotation-mark inventory per file.
D = 'data/uk_dev4/'; O = 'data/annotations/uk_dev4/'
files = ['uk_dev4_senedd_labour.txt', 'uk_dev4_council_cuts.txt', 'uk_dev4_mp_profile.txt',
         'uk_dev4_ukus_presser.txt', 'uk_dev4_political_language.txt']
DATES = {r['file']: r['date'] for r in csv.DictReader(open(D + 'metadata.csv', encoding='utf-8'))}

def read(f):
    return open(D + f, encoding='utf-8').read()

def paras(raw):
    """Prose paragraphs: every non-empty line after the title (line 1)."""
    return [(m.start(), m.end(), m.group()) for m in re.finditer(r'[^\n]+', raw)][1:]

# ---------------------------------------------------------------- sentences
# Boundary rule written down from guidelines/sentences.md and applied by hand-checked regex: a
# sentence ends at . ? ! (plus any closing quotes/brackets) when whitespace and a capital/digit (or an
# opening quote/bracket before one) follow. Every resulting row was read and checked against the
# guideline (speech tags stay with quotations: the tag after `,”` or `?”` starts lower-case; ellipses
# ` ... ` followed by lower case are not boundaries; colons never end a sentence). No exceptions were
# needed; the expected count per file is asserted.
BND = re.compile(r'[.?!](?:["”’\')\]]*)(?=\s+["“‘\'(]*[A-Z0-9])')
SENT_COUNT = {'uk_dev4_senedd_labour.txt': 37, 'uk_dev4_council_cuts.txt': 45,
              'uk_dev4_mp_profile.txt': 45, 'uk_dev4_ukus_presser.txt': 41,
              'uk_dev4_political_language.txt': 38}

def sentences(f, raw):
    rows = []
    for s, e, p in paras(raw):
        st = 0
        cuts = [m.end() for m in BND.finditer(p)] + [len(p)]
        for c in cuts:
            a, b = st, c
            while p[a].isspace(): a += 1
            rows.append((s + a, s + b))
            st = c
    return rows

# ---------------------------------------------------------------- quotes
# (first words inside the marks, kind, speaker, cue, continuation, notes), in text order; nested rows
# follow their outer row.
Q = {
'uk_dev4_senedd_labour.txt': [
 ('It wasn’t a rebellion,', 'speech', 'Owain Rhys-Morgan', 'insist', 'false', 'cue after the name and apposition'),
 ('It was a conscience.', 'speech', 'Owain Rhys-Morgan', '', 'true', ''),
 ('the Valleys caucus', 'term', '', '', 'false', 'a label used by "Labour people in the Bay" in general, no specific utterance (decision rule: term)'),
 ('The awkward squad,', 'speech', 'one minister', 'say', 'false', 'split quotation, inverted cue "said one minister"'),
 ('except the awkward squad', 'speech', 'one minister', 'say', 'false', 'second piece of the split quotation'),
 ('united on the things that matter', 'speech', 'Gwenllian Pryce', 'tell', 'false', 'speaker introduced as "The First Minister herself"; fullest name from paragraph 1'),
 ('lectured about values', 'speech', 'Gwenllian Pryce', 'tell', 'false', 'second that-clause governed by the same "told"'),
 ('I don’t do purges.', 'speech', 'Gwenllian Pryce', '', 'true', 'cue-less after "Gwenllian smiled." (smile is not a reporting verb); same speaker as previous speech span'),
 ('the First Minister has full confidence', 'speech', 'a spokesperson for the Welsh government', 'add', 'false', ''),
 ('a symptom, not a cause', 'speech', 'Elin ap Dafydd', 'call', 'false', ''),
 ('a party holding a séance', 'speech', 'Huw Lloyd', 'write', 'false', 'introduced as "Her deputy" in the previous sentence, named inside the cue clause; social-media post'),
 ('polite in the way a knife', 'speech', 'one of two people who were there', 'describe', 'false', '"One of them" = one of the two people present at the executive meeting'),
 ('about process, not personalities', 'speech', 'a Pryce loyalist', 'say', 'false', 'the other of the two people present'),
 ('Back then we fought', 'speech', 'Mair Hopkin', 'tell', 'false', 'pronoun "she" resolved to Mair Hopkin'),
 ('Now we fight about', 'speech', 'Mair Hopkin', '', 'true', ''),
 ('Ask me again in a year,', 'speech', 'Owain Rhys-Morgan', 'say', 'false', 'surname-only "Rhys-Morgan" in the paragraph'),
 ('We have the votes', 'speech', 'a special adviser', '', 'false', 'cue-less sentence after "put the position plainly." (verb in the previous sentence, attribution by context); new speaker'),
],
'uk_dev4_council_cuts.txt': [
 ('Closed Thursdays,', 'speech', 'the notice on the door of Arnside Road library', 'say', 'false', 'written words of a notice (a sign "says"); borderline with term'),
 ('I have now signed off', 'speech', 'Denise Armitage', 'tell', 'false', 'introduced as "the council’s leader" in the previous paragraph'),
 ('People think there is a drawer', 'speech', 'Denise Armitage', '', 'true', ''),
 ('a material risk of issuing', 'speech', 'Graham Oyelaran', '', 'false', 'words of his report ("a report by the council’s chief finance officer, Graham Oyelaran"); colon introducer "Its conclusion is bleak:" without a reporting verb -> cue empty; alternative speaker: the report'),
 ('It isn’t bankruptcy,', 'speech', 'Graham Oyelaran', 'say', 'false', ''),
 ('It’s worse.', 'speech', 'Graham Oyelaran', '', 'true', ''),
 ('supported to move', 'speech', 'Castlebridge Council', 'tell', 'false', 'passive "have been told"; agent inferred from context (the council runs the home and is closing it); borderline unattributed'),
 ('Supported to move,', 'speech', 'Doreen Flitcroft', 'say', 'false', 'she repeats the council’s phrase, but utters it on this occasion with a reporting verb: speech (borderline term, a phrase under discussion)'),
 ('Like a wardrobe.', 'speech', 'Doreen Flitcroft', '', 'true', ''),
 ('Mum’s friends are there.', 'speech', 'Karen', '', 'false', '"Her daughter, Karen" - no surname given, so first name only; "was blunter still" is not a reporting verb -> cue empty'),
 ('explored every alternative', 'speech', 'Castlebridge Council', 'say', 'false', 'In a statement, the council said'),
 ('continue to work closely', 'speech', 'Castlebridge Council', 'say', 'false', 'second complement of the same "said"'),
 ('simply cannot justify', 'speech', 'Castlebridge Council', 'add', 'false', '"it added" interposed earlier in the sentence'),
 ('chosen the easy cuts', 'speech', 'the Liberal Democrats', 'accuse', 'false', 'collective (the council group); self-check: article capital dropped'),
 ('We’re the warm room', 'speech', 'the librarian', 'say', 'false', 'unnamed at her request'),
 ('The council calls this', 'speech', 'the librarian', '', 'true', ''),
 ('community asset transfer', 'speech', 'Castlebridge Council', 'call', 'false', 'nested double quotes inside single; the council’s own label, attributed with "calls" (decision rule: speech; borderline term, a label she rejects)'),
 ('Every February we go', 'speech', 'Denise Armitage', 'say', 'false', 'surname-only "Armitage" in the paragraph'),
 ('And every February a minister', 'speech', 'Denise Armitage', '', 'true', ''),
],
'uk_dev4_mp_profile.txt': [
 ('I’m told this is my problem,', 'speech', 'Fiona Caddick', 'say', 'false', '"I’m told" inside the quote is her own words, not an attribution'),
 ('I can’t commit to anything', 'speech', 'Fiona Caddick', '', 'true', ''),
 ('a place for grown-ups', 'speech', 'Fiona Caddick', '', 'true', 'attributed only by the following sentence "The first description is hers." (no cue in its own sentence); same speaker as the previous speech span, so continuation true by the rule although a new occasion'),
 ('a shadow whips’ office', 'speech', 'a member of the Socialist Campaign Group', '', 'false', 'attributed by the sentence after next ("The second belongs to ..."); cue empty; whips’ is a plural possessive apostrophe inside the span'),
 ('Fiona is the one who stays', 'speech', 'Tom Ellery', 'say', 'false', 'inverted cue "says Tom Ellery"'),
 ('People mistake that', 'speech', 'Tom Ellery', '', 'true', ''),
 ('has never lost a vote', 'speech', 'a former adviser', 'put', 'false', '"Another friend, a former adviser, puts it differently:" - fragment worked into the writer’s sentence'),
 ('Nobody signs anything', 'speech', 'Fiona Caddick', 'read', 'false', 'leaked WhatsApp message she sent ("read:")'),
 ('I’d send it again,', 'speech', 'Fiona Caddick', 'say', 'false', ''),
 ('Possibly with fewer full stops.', 'speech', 'Fiona Caddick', '', 'true', ''),
 ('factionalism with a seating plan', 'speech', 'Aisha Brennan', 'tell', 'false', 'cue interposed "she tells me"'),
 ('Fiona talks about the broad church,', 'speech', 'Aisha Brennan', 'add', 'false', 'split quotation'),
 ('but she’d quite like', 'speech', 'Aisha Brennan', 'add', 'false', 'second piece of the split quotation'),
 ('My dad used to say,', 'speech', 'Fiona Caddick', 'tell', 'false', 'maiden speech, July 2017 ("she told the Commons")'),
 ('You don’t pick the passengers.', 'speech', 'Fiona Caddick’s father', 'say', 'false', 'self-check: pronoun resolved (was her father); nested single quote: her father’s saying, "used to say" inside her speech'),
 ('She’s been picking passengers', 'speech', 'Aisha Brennan', '', 'false', 'cue-less after "Brennan has read it too."; the previous top-level speech span is Caddick’s, so continuation false'),
 ('I want the Wrexford bypass', 'speech', 'Fiona Caddick', 'say', 'false', ''),
 ('That’s the ambition.', 'speech', 'Fiona Caddick', '', 'true', ''),
 ('If the leader asked,', 'speech', 'Fiona Caddick', '', 'true', '"Then, more quietly:" - colon introducer without a verb'),
 ('the only person in the building', 'speech', 'a former Labour general secretary', 'recall', 'false', ''),
 ('Indispensable.', 'speech', 'one Labour whip', 'reply', 'false', 'text message ("replied by text with a single word:")'),
 ('Unfortunately.', 'speech', 'one Labour whip', '', 'true', 'second text message; "A second message followed" has no reporting verb'),
],
'uk_dev4_ukus_presser.txt': [
 ('The special relationship is not', 'speech', 'Nadia Whitlock', 'say', 'false', ''),
 ('It is a working relationship,', 'speech', 'Nadia Whitlock', '', 'true', ''),
 ('work', 'term', '', '', 'false', 'the word under discussion, picked up from her sentence'),
 ('a first step', 'speech', 'both sides', 'describe', 'false', 'collective: the two governments'),
 ('I\'ve been coming to London', 'speech', 'Grant Holloway', 'say', 'false', 'surname-only "Holloway" in the paragraph'),
 ('and I have never once', 'speech', 'Grant Holloway', 'say', 'false', 'second piece of split quotation'),
 ('always called England', 'speech', 'Grant Holloway', 'tell', 'false', 'grammatical subject "His grandmother" but the quoted words are Holloway’s ("he told the room")'),
 ('the old country', 'speech', 'Grant Holloway’s grandmother', 'call', 'false', 'self-check: pronoun resolved (was his grandmother); nested straight single quotes; grandmother’s habitual name for England (call) - borderline term (a stock phrase)'),
 ('pay its way', 'speech', 'the President', 'say', 'false', 'inside a journalist’s Q: line of the transcript; the US President, unnamed. The transcript lines themselves carry no quotation marks and are not rows'),
 ('within months', 'speech', 'Nadia Whitlock', 'say', 'false', '"you said" in a Q: line addressed to the Foreign Secretary'),
 ('within months', 'term', '', '', 'false', 'the writer’s ironic re-use of the phrase (held at a distance, no utterance)'),
 ('ambitious on paper', 'speech', 'a senior US official', 'say', 'false', ''),
 ('never been in better shape', 'speech', 'a Downing Street source', 'stress', 'false', ''),
 ('a photo opportunity with footnotes', 'speech', 'Peter Lansdale', 'call', 'false', ''),
 ('mistaken access for influence', 'speech', 'Peter Lansdale', 'say', 'false', ''),
 ('Give it a year,', 'speech', 'Nadia Whitlock', 'say', 'false', ''),
 ('Relationships are judged', 'speech', 'Nadia Whitlock', '', 'true', ''),
],
'uk_dev4_political_language.txt': [
 ('Political language ...', 'speech', 'George Orwell', '', 'false', 'epigraph, attributed by the dash line "– George Orwell, ..." (no verb)'),
 ('Politics and the English Language', 'term', '', '', 'false', 'title of a work'),
 ('most of our people', 'speech', 'Harold Macmillan', 'tell', 'false', 'speech of July 1957'),
 ('white heat', 'speech', 'Harold Wilson', 'speak', 'false', '"spoke of the “white heat”" - his words on an occasion (decision rule: speech); borderline term (a famous phrase)'),
 ('the nation’s health', 'speech', 'the authors of Labour’s 1945 manifesto', 'write', 'false', '"Its authors wrote of"'),
 ('genuine', 'term', '', '', 'false', 'vocabulary of the 1980s pamphlets, no specific utterance'),
 ('real', 'term', '', '', 'false', ''),
 ('fair', 'term', '', '', 'false', ''),
 ('The Chancellor tells us', 'speech', 'Arthur Penhale', 'tell', 'false', '"he told the Commons" (1968)'),
 ('tighten our belts', 'speech', 'the Chancellor', 'tell', 'false', 'nested single quote: the Chancellor’s words as reported by Penhale ("The Chancellor tells us"); borderline term (a cliché held at a distance)'),
 ('I have constituents who sold', 'speech', 'Arthur Penhale', '', 'true', ''),
 ('hard choices', 'term', '', '', 'false', 'phrase under discussion ("The phrase ...")'),
 ('difficult decisions', 'term', '', '', 'false', ''),
 ('long-term economic plan', 'term', '', '', 'false', 'slogan'),
 ('reformed', 'term', '', '', 'false', 'scare quotes, the writer’s own example'),
 ('If you cannot say it to a bus queen,', 'speech', 'Margaret Ellwood', 'write', 'false', 'a sentence "written on it in her own hand:" (card on her desk)'),
 ('bus queen', 'term', '', '', 'false', 'word under discussion'),
 ('bus queue', 'term', '', '', 'false', 'word under discussion inside "she later admitted" - the admission is not these words (borderline speech)'),
 ('Take back control', 'term', '', '', 'false', 'slogan'),
 ('For the many, not the few', 'term', '', '', 'false', 'slogan'),
 ('send some worn-out', 'speech', 'George Orwell', 'hope', 'false', '"ended his essay with a hope that one could at least" - noun cue; previous top-level speech span is Ellwood’s'),
],
}

OPEN = {'“': '”', '‘': '’', '"': '"', "'": "'"}

def find_quote(raw, prefix, cursor):
    best = None
    for o in OPEN:
        i = raw.find(o + prefix, cursor)
        if i >= 0 and (best is None or i < best[0]):
            best = (i, o)
    assert best, prefix
    i, o = best
    start = i + 1
    para_end = raw.find('\n', start)
    if para_end < 0: para_end = len(raw)
    c = OPEN[o]; j = start
    while True:
        j = raw.find(c, j)
        if j < 0 or j > para_end:
            return start, para_end  # unclosed: runs to the paragraph end
        if c in '’\'' and j + 1 < len(raw) and raw[j + 1].isalpha():
            j += 1; continue  # apostrophe inside a word
        return start, j

def quotes(f, raw):
    rows = []; cur = 0
    for (prefix, kind, spk, cue, cont, note) in Q[f]:
        s, e = find_quote(raw, prefix, cur)
        rows.append((s, e, kind, spk, cue, cont, note)); cur = s
    return rows

# ---------------------------------------------------------------- timex
# (exact text, type, value, mod, notes), in text order; located as whole words searching forward.
T = {
'uk_dev4_senedd_labour.txt': [
 ('Tuesday afternoon', 'TIME', '2025-10-07TAF', '', 'the Tuesday before publication (Thursday 2025-10-09)'),
 ('Five days earlier', 'DATE', '2025-10-02', '', 'five days before Tuesday 7 October'),
 ('the past 18 months', 'DURATION', 'P18M', '', ''),
 ('Wednesday morning', 'TIME', '2025-10-08TMO', '', ''),
 ('before', 'DATE', 'PAST_REF', '', 'deictic adverb: "has done deals with Labour before" (no complement = before now)'),
 ('Monday night', 'TIME', '2025-10-06TNI', '', ''),
 ('next May', 'DATE', '2026-05', '', '"next May’s election"; genitive ’s outside the extent'),
 ('last Friday', 'DATE', '2025-10-03', '', ''),
 ('before', 'DATE', 'PAST_REF', '', 'deictic adverb: "Older hands have seen this before"'),
 ('from 1999 until 2016', 'DATE', '1999/2016', '', 'range with from ... until, one expression'),
 ('the early years', 'DATE', '200', 'START', 'the early years of devolution (began 1999) - turn of the 2000s; cf. "first years" in timex.md; borderline (event-anchored)'),
 ('Back then', 'DATE', '200', 'APPROX', 'anaphoric "then" = at the time of those early years; "Back" kept as modifier'),
 ('Now', 'DATE', 'PRESENT_REF', '', 'inside a quotation'),
 ('a year', 'DURATION', 'P1Y', '', '"Ask me again in a year" - a length of time from now (alternative: DATE 2026-10)'),
 ('now', 'DATE', 'PRESENT_REF', '', '"For now"'),
 ('the summer', 'DATE', '2025-SU', '', '"since the summer" - summer 2025'),
],
'uk_dev4_council_cuts.txt': [
 ('Thursdays', 'SET', 'XXXX-WXX-4', '', 'inside the quoted notice ‘Closed Thursdays’'),
 ('April', 'DATE', '2026-04', '', 'the coming April (published February 2026)'),
 ('next Wednesday', 'DATE', '2026-02-25', '', ''),
 ('1978', 'DATE', '1978', '', ''),
 ('now', 'DATE', 'PRESENT_REF', '', 'inside a quotation'),
 ('14 years', 'DURATION', 'P14Y', '', ''),
 ('last year', 'DATE', '2025', '', ''),
 ('the early 2000s', 'DATE', '200', 'START', ''),
 ('2019', 'DATE', '2019', '', ''),
 ('last month', 'DATE', '2026-01', '', ''),
 ('2010', 'DATE', '2010', '', ''),
 ('every year', 'SET', 'P1Y', '', ''),
 ('the next financial year', 'DATE', '2026-04/2027-03', '', 'UK local-government financial year 2026-27 (April to March); inside a quotation'),
 ('Monday', 'DATE', '2026-02-16', '', '"when we spoke on Monday"; "the 1972 Local Government Act" earlier in the paragraph is a name, not tagged'),
 ('the end of the summer', 'DATE', '2026-SU', 'END', ''),
 ('six years', 'DURATION', 'P6Y', '', '"who is 91" is an age, not tagged'),
 ('four', 'TIME', 'XXXX-XX-XXT16:00', '', '"likes the radio on at four" - generic/habitual time of day (cf. midnight in timex.md)'),
 ('a year', 'SET', 'P1Y', '', '"£60,000 a year" - a rate per year'),
 ('2026-27', 'DATE', '2026-04/2027-03', '', 'financial year 2026-27 (range of years written with a hyphen); value as the financial year'),
 ('the 1990s', 'DATE', '199', '', ''),
 ('ten in the morning', 'TIME', 'XXXX-XX-XXT10:00', '', 'the day of the visit is not given'),
 ('a few weeks', 'DURATION', 'PXW', '', '"a few weeks before Christmas" - measure phrase; the relational word excluded'),
 ('Christmas', 'DATE', 'XXXX-12-25', '', 'habitual (every year’s settlement); year left open'),
 ('March', 'DATE', 'XXXX-03', '', 'habitual deadline "by March"; year left open'),
 ('Every February', 'SET', 'XXXX-02', '', ''),
 ('every February', 'SET', 'XXXX-02', '', ''),
],
'uk_dev4_mp_profile.txt': [
 ('2017', 'DATE', '2017', '', '"since 2017"; "Caddick, 44" is an age'),
 ('that time', 'DURATION', 'P9Y', 'APPROX', '"for almost all of that time" = since 2017 to the present (March 2026, c. nine years); borderline'),
 ('Last summer', 'DATE', '2025-SU', '', 'the summer before publication (March 2026)'),
 ('that July', 'DATE', '2025-07', '', 'July of last summer'),
 ('September', 'DATE', '2025-09', '', 'inside the leaked message sent in July 2025'),
 ('now', 'DATE', 'PRESENT_REF', '', '"Asked about it now"'),
 ('July 2017', 'DATE', '2017-07', '', ''),
 ('three decades', 'DURATION', 'P3DE', '', ''),
 ('years', 'DURATION', 'PXY', '', '"for years"'),
 ('the early 2010s', 'DATE', '201', 'START', ''),
 ('this week', 'DATE', '2026-W13', '', 'week of Friday 2026-03-27'),
],
'uk_dev4_ukus_presser.txt': [
 ('Tuesday', 'DATE', '2026-06-09', '', 'the Tuesday before publication (Thursday 2026-06-11)'),
 ('41 minutes', 'DURATION', 'PT41M', '', ''),
 ('a week', 'DURATION', 'P1W', '', '"polishing for a week"'),
 ('this week', 'DATE', '2026-W24', '', 'inside a quotation, said on Tuesday 2026-06-09'),
 ('2020', 'DATE', '2020', '', '"since 2020"'),
 ('30 years', 'DURATION', 'P30Y', '', ''),
 ('last month', 'DATE', '2026-05', '', 'in a Q: line of the transcript'),
 ('January', 'DATE', '2026-01', '', 'in a Q: line of the transcript'),
 ('months', 'DURATION', 'PXM', '', '"within months" inside quotation marks (her words); "within" excluded as a preposition'),
 ('months', 'DURATION', 'PXM', '', 'second "within months" - the writer’s ironic re-use, still denoting the span; borderline (a mention)'),
 ('the best part of six years', 'DURATION', 'P6Y', 'LESS_THAN', '"the best part of" read as "nearly"'),
 ('Tuesday', 'DATE', '2026-06-09', '', '"the framework signed on Tuesday"'),
 ('2035', 'DATE', '2035', '', '"by 2035"; "rather sooner" is comparative/relational, not tagged'),
 ('the 1940s', 'DATE', '194', '', ''),
 ('the 1980s', 'DATE', '198', '', ''),
 ('2003', 'DATE', '2003', '', ''),
 ('This summer', 'DATE', '2026-SU', '', ''),
 ('the day', 'DATE', '2026-06-09', '', '"whether the day had gone well" - the day of the press conference'),
 ('a year', 'DURATION', 'P1Y', '', '"Give it a year"'),
],
'uk_dev4_political_language.txt': [
 ('1946', 'DATE', '1946', '', 'in the epigraph’s attribution line'),
 ('July 1957', 'DATE', '1957-07', '', '"exactly as before" in paragraph 2 is relational (before discovering the essay), not tagged'),
 ('now', 'DATE', 'PRESENT_REF', '', '"a line now remembered"'),
 ('Six years later', 'DATE', '1963', '', 'six years after July 1957'),
 ('a decade', 'DURATION', 'P1DE', '', '"for a decade afterwards"'),
 ('1945', 'DATE', '1945', '', '"Labour’s 1945 manifesto" - the year locates the manifesto (not part of a name)'),
 ('the 1980s', 'DATE', '198', '', ''),
 ('1968', 'DATE', '1968', '', ''),
 ('1931', 'DATE', '1931', '', 'inside a quotation'),
 ('the 2010s', 'DATE', '201', '', ''),
 ('the decade', 'DATE', '201', '', 'anaphoric: the 2010s'),
 ('the 1990s', 'DATE', '199', '', ''),
 ('months', 'DURATION', 'PXM', '', '"for months"'),
 ('nearly two centuries', 'DURATION', 'P2CE', 'LESS_THAN', ''),
 ('Eighty years on', 'DATE', '2026', '', 'eighty years after 1946 (cf. "a week later" as one DATE)'),
],
}

def timex(f, raw):
    rows = []; cur = 0
    for (txt, typ, val, mod, note) in T[f]:
        m = re.compile(r'(?<![\w-])' + re.escape(txt) + r'(?![\w-])').search(raw, cur)
        assert m, (f, txt)
        rows.append((m.start(), m.end(), typ, val, mod, note)); cur = m.end()
    return rows

# ---------------------------------------------------------------- themes v2
# one tuple per body paragraph: (special_relationship, party_factionalism, iraq_war_intelligence,
# israel_palestine, austerity_inequality, negated, notes)
TH = {
'uk_dev4_senedd_labour.txt': [
 (0,1,0,0,0,'','the First Minister loses a vote on her own budget amendment to a Labour member (a rebellion inside the party)'),
 (0,1,0,0,0,'party_factionalism','"It wasn’t a rebellion ... It was a conscience": the only statement about the revolt denies it is one (rule 4)'),
 (0,1,0,0,0,'','the Valleys caucus vs Pryce’s allies, drift to the centre'),
 (0,1,0,0,0,'','"united", "lectured about values", discipline, "I don’t do purges" - denials plus an attack on the rebels, so not negated'),
 (0,1,0,0,0,'','spokesperson plays down the rift but the narrator says it was read as the opposite: rift stated, not negated; borderline'),
 (0,1,0,0,0,'','Plaid figures describing Labour’s internal trouble (reading of version 18: a conflict inside the party that outsiders describe); borderline'),
 (0,1,0,0,0,'','list selection; "both wings of the party know it"'),
 (0,1,0,0,0,'','executive meeting row over who draws up the lists'),
 (0,1,0,0,0,'','Labour’s quarrels then and now ("who gets to sit in it")'),
 (0,1,0,0,0,'','a rebel’s leadership ambitions (denied, then "Ask me again in a year"); borderline, not all negated'),
 (0,1,0,0,0,'','the First Minister’s people counting heads against the rebels; borderline (weak cue, decided by context)'),
],
'uk_dev4_council_cuts.txt': [
 (0,0,0,0,1,'','library closing; borderline (one weak cue, decided by article context: closure under the cuts budget)'),
 (0,0,0,0,1,'','budget closes libraries, day centres, a care home; council tax rise'),
 (0,0,0,0,1,'','"14 years of cuts"'),
 (0,0,0,0,1,'','grant down 38 per cent since 2010, section 114 risk'),
 (0,0,0,0,1,'','section 114 notice, council cannot balance its books'),
 (0,0,0,0,1,'','care-home residents moved out by the closure'),
 (0,0,0,0,1,'','the human cost of the care-home closure ("they’ve tried" to put it in a spreadsheet); borderline, decided by context'),
 (0,0,0,0,1,'','council statement on the closure, repairs it "cannot justify in the current climate"'),
 (0,0,0,0,1,'','"chosen the easy cuts", budget gap; Liberal Democrats vs Labour is inter-party, not factionalism'),
 (0,0,0,0,1,'','the library as warm room/job centre; community asset transfer'),
 (0,0,0,0,1,'','Whitehall settlement, annual budget squeeze'),
],
'uk_dev4_mp_profile.txt': [
 (0,1,0,0,0,'','"her enemies on Labour’s left" call her ruthless: enmity between wings; borderline (one clause)'),
 (0,1,0,0,0,'','the Attlee Circle of the party’s right; Socialist Campaign Group jibe'),
 (0,0,0,0,0,'','friends’ defence of her character (stacking chairs, counting votes) - no factional content stated; borderline'),
 (0,1,0,0,0,'','left-wing backbenchers vs the Attlee Circle; leaked WhatsApp "Nobody signs anything from the Campaign Group"'),
 (0,1,0,0,0,'','"I’d send it again" - "it" resolved to the factional WhatsApp message (rule 1a)'),
 (0,1,0,0,0,'','"factionalism with a seating plan", "choose the congregation"'),
 (0,0,0,0,0,'','maiden speech, her father; cheer from both sides of the House'),
 (0,1,0,0,0,'','"She’s been picking passengers ever since" - a left critic’s jibe about choosing who belongs in the party; borderline (weak cue, decided by context)'),
 (0,0,0,0,0,'','her ambitions and loyalty to the leader; no conflict stated'),
 (0,0,0,0,0,'','loyalty as currency; rulebook read "for pleasure" - character, borderline 0'),
 (0,0,0,0,0,'','a whip’s two-word verdict'),
],
'uk_dev4_ukus_presser.txt': [
 (1,0,0,0,0,'','joint UK-US press conference'),
 (1,0,0,0,0,'','special relationship, UK-US framework agreement and trade deal'),
 (1,0,0,0,0,'','the US secretary of state on the alliance'),
 (0,0,0,0,0,'','introduces the transcript; no UK-US content of its own'),
 (1,0,0,0,0,'','US President: Britain should "pay its way" in Nato'),
 (1,0,0,0,0,'','the US secretary of state on the UK as an ally'),
 (1,0,0,0,0,'','question on the President’s remark ("that" resolved); borderline'),
 (1,0,0,0,0,'','"a conversation between friends" - the US-UK exchange resolved from context'),
 (1,0,0,0,0,'','the UK-US trade deal'),
 (1,0,0,0,0,'','"it" = the UK-US trade deal; borderline (reference resolved from the article, rule 1a)'),
 (1,0,0,0,0,'','the trade deal\'s delays, the framework'),
 (1,0,0,0,0,'','Nato spending, US pressure on the British timetable, "never been in better shape"'),
 (1,1,0,0,0,'','opposition: "access for influence"; Whitlock’s own backbenchers dissent from the line in private - party_factionalism borderline (party figures rejecting the party line, reading of version 6)'),
 (1,0,0,0,0,'','Washington listens to London; "in 2003 it was troops" is a passing allusion to Iraq, iraq_war_intelligence 0'),
 (1,0,0,0,0,'','"Relationships are judged on delivery" - the relationship, resolved from context; borderline'),
],
'uk_dev4_political_language.txt': [
 (0,0,0,0,0,'','epigraph (Orwell); coded as a body block'),
 (0,0,0,0,0,'',''),
 (0,0,0,0,0,'','Macmillan, Wilson: language, not policy'),
 (0,0,0,0,0,'','manifesto and pamphlet vocabulary'),
 (0,1,0,0,1,'','austerity: cuts "painful", "tighten our belts", constituents too poor to own belts; party_factionalism borderline: a Labour backbencher turns on his own front bench'),
 (0,0,0,0,1,'','2010s Treasury "hard choices", pain moved from "the people affected"; borderline (decided by the decade and the cuts context)'),
 (0,0,0,0,0,'','"reformed" the welfare system is an example of scare quotes, a mention (rule 2); borderline'),
 (0,0,0,0,0,'',''),
 (0,0,0,0,0,'','slogans ("Take back control", "For the many") discussed as language only'),
 (0,0,0,0,0,'',''),
],
}
THEMES = ['special_relationship', 'party_factionalism', 'iraq_war_intelligence', 'israel_palestine', 'austerity_inequality']

# ---------------------------------------------------------------- build + checks
def write(name, header, rows):
    with open(O + name, 'w', encoding='utf-8', newline='') as fh:
        w = csv.writer(fh, lineterminator='\n'); w.writerow(header); w.writerows(rows)

def main():
    S, QQ, TT, TH2 = [], [], [], []
    for f in files:
        raw = read(f); P = paras(raw)
        # sentences
        srows = sentences(f, raw)
        assert len(srows) == SENT_COUNT[f], (f, len(srows))
        for (s, e) in srows: S.append((f, s, e, raw[s:e]))
        for ps, pe, p in P:  # coverage: non-space chars of every paragraph in exactly one sentence
            inside = [(s, e) for s, e in srows if ps <= s < pe]
            assert inside[0][0] == ps and inside[-1][1] == pe
            for (a, b), (c, d) in zip(inside, inside[1:]):
                assert b <= c and raw[b:c].strip() == ''
        # quotes
        qrows = quotes(f, raw)
        for (s, e, *rest) in qrows: QQ.append((f, s, e, raw[s:e], *rest))
        # inventory: every mark is an opening/closing of a row, or an apostrophe
        opens = {s - 1 for s, e, *_ in qrows}; closes = {e for s, e, *_ in qrows}
        for i, ch in enumerate(raw):
            if ch in '“"‘':
                if ch == '"' and i in closes: continue
                assert i in opens or (ch == '‘' and False), (f, i, raw[i-20:i+20])
            if ch == '”':
                assert i in closes, (f, i)
            if ch in "’'" and i not in closes and i not in opens:
                assert i > 0 and (raw[i-1].isalpha() or raw[i-1] in '0123456789') and (raw[i+1].isalpha() or raw[i+1] == ' '), (f, i, raw[i-20:i+20])
        # timex
        for (s, e, *rest) in timex(f, raw): TT.append((f, s, e, raw[s:e], *rest))
        # themes
        assert len(TH[f]) == len(P), (f, len(TH[f]), len(P))
        for (ps, pe, p), codes in zip(P, TH[f]):
            TH2.append((f, ps, pe, p, *codes))
    key = lambda r: (files.index(r[0]), r[1])
    for rows in (S, QQ, TT, TH2):
        rows.sort(key=key)
        for r in rows:
            raw = read(r[0]); assert raw[r[1]:r[2]] == r[3]
    for rows in (S, TT, TH2):
        for a, b in zip(rows, rows[1:]):
            if a[0] == b[0]: assert a[2] <= b[1], (a, b)
    write('sentences.csv', ['source', 'start', 'end', 'text'], S)
    write('quotes.csv', ['source', 'start', 'end', 'text', 'kind', 'speaker', 'cue', 'continuation', 'notes'], QQ)
    write('timex.csv', ['source', 'start', 'end', 'text', 'type', 'value', 'mod', 'notes'], TT)
    write('themes_v2.csv', ['source', 'start', 'end', 'text'] + THEMES + ['negated', 'notes'], TH2)
    # summary
    for f in files:
        q = [r for r in QQ if r[0] == f]
        th = [r for r in TH2 if r[0] == f]
        print(f, DATES[f], 'sent', sum(r[0] == f for r in S), 'quotes', len(q),
              'speech', sum(r[4] == 'speech' for r in q), 'term', sum(r[4] == 'term' for r in q),
              'timex', sum(r[0] == f for r in TT), 'paras', len(th),
              'themes', [sum(r[4 + k] for r in th) for k in range(5)])
    print('total sent', len(S), 'quotes', len(QQ), 'timex', len(TT), 'paras', len(TH2))

if __name__ == '__main__':
    main()
