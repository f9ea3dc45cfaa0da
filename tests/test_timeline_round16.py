"""Timeline round 16: the anchor of anaphors and the year of dates, structurally (issue 14).

Invented texts, one general cause each (``docs/notes/real_news.md``, round 16); values worked
out by hand (reference 2031-10-29, a Wednesday).
"""

from __future__ import annotations

# the round-14 helper: (text, type, value) of every TIMEX3 of the TimeML reading, reference
# 2031-10-29
from test_timeline_round14 import tx


def value_of(got: list[tuple[str, str, str]], text: str) -> str:
    """The value of the first expression ``text`` in ``got`` ('' when there is none)."""
    return next((v for t, _, v in got if t == text), "")


def test_a_flashback_to_a_year_is_the_scene_of_a_later_anaphor() -> None:
    # rule 1: after "on Monday" (a day), the text moves to 1994; "the next day" is a day of
    # 1994 (the day is unknown: 1994-XX-XX), not the Tuesday after that Monday
    got = tx("The mayor spoke on Monday. Ruth Abney learned that in 1994, when the board "
             "fired her. But the next day, the board asked her back.")
    assert value_of(got, "the next day") == "1994-XX-XX", got
    # the month of a year the text has moved to ("In 2019 ... that month")
    got = tx("The clerk filed the form in March 2030. Ward Lane joined the firm in 2019. He "
             "filed a complaint that month.")
    assert value_of(got, "that month") == "2019-XX", got


def test_a_flashback_to_a_season_is_the_scene_of_that_night() -> None:
    # rule 1: "last fall" moves the story months away from Monday: "that night" is a night
    # of an unknown day, not Monday night
    got = tx("Pike met the voters on Monday. Last fall, Pike flew to Leeds with Abney. At a "
             "rally that night, Abney praised him.")
    assert value_of(got, "that night") == "XXXX-XX-XXTNI", got


def test_a_glance_at_a_near_period_keeps_the_scene() -> None:
    # guard (passes before): "last week" lies within a month of Monday, so the story is still
    # on Monday; "that night" is Monday night
    got = tx("Pike met the voters on Monday. He said the race had tightened last week. At a "
             "rally that night, Abney praised him.")
    assert value_of(got, "that night") == "2031-10-27TNI", got


def test_a_past_aside_in_a_present_narration_keeps_the_scene() -> None:
    # guard (passes before): a present-tense story ("we leave", "a man comes up") returns
    # from a past aside ("the club was formed in late 2019"): "later that day" is Sunday's
    got = tx("We leave at seven on Sunday 26 October. The club was formed in late 2019 to "
             "help. Later that day, a man comes up to us.")
    assert value_of(got, "Later that day") == "2031-10-26", got


def test_a_quarter_still_to_come_is_not_the_reporting_period() -> None:
    # rule 2: a forecast's quarter ("the first quarter of 2032", after publication) is not
    # the period whose results the article reports: "the year-ago period" is the third
    # quarter a year back, not the first quarter of 2031
    got = tx("Ardent Mills earned $3 million in the third quarter. It expects weak demand to "
             "last into the first quarter of 2032. In the year-ago period, it earned $2 "
             "million.")
    assert value_of(got, "the year-ago period") == "2030-Q3", got


def test_a_quarter_whose_results_are_reported_is_the_reporting_period() -> None:
    # rule 2, guard (passes before): a quarter under way by the calendar whose figures the
    # text reports ("fourth-quarter earnings": a fiscal quarter) or says ended stays the
    # reporting period
    got = tx("Kestrel Co. reported a 10% drop in fourth-quarter earnings, to $4 million, from "
             "$5 million a year ago.")
    assert value_of(got, "a year ago") == "2030-Q4", got
    got = tx("Kestrel Co. earned $4 million in the fourth quarter ended Sept. 30, down from $5 "
             "million a year earlier.")
    assert value_of(got, "a year earlier") == "2030-Q4", got


def test_dozen_counts_are_numbers() -> None:
    # rule 3: "a dozen", "half a dozen", "half-dozen" count units as any number does
    got = tx("Over the past half-dozen days, the club lost twice.")
    assert ("the past half-dozen days", "DURATION", "P6D") in got, got
    got = tx("The strike lasted a dozen weeks. It took half a dozen years to rebuild.")
    assert ("a dozen weeks", "DURATION", "P12W") in got, got
    assert ("half a dozen years", "DURATION", "P6Y") in got, got
    got = tx("Less than a dozen years ago, the mill closed.")
    assert ("Less than a dozen years ago", "DATE", "2019") in got, got
    # guard (passes before): a dozen of something else is no time
    assert tx("He bought a dozen eggs.") == []


def test_a_year_before_capitalised_modifiers_and_a_noun_dates_the_noun() -> None:
    # rule 4: "the 1967 Middle East war", "a 1992 New York State court case"
    assert tx("Few remember the 1967 Middle East war.") == [("1967", "DATE", "1967")]
    assert tx("He lost a 1992 New York State court case.") == [("1992", "DATE", "1992")]
    # guards: a capitalised name with a verb or function word after it is a name ("the 1922
    # Committee met"), and a sentence break ends the noun phrase
    assert tx("The 1922 Committee met at noon. The 1922 Committee is angry.")[0][0] == "noon"
    got = tx("She wrote to the chair of the 1922 Committee. Two members agreed.")
    assert got == [], got


def test_a_year_as_subject_after_a_sentence_adverb() -> None:
    # rule 4: "Perhaps 2031 will be the year ..." as "2031 will be ..." already was
    got = tx("The reform stalled. Perhaps 2032 will be the year it passes.")
    assert ("2032", "DATE", "2032") in got, got
