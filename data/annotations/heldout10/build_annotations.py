"""Build the heldout10 gold files from the hand-marked articles.

marked/<file>.txt holds each article with hand-placed markers:
  ¦      between two sentences of a body paragraph
  « »    just inside the quotation marks of every quotation span
  ⟨ ⟩    around every temporal expression
This script strips the markers (writing data/heldout10/<file>.txt), computes offsets from the
marker positions and pairs each span / paragraph, in text order, with the hand decisions below.
Every decision carries a snippet that must occur at the start of its span.
Run: /work/main/.venv/bin/python data/annotations/heldout10/build_annotations.py
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SET = "heldout10"
TEXT_DIR = os.path.join(ROOT, "data", SET)
MARKED = os.path.join(HERE, "marked")

FILES = [
    "heldout10_senedd_campaign.txt",
    "heldout10_cuts_explainer.txt",
    "heldout10_state_visit.txt",
    "heldout10_spy_memoir.txt",
    "heldout10_recognition_speech.txt",
]

# ---------------------------------------------------------------- quotes
# (snippet at span start, kind, speaker, cue, continuation, note)
Q = {}
T = {}
TH = {}

Q["heldout10_senedd_campaign.txt"] = [
    ("I voted for you lot", "speech", "Keith", "tell", False, "voter named by first name only; colon after 'tells him'"),
    ("People in Wales make up", "speech", "Eluned Carrow", "tell", False, "'she told a rally'"),
    ("They always have, and", "speech", "Eluned Carrow", "", True, ""),
    ("from a bunker in Cardiff Bay", "speech", "one Labour Senedd member", "say", False, "anonymous source; partial quotation"),
    ("If we lose Merthyr", "speech", "another Labour Senedd member", "say", False, "'Another was blunter.' then 'he said'; noun completed from the previous sentence"),
    ("There is no plot", "speech", "a spokesperson for the first minister", "say", False, "inverted tag"),
    ("working flat out", "speech", "Rhodri Vaughan", "tell", False, "partial quotation inside reported speech"),
    ("We’ve been managing decline", "speech", "Rhodri Vaughan", "say", False, "own cue 'said Vaughan' (same speaker as previous span)"),
    ("People can see it", "speech", "Rhodri Vaughan", "", True, ""),
    ("Twenty-six years of Labour", "speech", "Catrin Elwyn", "say", False, ""),
    ("That isn’t a Westminster problem", "speech", "Catrin Elwyn", "", True, "two sentences in one quotation"),
    ("fair funding", "term", "", "", False, "policy label in the writer's summary of Plaid's promises; no utterance on an occasion"),
    ("scrap the waste in Cardiff Bay", "speech", "Darren Hale", "promise", False, "his leaflets promise: a written source standing for the candidate"),
    ("a talking shop for people", "speech", "Darren Hale", "call", False, ""),
    ("My wages haven’t moved", "speech", "Sian", "say", False, "voter named by first name only"),
    ("Better for who?", "speech", "Sian", "", True, ""),
    ("She’s right to be angry", "speech", "Gareth Pryce-Owen", "say", False, "'he' = Pryce-Owen (first sentence of the paragraph)"),
    ("The question is whether", "speech", "Gareth Pryce-Owen", "", True, ""),
]

Q["heldout10_cuts_explainer.txt"] = [
    ("a decisive break with the austerity", "speech", "Miriam Hollis", "promise", False, "participle 'promising'"),
    ("largely an illusion", "speech", "the Fairbank Institute", "call", False, "'the institute calls that increase ...': the think-tank's published figures/analysis"),
    ("Total spending is going up", "speech", "a Treasury source", "say", False, "colon after 'said'; two sentences"),
    ("back-office functions", "speech", "a Treasury source", "add", False, ""),
    ("fewer caseworkers", "speech", "Priya Ramsden", "say", False, ""),
    ("When a department has already", "speech", "Priya Ramsden", "say", False, "own cue 'she said'"),
    ("What you are cutting", "speech", "Priya Ramsden", "", True, ""),
    ("stop the bleeding", "speech", "Tom Achebe-Wright", "say", False, ""),
    ("We have cut everything", "speech", "Tom Achebe-Wright", "tell", False, "paragraph opens with the quotation; 'he' = Achebe-Wright from the previous paragraph"),
    ("Our auditors use the phrase", "speech", "Tom Achebe-Wright", "", True, "outer single-quoted span holding a nested double-quoted term"),
    ("going concern", "term", "", "", False, "nested; a phrase under discussion ('use the phrase')"),
    ("Cuts to unprotected departments", "speech", "Priya Ramsden", "say", False, "fronted quotation, tag after"),
    ("invisible means test", "term", "", "", False, "label campaigners 'have taken to calling' it: habitual, no utterance on an occasion (borderline with speech of 'campaigners')"),
    ("We are spending more on crisis", "speech", "Priya Ramsden", "say", False, "split quotation, interposed 'she said'"),
    ("and calling it efficiency", "speech", "Priya Ramsden", "say", False, "second piece of the split quotation"),
    ("The real test is", "speech", "Tom Achebe-Wright", "say", False, "split quotation, interposed 'said Achebe-Wright'"),
    ("when we set budgets", "speech", "Tom Achebe-Wright", "say", False, "second piece of the split quotation carries the interposed cue"),
]

Q["heldout10_state_visit.txt"] = [
    ("tested by war", "speech", "the King", "tell", False, "participle 'telling President ... that'; the King is not named"),
    ("argued as only old friends can", "speech", "the King", "say", False, ""),
    ("We have not always agreed", "speech", "the King", "say", False, "own cue 'he said'"),
    ("But we have never doubted", "speech", "the King", "", True, ""),
    ("a great gentleman", "speech", "Warren Caldwell", "call", False, ""),
    ("the most special there is", "speech", "Warren Caldwell", "describe", False, "'described the relationship as'"),
    ("The relationship is in excellent health", "speech", "a Downing Street spokesman", "say", False, ""),
    ("one thing at a time", "speech", "one official", "say", False, "'One, who has worked ...': the noun is implied by 'some officials'"),
    ("charming until the cameras leave", "speech", "another official", "describe", False, ""),
    ("let American companies fix the NHS", "speech", "Warren Caldwell", "remark", False, "noun cue 'his remark to a television crew that'"),
    ("Not in our name", "speech", "several thousand protesters", "read", False, "placard wording: the protesters' written words on this occasion (borderline with a slogan = term)"),
    ("No poodles", "speech", "several thousand protesters", "read", False, "second placard, governed by the same 'read' (borderline with term)"),
    ("We were told then", "speech", "Joan", "say", False, ""),
    ("I’m still waiting", "speech", "Joan", "", True, ""),
    ("I will always put", "speech", "Anna Lydgate", "say", False, "colon after 'Lydgate said'"),
    ("a great country with a great leader", "speech", "Warren Caldwell", "tell", False, ""),
    ("soon, and often", "speech", "Warren Caldwell", "tell", False, "second that-clause governed by the same 'told'"),
    ("the easy bit", "speech", "one veteran diplomat", "put", False, "'as one veteran diplomat put it'"),
]

Q["heldout10_spy_memoir.txt"] = [
    ("with the distinct feeling", "speech", "Malcolm Tennant", "describe", False, "the memoir quoted; 'describes walking out ... \"with ...\"'"),
    ("thin, stale and in places", "speech", "Malcolm Tennant", "write", False, "interposed 'he writes' inside the writer's sentence"),
    ("I said, in terms", "speech", "Malcolm Tennant", "write", False, "tag 'he writes of a meeting'; contains the nested 'certain'"),
    ("certain", "term", "", "", False, "nested single-quoted word under discussion"),
    ("He thanked me", "speech", "Malcolm Tennant", "", True, ""),
    ("reliable and authoritative", "speech", "Malcolm Tennant", "describe", False, "minutes 'show him describing ... as': his words recorded in a document"),
    ("The decision's made", "speech", "a senior CIA officer", "tell", False, "words reported in the memoir; two sentences"),
    ("a passenger who had convinced", "speech", "Malcolm Tennant", "call", False, ""),
    ("Malcolm sat in those meetings", "speech", "Ruth Armitage", "tell", False, "'Baroness Ruth Armitage': fullest name without the title"),
    ("It is very easy to be brave", "speech", "Ruth Armitage", "", True, ""),
    ("welcome the publication", "speech", "Ruth Armitage", "add", False, ""),
    ("The baroness is entitled", "speech", "Malcolm Tennant", "reply", False, "noun cue 'Tennant's reply ... was brief:' with colon; given through his publisher"),
]

Q["heldout10_recognition_speech.txt"] = [
    ("when it can do most good", "speech", "Marcus Ellery", "say", False, ""),
    ("a right of the Palestinian people", "speech", "Marcus Ellery", "say", False, "own cue 'Ellery said recognition was'"),
    ("a path, not a wall", "speech", "Marcus Ellery", "call", False, ""),
    ("Rewarding Hamas", "speech", "a spokesperson for the Israeli embassy", "say", False, "'a spokesperson' after 'The Israeli embassy in London responded'"),
    ("It tells terrorists", "speech", "a spokesperson for the Israeli embassy", "", True, ""),
    ("for 77 years", "speech", "Rania Haddad", "say", False, "'said Palestinians had been told to wait': Haddad's words (not those who told them)"),
    ("The right moment was", "speech", "Rania Haddad", "say", False, "own cue 'she said'"),
    ("We will take recognition", "speech", "Rania Haddad", "", True, ""),
    ("Conditions on the occupied", "speech", "Jo Whitlock", "say", False, "inverted tag"),
    ("The foreign secretary has found", "speech", "Jo Whitlock", "", True, ""),
    ("before the hostages are home", "speech", "Simon Garber", "say", False, "two fragments around 'would be' in one 'said' clause"),
    ("a mistake we cannot take back", "speech", "Simon Garber", "say", False, "same 'said' governs both fragments"),
    ("being pushed around", "speech", "Simon Garber", "tell", False, "reported second-hand 'according to two MPs'; speaker is still Garber"),
    ("The whole party wants", "speech", "a No 10 source", "say", False, ""),
    ("This is a debate about timing", "speech", "a No 10 source", "", True, ""),
    ("tied Britain’s hands", "speech", "Caroline Vesey", "say", False, ""),
    ("Recognition should come", "speech", "Caroline Vesey", "say", False, "split quotation, interposed 'she said'"),
    ("not as a substitute for one", "speech", "Caroline Vesey", "say", False, "second piece of the split quotation"),
    ("a question for the manifesto", "speech", "Caroline Vesey", "say", False, ""),
    ("If he waits until Christmas", "speech", "one Labour whip", "put", False, "colon after 'put it more simply'; three sentences"),
]

# ---------------------------------------------------------------- timex
# (snippet = full span text, type, value, mod, note)
T["heldout10_senedd_campaign.txt"] = [
    ("Tuesday morning", "TIME", "2026-04-28TMO", "", "the Tuesday before publication (Wed 29 April 2026)"),
    ("a hundred years", "DURATION", "P100Y", "", ""),
    ("eight days", "DURATION", "P8D", "", "'with eight days to go'"),
    ("7 May", "DATE", "2026-05-07", "", "Senedd election day"),
    ("1999", "DATE", "1999", "", "after 'since'"),
    ("Monday evening", "TIME", "2026-04-27TEV", "", ""),
    ("last year", "DATE", "2025", "", ""),
    ("more than a decade", "DURATION", "P1DE", "MORE_THAN", ""),
    ("this year", "DATE", "2026", "", ""),
    ("fifteen years", "DURATION", "P15Y", "", "inside a quotation"),
    ("every Friday evening", "SET", "XXXX-WXX-5TEV", "", ""),
    ("Twenty-six years", "DURATION", "P26Y", "", "inside a quotation (Labour-led government since 1999)"),
    ("now", "DATE", "PRESENT_REF", "", "'now 96'"),
    ("last week", "DATE", "2026-W17", "", "the week before publication week (W18)"),
    ("nights", "SET", "XXXX-XX-XXTNI", "", "'works nights': habitual night shifts"),
    ("2024", "DATE", "2024", "", "after 'until'"),
    ("a year", "DURATION", "P1Y", "", "'twice in a year'; inside a quotation"),
    ("that afternoon", "TIME", "2026-04-28TAF", "", "the Tuesday of the opening scene"),
]

T["heldout10_cuts_explainer.txt"] = [
    ("yesterday", "DATE", "2025-06-11", "", "published Thu 12 June 2025, the day after the review"),
    ("the past", "DATE", "PAST_REF", "", "inside the chancellor's quotation"),
    ("the end of the decade", "DATE", "202", "END", "'by the end of the decade' = the end of the 2020s"),
    ("today", "DATE", "PRESENT_REF", "", "'than it is today' = nowadays"),
    ("every year", "SET", "P1Y", "", "council tax rises"),
    ("every year", "SET", "P1Y", "", "'in every year of this review'; inside a quotation"),
    ("2010", "DATE", "2010", "", "after 'since'; inside a quotation"),
    ("15 years", "DURATION", "P15Y", "", "'a harder 15 years'"),
    ("2010", "DATE", "2010", "", "'its 2010 level'"),
    ("now", "DATE", "PRESENT_REF", "", "inside a quotation"),
    ("five years", "DURATION", "P5Y", "", "'trebled in five years'"),
    ("now", "DATE", "PRESENT_REF", "", ""),
    ("the past decade", "DURATION", "P1DE", "", "'over the past decade'"),
    ("every year", "SET", "P1Y", "", "inside a quotation"),
    ("the autumn", "DATE", "2025-FA", "", "after 'by'"),
    ("then", "DATE", "2025-FA", "", "anaphoric 'before then' = before that time (the autumn)"),
    ("next spring", "DATE", "2026-SP", "", "inside a quotation"),
    ("then", "DATE", "2026-SP", "", "anaphoric 'Until then' = until that time (next spring's budget-setting)"),
    ("the moment", "DATE", "PRESENT_REF", "", "'for the moment'"),
]

T["heldout10_state_visit.txt"] = [
    ("two and a half centuries", "DURATION", "P250Y", "", ""),
    ("last night", "TIME", "2025-09-17TNI", "", "published Thu 18 September 2025; the banquet"),
    ("Tuesday evening", "TIME", "2025-09-16TEV", "", ""),
    ("three-day", "DURATION", "P3D", "", "adjectival duration"),
    ("today", "DATE", "PRESENT_REF", "", "inside the president's quotation: 'today it's more special than ever' = nowadays"),
    ("ten minutes", "DURATION", "PT10M", "", ""),
    ("twenty-four", "DURATION", "PT24M", "", "elliptical: 'it ran to twenty-four' [minutes]"),
    ("the summer", "DATE", "2025-SU", "", ""),
    ("today", "DATE", "2025-09-18", "", "literal day of publication: signing at Chequers"),
    ("this morning", "TIME", "2025-09-18TMO", "", ""),
    ("several years", "DURATION", "PXY", "", ""),
    ("40 minutes", "DURATION", "PT40M", "", ""),
    ("Wednesday", "DATE", "2025-09-17", "", "after 'on'"),
    ("hours", "DURATION", "PXH", "", "'within hours': vague"),
    ("yesterday afternoon", "TIME", "2025-09-17TAF", "", ""),
    ("late on Tuesday", "DATE", "2025-09-16", "END", "'late on Tuesday': the part 'late' as mod END"),
    ("2003", "DATE", "2003", "", ""),
    ("then", "DATE", "2003", "", "anaphoric 'then' = at that time (2003); inside a quotation"),
    ("this week", "DATE", "2025-W38", "", ""),
    ("soon", "DATE", "FUTURE_REF", "", "inside a quotation"),
    ("next month", "DATE", "2025-10", "", ""),
]

T["heldout10_spy_memoir.txt"] = [
    ("September 2002", "DATE", "2002-09", "", ""),
    ("this week", "DATE", "2026-W08", "", "published Fri 20 February 2026"),
    ("more than two decades", "DURATION", "P2DE", "MORE_THAN", ""),
    ("34 years", "DURATION", "P34Y", "", ""),
    ("five years", "DURATION", "P5Y", "", ""),
    ("2001", "DATE", "2001", "", "after 'after'"),
    ("the spring of 2002", "DATE", "2002-SP", "", ""),
    ("six months later", "DATE", "2002-09", "APPROX", "inside a quotation; six months after spring 2002, the dossier of the September 2002 meeting (paragraph 1): only approximately resolvable"),
    ("2010", "DATE", "2010", "", ""),
    ("the summer of 2002", "DATE", "2002-SU", "", ""),
    ("that year", "DATE", "2002", "", "anaphoric: the year of the Langley visit"),
    ("the time", "DATE", "2002", "", "'at the time' = the time of the 2002 meetings (alternative PAST_REF)"),
    ("yesterday", "DATE", "2026-02-19", "", ""),
    ("now", "DATE", "PRESENT_REF", "", "inside a quotation"),
    ("twenty years", "DURATION", "P20Y", "", "'twenty years after the event': measure phrase only"),
]

T["heldout10_recognition_speech.txt"] = [
    ("last night", "TIME", "2025-07-29TNI", "", "published Wed 30 July 2025"),
    ("a year", "DURATION", "P1Y", "", "'within a year'"),
    ("the autumn", "DATE", "2025-FA", "", "after 'by'"),
    ("the hour", "DURATION", "PT1H", "", "'within the hour'"),
    ("7 October", "DATE", "2023-10-07", "", "inside a quotation; the Hamas attacks of 7 October 2023 (historical knowledge)"),
    ("77 years", "DURATION", "P77Y", "", "inside a quotation (since 1948)"),
    ("decades ago", "DATE", "PAST_REF", "", "vague past: no number of decades given; inside a quotation"),
    ("months", "DURATION", "PXM", "", ""),
    ("May", "DATE", "2025-05", "", ""),
    ("Monday", "DATE", "2025-07-28", "", ""),
    ("weeks ago", "DATE", "PAST_REF", "", "vague past"),
    ("September", "DATE", "2025-09", "", "the UN general assembly of September 2025"),
    ("Christmas", "DATE", "2025-12-25", "", "inside a quotation"),
    ("September", "DATE", "2025-09", "", "inside a quotation"),
    ("September", "DATE", "2025-09", "", "inside a quotation"),
]

# ---------------------------------------------------------------- themes
# (snippet at paragraph start, SR, PF, IRAQ, IP, AUST, negated, note)
TH["heldout10_senedd_campaign.txt"] = [
    ("On Tuesday morning", 0, 0, 0, 0, 0, "", "a voter deserting Labour: electoral colour, no theme"),
    ("With eight days", 0, 0, 0, 0, 0, "", "polls and the first minister's confidence: the race, not factionalism (rule 2)"),
    ("Not everyone in her party", 0, 1, 0, 0, 0, "", "leadership contest with the party's left, Vaughan's allies against Carrow"),
    ("Carrow’s allies dismiss", 0, 1, 0, 0, 0, "", "denial of a plot, but Vaughan declines to say whether he would serve under Carrow (not every statement denied, so not negated)"),
    ("The argument inside Labour", 0, 1, 0, 0, 1, "", "council cuts; the party's left against the Welsh government's timidity"),
    ("Plaid Cymru is making", 0, 0, 0, 0, 1, "", "poverty, food banks, free school meals, council funding"),
    ("Reform’s candidate", 0, 0, 0, 0, 0, "", "borderline austerity: 'scrap the waste' and fewer Senedd members is an anti-politics pitch, not public-service cuts or their effects"),
    ("In the terraces", 0, 0, 0, 0, 1, "", "cost of living: wages, rent"),
    ("Pryce-Owen, back in his car", 0, 0, 0, 0, 1, "", "borderline: 'cut it to the bone' = spending cuts feared from Reform"),
]

TH["heldout10_cuts_explainer.txt"] = [
    ("The chancellor, Miriam Hollis", 0, 0, 0, 0, 1, "", "real-terms departmental cuts; 'austerity of the past'"),
    ("Which departments are losing out?", 0, 0, 0, 0, 1, "", "question paragraph of the Q&A: asks about the cuts (rule 3)"),
    ("The biggest falls", 0, 0, 0, 0, 1, "", ""),
    ("Isn’t this just austerity", 0, 0, 0, 0, 1, "", "question paragraph: asks whether it is austerity"),
    ("Ministers say not", 0, 0, 0, 0, 1, "", "the Treasury denies 'austerity' but affirms cuts to back-office functions, so not negated"),
    ("The think-tank is unconvinced", 0, 0, 0, 0, 1, "", ""),
    ("What does it mean for councils?", 0, 0, 0, 0, 1, "", "question paragraph; 'it' resolved from the article = the spending settlement and its cuts (rule 1a); borderline"),
    ("Councils have had", 0, 0, 0, 0, 1, "", "deprivation gap in spending power: inequality"),
    ("‘We have cut everything", 0, 0, 0, 0, 1, "", ""),
    ("Who feels it most?", 0, 0, 0, 0, 1, "", "question paragraph; 'it' = the cuts (rule 1a); borderline"),
    ("The think-tank’s analysis", 0, 0, 0, 0, 1, "", "poorest households lose most"),
    ("The gap shows up first", 0, 0, 0, 0, 1, "", "early help for families cut most in deprived councils"),
    ("What happens next?", 0, 0, 0, 0, 0, "", "question paragraph with no reference to the cuts themselves"),
    ("Departments must publish", 0, 0, 0, 0, 1, "", "council budgets and whether 'the worst is over'; backbench pressure on the chancellor is a passing mention, not factional struggle (PF 0)"),
]

TH["heldout10_state_visit.txt"] = [
    ("The King raised his glass", 1, 0, 0, 0, 0, "", ""),
    ("In a speech that drew", 1, 0, 0, 0, 0, "", ""),
    ("The president, who landed", 1, 0, 0, 0, 0, "", "the president on 'the relationship'"),
    ("For the Prime Minister", 1, 0, 0, 0, 0, "", "trade deal, technology partnership"),
    ("Privately, some officials", 1, 0, 0, 0, 0, "", "British negotiating tactics with the US"),
    ("There were smaller frictions too", 1, 0, 0, 0, 0, "", "the president's conduct and his NHS remark briefed against by British ministers"),
    ("Outside the castle walls", 1, 0, 0, 0, 0, "", "borderline: protest against the visit; 'No poodles' placard = poodle charge"),
    ("Among the marchers was Joan", 1, 0, 0, 0, 0, "", "closeness to Washington and influence; 2003 march implies Iraq but the paragraph does not discuss the war (Iraq 0)"),
    ("The Prime Minister will be hoping", 1, 0, 0, 0, 0, "", ""),
    ("The real test comes", 1, 0, 0, 0, 0, "", "US-UK tariff negotiations"),
]

TH["heldout10_spy_memoir.txt"] = [
    ("There is a moment early", 0, 0, 1, 0, 0, "", "MI6 chief, Downing Street, September 2002, asked 'to find something': the pre-war intelligence (context resolves the argument)"),
    ("The Weight of Evidence (Harcourt Row", 0, 0, 0, 0, 0, "", "career summary; 'the chapters on Iraq' is a mention (rule 2)"),
    ("His case is simple", 0, 0, 1, 0, 0, "", "WMD intelligence, the dossier"),
    ("It is a powerful passage", 0, 0, 1, 0, 0, "", "Chilcot inquiry, JIC minutes"),
    ("Tennant's defenders", 0, 0, 1, 0, 0, "", "borderline: whether he warned in private about the intelligence he signed off in public (references resolved from the article)"),
    ("The book is sharper on Washington", 1, 0, 1, 0, 0, "", "CIA: 'The decision's made'; Britain a 'passenger' of the US"),
    ("Not everyone is wincing", 0, 0, 1, 0, 0, "", "former minister disputes his account of the pre-war meetings"),
    ("Tennant's reply", 0, 0, 1, 0, 0, "", "borderline: the reply in the dispute over his pre-war warnings and the reviewer's verdict on it; 'the one question that matters' resolved from the article"),
]

TH["heldout10_recognition_speech.txt"] = [
    ("The foreign secretary, Marcus Ellery", 0, 0, 0, 1, 0, "", ""),
    ("Speaking at Chatham House", 0, 0, 0, 1, 0, "", ""),
    ("The Israeli embassy in London", 0, 0, 0, 1, 0, "", ""),
    ("The Palestinian mission welcomed", 0, 0, 0, 1, 0, "", ""),
    ("On the Labour benches", 0, 1, 0, 1, 0, "", "the party's left against the government line"),
    ("On the party’s right", 0, 1, 0, 1, 0, "", "the party's right; Garber at the PLP against 'people who will never be satisfied'"),
    ("Downing Street insists", 0, 1, 0, 1, 0, "party_factionalism", "every factional statement denies or plays down a split"),
    ("The Conservatives accuse", 0, 0, 0, 1, 0, "", "opposition versus government: not factionalism"),
    ("The timetable matters", 0, 1, 0, 1, 0, "", "keeping his own MPs 'in the room'; the whip: losing the left or the right of the party"),
]

QUOTE_MARKS = set('"“”‘’\'')
THEME_COLS = ["special_relationship", "party_factionalism", "iraq_war_intelligence",
              "israel_palestine", "austerity_inequality"]


def parse(marked):
    """Return raw text, sentence cut positions, quote spans and timex spans (raw offsets)."""
    raw = []
    cuts, quotes, timex = [], [], []
    qstack, tstart = [], None
    for ch in marked:
        pos = len(raw)
        if ch == "¦":
            cuts.append(pos)
        elif ch == "«":
            qstack.append((pos, len(quotes)))
            quotes.append(None)
        elif ch == "»":
            s, i = qstack.pop()
            quotes[i] = (s, pos, len(qstack))
        elif ch == "⟨":
            assert tstart is None
            tstart = pos
        elif ch == "⟩":
            timex.append((tstart, pos))
            tstart = None
        else:
            raw.append(ch)
    raw = "".join(raw)
    # an unclosed quotation (multi-paragraph) would be left on the stack: none in this set
    assert not qstack and tstart is None
    return raw, cuts, quotes, timex


def paragraphs(raw):
    """Body paragraphs: every non-empty line after the title line."""
    out, pos = [], 0
    for i, line in enumerate(raw.split("\n")):
        if i > 0 and line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def is_apostrophe(raw, i):
    ch = raw[i]
    if ch not in "’'":
        return False
    before = raw[i - 1] if i > 0 else " "
    after = raw[i + 1] if i + 1 < len(raw) else " "
    return before.isalpha() and (after.isalpha() or after in " ,.;:")


def main():
    sents, quotes_rows, timex_rows, theme_rows = [], [], [], []
    meta_check = []
    problems = []
    for f in FILES:
        marked = open(os.path.join(MARKED, f), encoding="utf-8").read()
        raw, cuts, quotes, timex = parse(marked)
        os.makedirs(TEXT_DIR, exist_ok=True)
        with open(os.path.join(TEXT_DIR, f), "w", encoding="utf-8") as fh:
            fh.write(raw)
        assert open(os.path.join(TEXT_DIR, f), encoding="utf-8").read() == raw
        paras = paragraphs(raw)
        # sentences
        for ps, pe in paras:
            bounds = [ps] + [c for c in cuts if ps < c < pe] + [pe]
            for a, b in zip(bounds, bounds[1:]):
                seg = raw[a:b]
                s = a + (len(seg) - len(seg.lstrip()))
                e = b - (len(seg) - len(seg.rstrip()))
                assert s < e, (f, a, b)
                sents.append((f, s, e, raw[s:e]))
        assert all(any(ps < c < pe for ps, pe in paras) for c in cuts), f
        # quotes
        dq = Q[f]
        assert len(dq) == len(quotes), (f, len(dq), len(quotes), [raw[s:e][:30] for s, e, _ in quotes])
        prev_speaker = None
        bounded = set()
        for (s, e, depth), (snip, kind, spk, cue, cont, note) in zip(quotes, dq):
            text = raw[s:e]
            assert text.startswith(snip), (f, snip, text[:40])
            assert raw[s - 1] in QUOTE_MARKS, (f, text[:30], raw[s - 1])
            if e < len(raw) and raw[e] in QUOTE_MARKS:
                bounded.add(e)
            bounded.add(s - 1)
            assert kind in ("speech", "term")
            if kind == "term":
                assert not spk and not cue and not cont
            # continuation rule check (top-level speech spans only)
            if kind == "speech" and depth == 0:
                expect = (cue == "") and spk == prev_speaker
                if expect != cont:
                    problems.append(f"continuation? {f} {snip!r}: hand {cont}, rule {expect}")
                prev_speaker = spk
            elif depth > 0 and cont:
                problems.append(f"nested continuation {f} {snip!r}")
            quotes_rows.append((f, s, e, text, kind, spk, cue, "true" if cont else "false", note))
        # mark inventory
        for i, ch in enumerate(raw):
            if ch in QUOTE_MARKS and i not in bounded and not is_apostrophe(raw, i):
                problems.append(f"unaccounted mark {f} {i} {raw[max(0,i-20):i+20]!r}")
        # timex
        dt = T[f]
        assert len(dt) == len(timex), (f, len(dt), len(timex), [raw[s:e] for s, e in timex])
        for (s, e), (snip, typ, val, mod, note) in zip(timex, dt):
            assert raw[s:e] == snip, (f, snip, raw[s:e])
            assert typ in ("DATE", "TIME", "DURATION", "SET")
            timex_rows.append((f, s, e, raw[s:e], typ, val, mod, note))
        # themes
        dth = TH[f]
        assert len(dth) == len(paras), (f, len(dth), len(paras))
        for (ps, pe), (snip, *codes, neg, note) in zip(paras, dth):
            assert raw[ps:pe].startswith(snip), (f, snip)
            for n in [x for x in neg.split(";") if x]:
                assert codes[THEME_COLS.index(n)] == 1
            theme_rows.append((f, ps, pe, raw[ps:pe], *codes, neg, note))
        meta_check.append((f, len(raw.split("\n", 1)[1].split())))
    # global checks
    for rows in (sents, quotes_rows, timex_rows, theme_rows):
        for r in rows:
            src = open(os.path.join(TEXT_DIR, r[0]), encoding="utf-8").read()
            assert src[r[1]:r[2]] == r[3]
    for rows, nested_ok in ((sents, False), (timex_rows, False), (theme_rows, False)):
        for a, b in zip(rows, rows[1:]):
            if a[0] == b[0]:
                assert a[1] < b[1] and a[2] <= b[1], (a[:4], b[:4])
    for a, b in zip(quotes_rows, quotes_rows[1:]):
        if a[0] == b[0]:
            assert a[1] < b[1]
            assert a[2] <= b[1] or (b[2] <= a[2]), "crossing quote spans"
    # sentences cover paragraphs up to whitespace
    for f in FILES:
        raw = open(os.path.join(TEXT_DIR, f), encoding="utf-8").read()
        for ps, pe in paragraphs(raw):
            inside = [r for r in sents if r[0] == f and ps <= r[1] < pe]
            covered = set()
            for r in inside:
                covered.update(range(r[1], r[2]))
            for i in range(ps, pe):
                assert i in covered or raw[i].isspace(), (f, i)

    def write(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)

    write("sentences.csv", ["source", "start", "end", "text"], sents)
    write("quotes.csv", ["source", "start", "end", "text", "kind", "speaker", "cue", "continuation", "notes"], quotes_rows)
    write("timex.csv", ["source", "start", "end", "text", "type", "value", "mod", "notes"], timex_rows)
    write("themes_v2.csv", ["source", "start", "end", "text"] + THEME_COLS + ["negated", "notes"], theme_rows)
    # quotation-mark inventory over the set: every mark bounds a span or is an apostrophe
    inv = {}
    for f in FILES:
        raw = open(os.path.join(TEXT_DIR, f), encoding="utf-8").read()
        spans = [r for r in quotes_rows if r[0] == f]
        bounds = {r[1] - 1 for r in spans} | {r[2] for r in spans if r[2] < len(raw) and raw[r[2]] in QUOTE_MARKS}
        for i, ch in enumerate(raw):
            if ch in QUOTE_MARKS:
                c = inv.setdefault(ch, [0, 0, 0])
                c[0] += 1
                c[1 if i in bounds else 2] += 1
    for ch, (n, b, a) in sorted(inv.items()):
        print(f"mark {ch}: {n} in files, {b} bound a span, {a} apostrophes")
    for p in problems:
        print("CHECK:", p)
    for f, n in meta_check:
        print(f, "body words", n)
    print(len(sents), "sentences", len(quotes_rows), "quotes", len(timex_rows), "timex", len(theme_rows), "paragraphs")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
