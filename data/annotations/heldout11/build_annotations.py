"""Build the heldout11 gold files from the hand-marked texts and the hand decisions below.

Run with /work/main/.venv/bin/python from anywhere. Reads marked/<file>.txt (¦ sentence
boundary, « » just inside the quotation marks of a quotation span, ⟨ ⟩ around a temporal
expression), writes data/heldout11/<file>.txt (the text without markers) and, in this folder,
sentences.csv, quotes.csv, timex.csv and themes_v2.csv. Every hand decision carries a snippet
checked against the span it is paired with (quotes and themes: prefix of the span; timex: the
whole span), so a decision can never slip onto the wrong span.
"""
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from parse_marked import parse  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
TEXT_DIR = os.path.join(ROOT, "data", "heldout11")

DATES = {
    "heldout11_select_committee.txt": "2026-02-11",
    "heldout11_labour_left.txt": "2025-10-03",
    "heldout11_nato_summit.txt": "2026-07-08",
    "heldout11_archive_release.txt": "2026-01-27",
    "heldout11_aid_column.txt": "2025-11-20",
}
ORDER = list(DATES)

F, T = "false", "true"

# quotes: (snippet = start of span, kind, speaker, cue, continuation, note)
QUOTES = {
"heldout11_select_committee.txt": [
    ("Your own department", "speech", "Graham Pellow", "tell", F, ""),
    ("So which is it?", "speech", "Graham Pellow", "", T, "cue-less sentence after the tagged one"),
    ("a snapshot, not a verdict", "speech", "Rachel Okonjo", "say", F, "partial quotation"),
    ("the choices we have made", "speech", "Rachel Okonjo", "say", F, "own cue: interposed 'she said' governs the 'and ...' quotation"),
    ("Nobody in the Treasury", "speech", "Rachel Okonjo", "add", F, "colon after 'She added'"),
    ("austerity by another name", "speech", "Annabel Kerridge", "accuse", F, "accused ministers of: her words, not scare quotes"),
    ("You have found a way", "speech", "Annabel Kerridge", "say", F, ""),
    ("simply not the case", "speech", "Rachel Okonjo", "say", F, ""),
    ("for the first time in", "speech", "Rachel Okonjo", "say", F, "partial quotation; interposed 'she said'"),
    ("We have, and the committee", "speech", "Malcolm Drury", "say", F, "Sir Malcolm Drury, the permanent secretary"),
    ("within weeks", "speech", "Malcolm Drury", "say", F, "two-word partial quotation inside reported speech"),
    ("So the minister has been", "speech", "Kirsty MacInnes", "say", F, ""),
    ("Families in my constituency", "speech", "Kirsty MacInnes", "", T, ""),
    ("a matter of process", "speech", "Malcolm Drury", "say", F, ""),
    ("give ministers our best advice", "speech", "Malcolm Drury", "add", F, "interposed 'he added'; 'Officials' frames the quotation"),
    ("fairness test", "term", "", "", F, "'the so-called': a label; Okonjo says she does not recognise the phrase"),
    ("I recognise the principle,", "speech", "Rachel Okonjo", "say", F, ""),
    ("Every decision we take", "speech", "Rachel Okonjo", "", T, ""),
    ("were promised change", "speech", "Dawn Setterfield", "tell", F, "partial quotation after 'told the minister that her constituents'"),
    ("It’s a warning.", "speech", "Dawn Setterfield", "say", F, "colon after 'Setterfield said'"),
    ("will be published in the usual way", "speech", "a Treasury spokesperson", "say", F, ""),
],
"heldout11_labour_left.txt": [
    ("Win the party, win the country", "term", "", "", F, "slogan on a banner"),
    ("We are not here to fight anyone,", "speech", "Jess Tremlett", "say", F, "inverted tag 'says Jess Tremlett'"),
    ("We are here because", "speech", "Jess Tremlett", "", T, ""),
    ("The left didn’t disappear", "speech", "Omar Siddiqui", "say", F, ""),
    ("It just stopped talking", "speech", "Omar Siddiqui", "", T, ""),
    ("When people say", "speech", "Neil Haverstock", "tell", F, "split quotation, interposed 'he tells me'"),
    ("broad church", "term", "", "", F, "nested; a phrase under discussion"),
    ("what they usually mean", "speech", "Neil Haverstock", "tell", F, "second piece of the split quotation; runs over three sentences"),
    ("the left has had its turn", "speech", "a whip", "tell", F, "nested; words of an unnamed whip reported by Haverstock ('I was told by a whip ... that')"),
    ("managed decline", "speech", "Omar Siddiqui", "call", F, "'what Siddiqui calls': his words on an occasion unstated; borderline with a label"),
    ("My constituents were told", "speech", "Neil Haverstock", "say", F, ""),
    ("They are still being told it.", "speech", "Neil Haverstock", "", T, ""),
    ("They can call it a network", "speech", "Sam Pardew", "say", F, ""),
    ("It is a faction", "speech", "Sam Pardew", "", T, ""),
    ("trigger ballots", "term", "", "", F, "a technical term glossed by the writer; inside Pardew's reported claim but not presented as his words"),
    ("Knowing the rulebook", "speech", "Jess Tremlett", "say", F, ""),
    ("The right has been running", "speech", "Jess Tremlett", "", T, ""),
    ("Labour is a broad and democratic party.", "speech", "a Labour Party spokesperson", "say", F, "colon after 'said'"),
    ("We were a fan club,", "speech", "one of Forward Left's organisers", "say", F, "'One of them' = one of Forward Left's organisers who are Momentum's former staff; anonymous"),
    ("This has to be something", "speech", "one of Forward Left's organisers", "", T, ""),
    ("and nobody in Labour", "speech", "Dani", "tell", F, "partial quotation closing an indirect report ('told the hall that ...'); a member of the public by first name"),
    ("Nobody is asking for permission,", "speech", "Neil Haverstock", "say", F, ""),
    ("That was the old way.", "speech", "Neil Haverstock", "", T, ""),
],
"heldout11_nato_summit.txt": [
    ("as strong as they have ever been", "speech", "Dale Whitcomb and Helen Carraway", "insist", F, "joint claim of both leaders"),
    ("stepped up", "speech", "Dale Whitcomb", "say", F, "partial quotation"),
    ("a real partner, a serious person", "speech", "Dale Whitcomb", "praise", F, "'praised Carraway as'"),
    ("The UK has always been there", "speech", "Dale Whitcomb", "say", F, "'the president said'"),
    ("That's not going to change", "speech", "Dale Whitcomb", "", T, ""),
    ("There is no daylight", "speech", "Helen Carraway", "say", F, ""),
    ("We have agreed", "speech", "Helen Carraway", "", T, ""),
    ("living on Uncle Sam's dime", "speech", "Dale Whitcomb", "say", F, "said in a television interview last month"),
    ("unhelpful and, frankly, untrue", "speech", "one minister", "describe", F, "anonymous minister ('privately described the comment as')"),
    ("directly and more than once", "speech", "a senior White House official", "say", F, "anonymous official; partial quotation in his indirect speech"),
    ("He likes her", "speech", "a senior White House official", "say", F, "own cue 'the official said'"),
    ("Nobody's talking about deadlines.", "speech", "a senior White House official", "say", F, "colon after 'the official said'"),
    ("fully funded", "speech", "Helen Carraway", "tell", F, ""),
    ("We will get there", "speech", "Helen Carraway", "say", F, ""),
    ("more transactional than", "speech", "Fiona Ashcombe", "say", F, "Dr Fiona Ashcombe, defence analyst"),
    ("Every previous prime minister", "speech", "Fiona Ashcombe", "say", F, ""),
    ("That assumption no longer holds.", "speech", "Fiona Ashcombe", "", T, ""),
    ("special relationship", "term", "", "", F, "the phrase under discussion"),
    ("I have sat in meetings", "speech", "Fiona Ashcombe", "say", F, ""),
    ("a durable ceasefire in Gaza", "speech", "the summit's final communique", "call", F, "a document 'calling for'"),
    ("all for peace", "speech", "Dale Whitcomb", "say", F, ""),
    ("Best of friends,", "speech", "Dale Whitcomb", "say", F, ""),
    ("She's tough.", "speech", "Dale Whitcomb", "", T, ""),
],
"heldout11_archive_release.txt": [
    ("patchy and largely inferential", "speech", "Richard Lowther", "warn", F, "'ministers were warned ... that': the source is named in the next sentence (Sir Richard Lowther's note)"),
    ("The picture is consistent", "speech", "Richard Lowther", "write", F, "'Sir Richard wrote'"),
    ("Ministers should not be left", "speech", "Richard Lowther", "", T, ""),
    ("the evidence has been gone over", "speech", "the prime minister", "tell", F, "the prime minister of 2003, unnamed, as recorded in the minutes"),
    ("PM more certain than JIC?", "speech", "a Cabinet Office official", "read", F, "handwritten margin note 'reads:'; initialled by the official"),
    ("nice to have, not need to have", "speech", "senior figures in the American administration", "regard", F, "their view as reported by the embassy telegram; borderline with the telegram as speaker"),
    ("understood and, I think, respected", "speech", "the ambassador", "add", F, "the ambassador in Washington, unnamed"),
    ("what those of us in the room", "speech", "Martin Fenwick", "say", F, ""),
    ("The idea that the cabinet", "speech", "Martin Fenwick", "tell", F, ""),
    ("Ministers were given the caveats.", "speech", "Martin Fenwick", "", T, ""),
    ("What strikes me", "speech", "Anjali Mehra", "say", F, "Professor Anjali Mehra"),
    ("By mid-March", "speech", "Anjali Mehra", "", T, ""),
    ("Patchy", "term", "", "", F, "nested; the word under discussion (from the Lowther note)"),
    ("I have waited more than 22 years", "speech", "Carol Pennington", "say", F, ""),
    ("They weren’t sure, and they sent him anyway.", "speech", "Carol Pennington", "", T, ""),
    ("a partial vindication", "speech", "the Iraq Families Group", "say", F, "'said in a statement'"),
    ("the full record, not a curated selection", "speech", "the Iraq Families Group", "call", F, "'called on the government to publish'"),
    ("in the coming months", "speech", "a Cabinet Office spokesperson", "say", F, "partial quotation in indirect speech"),
    ("The government is committed to openness", "speech", "a Cabinet Office spokesperson", "say", F, ""),
],
"heldout11_aid_column.txt": [
    ("deeply concerned", "term", "", "", F, "ministerial stock phrase, mentioned ('the words')"),
    ("working tirelessly with partners", "speech", "Paul Hanley", "tell", F, "Commons answer"),
    ("The UK has committed £120m", "speech", "Paul Hanley", "go on", F, "'He went on:'"),
    ("We have 40 lorries", "speech", "Meridian Relief", "say", F, "charity statement; 'the charity said in a statement'"),
    ("Some of them have been there", "speech", "Meridian Relief", "", T, "unclosed: runs to the end of the paragraph"),
    ("We are asking the British government", "speech", "Meridian Relief", "", T, "second paragraph of the multi-paragraph statement, reopened with ‘"),
    ("a contribution to peace, not a reward", "speech", "ministers", "describe", F, "collective: 'ministers described as'"),
    ("press for access", "speech", "the government", "promise", F, "borderline with scare quotes: the columnist throws the government's own words back (cf. Hanley's 'press ... to open the crossings')"),
    ("and nobody in Whitehall", "speech", "one aid worker", "tell", F, "'Aid workers I spoke to ... one told me'"),
    ("deeply concerned", "term", "", "", F, "the stock phrase again, mentioned"),
],
}

