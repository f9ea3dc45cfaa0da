"""Review 19: fixes to session 30's merges, one invented sentence each (fails before the fix)."""

from __future__ import annotations

import pytest

from helpers.instruments.timeline import find_timexes

REF = "2031-10-29"


def _rows(text: str) -> list[tuple[str, str, str]]:
    """(text, type, value) of every temporal expression the instrument finds in ``text``."""
    df = find_timexes(text, reference=REF)
    return list(zip(df["text"], df["type"], df["value"]))


@pytest.mark.parametrize("text", [
    "The odds on a snap election moved from five to two overnight.",
    "Labour's share among the over-65s dropped from five to four in ten.",
    "The number of candidates rose from ten to twelve.",
])
def test_from_one_number_to_another_is_a_range_not_minutes_to_the_hour(text: str) -> None:
    # timeline round 28 read "from five to two" as the clock time 13:55
    assert all(ty != "TIME" for _, ty, _ in _rows(text)), _rows(text)


def test_from_half_past_and_at_ten_to_stay_clock_times() -> None:
    assert [(t, v[-5:]) for t, _, v in _rows("The surgery is open from half past nine.")] == \
        [("half past nine", "09:30")]
    assert [(t, v[-5:]) for t, _, v in _rows("The whip left at ten to six.")] == \
        [("ten to six", "17:50")]
