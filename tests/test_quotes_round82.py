"""Unit tests (invented text, invented names) for quotes round 82 (issue 13, British prose).

Step 1: a document named in an ``in``-phrase of a clause (``the board said in a statement``,
``the board, in a statement issued on Monday, called …``, ``The Coastal Trust, which runs twelve
food banks, says in its annual report``) has that clause's subject as author, so a later ``The
statement said "…"`` / ``the report warns`` gets it as ``speaker_author``
(``helpers/instruments/quotes/in_document_authors.py``). Each non-guard test fails before its
step (see the round 82 notes in ``docs/notes/real_news.md``) and passes after it; the guards
(near misses) pass before and after.

Step 2: ``what one (of them) calls "…"``: the elliptic ``one`` as the subject of a relative
``what`` clause is the speaker (``one frontbencher`` after ``Several frontbenchers``, ``one of
the people`` after ``two people who know her``, ``one of those present``), and the verb its cue
(``helpers/instruments/quotes/what_one_calls.py``).
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

from helpers.instruments.quotes.in_document_authors import in_phrase_author
from helpers.instruments.quotes.what_one_calls import what_one_before

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


WHAT_ONE = [
    ("Ann Lee chairs the meetings. Several frontbenchers, I am told, now stay behind to discuss "
     "what one calls \"the other conversation\".\n", "other conversation", "frontbencher"),
    ("Ann Lee left the party last year and, according to two people who know her, concluded "
     "there was no room for her in what one of them called \"a party run from a "
     "spreadsheet\".\n", "spreadsheet", "one of the people"),
    ("Ann Lee does not deny the talk. A group of soft-left MPs has begun meeting on Tuesday "
     "evenings to discuss what one of those present called \"the question after the "
     "leader\".\n", "question after", "present"),
]


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize("text,words,speaker", WHAT_ONE)
def test_what_one_calls(text: str, words: str, speaker: str, ranker: str | None) -> None:
    row = _row(text, words, ranker)
    assert speaker in row["speaker"].lower()
    assert row["cue"] == "call"


WHAT_ONE_GUARDS = [
    # ``what one`` + a noun: no elliptic subject; the later subject's verb is the cue
    ("Ann Lee asked what one minister had done about it. Tom Reed called the reply \"a "
     "disgrace\".\n", "disgrace", "Tom Reed"),
    # ``one of those`` + a noun names no person: the quotation stays a term with no speaker
    ("Ann Lee ran the meeting. The rebels met again on Monday to discuss what one of those "
     "things called \"the plan\" might be.\n", "the plan", ""),
]


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize("text,words,speaker", WHAT_ONE_GUARDS)
def test_what_one_guards(text: str, words: str, speaker: str, ranker: str | None) -> None:
    row = _row(text, words, ranker)
    assert row["speaker"] == speaker


def test_what_one_before_unit() -> None:
    assert what_one_before("to discuss what one of those present ").group("np") == \
        "one of those present"
    assert what_one_before("in what one privately ").group("np") == "one"
    assert what_one_before("which one of them ") is None
    assert what_one_before("what one of those things ") is None
