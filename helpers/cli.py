"""Command line: ``python -m helpers <command> PATH... [--date] [--format]``.

Each command loads the articles, runs one instrument and writes one table to stdout (CSV or
JSON lines). Every row names its ``source`` file and carries ``start``/``end`` offsets into it.
Bad input gets one line on stderr naming the file and the problem, and exit status 2.
"""

from __future__ import annotations

import argparse
import importlib
import io
import json
import sys
from collections.abc import Callable, Sequence

import pandas as pd

from helpers.core.check import check_corpus, summarise
from helpers.core.corpus import Corpus, CorpusError, load_corpus

__all__ = ["main", "write_table"]

# command -> (module, function, help); the function takes a Corpus and returns a DataFrame
COMMANDS: dict[str, tuple[str, str, str]] = {
    "quotes": (
        "helpers.instruments.quotes",
        "extract_quotes",
        "one row per quoted span: kind, speaker, reporting verb",
    ),
    "sentiment": (
        "helpers.report.joins",
        "sentiment_with_voice",
        "one row per sentence: TextBlob, VADER and the calibrated score, voice",
    ),
    "timeline": (
        "helpers.instruments.timeline",
        "extract_timexes",
        "one row per temporal expression: TIMEX3 type, value and interval",
    ),
    "themes": (
        "helpers.instruments.themes",
        "paragraph_themes",
        "one row per paragraph: a score per theme of the codebook",
    ),
}


def write_table(df: pd.DataFrame, fmt: str, stream: io.TextIOBase | None = None) -> None:
    """Write ``df`` as CSV (booleans as true/false) or JSON lines to ``stream`` (stdout)."""
    stream = stream or sys.stdout
    if fmt == "jsonl":
        records = df.astype(object).where(df.notna(), None).to_dict(orient="records")
        for record in records:
            stream.write(json.dumps(record, ensure_ascii=False, default=_json_default) + "\n")
        return
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == bool or str(out[col].dtype) == "boolean":
            out[col] = out[col].map({True: "true", False: "false"})
    out.to_csv(stream, index=False, lineterminator="\n")


def _json_default(value: object) -> object:
    """numpy scalars and other non-JSON values: plain Python equivalents."""
    if hasattr(value, "item"):
        return value.item()
    return str(value)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m helpers",
        description="Segment and analyse news articles (New Statesman scrapes or plain text).",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("paths", nargs="+", metavar="PATH", help="article file(s) or folder(s)")
        p.add_argument("--date", help="publication date YYYY-MM-DD for texts that carry none")
        p.add_argument(
            "--format", choices=("csv", "jsonl"), default="csv", help="output format (default: csv)"
        )

    seg = sub.add_parser("segment", help="articles, blocks or sentences with offsets")
    common(seg)
    seg.add_argument(
        "--table",
        choices=("articles", "blocks", "sentences"),
        default="sentences",
        help="which table to print (default: sentences)",
    )
    for name, (_, _, help_text) in COMMANDS.items():
        common(sub.add_parser(name, help=help_text))
    return parser


def _instrument(command: str) -> Callable[[Corpus], pd.DataFrame]:
    module_name, func_name, _ = COMMANDS[command]
    module = importlib.import_module(module_name)
    return getattr(module, func_name)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 2 bad input)."""
    args = _parser().parse_args(argv)
    try:
        corpus = load_corpus(args.paths, date=args.date)
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for warning in corpus.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for file, reason in corpus.skipped:
        print(f"warning: skipped {file}: {reason}", file=sys.stderr)
    for line in summarise(check_corpus(corpus)):  # one line per file, summarised when many
        print(f"warning: {line}", file=sys.stderr)
    if args.command == "segment":
        table = getattr(corpus, args.table)
    else:
        table = _instrument(args.command)(corpus)
    try:
        write_table(table, args.format)
        sys.stdout.flush()
    except BrokenPipeError:  # e.g. piped into `head`
        sys.stderr.close()
    return 0
