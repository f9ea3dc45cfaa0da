"""Build and verify the uk_dev7 gold files from hand decisions.

Every decision below was made by reading the text; this script only turns them into
offsets and checks them. Run:  python build_annotations.py [--write-texts]

- sentences: hand-split sentences in articles_src.py (the text files are those sentences
  joined by one space, paragraphs joined by a blank line or a newline); checked against
  the committed text files.
- quotes / timex: rows listed in order of appearance; each is located by searching forward
  (timex with word boundaries; an optional context "...[target]..." pins ambiguous ones).
- themes_v2: one hand-coded row per body paragraph (every paragraph after the title).
"""
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles_src import ARTICLES  # noqa: E402

TEXT_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "uk_dev7"))

# ---------------------------------------------------------------- quotes
# (text inside the marks, kind, speaker, cue, continuation, note)
Q = {}
Q["uk_dev7_reshuffle_briefing.txt"] = [
    ("the departure lounge", "speech", "Declan Moorcroft's allies", "call", False,
     "his allies privately call: a specific (collective) source with call -> speech (decision rule); pronoun resolved; borderline with a term"),
    ("made a generous offer to a valued colleague", "speech", "a No 10 source", "say", False, ""),
    ("asked for time to reflect", "speech", "a No 10 source", "say", False, "second that-clause of the same said"),
    ("He was handed a demotion dressed up as a promotion and he said no,", "speech", "one of Declan Moorcroft's allies", "say", False,
     "one said, after Allies of the minister (the minister = Declan Moorcroft)"),
    ("That’s not reflection.\n", "speech", "one of Declan Moorcroft's allies", "", True, ""),
    ("D stays at DBT or D goes to the back benches and takes twenty colleagues with him,", "speech", "someone close to Declan Moorcroft", "read", False,
     "WhatsApp message, it read; author unknown, assumed by recipients to be someone close to Moorcroft"),
    ("Their choice.", "speech", "someone close to Declan Moorcroft", "", True, ""),
    ("Declan has been a loyal minister and he will be a loyal backbencher if that is what he chooses,", "speech", "a senior Downing Street figure", "tell", False, ""),
    ("Nobody takes twenty colleagues anywhere.\n", "speech", "a senior Downing Street figure", "add", False, "before adding ...: colon-introduced"),
    ("from the people who most want to be in the room next time", "speech", "one of the whips", "say", False, "The whips have a theory. The leaks, one said"),
    ("I have never threatened to resign and I have never asked anyone to brief on my behalf,", "speech", "Declan Moorcroft", "say", False,
     "written statement, it said; the denial on the record"),
    ("I serve at the Prime Minister’s pleasure and I am grateful to remain at the Department for Business and Trade.", "speech", "Declan Moorcroft", "", True, ""),
    ("stays", "term", "", "", False, "a word under discussion (the word in the WhatsApp message)"),
    ("He found out before his wife did,", "speech", "a friend", "say", False, "the friend = a friend of one of the three dismissed junior ministers"),
    ("Actually, no.\n", "speech", "a friend", "", True, ""),
    ("Everyone is being briefed against and everyone is briefing.", "speech", "a minister who was not moved", "put", False, "put the mood in one line: (colon)"),
    ("God, no", "speech", "a No 10 source", "say", False, "the No 10 source = the same unnamed source as paragraph 2"),
    ("not unless we have to", "speech", "a No 10 source", "say", False,
     "said X, then, after a pause, Y: the one said governs both pieces (like a split quotation) -> cue say, not a continuation"),
]
Q["uk_dev7_court_removals.txt"] = [
    ("irrational in design and unfair in operation", "speech", "Helena Carrow-Pym", "find", False,
     "Mrs Justice Carrow-Pym found; full name Helena Carrow-Pym given in paragraph 3"),
    ("in substance denied the claimants any practical access to the court", "speech", "Helena Carrow-Pym", "find", False, "second that-clause of the same found"),
    ("by the end of next year", "speech", "ministers", "promise", False, ""),
    ("The court was told that the 72-hour window was a matter of administrative necessity,", "speech", "Helena Carrow-Pym", "read", False,
     "the judgment quoted as a document (it reads); speaker = its author, the judge"),
    ("No evidence was put before the court to support that assertion, and a good deal was put before it to contradict it.", "speech", "Helena Carrow-Pym", "", True, ""),
    ("high-risk", "speech", "the Home Office", "describe", False,
     "the department's own equality impact assessment had described the procedure as: a document of the Home Office -> speech"),
    ("survivors of trafficking and torture", "speech", "the Home Office", "describe", False, "same describe governs it"),
    ("appears to have been read by no one with the power to act on it", "speech", "Helena Carrow-Pym", "write", False, ""),
    ("end the pretence that speed and fairness are the same thing", "speech", "Tobias Fenwick", "say", False, "Tobias Fenwick KC (KC = rank, not name)"),
    ("He had a phone call with a solicitor for 20 minutes, through an interpreter, from a detention centre,", "speech", "Tobias Fenwick", "say", False, ""),
    ("That was his access to justice.\n", "speech", "Tobias Fenwick", "", True, ""),
    ("We respect the court, but we fundamentally disagree with this judgment,", "speech", "Martin Ashdown", "say", False, "statement; he = Ashdown"),
    ("The public expect a system that is firm and fast.\n", "speech", "Martin Ashdown", "", True, ""),
    ("already begun work", "speech", "Martin Ashdown", "add", False, ""),
    ("Today a judge has said in 94 pages what we have been saying for seven months,", "speech", "Abena Osei-Larbi", "say", False, "speaker after the quote (said its chief executive, Name)"),
    ("People were being removed before they had found a lawyer, let alone seen one.\n", "speech", "Abena Osei-Larbi", "", True, ""),
    ("a stunt with a legal budget", "speech", "one former minister", "describe", False, "described the policy, in a message ..., as"),
    ("If the choice is between losing in court and losing the public, we know which we’d pick.", "speech", "a Home Office source", "", False,
     "was unrepentant: -- a colon after a non-reporting predicate: attribution by context, no cue; new speaker"),
]
Q["uk_dev7_memoir_review.txt"] = [
    ("Holding the Line", "term", "", "", False, "title of a work"),
    ("austerity", "term", "", "", False, "a word under discussion"),
    ("I never used it in a Budget speech and I never will,", "speech", "Hugh Penrose", "write", False, "the memoir quoted"),
    ("It was a word our opponents chose for us, and they chose well.", "speech", "Hugh Penrose", "", True, ""),
    ("repair", "term", "", "", False, "the word he prefers: vocabulary, not an utterance on an occasion"),
    ("the largest in our peacetime history", "speech", "Hugh Penrose", "remind", False, ""),
    ("not between cuts and no cuts, but between cuts we chose and cuts the markets would choose for us", "speech", "Hugh Penrose", "remind", False,
     "coordinated clause under the same he reminds us -> cue remind (alternative: no cue, continuation true)"),
    ("argued for an hour that the cuts to further education were a false economy, and then voted for them", "speech", "Hugh Penrose", "recall", False,
     "Penrose's words about Ellery"),
    ("listened for an hour, said nothing and then changed the subject to the Olympics", "speech", "Margaret Ellery", "recall", False,
     "from Ellery's own memoir; she recalls"),
    ("omnishambles", "speech", "the papers", "call", False,
     "the papers called: a source with call -> speech by the decision rule; borderline with a term (a nickname)"),
    ("my least successful fiscal event", "speech", "Hugh Penrose", "call", False, ""),
    ("Every measure had been in the Sunday papers before I stood up,", "speech", "Hugh Penrose", "write", False, "split quotation"),
    ("and not one of them was in the form in which I announced it.", "speech", "Hugh Penrose", "write", False, "split quotation, second piece"),
    ("asked me whether I had ever been sanctioned, and I confess I did not at first understand the question", "speech", "Hugh Penrose", "note", False,
     "the claimant's question is reported indirectly inside Penrose's words; speaker Penrose"),
    ("Numbers do not have feelings,", "speech", "Hugh Penrose's first permanent secretary", "write", False,
     "he writes ..., quoting his first permanent secretary: the words are the permanent secretary's, relayed in the memoir; cue = the governing verb write"),
]
Q["uk_dev7_picket_line.txt"] = [
    ("I didn’t think I’d be the type,", "speech", "Denise", "say", False, "first name only"),
    ("Turns out everyone’s the type, if you push them far enough.", "speech", "Denise", "", True, ""),
    ("Forty-three kids come through that door before eight,", "speech", "Tariq", "say", False, ""),
    ("For some of them that’s the only hot thing they’ll eat before tea.\n", "speech", "Tariq", "", True, ""),
    ("efficiency", "speech", "Birmingham City Council", "call", False,
     "nested; They call it: They = the council (the employer); a source with call -> speech; borderline with a scare-quoted term"),
    ("This council has had its budget cut by central government every year for 15 years, and we understand that,", "speech", "Christine Mahoney", "tell", False, ""),
    ("What we will not accept is that the people who hold the youngest and most vulnerable children together are the cheapest thing to cut.", "speech", "Christine Mahoney", "", True, ""),
    ("Ask the minister,", "speech", "Christine Mahoney", "say", False, ""),
    ("Ask him what he’d do.", "speech", "Christine Mahoney", "", True, ""),
    ("I want to see both sides back around the table,", "speech", "Callum Reddaway", "say", False, "split quotation"),
    ("and I want children back in their classrooms.", "speech", "Callum Reddaway", "say", False, "split quotation, second piece"),
    ("wouldn’t be drawn on hypotheticals", "speech", "Callum Reddaway", "say", False, "partial quotation in indirect speech"),
    ("Solidarity – and where’s our minister?", "speech", "a left-wing MP from a neighbouring seat", "post", False,
     "posted a photograph ... under the words: a social-media caption; cue post (the noun words could also be read as the cue)"),
    ("more frightened of a headline than of losing Birmingham", "speech", "one Labour member of the council’s cabinet", "say", False, ""),
    ("no choice but to set a legal, balanced budget", "speech", "Birmingham City Council", "say", False, "the employer's statement"),
    ("no compulsory redundancies are planned at this stage", "speech", "Birmingham City Council", "say", False, "second that-clause of the same said"),
    ("They think we’ll be gone by Christmas,", "speech", "Marcy", "say", False, ""),
    ("We’ll be here in the new year.\n", "speech", "Marcy", "", True, ""),
]
Q["uk_dev7_us_election_london.txt"] = [
    ("It is not for His Majesty’s Government to express a view on the choice before the American people,", "speech", "Priya Lennox", "say", False, "split quotation"),
    ("and I will not be tempted to.", "speech", "Priya Lennox", "say", False, "split quotation, second piece"),
    ("If Calloway wins, the first thing we find out is whether Nato still has a secretary-general,", "speech", "one junior Foreign Office minister", "tell", False, ""),
    ("review from the ground up", "speech", "Ray Calloway", "say", False, ""),
    ("a subscription we pay and they cancel", "speech", "Ray Calloway", "describe", False, ""),
    ("The senator respects the British people and he respects the special relationship,", "speech", "Brett Haldane", "say", False, "speaker named after the quote; by email"),
    ("Respect runs both ways.\n", "speech", "Brett Haldane", "", True, ""),
    ("Whitcombe is more polite about us,", "speech", "Siân Parfitt", "say", False, "says Name (inverted)"),
    ("She is not obviously more interested in us.\n", "speech", "Siân Parfitt", "", True, ""),
    ("special relationship", "term", "", "", False, "nested single quotes: a label held at a distance inside Parfitt's words"),
    ("does not comment on domestic political matters in the United States or the United Kingdom", "speech", "the US embassy", "say", False, "the embassy's statement"),
    ("has endured for more than eight decades and under administrations of every stripe", "speech", "the US embassy", "say", False, "second that-clause of the same said"),
    ("the most boring statement we have ever issued, which is the point", "speech", "an embassy official", "add", False, ""),
    ("whoever sits in the Oval Office next year", "speech", "Gareth Oyelaran", "say", False, ""),
    ("stop pretending", "speech", "Labour MPs on the party’s left", "urge", False, "letters that urged the government to: the words of the MPs' letters"),
    ("no plan B", "speech", "Conservative frontbenchers", "accuse", False, "accuse ministers of having: a fragment of their words"),
    ("Every government says it can work with whoever wins,", "speech", "Siân Parfitt", "say", False, "Parfitt says; new speaker after the frontbenchers"),
    ("It’s only ever true in the first month.", "speech", "Siân Parfitt", "", True, ""),
]

