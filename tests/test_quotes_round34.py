"""Unit tests (invented text, invented names) for the subjects of sentence cues and written
sources, issue 13, round 34.

Each sentence below had, before the round, a speaker that is no speaker: the document its
author issued (``a statement``), a cut phrase (``of Morrow``, ``to county board members``),
an adverb or participle opener (``Hastily``, ``Beaming``), or nothing at all."""

from __future__ import annotations

from helpers.instruments.quotes import extract_quotes_text
from helpers.instruments.quotes.cue_subjects import (
    apposed_name,
    aside_ends,
    headed_plural,
    issuer_verb_start,
)


def _row(text: str, words: str) -> dict:
    df = extract_quotes_text(text)
    rows = df[df["text"].str.contains(words, regex=False)]
    assert len(rows) == 1, df[["text", "speaker"]]
    return rows.iloc[0].to_dict()


def test_the_issuer_of_a_statement_speaks_not_the_statement() -> None:
    text = ("Governor Ann Hale spoke in Dover on Monday.\n\nIn reply to the mayor's remarks, "
            "Deputy Press Office Director Tom Briggs released a statement saying that the plan "
            "was \u201ca costly mistake for the county.\u201d\n")
    row = _row(text, "costly mistake")
    assert row["speaker"] == "Tom Briggs" and row["speaker_type"] == "named"


def test_issuer_verb_start_needs_an_issuing_verb_and_a_document() -> None:
    assert issuer_verb_start("Jo Reed issued a brief statement ") == len("Jo Reed ")
    assert issuer_verb_start("Jo Reed read a brief statement ") is None
    assert issuer_verb_start("Jo Reed released a new song ") is None


def test_supporters_of_a_person_are_the_speakers_not_the_person() -> None:
    text = ("The race is close.\n\nSupporters of Morrow would argue that his plan fits the "
            "\u201cangry mood\u201d of the voters in the county.\n")
    row = _row(text, "angry mood")
    assert row["speaker"] == "Supporters of Morrow" and row["speaker_type"] == "description"
    assert headed_plural("Critics of the plan") and not headed_plural("Lee of Dover")


def test_a_name_in_apposition_to_a_quantifier_head_speaks() -> None:
    text = ("The mayor has many friends.\n\nOne longtime ally, Councilwoman Ruth Pell, Democrat "
            "of Dover, gave the idea a try in an interview with a local station on Monday: "
            "\u201cWe can build the bridge in two years.\u201d\n")
    row = _row(text, "build the bridge")
    assert row["speaker"] == "Ruth Pell"
    s = "A spokeswoman, Jo Reed, said"
    app = apposed_name(s, 0)
    assert app is not None and s[app.start:app.end] == "Jo Reed"
    assert apposed_name("A long day, Jo Reed, said", 0) is None  # no person noun head


def test_an_adverb_participle_opener_with_a_dash_aside_is_no_speaker() -> None:
    text = ("The storm hit the coast on Friday.\n\nHastily seizing on the damage \u2015 much as "
            "he did after the floods in March of last year \u2015 Morrow put the blame on his "
            "rivals in the state, and stressed the danger that \u201cthe levees\u201d pose to the "
            "town.\n")
    row = _row(text, "the levees")
    assert row["speaker"] == "Morrow"
    b = "Quickly X-ing it \u2015 an aside here \u2015 Lee went "
    assert aside_ends(b) == [b.index("Lee")]


def test_a_letter_to_members_is_a_document_speaker() -> None:
    text = ("The committee meets on Monday.\n\nA letter to county board members calls for the "
            "town to answer the flood by admitting that \u201cpoor planning\u201d is to blame.\n")
    row = _row(text, "poor planning")
    assert row["speaker"] == "a letter to county board members"
    assert row["speaker_type"] == "document"


def test_a_participle_opener_holding_the_cue_noun_is_no_speaker() -> None:
    """``Beaming throughout her speech, Ms. X drew cheers …``: the cue noun ``speech`` sits in
    the opener; before, its participle ``Beaming`` was taken and then dropped as no speaker."""
    text = ("The mayor won easily.\n\nBeaming throughout her speech, Ms. Varga drew cheers as "
            "she thanked the town and then declared, \u201cThis is a great day for Dover.\u201d\n")
    row = _row(text, "great day")
    assert row["speaker"] == "Varga" and row["speaker_reason"] == ""
