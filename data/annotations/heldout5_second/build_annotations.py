"""Second, blind annotation of data/heldout5 (quotes and themes v2).

Every row below is a hand decision made by reading the paragraph in full
(guidelines: data/annotations/guidelines/quotes.md and themes.md version 2).
This script only
  * lists the quotation-mark characters of each text,
  * computes offsets from the hand-written decisions (each quote row is
    given by its first and last words, searched forward in the text),
  * checks raw[start:end] == text, sorting, that every span sits between an
    opening and a closing mark, and that every opening/closing mark is used,
  * writes quotes.csv and themes_v2.csv next to this file.

Standalone: standard library only.  Run:
    python data/annotations/heldout5_second/build_annotations.py
"""

import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.normpath(os.path.join(HERE, "..", "..", "heldout5"))

OPEN = {"\u201c": "\u201d", "\u2018": "\u2019"}  # “ -> ”, ‘ -> ’
CLOSE = set(OPEN.values())

# ---------------------------------------------------------------------------
# Quote decisions: (first words, last words, kind, speaker, cue, continuation, notes)
# first/last words are searched forward from the previous row's start.
# ---------------------------------------------------------------------------
Q = {}

Q["heldout5_budget_report.txt"] = [
    ("This is a Budget", "two jobs to heat it,", "speech", "Daniel Okafor", "tell", False,
     "he = the Chancellor, Daniel Okafor; he told MPs"),
    ("We have made our choices", "no apology for them.", "speech", "Daniel Okafor", "", True, ""),
    ("the outlook for productivity", "materially since March", "speech",
     "Office for Budget Responsibility", "warn", False,
     "written source: the OBR's Economic and Fiscal Outlook ('It warns that'); speaker = its author, the OBR"),
    ("historically thin", "historically thin", "speech", "Office for Budget Responsibility", "warn", False,
     "second that-clause governed by the same 'warns'; own cue, so not a continuation"),
    ("A relatively modest shock", "eliminate it entirely.", "speech",
     "Office for Budget Responsibility", "add", False, "The document adds:"),
    ("We publish what we find", "We publish what we find,", "speech", "Richard Ellery", "say", False, ""),
    ("Whether the Chancellor likes it", "a question we ask.", "speech", "Richard Ellery", "", True,
     "new sentence after 'he said.' (not a split quotation)"),
    ("a tax raid dressed up", "as compassion", "speech", "Helena Marsh", "call", False,
     "called the package '...': specific source and occasion -> speech"),
    ("He has found money", "except growth,", "speech", "Helena Marsh", "tell", False, ""),
    ("The bill, as ever", "get up in the morning.", "speech", "Helena Marsh", "", True, ""),
    ("the single most effective", "any government could do", "speech", "Child Poverty Action Group", "say",
     False, ""),
    ("Today, hundreds of thousands", "into debt every month.", "speech", "Rosa Delaney", "say", False, ""),
    ("test the patience", "test the patience", "speech", "Confederation of British Industry", "warn", False,
     "fragment of the CBI's warning"),
    ("a quieter Budget", "than this", "speech", "Alan Whitcombe", "say", False, ""),
    ("Every Budget is sold", "sets us free,", "speech", "Alan Whitcombe", "add", False,
     "he = Alan Whitcombe (previous paragraph)"),
    ("Businesses will judge", "not tonight.", "speech", "Alan Whitcombe", "", True, ""),
    ("finally listened", "finally listened", "speech", "one MP on the party\u2019s left", "say", False, ""),
    ("small beer next", "a wealth tax", "speech", "one MP on the party\u2019s left", "add", False,
     "she added"),
    ("Of course. This is her Budget", "as much as his.", "speech", "Catherine Lomax\u2019s spokesman", "say",
     False, "her spokesman = the Prime Minister Catherine Lomax's spokesman"),
]

