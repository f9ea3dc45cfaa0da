"""Timeline round 27: the values TimeBank still gets wrong, counted by class (issue 14).

Invented texts, one general cause each (``docs/notes/real_news.md``, round 27); values worked
out by hand (reference 2031-10-29, a Wednesday, in the fourth quarter of 2031; the third
quarter of 2031 is the last one ended).
"""

from __future__ import annotations

from helpers.instruments.timeline import find_timexes, timex3_rows

REF = "2031-10-29"


def tx(text: str, reference: str = REF) -> list[tuple[str, str, str]]:
    """(text, type, value) of every TIMEX3 the instrument's TimeML reading gives."""
    rows = timex3_rows(find_timexes(text, reference=reference), text)
    return list(zip(rows["text"], rows["type"], rows["value"]))


def test_a_change_from_a_year_earlier_compares_with_the_quarter_without_a_figure() -> None:
    # "shrank from a year earlier": the term of a comparison, though the sentence has no
    # figure; with a reporting quarter, the same quarter a year before (was the year 2030)
    got = tx("Harbourline Corp. said its loss for the wet third quarter shrank from a year "
             "earlier as ferry fares rose.")
    assert got[-1] == ("a year earlier", "DATE", "2030-Q3")
    got = tx("Ropewalk Ltd. said third-quarter orders were down from a year ago.")
    assert got[-1] == ("a year ago", "DATE", "2030-Q3")


def test_a_plain_year_earlier_without_a_comparison_stays_the_year() -> None:
    # guard: no figure, no verb of change before it: a narrative anaphor, the year before
    got = tx("Ropewalk Ltd. closed a mill in the third quarter. A year earlier the owners "
             "had bought it.")
    assert got[-1] == ("A year earlier", "DATE", "2030")


def test_an_earlier_quarter_named_in_passing_keeps_the_quarter_reported() -> None:
    # the third quarter is the period reported; "after a weak second quarter" names an
    # earlier quarter without its results: comparisons stay with the third (was 2030-Q2)
    got = tx("Marlow Glass posted a 12% rise in third-quarter profit. After a weak second "
             "quarter, demand for bottles returned. Costs in the year-earlier period were "
             "higher, and margins were wider than a year ago.")
    assert ("second quarter", "DATE", "2031-Q2") in got
    assert ("the year-earlier period", "DATE", "2030-Q3") in got
    assert got[-1] == ("a year ago", "DATE", "2030-Q3")


def test_an_earlier_quarter_with_its_results_or_fiscal_becomes_the_period() -> None:
    # guards: a quarter whose results are given, or a fiscal quarter, is the period reported
    got = tx("Marlow Glass posted a 12% rise in third-quarter profit. Separately, Kelp Mills "
             "said second-quarter earnings fell to $2 million from $3 million a year ago.")
    assert got[-1] == ("a year ago", "DATE", "2030-Q2")
    got = tx("Marlow Glass posted a 12% rise in third-quarter profit. Kelp Mills earned $2 "
             "million in the fiscal second quarter, up from $1 million a year earlier.")
    assert got[-1] == ("a year earlier", "DATE", "2030-Q2")


def test_the_latest_period_is_a_quarter_whose_results_are_reported_though_not_over() -> None:
    # a fourth quarter whose results a past clause reports in October is a fiscal quarter
    # that has ended: "the latest period" is it (was the last calendar quarter, 2031-Q3)
    got = tx("Tallowmere Foods reported a 20% fall in fourth-quarter earnings. Sales in the "
             "latest period were $2 billion.")
    assert got == [("fourth-quarter", "DATE", "2031-Q4"), ("the latest period", "DATE", "2031-Q4")]


def test_the_latest_quarter_after_a_forecast_is_the_last_one_over() -> None:
    # guard: a quarter's results in a forecast are not reported yet
    got = tx("Tallowmere Foods expects fourth-quarter earnings to fall. Sales in the latest "
             "quarter were flat.")
    assert got[-1] == ("the latest quarter", "DATE", "2031-Q3")


def test_a_relative_clause_between_commas_does_not_set_the_tense_of_its_clause() -> None:
    # ", which was approved ...," is an aside: the clause is present ("is part of a scheme to
    # balance the budget by March"), so March is the next one (was last March, read from "was
    # approved")
    got = tx("The new levy, which was approved in a close vote, is part of a scheme to balance "
             "the budget by March.")
    assert got[-1] == ("March", "DATE", "2032-03")
    got = tx("The harbour deal, which was delayed twice, is part of the council's effort to "
             "clear its $40 million debt by March.")
    assert got[-1] == ("March", "DATE", "2032-03")


def test_a_list_inside_a_relative_clause_is_no_aside() -> None:
    # guard: "who stepped down as chair, treasurer and secretary in March" stays past
    got = tx("She succeeds Ann Varley, who stepped down as chair, treasurer and secretary in "
             "March for family reasons.")
    assert got[-1] == ("March", "DATE", "2031-03")
