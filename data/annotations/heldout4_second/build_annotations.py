"""Second (blind) annotation of data/heldout4: quotes and themes v2.

Every row below was decided by hand after reading each paragraph in full. This script only
locates the hand-written spans (searching forward in each file), computes offsets, and checks
raw[start:end] == text, that each quote span is enclosed by quotation marks, sorting, and the
quotation-mark inventory. Standalone: standard library + pandas only.

Run from the repository root:  python data/annotations/heldout4_second/build_annotations.py
"""
import os
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "..", "..", "heldout4")

DES = "heldout4_deselection.txt"
DOC = "heldout4_documentary_review.txt"
IRQ = "heldout4_iraq_intelligence.txt"
MP = "heldout4_mp_column.txt"
SCO = "heldout4_scotland.txt"

# (text inside the marks, kind, speaker, cue, continuation, notes) -- in reading order per file
QUOTES = {
    DES: [
        ("never set out to be anybody’s insurgent", "speech", "Daniel Osei-Whitfield", "account", False,
         "noun cue 'by his own account'"),
        ("talking to members", "speech", "Daniel Osei-Whitfield", "say", False, ""),
        ("This is a takeover dressed up as a conversation,", "speech", "a former agent", "say", False,
         "'one of them [allies of Ellory-Shaw], a former agent'"),
        ("stage-managed from start to finish", "speech", "another ally of Ellory-Shaw", "describe", False,
         "'Another described ...': another of Ellory-Shaw's allies"),
        ("She’s a decent woman who stopped turning up,", "speech", "Priya Naidoo", "say", False, ""),
        ("People here noticed.", "speech", "Priya Naidoo", "", True, ""),
        ("the National Executive Committee retains the right to intervene in any selection where due process is in doubt",
         "speech", "the party’s general secretary", "remind", False,
         "statement read out by a regional organiser on behalf of the general secretary; 'It reminded members that'"),
        ("will be investigated thoroughly and without fear or favour", "speech", "the party’s general secretary",
         "remind", False, "second that-clause of the same 'reminded'; own cue, so not a continuation"),
        ("a shot across our bows, and not a subtle one", "speech", "one branch officer", "tell", False, ""),
        ("Our only interest is in a fair process that members can trust,", "speech",
         "a Labour North West spokesperson", "say", False, ""),
        ("We do not take sides in selections, and we never have.", "speech",
         "a Labour North West spokesperson", "", True, ""),
        ("routine", "speech", "a Labour North West spokesperson", "say", False,
         "one-word partial quotation with its own cue; speech, not scare quotes"),
        ("proud of what we have built together, and ready to make that case again", "speech",
         "Margaret Ellory-Shaw", "write", False, "message to members"),
        ("keep this comradely", "speech", "Margaret Ellory-Shaw", "ask", False, "'asked them to'"),
    ],
    DOC: [
        ("The biscuits,", "speech", "Frances Quayle", "say", False,
         "'a former Treasury official', named Frances Quayle in the next paragraph"),
        ("We had very good biscuits that year, and I have never been able to work out why.", "speech",
         "Frances Quayle", "", True, ""),
        ("a film about the ordinary furniture of a decision", "speech", "Tamsin Achebe-Lowe", "say", False,
         "'has said in interviews'"),
        ("I could tell you how many families would have to move,", "speech", "a younger analyst", "say", False, ""),
        ("I couldn't tell you their names, and I was grateful for that.", "speech", "a younger analyst", "", True, ""),
        ("Is that number going in the pack?", "speech", "a junior minister", "ask", False,
         "reconstruction played by actors; words of the (reconstructed) minister"),
        ("It has to, minister,", "speech", "the junior minister's official", "reply", False, "'his official replies'"),
        ("Then I'd like it on the last page.", "speech", "a junior minister", "", False,
         "no cue, attributed by turn-taking to the minister; speaker change from the official -> continuation false"),
        ("a cheat", "speech", "one critic", "call", False, "'called the reconstructions' - utterance of a specific source"),
        ("wants the moral clarity of drama without doing drama's work", "speech", "one critic", "complain", False, ""),
        ("I just hope I'd ask more often who was at the bottom of the column.", "speech", "Frances Quayle", "", False,
         "separate sentence after 'she says she would do the same sums.' (indirect speech): attributed by context, no own cue; "
         "previous speech span is the critic -> continuation false"),
    ],
    IRQ: [
        ("were presented with a certainty that was not justified", "speech", "the Iraq Inquiry", "find", False,
         "'the report found'; the inquiry's report as source"),
        ("We fixed the plumbing,", "speech", "Sir Malcolm Treadwell", "say", False, ""),
        ("We did not fix the temptation. The temptation is always to give a prime minister the answer that makes the decision easier, and it does not announce itself.",
         "speech", "Sir Malcolm Treadwell", "say", False, "second piece of a split quotation: interposed cue"),
        ("goes further than the assessed material supports in at least three places", "speech",
         "a Cabinet Office official", "warn", False, "memo of a redacted Cabinet Office official ('it warns')"),
        ("If we are asked later why we did not say so, I am not sure we will have a good answer.", "speech",
         "a Cabinet Office official", "add", False, "'it adds:'"),
        ("The British inquiry was more thorough than anything we did, and we knew it,", "speech",
         "Carla Brennan-Ruiz", "say", False, ""),
        ("with a mixture of admiration and relief that it wasn’t us", "speech", "Carla Brennan-Ruiz", "say", False,
         "her words about how the Americans watched ('she said')"),
        ("the relationship was the thing nobody wanted to be the one to break", "speech", "Carla Brennan-Ruiz",
         "account", False, "noun cue 'In her account'"),
        ("a reason to stop asking questions, not a reason to ask better ones", "speech",
         "a former senior British intelligence officer", "say", False, ""),
        ("fully embedded for several years", "speech", "a Cabinet Office spokesperson", "say", False, ""),
        ("remain central to how every assessment is produced", "speech", "a Cabinet Office spokesperson", "say", False,
         "second that-clause of the same 'said'"),
        ("Ten years is long enough for a lesson to become a ceremony,", "speech", "Sir Malcolm Treadwell", "tell", False, ""),
        ("You lay the wreath, and you go back to the office.", "speech", "Sir Malcolm Treadwell", "tell", False,
         "'he told me, and then, after a pause:' - the same cue governs both pieces (colon introduction); "
         "alternative reading: no cue + continuation true"),
    ],
    MP: [
        ("Is anybody in London actually listening?", "speech", "a woman in a mustard coat", "say", False, "'said only:'"),
        ("You lot always say that,", "speech", "a woman in a mustard coat", "say", False, ""),
        ("Then the bus goes anyway.", "speech", "a woman in a mustard coat", "", True, ""),
        ("putting buses back at the heart of local growth", "speech", "Rachel Okonedo-Platt", "tell", False, ""),
        ("collective discipline on the programme motion is expected of all members of the parliamentary party",
         "speech", "the whips’ office", "remind", False,
         "letter: 'The whips' office wished to remind me, it said, that ...'; cue taken as remind (governing verb), "
         "'it said' parenthetical - alternative cue say"),
        ("continued support for the government’s agenda", "speech", "the whips’ office", "remind", False,
         "same that-construction"),
        ("noted with appreciation", "speech", "the whips’ office", "remind", False, "same that-construction"),
        ("noted", "term", "", "", False, "word under discussion: 'I know what \u201cnoted\u201d means'"),
        ("I’m not asking for a miracle, love,", "speech", "Derek", "tell", False,
         "'Derek, a retired signalman' - only first name given"),
        ("I’m asking for the half past four.", "speech", "Derek", "", True, ""),
        ("Nobody ever lost their seat for being loyal.", "speech", "one colleague, a veteran of the 2017 intake", "put",
         False, "'One [of some colleagues], a veteran of the 2017 intake, put it to me'"),
    ],
    SCO: [
        ("for a generation", "term", "", "", False,
         "the 2014 campaign's slogan-like promise; no source said to utter it here -> term (borderline with speech)"),
        ("The people of Scotland were told in 2014 that a No vote was the only way to protect their place in Europe,",
         "speech", "Catriona Moffat", "tell", False, ""),
        ("They were told a great many things. It is time they were asked again.", "speech", "Catriona Moffat", "", True, ""),
        ("not be drawn into a calendar game", "speech", "Catriona Moffat", "reply", False, ""),
        ("We have had a poll every month for a decade telling us the country is split down the middle,", "speech",
         "a Scotland Office source", "say", False, ""),
        ("That isn’t a mandate. That’s a description.", "speech", "a Scotland Office source", "", True,
         "isn’t / That’s are apostrophes inside the span"),
        ("Clyde caucus", "term", "", "", False, "name the group calls itself: a label"),
        ("managing decline with a saltire on it", "speech", "the Clyde caucus", "argue", False,
         "collective: the group of backbench MSPs 'arguing that'"),
        ("If the leadership won’t make the case,", "speech", "Ruairidh Kerr", "write", False, "won’t = apostrophe"),
        ("the members will find someone who will.", "speech", "Ruairidh Kerr", "write", False,
         "second piece of split quotation"),
        ("unchanged and well understood", "speech", "the Prime Minister’s spokesman", "tell", False, ""),
        ("focused on the things that matter to families in Scotland", "speech", "the Prime Minister’s spokesman",
         "tell", False, "second that-clause of the same 'told reporters'"),
        ("Nobody in 2014 thought we would still be arguing about this,", "speech", "a senior SNP figure", "tell", False, ""),
        ("Then again, nobody thought we’d stop.", "speech", "a senior SNP figure", "", True, "we’d = apostrophe"),
    ],
}