Q["heldout5_camp_david.txt"] = [
    ("bound by history", "each other\u2019s security", "speech", "the two governments", "declare", False,
     "hard call: written source, the joint communique ('it declared'); speaker = its authors, the two "
     "governments (named so in the next paragraph); inner apostrophe other's"),
    ("Economic Partnership", "Economic Partnership", "term", "", "", False,
     "title of a section of the communique"),
    ("note the progress made", "note the progress made", "speech", "the two governments", "", True,
     "the communique's words with the governments as grammatical subject, no reporting verb; "
     "same source as the previous speech span"),
    ("commit to continuing", "continuing discussions", "speech", "the two governments", "", True, ""),
    ("better than anyone", "in London expected", "speech", "Nicholas Penrose", "insist", False,
     "Sir Nicholas Penrose, name given without the honorific"),
    ("We came for a relationship", "list will follow.", "speech", "Nicholas Penrose", "say", False, ""),
    ("Ask me in the spring.", "Ask me in the spring.", "speech", "Nicholas Penrose", "", True,
     "after 'he smiled.' (not a reporting verb)"),
    ("a British problem", "asking us to solve", "speech", "a White House official", "say", False,
     "the official said, regarded ... as"),
    ("She raised it.", "We heard her.", "speech", "a White House official", "reply", False,
     "the official replied:"),
    ("likely", "likely", "speech", "Downing Street aides", "brief", False,
     "one word, but a specific source and occasion (aides had briefed that ...) -> speech"),
    ("foundational", "foundational", "speech", "Downing Street aides", "describe", False,
     "they (the aides) were describing the summit as '...'; the writer then mocks the word, but it is an "
     "utterance of a specific source -> speech, not term"),
    ("Every prime minister arrives", "converts into concessions,", "speech", "Frances Ogilvie", "tell", False,
     "Dame Frances Ogilvie, name given without the honorific"),
    ("It doesn\u2019t.", "steel industry more.", "speech", "Frances Ogilvie", "", True, ""),
    ("in better shape", "for thirty years", "speech", "Frances Ogilvie", "say", False, "were, she said, '...'"),
    ("polite, patient", "an American job", "speech", "Jonathan Reyes", "describe", False, ""),
    ("They will give you", "beautiful lunch,", "speech", "Jonathan Reyes", "say", False, ""),
    ("They will tell you how much", "in the first round.", "speech", "Jonathan Reyes", "", True, ""),
    ("secured a clear commitment", "at the highest level", "speech", "a Downing Street spokesman", "say",
     False, "'A spokesman' after 'Downing Street insists'"),
    ("The highest level commits", "a lot of things,", "speech", "Jonathan Reyes", "say", False, ""),
    ("It\u2019s the level below", "the tariff schedules.", "speech", "Jonathan Reyes", "", True, ""),
    ("We went to Camp David", "with a paragraph.", "speech", "a former minister", "put", False,
     "'One [of her own MPs], a former minister, put it to me ...:'"),
]

