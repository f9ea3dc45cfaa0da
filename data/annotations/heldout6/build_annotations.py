"""Build and verify the heldout6 gold files (sentences, quotes, timex, themes_v2).

Every row below is a hand decision of the annotator (helper session, branch wt-heldout6,
2026-12-07), made by reading the articles in data/heldout6/. This script only turns the
decisions into offsets and checks them: raw[start:end] == text, sorting, sentence coverage of
every body paragraph, and an inventory of every quotation mark. Standard library only.

Run: /work/main/.venv/bin/python data/annotations/heldout6/build_annotations.py
"""
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
TEXTS = os.path.join(ROOT, "data", "heldout6")

LEAD = "heldout6_leader_tech_compact.txt"
NEWS = "heldout6_news_section114.txt"
HUST = "heldout6_hustings_leeds.txt"
INTV = "heldout6_interview_iraq_officer.txt"
MEDIA = "heldout6_media_weekend_coverage.txt"
FILES = [HUST, INTV, LEAD, MEDIA, NEWS]


def raw_of(f):
    return open(os.path.join(TEXTS, f), encoding="utf-8").read()


def paragraphs(raw):
    """Blocks separated by blank lines; block 0 is the title, the rest are body paragraphs."""
    blocks = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", raw)]
    return blocks[0], blocks[1:]


# ---------------------------------------------------------------- sentences
# The splitter below only PROPOSES boundaries (after . ? ! plus closing marks, before a capital or
# an opening mark). Every proposed sentence was read by hand against guidelines/sentences.md; the
# lists below hold the hand corrections (a proposed boundary to remove: text ending the first piece;
# a boundary to add: text ending the first piece). After reading all 196 proposals, none needed a
# correction: tags stay with their quotations ("Answer the question!" and then ...), the nested
# question 'are you sure this time?' ends its sentence, quotations holding several sentences split.
NO_SPLIT = {f: [] for f in FILES}
EXTRA_SPLIT = {f: [] for f in FILES}
SENT_NOTES = {
    (INTV, "For a long time afterwards"): "sentence ends with a nested single-quoted question inside the open double quotation",
    (HUST, "Asked by Oyelaran"): "exclamation inside quotes mid-sentence (Answer the question!) followed by lower-case: no boundary",
    (NEWS, "“It used to be"): "quotation holding two sentences split at its internal full stop",
    (INTV, "She stops, and then adds"): "colon before a quotation does not end the sentence",
}


def sentences(f, raw):
    _, body = paragraphs(raw)
    rows = []
    for (ps, pe) in body:
        t = raw[ps:pe]
        cuts = []
        for m in re.finditer(r"[.?!][”\"’')]*(\s+)(?=[A-Z“\"‘'(])", t):
            first = t[:m.start(1)]
            if any(first.endswith(x) for x in NO_SPLIT[f]):
                continue
            cuts.append((m.start(1), m.end(1)))
        s = 0
        pieces = []
        for a, b in cuts:
            pieces.append((s, a))
            s = b
        pieces.append((s, len(t)))
        for a, b in pieces:
            txt = t[a:b]
            note = ""
            for (ff, head), n in SENT_NOTES.items():
                if ff == f and txt.startswith(head):
                    note = n
            rows.append((ps + a, ps + b, txt, note))
    return rows


