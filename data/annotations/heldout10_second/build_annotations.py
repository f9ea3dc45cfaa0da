"""Second blind coding of heldout10: quotations and theme paragraphs (themes version 2).

Every decision below was made by hand, reading each article in full. This script only
locates each hand-written span (by its exact text, searching forward in its file), checks it
against the raw text, checks the quotation-mark inventory and sort order, and writes
quotes.csv and themes_v2.csv beside itself. Standard library only.

Run: /work/main/.venv/bin/python data/annotations/heldout10_second/build_annotations.py
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.normpath(os.path.join(HERE, "..", "..", "heldout10"))

OPEN_MARKS = {'"', "\u201c", "\u2018", "'"}
CLOSE_MARKS = {'"', "\u201d", "\u2019", "'"}
ALL_MARKS = set('"\'\u201c\u201d\u2018\u2019')

S, T = "speech", "term"

# (text inside the marks, kind, speaker, cue, continuation, note)
QUOTES = {
    "heldout10_senedd_campaign.txt": [
        ("I voted for you lot all my life. This time I\u2019m not sure I\u2019ll bother.",
         S, "Keith", "tell", False, "a retired bus driver called Keith; 'tells him:'"),
        ("People in Wales make up their minds late,", S, "Eluned Carrow", "tell", False,
         "'she told a rally'"),
        ("They always have, and they will again.", S, "Eluned Carrow", "", True, ""),
        ("from a bunker in Cardiff Bay by people who think the valleys are a photo opportunity",
         S, "one Labour Senedd member", "say", False,
         "partial quotation; 'One Labour Senedd member who backed Vaughan said'"),
        ("If we lose Merthyr, she\u2019s finished, and a lot of us won\u2019t be sorry,",
         S, "another Labour Senedd member", "say", False,
         "'Another was blunter ... he said': noun completed from the previous sentence"),
        ("There is no plot, there is no challenge, there is a campaign,",
         S, "a spokesperson for the first minister", "say", False, ""),
        ("working flat out for a Labour government", S, "Rhodri Vaughan", "tell", False,
         "partial quotation; 'told the New Statesman he was'"),
        ("We\u2019ve been managing decline politely for fifteen years,", S, "Rhodri Vaughan",
         "say", False, ""),
        ("People can see it in their high streets.", S, "Rhodri Vaughan", "", True, ""),
        ("Twenty-six years of Labour and the kids round here are poorer than when they started,",
         S, "Catrin Elwyn", "say", False, ""),
        ("That isn\u2019t a Westminster problem. That\u2019s a choice.", S, "Catrin Elwyn", "",
         True, ""),
        ("fair funding", T, "", "", False,
         "label of Plaid's promised settlement (policy name), no utterance reported; borderline speech"),
        ("scrap the waste in Cardiff Bay", S, "Darren Hale", "promise", False,
         "written words of his leaflets ('His leaflets promise to')"),
        ("a talking shop for people who have never run a business", S, "Darren Hale", "call",
         False, "said at a hustings: 'he called the Senedd'"),
        ("My wages haven\u2019t moved, my rent has gone up twice in a year, and they tell me things are getting better,",
         S, "Sian", "say", False, ""),
        ("Better for who?", S, "Sian", "", True, ""),
        ("She\u2019s right to be angry,", S, "Gareth Pryce-Owen", "say", False, ""),
        ("The question is whether she\u2019s angry enough to hand the place to people who\u2019ll cut it to the bone.",
         S, "Gareth Pryce-Owen", "", True, ""),
    ],
    "heldout10_cuts_explainer.txt": [
        ("a decisive break with the austerity of the past", S, "Miriam Hollis", "promise", False,
         "partial quotation; 'promising'"),
        ("largely an illusion", S, "the Fairbank Institute", "call", False,
         "'the institute calls that increase'"),
        ("Total spending is going up in every year of this review. Calling that austerity is frankly absurd.",
         S, "a Treasury source", "say", False, "'A Treasury source said:'"),
        ("back-office functions, not frontline services", S, "a Treasury source", "add", False,
         "partial quotation; 'The source added that'"),
        ("fewer caseworkers, longer queues and, in the end, a more expensive system", S,
         "Priya Ramsden", "say", False, "partial quotation"),
        ("When a department has already lost a quarter of its budget since 2010, there is no back office left to cut,",
         S, "Priya Ramsden", "say", False, "own cue 'she said'"),
        ("What you are cutting is the front office.", S, "Priya Ramsden", "", True, ""),
        ("stop the bleeding, not heal the wound", S, "Tom Achebe-Wright", "say", False,
         "partial quotation"),
        ("We have cut everything that isn\u2019t nailed down,", S, "Tom Achebe-Wright", "tell",
         False, "'he told the New Statesman'; isn\u2019t = apostrophe"),
        ("Our auditors use the phrase \u201cgoing concern\u201d about us now, which is not a phrase any council wants to hear.",
         S, "Tom Achebe-Wright", "", True, "outer span of the nested \u201cgoing concern\u201d"),
        ("going concern", T, "", "", False,
         "nested in Achebe-Wright's quotation; 'the phrase': a phrase under discussion"),
        ("Cuts to unprotected departments are a tax on people who have nothing else,", S,
         "Priya Ramsden", "say", False, ""),
        ("invisible means test", T, "", "", False,
         "'Campaigners have taken to calling this': a coined label in general use, no occasion of utterance; borderline speech (cue call, speaker campaigners)"),
        ("We are spending more on crisis and less on prevention every year,", S, "Priya Ramsden",
         "say", False, "split quotation, first piece"),
        ("and calling it efficiency.", S, "Priya Ramsden", "say", False,
         "split quotation, second piece: interposed cue 'she said'"),
        ("The real test is next spring,", S, "Tom Achebe-Wright", "say", False,
         "split quotation, first piece"),
        ("when we set budgets and find out whether any of this was real.", S,
         "Tom Achebe-Wright", "say", False, "split quotation, second piece"),
    ],
    "heldout10_state_visit.txt": [
        ("tested by war, renewed by peace and never, in the end, broken", S, "the King", "tell",
         False, "partial quotation; 'telling President Warren Caldwell and 160 guests ... that'; no personal name given"),
        ("argued as only old friends can", S, "the King", "say", False, "partial quotation"),
        ("We have not always agreed,", S, "the King", "say", False, ""),
        ("But we have never doubted that we would stand together when it mattered.", S,
         "the King", "", True, ""),
        ("a great gentleman, a really great gentleman", S, "Warren Caldwell", "call", False,
         "'He called the King'; the president = Warren Caldwell"),
        ("the most special there is, and today it\u2019s more special than ever", S,
         "Warren Caldwell", "describe", False, "'described the relationship as'"),
        ("The relationship is in excellent health and this visit will deliver for working people on both sides of the Atlantic,",
         S, "a Downing Street spokesman", "say", False, ""),
        ("one thing at a time and never in public", S, "one official", "say", False,
         "'One, who has worked on American trade ..., said': noun completed from 'some officials'"),
        ("charming until the cameras leave", S, "another official", "describe", False,
         "'Another described the president\u2019s team as'"),
        ("let American companies fix the NHS", S, "Warren Caldwell", "remark", False,
         "'his remark to a television crew that'"),
        ("Not in our name", S, "the protesters", "read", False,
         "placard words carried by the marchers on this occasion: speech (like a chant), cue the verb 'read'; borderline term (slogan)"),
        ("No poodles", S, "the protesters", "read", False,
         "second placard, same verb 'read' governs it; borderline term (slogan)"),
        ("We were told then that standing close to Washington gave us influence,", S, "Joan",
         "say", False, ""),
        ("I\u2019m still waiting to see it.", S, "Joan", "", True, ""),
        ("I will always put the British national interest first, and the British national interest is served by a strong relationship with our closest ally.",
         S, "Anna Lydgate", "say", False, "'Lydgate said:'"),
        ("a great country with a great leader", S, "Warren Caldwell", "tell", False,
         "'told reporters on the castle steps that'"),
        ("soon, and often", S, "Warren Caldwell", "tell", False,
         "second 'that' clause of the same 'told reporters'"),
        ("the easy bit", S, "one veteran diplomat", "put", False, "'as one veteran diplomat put it'"),
    ],
    "heldout10_spy_memoir.txt": [
        ("with the distinct feeling that we had been asked to find something rather than to look for it",
         S, "Malcolm Tennant", "describe", False,
         "memoir's words; 'describes walking out ... \"with ...\"'; Sir dropped"),
        ("thin, stale and in places second-hand", S, "Malcolm Tennant", "write", False,
         "'he writes' interposed"),
        ("I said, in terms, that we could not stand behind the word 'certain',", S,
         "Malcolm Tennant", "write", False, "'he writes of a meeting'"),
        ("certain", T, "", "", False, "nested; 'the word': a word under discussion"),
        ("He thanked me, and the word appeared in the dossier six months later.", S,
         "Malcolm Tennant", "", True, ""),
        ("reliable and authoritative", S, "Malcolm Tennant", "describe", False,
         "JIC minutes 'show him describing the same material as'"),
        ("The decision's made, Malcolm. We're just doing the paperwork.", S,
         "a senior CIA officer", "tell", False, "'told him,'"),
        ("a passenger who had convinced himself he was co-driving", S, "Malcolm Tennant", "call",
         False, "'He calls the British government's position'"),
        ("Malcolm sat in those meetings and never once said what he now says he said,", S,
         "Ruth Armitage", "tell", False, "'she told the New Statesman'; Baroness dropped"),
        ("It is very easy to be brave twenty years after the event.", S, "Ruth Armitage", "",
         True, ""),
        ("welcome the publication of his notes, if he has any", S, "Ruth Armitage", "add", False,
         "'She added that she would'"),
        ("The baroness is entitled to her memory. I am entitled to mine.", S, "Malcolm Tennant",
         "reply", False, "'Tennant's reply, through his publisher, was brief:' (noun cue)"),
    ],
    "heldout10_recognition_speech.txt": [
        ("when it can do most good, and not before", S, "Marcus Ellery", "say", False,
         "partial quotation"),
        ("a right of the Palestinian people, not a reward to be handed out at the end of a process that has no end",
         S, "Marcus Ellery", "say", False, "partial quotation"),
        ("a path, not a wall", S, "Marcus Ellery", "call", False, "'conditions he called'"),
        ("Rewarding Hamas for the atrocities of 7 October will not bring peace any closer,", S,
         "a spokesperson for the Israeli embassy", "say", False,
         "'a spokesperson said' after 'The Israeli embassy in London responded'"),
        ("It tells terrorists that violence works.", S, "a spokesperson for the Israeli embassy",
         "", True, ""),
        ("for 77 years, then for one more round of talks, then for the right moment", S,
         "Rania Haddad", "say", False, "partial quotation"),
        ("The right moment was decades ago,", S, "Rania Haddad", "say", False, ""),
        ("We will take recognition when it comes, but we will not pretend it is generous.", S,
         "Rania Haddad", "", True, ""),
        ("Conditions on the occupied, none on the occupier,", S, "Jo Whitlock", "say", False, ""),
        ("The foreign secretary has found a very long way of saying no.", S, "Jo Whitlock", "",
         True, ""),
        ("before the hostages are home", S, "Simon Garber", "say", False,
         "partial quotation; 'said recognition \"...\" would be \"...\"'"),
        ("a mistake we cannot take back", S, "Simon Garber", "say", False,
         "same 'said' governs it"),
        ("being pushed around by people who will never be satisfied", S, "Simon Garber", "tell",
         False, "'He told colleagues ... that', reported second-hand by two MPs"),
        ("The whole party wants to see a two-state solution,", S, "a No 10 source", "say", False,
         ""),
        ("This is a debate about timing, not about principle.", S, "a No 10 source", "", True, ""),
        ("tied Britain\u2019s hands to a timetable set by Hamas", S, "Caroline Vesey", "say",
         False, "partial quotation"),
        ("Recognition should come at the end of a peace process,", S, "Caroline Vesey", "say",
         False, "split quotation, first piece"),
        ("not as a substitute for one.", S, "Caroline Vesey", "say", False,
         "split quotation, second piece"),
        ("a question for the manifesto", S, "Caroline Vesey", "say", False,
         "'she said that was'"),
        ("If he waits until Christmas, he loses the left. If he goes in September, he loses the right. He will go in September.",
         S, "one Labour whip", "put", False, "'One Labour whip put it more simply:'"),
    ],
}

# Headings inside the body (not prose paragraphs): the explainer's question subheads.
HEADINGS = {
    "heldout10_cuts_explainer.txt": [
        "Which departments are losing out?",
        "Isn\u2019t this just austerity by another name?",
        "What does it mean for councils?",
        "Who feels it most?",
        "What happens next?",
    ],
}

THEMES = ("special_relationship", "party_factionalism", "iraq_war_intelligence",
          "israel_palestine", "austerity_inequality")

# (paragraph opening snippet, SR, PF, IRQ, IP, AUS, negated, note)
PARAS = {
    "heldout10_senedd_campaign.txt": [
        ("On Tuesday morning, in steady rain in Merthyr Tydfil", 0, 0, 0, 0, 0, "",
         "canvassing scene; a voter's doubt about voting Labour is not party factionalism (voter, reading v10)"),
        ("With eight days to go before the Senedd election", 0, 0, 0, 0, 0, "",
         "polls and the first minister's confidence: the race, not a rift"),
        ("Not everyone in her party shares the confidence.", 0, 1, 0, 0, 0, "",
         "left's candidate's allies never accepted the leadership result; Senedd members attack the campaign and the leader"),
        ("Carrow\u2019s allies dismiss the talk as noise.", 0, 1, 0, 0, 0, "",
         "'no plot, no challenge' is a denial, but Vaughan declining to say whether he would serve under Carrow is not negated, so not flagged"),
        ("The argument inside Labour is partly about money.", 0, 1, 0, 0, 1, "",
         "argument inside Labour (its critics on the left vs the Welsh government) and squeezed council budgets, closed libraries, 'managing decline'"),
        ("Plaid Cymru is making the same argument", 0, 0, 0, 0, 1, "",
         "child poverty, food bank, free school meals, council funding; Plaid vs Labour is between parties"),
        ("Reform\u2019s candidate, Darren Hale", 0, 0, 0, 0, 0, "",
         "borderline austerity: 'scrap the waste' and fewer Senedd members is anti-politics messaging, not public spending cuts or their effects"),
        ("In the terraces above the town", 0, 0, 0, 0, 1, "",
         "stagnant wages and rising rent: cost of living"),
        ("Pryce-Owen, back in his car", 0, 0, 0, 0, 1, "",
         "borderline: 'She's right to be angry' (at wages/rent, previous paragraph) and 'people who'll cut it to the bone' (spending cuts); one weak cue decided by article context"),
    ],
    "heldout10_cuts_explainer.txt": [
        ("The chancellor, Miriam Hollis, set out departmental budgets", 0, 0, 0, 0, 1, "",
         "real-terms cuts; 'break with austerity' promise does not make the paragraph negated"),
        ("The biggest falls are at the Home Office", 0, 0, 0, 0, 1, "", "departmental cuts, council funding"),
        ("Ministers say not.", 0, 0, 0, 0, 1, "",
         "hard call on negated: austerity is denied, but 'the cuts fell on back-office functions' affirms cuts, so not every statement is negated"),
        ("The think-tank is unconvinced.", 0, 0, 0, 0, 1, "", "effects of the cuts on services"),
        ("Councils have had a harder 15 years", 0, 0, 0, 0, 1, "",
         "council spending power, deprived vs least deprived areas"),
        ("\u2018We have cut everything that isn\u2019t nailed down,\u2019", 0, 0, 0, 0, 1, "",
         "council cuts, temporary accommodation, social care"),
        ("The think-tank\u2019s analysis suggests the poorest tenth", 0, 0, 0, 0, 1, "",
         "distribution of cuts across incomes"),
        ("The gap shows up first in children\u2019s services.", 0, 0, 0, 0, 1, "",
         "early help spending fallen in deprived councils"),
        ("Departments must publish detailed plans by the autumn", 0, 0, 0, 0, 1, "",
         "party factionalism 0: 'pressure from her own backbenchers' is a passing clause with no sides or demand stated (rule 2), borderline"),
    ],
    "heldout10_state_visit.txt": [
        ("The King raised his glass", 1, 0, 0, 0, 0, "", "the bond between Britain and the US"),
        ("In a speech that drew on the wartime alliance", 1, 0, 0, 0, 0, "", ""),
        ("The president, who landed at Stansted", 1, 0, 0, 0, 0, "",
         "the president's toast: 'the relationship ... the most special there is'"),
        ("For the Prime Minister, Anna Lydgate", 1, 0, 0, 0, 0, "",
         "UK aims for tariff deal and technology partnership with the US"),
        ("Privately, some officials are less serene.", 1, 0, 0, 0, 0, "",
         "how the British side deals with the US president's team"),
        ("There were smaller frictions too.", 1, 0, 0, 0, 0, "",
         "frictions of the visit; 'fix the NHS' is not austerity"),
        ("Outside the castle walls, the welcome was cooler.", 1, 0, 0, 0, 0, "",
         "protest against the visit, 'No poodles' (poodle charge); 'Not in our name' alone does not code Iraq"),
        ("Among the marchers was Joan", 1, 0, 0, 0, 0, "",
         "closeness to Washington and influence; Iraq 0, borderline: the 2003 march is only implied (no war named)"),
        ("The Prime Minister will be hoping", 1, 0, 0, 0, 0, "", "too close to the White House"),
        ("The real test comes next month", 1, 0, 0, 0, 0, "", "UK-US tariff talks"),
    ],
    "heldout10_spy_memoir.txt": [
        ("There is a moment early in Sir Malcolm Tennant's memoir", 0, 0, 1, 0, 0, "",
         "September 2002, asked to find something (the run-up intelligence), the argument of two decades"),
        ("The Weight of Evidence (Harcourt Row", 0, 0, 0, 0, 0, "",
         "borderline Iraq: career summary; 'the chapters on Iraq' is a mention of the book's contents"),
        ("His case is simple.", 0, 0, 1, 0, 0, "", "intelligence on Saddam's weapons, the dossier"),
        ("It is a powerful passage", 0, 0, 1, 0, 0, "", "Chilcot evidence, JIC minutes"),
        ("Tennant's defenders will say", 0, 0, 1, 0, 0, "",
         "borderline: whether the chief warned in private about the (Iraq) intelligence; references resolved from the article"),
        ("The book is sharper on Washington.", 1, 0, 1, 0, 0, "",
         "CIA 'decision's made' and the British government as a passenger to the US: both"),
        ("Not everyone is wincing in the right direction.", 0, 0, 1, 0, 0, "",
         "a minister disputes his account of the Iraq meetings ('those meetings' resolved from article)"),
        ("Tennant's reply, through his publisher", 0, 0, 1, 0, 0, "",
         "borderline: the dispute over his account of the intelligence warning; 'the one question that matters'"),
    ],
    "heldout10_recognition_speech.txt": [
        ("The foreign secretary, Marcus Ellery, said last night", 0, 0, 0, 1, 0, "", ""),
        ("Speaking at Chatham House", 0, 0, 0, 1, 0, "", "conditions: Gaza ceasefire, hostages, PA elections"),
        ("The Israeli embassy in London responded", 0, 0, 0, 1, 0, "", ""),
        ("The Palestinian mission welcomed the speech", 0, 0, 0, 1, 0, "", ""),
        ("On the Labour benches, the speech exposed a divide", 0, 1, 0, 1, 0, "",
         "left of the party vs the whips and the foreign secretary"),
        ("On the party\u2019s right, the worry runs the other way.", 0, 1, 0, 1, 0, "",
         "right of the party against the government's line at the PLP"),
        ("Downing Street insists there is no split.", 0, 1, 0, 1, 0, "party_factionalism",
         "playing down a rift: every factional statement denies a split (rule 4); two-state solution = Israel-Palestine, not negated"),
        ("The Conservatives accuse the government", 0, 0, 0, 1, 0, "",
         "opposition party vs government, not factionalism"),
        ("The timetable matters more than the rhetoric.", 0, 1, 0, 1, 0, "",
         "keeping his own MPs in the room; the whip: loses the left / loses the right"),
    ],
}


def fail(msg):
    sys.exit("FAIL: " + msg)


def read(name):
    with open(os.path.join(TEXTS, name), encoding="utf-8", newline="") as fh:
        return fh.read()


def is_apostrophe(raw, i):
    """A mark that is not a quotation mark: letter on both sides, or a plural possessive s'."""
    ch = raw[i]
    if ch not in ("\u2019", "'"):
        return False
    before = raw[i - 1] if i > 0 else " "
    after = raw[i + 1] if i + 1 < len(raw) else " "
    return before.isalnum() and (after.isalnum() or (before == "s" and after == " "))


