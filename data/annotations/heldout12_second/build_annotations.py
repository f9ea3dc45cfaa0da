"""Second blind coder of heldout12: quotations and theme paragraphs (themes version 2).

Every row below is a hand decision made by reading the article. This script only turns the
decisions into offsets and checks them:
  * quotes: each span is located by a snippet (the full text, or a (head, tail) pair) searched
    forward from the previous row; the span must sit exactly between an opening and a closing
    quotation mark (or run to the end of its paragraph when a piece is left unclosed), and
    raw[start:end] must equal the located text;
  * the quotation-mark inventory: every mark in the file either bounds a row or is an apostrophe
    (a mark between two letters, or the plural possessive after an s);
  * rows sorted by start, nested rows inside their outer row;
  * themes: one row per body paragraph (every non-empty line after the title line 1), each with
    a snippet that must occur in that paragraph.

Standard library only. Run: /work/main/.venv/bin/python build_annotations.py
"""

import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.normpath(os.path.join(HERE, "..", "..", "heldout12"))

OPEN = {'"', "'", "\u201c", "\u2018"}
CLOSE = {'"', "'", "\u201d", "\u2019"}
MARKS = {'"', "'", "\u201c", "\u201d", "\u2018", "\u2019"}

S, T = "speech", "term"

# (snippet, kind, speaker, cue, continuation, note)
# snippet: full span text, or (head, tail): the span starts with head and ends with tail.
QUOTES = {
    "heldout12_chilcot_anniversary.txt": [
        ("When he said it wasn’t a last resort, a woman behind me started crying,", S, "Margaret Heald", "say", False, ""),
        ("I didn’t. I’d known that for years.", S, "Margaret Heald", "", True,
         "“A,” she says. “B.” - new sentence after the cue: no cue of its own, same voice"),
        ("was not a last resort", S, "the Iraq Inquiry", "finding", False,
         "words of the published report; 'Its central findings ...: that ...' governs the list of that-clauses"),
        ("presented with a certainty that was not justified", S, "the Iraq Inquiry", "finding", False,
         "second that-clause governed by 'findings'"),
        ("wholly inadequate", S, "the Iraq Inquiry", "finding", False, "third that-clause governed by 'findings'"),
        (("It treats the decision", "the cabinet not consulted,"), S, "Richard Aske", "say", False, ""),
        (("All true. But the real failure", "how we would explain it."), S, "Richard Aske", "", True, ""),
        ("I will be with you, whatever.", S, "Tony Blair", "write", False, "Blair's note to Bush ('in which he wrote:')"),
        ("the most expensive six words in the history of British diplomacy", S, "Richard Aske", "call", False,
         "'Aske calls it ...': Aske's words"),
        ("sexed up", T, "", "", False,
         "the charge/label 'sexed up' held at a distance; no source said to utter it here"),
        ("The assessments themselves were hedged, cautious, full of caveats,", S, "Nadia Corrigan", "say", False, ""),
        (("What happened was that the caveats", "a ‘may’ had become a ‘has’."), S, "Nadia Corrigan", "", True, ""),
        ("may", T, "", "", False, "nested; a word under discussion"),
        ("has", T, "", "", False, "nested; a word under discussion"),
        (("Iraq killed the idea", "and Chilcot buried it,"), S, "Owen Lathbury", "say", False,
         "'The historian Owen Lathbury': title dropped"),
        (("Look at 2013 and the Syria vote.", "without Iraq."), S, "Owen Lathbury", "", True, ""),
        ("a marriage in which one partner keeps the diary", S, "Owen Lathbury", "describe", False, ""),
        (("I want someone to stand up and say,", "I’m sick of lessons."), S, "Margaret Heald", "", False,
         "cue-less quotation after the narration 'What she wants now, she says, is simpler.' (the says "
         "governs the paraphrase); previous speech span is Lathbury's -> continuation false"),
        ("We got it wrong, and your son died for our mistake.", S, "someone", "say", False,
         "nested; hypothetical words she wants someone to say ('stand up and say'); speaker from the text"),
        ("lessons have been learned", T, "", "", False,
         "nested; the stock official formula she rejects, no specific utterance"),
        ("Every generation of officials thinks it would have been the one to say no,", S, "Richard Aske", "say", False, ""),
        ("Almost none of them would have been.", S, "Richard Aske", "", True, ""),
    ],
    "heldout12_deputy_hustings.txt": [
        ("I am not here to settle scores,", S, "Sarah Okonjo", "say", False, ""),
        (("I am here because members feel", "told to go home afterwards."), S, "Sarah Okonjo", "", True, ""),
        ("a leadership with a membership attached", S, "Sarah Okonjo", "line", False,
         "'Her line that Labour had become ...': her words, cue the noun 'line' (borderline: cue-less continuation)"),
        ("stand outside the tent and throw things at it", S, "Tom Marchetti", "say", False,
         "fragment inside the sentence governed by 'he said'"),
        (("The job of a deputy leader", "We spent ten years doing it."), S, "Tom Marchetti", "", True, ""),
        (("When Number 10 briefs that the left is", "that is not a unity strategy,"), S, "Liam Crossley", "say", False, ""),
        ("a problem to be managed", S, "Number 10", "brief", False,
         "nested; words Crossley attributes to Downing Street's briefing ('briefs that')"),
        ("It is a purge with better manners.", S, "Liam Crossley", "", True, ""),
        ("completely rejected", S, "a spokesman for Okonjo", "say", False, ""),
        ("entitled to his opinion", S, "Marchetti’s team", "say", False, "collective"),
        ("We’re not kingmakers. We just want a deputy who picks up the phone.", S, "Karen Duffy", "", False,
         "'Duffy laughed.' is not a reporting verb: attributed by context; previous speech span is "
         "Marchetti's team -> continuation false"),
        ("Though if she happens to win, I wouldn’t complain about the direction of travel.", S, "Karen Duffy", "", True,
         "'Then, after a pause:' - colon without a verb"),
        ("stops the sniping", S, "Bernadette", "say", False, "fragment in 'said she would vote for whoever ...'"),
        ("I’ve been through Militant, through the Blair years, through Corbyn,", S, "Bernadette", "say", False, ""),
        ("Every time we fight each other, the Tories – or Reform now – walk in.", S, "Bernadette", "", True, ""),
        ("The sniping is the only reason anyone listens to us,", S, "Ahmed", "say", False, ""),
        (("Nobody in Downing Street cared", "made a noise about it."), S, "Ahmed", "", True, ""),
        (("Everyone says this isn’t a factional contest", "which CLPs are ours,"), S, "one regional organiser", "say", False,
         "'One regional organiser, who asked not to be named'"),
        (("The right wants a deputy", "wants to be the lid."), S, "one regional organiser", "", True, ""),
    ],
    "heldout12_spending_review.txt": [
        ("turn the page on a decade of managed decline", S, "Miriam Castell", "promise", False,
         "'the Chancellor promised MPs a settlement that would ...' (the Chancellor = Miriam Castell)"),
        (("We are choosing to invest", "not to patch and mend,"), S, "Miriam Castell", "tell", False, ""),
        ("That is what a responsible government does when it inherits a crumbling house.", S, "Miriam Castell", "", True, ""),
        ("This is austerity with the lights dimmed,", S, "Priya Halloran", "say", False, ""),
        (("The Chancellor has been careful not to use the word", "is academic."), S, "Priya Halloran", "", True, ""),
        ("essentially no improvement", S, "Priya Halloran", "add", False, "'She added that ...'"),
        ("borrowing to prop up a failing state", S, "Edmund Pryce", "accuse", False, ""),
        ("written for the Labour backbenches, not the country", S, "Edmund Pryce", "say", False, ""),
        ("She is spending money she does not have on promises she cannot keep,", S, "Edmund Pryce", "say", False, ""),
        ("We were told the cavalry was coming,", S, "Dawn Ashworth", "say", False, ""),
        ("What arrived was a letter telling us to find efficiencies.", S, "Dawn Ashworth", "", True, ""),
        (("every pound we put into care", "the bin rounds"), S, "Dawn Ashworth", "say", False,
         "fragment in the sentence governed by 'she said, so that ...'"),
        (("I’ve got children arriving on a Monday", "since Friday,"), S, "Gareth Linwood", "say", False, ""),
        ("The Chancellor talks about foundations. Come and look at ours.", S, "Gareth Linwood", "", True, ""),
        ("misleading", S, "a Treasury source", "insist", False, "one word attributed to a source with a cue -> speech"),
        ("sticking plaster", T, "", "", False, "label of a kind of politics, writer's distancing"),
    ],
    "heldout12_trade_talks.txt": [
        ("warm", S, "officials on both sides", "describe", False, "one word, attributed with 'described ... as'"),
        ("real", S, "officials on both sides", "describe", False, "same 'described' governs 'and the gaps as'"),
        (("The relationship between our two countries", "in single meetings,"), S, "Daniel Ferris", "tell", False, ""),
        (("We have moved on pharmaceuticals", "That is real progress."), S, "Daniel Ferris", "", True, ""),
        ("our oldest and closest partnership", S, "Karen Whitlow", "call", False, "'what she called'"),
        (("We're not going to do a deal", "outside the door,"), S, "Karen Whitlow", "say", False, ""),
        ("The UK knows that. They've known it since 2020.", S, "Karen Whitlow", "", True, ""),
        ("special relationship", T, "", "", False, "the label, writer's distancing"),
        ("a betrayal of every promise made to rural Britain", S, "Helen Garside", "say", False, ""),
        (("We were told in black and white", "not for sale,"), S, "Helen Garside", "say", False,
         "own cue 'she said' after it -> not a continuation"),
        (("If the government trades them away", "will not forget it."), S, "Helen Garside", "", True, ""),
        ("doesn't get a vote", S, "a senior aide to the senator", "say", False, ""),
        ("The senator likes the Brits, everybody likes the Brits,", S, "a senior aide to the senator", "say", False,
         "'the aide said'"),
        (("But when a British minister says", "a one-way street."), S, "a senior aide to the senator", "", True, ""),
        ("high standards", S, "a British minister", "say", False,
         "nested; habitual words put in a British minister's mouth with 'says' (borderline: term, a stock phrase)"),
        ("keep out", T, "", "", False,
         "nested; what the farmers 'hear' - a meaning nobody utters (borderline: speech)"),
        ("red, but not necessarily permanent", S, "one British official involved in the talks", "say", False, ""),
        ("optimistic", S, "Daniel Ferris", "say", False, "'Ferris said he was ...'"),
        ("the end of the year", S, "Daniel Ferris", "say", False, "same sentence, governed by 'Ferris said'"),
    ],
    "heldout12_un_debate_sketch.txt": [
        ("a two-state solution", S, "Rebecca Thorne", "", False,
         "phrases of Thorne's speech listed after a colon ('assembled ... from phrases ...:'); her words on "
         "this occasion, held up as stock formulas (borderline: term); no cue"),
        ("a credible political horizon", S, "Rebecca Thorne", "", True, "second phrase of the list (borderline: term)"),
        ("Israel’s right to defend itself within international law", S, "Rebecca Thorne", "", True,
         "third phrase of the list (borderline: term)"),
        ("the humanitarian catastrophe in Gaza demands nothing less", S, "Rebecca Thorne", "say", False, "'she said'"),
        ("continue to stand with Israel against terror", S, "Rebecca Thorne", "add", False, "'she added'"),
        ("standing with Israel", T, "", "", False,
         "Qureshi asks what the phrase includes: a phrase whose meaning is discussed (borderline: speech of Qureshi)"),
        ("Because if it does,", S, "Naz Qureshi", "say", False, "split quotation, interposed 'she said'"),
        ("the Foreign Secretary should tell the House which of her two speeches she meant.", S, "Naz Qureshi", "say", False,
         "second piece of the split quotation"),
        ("kept under constant review", S, "Rebecca Thorne", "reply", False, ""),
        ("in the national interest", S, "Hugo Bannatyne", "announce", False, ""),
        ("significant number", S, "Clive Warrender", "announce", False, "'Sir' dropped; 'had announced ... that'"),
        ("two years and forty thousand lives ago", S, "Alasdair Fenwick", "wish", False,
         "'said ... but wished it had come ...': the verb governing the span is 'wish' (alternative: say)"),
        ("even to the most serious of speeches", S, "the Speaker", "remind", False, ""),
        ("Then it should apply to the bombs,", S, "Yusuf Darr", "say", False, ""),
        (("those who want to use this tragedy", "a look at the polls"), S, "Gavin Rusk", "warn", False, ""),
        ("Hear, hear", S, "Naz Qureshi", "record", False,
         "words Hansard 'will record as' hers, which she did not say (negated words put in her mouth: speech); "
         "borderline: the writer's irony"),
        ("Half our side thinks the Foreign Secretary has sold out Israel,", S, "a Labour MP from the party’s right", "say", False, ""),
        (("The other half thinks she has sold out Gaza.", "got it about right."), S, "a Labour MP from the party’s right", "", True, ""),
    ],
}

