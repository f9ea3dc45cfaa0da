"""Unit tests (invented text, invented names) for quotes round 82 (issue 13, British prose).

Step 1: a document named in an ``in``-phrase of a clause (``the board said in a statement``,
``the board, in a statement issued on Monday, called …``, ``The Coastal Trust, which runs twelve
food banks, says in its annual report``) has that clause's subject as author, so a later ``The
statement said "…"`` / ``the report warns`` gets it as ``speaker_author``
(``helpers/instruments/quotes/in_document_authors.py``). Each non-guard test fails before its
step (see the round 82 notes in ``docs/notes/real_news.md``) and passes after it; the guards
(near misses) pass before and after.
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

from helpers.instruments.quotes.in_document_authors import in_phrase_author

IN_PHRASES = [
    ("Ministers promised a review of the scheme, which the Harbour Board, in a statement "
     "released on Monday, called \"a failure of nerve\". The statement, which named nobody, "
     "said the board would \"look again at every contract\".\n", "every contract",
     "the harbour board"),
    ("The Coastal Trust, which runs twelve food banks, says in its annual report that demand "
     "has doubled. Seaside towns, the report warns, now face \"the hardest winter in a "
     "decade\".\n", "hardest winter", "the coastal trust"),
    ("The council said in a statement that it was sorry. The statement added that the fault "
     "\"lay with the contractor\".\n", "contractor", "the council"),
    ("The Hull and District Water Board has said in a letter to tenants that bills will "
     "rise. The letter calls the rise \"regrettable but unavoidable\".\n", "unavoidable",
     "the hull and district water board"),
]


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize("text,words,author", IN_PHRASES)
def test_in_phrase_gives_the_author(text: str, words: str, author: str,
                                    ranker: str | None) -> None:
    row = _row(text, words, ranker)
    assert row["speaker_type"] == "document"
    assert row["speaker_author"].lower() == author


GUARDS = [
    # a noun, not a verb, before ``in``: no author from it (the institute stays the author)
    ("The institute published its paper on Monday. Ann Cole's own note in the new paper warns "
     "that the cuts are \"a false economy\".\n", "false economy", "the institute"),
    # a pronoun subject names nobody
    ("It said in a statement that all was well. The statement called the claim \"plainly "
     "absurd\".\n", "plainly absurd", ""),
]


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize("text,words,author", GUARDS)
def test_in_phrase_guards(text: str, words: str, author: str, ranker: str | None) -> None:
    row = _row(text, words, ranker)
    assert row["speaker_author"].lower() == author


def test_in_phrase_author_unit() -> None:
    text = "Tom Reed, in a short statement, said nothing. Officials say in a memo that it is over."
    assert in_phrase_author(text, text.index("statement")) == "Tom Reed"
    assert in_phrase_author(text, text.index("memo")) == "Officials"
    text2 = "The vote was close. It was held in a hall near the sea."
    assert in_phrase_author(text2, text2.index("hall")) == ""
