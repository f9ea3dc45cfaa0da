"""Lines of a style sheet (CSS) left in a scraped text: page furniture, never prose.

Why: a scraper that keeps a page's ``<style>`` element leaves lines such as ``.author-box {``,
``font-size:14px;`` and ``}`` in the text. Read as prose, each selector became a section
heading and each declaration a body paragraph (the archive run of round 2: one web article
cut into 9 "sections" named after a selector or ``}``). The segmenter keeps these lines as
``debris`` with ``rule`` = ``css`` and their offsets (:func:`css_line_indices`); nothing is
dropped.

The rule is CSS's own grammar, not a list of pages: a *rule block* is a selector line ending in
``{`` (``.a, #b img {``, ``@media screen and (max-width: 600px) {``), then declarations
(``property: value;``) or nested rule blocks, then a line that is only ``}`` (a scraper may
add a full stop or semicolon: ``}.``). A block counts only when it closes and holds at least
one declaration, so an English line that happens to end in ``{`` is not taken. A rule on one
line (``.a { color: red; }``) counts alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["css_line_indices", "is_css_rule_line"]

# one compound selector: an element (or *) and/or classes, ids, attributes, pseudo-classes
_COMPOUND = (
    r"(?:(?:[A-Za-z][\w-]*|\*)(?:[.#][\w-]+|\[[^\]\n]*\]|::?[\w-]+(?:\([^)\n]*\))?)*"
    r"|(?:[.#][\w-]+|\[[^\]\n]*\]|::?[\w-]+(?:\([^)\n]*\))?)+)"
)
_SELECTORS = _COMPOUND + r"(?:\s*[,>+~]\s*" + _COMPOUND + r"|\s+" + _COMPOUND + r")*"
_AT_RULE = r"@[a-z-]+(?:\s+[^{};\n]*)?"
_OPEN_RE = re.compile(r"^(?:" + _AT_RULE + "|" + _SELECTORS + r")\s*\{$")
_DECLARATION = r"-{0,2}[A-Za-z][\w-]*\s*:\s*[^;{}\n]+"
_DECLARATION_RE = re.compile(r"^" + _DECLARATION + r";?$")
_CLOSE_RE = re.compile(r"^\}[.;]?$")
_ONE_LINE_RE = re.compile(
    r"^(?:" + _SELECTORS + r")\s*\{\s*" + _DECLARATION + r"(?:;\s*" + _DECLARATION + r")*;?\s*\}$"
)


def is_css_rule_line(text: str) -> bool:
    """Whether ``text`` (one stripped line) is a whole CSS rule: ``.a { color: red; }``."""
    return text.endswith("}") and bool(_ONE_LINE_RE.match(text))


def _opens(text: str) -> bool:
    """Whether ``text`` opens a rule block (``selector {``); the cheap test first, as almost
    no line of prose ends in a brace."""
    return text.endswith("{") and bool(_OPEN_RE.match(text))


def _block_end(texts: Sequence[str], i: int) -> int:
    """Index of the ``}`` closing the rule block opened at ``texts[i]``, or -1 if the lines
    from ``i`` are not a closed block holding a declaration."""
    depth, declarations = 0, 0
    for j in range(i, len(texts)):
        t = texts[j]
        if _opens(t):
            depth += 1
        elif _CLOSE_RE.match(t):
            depth -= 1
            if depth == 0:
                return j if declarations else -1
        elif depth and (_DECLARATION_RE.match(t) or is_css_rule_line(t)):
            declarations += 1
        else:
            return -1
    return -1


def css_line_indices(texts: Sequence[str]) -> set[int]:
    """Indices of the lines of ``texts`` (stripped content lines, in order) that belong to a
    CSS rule block or are a one-line CSS rule."""
    out: set[int] = set()
    i = 0
    while i < len(texts):
        if _opens(texts[i]):
            end = _block_end(texts, i)
            if end >= 0:
                out.update(range(i, end + 1))
                i = end + 1
                continue
        elif is_css_rule_line(texts[i]):
            out.add(i)
        i += 1
    return out
