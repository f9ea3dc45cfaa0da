"""Themes version 36: the policy by a short name, a household's money, review 23b's leftovers.

Invented British paragraphs only (invented names and places). Each positive below was uncoded
by the codebook before its step and each guard was coded by it where the step narrows a cue;
``data/lexicons/themes.yml`` carries a ``v36`` comment at every change (docs/notes/themes.md,
"Version 36").
"""

from __future__ import annotations

import pytest

from tests.theme_paragraphs import AU, AUSTERITY_ARTICLE
from tests.theme_paragraphs import coded as _coded
from tests.theme_paragraphs import in_article as _in_article


# step 1: the article's policy by a short name, "the freeze", "the bill" (class (d))
@pytest.mark.parametrize("text", [
    "Ministers say an amendment to lift the freeze for families with children would cost "
    "£900m a year.",
    "The bill, the minister insisted at the despatch box, would restore the link between "
    "effort and reward.",
])
def test_v36_the_policy_by_a_short_name_in_an_austerity_article(text: str) -> None:
    coded, evidence = _in_article(AUSTERITY_ARTICLE, text, AU)
    assert coded and "article:" in evidence, evidence


@pytest.mark.parametrize("text", [
    "The big freeze of that winter closed the village school for a week.",
    "Pipes burst all over the estate in the deep freeze, and the plumber was booked up.",
    "The vicar footed the bill for the tea and cakes afterwards.",
    "The bill for the lunch came to £40, which he paid without a word.",
    "She said the old bill had never once come round to the flat when it mattered.",
])
def test_v36_a_freeze_or_a_bill_in_other_senses_is_no_policy(text: str) -> None:
    coded, evidence = _in_article(AUSTERITY_ARTICLE, text, AU)
    assert not coded, evidence


def test_v36_a_short_name_outside_an_austerity_article_is_no_cue() -> None:
    coded, evidence = _coded("The bill, the minister said, would make the railways run on "
                             "time, and lift the freeze on new stations.", AU)
    assert not coded, evidence


# step 2: the cost of living told by a household's money (class (i))
@pytest.mark.parametrize("text", [
    "After the rent goes out, the Parrys have about £75 a week to live on, she says.",
    "“It pays my rent and it pays my heating, and that is all it does,” he said.",
    "Rent, heating and food still have to be paid for while you wait for the operation.",
])
def test_v36_a_households_money_in_an_austerity_article(text: str) -> None:
    coded, evidence = _in_article(AUSTERITY_ARTICLE, text, AU)
    assert coded and "weak:" in evidence, evidence


@pytest.mark.parametrize("text", [
    "They bought an old narrowboat to live on when the children left home.",
    "She pays the rent on the shop and the rates on the flat above it.",
    "He paid for the food and the wine at the reception, and the band too.",
])
def test_v36_a_home_or_one_payment_is_no_cost_of_living(text: str) -> None:
    coded, evidence = _in_article(AUSTERITY_ARTICLE, text, AU)
    assert not coded, evidence


def test_v36_a_households_money_alone_is_weak() -> None:
    coded, evidence = _coded("After the rent goes out, the Parrys have about £75 a week to "
                             "live on, she says.", AU)
    assert not coded, evidence
