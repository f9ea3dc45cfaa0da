"""Review 27b: narrowings of themes version 40 (the PF anaphoric opening, austerity's `afford`).

Invented British paragraphs only (invented names and places). Each guard was coded by version
40 and is uncoded after the narrowing; each keep-test is a reference or a household's bill the
rule is for, coded before and after (docs/notes/themes.md, "Review 27b").
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
    return bool(table[f"{PF}_present"].iloc[-1]), str(table[f"{PF}_evidence"].iloc[-1]), source


# 1. the anaphoric opening: a time read through a possessive or after a modifier, more times,
# and a concessive marker are no reference to the paragraph before
@pytest.mark.parametrize("text", [
    "This year's harvest in Kent was the earliest the growers at Brenley can remember.",
    "This week\u2019s forecast for Saltmouth is dry, with a breeze off the estuary.",
    "That same afternoon the Bank held interest rates at 4.5 per cent.",
    "That very night the river at Dunmore burst its banks.",
    "These last few days have been the hottest of the year in Harwood.",
    "Those two days in Hove were the sunniest of the summer.",
    "That Tuesday the council in Tilbrook closed three of its libraries.",
    "This Christmas the shops on Ashby high street opened at six.",
    "That said, the economy grew by 0.3 per cent in the second quarter.",
    "That being said, the trains from Paddington ran on time all week.",
])
def test_a_time_or_a_concessive_marker_is_no_reference(text: str) -> None:
    coded, evidence, _ = _after_demand(text)
    assert not coded and "continuation" not in evidence, evidence


@pytest.mark.parametrize(("text", "opening"), [
    ("That last demand is where the union and the whips' office part company.", "That last"),
    ("These two demands are where the talks in Ashby broke down.", "These two"),
    ("That same demand was made in Tilbrook in 1981, and refused.", "That same"),
])
def test_a_reference_after_a_modifier_is_still_coded(text: str, opening: str) -> None:
    coded, evidence, source = _after_demand(text)
    assert coded, evidence
    entry = next(e for e in evidence.split("; ") if e.startswith("rule:continuation_anaphora@"))
    start, end = (int(x) for x in entry.rsplit("@", 1)[1].split("-"))
    # the recorded span is the opening words, in the article's own offsets
    assert source[start:end].rstrip(",") == opening


def test_a_continued_paragraph_does_not_continue_the_next() -> None:
    table = paragraph_table("\n".join(FACTION_ARTICLE + [
        DEMAND, "That demand is where the union and the whips' office part company.",
        "That is also what the rail unions said about the new timetable."]))
    assert table[f"{PF}_present"].tolist() == [True, True, True, True, False]


# 2. austerity: `the bill` (singular, after `the`) is a Commons bill, a restaurant's or the
# state's, not a household's
@pytest.mark.parametrize("text", [
    "The Chancellor asked who can afford the bill for the new frigates at Rosyth.",
    "Whether they could afford to pay the bill for the Tilbrook tram, the councillors said, "
    "was a matter for the review.",
])
def test_the_bill_is_no_household_bill(text: str) -> None:
    coded, evidence = _coded(text, AU)
    assert not coded and "afford" not in evidence, evidence


@pytest.mark.parametrize("text", [
    "Pensioners in Harwood who cannot afford their bill from the gas company ring the "
    "helpline.",
    "Families on the Kestrel estate who can't afford the bills are cutting back on food.",
    "Tenants in the tower who cannot afford to pay their bill face being cut off.",
])
def test_a_household_bill_is_still_coded(text: str) -> None:
    coded, evidence = _coded(text, AU)
    assert coded and "afford" in evidence, evidence
