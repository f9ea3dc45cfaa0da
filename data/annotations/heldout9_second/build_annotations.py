"""Second blind coder of heldout9: quotations and theme paragraphs (version 2).

Every row below is a hand decision made by reading the five texts in `data/heldout9/`.
This script only turns the decisions into offsets and checks them:

* each quotation span is given by the first and last words inside its marks (`head`, `tail`);
  it is searched forward in the file, must be bounded by an opening and a closing quotation
  mark, and `raw[start:end] == text` is verified;
* the quotation-mark inventory: every mark in the file either bounds a span (opening mark
  right before `start`, closing mark at `end`) or is an apostrophe (a mark between two
  letters, or one of the listed plural possessives), and no mark is used twice;
* nested spans are properly inside their outer span; rows are sorted by (source, start);
* every body paragraph (every non-empty line after the title, line 1) has exactly one theme
  row, whose snippet is the beginning of the paragraph.

Standard library only.  Run:  /work/main/.venv/bin/python build_annotations.py
Writes quotes.csv and themes_v2.csv next to this file.
"""

import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.normpath(os.path.join(HERE, "..", "..", "heldout9"))

CHILCOT = "heldout9_chilcot_anniversary.txt"
GAZA = "heldout9_gaza_aid_committee.txt"
NATO = "heldout9_nato_summit.txt"
RESHUFFLE = "heldout9_reshuffle.txt"
WELFARE = "heldout9_welfare_minister.txt"
FILES = [CHILCOT, GAZA, NATO, RESHUFFLE, WELFARE]

OPEN = {'"': '"', "\u201c": "\u201d", "\u2018": "\u2019", "'": "'"}
MARKS = set("\"'\u201c\u201d\u2018\u2019")

# Apostrophes that are not between two letters (plural possessives): (file, context, offset
# of the mark inside context).  Marks between two letters are apostrophes automatically.
EXTRA_APOSTROPHES = [
    (GAZA, "48 hours' notice", 8),
    (NATO, "ten years\u2019 time", 9),
    (NATO, "two leaders\u2019 dinner", 11),
]

T, F = True, False

