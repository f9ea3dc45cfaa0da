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
