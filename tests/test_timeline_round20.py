"""Timeline round 20: plain bugs and missing classes that batch 4 showed (issue 14).

Invented texts (``docs/notes/real_news.md``, round 20); values worked out by hand (reference
2031-10-29, a Wednesday, unless a test names another).
"""

from __future__ import annotations

import re

from test_timeline_round14 import tx

from helpers.instruments.timeline import find_timexes
from helpers.instruments.timeline.scan import scan


def _starts_inside_a_word(text: str) -> list[str]:
    """The candidates of ``text`` whose first character continues a word."""
    return [text[c.start:c.end] for c in scan(text, 0, len(text), use_keys=False)
            if c.start > 0 and re.match(r"\w\w", text[c.start - 1:c.start + 1])]


def test_no_expression_starts_inside_a_word() -> None:
    # a modifier or quantifier read from the tail of a longer word: "n|early", "trans|late",
    # "pyra|mid", "awe|some", "hand|some"
    texts = ["The total rose to nearly 1000.", "They translate 1990s slang for us.",
             "The pyramid 2010 exhibition drew crowds.", "An awesome two weeks in the hills.",
             "They spent a handsome three days there."]
    for text in texts:
        assert _starts_inside_a_word(text) == [], text
    assert tx("The total rose to nearly 1000.") == []
    assert tx("They translate 1990s slang for us.") == [("1990s", "DATE", "199")]
    assert tx("An awesome two weeks in the hills.") == [("two weeks", "DURATION", "P2W")]
    # guards (pass before): the same words standing alone still modify
    assert tx("Sales fell in early 2015.") == [("early 2015", "DATE", "2015")]
    assert tx("Prices peaked in the late 1990s.")[0][:2] == ("the late 1990s", "DATE")
    assert tx("It happened in mid-2014.") == [("mid-2014", "DATE", "2014")]
    assert tx("They stayed some two weeks.") == [("some two weeks", "DURATION", "P2W")]
    # a capital after a lower-case letter starts a word glued on by text extraction
    assert tx("Posted byEditorUpdatedMarch 3, 2031, and read.") == [
        ("March 3, 2031", "DATE", "2031-03-03")]


def test_a_day_before_a_month_stays_in_that_month() -> None:
    # "the day before" a day somewhere in July is in July, not June (the shift was counted
    # from the month's first day); the same for a week, and for a year-only anchor
    assert tx("The pact was signed in July 2028. The day before, the talks nearly failed.")[-1] \
        == ("The day before", "DATE", "2028-07-XX")
    assert tx("The pact was signed in July 2028. The previous day, the talks nearly failed.")[-1] \
        == ("The previous day", "DATE", "2028-07-XX")
    assert tx("The pact was signed in 2028. The previous day, the talks nearly failed.")[-1] \
        == ("The previous day", "DATE", "2028-XX-XX")
    # the project row: two days before a day of July is in July too
    rows = find_timexes("The pact was signed in July 2028. Two days earlier, the talks failed.",
                        reference="2031-10-29")
    assert rows["value"].tolist()[-1] == "2028-07"
    # guards (pass before): a known day moves; a shift larger than half the anchor leaves it
    assert tx("The pact was signed on July 1, 2028. The day before, the talks failed.")[-1] \
        == ("The day before", "DATE", "2028-06-30")
    assert tx("The pact was signed in July 2028. The day after, the talks resumed.")[-1] \
        == ("The day after", "DATE", "2028-07-XX")
    rows = find_timexes("The pact was signed in July 2028. Three months earlier, talks failed.",
                        reference="2031-10-29")
    assert rows["value"].tolist()[-1] == "2028-04"


def test_named_days_are_dates_with_their_computed_day() -> None:
    # days named by a rule (US retail and federal holidays, church days): the day in the
    # year given, or the nearest one to publication as the other holidays
    assert tx("Shoppers queued outside on Black Friday 2029.") == [
        ("Black Friday 2029", "DATE", "2029-11-23")]
    assert tx("Cyber Monday 2029 broke records.") == [("Cyber Monday 2029", "DATE", "2029-11-26")]
    assert tx("The parade is on Labor Day 2032.") == [("Labor Day 2032", "DATE", "2032-09-06")]
    assert tx("The wreath was laid on Memorial Day 2030.") == [
        ("Memorial Day 2030", "DATE", "2030-05-27")]
    assert tx("Offices closed on Martin Luther King Jr. Day 2030.") == [
        ("Martin Luther King Jr. Day 2030", "DATE", "2030-01-21")]
    assert tx("Offices closed on Presidents' Day 2030.") == [
        ("Presidents' Day 2030", "DATE", "2030-02-18")]
    assert tx("The veterans marched on Veterans Day 2030.") == [
        ("Veterans Day 2030", "DATE", "2030-11-11")]
    assert tx("The march is on St Patrick's Day 2032.") == [
        ("St Patrick's Day 2032", "DATE", "2032-03-17")]
    assert tx("Fasting began on Ash Wednesday 2030.") == [
        ("Ash Wednesday 2030", "DATE", "2030-03-06")]
    # no year: the one nearest publication (2031-10-29), forward in a future clause
    assert tx("Stores will open early on Black Friday.") == [
        ("Black Friday", "DATE", "2031-11-28")]
    # a holiday's weekend is the weekend nearest the holiday (New Year's Day 2016 was a
    # Friday: the weekend of 2-3 January 2016, ISO week 53 of 2015)
    assert tx("Turnout dipped over New Year's weekend.", "2016-01-13") == [
        ("New Year's weekend", "DATE", "2015-W53-WE")]
    assert tx("They rested over the Easter weekend.") == [
        ("the Easter weekend", "DATE", "2031-W15-WE")]
    assert tx("Traffic was heavy on Labor Day weekend.") == [
        ("Labor Day weekend", "DATE", "2031-W35-WE")]
    # a modifier's article belongs to its noun
    assert tx("Police made arrests in the Easter weekend operation.") == [
        ("Easter weekend", "DATE", "2031-W15-WE")]
    # guards (pass before): a name or a modifier is no date
    assert tx("The Black Friday deals were poor.") == []
    assert tx("Thanksgiving 2029 fell late.") == [("Thanksgiving 2029", "DATE", "2029-11-22")]


def test_this_weekend_in_a_past_clause_is_the_one_just_gone() -> None:
    # written on a Wednesday (2031-10-29, ISO week 44): a past clause means the weekend of
    # 25-26 October (week 43), not the coming one
    assert tx("Protesters marched through the capital this weekend.") == [
        ("this weekend", "DATE", "2031-W43-WE")]
    assert tx("Thousands gathered this weekend, police said.") == [
        ("this weekend", "DATE", "2031-W43-WE")]
    # guards (pass before): the coming weekend in a future or present clause; on a Sunday the
    # weekend is the current one whatever the tense
    assert tx("Protesters will march this weekend.") == [
        ("this weekend", "DATE", "2031-W44-WE")]
    assert tx("Protesters are marching this weekend.") == [
        ("this weekend", "DATE", "2031-W44-WE")]
    assert tx("Protesters marched this weekend.", "2031-11-02") == [
        ("this weekend", "DATE", "2031-W44-WE")]
