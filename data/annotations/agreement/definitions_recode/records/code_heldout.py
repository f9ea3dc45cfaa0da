"""Blind recode of heldout2-heldout5 paragraphs for five themes, with the written definitions.

Helper session, 2026-12-07. Every decision is held here. Keys are the 0-based row index of
paragraphs_<set>.csv; each entry is (themes coded 1, themes negated, note). Rows not listed are 0
for all themes. Alignment was checked by printing each coded row with its text (selfcheck listing).
Theme abbreviations: SR special_relationship, PF party_factionalism, IR iraq_war_intelligence,
IP israel_palestine, AU austerity_inequality.
"""
import sys
import pandas as pd

HERE = "/work/recode/heldout"
AB = {"SR": "special_relationship", "PF": "party_factionalism", "IR": "iraq_war_intelligence",
      "IP": "israel_palestine", "AU": "austerity_inequality"}
THEMES = list(AB.values())

C = {}

# ---------------------------------------------------------------- heldout2
C["heldout2"] = {
    # ns_analysis_welfare_revolt: Labour MPs' revolt over disability-benefit cuts
    0: ("PF AU", "", "PF: 74 own MPs demand the bill be pulled = rejection of the party line by party figures (reading v6). AU: the row over disability benefits (welfare)."),
    1: ("PF AU", "", "PF: the rebels' letter (a side's demand against the government). AU: cuts falling on those least able to bear them."),
    2: ("PF AU", "", "PF borderline: a first-time rebel's stance against her government. AU: balancing the books on the backs of disabled people."),
    3: ("PF", "", "AU 0: about the revolt and No 10's reaction, no statement about the cuts themselves."),
    4: ("PF", "", "Soft-left/SCG alliance as a 'shadow whips' office'. 'Since the autumn Budget' is a date, AU 0."),
    5: ("PF", "", "PF 1 not negated: denial of plot/split, but 'a family argument' and 'not blown off course by a letter' acknowledge the conflict. AU 0: accepting amendments, no welfare content."),
    6: ("PF", "", "PF borderline: whether the leadership will cave to its rebels again (government vs PLP rebels)."),
    7: ("PF AU", "", "PF: the party's right against the rebels. AU borderline: 'want the welfare system fixed, not frozen' is a stance on welfare policy."),
    8: ("PF", "", "PF 1 not negated: 'nobody is trying to bring down the government' is a denial, but the retort between wings ('same manifesto', 'stop it doing something stupid') is affirmative."),
    9: ("PF AU", "", "AU borderline: concessions are a review of the benefit assessment regime and a delay for existing claimants (welfare policy); article context decides the weak cue."),
    10: ("PF", "", "PF: rebels could defeat their own government; 'what the Labour Party is for'. AU 0."),
    # ns_comment_tory_nostalgia: Conservative factions
    11: ("PF", "", "PF borderline: members and fringe against the leadership ('everybody wants to tell you what the leadership should have said')."),
    12: ("PF", "", ""),
    13: ("PF", "", ""),
    14: ("PF", "", "The insurgent faction's leading voice attacks the party's direction."),
    15: ("AU", "", "Hard call (changed in self-check, AU 0->1). AU borderline: the report's finding is that lost voters were worried about mortgages and childcare (cost of living) and had 'the most to lose from its economic record'; two cues, article context (a critique of the austerity record, [16], [18]) decides. PF 0: electoral evidence against the insurgents' claim, no conflict inside the party stated."),
    16: ("AU", "", "AU: memoir calls austerity 'the necessary medicine'; no 'food bank'. PF 0 (hard call): describes one faction's outlook, no struggle between groups stated."),
    17: ("PF", "", "PF borderline: a party that 'continues by blaming its leaders', the Tories placed at that stage; one weak cue decided by article context (Tory factions)."),
    18: ("AU", "", "AU: the 2010s plan 'left large parts of the country poorer'."),
    # ns_interview_marwood: a Labour backbench rebel
    22: ("PF", "", "PF: led 41 Labour MPs against the government, 'conscience or biggest headache' (reading v6). AU 0: ambulance trust merger is not stated as a cut."),
    23: ("PF", "PF", "Hard call. PF 1 negated: she denies it is a rebellion (playing down a rift, reading v6). AU 0: 'release efficiencies' is one weak cue in an article not about austerity."),
    24: ("PF", "", "PF borderline: whether the whips punished a rebel (party discipline)."),
    25: ("PF", "", "Critics in the party: 'a leadership campaign with a first-aid kit'; she does not deny it."),
    26: ("PF", "PF", "PF 1 negated: 'I'm not the Prime Minister's enemy' is the only factional statement; the rest is her role."),
    27: ("PF", "", "PF: argues dissent is not disloyalty inside the party."),
    28: ("", "", "Biography; 'most of the 2024 intake kept their heads down' is colour, PF 0."),
    29: ("PF", "", "Hard call (leadership exchange [29]-[34]): question whether a backbench rebel wants the sitting PM's job = potential leadership challenge (rule 3: questions count)."),
    30: ("", "", "Hard call: 'Which job?' is a clarification with no content, 0."),
    31: ("", "", "Hard call: 'The leadership.' names the job only, 0."),
    32: ("PF", "PF", "Hard call: 'No.' = denial of leadership ambition, PF 1 negated."),
    33: ("PF", "", "Hard call: 'Not ever?' = question about her leadership ambition."),
    34: ("PF", "", "Hard call: 'Not this year' leaves a challenge open."),
    35: ("PF", "", "Soft-left MPs want a candidate ready 'for when it all goes wrong'."),
    36: ("", "", "AU 0: a long ambulance wait, no cuts or poverty stated."),
    # ns_longread_austerity
    37: ("AU", "", "Food bank queue, most in work (poverty)."),
    38: ("AU", "", ""),
    39: ("AU", "", ""),
    40: ("AU", "", ""),
    41: ("AU", "", "Sure Start centres lost to cuts and the effect on children."),
    42: ("AU", "", ""),
    43: ("AU", "", ""),
    44: ("AU", "", ""),
    45: ("AU", "", "Borderline: food bank moves but hands out more parcels than ever (rising poverty)."),
    46: ("AU", "", ""),
    # ns_world_special_relationship
    47: ("SR", "", ""),
    48: ("SR", "", "UK lobbying against US tariffs; AU 0."),
    49: ("SR", "", ""),
    50: ("SR", "", ""),
    51: ("SR", "", "IR 0: 'tested over Suez in 1956 and again over Iraq in 2003' is a passing mention in a list."),
    52: ("SR", "", ""),
    53: ("SR", "", ""),
    54: ("SR", "", ""),
    55: ("SR", "", ""),
    56: ("SR", "", ""),
}

