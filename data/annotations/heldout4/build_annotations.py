"""Build the heldout4 texts and gold files from hand decisions (standalone: stdlib + pandas).

Run from anywhere: python data/annotations/heldout4/build_annotations.py
- articles.py holds the five articles as paragraphs of hand-split sentences (= sentence gold);
  this script writes data/heldout4/<file>.txt and metadata.csv from it.
- QUOTES, TIMEX, THEMES below hold every hand decision; offsets are found by searching forward
  (in document order) and verified raw[start:end] == text.
"""
import os, sys, csv
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
TXT = os.path.join(ROOT, "data", "heldout4")
sys.path.insert(0, HERE)
from articles import ARTICLES  # noqa: E402

F = ["heldout4_mp_column.txt", "heldout4_deselection.txt", "heldout4_documentary_review.txt",
     "heldout4_scotland.txt", "heldout4_iraq_intelligence.txt"]

# ---------------- quotes: (text inside marks, kind, speaker, cue, continuation, note) -------------
S, T = "speech", "term"
QUOTES = {
"heldout4_mp_column.txt": [
 ("Is anybody in London actually listening?", S, "a woman in a mustard coat", "say", False, "colon after 'said only'"),
 ("You lot always say that,", S, "a woman in a mustard coat", "say", False, ""),
 ("Then the bus goes anyway.", S, "a woman in a mustard coat", "", True, "new sentence after the tag sentence; no cue of its own"),
 ("putting buses back at the heart of local growth", S, "Rachel Okonedo-Platt", "tell", False, "partial quotation worked into indirect speech"),
 ("collective discipline on the programme motion is expected of all members of the parliamentary party", S, "the whips’ office", "say", False, "letter from the whips; cue 'it said' (parenthetical) governs the that-clauses"),
 ("continued support for the government’s agenda", S, "the whips’ office", "say", False, "second that-clause of the same 'it said'"),
 ("noted with appreciation", S, "the whips’ office", "say", False, "second that-clause of the same 'it said'"),
 ("noted", T, "", "", False, "word under discussion"),
 ("I’m not asking for a miracle, love,", S, "Derek", "tell", False, "first name only in the article"),
 ("I’m asking for the half past four.", S, "Derek", "", True, "new sentence after the tag sentence"),
 ("Nobody ever lost their seat for being loyal.", S, "a veteran of the 2017 intake", "put", False, "'put it to me ... :' ; cue lemma put"),
],
"heldout4_deselection.txt": [
 ("never set out to be anybody’s insurgent", S, "Daniel Osei-Whitfield", "account", False, "noun cue 'by his own account'"),
 ("talking to members", S, "Daniel Osei-Whitfield", "say", False, ""),
 ("This is a takeover dressed up as a conversation,", S, "a former agent", "say", False, "'one of them' = one of the allies of Ellory-Shaw, described as a former agent"),
 ("stage-managed from start to finish", S, "another ally", "describe", False, "'Another' completed with the implied noun (allies of Ellory-Shaw)"),
 ("She’s a decent woman who stopped turning up,", S, "Priya Naidoo", "say", False, ""),
 ("People here noticed.", S, "Priya Naidoo", "", True, ""),
 ("the National Executive Committee retains the right to intervene in any selection where due process is in doubt", S, "the party’s general secretary", "remind", False, "statement read out by a regional organiser on behalf of the general secretary: the statement's author is the speaker; 'It reminded members that'"),
 ("will be investigated thoroughly and without fear or favour", S, "the party’s general secretary", "remind", False, "second that-clause of 'reminded'"),
 ("a shot across our bows, and not a subtle one", S, "one branch officer", "tell", False, ""),
 ("Our only interest is in a fair process that members can trust,", S, "a Labour North West spokesperson", "say", False, ""),
 ("We do not take sides in selections, and we never have.", S, "a Labour North West spokesperson", "", True, ""),
 ("routine", S, "a Labour North West spokesperson", "say", False, "one-word utterance attributed by 'said' (rule: specific source + reporting verb = speech)"),
 ("proud of what we have built together, and ready to make that case again", S, "Margaret Ellory-Shaw", "write", False, "message to members"),
 ("keep this comradely", S, "Margaret Ellory-Shaw", "ask", False, ""),
],
"heldout4_documentary_review.txt": [
 ("The biscuits,", S, "Frances Quayle", "say", False, "'a former Treasury official', named in the next paragraph"),
 ("We had very good biscuits that year, and I have never been able to work out why.", S, "Frances Quayle", "", True, ""),
 ("a film about the ordinary furniture of a decision", S, "Tamsin Achebe-Lowe", "say", False, ""),
 ("I could tell you how many families would have to move,", S, "a younger analyst", "say", False, ""),
 ("I couldn't tell you their names, and I was grateful for that.", S, "a younger analyst", "", True, "straight apostrophe inside straight quotes"),
 ("Is that number going in the pack?", S, "a junior minister", "ask", False, "dialogue of a reconstruction played by actors: the character's words"),
 ("It has to, minister,", S, "the junior minister's official", "reply", False, "'his official' resolved"),
 ("Then I'd like it on the last page.", S, "a junior minister", "", False, "cue-less, speaker changes back to the minister: continuation false"),
 ("a cheat", S, "one critic", "call", False, "short quotation with a specific source and verb: speech"),
 ("wants the moral clarity of drama without doing drama's work", S, "one critic", "complain", False, ""),
 ("I just hope I'd ask more often who was at the bottom of the column.", S, "Frances Quayle", "", False, "context only ('she says she would do the same sums.'); previous speech span is the critic's: continuation false"),
],
"heldout4_scotland.txt": [
 ("for a generation", T, "", "", False, "the 2014 campaign phrase held at a distance, no source or occasion given"),
 ("The people of Scotland were told in 2014 that a No vote was the only way to protect their place in Europe,", S, "Catriona Moffat", "tell", False, ""),
 ("They were told a great many things. It is time they were asked again.", S, "Catriona Moffat", "", True, "one quoted span holding two sentences"),
 ("not be drawn into a calendar game", S, "Catriona Moffat", "reply", False, ""),
 ("We have had a poll every month for a decade telling us the country is split down the middle,", S, "a Scotland Office source", "say", False, ""),
 ("That isn’t a mandate. That’s a description.", S, "a Scotland Office source", "", True, "apostrophes ’ inside ‘…’"),
 ("Clyde caucus", T, "", "", False, "name of a group"),
 ("managing decline with a saltire on it", S, "the Clyde caucus", "argue", False, "collective: the group's argument; 'arguing that ... and that'"),
 ("If the leadership won’t make the case,", S, "Ruairidh Kerr", "write", False, "split quotation"),
 ("the members will find someone who will.", S, "Ruairidh Kerr", "write", False, "split quotation, interposed cue"),
 ("unchanged and well understood", S, "the Prime Minister’s spokesman", "tell", False, ""),
 ("focused on the things that matter to families in Scotland", S, "the Prime Minister’s spokesman", "tell", False, "second that-clause of 'told reporters that'"),
 ("Nobody in 2014 thought we would still be arguing about this,", S, "a senior SNP figure", "tell", False, ""),
 ("Then again, nobody thought we’d stop.", S, "a senior SNP figure", "", True, ""),
],
"heldout4_iraq_intelligence.txt": [
 ("were presented with a certainty that was not justified", S, "the Iraq Inquiry", "find", False, "finding of the inquiry's report ('the report found'); collective/document source"),
 ("We fixed the plumbing,", S, "Malcolm Treadwell", "say", False, "article gives 'Sir Malcolm Treadwell'; title dropped as in the guideline's 'David Manning'"),
 ("We did not fix the temptation. The temptation is always to give a prime minister the answer that makes the decision easier, and it does not announce itself.", S, "Malcolm Treadwell", "", True, ""),
 ("goes further than the assessed material supports in at least three places", S, "a Cabinet Office official", "warn", False, "memo; speaker = its (unnamed) author"),
 ("If we are asked later why we did not say so, I am not sure we will have a good answer.", S, "a Cabinet Office official", "add", False, "memo, colon after 'it adds'"),
 ("The British inquiry was more thorough than anything we did, and we knew it,", S, "Carla Brennan-Ruiz", "say", False, "cue after the quotation, name after the verb"),
 ("with a mixture of admiration and relief that it wasn’t us", S, "Carla Brennan-Ruiz", "say", False, "'she said' interposed"),
 ("the relationship was the thing nobody wanted to be the one to break", S, "Carla Brennan-Ruiz", "account", False, "noun cue 'In her account'"),
 ("a reason to stop asking questions, not a reason to ask better ones", S, "a former senior British intelligence officer", "say", False, ""),
 ("fully embedded for several years", S, "a Cabinet Office spokesperson", "say", False, ""),
 ("remain central to how every assessment is produced", S, "a Cabinet Office spokesperson", "say", False, ""),
 ("Ten years is long enough for a lesson to become a ceremony,", S, "Malcolm Treadwell", "tell", False, ""),
 ("You lay the wreath, and you go back to the office.", S, "Malcolm Treadwell", "tell", False, "'he told me, and then, after a pause:' — the colon continues the same reporting clause: cue tell, not a cue-less continuation (hard call)"),
],
}

