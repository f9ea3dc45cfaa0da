"""Unit tests (invented text) for the quote rules of issue 13, round 31: which person a
``he``/``she`` of a reporting clause refers to.

Step 1: a bare surname shared by a woman and a man whose given name tells no gender
(``Chris Lark`` and ``Anne Marie Lark``) is the man for a later ``he``: the namesake search
takes a given name of unknown gender when none of the pronoun's gender was named.

Step 2: in a report whose main figure holds most attributions (no interview in form), a
subject that stands inside a clause after a verb without ``that`` (``… but suggested Hale went
too far``) is passed over, so the main-clause subject of that paragraph takes the ``he`` of
the next one, not the main figure.

Step 3: a subject right after an auxiliary that opens a question (``Was Dunn pleased with
Hale's answer? ¶ "…," he said``) opens the main clause, so it takes the next ``he`` over the
main figure.

Checked with the rules alone (``ranker="rules"``) and with the default chooser."""

from __future__ import annotations

from ranker_rows import BOTH_RANKERS, speech_row

# a report whose main figure (Tom Hale) holds most attributions
_RALLY = ("Tom Hale rallied voters in Dane County on Monday. \u201cWe will win this state,\u201d "
          "Hale said. \u201cThe other side has no plan,\u201d Hale said.\n\n"
          "Hale spoke for an hour. \u201cIt is over for them,\u201d Hale said. \u201cThey know "
          "it,\u201d Hale added.\n\n")


# --------------------------------------------------------------------------- step 1
_LARKS = ("Chris Lark, the state senator, has made safer schools the centre of his work since "
          "the flood at the old mill.\n\n"
          "Anne Marie Lark, a music teacher, lost her classroom in the flood and wrote to "
          "Ben Ortiz, the mayor.\n\n")


@BOTH_RANKERS
def test_bare_surname_he_takes_the_namesake_of_unknown_gender(ranker: str) -> None:
    text = _LARKS + ("If safer schools are Lark\u2019s first cause, his next one is to win over "
                     "the farm caucus. \u201cThis is the test of the session,\u201d he told "
                     "me.\n")
    assert speech_row(text, "This is the test", ranker)["speaker"] == "Chris Lark"


@BOTH_RANKERS
def test_bare_surname_she_keeps_the_woman(ranker: str) -> None:
    """Guard: the ``she`` still goes to the woman of that surname."""
    text = _LARKS + ("If music is Lark\u2019s first love, her next one is the school choir. "
                     "\u201cThe children sing every week,\u201d she told me.\n")
    assert speech_row(text, "The children sing", ranker)["speaker"] == "Anne Marie Lark"


# --------------------------------------------------------------------------- step 2
@BOTH_RANKERS
def test_subject_after_a_verb_without_that_is_passed_over(ranker: str) -> None:
    text = _RALLY + ("Bob Dunn argued that the farm vote had shifted, but suggested Hale went "
                     "too far with the tariff line.\n\n"
                     "\u201cWas that a mistake on his part?\u201d he asked.\n")
    assert speech_row(text, "Was that a mistake", ranker)["speaker"] == "Bob Dunn"


@BOTH_RANKERS
def test_main_figure_as_main_subject_keeps_the_pronoun(ranker: str) -> None:
    """Guard: when the main figure is the main-clause subject, the ``he`` stays his."""
    text = _RALLY + ("Hale argued that the farm vote had shifted, and suggested Bob Dunn went "
                     "too far with the tariff line.\n\n"
                     "\u201cWe will keep going,\u201d he said.\n")
    assert speech_row(text, "We will keep going", ranker)["speaker"] == "Tom Hale"


@BOTH_RANKERS
def test_subject_after_an_inverted_cue_keeps_the_pronoun(ranker: str) -> None:
    """Guard: a person named after an inverted cue (``…," said Bob Dunn``) is no clause
    subject inside a main clause; the next sentence's ``he`` is his."""
    text = _RALLY + ("\u201cHale is in a lane of his own,\u201d said Bob Dunn, a farmer and former "
                     "county clerk who once ran for the board. Voters \u201cthink he will not "
                     "mind a fight,\u201d he said.\n")
    assert speech_row(text, "think he will not", ranker)["speaker"] == "Bob Dunn"


# --------------------------------------------------------------------------- step 3
@BOTH_RANKERS
def test_subject_of_a_question_takes_the_pronoun(ranker: str) -> None:
    text = _RALLY + ("Was Bob Dunn pleased with the answer Hale gave on the tariff?\n\n"
                     "\u201cOnly in part,\u201d he said.\n")
    assert speech_row(text, "Only in part", ranker)["speaker"] == "Bob Dunn"


@BOTH_RANKERS
def test_question_word_inside_a_sentence_opens_no_main_clause(ranker: str) -> None:
    """Guard: an auxiliary inside a sentence (``what Hale did was Bob Dunn's idea``) does not
    make the name after it a main-clause subject."""
    text = _RALLY + ("Bob Dunn watched from the back. Asked about the tariff, Hale said what he "
                     "had done was his own idea.\n\n"
                     "\u201cWe keep our word,\u201d he said.\n")
    assert speech_row(text, "We keep our word", ranker)["speaker"] == "Tom Hale"
