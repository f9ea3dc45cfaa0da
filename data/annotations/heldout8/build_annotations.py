"""Build the heldout8 gold from the hand-marked texts in marked/.

Markers (hand-placed by the writer-annotator): `¦` between two sentences of a paragraph,
`« »` just inside the quotation marks of every quotation span, `⟨ ⟩` around every temporal
expression. Each span and each body paragraph is paired, in text order, with a hand decision
below; every decision carries a snippet that must open its span.
Run: /work/main/.venv/bin/python data/annotations/heldout8/build_annotations.py
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
TEXTS = os.path.join(ROOT, "data", "heldout8")
MARKED = os.path.join(HERE, "marked")


# ---------------------------------------------------------------- decisions
# quotes: (snippet, kind, speaker, cue, continuation, note)
# timex: (snippet, type, value, mod, note)
# themes: (special_relationship, party_factionalism, iraq_war_intelligence,
#          israel_palestine, austerity_inequality, negated, note)
DEC = {}

DEC["heldout8_ceasefire_vote"] = dict(
    date="2025-11-20",
    quotes=[
        ("humanitarian pause", "term", "", "", False, "the government's preferred formula: a label held at a distance, no utterance"),
        ("not be a bystander", "speech", "Helen Okonjo", "tell", False, "told the House"),
        ("the most sordid thing", "speech", "one rebel", "call", False, "One rebel, a former minister, called ... ; description from the text"),
    ],
    timex=[
        ("a procedural afternoon", "TIME", "2025-11-19TAF", "", "the afternoon of the vote (Wednesday before the Thursday leader); head 'afternoon' with its determiner and adjective"),
        ("Wednesday evening", "TIME", "2025-11-19TEV", "", "the Wednesday before publication (Thu 2025-11-20)"),
        ("six weeks", "DURATION", "P6W", "", ""),
        ("now", "DATE", "PRESENT_REF", "", ""),
        ("half a decade", "DURATION", "P5Y", "", ""),
        ("the week", "DATE", "2025-W47", "", "the week of the vote (Mon 17 - Sun 23 Nov 2025)"),
        ("now", "DATE", "PRESENT_REF", "", "'will now be tempted'"),
        ("before", "DATE", "PAST_REF", "", "deictic adverb: has fought that war before (= before now); added in the self-check"),
        ("tonight", "TIME", "2025-11-20TNI", "", "the night of publication"),
        ("a Wednesday in November", "DATE", "2025-11-19", "", "the vote's day, named indefinitely for effect"),
        ("the spring", "DATE", "2025-SP", "", "since the spring; the spring of the publication year"),
        ("this winter", "DATE", "2025-WI", "", ""),
        ("today", "DATE", "2025-11-20", "", "literal day of publication ('a leadership that said so today')"),
    ],
    themes=[
        (0, 1, 0, 1, 0, "", "61 Labour MPs defy the whip; frontbenchers resign; motion for a Gaza ceasefire"),
        (0, 0, 0, 1, 0, "", "the ministers' case on the ceasefire, hostages, influence with Israel; no intra-party conflict stated (ministers' delay in making it public is not factional)"),
        (0, 1, 0, 1, 0, "", "two parties inside Labour on the Middle East; left vs right; antisemitism tied to the conflict"),
        (0, 1, 0, 1, 0, "", "deselection threat, war over the party's soul; Rafah, Khan Younis"),
        (0, 1, 0, 1, 0, "", "arms export licences to Israel, humanitarian law in Gaza and the West Bank; party unity cannot be whipped"),
        (0, 1, 0, 1, 0, "", "party divided; israel_palestine borderline: 'On Gaza' frames the divide, decided 1 by article context (rule 1b)"),
    ],
)

DEC["heldout8_count_night"] = dict(
    date="2026-03-06",
    quotes=[
        ("Whatever happens", "speech", "Priya Lumley", "tell", False, ""),
        ("We lost this", "speech", "Gareth Osei", "say", False, ""),
        ("People here", "speech", "Gareth Osei", "say", False, ""),
        ("You can't knock", "speech", "Gareth Osei", "", True, ""),
        ("Some of them in London", "speech", "a Labour councillor", "put", False, "put it more bluntly: (colon introduction with a verb)"),
        ("I'm satisfied", "speech", "Carol Whitfield", "say", False, "the returning officer"),
        ("I didn't leave them", "speech", "Denise", "say", False, "voter by first name"),
        ("Every week there's", "speech", "Denise", "", True, "two sentences in one span"),
        ("At least they mean it", "speech", "Kev", "say", False, ""),
        ("Haigh, Haigh, Haigh", "speech", "Reform's supporters", "chant", False, "a chant"),
        ("the people of Wakefield", "speech", "Martin Haigh", "thank", False, "he = Haigh (asked them to stop; his speech); thanked + quoted object"),
        ("the price of a leadership", "speech", "a senior figure on the party's left", "post", False, "a social-media post"),
        ("nothing to do with internal", "speech", "a No 10 source", "tell", False, "anonymous source"),
        ("They'll spend", "speech", "Gareth Osei", "say", False, "speaker change after the No 10 source"),
        ("I'll spend it", "speech", "Gareth Osei", "", True, ""),
    ],
    timex=[
        ("10pm", "TIME", "2026-03-05T22:00", "", "polling day, Thursday 5 March 2026 (report published Friday 6 March)"),
        ("Thursday", "DATE", "2026-03-05", "", ""),
        ("dawn", "TIME", "2026-03-05TMO", "", "since dawn; part of day MO"),
        ("midnight", "TIME", "2026-03-05T24:00", "", ""),
        ("1932", "DATE", "1932", "", ""),
        ("the evening", "TIME", "2026-03-05TEV", "", "most of the evening"),
        ("three weeks ago", "DATE", "2026-02-12", "", "said on count night (5 March); 'N units ago' as one DATE like 'a week later'"),
        ("the night", "TIME", "2026-03-05TNI", "", "as the night went on"),
        ("two decades", "DURATION", "P2DE", "", ""),
        ("last summer", "DATE", "2025-SU", "", ""),
        ("2.40am", "TIME", "2026-03-06T02:40", "", "after midnight: Friday"),
        ("Every week", "SET", "P1W", "", "inside Denise's quotation"),
        ("2019", "DATE", "2019", "", ""),
        ("an hour and ten minutes", "DURATION", "PT1H10M", "", ""),
        ("3.55am", "TIME", "2026-03-06T03:55", "", ""),
        ("far too long", "DURATION", "PXY", "", "vague duration inside Haigh's quotation; unit not stated, years read"),
        ("breakfast", "TIME", "2026-03-06TMO", "", "By breakfast: a part of day (Friday morning)"),
        ("this morning", "TIME", "2026-03-06TMO", "", "morning of publication"),
        ("before", "DATE", "PAST_REF", "", "deictic adverb: heard both arguments before (= before now)"),
        ("the weekend", "DATE", "2026-W10-WE", "", "the coming weekend, 7-8 March 2026"),
    ],
    themes=[
        (0, 0, 0, 0, 0, "", "logistics and colour"),
        (0, 0, 0, 0, 0, "", "candidate and agent; 'we lost it in Westminster' is one weak cue, explained only in the next paragraph: 0"),
        (0, 1, 0, 0, 0, "", "briefing war between No 10 and the soft left; a party fighting itself; the two-child limit row is a mention (austerity 0)"),
        (0, 0, 0, 0, 0, "", "the recount request; the Greens are another party"),
        (0, 0, 0, 0, 0, "", "borderline pf: Denise's 'one of them on the telly saying the other lot are wrong' reads as party against party ('the other lot'), not Labour against itself; Gaza is a mention (a voter's reason): israel_palestine 0"),
        (0, 0, 0, 0, 0, "", "result and speeches"),
        (0, 1, 0, 0, 0, "", "the left's post blaming the leadership vs No 10's 'internal noise'; blaming each other"),
    ],
)

DEC["heldout8_washington_ambassador"] = dict(
    date="2026-02-12",
    quotes=[
        ("That’s me holding", "speech", "Richard Ashworth", "say", False, "speaker's fullest name without the title Sir"),
        ("Everyone else in the picture", "speech", "Richard Ashworth", "", True, "two sentences"),
        ("The Five Eyes", "speech", "Richard Ashworth", "say", False, ""),
        ("It works because", "speech", "Richard Ashworth", "", True, ""),
        ("Let’s say", "speech", "Richard Ashworth", "say", False, ""),
        ("Nobody told us", "speech", "Richard Ashworth", "say", False, ""),
        ("What happened was", "speech", "Richard Ashworth", "", True, ""),
        ("a single line", "speech", "Richard Ashworth", "say", False, "interposed 'he says' governs the partial quotation"),
        ("Bush’s people", "speech", "Richard Ashworth", "recall", False, "reports what Bush's people used to say, without marks: no nested row"),
        ("After Basra", "speech", "Richard Ashworth", "", True, ""),
        ("It took a decade", "speech", "Richard Ashworth", "", True, "after a narrator sentence ('He means ...'): same voice, no cue"),
        ("a good day’s work", "speech", "Richard Ashworth", "say", False, "partial quotation, interposed 'he says'"),
        ("It was always a year", "speech", "Richard Ashworth", "say", False, ""),
        ("The honest truth", "speech", "Richard Ashworth", "", True, ""),
        ("It is special", "speech", "Richard Ashworth", "say", False, ""),
        ("In the rooms with cameras", "speech", "Richard Ashworth", "", True, ""),
        ("If I had been braver", "speech", "Richard Ashworth", "say", False, ""),
        ("But I would sleep", "speech", "Richard Ashworth", "", True, ""),
    ],
    timex=[
        ("September 2002", "DATE", "2002-09", "", ""),
        ("three decades", "DURATION", "P3DE", "", ""),
        ("from 2019 to 2023", "DATE", "2019/2023", "", "range with 'from' included"),
        ("years", "DATE", "2019/2023", "", "appositive 'years that brought a pandemic ...', anaphoric to the range; added in the self-check"),
        ("Now", "DATE", "PRESENT_REF", "", "Now 64: temporal now (an age follows, the age itself not tagged)"),
        ("last month", "DATE", "2026-01", "", "published 2026-02-12"),
        ("a century", "DURATION", "P1CE", "", "a century of habits"),
        ("last year", "DATE", "2025", "", ""),
        ("45-minute", "DURATION", "PT45M", "", "adjectival measure in 'the 45-minute claim': tagged as a duration, the claim's content"),
        ("2007", "DATE", "2007", "", ""),
        ("a decade", "DURATION", "P1DE", "", ""),
        ("last spring", "DATE", "2025-SP", "", "the spring before a February 2026 interview"),
        ("a year", "DURATION", "P1Y", "", "a year away"),
        ("a year", "DURATION", "P1Y", "", "inside quotation"),
        ("a year", "DURATION", "P1Y", "", "inside quotation"),
    ],
    themes=[
        (0, 0, 1, 0, 0, "", "the Cabinet Office room in September 2002 deciding whether we went to war (Iraq run-up)"),
        (1, 0, 0, 0, 0, "", "borderline sr: mostly biography, but states what matters most between London and Washington (intelligence and trade); Ukraine, pandemic are mentions"),
        (1, 0, 0, 0, 0, "", "Five Eyes; limiting intelligence shared with Washington; the tap"),
        (0, 0, 1, 0, 0, "", "the JIC, the dossier, 45-minute claim; Downing Street only, no UK-US content"),
        (1, 0, 1, 0, 0, "", "what Iraq taught Washington about Britain; Basra withdrawal and the Pentagon; repair of the relationship"),
        (1, 0, 0, 0, 0, "", "trade deal, FTA always a year away, Congress, is the relationship special"),
        (0, 0, 1, 0, 0, "", "borderline iraq: 'that room' resolved to the 2002 Cabinet Office room (rule 1a); regret about his part in the run-up"),
    ],
)

DEC["heldout8_two_child_limit"] = dict(
    date="2025-06-18",
    quotes=[
        ("That’s got to last", "speech", "Shannon", "say", False, ""),
        ("I do the maths", "speech", "Shannon", "", True, ""),
        ("People say,", "speech", "Shannon", "say", False, "outer span includes the nested quotation and its closing mark"),
        ("You knew the rules", "speech", "people", "say", False, "nested: what people say to her, inside Shannon's words ('People say,')"),
        ("I did.", "speech", "Shannon", "", True, "previous top-level speech span is Shannon's (nested rows are not used)"),
        ("Counting the Third Child", "term", "", "", False, "title of a report"),
        ("the most cost-effective", "speech", "the Hadley Foundation", "say", False, "the report 'says'; speaker = the think-tank that published it"),
        ("This is the policy", "speech", "Miriam Oduya", "say", False, ""),
        ("Everything else", "speech", "Miriam Oduya", "", True, ""),
        ("look at every lever", "speech", "Andrew Kellaway", "say", False, "the Work and Pensions Secretary, on the BBC"),
        ("fiscal responsibility", "speech", "Andrew Kellaway", "add", False, ""),
        ("a policy we campaigned", "speech", "38 Labour MPs", "call", False, "their letter 'calling the limit ...'; written words of the signatories"),
        ("noticed", "speech", "the whips", "tell", False, "one word, but attributed to the whips on an occasion (told by the whips): speech, not scare quotes"),
        ("I was elected", "speech", "Joanna Bright", "tell", False, ""),
        ("If that makes me", "speech", "Joanna Bright", "", True, ""),
        ("We’re not asking", "speech", "Farah", "say", False, ""),
        ("We’re asking for school", "speech", "Farah", "", True, ""),
        ("He asked me", "speech", "Farah", "say", False, "own cue 'she said'"),
        ("Are we poor?", "speech", "Zain", "ask", False, "nested: He = Zain, her eldest"),
        ("I didn’t know", "speech", "Farah", "", True, ""),
        ("unlimited benefits", "term", "", "", False, "a prospective Conservative attack line: label, no utterance"),
        ("playing to the gallery", "speech", "Kellaway’s allies", "say", False, "say privately"),
        ("They’ve been arguing", "speech", "Shannon", "say", False, ""),
        ("Ruby will be", "speech", "Shannon", "", True, ""),
    ],
    timex=[
        ("last week", "DATE", "2025-W24", "", "week before publication (Wed 2025-06-18, W25)"),
        ("Friday", "DATE", "2025-06-13", "", "till Friday, said on the visit last week: the Friday of that week (annotator's judgement)"),
        ("every morning", "SET", "XXXX-XX-XXTMO", "", ""),
        ("2022", "DATE", "2022", "", ""),
        ("April 2017", "DATE", "2017-04", "", ""),
        ("a year", "SET", "P1Y", "", "rate: £3,500 a year"),
        ("Monday", "DATE", "2025-06-16", "", ""),
        ("now", "DATE", "PRESENT_REF", "", ""),
        ("a year", "SET", "P1Y", "", "rate: £3.1bn a year"),
        ("the weekend", "DATE", "2025-W24-WE", "", "at the weekend: 14-15 June 2025"),
        ("the autumn", "DATE", "2025-FA", "", ""),
        ("Last month", "DATE", "2025-05", "", ""),
        ("eight years", "DURATION", "P8Y", "", "inside the letter's words"),
        ("now", "DATE", "PRESENT_REF", "", "inside the letter's words"),
        ("six days a week", "SET", "P1W", "", "frequency six days per week (TIMEX3 freq 6D); value the period"),
        ("September", "DATE", "2025-09", "", "the coming September (school shoes)"),
        ("the other day", "DATE", "PAST_REF", "", "vague recent day"),
        ("This autumn", "DATE", "2025-FA", "", ""),
        ("years", "DURATION", "PXY", "", ""),
    ],
    themes=[
        (0, 0, 0, 0, 1, "", "prepayment meter, £3.12, 'do the maths': poverty / cost of living"),
        (0, 0, 0, 0, 1, "", "no child element of universal credit for the third child"),
        (0, 0, 0, 0, 1, "", "think-tank report: families affected, children below the poverty line, cost of scrapping"),
        (0, 0, 0, 0, 1, "", "the minister on the child poverty strategy; fiscal responsibility; Treasury cost"),
        (0, 1, 0, 0, 1, "", "38 Labour MPs' letter, the whips' warning, a rebel organiser"),
        (0, 0, 0, 0, 1, "", "a working family receiving nothing for two children; school shoes vs gas"),
        (0, 1, 0, 0, 1, "", "the party's left vs its leadership; unfinished business of austerity; ministers' allies vs rebels"),
        (0, 0, 0, 0, 1, "", "topping up the meter; 'they' = politicians in general, no faction named: pf 0"),
    ],
)

DEC["heldout8_dossier_review"] = dict(
    date="2026-01-22",
    quotes=[
        ("Really?", "speech", "a junior analyst", "write", False, "written in the margin"),
        ("a consensus manufactured", "speech", "Hannah Lisle", "write", False, "from the book; interposed 'she writes'"),
        ("The caveats were not", "speech", "Hannah Lisle", "write", False, ""),
        ("They were simply", "speech", "Hannah Lisle", "", True, ""),
        ("I’m not saying", "speech", "Hannah Lisle", "tell", False, "in conversation"),
        ("sexed up", "term", "", "", False, "nested: a phrase under discussion ('in the sense that phrase was used')"),
        ("I’m saying the machine", "speech", "Hannah Lisle", "", True, ""),
        ("The Americans had decided", "speech", "Hannah Lisle", "", True, "'Her own formula' — her written words, no reporting verb: cue empty, continues Lisle"),
        ("Pushed back?", "speech", "one former official", "reply", False, "two sentences; quoted in the book, the official is the speaker"),
        ("dodgy dossier", "term", "", "", False, "so-called: label"),
        ("intelligence community", "term", "", "", False, "a phrase in inverted commas, discussed"),
        ("But the pressure", "speech", "Hannah Lisle", "say", False, "speaker change after the former official"),
        ("Every government since", "speech", "Hannah Lisle", "", True, ""),
        ("beyond doubt", "speech", "Blair", "call", False, "a prime minister's foreword calling the case ...: the foreword's words, Blair (only surname given, in the Washington paragraph); borderline with a term"),
    ],
    timex=[
        ("24 September 2002", "DATE", "2002-09-24", "", ""),
        ("45 minutes", "DURATION", "PT45M", "", ""),
        ("2023", "DATE", "2023", "", ""),
        ("those months", "DURATION", "PXM", "", "vague span, the run-up of 2002 (cf. 'these critical weeks' PXW)"),
        ("three years", "DURATION", "P3Y", "", ""),
        ("December", "DATE", "2025-12", "", "review published January 2026"),
        ("2003", "DATE", "2003", "", ""),
        ("the summer of 2002", "DATE", "2002-SU", "", ""),
        ("February 2003", "DATE", "2003-02", "", ""),
        ("2002", "DATE", "2002", "", "the papers of 2002"),
        ("now", "DATE", "PRESENT_REF", "", ""),
        ("twenty years", "DURATION", "P20Y", "", ""),
    ],
    themes=[
        (0, 0, 1, 0, 0, "", "the September 2002 dossier, 45 minutes, the analyst's doubt"),
        (0, 0, 1, 0, 0, "", "the dossier as a consensus manufactured by omission"),
        (0, 0, 1, 0, 0, "", "JIC minutes; 'sexed up'; the machine knew what was wanted"),
        (1, 0, 1, 0, 0, "", "Downing Street and the White House in summer 2002; the Americans had decided; Blair and the American timetable"),
        (0, 0, 1, 0, 0, "", "the dodgy dossier; the intelligence community's limits"),
        (0, 0, 1, 0, 0, "", "reforms after the Chilcot (Iraq) inquiry; intelligence made to agree with government"),
        (0, 0, 1, 0, 0, "", "the dossier and the foreword's 'beyond doubt'"),
    ],
)

QMARKS = set('"“”‘’\'')
OPEN = set('"“‘\'')
CLOSE = set('"”’\'')


def parse(marked):
    raw, quotes, timex, breaks, stack_q, stack_t = [], [], [], [], [], []
    for ch in marked:
        pos = len(raw)
        if ch == "«":
            stack_q.append(pos)
        elif ch == "»":
            quotes.append((stack_q.pop(), pos))
        elif ch == "⟨":
            stack_t.append(pos)
        elif ch == "⟩":
            timex.append((stack_t.pop(), pos))
        elif ch == "¦":
            breaks.append(pos)
        else:
            raw.append(ch)
    assert not stack_q and not stack_t
    return "".join(raw), sorted(quotes), sorted(timex), breaks


def main():
    out = {k: [] for k in ("sentences", "quotes", "timex", "themes_v2")}
    meta = []
    os.makedirs(TEXTS, exist_ok=True)
    for name, d in DEC.items():
        src = name + ".txt"
        marked = open(os.path.join(MARKED, src), encoding="utf-8").read()
        raw, qs, ts, breaks = parse(marked)
        with open(os.path.join(TEXTS, src), "w", encoding="utf-8") as fh:
            fh.write(raw)
        assert open(os.path.join(TEXTS, src), encoding="utf-8").read() == raw
        meta.append((src, d["date"]))
        # paragraphs (line 0 = title)
        paras, pos = [], 0
        for i, line in enumerate(raw.split("\n")):
            if i > 0 and line.strip():
                paras.append((pos, pos + len(line)))
            pos += len(line) + 1
        title_end = raw.index("\n")
        assert all(s > title_end for s, _ in qs + ts) and all(b > title_end for b in breaks)
        # sentences
        for ps, pe in paras:
            cuts = [ps] + [b for b in breaks if ps < b < pe] + [pe]
            covered = []
            for a, b in zip(cuts, cuts[1:]):
                seg = raw[a:b]
                s = a + (len(seg) - len(seg.lstrip()))
                e = b - (len(seg) - len(seg.rstrip()))
                assert e > s, (name, a)
                out["sentences"].append([src, s, e, raw[s:e]])
                covered.append((s, e))
            rest = list(raw[ps:pe])
            for s, e in covered:
                for k in range(s - ps, e - ps):
                    rest[k] = ""
            assert "".join(rest).strip() == "", (name, ps)
        # quotes
        assert len(qs) == len(d["quotes"]), (name, len(qs), len(d["quotes"]))
        bounding = set()
        prev_speech = None  # last top-level speech span (start, end, speaker)
        for (s, e), (snip, kind, spk, cue, cont, note) in zip(qs, d["quotes"]):
            text = raw[s:e]
            assert text.startswith(snip), (name, snip, text)
            assert raw[s - 1] in OPEN and raw[e] in CLOSE, (name, text)
            bounding |= {s - 1, e}
            if kind == "term":
                assert not spk and not cue and not cont
            nested = any(os_ < s and e < oe for os_, oe in qs)
            if cont:
                assert not cue and prev_speech and prev_speech[2] == spk, (name, snip)
            if kind == "speech" and not nested:
                prev_speech = (s, e, spk)
            out["quotes"].append([src, s, e, text, kind, spk, cue, "true" if cont else "false", note])
        for k, ch in enumerate(raw):
            if ch in QMARKS and k not in bounding:
                assert ch in "’'" and (raw[k - 1].isalnum() or raw[k + 1].isalnum()), (name, k, raw[k - 20:k + 20])
        # timex
        assert len(ts) == len(d["timex"]), (name, len(ts), len(d["timex"]))
        for (s, e), (snip, typ, val, mod, note) in zip(ts, d["timex"]):
            text = raw[s:e]
            assert text.startswith(snip), (name, snip, text)
            out["timex"].append([src, s, e, text, typ, val, mod, note])
        # themes
        assert len(paras) == len(d["themes"]), (name, len(paras), len(d["themes"]))
        for (s, e), (sr, pf, iq, ip, au, neg, note) in zip(paras, d["themes"]):
            out["themes_v2"].append([src, s, e, raw[s:e], sr, pf, iq, ip, au, neg, note])
    # checks common to all files
    for key in ("sentences", "quotes", "timex"):
        rows = out[key]
        for r in rows:
            raw = open(os.path.join(TEXTS, r[0]), encoding="utf-8").read()
            assert raw[r[1]:r[2]] == r[3]
        by = {}
        for r in rows:
            by.setdefault(r[0], []).append(r)
        for src, rs in by.items():
            assert rs == sorted(rs, key=lambda r: (r[1], -r[2]))
            if key != "quotes":  # quotes may nest
                for a, b in zip(rs, rs[1:]):
                    assert a[2] <= b[1], (key, a, b)
    heads = {
        "sentences": ["source", "start", "end", "text"],
        "quotes": ["source", "start", "end", "text", "kind", "speaker", "cue", "continuation", "notes"],
        "timex": ["source", "start", "end", "text", "type", "value", "mod", "notes"],
        "themes_v2": ["source", "start", "end", "text", "special_relationship", "party_factionalism",
                      "iraq_war_intelligence", "israel_palestine", "austerity_inequality", "negated", "notes"],
    }
    for key, rows in out.items():
        with open(os.path.join(HERE, key + ".csv"), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(heads[key])
            w.writerows(rows)
        print(key, len(rows))
    with open(os.path.join(TEXTS, "metadata.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "date"])
        w.writerows(meta)


if __name__ == "__main__":
    main()
