"""Business-news reporting periods and TimeML output conventions, on invented sentences.

Expected values were worked out by hand from the conventions in
``helpers/instruments/timeline/resolve_period.py`` and a calendar (the reference dates below
are arbitrary; 2031-11-05 is a Wednesday, 2031-Q3 runs July-September).
"""

from __future__ import annotations

from helpers.instruments.timeline import find_timexes

REF = "2031-11-05"


def rows(text: str, reference: str | None = REF) -> list[tuple[str, str, str]]:
    """(text, type, value) of every expression found."""
    df = find_timexes(text, reference=reference)
    return list(zip(df["text"], df["type"], df["value"]))


def test_hyphenated_quarter_is_latest_begun_quarter() -> None:
    got = rows("Acme Widgets posted third-quarter earnings of $4 million.")
    assert ("third-quarter", "DATE", "2031-Q3") in got


def test_numbered_quarter_not_yet_begun_is_last_year_in_past_clause() -> None:
    # written in February: the fourth quarter that has begun is last year's
    got = rows("Sales in the fourth quarter were weak, the bakery said.", "2032-02-10")
    assert ("the fourth quarter", "DATE", "2031-Q4") in got


def test_numbered_quarter_in_future_clause_is_the_next() -> None:
    got = rows("The mill will open in the first quarter.", "2031-06-20")
    assert ("the first quarter", "DATE", "2032-Q1") in got


def test_the_quarter_refers_to_current_reporting_period() -> None:
    text = ("Orbit Foods said second-quarter revenue rose 3%. In the quarter, costs fell, and "
            "the latest quarter was its best.")
    got = rows(text)
    assert ("the quarter", "DATE", "2031-Q2") in got
    assert ("the latest quarter", "DATE", "2031-Q2") in got


def test_the_latest_quarter_without_context_is_last_completed() -> None:
    got = rows("Margins narrowed in the latest quarter.", "2031-02-14")
    assert ("the latest quarter", "DATE", "2030-Q4") in got


def test_year_earlier_forms_take_the_period_a_year_before() -> None:
    text = ("Profit for the third quarter was $9 million, up from $7 million in the year-ago "
            "period. Year-earlier sales were $40 million, and net rose from $2 million a year "
            "earlier.")
    got = rows(text)
    assert ("the year-ago period", "DATE", "2030-Q3") in got
    assert ("Year-earlier", "DATE", "2030-Q3") in got
    assert ("a year earlier", "DATE", "2030-Q3") in got


def test_a_year_ago_without_figures_keeps_the_year() -> None:
    text = "Zeta Mills reported fourth-quarter results. A year ago, the founder retired."
    got = rows(text, "2032-01-20")
    assert ("A year ago", "DATE", "2031") in got


def test_repeated_comparisons_do_not_chain() -> None:
    text = ("In 2026 the charity raised $3 million, up from $2 million a year earlier. Donors "
            "gave 400 gifts, against 350 a year earlier.")
    got = rows(text)
    assert [v for t, _, v in got if t == "a year earlier"] == ["2025", "2025"]


def test_quarter_of_a_game_or_share_is_not_a_period() -> None:
    got = rows("A quarter of voters left; the quarter of the match was dull.")
    assert not any("quarter" in t for t, _, _ in got)


def test_timex3_reading_of_durations_and_adverbs() -> None:
    from helpers.instruments.timeline.timex3 import timex3_value, to_timex3

    assert timex3_value("PT24H") == "P1D"
    assert timex3_value("PT48H") == "P2D"
    assert timex3_value("PT5H") == "PT5H"
    assert timex3_value("PT1.5M") == "PT1M30S"
    assert timex3_value("PT2.5H") == "PT2H30M"
    text = "Over the nine months the kiln previously cooled."
    dur = text.index("nine months")
    assert to_timex3(text, dur, dur + 11, "DURATION", "P9M").start == dur - 4
    adv = text.index("previously")
    assert to_timex3(text, adv, adv + 10, "DATE", "PAST_REF").value == ""


def test_find_timexes_carries_timex3_columns() -> None:
    df = find_timexes("The vote took the last twenty four hours, in recent years.", reference=REF)
    row = df[df["text"] == "the last twenty four hours"].iloc[0]
    assert (row["value"], row["timex3_value"]) == ("PT24H", "P1D")
    rec = df[df["text"].str.contains("recent years")].iloc[0]
    assert (rec["timex3_type"], rec["timex3_value"]) == ("DURATION", "PXY")


def test_results_of_a_just_ended_quarter_still_to_come() -> None:
    got = rows("Orbit Foods will report third-quarter results next week.", "2031-10-20")
    assert ("third-quarter", "DATE", "2031-Q3") in got


