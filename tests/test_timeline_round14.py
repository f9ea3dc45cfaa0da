"""Timeline round 14: the largest value classes left on TimeBank and the PolNeAR TIMEX3 set.

Invented texts, one general cause each (``docs/notes/real_news.md``, round 14); values worked
out by hand (reference 2031-10-29, a Wednesday, in the fourth quarter of 2031).
"""

from __future__ import annotations

from helpers.instruments.timeline import find_timexes, timex3_rows

REF = "2031-10-29"


def tx(text: str, reference: str = REF) -> list[tuple[str, str, str]]:
    """(text, type, value) of every TIMEX3 the instrument's TimeML reading gives."""
    rows = timex3_rows(find_timexes(text, reference=reference), text)
    return list(zip(rows["text"], rows["type"], rows["value"]))


def test_a_comparison_after_a_stretch_of_months_is_the_year_before() -> None:
    # "the nine months" becomes the period compared: nine months of 2030, which TimeML can
    # only write as the year (not the third quarter of 2030)
    got = tx("Glassworks Ltd. earned $4 million in the third quarter. For the nine months, "
             "it earned $11 million, up from $8 million a year earlier.")
    assert got[-1] == ("a year earlier", "DATE", "2030")
    got = tx("Ferrytown Co. lost $2 million in the third quarter. In the first nine months, "
             "it lost $5 million, against year-earlier profit of $1 million.")
    assert got[-1] == ("year-earlier", "DATE", "2030")


def test_a_quarter_named_again_makes_the_quarter_the_period() -> None:
    # guard: once a quarter is named again, comparisons are with that quarter
    got = tx("For the nine months, sales rose 4%. In the third quarter, Ferrytown earned "
             "$2 million, up from $1 million a year ago.")
    assert got[-1] == ("a year ago", "DATE", "2030-Q3")
    # "the year-ago quarter" names a quarter whatever the period is
    got = tx("Glassworks earned $4 million in the third quarter. For the nine months it "
             "earned $9 million; in the year-ago quarter it earned $3 million.")
    assert got[-1] == ("the year-ago quarter", "DATE", "2030-Q3")


def test_the_year_period_after_a_quarter_is_that_quarter_of_the_year() -> None:
    got = tx("Ferrytown earned $6 million in the third quarter, against $2 million in the "
             "2030 period.")
    assert got[-1] == ("the 2030 period", "DATE", "2030-Q3")
    # after a stretch of months, the same months of that year: the year
    got = tx("Ferrytown earned $6 million in the third quarter. For the nine months, it "
             "earned $13 million, against $9 million in the 2030 period.")
    assert got[-1] == ("the 2030 period", "DATE", "2030")


def test_a_past_event_in_a_past_clause_is_not_after_publication() -> None:
    # a fronted month before a simple-past verb, and a past verb earlier in the clause: the
    # nearest-date cost picked next January / this December (ahead of an October reference)
    assert tx("The talks dragged on. In January, the guild brought in a new treasurer.") == [
        ("January", "DATE", "2031-01")]
    assert tx("The ferry line switched to a winter timetable in December.") == [
        ("December", "DATE", "2030-12")]


def test_a_deadline_or_a_report_in_a_past_sentence_keeps_the_nearest_date() -> None:
    # guards: an end point set in the past may lie ahead; so may what a report or an
    # infinitive speaks of
    assert tx("The guild extended its offer to Nov. 20.") == [("Nov. 20", "DATE", "2031-11-20")]
    assert tx("The lenders extended the loans through January.") == [
        ("January", "DATE", "2032-01")]
    assert tx("The guild said it would elect a treasurer in January.") == [
        ("January", "DATE", "2032-01")]


