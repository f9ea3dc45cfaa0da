"""Build and verify the uk_dev6 gold files (sentences, quotes, timex, themes_v2).

Written blind by the annotator of uk_dev6 (helper session, branch wt-uk_dev6, 2026-12-07).
Standalone: standard library + pandas only; imports nothing from the project.
Every decision below was made by reading the text; the script only turns the decisions into
offsets and checks them (raw[start:end] == text, sorting, coverage, mark inventory).

Run:  python data/annotations/uk_dev6/build_annotations.py          (writes the four CSVs)
      python data/annotations/uk_dev6/build_annotations.py --check  (verifies the written CSVs)
"""
import os
import re
import sys

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.normpath(os.path.join(HERE, "..", "..", "uk_dev6"))
FILES = [
    "uk_dev6_pmqs_sketch.txt",
    "uk_dev6_care_cap_leak.txt",
    "uk_dev6_threlfall_walk.txt",
    "uk_dev6_palestine_policy.txt",
    "uk_dev6_aldgate_group.txt",
]


def raw(f):
    return open(os.path.join(TEXTS, f), encoding="utf-8").read()


def blocks(f):
    """Non-empty lines = blocks; every paragraph in these files is one line. Block 0 = title."""
    r = raw(f)
    out, pos = [], 0
    for line in r.split("\n"):
        s = line.strip()
        if s:
            st = pos + line.index(s)
            out.append((st, st + len(s)))
        pos += len(line) + 1
    return out


def body(f):
    return blocks(f)[1:]


# ---------------------------------------------------------------- sentences
# The annotator split every body paragraph by hand. To keep the hand decisions compact they are
# written as (a) a candidate boundary pattern -- sentence-final . ? ! plus any closing marks,
# followed by a space and a capital letter or an opening mark -- and (b) explicit hand
# corrections: NOSPLIT lists candidate boundaries that are NOT sentence ends (the text before
# the space, "|", the text after), EXTRA lists boundaries the pattern misses. Every resulting
# sentence was then read in the printed listing (--list) and accepted.
CAND = re.compile(r"[.?!][”’)]*(?= +[A-Z“‘(])")
NOSPLIT = [
]
EXTRA = [
]
SENT_NOTES = {  # (file, beginning of the sentence) -> note
    ("uk_dev6_pmqs_sketch.txt", "“Order!"): "exclamation fragment inside the Speaker's quotation: its own sentence (rule 1, rule 3)",
    ("uk_dev6_pmqs_sketch.txt", "Order."): "fragment punctuated as a sentence",
    ("uk_dev6_pmqs_sketch.txt", "Uproar."): "one-word fragment punctuated as a sentence",
    ("uk_dev6_pmqs_sketch.txt", "Would the Prime Minister, she wondered, "): "reported question without quotation marks, tag inside: one sentence",
    ("uk_dev6_care_cap_leak.txt", "The document adds:"): "ends in a colon at the end of its paragraph; the quotation it introduces is the next paragraph (no sentence crosses a block)",
    ("uk_dev6_care_cap_leak.txt", "In plain terms, the delay is regressive."): "last sentence of a paragraph whose quotation is not closed (multi-paragraph quotation)",
    ("uk_dev6_care_cap_leak.txt", "A spokeswoman for the department said: “"): "colon does not end a sentence; quotation split at its internal full stop",
    ("uk_dev6_threlfall_walk.txt", "“She said to me, ‘You lot made the rules"): "nested single quotation ends with a comma inside the double quotation; tag follows: one sentence",
    ("uk_dev6_palestine_policy.txt", "Tomas Ekberg, the UN’s deputy special coo"): "ends in a colon at the end of its paragraph; the quotation follows as its own paragraph",
    ("uk_dev6_aldgate_group.txt", "‘A faction that cannot agree with itself,"): "split quotation with the tag in the middle; the question mark closes the whole sentence",
    ("uk_dev6_aldgate_group.txt", "Then, after a pause: ‘Mind you, the pub’s"): "colon does not end the sentence",
}


def sentences(f):
    r = raw(f)
    rows = []
    for bs, be in body(f):
        para = r[bs:be]
        cuts = [m.end() for m in CAND.finditer(para)]
        for ctx in NOSPLIT:
            fl, a, b = ctx
            if fl != f:
                continue
            i = para.find(a + " " + b)
            if i >= 0:
                cuts.remove(i + len(a))
        for fl, a, b in EXTRA:
            if fl == f and para.find(a + " " + b) >= 0:
                cuts.append(para.find(a + " " + b) + len(a))
        cuts = sorted(set(cuts))
        prev = 0
        for c in cuts + [len(para)]:
            seg = para[prev:c]
            lead = len(seg) - len(seg.lstrip())
            s, e = bs + prev + lead, bs + c
            if r[s:e].strip():
                note = [v for (fl, k), v in SENT_NOTES.items() if fl == f and r[s:e].startswith(k)]
                assert len(note) <= 1
                rows.append((f, s, e, r[s:e], note[0] if note else ""))
            prev = c
    return rows


if __name__ == "__main__" and "--list" in sys.argv:
    for f in FILES:
        for row in sentences(f):
            print(f[8:14], row[1], "|", row[3])


