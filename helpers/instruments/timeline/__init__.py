"""Temporal expressions: find them, normalise them to TIMEX3 values, and date the events.

Why our own extractor: there is no temporal tagger in the environment, and general date parsers
(``dateparser.search_dates``) turn bare numbers and small words into dates. This module is a
regular-expression grammar that only accepts a number as a year in a temporal context, followed
by a resolver that keeps a *reference time* while it reads an article from top to bottom.

What is found (one row per expression)
--------------------------------------
* Calendar dates, full or partial, UK and US order: ``5 December 1949``, ``March 22, 2019``,
  ``Sept. 30``, ``23 February``, ``April 2002``, ``Monday 20 March``, ``2019-03-14``,
  ``14/03/2019`` (day first unless the second number cannot be a month), day ranges (``April
  17-18``), ``the second Tuesday in November``, quarters and halves (``the second quarter of
  2019``, ``Q3 2018``, ``the first half of the year``), ``the summer of '46``, ``in '97``.
* Years only in a temporal context: after a preposition (``in``, ``since``, ``by``, ``until``,
  ``of``, ``during``, ``from``, ``between`` ...), after a month or season, in a range or in
  brackets, as a modifier (``the 2016 referendum``, ``post-2008``), opening a sentence as its
  subject (``2016 was ...``) or listed after a year (``in 2005, 2010 and 2015``). Never money
  (``£1,975``), counts (``600,000``, ``85 carloads``), speeds, percentages or ages; a number
  followed by a plural noun (``by 2000 votes``) is not a year, nor is one in a name (``the 1922
  Committee``).
* Decades (``the 1990s``, ``the '80s``, ``the ’80s``, ``the eighties``, ``the Sixties``) and
  centuries (``the 19th century``, ``the 1800s``); ranges (``2001-2003``, ``between 2001 and
  2015``, ``from 1972 to 1976``); seasons (``summer 2002``, ``the summer of 2002``, ``last
  summer``); parts with ``early``/``mid``/``late``/``the end of`` (``late 2002``, ``early
  October``, ``the early 1990s``, ``early on in 2002``); ``the week of 11 September 2001``.
* Composite expressions are one row: a finer piece followed by ``on``/``in``/``of``/``,`` and a
  coarser one (``seven on a Sunday morning in late September``, ``10am on Monday``,
  ``Friday, March 3``, ``7 a.m. on Election Day``), or a day followed by its time (``Tuesday at
  7 p.m.``, ``March 3 at 10am``). Holidays: fixed-date ones (``Christmas
  Eve``, ``New Year's Day``, ``Bonfire Night``), Easter-based ones (``Good Friday``), US
  Thanksgiving and Election Day; not when part of a name (``the Good Friday agreement``).
* Relative expressions: deictic ones, which point from the time of writing (``last week``,
  ``next year``, ``this summer``, ``this past weekend``, ``last Thursday``, ``two years ago``,
  ``less than a year ago``, ``a century from now``, ``yesterday``, ``today``, ``tonight``,
  ``over the weekend``, ``the end of the year``, a bare weekday as in ``said Friday``), and
  anaphoric ones, which point from the time of the story (``the following day``, ``a week
  later``, ``months later``, ``two decades on``, ``that night``, ``that same year``, ``this
  very day``, ``later that day``, ``earlier in the day``, ``at the time``, ``then`` in ``since
  then`` / ``Then, the ...`` / ``X, then a member of ...``).
* ``now``, ``currently``, ``at present``, ``these days``, ``today`` in ``of today`` / ``even
  today``, ``recently``, ``formerly``, ``once`` (``she once was``), ``years ago``, ``in recent
  years``, ``the past``, ``the future``, ``in future``, ``soon``, ``the long term``, ``for the
  moment``, clause-final ``before`` and ``ahead``: PRESENT_REF, PAST_REF, FUTURE_REF.
* Durations with digits or number words (``four years``, ``three decades``, ``30 years``,
  ``a decade``, ``nearly two decades``, ``a few months``, ``these critical weeks``, ``the coming
  weeks``, ``for decades``, ``an hour``, ``half a century``, ``a year and a half``, ``a
  10-year plan``); ``N years old`` and ``-year-old`` are ages, not durations.
* Fiscal years: ``fiscal 2025``, ``fiscal year 2023``, ``FY2019``, ``FY24`` (value: the year),
  ``the fiscal year`` (the one just named, else the one containing publication), ``next fiscal
  year``, ``the end of the fiscal year`` (its last day when the article defines the fiscal year,
  ``runs from July 1 to June 30`` / ``ends Sept. 30``; else the year with mod END). Year-less day
  ranges (``from July 1 to June 30``: ``XXXX-07-01/XXXX-06-30`` when it defines a recurring
  period, else resolved) and month ranges (``from March 2001 through June 2003``).
* ``in a generation``, ``for generations``: DURATION ``PXY``.
* Sets: ``every week``, ``every other Monday``, ``every third Thursday``, ``weekly``,
  ``every Sunday``, ``on Sundays``, ``weekends``, ``annually``, ``once a year``, rates such as
  ``1,500 tonnes a day`` or ``$5 per week``.
* Clock times: ``10am``, ``10.30pm``, ``at seven on ...``, ``1105 GMT``, ``noon``,
  ``midnight``; a bare clock time takes the day mentioned just before it, if any.

Values (TIMEX3, the conventions of ``data/annotations/timex.csv``)
--------------------------------------------------------------------
``type`` is DATE, TIME, DURATION or SET. ``value``: days ``YYYY-MM-DD``, months ``YYYY-MM``,
years ``YYYY``, decades ``YYY`` (the 1990s -> ``199``), centuries ``YY`` (the 19th century ->
``18``; "the 1800s" is a century too), seasons ``YYYY-SP|SU|FA|WI``, ISO weeks ``YYYY-Www``
(weekend ``YYYY-Www-WE``), quarters and halves ``2019-Q2``, ``2019-H1``, ranges ``2001/2003``
and ``2019-04-17/2019-04-18``; times ``YYYY-MM-DDTHH:MM`` or with a part of day
``TMO|TAF|TEV|TNI``; unknown parts are ``X`` (``XXXX-04-23`` when no year can be inferred).
``early/mid/late X`` has the value of X
and ``mod`` START/MID/END (late 2002 -> ``2002`` END; early October 2016 -> ``2016-10`` START).
``now``/``currently`` -> ``PRESENT_REF``; ``recently``/``the past``/``formerly`` -> ``PAST_REF``;
``in future``/``soon`` -> ``FUTURE_REF``. Durations ``P4Y``, ``P3M``, ``P2W``, ``P5D``,
``PT3H``, decades ``P3DE``, centuries ``P1CE``, vague ``PXY``; ``nearly``/``almost`` ->
``mod`` LESS_THAN, ``about``/``some`` -> APPROX, ``more than``/``at least`` -> MORE_THAN. Sets:
``P1W``, ``XXXX-WXX-7`` (every Sunday), ``P1Y``.

Anchoring (``anchor`` and ``anchor_value``)
-------------------------------------------
``absolute``: the expression names its year (``April 2002``, ``the 1990s``). ``publication``:
resolved against the article's publication date (``articles.date``; ``--date`` for plain
articles). ``narrative``: resolved against the *narrative reference time*, the nearest
preceding resolved date of the same article (a date later than the publication date serves only
clauses not in the past tense: ``a hearing on Jan. 9 ... a vote could come later that month``); a
date inside a quotation serves as reference only within its own paragraph. ``none``: durations,
sets, PRESENT/PAST/FUTURE_REF, or nothing to resolve against (then the value keeps ``X``).

* Deictic expressions (``last week``, ``yesterday``, ``two years ago``, ``last summer``) use the
  publication date. Seasons run SP 21 Mar-20 Jun, SU 21 Jun-22 Sep, FA 23 Sep-20 Dec, WI 21
  Dec-20 Mar; ``last summer`` is the most recent summer that has *ended* (written on 17
  September 2007: ``2006-SU``), ``this autumn`` the one of the current year. ``the past/last/
  next + unit`` (``over the past decade``) is a DURATION (``P1DE``). ``today``/``yesterday``
  inside a quotation use the narrative day when there is one (the day the words were spoken),
  else the publication date.
* Anaphoric expressions (``the following day``, ``a week later``, ``that night``, ``then``,
  ``at the time``) use the narrative reference: the nearest preceding date at least as fine as
  the expression needs (``that day`` looks for a day, ``that year`` for a year or finer), else
  the nearest date of any granularity, else the publication date. ``N units later`` keeps the
  precision of its anchor (``a week later`` after ``April 2002`` -> ``2002-04``; after ``11
  March 2017`` -> ``2017-03-18``).
* Year-less dates (``23 February``, ``in October``) take the year that puts them nearest the
  reference date, where a date after the reference counts 1.5 times its distance in a
  present-tense clause and 3 times in a past or present-perfect one, and a date before it 1.5
  times in a future clause (``will``, ``must``, ``may``, ``scheduled`` ...). A weekday named
  with the date fixes the year (``Tuesday 19 March`` -> a year in which 19 March is a
  Tuesday). The reference is the publication date, unless the nearest preceding narrative
  date naming a day or month lies more than a year before publication and the clause is in
  the past tense (a narrative-past context, e.g. a profile recounting April 2002).
* A bare weekday (``said Friday``) is the most recent such day on or before the publication
  date (the next one after it in a future-tense clause). When the nearest preceding narrative
  date is a day, it is the first such day on or after that day, provided that is not later
  than publication (narrative moves forward: ``on Monday night`` after a Sunday).
* Tense is read locally: the words before the expression in its clause (``said Friday``,
  ``will review ... on March 22``), or, when they carry no marker, the rest of the clause.
  A date in a citation of an earlier piece (``(news article, July 6)``) is never after
  publication.

Columns of :func:`extract_timexes`
----------------------------------
``source``, ``article_id``, ``sentence_id`` (-1 outside sentences, e.g. in a title), ``start``,
``end``, ``text``, ``type``, ``value``, ``mod``, ``granularity`` (day | week | month | quarter |
half | season | year | decade | century | time | duration | set | ref), ``interval_start``,
``interval_end`` (ISO dates, inclusive; empty when not a calendar interval), ``anchor``
(absolute | publication |
narrative | none), ``anchor_value``, ``in_quote`` (bool), ``event_text``, ``event_start``,
``event_end`` (the clause the expression dates: the part of its sentence between clause
breaks, or the whole sentence when that part is very short), ``block_kind``.

The interval of ``early/mid/late X`` is the first/middle/last third of X. :func:`find_timexes`
returns the same columns without ``source``, ``article_id``, ``sentence_id`` and ``block_kind``.
:func:`dated_events` keeps the rows with an interval and adds what a timeline figure needs;
:func:`score_timexes` and :func:`timex_errors` compare predictions with the gold annotation.

Limits: rule-based and English-only; ``then`` and ``once`` are caught only in the patterns
above; implicit references (``the day of the result``), holidays and named events (``the Iraq
war``) are not dated; anaphora is resolved to the nearest preceding date, which is wrong when
the writer jumps back to an earlier thread.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

from helpers.core.corpus import Corpus
from helpers.evaluate.metrics import by_file_name, match_spans, prf

__all__ = [
    "DATED_EVENT_COLUMNS",
    "TIMEX_COLUMNS",
    "dated_events",
    "extract_timexes",
    "find_timexes",
    "score_timexes",
    "timex_errors",
]

TIMEX_COLUMNS = [
    "source",
    "article_id",
    "sentence_id",
    "start",
    "end",
    "text",
    "type",
    "value",
    "mod",
    "granularity",
    "interval_start",
    "interval_end",
    "anchor",
    "anchor_value",
    "in_quote",
    "event_text",
    "event_start",
    "event_end",
    "block_kind",
]
_TEXT_COLUMNS = [c for c in TIMEX_COLUMNS if c not in ("source", "article_id", "sentence_id",
                                                       "block_kind")]
#: Block kinds searched for expressions (prose, plus titles and headings).
TIMEX_BLOCK_KINDS = ("title", "standfirst", "heading", "body", "list_item", "correction")

# --------------------------------------------------------------------------- vocabulary

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]
_MONTH_NUM = {m: i for i, m in enumerate(_MONTHS, start=1)}
_MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
               "sept": 9, "oct": 10, "nov": 11, "dec": 12}
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a couple of": 2, "a couple": 2, "couple of": 2, "half a": 0.5, "half an": 0.5,
}
_VAGUE_NUMBERS = ("a few", "few", "several", "many", "some", "a number of", "countless",
                  "a couple of", "numerous", "the past few", "the last few", "the next few")
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
             "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
             "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
             "twentieth": 20, "twenty-first": 21, "twenty first": 21}
_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9, "noughties": 0}
_UNIT_CODE = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W",
              "fortnight": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE"}
_UNIT_FACTOR = {"fortnight": 2}
_PART_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}

_MONTH_RE = r"(?:January|February|March|April|May|June|July|August|September|October|" \
            r"November|December)"
_MONTH_ABBR_RE = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_ANY_MONTH_RE = rf"(?:{_MONTH_RE}|{_MONTH_ABBR_RE})"
_WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR_RE = r"(?:1[0-9]{3}|20[0-9]{2})"
_DAY_RE = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_NUM_WORD_RE = (r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|"
                r"three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|"
                r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
                r"eighteen|nineteen|hundred")
_UNIT_RE = r"(?:second|minute|hour|day|week|fortnight|month|year|decade|centur(?:y|ies))s?"
_SEASON_RE = r"(?:spring|summer|autumn|winter|Spring|Summer|Autumn|Winter)"
_MOD_RE = (r"(?i:(?:the\s+)?(?:early|late|mid)(?:\s*-\s*|\s+)(?:on\s+)?(?:in\s+)?|mid-|"
           r"(?:the\s+)?(?:start|beginning|middle|end|close)\s+of\s+(?:the\s+)?)")
_PREP_RE = (r"(?:in|In|since|Since|by|By|until|Until|till|before|Before|after|After|during|"
            r"During|from|From|to|between|Between|of|around|Around|circa|c\.|through|"
            r"throughout|Throughout|year|from|and|or)")
#: Words ending in -s after a number that do not make it a count (``in 2005 was ...``).
_NOT_PLURAL = {"was", "is", "has", "his", "this", "as", "its", "us", "yes", "does", "whereas",
               "less", "unless", "thus", "plus", "always", "perhaps", "hers", "ours", "yours",
               "across", "towards", "besides", "afterwards", "upwards", "news"}

#: Words after which clause-final ``before``/``ahead`` is not a bare time reference.
_NOT_BEFORE_AHEAD = {"the", "day", "days", "week", "weeks", "night", "year", "years", "month",
                     "months", "just", "shortly", "long", "go", "went", "gone", "goes", "going",
                     "press", "pressed", "get", "got", "push", "pushed", "forge", "mile",
                     "miles", "step", "steps", "straight", "way", "lie", "lies", "lay", "far",
                     "well", "points", "point", "race", "plan", "planning", "hour", "hours",
                     "minutes", "moments", "decades", "centuries", "look", "looking", "full",
                     "right", "move", "moved", "moving", "pull", "pulled", "stay", "stayed",
                     "edge", "edged", "surge", "surged", "streets"}

_FUTURE_RE = re.compile(r"\b(?:will|shall|won['’]t|going to|is to|are to|due to|scheduled|"
                        r"plans? to|intends? to|next|upcoming|forthcoming|must|tomorrow|"
                        r"(?:is|are|was|were)\s+expected\s+to|set\s+to|poised\s+to|"
                        r"(?-i:may|might))\b|['’]ll\b", re.IGNORECASE)
_PAST_RE = re.compile(r"\b(?:was|were|had|did|said|told|went|came|met|left|took|gave|made|"
                      r"began|won|lost|ago|yesterday|last|sent|held|found|saw|wrote|spoke|got|"
                      r"ran|kept|brought|bought|thought|felt|knew|became|fell|rose|paid|led|"
                      r"sold|stood|heard|meant|built|spent|struck|chose|drew|flew|grew|threw|"
                      r"broke|forgot|fought|caught|taught|sought|won|wore|sang|sat|slept|hid|"
                      r"\w{3,}ed)\b", re.IGNORECASE)
_PERFECT_RE = re.compile(r"\b(?:have|has|['’]ve)\s+(?:\w+ly\s+|not\s+|never\s+|just\s+|"
                         r"already\s+|twice\s+|since\s+)*(?:been|had|\w+ed|\w+en|\w+t)\b",
                         re.IGNORECASE)


# --------------------------------------------------------------------------- candidates

@dataclass
class _Cand:
    """A matched expression before resolution."""

    start: int
    end: int
    kind: str  # cal | range | decade | century | deictic | anaphoric | ref | dur | set | then
    f: dict = field(default_factory=dict)
    priority: int = 0


def _year_ok(text: str, end: int) -> bool:
    """False when a year-like number is followed by a plural noun or a unit (a count)."""
    after = text[end:end + 30]
    if re.match(r"\s*(?:%|per\b|percent|mph|kph|km|kg|m\b|ft\b|,\d|\.\d|-year|[-–]\d{3,})",
                after):
        return False
    m = re.match(r"\s+([a-z]+)", after)
    if m:
        word = m.group(1)
        if word.endswith("s") and word not in _NOT_PLURAL and len(word) > 3:
            return False
        if word in {"people", "men", "women", "children", "metres", "feet", "miles",
                    "troops", "staff", "police", "sheep", "cattle"}:
            return False
    return True


def _month_num(token: str) -> int:
    t = token.lower().rstrip(".")
    return _MONTH_NUM.get(t) or _MONTH_ABBR.get(t, 0)


def _day_num(token: str) -> int:
    return int(re.match(r"\d+", token).group())


def _mod_of(token: str | None) -> str:
    if not token:
        return ""
    t = token.lower()
    if "early" in t or "start" in t or "beginning" in t:
        return "START"
    if "mid" in t or "middle" in t:
        return "MID"
    if "late" in t or "end" in t or "close" in t:
        return "END"
    return ""


def _number(token: str) -> float | None:
    """Numeric value of ``30``, ``four``, ``twenty-five``, ``a``; None for vague amounts."""
    t = token.lower().strip()
    if t.isdigit():
        return int(t)
    if t in _NUMBER_WORDS:
        return _NUMBER_WORDS[t]
    parts = re.split(r"[- ]", t)
    if len(parts) == 2 and parts[0] in _NUMBER_WORDS and parts[1] in _NUMBER_WORDS:
        return _NUMBER_WORDS[parts[0]] + _NUMBER_WORDS[parts[1]]
    return None


# Each pattern: (regex, kind, priority). Higher priority wins ties of equal length.
_P: list[tuple[re.Pattern[str], str, int]] = []


def _add(pattern: str, kind: str, priority: int = 0, flags: int = 0) -> None:
    _P.append((re.compile(pattern, flags), kind, priority))


_M = _MOD_RE
# full dates, UK and US order, optional weekday in front
_add(rf"(?P<mod>{_M})?(?:(?P<wd>{_WEEKDAY_RE}),?\s+)?(?:the\s+)?(?P<day>{_DAY_RE})\s+(?:of\s+)?"
     rf"(?P<mon>{_ANY_MONTH_RE})(?:,?\s+(?P<year>{_YEAR_RE}))?(?![\w-])", "cal", 3)
_add(rf"(?P<mod>{_M})?(?:(?P<wd>{_WEEKDAY_RE}),?\s+)?(?P<mon>{_ANY_MONTH_RE})\s+(?P<day>{_DAY_RE})"
     rf"(?:,?\s+(?P<year>{_YEAR_RE}))?(?![\w,.]?\d)(?![\w-])", "cal", 3)
_add(rf"(?P<mod>{_M})?(?P<mon>{_ANY_MONTH_RE}),?\s+(?:of\s+)?(?P<year>{_YEAR_RE})(?![\w,.]?\d)",
     "cal", 2)
_add(r"(?<![\w/.-])(?P<year>(?:1[0-9]|20)[0-9]{2})-(?P<m>0[1-9]|1[0-2])-(?P<day>[0-3][0-9])"
     r"(?![\w/-])", "cal", 3)
_add(r"(?<![\w/.-])(?P<a>[0-3]?[0-9])/(?P<b>[01]?[0-9])/(?P<year>(?:1[0-9]|20)[0-9]{2})"
     r"(?![\w/])", "cal", 3)
# bare month after a preposition or a modifier ("in October", "early October", "last March")
_add(rf"(?:\b(?:in|In|of|by|By|until|Until|till|since|Since|during|During|from|From|to|"
     rf"before|Before|after|After|through|throughout|Throughout|across|into|early|Early|late|"
     rf"Late|mid)\s+|\bmid-)"
     rf"(?P<x>(?P<mon>{_MONTH_RE}))(?![\w-])", "cal", 1)
_add(rf"(?P<mod>{_M})(?P<mon>{_MONTH_RE})(?![\w-])", "cal", 2)
# seasons
_add(rf"(?P<mod>{_M})?(?:the\s+)?(?P<season>{_SEASON_RE})(?:\s+of)?,?\s+(?P<year>{_YEAR_RE})"
     rf"(?![\w,.]?\d)", "cal", 2)
_add(rf"(?P<mod>{_M})?(?P<det>the)\s+(?P<season>{_SEASON_RE})(?![\w-])(?!\s+of\s+(?:his|her|"
     rf"their|our|my|its|life|discontent))", "cal", 1)
_add(r"\b(?:in|In|during|During|by|until|since|over|through)\s+(?P<x>(?P<season>spring|"
     r"summer|autumn|winter))(?![\w-])", "cal", 0)
# years in context
_add(rf"(?P<mod>{_M})(?P<year>{_YEAR_RE})(?![\w,.]?\d)", "cal", 2)
_add(rf"\b{_PREP_RE}\s+(?P<x>(?P<year>{_YEAR_RE}))(?![\w,.%]?\d)(?![\w%£$€])", "year", 0)
_add(rf"(?<=\()(?P<year>{_YEAR_RE})(?=\))", "year", 0)
# "the 2016 referendum" (not "the 1922 Committee": a name)
_add(rf"\b[Tt]he\s+(?P<x>(?P<year>{_YEAR_RE}))(?P<det>)(?=\s+[a-z])"
     r"(?!\s+(?:or|to|and|of|in|who|that|which|people|odd|plus)\b)", "year", 0)
_add(rf"(?<![\w£$€.,-])(?P<year>{_YEAR_RE})(?=['’]s\s)", "year", 0)
# weeks
_add(rf"(?i:the\s+week\s+(?:of|beginning|starting|commencing)\s+)(?P<day>{_DAY_RE})\s+(?:of\s+)?"
     rf"(?P<mon>{_ANY_MONTH_RE})(?:,?\s+(?P<year>{_YEAR_RE}))?(?![\w-])", "week", 4)
_add(rf"(?i:the\s+week\s+(?:of|beginning|starting|commencing)\s+)(?P<mon>{_ANY_MONTH_RE})\s+"
     rf"(?P<day>{_DAY_RE})(?:,?\s+(?P<year>{_YEAR_RE}))?(?![\w-])", "week", 4)
# ranges of years
_add(rf"(?<![\w£$€.,/-])(?P<y1>{_YEAR_RE})\s*[-–—/]\s*(?P<y2>{_YEAR_RE}|[0-9]{{2}})(?![\w%]|[.,]\d)",
     "range", 3)
_add(rf"(?P<w>[Bb]etween)\s+(?P<y1>{_YEAR_RE})\s+and\s+(?P<y2>{_YEAR_RE})(?![\w,.]?\d)",
     "range", 4)
_add(rf"(?P<w>[Ff]rom)\s+(?P<y1>{_YEAR_RE})\s+(?:to|until|till|through)\s+(?P<y2>{_YEAR_RE})"
     rf"(?![\w,.]?\d)", "range", 4)
# decades and centuries
_add(r"(?:(?P<the>the)\s+)?(?P<mod>(?:early|late|mid)(?:\s*-\s*|\s+))?(?P<dec>(?:1[0-9]|20)[0-9]0)"
     r"['’]?s(?!\w)", "decade", 2)
_add(r"(?P<the>the)\s+(?P<mod>(?:early|late|mid)(?:\s*-\s*|\s+))?['’‘](?P<d2>[0-9]0)s(?!\w)",
     "decade", 2)
_add(r"(?P<the>[Tt]he)\s+(?P<mod>(?:early|late|mid)(?:\s*-\s*|\s+))?(?P<dw>(?i:twenties|thirties|"
     r"forties|fifties|sixties|seventies|eighties|nineties|noughties))(?!\w)", "decade", 1)
_add(r"(?:(?P<the>the)\s+)?(?P<mod>(?:early|late|mid)(?:\s*-\s*|\s+))?(?P<ord>[0-9]{1,2}(?:st|nd|"
     r"rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
     r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
     r"twenty[- ]first)[- ]century(?!\w)", "century", 2, re.IGNORECASE)
# clock times
_add(r"(?<![\w.:])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5][0-9]))?\s*(?P<ap>am|pm|a\.m\.|p\.m\.)"
     r"(?!\w)", "clock", 3)
_add(r"(?<=\bat\s)(?P<h>[01]?[0-9]|2[0-3])[:.](?P<mi>[0-5][0-9])(?![\w.:]?\d)"
     r"(?!\s*(?:%|per\s*cent|percent|pc\b))", "clock", 2)  # not "at 5.25%"
_add(r"(?<=\bat\s)(?P<hw>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
     r"1[0-2]|[1-9])(?:(?P<oc>\s+o['’]clock)(?!\w)|(?=\s+(?:on|in|this|that|tonight|"
     r"yesterday|tomorrow)\b|\s+(?:a\.m\.|p\.m\.|am\b|pm\b)))", "clock", 2)
_add(r"(?<![\w-])(?P<nm>noon|midday|midnight)(?![\w-])", "clock", 1, re.IGNORECASE)
# weekdays (with an optional part of day); SET when plural
_add(rf"(?:(?P<mod>[Ee]arly|[Ll]ate)\s+|(?:[Ee]arlier|[Ll]ater)\s+)?(?P<wd>{_WEEKDAY_RE})(?P<pl>s)?"
     rf"(?:\s+(?P<pod>morning|afternoon|evening|night)(?P<pl2>s)?)?(?!\w)",
     "cal", 1)
_add(rf"[Tt]he\s+(?P<pod>morning|afternoon|evening|night)(?=\s+of\s+(?:the\s+)?(?:\d|{_WEEKDAY_RE}|"
     rf"{_MONTH_RE}|Christmas|New\s+Year|Easter|Boxing|Good\s+Friday|Election|Thanksgiving|"
     rf"Halloween|Valentine|Independence))", "cal", 0)
# deictic: last/next/this + unit, season, month, weekday
_add(rf"(?:(?P<pre>[Ee]arlier|[Ll]ater)\s+(?=this)|(?P<mod>[Ee]arly|[Ll]ate)\s+"
     rf"(?=this|next|last))?(?P<rel>[Ll]ast|[Nn]ext|[Tt]his\s+past|[Tt]his|"
     rf"[Tt]he\s+(?:past|last|next|coming))\s+(?P<what>week(?:end)?|"
     rf"month|year|decade|century|{_SEASON_RE}|fall|{_MONTH_RE}|{_WEEKDAY_RE}|morning|afternoon|"
     rf"evening|night)(?![\w-])", "deictic", 2)
_add(r"(?:(?P<dba>[Tt]he\s+day\s+(?:before|after))\s+)?(?P<what>[Yy]esterday|[Tt]oday|[Tt]omorrow|"
     r"[Tt]onight)(?:\s+(?P<pod>morning|afternoon|evening|night))?(?!\w)", "deictic", 2)
_add(rf"(?P<q>(?:nearly|almost|about|around|roughly|some|just|barely|more\s+than|less\s+than|"
     rf"over|under|at\s+least)\s+)?(?<![\d,.])(?P<n>[0-9]{{1,3}}|{_NUM_WORD_RE}|half\s+an?|an?|"
     rf"a few|a couple of|several|some|many)\s+"
     rf"(?P<unit>{_UNIT_RE})\s+(?P<dir>ago|from\s+now|hence)(?!\w)", "deictic", 4, re.IGNORECASE)
# anaphoric
_add(r"(?P<w>[Tt]he\s+(?:following|next|previous|same|preceding)|[Tt]hat(?:\s+very|\s+same)?|"
     r"[Tt]his\s+very)\s+(?P<what>day|morning|afternoon|evening|night|week|weekend|month|year)"
     r"(?![\w-])", "anaphoric", 3)
_add(r"(?P<w>[Tt]hat|[Tt]he\s+(?:following|next|previous|same))\s+(?P<season>spring|summer|autumn|"
     r"winter)(?![\w-])", "anaphoric", 3)
_add(r"(?P<w>(?:[Ll]ater|[Ee]arlier)\s+(?:that|in\s+the|the\s+same))\s+(?P<what>day|morning|"
     r"afternoon|evening|night|week|month|year)(?![\w-])", "anaphoric", 4)
_add(r"(?P<w>[Tt]he)\s+(?P<what>day|night|week|month|year)\s+(?P<dir>before|after)(?=[.,;:!?)]|\s+"
     r"(?:that|this|and|but)\b|$)", "anaphoric", 3)
_add(rf"(?<![\d,.])(?P<n>[0-9]{{1,3}}|{_NUM_WORD_RE}|half\s+an?|an?|a few|a couple of|several|some|"
     rf"many)\s+"
     rf"(?P<unit>{_UNIT_RE})\s+(?P<dir>later|earlier|afterwards|before(?=[.,;:!?)])|"
     rf"on(?=\s*[,;]|\s+from\b))",
     "anaphoric", 4, re.IGNORECASE)
_add(r"(?<=\b(?:at|At)\s)(?P<w>the|that)\s+(?P<what>time)(?![\w-])", "anaphoric", 2)
# present / past / future references
_add(r"(?<![\w'’-])(?:[Nn]ow|NOW|[Cc]urrently|[Nn]owadays|[Pp]resently(?=,))(?![\w'’-])", "ref", 1)
_add(r"\b(?:at|At|for|For)\s+(?P<x>the\s+moment)(?![\w-])", "ref", 2)
_add(r"(?:[Mm]odern|[Rr]ecent)\s+times|(?<=\b(?:at|in)\s)(?:any\s+|a\s+)?recent\s+time(?!\w)|"
     r"(?:[Tt]hese|[Tt]hose)\s+days(?!\w)", "ref", 2)
_add(r"(?<![\w-])(?:[Rr]ecently|[Ff]ormerly|[Pp]reviously|[Oo]riginally(?!\s+from\b)|[Ll]ately|"
     r"[Hh]itherto|[Nn]ewly|(?<!\bas\s)[Ss]oon(?!\s+(?:as|after|afterwards)\b)|"
     r"[Ee]ventually(?=\s+(?:will|would)))(?![\w-])", "ref", 1)
# clause-final "before" (PAST_REF) and "ahead" (FUTURE_REF): "I have heard this before."
_add(r"(?<![\w-])(?P<w>before|ahead)(?=\s*[.,;:!?)”\"]|\s*$)", "ref", 0, re.MULTILINE)
_add(r"(?:[Tt]he\s+(?:distant\s+|recent\s+|near\s+|immediate\s+)?(?:past|future)|(?<=\b(?:in|In)\s)"
     r"future)(?![\w-])(?!\s+(?:tense|perfect|generations?|plans?|government|leaders?|"
     r"prime|president|members?))", "ref", 1)
_add(r"[Tt]he\s+(?:long|short|medium)\s+term(?![\w-])", "ref", 2)
_add(r"\b(?:she|he|they|we|it|who|which|that|you|I|was|were|had|has|have|is|are)\s+"
     r"(?P<x>once)(?!\s+(?:again|more|a\b|an\b|every|per|in\s+a|or))(?![\w-])", "ref", 1)
# "then" meaning "at that time"
_add(r"\b(?:since|Since|until|Until|till|by|By|back|Back|before|from|even)\s+(?P<x>then)"
     r"(?![\w-])", "then", 2)
# "Then, the Cold War was ..." (a scene at that time), not "Then, having ..." / "Then, in ..."
_add(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s))(?P<x>Then)(?=,\s+(?:the|a|an|his|her|their|its|our|"
     r"this|that|these|those)\s)", "then", 2, re.MULTILINE)
_add(r"(?<=,\s)then(?=\s+(?:a|an|the|his|her|its|their|our|my|[A-Z]\w*['’]s)\s)", "then", 2)
# durations
_DUR_HEAD = (r"(?P<q>(?:nearly|almost|about|around|roughly|approximately|some|just|barely|"
             r"at\s+least|at\s+most|more\s+than|less\s+than|fewer\s+than|under|up\s+to|"
             r"a\s+full|fully|another|the\s+(?:past|last|next|first|final|coming))\s+)?")
_add(rf"{_DUR_HEAD}(?<![\w'’])(?P<n>(?<![\d,.£$€])[0-9]{{1,3}}(?:\.[0-9])?|{_NUM_WORD_RE}|a|an|"
     rf"half\s+an?|"
     rf"a\s+couple\s+of|a\s+few|few|several|many|some)(?:\s+and\s+a\s+half)?[-\s]"
     rf"(?P<unit>{_UNIT_RE})(?P<half>\s+and\s+a\s+half)?(?![\w-])(?!\s+(?:old|of\s+age)\b)"
     rf"(?!-old)",
     "dur", 1, re.IGNORECASE)
_add(r"(?P<q>(?:[Tt]hese|[Tt]hose|[Tt]he\s+(?:coming|next|past|last|previous|following|final|"
     r"early|first|intervening))\s+(?:(?!of\b|and\b)[a-z]+\s+)?)(?P<unit>days|weeks|months|years|decades)"
     r"(?![\w-])", "dur", 0)
# sets
_add(rf"(?P<every>[Ee]very|[Ee]ach)\s+(?:(?P<n>other|second|third|fourth|fifth|sixth|"
     rf"[0-9]{{1,2}}|{_NUM_WORD_RE})\s+)?"
     rf"(?P<what>{_UNIT_RE}|{_WEEKDAY_RE}|morning|evening|night|weekend|summer|winter|spring|"
     rf"autumn)(?![\w-])", "set", 3)
_add(r"(?P<freq>once|twice|(?:two|three|four|five|[0-9]+)\s+times)\s+(?P<per>a|an|per|every)\s+"
     r"(?P<what>day|week|fortnight|month|year|decade)(?![\w-])", "set", 3)
_add(r"(?<![\w-])(?P<adv>daily|weekly|fortnightly|monthly|quarterly|annually|yearly|hourly|"
     r"nightly)(?![\w-])", "set", 1)

# wire-service clock times ("by 1105 GMT")
_TZ_RE = r"(?:GMT|BST|UTC|ET|EST|EDT|CET|CEST|PT|PST|PDT|local\s+time)"
_add(rf"(?<![\w.,:£$€])(?P<h>[01][0-9]|2[0-3])(?P<mi>[0-5][0-9])\s*(?P<tz>{_TZ_RE})(?!\w)",
     "clock", 3)
# ranges of days ("April 17-18", "17-18 April 2019")
_add(rf"(?P<mon>{_ANY_MONTH_RE})\s+(?P<day>{_DAY_RE})\s*[-–]\s*(?P<day2>{_DAY_RE})"
     rf"(?:,?\s+(?P<year>{_YEAR_RE}))?(?![\w-]|[.,]\d)", "cal", 4)
_add(rf"(?<![\w.,-])(?P<day>{_DAY_RE})\s*[-–]\s*(?P<day2>{_DAY_RE})\s+(?P<mon>{_ANY_MONTH_RE})"
     rf"(?:,?\s+(?P<year>{_YEAR_RE}))?(?![\w-])", "cal", 4)
# "the start of the year", "by the end of the month"
_add(r"(?P<mod>(?i:the\s+(?:start|beginning|middle|end|turn)\s+of\s+))(?P<rel>the)\s+"
     r"(?P<what>week|month|year|decade|century)(?![\w-])", "deictic", 3)

# "the 1960s and '70s"
_add(r"\b(?:and|or|to|through|into)\s+(?P<x>['’‘](?P<d2>[0-9]0)s)(?!\w)", "decade", 2)
# quarters and halves with their year: "the second quarter of 2019", "Q3 2018", "the first
# half of the year" (a bare "fourth quarter" may be a quarter of a game)
_add(rf"(?:(?:the\s+)?(?P<qn>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+"
     rf"(?P<qh>quarter|half)\s+of\s+(?:(?:fiscal\s+(?:year\s+)?)?(?P<year>{_YEAR_RE})|(?P<this>the\s+year|this\s+year|"
     rf"last\s+year|next\s+year))|\b(?P<qq>[QH][1-4])\s+(?P<year2>{_YEAR_RE}))(?![\w-])",
     "quarter", 4)

# "months later", "hours earlier"
_add(r"(?P<unit>[Hh]ours|[Dd]ays|[Ww]eeks|[Mm]onths|[Yy]ears|[Dd]ecades|[Cc]enturies)\s+"
     r"(?P<dir>later|earlier)(?![\w-])", "anaphoric", 3)
# "the summer of '46", "June '82"
_add(rf"(?P<mod>{_M})?(?:the\s+)?(?:(?P<season>{_SEASON_RE})\s+of|(?P<mon>{_MONTH_RE}))\s+"
     rf"(?P<yy>['’‘][0-9]{{2}})(?![\w'’])", "cal", 3)
# holidays (fixed dates, Easter-based, US Thanksgiving), with an optional year
_add(rf"(?P<hol>Christmas\s+(?:Eve|Day)|Christmas|Boxing\s+Day|New\s+Year['’]s\s+(?:Eve|Day)|"
     rf"Valentine['’]s\s+Day|Halloween|Bonfire\s+Night|Guy\s+Fawkes\s+Night|Armistice\s+Day|"
     rf"Independence\s+Day|Election\s+Day|the\s+Fourth\s+of\s+July|Good\s+Friday|Easter\s+(?:Sunday|Monday|"
     rf"Day)|Easter|Thanksgiving(?:\s+Day)?)(?:,?\s+(?P<year>{_YEAR_RE}))?(?![\w-])", "holiday", 3)
# the weekend (over/at/during the weekend) and weekends
_add(r"\b(?:over|at|during|on|for|by|until|since|Over|At|During|On|By)\s+(?P<x>the\s+weekend)"
     r"(?![\w-])", "weekend", 2)
_add(r"(?<![\w-])(?:at\s+|on\s+)?(?P<x>(?P<what>weekend)s)(?![\w-])", "set", 1)

# more PRESENT/PAST_REF: "at present", "the present day", "years ago", "in recent years"
_add(r"\b(?:at|At)\s+(?P<x>present)(?![\w-])|(?P<pd>[Tt]he\s+present(?:\s+day)?)(?![\w-])"
     r"(?!\s+(?:tense|government|system|case|situation|moment|arrangements?|writer|author|"
     r"study|paper|article|report)\b)", "ref", 1)
_add(r"(?:[Yy]ears|[Dd]ecades|[Mm]onths|[Ww]eeks|[Cc]enturies|[Ll]ong)\s+ago(?![\w-])", "ref", 2)
_add(r"(?<=\b(?:in|In)\s)recent\s+(?:years|months|weeks|decades|days)(?![\w-])", "ref", 2)
# a year opening a sentence as its subject ("2016 was a bad year"), a year in a list after a year
_add(rf"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s))(?P<year>{_YEAR_RE})(?=\s+(?:was|saw|brought|marked|"
     rf"will|is|has|had|began|ended|proved|became|looks|promises)\b)", "year", 1, re.MULTILINE)
_add(rf"(?<=\d\d\d\d,\s)(?P<year>{_YEAR_RE})(?![\w,.%]?\d)(?![\w%£$€])", "year", 0)

# US "fall" with a year: "the fall of 2016", "fall 2016"
_add(rf"(?P<mod>{_M})?(?:the\s+)?(?P<season>[Ff]all)(?:\s+of)?\s+(?P<year>{_YEAR_RE})(?![\w,.]?\d)",
     "cal", 2)

# "post-2008", "pre-1997"; "in '97"
_add(rf"(?:(?<=\b[Pp]re-)|(?<=\b[Pp]ost-)|(?<=\b[Mm]id-))(?P<year>{_YEAR_RE})(?![\w,.%]?\d)",
     "year", 0)
_add(r"\b(?:in|In|since|Since|of|by|until|from|From)\s+(?P<x>(?P<yy>['’][0-9]{2}))(?![\w'’])",
     "cal", 1)

# "today" meaning nowadays: "the Britain of today", "even today", "to this day"
_add(r"\b(?:of|even|Even|still|Still)\s+(?P<x>today)(?![\w'’-])", "ref", 3)
_add(r"\b(?:to|To)\s+(?P<x>this\s+day)(?![\w-])", "ref", 3)

# bare plural durations after a preposition: "for decades", "within days"
# ... and after a verb of sequence before "of": "follows weeks of agitation", "amid months of talks"
_add(r"\b(?:(?:for|For|over|within|Within|in|after|After|during|During)\s+|(?:follows|followed|"
     r"following|Following|amid|Amid|ends|ended|ending|caps|capped|capping)\s+(?=(?:(?:many|several)"
     r"\s+)?(?:years|decades|months|weeks|days)\s+of\b))(?P<x>(?:(?P<q>many|"
     r"several)\s+)?(?P<unit>years|decades|months|weeks|days|hours|centuries))(?![\w-])"
     r"(?!\s+(?:to\s+come|old|ago|later|earlier)\b)", "dur", 0)

# "the second Tuesday in November", "the last Monday of May 2019"
_add(rf"(?:the\s+)?(?P<nth>first|second|third|fourth|fifth|last)\s+(?P<wd>{_WEEKDAY_RE})\s+"
     rf"(?:in|of)\s+(?P<mon>{_MONTH_RE})(?:,?\s+(?P<year>{_YEAR_RE}))?(?![\w-])", "cal", 4)

# a year heading a line ("1968: the year that changed Britain", "2001 – joined the cabinet")
_add(rf"^(?P<year>{_YEAR_RE})(?=\s*[:–—]|\s-\s)", "year", 1, re.MULTILINE)


# "weeks before he left", "months after the vote"; "another year of drift"
_add(r"(?<![\w-])(?P<unit>[Dd]ays|[Ww]eeks|[Mm]onths|[Yy]ears|[Dd]ecades)(?=\s+(?:before|after)\s)",
     "dur", 0)
_add(r"\b(?P<q>[Aa]nother)\s+(?P<unit>year|month|week|day|decade|fortnight)(?![\w-])", "dur", 1)
# rates with "per": "$5 per week", "three meetings per month" (kept only after a quantity)
_add(r"\b(?P<n>per)\s+(?P<unit>hour|day|week|month|year|annum)(?![\w-])", "dur", 1)

# a quarter without its year in business news ("profits in the first quarter"), not a game's
_add(r"\b(?:in|In|during|During|for|For|over)\s+(?P<x>the\s+(?P<qn>first|second|third|fourth)\s+"
     r"(?P<qh>quarter))(?![\w-])(?!\s+of\s+(?:the\s+)?(?:game|match|season|a|an)\b)", "quarter", 3)


# fiscal years: "fiscal 2025", "fiscal year 2024", "FY2025"; "the fiscal year", "next fiscal
# year", "the end of the fiscal year" (not the generic "The city's fiscal year runs from ...")
_add(rf"(?<![\w-])(?:(?P<fy>[Ff]iscal(?:\s+[Yy]ear)?\s+|FY\s?)(?P<year>{_YEAR_RE})|"
     rf"FY['’]?(?P<fy2>[0-9]{{2}}))(?![\w,.%]?\d)", "fiscal", 3)
_add(r"(?P<mod>(?i:the\s+(?:start|beginning|middle|end|close)\s+of\s+))?(?P<rel>[Tt]he\s+"
     r"(?:current|next|coming|previous|last|new)|[Tt]he|[Tt]his|[Nn]ext|[Ll]ast)\s+"
     r"(?:fiscal|financial|budget)\s+year(?![\w-])"
     r"(?!\s+(?:runs?|is\s+from|begins\s+(?:on|in)|starts\s+(?:on|in)|ending|beginning)\b)",
     "fiscal", 2)
# ranges of year-less days: "from July 1 to June 30", "between 3 March and 10 April"
_DM_RE = (rf"(?:(?P<{{m}}a>{_ANY_MONTH_RE})\s+(?P<{{d}}a>{_DAY_RE})|(?P<{{d}}b>{_DAY_RE})\s+"
          rf"(?:of\s+)?(?P<{{m}}b>{_ANY_MONTH_RE}))")
_add(rf"(?P<w>[Ff]rom|[Bb]etween)\s+{_DM_RE.format(m='m1', d='d1')}(?:,?\s+(?P<y1>{_YEAR_RE}))?"
     rf",?\s+(?:to|until|till|through|and)\s+{_DM_RE.format(m='m2', d='d2')}"
     rf"(?:,?\s+(?P<y2>{_YEAR_RE}))?(?![\w-]|[.,]\d)", "drange", 5)
# ranges of months: "from March 2001 through June 2003", "between January and March 2019"
_add(rf"(?P<w>[Ff]rom|[Bb]etween)\s+(?P<m1>{_MONTH_RE})(?:,?\s+(?P<y1>{_YEAR_RE}))?\s+"
     rf"(?:to|until|till|through|and)\s+(?P<m2>{_MONTH_RE}),?\s+(?P<y2>{_YEAR_RE})"
     rf"(?![\w,.]?\d)", "mrange", 5)
# "in a generation", "for generations": a vague span of years
_add(r"\b(?:in|for|within|over|than|In|For|Within|Over)\s+(?P<x>(?:a|one|a\s+single)\s+"
     r"generation|generations)(?![\w-])(?!\s+(?:of|ago)\b)", "generation", 2)
# a year after "for" ending a clause, or after a scheduling word: "a review scheduled for 2027"
_add(rf"(?<=\b[Ff]or\s)(?P<year>{_YEAR_RE})(?=\s*[.,;:!?)]|\s*$)", "year", 1, re.MULTILINE)
_add(rf"\b(?:scheduled|planned|slated|due|set|earmarked|targeted|pencilled|penciled|budgeted|"
     rf"forecast|projected|expected)\s+(?:for|in)\s+(?P<x>(?P<year>{_YEAR_RE}))(?![\w,.%]?\d)",
     "year", 1)


# A key per pattern (same order as ``_P``): every match contains a hit of its key, so each
# pattern runs only in windows around the key's hits. This is what makes the scanner fast.
_MON_KEY = r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_UNIT_KEY = r"second|minute|hour|day|week|fortnight|month|year|decade|centur"
_POD_KEY = r"morning|afternoon|evening|night"
_KEYS = [
    _MON_KEY, _MON_KEY, _MON_KEY, r"\d-\d", r"\d/\d", _MON_KEY, _MON_KEY,
    r"spring|summer|autumn|winter", r"spring|summer|autumn|winter",
    r"spring|summer|autumn|winter", r"\d\d\d\d", r"\d\d\d\d", r"\d\d\d\d", r"\d\d\d\d",
    r"\d\d\d\d", r"week", r"week", r"\d\d\d\d", r"\d\d\d\d", r"\d\d\d\d",
    r"\d0['’]?s", r"0s", r"ties", r"century", r"[ap]\.?m\b", r"\d[:.]\d", r"\bat\s",
    r"noon|midday|midnight", r"monday|tuesday|wednesday|thursday|friday|saturday|sunday",
    _POD_KEY, r"\b(?:last|next|this|past|coming)\b", r"yesterday|today|tomorrow|tonight",
    r"\bago\b|from\s+now|\bhence\b",
    _UNIT_KEY + "|" + _POD_KEY, r"spring|summer|autumn|winter", r"later|earlier",
    r"\b(?:before|after)\b", r"later|earlier|afterwards|\bbefore\b|\bon\b", r"\btime\b",
    r"\bnow\b|\bnowadays\b|currently|presently",
    r"moment", r"time|days", r"recently|formerly|previously|originally|lately|hitherto|newly|"
    r"soon|eventually", r"\bbefore\b|\bahead\b", r"\bpast\b|\bfuture\b", r"\bterm\b",
    r"\bonce\b", r"\bthen\b", r"\bthen\b", r"\bthen\b", _UNIT_KEY, _UNIT_KEY + r"|decades",
    r"every|each", r"once|twice|times",
    r"daily|weekly|fortnightly|monthly|quarterly|annually|yearly|hourly|nightly",
    r"gmt|bst|utc|\bet\b|est|edt|cet|\bpt\b|pst|pdt|local\s+time", r"\d\s*[-–]\s*\d",
    r"\d\s*[-–]\s*\d", r"start|beginning|middle|end|turn", r"0s", r"quarter|half|\b[qh][1-4]\b",
    r"later|earlier", r"['’‘]\d\d",
    r"christmas|boxing|new\s+year|valentine|halloween|bonfire|fawkes|armistice|independence|"
    r"fourth\s+of\s+july|good\s+friday|easter|thanksgiving|election", r"weekend", r"weekends",
    r"present", r"ago", r"recent", r"\d\d\d\d", r"\d\d\d\d,", r"fall", r"\d\d\d\d",
    r"['’]\d\d", r"today", r"this\s+day", _UNIT_KEY, _MON_KEY, r"\d\d\d\d", _UNIT_KEY,
    r"another", r"\bper\b", r"quarter",
    r"fiscal|fy", r"fiscal|financial|budget", _MON_KEY, _MON_KEY, r"generation", r"\d\d\d\d",
    r"\d\d\d\d",
]
assert len(_KEYS) == len(_P), (len(_KEYS), len(_P))
_KEY_RX = [re.compile(k, re.IGNORECASE) for k in _KEYS]
#: The same keys, case-sensitive, for a lower-cased copy of the text (much faster).
_KEY_RX_LOWER = {k: re.compile(k) for k in _KEYS}
_WINDOW = 90

def _scan(text: str, lo: int, hi: int, use_keys: bool = True) -> list[_Cand]:
    """All candidate matches in ``text[lo:hi]``, overlaps removed (longest, then priority).

    ``use_keys=False`` runs every pattern over the whole range (slow; the tests check that
    both ways find the same expressions, i.e. that every key suits its pattern)."""
    cands: list[_Cand] = []
    hit_cache: dict[str, list[tuple[int, int]]] = {}
    low = text[lo:hi].lower()
    same_length = len(low) == hi - lo  # lower() keeps offsets (it may not for rare letters)
    for (rx, kind, prio), key_rx in zip(_P, _KEY_RX):
        windows = hit_cache.get(key_rx.pattern) if use_keys else [(lo, hi)]
        if windows is None:
            windows = []
            hits = (((k.start() + lo, k.end() + lo) for k in
                     _KEY_RX_LOWER[key_rx.pattern].finditer(low)) if same_length else
                    (k.span() for k in key_rx.finditer(text, lo, hi)))
            for k_start, k_end in hits:
                w_lo, w_hi = max(lo, k_start - _WINDOW), min(hi, k_end + _WINDOW)
                if windows and w_lo <= windows[-1][1]:
                    windows[-1] = (windows[-1][0], w_hi)
                else:
                    windows.append((w_lo, w_hi))
            hit_cache[key_rx.pattern] = windows
        for m in (m for w_lo, w_hi in windows for m in rx.finditer(text, w_lo, w_hi)):
            s, e = m.span("x") if "x" in rx.groupindex and m.group("x") else m.span()
            if e <= s:
                continue
            f = {k: v for k, v in m.groupdict().items() if v is not None and k != "x"}
            c = _Cand(s, e, kind, f, prio)
            if not _keep(text, c, m):
                continue
            cands.append(c)
    cands.sort(key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    chosen: list[_Cand] = []
    taken: list[tuple[int, int]] = []
    for c in cands:
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        chosen.append(c)
        taken.append((c.start, c.end))
    chosen.sort(key=lambda c: c.start)
    return _merge(text, chosen)


def _keep(text: str, c: _Cand, m: re.Match[str]) -> bool:
    """Contextual filters that regular expressions cannot express compactly."""
    f = c.f
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
        abbr = not re.fullmatch(_MONTH_RE, mon)
        if abbr and "day" not in f and "year" not in f:
            return False
        if mon == "May" and "day" not in f and "year" not in f and "mod" not in f:
            # the name or the modal verb, unless "in/since/until/during May" not followed by
            # something a person does
            prev = text[max(0, c.start - 8):c.start]
            nxt = text[c.end:c.end + 12]
            if not re.search(r"\b(?:in|since|until|during|early|late|mid)\s+$", prev) or \
                    re.match(r"(?:['’]s\b|\s+(?:said|says|has|had|is|was|will|would|and|who|"
                             r"told|insisted|argued))", nxt):
                return False
        if "day" in f and not 1 <= _day_num(f["day"]) <= 31:
            return False
    if c.kind == "cal" and "wd" in f and set(f) <= {"wd", "pl", "pod"} and re.match(
            r"\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Mail|Sport|Star|People|"
            r"Independent|Business|Night|Bloody|Club|Review|Magazine|Politics|Live|Brunch|"
            r"Football|Show|Programme|Edition)\b", text[c.end:c.end + 14]):
        return False
    if c.kind == "cal" and "wd" in f and set(f) <= {"wd", "pl", "pod"}:
        # a capitalised weekday inside a name (``Black Friday``, ``Friday Night Lights``)
        prev = re.search(r"(\w+)\s+$", text[max(0, c.start - 20):c.start])
        if prev and prev.group(1)[0].isupper() and prev.group(1).lower() not in (
                "on", "until", "by", "since", "last", "next", "this", "from", "and", "or",
                "before", "after", "every", "said", "says", "late", "early") and \
                c.start - 2 >= 0 and not re.search(r"[.!?\"“”]\s*$", text[:c.start][-4:]):
            return False
    if c.kind == "ref" and "w" in f:
        prev = re.search(r"(\w+)\W*$", text[max(0, c.start - 20):c.start])
        if prev is None or prev.group(1).lower() in _NOT_BEFORE_AHEAD:
            return False
    if c.kind == "holiday" and "year" not in f and re.match(
            r"\s+(?:[A-Z]\w+|agreement|accord|card|cards|tree|trees|present|presents|party|"
            r"parties|dinner|lunch|market|markets|shopping|sales|island|carols?|crackers?|"
            r"decorations|jumpers?|special|single|film|movie|episode|message|speech|truce|"
            r"offensive|rising|uprising|bombings?|attacks?|deal|talks|treaty)\b",
            text[c.end:c.end + 16]):
        return False  # "the Good Friday agreement", "a Christmas tree": a name or a modifier
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
    if re.search(_SEASON_RE + r"$", text[c.start:c.end]) and re.match(
            r"\s+(?:statement|budget|collection|catalogue|sales?)\b", text[c.end:c.end + 12]):
        return False  # "the autumn statement", "the spring budget": a named event
    if c.kind == "set" and "every" in f and f.get("n") and f["what"].lower() in _WEEKDAYS:
        om = re.match(r"\s+of\s+(?:the|each|every)\s+month\b", text[c.end:c.end + 22])
        if om:
            c.end += om.end()
            f["ofmonth"] = "1"
    if c.kind == "cal" and "wd" in f and set(f) <= {"wd", "pod"}:
        art = re.search(r"(?<![\w-])(?:[Aa]n?|[Aa]ny)\s+(?:[a-z]+\s+)?$",
                        text[max(0, c.start - 18):c.start])
        lead = text[max(0, c.start - 40):c.start - len(art.group(0))] if art else ""
        if art and not re.search(r"\b(?:told|tells|said|says|asked|wrote|interview|statement)"
                                 r"\b[^.]*$", lead):
            # not "told a reporter Tuesday"
            c.start -= len(art.group(0))
            f["generic"] = "1"  # "a wet Tuesday", "any Monday": no particular day
    if c.kind == "dur":
        more = re.match(r"\s+or\s+(?:more|so|longer|less|fewer)\b", text[c.end:c.end + 14])
        if more:
            c.end += more.end()  # "two years or more" is one expression
    if c.kind == "range":
        y1 = int(f["y1"])
        y2s = f["y2"]
        y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
        if not y1 < y2 <= y1 + 200:
            return False
        f["y2n"] = y2
    return True


_RANK = {"clock": 0, "pod": 1, "weekday": 2, "day": 3, "week": 4, "month": 5, "season": 6,
         "year": 7}


def _rank(c: _Cand) -> int | None:
    """Granularity rank of a calendar piece for composite merging (None: not mergeable)."""
    f = c.f
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


_JOIN_RE = re.compile(r"(?:,\s*|\s+(?:on|in|of)\s+(?:an?\s+)?|\s+)$")


def _merge(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Join adjacent calendar pieces from fine to coarse into one composite expression."""
    out: list[_Cand] = []
    for c in cands:
        if out and out[-1].kind in ("cal", "year", "clock", "comp") and c.kind in (
                "cal", "year", "holiday"):
            prev = out[-1]
            gap = text[prev.end:c.start]
            pr = prev.f.get("_rank", _rank(prev))
            cr = _rank(c)
            if (pr is not None and cr is not None and pr < cr and len(gap) <= 8
                    and _JOIN_RE.fullmatch(gap) and "\n" not in gap):
                pieces = prev.f.get("_pieces", [prev])
                out[-1] = _Cand(prev.start, c.end, "comp",
                                {"_pieces": pieces + [c], "_rank": cr}, prev.priority)
                continue
        if out and c.kind == "clock" and out[-1].kind in ("cal", "comp", "holiday"):
            # a day then its time: "Tuesday at 7 p.m.", "March 3 at 10am", "Friday, 9pm"
            prev = out[-1]
            gap = text[prev.end:c.start]
            pr = prev.f.get("_rank", _rank(prev))
            has_clock = any(p.kind == "clock" for p in prev.f.get("_pieces", [prev]))
            if pr in (2, 3) and not has_clock and re.fullmatch(r",?\s+at\s+|,\s*|\s+", gap):
                pieces = prev.f.get("_pieces", [prev])
                out[-1] = _Cand(prev.start, c.end, "comp", {"_pieces": pieces + [c], "_rank": pr},
                                prev.priority)
                continue
        out.append(c)
    return out


