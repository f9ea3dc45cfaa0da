"""Unit tests (invented text) for the quote rules of issue 13, round 9: who is speaking when a
quotation has no cue of its own, in an article read as an interview."""

from __future__ import annotations

from helpers.instruments.quotes import extract_quotes_text


def _speakers(text: str) -> list[str]:
    q = extract_quotes_text(text)
    return list(q[q["kind"] == "speech"]["speaker"])


#: one person holds most of the named quotations: the article is read as an interview
_LEAD = ("\"Our ports are open,\" Ozren Varga said on Monday.\n\n"
         "\"Trade will grow,\" Varga said.\n\n"
         "\"The border stays calm,\" Varga said in the capital.\n\n")


def test_second_quotation_after_an_apposition_keeps_the_named_speaker() -> None:
    # "…," said X, <apposition>. "…": the next quotation of the paragraph is still X's,
    # not the interviewee's
    text = _LEAD + ("\"He loved the harbour and its cranes,\" said Lidia Brankov, a former "
                    "mayor of the port town who has known him for years. \"That is all gone "
                    "now, I am afraid.\"\n")
    assert _speakers(text)[-2:] == ["Lidia Brankov", "Lidia Brankov"]


def test_second_quotation_after_a_new_subject_is_not_carried_on() -> None:
    # guard: when another person becomes the subject between the two quotations, the
    # cue-less quotation is not given to the speaker before
    text = _LEAD + ("\"He loved the harbour,\" said Lidia Brankov, a former mayor. Varga "
                    "smiled at that. \"That is all gone now, I am afraid.\"\n")
    assert _speakers(text)[-2:] == ["Lidia Brankov", "Ozren Varga"]