# ---------------------------------------------------------------- quotes
# One hand decision per span in quotation marks, in text order: (file, words inside the marks,
# kind, speaker, cue, continuation, note). The script finds each span searching forward from
# the previous row's start, and checks that an opening mark precedes it and a closing mark (or
# the end of an unclosed paragraph) follows it.
P, C, T, A, G = ("uk_dev6_pmqs_sketch.txt", "uk_dev6_care_cap_leak.txt",
                 "uk_dev6_threlfall_walk.txt", "uk_dev6_palestine_policy.txt",
                 "uk_dev6_aldgate_group.txt")
Q = [
    # --- PMQs sketch (curly double quotes)
    (P, "I asked about the Chancellor,", "speech", "Fenella Rusk", "say", False,
     "split quotation, interposed cue `Rusk said`; first name from the opening paragraph"),
    (P, "and the Prime Minister has given us a guided tour of Northamptonshire.", "speech",
     "Fenella Rusk", "say", False, "second piece of a split quotation: the interposed cue attributes both"),
    (P, "Kettering needs it!", "speech", "a Labour voice", "shout", False,
     "heckle; unnamed speaker described only as `a Labour voice`"),
    (P, "complete and total confidence", "speech", "Robert Calloway", "tell", False,
     "fragment worked into reported speech (`he told the House`); he = the Prime Minister"),
    (P, "She is doing an outstanding job in difficult circumstances,", "speech", "Robert Calloway",
     "add", False, ""),
    (P, "Difficult circumstances which, I would gently remind the right honourable lady, her party created with 14 years of cuts.",
     "speech", "Robert Calloway", "", True, "cue-less second quotation after `he added.`"),
    (P, "If the Chancellor enjoys his complete confidence, why has he asked the Cabinet Office to prepare three different Budget timetables?",
     "speech", "Fenella Rusk", "ask", False, "she = Mrs Rusk, previous paragraph"),
    (P, "Is it because he cannot decide which week to sack her?", "speech", "Fenella Rusk", "", True, ""),
    (P, "Order! Order. The right honourable lady will know that the House expects questions about government policy, not about the Prime Minister’s diary.",
     "speech", "the Speaker", "", False,
     "attributed by context only (`The Speaker ... rose to his feet.` precedes); the Speaker is never named"),
    (P, "Although I accept that in this case the two may be related.", "speech", "the Speaker", "", True,
     "after narrator `There was a pause.`"),
    (P, "Not in Wiltshire,", "speech", "Sir Desmond’s neighbour", "mutter", False,
     "unnamed backbencher described by his seat next to Sir Desmond Pyle"),
    (P, "Before Christmas,", "speech", "Robert Calloway", "say", False,
     "`said the Prime Minister` inverted and interposed; the Prime Minister = Robert Calloway"),
    (P, "if diaries allow.", "speech", "Robert Calloway", "say", False, "second piece of split quotation"),
    (P, "Diaries!", "speech", "a Conservative backbencher", "shout", False, "heckle, cue after the quotation"),
    (P, "within the next 104 weeks", "speech", "the letter", "inform", False,
     "words of a hospital letter relayed by Owen Traherne (`he told MPs`); the span is governed by `informed`, whose subject is the letter"),
    (P, "win", "term", "", "", False, "scare quotes, the writer's irony"),
    # --- leaked care paper (curly double quotes; one paragraph per line)
    (C, "a preferred option of managed deferral", "speech", "the paper", "call", False,
     "a document as speaker: the leaked DHSC paper (written by unnamed officials); `what it calls`"),
    (C, "Given the fiscal position set out at the Budget, the department does not consider it realistic to implement the cap before the 2029-30 financial year,",
     "speech", "the paper", "say", False, "`the paper says`"),
    (C, "Ministers should be aware that a further delay will be presented as a broken promise, and that the communications challenge will be significant.",
     "speech", "the paper", "", True, ""),
    (C, "a material proportion", "speech", "the paper", "estimate", False,
     "`It goes on to estimate ... and that “a material proportion”`: the estimate verb governs the that-clause holding the fragment"),
    (C, "The impact will not fall evenly. Self-funders in the North East, the Midlands and coastal towns, where house prices are lower, will exhaust a larger share of their assets before reaching the means-tested threshold. In plain terms, the delay is regressive.",
     "speech", "the paper", "add", False,
     "unclosed paragraph of a two-paragraph quotation, runs to the paragraph end; introduced by `The document adds:` ending the previous paragraph (colon cue across the paragraph break)"),
    (C, "Officials have considered whether a partial cap, applying only to residential care, could be introduced in April 2027. This would cost approximately £1.1bn in its first year. It is not recommended at this time.",
     "speech", "the paper", "", True, "reopened second paragraph of the multi-paragraph quotation"),
    (C, "We do not comment on leaked documents. The government remains committed to fixing social care, and we have already put an extra £3.7bn into the system this year.",
     "speech", "a spokeswoman for the department", "say", False, "colon cue `A spokeswoman for the department said:`"),
    (C, "What this tells you is that the Treasury has decided the cap is a luxury,", "speech",
     "Priya Lanner", "say", False, ""),
    (C, "But it isn’t a luxury if you’re the 84-year-old in Hartlepool whose bungalow is paying for her care home while her neighbour in Surrey keeps his.",
     "speech", "Priya Lanner", "", True, "new quoted sentence after `she said.`"),
    (C, "in the region of £2.4bn", "speech", "the paper", "concede", False,
     "`a passage in the document conceding that ...`: the document's words, reported by Lanner"),
    (C, "Every night an older person spends in a hospital bed they don’t need is a night somebody else waits in A&E.",
     "speech", "Priya Lanner", "argue", False,
     "colon introduction inside the sentence `That figure, she argues, is small ...: “...”`; speaker changes back from the paper to Lanner"),
    (C, "a confession in a brown envelope", "speech", "Marcus Dunne", "call", False, ""),
    (C, "telling families one thing while their officials were writing the opposite", "speech",
     "Marcus Dunne", "say", False, "own cue `said ministers had spent the summer “...”`"),
    (C, "land like a brick", "speech", "one MP from a northern seat", "say", False, "anonymous Labour MP"),
    (C, "hiding behind the Budget", "speech", "one MP from a northern seat", "accuse", False, "own cue `accused the Treasury of`"),
    (C, "People were told this was sorted,", "speech", "one MP from a northern seat", "say", False,
     "`the MP said` = the anonymous MP of the previous sentence"),
    (C, "Now we’re telling them it’ll be sorted in 2030. Nobody believes a date that far away.", "speech",
     "one MP from a northern seat", "", True, ""),
    (C, "the long grass", "term", "", "", False,
     "`what Westminster likes to call`: a stock idiom attributed to no specific utterance (decision rule: term)"),
    (C, "the least-bad option available", "speech", "the paper", "describe", False, ""),
    (C, "There is no version of this announcement that will be welcomed.", "speech", "the paper", "", True,
     "`It ends with a line that ...:` -- `ends` is not a reporting verb; attributed by context, same speaker as the previous speech span"),
    # --- Threlfall interview (curly double quotes, single nested)
    (T, "one to watch", "term", "", "", False,
     "stock label from unspecified `people`, no specific occasion (decision rule: term); borderline with speech"),
    (T, "There’s a type of Conservative MP who gets called promising for a decade,", "speech",
     "Anna Threlfall", "say", False, ""),
    (T, "I’ve decided I’d rather be useful.", "speech", "Anna Threlfall", "", True, ""),
    (T, "Yes,", "speech", "Anna Threlfall", "say", False, "answer to the interviewer's reported question"),
    (T, "Not because I thought it was wrong at the time, but because I didn’t go and look. I didn’t sit in a food bank in Scarborough and watch a man work out whether he could afford the bus home. I’ve done that now. It changes what the numbers mean.",
     "speech", "Anna Threlfall", "", True, "new quoted sentence after `she says.`"),
    (T, "People assume I must have had some road-to-Damascus moment,", "speech", "Anna Threlfall", "say", False, ""),
    (T, "I didn’t. I just never thought being a Conservative meant you had to pretend poverty was a lifestyle choice. Some of my colleagues do think that. Fewer than you’d imagine, more than I’d like.",
     "speech", "Anna Threlfall", "", True, ""),
    (T, "Corbynism with better manners", "speech", "the Cobden Circle", "accuse", False,
     "a newsletter produced by the Cobden Circle: collective speaker = the group; specific occasion (October newsletter) so speech, not term"),
    (T, "I’ve been called worse by my own family,", "speech", "Anna Threlfall", "say", False, ""),
    (T, "And the people who wrote that have never been to Whitby in February.", "speech", "Anna Threlfall", "", True, ""),
    (T, "We have a leader,", "speech", "Anna Threlfall", "say", False,
     "answer to the narrator's unmarked question `Does she want to lead the party?`"),
    (T, "She’s doing a difficult job, and the last thing she needs is people like me measuring the curtains.",
     "speech", "Anna Threlfall", "", True, ""),
    (T, "We can argue about whether the state is too big,", "speech", "Anna Threlfall", "say", False, ""),
    (T, "What we can’t do is keep cutting the bits that stop people needing the expensive bits. That isn’t small-state conservatism. That’s just bad accounting.",
     "speech", "Anna Threlfall", "", True, ""),
    (T, "She said to me, ‘You lot made the rules, so don’t come here telling me you’re sorry about them,’",
     "speech", "Anna Threlfall", "recall", False, "`Threlfall recalls` after the quotation; outer span includes the nested one"),
    (T, "You lot made the rules, so don’t come here telling me you’re sorry about them,", "speech",
     "a woman outside the jobcentre", "say", False,
     "nested: the woman of the previous paragraph (`a woman she met last month outside the jobcentre`), cue `She said to me`"),
    (T, "And she was right. I can be as sorry as I like. The only thing that matters is whether I change them.",
     "speech", "Anna Threlfall", "", True, "nested span is not the previous speech span; continues Threlfall"),
    (T, "Put in that I walked faster than you.", "speech", "Anna Threlfall", "say", False,
     "colon introduction `turns and says, with ...:`"),
    # --- Israel-Palestine analysis (curly double quotes)
    (A, "a seat at a table we were previously only allowed to look at", "speech", "Catherine Ollerenshaw",
     "tell", False, "fragment in indirect speech `told the Commons ... that`"),
    (A, "sustained, private and frank", "speech", "Catherine Ollerenshaw", "call", False,
     "`what she called`: specific utterance, speech"),
    (A, "Recognition is a statement. Statements are important, but they do not move a single caravan off a single hilltop. What moves caravans is cost, and at the moment nobody is imposing one.",
     "speech", "Tomas Ekberg", "put", False,
     "a whole paragraph of quotation introduced by the colon at the end of the previous paragraph (`put it bluntly ...:`)"),
    (A, "kind, sympathetic and entirely predictable", "speech", "Rania Haddad", "say", False, ""),
    (A, "They say the right things in the right rooms,", "speech", "Rania Haddad", "tell", False,
     "`she told me`; new paragraph, she = Haddad"),
    (A, "Then the trade figures come out and nothing has changed. We are grateful for the recognition. We would be more grateful for a ban on settlement goods.",
     "speech", "Rania Haddad", "", True, ""),
    (A, "The UK cannot credibly recognise a state while continuing to trade with the illegal settlements being built on its territory,",
     "speech", "a cross-party group of 62 MPs", "write", False,
     "a letter by a group of MPs: `they wrote`; collective speaker named by its description"),
    (A, "Recognition without consequence is a gesture, not a policy.", "speech",
     "a cross-party group of 62 MPs", "", True, ""),
    (A, "rewards those who refused every offer of peace", "speech", "Yoav Sharir", "say", False, ""),
    (A, "emboldened Hamas rather than the moderates it claims to support", "speech", "Yoav Sharir", "say",
     False, "second that-clause of the same `said`: own cue"),
    (A, "for direct negotiations, not for parliaments in London", "speech", "Yoav Sharir", "say", False, "he = Sharir"),
    (A, "caught between a policy it announced and a policy it is prepared to carry out", "speech",
     "one senior diplomat", "describe", False, ""),
    (A, "You only get to pull that lever once,", "speech", "another senior diplomat", "say", False,
     "`the second official` = `Another` (senior diplomat) of the previous sentence; description completed with the implied noun"),
    (A, "act with partners", "speech", "one minister", "reply", False,
     "an unnamed minister; not assumed to be Ollerenshaw"),
    (A, "blacklist", "term", "", "", False, "`the so-called`: a label held at a distance"),
    (A, "We will look at the text when there is a text,", "speech", "Catherine Ollerenshaw", "say", False, ""),
    # --- Aldgate Group long read (British single quotes primary, double nested)
    (G, "We exist to keep the party honest when it is in power, and awake when it is not.", "speech",
     "the Aldgate Group", "statement", False,
     "the group's founding statement (1983), colon introduction by the noun cue `a founding statement that ran to a single sentence:`"),
    (G, "fall out in private and fall in in public", "speech", "one veteran", "put", False, "`as one veteran put it to me`"),
    (G, "It’s a disagreement about tactics,", "speech", "Margaret Penhallow", "tell", False, ""),
    (G, "Nobody has left. Nobody is going to leave.", "speech", "Margaret Penhallow", "", True, ""),
    (G, "preferring a quiet life to a socialist one", "speech", "a young MP", "accuse", False,
     "archival: recorded in the 1994 minutes; speaker = the unnamed young MP who said it"),
    (G, "the meeting was adjourned for tea", "speech", "the minutes", "note", False, "document as speaker"),
    (G, "When Labour is in government, keeping the party honest means voting against it sometimes,", "speech",
     "Daniel Oyelaran", "say", False, ""),
    (G, "Otherwise what are we for? A dining club?", "speech", "Daniel Oyelaran", "", True, ""),
    (G, "Daniel thinks the choice is between being brave and being quiet. It isn’t. It’s between winning one vote and losing the next ten. The whips have long memories, and so do constituents who want their MP to get things done.",
     "speech", "an MP who has stayed loyal to Penhallow", "", False,
     "cue-less quotation after the narrator sentence `... put the case against.` (no colon): attributed by context; new speaker"),
    (G, "the Aldgate schism", "speech", "the Red Rose Bulletin", "call", False,
     "`what it calls`: the newsletter's own label on a specific occasion, so speech by the decision rule (borderline with term); collective source = the newsletter (Common Ground's)"),
    (G, "who preferred purity to power and got neither", "speech", "the Red Rose Bulletin", "compare", False,
     "own cue `compares ... to ...,`"),
    (G, "A faction that cannot agree with itself,", "speech", "the Red Rose Bulletin", "ask", False,
     "`the bulletin’s editorial asks` interposed"),
    (G, "is in no position to lecture the rest of us about unity, is it?", "speech", "the Red Rose Bulletin",
     "ask", False, "second piece of split quotation"),
    (G, "When the right of the party starts printing “schism” on its front page, it is usually because it has nothing to say about the government,",
     "speech", "Margaret Penhallow", "say", False, ""),
    (G, "schism", "term", "", "", False, "nested double quotes inside single: a word under discussion"),
    (G, "I’d like her to come with us,", "speech", "Daniel Oyelaran", "say", False, ""),
    (G, "I’m not going to beg. She taught me not to.", "speech", "Daniel Oyelaran", "", True, ""),
    (G, "three or four of these", "speech", "a retired MP now in his nineties", "tell", False,
     "one of the two surviving founders, unnamed"),
    (G, "Somebody storms out, somebody else makes a speech about unity, and by the spring everybody’s back in the pub,",
     "speech", "a retired MP now in his nineties", "say", False, ""),
    (G, "Mind you, the pub’s closed now.", "speech", "a retired MP now in his nineties", "", True,
     "`Then, after a pause:` -- colon but no reporting verb: cue empty, continuation"),
]
OPEN = "“‘\""
CLOSE = "”’\""


