"""The TimeML (TIMEX3) reading of a row, where the project's conventions differ from TimeML's.

The project's gold (``data/annotations/timex.csv``) and its users keep the project conventions
(a bare ``previously`` is a PAST_REF; ``nine months`` without its article; ``PT24H``). TimeML
corpora (TimeBank, AQUAINT, TempEval-3) follow the TimeML guidelines instead. Rather than
revise the project gold (its conventions are documented and relied on by the notebooks), each
row carries ``timex3_start``, ``timex3_end``, ``timex3_type`` and ``timex3_value``: the same
expression as TimeML would tag it, used by the TimeML scorer (``helpers.evaluate.timeml``).
An empty ``timex3_value`` means TimeML tags no TIMEX3 there.

Mappings (each general, none keyed to a document):

* no TIMEX3: manner/sequence adverbs (``previously``, ``formerly``, ``originally``,
  ``newly``, ``lately``, ``hitherto``, ``eventually``), a clause-final ``before``/``ahead``,
  anaphoric ``then``/``once``, and one-word frequency adverbs (``quarterly``, ``daily``,
  ``annually``) which TimeML mostly treats as part of an event or a modifier;
* extent: a duration used as a noun keeps its definite article (``the nine months``), not
  one used as a modifier (``the two-week recess``, ``the two day visit``: ``two-week``);
* extent: ``late``/``early``/``later``/``earlier`` before ``yesterday``/``today``/``tonight``
  is inside the TIMEX3 (TimeML records it as the expression's ``mod``);
* extent: an approximator (``around``, ``about``, ``approximately``, ``roughly``) before a date
  or a clock time is inside the TIMEX3 (``around Nov. 1``; TimeML's ``mod`` APPROX), not
  ``about`` before an article or a PAST/PRESENT/FUTURE_REF (``worried about the future``);
* ``N units later`` (``three days later``, ``hours later``): the amount alone, as a DURATION
  (``P3D``, ``PTXH``); ``later`` is a signal in TimeML, not part of the TIMEX3;
* ranges: ``between 2001 and 2015``, ``from Aug. 26 to Oct. 20`` are one project row (value
  ``2001/2015``) but two TIMEX3 (``2001`` and ``2015``): :func:`timex3_rows` splits them;
* value: durations in whole larger units (``PT24H`` -> ``P1D``, ``PT48H`` -> ``P2D``),
  fractions spelled out (``PT1.5M`` -> ``PT1M30S``, ``PT1.5H`` -> ``PT1H30M``); ``recent
  years``/``recent months``/``recent weeks`` are vague durations (``PXY``, DURATION).
"""

from __future__ import annotations

import re
from typing import NamedTuple

import pandas as pd

from helpers.instruments.timeline.grammar import number_value

_NOT_TIMEX3_RE = re.compile(
    r"(?i)(?:previously|formerly|originally|newly|lately|hitherto|eventually|before|ahead|then|"
    r"once|quarterly|daily|weekly|fortnightly|monthly|annually|yearly|hourly|nightly)")
_THE_BEFORE_RE = re.compile(r"\b[Tt]he\s+$")
# "late yesterday", "Earlier today": TIMEX3 puts the modifier inside the extent (it is the
# expression's ``mod``); the project's row is the day alone
_DAY_MOD_BEFORE_RE = re.compile(r"\b(?i:late|early|later|earlier)\s+$")
_DEICTIC_DAY_RE = re.compile(r"(?i)yesterday|today|tonight")
# "around Nov. 1", "about 7:15 p.m.": an approximator before a date or a time is inside the
# TIMEX3 (its ``mod`` APPROX); not "about" as a preposition ("worried about the future")
_APPROX_BEFORE_RE = re.compile(r"\b(?i:around|about|approximately|roughly)\s+$")
_NOT_APPROXIMATED_RE = re.compile(r"(?i)(?:the|a|an|this|that|these|those|its|their|his|her)\b")
_RECENT_RE = re.compile(r"(?i)(?:in\s+)?recent\s+(years|months|weeks|days|decades)")
_RECENT_CODE = {"years": "PXY", "months": "PXM", "weeks": "PXW", "days": "PXD",
                "decades": "PXDE"}
_RANGE_RE = re.compile(r"(?i)(?:from|between)\s+(?P<a>.+?),?\s+(?:to|and|through|until|till)\s+"
                       r"(?P<b>.+)$")