def build_quotes():
    rows = []
    for source, items in QUOTES.items():
        raw = read(source)
        cursor = 0
        used = set()
        srows = []
        for text, kind, speaker, cue, cont, note in items:
            start = raw.find(text, cursor)
            if start < 0:
                fail(f"{source}: span not found after {cursor}: {text!r}")
            end = start + len(text)
            if raw[start:end] != text:
                fail(f"{source}: raw[start:end] != text at {start}")
            if raw[start - 1] not in OPEN_MARKS or end >= len(raw) or raw[end] not in CLOSE_MARKS:
                fail(f"{source}: span {text!r} is not bounded by quotation marks")
            if kind == T and (speaker or cue or cont):
                fail(f"{source}: term row with speaker/cue/continuation: {text!r}")
            if kind == S and cont and cue:
                fail(f"{source}: continuation with its own cue: {text!r}")
            used.update((start - 1, end))
            srows.append([source, start, end, text, kind, speaker, cue,
                          "true" if cont else "false", note])
            cursor = start + 1
        # mark inventory: every mark bounds a span or is an apostrophe
        for i, ch in enumerate(raw):
            if ch in ALL_MARKS and i not in used and not is_apostrophe(raw, i):
                fail(f"{source}: unaccounted quotation mark {ch!r} at {i}: {raw[i-20:i+20]!r}")
        inv = {}
        for i, ch in enumerate(raw):
            if ch in ALL_MARKS:
                k = inv.setdefault(ch, [0, 0, 0])
                k[0] += 1
                k[1 if i in used else 2] += 1
        print(f"{source}: marks " + ", ".join(
            f"{c} {n} ({u} quotation, {a} apostrophe)" for c, (n, u, a) in sorted(inv.items())))
        # continuation rule: true iff no cue and same speaker as the previous top-level speech span
        prev_speaker, outer_end = None, -1
        for r in srows:
            nested = r[2] <= outer_end
            if nested:
                if r[7] == "true":
                    fail(f"{source}: nested row marked continuation: {r[3]!r}")
                continue
            outer_end = r[2]
            if r[4] != S:
                continue
            should = (not r[6]) and r[5] == prev_speaker
            if (r[7] == "true") != should:
                fail(f"{source}: continuation {r[7]} inconsistent with the rule: {r[3]!r}")
            prev_speaker = r[5]
        if srows != sorted(srows, key=lambda r: (r[1], -r[2])):
            fail(f"{source}: quote rows not in start order")
        rows.extend(srows)
    return rows


