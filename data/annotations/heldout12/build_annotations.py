"""Build the heldout12 gold files from the hand-marked texts and the hand decisions below.

Markers in marked/<file>.txt: ¦ between two sentences of a paragraph, « » just inside the
quotation marks of every quotation span, ⟨ ⟩ around every temporal expression. The script strips
the markers (writing data/heldout12/<file>.txt), computes offsets from the marker positions, pairs
every span / body paragraph in text order with its decision below (each decision carries a snippet
checked against its span), verifies everything and writes sentences.csv, quotes.csv, timex.csv,
themes_v2.csv in this folder.

Run: /work/main/.venv/bin/python data/annotations/heldout12/build_annotations.py
"""
import os
import re
import sys

import pandas as pd

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from parse_marked import FILES, MARKED, parse, paragraphs  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.normpath(os.path.join(HERE, "..", "..", "heldout12"))

S, T = "speech", "term"

# ---------------------------------------------------------------- quotes
# (snippet at the start of the span, kind, speaker, cue, continuation, note)
QUOTES = {
    "heldout12_spending_review.txt": [
        ("turn the page", S, "Miriam Castell", "promise", False,
         "promised MPs a settlement that would ...: the promise verb governs the fragment"),
        ("We are choosing", S, "Miriam Castell", "tell", False, ""),
        ("That is what a responsible", S, "Miriam Castell", "", True, ""),
        ("This is austerity", S, "Priya Halloran", "say", False, "inverted tag: said Priya Halloran"),
        ("The Chancellor has been careful", S, "Priya Halloran", "", True, "two sentences in one span"),
        ("essentially no improvement", S, "Priya Halloran", "add", False, "She added that ... fragment"),
        ("borrowing to prop up", S, "Edmund Pryce", "accuse", False, "accused Castell of ..."),
        ("written for the Labour", S, "Edmund Pryce", "say", False, ""),
        ("She is spending money", S, "Edmund Pryce", "say", False, "own cue, so not a continuation"),
        ("We were told the cavalry", S, "Dawn Ashworth", "say", False, ""),
        ("What arrived", S, "Dawn Ashworth", "", True, ""),
        ("every pound we put", S, "Dawn Ashworth", "say", False,
         "she said, so that ...: the tag in the same sentence attributes the fragment"),
        ("I’ve got children", S, "Gareth Linwood", "say", False, ""),
        ("The Chancellor talks about", S, "Gareth Linwood", "", True, "two sentences in one span"),
        ("misleading", S, "a Treasury source", "insist", False, ""),
        ("sticking plaster", T, "", "", False,
         "political label (the government's own slogan) held at a distance; no utterance on an occasion"),
    ],
    "heldout12_deputy_hustings.txt": [
        ("I am not here", S, "Sarah Okonjo", "say", False, ""),
        ("I am here because", S, "Sarah Okonjo", "", True, ""),
        ("a leadership with", S, "Sarah Okonjo", "line", False,
         "Her line that ...: the noun 'line' (her stock phrase in the speech) taken as the cue, like 'admission'; "
         "with no cue it would be a continuation"),
        ("stand outside the tent", S, "Tom Marchetti", "say", False,
         "fragment inside narration; tag 'he said' follows later in the sentence"),
        ("The job of a deputy", S, "Tom Marchetti", "", True, "three sentences in one span"),
        ("When Number 10 briefs", S, "Liam Crossley", "say", False, "holds a nested double-quoted span"),
        ("a problem to be managed", S, "Number 10", "brief", False,
         "nested: words Crossley attributes to Downing Street briefings; nested rows never continuations"),
        ("It is a purge", S, "Liam Crossley", "", True,
         "previous top-level speech span is Crossley's (the nested row does not count)"),
        ("completely rejected", S, "a spokesman for Okonjo", "say", False, ""),
        ("entitled to his opinion", S, "Marchetti’s team", "say", False, "collective source"),
        ("We’re not kingmakers", S, "Karen Duffy", "", False,
         "attributed by context (Duffy laughed.); new speaker, so not a continuation"),
        ("Though if she happens", S, "Karen Duffy", "", True,
         "introduced by 'Then, after a pause:' (no reporting verb)"),
        ("stops the sniping", S, "Bernadette", "say", False, "member named by first name only"),
        ("I’ve been through Militant", S, "Bernadette", "say", False, ""),
        ("Every time we fight", S, "Bernadette", "", True, ""),
        ("The sniping is the only", S, "Ahmed", "say", False, ""),
        ("Nobody in Downing Street", S, "Ahmed", "", True, ""),
        ("Everyone says this", S, "one regional organiser", "say", False, "anonymous source, 'they said'"),
        ("The right wants", S, "one regional organiser", "", True, "three sentences in one span"),
    ],
    "heldout12_trade_talks.txt": [
        ("warm", S, "officials on both sides", "describe", False, "described the mood as ..."),
        ("real", S, "officials on both sides", "describe", False,
         "same 'described' governs the second fragment (... and the gaps as ...)"),
        ("The relationship between", S, "Daniel Ferris", "tell", False, ""),
        ("We have moved", S, "Daniel Ferris", "", True, "two sentences in one span"),
        ("our oldest and closest", S, "Karen Whitlow", "call", False, "what she called ..."),
        ("We're not going to", S, "Karen Whitlow", "say", False, ""),
        ("The UK knows that", S, "Karen Whitlow", "", True, ""),
        ("special relationship", T, "", "", False, "the label held at a distance by the writer"),
        ("a betrayal of every", S, "Helen Garside", "say", False, ""),
        ("We were told in black", S, "Helen Garside", "say", False, ""),
        ("If the government trades", S, "Helen Garside", "", True, ""),
        ("doesn't get a vote", S, "a senior aide to the senator", "say", False,
         "the aide said afterwards that ... fragment; the words are the aide's (not the senator's)"),
        ("The senator likes", S, "a senior aide to the senator", "say", False, "'the aide said'"),
        ("But when a British minister", S, "a senior aide to the senator", "", True,
         "holds two nested single-quoted spans"),
        ("high standards", S, "a British minister", "say", False,
         "nested: generic/hypothetical words put in a British minister's mouth (speech, as hypothetical words count)"),
        ("keep out", T, "", "", False,
         "nested: what the farmers 'hear' - the aide's gloss, not anyone's utterance; term"),
        ("red, but not necessarily", S, "one British official", "say", False,
         "One British official involved in the talks said ..."),
        ("optimistic", S, "Daniel Ferris", "say", False, ""),
        ("the end of the year", S, "Daniel Ferris", "say", False,
         "second fragment under the same 'Ferris said'; the whole span is also a timex"),
    ],
    "heldout12_chilcot_anniversary.txt": [
        ("When he said it wasn’t", S, "Margaret Heald", "say", False, ""),
        ("I didn’t.", S, "Margaret Heald", "", True, "two sentences in one span"),
        ("was not a last resort", S, "the Iraq Inquiry", "finding", False,
         "the report's published words (real wording); cue = the noun 'findings' governing the list of that-clauses"),
        ("presented with a certainty", S, "the Iraq Inquiry", "finding", False, "same 'findings' governs the list"),
        ("wholly inadequate", S, "the Iraq Inquiry", "finding", False, "same 'findings' governs the list"),
        ("It treats the decision", S, "Richard Aske", "say", False, ""),
        ("All true.", S, "Richard Aske", "", True, "three sentences in one span"),
        ("I will be with you", S, "Tony Blair", "write", False,
         "Blair's note to Bush as published in the report: in which he wrote: ..."),
        ("the most expensive six", S, "Richard Aske", "call", False, "Aske calls it ..."),
        ("sexed up", T, "", "", False,
         "the well-worn charge held at a distance (a label of the lesson 'most often drawn'), no speaker on an occasion"),
        ("The assessments themselves", S, "Nadia Corrigan", "say", False, ""),
        ("What happened was", S, "Nadia Corrigan", "", True, "holds two nested single-quoted words"),
        ("may", T, "", "", False, "nested: a word under discussion"),
        ("has", T, "", "", False, "nested: a word under discussion"),
        ("Iraq killed the idea", S, "Owen Lathbury", "say", False, ""),
        ("Look at 2013", S, "Owen Lathbury", "", True, "three sentences in one span"),
        ("a marriage in which", S, "Owen Lathbury", "describe", False, "which he describes as ..."),
        ("I want someone", S, "Margaret Heald", "", False,
         "cue-less: the tag 'she says' is in the previous sentence (What she wants now, she says, is simpler.); "
         "speaker changes from Lathbury, so not a continuation"),
        ("We got it wrong", S, "someone", "say", False,
         "nested: the words she wants someone to say (hypothetical speech); speaker only 'someone'"),
        ("lessons have been learned", T, "", "", False,
         "nested: the official stock phrase she rejects - a label, not an utterance on an occasion"),
        ("Every generation", S, "Richard Aske", "say", False, ""),
        ("Almost none", S, "Richard Aske", "", True, ""),
    ],
    "heldout12_un_debate_sketch.txt": [
        ("a two-state solution", T, "", "", False,
         "stock phrases of ministers 'for decades' listed as phrases (the speech was 'assembled' from them): "
         "vocabulary held at a distance; borderline with speech of Rebecca Thorne"),
        ("a credible political", T, "", "", False, "as the previous row"),
        ("Israel’s right to defend", T, "", "", False, "as the previous row; Israel’s has an apostrophe"),
        ("the humanitarian catastrophe", S, "Rebecca Thorne", "say", False, "she said, because ..."),
        ("continue to stand", S, "Rebecca Thorne", "add", False, "she added"),
        ("standing with Israel", T, "", "", False,
         "a phrase whose meaning Qureshi questions (asked whether '...' included ...); cf. the nurse's "
         "'wipe the slate clean' in the guideline"),
        ("Because if it does", S, "Naz Qureshi", "say", False, "split quotation, first piece"),
        ("the Foreign Secretary should", S, "Naz Qureshi", "say", False, "split quotation, second piece"),
        ("kept under constant review", S, "Rebecca Thorne", "reply", False, "Thorne replied that ..."),
        ("in the national interest", S, "Hugo Bannatyne", "announce", False, ""),
        ("significant number", S, "Clive Warrender", "announce", False,
         "'Sir Clive Warrender': title dropped from the name"),
        ("two years and forty", S, "Alasdair Fenwick", "wish", False,
         "said his party would support ... but wished it had come '...': the nearer verb 'wished' governs the span"),
        ("even to the most serious", S, "the Speaker", "remind", False, "the Speaker is not named"),
        ("Then it should apply", S, "Yusuf Darr", "say", False, ""),
        ("those who want to use", S, "Gavin Rusk", "warn", False, "rose to warn that ..."),
        ("Hear, hear", S, "Naz Qureshi", "record", False,
         "the words Hansard will put in her mouth, which the writer says she did not say (negated speech counts); "
         "cue 'record'"),
        ("Half our side", S, "a Labour MP from the party’s right", "say", False, ""),
        ("The other half", S, "a Labour MP from the party’s right", "", True, "two sentences in one span"),
    ],
}

