"""Fit the learned speaker chooser (issue 13) on PolNeAR TRAIN and write its weights file.

Deterministic: the same shared data and code give the same file (no random start, no
shuffling; folds = article position in the sorted train list modulo 4). Model choice (L2 and
margin) by cross-validation grouped by article on train; then, for train subsamples A/B/C
(``sorted(train)[k::4][:200]``, inside fold k), the project's scorer on each subsample with the
model of the fold that did not see it, rules beside ranker. Dev is never read here.

    python scripts/fit_speaker_ranker.py             # writes data/models/speaker_ranker.json
    python scripts/fit_speaker_ranker.py --no-write  # the tables only

Reads ``../shared/validation/polnear`` (or ``$NS_SHARED_DATA/validation/polnear``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time

import numpy as np

from helpers.evaluate.polnear import load_polnear, score_polnear
from helpers.evaluate.ranker_training import (
    accuracy,
    apply_offline,
    collect,
    cross_validate,
    fold_of,
    label,
)
from helpers.evaluate.real_news_summary import SUBSAMPLES
from helpers.evaluate.shared_data import validation_dir
from helpers.instruments.quotes.ranker import DEFAULT_MODEL, SpeakerRanker, fit_ranker
from helpers.instruments.quotes.ranker_features import FEATURES
from helpers.report.manifest import git_commit  # full commit, '+dirty' if uncommitted


def main(argv: list[str] | None = None) -> int:
    """Collect, cross-validate, score A/B/C, fit on all of train, write the file."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--l2", type=float, nargs="+", default=[0.3, 1.0, 3.0, 10.0])
    ap.add_argument("--margins", type=float, nargs="+", default=[0.0, 0.5, 1.0, 2.0])
    ap.add_argument("--out", default=str(DEFAULT_MODEL))
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)
    folder = validation_dir("polnear")
    if not folder.is_dir():
        print(f"not fitted: {folder} is absent", file=sys.stderr)
        return 1
    t0 = time.perf_counter()
    split = load_polnear(folder, "train")
    pred, cands = collect(split)
    items = label(split, pred, cands)
    folds = fold_of(list(split.texts))
    n_ok = sum(it.y.any() for it in items)
    print(f"{len(split.texts)} train articles, {len(items)} matched pieces with a Source and "
          f"candidates, {n_ok} with a right candidate (oracle {n_ok / len(items):.4f}); "
          f"mean candidates {np.mean([len(it.y) for it in items]):.2f}; "
          f"collect {time.perf_counter() - t0:.0f} s\n")
    rules = [accuracy([it for it in items if folds[it.source] == k], None) for k in range(4)]
    print("| L2 | margin | fold 0 | fold 1 | fold 2 | fold 3 | mean |\n" + "|---" * 7 + "|")
    print("| rules | - | " + " | ".join(f"{a:.4f}" for a in rules) +
          f" | {np.mean(rules):.4f} |")
    best = (-1.0, 0.0, 0.0)
    cv_rows = []
    for l2 in args.l2:
        for m, accs in cross_validate(items, folds, l2, args.margins).items():
            print(f"| {l2:g} | {m:g} | " + " | ".join(f"{a:.4f}" for a in accs) +
                  f" | {np.mean(accs):.4f} |", flush=True)
            cv_rows.append({"l2": l2, "margin": m, "folds": [round(a, 4) for a in accs]})
            if np.mean(accs) > best[0] + 1e-12:
                best = (float(np.mean(accs)), l2, m)
    _, l2, margin = best
    print(f"\nchosen: L2 {l2:g}, margin {margin:g} (CV mean {best[0]:.4f})\n")
    print("| subsample | rules all / non-pronoun | ranker all / non-pronoun | rows changed |\n"
          "|---|---|---|---|")
    abc = {}
    for letter in ("A", "B", "C"):
        k = SUBSAMPLES[letter]
        keep = set(sorted(split.texts)[k::4][:200])
        w = fit_ranker([(it.X, it.y) for it in items if folds[it.source] != k], l2=l2)
        ranker = SpeakerRanker(tuple(w), margin)
        gold = split.gold[split.gold["source"].isin(keep)]
        p = pred[pred["source"].isin(keep)]
        ranked = apply_offline(p, cands, ranker)
        s0 = score_polnear(gold, p, texts=split.texts)
        s1 = score_polnear(gold, ranked, texts=split.texts)
        changed = int((ranked["attribution"] == "ranked").sum())
        abc[letter] = {"rules": [round(s0["speaker_accuracy"], 4),
                                 round(s0["speaker_accuracy_non_pronoun"], 4)],
                       "ranker": [round(s1["speaker_accuracy"], 4),
                                  round(s1["speaker_accuracy_non_pronoun"], 4)]}
        print(f"| {letter} | {s0['speaker_accuracy']:.4f} / "
              f"{s0['speaker_accuracy_non_pronoun']:.4f} | {s1['speaker_accuracy']:.4f} / "
              f"{s1['speaker_accuracy_non_pronoun']:.4f} | {changed} |", flush=True)
    w = fit_ranker([(it.X, it.y) for it in items], l2=l2)
    print("\n| feature | weight |\n|---|---|")
    print("\n".join(f"| {f} | {x:+.3f} |" for f, x in zip(FEATURES, w)))
    if not args.no_write:
        meta = {"trained_on": "PolNeAR train (all 840 articles)", "commit": git_commit(),
                "l2": l2, "cv_folds": "article position in sorted(train) modulo 4",
                "cv": cv_rows, "cv_rules": [round(a, 4) for a in rules],
                "subsamples_fold_models": abc,
                "command": "python scripts/fit_speaker_ranker.py"}
        ranker = SpeakerRanker(tuple(float(x) for x in w), margin, meta)
        with open(args.out, "w", encoding="utf-8") as fh:
            json.dump(ranker.to_json(), fh, indent=1)
            fh.write("\n")
        print(f"\nwrote {args.out}")
    print(f"\n_runtime {time.perf_counter() - t0:.0f} s_")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