Q["heldout5_column_okafor.txt"] = [
    ("second act", "second act", "speech", "Daniel Okafor", "suggest", False,
     "fragment of Okafor's words at cabinet (suggested to colleagues that ...), reported via 'I am told'"),
    ("He didn\u2019t name her,", "He didn\u2019t name her,", "speech", "a cabinet minister", "tell", False, ""),
    ("He didn\u2019t have to.", "He didn\u2019t have to.", "speech", "a cabinet minister", "", True, ""),
    ("I have the only job", "I ever wanted.", "speech", "Daniel Okafor", "answer", False,
     "'he gave the answer ...:' (reporting noun with colon)"),
    ("We have spent two years", "to be patient,", "speech", "Daniel Okafor", "say", False, ""),
    ("Patience is not a policy.", "run out of policies.", "speech", "Daniel Okafor", "", True, ""),
    ("another reset", "another grid", "speech", "Daniel Okafor", "argue", False, "he argued"),
    ("that knows what it is for", "that knows what it is for", "speech", "Daniel Okafor", "argue", False,
     "second object of the same 'he argued'; own cue"),
    ("You seem to want", "doing his job?", "speech", "a Labour member in Stroud", "put", False,
     "a reader's letter: 'One, a Labour member in Stroud ..., put it bluntly ...:'"),
    ("drift", "drift", "speech", "Daniel Okafor", "brief", False,
     "hard call: 'A chancellor doing his job does not brief the Sunday papers about the Prime Minister's "
     "\"drift\"' implies Okafor's briefings used the word; speech (word of the briefings), not the writer's "
     "scare quotes; borderline with term"),
    ("what comes after", "what comes after", "speech", "one guest", "word", False,
     "'in the words of one guest' (reporting noun)"),
    ("owns", "owns", "speech", "Tom Aldridge", "tell", False,
     "telling MPs that the Chancellor '...'; one word but a specific source"),
    ("Everybody is waiting", "over the top,", "speech", "a veteran of the last two leadership contests", "say",
     False, ""),
    ("That\u2019s how it always is", "suddenly it isn\u2019t.", "speech",
     "a veteran of the last two leadership contests", "", True, ""),
    ("growth with a conscience", "growth with a conscience", "term", "", "", False,
     "hard call: the allies' slogan ('His allies talk about ...'), habitual vocabulary with no occasion, "
     "whose meaning the writer questions ('could mean almost anything') -> term; borderline with speech "
     "of Okafor's allies, cue talk"),
    ("Osborne with better manners", "Osborne with better manners", "speech", "Priya Natarajan", "say", False,
     "hard call: grammatical subject 'His critics on the left, led by ... Priya Natarajan, say'; the line is "
     "hers ('a line she has now used in at least three interviews') -> speaker Priya Natarajan"),
    ("In this party", "until it has happened.", "speech", "a cabinet minister", "put", False,
     "'As the cabinet minister put it to me ...:' = the cabinet minister of paragraph 2"),
]

Q["heldout5_probert_appreciation.txt"] = [
    ("I was a Bevanite", "a heretic ever after,", "speech", "Alun Probert", "say", False, ""),
    ("the most honest half-hour", "of my career", "speech", "Alun Probert", "describe", False,
     "he later described as '...'"),
    ("We were not a party", "share a logo.", "speech", "Alun Probert", "write", False,
     "his memoir: 'he wrote:'"),
    ("They did not want to win", "to win the room.", "speech", "Alun Probert", "", True,
     "'Of the Militant Tendency he was blunter still:' has no reporting verb (topic introducer) -> no cue"),
    ("a Tory with a Welsh accent", "a Tory with a Welsh accent", "speech", "Dennis Gorringe", "call", False, ""),
    ("He was the most stubborn", "I ever met,", "speech", "Dennis Gorringe", "tell", False, ""),
    ("I just couldn\u2019t see it", "at the time.", "speech", "Dennis Gorringe", "", True, ""),
    ("Cabinet is a place", "agree with each other,", "speech", "Alun Probert", "tell", False, ""),
    ("I was not very good", "at agreeing.", "speech", "Alun Probert", "", True, ""),
    ("the only man I knew", "had already won", "speech", "a former cabinet colleague", "remember", False,
     "'remembers him as '...''"),
    ("admirable, exhausting", "in that order", "speech", "Lord Halloran", "write", False,
     "'wrote in his diaries that Probert was '...''; Lord Halloran is the only name given"),
    ("austerity with the lights", "turned off", "speech", "Alun Probert", "call", False,
     "which he called, in a lecture in 2016, '...'"),
    ("Labour keeps promising", "rebuild the valleys,", "speech", "Alun Probert", "say", False, ""),
    ("I would settle", "a bus that comes.", "speech", "Alun Probert", "", True, ""),
    ("Dad always said", "you didn\u2019t plan,", "speech", "Sian", "say", False,
     "his daughter Sian (no surname given)"),
    ("I think he\u2019d have liked", "liked that.", "speech", "Sian", "", True, ""),
    ("He turned up,", "He turned up,", "speech", "Alun Probert", "say", False, ""),
    ("Put that. He turned up.", "Put that. He turned up.", "speech", "Alun Probert", "", True, ""),
]

