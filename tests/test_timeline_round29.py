"""Timeline round 29: clock times in words that are not times (issue 14).

Invented sentences of political prose. Round 28 read a bare hour word after ``at`` and the
minutes before an hour (``five to four``) as clock times wherever they stood; in vote margins,
poll shares, amounts and odds they are numbers. A clock time in words now needs a sign of a
clock (a schedule verb, ``until``, a time word in the sentence) unless it has ``past``, a
quarter or a half, and never follows a verb or noun that takes a number
(``data/lexicons/timeline_clock_*.txt``). Reference 2031-10-29, a Wednesday.
"""

from __future__ import annotations

import pytest

from helpers.instruments.timeline import find_timexes

REF = "2031-10-29"


def rows(text: str, reference: str = REF) -> list[tuple[str, str, str]]:
    """(text, type, value) of every project row the instrument finds."""
    df = find_timexes(text, reference=reference)
    return list(zip(df["text"], df["type"], df["value"]))


def times(text: str) -> list[str]:
    return [t for t, ty, _ in rows(text) if ty == "TIME"]


# ---------------------------------------------------------------- misfires (numbers, not times)

@pytest.mark.parametrize("text", [
    "Unemployment stood at ten, the lowest in a decade.",
    "Turnout was at eleven.",
    "Reform were polling at twelve.",
    "She sat at ten, he at eleven.",
    "Reform were polling at 12 in the latest survey.",
])
def test_a_bare_hour_after_at_is_an_amount_without_a_clock(text: str) -> None:
    assert times(text) == []


@pytest.mark.parametrize("text", [
    "The Commons backed the plan by five to four.",
    "The motion was carried by ten to nine.",
    "The bookies have him at five to two.",
])
def test_margins_and_odds_are_no_minutes_to_the_hour(text: str) -> None:
    assert times(text) == []


def test_a_number_word_wins_over_a_day_in_the_sentence() -> None:
    assert rows("The motion was carried by five to four on Tuesday.") == [
        ("Tuesday", "DATE", "2031-10-28")]
    assert rows("Unemployment stood at ten on Monday.") == [("Monday", "DATE", "2031-10-27")]


def test_a_liked_kind_of_day_is_no_particular_day() -> None:
    assert rows("He had never liked a wet Tuesday morning.") == [
        ("a wet Tuesday morning", "TIME", "XXXX-WXX-2TMO")]
    assert rows("She always loved a Sunday morning.") == [
        ("a Sunday morning", "TIME", "XXXX-WXX-7TMO")]


# ---------------------------------------------------------------- guards (clock times kept)

def test_schedule_verbs_keep_a_bare_hour() -> None:
    assert times("The Co-op on Market Street closes at ten, and the queue is long.") == ["ten"]
    assert times("They are asking me why the 42 doesn't run after six.") == ["six"]
    assert times("The shop stays open until ten.") == ["ten"]
    # a schedule verb nearer than the number noun: the polls, the count
    assert times("The count of votes starts at ten, in the sports hall.") == ["ten"]


def test_past_quarter_and_half_need_no_more() -> None:
    assert rows("A division bell rings at ten past four, and she is gone.") == [
        ("ten past four", "TIME", "2031-10-29T16:10")]
    assert times("We met at a quarter to six.") == ["a quarter to six"]
    assert times("The session runs from half past nine.") == ["half past nine"]
    assert times("By half past nine on a wet Saturday evening the queue is long.") == [
        "half past nine on a wet Saturday evening"]


def test_minutes_to_the_hour_with_a_sign_of_a_clock() -> None:
    got = rows("Be there by five to four in the afternoon.")
    assert got == [("five to four in the afternoon", "TIME", "2031-10-29T15:55")]
    assert times("The count starts at five to ten on Thursday night.") == [
        "five to ten on Thursday night"]


def test_o_clock_and_a_day_keep_their_readings() -> None:
    assert times("At about ten o'clock I realised that I did not mind.") == ["about ten o'clock"]
    assert times("He rang at about eleven o'clock at night.") == [
        "about eleven o'clock at night"]
    assert times("He arrived at seven on a Sunday morning in late September.") == [
        "seven on a Sunday morning in late September"]
    assert times("The wine ran out at ten past seven on Monday.") == [
        "ten past seven on Monday"]


def test_review_19_ranges_after_from_stay_numbers() -> None:
    assert times("The share of the vote moved from five to two.") == []
    assert times("Her majority rose from ten to twelve.") == []


def test_a_day_scene_with_on_keeps_its_day() -> None:
    assert rows("On a wet Tuesday morning in March she resigned.") == [
        ("a wet Tuesday morning in March", "TIME", "2031-03-04TMO")]
