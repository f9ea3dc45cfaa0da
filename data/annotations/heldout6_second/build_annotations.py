"""Second, blind annotation of data/heldout6 (quotes and themes v2).

Every decision below was made by hand by reading each paragraph in full (helper session,
branch wt-heldout6b, 2026-12-07), blind to the first annotation. The script only turns the
decisions into offsets: each quotation is found by its first and last words, searching forward
in the file, and must sit immediately inside an opening and a closing quotation mark; each theme
row is the whole body paragraph (title excluded). It then verifies raw[start:end] == text,
sorting, and that every quotation mark in the files is accounted for.

Run: /work/main/.venv/bin/python data/annotations/heldout6_second/build_annotations.py
(standard library + pandas only; reads nothing but data/heldout6/).
"""
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
TEXTS = HERE.parents[1] / "heldout6"

OPEN = {"“": "”", '"': '"', "‘": "’", "'": "'"}

# ---------------------------------------------------------------------------------------------
# Quotations: (first words, last words, kind, speaker, cue, continuation, notes)
# first/last words are inside the marks; rows listed in reading order (an outer span before the
# span nested in it).
# ---------------------------------------------------------------------------------------------
Q = {}

Q["heldout6_hustings_leeds.txt"] = [
    ("The last leadership", "left scars,", "speech", "Bernadette Oyelaran", "say", False, ""),
    ("How would each", "this one doesn’t?", "speech", "Bernadette Oyelaran", "", True,
     "own sentence after the cue sentence: continuation of the chair"),
    ("I’m not standing to win", "inside this party,", "speech", "Siobhan Carrick", "say", False, ""),
    ("I’m standing to win", "years confusing them.", "speech", "Siobhan Carrick", "", True, ""),
    ("Which argument?", "Which argument?", "speech", "a man near the back", "call", False,
     "heckle; cue 'called out' (phrasal), lemma call"),
    ("treated like a stage army", "treated like a stage army", "speech", "Dev Raichura", "argue",
     False, "fragment of his words worked into the writer's sentence, cue 'he argued:'"),
    ("You don’t heal", "isn’t there,", "speech", "Dev Raichura", "say", False, ""),
    ("The scars are there", "Say it.", "speech", "Dev Raichura", "", True, ""),
    ("Answer the question!", "Answer the question!", "speech", "someone", "shout", False,
     "unnamed heckler: 'someone to shout'"),
    ("should be looked at", "members trust", "speech", "Matthew Ellery", "say", False,
     "'then said that each case \"...\"'; previous speech span is the heckler's, so false"),
    ("the most Ellery answer", "answer imaginable", "speech", "one activist beside me", "mutter",
     False, "interposed cue 'one activist beside me muttered'"),
    ("Never again will", "than compromise,", "speech", "Labour Forward", "read", False,
     "written words of the Labour Forward leaflet ('it read'); speaker = the slate that issued it"),
    ("vote for the whole slate", "vote early", "speech", "Labour Forward", "urge", False,
     "leaflet again, own cue 'it urged members to'"),
    ("Take one, comrade,", "Take one, comrade,", "speech", "a young woman in a Raichura T-shirt",
     "say", False, ""),
    ("I’ve got three already,", "I’ve got three already,", "speech", "a Labour Forward organiser",
     "reply", False, "'he replied': he = the Labour Forward organiser"),
    ("a party that argues", "wins in public", "speech", "Siobhan Carrick", "promise", False,
     "closing statement fragment"),
    ("give the keys back", "to the members", "speech", "Dev Raichura", "say", False, ""),
    ("the leader who takes", "into government", "speech", "Matthew Ellery", "say", False, ""),
    ("Siobhan won the room", "won the unions,", "speech",
     "an MP who has not yet declared for anyone", "say", False, ""),
    ("Which of those matters", "in three weeks.", "speech",
     "an MP who has not yet declared for anyone", "", True, ""),
]

