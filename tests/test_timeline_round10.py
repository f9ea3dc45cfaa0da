"""Timeline round 10: causes found on the project's TIMEX3 annotation of real US news.

Each test is an invented sentence for one general cause (``docs/notes/real_news.md``, round 10);
expected values were worked out by hand with a calendar: 2031-11-05 is a Wednesday,
2031-11-03 a Monday, 2031-11-07 a Friday.
"""

from __future__ import annotations

from helpers.instruments.timeline import find_timexes, timex3_rows

REF = "2031-11-05"


def tx(text: str, reference: str = REF) -> list[tuple[str, str, str]]:
    """(text, type, value) of every TIMEX3 the instrument's TimeML reading gives."""
    rows = timex3_rows(find_timexes(text, reference=reference), text)
    return list(zip(rows["text"], rows["type"], rows["value"]))


def test_a_weekday_after_an_event_noun_is_that_day_not_any_such_day() -> None:
    # "a meeting Tuesday": the weekday dates the meeting, it is no "a rainy Tuesday"
    got = tx("The two leaders met after a meeting Tuesday aimed at a truce.")
    assert got == [("Tuesday", "DATE", "2031-11-04")]
    got = tx("The union issued a statement Monday saying it would strike.")
    assert got == [("Monday", "DATE", "2031-11-03")]
    got = tx("During a rally Monday night in the square, the mayor spoke.")
    assert got == [("Monday night", "TIME", "2031-11-03TNI")]


def test_a_weekday_after_an_adjective_on_a_day_stays_generic() -> None:
    got = tx("Volunteers turn up on a wet Tuesday to sort the parcels.")
    assert got == [("a wet Tuesday", "DATE", "XXXX-WXX-2")]


def test_a_weekday_named_on_that_weekday_in_a_future_clause_is_the_publication_day() -> None:
    # wire copy names the day of publication by its weekday ("is set to meet Wednesday")
    got = tx("The senator is set to meet donors Wednesday when she arrives.")
    assert got == [("Wednesday", "DATE", "2031-11-05")]
    got = tx("The council will vote Thursday on the budget.")
    assert got == [("Thursday", "DATE", "2031-11-06")]


def test_a_fronted_weekday_takes_the_tense_of_the_clause_it_introduces() -> None:
    # "On Monday, after ..., the ministers agreed": the comma cuts the weekday off its verb
    got = tx("On Monday, after weeks of talks, the ministers agreed a deal.")
    assert ("Monday", "DATE", "2031-11-03") in got
    got = tx("On Friday, after a long meeting, the board will announce its choice.")
    assert ("Friday", "DATE", "2031-11-07") in got


def test_present_and_future_as_adjectives_are_no_timex() -> None:
    # "the present campaign", "the future Grand Hotel": adjectives, not PRESENT/FUTURE_REF
    assert tx("Old scandals were not an issue for the present campaign.") == []
    assert tx("They toured the future Grand Hotel on the quay.") == []
    got = tx("She cares about the present and the future of the town.")
    assert got == [("the present", "DATE", "PRESENT_REF"), ("the future", "DATE", "FUTURE_REF")]


def test_a_yearless_date_repeating_a_dated_day_of_the_article_takes_its_year() -> None:
    text = ("The dam failed on March 4, 2019. Survivors of the March 4 flood met the minister, "
            "who will visit the valley on March 4.")
    got = tx(text)
    # a past clause names the day the article dated; a future one the next such day
    assert got == [("March 4, 2019", "DATE", "2019-03-04"), ("March 4", "DATE", "2019-03-04"),
                   ("March 4", "DATE", "2032-03-04")]


def test_alternative_counts_of_a_unit_are_one_duration() -> None:
    # TimeML tags the whole quantity; its value is vague (round 14: ``PXW``; the project
    # row keeps the larger count, ``P3W``)
    assert tx("The talks ran for two or three weeks.") == [
        ("two or three weeks", "DURATION", "PXW")]
    assert tx("It is a two- or three-week period.") == [
        ("a two- or three-week period", "DURATION", "PXW")]
    assert tx("Over the past two or three weeks, aides drilled her.") == [
        ("the past two or three weeks", "DURATION", "PXW")]
    rows = find_timexes("The talks ran for two or three weeks.", reference=REF)
    assert list(rows["value"]) == ["P3W"]


def test_a_date_cut_off_by_a_quotation_mark_takes_the_tense_of_its_sentence() -> None:
    # the closing quotation mark ends a clause that is only "in May": its verb came before
    got = tx("The aide said this week that the mayor will be “very strong” in May.")
    assert ("May", "DATE", "2032-05") in got
    got = tx("The aide said the mayor had been “very strong” in May.")
    assert ("May", "DATE", "2031-05") in got


def test_the_fall_after_a_preposition_is_the_season_and_a_fall_in_prices_is_none() -> None:
    ref = "2031-05-05"
    assert tx("The vote will come in the fall.", ref) == [("the fall", "DATE", "2031-FA")]
    assert tx("She took over as chair in the fall, aides said.", ref) == [
        ("the fall", "DATE", "2030-FA")]
    assert tx("Since the fall of the old regime, prices rose.", ref) == []
    assert tx("After this fall in prices, all the indicators slipped.", ref) == []


def test_a_season_after_since_is_never_ahead() -> None:
    # "to remain ... since taking over in the fall": no plan, the season has passed
    got = tx("The speaker has managed to remain popular since taking over in the fall.",
             "2031-05-05")
    assert got == [("the fall", "DATE", "2030-FA")]
    got = tx("The board has managed to stay solvent since the merger in the spring.",
             "2031-09-05")
    assert got == [("the spring", "DATE", "2031-SP")]


def test_a_date_inside_a_markup_tag_is_page_metadata_not_text() -> None:
    text = ('He posted it on Monday. <post post-date="October 30, 2031">It is better to wait.'
            '</post> It spread.')
    assert tx(text) == [("Monday", "DATE", "2031-11-03")]


def test_bare_hours_before_after_and_a_half_hour_are_durations() -> None:
    assert tx("The mayor spoke hours after the blast.") == [("hours", "DURATION", "PTXH")]
    assert tx("The statement came a half-hour before the rally.") == [
        ("a half-hour", "DURATION", "PT30M")]


def test_a_participle_clause_takes_the_tense_of_its_main_clause() -> None:
    # "telling reporters on Friday": no verb of its own, it reports with "has praised"
    got = tx("The mayor has praised the vote as “fine,” telling reporters in the square on "
             "Friday that he thinks it is “a great thing.”", "2031-11-09")
    assert ("Friday", "DATE", "2031-11-07") in got
    # a main clause in the present keeps the participle's day ahead
    got = tx("Officials are meeting in the hall, hoping to finish on Friday.", "2031-11-05")
    assert ("Friday", "DATE", "2031-11-07") in got