# ---------------------------------------------------------------- timex
# (exact text, type, value, mod, note)
D, TI, DU, SE = "DATE", "TIME", "DURATION", "SET"
TIMEX = {
    "heldout12_spending_review.txt": [
        ("yesterday afternoon", TI, "2026-06-24TAF", "", "publication 2026-06-25; the statement was on the Wednesday"),
        ("a decade", DU, "P1DE", "", "inside the Chancellor's quotation"),
        ("the past 15 years", DU, "P15Y", "", ""),
        ("a year", SE, "P1Y", "", "rate 'per cent a year' read as annually"),
        ("the next three years", DU, "P3Y", "", ""),
        ("2029", D, "2029", "", "by 2029"),
        ("this morning", TI, "2026-06-25TMO", "", ""),
        ("the 2010s", D, "201", "", "decade"),
        ("next year", D, "2027", "", "calendar reading of 'next year' from 2026"),
        ("between 2010 and 2019", D, "2010/2019", "", "range, between included"),
        ("the past fortnight", DU, "P2W", "", ""),
        ("now", D, "PRESENT_REF", "", "she now expects"),
        ("2019", D, "2019", "", "since 2019"),
        ("yesterday", D, "2026-06-24", "", ""),
        ("September", D, "2026-09", "", "the coming pay award"),
        ("now", D, "PRESENT_REF", "", ""),
        ("a Monday", SE, "XXXX-WXX-1", "", "habitual 'arriving on a Monday' = any Monday"),
        ("Friday", D, "XXXX-WXX-5", "", "the Friday before that generic Monday; unresolvable"),
        ("March", D, "2026-03", "", "the benefits freeze announced in March of the publication year"),
    ],
    "heldout12_deputy_hustings.txt": [
        ("yesterday afternoon", TI, "2026-02-14TAF", "", "publication Sunday 2026-02-15"),
        ("six o’clock", TI, "2026-02-14T18:00", "", ""),
        ("almost two hours", DU, "PT2H", "LESS_THAN", "'almost' like 'nearly'"),
        ("December", D, "2025-12", "", "the previous December"),
        ("19 months", DU, "P19M", "", "19 months into its first term (July 2024 + 19 months)"),
        ("the afternoon", TI, "2026-02-14TAF", "", "the hustings afternoon"),
        ("ten years", DU, "P10Y", "", "in Marchetti's quotation"),
        ("last month", D, "2026-01", "", ""),
        ("1983", D, "1983", "", ""),
        ("the Blair years", D, "1997/2007", "", "a named period (Blair's premiership, 1997-2007) inside Bernadette's quotation; "
         "tagged because 'years' makes it a stretch of time, unlike a bare event name"),
        ("now", D, "PRESENT_REF", "", "'or Reform now' inside Bernadette's quotation"),
        ("2 March", D, "2026-03-02", "", ""),
        ("Saturday 28 March", D, "2026-03-28", "", ""),
        ("then", D, "2026-03-28", "", "anaphoric 'By then' = the result on 28 March"),
    ],
    "heldout12_trade_talks.txt": [
        ("Wednesday evening", TI, "2026-03-18TEV", "", "publication Thursday 2026-03-19"),
        ("two days", DU, "P2D", "", ""),
        ("last year", D, "2025", "", ""),
        ("eight months", DU, "P8M", "", "possessive 'his' excluded"),
        ("2020", D, "2020", "", "since 2020, in Whitlow's quotation"),
        ("2016", D, "2016", "", "since 2016"),
        ("last May", D, "2025-05", "", "the May before March 2026"),
        ("Tuesday", D, "2026-03-17", "", ""),
        ("months", DU, "PXM", "", "for months (vague)"),
        ("the week of 15 June", D, "2026-W25", "", "Monday 15 June 2026 opens ISO week 25"),
        ("the end of the year", D, "2026", "END", "inside Ferris's quoted fragment"),
    ],
    "heldout12_chilcot_anniversary.txt": [
        ("Ten years", DU, "P10Y", "", "in the title: 'Ten years after Chilcot' (measure phrase, 'after' + event left out)"),
        ("the morning of 6 July 2016", TI, "2016-07-06TMO", "", ""),
        ("seven years", DU, "P7Y", "", "the inquiry's seven years (2009-2016)"),
        ("August 2006", D, "2006-08", "", ""),
        ("years", DU, "PXY", "", "for years, in Heald's quotation"),
        ("Monday", D, "2026-07-06", "", "publication Saturday 2026-07-04; the tenth anniversary"),
        ("ten years", DU, "P10Y", "", ""),
        ("that time", D, "2003-03", "", "military action at that time = the invasion, March 2003 (historical anchor)"),
        ("2002", D, "2002", "", ""),
        ("then", D, "2002", "", "anaphoric 'then a senior official' = in 2002"),
        ("the summer of 2002", D, "2002-SU", "", "inside Aske's quotation"),
        ("28 July 2002", D, "2002-07-28", "", ""),
        ("that summer", D, "2002-SU", "", "anaphoric: the summer of the July 2002 note"),
        ("five years", DU, "P5Y", "", ""),
        ("2004", D, "2004", "", ""),
        ("next spring", D, "2027-SP", "", ""),
        ("2013", D, "2013", "", "inside Lathbury's quotation (the Syria vote)"),
        ("2017", D, "2017", "", ""),
        ("now", D, "PRESENT_REF", "", ""),
        ("A decade", DU, "P1DE", "", "'A decade on'"),
    ],
    "heldout12_un_debate_sketch.txt": [
        ("five hours", DU, "PT5H", "", "in the title"),
        ("one o’clock yesterday afternoon", TI, "2026-04-21T13:00", "",
         "one composite expression; publication Wednesday 2026-04-22"),
        ("decades", DU, "PXDE", "", "for decades (vague)"),
        ("last summer", D, "2025-SU", "", ""),
        ("January", D, "2026-01", "", ""),
        ("roughly 1997", D, "1997", "APPROX", "'since roughly 1997'"),
        ("ten minutes", DU, "PT10M", "", "Within ten minutes"),
        ("two years", DU, "P2Y", "", "'two years and forty thousand lives ago': measure phrase only, 'ago' left out "
         "(cf. the 'N units + before/after' rule)"),
        ("2024", D, "2024", "", ""),
        ("four minutes", DU, "PT4M", "", "possessive 'his' excluded"),
        ("the afternoon", TI, "2026-04-21TAF", "", ""),
        ("ten past six", TI, "2026-04-21T18:10", "", ""),
        ("last month", D, "2026-03", "", ""),
        ("now", D, "PRESENT_REF", "", ""),
        ("this morning", TI, "2026-04-22TMO", "", "the morning of publication"),
    ],
}