Q["heldout6_interview_iraq_officer.txt"] = [
    ("a great deal of", "unfinished business", "speech", "Catherine Ashdown", "account", False,
     "'by her own account' = noun cue (cf. 'By his own admission' in the guideline)"),
    ("The atmosphere in the building", "over that summer,", "speech", "Catherine Ashdown", "say",
     False, ""),
    ("Before, we were asked", "Nobody ever does.", "speech", "Catherine Ashdown", "", True, ""),
    ("I did. I wrote", "found out by whom.", "speech", "Catherine Ashdown", "", True,
     "answer to the writer's question 'Did she raise it?'; no cue"),
    ("were presented with", "was not justified", "speech", "the Iraq Inquiry", "conclude", False,
     "written words of the Iraq Inquiry's report ('concluded that'); speaker = the Inquiry"),
    ("perhaps a hundred times", "perhaps a hundred times", "speech", "Catherine Ashdown", "tell",
     False, "'she tells me, \"...\"'"),
    ("It was fair,", "It was fair,", "speech", "Catherine Ashdown", "say", False, ""),
    ("If anything it was generous", "there to supply.", "speech", "Catherine Ashdown", "", True, ""),
    ("He believed it.", "than the evidence.", "speech", "Catherine Ashdown", "", True,
     "after 'she shakes her head' (no reporting verb); he = the prime minister of the day"),
    ("cleaner, morally", "if not physically", "speech", "Catherine Ashdown", "describe", False, ""),
    ("thoroughly unimpressed", "war stories", "speech", "Catherine Ashdown", "say", False,
     "'she says with a laugh'; mother's is an apostrophe"),
    ("Trust, mostly.", "one who doesn't.", "speech", "Catherine Ashdown", "", True,
     "'She answers slowly.' is a separate narrator sentence, not a cue of the span (context only)"),
    ("are you sure this time?", "are you sure this time?", "speech", "ministers", "", False,
     "nested; the unspoken question of 'the flicker in the room' when the service went to "
     "ministers ('And they were right to ask') - words put in the ministers' mouths, speech; "
     "borderline with term; nested row so continuation false"),
    ("The legacy is that", "never been paid back.", "speech", "Catherine Ashdown", "", True, ""),
    ("I think about that", "about the weapons.", "speech", "Catherine Ashdown", "add", False,
     "'She stops, and then adds:'"),
    ("You'll write that", "I was bitter,", "speech", "Catherine Ashdown", "say", False, ""),
    ("I wasn't. I was ashamed", "the wrong thing.", "speech", "Catherine Ashdown", "", True, ""),
]

Q["heldout6_leader_tech_compact.txt"] = [
    ("the most significant agreement", "Agreement of 1958", "speech", "Helen Marwick", "describe",
     False, "'she described it as'"),
    ("a partner that understands", "scale of the threat", "speech", "the Pentagon", "welcome",
     False, "written statement ('A Pentagon statement ... welcomed'); speaker = the Pentagon"),
    ("harden the alliance", "the decades ahead", "speech", "the Pentagon", "promise", False,
     "same statement, own cue 'promised that'"),
    ("made the right choice", "made the right choice", "speech", "the Pentagon", "add", False,
     "'It added ... that'"),
    ("We are being asked", "for thirty years,", "speech", "General Sir Anthony Redfern", "say",
     False, "supplier's is an apostrophe"),
    ("Nobody in their right mind", "nervous system of the army.", "speech",
     "General Sir Anthony Redfern", "", True, ""),
    ("is not diminished", "choosing good friends", "speech", "Helen Marwick", "reply", False,
     "'she replied that sovereignty \"...\"'"),
    ("an operational veto", "an operational veto", "speech", "Helen Marwick", "call", False,
     "'what she calls': call with a specific source = speech by the guideline's decision rule "
     "(cf. Schneider calls it Kremlinology); borderline with term"),
    ("a review after five years", "a review after five years", "term", "", "", False,
     "'the phrase now in the draft': a drafted phrase mentioned and held at a distance by the "
     "leader writer, no speaker's utterance; borderline with speech (written words of the draft)"),
]

