"""Blind adjudication of theme-code disagreements between coder_x and coder_y.

Helper session, 2026-12-07. Every decision is held in DECISIONS below, keyed by
(source, start, end, theme); each was made by reading the paragraph in its article
and applying themes_guideline.md (rule "discusses", rules 1-5, the five definitions,
readings of versions 6, 10, 18, 20). Run with /work/main/.venv/bin/python.

Writes adjudicated_<set>.csv (source,start,end,theme,gold,gold_negated,reason),
one row per disagreement row, same order, and checks the row sets match.
"""
import glob
import os

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
COLS = ["source", "start", "end", "theme", "gold", "gold_negated", "reason"]

# (source, start, end, theme): (gold, gold_negated, reason)
DECISIONS = {
    # ------------------------------------------------------------ heldout2
    ("ns_analysis_welfare_revolt.txt", 2522, 2972, "austerity_inequality"): (
        1, 0,
        "Definition names welfare: Orrell's claim that voters want the welfare system 'fixed, not frozen' "
        "is a stance on the disputed benefit cuts (rule 3, whoever speaks), not a passing mention."),
    ("ns_analysis_welfare_revolt.txt", 3310, 3680, "austerity_inequality"): (
        1, 0,
        "The expected concessions (a review of the assessment regime, a 12-month delay for existing "
        "claimants) state a change to the disability-benefit cuts themselves, i.e. welfare policy "
        "(definition; rule 1a resolves 'claimants'), not process mechanics."),
    ("ns_comment_tory_nostalgia.txt", 1848, 2278, "austerity_inequality"): (
        1, 0,
        "Definition includes the cost of living: the report's finding that lost voters were worried about "
        "mortgages and childcare, with 'the most to lose from its economic record', is a claim about "
        "cost-of-living pressures (rule 3)."),
    ("ns_interview_marwood.txt", 975, 1307, "austerity_inequality"): (
        1, 0,
        "Her gloss on Whitehall's 'release efficiencies' ('I know exactly what they mean') plus the "
        "four-hour waits is a claim about cost-cutting in a public service and its effects (definition: "
        "spending cuts and their social effects); the negation in the paragraph concerns the rebellion "
        "(PF), not this theme, so not negated."),
    ("ns_interview_marwood.txt", 2752, 2767, "party_factionalism"): (
        1, 0,
        "Rule 3 (questions) with rule 1a/1b: the line is the interviewer's restated question whether she "
        "wants the party leadership, which in this article (a rebel called 'a leadership campaign', "
        "courted by soft-left MPs) is a question about challenging the leader."),
    # ------------------------------------------------------------ heldout3
    ("heldout3_news_steel_tariffs.txt", 1480, 1626, "special_relationship"): (
        0, 0,
        "Rule 1 and definition ('passing mention of either country'): the UK steel industry's job losses "
        "and the threat to plants; the US levy is named as a cause, no dealings between the governments."),
    ("heldout3_news_steel_tariffs.txt", 1628, 1829, "special_relationship"): (
        1, 0,
        "Borderline, rule 3: UK Steel's verdict that the agreed quota is too small and 'not a settlement' "
        "is a claim about the terms of the UK-US agreement, the outcome of the two governments' dealings."),
    ("heldout3_news_steel_tariffs.txt", 1831, 2007, "special_relationship"): (
        0, 0,
        "Rule 1: export volumes and the tariff's cost to the UK sector are the deal's domestic effects; "
        "the article's topic does not code the paragraph."),
    ("heldout3_news_steel_tariffs.txt", 2009, 2296, "special_relationship"): (
        0, 0,
        "Rule 1: the union's reaction concerns the deal's effect on its members (short-time working, use of "
        "the quota), not relations between the two governments."),
    ("heldout3_news_steel_tariffs.txt", 2298, 2506, "special_relationship"): (
        0, 0,
        "Rule 1: an economists' estimate of the exemption's effect on UK exports is economics of the "
        "sector, not UK-US dealings."),
    ("heldout3_news_steel_tariffs.txt", 2508, 2618, "special_relationship"): (
        1, 0,
        "Definition (governments dealing with each other): the paragraph is wholly about the status of the "
        "UK-US agreement, still subject to approval by the US government."),
    ("heldout3_profile_lunch.txt", 409, 948, "party_factionalism"): (
        1, 0,
        "Borderline, rule 3: a Labour MP's charge that he was removed from his post for asking awkward "
        "questions, disputed by the whips, is a dispute over the party machine punishing a dissenter "
        "(definition: purges; reading v6: pressure on a rebel to fall in line)."),
    # ------------------------------------------------------------ heldout4
    ("heldout4_iraq_intelligence.txt", 1644, 2029, "special_relationship"): (
        1, 0,
        "Borderline, definition (joint UK-US policy, Iraq, treated as a UK-US matter): a US official on how "
        "Washington regarded the British inquiry into the war they fought together ('relief that it "
        "wasn't us') sets the two allies' reckonings against each other, beyond a passing comparison."),
    # ------------------------------------------------------------ heldout5
    ("heldout5_budget_report.txt", 2854, 3330, "party_factionalism"): (
        1, 0,
        "Rule 4 flags only when every statement is denied: No 10's denial of a PM-Chancellor rift is "
        "negated, but the left backbenchers' months of pressure and a left MP's wealth-tax demand are "
        "affirmative (reading v6: a side's demand), so not negated."),
    ("heldout5_probert_appreciation.txt", 2180, 2609, "party_factionalism"): (
        1, 0,
        "Borderline, reading v6 (rejection of the party line by party figures is 1): the former Labour "
        "minister rejects his own party's answers to austerity; article context (a figure who fought his "
        "own side) decides the weak cue (rule 1b)."),
    ("heldout5_stevenage_doorstep.txt", 2094, 2379, "austerity_inequality"): (
        1, 0,
        "Definition includes the cost of living: the voter's rent rising twice and 'nobody tells me how I "
        "pay it' is a statement about the cost of living (rule 3, whoever speaks)."),
    # ------------------------------------------------------------ uk_dev1
    ("uk_dev1_commons_sketch.txt", 686, 805, "party_factionalism"): (
        1, 0,
        "Rule 1a resolves the heckle as an answer to 'how many of his own MPs have written to him' asking "
        "him to drop the policy: a claim that many of his own MPs oppose the leader's line (rule 3, "
        "reading v6)."),
    ("uk_dev1_commons_sketch.txt", 2515, 2856, "party_factionalism"): (
        1, 0,
        "Borderline, rule 1b: the 'low, unhappy murmur' from the Labour benches at the PM's answer is his "
        "own MPs' open displeasure with his line, a weak cue decided by the sketch's running thread of "
        "backbench revolt."),
    ("uk_dev1_union_left.txt", 495, 884, "austerity_inequality"): (
        1, 0,
        "Definition names welfare and poverty: the union ties its money 'above all' to ending the two-child "
        "limit, a stated demand on welfare policy, not a list mention in passing (rules 2-3)."),
    ("uk_dev1_union_left.txt", 886, 1360, "austerity_inequality"): (
        1, 0,
        "Rule 1a resolves 'that last demand' to ending the two-child limit; the paragraph states the union "
        "and the leadership disagree on it, a dispute over welfare policy (rule 3)."),
    ("uk_dev1_union_left.txt", 2677, 2924, "austerity_inequality"): (
        1, 0,
        "Rule 1b: 'tough choices' heard as 'your choice, your problem' and 'that has to change' is a weak "
        "cue for the spending squeeze, decided by the article's context (the demand to end the two-child "
        "limit)."),
    ("uk_dev1_morning_call.txt", 480, 633, "party_factionalism"): (
        1, 0,
        "Rule 4 flags only when every statement is denied: 'this isn't a rebellion' is a denial, but "
        "a Labour MP rejecting her government's benefit cut is an affirmative rejection of the party line "
        "(reading v6), so not negated."),
    # ------------------------------------------------------------ uk_dev2
    ("uk_dev2_interview_qa.txt", 852, 934, "austerity_inequality"): (
        1, 0,
        "Rule 3 (questions) and rule 1b: the question whether the fiscal rules are 'a comfort blanket' "
        "carries one weak cue for spending restraint, decided by the interview's context (rules forcing "
        "spending cuts, food banks, 'whether austerity ended')."),
    ("uk_dev2_interview_qa.txt", 1177, 1251, "austerity_inequality"): (
        1, 0,
        "Rule 3 (argument, whoever speaks) and rule 1b: the Chancellor's defence of the fiscal rules is one "
        "side of the interview's argument over fiscal restraint and its costs (cuts, food banks)."),
    # ------------------------------------------------------------ uk_dev4
    ("uk_dev4_mp_profile.txt", 924, 1239, "party_factionalism"): (
        1, 0,
        "Rules 1a/1b and 3: friends answering the charge that the right's factional organiser wants to "
        "'own the room', and praising her vote-counting, defend her factional operation; the vote-counting "
        "line is affirmative, so not negated."),
    ("uk_dev4_ukus_presser.txt", 2798, 3119, "party_factionalism"): (
        1, 0,
        "Borderline, reading v6 (rejection of the party line by party figures): a group of the Foreign "
        "Secretary's own backbenchers, with a rival orientation (Brussels over Washington), reject the "
        "government's line in private."),
    ("uk_dev4_political_language.txt", 1560, 2063, "party_factionalism"): (
        1, 0,
        "Borderline, reading v6: a Labour backbencher 'turned the device back on his own front bench', "
        "publicly rejecting his Chancellor's line in the Commons - a party figure against the leadership."),
    # ------------------------------------------------------------ uk_dev5
    ("uk_dev5_fringe.txt", 775, 960, "austerity_inequality"): (
        1, 0,
        "Rule 1a resolves the delegate's 'told to be patient ... since 2017' to the unkept promise to scrap "
        "the two-child limit; her complaint is about that welfare policy (rule 3)."),
    ("uk_dev5_fringe.txt", 1897, 1984, "austerity_inequality"): (
        1, 0,
        "Rule 3 (questions) with rule 1a: the heckle 'Which year?' asks when the two-child limit will go, "
        "a question about welfare policy."),
    ("uk_dev5_fringe.txt", 2240, 2581, "austerity_inequality"): (
        1, 0,
        "Rule 1a resolves 'every year he says next year' to the repeated deferral of scrapping the two-child "
        "limit: a claim about the welfare policy (rule 3)."),
    ("uk_dev5_fringe.txt", 2583, 3007, "austerity_inequality"): (
        1, 0,
        "Rule 1a resolves 'if they can't do this' to scrapping the two-child limit; the councillor's claim "
        "that this is what the party is for is a stance on welfare policy (rule 3), affirmative, so not "
        "negated."),
    ("uk_dev5_fringe.txt", 3009, 3336, "austerity_inequality"): (
        1, 0,
        "Rules 1a and 3: 'not everyone agreed' resolves to the demand to scrap the limit, and the delegate "
        "argues for fiscal restraint ('boringly responsible') against it - one side of the welfare "
        "argument."),
    ("uk_dev5_washington.txt", 35, 301, "special_relationship"): (
        1, 0,
        "Borderline, rule 1b: the one question about Britain being the one the State Department spokesman "
        "'least wanted' is a weak cue of strain in UK-US relations, decided by the article (the US-UK rift "
        "over the Gaza vote)."),
    ("uk_dev5_washington.txt", 1685, 2175, "israel_palestine"): (
        1, 0,
        "Definition (the conflict's diplomacy) with rule 1a: 'the vote' is the UK's vote for the UN "
        "resolution on Gaza and a Palestinian state; how and why London decided it is diplomacy of the "
        "conflict (themes independent, rule 5)."),
    # ------------------------------------------------------------ uk_dev6
    ("uk_dev6_care_cap_leak.txt", 2909, 3221, "austerity_inequality"): (
        1, 0,
        "Borderline, rule 3 and rule 1b: the opposition's charge that ministers told families one thing "
        "while planning the opposite concerns the care-cap delay, a weak cue decided by the article "
        "(a delay for fiscal reasons with regressive social effects)."),
    ("uk_dev6_care_cap_leak.txt", 3222, 3659, "party_factionalism"): (
        1, 0,
        "Borderline, reading v6: a governing-party MP, one of the backbenchers 'not all' quiet, openly "
        "accuses her own government's Treasury of 'hiding behind the Budget' - rejection of the party "
        "line by a party figure."),
    ("uk_dev6_pmqs_sketch.txt", 2983, 3454, "austerity_inequality"): (
        0, 0,
        "Rule 1: the closure of a maternity unit is raised with no cut, funding or hardship stated, and "
        "the sketch (about evasive answers) does not make it a spending cut; one backbench question."),
    ("uk_dev6_threlfall_walk.txt", 1854, 2206, "party_factionalism"): (
        1, 0,
        "Borderline, rule 3 and reading v6: she sets herself against 'some of my colleagues' on what being "
        "a Conservative means (a divide inside the party over its creed, confirmed by the free-market "
        "group's attack in the next paragraph, rule 1b)."),
}

