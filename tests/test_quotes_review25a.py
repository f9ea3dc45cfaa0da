"""Unit tests (invented text, invented names and places) for review 25a of quotes round 67:
the author of a document read from its ``by`` / ``from`` phrase (``document_authors``).

Round 67 let a possessive stand inside the phrase (``from the harbour board's auditor``) and
read a comma before ``from`` through (``The letter, from …,``). Two cuts were left that name a
fragment as the author: a lowercase ``-s`` / ``-ed`` / ``-ing`` word right after the
possessive was taken for the verb that ends the phrase (``from the ferry company's appointed
engineer`` -> ``the ferry company's``), and a plural noun inside the commas was taken for the
verb too (``, from the two largest unions,`` -> ``the two largest``), though the verb of a
comma-delimited phrase comes after its closing comma. The two non-guard tests fail before the fix
(review 25a, see ``docs/notes/real_news.md``) and pass after, with both choosers; the guards
keep the phrase cut at a verb where it is one. Step 2 (the antecedent of ``it``) is described
below, before its tests.
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

OPENING = "Ann Cole has run the harbour since 2021. \"It is hard,\" she says.\n\n"

POSSESSOR_NOUN = (
    OPENING + "The memo from the ferry company's engineers warns that the pier is \"close to "
    "failing\".\n")

POSSESSOR_PARTICIPLE = (
    OPENING + "The letter, from the ferry company's appointed engineer, warns that the pier is "
    "\"close to failing\".\n")

PLURAL_IN_COMMAS = (
    OPENING + "The letter, from the two largest dock unions, warns that the pier is \"close to "
    "failing\".\n")

VERB_GUARD = (
    OPENING + "The memo from the ferry company warns that the pier is \"close to failing\".\n")

VERB_AFTER_POSSESSOR_NOUN_GUARD = (
    OPENING + "The letter, from the ferry company's chief engineer, warns that the pier is "
    "\"close to failing\".\n")


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_possessive_phrase_before_the_verb(ranker: str | None) -> None:
    row = _row(POSSESSOR_NOUN, "close to", ranker)
    # the memo's author, or the author taken as the speaker: the whole phrase either way
    assert "the ferry company's engineers" in (row["speaker"], row["speaker_author"])
    assert "the ferry company's" not in (row["speaker"], row["speaker_author"])


@pytest.mark.parametrize("ranker", RANKERS)
def test_participle_after_a_possessive_is_no_verb(ranker: str | None) -> None:
    row = _row(POSSESSOR_PARTICIPLE, "close to", ranker)
    assert row["speaker"] == "the letter"
    assert row["speaker_author"] == "the ferry company's appointed engineer"


@pytest.mark.parametrize("ranker", RANKERS)
def test_plural_noun_inside_commas_is_no_verb(ranker: str | None) -> None:
    row = _row(PLURAL_IN_COMMAS, "close to", ranker)
    assert row["speaker"] == "the letter"
    assert row["speaker_author"] == "the two largest dock unions"


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_verb_still_ends_the_phrase(ranker: str | None) -> None:
    row = _row(VERB_GUARD, "close to", ranker)
    assert "the ferry company" in (row["speaker"], row["speaker_author"])


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_possessive_phrase_in_commas(ranker: str | None) -> None:
    row = _row(VERB_AFTER_POSSESSOR_NOUN_GUARD, "close to", ranker)
    assert row["speaker_author"] == "the ferry company's chief engineer"


# Step 2 (``written.written_subject``): a document read as a subject only through round 67's
# bare copula (``is due``, ``was late``: a state) does not displace an organisation subject
# before it in the paragraph as the antecedent of ``it``.

ORGANISATION_THEN_COPULA_DOCUMENT = (
    OPENING + "The Harbour Trust declined to discuss the findings on Monday. The review is due "
    "in June.\n\n\"We do not comment on drafts,\" it said.\n")

COPULA_DOCUMENT_ALONE_GUARD = (
    OPENING + "The review is out at last. \"Ferry fares must fall,\" it says.\n")


@pytest.mark.parametrize("ranker", RANKERS)
def test_copula_document_yields_to_an_earlier_organisation(ranker: str | None) -> None:
    row = _row(ORGANISATION_THEN_COPULA_DOCUMENT, "comment on drafts", ranker)
    assert row["speaker"] == "the Harbour Trust"


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_copula_document_alone_speaks(ranker: str | None) -> None:
    row = _row(COPULA_DOCUMENT_ALONE_GUARD, "fares must fall", ranker)
    assert row["speaker"] == "the review"
