"""Build the heldout5 gold files from hand decisions and verify every offset.

Standalone (standard library + pandas not needed): run with any Python 3.
    python data/annotations/heldout5/build_annotations.py          # write CSVs
    python data/annotations/heldout5/build_annotations.py --check  # verify only

Every decision below was made by hand by the annotator (helper session, branch
wt-heldout5). The script only (a) cuts paragraphs, (b) proposes sentence ends
with a plain punctuation rule that the annotator then reviewed sentence by
sentence (reviewed exceptions are listed in SENT_NO_SPLIT / SENT_SPLIT),
(c) finds quotation spans by their marks and pairs them, in order, with the
hand-written quote decisions (each decision carries the first words of its span,
checked), (d) finds each hand-listed temporal expression by its text and
occurrence number, and (e) checks raw[start:end] == text, sorting, overlap and
coverage.
"""
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
TEXT_DIR = os.path.join(ROOT, "data", "heldout5")

FILES = [
    "heldout5_budget_report.txt",
    "heldout5_camp_david.txt",
    "heldout5_column_okafor.txt",
    "heldout5_probert_appreciation.txt",
    "heldout5_stevenage_doorstep.txt",
]

# files whose primary quotation marks are British single quotes
SINGLE_PRIMARY = {"heldout5_stevenage_doorstep.txt"}
# file with one paragraph per line (no blank lines)
LINE_PARAS = {"heldout5_probert_appreciation.txt"}


def read(name):
    with open(os.path.join(TEXT_DIR, name), encoding="utf-8") as fh:
        return fh.read()