Q["heldout6_media_weekend_coverage.txt"] = [
    ("Bandgate", "Bandgate", "term", "", "", False, "front-page headline (title of a work / label)"),
    ("TAXING TIMES", "TAXING TIMES", "term", "", "", False, "front-page headline"),
    ("HOUSE OF PAIN", "HOUSE OF PAIN", "term", "", "", False, "front-page headline"),
    ("It’s a list of options", "never see daylight,", "speech",
     "a senior adviser in Number 10", "tell", False, "unnamed source"),
    ("The idea that the Chancellor", "in a headline.", "speech", "a senior adviser in Number 10",
     "", True, ""),
    ("The squeezed middle", "last stand", "term", "", "", False,
     "headline of the Sunday Times spread ('under')"),
    ("Chief Secretary, did you", "before it was leaked?", "speech", "Fiona Garside", "ask", False,
     "'before asking:'"),
    ("a great many papers", "a great many papers", "speech", "Oliver Denholm", "say", False,
     "'Denholm said he saw'"),
    ("That isn’t what I asked,", "That isn’t what I asked,", "speech", "Fiona Garside", "reply",
     False, ""),
    ("Did you see this one?", "Did you see this one?", "speech", "Fiona Garside", "", True, ""),
    ("always looks at", "range of options", "speech", "Oliver Denholm", "say", False, ""),
    ("give a running commentary", "on internal documents", "speech", "Oliver Denholm", "say",
     False, "second that-clause governed by the same 'Denholm said'; so cue say, not a continuation"),
    ("no decisions have been taken", "no decisions have been taken", "speech", "Oliver Denholm",
     "say", False, "'he said three times that'"),
    ("Minister, are you ruling it out?", "Minister, are you ruling it out?", "speech",
     "Fiona Garside", "put", False, "'Garside put it differently:' - colon introduction, cue put"),
    ("I’m not going to play", "play that game,", "speech", "Oliver Denholm", "say", False, ""),
    ("Editors will be aware", "unnecessary intrusion,", "speech",
     "the Independent Press Standards Organisation", "say", False,
     "'IPSO said in a statement'; fullest name given earlier in the paragraph; Editors' is an "
     "apostrophe (plural possessive)"),
    ("consider whether to open", "of its own volition", "speech",
     "the Independent Press Standards Organisation", "add", False, "'adding that'"),
    ("HOUSE OF PAIN", "HOUSE OF PAIN", "term", "", "", False,
     "the headline again, as a trending phrase"),
]

Q["heldout6_news_section114.txt"] = [
    ("We have cut everything", "putting people in danger,", "speech", "Marion Tetley", "say",
     False, ""),
    ("There is nothing left", "in the drawer.", "speech", "Marion Tetley", "", True, ""),
    ("fifteen years of being asked", "more with less", "speech", "Marion Tetley", "call", False,
     "'blamed what she called': the span's own cue is call (speech: a specific source calls it)"),
    ("I don’t say that", "to score points,", "speech", "Marion Tetley", "add", False, ""),
    ("I say it because", "people should know.", "speech", "Marion Tetley", "", True, ""),
    ("significant weaknesses", "financial management", "speech", "the external auditor", "find",
     False, "written report ('It found'); speaker = the author of the report"),
    ("a decision taken without", "credible exit strategy", "speech", "the external auditor",
     "describe", False, "'described the shopping-centre purchase as'"),
    ("will be exhausted", "of the financial year", "speech", "the external auditor", "warn",
     False, "'The report also warns that'"),
    ("They keep telling us", "the last cut,", "speech", "Graham Pell", "say", False, ""),
    ("Then next year", "another last cut.", "speech", "Graham Pell", "", True, ""),
    ("Who’s going to empty", "empty the bins?", "speech",
     "Graham Pell's neighbour, a mother of three", "put", False,
     "'His neighbour, a mother of three who did not want to be named, put it more simply:'"),
    ("It used to be people", "asked anyone for anything,", "speech", "Asha Mistry", "say", False,
     ""),
    ("If the council cuts", "where they go.", "speech", "Asha Mistry", "", True, ""),
    ("in close contact", "with Harbridge", "speech", "Daniel Fairlie", "say", False,
     "'In a statement, ... Daniel Fairlie, said the government was'"),
    ("if that proves necessary", "residents and taxpayers", "speech", "Daniel Fairlie", "say",
     False, "second clause governed by the same 'said'"),
    ("decisions made by the council", "over many years", "speech", "Daniel Fairlie", "add", False,
     ""),
    ("Shame!", "Shame!", "speech", "one Labour councillor", "shout", False, ""),
    ("Councils of every political colour", "the same arithmetic,", "speech",
     "a spokesperson for the Local Government Association", "say", False,
     "'a spokesperson said', after 'The Local Government Association said ...'"),
    ("Without a sustainable settlement", "in the coming months.", "speech",
     "a spokesperson for the Local Government Association", "", True, ""),
]