# themes: per file, in paragraph order: (snippet, SR, PF, IRAQ, IP, AUST, negated, note)
THEMES = {
    "heldout12_chilcot_anniversary.txt": [
        ("Margaret Heald took the train", 0, 0, 1, 0, 0, "", "a soldier killed near Basra; the inquiry's 'not a last resort' verdict"),
        ("2.6 million words", 0, 0, 1, 0, 0, "",
         "findings on the invasion, WMD judgements and post-war planning; UK decision only, no UK-US dealing -> SR 0"),
        ("nobody in London was prepared to tell Washington no", 1, 0, 1, 0, 0, "", "London unable to say no to Washington over Iraq"),
        ("I will be with you, whatever.", 1, 0, 1, 0, 0, "", "Blair's note to Bush; timetable set in Washington"),
        ("Defence Intelligence Staff", 0, 0, 1, 0, 0, "", "intelligence hedged, dossier, 'sexed up'; no UK-US content"),
        ("The historian Owen Lathbury", 1, 0, 1, 0, 0, "",
         "private understanding with an American president; the alliance 'a marriage in which one partner keeps the diary'"),
        ("For Margaret Heald, such arguments feel remote.", 0, 0, 1, 0, 0, "",
         "private prosecution of Blair, an apology for a son killed in Iraq: the war's aftermath/accountability"),
        ("A decade on, Chilcot", 1, 0, 1, 0, 0, "",
         "borderline SR: 'whom it asks first' and Aske's 'the one to say no' (resolved from para 3: say no to "
         "Washington) - weak cues decided by the article's context"),
    ],
    "heldout12_deputy_hustings.txt": [
        ("The three candidates for Labour", 0, 1, 0, 0, 0, "",
         "borderline PF: candidates professing unity while explaining why the others can't be trusted with it "
         "(a deputy race is a race, but the distrust is the party's split; headline 'proxy war')"),
        ("The contest, triggered by the resignation", 0, 1, 0, 0, 0, "",
         "referendum on the government's direction; 'none ... a factional champion' denied officially, affirmed "
         "unofficially -> not negated"),
        ("Sarah Okonjo, the housing minister", 0, 1, 0, 0, 0, "", "soft-left candidate; members vs leadership"),
        ("Tom Marchetti, the former Treasury minister", 0, 1, 0, 0, 0, "", "the right's candidate; 'this party turns in on itself'"),
        ("Liam Crossley, the Socialist Campaign Group", 0, 1, 0, 0, 0, "", "left vs Number 10; 'purge'"),
        ("Okonjo has the backing of Unite", 0, 1, 0, 0, 0, "", "union backing a wing's candidate to pull the government leftward"),
        ("Members were less interested in the choreography.", 0, 1, 0, 0, 0, "",
         "'every time we fight each other', Militant; austerity 0: the two-child limit is named only as the "
         "object of the left's pressure (rule 2, borderline)"),
        ("One regional organiser", 0, 1, 0, 0, 0, "", "right/left/soft left; 'which CLPs are ours' (denial plus affirmation: not negated)"),
        ("Ballots open on 2 March", 0, 1, 0, 0, 0, "",
         "borderline PF: the schedule is mechanics, but the second sentence says the deputy post is where the party argues "
         "about everything else"),
    ],
    "heldout12_spending_review.txt": [
        ("When Miriam Castell rose", 0, 0, 0, 0, 1, "",
         "borderline: the settlement's promise to end 'a decade of managed decline' (the austerity years) - one weak cue "
         "decided by the article's context"),
        ("The headline numbers were generous", 0, 0, 0, 0, 1, "",
         "borderline: departmental spending levels 'generous by the standards of the past 15 years', 'not to patch and mend' "
         "- public spending measured against austerity"),
        ("Yet the Treasury’s own tables", 0, 0, 0, 0, 1, "", "real-terms cuts of 3.8 per cent; losers"),
        ("This is austerity with the lights dimmed", 0, 0, 0, 0, 1, "", "austerity named; poorest fifth"),
        ("The shadow chancellor, Edmund Pryce", 0, 0, 0, 0, 1, "",
         "Conservatives cut local-government spending by almost a quarter; 'written for the Labour backbenches' is not "
         "factional struggle -> PF 0"),
        ("For councils, the picture is starker still.", 0, 0, 0, 0, 1, "", "library closures, adult social care, core grant fallen"),
        ("At St Aidan’s primary", 0, 0, 0, 0, 1, "", "free school meals, hungry children: poverty"),
        ("distributional analysis", 0, 0, 0, 0, 1, "", "poorest vs richest tenth, benefits freeze"),
    ],
    "heldout12_trade_talks.txt": [
        ("Britain's Business Secretary, Daniel Ferris", 1, 0, 0, 0, 0, "", "UK-US trade talks at the USTR"),
        ("Ferris, who has made a closer economic partnership", 1, 0, 0, 0, 0, "", "'the relationship between our two countries'"),
        ("The American side was more guarded.", 1, 0, 0, 0, 0, "", "US side: 'our oldest and closest partnership', agriculture"),
        ("For British ministers, that door", 1, 0, 0, 0, 0, "", "'special relationship' counts for little in trade; tariff arrangement"),
        ("Those are the questions British farmers care about most.", 1, 0, 0, 0, 0, "",
         "borderline SR: farmers' warning against conceding food standards in the deal with the US (resolved from "
         "context); about the terms of a UK-US agreement"),
        ("On Capitol Hill", 1, 0, 0, 0, 0, "",
         "senator's aide: 'not a special relationship, that's a one-way street' - one negated statement among "
         "affirmative ones -> not negated"),
        ("Downing Street will not be surprised.", 1, 0, 0, 0, 0, "", "London accepting a food concession for a deal with the US"),
        ("The next round of talks", 1, 0, 0, 0, 0, "",
         "next round of UK-US talks; Labour MPs in rural seats hoping he is wrong about the terms: passing, PF 0"),
    ],
    "heldout12_un_debate_sketch.txt": [
        ("There is a particular silence", 0, 0, 0, 1, 0, "", "debate on the UN resolution: Gaza ceasefire, Palestinian state"),
        ("Thorne’s speech was a careful thing", 0, 1, 0, 1, 0, "",
         "two-state solution, Israel's right, Gaza; borderline PF: 'both halves of the policy were cheered, by different "
         "halves of the Labour benches' (the party's split over the conflict)"),
        ("Behind her, the Labour left", 0, 1, 0, 1, 0, "", "Labour left (an MP who lost the whip) vs the Foreign Secretary; arms to Israel"),
        ("The Conservatives had their own difficulty", 0, 1, 0, 1, 0, "",
         "Conservative split (Warrender against the front bench); IP borderline: the dispute is over the Gaza resolution "
         "('the resolution' resolved from para 1)"),
        ("The Liberal Democrats", 0, 0, 0, 1, 0, "", "'forty thousand lives'; names of children killed in Khan Younis; bombs"),
        ("It was the Labour benches, though", 0, 1, 0, 1, 0, "", "'settle internal scores', left vs right; sold out Israel/Gaza"),
        ("When the division came", 0, 0, 0, 1, 0, "",
         "Gaza bombardment continued; borderline PF 0: 'with the Conservatives split three ways' is named in passing in "
         "the vote result (rule 2; reading of version 10), the split itself was discussed in para 4"),
    ],
}