Q["heldout5_stevenage_doorstep.txt"] = [
    ("not yet", "not yet", "term", "", "", False,
     "hard call: in the title; 'the doorstep verdict is 'not yet'' is the writer's summary label, no "
     "source utters it -> term (annotated because every quotation mark of the file is accounted for)"),
    ("I\u2019ve voted Labour", "since 1979,", "speech", "Maureen", "say", False, ""),
    ("Don\u2019t make me regret", "this time.", "speech", "Maureen", "", True, ""),
    ("soft L", "soft L", "term", "", "", False, "canvassing code on the clipboard (label)"),
    ("That\u2019s a good one,", "That\u2019s a good one,", "speech", "Callum", "tell", False, ""),
    ("Soft is fine.", "that worry me.", "speech", "Callum", "", True,
     "contains the nested \u201cwe\u2019ll see\u201d (double marks inside single)"),
    ("we\u2019ll see", "we\u2019ll see", "term", "", "", False,
     "hard call: nested; the stock answer of a class of voters ('the ones who say ...'), no specific "
     "source or occasion -> term (label of a voter type); borderline with generic speech, cue say"),
    ("Jo delivered for Lister,", "Jo delivered for Lister,", "speech", "Jo Brannigan", "read", False,
     "hard call: the Labour leaflet's text ('it reads'); written source attributed to the candidate whose "
     "leaflet it is (alternative speaker: the leaflet / her campaign)"),
    ("Now let her finish", "finish the job.", "speech", "Jo Brannigan", "", True, "leaflet, continued"),
    ("People aren\u2019t angry", "with us, exactly,", "speech", "Jo Brannigan", "say", False, ""),
    ("They\u2019re tired.", "they don\u2019t.", "speech", "Jo Brannigan", "", True,
     "ends before the closing mark after the apostrophe of don't"),
    ("I blame five years", "everything at once.", "speech", "Jo Brannigan", "", True,
     "after the writer's question and 'She pauses.' (no cue)"),
    ("Labour have had their chance.", "deserves better.", "speech", "Marcus Leigh", "", False,
     "hard call: 'His own leaflet is blunter:' - Marcus Leigh's leaflet, attributed to the candidate (as the "
     "Labour leaflet); no reporting verb -> no cue; new speaker -> not a continuation"),
    ("the only issue", "the only issue", "speech", "Marcus Leigh", "tell", False,
     "He tells me the cost of living is '...'"),
    ("Cost of living and", "comes up more.", "speech", "Marcus Leigh", "", True,
     "after 'then corrects himself.' (separate clause/sentence, no reporting verb governing the span)"),
    ("My rent\u2019s gone up", "in eighteen months,", "speech", "Dev", "say", False, ""),
    ("Labour told me", "how I pay it.", "speech", "Dev", "", True, ""),
    ("Everyone says it\u2019s", "a wasted vote,", "speech", "Sandra", "say", False, ""),
    ("They said that about Brexit.", "They said that about Brexit.", "speech", "Sandra", "", True, ""),
    ("within touching distance", "within touching distance", "speech", "Lee Cotter", "claim", False,
     "he claimed"),
    ("leaning Labour, but", "but only just", "speech", "Labour", "put", False,
     "hard call: wording of Labour's canvass figures (written source; a party official showed them) that "
     "'put ... the seat '...''; speech of Labour, cue put; borderline with a rating label (term)"),
    ("soft L", "soft L", "term", "", "", False, "canvassing code"),
    ("firm C", "firm C", "term", "", "", False, "canvassing code"),
    ("Not bad, that,", "Not bad, that,", "speech", "Callum", "say", False, ""),
    ("Honestly. You should", "last Thursday.", "speech", "Callum", "", True, ""),
    ("They all want my vote.", "come back after.", "speech", "Maureen", "put", False,
     "'Maureen put it best ...:'"),
]

# ---------------------------------------------------------------------------
# Theme decisions, one per body paragraph in order:
# (first words, SR, PF, IRAQ, IP, AUST, negated, notes)
# ---------------------------------------------------------------------------
T = {}

