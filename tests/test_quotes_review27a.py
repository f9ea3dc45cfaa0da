"""Unit tests (invented text, invented names) for review 27a of quotes round 77 (issue 13).

Fix 1: a description named by ``called`` / ``named`` becomes the clause's subject mention only
when the named thing is a person (a person noun heads the description, or the name has a
person's shape): ``a pub called The Crown``, ``a village called Ashby``, ``a think-tank called
Onward`` name no one a later ``he`` can be (``naming_participles._names_a_person``). Each
non-guard case fails on main ``182e7655`` and passes after; the guards pass on both.
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

PUB = ("Tom Reed was outside in the rain. A pub called The Crown is the heart of the "
       "campaign. \"We meet here every single week,\" he said.\n")
VILLAGE = ("Tom Reed was outside in the rain. A village called Ashby, where the pit closed, "
           "is angry. \"Nobody listens to us any more,\" he said.\n")
THINK_TANK = ("Tom Reed spoke first. A think-tank called Onward, which backs the plan, said it "
              "was \"long overdue\". \"We will keep pushing for it,\" he said.\n")
TAXI = ("Ann Cole was outside in the rain. A taxi driver called Baz Corr, is now delivering "
        "leaflets. \"I never did anything like this before,\" he said.\n")
VOLUNTEER = ("Tom Reed was outside in the rain. A volunteer called Amy is painting a banner. "
             "\"We will not go home without an answer,\" she says.\n")


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words"), [
    (PUB, "every single week"),
    (VILLAGE, "Nobody listens"),
    (THINK_TANK, "keep pushing"),
])
def test_a_named_thing_is_no_speaker(text: str, words: str, ranker: str | None) -> None:
    """Before the fix: ``The Crown``, ``Ashby``, ``Onward`` (the name made the subject)."""
    assert _row(text, words, ranker).speaker == "Tom Reed"


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words", "speaker"), [
    # guards: a two-word name (an unlisted given name), a listed given name alone
    (TAXI, "anything like this", "Baz Corr"),
    (VOLUNTEER, "without an answer", "Amy"),
])
def test_a_named_person_still_speaks(text: str, words: str, speaker: str,
                                     ranker: str | None) -> None:
    assert _row(text, words, ranker).speaker == speaker


POSSESSIVE = ("Tom Reed was outside the hall. A minister called Peter Marsh's plan \"a fantasy "
              "for the rich\" in the Commons.\n")


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_possessive_after_called_is_the_framing_verbs_object(ranker: str | None) -> None:
    """Fix 2: ``called Peter Marsh's plan "…"`` frames the quotation; the possessive name
    names no one (before the fix: speaker ``Peter Marsh``, no cue)."""
    row = _row(POSSESSIVE, "fantasy for the rich", ranker)
    assert (row.speaker, row.cue) == ("a minister", "call")