# timex: (exact span text, type, value, mod, note)
TIMEX = {
"heldout11_select_committee.txt": [
    ("nearly two hours", "DURATION", "PT2H", "LESS_THAN", ""),
    ("Tuesday", "DATE", "2026-02-10", "", "hearing the day before publication (Wed 2026-02-11)"),
    ("last week", "DATE", "2026-W06", "", "the week before the publication week"),
    ("2028", "DATE", "2028", "", "by 2028"),
    ("September", "DATE", "2025-09", "", "appointed in September (the last one before Feb 2026)"),
    ("now", "DATE", "PRESENT_REF", "", "in Okonjo's quotation"),
    ("later", "DATE", "FUTURE_REF", "", "deictic adverb (later than now), in the quotation"),
    ("November", "DATE", "2025-11", "", "cuts announced in November (the budget)"),
    ("April 2027", "DATE", "2027-04", "", "until April 2027"),
    ("a decade", "DURATION", "P1DE", "", "'for the first time in a decade', in the partial quotation"),
    ("weeks", "DURATION", "PXW", "", "'within weeks': vague span, preposition outside; inside a partial quotation"),
    ("Christmas", "DATE", "2025-12-25", "", "'before Christmas': preposition outside the extent, no mod"),
    ("six weeks", "DURATION", "P6W", "", ""),
    ("this winter", "DATE", "2025-WI", "", "the winter 2025-26 (TIMEX3 winter labelled by its starting year)"),
    ("2024", "DATE", "2024", "", "elected in 2024"),
    ("January", "DATE", "2026-01", "", ""),
    ("five o’clock", "TIME", "2026-02-10T17:00", "", "shortly after five o'clock on the hearing day"),
    ("this week", "DATE", "2026-W07", "", "publication week"),
    ("the end of the month", "DATE", "2026-02", "END", ""),
],
"heldout11_labour_left.txt": [
    ("Last month", "DATE", "2025-09", "", "published 2025-10-03"),
    ("last autumn", "DATE", "2024-FA", "", "autumn before publication in early October 2025; the fringe meeting of the 2024 conference season"),
    ("months", "DURATION", "PXM", "", "'For months'"),
    ("every Sunday", "SET", "XXXX-WXX-7", "", ""),
    ("2019", "DATE", "2019", "", "in Siddiqui's quotation"),
    ("between 2017 and 2019", "DATE", "2017/2019", "", "range with 'between' included"),
    ("the years since", "DURATION", "PXY", "", "the years since 2019, up to now"),
    ("1980s", "DATE", "198", "", "attributive decade ('a 1980s NHS campaign'); the explicit decade is tagged"),
    ("a couple of years ago", "DATE", "2023", "APPROX", "in Haverstock's quotation; two years before 2025"),
    ("a decade", "DURATION", "P1DE", "", "in Haverstock's quotation"),
    ("August", "DATE", "2025-08", "", ""),
    ("40 years", "DURATION", "P40Y", "", "in Tremlett's quotation"),
    ("2015", "DATE", "2015", "", ""),
    ("14 years", "DURATION", "P14Y", "", ""),
    ("the spring", "DATE", "2025-SP", "", "the spring of the year of publication"),
    ("next summer", "DATE", "2026-SU", "", ""),
],
"heldout11_nato_summit.txt": [
    ("Tuesday", "DATE", "2026-07-07", "", "published Wed 2026-07-08; summit's close"),
    ("today", "DATE", "2026-07-07", "", "literal day, in Carraway's quotation at the Tuesday press conference"),
    ("a week", "DURATION", "P1W", "", "'a week of visible strain'"),
    ("last month", "DATE", "2026-06", "", ""),
    ("the time", "DATE", "2026-06", "", "'at the time' = when the interview remark was made, last month"),
    ("Monday night", "TIME", "2026-07-06TNI", "", ""),
    ("currently", "DATE", "PRESENT_REF", "", ""),
    ("2035", "DATE", "2035", "", "by 2035"),
    ("the 1950s", "DATE", "195", "", "in Ashcombe's quotation"),
    ("three days", "DURATION", "P3D", "", "in Ashcombe's quotation"),
    ("late on Monday", "DATE", "2026-07-06", "END", "'late' modifier kept in the extent; the internal 'on' is not a leading preposition"),
    ("Tuesday evening", "TIME", "2026-07-07TEV", "", ""),
],
"heldout11_archive_release.txt": [
    ("six weeks", "DURATION", "P6W", "", "'six weeks before the invasion': relational word and event outside"),
    ("today", "DATE", "2026-01-27", "", "release day = publication day"),
    ("then", "DATE", "2003-02", "", "anaphoric 'then chairman': at the time of the note (February 2003)"),
    ("5 February 2003", "DATE", "2003-02-05", "", ""),
    ("from January to March 2003", "DATE", "2003-01/2003-03", "", "range with 'from' included"),
    ("more than two decades", "DURATION", "P2DE", "MORE_THAN", ""),
    ("years", "DURATION", "PXY", "", "'for years'"),
    ("13 March 2003", "DATE", "2003-03-13", "", ""),
    ("late February", "DATE", "2003-02", "END", "the telegram of the run-up, 2003"),
    ("the time", "DATE", "2003", "", "'at the time' = the period of the papers, early 2003 (alternative PAST_REF)"),
    ("February", "DATE", "2003-02", "", ""),
    ("March", "DATE", "2003-03", "", ""),
    ("mid-March", "DATE", "2003-03", "MID", "in Mehra's quotation"),
    ("August 2003", "DATE", "2003-08", "", ""),
    ("this morning", "TIME", "2026-01-27TMO", "", ""),
    ("more than 22 years", "DURATION", "P22Y", "MORE_THAN", "in Pennington's quotation"),
    ("the coming months", "DURATION", "PXM", "", "vague span ahead, inside the spokesperson's partial quotation; 'in' outside (alternative FUTURE_REF)"),
    ("this period", "DATE", "2003", "APPROX", "anaphoric: the period of the papers and the war (early 2003), in the spokesperson's quotation"),
],
"heldout11_aid_column.txt": [
    ("a Wednesday", "SET", "XXXX-WXX-3", "", "habitual ('it usually arrives on a Wednesday'): a recurring day"),
    ("Yesterday", "DATE", "2025-11-19", "", "column dated Thu 2025-11-20"),
    ("October", "DATE", "2025-10", "", ""),
    ("this financial year", "DATE", "2025-04/2026-03", "", "UK financial year April 2025 - March 2026; in Hanley's quotation"),
    ("six weeks", "DURATION", "P6W", "", "'six weeks into a ceasefire'"),
    ("this morning", "TIME", "2025-11-20TMO", "", ""),
    ("the first week of October", "DATE", "2025-W40", "", "ISO week 40 of 2025 (29 Sep - 5 Oct) contains 1-5 October; in the charity's statement"),
    ("September", "DATE", "2025-09", "", ""),
    ("the future", "DATE", "FUTURE_REF", "", ""),
    ("this week", "DATE", "2025-W47", "", "'Lorries are about this week'"),
    ("two years", "DURATION", "P2Y", "", ""),
    ("2027", "DATE", "2027", "", "by 2027"),
    ("this week", "DATE", "2025-W47", "", ""),
    ("next year", "DATE", "2026", "", "in the columnist's report of the aid worker"),
    ("how many days", "DURATION", "PXD", "", "a question about an unknown number of days (borderline: a count)"),
],
}

