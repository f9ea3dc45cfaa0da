"""Quote extraction throughput on the corpus repeated to >= 10 MB.

Run: ``.venv/bin/python benchmarks/bench_quotes.py``. Prints characters and quotations per
second for :func:`helpers.instruments.quotes.extract_quotes` on an already segmented corpus
(the segmenter
has its own benchmark), and for the whole path text -> quotes. Asserts nothing (speed depends on
the machine); the target is >= 1 M chars/s for the extraction. The extraction's CPU time
(``time.process_time``, best of the same runs) is printed too: on a machine shared with other
work the wall time mostly measures the load. The line ends with the runtime that ran: ``pure``
Python or the ``compiled`` build of ``make compiled`` (:mod:`helpers.compiled`).
"""

from __future__ import annotations

import sys
import time

from common import best_of, repeated_corpus

from helpers.compiled import mode
from helpers.core.corpus import segment_text
from helpers.instruments.quotes import extract_quotes


def main() -> None:
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    text = repeated_corpus()
    n = len(text)
    seg_seconds, corpus = best_of(lambda: segment_text(text, source="repeated.txt"), repeat=1)
    cpu: list[float] = []

    def timed():
        c0 = time.process_time()
        out = extract_quotes(corpus)
        cpu.append(time.process_time() - c0)
        return out

    seconds, quotes = best_of(timed, repeat=repeat)
    n_quotes = len(quotes)
    print(f"extract_quotes: {n:,} chars ({len(text.encode()):,} bytes), "
          f"{len(corpus.articles):,} articles, {n_quotes:,} quoted spans "
          f"({int((quotes['kind'] == 'speech').sum()):,} speech) in {seconds:.2f}s = "
          f"{n / seconds / 1e6:.2f} M chars/s, {n_quotes / seconds:,.0f} quotes/s; "
          f"CPU {min(cpu):.2f}s = {n / min(cpu) / 1e6:.2f} M chars per CPU-second "
          f"({mode()} runtime: `make compiled`, helpers/compiled.py)")
    total = seg_seconds + seconds
    print(f"text -> quotes (segment_text {seg_seconds:.2f}s + extract_quotes): "
          f"{n / total / 1e6:.2f} M chars/s")


if __name__ == "__main__":
    main()
