"""Unit tests (invented text) for the quote rules of issue 13, round 24: whom a ``he``/``she``
refers to when the sentence before names a person and then re-describes them, and a word
surname (``Will``) opening a sentence. Each rule is checked with the rules alone
(``ranker="rules"``) and with the default learned chooser."""

from __future__ import annotations

import pytest

from helpers.instruments.quotes import extract_quotes_text


def _row(text: str, start: str, ranker: str):
    q = extract_quotes_text(text, ranker=ranker)
    return q[(q["kind"] == "speech") & q["text"].str.startswith(start)].iloc[0]


_BOTH = pytest.mark.parametrize("ranker", ["rules", "default"])


@_BOTH
def test_a_pronoun_after_an_apposed_description_takes_the_name(ranker: str) -> None:
    # before: `she` took the description `a retired nurse` (the latest mention), not the
    # woman it describes, so the speaker was a description of nobody in particular
    text = ("Voters in Dover were split on Monday.\n\n"
            "Maria Lopez, 66, a retired nurse from the east side, backed the mayor. "
            "\"He kept the clinic open,\" she said.\n")
    assert _row(text, "He kept the clinic", ranker).speaker == "Maria Lopez"


@_BOTH
def test_a_pronoun_after_a_description_apposed_with_a_party_takes_the_name(ranker: str) -> None:
    text = ("The vote came late on Tuesday.\n\n"
            "Gov. Paul Hart (R), a close ally of the mayor, defended the plan, saying "
            "it was fair. \"Nobody lost out,\" he said.\n")
    assert _row(text, "Nobody lost out", ranker).speaker == "Paul Hart"


def test_guard_a_description_of_someone_else_stays_apart() -> None:
    # the description is a new person in a sentence of its own, not an apposition (rules
    # alone: the chooser's own choice here is not this round's)
    text = ("The vote came late on Tuesday.\n\n"
            "Paul Hart met the mayor. A local farmer then spoke up. "
            "\"Nobody lost out,\" he said.\n")
    assert _row(text, "Nobody lost out", "rules").speaker == "a local farmer"


_WILL_LEAD = "George Will wrote a column on Monday about the race.\n\n"


@_BOTH
def test_a_word_surname_opening_a_sentence_is_the_subject(ranker: str) -> None:
    # before: `Will` (a modal in the sentence-word list) was no mention at a sentence start,
    # so `he` went to the man named later in the sentence
    text = _WILL_LEAD + ("Bob Dole spoke in Iowa. Will described the senator as steady and "
                         "praised his record. \"He has a steady hand,\" he wrote.\n")
    assert _row(text, "He has a steady hand", ranker).speaker == "George Will"


@_BOTH
def test_a_word_surname_after_a_sentence_adverb_is_the_subject(ranker: str) -> None:
    text = _WILL_LEAD + ("Will described the governor as a caricature. Instead, Will called "
                         "for the party to back Bob Dole, whom he praised. \"He has a steady "
                         "hand,\" he wrote.\n")
    assert _row(text, "He has a steady hand", ranker).speaker == "George Will"


def test_guard_a_modal_before_a_base_form_is_no_subject() -> None:
    # `Will voters back …?` is a question: the modal is no mention of George Will
    text = _WILL_LEAD + ("Bob Dole spoke in Iowa. Will voters back the senator? \"He has a "
                         "steady hand,\" he said.\n")
    assert _row(text, "He has a steady hand", "rules").speaker == "Bob Dole"


@_BOTH
def test_a_name_before_a_role_and_another_name_is_no_subject(ranker: str) -> None:
    # before: `Clinton` in `Clinton spokeswoman Jennifer Palmieri` counted as the subject that
    # opens the sentence, so `she` went to Hillary Clinton, not to the spokeswoman
    text = ("Hillary Clinton spoke in Ohio on Friday.\n\n"
            "Clinton spokeswoman Jennifer Palmieri criticized Manafort for the charge. "
            "\"Nice try, not true,\" she said in a tweet.\n")
    assert _row(text, "Nice try", ranker).speaker == "Jennifer Palmieri"


def test_guard_a_subject_before_a_verb_and_a_role_stays_the_subject() -> None:
    # `Clinton told reporter Ann Lee …`: the word after the name is a verb, so the name is
    # the subject (and `she` is hers)
    text = ("Hillary Clinton spoke in Ohio on Friday.\n\n"
            "Clinton told reporter Ann Lee about the plan on the bus. "
            "\"We will win this state,\" she said.\n")
    assert _row(text, "We will win", "rules").speaker == "Hillary Clinton"


_VOTERS = "Voters met in Dover on Monday.\n\n"


@pytest.mark.parametrize("ranker", ["rules", "default"])
@pytest.mark.parametrize("clause", ["while Paul Hart was away in Leeds",
                                    "although Paul Hart has attacked it"])
def test_a_subject_in_a_trailing_subordinate_clause_yields_to_the_main_subject(
        ranker: str, clause: str) -> None:
    # before: the latest subject (inside the `while`/`although` clause) took `he`; the main
    # clause's subject is the centre of the sentence
    text = _VOTERS + (f"Tom Reed praised the budget in March, {clause}. \"It keeps the "
                      "clinics open,\" he said.\n")
    assert _row(text, "It keeps the clinics", ranker).speaker == "Tom Reed"


def test_a_description_in_a_trailing_subordinate_clause_yields_to_the_main_subject() -> None:
    text = _VOTERS + ("Former Rep. Chris Shays backed Kasich while the Ohio governor was in "
                      "the running, he said on Monday. \"Hillary is my next choice,\" he "
                      "said.\n")
    assert _row(text, "Hillary is my next", "rules").speaker == "Chris Shays"


def test_guard_a_subject_after_a_leading_subordinate_clause_keeps_the_pronoun() -> None:
    # `When Hart spoke, Reed praised …`: the later subject is the main one
    text = _VOTERS + ("When Paul Hart spoke in March, Tom Reed praised the budget. \"It "
                      "keeps the clinics open,\" he said.\n")
    assert _row(text, "It keeps the clinics", "rules").speaker == "Tom Reed"


_CLINTON = "Hillary Clinton spoke in Ohio on Friday.\n\n"


@_BOTH
def test_a_name_with_a_relative_clause_of_saying_is_the_speaker(ranker: str) -> None:
    # before: the paragraph had no subject, and `she` took `Clinton`, named inside what the
    # senator said
    text = _CLINTON + ("The plan was backed on Friday by Sen. Dianne Ford of Ohio, the senior "
                       "Democrat on the panel, who said none of the emails came from Clinton."
                       "\n\n\"It never made sense to me,\" she said in a statement.\n")
    assert _row(text, "It never made sense", ranker).speaker == "Dianne Ford"


def test_guard_a_relative_clause_of_another_verb_changes_nothing() -> None:
    text = _CLINTON + ("The plan was backed on Friday by Dianne Ford, who lives in Ohio, and "
                       "by Clinton.\n\n\"It never made sense to me,\" she said.\n")
    assert _row(text, "It never made sense", "rules").speaker == "Hillary Clinton"