T["heldout5_budget_report.txt"] = [
    ("Daniel Okafor yesterday abolished", 0, 0, 0, 0, 1, "",
     "abolition of the two-child limit on benefits (a welfare restriction) is the paragraph's main statement"),
    ("In a statement to the Commons", 0, 0, 0, 0, 1, "", "lift 350,000 children out of poverty"),
    ("The abolition, which takes effect", 0, 0, 0, 0, 1, "",
     "borderline: cost and financing of the benefit-limit abolition (a welfare spending measure); the tax "
     "mechanics alone would be 0"),
    ("The OBR\u2019s Economic and Fiscal Outlook", 0, 0, 0, 0, 0, "",
     "growth/productivity and fiscal headroom: fiscal outlook, not austerity or inequality"),
    ("Richard Ellery, the OBR\u2019s chair", 0, 0, 0, 0, 0, "", ""),
    ("For the Conservatives, the shadow chancellor", 0, 0, 0, 0, 0, "",
     "borderline: tax burden and an opposition attack ('dressed up as compassion' is one weak cue); no "
     "statement about cuts, poverty or inequality; opposition vs government is not party factionalism"),
    ("Campaigners welcomed the decision", 0, 0, 0, 0, 1, "",
     "two-child limit, benefit cap, poorest families in debt"),
    ("Business groups were cooler.", 0, 0, 0, 0, 0, "", ""),
    ("\u201cEvery Budget is sold", 0, 0, 0, 0, 0, "", ""),
    ("Markets were calm.", 0, 0, 0, 0, 0, "", ""),
    ("Labour backbenchers, many of whom", 0, 1, 0, 0, 1, "",
     "PF borderline: the party's left pressed for the change and wants a wealth tax (a wing's demand), and "
     "Downing Street plays down a PM-Chancellor rift (negated part); not all negated. AUST borderline: the "
     "benefit-limit abolition is the object of the backbench campaign and the PM's approval, plus wealth tax"),
]

T["heldout5_camp_david.txt"] = [
    ("The communiqu\u00e9 issued", 1, 0, 0, 0, 0, "", "UK-US summit communique"),
    ("There, in a section headed", 1, 0, 0, 0, 0, "", "US tariffs on British steel: no deal"),
    ("Britain\u2019s ambassador in Washington", 1, 0, 0, 0, 0, "", ""),
    ("A White House official", 1, 0, 0, 0, 0, "", ""),
    ("For Lomax, who needs something", 1, 0, 0, 0, 0, "",
     "PF 0: 'a restless party' is a passing relative clause; the paragraph is about the summit's outcome"),
    ("Dame Frances Ogilvie", 1, 0, 0, 0, 0, "", ""),
    ("She is not a pessimist", 1, 0, 0, 0, 0, "",
     "'intelligence sharing' is the UK-US security relationship, not Iraq-war intelligence"),
    ("That is a mistake the people", 1, 0, 0, 0, 0, "", "American negotiators facing the British side"),
    ("\u201cThey will give you a beautiful lunch", 1, 0, 0, 0, 0, "", ""),
    ("Downing Street insists", 1, 0, 0, 0, 0, "", ""),
    ("None of this will surprise", 1, 1, 0, 0, 0, "",
     "PF borderline: the PM's own MPs have little patience for it, and a former minister mocks her summit "
     "(party figures against the leader)"),
]