# ---------------- timex: (text, type, value, mod, note) in document order ----------------
D, TI, DU, SE = "DATE", "TIME", "DURATION", "SET"
TIMEX = {
"heldout4_mp_column.txt": [
 ("the first Friday of every month", SE, "P1M", "", "monthly surgery; one SET row, the first Friday not encoded in the value"),
 ("the past two years", DU, "P2Y", "", ""),
 ("Last Friday", D, "2025-10-03", "", "column dated Wed 2025-10-08"),
 ("August", D, "2025-08", "", ""),
 ("40 minutes", DU, "PT40M", "", ""),
 ("this summer", D, "2025-SU", "", ""),
 ("every 20 minutes", SE, "PT20M", "", ""),
 ("July", D, "2025-07", "", ""),
 ("hourly", SE, "PT1H", "", ""),
 ("seven in the evening", TI, "XXXX-XX-XXT19:00", "", "daily cut-off, generic"),
 ("2010", D, "2010", "", ""),
 ("June", D, "2025-06", "", ""),
 ("a week", DU, "P1W", "", "'a week after I had signed': measure phrase only"),
 ("six years", DU, "P6Y", "", ""),
 ("weeks", DU, "PXW", "", "'for weeks afterwards'"),
 ("50 years", DU, "P50Y", "", ""),
 ("September", D, "2025-09", "", ""),
 ("the half past four", TI, "XXXX-XX-XXT16:30", "", "hard call: names a bus by its daily departure time"),
 ("next Tuesday", D, "2025-10-14", "", ""),
 ("2017", D, "2017", "", "'the 2017 intake' (MPs elected in 2017)"),
 ("last week", D, "2025-W40", "", ""),
],
"heldout4_deselection.txt": [
 ("2015", D, "2015", "", ""),
 ("a fortnight ago", D, "2025-06-06", "", "published Fri 2025-06-20"),
 ("Wednesday night", TI, "2025-06-18TNI", "", ""),
 ("Thursday", D, "2025-06-19", "", ""),
 ("the spring", D, "2025-SP", "", ""),
 ("March", D, "2025-03", "", ""),
 ("last year", D, "2024", "", ""),
 ("now", D, "PRESENT_REF", "", ""),
 ("four days a week", SE, "P1W", "", "four times a week; frequency not encoded"),
 ("2018", D, "2018", "", ""),
 ("currently", D, "PRESENT_REF", "", ""),
 ("Wednesday", D, "2025-06-18", "", "'Wednesday’s meeting': possessive ’s excluded"),
 ("Thursday evening", TI, "2025-06-19TEV", "", ""),
 ("Thursday morning", TI, "2025-06-19TMO", "", ""),
 ("4 July", D, "2025-07-04", "", ""),
 ("later that month", D, "2025-07", "", "hard call: 'later' left without a mod"),
 ("every Saturday in July", SE, "XXXX-WXX-6", "", "restricted to July 2025"),
],
"heldout4_documentary_review.txt": [
 ("Sunday", D, "2025-02-16", "", "review published Fri 2025-02-14"),
 ("the autumn of 2010", D, "2010-FA", "", ""),
 ("that year", D, "2010", "", "inside the quotation"),
 ("six years", DU, "P6Y", "", ""),
 ("one afternoon in October", TI, "2010-10-XXTAF", "", ""),
 ("that autumn", D, "2010-FA", "", ""),
 ("four years", DU, "P4Y", "", ""),
 ("2011", D, "2011", "", ""),
 ("final half-hour", DU, "PT30M", "", "possessive 'its' excluded"),
 ("a full minute", DU, "PT1M", "", ""),
],
"heldout4_scotland.txt": [
 ("Eleven years ago this morning", TI, "2014-09-19TMO", "", "one composite expression; published Fri 2025-09-19, the morning of the 2014 result"),
 ("Thursday", D, "2025-09-18", "", ""),
 ("2014", D, "2014", "", ""),
 ("next May", D, "2026-05", "", ""),
 ("last weekend", D, "2025-W37-WE", "", ""),
 ("every month", SE, "P1M", "", ""),
 ("a decade", DU, "P10Y", "", ""),
 ("2023", D, "2023", "", ""),
 ("the year", D, "2023", "", "'within the year' of the 2023 prospectus"),
 ("the summer", D, "2025-SU", "", ""),
 ("Monday", D, "2025-09-15", "", ""),
 ("Thursday", D, "2025-09-18", "", ""),
 ("now", D, "PRESENT_REF", "", ""),
 ("next year", D, "2026", "", ""),
 ("next May", D, "2026-05", "", ""),
 ("2014", D, "2014", "", ""),
 ("last night", TI, "2025-09-18TNI", "", ""),
],
"heldout4_iraq_intelligence.txt": [
 ("Ten years", DU, "P10Y", "", "in the title (titles are annotated when they hold a timex); 'Ten years after Chilcot': measure phrase only; added in the self-check pass"),
 ("Ten years ago today", D, "2016-07-06", "", "published Mon 2026-07-06, tenth anniversary"),
 ("seven years", DU, "P7Y", "", ""),
 ("A decade on", D, "2026", "", "hard call: like 'a week later', one DATE = a decade after 2016"),
 ("2016", D, "2016", "", ""),
 ("now", D, "PRESENT_REF", "", ""),
 ("three years", DU, "P3Y", "", ""),
 ("the late 2010s", D, "201", "END", ""),
 ("last month", D, "2026-06", "", ""),
 ("this spring", D, "2026-SP", "", ""),
 ("September 2002", D, "2002-09", "", ""),
 ("later", D, "FUTURE_REF", "", "deictic adverb inside the memo ('If we are asked later') = in future; hard call"),
 ("2003", D, "2003", "", ""),
 ("2016", D, "2016", "", ""),
 ("2017", D, "2017", "", ""),
 ("now", D, "PRESENT_REF", "", ""),
 ("this week", D, "2026-W28", "", ""),
 ("several years", DU, "PXY", "", ""),
 ("now", D, "PRESENT_REF", "", ""),
 ("Ten years", DU, "P10Y", "", ""),
],
}

