"""Timeline round 12: causes found on the second batch of the project's TIMEX3 annotation.

Invented texts, one general cause each (``docs/notes/real_news.md``, round 12); values worked
out by hand with a calendar: 2031-11-05 is a Wednesday, 2031-11-03 a Monday.
"""

from __future__ import annotations

from helpers.instruments.timeline import find_timexes, timex3_rows

REF = "2031-11-05"


def tx(text: str, reference: str = REF) -> list[tuple[str, str, str]]:
    """(text, type, value) of every TIMEX3 the instrument's TimeML reading gives."""
    rows = timex3_rows(find_timexes(text, reference=reference), text)
    return list(zip(rows["text"], rows["type"], rows["value"]))


LIVE_BLOG = """Updates on the harbour vote (all times local):

9:40 p.m.

The count is over. The mayor said the ferry plan from March 3 will go ahead.

8:15 p.m.

Turnout is high, the clerk says.

___.

7 p.m.

Polls close in the east.
"""


def test_a_time_stamp_alone_on_its_line_is_on_the_publication_day() -> None:
    # a live blog heads each entry with its time: the page's day, not the last date named
    # in the entry above ("March 3") and not an unknown day
    got = [g for g in tx(LIVE_BLOG) if g[1] == "TIME"]
    assert got == [("9:40 p.m.", "TIME", "2031-11-05T21:40"),
                   ("8:15 p.m.", "TIME", "2031-11-05T20:15"),
                   ("7 p.m.", "TIME", "2031-11-05T19:00")]


def test_a_clock_time_inside_a_sentence_keeps_its_narrative_day() -> None:
    # guard: the stamp rule is for a line that holds only the time
    got = tx("On March 3, the ferry left at 9:40 p.m. and sank.")
    assert ("9:40 p.m.", "TIME", "2031-03-03T21:40") in got


def test_a_focus_adverb_before_a_count_stays_outside_the_timex3() -> None:
    # "just", like "only" and "barely", focuses the count; TimeML leaves it out (TimeBank
    # 0 : 3), unlike approximators ("about two months", inside)
    assert tx("The strike ended just two months after the vote.") == [
        ("two months", "DURATION", "P2M")]
    assert tx("That is only five days before the count.") == [("five days", "DURATION", "P5D")]
    assert tx("The dam held for about two months.") == [("about two months", "DURATION", "P2M")]


def test_years_past_is_the_past_not_a_count_of_years() -> None:
    # "in years past" (= in the past) is a vague past reference, PAST_REF, not "years" PXY
    assert tx("Donors who funded the fair in years past stayed away.") == [
        ("years past", "DATE", "PAST_REF")]
    assert tx("In years past, the fair drew crowds.") == [("years past", "DATE", "PAST_REF")]
    # guard: "past" as a preposition after a count of years is no such reference
    assert ("years past", "DATE", "PAST_REF") not in tx(
        "The pier stood for many years past the date it was built for.")


def test_a_weekday_right_after_ahead_of_is_still_to_come() -> None:
    # "ahead of Tuesday's primary", "in the lead-up to Tuesday's vote": the day is after the
    # clause's time, whatever the clause's tense (2031-11-11 is the Tuesday after 11-05)
    assert tx("Polls tightened ahead of Tuesday's primary.") == [
        ("Tuesday", "DATE", "2031-11-11")]
    assert tx("The latest news in the lead up to Tuesday's primary (all times local).") == [
        ("Tuesday", "DATE", "2031-11-11")]
    assert tx("Tempers frayed ahead of the state's delegate-rich Tuesday primary.") == [
        ("Tuesday", "DATE", "2031-11-11")]
    # guard: "ahead of" a rival, not of the day, leaves the past reading
    assert tx("She finished ahead of Smith on Monday.") == [("Monday", "DATE", "2031-11-03")]


def test_a_month_before_the_noun_it_dates_is_a_date() -> None:
    # "a June agreement", "the party's July convention": the month dates the noun (TimeBank
    # tags "a June agreement"); 2031-07 is the July nearest the 2031-11-05 publication
    assert tx("In a July interview, the mayor spoke of the dam.") == [
        ("July", "DATE", "2031-07")]
    assert tx("Delegates cheered at the party's July convention.") == [
        ("July", "DATE", "2031-07")]
    # guards: "May" is a name or a modal, and a month before a function word is no modifier
    assert tx("She joined the May government.") == []
    assert tx("They joined the March on the capital.") == []


def test_a_day_word_inside_a_longer_token_is_no_expression() -> None:
    """``today`` inside a hashtag, a masthead or an address (``#tellusatoday``, ``USAToday``,
    ``news@today.example``) is part of another word; the standalone words still count."""
    from datetime import date

    for text in ("Join #standwithyesterday online.", "He told USAToday so.",
                 "Write to desk@tomorrow.example for details."):
        found = find_timexes(text, reference=date(2016, 3, 1))
        assert found.empty, (text, list(found["text"]))
    found = find_timexes("It closed today, not yesterday.", reference=date(2016, 3, 1))
    assert list(found["text"]) == ["today", "yesterday"]
    assert list(found["value"]) == ["2016-03-01", "2016-02-29"]
