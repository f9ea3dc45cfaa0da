"""Unit tests (invented text, invented names and places) for quotes round 72: documents and
their authors (British prose, uk_dev11 opened).

Step 1 (new ``personal_documents``): a document whose determiner is ``his`` / ``her``
(``her letter says``) has as author the person the pronoun there resolves to; round 53 read
``its`` / ``their`` only, and never a person.

Step 2 (new ``issuer_asides``, called by ``document_authors._issuer_nearby``): a definite
document that no earlier mention names takes as author the subject of the latest issuing verb
nearby also when a participle or relative aside between commas stands between that subject and
its verb (``The Harwood review, commissioned by the Home Office …, published its findings``).

Each non-guard test fails before its step (see the round 72 notes in
``docs/notes/real_news.md``) and passes after it, with both choosers; the guards keep the old
reading where it is right.
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

HER_LETTER = (
    "The camp on the lawn is in its third week.\n\n"
    "On Monday the principal, Professor Ann Cole, wrote to every student. The college, her "
    "letter says, \"respects the right to protest\", but the tents must go by Friday.\n")

HIS_REPORT = (
    "The inquiry into the ferry sat for two years.\n\n"
    "Tom Reed chaired it from the start. His report concludes that the harbour board was "
    "\"asleep at the wheel for a decade\".\n")

ITS_GUARD = (
    "The Harbour Trust has had a hard year.\n\n"
    "The Harbour Trust published a survey on Monday. Its report calls the ferry cuts \"a "
    "disgrace to the town\".\n")


@pytest.mark.parametrize("ranker", RANKERS)
def test_her_letter_has_the_named_woman_as_author(ranker: str | None) -> None:
    row = _row(HER_LETTER, "right to protest", ranker)
    assert row["speaker"] == "her letter"
    assert row["speaker_author"] == "Ann Cole"


@pytest.mark.parametrize("ranker", RANKERS)
def test_his_report_has_the_named_man_as_author(ranker: str | None) -> None:
    row = _row(HIS_REPORT, "asleep at the wheel", ranker)
    assert row["speaker"] == "his report"
    assert row["speaker_author"] == "Tom Reed"


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_its_report_keeps_the_body(ranker: str | None) -> None:
    assert _row(ITS_GUARD, "disgrace", ranker)["speaker_author"] == "The Harbour Trust"