# ---------------- themes v2 per body paragraph: (sr, pf, iraq, ip, aus, negated, note) -------------
THEMES = {
"heldout4_mp_column.txt": [
 (0,0,0,0,0,"", "surgery scene; the question to London carries no theme content"),
 (0,0,0,0,0,"", ""),
 (0,0,0,0,1,"", "council budget cut by a third since 2010, bus service cut"),
 (0,0,0,0,1,"", "borderline: bus funding by competitive bid as inadequate ('a raffle')"),
 (0,1,0,0,0,"", "whips pressing a backbencher to fall in line against an own-benches amendment (pressure to fall in line); funding transparency only mentioned: aus 0"),
 (0,1,0,0,1,"", "PF borderline: the MP weighs loyalty to the whips against constituents; aus: service cut keeps a pensioner from his clinic"),
 (0,1,0,0,0,"", "colleagues on the government benches joining the rebellion"),
 (0,0,0,0,0,"", ""),
],
"heldout4_deselection.txt": [
 (0,1,0,0,0,"", "trigger ballot against the sitting MP"),
 (0,1,0,0,0,"", "challenger to the sitting MP's selection"),
 (0,1,0,0,0,"", "allies of the MP allege a takeover"),
 (0,1,0,0,1,"", "aus: two-child benefit cap, food bank"),
 (0,1,0,0,0,"", "borderline: trigger ballots and rewritten rulebook as a fixture of the party's internal fights"),
 (0,1,0,0,0,"", "the region's statement read as a warning to members"),
 (0,1,0,0,0,"party_factionalism", "every statement denies the region takes sides (rule 4)"),
 (0,1,0,0,0,"", "the MP's appeal to keep the contest comradely; the contest"),
],
"heldout4_documentary_review.txt": [
 (0,0,0,0,0,"", "Treasury official, autumn 2010: weak cue, nothing about the cuts themselves"),
 (0,0,0,0,0,"", "the film's furniture; columns 'from black to red' read as a visual, not as discussion of cuts"),
 (0,0,0,0,1,"", "spending review cuts to councils, housing benefit cut"),
 (0,0,0,0,0,"", "the 2011 protests only as archive footage (mention)"),
 (0,0,0,0,1,"", "child poverty projection hidden at the back of the pack"),
 (0,0,0,0,0,"", "critics on the reconstructions"),
 (0,0,0,0,1,"", "borderline: who bore the cuts ('bottom of the column'), 'about austerity'"),
],
"heldout4_scotland.txt": [
 (0,0,0,0,0,"", "independence is not a codebook theme"),
 (0,0,0,0,0,"", ""),
 (0,0,0,0,0,"", ""),
 (0,0,0,0,0,"", ""),
 (0,1,0,0,0,"", "SNP backbench 'Clyde caucus' against the leader's approach"),
 (0,0,0,0,0,"", "block grant rising in cash terms: mention, aus 0"),
 (0,0,0,0,0,"", ""),
],
"heldout4_iraq_intelligence.txt": [
 (0,0,1,0,0,"", "Chilcot finding on WMD judgements"),
 (0,0,1,0,0,"", "intelligence reforms after the inquiry"),
 (0,0,1,0,0,"", "borderline: Iraq not named; former JIC chair on telling a PM what he wants, in the Chilcot context"),
 (0,0,1,0,0,"", "2002 dossier memo"),
 (1,0,1,0,0,"", "SR borderline: Washington's view of the British inquiry ('relief that it wasn't us')"),
 (1,0,1,0,0,"", "deference to American assessments; special relationship as reason to stop asking"),
 (0,0,1,0,0,"", "JIC reforms; Chilcot lessons"),
 (0,0,1,0,0,"", "'either capital' is a weak cue only: SR 0"),
],
}


