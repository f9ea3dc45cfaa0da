"""Dates of archive articles: an ISO date in the file name as a fallback, and a dateline after a
correction, which dates the correction and not the article (invented articles and names)."""

from __future__ import annotations

import pytest

from helpers.core.corpus import file_date, load_corpus, segment_text
from helpers.core.dates import file_name_date
from helpers.report.store import plan

BODY = ("Budget talks stall\n\nThe council of Eastmere met on Tuesday. Its leader, Tomas Vell, "
        "said the budget was late.\n\nA vote is due next month.\n")


@pytest.mark.parametrize(("name", "iso"), [
    ("gazette_2016-03-01_budget-talks.txt", "2016-03-01"),
    ("2016-03-01.txt", "2016-03-01"),
    ("budget talks 2016-03-01 final.txt", "2016-03-01"),
    ("gazette_2016-03-01_2016-03-01.txt", "2016-03-01"),  # the same date twice: one date
    ("000_9725aa8402de1287.txt", ""),
    ("gazette_20160301_budget.txt", ""),  # no hyphens: could be any number
    ("gazette_2016-02-30_budget.txt", ""),  # no such day
    ("id2016-03-01.txt", ""),  # glued to letters: part of an id
    ("gazette_2016-03-01_to_2016-04-01.txt", ""),  # two dates: which one?
    # review 8: an ISO 8601 date and time, as scrapers name files, holds the date
    ("gazette_2016-03-01T09-30-00Z_budget.txt", "2016-03-01"),
    ("2016-03-01T0930.txt", "2016-03-01"),
    ("gazette_2016-03-01Tx.txt", ""),  # a T glued to a letter: part of an id
])
def test_an_iso_date_standing_alone_in_a_file_name_is_read(name, iso):
    assert file_name_date(name) == iso


def test_file_date_precedence_metadata_then_file_name_then_date_option():
    name = "gazette_2016-03-01_budget.txt"
    assert file_date(name, {"date": "2016-02-28"}, "2020-01-01") == ("2016-02-28", "metadata.csv")
    assert file_date(name, {}, "2020-01-01") == ("2016-03-01", "file name")
    assert file_date("budget.txt", {}, "2020-01-01") == ("2020-01-01", "--date")
    assert file_date("budget.txt", {}, None) == ("", "--date")


def test_an_undated_text_takes_the_date_of_its_file_name(tmp_path):
    (tmp_path / "gazette_2016-03-01_budget-talks.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "gazette_budget-talks.txt").write_text(BODY, encoding="utf-8")
    arts = load_corpus(tmp_path).articles.sort_values("source")
    assert arts["date"].tolist() == ["2016-03-01", ""]
    assert arts["date_source"].tolist() == ["file name", ""]
    dated = load_corpus(tmp_path, date="2020-01-01").articles.sort_values("source")
    assert dated["date"].tolist() == ["2016-03-01", "2020-01-01"]
    assert dated["date_source"].tolist() == ["file name", "--date"]


def test_the_text_and_metadata_csv_win_over_the_file_name(tmp_path):
    (tmp_path / "gazette_2016-03-01_a.txt").write_text(
        "Budget talks stall\nPublished 2 March 2016\n\nThe council met on Tuesday.\n",
        encoding="utf-8")
    (tmp_path / "gazette_2016-03-01_b.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,date\ngazette_2016-03-01_b.txt,2016-02-27\n",
                                           encoding="utf-8")
    arts = load_corpus(tmp_path).articles.sort_values("source")
    assert arts["date"].tolist() == ["2016-03-02", "2016-02-27"]
    assert arts["date_source"].tolist() == ["dateline", "metadata.csv"]


def test_the_table_store_dates_files_as_load_corpus_does(tmp_path):
    (tmp_path / "gazette_2016-03-01_budget-talks.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "gazette_budget-talks.txt").write_text(BODY, encoding="utf-8")
    _, specs = plan(tmp_path, date="2020-01-01")
    got = {s.source: (s.date, s.date_source) for s in specs}
    assert got == {"gazette_2016-03-01_budget-talks.txt": ("2016-03-01", "file name"),
                   "gazette_budget-talks.txt": ("2020-01-01", "--date")}


CORRECTED = (
    "Budget talks stall\n\nThe council of Eastmere met on Tuesday. Its leader, Tomas Vell, said "
    "the budget was late.\n\nCorrection:\n\nAn article on Tuesday misspelt the leader's name.\n\n"
    "Friday, March 11, 2016.\n")


def test_a_dateline_after_a_correction_dates_the_correction_not_the_article():
    c = segment_text(CORRECTED, date="2016-03-01", date_source="file name")
    assert c.articles["date"].tolist() == ["2016-03-01"]
    assert c.articles["date_source"].tolist() == ["file name"]
    undated = segment_text(CORRECTED)
    assert undated.articles["date"].tolist() == [""]


def test_a_dateline_before_the_correction_still_dates_the_article():
    text = CORRECTED.replace("Budget talks stall\n\n", "Budget talks stall\nMarch 8, 2016\n\n")
    c = segment_text(text, date="2016-03-01", date_source="file name")
    assert c.articles["date"].tolist() == ["2016-03-08"]
    assert c.articles["date_source"].tolist() == ["dateline"]



def test_the_undated_warnings_name_the_file_name_fallback():
    from helpers.core.check import DATE_HINT
    from helpers.report.aggregate import DATE_HOW

    for hint in (DATE_HINT, DATE_HOW):
        assert "metadata.csv" in hint and "file name" in hint and "YYYY-MM-DD_" in hint, hint
