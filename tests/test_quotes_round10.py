"""Unit tests (invented text) for the quote rules of issue 13, round 10: interview detection by
layout, and the speaker written as a description after the quotation."""

from __future__ import annotations

from helpers.instruments.quotes import extract_quotes_text


def _speakers(text: str) -> list[str]:
    q = extract_quotes_text(text)
    return list(q[q["kind"] == "speech"]["speaker"])


#: a news report quoting one person again and again, in the past tense
_NEWS = ("\"Our ports are open,\" Ozren Varga said on Monday.\n\n"
         "\"Trade will grow,\" Varga said.\n\n"
         "\"The border stays calm,\" Varga said in the capital.\n\n"
         "Gov. Dorn Kesler answered on the radio the next day.\n\n"
         "\"Their ports are a mess.\"\n")


def test_news_report_quoting_one_person_is_no_interview() -> None:
    # before round 10 the cue-less last quotation went to the most-quoted person (read as the
    # interviewee); in a report it belongs to the subject of the paragraph before
    assert _speakers(_NEWS)[-1] == "Dorn Kesler"


def test_present_tense_profile_is_an_interview() -> None:
    # guard: the same article told in the present tense of a profile keeps the interviewee
    text = _NEWS.replace(" said", " says").replace("answered", "answers")
    assert _speakers(text)[-1] == "Ozren Varga"


def test_question_and_answer_layout_is_an_interview() -> None:
    # a Q:/A: transcript in the past tense is still an interview: the cue-less quotation after
    # another person's paragraph is the interviewee's
    text = "Q: Are the ports open?\n\nA: They are, for now.\n\n" + _NEWS
    assert _speakers(text)[-1] == "Ozren Varga"


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
