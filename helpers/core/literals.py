"""Literal pieces every match of a regex must contain (or start with), read from its parse tree.

Why: a regex that needs some literal word piece ("rebel", "privacy") cannot match a text that
lacks it, and ``piece in text`` (or one pass of a multi-pattern search) is far cheaper than
running the regex. :func:`required_literals` returns a set of strings of which every match
contains at least one; :func:`prefix_literals` those every match starts with;
:func:`needs_digit` whether every match holds a digit. This is the one reader of a regex's
literals: the theme prefilter, the furniture phrases of the web-page segmenter and the keys of
the timeline grammar (``helpers.instruments.timeline``) all use it, each with a
:class:`Reading` that says how the searched text relates to the one the regex runs on.

:data:`FOLDED` (the default; themes, furniture): literals are taken only from ASCII
characters, lower-cased, cut to :data:`FOLDED`'s ``cut`` characters; the text is lower-cased
after mapping the four non-ASCII characters that Python's case-insensitive matching equates
with ASCII letters (U+0130, U+0131 → i, U+017F → s, U+212A → k) (:func:`fold_for_literals`), so
every text a case-insensitive (or case-sensitive) literal matches contains the literal in the
folded text. A text whose lower-casing changes its length is not folded (None: nothing may be
ruled out).

:data:`EXACT` (timeline keys): the regex is compiled case-sensitively and runs on the very
text that is searched (a lower-cased paragraph), so every literal character is taken as it
is, whole strings are kept, small character classes (``[qh]``) and groups of literal
alternatives (``(?:this|last)``) multiply the strings, and a group with an inline
``(?i:...)`` flag names nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

__all__ = ["CASE_FIXES", "EXACT", "FOLDED", "NOT_UNICODE", "Literals", "Reading",
           "fold_for_literals", "literal_requirements", "needs_digit", "prefix_literals",
           "required_literals"]

try:  # Python 3.11+: the parser moved under ``re``
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

#: Non-ASCII characters that ``re.IGNORECASE`` matches to an ASCII letter (checked by a test).
CASE_FIXES = {0x130: "i", 0x131: "i", 0x17F: "s", 0x212A: "k"}
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}
_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
#: Largest set of alternative strings a literal run is multiplied into (:data:`EXACT`).
_MAX_RUN = 64

Literals = frozenset[str] | None


class Reading(NamedTuple):
    """How literals are read (see the module docstring for the two readings used)."""

    #: strings are cut to this many characters (fewer, shorter strings to find); None: whole
    cut: int | None = 5
    #: the regex runs on the searched text itself: characters are taken verbatim (non-ASCII
    #: ones too) and an inline case-insensitive group names nothing; else ASCII, lower-cased
    exact: bool = False
    #: character classes of at most this many characters multiply the run (0: end it)
    classes: int = 0
    #: a group of literal alternatives multiplies the run (else it ends it)
    product: bool = False
    #: a set with a shorter string is no filter (None is returned instead)
    shortest: int = 1


FOLDED = Reading()
EXACT = Reading(cut=None, exact=True, classes=4, product=True, shortest=2)


def fold_for_literals(text: str) -> str | None:
    """``text`` lower-cased for the literal search (same offsets), or None when lower-casing
    would change its length (then nothing is filtered)."""
    if any(chr(c) in text for c in CASE_FIXES):  # rare: translate only when needed
        text = text.translate(CASE_FIXES)
    low = text.lower()
    return low if len(low) == len(text) else None


def _minimal(strings: set[str], r: Reading, prefix: bool = False) -> frozenset[str]:
    """Cut to ``r.cut`` characters, then drop every string that contains another one
    (where the longer string occurs, the shorter does too: the same test, fewer finds).
    For a prefix set, only a string that starts with another is dropped (a match must start
    where one of the strings starts)."""
    cut = sorted({s[:r.cut] for s in strings}, key=len)
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


def _chars(op: object, av: object, r: Reading) -> list[str] | None:
    """The characters one item can be (a literal, or a small class under ``r.classes``),
    as the reading takes them; None when the item is not such a character."""
    if op is _c.LITERAL:
        if r.exact:
            return [chr(av)]  # type: ignore[arg-type]
        return [chr(av).lower()] if av < 128 else None  # type: ignore[operator]
    if op is not _c.IN or not r.classes:
        return None
    chars: list[str] = []
    for o, v in av:  # type: ignore[attr-defined]
        if o is _c.LITERAL:
            chars.append(chr(v))
        elif o is _c.RANGE and v[1] - v[0] < r.classes:
            chars += [chr(c) for c in range(v[0], v[1] + 1)]
        else:
            return None
    return chars if len(chars) <= r.classes else None


def _words(op: object, av: object, r: Reading) -> list[str] | None:
    """Every string a purely literal group or branch matches (``r.product`` only), else None."""
    if not r.product or op not in (_c.SUBPATTERN, _c.BRANCH):
        return None
    if op is _c.SUBPATTERN:
        if _ignores_case(av, r):
            return None
        branches = [av[3]]  # type: ignore[index]
    else:
        branches = av[1]  # type: ignore[index]
    out: list[str] = []
    for alt in branches:
        strings = [""]
        for o, a in alt:
            if (chars := _chars(o, a, r) if o is _c.LITERAL else _words(o, a, r)) is None:
                return None
            strings = [s + x for s in strings for x in chars]
        out += strings
    return out


def _ignores_case(av: object, r: Reading) -> bool:
    """True when a group turns case-insensitive matching on under an exact reading."""
    return r.exact and bool(av[1] & re.IGNORECASE)  # type: ignore[index]


def _run_items(op: object, av: object, r: Reading) -> list[str] | None:
    """The strings one item adds to a literal run (a character, a class, literal words)."""
    chars = _chars(op, av, r)
    return chars if chars is not None else _words(op, av, r)


def _node(op: object, av: object, r: Reading, prefix: bool = False) -> Literals:
    """The necessary set of one non-literal node of the parse tree (None: no constraint);
    with ``prefix``, the set of strings one of which its every match starts with."""
    if op is _c.SUBPATTERN:
        return None if _ignores_case(av, r) else _walk(av[3], r, prefix)  # type: ignore[index]
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _walk(av, r, prefix)
    if op is _c.BRANCH:
        union: set[str] = set()
        for alt in av[1]:  # type: ignore[index]
            sub = _walk(alt, r, prefix)
            if sub is None:
                return None
            union |= sub
        return _minimal(union, r, prefix) if union else None
    if op in _REPEATS and av[0] >= 1:  # type: ignore[index]
        return _walk(av[2], r, prefix)  # type: ignore[index]
    return None


def _walk(items: object, r: Reading, prefix: bool = False) -> Literals:
    """The best necessary set of a sequence (a run of literal strings, or a sub-node's); with
    ``prefix``, the strings one of which every match starts with (zero-width assertions at
    its start are skipped: they consume nothing), or None."""
    best: Literals = None
    run: set[str] = {""}
    for op, av in items:  # type: ignore[attr-defined]
        if (more := _run_items(op, av, r)) is not None and len(run) * len(more) <= _MAX_RUN:
            run = {s + m for s in run for m in more}
            continue
        if op in _ZERO_WIDTH and not (prefix and run != {""}):
            continue  # consumes nothing: the characters around it stay adjacent
        if prefix:
            return _node(op, av, r, prefix=True) if run == {""} else _minimal(run, r, True)
        if all(run):
            best = _better(best, _minimal(run, r))
        run = {""} if more is None else set(more)
        if more is None:
            best = _better(best, _node(op, av, r))
    if all(run):
        best = _better(best, _minimal(run, r, prefix))
    return best


#: flags under which ``\w`` is not Unicode's word class
NOT_UNICODE = re.ASCII | re.LOCALE
_NOT_AFTER_WORD = (_c.ASSERT_NOT, (-1, [(_c.IN, [(_c.CATEGORY, _c.CATEGORY_WORD)])]))


def _usable(lits: Literals, r: Reading) -> Literals:
    """``lits``, or None when one of its strings is shorter than ``r.shortest``."""
    return lits if lits and min(map(len, lits)) >= r.shortest else None


@lru_cache(maxsize=4096)
def literal_requirements(source: str, flags: int,
                         reading: Reading = FOLDED) -> tuple[Literals, Literals, bool]:
    """``(required anywhere, required at the start, starts at a word edge)`` of the pattern
    ``source``; the last is True when the pattern opens with ``(?<!\\w)`` (not inside a
    branch), so no match starts right after a word character."""
    if reading.exact and flags & re.IGNORECASE:
        return None, None, False
    try:
        tree = _p.parse(source, flags)
        lits = _usable(_walk(tree, reading), reading), _usable(_walk(tree, reading, True), reading)
    except Exception:  # noqa: BLE001 - an unparsable pattern is simply not filtered
        return None, None, False
    op, av = tree[0] if len(tree) else (None, None)
    edge = op is _c.ASSERT_NOT and (av[0], list(av[1])) == _NOT_AFTER_WORD[1]
    return (*lits, edge)


def required_literals(rx: re.Pattern[str], reading: Reading = FOLDED) -> Literals:
    """Strings of which every match of ``rx`` contains at least one (None: no such set is
    known, e.g. the regex can match without a literal character)."""
    return literal_requirements(rx.pattern, rx.flags, reading)[0]


def prefix_literals(rx: re.Pattern[str], reading: Reading = FOLDED) -> Literals:
    """Strings one of which every match of ``rx`` starts with (None: not known)."""
    return literal_requirements(rx.pattern, rx.flags, reading)[1]


@lru_cache(maxsize=1024)
def _needs_digit(source: str, flags: int) -> bool:
    """:func:`needs_digit` of a pattern's source (cached per source and flags)."""
    return _sequence_needs_digit(_p.parse(source, flags))


def needs_digit(rx: re.Pattern[str]) -> bool:
    """True when every match of ``rx`` contains a digit (``\\d``): a text without digits is
    then skipped without running it (``\\d\\d\\d\\d`` names no literal). A look-ahead
    consumes nothing, so a digit there is not claimed."""
    return _needs_digit(rx.pattern, rx.flags)


def _sequence_needs_digit(items: object) -> bool:
    """True when some item that every match of the sequence passes through is a digit."""
    for op, av in items:  # type: ignore[attr-defined]
        if op is _c.IN and av == [(_c.CATEGORY, _c.CATEGORY_DIGIT)]:
            return True
        if op is _c.SUBPATTERN and not av[1] and _sequence_needs_digit(av[3]):
            return True
        if op is _c.BRANCH and all(_sequence_needs_digit(alt) for alt in av[1]):
            return True
        if op in _REPEATS and av[0] >= 1 and _sequence_needs_digit(av[2]):
            return True
    return False
