"""Dates printed in article text: datelines ("Published 3 March 2017") and magazine footers.

Moved out of :mod:`helpers.core.corpus` so that the segmenter and the web-page layouts
(:mod:`helpers.core.webpage`) read dates with one set of patterns.
"""

from __future__ import annotations

import datetime as dt
import re

from helpers.core.vocabulary import MONTH_NUMBERS

__all__ = [
    "DATELINE_RE",
    "FOOTER_RE",
    "MONTHS",
    "MONTH_NAMES",
    "FILE_NAME_SOURCE",
    "dateline_date",
    "file_name_date",
    "footer_metadata",
    "iso_date",
]

#: Month name (lower case) -> number; one definition for every layer (core.vocabulary).
MONTHS = MONTH_NUMBERS

FOOTER_RE = re.compile(
    r"^This (?:article|piece|story|interview|review|essay) (?:first |originally )?appeared in"
    r" (?:the )?(?P<date>.+?) (?:print )?(?:issue|edition) of (?:the )?New Statesman"
    r"(?:[,:]\s*(?P<issue>.*))?$",
    re.IGNORECASE,
)
MONTH_NAMES = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
#: A line that is only a date (a dateline), e.g. "Published 3 March 2017", "March 3, 2017 10:02".
DATELINE_RE = re.compile(
    r"^(?:(?:Published|Updated|Posted|First published|Last updated)(?: on)?:?\s+)?"
    r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?,?\s+)?"
    r"(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>" + MONTH_NAMES + r")\s+(?P<y1>\d{4})"
    r"|(?P<m2>" + MONTH_NAMES + r")\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4})"
    r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2}))"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?\.?$",
    re.IGNORECASE,
)


def iso_date(year: int, month_name: str, day: int) -> str:
    """ISO date from a year, an English month name or abbreviation and a day; '' if invalid."""
    month = month_name.rstrip(".").lower()
    mo = next((i for name, i in MONTHS.items() if name.startswith(month[:3])), 0)
    try:
        return dt.date(year, mo, day).isoformat()
    except ValueError:
        return ""


def dateline_date(t: str) -> str:
    """ISO date of a dateline such as "Published 3 March 2017", or '' if it is not one."""
    m = DATELINE_RE.match(t)
    if not m:
        return ""
    if m.group("y3"):
        y, mo, d = int(m.group("y3")), int(m.group("m3")), int(m.group("d3"))
        try:
            return dt.date(y, mo, d).isoformat()
        except ValueError:
            return ""
    return iso_date(
        int(m.group("y1") or m.group("y2")),
        m.group("m1") or m.group("m2"),
        int(m.group("d1") or m.group("d2")),
    )


#: The ``date_source`` of a date read from the file's name (:func:`file_name_date`).
FILE_NAME_SOURCE = "file name"
#: An ISO date (``2016-03-01``) standing alone in a file name: no digit or letter glued to it,
#: but for ISO 8601's ``T`` before a time (``2016-03-01T09-30``, as scrapers name files).
_NAME_DATE_RE = re.compile(r"(?<![0-9A-Za-z])(\d{4})-(\d{2})-(\d{2})(?=T\d|[^0-9A-Za-z]|$)")


def file_name_date(name: str) -> str:
    """The ISO date (``YYYY-MM-DD``) written in a file name, or '' when there is none or more
    than one different date.

    Why: archives often name files ``outlet_2016-03-01_slug.txt`` while the text carries no
    dateline; that date is the next best evidence of publication, used only where neither
    ``metadata.csv`` nor the text gives one (``date_source`` = ``file name``). Only the full ISO
    form with hyphens counts, standing apart from other letters and digits (``20160301`` or
    ``2016-03-01b`` are not dates one can tell from ids) but for ISO 8601's ``T`` before a
    time (``2016-03-01T09-30``); an invalid day (``2016-02-30``) is none.
    """
    found = set()
    for m in _NAME_DATE_RE.finditer(name):
        try:
            found.add(dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat())
        except ValueError:
            continue
    return found.pop() if len(found) == 1 else ""


def footer_metadata(t: str) -> tuple[str, str]:
    """(ISO date or '', issue title) from a New Statesman footer line."""
    m = FOOTER_RE.match(t)
    if not m:
        return "", ""
    issue = (m.group("issue") or "").strip()
    raw = m.group("date").strip()
    dm = re.search(r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\s+(\d{4})", raw)
    md = re.search(r"([A-Za-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", raw)
    day = month = year = None
    if dm and dm.group(2).lower() in MONTHS:
        day, month, year = int(dm.group(1)), MONTHS[dm.group(2).lower()], int(dm.group(3))
    elif md and md.group(1).lower() in MONTHS:
        day, month, year = int(md.group(2)), MONTHS[md.group(1).lower()], int(md.group(3))
    if day is None:
        return "", issue
    try:
        return dt.date(year, month, day).isoformat(), issue
    except ValueError:
        return "", issue
