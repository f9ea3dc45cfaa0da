"""Unit tests (invented text, invented names) for review 27a of quotes round 77 (issue 13).

Fix 1: a description named by ``called`` / ``named`` becomes the clause's subject mention only
when the named thing is a person (a person noun heads the description, or the name has a
person's shape): ``a pub called The Crown``, ``a village called Ashby``, ``a think-tank called
Onward`` name no one a later ``he`` can be (``naming_participles._names_a_person``). Each
non-guard case fails on main ``182e7655`` and passes after; the guards pass on both.

Fix 2: a possessive name after ``called`` (``a minister called Peter Marsh's plan "…"``) is the
framing verb's object, no naming. Fix 3: a determiner written with a capital inside a
description (``a former The Times editor``) belongs to a title, so it does not make the phrase
a run-on (``run_on_phrases.runs_into_next_clause``). Each fails on the commit before it.
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

from helpers.instruments.quotes.run_on_phrases import runs_into_next_clause

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


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("title", "speaker"), [
    ("An A level student", "an A level student"),
    ("A former The Times editor", "a former The Times editor"),
    ("A Her Majesty's inspector", "a Her Majesty's inspector"),
])
def test_a_capitalised_determiner_in_a_title_is_no_run_on(title: str, speaker: str,
                                                         ranker: str | None) -> None:
    """Fix 3: a determiner written with a capital belongs to a name or title inside the
    description, so the description stays the later ``she``'s antecedent (before the fix:
    no speaker, the phrase read as two)."""
    text = (f"Tom Reed spoke on Monday. {title} was waiting outside the hall. \"The whole "
            "system is a lottery and nothing more,\" she said.\n")
    assert _row(text, "a lottery", ranker).speaker == speaker


@pytest.mark.parametrize(("np_text", "run_on"), [
    ("the plan the council", True),
    ("an A level student", False),
    ("a former The Times editor", False),
])
def test_only_a_lower_case_determiner_opens_a_second_phrase(np_text: str, run_on: bool) -> None:
    assert runs_into_next_clause(np_text) is run_on
