"""Scoring primitives shared by every instrument's validation.

Gold and predicted items are spans with ``start``/``end`` offsets (and usually a ``source``).
Matching is one-to-one and greedy by largest overlap, so a prediction never gets credit for two
gold items.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

__all__ = [
    "boundary_scores",
    "by_file_name",
    "cohen_kappa",
    "macro_f1",
    "match_spans",
    "pearson",
    "prf",
    "spearman",
]


def by_file_name(df: pd.DataFrame, text_columns: Sequence[str] = ()) -> pd.DataFrame:
    """A copy of ``df`` whose ``source`` is reduced to the file name, as in the gold files.

    Predictions name their source as the loader was given it (``data/raw/x.txt``, an absolute
    path); gold files name the file alone, so every scorer compares by file name. Each of
    ``text_columns`` is made a string column (added empty if missing, missing values ``""``), so
    predictions and gold compare on equal terms.
    """
    out = df.copy()
    if "source" in out.columns:
        out["source"] = out["source"].map(lambda s: Path(str(s)).name)
    for col in text_columns:
        if col not in out.columns:
            out[col] = ""
        out[col] = out[col].fillna("").astype(str)
    return out


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Precision, recall and F1 from counts (0.0 where undefined), with the counts."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


def match_spans(
    gold: pd.DataFrame,
    pred: pd.DataFrame,
    overlap: bool = True,
    by: Sequence[str] = ("source",),
) -> list[tuple[int, int]]:
    """One-to-one matches between gold and predicted spans, as (gold index, pred index) pairs.

    ``overlap=True`` matches spans that share at least one character (relaxed); ``False``
    requires identical offsets (strict). Spans are compared only within equal ``by`` columns
    (those present in both frames).
    """
    keys = [k for k in by if k in gold.columns and k in pred.columns]
    candidates: list[tuple[int, int, int]] = []
    g_groups = gold.groupby(keys, sort=False) if keys else [((), gold)]
    p_index = dict(iter(pred.groupby(keys, sort=False))) if keys else {(): pred}
    for key, g in g_groups:
        p = p_index.get(key)
        if p is None or p.empty:
            continue
        p_sorted = p.sort_values("start")
        p_starts = p_sorted["start"].to_numpy()
        p_ends = p_sorted["end"].to_numpy()
        p_idx = p_sorted.index.to_numpy()
        for gi, gs, ge in zip(g.index, g["start"], g["end"]):
            hi = p_starts.searchsorted(ge, side="left")
            for j in range(hi):
                ps, pe = p_starts[j], p_ends[j]
                if overlap:
                    ov = min(ge, pe) - max(gs, ps)
                    if ov > 0:
                        candidates.append((ov, gi, p_idx[j]))
                elif ps == gs and pe == ge:
                    candidates.append((ge - gs, gi, p_idx[j]))
    candidates.sort(key=lambda c: -c[0])
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def boundary_scores(gold: pd.DataFrame, pred: pd.DataFrame) -> dict[str, float]:
    """Sentence-boundary precision/recall/F1: a boundary is a sentence end offset.

    Only predicted sentences that overlap the annotated text are counted, so that prose the
    annotation does not cover (titles, headings) is neither rewarded nor punished.
    """
    pairs = match_spans(gold, pred, overlap=True)
    covered = pred.loc[sorted({p for _, p in pairs})]
    keys = ["source"] if "source" in gold.columns and "source" in pred.columns else []
    gold_b = set(map(tuple, gold[keys + ["end"]].to_numpy().tolist()))
    pred_b = set(map(tuple, covered[keys + ["end"]].to_numpy().tolist()))
    tp = len(gold_b & pred_b)
    return prf(tp, len(pred_b - gold_b), len(gold_b - pred_b))


def cohen_kappa(a: Sequence[str], b: Sequence[str]) -> float:
    """Cohen's kappa for two equally long label sequences."""
    if len(a) != len(b) or not a:
        raise ValueError("cohen_kappa needs two non-empty sequences of equal length")
    labels = sorted(set(a) | set(b))
    n = len(a)
    po = sum(x == y for x, y in zip(a, b)) / n
    pe = sum((list(a).count(k) / n) * (list(b).count(k) / n) for k in labels)
    return 1.0 if pe == 1 else (po - pe) / (1 - pe)


def macro_f1(gold: Sequence[str], pred: Sequence[str]) -> float:
    """Unweighted mean of per-class F1 over the classes present in gold or pred."""
    labels = sorted(set(gold) | set(pred))
    scores = []
    for k in labels:
        tp = sum(g == k and p == k for g, p in zip(gold, pred))
        fp = sum(g != k and p == k for g, p in zip(gold, pred))
        fn = sum(g == k and p != k for g, p in zip(gold, pred))
        scores.append(prf(tp, fp, fn)["f1"])
    return sum(scores) / len(scores) if scores else 0.0


def pearson(x: Sequence[float], y: Sequence[float]) -> float:
    """Pearson correlation (nan when either side is constant or shorter than 2)."""
    a = np.asarray(x, dtype=float)
    b = np.asarray(y, dtype=float)
    if len(a) < 2 or a.std() == 0 or b.std() == 0:
        return float("nan")
    return float(np.corrcoef(a, b)[0, 1])


def spearman(x: Sequence[float], y: Sequence[float]) -> float:
    """Spearman rank correlation: Pearson of average ranks (ties share their mean rank)."""
    return pearson(pd.Series(np.asarray(x, float)).rank().to_numpy(),
                   pd.Series(np.asarray(y, float)).rank().to_numpy())
