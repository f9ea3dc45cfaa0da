"""Sentiment throughput (sentences/s per measure) on the corpus repeated to >= 10 MB.

Run: ``PYTHONPATH=. .venv/bin/python benchmarks/bench_sentiment.py``. Prints the figures; asserts
nothing (speed depends on the machine).

The repeated corpus is segmented once (timed separately). Each measure is then timed on a fixed
sample of ``SAMPLE`` sentences drawn evenly from it and extrapolated to all sentences: scoring
all ~100,000 sentences with every measure takes several minutes on a shared CPU, and the per-
sentence cost does not depend on position because the text is the same corpus repeated.
Pass ``--full`` to time ``score_texts`` on every sentence instead of extrapolating.
"""

from __future__ import annotations

import sys
import time

from common import best_of, repeated_corpus

from helpers.core.corpus import segment_text
from helpers.instruments.sentiment import _raw_scores, _vader, polarity_negation, score_texts

SAMPLE = 5000


def main() -> None:
    text = repeated_corpus()
    t0 = time.perf_counter()
    corpus = segment_text(text, source="repeated.txt")
    seg = time.perf_counter() - t0
    sents = corpus.sentences["text"].tolist()
    n = len(sents)
    print(f"corpus: {len(text.encode()):,} bytes, {n:,} sentences (segmented in {seg:.1f}s)")
    step = max(1, n // SAMPLE)
    sample = sents[::step][:SAMPLE]

    from textblob import TextBlob

    vader = _vader()
    measures = {
        "TextBlob polarity+subjectivity": lambda: [TextBlob(s).sentiment for s in sample],
        "VADER compound": lambda: [vader.polarity_scores(s) for s in sample],
        "TextBlob + negation scope": lambda: [polarity_negation(s) for s in sample],
        "all measures (_raw_scores)": lambda: [_raw_scores(s) for s in sample],
        "score_texts (all + default score)": lambda: score_texts(sample),
    }
    print(f"timed on a fixed sample of {len(sample):,} sentences (every {step}th), best of 3, "
          f"extrapolated to {n:,}:")
    for name, fn in measures.items():
        seconds, _ = best_of(fn, repeat=3)
        rate = len(sample) / seconds
        print(f"  {name:36s} {rate:10,.0f} sentences/s  -> {n / rate:6.1f}s for the 10 MB corpus")
    if "--full" in sys.argv:
        seconds, _ = best_of(lambda: score_texts(sents), repeat=1)
        print(f"  score_texts on all {n:,} sentences: {seconds:.1f}s = {n / seconds:,.0f} /s")


if __name__ == "__main__":
    main()
