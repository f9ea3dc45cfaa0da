"""Second blind coder of heldout11: quotations and theme paragraphs (version 2).

Standard library only. Every decision below was made by hand after reading the article.
Each quotation is given as a snippet "HEAD ... TAIL" (or the full span text): the script finds
HEAD searching forward in the file, right after an opening quotation mark, and extends the span
to the end of TAIL; it then checks raw[start:end] == text, that the span is bounded by marks (or
by the end of its paragraph when the paragraph leaves the quotation open), the quotation-mark
inventory (every mark bounds a span or is an apostrophe) and the sort order. Each body paragraph
is given by the first words of its text, checked against the paragraph found by the script.

Run: /work/main/.venv/bin/python data/annotations/heldout11_second/build_annotations.py
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
TEXTS = os.path.join(ROOT, "data", "heldout11")

OPEN = {'"', "“", "‘", "'"}
CLOSE = {'"', "”", "’", "'"}
MARKS = set('"“”‘’\'')

S, T = "speech", "term"

# (snippet, kind, speaker, cue, continuation, note)
QUOTES = {
    "heldout11_aid_column.txt": [
        ("deeply concerned", T, "", "", False,
         "the kind of sentence ministers reach for; a stock phrase mentioned, no specific utterance"),
        ("working tirelessly ... maximise access", S, "Paul Hanley", "tell", False, ""),
        ("The UK has committed ... crossings at scale.", S, "Paul Hanley", "go on", False,
         "'He went on:' is the cue (lemma 'go on'); own cue, so not a continuation"),
        ("We have 40 lorries ... Egyptian side,", S, "Meridian Relief", "say", False,
         "the charity said in a statement"),
        ("Some of them have been ... untreated wounds.", S, "Meridian Relief", "", True,
         "new sentence after the cue sentence; paragraph leaves the quotation open, span runs to paragraph end"),
        ("We are asking the British ... have them lifted.", S, "Meridian Relief", "", True,
         "second paragraph of the multi-paragraph statement, reopened with a mark, no cue of its own"),
        ("a contribution to peace, not a reward", S, "ministers", "describe", False,
         "a decision ministers described as ...: words attributed to ministers"),
        ("press for access", S, "the government", "promise", False,
         "borderline speech/term: the government 'promises to' these words (its line echoed back); "
         "reporting verb with a source -> speech"),
        ("and nobody in Whitehall ... protected list", S, "one aid worker", "tell", False,
         "'Aid workers I spoke to ... one told me': noun completed from the text; wasn’t inside is an apostrophe"),
        ("deeply concerned", T, "", "", False, "the stock phrase again, held at a distance"),
    ],
    "heldout11_archive_release.txt": [
        ("patchy and largely inferential", S, "Richard Lowther", "warn", False,
         "ministers were warned that ... ; the phrase is from Lowther's note (next sentence); 'Sir' dropped"),
        ("The picture is consistent, but it is not conclusive,", S, "Richard Lowther", "write", False, ""),
        ("Ministers should not be left ... more than we do.", S, "Richard Lowther", "", True,
         "new sentence after 'Sir Richard wrote.'"),
        ("the evidence has been gone over ... real and growing", S, "the prime minister", "tell", False,
         "the article never names the prime minister"),
        ("PM more certain than JIC?", S, "a Cabinet Office official", "read", False,
         "handwritten margin note initialled by the official; 'reads:' introduces it"),
        ("nice to have, not need to have", S, "the British embassy", "report", False,
         "borderline speaker: the telegram from the British embassy reports that senior US figures "
         "regarded the resolution so; the quoted words are the telegram's (the ambassador's, cf. 'added')"),
        ("understood and, I think, respected, but it will not change the date", S, "the ambassador", "add", False,
         "the ambassador is not named"),
        ("what those of us in the room ... that they were aired", S, "Martin Fenwick", "say", False, ""),
        ("The idea that the cabinet was kept in the dark is a myth,", S, "Martin Fenwick", "tell", False, ""),
        ("Ministers were given the caveats. ... a different question.", S, "Martin Fenwick", "", True, ""),
        ("What strikes me ... how quickly they evaporated,", S, "Anjali Mehra", "say", False, "'Professor' dropped"),
        ("By mid-March the language ... disappeared entirely.", S, "Anjali Mehra", "", True,
         "contains the nested ‘Patchy’"),
        ("Patchy", T, "", "", False, "nested: the word under discussion (from Lowther's note)"),
        ("I have waited more than 22 years ... they weren’t sure,", S, "Carol Pennington", "say", False, ""),
        ("They weren’t sure, and they sent him anyway.", S, "Carol Pennington", "", True, ""),
        ("a partial vindication", S, "the Iraq Families Group", "say", False, "said in a statement that ..."),
        ("the full record, not a curated selection", S, "the Iraq Families Group", "call", False,
         "'called on the government to publish' is its own cue"),
        ("in the coming months", S, "a Cabinet Office spokesperson", "say", False, ""),
        ("The government is committed ... protect national security,", S, "a Cabinet Office spokesperson", "say", False, ""),
    ],
    "heldout11_labour_left.txt": [
        ("Win the party, win the country", T, "", "", False, "slogan on a banner"),
        ("We are not here to fight anyone,", S, "Jess Tremlett", "say", False, ""),
        ("We are here because ... no longer welcome.", S, "Jess Tremlett", "", True, ""),
        ("The left didn’t disappear after 2019,", S, "Omar Siddiqui", "say", False, ""),
        ("It just stopped talking to itself.", S, "Omar Siddiqui", "", True, ""),
        ("When people say \"broad church\",", S, "Neil Haverstock", "tell", False,
         "split by 'he tells me'"),
        ("broad church", T, "", "", False, "nested: a phrase whose meaning is discussed (what people mean by it)"),
        ("what they usually mean ... turns come round.", S, "Neil Haverstock", "tell", False,
         "second piece of the split quotation: interposed cue 'he tells me'"),
        ("the left has had its turn", S, "a whip", "tell", False,
         "nested: 'I was told by a whip ... that' — the whip's words inside Haverstock's"),
        ("managed decline", S, "Omar Siddiqui", "call", False,
         "'what Siddiqui calls': a specific source's words -> speech"),
        ("My constituents were told for a decade that there was no money,", S, "Neil Haverstock", "say", False, ""),
        ("They are still being told it. ... bigger premises twice.", S, "Neil Haverstock", "", True, ""),
        ("They can call it a network, a hub or a book club,", S, "Sam Pardew", "say", False, ""),
        ("It is a faction, and ... Members aren’t daft.", S, "Sam Pardew", "", True, ""),
        ("trigger ballots", T, "", "", False,
         "name of a party process, glossed by the writer; not presented as Pardew's words"),
        ("Knowing the rulebook isn’t a plot,", S, "Jess Tremlett", "say", False, ""),
        ("The right has been running ... when they did it.", S, "Jess Tremlett", "", True, ""),
        ("Labour is a broad and democratic party. ... who breaches them.", S, "a Labour Party spokesperson", "say", False, ""),
        ("We were a fan club,", S, "one Forward Left organiser", "say", False,
         "'One of them' = one of Forward Left's organisers who are Momentum's former staff; unnamed"),
        ("This has to be something that survives whoever the leader is.", S, "one Forward Left organiser", "", True, ""),
        ("and nobody in Labour seemed to think that was worth a fight", S, "Dani", "tell", False,
         "named only by first name ('A council worker named Dani told the hall')"),
        ("Nobody is asking for permission,", S, "Neil Haverstock", "say", False, ""),
        ("That was the old way.", S, "Neil Haverstock", "", True, "new sentence after the cue sentence"),
    ],
    "heldout11_nato_summit.txt": [
        ("as strong as they have ever been", S, "Dale Whitcomb and Helen Carraway", "insist", False,
         "joint source; titles 'President'/'Prime Minister' dropped"),
        ("stepped up", S, "Dale Whitcomb", "say", False, ""),
        ("a real partner, a serious person", S, "Dale Whitcomb", "praise", False, "'praised Carraway as'"),
        ("The UK has always been there for us, ... there for the UK,", S, "Dale Whitcomb", "say", False,
         "'the president said'"),
        ("That's not going to change, whatever you read in the papers.", S, "Dale Whitcomb", "", True, ""),
        ("There is no daylight between London and Washington on the things that matter,", S, "Helen Carraway", "say", False, ""),
        ("We have agreed today ... who trust each other.", S, "Helen Carraway", "", True, ""),
        ("living on Uncle Sam's dime", S, "Dale Whitcomb", "say", False, "Sam's inside is an apostrophe"),
        ("unhelpful and, frankly, untrue", S, "one minister", "describe", False, ""),
        ("directly and more than once", S, "a senior White House official", "say", False, ""),
        ("He likes her, he respects her, ... when they're not,", S, "a senior White House official", "say", False, ""),
        ("Nobody's talking about deadlines. We're talking about trajectory.", S, "a senior White House official", "say", False,
         "'the official said:' own cue"),
        ("fully funded", S, "Helen Carraway", "tell", False, "'Carraway told reporters that'"),
        ("We will get there on the timetable ... hospitals depend on,", S, "Helen Carraway", "say", False, ""),
        ("more transactional than at any point since the 1950s", S, "Fiona Ashcombe", "say", False, "'Dr' dropped"),
        ("Every previous prime minister ... through a bad patch,", S, "Fiona Ashcombe", "say", False, ""),
        ("That assumption no longer holds.", S, "Fiona Ashcombe", "", True, ""),
        ("special relationship", T, "", "", False, "the phrase under discussion"),
        ("I have sat in meetings at the Pentagon ... say it once,", S, "Fiona Ashcombe", "say", False, ""),
        ("a durable ceasefire in Gaza and a credible path to a Palestinian state", S,
         "the summit's final communique", "call", False,
         "written words of the communique ('calling for'); borderline speaker (the summit / Nato)"),
        ("all for peace", S, "Dale Whitcomb", "say", False, ""),
        ("Best of friends,", S, "Dale Whitcomb", "say", False, ""),
        ("She's tough. I like tough.", S, "Dale Whitcomb", "", True, ""),
    ],
    "heldout11_select_committee.txt": [
        ("Your own department’s distributional analysis says much the same thing,", S, "Graham Pellow", "tell", False, ""),
        ("So which is it? ... more in it than others?", S, "Graham Pellow", "", True, ""),
        ("a snapshot, not a verdict", S, "Rachel Okonjo", "say", False, ""),
        ("the choices we have made ... not about punishing anyone", S, "Rachel Okonjo", "say", False,
         "'she said, and “...”': the same 'said' governs the quoted clause"),
        ("Nobody in the Treasury takes ... the chair is worried about.", S, "Rachel Okonjo", "add", False, "'She added:'"),
        ("austerity by another name", S, "Annabel Kerridge", "accuse", False,
         "'accused ministers of': her words, a specific utterance -> speech"),
        ("You have found a way ... credit for announcing them,", S, "Annabel Kerridge", "say", False, ""),
        ("simply not the case", S, "Rachel Okonjo", "say", False, ""),
        ("for the first time in a decade", S, "Rachel Okonjo", "say", False, "', she said' after the fragment"),
        ("We have, and the committee will have it,", S, "Malcolm Drury", "say", False, "'Sir' dropped"),
        ("within weeks", S, "Malcolm Drury", "say", False, ""),
        ("So the minister has been sitting on it for six weeks,", S, "Kirsty MacInnes", "say", False, ""),
        ("Families in my constituency ... doing to them.", S, "Kirsty MacInnes", "", True, ""),
        ("a matter of process, not of politics", S, "Malcolm Drury", "say", False, ""),
        ("give ministers our best advice, ... what to publish and when", S, "Malcolm Drury", "add", False,
         "'Officials, he added, “...”': interposed cue"),
        ("fairness test", T, "", "", False, "'the so-called': a label under discussion (Okonjo does not recognise the phrase)"),
        ("I recognise the principle,", S, "Rachel Okonjo", "say", False, ""),
        ("Every decision we take ... lowest-income households.", S, "Rachel Okonjo", "", True, ""),
        ("were promised change and have been handed the bill", S, "Dawn Setterfield", "tell", False, ""),
        ("It’s a warning. Whether it becomes ... up to the Treasury.", S, "Dawn Setterfield", "say", False, "'Setterfield said:'"),
        ("will be published in the usual way", S, "a Treasury spokesperson", "say", False, ""),
    ],
}

THEMES = ["special_relationship", "party_factionalism", "iraq_war_intelligence",
          "israel_palestine", "austerity_inequality"]

# (first words of the paragraph, "SR PF IQ IP AU" as 0/1 string, negated, note)
PARAS = {
    "heldout11_aid_column.txt": [
        ("There is a particular kind of sentence", "00010", "",
         "borderline IP: ministers' stock answers about Gaza; the policy on Gaza is the subject"),
        ("Yesterday was no exception.", "00010", "", "lorries into Gaza, aid to the OPT, pressing Israel on crossings"),
        ("I do not doubt that Hanley", "00010", "", "ceasefire, aid into Gaza"),
        ("Meridian Relief, which runs three clinics", "00010", "", "humanitarian conditions in Gaza (Khan Younis)"),
        ("‘We are asking the British government", "00010", "", "lever with the Israeli government"),
        ("That is not an unreasonable request", "00010", "", "recognition of the state of Palestine"),
        ("The government’s defence, offered in private", "10010", "",
         "UK deferring to Washington on Gaza; US say over the Israeli government"),
        ("There is also the awkward matter of money.", "00011", "",
         "AU: cut of the aid budget (a public spending cut), borderline since it is overseas aid; IP: Gaza not on the protected list"),
        ("None of this requires Britain", "00010", "",
         "borderline IP: lorries and crossings (Gaza from context); 'friendships' too vague for SR"),
    ],
    "heldout11_archive_release.txt": [
        ("Cabinet ministers were warned six weeks", "00100", "", ""),
        ("The papers, some 400 pages", "00100", "",
         "records of the Jan-Mar 2003 run-up; families of personnel killed in the conflict"),
        ("In his note, Lowther set out", "00100", "", ""),
        ("The minutes of the cabinet meeting", "00100", "", ""),
        ("Other papers show how closely", "10100", "",
         "London's timetable tied to Washington; US view of a second UN resolution vs the British wish"),
        ("Martin Fenwick, who was a foreign policy adviser", "00100", "",
         "not negated: he affirms that doubts existed and were aired"),
        ("Professor Anjali Mehra", "00100", "", ""),
        ("For the families of the British service personnel", "00100", "", ""),
        ("The Iraq Families Group", "00100", "", ""),
        ("A Cabinet Office spokesperson said", "00100", "",
         "borderline: release of the remaining Iraq records ('this period' = the run-up); disclosure of the war's intelligence record"),
    ],
    "heldout11_labour_left.txt": [
        ("Last month, about 300 people", "01000", "",
         "launch of an organisation of the Labour left; banner 'Win the party'"),
        ("Its founders insist it is not a faction.", "01000", "",
         "not negated: the denial ('not a faction') stands beside the claim that the left's views are unwelcome"),
        ("Tremlett set up the group", "01000", "", "founding of the left group, members who left the party"),
        ("Its most prominent backer", "01000", "", "'one side holds the keys'; a whip: 'the left has had its turn'"),
        ("Haverstock is careful to frame", "01001", "",
         "AU: council budget cuts, 'no money', food bank; PF borderline: the faction's platform and its framing 'policy rather than personalities'"),
        ("Not everyone accepts the founders", "01000", "", "Labour First vs Forward Left, trigger ballots"),
        ("Tremlett is unapologetic.", "01000", "", "plot/entryism denied but the right's sessions affirmed -> not negated"),
        ("A Labour Party spokesperson said:", "01000", "", "party warns it will act against members who breach the rules"),
        ("The left has been here before.", "01000", "", "Momentum's history as a wing of the party"),
        ("Much of the energy in Walthamstow", "00001", "",
         "AU: cuts, closed library; PF 0: one council worker's complaint about the party, no struggle inside it"),
        ("Whether Forward Left becomes a force", "01000", "", "slate for NEC elections"),
    ],
    "heldout11_nato_summit.txt": [
        ("ANKARA – President Dale Whitcomb", "10000", "", ""),
        ("At a joint press conference", "10000", "", ""),
        ("Carraway, standing at the neighbouring lectern", "10000", "",
         "'no daylight' is a denial of a rift but the paragraph also affirms agreement -> not negated"),
        ("The warm words followed a week", "10000", "", ""),
        ("A senior White House official", "10000", "", ""),
        ("Britain currently spends about 2.6 per cent", "10001", "austerity_inequality",
         "SR borderline: Carraway's answer to the US demand (deadline, timetable); "
         "AU borderline and negated: 'without raiding the budgets that schools and hospitals depend on' denies cuts"),
        ("Dr Fiona Ashcombe", "10000", "", ""),
        ("Ashcombe added that the phrase", "10000", "", ""),
        ("The summit's final communique", "10010", "",
         "Gaza ceasefire/Palestinian state; British officials vs American objections"),
        ("Whitcomb left Ankara on Tuesday evening", "10000", "",
         "the two leaders' personal relations; budget fight in Congress is a passing mention"),
    ],
    "heldout11_select_committee.txt": [
        ("The chief secretary to the Treasury", "00001", "",
         "PF 0: 'some of her own side' frustrated is a passing hint"),
        ("The committee’s chair", "00001", "", ""),
        ("Okonjo, who was appointed in September", "00001", "",
         "not negated: protection of the pension and living wage are affirmed"),
        ("She added:", "00001", "", ""),
        ("It was an answer that satisfied few", "00001", "", ""),
        ("Okonjo said that was", "00001", "", "denial plus an affirmed multi-year settlement for councils -> not negated"),
        ("The permanent secretary, Sir Malcolm Drury", "00001", "", "benefit freeze and child poverty"),
        ("“So the minister has been sitting on it", "00001", "", "heating or eating"),
        ("Drury said the delay was", "00000", "",
         "borderline AU 0: about the process of publishing advice, nothing about the cuts or poverty themselves"),
        ("The Liberal Democrat Tom Harbury", "00001", "", "fairness test, lowest-income households"),
        ("Labour’s own members were hardly kinder.", "01001", "",
         "PF: 41 Labour backbenchers' letter against the line, 'rebellion'/'warning'; AU: wealth tax, 'handed the bill'"),
        ("Pellow closed the session", "00000", "", "procedure: request for the modelling, recall of the permanent secretary"),
    ],
}


def is_apostrophe(raw, i):
    """A mark that is not a quotation mark: between letters/digits (it's, Labour’s, 80s),
    or a plural possessive (miners’ strike)."""
    prev = raw[i - 1] if i > 0 else " "
    nxt = raw[i + 1] if i + 1 < len(raw) else " "
    if raw[i] not in ("’", "'"):
        return False
    if prev.isalnum() and nxt.isalnum():
        return True
    if prev == "s" and nxt == " ":
        return True  # plural possessive; each listed for review below
    return False


def locate(raw, snippet, cursor):
    if " ... " in snippet:
        head, tail = snippet.split(" ... ")
    else:
        head, tail = snippet, None
    pos = cursor
    while True:
        s = raw.find(head, pos)
        if s < 0:
            raise SystemExit(f"not found: {snippet!r}")
        if s > 0 and raw[s - 1] in OPEN:
            break
        pos = s + 1
    if tail is None:
        e = s + len(head)
    else:
        para_end = raw.find("\n", s)
        para_end = len(raw) if para_end < 0 else para_end
        t = raw.find(tail, s + len(head))
        if t < 0 or t + len(tail) > para_end:
            raise SystemExit(f"tail not in paragraph: {snippet!r}")
        e = t + len(tail)
    after = raw[e] if e < len(raw) else "\n"
    if after not in CLOSE and after != "\n":
        raise SystemExit(f"span not closed by a mark or paragraph end: {snippet!r} -> {after!r}")
    if head and tail is None:
        assert raw[s:e] == snippet
    return s, e


def main():
    out_q, out_t = [], []
    report = []
    for src in sorted(QUOTES):
        raw = open(os.path.join(TEXTS, src), encoding="utf-8").read()
        rows, cursor = [], 0
        for snippet, kind, speaker, cue, cont, note in QUOTES[src]:
            s, e = locate(raw, snippet, cursor)
            cursor = s + 1
            text = raw[s:e]
            assert raw[s:e] == text
            assert kind in (S, T)
            if kind == T:
                assert speaker == "" and cue == "" and not cont, snippet
            if cont:
                assert cue == "", snippet
            rows.append((src, s, e, text, kind, speaker, cue, "true" if cont else "false", note))
        # sort order (outer before nested: same start impossible here)
        assert [r[1] for r in rows] == sorted(r[1] for r in rows), src
        # mark inventory
        bounds = set()
        for r in rows:
            bounds.add(r[1] - 1)
            if r[2] < len(raw) and raw[r[2]] in CLOSE:
                bounds.add(r[2])
        apos, unexplained, possessive = 0, [], []
        for i, ch in enumerate(raw):
            if ch not in MARKS:
                continue
            if i in bounds:
                continue
            if is_apostrophe(raw, i):
                apos += 1
                if not (raw[i - 1].isalnum() and raw[i + 1].isalnum()):
                    possessive.append(raw[max(0, i - 12):i + 8])
                continue
            unexplained.append((i, raw[max(0, i - 20):i + 20]))
        if unexplained:
            raise SystemExit(f"{src}: marks not accounted for: {unexplained}")
        # no two spans share a bounding mark
        marks_used = [r[1] - 1 for r in rows] + [r[2] for r in rows if r[2] < len(raw) and raw[r[2]] in CLOSE]
        assert len(marks_used) == len(set(marks_used)), src
        n_marks = sum(1 for ch in raw if ch in MARKS)
        assert n_marks == len(bounds) + apos, src
        report.append(f"{src}: {len(rows)} quote rows ({sum(r[4]==S for r in rows)} speech, "
                      f"{sum(r[4]==T for r in rows)} term); marks {n_marks} = {len(bounds)} bounding + "
                      f"{apos} apostrophes; plural possessives: {possessive}")
        out_q.extend(rows)

        # themes: every non-empty line after the title line
        paras, off = [], 0
        for li, line in enumerate(raw.split("\n")):
            if li > 0 and line.strip():
                assert line == line.strip(), (src, li)
                paras.append((off, off + len(line), line))
            off += len(line) + 1
        decided = PARAS[src]
        assert len(decided) == len(paras), (src, len(decided), len(paras))
        for (s, e, text), (head, codes, neg, note) in zip(paras, decided):
            assert text.startswith(head), (src, head, text[:40])
            assert raw[s:e] == text
            assert len(codes) == 5 and set(codes) <= {"0", "1"}
            for n in filter(None, neg.split(";")):
                assert codes[THEMES.index(n)] == "1", (src, head, n)
            out_t.append((src, s, e, text, *codes, neg, note))
        report.append(f"{src}: {len(paras)} body paragraphs; theme 1s "
                      + " ".join(f"{t}={sum(p[1][k]=='1' for p in decided)}" for k, t in enumerate(THEMES)))

    with open(os.path.join(HERE, "quotes.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "start", "end", "text", "kind", "speaker", "cue", "continuation", "notes"])
        w.writerows(out_q)
    with open(os.path.join(HERE, "themes_v2.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "start", "end", "text", *THEMES, "negated", "notes"])
        w.writerows(out_t)
    print("\n".join(report))
    print(f"total: {len(out_q)} quote rows, {len(out_t)} paragraph rows")


if __name__ == "__main__":
    sys.exit(main())