# --------------------------------------------------------------------------- calendar helpers

def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


_SEASON_SPAN = {"SP": ((3, 21), (6, 20)), "SU": ((6, 21), (9, 22)), "FA": ((9, 23), (12, 20)),
                "WI": ((12, 21), (3, 20))}


def _season_interval(y: int, s: str) -> tuple[dt.date, dt.date]:
    (m1, d1), (m2, d2) = _SEASON_SPAN[s]
    return dt.date(y, m1, d1), dt.date(y + 1 if s == "WI" else y, m2, d2)


def _apply_mod(a: dt.date, b: dt.date, mod: str) -> tuple[dt.date, dt.date]:
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


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _shift(d: dt.date, n: float, unit: str) -> dt.date:
    """``d`` moved by ``n`` units (fractions such as half a century are allowed)."""
    unit = unit.lower().rstrip("s").replace("centurie", "century")
    n = n * _UNIT_FACTOR.get(unit, 1)
    if unit == "day":
        return d + dt.timedelta(days=round(n))
    if unit in ("week", "fortnight"):
        return d + dt.timedelta(days=round(7 * n))
    months = {"month": 1, "year": 12, "decade": 120, "century": 1200}.get(unit)
    return _add_months(d, round(months * n)) if months else d


def _to_date(value: object) -> dt.date | None:
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


