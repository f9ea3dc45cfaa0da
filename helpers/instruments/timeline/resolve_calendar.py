"""Resolution of expressions that name a calendar date, or a span with a calendar position.

One function per candidate kind (see :data:`helpers.instruments.timeline.resolver.RESOLVERS`):
dates and their parts, composites, fiscal years, ranges, quarters, decades, centuries,
holidays, weekends and clock times.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from helpers.core.vocabulary import WEEKDAYS
from helpers.instruments.timeline.dates import (
    add_months,
    apply_mod,
    clock_suffix,
    interval_of,
    month_end,
    pick_season_year,
    pick_year,
    season_interval,
    timex_value,
    weekday_year,
)
from helpers.instruments.timeline.grammar import (
    DECADE_WORDS,
    ORDINALS,
    PART_OF_DAY,
    SEASONS,
    day_number,
    mod_of,
    month_number,
)
from helpers.instruments.timeline.named_days import (
    candidate_days,
    named_day,
    named_day_date,
    named_day_dates,
)
from helpers.instruments.timeline.records import Candidate, Resolution
from helpers.instruments.timeline.resolve_period import quarter_year, set_reporting_quarter
from helpers.instruments.timeline.tense import (
    FISCAL_YEAR_DEFINITION_RE,
    FORWARD_COST,
    GENERIC_PERIOD_RE,
)

if TYPE_CHECKING:  # the resolver imports this module to dispatch
    from helpers.instruments.timeline.resolver import Resolver


def resolve_year(ctx: Resolver, c: Candidate, text: str, clause: str,
                 in_quote: bool, block: int) -> Resolution:
    """A year in context (``in 2016``): resolved like a calendar date."""
    return resolve_calendar_date(ctx, c, text, clause, in_quote, block)


def resolve_calendar_date(ctx: Resolver, c: Candidate, text: str, clause: str,
                          in_quote: bool, block: int) -> Resolution:
    """A full or partial calendar date (``5 December 1949``, ``in October``, ``Friday``)."""
    return _calendar(ctx, [c], clause, in_quote, block)


def resolve_composite(ctx: Resolver, c: Candidate, text: str, clause: str,
                      in_quote: bool, block: int) -> Resolution:
    """Merged pieces, fine to coarse (``10am on Monday``, ``7 a.m. on Election Day``)."""
    pieces = c.fields["_pieces"]
    holiday = next((p for p in pieces if p.kind == "holiday"), None)
    if holiday is not None:  # "7 a.m. on Election Day", "the morning of Christmas Day"
        res = resolve_holiday(ctx, holiday, text, clause, in_quote, block)
        clock = next((p.fields for p in pieces if p.kind == "clock"), None)
        pod = next((p.fields["pod"] for p in pieces if "pod" in p.fields), None)
        return _with_time(res, None, pod, clock)
    return _calendar(ctx, pieces, clause, in_quote, block)


def _calendar(ctx: Resolver, pieces: list[Candidate], clause: str, in_quote: bool,
              block: int) -> Resolution:
    """The date named by calendar ``pieces`` (day, month, season, year, weekday, clock time),
    picking the year of a year-less date from the reference time."""
    f: dict = {}
    clock = None
    for p in pieces:
        if p.kind == "clock":
            clock = p.fields
        else:
            for k, v in p.fields.items():
                f.setdefault(k, v)
    mod = mod_of(f.get("mod"))
    tense = clause
    if "scene" in f and not in_quote and "wd" in f and clause in ("past", "perfect"):
        # "On a wet Tuesday morning in Edinburgh, the First Minister stood ...": a weekday
        # with an article and an adjective, in the writer's own voice and a past or perfect
        # clause, sets the scene of the report: the last such day by publication (two of
        # three British writers' sets, 2 of 2); in a quotation or a habitual present it
        # stays any such day ("whoever turned up on a wet Tuesday", "Volunteers come in on
        # a rainy Saturday")
        f = {k: v for k, v in f.items() if k not in ("generic", "scene")}
        tense = "past"
    if "generic" in f and "wd" in f and clock is None and not {
            "mon", "day", "year", "season", "m", "a"} & set(f):
        value = f"XXXX-WXX-{WEEKDAYS.index(f['wd'].lower()) + 1}"
        if f.get("pod"):
            # "on a Thursday night", "a wet Tuesday morning": the part of day stays, a TIME
            # (two of three British writers' sets, timeline round 28)
            return Resolution("TIME", f"{value}T{PART_OF_DAY[f['pod'].lower()]}", "", "time")
        return Resolution("DATE", value, "", "day")
    pos = pieces[0].start
    pod = f.get("pod")
    wd = f.get("wd")
    if (f.get("pl") or f.get("pl2")) and wd and len(pieces) == 1 and "day" not in f:
        # "on Sundays", "Saturday mornings": every such day (part)
        part = f"T{PART_OF_DAY[pod.lower()]}" if pod else ""
        return Resolution("SET", f"XXXX-WXX-{WEEKDAYS.index(wd.lower()) + 1}{part}", "", "set")
    year = int(f["year"]) if "year" in f else None
    if "yy" in f:  # '46: the most recent such year not after the reference
        ref_year = (ctx.pub or dt.date.today()).year
        year = ref_year // 100 * 100 + int(f["yy"][1:])
        if year > ref_year:
            year -= 100
    month = month_number(f["mon"]) if "mon" in f else (int(f["m"]) if "m" in f else None)
    day = day_number(f["day"]) if "day" in f else None
    if "a" in f and "b" in f:  # numeric dd/mm/yyyy (mm/dd when the second cannot be a month)
        a_, b_ = int(f["a"]), int(f["b"])
        day, month = (b_, a_) if b_ > 12 >= a_ else (a_, b_)
    season = SEASONS.get(f["season"].lower()) if "season" in f else None
    anchor, anchor_value = "absolute", ""
    dct_year = None
    if year is None and (month or season) and ctx.generic_period:
        # "Its fiscal year ends Sept. 30": a recurring date, no particular year
        return _with_time(_unresolved(month, day, season, mod), wd, pod, clock)
    if year is None and month and day and not wd and tense in ("past", "perfect"):
        # "the Sept. 11 attacks" after "Sept. 11, 2001": a past clause names the day the
        # article has dated already
        named = ctx.named_day(month, day, pos)
        if named is not None:
            year, anchor, anchor_value = named.first_day.year, "narrative", named.value
    if year is None and (month or season):
        ref, anchor, anchor_value = ctx.year_reference(block, pos, tense)
        if ref is None:
            res = _unresolved(month, day, season, mod)
            return _with_time(res, wd, pod, clock)
        year = (pick_season_year(season, ref, tense) if season and not month
                else pick_year(month, day, ref, tense, mod))
        if (ctx.strict_past and month and not season and anchor == "publication"
                and dt.date(year, month, day or 1) > ref):
            year -= 1  # "took effect Jan. 1" in a December story: last January
        elif (ctx.strict_future and month and not season and anchor == "publication"
                and (dt.date(year, month, day) if day else month_end(year, month)) < ref):
            year += 1  # "Early voting begins Oct. 21" in a March story: next October
        if wd and month and day:
            year = weekday_year(year, month, day, WEEKDAYS.index(wd.lower()))
        elif anchor == "narrative" and ctx.pub is not None:
            # TimeML newswire: a year-less date is read from the DCT (``timex3_value``)
            dct_year = (pick_season_year(season, ctx.pub, tense) if season and not month
                        else pick_year(month, day, ctx.pub, tense, mod))
    if year is None and month is None and not season and wd:
        res = _weekday(ctx, wd, tense, block, pos)
        res.mod = mod
        return _with_time(res, None, pod, clock)
    if year is None:
        return Resolution(value="XXXX", granularity="")
    if month and day and "day2" in f:
        a, b = dt.date(year, month, day), dt.date(year, month, day_number(f["day2"]))
        if b <= a:
            raise ValueError("day range runs backwards")
        res = Resolution("DATE", f"{a.isoformat()}/{b.isoformat()}", mod, "day", a, b)
    elif month and day:
        a = dt.date(year, month, day)
        res = Resolution("DATE", a.isoformat(), mod, "day", a, a)
    elif month:
        a, b = dt.date(year, month, 1), month_end(year, month)
        res = Resolution("DATE", f"{year:04d}-{month:02d}", mod, "month", *apply_mod(a, b, mod))
    elif season:
        a, b = season_interval(year, season)
        res = Resolution("DATE", f"{year:04d}-{season}", mod, "season", *apply_mod(a, b, mod))
    else:
        a, b = dt.date(year, 1, 1), dt.date(year, 12, 31)
        res = Resolution("DATE", f"{year:04d}", mod, "year", *apply_mod(a, b, mod))
    res.anchor, res.anchor_value = anchor, anchor_value
    if dct_year is not None and dct_year != year and not wd:
        res.timex3_value = res.value.replace(f"{year:04d}", f"{dct_year:04d}")
    if wd and res.granularity != "day" and res.first_day is not None:
        # a weekday inside a month/season interval: its first (or nth, or last) occurrence
        target = WEEKDAYS.index(wd.lower())
        span = (res.last_day - res.first_day).days + 1
        days = [res.first_day + dt.timedelta(days=i) for i in range(span)]
        days = [d for d in days if d.weekday() == target]
        nth = f.get("nth", "first").lower()
        k = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "last": -1}[nth]
        if days and (k < len(days)):
            d = days[k]
            res = Resolution("DATE", d.isoformat(), "", "day", d, d, res.anchor, res.anchor_value)
    return _with_time(res, None, pod, clock)


def _unresolved(month: int | None, day: int | None, season: str | None,
                mod: str) -> Resolution:
    """A year-less date with no reference to pick a year from: ``XXXX-MM-DD`` and the like."""
    if month and day:
        return Resolution("DATE", f"XXXX-{month:02d}-{day:02d}", mod, "day")
    if month:
        return Resolution("DATE", f"XXXX-{month:02d}", mod, "month")
    return Resolution("DATE", f"XXXX-{season}", mod, "season")


def _with_time(res: Resolution, wd: str | None, pod: str | None,
               clock: dict | None) -> Resolution:
    """``res`` as a TIME when a clock time or part of day goes with it, else ``res``."""
    if clock is None and not pod:
        return res
    base = res.value if res.granularity == "day" else (
        res.value + "-XX" if res.granularity == "month" else "XXXX-XX-XX")
    if clock is not None:
        suffix = clock_suffix(clock, pod)
        if suffix is None:
            return res
        value = f"{base}T{suffix}"
    else:
        value = f"{base}T{PART_OF_DAY[pod.lower()]}"
    tx = res.timex3_value + value[len(base):] if res.timex3_value else ""
    # "late afternoon on Friday": the part of day's modifier is the expression's mod
    mod = res.mod or (mod_of(clock.get("pmod")) or ("APPROX" if clock.get("apx") else "")
                      if clock is not None else "")
    return Resolution("TIME", value, mod, "time", res.first_day, res.last_day, res.anchor,
                      res.anchor_value, tx)


def _weekday(ctx: Resolver, wd: str, clause: str, block: int, pos: int) -> Resolution:
    """A bare weekday: from the narrative day when there is one, else from publication."""
    target = WEEKDAYS.index(wd.lower())
    an = ctx.narrative(block, pos)
    tense = clause
    if an is not None and an.gran == "day" and not an.in_quote and tense != "future":
        d = an.first_day
        while d.weekday() != target:
            d += dt.timedelta(days=1)
        if ctx.pub is None or d <= ctx.pub:
            res = Resolution("DATE", d.isoformat(), "", "day", d, d, "narrative", an.value)
            if ctx.pub is not None:  # TimeML newswire: a bare weekday is read from the DCT
                res.timex3_value = _weekday_from_publication(ctx.pub, target, "past").isoformat()
            return res
    if ctx.pub is None:
        return Resolution("DATE", f"XXXX-WXX-{target + 1}", "", "day")
    d = _weekday_from_publication(ctx.pub, target, tense)
    return Resolution("DATE", d.isoformat(), "", "day", d, d, "publication", ctx.pub.isoformat())


def _weekday_from_publication(pub: dt.date, target: int, tense: str) -> dt.date:
    """The weekday ``target`` (0 = Monday) read from publication: in the past, on or before it
    ("said Friday" in a Friday story: that day); in the future or present ("a recess that
    begins Friday"), on or after it: wire copy names the day of publication by its weekday
    too ("is set to meet Monday" in a Monday story is that day). A clause with no finite
    verb (``none``: "the attacks in Paris on Friday, and ...", a citation's "(Daily News,
    Thursday)") names a day that has happened, like the past (round 17)."""
    d = pub
    step = 1 if tense in ("future", "present") else -1
    while d.weekday() != target:
        d += dt.timedelta(days=step)
    return d


def _fiscal_end(text: str, pos: int) -> tuple[int, int] | None:
    """(month, day) on which the fiscal year ends, when the article defines it before
    ``pos`` ("The fiscal year runs from July 1 to June 30", "... ends on 31 March")."""
    found = None
    for m in FISCAL_YEAR_DEFINITION_RE.finditer(text, max(0, pos - 6000), pos):
        mon = m.group("ma") or m.group("mb")
        day = m.group("da") or m.group("db")
        found = (month_number(mon), day_number(day))
    return found


def resolve_fiscal_year(ctx: Resolver, c: Candidate, text: str, clause: str,
                        in_quote: bool, block: int) -> Resolution:
    """``fiscal 2025``, ``the fiscal year``, ``the end of the fiscal year``."""
    f = c.fields
    end = _fiscal_end(text, c.start)
    if "year" in f or "fy2" in f:  # "fiscal 2025": the fiscal year that ends in 2025
        year = int(f["year"]) if "year" in f else 2000 + int(f["fy2"])
        ctx.fiscal_year = year
    else:
        rel = re.sub(r"\s+", " ", f.get("rel", "").lower())
        step = 1 if ("next" in rel or "coming" in rel) else -1 if (
            "previous" in rel or "last" in rel) else 0
        if ctx.fiscal_year is not None and rel in ("the", "the current"):
            year = ctx.fiscal_year  # the fiscal year just named
        elif ctx.pub is not None:
            year = ctx.pub.year
            if end is not None:  # the fiscal year containing publication ends ...
                try:
                    if ctx.pub > dt.date(year, *end):
                        year += 1
                except ValueError:
                    pass
            year += step
        else:
            return Resolution("DATE", "XXXX", "", "year")
    mod = mod_of(f.get("mod"))
    if mod == "END" and end is not None:  # "the end of the fiscal year": its last day
        d = dt.date(year, *end)
        return Resolution("DATE", d.isoformat(), "", "day", d, d, "publication",
                          ctx.pub.isoformat() if ctx.pub else "")
    a, b = dt.date(year, 1, 1), dt.date(year, 12, 31)
    if end is not None:
        b = dt.date(year, *end)
        a = add_months(b, -12) + dt.timedelta(days=1)
    return Resolution("DATE", f"{year:04d}", mod, "year", *apply_mod(a, b, mod))


def resolve_day_range(ctx: Resolver, c: Candidate, text: str, clause: str,
                      in_quote: bool, block: int) -> Resolution:
    """A range of days with or without years (``from July 1 to June 30``)."""
    f = c.fields
    m1, d1 = month_number(f.get("m1a") or f["m1b"]), day_number(f.get("d1a") or f["d1b"])
    m2, d2 = month_number(f.get("m2a") or f["m2b"]), day_number(f.get("d2a") or f["d2b"])
    y1 = int(f["y1"]) if "y1" in f else None
    y2 = int(f["y2"]) if "y2" in f else None
    lead = text[max(0, c.start - 60):c.start]
    if y1 is None and y2 is None and (GENERIC_PERIOD_RE.search(lead) or ctx.pub is None):
        # the definition of a recurring period: "The fiscal year runs from July 1 to June 30"
        return Resolution("DATE", f"XXXX-{m1:02d}-{d1:02d}/XXXX-{m2:02d}-{d2:02d}", "", "day")
    if y1 is None:
        if y2 is not None:
            y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1
        else:
            ref, _, _ = ctx.year_reference(block, c.start, clause)
            y1 = pick_year(m1, d1, ref, clause) if ref else None
    if y1 is None:
        return Resolution("DATE", f"XXXX-{m1:02d}-{d1:02d}/XXXX-{m2:02d}-{d2:02d}", "", "day")
    a = dt.date(y1, m1, d1)
    if y2 is None:
        y2 = y1 if (m2, d2) >= (m1, d1) else y1 + 1
    b = dt.date(y2, m2, d2)
    if b < a:
        raise ValueError("range runs backwards")
    return Resolution("DATE", f"{a.isoformat()}/{b.isoformat()}", "", "day", a, b, "publication",
                      ctx.pub.isoformat() if ctx.pub else "")


def resolve_month_range(ctx: Resolver, c: Candidate, text: str, clause: str,
                        in_quote: bool, block: int) -> Resolution:
    """A range of months (``from March 2001 through June 2003``)."""
    f = c.fields
    m1, m2, y2 = month_number(f["m1"]), month_number(f["m2"]), int(f["y2"])
    y1 = int(f["y1"]) if "y1" in f else (y2 if m1 <= m2 else y2 - 1)
    a, b = dt.date(y1, m1, 1), month_end(y2, m2)
    if b < a:
        raise ValueError("range runs backwards")
    return Resolution("DATE", f"{y1:04d}-{m1:02d}/{y2:04d}-{m2:02d}", "", "month", a, b,
                      "absolute", "")


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is all its line holds (but a final stop or colon)."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    return not text[lo:start].strip() and text[end:hi].strip() in ("", ".", ":")


def resolve_clock_time(ctx: Resolver, c: Candidate, text: str, clause: str,
                       in_quote: bool, block: int) -> Resolution:
    """A clock time or a bare part of day, on the day just mentioned or the publication day;
    the part of day's early/late/mid is its mod (``late afternoon``: END)."""
    res = _clock_on_day(ctx, c, text, clause, block)
    res.mod = mod_of(c.fields.get("pmod")) or ("APPROX" if c.fields.get("apx") else "")
    return res


def _clock_on_day(ctx: Resolver, c: Candidate, text: str, clause: str,
                  block: int) -> Resolution:
    """The value of :func:`resolve_clock_time` (without its mod)."""
    suffix = clock_suffix(c.fields, None)
    if suffix is None:
        return Resolution("TIME", "XXXX-XX-XXTXX:XX", "", "time")
    if ctx.pub is not None and _alone_on_line(text, c.start, c.end):
        # a time stamp heading an entry of a live blog ("9:05 p.m." on its own line) is the
        # page's own time: the publication day, whatever date the entry above named
        return Resolution("TIME", f"{ctx.pub.isoformat()}T{suffix}", "", "time",
                          ctx.pub, ctx.pub, "publication", ctx.pub.isoformat())
    # a bare clock time belongs to the day just mentioned (within a few hundred
    # characters; in a past clause the last day told, however far: "votes were counted by
    # 9:30 p.m.", round 23); otherwise it stays generic ("the knock on the door at midnight")
    an = ctx.narrative(block, c.start, finest="day")
    if an is not None and an.gran == "day" and (c.start - an.pos <= 600 or clause == "past"):
        return Resolution("TIME", f"{an.first_day.isoformat()}T{suffix}", "", "time",
                          an.first_day, an.first_day, "narrative", an.value)
    if an is None and ctx.pub is not None and (clause not in ("past", "cited")
                                               or "pday" in c.fields):
        # no day mentioned yet and not a past narrative: a headline ("Midday bulletin") or
        # a present/future schedule ("the vote is at three o'clock") is on publication day;
        # so is a bare part of day of a report with no day told ("By mid afternoon, sources
        # were saying": the day of the report; TimeBank 1 of 1)
        return Resolution("TIME", f"{ctx.pub.isoformat()}T{suffix}", "", "time",
                          ctx.pub, ctx.pub, "publication", ctx.pub.isoformat())
    return Resolution("TIME", f"XXXX-XX-XXT{suffix}", "", "time")


def resolve_week(ctx: Resolver, c: Candidate, text: str, clause: str,
                 in_quote: bool, block: int) -> Resolution:
    """``the week of 11 September 2001``: the ISO week of that day."""
    r = _calendar(ctx, [Candidate(c.start, c.end, "cal", dict(c.fields))], clause, in_quote, block)
    if r.first_day is None or r.granularity != "day":
        return Resolution("DATE", "XXXX-WXX", "", "week")
    a, b = interval_of("week", r.first_day)
    return Resolution("DATE", timex_value("week", r.first_day), "", "week", a, b, r.anchor,
                      r.anchor_value)


def _holiday_weekend(day: dt.date) -> dt.date:
    """The Saturday of a holiday's weekend: the weekend whose Sunday is nearest the holiday
    (``Labor Day weekend`` before the Monday, ``Thanksgiving weekend`` after the Thursday)."""
    sunday = day + dt.timedelta(days=(6 - day.weekday()) % 7)
    if (sunday - day).days > 3:
        sunday -= dt.timedelta(weeks=1)
    return sunday - dt.timedelta(days=1)


def resolve_holiday(ctx: Resolver, c: Candidate, text: str, clause: str,
                    in_quote: bool, block: int) -> Resolution:
    """A holiday (or its weekend), with its year or the one nearest the reference time."""
    words = c.fields["hol"]
    # "New Year's weekend": a named day's weekend may drop its "Day"
    day = named_day(words) or named_day(words + " Day")
    weekend = "we" in c.fields
    side = c.fields.get("side", "")

    def result(d: dt.date, anchor: str, av: str) -> Resolution:
        """The day, its weekend, or the week before or after it."""
        if side:
            # the seven days before (after) the day, written as the ISO week that holds most
            # of them: the week of their middle day, four days away
            mid = d + dt.timedelta(days=-4 if side == "before" else 4)
            first = mid - dt.timedelta(days=3)
            return Resolution("DATE", timex_value("week", mid), "", "week", first,
                              first + dt.timedelta(days=6), anchor, av)
        if not weekend:
            return Resolution("DATE", d.isoformat(), "", "day", d, d, anchor, av)
        sat = _holiday_weekend(d)
        return Resolution("DATE", timex_value("week", sat, "-WE"), "", "week", sat,
                          sat + dt.timedelta(days=1), anchor, av)

    if day is None:  # pragma: no cover - the grammar matches only the data file's forms
        return Resolution("DATE", "XXXX", "", "")
    if "year" in c.fields:
        year = int(c.fields["year"])
        d = named_day_date(day, year)
        if d is None:  # a year the day's table does not list: the year, never a guessed day
            return Resolution("DATE", str(year), "", "year", dt.date(year, 1, 1),
                              dt.date(year, 12, 31), "absolute", "")
        return result(d, "absolute", "")
    if day.rule == "once":  # a day of history
        d = named_day_dates(day)[0]
        return result(d, "absolute", "")
    ref, anchor, av = ctx.year_reference(block, c.start, clause)
    days = [] if ref is None else candidate_days(day, ref)
    if ref is None or not days:
        return Resolution("DATE", "XXXX-WXX-WE" if weekend else "XXXX", "", "")

    def cost(d: dt.date) -> float:
        """Distance of ``d`` from the reference, weighted by tense."""
        if d > ref:
            return (d - ref).days * FORWARD_COST.get(clause, 1.5)
        return (ref - d).days * (1.5 if clause == "future" else 1.0)

    best = min(days, key=cost)
    if clause in ("past", "perfect") and anchor == "publication":
        # "the family gathered at Christmas" in October: a past clause tells of the last one
        # whose days had begun by then
        begun = [d for d in days if result(d, anchor, av).first_day <= ref]
        if begun and result(best, anchor, av).first_day > ref:
            best = max(begun)
    return result(best, anchor, av)


def resolve_weekend(ctx: Resolver, c: Candidate, text: str, clause: str,
                    in_quote: bool, block: int) -> Resolution:
    """"Over the weekend": the last one before publication (the next in a future clause)."""
    if ctx.pub is None:
        return Resolution("DATE", "XXXX-WXX-WE", "", "week")
    ref = ctx.pub
    if clause == "future":
        sat = ref + dt.timedelta(days=(5 - ref.weekday()) % 7 or 7)
    else:
        sat = ref - dt.timedelta(days=(ref.weekday() - 5) % 7)  # on a weekend: this one
    return Resolution("DATE", timex_value("week", sat, "-WE"), "", "week", sat,
                      sat + dt.timedelta(days=1), "publication", ref.isoformat())


def resolve_quarter(ctx: Resolver, c: Candidate, text: str, clause: str,
                    in_quote: bool, block: int) -> Resolution:
    """Quarters and halves (``the second quarter of 2019``, ``Q3 2018``)."""
    f = c.fields
    if "qq" in f:
        kind, n, year = f["qq"][0].upper(), int(f["qq"][1]), int(f["year2"])
        anchor, av = "absolute", ""
    else:
        kind = "Q" if f["qh"].lower() == "quarter" else "H"
        qn = f["qn"].lower()
        n = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
             "fourth": 4, "4th": 4}.get(qn, 4 if kind == "Q" else 2)
        if "year" in f:
            year, anchor, av = int(f["year"]), "absolute", ""
        else:
            ref, anchor, av = ctx.year_reference(block, c.start, clause)
            if ref is None:
                return Resolution("DATE", f"XXXX-{kind}{n}", "", "")
            this = f.get("this", "").lower().split()
            if kind == "Q" and not this:  # "in the third quarter": the latest one begun
                year = quarter_year(n, ref, clause)
            else:
                year = ref.year + {"last": -1, "next": 1}.get(this[0] if this else "", 0)
    if kind == "H" and n > 2:
        raise ValueError("no third half")
    months = 3 if kind == "Q" else 6
    a = dt.date(year, (n - 1) * months + 1, 1)
    b = month_end(year, n * months)
    gran = "quarter" if kind == "Q" else "half"
    if kind == "Q":
        set_reporting_quarter(ctx, year, n, b, text, c.end, c.start)
    return Resolution("DATE", f"{year:04d}-{kind}{n}", "", gran, a, b, anchor, av)