# ---------------------------------------------------------------- timex
# (target or "context [target] context", type, value, mod, note)
T = {}
T["uk_dev7_reshuffle_briefing.txt"] = [
    ("Monday evening", "TIME", "2026-09-14TEV", "", "the Monday before publication (Tue 2026-09-15)"),
    ("the 40 minutes", "DURATION", "PT40M", "", ""),
    ("Since [then]", "DATE", "2026-09-14", "", "anaphoric then = Monday evening (the meeting)"),
    ("Monday night", "TIME", "2026-09-14TNI", "", ""),
    ("Tuesday morning", "TIME", "2026-09-15TMO", "", "publication day"),
    ("18 months", "DURATION", "P18M", "", ""),
    ("Tuesday afternoon", "TIME", "2026-09-15TAF", "", ""),
    ("Sunday", "DATE", "2026-09-13", "", ""),
    ("a fortnight", "DURATION", "P2W", "", "in a fortnight: measure phrase, preposition excluded (the conference date itself would be 2026-09-29)"),
    ("Christmas", "DATE", "2026-12-25", "", ""),
]
T["uk_dev7_court_removals.txt"] = [
    ("72 hours", "DURATION", "PT72H", "", "as little as 72 hours: the hedge 'as little as' left outside"),
    ("Tuesday", "DATE", "2026-10-20", "", "publication Wed 2026-10-21"),
    ("March", "DATE", "2026-03", "", ""),
    ("the end of next year", "DATE", "2027", "END", "inside a quotation of ministers' promise; next year from 2026"),
    ("72-hour window", "DURATION", "PT72H", "", "adjectival measure on window; a length of time (unlike ages)"),
    ("nine days", "DURATION", "P9D", "", ""),
    ("20 minutes", "DURATION", "PT20M", "", ""),
    ("4pm", "TIME", "2026-10-20T16:00", "", "shortly after 4pm: 'shortly after' outside the extent, no mod"),
    ("Today", "DATE", "2026-10-20", "", "said on the day of the ruling (a literal day, not nowadays)"),
    ("seven months", "DURATION", "P7M", "", ""),
    ("last spring", "DATE", "2026-SP", "", "the spring before publication; the policy was introduced in March"),
    ("Tuesday evening", "TIME", "2026-10-20TEV", "", ""),
    ("early next year", "DATE", "2027", "START", ""),
    ("Until [then]", "DATE", "2027", "START", "anaphoric then = the appeal hearing early next year"),
    ("14 days", "DURATION", "P14D", "", "14 days' notice: the possessive mark is outside the extent"),
    ("Friday", "DATE", "2026-10-23", "", "the next flight had been scheduled for Friday: the coming Friday after publication (Wed 2026-10-21)"),
]
T["uk_dev7_memoir_review.txt"] = [
    ("four years", "DURATION", "P4Y", "", "his four years: possessive determiner excluded"),
    ("from 2010 to 2014", "DATE", "2010/2014", "", "range, from included"),
    ("the summer of 2010", "DATE", "2010-SU", "", ""),
    ("the time", "DATE", "2010-SU", "", "at the time = the summer of 2010 just named"),
    ("two years", "DURATION", "P2Y", "", ""),
    ("the autumn of 2011", "DATE", "2011-FA", "", ""),
    ("an hour", "DURATION", "PT1H", "", "inside Penrose's quotation"),
    ("last year", "DATE", "2025", "", "review published 2026-11-05"),
    ("an hour", "DURATION", "PT1H", "", "inside Ellery's quotation"),
    ("March 2012", "DATE", "2012-03", "", ""),
    ("the time", "DATE", "2012-03", "", "at the time = the Budget of March 2012"),
    ("the winter of 2013", "DATE", "2013-WI", "", ""),
    ("those years", "DATE", "2010/2014", "", "anaphoric: the years of his chancellorship (from 2010 to 2014)"),
]
T["uk_dev7_picket_line.txt"] = [
    ("a quarter to seven on Thursday morning", "TIME", "2026-11-19T06:45", "", "one composite expression; Thursday = publication day"),
    ("17 years", "DURATION", "P17Y", "", ""),
    ("January", "DATE", "2027-01", "", "from January: the coming January"),
    ("before [eight]", "TIME", "XXXX-XX-XXT08:00", "", "habitual (every school morning), like the guideline's generic midnight"),
    ("half past eight", "TIME", "2026-11-19T08:30", "", ""),
    ("every year", "SET", "P1Y", "", ""),
    ("15 years", "DURATION", "P15Y", "", ""),
    ("yesterday", "DATE", "2026-11-18", "", ""),
    ("before [nine]", "TIME", "2026-11-19T09:00", "", ""),
    ("noon", "TIME", "2026-11-19T12:00", "", ""),
    ("By [ten]", "TIME", "2026-11-19T10:00", "", "preposition By excluded"),
    ("Christmas", "DATE", "2026-12-25", "", ""),
    ("the new year", "DATE", "2027", "START", "in the new year: the beginning of 2027"),
]
T["uk_dev7_us_election_london.txt"] = [
    ("November", "DATE", "2028-11", "", "in the title (titles are annotated when they hold a timex); the election month"),
    ("Six weeks", "DURATION", "P6W", "", "N units + before + event: the measure phrase only"),
    ("Monday", "DATE", "2028-09-25", "", "publication Wed 2028-09-27"),
    ("Later that afternoon", "TIME", "2028-09-25TAF", "", ""),
    ("this month", "DATE", "2028-09", "", ""),
    ("the spring of last year", "DATE", "2027-SP", "", ""),
    ("forty minutes", "DURATION", "PT40M", "", ""),
    ("more than eight decades", "DURATION", "P8DE", "MORE_THAN", "inside the embassy's statement"),
    ("last week", "DATE", "2028-W38", "", "the week before the publication week (2028-W39)"),
    ("next year", "DATE", "2029", "", "inside Oyelaran's words: the year the next president takes office"),
    ("the past fortnight", "DURATION", "P2W", "", ""),
    ("the summer", "DATE", "2028-SU", "", "spent the summer signing letters: this summer"),
    ("the first month", "DURATION", "P1M", "", "generic: the first month of any new administration"),
    ("the night", "TIME", "2028-11-07TNI", "", "on the night = election night, Tuesday 7 November 2028 (historical knowledge of the US calendar)"),
]