T["heldout5_column_okafor.txt"] = [
    ("There is a particular silence", 0, 1, 0, 0, 0, "", "Chancellor's veiled attack on the PM at cabinet"),
    ("\u201cHe didn\u2019t name her,", 0, 1, 0, 0, 0, "", "resolved by context: Okafor's attack on Lomax"),
    ("Okafor denies, of course", 0, 1, 0, 0, 0, "",
     "denial of leadership ambition, but the writer's comment undercuts it -> not negated"),
    ("Look instead at his speech in Sheffield", 0, 1, 0, 0, 0, "",
     "implicit attack on the government; the councillors who will choose the next leader"),
    ("He went further.", 0, 1, 0, 0, 0, "", "attack on Downing Street's relaunches"),
    ("Some of my readers think", 0, 1, 0, 0, 0, "", "civil war; briefing against the PM; allies' dinners"),
    ("The Lomax camp is rattled.", 0, 1, 0, 0, 0, "",
     "PM's chief of staff against the Chancellor; 'spending settlement' is not austerity content"),
    ("None of this means Okafor", 0, 1, 0, 0, 0, "", "party rules for a leadership challenge"),
    ("What would an Okafor government be?", 0, 1, 0, 0, 0, "",
     "the party's left (Socialist Campaign Group) against Okafor; AUST 0: 'Osborne with better manners' is "
     "one weak cue, no statement about cuts"),
    ("Lomax still has cards to play.", 0, 1, 0, 0, 0, "", "PM vs Chancellor: contender or not"),
    ("As the cabinet minister put it", 0, 1, 0, 0, 0, "",
     "'we never do the coup' is followed by 'talk about it until it has happened' -> not negated"),
]

T["heldout5_probert_appreciation.txt"] = [
    ("Alun Probert, who has died", 0, 1, 0, 0, 0, "",
     "Bevanite vs Gaitskellite (Labour's left and right), wrong side of every argument in the party"),
    ("Born in Merthyr Tydfil", 0, 0, 0, 0, 0, "", "biography"),
    ("His memoir, A Long Way", 0, 1, 0, 0, 0, "", "party as series of meetings; the Militant Tendency"),
    ("That refusal to flatter", 0, 1, 0, 0, 0, "",
     "fights with Gorringe on the national executive; 'a Tory with a Welsh accent'"),
    ("Probert served in government", 0, 0, 0, 0, 0, "", "cabinet remark, no factional content"),
    ("His rivals on the right", 0, 1, 0, 0, 0, "",
     "borderline: rivals on the right and left of his party; their verdicts on him (one weak cue, decided "
     "by the article's context of Labour's factions)"),
    ("In retirement he wrote", 0, 0, 0, 0, 1, "",
     "decade of cuts after 2010, 'austerity with the lights turned off'; criticism of his own party's "
     "answers is policy, not factional"),
    ("He married Gwen Lloyd", 0, 0, 0, 0, 0, "", ""),
    ("Friends say he was working", 0, 0, 0, 0, 0, "", ""),
    ("Asked once, in a television interview", 0, 0, 0, 0, 0, "", ""),
]

T["heldout5_stevenage_doorstep.txt"] = [
    ("It is half past five", 0, 0, 0, 0, 0, "", ""),
    ("The young man is Callum", 0, 0, 0, 0, 0, "", ""),
    ("Stevenage has gone with the winner", 0, 0, 0, 0, 0, "", "electoral contest between parties"),
    ("The Labour candidate, the sitting MP", 0, 0, 0, 0, 0, "", ""),
    ("Brannigan is candid about the mood.", 0, 0, 0, 0, 0, "",
     "PF 0: a Labour MP's mild explanation of voters' tiredness, no conflict in the party stated"),
    ("On the other side of town", 0, 0, 0, 0, 0, "",
     "AUST 0: cost of living named as a doorstep issue (rule 2), no statement about cuts, poverty or "
     "inequality"),
    ("Outside the Asda, Dev", 0, 0, 0, 0, 0, "",
     "AUST 0, borderline: rent rises and one voter's difficulty paying; cost of living rather than "
     "austerity or inequality"),
    ("His neighbour in the queue", 0, 0, 0, 0, 0, "", ""),
    ("Reform\u2019s candidate, a local businessman", 0, 0, 0, 0, 0, "", ""),
    ("Back on the Bedwell estate", 0, 0, 0, 0, 0, "", ""),
    ("Polling day is a fortnight away.", 0, 0, 0, 0, 0, "", ""),
]

THEMES = ["special_relationship", "party_factionalism", "iraq_war_intelligence", "israel_palestine",
          "austerity_inequality"]


def fail(msg):
    sys.exit("ERROR: " + msg)


def body_paragraphs(raw):
    """Body paragraphs: non-empty lines after the title (first line)."""
    out, pos = [], 0
    for i, line in enumerate(raw.split("\n")):
        if line.strip() and i > 0:
            out.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return out


