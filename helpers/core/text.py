"""Small text utilities shared by every instrument (word tokens, slugs, quote-mark folding)."""

from __future__ import annotations

import re
import unicodedata

#: A word: letters/digits with inner apostrophes or hyphens (``Labour’s``, ``post-Iraq``).
WORD_RE = re.compile(r"[^\W_]+(?:[’'\-][^\W_]+)*")


def words(text: str) -> list[str]:
    """Return the word tokens of ``text`` (no punctuation), in order."""
    return WORD_RE.findall(text)


def count_words(text: str) -> int:
    """Number of word tokens in ``text``, as counted everywhere in the project."""
    return len(WORD_RE.findall(text))


def counted(n: int, noun: str, plural: str = "") -> str:
    """``n`` and ``noun`` for a reader: ``1 article``, ``2 articles``, ``29,573 sentences``.

    Why: console lines said ``1 articles`` or ``840 article(s), 29573 sentences``. ``plural``
    for irregular nouns (default: ``noun + "s"``); thousands separated by commas.
    """
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"


def slugify(text: str, max_length: int = 40) -> str:
    """Readable ASCII slug for identifiers: ``Losing Momentum: how…`` -> ``losing-momentum-how``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug or "untitled"


def fold_quotes(text: str) -> str:
    """Map curly quotation marks and apostrophes to straight ones (same length, offsets kept).

    Speed: five ``str.replace`` calls (each a C scan that copies nothing when its mark is
    absent) instead of building a translation table and ``str.translate``, which goes
    character by character on non-ASCII text; same result.
    """
    if text.isascii():
        return text
    return (text.replace("‘", "'").replace("’", "'").replace("“", '"').replace("”", '"')
            .replace("′", "'"))


def trim_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``(start, end)`` spans shrunk past leading and trailing whitespace; empty ones dropped."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out
