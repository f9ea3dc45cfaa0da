"""Unit tests (invented text) for the quote rules of issue 13, round 25: a subject that the
rules typed as a person's name but which is no person — a nationality, region or religion
adjective standing alone (``in Italian``, ``Mexican workers``, ``anti-Muslim remarks``). Each
rule is checked with the rules alone (``ranker="rules"``) and with the default chooser."""

from __future__ import annotations

import pytest
from ranker_rows import BOTH_RANKERS as _BOTH
from ranker_rows import speech_row as _row

from helpers.instruments.quotes.phrases import _valid_np


@_BOTH
def test_a_language_is_no_speaker(ranker: str) -> None:
    # before: `Italian` (the language the words are quoted in) was the named speaker
    text = ("At a dinner in Rome, the retired banker Ana Ruiz closed her speech by quoting "
            "a poet in Italian: \"Every obstacle yields to stern resolve.\"\n")
    assert _row(text, "Every obstacle", ranker).speaker != "Italian"


@_BOTH
def test_a_religion_adjective_after_a_prefix_is_no_speaker(ranker: str) -> None:
    # before: `Muslim` (from `anti-Muslim`) was the named speaker of the scare quote
    text = ("The mayor spoke on the radio. He said his rival's anti-Muslim remarks were "
            "\"useful propaganda\" for the group.\n")
    assert _row(text, "useful propaganda", ranker).speaker != "Muslim"


@pytest.mark.parametrize("np", ["Italian", "Mexican American", "Central Asian", "Muslim"])
def test_adjective_only_phrases_are_no_speaker_phrases(np: str) -> None:
    assert not _valid_np(np)


@pytest.mark.parametrize("np", ["David French", "Ana Italiano", "Americans", "Tom Hale",
                                "the Mexican president"])
def test_guard_names_plurals_and_descriptions_stay_speaker_phrases(np: str) -> None:
    # a surname that is also a nationality word, a plural group, a description with a head
    assert _valid_np(np)
