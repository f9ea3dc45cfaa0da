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