# ---------------------------------------------------------------------------------------
# Quotations: (head, tail, kind, speaker, cue, continuation, nested, note)
# head/tail = first/last characters INSIDE the marks (tail "" = the span is exactly head).
# nested = True for a span inside another span's marks.  Listed in reading order.
# ---------------------------------------------------------------------------------------
QUOTES = {
    CHILCOT: [
        ("firm", "", "speech", "a member of the panel", "ask", F, F,
         "one word of the panel member's question ('Asked by a member of the panel whether ... "
         "had been \u201cfirm\u201d'); a specific source on an occasion -> speech, not scare quotes"),
        ("I heard it,", "", "speech", "Martin Greaves", "say", F, F, ""),
        ("I was trying to think", "take all day.", "speech", "Martin Greaves", "", T, F,
         "separate sentence after 'Greaves said eventually.'"),
        ("The assessments were not wrong", "so much as lonely,", "speech", "Martin Greaves",
         "tell", F, F, "'he told the inquiry'"),
        ("Each one leaned", "could see the house.", "speech", "Martin Greaves", "", T, F, ""),
        ("dodgy dossier", "", "term", "", "", F, F,
         "the document's nickname, used by the writer; no utterance"),
        ("We\u2019d waited seven years", "out loud,", "speech", "Carol Denning", "say", F, F, ""),
        ("And then they said it", "moved on.", "speech", "Carol Denning", "", T, F, ""),
        ("I want to know that", "read Chilcot.", "speech", "Carol Denning", "", T, F,
         "'she says' in the previous sentence governs a paraphrase, not this span; "
         "'What she wants is simpler.' is narration -> no cue, continuation"),
        ("They won\u2019t, of course.", "", "speech", "Carol Denning", "", T, F,
         "'She laughs' is not a reporting verb -> no cue; same voice"),
        ("We had 12 years", "in the footnotes,", "speech", "Martin Greaves", "tell", F, F,
         "'he told me last month'; speaker change from Denning"),
        ("People want a villain,", "", "speech", "Martin Greaves", "say", F, F, ""),
        ("The truth is worse.", "from the inside.", "speech", "Martin Greaves", "", T, F, ""),
        ("Chilcot checklist", "", "term", "", "", F, F,
         "name of a procedure; 'officials insist' governs the claim that it is consulted, "
         "not these words"),
        ("Another year.", "", "speech", "Carol Denning", "say", F, F,
         "'she says only:'; speaker change from Greaves"),
    ],
    GAZA: [
        ("everything in its power", "", "speech", "Hamish Cole", "insist", F, F,
         "'the Foreign Office minister responsible for the Middle East insisted'; named "
         "Hamish Cole in para 6 ('The minister, Hamish Cole')"),
        ("no anaesthetic", "for the generators", "speech", "a doctor in Khan Younis", "write",
         F, F, "the doctor's letter, read out by Galbraith; words are the doctor's"),
        ("I would like our witnesses", "in mind,", "speech", "Fiona Galbraith", "say", F, F, ""),
        ("The problem is not the funding", "British public,", "speech", "Samir Haddad", "say",
         F, F, "honorific Dr dropped"),
        ("It is the checkpoint.", "Tent poles.", "speech", "Samir Haddad", "", T, F, ""),
        ("no credible evidence", "", "speech", "Ruth Ellison", "say", F, F,
         "fragment worked into the writer's sentence, governed by 'she said'"),
        ("Diversion is a serious allegation", "seriously,", "speech", "Ruth Ellison", "say",
         F, F, ""),
        ("But I'd ask the committee", "without evidence.", "speech", "Ruth Ellison", "", T, F,
         ""),
        ("With respect,", "the evidence arrives,", "speech", "Graham Whitlow", "say", F, F, ""),
        ("no credible evidence", "", "term", "", "", F, T,
         "nested in Whitlow's words: the phrase is mentioned as something 'people say' -> term "
         "(a phrase under discussion); borderline with speech of Ruth Ellison, whose words it "
         "echoes"),
        ("at every level", "", "speech", "Hamish Cole", "tell", F, F,
         "'told the committee that the UK had pressed ...'"),
        ("Access is improving", "fast enough,", "speech", "Hamish Cole", "say", F, F, ""),
        ("I'm not going to sit here", "pretend otherwise.", "speech", "Hamish Cole", "", T, F,
         ""),
        ("talks to all its partners, all the time", "", "speech", "Hamish Cole", "say", F, F,
         "'saying only that the UK ...': own cue"),
        ("protected", "", "speech", "Hamish Cole", "say", F, F,
         "'Cole said Gaza had been \"protected\"': his word, specific utterance -> speech"),
        ("Protected means we lose", "everyone else,", "speech", "Samir Haddad", "say", F, F,
         ""),
        ("Our Sudan programme", "protected feels like.", "speech", "Samir Haddad", "", T, F,
         ""),
        ("uncomfortable reading for ministers", "", "speech", "Fiona Galbraith", "say", F, F,
         ""),
        ("Let Gaza Live", "", "term", "", "", F, F,
         "slogan on the protesters' placards -> term; borderline with speech of 'a small group "
         "of protesters' (cue 'read')"),
    ],
    NATO: [
        ("The relationship between our two countries", "in headlines,", "speech",
         "Daniel Harcourt", "say", F, F,
         "'Daniel Harcourt smiled. ... he said'; the Turkish reporter's question is reported "
         "without marks -> no row"),
        ("It\u2019s been tested before", "tested again.", "speech", "Daniel Harcourt", "", T, F,
         ""),
        ("have a frank conversation with the freeloaders", "", "speech", "Tom Whitaker",
         "promise", F, F, "'promising, in his own words, to ...'; 'President' dropped as a title"),
        ("the word \u201cfreeloader\u201d does not belong", "side by side", "speech",
         "Daniel Harcourt", "tell", F, F,
         "relayed by a senior British official: 'the Prime Minister had told the president "
         "privately last week that ...' -> the words are presented as the PM's; cue tell "
         "(borderline: speaker could be the official, cue say)"),
        ("freeloader", "", "term", "", "", F, T,
         "nested: the word under discussion (the president's word, mentioned)"),
        ("He took it well.", "in the room.", "speech", "a senior British official", "add", F, F,
         "'The official added:'"),
        ("an ironclad commitment to collective defence", "", "speech", "the 32 allies",
         "reaffirm", F, F,
         "text of the joint communiqu\u00e9 agreed by the 32 allies (a written statement); "
         "'It reaffirms ...'"),
        ("the gravest and most persistent threat", "security", "speech", "the 32 allies",
         "name", F, F, "communiqu\u00e9 'names Russia as ...' (own cue, as 'describe ... as')"),
        ("burden-sharing is measured", "single number", "speech", "the 32 allies", "say", F, F,
         "communiqu\u00e9 'says that ...'"),
        ("because the British held the pen", "let go", "speech", "one European diplomat",
         "say", F, F, ""),
        ("We love the Brits,", "", "speech", "a senior administration official", "say", F, F,
         "'A senior administration official travelling with Whitaker'"),
        ("but love is not a line in a budget.", "", "speech",
         "a senior administration official", "say", F, F,
         "second piece of a split quotation: interposed 'he said' attributes both"),
        ("The President asks a simple question:", "in ten years\u2019 time.", "speech",
         "a senior administration official", "", T, F,
         "cue-less sentence after the paraphrase 'He noted that ...' -> continuation"),
        ("Who turns up?", "", "speech", "Tom Whitaker", "ask", F, T,
         "nested: the question the President 'asks', as the official voices it"),
        ("the British instinct to be first through the door", "", "speech", "Tom Whitaker",
         "call", F, F, "'praise what he called ...'"),
        ("We\u2019ll take it,", "", "speech", "one British official", "say", F, F,
         "'British officials ... said one' -> noun completed from the text"),
        ("that has never been closer", "", "speech", "one No 10 aide", "word", F, F,
         "noun cue 'in the words of one No 10 aide' (lemma word)"),
        ("They talked about cricket", "which nobody does,", "speech", "one No 10 aide", "say",
         F, F, "'the aide said': own cue"),
        ("It used to be that the Americans", "were thinking,", "speech", "one official", "say",
         F, F, "'One official who has attended every Nato summit since 2014 ... she said'"),
        ("Now they don\u2019t ask.", "should worry London.", "speech", "one official", "", T, F,
         ""),
    ],
    RESHUFFLE: [
        ("the clear-out we should have done two years ago", "", "speech",
         "one of Daniel Harcourt's aides", "describe", F, F,
         "'one of Daniel Harcourt\u2019s own aides was already describing the day to colleagues "
         "as ...'"),
        ("We have stopped pretending", "part of the furniture,", "speech", "another aide", "tell",
         F, F, "'Another was blunter. ... he told me' -> another of Harcourt's aides"),
        ("I was asked to deliver cuts", "in cabinet,", "speech", "Joanna Pryce", "read", F, F,
         "her written statement: 'it read'"),
        ("If loyalty now means silence", "failed the test.", "speech", "Joanna Pryce", "", T, F,
         ""),
        ("the government in waiting", "", "speech", "one of Pryce's allies", "describe", F, F,
         "'a WhatsApp group that one of them described, with some relish, as ...': a specific "
         "source on an occasion -> speech (borderline with a nickname/term)"),
        ("actively thinking about", "", "speech", "a member of the group", "say", F, F,
         "member of the Labour Renewal Network group"),
        ("She was sacked for telling the truth", "Universal Credit cuts,", "speech",
         "a member of the group", "say", F, F, "'the MP said' = the member of the group"),
        ("People in my constituency", "it doesn\u2019t care.", "speech", "a member of the group",
         "", T, F, ""),
        ("no rebellion, only a conversation", "", "speech", "Martin Sowerby", "tell", F, F,
         "'told a meeting of Labour MPs that night that there was ...'"),
        ("fewer than 20, and falling", "", "speech", "one whip", "put", F, F,
         "'one whip put the number of likely rebels at ...' (verb of estimate used as the "
         "reporting verb)"),
        ("You cannot run a country", "your own backbenchers,", "speech", "one cabinet minister",
         "say", F, F, "'said one cabinet minister who survived the cull'"),
        ("Daniel has finally decided whose party this is.", "", "speech",
         "one cabinet minister", "", T, F, ""),
        ("whose party this is", "", "term", "", "", F, F,
         "'That phrase \u2013 ... \u2013 will be heard a lot': a phrase under discussion"),
        ("press ahead", "", "speech", "the Department for Work and Pensions", "confirm", F, F,
         "'her department confirmed' = Priya Lal's department, Work and Pensions"),
        ("This is about delivery", "wings of the party,", "speech",
         "the Prime Minister's official spokesman", "tell", F, F, "'told reporters'"),
        ("The Prime Minister has picked the best team", "of the PLP.", "speech",
         "the Prime Minister's official spokesman", "", T, F, ""),
        ("We lost today,", "", "speech", "one veteran of the group", "say", F, F, ""),
        ("But nobody remembers who won a reshuffle.", "won the leadership.", "speech",
         "one veteran of the group", "", T, F, ""),
    ],
    WELFARE: [
        ("It\u2019s the job,", "", "speech", "Alan Merrick", "say", F, F, ""),
        ("If I wanted to be liked", "stayed a councillor.", "speech", "Alan Merrick", "", T, F,
         ""),
        ("People think it\u2019s about choices,", "", "speech", "Kerry", "say", F, F,
         "named by first name only"),
        ("I had a choice.", "every single month.", "speech", "Kerry", "", T, F, ""),
        ("the single most effective poverty-creation measure", "of the past decade", "speech",
         "the Northern Poverty Forum", "call", F, F,
         "'The report calls the limit ...': the charity's written report"),
        ("Nobody in this department", "to be poor,", "speech", "Alan Merrick", "say", F, F, ""),
        ("But every pound we spend", "shown where.", "speech", "Alan Merrick", "", T, F, ""),
        ("colleagues with good hearts", "", "speech", "Alan Merrick", "call", F, F,
         "'He calls them ...'"),
        ("rebels", "", "term", "", "", F, F,
         "'and pointedly not \u201crebels\u201d': a label he avoids (rejected label -> term)"),
        ("Alan is a decent man", "a messaging problem.", "speech",
         "one of the Labour backbenchers", "", F, F,
         "'One of them, who asked not to be named, is less diplomatic:' -- colon after a "
         "description with no reporting verb -> cue empty; new speaker -> continuation false; "
         "'them' = the 40-odd Labour backbenchers who signed the letter"),
        ("We used to see people in crisis,", "", "speech", "Denise Hollins", "say", F, F, ""),
        ("Now we see people in work.", "The net is the problem.", "speech", "Denise Hollins",
         "", T, F, ""),
        ("Eighteen months of my life", "waiting for a letter,", "speech", "Tom", "say", F, F,
         "named by first name only"),
        ("firm but fair", "", "speech", "Alan Merrick", "line", F, F,
         "'the minister\u2019s line that the system is ...': noun cue 'line', source the "
         "minister (borderline with a slogan/term)"),
        ("Firm, yes.", "", "speech", "Tom", "", F, F,
         "'he laughs' is not a reporting verb -> no cue; previous speech span is Merrick's "
         "'firm but fair' -> speaker change, continuation false"),
        ("I\u2019d want to look at that,", "", "speech", "Alan Merrick", "say", F, F, ""),
        ("These reforms will be judged", "not five minutes.", "speech", "Alan Merrick", "", T, F,
         "'Then, recovering:' has no reporting verb -> no cue; same voice"),
    ],
}

