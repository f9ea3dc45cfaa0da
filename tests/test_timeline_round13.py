"""Timeline round 13: the year of a year-less month or date in future talk, and ``N units
later`` with no anchor.

Invented texts, one general cause each (``docs/notes/real_news.md``, round 13); values worked
out by hand with a calendar (reference 2032-03-10, a Wednesday).
"""

from __future__ import annotations

from helpers.instruments.timeline import find_timexes, timex3_rows

REF = "2032-03-10"


def tx(text: str, reference: str = REF) -> list[tuple[str, str, str]]:
    """(text, type, value) of every TIMEX3 the instrument's TimeML reading gives."""
    rows = timex3_rows(find_timexes(text, reference=reference), text)
    return list(zip(rows["text"], rows["type"], rows["value"]))


def test_a_month_in_a_future_clause_is_the_next_one() -> None:
    # last November is nearer to a March reference, but "will win" speaks of what is to come
    assert tx("She will win the seat in November.") == [("November", "DATE", "2032-11")]
    assert tx("The guild is to elect a new chair in October.") == [
        ("October", "DATE", "2032-10")]


def test_a_day_in_a_future_clause_is_the_next_one() -> None:
    # a day already past this year is next year's in a future clause
    assert tx("The two mayors will meet on Feb. 3.") == [("Feb. 3", "DATE", "2033-02-03")]


def test_a_month_in_a_past_or_tenseless_clause_stays_the_nearest() -> None:
    # guards: the past keeps last November; a present clause, which the tense reader cannot
    # tell from a clause without markers, keeps the nearest (round 13 tried "next": worse)
    assert tx("She won the seat in November.") == [("November", "DATE", "2031-11")]
    assert tx("The ballot is in November.") == [("November", "DATE", "2031-11")]
    # a month still ahead this year is this year's in any tense
    assert tx("She will win the seat in May.") == [("May", "DATE", "2032-05")]


def test_can_before_a_month_looks_forward() -> None:
    # "can" + verb speaks of a possible event, not a past one: like "will", it governs the
    # date after it in its clause
    assert tx("Voters backed the only mayor who can win in November.") == [
        ("November", "DATE", "2032-11")]
    assert tx("The ferry cannot sail on Monday.") == [("Monday", "DATE", "2032-03-15")]