# ---------------------------------------------------------------- themes
# (snippet at the start of the paragraph, SR, PF, IRAQ, IP, AUS, negated, note)
THEMES = {
    "heldout12_spending_review.txt": [
        ("When Miriam Castell", 0, 0, 0, 0, 1, "",
         "borderline: the settlement and 'a decade of managed decline' (the austerity years); one weak cue, article context decides"),
        ("The headline numbers", 0, 0, 0, 0, 1, "", "spending levels 'generous by the standards of the past 15 years'"),
        ("Yet the Treasury", 0, 0, 0, 0, 1, "", "real-terms cuts to unprotected departments"),
        ("“This is austerity", 0, 0, 0, 0, 1, "", ""),
        ("The shadow chancellor", 0, 0, 0, 0, 1, "",
         "borrowing row and the 2010-2019 cuts to local government; 'written for the Labour backbenches' is a jibe, not factional struggle"),
        ("For councils", 0, 0, 0, 0, 1, "", "a Labour council leader criticising a Labour Chancellor's policy is not factionalism"),
        ("At St Aidan’s", 0, 0, 0, 0, 1, "", "free school meals, hungry children"),
        ("The Treasury’s distributional", 0, 0, 0, 0, 1, "", ""),
    ],
    "heldout12_deputy_hustings.txt": [
        ("The three candidates", 0, 1, 0, 0, 0, "",
         "borderline: 'promising unity' then why the others cannot be trusted with it; context (proxy war) decides"),
        ("The contest, triggered", 0, 1, 0, 0, 0, "",
         "referendum on the government's direction; factional champions denied officially, affirmed unofficially (not all negated)"),
        ("Sarah Okonjo", 0, 1, 0, 0, 0, "", "soft left; members vs leadership ('a leadership with a membership attached')"),
        ("Tom Marchetti", 0, 1, 0, 0, 0, "", "the right; 'an opposition inside the government', the party turning in on itself"),
        ("Liam Crossley", 0, 1, 0, 0, 0, "", "Campaign Group; Number 10 vs the left, 'purge'"),
        ("Okonjo has the backing", 0, 1, 0, 0, 0, "",
         "borderline: an affiliated union backing a candidate to pull the government leftward (more than a bare endorsement)"),
        ("Members were less", 0, 1, 0, 0, 1, "",
         "infighting (Militant, 'fight each other', sniping); austerity borderline 1: Ahmed's claim that Downing Street "
         "ignored the two-child limit (a welfare cut) until the left pushed is a statement about the policy, not a list mention"),
        ("One regional organiser", 0, 1, 0, 0, 0, "",
         "'this isn't a factional contest' is denied in the same breath, so not negated"),
        ("Ballots open", 0, 1, 0, 0, 0, "",
         "borderline: the timetable (0 alone) plus 'the place where it argues about everything else'"),
    ],
    "heldout12_trade_talks.txt": [
        ("Britain's Business Secretary", 1, 0, 0, 0, 0, "", "UK-US trade talks"),
        ("Ferris, who has made", 1, 0, 0, 0, 0, "", ""),
        ("The American side", 1, 0, 0, 0, 0, "", ""),
        ("For British ministers", 1, 0, 0, 0, 0, "", "the 'special relationship' and trade since 2016"),
        ("Those are the questions", 1, 0, 0, 0, 0, "",
         "the concession is one to the US (context resolves 'the government trades them away'); food standards not austerity"),
        ("On Capitol Hill", 1, 0, 0, 0, 0, "", ""),
        ("Downing Street will not", 1, 0, 0, 0, 0, "", "London's negotiating posture towards Washington"),
        ("The next round", 1, 0, 0, 0, 0, "",
         "Labour MPs in rural seats hoping the minister is wrong: not a factional struggle (PF 0)"),
    ],
    "heldout12_chilcot_anniversary.txt": [
        ("On the morning", 0, 0, 1, 0, 0, "", "son killed in Basra; the inquiry's verdict"),
        ("On Monday it will", 0, 0, 1, 0, 0, "", "the report's findings; no UK-US content"),
        ("For those who were", 1, 0, 1, 0, 0, "", "nobody in London prepared to tell Washington no"),
        ("The report published", 1, 0, 1, 0, 0, "", "Blair's note to Bush; timetable set in Washington"),
        ("Nadia Corrigan", 0, 0, 1, 0, 0, "", "intelligence assessments and the dossier"),
        ("The historian Owen", 1, 0, 1, 0, 0, "",
         "private understanding with an American president; the alliance as 'a marriage'"),
        ("For Margaret Heald", 0, 0, 1, 0, 0, "", "prosecution of Blair over the war; 'your son died for our mistake'"),
        ("A decade on", 1, 0, 1, 0, 0, "",
         "SR borderline: 'whom it asks first' read, with the article's context, as Washington (one weak cue)"),
    ],
    "heldout12_un_debate_sketch.txt": [
        ("There is a particular", 0, 0, 0, 1, 0, "", "UN resolution: ceasefire in Gaza, Palestinian state"),
        ("Thorne’s speech", 0, 1, 0, 1, 0, "",
         "PF borderline: the two halves of the policy cheered 'by different halves of the Labour benches' (a split inside Labour)"),
        ("Behind her", 0, 1, 0, 1, 0, "", "Labour left vs its front bench, whip withdrawn; arms licences to Israel"),
        ("The Conservatives had", 0, 1, 0, 1, 0, "",
         "Tory split over how to vote; IP borderline 1: 'the resolution' (resolved from the article: the UN resolution on "
         "Gaza) and the party's stance on it (abstain / vote against) is the conflict's diplomacy"),
        ("The Liberal Democrats", 0, 0, 0, 1, 0, "", "lives lost, children killed in Khan Younis, 'the bombs'"),
        ("It was the Labour", 0, 1, 0, 1, 0, "", "internal scores, left vs right; sold out Israel / Gaza"),
        ("When the division", 0, 0, 0, 1, 0, "",
         "'the Conservatives split three ways' is a vote tally in passing: PF 0 (hard call); the bombardment of Gaza: IP 1"),
    ],
}