def quotes():
    rows = []
    for f in FILES:
        r = raw(f)
        ends = [be for _, be in blocks(f)]
        pos = 0
        for fl, text, kind, spk, cue, cont, note in Q:
            if fl != f:
                continue
            i = r.find(text, pos)
            assert i >= 0, (f, text)
            j = i + len(text)
            assert r[i - 1] in OPEN, (f, text, r[i - 1])
            assert r[j] in CLOSE or j in ends, (f, text, r[j])
            assert (kind == "term") == (spk == "" and cue == ""), text
            rows.append((f, i, j, text, kind, spk, cue, "true" if cont else "false", note))
            pos = i + 1
        # mark inventory: every opening mark opens exactly one row
        opens = [k for k, ch in enumerate(r) if ch in "“‘\""]
        starts = {row[1] - 1 for row in rows if row[0] == f}
        assert set(opens) == starts, (f, sorted(set(opens) ^ starts))
        closes = [k for k, ch in enumerate(r) if ch == "”"]
        row_ends = {row[2] for row in rows if row[0] == f}
        assert set(closes) <= row_ends, (f, sorted(set(closes) - row_ends))
    return rows


if __name__ == "__main__" and "--quotes" in sys.argv:
    for row in quotes():
        print(row[0][8:14], row[1], row[4], row[5], row[6], row[7], "|", row[3][:50])


