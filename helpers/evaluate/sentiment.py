"""Scoring the sentiment instrument against human ratings and hand labels.

Why separate: the instrument (:mod:`helpers.instruments.sentiment`) scores text; this module
compares its measures with gold — the NYT editorial snippets rated by people
(in the shared folder beside the clone, ``../shared/validation``; split by editorial into
``fit`` and ``held_out``) and the project's own
hand-labelled sentences — and is what ``scripts/fit_sentiment.py`` and ``make validate`` use.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from helpers.core.paths import shared_root
from helpers.evaluate.metrics import cohen_kappa, macro_f1, pearson, spearman
from helpers.instruments.sentiment import CALIBRATION_FILE, MEASURES, score_texts, to_class

__all__ = [
    "NYT_DEV_FILE",
    "agreement_table",
    "editorial_part",
    "evaluate",
    "labelled_predictions",
    "load_nyt_dev",
    "nyt_validation",
    "sentiment_errors",
]

#: third-party text: read from the shared folder, never copied into the repository
NYT_DEV_FILE: Path = shared_root() / "validation" / "nyt_editorial_snippets_dev.tsv"
NYT_COLUMNS = ["measure", "part", "n", "editorials", "pearson", "spearman", "macro_f1",
               "computed"]


def evaluate(gold: Sequence[float], pred: Sequence[float]) -> dict[str, float]:
    """Pearson, Spearman and 3-class macro-F1 of ``pred`` against gold on the same -1..1 scale."""
    return {
        "n": len(gold),
        "pearson": pearson(gold, pred),
        "spearman": spearman(gold, pred),
        "macro_f1": macro_f1(to_class(gold), to_class(pred)),
    }


def editorial_part(editorial: str, salt: str = "sentiment-split", held_out_pct: int = 30) -> str:
    """``fit`` or ``held_out`` for an editorial: sha256(salt:editorial) mod 100 < pct -> held out.

    Hash-based, so the assignment is deterministic, independent of row order and of the other
    editorials, and every snippet of one editorial lands on the same side.
    """
    h = int(hashlib.sha256(f"{salt}:{editorial}".encode()).hexdigest()[:8], 16)
    return "held_out" if h % 100 < held_out_pct else "fit"


def load_nyt_dev(path: Path = NYT_DEV_FILE) -> pd.DataFrame:
    """NYT snippets: ``id``, ``editorial``, ``mean_rating``, ``gold`` (mean/4), ``text``.

    Raises ``FileNotFoundError`` saying where the file should be when the shared folder is absent.
    """
    if not path.is_file():
        raise FileNotFoundError(
            f"{path}: the NYT editorial ratings are not here; they are third-party data read from "
            "the shared folder beside the clone (../shared/validation, or $NS_SHARED_DATA)")
    df = pd.read_csv(path, sep="\t", quoting=3, dtype={"id": str, "text": str},
                     keep_default_na=False)
    df["editorial"] = df["id"].str.split("_").str[0]
    df["gold"] = df["mean_rating"].astype(float) / 4.0
    return df


def _recorded_validation(part: str, calibration: Path) -> pd.DataFrame:
    """The figures the fit recorded in ``calibration`` for ``part`` (``computed`` = False)."""
    scores = json.loads(calibration.read_text(encoding="utf-8")).get("scores", {}).get(part, {})
    rows = [{"measure": name, "part": part, "n": int(scores[col]["n"]),
             "editorials": scores.get("n_editorials"), "pearson": scores[col]["pearson"],
             "spearman": scores[col]["spearman"], "macro_f1": scores[col]["macro_f1"],
             "computed": False}
            for col, name in MEASURES.items() if col in scores]
    return pd.DataFrame(rows, columns=NYT_COLUMNS)


def nyt_validation(part: str = "held_out", calibration: Path = CALIBRATION_FILE,
                   path: Path = NYT_DEV_FILE) -> pd.DataFrame:
    """Each measure against the NYT human ratings on one side of the editorial split.

    One row per measure: ``measure``, ``part``, ``n``, ``editorials``, ``pearson``, ``spearman``,
    ``macro_f1`` (3 classes, neutral band 0.05, gold = mean rating / 4), ``computed``. ``part`` is
    ``held_out`` (never used to choose or fit the default score), ``fit`` or ``all``.

    Without the shared folder (a clone on its own) the ratings cannot be read: the figures the
    fit recorded in ``calibration`` are returned instead, marked ``computed`` = False, so a
    notebook still shows how far the score can be trusted and says where the numbers come from.
    """
    if not path.is_file():
        return _recorded_validation(part, calibration)
    data = load_nyt_dev(path)
    if part != "all":
        data = data[data["editorial"].map(editorial_part) == part].reset_index(drop=True)
    scores = score_texts(data["text"], calibration=calibration)
    rows = []
    for col, name in MEASURES.items():
        res = evaluate(data["gold"], scores[col])
        rows.append({"measure": name, "part": part, "n": res["n"],
                     "editorials": data["editorial"].nunique(), "pearson": res["pearson"],
                     "spearman": res["spearman"], "macro_f1": res["macro_f1"], "computed": True})
    return pd.DataFrame(rows, columns=NYT_COLUMNS)


def agreement_table(gold: pd.DataFrame, calibration: Path = CALIBRATION_FILE) -> pd.DataFrame:
    """Agreement of each measure with hand labels (``text``, ``label`` columns of a gold file).

    The gold sentences are scored directly from their text (independent of the segmenter) and
    mapped to classes with the neutral band; one row per measure: ``measure``, ``n``,
    ``accuracy``, ``macro_f1``, ``kappa``.
    """
    cols = ["measure", "n", "accuracy", "macro_f1", "kappa"]
    if gold.empty:
        return pd.DataFrame(columns=cols)
    labels = gold["label"].astype(str).str.strip().str.lower().tolist()
    scores = score_texts(gold["text"].tolist(), calibration=calibration)
    rows = []
    for col, name in MEASURES.items():
        pred = to_class(scores[col])
        rows.append([name, len(labels), float(np.mean([a == b for a, b in zip(labels, pred)])),
                     macro_f1(labels, pred), cohen_kappa(labels, pred)])
    return pd.DataFrame(rows, columns=cols)


#: classes as points on one scale: the distance between a hand label and a predicted class
CLASS_POSITION = {"negative": -1, "neutral": 0, "positive": 1}


def labelled_predictions(gold: pd.DataFrame) -> pd.DataFrame:
    """Every hand-labelled sentence of ``gold`` with its default score and class.

    ``gold``: a sentiment gold file as loaded (``source``, ``start``, ``end``, ``text``,
    ``label``). Each sentence is scored from its text (as :func:`agreement_table` does) and
    mapped to a class with the neutral band. Columns: ``source`` (the file the offsets index,
    as the gold names it), ``start``, ``end``, ``text``, ``label``, ``score``, ``polarity``,
    ``predicted``, ``distance`` (classes apart: 2 is positive for negative or the reverse);
    rows in gold order.
    """
    senti = gold.reindex(columns=["source", "start", "end", "text", "label"]
                         ).reset_index(drop=True)
    senti["source"] = senti["source"].fillna("").astype(str)
    scored = score_texts(senti["text"].tolist())
    senti = senti.assign(score=scored["score"].to_numpy(), polarity=scored["polarity"].to_numpy(),
                         predicted=to_class(scored["score"]))
    senti["distance"] = (senti["label"].map(CLASS_POSITION)
                         - senti["predicted"].map(CLASS_POSITION)).abs()
    return senti


def sentiment_errors(labelled: pd.DataFrame) -> pd.DataFrame:
    """The hand-labelled sentences whose default score falls in another class than their label.

    ``labelled``: :func:`labelled_predictions`, or a gold file as loaded (then scored here).
    Same columns; the rows with a distance above 0, the farthest first, then in file and
    offset order. Why here: the error table of notebook 07 needs the file beside the offsets,
    and scoring code belongs in the evaluation layer.
    """
    if "distance" not in labelled.columns:
        labelled = labelled_predictions(labelled)
    wrong = labelled[labelled["distance"] > 0]
    return wrong.sort_values(["distance", "source", "start"], ascending=[False, True, True])
