"""Unit tests (invented text, invented names) for review 25c of quotes round 68.

Round 68's ``chant_cues.py`` gave a quotation after a noun of collective calling out to the
nearest group of people before the noun. Two misfires: a single person named by a noun between
the group and the noun (``the protesters went home and the steward gave a shout of "…"``) is the
one who calls it; and a noun of calling out after ``with`` is the manner of the clause's
subject, so a group that is the verb's object (``Ann Lee answered the hecklers with a cry of
"…"``) does not call it. Each case below fails on round 68's end (``cb3012f9``: the group is
given the words) and passes after the fix, with both choosers; the guards pass before and after.
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

from helpers.instruments.quotes.chant_cues import chant_cue

STEWARD = "The protesters went home and the steward gave a shout of \"All clear!\"\n"
TEACHER = ("The students filed out of the hall, and a teacher gave a loud shout of "
           "\"Walk, don't run!\"\n")
CHAIRMAN = "The delegates stood as the chairman raised a cheer for \"our candidate\".\n"
HECKLERS = "Ann Lee answered the hecklers with a cry of \"Sit down!\"\n"
GREETED = "The crowd greeted him with loud chants of \"Four more years!\"\n"


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize("text,words,group", [
    (STEWARD, "All clear", "protesters"),
    (CHAIRMAN, "our candidate", "delegates"),
    (HECKLERS, "Sit down", "hecklers"),
])
def test_a_call_made_by_someone_else_is_not_the_groups(text: str, words: str, group: str,
                                                        ranker: str | None) -> None:
    """A person noun between the group and the noun, or the group as the object of a clause
    whose noun of calling out follows ``with``: the group does not call the words."""
    row = _row(text, words, ranker)
    assert group not in str(row["speaker"]).lower()


def test_chant_cue_leaves_a_steward_and_an_object_alone() -> None:
    """The unit: no chanters for a steward's or a teacher's shout or for hecklers answered with
    a cry. (End to end the teacher's shout still goes to the students by an older route: the
    sentence's subject with no cue; left for the next round.)"""
    assert chant_cue(STEWARD.split("\"")[0]) is None
    assert chant_cue(TEACHER.split("\"")[0]) is None
    assert chant_cue(HECKLERS.split("\"")[0]) is None


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_subject_group_greeting_with_chants_keeps_them(ranker: str | None) -> None:
    """Guard: the group as the subject of ``greeted … with chants of`` still calls them."""
    row = _row(GREETED, "Four more years", ranker)
    assert row["speaker"].lower() == "the crowd"