# ---------------------------------------------------------------- themes v2
# per body paragraph: (special_relationship, party_factionalism, iraq, israel_palestine,
#                      austerity_inequality, negated, note)
H = {}
H["uk_dev7_reshuffle_briefing.txt"] = [
    (0, 0, 0, 0, 0, "", "a reshuffle offer: inside a government, not a faction"),
    (0, 0, 0, 0, 0, "", "No 10 vs the minister's allies over one conversation: a briefing war inside the government (v1 rule 3), not a party faction"),
    (0, 1, 0, 0, 0, "", "the minister's camp among MPs on the party's right threatens to take twenty colleagues to the back benches: a wing against the leadership"),
    (0, 1, 0, 0, 0, "party_factionalism", "No 10 dismisses the threatened revolt (Nobody takes twenty colleagues anywhere): playing down a rift -> 1 and negated"),
    (0, 0, 0, 0, 0, "", "leaks by ambitious MPs: careerism, no group vying for control; borderline"),
    (0, 0, 0, 0, 0, "", "the minister's on-record denial concerns resigning and briefing, not a faction; borderline (the WhatsApp threat is only recalled by the word stays)"),
    (0, 0, 0, 0, 1, "", "£1.4bn of savings the department insists do not exist: spending cuts (weak cue, decided by reading)"),
    (0, 0, 0, 0, 0, "", "mood of mutual briefing in government; no faction named"),
]
H["uk_dev7_court_removals.txt"] = [
    (0, 0, 0, 0, 0, "", ""),
    (0, 0, 0, 0, 0, "", ""),
    (0, 0, 0, 0, 0, "", ""),
    (0, 0, 0, 0, 0, "", ""),
    (0, 0, 0, 0, 0, "", "to the taxpayer: cost argument, not spending cuts or welfare"),
    (0, 0, 0, 0, 0, "", ""),
    (0, 1, 0, 0, 0, "", "Labour backbenchers and a former minister openly against their own government's policy (rejection of the party line by party figures, reading of v6); borderline"),
    (0, 0, 0, 0, 0, "", ""),
]
H["uk_dev7_memoir_review.txt"] = [
    (0, 0, 0, 0, 1, "", "no chapter on food banks: a statement about the memoir's silence on austerity's social effects; coded 1, not negated (the statement is about the book, not a denial of the subject)"),
    (0, 0, 0, 0, 1, "", "the word austerity and the people who had to live with it"),
    (0, 0, 0, 0, 1, "", "cuts and the deficit"),
    (0, 0, 0, 0, 1, "", "cuts to further education; the cabinet rivalry is inside a government, not a party faction (v1 rule 3)"),
    (0, 0, 0, 0, 0, "", "a botched Budget and its briefing; no content about cuts or inequality"),
    (0, 0, 0, 0, 1, "", "a jobcentre, benefit sanctions: welfare"),
    (0, 0, 0, 0, 1, "", "how the austerity-era ministers thought about the people who paid for their decisions; borderline (weak cue decided by article context)"),
]
H["uk_dev7_picket_line.txt"] = [
    (0, 0, 0, 0, 0, "", "scene-setting on the picket line"),
    (0, 0, 0, 0, 1, "", "council plan to cut support staff hours, jobs at risk"),
    (0, 0, 0, 0, 1, "", "hours cut, children going hungry"),
    (0, 0, 0, 0, 1, "", "council budget cut by central government every year"),
    (0, 0, 0, 0, 0, "", "a frontbencher will not say whether he backs the strike: not a factional struggle in itself; borderline"),
    (0, 1, 0, 0, 0, "", "a left-wing Labour MP and a Labour council cabinet member against the party's leadership and minister"),
    (0, 0, 0, 0, 1, "", "the council's legal, balanced budget and redundancies"),
    (0, 0, 0, 0, 0, "", ""),
]
H["uk_dev7_us_election_london.txt"] = [
    (1, 0, 0, 0, 0, "", "the British government's stance on the US election"),
    (1, 0, 0, 0, 0, "", "Foreign Secretary on the US race; a minister on Nato under a US president"),
    (1, 0, 0, 0, 0, "", "the Republican nominee on the alliance; his campaign on the special relationship"),
    (1, 0, 0, 0, 0, "", "Whitcombe and Whitehall; her trade team and the special relationship"),
    (1, 0, 0, 0, 0, "", "the US embassy on the relationship"),
    (1, 0, 0, 0, 0, "", "British defence spending promises read in Washington; papers for a new administration"),
    (1, 1, 0, 0, 0, "", "SR: Labour left's letters about the lopsided relationship; PF 1 borderline: a wing of Labour against its government's line (letters urging the government), reading of v6"),
    (1, 0, 0, 0, 0, "", "the Prime Minister will telephone the US winner; weak cue decided by article context"),
]