# ---------------------------------------------------------------- timex
# (file, context string unique in the file, expression inside it, type, value, mod, note).
# Anchors: metadata dates -- sketch 2026-11-18 (Wed, PMQs day, written that day), care leak
# 2026-11-24 (Tue), Threlfall 2026-11-27 (Fri; the walk is on the previous Saturday),
# Palestine 2026-12-01 (Tue), Aldgate 2026-12-04 (Fri).
X = [
    (P, "roughly four minutes into", "roughly four minutes", "DURATION", "PT4M", "APPROX", "modifier `roughly` inside the extent"),
    (P, "Today it arrived early", "Today", "DATE", "2026-11-18", "", "a literal day (the PMQs of publication day), not `nowadays`"),
    (P, "the 2019 manifesto", "2019", "DATE", "2019", "", "year as modifier of `manifesto`"),
    (P, "since the summer", "the summer", "DATE", "2026-SU", "", ""),
    (P, "14 years of cuts", "14 years", "DURATION", "P14Y", "", ""),
    (P, "Asked about the present", "the present", "DATE", "PRESENT_REF", "", ""),
    (P, "he reaches for the past", "the past", "DATE", "PAST_REF", "", ""),
    (P, "asked about the past", "the past", "DATE", "PAST_REF", "", ""),
    (P, "waiting 11 months", "11 months", "DURATION", "P11M", "", ""),
    (P, "do so before Christmas", "Christmas", "DATE", "2026-12-25", "", "the coming Christmas"),
    (P, "“Before Christmas,”", "Christmas", "DATE", "2026-12-25", "", "inside the quotation; leading preposition `Before` excluded"),
    (P, "received last week", "last week", "DATE", "2026-W46", "", "the week before the PMQs of 2026-11-18 (ISO week 47)"),
    (P, "the next 104 weeks", "the next 104 weeks", "DURATION", "P104W", "", "inside the quoted letter"),
    (P, "whether two years", "two years", "DURATION", "P2Y", "", ""),
    (P, "survived another Wednesday", "another Wednesday", "DATE", "2026-11-18", "", "this Wednesday's PMQs, `another` in the weekly series"),
    (P, "enjoy the weekend", "the weekend", "DATE", "2026-W47-WE", "", ""),
    (P, "He has six days", "six days", "DURATION", "P6D", "", "until the next PMQs"),
    (C, "a further three years", "a further three years", "DURATION", "P3Y", "", "`a further` kept inside the extent (determiner+modifier)"),
    (C, "dated 3 November", "3 November", "DATE", "2026-11-03", "", ""),
    (C, "legislated for in 2021", "2021", "DATE", "2021", "", ""),
    (C, "the 2029-30 financial year", "the 2029-30 financial year", "DATE", "2029/2030", "", "UK financial year April 2029-March 2030, given as a year interval"),
    (C, "28,000 people a year", "a year", "SET", "P1Y", "", "per year"),
    (C, "introduced in April 2027", "April 2027", "DATE", "2027-04", "", ""),
    (C, "in its first year", "first year", "DATE", "2027", "", "first year of a cap from April 2027; possessive excluded; DATE by analogy with guideline hard call 7 (`first years`), borderline with DURATION P1Y"),
    (C, "recommended at this time", "this time", "DATE", "PRESENT_REF", "", "`at this time` = at present (not an occasion)"),
    (C, "into the system this year", "this year", "DATE", "2026", "", ""),
    (C, "committee in the spring", "the spring", "DATE", "2026-SP", "", ""),
    (C, "spent the summer", "the summer", "DATE", "2026-SU", "", ""),
    (C, "Commons tomorrow", "tomorrow", "DATE", "2026-11-25", "", ""),
    (C, "Now we’re telling them", "Now", "DATE", "PRESENT_REF", "", ""),
    (C, "sorted in 2030", "2030", "DATE", "2030", "", ""),
    (C, "announced in September 2021", "September 2021", "DATE", "2021-09", "", ""),
    (C, "force in October 2023", "October 2023", "DATE", "2023-10", "", ""),
    (C, "back to October 2025", "October 2025", "DATE", "2025-10", "", ""),
    (T, "nine on a grey Saturday morning", "nine on a grey Saturday morning", "TIME", "2026-11-21T09:00", "", "composite: the Saturday before publication (Fri 2026-11-27)"),
    (T, "elected in 2019", "2019", "DATE", "2019", "", ""),
    (T, "the seven years since", "the seven years", "DURATION", "P7Y", "", "adverbial `since` outside the extent"),
    (T, "promising for a decade", "a decade", "DURATION", "P1DE", "", ""),
    (T, "spent the autumn", "the autumn", "DATE", "2026-FA", "", ""),
    (T, "for four years", "four years", "DURATION", "P4Y", "", ""),
    (T, "voting, in 2021,", "2021", "DATE", "2021", "", ""),
    (T, "wrong at the time", "the time", "DATE", "2021", "", "anaphoric: the time of the 2021 vote just asked about"),
    (T, "I’ve done that now", "now", "DATE", "PRESENT_REF", "", ""),
    (T, "for 30 years", "30 years", "DURATION", "P30Y", "", ""),
    (T, "closed in the 1990s", "the 1990s", "DATE", "199", "", ""),
    (T, "In October a newsletter", "October", "DATE", "2026-10", "", ""),
    (T, "Whitby in February", "February", "DATE", "XXXX-02", "", "generic February (any year)"),
    (T, "met last month", "last month", "DATE", "2026-10", "", ""),
    (T, "London at three", "three", "TIME", "2026-11-21T15:00", "", "three o'clock on the day of the walk"),
    (T, "claim of the afternoon", "the afternoon", "TIME", "2026-11-21TAF", "", "part of day of the walk"),
    (A, "in September last year", "September last year", "DATE", "2025-09", "", ""),
    (A, "Fourteen months on", "Fourteen months on", "DATE", "2026-11", "", "like `a week later` (no event complement): one DATE, September 2025 + 14 months"),
    (A, "Commons last Tuesday", "last Tuesday", "DATE", "2026-11-24", "", ""),
    (A, "we were previously only", "previously", "DATE", "PAST_REF", "", "deictic adverb (inside quotation)"),
    (A, "by the UN in October", "October", "DATE", "2026-10", "", ""),
    (A, "from Jerusalem on Thursday", "Thursday", "DATE", "2026-11-26", "", ""),
    (A, "at the moment nobody", "the moment", "DATE", "PRESENT_REF", "", ""),
    (A, "outposts since 2024", "2024", "DATE", "2024", "", ""),
    (A, "demanded last month", "last month", "DATE", "2026-11", "", ""),
    (A, "asked last week", "last week", "DATE", "2026-W48", "", "the week before publication (Tue 2026-12-01, ISO week 49)"),
    (A, "comes in the new year", "the new year", "DATE", "2027", "START", "the coming year's beginning"),
    (A, "motion in 2023", "2023", "DATE", "2023", "", ""),
    (G, "the summer of 1983", "the summer of 1983", "DATE", "1983-SU", "", ""),
    (G, "a week after Labour", "a week", "DURATION", "P1W", "", "N units + after + event: the measure phrase only"),
    (G, "in half a century", "half a century", "DURATION", "P50Y", "", ""),
    (G, "£2 a month", "a month", "SET", "P1M", "", "per month"),
    (G, "the four decades since", "the four decades", "DURATION", "P4DE", "", "adverbial `since` outside the extent"),
    (G, "broke in September", "September", "DATE", "2026-09", "", ""),
    (G, "Within a fortnight", "a fortnight", "DURATION", "P2W", "", ""),
    (G, "the end of October", "the end of October", "DATE", "2026-10", "END", ""),
    (G, "seat since 1997", "1997", "DATE", "1997", "", ""),
    (G, "the 1983 statement", "1983", "DATE", "1983", "", "year as modifier"),
    (G, "In 1994 the group", "1994", "DATE", "1994", "", ""),
    (G, "9 November of that year", "9 November of that year", "DATE", "1994-11-09", "", "`that year` = 1994, one composite expression"),
    (G, "makes none now", "now", "DATE", "PRESENT_REF", "", ""),
    (G, "the early 1980s", "the early 1980s", "DATE", "198", "START", ""),
    (G, "on 15 December", "15 December", "DATE", "2026-12-15", "", ""),
    (G, "letter from 1983", "1983", "DATE", "1983", "", ""),
    (G, "MP now in his nineties", "now", "DATE", "PRESENT_REF", "", ""),
    (G, "by the spring everybody", "the spring", "DATE", "XXXX-SP", "", "generic/habitual spring after a split"),
    (G, "the pub’s closed now", "now", "DATE", "PRESENT_REF", "", ""),
]


