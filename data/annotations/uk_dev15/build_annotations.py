"""Build the uk_dev15 gold from the hand-marked texts in marked/.

Markers: '¦' between two sentences of a paragraph, '« »' just inside the quotation marks of
every quotation span, '⟨ ⟩' around every temporal expression. The decisions below were made
by hand, in text order; each carries a snippet that must open its span.
Run: /work/main/.venv/bin/python data/annotations/uk_dev15/build_annotations.py
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
TEXTS = os.path.join(ROOT, "data", "uk_dev15")
SET = "uk_dev15"

DATES = {
    "uk_dev15_pmqs_sketch.txt": "2026-02-04",
    "uk_dev15_trade_talks.txt": "2026-05-14",
    "uk_dev15_inquiry_essay.txt": "2026-07-06",
    "uk_dev15_food_bank.txt": "2026-01-22",
    "uk_dev15_conference_fringe.txt": "2026-09-30",
}

# quotes: (snippet, kind, speaker, cue, continuation, note)
# timex: (snippet, type, value, mod, note)
# themes: (snippet, SR, PF, IRAQ, IP, AUST, negated, note)
Q, T, TH = {}, {}, {}

F = "uk_dev15_pmqs_sketch.txt"
Q[F] = [
    ("in listening mode", "speech", "Labour backbenchers", "brief", False, "partial quotation of what the backbenchers told reporters; cue brief"),
    ("Can the Prime Minister", "speech", "Harriet Colville", "ask", False, ""),
    ("I only ask", "speech", "Harriet Colville", "", True, ""),
    ("every single day", "speech", "Alastair Penrose", "reply", False, "fragment of his answer"),
    ("the Awkward Squad", "speech", "the Prime Minister’s allies", "call", False, "a nickname, but uttered by a named group with call: speech (rule call/describe)"),
    ("the Labour Party", "speech", "the authors", "call", False, "the authors call themselves...: speech by the same rule; borderline with term"),
    ("My constituents", "speech", "Dev Sandhu", "say", False, ""),
    ("we are all in this together", "term", "", "", False, "nested: a slogan of the coalition years held up by Sandhu, no occasion or speaker given"),
    ("They were told it again", "speech", "Dev Sandhu", "", True, ""),
    ("no return to austerity", "speech", "Alastair Penrose", "say", False, ""),
    ("a fair deal", "speech", "Alastair Penrose", "say", False, "second complement of the same 'said ... and that': own cue, not a continuation"),
    ("Tell that to Rochdale.", "speech", "someone", "say", False, "an unnamed heckler on the government benches"),
    ("Order.", "speech", "Rhys Pennant", "say", False, ""),
    ("more rebels", "speech", "Sir Godfrey Ambler", "ask", False, "partial quotation inside an indirect question"),
    ("got through five leaders", "speech", "Alastair Penrose", "answer", False, ""),
    ("Fine,", "speech", "one Labour whip", "say", False, ""),
    ("We’ve had worse", "speech", "one Labour whip", "", True, ""),
    ("It’s not the Tories", "speech", "a minister", "", False, "introduced by 'was more candid:' (no reporting verb): cue empty; new speaker so not a continuation"),
]
T[F] = [
    ("noon", "TIME", "2026-02-04T12:00", "", "PMQs on the day of publication"),
    ("Wednesday", "DATE", "2026-02-04", "", ""),
    ("the morning", "TIME", "2026-02-04TMO", "", ""),
    ("this week", "DATE", "2026-W06", "", "inside Colville's question"),
    ("last week", "DATE", "2026-W05", "", ""),
    ("every single day", "SET", "P1D", "", "inside a quotation"),
    ("2024", "DATE", "2024", "", "first elected in 2024"),
    ("next month", "DATE", "2026-03", "", "next month's planned cuts: possessive clitic outside the extent"),
    ("twenty years", "DURATION", "P20Y", "", ""),
    ("2010", "DATE", "2010", "", ""),
    ("2015", "DATE", "2015", "", ""),
    ("today", "DATE", "2026-02-04", "", "literal day of the question"),
    ("before", "DATE", "PAST_REF", "", "deictic adverb: heard the word before (= before now), as the guideline's 'I have heard this before'"),
    ("1997", "DATE", "1997", "", "since 1997"),
    ("now", "DATE", "PRESENT_REF", "", ""),
    ("two years ago", "DATE", "2024", "", ""),
    ("eight years", "DURATION", "P8Y", "", "inside the quotation"),
]
TH[F] = [
    ("At ", 0, 1, 0, 0, 0, "", "backbenchers briefing against their own Prime Minister"),
    ("The Leader of the Opposition", 0, 1, 0, 0, 0, "", "forty Labour MPs' letter to the Chief Whip raised by the opposition: a rebellion inside Labour (rule 3, whoever speaks)"),
    ("Mr Penrose replied", 0, 1, 0, 0, 0, "", "borderline: the groan and the silence of his own benches; decided by context (the rebels' letter)"),
    ("The letter is the problem", 0, 1, 0, 0, 1, "", "letter organised by the party's left against cuts to local government grants; the two labels"),
    ("Enter Dev Sandhu", 0, 1, 0, 0, 1, "", "the rebels' author challenges his own government on austerity"),
    ("Mr Penrose, who had clearly", 0, 1, 0, 0, 1, "", "'no return to austerity' is a denial but the grant settlement and the heckle are not, so not negated; heckle from his own benches = PF"),
    ("“Order.", 0, 0, 0, 0, 0, "", "the Speaker's intervention only"),
    ("Then, from the Conservative", 0, 1, 0, 0, 0, "", "rebels in both parties; Tory expulsions"),
    ("Mr Penrose answered", 0, 1, 0, 0, 0, "", "five leaders in eight years (Tory leadership turmoil); his own backbench composing the next letter"),
    ("Afterwards", 0, 1, 0, 0, 0, "", "borderline: 'not the Tories who are going to do for us' = the threat is inside Labour; weak cue decided by context"),
]

F = "uk_dev15_trade_talks.txt"
Q[F] = [
    ("reset", "speech", "officials on both sides", "describe", False, "one word but a described utterance of named sources: speech"),
    ("discrimination", "speech", "American negotiators", "call", False, "their word for British standards; speech by the call rule, borderline with term"),
    ("The United States is", "speech", "Jonathan Ferrier", "tell", False, ""),
    ("But a good deal", "speech", "Jonathan Ferrier", "", True, ""),
    ("We have been very patient", "speech", "Carla Dunmore", "say", False, ""),
    ("and patience", "speech", "Carla Dunmore", "say", False, "second piece of a split quotation"),
    ("The relationship will be fine.", "speech", "Carla Dunmore", "", True, "after 'Asked whether ..., she smiled.': no reporting verb"),
    ("politically unsurvivable", "speech", "the memo", "warn", False, "leaked written document"),
    ("thin gruel", "speech", "the memo", "describe", False, ""),
    ("limited leverage", "speech", "the memo's authors", "conclude", False, ""),
    ("avoid any commitment", "speech", "the memo's authors", "recommend", False, ""),
    ("leaked document", "speech", "the Department for Business and Trade", "decline", False, "hard call: the department's own phrase in its refusal to comment (declined to comment on ...); could be read as the writer's distancing (term)"),
    ("been promised", "speech", "Gwen Pritchard", "say", False, ""),
    ("If they are on the table", "speech", "Gwen Pritchard", "say", False, ""),
    ("not stand by", "speech", "Gwen Pritchard", "add", False, ""),
    ("family farms", "speech", "Gwen Pritchard", "add", False, "second fragment governed by the same 'added that': own cue"),
    ("We told ourselves", "speech", "one former trade negotiator", "say", False, ""),
    ("What we found out", "speech", "one former trade negotiator", "", True, ""),
    ("mini-deal", "speech", "officials", "talk", False, "officials' label for the deal: speech by the source+verb rule; borderline with term"),
    ("We are not anybody's poodle", "speech", "a Downing Street source", "say", False, ""),
]
T[F] = [
    ("last month", "DATE", "2026-04", "", ""),
    ("Three weeks", "DURATION", "P3W", "", "'Three weeks and two rounds of talks later': measure phrase only"),
    ("2025", "DATE", "2025", "", "since 2025"),
    ("Tuesday", "DATE", "2026-05-12", "", ""),
    ("last week", "DATE", "2026-W19", "", ""),
    ("March", "DATE", "2026-03", "", ""),
    ("the autumn", "DATE", "2026-FA", "", "inside the memo's words"),
    ("now", "DATE", "PRESENT_REF", "", "inside the quotation"),
    ("2016", "DATE", "2016", "", "since 2016"),
    ("between 2017 and 2020", "DATE", "2017/2020", "", "range with between"),
    ("June", "DATE", "2026-06", "", ""),
    ("later", "DATE", "FUTURE_REF", "", "deictic: left for later (= in the future); 'never' not tagged per guideline"),
    ("this week", "DATE", "2026-W20", "", ""),
]
TH[F] = [
    ("When the Business", 1, 0, 0, 0, 0, "", "UK–US trade talks"),
    ("The outlines", 1, 0, 0, 0, 0, "", ""),
    ("Mr Ferrier insists", 1, 0, 0, 0, 0, "", ""),
    ("His opposite number", 1, 0, 0, 0, 0, "", ""),
    ("The sticking point", 1, 0, 0, 0, 0, "", "leaked memo on the American offer"),
    ("Farmers are watching", 1, 0, 0, 0, 0, "", "standards in the US deal, 'photo opportunity in the Oval Office'"),
    ("There is a wider question", 1, 0, 0, 0, 0, "", "dependence on Washington after Brexit"),
    ("None of this means", 1, 0, 0, 0, 0, "", ""),
    ("For Mr Ferrier", 1, 0, 0, 0, 0, "", "poodle charge; the Conservative charge is opposition, not factionalism"),
]

F = "uk_dev15_inquiry_essay.txt"
Q[F] = [
    ("damning", "term", "", "", False, "the word the studios reduced the report to: a word under discussion"),
    ("while the route", "speech", "the Iraq Inquiry’s report", "find", False, "written source"),
    ("stated with a confidence", "speech", "the Iraq Inquiry’s report", "find", False, "same 'found that' governs"),
    ("so thin as", "speech", "the Iraq Inquiry’s report", "find", False, ""),
    ("I wanted to know", "speech", "Malcolm Reeve", "tell", False, ""),
    ("I got to the end", "speech", "Malcolm Reeve", "", True, ""),
    ("within a short period", "speech", "the dossier", "claim", False, ""),
    ("should have been challenged", "speech", "the Iraq Inquiry’s report", "say", False, ""),
    ("That’s the sentence", "speech", "Malcolm Reeve", "say", False, ""),
    ("Should have been, and was not.", "speech", "Malcolm Reeve", "", True, "Reeve repeating the report's words, no nested marks"),
    ("in rooms where", "speech", "Richard Ostler", "say", False, "'he says' parenthetical governs the fragment"),
    ("The failure was not", "speech", "Richard Ostler", "say", False, ""),
    ("It was that a single source", "speech", "Richard Ostler", "", True, ""),
    ("we don’t know", "speech", "the Secret Intelligence Service", "tell", False, "nested, hypothetical words the service would have had to tell the Prime Minister (hypothetical speech counts); speaker from 'us' = SIS"),
    ("we don’t know", "term", "", "", False, "nested, second occurrence: the phrase under discussion (rewarded for saying it), no occasion"),
    ("Iraq test", "term", "", "", False, "a label"),
    ("I think it’s whether", "speech", "a serving official", "say", False, ""),
    ("consistently overestimated", "speech", "the Iraq Inquiry’s report", "conclude", False, ""),
    ("We thought we were steering", "speech", "Richard Ostler", "say", False, ""),
    ("We were in the back seat", "speech", "Richard Ostler", "", True, ""),
    ("on the after-dinner circuit", "speech", "Malcolm Reeve", "put", False, "as he puts it"),
]
T[F] = [
    ("Ten years ago today", "DATE", "2016-07-06", "", "publication anniversary; the report was published 6 July 2016"),
    ("the evening", "TIME", "2016-07-06TEV", "", "By the evening (of publication day)"),
    ("that first winter", "DATE", "2016-WI", "", "the winter after publication (2016-17)"),
    ("August 2006", "DATE", "2006-08", "", ""),
    ("last month", "DATE", "2026-06", "", ""),
    ("September 2002", "DATE", "2002-09", "", ""),
    ("22 years", "DURATION", "P22Y", "", ""),
    ("the last four", "DURATION", "P4Y", "", "the last four (years) of his 22: elliptical noun; a duration"),
    ("every July", "SET", "XXXX-07", "", "each anniversary"),
    ("a decade", "DURATION", "P1DE", "", ""),
    ("last year", "DATE", "2025", "", ""),
    ("the summer of 2002", "DATE", "2002-SU", "", ""),
    ("the following months", "DURATION", "PXM", "", "spent the following months: vague duration"),
    ("Next week", "DATE", "2026-W29", "", "the week after 6 July 2026 (W28)"),
    ("every year", "SET", "P1Y", "", ""),
    ("A decade", "DURATION", "P1DE", "", "A decade on"),
    ("now", "DATE", "PRESENT_REF", "", ""),
]
TH[F] = [
    ("Ten years ago today", 0, 0, 1, 0, 0, "", "the report on the Iraq war and its reception"),
    ("It was damning", 0, 0, 1, 0, 0, "", "findings on the run-up, WMD judgements, aftermath planning"),
    ("Malcolm Reeve has read", 0, 0, 1, 0, 0, "", "son killed in Basra; who decided"),
    ("There is a line", 0, 0, 1, 0, 0, "", "the 2002 dossier claim"),
    ("Richard Ostler", 0, 0, 1, 0, 0, "", "intelligence failure, single source"),
    ("It is tempting", 0, 0, 1, 0, 0, "", "lessons of Iraq for intelligence ('Iraq test')"),
    ("The passages readers remember", 1, 0, 1, 0, 0, "", "PM's assurances to the American president; British influence over American decisions"),
    ("Reeve does not much care", 0, 0, 1, 0, 0, "", "SR 0: 'does not much care about the special relationship' is a statement about Reeve, not about UK–US relations (mention); Iraq 1: the men who sent his son"),
    ("The report did not end", 0, 0, 1, 0, 0, "", ""),
]

F = "uk_dev15_food_bank.txt"
Q[F] = [
    ("It’s not the sort", "speech", "Maureen", "say", False, ""),
    ("When we started", "speech", "Maureen", "say", False, ""),
    ("Now it’s people", "speech", "Maureen", "", True, ""),
    ("a normalisation of hunger", "speech", "the Northern Larder Trust", "warn", False, "the Trust's latest report warns"),
    ("We are not a safety net", "speech", "Priya Lomas", "tell", False, ""),
    ("I’m not ashamed", "speech", "Kieran", "say", False, ""),
    ("Well, I am.", "speech", "Kieran", "say", False, "hard call: 'he says, and then, after a pause:' — the same says governs the second quotation by ellipsis; own cue, not a continuation"),
    ("We have cut everything", "speech", "Derek Annand", "say", False, ""),
    ("People talk about", "speech", "Derek Annand", "", True, ""),
    ("difficult choices", "term", "", "", False, "nested: a stock phrase of politicians, attributed to 'people' in general"),
    ("We are committed", "speech", "a spokesperson for the Department for Work and Pensions", "say", False, ""),
    ("at near-record levels", "speech", "a spokesperson for the Department for Work and Pensions", "add", False, ""),
    ("Kettle packs,", "speech", "Janet", "say", False, "the name of the pack, but said by Janet with says"),
    ("Pot noodles", "speech", "Janet", "", True, ""),
    ("sanitary towels", "term", "", "", False, "entries on the list on the wall: words mentioned, not an utterance"),
    ("tins of meat", "term", "", "", False, "list entry"),
    ("I expected to be finished", "speech", "Maureen", "say", False, ""),
    ("Every Christmas", "speech", "Maureen", "", True, ""),
]
T[F] = [
    ("a Tuesday morning in January", "TIME", "2026-01-20TMO", "", "composite; the Tuesday before publication (Thu 22 Jan 2026)"),
    ("a little after eight", "TIME", "2026-01-20T08:00", "AFTER", ""),
    ("an hour", "DURATION", "PT1H", "", "an hour before the doors open: measure phrase"),
    ("2017", "DATE", "2017", "", "since 2017"),
    ("last year", "DATE", "2025", "", ""),
    ("Now", "DATE", "PRESENT_REF", "", "inside the quotation"),
    ("two years", "DURATION", "P2Y", "", "risen by 38 per cent in two years"),
    ("this month", "DATE", "2026-01", "", ""),
    ("a generation ago", "DATE", "PAST_REF", "", "vague; not resolved to a year"),
    ("four days a week", "SET", "P1W", "", "four days in each week"),
    ("a week", "DURATION", "P1W", "", ""),
    ("the end of every month", "SET", "P1M", "END", ""),
    ("2010", "DATE", "2010", "", ""),
    ("this year", "DATE", "2026", "", "this year's budget: clitic outside the extent"),
    ("March 2027", "DATE", "2027-03", "", "until March 2027"),
    ("last winter", "DATE", "2024-WI", "", "said in January 2026, inside the winter 2025-26: last winter = 2024-25"),
    ("today", "DATE", "2026-01-20", "", "literal day of the visit"),
    ("half past eleven", "TIME", "2026-01-20T11:30", "", ""),
    ("five years", "DURATION", "P5Y", "", "'doing this in five years': measure phrase; could be read as DATE 2031"),
    ("five years ago", "DATE", "2021", "", "inside the quotation"),
    ("Every Christmas", "SET", "XXXX-12-25", "", ""),
]
TH[F] = [
    ("On a Tuesday morning", 0, 0, 0, 0, 1, "", "borderline: scene of the food-bank queue, but the queue (and a worker off a night shift) is itself the social effect described"),
    ("Maureen, 71", 0, 0, 0, 0, 1, "", "growth of the food bank; in-work poverty"),
    ("The figures bear her out", 0, 0, 0, 0, 1, "", ""),
    ("Kieran is 34", 0, 0, 0, 0, 1, "", "cost of living, nothing left at month end"),
    ("Hartlepool’s council leader", 0, 0, 0, 0, 1, "", "cuts to council grant since 2010"),
    ("The government disputes", 0, 0, 0, 0, 1, "", "DWP on poverty and cost of living"),
    ("Inside, the hall smells", 0, 0, 0, 0, 1, "", "kettle packs for people who cannot afford to cook"),
    ("Some of the users", 0, 0, 0, 0, 1, "", "borderline: users' embarrassment and unmet needs at the food bank"),
    ("By half past eleven", 0, 0, 0, 0, 1, "", "borderline: weak cue (thin shelves, the need that never ends) decided by context"),
]

F = "uk_dev15_conference_fringe.txt"
Q[F] = [
    ("Labour: arms to Israel", "term", "", "", False, "banner slogan: a slogan, not an utterance"),
    ("Free, free Palestine", "speech", "the protesters", "chant", False, "a chant; subject 'a few hundred' = the protesters"),
    ("Resigned", "term", "", "", False, "the single word on a placard: slogan"),
    ("no regrets", "speech", "Ruth Kavanagh", "tell", False, ""),
    ("I voted the way", "speech", "Ruth Kavanagh", "say", False, ""),
    ("If that is a disciplinary", "speech", "Ruth Kavanagh", "", True, ""),
    ("made a point", "speech", "one Labour councillor from the Midlands", "say", False, ""),
    ("a rally for people", "speech", "one Labour councillor from the Midlands", "say", False, "second complement of the same said"),
    ("Everyone in that room", "speech", "one Labour councillor from the Midlands", "say", False, ""),
    ("The question is", "speech", "one Labour councillor from the Midlands", "", True, ""),
    ("This government was elected", "speech", "Siobhan Carr", "tell", False, ""),
    ("a purge with better manners", "speech", "Siobhan Carr", "call", False, ""),
    ("The members are not", "speech", "Siobhan Carr", "say", False, ""),
    ("and neither am I.", "speech", "Siobhan Carr", "say", False, "second piece of a split quotation"),
    ("The Labour Party supports", "speech", "the Labour Party", "say", False, "statement; 'it said'"),
    ("Decisions on the whip", "speech", "the Labour Party", "", True, ""),
    ("because I thought", "speech", "Amira", "say", False, ""),
    ("I still think", "speech", "Amira", "say", False, ""),
    ("I just don’t think", "speech", "Amira", "", True, ""),
    ("This is a conference", "speech", "one cabinet minister’s adviser", "say", False, ""),
    ("There is no split.", "speech", "one cabinet minister’s adviser", "", True, ""),
]
T[F] = [
    ("nine on Monday morning", "TIME", "2026-09-28T09:00", "", "composite; the Monday of conference week"),
    ("30 years", "DURATION", "P30Y", "", ""),
    ("last spring", "DATE", "2026-SP", "", "the spring before September 2026"),
    ("Monday evening", "TIME", "2026-09-28TEV", "", ""),
    ("June", "DATE", "2026-06", "", ""),
    ("three months", "DURATION", "P3M", "", "three months on"),
    ("now", "DATE", "PRESENT_REF", "", ""),
    ("Tuesday", "DATE", "XXXX-WXX-2", "", "generic weekday inside a hypothetical (votes on a Tuesday)"),
    ("Wednesday", "DATE", "XXXX-WXX-3", "", "generic weekday"),
    ("Tuesday lunchtime", "TIME", "2026-09-29T12:00", "APPROX", "lunchtime as midday, approximate"),
    ("this week", "DATE", "2026-W40", "", ""),
    ("Tuesday afternoon", "TIME", "2026-09-29TAF", "", ""),
    ("the day", "DATE", "2026-09-29", "", "the third fringe of the day (Tuesday)"),
    ("2023", "DATE", "2023", "", ""),
    ("dusk", "TIME", "2026-09-29TEV", "", "Tuesday dusk"),
    ("then", "TIME", "2026-09-29TEV", "", "anaphoric then (= by dusk)"),
]
TH[F] = [
    ("The protesters were outside", 0, 0, 0, 1, 0, "", "arms to Israel, Free Palestine; PF 0: one member's resignation is not factional struggle"),
    ("Inside, the Middle East", 0, 1, 0, 1, 0, "", "whip suspended over export licences for Israeli jets"),
    ("Ruth Kavanagh", 0, 1, 0, 1, 0, "", "suspended MP defies party discipline; Gaza"),
    ("Not everyone in the room", 0, 1, 0, 0, 0, "", "leadership supporter against the suspended MPs; IP 0: 'thinks Gaza matters' is a passing mention in an argument about discipline"),
    ("Siobhan Carr", 0, 1, 0, 1, 0, "", "'a purge'; motion on arms sales; Palestine at conference"),
    ("The party’s response", 0, 1, 0, 1, 0, "", "two-state solution, ceasefire; whip decisions (not all negated, so no flag)"),
    ("That last sentence", 0, 1, 0, 1, 0, "", "laughter at the party's denial; 'the people running it' vs a member; Palestinians"),
    ("Senior figures close", 0, 1, 0, 0, 0, "party_factionalism", "'no split' and the row 'overstated': playing down a rift = 1 and negated; IP 0 and AUST 0: the Middle East and cost of living named only as conference topics, the protest colour a weak cue"),
]

OPEN = {"“": "”", "‘": "’", '"': '"', "'": "'"}
MARKS = set("“”‘’\"'")


def parse(marked):
    raw, breaks, quotes, timex = [], [], [], []
    qstack, tstack = [], []
    for ch in marked:
        pos = len(raw)
        if ch == "¦":
            breaks.append(pos)
        elif ch == "«":
            qstack.append(pos)
        elif ch == "»":
            quotes.append((qstack.pop(), pos))
        elif ch == "⟨":
            tstack.append(pos)
        elif ch == "⟩":
            timex.append((tstack.pop(), pos))
        else:
            raw.append(ch)
    assert not qstack and not tstack
    return "".join(raw), breaks, sorted(quotes), sorted(timex)


def paragraphs(raw):
    out, pos = [], 0
    for i, block in enumerate(raw.split("\n\n")):
        s = block.strip()
        if s:
            st = raw.index(s, pos)
            if i > 0:
                out.append((st, st + len(s)))
            pos = st + len(s)
    return out


def main():
    rows = {"sentences": [], "quotes": [], "timex": [], "themes": []}
    meta = []
    for f in DATES:
        marked = open(os.path.join(HERE, "marked", f), encoding="utf-8").read()
        raw, breaks, quotes, timex = parse(marked)
        with open(os.path.join(TEXTS, f), "w", encoding="utf-8") as fh:
            fh.write(raw)
        assert open(os.path.join(TEXTS, f), encoding="utf-8").read() == raw
        assert "\n" not in raw.split("\n\n")[0].strip() and not any(a < raw.index("\n") for a, _ in quotes + timex)
        meta.append((f, DATES[f]))
        paras = paragraphs(raw)
        # sentences
        for ps, pe in paras:
            cuts = [ps] + [b for b in breaks if ps < b < pe] + [pe]
            covered = ""
            for a, b in zip(cuts, cuts[1:]):
                seg = raw[a:b]
                st = a + len(seg) - len(seg.lstrip())
                en = b - (len(seg) - len(seg.rstrip()))
                assert en > st
                rows["sentences"].append([f, st, en, raw[st:en]])
                covered += raw[st:en]
            assert covered.replace(" ", "") == raw[ps:pe].replace(" ", "").replace("\n", "")
        assert all(any(ps < b < pe for ps, pe in paras) for b in breaks), f
        # quotes
        assert len(quotes) == len(Q[f]), (f, len(quotes), len(Q[f]))
        used = set()
        for (a, b), (snip, kind, spk, cue, cont, note) in zip(quotes, Q[f]):
            text = raw[a:b]
            assert text.startswith(snip), (f, text[:40], snip)
            o, c = raw[a - 1], raw[b]
            assert o in OPEN and OPEN[o] == c, (f, text, o, c)
            used.update({a - 1, b})
            assert kind in ("speech", "term")
            if kind == "term":
                assert not spk and not cue and not cont
            if cont:
                assert not cue
            rows["quotes"].append([f, a, b, text, kind, spk, cue, "true" if cont else "false", note])
        # proper nesting
        for i, (a, b) in enumerate(quotes):
            for a2, b2 in quotes[i + 1:]:
                assert b2 <= b or a2 >= b, (f, raw[a:b])
        # mark inventory
        for i, ch in enumerate(raw):
            if ch in MARKS and i not in used:
                assert ch in "’'" and raw[i - 1].isalpha(), (f, i, raw[i - 20:i + 20])
        # timex
        assert len(timex) == len(T[f]), (f, len(timex), len(T[f]), [raw[a:b] for a, b in timex])
        last = -1
        for (a, b), (snip, typ, val, mod, note) in zip(timex, T[f]):
            text = raw[a:b]
            assert text == snip, (f, text, snip)
            assert a >= last
            last = b
            assert typ in ("DATE", "TIME", "DURATION", "SET")
            rows["timex"].append([f, a, b, text, typ, val, mod, note])
        # themes
        assert len(paras) == len(TH[f]), (f, len(paras), len(TH[f]))
        for (a, b), (snip, *codes, neg, note) in zip(paras, TH[f]):
            text = raw[a:b]
            assert text.startswith(snip), (f, text[:40], snip)
            rows["themes"].append([f, a, b, text, *codes, neg, note])
    hdr = {
        "sentences": ["source", "start", "end", "text"],
        "quotes": ["source", "start", "end", "text", "kind", "speaker", "cue", "continuation", "notes"],
        "timex": ["source", "start", "end", "text", "type", "value", "mod", "notes"],
        "themes": ["source", "start", "end", "text", "special_relationship", "party_factionalism",
                   "iraq_war_intelligence", "israel_palestine", "austerity_inequality", "negated", "notes"],
    }
    names = {"sentences": "sentences.csv", "quotes": "quotes.csv", "timex": "timex.csv", "themes": "themes_v2.csv"}
    for k, rs in rows.items():
        # re-verify against the written texts
        for r in rs:
            t = open(os.path.join(TEXTS, r[0]), encoding="utf-8").read()
            assert t[r[1]:r[2]] == r[3]
        with open(os.path.join(HERE, names[k]), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(hdr[k])
            w.writerows(rs)
    with open(os.path.join(TEXTS, "metadata.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "date"])
        w.writerows(meta)
    for k, rs in rows.items():
        print(k, len(rs))


if __name__ == "__main__":
    main()
