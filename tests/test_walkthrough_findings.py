"""Defects found by the new-user walkthrough of session 13 on invented British articles.

Each test is an invented text for one general cause (``docs/notes/scale.md``, "Walkthrough
findings (session 13)"); expected values were worked out by hand with a calendar:
2024-05-16 is a Thursday, 2031-11-05 a Wednesday.
"""

from __future__ import annotations

from helpers.instruments.timeline import find_timexes, timex3_rows


def tx(text: str, reference: str) -> list[tuple[str, str, str]]:
    """(text, type, value) of every TIMEX3 the instrument's TimeML reading gives."""
    rows = timex3_rows(find_timexes(text, reference=reference), text)
    return list(zip(rows["text"], rows["type"], rows["value"]))


def test_a_conditional_modal_looks_forward_for_a_bare_season() -> None:
    # "would be reviewed in the autumn" in May: the coming autumn, not the last one
    got = tx("The policy would be reviewed in the autumn, a spokesman said.", "2024-05-16")
    assert got == [("the autumn", "DATE", "2024-FA")]
    got = tx("She said the rules could be relaxed in the spring.", "2031-11-05")
    assert got == [("the spring", "DATE", "2032-SP")]


def test_a_past_conditional_keeps_a_bare_season_behind() -> None:
    # "would have been reviewed": what did not happen, in the season that has gone
    got = tx("The policy would have been reviewed in the autumn had the minister stayed.",
             "2024-05-16")
    assert got == [("the autumn", "DATE", "2023-FA")]


def test_a_future_verb_with_the_publication_weekday_is_the_publication_day() -> None:
    # TimeBank and the project's PolNeAR TIMEX3 set date a bare weekday equal to the
    # publication's weekday as that day, future verb or not (26 such rows with a future
    # marker before them, none a week later: docs/notes/scale.md, session 13)
    got = tx("Ministers will meet union leaders on Thursday.", "2024-05-16")
    assert got == [("Thursday", "DATE", "2024-05-16")]
    got = tx("Ministers will meet union leaders on Friday.", "2024-05-16")
    assert got == [("Friday", "DATE", "2024-05-17")]
