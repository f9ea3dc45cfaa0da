"""Unit tests (invented text) for review 29a of quotes round 81 (a time adverbial right after a
name, ``helpers/instruments/quotes/time_adverbials.py``).

Round 81 read a name followed by a time adverbial as a subject only when a verb came right after
the adverbial; an adverb (``also``), an aside in commas (``, however,``) or ``before`` with an
object (``two days before the vote``) made the subject an object, and a later ``He`` went past
it to an earlier man. The speaker tests fail on round 81 and pass after the review's fix, with
both choosers; the guards (round 81's own objects) must not change.
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

from helpers.instruments.quotes.time_adverbials import subject_past_adverbial

_OPEN = "\"The port needs the money,\" said Tom Reed, the harbour master. "
_CLOSE = " He called it \"a scandal for the whole town.\"\n"


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize("middle", [
    "Sam Hart last week also attacked the plan.",
    "Sam Hart yesterday also attacked the plan.",
    "Sam Hart yesterday, however, attacked the plan.",
    "Sam Hart last week, in a letter to the council, attacked the plan.",
    "Sam Hart two days before the vote attacked the plan.",
    "Sam Hart last week – in a letter to the council – attacked the plan.",
    "Sam Hart yesterday (Tuesday) attacked the plan.",
])
def test_a_subject_keeps_its_verb_past_an_adverb_or_aside(middle: str,
                                                          ranker: str | None) -> None:
    assert _row(_OPEN + middle + _CLOSE, "a scandal for", ranker).speaker == "Sam Hart"


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize("middle", [
    # round 81's objects: the clause ends after the adverbial, the "He" is the speaker's
    "The board appointed Sam Hart four years ago, and the port grew.",
    "He hired Sam Hart two days before the vote.",
    "It hired Sam Hart two days before the vote.",
])
def test_an_object_stays_an_object(middle: str, ranker: str | None) -> None:
    text = ("\"The port needs the money,\" said Tom Reed, who chairs the harbour board. "
            + middle + _CLOSE)
    assert _row(text, "a scandal for", ranker).speaker == "Tom Reed"


@pytest.mark.parametrize(("after", "expected"), [
    (" last week also said", True),
    (" yesterday, however, told the board", True),
    (" two days later, the board said", False),
    (" four years ago, when the firm was small.", False),
    (" two days before had warned", True),
    (" two days before the vote", False),
    (" two days before. He", False),
    (" two days before the vote. He", False),
    (" two days before the vote, and", False),
    (" two days before the vote resigned", None),
    # a reporting clause in commas is no aside: the clause of the object goes on after it
    (" a year ago, she recalled, then sacked him", False),
    (" two days later, the board said, and", False),
    (" last week, according to the minutes, told the board", True),
    (" yesterday, unusually, told the board", True),
    (" last week – in a letter – told the board", True),
    (" last week – she recalled – then sacked him", False),
    (" yesterday (Tuesday) told the board", True),
    (" yesterday (Tuesday).", False),
    (" a year ago (she recalled) then sacked him", False),
])
def test_the_adverbial_after_review(after: str, expected: bool | None) -> None:
    assert subject_past_adverbial(after) is expected

