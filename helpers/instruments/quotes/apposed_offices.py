"""An office or role written once beside a person's name names that person when the article
later writes it bare as a speaker (quotes round 65 of issue 13).

British prose names a person with the office once (``The Bishop of Carlisle, the Rt Rev Ann
Vale, rose next``; ``Tom Hale, the council leader, …``; ``the council's leader, Tom Hale``;
``The Speaker, Sir Ian Moss, …``) and then writes only the office (``"…," the bishop said``).
The round-8 role index (:mod:`.roles`) joins such a description to a name for
``speaker_canonical`` only, and misses a name after a style (``the Rt Rev``), an office with
an ``of`` phrase, a possessive office and office nouns outside :data:`.lexicon.ROLE_HEADS`; the
description then stayed the speaker, against the guideline (a description whose person the
article names is that person). Here a per-article map from the office's head noun to the
people the article apposes to it (either order, possessive too) resolves a later definite
``the <head>`` / ``the <modifier> <head>`` before ``pos`` when exactly one person holds that
head (two people written as ministers: no guess). A rank word (``deputy``, ``vice``:
``data/lexicons/rank_prefixes.txt``) makes another office, so it must agree both ways.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import NamedTuple

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_words
from helpers.instruments.quotes.lexicon import TITLE_SET, is_person_noun
from helpers.instruments.quotes.quoterow import QuoteRow
from helpers.instruments.quotes.roles import ROLE_WORD_RE, role_word
from helpers.instruments.quotes.state import ArticleState

#: styles written before a name (``the Rt Rev``): ``data/lexicons/honorific_styles.txt``
STYLES = tuple(load_words("honorific_styles.txt"))
#: words that make another office of an office noun (``deputy leader`` is not ``leader``)
RANKS = frozenset(load_words("rank_prefixes.txt"))

_W = r"[A-Za-z][\w’'\-]*"
_CAP = r"[A-Z][\w’'\-]*"
#: two or three capitalised words (a person's name), after an optional style and titles
_NAME = r"(?P<name>[A-Z][a-z][\w’'\-]*(?:\s+[A-Z][a-z][\w’'\-]*){1,2})"
#: the office phrase: up to four words ending in the head, an optional ``of``/``for`` phrase
#: naming the place or body (``Bishop of Carlisle``, ``leader of the council``)
_ROLE = (rf"(?P<role>(?:{_W}\s+){{0,3}}?{_W})"
         rf"(?P<of>\s+(?:of|for)\s+(?:the\s+)?{_W}(?:\s+{_CAP}){{0,3}})?")
#: what may close the apposition
_CLOSE = r"(?=\s*[,.;:)]|\s+(?:said|says|told|added|who)\b)"


class OfficeHolder(NamedTuple):
    """One person the article apposes to an office: where, whom, the office's words."""

    start: int
    name: str
    head: str
    words: frozenset[str]


@lru_cache(maxsize=1)
def _prefix() -> str:
    """What may stand before a name: an optional style (``the Rt Rev``), then titles."""
    styles = "|".join(re.escape(s) for s in sorted(STYLES, key=len, reverse=True))
    titles = "|".join(re.escape(t) for t in sorted(TITLE_SET, key=len, reverse=True))
    return rf"(?:(?:[Tt]he\s+)?(?:{styles})\s+)?(?:(?:{titles})\.?\s+)*"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, ...]:
    prefix = _prefix()
    return (
        # the X, <Name>  /  <Org>'s X, <Name>  /  the <org>'s X, <Name>
        re.compile(rf"(?<![\w’'])(?:[Tt]he\s+(?:{_W}['’]s\s+)?|{_CAP}(?:\s+{_CAP}){{0,2}}['’]s\s+)"
                   rf"{_ROLE},\s+{prefix}{_NAME}{_CLOSE}"),
        # <Name>, the X
        re.compile(rf"(?<![\w’']){prefix}{_NAME},\s+(?:now\s+|also\s+)?the\s+{_ROLE}{_CLOSE}"),
    )


def _office_words(role: str, of: str | None) -> tuple[str, frozenset[str]] | None:
    """The head noun and every word of an office phrase (lower case), or None when the
    phrase is no office of a person (its last word no person noun)."""
    words = [role_word(w) for w in ROLE_WORD_RE.findall(role)]
    if not words or not is_person_noun(words[-1]):
        return None
    extra = [role_word(w) for w in ROLE_WORD_RE.findall(of or "")]
    return words[-1], frozenset(words) | frozenset(extra)


_WORD_CHAR = lazy_compile(r"\w")
#: what the ``_CLOSE`` lookahead reads after a match (to know how far a match looked)
_CLOSE_READ_RE = lazy_compile(r"\s*[,.;:)]|\s+(?:said|says|told|added|who)\b")


class _Scan(NamedTuple):
    """One match of :func:`_patterns` over a whole article: where it starts and ends, the last
    offset its success read (the ``_CLOSE`` lookahead, one more for a final ``\b``), the
    name's offset and text, and the office (None: no office of a person)."""

    start: int
    end: int
    read_end: int
    name_start: int
    name: str
    office: tuple[str, frozenset[str]] | None