def body_paragraphs(source, raw):
    """Every non-empty line after the title line (line 1), minus the listed headings."""
    paras = []
    pos = 0
    for n, line in enumerate(raw.split("\n"), start=1):
        if n > 1 and line.strip() and line not in HEADINGS.get(source, []):
            paras.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return paras


def build_themes():
    rows = []
    for source, items in PARAS.items():
        raw = read(source)
        for h in HEADINGS.get(source, []):
            if ("\n" + h + "\n") not in raw:
                fail(f"{source}: heading not a line: {h!r}")
        paras = body_paragraphs(source, raw)
        if len(paras) != len(items):
            fail(f"{source}: {len(paras)} body paragraphs but {len(items)} coded")
        for (start, end, text), item in zip(paras, items):
            snippet, *codes, negated, note = item
            if not text.startswith(snippet):
                fail(f"{source}: paragraph at {start} does not start with {snippet!r}")
            if raw[start:end] != text:
                fail(f"{source}: raw[start:end] != paragraph text at {start}")
            for t in filter(None, negated.split(";")):
                if t not in THEMES or codes[THEMES.index(t)] != 1:
                    fail(f"{source}: negated theme {t!r} not coded 1 at {start}")
            rows.append([source, start, end, text, *codes, negated, note])
    return rows


def write(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    q = build_quotes()
    t = build_themes()
    write("quotes.csv", ["source", "start", "end", "text", "kind", "speaker", "cue",
                         "continuation", "notes"], q)
    write("themes_v2.csv", ["source", "start", "end", "text", *THEMES, "negated", "notes"], t)
    # self-check: read back
    for name in ("quotes.csv", "themes_v2.csv"):
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                if read(r["source"])[int(r["start"]):int(r["end"])] != r["text"]:
                    fail(f"{name}: read-back mismatch {r['source']} {r['start']}")
    for source in QUOTES:
        qs = [r for r in q if r[0] == source]
        ts = [r for r in t if r[0] == source]
        print(f"{source}: quotes {len(qs)} (speech {sum(r[4] == S for r in qs)}, "
              f"term {sum(r[4] == T for r in qs)}, continuation {sum(r[7] == 'true' for r in qs)}); "
              f"paragraphs {len(ts)}; themes "
              + " ".join(f"{th}={sum(r[4 + i] for r in ts)}" for i, th in enumerate(THEMES))
              + f" negated={sum(bool(r[9]) for r in ts)}")
    print(f"total: {len(q)} quotes, {len(t)} paragraphs; all checks passed")


if __name__ == "__main__":
    main()
