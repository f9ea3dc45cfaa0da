"""Segmentation throughput on the corpus repeated to >= 10 MB, and `make run` wall time.

Run: ``.venv/bin/python benchmarks/bench_segment.py`` (or ``make bench``). Prints the figures;
asserts nothing (speed depends on the machine).
"""

from __future__ import annotations

import subprocess
import sys
import time

from common import best_of, repeated_corpus

from helpers.core.corpus import segment_text
from helpers.core.paths import PROJECT_ROOT
from helpers.core.sentences import split_sentences


def main() -> None:
    text = repeated_corpus()
    n = len(text)
    seconds, corpus = best_of(lambda: segment_text(text, source="repeated.txt"), repeat=3)
    print(f"segment_text: {n:,} chars ({len(text.encode()):,} bytes), "
          f"{len(corpus.articles):,} articles, {len(corpus.sentences):,} sentences "
          f"in {seconds:.2f}s = {n / seconds / 1e6:.2f} M chars/s")
    s_seconds, spans = best_of(lambda: split_sentences(text), repeat=3)
    print(f"split_sentences alone: {n / s_seconds / 1e6:.2f} M chars/s ({len(spans):,} spans)")
    if "--skip-run" not in sys.argv:
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "scripts/run_notebooks.py", "--output",
                        "build/bench-run"], cwd=PROJECT_ROOT, check=True,
                       stdout=subprocess.DEVNULL)
        print(f"make run (all notebooks, default corpus, environment ready): "
              f"{time.perf_counter() - t0:.1f}s wall")


if __name__ == "__main__":
    main()
