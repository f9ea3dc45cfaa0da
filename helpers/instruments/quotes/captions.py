"""Photo credit lines and picture captions inside an article's text (quotes round 20).

Web articles saved as text keep a picture's credit as its own paragraph (``Jane Doe / Reuters.``,
``X via Getty Images.``) and its caption next to it (``Senator X speaks at a rally in Y.``), or a
caption that ends with its credit in brackets (``… on 2 May. (JANE DOE/AFP/Getty Images)``).
Neither is narration: a name in a caption is no antecedent of the next paragraph's ``he``, and a
photographer is no speaker. The instrument masks these paragraphs before it looks for mentions.
"""

from __future__ import annotations

import re

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_words

_AGENCIES = sorted(load_words("picture_credits.txt"), key=len, reverse=True)
_AGENCY = "(?:" + "|".join(re.escape(a) for a in _AGENCIES) + ")"
_NAMEISH = r"[A-Z][\w.’'\-]*(?:[ \t]+[A-Z][\w.’'\-]*){0,4}"
_JOIN = r"(?:[ \t]*/[ \t]*|[ \t]+via[ \t]+|[ \t]*[-–—][ \t]*)"
#: A paragraph that is only a credit: ``Getty.``, ``Handout/Reuters.``, ``A B via Getty Images.``
_CREDIT_LINE_RE = lazy_compile(
    rf"[^\w(]*\(?(?:{_NAMEISH}{_JOIN})*{_AGENCY}(?:{_JOIN}{_NAMEISH})*[\W]*")
#: A caption that ends with its credit in brackets: ``… (A B/AFP/Getty Images.)``
_BRACKET_CREDIT_RE = lazy_compile(
    rf"\((?:[^()\n]{{0,80}}/[ \t]*)?{_AGENCY}\b[^()\n]{{0,80}}\)\W*$")
#: A caption's shape: up to six words, a full name (``(left)`` allowed) and a verb in the present
#: tense (``Officer Jo Bloggs holds up``, ``Jo Bloggs speaks at``), or a picture's position marker.
_CAPTION_RE = lazy_compile(
    r"(?:[\w.’'\-]+[ \t]+){0,6}?[A-Z][\w’'\-]+[ \t]+[A-Z][\w’'\-]+"
    r"(?:[ \t]+\((?:left|right|centre|center)\))?[ \t]+(?:[a-z]+ly[ \t]+)?"
    r"(?!(?:is|was|has|does|says|tells|adds)\b)[a-z]+[^s\W]s\b"
    r"|[^\n]*\((?:left|right|centre|center)\)")
_QUOTE_MARKS = frozenset("\"“”‘’'«»")
_CREDIT_MAX = 80
_CAPTION_MAX = 300


def is_credit_line(text: str) -> bool:
    """Whether ``text`` (one paragraph) is only a photo credit."""
    t = text.strip()
    return 0 < len(t) <= _CREDIT_MAX and _CREDIT_LINE_RE.fullmatch(t) is not None


def _no_quotes(t: str) -> bool:
    # an apostrophe inside a word is no quotation mark
    return not any(c in _QUOTE_MARKS for c in re.sub(r"(?<=\w)[’'](?=\w)", "", t))


def is_caption_after_credit(text: str) -> bool:
    """Whether ``text``, the paragraph right after a credit line, reads as its caption: short, no
    quotation, and a name with a present-tense verb (captions describe the picture's moment)."""
    t = text.strip()
    return (0 < len(t) <= _CAPTION_MAX and _no_quotes(t)
            and _CAPTION_RE.match(t) is not None)


def has_bracket_credit(text: str) -> bool:
    """Whether ``text`` is a caption that ends with its photo credit in brackets."""
    t = text.strip()
    return (t.endswith((")", ").", ")\u201d")) and len(t) <= _CAPTION_MAX and _no_quotes(t)
            and _BRACKET_CREDIT_RE.search(t) is not None)


def picture_paragraphs(texts: list[str]) -> set[int]:
    """Indices of the paragraphs in ``texts`` (an article's paragraphs in order, blank ones
    included or not) that are photo credits or captions, not narration."""
    out: set[int] = set()
    after_credit = False
    for i, text in enumerate(texts):
        if not text.strip():
            continue
        if is_credit_line(text):
            out.add(i)
            after_credit = True
            continue
        if (after_credit and is_caption_after_credit(text)) or has_bracket_credit(text):
            out.add(i)
        after_credit = False
    return out
