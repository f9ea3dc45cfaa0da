"""Timeline round 17: the tense reader tells "no finite verb" from "present" (issue 14).

Invented texts (``docs/notes/real_news.md``, round 17); values worked out by hand (reference
2031-10-29, a Wednesday).
"""

from __future__ import annotations

import pytest
from test_timeline_round14 import tx

from helpers.instruments.timeline.tense import local_tense


@pytest.mark.parametrize(("lead", "rest", "expected"), [
    # no finite verb: a noun phrase, a headline, a dateline
    ("the floods in Lisbon on ", "", "none"),
    ("Talks in Oslo ", "", "none"),
    # a present verb that is no past, perfect or future marker
    ("the council is to be told on ", "", "future"),
    ("the council is in recess until ", "", "present"),
    ("", " it opens its doors to the press.", "present"),
    ("the mayor says the vote on ", "", "present"),
    # the markers keep their reading
    ("the council met on ", "", "past"),
    ("the council will meet on ", "", "future"),
])
def test_the_tense_reader_tells_no_verb_from_a_present_verb(lead: str, rest: str,
                                                            expected: str) -> None:
    assert local_tense(lead, rest) == expected


def test_a_bare_weekday_in_a_clause_with_no_verb_is_the_last_one() -> None:
    # consumer 1 (weekday direction): a noun phrase after a comma, a citation's dateline
    assert tx("Analysis. But the floods in Lisbon on Friday, and a strike that has spread "
              "since, test the mayor.") == [("Friday", "DATE", "2031-10-24")]
    assert tx('("Mayor quits," Lisbon Daily, Friday). The council wants more.') == [
        ("Friday", "DATE", "2031-10-24")]
    # a present verb (unmarked before round 17) still looks forward
    assert tx("The mayor meets the minister Friday.") == [("Friday", "DATE", "2031-10-31")]
    # (round 26: "this coming" is inside the expression, as TimeBank tags it, 1 of 1)
    assert tx("The vote is this coming Friday.") == [("this coming Friday", "DATE", "2031-10-31")]
