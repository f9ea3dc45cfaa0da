"""report.theme_views gives the instrument's KWIC and collocate tables without matching again."""

from __future__ import annotations

from collections import Counter

import pytest

from helpers.core.corpus import Corpus, load_corpus, segment_text
from helpers.core.keyness import tokens
from helpers.core.paths import DEFAULT_CORPUS
from helpers.instruments import themes as th
from helpers.report import theme_views as tv

INVENTED = """Rebels and loyalists

The party's rebels met on Monday. Loyalists said the rebels’ plan would split the party.

A faction of MPs backed the leader; another faction called the leadership weak and divided.

Ministers met their American counterparts in Washington to discuss the alliance.
"""


def test_token_counts_equal_counting_tokens_one_text_at_a_time() -> None:
    texts = ["The party’s rebels' plan: hard-left, HARD-LEFT and James's view.", "",
             "Line one\nline two — O’Brien's 2019 vote", "rebels\nrebels"]
    expected = Counter(t for text in texts for t in tokens(text))
    assert tv.token_counts(texts) == expected
    assert tv.token_counts(texts)["party"] == 1 and tv.token_counts(texts)["rebels"] == 3


def corpus_named(which: str, invented: str) -> Corpus:
    """The default corpus (skips the test when absent) or ``invented`` segmented."""
    if which == "default":
        if not DEFAULT_CORPUS.exists():
            pytest.skip(f"the default corpus {DEFAULT_CORPUS} is absent (third-party text in "
                        "../shared beside the clone, or $NS_SHARED_DATA)")
        return load_corpus(DEFAULT_CORPUS)
    return segment_text(invented, source="invented.txt")


@pytest.mark.parametrize("which", ["invented", "default"])
def test_views_equal_the_instrument(which: str) -> None:
    corpus = corpus_named(which, INVENTED)
    book = th.load_codebook()
    matches = th.match_themes(corpus, book)
    compared = 0
    for theme in book.ids:
        kwic = tv.theme_kwic(corpus.texts, matches, theme, width=60)
        assert kwic.equals(th.kwic(corpus, theme, width=60, codebook=book)), theme
        mine = tv.theme_collocates(corpus, matches, theme, window=5, min_freq=1)
        theirs = th.collocates(corpus, theme, window=5, min_freq=1, codebook=book)
        assert list(mine.columns) == list(theirs.columns)
        assert mine.equals(theirs), theme
        compared += len(mine)
    assert compared > 0  # some theme has collocates, so the scores were compared


def test_hits_of_a_theme_without_matches_are_empty() -> None:
    corpus = segment_text("A title here\n\nNothing of note happened at all today.\n",
                          source="quiet.txt")
    matches = th.match_themes(corpus, th.load_codebook())
    assert tv.theme_kwic(corpus.texts, matches, "party_factionalism").empty
    assert tv.theme_collocates(corpus, matches, "party_factionalism").empty
