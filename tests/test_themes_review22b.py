"""Review 22b of themes version 34: ordinary senses of the version-34 cues that coded a paragraph.

Invented British (and one American) paragraphs only, invented names and places. Each guard
below was coded by the version-34 codebook (the test failed before review 22b's narrowing in
``data/lexicons/themes.yml``); the positives keep version 34's intended readings coded.
"""

from __future__ import annotations

import pytest

from tests.theme_paragraphs import (
    AU,
    AUSTERITY_ARTICLE,
    CONFLICT_ARTICLE,
    IP,
    RELATION_ARTICLE,
    SR,
)
from tests.theme_paragraphs import coded as _coded
from tests.theme_paragraphs import in_article as _in_article


# a cap on care costs that are no social care (a strong term: it coded any article)
@pytest.mark.parametrize("text", [
    "President Delaney signed a cap on health care costs for older Americans, the White "
    "House said.",
    "The insurer put a cap on veterinary care costs, to the fury of dog owners in Hexley.",
    "The kennel's cap on pet care costs was welcomed by the owners.",
])
def test_r22b_a_cap_on_health_or_pet_care_costs_stays_uncoded(text: str) -> None:
    coded, evidence = _coded(text, AU)
    assert not coded, evidence


def test_r22b_a_cap_on_lifetime_social_care_costs_is_still_coded() -> None:
    coded, evidence = _coded("The promised cap on adult social care costs has been shelved "
                             "again, the leader of Hexley council said.", AU)
    assert coded and "term:" in evidence, evidence


# weak AU cues in their ordinary senses, in an austerity article (one weak cue decides there)
@pytest.mark.parametrize("text", [
    "The pet's care costs have soared: the vet charged Ellen Voss \u00a3900 last month.",
    "Reform's regressive nationalism is the real danger, the councillor said.",
    "It was a regressive move in a game that rewards attack, the coach said afterwards.",
    "Regressive autism affects a minority of the children the Pelham clinic sees.",
])
def test_r22b_pet_care_costs_and_non_fiscal_regressive_stay_uncoded_in_an_austerity_article(
        text: str) -> None:
    coded, evidence = _in_article(AUSTERITY_ARTICLE, text, AU)
    assert not coded, evidence


@pytest.mark.parametrize("text", [
    "In plain terms, the delay is regressive.",
    "The minister called the council tax rise a regressive tax on the poorest streets.",
    "Economists at the Hallam institute say the freeze is deeply regressive because the "
    "poorest spend more of their income on energy.",
])
def test_r22b_a_regressive_charge_still_decides_in_an_austerity_article(text: str) -> None:
    coded, evidence = _in_article(AUSTERITY_ARTICLE, text, AU)
    assert coded and "weak:" in evidence, evidence


# AU article words ("the limit", "the cap", "the rules") in idioms and in other rules
@pytest.mark.parametrize("text", [
    "She was stopped by police on the A34 and found to be over the limit.",
    "For the twins who opened the new bakery on Mill Street, the sky is the limit.",
    "If the cap fits, wear it, said the councillor.",
    "He tipped the cap to the crowd and walked off the pitch.",
    "The rules of the Commons give the Speaker the final say over which amendments are "
    "called.",
    "The rules of the Labour Party require a ballot of members before any challenge.",
])
def test_r22b_idioms_and_parliamentary_rules_stay_uncoded_in_an_austerity_article(
        text: str) -> None:
    coded, evidence = _in_article(AUSTERITY_ARTICLE, text, AU)
    assert not coded, evidence


# IP article words: a person's or a union's recognition, other states
@pytest.mark.parametrize("text", [
    "Allard won recognition for her work on refugees long before she entered Parliament.",
    "Union recognition at the Whitfield plant came only after a three-year fight.",
    "Recognition of his achievements came late: he was knighted at 80.",
    "He has spent a career seeking recognition as a serious writer.",
    "The minister refused to recognise the Islamic State as anything but a death cult.",
    "Voters will not recognise the state pension changes until 2028, the minister said.",
])
def test_r22b_a_persons_or_unions_recognition_stays_uncoded_in_an_article_about_the_conflict(
        text: str) -> None:
    coded, evidence = _in_article(CONFLICT_ARTICLE, text, IP)
    assert not coded, evidence


@pytest.mark.parametrize("text", [
    "The delegation from Nablus thanked the minister for the recognition and asked for more.",
    "Ramallah has sought recognition as a full member state at the UN for a decade.",
])
def test_r22b_recognition_of_the_state_is_still_coded_in_an_article_about_the_conflict(
        text: str) -> None:
    coded, evidence = _in_article(CONFLICT_ARTICLE, text, IP)
    assert coded and "article:recognition" in evidence, evidence


# SR: "a relationship" as a person's status, in an article about the relation
def test_r22b_being_in_a_relationship_stays_uncoded_in_an_article_about_the_relation() -> None:
    coded, evidence = _in_article(
        RELATION_ARTICLE,
        "Her deputy has been in a relationship that began at Oxford; his partner is a lawyer.",
        SR)
    assert not coded, evidence
