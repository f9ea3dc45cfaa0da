"""Unit tests (invented text) for the quote rules of issue 13, round 13: ``went on to say`` as
a cue, and written sources that ``read`` their words."""

from __future__ import annotations

from helpers.instruments.quotes import extract_quotes_text


def _row(text: str, start: str):
    q = extract_quotes_text(text)
    return q[(q["kind"] == "speech") & q["text"].str.startswith(start)].iloc[0]


def test_went_on_to_say_before_the_quotation_is_a_cue() -> None:
    # "He went on to say, "…"": before round 13 no cue was found (the quotation was read as
    # cue-less context), so the cue was lost even when the speaker came out right
    text = ("Tom Reed spoke to farmers in Dover on Monday.\n\n"
            "\"Prices are up again,\" said Lena Ward, a baker.\n\n"
            "Reed praised the harvest. He went on to say, \"The subsidies are too small.\"\n")
    r = _row(text, "The subsidies")
    assert (r.speaker, r.cue, r.attribution) == ("Tom Reed", "say", "pre-cue")


def test_went_on_to_say_after_the_quotation_is_a_cue() -> None:
    text = ("Tom Reed spoke to farmers in Dover on Monday.\n\n"
            "\"The subsidies are too small,\" Reed went on to say.\n")
    r = _row(text, "The subsidies")
    assert (r.speaker, r.cue, r.attribution) == ("Tom Reed", "say", "post-cue")


def test_a_statement_that_reads_is_the_speaker() -> None:
    # "…," the statement read: before round 13 `read` was no reporting verb, so the quotation
    # was cue-less context and went to the spokeswoman named in the paragraph before
    text = ("Lena Ward, a spokeswoman, sent a statement to reporters on Monday.\n\n"
            "\"The company regrets the delay and will refund every customer,\" the statement "
            "read.\n")
    r = _row(text, "The company regrets")
    assert (r.speaker, r.cue, r.attribution) == ("the statement", "read", "post-cue")


def test_it_reads_after_the_quotation_is_a_cue() -> None:
    text = ("The council published its letter to residents on Friday.\n\n"
            "\"We will close the library in June,\" it reads.\n")
    r = _row(text, "We will close")
    assert (r.cue, r.attribution, r.speaker_mention) == ("read", "post-cue", "it")


def test_a_jacket_that_reads_is_no_speech() -> None:
    # guard (fails without `_drop_person_read`): "a woman in a jacket that read" a slogan is a
    # label, not speech: the subject found for `read` is a person description
    text = ("Protesters gathered outside the hall on Monday. The crowd included a woman in a "
            "jacket that read \"No More Wars\" and two students.\n")
    q = extract_quotes_text(text)
    assert q[q["text"].str.startswith("No More")].iloc[0].kind == "term"


def test_a_person_reading_aloud_takes_no_read_cue() -> None:
    # guard: `read` with a person as its subject is not the cue of written words
    text = ("Tom Reed stood at the lectern in Dover.\n\n"
            "He read: \"We will not be moved.\"\n")
    r = _row(text, "We will not")
    assert (r.speaker, r.cue) == ("Tom Reed", "")