def timex():
    rows = []
    for fl, ctx, text, typ, val, mod, note in X:
        r = raw(fl)
        assert r.count(ctx) == 1, (fl, ctx, r.count(ctx))
        i = r.index(ctx) + ctx.index(text)
        rows.append((fl, i, i + len(text), r[i:i + len(text)], typ, val, mod, note))
    return rows


# ---------------------------------------------------------------- themes (version 2)
# One row per body paragraph, in order: (SR, PF, IRAQ, IP, AUST, negated, note).
THEMES = {
    P: [
        (0, 0, 0, 0, 0, "", ""),
        (0, 0, 0, 0, 0, "", "PF 0: whether the PM has confidence in his Chancellor is a question about the government, not factional struggle (v1 rule 3: disagreement inside a government)"),
        (0, 0, 0, 0, 0, "", ""),
        (0, 0, 0, 0, 0, "", ""),
        (0, 0, 0, 0, 1, "", "AUST 1: the PM blames the difficult circumstances on `14 years of cuts` (a claim about austerity, rule 3)"),
        (0, 0, 0, 0, 0, "", ""),
        (0, 0, 0, 0, 0, "", "PF 0: PM vs Chancellor (sacking, Budget timetables) is inside the government, v1 rule 3"),
        (0, 0, 0, 0, 0, "", ""),
        (0, 0, 0, 0, 0, "", ""),
        (0, 0, 0, 0, 0, "", "AUST 0 (borderline): an 11-month NHS wait is reported without cuts, funding or inequality; `Not in Wiltshire` is a heckle about the figures"),
        (0, 0, 0, 0, 1, "", "AUST 1 (borderline): closure of a maternity unit = a cut to a public service, read with the article's `14 years of cuts`; PF 0: one backbencher asking a question her whips dislike is not a factional struggle"),
        (0, 0, 0, 0, 0, "", ""),
        (0, 0, 0, 0, 0, "", "AUST 0 (borderline): a two-year cataract wait, no cuts or inequality stated (as paragraph 10)"),
        (0, 0, 0, 0, 0, "", ""),
    ],
    C: [
        (0, 0, 0, 0, 1, "", "delay of the social care cap to save money; older people selling homes to pay for care"),
        (0, 0, 0, 0, 1, "", "AUST 1 (borderline): the deferral of a social-care funding reform, postponed twice"),
        (0, 0, 0, 0, 1, "", "fiscal position rules out the cap"),
        (0, 0, 0, 0, 1, "", "people forced to sell homes"),
        (0, 0, 0, 0, 1, "", "the delay is regressive: regional inequality"),
        (0, 0, 0, 0, 1, "", "a cheaper partial cap rejected on cost"),
        (0, 0, 0, 0, 1, "", "AUST 1: the department's claim of extra funding is part of the argument over social-care funding (rule 3); not a negation"),
        (0, 0, 0, 0, 1, "", "cap treated as a luxury; Hartlepool vs Surrey (inequality)"),
        (0, 0, 0, 0, 1, "", "Treasury savings vs the cost of delayed discharge"),
        (0, 0, 0, 0, 0, "", "AUST 0: the opposition's reaction is about broken promises and the leak, with no statement about funding or cuts"),
        (0, 1, 0, 0, 1, "", "PF 1 (borderline): a governing-party MP rejecting the government line and accusing the Treasury (v6: rejection of the party line by party figures); AUST 1 (borderline): `hiding behind the Budget` = the fiscal excuse for the delay"),
        (0, 0, 0, 0, 1, "", "AUST 1 (borderline): history of the postponements of the funding reform (consistent with paragraph 2)"),
    ],
    T: [
        (0, 0, 0, 0, 0, "", "AUST 0: `the two-child limit` named in a list of topics (rule 2)"),
        (0, 0, 0, 0, 0, "", ""),
        (0, 1, 0, 0, 1, "", "AUST 1: benefit freeze, universal credit uplift; PF 1 (borderline): she argues against her party's record `to the visible discomfort of some colleagues`"),
        (0, 0, 0, 0, 1, "", "food bank, poverty"),
        (0, 0, 0, 0, 0, "", "biography; `parts ... that closed in the 1990s` is colour"),
        (0, 1, 0, 0, 1, "", "AUST 1: poverty as `a lifestyle choice`; PF 1 (borderline): she sets herself against `some of my colleagues`"),
        (0, 1, 0, 0, 0, "", "a free-market Tory group attacks her in its newsletter"),
        (0, 1, 0, 0, 0, "", "PF 1: leadership ambition and `measuring the curtains`; her denial is met by the writer's retort, so not all statements are negated"),
        (0, 0, 0, 0, 1, "", "welfare cuts, `keep cutting the bits`"),
        (0, 0, 0, 0, 1, "", "benefit sanction at the jobcentre"),
        (0, 0, 0, 0, 1, "", "AUST 1 (borderline, rule 1b): `the rules` = the benefit rules of the previous paragraph"),
        (0, 0, 0, 0, 0, "", ""),
    ],
    A: [
        (0, 0, 0, 1, 0, "", "British recognition of Palestine"),
        (0, 0, 0, 1, 0, "", ""),
        (0, 0, 0, 1, 0, "", "settlement expansion in the West Bank"),
        (0, 0, 0, 1, 0, "", "IP 1: quotation-only paragraph; `recognition` and `caravans ... hilltop` (settlements) resolved from the article"),
        (0, 0, 0, 1, 0, "", ""),
        (0, 0, 0, 1, 0, "", ""),
        (0, 0, 0, 1, 0, "", "PF 0: a cross-party letter, including members of the government's party, is not a struggle inside one party"),
        (0, 0, 0, 1, 0, "", ""),
        (0, 0, 0, 1, 0, "", "division among Foreign Office officials: not a party"),
        (1, 0, 0, 1, 0, "", "SR 1: British policy constrained by what the American administration will tolerate"),
        (0, 0, 0, 1, 0, "", "UN vote on a register of companies in the settlements"),
        (0, 0, 0, 1, 0, "", "IP 1 (borderline, rule 1b): verdict on British policy, `seat at the table` resolved from paragraph 2"),
    ],
    G: [
        (0, 1, 0, 0, 0, "", "a wing's history: faction founded (v6 reading)"),
        (0, 1, 0, 0, 0, "", ""),
        (0, 1, 0, 0, 1, "", "AUST 1: a welfare bill tightening the universal credit health assessment"),
        (0, 1, 0, 0, 0, "party_factionalism", "playing down a split: every statement denies it (v6 reading, rule 4)"),
        (0, 1, 0, 0, 0, "", "the 1994 near-split over Clause IV"),
        (0, 1, 0, 0, 0, "", ""),
        (0, 1, 0, 0, 0, "", ""),
        (0, 1, 0, 0, 0, "", "the Labour right's newsletter on the split"),
        (0, 1, 0, 0, 0, "", ""),
        (0, 1, 0, 0, 1, "", "AUST 1 (borderline): the amendment exempting terminally ill claimants from the new benefit assessment"),
        (0, 1, 0, 0, 0, "", "a founder on past splits"),
    ],
}
THEME_COLS = ["special_relationship", "party_factionalism", "iraq_war_intelligence",
              "israel_palestine", "austerity_inequality"]


