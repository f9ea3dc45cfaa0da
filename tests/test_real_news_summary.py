"""The committed real-news accuracy table equals a fresh computation, so what the notebooks show
beside a user's results describes the code it ships with (``helpers.evaluate.real_news_summary``).

The comparison reads ``../shared/validation`` (or ``$NS_SHARED_DATA``) and skips with the reason
when it is absent (a user's fresh clone); CI has it. After a change that moves a figure, rewrite
the table with ``python scripts/score_real_news.py --summary``.
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.evaluate import real_news_summary as rns
from helpers.evaluate.real_news_timex import real_news_timex_problem
from helpers.evaluate.shared_data import validation_dir


def test_rows_of_one_set_carry_value_target_first_contact_and_count(tmp_path, monkeypatch):
    fc = tmp_path / "first_contact.csv"
    fc.write_text("measure,value,split,commit,date\nspan_f1,0.5,polnear-dev,abc,2026-01-01\n",
                  encoding="utf-8")
    monkeypatch.setattr(rns, "FIRST_CONTACT_FILE", fc)
    scores = {"span_f1": 0.91234549, "speaker_accuracy": 0.75, "speaker_accuracy_non_pronoun": 0.8,
              "cue_accuracy": 0.6, "cue_accuracy_own_cue": 0.5, "n_gold_pieces": 100,
              "n_speaker_pairs": 40,
              "n_speaker_pairs_non_pronoun": 30, "n_matched": 90}
    rows = pd.DataFrame(rns.summary_rows("polnear-dev", scores))
    assert list(rows.columns) == rns.SUMMARY_COLUMNS
    span = rows.set_index("measure").loc["span_f1"]
    assert (span["value"], span["target"], span["first_contact"], span["n"]) == (
        0.912345, 0.93, 0.5, 100)
    speaker = rows.set_index("measure").loc["speaker_accuracy"]
    assert speaker["n"] == 40 and pd.isna(speaker["first_contact"])


def test_committed_table_has_every_set_and_measure():
    table = rns.load_real_news_summary()
    assert list(table.columns) == rns.SUMMARY_COLUMNS
    expected = {(name, m) for name, spec in rns.SUMMARY_SETS.items() for m, _, _ in spec.measures}
    assert set(zip(table["set"], table["measure"])) == expected
    assert table["value"].between(0, 1).all() and (table["n"] > 0).all()
    assert set(rns.load_real_news_summary("quotes")["set"]) == {"polnear-dev"}


def test_absent_table_gives_an_empty_frame_with_the_columns(tmp_path, monkeypatch):
    monkeypatch.setattr(rns, "SUMMARY_FILE", tmp_path / "none.csv")
    table = rns.load_real_news_summary("timeline")
    assert table.empty and list(table.columns) == rns.SUMMARY_COLUMNS


def test_unknown_set_is_refused():
    with pytest.raises(ValueError, match="unknown real-news set"):
        rns.score_real_news_set("no-such-set")


@pytest.mark.evaluation_split
def test_committed_table_equals_a_fresh_computation():
    for name in ("polnear", "timebank"):
        if not validation_dir(name).is_dir():
            pytest.skip(f"../shared/validation/{name} not present: {validation_dir(name)} "
                        "(set NS_SHARED_DATA)")
    if problem := real_news_timex_problem():
        pytest.skip(problem)
    fresh = rns.compute_real_news_summary().set_index(["set", "measure"])
    committed = rns.load_real_news_summary().set_index(["set", "measure"])
    assert sorted(fresh.index) == sorted(committed.index)
    diff = (fresh["value"] - committed.loc[fresh.index, "value"]).abs()
    stale = diff[diff > 5e-7]
    assert stale.empty, ("data/annotations/real_news/scores.csv is stale; rewrite it with "
                         f"`python scripts/score_real_news.py --summary`:\n{stale}")
    assert (fresh["n"] == committed.loc[fresh.index, "n"]).all()
