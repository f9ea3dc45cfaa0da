"""Timeline round 21: the reported-speech day after a quotation, year-less holidays in a past
clause, the week before or after a holiday (issue 14).

Invented texts (``docs/notes/real_news.md``, round 21); values worked out by hand from a
calendar (reference 2031-10-29, a Wednesday, unless a test names another).
"""

from __future__ import annotations

from test_timeline_round14 import tx

from helpers.instruments.timeline import find_timexes


def test_the_day_named_after_a_quotation_anchors_its_words() -> None:
    # the reporting clause after the quotation names the day it was spoken: "yesterday" is
    # the day before that Monday (2031-10-27), not the day before publication
    assert tx('"We met the minister yesterday," the mayor said on Monday.')[0] == (
        "yesterday", "DATE", "2031-10-26")
    rows = find_timexes('"We met the minister yesterday," the mayor said on Monday.',
                        reference="2031-10-29")
    assert rows["anchor"].tolist()[0] == "speech"
    # a week counted from Friday 2031-10-24 (ISO week 43): the next is week 44
    assert tx('"We will decide next week," Ms. Lane told reporters on Friday.')[0] == (
        "next week", "DATE", "2031-W44")
    # "said yesterday": spoken on 2031-10-28, so its "tomorrow" is publication day
    assert tx('"The vote is tomorrow," the whip said yesterday.')[0] == (
        "tomorrow", "DATE", "2031-10-29")
    # guards (pass before): no day after the quotation, or the day is in the next sentence
    assert tx('"We met the minister yesterday," the mayor said.')[0] == (
        "yesterday", "DATE", "2031-10-28")
    assert tx('"We met the minister yesterday," she said. The cabinet met on Monday.')[0] == (
        "yesterday", "DATE", "2031-10-28")


def test_a_holiday_in_a_past_clause_is_the_last_one() -> None:
    # October 2031: Christmas 2031 lies ahead, so a past clause tells of Christmas 2030
    assert tx("The family gathered at Christmas and argued about money.") == [
        ("Christmas", "DATE", "2030-12-25")]
    assert tx("The minister resigned at Christmas.") == [("Christmas", "DATE", "2030-12-25")]
    # guards (pass before): a future clause looks ahead; a year given is kept
    assert tx("The family will gather at Christmas.") == [("Christmas", "DATE", "2031-12-25")]
    assert tx("The family gathered at Christmas 2029.") == [
        ("Christmas 2029", "DATE", "2029-12-25")]


def test_the_week_before_or_after_a_holiday_is_an_iso_week() -> None:
    # the seven days before Christmas 2031 (a Thursday) are 18-24 December; their middle day,
    # the 21st, is in ISO week 51 (15-21 December)
    assert tx("Shoppers will crowd the malls in the week before Christmas.") == [
        ("the week before Christmas", "DATE", "2031-W51")]
    # Christmas 2015 is a Friday: 18-24 December, middle day the 21st, ISO week 52; the
    # week already under way on the 23rd is not pushed back a year by the past clause
    assert tx("The debate was lost in the scramble of the week before Christmas.",
              reference="2015-12-23") == [("the week before Christmas", "DATE", "2015-W52")]
    # Easter 2030 is 21 April: 22-28 April, middle day the 25th, ISO week 17
    assert tx("Shops reopened the week after Easter 2030.") == [
        ("the week after Easter 2030", "DATE", "2030-W17")]


def test_newswire_quotation_marks_are_quotations() -> None:
    # LDC newswire writes a quotation ``...'': its words are anchored on the day its
    # reporting clause names, as with typographic or straight quotation marks
    text = "``We met the minister yesterday,'' the mayor said on Monday."
    assert tx(text)[0] == ("yesterday", "DATE", "2031-10-26")
    rows = find_timexes(text, reference="2031-10-29")
    assert rows["in_quote"].tolist() == [True, False]
    # guard: an apostrophe pair after a word closes nothing and opens nothing (a pair between
    # spaces reads as a straight " would since the pairing moved to core, tidy round:
    # tests/test_timeline_quotations.py)
    rows = find_timexes("The firms'' merger closed on Monday.", reference="2031-10-29")
    assert rows["in_quote"].tolist() == [False]


def test_a_modal_perfect_speaks_of_the_past() -> None:
    # "may have thought ... in April": a guess about what happened, so the last April
    # (2031-04 before 2031-10-29), not the next one
    assert tx("The mayor may have thought the worst was over in April.") == [
        ("April", "DATE", "2031-04")]
    assert tx("They might well have met in March.") == [("March", "DATE", "2031-03")]
    # guards (pass before): a plain modal looks ahead; "may have" + a noun is no perfect
    assert tx("The board may meet in April.") == [("April", "DATE", "2032-04")]
    assert tx("The team may have its answer in April.") == [("April", "DATE", "2032-04")]


