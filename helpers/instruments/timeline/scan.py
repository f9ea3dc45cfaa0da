"""Scanning: run the grammar over a paragraph, filter by context, merge composite dates.

:func:`scan` returns the non-overlapping :class:`Candidate` matches of a text range (longest
first, then priority), with adjacent calendar pieces joined fine-to-coarse into one composite
(``seven on a Sunday morning in late September``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import NamedTuple

from helpers.core.literal_scan import LiteralScanner
from helpers.core.literals import EXACT, needs_digit, prefix_literals
from helpers.core.vocabulary import WEEKDAYS
from helpers.instruments.timeline.grammar import (
    ALTERNATIVE_LEAD_RE,
    CLOCK_EVIDENCE_WORDS,
    CLOCK_NUMBER_WORDS,
    CLOCK_VERBS,
    KIND_OF_DAY_VERBS,
    MONTH_RE,
    NOT_BEFORE_AHEAD,
    NOT_PLURAL,
    NUM_WORD_RE,
    PATTERNS,
    SEASON_RE,
    UNIT_RE,
    WEEKDAY_NAME_WORDS,
    day_number,
    spoken_year,
)
from helpers.instruments.timeline.records import Candidate


def _year_ok(text: str, end: int) -> bool:
    """False when a year-like number is followed by a plural noun or a unit (a count)."""
    after = text[end:end + 30]
    if re.match(r"\s*(?:%|per\b|percent|mph|kph|km|kg|m\b|ft\b|,\d|\.\d|-year|[-–]\d{3,})",
                after):
        return False
    m = re.match(r"\s+([a-z]+)", after)
    if m:
        word = m.group(1)
        if word.endswith("s") and word not in NOT_PLURAL and len(word) > 3:
            return False
        if word in {"people", "men", "women", "children", "metres", "feet", "miles",
                    "troops", "staff", "police", "sheep", "cattle"}:
            return False
    return True

#: Characters searched on each side of a key's hit.
_WINDOW = 90
_DIGIT = re.compile(r"\d")


class _Key(NamedTuple):
    """A distinct key of the grammar (several patterns share one) and its pre-tests."""

    rx: re.Pattern[str]
    lower: re.Pattern[str]
    literals: tuple[str, ...]
    #: every hit holds a digit (a paragraph without one is skipped)
    digit: bool
    #: strings one of which every hit starts with (ASCII only; empty: unknown)
    prefixes: tuple[str, ...]


def _plan() -> tuple[list[_Key], list[tuple[re.Pattern[str], str, int, int, bool]]]:
    """The distinct keys, and each pattern with the index of its key and whether it has an
    ``x`` group: computed once, so that :func:`scan` tests each key once per paragraph."""
    keys: list[_Key] = []
    index: dict[str, int] = {}
    plan = []
    for rx, kind, prio, key_rx, key_lower, literals in PATTERNS:
        if key_rx.pattern not in index:
            index[key_rx.pattern] = len(keys)
            prefixes = tuple(sorted(prefix_literals(key_lower, EXACT) or ()))
            keys.append(_Key(key_rx, key_lower, literals, needs_digit(key_lower),
                             prefixes if all(p.isascii() for p in prefixes) else ()))
        plan.append((rx, kind, prio, index[key_rx.pattern], "x" in rx.groupindex))
    return keys, plan


_KEYS, _PLAN = _plan()

#: Every ASCII literal and prefix of the keys: :class:`KeyGate` finds them all in one pass
#: over an article (an Aho-Corasick automaton) instead of one ``str.find`` scan each.
_SCANNER = LiteralScanner()
for _key in _KEYS:
    for _lit in (*_key.literals, *_key.prefixes):
        if _lit.isascii():
            _SCANNER.learn(_lit)


class KeyGate:
    """Where the literals of each key occur in the paragraphs of one article, found once with
    ``str.find`` over the article, so that :func:`scan` runs on a paragraph only the keys one
    of whose literals starts there, and tries a key only where its prefix literals start.

    Why identical: a key hit contains one of its literals (:mod:`helpers.core.literals`, read
    as :data:`~helpers.core.literals.EXACT`), so a paragraph where none starts has no hit;
    where one starts, the key runs (or is matched at each prefix literal, which finds the
    same hits). The text is lower-cased once; literals are ASCII and
    ``str.lower`` maps character by character (the context-dependent final sigma is not
    ASCII), so a literal in a paragraph's lower-cased copy is at the same place in the
    article's. A stretch whose lower-casing changes its length, a key without literals and a
    key with a frequent literal (more than one per :data:`FREQUENT` characters) are not gated.
    """

    FREQUENT = 40

    def __init__(self, text: str, spans: list[tuple[int, int]]) -> None:
        """``spans``: the paragraphs ``(lo, hi)``, in order and not overlapping."""
        self.spans = {span: i for i, span in enumerate(spans)}
        #: per paragraph: key index -> the starts of its prefix literals there (None: unknown)
        self.live: list[dict[int, list[int] | None]] = [{} for _ in spans]
        lo, hi = (spans[0][0], spans[-1][1]) if spans else (0, 0)
        if any(a[1] > b[0] or a[0] > a[1] for a, b in zip(spans, spans[1:])):
            lo = hi = 0  # not in order: nothing is gated (each key runs where it did)
        low = text[lo:hi].lower()
        cap = max(8, len(low) // self.FREQUENT)
        places = _SCANNER.scan(low) if low and len(low) == hi - lo else None
        found: dict[str, list[int] | None] = {}
        firsts = [s for s, _ in spans]
        ungated = []
        for k, key in enumerate(_KEYS):
            starts = _starts(places, key.literals, lo, cap, found) if places else None
            if starts is None:
                ungated.append(k)
                continue
            heads = _starts(places, key.prefixes, lo, cap, found) if key.prefixes else None
            for p in starts:
                i = bisect.bisect_right(firsts, p) - 1
                if i >= 0 and p < spans[i][1] and k not in self.live[i]:
                    self.live[i][k] = None if heads is None else _between(heads, *spans[i])
        for live in self.live:
            live.update(dict.fromkeys(ungated))

    def keys(self, lo: int, hi: int) -> dict[int, list[int] | None] | None:
        """The keys that may hit in the paragraph ``[lo, hi)`` (None: not one of the gate's)."""
        i = self.spans.get((lo, hi))
        return None if i is None else self.live[i]


def _starts(places: dict[str, list[int]], literals: tuple[str, ...], offset: int, cap: int,
            found: dict[str, list[int] | None]) -> list[int] | None:
    """Sorted starts (plus ``offset``) of ``literals`` (``places``: every start of each in
    the lower-cased text) (None: no literals, a non-ASCII one, or one found more than ``cap``
    times); ``found`` caches each literal."""
    if not literals or not all(lit.isascii() for lit in literals):
        return None
    out: set[int] = set()
    for lit in literals:
        if lit not in found:
            at = places[lit]
            found[lit] = None if len(at) > cap else [i + offset for i in at]
        if found[lit] is None:
            return None
        out.update(found[lit])  # type: ignore[arg-type]
    return sorted(out)


def _between(starts: list[int], lo: int, hi: int) -> list[int]:
    """The items of the sorted ``starts`` in ``[lo, hi)``."""
    return starts[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]


def scan(text: str, lo: int, hi: int, use_keys: bool = True,
         gate: KeyGate | None = None) -> list[Candidate]:
    """All candidate matches in ``text[lo:hi]``, overlaps removed (longest, then priority).

    ``use_keys=False`` runs every pattern over the whole range (slow; the tests check that
    both ways find the same expressions, i.e. that every key suits its pattern). ``gate``
    (a :class:`KeyGate` over paragraphs one of which is ``[lo, hi)``) only saves time."""
    cands: list[Candidate] = []
    windows_of: list[list[tuple[int, int]]] = [[]] * len(_KEYS)  # never appended to
    if use_keys:
        low = text[lo:hi].lower()
        same_length = len(low) == hi - lo  # lower() keeps offsets (it may not for rare letters)
        has_digit = _DIGIT.search(text, lo, hi) is not None
        live = gate.keys(lo, hi) if gate is not None else None
        if live is None or not same_length:
            live = dict.fromkeys(range(len(_KEYS)))
        for key_i, heads in live.items():
            key = _KEYS[key_i]
            if not key.digit or has_digit:
                windows_of[key_i] = _windows(text, lo, hi, low, key, same_length, heads)
    for rx, kind, prio, key_i, has_x in _PLAN:
        windows = windows_of[key_i] if use_keys else [(lo, hi)]
        for w_lo, w_hi in windows:
            for m in word_start_matches(rx, text, w_lo, w_hi):
                s, e = m.span("x") if has_x and m.group("x") else m.span()
                if e <= s:
                    continue
                f = {k: v for k, v in m.groupdict().items() if v is not None and k != "x"}
                if "syear" in f:  # a year in words: its number, so it resolves like "1996"
                    f["year"] = str(spoken_year(f.pop("syear")))
                c = Candidate(s, e, kind, f, prio)
                if _keep(text, c, m):
                    if kind in ("deictic", "anaphoric"):
                        _take_or_so(text, c)
                    cands.append(c)
    cands.sort(key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for c in cands:
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        chosen.append(c)
        taken.append((c.start, c.end))
    chosen.sort(key=lambda c: c.start)
    return merge_composites(text, chosen)


_GLUED = re.compile(r"[a-z][A-Z]")


def word_start_matches(rx: re.Pattern[str], text: str, lo: int,
                       hi: int) -> Iterator[re.Match[str]]:
    """The matches of ``rx`` in ``text[lo:hi]`` as ``finditer`` finds them, except that none
    starts inside a word: ``early 1000`` is not in ``nearly 1000``, nor ``late 1990s`` in
    ``translate 1990s``, nor ``some`` in ``awesome``. After such a match the search resumes one
    character on (so ``1990s`` is still found), which gives what a word-start guard at the
    head of every pattern gives without slowing the patterns. A match may start after a word
    when its first character is not a word character, and at a capital after a lower-case
    letter (words glued by text extraction: ``PostedFebruary 6``)."""
    pos = lo
    while pos <= hi:
        m = rx.search(text, pos, hi)
        if m is None:
            return
        s, e = m.span()
        if s > 0 and text[s - 1].isalnum() and text[s].isalnum() and \
                not _GLUED.fullmatch(text, s - 1, s + 1):
            pos = s + 1
            continue
        yield m
        pos = e if e > s else e + 1


def _windows(text: str, lo: int, hi: int, low: str, key: _Key, same_length: bool,
             heads: list[int] | None = None) -> list[tuple[int, int]]:
    """The windows of ``text[lo:hi]`` (``low`` is its lower-cased copy) around the hits of a
    key, ``_WINDOW`` characters on each side, overlapping ones merged. A text holding none of
    the key's literals has no hit: the key is not run (the result is the same, faster).

    ``heads``: where the key's prefix literals start in ``[lo, hi)``; the key is then tried
    only there (``match``, resuming after each hit), which finds the hits ``finditer`` finds:
    every hit starts with a prefix literal, and none is empty."""
    windows: list[tuple[int, int]] = []
    if heads is not None:
        hits = []
        resume = lo
        for p in heads:
            if p >= resume and (k := key.lower.match(low, p - lo)) is not None:
                hits.append((k.start() + lo, k.end() + lo))
                resume = k.end() + lo
    elif same_length:
        if key.literals and not any(lit in low for lit in key.literals):
            return windows
        hits = [(k.start() + lo, k.end() + lo) for k in key.lower.finditer(low)]
    else:
        hits = [k.span() for k in key.rx.finditer(text, lo, hi)]
    for k_start, k_end in hits:
        w_lo, w_hi = max(lo, k_start - _WINDOW), min(hi, k_end + _WINDOW)
        if windows and w_lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], w_hi)
        else:
            windows.append((w_lo, w_hi))
    return windows


