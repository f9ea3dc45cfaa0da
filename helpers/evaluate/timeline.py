"""Scoring of the timeline instrument against gold temporal expressions (TempEval-3 style).

Why here and not in the instrument: comparing with gold is evaluation; the instrument
(:mod:`helpers.instruments.timeline`) only finds and resolves expressions.
"""

from __future__ import annotations

import pandas as pd

from helpers.evaluate.metrics import by_file_name, match_spans, prf


def _prep(df: pd.DataFrame) -> pd.DataFrame:
    """Predictions or gold with file-name sources and string type/value/mod columns."""
    return by_file_name(df, ("type", "value", "mod")).reset_index(drop=True)


def score_timexes(pred: pd.DataFrame, gold: pd.DataFrame) -> dict[str, float]:
    """TempEval-3 style scores of predicted against gold temporal expressions.

    Extraction: strict (identical offsets) and relaxed (any overlap) precision/recall/F1,
    one-to-one matching by :func:`helpers.evaluate.metrics.match_spans`. Attributes:
    ``value_accuracy``
    and ``type_accuracy`` over the relaxed matches (the share of matched expressions whose
    value/type equals gold), and TempEval's ``value_f1`` (F1 counting only matches with the right
    value as true positives). Sources are compared by file name.
    """
    p, g = _prep(pred), _prep(gold)
    strict = match_spans(g, p, overlap=False)
    relaxed = match_spans(g, p, overlap=True)
    s = prf(len(strict), len(p) - len(strict), len(g) - len(strict))
    r = prf(len(relaxed), len(p) - len(relaxed), len(g) - len(relaxed))
    n = len(relaxed)
    val_ok = sum(g.at[gi, "value"] == p.at[pi, "value"] for gi, pi in relaxed)
    type_ok = sum(g.at[gi, "type"] == p.at[pi, "type"] for gi, pi in relaxed)
    value_f1 = prf(val_ok, len(p) - val_ok, len(g) - val_ok)["f1"]
    return {
        "strict_precision": s["precision"], "strict_recall": s["recall"], "strict_f1": s["f1"],
        "relaxed_precision": r["precision"], "relaxed_recall": r["recall"],
        "relaxed_f1": r["f1"],
        "value_accuracy": val_ok / n if n else 0.0,
        "type_accuracy": type_ok / n if n else 0.0,
        "value_f1": value_f1,
        "n_gold": len(g), "n_pred": len(p), "n_relaxed_matches": n,
        "n_strict_matches": len(strict),
    }


def timex_errors(pred: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Error table: missed, spurious, boundary, value and type errors, one row each.

    Columns: ``error``, ``source`` (the file the offset indexes, by name as in the gold files;
    empty when a frame has none), ``start`` and ``end`` (gold's offsets, the prediction's for a
    spurious row; an ``extent`` row's predicted span is in ``pred_text``), then the gold and
    predicted text, type and value. Rows in file, offset and error order.
    """
    p, g = _prep(pred), _prep(gold)
    relaxed = match_spans(g, p, overlap=True)
    rows = []
    mg = {gi for gi, _ in relaxed}
    mp = {pi for _, pi in relaxed}

    def where(r: pd.Series) -> dict:
        """The file (by name; empty if the frame has none) and offsets of row ``r``."""
        return {"source": str(r.get("source", "")), "start": int(r["start"]),
                "end": int(r["end"])}

    for gi, pi in relaxed:
        gr, pr = g.loc[gi], p.loc[pi]
        kinds = []
        if (gr["start"], gr["end"]) != (pr["start"], pr["end"]):
            kinds.append("extent")
        if gr["value"] != pr["value"]:
            kinds.append("value")
        if gr["type"] != pr["type"]:
            kinds.append("type")
        for k in kinds:
            rows.append({"error": k, **where(gr), "gold_text": gr["text"],
                         "pred_text": pr["text"], "gold_type": gr["type"], "pred_type": pr["type"],
                         "gold_value": gr["value"], "pred_value": pr["value"]})
    for gi in g.index.difference(list(mg)):
        gr = g.loc[gi]
        rows.append({"error": "missed", **where(gr), "gold_text": gr["text"],
                     "pred_text": "", "gold_type": gr["type"], "pred_type": "",
                     "gold_value": gr["value"], "pred_value": ""})
    for pi in p.index.difference(list(mp)):
        pr = p.loc[pi]
        rows.append({"error": "spurious", **where(pr), "gold_text": "",
                     "pred_text": pr["text"], "gold_type": "", "pred_type": pr["type"],
                     "gold_value": "", "pred_value": pr["value"]})
    cols = ["error", "source", "start", "end", "gold_text", "pred_text", "gold_type", "pred_type",
            "gold_value", "pred_value"]
    return pd.DataFrame(rows, columns=cols).sort_values(["source", "start", "error"]
                                                        ).reset_index(drop=True)