# ---------------------------------------------------------------- quotes
# (file, text inside the marks, kind, speaker, cue, continuation, note). A text "A ... B" is
# located as the first span starting with A and ending with B; rows are listed in reading order.
Q = [
    # leader (curly double quotes)
    (LEAD, "the most significant agreement between our two countries since the Mutual Defence Agreement of 1958", "speech", "Helen Marwick", "describe", "false", ""),
    (LEAD, "a partner that understands the scale of the threat", "speech", "the Pentagon", "welcome", "false", "a Pentagon statement; collective speaker"),
    (LEAD, "harden the alliance for the decades ahead", "speech", "the Pentagon", "promise", "false", "same statement, own cue promised"),
    (LEAD, "made the right choice", "speech", "the Pentagon", "add", "false", "It (the statement) added"),
    (LEAD, "We are being asked to lock ourselves into one supplier’s ecosystem for thirty years,", "speech", "Anthony Redfern", "say", "false", "General Sir Anthony Redfern; rank and title left out of the name"),
    (LEAD, "Nobody in their right mind ... nervous system of the army.", "speech", "Anthony Redfern", "", "true", ""),
    (LEAD, "is not diminished by choosing good friends", "speech", "Helen Marwick", "reply", "false", ""),
    (LEAD, "an operational veto", "speech", "Helen Marwick", "call", "false", "what she calls: a specific source's word (decision rule: call) -> speech"),
    (LEAD, "a review after five years", "term", "", "", "false", "hard call: the draft's wording held at a distance (the phrase now in the draft), a phrase under discussion -> term"),
    # news (curly double quotes)
    (NEWS, "We have cut everything that can be cut without putting people in danger,", "speech", "Marion Tetley", "say", "false", ""),
    (NEWS, "There is nothing left in the drawer.", "speech", "Marion Tetley", "", "true", ""),
    (NEWS, "fifteen years of being asked to do more with less", "speech", "Marion Tetley", "call", "false", "what she called"),
    (NEWS, "I don’t say that to score points,", "speech", "Marion Tetley", "add", "false", ""),
    (NEWS, "I say it because people should know.", "speech", "Marion Tetley", "", "true", ""),
    (NEWS, "significant weaknesses in governance and financial management", "speech", "the external auditor’s report", "find", "false", "a document as speaker"),
    (NEWS, "a decision taken without adequate due diligence or any credible exit strategy", "speech", "the external auditor’s report", "describe", "false", ""),
    (NEWS, "will be exhausted before the end of the financial year", "speech", "the external auditor’s report", "warn", "false", ""),
    (NEWS, "They keep telling us it’s the last cut,", "speech", "Graham Pell", "say", "false", ""),
    (NEWS, "Then next year there’s another last cut.", "speech", "Graham Pell", "", "true", ""),
    (NEWS, "Who’s going to empty the bins?", "speech", "a mother of three", "put", "false", "His neighbour, a mother of three ... put it more simply: (colon cue, lemma put)"),
    (NEWS, "It used to be people between jobs ... asked anyone for anything,", "speech", "Asha Mistry", "say", "false", "two sentences before the tag she said"),
    (NEWS, "If the council cuts the welfare assistance scheme ... where they go.", "speech", "Asha Mistry", "", "true", ""),
    (NEWS, "in close contact with Harbridge", "speech", "Daniel Fairlie", "say", "false", ""),
    (NEWS, "if that proves necessary to protect residents and taxpayers", "speech", "Daniel Fairlie", "say", "false", "hard call: second fragment inside the same said-clause (said ... was X and would appoint Y): the same say governs it, so cue say, continuation false"),
    (NEWS, "decisions made by the council over many years", "speech", "Daniel Fairlie", "add", "false", ""),
    (NEWS, "Shame!", "speech", "one Labour councillor", "shout", "false", ""),
    (NEWS, "Councils of every political colour are facing the same arithmetic,", "speech", "the Local Government Association", "say", "false", "a spokesperson said, after The Local Government Association said: organisation as speaker"),
    (NEWS, "Without a sustainable settlement ... in the coming months.", "speech", "the Local Government Association", "", "true", ""),
    # hustings (curly double quotes)
    (HUST, "The last leadership election left scars,", "speech", "Bernadette Oyelaran", "say", "false", ""),
    (HUST, "How would each of you make sure this one doesn’t?", "speech", "Bernadette Oyelaran", "", "true", ""),
    (HUST, "I’m not standing to win an argument inside this party,", "speech", "Siobhan Carrick", "say", "false", "she = Carrick (The former shadow housing secretary)"),
    (HUST, "I’m standing to win an argument with the country. ... confusing them.", "speech", "Siobhan Carrick", "", "true", ""),
    (HUST, "Which argument?", "speech", "a man near the back", "call", "false", "heckle; called out -> lemma call"),
    (HUST, "treated like a stage army", "speech", "Dev Raichura", "argue", "false", "cue after the span (he argued)"),
    (HUST, "You don’t heal a wound by telling the patient it isn’t there,", "speech", "Dev Raichura", "say", "false", ""),
    (HUST, "The scars are there because people were purged. Say it.", "speech", "Dev Raichura", "", "true", ""),
    (HUST, "Answer the question!", "speech", "someone", "shout", "false", "heckle from the floor; speaker only 'someone'"),
    (HUST, "should be looked at on its merits, by a process that members trust", "speech", "Matthew Ellery", "say", "false", "speaker changes after the heckle, so cue say, not a continuation"),
    (HUST, "the most Ellery answer imaginable", "speech", "one activist", "mutter", "false", "one activist beside me muttered (cue inside the sentence, before the span)"),
    (HUST, "Never again will this party hand its future to people who would rather lose than compromise,", "speech", "Labour Forward", "read", "false", "the slate's leaflet (it read): the slate as collective speaker"),
    (HUST, "vote for the whole slate, and vote early", "speech", "Labour Forward", "urge", "false", ""),
    (HUST, "Take one, comrade,", "speech", "a young woman in a Raichura T-shirt", "say", "false", ""),
    (HUST, "I’ve got three already,", "speech", "a Labour Forward organiser", "reply", "false", "he = the organiser"),
    (HUST, "a party that argues in private and wins in public", "speech", "Siobhan Carrick", "promise", "false", ""),
    (HUST, "give the keys back to the members", "speech", "Dev Raichura", "say", "false", ""),
    (HUST, "the leader who takes us into government", "speech", "Matthew Ellery", "say", "false", ""),
    (HUST, "Siobhan won the room, Dev won the argument, and Matt won the unions,", "speech", "an MP who has not yet declared for anyone", "say", "false", "MP's aside afterwards; unnamed"),
    (HUST, "Which of those matters when the ballots close ... in three weeks.", "speech", "an MP who has not yet declared for anyone", "", "true", ""),
    # interview (straight double quotes, nested straight single)
    (INTV, "a great deal of unfinished business", "speech", "Catherine Ashdown", "account", "false", "by her own account: noun cue (cf. admission)"),
    (INTV, "The atmosphere in the building changed over that summer,", "speech", "Catherine Ashdown", "say", "false", ""),
    (INTV, "Before, we were asked what we knew. ... Nobody ever does.", "speech", "Catherine Ashdown", "", "true", ""),
    (INTV, "I did. I wrote a note ... I never found out by whom.", "speech", "Catherine Ashdown", "", "true", "answer to the writer's question Did she raise it?, new paragraph, no cue: interview pronoun carrying across paragraphs"),
    (INTV, "were presented with a certainty that was not justified", "speech", "the Iraq Inquiry’s report", "conclude", "false", "the inquiry's report quoted as a document"),
    (INTV, "perhaps a hundred times", "speech", "Catherine Ashdown", "tell", "false", "she tells me"),
    (INTV, "It was fair,", "speech", "Catherine Ashdown", "say", "false", ""),
    (INTV, "If anything it was generous. ... what we were there to supply.", "speech", "Catherine Ashdown", "", "true", ""),
    (INTV, "He believed it. ... more confident than the evidence.", "speech", "Catherine Ashdown", "", "true", "he = the prime minister of the day (unnamed); the words are Ashdown's; narration (she shakes her head) is no cue"),
    (INTV, "cleaner, morally, if not physically", "speech", "Catherine Ashdown", "describe", "false", ""),
    (INTV, "thoroughly unimpressed by his mother's war stories", "speech", "Catherine Ashdown", "say", "false", "she says with a laugh, about her son"),
    (INTV, "Trust, mostly. ... than one who doesn't.", "speech", "Catherine Ashdown", "", "true", "She answers slowly. (narration before, as Manning denies this.) -> no cue"),
    (INTV, "are you sure this time?", "speech", "ministers", "", "false", "hard call: nested single-quoted words put in ministers' mouths (a sort of ...), hypothetical -> speech, speaker ministers; could be read as a term"),
    (INTV, "The legacy is that ... it has never been paid back.", "speech", "Catherine Ashdown", "", "true", "previous top-level speech span is Ashdown's (nested row not counted)"),
    (INTV, "I think about that more than I think about the weapons.", "speech", "Catherine Ashdown", "add", "false", ""),
    (INTV, "You'll write that I was bitter,", "speech", "Catherine Ashdown", "say", "false", ""),
    (INTV, "I wasn't. I was ashamed ... about the wrong thing.", "speech", "Catherine Ashdown", "", "true", ""),
    # media column (curly double quotes)
    (MEDIA, "Bandgate", "term", "", "", "false", "newspaper headline quoted as a title"),
    (MEDIA, "TAXING TIMES", "term", "", "", "false", "headline"),
    (MEDIA, "HOUSE OF PAIN", "term", "", "", "false", "headline"),
    (MEDIA, "It’s a list of options, one of about forty, and most of them will never see daylight,", "speech", "a senior adviser in Number 10", "tell", "false", "spin doctor on background"),
    (MEDIA, "The idea that the Chancellor is coming for your house is a fantasy. But try saying that in a headline.", "speech", "a senior adviser in Number 10", "", "true", ""),
    (MEDIA, "The squeezed middle’s last stand", "term", "", "", "false", "headline of a spread"),
    (MEDIA, "Chief Secretary, did you see this paper before it was leaked?", "speech", "Fiona Garside", "ask", "false", "before asking: (colon cue)"),
    (MEDIA, "a great many papers", "speech", "Oliver Denholm", "say", "false", ""),
    (MEDIA, "That isn’t what I asked,", "speech", "Fiona Garside", "reply", "false", ""),
    (MEDIA, "Did you see this one?", "speech", "Fiona Garside", "", "true", ""),
    (MEDIA, "always looks at a range of options", "speech", "Oliver Denholm", "say", "false", ""),
    (MEDIA, "give a running commentary on internal documents", "speech", "Oliver Denholm", "say", "false", "second fragment under the same said"),
    (MEDIA, "no decisions have been taken", "speech", "Oliver Denholm", "say", "false", ""),
    (MEDIA, "Minister, are you ruling it out?", "speech", "Fiona Garside", "put", "false", "Garside put it differently: (colon cue)"),
    (MEDIA, "I’m not going to play that game,", "speech", "Oliver Denholm", "say", "false", ""),
    (MEDIA, "Editors will be aware of the clause ... unnecessary intrusion,", "speech", "the Independent Press Standards Organisation", "say", "false", "IPSO = the Independent Press Standards Organisation (fullest name given); Editors’ inside is an apostrophe"),
    (MEDIA, "consider whether to open an investigation of its own volition", "speech", "the Independent Press Standards Organisation", "add", "false", ""),
    (MEDIA, "HOUSE OF PAIN", "term", "", "", "false", "the headline again, as trending phrase"),
]


