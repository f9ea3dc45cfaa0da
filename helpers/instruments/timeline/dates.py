"""Calendar arithmetic for TIMEX3 values: intervals, shifts, seasons, holidays, year picking.

Pure functions of dates and numbers (no text, no state).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from helpers.instruments.timeline.grammar import (
    PART_OF_DAY,
    UNIT_FACTOR,
    number_value,
    unit_name,
)
from helpers.instruments.timeline.tense import FORWARD_COST


def month_end(y: int, m: int) -> dt.date:
    """The last day of month ``m`` of year ``y``."""
    return dt.date(y, m, calendar.monthrange(y, m)[1])


_SEASON_SPAN = {"SP": ((3, 21), (6, 20)), "SU": ((6, 21), (9, 22)), "FA": ((9, 23), (12, 20)),
                "WI": ((12, 21), (3, 20))}


def season_interval(y: int, s: str) -> tuple[dt.date, dt.date]:
    """First and last day of season ``s`` (SP/SU/FA/WI) of year ``y`` (winter ends in ``y + 1``)."""
    (m1, d1), (m2, d2) = _SEASON_SPAN[s]
    return dt.date(y, m1, d1), dt.date(y + 1 if s == "WI" else y, m2, d2)


def apply_mod(a: dt.date, b: dt.date, mod: str) -> tuple[dt.date, dt.date]:
    """The first, middle or last third of an interval for START/MID/END."""
    if not mod:
        return a, b
    span = (b - a).days + 1
    third = max(1, span // 3)
    if mod == "START":
        return a, a + dt.timedelta(days=third - 1)
    if mod == "END":
        return b - dt.timedelta(days=third - 1), b
    mid = a + dt.timedelta(days=third)
    return mid, min(b, mid + dt.timedelta(days=third - 1))


def add_months(d: dt.date, n: int) -> dt.date:
    """``d`` moved by ``n`` calendar months (the day clipped to the month's length)."""
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def shift_date(d: dt.date, n: float, unit: str) -> dt.date:
    """``d`` moved by ``n`` units (fractions such as half a century are allowed)."""
    unit = unit_name(unit)
    n = n * UNIT_FACTOR.get(unit, 1)
    if unit == "day":
        return d + dt.timedelta(days=round(n))
    if unit in ("week", "fortnight"):
        return d + dt.timedelta(days=round(7 * n))
    months = {"month": 1, "year": 12, "decade": 120, "century": 1200}.get(unit)
    return add_months(d, round(months * n)) if months else d


def to_date(value: object) -> dt.date | None:
    """A date from an ISO string, date or datetime; None when empty or unreadable."""
    if value is None or value == "" or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def timex_value(gran: str, a: dt.date, extra: str = "") -> str:
    """TIMEX3 value of an interval starting at ``a`` with granularity ``gran``."""
    if gran == "day":
        return a.isoformat()
    if gran == "month":
        return f"{a.year:04d}-{a.month:02d}"
    if gran == "year":
        return f"{a.year:04d}"
    if gran == "week":
        y, w, _ = a.isocalendar()
        return f"{y:04d}-W{w:02d}" + extra
    if gran == "decade":
        return f"{a.year // 10:03d}"
    if gran == "century":
        return f"{a.year // 100:02d}"
    return a.isoformat()


def interval_of(gran: str, a: dt.date) -> tuple[dt.date, dt.date]:
    """First and last day of the ``gran`` (day ... century) that contains ``a``."""
    if gran == "day":
        return a, a
    if gran == "week":
        s = a - dt.timedelta(days=a.weekday())
        return s, s + dt.timedelta(days=6)
    if gran == "month":
        return dt.date(a.year, a.month, 1), month_end(a.year, a.month)
    if gran == "year":
        return dt.date(a.year, 1, 1), dt.date(a.year, 12, 31)
    if gran == "decade":
        y = a.year // 10 * 10
        return dt.date(y, 1, 1), dt.date(y + 9, 12, 31)
    if gran == "century":
        y = a.year // 100 * 100
        return dt.date(y, 1, 1), dt.date(y + 99, 12, 31)
    return a, a


def nearest_year(intervals: dict[int, tuple[dt.date, dt.date]], ref: dt.date, tense: str,
                  past_weight: float) -> int:
    """The candidate year whose interval lies nearest ``ref``: days before ``ref`` cost
    ``past_weight`` each, days after it the tense's forward cost; ``ref.year`` if none."""
    best, best_cost = ref.year, None
    for y, (a, b) in intervals.items():
        if b < ref:
            cost = (ref - b).days * past_weight
        elif a > ref:
            cost = (a - ref).days * FORWARD_COST.get(tense, 1.5)
        else:
            cost = 0
        if best_cost is None or cost < best_cost:
            best, best_cost = y, cost
    return best


def pick_year(month: int, day: int | None, ref: dt.date, tense: str,
               mod: str = "") -> int:
    """The year that puts a year-less month/day nearest ``ref`` (wrong side counts 1.5x)."""
    intervals: dict[int, tuple[dt.date, dt.date]] = {}
    for y in (ref.year - 1, ref.year, ref.year + 1):
        if day:
            try:
                intervals[y] = (dt.date(y, month, day),) * 2
            except ValueError:
                continue
        else:
            intervals[y] = apply_mod(dt.date(y, month, 1), month_end(y, month), mod)
    return nearest_year(intervals, ref, tense, 1.5 if tense == "future" else 1.0)


def weekday_year(year: int, month: int, day: int, weekday: int) -> int:
    """The year nearest ``year`` (within six) in which ``day``/``month`` falls on ``weekday``
    (``Tuesday 19 March`` fixes the year); ``year`` itself when none does."""
    for delta in (0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6):
        try:
            if dt.date(year + delta, month, day).weekday() == weekday:
                return year + delta
        except ValueError:
            continue
    return year


def pick_season_year(season: str, ref: dt.date, tense: str) -> int:
    """The year of a year-less season nearest ``ref``; in a future clause never a past one."""
    intervals = {y: season_interval(y, season) for y in (ref.year - 1, ref.year, ref.year + 1)}
    return nearest_year(intervals, ref, tense, 1000.0 if tense == "future" else 1.0)


def clock_time(f: dict, pod: str | None) -> tuple[int | None, int]:
    """(hour, minute) of a clock-time match (``10.30pm``, ``noon``, ``at four``)."""
    if "nm" in f:
        return (24, 0) if f["nm"].lower() == "midnight" else (12, 0)
    raw = f.get("h") or f.get("hw")
    if raw is None:
        return None, 0
    h = int(raw) if raw.isdigit() else int(number_value(raw) or 0)
    mi = int(f.get("mi") or 0)
    if f.get("mw"):  # "half past nine", "a quarter to six"
        words = f["mw"].lower().split()[-1]
        mi = 30 if words == "half" else 15 if words == "quarter" else int(
            number_value(re.sub(r"[-\s]+", " ", f["mw"].lower())) or 0)
        if f.get("dir", "").lower() == "to":
            h, mi = (h - 1) or 12, 60 - mi
    ap = (f.get("ap") or "").lower().replace(".", "")
    if ap == "pm" and h < 12:
        h += 12
    elif ap == "am" and h == 12:
        h = 0
    elif not ap and pod and pod.lower() in ("afternoon", "evening", "night") and h < 12:
        h += 12
    elif not ap and not pod and "hw" in f and 1 <= h <= 6:
        h += 12  # "at one o'clock", "at four": office hours, not the small hours
    return h, mi


def clock_suffix(f: dict, pod: str | None) -> str | None:
    """The time part of a TIMEX3 value for a clock-time match: ``HH:MM``, or ``MI`` for
    ``midday`` (TimeML's part-of-day code for mid-day; ``noon`` is ``12:00``), the part-of-day
    code of a bare part of day (``AF`` for ``mid afternoon``); None when the
    match names no hour."""
    if f.get("nm", "").lower() == "midday":
        return "MI"
    if "pday" in f:  # a bare part of day ("by mid afternoon"): TimeML's part-of-day code
        return PART_OF_DAY[f["pday"].lower()]
    # ("six in the morning": the part of day joined to the clock time settles its hour)
    hh, mm = clock_time(f, pod or f.get("cpod"))
    return None if hh is None else f"{hh:02d}:{mm:02d}"

