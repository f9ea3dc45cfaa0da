"""Themes version 38: uk_dev10 opened; austerity and the conflict across ten writers.

Invented British paragraphs only (invented names and places). Each positive was uncoded by
the codebook before its step; each guard (the same words in other senses, or outside an
article about the theme) is uncoded after it. ``data/lexicons/themes.yml`` carries a ``v38``
comment at every change (docs/notes/themes.md, "Version 38").
"""

from __future__ import annotations

import pytest

from tests.theme_paragraphs import AU, AUSTERITY_ARTICLE, FACTION_ARTICLE, PF
from tests.theme_paragraphs import coded as _coded
from tests.theme_paragraphs import in_article as _in_article


# step 1: the library cue read within its own sentence (a span reaching back over earlier
# sentences was never counted and hid the paragraph's other cues)
@pytest.mark.parametrize("text", [
    "The treasurer has been through the budget twice since June. \u201cThere is nothing left "
    "to cut,\u201d she says. \u201cWe have already cut the library hours to two days a week.\u201d",
    "Every budget meeting this year has ended the same way. There are no more savings to "
    "find, the leader says, and the Eastfield library has already had its hours cut.",
])
def test_v38_the_library_sentence_leaves_the_other_cues_alone(text: str) -> None:
    coded, evidence = _coded(text, AU)
    assert coded and ("nothing left to cut" in evidence or "savings to find" in evidence), evidence


def test_v38_the_library_in_an_austerity_article_keeps_its_own_cue() -> None:
    text = ("The finance director went through the budget with me. \u201cThere is nothing "
            "left to cut,\u201d he says. \u201cWe closed the library in Hollins last spring.\u201d")
    coded, evidence = _in_article(AUSTERITY_ARTICLE, text, AU)
    assert coded and "library" in evidence and "nothing left to cut" in evidence, evidence


@pytest.mark.parametrize("text", [
    "The band cut their third album in a barn in Powys. The library of tapes they left "
    "behind is now in a museum.",
    "She saved the best joke for last. Afterwards she signed copies at the library.",
])
def test_v38_a_cut_and_a_library_in_two_sentences_are_no_cue(text: str) -> None:
    coded, evidence = _coded(text, AU)
    assert not coded and "library" not in evidence, evidence


# step 2: spending cuts and council finances in plain words (class (b)): a public budget cut
# with the verb first, councils that cannot balance their books, the funding settlement
@pytest.mark.parametrize("text", [
    "Twice she asked whether the autumn statement would cut the police budget in "
    "Humberside, and twice the minister talked about something else.",
    "Nine councils in the north-west have told ministers they cannot balance their books "
    "without selling buildings.",
])
def test_v38_a_public_budget_cut_or_a_council_unable_to_balance_its_books(text: str) -> None:
    coded, evidence = _coded(text, AU)
    assert coded and "term:" in evidence, evidence


def test_v38_the_funding_settlement_in_an_austerity_article() -> None:
    text = ("The funding settlement announced in December was, the treasurer says, "
            "\u201ca start\u201d.")
    coded, evidence = _in_article(AUSTERITY_ARTICLE, text, AU)
    assert coded and "funding settlement" in evidence, evidence


@pytest.mark.parametrize("text", [
    "The producers cut the film's budget by a third after the first week of shooting.",
    "The couple cut their wedding budget in half and spent the rest on a boiler.",
    "The rugby club could not balance its books after the sponsor walked away.",
    "The funding settlement for the new stadium was agreed by the owners on Friday.",
])
def test_v38_other_budgets_books_and_settlements_are_no_cue(text: str) -> None:
    coded, evidence = _coded(text, AU)
    assert not coded, evidence


# step 4: the cost of living told by a household's money (class (i)): its rent, bills or
# mortgage risen by a stated measure
@pytest.mark.parametrize("text", [
    "Nobody on the Fernhill estate asked her about the leadership. They asked why their rent "
    "had gone up by a quarter since Easter.",
    "\u201cMy heating bills have doubled this year,\u201d says Maureen, who is 71.",
    "Their mortgage payments went up by \u00a3400 a month when the fixed rate ended.",
])
def test_v38_a_households_rent_or_bills_risen_by_a_measure(text: str) -> None:
    coded, evidence = _coded(text, AU)
    assert coded and "term:" in evidence, evidence


@pytest.mark.parametrize("text", [
    "The rent on the market stall has gone up by a third since the new owners arrived.",
    "When she moved to a flat by the river her rent went up, and so did her spirits.",
    "Their rent of the shooting lodge was renewed for another five years.",
])
def test_v38_a_stalls_rent_or_a_move_is_no_cue(text: str) -> None:
    coded, evidence = _coded(text, AU)
    assert not coded, evidence


# step 4: review 24b's leftovers, narrowed: a household cue paid by someone else, or for a
# building; the governing benches as their age, their seats, or the other side's attack
@pytest.mark.parametrize("text", [
    "His grandparents pay his rent and his bills while he trains as an actor in Islington.",
    "The lottery grant covers the rent and the heating of the scout hut until March.",
])
def test_v38_necessities_paid_by_another_or_for_a_building_are_no_cue(text: str) -> None:
    coded, evidence = _in_article(AUSTERITY_ARTICLE, text, AU)
    assert not coded, evidence


def test_v38_a_household_paying_its_own_necessities_still_counts() -> None:
    text = "\u201cThe carer\u2019s allowance pays my rent and it pays my heating,\u201d she says."
    coded, evidence = _in_article(AUSTERITY_ARTICLE, text, AU)
    assert coded and "pays my rent" in evidence, evidence


@pytest.mark.parametrize("text", [
    "Not many on the Tory benches had even been born when the miners' strike ended.",
    "The government benches, their leather cracked and sagging, are uncomfortable after "
    "midnight.",
    "The Labour benches were uncomfortable as the shadow chancellor read out the list of "
    "hospital closures.",
])
def test_v38_the_benches_age_seats_or_the_other_sides_attack_are_no_cue(text: str) -> None:
    coded, evidence = _in_article(FACTION_ARTICLE, text, PF)
    assert not coded, evidence


def test_v38_the_governing_benches_uneasy_still_count() -> None:
    text = "Not everyone on the Labour benches was convinced by the Chancellor's answer."
    coded, evidence = _in_article(FACTION_ARTICLE, text, PF)
    assert coded and "benches" in evidence, evidence
