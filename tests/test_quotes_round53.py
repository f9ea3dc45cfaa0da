"""Unit tests (invented British text, invented names and events) for quotes round 53: written
sources whose determiner is the possessive pronoun ``its``, and their authors.

Why: the guideline ("Written sources") names a written source's author as the speaker; for
``Its editorial called the scheme "…"`` that is the body ``its`` refers to. Before the round,
``its`` was in no determiner list, so ``Its editorial`` / ``Its statement`` was no speaker
phrase at all (the quotation went to the last person or group named), and round 52's author
column had no rule for a possessive pronoun. Each test below failed before its step (see the
round 53 notes in ``docs/notes/real_news.md``) and passes after it; the guards check what must
not change.
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

from helpers.instruments.quotes.phrases import its_document

WEEKLY = (
    "Harbour towns weigh the ferry vote\n\n"
    "The Greens, who have papered the seafront with posters, say they are “the only party "
    "that listens to the islands”.\n\n"
    "The town weekly, the Pellmouth Courier, has been unkind to everyone. Its editorial on "
    "Friday called the ferry plan “a bridge to nowhere” and accused both councils of "
    "“rowing in circles”.")

FOUNDATION = (
    "A think-tank answers back\n\n"
    "The Ormsby Foundation is a small think-tank with a loud voice. Its statement said the "
    "port levy was “arithmetic dressed as policy”.")

MINISTER = (
    "Ferry talks stall\n\n"
    "The Transport Secretary spoke first at the quayside. Its statement said the port levy "
    "was “arithmetic dressed as policy”.")

CHAIRMAN = (
    "A think-tank answers back\n\n"
    "The Ormsby Foundation is a small think-tank. Its chairman, Edwin Marlow, said the levy "
    "was “arithmetic dressed as policy”.")


@pytest.mark.parametrize("ranker", RANKERS)
def test_its_editorial_speaks_with_the_weekly_named_in_apposition_as_author(ranker):
    for words in ("a bridge to nowhere", "rowing in circles"):
        row = _row(WEEKLY, words, ranker)
        assert row["speaker"] == "Its editorial"
        assert row["speaker_type"] == "document"
        assert row["speaker_author"] == "the Pellmouth Courier"


@pytest.mark.parametrize("ranker", RANKERS)
def test_its_statement_takes_the_named_body_of_the_sentence_before(ranker):
    row = _row(FOUNDATION, "arithmetic dressed", ranker)
    assert row["speaker"] == "Its statement"
    assert row["speaker_author"] == "The Ormsby Foundation"


def test_its_phrase_is_a_speaker_phrase_only_with_a_document_head():
    assert its_document("Its editorial")
    assert its_document("its annual report")
    assert not its_document("its chairman")
    assert not its_document("its")


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_a_person_before_its_is_no_author(ranker):
    row = _row(MINISTER, "arithmetic dressed", ranker)
    assert row["speaker"] == "Its statement"
    assert row["speaker_author"] == ""


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_its_chairman_stays_the_named_person(ranker):
    row = _row(CHAIRMAN, "arithmetic dressed", ranker)
    assert row["speaker"] == "Edwin Marlow"


AS_PUT_APPOS = (
    "The long retreat of the Borders Liberals\n\n"
    "Colin Marsh thought the defeat a blip. Most of his friends agreed with him. As one "
    "Peebles organiser, Jenny Pask, once put it, “We were winning with voters who had stopped "
    "turning out.” The next decade was worse.")

AS_PUT_TAIL = (
    "Fishing talks drift into spring\n\n"
    "Both sides say the door is open. Whether anything will be signed by June is another "
    "question. As the Irish envoy put it on Friday, folding his notes: ‘The sea is narrow. "
    "It has never felt so wide.’")

AS_PUT_PLAIN = (
    "Fishing talks drift into spring\n\n"
    "Both sides say the door is open. As one aide put it: ‘The sea is narrow.’")


@pytest.mark.parametrize("ranker", RANKERS)
def test_as_put_it_with_a_name_in_apposition_after_a_description(ranker):
    row = _row(AS_PUT_APPOS, "stopped turning out", ranker)
    assert row["speaker"] == "Jenny Pask"
    assert row["cue"] == "put"


@pytest.mark.parametrize("ranker", RANKERS)
def test_as_put_it_with_words_after_it(ranker):
    row = _row(AS_PUT_TAIL, "never felt so wide", ranker)
    assert row["speaker"] == "the Irish envoy"
    assert row["cue"] == "put"


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_plain_as_put_it_unchanged(ranker):
    assert _row(AS_PUT_PLAIN, "The sea is narrow", ranker)["speaker"] == "one aide"
