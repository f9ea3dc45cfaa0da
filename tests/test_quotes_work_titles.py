"""Review 20 (session 31): quotes round 53's ``As <description>, <Name>, put it`` form made the
title of a song or a saying a named speaker. A description headed by a noun of a titled work or
a fixed form of words (``data/lexicons/work_nouns.txt``) gives no speaker by that form; a
person's description still does. Invented text."""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

SONG = (
    "A choir sings for the ferry\n\n"
    "The crowd on the quay had waited since noon. As the old song, Harbour Lights, once put "
    "it, ‘The tide will carry us home.’")

SAYING = (
    "Patience in the valleys\n\n"
    "Nobody on the council expects a quick answer. As the local saying, Slow Water, puts it: "
    "‘The river knows the way.’")

PERSON = (
    "Patience in the valleys\n\n"
    "Nobody on the council expects a quick answer. As one veteran councillor, Morwenna Trask, "
    "once put it: ‘The river knows the way.’")


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize("text, words, title", [(SONG, "tide will carry", "Harbour Lights"),
                                                (SAYING, "river knows", "Slow Water")])
def test_a_work_in_apposition_is_not_the_speaker(text, words, title, ranker):
    row = _row(text, words, ranker)
    assert title not in row["speaker"] and "Lights" not in row["speaker"]
    assert "Water" not in row["speaker"]


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_person_in_apposition_still_speaks(ranker):
    assert _row(PERSON, "river knows", ranker)["speaker"] == "Morwenna Trask"
