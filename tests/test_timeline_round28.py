"""Timeline round 28: dates in British magazine prose (issue 14).

Invented British sentences, one general cause each, counted on three blind writers' sets
(``docs/notes/timeline.md``, round 28); values worked out by hand. Reference 2031-10-29, a
Wednesday, unless a test says otherwise.
"""

from __future__ import annotations

from helpers.instruments.timeline import find_timexes

REF = "2031-10-29"


def rows(text: str, reference: str = REF) -> list[tuple[str, str, str, str]]:
    """(text, type, value, mod) of every project row the instrument finds."""
    df = find_timexes(text, reference=reference)
    return list(zip(df["text"], df["type"], df["value"], df["mod"]))


# ---------------------------------------------------------------- step 1: clock times in words

def test_minutes_in_words_past_and_to_the_hour() -> None:
    got = rows("A division bell rings at ten past four, and the whip is gone.")
    assert got == [("ten past four", "TIME", "2031-10-29T16:10", "")]
    got = rows("The last tram leaves Leith at a quarter to six.")
    assert [(t, ty) for t, ty, _, _ in got] == [("a quarter to six", "TIME")]
    assert got[0][2].endswith("T17:45")


def test_half_past_joins_the_weekday_evening_after_it() -> None:
    got = rows("By half past nine on a wet Friday evening the chip shop queue is the best "
               "focus group in Dunmore.")
    assert len(got) == 1
    text, type_, value, _ = got[0]
    assert (text, type_) == ("half past nine on a wet Friday evening", "TIME")
    assert value.endswith("T21:30")


def test_an_approximate_hour_with_o_clock_and_at_night() -> None:
    got = rows("Some backbenchers say a great deal at about eleven o'clock at night in the "
               "Pugin Room.")
    assert got == [("about eleven o’clock at night".replace("’", "'"), "TIME",
                    "2031-10-29T23:00", "APPROX")]


def test_a_bare_hour_word_closing_a_clause_after_at_or_after() -> None:
    got = rows("“The 17 doesn’t run after six,” said a pensioner in Kelvedon.")
    assert [(t, ty) for t, ty, _, _ in got] == [("six", "TIME")]
    assert got[0][2].endswith("T18:00")


def test_counts_and_margins_are_not_clock_times() -> None:
    # guards: a margin after "by", odds, a count before a noun, a number that goes on
    assert rows("The motion was carried by six.") == []
    assert rows("The bookmakers had her at ten to one.") == []
    assert all(r[1] != "TIME" for r in rows("The council met at ten minutes' notice."))
    assert rows("Inflation peaked at eleven.5 per cent.") == []


# ------------------------------------------- step 2: a weekday and part of day after "a"

def test_any_weekday_night_keeps_its_part_of_day() -> None:
    got = rows("Go to any advice centre in Barnsley on a Friday night and ask the volunteers.")
    assert got == [("a Friday night", "TIME", "XXXX-WXX-5TNI", "")]


def test_a_weekday_with_an_adjective_in_the_writers_voice_sets_the_scene() -> None:
    # the last such day by publication (Wednesday 29 October 2031): Monday 27 October
    got = rows("On a grey Monday morning in Cardiff, the First Minister stood at a lectern.")
    assert got == [("a grey Monday morning", "TIME", "2031-10-27TMO", "")]
    got = rows("By ten past eight on a cold Friday evening the hall has filled.")
    assert [(t, v) for t, _, v, _ in got] == [
        ("ten past eight on a cold Friday evening", "2031-10-24T20:10")]


def test_a_weekday_with_an_adjective_in_a_quotation_stays_any_such_day() -> None:
    # guard: in a speaker's mouth "on a wet Tuesday" is any wet Tuesday
    got = rows("“I was with whoever turned up on a wet Tuesday to deliver leaflets,” she said.")
    assert got == [("a wet Tuesday", "DATE", "XXXX-WXX-2", "")]


# ------------------------------------------------- step 3: "a full year", "two full days"

def test_a_full_unit_without_a_number_is_a_duration() -> None:
    got = rows("In May 2029, a full year before the merger, the regulator wrote to the board.")
    assert got[-1] == ("a full year", "DURATION", "P1Y", "")
    got = rows("She paused for what felt like a full minute.")
    assert got == [("a full minute", "DURATION", "PT1M", "")]


def test_the_full_year_and_a_full_number_of_months_are_unchanged() -> None:
    # guards: TimeML's "the full year" of a company report, and the guideline's own example
    assert rows("Sales for the full year rose.") == [("the full year", "DATE", "2031", "")]
    assert rows("It took a full 11 months.") == [("a full 11 months", "DURATION", "P11M", "")]


# ------------------------------------------------ step 4: a duration without its unit

def test_a_count_after_and_takes_the_unit_of_the_count_before() -> None:
    got = rows("Hale spent four years in the cabinet and 19 in the Commons before losing Wrexham.")
    assert got == [("four years", "DURATION", "P4Y", ""), ("19", "DURATION", "P19Y", "")]


def test_the_next_count_takes_the_unit_of_the_sentence_before() -> None:
    got = rows("The strike began in May 2024 and ended in June 2026, two years later. The "
               "review board sat for the next three.")
    assert got[-1] == ("the next three", "DURATION", "P3Y", "")


def test_a_count_without_a_time_unit_before_it_is_no_duration() -> None:
    # guards: the count before names no unit of time
    assert rows("Labour won 40 seats in Kent and 22 in Essex.") == []
    assert rows("Of the twelve proposals the panel took the first five and the next seven.") \
        == []
