"""Themes version 29 (issue 16): codebook recall on British prose.

Invented British paragraphs only (invented names). Each positive is coded only through a cue
added in version 29 (docs/notes/themes.md, "Version 29"), so each fails on the codebook of
version 23 (main at da999e4); the guards are paragraphs that must stay uncoded: a party
merely named, rows between parties, a career succession, a US president's successor.
"""

from __future__ import annotations

import pytest

from tests.theme_paragraphs import AU
from tests.theme_paragraphs import coded as _coded
from tests.theme_paragraphs import paragraph_table as _table

IRAQ = "iraq_war_intelligence"


# step 1: one's own side pressing or criticising the leader (named rules, a strong term), and
# the mechanics of a Commons rebellion with restless members (two weak cues)
STEP1 = [
    ("The chancellor, Tom Ashworth, ended a week of pressure from his own benches by "
     "dropping the fuel duty rise.", "rule:pressure_from_own_side@"),
    ("NS: Is that a criticism of your own front bench?", "rule:pressure_from_own_side@"),
    ("How many of her own MPs have written to her asking her to drop the housing cap?",
     "rule:own_side_against_leader@"),
    ("Elected in 1974, Greta Mallinson made her name as a backbench critic of the Heath "
     "government's pay policy.", "term:backbench critic@"),
    ("Forty Conservative MPs have signed an amendment to the bill, and more are restless.",
     "weak:MPs have signed an amendment@"),
]


@pytest.mark.parametrize("text, cue", STEP1)
def test_v29_own_side_against_the_leader_is_coded(text: str, cue: str) -> None:
    coded, evidence = _coded(text)
    assert coded and cue in evidence, evidence


# step 2: a succession or a challenge told without "leadership"
STEP2 = [
    ("The row over the budget is really about who succeeds the prime minister.",
     "rule:succession_to_the_leader@"),
    ("A succession battle has begun in the Welsh party.", "term:succession battle@"),
    ("There is talk of a challenge in the spring, and Labour MPs are restless.",
     "weak:talk of a challenge@"),
    ("For twenty years Ivor Penhallow was arguing with every leader the party had, and his "
     "colleagues were restless.", "weak:arguing with every leader@"),
]


@pytest.mark.parametrize("text, cue", STEP2)
def test_v29_succession_and_challenge_are_coded(text: str, cue: str) -> None:
    coded, evidence = _coded(text)
    assert coded and cue in evidence, evidence


# step 3: an affiliated union's money, a side inside the party, a party said to drift (weak)
STEP3 = [
    ("'The left was told it would never win anything inside this party,' Dana Kerridge "
     "said; the union's political fund is now her lever.", "anything inside this party@"),
    ("Inside the SNP, the mood is darker: the MSPs are restless.", "weak:Inside the SNP,@"),
    ("Some of your colleagues say the party is drifting, and they are restless.",
     "weak:drifting@"),
]


@pytest.mark.parametrize("text, cue", STEP3)
def test_v29_inside_the_party_and_union_leverage_are_coded(text: str, cue: str) -> None:
    coded, evidence = _coded(text)
    assert coded and cue in evidence, evidence


# step 4: austerity in British plain words
STEP4 = [
    "Ministers will keep the two-child limit, the chancellor said.",
    "Lina Moreau called the plan the biggest cut to disability support in a decade.",
    "'You cannot cut your way to a fairer country,' Alf Brannigan told the hall.",
    "'Nobody came into politics to take money off disabled people,' said Kit Howell.",
    "When a rule tells you to cut capital spending in a recession, ask who it is for.",
    "MPs vote on a plan to tighten eligibility for the personal independence payment.",
    "The council faces a shortfall of £40m and has warned of closures to libraries and "
    "leisure centres.",
    "He fought the Treasury for every new school and was told there is no money.",
]


@pytest.mark.parametrize("text", STEP4)
def test_v29_austerity_in_plain_words_is_coded(text: str) -> None:
    coded, evidence = _coded(text, AU)
    assert coded, evidence


@pytest.mark.parametrize("text", [
    "He cut the ribbon at the new leisure centre.",
    "Interest rates were cut in March, and the pound rose.",
    "She cut short her holiday to return to London.",
])
def test_v29_a_cut_that_is_no_austerity_stays_uncoded(text: str) -> None:
    coded, evidence = _coded(text, AU)
    assert not coded, evidence


def test_v29_the_inquiry_is_the_war_only_in_an_article_about_it() -> None:
    """Step 5: in an article anchored in the Iraq war, "the inquiry" resolves to the war's."""
    anchored = ("The dossier on weapons of mass destruction was never sourced.\n"
                "Saddam Hussein had no WMD, the Chilcot report found.\n"
                "Ruth Fenwick told the inquiry she had doubts from the start.")
    table = _table(anchored)
    assert bool(table[f"{IRAQ}_present"].iloc[-1]), table[f"{IRAQ}_evidence"].iloc[-1]
    coded, evidence = _coded("Ruth Fenwick told the inquiry she had doubts from the start.",
                             IRAQ)
    assert not coded, evidence


# guards: paragraphs that must stay uncoded for party factionalism
GUARDS = [
    # a party merely named (guideline rule 2)
    "Labour's conference opens in Brighton on Sunday.",
    "The Conservative Party was founded long before the Liberal Democrats.",
    # rows between parties: pressure and letters from another party's MPs
    "The Conservative government faced pressure from Labour MPs over the cuts.",
    "Forty Labour MPs signed a letter to the Conservative chancellor about the bypass.",
    "The SNP and Labour clashed over the budget at Holyrood.",
    # a successor in an office that is no party's leadership (step 6), and a row over a car
    "His successor as party chairman was a dull man, and there was a row over a car.",
    # a president's successor is an election
    "Voters in November will decide who succeeds the president.",
    # the party's apparatus, not a side inside it
    "The campaign relies on building structure inside the party before polling day.",
    # a drifting boat, a restless night
    "The boat was drifting towards the rocks after a restless night.",
]


@pytest.mark.parametrize("text", GUARDS)
def test_v29_guards_stay_uncoded(text: str) -> None:
    coded, evidence = _coded(text)
    assert not coded, evidence


def test_v29_one_weak_cue_alone_does_not_code() -> None:
    """Each new weak cue needs company: alone (with a party in view) it is a hint."""
    for text in ("There is talk of a challenge, one Labour MP said.",
                 "Inside the party, the mood is calm.",
                 "Sixty MPs signed a letter to the council about the bypass.",
                 "The union's political fund gave money to the party again."):
        coded, evidence = _coded(text)
        assert not coded and "weak:" in evidence, (text, evidence)
