"""Timeline round 18: TimeML's value conventions where the project's differ (issue 14).

Invented texts (``docs/notes/real_news.md``, round 18); values worked out by hand (reference
2031-10-29, a Wednesday). Rules 1 (``the past year`` = the previous calendar year) and 2
(``weeks or months`` inside one TIMEX3) were reverted with their tests after AQUAINT's strict
F1 fell; rule 3, a counting bug whose AQUAINT output is identical to round 17's, stays.
"""

from __future__ import annotations

from test_timeline_round14 import tx

from helpers.instruments.timeline import find_timexes


def test_hundreds_and_thousands_are_counted_whole() -> None:
    # a count of hundreds kept its last word only ("two hundred years" read as P100Y)
    assert tx("The bridge stood for almost a hundred years.") == [
        ("almost a hundred years", "DURATION", "P100Y")]
    assert tx("The bridge stood for two hundred years.") == [
        ("two hundred years", "DURATION", "P200Y")]
    # TimeML writes thousands of years as millennia (TimeBank 1 of 1: "P2L")
    assert tx("The abbey has stood for a thousand years.") == [
        ("a thousand years", "DURATION", "P1L")]
    rows = find_timexes("The abbey has stood for two thousand years.", reference="2031-10-29")
    assert rows["value"].tolist() == ["P2000Y"]  # the project row keeps the years
    # guard (passes before): tens and units as before
    assert tx("The bridge stood for twenty-five years.") == [
        ("twenty-five years", "DURATION", "P25Y")]
