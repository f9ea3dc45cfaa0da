"""Why PolNeAR dev trails train: the gold's make-up per split, and the rules' speaker accuracy on
train by publication month and by whether a quotes round reads the subsample. Integers only.

PolNeAR's train split runs from November 2015 to 7 September 2016 and dev covers the month after
(the first presidential debates). The quote rounds read train subsamples A-C, count D only and
score dev once per round. This script asks whether dev differs in kind (the gold's make-up) or in
time (the rules' accuracy month by month on train), and separates the subsamples a round has read
from those it has not. It prints aggregates only: no row of any split is shown, so it may be run
on the count-only subsample and on dev's gold (no prediction on dev is made).

    python scripts/polnear_by_month.py            # the rules (as the rounds' D figure)
    python scripts/polnear_by_month.py --ranker default

Takes a few CPU minutes (the quote instrument over the 840 train articles). See
``docs/notes/real_news.md``, "Session 39 lead: why PolNeAR dev trails train".
"""

from __future__ import annotations

import argparse
import sys

import pandas as pd

from helpers.evaluate.polnear import PolnearSplit, load_polnear, predict_quotes, speaker_pairs
from helpers.evaluate.shared_data import validation_dir

#: the month from which train copy counts as the general-election campaign (conventions onwards)
CAMPAIGN_FROM = "2016-07"
#: the subsamples the quote rounds read (D is count-only; the rest of train is in none)
READ_SUBSAMPLES = ("A", "B", "C")


def subsample_of(split: PolnearSplit) -> dict[str, str]:
    """Article -> subsample letter (``sorted(train)[k::4][:200]``, k = 0..3 for A-D), or ``-``
    for the articles in none of them."""
    arts = sorted(split.texts)
    return {a: "ABCD"[i % 4] if i // 4 < 200 else "-" for i, a in enumerate(arts)}


def gold_profile(split: PolnearSplit, sources: set[str] | None = None) -> dict[str, float]:
    """The make-up of a split's direct-quote gold (pieces with a Source): pieces, articles,
    pieces per article, share of pronoun Sources, pieces per thousand characters."""
    g = split.gold[split.gold["speaker"].fillna("").str.strip().str.len() > 0]
    if sources is not None:
        g = g[g["source"].isin(sources)]
    arts = g["source"].unique()
    chars = sum(len(split.texts[a]) for a in arts)
    return {"pieces": len(g), "articles": len(arts),
            "per_article": round(len(g) / max(len(arts), 1), 1),
            "pronoun_share": round(float(g["speaker_is_pronoun"].mean()), 3),
            "per_kchar": round(1000 * len(g) / max(chars, 1), 2)}


def month_table(train: PolnearSplit, ranker: str | None) -> pd.DataFrame:
    """One row per matched train piece with a Source: ``month``, ``period`` (``before`` or
    ``campaign``), ``group`` (``read A-C``, ``D``, ``outside A-D``), ``source_is_pronoun``,
    ``route`` and ``correct`` (the scorer's verdict with the referent gold)."""
    pred = predict_quotes(train, ranker=ranker)
    pairs = speaker_pairs(train.gold, pred, None, train.texts)
    sub = subsample_of(train)
    pairs["month"] = pairs["source"].map(lambda s: (train.dates.get(s) or "")[:7])
    pairs["period"] = ["campaign" if m >= CAMPAIGN_FROM else "before" for m in pairs["month"]]
    pairs["group"] = pairs["source"].map(
        lambda s: "read A-C" if sub[s] in READ_SUBSAMPLES else ("D" if sub[s] == "D"
                                                                 else "outside A-D"))
    return pairs.drop(columns=["pred_speaker", "start", "end"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ranker", choices=("rules", "default"), default="rules")
    args = ap.parse_args(argv)
    root = validation_dir("polnear")
    if not root.is_dir():
        print(f"not scored: {root} is absent", file=sys.stderr)
        return 1
    dev, train = load_polnear(root, "dev"), load_polnear(root, "train")
    sub = subsample_of(train)
    print("## Gold make-up (pieces with a Source)\n")
    print("| split | pieces | articles | per article | pronoun share | per 1,000 chars |")
    print("|---|---|---|---|---|---|")
    rows = [("dev", gold_profile(dev))] + [
        (f"train {k}", gold_profile(train, {a for a, s in sub.items() if s == k}))
        for k in "ABCD"]
    for name, p in rows:
        print(f"| {name} | {p['pieces']} | {p['articles']} | {p['per_article']} | "
              f"{p['pronoun_share']} | {p['per_kchar']} |")
    for name, split in (("dev", dev), ("train", train)):
        dates = sorted(d for d in split.dates.values() if d)
        print(f"\n{name}: {dates[0]} to {dates[-1]}")
    pairs = month_table(train, None if args.ranker == "rules" else "default")
    print(f"\n## Speaker accuracy on train by month ({args.ranker})\n")
    print(pairs.groupby("month")["correct"].agg(["mean", "size"]).round(3).to_string())
    print(f"\n## By period (campaign = {CAMPAIGN_FROM} on) and group\n")
    t = pairs.pivot_table(index="group", columns="period", values="correct",
                          aggfunc=["mean", "size"]).round(3)
    print(t.to_string())
    print("\n## By period, group and pronoun Source\n")
    t = pairs.pivot_table(index=["group", "source_is_pronoun"], columns="period",
                          values="correct", aggfunc=["mean", "size"]).round(3)
    print(t.to_string())
    return 0


if __name__ == "__main__":
    sys.exit(main())