# ---------------------------------------------------------------------------------------
# Themes: one row per body paragraph, in order.
# (snippet = first words of the paragraph, SR, PF, IRAQ, IP, AUST, negated, note)
# ---------------------------------------------------------------------------------------
THEMES = {
    CHILCOT: [
        ("Ten years ago today, in a conference centre", 0, 0, 1, 0, 0, "",
         "the Iraq Inquiry's report on the 2003 invasion"),
        ("Those who sat through the public hearings", 0, 0, 1, 0, 0, "",
         "inquiry testimony on whether the intelligence on Iraq's weapons was firm"),
        ("The answer, when it came", 0, 0, 1, 0, 0, "",
         "the assessments, the September and 'dodgy' dossiers, Saddam's weapons"),
        ("For Carol Denning, the report changed less", 0, 0, 1, 0, 0, "",
         "a soldier killed outside Basra in 2006 (the occupation) and the report's reception"),
        ("She is not interested in prosecutions", 0, 0, 1, 0, 0, "",
         "the argument over the war's legality and the lesson for intelligence before the next "
         "war; no theme word but the Iraq inquiry is the subject (rule 1b)"),
        ("Greaves, now retired and living in Dorset", 1, 0, 1, 0, 0, "",
         "SR borderline 1: 'a special relationship he thought he could steer from the inside' "
         "is a statement about the PM's belief in influencing the US, part of the Iraq "
         "decision; not a bare mention"),
        ("A decade on, the report sits on the shelves", 0, 0, 1, 0, 0, "",
         "Iraq borderline 1: the inquiry's legacy (the Chilcot checklist, the argument about "
         "intelligence before deployments) = aftermath of the intelligence failure"),
    ],
    GAZA: [
        ("Aid agencies told MPs on Tuesday", 0, 0, 0, 1, 0, "",
         "aid held at the crossings into Gaza"),
        ("The International Development Committee's session", 0, 0, 0, 1, 0, "",
         "the committee's session on Gaza; a Khan Younis hospital's lack of supplies"),
        ("Dr Samir Haddad, director of operations", 0, 0, 0, 1, 0, "",
         "the checkpoint, Israeli inspections at Kerem Shalom"),
        ("Ruth Ellison, policy director", 0, 0, 0, 1, 0, "",
         "whether aid is diverted by Hamas (a claim that is denied, but the question is also "
         "discussed -> not flagged negated)"),
        ("Whitlow was not satisfied.", 0, 0, 0, 1, 0, "",
         "IP borderline 1: continues the Hamas-diversion exchange; a partner in Gaza City "
         "suspended over an allegation"),
        ("The minister, Hamish Cole, told the committee", 1, 0, 0, 1, 0, "",
         "IP 1: pressing the Israeli government to open crossings. SR borderline 1: whether "
         "ministers asked Washington to lean on Israel (a question about UK-US dealings on the "
         "Middle East, rule 3; he declines to answer, which is not a denial)"),
        ("Pressed by Galbraith on the cut to the aid budget", 0, 0, 0, 0, 1, "",
         "austerity 1: the cut to the aid budget (a public spending cut) and its effects on "
         "programmes; IP 0: Gaza appears only as a budget line that was 'protected' "
         "(borderline)"),
        ("The committee will publish its report in July.", 0, 0, 0, 0, 0, "",
         "logistics and a protest scene; the placard 'Let Gaza Live' is a passing mention "
         "(rule 2), IP 0 borderline"),
    ],
    NATO: [
        ("The Prime Minister had been in Ankara", 1, 0, 0, 0, 0, "",
         "Britain as America's closest ally; Harcourt on the relationship"),
        ("It is being tested this week by a president", 1, 0, 0, 0, 0, "",
         "the president's 'freeloaders' aimed at Britain; Washington's demand on UK defence "
         "spending"),
        ("A senior British official, speaking on condition", 1, 0, 0, 0, 0, "",
         "the PM to the president privately"),
        ("The joint communiqu\u00e9 agreed by the 32 allies", 1, 0, 0, 0, 0, "",
         "British diplomats vs American negotiators over the burden-sharing clause"),
        ("A senior administration official travelling", 1, 0, 0, 0, 0, "",
         "US official's view of Britain and its army"),
        ("There was at least one moment", 1, 0, 0, 0, 0, "",
         "the two leaders side by side; British fears of a US cut to Kyiv"),
        ("Harcourt\u2019s team insist the relationship", 1, 0, 0, 0, 0, "",
         "the relationship's health, Aukus, intelligence sharing; IP 0: 'about Gaza, which "
         "nobody does' is a passing joke (rule 2)"),
        ("Yet the anxiety in the British delegation", 1, 0, 0, 0, 0, "",
         "the Americans no longer asking London"),
    ],
    RESHUFFLE: [
        ("It took the Prime Minister a little over six hours", 0, 1, 0, 0, 0, "",
         "the reshuffle as a 'clear-out' of the soft left"),
        ("The biggest casualty was Joanna Pryce", 0, 1, 0, 0, 1, "",
         "PF: Pryce, bridge to the party's restless soft left, sacked; austerity: cuts to "
         "disability support she opposed"),
        ("The statement does not name Harcourt.", 0, 1, 0, 0, 1, "",
         "PF: the Labour Renewal Network as 'the government in waiting', planned rebellion; "
         "austerity: the welfare bill and the Universal Credit cuts"),
        ("The whips, for their part, are relaxed", 0, 1, 0, 0, 0, "",
         "PF 1 not negated: the chief whip denies a rebellion, but one whip counts likely rebels "
         "and the writer weighs the revolt"),
        ("To Harcourt\u2019s allies on the right of the party", 0, 1, 0, 0, 0, "",
         "PF: right vs soft left; austerity 0 borderline: the two-child limit and winter fuel "
         "named only in a list of concessions (rule 2)"),
        ("That phrase \u2013", 0, 1, 0, 0, 1, "",
         "PF: internal opponents 'a faction to be beaten'; austerity borderline 1: the new "
         "secretary will 'press ahead' with the disability reforms (the cuts to disability "
         "support of para 2, rule 1b)"),
        ("Downing Street insists none of this is factional.", 0, 1, 0, 0, 0,
         "party_factionalism", "PF 1 negated: every statement denies factionalism"),
        ("Few at Westminster believe that.", 0, 1, 0, 0, 0, "",
         "the soft left planning a candidate and a leadership contest"),
    ],
    WELFARE: [
        ("Alan Merrick has a habit", 0, 0, 0, 0, 1, "",
         "whether the welfare reforms push families into poverty (a question, rule 3)"),
        ("Kerry doesn\u2019t have an office.", 0, 0, 0, 0, 1, "",
         "the two-child limit; gas vs school shoes"),
        ("Her story is not unusual.", 0, 0, 0, 0, 1, "",
         "children affected by the limit; 'poverty-creation measure'"),
        ("Merrick does not dispute the figures", 0, 1, 0, 0, 1, "",
         "austerity: child poverty and the cost of the limit; PF 1: 40-odd Labour backbenchers' "
         "letter demanding the limit be scrapped, 'rebels', and one of them against 'people on "
         "the right of the party' (left vs right of a party)"),
        ("Denise Hollins has run the Eastfield food bank", 0, 0, 0, 0, 1, "",
         "food bank demand, people in work"),
        ("Tom, 52, was a warehouse supervisor", 0, 0, 0, 0, 1, "",
         "work capability assessment and the welfare system 'firm but fair'"),
        ("Put Tom\u2019s case to Merrick", 0, 0, 0, 0, 1, "",
         "austerity: the reforms; PF 0 borderline: 'his own backbenches are counting' is a "
         "hint, not discussion of factional struggle (rule 2)"),
    ],
}

