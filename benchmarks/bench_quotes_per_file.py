"""Quote extraction throughput one article per corpus, as the PolNeAR scorer runs it.

Run: ``NS_SHARED_DATA=/work/shared .venv/bin/python benchmarks/bench_quotes_per_file.py [N]``.
Segments the first ``N`` (default 300) PolNeAR TRAIN articles (one corpus each, dated from the
metadata, as :func:`helpers.evaluate.polnear.predict_quotes` does), then times
:func:`helpers.instruments.quotes.extract_quotes` over them: best of two passes, CPU time
(``time.process_time``) and wall time. Why beside ``bench_quotes.py``: that benchmark is one
corpus of 520 articles, where the per-table costs (building the quote table) are paid once;
here they are paid once per article. Asserts nothing.
"""

from __future__ import annotations

import sys
import time

from helpers.core.corpus import segment_text
from helpers.evaluate.polnear import load_polnear
from helpers.evaluate.shared_data import validation_dir
from helpers.instruments.quotes import extract_quotes


def main() -> None:
    n_articles = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    split = load_polnear(validation_dir("polnear"), "train")
    sources = sorted(split.texts)[:n_articles]
    corpora = [segment_text(split.texts[s], source=s, date=split.dates.get(s) or None)
               for s in sources]
    n = sum(len(split.texts[s]) for s in sources)
    for corpus in corpora[:10]:  # warm: the ranker's weights and lexicons are loaded once
        extract_quotes(corpus)
    best_cpu = best_wall = float("inf")
    for _ in range(2):
        c0, w0 = time.process_time(), time.perf_counter()
        for corpus in corpora:
            extract_quotes(corpus)
        best_cpu = min(best_cpu, time.process_time() - c0)
        best_wall = min(best_wall, time.perf_counter() - w0)
    print(f"extract_quotes per file: {len(sources)} PolNeAR train articles, {n:,} chars; "
          f"CPU {best_cpu:.2f}s = {n / best_cpu / 1e6:.3f} M chars per CPU-second; "
          f"wall {best_wall:.2f}s = {n / best_wall / 1e6:.3f} M chars/s")


if __name__ == "__main__":
    main()
