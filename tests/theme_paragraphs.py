"""Shared helpers for the theme-version tests (v29 onwards): code one invented paragraph with
the default codebook and read its flag and evidence."""

from __future__ import annotations

import pandas as pd

from helpers.instruments.themes import load_codebook
from helpers.instruments.themes.matching import theme_scores

PF = "party_factionalism"
AU = "austerity_inequality"


def paragraph_table(text: str) -> pd.DataFrame:
    """Paragraph table of ``text`` (one paragraph a line) with the default codebook."""
    return theme_scores(text, "paragraph", load_codebook())


def coded(text: str, theme: str = PF) -> tuple[bool, str]:
    """Whether the one paragraph ``text`` is coded for ``theme``, and its evidence."""
    table = paragraph_table(text)
    assert len(table) == 1
    return bool(table[f"{theme}_present"].iloc[0]), str(table[f"{theme}_evidence"].iloc[0])


def last_coded(paragraphs: list[str], theme: str = PF) -> tuple[bool, str]:
    """Whether the last of ``paragraphs`` (one article, one paragraph each) is coded for
    ``theme``, and its evidence (the continuation tests of v39, v40 and review 27b)."""
    table = paragraph_table("\n".join(paragraphs))
    assert len(table) == len(paragraphs)
    return bool(table[f"{theme}_present"].iloc[-1]), str(table[f"{theme}_evidence"].iloc[-1])


#: an article anchored in austerity (two paragraphs coded on their own evidence)
AUSTERITY_ARTICLE = [
    "Austerity has hollowed out Marlow Vale: the council has cut its budget for youth "
    "services by half since 2015.",
    "Food bank use in the town has trebled, and poverty among working families is rising.",
]


def in_article(lead: list[str], text: str, theme: str) -> tuple[bool, str]:
    """Whether ``text``, the paragraph after the ``lead`` paragraphs of one article, is coded
    for ``theme`` (every lead paragraph must be: the article is anchored), and its evidence."""
    table = paragraph_table("\n".join(lead + [text]))
    n = len(lead)
    assert table[f"{theme}_present"].tolist()[:n] == [True] * n
    return bool(table[f"{theme}_present"].iloc[n]), str(table[f"{theme}_evidence"].iloc[n])


SR = "special_relationship"
IP = "israel_palestine"

#: an article anchored in the UK-US relation (review 22b's, version 35's and review 23b's)
RELATION_ARTICLE = [
    "The special relationship between Britain and the United States has rarely looked so "
    "thin.",
    "Relations with Washington have cooled since the trade talks collapsed, and the UK-US "
    "trade deal is stalled.",
]

#: an article anchored in the Israeli-Palestinian conflict (review 22b's and version 35's)
CONFLICT_ARTICLE = [
    "The Foreign Secretary, Ruth Allard, told the Commons that a Palestinian state was "
    "\u201ca question of when, not if\u201d.",
    "Aid lorries were again held at the crossing into Gaza on Monday, the UN said.",
]

#: an article anchored in a party's struggle with itself (review 23b's)
FACTION_ARTICLE = [
    "Labour's civil war broke into the open as the left plotted to unseat the leader.",
    "Momentum activists are organising to deselect moderate MPs, and a leadership challenge is "
    "expected.",
]

#: a paragraph on the party's divide that the codebook codes for party factionalism on its own
#: evidence: the "paragraph before" of the continuation-rule tests (v40, v41, review 27b)
FACTION_DEMAND = ("The Socialist Campaign Group wants the whip restored to the rebels and a vote "
                  "on the leadership before the summer.")
