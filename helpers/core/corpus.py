"""Load article files and segment them into articles, blocks and sentences.

Three input formats are detected automatically, per file:

``newstatesman_web``
    One page copied from newstatesman.com: one article with site furniture (banners,
    breadcrumbs, date line, byline, captions, newsletter and subscription prompts ...), labelled
    ``furniture`` blocks by :mod:`helpers.core.webpage`.
``newstatesman``
    Text scraped from the New Statesman website: several articles in one file, one paragraph
    per line, with image credits, "Show Hide image", headline, standfirst, section subheadings,
    lists, "Research by …", "Correction: …" and the footer "This article first appeared in the
    <date> issue of the New Statesman, <issue title>". Recognised by the footer or by the
    "Show Hide image" marker.
``plain``
    One article per file: title first, then paragraphs separated by blank lines or one per line
    (hard-wrapped paragraphs, whose lines are joined by single newlines, stay one block).

Everything is lossless: the text is decoded once and never rewritten; every unit carries
``start``/``end`` offsets into that text, and the blocks partition it (whitespace between
content forms ``blank`` blocks). The columns of the three tables are documented in
``data/README.md``.

Modules (this one re-exports their public names, so ``helpers.core.corpus`` stays the one
place to import from):

* :mod:`helpers.core.corpus_model` — the :class:`Corpus` and the columns and kinds of its
  tables;
* :mod:`helpers.core.lines` — content lines, plain-file paragraphs, kinds a line decides;
* :mod:`helpers.core.article_layout` — article boundaries and title/heading/body kinds;
* :mod:`helpers.core.article_meta` — an article's title, date, author ...;
* :mod:`helpers.core.segment` — ``segment_text``, the tables of one text;
* this module — ``load_corpus`` and ``folder_metadata``: files, folders and ``metadata.csv``.
"""

from __future__ import annotations

import csv
import datetime as dt
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from helpers.core.corpus_model import (
    ARTICLE_COLUMNS,
    BLOCK_COLUMNS,
    BLOCK_KINDS,
    MAX_TITLE_CHARS,
    METADATA_FIELDS,
    PROSE_KINDS,
    READ_KINDS,
    SENTENCE_COLUMNS,
    Corpus,
)
from helpers.core.dates import FILE_NAME_SOURCE, file_name_date
from helpers.core.lines import line_kind
from helpers.core.reading import (
    CorpusError,
    article_prefixes,
    expand_inputs,
    read_source,
    summarise_skipped,
)
from helpers.core.segment import segment_text
from helpers.core.text import counted, slugify

__all__ = [
    "ARTICLE_COLUMNS",
    "BLOCK_COLUMNS",
    "BLOCK_KINDS",
    "MAX_TITLE_CHARS",
    "METADATA_FIELDS",
    "PROSE_KINDS",
    "READ_KINDS",
    "SENTENCE_COLUMNS",
    "Corpus",
    "CorpusError",
    "concat_corpora",
    "file_date",
    "folder_metadata",
    "line_kind",
    "load_corpus",
    "read_source",
    "segment_text",
]


# --------------------------------------------------------------------------- loading


def _read_metadata(folder: Path) -> dict[str, dict[str, str]]:
    """Read ``metadata.csv`` beside the files (columns ``file``, ``date``, optional others)."""
    meta_path = folder / "metadata.csv"
    if not meta_path.exists():
        return {}
    with meta_path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames is None or "file" not in reader.fieldnames:
            raise CorpusError(f"{meta_path}: needs a header with a 'file' column")
        rows = {}
        for row in reader:
            if row.get("date"):
                _parse_iso_date(row["date"], f"{meta_path}: file {row['file']}")
            rows[row["file"]] = row
        return rows


def _parse_iso_date(value: str, where: str) -> str:
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise CorpusError(f"{where}: date {value!r} is not YYYY-MM-DD") from None


