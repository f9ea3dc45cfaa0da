"""Unit tests (invented text, invented names and places) for quotes round 67: a document that
speaks through ``it`` and its author (British prose, uk_dev10 opened).

Step 1 (``written._written_re``, ``pronouns.pronoun_compatible``): a document subject is the
antecedent of a later ``it`` also when its verb is ``is`` / ``was`` with an adjective or an
irregular participle (``The letter … is blunt``, ``The email … was sent``) and when a
participle phrase stands after the noun before an aside (``A paper seen by this magazine,
dated 3 May, sets out``); a document is never a ``he`` or ``she`` (a row whose speaker is a
document left a description mention that a later ``he says`` took). Each non-guard test fails
before its step (see the round 67 notes in ``docs/notes/real_news.md``) and passes after it,
with both choosers; the guards keep the old reading where it is right.

Step 2 (``document_authors``): the author of such a document: a comma before ``from`` is read
through (``The letter, from the harbour board's auditor, is blunt``), a possessive inside the
``from`` phrase does not end it, and a sentence-initial ``The letter`` (kept as ``the letter``)
is found at the speaker's own offsets, not at an earlier ``the letter`` that names no author.
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

from helpers.instruments.quotes.written import is_document_phrase

OPENING = "Ann Cole has led the harbour board since 2021. \"It is hard,\" she says.\n\n"

COPULA = (OPENING + "The letter from the harbour auditor is blunt in the way such letters are. "
          "It notes \"a serious gap in the accounts\" and warns of worse to come.\n")

IRREGULAR_PASSIVE = (
    "Tom Reed met officials on Monday. \"It went well,\" he said.\n\n"
    "The memo, released by the ferry union, was sent at noon by the port manager.\n\n"
    "\"We cannot run the night crossing without more crew,\" it reads.\n")

PARTICIPLE_POSTMODIFIER = (
    "Tom Reed met officials on Monday. \"It went well,\" he said.\n\n"
    "A draft negotiating paper seen by this magazine, dated 3 May, sets out the plan in stark "
    "terms. It describes the old route as \"a relic of another age\".\n")

UNKNOWN_PERSON_AFTER_DOCUMENT = (
    OPENING + "The letter from the harbour auditor sets out the problem. It notes \"a serious "
    "gap in the accounts\".\n\n"
    "Her deputy, Zorblat Quend, is blunter. \"There is nothing left to cut,\" he says.\n")

PERSON_SUBJECT_GUARD = (
    OPENING + "The letter from the harbour auditor is blunt. Tom Reed is calmer. \"We will "
    "manage,\" he says.\n")


@pytest.mark.parametrize("ranker", RANKERS)
def test_copula_document_subject_is_the_antecedent_of_it(ranker: str | None) -> None:
    row = _row(COPULA, "serious gap", ranker)
    assert row["speaker"] == "the letter"
    assert row["speaker_type"] == "document"


@pytest.mark.parametrize("ranker", RANKERS)
def test_irregular_passive_document_subject(ranker: str | None) -> None:
    assert _row(IRREGULAR_PASSIVE, "night crossing", ranker)["speaker"] == "the memo"


@pytest.mark.parametrize("ranker", RANKERS)
def test_participle_phrase_after_the_document_noun(ranker: str | None) -> None:
    row = _row(PARTICIPLE_POSTMODIFIER, "relic", ranker)
    assert row["speaker"] == "a draft negotiating paper"
    assert row["speaker_type"] == "document"


@pytest.mark.parametrize("ranker", RANKERS)
def test_he_never_takes_a_document(ranker: str | None) -> None:
    assert _row(UNKNOWN_PERSON_AFTER_DOCUMENT, "nothing left", ranker)["speaker"] != "the letter"


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_person_subject_after_document_keeps_he(ranker: str | None) -> None:
    assert _row(PERSON_SUBJECT_GUARD, "We will", ranker)["speaker"] == "Tom Reed"


COMMA_FROM_POSSESSIVE = (
    OPENING + "The letter, from the harbour board's auditor, is blunt. It notes \"a serious "
    "gap in the accounts\".\n")

EARLIER_MENTION = (
    "Ann Cole keeps the letter in her desk. \"It is hard,\" she says.\n\n"
    "The letter from the Harbour Audit Office sets out the problem. It notes \"a serious gap "
    "in the accounts\".\n")

AUTHORLESS_GUARD = (
    OPENING + "The letter, dated 3 May, is blunt. It notes \"a serious gap in the accounts\".\n")


@pytest.mark.parametrize("ranker", RANKERS)
def test_author_after_comma_from_with_possessive(ranker: str | None) -> None:
    row = _row(COMMA_FROM_POSSESSIVE, "serious gap", ranker)
    assert row["speaker"] == "the letter"
    assert row["speaker_author"] == "the harbour board's auditor"


@pytest.mark.parametrize("ranker", RANKERS)
def test_author_read_at_the_sentence_initial_mention(ranker: str | None) -> None:
    row = _row(EARLIER_MENTION, "serious gap", ranker)
    assert row["speaker_author"] == "the Harbour Audit Office"


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_no_author_named(ranker: str | None) -> None:
    row = _row(AUTHORLESS_GUARD, "serious gap", ranker)
    assert row["speaker"] == "the letter"
    assert row["speaker_author"] == ""


def test_is_document_phrase() -> None:
    assert is_document_phrase("the letter")
    assert is_document_phrase("a memo from the harbour board")
    assert is_document_phrase("the council's reports")
    assert not is_document_phrase("the harbour master")
    assert not is_document_phrase("a spokesman for the paper")