# ---------------------------------------------------------------------------------------------
# Themes v2: one row per body paragraph (every non-empty line after the title; no standfirst in
# these five files). Per paragraph, in order: (first words for a check, SR, PF, IRAQ, IP, AUST,
# negated, notes).
# ---------------------------------------------------------------------------------------------
T = {}

T["heldout6_hustings_leeds.txt"] = [
    ("The hustings began", 0, 0, 0, 0, 0, "",
     "scene-setting; the leadership race is only mentioned (a race, not factional struggle)"),
    ("The chair, Bernadette", 0, 1, 0, 0, 0, "",
     "'The last leadership election left scars' - how to avoid the wounds of an internal contest: "
     "the party's internal conflict (weak cue 'scars', decided by the article: purges, left/right)"),
    ("Siobhan Carrick went first", 0, 1, 0, 0, 0, "",
     "backing of the soft left of the parliamentary party; 'not standing to win an argument "
     "inside this party' (a denial, but the soft-left statement is not negated, so no flag)"),
    ("Dev Raichura, a Bradford MP", 0, 1, 0, 0, 0, "",
     "candidate of the party's left; members used as a stage army; 'people were purged'"),
    ("The third candidate", 0, 1, 0, 0, 0, "",
     "restoring the whip to eleven suspended MPs (discipline/expulsions within the party)"),
    ("On every seat", 0, 1, 0, 0, 0, "",
     "Labour Forward, a slate organised by the party's right running for the NEC, against "
     "'people who would rather lose than compromise'"),
    ("Raichura’s supporters", 0, 1, 0, 0, 0, "",
     "borderline: colour, but its content is the two camps (the left's supporters and the right's "
     "slate) facing each other in the foyer"),
    ("The closing statements", 0, 1, 0, 0, 0, "",
     "borderline: 'a party that argues in private' and 'give the keys back to the members' are "
     "claims about the party's internal power and disputes"),
    ("Afterwards, in the car park", 0, 0, 0, 0, 0, "",
     "who won the room/argument/unions: the race itself, 0"),
]

T["heldout6_interview_iraq_officer.txt"] = [
    ("Catherine Ashdown chooses", 0, 0, 0, 0, 0, "",
     "biography and scene; 'agreed to talk about Iraq' is a mention (rule 2); Iraq 0, borderline"),
    ("In the autumn of 2002", 0, 0, 1, 0, 0, "",
     "dossier on Iraq's weapons, intelligence asked to support a conclusion"),
    ("Did she raise it?", 0, 0, 1, 0, 0, "",
     "unvalidated source behind the reporting (it = the pressure of the previous paragraph)"),
    ("The Iraq Inquiry", 0, 0, 1, 0, 0, "", "Iraq Inquiry on unjustified certainty"),
    ("She is careful", 0, 0, 1, 0, 0, "",
     "the PM believed the intelligence; more confident than the evidence. No US content: SR 0"),
    ("She left the Middle East desk", 0, 0, 0, 0, 0, "",
     "career and family biography; 'when the invasion began' dates her son's age, 'war stories' "
     "colour: Iraq 0, borderline"),
    ("What did Iraq cost", 0, 0, 1, 0, 0, "",
     "aftermath of the intelligence failure: ministers' distrust of the service"),
    ("And the legacy?", 0, 0, 1, 0, 0, "",
     "legacy: credibility spent on one war; 'the weapons'"),
    ("Outside, the rain", 0, 0, 1, 0, 0, "",
     "borderline: mostly scene, but 'ashamed, for years ... tired of being right about the wrong "
     "thing' is her verdict on the Iraq intelligence (one weak cue, decided by the article)"),
]

