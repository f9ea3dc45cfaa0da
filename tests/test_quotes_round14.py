"""Unit tests (invented text) for the quote rules of issue 13, round 14: speakers of an inverted
post-cue (``"…," said the designer``, ``"…," says a source close to the talks``)."""

from __future__ import annotations

from helpers.instruments.quotes.postcues import inverted_description
from tests.test_quotes_round13 import _row


def test_a_source_with_a_post_modifier_after_said_is_the_speaker() -> None:
    # "…," says a source involved in …: before round 14 the head was read at the end of the
    # phrase ("creation"), the phrase was refused, and the quotation went as cue-less context
    # to the person named in the paragraph before
    text = ("Mark Dunn spoke at length on Monday. \"We will see,\" Dunn said.\n\n"
            "\"It is a way to take part without backing him,\" says a source involved in the "
            "fund's creation.\n")
    r = _row(text, "It is a way")
    assert (r.speaker, r.cue, r.attribution) == ("a source", "say", "post-cue")


def test_a_source_close_to_the_talks_after_said_is_the_speaker() -> None:
    text = ("Mark Dunn spoke at length on Monday. \"We will see,\" Dunn said.\n\n"
            "\"Nothing is agreed until everything is agreed,\" said a source close to the talks.\n")
    r = _row(text, "Nothing is agreed")
    assert (r.speaker, r.attribution) == ("a source", "post-cue")


def test_inverted_description_cuts_at_the_post_modifier_and_refuses_times() -> None:
    assert inverted_description("a source close to the talks") == "a source"
    assert inverted_description("the designer, who works for a rival") == "the designer"
    assert inverted_description("the next day") == ""  # "…," said the next day: a time
    assert inverted_description("Tom Reed") == ""  # a name is not this rule's business
    assert inverted_description("the") == ""
