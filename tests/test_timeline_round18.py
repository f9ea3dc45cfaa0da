"""Timeline round 18: TimeML's value conventions where the project's differ (issue 14).

Invented texts (``docs/notes/real_news.md``, round 18); values worked out by hand (reference
2031-10-29, a Wednesday). Each rule follows a class that TimeBank annotates consistently.
"""

from __future__ import annotations

from test_timeline_round14 import tx

from helpers.instruments.timeline import find_timexes


def test_the_past_year_without_a_count_is_the_previous_calendar_year() -> None:
    # TimeBank 2 of 2 ("the past year" = the year before the DCT's), and "the last decade"
    # 1 of 1 (the decade before the DCT's): a DATE in the TimeML reading
    assert tx("Membership of the club has doubled over the past year.") == [
        ("the past year", "DATE", "2030")]
    assert tx("Rents in the port rose sharply during the last decade.") == [
        ("the last decade", "DATE", "202")]
    assert tx("In the past year, the ferry lost money.") == [("the past year", "DATE", "2030")]


def test_the_project_row_and_counted_or_coming_stretches_keep_their_duration() -> None:
    # guard (passes before): a count is a DURATION in TimeBank (17 of 17: "the past two
    # years")
    assert tx("Membership has doubled over the past two years.") == [
        ("the past two years", "DURATION", "P2Y")]
    # "the last year of" is the final year of something, not the year before publication
    assert tx("She spent the last year of her term in Lisbon.")[0][1:] == ("DURATION", "P1Y")
    # the project's own row keeps its convention (a stretch of one year)
    rows = find_timexes("Membership has doubled over the past year.", reference="2031-10-29")
    assert list(zip(rows["type"], rows["value"])) == [("DURATION", "P1Y")]


def test_an_alternative_after_the_expression_is_inside_the_timex3() -> None:
    # TimeBank 3 of 3 tag the alternative with the expression ("weeks or months", "a year or
    # two", "<year> or later"; "the next two years or so", "a week or so ago" as well)
    assert tx("The hostage probably died within weeks or months of his capture.") == [
        ("weeks or months", "DURATION", "PXW")]
    assert tx("You may, in a year or two, save a few lives.")[0][0] == "a year or two"
    assert tx("The mill will not be profitable until 2034 or later.") == [
        ("2034 or later", "DATE", "2034")]
    assert tx("The plant will be closed over the next year or so, the firm said.") == [
        ("the next year or so", "DATE", "2032")]


def test_an_or_that_starts_another_phrase_stays_outside() -> None:
    # guard (passes before): "or" + a noun, a second date or a count of another unit
    assert tx("It may take a year or two weeks, the mayor said.")[0][0] != "a year or two"
    assert [t for t, _, _ in tx("Sales rose in 2030 or in 2031.")] == ["2030", "2031"]
    assert tx("The ferry ran for weeks or a little longer.")[0][0] == "weeks"
    # "or so" that starts a clause ("or so the mayor says") is not an approximation
    assert tx("Rents rose last year or so the mayor says.")[0][0] == "last year"


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
