"""Timeline round 17: the tense reader tells "no finite verb" from "present" (issue 14).

Invented texts (``docs/notes/real_news.md``, round 17); values worked out by hand (reference
2031-10-29, a Wednesday).
"""

from __future__ import annotations

import pytest

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