_ELIDED_AND_RE = re.compile(
    rf"(?<![\w-])(?:[0-9]{{1,2}}|{NUM_WORD_RE})\s+(?P<unit>{UNIT_RE})\s+(?:in|at|as|on|with)\s"
    r"[^.;:!?]{1,60}\band\s+$", re.IGNORECASE)
_ELIDED_NEXT_RE = re.compile(rf"(?<![\w-])(?:[0-9]{{1,3}}|{NUM_WORD_RE}|an?)\s+(?P<unit>"
                             rf"{UNIT_RE})\b[^.;:!?]*[.;:!?]?\s*[^.;:!?]*$", re.IGNORECASE)

#: a count and a plural noun that is no unit of time (``four by-elections``, ``12 seats``)
_COUNTED_NOUN_RE = re.compile(rf"(?<![\w-])(?:[0-9]{{1,3}}|{NUM_WORD_RE})\s+(?!{UNIT_RE}\b)"
                              r"[a-z][a-z\-]*s\b", re.IGNORECASE)


def elided_unit(text: str, c: Candidate) -> str | None:
    """The unit of a duration written without it (``and 22 in the Commons`` after ``six years
    in the cabinet``; ``the next seven.`` after ``six years and a month later.``): the unit
    of the count just before in the same clause (``and``), or of the last duration in the
    sentence or the one before it (``the next``); None when there is none (then the number
    is no time: ``the next seven.`` after ``chapters``)."""
    before = text[max(0, c.start - 160):c.start]
    if not c.fields.get("q"):
        m = _ELIDED_AND_RE.search(before)
        return m.group("unit").lower() if m else None
    m = _ELIDED_NEXT_RE.search(before)
    if m is None or _COUNTED_NOUN_RE.search(before, m.end("unit")):
        # a count of something else nearer ("lost four by-elections. It expects to lose
        # the next three.") is what the bare number counts (review 19)
        return None
    return m.group("unit").lower()