def build_quotes(name, raw):
    rows, cursor, used = [], 0, set()
    for first, last, kind, speaker, cue, cont, notes in Q[name]:
        s = raw.find(first, cursor)
        if s < 0:
            fail(f"{name}: not found {first!r}")
        e = raw.find(last, s)
        if e < 0:
            fail(f"{name}: not found {last!r}")
        e += len(last)
        opening, closing = raw[s - 1], raw[e] if e < len(raw) else "\n"
        if opening not in OPEN:
            fail(f"{name}: no opening mark before {first!r}")
        unclosed = closing == "\n"
        if not unclosed and closing != OPEN[opening]:
            fail(f"{name}: {first!r} ... {last!r} not closed by {OPEN[opening]!r} but {closing!r}")
        if "\n" in raw[s:e]:
            fail(f"{name}: span crosses a paragraph")
        if kind == "term" and (speaker or cue or cont):
            fail(f"{name}: term with speaker/cue/continuation")
        if kind == "speech" and cont and cue:
            fail(f"{name}: continuation with a cue")
        used.add(s - 1)
        if not unclosed:
            used.add(e)
        rows.append([name, s, e, raw[s:e], kind, speaker, cue, "true" if cont else "false", notes])
        cursor = s
    # every opening mark used; every closing mark used or an apostrophe
    marks = [(i, ch) for i, ch in enumerate(raw) if ch in OPEN or ch in CLOSE]
    apostrophes = []
    for i, ch in marks:
        if i in used:
            continue
        if ch == "\u2019" and raw[i - 1].isalpha() and (i + 1 < len(raw) and (raw[i + 1].isalpha())):
            apostrophes.append(raw[max(0, i - 6):i + 3])
            continue
        if ch == "\u2019" and raw[i - 1] == "s" and not raw[i + 1].isalpha():
            apostrophes.append(raw[max(0, i - 6):i + 3])  # plural possessive
            continue
        fail(f"{name}: unaccounted mark {ch!r} at {i}: {raw[max(0, i - 15):i + 15]!r}")
    return rows, marks, apostrophes


def build_themes(name, raw):
    paras = body_paragraphs(raw)
    dec = T[name]
    if len(paras) != len(dec):
        fail(f"{name}: {len(paras)} body paragraphs, {len(dec)} decisions")
    rows = []
    for (s, e, text), (first, *codes, negated, notes) in zip(paras, dec):
        if not text.startswith(first):
            fail(f"{name}: paragraph at {s} starts {text[:40]!r}, decision {first!r}")
        for t in negated.split(";") if negated else []:
            if codes[THEMES.index(t)] != 1:
                fail(f"{name}: negated theme {t} not coded 1")
        rows.append([name, s, e, text, *codes, negated, notes])
    return rows


def main():
    qrows, trows = [], []
    print("file | quote rows (speech/term) | marks | apostrophes | theme rows")
    for name in sorted(Q):
        raw = open(os.path.join(TEXTS, name), encoding="utf-8").read()
        rows, marks, apos = build_quotes(name, raw)
        th = build_themes(name, raw)
        for r in rows + th:
            if raw[r[1]:r[2]] != r[3]:
                fail("offset check")
        n_sp = sum(r[4] == "speech" for r in rows)
        print(f"{name} | {len(rows)} ({n_sp}/{len(rows) - n_sp}) | {len(marks)} | {len(apos)} | {len(th)}")
        qrows += rows
        trows += th
    qrows.sort(key=lambda r: (r[0], r[1]))
    trows.sort(key=lambda r: (r[0], r[1]))
    with open(os.path.join(HERE, "quotes.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "start", "end", "text", "kind", "speaker", "cue", "continuation", "notes"])
        w.writerows(qrows)
    with open(os.path.join(HERE, "themes_v2.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "start", "end", "text", *THEMES, "negated", "notes"])
        w.writerows(trows)
    print("quotes:", len(qrows), "themes:", len(trows))


if __name__ == "__main__":
    main()
