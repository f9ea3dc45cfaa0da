"""Compute every instrument table of a corpus into the store (``make tables``).

Each file is segmented and analysed (quotes, timeline, themes, sentiment with voice) in a
worker; its tables go to ``OUT/store/`` as parquet, keyed by content and inputs, so a re-run
recomputes only what changed. The run is recorded in ``OUT/manifest.json``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from helpers.core.check import plausible_years
from helpers.core.corpus import CorpusError
from helpers.core.paths import PROJECT_ROOT, resolve_corpus
from helpers.core.text import counted
from helpers.report.store_build import build_store


def _shown(path: Path) -> str:
    """``path`` as printed: relative to the project root when inside it, else absolute."""
    path = path.resolve()
    return str(path.relative_to(PROJECT_ROOT)) if path.is_relative_to(PROJECT_ROOT) else str(path)


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments, build the store, print a one-line summary; return exit status.

    2 for bad input, including a corpus none of whose files could be read (as ``make run``
    stops there too); 1 when the store cannot be written.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", nargs="*", default=[""],
                        help="file(s) or folder(s) (default: the default corpus)")
    parser.add_argument("--output", default="build", help="output folder (default: build)")
    parser.add_argument("--date", default="", help="publication date for texts without one")
    parser.add_argument("--codebook", default="", help="theme codebook (default: themes.yml)")
    parser.add_argument("--jobs", type=int, default=0, help="worker processes (default: cores)")
    parser.add_argument("--engine", choices=("process", "dask"), default="process",
                        help="process pool (default) or dask.distributed")
    parser.add_argument("--scheduler", default="", help="dask scheduler address (engine dask)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.add_argument("--name", default="", help="the corpus's name in the manifest (default: "
                        "from its path, e.g. polnear/train/text -> polnear train)")
    parser.add_argument("--plausible-years", default="",
                        help="FROM-TO recorded in the manifest as the date check's range "
                        "(default: NS_PLAUSIBLE_YEARS, else 1605-2030)")
    args = parser.parse_args(argv)
    try:  # a malformed range stops here, before any work, as run_notebooks.py does
        plausible_years(args.plausible_years)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    corpus = [resolve_corpus(c) for c in (args.corpus or [""])]
    try:
        report = build_store(corpus, args.output, args.date or None, args.codebook or None,
                             jobs=args.jobs or None, engine=args.engine,
                             scheduler=args.scheduler or None, progress=not args.quiet,
                             name=args.name, years=args.plausible_years)
    except CorpusError as exc:  # an unusable input file; any other ValueError is a bug: traceback
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except RuntimeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    done = sum(1 for r in report.results if r.computed)
    skipped = [r for r in report.results if r.error]
    # the store's folder and the manifest's path in full: "manifest manifest.json" left a
    # reader to guess that OUT (default build/) holds both, and that `make run` reads the
    # store only when given the same OUT
    print(f"tables: {counted(len(report.results), 'file')} ({report.n_chars:,} characters), "
          f"{done:,} computed, {len(report.results) - done - len(skipped):,} from the store, "
          f"{len(skipped):,} skipped, {report.seconds:.1f}s ({_shown(report.manifest.parent)}"
          f"/store; run recorded in {_shown(report.manifest)})", file=sys.stderr)
    for r in skipped:  # the reason names its file already ("a.txt: empty file ...")
        reason = r.error if r.error.startswith(f"{r.source}:") else f"{r.source}: {r.error}"
        print(f"warning: skipped {reason}", file=sys.stderr)
    if report.results and len(skipped) == len(report.results):
        print(f"error: no article could be read ({counted(len(skipped), 'file')}, all skipped)",
              file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