THEME_COLS = ["special_relationship", "party_factionalism", "iraq_war_intelligence",
              "israel_palestine", "austerity_inequality"]


def fail(msg):
    sys.exit("CHECK FAILED: " + msg)


def read(name):
    with open(os.path.join(TEXTS, name), encoding="utf-8", newline="") as fh:
        return fh.read()


def locate_quotes(name, raw):
    rows, cursor, outers = [], 0, []
    for head, tail, kind, speaker, cue, cont, nested, note in QUOTES[name]:
        i = cursor
        while True:
            i = raw.find(head, i)
            if i < 0:
                fail(f"{name}: head {head!r} not found after {cursor}")
            if i > 0 and raw[i - 1] in OPEN:
                break
            i += 1
        opener = raw[i - 1]
        closer = OPEN[opener]
        if tail:
            j = raw.find(tail, i)
            if j < 0:
                fail(f"{name}: tail {tail!r} not found after {i}")
            end = j + len(tail)
        else:
            end = i + len(head)
        text = raw[i:end]
        if "\n" in text:
            fail(f"{name}: span {head!r} crosses a paragraph break")
        if end >= len(raw) or raw[end] != closer:
            fail(f"{name}: span {head!r}..{tail!r} not closed by {closer!r} (got {raw[end:end+1]!r})")
        if raw[i:end] != text or not text.startswith(head) or not text.endswith(tail):
            fail(f"{name}: text check {head!r}")
        if nested:
            if not outers or not (outers[-1][0] <= i - 1 and end + 1 <= outers[-1][1]):
                fail(f"{name}: nested span {head!r} not inside the previous outer span")
        else:
            outers.append((i, end))
        if kind not in ("speech", "term"):
            fail(f"{name}: kind {kind!r}")
        if kind == "term" and (speaker or cue or cont):
            fail(f"{name}: term row {head!r} with speaker/cue/continuation")
        if kind == "speech" and not speaker:
            fail(f"{name}: speech row {head!r} without speaker")
        if cont and cue:
            fail(f"{name}: continuation row {head!r} with a cue")
        if nested and cont:
            fail(f"{name}: nested row {head!r} marked continuation")
        rows.append({"source": name, "start": i, "end": end, "text": text, "kind": kind,
                     "speaker": speaker, "cue": cue,
                     "continuation": "true" if cont else "false", "notes": note,
                     "_nested": nested})
        cursor = i + 1
    return rows