_SENTENCE_END_RE = re.compile(r"[.!?\n](?=\s|$)|\n")


def _clock_words_ok(text: str, c: Candidate) -> bool:
    """Whether an hour in words (or a bare hour after ``at``) is a clock time, not a number
    (timeline round 29). Never when a verb or noun that takes a number stands earlier in the
    sentence, within eight words, with no schedule verb nearer (``Unemployment stood at
    ten,``, ``backed the plan by five to four``, ``the bookies have him at five to two``).
    Otherwise the ``past`` forms and a quarter or half to the hour are clock times as they
    stand; a bare hour and ``five to four`` need a sign of a clock: a schedule verb just
    before the preposition (``closes at ten``, ``doesn't run after six``), ``until`` / ``till``
    as the preposition, or a time word in the sentence (``o'clock``, a part of day, a day,
    am/pm, ``sharp``, a meal: ``at ten on Monday``, ``by five to four in the afternoon``)."""
    f = c.fields
    ends = [mm.end() for mm in _SENTENCE_END_RE.finditer(text, max(0, c.start - 300), c.start)]
    s0 = ends[-1] if ends else max(0, c.start - 300)
    nxt = _SENTENCE_END_RE.search(text, c.end, c.end + 300)
    s1 = nxt.start() if nxt else min(len(text), c.end + 300)
    before = re.findall(r"[A-Za-z][\w'’]*", text[s0:c.start])
    head = before[-1].lower() if before else ""
    if head in ("about", "around") and len(before) > 1:
        before = before[:-1]
        head = before[-1].lower()
    lead = [w.lower() for w in before[:-1][-8:]]
    for i in range(len(lead) - 1, -1, -1):
        if lead[i] in CLOCK_VERBS:
            break
        if lead[i] in CLOCK_NUMBER_WORDS:
            return False
    if f.get("dir") == "past" or f.get("mw", "").lower() in ("half", "quarter", "a quarter") \
            or re.match(r"a\s+quarter", f.get("mw", ""), re.I):
        return True
    if head in ("until", "till") or CLOCK_VERBS & set(lead[-3:]) or re.match(
            r"\s*(?:[ap]\.m\.|[ap]m\b)", text[c.end:c.end + 6], re.I):
        return True
    words = re.findall(r"[a-z][\w.'’]*", text[s0:s1].lower())
    return any(w.rstrip(".") in CLOCK_EVIDENCE_WORDS or w in CLOCK_EVIDENCE_WORDS or
               re.match(r"o['’]clock", w) for w in words)


