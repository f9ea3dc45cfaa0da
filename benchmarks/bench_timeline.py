"""Temporal tagging throughput on the corpus repeated to >= 10 MB.

Run: ``.venv/bin/python benchmarks/bench_timeline.py`` (or ``make bench``). Prints characters per
second for the whole pipeline (segmentation + tagging + resolution, as the CLI runs it), for
tagging alone on an already segmented corpus, and for the text-level ``find_timexes``; asserts
nothing (speed depends on the machine).
"""

from __future__ import annotations

from common import best_of, repeated_corpus

from helpers.core.corpus import segment_text
from helpers.instruments.timeline import extract_timexes, find_timexes


def main() -> None:
    text = repeated_corpus()
    n = len(text)
    print(f"input: {n:,} chars ({len(text.encode()):,} bytes)")
    seg_s, corpus = best_of(lambda: segment_text(text, source="repeated.txt"), repeat=1)
    tag_s, timexes = best_of(lambda: extract_timexes(corpus), repeat=1)
    print(f"extract_timexes (segmented corpus, {len(corpus.articles):,} articles): "
          f"{len(timexes):,} expressions in {tag_s:.2f}s = {n / tag_s / 1e6:.2f} M chars/s")
    total = seg_s + tag_s
    print(f"segment + extract (as the CLI): {total:.2f}s = {n / total / 1e6:.2f} M chars/s")
    f_s, found = best_of(lambda: find_timexes(text, reference="2017-03-23"), repeat=1)
    print(f"find_timexes on the raw string: {len(found):,} expressions in {f_s:.2f}s = "
          f"{n / f_s / 1e6:.2f} M chars/s")


if __name__ == "__main__":
    main()
