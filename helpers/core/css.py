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
line (``.a { color: red; }``) counts alone, but only when it is CSS beyond its shape: every
declaration names a CSS property (``data/lexicons/css_properties.txt``, a vendor prefix
``-webkit-`` stripped, a custom ``--x`` always) and ends in ``;``, and every bare word of the
selector is an HTML element (``data/lexicons/html_elements.txt``). Why: the shape alone took
``Smith { said: yes }`` and a code sample such as ``Person { name: string }`` for a style sheet
(review of session 20). A minified last declaration without ``;`` (``a{color:red}``) is
therefore prose: a missed rule stays readable, a sentence made debris is lost to every count.
A declaration inside a block over several lines must name a CSS property too (review 10: a
code sample laid out as a block, ``Person {`` / ``name: string;`` / ``}``, was debris).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from helpers.core.lexicons import load_words

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


_VENDOR_RE = re.compile(r"^-(?:webkit|moz|ms|o)-")
# a bare word of a selector: not a class, id, pseudo-class or part of one (`.a-b`, `:hover`)
_BARE_WORD_RE = re.compile(r"(?<![\w.#:-])[A-Za-z][\w-]*")


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """(CSS property names, HTML element names), lower case, from ``data/lexicons``."""
    return (frozenset(w.lower() for w in load_words("css_properties.txt")),
            frozenset(w.lower() for w in load_words("html_elements.txt")))


def _is_property(name: str) -> bool:
    """Whether ``name`` is a CSS property: a listed one (after a vendor prefix) or ``--custom``."""
    name = name.strip().lower()
    return name.startswith("--") or _VENDOR_RE.sub("", name) in _vocabulary()[0]


def _css_selector(selector: str) -> bool:
    """Whether every bare word of ``selector`` (inside brackets and parentheses ignored) is an
    HTML element: ``ul li a:hover`` is, ``Smith`` is not."""
    plain = re.sub(r"\[[^\]]*\]|\([^)]*\)", "", selector)
    return all(w.lower() in _vocabulary()[1] for w in _BARE_WORD_RE.findall(plain))


def is_css_rule_line(text: str) -> bool:
    """Whether ``text`` (one stripped line) is a whole CSS rule: ``.a { color: red; }``.

    Its shape (selector, braces, ``name: value`` pairs) and its words: each declaration ends
    in ``;`` and names a CSS property, each bare word of the selector is an HTML element."""
    if not (text.endswith("}") and _ONE_LINE_RE.match(text)):
        return False
    selector, _, body = text[:-1].partition("{")
    body = body.strip()
    if not body.endswith(";"):
        return False
    names = [d.partition(":")[0] for d in body[:-1].split(";")]
    return all(_is_property(n) for n in names) and _css_selector(selector)


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
        elif depth and ((_DECLARATION_RE.match(t) and _is_property(t.partition(":")[0]))
                        or is_css_rule_line(t)):
            # a declaration names a CSS property, as in a one-line rule: a code sample
            # (``Person {`` / ``name: string;`` / ``}``) stays prose (review 10)
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
