"""Timeline round 24: TimeML's extent conventions where the TimeML guideline and TimeBank's
gold agree (issue 14).

Invented texts (``docs/notes/real_news.md``, round 24); values worked out by hand (reference
2031-10-29, a Wednesday).
"""

from __future__ import annotations

from test_timeline_round14 import tx

from helpers.instruments.timeline import find_timexes


def test_a_modifier_of_yesterday_or_today_is_inside_the_expression() -> None:
    # TimeML: "early"/"late" are part of the expression (mod START/END); TimeBank tags
    # "late yesterday", "Earlier yesterday" whole, as it tags "late Tuesday"
    assert tx("The vote was counted late yesterday.") == [("late yesterday", "DATE", "2031-10-28")]
    assert tx("Earlier today, the board met.") == [("Earlier today", "DATE", "2031-10-29")]
    rows = find_timexes("The deal closed early yesterday.", reference="2031-10-29")
    assert list(zip(rows["text"], rows["mod"])) == [("early yesterday", "START")]
    # "later" as an adverb of the clause before it is not glued on when a comma parts them
    assert tx("We will see later, tomorrow perhaps.") == [("tomorrow", "DATE", "2031-10-30")]


def test_an_approximator_before_a_date_or_time_is_inside_the_timex3() -> None:
    # TimeML: "around"/"about" are inside the TIMEX3 with mod APPROX (TimeBank 3 of 3 before
    # a date or a clock time); the project row keeps "around" out, as a preposition
    assert [r[:2] for r in tx("The lorry left around 7:15 p.m.")] == [("around 7:15 p.m.",
                                                                        "TIME")]
    assert tx("Ballots are due around Nov. 4.") == [("around Nov. 4", "DATE", "2031-11-04")]
    assert [r[:2] for r in tx("The call came at about 9 p.m.")] == [("about 9 p.m.", "TIME")]
    # "about" before a date is the topic, not an approximation; a REF keeps the word out
    assert tx("They argued about June 1997.") == [("June 1997", "DATE", "1997-06")]
    assert tx("Nobody talks about the future.") == [("the future", "DATE", "FUTURE_REF")]
    # a comparator before a stretch of time: the whole quantity (TimeBank 17 of 19)
    assert tx("Prices rose for at least the past 18 months.") == [
        ("at least the past 18 months", "DURATION", "P18M")]


def test_a_part_of_any_named_day_is_one_time() -> None:
    # the part-of-day lookahead reads the named days of the data file, not a list of its own
    assert tx("Crowds came on the evening of Memorial Day 2030.") == [
        ("the evening of Memorial Day 2030", "TIME", "2030-05-27TEV")]
    assert tx("Carols were sung on the morning of Christmas Day 2030.") == [
        ("the morning of Christmas Day 2030", "TIME", "2030-12-25TMO")]
    # not a day's name: the part of day stays apart
    assert all(not t.startswith("The morning") for t, _, _ in
               tx("The morning of Election Week was calm."))