# ---------------------------------------------------------------- heldout3
C["heldout3"] = {
    # heldout3_diary_conference
    0: ("PF", "", "PF borderline: expected walkout at the deputy leadership hustings is the paragraph's point (not a passing list item)."),
    1: ("PF", "", "SCG candidate's allies say the party machine is stitching it up."),
    2: ("PF", "", "PF 1 not negated: 'no plot' is denied, but Reddish's jibe at the NEC is affirmative."),
    3: ("PF", "", "Mail headline 'plot to seize Labour' (rule 3: whoever speaks)."),
    4: ("SR", "", ""),
    5: ("SR", "", "Remark 'about the durability of the partnership'; US embassy."),
    6: ("PF", "", "PF borderline: CLPD tally of motions ruled out by the CAC, disputed by a CAC member (a fight over the party's committee, reading v6)."),
    7: ("PF", "", "'The left has the members, the right has the rules'."),
    8: ("PF", "", "PF borderline: the whips keeping 'a lid on the welfare rebels' (conflict stated, though a diary item). AU 0: 'welfare rebels' names welfare in passing."),
    # heldout3_leader_child_poverty
    10: ("AU", "", ""),
    11: ("AU", "", ""),
    12: ("AU", "", ""),
    13: ("AU", "", ""),
    14: ("PF AU", "", "PF: 40+ backbenchers' letter; leadership 'treating its own MPs as an obstacle'. AU: two-child limit, welfare state."),
    15: ("AU", "", "Child poverty as a liability."),
    16: ("AU", "", "AU borderline: 'if the spring statement does nothing but trim' (spending), the political case for acting on poverty; article context decides."),
    17: ("AU", "", ""),
    # heldout3_longread_factions
    18: ("PF", "", "PF borderline: 'the hard part... He meant the party' (managing the party's factions); weak cue decided by article context."),
    19: ("PF", "", ""),
    20: ("PF", "", ""),
    21: ("PF IR", "", "Hard call IR 1: the March 2003 Commons rebellion against the Iraq war (the war's run-up) is the event narrated, not a passing mention."),
    22: ("PF", "", "IR 0: 'more damage than war' is passing."),
    23: ("PF", "", ""),
    24: ("PF", "", ""),
    25: ("PF", "", ""),
    26: ("PF", "", ""),
    27: ("PF", "", ""),
    # heldout3_news_steel_tariffs: SR 1 where UK and US governments deal with each other over the deal
    28: ("SR", "", ""),
    29: ("SR", "", "SR borderline: the terms of the UK-US tariff deal."),
    30: ("SR", "", ""),
    31: ("SR", "", "SR borderline: the minister on what the UK asked of the US."),
    32: ("SR", "", "SR borderline: UK-US talks to resume."),
    33: ("SR", "", "SR borderline: USTR confirms the deal."),
    34: ("SR", "", ""),
    35: ("SR", "", "SR borderline: 'both sides wanted this done'."),
    36: ("SR", "", "SR borderline: history of US tariffs on British steel and the exemption talks."),
    37: ("", "", "Hard call SR 0: the UK steel industry's job losses; the US levy named only as a threat to plants."),
    38: ("", "", "Hard call SR 0: industry body's reaction (quota too small) is about the sector, not the two governments' dealings."),
    39: ("", "", "SR 0: export volumes and tariff cost to the sector."),
    40: ("", "", "SR 0: union reaction."),
    41: ("", "", "SR 0: economists' estimate."),
    42: ("", "", "Hard call SR 0: US domestic approval procedure (mechanics)."),
    43: ("SR", "", "SR: opposition says ministers were 'outmanoeuvred' by the US (rule 3). PF 0: opposition parties, not intra-party."),
    44: ("SR", "", ""),
    # heldout3_profile_lunch
    47: ("SR PF", "", "Hard call. SR borderline: removed for 'one question too many about Washington' (weak cue, article context: the question was on US strikes). PF borderline: his removal, the whips' rival account."),
    49: ("SR", "", "Whether London was told in advance of American strikes."),
    50: ("SR", "", "SR: whether the government knew what its closest ally would do. PF 0 (hard call): 'disloyal' is about select-committee scrutiny, not a party faction."),
    51: ("SR", "", "SR: US embassy's reaction to the question."),
    52: ("", "", "PF 0: biography of a loyalist."),
    53: ("PF", "", "PF: loyalty to the party vs the leader's office."),
    54: ("PF", "", "PF borderline: his removal 'came from upstairs' (the leader's office against a dissenter)."),
    55: ("PF IP", "", "PF 1 not negated: the 'awkward squad' of rebels is asserted; he denies being in a faction. IP: votes against export licences for components ending up in Gaza (arms to Israel). AU 0: 'rebelled over welfare cuts' is passing."),
    56: ("PF", "", "PF borderline: a right-wing colleague calls him 'a one-man Campaign Group'."),
    57: ("SR", "", ""),
    58: ("", "", "PF 0: return to the front bench (career), no rift stated."),
}