@dataclass
class _Res:
    """A resolved expression."""

    type: str = "DATE"
    value: str = ""
    mod: str = ""
    granularity: str = ""
    a: dt.date | None = None
    b: dt.date | None = None
    anchor: str = "none"
    anchor_value: str = ""


def _val(gran: str, a: dt.date, extra: str = "") -> str:
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


def _interval(gran: str, a: dt.date) -> tuple[dt.date, dt.date]:
    if gran == "day":
        return a, a
    if gran == "week":
        s = a - dt.timedelta(days=a.weekday())
        return s, s + dt.timedelta(days=6)
    if gran == "month":
        return dt.date(a.year, a.month, 1), _month_end(a.year, a.month)
    if gran == "year":
        return dt.date(a.year, 1, 1), dt.date(a.year, 12, 31)
    if gran == "decade":
        y = a.year // 10 * 10
        return dt.date(y, 1, 1), dt.date(y + 9, 12, 31)
    if gran == "century":
        y = a.year // 100 * 100
        return dt.date(y, 1, 1), dt.date(y + 99, 12, 31)
    return a, a


def _tense(clause: str) -> str:
    """``future``, ``perfect`` (has/have + participle: the writer's present), ``past`` or
    ``present`` from marker words."""
    if _FUTURE_RE.search(clause):
        return "future"
    if _PERFECT_RE.search(clause):
        return "perfect"
    if _PAST_RE.search(clause):
        return "past"
    return "present"


