"""Timeline round 23: named days read from a data file (fixed, rule-computed and year-varying
political days such as Super Tuesday), the direction of weekdays and months (issue 14).

Invented texts (``docs/notes/real_news.md``, round 23); reference 2031-10-29 (a Wednesday)
unless a test names another.
"""

from __future__ import annotations

import datetime as dt

from test_timeline_round14 import tx

from helpers.instruments.timeline.named_days import NAMED_DAYS, named_day_dates


def test_super_tuesday_is_the_day_of_its_year_from_the_table() -> None:
    # a year-varying political day: the date comes from the table of the data file
    assert tx("Both men won states on Super Tuesday.", "2016-03-03") == [
        ("Super Tuesday", "DATE", "2016-03-01")]
    assert tx("Polls close early on Super Tuesday.", "2008-01-20") == [
        ("Super Tuesday", "DATE", "2008-02-05")]
    assert tx("He lost badly on Super Tuesday 1988.") == [
        ("Super Tuesday 1988", "DATE", "1988-03-08")]
    # a modifier use is still the day (the PolNeAR guideline: "Super Tuesday delegates")
    assert tx("She has won 400 Super Tuesday delegates.", "2016-03-02") == [
        ("Super Tuesday", "DATE", "2016-03-01")]


def test_super_tuesday_without_a_table_year_is_no_invented_day() -> None:
    # a year the table does not cover gives the year at most, never a guessed day
    got = tx("Super Tuesday 2036 will be crowded.")
    assert got == [("Super Tuesday 2036", "DATE", "2036")]
    # numbered later rounds are other days: not the first one
    assert all(v != "2016-03-01" for _, _, v in tx("Super Tuesday II went well.", "2016-03-20"))


def test_days_fixed_by_rule_or_date_in_the_file() -> None:
    assert tx("Tea will be served on Burns Night.") == [("Burns Night", "DATE", "2032-01-25")]
    # Father's Day: the third Sunday of June in the UK and the US
    assert tx("He called on Father's Day 2030.") == [("Father's Day 2030", "DATE", "2030-06-16")]
    # UK bank holidays: the first Monday of May, the last Monday of August
    assert tx("Shops shut on the early May bank holiday 2030.")[-1][2] == "2030-05-06"
    assert tx("Trains ran on the August bank holiday 2030.")[-1][2] == "2030-08-26"
    # Whit Monday: 50 days after Easter Sunday (Easter 2030: 21 April)
    assert tx("We met on Whit Monday 2030.") == [("Whit Monday 2030", "DATE", "2030-06-10")]
    # the possessive written after the s
    assert tx("He spoke in Iowa on Veteran's Day.", "2015-11-20") == [
        ("Veteran's Day", "DATE", "2015-11-11")]
    # a day of history: one date, whatever the year of writing
    assert tx("Security changed after 9/11.", "2016-02-01") == [("9/11", "DATE", "2001-09-11")]
    assert ("9/11", "DATE", "2001-09-11") not in tx("Due 9/11/2030.")


def test_us_election_day_is_the_federal_one_of_an_even_year() -> None:
    # 2 U.S.C. 7: the Tuesday after the first Monday of November of an even year; a year
    # before it, "Election Day" is the coming one, not the odd-year one just past
    got = tx("By a year from now, on Election Day, the race will have changed.", "2015-11-18")
    assert got[-1] == ("Election Day", "DATE", "2016-11-08")


def test_every_table_date_falls_on_its_named_weekday() -> None:
    # the table's dates are checked against the name they carry (a typo would show here)
    weekdays = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
                "saturday": 5, "sunday": 6}
    for day in NAMED_DAYS:
        if day.rule != "dated":
            continue
        wd = next((n for w, n in weekdays.items() if w in day.name), None)
        dates = named_day_dates(day)
        assert dates, day.name
        assert all(isinstance(d, dt.date) for d in dates)
        if wd is not None:
            assert {d.weekday() for d in dates} == {wd}, day.name


def test_a_present_passive_is_no_past_tense() -> None:
    # "is planned", "is based": the finite verb is present ("is"), the -ed word a participle;
    # a present clause reads a bare weekday forward (2031-10-29 is a Wednesday)
    assert tx("A memorial service is planned Friday in the town.") == [
        ("Friday", "DATE", "2031-10-31")]
    assert tx("The forecast is based on the count on Friday.")[-1] == (
        "Friday", "DATE", "2031-10-31")
    # guards: a simple past, and a past passive, still look back
    assert tx("A memorial service was planned Friday in the town.")[-1][2] == "2031-10-24"
    assert tx("The service planned Friday drew crowds.")[-1][2] == "2031-10-24"