def find_span(raw, spec, cursor):
    if " ... " in spec:
        head, tail = spec.split(" ... ")
    else:
        head, tail = spec, None
    s = raw.index(head, cursor)
    if tail is None:
        return s, s + len(head)
    e = raw.index(tail, s + len(head)) + len(tail)
    return s, e


OPEN = {"“": "”", '"': '"', "'": "'", "‘": "’"}


def quotes(f, raw):
    rows = []
    cursor = 0
    for (ff, spec, kind, spk, cue, cont, note) in Q:
        if ff != f:
            continue
        s, e = find_span(raw, spec, cursor)
        o, c = raw[s - 1], raw[e]
        assert o in OPEN and OPEN[o] == c, (f, spec, o, c)
        rows.append((s, e, raw[s:e], kind, spk, cue, cont, note))
        cursor = s + 1
    return rows


def check_marks(f, raw, qrows):
    """Every quotation mark is an opening or closing mark of a row; the rest are apostrophes."""
    opens = {s - 1 for (s, *_r) in qrows}
    closes = {e for (_s, e, *_r) in qrows}
    for i, ch in enumerate(raw):
        if ch in "“”\"‘":
            assert i in opens or i in closes, (f, i, raw[i - 20:i + 20])
        if ch in "’'" and (i in opens or i in closes):
            continue
        if ch in "’'":
            # apostrophe: a letter on both sides, or a plural possessive (Editors’)
            assert raw[i - 1].isalpha() and (raw[i + 1].isalpha() or raw[i + 1] == " "), (f, i, raw[i - 20:i + 20])