def _keep(text: str, c: Candidate, m: re.Match[str]) -> bool:
    """Contextual filters that regular expressions cannot express compactly."""
    f = c.fields
    if c.kind == "clock" and "hw" in f and "ap" not in f and not re.search(
            r"o['’]clock", text[c.start:c.end]) and not _clock_words_ok(text, c):
        return False
    if ("year" in f and c.kind in ("cal", "year") and not {"mon", "day", "a", "season"} & set(f)
            and not ("det" in f and int(f["year"]) % 100)  # "the 2018 midterms" (not "2000 votes")
            and not _year_ok(text, c.end)):
        return False
    if c.kind == "year":
        before = text[max(0, c.start - 12):c.start]
        if re.search(r"(?:page|p\.|pp\.|No\.|number|issue|flight|route|room)\s+$", before, re.I):
            return False
    if c.kind == "cal" and "mon" in f:
        mon = f["mon"]
        abbr = not re.fullmatch(MONTH_RE, mon)
        if abbr and "day" not in f and "year" not in f:
            return False
        if mon == "May" and "day" not in f and "year" not in f and "mod" not in f:
            # the name or the modal verb, unless "in/since/until/during May" not followed by
            # something a person does
            prev = text[max(0, c.start - 8):c.start]
            nxt = text[c.end:c.end + 12]
            if not re.search(r"\b(?:in|since|until|by|during|early|late|mid)\s+$", prev) or \
                    re.match(r"(?:['’]s\b|\s+(?:said|says|has|had|is|was|will|would|and|who|"
                             r"told|insisted|argued))", nxt):
                return False
        if "day" in f and not 1 <= day_number(f["day"]) <= 31:
            return False
    if c.kind == "cal" and "wd" in f and set(f) <= {"wd", "pl", "pod"} and \
            _weekday_in_name(text, c):
        return False
    if c.kind == "ref" and "w" in f:
        prev = re.search(r"(\w+)\W*$", text[max(0, c.start - 20):c.start])
        if prev is None or prev.group(1).lower() in NOT_BEFORE_AHEAD:
            return False
    if c.kind == "holiday" and "year" not in f and re.match(
            r"\s+(?:[A-Z]\w+|agreement|accord|card|cards|tree|trees|present|presents|party|"
            r"parties|dinner|lunch|market|markets|shopping|sales|island|carols?|crackers?|"
            r"decorations|jumpers?|special|single|film|movie|episode|message|speech|truce|"
            r"offensive|rising|uprising|bombings?|attacks?|deals?|talks|treaty)\b",
            text[c.end:c.end + 16]):
        return False  # "the Good Friday agreement", "a Christmas tree": a name or a modifier
    if c.kind == "holiday" and f.pop("the", None) and re.match(
            r"\s+[a-z]", text[c.end:c.end + 3]) and not re.match(
            r"\s+(?:of|on|to|and|or|in|at|for|from|by|with|through|is|was|are|were|has|had|"
            r"will|would|that|which|who|when)\b", text[c.end:c.end + 10]):
        c.start = m.start("hol")  # "the Easter weekend traffic": "the" is the noun's
    if c.kind == "dur" and f.get("n", "").lower() == "per":
        f["n"] = "a"
        if f["unit"].lower() == "annum":
            f["unit"] = "year"
        if not re.search(r"(?:\d[\d,.]*%?|\b(?:times|once|twice|one|two|three|four|five|six|"
                         r"seven|eight|nine|ten|twelve|twenty|hundred|thousand|million))"
                         r"\s*(?:[\w'’]+\s+){0,2}$", text[max(0, c.start - 30):c.start]):
            return False
    if c.kind == "dur" and f.get("n", "").lower() in ("a", "an") and "q" not in f and re.search(
            r"(?:\d[\d,.]*%?|\b(?:times|once|twice|one|two|three|four|five|six|seven|eight|nine|"
            r"ten|twelve|twenty|hundred|thousand|million|half-hour|hours?|minutes?))"
            r"\s*(?:[\w'’]+\s+){0,2}$",
            text[max(0, c.start - 30):c.start]) and not re.search(
            # not a rate after a year or a clause break: "in 2019, after a decade in the job"
            r"(?:\b(?:1[0-9]{3}|20[0-9]{2})\b(?![.,]\d)|[,;:](?=\s))\s*(?:[\w'’]+\s+){0,2}$|"
            r"\b(?:after|before|for|in|within|over|since|during|than|about|nearly|almost)\s+$",
            text[max(0, c.start - 30):c.start]):
        c.kind = "set"  # "1,500 tonnes a day", "£5 an hour": a rate
        f["what"] = f["unit"]
        return True
    if c.kind == "dur" and "elided" in f:
        unit = elided_unit(text, c)
        if unit is None:
            return False
        f["unit"] = unit
        f.pop("elided")
        return True
    if c.kind == "dur":
        n = f.get("n", "").lower()
        unit = f.get("unit", "").lower()
        if n == "a" and unit == "second" and not re.match(
                r"\s*(?:[.,;:!?)]|$|(?:or|and|later|before|after|ago|to|of|in|more)\b)",
                text[c.end:c.end + 8]):
            return False  # "a second resolution" is an ordinal
        if n == "one" and unit.startswith("day") and not re.search(
                r"\b(?:for|in|within|over|just|only|than)\s+$", text[max(0, c.start - 10):c.start]):
            return False  # "one day he will" is a vague date, not a duration
        if re.match(r"\s*(?:old|of\s+age)\b|-old", text[c.end:c.end + 8]):
            return False
        if re.search(r"(?:aged|age)\s+$", text[max(0, c.start - 6):c.start]):
            return False
    if c.kind == "deictic" and text[c.start:c.end] == "Today" and re.match(
            r"\s+(?:programme|program|show|newspaper|bulletin)\b", text[c.end:c.end + 12]):
        return False  # the title of a programme ("the BBC's Today programme")
    if re.search(SEASON_RE + r"$", text[c.start:c.end]) and re.match(
            r"\s+(?:statement|budget|collection|catalogue|sales?)\b", text[c.end:c.end + 12]):
        return False  # "the autumn statement", "the spring budget": a named event
    if c.kind == "set" and "every" in f and f.get("n") and f["what"].lower() in WEEKDAYS:
        om = re.match(r"\s+of\s+(?:the|each|every)\s+month\b", text[c.end:c.end + 22])
        if om:
            c.end += om.end()
            f["ofmonth"] = "1"
    if c.kind == "cal" and "wd" in f and set(f) <= {"wd", "pod"}:
        _indefinite_weekday(text, c, f)
    if c.kind == "dur":
        more = re.match(r"\s+or\s+(?:more|so|longer|less|fewer)\b", text[c.end:c.end + 14])
        if more:
            c.end += more.end()  # "two years or more" is one expression
        alt = ALTERNATIVE_LEAD_RE.search(text, max(0, c.start - 40), c.start) \
            if f.get("n") else None
        if alt:
            c.start = alt.start()  # "two or three weeks", "the past two or three weeks"
    if c.kind == "range":
        y1 = int(f["y1"])
        y2s = f["y2"]
        y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
        if not y1 < y2 <= y1 + 200:
            return False
        f["y2n"] = y2
    return True