def test_ahead_of_an_event_on_a_weekday_looks_forward() -> None:
    # "ahead of the caucuses on Monday": the day of the event still to come, as "ahead of
    # Monday's caucuses" already was (the PolNeAR set 2 of 2; TimeBank has none)
    assert tx("She found herself in a tight race ahead of the state caucuses on Monday.") == [
        ("Monday", "DATE", "2031-11-03")]
    assert tx("Ads ran in the run-up to the vote on Monday.")[-1] == (
        "Monday", "DATE", "2031-11-03")
    # guard: a preposition inside the phrase still stops it ("ahead of Smith in the poll on")
    assert tx("He ran ahead of Smith in the poll on Monday.")[-1] == (
        "Monday", "DATE", "2031-10-27")
    assert tx("She finished ahead of the Democrats on Monday.")[-1] == (
        "Monday", "DATE", "2031-10-27")
    # guard: "ahead of schedule" compares, it names no event to come
    assert tx("The crews finished ahead of schedule on Monday.")[-1] == (
        "Monday", "DATE", "2031-10-27")


def test_a_past_clause_after_a_modal_governs_its_weekday() -> None:
    # the modal governs its own clause, not a clause with its own past verb after it
    assert tx("You can be forgiven for not knowing that there was a debate on Saturday night.") == [
        ("Saturday night", "TIME", "2031-10-25TNI")]
    # guards: the modal's own clause, and a future clause after it, look forward
    assert tx("You can watch the debate on Saturday night.") == [
        ("Saturday night", "TIME", "2031-11-01TNI")]
    assert tx("He will say that the vote will be held Saturday.")[-1] == (
        "Saturday", "DATE", "2031-11-01")


_FILLER = " ".join(["The count went on in the hall and the crowd waited outside."] * 12)


def test_a_bare_clock_time_in_a_past_clause_takes_the_last_day_told() -> None:
    # the PolNeAR set dates 112 of 113 bare clock times, TimeBank 3 of 4: in a past clause
    # the day is the last one told, however far back it was named
    got = tx(f"Voters went to the polls on Tuesday. {_FILLER} Votes were counted by 9:30 p.m.")
    assert got[-1] == ("9:30 p.m.", "TIME", "2031-10-28T21:30")
    # guards: a present (generic) clause far from the day stays undated; a near one is dated
    got = tx(f"Voters went to the polls on Tuesday. {_FILLER} The knock comes at midnight.")
    assert got[-1][2].startswith("XXXX-XX-XX")
    got = tx("Voters went to the polls on Tuesday. Votes were counted by 9:30 p.m.")
    assert got[-1] == ("9:30 p.m.", "TIME", "2031-10-28T21:30")


def test_midday_is_the_part_of_day_mid_day() -> None:
    # TimeML's part-of-day code for mid-day is MI (the set 3 of 3; TimeBank has none);
    # noon stays the clock time 12:00
    assert tx("The mayor spoke on Tuesday. By midday, the crowd had grown.")[-1] == (
        "midday", "TIME", "2031-10-28TMI")
    assert tx("The result came at midday Saturday.", "2031-11-02")[-1] == (
        "midday Saturday", "TIME", "2031-11-01TMI")
    assert tx("The mayor spoke on Tuesday. At noon, the crowd had grown.")[-1] == (
        "noon", "TIME", "2031-10-28T12:00")


def test_a_month_after_an_agreed_or_planned_infinitive_is_still_to_come() -> None:
    # TimeBank: "which agreed to purchase ... line for $22 million in February" (DCT
    # 1989-10-30) is February 1990; the agreement is past, the purchase ahead
    got = tx("Ferrytown, which agreed to purchase the pump line for $22 million in February, "
             "rose.", "1989-10-30")
    assert got[-1] == ("February", "DATE", "1990-02")
    # guards: after a verb of motion "to" is a preposition; a past participle in between
    assert tx("The chief moved to London in February, and the firm rose.", "1989-10-30")[
        -1] == ("February", "DATE", "1989-02")
    assert tx("It agreed to ask why the deal failed in February.", "1989-10-30")[-1] == (
        "February", "DATE", "1989-02")
