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
