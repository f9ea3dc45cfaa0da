"""Timeline round 21: the reported-speech day after a quotation, year-less holidays in a past
clause, the week before or after a holiday (issue 14).

Invented texts (``docs/notes/real_news.md``, round 21); values worked out by hand from a
calendar (reference 2031-10-29, a Wednesday, unless a test names another).
"""

from __future__ import annotations

from test_timeline_round14 import tx

from helpers.instruments.timeline import find_timexes


def test_the_day_named_after_a_quotation_anchors_its_words() -> None:
    # the reporting clause after the quotation names the day it was spoken: "yesterday" is
    # the day before that Monday (2031-10-27), not the day before publication
    assert tx('"We met the minister yesterday," the mayor said on Monday.')[0] == (
        "yesterday", "DATE", "2031-10-26")
    rows = find_timexes('"We met the minister yesterday," the mayor said on Monday.',
                        reference="2031-10-29")
    assert rows["anchor"].tolist()[0] == "speech"
    # a week counted from Friday 2031-10-24 (ISO week 43): the next is week 44
    assert tx('"We will decide next week," Ms. Lane told reporters on Friday.')[0] == (
        "next week", "DATE", "2031-W44")
    # "said yesterday": spoken on 2031-10-28, so its "tomorrow" is publication day
    assert tx('"The vote is tomorrow," the whip said yesterday.')[0] == (
        "tomorrow", "DATE", "2031-10-29")
    # guards (pass before): no day after the quotation, or the day is in the next sentence
    assert tx('"We met the minister yesterday," the mayor said.')[0] == (
        "yesterday", "DATE", "2031-10-28")
    assert tx('"We met the minister yesterday," she said. The cabinet met on Monday.')[0] == (
        "yesterday", "DATE", "2031-10-28")