def test_alternative_counts_are_one_vague_duration_in_the_timeml_reading() -> None:
    # the amount is not one number: TimeML's X; the range of counts is inside the TIMEX3
    assert tx("The kiln reopens within two to three weeks.") == [
        ("two to three weeks", "DURATION", "PXW")]
    assert tx("More buys are due over the next 12 to 18 months.") == [
        ("the next 12 to 18 months", "DURATION", "PXM")]
    assert tx("Over the past two or three weeks, the choir rehearsed.") == [
        ("the past two or three weeks", "DURATION", "PXW")]


def test_a_range_with_two_ends_keeps_its_counts() -> None:
    # guards: "between two to six days" names two ends (TimeBank tags "six days");
    # a count after "up to" is one number
    assert tx("It takes between two to six days.") == [("six days", "DURATION", "P6D")]
    assert tx("The ban lasts up to 180 days.") == [("up to 180 days", "DURATION", "P180D")]


def test_a_quarter_of_last_or_next_year_is_one_noun_phrase() -> None:
    # "last year's quarter" is the year-ago quarter of the current period, one TIMEX3 (was
    # "last year" alone, the year); "next year's first quarter" likewise (was "next year" and
    # "first quarter", two rows)
    got = tx("Glassworks earned $4 million in the third quarter. Sales for last year's quarter "
             "were $3 million.")
    assert got[-1] == ("last year's quarter", "DATE", "2030-Q3")
    assert tx("The split may take effect in next year's first quarter.") == [
        ("next year's first quarter", "DATE", "2032-Q1")]
    assert tx("Profit in last year's second quarter was $2 million.") == [
        ("last year's second quarter", "DATE", "2030-Q2")]


def test_the_determiner_of_a_counted_duration_is_inside_the_timex3() -> None:
    # the full noun phrase, as for "the first nine months" (was the count alone)
    assert tx("Exports rose in the latest nine months.") == [
        ("the latest nine months", "DURATION", "P9M")]
    assert tx("During those 40 years, the mill never closed.") == [
        ("those 40 years", "DURATION", "P40Y")]
    assert tx("A grant paid for her first two years at the college.") == [
        ("first two years", "DURATION", "P2Y")]
    # guard: a single unit after an ordinal is no counted duration here
    assert tx("Exports rose in its first year.") == []


def test_a_comparison_with_a_year_ago_is_no_anchor() -> None:
    # "higher than a year ago" compares a state with the same period a year before; it does
    # not move the story a year back, so "earlier in the year" is this year (was 2030)
    got = tx("Glassworks earned more in the third quarter, helped by prices higher than a "
             "year ago. Orders were delayed earlier in the year by a strike.")
    assert got[-2:] == [("a year ago", "DATE", "2030-Q3"),
                        ("earlier in the year", "DATE", "2031")]
    # guard: a year ago that is no comparison still anchors the story
    got = tx("The mill closed a year ago. Later that year it reopened.")
    assert got == [("a year ago", "DATE", "2030"), ("Later that year", "DATE", "2030")]


def test_the_year_of_company_figures_is_tagged() -> None:
    # "for the year" closing a phrase, "of the year", "the full year": the current year
    assert tx("For the year, ferry traffic was flat.") == [("the year", "DATE", "2031")]
    assert tx("Sales for the full year were $6 million.") == [("the full year", "DATE", "2031")]
    assert tx("Costs rose in the first nine months of the year.") == [
        ("the first nine months", "DURATION", "P9M"), ("the year", "DATE", "2031")]
    # a year named by its last day is a stretch of a year in TimeML (TimeBank 6 of 7)
    assert tx("For the year ended July 2, Glassworks earned $2 million.") == [
        ("the year", "DURATION", "P1Y"), ("July 2", "DATE", "2031-07-02")]
    assert tx("In the fiscal year ended Jan. 31, the mill lost money.") == [
        ("the fiscal year", "DURATION", "P1Y"), ("Jan. 31", "DATE", "2031-01-31")]


def test_the_year_as_a_name_or_an_era_is_not_tagged_here() -> None:
    # guards: no figures' year ("the year of the dragon", "the year's best")
    assert tx("It was the year of the dragon.") == []
    assert tx("The choir gave the year's best concert.") == []
