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
"""

from __future__ import annotations

import bisect
import csv
import datetime as dt
import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from helpers.core.dates import DATELINE_RE as _DATELINE_RE
from helpers.core.dates import FOOTER_RE as _FOOTER_RE
from helpers.core.dates import dateline_date as _dateline_date
from helpers.core.dates import footer_metadata as _footer_metadata
from helpers.core.reading import (
    CorpusError,
    article_prefixes,
    expand_inputs,
    read_source,
    summarise_skipped,
)
from helpers.core.sentences import split_sentences
from helpers.core.text import count_words, slugify
from helpers.core.webpage import FORMAT as WEB_FORMAT
from helpers.core.webpage import PageMeta, is_webpage, label_page

__all__ = [
    "BLOCK_KINDS",
    "PROSE_KINDS",
    "READ_KINDS",
    "Corpus",
    "CorpusError",
    "folder_metadata",
    "line_kind",
    "load_corpus",
    "read_source",
    "segment_text",
]

BLOCK_KINDS = (
    "title",
    "standfirst",
    "heading",
    "body",
    "list_item",
    "credit",
    "debris",
    "footer",
    "correction",
    "furniture",
    "blank",
)
#: Block kinds whose text is split into sentences.
PROSE_KINDS = frozenset({"standfirst", "body", "list_item", "correction"})
#: Block kinds the instruments read (quotes, timeline): the prose plus the title and headings.
READ_KINDS = frozenset({"title", "heading"} | PROSE_KINDS)
#: A first line longer than this is not a title (a text without newlines is all body).
MAX_TITLE_CHARS = 300

ARTICLE_COLUMNS = [
    "source",
    "article_id",
    "article_index",
    "format",
    "title",
    "standfirst",
    "date",
    "date_source",
    "issue_title",
    "credits",
    "corrections",
    "start",
    "end",
    "n_sections",
    "n_paragraphs",
    "n_sentences",
    "n_words",
    "n_debris",
    "author",
    "updated",
    "section",
    "caption",
    "credit",
    "url",
]
BLOCK_COLUMNS = [
    "source",
    "article_id",
    "block_id",
    "kind",
    "start",
    "end",
    "text",
    "line",
    "section",
    "section_index",
    "paragraph_index",
    "rule",
]
#: Article columns that a ``metadata.csv`` row sets or corrects (``date`` is handled apart).
METADATA_FIELDS = ("title", "author", "url", "section")
SENTENCE_COLUMNS = [
    "source",
    "article_id",
    "block_id",
    "block_kind",
    "section",
    "section_index",
    "paragraph_index",
    "sentence_id",
    "start",
    "end",
    "text",
    "n_words",
]

_DEBRIS_RE = re.compile(
    r"^(?:Show Hide (?:image|video|gallery)|Hide image|Show image|Advertisement|"
    r"Share this (?:article|story)|Subscribe(?: now| today)?|Sign up(?: now)?|Read more|"
    r"Related(?: articles)?|Listen to this article|Getty Images?|\[?image\]?|Photo)$",
    re.IGNORECASE,
)
_TEXT_CREDIT_RE = re.compile(
    r"^(?:(?:Additional )?(?:Research|Reporting|Photographs?|Photography|Photos?|Illustrations?|"
    r"Pictures?|Images?|Words|Interview|Translation|Translated) by|Photo(?:graph)?:|"
    r"Illustration:|Main image:|Image:|Picture:)\s+\S",
    re.IGNORECASE,
)
_BYLINE_RE = re.compile(r"^By\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|de|van|von)){0,5}$")
_AGENCY_RE = re.compile(
    r"\b(?:GETTY|REUTERS|AFP|PA|AP|ALAMY|SHUTTERSTOCK|IMAGES?|PHOTOS?|PHOTOGRAPHY|EPA|"
    r"BLOOMBERG|CORBIS|REX|WIREIMAGE|ANADOLU|NURPHOTO|SOPA|ZUMA|PRESS)\b"
)
_CORRECTION_RE = re.compile(
    r"^(?:Corrections?|Clarifications?|Update[ds]?|Editor's note)\s*:", re.IGNORECASE
)
_TERMINAL_RE = re.compile(r"[.!?…:;][\"'”’»)\]]*$|[\"”’»]$")
_LETTERS_RE = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Corpus:
    """Segmented articles: the decoded texts and the three tables that index into them.

    ``texts`` maps each ``source`` to its decoded text; ``articles``, ``blocks`` and
    ``sentences`` are DataFrames whose ``start``/``end`` columns index those texts.
    ``skipped`` lists (file, reason) for files left out of a folder; ``warnings`` holds
    messages about recoverable problems (such as a cp1252 fallback).
    """

    texts: dict[str, str]
    articles: pd.DataFrame
    blocks: pd.DataFrame
    sentences: pd.DataFrame
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def text_of(self, source: str, start: int, end: int) -> str:
        """The source text between two offsets."""
        return self.texts[source][start:end]

    def save(self, folder: str | Path) -> list[Path]:
        """Write the three tables as parquet files into ``folder``; return the paths."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for name in ("articles", "blocks", "sentences"):
            path = folder / f"{name}.parquet"
            getattr(self, name).to_parquet(path, index=False)
            written.append(path)
        return written


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

    ``date`` (``YYYY-MM-DD``) is the publication date for articles whose text carries none; a
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
        file_date = row.get("date") or date
        part = segment_text(
            text,
            source=str(path),
            date=file_date,
            date_source="metadata.csv" if row.get("date") else "--date",
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
                f"[{i}/{len(files)}] {path}: {len(part.articles)} article(s), "
                f"{len(part.sentences)} sentences",
                file=sys.stderr,
            )
    if not parts:
        if len(skipped) <= 5:
            reasons = "; ".join(r for _, r in skipped) or "no input files"
        else:  # thousands of bad files: a count, the first few, and where the full list went
            reasons = summarise_skipped(skipped)[0]
        raise CorpusError(f"no article could be read ({reasons})")
    return Corpus(
        texts={k: v for p in parts for k, v in p.texts.items()},
        articles=pd.concat([p.articles for p in parts], ignore_index=True),
        blocks=pd.concat([p.blocks for p in parts], ignore_index=True),
        sentences=pd.concat([p.sentences for p in parts], ignore_index=True),
        skipped=skipped,
        warnings=warnings,
    )


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