def themes():
    rows = []
    for f in FILES:
        r = raw(f)
        bs = body(f)
        assert len(bs) == len(THEMES[f]), (f, len(bs), len(THEMES[f]))
        for (s, e), codes in zip(bs, THEMES[f]):
            neg = codes[5]
            for t in filter(None, neg.split(";")):
                assert codes[THEME_COLS.index(t)] == 1
            rows.append((f, s, e, r[s:e]) + tuple(codes))
    return rows


# ---------------------------------------------------------------- write / check
def frames():
    # the held-out sentences.csv has no notes column: the sentence notes stay in SENT_NOTES
    # (and the README), the CSV keeps exactly source,start,end,text
    sent = pd.DataFrame([x[:4] for f in FILES for x in sentences(f)],
                        columns=["source", "start", "end", "text"])
    quo = pd.DataFrame(quotes(), columns=["source", "start", "end", "text", "kind", "speaker", "cue",
                                          "continuation", "notes"])
    tim = pd.DataFrame(timex(), columns=["source", "start", "end", "text", "type", "value", "mod", "notes"])
    the = pd.DataFrame(themes(), columns=["source", "start", "end", "text"] + THEME_COLS + ["negated", "notes"])
    return {"sentences.csv": sent, "quotes.csv": quo, "timex.csv": tim, "themes_v2.csv": the}


