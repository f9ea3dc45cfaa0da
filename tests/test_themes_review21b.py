"""Review 21b (themes version 33): three v33 cues read too widely (invented text).

The v33 term took any ``sanctioned`` up to 150 characters after a claimant or a jobcentre,
across a semicolon and whoever did the sanctioning: a firm sanctioned by regulators in a
claimant's lawyer's words, or a country sanctioned after a clause about the jobcentre
network, read as welfare's machinery. Only the jobcentre's own people sanction a claimant.
The weak cue of a council's legal, balanced budget had both words optional (any ``set a
budget``), and rule ``party_backbenchers_critical`` coded an opposition's backbenchers
criticising the government. Each negative below fails before the review's change.
"""

from __future__ import annotations

import pytest

from tests.test_themes_v33 import AUSTERITY_ARTICLE
from tests.theme_paragraphs import AU, PF, paragraph_table
from tests.theme_paragraphs import coded as _coded


@pytest.mark.parametrize("text", [
    "The claimant's lawyer said the company was sanctioned by regulators for price fixing.",
    "Ministers agreed new measures on Russia, and the Treasury said the jobcentre network "
    "would be expanded; Iran was sanctioned too.",
])
def test_review21b_a_sanction_by_a_regulator_or_past_a_semicolon_is_no_benefit_sanction(
        text: str) -> None:
    coded, evidence = _coded(text, AU)
    assert not coded, evidence


@pytest.mark.parametrize("text", [
    "A claimant in Hartwell told me she had been sanctioned by her work coach twice this year.",
    "Outside the jobcentre, Dana Pell said she was sanctioned by the DWP for a late form.",
])
def test_review21b_a_sanction_by_the_jobcentre_s_people_is_still_coded(text: str) -> None:
    coded, evidence = _coded(text, AU)
    assert coded, evidence


def _in_austerity_article(text: str) -> tuple[bool, str]:
    table = paragraph_table("\n".join(AUSTERITY_ARTICLE + [text]))
    assert table[f"{AU}_present"].tolist()[:2] == [True, True]
    return bool(table[f"{AU}_present"].iloc[2]), str(table[f"{AU}_evidence"].iloc[2])


def test_review21b_a_studio_setting_a_budget_is_no_cue_in_an_austerity_article() -> None:
    # the v33 weak cue meant a council's legal, balanced budget; both words were optional
    coded, evidence = _in_austerity_article(
        "The studio set a budget of £40m for the film, and shooting begins in Leeds.")
    assert not coded, evidence


@pytest.mark.parametrize("text", [
    "The authority said it had no choice but to set a legal budget by March.",
    "The authority said in a statement that it had no choice but to set a balanced budget.",
])
def test_review21b_a_legal_or_balanced_budget_is_still_the_weak_cue(text: str) -> None:
    coded, evidence = _in_austerity_article(text)
    assert coded and "weak:set a " in evidence, evidence


# v33 rule party_backbenchers_critical read any criticism near a party's backbenchers: the
# opposition's backbenchers attacking the government (or the government's the opposition)
# is the ordinary business of the Commons, no faction
@pytest.mark.parametrize("text", [
    "Conservative backbenchers were openly critical of the Labour government's plan for the "
    "railways.",
    "Labour backbenchers were furious with the Conservative government over the closures.",
    "Government backbenchers accused the opposition of hypocrisy over the levy.",
])
def test_review21b_backbenchers_criticising_another_party_are_no_faction(text: str) -> None:
    coded, evidence = _coded(text, PF)
    assert not coded, evidence


@pytest.mark.parametrize("text", [
    "Labour backbenchers were openly critical of the Labour government's plan for the "
    "railways.",
    "Tory backbenchers were furious with the Conservative leadership over the closures.",
])
def test_review21b_backbenchers_criticising_their_own_party_are_still_coded(text: str) -> None:
    coded, evidence = _coded(text, PF)
    assert coded and "rule:party_backbenchers_critical@" in evidence, evidence
