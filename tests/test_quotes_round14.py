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


def test_a_name_closing_the_sentence_after_narration_is_the_speaker() -> None:
    # "…" for the win, Sanders said.: before round 14 only a pronoun was taken late in the
    # sentence; the quotation went as context to the person of the paragraph before
    text = ("Ann Lowe campaigned hard in the county.\n\n"
            "\"Let me thank the volunteers who worked so hard\" for the win, Joe Marsh said. "
            "He spoke for ten minutes.\n")
    r = _row(text, "Let me thank")
    assert (r.speaker, r.cue, r.attribution) == ("Joe Marsh", "say", "sentence-cue")


def test_an_inverted_cue_closing_the_sentence_after_narration_is_the_speaker() -> None:
    text = ("Ann Lowe spoke about prices on Monday.\n\n"
            "Buyers feel \"less sure of the future\" after the turmoil in markets, said Ben "
            "Ortiz, an economist at a bank.\n")
    r = _row(text, "less sure")
    assert (r.speaker, r.cue) == ("Ben Ortiz", "say")


def test_a_late_name_that_starts_a_new_clause_is_not_taken() -> None:
    # the speech verb must close the sentence: "…, Joe Marsh said he would …" is a report of
    # what Marsh said, not an attribution of the quotation before it
    text = ("Ann Lowe campaigned hard in the county.\n\n"
            "\"Let me thank the volunteers who worked so hard\" for the win, and Joe Marsh said "
            "he would run again next year in the same county.\n")
    r = _row(text, "Let me thank")
    assert r.speaker != "Joe Marsh"