_OR_SO_RE = re.compile(r",?\s+or\s+so\b")


def _take_or_so(text: str, c: Candidate) -> None:
    """Extend ``the next/past <unit>`` over a following ``or so`` ("the next year or so" is one
    expression: TimeBank keeps ``or so`` inside 3 of 3, the PolNeAR set 1 of 1). The deictic
    and the anaphoric reading of the phrase grow alike, so the one chosen before still wins."""
    f = c.fields
    if re.match(r"(?i)the\s+(?:next|past|last|coming|following)$",
                f.get("rel") or f.get("w") or "") \
            and (f.get("what") or "").lower() in ("week", "month", "year", "decade"):
        approx = _OR_SO_RE.match(text, c.end)  # on the text: a slice's end would pass ``\b``
        if approx:
            c.end = approx.end()


_RANK = {"clock": 0, "pod": 1, "weekday": 2, "day": 3, "week": 4, "month": 5, "season": 6,
         "year": 7}


def _rank(c: Candidate) -> int | None:
    """Granularity rank of a calendar piece for composite merging (None: not mergeable)."""
    f = c.fields
    if c.kind == "clock":
        return 0
    if c.kind == "holiday":
        return 3
    if c.kind in ("cal", "year"):
        if set(f) == {"pod"}:
            return 1
        if "wd" in f and "day" not in f and "pl" not in f:
            return 2 if "pod" not in f else 1
        if "day" in f:
            return 3
        if "mon" in f:
            return 5
        if "season" in f:
            return 6
        if "year" in f:
            return 7
    return None