THEME_COLS = ["special_relationship", "party_factionalism", "iraq_war_intelligence",
              "israel_palestine", "austerity_inequality"]
OPEN = {"“", "‘"}
CLOSE = {"”", "’"}
STRAIGHT = {'"', "'"}


def is_apostrophe(raw, i):
    prev = raw[i - 1] if i > 0 else " "
    nxt = raw[i + 1] if i + 1 < len(raw) else " "
    if prev.isalnum() and nxt.isalnum():
        return True  # Labour’s, o’clock, We're
    if prev == "s" and not nxt.isalnum():
        return True  # plural possessive: Democrats’ spokesman, Farmers' Union
    return False


def build(fname):
    marked = open(os.path.join(MARKED, fname), encoding="utf-8").read()
    raw, qspans, tspans, breaks = parse(marked)
    src = os.path.join(TEXTS, fname)
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(raw)
    assert open(src, encoding="utf-8").read() == raw
    paras = paragraphs(raw)
    assert paras[0][2] and all(not p[2] for p in paras[1:])
    body = [(s, e) for s, e, t in paras if not t]
    title_end = paras[0][1]

    # sentences: split each body paragraph at the break markers, strip whitespace
    sents = []
    for b in breaks:
        assert any(s < b < e for s, e in body), f"{fname}: break outside a body paragraph at {b}"
    for ps, pe in body:
        cuts = [ps] + [b for b in breaks if ps < b < pe] + [pe]
        covered = []
        for a, z in zip(cuts, cuts[1:]):
            seg = raw[a:z]
            lead = len(seg) - len(seg.lstrip())
            trail = len(seg) - len(seg.rstrip())
            s, e = a + lead, z - trail
            assert e > s, f"{fname}: empty sentence at {a}"
            sents.append((s, e))
            covered.append((s, e))
        # coverage up to whitespace
        mask = [False] * (pe - ps)
        for s, e in covered:
            for k in range(s, e):
                mask[k - ps] = True
        for k, m in enumerate(mask):
            assert m or raw[ps + k].isspace(), f"{fname}: uncovered char {raw[ps + k]!r} at {ps + k}"
        # each non-final sentence ends with terminal punctuation (+ closing marks)
        for s, e in covered[:-1]:
            assert re.search(r"[.?!][”’\"']*$", raw[s:e]), f"{fname}: odd sentence end {raw[s:e][-30:]!r}"

    # quotes
    qdec = QUOTES[fname]
    assert len(qdec) == len(qspans), f"{fname}: {len(qspans)} quote spans, {len(qdec)} decisions"
    qrows = []
    for (s, e, depth), (snip, kind, spk, cue, cont, note) in zip(qspans, qdec):
        text = raw[s:e]
        assert text.startswith(snip), f"{fname}: quote snippet {snip!r} vs {text[:40]!r}"
        assert s > title_end, f"{fname}: quote in title"
        assert raw[s - 1] in OPEN | STRAIGHT, f"{fname}: no opening mark before {text[:30]!r}"
        para_end = [pe for ps, pe in body if ps <= s < pe][0]
        assert e == para_end or raw[e] in CLOSE | STRAIGHT, f"{fname}: no closing mark after {text[-30:]!r}"
        if kind == T:
            assert spk == "" and cue == "" and not cont
        if cont:
            assert cue == ""
        if depth > 0:
            assert not cont, "nested rows are never continuations"
        qrows.append(dict(source=fname, start=s, end=e, text=text, kind=kind, speaker=spk, cue=cue,
                          continuation=str(cont).lower(), notes=(("nested; " if depth else "") + note).strip("; ")))
    # continuation consistency: true iff no cue and same speaker as previous top-level speech span
    prev = None
    for (s, e, depth), r in zip(qspans, qrows):
        if depth == 0 and r["kind"] == S:
            if r["continuation"] == "true":
                assert prev is not None and prev == r["speaker"], f"{fname}: continuation speaker {r['text'][:30]!r}"
            elif r["cue"] == "" and prev == r["speaker"]:
                raise AssertionError(f"{fname}: cue-less same-speaker span not marked continuation {r['text'][:30]!r}")
            prev = r["speaker"]
    # proper nesting
    for i, (s1, e1, _) in enumerate(qspans):
        for s2, e2, _ in qspans[i + 1:]:
            assert e2 <= s1 or s2 >= e1 or (s1 <= s2 and e2 <= e1), f"{fname}: crossing quote spans"

    # quotation-mark inventory
    bounds_open = {s - 1 for s, e, d in qspans}
    bounds_close = {e for s, e, d in qspans}
    inv = {"open": 0, "close": 0, "apostrophe": 0}
    for i, ch in enumerate(raw):
        if ch in OPEN:
            assert i in bounds_open, f"{fname}: stray opening mark at {i}: {raw[i-20:i+20]!r}"
            inv["open"] += 1
        elif ch in CLOSE or ch in STRAIGHT:
            if i in bounds_close and not (ch in STRAIGHT and i in bounds_open):
                inv["close"] += 1
            elif ch in STRAIGHT and i in bounds_open:
                inv["open"] += 1
            else:
                assert ch in {"’", "'"} and is_apostrophe(raw, i), \
                    f"{fname}: mark {ch!r} at {i} neither bounds a span nor is an apostrophe: {raw[i-20:i+20]!r}"
                inv["apostrophe"] += 1
    for s, e, d in qspans:
        if e in bounds_close:
            pass

    # timex
    tdec = TIMEX[fname]
    assert len(tdec) == len(tspans), f"{fname}: {len(tspans)} timex spans, {len(tdec)} decisions"
    trows = []
    for (s, e), (snip, typ, val, mod, note) in zip(tspans, tdec):
        assert raw[s:e] == snip, f"{fname}: timex {snip!r} vs {raw[s:e]!r}"
        trows.append(dict(source=fname, start=s, end=e, text=raw[s:e], type=typ, value=val, mod=mod, notes=note))
    for (s1, e1), (s2, e2) in zip(tspans, tspans[1:]):
        assert e1 <= s2, f"{fname}: overlapping timex"

    # themes
    hdec = THEMES[fname]
    assert len(hdec) == len(body), f"{fname}: {len(body)} paragraphs, {len(hdec)} theme rows"
    hrows = []
    for (s, e), (snip, *codes, neg, note) in zip(body, hdec):
        text = raw[s:e]
        assert text.startswith(snip), f"{fname}: theme snippet {snip!r} vs {text[:40]!r}"
        row = dict(source=fname, start=s, end=e, text=text)
        row.update(dict(zip(THEME_COLS, codes)))
        for t in [x for x in neg.split(";") if x]:
            assert row[t] == 1
        row.update(negated=neg, notes=note)
        hrows.append(row)

    srows = [dict(source=fname, start=s, end=e, text=raw[s:e]) for s, e in sents]
    for rows in (srows, qrows, trows, hrows):
        for r in rows:
            assert raw[r["start"]:r["end"]] == r["text"]
        assert [r["start"] for r in rows] == sorted(r["start"] for r in rows)
    return srows, qrows, trows, hrows, inv, raw