#: How much a date after the reference costs per day, by tense (before it: 1, future 1.5).
_FORWARD_COST = {"future": 1.0, "present": 1.5, "past": 3.0, "perfect": 3.0, "cited": 1000.0}
#: A present-tense scheduling verb just before a date: "begins Friday", "takes effect on 7 April".
_SCHEDULE_RE = re.compile(r"\b(?:begins|starts|opens|meets|ends|closes|resumes|reconvenes|"
                          r"expires|takes\s+effect|comes\s+into\s+force|is\s+due|are\s+due|"
                          r"(?:runs|lasts|continues)\s+(?:through|until|till|to))"
                          r"(?:\s+on)?\s+$")
#: A past reporting verb just before a date, with at most a short object ("said Thursday",
#: "said on Friday", "told reporters on Monday"): the report is past, whatever a modal earlier
#: in the sentence says ("X will set up a centre, the two governments said on Friday").
_REPORTED_RE = re.compile(r"\b(?:said|told|announced|added|wrote|stated|confirmed|reported|"
                          r"disclosed|testified|warned|argued|insisted|explained|revealed|"
                          r"acknowledged|admitted|denied|claimed|declared|noted|predicted|"
                          r"promised|pledged|vowed|urged)(?:\s+(?:(?:the\s+|a\s+)?[A-Za-z]+|"
                          r"(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}))?"
                          r"(?:\s+(?:on|late|early))?\s+$")
