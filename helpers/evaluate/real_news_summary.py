"""How accurate the instruments are on real news: the table a researcher reads beside results.

Why. The notebooks validate each instrument against the hand annotation of the default corpus,
which the rules were developed on; a researcher running the toolkit on her own articles needs
the figures measured on real news the project did not write (PolNeAR, TimeBank/AQUAINT and the
project's blind TIMEX3 set of PolNeAR articles). Computing them needs ``../shared`` and about a
minute, so they are kept in a committed table, ``data/annotations/real_news/scores.csv``, written
by ``python scripts/score_real_news.py --summary`` and checked against a fresh computation by
``tests/test_real_news_summary.py`` whenever the shared data are present (CI): a change to an
instrument that moves a figure fails the tests until the table is rewritten, so the table always
describes the code it ships with.

Columns of the table (one row per set and measure):

``instrument`` (quotes, timeline), ``set`` (the key of ``scripts/score_real_news.py``),
``description`` (what the set is), ``measure``, ``value`` (rounded to 6 decimals, so that a
figure shown to 3 is rounded once), ``target`` (the issue's threshold, empty where none),
``first_contact`` (the figure before any rule was
written against the set, from ``first_contact.csv``; empty where not recorded), ``n`` (the units
the measure is computed on: matched quotations with a Source, gold expressions).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

import pandas as pd

from helpers.core.paths import ANNOTATIONS

if TYPE_CHECKING:
    from helpers.evaluate.polnear import PolnearSplit

__all__ = ["SUBSAMPLES", "SUMMARY_COLUMNS", "SUMMARY_FILE", "SUMMARY_SETS", "SummarySet",
           "compute_real_news_summary", "load_real_news_summary", "polnear_subsample",
           "score_real_news_set",
           "summary_rows"]

SUMMARY_FILE = ANNOTATIONS / "real_news" / "scores.csv"
FIRST_CONTACT_FILE = ANNOTATIONS / "real_news" / "first_contact.csv"
#: PolNeAR train subsamples of the quote rounds: letter -> offset k of sorted(train)[k::4][:200]
SUBSAMPLES = {"A": 0, "B": 1, "C": 2, "D": 3}
SUMMARY_COLUMNS = ["instrument", "set", "description", "measure", "value", "target",
                   "first_contact", "n"]


class SummarySet(NamedTuple):
    """One real-news set of the summary: what it is and which measures are shown."""

    instrument: str
    description: str
    measures: tuple[tuple[str, float | None, str], ...]  # (measure, target, count key)
    first_contact_key: str  # the ``split`` of first_contact.csv ('' when none)


#: issue 14's targets: AQUAINT strict >= 0.85, relaxed >= 0.92, value >= 0.82; "TimeBank the same"
_TIMEX_TARGETS = (("strict_f1", 0.85, "n_gold"), ("relaxed_f1", 0.92, "n_gold"),
                  ("value_f1", 0.82, "n_gold"))
_TIMEX = (("strict_f1", None, "n_gold"), ("relaxed_f1", None, "n_gold"),
          ("value_f1", None, "n_gold"))
SUMMARY_SETS: dict[str, SummarySet] = {
    "polnear-dev": SummarySet(
        "quotes", "PolNeAR dev: 84 US news articles of the 2016 election, direct quotations",
        (("span_f1", 0.93, "n_gold_pieces"), ("speaker_accuracy", 0.93, "n_speaker_pairs"),
         ("speaker_accuracy_non_pronoun", None, "n_speaker_pairs_non_pronoun"),
         ("cue_accuracy", None, "n_matched"), ("cue_accuracy_own_cue", None, "n_matched")),
        "polnear-dev"),
    "aquaint": SummarySet(
        "timeline", "AQUAINT (TempEval-3): 73 news documents, TIMEX3, never tuned on",
        _TIMEX_TARGETS, "aquaint"),
    "timebank": SummarySet(
        "timeline", "TimeBank (TempEval-3): 183 news documents, TIMEX3, development set",
        _TIMEX_TARGETS, ""),
    "polnear-timex": SummarySet(
        "timeline", "PolNeAR TIMEX3 set: 120 US news articles (batch 5: 25 of wire copy) "
        "annotated by the project, each batch before the instrument ran on it (first contact "
        "per batch: first_contact.csv)",
        _TIMEX, ""),
}


def score_real_news_set(name: str, progress: Callable[[int], None] | None = None,
                        keep: dict | None = None, subsample: str | None = None,
                        marks: str | None = None, ranker="default") -> dict:
    """The scores of one real-news set (``polnear-dev``, ``polnear-train``, ``aquaint``,
    ``timebank``, ``polnear-timex``); raises FileNotFoundError when its shared data are absent.

    ``keep``: a dict that receives the loaded gold, the predictions and the texts (for error
    tables) under ``gold``, ``pred``, ``texts``. ``subsample`` (a key of :data:`SUBSAMPLES`)
    restricts ``polnear-train`` to that development subsample of the quote rounds. ``marks``
    (``british-curly`` / ``british-straight``, :mod:`helpers.evaluate.british_marks`) scores
    a PolNeAR split rewritten with British quotation marks; None or ``double``: as published.
    ``ranker``: passed to ``extract_quotes`` (PolNeAR sets; the learned speaker chooser).
    """
    from helpers.evaluate.shared_data import validation_dir

    keep = {} if keep is None else keep
    if name in ("polnear-dev", "polnear-train"):
        from helpers.evaluate.polnear import load_polnear, predict_quotes, score_polnear

        folder = validation_dir("polnear")
        if not folder.is_dir():
            raise FileNotFoundError(folder)
        split = load_polnear(folder, name.split("-")[1])
        if subsample and name == "polnear-train":
            split = polnear_subsample(split, subsample)
        if marks and marks != "double":
            from helpers.evaluate.british_marks import british_split

            split = british_split(split, marks)
        pred = predict_quotes(split, progress, ranker=ranker)
        keep.update(gold=split.gold, pred=pred, texts=split.texts, n_documents=len(split.texts))
        return score_polnear(split.gold, pred, texts=split.texts)
    from helpers.evaluate.real_news_timex import load_real_news_timex, real_news_timex_problem
    from helpers.evaluate.timeml import load_timeml_folder, predict_timexes, score_timeml

    if name == "polnear-timex":
        if real_news_timex_problem():
            raise FileNotFoundError(validation_dir("polnear"))
        docs = load_real_news_timex()
    elif name in ("aquaint", "timebank"):
        folder = validation_dir("timebank") / {"aquaint": "AQUAINT", "timebank": "TimeBank"}[name]
        if not folder.is_dir():
            raise FileNotFoundError(folder)
        docs = load_timeml_folder(folder)
    else:
        raise ValueError(f"unknown real-news set {name!r}")
    gold = pd.concat([d.timexes for d in docs], ignore_index=True)
    pred = predict_timexes(docs, progress)
    keep.update(gold=gold, pred=pred, texts=None, n_documents=len(docs))
    return score_timeml(gold, pred)


def polnear_subsample(split: PolnearSplit, letter: str) -> PolnearSplit:
    """PolNeAR train subsample ``letter`` (:data:`SUBSAMPLES`): its texts, dates and gold."""
    from helpers.evaluate.polnear import PolnearSplit

    keep = sorted(split.texts)[SUBSAMPLES[letter]::4][:200]
    return PolnearSplit({a: split.texts[a] for a in keep},
                        {a: d for a, d in split.dates.items() if a in keep},
                        split.gold[split.gold["source"].isin(keep)].reset_index(drop=True),
                        {a: n for a, n in split.annotators.items() if a in keep})


def _first_contact() -> dict[tuple[str, str], float]:
    if not FIRST_CONTACT_FILE.is_file():
        return {}
    fc = pd.read_csv(FIRST_CONTACT_FILE, dtype={"value": float})
    return {(r.split, r.measure): float(r.value) for r in fc.itertuples()}


def summary_rows(name: str, scores: dict) -> list[dict]:
    """The summary rows of one set from its scores (:func:`score_real_news_set`)."""
    spec = SUMMARY_SETS[name]
    first = _first_contact()
    return [{"instrument": spec.instrument, "set": name, "description": spec.description,
             "measure": measure, "value": round(float(scores[measure]), 6), "target": target,
             "first_contact": first.get((spec.first_contact_key, measure)),
             "n": int(scores[count])}
            for measure, target, count in spec.measures]


def compute_real_news_summary(progress: Callable[[str], None] | None = None) -> pd.DataFrame:
    """Score every set of :data:`SUMMARY_SETS` now (needs ``../shared``; about a minute)."""
    rows: list[dict] = []
    for name in SUMMARY_SETS:
        if progress:
            progress(name)
        rows += summary_rows(name, score_real_news_set(name))
    return pd.DataFrame(rows, columns=SUMMARY_COLUMNS)


def load_real_news_summary(instrument: str | None = None) -> pd.DataFrame:
    """The committed summary (all instruments, or one); empty with the columns when absent."""
    if not SUMMARY_FILE.is_file():
        return pd.DataFrame(columns=SUMMARY_COLUMNS)
    df = pd.read_csv(SUMMARY_FILE, dtype={"target": float, "first_contact": float})
    return df if instrument is None else df[df["instrument"] == instrument].reset_index(drop=True)