def main():
    allrows = {"sentences": [], "quotes": [], "timex": [], "themes_v2": []}
    for f in FILES:
        srows, qrows, trows, hrows, inv, raw = build(f)
        allrows["sentences"] += srows
        allrows["quotes"] += qrows
        allrows["timex"] += trows
        allrows["themes_v2"] += hrows
        print(f"{f}: words {len(raw.split())}, sentences {len(srows)}, quotes {len(qrows)}, "
              f"timex {len(trows)}, paragraphs {len(hrows)}, marks {inv}")
    cols = {
        "sentences": ["source", "start", "end", "text"],
        "quotes": ["source", "start", "end", "text", "kind", "speaker", "cue", "continuation", "notes"],
        "timex": ["source", "start", "end", "text", "type", "value", "mod", "notes"],
        "themes_v2": ["source", "start", "end", "text"] + THEME_COLS + ["negated", "notes"],
    }
    for name, rows in allrows.items():
        pd.DataFrame(rows, columns=cols[name]).to_csv(os.path.join(HERE, f"{name}.csv"), index=False)
    # re-read and check against the texts
    for name in allrows:
        df = pd.read_csv(os.path.join(HERE, f"{name}.csv"), keep_default_na=False, dtype=str)
        for r in df.itertuples():
            raw = open(os.path.join(TEXTS, r.source), encoding="utf-8").read()
            assert raw[int(r.start):int(r.end)] == r.text, (name, r)
    meta = pd.DataFrame({"file": FILES, "date": ["2026-06-25", "2026-02-15", "2026-03-19", "2026-07-04", "2026-04-22"]})
    meta.to_csv(os.path.join(TEXTS, "metadata.csv"), index=False)
    print("all checks passed")


if __name__ == "__main__":
    main()