def resolve_year_range(ctx: Resolver, c: Candidate, text: str, clause: str,
                       in_quote: bool, block: int) -> Resolution:
    """A range of years (``2001-2003``, ``between 2001 and 2015``)."""
    y1, y2 = int(c.fields["y1"]), int(c.fields["y2n"])
    return Resolution("DATE", f"{y1:04d}/{y2:04d}", "", "year", dt.date(y1, 1, 1),
                      dt.date(y2, 12, 31), "absolute", "")


def resolve_decade(ctx: Resolver, c: Candidate, text: str, clause: str,
                   in_quote: bool, block: int) -> Resolution:
    """A decade (``the 1990s``, ``the '80s``, ``the eighties``); ``the 1800s`` is a century."""
    f = c.fields
    mod = mod_of(f.get("mod"))
    if "dec" in f:
        y = int(f["dec"])
        anchor, av = "absolute", ""
        if y % 100 == 0 and y < 2000:  # "the 1800s": the century
            a, b = dt.date(y, 1, 1), dt.date(y + 99, 12, 31)
            return Resolution("DATE", f"{y // 100:02d}", mod, "century", *apply_mod(a, b, mod),
                              anchor, av)
    else:
        d = int(f["d2"]) // 10 if "d2" in f else DECADE_WORDS[f["dw"].lower()]
        ref = ctx.pub or dt.date.today()
        century = ref.year // 100 * 100
        y = century + d * 10
        if y > ref.year:
            y -= 100
        anchor, av = ("publication", ref.isoformat()) if ctx.pub else ("none", "")
    a, b = dt.date(y, 1, 1), dt.date(y + 9, 12, 31)
    return Resolution("DATE", f"{y // 10:03d}", mod, "decade", *apply_mod(a, b, mod), anchor, av)


def resolve_century(ctx: Resolver, c: Candidate, text: str, clause: str,
                    in_quote: bool, block: int) -> Resolution:
    """A century by its ordinal (``the 19th century`` -> ``18``)."""
    o = c.fields["ord"].lower()
    n = int(re.match(r"\d+", o).group()) if o[0].isdigit() else ORDINALS[o.replace("-", " ")
                                                                          if " " in o else o]
    mod = mod_of(c.fields.get("mod"))
    y = (n - 1) * 100
    a, b = dt.date(max(1, y), 1, 1), dt.date(y + 99, 12, 31)
    return Resolution("DATE", f"{n - 1:02d}", mod, "century", *apply_mod(a, b, mod), "absolute", "")