def test_the_latest_quarter_is_a_completed_one() -> None:
    text = ("Orbit Foods expects fourth-quarter sales to rise 2%. In the latest quarter, "
            "profit fell 4%.")
    assert ("the latest quarter", "DATE", "2031-Q3") in rows(text)


def test_adjectival_forms_keep_no_determiner() -> None:
    from helpers.instruments.timeline.timex3 import to_timex3

    text = "During the two-week recess, its fourth quarter ended; the year-earlier sales fell 3%."
    i = text.index("two-week")
    assert to_timex3(text, i, i + 8, "DURATION", "P2W").start == i
    got = rows(text)
    assert ("fourth quarter", "DATE", "2031-Q4") in got
    assert ("year-earlier", "DATE", "2030-Q4") in got


def test_year_modifying_a_noun_after_possessive() -> None:
    got = rows("The guild recalled its 2014 strike and that 2009 ruling, and the firm's 2027 "
               "budget, but not his 2000 votes.")
    assert ("2014", "DATE", "2014") in got
    assert ("2009", "DATE", "2009") in got
    assert ("2027", "DATE", "2027") in got
    assert not any(t == "2000" for t, _, _ in got)


def test_year_after_into_and_both() -> None:
    got = rows("Growth should continue into 2033, hurting margins in both 2033 and 2034.")
    assert [t for t, _, _ in got].count("2033") == 2


def test_timex3_rows_split_worded_ranges() -> None:
    from helpers.instruments.timeline import timex3_rows

    text = "The mill ran between 2011 and 2015, then from 2019 to 2021 and in 2024-2025."
    df = timex3_rows(find_timexes(text, reference=REF), text)
    # a range written with a dash is two TIMEX3 as well since round 22 (the PolNeAR set's
    # guideline: `2007-09`, `Feb. 11-15` two DATEs; TimeBank has no dash range)
    assert list(zip(df["text"], df["value"])) == [
        ("2011", "2011"), ("2015", "2015"), ("2019", "2019"), ("2021", "2021"),
        ("2024", "2024"), ("2025", "2025")]


def test_bare_weekday_reads_from_dct_in_timex3_not_from_old_narrative_date() -> None:
    # 2031-10-03 is a Friday, 2031-11-05 a Wednesday: the project value follows the story's
    # narrative day (the Monday after Oct. 3); TimeML reads a newswire weekday from the DCT
    # (the last Monday on or before it), without changing the project value.
    text = "The mill closed on Oct. 3. Workers protested on Monday, the union said."
    df = find_timexes(text, reference=REF)
    row = df[df["text"] == "Monday"].iloc[0]
    assert row["value"] == "2031-10-06"
    assert row["timex3_value"] == "2031-11-03"


def test_weekday_part_of_day_keeps_its_time_in_timex3() -> None:
    text = "The mill closed on Oct. 3. Workers protested on Monday night, the union said."
    df = find_timexes(text, reference=REF)
    row = df[df["text"] == "Monday night"].iloc[0]
    assert (row["value"], row["timex3_value"]) == ("2031-10-06TNI", "2031-11-03TNI")


def test_weekday_without_narrative_date_is_unchanged_in_timex3() -> None:
    df = find_timexes("Workers protested on Monday, the union said.", reference=REF)
    row = df[df["text"] == "Monday"].iloc[0]
    assert row["value"] == row["timex3_value"] == "2031-11-03"


def test_yearless_date_reads_from_dct_in_timex3_not_from_old_narrative_date() -> None:
    # the project value takes the year from the story's narrative date (more than a year old);
    # TimeML reads a year-less newswire date from the DCT (2031-11-05: the last June 3)
    text = "On March 4, 2029, the mill closed. Workers protested on June 3."
    df = find_timexes(text, reference=REF)
    row = df[df["text"] == "June 3"].iloc[0]
    assert (row["value"], row["timex3_value"]) == ("2029-06-03", "2031-06-03")
    first = df[df["text"] == "March 4, 2029"].iloc[0]
    assert first["value"] == first["timex3_value"] == "2029-03-04"


def test_superseded_plan_is_past() -> None:
    # "had been due to" speaks of a plan made in the past: the last Friday, not the next
    got = rows("The offer had been due to expire Friday evening, but it was extended.")
    assert ("Friday evening", "TIME", "2031-10-31TEV") in got
    assert ("Friday", "DATE", "2031-11-07") in rows("The offer is due to expire Friday.")


def test_possessive_weekday_in_present_clause_is_past() -> None:
    # "Tuesday's announcement" names a day that has happened, though "follows" is present
    got = rows("The move follows Tuesday's announcement by the rival bank.")
    assert ("Tuesday", "DATE", "2031-11-04") in got
    got = rows("The rival bank reports on Friday.")
    assert ("Friday", "DATE", "2031-11-07") in got


# -- round 5 (branch wt-timeline4): TimeML extents and values seen in broadcast and wire copy