#: A simple-past verb right before a date ("took effect Jan. 1", "died on March 3"): the date is
#: not after publication. Verbs of planning ("was scheduled", "was set") look forward.
_DIRECT_PAST_RE = re.compile(
    r"\b(?!(?:scheduled|planned|set|slated|postponed|delayed|moved|rescheduled|pushed|expected|"
    r"due|needed|required|proposed|intended|designed|timed|booked|called|fixed|announced|"
    r"said|told)\b)(?:took\s+effect|came\s+into\s+force|\w{3,}ed|took|began|died|won|lost|"
    r"met|left|fell|rose|held|sold|paid|spoke|wrote|became|ran|struck|came|went)"
    r"(?:\s+(?:office|power|charge|over)(?:\s+in)?)?(?:\s+on)?\s+$")  # "took office in May"
#: An auxiliary or modal before the verb preceding a date: "will be completed on Monday".
_AUX_BEFORE_RE = re.compile(r"\b(?:will|would|shall|be|been|being|to|can|could|may|might|must|"
                            r"should|['’]ll)\s+(?:\w+ly\s+|not\s+)?\w+(?:\s+on)?\s+$",
                            re.IGNORECASE)
#: A citation of an earlier piece just before a date: "(news article, July 6)", "(Op-Ed, Aug. 26)".
_CITATION_RE = re.compile(r"\([^()]{0,40}\b(?:article|editorial|letter|column|Op-Ed|op-ed|page|"
                          r"report|story|review|essay|interview|feature|obituary),\s*$")


def _nearest_tense(text: str, last: bool) -> str:
    """Tense of the marker nearest the expression: the last one in ``text`` before it
    (``last``) or the first one after it."""
    best, best_pos = "present", None
    for tense, rx in (("future", _FUTURE_RE), ("perfect", _PERFECT_RE), ("past", _PAST_RE)):
        found = list(rx.finditer(text)) if last else [m for m in [rx.search(text)] if m]
        if not found:
            continue
        pos = found[-1].start() if last else found[0].start()
        if best_pos is None or (pos > best_pos if last else pos < best_pos):
            best, best_pos = tense, pos
    return best


#: Future markers that are verbs: they govern the rest of their clause ("next month's summit"
#: does not make "ministers met on Monday" future).
_MODAL_RE = re.compile(r"\b(?:will|shall|won['’]t|going to|is to|are to|due to|scheduled|"
                       r"plans? to|intends? to|must|(?:is|are|was|were)\s+expected\s+to|"
                       r"set\s+to|poised\s+to|(?-i:may|might))\b|['’]ll\b", re.IGNORECASE)


def _local_tense(lead: str, rest: str) -> str:
    """Tense governing an expression: future if a future marker precedes it in its clause
    (``will be replaced in``), else that of the nearest marker before it (``said Friday``), or,
    when there is none, of the nearest one after it (``on Tuesday advanced``)."""
    if _MODAL_RE.search(lead):  # a modal governs what follows it ("will be replaced in")
        return "future"
    t = _nearest_tense(lead, last=True)
    return t if t != "present" else _nearest_tense(rest, last=False)


#: An article's definition of its fiscal year's last day ("fiscal year runs from July 1 to June
#: 30", "financial year ends on 31 March").
_FY_DEF_RE = re.compile(
    rf"(?i:fiscal|financial|budget|tax)\s+year\s+(?:(?:ends|closes)(?:\s+on)?|(?:runs|starts|"
    rf"begins|is)\b[^.;]{{0,40}}?(?:\bto|\bthrough|\buntil|\bends(?:\s+on)?|[-–]))\s+"
    rf"(?:(?P<ma>{_ANY_MONTH_RE})\s+(?P<da>{_DAY_RE})|(?P<db>{_DAY_RE})\s+(?P<mb>{_ANY_MONTH_RE}))"
    rf"(?![\w-])")
#: A recurring period being defined just before a year-less range ("The school year runs from").
# a season still ahead: a deadline preposition, or an infinitive of intent ("agreed to meet
# again in Washington in the spring"); a past-tense verb in between ("to ask why it failed in
# the spring") stops it
_SEASON_AHEAD_RE = re.compile(
    r"(?:\b(?:before|by|until|till|ahead\s+of)\s+|\bto\s+(?!(?:\w+\s+){0,6}?\w+ed\b)"
    r"(?:[\w'’]+\s+){1,7}?(?:in|by|during)\s+)(?:the\s+|this\s+|next\s+)?$")

_GENERIC_PERIOD_RE = re.compile(
    r"(?i:fiscal|financial|budget|tax|school|academic|church|liturgical)\s+year\s+(?:runs|"
    r"starts|begins|lasts|is|extends|ends|closes)(?:\s+on)?\s+$|"
    # a recurring date: "meets every year in September", "each year on 1 May"
    r"\b(?i:every|each)\s+year\s+(?:in|on|at|around|during|from)(?:\s+(?i:early|late|mid))?\s+$")


def _nearest_year(intervals: dict[int, tuple[dt.date, dt.date]], ref: dt.date, tense: str,
                  past_weight: float) -> int:
    """The candidate year whose interval lies nearest ``ref``: days before ``ref`` cost
    ``past_weight`` each, days after it the tense's forward cost; ``ref.year`` if none."""
    best, best_cost = ref.year, None
    for y, (a, b) in intervals.items():
        if b < ref:
            cost = (ref - b).days * past_weight
        elif a > ref:
            cost = (a - ref).days * _FORWARD_COST.get(tense, 1.5)
        else:
            cost = 0
        if best_cost is None or cost < best_cost:
            best, best_cost = y, cost
    return best


