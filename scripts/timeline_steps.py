"""Before / after figures of one timeline step (issue 14, round 28: British magazine prose).

Two commands:

    python scripts/timeline_steps.py snapshot /tmp/base.pkl
    python scripts/timeline_steps.py compare /tmp/base.pkl /tmp/new.pkl [--rows]

``snapshot`` runs the timeline instrument of the tree on ``PYTHONPATH`` over the British
development sets (``uk_dev1`` ... ``uk_dev4``), ``other_styles``, the default corpus, TimeBank
and the project's PolNeAR TIMEX3 coding, and pickles gold and predictions. ``compare`` prints,
per set, the errors fixed and broken between two snapshots by class (missed, spurious, extent,
value, type) and the strict / relaxed / value F1 before and after. Why a script: each step of
the round is kept only if the British sets gain without TimeBank or the PolNeAR set losing.

``uk_dev4`` is COUNT-ONLY: for it only the per-class counts and the aggregate figures are
printed, never a row or a text, whatever ``--rows`` says. ``--rows`` lists the changed rows of
the readable sets (the British sets 1-3, ``other_styles`` and the corpus).
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

import pandas as pd

from helpers.core.paths import ANNOTATIONS, DEFAULT_CORPUS, PROJECT_ROOT

UK_SETS = ("uk_dev1", "uk_dev2", "uk_dev3", "uk_dev4")
COUNT_ONLY = ("uk_dev4",)
OTHER_SETS = ("other_styles", "corpus")
REAL_SETS = ("timebank", "polnear-timex")


def _annotated(name: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Gold and predicted temporal expressions of an annotated set (or the corpus)."""
    from helpers.core.corpus import load_corpus
    from helpers.evaluate.metrics import by_file_name
    from helpers.evaluate.validation import load_gold
    from helpers.instruments import timeline

    if name == "corpus":
        corpus = load_corpus(DEFAULT_CORPUS)
        gold = load_gold("timex")
    else:
        raw = PROJECT_ROOT / "data" / name
        corpus = load_corpus(raw)
        gold = load_gold("timex", ANNOTATIONS / name, raw)
    pred = by_file_name(timeline.extract_timexes(corpus), ("type", "value", "mod"))
    return by_file_name(gold, ("type", "value", "mod")), pred


def snapshot(out: Path, sets: list[str]) -> None:
    """Pickle ``{set: (gold, pred)}`` for ``sets`` under the tree on the import path."""
    from helpers.evaluate.real_news_summary import score_real_news_set

    data: dict[str, tuple[pd.DataFrame, pd.DataFrame]] = {}
    for name in sets:
        if name in REAL_SETS:
            kept: dict = {}
            score_real_news_set(name, keep=kept)
            data[name] = (kept["gold"], kept["pred"])
        else:
            data[name] = _annotated(name)
        print(f"{name}: {len(data[name][1])} predicted", file=sys.stderr, flush=True)
    out.write_bytes(pickle.dumps(data))


def _errors(gold: pd.DataFrame, pred: pd.DataFrame) -> pd.DataFrame:
    """The error table with a key per error: class, file, offsets (gold's; the prediction's
    for a spurious row) and the predicted value (so a value that changes but stays wrong
    counts as fixed and broken)."""
    from helpers.evaluate.timeml import timeml_errors

    e = timeml_errors(gold, pred)
    rows = []
    for r in e.itertuples():
        causes = {"extent+value": ["extent", "value"]}.get(r.cause, [r.cause])
        if r.cause in ("extent", "value", "extent+value") and r.gold_type != r.pred_type:
            causes.append("type")
        for c in causes:
            rows.append({"cls": c, "source": r.source, "start": r.start, "end": r.end,
                         "pred": (r.pred_text if c == "extent" else r.pred_type if c == "type"
                                  else r.pred_value),
                         "gold_text": r.gold_text, "pred_text": r.pred_text,
                         "gold_value": r.gold_value, "pred_value": r.pred_value})
    return pd.DataFrame(rows, columns=["cls", "source", "start", "end", "pred", "gold_text",
                                       "pred_text", "gold_value", "pred_value"])


def _figures(gold: pd.DataFrame, pred: pd.DataFrame) -> str:
    """strict / relaxed / value F1, then value accuracy over the relaxed matches (the
    project's target measure), as one string."""
    from helpers.evaluate.timeml import score_timeml

    s = score_timeml(gold, pred)
    acc = s["n_value"] / s["n_relaxed"] if s["n_relaxed"] else 0.0
    return (f"{s['strict_f1']:.3f} / {s['relaxed_f1']:.3f} / {s['value_f1']:.3f} "
            f"(acc {acc:.3f})")


def compare(base: Path, new: Path, rows: bool) -> None:
    """Print fixed / broken per class and the figures of each set in both snapshots."""
    a, b = pickle.loads(base.read_bytes()), pickle.loads(new.read_bytes())
    for name in [s for s in a if s in b]:
        (ga, pa), (gb, pb) = a[name], b[name]
        ea, eb = _errors(ga, pa), _errors(gb, pb)
        key = ["cls", "source", "start", "end", "pred"]
        ka = set(map(tuple, ea[key].astype(str).values))
        kb = set(map(tuple, eb[key].astype(str).values))
        fixed = ea[[k not in kb for k in map(tuple, ea[key].astype(str).values)]]
        broken = eb[[k not in ka for k in map(tuple, eb[key].astype(str).values)]]
        counts = " ".join(f"{c} +{int((fixed.cls == c).sum())}/-{int((broken.cls == c).sum())}"
                          for c in ("missed", "spurious", "extent", "value", "type"))
        print(f"{name}: {_figures(ga, pa)} -> {_figures(gb, pb)} | fixed/broken {counts}")
        if rows and name not in COUNT_ONLY:
            for label, t in (("fixed", fixed), ("broken", broken)):
                for r in t.itertuples():
                    print(f"   {label} {r.cls} {r.source}:{r.start} {r.gold_text!r} "
                          f"{r.pred_text!r} gold={r.gold_value} pred={r.pred_value}")


def main(argv: list[str] | None = None) -> int:
    """Command line: ``snapshot OUT [--sets ...]`` or ``compare BASE NEW [--rows]``."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("snapshot")
    s.add_argument("out", type=Path)
    s.add_argument("--sets", nargs="+", default=[*UK_SETS, *OTHER_SETS, *REAL_SETS])
    c = sub.add_parser("compare")
    c.add_argument("base", type=Path)
    c.add_argument("new", type=Path)
    c.add_argument("--rows", action="store_true")
    args = ap.parse_args(argv)
    if args.cmd == "snapshot":
        snapshot(args.out, args.sets)
    else:
        compare(args.base, args.new, args.rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
