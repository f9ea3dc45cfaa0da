"""A publication date outside the plausible years is flagged by ``check_corpus`` (naming the file
and where the date came from) and in notebook 01's ``date_check`` column; the article is kept
with its date. Invented articles and names."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from helpers.core.check import (
    FIRST_PLAUSIBLE_YEAR,
    LAST_PLAUSIBLE_YEAR,
    YEARS_VARIABLE,
    check_corpus,
    date_flags,
    date_problem,
    plausible_years,
    plausible_years_note,
    summarise,
)
from helpers.core.corpus import load_corpus, segment_text

BODY = ("Budget talks stall\n\nThe council of Eastmere met on Tuesday. Its leader, Tomas Vell, "
        "said the budget was late.\n\nA vote is due next month.\n")
YEARS = (1605, 2027)


@pytest.fixture(autouse=True)
def _no_years_variable(monkeypatch):
    monkeypatch.delenv(YEARS_VARIABLE, raising=False)


@pytest.mark.parametrize(("name", "date"), [
    ("ref-0001-01-01.txt", "0001-01-01"),
    ("gazette_9999-12-31_budget.txt", "9999-12-31"),
])
def test_an_implausible_file_name_date_is_flagged_naming_the_file_and_kept(tmp_path, name, date):
    (tmp_path / name).write_text(BODY, encoding="utf-8")
    (tmp_path / "gazette_2016-03-01_vote.txt").write_text(BODY, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert len(corpus.articles) == 2  # nothing dropped
    assert sorted(corpus.articles["date"]) == sorted([date, "2016-03-01"])  # the date is kept
    checks = check_corpus(corpus)
    flagged = checks[checks["problem"] == "implausible_date"]
    assert len(flagged) == 1
    row = flagged.iloc[0]
    assert row["source"].endswith(name)
    assert date in row["message"] and "file name" in row["message"]
    assert f"{FIRST_PLAUSIBLE_YEAR}–" in row["message"]
    assert any(name in line and "plausible" in line for line in summarise(checks))


@pytest.mark.parametrize(("text", "date", "source"), [
    ("Published 3 March 0012\n\n" + BODY, "0012-03-03", "dateline"),
    (BODY, "2999-05-01", "--date"),
])
def test_a_dateline_or_date_option_year_is_checked_too(text, date, source):
    corpus = segment_text(text, source="eastmere.txt",
                          date="2999-05-01" if source == "--date" else None)
    assert corpus.articles["date"].tolist() == [date]
    message = check_corpus(corpus, years=YEARS)["message"]
    assert message.str.contains(f"date {date} (date_source: {source})", regex=False).any()


@pytest.mark.parametrize(("date", "flagged"), [
    ("1604-12-31", True), ("1605-01-01", False), ("2016-03-01", False), ("2027-12-31", False),
    ("2028-01-01", True), ("", False),
])
def test_the_range_is_inclusive(date, flagged):
    assert bool(date_problem(date, "file name", YEARS)) is flagged


class _Year2040(dt.date):
    """A clock that reads 2040 (``datetime.date.today``)."""

    @classmethod
    def today(cls) -> dt.date:
        return dt.date(2040, 6, 1)


def test_the_default_range_is_fixed_not_the_run_date(monkeypatch):
    """The upper bound was the year after the run: the same corpus gave other flags next year.
    It is now a fixed year, whatever the clock says."""
    assert plausible_years() == (FIRST_PLAUSIBLE_YEAR, LAST_PLAUSIBLE_YEAR) == (1605, 2030)
    monkeypatch.setattr(dt, "date", _Year2040)
    assert plausible_years() == (1605, 2030)
    assert date_problem("2031-01-01", "file name")
    assert not date_problem("2030-12-31", "file name")
    assert "fixed default" in plausible_years_note() and "1605–2030" in plausible_years_note()


def test_a_range_passed_on_from_the_variable_is_named_as_the_variable(monkeypatch):
    """`make run` passes the range in force to notebook 01 as PLAUSIBLE_YEARS; when that range
    is the variable's, the note names the variable (review 11: it said PLAUSIBLE_YEARS)."""
    monkeypatch.setenv(YEARS_VARIABLE, "1990-2020")
    assert plausible_years_note("1990-2020") == (
        "plausible publication years 1990–2020 (set by NS_PLAUSIBLE_YEARS)")
    assert plausible_years_note("1800-2035").endswith("(set by PLAUSIBLE_YEARS)")


def test_the_parameter_wins_over_the_variable_and_is_named(monkeypatch):
    monkeypatch.setenv(YEARS_VARIABLE, "1990-2020")
    assert plausible_years() == (1990, 2020)
    assert "set by NS_PLAUSIBLE_YEARS" in plausible_years_note()
    assert plausible_years("1800-2035") == (1800, 2035)
    assert plausible_years_note("1800-2035") == (
        "plausible publication years 1800–2035 (set by PLAUSIBLE_YEARS)")
    with pytest.raises(ValueError, match="PLAUSIBLE_YEARS"):
        plausible_years("2035-1800")


def test_the_range_is_configurable_and_a_bad_value_fails_loudly(monkeypatch):
    monkeypatch.setenv(YEARS_VARIABLE, "1990-2020")
    assert plausible_years() == (1990, 2020)
    assert date_problem("1985-06-01", "metadata.csv")
    monkeypatch.setenv(YEARS_VARIABLE, "2020-1990")
    with pytest.raises(ValueError, match=YEARS_VARIABLE):
        plausible_years()
    monkeypatch.setenv(YEARS_VARIABLE, "recent")
    with pytest.raises(ValueError, match=YEARS_VARIABLE):
        plausible_years()


def test_date_flags_is_the_articles_table_column():
    articles = pd.DataFrame({"date": ["2016-03-01", "0001-01-01", "", "March 2016"],
                             "date_source": ["footer", "file name", "", "metadata.csv"]})
    assert date_flags(articles, YEARS).tolist() == ["", "outside 1605–2027", "",
                                                   "not an ISO date"]


def test_a_missing_date_source_is_not_printed_as_nan() -> None:
    """A metadata table with no ``date_source`` for a row gives NaN: the message names no
    source rather than ``(date_source: nan)`` (review 9)."""
    message = date_problem("0001-01-01", float("nan"), YEARS)
    assert message and "nan" not in message
    assert "(date_source: file name)" in date_problem("0001-01-01", "file name", YEARS)
