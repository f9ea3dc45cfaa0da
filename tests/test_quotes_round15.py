"""Unit tests (invented text) for the quote rules of issue 13, round 15: occupation nouns as
speakers (``"…," said the designer``)."""

from __future__ import annotations

import pytest

from tests.test_quotes_round13 import _row


@pytest.mark.parametrize("desc", ["the designer", "one party confidant", "the moderator",
                                  "a retired physician"])
def test_an_occupation_after_said_is_the_speaker(desc: str) -> None:
    # before round 15 the head was no listed person noun, so the cue was kept but the speaker
    # left empty ("…," said the designer had no speaker)
    text = ("Mark Dunn opened the show on Monday.\n\n"
            f"\"Nobody wants the old cut any more,\" said {desc}, who works for a rival label.\n")
    r = _row(text, "Nobody wants")
    assert (r.speaker, r.cue, r.attribution) == (desc, "say", "post-cue")


def test_an_occupation_before_said_is_the_speaker() -> None:
    text = ("Mark Dunn opened the show on Monday.\n\n"
            "\"The rules changed overnight,\" the sheriff said.\n")
    r = _row(text, "The rules changed")
    assert (r.speaker, r.attribution) == ("the sheriff", "post-cue")
