"""The records passed between the stages of the timeline instrument.

A :class:`Candidate` is what the grammar matched (scan), a :class:`Resolution` what the
resolver made of it, and an :class:`Anchor` a resolved date kept as a possible reference for
later expressions of the same article.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class Candidate:
    """A matched expression before resolution."""

    start: int
    end: int
    kind: str  # cal | range | decade | century | deictic | anaphoric | ref | dur | set | then
    fields: dict = field(default_factory=dict)
    priority: int = 0


@dataclass
class Resolution:
    """A resolved expression."""

    type: str = "DATE"
    value: str = ""
    mod: str = ""
    granularity: str = ""
    a: dt.date | None = None
    b: dt.date | None = None
    anchor: str = "none"
    anchor_value: str = ""


GRANULARITY_ORDER = ["day", "week", "month", "season", "year", "decade", "century"]


@dataclass
class Anchor:
    pos: int
    value: str
    gran: str
    a: dt.date
    b: dt.date
    in_quote: bool
    block: int
