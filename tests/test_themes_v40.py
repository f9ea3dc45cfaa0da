"""Themes version 40: uk_dev12 opened; the anaphoric opening for party factionalism.

Invented British paragraphs only (invented names and places). Each positive was uncoded by
the codebook before its step; each guard (the same words in other senses, or outside an
article about the theme) is uncoded after it. ``data/lexicons/themes.yml`` carries a ``v40``
comment at every change (docs/notes/themes.md, "Version 40").
"""

from __future__ import annotations

import pytest

from helpers.instruments.themes import load_codebook
from tests.theme_paragraphs import AU, FACTION_ARTICLE, PF, paragraph_table
from tests.theme_paragraphs import FACTION_DEMAND as DEMAND
from tests.theme_paragraphs import coded as _coded
from tests.theme_paragraphs import last_coded as _last


# step 1: the anaphoric opening (version 39's left item (a)) for party factionalism
def test_v40_the_paragraph_before_is_coded_on_its_own() -> None:
    table = paragraph_table("\n".join(FACTION_ARTICLE + [DEMAND]))
    assert table[f"{PF}_present"].tolist() == [True, True, True]
    assert "continuation" not in str(table[f"{PF}_evidence"].iloc[2])


@pytest.mark.parametrize("text", [
    "That demand is where the union and the whips' office part company.",
    "These are not requests Downing Street intends to grant before the recess.",
    "Such talk was unthinkable in Ashby a year ago.",
])
def test_v40_an_anaphoric_opening_after_a_coded_paragraph_is_coded(text: str) -> None:
    coded, evidence = _last(FACTION_ARTICLE + [DEMAND, text], PF)
    assert coded
    assert "rule:continuation_anaphora@" in evidence


@pytest.mark.parametrize("text", [
    "Those who were there will not forget the rain in Ashby that night.",
    "Those of us in the press gallery had seen it before.",
    "This week the pier at Saltmouth reopened after a winter of repairs.",
])
def test_v40_a_generic_group_or_a_time_is_no_reference(text: str) -> None:
    coded, evidence = _last(FACTION_ARTICLE + [DEMAND, text], PF)
    assert not coded and "continuation" not in evidence


def test_v40_an_anaphoric_opening_in_an_article_not_anchored_is_not_coded() -> None:
    lead = "The village fete opened at noon, and the rain held off until four."
    coded, _ = _last([lead, DEMAND,
                      "That demand is where the union and the whips' office part company."], PF)
    assert not coded


def test_v40_an_anaphoric_opening_after_an_uncoded_paragraph_is_not_coded() -> None:
    between = "The room was hot, and the windows in the committee corridor would not open."
    coded, _ = _last(FACTION_ARTICLE + [between, "That was the least of it."], PF)
    assert not coded


def test_v40_party_factionalism_reads_replies_and_anaphora_only() -> None:
    book = load_codebook()
    assert book[PF].continuation == ("reply", "anaphora")
    assert all(t.continuation == () for t in book.themes if t.id != PF)


# step 2: the cost of living told by a household's money (class (i)): people who cannot
# afford a necessity, or who can
@pytest.mark.parametrize("text", [
    "On the Kestrel estate, the warden says, there are pensioners who can't afford their "
    "heating after the first week of January.",
    "The charity's report calls the school holidays \u201ca test of who can afford to eat\u201d "
    "in Harwood.",
    "At the surgery in Dunmore she watched a mother work out whether she could afford the "
    "bus to the hospital.",
    "Tenants in the tower told the inquiry they were unable to afford to heat their flats.",
])
def test_v40_people_who_cannot_afford_a_necessity(text: str) -> None:
    coded, evidence = _coded(text, AU)
    assert coded and "term:" in evidence and "afford" in evidence, evidence


@pytest.mark.parametrize("text", [
    "The party cannot afford another summer of drift, a minister wrote to colleagues.",
    "Neither of our countries can afford to ignore the threat in the North Sea.",
    "We cannot afford to lose Ashby, she told the campaign meeting.",
    "The rugby club could not afford the rent on its ground and moved to Tilbrook.",
    "She could afford the rent on a flat in Kensington without a second thought.",
])
def test_v40_afford_in_other_senses_is_no_household_money(text: str) -> None:
    coded, evidence = _coded(text, AU)
    assert not coded and "afford" not in evidence, evidence