# ---------------------------------------------------------------- timex
# (file, text, type, value, mod, note), in reading order; located with word boundaries.
T = [
    (LEAD, "Monday", "DATE", "2026-10-12", "", "the Monday before the Thursday 15 October issue"),
    (LEAD, "1958", "DATE", "1958", "", "inside Marwick's quotation; part of the agreement's name but denotes its year"),
    (LEAD, "the next ten years", "DURATION", "P10Y", "", ""),
    (LEAD, "Tuesday evening", "TIME", "2026-10-13TEV", "", ""),
    (LEAD, "the decades ahead", "DURATION", "PXDE", "", "hard call: 'for the decades ahead' read as a vague span of decades (alternative FUTURE_REF)"),
    (LEAD, "two years", "DURATION", "P2Y", "", ""),
    (LEAD, "thirty years", "DURATION", "P30Y", "", ""),
    (LEAD, "2019", "DATE", "2019", "", ""),
    (LEAD, "every day", "SET", "P1D", "", ""),
    (LEAD, "the summer", "DATE", "2026-SU", "", "the summer before the October leader"),
    (LEAD, "three weeks", "DURATION", "P3W", "", "N units + before + event: measure phrase only"),
    (LEAD, "soon", "DATE", "FUTURE_REF", "", ""),
    (LEAD, "five years", "DURATION", "P5Y", "", "inside the term a review after five years"),
    (LEAD, "now", "DATE", "PRESENT_REF", "", "the phrase now in the draft (inside the sentence of the term)"),
    (LEAD, "now", "DATE", "PRESENT_REF", "", "better to find out now"),
    (LEAD, "2036", "DATE", "2036", "", ""),
    (NEWS, "this year", "DATE", "2026", "", ""),
    (NEWS, "Wednesday afternoon", "TIME", "2026-11-18TAF", "", ""),
    (NEWS, "2020", "DATE", "2020", "", ""),
    (NEWS, "2026-27", "DATE", "2026/2027", "", "hard call: the financial year 2026-27 written as a range of years"),
    (NEWS, "2018", "DATE", "2018", "", ""),
    (NEWS, "May 2022", "DATE", "2022-05", "", ""),
    (NEWS, "fifteen years", "DURATION", "P15Y", "", "inside Tetley's quoted phrase"),
    (NEWS, "the spring", "DATE", "2026-SP", "", "spring of the current year"),
    (NEWS, "Tuesday", "DATE", "2026-11-17", "", ""),
    (NEWS, "the end of the financial year", "DATE", "2027-03-31", "", "hard call: the English local-government financial year 2026-27 ends 31 March 2027"),
    (NEWS, "next year", "DATE", "2027", "", "Pell's habitual 'then next year': resolved from the speech date; borderline generic"),
    (NEWS, "January", "DATE", "2026-01", "", ""),
    (NEWS, "six years", "DURATION", "P6Y", "", ""),
    (NEWS, "Now", "DATE", "PRESENT_REF", "", "inside Mistry's quotation"),
    (NEWS, "many years", "DURATION", "PXY", "", ""),
    (NEWS, "Wednesday night", "TIME", "2026-11-18TNI", "", ""),
    (NEWS, "the coming months", "DATE", "FUTURE_REF", "", "hard call: 'in the coming months' as a future reference (alternative DURATION PXM)"),
    (NEWS, "the next two years", "DURATION", "P2Y", "", ""),
    (NEWS, "Christmas", "DATE", "2026-12-25", "", ""),
    (NEWS, "now", "DATE", "PRESENT_REF", "", "For now"),
    (HUST, "twelve minutes", "DURATION", "PT12M", "", "began twelve minutes late"),
    (HUST, "twenty minutes", "DURATION", "PT20M", "", ""),
    (HUST, "six", "TIME", "2026-09-12T18:00", "", "at six (the evening of the hustings)"),
    (HUST, "Saturday afternoon", "TIME", "2026-09-12TAF", "", "the Saturday before the Monday 14 September report"),
    (HUST, "years", "DURATION", "PXY", "", "we have spent years"),
    (HUST, "the afternoon", "TIME", "2026-09-12TAF", "", ""),
    (HUST, "2017", "DATE", "2017", "", ""),
    (HUST, "last year", "DATE", "2025", "", ""),
    (HUST, "future", "DATE", "FUTURE_REF", "", "hard call: 'its future' in the leaflet, possessive excluded; borderline (the party's fate)"),
    (HUST, "December 2019", "DATE", "2019-12", "", ""),
    (HUST, "a few minutes", "DURATION", "PTXM", "", ""),
    (HUST, "then", "TIME", "2026-09-12TAF", "", "anaphoric 'by then' = by that point of the afternoon"),
    (HUST, "the afternoon", "TIME", "2026-09-12TAF", "", ""),
    (HUST, "three weeks", "DURATION", "P3W", "", "in three weeks: measure phrase, preposition excluded"),
    (HUST, "noon on 8 October", "TIME", "2026-10-08T12:00", "", ""),
    (INTV, "26 years", "DURATION", "P26Y", "", ""),
    (INTV, "2011", "DATE", "2011", "", ""),
    (INTV, "now", "DATE", "PRESENT_REF", "", "She is 68 now"),
    (INTV, "the autumn of 2002", "DATE", "2002-FA", "", ""),
    (INTV, "that summer", "DATE", "2002-SU", "", "anaphoric to 2002"),
    (INTV, "August", "DATE", "2002-08", "", ""),
    (INTV, "the September", "DATE", "2002-09", "", "the September of 2002"),
    (INTV, "July 2016", "DATE", "2016-07", "", ""),
    (INTV, "twenty years", "DURATION", "P20Y", "", ""),
    (INTV, "2004", "DATE", "2004", "", ""),
    (INTV, "the decade", "DATE", "200", "", "hard call: did not survive the decade = the 2000s"),
    (INTV, "now", "DATE", "PRESENT_REF", "", "he is now a civil servant"),
    (INTV, "a long time", "DURATION", "PXY", "", "For a long time afterwards; 'afterwards' relational, untagged"),
    (INTV, "years", "DURATION", "PXY", "", "ashamed, for years"),
    (INTV, "now", "DATE", "PRESENT_REF", "", "and now I'm mostly"),
    (MEDIA, "The weekend", "DATE", "2026-W48-WE", "", "in the title; the weekend before the Monday 30 November column (ISO week 48)"),
    (MEDIA, "week", "DATE", "2026-W49", "", "title: the government's week = the week starting on the publication Monday; possessive excluded"),
    (MEDIA, "Saturday morning", "TIME", "2026-11-28TMO", "", ""),
    (MEDIA, "Saturday", "DATE", "2026-11-28", "", ""),
    (MEDIA, "nine on Sunday morning", "TIME", "2026-11-29T09:00", "", ""),
    (MEDIA, "weeks earlier", "DATE", "PAST_REF", "", "hard call: booked weeks earlier, undated -> PAST_REF"),
    (MEDIA, "eleven minutes", "DURATION", "PT11M", "", ""),
    (MEDIA, "years", "DURATION", "PXY", "", "for years"),
    (MEDIA, "the weekend", "DATE", "2026-W48-WE", "", "the weekend's front pages, possessive marker outside"),
    (MEDIA, "Sunday", "DATE", "2026-11-29", "", "their Sunday (possessive excluded)"),
    (MEDIA, "the weekend", "DATE", "2026-W48-WE", "", ""),
    (MEDIA, "Sunday afternoon", "TIME", "2026-11-29TAF", "", ""),
    (MEDIA, "the evening", "TIME", "2026-11-29TEV", "", ""),
    (MEDIA, "Sunday night", "TIME", "2026-11-29TNI", "", ""),
    (MEDIA, "this morning", "TIME", "2026-11-30TMO", "", "publication day"),
    (MEDIA, "the weekend", "DATE", "2026-W48-WE", "", ""),
]
# Positions to skip when searching for a timex (an earlier non-temporal use of the same string).
T_SKIP = {
    (MEDIA, "Sunday"): ["Sunday papers", "Sunday Times", "Sunday shows", "Sunday tabloid"],
    (HUST, "six"): [],
}


