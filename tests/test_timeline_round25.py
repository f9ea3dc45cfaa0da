"""Timeline round 25: value conventions of the TIMEX3 column counted on TimeBank's gold
(issue 14).

Invented texts (``docs/notes/real_news.md``, round 25); values worked out by hand (reference
2031-10-29, a Wednesday of ISO week 44).
"""

from __future__ import annotations

from test_timeline_round14 import tx

from helpers.instruments.timeline import find_timexes


def test_the_past_unit_without_a_count_is_the_calendar_unit_before_in_the_timex3() -> None:
    # TimeBank codes "the past year", "the last decade" (no count) as the DATE before the DCT
    # (4 of 4); the project row keeps its stretch of time (a DURATION)
    assert tx("Hate groups have grown over the past year.") == [
        ("the past year", "DATE", "2030")]
    assert tx("Wages lost ground to prices in the last decade.") == [
        ("the last decade", "DATE", "202")]
    assert tx("Sales slowed in the past month.") == [("the past month", "DATE", "2031-09")]
    assert tx("Shares fell during the past week.") == [("the past week", "DATE", "2031-W43")]
    rows = find_timexes("Hate groups have grown over the past year.", reference="2031-10-29")
    assert list(zip(rows["type"], rows["value"])) == [("DURATION", "P1Y")]
    # with a count it stays a stretch of time (TimeBank 24 of 25 DURATION)
    assert tx("Prices rose over the past two years.") == [
        ("the past two years", "DURATION", "P2Y")]