THEME_COLS = ["special_relationship", "party_factionalism", "iraq_war_intelligence",
              "israel_palestine", "austerity_inequality"]


def paragraphs(raw):
    """(start, end) of every non-empty line after the title line."""
    out, pos = [], 0
    for i, line in enumerate(raw.split("\n")):
        if i > 0 and line.strip():
            s = pos + (len(line) - len(line.lstrip()))
            e = pos + len(line.rstrip())
            out.append((s, e))
        pos += len(line) + 1
    return out


def is_apostrophe(raw, i):
    ch = raw[i]
    if ch not in ("'", "\u2019"):
        return False
    before = raw[i - 1] if i > 0 else " "
    after = raw[i + 1] if i + 1 < len(raw) else " "
    if before.isalpha() and after.isalpha():
        return True  # it's, Britain's, o'clock
    if before == "s" and not after.isalnum():
        return True  # plural possessive: Farmers' Union, Democrats’ spokesman
    return False


def build_quotes(name, raw, rows):
    paras = paragraphs(raw)
    para_end = {e for _, e in paras}
    out, cursor = [], 0
    for snip, kind, speaker, cue, cont, note in rows:
        if isinstance(snip, tuple):
            head, tail = snip
            start = raw.find(head, cursor)
            assert start >= 0, (name, head)
            tpos = raw.find(tail, start)
            assert tpos >= 0, (name, tail)
            end = tpos + len(tail)
        else:
            start = raw.find(snip, cursor)
            assert start >= 0, (name, snip)
            end = start + len(snip)
        text = raw[start:end]
        if not isinstance(snip, tuple):
            assert text == snip
        assert raw[start - 1] in OPEN, (name, text, raw[start - 1])
        assert (end < len(raw) and raw[end] in CLOSE) or end in para_end, (name, text)
        # the span must lie inside one paragraph
        assert any(s <= start and end <= e for s, e in paras), (name, text)
        if kind == T:
            assert speaker == "" and cue == "" and not cont, (name, text)
        if cont:
            assert cue == "", (name, text)
        out.append(dict(source=name, start=start, end=end, text=text, kind=kind, speaker=speaker,
                        cue=cue, continuation="true" if cont else "false", notes=note))
        cursor = start + 1
    # sort order
    assert [r["start"] for r in out] == sorted(r["start"] for r in out), name
    # nesting: no crossing spans
    for a in out:
        for b in out:
            if a is not b and a["start"] < b["start"] < a["end"]:
                assert b["end"] <= a["end"], (name, a["text"], b["text"])
    # continuation rule check: a true continuation has the previous top-level speech span's speaker
    top = [r for r in out if not any(o is not r and o["start"] < r["start"] and r["end"] <= o["end"] for o in out)]
    prev = None
    for r in top:
        if r["kind"] != S:
            continue
        if r["continuation"] == "true":
            assert prev is not None and prev["speaker"] == r["speaker"], (name, r["text"])
        prev = r
    # mark inventory
    bounds = set()
    for r in out:
        bounds.add(r["start"] - 1)
        if r["end"] < len(raw) and raw[r["end"]] in CLOSE:
            bounds.add(r["end"])
    apostrophes, unexplained = 0, []
    for i, ch in enumerate(raw):
        if ch not in MARKS:
            continue
        if i in bounds:
            continue
        if is_apostrophe(raw, i):
            apostrophes += 1
        else:
            unexplained.append((i, raw[max(0, i - 20):i + 20]))
    assert not unexplained, (name, unexplained)
    # every bounding mark must be a real mark
    for i in bounds:
        assert raw[i] in MARKS
    return out, apostrophes, len(bounds)


