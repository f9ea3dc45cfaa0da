"""Literal pieces every match of a regex must contain (or start with), read from its parse tree.

Why: a regex that needs some literal word piece ("rebel", "privacy") cannot match a text that
lacks it, and ``piece in text`` (or one pass of a multi-pattern search) is far cheaper than
running the regex. :func:`required_literals` returns a set of lower-case strings of which
every match contains at least one; :func:`prefix_literals` those every match starts with.
Used by the theme prefilter (``helpers.instruments.themes.prefilter``) and the furniture
phrases of the web-page segmenter.

Soundness: literals are taken only from ASCII characters, lower-cased; the text is
lower-cased after mapping the four non-ASCII characters that Python's case-insensitive
matching equates with ASCII letters (U+0130, U+0131 → i, U+017F → s, U+212A → k)
(:func:`fold_for_literals`), so every text a case-insensitive (or case-sensitive) literal
matches contains the literal in the folded text. A text whose lower-casing changes its
length is not folded (None: nothing may be ruled out).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["CASE_FIXES", "NOT_UNICODE", "Literals", "fold_for_literals",
           "literal_requirements", "prefix_literals", "required_literals"]

try:  # Python 3.11+: the parser moved under ``re``
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

#: Non-ASCII characters that ``re.IGNORECASE`` matches to an ASCII letter (checked by a test).
CASE_FIXES = {0x130: "i", 0x131: "i", 0x17F: "s", 0x212A: "k"}
_MAX_LEN = 5  # literals are cut to this many characters (fewer, shorter strings to find)
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}
_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}

Literals = frozenset[str] | None


def fold_for_literals(text: str) -> str | None:
    """``text`` lower-cased for the literal search (same offsets), or None when lower-casing
    would change its length (then nothing is filtered)."""
    if any(chr(c) in text for c in CASE_FIXES):  # rare: translate only when needed
        text = text.translate(CASE_FIXES)
    low = text.lower()
    return low if len(low) == len(text) else None


def _minimal(strings: set[str], prefix: bool = False) -> frozenset[str]:
    """Cut to :data:`_MAX_LEN` characters, then drop every string that contains another one
    (where the longer string occurs, the shorter does too: the same test, fewer finds).
    For a prefix set, only a string that starts with another is dropped (a match must start
    where one of the strings starts)."""
    cut = sorted({s[:_MAX_LEN] for s in strings}, key=len)
    kept: list[str] = []
    for s in cut:
        if not any(s.startswith(k) if prefix else k in s for k in kept):
            kept.append(s)
    return frozenset(kept)


def _better(a: Literals, b: Literals) -> Literals:
    """The more selective of two necessary sets (longer shortest string, then fewer)."""
    if a is None:
        return b
    if b is None:
        return a
    ka = (min(map(len, a)), -len(a))
    kb = (min(map(len, b)), -len(b))
    return a if ka >= kb else b


def _node(op: object, av: object, prefix: bool = False) -> Literals:
    """The necessary set of one non-literal node of the parse tree (None: no constraint);
    with ``prefix``, the set of strings one of which its every match starts with."""
    inner = _prefix if prefix else _sequence
    if op is _c.SUBPATTERN:
        return inner(av[3])
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return inner(av)
    if op is _c.BRANCH:
        union: set[str] = set()
        for alt in av[1]:
            sub = inner(alt)
            if sub is None:
                return None
            union |= sub
        return _minimal(union, prefix) if union else None
    if op in _REPEATS and av[0] >= 1:
        return inner(av[2])
    return None


def _sequence(items: object) -> Literals:
    """The best necessary set of a sequence: a run of literal characters, or a sub-node's."""
    best: Literals = None
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if op in _ZERO_WIDTH:  # consumes nothing: the characters around it stay adjacent
            continue
        if run:
            best = _better(best, frozenset({"".join(run)[:_MAX_LEN]}))
            run = []
        best = _better(best, _node(op, av))
    if run:
        best = _better(best, frozenset({"".join(run)[:_MAX_LEN]}))
    return best


def _prefix(items: object) -> Literals:
    """Strings one of which every match of the sequence starts with (zero-width assertions
    at its start are skipped: they consume nothing), or None."""
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if op in _ZERO_WIDTH and not run:
            continue
        if run:
            break
        return _node(op, av, prefix=True)
    return frozenset({"".join(run)[:_MAX_LEN]}) if run else None


#: flags under which ``\w`` is not Unicode's word class
NOT_UNICODE = re.ASCII | re.LOCALE
_NOT_AFTER_WORD = (_c.ASSERT_NOT, (-1, [(_c.IN, [(_c.CATEGORY, _c.CATEGORY_WORD)])]))


@lru_cache(maxsize=4096)
def literal_requirements(source: str, flags: int) -> tuple[Literals, Literals, bool]:
    """``(required anywhere, required at the start, starts at a word edge)`` of the pattern
    ``source``; the last is True when the pattern opens with ``(?<!\\w)`` (not inside a
    branch), so no match starts right after a word character."""
    try:
        tree = _p.parse(source, flags)
        lits = _sequence(tree), _prefix(tree)
    except Exception:  # noqa: BLE001 - an unparsable pattern is simply not filtered
        return None, None, False
    op, av = tree[0] if len(tree) else (None, None)
    edge = op is _c.ASSERT_NOT and (av[0], list(av[1])) == _NOT_AFTER_WORD[1]
    return (*lits, edge)


def required_literals(rx: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case strings of which every match of ``rx`` contains at least one (None: no
    such set is known, e.g. the regex can match without a literal character)."""
    return literal_requirements(rx.pattern, rx.flags)[0]


def prefix_literals(rx: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case strings one of which every match of ``rx`` starts with (None: not known)."""
    return literal_requirements(rx.pattern, rx.flags)[1]
