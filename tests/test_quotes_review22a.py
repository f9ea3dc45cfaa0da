"""Unit tests (invented paragraphs, invented names) for review 22a of quotes rounds 57-58.

Why: round 57's step 8b lets a given name that is also an English word (``first_names.txt``
use ``first``: ``Hope``, ``Dawn``) be a clause's subject by a bare finite verb only inside a
sentence, where its capital is the name's. Two sentence openings were not seen as such: a
full sentence after a colon (American style capitalises it: ``The mood was clear: Hope is
fading``) and a sentence right after a quotation that ends its own sentence (the narration
masks the quotation, so no stop stands before the word: ``"It is over." Hope is fading``).
There the word took the later ``she`` from the person named before. Each non-guard test
fails on the commit before the fix; the guard checks round 57's own case still holds.
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

HEAD = "Strike at the Hartlepool depot\n\n"
MINISTER = HEAD + "The transport minister, Imogen Thwaite, visited the depot on Monday. "

AFTER_COLON = MINISTER + (
    "The mood at the gate was clear: Hope is fading among the drivers. \"We will be back on "
    "Friday,\" she said.")

AFTER_QUOTATION = MINISTER + (
    "\"Nothing has changed.\" Hope is fading among the drivers. \"We will be back on "
    "Friday,\" she said.")

INSIDE_SENTENCE = MINISTER + (
    "At six in the morning, in the rain, Dawn is pouring tea at the depot gate. She has "
    "driven the number 8 bus for 20 years. \"I never thought I would strike,\" she says.")


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize("text", [AFTER_COLON, AFTER_QUOTATION])
def test_a_word_name_opening_a_sentence_after_a_colon_or_quotation_is_no_person(
        ranker: str | None, text: str) -> None:
    row = _row(text, "back on Friday", ranker)
    assert row["speaker"] == "Imogen Thwaite"


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_a_word_name_inside_a_sentence_is_still_a_subject(ranker: str | None) -> None:
    row = _row(INSIDE_SENTENCE, "never thought", ranker)
    assert row["speaker"] == "Dawn"


# Round 57's step 1 (review 21b's Q1): an inverted ``begin`` is no cue after a title or a
# chant, but a person who begins a speech is its speaker (``"Ladies and gentlemen," began the
# chairman``), as before round 57 ------------------------------------------------------------

WHITBY = "Lantern festival opens in Whitby\n\nThe lantern grant divides the town. "

BEGAN_THE_CHAIRMAN = WHITBY + (
    "The hall fell silent. \"Ladies and gentlemen,\" began the chairman, \"we are here to save "
    "the festival.\" The board met.")

BEGAN_A_NAME = WHITBY + (
    "The hall fell silent. \"Ladies and gentlemen,\" began Perpetua Vane, \"we are here to save "
    "the festival.\" The board met.")


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "speaker"), [
    (BEGAN_THE_CHAIRMAN, "the chairman"),
    (BEGAN_A_NAME, "Perpetua Vane"),
])
def test_a_person_after_an_inverted_began_is_its_speaker(
        ranker: str | None, text: str, speaker: str) -> None:
    row = _row(text, "Ladies and gentlemen", ranker)
    assert row["speaker"] == speaker
    assert row["cue"] == "begin"


# Round 57's step 4 (review 21b's Q4): a fronted poll phrase governs the share after it; a
# number's thousands comma inside it (``a poll of 2,000 adults``) is no phrase end ----------

POLL_OF_2000 = WHITBY + (
    "In a Harwich Courier poll of 2,000 adults, 58 percent of Yorkshiremen said the festival "
    "is \"worth every penny we spend on it.\" The board met.")

POLL_OF_2000_FOUND = WHITBY + (
    "A Harwich Courier poll of 2,000 adults found that 58 percent of Yorkshiremen said the "
    "festival is \"worth every penny we spend on it.\" The board met.")


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_fronted_poll_of_thousands_still_reports_its_share(ranker: str | None) -> None:
    row = _row(POLL_OF_2000, "worth every penny", ranker)
    assert row["speaker"] == "a Harwich Courier poll"


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_a_poll_of_thousands_that_finds_reports_its_share(ranker: str | None) -> None:
    row = _row(POLL_OF_2000_FOUND, "worth every penny", ranker)
    assert row["speaker"] == "A Harwich Courier poll"
