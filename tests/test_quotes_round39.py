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


_PIER = "\u201cWe will open the new pier in May,\u201d Mara Quillfeather said on Monday.\n\n"


def test_a_quotation_inside_narration_takes_the_sentence_subject() -> None:
    text = _PIER + ("Dorian Pellworth sniped that Quillfeather was \u201cstill finding her "
                    "feet\u201d while the harbour lost money.\n")
    assert _row(text, "finding her feet")["speaker"] == "Dorian Pellworth"


def test_a_group_subject_speaks_a_quotation_inside_its_sentence() -> None:
    text = _PIER + ("The Harwick Town Council voted 6-1 for a motion which said the town "
                    "\u201crejects the quarry and every plan like it.\u201d\n")
    assert "Council" in _row(text, "rejects the quarry")["speaker"]


def test_a_board_subject_speaks_a_quotation_inside_its_sentence() -> None:
    text = _PIER + ("The board saw Quillfeather as \u201cthe best harbour master the town has "
                    "ever had\u201d when it hired her.\n")
    assert _row(text, "best harbour master")["speaker"].lower() == "the board"


def test_a_second_piece_after_its_cue_keeps_the_cue_speaker() -> None:
    # guard: the sentence's own cue governs a piece after it
    text = _PIER + ("\u201cThe money is there,\u201d said Dorian Pellworth, Quillfeather's "
                    "deputy on the board, \u201cand the work starts in June.\u201d\n")
    assert _row(text, "work starts in June")["speaker"] == "Dorian Pellworth"


def test_a_capitalised_ordinary_word_opening_the_sentence_is_no_subject() -> None:
    # guard: "Good" is no name; the quotation stays with the speaker before
    text = _PIER + ("Good planning can still win the day, but only when \u201cthe money for "
                    "the harbour is there.\u201d\n")
    assert _row(text, "money for the harbour")["speaker"] == "Mara Quillfeather"


_BLOCK = "\n\n\u201cThe money for the new pier was never there in the first place.\u201d\n"


def _rules_row(text: str, words: str) -> dict:
    df = extract_quotes_text(text, ranker=None)
    rows = df[df["text"].str.contains(words, regex=False)]
    assert len(rows) == 1, df[["text", "speaker"]]
    return rows.iloc[0].to_dict()


def test_an_inverted_colon_paragraph_introduces_the_next_paragraph() -> None:
    text = _PIER.replace("Quillfeather said", "Quillfeather and Dorian Pellworth said") + \
        "Stated Pellworth:" + _BLOCK
    assert _rules_row(text, "never there")["speaker"] == "Dorian Pellworth"


def test_an_as_cue_in_a_colon_paragraph_introduces_the_next_paragraph() -> None:
    text = _PIER + ("Of course, as Dorian Pellworth observed, the real winner was not the pier "
                    "but the town:" + _BLOCK)
    assert _rules_row(text, "never there")["speaker"] == "Dorian Pellworth"


def test_a_colon_paragraph_subject_introduces_the_next_paragraph() -> None:
    text = _PIER + "The Lowmoor Gazette confirmed the figure, reporting:" + _BLOCK
    assert _row(text, "never there")["speaker"] == "The Lowmoor Gazette"


def test_a_piece_read_as_carrying_on_takes_the_cue_later_in_its_sentence() -> None:
    text = _PIER + ("After the vote, her proposals will open \u201ca lot of new doors\u201d and "
                    "win the harbour the \u201csummer visitors\u201d it lacks, Dorian Pellworth "
                    "said.\n")
    assert _rules_row(text, "new doors")["speaker"] == "Dorian Pellworth"
