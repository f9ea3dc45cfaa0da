"""Unit tests (invented British text, invented names and events) for quotes round 55: the
leftovers of review 20 and round 54, then causes that recur across the readable British
writers.

Why: each step below fixes a general defect (a to-infinitive read as a listener, a physical
``put it`` read as the saying form, a possessed document or an ``as X put it`` clause after
the quotation, the ``its`` author across a dash). Each test failed before its step (see the
round 55 notes in ``docs/notes/real_news.md``) and passes after it; the guards check what
must not change.
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

# step 1: `begin` after the quotation, with a to-infinitive guard
BEGAN = (
    "A long night in committee room nine\n\n"
    "The chair had sent apologies, and in her place sat her deputy, Emlyn Prothero. “Nobody "
    "on this committee wants the ferry cut,” Prothero began, and waited for a murmur of "
    "agreement. None came. “But the subsidy ends in March.”")

BEGAN_TO_SEE = (
    "Notes from a slow year\n\n"
    "I lived in the valley for a decade. Through this “night vision” I began to see the town "
    "as the miners had seen it.")

CONFESSED_TO = (
    "The harbour inquiry\n\n"
    "The skipper sat down heavily. “I never checked the valve,” Gethin Rowe confessed to the "
    "panel, and looked at the floor.")


@pytest.mark.parametrize("ranker", RANKERS)
def test_began_after_the_quotation_is_its_cue(ranker: str | None) -> None:
    row = _row(BEGAN, "Nobody on this committee", ranker)
    assert row["speaker"] == "Prothero"
    assert row["cue"] == "begin"


@pytest.mark.parametrize("ranker", RANKERS)
def test_began_to_see_after_a_term_is_no_cue(ranker: str | None) -> None:
    row = _row(BEGAN_TO_SEE, "night vision", ranker)
    assert row["kind"] == "term"
    assert row["speaker"] == ""


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_a_listener_after_to_keeps_the_post_cue(ranker: str | None) -> None:
    row = _row(CONFESSED_TO, "never checked the valve", ranker)
    assert row["speaker"] == "Gethin Rowe"
    assert row["cue"] == "confess"
