"""Unit tests (invented text) for the quote rules of issue 13, round 30.

Step 1: in a report whose main figure holds most attributions (no interview in form), a
``he``/``she`` opening a paragraph after one whose subject is a named person does not fall back
on the main figure because that paragraph ends with a subject embedded after ``that``
(``X voiced confidence that Y would lose. ¶ "…," he said``): the embedded subject is passed
over, as it already was in the pronoun's own paragraph (round 28), and X speaks.

Checked with the rules alone (``ranker="rules"``) and with the default chooser."""

from __future__ import annotations

from ranker_rows import BOTH_RANKERS, speech_row

_RALLY = ("Tom Hale rallied voters in Dane County on Monday. \u201cWe will win this state,\u201d "
          "Hale said. \u201cThe other side has no plan,\u201d Hale said.\n\n"
          "Hale spoke for an hour. \u201cIt is over for them,\u201d Hale said. \u201cThey know "
          "it,\u201d Hale added.\n\n")


@BOTH_RANKERS
def test_embedded_subject_of_the_previous_paragraph_is_passed_over(ranker: str) -> None:
    text = _RALLY + ("Bob Dunn, chair of the county party, voiced confidence that Hale would be "
                     "easy to beat in a debate.\n\n"
                     "\u201cI think he is going to lose badly,\u201d he said.\n")
    assert speech_row(text, "I think he is", ranker)["speaker"] == "Bob Dunn"


@BOTH_RANKERS
def test_embedded_subject_of_another_gender_is_passed_over(ranker: str) -> None:
    text = _RALLY + ("Bob Dunn, chair of the county party, voiced confidence that Mary Cole "
                     "would be easy to beat in a debate.\n\n"
                     "\u201cI think she is going to lose badly,\u201d he said.\n")
    assert speech_row(text, "I think she is", ranker)["speaker"] == "Bob Dunn"


@BOTH_RANKERS
def test_main_figure_keeps_a_pronoun_after_its_own_main_clause(ranker: str) -> None:
    """Guard: a paragraph whose last subject is the main figure in a main clause still gives
    the next ``he`` to the main figure."""
    text = _RALLY + ("Bob Dunn, chair of the county party, was not convinced. Hale then turned "
                     "to the crowd.\n\n"
                     "\u201cWe will not stop,\u201d he said.\n")
    assert speech_row(text, "We will not stop", ranker)["speaker"] == "Tom Hale"