def _weekday_in_name(text: str, c: Candidate) -> bool:
    """True when a bare weekday is part of a name, not a date: a title (``Sunday Times``,
    ``Friday Night Lights``) or a capitalised name word before it (``Black Friday``,
    ``Bloody Sunday Inquiry``). After another capitalised word it is a date in wire copy
    (``The World Court Friday rejected``, ``met with Smith Sunday.``)."""
    if re.match(r"\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Mail|Sport|Star|People|"
                r"Independent|Business|Night|Bloody|Club|Review|Magazine|Politics|Live|Brunch|"
                r"Football|Show|Programme|Edition)\b", text[c.end:c.end + 14]):
        return True
    prev = re.search(r"(\w+)\s+$", text[max(0, c.start - 20):c.start])
    if prev is None or not prev.group(1)[0].isupper():
        return False
    word = prev.group(1).lower()
    if word in ("on", "until", "by", "since", "last", "next", "this", "from", "and", "or",
                "before", "after", "every", "said", "says", "late", "early"):
        return False
    if word not in WEEKDAY_NAME_WORDS and not re.match(r"\s+[A-Z]", text[c.end:c.end + 2]):
        return False
    return c.start - 2 >= 0 and not re.search(r"[.!?\"“”]\s*$", text[max(0, c.start - 4):c.start])


