"""List the items of a referent coding pass (issue 13): PolNeAR Sources a coder must resolve.

An item is a direct-quotation attribution of PolNeAR TRAIN whose annotated Source is a pronoun
(``he``, ``which``: :data:`helpers.evaluate.polnear.PRONOUNS`) or a *description*: a Source
with no capitalised word (``the board``) or whose first word is a determiner
(``data/lexicons/referent_item_determiners.txt``: ``the Vermont senator``). Names
(``Hillary Clinton``) are not items: the scorer matches them by name already.

The articles are those of train subsample X (``sorted(train)[k::4][:200]``, k = 0..3 for A..D,
as in ``score_real_news.py --subsample``), in name order; the first ``--articles`` of them that
hold at least one item are taken whole, items in Source order, numbered from
``--first-item`` so that the passes of several subsamples share one coder file per coder.
The list is made before coding, so no coder chooses what to code. Subsample A's list
(items 1-278) and B's (279-561) were made by this rule:

    python scripts/referent_items.py --subsample B --articles 70 --first-item 279 -o items.tsv

Output columns: item, article, quote_id, source_start, source_end, kind (pronoun /
description). Reads ``../shared/validation/polnear`` (or ``$NS_SHARED_DATA``).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from helpers.core.lexicons import load_words  # noqa: E402
from helpers.evaluate.polnear import PRONOUNS  # noqa: E402
from helpers.evaluate.real_news_summary import SUBSAMPLES  # noqa: E402

ITEM_COLUMNS = ["item", "article", "quote_id", "source_start", "source_end", "kind"]
_CAPITALISED = re.compile(r"[A-Z][a-z]")


def source_kind(source: str, determiners: Iterable[str]) -> str | None:
    """``pronoun``, ``description`` or None (a name, not an item) for one Source text."""
    if source.strip().lower() in PRONOUNS:
        return "pronoun"
    words = source.split()
    if not words:
        return None
    if not any(_CAPITALISED.match(w) for w in words) or words[0].lower() in set(determiners):
        return "description"
    return None


def select_items(gold: pd.DataFrame, articles: Sequence[str], n_articles: int, first_item: int,
                 determiners: Iterable[str]) -> pd.DataFrame:
    """The item list: the first ``n_articles`` of ``articles`` (in the order given) that hold an
    item, all their items in Source order, numbered from ``first_item``.

    ``gold`` has one row per gold piece with columns ``quote_id``, ``source`` (the article),
    ``speaker``, ``speaker_start``, ``speaker_end``; a quotation split into pieces counts once.
    """
    dets = frozenset(determiners)
    g = gold.drop_duplicates("quote_id")
    rows: list[tuple] = []
    taken = 0
    for art in articles:
        sub = g[g["source"] == art]
        kinds = sub["speaker"].map(lambda s: source_kind(str(s), dets))
        sub = sub.assign(kind=kinds).dropna(subset=["kind"])
        if sub.empty:
            continue
        if taken == n_articles:
            break
        taken += 1
        for _, r in sub.sort_values("speaker_start", kind="stable").iterrows():
            rows.append((art, r["quote_id"], int(r["speaker_start"]), int(r["speaker_end"]),
                         r["kind"]))
    out = pd.DataFrame(rows, columns=ITEM_COLUMNS[1:])
    out.insert(0, "item", range(first_item, first_item + len(out)))
    return out


def main(argv: list[str] | None = None) -> int:
    """Write (or print) the item list of one subsample."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--subsample", choices=sorted(SUBSAMPLES), required=True,
                    help="train subsample: sorted(train)[k::4][:200], A..D = k 0..3")
    ap.add_argument("--articles", type=int, default=70,
                    help="number of articles with at least one item to take (default 70)")
    ap.add_argument("--first-item", type=int, default=1, help="number of the first item")
    ap.add_argument("-o", "--output", type=Path, help="TSV to write (default: stdout)")
    args = ap.parse_args(argv)

    from helpers.core.paths import shared_root
    from helpers.evaluate.polnear import load_polnear

    split = load_polnear(shared_root() / "validation" / "polnear", "train")
    names = sorted(split.texts)[SUBSAMPLES[args.subsample]::4][:200]
    items = select_items(split.gold, names, args.articles, args.first_item,
                         load_words("referent_item_determiners.txt"))
    kinds = items["kind"].value_counts().to_dict()
    print(f"{len(items)} items in {items['article'].nunique()} articles {kinds}", file=sys.stderr)
    if args.output:
        items.to_csv(args.output, sep="\t", index=False)
    else:
        items.to_csv(sys.stdout, sep="\t", index=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
