"""Themes version 32 (issue 16): what the codebook still misses across five British writers.

Invented British paragraphs only (invented names and places). Each step works on a statement
class seen in at least two writers' readable development sets (docs/notes/themes.md, "Version
32"); each positive below is uncoded by the codebook before its step, and each guard (an
ordinary sense of a new cue) stays uncoded before and after.
"""

from __future__ import annotations

import pytest

from tests.theme_paragraphs import AU
from tests.theme_paragraphs import coded as _coded
from tests.theme_paragraphs import paragraph_table as _table

# an article anchored in austerity (two paragraphs coded on their own evidence): one weak cue
# of a paragraph's own decides it there
AUSTERITY_ARTICLE = [
    "Austerity has hollowed out Marlow Vale: the council has cut its budget for youth "
    "services by half since 2015.",
    "Food bank use in the town has trebled, and poverty among working families is rising.",
]


def _in_austerity_article(text: str) -> tuple[bool, str]:
    table = _table("\n".join(AUSTERITY_ARTICLE + [text]))
    assert table[f"{AU}_present"].tolist()[:2] == [True, True]
    return bool(table[f"{AU}_present"].iloc[2]), str(table[f"{AU}_evidence"].iloc[2])


# step 1 (class (b)): cuts to local government and money removed from council budgets
@pytest.mark.parametrize("text, cue", [
    ("Ten years of cuts to local government have left Brackley with a third of its "
     "planning officers.", "term:cuts to local government@"),
    ("Every pound stripped out of council budgets for prevention came back within five "
     "years as emergency spending.", "term:stripped out of council budgets@"),
])
def test_v32_cuts_to_local_government_are_coded(text: str, cue: str) -> None:
    coded, evidence = _coded(text, AU)
    assert coded and cue in evidence, evidence


def test_v32_council_spending_argued_over_is_decided_by_an_austerity_article() -> None:
    coded, evidence = _in_austerity_article(
        "A rival think-tank accuses the authors of treating council spending as untouchable.")
    assert coded and "weak:council spending@" in evidence, evidence


@pytest.mark.parametrize("text", [
    "The mayor's photograph was removed from the council website after the complaint.",
    "Council budgets are published every March, the clerk told the meeting.",
    "The local government correspondent has covered Brackley for thirty years.",
])
def test_v32_council_words_in_ordinary_senses_stay_uncoded(text: str) -> None:
    coded, evidence = _coded(text, AU)
    assert not coded, evidence


# step 2 (class (a)): a benefit named by its kind, its claimants, a cut called by its kind
@pytest.mark.parametrize("text, cue", [
    ("The department published its overhaul of incapacity benefits on Monday.",
     "weak:incapacity benefits@"),
    ("Spending on health-related benefits has risen by a quarter since 2019.",
     "weak:health-related benefits@"),
    ("\u201cShe will be a new claimant,\u201d her father said, \u201cso she is the one they "
     "are saving on.\u201d", "weak:new claimant@"),
    ("\u201cThis is a stealth cut dressed up as a reform,\u201d the economist said.",
     "weak:stealth cut@"),
])
def test_v32_a_benefit_its_claimants_and_a_cut_are_decided_by_an_austerity_article(
        text: str, cue: str) -> None:
    coded, evidence = _in_austerity_article(text)
    assert coded and cue in evidence, evidence


@pytest.mark.parametrize("text", [
    "The benefits of a daily walk are well known to her patients.",
    "The claimant's lawyer told the tribunal that the contract had been broken.",
    "The butcher sold the last cuts of lamb before noon.",
    "His haircut, a permanent cut above the collar, was the talk of the office.",
])
def test_v32_benefit_and_cut_words_in_ordinary_senses_stay_uncoded(text: str) -> None:
    coded, evidence = _coded(text, AU)
    assert not coded, evidence


def test_v32_new_claimants_alone_outside_an_austerity_article_stay_uncoded() -> None:
    coded, evidence = _coded("New claimants queued outside the insurer's office in Leek.", AU)
    assert not coded, evidence