def _pick_year(month: int, day: int | None, ref: dt.date, tense: str,
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
            intervals[y] = _apply_mod(dt.date(y, month, 1), _month_end(y, month), mod)
    return _nearest_year(intervals, ref, tense, 1.5 if tense == "future" else 1.0)


def _weekday_year(year: int, month: int, day: int, weekday: int) -> int:
    """The year nearest ``year`` (within six) in which ``day``/``month`` falls on ``weekday``
    (``Tuesday 19 March`` fixes the year); ``year`` itself when none does."""
    for delta in (0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6):
        try:
            if dt.date(year + delta, month, day).weekday() == weekday:
                return year + delta
        except ValueError:
            continue
    return year


def _pick_season_year(season: str, ref: dt.date, tense: str) -> int:
    """The year of a year-less season nearest ``ref``; in a future clause never a past one."""
    intervals = {y: _season_interval(y, season) for y in (ref.year - 1, ref.year, ref.year + 1)}
    return _nearest_year(intervals, ref, tense, 1000.0 if tense == "future" else 1.0)


# --------------------------------------------------------------------------- resolution

_ORDER = ["day", "week", "month", "season", "year", "decade", "century"]


@dataclass
class _Anchor:
    pos: int
    value: str
    gran: str
    a: dt.date
    b: dt.date
    in_quote: bool
    block: int


class _Resolver:
    """Resolves candidates in reading order, keeping the narrative reference time."""

    def __init__(self, publication: dt.date | None) -> None:
        self.pub = publication
        self.anchors: list[_Anchor] = []
        #: prose block id -> the previous prose block id, and which blocks end inside a quote
        self.prev_block: dict[int, int] = {}
        self.open_quote_blocks: set[int] = set()
        self.in_quote_now = False
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

    # -- reference times
    def narrative(self, block: int, pos: int, finest: str = "") -> _Anchor | None:
        """The nearest preceding usable anchor; with ``finest``, the nearest one at least that
        fine (``that day`` needs a day), falling back to the nearest of any granularity."""
        prev = self.prev_block.get(block)
        # a date after publication anchors only a clause that is not in the past tense
        # ("a hearing on Jan. 9; a vote could come later that month", but not "a week later,
        # the paper published" after a future deadline)
        past = self.tense in ("past", "perfect")
        usable = [an for an in self.anchors
                  if an.pos < pos and not (past and self.pub is not None and an.a > self.pub)
                  and (not an.in_quote or an.block == block or (
                      # a quotation running on from the previous paragraph
                      self.in_quote_now and an.block == prev and prev in self.open_quote_blocks))]
        if finest:
            limit = _ORDER.index(finest)
            for an in reversed(usable):
                if an.gran in _ORDER and _ORDER.index(an.gran) <= limit:
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
        if an is not None and (self.pub is None or (self.pub - an.b).days > 366):
            return an.a, "narrative", an.value
        if self.pub is not None:
            return self.pub, "publication", self.pub.isoformat()
        return None, "none", ""

    def note(self, res: _Res, pos: int, in_quote: bool, block: int) -> None:
        if res.a is None or res.type not in ("DATE", "TIME") or "X" in res.value[:4]:
            return
        if res.granularity in ("decade", "century"):
            return
        # dates after publication anchor too ("a hearing on Jan. 9 ... later that month");
        # year-less dates ignore them (year_reference wants a narrative past)
        gran = res.granularity
        if gran == "time":  # a time of day: as precise as its date part
            gran = "day" if res.a == res.b else ("month" if res.a.day == 1 and (
                res.b + dt.timedelta(days=1)).day == 1 and res.a.month == res.b.month else "year")
        self.anchors.append(_Anchor(pos, res.value, gran, res.a, res.b or res.a, in_quote,
                                    block))

    # -- main
    def resolve(self, c: _Cand, text: str, clause: str, in_quote: bool, block: int) -> _Res:
        """Resolve ``c``; ``clause`` is the tense of its clause (past | present | future)."""
        self.tense = clause
        try:
            res = getattr(self, f"_r_{c.kind}")(c, text, clause, in_quote, block)
        except (ValueError, OverflowError, KeyError, IndexError, TypeError, ZeroDivisionError):
            res = _Res(value="XXXX", granularity="")
        if res.a is not None and res.b is None:
            res.b = res.a
        return res

    def _pub_or_none(self) -> tuple[dt.date | None, str, str]:
        if self.pub is None:
            return None, "none", ""
        return self.pub, "publication", self.pub.isoformat()

    def _r_year(self, c: _Cand, text, clause, in_quote, block) -> _Res:
        return self._r_cal(c, text, clause, in_quote, block)

    def _r_cal(self, c: _Cand, text, clause, in_quote, block) -> _Res:
        return self._calendar([c], clause, in_quote, block)

    def _r_comp(self, c: _Cand, text, clause, in_quote, block) -> _Res:
        pieces = c.f["_pieces"]
        holiday = next((p for p in pieces if p.kind == "holiday"), None)
        if holiday is not None:  # "7 a.m. on Election Day", "the morning of Christmas Day"
            res = self._r_holiday(holiday, text, clause, in_quote, block)
            clock = next((p.f for p in pieces if p.kind == "clock"), None)
            pod = next((p.f["pod"] for p in pieces if "pod" in p.f), None)
            return self._with_time(res, None, pod, clock)
        return self._calendar(pieces, clause, in_quote, block)

    def _calendar(self, pieces: list[_Cand], clause: str, in_quote: bool, block: int) -> _Res:
        f: dict = {}
        clock = None
        for p in pieces:
            if p.kind == "clock":
                clock = p.f
            else:
                for k, v in p.f.items():
                    f.setdefault(k, v)
        mod = _mod_of(f.get("mod"))
        if "generic" in f and "wd" in f and clock is None and not {
                "mon", "day", "year", "season", "m", "a"} & set(f):
            return _Res("DATE", f"XXXX-WXX-{_WEEKDAYS.index(f['wd'].lower()) + 1}", "", "day")
        tense = clause
        pos = pieces[0].start
        pod = f.get("pod")
        wd = f.get("wd")
        if (f.get("pl") or f.get("pl2")) and wd and len(pieces) == 1 and "day" not in f:
            # "on Sundays", "Saturday mornings": every such day (part)
            part = f"T{_PART_OF_DAY[pod.lower()]}" if pod else ""
            return _Res("SET", f"XXXX-WXX-{_WEEKDAYS.index(wd.lower()) + 1}{part}", "", "set")
        year = int(f["year"]) if "year" in f else None
        if "yy" in f:  # '46: the most recent such year not after the reference
            ref_year = (self.pub or dt.date.today()).year
            year = ref_year // 100 * 100 + int(f["yy"][1:])
            if year > ref_year:
                year -= 100
        month = _month_num(f["mon"]) if "mon" in f else (int(f["m"]) if "m" in f else None)
        day = _day_num(f["day"]) if "day" in f else None
        if "a" in f and "b" in f:  # numeric dd/mm/yyyy (mm/dd when the second cannot be a month)
            a_, b_ = int(f["a"]), int(f["b"])
            day, month = (b_, a_) if b_ > 12 >= a_ else (a_, b_)
        season = _SEASONS.get(f["season"].lower()) if "season" in f else None
        anchor, anchor_value = "absolute", ""
        if year is None and (month or season) and self.generic_period:
            # "Its fiscal year ends Sept. 30": a recurring date, no particular year
            return self._with_time(self._unresolved(month, day, season, mod), wd, pod, clock)
        if year is None and (month or season):
            ref, anchor, anchor_value = self.year_reference(block, pos, tense)
            if ref is None:
                res = self._unresolved(month, day, season, mod)
                return self._with_time(res, wd, pod, clock)
            year = (_pick_season_year(season, ref, tense) if season and not month
                    else _pick_year(month, day, ref, tense, mod))
            if (self.strict_past and month and not season and anchor == "publication"
                    and dt.date(year, month, day or 1) > ref):
                year -= 1  # "took effect Jan. 1" in a December story: last January
            elif (self.strict_future and month and not season and anchor == "publication"
                    and (dt.date(year, month, day) if day else _month_end(year, month)) < ref):
                year += 1  # "Early voting begins Oct. 21" in a March story: next October
            if wd and month and day:
                year = _weekday_year(year, month, day, _WEEKDAYS.index(wd.lower()))
        if year is None and month is None and not season and wd:
            res = self._weekday(wd, clause, block, pos)
            res.mod = mod
            return self._with_time(res, None, pod, clock)
        if year is None:
            return _Res(value="XXXX", granularity="")
        if month and day and "day2" in f:
            a, b = dt.date(year, month, day), dt.date(year, month, _day_num(f["day2"]))
            if b <= a:
                raise ValueError("day range runs backwards")
            res = _Res("DATE", f"{a.isoformat()}/{b.isoformat()}", mod, "day", a, b)
        elif month and day:
            a = dt.date(year, month, day)
            res = _Res("DATE", a.isoformat(), mod, "day", a, a)
        elif month:
            a, b = dt.date(year, month, 1), _month_end(year, month)
            res = _Res("DATE", f"{year:04d}-{month:02d}", mod, "month", *_apply_mod(a, b, mod))
        elif season:
            a, b = _season_interval(year, season)
            res = _Res("DATE", f"{year:04d}-{season}", mod, "season", *_apply_mod(a, b, mod))
        else:
            a, b = dt.date(year, 1, 1), dt.date(year, 12, 31)
            res = _Res("DATE", f"{year:04d}", mod, "year", *_apply_mod(a, b, mod))
        res.anchor, res.anchor_value = anchor, anchor_value
        if wd and res.granularity != "day" and res.a is not None:
            # a weekday inside a month/season interval: its first (or nth, or last) occurrence
            target = _WEEKDAYS.index(wd.lower())
            days = [res.a + dt.timedelta(days=i) for i in range((res.b - res.a).days + 1)]
            days = [d for d in days if d.weekday() == target]
            nth = f.get("nth", "first").lower()
            k = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "last": -1}[nth]
            if days and (k < len(days)):
                d = days[k]
                res = _Res("DATE", d.isoformat(), "", "day", d, d, res.anchor, res.anchor_value)
        return self._with_time(res, None, pod, clock)

    def _unresolved(self, month, day, season, mod) -> _Res:
        if month and day:
            return _Res("DATE", f"XXXX-{month:02d}-{day:02d}", mod, "day")
        if month:
            return _Res("DATE", f"XXXX-{month:02d}", mod, "month")
        return _Res("DATE", f"XXXX-{season}", mod, "season")

    def _with_time(self, res: _Res, wd, pod, clock) -> _Res:
        if clock is None and not pod:
            return res
        base = res.value if res.granularity == "day" else (
            res.value + "-XX" if res.granularity == "month" else "XXXX-XX-XX")
        if clock is not None:
            hh, mm = _clock(clock, pod)
            if hh is None:
                return res
            value = f"{base}T{hh:02d}:{mm:02d}"
        else:
            value = f"{base}T{_PART_OF_DAY[pod.lower()]}"
        return _Res("TIME", value, res.mod, "time", res.a, res.b, res.anchor, res.anchor_value)

    def _weekday(self, wd: str, clause: str, block: int, pos: int) -> _Res:
        target = _WEEKDAYS.index(wd.lower())
        an = self.narrative(block, pos)
        tense = clause
        if an is not None and an.gran == "day" and not an.in_quote and tense != "future":
            d = an.a
            while d.weekday() != target:
                d += dt.timedelta(days=1)
            if self.pub is None or d <= self.pub:
                return _Res("DATE", d.isoformat(), "", "day", d, d, "narrative", an.value)
        if self.pub is None:
            return _Res("DATE", f"XXXX-WXX-{target + 1}", "", "day")
        # past: on or before publication ("said Friday" in a Friday story: that day);
        # future or present ("a recess that begins Friday"): the next one after publication
        d = self.pub
        step = 1 if tense in ("future", "present") else -1
        if step > 0:
            d += dt.timedelta(days=1)
        while d.weekday() != target:
            d += dt.timedelta(days=step)
        return _Res("DATE", d.isoformat(), "", "day", d, d, "publication", self.pub.isoformat())

    def _fiscal_end(self, text: str, pos: int) -> tuple[int, int] | None:
        """(month, day) on which the fiscal year ends, when the article defines it before
        ``pos`` ("The fiscal year runs from July 1 to June 30", "... ends on 31 March")."""
        found = None
        for m in _FY_DEF_RE.finditer(text, max(0, pos - 6000), pos):
            mon = m.group("ma") or m.group("mb")
            day = m.group("da") or m.group("db")
            found = (_month_num(mon), _day_num(day))
        return found

    def _r_fiscal(self, c: _Cand, text, clause, in_quote, block) -> _Res:
        f = c.f
        end = self._fiscal_end(text, c.start)
        if "year" in f or "fy2" in f:  # "fiscal 2025": the fiscal year that ends in 2025
            year = int(f["year"]) if "year" in f else 2000 + int(f["fy2"])
            self.fiscal_year = year
        else:
            rel = re.sub(r"\s+", " ", f.get("rel", "").lower())
            step = 1 if ("next" in rel or "coming" in rel) else -1 if (
                "previous" in rel or "last" in rel) else 0
            if self.fiscal_year is not None and rel in ("the", "the current"):
                year = self.fiscal_year  # the fiscal year just named
            elif self.pub is not None:
                year = self.pub.year
                if end is not None:  # the fiscal year containing publication ends ...
                    try:
                        if self.pub > dt.date(year, *end):
                            year += 1
                    except ValueError:
                        pass
                year += step
            else:
                return _Res("DATE", "XXXX", "", "year")
        mod = _mod_of(f.get("mod"))
        if mod == "END" and end is not None:  # "the end of the fiscal year": its last day
            d = dt.date(year, *end)
            return _Res("DATE", d.isoformat(), "", "day", d, d, "publication",
                        self.pub.isoformat() if self.pub else "")
        a, b = dt.date(year, 1, 1), dt.date(year, 12, 31)
        if end is not None:
            b = dt.date(year, *end)
            a = _add_months(b, -12) + dt.timedelta(days=1)
        return _Res("DATE", f"{year:04d}", mod, "year", *_apply_mod(a, b, mod))

    def _r_drange(self, c: _Cand, text, clause, in_quote, block) -> _Res:
        f = c.f
        m1, d1 = _month_num(f.get("m1a") or f["m1b"]), _day_num(f.get("d1a") or f["d1b"])
        m2, d2 = _month_num(f.get("m2a") or f["m2b"]), _day_num(f.get("d2a") or f["d2b"])
        y1 = int(f["y1"]) if "y1" in f else None
        y2 = int(f["y2"]) if "y2" in f else None
        lead = text[max(0, c.start - 60):c.start]
        if y1 is None and y2 is None and (_GENERIC_PERIOD_RE.search(lead) or self.pub is None):
            # the definition of a recurring period: "The fiscal year runs from July 1 to June 30"
            return _Res("DATE", f"XXXX-{m1:02d}-{d1:02d}/XXXX-{m2:02d}-{d2:02d}", "", "day")
        if y1 is None:
            if y2 is not None:
                y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1
            else:
                ref, _, _ = self.year_reference(block, c.start, clause)
                y1 = _pick_year(m1, d1, ref, clause) if ref else None
        if y1 is None:
            return _Res("DATE", f"XXXX-{m1:02d}-{d1:02d}/XXXX-{m2:02d}-{d2:02d}", "", "day")
        a = dt.date(y1, m1, d1)
        if y2 is None:
            y2 = y1 if (m2, d2) >= (m1, d1) else y1 + 1
        b = dt.date(y2, m2, d2)
        if b < a:
            raise ValueError("range runs backwards")
        return _Res("DATE", f"{a.isoformat()}/{b.isoformat()}", "", "day", a, b, "publication",
                    self.pub.isoformat() if self.pub else "")

    def _r_mrange(self, c: _Cand, text, clause, in_quote, block) -> _Res:
        f = c.f
        m1, m2, y2 = _month_num(f["m1"]), _month_num(f["m2"]), int(f["y2"])
        y1 = int(f["y1"]) if "y1" in f else (y2 if m1 <= m2 else y2 - 1)
        a, b = dt.date(y1, m1, 1), _month_end(y2, m2)
        if b < a:
            raise ValueError("range runs backwards")
        return _Res("DATE", f"{y1:04d}-{m1:02d}/{y2:04d}-{m2:02d}", "", "month", a, b,
                    "absolute", "")

    def _r_generation(self, c: _Cand, text, clause, in_quote, block) -> _Res:
        return _Res("DURATION", "PXY", "", "duration")

    def _r_clock(self, c: _Cand, text, clause, in_quote, block) -> _Res:
        hh, mm = _clock(c.f, None)
        if hh is None:
            return _Res("TIME", "XXXX-XX-XXTXX:XX", "", "time")
        # a bare clock time belongs to the day just mentioned (within a few hundred
        # characters); otherwise it stays generic ("the knock on the door at midnight")
        an = self.narrative(block, c.start, finest="day")
        if an is not None and an.gran == "day" and c.start - an.pos <= 600:
            return _Res("TIME", f"{an.a.isoformat()}T{hh:02d}:{mm:02d}", "", "time", an.a, an.a,
                        "narrative", an.value)
        if an is None and self.pub is not None and clause not in ("past", "cited"):
            # no day mentioned yet and not a past narrative: a headline ("Midday bulletin") or
            # a present/future schedule ("the vote is at three o'clock") is on publication day
            return _Res("TIME", f"{self.pub.isoformat()}T{hh:02d}:{mm:02d}", "", "time",
                        self.pub, self.pub, "publication", self.pub.isoformat())
        return _Res("TIME", f"XXXX-XX-XXT{hh:02d}:{mm:02d}", "", "time")

    def _r_week(self, c: _Cand, text, clause, in_quote, block) -> _Res:
        r = self._calendar([_Cand(c.start, c.end, "cal", dict(c.f))], clause, in_quote, block)
        if r.a is None or r.granularity != "day":
            return _Res("DATE", "XXXX-WXX", "", "week")
        a, b = _interval("week", r.a)
        return _Res("DATE", _val("week", r.a), "", "week", a, b, r.anchor, r.anchor_value)

    def _r_holiday(self, c: _Cand, text, clause, in_quote, block) -> _Res:
        name = re.sub(r"\s+", " ", c.f["hol"].lower()).replace("’", "'")
        fixed = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
                 "boxing day": (12, 26), "new year's day": (1, 1), "new year's eve": (12, 31),
                 "valentine's day": (2, 14), "halloween": (10, 31), "bonfire night": (11, 5),
                 "guy fawkes night": (11, 5), "armistice day": (11, 11),
                 "independence day": (7, 4), "the fourth of july": (7, 4)}

        def day_in(year: int) -> dt.date:
            if name in fixed:
                return dt.date(year, *fixed[name])
            if name == "election day":  # US: the Tuesday after the first Monday of November
                d = dt.date(year, 11, 2)
                return d + dt.timedelta(days=(1 - d.weekday()) % 7)
            if name.startswith("thanksgiving"):
                d = dt.date(year, 11, 1)
                d += dt.timedelta(days=(3 - d.weekday()) % 7)
                return d + dt.timedelta(weeks=3)
            shift = {"good friday": -2, "easter monday": 1}.get(name, 0)
            return _easter(year) + dt.timedelta(days=shift)

        if "year" in c.f:
            d = day_in(int(c.f["year"]))
            return _Res("DATE", d.isoformat(), "", "day", d, d, "absolute", "")
        ref, anchor, av = self.year_reference(block, c.start, clause)
        if ref is None:
            return _Res("DATE", "XXXX", "", "")

        def cost(d: dt.date) -> float:
            if d > ref:
                return (d - ref).days * _FORWARD_COST.get(clause, 1.5)
            return (ref - d).days * (1.5 if clause == "future" else 1.0)

        best = min((day_in(y) for y in (ref.year - 1, ref.year, ref.year + 1)), key=cost)
        return _Res("DATE", best.isoformat(), "", "day", best, best, anchor, av)

    def _r_weekend(self, c: _Cand, text, clause, in_quote, block) -> _Res:
        """"Over the weekend": the last one before publication (the next in a future clause)."""
        if self.pub is None:
            return _Res("DATE", "XXXX-WXX-WE", "", "week")
        ref = self.pub
        if clause == "future":
            sat = ref + dt.timedelta(days=(5 - ref.weekday()) % 7 or 7)
        else:
            sat = ref - dt.timedelta(days=(ref.weekday() - 5) % 7)  # on a weekend: this one
        return _Res("DATE", _val("week", sat, "-WE"), "", "week", sat,
                    sat + dt.timedelta(days=1), "publication", ref.isoformat())

    def _r_quarter(self, c: _Cand, text, clause, in_quote, block) -> _Res:
        f = c.f
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
                ref, anchor, av = self.year_reference(block, c.start, clause)
                if ref is None:
                    return _Res("DATE", f"XXXX-{kind}{n}", "", "")
                this = f.get("this", "this").lower().split()[0]
                year = ref.year + {"last": -1, "next": 1}.get(this, 0)
        if kind == "H" and n > 2:
            raise ValueError("no third half")
        months = 3 if kind == "Q" else 6
        a = dt.date(year, (n - 1) * months + 1, 1)
        b = _month_end(year, n * months)
        gran = "quarter" if kind == "Q" else "half"
        return _Res("DATE", f"{year:04d}-{kind}{n}", "", gran, a, b, anchor, av)

    def _r_range(self, c: _Cand, text, clause, in_quote, block) -> _Res:
        y1, y2 = int(c.f["y1"]), int(c.f["y2n"])
        return _Res("DATE", f"{y1:04d}/{y2:04d}", "", "year", dt.date(y1, 1, 1),
                    dt.date(y2, 12, 31), "absolute", "")

    def _r_decade(self, c: _Cand, text, clause, in_quote, block) -> _Res:
        f = c.f
        mod = _mod_of(f.get("mod"))
        if "dec" in f:
            y = int(f["dec"])
            anchor, av = "absolute", ""
            if y % 100 == 0 and y < 2000:  # "the 1800s": the century
                a, b = dt.date(y, 1, 1), dt.date(y + 99, 12, 31)
                return _Res("DATE", f"{y // 100:02d}", mod, "century", *_apply_mod(a, b, mod),
                            anchor, av)
        else:
            d = int(f["d2"]) // 10 if "d2" in f else _DECADE_WORDS[f["dw"].lower()]
            ref = self.pub or dt.date.today()
            century = ref.year // 100 * 100
            y = century + d * 10
            if y > ref.year:
                y -= 100
            anchor, av = ("publication", ref.isoformat()) if self.pub else ("none", "")
        a, b = dt.date(y, 1, 1), dt.date(y + 9, 12, 31)
        return _Res("DATE", f"{y // 10:03d}", mod, "decade", *_apply_mod(a, b, mod), anchor, av)

    def _r_century(self, c: _Cand, text, clause, in_quote, block) -> _Res:
        o = c.f["ord"].lower()
        n = int(re.match(r"\d+", o).group()) if o[0].isdigit() else _ORDINALS[o.replace("-", " ")
                                                                              if " " in o else o]
        mod = _mod_of(c.f.get("mod"))
        y = (n - 1) * 100
        a, b = dt.date(max(1, y), 1, 1), dt.date(y + 99, 12, 31)
        return _Res("DATE", f"{n - 1:02d}", mod, "century", *_apply_mod(a, b, mod), "absolute", "")

    def _r_deictic(self, c: _Cand, text, clause, in_quote, block) -> _Res:
        f = c.f
        pos = c.start
        if "rel" in f:
            rel = f["rel"].lower().split()[-1]  # last | next | this | past | coming | the
            what = f["what"]
            wl = what.lower()
            if rel == "the":  # "the end of the year": this year, or the narrative's
                ref, anchor, av = self.year_reference(block, pos, clause)
                if ref is None:
                    return _Res("DATE", "XXXX", _mod_of(f.get("mod")), "", anchor="none")
                a, b = _interval(wl, ref)
                mod = _mod_of(f.get("mod"))
                return _Res("DATE", _val(wl, ref), mod, wl, *_apply_mod(a, b, mod), anchor, av)
            prev_century = rel == "last" and wl in ("decade", "century") and re.search(
                r"\b(?:of|through|throughout|during)\s+$", text[max(0, pos - 14):pos])
            if len(f["rel"].split()) > 1 and wl in _UNIT_CODE and not prev_century:
                # ("the wars of the last century" is the previous century, a date)
                # "the past decade", "over the next year": a stretch of time, not a date
                return _Res("DURATION", f"P1{_UNIT_CODE[wl]}", "", "duration")
            ref, anchor, av = self._pub_or_none()
            if ref is None:
                return _Res("DATE", "XXXX", "", "", anchor="none")
            step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
            if wl in ("morning", "afternoon", "evening", "night"):
                d = ref + dt.timedelta(days=min(step, 0))
                return _Res("TIME", f"{d.isoformat()}T{_PART_OF_DAY[wl]}", "", "time", d, d,
                            anchor, av)
            if wl in _UNIT_CODE or wl == "weekend":
                unit = "week" if wl == "weekend" else wl
                d = _shift(ref, step, unit)
                gran = unit
                a, b = _interval(gran, d)
                if wl == "weekend":
                    a = a + dt.timedelta(days=5)
                    return _Res("DATE", _val("week", d, "-WE"), "", "week", a, b, anchor, av)
                mod = _mod_of(f.get("mod"))
                return _Res("DATE", _val(gran, d), mod, gran, *_apply_mod(a, b, mod), anchor, av)
            if wl in _SEASONS:
                s = _SEASONS[wl]
                cur = [y for y in (ref.year - 1, ref.year)
                       if _season_interval(y, s)[0] <= ref]
                if step < 0:
                    ys = [y for y in (ref.year - 2, ref.year - 1, ref.year)
                          if _season_interval(y, s)[1] < ref]
                    y = max(ys)
                elif step > 0:
                    ys = [y for y in (ref.year, ref.year + 1) if _season_interval(y, s)[0] > ref]
                    y = min(ys)
                else:  # "this autumn": the one of the current year (winter: the one under way)
                    y = max(cur) if cur and _season_interval(max(cur), s)[1] >= ref else \
                        (ref.year - 1 if s == "WI" and ref.month <= 3 else ref.year)
                a, b = _season_interval(y, s)
                return _Res("DATE", f"{y:04d}-{s}", "", "season", a, b, anchor, av)
            if wl in _MONTH_NUM:
                m = _MONTH_NUM[wl]
                if step < 0:
                    y = ref.year if m < ref.month else ref.year - 1
                elif step > 0:
                    y = ref.year if m > ref.month else ref.year + 1
                else:
                    y = _pick_year(m, None, ref, clause)
                a, b = dt.date(y, m, 1), _month_end(y, m)
                return _Res("DATE", f"{y:04d}-{m:02d}", "", "month", a, b, anchor, av)
            if wl in _WEEKDAYS:
                t = _WEEKDAYS.index(wl)
                s = step or (1 if clause == "future" else -1)
                d = ref + dt.timedelta(days=s)
                while d.weekday() != t:
                    d += dt.timedelta(days=s)
                return _Res("DATE", d.isoformat(), "", "day", d, d, anchor, av)
            return _Res("DATE", "XXXX", "", "", anchor="none")
        if "unit" in f:  # N units ago
            n = _number(f["n"])
            unit = f["unit"].lower().rstrip("s").replace("centurie", "century")
            ref, anchor, av = self._pub_or_none()
            if n is None or ref is None:
                return _Res("DATE", "PAST_REF", "", "ref")
            gran = {"second": "day", "minute": "day", "hour": "day",
                    "fortnight": "week"}.get(unit, unit)
            if gran == "decade" or (n != int(n) and gran == "century"):
                gran = "year"  # "a decade ago", "half a century ago": a year
            sign = -1 if f.get("dir", "ago").lower() == "ago" else 1  # "a century from now"
            d = _shift(ref, sign * n, unit) if unit not in ("second", "minute", "hour") else ref
            a, b = _interval(gran, d)
            q = re.sub(r"\s+", " ", f.get("q", "").strip().lower())
            mod = ("APPROX" if q in ("about", "around", "roughly", "some") else
                   "LESS_THAN" if q in ("nearly", "almost", "less than", "under", "just", "barely")
                   else "MORE_THAN" if q in ("more than", "over", "at least") else "")
            return _Res("DATE", _val(gran, d), mod, gran, a, b, anchor, av)
        word = f["what"].lower()
        offset = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}[word]
        if "dba" in f:  # the day before yesterday, the day after tomorrow
            offset += -1 if "before" in f["dba"].lower() else 1
        ref, anchor, av = self._pub_or_none()
        an = self.narrative(block, pos, finest="day")
        if in_quote and an is not None and an.gran == "day" and (
                self.pub is None or an.a <= self.pub):
            # a quote is spoken on a day already reported, never on a scheduled future one
            ref, anchor, av = an.a, "narrative", an.value
        if ref is None:
            return _Res("DATE", "XXXX-XX-XX", "", "day")
        d = ref + dt.timedelta(days=offset)
        pod = "night" if word == "tonight" else f.get("pod")
        if pod:
            return _Res("TIME", f"{d.isoformat()}T{_PART_OF_DAY[pod.lower()]}", "", "time", d, d,
                        anchor, av)
        return _Res("DATE", d.isoformat(), "", "day", d, d, anchor, av)

    def _anaphor_ref(self, block: int, pos: int, finest: str = "") -> tuple[
            _Anchor | None, str]:
        an = self.narrative(block, pos, finest)
        if an is not None:
            return an, "narrative"
        if self.pub is not None:
            d = self.pub
            return _Anchor(pos, d.isoformat(), "day", d, d, False, block), "publication"
        return None, "none"

    def _r_anaphoric(self, c: _Cand, text, clause, in_quote, block) -> _Res:
        f = c.f
        what = f.get("what", f.get("unit", f.get("season", ""))).lower().rstrip("s")
        finest = {"morning": "day", "afternoon": "day", "evening": "day", "night": "day",
                  "day": "day", "week": "week", "weekend": "week", "month": "month",
                  "year": "year", "spring": "year", "summer": "year", "autumn": "year",
                  "winter": "year"}.get(what, "")
        an, kind = self._anaphor_ref(block, c.start, finest)
        if "unit" in f:  # "a week later", "two years earlier"
            n = _number(f["n"]) if "n" in f else None
            unit = f["unit"].lower().rstrip("s").replace("centurie", "century")
            if an is None:
                return _Res("DATE", "XXXX", "", "", anchor="none")
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
                d = _shift(an.a, sign * k, unit) if k else an.a
                a, b = _interval(gran, d)
                return _Res("DATE", _val(gran, d), "", gran, a, b, kind, an.value)
            # counted from a day, weeks land on a day; the result is never finer than the anchor
            gran = {"second": "day", "minute": "day", "hour": "day", "week": "day",
                    "fortnight": "day"}.get(unit, unit)
            if gran == "decade" or (n != int(n) and gran == "century"):
                gran = "year"  # "a decade later", "half a century later": a year
            order = ["day", "week", "month", "year", "decade", "century"]
            if an.gran in order and order.index(an.gran) > order.index(gran):
                gran = an.gran
            if an.gran == "season" and gran in ("day", "week"):
                gran = "month"
            d = _shift(an.a, sign * n, unit) if unit not in ("second", "minute", "hour") else an.a
            a, b = _interval(gran, d)
            return _Res("DATE", _val(gran, d), "", gran, a, b, kind, an.value)
        if "season" in f:
            s_code = _SEASONS[f["season"].lower()]
            if an is None:
                return _Res("DATE", f"XXXX-{s_code}", "", "season")
            w = f["w"].lower()
            y = an.a.year + (1 if ("following" in w or "next" in w) else
                             -1 if "previous" in w else 0)
            a, b = _season_interval(y, s_code)
            return _Res("DATE", f"{y:04d}-{s_code}", "", "season", a, b, kind, an.value)
        what = f["what"].lower()
        if an is None:
            if what == "time":
                return _Res("DATE", "PAST_REF", "", "ref")
            return _Res("DATE", "XXXX", "", "", anchor="none")
        if what == "time":
            return _Res("DATE", an.value, "", an.gran, an.a, an.b, kind, an.value)
        w = f.get("w", "").lower()
        step = 0
        if any(k in w for k in ("following", "next")) or f.get("dir", "").lower() == "after":
            step = 1
        elif any(k in w for k in ("previous", "preceding")) or f.get("dir", "").lower() == \
                "before":
            step = -1
        unit = "day" if what in _PART_OF_DAY else ("week" if what == "weekend" else what)
        order = ["day", "week", "month", "year"]
        gran = unit
        if an.gran in order and order.index(an.gran) > order.index(gran):
            gran = an.gran  # "that night" after "April 2002": April 2002
        d = _shift(an.a, step, unit)
        if what in _PART_OF_DAY:
            base = d.isoformat() if an.gran == "day" else (
                f"{_val(an.gran, an.a)}-XX" if an.gran == "month" else
                f"{_val(an.gran, an.a)}-XX-XX" if an.gran == "year" else "XXXX-XX-XX")
            a, b = _interval("day", d) if an.gran == "day" else (an.a, an.b)
            return _Res("TIME", f"{base}T{_PART_OF_DAY[what]}", "", "time", a, b, kind, an.value)
        if gran == "season":
            return _Res("DATE", an.value, "", "season", an.a, an.b, kind, an.value)
        a, b = _interval(gran, d)
        extra = "-WE" if what == "weekend" else ""
        return _Res("DATE", _val(gran, d, extra), "", gran, a, b, kind, an.value)

    def _r_then(self, c: _Cand, text, clause, in_quote, block) -> _Res:
        an = self.narrative(block, c.start)
        if an is None:
            return _Res("DATE", "PAST_REF", "", "ref")
        return _Res("DATE", an.value, "", an.gran, an.a, an.b, "narrative", an.value)

    def _r_ref(self, c: _Cand, text, clause, in_quote, block) -> _Res:
        t = re.sub(r"\s+", " ", text[c.start:c.end].lower())
        if t in ("now", "currently", "nowadays", "presently", "the moment", "modern times",
                 "these days", "present", "today", "this day") or t.startswith("the present"):
            return _Res("DATE", "PRESENT_REF", "", "ref")
        if "future" in t or t in ("soon", "eventually", "ahead") or t.endswith("term"):
            return _Res("DATE", "FUTURE_REF", "", "ref")
        return _Res("DATE", "PAST_REF", "", "ref")

    def _r_dur(self, c: _Cand, text, clause, in_quote, block) -> _Res:
        f = c.f
        unit = f["unit"].lower().rstrip("s").replace("centurie", "century")
        code = _UNIT_CODE.get(unit, "Y")
        q = re.sub(r"\s+", " ", f.get("q", "").strip().lower())
        nt = re.sub(r"\s+", " ", f.get("n", "").strip().lower())
        n = _number(nt) if nt else (1 if q == "another" else None)
        whole = text[c.start:c.end].lower()
        if n is not None and "and a half" in whole:
            n += 0.5
        if n is not None:
            n = n * _UNIT_FACTOR.get(unit, 1)
        mod = ""
        if q in ("nearly", "almost", "less than", "fewer than", "under", "up to", "just under",
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
                return _Res("DURATION", f"PT{int(n * 60)}M", mod, "duration")
            if unit == "year":
                return _Res("DURATION", f"P{int(n * 12)}M", mod, "duration")
            if unit == "day":
                return _Res("DURATION", f"PT{int(n * 24)}H", mod, "duration")
            if unit in ("decade", "century"):  # half a century: P50Y
                years = int(n * (10 if unit == "decade" else 100))
                return _Res("DURATION", f"P{years}Y", mod, "duration")
            amount = f"{n:g}"
        else:
            amount = str(int(n))
        t = "T" if unit in ("second", "minute", "hour") else ""
        return _Res("DURATION", f"P{t}{amount}{code}", mod, "duration")

    def _r_set(self, c: _Cand, text, clause, in_quote, block) -> _Res:
        f = c.f
        if "adv" in f:
            code = {"daily": "P1D", "weekly": "P1W", "fortnightly": "P2W", "monthly": "P1M",
                    "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
                    "nightly": "P1D"}[f["adv"].lower()]
            return _Res("SET", code, "", "set")
        what = f["what"].lower()
        if f.get("ofmonth"):
            return _Res("SET", "P1M", "", "set")  # "every second Thursday of the month"
        if what.capitalize() in [w.capitalize() for w in _WEEKDAYS]:
            return _Res("SET", f"XXXX-WXX-{_WEEKDAYS.index(what) + 1}", "", "set")
        if what in _PART_OF_DAY:
            return _Res("SET", f"XXXX-XX-XXT{_PART_OF_DAY[what]}", "", "set")
        if what in _SEASONS:
            return _Res("SET", f"XXXX-{_SEASONS[what]}", "", "set")
        if what == "weekend":
            return _Res("SET", "XXXX-WXX-WE", "", "set")
        unit = what.rstrip("s").replace("centurie", "century")
        n = f.get("n", "").lower()
        k = 2 if n == "other" else (_ORDINALS.get(n) or _number(n) if n else 1)
        k = int((k or 1) * _UNIT_FACTOR.get(unit, 1))
        t = "T" if unit in ("second", "minute", "hour") else ""
        return _Res("SET", f"P{t}{k}{_UNIT_CODE.get(unit, 'Y')}", "", "set")


def _easter(year: int) -> dt.date:
    """Easter Sunday (Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return dt.date(year, month, day + 1)


def _clock(f: dict, pod: str | None) -> tuple[int | None, int]:
    if "nm" in f:
        return (24, 0) if f["nm"].lower() == "midnight" else (12, 0)
    raw = f.get("h") or f.get("hw")
    if raw is None:
        return None, 0
    h = int(raw) if raw.isdigit() else int(_number(raw) or 0)
    mi = int(f.get("mi") or 0)
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


# --------------------------------------------------------------------------- text helpers

_QUOTE_CHAR = re.compile(r'[“”"]')


def _quote_mask(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of ``text[lo:hi]`` (one paragraph) inside double quotation marks."""
    spans = []
    open_at = None
    for m in _QUOTE_CHAR.finditer(text, lo, hi):
        i, ch = m.start(), m.group()
        if ch == "“" or (ch == '"' and open_at is None):
            if open_at is None:
                open_at = i
        elif ch == "”" or ch == '"':
            if open_at is not None:
                spans.append((open_at, i + 1))
                open_at = None
    if open_at is not None:
        spans.append((open_at, hi))
    return spans


_CLAUSE_BREAK = re.compile(r"\s*(?:[;:()\[\]]|\s[–—-]\s|,\s+(?=(?:and|but|while|when|although|"
                           r"though|because|whereas|which|who|where|so|yet|after|before|as)\b)"
                           r"|[“”\"])\s*")


def _clause(text: str, s_lo: int, s_hi: int, start: int, end: int,
            expand: bool = True) -> tuple[int, int]:
    """The clause of sentence ``text[s_lo:s_hi]`` containing ``[start, end)`` (with
    ``expand``, the whole sentence when the clause has fewer than five words)."""
    lo, hi = s_lo, s_hi
    for m in _CLAUSE_BREAK.finditer(text, s_lo, s_hi):
        if m.end() <= start:
            lo = max(lo, m.end())
        elif m.start() >= end:
            hi = min(hi, m.start())
            break
    if expand and len(text[lo:hi].split()) < 5:
        lo, hi = s_lo, s_hi
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


def _resolve_spans(text: str, resolver: _Resolver,
                   blocks: Iterable[tuple[int, int, int]],
                   sentences: list[tuple[int, int]]) -> list[dict]:
    """Scan each block ``(block_id, lo, hi)`` in order and resolve what is found."""
    rows: list[dict] = []
    sent_starts = [s for s, _ in sentences]
    previous = None
    for block, lo, hi in blocks:
        quotes = _quote_mask(text, lo, hi)
        if previous is not None:
            resolver.prev_block[block] = previous
        if quotes and quotes[-1][1] == hi:
            resolver.open_quote_blocks.add(block)
        previous = block
        for c in _scan(text, lo, hi):
            i = bisect.bisect_right(sent_starts, c.start) - 1
            if i >= 0 and sentences[i][0] <= c.start < sentences[i][1]:
                s_lo, s_hi = sentences[i]
            else:
                s_lo, s_hi = lo, hi
            e_lo, e_hi = _clause(text, s_lo, s_hi, c.start, c.end)
            in_quote = any(a <= c.start < b for a, b in quotes)
            resolver.in_quote_now = in_quote
            n_lo, n_hi = _clause(text, s_lo, s_hi, c.start, c.end, expand=False)
            tense = _local_tense(text[n_lo:c.start], text[c.end:n_hi])
            if _REPORTED_RE.search(text, max(lo, c.start - 45), c.start):
                tense = "past"  # "said Thursday", "told reporters on Monday"
            direct_past = bool(_DIRECT_PAST_RE.search(text, max(lo, c.start - 30), c.start))
            if direct_past and tense == "future" and not _AUX_BEFORE_RE.search(
                    text, max(lo, c.start - 45), c.start):
                tense = "past"  # "ministers met on Monday" after "next month's summit"
            resolver.strict_past = tense == "past" and bool(
                _DIRECT_PAST_RE.search(text, max(lo, c.start - 30), c.start)) and not re.search(
                r"\b(?:if|If|unless|would|could|should|might|whether|once|when|until|before)\b",
                text[max(lo, c.start - 40):c.start])  # "if he lost on Nov. 3" is hypothetical
            resolver.generic_period = bool(
                _GENERIC_PERIOD_RE.search(text, max(lo, c.start - 40), c.start))
            resolver.strict_future = False
            if _SCHEDULE_RE.search(text, max(lo, c.start - 30), c.start):
                tense = "future"  # "a recess that begins Friday"
                resolver.strict_future = True
            if c.kind == "cal" and "season" in c.f and "year" not in c.f and tense != "future" \
                    and _SEASON_AHEAD_RE.search(text, max(lo, c.start - 60), c.start):
                tense = "future"  # "before the spring", "agreed to meet in the spring"
            if _CITATION_RE.search(text, max(lo, c.start - 60), c.start):
                tense = "cited"  # "(news article, July 6)": an earlier publication
            res = resolver.resolve(c, text, tense, in_quote, block)
            resolver.note(res, c.start, in_quote, block)
            rows.append({
                "start": c.start, "end": c.end, "text": text[c.start:c.end],
                "type": res.type, "value": res.value, "mod": res.mod,
                "granularity": res.granularity,
                "interval_start": res.a.isoformat() if res.a else "",
                "interval_end": res.b.isoformat() if res.b else "",
                "anchor": res.anchor, "anchor_value": res.anchor_value,
                "in_quote": in_quote,
                "event_text": text[e_lo:e_hi], "event_start": e_lo, "event_end": e_hi,
                "_sentence": i if i >= 0 and sentences[i][0] <= c.start < sentences[i][1] else -1,
                "_block": block,
            })
    return rows


# --------------------------------------------------------------------------- public API

def find_timexes(text: str, start: int = 0, end: int | None = None,
                 reference: str | dt.date | None = None) -> pd.DataFrame:
    """Temporal expressions in ``text[start:end]``, resolved against ``reference``.

    ``reference`` is the publication date (ISO string or date); without it, deictic
    expressions keep ``X`` in their value. Each line is a paragraph (quotation marks reset at
    line breaks). Offsets index ``text``. Returns the columns of :data:`TIMEX_COLUMNS` without
    ``source``, ``article_id``, ``sentence_id`` and ``block_kind``.
    """
    from helpers.core.sentences import split_sentences

    if not isinstance(text, str):
        return pd.DataFrame(columns=_TEXT_COLUMNS)
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    blocks = [(i, start + m.start(), start + m.end())
              for i, m in enumerate(re.finditer(r"[^\n]+", text[start:end]))]
    sentences = split_sentences(text, start, end) if end > start else []
    resolver = _Resolver(_to_date(reference))
    rows = _resolve_spans(text, resolver, blocks, sentences)
    df = pd.DataFrame(rows, columns=_TEXT_COLUMNS + ["_sentence", "_block"])
    return df[_TEXT_COLUMNS].reset_index(drop=True)


def extract_timexes(corpus: Corpus) -> pd.DataFrame:
    """One row per temporal expression of every article (columns: :data:`TIMEX_COLUMNS`).

    Titles, standfirsts, headings, body paragraphs, list items and correction notes are
    searched, in reading order, so that each article's narrative reference time follows the
    text. Publication dates come from ``corpus.articles.date``.
    """
    out: list[pd.DataFrame] = []
    blocks = corpus.blocks
    blocks = blocks[blocks["kind"].isin(TIMEX_BLOCK_KINDS)].sort_values(["source", "start"])
    sents = corpus.sentences.sort_values(["source", "start"])
    b_groups = dict(iter(blocks.groupby(["source", "article_id"], sort=False)))
    s_groups = dict(iter(sents.groupby(["source", "article_id"], sort=False)))
    empty_b, empty_s = blocks.iloc[:0], sents.iloc[:0]
    for art in corpus.articles.itertuples(index=False):
        text = corpus.texts[art.source]
        b = b_groups.get((art.source, art.article_id), empty_b)
        s = s_groups.get((art.source, art.article_id), empty_s)
        spans = list(zip(s["start"].astype(int), s["end"].astype(int)))
        ids = s["sentence_id"].astype(int).tolist()
        kinds = dict(zip(b["block_id"].astype(int), b["kind"]))
        resolver = _Resolver(_to_date(art.date))
        rows = _resolve_spans(
            text, resolver,
            zip(b["block_id"].astype(int), b["start"].astype(int), b["end"].astype(int)), spans)
        if not rows:
            continue
        df = pd.DataFrame(rows)
        df["sentence_id"] = [ids[i] if i >= 0 else -1 for i in df.pop("_sentence")]
        df["source"] = art.source
        df["article_id"] = art.article_id
        df["block_kind"] = [kinds.get(x, "") for x in df.pop("_block")]
        out.append(df)
    if not out:
        return pd.DataFrame(columns=TIMEX_COLUMNS)
    result = pd.concat(out, ignore_index=True)[TIMEX_COLUMNS]
    result["in_quote"] = result["in_quote"].astype(bool)
    return result.sort_values(["source", "start"], kind="stable").reset_index(drop=True)


# --------------------------------------------------------------------------- dated events

DATED_EVENT_COLUMNS = [
    "source", "article_id", "title", "publication", "sentence_id", "start", "end", "text",
    "type", "value", "mod", "granularity", "anchor", "in_quote", "interval_start",
    "interval_end", "date_start", "date_end", "date_mid", "shape", "position", "label",
    "event_text",
]


def short_label(event: str, expression: str, max_chars: int = 48) -> str:
    """A short event label: the clause around ``expression``, cut to ``max_chars`` characters
    on word boundaries and centred on the expression when the clause is long."""
    event = re.sub(r"\s+", " ", str(event)).strip().strip("“”\"'‘’ ")
    if len(event) <= max_chars:
        return event
    i = event.find(expression)
    lo = 0 if i < 0 else max(0, i - max_chars // 3)
    piece = event[lo:lo + max_chars]
    if lo > 0:
        piece = "…" + piece[piece.find(" ") + 1:] if " " in piece else "…" + piece
    if lo + max_chars < len(event):
        piece = piece[:piece.rfind(" ")] + "…" if " " in piece else piece + "…"
    return piece


def dated_events(timexes: pd.DataFrame, corpus: Corpus | None = None,
                 max_chars: int = 48) -> pd.DataFrame:
    """The expressions that name a calendar interval, ready for a timeline.

    Keeps rows of :func:`extract_timexes` with an ``interval_start`` (dates and times, not
    durations, sets or PRESENT/PAST/FUTURE_REF). Adds ``date_start``/``date_end``/``date_mid``
    (``datetime.date``; any year from 1 to 9999), ``shape`` (``point`` for a single day,
    ``span`` for weeks, months, seasons, years, ranges, decades, centuries), ``position`` (share
    of the article's characters before the expression: 0 = top, 1 = end; the *time of telling*),
    ``label`` (short event text), and, with ``corpus``, ``title`` and ``publication``.
    """
    df = timexes[timexes["interval_start"].astype(str) != ""].copy() if len(timexes) else \
        pd.DataFrame(columns=TIMEX_COLUMNS)
    if df.empty:
        return pd.DataFrame(columns=DATED_EVENT_COLUMNS)
    df["date_start"] = df["interval_start"].map(dt.date.fromisoformat)
    df["date_end"] = df["interval_end"].map(dt.date.fromisoformat)
    df["date_mid"] = [a + (b - a) / 2 for a, b in zip(df["date_start"], df["date_end"])]
    df["shape"] = ["point" if a == b else "span" for a, b in zip(df["date_start"], df["date_end"])]
    df["label"] = [short_label(e, t, max_chars) for e, t in zip(df["event_text"], df["text"])]
    df["title"] = ""
    df["publication"] = ""
    df["position"] = 0.0
    if corpus is not None and len(corpus.articles):
        arts = corpus.articles.set_index("article_id")
        df["title"] = df["article_id"].map(arts["title"]).fillna("")
        df["publication"] = df["article_id"].map(arts["date"]).fillna("")
        a_start = df["article_id"].map(arts["start"]).astype(float)
        a_len = (df["article_id"].map(arts["end"]) - df["article_id"].map(arts["start"]))
        df["position"] = ((df["start"] - a_start) / a_len.clip(lower=1)).round(4)
    return df[DATED_EVENT_COLUMNS].reset_index(drop=True)


# --------------------------------------------------------------------------- scoring

def _prep(df: pd.DataFrame) -> pd.DataFrame:
    df = by_file_name(df)
    for col in ("type", "value", "mod"):
        if col not in df.columns:
            df[col] = ""
        df[col] = df[col].fillna("").astype(str)
    return df.reset_index(drop=True)


def score_timexes(pred: pd.DataFrame, gold: pd.DataFrame) -> dict[str, float]:
    """TempEval-3 style scores of predicted against gold temporal expressions.

    Extraction: strict (identical offsets) and relaxed (any overlap) precision/recall/F1,
    one-to-one matching by :func:`helpers.evaluate.metrics.match_spans`. Attributes:
    ``value_accuracy``
    and ``type_accuracy`` over the relaxed matches (the share of matched expressions whose
    value/type equals gold), and TempEval's ``value_f1`` (F1 counting only matches with the right
    value as true positives). Sources are compared by file name.
    """
    p, g = _prep(pred), _prep(gold)
    strict = match_spans(g, p, overlap=False)
    relaxed = match_spans(g, p, overlap=True)
    s = prf(len(strict), len(p) - len(strict), len(g) - len(strict))
    r = prf(len(relaxed), len(p) - len(relaxed), len(g) - len(relaxed))
    n = len(relaxed)
    val_ok = sum(g.at[gi, "value"] == p.at[pi, "value"] for gi, pi in relaxed)
    type_ok = sum(g.at[gi, "type"] == p.at[pi, "type"] for gi, pi in relaxed)
    value_f1 = prf(val_ok, len(p) - val_ok, len(g) - val_ok)["f1"]
    return {
        "strict_precision": s["precision"], "strict_recall": s["recall"], "strict_f1": s["f1"],
        "relaxed_precision": r["precision"], "relaxed_recall": r["recall"],
        "relaxed_f1": r["f1"],
        "value_accuracy": val_ok / n if n else 0.0,
        "type_accuracy": type_ok / n if n else 0.0,
        "value_f1": value_f1,
        "n_gold": len(g), "n_pred": len(p), "n_relaxed_matches": n,
        "n_strict_matches": len(strict),
    }


def timex_errors(pred: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Error table: missed, spurious, boundary, value and type errors, one row each."""
    p, g = _prep(pred), _prep(gold)
    relaxed = match_spans(g, p, overlap=True)
    rows = []
    mg = {gi for gi, _ in relaxed}
    mp = {pi for _, pi in relaxed}
    for gi, pi in relaxed:
        gr, pr = g.loc[gi], p.loc[pi]
        kinds = []
        if (gr["start"], gr["end"]) != (pr["start"], pr["end"]):
            kinds.append("extent")
        if gr["value"] != pr["value"]:
            kinds.append("value")
        if gr["type"] != pr["type"]:
            kinds.append("type")
        for k in kinds:
            rows.append({"error": k, "start": int(gr["start"]), "gold_text": gr["text"],
                         "pred_text": pr["text"], "gold_type": gr["type"], "pred_type": pr["type"],
                         "gold_value": gr["value"], "pred_value": pr["value"]})
    for gi in g.index.difference(list(mg)):
        gr = g.loc[gi]
        rows.append({"error": "missed", "start": int(gr["start"]), "gold_text": gr["text"],
                     "pred_text": "", "gold_type": gr["type"], "pred_type": "",
                     "gold_value": gr["value"], "pred_value": ""})
    for pi in p.index.difference(list(mp)):
        pr = p.loc[pi]
        rows.append({"error": "spurious", "start": int(pr["start"]), "gold_text": "",
                     "pred_text": pr["text"], "gold_type": "", "pred_type": pr["type"],
                     "gold_value": "", "pred_value": pr["value"]})
    cols = ["error", "start", "gold_text", "pred_text", "gold_type", "pred_type", "gold_value",
            "pred_value"]
    return pd.DataFrame(rows, columns=cols).sort_values(["start", "error"]).reset_index(drop=True)
