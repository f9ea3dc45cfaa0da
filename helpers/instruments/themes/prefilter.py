"""A literal prefilter for the codebook regexes: skip a regex where it cannot match.

Why: Python's regex engine tries a case-insensitive pattern that starts with a word boundary
at every position of the text; scanning every block of prose with every term, pattern,
exclusion, context and co-occurrence regex of the codebook was most of the themes step. Most
of those regexes need some literal word piece ("rebel", "iraq", "special") that a given
paragraph does not contain. ``required_literals`` (core) reads a regex's parse tree and returns
a set of lower-case strings of which every match must contain at least one; a
:class:`LiteralGate` finds those strings once per text (no regex) and answers whether a regex
may match in a span. The strings are found in one pass over the text by an Aho-Corasick
automaton (:class:`~helpers.core.literal_scan.LiteralScanner`) of every literal asked for so far,
instead of one ``str.find`` scan per literal (about 600 per article for the codebook). It is
a necessary condition only: where it says "may", the regex runs exactly as before, so the
matches are identical.

The literals are read by :mod:`helpers.core.literals` (soundness: see there); the text is
folded as that module's ``fold_for_literals`` does. A text whose lower-casing changes its
length is not filtered.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from helpers.core.literal_scan import LiteralScanner, find_all
from helpers.core.literals import NOT_UNICODE, fold_for_literals
from helpers.core.literals import literal_requirements as _required

__all__ = ["LiteralGate"]


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
                if places is None and prefix and edge and not rx.flags & NOT_UNICODE:
                    places = self._find_at_edge(lit)
                if places is None:
                    found = None
                    break
                found += places
            # sorted, not deduplicated: a place listed twice is tried twice, with the same
            # answer (nothing found, or a match past it), and only counts toward a scan
            cache[key] = None if found is None else sorted(found)
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
