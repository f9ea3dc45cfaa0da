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