def test_spoken_years_are_dates() -> None:
    text = ("The plant shut in nineteen eighty-two. In March nineteen ninety-one it reopened, "
            "and in the winter of nineteen seventy-four fuel ran short.")
    got = rows(text)
    assert ("nineteen eighty-two", "DATE", "1982") in got
    assert ("March nineteen ninety-one", "DATE", "1991-03") in got
    assert ("the winter of nineteen seventy-four", "DATE", "1974-WI") in got


def test_spoken_year_two_thousand_needs_the_year_and_counts_are_not_years() -> None:
    got = rows("She aims to finish by the year two thousand and five. "
               "Nineteen seventy-two delegates voted; two thousand people watched.")
    assert ("the year two thousand and five", "DATE", "2005") in got
    assert not any("seventy-two" in t or t == "two thousand" for t, _, _ in got)


def test_this_month_name_is_in_the_current_year_whatever_the_tense() -> None:
    # written in November 2031: "this March" is March 2031 (past), "this December" is ahead
    got = rows("The board met this March and will vote this December.")
    assert ("this March", "DATE", "2031-03") in got
    assert ("this December", "DATE", "2031-12") in got


def test_year_end_after_a_preposition_is_the_current_year_end() -> None:
    got = rows("The sale should close by year-end; shares are up 9% since year end.")
    assert [(t, ty, v) for t, ty, v in got] == [("year-end", "DATE", "2031"),
                                                 ("year end", "DATE", "2031")]
    assert find_timexes("The sale should close by year-end.", reference=REF)["mod"].iloc[0] \
        == "END"
    assert rows("The year-end bonus was cut.") == []  # a modifier, not an expression


def test_coming_and_past_plural_units_without_article_are_references() -> None:
    got = rows("Rates may fall in coming months after losses in past years.")
    assert ("coming months", "DATE", "FUTURE_REF") in got
    assert ("past years", "DATE", "PAST_REF") in got


def test_clock_time_with_time_zone_and_date_is_one_expression() -> None:
    got = rows("The offer runs until 5 p.m. EST Nov. 14, the bank said.")
    assert ("5 p.m. EST Nov. 14", "TIME", "2031-11-14T17:00") in got


def test_more_and_additional_inside_a_duration() -> None:
    got = rows("The lease runs for 20 more years and may be extended for an additional year.")
    assert ("20 more years", "DURATION", "P20Y") in got
    assert ("an additional year", "DURATION", "P1Y") in got


def test_month_or_season_with_deictic_year_is_one_expression() -> None:
    got = rows("In March this year the mill closed; in June last year it had been sold, and "
               "the autumn next year will see a new owner.")
    assert ("March this year", "DATE", "2031-03") in got
    assert ("June last year", "DATE", "2030-06") in got
    assert ("autumn next year", "DATE", "2032-FA") in got
    assert not any(t in ("March", "June", "this year", "last year") for t, _, _ in got)


def test_weekday_after_a_capitalised_word_is_a_date_in_wire_copy() -> None:
    # 2031-11-05 is a Wednesday: the past Monday is 2031-11-03
    got = rows("The Appeals Court Monday rejected the plea. Police met with Okafor Monday.")
    assert got.count(("Monday", "DATE", "2031-11-03")) == 2


def test_weekday_in_a_name_is_still_not_a_date() -> None:
    got = rows("Shops expect crowds on Black Friday. The Bloody Sunday Inquiry reported.")
    assert not any("Sunday" in t for t, _, _ in got)
    # round 20: Black Friday is a named day (the day after US Thanksgiving, 2031-11-27), not
    # a Friday read from its weekday
    assert [r for r in got if "Friday" in r[0]] == [("Black Friday", "DATE", "2031-11-28")]


def test_effective_date_looks_forward() -> None:
    # written on 2031-11-05: 1 March is nearer in the past (8 months) than ahead (4 months) but
    # "effective" schedules it
    got = rows("The board named a new chairman, effective March 1.")
    assert ("March 1", "DATE", "2032-03-01") in got


def test_may_after_by_is_the_month() -> None:
    got = rows("The talks are supposed to conclude by May, officials said.", "2031-03-01")
    assert ("May", "DATE", "2031-05") in got
    assert rows("The deal was blocked by May and her cabinet.", "2031-03-01") == []


# --- round 8 (round 7 without its tense rules): an approximate "N units or so ago" is still a
# date; counts of quarters are periods


def test_or_so_before_ago_stays_one_date() -> None:
    got = rows("The mill shut a week or so ago, the union said.", "2031-03-05")
    assert [g[:2] for g in got] == [("a week or so ago", "DATE")]
    got = rows("Prices peaked two months, or so, ago.", "2031-03-05")
    assert ("two months, or so, ago", "DATE", "2031-01") in got