# "three days later", "a few days later": TimeML tags the amount as a DURATION and leaves
# "later" out (a signal relating it to an event); "a year earlier" stays a DATE (the figures'
# comparison period in business news, tagged whole in TimeBank)
_LATER_RE = re.compile(r"(?i)(?P<d>(?:(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|"
                       r"nine|ten|eleven|twelve|twenty|thirty|a\s+few|few|several|some)\s+)?"
                       r"(?P<u>minute|hour|day|week|month|year)(?P<pl>s)?)\s+later")
_UNIT_CODE = {"minute": "TM", "hour": "TH", "day": "D", "week": "W", "month": "M", "year": "Y"}
_FRACTION_RE = re.compile(r"^PT(\d+)\.(\d+)([HM])$")


class Timex3(NamedTuple):
    """The TimeML reading of one row: offsets, type and value (value "" = no TIMEX3)."""

    start: int
    end: int
    type: str
    value: str


def timex3_value(value: str) -> str:
    """A project duration value in TimeML's format (``PT24H`` -> ``P1D``); others unchanged."""
    m = re.fullmatch(r"PT(\d+)H", value)
    if m and int(m.group(1)) % 24 == 0 and int(m.group(1)) > 0:
        return f"P{int(m.group(1)) // 24}D"
    m = _FRACTION_RE.match(value)
    if m:
        whole, frac, unit = int(m.group(1)), float("0." + m.group(2)), m.group(3)
        sub = round(frac * 60)
        return f"PT{whole}{unit}{sub}{'M' if unit == 'H' else 'S'}"
    return value


def to_timex3(text: str, start: int, end: int, type_: str, value: str) -> Timex3:
    """The TimeML reading of the project row ``text[start:end]`` (see the module docstring)."""
    span = text[start:end]
    if _NOT_TIMEX3_RE.fullmatch(span):
        return Timex3(start, end, type_, "")
    m = _RECENT_RE.fullmatch(span)
    if m:
        return Timex3(start, end, "DURATION", _RECENT_CODE[m.group(1).lower()])
    m5 = _LATER_RE.fullmatch(span)
    if m5 and (m5.group("n") or m5.group("pl")):
        n = number_value(m5.group("n")) if m5.group("n") else None
        code = _UNIT_CODE[m5.group("u").lower()]
        amount = "X" if n is None else f"{int(n)}"
        return Timex3(start, start + m5.end("d"), "DURATION",
                      f"P{'T' if code.startswith('T') else ''}{amount}{code[-1]}")
    if _DEICTIC_DAY_RE.fullmatch(span):
        m3 = _DAY_MOD_BEFORE_RE.search(text, max(0, start - 9), start)
        if m3:
            start = m3.start()
    if type_ in ("DATE", "TIME") and not value.endswith("_REF") \
            and not _NOT_APPROXIMATED_RE.match(span):
        m4 = _APPROX_BEFORE_RE.search(text, max(0, start - 15), start)
        if m4:
            start = m4.start()
    if type_ == "DURATION" and not span.lower().startswith("the ") and "-" not in span \
            and span.rstrip().endswith("s"):  # a noun ("the nine months"), not a modifier
        m2 = _THE_BEFORE_RE.search(text, max(0, start - 6), start)
        if m2:
            start = m2.start()
    return Timex3(start, end, type_, timex3_value(value))


def split_range(text: str, t: Timex3) -> list[Timex3]:
    """The TIMEX3 of a project range row: its two ends when it is worded ``from X to Y`` /
    ``between X and Y`` with a value ``X/Y``; else the row itself."""
    m = _RANGE_RE.match(text[t.start:t.end])
    if not m or t.value.count("/") != 1:
        return [t]
    va, vb = t.value.split("/")
    return [Timex3(t.start + m.start("a"), t.start + m.end("a"), t.type, va),
            Timex3(t.start + m.start("b"), t.start + m.end("b"), t.type, vb)]


def timex3_rows(rows: pd.DataFrame, text: str) -> pd.DataFrame:
    """The TIMEX3 that TimeML would tag for the instrument ``rows`` of ``text``: the
    ``timex3_*`` columns, rows without a TIMEX3 reading left out, ranges split in two.

    Columns: start, end, text, type, value, mod.
    """
    out = []
    for r in rows[rows["timex3_value"] != ""].itertuples(index=False):
        t = Timex3(int(r.timex3_start), int(r.timex3_end), r.timex3_type, r.timex3_value)
        out += [(p.start, p.end, text[p.start:p.end], p.type, p.value, r.mod)
                for p in split_range(text, t)]
    return pd.DataFrame(out, columns=["start", "end", "text", "type", "value", "mod"])
