"""Run every notebook headlessly on a corpus and report what was written (``make run``).

Exit status: 0 done, 1 a notebook failed, 2 bad input, 130 interrupted (Ctrl-C): the running
notebooks and their kernels are stopped, queued ones are not started, and one line says which
finished (their outputs are complete; nothing half-written is left).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from helpers.core.check import plausible_years
from helpers.core.corpus import CorpusError
from helpers.core.paths import (
    DEFAULT_CORPUS,
    PROJECT_ROOT,
    missing_input,
    resolve_corpus,
    resolve_output_dir,
)
from helpers.core.text import counted
from helpers.report.figures import describe_figures
from helpers.report.manifest import COMMIT_ENV, git_commit
from helpers.report.notebook import run_corpus_name
from helpers.report.run_all import RunInterrupted, list_notebooks, run_notebooks
from helpers.report.store_build import build_store


def rel_out(output: str) -> str:
    """The output folder as printed: relative to the project root when inside it."""
    out = resolve_output_dir(output)
    return str(out.relative_to(PROJECT_ROOT)) if out.is_relative_to(PROJECT_ROOT) else str(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", default="", help="file or folder (default: the default corpus, "
                        "../shared/corpus/000_9725aa8402de1287.txt)")
    parser.add_argument("--output", default="build", help="output folder (default: build)")
    parser.add_argument("--date", default="", help="publication date for texts without one")
    parser.add_argument("--no-html", action="store_true", help="skip the HTML copies")
    parser.add_argument("--notebooks", default="", help="folder of NN_name.ipynb notebooks "
                        "(default: notebooks/)")
    parser.add_argument("--no-tables", action="store_true",
                        help="skip the table store step (make tables)")
    parser.add_argument("--jobs", type=int, default=0,
                        help="worker processes of the table store, and notebooks run at once "
                        "(default: one per CPU)")
    parser.add_argument("--articles", default="",
                        help="article ids drawn one panel each, comma-separated (the notebooks' "
                        "ARTICLES parameter; default: the 12 longest)")
    parser.add_argument("--name", default="",
                        help="the corpus's name in figure source lines, manifests and the console "
                        "(default: from its path: a file's stem, a folder's name skipping names "
                        "such as text or articles, e.g. polnear/train/text -> polnear train)")
    parser.add_argument("--plausible-years", default="",
                        help="FROM-TO: publication years outside it are flagged (kept) by the date "
                        "check (default: NS_PLAUSIBLE_YEARS, else 1605-2030, a fixed range)")
    parser.add_argument("--force", action="store_true",
                        help="run every notebook, also those unchanged since the last run")
    args = parser.parse_args()
    default = args.corpus == "" or resolve_corpus(args.corpus).resolve() == DEFAULT_CORPUS.resolve()
    corpus = "" if default else args.corpus
    if corpus and not Path(corpus).exists():
        print(f"error: {missing_input(corpus)}", file=sys.stderr)
        return 2
    try:
        plausible_years(args.plausible_years)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    label = run_corpus_name(resolve_corpus(corpus), default, args.name)
    t0 = time.perf_counter()
    # the commit, read once here: the table store's manifest, the runner and every notebook's
    # kernel (which inherits it) use it instead of running git again
    os.environ[COMMIT_ENV] = git_commit()
    if not args.no_tables:
        # first step: the table store; when it is warm this only hashes the files
        try:
            report = build_store(resolve_corpus(corpus), args.output, args.date or None,
                                  jobs=args.jobs or None, name=args.name,
                                  years=args.plausible_years)
        except CorpusError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        except KeyboardInterrupt:  # finished files are already in the store
            print("interrupted while building the table store: no notebook was started",
                  file=sys.stderr)
            return 130
        done = sum(1 for r in report.results if r.computed)
        n = len(report.results)
        # a file that is no article (empty, binary, ...) is neither computed nor reused: say so,
        # and that its reason is among the corpus lines that follow
        n_skipped = sum(1 for r in report.results if r.error)
        skipped = f", {n_skipped:,} skipped (reasons below)" if n_skipped else ""
        print(f"Table store: {counted(n, 'file')}, {done:,} computed{skipped}, "
              f"{report.seconds:.1f}s ({rel_out(args.output)}/store; run recorded in "
              f"{Path(rel_out(args.output)) / 'manifest.json'})")
    notebooks = list_notebooks(Path(args.notebooks)) if args.notebooks else list_notebooks()
    where = f" ({args.corpus})" if corpus else ""
    print(f"Running {counted(len(notebooks), 'notebook')} on {label}{where}", flush=True)
    try:
        runs = run_notebooks(corpus, args.output, args.date, notebooks=notebooks,
                             html=not args.no_html, jobs=args.jobs or None, force=args.force,
                             articles=args.articles, name=args.name,
                             years=args.plausible_years)
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except RunInterrupted as exc:
        print(exc.summary(), file=sys.stderr)
        return 130
    except KeyboardInterrupt:  # before any notebook started (loading the corpus)
        print("interrupted: no notebook was started", file=sys.stderr)
        return 130
    except RuntimeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    out = resolve_output_dir(args.output)
    tables = sorted((out / "tables").glob("*.csv"))

    def rel(p: Path) -> str:
        return str(p.relative_to(PROJECT_ROOT)) if p.is_relative_to(PROJECT_ROOT) else str(p)

    skipped = sum(r.skipped for r in runs)
    kept = f", {skipped} unchanged and kept" if skipped else ""
    print(f"\nDone in {time.perf_counter() - t0:.1f}s. Written:")
    print(f"  executed notebooks  {rel(out / 'notebooks')}/ ({len(runs)}{kept})")
    if not args.no_html:
        print(f"  HTML copies         {rel(out / 'html')}/ ({len(runs)})")
    print(f"  figures             {rel(out / 'figures')}/ ({describe_figures(out / 'figures')};"
          f" index in INDEX.md)")
    print(f"  tables              {rel(out / 'tables')}/ ({len(tables)} CSV)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