@lru_cache(maxsize=1)
def _anchors() -> tuple[re.Pattern, ...]:
    """Per pattern of :func:`_patterns`, the comma every match of it holds, with what must
    follow it (throughput round 14): the first comma of a match closes the office phrase
    (``the council leader, Tom Hale``: a name, after an optional style and titles, follows)
    or the name (``Tom Hale, the council leader``: ``the``, perhaps after ``now`` or
    ``also``, follows). Both patterns open with no comma before that one: none of their
    pieces before it (``the``, a possessive, the office words, a style, a title, the name)
    can hold one, which :func:`_comma_free_prefixes` checks of the word lists. Each anchor
    is written as its pattern writes that comma and what follows (a test checks that the
    pattern's source holds the anchor's: edit both together)."""
    return (re.compile(rf",\s+{_prefix()}{_NAME}{_CLOSE}"),
            re.compile(r",\s+(?:now\s+|also\s+)?the\s+"))


def _comma_free_prefixes() -> bool:
    """Whether no style and no title holds a comma and none is empty (what the anchored
    search of :func:`_anchored_finditer` assumes; else the plain search runs)."""
    return all(w and "," not in w for w in (*STYLES, *TITLE_SET))


def _anchored_finditer(rx: re.Pattern, anchor: re.Pattern, text: str, lo: int, end: int
                       ) -> Iterator[re.Match]:
    """The matches of ``rx.finditer(text, lo, end)``, found by trying ``rx`` only where a
    match can start: after the last comma before each comma that ``anchor`` matches at
    (a match holds no comma before its first one, which ``anchor`` must match; see
    :func:`_anchors`). Speed (throughput round 14): the plain search tries both patterns at
    every capitalised word of the article, about 4 % of the instrument's time.

    Exact: the candidate ranges (from the comma before an anchor to the anchor) follow one
    another in text order without overlap; within one, every offset from the range's start
    (or the end of the last match, if later) is tried in order with ``rx.match``, which
    tries what the search tries at that offset (the look-behind reads before ``lo`` in
    both). So the first match found is the search's leftmost, and the next search starts
    where it ended, as ``finditer`` does (no match is empty)."""
    pos = lo
    for a in anchor.finditer(text, lo, end):
        comma = a.start()
        if comma < pos:
            continue
        p = max(pos, text.rfind(",", lo, comma) + 1)
        while p < comma:
            m = rx.match(text, p, end)
            if m is None:
                p += 1
                continue
            yield m
            pos = p = m.end()  # past the comma: the next range starts after it


def _scan(text: str, lo: int, end: int) -> tuple[tuple[_Scan, ...], ...]:
    """Every match of each pattern in ``text[lo:end]``, per pattern in text order."""
    out = []
    anchored = _comma_free_prefixes()
    for rx, anchor in zip(_patterns(), _anchors()):
        found = []
        matches = _anchored_finditer(rx, anchor, text, lo, end) if anchored \
            else rx.finditer(text, lo, end)
        for m in matches:
            la = _CLOSE_READ_RE.match(text, m.end(), end)
            read_end = (la.end() + (la.group().endswith(("d", "s", "o")) and 1)) if la \
                else end + 1
            found.append(_Scan(m.start(), m.end(), read_end, m.start("name"), m.group("name"),
                               _office_words(m.group("role"), m.group("of"))))
        out.append(tuple(found))
    return tuple(out)


def _scan_upto(scans: tuple[tuple[_Scan, ...], ...], text: str, hi: int, end: int
               ) -> list[list[_Scan]] | None:
    """The matches a scan bounded at ``hi`` finds, read off the article's scan (bounded at
    ``end``, the article's end, ``hi <= end``); None
    when a match runs or reads across ``hi`` or ``hi`` falls inside a word (there a bounded
    scan can end otherwise: the caller scans). Elsewhere every branch the engine tries reads
    the same characters in both scans, so the bounded scan's matches are exactly the
    article's that end before ``hi``."""
    if hi > end:
        return None
    if 0 < hi < end and _WORD_CHAR.match(text, hi - 1) and _WORD_CHAR.match(text, hi):
        return None
    out = []
    for found in scans:
        keep = []
        for sc in found:
            if sc.start >= hi:
                break
            if sc.read_end > hi:
                return None
            keep.append(sc)
        out.append(keep)
    return out


