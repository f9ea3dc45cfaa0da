"""Does the speaker chooser learn to over-trust the rules from the subsamples the rules rounds read?
(issue 13, speaker ranker round 11, question 1; PolNeAR TRAIN only).

The rules were developed by reading train subsamples A and B (``sorted(train)[k::4][:200]``,
k = 0, 1), where they are right more often than on unread text. Test folds 2 and 3 of the fit
script's position folds (~ subsamples C and D, unread when round 11 asked this; quotes
rounds 44 and 45 read C in session 26, so (b) now holds read text too), each predicted by
models trained on

* (a) the other three folds (the fit script's CV),
* (b) the other unread fold and the unread leftovers of folds 0 and 1 only,
* (c) A and B only,
* (d) the other three folds with the pieces of A/B weighted 0.5, 0.25 or 0.1,

at every grid point; printed: accuracy per test fold at the committed grid point and at each
model's best, and the pieces each model fixes / breaks against (a) at the committed point.
Dev is never read here.

    python scripts/ranker_read_subsamples.py [--l2 10] [--margin 0]
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import numpy as np

from helpers.evaluate.polnear import load_polnear
from helpers.evaluate.ranker_training import Item, collect, fold_of, label, read_articles
from helpers.evaluate.shared_data import validation_dir
from helpers.instruments.quotes.ranker import fit_ranker

GRID_L2 = (0.3, 1.0, 3.0, 10.0, 30.0, 100.0, 300.0)
GRID_MARGINS = (0.0, 0.5, 1.0, 2.0)


def correct(test: list[Item], w: np.ndarray, margin: float) -> np.ndarray:
    """Whether each test item's chosen candidate is right under weights ``w``."""
    out = np.zeros(len(test), dtype=bool)
    for i, it in enumerate(test):
        s = it.X @ w
        b = int(np.argmax(s))
        out[i] = bool(it.y[b if b != 0 and s[b] - s[0] > margin else 0])
    return out


def training_sets(items: list[Item], folds: dict[str, int], read: set[str], k: int,
                  n_sorted: dict[str, int]) -> Iterator[tuple[str, list[Item],
                                                              list[float] | None]]:
    """The training sets (a)-(d) for test fold ``k`` (name, items, group weights)."""
    other = [it for it in items if folds[it.source] != k]
    unread_fold = 5 - k  # 2 <-> 3
    yield "a: other three folds", other, None
    yield "b: other unread fold + unread leftovers", [
        it for it in other if it.source not in read
        and (folds[it.source] == unread_fold or n_sorted[it.source] >= 800)], None
    yield "c: A+B only", [it for it in other if it.source in read], None
    for wt in (0.5, 0.25, 0.1):
        yield (f"d: other three, A/B weight {wt:g}", other,
               [wt if it.source in read else 1.0 for it in other])


def main(argv: list[str] | None = None) -> int:
    """Collect train, fit every model of (a)-(d) on folds 2 and 3, print the tables."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--l2", type=float, default=10.0, help="the committed grid point's L2")
    ap.add_argument("--margin", type=float, default=0.0)
    args = ap.parse_args(argv)
    split = load_polnear(validation_dir("polnear"), "train")
    pred, cands = collect(split)
    items = label(split, pred, cands)
    folds = fold_of(list(split.texts))
    read = read_articles(list(split.texts))
    n_sorted = {s: i for i, s in enumerate(sorted(split.texts))}
    grid = [(l2, m) for l2 in sorted({*GRID_L2, args.l2})
            for m in sorted({*GRID_MARGINS, args.margin})]
    res: dict[tuple[str, int, float, float], np.ndarray] = {}
    for k in (2, 3):
        test = [it for it in items if folds[it.source] == k]
        print(f"fold {k}: {len(test)} pieces, rules {np.mean([t.rule_ok for t in test]):.4f}")
        for name, train, gw in training_sets(items, folds, read, k, n_sorted):
            for l2 in sorted({l2 for l2, _ in grid}):
                w = fit_ranker([(it.X, it.y) for it in train], l2=l2, group_weights=gw)
                for m in sorted({m for _, m in grid}):
                    res[(name, k, l2, m)] = correct(test, w, m)
            print(f"  {name}: {len(train)} training pieces", flush=True)
    names = list(dict.fromkeys(r[0] for r in res))
    cur = (args.l2, args.margin)
    print(f"\n| model | fold 2 @{cur} | fold 3 @{cur} | both | best (L2, margin) on both | "
          "fold 2 | fold 3 | both |\n" + "|---" * 8 + "|")
    for nm in names:
        def acc(p: tuple[float, float], nm: str = nm) -> tuple[float, float, float]:
            a, b = res[(nm, 2, *p)], res[(nm, 3, *p)]
            return float(a.mean()), float(b.mean()), float(np.concatenate([a, b]).mean())
        best = max(grid, key=lambda p: (acc(p)[2], p[0]))
        print(f"| {nm} | " + " | ".join(f"{x:.4f}" for x in acc(cur)) + f" | {best} | " +
              " | ".join(f"{x:.4f}" for x in acc(best)) + " |")
    print(f"\npaired against (a) at {cur}: pieces fixed / broken per test fold")
    for nm in names[1:]:
        cells = []
        for k in (2, 3):
            a, b = res[(names[0], k, *cur)], res[(nm, k, *cur)]
            cells.append(f"fold {k} +{int((~a & b).sum())} / -{int((a & ~b).sum())}")
        print(f"- {nm}: " + "; ".join(cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
