"""Themes version 42: uk_dev13 opened; real-news evidence first.

Invented British paragraphs only (invented names and places). Each positive was uncoded by
the codebook before its step; each guard (the same words in other senses, or outside an
article about the theme) is uncoded after it. ``data/lexicons/themes.yml`` carries a ``v42``
comment at every change (docs/notes/themes.md, "Version 42").
"""

from __future__ import annotations

import pytest

from tests.theme_paragraphs import AU
from tests.theme_paragraphs import coded as _coded


# step 1: austerity (i), a choice between two of a household's necessities
@pytest.mark.parametrize(("text", "span"), [
    ("\u201cHalf the mothers I see are choosing between the gas meter and their children\u2019s "
     "shoes,\u201d the health visitor in Grimsby said.", None),
    ("\u201cI have met a pensioner in Rhyl choosing between her heating and her "
     "prescriptions,\u201d the MP told the Commons.",
     "choosing between her heating and her prescriptions"),
    ("By February, the families on the Fairholme estate had to choose between eating and "
     "heating.", "choose between eating and heating"),
    ("In Barrow, the old question of heat or eat has come back with the frost.", "heat or eat"),
])
def test_v42_a_choice_between_two_necessities_is_coded(text: str, span: str | None) -> None:
    coded, evidence = _coded(text, AU)
    assert coded
    assert "term:" in evidence
    if span:
        assert f"term:{span}@" in evidence


@pytest.mark.parametrize("text", [
    "The couple in Hove are choosing between gas and electricity for the new extension.",
    "The builders were choosing between gas and electric hobs for the kitchen in Frome.",
    "She was choosing between the food and the wine for the wedding in Ludlow.",
    "The couple were choosing between the rent and the mortgage options on offer in Bath.",
    "The chef is choosing between the fuel and the food suppliers for the new caf\u00e9 in "
    "Truro.",
])
def test_v42_a_choice_of_supply_or_of_a_menu_is_no_hardship(text: str) -> None:
    coded, _ = _coded(text, AU)
    assert not coded
