"""Blind recode (dev_b) of uk_dev4, uk_dev5, uk_dev6 paragraphs for five themes,
following themes_guideline.md (rule "discusses", rules 1-5, the five definitions,
readings of versions 6/10/18/20). Helper session, 2026-12-07.

Every decision is held here. Index = row position (0-based) in paragraphs_<set>.csv.
Codes: SR special_relationship, PF party_factionalism, IQ iraq_war_intelligence,
IP israel_palestine, AU austerity_inequality. Unlisted rows are 0 on all five.
Each entry: idx: (codes, negated, note)
"""
import pandas as pd

BASE = "/work/recode/dev_b"
THEMES = {
    "SR": "special_relationship",
    "PF": "party_factionalism",
    "IQ": "iraq_war_intelligence",
    "IP": "israel_palestine",
    "AU": "austerity_inequality",
}

CODES = {
    "uk_dev4": {
        # --- senedd_labour (0-10): factional war inside Welsh Labour
        0: ("PF", "", "PF borderline: opening scene, but states that a Labour member voted down the First Minister's own budget amendment (rebellion inside the party)"),
        1: ("PF", "PF", "PF negated: the member denies it was a rebellion (rule 4)"),
        2: ("PF", "", ""),
        3: ("PF", "", "PF not negated: 'united' and 'I don't do purges' are denials, but the jibe at the caucus and the question on discipline are not"),
        4: ("PF", "", "PF not negated: the confidence line plays down a rift, but the paragraph says it was read as the opposite"),
        5: ("PF", "", "PF borderline: Plaid (outside the party) describing Labour's trouble as 'a symptom'; reading v18 (outside voice describing an inner-party conflict = 1); weak cue decided by article context"),
        6: ("PF", "", "PF: control of the closed party lists, 'both wings of the party know it'"),
        7: ("PF", "", ""),
        8: ("PF", "", "PF: history of Labour's internal quarrels, now 'who gets to sit in it' (reading v6, a wing's history)"),
        9: ("PF", "", "PF not negated: denies interest in the top job but 'Ask me again in a year' keeps a leadership challenge in view"),
        10: ("PF", "", "PF borderline: the FM's people counting heads among their own members ('we have the votes until we don't'); weak cue decided by article context"),
        # --- council_cuts (11-21): austerity in a council budget
        11: ("AU", "", "AU borderline: scene-setting, but says the library will close (a service cut); article context decides the weak cue"),
        12: ("AU", "", ""),
        13: ("AU", "", ""),
        14: ("AU", "", ""),
        15: ("AU", "", "AU borderline: section 114 / council unable to balance its books, the fiscal consequence of the funding cuts"),
        16: ("AU", "", "AU: residents moved out of the closing care home (social effect of the cut)"),
        17: ("AU", "", "AU borderline: daughter's reaction to the care-home closure (social effect)"),
        18: ("AU", "", ""),
        19: ("AU", "", "PF 0: Lib Dems vs Labour is inter-party"),
        20: ("AU", "", ""),
        21: ("AU", "", "AU: complaint with Whitehall's funding settlement for councils"),
        # --- mp_profile (22-32): a right-wing Labour organiser
        22: ("PF", "", "PF: 'her enemies on Labour's left' call her the most ruthless operator"),
        23: ("PF", "", ""),
        24: ("PF", "", "PF borderline: friends on her wish to 'own the room', never lost a vote she counted; weak cue decided by article context (factional organiser)"),
        25: ("PF", "", ""),
        26: ("PF", "", "PF: she stands by the anti-Campaign Group message (reference resolved)"),
        27: ("PF", "", ""),
        28: ("", "", "PF 0: maiden speech, father's bus; colour"),
        29: ("PF", "", "PF borderline: 'picking passengers' resolves to Brennan's charge that she chooses the party's congregation"),
        30: ("", "", "PF 0: her ambition and loyalty to the leader; no struggle stated"),
        31: ("", "", "PF 0: character sketch (loyalty as currency, rulebook); no faction or conflict stated"),
        32: ("", "", "PF 0: whip's one-word verdict; colour"),
        # --- ukus_presser (33-47): UK-US joint press conference
        33: ("SR", "", "SR: joint UK-US press conference, the two governments' meeting"),
        34: ("SR", "", ""),
        35: ("SR", "", ""),
        36: ("", "", "SR 0: transition ('the questions were less cosy'), no UK-US content of its own"),
        37: ("SR", "", ""),
        38: ("SR", "", ""),
        39: ("SR", "", "SR borderline: question whether the UK heard the President's Nato remark as the US secretary says (reference resolved)"),
        40: ("SR", "", ""),
        41: ("SR", "", "SR: question on the UK-US trade deal"),
        42: ("SR", "", "SR borderline: the answer on the UK-US trade deal (reference resolved)"),
        43: ("SR", "", ""),
        44: ("SR", "", "AU 0: defence spending targets are not austerity"),
        45: ("SR", "", "PF 0: some backbenchers' private view on foreign policy, no struggle inside the party"),
        46: ("SR", "", "IQ 0: 'in 2003 it was troops' is a passing mention"),
        47: ("SR", "", "SR borderline: 'relationships are judged on delivery', resolves to the UK-US relationship"),
        # --- political_language (48-57): essay on political language
        52: ("AU", "", "AU borderline: the rhetoric of painful cuts and a backbencher's speech on belt-tightening and poverty (constituents who sold their belts); PF 0 (one backbencher against his front bench, no faction)"),
        53: ("AU", "", "AU borderline: the 2010s Treasury language of 'hard choices' moving the pain of the cuts from the people affected; about austerity's rhetoric"),
        54: ("", "", "AU 0: welfare 'reform' is an example of scare quotes, a passing mention"),
        56: ("", "", "AU 0: 'For the many, not the few' is a slogan example"),
    },
    "uk_dev5": {
        # --- decline_essay (0-9): Scottish Conservatives' decline
        3: ("", "", "AU 0: the poll tax's electoral cost and a chairman's private doubts, not its social effects; PF 0: one official's private disagreement with Downing Street, no faction"),
        4: ("AU", "", "AU: the flat poll tax 'landed hardest on the households that had least' (inequality)"),
        5: ("", "", "0: electoral wipe-out"),
        6: ("PF", "", ""),
        # --- fringe (10-22): Labour fringe on the two-child limit
        10: ("", "", "0: scene"),
        11: ("AU", "", ""),
        12: ("AU", "", "AU borderline: delegate's impatience resolves to waiting for the two-child limit to go"),
        13: ("AU", "", ""),
        14: ("", "", "0: who was sent to the meeting; colour"),
        15: ("AU", "", ""),
        16: ("AU", "", "AU borderline: heckle asks which year the two-child limit goes (rule 3, a question; reference resolved)"),
        17: ("AU", "", "AU: the Treasury not persuaded to lift the limit; PF 0: chancellor's team dismissing the fringe is not stated as a factional fight"),
        18: ("AU", "", "AU borderline: 'every year he says next year' resolves to scrapping the limit"),
        19: ("PF;AU", "", "PF borderline: trust between the leadership and members, a councillor questioning what the party is for (rejection of the line by party figures, reading v6); AU: the argument over the two-child limit"),
        20: ("PF;AU", "", "PF: a delegate against the left of the party ('boringly responsible'); AU borderline (changed in self-check from 0): 'not everyone agreed' resolves to the demand to scrap the two-child limit, his case is fiscal responsibility; weak cue decided by article context"),
        21: ("", "", "0: show of hands on an unnamed motion; colour"),
        22: ("AU", "", ""),
        # --- thinktank (23-32): council-funding think-tank
        23: ("", "", "0: setting"),
        24: ("AU", "", ""),
        25: ("AU", "", ""),
        26: ("AU", "", ""),
        27: ("AU", "", "AU borderline: whether the government should raise council tax to fund councils"),
        28: ("AU", "", ""),
        29: ("AU", "", "AU borderline: 'councils should do less' vs decide for themselves; weak cue decided by article context"),
        30: ("", "", "AU 0: the institute's staff and influence; 'next spending review' in passing"),
        31: ("", "", "0: funder's tax affairs"),
        32: ("", "", "AU 0: local government settlement named as a date; about the institute's method"),
        # --- washington (33-42): UK Gaza vote and the US
        33: ("SR", "", "SR borderline: State Dept spokesman and the one question about Britain he least wanted; weak cue decided by article context"),
        34: ("SR;IP", "", "IP: UK vote on the UN resolution on Gaza (diplomacy of the conflict)"),
        35: ("SR;IP", "", ""),
        36: ("SR", "", "IP 0: the senator's question is about London as partner, not the conflict"),
        37: ("SR", "", "SR borderline: the 'partner or commentator' phrase about London's standing with Washington"),
        38: ("SR;IP", "", "IP borderline: the UK's decision on the General Assembly vote (Gaza), explained to the White House; IQ 0: Iraq in a list"),
        39: ("SR", "", "IQ 0: no Iraq content"),
        40: ("SR", "", "IQ 0: intelligence-sharing review is not the Iraq war"),
        41: ("SR;IQ", "", "IQ: 2003 intelligence shaped to an ally's timetable, the dossier"),
        42: ("SR", "", ""),
        # --- welfare_qa (43-52): incapacity benefit changes
        43: ("AU", "", ""),
        44: ("AU", "", ""),
        45: ("AU", "", ""),
        46: ("AU", "", ""),
        47: ("AU", "", ""),
        48: ("AU", "", ""),
        49: ("AU", "", ""),
        50: ("AU", "", ""),
        51: ("AU", "", "AU: savings from the benefit changes"),
        52: ("PF;AU", "", "PF borderline: several Labour backbenchers will vote against the government's regulations, the whips call it a rebellion (rejection of the party line by party figures)"),
    },
    "uk_dev6": {
        # --- aldgate_group (0-10): a Labour left faction splits
        0: ("PF", "", "PF: founding of a left-wing faction (reading v6, a wing's history)"),
        1: ("PF", "", ""),
        2: ("PF;AU", "", "AU borderline: the welfare bill tightening the UC health assessment, which the faction split over"),
        3: ("PF", "PF", "PF negated: the convenor denies any split ('disagreement about tactics', 'nobody has left')"),
        4: ("PF", "", ""),
        5: ("PF", "", ""),
        6: ("PF", "", ""),
        7: ("PF", "", ""),
        8: ("PF", "", "PF not negated: retort at the party's right, not only a denial"),
        9: ("PF;AU", "", "AU borderline: amendment exempting terminally ill claimants from the new benefit assessment"),
        10: ("PF", "", ""),
        # --- care_cap_leak (11-22): social care cap delayed
        11: ("AU", "", "AU: delay of a care-cost cap leaving older people selling homes (social effects of spending restraint)"),
        12: ("AU", "", "AU borderline: the deferral of the care cap (a spending commitment) described in the paper"),
        13: ("AU", "", ""),
        14: ("AU", "", ""),
        15: ("AU", "", ""),
        16: ("AU", "", "AU: partial cap costed and not recommended (spending decision)"),
        17: ("AU", "", ""),
        18: ("AU", "", ""),
        19: ("AU", "", ""),
        20: ("AU", "", "AU borderline: opposition attack on the leak, ministers telling families one thing about the care cap; claims about the subject count (rule 3)"),
        21: ("AU", "", "PF 0 (hard): one anonymous Labour MP criticising the Treasury over the policy; no group, faction or struggle inside the party stated"),
        22: ("AU", "", ""),
        # --- palestine_policy (23-34)
        23: ("IP", "", ""),
        24: ("IP", "", ""),
        25: ("IP", "", ""),
        26: ("IP", "", ""),
        27: ("IP", "", ""),
        28: ("IP", "", ""),
        29: ("IP", "", ""),
        30: ("IP", "", ""),
        31: ("IP", "", ""),
        32: ("SR;IP", "", "SR: ministers unwilling to go further than the US administration will tolerate (US influence on UK Middle East policy)"),
        33: ("IP", "", ""),
        34: ("IP", "", "IP borderline: closing judgement on the UK's stance, 'seat at the table' resolves to recognition of Palestine"),
        # --- pmqs_sketch (35-48)
        36: ("", "", "PF 0: PM's confidence in his Chancellor is inside government (not a party faction)"),
        39: ("AU", "", "AU borderline: PM's claim that the opposition created the difficult circumstances 'with 14 years of cuts' (a claim about austerity, rule 3)"),
        41: ("", "", "PF 0: whether the PM will sack his Chancellor, inside government"),
        44: ("", "", "AU 0: hospital waiting times, no cuts stated"),
        45: ("", "", "PF 0: an awkward-question backbencher, no faction; AU 0: maternity unit closure with no cut stated"),
        47: ("", "", "AU 0: NHS waiting time"),
        # --- threlfall_walk (49-60): Tory on poverty
        49: ("", "", "AU 0: two-child limit in a list of topics (rule 2)"),
        51: ("PF;AU", "", "PF borderline: arguing against the party's record 'to the visible discomfort of some colleagues' (conflict inside the party stated)"),
        52: ("AU", "", ""),
        53: ("", "", "0: biography"),
        54: ("AU", "", "PF 0 (hard): her view that some colleagues treat poverty as a lifestyle choice; opinion, no struggle stated"),
        55: ("PF", "", "PF: free-market Cobden Circle attacks her"),
        56: ("PF", "", "PF not negated: question whether she wants to lead, 'measuring the curtains'; she concedes the point"),
        57: ("AU", "", ""),
        58: ("AU", "", ""),
        59: ("AU", "", "AU borderline: 'you lot made the rules' resolves to benefit sanctions"),
        60: ("", "", "0: colour"),
    },
}

