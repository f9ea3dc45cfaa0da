"""Scoring the themes instrument against hand coding (paragraph presence per theme).

``score_themes`` — one row per theme: ``theme``, ``precision``, ``recall``, ``f1``, ``tp``,
``fp``, ``fn``, ``n_gold``, ``n_paragraphs``. ``annotator_agreement`` compares two hand codings;
``gold_comparison`` lists the paragraphs where prediction and gold disagree.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pandas as pd

from helpers.core.corpus import load_corpus
from helpers.evaluate.gold import read_gold
from helpers.evaluate.metrics import by_file_name, cohen_kappa, match_spans, prf
from helpers.instruments.themes import paragraph_themes

__all__ = ["THEMES_V2", "annotator_agreement", "gold_comparison", "real_news_theme_coding",
           "score_negated", "score_real_news_themes", "score_themes"]

#: the five themes coded in the version-2 gold (``data/annotations/themes_v2.csv``)
THEMES_V2 = ("special_relationship", "party_factionalism", "iraq_war_intelligence",
             "israel_palestine", "austerity_inequality")


def score_themes(pred: pd.DataFrame, gold: pd.DataFrame,
                 themes: Iterable[str] | None = None) -> pd.DataFrame:
    """Per-theme precision, recall and F1 of paragraph presence against the gold coding.

    ``pred`` is :func:`helpers.instruments.themes.paragraph_themes` output, ``gold`` the
    ``themes`` annotation (one row per body paragraph with 0/1 per theme). Paragraphs are
    paired one-to-one by overlapping offsets within the same file name (so a path prefix on
    ``source`` does not matter); a gold paragraph without a predicted partner counts as
    predicted absent.
    """
    if themes is None:
        themes = [c for c in gold.columns
                  if c not in {"source", "start", "end", "text", "notes", "negated"}
                  and f"{c}_present" in pred.columns]
    themes = list(themes)
    p, g = by_file_name(pred), by_file_name(gold)
    pairs = dict(match_spans(g, p, overlap=True))
    rows = []
    for t in themes:
        tp = fp = fn = 0
        for gi in g.index:
            gv = bool(int(g.at[gi, t]))
            pv = bool(p.at[pairs[gi], f"{t}_present"]) if gi in pairs else False
            tp += gv and pv
            fp += (not gv) and pv
            fn += gv and not pv
        r = prf(tp, fp, fn)
        rows.append({"theme": t, **r, "n_gold": int(g[t].astype(int).sum()),
                     "n_paragraphs": len(g)})
    return pd.DataFrame(rows, columns=["theme", "precision", "recall", "f1", "tp", "fp", "fn",
                                       "n_gold", "n_paragraphs"])


def annotator_agreement(gold_a: pd.DataFrame, gold_b: pd.DataFrame,
                        themes: Iterable[str]) -> pd.DataFrame:
    """Agreement of two hand codings of the same paragraphs: ``theme``, ``n``, ``agreement``
    (share of equal codes), ``kappa`` (Cohen), ``present_a``, ``present_b``.

    Paragraphs are paired by file name and offsets; unpaired rows are ignored.
    """
    a, b = by_file_name(gold_a), by_file_name(gold_b)
    both = a.merge(b, on=["source", "start", "end"], suffixes=("_a", "_b"))
    rows = []
    for t in themes:
        x = both[f"{t}_a"].astype(int).astype(str).tolist()
        y = both[f"{t}_b"].astype(int).astype(str).tolist()
        rows.append({"theme": t, "n": len(x),
                     "agreement": round(sum(i == j for i, j in zip(x, y)) / len(x), 4)
                     if x else np.nan,
                     "kappa": round(cohen_kappa(x, y), 4) if x else np.nan,
                     "present_a": x.count("1"), "present_b": y.count("1")})
    return pd.DataFrame(rows, columns=["theme", "n", "agreement", "kappa", "present_a",
                                       "present_b"])


def gold_comparison(pred: pd.DataFrame, gold: pd.DataFrame, theme: str) -> pd.DataFrame:
    """The paragraphs where ``pred`` and ``gold`` disagree on ``theme`` (for error analysis).

    Columns: ``source``, ``start``, ``end``, ``gold``, ``predicted``, ``score``, ``text``.
    """
    p, g = by_file_name(pred), by_file_name(gold)
    pairs = dict(match_spans(g, p, overlap=True))
    rows = []
    for gi in g.index:
        gv = int(g.at[gi, theme])
        pi = pairs.get(gi)
        pv = int(bool(p.at[pi, f"{theme}_present"])) if pi is not None else 0
        if gv != pv:
            rows.append({"source": g.at[gi, "source"], "start": int(g.at[gi, "start"]),
                         "end": int(g.at[gi, "end"]), "gold": gv, "predicted": pv,
                         "score": float(p.at[pi, theme]) if pi is not None else 0.0,
                         "text": str(g.at[gi, "text"])})
    return pd.DataFrame(rows, columns=["source", "start", "end", "gold", "predicted", "score",
                                       "text"])




def score_negated(pred: pd.DataFrame, gold: pd.DataFrame,
                  themes: Iterable[str] = THEMES_V2) -> dict[str, float]:
    """Agreement of the ``<theme>_negated`` flags with the gold ``negated`` column.

    Why: the guideline codes a denied theme ("there is no split") present and lists it in
    ``negated``; the instrument flags it apart. Units are (paragraph, theme) pairs that both
    the gold and the prediction code present. Returns ``pairs`` (such pairs), ``gold_negated``,
    ``pred_negated``, ``both_negated``, ``agreement`` (share of pairs with the same flag, NaN
    without pairs), and ``precision`` / ``recall`` / ``f1`` of the flag on those pairs (NaN when
    undefined: no flag predicted, or none in the gold). Agreement alone hides a flag that is
    always wrong when negations are rare; precision and recall do not.
    """
    p, g = by_file_name(pred), by_file_name(gold)
    pairs = dict(match_spans(g, p, overlap=True))
    n = gn = pn = both = same = 0
    for gi, pi in pairs.items():
        flagged = {x.strip() for x in str(g.at[gi, "negated"]).split(";") if x.strip()}
        for t in themes:
            if not (int(g.at[gi, t]) and bool(p.at[pi, f"{t}_present"])):
                continue
            gv, pv = t in flagged, bool(p.at[pi, f"{t}_negated"])
            n += 1
            gn += gv
            pn += pv
            both += gv and pv
            same += gv == pv
    nan = float("nan")
    precision = both / pn if pn else nan
    recall = both / gn if gn else nan
    f1 = (2 * precision * recall / (precision + recall) if pn and gn and both else
          (0.0 if pn and gn else nan))
    return {"pairs": n, "gold_negated": gn, "pred_negated": pn, "both_negated": both,
            "agreement": same / n if n else nan, "precision": precision, "recall": recall,
            "f1": f1}


def real_news_theme_coding(path: Path, folder: Path,
                           codebook: str | Path | None = None
                           ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The coding ``path`` of real-news paragraphs in ``folder`` and the instrument's paragraphs.

    Why: the real-news codings (``data/annotations/real_news/themes_*.csv``) keep offsets and a
    digest, never the text; this restores the text from the shared articles (checking the
    digest) and runs :func:`paragraph_themes` on the *whole* articles, so that article anchoring
    sees the paragraphs around each coded one. Returns ``(gold, pred)``.
    """
    gold = read_gold(path, raw=folder)
    corpus = load_corpus([folder / s for s in sorted(set(gold["source"]))])
    return gold, paragraph_themes(corpus, codebook)


def score_real_news_themes(gold: pd.DataFrame, pred: pd.DataFrame,
                           themes: Iterable[str] = ("party_factionalism",
                                                    "special_relationship")) -> pd.DataFrame:
    """:func:`score_themes` per ``sample`` of a real-news coding and over all its rows.

    Columns: ``sample`` (each value of the gold's ``sample`` column, then ``all``) followed by
    the columns of :func:`score_themes`.
    """
    parts = [(s, gold[gold["sample"] == s]) for s in dict.fromkeys(gold["sample"])]
    tables = [score_themes(pred, g.reset_index(drop=True), themes).assign(sample=s)
              for s, g in [*parts, ("all", gold)]]
    out = pd.concat(tables, ignore_index=True)
    return out[["sample", *[c for c in out.columns if c != "sample"]]]
