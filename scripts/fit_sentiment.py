"""Fit the default sentiment ``score`` on the NYT editorial snippets, split by editorial.

Run from the project root: ``PYTHONPATH=. .venv/bin/python scripts/fit_sentiment.py``. Writes
``data/models/sentiment_calibration.json`` and prints the validation tables.

Procedure (nothing here looks at the held-out editorials until the model is chosen):
1. Every editorial (id prefix before ``_``) goes to ``fit`` or ``held_out`` by
   ``helpers.evaluate.sentiment.editorial_part`` (sha256 of
   ``sentiment-split:<editorial>``, 30% held out).
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

Candidates marked ``+words`` add learned word weights: a ridge regression on the same features
(unpenalised) plus one column per word stem seen in at least ``MIN_DF`` training sentences
(counts / sqrt(known words), penalty ``alpha``). Inside cross-validation the weights are learned on
the training folds only; the chosen model's weights, learned on the whole fit part, are written to
``data/models/sentiment_words.csv`` (stem, weight, sentences) so that a reader can inspect them.

Topic-neutral vocabulary: a learned weight must come from how a text speaks, not from what it is
about (weights learned on US editorials made ``party`` negative). No stem gets a weight if it is
(a) in the topic stop list ``data/lexicons/topic_words.txt`` (political, economic and social
nouns, written from general knowledge), or (b) a named entity of the training sentences: a stem
that, where it stands inside a sentence, is capitalised in at least half of its occurrences
(``Bush``, ``Albany``, ``Senate``). Both lists are applied inside every cross-validation fold.

Besides the selection CV on the fit part, the chosen candidate is scored by the same grouped
5-fold CV on the whole development half (the figure the tone issue asks for), with a learning
curve (CV r when the training folds are cut to a share of their editorials).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from helpers.core.lexicons import load_words  # noqa: E402
from helpers.core.paths import PROJECT_ROOT  # noqa: E402
from helpers.evaluate.metrics import macro_f1, pearson  # noqa: E402
from helpers.evaluate.sentiment import (  # noqa: E402
    NYT_DEV_FILE,
    editorial_part,
    evaluate,
    load_nyt_dev,
)
from helpers.instruments.sentiment import (  # noqa: E402
    CALIBRATION_FILE,
    learned_word_score,
    score_texts,
    stems,
    to_class,
)

WORDS_FILE = CALIBRATION_FILE.parent / "sentiment_words.csv"
MIN_DF = 3

K_FOLDS = 5
BASE = ["vader", "polarity", "polarity_negation", "subjectivity", "vader_pos", "vader_neg"]
EXTREMES = [*BASE, "vader_word_min", "vader_word_max"]
#: candidate name -> (features, ridge penalty of the learned word weights or None for none)
CANDIDATES: dict[str, tuple[list[str], float | None]] = {
    name: (feats, None) for name, feats in {
    "vader": ["vader"],
    "vader+polarity": ["vader", "polarity"],
    "vader+polarity_negation": ["vader", "polarity_negation"],
    "vader+polarity_negation+subjectivity": ["vader", "polarity_negation", "subjectivity"],
    "vader+polarity+polarity_negation": ["vader", "polarity", "polarity_negation"],
    "all": ["vader", "polarity", "polarity_negation", "subjectivity", "vader_pos", "vader_neg"],
    "all+word_extremes": ["vader", "polarity", "polarity_negation", "subjectivity", "vader_pos",
                          "vader_neg", "vader_word_min", "vader_word_max"],
    }.items()
} | {f"all+words(alpha={a})": (BASE, a) for a in (1.0, 2.0, 4.0, 8.0)
     } | {f"all+word_extremes+words(alpha={a})": (EXTREMES, a) for a in (2.0, 4.0)}


@dataclass
class Model:
    """``intercept + sum(coef * feature)``; ``words_learned`` computed from ``weights``."""

    intercept: float
    coefficients: dict[str, float]
    weights: dict[str, float] = field(default_factory=dict)
    doc_freq: dict[str, int] = field(default_factory=dict)


def topic_stems() -> frozenset[str]:
    """Stems of the topic stop list (``data/lexicons/topic_words.txt``): never given a weight."""
    return frozenset(t for word in load_words("topic_words.txt") for t in stems(word))


_INNER_WORD = re.compile(r"(?<=[\w,;:] )([A-Za-z]+)")


def named_entity_stems(texts: pd.Series, share: float = 0.5) -> frozenset[str]:
    """Stems capitalised in at least ``share`` of their sentence-internal occurrences in ``texts``.

    A word inside a sentence (after a word or a comma, not after a full stop or quote) that is
    mostly written with a capital is a name (``Bush``, ``Albany``, ``Senate``): what the text is
    about. Sentence-initial words are not counted, so ``However`` is not a name.
    """
    capital: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for text in texts:
        for m in _INNER_WORD.finditer(text):
            for t in stems(m.group(1)):
                total[t] += 1
                capital[t] += m.group(1)[0].isupper()
    return frozenset(t for t, n in total.items() if capital[t] >= share * n)


def fold_of(editorial: str, k: int = K_FOLDS) -> int:
    """Cross-validation fold of an editorial: sha256(``sentiment-cv:<editorial>``) mod k."""
    return int(hashlib.sha256(f"sentiment-cv:{editorial}".encode()).hexdigest()[:8], 16) % k


def fit(df: pd.DataFrame, features: list[str], alpha: float | None = None) -> Model:
    """Least squares of ``gold`` on ``features`` (with intercept); with ``alpha``, ridge
    regression that adds a penalised column per stem seen in >= ``MIN_DF`` sentences."""
    x = np.column_stack([np.ones(len(df))] + [df[f].to_numpy(float) for f in features])
    y = df["gold"].to_numpy(float)
    if alpha is None:
        beta, *_ = np.linalg.lstsq(x, y, rcond=None)
        return Model(float(beta[0]), {f: float(b) for f, b in zip(features, beta[1:])})
    doc_freq: dict[str, int] = {}
    for toks in df["stems"]:
        for t in set(toks):
            doc_freq[t] = doc_freq.get(t, 0) + 1
    excluded = topic_stems() | named_entity_stems(df["text"])
    vocab = sorted(t for t, n in doc_freq.items() if n >= MIN_DF and t not in excluded)
    index = {t: i for i, t in enumerate(vocab)}
    bag = np.zeros((len(df), len(vocab)))
    for row, toks in enumerate(df["stems"]):
        for t in toks:
            if t in index:
                bag[row, index[t]] += 1.0
    bag /= np.sqrt(np.maximum(1.0, bag.sum(axis=1, keepdims=True)))
    full = np.hstack([x, bag])
    penalty = np.zeros(full.shape[1])
    penalty[x.shape[1]:] = alpha
    beta = np.linalg.solve(full.T @ full + np.diag(penalty), full.T @ y)
    coefs = {f: float(b) for f, b in zip(features, beta[1:x.shape[1]])}
    coefs["words_learned"] = 1.0
    weights = {t: float(w) for t, w in zip(vocab, beta[x.shape[1]:])}
    return Model(float(beta[0]), coefs, weights, {t: doc_freq[t] for t in vocab})


def _raw(df: pd.DataFrame, model: Model) -> np.ndarray:
    pred = np.full(len(df), model.intercept)
    for f, c in model.coefficients.items():
        if f == "words_learned":
            values = df["text"].map(lambda t: learned_word_score(t, model.weights))
        else:
            values = df[f]
        pred = pred + c * values.to_numpy(float)
    return pred


def rescale(train: pd.DataFrame, model: Model) -> Model:
    """Fold ``gold_mean + (pred - pred_mean) * sd_gold / sd_pred`` (on ``train``) into the model."""
    pred = _raw(train, model)
    factor = float(train["gold"].std() / pred.std())
    b1 = float(train["gold"].mean() + (model.intercept - pred.mean()) * factor)
    return Model(b1, {f: c * factor for f, c in model.coefficients.items()}, model.weights,
                 model.doc_freq)


def predict(df: pd.DataFrame, model: Model) -> np.ndarray:
    return np.clip(_raw(df, model), -1.0, 1.0)


def grouped_cv(data: pd.DataFrame, features: list[str], alpha: float | None,
               shares: tuple[float, ...] = (0.25, 0.5, 0.75, 1.0)) -> dict:
    """Grouped 5-fold CV (folds by editorial, :func:`fold_of`) on ``data``: mean and per-fold
    Pearson r, and a learning curve (the training folds cut to the first ``share`` of their
    editorials in hash order; the left-out fold unchanged)."""
    folds = data["editorial"].map(fold_of)
    order = {e: hashlib.sha256(f"sentiment-curve:{e}".encode()).hexdigest()
             for e in data["editorial"].unique()}
    curve = {}
    for share in shares:
        rs = []
        for k in range(K_FOLDS):
            train, test = data[folds != k], data[folds == k]
            eds = sorted(train["editorial"].unique(), key=order.get)
            keep = set(eds[: max(1, round(share * len(eds)))])
            model = fit(train[train["editorial"].isin(keep)], features, alpha)
            rs.append(pearson(test["gold"], predict(test, model)))
        curve[share] = rs
    full = curve[1.0]
    return {"n_sentences": int(len(data)), "n_editorials": int(data["editorial"].nunique()),
            "mean_r": round(float(np.mean(full)), 4),
            "fold_r": [round(float(r), 4) for r in full],
            "learning_curve": {str(share): round(float(np.mean(rs)), 4)
                               for share, rs in curve.items()}}


def main() -> None:
    data = load_nyt_dev()
    scores = score_texts(data["text"], calibration=Path("/nonexistent"))
    data = pd.concat([data, scores.drop(columns=["score", "words_learned"])], axis=1)
    data["stems"] = data["text"].map(stems)
    data["part"] = data["editorial"].map(editorial_part)
    fit_part = data[data["part"] == "fit"].copy()
    held = data[data["part"] == "held_out"].copy()
    fit_part["fold"] = fit_part["editorial"].map(fold_of)

    cv_rows = []
    for name, (feats, alpha) in CANDIDATES.items():
        for k in range(K_FOLDS):
            train, test = fit_part[fit_part["fold"] != k], fit_part[fit_part["fold"] == k]
            model = fit(train, feats, alpha)
            cv_rows.append({"candidate": name, "fold": k,
                            "r": pearson(test["gold"], predict(test, model))})
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
        model = fit(train, *CANDIDATES[chosen])
        for mapping, candidate in (("least_squares", model), ("rescaled", rescale(train, model))):
            map_rows.append({"mapping": mapping, "fold": k, "macro_f1": macro_f1(
                to_class(test["gold"]), to_class(predict(test, candidate)))})
    mapping_cv = pd.DataFrame(map_rows).groupby("mapping")["macro_f1"].agg(["mean", "std"])
    mapping = str(mapping_cv["mean"].idxmax())
    print("output mapping, CV macro-F1 on the fit part:")
    print(mapping_cv.round(3).to_string())
    print(f"chosen mapping: {mapping}")

    dev_cv = grouped_cv(data, *CANDIDATES[chosen])
    print(f"grouped {K_FOLDS}-fold CV of '{chosen}' on the whole development half: "
          f"r {dev_cv['mean_r']:.3f}; learning curve {dev_cv['learning_curve']}")

    model = fit(fit_part, *CANDIDATES[chosen])
    ls_model = {"intercept": model.intercept, "coefficients": model.coefficients}
    if mapping == "rescaled":
        model = rescale(fit_part, model)
    fit_part["score"] = predict(fit_part, model)
    held["score"] = predict(held, model)
    report = {}
    for part_name, part in (("fit", fit_part), ("held_out", held)):
        report[part_name] = {
            "n_sentences": int(len(part)),
            "n_editorials": int(part["editorial"].nunique()),
            **{m: {k: round(float(v), 6) for k, v in evaluate(part["gold"], part[m]).items()}
               for m in ("polarity", "vader", "polarity_negation", "score")},
        }
    table = pd.DataFrame({m: report["held_out"][m] for m in ("polarity", "vader",
                                                              "polarity_negation", "score")}).T
    print("held-out editorials:")
    print(table.to_string())

    result = {
        "description": "Default sentiment score of helpers.instruments.sentiment: clip(intercept + "
                       "sum(coef * feature), -1, 1), a least-squares fit of the mean human "
                       "rating / 4 on NYT editorial snippets.",
        "data": {"file": "../shared/validation/" + NYT_DEV_FILE.name,
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
                      "candidates": {name: {"features": feats, "word_weights_alpha": alpha}
                                     for name, (feats, alpha) in CANDIDATES.items()},
                      "cv": {name: {"mean_r": round(float(r["mean"]), 4),
                                    "sd_r": round(float(r["std"]), 4),
                                    "folds_won": int(r["folds_won"])}
                             for name, r in summary.iterrows()},
                      "chosen": chosen,
                      "development_half_cv": dev_cv,
                      "vocabulary": "topic-neutral: no weight for stems of "
                                    "data/lexicons/topic_words.txt or for named entities "
                                    "(stems capitalised in >= half of their sentence-internal "
                                    "occurrences in the training sentences)"},
        "mapping": {"chosen": mapping,
                    "cv_macro_f1": {m: round(float(r["mean"]), 4)
                                    for m, r in mapping_cv.iterrows()},
                    "least_squares_model": ls_model},
        "features": list(model.coefficients),
        "intercept": model.intercept,
        "coefficients": model.coefficients,
        "word_weights_file": (WORDS_FILE.relative_to(PROJECT_ROOT).as_posix()
                              if model.weights else None),
        "word_weights_min_sentences": MIN_DF if model.weights else None,
        "neutral_band": 0.05,
        "scores": report,
        "software": {"textblob": "0.20.1", "vaderSentiment": "3.3.2"},
    }
    CALIBRATION_FILE.parent.mkdir(parents=True, exist_ok=True)
    CALIBRATION_FILE.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {CALIBRATION_FILE}")
    if model.weights:
        words = pd.DataFrame({"stem": list(model.weights),
                              "weight": [round(w, 6) for w in model.weights.values()],
                              "sentences": [model.doc_freq[t] for t in model.weights]})
        words = words.sort_values(["weight", "stem"], ascending=[False, True])
        words.to_csv(WORDS_FILE, index=False, lineterminator="\n")
        print(f"wrote {WORDS_FILE} ({len(words)} stems)")
    elif WORDS_FILE.exists():
        WORDS_FILE.unlink()


if __name__ == "__main__":
    main()
