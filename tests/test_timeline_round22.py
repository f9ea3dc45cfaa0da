"""Timeline round 22: classes that batch 5 (wire copy) and TimeBank share, each coded one way
in both (issue 14): ``over the years`` as a vague duration, ``or so`` after ``the next
<unit>`` inside the expression.

Invented texts (``docs/notes/real_news.md``, round 22); reference 2031-10-29 (a Wednesday)
unless a test names another.
"""

from __future__ import annotations

from test_timeline_round14 import tx


def test_over_the_years_is_a_vague_count_of_years() -> None:
    # TimeBank codes "over the years" DURATION PXY (1 of 1), the PolNeAR set 5 of 5
    assert tx("The two men have met over the years in the lobby.") == [
        ("the years", "DURATION", "PXY")]
    assert tx("Over the years, the council has sold most of its land.") == [
        ("the years", "DURATION", "PXY")]
    assert tx("The firm grew steadily through the decades.") == [
        ("the decades", "DURATION", "PXDE")]
    # guards: "the years" with a named span is no vague count; "of" names a period
    # (was ``!=`` the one-row list: it passed while "the years" was still tagged beside 2004)
    assert ("the years", "DURATION", "PXY") not in tx("The debt grew over the years 2001 to 2004.")
    assert ("the years", "DURATION", "PXY") not in tx("Over the years 1990-95 it grew.")
    assert ("the years", "DURATION", "PXY") not in tx(
        "He changed over the years of his presidency.")


def test_or_so_after_the_next_unit_is_inside() -> None:
    # TimeBank keeps "or so" inside 3 of 3 ("the next year or so", "a week or so ago", "the
    # next two years or so"), the set 1 of 1
    got = tx("The plant will be closed over the next year or so, a spokesman said.")
    assert [g[0] for g in got] == ["the next year or so"]
    got = tx("Ads will air over the next week or so.")
    assert [g[0] for g in got] == ["the next week or so"]
    # guard (passes before): the plural form was already inside
    assert [g[0] for g in tx("Over the next two years or so, prices may rise.")] == [
        "the next two years or so"]


def test_just_before_n_units_ago_is_outside() -> None:
    # TimeBank leaves "just" outside 3 of 3 ("just last month", "just months ago"), the set 10
    # of 10 ("just two months ago"): an adverb of the clause, not part of the expression
    assert tx("The board met just two months ago.") == [("two months ago", "DATE", "2031-08")]
    assert tx("She arrived just a week ago.")[0][0] == "a week ago"
    # guard (passes before): "nearly" stays inside (TimeML mod LESS_THAN)
    assert tx("The board met nearly two months ago.")[0][0] == "nearly two months ago"


def test_a_hyphenated_range_is_two_timex3() -> None:
    # TimeML: a range is two expressions; the instrument split "from X to Y" and "between X
    # and Y" (TimeBank's ranges) but not the hyphen of wire copy (the set 4 of 4 split)
    assert tx("The poll was conducted online Feb. 11-15, using a sample.") == [
        ("Feb. 11", "DATE", "2031-02-11"), ("15", "DATE", "2031-02-15")]
    assert tx("The convention runs July 18–21 in Cleveland.", reference="2016-06-07") == [
        ("July 18", "DATE", "2016-07-18"), ("21", "DATE", "2016-07-21")]
    # guard (passes before): the worded range was already two
    assert [g[0] for g in tx("He served from 2001 to 2004.")] == ["2001", "2004"]


def test_or_so_is_a_whole_word() -> None:
    # "or sooner" is no "or so": the check reads the text, not an 8-character slice whose end
    # passed for a word boundary (",  or so|oner" with two spaces was taken in)
    got = tx("The plant will close over the next year,  or sooner if needed.")
    assert [g[0] for g in got] == ["the next year"]
    got = tx("The plant will close over the next year,  or so a spokesman said.")
    assert [g[0] for g in got] == ["the next year,  or so"]
