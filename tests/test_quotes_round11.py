"""Unit tests (invented text) for the quote rules of issue 13, round 11: the speaker written
as a description after the quotation (an age, a partitive), and the age that joins it to a
name. (Round 10's interview-layout rule was reverted with its tests.)"""

from __future__ import annotations

from helpers.instruments.quotes import extract_quotes_text


def _row(text: str, start: str):
    q = extract_quotes_text(text)
    return q[(q["kind"] == "speech") & q["text"].str.startswith(start)].iloc[0]


def test_age_description_after_the_quotation_is_the_speaker() -> None:
    # "…," said the 46-year-old: an age used as a noun is a person; before, no speaker phrase
    # was seen and the quotation went to someone named earlier
    text = ("Senator Alma Quist spoke in Dayton on Friday.\n\n"
            "\"We need many more jobs here,\" said the 46-year-old, who lost his job in May.\n")
    r = _row(text, "We need many")
    assert (r.speaker, r.speaker_type, r.cue) == ("the 46-year-old", "description", "say")


def test_partitive_description_after_the_quotation_is_the_speaker() -> None:
    # "…," said one of those advisers: the head noun is "advisers", not "one" (before: the
    # speaker was dropped as not_a_speaker)
    text = ("The campaign met its donors on Monday.\n\n"
            "\"Nobody believes that at all,\" said one of those advisers, who asked not to be "
            "named.\n")
    assert _row(text, "Nobody believes").speaker == "one of those advisers"


def test_partitive_of_a_non_person_is_still_no_speaker() -> None:
    # guard: the partitive head must still name a person, a group or a document
    from helpers.instruments.quotes.speakers import not_a_speaker
    assert not_a_speaker("one of the fights", "description") == "fights"


def test_age_description_counts_as_the_person_of_that_age() -> None:
    # "X, 46, …" then "said the 46-year-old": speaker stays the surface form, the canonical
    # speaker is the person the article joined to that age
    text = ("Tom Ruel, 46, a carpenter, listened at the back.\n\n"
            "\"We need many more jobs here,\" said the 46-year-old, who lost his job in May.\n")
    r = _row(text, "We need many")
    assert (r.speaker, r.speaker_canonical) == ("the 46-year-old", "Tom Ruel")


def test_age_description_of_another_age_is_not_joined() -> None:
    # guard: a different age is another person
    text = ("Tom Ruel, 46, a carpenter, listened at the back.\n\n"
            "\"We need many more jobs here,\" said the 52-year-old, who lost his job in May.\n")
    assert _row(text, "We need many").speaker_canonical == "the 52-year-old"
