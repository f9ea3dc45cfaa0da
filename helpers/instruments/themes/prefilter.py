"""A literal prefilter for the codebook regexes: skip a regex where it cannot match.

Why: Python's regex engine tries a case-insensitive pattern that starts with a word boundary
at every position of the text; scanning every block of prose with every term, pattern,
exclusion, context and co-occurrence regex of the codebook was most of the themes step. Most
of those regexes need some literal word piece ("rebel", "iraq", "special") that a given
paragraph does not contain. :func:`required_literals` reads a regex's parse tree and returns
a set of lower-case strings of which every match must contain at least one; a
:class:`LiteralGate` finds those strings once per text (no regex) and answers whether a regex
may match in a span. The strings are found in one pass over the text by an Aho-Corasick
automaton (:class:`LiteralScanner`, ``pyahocorasick``) of every literal asked for so far,
instead of one ``str.find`` scan per literal (about 600 per article for the codebook). It is
a necessary condition only: where it says "may", the regex runs exactly as before, so the
matches are identical.

Soundness: literals are taken only from ASCII characters, lower-cased; the text is
lower-cased after mapping the four non-ASCII characters that Python's case-insensitive
matching equates with ASCII letters (U+0130, U+0131 → i, U+017F → s, U+212A → k), so every
text a case-insensitive (or case-sensitive) literal matches contains the literal in the
lower-cased text. A text whose lower-casing changes its length is not filtered.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

import ahocorasick

try:  # Python 3.11+: the parser moved under ``re``
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

__all__ = ["LiteralGate", "LiteralScanner", "find_all", "fold_for_literals", "prefix_literals",
           "required_literals"]

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


_NOT_UNICODE = re.ASCII | re.LOCALE  # ``\w`` differs from the one of :meth:`_find_at_edge`
_NOT_AFTER_WORD = (_c.ASSERT_NOT, (-1, [(_c.IN, [(_c.CATEGORY, _c.CATEGORY_WORD)])]))


@lru_cache(maxsize=4096)
def _required(source: str, flags: int) -> tuple[Literals, Literals, bool]:
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
    return _required(rx.pattern, rx.flags)[0]


def prefix_literals(rx: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case strings one of which every match of ``rx`` starts with (None: not known)."""
    return _required(rx.pattern, rx.flags)[1]


def find_all(low: str, lit: str, cap: int) -> list[int]:
    """Start offsets of ``lit`` in ``low`` (overlapping ones too), in order, up to ``cap + 1``
    of them (enough to tell that there are more than ``cap``)."""
    found: list[int] = []
    i = low.find(lit)
    while i >= 0 and len(found) <= cap:
        found.append(i)
        i = low.find(lit, i + 1)
    return found


class LiteralScanner:
    """Every place of many literals in a text, in one pass of an Aho-Corasick automaton.

    Why: the gate needs the places of about 600 literals per article; ``str.find`` scans
    the text once per literal, the automaton once for all (ten times less CPU on the
    archive). The scanner learns the literals it is asked for (:meth:`learn`) and rebuilds
    its automaton on the next :meth:`scan` after it learned a new one, so a process scans
    each text for the literals of the regexes it has gated so far (for the codebook: all of
    them after the first article). :meth:`scan` gives the same lists as :func:`find_all`
    with no cap: every start offset, overlapping occurrences included, in order.
    """

    def __init__(self) -> None:
        self._back: dict[str, int] = {}
        self._automaton: ahocorasick.Automaton | None = None

    def __contains__(self, lit: str) -> bool:
        return lit in self._back

    def learn(self, lit: str) -> None:
        """Find ``lit`` from the next scan on (a no-op for an empty or known literal)."""
        if lit and lit not in self._back:
            self._back[lit] = len(lit) - 1
            self._automaton = None

    def scan(self, low: str) -> dict[str, list[int]]:
        """Literal -> every start offset in ``low``, for every literal learned so far."""
        found: dict[str, list[int]] = {lit: [] for lit in self._back}
        if not found:
            return found
        if self._automaton is None:
            automaton = ahocorasick.Automaton()
            for lit, back in self._back.items():
                automaton.add_word(lit, (lit, back))
            automaton.make_automaton()
            self._automaton = automaton
        for end, (lit, back) in self._automaton.iter(low):
            found[lit].append(end - back)
        return found


_UNSEEN: list[int] = []  # a marker: not looked up yet

#: The scanner of the gates of this process (it learns the codebook's literals).
_SCANNER = LiteralScanner()


