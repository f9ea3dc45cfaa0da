"""The records passed between the stages of the timeline instrument.

A :class:`Candidate` is what the grammar matched (scan), a :class:`Resolution` what the
resolver made of it, and an :class:`Anchor` a resolved date kept as a possible reference for
later expressions of the same article.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple


@dataclass
class Candidate:
    """A matched expression before resolution.

    ``fields`` holds the named groups of the pattern that matched (``mon``, ``day``, ``year``,
    ``unit`` ...); composites (kind ``comp``) hold their pieces under ``_pieces``.
    """

    start: int
    end: int
    kind: str  # cal | range | decade | century | deictic | anaphoric | ref | dur | set | then
    fields: dict = field(default_factory=dict)
    priority: int = 0


@dataclass
class Resolution:
    """A resolved expression: TIMEX3 type, value and mod, and its calendar interval.

    ``first_day``/``last_day`` bound the interval (inclusive; None when the expression names
    none: durations, sets, PRESENT/PAST/FUTURE_REF, or values with ``X``). ``anchor`` says what
    the value was resolved against (absolute | publication | narrative | none).
    ``timex3_value``, when set, is the value TimeML would give instead (newswire conventions,
    see :mod:`helpers.instruments.timeline.timex3`); empty means the same as ``value``;
    ``timex3_type`` likewise for the type (``the past year``: a DURATION here, TimeBank's DATE).
    """

    type: str = "DATE"
    value: str = ""
    mod: str = ""
    granularity: str = ""
    first_day: dt.date | None = None
    last_day: dt.date | None = None
    anchor: str = "none"
    anchor_value: str = ""
    timex3_value: str = ""
    timex3_type: str = ""


#: Calendar granularities from fine to coarse (an anaphor needs an anchor at least as fine).
GRANULARITY_ORDER = ["day", "week", "month", "season", "year", "decade", "century"]


@dataclass
class Anchor:
    """A resolved date at character ``pos`` that later expressions may be resolved against."""

    pos: int
    value: str
    gran: str
    first_day: dt.date
    last_day: dt.date
    in_quote: bool
    block: int


class ResolutionFailure(NamedTuple):
    """An expression that names no possible date (``31 February 2019``, a range that runs
    backwards): kept as a row with value ``XXXX`` and reported in a warning."""

    start: int
    end: int
    text: str
    reason: str


class TimexResolutionWarning(UserWarning):
    """Some expressions name no possible date; their rows have value ``XXXX``."""