def office_holders(text: str, lo: int, hi: int, canonical: Callable[[str, int], str],
                   memo: dict[int, tuple] | None = None, end: int | None = None
                   ) -> list[OfficeHolder]:
    """Every person apposed to an office in ``text[lo:hi]`` (see the module docstring);
    ``canonical(name, offset)`` gives the person's name as the article keys it. ``memo`` (the
    article state's, keyed by ``lo``) keeps the article's whole scan, read up to ``hi`` for
    each call (speed, session 35: the scan from the article's start was repeated for every
    description speaker, about a tenth of the instrument's time); the result is the bounded
    scan's (:func:`_scan_upto`). ``end``: where the article ends (the text's end if None)."""
    runs: list[list[_Scan]] | None = None
    if memo is not None:
        stop = len(text) if end is None else end
        scans = memo.get(lo)
        if scans is None:
            scans = memo[lo] = _scan(text, lo, stop)
        runs = _scan_upto(scans, text, hi, stop)
    if runs is None:
        runs = []
        for rx in _patterns():
            runs.append([
                _Scan(m.start(), m.end(), m.end(), m.start("name"), m.group("name"),
                      _office_words(m.group("role"), m.group("of")))
                for m in rx.finditer(text, lo, hi)])
    out = []
    for found in runs:
        for sc in found:
            if sc.office is None:
                continue
            name = canonical(sc.name, sc.name_start)
            if name:
                out.append(OfficeHolder(sc.name_start, name, sc.office[0], sc.office[1]))
    return out


def apposed_office_person(desc: str, text: str, lo: int, pos: int,
                          canonical: Callable[[str, int], str],
                          memo: dict[int, tuple] | None = None, end: int | None = None
                          ) -> str:
    """The one person the article (``text[lo:pos]``) apposes to the office ``desc`` names
    (``the bishop``, ``the council leader``, ``the Speaker``), or "".

    ``desc`` must be definite, two to four words, its head a person noun; its modifiers must
    be among the office's words, and a rank word must be in both or neither."""
    raw = ROLE_WORD_RE.findall(desc)
    words = [role_word(w) for w in raw]
    if not 2 <= len(words) <= 4 or words[0] != "the" or not is_person_noun(words[-1]):
        return ""
    head, mods = words[-1], set(words[1:-1])
    holders = [h for h in office_holders(text, lo, pos, canonical, memo, end)
               if h.head == head]
    people = set()
    for h in holders:
        if not mods <= h.words:
            continue
        if (h.words & RANKS) != (mods & RANKS):
            continue
        people.add(h.name)
    # every office holder of that head counts, whatever its modifiers: two ministers, no guess
    return people.pop() if len(people) == 1 and len({h.name for h in holders}) == 1 else ""


class OfficeMap(NamedTuple):
    """What the article's appositions say of a capitalised office: the one person it apposed
    to exactly that office ("" when none or several), and the people it apposed to another
    office of the same head (``Ann Reed, the Home Secretary`` for ``the Foreign Secretary``)."""

    person: str
    others: frozenset[str]


def office_map(desc: str, art: ArticleState, pos: int) -> OfficeMap:
    """The map of :func:`office_holders` read for the office ``desc`` (``the Foreign
    Secretary``) over the article of ``art`` up to ``pos`` (quotes round 66).

    Unlike :func:`apposed_office_person`, two holders of the head do not silence it: an
    office with modifiers (``Foreign``) is held by the one person whose apposed office has
    every modifier (a rank word in both or neither); a holder of the same head whose office
    lacks one holds another office, so a rule that would read the office back to that
    person (the previous paragraph's subject, round 50) must not."""
    raw = ROLE_WORD_RE.findall(desc)
    words = [role_word(w) for w in raw]
    if not 2 <= len(words) <= 4 or words[0] != "the" or not is_person_noun(words[-1]):
        return OfficeMap("", frozenset())
    head, mods = words[-1], set(words[1:-1])
    lo = art.block_starts[0] if art.block_starts else 0
    fit: set[str] = set()
    other: set[str] = set()
    for h in office_holders(art.text, lo, pos, art.canonical, art.office_scans,
                            art.article_end):
        if h.head != head:
            continue
        same = mods <= h.words and (h.words & RANKS) == (mods & RANKS)
        (fit if same else other).add(h.name)
    person = next(iter(fit)) if mods and len(fit) == 1 else ""
    return OfficeMap(person, frozenset(other - fit))


def named_office_speaker(desc: str, art: ArticleState, pos: int, exclude: str = "") -> str:
    """:func:`apposed_office_person` over the article of ``art`` up to ``pos`` (from its
    first block: a source file may hold many articles); "" when it names ``exclude``."""
    lo = art.block_starts[0] if art.block_starts else 0
    person = apposed_office_person(desc, art.text, lo, pos, art.canonical,
                                   art.office_scans, art.article_end)
    return "" if not person or (exclude and art.same_person(person, exclude)) else person


def context_office_speaker(row: QuoteRow, art: ArticleState) -> None:
    """A context speech row whose speaker the narration gave as a bare office (``Then the
    Speaker intervened again. "Order! …"``) takes the one person the article apposed to it
    (:func:`named_office_speaker`; a capitalised office may have been typed a group); any
    other row is left as it is."""
    if row.speaker and row.speaker_type in ("description", "group"):
        person = named_office_speaker(row.speaker, art, row.span.open_pos)
        if person:
            row.speaker, row.speaker_type = person, "named"
