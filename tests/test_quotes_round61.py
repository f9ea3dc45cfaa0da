"""Quotes round 61 (issue 13): a document speaks for the author a participle of authorship
names (``A report published this morning by X … the report says``). Invented sentences only."""

from __future__ import annotations

import pytest

from helpers.instruments.quotes import extract_quotes_text

RANKERS = ("default", "rules")

PUBLISHED = (
    "Ferry fares rose again this year.\n\n"
    "A report published this morning by the Harbour Trust finds that the crossings lose money. "
    "\"The ferry is no longer a luxury,\" the report says. \"It is a lifeline.\"\n")

PREPARED = (
    "The council met on Tuesday.\n\n"
    "The memo, prepared last month by the Finance Directorate, sets out three options. "
    "\"None of them is cheap,\" the memo warns.\n")

PRESENTED = (
    "The council met on Tuesday.\n\n"
    "A memo, presented to the Finance Committee in May, sets out three options. "
    "\"None of them is cheap,\" the memo warns.\n")


def _rows(text: str, ranker: str):
    return extract_quotes_text(text, ranker=ranker)


@pytest.mark.parametrize("ranker", RANKERS)
def test_participle_and_time_phrase_before_by_name_the_author(ranker: str) -> None:
    d = _rows(PUBLISHED, ranker)
    assert list(d["speaker"]) == ["the report", "the report"]
    assert list(d["speaker_author"]) == ["the Harbour Trust", "the Harbour Trust"]


@pytest.mark.parametrize("ranker", RANKERS)
def test_participle_after_a_comma_names_the_author(ranker: str) -> None:
    d = _rows(PREPARED, ranker)
    assert d.iloc[0]["speaker"] == "the memo"
    assert d.iloc[0]["speaker_author"] == "the Finance Directorate"


@pytest.mark.parametrize("ranker", RANKERS)
def test_presented_to_names_an_audience_not_an_author(ranker: str) -> None:
    d = _rows(PRESENTED, ranker)
    assert d.iloc[0]["speaker"] == "the memo"
    assert d.iloc[0]["speaker_author"] == ""


LETTER_INTRO = "Senator Ann Cole, a Maine Democrat, has written to the harbour board.\n\n"
PASSIVE = (LETTER_INTRO + "Cole's letter was delivered on Monday. It asks whether the board "
           "should review \"the whole timetable before the winter\". Nobody thought it likely.\n")
WHERE = (LETTER_INTRO + "But the ferry is where Cole's letter is aimed. According to an aide, "
         "it asks whether the board should review \"the whole timetable before the winter\". "
         "Nobody thought it likely.\n")
NOT_WRITTEN = ("Tom Reed runs the ferry. The harbour board was told on Monday that the boats "
               "would stop. \"We cannot keep them running,\" Reed said.\n")


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize("text", [PASSIVE, WHERE], ids=["passive", "where"])
def test_it_speaks_for_a_possessive_document_of_a_passive_or_subordinate_clause(
        ranker: str, text: str) -> None:
    d = _rows(text, ranker)
    assert d.iloc[0]["speaker"] == "Cole's letter"
    assert d.iloc[0]["speaker_author"] == "Cole"


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_passive_group_subject_does_not_take_a_named_speakers_quotation(ranker: str) -> None:
    d = _rows(NOT_WRITTEN, ranker)
    assert d.iloc[0]["speaker"] == "Tom Reed"


PUT_RELATIVE = ("The council met on Monday.\n\nA councillor who asked not to be named put the mood "
                "in one line: \"Everyone is angry and nobody is listening.\" The vote was close.\n")
PUT_PARTICIPLE = ("The council met on Monday.\n\nThe councillors were cross. One of them, speaking "
                  "on condition of anonymity, puts it bluntly: \"Everyone is angry and nobody is "
                  "listening.\" The vote was close.\n")
SAID_THEN_PUT = ("The council met on Monday.\n\nTom Reed said he was cross, and then he put it "
                 "bluntly: \"Everyone is angry and nobody is listening.\" The vote was close.\n")


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize("text", [PUT_RELATIVE, PUT_PARTICIPLE], ids=["relative", "participle"])
def test_put_is_the_cue_over_a_verb_in_its_subjects_aside(ranker: str, text: str) -> None:
    d = _rows(text, ranker)
    assert d.iloc[0]["cue"] == "put"


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_main_clause_cue_before_put_is_kept(ranker: str) -> None:
    d = _rows(SAID_THEN_PUT, ranker)
    assert d.iloc[0]["cue"] == "say"


DESCRIBED_COORDINATED = (
    "The ferry row went on.\n\nTom Reed, the council leader, has said he would \"look again\" "
    "at the timetable, and has twice this month described the fares as \"a tax on the poor\". "
    "His office did not reply.\n")
DESCRIBES_RELATIVE = ("The ferry row went on.\n\nAnn Cole spent the winter writing reports that "
                      "she now describes as \"accurate and useless\". She laughed.\n")
DESCRIBED_NEXT_SENTENCE = ("The ferry row went on.\n\nAnn Cole described the fares. \"They are a "
                           "tax on the poor,\" she said.\n")


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_framing_verb_with_as_is_the_cue_over_an_earlier_verb(ranker: str) -> None:
    d = _rows(DESCRIBED_COORDINATED, ranker)
    assert list(d["cue"]) == ["say", "describe"]
    assert d.iloc[1]["speaker"] == "Tom Reed"


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_framing_verb_in_a_relative_clause_is_the_cue(ranker: str) -> None:
    d = _rows(DESCRIBES_RELATIVE, ranker)
    assert d.iloc[0]["cue"] == "describe"


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_framing_verb_of_another_sentence_is_no_cue(ranker: str) -> None:
    d = _rows(DESCRIBED_NEXT_SENTENCE, ranker)
    assert d.iloc[0]["cue"] == "say"