OPEN = {'"': '"', "“": "”", "‘": "’", "'": "'"}

# Themes: per file, one tuple per BODY paragraph in order (title line excluded):
# (SR, PF, IRAQ, IP, AUST, negated, notes)
THEMES = {
    DES: [
        (0, 1, 0, 0, 0, "", "members vote to open the selection against the sitting MP (trigger ballot)"),
        (0, 1, 0, 0, 0, "", "full selection contest; challenger from the members"),
        (0, 1, 0, 0, 0, "", "allies allege a takeover, stage-managed meetings, new members"),
        (0, 1, 0, 0, 1, "", "austerity borderline: supporters' grievances are the two-child benefit cap vote and a food bank now open four days a week"),
        (0, 1, 0, 0, 0, "", "borderline: trigger ballots a fixture of Labour life, rulebook rewritten, the region's role - the deselection fight as a pattern, not mechanics alone"),
        (0, 1, 0, 0, 0, "", "regional organiser's statement read as a warning to members in the selection"),
        (0, 1, 0, 0, 0, "party_factionalism", "the region denies taking sides in the selection; its intervention called routine (rule 4)"),
        (0, 1, 0, 0, 0, "", "MP asks members to keep the contest comradely; contest timetable"),
    ],
    DOC: [
        (0, 0, 0, 0, 0, "", "opening anecdote (biscuits, autumn 2010): scene-setting, no statement about the cuts"),
        (0, 0, 0, 0, 0, "", "borderline austerity: the film's style, 'columns that turn from black to red' - only a weak cue; read as 0"),
        (0, 0, 0, 0, 1, "", "spending review cut a fifth of council budgets; modelling housing benefit cut"),
        (0, 0, 0, 0, 0, "", "review of the film's structure; 2011 protests only named"),
        (0, 0, 0, 0, 1, "", "minister briefed on projected rise in child poverty, wants it hidden"),
        (0, 0, 0, 0, 0, "", "critic on reconstructions; sourcing"),
        (0, 0, 0, 0, 1, "", "official's regret about who was at the bottom of the column; 'about austerity'"),
    ],
    IRQ: [
        (0, 0, 1, 0, 0, "", "Chilcot's verdict on the Iraq weapons judgements"),
        (0, 0, 1, 0, 0, "", "whether the intelligence machine listened to the Iraq Inquiry; reforms"),
        (0, 0, 1, 0, 0, "", "former JIC chair on the temptation to give the PM the answer he wants (the Iraq lesson, by context)"),
        (0, 0, 1, 0, 0, "", "2002 memo: the draft dossier went further than the assessed material"),
        (0, 0, 1, 0, 0, "", "US reckoning over Iraq and view of the British inquiry; SR 0 - a parallel/comparison, not UK-US dealings (borderline)"),
        (1, 0, 1, 0, 0, "", "British officials deferred to US assessments; the special relationship as a reason to stop asking questions"),
        (0, 0, 1, 0, 0, "", "post-Chilcot reforms of assessment"),
        (0, 0, 1, 0, 0, "", "little appetite 'in either capital' (passing, SR 0) to revisit the Iraq lessons"),
    ],
    MP: [
        (0, 0, 0, 0, 0, "", "surgery scene; childminder shut - scene-setting, no statement about cuts (borderline)"),
        (0, 0, 0, 0, 0, "", "the woman's retort; 'the bus goes' only a weak cue"),
        (0, 0, 0, 0, 1, "", "bus cut to hourly; county council budget cut by a third since 2010"),
        (0, 0, 0, 0, 1, "", "borderline: ministers' answer on bus funding; fund by competitive bid 'a raffle'"),
        (0, 1, 0, 0, 1, "", "whips' letter pressing the MP to fall in line after a backbench amendment (PF, reading v6); austerity borderline: amendment on real-terms funding of bus networks"),
        (0, 1, 0, 0, 1, "", "MP weighing the whips' appreciation against constituents; pensioner cut off from his clinic by the bus cut"),
        (0, 1, 0, 0, 0, "", "rebellion against the whips: colleagues joining, loyalty"),
        (0, 0, 0, 0, 0, "", "closing address to the woman"),
    ],
    SCO: [
        (0, 0, 0, 0, 0, "", "independence question: not a codebook theme"),
        (0, 0, 0, 0, 0, "", "First Minister's speech on a second referendum"),
        (0, 0, 0, 0, 0, "", "polling"),
        (0, 0, 0, 0, 0, "", "UK government source dismissive of polls (UK-Scotland, not a codebook theme)"),
        (0, 1, 0, 0, 0, "", "SNP backbench 'Clyde caucus' against the leader's approach; threat to replace the leadership"),
        (0, 0, 0, 0, 0, "", "Downing Street's line; block grant rising in cash terms - passing, austerity 0"),
        (0, 0, 0, 0, 0, "", "theatre vs policy; senior SNP figure - no party conflict stated"),
    ],
}
THEME_COLS = ["special_relationship", "party_factionalism", "iraq_war_intelligence",
              "israel_palestine", "austerity_inequality"]