def test_a_count_of_quarters_is_a_duration() -> None:
    assert ("the past two quarters", "DURATION", "P2Q") in rows(
        "Margins narrowed over the past two quarters.")
    assert ("three consecutive quarters", "DURATION", "P3Q") in rows(
        "Output shrank for three consecutive quarters.")
    # a fraction is no period of time
    assert rows("Three quarters of the members voted for the plan.") == []


def test_several_quarters_with_their_head_is_one_duration() -> None:
    got = rows("Demand weakened in the past several quarters.")
    assert [g[:2] for g in got] == [("the past several quarters", "DURATION")]
    assert ("several quarters", "DURATION", "PXQ") in rows("It took several quarters to recover.")


def test_capitalised_demonstrative_before_a_year_modifier() -> None:
    assert ("1978", "DATE", "1978") in rows("That 1978 treaty calls for a withdrawal.")
    assert ("2029", "DATE", "2029") in rows("Its 2029 budget was cut by a tenth.")


def test_year_a_security_falls_due() -> None:
    assert ("2035", "DATE", "2035") in rows("The company sold notes due 2035 and warrants.")
    assert ("2040", "DATE", "2040") in rows("The bonds, maturing 2040, rose.")
    assert rows("The bill is due 2035 pounds short.") == []  # a count


def test_the_current_year_is_this_year() -> None:
    assert ("the current year", "DATE", "2031") in rows(
        "Sales for the current year will rise.", "2031-02-06")
    assert ("The current month", "DATE", "2031-02") in rows(
        "The current month was slow.", "2031-02-06")


def test_counts_of_trading_days_and_a_couple_after_the_next() -> None:
    assert ("eight trading days", "DURATION", "P8D") in rows("Settlement takes eight trading days.")
    assert ("five business days", "DURATION", "P5D") in rows(
        "The sale closes within five business days.")
    assert ("the next couple of years", "DURATION", "P2Y") in rows(
        "Prices should climb over the next couple of years.")


def timex3(text: str, reference: str | None = REF) -> list[tuple[str, str, str]]:
    """(TIMEX3 text, type, value) of every expression with a TimeML reading."""
    df = find_timexes(text, reference=reference)
    df = df[df["timex3_value"] != ""]
    return [(text[a:b], t, v) for a, b, t, v in zip(
        df["timex3_start"], df["timex3_end"], df["timex3_type"], df["timex3_value"])]


def test_temporal_head_noun_makes_the_noun_phrase_the_timex3() -> None:
    # TimeML 1.2.1 guidelines (TIMEX3 extent): the noun phrase whose head is temporal
    got = timex3("Orbit Foods earned $3 million in the 2029 period, up from a loss.")
    assert [g[0] for g in got] == ["the 2029 period"]
    got = timex3("The dam was leased over a three-year period by the town.")
    assert got == [("a three-year period", "DURATION", "P3Y")]
    # a non-temporal head keeps the modifier alone
    assert timex3("The four-year war ended in the 2029 budget.")[0][0] == "four-year"


def test_quarter_after_the_and_its_year_takes_that_year() -> None:
    got = timex3("Acme lost $2 million in the 2029 second quarter, it said.")
    assert got == [("the 2029 second quarter", "DATE", "2029-Q2")]


def test_the_end_of_a_deictic_unit_is_one_expression() -> None:
    # as "the end of the month" already was: TimeML mod END, the part inside the TIMEX3
    df = find_timexes("The sale closes at the end of this week, the mill said.", reference=REF)
    assert df[["text", "value", "mod"]].values.tolist() == [
        ["the end of this week", "2031-W45", "END"]]
    got = rows("Prices rose from the start of last year.")
    assert got == [("the start of last year", "DATE", "2030")]


def test_a_number_and_a_half_written_with_a_fraction() -> None:
    assert rows("The ferry ran for 2 1/2 years on the lake.") == [
        ("2 1/2 years", "DURATION", "P30M")]
    # the TimeML reading keeps the written unit, as TimeML writes a year and a half
    assert timex3("The ferry ran for 2 1/2 years on the lake.") == [
        ("2 1/2 years", "DURATION", "P2Y6M")]
    assert timex3("The kiln was idle for three and a half years.")[0][2] == "P3Y6M"
    assert timex3("The kiln was idle for 30 months.")[0][2] == "P30M"


def test_no_more_than_is_an_upper_bound_inside_the_expression() -> None:
    df = find_timexes("Inspectors may stay for no more than sixty days, the panel said.",
                      reference=REF)
    assert df[["text", "value", "mod"]].values.tolist() == [
        ["no more than sixty days", "P60D", "EQUAL_OR_LESS"]]
    df = find_timexes("The lease runs no less than five years.", reference=REF)
    assert df[["text", "mod"]].values.tolist() == [["no less than five years", "EQUAL_OR_MORE"]]