def load_corpus(
    paths: str | Path | Sequence[str | Path],
    date: str | None = None,
    *,
    progress: bool = False,
) -> Corpus:
    """Load and segment a file, several files, or a folder of articles.

    ``date`` (``YYYY-MM-DD``) is the publication date for articles whose text carries none and
    whose file name holds no ISO date (:func:`file_date`); a
    ``metadata.csv`` beside the files (columns ``file``, ``date``, ``title``, ``author``, ``url``,
    ``section``) sets or corrects them per file and wins over the text and ``date``. A file
    named explicitly that cannot be read raises :class:`CorpusError`; a bad file inside a folder
    is skipped and listed in ``Corpus.skipped``. With ``progress`` a line per file goes to stderr.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    if date:
        date = _parse_iso_date(date, "--date")
    inputs = expand_inputs(paths)
    files = inputs.files
    prefixes = article_prefixes([f.path for f in files], inputs.root)
    parts: list[Corpus] = []
    skipped = inputs.skipped
    warnings = inputs.warnings
    metadata_cache: dict[Path, dict[str, dict[str, str]]] = {}
    for i, (path, explicit) in enumerate(files, start=1):
        try:
            text, warns = read_source(path)
        except CorpusError as exc:
            if explicit:
                raise
            skipped.append((str(path), str(exc)))
            continue
        warnings.extend(warns)
        folder = path.parent
        if folder not in metadata_cache:
            metadata_cache[folder] = folder_metadata(folder)
        row = metadata_cache[folder].get(path.name, {})
        fallback, fallback_source = file_date(path.name, row, date)
        part = segment_text(
            text,
            source=str(path),
            date=fallback or None,
            date_source=fallback_source,
            metadata=row,
        )
        if part.articles.empty:
            problem = f"{path}: no recognisable article"
            if explicit:
                raise CorpusError(problem)
            skipped.append((str(path), problem))
            continue
        parts.append(_with_id_prefix(part, slugify(path.stem, 30), prefixes[path]))
        if progress:
            print(
                f"[{i:,}/{len(files):,}] {path}: {counted(len(part.articles), 'article')}, "
                f"{counted(len(part.sentences), 'sentence')}",
                file=sys.stderr,
            )
    if not parts:
        if len(skipped) <= 5:
            reasons = "; ".join(r for _, r in skipped) or "no input files"
        else:  # thousands of bad files: a count, the first few, and where the full list went
            reasons = summarise_skipped(skipped)[0]
        raise CorpusError(f"no article could be read ({reasons})")
    joined = concat_corpora(parts)
    return Corpus(texts=joined.texts, articles=joined.articles, blocks=joined.blocks,
                  sentences=joined.sentences, skipped=skipped, warnings=warnings)


def concat_corpora(parts: Sequence[Corpus]) -> Corpus:
    """One corpus of ``parts`` (e.g. texts segmented one by one with :func:`segment_text`, or
    two archives loaded apart): their texts, tables (in order, new index), skipped files and
    warnings. Offsets stay as they are, since each row indexes its own ``source``'s text.

    A source in two parts, or an article id in two, raises :class:`CorpusError`: a joined
    corpus would silently keep one text for both, or two articles under one id (load the files
    together with :func:`load_corpus`, which makes article ids unique, or give each text its own
    ``source``)."""
    if not parts:
        raise CorpusError("no corpus to join")
    sources = Counter(src for p in parts for src in p.texts)
    ids = pd.concat([p.articles["article_id"] for p in parts], ignore_index=True)
    if any(n > 1 for n in sources.values()) or ids.duplicated().any():
        # counted once (not list.count per source: quadratic, minutes on two large archives)
        twice = sorted(s for s, n in sources.items() if n > 1) or sorted(
            set(ids[ids.duplicated()]))
        raise CorpusError(f"the corpora to join share a source or article id: {twice[:3]}")
    return Corpus(
        texts={k: v for p in parts for k, v in p.texts.items()},
        articles=pd.concat([p.articles for p in parts], ignore_index=True),
        blocks=pd.concat([p.blocks for p in parts], ignore_index=True),
        sentences=pd.concat([p.sentences for p in parts], ignore_index=True),
        skipped=[s for p in parts for s in p.skipped],
        warnings=[w for p in parts for w in p.warnings],
    )


def file_date(name: str, row: dict[str, str], date: str | None) -> tuple[str, str]:
    """(date, date_source) given to the segmenter for the file ``name``: its ``metadata.csv``
    ``row``'s date (which wins over the text), else an ISO date in the file name
    (:func:`helpers.core.dates.file_name_date`; used where the text has none), else ``date``
    (``--date``); ('', '--date') when there is none.

    Shared by :func:`load_corpus` and the table store so that both date a file alike. Why the
    file name before ``--date``: it is evidence about this file, ``--date`` one value for all.
    """
    if row.get("date"):
        return row["date"], "metadata.csv"
    if named := file_name_date(name):
        return named, FILE_NAME_SOURCE
    return date or "", "--date"


def folder_metadata(folder: Path) -> dict[str, dict[str, str]]:
    """The rows of ``folder/metadata.csv`` by file name ({} without one), checked: a bad date or
    an unreadable file is a :class:`CorpusError` naming the file. Shared by :func:`load_corpus`
    and the table store, so both segment a file with the same title, author, date and section."""
    meta_path = folder / "metadata.csv"
    try:
        return _read_metadata(folder)
    except UnicodeDecodeError as exc:
        raise CorpusError(
            f"{meta_path}: not UTF-8 (invalid byte at offset {exc.start}); save it as UTF-8"
        ) from None
    except csv.Error as exc:
        raise CorpusError(f"{meta_path}: not a readable CSV file ({exc})") from None
    except OSError as exc:
        problem = "is a folder, not a file" if meta_path.is_dir() else exc.strerror or str(exc)
        raise CorpusError(f"{meta_path}: {problem}") from None


def _with_id_prefix(part: Corpus, old: str, new: str) -> Corpus:
    """Replace the file part ``old`` of every article id by ``new`` (ids unique per corpus)."""
    if old == new:
        return part

    def fix(ids: pd.Series) -> pd.Series:
        return ids.map(lambda a: new + a[len(old):] if a.startswith(old + "-") else a)

    for table in (part.articles, part.blocks, part.sentences):
        table["article_id"] = fix(table["article_id"])
    return part

