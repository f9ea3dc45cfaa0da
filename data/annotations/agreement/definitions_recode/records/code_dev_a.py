"""Blind recode (dev_a) of uk_dev1-3 paragraphs for five themes, with the written definitions.
Helper session, 2026-12-07. Every decision is below: CODES[set][row] = (themes coded 1, negated, note).
Row = 0-based row position in paragraphs_<set>.csv. Rows not listed are 0 on all five themes.
Theme keys: SR special_relationship, PF party_factionalism, IQ iraq_war_intelligence,
IP israel_palestine, AU austerity_inequality.
"""
import pandas as pd, os
HERE = os.path.dirname(os.path.abspath(__file__))
KEY = {'SR': 'special_relationship', 'PF': 'party_factionalism', 'IQ': 'iraq_war_intelligence',
       'IP': 'israel_palestine', 'AU': 'austerity_inequality'}
THEMES = list(KEY.values())

CODES = {
'uk_dev1': {
  # commons_sketch (rows 0-11)
  0: ('', '', 'hard: "benches fuller than usual, rarely a good sign" is colour, no dissent stated -> PF 0'),
  1: ('PF AU', '', 'AU: question on dropping the two-child limit (welfare/poverty). PF borderline: his own MPs writing to the leader to drop the policy = party figures rejecting the party line (reading v6)'),
  2: ('PF', '', 'hard: backbencher quip "more than he\'d like" = claim about how many of his own MPs dissent -> PF 1 borderline (context resolves); AU 0 (quip about the count, not the policy)'),
  3: ('AU', '', 'AU: child poverty record argued. PF 0: colleagues grumbling in the tea room about an evasive answer is not factional conflict'),
  4: ('AU', '', 'AU borderline: "it" = two-child limit (reference resolved), yes/no question on scrapping it'),
  5: ('', '', 'hard: "would not pre-empt the Chancellor" + Tory chanting: about the evasion, no content on cuts/poverty -> AU 0'),
  6: ('', '', 'hard: ambulance waits = NHS performance, no spending cuts/poverty stated -> AU 0'),
  7: ('PF AU', '', 'AU: Treasury says money is not there vs children growing up poor. PF borderline: "the real trouble came from behind", own backbencher (committee chair) challenging the leader on the party line (v6)'),
  8: ('PF AU', '', 'hard: AU borderline, PM\'s answer on paying for public services in reply to the poverty question; PF borderline, "low, unhappy murmur" from his own Labour benches = open dissent against leader'),
  9: ('PF', '', 'PF borderline: question whether his backbenchers are "invited" = rift between leader and own backbenches'),
  10: ('PF', '', 'PF borderline: front bench nods, "behind them, fewer did" = backbench dissent'),
  11: ('', '', 'hard: Labour MP "he won the exchanges, he\'s losing the argument" is a verdict on performance, no factional conflict stated -> PF 0'),
  # union_left (rows 12-21)
  12: ('', '', ''),
  13: ('PF', '', 'hard: PF borderline: union leader "not here to make friends... make sure the party remembers who built it" = affiliated union asserting itself against the leadership; one weak cue decided by article context (rule 1b)'),
  14: ('PF AU', '', 'PF: union using affiliation money as a lever on the party. AU borderline: the demand "above all" to end the two-child limit is a welfare-policy demand, more than a list mention'),
  15: ('PF AU', '', 'PF: left (SCG) vs right (Labour to Win) deputy leadership contest. hard: AU borderline (changed in self-check from 0): "that last demand" = ending the two-child limit, and the paragraph states the union and the leadership part company on it (reference resolved, as row 4)'),
  16: ('PF', '', 'entryism charge'),
  17: ('PF', 'party_factionalism', 'PF negated: Thorne rejects the entryism charge and insists there is "no plot" (every PF statement is a denial, as the guideline example)'),
  18: ('PF', '', '"we spend the winter fighting ourselves"'),
  19: ('PF', '', 'left winning/losing inside the party'),
  20: ('PF', '', 'PF: union threatens the political fund unless the leadership changes course. hard: AU 0, "tough choices" is a single weak cue and the paragraph is about union leverage'),
  21: ('PF', '', 'Momentum and Labour to Win lobbying MPs over the ballot'),
  # memoir_review (rows 22-31)
  24: ('', '', 'hard: "2012 spending round ... numbers did not add up" is the setting of a cabinet disagreement, no content on cuts or their effects -> AU 0; cabinet disagreement is not PF'),
  25: ('', '', 'hard: sniping at colleagues/officials, no factional struggle -> PF 0'),
  26: ('IQ', '', 'voted for the war on the intelligence dossier, "misled"'),
  30: ('', '', 'hard: insult to his successor as party chairman is personal sniping, no factional struggle -> PF 0'),
  # israel_palestine (rows 32-41)
  32: ('IP', '', ''),
  33: ('PF IP', '', 'PF borderline: "pressure from her own benches", 130 Labour MPs letter against the government line (party figures rejecting the party line, v6)'),
  34: ('IP', '', ''),
  35: ('IP', '', ''),
  36: ('IP', '', 'PF 0: Tory position shifted, no conflict inside the party stated'),
  37: ('IP', '', 'Gaza humanitarian conditions'),
  38: ('IP', '', ''),
  39: ('SR IP', '', 'US warned London privately over recognition'),
  40: ('IP', '', ''),
  41: ('IP', '', ''),
  # morning_call (rows 42-58)
  42: ('', '', 'hard: "a welfare vote the whips are nervous about" is an item in a three-item list of the day -> AU 0, PF 0 (rule 2)'),
  43: ('PF AU', '', 'AU: tightening PIP eligibility. PF: 41 Labour MPs amendment = backbench rebellion'),
  44: ('PF AU', '', 'AU: taking money off disabled people. hard: PF 1 not negated: "isn\'t a rebellion" is denied, but she also rejects the party line'),
  45: ('PF', '', 'hard: PF borderline: No 10 vs the rebels ("no intention of blinking"); AU 0, the amendment is only referenced'),
  46: ('', '', 'hard: minister "I\'ve listened" states no conflict -> PF 0, AU 0 (job title only)'),
  47: ('AU', '', 'families losing £4,200, biggest cut to disability support'),
  48: ('', '', 'Chagos cost: not austerity'),
  49: ('SR', '', 'Washington reassured on Diego Garcia'),
  54: ('', '', 'hard: Chancellor before Treasury committee on spring statement timing: passing -> AU 0'),
  55: ('PF', '', 'hard: PF borderline: plug claims the welfare fight is "really about who succeeds the Prime Minister" (succession struggle); AU 0 (welfare fight named only)'),
  56: ('', '', 'hard: whip\'s quip on a disorganised PLP meeting: no conflict stated -> PF 0'),
  57: ('', '', '"welfare and skills policy" in a job description -> AU 0'),
},
'uk_dev2': {
  # interview_qa (rows 0-20)
  1: ('', '', 'hard: first speech "about the closure of a Sure Start centre" is a biographical mention with no content on the cut -> AU 0'),
  2: ('AU', '', 'AU borderline: question on fiscal rules ("comfort blanket"), answered as spending cuts in the next paragraph (rule 1b)'),
  3: ('AU', '', 'cut capital spending in a recession'),
  4: ('AU', '', 'AU borderline: argument over the fiscal rules and borrowing costs'),
  5: ('AU', '', 'food banks, "whether austerity ended"'),
  6: ('PF', '', 'hard: PF borderline: question whether she criticises her own front bench (party figure rejecting the party line, v6; questions count, rule 3); AU 0 (the policy only by reference)'),
  7: ('PF', '', 'hard: PF borderline, her answer: "you can write criticism if you like"'),
  8: ('PF', '', 'critics of the leadership removed from committees, the left "frozen out"'),
  9: ('PF', '', 'talk of a leadership challenge'),
  10: ('PF', '', 'hard: not negated: "no plot, no slate" denied, but she affirms that the party "spent the whole of 2016 fighting each other"'),
  11: ('PF', '', 'hard: PF borderline: colleagues saying the party is drifting = internal dissent (question, rule 3)'),
  12: ('PF', 'party_factionalism', 'hard: PF borderline + negated: she plays down colleagues\' complaints (reading v6, playing down a rift)'),
  14: ('AU', '', 'child poverty, two-child limit'),
  # holyrood (rows 21-32)
  23: ('', '', 'hard: "spending decisions that bypass Holyrood" is a devolution row, not cuts -> AU 0'),
  25: ('', '', 'UK-funded projects: not cuts'),
  27: ('PF', '', 'SNP MSPs restless about the leader\'s strategy'),
  28: ('PF', '', 'not negated: "no leadership challenge" denied, but the independence wing against the leader is affirmed'),
  29: ('PF', '', 'fundamentalists vs leaders, Sturgeon era argument'),
  30: ('AU', '', 'council shortfall, library closures'),
  31: ('', '', 'hard: "holding her line" / reset speech is about London, no intra-party conflict -> PF 0'),
  32: ('', '', 'hard: whether a harder approach at conference: no conflict stated -> PF 0'),
  # chilcot_longread (rows 33-43)
  33: ('IQ', '', ''),
  34: ('IQ', '', 'no US content -> SR 0'),
  35: ('IQ', '', ''),
  36: ('IQ', '', 'hard: IQ borderline: the memo\'s author on writing doubts about the case for war then nodding along (run-up); the water-jug colour does not cancel it'),
  37: ('IQ', '', 'aftermath planning'),
  38: ('IQ', '', ''),
  39: ('IQ', '', ''),
  40: ('IQ', '', 'hard: IQ: the inquiry\'s reception and shelved recommendations = accountability for the war'),
  41: ('IQ', '', 'hard: IQ borderline: the inquiry "told the truth about a decision" (to go to war)'),
  42: ('IQ', '', 'brother killed in Basra, families waiting for an apology'),
  43: ('IQ', '', ''),
  # obituary (rows 44-53)
  44: ('PF', '', 'hard: PF borderline: "spent two decades arguing with every leader the party had" (conflict with the leadership stated, though summary)'),
  46: ('PF', '', 'hard: PF borderline: backbench critic of his own government\'s policy, disliked by Jenkins (party figure against the party line)'),
  47: ('AU', '', 'AU: IMF crisis cuts, "you cannot cut your way to a fairer country" (definition is not limited to post-2010). PF 0: a speech, no faction stated'),
  48: ('AU', '', 'hard: AU borderline: fighting the Treasury for school spending, "there is no money... who gets it"'),
  50: ('PF', '', 'Militant expulsions, Bennites'),
  52: ('', '', 'hard: campaigning on miners\' pensions/adult education in retirement: passing -> AU 0'),
  # us_politics (rows 54-65)
  54: ('', '', 'US election only -> SR 0'),
  55: ('SR', '', ''),
  56: ('SR', '', ''),
  57: ('', '', 'hard: White House on the defeat and tariffs on European steel: no UK -> SR 0'),
  58: ('SR', '', 'British embassy in Washington reacting'),
  59: ('SR', '', 'IP 0: Gaza in a list of disagreements (rule 2)'),
  60: ('SR', '', ''),
  61: ('SR', '', ''),
  62: ('SR', '', ''),
  63: ('SR', '', 'US ambassador to London; PF 0 (fight is inter-party)'),
  64: ('SR', '', 'hard: SR borderline: No 10 on working with the new Congress, question on a plan'),
  65: ('SR', '', 'hard: SR borderline: British ambassador courting the senator = diplomacy between London and Washington, not only colour'),
},
'uk_dev3': {
  # brexit (rows 0-10)
  7: ('SR', '', 'US negotiators, UK-US trade deal, US ambassador with No 10'),
  8: ('PF', '', 'Labour backbench groups split on customs union/free movement'),
  9: ('', '', 'tuition fee cost to the Treasury is not austerity -> AU 0'),
  # byelection (rows 11-20)
  11: ('', '', 'PF 0: a voter\'s doubt (reading v10)'),
  14: ('', '', 'hard: NHS waiting list, "since 2010": no cuts stated -> AU 0'),
  15: ('AU', '', 'hard: AU borderline: the county council shut the library "to save £180,000 a year" (a spending cut and its local effect), not just a mention'),
  # councils (rows 21-29)
  21: ('AU', '', ''), 22: ('AU', '', ''), 23: ('AU', '', ''), 24: ('AU', '', ''),
  25: ('AU', '', 'social effects of the social-care squeeze on the hospital'),
  26: ('AU', '', ''), 27: ('AU', '', ''), 28: ('AU', '', ''), 29: ('AU', '', ''),
  # diary (rows 30-38)
  31: ('', '', 'hard: ministers\' aides arguing over a leaked seating plan: gossip, no faction or leadership struggle -> PF 0'),
  32: ('', '', 'hard: Tory grandee\'s disaffection, no conflict inside the party stated -> PF 0'),
  33: ('', '', 'hard: deputy-leadership joke that displeased the whips: no faction or challenge stated -> PF 0'),
  35: ('', '', '"we believe in scarcity" is a joke about wine -> AU 0'),
  37: ('PF', '', 'hard: "grown-ups" group of Labour MPs irritating the leader\'s office = a faction; not negated (the irritation is affirmed)'),
  # leadership (rows 39-48)
  39: ('PF', '', ''),
  40: ('', '', 'hard: the leadership race after a resignation (candidates, MP/donor backing, ballot dates) is the race itself -> PF 0 (readings v6, v18)'),
  41: ('PF', '', 'hard: not negated: "not a split" is undercut by "involves knives"'),
  42: ('PF', '', 'hard: PF: camps fight over the party\'s direction (pact with Reform, "suicide"), not mere positioning'),
  43: ('PF', '', 'party figure rejecting a candidate'),
  44: ('PF', '', 'One Nation letter, "usual suspects"'),
  45: ('PF', '', 'camps briefing against each other'),
  46: ('PF', '', 'whether she would serve in his cabinet (reading v6)'),
  47: ('', '', 'hard: members\' poll and spin = the race itself -> PF 0'),
  48: ('PF', '', '"we unite around the body"'),
},
}

def build(s):
    par = pd.read_csv(os.path.join(HERE, f'paragraphs_{s}.csv'))
    rows = []
    for i, r in par.iterrows():
        themes, neg, note = CODES[s].get(i, ('', '', ''))
        on = {KEY[k] for k in themes.split()}
        row = {'source': r.source, 'start': r.start, 'end': r.end}
        for t in THEMES:
            row[t] = int(t in on)
        for t in filter(None, neg.split(';')):
            assert t in on, (s, i, t)
        row['negated'] = neg
        row['notes'] = note
        rows.append(row)
    for i in CODES[s]:
        assert 0 <= i < len(par), (s, i)
    out = pd.DataFrame(rows, columns=['source', 'start', 'end'] + THEMES + ['negated', 'notes'])
    assert len(out) == len(par)
    assert (out[['source', 'start', 'end']].values == par[['source', 'start', 'end']].values).all()
    out.to_csv(os.path.join(HERE, f'codes_{s}.csv'), index=False)
    return out

if __name__ == '__main__':
    for s in CODES:
        o = build(s)
        print(s, len(o), {t: int(o[t].sum()) for t in THEMES}, 'negated', int((o.negated != '').sum()))
