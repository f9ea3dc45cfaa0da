"""Unit tests (invented text) for quotes round 81: a time adverbial right after a name is not
the name's verb (``helpers/instruments/quotes/time_adverbials.py``).

A name followed by ``four years ago`` or ``two days later`` was read as a clause subject (the
numeral taken for its verb), so a later ``He`` took an object of a relative clause over the
man who spoke. The speaker tests fail before the step and pass after it, with both choosers;
the guards (a verb after the adverbial, a lone candidate) must not change.
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

from helpers.instruments.quotes.time_adverbials import subject_past_adverbial


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("\"The new rules are a step forward for the port,\" said Tom Reed, who chaired the "
     "harbour board from 2010 to 2014 and in that post appointed Mr. Hart four years ago. "
     "He called the plan \"a necessary one and an urgent one.\"\n",
     "a necessary one", "Tom Reed"),
    ("\"We cannot wait for the council,\" said Ben Cole, who ran the depot and hired Mr. Hart "
     "six months ago. He called the delay \"a scandal for the whole town.\"\n",
     "a scandal for", "Ben Cole"),
])
def test_an_object_before_a_time_adverbial_is_no_subject(text: str, words: str, speaker: str,
                                                          ranker: str | None) -> None:
    assert _row(text, words, ranker).speaker == speaker


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a verb after the adverbial: the name is the subject, as before
    ("Tom Reed met the drivers at the depot. Sam Hart last week called the plan "
     "\"a necessary one.\"\n", "a necessary one", "Sam Hart"),
    ("Tom Reed met the drivers at the depot. Sam Hart yesterday described the plan as "
     "\"a total mess.\"\n", "a total mess", "Sam Hart"),
    # the object is the only man the paragraph names: the pronoun still finds him
    ("The union met the minister on Monday. The board appointed Sam Hart two years ago. "
     "He called the plan \"a necessary one.\"\n", "a necessary one", "Sam Hart"),
    ("The board hired Sam Hart a year ago. Today he runs the depot.\n\n"
     "\"We have turned the corner,\" he said.\n", "turned the corner", "Sam Hart"),
    # an adverbial set off by commas is left to the usual test
    ("Tom Reed met the drivers at the depot. Sam Hart, four years ago, called the plan "
     "\"a necessary one.\"\n", "a necessary one", "Sam Hart"),
    # the object of the relative clause is a woman: the "She" is hers
    ("\"The port needs the money,\" said Tom Reed, who met Ann Lee last week. She called the "
     "plan \"a necessary one.\"\n", "a necessary one", "Ann Lee"),
])
def test_guards(text: str, words: str, speaker: str, ranker: str | None) -> None:
    assert _row(text, words, ranker).speaker == speaker


@pytest.mark.parametrize(("after", "expected"), [
    (" four years ago. He called", False),
    (" two days later, the board", False),
    (" last week.", False),
    (" last week said the plan", True),
    (" yesterday told the board", True),
    (" several months earlier had warned", True),
    (" said the plan", None),
    (" of Leeds said", None),
    (" four votes ahead", None),
])
def test_the_adverbial(after: str, expected: bool | None) -> None:
    assert subject_past_adverbial(after) is expected
