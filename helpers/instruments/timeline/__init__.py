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
  brackets, as a modifier (``the 2016 referendum``, ``post-2008``, and before capitalised
  modifiers of a common noun: ``the 1967 Middle East war``), opening a sentence as its subject
  (``2016 was ...``, ``Perhaps 2016 will ...``) or listed after a year (``in 2005, 2010 and
  2015``). Never money (``£1,975``), counts (``600,000``, ``85 carloads``), speeds, percentages
  or ages; a number followed by a plural noun (``by 2000 votes``) is not a year, nor is one in
  a name (``the 1922 Committee``, ``the 1922 Committee met``).
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
* ``in a generation``, ``for generations``: DURATION ``PXY``; ``for a while``, ``for a
  lengthy period``: DURATION ``PXX`` (not ``for a long time``: its unit depends on the story).
* Sets: ``every week``, ``every other Monday``, ``every third Thursday``, ``weekly``,
  ``every Sunday``, ``on Sundays``, ``weekends``, ``annually``, ``once a year``, rates such as
  ``1,500 tonnes a day`` or ``$5 per week``.
* Clock times: ``10am``, ``10.30pm``, ``at seven on ...``, ``1105 GMT``, ``noon``,
  ``midnight``; a bare clock time takes the day mentioned just before it, if any. A part of
  day used as a time after a preposition (``by mid afternoon``, ``in the morning``) likewise,
  or the publication day when no day was told; ``six in the morning`` is one clock time.
* Days spelled as ordinals (``March eighth``, ``the twenty-first of June``).

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
articles). ``speech``: a deictic expression inside a quotation (``yesterday``, ``last week``,
``two days ago``) resolved against the day the words were reported spoken, i.e. the nearest
preceding narrative day when one is known and is not after publication (an expression itself
counted from that day is never the speech time of the next one); ``anchor_value`` is that day.
``narrative``: resolved against the *narrative reference time*, the nearest
preceding resolved date of the same article (a date later than the publication date serves only
clauses not in the past tense: ``a hearing on Jan. 9 ... a vote could come later that month``); a
date inside a quotation serves as reference only within its own paragraph. ``none``: durations,
sets, PRESENT/PAST/FUTURE_REF, or nothing to resolve against (then the value keeps ``X``).

* Deictic expressions (``last week``, ``yesterday``, ``two years ago``, ``last summer``) use the
  publication date. Seasons run SP 21 Mar-20 Jun, SU 21 Jun-22 Sep, FA 23 Sep-20 Dec, WI 21
  Dec-20 Mar; ``last summer`` is the most recent summer that has *ended* (written on 17
  September 2007: ``2006-SU``), ``this autumn`` the one of the current year. ``the past/last/
  next + unit`` (``over the past decade``) is a DURATION (``P1DE``). ``today``/``yesterday``,
  ``last/this/next week|month|year`` and ``N units ago`` inside a quotation use the speech
  time (anchor ``speech``) when there is one, else the publication date.
* Anaphoric expressions (``the following day``, ``a week later``, ``that night``, ``then``,
  ``at the time``) use the narrative reference: the nearest preceding date at least as fine as
  the expression needs (``that day`` looks for a day, ``that year`` for a year or finer), else
  the nearest date of any granularity, else the publication date. ``N units later`` keeps the
  precision of its anchor (``a week later`` after ``April 2002`` -> ``2002-04``; after ``11
  March 2017`` -> ``2017-03-18``). In a past clause, a coarser date met on the way back that
  lies more than a month from the finer one sets the scene instead (``Monday ... learned that
  in 1990 ... the next day`` -> 1990, TimeML ``1990-XX-XX``; ``last fall ... that night``);
  a glance at a near period (``last week``) or a present-tense narration keeps the day.
* Year-less dates (``23 February``, ``in October``) take the year that puts them nearest the
  reference date, where a date after the reference counts 1.5 times its distance in a
  present-tense clause and 3 times in a past or present-perfect one, and a date before it 1.5
  times in a future clause (``will``, ``must``, ``may``, ``scheduled`` ...). When such a
  modal (or ``can``, ``ahead of``) comes before the date in its clause and governs it, the
  date is still to come: the next occurrence (``He will win in November`` in March -> this
  November), as after a scheduling verb (``begins Oct. 21``). A weekday named
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
(absolute | publication | speech | narrative | none), ``anchor_value``, ``in_quote`` (bool),
``event_text``, ``event_start``,
``event_end`` (the clause the expression dates: the part of its sentence between clause
breaks, or the whole sentence when that part is very short), ``timex3_start``, ``timex3_end``,
``timex3_type``, ``timex3_value`` (the expression as TimeML would tag it, empty value where
TimeML tags none: see :mod:`helpers.instruments.timeline.timex3`), ``block_kind``.

The interval of ``early/mid/late X`` is the first/middle/last third of X. :func:`find_timexes`
returns the same columns without ``source``, ``article_id``, ``sentence_id`` and ``block_kind``.
:func:`dated_events` keeps the rows with an interval and adds what a timeline figure needs;
:func:`helpers.evaluate.timeline.score_timexes` and ``timex_errors`` compare predictions with
the gold annotation. An expression that names no possible date (``31 February 2019``) keeps
the value ``XXXX`` and is listed in one :class:`TimexResolutionWarning`.

Modules: ``grammar`` (word tables; each pattern declared with its kind, priority and key),
``scan`` (context filters, overlaps, composites), ``tense`` (tense cues), ``dates`` (calendar
arithmetic), ``records`` (the rows passed between stages), ``resolver`` (reference times and the
``{kind: function}`` table), ``resolve_calendar`` / ``resolve_relative`` /
``resolve_period`` (one function per kind; ``resolve_period``: business-news quarters),
``named_days`` (holidays and political days from ``data/lexicons/timeline_named_days.csv``),
``timex3`` (the TimeML reading), ``extract`` (:func:`find_timexes`, :func:`extract_timexes`),
``events`` (:func:`dated_events`).

Limits: rule-based and English-only; ``then`` and ``once`` are caught only in the patterns
above; implicit references (``the day of the result``) and named events (``the Iraq war``)
are not dated, and named days only those of the data file (a year-varying one such as Super
Tuesday only in the years its table lists); anaphora is resolved to the nearest preceding
date, which is wrong when the writer jumps back to an earlier thread.
"""

from __future__ import annotations

from helpers.instruments.timeline.events import DATED_EVENT_COLUMNS, dated_events, short_label
from helpers.instruments.timeline.extract import TIMEX_COLUMNS, extract_timexes, find_timexes
from helpers.instruments.timeline.records import TimexResolutionWarning
from helpers.instruments.timeline.timex3 import timex3_rows

__all__ = [
    "DATED_EVENT_COLUMNS",
    "TIMEX_COLUMNS",
    "TimexResolutionWarning",
    "dated_events",
    "extract_timexes",
    "find_timexes",
    "short_label",
    "timex3_rows",
]
