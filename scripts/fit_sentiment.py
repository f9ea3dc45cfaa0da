"""Fit the default sentiment ``score`` on the NYT editorial snippets, split by editorial.

Run from the project root: ``PYTHONPATH=. .venv/bin/python scripts/fit_sentiment.py``. Writes
``data/models/sentiment_calibration.json`` and prints the validation tables.

Procedure (nothing here looks at the held-out editorials until the model is chosen):
1. Every editorial (id prefix before ``_``) goes to ``fit`` or ``held_out`` by
   ``helpers.sentiment.editorial_part`` (sha256 of ``sentiment-split:<editorial>``, 30% held out).
2. On the fit part, candidate feature sets are compared by k-fold cross-validation *by editorial*
   (fold = sha256 of ``sentiment-cv:<editorial>`` mod k): least squares of gold (mean rating / 4)
   on the features, Pearson r on the left-out fold. The set with the best mean r wins; the table of
   per-fold r and how often each set wins a fold shows whether the choice is stable.
3. The output mapping is chosen the same way: the least-squares prediction itself (shrunk towards
   the mean, so few sentences leave the neutral band) or the prediction rescaled to the spread of
   the human ratings (``gold_mean + (pred - pred_mean) * sd_gold / sd_pred``, folded into the
   coefficients; Pearson r is unchanged). The mapping with the better mean CV macro-F1 wins.
4. The winner is refitted on the whole fit part (numpy ``lstsq``), clipped to [-1, 1], and scored
   once on the held-out editorials next to raw TextBlob and VADER.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from helpers.metrics import macro_f1  # noqa: E402
from helpers.paths import PROJECT_ROOT  # noqa: E402
from helpers.sentiment import (  # noqa: E402
    CALIBRATION_FILE,
    NYT_DEV_FILE,
    editorial_part,
    evaluate,
    load_nyt_dev,
    pearson,
    score_texts,
    to_class,
)

K_FOLDS = 5
CANDIDATES: dict[str, list[str]] = {
    "vader": ["vader"],
    "vader+polarity": ["vader", "polarity"],
    "vader+polarity_negation": ["vader", "polarity_negation"],
    "vader+polarity_negation+subjectivity": ["vader", "polarity_negation", "subjectivity"],
    "vader+polarity+polarity_negation": ["vader", "polarity", "polarity_negation"],
    "all": ["vader", "polarity", "polarity_negation", "subjectivity", "vader_pos", "vader_neg"],
    "all+word_extremes": ["vader", "polarity", "polarity_negation", "subjectivity", "vader_pos",
                          "vader_neg", "vader_word_min", "vader_word_max"],
}


def fold_of(editorial: str, k: int = K_FOLDS) -> int:
    """Cross-validation fold of an editorial: sha256(``sentiment-cv:<editorial>``) mod k."""
    return int(hashlib.sha256(f"sentiment-cv:{editorial}".encode()).hexdigest()[:8], 16) % k


def fit(df: pd.DataFrame, features: list[str]) -> tuple[float, dict[str, float]]:
    """Least squares of ``gold`` on ``features`` with intercept."""
    x = np.column_stack([np.ones(len(df))] + [df[f].to_numpy(float) for f in features])
    beta, *_ = np.linalg.lstsq(x, df["gold"].to_numpy(float), rcond=None)
    return float(beta[0]), {f: float(b) for f, b in zip(features, beta[1:])}


def rescale(train: pd.DataFrame, b0: float, coefs: dict[str, float]
            ) -> tuple[float, dict[str, float]]:
    """Fold ``gold_mean + (pred - pred_mean) * sd_gold / sd_pred`` (on ``train``) into the model."""
    pred = b0 + sum(c * train[f].to_numpy(float) for f, c in coefs.items())
    factor = float(train["gold"].std() / pred.std())
    b1 = float(train["gold"].mean() + (b0 - pred.mean()) * factor)
    return b1, {f: c * factor for f, c in coefs.items()}


def predict(df: pd.DataFrame, intercept: float, coefs: dict[str, float]) -> np.ndarray:
    pred = np.full(len(df), intercept)
    for f, c in coefs.items():
        pred = pred + c * df[f].to_numpy(float)
    return np.clip(pred, -1.0, 1.0)


def main() -> None:
    data = load_nyt_dev()
    scores = score_texts(data["text"], calibration=Path("/nonexistent"))
    data = pd.concat([data, scores.drop(columns="score")], axis=1)
    data["part"] = data["editorial"].map(editorial_part)
    fit_part = data[data["part"] == "fit"].copy()
    held = data[data["part"] == "held_out"].copy()
    fit_part["fold"] = fit_part["editorial"].map(fold_of)

    cv_rows = []
    for name, feats in CANDIDATES.items():
        for k in range(K_FOLDS):
            train, test = fit_part[fit_part["fold"] != k], fit_part[fit_part["fold"] == k]
            b0, coefs = fit(train, feats)
            cv_rows.append({"candidate": name, "fold": k,
                            "r": pearson(test["gold"], predict(test, b0, coefs))})
    cv = pd.DataFrame(cv_rows)
    winners = cv.loc[cv.groupby("fold")["r"].idxmax(), "candidate"].value_counts()
    summary = cv.groupby("candidate", sort=False)["r"].agg(["mean", "std", "min", "max"])
    summary["folds_won"] = summary.index.map(winners).fillna(0).astype(int)
    chosen = str(summary["mean"].idxmax())
    print(f"{K_FOLDS}-fold CV by editorial on the fit part (Pearson r on left-out folds):")
    print(summary.round(3).to_string())
    print(f"chosen: {chosen}")

    map_rows = []
    for k in range(K_FOLDS):
        train, test = fit_part[fit_part["fold"] != k], fit_part[fit_part["fold"] == k]
        b0, coefs = fit(train, CANDIDATES[chosen])
        for mapping, (bb, cc) in (("least_squares", (b0, coefs)),
                                  ("rescaled", rescale(train, b0, coefs))):
            map_rows.append({"mapping": mapping, "fold": k, "macro_f1": macro_f1(
                to_class(test["gold"]), to_class(predict(test, bb, cc)))})
    mapping_cv = pd.DataFrame(map_rows).groupby("mapping")["macro_f1"].agg(["mean", "std"])
    mapping = str(mapping_cv["mean"].idxmax())
    print("output mapping, CV macro-F1 on the fit part:")
    print(mapping_cv.round(3).to_string())
    print(f"chosen mapping: {mapping}")

    b0, coefs = fit(fit_part, CANDIDATES[chosen])
    ls_model = {"intercept": b0, "coefficients": coefs}
    if mapping == "rescaled":
        b0, coefs = rescale(fit_part, b0, coefs)
    fit_part["score"] = predict(fit_part, b0, coefs)
    held["score"] = predict(held, b0, coefs)
    report = {}
    for part_name, part in (("fit", fit_part), ("held_out", held)):
        report[part_name] = {
            "n_sentences": int(len(part)),
            "n_editorials": int(part["editorial"].nunique()),
            **{m: {k: round(float(v), 4) for k, v in evaluate(part["gold"], part[m]).items()}
               for m in ("polarity", "vader", "polarity_negation", "score")},
        }
    table = pd.DataFrame({m: report["held_out"][m] for m in ("polarity", "vader",
                                                              "polarity_negation", "score")}).T
    print("held-out editorials:")
    print(table.to_string())

    model = {
        "description": "Default sentiment score of helpers.sentiment: clip(intercept + "
                       "sum(coef * feature), -1, 1), a least-squares fit of the mean human "
                       "rating / 4 on NYT editorial snippets.",
        "data": {"file": NYT_DEV_FILE.relative_to(PROJECT_ROOT).as_posix(),
                 "citation": "Hutto & Gilbert (2014), VADER, ICWSM-14; "
                             "nytEditorialSnippets_GroundTruth (development half)",
                 "gold": "mean_rating / 4 (scale -1..1)"},
        "split": {"unit": "editorial (id prefix before '_')",
                  "rule": "sha256('sentiment-split:' + editorial), first 8 hex digits as int, "
                          "mod 100 < 30 -> held_out, else fit",
                  "held_out_pct": 30},
        "selection": {"method": f"{K_FOLDS}-fold cross-validation by editorial on the fit "
                                "part; fold = sha256('sentiment-cv:' + editorial)[:8] mod "
                                f"{K_FOLDS}; highest mean Pearson r wins",
                      "candidates": CANDIDATES,
                      "cv": {name: {"mean_r": round(float(r["mean"]), 4),
                                    "sd_r": round(float(r["std"]), 4),
                                    "folds_won": int(r["folds_won"])}
                             for name, r in summary.iterrows()},
                      "chosen": chosen},
        "mapping": {"chosen": mapping,
                    "cv_macro_f1": {m: round(float(r["mean"]), 4)
                                    for m, r in mapping_cv.iterrows()},
                    "least_squares_model": ls_model},
        "features": CANDIDATES[chosen],
        "intercept": b0,
        "coefficients": coefs,
        "neutral_band": 0.05,
        "scores": report,
        "software": {"textblob": "0.20.1", "vaderSentiment": "3.3.2"},
    }
    CALIBRATION_FILE.parent.mkdir(parents=True, exist_ok=True)
    CALIBRATION_FILE.write_text(json.dumps(model, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {CALIBRATION_FILE}")


if __name__ == "__main__":
    main()