# ---------------------------------------------------------------- heldout4
C["heldout4"] = {
    # heldout4_deselection
    0: ("PF", "", ""),
    1: ("PF", "", ""),
    2: ("PF", "", "Takeover/entryism claim."),
    3: ("PF AU", "", "PF: challengers' case against the MP. AU borderline: the two-child benefit cap vote and a food bank now open four days instead of two (poverty) are the substance of the case."),
    4: ("PF", "", "PF borderline: trigger ballots as a fixture of Labour life and a repeatedly rewritten rulebook."),
    5: ("PF", "", ""),
    6: ("PF", "PF", "PF 1 negated: the region denies taking sides (playing down, rule 4)."),
    7: ("PF", "", "PF: plea to keep the contest comradely, 'whether they will'."),
    # heldout4_documentary_review
    8: ("", "", "AU 0: biscuits anecdote (colour)."),
    9: ("", "", "Hard call AU 0: the film's style and furniture; 'a decision' resolves to the spending review but nothing is said about it."),
    10: ("AU", "", ""),
    11: ("", "", "AU 0: film criticism; '2011 protests' passing."),
    12: ("AU", "", "Projected rise in child poverty."),
    13: ("", "", "AU 0: critic on reconstructions."),
    14: ("AU", "", ""),
    # heldout4_iraq_intelligence
    15: ("IR", "", ""),
    16: ("IR", "", "Aftermath: intelligence machinery reorganised after Chilcot."),
    17: ("IR", "", "IR borderline: intelligence culture after Chilcot ('the temptation'), article context."),
    18: ("IR", "", ""),
    19: ("IR", "", "SR 0 (hard call): Washington's own reckoning compared with the British inquiry; no UK-US dealings."),
    20: ("SR IR", "", ""),
    21: ("IR", "", "Reforms embedding the Chilcot lessons."),
    22: ("IR", "", "SR 0: 'in either capital' is a parallel, not relations."),
    # heldout4_mp_column
    23: ("", "", "Hard call AU 0: surgery scene; the childminder shutting is one weak cue."),
    24: ("", "", "AU 0: 'the bus goes anyway' is not yet explained."),
    25: ("AU", "", "Bus route cut; county budget cut by a third since 2010."),
    26: ("AU", "", "AU borderline: bus funding by competitive bid 'is a raffle' (spending on local services)."),
    27: ("PF", "", "PF: whips' warning after he signed an amendment from his own benches (reading v6). AU 0 (hard call): the amendment's subject named only."),
    28: ("PF AU", "", "AU: a pensioner stops going to his clinic because the bus was cut. PF borderline: defying the whips ('not a rebel by temperament' is not a denial of the rebellion)."),
    29: ("PF", "", ""),
    # heldout4_scotland
    35: ("PF", "", "SNP 'Clyde caucus' against the leadership."),
    36: ("", "", "AU 0: block grant rising in cash terms is passing."),
}

