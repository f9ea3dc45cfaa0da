"""The ``anchor`` column: which reference time resolved each relative expression.

Invented sentences; expected values worked out by hand with a calendar (2031-11-05 is a
Wednesday, 2031-10-27 a Monday).
"""

from __future__ import annotations

import pandas as pd

from helpers.instruments.timeline import find_timexes

REF = "2031-11-05"


def rows(text: str) -> pd.DataFrame:
    """The expressions found, indexed by their text."""
    return find_timexes(text, reference=REF).set_index("text")


def test_deictic_expression_in_narration_uses_the_publication_date() -> None:
    df = rows("The council met last week and voted yesterday.")
    assert df.loc["last week", "anchor"] == "publication"
    assert df.loc["last week", "value"] == "2031-W44"
    assert df.loc["yesterday", "anchor"] == "publication"
    assert df.loc["yesterday", "anchor_value"] == REF


def test_deictic_word_in_a_quotation_uses_the_day_it_was_spoken() -> None:
    text = ('On Monday, 27 October, the mayor spoke to reporters. "Yesterday we signed the '
            'deal, and last week we had nothing," she said.')
    df = rows(text)
    assert df.loc["Yesterday", "anchor"] == "speech"
    assert df.loc["Yesterday", "anchor_value"] == "2031-10-27"
    assert df.loc["Yesterday", "value"] == "2031-10-26"
    # the week before the week of 27 October (ISO week 44), not before publication's (45)
    assert df.loc["last week", "anchor"] == "speech"
    assert df.loc["last week", "value"] == "2031-W43"


def test_quotation_without_a_reported_day_uses_publication() -> None:
    df = rows('"Last week was hard," the mayor said.')
    assert df.loc["Last week", "anchor"] == "publication"
    assert df.loc["Last week", "value"] == "2031-W44"


def test_a_scheduled_future_day_is_not_a_speech_time() -> None:
    text = ('The hearing is on 20 November. "We will know more next week," the lawyer said.')
    df = rows(text)
    assert df.loc["next week", "anchor"] == "publication"
    assert df.loc["next week", "value"] == "2031-W46"


def test_anaphor_after_a_flashback_uses_the_narrative_time() -> None:
    text = ("She moved to Leeds in March 1998. The following spring she opened a bakery, and "
            "two years later a second one.")
    df = rows(text)
    assert df.loc["March 1998", "anchor"] == "absolute"
    assert df.loc["The following spring", "anchor"] == "narrative"
    assert df.loc["The following spring", "value"] == "1999-SP"
    assert df.loc["two years later", "anchor"] == "narrative"
    assert df.loc["two years later", "value"] == "2001"  # two years after spring 1999


def test_yearless_date_in_a_past_flashback_takes_the_narrative_year() -> None:
    text = ("On 3 May 2009 the factory burned down. Workers had been warned on 28 April, "
            "the inquiry found.")
    df = rows(text)
    assert df.loc["28 April", "anchor"] == "narrative"
    assert df.loc["28 April", "value"] == "2009-04-28"


def test_anchor_values_are_documented() -> None:
    df = find_timexes('The mayor spoke on Monday. "Today is a good day," she said in 2030, '
                      "for two weeks.", reference=REF)
    assert set(df["anchor"]) <= {"absolute", "publication", "speech", "narrative", "none"}
    assert "none" in set(df["anchor"])  # the duration
