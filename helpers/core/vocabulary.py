"""Calendar words of English, in one place: month and weekday names and month abbreviations.

Why here: the timeline grammar, the sentence splitter (``Sept.`` does not end a sentence) and
the corpus reader's date lines all need the same names; one definition keeps them in step.
Regular expressions stay with the code that uses them (they are logic, not vocabulary).
"""

from __future__ import annotations

#: Month names, lower case, January first.
MONTHS: tuple[str, ...] = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)
#: Month name -> number (1-12).
MONTH_NUMBERS: dict[str, int] = {m: i for i, m in enumerate(MONTHS, start=1)}
#: Abbreviations of the months that are not full names themselves (``may`` is), with ``sept``.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
#: Weekday names, lower case, Monday first (index = ``date.weekday()``).
WEEKDAYS: tuple[str, ...] = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)
