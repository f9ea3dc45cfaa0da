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
