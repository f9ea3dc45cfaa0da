"""The resolver: reads an article's expressions in order and keeps its reference times.

:class:`Resolver` holds the publication date and the dates already resolved (the *narrative
reference time*, see the package docstring) and dispatches each candidate to the function of
its kind through :data:`RESOLVERS`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from helpers.instruments.timeline import resolve_calendar as cal
from helpers.instruments.timeline import resolve_period as period
from helpers.instruments.timeline import resolve_relative as rel
from helpers.instruments.timeline.records import (
    GRANULARITY_ORDER,
    Anchor,
    Candidate,
    Resolution,
    ResolutionFailure,
)

#: A resolution function: (resolver, candidate, text, clause tense, in quote, block id).
ResolveFn = Callable[["Resolver", Candidate, str, str, bool, int], Resolution]

#: Candidate kind (as declared in the grammar, plus ``comp`` for merged composites) -> the
#: function that resolves it.
RESOLVERS: dict[str, ResolveFn] = {
    "year": cal.resolve_year,
    "cal": cal.resolve_calendar_date,
    "comp": cal.resolve_composite,
    "fiscal": cal.resolve_fiscal_year,
    "drange": cal.resolve_day_range,
    "mrange": cal.resolve_month_range,
    "range": cal.resolve_year_range,
    "quarter": cal.resolve_quarter,
    "fquarter": period.resolve_fiscal_quarter,
    "week": cal.resolve_week,
    "weekend": cal.resolve_weekend,
    "holiday": cal.resolve_holiday,
    "decade": cal.resolve_decade,
    "century": cal.resolve_century,
    "clock": cal.resolve_clock_time,
    "generation": rel.resolve_generation,
    "deictic": rel.resolve_deictic,
    "monthrel": rel.resolve_month_of_deictic_year,
    "anaphoric": rel.resolve_anaphoric,
    "then": rel.resolve_then,
    "ref": rel.resolve_reference_word,
    "dur": rel.resolve_duration,
    "vague": rel.resolve_vague_duration,
    "set": rel.resolve_set,
}


#: Days between a period and a date outside it beyond which a mention of the period moves the
#: story there (``in 1990``, ``last fall`` after ``Monday``), not a glance aside (``last week``).
SCENE_GAP_DAYS = 31


def _far_apart(scene: Anchor, an: Anchor) -> bool:
    """True when ``an`` lies more than :data:`SCENE_GAP_DAYS` outside the period ``scene``."""
    gap = max((an.first_day - scene.last_day).days, (scene.first_day - an.last_day).days)
    return gap > SCENE_GAP_DAYS


class Resolver:
    """Resolves candidates in reading order, keeping the narrative reference time."""

    def __init__(self, publication: dt.date | None) -> None:
        """Start an article published on ``publication`` (None: unknown)."""
        self.pub = publication
        self.anchors: list[Anchor] = []
        #: prose block id -> the previous prose block id, and which blocks end inside a quote
        self.prev_block: dict[int, int] = {}
        self.open_quote_blocks: set[int] = set()
        self.in_quote_now = False
        #: the day the quotation being resolved was spoken, when its reporting clause names it
        self.speech_day_now: dt.date | None = None
        #: tense of the clause being resolved
        self.tense = ""
        #: a simple-past verb governs the expression directly ("took effect Jan. 1")
        self.strict_past = False
        #: a present-tense scheduling verb governs it directly ("begins Oct. 21")
        self.strict_future = False
        #: the expression follows the definition of a recurring period ("fiscal year ends")
        self.generic_period = False
        #: the fiscal year last named ("fiscal 2025"), for "the fiscal year"
        self.fiscal_year: int | None = None
        #: the current reporting period (year, quarter): the quarter last named by its number
        self.quarter: tuple[int, int] | None = None
        #: a past clause reports the results of the current reporting period though its
        #: calendar quarter is not over (a fiscal quarter that has ended; round 27)
        self.quarter_reported = False
        #: the current reporting period is a stretch of months ("the nine months")
        self.period_span = False
        #: positions of comparisons of figures ("a year earlier"), never anchors for another
        self.comparisons: set[int] = set()
        #: positions of expressions counted from a reported-speech day, never its anchor
        self.from_speech: set[int] = set()
        #: expressions that name no possible date, for the caller to report
        self.failures: list[ResolutionFailure] = []

    # -- reference times
    def narrative(self, block: int, pos: int, finest: str = "",
                  skip: frozenset[int] | set[int] = frozenset(),
                  scene: bool = False) -> Anchor | None:
        """The nearest preceding usable anchor; with ``finest``, the nearest one at least that
        fine (``that day`` needs a day), falling back to the nearest of any granularity.
        Anchors at the positions in ``skip`` are not used. With ``scene`` (an anaphor or a
        quotation's day in a past clause), a coarser date passed on the way that lies far
        from the finer one is returned instead: the past narrative has moved to it."""
        prev = self.prev_block.get(block)
        # a date after publication anchors only a clause that is not in the past tense
        # ("a hearing on Jan. 9; a vote could come later that month", but not "a week later,
        # the paper published" after a future deadline)
        past = self.tense in ("past", "perfect")
        usable = [an for an in self.anchors
                  if an.pos < pos and an.pos not in skip
                  and not (past and self.pub is not None and an.first_day > self.pub)
                  and (not an.in_quote or an.block == block or (
                      # a quotation running on from the previous paragraph
                      self.in_quote_now and an.block == prev and prev in self.open_quote_blocks))]
        if finest:
            limit = GRANULARITY_ORDER.index(finest)
            moved = scene and past  # a present-tense narration returns from an aside
            coarse: Anchor | None = None  # the latest coarser date, once one is passed
            for an in reversed(usable):
                fine = an.gran in GRANULARITY_ORDER and GRANULARITY_ORDER.index(an.gran) <= limit
                if not fine:
                    coarse = coarse or an
                    continue
                if moved and coarse is not None and _far_apart(coarse, an):
                    # "Tuesday ... learned that in 1990 ... the next day": the text has moved
                    # to a period the finer date lies well outside; the scene is that period
                    return coarse
                return an
        return usable[-1] if usable else None

    def year_reference(self, block: int, pos: int, tense: str = "") -> tuple[
            dt.date | None, str, str]:
        """Reference date for year-less dates: publication, or a narrative-past anchor.

        The narrative anchor must name a day or month (a year or season mentioned in passing
        does not set the scene), lie more than a year before publication, and the clause must
        be in the past tense (a present, perfect or future clause speaks from publication)."""
        an = self.narrative(block, pos, finest="month")
        if an is not None and an.gran not in ("day", "week", "month"):
            an = None
        if tense != "past" and self.pub is not None:
            an = None
        if an is not None and (self.pub is None or (self.pub - an.last_day).days > 366):
            return an.first_day, "narrative", an.value
        if self.pub is not None:
            return self.pub, "publication", self.pub.isoformat()
        return None, "none", ""

    def named_day(self, month: int, day: int, pos: int) -> Anchor | None:
        """The latest single day before ``pos`` that falls on ``month``/``day``, if any: the
        article has dated that day already, so a year-less repeat of it takes its year."""
        for an in reversed(self.anchors):
            if an.pos < pos and an.gran == "day" and an.first_day == an.last_day \
                    and (an.first_day.month, an.first_day.day) == (month, day):
                return an
        return None

    def note(self, res: Resolution, pos: int, in_quote: bool, block: int) -> None:
        """Keep ``res`` as a possible reference for later expressions, if it names a date."""
        if res.first_day is None or res.type not in ("DATE", "TIME") or "X" in res.value[:4]:
            return
        if res.granularity in ("decade", "century"):
            return
        # dates after publication anchor too ("a hearing on Jan. 9 ... later that month");
        # year-less dates ignore them (year_reference wants a narrative past)
        gran = res.granularity
        if gran == "time":  # a time of day: as precise as its date part
            first, last = res.first_day, res.last_day
            whole_month = (first.day == 1 and (last + dt.timedelta(days=1)).day == 1
                           and first.month == last.month)
            gran = "day" if first == last else ("month" if whole_month else "year")
        self.anchors.append(Anchor(pos, res.value, gran, res.first_day,
                                   res.last_day or res.first_day, in_quote, block))

    # -- main
    def resolve(self, c: Candidate, text: str, clause: str, in_quote: bool,
                block: int) -> Resolution:
        """Resolve ``c``; ``clause`` is the tense of its clause (past | present | future)."""
        self.tense = clause
        try:
            res = RESOLVERS[c.kind](self, c, text, clause, in_quote, block)
        except (ValueError, OverflowError) as error:
            # the text names no possible date ("31 February 2019", "April 18-17"): an explicit
            # unresolved row, reported by the caller in one warning (other exceptions are bugs
            # and propagate)
            self.failures.append(ResolutionFailure(c.start, c.end, text[c.start:c.end],
                                                   str(error)))
            res = Resolution(value="XXXX", granularity="")
        if res.first_day is not None and res.last_day is None:
            res.last_day = res.first_day
        period.track_reporting_period(self, c, text, res)
        return res

    def publication_reference(self) -> tuple[dt.date | None, str, str]:
        """(publication date, ``publication``, its ISO value), or (None, ``none``, "")."""
        if self.pub is None:
            return None, "none", ""
        return self.pub, "publication", self.pub.isoformat()


    def anaphor_reference(self, block: int, pos: int, finest: str = "",
                          skip: frozenset[int] | set[int] = frozenset()) -> tuple[
            Anchor | None, str]:
        """The anchor of an anaphoric expression and its kind: the narrative one (not at a
        position in ``skip``), else the publication day."""
        an = self.narrative(block, pos, finest, skip, scene=True)
        if an is not None:
            return an, "narrative"
        if self.pub is not None:
            d = self.pub
            return Anchor(pos, d.isoformat(), "day", d, d, False, block), "publication"
        return None, "none"