# sentence hard calls (keyed by the sentence's opening words)
SNOTES = {
    "“Declan has been a loyal minister": "tag sentence runs on through a colon into a second quotation, which holds two sentences: split at its internal full stop (rule 3, rule 6)",
    "Half of them have never met him.”": "second sentence of the colon-introduced quotation",
    "“That’s not reflection.": "a quotation holding two sentences is split inside the marks",
    "Remain, note.": "verbless fragment punctuated as a sentence (rule 1)",
    "“Actually, no.": "fragment inside a quotation, punctuated as a sentence",
    "Asked whether the Prime Minister would reshuffle again": "said “A”, then, after a pause, “B”: one sentence, the final full stop outside the marks",
    "Two Labour councillors joined the picket": "the quoted caption ends with ? inside single marks, then ’. : the sentence ends at the outer full stop (no boundary at the ?)",
    "Pressed on whether he would cross": "sentence ends with ’. (closing mark then full stop, British style)",
    "\"Every measure had been in the Sunday papers": "split quotation with the tag in the middle: one sentence",
    "“It is not for His Majesty’s Government": "split quotation with the tag in the middle: one sentence",
    "‘I want to see both sides back": "split quotation with the tag in the middle: one sentence",
    "Her trade team has been very clear": "nested single-quoted term inside a double quotation; the sentence keeps the closing ”",
}