def blocks(name, raw):
    """Return (title_span, [body paragraph spans]) as (start, end)."""
    sep = "\n" if name in LINE_PARAS else "\n\n"
    spans = []
    pos = 0
    for piece in raw.split(sep):
        s = pos
        e = pos + len(piece)
        pos = e + len(sep)
        # strip surrounding whitespace
        while s < e and raw[s].isspace():
            s += 1
        while e > s and raw[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans[0], spans[1:]


# ---------------------------------------------------------------- sentences
CLOSERS = "\"'”’)]"
# a sentence end: . ? ! followed by optional closers, whitespace, then an
# upper-case letter, a digit or an opening mark
END_RE = re.compile(r"[.?!][" + re.escape(CLOSERS) + r"]*(?=\s+[A-Z0-9“‘\"'(])")

# reviewed exceptions: (file, text just before the candidate boundary) that is NOT a boundary
SENT_NO_SPLIT = set()
# reviewed extra boundaries: (file, text that ends a sentence) where the rule found none
SENT_SPLIT = set()


def sentences(name, raw, para):
    s, e = para
    out = []
    cur = s
    for m in END_RE.finditer(raw, s, e):
        end = m.end()
        if any(name == f and raw[:end].endswith(t) for f, t in SENT_NO_SPLIT):
            continue
        out.append((cur, end))
        cur = end
        while cur < e and raw[cur].isspace():
            cur += 1
    out.append((cur, e))
    return out


# ---------------------------------------------------------------- quotes
def quote_spans(name, raw):
    """All quotation spans (inner offsets), outer before nested, in text order."""
    spans = []
    if name in SINGLE_PRIMARY:
        # ‘ opens; the closing ’ is the first ’ not followed by a letter
        # (’ followed by a letter is an apostrophe: I’ve, rent’s, Reform’s)
        for m in re.finditer("‘", raw):
            i = m.end()
            j = i
            while True:
                j = raw.index("’", j)
                nxt = raw[j + 1] if j + 1 < len(raw) else "\n"
                if not nxt.isalpha():
                    break
                j += 1
            spans.append((i, j))
        for m in re.finditer("“([^”]*)”", raw):
            spans.append((m.start(1), m.end(1)))
    else:
        for m in re.finditer("“([^”“]*)”", raw):
            spans.append((m.start(1), m.end(1)))
        assert "‘" not in raw, name
    spans.sort(key=lambda t: (t[0], -t[1]))
    return spans


# (first words of span, kind, speaker, cue, continuation, note)
Q = {}
Q["heldout5_column_okafor.txt"] = [
    ("second act", "speech", "Daniel Okafor", "suggest", "false",
     "fragment of what Okafor said in cabinet (reported via 'I am told'); speech, not a scare quote, because a specific occasion and a reporting verb are given"),
    ("He didn’t name her,", "speech", "a cabinet minister", "tell", "false", ""),
    ("He didn’t have to.", "speech", "a cabinet minister", "", "true", ""),
    ("I have the only job", "speech", "Daniel Okafor", "answer", "false",
     "introduced by colon after 'he gave the answer': noun cue answer"),
    ("We have spent two years", "speech", "Daniel Okafor", "say", "false", ""),
    ("Patience is not a policy.", "speech", "Daniel Okafor", "", "true", ""),
    ("another reset, another relaunch", "speech", "Daniel Okafor", "argue", "false", ""),
    ("that knows what it is for", "speech", "Daniel Okafor", "argue", "false",
     "second fragment governed by the same 'he argued'"),
    ("You seem to want a civil war.", "speech", "a Labour member in Stroud", "put", "false",
     "the critic in the rhetorical exchange; 'put it bluntly ...:'"),
    ("drift", "speech", "Daniel Okafor", "brief", "false",
     "borderline with term: the word is presented as the content of the Chancellor's briefings to the Sunday papers (hypothetical 'a chancellor ... does not brief'); speaker resolved to Okafor"),
    ("what comes after", "speech", "one guest", "word", "false",
     "'in the words of one guest': noun cue word"),
    ("owns", "speech", "Tom Aldridge", "tell", "false", ""),
    ("Everybody is waiting", "speech", "a veteran of the last two leadership contests", "say", "false", ""),
    ("That’s how it always is", "speech", "a veteran of the last two leadership contests", "", "true", ""),
    ("growth with a conscience", "term", "", "", "false",
     "slogan of Okafor's allies, 'talk about' a label without a specific utterance: term (borderline with speech)"),
    ("Osborne with better manners", "speech", "Priya Natarajan", "say", "false",
     "grammatical subject 'His critics on the left, led by ... Priya Natarajan'; 'a line she has now used' makes it Natarajan's line"),
    ("In this party, we never do the coup.", "speech", "a cabinet minister", "put", "false",
     "'the cabinet minister' = the one of paragraph 2; own cue 'put it to me ...:'"),
]
Q["heldout5_budget_report.txt"] = [
    ("This is a Budget for the child", "speech", "Daniel Okafor", "tell", "false", ""),
    ("We have made our choices", "speech", "Daniel Okafor", "", "true", ""),
    ("the outlook for productivity", "speech", "the Office for Budget Responsibility", "warn", "false",
     "document (Economic and Fiscal Outlook) quoted; speaker = its author, the OBR"),
    ("historically thin", "speech", "the Office for Budget Responsibility", "warn", "false",
     "second fragment governed by the same 'It warns that ... and that'"),
    ("A relatively modest shock", "speech", "the Office for Budget Responsibility", "add", "false",
     "'The document adds:'"),
    ("We publish what we find,", "speech", "Richard Ellery", "say", "false", ""),
    ("Whether the Chancellor likes it", "speech", "Richard Ellery", "", "true", ""),
    ("a tax raid dressed up", "speech", "Helena Marsh", "call", "false", ""),
    ("He has found money", "speech", "Helena Marsh", "tell", "false", ""),
    ("The bill, as ever,", "speech", "Helena Marsh", "", "true", ""),
    ("the single most effective thing", "speech", "the Child Poverty Action Group", "say", "false", ""),
    ("Today, hundreds of thousands", "speech", "Rosa Delaney", "say", "false", ""),
    ("test the patience", "speech", "the Confederation of British Industry", "warn", "false", ""),
    ("a quieter Budget than this", "speech", "Alan Whitcombe", "say", "false", ""),
    ("Every Budget is sold", "speech", "Alan Whitcombe", "add", "false",
     "new paragraph; 'he added'"),
    ("Businesses will judge this one", "speech", "Alan Whitcombe", "", "true", "new sentence after the tagged one (“A,” he added. “B.”): cue-less continuation, as the guideline's Todd example"),
    ("finally listened", "speech", "one MP on the party’s left", "say", "false", ""),
    ("small beer next to a wealth tax", "speech", "one MP on the party’s left", "add", "false", ""),
    ("Of course.", "speech", "Catherine Lomax’s spokesman", "say", "false", "'her spokesman', her = Catherine Lomax"),
]
Q["heldout5_stevenage_doorstep.txt"] = [
    ("not yet", "term", "", "", "false",
     "in the title: the writer's summary verdict of the doorsteps, not anyone's utterance"),
    ("I’ve voted Labour since 1979,", "speech", "Maureen", "say", "false", ""),
    ("Don’t make me regret it", "speech", "Maureen", "", "true", ""),
    ("soft L", "term", "", "", "false", "canvassing code"),
    ("That’s a good one,", "speech", "Callum", "tell", "false", ""),
    ("Soft is fine.", "speech", "Callum", "", "true", ""),
    ("we’ll see", "term", "", "", "false",
     "nested in Callum's words: the typical reply of undecided voters, no specific utterance: term (borderline with speech of 'the ones who say')"),
    ("Jo delivered for Lister,", "speech", "the Labour leaflet", "read", "false",
     "written source: Brannigan's campaign leaflet, 'it reads'"),
    ("Now let her finish the job.", "speech", "the Labour leaflet", "", "true", "new sentence after the tagged one: continuation"),
    ("People aren’t angry with us", "speech", "Jo Brannigan", "say", "false", ""),
    ("They’re tired.", "speech", "Jo Brannigan", "", "true", "new sentence after the tagged one: continuation"),
    ("I blame five years", "speech", "Jo Brannigan", "", "true",
     "after the writer's question and 'She pauses.': no cue"),
    ("Labour have had their chance.", "speech", "Marcus Leigh’s leaflet", "", "false",
     "'His own leaflet is blunter:' colon introducer without a reporting verb: cue empty; new speaker"),
    ("the only issue", "speech", "Marcus Leigh", "tell", "false", ""),
    ("Cost of living and the hospital car park.", "speech", "Marcus Leigh", "", "true",
     "follows 'then corrects himself.' as a separate sentence: attributed by context"),
    ("My rent’s gone up", "speech", "Dev", "say", "false", ""),
    ("Labour told me", "speech", "Dev", "", "true", "new sentence after the tagged one: continuation"),
    ("Everyone says it’s a wasted vote,", "speech", "Sandra", "say", "false", ""),
    ("They said that about Brexit.", "speech", "Sandra", "", "true", "new sentence after the tagged one: continuation"),
    ("within touching distance", "speech", "Lee Cotter", "claim", "false", ""),
    ("leaning Labour, but only just", "speech", "Labour", "put", "false",
     "Labour's internal canvass figures (a document) 'put ... the seat'; speaker = the party"),
    ("soft L", "term", "", "", "false", ""),
    ("firm C", "term", "", "", "false", ""),
    ("Not bad, that,", "speech", "Callum", "say", "false", ""),
    ("Honestly. You should have been here", "speech", "Callum", "", "true", ""),
    ("They all want my vote.", "speech", "Maureen", "put", "false", "'Maureen put it best ...:'"),
]
Q["heldout5_camp_david.txt"] = [
    ("bound by history", "speech", "the communiqué", "declare", "false",
     "document; 'it declared', it = the communiqué (joint text of the two governments)"),
    ("Economic Partnership", "term", "", "", "false", "section heading of the communiqué (a title)"),
    ("note the progress made", "speech", "the communiqué", "", "true",
     "frame 'the two governments \u201c...\u201d' has no reporting verb outside the marks; the communiqué's words continue"),
    ("commit to continuing discussions", "speech", "the communiqué", "", "true", ""),
    ("better than anyone in London expected", "speech", "Sir Nicholas Penrose", "insist", "false", ""),
    ("We came for a relationship", "speech", "Sir Nicholas Penrose", "say", "false", ""),
    ("Ask me in the spring.", "speech", "Sir Nicholas Penrose", "", "true", "after 'Pressed on steel, he smiled.'"),
    ("a British problem", "speech", "a White House official", "say", "false", ""),
    ("She raised it.", "speech", "a White House official", "reply", "false", ""),
    ("likely", "speech", "Downing Street aides", "brief", "false", ""),
    ("foundational", "speech", "Downing Street aides", "describe", "false",
     "one word, but attributed to the aides with 'describing ... as': speech"),
    ("Every prime minister arrives", "speech", "Dame Frances Ogilvie", "tell", "false", ""),
    ("It doesn’t.", "speech", "Dame Frances Ogilvie", "", "true", ""),
    ("in better shape than they have been", "speech", "Dame Frances Ogilvie", "say", "false", ""),
    ("polite, patient and utterly immovable", "speech", "Jonathan Reyes", "describe", "false", ""),
    ("They will give you a beautiful lunch,", "speech", "Jonathan Reyes", "say", "false", ""),
    ("They will tell you how much", "speech", "Jonathan Reyes", "", "true", ""),
    ("secured a clear commitment", "speech", "a Downing Street spokesman", "say", "false",
     "'A spokesman' after 'Downing Street insists'"),
    ("The highest level commits", "speech", "Jonathan Reyes", "say", "false", ""),
    ("It’s the level below", "speech", "Jonathan Reyes", "", "true", ""),
    ("We went to Camp David", "speech", "a former minister", "put", "false",
     "'One, a former minister, put it to me ...:'"),
]
Q["heldout5_probert_appreciation.txt"] = [
    ("I was a Bevanite at 20", "speech", "Alun Probert", "say", "false", "'he once said'"),
    ("the most honest half-hour", "speech", "Alun Probert", "describe", "false", ""),
    ("We were not a party", "speech", "Alun Probert", "write", "false", "memoir"),
    ("They did not want to win", "speech", "Alun Probert", "", "true",
     "'he was blunter still:' colon introducer without a reporting verb"),
    ("a Tory with a Welsh accent", "speech", "Dennis Gorringe", "call", "false", ""),
    ("He was the most stubborn socialist", "speech", "Dennis Gorringe", "tell", "false", ""),
    ("I just couldn’t see it", "speech", "Dennis Gorringe", "", "true", ""),
    ("Cabinet is a place", "speech", "Alun Probert", "tell", "false", ""),
    ("I was not very good at agreeing.", "speech", "Alun Probert", "", "true", ""),
    ("the only man I knew", "speech", "a former cabinet colleague", "remember", "false", ""),
    ("admirable, exhausting", "speech", "Lord Halloran", "write", "false", "diaries"),
    ("austerity with the lights turned off", "speech", "Alun Probert", "call", "false", ""),
    ("Labour keeps promising", "speech", "Alun Probert", "say", "false", ""),
    ("I would settle for a bus", "speech", "Alun Probert", "", "true", ""),
    ("Dad always said", "speech", "Sian", "say", "false",
     "his daughter, first name only in the article; 'Dad always said' inside is her report of him, not a nested quotation"),
    ("I think he’d have liked that.", "speech", "Sian", "", "true", ""),
    ("He turned up,", "speech", "Alun Probert", "say", "false", ""),
    ("Put that. He turned up.", "speech", "Alun Probert", "", "true", ""),
]

# ---------------------------------------------------------------- timex
# (text, occurrence (1-based, counted in the whole file), type, value, mod, note)
T = {}
T["heldout5_column_okafor.txt"] = [
    ("Tuesday", 1, "DATE", "2026-10-13", "", "the Tuesday before publication (Fri 2026-10-16)"),
    ("Sunday", 1, "DATE", "2026-10-11", "", "'Asked on Sunday'; not 'Sunday papers'"),
    ("about eighteen months", 1, "DURATION", "P18M", "APPROX", "'in about eighteen months'"),
    ("last week", 1, "DATE", "2026-W41", "", "week before the publication week (W42)"),
    ("the first ten minutes", 1, "DURATION", "PT10M", "", ""),
    ("two years", 1, "DURATION", "P2Y", "", "in Okafor's speech"),
    ("one day", 1, "DATE", "FUTURE_REF", "", "deictic 'one day' = some day in the future"),
    ("the spring", 1, "DATE", "2026-SP", "", "'since the spring' of this year"),
    ("most weeks", 1, "SET", "P1W", "", "frequency with a stated period ('writes to me most weeks')"),
    ("now", 1, "DATE", "PRESENT_REF", "", ""),
    ("six weeks", 1, "DURATION", "P6W", "", "'six weeks away'"),
    ("the next month", 1, "DURATION", "P1M", "", "the coming month as a span ('will tell us'); alternative DATE 2026-11"),
]
T["heldout5_budget_report.txt"] = [
    ("yesterday", 1, "DATE", "2026-11-25", "", "Budget day, the day before publication"),
    ("next year", 1, "DATE", "2027", "", ""),
    ("just over an hour", 1, "DURATION", "PT1H", "MORE_THAN", ""),
    ("April 2027", 1, "DATE", "2027-04", "", ""),
    ("a year", 1, "SET", "P1Y", "", "'£3.4bn a year' = annually"),
    ("2029-30", 1, "DATE", "2029/2030", "", "fiscal year 2029-30 as an interval of years"),
    ("a further two years", 1, "DURATION", "P2Y", "", ""),
    ("March", 1, "DATE", "2026-03", "", "inside the OBR quotation: the previous (spring) forecast of this year"),
    ("2017", 1, "DATE", "2017", "", ""),
    ("Today", 1, "DATE", "2026-11-25", "", "literal day (Budget day) in Delaney's words, not 'nowadays'"),
    ("every month", 1, "SET", "P1M", "", ""),
    ("2028", 1, "DATE", "2028", "", ""),
    ("tonight", 1, "TIME", "2026-11-25TNI", "", "Budget night"),
    ("the hour", 1, "DURATION", "PT1H", "", "'in the hour after the statement'; relational word and event outside the extent"),
    ("late afternoon", 1, "TIME", "2026-11-25TAF", "END", ""),
    ("months", 1, "DURATION", "PXM", "", "'for months' (vague)"),
    ("the morning", 1, "TIME", "XXXX-XX-XXTMO", "", "generic ('people who get up in the morning'), tagged like generic 'midnight'"),
]
T["heldout5_stevenage_doorstep.txt"] = [
    ("half past five on a Wednesday evening", 1, "TIME", "2029-04-18T17:30", "",
     "composite: the Wednesday of the publication week (Fri 2029-04-20)"),
    ("1979", 1, "DATE", "1979", "", ""),
    ("every evening", 1, "SET", "XXXX-XX-XXTEV", "", ""),
    ("three weeks", 1, "DURATION", "P3W", "", ""),
    ("1983", 1, "DATE", "1983", "", ""),
    ("2024", 1, "DATE", "2024", "", ""),
    ("Now", 1, "DATE", "PRESENT_REF", "", "leaflet 'Now let her finish the job' (temporal: at this point)"),
    ("now", 1, "DATE", "PRESENT_REF", "", "'by now'"),
    ("five years", 1, "DURATION", "P5Y", "", ""),
    ("eighteen months", 1, "DURATION", "P18M", "", "'twice in eighteen months'"),
    ("last Thursday", 1, "DATE", "2029-04-12", "", "Thursday before the Wednesday of the scene"),
    ("a fortnight", 1, "DURATION", "P2W", "", "'Polling day is a fortnight away'"),
    ("this week", 1, "DATE", "2029-W16", "", ""),
]
T["heldout5_camp_david.txt"] = [
    ("Tuesday", 1, "DATE", "2026-09-22", "", "'Tuesday’s summit' (possessive outside the extent)"),
    ("Wednesday", 1, "DATE", "2026-09-23", "", ""),
    ("the spring", 1, "DATE", "2027-SP", "", "'Ask me in the spring': the coming spring"),
    ("Wednesday night", 1, "TIME", "2026-09-23TNI", "", ""),
    ("the early 2000s", 1, "DATE", "200", "START", ""),
    ("before", 2, "DATE", "PAST_REF", "",
     "deictic adverb: 'has seen this before' (the first 'before' is relational: 'before the trip')"),
    ("thirty years", 1, "DURATION", "P30Y", "", ""),
    ("March", 1, "DATE", "2026-03", "", ""),
    ("Thursday", 1, "DATE", "2026-09-24", "", ""),
    ("the end of the year", 1, "DATE", "2026", "END", ""),
]
T["heldout5_probert_appreciation.txt"] = [
    ("1938–2026", 1, "DATE", "1938/2026", "", "in the title (life dates)"),
    ("once", 2, "DATE", "PAST_REF", "",
     "deictic adverb 'he once said' (first 'once' is 'at least once', a count)"),
    ("half-hour", 1, "DURATION", "PT30M", "", "'the most honest half-hour of my career' (head only)"),
    ("1987", 1, "DATE", "1987", "", ""),
    ("1938", 2, "DATE", "1938", "", "'Born ... in 1938' (first occurrence is inside the title range)"),
    ("February 1974", 1, "DATE", "1974-02", "", ""),
    ("four years", 1, "DURATION", "P4Y", "", "'Within four years'"),
    ("1996", 1, "DATE", "1996", "", "publication year of the memoir, in brackets"),
    ("the early 1980s", 1, "DATE", "198", "START", ""),
    ("the 1980s", 1, "DATE", "198", "", ""),
    ("1985", 1, "DATE", "1985", "", ""),
    ("Thirty years later", 1, "DATE", "2015", "", "after the 1985 conference"),
    ("2015", 1, "DATE", "2015", "", ""),
    ("the time", 1, "DATE", "1985", "", "'at the time' = when he called him a Tory (1985 conference)"),
    ("1997", 1, "DATE", "1997", "", ""),
    ("14 months", 1, "DURATION", "P14M", "", ""),
    ("2004", 1, "DATE", "2004", "", ""),
    ("a year", 1, "DURATION", "P1Y", "", "'a year before he stood down'"),
    ("the decade", 1, "DURATION", "P1DE", "", "'the decade of cuts after 2010'; alternative DATE 201"),
    ("2010", 1, "DATE", "2010", "", ""),
    ("2016", 1, "DATE", "2016", "", ""),
    ("1962", 1, "DATE", "1962", "", ""),
    ("2019", 1, "DATE", "2019", "", ""),
    ("the spring", 1, "DATE", "2026-SP", "", "'until the spring' of the year of his death"),
    ("last week", 1, "DATE", "2026-W27", "", "week before the publication week (W28)"),
    ("1994", 1, "DATE", "1994", "", ""),
    ("once", 3, "DATE", "PAST_REF", "", "deictic adverb 'Asked once'"),
    ("80th birthday", 1, "DATE", "2018", "", "born 1938; possessive 'his' outside the extent"),
]

# ---------------------------------------------------------------- themes
THEMES = ["special_relationship", "party_factionalism", "iraq_war_intelligence",
          "israel_palestine", "austerity_inequality"]
# per body paragraph: (sr, pf, iraq, ip, aust, negated, note)
TH = {}
TH["heldout5_column_okafor.txt"] = [
    (0, 1, 0, 0, 0, "", "Chancellor's implied challenge to the PM in cabinet"),
    (0, 1, 0, 0, 0, "", "borderline: one weak cue ('didn't name her'), decided by article context"),
    (0, 1, 0, 0, 0, "", "denial of leadership ambition plus the writer's claim that he is positioning: not all negated"),
    (0, 1, 0, 0, 0, "", "speech read as a pitch to those who will choose the next leader"),
    (0, 1, 0, 0, 0, "", "the Chancellor's implicit attack on Downing Street's relaunches"),
    (0, 1, 0, 0, 0, "", ""),
    (0, 1, 0, 0, 0, "", ""),
    (0, 1, 0, 0, 0, "", "rules for a leadership challenge"),
    (0, 1, 0, 0, 0, "", "left-wing critics of the would-be challenger"),
    (0, 1, 0, 0, 0, "", ""),
    (0, 1, 0, 0, 0, "", ""),
]
TH["heldout5_budget_report.txt"] = [
    (0, 0, 0, 0, 1, "", "two-child limit on benefits"),
    (0, 0, 0, 0, 1, "", "child poverty"),
    (0, 0, 0, 0, 1, "", "cost and funding of abolishing the two-child limit; borderline"),
    (0, 0, 0, 0, 0, "", "fiscal forecast only"),
    (0, 0, 0, 0, 0, "", ""),
    (0, 0, 0, 0, 0, "", "tax rises for higher-rate payers: not cuts or inequality"),
    (0, 0, 0, 0, 1, "", "child poverty, benefit cap, poorest families"),
    (0, 0, 0, 0, 0, "", ""),
    (0, 0, 0, 0, 0, "", ""),
    (0, 0, 0, 0, 0, "", ""),
    (0, 1, 0, 0, 1, "", "left backbenchers' pressure for the change and a wealth tax; No 10 insisting the Budget was joint (playing down PM-Chancellor tension): PF borderline 1"),
]
TH["heldout5_stevenage_doorstep.txt"] = [
    (0, 0, 0, 0, 0, "", ""),
    (0, 0, 0, 0, 0, "", ""),
    (0, 0, 0, 0, 0, "", "inter-party contest, not factional"),
    (0, 0, 0, 0, 0, "", ""),
    (0, 0, 0, 0, 0, "", "voters' fatigue with the government: no austerity content"),
    (0, 0, 0, 0, 0, "", "cost of living mentioned only as an issue label"),
    (0, 0, 0, 0, 0, "", "rising rent: borderline, coded 0 (no cuts or inequality discussed)"),
    (0, 0, 0, 0, 0, "", ""),
    (0, 0, 0, 0, 0, "", ""),
    (0, 0, 0, 0, 0, "", ""),
    (0, 0, 0, 0, 0, "", ""),
]
TH["heldout5_camp_david.txt"] = [
    (1, 0, 0, 0, 0, "", ""),
    (1, 0, 0, 0, 0, "", ""),
    (1, 0, 0, 0, 0, "", ""),
    (1, 0, 0, 0, 0, "", ""),
    (1, 0, 0, 0, 0, "", "'restless party' a passing mention: PF 0"),
    (1, 0, 0, 0, 0, "", ""),
    (1, 0, 0, 0, 0, "", ""),
    (1, 0, 0, 0, 0, "", "British vs American negotiators"),
    (1, 0, 0, 0, 0, "", "continues Reyes on American negotiators"),
    (1, 0, 0, 0, 0, "", ""),
    (1, 0, 0, 0, 0, "", "MPs' impatience with the relationship is not factional"),
]
TH["heldout5_probert_appreciation.txt"] = [
    (0, 1, 0, 0, 0, "", "Bevanite/Gaitskellite wings"),
    (0, 0, 0, 0, 0, "", "biography"),
    (0, 1, 0, 0, 0, "", "Militant Tendency, party as 'a series of meetings'"),
    (0, 1, 0, 0, 0, "", "left-right feud on the national executive"),
    (0, 0, 0, 0, 0, "", "cabinet, not factional"),
    (0, 1, 0, 0, 0, "", "rivals on the right and the left of the party"),
    (0, 1, 0, 0, 1, "", "austerity ('decade of cuts'); PF borderline: a party figure rejecting his own party's line"),
    (0, 0, 0, 0, 0, "", ""),
    (0, 0, 0, 0, 0, "", ""),
    (0, 0, 0, 0, 0, "", ""),
]


def nth(raw, text, n):
    """Offsets of the n-th whole-word occurrence of text in raw."""
    pos = -1
    k = 0
    while k < n:
        pos = raw.find(text, pos + 1)
        assert pos >= 0, (text, n)
        before = raw[pos - 1] if pos else " "
        after = raw[pos + len(text)] if pos + len(text) < len(raw) else " "
        if text[0].isalnum() and before.isalnum():
            continue
        if text[-1].isalnum() and after.isalnum():
            continue
        k += 1
    return pos, pos + len(text)


def build():
    sent_rows, quote_rows, timex_rows, theme_rows = [], [], [], []
    for name in FILES:
        raw = read(name)
        title, paras = blocks(name, raw)
        # sentences: body paragraphs only (no standfirsts in this set)
        for p in paras:
            sents = sentences(name, raw, p)
            # coverage check: only whitespace between consecutive sentences
            assert sents[0][0] == p[0] and sents[-1][1] == p[1]
            for (a, b), (c, d) in zip(sents, sents[1:]):
                assert raw[b:c].strip() == "", (name, raw[b:c])
            for a, b in sents:
                sent_rows.append([name, a, b, raw[a:b]])
        # quotes
        spans = quote_spans(name, raw)
        dec = Q[name]
        assert len(spans) == len(dec), (name, len(spans), len(dec),
                                         [raw[a:b][:30] for a, b in spans])
        for (a, b), (first, kind, spk, cue, cont, note) in zip(spans, dec):
            assert raw[a:b].startswith(first), (name, raw[a:b][:40], first)
            if kind == "term":
                assert spk == "" and cue == "" and cont == "false"
            quote_rows.append([name, a, b, raw[a:b], kind, spk, cue, cont, note])
        # timex
        for text, n, typ, val, mod, note in T[name]:
            a, b = nth(raw, text, n)
            timex_rows.append([name, a, b, text, typ, val, mod, note])
        # themes
        assert len(paras) == len(TH[name]), (name, len(paras), len(TH[name]))
        for (a, b), codes in zip(paras, TH[name]):
            theme_rows.append([name, a, b, raw[a:b]] + list(codes))
    return sent_rows, quote_rows, timex_rows, theme_rows


def check(rows, label):
    rows.sort(key=lambda r: (r[0], r[1], -r[2]))
    cache = {}
    for r in rows:
        raw = cache.setdefault(r[0], read(r[0]))
        assert raw[r[1]:r[2]] == r[3], (label, r[:4])
    return rows


def no_overlap(rows, label):
    for r, s in zip(rows, rows[1:]):
        if r[0] == s[0]:
            assert r[2] <= s[1], (label, r[:4], s[:4])


def main():
    s, q, t, th = build()
    s = check(s, "sentences"); no_overlap(s, "sentences")
    q = check(q, "quotes")
    t = check(t, "timex"); no_overlap(t, "timex")
    th = check(th, "themes")
    out = {
        "sentences.csv": (["source", "start", "end", "text"], s),
        "quotes.csv": (["source", "start", "end", "text", "kind", "speaker", "cue", "continuation", "notes"], q),
        "timex.csv": (["source", "start", "end", "text", "type", "value", "mod", "notes"], t),
        "themes_v2.csv": (["source", "start", "end", "text"] + THEMES + ["negated", "notes"], th),
    }
    if "--check" in sys.argv:
        for fn, (hdr, rows) in out.items():
            with open(os.path.join(HERE, fn), encoding="utf-8", newline="") as fh:
                got = list(csv.reader(fh))
            assert got[0] == hdr, fn
            want = [[str(x) for x in r] for r in rows]
            assert got[1:] == want, fn + " differs from the hand decisions"
        print("check ok:", {fn: len(v[1]) for fn, v in out.items()})
        return
    for fn, (hdr, rows) in out.items():
        with open(os.path.join(HERE, fn), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(hdr)
            w.writerows(rows)
    print("written:", {fn: len(v[1]) for fn, v in out.items()})


if __name__ == "__main__":
    main()
