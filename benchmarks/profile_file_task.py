"""CPU seconds per step of the store's per-file task, on a sample of archive articles.

Why: on a shared machine wall time says more about the neighbours than about the code; CPU
seconds (``time.process_time``) of one process do not. Runs the steps of
``helpers.report.store_build.process_file`` (segment, quotes, timeline, themes, sentiment,
parquet writing) in this process on the first ``--files`` articles of the benchmark archive and
prints CPU seconds, share and M characters per CPU-second for each step and in total, with the
load average. ``--profile FILE`` also writes a cProfile of the whole run (slower; shares from it
are inflated for call-heavy code) and prints the top functions. Nothing is asserted. Usage::

    python benchmarks/profile_file_task.py [--corpus DIR] [--files 50] [--profile out.prof]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

from helpers.core.corpus import read_source, segment_text
from helpers.instruments.quotes import extract_quotes
from helpers.instruments.themes import load_codebook, match_themes, paragraph_columns, theme_scores
from helpers.instruments.timeline import extract_timexes
from helpers.report.joins import sentiment_with_voice
from helpers.report.store_build import write_parquet

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT / "build" / "bench" / "archive"
STEPS = ("segment", "quotes", "timeline", "themes", "sentiment", "write")


def run(files: list[Path], cpu: dict[str, float]) -> int:
    """Every step on every file, CPU seconds added to ``cpu``; returns the characters read."""
    book = load_codebook()
    n_chars = 0
    out = Path(tempfile.mkdtemp(prefix="profile_file_task_"))

    def step(name: str, fn):  # noqa: ANN001, ANN202 - a local timer
        t0 = time.process_time()
        value = fn()
        cpu[name] += time.process_time() - t0
        return value

    for i, path in enumerate(files):
        text = step("segment", lambda p=path: read_source(p)[0])
        n_chars += len(text)
        corpus = step("segment", lambda t=text, p=path: segment_text(t, source=p.name))
        quotes = step("quotes", lambda c=corpus: extract_quotes(c))
        timexes = step("timeline", lambda c=corpus: extract_timexes(c))

        def themes(c=corpus):  # noqa: ANN001, ANN202
            matches = match_themes(c, book)
            scores = theme_scores(c, "paragraph", book, matches=matches)
            return matches, scores.reindex(columns=paragraph_columns(book))

        matches, paras = step("themes", themes)
        senti = step("sentiment", lambda c=corpus, q=quotes: sentiment_with_voice(c, q))

        def write(tables=(corpus.articles, corpus.blocks, corpus.sentences, quotes, timexes,
                          matches, paras, senti), i=i) -> None:  # noqa: ANN001
            for j, df in enumerate(tables):
                write_parquet(df, out / f"{i}_{j}.parquet")  # as the store writes

        step("write", write)
    return n_chars


def main() -> int:
    """Print CPU seconds per step (and a profile with ``--profile``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    parser.add_argument("--files", type=int, default=50)
    parser.add_argument("--profile", default="")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    files = sorted(Path(args.corpus).glob("*.txt"))[: args.files]
    if not files:
        print(f"no .txt files in {args.corpus} (run benchmarks/make_archive_corpus.py)")
        return 1
    # warm-up outside the timing: codebook compilation, lexicons, models
    run(files[:1], dict.fromkeys(STEPS, 0.0))
    cpu = dict.fromkeys(STEPS, 0.0)
    load0 = os.getloadavg()[0]
    prof = cProfile.Profile() if args.profile else None
    if prof:
        prof.enable()
    n_chars = run(files, cpu)
    if prof:
        prof.disable()
        prof.dump_stats(args.profile)
    total = sum(cpu.values())
    table = pd.DataFrame({"cpu_s": cpu}).assign(
        share=lambda d: (d["cpu_s"] / total * 100).round(1),
        m_chars_per_cpu_s=lambda d: (n_chars / d["cpu_s"] / 1e6).round(3))
    print(f"{len(files)} files, {n_chars / 1e6:.2f} M chars{' (under cProfile)' if prof else ''}")
    print(table.round(2).to_string())
    print(f"total {total:.1f} CPU s: {n_chars / total / 1e6:.3f} M chars per CPU-second "
          f"[load {load0:.1f} -> {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores]")
    if prof:
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(args.top)
        print(buf.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
