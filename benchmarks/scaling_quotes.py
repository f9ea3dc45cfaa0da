"""Does quote extraction grow linearly with the length of one source? A check in under a minute.

Run: ``.venv/bin/python benchmarks/scaling_quotes.py [SMALL LARGE]`` (default ``8 4``: an
eighth and a quarter of the quotes benchmark's text, the corpus repeated to 10 MB as one
source, :func:`common.repeated_corpus`). Each piece is segmented once; then
:func:`helpers.instruments.quotes.extract_quotes` runs on the small piece, the large one, the
small one and the large one again, and the CPU time (``time.process_time``) of the faster run
of each is kept. The line printed gives both, their ratio and the ratio of the pieces' lengths.

Why: a rule that searches from a position back to the start of the text (or copies the text up
to it) costs time in proportion to the source's length at every call, so quadratic time per
source. Every annotated set is a few thousand characters an article and never shows it; the
10 MB benchmark does, but a full run takes minutes and shows only that it got slower (session
39: 172 CPU s against 24 s). Doubling the text doubles the CPU of linear code: a ratio near 2
is linear, a ratio near 4 is quadratic, between them a quadratic part (a ratio of 2.2 with a
2x length: about a tenth of the large piece's CPU grows with the square). Asserts nothing
(speed is never asserted; the load of a shared machine moves single runs by tens of per cent,
so rerun before reading a ratio of 2.3 as a finding); profile the two pieces and compare each
function's time to find the rule (``docs/notes/scale.md``, throughput round 16).
"""

from __future__ import annotations

import sys
import time

from common import repeated_corpus

from helpers.compiled import mode
from helpers.core.corpus import Corpus, segment_text
from helpers.instruments.quotes import extract_quotes


def extraction_cpu(corpus: Corpus) -> float:
    """CPU seconds of one :func:`extract_quotes` run on ``corpus``."""
    c0 = time.process_time()
    extract_quotes(corpus)
    return time.process_time() - c0


def main() -> None:
    """Print the CPU of the extraction on two pieces of the benchmark text and their ratio."""
    small_div, large_div = (int(a) for a in sys.argv[1:3]) if len(sys.argv) > 2 else (8, 4)
    text = repeated_corpus()
    pieces = {d: segment_text(text[: len(text) // d], source="repeated.txt")
              for d in (small_div, large_div)}
    extract_quotes(segment_text(text[: len(text) // 64], source="repeated.txt"))  # warm-up
    best = {d: float("inf") for d in pieces}
    for _ in range(2):  # alternated: small, large, small, large
        for d in (small_div, large_div):
            best[d] = min(best[d], extraction_cpu(pieces[d]))
    n_small, n_large = len(text) // small_div, len(text) // large_div
    print(f"extract_quotes CPU: 1/{small_div} of the benchmark text ({n_small:,} chars) "
          f"{best[small_div]:.2f}s, 1/{large_div} ({n_large:,} chars) {best[large_div]:.2f}s; "
          f"length x{n_large / n_small:.2f}, CPU x{best[large_div] / best[small_div]:.2f} "
          f"(x{n_large / n_small:.0f} linear, x{(n_large / n_small) ** 2:.0f} quadratic; "
          f"{mode()} runtime)")


if __name__ == "__main__":
    main()
