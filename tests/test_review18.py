"""Review 18 (session 29's merges): invented text for the bugs fixed, each failing before.

- quotes round 50's dash source (``"…" – a Labour whip, on …``) lost to the sentence-subject
  guess when the briefing line opened the article (``Line of the week`` read as a name);
- themes v29's austerity cue ``cut … way out`` coded a walk in the woods, and its two named
  party-factionalism rules coded a hospital's or a club's ``own colleagues`` / ``own members``.
"""

from __future__ import annotations

import pytest

from helpers.instruments.quotes import extract_quotes_text
from helpers.instruments.themes import load_codebook
from helpers.instruments.themes.matching import theme_scores

FIRST_LINE = ("Morning note\n\n"
              "Line of the week: \u201cI have seen tidier jumble sales in Rochdale.\u201d \u2013 a "
              "Conservative whip, on the party conference.\n")


@pytest.mark.parametrize("ranker", [None, "default"])
def test_a_dash_source_in_the_first_paragraph_beats_the_label(ranker):
    df = extract_quotes_text(FIRST_LINE, ranker=ranker)
    row = df[df["text"].str.contains("tidier jumble", regex=False)]
    assert len(row) == 1
    assert row.iloc[0]["speaker"] == "a Conservative whip"


def _coded(text: str, theme: str) -> bool:
    table = theme_scores(text, "paragraph", load_codebook())
    return bool(table[f"{theme}_present"].iloc[0])


@pytest.mark.parametrize("text", [
    "The hikers cut their way out of the thicket and found the road.",
    "The firemen cut their way to the trapped driver in minutes.",
])
def test_cutting_a_path_is_no_austerity(text):
    assert not _coded(text, "austerity_inequality")


@pytest.mark.parametrize("text", [
    "You cannot cut your way to a fairer country, she told the hall.",
    "We will not cut our way out of the recession, the shadow chancellor said.",
])
def test_cutting_ones_way_to_growth_or_out_of_a_slump_stays_austerity(text):
    assert _coded(text, "austerity_inequality")


@pytest.mark.parametrize("text", [
    "Her own colleagues at the hospital signed a letter urging the board to rethink the rota.",
    "The club captain met anger among his own members over the new green fees.",
])
def test_a_workplace_or_a_club_is_no_party_faction(text):
    assert not _coded(text, "party_factionalism")


def test_own_mps_against_the_leader_stays_coded():
    assert _coded("How many of her own MPs have written to her asking her to drop the cap?",
                  "party_factionalism")