def build():
    meta = []
    for f in F:
        a = ARTICLES[f]
        body = a["sep"].join(" ".join(p) for p in a["paras"])
        raw = a["title"] + a["sep"] + body + "\n"
        with open(os.path.join(TXT, f), "w", encoding="utf-8", newline="") as fh:
            fh.write(raw)
        meta.append((f, a["date"]))
    with open(os.path.join(TXT, "metadata.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n"); w.writerow(["file", "date"]); w.writerows(meta)

    sents, quotes, timex, themes = [], [], [], []
    for f in F:
        raw = open(os.path.join(TXT, f), encoding="utf-8").read()
        a = ARTICLES[f]
        # sentences + paragraphs
        pos = len(a["title"])
        paras = []
        for p in a["paras"]:
            pstart = None
            for s in p:
                i = raw.index(s, pos); assert raw[pos:i].strip() == "", (f, s)
                pstart = i if pstart is None else pstart
                sents.append((f, i, i + len(s), s, "")); pos = i + len(s)
            paras.append((pstart, pos))
        assert raw[pos:].strip() == ""
        # quotes
        opens = {"“": "”", '"': '"', "‘": "’", "'": "'"}
        pos = 0
        for (t, k, sp, cue, cont, note) in QUOTES[f]:
            i = raw.index(t, pos); j = i + len(t)
            o = raw[i - 1]; assert o in opens, (f, t, o)
            assert raw[j] == opens[o], (f, t, raw[j])
            assert (k == S) or (sp == "" and cue == "" and not cont)
            quotes.append((f, i, j, t, k, sp, cue, "true" if cont else "false", note)); pos = j
        nq = len(QUOTES[f])
        ndq = raw.count("“") + raw.count('"') // 2 + raw.count("‘")
        assert ndq == nq, (f, ndq, nq)
        assert raw.count("“") == raw.count("”")
        # timex (titles included)
        pos = 0
        for (t, ty, v, m, note) in TIMEX[f]:
            i = raw.index(t, pos); j = i + len(t)
            assert not raw[i - 1].isalnum() and not raw[j].isalnum(), (f, t)
            timex.append((f, i, j, t, ty, v, m, note)); pos = j
        # themes
        assert len(THEMES[f]) == len(paras), (f, len(THEMES[f]), len(paras))
        for (ps, pe), c in zip(paras, THEMES[f]):
            themes.append((f, ps, pe, raw[ps:pe]) + c)

    out = lambda name, rows, cols: pd.DataFrame(rows, columns=cols).sort_values(
        ["source", "start"], kind="stable").to_csv(os.path.join(HERE, name), index=False, lineterminator="\n")
    out("sentences.csv", [r[:4] for r in sents], ["source", "start", "end", "text"])
    out("quotes.csv", quotes, ["source", "start", "end", "text", "kind", "speaker", "cue", "continuation", "notes"])
    out("timex.csv", timex, ["source", "start", "end", "text", "type", "value", "mod", "notes"])
    out("themes_v2.csv", themes, ["source", "start", "end", "text", "special_relationship", "party_factionalism",
                                  "iraq_war_intelligence", "israel_palestine", "austerity_inequality", "negated", "notes"])
    verify()


def verify():
    for name in ["sentences.csv", "quotes.csv", "timex.csv", "themes_v2.csv"]:
        df = pd.read_csv(os.path.join(HERE, name), keep_default_na=False, dtype={"text": str})
        for r in df.itertuples():
            raw = open(os.path.join(TXT, r.source), encoding="utf-8").read()
            assert raw[r.start:r.end] == r.text, (name, r)
        assert list(df.sort_values(["source", "start"], kind="stable").index) == list(df.index)
        print(name, len(df), "rows verified")


if __name__ == "__main__":
    build()
