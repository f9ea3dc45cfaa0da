"""Replace the ``text`` column of gold files on third-party text by ``text_sha1`` (in place).

Why: gold of the default corpus must not carry a copy of the New Statesman's text (it lives in
the shared folder beside the clone); the offsets and a digest of each span keep the annotation
checkable (:func:`helpers.evaluate.gold.read_gold` cuts the text back out of the corpus). Run it
on a gold file written with a ``text`` column (e.g. by an annotator's tool) before committing:

    python scripts/strip_gold_text.py data/annotations/quotes.csv
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from helpers.core.paths import DEFAULT_CORPUS
from helpers.evaluate.gold import read_gold, without_text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", type=Path, help="gold CSV files with a text column")
    parser.add_argument("--raw", type=Path, default=DEFAULT_CORPUS.parent,
                        help="folder of the annotated corpus files (default: the default corpus)")
    args = parser.parse_args()
    for path in args.files:
        gold = read_gold(path, args.raw)  # checks every span before anything is rewritten
        if "text" not in gold.columns:
            print(f"{path}: no text column, left as it is")
            continue
        without_text(gold).to_csv(path, index=False, lineterminator="\n")
        print(f"{path}: {len(gold)} rows, text replaced by text_sha1")
    return 0


if __name__ == "__main__":
    sys.exit(main())