# --------------------------------------------------------------------------- segmentation


@dataclass
class _Block:
    start: int
    end: int
    text: str
    line: int
    kind: str = ""
    article: int = -1
    pos: int = 0
    rule: str = ""


_LINE_RE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)?")


def _content_lines(text: str) -> list[_Block]:
    """Every non-blank line, trimmed of surrounding whitespace, with its offsets."""
    out = []
    for line_no, m in enumerate(_LINE_RE.finditer(text), start=1):
        if m.start() == m.end():
            break
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(_Block(s, e, text[s:e], line_no))
    return out


def _plain_paragraphs(text: str, lines: list[_Block]) -> list[_Block]:
    """Group lines into paragraphs for plain files.

    Runs of consecutive lines (no blank line between) are one hard-wrapped paragraph when the
    file looks wrapped: the run's lines, except the last, are at most 100 characters and the
    run does not look like a list of short unpunctuated items. Otherwise each line is a block.
    """
    if not lines:
        return []
    runs: list[list[_Block]] = [[lines[0]]]
    for prev, cur in zip(lines, lines[1:]):
        gap = text[prev.end : cur.start]
        if gap.count("\n") + gap.count("\r") - gap.count("\r\n") >= 2:
            runs.append([cur])
        else:
            runs[-1].append(cur)
    out: list[_Block] = []
    for run in runs:
        wrapped = (
            len(run) > 1
            and all(len(b.text) <= 100 for b in run[:-1])
            and sum(len(b.text) >= 40 for b in run[:-1]) >= max(1, (len(run) - 1) // 2)
        )
        if wrapped:
            out.append(
                _Block(run[0].start, run[-1].end, text[run[0].start : run[-1].end], run[0].line)
            )
        else:
            out.extend(run)
    return out


def _static_kind(t: str) -> str:
    """Kinds that a line's own text decides: footer, debris, credit, correction, or ''."""
    if _FOOTER_RE.match(t):
        return "footer"
    if _DEBRIS_RE.match(t):
        return "debris"
    if len(t) <= 60 and _DATELINE_RE.match(t):
        return "credit"
    if _CORRECTION_RE.match(t):
        return "correction"
    if _TEXT_CREDIT_RE.match(t) or (_BYLINE_RE.match(t) and len(t) < 60):
        return "credit"

    if (
        len(t) <= 120
        and not any(c.islower() for c in t)
        and _LETTERS_RE.search(t)
        and ("/" in t or _AGENCY_RE.search(t))
    ):
        return "credit"
    return ""


def line_kind(t: str) -> str:
    """The kind a line's own text gives it (``footer``, ``debris``, ``credit``, ``correction``)
    or '' (public for the corpus check)."""
    return _static_kind(t)


def _is_terminated(t: str) -> bool:
    return bool(_TERMINAL_RE.search(t))


def _looks_like_title(b: _Block) -> bool:
    return len(b.text) <= 160 and not b.text.endswith((".", ",", ";"))


#: A lone line ending a sentence is body text when longer than this; a shorter one is a title.
MAX_LONE_TITLE_CHARS = 40


def _is_lone_sentence(prose: list[_Block]) -> bool:
    """True when an article's only line is a sentence: it ends with ``.``, ``?`` or ``!``
    (closing quotes allowed) and is longer than :data:`MAX_LONE_TITLE_CHARS`.

    Why: such a file (``make run CORPUS=note.txt`` of one sentence, no newline) read as a
    title left an article of 0 sentences, silently. A headline rarely ends with a full stop;
    a short line is still taken for a title, and a corpus that ends with no sentence at all
    is refused by name (:func:`helpers.report.notebook.require_sentences`), never lost quietly.
    """
    if len(prose) != 1:
        return False
    text = prose[0].text.rstrip()
    return len(text) > MAX_LONE_TITLE_CHARS and bool(re.search(r"[.?!][\"'”’»)\]]*$", text))


def _classify_article(blocks: list[_Block], fmt: str) -> None:
    """Assign kinds within one article: title, standfirst, headings, body, list items."""
    prose = [b for b in blocks if not b.kind]
    if not prose:
        return
    if fmt == WEB_FORMAT:  # title and standfirst were labelled with the page layout
        _classify_body(prose, numbered_lists=True)
        return
    if _is_lone_sentence(prose):  # a one-sentence text: body, not a title over nothing
        rest = prose
    elif len(prose[0].text) <= MAX_TITLE_CHARS:
        prose[0].kind = "title"
        rest = prose[1:]
    else:  # a line too long to be a title (e.g. a file without newlines) is prose
        rest = prose
    if (
        fmt == "newstatesman"
        and rest
        and len(rest[0].text) <= 400
        and (_is_terminated(rest[0].text) or len(rest[0].text) > 80)
    ):
        rest[0].kind = "standfirst"
        rest = rest[1:]
    elif fmt == "plain" and rest and rest is not prose and _over_byline(blocks, prose[0], rest[0]):
        rest[0].kind = "standfirst"
        rest = rest[1:]
    _classify_body(rest)


def _over_byline(blocks: list[_Block], title: _Block, line: _Block) -> bool:
    """Whether ``line`` of a plain article is its standfirst: right under the title, at most
    400 characters, a byline (``By Jo Reed``) right under it. Why (session 13): a short
    standfirst with no full stop was read as a section heading naming every paragraph's
    section; a heading opens body text, never a byline (without one, body rules apply)."""
    if line.pos != title.pos + 1 or len(line.text) > 400:
        return False
    after = next((b for b in blocks if b.pos == line.pos + 1), None)
    return after is not None and bool(_BYLINE_RE.match(after.text))


_NUMBERED_RE = re.compile(r"^(\d{1,2})[.)]\s+\S")


def _is_numbered_list(run: list[_Block]) -> bool:
    """Lines numbered 1., 2., 3. ... in order: a list, not a heading and its items."""
    numbers = [m and int(m[1]) for m in (_NUMBERED_RE.match(r.text) for r in run)]
    return all(numbers) and numbers == list(range(numbers[0], numbers[0] + len(run)))


def _classify_body(rest: list[_Block], numbered_lists: bool = False) -> None:
    """Body kinds: paragraphs, headings (a short unterminated line) and list items (a run).

    With ``numbered_lists`` (web pages) a run of consecutively numbered lines is all list items.
    """
    i = 0
    while i < len(rest):
        b = rest[i]
        if _is_terminated(b.text):
            b.kind = "body"
            i += 1
            continue
        # a run of consecutive unterminated prose blocks (nothing else in between)
        j = i
        while (
            j + 1 < len(rest)
            and not _is_terminated(rest[j + 1].text)
            and rest[j + 1].pos == rest[j].pos + 1
        ):
            j += 1
        run = rest[i : j + 1]
        short = [len(r.text) <= 80 and len(r.text.split()) <= 12 for r in run]
        if len(run) == 1:
            b.kind = "heading" if short[0] else "body"
        else:
            first_is_heading = short[0] and len(run[0].text.split()) <= 8
            if numbered_lists and _is_numbered_list(run):
                first_is_heading = False
            for k, r in enumerate(run):
                r.kind = "heading" if (k == 0 and first_is_heading) else "list_item"
        i = j + 1


def _split_articles(blocks: list[_Block]) -> list[list[_Block]]:
    """Find article boundaries in a scraped New Statesman file.

    An article ends with its footer. Where a footer is missing, a new article starts at a run
    of image credit / "Show Hide image" lines that follows body text and precedes a title-like
    line, or at a title-like line that follows the end matter (a research credit or a
    correction) of the previous article.
    """
    articles: list[list[_Block]] = []
    current: list[_Block] = []
    seen_body = False
    for idx, b in enumerate(blocks):
        start_new = False
        if current and seen_body:
            prev = current[-1]
            if b.kind in ("credit", "debris") and prev.kind not in ("credit", "debris"):
                # a credit/debris run followed by a title-like line begins the next article
                k = idx
                while k < len(blocks) and blocks[k].kind in ("credit", "debris"):
                    k += 1
                nxt = blocks[k] if k < len(blocks) else None
                is_image_run = any(
                    blocks[m].kind == "debris"
                    or "/" in blocks[m].text
                    or _AGENCY_RE.search(blocks[m].text)
                    for m in range(idx, k)
                )
                if nxt is not None and not nxt.kind and _looks_like_title(nxt) and is_image_run:
                    start_new = True
            elif (
                not b.kind
                and prev.kind in ("correction", "credit")
                and _looks_like_title(b)
                and not _TEXT_CREDIT_RE.match(b.text)
            ):
                start_new = True
        if start_new:
            articles.append(current)
            current, seen_body = [], False
        current.append(b)
        if not b.kind:
            seen_body = True
        if b.kind == "footer":
            articles.append(current)
            current, seen_body = [], False
    if current:
        if any(not b.kind for b in current) or not articles:
            articles.append(current)
        else:
            articles[-1].extend(current)  # trailing credits/debris after the last footer
    return articles


@dataclass
class _ArticleMeta:
    """Metadata of one article, gathered from its blocks, the page layout and metadata.csv."""

    title: str
    standfirst: str
    date: str
    date_source: str
    issue: str
    author: str
    updated: str = ""
    section: str = ""
    caption: str = ""
    credit: str = ""
    url: str = ""


def _article_meta(
    group: list[_Block],
    page: PageMeta | None,
    date: str | None,
    date_source: str,
    metadata: Mapping[str, str],
) -> _ArticleMeta:
    """Title, date and the other metadata of one article.

    Date precedence: ``metadata.csv`` (it corrects), then for web pages the page's date line,
    then the footer, a dateline, and last ``--date``. ``metadata.csv`` also sets or corrects
    ``title``, ``author``, ``url`` and ``section``.
    """
    f_date, issue = _footer_metadata(next((b.text for b in group if b.kind == "footer"), ""))
    d_date = next(
        (d for b in group if b.kind in ("credit", "furniture") and (d := _dateline_date(b.text))),
        "",
    )
    byline = next((b.text for b in group if b.kind == "credit" and _BYLINE_RE.match(b.text)), "")
    meta = _ArticleMeta(
        title=next((b.text for b in group if b.kind == "title"), ""),
        standfirst=next((b.text for b in group if b.kind == "standfirst"), ""),
        date="",
        date_source="",
        issue=issue,
        author=byline[2:].strip(),
    )
    candidates = [("footer", f_date), ("dateline", d_date), (date_source, date or "")]
    if page is not None:
        meta.standfirst, meta.author, meta.updated = page.standfirst, page.author, page.updated
        meta.section, meta.caption, meta.credit = page.section, page.caption, page.credit
        candidates.insert(0, ("dateline", page.date))
    if date and date_source == "metadata.csv":
        candidates.insert(0, (date_source, date))
    meta.date_source, meta.date = next(((s, d) for s, d in candidates if d), ("", ""))
    for name in METADATA_FIELDS:
        if metadata.get(name):
            setattr(meta, name, metadata[name].strip())
    return meta


def segment_text(
    text: str,
    source: str = "<string>",
    date: str | None = None,
    date_source: str = "--date",
    metadata: Mapping[str, str] | None = None,
) -> Corpus:
    """Segment one decoded text into articles, blocks and sentences.

    ``date`` is used for articles without a date of their own; ``date_source`` records where it
    came from (a ``metadata.csv`` date wins over the text's). ``metadata`` is the file's row of
    ``metadata.csv`` (``title``, ``author``, ``url``, ``section`` set or correct the text's).
    A text without any content line gives empty tables.
    """
    lines = _content_lines(text)
    for b in lines:
        b.kind = _static_kind(b.text)
    page: PageMeta | None = None
    is_ns = any(b.kind == "footer" or b.text.lower() == "show hide image" for b in lines)
    if is_webpage(lines):
        fmt, blocks, page = WEB_FORMAT, lines, label_page(lines)
        groups = [blocks]
    elif is_ns:
        fmt, blocks = "newstatesman", lines
        groups = _split_articles(blocks)
    else:
        fmt = "plain"
        blocks = _plain_paragraphs(text, lines)
        for b in blocks:
            # in plain files only unmistakable lines get a fixed kind
            b.kind = _static_kind(b.text) if b.kind else ""
        groups = [blocks] if any(not b.kind for b in blocks) else []
    for pos, b in enumerate(blocks):
        b.pos = pos
    stem = Path(source).stem if source != "<string>" else "text"
    article_rows, block_rows, sentence_rows = [], [], []
    for a_idx, group in enumerate(groups):
        _classify_article(group, fmt)
        for b in group:
            b.article = a_idx
        meta = _article_meta(group, page, date, date_source, metadata or {})
        article_id = f"{slugify(stem, 30)}-{a_idx + 1:02d}-{slugify(meta.title)}"
        section, section_index, paragraph_index = "", 0, 0
        sentence_id = 0
        n_words = 0
        for b in group:
            p_idx = -1
            if b.kind == "heading":
                section, section_index = b.text, section_index + 1
            if b.kind == "body":
                p_idx, paragraph_index = paragraph_index, paragraph_index + 1
            block_rows.append(
                [source, article_id, -1, b.kind, b.start, b.end, b.text, b.line, section,
                 section_index, p_idx, b.rule]
            )
            if b.kind in PROSE_KINDS:
                for s, e in split_sentences(text, b.start, b.end):
                    nw = count_words(text[s:e])
                    n_words += nw
                    sentence_rows.append(
                        [source, article_id, -1, b.kind, section, section_index, p_idx,
                         sentence_id, s, e, text[s:e], nw]
                    )
                    sentence_id += 1
        kinds = [b.kind for b in group]
        credits = [b.text for b in group if b.kind == "credit" or b.rule == "credit"]
        article_rows.append(
            [
                source, article_id, a_idx, fmt, meta.title, meta.standfirst, meta.date,
                meta.date_source, meta.issue, "; ".join(credits),
                "; ".join(b.text for b in group if b.kind == "correction"),
                group[0].start, group[-1].end, kinds.count("heading"), kinds.count("body"),
                sentence_id, n_words,
                kinds.count("debris") + kinds.count("credit") + kinds.count("furniture"),
                meta.author, meta.updated, meta.section, meta.caption, meta.credit, meta.url,
            ]
        )
    for b in blocks:
        if b.article < 0:  # content outside any article is kept, never dropped
            block_rows.append(
                [source, "", -1, b.kind or "debris", b.start, b.end, b.text, b.line, "", 0, -1,
                 b.rule]
            )
    blocks_df = _with_blank_blocks(text, block_rows, source)
    # block ids follow text order; sentences point at them
    id_by_start = dict(zip(blocks_df["start"], blocks_df["block_id"]))
    sentences_df = pd.DataFrame(sentence_rows, columns=SENTENCE_COLUMNS)
    if not sentences_df.empty:
        # a sentence belongs to the block whose start is the greatest start <= its own
        starts = blocks_df.loc[blocks_df["kind"] != "blank", "start"].to_numpy()
        pos = starts.searchsorted(sentences_df["start"].to_numpy(), side="right") - 1
        sentences_df["block_id"] = [id_by_start[starts[p]] for p in pos]
    # every count and offset int64 also when there is no sentence (an empty frame is object)
    sentences_df = _as_int64(sentences_df, ["block_id", "section_index", "paragraph_index",
                                            "sentence_id", "start", "end", "n_words"])
    return Corpus(
        texts={source: text},
        articles=pd.DataFrame(article_rows, columns=ARTICLE_COLUMNS),
        blocks=blocks_df,
        sentences=sentences_df,
    )


def _with_blank_blocks(text: str, rows: list[list], source: str) -> pd.DataFrame:
    """Add ``blank`` blocks for the gaps so that the blocks partition the whole text.

    A blank block between two blocks of one article belongs to that article; other gaps
    (between articles, at the ends of the file) have an empty ``article_id``.
    """
    rows = sorted(rows, key=lambda r: r[4])
    line_starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
    out: list[list] = []
    cursor = 0
    for r in rows + [None]:
        gap_end = len(text) if r is None else r[4]
        if gap_end > cursor:
            prev_article = out[-1][1] if out else ""
            article = prev_article if r is not None and prev_article == r[1] else ""
            line = bisect.bisect_right(line_starts, cursor)
            out.append(
                [
                    source,
                    article,
                    -1,
                    "blank",
                    cursor,
                    gap_end,
                    text[cursor:gap_end],
                    line,
                    "",
                    0,
                    -1,
                    "",
                ]
            )
        if r is not None:
            out.append(r)
            cursor = r[5]
    df = pd.DataFrame(out, columns=BLOCK_COLUMNS)
    df["block_id"] = range(len(df))
    return _as_int64(df, ["start", "end", "line", "section_index", "paragraph_index"])


def _as_int64(df: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """``df`` with ``columns`` as int64: only those not int64 already are converted (a
    table built from Python ints already is, unless it is empty; ``astype`` on the whole
    frame costs more than building it)."""
    todo = {c: "int64" for c in columns if df[c].dtype != "int64"}
    return df.astype(todo) if todo else df
