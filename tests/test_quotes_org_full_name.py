"""An organisation description (``the council``) takes its full name from its own article only:
a source file may hold many articles (issue 13 round 2: the look-up scanned the whole file,
quadratic in the file's size, and could borrow a name from an earlier article)."""

from __future__ import annotations

from helpers.instruments.quotes.attribution import ArticleState, _org_full_name

FIRST = "Harfield District Council met on Monday. The council voted to close the library.\n\n"
SECOND = "Residents gathered outside. The council said it would reply next week.\n"


def _state(text: str, article_start: int) -> ArticleState:
    art = ArticleState(text, {})
    art.block_starts = [article_start]
    return art


def test_full_name_from_the_same_article() -> None:
    text = FIRST + SECOND
    pos = FIRST.index("The council")
    assert _org_full_name("the council", _state(text, 0), pos) == "Harfield District Council"


def test_no_full_name_from_an_earlier_article_of_the_file() -> None:
    text = FIRST + SECOND
    pos = len(FIRST) + SECOND.index("The council")
    assert _org_full_name("the council", _state(text, len(FIRST)), pos) == "the council"