T["heldout6_leader_tech_compact.txt"] = [
    ("When the Defence Secretary", 1, 0, 0, 0, 0, "",
     "UK-US defence compact, 'agreement between our two countries'"),
    ("The terms, as far", 1, 0, 0, 0, 0, "",
     "terms of the UK-US deal (American drones, Pentagon procurement, GCHQ platform)"),
    ("Washington, for its part", 1, 0, 0, 0, 0, "", "Pentagon statement on the alliance"),
    ("The answer, critics say", 1, 0, 0, 0, 0, "",
     "binding the forces to American standards vs a European choice; lock-in to one supplier"),
    ("Marwick rejects the charge", 1, 0, 0, 0, 0, "",
     "sovereignty and 'good friends', operational veto over the US facility in Lincolnshire"),
    ("None of this is", 1, 0, 0, 0, 0, "",
     "the relationship with the US, Five Eyes; 'None of this is an argument against the alliance' "
     "is negated but the paragraph also affirms, so no flag"),
    ("There is also the question", 1, 0, 0, 0, 0, "",
     "timing against US midterms, each government's motive; 'short of money' is a passing "
     "mention, austerity 0"),
    ("What should ministers do?", 1, 0, 0, 0, 0, "",
     "recommendations on the terms of the UK-US agreement (break clause); borderline, the "
     "agreement is resolved from the article"),
]

T["heldout6_media_weekend_coverage.txt"] = [
    ("By Saturday morning", 0, 0, 0, 0, 0, "",
     "headlines on a leaked council-tax paper (new bands for the most expensive homes): a tax "
     "story, not spending cuts, poverty, welfare or cost of living as discussed; austerity 0, "
     "borderline"),
    ("Nobody in government", 0, 0, 0, 0, 0, "", "status of the options paper"),
    ("The Sunday papers", 0, 0, 0, 0, 0, "",
     "'The squeezed middle's last stand' is a headline mentioned, not a discussion of the cost "
     "of living; austerity 0, borderline"),
    ("The unlucky minister", 0, 0, 0, 0, 0, "", "interview exchange"),
    ("What followed was", 0, 0, 0, 0, 0, "", "interview exchange"),
    ("Did the coverage", 0, 0, 0, 0, 0, "", "media critique"),
    ("The story did one other", 0, 0, 0, 0, 0, "", "IPSO complaints about a photograph"),
    ("It is worth asking", 0, 1, 0, 0, 0, "",
     "borderline: the Chancellor's allies briefing that the leak came from a rival department, "
     "'a cabinet that has started leaking against itself' - rival camps of the governing party's "
     "senior figures briefing against each other; coded 1, no party named"),
]

T["heldout6_news_section114.txt"] = [
    ("Harbridge Borough Council", 0, 0, 0, 0, 1, "",
     "section 114 notice halting all but essential spending; councils going bankrupt"),
    ("The council faces", 0, 0, 0, 0, 1, "",
     "budget gap from adult social care and homeless families; 'cut everything that can be cut'"),
    ("Tetley, who has led", 0, 0, 0, 0, 1, "",
     "'fifteen years of being asked to do more with less', reserves running out"),
    ("The external auditor", 0, 0, 0, 0, 0, "",
     "borderline: the auditor's findings on governance, a bad investment and exhausted reserves - "
     "the council's own management, no cuts, poverty or welfare discussed"),
    ("On the Westfield estate", 0, 0, 0, 0, 1, "",
     "library, youth club closed, bus route cut; 'the last cut'"),
    ("At the Trinity food bank", 0, 0, 0, 0, 1, "",
     "food bank demand, in-work poverty, welfare assistance scheme"),
    ("In a statement, the local", 0, 0, 0, 0, 0, "",
     "borderline: the minister's response (commissioners; the council's own decisions to blame) "
     "and a heckle; cuts/funding are not stated, so 0. 'one Labour councillor' is a mention, PF 0"),
    ("The Local Government Association", 0, 0, 0, 0, 1, "",
     "councils everywhere face the same arithmetic, no sustainable settlement, £4bn funding gap"),
    ("Commissioners are expected", 0, 0, 0, 0, 1, "",
     "all non-statutory spending (grants, repairs) on hold"),
]

THEMES = ["special_relationship", "party_factionalism", "iraq_war_intelligence",
          "israel_palestine", "austerity_inequality"]