COLS = ["source", "start", "end"] + list(THEMES.values()) + ["negated", "notes"]


def build(setname):
    par = pd.read_csv(f"{BASE}/paragraphs_{setname}.csv")
    dec = CODES[setname]
    assert all(0 <= k < len(par) for k in dec), setname
    rows = []
    for i, r in par.iterrows():
        codes, neg, note = dec.get(i, ("", "", ""))
        cs = [c for c in codes.split(";") if c]
        assert all(c in THEMES for c in cs), (setname, i)
        row = {"source": r.source, "start": r.start, "end": r.end}
        for ab, col in THEMES.items():
            row[col] = int(ab in cs)
        negs = [c for c in neg.split(";") if c]
        assert all(c in cs for c in negs), (setname, i)
        row["negated"] = ";".join(THEMES[c] for c in negs)
        row["notes"] = note
        rows.append(row)
    out = pd.DataFrame(rows, columns=COLS)
    assert len(out) == len(par)
    assert (out[["source", "start", "end"]].values == par[["source", "start", "end"]].values).all()
    out.to_csv(f"{BASE}/codes_{setname}.csv", index=False)
    # check raw[start:end] == text
    for _, r in par.iterrows():
        raw = open(f"{BASE}/texts/{setname}/{r.source}", encoding="utf-8").read()
        assert raw[r.start:r.end] == r.text, (setname, r.source, r.start)
    counts = {col: int(out[col].sum()) for col in THEMES.values()}
    print(setname, len(out), counts, "negated", int((out.negated != "").sum()))


if __name__ == "__main__":
    for s in CODES:
        build(s)