KEY = ["source", "start", "end", "theme"]


def main():
    used = set()
    summary = []
    for path in sorted(glob.glob(os.path.join(HERE, "disagreements_*.csv"))):
        name = os.path.basename(path)[len("disagreements_"):-len(".csv")]
        out = os.path.join(HERE, f"adjudicated_{name}.csv")
        if os.path.getsize(path) <= 1 or not open(path).read().strip():
            pd.DataFrame(columns=COLS).to_csv(out, index=False)
            summary.append((name, 0, 0, 0))
            continue
        d = pd.read_csv(path, dtype={"coder_x_negated": "Int64", "coder_y_negated": "Int64"})
        rows = []
        nx = ny = 0
        for _, r in d.iterrows():
            k = (r["source"], int(r["start"]), int(r["end"]), r["theme"])
            if k not in DECISIONS:
                raise SystemExit(f"no decision for {name} {k}")
            g, gn, reason = DECISIONS[k]
            assert g in (0, 1) and gn in (0, 1) and not (g == 0 and gn == 1)
            used.add(k)
            xn = int(r["coder_x_negated"]) if pd.notna(r["coder_x_negated"]) else 0
            yn = int(r["coder_y_negated"]) if pd.notna(r["coder_y_negated"]) else 0
            if (int(r["coder_x"]), xn) == (g, gn):
                nx += 1
            if (int(r["coder_y"]), yn) == (g, gn):
                ny += 1
            rows.append([k[0], k[1], k[2], k[3], g, gn, reason])
        res = pd.DataFrame(rows, columns=COLS)
        res.to_csv(out, index=False)
        # check: exactly the rows of the disagreements file, same order
        back = pd.read_csv(out)
        assert len(back) == len(d)
        assert (back[KEY].astype(str).values == d[KEY].astype(str).values).all()
        summary.append((name, len(d), nx, ny))
    unused = set(DECISIONS) - used
    assert not unused, f"decisions for unknown rows: {unused}"
    print("set,rows,to_coder_x,to_coder_y")
    for s in summary:
        print(",".join(map(str, s)))
    print("total", sum(s[1] for s in summary), sum(s[2] for s in summary), sum(s[3] for s in summary))


if __name__ == "__main__":
    main()
