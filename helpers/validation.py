"""Load gold annotations and score the sentence splitter against them.

Gold files live in ``data/annotations/`` (guidelines in ``data/annotations/guidelines/``); their
``start``/``end`` offsets index the raw corpus file. ``load_gold`` checks every row against the
text so that a stale annotation fails loudly instead of scoring silently wrong.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers.corpus import Corpus
from helpers.metrics import boundary_scores
from helpers.paths import ANNOTATIONS, DATA_RAW

__all__ = ["load_gold", "sentence_boundary_report"]


def load_gold(name: str, folder: Path = ANNOTATIONS) -> pd.DataFrame:
    """Read ``<folder>/<name>.csv`` and verify each row's text against the raw source file.

    Raises ``FileNotFoundError`` if the annotation is missing and ``ValueError`` naming the
    file and row if an offset no longer reproduces its text.
    """
    path = folder / f"{name}.csv"
    gold = pd.read_csv(path, dtype={"source": str, "text": str}, keep_default_na=False)
    texts: dict[str, str] = {}
    for i, row in gold.iterrows():
        src = row["source"]
        if src not in texts:
            texts[src] = (DATA_RAW / src).read_text(encoding="utf-8")
        if "text" in gold.columns and texts[src][int(row["start"]):int(row["end"])] != row["text"]:
            raise ValueError(f"{path}: row {i + 2}: offsets {row['start']}-{row['end']} do not "
                             f"reproduce its text {row['text'][:40]!r}")
    return gold


def sentence_boundary_report(corpus: Corpus, gold: pd.DataFrame) -> tuple[dict, pd.DataFrame]:
    """Boundary precision/recall/F1 of ``corpus.sentences`` against ``gold``, and the errors.

    The corpus must be the one the gold annotates (its ``source`` is matched by file name).
    The error table lists each missed (``fn``) or spurious (``fp``) sentence end with the text
    around it.
    """
    pred = corpus.sentences.copy()
    pred["source"] = pred["source"].map(lambda s: Path(s).name)
    scores = boundary_scores(gold, pred)
    text = next(iter(corpus.texts.values()))
    gold_ends = set(gold["end"])
    covered = pred[pred.apply(
        lambda r: ((gold["start"] < r["end"]) & (gold["end"] > r["start"])).any(), axis=1)]
    pred_ends = set(covered["end"])
    rows = [("missed boundary (fn)", e) for e in sorted(gold_ends - pred_ends)]
    rows += [("spurious boundary (fp)", e) for e in sorted(pred_ends - gold_ends)]
    errors = pd.DataFrame(
        [{"error": kind, "offset": e,
          "context": text[max(0, e - 50):e] + " ‖ " + text[e:e + 40]} for kind, e in rows],
        columns=["error", "offset", "context"],
    )
    return scores, errors