def timex(f, raw):
    rows = []
    cursor = 0
    for (ff, text, typ, val, mod, note) in T:
        if ff != f:
            continue
        pat = re.compile(r"(?<![\w-])" + re.escape(text) + r"(?![\w-])")
        skips = T_SKIP.get((f, text), [])
        pos = cursor
        while True:
            m = pat.search(raw, pos)
            assert m, (f, text)
            if any(raw.startswith(sk, m.start()) for sk in skips):
                pos = m.end()
                continue
            break
        rows.append((m.start(), m.end(), text, typ, val, mod, note))
        cursor = m.end()
    return rows


# ---------------------------------------------------------------- themes v2
# Per body paragraph: special_relationship, party_factionalism, iraq_war_intelligence,
# israel_palestine, austerity_inequality, negated, note.
TH = {
    LEAD: [
        ("10000", "", "UK-US defence and technology compact announced"),
        ("10000", "", "terms of the UK-US deal"),
        ("10000", "", "Pentagon's view of the British partner"),
        ("10000", "", "binding UK forces to US standards vs European co-operation"),
        ("10000", "", "sovereignty and a veto over US use of a UK facility"),
        ("10000", "", "the health of the alliance itself"),
        ("10000", "", "timing tied to US politics; 'short of money' is a passing mention, austerity 0"),
        ("10000", "", "borderline: scrutiny and a break clause in the UK-US agreement; still about the alliance's terms"),
    ],
    NEWS: [
        ("00001", "", "council halts all but essential spending"),
        ("00001", "", "budget gap from care and homelessness costs, cuts"),
        ("00001", "", "fifteen years of doing more with less (austerity)"),
        ("00000", "", "hard call: auditor on governance, a failed investment and reserves; financial management, not cuts or poverty"),
        ("00001", "", "library, youth club, bus route cut"),
        ("00001", "", "food bank demand, in-work poverty, welfare assistance"),
        ("00000", "", "hard call: the minister's response and blame; the Labour councillor's heckle is not factional (party vs government)"),
        ("00001", "", "funding gap across councils, more councils failing"),
        ("00001", "", "borderline: non-statutory services put on hold (cuts)"),
    ],
    HUST: [
        ("00000", "", "logistics and scene of the hustings (rule 1)"),
        ("01000", "", "scars of the last leadership election inside the party"),
        ("01000", "", "soft left backing; arguments inside the party"),
        ("01000", "", "the left's candidate; members purged; stage army"),
        ("01000", "", "restoring the whip to suspended MPs"),
        ("01000", "", "the right's slate for the NEC and its attack on the other wing"),
        ("01000", "", "borderline: the two camps' leaflets in the foyer"),
        ("01000", "", "borderline: 'give the keys back to the members' (control of the party)"),
        ("00000", "", "hard call: an MP's verdict on who won the room, the argument and the unions is the race itself (rule 2 / reading v6)"),
    ],
    INTV: [
        ("00000", "", "biography; 'talk about Iraq' is a passing mention"),
        ("00100", "", "pressure on intelligence reporting for the dossier"),
        ("00100", "", "an unvalidated source behind the reporting"),
        ("00100", "", "the Iraq Inquiry's judgement on certainty"),
        ("00100", "", "the prime minister's belief and overconfident intelligence"),
        ("00000", "", "career and family after; the invasion named only as a time"),
        ("00100", "", "what Iraq cost the intelligence service (aftermath)"),
        ("00100", "", "legacy of the war for the credibility of intelligence"),
        ("00000", "", "hard call: her feelings (ashamed, angry) with no statement about the war itself"),
    ],
    MEDIA: [
        ("00000", "", "leaked council tax options: tax, not spending cuts or poverty"),
        ("00000", "", ""),
        ("00000", "", ""),
        ("00000", "", ""),
        ("00000", "", ""),
        ("00000", "", ""),
        ("00000", "", "press regulation"),
        ("00000", "", "hard call: a cabinet leaking against itself is a dispute inside a government, not party factionalism"),
    ],
}
THEMES = ["special_relationship", "party_factionalism", "iraq_war_intelligence", "israel_palestine", "austerity_inequality"]


