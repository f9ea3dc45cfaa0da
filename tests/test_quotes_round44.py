"""Unit tests (invented text, invented names and places) for quotations without a cue of
their own, issue 13, round 44.

Step 1: a cue-less quotation that no context rule gives a speaker, followed in its sentence by
a phrase the post-cue readers refuse and a verb of saying (a party label, a possessive
apposition, a long participle phrase with a quoted slogan, an inverted description), takes
the first person mention of that phrase as its speaker (:mod:`.trailing_cues`)."""

from __future__ import annotations

import pytest

from helpers.instruments.quotes import extract_quotes_text


def _row(text: str, words: str, ranker: str | None = None) -> dict:
    df = extract_quotes_text(text, ranker=ranker)
    rows = df[df["text"].str.contains(words, regex=False)]
    assert len(rows) == 1, df[["text", "speaker"]]
    return rows.iloc[0].to_dict()


_LABEL = (
    "The harbour levy passed the state senate on Monday.\n\n"
    "\u201cThe levy punishes the fishermen who kept this town alive,\u201d Senate "
    "Minority Leader Orla M. Pettigrew (D-Ore.) said in a statement. "
    "\u201cWe will repeal it in the spring.\u201d\n")


@pytest.mark.parametrize("words", ["punishes the fishermen", "repeal it in the spring"])
def test_a_party_label_after_the_name_still_names_the_speaker(words: str) -> None:
    """Rules: before step 1 both quotations had no speaker."""
    assert _row(_LABEL, words)["speaker"] == "Orla M. Pettigrew"


_APPOSED = (
    "The ferry timetable was cut again in May.\n\n"
    "\u201cNobody on the island was asked,\u201d Coastal Rep. Dag Vennholt\u2019s chief of staff, "
    "Ines Marrow, told reporters before the vote.\n")


def test_a_possessive_before_the_speakers_role_is_not_the_speaker() -> None:
    assert _row(_APPOSED, "Nobody on the island")["speaker"] == "Ines Marrow"


_SLOGAN = (
    "Delegates filled the hall in Corriston on Thursday.\n\n"
    "\u201cWe came for a fight and we got one,\u201d county delegate Hollis Brandvik, wearing a "
    "straw hat and \u201cKeep Corriston Green\u201d badges, said as the music began.\n")


def test_a_participle_phrase_with_a_quoted_slogan_before_the_verb() -> None:
    assert _row(_SLOGAN, "came for a fight")["speaker"] == "Hollis Brandvik"


def test_the_chooser_agrees_on_the_trailing_speaker() -> None:
    """Guard: with the default chooser (what a user gets) the speaker is the same (the
    committed chooser found it before step 1 too)."""
    assert _row(_SLOGAN, "came for a fight", ranker="default")["speaker"] == "Hollis Brandvik"


_NEXT_SENTENCE = (
    "The square was loud on Friday night.\n\n"
    "\u201cNot one more tower,\u201d the marchers chanted at the gates of City Hall. Later "
    "Mayor Tuva Rendahl said the plans would be reviewed.\n")


def test_a_verb_of_saying_in_the_next_sentence_names_no_speaker() -> None:
    """Guard: the verb must stand in the quotation's own sentence."""
    assert _row(_NEXT_SENTENCE, "Not one more tower")["speaker"] != "Tuva Rendahl"


# Step 2: a colon paragraph that only names a written text (``Partial transcript as
# follows:``) gives the quoted paragraphs under it to that text (PolNeAR's Source).
_TRANSCRIPT = (
    "Mayor Ilse Varga answered questions at the harbour office on Friday.\n\n"
    "Partial transcript as follows:\n\n"
    "\"We will keep the pier open for the boats until the autumn.\n\n"
    "\"Nobody asked the fishermen about the tower, and that was a mistake.\"\n")


@pytest.mark.parametrize("ranker", [None, "default"])
@pytest.mark.parametrize("words", ["keep the pier open", "Nobody asked the fishermen"])
def test_a_transcript_heading_speaks_the_paragraphs_under_it(words: str,
                                                              ranker: str | None) -> None:
    assert _row(_TRANSCRIPT, words, ranker)["speaker"] == "Partial transcript"


_DETAILS = (
    "Mayor Ilse Varga answered questions at the harbour office on Friday.\n\n"
    "The details:\n\n"
    "\"We will keep the pier open for the boats until the autumn.\"\n")


def test_a_heading_that_names_no_written_text_is_no_speaker() -> None:
    """Guard: only a head of ``document_nouns.txt`` makes the heading a speaker."""
    assert _row(_DETAILS, "keep the pier open")["speaker"] != "The details"