# step 3 (class (c)): a burden that falls hardest on those who have least
@pytest.mark.parametrize("text", [
    "The new council tax band fell hardest on the families who had least.",
    "A flat levy set by the government hits the lowest-paid hardest, and those on the lowest "
    "incomes most of all.",
])
def test_v32_a_burden_on_those_with_least_is_coded(text: str) -> None:
    coded, evidence = _coded(text, AU)
    assert coded and "hardest@" in evidence, evidence


@pytest.mark.parametrize("text", [
    "The frost hit hardest on the hill farms above Carrow.",
    "The side with the least possession won the cup in the end.",
    "Of the three brothers, Tom was hit hardest by their father's death.",
])
def test_v32_hardest_and_least_in_ordinary_senses_stay_uncoded(text: str) -> None:
    coded, evidence = _coded(text, AU)
    assert not coded, evidence


# step 4 (class (d)): the fiscal frame of a spending decision, in an austerity article
@pytest.mark.parametrize("text, cue", [
    ("\u201cYes or no: will she reverse it before the Budget?\u201d", "weak:the Budget@"),
    ("The Office for Budget Responsibility scored the savings at \u00a32bn by 2030.",
     "weak:Office for Budget Responsibility@"),
    ("\u201cWe inherited a fiscal position that does not let us do everything at once,\u201d "
     "the minister said.", "weak:fiscal position@"),
    ("\u201cI believe in an economy that can pay for decent public services,\u201d he said.",
     "public services@"),
])
def test_v32_the_fiscal_frame_is_decided_by_an_austerity_article(text: str, cue: str) -> None:
    coded, evidence = _in_austerity_article(text)
    assert coded and cue in evidence, evidence


@pytest.mark.parametrize("text", [
    "The wedding went over budget, and the bride blamed the caterers.",
    "She faced tough choices on the menu: the lamb or the fish.",
    "The club's fiscal year ends in June, the treasurer said.",
])
def test_v32_fiscal_words_in_ordinary_senses_stay_uncoded(text: str) -> None:
    coded, evidence = _coded(text, AU)
    assert not coded, evidence


def test_v32_the_fiscal_rules_are_no_cue_of_their_own() -> None:
    coded, evidence = _in_austerity_article(
        "NS: You once called the fiscal rules a comfort blanket. Do you still think so?")
    assert not coded, evidence


# step 5 (special relationship, class (s-a)): a member of Congress by office, with the UK side
# in the same sentence
SR = "special_relationship"


@pytest.mark.parametrize("text", [
    "Whitehall was alarmed by a senator's letter asking whether British intelligence could "
    "still be shared in full.",
    "Two congressmen told the Foreign Office that the trade bill would not pass this year.",
])
def test_v32_a_member_of_congress_and_the_uk_side_are_coded(text: str) -> None:
    coded, evidence = _coded(text, SR)
    assert coded and "rule:uk_and_us_in_sentence@" in evidence, evidence


@pytest.mark.parametrize("text", [
    "The senator from Ohio praised the new bridge over the river.",
    "A senator-elect from Maine is touring the shipyards this week.",
    "The congressional hearing on rail safety ran into a third day.",
])
def test_v32_a_member_of_congress_without_the_uk_side_stays_uncoded(text: str) -> None:
    coded, evidence = _coded(text, SR)
    assert not coded, evidence


# step 6 (classes (b) and the Treasury fight): council tax; the Treasury unpersuaded or refusing
@pytest.mark.parametrize("text, cue", [
    ("Asked whether the county should raise council tax again, the leader shrugged.",
     "weak:council tax@"),
    ("The Treasury, an aide admitted, had \u201cnot yet been persuaded\u201d to find the money.",
     "not yet been persuaded@"),
    ("The Treasury refused to cover the shortfall in the schools budget.", "weak:Treasury"),
])
def test_v32_council_tax_and_the_treasury_refusing_are_decided_by_an_austerity_article(
        text: str, cue: str) -> None:
    coded, evidence = _in_austerity_article(text)
    assert coded and cue in evidence, evidence


@pytest.mark.parametrize("text", [
    "Her flat is a short walk from the Treasury, and she walks it every morning.",
    "Two former Treasury officials sit on the institute's board.",
])
def test_v32_the_treasury_as_a_place_or_a_career_stays_uncoded_in_an_austerity_article(
        text: str) -> None:
    coded, evidence = _in_austerity_article(text)
    assert not coded, evidence
