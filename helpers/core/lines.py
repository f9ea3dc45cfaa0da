"""The content lines of a text, the paragraphs of a plain file, and the kinds a line's own
text decides (footer, debris, credit, correction).

Why apart: this is the first pass of segmentation, the same for every input format; the
article structure (:mod:`helpers.core.article_layout`) is decided on top of it. ``line_kind``
is public for the corpus check (:mod:`helpers.core.check`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from helpers.core.dates import DATELINE_RE as _DATELINE_RE
from helpers.core.dates import FOOTER_RE as _FOOTER_RE

__all__ = [
    "AGENCY_RE",
    "BYLINE_RE",
    "TEXT_CREDIT_RE",
    "Block",
    "content_lines",
    "line_kind",
    "plain_paragraphs",
    "static_kind",
]

_DEBRIS_RE = re.compile(
    r"^(?:Show Hide (?:image|video|gallery)|Hide image|Show image|Advertisement|"
    r"Share this (?:article|story)|Subscribe(?: now| today)?|Sign up(?: now)?|Read more|"
    r"Related(?: articles)?|Listen to this article|Getty Images?|\[?image\]?|Photo)$",
    re.IGNORECASE,
)
TEXT_CREDIT_RE = re.compile(
    r"^(?:(?:Additional )?(?:Research|Reporting|Photographs?|Photography|Photos?|Illustrations?|"
    r"Pictures?|Images?|Words|Interview|Translation|Translated) by|Photo(?:graph)?:|"
    r"Illustration:|Main image:|Image:|Picture:)\s+\S",
    re.IGNORECASE,
)
BYLINE_RE = re.compile(r"^By\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|de|van|von)){0,5}$")
AGENCY_RE = re.compile(
    r"\b(?:GETTY|REUTERS|AFP|PA|AP|ALAMY|SHUTTERSTOCK|IMAGES?|PHOTOS?|PHOTOGRAPHY|EPA|"
    r"BLOOMBERG|CORBIS|REX|WIREIMAGE|ANADOLU|NURPHOTO|SOPA|ZUMA|PRESS)\b"
)
_CORRECTION_RE = re.compile(
    r"^(?:Corrections?|Clarifications?|Update[ds]?|Editor's note)\s*:", re.IGNORECASE
)
_LETTERS_RE = re.compile(r"[^\W\d_]")


@dataclass
class Block:
    """One line or paragraph of a text while it is segmented: its offsets and line number,
    then the ``kind``, ``article`` (index) and ``pos`` (place among the content blocks) that
    the later steps set; ``rule`` names the web-page rule that labelled it furniture."""

    start: int
    end: int
    text: str
    line: int
    kind: str = ""
    article: int = -1
    pos: int = 0
    rule: str = ""


_LINE_RE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)?")


def content_lines(text: str) -> list[Block]:
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
            out.append(Block(s, e, text[s:e], line_no))
    return out


def plain_paragraphs(text: str, lines: list[Block]) -> list[Block]:
    """Group lines into paragraphs for plain files.

    Runs of consecutive lines (no blank line between) are one hard-wrapped paragraph when the
    file looks wrapped: the run's lines, except the last, are at most 100 characters and the
    run does not look like a list of short unpunctuated items. Otherwise each line is a block.
    A line of CSS (``rule`` = ``css``, :mod:`helpers.core.css`) is a block of its own, never
    joined to the prose around it.
    """
    if not lines:
        return []
    runs: list[list[Block]] = [[lines[0]]]
    for prev, cur in zip(lines, lines[1:]):
        gap = text[prev.end : cur.start]
        if (gap.count("\n") + gap.count("\r") - gap.count("\r\n") >= 2
                or "css" in (prev.rule, cur.rule)):
            runs.append([cur])
        else:
            runs[-1].append(cur)
    out: list[Block] = []
    for run in runs:
        wrapped = (
            len(run) > 1
            and all(len(b.text) <= 100 for b in run[:-1])
            and sum(len(b.text) >= 40 for b in run[:-1]) >= max(1, (len(run) - 1) // 2)
        )
        if wrapped:
            out.append(
                Block(run[0].start, run[-1].end, text[run[0].start : run[-1].end], run[0].line)
            )
        else:
            out.extend(run)
    return out


def static_kind(t: str) -> str:
    """Kinds that a line's own text decides: footer, debris, credit, correction, or ''."""
    if _FOOTER_RE.match(t):
        return "footer"
    if _DEBRIS_RE.match(t):
        return "debris"
    if len(t) <= 60 and _DATELINE_RE.match(t):
        return "credit"
    if _CORRECTION_RE.match(t):
        return "correction"
    if TEXT_CREDIT_RE.match(t) or (BYLINE_RE.match(t) and len(t) < 60):
        return "credit"

    if (
        len(t) <= 120
        and not any(c.islower() for c in t)
        and _LETTERS_RE.search(t)
        and ("/" in t or AGENCY_RE.search(t))
    ):
        return "credit"
    return ""


def line_kind(t: str) -> str:
    """The kind a line's own text gives it (``footer``, ``debris``, ``credit``, ``correction``)
    or '' (public for the corpus check)."""
    return static_kind(t)