def read(name):
    return open(os.path.join(TEXTS, name), encoding="utf-8").read()


def build_quotes():
    rows = []
    for src, items in QUOTES.items():
        raw = read(src)
        pos = 0
        for text, kind, speaker, cue, cont, notes in items:
            # find the span enclosed by marks, searching forward
            i = pos
            while True:
                i = raw.find(text, i)
                assert i >= 0, (src, text)
                before, after = raw[i - 1], raw[i + len(text)] if i + len(text) < len(raw) else "\n"
                if before in OPEN and (after == OPEN[before] or after == "\n"):
                    break
                i += 1
            rows.append(dict(source=src, start=i, end=i + len(text), text=text, kind=kind,
                             speaker=speaker, cue=cue, continuation=str(cont).lower(), notes=notes))
            pos = i + len(text)
        # inventory: every opening mark accounted for
        opens = sum(raw.count(c) for c in '“‘') + raw.count('"') // 2
        assert opens == len(items), (src, opens, len(items))
    df = pd.DataFrame(rows).sort_values(["source", "start"]).reset_index(drop=True)
    for r in df.itertuples():
        assert read(r.source)[r.start:r.end] == r.text
    return df


def build_themes():
    rows = []
    for src, codes in THEMES.items():
        raw = read(src)
        paras, off = [], 0
        for line in raw.split("\n"):
            if line.strip():
                paras.append((off, off + len(line), line))
            off += len(line) + 1
        body = paras[1:]  # first non-empty line is the title
        assert len(body) == len(codes), (src, len(body), len(codes))
        for (s, e, t), c in zip(body, codes):
            assert raw[s:e] == t
            rows.append(dict(source=src, start=s, end=e, text=t, **dict(zip(THEME_COLS, c[:5])),
                             negated=c[5], notes=c[6]))
    return pd.DataFrame(rows).sort_values(["source", "start"]).reset_index(drop=True)


if __name__ == "__main__":
    q = build_quotes()
    q.to_csv(os.path.join(HERE, "quotes.csv"), index=False)
    t = build_themes()
    t.to_csv(os.path.join(HERE, "themes_v2.csv"), index=False)
    print(q.groupby("source").kind.value_counts().unstack(fill_value=0))
    print(len(q), "quote rows;", (q.continuation == "true").sum(), "continuations")
    print(t.groupby("source")[THEME_COLS].sum())
    print(len(t), "paragraph rows")
