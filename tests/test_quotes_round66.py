"""Unit tests (invented text, invented names and places) for quotes round 66: four misfires of
ordinary prose that reviewers wrote down, each with its near misses.

Step 1 (``apposed_offices.office_map``, read first by ``descriptions.office_holder``): a
capitalised office (``the Foreign Secretary``) is the one person the article set beside exactly
that office, and a person set beside another office of the same head (``the Home Secretary``) is
no reading back of it. Step 2 (``organisation_uses``): a lone word the article writes as a body
(``Tesco closed its depot``, ``Tesco's shares``) is no lone-surname person, so ``he`` passes over
it. Step 3 (``postcues``): ``"…," the Port of Dover said`` keeps the whole name. Step 4
(``sentcues``): in ``He thanked a friend in the crowd, then said`` the object is no subject of
``said``. Each non-guard test fails before its step (see the round 66 notes in
``docs/notes/real_news.md``) and passes after it, with both choosers; the guards keep the old
reading where it is right.
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

from helpers.instruments.quotes.organisation_uses import written_as_organisation

TWO_SECRETARIES = (
    "Jane Marsh, the Home Secretary, met Paul Eddon, the Foreign Secretary, on Monday.\n\n"
    "Later that day, \"We will not change course on the treaty,\" the Foreign Secretary said.\n")

TWO_SECRETARIES_ONE_PARAGRAPH = (
    "Jane Marsh, the Home Secretary, met Paul Eddon, the Foreign Secretary, on Monday. \"We "
    "will not change course on the treaty,\" the Foreign Secretary said.\n")

OTHER_OFFICE_ONLY = (
    "Jane Marsh, the Home Secretary, visited the border post on Monday.\n\n"
    "Later that day, \"We will not change course on the treaty,\" the Foreign Secretary said.\n")

SAME_OFFICE = (
    "Jane Marsh, the Home Secretary, visited the border post on Monday.\n\n"
    "Later that day, \"We will not change course on the border,\" the Home Secretary said.\n")

NO_APPOSITION = (
    "Jane Marsh met the press on Monday.\n\n"
    "Later that day, \"We will not change course on the treaty,\" the Foreign Secretary said.\n")


@pytest.mark.parametrize("ranker", RANKERS)
def test_office_is_the_person_set_beside_it(ranker: str | None) -> None:
    for text in (TWO_SECRETARIES, TWO_SECRETARIES_ONE_PARAGRAPH):
        assert _row(text, "change course", ranker)["speaker"] == "Paul Eddon"


@pytest.mark.parametrize("ranker", RANKERS)
def test_holder_of_another_office_is_no_reading_back(ranker: str | None) -> None:
    assert _row(OTHER_OFFICE_ONLY, "change course", ranker)["speaker"] == "the Foreign Secretary"


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_same_office_and_no_apposition(ranker: str | None) -> None:
    assert _row(SAME_OFFICE, "change course", ranker)["speaker"] == "Jane Marsh"
    assert _row(NO_APPOSITION, "change course", ranker)["speaker"] == "Jane Marsh"


COMPANY_ITS = (
    "Sam Okoro runs the union branch. Brandwell closed its depot in March. \"It is a blow to "
    "the whole town,\" he said.\n\n"
    "\"We regret the decision,\" Brandwell said.\n")

COMPANY_SHARES = (
    "Sam Okoro runs the union branch. Brandwell closed the depot in March. \"It is a blow to "
    "the whole town,\" he said.\n\n"
    "Brandwell's shares fell on the news. \"We regret the decision,\" Brandwell said.\n")

PERSON_STATEMENT = (
    "Ann Cole chairs the harbour council. Varnay defied the vote in March. \"It is a blow to "
    "the whole town,\" he said.\n\n"
    "\"We regret nothing,\" Varnay said in a statement to the council.\n")


@pytest.mark.parametrize("ranker", RANKERS)
def test_he_passes_over_a_company(ranker: str | None) -> None:
    for text in (COMPANY_ITS, COMPANY_SHARES):
        assert _row(text, "blow to", ranker)["speaker"] == "Sam Okoro"


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_a_lone_surname_who_speaks_in_a_statement(ranker: str | None) -> None:
    # people issue statements too: no evidence of a body, round 64's reading stays
    assert _row(PERSON_STATEMENT, "blow to", ranker)["speaker"] == "Varnay"


def test_written_as_organisation_marks() -> None:
    text = "Brandwell, which owns the depot, said so. Varnay said it was late."
    assert written_as_organisation("Brandwell", text, 0)
    assert not written_as_organisation("Varnay", text, text.index("Varnay"))
    assert written_as_organisation("Kestra", "Kestra and its suppliers met.", 0)


PORT = "\"Trade is recovering at last,\" the Port of Calloway said in a statement.\n"
SPOKESMAN = "\"Trade is recovering at last,\" a spokesman for the Port of Calloway said.\n"
MAYOR = "\"Trade is recovering at last,\" the mayor of Calloway said.\n"


@pytest.mark.parametrize("ranker", RANKERS)
def test_the_noun_of_name_is_one_name(ranker: str | None) -> None:
    assert _row(PORT, "recovering", ranker)["speaker"] == "the Port of Calloway"


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_spokesman_for_and_lower_case_office(ranker: str | None) -> None:
    assert _row(SPOKESMAN, "recovering", ranker)["speaker"] == \
        "a spokesman for the Port of Calloway"
    assert _row(MAYOR, "recovering", ranker)["speaker"] == "the mayor of Calloway"


THANKED_THEN_SAID = (
    "Sam Okoro won the seat by forty votes. He thanked a friend in the crowd, then said the "
    "result was \"the best day of my whole life\".\n")
APPOSED_THEN_SAID = (
    "Sam Okoro won the seat by forty votes. Ann Cole, his agent, then said the result was "
    "\"the best day of my whole life\".\n")


@pytest.mark.parametrize("ranker", RANKERS)
def test_object_before_then_said_is_no_subject(ranker: str | None) -> None:
    assert _row(THANKED_THEN_SAID, "best day", ranker)["speaker"] == "Sam Okoro"


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_subject_with_apposition_then_said(ranker: str | None) -> None:
    assert _row(APPOSED_THEN_SAID, "best day", ranker)["speaker"] == "Ann Cole"
