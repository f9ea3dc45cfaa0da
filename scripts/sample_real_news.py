"""Draw the paragraph samples of the real-news theme coding (``data/annotations/real_news``).

Why: the theme codebook was tuned on the project's own corpus and invented sentences; its
recall misses on the held-out set are kinds of factionalism talk it has never seen. This script
draws body paragraphs of real political news (PolNeAR TRAIN, US campaign coverage 2016, in the
shared folder) in two samples, so that a coder can code them *before* the instrument runs:

- ``random``: 80 paragraphs drawn at random (seed 16) from every body paragraph of 8+ words;
- ``party``: 80 further paragraphs drawn at random (same seed) from those that name a party
  (:data:`PARTY_WORDS`), which over-samples the places where factionalism can occur.

It writes ``source,start,end,text_sha1,sample`` (offsets into the article file, no text) to the
path given, or prints them. ``--show`` prints title and text to the terminal for coding, never to
a file in the repository.

Usage: ``python scripts/sample_real_news.py [--out FILE] [--show]``
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

import pandas as pd

from helpers.core.corpus import load_corpus
from helpers.evaluate.gold import span_digest
from helpers.evaluate.shared_data import validation_dir

SEED = 16
N_PER_SAMPLE = 80
MIN_WORDS = 8
#: a paragraph "names a party" when one of these words occurs (case-sensitive names, any "party")
PARTY_WORDS = re.compile(
    r"\b(?:[Pp]art(?:y|ies)|Republicans?|Democrats?|Democratic|GOP|RNC|DNC|Labour|Tory|Tories|"
    r"Conservatives?|Liberal Democrats?)\b")


def polnear_train_dir() -> Path:
    """The PolNeAR TRAIN text folder in the shared data (``FileNotFoundError`` if absent)."""
    folder = validation_dir("polnear") / "train" / "text"
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder} is not here (set NS_SHARED_DATA)")
    return folder


def draw_samples(folder: Path) -> pd.DataFrame:
    """The two samples (``random`` then ``party``), rows in draw order, with the text."""
    files = sorted(folder.glob("*.txt"))
    blocks = load_corpus(files).blocks
    body = blocks[blocks["kind"] == "body"].copy()
    body = body[body["text"].str.split().str.len() >= MIN_WORDS]
    body["source"] = body["source"].map(lambda s: Path(s).name)
    rows = list(body[["source", "start", "end", "text"]].itertuples(index=False, name=None))
    rng = random.Random(SEED)
    first = rng.sample(range(len(rows)), N_PER_SAMPLE)
    taken = set(first)
    party = [i for i, r in enumerate(rows) if i not in taken and PARTY_WORDS.search(r[3])]
    second = rng.sample(party, N_PER_SAMPLE)
    out = [(*rows[i], "random") for i in first] + [(*rows[i], "party") for i in second]
    return pd.DataFrame(out, columns=["source", "start", "end", "text", "sample"])


def main(argv: list[str] | None = None) -> None:
    """Write the sample file (offsets and digests) or show the paragraphs for coding."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, help="CSV to write (default: standard output)")
    parser.add_argument("--show", action="store_true", help="print the texts for the coder")
    args = parser.parse_args(argv)
    folder = polnear_train_dir()
    sample = draw_samples(folder)
    if args.show:
        for i, (src, text, kind) in enumerate(zip(sample["source"], sample["text"],
                                                  sample["sample"])):
            title = (folder / src).read_text(encoding="utf-8").split("\n", 1)[0]
            print(f"[{i}] ({kind}) {src}\n  TITLE: {title}\n  {text}\n")
        return
    sample.insert(3, "text_sha1", sample["text"].map(span_digest))
    table = sample.drop(columns="text")
    if args.out:
        table.to_csv(args.out, index=False)
    else:
        table.to_csv(sys.stdout, index=False)


if __name__ == "__main__":
    main()