# themes per body paragraph: (snippet, SR, PF, IRAQ, IP, AUST, negated, note)
THEMES = {
"heldout11_select_committee.txt": [
    ("The chief secretary", 0, 0, 0, 0, 1, "", "spending plans widening the gap between rich and poor; 'her own side' frustrated is one weak cue, PF 0"),
    ("The committee’s chair", 0, 0, 0, 0, 1, "", "distributional losses by income tenth"),
    ("Okonjo, who was appointed", 0, 0, 0, 0, 1, "", "fairness of the spending choices defended"),
    ("She added:", 0, 0, 0, 0, 1, "", "taking the decisions now; who pays later"),
    ("It was an answer", 0, 0, 0, 0, 1, "", "austerity by another name; cuts to local authority grants"),
    ("Okonjo said that was", 0, 0, 0, 0, 1, "", "council funding settlement; the denial covers the timing charge, the settlement claim is positive, so not negated"),
    ("The permanent secretary", 0, 0, 0, 0, 1, "", "benefit freeze and child poverty modelling"),
    ("“So the minister", 0, 0, 0, 0, 1, "", "heating or eating"),
    ("Drury said the delay", 0, 0, 0, 0, 0, "", "publication process only; the modelling is referred to, not discussed"),
    ("The Liberal Democrat Tom Harbury", 0, 0, 0, 0, 1, "", "fairness test; impact on lowest-income households"),
    ("Labour’s own members", 0, 1, 0, 0, 1, "", "PF: 41 government backbenchers' letter and the question of a rebellion (a group of the governing party against its Treasury); borderline"),
    ("Pellow closed the session", 0, 0, 0, 0, 0, "", "procedure; 'child poverty modelling' only named as the document requested (rule 2)"),
],
"heldout11_labour_left.txt": [
    ("Last month, about 300 people", 0, 1, 0, 0, 0, "", "launch of an organisation of the Labour left; 'Win the party' banner"),
    ("Its founders insist", 0, 1, 0, 0, 0, "", "denies being a faction, but asserts members told their views are unwelcome: not negated"),
    ("Tremlett set up the group", 0, 1, 0, 0, 0, "", "founding of the left's organisation; the left after 2019 (a wing's history), borderline"),
    ("Its most prominent backer", 0, 1, 0, 0, 0, "", "'broad church' where one side holds the keys; a whip: 'the left has had its turn'"),
    ("Haverstock is careful", 0, 0, 0, 0, 1, "", "platform: council budgets' managed decline, no money, food bank; PF 0 (the platform, no struggle stated)"),
    ("Not everyone accepts", 0, 1, 0, 0, 0, "", "rival faction organiser: a faction to get rid of MPs; trigger ballots"),
    ("Tremlett is unapologetic.", 0, 1, 0, 0, 0, "", "plot, entryism, the right's sessions"),
    ("A Labour Party spokesperson said", 0, 1, 0, 0, 0, "", "party warns it will act against rule breakers; complaint against the group"),
    ("The left has been here before.", 0, 1, 0, 0, 0, "", "Momentum as the earlier left organisation and its mistakes"),
    ("Much of the energy", 0, 0, 0, 0, 1, "", "library closed by cuts; 'nobody in Labour' is a complaint, not a factional struggle: PF 0"),
    ("Whether Forward Left becomes", 0, 1, 0, 0, 0, "", "slate for the NEC elections; not asking permission"),
],
"heldout11_nato_summit.txt": [
    ("ANKARA", 1, 0, 0, 0, 0, "", "UK-US relations at Nato summit"),
    ("At a joint press conference", 1, 0, 0, 0, 0, "", ""),
    ("Carraway, standing", 1, 0, 0, 0, 0, "", "'no daylight' plus an agreement: not negated"),
    ("The warm words", 1, 0, 0, 0, 0, "", "the president's remark aimed at Britain"),
    ("A senior White House official", 1, 0, 0, 0, 0, "", ""),
    ("Britain currently spends", 1, 0, 0, 0, 1, "austerity_inequality", "SR borderline: UK defence target answered to the US demand of the two previous paragraphs (one weak cue, 'would not be brought forward', decided by context); austerity only as the denial of raiding school and hospital budgets"),
    ("Dr Fiona Ashcombe", 1, 0, 0, 0, 0, "", "the relationship more transactional"),
    ("Ashcombe added", 1, 0, 0, 0, 0, "", "use of the phrase in London and Washington"),
    ("The summit's final communique", 1, 0, 0, 1, 0, "", "Gaza ceasefire and Palestinian state language, kept by Britain over American objections"),
    ("Whitcomb left Ankara", 1, 0, 0, 0, 0, "", "the two leaders' personal relationship; budget fight in Congress is US domestic"),
],
"heldout11_archive_release.txt": [
    ("Cabinet ministers were warned", 0, 0, 1, 0, 0, "", "pre-war intelligence doubts"),
    ("The papers, some 400 pages", 0, 0, 1, 0, 0, "", "withheld papers of the run-up; families of service personnel killed in the conflict"),
    ("In his note, Lowther", 0, 0, 1, 0, 0, "", "chemical and biological weapons intelligence"),
    ("The minutes of the cabinet meeting", 0, 0, 1, 0, 0, "", ""),
    ("Other papers show", 1, 0, 1, 0, 0, "", "London's timetable tied to Washington; second UN resolution"),
    ("Martin Fenwick", 0, 0, 1, 0, 0, "", "cabinet given the intelligence caveats"),
    ("Professor Anjali Mehra", 0, 0, 1, 0, 0, "", ""),
    ("For the families", 0, 0, 1, 0, 0, "", "son killed near Basra; they were not sure"),
    ("The Iraq Families Group", 0, 0, 1, 0, 0, "", "vindication of the families' case on the war decisions; borderline (the release as much as the war)"),
    ("A Cabinet Office spokesperson", 0, 0, 0, 0, 0, "", "release process only; 'this period' resolves to the war years but nothing is said about the war"),
],
"heldout11_aid_column.txt": [
    ("There is a particular kind", 0, 0, 0, 1, 0, "", "ministers' rhetoric on Gaza; borderline (about British statements on the conflict)"),
    ("Yesterday was no exception.", 0, 0, 0, 1, 0, "", "aid lorries into Gaza; pressing Israel to open the crossings"),
    ("I do not doubt", 0, 0, 0, 1, 0, "", "ceasefire and aid inside Gaza"),
    ("Meridian Relief", 0, 0, 0, 1, 0, "", "supplies held at the crossing into Gaza"),
    ("‘We are asking", 0, 0, 0, 1, 0, "", "restrictions of the Israeli government"),
    ("That is not an unreasonable", 0, 0, 0, 1, 0, "", "recognition of the state of Palestine"),
    ("The government’s defence", 1, 0, 0, 1, 0, "", "deferring to Washington on Gaza; UK-US as well as Israel-Palestine"),
    ("There is also the awkward matter", 0, 0, 0, 1, 1, "", "austerity borderline: a cut to public (aid) spending and its effects on grants; IP: Gaza not protected"),
    ("None of this requires", 0, 0, 0, 1, 0, "", "lorries and crossings; 'deeply concerned' is not a policy"),
],
}