def build_themes(name, raw, rows):
    paras = paragraphs(raw)
    assert len(paras) == len(rows), (name, len(paras), len(rows))
    out = []
    for (s, e), (snip, sr, pf, iq, ip, au, neg, note) in zip(paras, rows):
        text = raw[s:e]
        assert snip in text, (name, snip)
        codes = dict(zip(THEME_COLS, (sr, pf, iq, ip, au)))
        for t in filter(None, neg.split(";")):
            assert codes[t] == 1
        out.append(dict(source=name, start=s, end=e, text=text, **codes, negated=neg, notes=note))
    return out


def main():
    qrows, trows = [], []
    report = []
    for name in sorted(QUOTES):
        raw = open(os.path.join(TEXTS, name), encoding="utf-8").read()
        rows, apos, nb = build_quotes(name, raw, QUOTES[name])
        th = build_themes(name, raw, THEMES[name])
        for r in rows + th:
            assert raw[r["start"]:r["end"]] == r["text"]
        qrows += rows
        trows += th
        nsp = sum(r["kind"] == S for r in rows)
        report.append(f"{name}: {len(rows)} quote rows ({nsp} speech, {len(rows) - nsp} term, "
                      f"{sum(r['continuation'] == 'true' for r in rows)} continuation), "
                      f"{nb} bounding marks, {apos} apostrophes; {len(th)} paragraphs "
                      + " ".join(f"{c[:4]}={sum(r[c] for r in th)}" for c in THEME_COLS))
    assert sorted(set(r["source"] for r in qrows)) == sorted(QUOTES)
    qcols = ["source", "start", "end", "text", "kind", "speaker", "cue", "continuation", "notes"]
    tcols = ["source", "start", "end", "text"] + THEME_COLS + ["negated", "notes"]
    with open(os.path.join(HERE, "quotes.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=qcols)
        w.writeheader()
        w.writerows(qrows)
    with open(os.path.join(HERE, "themes_v2.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=tcols)
        w.writeheader()
        w.writerows(trows)
    print("\n".join(report))
    print(f"total: {len(qrows)} quote rows, {len(trows)} theme rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
