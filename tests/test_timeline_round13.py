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


def test_n_units_later_is_the_amount_as_a_duration() -> None:
    # TimeML: "later"/"earlier" is a signal; the TIMEX3 is the amount, a DURATION
    assert tx("The pier opened on May 2. Three days later it closed.") == [
        ("May 2", "DATE", "2031-05-02"), ("Three days", "DURATION", "P3D")]
    assert tx("A few weeks later, the choir disbanded.") == [("A few weeks", "DURATION", "PXW")]
    assert tx("The lights failed and, a few seconds later, came back.") == [
        ("a few seconds", "DURATION", "PTXS")]
    assert tx("He had painted it two years earlier.") == [("two years", "DURATION", "P2Y")]


def test_a_year_earlier_stays_the_comparison_date() -> None:
    # guard: "a year earlier" in figures is the period compared with, tagged whole as a DATE
    got = tx("Profit rose to $4 million in the third quarter of 2031 from $3 million a year "
             "earlier.")
    assert ("a year earlier", "DATE", "2030-Q3") in got


def test_the_project_row_keeps_its_anchored_date() -> None:
    # the TimeML reading changes; the project's own row still dates the shift from its anchor
    rows = find_timexes("The pier opened on May 2. Three days later it closed.", reference=REF)
    assert rows["text"].tolist()[-1] == "Three days later"
    assert rows["value"].tolist()[-1] == "2031-05-05"


def test_a_future_marker_after_the_date_does_not_push_it_a_year_on() -> None:
    # guard: "will" after the date, in another clause, is the writer's future, not the
    # date's ("after the vote on 23 February, I will wonder"): the date stays the nearest
    assert tx("After the ferry vote on 23 February, I will wonder if they were right.") == [
        ("23 February", "DATE", "2032-02-23")]