THEME_COLS = ["special_relationship", "party_factionalism", "iraq_war_intelligence",
              "israel_palestine", "austerity_inequality"]

OPEN_MARKS, CLOSE_MARKS = "“‘\"'", "”’\"'"


def check_marks(name, raw, quote_rows, body):
    """Every quotation mark bounds a span or is an apostrophe; return an inventory."""
    starts = {s for s, e, *_ in quote_rows}
    ends = {e for s, e, *_ in quote_rows}
    inv = {}
    para_ends = {pe for ps, pe in body}
    for i, ch in enumerate(raw):
        if ch not in "“”‘’\"'":
            continue
        role = None
        if i + 1 in starts and ch in OPEN_MARKS:
            role = "open"
        elif i in ends and ch in CLOSE_MARKS:
            role = "close"
        elif ch in "’'" and i > 0 and raw[i - 1].isalnum() and (i + 1 < len(raw) and raw[i + 1].isalpha()):
            role = "apostrophe"
        elif ch in "’'" and i > 0 and raw[i - 1] == "s" and (i + 1 < len(raw) and not raw[i + 1].isalnum()):
            role = "apostrophe (plural possessive)"
        if role is None:
            raise SystemExit(f"{name}: unexplained mark {ch!r} at {i}: {raw[max(0, i - 30):i + 30]!r}")
        inv[(ch, role)] = inv.get((ch, role), 0) + 1
    # every span has an opening mark; a closing mark unless it ends an unclosed paragraph
    for s, e, *_ in quote_rows:
        assert raw[s - 1] in OPEN_MARKS, (name, s)
        assert raw[e] in CLOSE_MARKS if e < len(raw) and e not in para_ends else True, (name, e)
    return inv