def check(name, df):
    order = {f: i for i, f in enumerate(sorted(FILES))}
    for f, g in df.groupby("source"):
        r = raw(f)
        for row in g.itertuples():
            assert r[row.start:row.end] == row.text, (name, f, row.start)
        assert list(g.start) == sorted(g.start), (name, f)
    keys = [(order[s], st) for s, st in zip(df.source, df.start)]
    assert keys == sorted(keys), name
    if name == "sentences.csv":   # coverage: every non-blank body character in exactly one sentence
        for f in FILES:
            r = raw(f)
            g = df[df.source == f]
            cov = set()
            for row in g.itertuples():
                span = set(range(row.start, row.end))
                assert not (span & cov), (f, row.start)
                cov |= span
            for s, e in body(f):
                for k in range(s, e):
                    assert (k in cov) == (not r[k].isspace()) or r[k].isspace(), (f, k)
                    if not r[k].isspace():
                        assert k in cov, (f, k)
    if name == "timex.csv":
        for f, g in df.groupby("source"):
            g = g.sort_values("start")
            assert all(g.start.values[1:] >= g.end.values[:-1]), (f, "overlap")
    if name == "quotes.csv":      # continuation consistency with the previous top-level speech span
        for f, g in df.groupby("source"):
            spans = list(zip(g.start, g.end))
            prev = None
            for row in g.itertuples():
                nested = any(s < row.start and row.end <= e for s, e in spans)
                if row.kind != "speech":
                    assert row.continuation == "false"
                    continue
                if row.continuation == "true":
                    assert row.cue == "" and prev == row.speaker, (f, row.text[:40])
                elif row.cue == "" and not nested:
                    assert prev != row.speaker, (f, row.text[:40])
                if not nested:
                    prev = row.speaker


def main():
    dfs = frames()
    for fl, k in SENT_NOTES:
        assert any(x[0] == fl and x[3].startswith(k) for f in FILES for x in sentences(f)), k
    order = {f: i for i, f in enumerate(sorted(FILES))}
    for name, df in dfs.items():
        df = df.assign(_o=df.source.map(order)).sort_values(["_o", "start"]).drop(columns="_o")
        dfs[name] = df.reset_index(drop=True)
    if "--check" in sys.argv:
        for name in dfs:
            df = pd.read_csv(os.path.join(HERE, name), keep_default_na=False, dtype=str)
            for c in ("start", "end"):
                df[c] = df[c].astype(int)
            check(name, df)
            mine = dfs[name].astype(str)
            assert df.astype(str).equals(mine), name + " differs from the decisions in this script"
        print("all four files verified")
        return
    for name, df in dfs.items():
        check(name, df.astype({"start": int, "end": int}).fillna(""))
        df.to_csv(os.path.join(HERE, name), index=False)
        print(name, len(df))


if __name__ == "__main__" and not ({"--list", "--quotes"} & set(sys.argv)):
    main()