def check_continuations(name, rows):
    """continuation true only when the previous top-level speech span has the same speaker."""
    prev = None
    for r in rows:
        if r["_nested"]:
            continue
        if r["continuation"] == "true":
            if prev is None or prev["speaker"] != r["speaker"]:
                fail(f"{name}: continuation at {r['start']} but previous speaker differs")
        elif r["kind"] == "speech" and not r["cue"] and prev is not None \
                and prev["speaker"] == r["speaker"]:
            fail(f"{name}: cue-less same-speaker span at {r['start']} not marked continuation")
        if r["kind"] == "speech":
            prev = r


def check_inventory(name, raw, rows):
    used = {}
    for r in rows:
        for pos in (r["start"] - 1, r["end"]):
            if pos in used:
                fail(f"{name}: mark at {pos} used twice")
            used[pos] = "quote"
    extra = set()
    for fname, ctx, off in EXTRA_APOSTROPHES:
        if fname != name:
            continue
        k = raw.find(ctx)
        if k < 0 or raw.find(ctx, k + 1) >= 0:
            fail(f"{name}: apostrophe context {ctx!r} not unique")
        extra.add(k + off)
    n_quote = n_apos = 0
    for pos, ch in enumerate(raw):
        if ch not in MARKS:
            continue
        if pos in used:
            n_quote += 1
            continue
        between_letters = (ch in "'\u2019" and 0 < pos < len(raw) - 1
                           and raw[pos - 1].isalpha() and raw[pos + 1].isalpha())
        if between_letters or pos in extra:
            n_apos += 1
            continue
        fail(f"{name}: mark {ch!r} at {pos} unaccounted: {raw[max(0, pos-30):pos+30]!r}")
    for pos in extra:
        if pos in used or raw[pos] not in "'\u2019":
            fail(f"{name}: listed apostrophe at {pos} is not a free apostrophe")
    return n_quote, n_apos


