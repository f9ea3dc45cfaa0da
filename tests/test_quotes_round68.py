"""Unit tests (invented text, invented names and events) for quotes round 68: PolNeAR train
A-C's wrong speakers, news wire.

Step 1 (``helpers/instruments/quotes/chant_cues.py``): a quotation that completes a noun of
collective calling out (``data/lexicons/chant_nouns.txt``: ``chant``, ``cheer``, ``chorus`` …)
is the words of the group of people before the noun (``the crowd took up the chant "…"``,
``X roused the crowd to chants of "…"``, ``got the audience to cheer for "…"``), not of the
person who stirred them or spoke before. Step 2 (``elliptic_speakers.py``): a lone ``another``
the article gives no noun for (``Another tweeted, "…"``) stays the speaker. Each non-guard
test fails before its step (see the round 68 notes in ``docs/notes/real_news.md``) and passes
after it, with both choosers; the guards check what must not change.
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

from helpers.instruments.quotes.chant_cues import chant_cue
from helpers.instruments.quotes.elliptic_speakers import bare_elliptic_speaker

RALLY = (
    "Tom Reed spoke for an hour in the hall. Cheers went up when Reed mentioned the mayor, and "
    "at one point the crowd loudly took up the old chant \"Out with her! Out with her!\" that "
    "had rung through the hall all week.\n\nReed waved it away.\n")

ROUSED = (
    "Ann Lee, a close ally of the governor, spoke on Tuesday. Casting herself as the town's "
    "defender, Ms. Lee roused the crowd to spontaneous chants of \"Shut it down!\"\n\n"
    "The mood changed later.\n")

CHEER_FOR = (
    "Tom Reed spoke to the rally in the square. A local band got the audience to dance and "
    "cheer for \"Mayor Tom Reed.\" Many in the audience said he was the only one they "
    "trusted.\n")

JOINED = (
    "Two groups met at the gate. A mix of students, nurses and retired teachers joined in a "
    "loud chant of \"Save our ward!\" Their voices drowned out the traffic.\n")

REPEATED = (
    "Tom Reed took the stage at noon. He repeated the chant \"Build the bridge!\" to cheers "
    "from the crowd.\n")

BOOED = (
    "The crowd booed on Friday as Tom Reed repeated the chant \"Build the bridge!\" from the "
    "stage.\n")


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words", "speaker"), [
    (RALLY, "Out with her", "the crowd"),
    (ROUSED, "Shut it down", "the crowd"),
    (CHEER_FOR, "Mayor Tom Reed", "the audience"),
])
def test_a_chant_is_the_crowds(text: str, words: str, speaker: str, ranker: str | None) -> None:
    row = _row(text, words, ranker)
    assert row.speaker == speaker


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_chant_joined_by_a_group_is_the_groups(ranker: str | None) -> None:
    row = _row(JOINED, "Save our ward", ranker)
    assert row.speaker.endswith("teachers")
    assert row.cue == "chant"


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize("text", [REPEATED, BOOED])
def test_a_chant_a_named_person_repeats_stays_theirs(text: str, ranker: str | None) -> None:
    """Guard: no group before the noun, or a name between the group and the noun."""
    row = _row(text, "Build the bridge", ranker)
    assert row.speaker == "Tom Reed"


def test_chant_cue_reads_the_group_phrase() -> None:
    m = chant_cue("Then Ann Lee led the angry crowd in a chant of ")
    assert m is not None
    assert (m.group("np"), m.group("noun")) == ("the angry crowd", "chant")
    m = chant_cue("Hundreds of anti-war protesters raised a cry of ")
    assert m is not None and m.group("np") == "anti-war protesters"
    assert chant_cue("The crowd fell silent when Ann Lee began the chant ") is None
    assert chant_cue("The report said the slogan was ") is None


# Step 2 (``helpers/instruments/quotes/elliptic_speakers.py``): a lone ``another`` whose
# noun the article never gives is kept as the speaker, not dropped as a headless description.
ANOTHER_TWEETED = (
    "Tom Reed answered the mayor's post. Reed wrote, \"She did the same thing last year.\"\n\n"
    "Another tweeted, \"The mayor thinks she is above the rules.\"\n\nThe row went on.\n")

ANOTHER_NOTES = (
    "The council's site is busy. In May, a quiz asked readers to name the bridges.\n\n"
    "Another notes the mayor's first job \"gutting\" fish at the harbour.\n")

ANOTHER_VOTER = (
    "\"It is a joke,\" one voter wrote. Another said he hoped with his \"whole heart\" that "
    "the bridge would open.\n")


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words"), [
    (ANOTHER_TWEETED, "above the rules"),
    (ANOTHER_NOTES, "gutting"),
])
def test_a_bare_another_is_kept_as_the_speaker(text: str, words: str, ranker: str | None) -> None:
    row = _row(text, words, ranker)
    assert row.speaker.lower() == "another"
    assert not row.speaker_reason


@pytest.mark.parametrize("ranker", RANKERS)
def test_another_completed_by_the_article_keeps_its_noun(ranker: str | None) -> None:
    """Guard: ``one voter … Another said`` stays ``another voter``."""
    row = _row(ANOTHER_VOTER, "whole heart", ranker)
    assert row.speaker == "another voter"


def test_bare_elliptic_speaker() -> None:
    assert bare_elliptic_speaker("Another", "description")
    assert not bare_elliptic_speaker("another voter", "description")
    assert not bare_elliptic_speaker("the one", "description")
    text = "Another holdout - the union - is unlikely to back her. Another tweeted, \"No.\""
    assert not bare_elliptic_speaker("Another", "description", text, 7)
    assert bare_elliptic_speaker("Another", "description", text, text.index(" tweeted"))
