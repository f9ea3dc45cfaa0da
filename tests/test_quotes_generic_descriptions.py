"""Unit test (invented text) for the session-33 lead's narrowing of quotes round 58's
``described_people``: a definite description headed by a noun that says only what a person is
(``the man``, ``the woman``; ``data/lexicons/generic_person_nouns.txt``) is not read back to
the named subject of the sentence before it. Round 58 read ``the Oregon senator`` back to the
senator named just before, which is right for a role; with ``the man`` it gave the project's
corpus two wrong speakers (a man at a rally given the name of the politician the previous
paragraph mentioned in a subordinate clause). The test fails on the commit before the change
(the speaker was ``Daniel Morrow``) and passes after it.
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

from helpers.instruments.quotes.described_people import GENERIC_PERSON_NOUNS

RALLY = (
    "A night at the rally\n\n"
    "Nobody here will hear a word against him, as if Daniel Morrow, given the right hall, "
    "could carry a whole county.\n\n"
    "But the man at the door does say something worth hearing. \u201cThis is not about "
    "Daniel, not really,\u201d he says.")


@pytest.mark.parametrize("ranker", RANKERS)
def test_the_man_is_not_read_back_to_a_name_in_the_sentence_before(ranker: str | None) -> None:
    row = _row(RALLY, "not about Daniel", ranker)
    assert row["speaker"] != "Daniel Morrow"
    assert "man" in row["speaker"]


def test_generic_heads_hold_no_role_words() -> None:
    """The list holds sex and age nouns only; an office (``senator``) stays readable back."""
    assert {"man", "woman", "boy", "girl"} <= GENERIC_PERSON_NOUNS
    assert not {"senator", "incumbent", "governor", "candidate", "minister"} & \
        GENERIC_PERSON_NOUNS
