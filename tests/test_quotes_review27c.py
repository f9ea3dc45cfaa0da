"""Unit tests (invented text, invented names) for review 27c of quotes round 75: the
coordinated-predicate rule (``helpers/instruments/quotes/coordinated_predicates.py``) read as a
stranger would.

Fix 1: a phrase that ends on ``yet again`` or on ``and`` + an ``-ly`` noun (``and family``) is
no object before a coordinated verb: round 75 refused the pre-cue there and the row lost its
cue. Fix 2: the sentence cue, to which round 75 leaves the refused row, reads a verb after
``and then`` / ``and later`` as coordinated (the clause subject speaks) and takes no phrase
that ends on a conjunction as the subject (``met a reporter from the Gazette and told him``).
Each non-guard test fails on the review's start (main ``ab938926``) and passes after, with both
choosers; the guards pass before and after.
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

from helpers.instruments.quotes.coordinated_predicates import (
    conjunction_before_verb,
    coordinated_verb,
    ends_on_conjunction,
)

# Fix 1: the pre-cue is kept, and with it the cue verb.
YET_AGAIN = ("The flood reached Harbury on Monday. At the meeting, a man at the back yet again "
             "asked: \"Where is the money?\"\n")
FAMILY = ("The flood reached Harbury on Monday. A woman with her husband and family said: "
          "\"We have lost everything.\"\n")


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words", "speaker", "cue"), [
    (YET_AGAIN, "Where is the money", "a man", "ask"),
    (FAMILY, "We have lost everything", "a woman", "say"),
])
def test_a_subject_that_only_looks_coordinated_keeps_its_cue(
        text: str, words: str, speaker: str, cue: str, ranker: str | None) -> None:
    row = _row(text, words, ranker)
    assert (row.speaker, row.cue) == (speaker, cue)


# Fix 2: the sentence cue gives the coordinated verb the clause's subject.
THEN_CALLED = ("The mayor pointed to a man in the crowd and then called him \"my good "
               "friend.\"\n")
LATER_DESCRIBED = ("The mayor greeted a woman in the crowd but later described her as \"a "
                   "troublemaker.\"\n")
GAZETTE = ("The meeting ran late. Ann Lee greeted a reporter from the Gazette and told him: "
           "\"We will win the vote.\"\n")


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words", "speaker"), [
    (THEN_CALLED, "my good friend", "the mayor"),
    (LATER_DESCRIBED, "a troublemaker", "the mayor"),
    (GAZETTE, "We will win the vote", "Ann Lee"),
])
def test_the_coordinated_verb_takes_the_clause_subject(text: str, words: str, speaker: str,
                                                       ranker: str | None) -> None:
    assert _row(text, words, ranker).speaker == speaker


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a coordinated subject with a prepositional tail: its first conjunct, as before
    ("Tom Reed spoke first. A man in the front row and his wife called him \"a liar and a "
     "cheat.\"\n", "a liar and a cheat", "a man"),
    # a verb right after `and` with no object noun before it: the clause subject, as before
    ("Tom Reed spoke first. Ann Lee stood up and said: \"We will win the vote.\"\n",
     "We will win the vote", "Ann Lee"),
    # `and then` before a verb whose subject is named after `then`: not coordinated
    ("Tom Reed spoke first. A woman in the crowd then said: \"We will win the vote.\"\n",
     "We will win the vote", "a woman"),
])
def test_guards(text: str, words: str, speaker: str, ranker: str | None) -> None:
    assert _row(text, words, ranker).speaker == speaker


@pytest.mark.parametrize(("np_text", "expected"), [
    ("a man at the back yet again", False),
    ("a woman with her husband and family", False),
    ("a spokesman for the party and ally", False),
    ("a man in the crowd and then", True),
    ("a man in the crowd and publicly", True),
    ("a man in the crowd yet", True),
])
def test_ends_on_conjunction_look_alikes(np_text: str, expected: bool) -> None:
    assert ends_on_conjunction(np_text) is expected


@pytest.mark.parametrize(("np_text", "gap", "expected"), [
    ("a woman with her husband and", " family ", False),
    ("a woman at the back yet", " again ", False),
    ("a man in the crowd and", " then ", True),
    ("a man in the crowd and", ", smiling, ", True),
    ("a man in the crowd", " then ", False),
])
def test_conjunction_before_verb(np_text: str, gap: str, expected: bool) -> None:
    assert conjunction_before_verb(np_text, gap) is expected


@pytest.mark.parametrize(("before", "expected"), [
    ("The mayor pointed to a man in the crowd and then ", True),
    ("The mayor greeted a woman but later ", True),
    ("The mayor greeted a woman and ", True),
    ("A spokesman for Ann Lee and family ", False),
    ("The mayor then ", False),
])
def test_coordinated_verb(before: str, expected: bool) -> None:
    assert coordinated_verb(before) is expected