# ---------------------------------------------------------------- heldout5
C["heldout5"] = {
    # heldout5_budget_report
    0: ("AU", "", ""),
    1: ("AU", "", ""),
    2: ("AU", "", "Cost and funding of abolishing the two-child limit (welfare)."),
    3: ("", "", "AU 0: OBR growth and fiscal headroom, not cuts or poverty."),
    5: ("", "", "Hard call AU 0: tax thresholds and higher-rate tax, not austerity, poverty or welfare."),
    6: ("AU", "", ""),
    10: ("PF AU", "PF", "Hard call. PF 1 negated: Downing Street denies a PM-Chancellor rift over the Budget (playing down); the backbench pressure is reported as won, no conflict now. AU: the politics of scrapping the limit, 'wealth tax'."),
    # heldout5_camp_david
    11: ("SR", "", ""),
    12: ("SR", "", ""),
    13: ("SR", "", ""),
    14: ("SR", "", ""),
    15: ("SR", "", "PF 0: 'a restless party' is passing."),
    16: ("SR", "", ""),
    17: ("SR", "", ""),
    18: ("SR", "", ""),
    19: ("SR", "", ""),
    20: ("SR", "", ""),
    21: ("SR", "", "Hard call PF 0: her MPs' impatience with the summit's result is criticism of an outcome, no faction or challenge stated."),
    # heldout5_column_okafor
    22: ("PF", "", ""),
    23: ("PF", "", "Resolved: he implied the PM without naming her."),
    24: ("PF", "", "PF 1 not negated: the columnist contradicts Okafor's denial."),
    25: ("PF", "", ""),
    26: ("PF", "", ""),
    27: ("PF", "", ""),
    28: ("PF", "", ""),
    29: ("PF", "", ""),
    30: ("PF", "", "AU 0 (hard call): 'Osborne with better manners' is a jibe, one weak cue."),
    31: ("PF", "", ""),
    32: ("PF", "", ""),
    # heldout5_probert_appreciation
    33: ("PF", "", "Bevanite/Gaitskellite (a wing's history, reading v6)."),
    35: ("PF", "", "Militant Tendency; the party as 'a series of meetings'."),
    36: ("PF", "", ""),
    37: ("", "", "PF 0: cabinet, government not party."),
    38: ("PF", "", "PF borderline: his rivals on the right and the left of the party."),
    39: ("AU", "", "AU: 'austerity with the lights turned off'. PF 0: criticism of his party's answers, no faction."),
    # heldout5_stevenage_doorstep
    48: ("", "", "Hard call AU 0: 'the cost of living is the only issue' names it in a list with the car park, nothing said about it."),
    49: ("AU", "", "AU: his rent has risen twice, 'how I pay it' (cost of living)."),
}


def main():
    for s, dec in C.items():
        para = pd.read_csv(f"{HERE}/paragraphs_{s}.csv")
        bad = [k for k in dec if k >= len(para)]
        assert not bad, (s, bad)
        rows = []
        for i, r in para.iterrows():
            themes, neg, note = dec.get(i, ("", "", ""))
            on = {AB[t] for t in themes.split()}
            negs = [AB[t] for t in neg.split()]
            assert set(negs) <= on, (s, i)
            row = {"source": r.source, "start": r.start, "end": r.end}
            for t in THEMES:
                row[t] = int(t in on)
            row["negated"] = ";".join(negs)
            row["notes"] = note
            rows.append(row)
        out = pd.DataFrame(rows)
        assert len(out) == len(para)
        assert (out[["source", "start", "end"]].values == para[["source", "start", "end"]].values).all()
        out.to_csv(f"{HERE}/codes_{s}.csv", index=False)
        print(s, len(out), {t: int(out[t].sum()) for t in THEMES}, "negated", int((out.negated != "").sum()))


if __name__ == "__main__":
    main()
