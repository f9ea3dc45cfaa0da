"""Second, blind annotation of data/heldout2/ (quotations and theme paragraphs).

Every row below was decided by hand after reading each paragraph in full
(guidelines: data/annotations/guidelines/quotes.md and themes.md version 2).
This script only turns those decisions into offsets and checks them:
  - quotes: each span is found by its exact text, as the first occurrence after
    the previous row's start that follows an opening quotation mark (rows are listed in document order, an outer quotation
    before its nested one); it must sit between an opening and a closing
    quotation mark (or run to the paragraph end for an unclosed paragraph);
    every quotation-mark character of every file is either a boundary of a row
    or an apostrophe (letter on both sides, or a plural possessive listed here).
  - themes: each body paragraph is found by its opening words; it must be a
    whole line (paragraph) of the file; all body lines are covered.
Run: /work/main/.venv/bin/python data/annotations/heldout2_second/build_annotations.py
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
TEXTS = os.path.join(ROOT, "data", "heldout2")

W = "ns_analysis_welfare_revolt.txt"
C = "ns_comment_tory_nostalgia.txt"
I = "ns_interview_marwood.txt"
L = "ns_longread_austerity.txt"
S = "ns_world_special_relationship.txt"

# (source, text inside the marks, kind, speaker, cue, continuation, notes)
QUOTES = [
    # ---------------- welfare revolt (analysis) ----------------
    (W, "a matter of presentation", "speech", "ministers", "insist", False,
     "Ministers ... insisting that the row ... was; fragment of ministers' words"),
    (W, "pause, listen and think again", "speech", "the signatories", "ask", False,
     "the letter (organised by Rachel Pryor, signed by 74 Labour MPs) asks; speaker = its signatories (the same sentence names them); alternatives: the letter / Rachel Pryor"),
    (W, "cannot in conscience", "speech", "the signatories", "warn", False,
     "warns that the signatories"),
    (W, "those least able to bear them", "speech", "the signatories", "warn", False,
     "still inside the 'warns that ...' clause of the letter, so cue warn"),
    (W, "I did not come into politics to balance the books on the backs of disabled people,", "speech", "Rachel Pryor", "tell", False, ""),
    (W, "Nobody on these benches did.", "speech", "Rachel Pryor", "", True, ""),
    (W, "a stunt by people who have never had to make a hard choice", "speech", "a No 10 source", "describe", False, ""),
    (W, "having conversations", "speech", "a No 10 source", "say", False,
     "and said the whips would be; euphemism but reported as the source's words, not the writer's scare quotes"),
    (W, "badly misread the room", "speech", "one cabinet minister", "tell", False, ""),
    (W, "They thought the new intake would do as it was told,", "speech", "one cabinet minister", "say", False, "the minister said"),
    (W, "The new intake has discovered it has a spine.", "speech", "one cabinet minister", "", True, ""),
    (W, "the Monday club", "term", "", "", False,
     "nickname of the group ('Its members call it ..., half in jest'): a name used habitually by a collective, not an utterance on an occasion -> term (borderline with speech, cue call)"),
    (W, "turned into a shadow whips’ office in about six weeks", "speech", "a senior Labour MP", "say", False,
     "A senior Labour MP who attends said; whips’ inside is a plural possessive"),
    (W, "We will always listen. But we will not be blown off course by a letter.", "speech", "Daniel Hatherley", "reply", False, "Mr Hatherley replied:"),
    (W, "This is a family argument, not a civil war,", "speech", "one ally", "say", False,
     "'said one' of his (Hatherley's) allies; noun completed from 'His allies'"),
    (W, "Families argue. Then they sit down and eat together.", "speech", "one ally", "", True, ""),
    (W, "They blinked last time, and everyone saw it,", "speech", "a former minister", "say", False,
     "a former minister who was sacked in last September's reshuffle"),
    (W, "Why would anyone believe they won’t blink again?", "speech", "a former minister", "", True, ""),
    (W, "mistaking a press release for a strategy", "speech", "Matthew Orrell", "say", False, ""),
    (W, "We spent 14 years in opposition learning what happens when Labour looks divided,", "speech", "Matthew Orrell", "say", False, "Mr Orrell said"),
    (W, "Some colleagues seem determined to take the refresher course.", "speech", "Matthew Orrell", "", True, ""),
    (W, "knocked on the same doors", "speech", "Rachel Pryor", "point out", False,
     "Ms Pryor points out that ...; cue is the phrasal verb 'point out'"),
    (W, "Nobody is trying to bring down the government,", "speech", "Tom Adeyemi", "say", False, ""),
    (W, "We are trying to stop it doing something stupid.", "speech", "Tom Adeyemi", "", True, ""),
    (W, "thirty or so", "speech", "whips", "expect", False,
     "Whips privately expect the rebellion to shrink to: the whips' estimate quoted; cue = expect (verb of the attributed thought); borderline with term"),
    (W, "It amounts to a meeting.", "speech", "a No 10 source", "say", False,
     "the source said: (the No 10 source of the same paragraph)"),
    (W, "This was never about arithmetic,", "speech", "Rachel Pryor", "say", False, "she said last night"),
    (W, "It is about whether we still know what the Labour Party is for.", "speech", "Rachel Pryor", "", True, ""),

    # ---------------- Tory nostalgia (comment) ----------------
    (C, "We are not a party any more,", "speech", "a former cabinet minister", "tell", False, "he told me"),
    (C, "We are three parties sharing an overdraft.", "speech", "a former cabinet minister", "", True, ""),
    (C, "grown-ups", "term", "", "", False,
     "a faction's self-label ('as they insist on calling themselves'), habitual, held at a distance by the writer -> term (borderline with speech)"),
    (C, "Make Britain Work Again", "term", "", "", False, "slogan printed on tote bags"),
    (C, "apologising for winning", "speech", "Philippa Strand", "tell", False, "told a packed fringe meeting that the party had spent a decade"),
    (C, "Our voters did not leave us because we were too Conservative,", "speech", "Philippa Strand", "say", False, "Ms Strand said"),
    (C, "They left because we forgot to be Conservative at all.", "speech", "Philippa Strand", "", True, ""),
    (C, "lost the people who had the most to lose from its economic record", "speech", "the Resolution Foundation", "conclude", False,
     "written report by the Resolution Foundation ('the report concludes'); no author named"),
    (C, "fiscal credibility", "term", "", "", False, "the grown-ups' vocabulary held at a distance ('talk about ... as though it were a feeling')"),
    (C, "The Sensible Years", "term", "", "", False, "title of Giles Harcourt's memoir"),
    (C, "the necessary medicine", "speech", "Giles Harcourt", "describe", False, "written (memoir): he describes austerity as"),
    (C, "food bank", "term", "", "", False, "words under discussion (the book does not contain them)"),
    (C, "A Party Without a Country", "term", "", "", False, "title of Nadia Osei's study"),
    (C, "a party which loses an argument begins by blaming its voters, continues by blaming its leaders, and ends by blaming the weather", "speech", "Nadia Osei", "write", False, ""),
    (C, "long-term economic plan", "term", "", "", False, "slogan of the 2010s"),
    (C, "tax", "term", "", "", False, "word under discussion"),
    (C, "messaging", "term", "", "", False, "word under discussion ('a word I heard at least 40 times')"),
    (C, "You sound like my mother,", "speech", "a young councillor from Kent", "say", False, ""),
    (C, "Actually, you sound like my constituents, which is worse.", "speech", "a young councillor from Kent", "", True,
     "after 'Then she stopped laughing.' (narration, not a cue)"),

    # ---------------- Marwood interview ----------------
    (I, "I’m not the Prime Minister’s enemy. I’m his early warning system", "speech", "Helen Marwood", "", False,
     "in the TITLE ('Helen Marwood: “...”'; name + colon, no reporting verb -> cue empty); included because the rule is every span in quotation marks; drop it if titles are out of scope"),
    (I, "I promised the nurses I’d bring them something and then I ate two in the car,", "speech", "Helen Marwood", "say", False, ""),
    (I, "So these are the survivors.", "speech", "Helen Marwood", "", True, ""),
    (I, "I think of it as doing my job,", "speech", "Helen Marwood", "tell", False, "she tells me"),
    (I, "I spent 18 years in the back of an ambulance. I know what a four-hour wait in a car park does to a person. When somebody in Whitehall tells me the merger will ‘release efficiencies’, I know exactly what they mean, and so do my old colleagues.",
     "speech", "Helen Marwood", "", True, ""),
    (I, "release efficiencies", "speech", "somebody in Whitehall", "tell", False,
     "nested in Marwood's quotation: 'When somebody in Whitehall tells me the merger will ...' -> words put in a (generic) source's mouth with a reporting verb = speech; borderline with term (jargon whose meaning she mocks)"),
    (I, "They’ve been very kind,", "speech", "Helen Marwood", "say", False, ""),
    (I, "Kind in the way a cat is kind to a mouse.", "speech", "Helen Marwood", "", True, ""),
    (I, "confused being loved with being right", "speech", "a minister", "say", False,
     "A minister who worked closely with her in opposition says"),
    (I, "a leadership campaign with a first-aid kit", "speech", "another senior figure", "call", False,
     "Another senior figure, speaking on condition of anonymity, calls her operation"),
    (I, "Look, I’m not the Prime Minister’s enemy. I’m his early warning system. If I’m hearing it from the ward sisters in March, he’ll be hearing it from the voters by the autumn. I would rather he heard it from me.",
     "speech", "Helen Marwood", "", False,
     "first paragraph of a two-paragraph quotation: opens with “ and does not close, runs to the paragraph end; her reply to the line read to her (context only, no cue); speaker differs from the previous speech span -> continuation false"),
    (I, "The party has always needed people who say the inconvenient thing. Nye Bevan did it. Barbara Castle did it. Nobody thinks they were disloyal now. What I don’t accept is that loyalty means silence. Silence is how you lose.",
     "speech", "Helen Marwood", "", True, "second paragraph of the two-paragraph quotation (reopened with “)"),
    (I, "the people who make the rules never have to queue for anything", "speech", "Helen Marwood's father", "say", False,
     "Her father, she tells me, used to say that ...: the words are the father's (cue say); Marwood only relays them"),
    (I, "got tired of shouting at the television", "speech", "Helen Marwood", "say", False, "the year she says she"),
    (I, "Which job?", "speech", "Helen Marwood", "", True, "Q&A paragraph: answer to the writer's unquoted question"),
    (I, "No.", "speech", "Helen Marwood", "", True, "Q&A"),
    (I, "Not this year.", "speech", "Helen Marwood", "", True, "Q&A"),
    (I, "Ask me again when the ambulances are on time.", "speech", "Helen Marwood", "", True, "after 'She pauses.' (not a cue)"),
    (I, "for when it all goes wrong", "speech", "Helen Marwood's friends", "say", False,
     "Friends say she has been approached ... by MPs on the soft left who want a candidate ready ...: attributed to the friends who report it (the only reporting verb); the phrase may be the soft-left MPs' own -> alternative speaker 'MPs on the soft left'"),
    (I, "People talk to me about all sorts of things,", "speech", "Helen Marwood", "say", False, ""),
    (I, "Mostly it’s potholes.", "speech", "Helen Marwood", "", True, ""),

    # ---------------- long read: austerity (single quotes as quotation marks) ----------------
    (L, "When we started, we thought we were a stopgap,", "speech", "Carol Hebden", "say", False, ""),
    (L, "Six months, a year at most. That was 14 years ago.", "speech", "Carol Hebden", "", True, ""),
    (L, "front-loaded but temporary", "speech", "the Treasury", "describe", False,
     "written: The Treasury's own documents from the period describe the programme as"),
    (L, "We thought there was fat to cut. In a lot of places there was only muscle, and after that there was bone.", "speech", "one senior Treasury official", "", False,
     "cue-less sentence after 'The models, he told me, assumed ...' (separate sentence) -> attribution by context; first quotation of this speaker"),
    (L, "with the steepest falls in the poorest areas", "speech", "the Institute for Fiscal Studies", "according to", False,
     "According to the Institute for Fiscal Studies, ...: attribution phrase taken as the cue"),
    (L, "Every year we were told it was the last hard year. Every year we believed it.", "speech", "Joan Whitlock", "word", False,
     "In the words of Joan Whitlock ...: noun cue 'words' introducing it with a colon"),
    (L, "That was the one that broke my heart,", "speech", "Joan Whitlock", "say", False, ""),
    (L, "You could see the difference in the reception classes within three years.", "speech", "Joan Whitlock", "", True, ""),
    (L, "Austerity was not the only cause. It was the accelerant.", "speech", "the Joseph Rowntree Foundation", "conclusion", False,
     "written: 'Its conclusion was blunt:' (its = the study published by the Joseph Rowntree Foundation); noun cue with colon"),
    (L, "You cannot take a fifth out of a town’s public realm and expect nothing to happen to the people who live in it.", "speech", "Anil Mehta", "put", False,
     "As Professor Mehta put it"),
    (L, "the price of credibility", "speech", "a former minister in the coalition", "defend", False,
     "defended the cuts to me as"),
    (L, "People talk about austerity as if it’s history,", "speech", "Carol Hebden", "say", False, ""),
    (L, "Come and stand here on a Tuesday.", "speech", "Carol Hebden", "", True, ""),

    # ---------------- special relationship (world) ----------------
    (S, "special relationship", "term", "", "", False, "phrase under discussion (when officials talk about the ...)"),
    (S, "disappointed but not surprised", "speech", "a government spokesperson", "say", False, ""),
    (S, "continue to engage constructively with our American partners at every level", "speech", "a government spokesperson", "say", False,
     "same 'said the UK was ... and would ...' clause"),
    (S, "We were told, more or less in terms, that being a good friend is not the same as being a good customer,", "speech", "one senior British diplomat", "say", False, ""),
    (S, "They are right, of course. We just hadn't expected them to say it out loud.", "speech", "one senior British diplomat", "", True, ""),
    (S, "rock solid", "speech", "a senior State Department official", "insist", False, ""),
    (S, "Nobody here is questioning Five Eyes, nobody is questioning Nato,", "speech", "a senior State Department official", "say", False, "the official said"),
    (S, "But the President was elected to put American workers first, and he means it. Our friends understand that better than anyone.", "speech", "a senior State Department official", "", True, ""),
    (S, "For the first time since 1945,", "speech", "Catherine Loughlin", "write", False,
     "split quotation, interposed 'the report's authors write'; the RUSI report is 'written by ... Dr Catherine Loughlin' (next sentence) -> fullest name; alternative: the report's authors / the Royal United Services Institute"),
    (S, "the United States is treating the United Kingdom primarily as a trading partner and only secondarily as an ally.", "speech", "Catherine Loughlin", "write", False,
     "second piece of the split quotation"),
    (S, "appealing to sentiment", "speech", "Catherine Loughlin", "recommend", False, "The report ... recommends that ministers stop"),
    (S, "a relationship of mutual usefulness", "speech", "Catherine Loughlin", "call", False, "what it (the report) calls; borderline with term (a label)"),
    (S, "an excellent diagnosis and a dangerous prescription", "speech", "one minister", "say", False, ""),
    (S, "If we start telling Washington that our help in Europe comes with a price tag,", "speech", "one minister", "say", False, "split: the minister said"),
    (S, "we shouldn't be surprised when they start pricing theirs.", "speech", "one minister", "say", False, "second piece of the split quotation"),
    (S, "the cheapest favour Washington never granted", "speech", "the Wall Street Journal's editorial board", "describe", False, "written (editorial)"),
    (S, "allies who are punished for their loyalty tend, over time, to become less loyal", "speech", "the Wall Street Journal's editorial board", "add", False, "The paper added that"),
    (S, "technical discussions", "speech", "Alistair Fenwick's department", "call", False,
     "what his department calls: a specific source with 'call' -> speech by the guideline's decision rule; borderline with the writer's scare quotes (term)"),
    (S, "It exists. It has always existed. What it has never been is a guarantee.", "speech", "Alistair Fenwick", "tell", False,
     "Mr Fenwick told the Commons foreign affairs committee:"),
    (S, "The 'special relationship' was always a phrase we used more than they did. The difference now is that they've noticed.", "speech", "one former ambassador to Washington", "put", False,
     "As one former ambassador to Washington put it over lunch in London:"),
    (S, "special relationship", "term", "", "", False, "nested single quotes: the phrase under discussion"),
]

# Body paragraphs: (source, opening words, SR, PF, IRAQ, IP, AUST, negated, notes)
# Standfirsts and titles are excluded (listed in NOT_BODY and checked).
NOT_BODY = {
    W: ["Labour’s quiet war over welfare"],
    C: ["The Conservatives have mistaken nostalgia"],
    I: ["Helen Marwood: “I’m not", "The former paramedic turned Labour MP"],
    L: ["The long shadow of austerity", "Sixteen years after the cuts began"],
    S: ["The special relationship is now a transaction"],
}

THEMES = [
    # ---------------- welfare revolt ----------------
    (W, "Ministers who spent the winter", 0, 1, 0, 0, 1, "",
     "PF: 74 Labour MPs sign a letter against their own ministers' bill (rebellion, rejection of the party line by party figures); AUST borderline: the row is over disability benefits (cuts named only in the next paragraph), article context decides"),
    (W, "The letter, organised by", 0, 1, 0, 0, 1, "",
     "PF: a side's demand in the revolt; AUST: cuts falling on those least able to bear them"),
    (W, "Ms Pryor, elected in 2024", 0, 1, 0, 0, 1, "",
     "PF: her first rebellion, statement against the government's bill; AUST: 'balance the books on the backs of disabled people'"),
    (W, "The speed of the revolt", 0, 1, 0, 0, 0, "", "No 10 vs the rebels, whips, 'new intake has a spine'"),
    (W, "The division runs deeper", 0, 1, 0, 0, 0, "",
     "soft-left/Socialist Campaign Group alliance as a 'shadow whips' office'; 'autumn Budget' only a date (AUST 0)"),
    (W, "Daniel Hatherley, the Work and Pensions", 0, 1, 0, 0, 0, "",
     "allies deny a plot or a split, but 'a family argument' and 'not be blown off course by a letter' acknowledge the conflict -> not every statement negated, negated empty (borderline with negated)"),
    (W, "Others are less sure.", 0, 1, 0, 0, 0, "",
     "whether the leadership will concede to its own MPs again (schools-bill climbdown hanging over the PLP); borderline"),
    (W, "For the party’s right", 0, 1, 0, 0, 1, "",
     "PF: the party's right (Labour First) vs the rebels, 'Labour looks divided'; AUST borderline: 'want the welfare system fixed, not frozen' argues for the welfare changes (article context: benefit cuts)"),
    (W, "The rebels reject the charge.", 0, 1, 0, 0, 0, "",
     "'Nobody is trying to bring down the government' denied, but 'trying to stop it doing something stupid' states the conflict -> not negated"),
    (W, "Whips privately expect", 0, 1, 0, 0, 1, "",
     "PF: rebellion, concessions, PM meets the rebels, climbdown; AUST borderline: concessions on the cuts (assessment review, 12-month delay for existing claimants)"),
    (W, "The vote itself is due", 0, 1, 0, 0, 0, "",
     "government may lose a second reading to its own MPs; 'what the Labour Party is for'"),

    # ---------------- Tory nostalgia ----------------
    (C, "I have sat through a good many", 0, 1, 0, 0, 0, "",
     "first paragraph of a comment piece, treated as body (no standfirst); PF borderline: the party turning on its leadership ('everybody wants to tell you what the leadership should have said')"),
    (C, "The most revealing remark", 0, 1, 0, 0, 0, "", "'three parties sharing an overdraft' (overdraft is a metaphor, AUST 0)"),
    (C, "Those three parties are easy", 0, 1, 0, 0, 0, "", "the party's factions described"),
    (C, "The insurgents have the best tunes.", 0, 1, 0, 0, 0, "", "the insurgent wing and its leading voice against the party's course"),
    (C, "The trouble is that the numbers", 0, 0, 0, 0, 0, "",
     "rebuts the insurgents' claim with voter data; about the electorate and the party's 'economic record', not the struggle inside the party (PF 0, borderline) and not cuts or inequality (AUST 0, borderline)"),
    (C, "The grown-ups know this", 0, 0, 0, 0, 1, "",
     "AUST: austerity as 'the necessary medicine', no 'food bank'; PF 0: one wing's outlook described with no conflict stated (borderline)"),
    (C, "The historian Nadia Osei", 0, 1, 0, 0, 0, "",
     "PF borderline: the party 'blaming its leaders' and the Conservatives placed at that stage (one weak cue; article context decides)"),
    (C, "What would a serious opposition", 0, 0, 0, 0, 1, "",
     "the 2010s 'long-term economic plan' left the country poorer and angrier; tax"),
    (C, "I put this to a young councillor", 0, 0, 0, 0, 0, "", "her reply carries no theme content"),
    (C, "She is right, and that is the point.", 0, 0, 0, 0, 0, "", ""),

    # ---------------- Marwood interview ----------------
    (I, "Helen Marwood is late", 0, 0, 0, 0, 0, "", "scene-setting"),
    (I, "Marwood, 47, has represented", 0, 1, 0, 0, 0, "",
     "led 41 Labour MPs against the government, 'the largest rebellion of this parliament'"),
    (I, "She does not think of it as a rebellion.", 0, 1, 0, 0, 1, "party_factionalism",
     "PF: only statement is her denial that it is a rebellion -> negated; AUST borderline: the merger will 'release efficiencies' = cuts to the ambulance service, which she says she understands"),
    (I, "I ask whether the whips have punished her.", 0, 1, 0, 0, 0, "", "party discipline against a rebel; the 'kindness' is ironic, not a denial"),
    (I, "Her critics in the party are less amused.", 0, 1, 0, 0, 0, "", "critics inside the party; 'a leadership campaign', not denied"),
    (I, "“Look, I’m not the Prime Minister’s enemy.", 0, 1, 0, 0, 0, "party_factionalism",
     "her denial of enmity towards the leader (reply to the leadership-campaign charge); the rest recasts it as loyal warning -> negated (borderline)"),
    (I, "“The party has always needed people", 0, 1, 0, 0, 0, "", "defends dissent inside the party ('loyalty means silence')"),
    (I, "It is hard to overstate how unusual", 0, 0, 0, 0, 0, "",
     "biography; contrast with the 2024 intake keeping their heads down is one weak PF cue, read as 0; the father's saying about rule-makers never queueing is a weak inequality cue, AUST 0"),
    (I, "So does she want the top job?", 0, 1, 0, 0, 0, "",
     "question whether she wants to replace the sitting Labour PM (a challenge to the leader; rule 3: questions count); borderline"),
    (I, "“Which job?”", 0, 0, 0, 0, 0, "", "no theme content by itself"),
    (I, "The leadership.", 0, 1, 0, 0, 0, "", "the question restated: the party leadership held by the PM; borderline"),
    (I, "“No.”", 0, 1, 0, 0, 0, "party_factionalism", "denies wanting the leadership; borderline"),
    (I, "Not ever?", 0, 1, 0, 0, 0, "", "question about a leadership challenge; borderline"),
    (I, "“Not this year.”", 0, 1, 0, 0, 0, "", "does not rule out a challenge; borderline"),
    (I, "It is a good line", 0, 1, 0, 0, 0, "", "soft-left MPs approaching her to be a candidate 'for when it all goes wrong'"),
    (I, "As I leave, she is already", 0, 0, 0, 0, 0, "", "closing scene; an ambulance wait, no cuts stated"),

    # ---------------- long read: austerity ----------------
    (L, "On a wet Tuesday morning", 0, 0, 0, 0, 1, "", "food bank queue, most in work, still open 14 years on"),
    (L, "It is worth remembering", 0, 0, 0, 0, 1, "", ""),
    (L, "One senior Treasury official", 0, 0, 0, 0, 1, "", ""),
    (L, "The numbers bear him out.", 0, 0, 0, 0, 1, "", ""),
    (L, "She still keeps the budget papers.", 0, 0, 0, 0, 1, "", "lost Sure Start centres"),
    (L, "Inequality did not arrive with austerity", 0, 0, 0, 0, 1, "", "'did not arrive with austerity' is qualified, other statements affirm -> not negated"),
    (L, "The economist Anil Mehta", 0, 0, 0, 0, 1, "", ""),
    (L, "Not everyone accepts that story.", 0, 0, 0, 0, 1, "", "defence of the cuts and who paid"),
    (L, "The following year, Hebden’s food bank", 0, 0, 0, 0, 1, "", "food bank outgrows its hall, record parcels"),
    (L, "She is not angry, exactly.", 0, 0, 0, 0, 1, "", ""),

    # ---------------- special relationship ----------------
    (S, "When British officials talk about", 1, 0, 0, 0, 0, "",
     "read as the first body paragraph, not a standfirst: the next paragraph's 'The latest cause for anxiety' continues it"),
    (S, "The latest cause for anxiety", 1, 0, 0, 0, 0, "", "US tariffs, UK lobbying"),
    (S, "Privately, the mood is darker.", 1, 0, 0, 0, 0, "", ""),
    (S, "The American side does not see it that way.", 1, 0, 0, 0, 0, "",
     "'nobody is questioning Five Eyes' denied but 'rock solid' affirmed -> not negated; Five Eyes is intelligence sharing, not Iraq"),
    (S, "That argument has a long history.", 1, 0, 0, 0, 0, "", "Iraq 2003 and Suez named in passing (rule 2): IRAQ 0, IP 0"),
    (S, "\"For the first time since 1945,\"", 1, 0, 0, 0, 0, "", ""),
    (S, "That advice will not be welcome", 1, 0, 0, 0, 0, "",
     "intelligence sharing on Iran is not Iraq-war intelligence; Whitehall disagreement is not party factionalism"),
    (S, "Across the Atlantic, the tariff decision", 1, 0, 0, 0, 0, "", ""),
    (S, "British ministers are unlikely", 1, 0, 0, 0, 0, "", ""),
    (S, "It is the kind of answer", 1, 0, 0, 0, 0, "", ""),
]

THEME_COLS = ["special_relationship", "party_factionalism", "iraq_war_intelligence",
              "israel_palestine", "austerity_inequality"]
OPEN = "“‘\"'"
CLOSE = "”’\"'"
# Apostrophes that are not between two letters (plural possessives).
PLURAL_POSSESSIVE_OK = {"whips’ office"}


def read(src):
    return open(os.path.join(TEXTS, src), encoding="utf-8").read()


def paragraphs(raw):
    """(start, end) of every non-blank line; in these files one line = one block."""
    out, pos = [], 0
    for line in raw.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def build_quotes():
    rows, cursor, boundary = [], {}, {}
    for src, text, kind, speaker, cue, cont, notes in QUOTES:
        raw = read(src)
        # first occurrence after the previous row's start that follows an opening mark
        start = raw.find(text, cursor.get(src, 0))
        while start >= 0 and raw[start - 1] not in OPEN:
            start = raw.find(text, start + 1)
        assert start >= 0, (src, text)
        end = start + len(text)
        assert raw[start - 1] in OPEN, ("no opening mark", src, text)
        para_end = raw[end] == "\n" if end < len(raw) else True
        assert (end < len(raw) and raw[end] in CLOSE) or para_end, ("no closing mark", src, text)
        if kind == "term":
            assert speaker == "" and cue == "" and not cont, text
        if cont:
            assert cue == "", text
        cursor[src] = start + 1
        b = boundary.setdefault(src, set())
        b.add(start - 1)
        if end < len(raw) and raw[end] in CLOSE:
            b.add(end)
        rows.append(dict(source=src, start=start, end=end, text=text, kind=kind,
                         speaker=speaker, cue=cue, continuation=str(cont).lower(), notes=notes))
    # mark inventory: every mark is a row boundary or an apostrophe
    for src in sorted({r["source"] for r in rows} | set(NOT_BODY)):
        raw = read(src)
        for i, ch in enumerate(raw):
            if ch not in "“”‘’\"'":
                continue
            if i in boundary.get(src, set()):
                continue
            if ch in "’'" and raw[i - 1].isalpha() and i + 1 < len(raw) and raw[i + 1].isalpha():
                continue  # apostrophe inside a word
            if any(raw[i - k:i - k + len(p)] == p for p in PLURAL_POSSESSIVE_OK for k in range(len(p))):
                continue  # listed plural possessive
            raise AssertionError(("unaccounted mark", src, i, raw[i - 15:i + 15]))
    rows.sort(key=lambda r: (r["source"], r["start"], -r["end"]))
    return rows


def build_themes():
    rows = []
    for src in sorted(NOT_BODY):
        raw = read(src)
        paras = paragraphs(raw)
        excluded = [p for p in paras if any(raw[p[0]:p[1]].startswith(w) for w in NOT_BODY[src])]
        assert len(excluded) == len(NOT_BODY[src]), src
        decided = [t for t in THEMES if t[0] == src]
        body = [p for p in paras if p not in excluded]
        assert len(body) == len(decided), (src, len(body), len(decided))
        for (s, e), t in zip(body, decided):
            text = raw[s:e]
            assert text.startswith(t[1]), (src, t[1], text[:40])
            codes = t[2:7]
            neg = t[7]
            for n in filter(None, neg.split(";")):
                assert codes[THEME_COLS.index(n)] == 1, (src, t[1], n)
            row = dict(source=src, start=s, end=e, text=text)
            row.update(zip(THEME_COLS, codes))
            row.update(negated=neg, notes=t[8])
            rows.append(row)
    rows.sort(key=lambda r: (r["source"], r["start"]))
    return rows


def write(path, rows, cols):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def verify(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    keys = []
    for r in rows:
        raw = read(r["source"])
        assert raw[int(r["start"]):int(r["end"])] == r["text"], r
        keys.append((r["source"], int(r["start"])))
    assert keys == sorted(keys), path
    return rows


if __name__ == "__main__":
    q = build_quotes()
    t = build_themes()
    qp = os.path.join(HERE, "quotes.csv")
    tp = os.path.join(HERE, "themes_v2.csv")
    write(qp, q, ["source", "start", "end", "text", "kind", "speaker", "cue", "continuation", "notes"])
    write(tp, t, ["source", "start", "end", "text"] + THEME_COLS + ["negated", "notes"])
    q, t = verify(qp), verify(tp)
    import collections
    print("quotes", len(q), collections.Counter(r["kind"] for r in q))
    for src in sorted({r["source"] for r in q}):
        sub = [r for r in q if r["source"] == src]
        print(" ", src, len(sub), collections.Counter(r["kind"] for r in sub),
              "cont", sum(r["continuation"] == "true" for r in sub))
    print("continuation", collections.Counter(r["continuation"] for r in q))
    print("cues", collections.Counter(r["cue"] for r in q if r["kind"] == "speech"))
    print("themes", len(t))
    for src in sorted({r["source"] for r in t}):
        sub = [r for r in t if r["source"] == src]
        print(" ", src, len(sub), {c: sum(int(r[c]) for r in sub) for c in THEME_COLS},
              "negated", sum(bool(r["negated"]) for r in sub))
    print("totals", {c: sum(int(r[c]) for r in t) for c in THEME_COLS},
          "negated", sum(bool(r["negated"]) for r in t))