def main():
    os.makedirs(TEXT_DIR, exist_ok=True)
    sent_rows, quote_rows, timex_rows, theme_rows = [], [], [], []
    inventory = {}
    for name in ORDER:
        marked = open(os.path.join(HERE, "marked", name), encoding="utf-8").read()
        raw, title, body, sents, quotes, timex = parse(marked)
        with open(os.path.join(TEXT_DIR, name), "w", encoding="utf-8") as fh:
            fh.write(raw)
        assert open(os.path.join(TEXT_DIR, name), encoding="utf-8").read() == raw
        # sentences cover each body paragraph up to whitespace
        for ps, pe in body:
            inside = [(s, e) for s, e in sents if ps <= s < pe]
            rebuilt = re.sub(r"\s+", "", "".join(raw[s:e] for s, e in inside))
            assert rebuilt == re.sub(r"\s+", "", raw[ps:pe]), (name, ps)
        for s, e in sents:
            sent_rows.append({"source": name, "start": s, "end": e, "text": raw[s:e]})
        # quotes
        dec = QUOTES[name]
        assert len(dec) == len(quotes), (name, len(dec), len(quotes))
        for (s, e, depth), (snip, kind, spk, cue, cont, note) in zip(quotes, dec):
            text = raw[s:e]
            assert text.startswith(snip), (name, snip, text[:60])
            assert kind in ("speech", "term")
            if kind == "term":
                assert spk == "" and cue == "" and cont == F, (name, snip)
            if depth:
                assert cont == F, (name, snip)
            quote_rows.append({"source": name, "start": s, "end": e, "text": text, "kind": kind,
                               "speaker": spk, "cue": cue, "continuation": cont,
                               "notes": ("nested; " if depth and not note.startswith("nested") else "") + note})
        # nesting: no crossing spans
        for a in quotes:
            for b in quotes:
                if a[0] < b[0] < a[1]:
                    assert b[1] <= a[1], (name, a, b)
        inv = check_marks(name, raw, quotes, body)
        for k, v in inv.items():
            inventory[k] = inventory.get(k, 0) + v
        # timex
        dec = TIMEX[name]
        assert len(dec) == len(timex), (name, len(dec), len(timex))
        prev_end = -1
        for (s, e), (snip, typ, val, mod, note) in zip(timex, dec):
            text = raw[s:e]
            assert text == snip, (name, snip, text)
            assert s >= prev_end, (name, "overlap", snip)
            prev_end = e
            assert typ in ("DATE", "TIME", "DURATION", "SET")
            timex_rows.append({"source": name, "start": s, "end": e, "text": text, "type": typ,
                               "value": val, "mod": mod, "notes": note})
        # themes
        dec = THEMES[name]
        assert len(dec) == len(body), (name, len(dec), len(body))
        for (ps, pe), (snip, *codes, neg, note) in zip(body, dec):
            text = raw[ps:pe]
            assert text.startswith(snip), (name, snip, text[:40])
            row = {"source": name, "start": ps, "end": pe, "text": text}
            for col, c in zip(THEME_COLS, codes):
                row[col] = c
            for t in filter(None, neg.split(";")):
                assert row[t] == 1, (name, snip, t)
            row["negated"] = neg
            row["notes"] = note
            theme_rows.append(row)
    for rows in (sent_rows, quote_rows, timex_rows, theme_rows):
        for r in rows:
            raw = open(os.path.join(TEXT_DIR, r["source"]), encoding="utf-8").read()
            assert raw[r["start"]:r["end"]] == r["text"]
    for fname, rows, cols in [
        ("sentences.csv", sent_rows, ["source", "start", "end", "text"]),
        ("quotes.csv", quote_rows, ["source", "start", "end", "text", "kind", "speaker", "cue", "continuation", "notes"]),
        ("timex.csv", timex_rows, ["source", "start", "end", "text", "type", "value", "mod", "notes"]),
        ("themes_v2.csv", theme_rows, ["source", "start", "end", "text"] + THEME_COLS + ["negated", "notes"]),
    ]:
        with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=cols)
            w.writeheader()
            w.writerows(rows)
    with open(os.path.join(TEXT_DIR, "metadata.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "date"])
        for name in ORDER:
            w.writerow([name, DATES[name]])
    print("sentences", len(sent_rows), "quotes", len(quote_rows), "timex", len(timex_rows),
          "paragraphs", len(theme_rows))
    for (ch, role), n in sorted(inventory.items()):
        print(f"  mark {ch!r} {role}: {n}")


if __name__ == "__main__":
    main()
