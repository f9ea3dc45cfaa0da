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