def themes(f, raw):
    _, body = paragraphs(raw)
    codes = TH[f]
    assert len(codes) == len(body), (f, len(codes), len(body))
    rows = []
    for (s, e), (bits, neg, note) in zip(body, codes):
        rows.append((s, e, raw[s:e], *list(bits), neg, note))
    return rows


def write(name, header, rows):
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    S, QR, TR, THR = [], [], [], []
    for f in FILES:
        raw = raw_of(f)
        srows = sentences(f, raw)
        # coverage: only whitespace between sentences; every body char covered
        _, body = paragraphs(raw)
        for (ps, pe) in body:
            inside = [r for r in srows if ps <= r[0] < pe]
            assert inside[0][0] == ps and inside[-1][1] == pe
            for a, b in zip(inside, inside[1:]):
                assert raw[a[1]:b[0]].strip() == "" and a[1] < b[0]
        qrows = quotes(f, raw)
        check_marks(f, raw, qrows)
        trows = timex(f, raw)
        hrows = themes(f, raw)
        for r in srows:
            S.append((f, *r))
        for r in qrows:
            QR.append((f, *r))
        for r in trows:
            TR.append((f, *r))
        for r in hrows:
            THR.append((f, *r))
    for rows in (S, QR, TR, THR):
        for r in rows:
            raw = raw_of(r[0])
            assert raw[r[1]:r[2]] == r[3], r
    key = lambda r: (r[0], r[1], r[2])
    for name, header, rows in [
        ("sentences.csv", ["source", "start", "end", "text", "notes"], S),
        ("quotes.csv", ["source", "start", "end", "text", "kind", "speaker", "cue", "continuation", "notes"], QR),
        ("timex.csv", ["source", "start", "end", "text", "type", "value", "mod", "notes"], TR),
        ("themes_v2.csv", ["source", "start", "end", "text", *THEMES, "negated", "notes"], THR),
    ]:
        rows.sort(key=key)
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)
    # re-read and verify the written files
    for name in ("sentences.csv", "quotes.csv", "timex.csv", "themes_v2.csv"):
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        prev = None
        for r in rows:
            raw = raw_of(r["source"])
            assert raw[int(r["start"]):int(r["end"])] == r["text"], (name, r)
            k = (r["source"], int(r["start"]), int(r["end"]))
            assert prev is None or k >= prev, (name, r)
            prev = k
        print(name, len(rows), "rows verified")
    # counts per file
    for f in FILES:
        qs = [r for r in QR if r[0] == f]
        print(f, "sentences", sum(r[0] == f for r in S), "quotes", len(qs),
              "speech", sum(r[4] == "speech" for r in qs), "term", sum(r[4] == "term" for r in qs),
              "timex", sum(r[0] == f for r in TR), "paragraphs", sum(r[0] == f for r in THR),
              "themes", [sum(int(r[4 + i]) for r in THR if r[0] == f) for i in range(5)])


if __name__ == "__main__":
    main()