def paragraphs(raw):
    out, pos = [], 0
    for lineno, line in enumerate(raw.split("\n"), start=1):
        if lineno > 1 and line.strip():
            out.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return out


def build_themes(name, raw):
    paras = paragraphs(raw)
    codes = THEMES[name]
    if len(paras) != len(codes):
        fail(f"{name}: {len(paras)} body paragraphs but {len(codes)} theme rows")
    rows = []
    for (start, end, text), (snip, sr, pf, iq, ip, au, neg, note) in zip(paras, codes):
        if not text.startswith(snip):
            fail(f"{name}: paragraph at {start} does not start with {snip!r}")
        if raw[start:end] != text or text != text.strip():
            fail(f"{name}: paragraph text check at {start}")
        vals = dict(zip(THEME_COLS, (sr, pf, iq, ip, au)))
        for t in filter(None, neg.split(";")):
            if vals.get(t) != 1:
                fail(f"{name}: negated theme {t} not coded 1")
        rows.append({"source": name, "start": start, "end": end, "text": text, **vals,
                     "negated": neg, "notes": note})
    return rows


def main():
    qrows, trows, report = [], [], []
    for name in FILES:
        raw = read(name)
        rows = locate_quotes(name, raw)
        rows.sort(key=lambda r: r["start"])
        check_continuations(name, rows)
        nq, na = check_inventory(name, raw, rows)
        th = build_themes(name, raw)
        qrows += rows
        trows += th
        sp = sum(r["kind"] == "speech" for r in rows)
        report.append(f"{name}: quotes {len(rows)} ({sp} speech, {len(rows) - sp} term, "
                      f"{sum(r['continuation'] == 'true' for r in rows)} continuation, "
                      f"{sum(r['_nested'] for r in rows)} nested); marks {nq} quotation + "
                      f"{na} apostrophe; paragraphs {len(th)}")
    qrows.sort(key=lambda r: (r["source"], r["start"]))
    trows.sort(key=lambda r: (r["source"], r["start"]))
    for rows in (qrows, trows):
        for a, b in zip(rows, rows[1:]):
            if (a["source"], a["start"]) >= (b["source"], b["start"]):
                fail("sort order")
    qcols = ["source", "start", "end", "text", "kind", "speaker", "cue", "continuation", "notes"]
    with open(os.path.join(HERE, "quotes.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, qcols, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        w.writerows(qrows)
    tcols = ["source", "start", "end", "text"] + THEME_COLS + ["negated", "notes"]
    with open(os.path.join(HERE, "themes_v2.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, tcols, lineterminator="\n")
        w.writeheader()
        w.writerows(trows)
    # re-read and verify offsets against the texts
    raws = {n: read(n) for n in FILES}
    for fname in ("quotes.csv", "themes_v2.csv"):
        with open(os.path.join(HERE, fname), encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                if raws[r["source"]][int(r["start"]):int(r["end"])] != r["text"]:
                    fail(f"{fname}: re-read offset check {r['source']} {r['start']}")
    for line in report:
        print(line)
    sp = sum(r["kind"] == "speech" for r in qrows)
    print(f"total quotes {len(qrows)} ({sp} speech, {len(qrows) - sp} term); "
          f"theme rows {len(trows)}; " + ", ".join(
              f"{c} {sum(r[c] for r in trows)}" for c in THEME_COLS)
          + f"; negated {sum(bool(r['negated']) for r in trows)}")
    print("all checks passed")


if __name__ == "__main__":
    main()