def quote_rows(name, raw):
    rows = []
    pos = 0
    for first, last, kind, speaker, cue, cont, notes in Q[name]:
        start = raw.index(first, pos)
        opener = raw[start - 1]
        assert opener in OPEN, (name, first, opener)
        end = raw.index(last, start) + len(last)
        closer = raw[end]
        assert closer == OPEN[opener], (name, first, last, closer)
        text = raw[start:end]
        assert "\n" not in text, (name, first)
        # no closing mark of the same kind between (a double span may hold a nested single one)
        if opener in "“\"":
            assert OPEN[opener] not in text, (name, first)
        if kind == "term":
            assert speaker == "" and cue == "" and not cont, (name, first)
        else:
            assert kind == "speech" and speaker, (name, first)
            assert not (cont and cue), (name, first)
        rows.append(dict(source=name, start=start, end=end, text=text, kind=kind,
                         speaker=speaker, cue=cue, continuation=str(cont).lower(), notes=notes))
        pos = start + 1
    return rows


def theme_rows(name, raw):
    rows = []
    offset = 0
    paras = []
    for line in raw.split("\n"):
        if line.strip():
            paras.append((offset, offset + len(line), line))
        offset += len(line) + 1
    body = paras[1:]  # the first non-empty line is the title
    assert len(body) == len(T[name]), (name, len(body), len(T[name]))
    for (start, end, text), (first, *codes, negated, notes) in zip(body, T[name]):
        assert text.startswith(first), (name, first, text[:40])
        row = dict(source=name, start=start, end=end, text=text)
        row.update(dict(zip(THEMES, codes)))
        row.update(negated=negated, notes=notes)
        rows.append(row)
    return rows


def check_continuation(qrows, raw):
    """continuation == no own cue and same speaker as the previous top-level speech span."""
    prev = None
    outers = []
    for r in qrows:
        nested = raw[r["start"] - 1] in "‘'"
        if nested:
            assert any(o["start"] < r["start"] and r["end"] < o["end"] for o in outers)
            assert r["continuation"] == "false"
            continue
        outers.append(r)
        if r["kind"] != "speech":
            continue
        expected = r["cue"] == "" and prev is not None and r["speaker"] == prev
        assert (r["continuation"] == "true") == expected, (r["source"], r["text"][:30])
        prev = r["speaker"]


def mark_inventory(name, raw, qrows):
    """Every double mark is an opening/closing of a row; single marks used are those of rows."""
    used = set()
    for r in qrows:
        used.add(r["start"] - 1)
        used.add(r["end"])
    for i, ch in enumerate(raw):
        if ch in "“”\"":
            assert i in used, (name, i, raw[i - 20:i + 20])
        if ch in "‘'’" and i not in used:
            # apostrophe: a letter (or s/plural) before it, or a letter after it
            assert raw[i - 1].isalpha() and (raw[i + 1].isalpha() or raw[i + 1] in " "), \
                (name, i, raw[i - 20:i + 20])
    nested = [r for r in qrows if raw[r["start"] - 1] in "‘'"]
    return len(qrows) - len(nested), len(nested)


def main():
    qall, tall = [], []
    for path in sorted(TEXTS.glob("*.txt")):
        raw = open(path, encoding="utf-8").read()
        qr = quote_rows(path.name, raw)
        tr = theme_rows(path.name, raw)
        d, s = mark_inventory(path.name, raw, qr)
        check_continuation(qr, raw)
        print(f"{path.name}: {len(qr)} quote rows ({d} top-level, {s} nested), "
              f"{len(tr)} body paragraphs")
        qall += qr
        tall += tr
    q = pd.DataFrame(qall).sort_values(["source", "start"], kind="stable")
    t = pd.DataFrame(tall).sort_values(["source", "start"], kind="stable")
    for df in (q, t):
        for r in df.itertuples():
            raw = open(TEXTS / r.source, encoding="utf-8").read()
            assert raw[r.start:r.end] == r.text
    q.to_csv(HERE / "quotes.csv", index=False)
    t.to_csv(HERE / "themes_v2.csv", index=False)
    print(len(q), "quote rows:", q.kind.value_counts().to_dict(),
          "continuation true:", (q.continuation == "true").sum())
    print(len(t), "theme rows:", t[THEMES].sum().to_dict())


if __name__ == "__main__":
    main()