def test_a_year_after_for_is_a_date() -> None:
    # TimeBank tags "for 1989" (4 of 5 occurrences; the set 3 of 3)
    assert tx("Growth has not met our expectations for 2029.") == [("2029", "DATE", "2029")]
    assert tx("She released the figures for 2028 on Friday.")[0] == ("2028", "DATE", "2028")
    # guards (pass before): a count or a price after "for" is no year
    assert tx("The hall has seats for 2000 people.") == []
    assert tx("The painting sold for $1950.") == []


def test_a_year_after_a_possessive_or_an_article_dates_its_noun() -> None:
    # "his 1990 earnings projection", "a 1971 Convention", "A 2014 examination"
    assert tx("The analyst trimmed his 2029 earnings projection.") == [
        ("2029", "DATE", "2029")]
    assert tx("The ruling overruled a 1971 Convention on air safety.") == [
        ("1971", "DATE", "1971")]
    assert tx("A 2024 examination found the same faults.") == [("2024", "DATE", "2024")]
    # guards (pass before): a hyphenated count and "a 2000 or so" are no years
    assert tx("They built a 2000-seat hall.") == []
    assert tx("The club has a 1500 or so members.") == []


def test_an_abbreviation_between_a_year_and_its_noun() -> None:
    # "the 2011 U.S. military action": the abbreviation's full stops do not end the name
    assert tx("The envoy defended the 2027 U.K. trade deal.") == [("2027", "DATE", "2027")]
    # guard (passes before): a name whose capitalised head ends the sentence stays a name
    assert tx("He joined the 1922 Committee. Then he left.") == []
    assert tx("Letters went to the 1922 Committee. Two backbenchers left.") == []


def test_review_a_day_in_a_complement_clause_is_no_day_of_speech() -> None:
    # issue 14 review: the weekday after "said the vote is on" or "said next Monday would"
    # belongs to the reported clause, not to the reporting one: "yesterday" stays the day
    # before publication (2031-10-28), not the day before that weekday
    assert tx('"We met the minister yesterday," he said the vote is on Friday.')[0] == (
        "yesterday", "DATE", "2031-10-28")
    assert tx('"We met the minister yesterday," he said next Monday would be calm.')[0] == (
        "yesterday", "DATE", "2031-10-28")
    # guard (passes before): the day of the reporting clause itself still anchors
    assert tx('"We met the minister yesterday," he told reporters on Monday.')[0] == (
        "yesterday", "DATE", "2031-10-26")


def test_review_a_capitalised_word_ends_the_reporting_sentence() -> None:
    # "Reuters." ends the sentence: the Monday of the next one is no day of speech
    assert tx('"We met the minister yesterday," he told Reuters. Monday was quiet.')[0] == (
        "yesterday", "DATE", "2031-10-28")
    # guard: an abbreviation does not end it ("Mr.", "U.S.")
    assert tx('"We met the minister yesterday," Mr. Lane told the U.S. Senate on Monday.')[0] == (
        "yesterday", "DATE", "2031-10-26")


def test_review_single_marked_quotations_take_their_day_of_speech() -> None:
    # British single marks: the day named after the quotation anchors its words
    assert tx("‘We met the minister yesterday,’ the mayor said on Monday.")[0] == (
        "yesterday", "DATE", "2031-10-26")
    assert tx("'We met the minister yesterday,' the mayor said on Monday.")[0] == (
        "yesterday", "DATE", "2031-10-26")
    # an apostrophe and a plural possessive are no closing marks
    assert tx("‘The voters’ mood didn’t change yesterday,’ the mayor said on Monday.")[0] == (
        "yesterday", "DATE", "2031-10-26")


def test_review_a_count_after_a_possessive_or_an_article_is_no_year() -> None:
    # a unit or measure word after the number makes it a count
    assert tx("She wrote an 1800 word essay on the war.") == []
    assert tx("He ran a 1500 metre race and our 2000 page report came out.") == []
    # guards: the dated modifiers of the original rule keep their dates
    assert tx("The analyst trimmed his 2029 earnings projection.") == [
        ("2029", "DATE", "2029")]
    assert tx("The ruling overruled a 1971 Convention on air safety.") == [
        ("1971", "DATE", "1971")]
