"""Themes version 41: review 27b's left items on the PF anaphoric opening.

Invented British paragraphs only (invented names and places), each the paragraph after one
coded on its own evidence in the faction article (docs/notes/themes.md, "Version 41").
"""

from __future__ import annotations

import pytest

from tests.theme_paragraphs import AU, FACTION_ARTICLE, PF, paragraph_table
from tests.theme_paragraphs import FACTION_DEMAND as DEMAND
from tests.theme_paragraphs import coded as _coded


def _after_demand(text: str) -> tuple[bool, str, str]:
    """``text`` as the paragraph after DEMAND in the faction article: coded, evidence, source."""
    source = "\n".join(FACTION_ARTICLE + [DEMAND, text])
    table = paragraph_table(source)
    assert bool(table[f"{PF}_present"].iloc[-2])
    return bool(table[f"{PF}_present"].iloc[-1]), str(table[f"{PF}_evidence"].iloc[-1]), source


def _opening(evidence: str, source: str) -> str:
    """The text of the ``rule:continuation_anaphora`` span of ``evidence`` in ``source``."""
    entry = next(e for e in evidence.split("; ") if e.startswith("rule:continuation_anaphora@"))
    start, end = (int(x) for x in entry.rsplit("@", 1)[1].split("-"))
    return source[start:end]


# 1. (review 27b (b)) a demonstrative inside an opening quotation is the speaker's, not the
# writer's reference to the paragraph before
@pytest.mark.parametrize("text", [
    "\u201cThis is a good day for Britain,\u201d the Trade Secretary said of the steel deal "
    "at Port Carrow.",
    "\"That was the best pie I have eaten in Yorkshire,\" the judge at the Malton show said.",
    "\u2018These are the finest roses in Kent,\u2019 said the head gardener at Brenley.",
])
def test_a_demonstrative_inside_an_opening_quotation_is_no_reference(text: str) -> None:
    coded, evidence, _ = _after_demand(text)
    assert not coded and "continuation" not in evidence, evidence


# 2. (review 27b (c), tried and reverted by the lead) a contracted demonstrative is NOT read
# as an anaphoric opening: the first unread writer it met closed a newsletter with one
@pytest.mark.parametrize("text", [
    "That's all from Westbury for today. Back tomorrow at seven.",
    "That\u2019s it for this week from the seaside at Carrow.",
])
def test_a_contracted_sign_off_is_no_anaphoric_opening(text: str) -> None:
    coded, evidence, _ = _after_demand(text)
    assert not coded and "continuation" not in evidence, evidence


def test_the_writers_opening_before_a_quotation_is_still_a_reference() -> None:
    coded, evidence, source = _after_demand(
        "That demand, one MP for Harwood said, is \u201ca fantasy dressed up as a strategy\u201d.")
    assert coded, evidence
    assert _opening(evidence, source) == "That demand"


# 3. (review 27b (d)) austerity: a necessity `at` a venue is the venue's price, not a
# household's money
@pytest.mark.parametrize("text", [
    "We can't afford the food at the Ritz, the duke of Harwood joked to the diners.",
    "She wondered if they could afford the meals at the new restaurant in Mayfair.",
])
def test_a_venues_price_is_no_household_money(text: str) -> None:
    coded, evidence = _coded(text, AU)
    assert not coded and "afford" not in evidence, evidence


@pytest.mark.parametrize("text", [
    "Pensioners in Tilbrook who cannot afford their food at the end of the month queue at "
    "the church hall.",
    "Her mother wondered whether she could afford the bus home from the hospital in Ashby.",
    "There are families on the Brenley estate who can't afford the rent any more.",
])
def test_a_households_necessity_is_still_coded(text: str) -> None:
    coded, evidence = _coded(text, AU)
    assert coded and "afford" in evidence, evidence


# 4. (review 27b (a), in part) `those` before a preposition is a generic group of people, not a
# reference to the paragraph before (like "Those who ...", "Those of us ...")
@pytest.mark.parametrize("text", [
    "Those in the room at Brighton had heard it all before.",
    "Those at the back of the hall in Ashby stood for the anthem.",
])
def test_those_before_a_preposition_is_a_generic_group(text: str) -> None:
    coded, evidence, _ = _after_demand(text)
    assert not coded and "continuation" not in evidence, evidence


@pytest.mark.parametrize(("text", "opening"), [
    ("Those demands were put to the leader's office in Tilbrook on Monday.", "Those demands"),
    ("This in turn is why the whips in Ashby are worried.", "This in"),
])
def test_a_reference_before_or_without_a_preposition_is_still_coded(
        text: str, opening: str) -> None:
    coded, evidence, source = _after_demand(text)
    assert coded, evidence
    assert _opening(evidence, source) == opening
