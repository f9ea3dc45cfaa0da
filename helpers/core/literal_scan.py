"""Every place of many literal strings in a text: one pass of an Aho-Corasick automaton.

Why: a literal pre-test (:mod:`helpers.core.literals` names the strings a regex needs) must
know where hundreds of short strings occur in each text; ``str.find`` scans the text once per
string, the automaton (``pyahocorasick``) once for all. General: the theme prefilter
(``helpers.instruments.themes.prefilter``) uses it, and any instrument may.
"""

from __future__ import annotations

import ahocorasick

__all__ = ["LiteralScanner", "find_all"]


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
        # the automaton with the literals it was built from (rebuilt when more were learned)
        self._built: tuple[ahocorasick.Automaton, dict[str, int]] | None = None

    def __contains__(self, lit: str) -> bool:
        return lit in self._back

    def learn(self, lit: str) -> None:
        """Find ``lit`` from the next scan on (a no-op for an empty or known literal)."""
        if lit and lit not in self._back:
            self._back[lit] = len(lit) - 1

    def scan(self, low: str) -> dict[str, list[int]]:
        """Literal -> every start offset in ``low``, for every literal learned so far.

        The automaton and its literals are read once, as one pair, so gates in threads of
        one process (dask's threaded local cluster) may learn while another scans."""
        built = self._built
        if built is None or len(built[1]) != len(self._back):  # literals only get added
            words = dict(self._back)  # a snapshot: another thread may learn meanwhile
            automaton = ahocorasick.Automaton()
            for lit, back in words.items():
                automaton.add_word(lit, (lit, back))
            if words:
                automaton.make_automaton()
            built = self._built = (automaton, words)
        automaton, words = built
        found: dict[str, list[int]] = {lit: [] for lit in words}
        if not found:
            return found
        for end, (lit, back) in automaton.iter(low):
            found[lit].append(end - back)
        return found
