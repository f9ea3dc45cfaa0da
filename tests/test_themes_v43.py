"""Themes version 43: uk_dev14 opened; real-news evidence first.

Invented British paragraphs only (invented names and places). Each positive was uncoded by
the codebook before its step; each guard (the same words in other senses, or outside an
article about the theme) is uncoded after it. ``data/lexicons/themes.yml`` carries a ``v43``
comment at every change (docs/notes/themes.md, "Version 43").
"""

from __future__ import annotations

import pytest

from tests.theme_paragraphs import FACTION_ARTICLE, PF, in_article
from tests.theme_paragraphs import coded as _coded


# step 1: party factionalism (a) told as the blame after a defeat: recriminations (weak)
@pytest.mark.parametrize(("text", "article"), [
    ("The recriminations inside the Labour group on Tamworth council began before the last "
     "ward was declared, and a Socialist Campaign Group councillor blamed the leader.", False),
    ("The agent for Fenwick Moor expects the recriminations to begin on Monday, whatever the "
     "count says.", True),
])
def test_v43_recriminations_in_a_party_are_coded(text: str, article: bool) -> None:
    coded, evidence = in_article(FACTION_ARTICLE, text, PF) if article else _coded(text, PF)
    assert coded
    assert "weak:recriminations@" in evidence


@pytest.mark.parametrize("text", [
    "The divorce in Harrogate ended in bitter recriminations over the house and the dog.",
    "After the cup defeat at Gateshead the recriminations in the dressing room went on until "
    "midnight.",
])
def test_v43_recriminations_with_no_party_in_view_are_not_coded(text: str) -> None:
    coded, _ = _coded(text, PF)
    assert not coded