def _indefinite_weekday(text: str, c: Candidate, f: dict) -> None:
    """Take the article of an indefinite weekday into ``c`` and mark it ``generic``
    (``a wet Tuesday``, ``any Monday``), and ``scene`` when an adjective stands between
    (the resolver reads a scene-setting one in a past clause as a day of the report)."""
    art = re.search(r"(?<![\w-])(?:[Aa]n?|[Aa]ny)\s+(?P<mid>[a-z]+\s+)?$",
                    text[max(0, c.start - 18):c.start])
    lead = text[max(0, c.start - 40):c.start - len(art.group(0))] if art else ""
    # "a wet Tuesday" is any such day only on the day itself ("on a wet Tuesday", "was a
    # wet Tuesday"); "after a meeting Tuesday" dates the meeting: the weekday stands alone
    # ... and after a verb of liking it is a kind of day, never one day ("had never liked a
    # wet Tuesday morning", round 29)
    verb = re.search(r"([A-Za-z]+)\s+$", lead)
    liking = verb is not None and verb.group(1).lower() in KIND_OF_DAY_VERBS
    event_noun = art is not None and art.group("mid") and not liking and not re.search(
        r"\b(?:on|On|is|was|were|be|been)\s+$", lead)
    if art and not event_noun and not re.search(
            r"\b(?:told|tells|said|says|asked|wrote|interview|statement)\b[^.]*$", lead):
        # not "told a reporter Tuesday"
        c.start -= len(art.group(0))
        f["generic"] = "1"  # "a wet Tuesday", "any Monday": no particular day
        if art.group("mid") and art.group(0)[0] in "aA" and not liking:
            f["scene"] = "1"  # "on a wet Tuesday morning": maybe the day of a scene


