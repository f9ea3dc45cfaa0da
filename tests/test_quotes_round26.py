"""Unit tests (invented text) for the quote rules of issue 13, round 26: own-cue subjects that
are no person — a capitalised word opening the sentence (``Back in 2004``, ``Any fair
reading``, ``Based on``, ``Sign up``), and the name after a cue noun that is no author of the
quoted words (``her message of thrift, Liberals as "…"``, ``claims that Rivertown "…"``). Each
rule is checked with the rules alone (``ranker="rules"``) and with the default chooser."""

from __future__ import annotations

import pytest
from ranker_rows import BOTH_RANKERS as _BOTH
from ranker_rows import speech_row as _row

from helpers.instruments.quotes import extract_quotes_text
from helpers.instruments.quotes.phrases import _valid_np
from helpers.instruments.quotes.quoterow import _verbs_in
from helpers.instruments.quotes.sentcues import _outer_report_verb


@_BOTH
def test_back_opening_a_sentence_is_no_speaker(ranker: str) -> None:
    # before: `Back` (from `Back in 2004`) was the named speaker; the subject is Ms. Hale
    text = ("The governor has changed her tune. Back in 2004, Ms. Hale praised the mayor's "
            "budget skills, telling a local radio station: \"He knows every line of it.\"\n")
    row = _row(text, "He knows", ranker)
    assert row.speaker != "Back"
    assert "Hale" in row.speaker


@_BOTH
def test_any_opening_a_sentence_is_no_speaker(ranker: str) -> None:
    # before: `Any` (a determiner) was the named speaker
    text = ("The talks stalled again on Friday. Any fair reading of the offer, said Tomas "
            "Brennan, an analyst at a Dublin bank, would find it \"a retreat dressed up as a "
            "deal.\"\n")
    row = _row(text, "a retreat", ranker)
    assert row.speaker != "Any"


@pytest.mark.parametrize("np", ["Any", "Back", "Based", "Sign", "Several", "Thus"])
def test_sentence_opening_words_are_no_speaker_phrases(np: str) -> None:
    assert not _valid_np(np)


@pytest.mark.parametrize("np", ["Tom Back", "Ann Sign", "Jo Hale"])
def test_guard_names_with_those_words_stay_speaker_phrases(np: str) -> None:
    # a surname that is also such a word, after a given name, is still a name
    assert _valid_np(np)


@_BOTH
def test_a_name_after_a_cue_noun_as_its_complement_is_no_speaker(ranker: str) -> None:
    # before: `Liberals` (in the noun's complement, before `as`) was the named speaker
    text = ("Ask yourself: which county is Jane Lowe going to carry with her message of "
            "thrift, Liberals as the \"real danger,\" and lower rates?\n")
    q = extract_quotes_text(text, ranker=ranker)
    assert q[q["text"].str.startswith("real danger")].iloc[0].speaker != "Liberals"


@_BOTH
def test_a_subject_of_a_that_clause_after_a_cue_noun_is_no_speaker(ranker: str) -> None:
    # before: `Rivertown` (subject of the reported clause after `claims that`) was the speaker
    text = ("This was the mayor we all knew, the mayor who fights with local reporters, "
            "claims that the weekly Rivertown \"takes its orders\" from the council.\n")
    q = extract_quotes_text(text, ranker=ranker)
    row = q[q["text"].str.startswith("takes its orders")].iloc[0]
    assert row.speaker != "Rivertown"


@_BOTH
def test_the_name_opening_a_clause_after_a_cue_noun_speaks(ranker: str) -> None:
    # before: `the bishop` (the last phrase after the noun, before `as`) was the speaker; the
    # name that subjects its own clause after the noun is the one kept
    text = ("Even before the bishop's remarks about him, Tom Lowe had criticized the bishop "
            "as \"a political man\" in two speeches.\n")
    assert "Lowe" in _row(text, "a political man", ranker).speaker


@_BOTH
def test_the_reporter_not_the_subject_of_the_reported_clause_speaks(ranker: str) -> None:
    # before: `Mark Rossi` (subject of the clause `Cole said` reports) was the speaker
    text = ("Ted Cole says his friend Mark Rossi ran a clean race. In a statement released "
            "after the vote, Cole said he is certain Rossi will continue to be \"a champion "
            "for the valley.\"\n")
    assert "Cole" in _row(text, "a champion", ranker).speaker


@_BOTH
def test_the_reporter_with_a_party_label_speaks(ranker: str) -> None:
    # before: `Hale` (subject of the reported clause, verb `called`) was the speaker
    text = ("Jo Hale met the caucus on Tuesday. Rep. Ann Lowe (D-Ohio) said Hale called on "
            "members to be \"closely coordinated.\"\n")
    assert "Lowe" in _row(text, "closely coordinated", ranker).speaker


@_BOTH
def test_guard_words_said_to_the_reporter_stay_with_their_speaker(ranker: str) -> None:
    # `X says Y described it to him as "…"`: Y's words, told to X; Y stays the speaker
    text = ("Ann Cole says Tom Hale described their first meeting to him as \"cordial\" and "
            "left it there.\n")
    assert "Hale" in _row(text, "cordial", ranker).speaker


@pytest.mark.parametrize(("pre", "subject", "outer"), [
    ("Ann Cole said Tom Hale called it ", "Tom Hale", 0),
    ("Ann Cole claimed that Tom Hale called it ", "Tom Hale", 0),
    ("The deal, said Tom Hale called it ", "Tom Hale", None),  # inverted: no outer subject
    ("Ann Cole said on Monday that Tom Hale called it ", "Tom Hale", None),  # capital word
    ("Ann Cole wrote after Tom Hale called it ", "Tom Hale", None),  # a subordinate clause
])
def test_outer_report_verb(pre: str, subject: str, outer: int | None) -> None:
    verbs = _verbs_in(pre)
    assert _outer_report_verb(pre, verbs, pre.index(subject)) == outer


@_BOTH
def test_guard_a_name_before_a_quoted_aside_after_a_cue_noun_speaks(ranker: str) -> None:
    # the name after the cue noun, then a quoted aside between commas, then its verb: the name
    # speaks (the aside rule of round 26's cue-noun step must keep it)
    text = ("By his own admission, Tom Lowe, \"as a buyer of the stuff\", was just as keen "
            "as the rest of them.\n")
    assert "Lowe" in _row(text, "as a buyer", ranker).speaker
