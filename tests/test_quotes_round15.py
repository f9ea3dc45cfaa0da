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


@pytest.mark.parametrize(("verb", "lemma"), [("questioned", "question"),
                                             ("remembered", "remember"),
                                             ("reiterated", "reiterate"),
                                             ("mumbled", "mumble")])
def test_a_verb_of_saying_after_the_quotation_is_the_cue(verb: str, lemma: str) -> None:
    # before round 15 these verbs were in no list: the quotation went as cue-less context to
    # the person named in the paragraph before
    text = ("Mark Dunn opened the meeting on Monday.\n\n"
            f"\"Who signed off on this budget?\" Ann Lowe {verb}.\n")
    r = _row(text, "Who signed off")
    assert (r.speaker, r.cue, r.attribution) == ("Ann Lowe", lemma, "post-cue")