def _join_part_of_day(text: str, out: list[Candidate], c: Candidate) -> bool:
    """Join a part of day to the clock time just before it (``at six in the morning``, ``10
    in the evening``: one TIME, the part of day settling the hour, as TimeML tags it); the
    clock time may end a composite (``Monday at six``). True when joined (``out`` changed)."""
    prev = out[-1]
    if not re.fullmatch(r"\s+in\s+", text[prev.end:c.start]):
        return False
    pieces = prev.fields.get("_pieces") if prev.kind == "comp" else None
    last = pieces[-1] if pieces else prev
    if last.kind != "clock" or "pday" in last.fields or "nm" in last.fields:
        return False
    joined = Candidate(last.start, c.end, "clock", {**last.fields, "cpod": c.fields["pday"]},
                       last.priority)
    out[-1] = (Candidate(prev.start, c.end, "comp", {**prev.fields, "_pieces": [
        *pieces[:-1], joined]}, prev.priority) if pieces else joined)
    return True


_JOIN_RE = re.compile(r"(?:,\s*|\s+(?:on|in|of)\s+(?:an?\s+)?|\s+)$")


def merge_composites(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Join adjacent calendar pieces from fine to coarse into one composite expression."""
    out: list[Candidate] = []
    for c in cands:
        if out and out[-1].kind in ("cal", "year", "clock", "comp") and c.kind in (
                "cal", "year", "holiday"):
            prev = out[-1]
            gap = text[prev.end:c.start]
            pr = prev.fields.get("_rank", _rank(prev))
            cr = _rank(c)
            if (pr is not None and cr is not None and pr < cr and len(gap) <= 8
                    and _JOIN_RE.fullmatch(gap) and "\n" not in gap):
                pieces = prev.fields.get("_pieces", [prev])
                out[-1] = Candidate(prev.start, c.end, "comp",
                                    {"_pieces": pieces + [c], "_rank": cr}, prev.priority)
                continue
        if out and c.kind == "clock" and "pday" in c.fields and _join_part_of_day(text, out, c):
            continue
        if out and c.kind == "clock" and out[-1].kind in ("cal", "comp", "holiday"):
            # a day then its time: "Tuesday at 7 p.m.", "March 3 at 10am", "Friday, 9pm"
            prev = out[-1]
            gap = text[prev.end:c.start]
            pr = prev.fields.get("_rank", _rank(prev))
            has_clock = any(p.kind == "clock" for p in prev.fields.get("_pieces", [prev]))
            if pr in (2, 3) and not has_clock and re.fullmatch(r",?\s+at\s+|,\s*|\s+", gap):
                pieces = prev.fields.get("_pieces", [prev])
                out[-1] = Candidate(prev.start, c.end, "comp",
                                    {"_pieces": pieces + [c], "_rank": pr}, prev.priority)
                continue
        out.append(c)
    return out
