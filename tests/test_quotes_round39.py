"""Unit tests (invented text, invented names and places) for quotations without a cue of
their own, issue 13, round 39: continuations and context rows.

Before the round, a report that quotes one person most (no interview form: past-tense cues,
no first-person writer) gave every cue-less quotation to that person, even one that carries on
another speaker quoted just before in the same paragraph."""

from __future__ import annotations

from helpers.instruments.quotes import extract_quotes_text


def _row(text: str, words: str) -> dict:
    df = extract_quotes_text(text)
    rows = df[df["text"].str.contains(words, regex=False)]
    assert len(rows) == 1, df[["text", "speaker"]]
    return rows.iloc[0].to_dict()


_MAIN_FIGURE = (
    "\u201cThe ferry will sail again in May,\u201d Tilda Quarrington said on Monday.\n\n"
    "\u201cWe have waited long enough for this,\u201d Quarrington said.\n\n"
    "\u201cThe money for the new pier is there,\u201d Quarrington said.\n\n")


def test_a_report_carries_on_another_speaker_in_the_same_paragraph() -> None:
    text = _MAIN_FIGURE + (
        "\u201cIt is a waste of public money\u201d that the county cannot afford, Orrin "
        "Bellweather said. \u201cThe plans for the pier are not finished.\u201d\n")
    assert _row(text, "plans for the pier")["speaker"] == "Orrin Bellweather"


def test_a_report_carries_on_another_speaker_into_the_next_paragraph() -> None:
    text = _MAIN_FIGURE + (
        "\u201cIt is a waste of public money,\u201d Orrin Bellweather told the Lowmoor Gazette "
        "after Quarrington announced the date.\n\n"
        "\u201cNobody has asked the fishermen what they need from a new pier.\u201d\n")
    assert _row(text, "Nobody has asked")["speaker"] == "Orrin Bellweather"


def test_a_report_still_gives_its_main_figure_a_quotation_after_narration() -> None:
    # guard: a cue-less quotation in a paragraph of its own after narration is still the
    # main figure's
    text = _MAIN_FIGURE + (
        "\u201cIt is a waste of public money,\u201d Orrin Bellweather said.\n\n"
        "The council met again on Thursday.\n\n"
        "The vote was close. \u201cWe will build it whatever the cost.\u201d\n")
    assert _row(text, "whatever the cost")["speaker"] == "Tilda Quarrington"
