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


# themes v30: a party's MPs pressing "the leader" were coded even when the leader is another
# body's ("the leader of Reform", "the leadership of the Conservative party")
@pytest.mark.parametrize("text", [
    "Labour MPs have written to the leader of Reform demanding an apology.",
    "Labour MPs urged the leadership of the Conservative party to apologise for the remarks.",
    "Tory MPs wrote to the leader of the council about the state of the roads.",
])
def test_party_mps_writing_to_another_bodys_leader_are_no_factional_pressure(text: str) -> None:
    from helpers.instruments.themes import load_codebook
    from helpers.instruments.themes.matching import theme_scores

    table = theme_scores(text, "paragraph", load_codebook())
    assert "party_mps_press_leader" not in str(table["party_factionalism_evidence"].iloc[0])


def test_party_mps_writing_to_their_own_party_leader_stay_coded() -> None:
    from helpers.instruments.themes import load_codebook
    from helpers.instruments.themes.matching import theme_scores

    text = "Labour MPs have written to the leader of their own party urging a change of course."
    table = theme_scores(text, "paragraph", load_codebook())
    assert "rule:party_mps_press_leader" in str(table["party_factionalism_evidence"].iloc[0])


# timeline round 28's elided unit ("the next seven." after a duration): a nearer count of
# something else did not stop it
def test_an_elided_unit_after_a_nearer_count_of_something_else_is_no_duration() -> None:
    text = ("In the past two years, the party has lost four by-elections. It expects to lose "
            "the next three.")
    assert [t for t, _, _ in _rows(text)] == ["the past two years"]
