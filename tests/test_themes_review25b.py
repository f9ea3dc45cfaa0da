"""Review 25b: version 38's new austerity cues read in other senses.

Invented British paragraphs only (invented names and places). Each guard below was coded by
version 38's codebook (alone or as a later paragraph of an article anchored in austerity) and
is uncoded after the review's narrowing; each keep-test shows the cue's own sense still coded.
``data/lexicons/themes.yml`` carries a ``review 25b`` comment at every change
(docs/notes/themes.md, "Review 25b").
"""

from __future__ import annotations

import pytest

from tests.theme_paragraphs import AU, AUSTERITY_ARTICLE
from tests.theme_paragraphs import coded as _coded
from tests.theme_paragraphs import in_article as _in_article


# a public budget cut with the verb first: not a budget meeting, debate or hearing cut short
@pytest.mark.parametrize("text", [
    "The mayor of Eastby cut the council budget meeting short when the fire alarm went off.",
    "The chairman cut the police budget hearing short after the heckling from the gallery.",
])
def test_review25b_a_budget_meeting_cut_short_is_no_cut(text: str) -> None:
    coded, evidence = _in_article(AUSTERITY_ARTICLE, text, AU)
    assert not coded and "budget" not in evidence, evidence


def test_review25b_the_schools_budget_cut_still_codes() -> None:
    coded, evidence = _coded("Ministers at the Treasury want to cut the schools budget "
                             "again, by 3 per cent over two years.", AU)
    assert coded and "cut the schools budget" in evidence, evidence


# councils that cannot balance their books: no student or church council, and no other body
# named between the council and the books
@pytest.mark.parametrize("text", [
    "The student council could not balance its books after the summer ball lost money.",
    "The church council at St Aldhelm's cannot balance its books since the congregation "
    "shrank.",
    "The council chamber was packed; the rugby club across the road could not balance its "
    "books either.",
    "The council's bowls club, run by volunteers, struggles to balance its books.",
])
def test_review25b_a_club_or_a_student_council_is_no_local_authority(text: str) -> None:
    coded, evidence = _in_article(AUSTERITY_ARTICLE, text, AU)
    assert not coded and "balance" not in evidence, evidence


def test_review25b_a_borough_council_unable_to_balance_its_books_still_codes() -> None:
    coded, evidence = _coded("Harnford borough council has warned that it cannot balance its "
                             "books next year without selling the market hall.", AU)
    assert coded and "balance its books" in evidence, evidence


# funding settlement: the year's or the government's public money, not a stadium's, a
# divorce's or a research grant's
@pytest.mark.parametrize("text", [
    "The funding settlement for the new stadium was agreed with the league in March.",
    "The divorce included a funding settlement for the twins' school fees.",
    "The lab's research funding settlement from the charity was generous.",
])
def test_review25b_a_private_funding_settlement_is_no_cue(text: str) -> None:
    coded, evidence = _in_article(AUSTERITY_ARTICLE, text, AU)
    assert not coded and "settlement" not in evidence, evidence


@pytest.mark.parametrize("text", [
    "The provisional funding settlement was worse than the treasurer had feared.",
    "The funding settlement was, she said, at least better than last year's.",
])
def test_review25b_the_years_funding_settlement_still_codes_in_the_article(text: str) -> None:
    coded, evidence = _in_article(AUSTERITY_ARTICLE, text, AU)
    assert coded and "funding settlement" in evidence, evidence


# a household's rent risen by a measure: not a shop's, a café's, a gallery's or a landlord's
@pytest.mark.parametrize("text", [
    "Our rent went up by £200 a month, so we moved the shop round the corner to Mill Lane.",
    "My rent went up by 12 per cent, the café owner said, and she let two staff go.",
    "The landlord says his rent has gone up by a third because the estate raised the ground "
    "rent.",
    "Their rent has doubled in five years, and the gallery will close at Christmas.",
])
def test_review25b_a_business_rent_is_no_household_money(text: str) -> None:
    coded, evidence = _in_article(AUSTERITY_ARTICLE, text, AU)
    assert not coded and "rent" not in evidence, evidence


def test_review25b_a_tenants_rent_risen_by_a_measure_still_codes() -> None:
    coded, evidence = _coded("She told me her rent had gone up by a quarter in two years, and "
                             "the children now share a room.", AU)
    assert coded and "her rent had gone up by a quarter" in evidence, evidence
