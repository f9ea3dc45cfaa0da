"""Read input files safely: which paths to read, and how their bytes become text.

Separated from segmentation (:mod:`helpers.core.corpus`) because it deals with the file system
and its surprises, not with articles:

* Only regular files are read. A named pipe (FIFO), a device (``/dev/zero``) or a socket is
  refused, since reading it could block forever or never end; inside a folder it is skipped
  and listed. A symbolic link loop, a dangling link, a name too long for the file system and a
  folder that cannot be listed are each named as such.
* A file larger than :data:`MAX_FILE_BYTES` (50 MB, far beyond any article collection we
  know of) is refused with its size, instead of exhausting memory.
* The same file named twice (directly, through a symlink, or via a folder and a file inside
  it) is read once, with a warning, so rows are not doubled.
* Decoding: UTF-8 (a byte-order mark is dropped). A file that is mostly UTF-8 but holds a few
  invalid bytes keeps UTF-8, each invalid sequence replaced by U+FFFD, and a warning names the
  byte offsets in the file and the character offsets in the decoded text (the text the corpus
  keeps, into which every ``start``/``end`` points). A file whose non-ASCII bytes are not UTF-8
  at all is decoded as cp1252 (Latin-1 if cp1252 fails), with a warning. UTF-16 and UTF-32
  files that start with a byte-order mark are decoded as such.
* A web page saved from a browser (HTML markup: the text opens with ``<!DOCTYPE html>`` or
  ``<html>``) is refused with a message saying how to keep its text: read as prose, its tags
  became sentences and its attribute values quotations, with no error at all.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from helpers.core.paths import missing_problem
from helpers.core.text import slugify

__all__ = [
    "DOCUMENT_SUFFIXES",
    "DOC_STEMS",
    "MAX_FILE_BYTES",
    "NO_TEXT_FILES",
    "TEXT_SUFFIXES",
    "CorpusError",
    "InputFile",
    "Inputs",
    "article_prefixes",
    "decode_bytes",
    "expand_inputs",
    "read_source",
    "summarise_skipped",
]

#: Largest file read (bytes). Documented in the README; larger inputs must be split.
MAX_FILE_BYTES = 50 * 1024 * 1024
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ""})
#: What an empty folder is told: every suffix read (it named only .txt and .md, session 13).
NO_TEXT_FILES = "folder holds no text files (.txt, .text, .md or no suffix)"
#: File stems (case folded) that document a folder rather than hold an article: inside a
#: folder they are listed as skipped with this reason; named explicitly they are read.
DOC_STEMS = frozenset({"readme", "license", "licence", "copying", "changelog", "changes",
                       "contributing", "authors", "notice"})
#: Suffixes of articles saved in a format this toolkit does not read (web pages, word
#: processors, PDF): inside a folder they are listed as skipped, with how to include them,
#: instead of being passed over in silence like other non-text files (images, CSV, ...).
DOCUMENT_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".mhtml", ".mht", ".pdf", ".doc",
                               ".docx", ".odt", ".rtf", ".pages", ".epub"})
#: How many invalid-byte positions a decoding warning names.
_SHOWN_OFFSETS = 5
#: How many skipped files are named in full before the list is summarised.
_SHOWN_SKIPPED = 5
_LETTERS_RE = re.compile(r"[^\W\d_]")
#: A saved web page: optional XML declaration and comments (``<!-- saved from url=… -->``),
#: then a doctype or ``<html`` tag. Only the start of the file is examined. A comment's body
#: never runs past its ``-->``: a lazy ``.*?`` there could also span several comments, and a
#: run of comments not followed by a page backtracked exponentially.
_HTML_START_RE = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--(?:(?!-->).)*-->\s*)*<(?:!doctype\s+html\b|html\b)",
    re.I | re.S)
_BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (b"\xff\xfe\x00\x00", "utf-32", "UTF-32"),
    (b"\x00\x00\xfe\xff", "utf-32", "UTF-32"),
    (b"\xff\xfe", "utf-16", "UTF-16"),
    (b"\xfe\xff", "utf-16", "UTF-16"),
)


class CorpusError(ValueError):
    """A file cannot be used as input. The message names the file and the problem."""


class InputFile(NamedTuple):
    """A file to read; ``explicit`` if the user named it (then its errors are fatal)."""

    path: Path
    explicit: bool


@dataclass
class Inputs:
    """The files to read, what was left out of folders and why, and the corpus root.

    ``root`` is the common parent folder of the inputs; article ids derive from file paths
    relative to it.
    """

    files: list[InputFile]
    root: Path
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _stat(path: Path) -> os.stat_result:
    """``os.stat`` with every failure turned into a :class:`CorpusError` naming the problem."""
    try:
        return os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            problem = "symbolic link loop (the link points back at itself)"
        elif exc.errno == errno.ENAMETOOLONG:
            problem = f"file name too long for the file system ({len(path.name)} characters)"
        elif exc.errno == errno.ENOENT and path.is_symlink():
            problem = f"broken symbolic link (its target {os.readlink(path)} does not exist)"
        elif exc.errno in (errno.ENOENT, errno.ENOTDIR):
            problem = missing_problem(path)
        elif exc.errno == errno.EACCES:
            problem = "permission denied"
        else:
            problem = f"cannot be read ({exc.strerror or exc})"
        raise CorpusError(f"{path}: {problem}") from None


def _not_regular(mode: int) -> str:
    """Why a file of this mode cannot be read as text, or '' for a regular file."""
    if stat.S_ISREG(mode):
        return ""
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "named pipe (FIFO), not a regular file: reading it could wait forever"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device, not a regular file"
    if stat.S_ISSOCK(mode):
        return "socket, not a regular file"
    return "not a regular file"


def read_source(path: str | Path) -> tuple[str, list[str]]:
    """Read one regular file and decode it; return (text, warnings).

    Raises :class:`CorpusError` naming the file for a missing path, a folder, a special file
    (FIFO, device, socket), a symlink loop, a file over :data:`MAX_FILE_BYTES`, an empty or
    whitespace-only file, a binary file, an HTML page, or a file with no letters at all. See
    :func:`decode_bytes` for the decoding.
    """
    path = Path(path)
    info = _stat(path)
    problem = _not_regular(info.st_mode)
    if problem:
        raise CorpusError(f"{path}: {problem}")
    if info.st_size > MAX_FILE_BYTES:
        raise CorpusError(
            f"{path}: {info.st_size / 1e6:.1f} MB is over the {MAX_FILE_BYTES // 2**20} MB limit "
            "per file (split it into smaller files)"
        )
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise CorpusError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_FILE_BYTES:  # grew while we looked
        raise CorpusError(f"{path}: over the {MAX_FILE_BYTES // 2**20} MB limit per file")
    text, warnings = decode_bytes(data, str(path))
    if _HTML_START_RE.match(text[:4096]):
        raise CorpusError(
            f"{path}: HTML page (markup, not plain text); save the article's text as a .txt "
            "file instead (copy the text from the browser into a text editor)"
        )
    if not _LETTERS_RE.search(text):
        raise CorpusError(f"{path}: no recognisable article (the file contains no words)")
    return text, warnings


def decode_bytes(data: bytes, name: str) -> tuple[str, list[str]]:
    """Decode a file's bytes (see the module docstring); return (text, warnings).

    ``name`` is used in messages. Raises :class:`CorpusError` for empty or binary data.
    """
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            text = data.decode(codec, errors="replace")
            if not text.strip():
                raise CorpusError(f"{name}: empty file (no text to segment)")
            if "\ufffd" in text:
                return text, [f"{name}: {label} with invalid code units, replaced by U+FFFD"]
            return text, []
    if not data.strip():
        raise CorpusError(f"{name}: empty file (no text to segment)")
    head = data[:8192]
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if b"\x00" in head or controls > len(head) * 0.05:
        raise CorpusError(f"{name}: binary file, not text")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    replaced = data.decode("utf-8-sig", errors="replace")
    n_bad = replaced.count("\ufffd") - data.count("\ufffd".encode())
    n_good = sum(1 for c in replaced if ord(c) > 127 and c != "\ufffd")
    if n_good >= n_bad:  # mostly UTF-8: a few stray bytes in an otherwise UTF-8 file
        return replaced, [_utf8_warning(data, name, n_bad)]
    offset = _invalid_utf8(data, 1)[0][0]
    try:
        text, encoding = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        text, encoding = data.decode("latin-1"), "latin-1"
    return text, [
        f"{name}: not UTF-8 ({n_bad} invalid byte sequence(s), the first at byte {offset}, and "
        f"no valid multi-byte character); decoded as {encoding} instead"
    ]


def _invalid_utf8(data: bytes, limit: int) -> list[tuple[int, int]]:
    """(start, end) byte offsets of the first ``limit`` invalid UTF-8 sequences."""
    found: list[tuple[int, int]] = []
    pos = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    while len(found) < limit:
        try:
            data[pos:].decode("utf-8")
            break
        except UnicodeDecodeError as exc:
            found.append((pos + exc.start, pos + exc.end))
            pos += exc.end
    return found


def _utf8_warning(data: bytes, name: str, n_bad: int) -> str:
    """Warning for UTF-8 with replaced bytes: byte offsets and character offsets of the first."""
    where = []
    for start, _ in _invalid_utf8(data, _SHOWN_OFFSETS):
        char = len(data[:start].decode("utf-8-sig", errors="replace"))
        where.append(f"byte {start} (character {char})")
    more = f" and {n_bad - len(where)} more" if n_bad > len(where) else ""
    return (
        f"{name}: decoded as UTF-8 with {n_bad} invalid byte sequence(s) replaced by U+FFFD, "
        f"at {', '.join(where)}{more}"
    )


def _folder_members(folder: Path, inputs: Inputs) -> list[Path]:
    """Regular text files of ``folder``; special files, unreadable ones and articles saved as
    web pages, PDF or word-processor files go to skipped (other files are not articles)."""
    try:
        entries = sorted(folder.iterdir())
    except OSError as exc:
        reason = "permission denied" if exc.errno == errno.EACCES else exc.strerror or str(exc)
        raise CorpusError(f"{folder}: folder cannot be listed ({reason})") from None
    members = []
    for f in entries:
        if f.name.startswith(".") or f.name == "metadata.csv":
            continue
        if f.suffix.lower() in DOCUMENT_SUFFIXES and not f.is_dir():
            inputs.skipped.append((str(f), f"{f}: {f.suffix.lower()[1:].upper()} file, not plain "
                                   "text (save the article as a .txt file to include it)"))
            continue
        if f.suffix.lower() not in TEXT_SUFFIXES:
            continue
        if f.stem.lower() in DOC_STEMS:
            inputs.skipped.append((str(f), f"{f}: documentation file, not an article "
                                   "(name the file itself to read it as one)"))
            continue
        try:
            mode = _stat(f).st_mode
        except CorpusError as exc:
            inputs.skipped.append((str(f), str(exc)))
            continue
        if stat.S_ISDIR(mode):
            continue
        problem = _not_regular(mode)
        if problem:
            inputs.skipped.append((str(f), f"{f}: {problem}"))
            continue
        members.append(f)
    if not members and not inputs.skipped:
        raise CorpusError(f"{folder}: {NO_TEXT_FILES}")
    return members


def expand_inputs(paths: Iterable[str | Path]) -> Inputs:
    """The files to read from the paths given: folders are expanded, duplicates dropped.

    A path named explicitly is kept even if unreadable (:func:`read_source` then raises); a
    special or unreadable file inside a folder is listed in ``skipped``. A file reached twice
    is kept once, with a warning.
    """
    inputs = Inputs(files=[], root=Path("."))
    parents: list[str] = []
    for p in map(Path, paths):
        info = _stat(p)
        if stat.S_ISDIR(info.st_mode):
            inputs.files.extend(InputFile(f, False) for f in _folder_members(p, inputs))
            parents.append(os.path.abspath(p))
        else:
            inputs.files.append(InputFile(p, True))
            parents.append(os.path.dirname(os.path.abspath(p)))
    inputs.root = Path(os.path.commonpath(parents)) if parents else Path(".")
    seen: dict[tuple[int, int], Path] = {}
    unique = []
    for item in inputs.files:
        info = _stat(item.path)
        key = (info.st_dev, info.st_ino)
        if key in seen:
            inputs.warnings.append(
                f"{item.path}: same file as {seen[key]} (given twice); read once"
            )
            continue
        seen[key] = item.path
        unique.append(item)
    inputs.files = unique
    return inputs


def article_prefixes(files: Sequence[Path], root: Path) -> dict[Path, str]:
    """The article-id prefix of each file: its path relative to ``root``, slugified.

    A file directly in ``root`` keeps the slug of its stem (so the ids of a one-file corpus,
    which key the annotations, never change); ``a/article.txt`` becomes ``a-article``. Should
    two paths still give one slug (``a b.txt`` and ``a-b.txt``), ``-2``, ``-3`` … follow.
    """
    out: dict[Path, str] = {}
    used: set[str] = set()
    for path in files:
        try:
            rel = Path(os.path.abspath(path)).relative_to(root)
        except ValueError:
            rel = Path(path.name)
        parts = [*rel.parts[:-1], rel.stem]
        prefix = slugify(parts[-1], 30) if len(parts) == 1 else slugify("-".join(parts), 60)
        candidate, n = prefix, 1
        while candidate in used:
            n += 1
            candidate = f"{prefix}-{n}"
        used.add(candidate)
        out[path] = candidate
    return out


def summarise_skipped(skipped: Sequence[tuple[str, str]], what: str = "skipped") -> list[str]:
    """Lines reporting skipped files: each one if few, else a count, the first few and a file.

    The full list (one ``file<TAB>reason`` a line) is written to a file in the system
    temporary folder, whose path the summary gives, so a folder of thousands of bad files
    does not produce a line of hundreds of kilobytes.
    """
    if len(skipped) <= _SHOWN_SKIPPED:
        # a CorpusError's reason already names its file ("a.txt: binary file, not text")
        return [f"{what} {reason}" if reason.startswith(f"{file}: ") else f"{what} {file}: {reason}"
                for file, reason in skipped]
    with tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", prefix="helpers-skipped-", suffix=".tsv", delete=False
    ) as fh:
        fh.writelines(f"{file}\t{reason}\n" for file, reason in skipped)
    first = "; ".join(reason for _, reason in skipped[:3])
    return [f"{what} {len(skipped)} files (first 3: {first}); full list in {fh.name}"]
