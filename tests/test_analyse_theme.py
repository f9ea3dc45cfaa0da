"""analyse_theme gives one theme's voices and tone exactly as analyse does for every theme."""

from __future__ import annotations

import pytest

from helpers.instruments import themes as th
from helpers.report.pipeline import analyse, analyse_theme
from tests.test_theme_views import corpus_named

INVENTED = """Rebels and the alliance

"The rebels will split the party," said Anna Field, a loyalist MP. Loyalists were furious.

A faction of MPs backed the leader; another faction called the leadership weak and divided.

Ministers met American officials in Washington. "The alliance with the United States is
strong," the ambassador said.

The weather was fine and nobody mentioned politics at the fair.
"""


@pytest.mark.parametrize("which", ["invented", "default"])
def test_one_theme_equals_the_rows_of_analyse(which: str) -> None:
    corpus = corpus_named(which, INVENTED)
    book = th.load_codebook()
    full = analyse(corpus, book, instruments=("quotes", "sentiment", "themes"))
    checked = 0
    for theme in book.ids:
        one = analyse_theme(corpus, book, theme)
        assert one.paragraphs.equals(full.paragraphs)
        assert one.theme_matches.equals(full.theme_matches)
        for name in ("theme_voices", "theme_tone"):
            mine = getattr(one, name).reset_index(drop=True)
            table = getattr(full, name)
            theirs = table[table["theme"] == theme].reset_index(drop=True)
            if theirs.empty:  # same columns; dtypes of an empty frame do not matter
                assert mine.empty and list(mine.columns) == list(theirs.columns), (theme, name)
            else:
                assert mine.equals(theirs), (theme, name)
            checked += len(theirs)
        present = full.sentence_themes[f"{theme}_present"].astype(bool)
        assert one.sentence_themes[f"{theme}_present"].tolist() == present.tolist(), theme
    assert checked > 0
