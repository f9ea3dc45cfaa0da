"""Unit tests (invented text, invented names and events) for review 26c of quotes round 71.

Fix 1 (``helpers/instruments/quotes/possessed_words.py``): a possessive name inside the
complement of an earlier noun (``Tom Reed's view of Lee's speech was: "…"``, ``The public
reaction to Lee's speech was: "…"``, ``Reed's reaction to Lee's speech: "…"``) does not own the
quotation: the earlier noun is the head of the phrase the quotation answers, so round 71's rule
must not give it to ``Lee``. Its non-guard tests fail on ``27e493a7`` (the round as merged) and
pass after the fix, with both choosers; the guards (a preposition after a verb with the colon
alone, ``Tom Reed pointed to Lee's statement: "…"``; an outer possessive whose own noun is read
first, ``Reed's reply to Lee's letter: "…"``; a complement that holds no possessive, ``Reed's
response to the question from Lee was:``) pass before and after.

Fix 2 (the same module): ``of`` after a noun of a part of a text (``text_part_nouns.txt``)
keeps the possessor (``The opening line of Reed's speech was: "…"``: Reed's); its tests fail on
fix 1 (``aa91dab2``), which declined these rows, and pass after (round 71 had them right).
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

from helpers.instruments.quotes.possessed_words import possessed_words

VIEW = (
    "Ann Lee gave her speech on the harbour budget on Monday. Tom Reed's view of Lee's speech "
    "was: \"It was brave but wrong.\" The council votes next week.\n")

REACTION = (
    "Ann Lee warned the town council about the bridge for years. Tom Reed's reaction to Lee's "
    "warning was: \"Nonsense, the bridge is sound.\" He chairs the works committee.\n")

VERDICT = (
    "Ann Lee published her report on the ferry in June. Tom Reed's verdict on Lee's report "
    "was, \"Thorough, but two years late.\" The ferry runs until May.\n")


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words"), [
    (VIEW, "brave but wrong"),
    (REACTION, "the bridge is sound"),
    (VERDICT, "Thorough, but"),
])
def test_a_possessive_inside_an_earlier_nouns_complement_does_not_own_the_quotation(
        text: str, words: str, ranker: str | None) -> None:
    row = _row(text, words, ranker)
    assert row.speaker == "Tom Reed"


@pytest.mark.parametrize("pre", [
    "Tom Reed's view of Lee's speech was: ",
    "The public reaction to Lee's speech was: ",  # no outer possessive: the copula's subject
    "The verdict of the panel on Lee's report was, ",
    "Reed's reaction to Lee's speech: ",  # an outer possessive before the preposition
])
def test_no_possessor_is_read_inside_a_complement(pre: str) -> None:
    assert possessed_words(pre) is None


REPLY = (
    "Ann Lee wrote to Tom Reed about the ferry timetable in June. Reed's reply to Lee's letter: "
    "\"The timetable will not change this year.\" Lee has written again.\n")

POINTED = (
    "Ann Lee is the harbour master. At the council meeting Tom Reed pointed to Lee's "
    "statement: \"We will not resign over the ferry.\" The meeting ended at nine.\n")


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words", "speaker"), [
    (POINTED, "We will not", "Ann Lee"),  # the statement pointed to is quoted
    (REPLY, "will not change", "Tom Reed"),  # the outer possessive's noun is read first
])
def test_the_right_possessor_is_kept(text: str, words: str, speaker: str,
                                     ranker: str | None) -> None:
    row = _row(text, words, ranker)
    assert row.speaker == speaker


@pytest.mark.parametrize(("pre", "np"), [
    ("Reed pointed to Lee's statement: ", "Lee"),
    ("According to Lee's statement: ", "Lee"),
    ("Reed's response to the question from Lee was: ", "Reed"),
    ("From Reed's Facebook post: ", "Reed"),
])
def test_the_possessor_is_still_read_outside_a_complement(pre: str, np: str) -> None:
    m = possessed_words(pre)
    assert m is not None and m.group("np") == np


# Fix 2: ``of`` after a noun of a part of a text (``text_part_nouns.txt``) keeps the possessor
# (fix 1 at ``aa91dab2`` gave these rows to the context; round 71 had them right).
OPENING = (
    "Ann Lee met the harbour union on Monday. The opening line of Reed's speech was: \"Talks "
    "with the union were useful.\" Tom Reed chairs the harbour board.\n")

REST = (
    "Tom Reed was asked about the ferry on Monday. Ann Lee spoke first. The rest of Reed's "
    "answer was, \"The timetable will not change.\"\n")


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words"), [
    (OPENING, "Talks with the union"),
    (REST, "The timetable will not"),
])
def test_part_of_the_possessors_words_stays_the_possessors(
        text: str, words: str, ranker: str | None) -> None:
    row = _row(text, words, ranker)
    assert (row.speaker, row.attribution) == ("Tom Reed", "sentence-cue")


@pytest.mark.parametrize("pre", [
    "The opening line of Reed's speech was: ",
    "The key passage of Reed's letter is: ",
    "The final paragraph of Reed's statement was, ",
])
def test_a_part_noun_before_of_keeps_the_possessor(pre: str) -> None:
    m = possessed_words(pre)
    assert m is not None and m.group("np") == "Reed"
