"""Command line: ``python -m helpers <command> PATH... [--date] [--format]`` (or ``ns-helpers``).

Each command loads the articles, runs one instrument and writes one table to stdout (CSV or
JSON lines). Every row names its ``source`` file and carries ``start``/``end`` offsets into it.
Bad input gets one line on stderr naming the file and the problem, and exit status 2. Output
that cannot be written (a full disk, a closed pipe other than ``head``) gets one line naming the
problem and exit status 1: the input was fine, the result is incomplete. CSV fields holding any
line break (``\r``, U+2028, U+0085 …) are quoted, so the table reads back with the same rows.
"""

from __future__ import annotations

import argparse
import importlib
import io
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pandas as pd

from helpers import __version__
from helpers.core.check import check_corpus, summarise
from helpers.core.corpus import Corpus, CorpusError, load_corpus
from helpers.core.reading import summarise_skipped
from helpers.core.tables import write_csv

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


#: command -> (description, example) shown by ``COMMAND --help``; ``{prog}`` is the program name.
DETAILS: dict[str, tuple[str, str]] = {
    "segment": (
        "Split articles into blocks (headings, paragraphs, footers) and sentences, with offsets. "
        "The other commands all start from this segmentation.",
        "{prog} segment ../shared/corpus --table blocks --format jsonl",
    ),
    "quotes": (
        "Find quoted speech and scare quotes, attribute each to a speaker and a reporting verb "
        "(said, insisted, ...). Speech rows carry the speaker's name and its offsets.",
        "{prog} quotes ../shared/corpus/000_9725aa8402de1287.txt > quotes.csv",
    ),
    "sentiment": (
        "Score the tone of every sentence: TextBlob polarity and subjectivity, VADER compound and "
        "the calibrated score used by the notebooks, plus whose voice the sentence is in.",
        "{prog} sentiment my_articles/ --date 2024-05-01",
    ),
    "timeline": (
        "Find temporal expressions (dates, times, durations, sets) and resolve each to a TIMEX3 "
        "value and an interval, anchored on the publication date (--date when the text has none).",
        "{prog} timeline my_article.txt --date 2024-05-01 --format jsonl",
    ),
    "themes": (
        "Score every body paragraph for each theme of the codebook (weighted matches per 1,000 "
        "words, and a presence flag). --theme keeps one theme; --codebook reads another YAML "
        "codebook (same format as data/lexicons/themes.yml).",
        "{prog} themes my_articles/ --theme special_relationship",
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
    write_csv(out, stream)


def _json_default(value: object) -> object:
    """numpy scalars and other non-JSON values: plain Python equivalents."""
    if hasattr(value, "item"):
        return value.item()
    return str(value)


def _parser(prog: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Segment and analyse news articles (New Statesman scrapes or plain text). "
        "Each command prints one table (CSV or JSON lines) whose rows carry start/end offsets "
        "into the source file.",
        epilog=f"example: {prog} quotes my_articles/ --format jsonl\n"
        f"         {prog} COMMAND --help   (what a command does, with an example)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        description, example = DETAILS[name]
        return sub.add_parser(
            name, help=help_text, description=description,
            epilog="example: " + example.format(prog=prog),
        )

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("paths", nargs="+", metavar="PATH", help="article file(s) or folder(s)")
        p.add_argument("--date", help="publication date YYYY-MM-DD for texts that carry none")
        p.add_argument(
            "--format", choices=("csv", "jsonl"), default="csv", help="output format (default: csv)"
        )

    seg = add("segment", "articles, blocks or sentences with offsets")
    common(seg)
    seg.add_argument(
        "--table",
        choices=("articles", "blocks", "sentences"),
        default="sentences",
        help="which table to print (default: sentences)",
    )
    for name, (_, _, help_text) in COMMANDS.items():
        common(add(name, help_text))
    themes = sub.choices["themes"]
    themes.add_argument("--theme", metavar="NAME", help="keep only this theme's columns (its id)")
    themes.add_argument(
        "--codebook", metavar="FILE", help="theme codebook YAML (default: data/lexicons/themes.yml)"
    )
    themes.add_argument(
        "--classifier", metavar="MODEL", nargs="?", const="default",
        help="also apply a learned paragraph scorer (party factionalism; default model: "
        "data/models/pf_classifier.json, themes version 28's, fitted on the PolNeAR train "
        "codings v5-v18); off unless given: on blind US codings it finds more factional "
        "paragraphs at lower precision, and on British copy it lowers precision (README). Put "
        "it after the paths (or use --classifier=MODEL): a path right after it is read as the "
        "model",
    )
    sub.choices["quotes"].add_argument(
        "--ranker", choices=("learned", "rules"), default=None,
        help="who chooses each quotation's speaker: the rules alone, or the learned chooser "
        "over the rules' candidates (data/models/speaker_ranker.json; issue 13). Default: "
        "the learned chooser (the project's default since ranker round 6; see "
        "docs/notes/real_news.md); 'rules' keeps the rules alone",
    )
    return parser


def _instrument(command: str) -> Callable[[Corpus], pd.DataFrame]:
    module_name, func_name, _ = COMMANDS[command]
    module = importlib.import_module(module_name)
    return getattr(module, func_name)


def _themes_table(corpus: Corpus, theme: str | None, codebook: str | None,
                  classifier: str | None = None) -> pd.DataFrame:
    """The themes table for ``codebook`` (default codebook if None), cut to ``theme`` if given;
    with ``classifier`` (a model file, or ``"default"``) the learned scorer is applied.

    Raises ``ValueError`` (message for the user) for an unreadable codebook or an unknown theme,
    before any scoring is done.
    """
    from helpers.instruments.themes import CodebookError, load_codebook

    try:
        book = load_codebook(codebook)
    except CodebookError as exc:
        raise ValueError(str(exc)) from exc
    if theme is not None and theme not in book:
        raise ValueError(
            f"unknown theme {theme!r} in {book.path}; valid themes: {', '.join(book.ids)}"
        )
    model = None
    if classifier is not None:
        from helpers.instruments.themes.learned import (
            DEFAULT_PF_MODEL,
            apply_classifier,
            load_model,
        )

        try:
            model = load_model(DEFAULT_PF_MODEL if classifier == "default" else classifier)
        except OSError as exc:
            raise ValueError(f"cannot read the classifier model: {exc}") from exc
        if model.theme not in book:
            raise ValueError(f"the classifier is for {model.theme!r}, not in {book.path}")
    table = _instrument("themes")(corpus, book)
    if model is not None:
        table = apply_classifier(table, corpus.texts, book[model.theme], model)
    if theme is None:
        return table
    # every column of another theme goes: its score, flag, evidence, negation and any
    # learned score (``<theme>_classifier_p``)
    def of(c: str, t: str) -> bool:
        return c == t or c.startswith(f"{t}_")

    # (a kept column is never dropped, even when another theme's id is a prefix of it)
    drop = [c for c in table.columns
            if not of(c, theme) and any(of(c, t) for t in book.ids if t != theme)]
    return table.drop(columns=drop)


def _program_name() -> str:
    """``python -m helpers`` when run as a module, else the script's name (``ns-helpers``)."""
    name = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else ""
    return "python -m helpers" if name in {"", "__main__.py", "-c"} else name


def main(argv: Sequence[str] | None = None, prog: str | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 2 bad input, 1 output failed).

    ``prog`` is the program name shown in help and errors (default: from ``sys.argv[0]``).
    """
    args = _parser(prog or _program_name()).parse_args(argv)
    try:
        corpus = load_corpus(args.paths, date=args.date)
        if args.command == "themes":
            themes_table = _themes_table(corpus, args.theme, args.codebook, args.classifier)
    except (CorpusError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for warning in corpus.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for line in summarise_skipped(corpus.skipped):
        print(f"warning: {line}", file=sys.stderr)
    for line in summarise(check_corpus(corpus)):  # one line per file, summarised when many
        print(f"warning: {line}", file=sys.stderr)
    if args.command == "segment":
        table = getattr(corpus, args.table)
    elif args.command == "themes":
        table = themes_table
    elif args.command == "quotes" and args.ranker is not None:
        table = _instrument("quotes")(corpus, ranker=args.ranker)
    else:
        table = _instrument(args.command)(corpus)
    try:
        write_table(table, args.format)
        sys.stdout.flush()
    except BrokenPipeError:  # e.g. piped into `head`
        _discard_stdout()
        sys.stderr.close()
    except OSError as exc:  # e.g. a full disk (try `> /dev/full`)
        _discard_stdout()
        print(f"error: cannot write the output to stdout: {exc.strerror or exc}", file=sys.stderr)
        return 1
    return 0


def _discard_stdout() -> None:
    """Point stdout at /dev/null so that the flush at exit cannot fail a second time."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