def build_text(a):
    sep = "\n\n" if a["blank"] else "\n"
    return a["title"] + sep + sep.join(" ".join(p) for p in a["paras"]) + "\n"


def para_spans(raw, a):
    spans, pos = [], 0
    for p in a["paras"]:
        t = " ".join(p)
        s = raw.index(t, pos)
        spans.append((s, s + len(t)))
        pos = s + len(t)
    return spans


def main():
    write = "--write-texts" in sys.argv
    rows = {"sentences": [], "quotes": [], "timex": [], "themes_v2": []}
    problems = []
    for f, a in ARTICLES.items():
        path = os.path.join(TEXT_DIR, f)
        text = build_text(a)
        if write:
            with open(path, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
        raw = open(path, encoding="utf-8", newline="").read()
        assert raw == text, f"{f}: text file differs from articles_src"
        pspans = para_spans(raw, a)
        # sentences
        pos = 0
        for p, (ps, pe) in zip(a["paras"], pspans):
            for s in p:
                st = raw.index(s, pos)
                assert ps <= st and st + len(s) <= pe
                note = next((v for k, v in SNOTES.items() if s.startswith(k)), "")
                rows["sentences"].append(dict(source=f, start=st, end=st + len(s), text=s, notes=note))
                pos = st + len(s)
        # quotes
        pos = 0
        for (t, kind, spk, cue, cont, note) in Q[f]:
            unclosed = t.endswith("\n")  # marker: piece runs to a sentence end inside the quote
            t = t.rstrip("\n")
            st = raw.index(t, pos)
            en = st + len(t)
            opener = raw[st - 1]
            if unclosed:  # t is only the first sentence: extend to the matching closing mark
                if opener == "“":
                    en = raw.index("”", en)
                elif opener == '"':
                    en = raw.index('"', en)
                else:  # ‘ … ’ : the closing ’ is the first not followed by a letter
                    m = re.compile(r"’(?![A-Za-z])").search(raw, en)
                    en = m.start()
                t = raw[st:en]
                assert "\n" not in t, t
            if opener not in "“‘\"'":
                problems.append(f"{f}: no opening mark before {t!r}")
            if not unclosed and raw[en] not in "”’\"'":
                problems.append(f"{f}: no closing mark after {t!r}")
            rows["quotes"].append(dict(source=f, start=st, end=en, text=t, kind=kind,
                                       speaker=spk if kind == "speech" else "", cue=cue,
                                       continuation="true" if cont else "false", notes=note, _unclosed=unclosed))
            pos = st + 1
        # timex
        pos = 0
        for (t, typ, val, mod, note) in T[f]:
            if "[" in t:
                ctx = t.replace("[", "").replace("]", "")
                off = t.index("[")
                target = t[off + 1:t.index("]")]
                m = re.search(r"\b" + re.escape(ctx) + r"\b", raw[pos:])
                assert m, (f, t)
                st = pos + m.start() + off
            else:
                target = t
                m = re.search(r"\b" + re.escape(t) + r"\b", raw[pos:])
                assert m, (f, t)
                st = pos + m.start()
            en = st + len(target)
            rows["timex"].append(dict(source=f, start=st, end=en, text=target, type=typ, value=val, mod=mod, notes=note))
            pos = en
        # themes
        assert len(H[f]) == len(pspans), f
        for (ps, pe), (sr, pf, iq, ip, au, neg, note) in zip(pspans, H[f]):
            rows["themes_v2"].append(dict(source=f, start=ps, end=pe, text=raw[ps:pe], special_relationship=sr,
                                          party_factionalism=pf, iraq_war_intelligence=iq, israel_palestine=ip,
                                          austerity_inequality=au, negated=neg, notes=note))
    # mark inventory: every opening quotation mark in the file starts exactly one row
    for f in ARTICLES:
        raw = open(os.path.join(TEXT_DIR, f), encoding="utf-8").read()
        qs = [r for r in rows["quotes"] if r["source"] == f]
        for r in qs:
            r.pop("_unclosed")
            assert raw[r["start"]:r["end"]] == r["text"]
        n_open = raw.count("“") + raw.count("‘") + raw.count('"') // 2
        if raw.count('"') % 2 or raw.count("“") != raw.count("”"):
            problems.append(f"{f}: unbalanced marks")
        if n_open != len(qs):
            problems.append(f"{f}: {n_open} opening marks but {len(qs)} quote rows")
        for r in rows["sentences"] + rows["timex"] + rows["themes_v2"]:
            if r["source"] == f:
                assert raw[r["start"]:r["end"]] == r["text"]
        # every non-blank character after the title belongs to exactly one sentence
        ss = sorted((r["start"], r["end"]) for r in rows["sentences"] if r["source"] == f)
        body_start = raw.index("\n")
        cov = [0] * len(raw)
        for a_, b_ in ss:
            for i in range(a_, b_):
                cov[i] += 1
        for i, ch in enumerate(raw):
            if i > body_start and not ch.isspace() and cov[i] != 1:
                problems.append(f"{f}: char {i} covered {cov[i]} times")
                break
        tx = sorted((r["start"], r["end"]) for r in rows["timex"] if r["source"] == f)
        for (a1, b1), (a2, b2) in zip(tx, tx[1:]):
            if a2 < b1:
                problems.append(f"{f}: overlapping timex at {a2}")
    # write
    cols = {
        "sentences": ["source", "start", "end", "text", "notes"],
        "quotes": ["source", "start", "end", "text", "kind", "speaker", "cue", "continuation", "notes"],
        "timex": ["source", "start", "end", "text", "type", "value", "mod", "notes"],
        "themes_v2": ["source", "start", "end", "text", "special_relationship", "party_factionalism",
                      "iraq_war_intelligence", "israel_palestine", "austerity_inequality", "negated", "notes"],
    }
    for name, rs in rows.items():
        rs.sort(key=lambda r: (r["source"], r["start"]))
        with open(os.path.join(HERE, name + ".csv"), "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=cols[name])
            w.writeheader()
            for r in rs:
                w.writerow(r)
    for p in problems:
        print("PROBLEM", p)
    for name, rs in rows.items():
        print(name, len(rs))


if __name__ == "__main__":
    main()