class LiteralGate:
    """Per text: where may a regex match? (see the module docstring).

    :meth:`may_match` answers for a span; :meth:`finditer` gives exactly the matches of
    ``rx.finditer`` over a span, trying the regex only where a required prefix starts when
    there are few such places.
    """

    #: with more than one prefix place per this many characters of a span, the regex scans
    #: the span as usual (a try at one place costs about what a scan of a few characters does)
    TRY_SPAN = 3
    #: a literal found more than once per this many characters is not used (see ``_find``)
    FREQUENT = 20

    def __init__(self, text: str, scanner: LiteralScanner | None = None) -> None:
        self._text = text
        self._low = fold_for_literals(text) if not text.isascii() else text.lower()
        self._scanner = _SCANNER if scanner is None else scanner
        self._scanned: dict[str, list[int]] | None = None
        self._edge: dict[str, list[int]] = {}
        self._found: dict[str, list[int] | None] = {}
        # id(rx) -> sorted places of its required / prefix literals (None: not filtered);
        # keyed by id, not by the pattern, whose hash reads its whole compiled code
        self._required: dict[int, list[int] | None] = {}
        self._prefix: dict[int, list[int] | None] = {}

    def _find(self, lit: str) -> list[int] | None:
        """Every start offset of ``lit`` in the lower-cased text (cached per literal); None
        when it is frequent (more than one per :data:`FREQUENT` characters: a gate on it
        would rarely close, and finding every place costs more than it saves).

        The places come from one scan of the text by the scanner (:class:`LiteralScanner`);
        a literal it has not learned yet is found with :func:`find_all` and learned."""
        if lit not in self._found:
            low = self._low
            cap = max(8, len(low) // self.FREQUENT)
            if self._scanned is None and lit in self._scanner:
                self._scanned = self._scanner.scan(low)
            found = self._scanned.get(lit) if self._scanned is not None else None
            if found is None:
                found = find_all(low, lit, cap)
                self._scanner.learn(lit)
            self._found[lit] = found if len(found) <= cap else None
        return self._found[lit]

    def _find_at_edge(self, lit: str) -> list[int]:
        """Start offsets of ``lit`` (case-insensitively) not right after a word character
        (cached per literal): the only places a pattern opening with ``(?<!\\w)`` can start
        with it, far fewer than all places of a frequent literal ("a", "the")."""
        if lit not in self._edge:
            rx = re.compile(r"(?<!\w)" + re.escape(lit), re.IGNORECASE)
            self._edge[lit] = [m.start() for m in rx.finditer(self._text)]
        return self._edge[lit]

    def _positions(self, rx: re.Pattern[str], prefix: bool = False) -> list[int] | None:
        """Sorted start offsets of the required (or prefix) literals of ``rx`` (None: not
        filtered). A frequent prefix literal of a pattern that starts at a word edge counts
        only where it starts a word (:meth:`_find_at_edge`)."""
        cache = self._prefix if prefix else self._required
        key = id(rx)
        if key not in cache:
            lits, edge = None, False
            if self._low is not None:
                required, starts, edge = _required(rx.pattern, rx.flags)
                lits = starts if prefix else required
            found = [] if lits is not None else None
            for lit in lits or ():
                places = self._find(lit)
                if places is None and prefix and edge and not rx.flags & _NOT_UNICODE:
                    places = self._find_at_edge(lit)
                if places is None:
                    found = None
                    break
                found += places
            cache[key] = None if found is None else sorted(set(found))
        return cache[key]

    def may_match(self, rx: re.Pattern[str], start: int, end: int) -> bool:
        """False only when no required literal of ``rx`` starts in ``[start, end)``."""
        hits = self._positions(rx)
        if hits is None:
            return True
        i = bisect_left(hits, start)
        return i < len(hits) and hits[i] < end

    def finditer(self, rx: re.Pattern[str], text: str, start: int, end: int,
                 sliced: bool = True) -> list[re.Match[str]]:
        """``list(rx.finditer(text[start:end]))`` when ``sliced``, else
        ``list(rx.finditer(text, start, end))``; ``text`` is the gate's text.

        Why identical: a match can start only where a prefix literal starts, so trying
        ``rx.match`` at those places in order, resuming after each match, finds the same
        leftmost non-overlapping matches as the scan (such a regex never matches empty).
        """
        hits = self._required.get(id(rx), _UNSEEN)  # :meth:`may_match`, inlined (hot)
        if hits is _UNSEEN:
            hits = self._positions(rx)
        if hits is not None:
            i = bisect_left(hits, start)
            if i == len(hits) or hits[i] >= end:
                return []
        seg, base, stop = (text[start:end], start, end - start) if sliced else (text, 0, end)
        hits = self._positions(rx, prefix=True)
        i = j = 0
        if hits is not None:
            i, j = bisect_left(hits, start), bisect_left(hits, end)
        if hits is None or (j - i) * self.TRY_SPAN > end - start:
            return list(rx.finditer(seg, start - base, stop))
        out: list[re.Match[str]] = []
        resume = start
        places = hits[i:j]
        if sliced and (not places or places[0] != start):
            # in the slice, ``start`` has no character before it: a pattern that opens
            # with a look-behind may match there though the text has a word before it
            places.insert(0, start)
        for p in places:
            if p < resume:
                continue
            m = rx.match(seg, p - base, stop)
            if m is not None:
                out.append(m)
                resume = m.end() + base
        return out
