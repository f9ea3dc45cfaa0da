"""Resolution of relative expressions, durations and sets.

One function per candidate kind (see :data:`helpers.instruments.timeline.resolver.RESOLVERS`):
deictic (``last week``), anaphoric (``a week later``), ``then``, PRESENT/PAST/FUTURE_REF words,
durations and sets.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from helpers.core.vocabulary import MONTH_NUMBERS, WEEKDAYS
from helpers.instruments.timeline.dates import (
    apply_mod,
    interval_of,
    month_end,
    season_interval,
    shift_date,
    timex_value,
)
from helpers.instruments.timeline.grammar import (
    ORDINALS,
    PART_OF_DAY,
    SEASONS,
    UNIT_CODE,
    UNIT_FACTOR,
    mod_of,
    number_value,
    unit_name,
)
from helpers.instruments.timeline.records import Candidate, Resolution
from helpers.instruments.timeline.resolve_period import (
    compares,
    year_before_period,
)

#: units whose "the past <unit>" names one calendar unit in TimeML's reading (a day or an
#: hour is read as a stretch; a quarter needs the reporting period of ``resolve_period``; "the
#: past century" is as often the hundred years before as the calendar century)
_CALENDAR_UNITS = ("week", "month", "year", "decade")

if TYPE_CHECKING:  # the resolver imports this module to dispatch
    from helpers.instruments.timeline.resolver import Resolver


def speech_reference(ctx: Resolver, block: int, pos: int, in_quote: bool) -> tuple[
        dt.date | None, str, str]:
    """The deictic centre of an expression: inside a quotation, the day the words were
    reported spoken (the narrative day before it, when that day is known and not after
    publication: anchor ``speech``), else the publication date (``publication``)."""
    if in_quote and ctx.speech_day_now is not None and (
            ctx.pub is None or ctx.speech_day_now <= ctx.pub):
        # '"... yesterday ...," the mayor said on Monday': the clause after the quotation
        # names the day it was spoken
        ctx.from_speech.add(pos)
        return ctx.speech_day_now, "speech", ctx.speech_day_now.isoformat()
    if in_quote:
        # not a day itself counted from the speech time ("Yesterday ... last week")
        an = ctx.narrative(block, pos, finest="day", skip=ctx.from_speech, scene=True)
        if an is not None and an.gran == "day" and (ctx.pub is None or an.first_day <= ctx.pub):
            ctx.from_speech.add(pos)
            return an.first_day, "speech", an.value
    return ctx.publication_reference()


def _stretch(ctx: Resolver, unit: str, rel: str, block: int, pos: int,
             in_quote: bool) -> Resolution:
    """``the past <unit>`` without a count: the stretch of one unit (a DURATION); in the
    TIMEX3 column, for a calendar unit looking back, the unit before the DCT (or the speech
    day) as a DATE, TimeML's newswire reading (TimeBank 4 of 4: ``over the past year`` 1997
    in 1998, ``in the last decade`` 198)."""
    res = Resolution("DURATION", f"P1{UNIT_CODE[unit]}", "", "duration")
    if unit in _CALENDAR_UNITS and rel in ("last", "past"):
        ref, _, _ = speech_reference(ctx, block, pos, in_quote)
        if ref is not None:
            res.timex3_type = "DATE"
            res.timex3_value = timex_value(unit, shift_date(ref, -1, unit))
    return res


def resolve_deictic(ctx: Resolver, c: Candidate, text: str, clause: str,
                    in_quote: bool, block: int) -> Resolution:
    """An expression pointing from the time of writing (``last week``, ``two years ago``,
    ``yesterday``)."""
    f = c.fields
    pos = c.start
    if "rel" in f:
        # last | next | this | past | coming | the ("by year-end" has none: the)
        rel = (f["rel"].lower().split() or ["the"])[-1]
        what = f["what"]
        wl = what.lower()
        if rel == "the":  # "the end of the year": this year, or the narrative's
            ref, anchor, av = ctx.year_reference(block, pos, clause)
            if ref is None:
                return Resolution("DATE", "XXXX", mod_of(f.get("mod")), "", anchor="none")
            a, b = interval_of(wl, ref)
            mod = mod_of(f.get("mod"))
            return Resolution("DATE", timex_value(wl, ref), mod, wl, *apply_mod(a, b, mod),
                              anchor, av)
        prev_century = rel == "last" and wl in ("decade", "century") and re.search(
            r"\b(?:of|through|throughout|during)\s+$", text[max(0, pos - 14):pos])
        if len(f["rel"].split()) > 1 and wl in UNIT_CODE and not prev_century \
                and rel != "current":
            # ("the wars of the last century" is the previous century, a date)
            # "the past decade", "over the next year": a stretch of time, not a date
            return _stretch(ctx, wl, rel, block, pos, in_quote)
        ref, anchor, av = (speech_reference(ctx, block, pos, in_quote) if wl in UNIT_CODE
                           else ctx.publication_reference())
        if ref is None:
            return Resolution("DATE", "XXXX", "", "", anchor="none")
        step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
        if wl in ("morning", "afternoon", "evening", "night"):
            d = ref + dt.timedelta(days=min(step, 0))
            return Resolution("TIME", f"{d.isoformat()}T{PART_OF_DAY[wl]}", "", "time", d, d,
                              anchor, av)
        if wl == "weekend" and rel == "this" and clause == "past" and ref.weekday() < 5:
            step = -1  # "marched this weekend" written on a weekday: the weekend just gone
        if wl in UNIT_CODE or wl == "weekend":
            unit = "week" if wl == "weekend" else wl
            d = shift_date(ref, step, unit)
            gran = unit
            a, b = interval_of(gran, d)
            if wl == "weekend":
                a = a + dt.timedelta(days=5)
                return Resolution("DATE", timex_value("week", d, "-WE"), "", "week", a, b,
                                  anchor, av)
            mod = mod_of(f.get("mod"))
            return Resolution("DATE", timex_value(gran, d), mod, gran, *apply_mod(a, b, mod),
                              anchor, av)
        if wl in SEASONS:
            s = SEASONS[wl]
            cur = [y for y in (ref.year - 1, ref.year)
                   if season_interval(y, s)[0] <= ref]
            if step < 0:
                ys = [y for y in (ref.year - 2, ref.year - 1, ref.year)
                      if season_interval(y, s)[1] < ref]
                y = max(ys)
            elif step > 0:
                ys = [y for y in (ref.year, ref.year + 1) if season_interval(y, s)[0] > ref]
                y = min(ys)
            else:  # "this autumn": the one of the current year (winter: the one under way)
                y = max(cur) if cur and season_interval(max(cur), s)[1] >= ref else \
                    (ref.year - 1 if s == "WI" and ref.month <= 3 else ref.year)
            a, b = season_interval(y, s)
            return Resolution("DATE", f"{y:04d}-{s}", "", "season", a, b, anchor, av)
        if wl in MONTH_NUMBERS:
            m = MONTH_NUMBERS[wl]
            if step < 0:
                y = ref.year if m < ref.month else ref.year - 1
            elif step > 0:
                y = ref.year if m > ref.month else ref.year + 1
            else:  # "this September": the one of the current year, whatever the tense
                y = ref.year
            a, b = dt.date(y, m, 1), month_end(y, m)
            return Resolution("DATE", f"{y:04d}-{m:02d}", "", "month", a, b, anchor, av)
        if wl in WEEKDAYS:
            t = WEEKDAYS.index(wl)
            s = step or (1 if clause == "future" else -1)
            d = ref + dt.timedelta(days=s)
            while d.weekday() != t:
                d += dt.timedelta(days=s)
            return Resolution("DATE", d.isoformat(), "", "day", d, d, anchor, av)
        return Resolution("DATE", "XXXX", "", "", anchor="none")
    if "unit" in f:  # N units ago
        n = number_value(f["n"])
        unit = unit_name(f["unit"])
        ref, anchor, av = speech_reference(ctx, block, pos, in_quote)
        if n is None or ref is None:
            return Resolution("DATE", "PAST_REF", "", "ref")
        if (n == 1 and unit == "year" and "q" not in f and f.get("dir", "ago").lower() == "ago"
                and compares(text, c.start, c.end)):
            ctx.comparisons.add(c.start)  # never the anchor of a later expression
            if ctx.quarter is not None:
                return year_before_period(ctx)  # "profit fell from $5m a year ago"
        gran = {"second": "day", "minute": "day", "hour": "day",
                "fortnight": "week"}.get(unit, unit)
        if gran == "decade" or (n != int(n) and gran == "century"):
            gran = "year"  # "a decade ago", "half a century ago": a year
        sign = -1 if f.get("dir", "ago").lower() == "ago" else 1  # "a century from now"
        d = shift_date(ref, sign * n, unit) if unit not in ("second", "minute", "hour") else ref
        a, b = interval_of(gran, d)
        q = re.sub(r"\s+", " ", f.get("q", "").strip().lower())
        mod = ("APPROX" if q in ("about", "around", "roughly", "some") else
               "LESS_THAN" if q in ("nearly", "almost", "less than", "under", "just", "barely")
               else "MORE_THAN" if q in ("more than", "over", "at least") else "")
        return Resolution("DATE", timex_value(gran, d), mod, gran, a, b, anchor, av)
    return _day_word(ctx, f, pos, in_quote, block)


#: the parts of day a "mid-afternoon yesterday" may name (the grammar's ``ppod`` group)
_PART_WORD_RE = re.compile(r"(?i)morning|afternoon|evening")


def _day_word(ctx: Resolver, f: dict, pos: int, in_quote: bool, block: int) -> Resolution:
    """``yesterday``, ``today``, ``tomorrow``, ``tonight`` (with ``the day before``, a part
    of day after or before them: ``yesterday afternoon``, ``mid-afternoon yesterday``)."""
    word = f["what"].lower()
    offset = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}[word]
    if "dba" in f:  # the day before yesterday, the day after tomorrow
        offset += -1 if "before" in f["dba"].lower() else 1
    # a quote is spoken on a day already reported, never on a scheduled future one
    ref, anchor, av = speech_reference(ctx, block, pos, in_quote)
    if ref is None:
        return Resolution("DATE", "XXXX-XX-XX", "", "day")
    d = ref + dt.timedelta(days=offset)
    pod = "night" if word == "tonight" else f.get("pod")
    mod = ""
    if "ppod" in f:  # "mid-afternoon yesterday": the part of day, its modifier the mod
        pod, mod = _PART_WORD_RE.search(f["ppod"]).group(0), mod_of(f["ppod"])
    if pod:
        return Resolution("TIME", f"{d.isoformat()}T{PART_OF_DAY[pod.lower()]}", mod, "time", d,
                          d, anchor, av)
    return Resolution("DATE", d.isoformat(), mod_of(f.get("mod")), "day", d, d, anchor, av)


def _shifted_from(an_first: dt.date, an_last: dt.date, n: float, unit: str,
                  coarser: bool) -> dt.date:
    """The day ``n`` units after an anchor (before when ``n`` < 0). An anchor coarser than the
    result's unit (``the day before`` after ``July 2008``) stands for an unknown day of its
    interval: the shift is counted from the interval's middle, so that the result lands in the
    period holding most of the shifted interval (July, not June, as counting from July 1 gave);
    a finer anchor is shifted from its first day as before."""
    base = an_first + (an_last - an_first) // 2 if coarser else an_first
    return shift_date(base, n, unit)


def resolve_anaphoric(ctx: Resolver, c: Candidate, text: str, clause: str,
                      in_quote: bool, block: int) -> Resolution:
    """An expression pointing from the time of the story (``the following day``, ``a week
    later``, ``that night``)."""
    f = c.fields
    what = f.get("what", f.get("unit", f.get("season", ""))).lower().rstrip("s")
    finest = {"morning": "day", "afternoon": "day", "evening": "day", "night": "day",
              "day": "day", "week": "week", "weekend": "week", "month": "month",
              "year": "year", "spring": "year", "summer": "year", "autumn": "year",
              "winter": "year"}.get(what, "")
    an, kind = ctx.anaphor_reference(block, c.start, finest, skip=ctx.comparisons)
    if "unit" in f:  # "a week later", "two years earlier"
        n = number_value(f["n"]) if "n" in f else None
        unit = unit_name(f["unit"])
        if n == 1 and unit == "year" and f["dir"].lower() == "earlier" and compares(
                text, c.start, c.end):
            # a comparison of figures: with the current reporting period, never with the
            # result of an earlier comparison ("a year earlier ... a year earlier")
            ctx.comparisons.add(c.start)
            if ctx.quarter is not None:
                return year_before_period(ctx)
            an, kind = ctx.anaphor_reference(block, c.start, finest, skip=ctx.comparisons)
        if an is None:
            return Resolution("DATE", "XXXX", "", "", anchor="none")
        sign = -1 if f["dir"].lower() in ("earlier", "before") else 1  # later, on
        if n is None:
            # "months later", "a few years earlier": a typical amount, reported at a
            # coarser granularity (hours -> the day, days/weeks -> the month, months -> the
            # year, years -> the decade, decades -> the century)
            typical = {"second": (0, "day"), "minute": (0, "day"), "hour": (0, "day"),
                       "day": (3, "month"), "week": (3, "month"), "fortnight": (2, "month"),
                       "month": (6, "year"), "year": (5, "decade"),
                       "decade": (3, "century"), "century": (2, "century")}
            k, gran = typical.get(unit, (1, "year"))
            d = shift_date(an.first_day, sign * k, unit) if k else an.first_day
            a, b = interval_of(gran, d)
            return Resolution("DATE", timex_value(gran, d), "", gran, a, b, kind, an.value)
        # counted from a day, weeks land on a day; the result is never finer than the anchor
        gran = {"second": "day", "minute": "day", "hour": "day", "week": "day",
                "fortnight": "day"}.get(unit, unit)
        if gran == "decade" or (n != int(n) and gran == "century"):
            gran = "year"  # "a decade later", "half a century later": a year
        order = ["day", "week", "month", "year", "decade", "century"]
        natural = gran
        if an.gran in order and order.index(an.gran) > order.index(gran):
            gran = an.gran
        if an.gran == "season" and gran in ("day", "week"):
            gran = "month"
        # the anchor is coarser than the result would be: an unknown day of it is shifted
        d = (_shifted_from(an.first_day, an.last_day, sign * n, unit, gran != natural)
             if unit not in ("second", "minute", "hour") else an.first_day)
        a, b = interval_of(gran, d)
        return Resolution("DATE", timex_value(gran, d), "", gran, a, b, kind, an.value)
    if "season" in f:
        s_code = SEASONS[f["season"].lower()]
        if an is None:
            return Resolution("DATE", f"XXXX-{s_code}", "", "season")
        w = f["w"].lower()
        y = an.first_day.year + (1 if ("following" in w or "next" in w) else
                         -1 if "previous" in w else 0)
        a, b = season_interval(y, s_code)
        return Resolution("DATE", f"{y:04d}-{s_code}", "", "season", a, b, kind, an.value)
    what = f["what"].lower()
    if an is None:
        if what == "time":
            return Resolution("DATE", "PAST_REF", "", "ref")
        return Resolution("DATE", "XXXX", "", "", anchor="none")
    if what == "time":
        return Resolution("DATE", an.value, "", an.gran, an.first_day, an.last_day, kind, an.value)
    w = f.get("w", "").lower()
    step = 0
    if any(k in w for k in ("following", "next")) or f.get("dir", "").lower() == "after":
        step = 1
    elif any(k in w for k in ("previous", "preceding")) or f.get("dir", "").lower() == \
            "before":
        step = -1
    unit = "day" if what in PART_OF_DAY else ("week" if what == "weekend" else what)
    order = ["day", "week", "month", "year"]
    gran = unit
    if an.gran in order and order.index(an.gran) > order.index(gran):
        gran = an.gran  # "that night" after "April 2002": April 2002
    d = _shifted_from(an.first_day, an.last_day, step, unit, gran != unit)
    if what in PART_OF_DAY:
        base = d.isoformat() if an.gran == "day" else (
            f"{timex_value(an.gran, an.first_day)}-XX" if an.gran == "month" else
            f"{timex_value(an.gran, an.first_day)}-XX-XX" if an.gran == "year" else "XXXX-XX-XX")
        a, b = interval_of("day", d) if an.gran == "day" else (an.first_day, an.last_day)
        return Resolution("TIME", f"{base}T{PART_OF_DAY[what]}", "", "time", a, b, kind, an.value)
    if gran == "season":
        return Resolution("DATE", an.value, "", "season", an.first_day, an.last_day, kind, an.value)
    a, b = interval_of(gran, d)
    extra = "-WE" if what == "weekend" else ""
    # TimeML writes the unknown finer parts as X ("the next day" of 1990: 1990-XX-XX); the
    # project row keeps the anchor's granularity and interval
    missing = {("day", "month"): "-XX", ("day", "year"): "-XX-XX",
               ("month", "year"): "-XX"}.get((unit, gran), "")
    return Resolution("DATE", timex_value(gran, d, extra), "", gran, a, b, kind, an.value,
                      timex3_value=timex_value(gran, d) + missing if missing else "")


def resolve_then(ctx: Resolver, c: Candidate, text: str, clause: str,
                 in_quote: bool, block: int) -> Resolution:
    """``then`` meaning at that time: the narrative reference, else PAST_REF."""
    an = ctx.narrative(block, c.start)
    if an is None:
        return Resolution("DATE", "PAST_REF", "", "ref")
    return Resolution("DATE", an.value, "", an.gran, an.first_day, an.last_day, "narrative",
                      an.value)


def resolve_month_of_deictic_year(ctx: Resolver, c: Candidate, text: str, clause: str,
                                  in_quote: bool, block: int) -> Resolution:
    """A month or season of a year named from publication (``January this year``, ``June last
    year``): one expression at the month's (season's) granularity, as TimeML tags it."""
    f = c.fields
    ref, anchor, av = ctx.publication_reference()
    if ref is None:
        return Resolution("DATE", "XXXX", "", "", anchor="none")
    y = ref.year + {"last": -1, "next": 1}.get(f["rel"].lower(), 0)
    w = f["mon"].lower()
    if w in MONTH_NUMBERS:
        m = MONTH_NUMBERS[w]
        return Resolution("DATE", f"{y:04d}-{m:02d}", "", "month", dt.date(y, m, 1),
                          month_end(y, m), anchor, av)
    s = SEASONS[w]
    return Resolution("DATE", f"{y:04d}-{s}", "", "season", *season_interval(y, s), anchor, av)


def resolve_reference_word(ctx: Resolver, c: Candidate, text: str, clause: str,
                           in_quote: bool, block: int) -> Resolution:
    """``now``, ``recently``, ``the future`` ...: PRESENT_REF, PAST_REF or FUTURE_REF."""
    t = re.sub(r"\s+", " ", text[c.start:c.end].lower())
    if t in ("now", "currently", "nowadays", "presently", "the moment", "modern times",
             "these days", "present", "today", "this day") or t.startswith("the present"):
        return Resolution("DATE", "PRESENT_REF", "", "ref")
    if "future" in t or t in ("soon", "eventually", "ahead") or t.endswith("term") or \
            t.startswith("coming"):
        return Resolution("DATE", "FUTURE_REF", "", "ref")
    return Resolution("DATE", "PAST_REF", "", "ref")


def resolve_generation(ctx: Resolver, c: Candidate, text: str, clause: str,
                       in_quote: bool, block: int) -> Resolution:
    """``in a generation``, ``for generations``: a vague span of years."""
    return Resolution("DURATION", "PXY", "", "duration")


def resolve_vague_duration(ctx: Resolver, c: Candidate, text: str, clause: str,
                           in_quote: bool, block: int) -> Resolution:
    """``for a while``, ``for a lengthy period``: a stretch of unknown amount and unit
    (``PXX``, TimeBank 2 of 2)."""
    return Resolution("DURATION", "PXX", "", "duration")


def resolve_duration(ctx: Resolver, c: Candidate, text: str, clause: str,
                     in_quote: bool, block: int) -> Resolution:
    """A duration (``four years``, ``nearly two decades``, ``half an hour``)."""
    f = c.fields
    unit = unit_name(f["unit"])
    code = UNIT_CODE.get(unit, "Y")
    q = re.sub(r"\s+", " ", f.get("q", "").strip().lower())
    nt = re.sub(r"\s+", " ", (f.get("n") or f.get("n2") or f.get("n3", "")).strip().lower())
    n = number_value(nt) if nt else (1 if q == "another" else None)
    whole = text[c.start:c.end].lower()
    if n is not None and re.search(r"and a half|\d\s+1/2|\d\s?½", whole):  # "2 1/2 years"
        n += 0.5
    if n is not None:
        n = n * UNIT_FACTOR.get(unit, 1)
    mod = ""
    if q == "no more than":  # TimeML mod EQUAL_OR_LESS, not MORE_THAN ("more than" inside it)
        mod = "EQUAL_OR_LESS"
    elif q in ("no less than", "no fewer than"):
        mod = "EQUAL_OR_MORE"
    elif q in ("nearly", "almost", "less than", "fewer than", "under", "up to", "just under",
             "at most", "barely"):
        mod = "LESS_THAN"
    elif q in ("about", "around", "roughly", "approximately", "some"):
        mod = "APPROX"
    elif q in ("over", "more than", "at least"):
        mod = "MORE_THAN"
    if n is None:
        amount = "X"
    elif n != int(n):
        # half units: express in the next smaller unit where there is one
        if unit == "hour":
            return Resolution("DURATION", f"PT{int(n * 60)}M", mod, "duration")
        if unit == "year":
            return Resolution("DURATION", f"P{int(n * 12)}M", mod, "duration")
        if unit == "day":
            return Resolution("DURATION", f"PT{int(n * 24)}H", mod, "duration")
        if unit in ("decade", "century"):  # half a century: P50Y
            years = int(n * (10 if unit == "decade" else 100))
            return Resolution("DURATION", f"P{years}Y", mod, "duration")
        amount = f"{n:g}"
    else:
        amount = str(int(n))
    t = "T" if unit in ("second", "minute", "hour") else ""
    return Resolution("DURATION", f"P{t}{amount}{code}", mod, "duration")


def resolve_set(ctx: Resolver, c: Candidate, text: str, clause: str,
                in_quote: bool, block: int) -> Resolution:
    """A recurrence (``every week``, ``on Sundays``, ``annually``, ``£5 an hour``)."""
    f = c.fields
    if "adv" in f:
        code = {"daily": "P1D", "weekly": "P1W", "fortnightly": "P2W", "monthly": "P1M",
                "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
                "nightly": "P1D"}[f["adv"].lower()]
        return Resolution("SET", code, "", "set")
    what = f["what"].lower()
    if f.get("ofmonth"):
        return Resolution("SET", "P1M", "", "set")  # "every second Thursday of the month"
    if what.capitalize() in [w.capitalize() for w in WEEKDAYS]:
        return Resolution("SET", f"XXXX-WXX-{WEEKDAYS.index(what) + 1}", "", "set")
    if what in PART_OF_DAY:
        return Resolution("SET", f"XXXX-XX-XXT{PART_OF_DAY[what]}", "", "set")
    if what in SEASONS:
        return Resolution("SET", f"XXXX-{SEASONS[what]}", "", "set")
    if what == "weekend":
        return Resolution("SET", "XXXX-WXX-WE", "", "set")
    unit = unit_name(what)
    n = f.get("n", "").lower()
    k = 2 if n == "other" else (ORDINALS.get(n) or number_value(n) if n else 1)
    k = int((k or 1) * UNIT_FACTOR.get(unit, 1))
    t = "T" if unit in ("second", "minute", "hour") else ""
    return Resolution("SET", f"P{t}{k}{UNIT_CODE.get(unit, 'Y')}", "", "set")
