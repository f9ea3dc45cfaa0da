"""Unit tests (invented text) for the quote rules of issue 13, round 24: whom a ``he``/``she``
refers to when the sentence before names a person and then re-describes them, and a word
surname (``Will``) opening a sentence. Each rule is checked with the rules alone
(``ranker="rules"``) and with the default learned chooser."""

from __future__ import annotations

import pytest
from ranker_rows import BOTH_RANKERS as _BOTH
from ranker_rows import speech_row as _row


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
    text = _WILL_LEAD + ("Ray Dunn spoke in Iowa. Will described the senator as steady and "
                         "praised his record. \"He has a steady hand,\" he wrote.\n")
    assert _row(text, "He has a steady hand", ranker).speaker == "George Will"


@_BOTH
def test_a_word_surname_after_a_sentence_adverb_is_the_subject(ranker: str) -> None:
    text = _WILL_LEAD + ("Will described the governor as a showman. Instead, Will urged the "
                         "party to back Ray Dunn, whom he praised. \"He has a steady "
                         "hand,\" he wrote.\n")
    assert _row(text, "He has a steady hand", ranker).speaker == "George Will"


def test_guard_a_modal_before_a_base_form_is_no_subject() -> None:
    # `Will voters back …?` is a question: the modal is no mention of George Will
    text = _WILL_LEAD + ("Ray Dunn spoke in Iowa. Will voters back the senator? \"He has a "
                         "steady hand,\" he said.\n")
    assert _row(text, "He has a steady hand", "rules").speaker == "Ray Dunn"


_HARLOW = "Joan Harlow spoke in Leeds on Friday.\n\n"


@_BOTH
def test_a_name_before_a_role_and_another_name_is_no_subject(ranker: str) -> None:
    # before: `Harlow` in `Harlow campaign aide Nina Castell` counted as the subject that
    # opens the sentence, so `she` went to Joan Harlow, not to the aide
    text = _HARLOW + ("Harlow campaign aide Nina Castell dismissed the rumour on Saturday. "
                      "\"That is simply false,\" she said in a post.\n")
    assert _row(text, "That is simply false", ranker).speaker == "Nina Castell"


def test_guard_a_subject_before_a_verb_and_a_role_stays_the_subject() -> None:
    # `Harlow told reporter Ann Lee …`: the word after the name is a verb, so the name is
    # the subject (and `she` is hers)
    text = _HARLOW + ("Harlow told reporter Ann Lee about the plan on the bus. "
                      "\"We will win this seat,\" she said.\n")
    assert _row(text, "We will win", "rules").speaker == "Joan Harlow"


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
    text = _VOTERS + ("Former Rep. Colin Marsh backed Dale while the Iowa senator was still "
                      "a candidate, he said on Monday. \"Tess is my next choice,\" he "
                      "said.\n")
    assert _row(text, "Tess is my next", "rules").speaker == "Colin Marsh"


def test_guard_a_subject_after_a_leading_subordinate_clause_keeps_the_pronoun() -> None:
    # `When Hart spoke, Reed praised …`: the later subject is the main one
    text = _VOTERS + ("When Paul Hart spoke in March, Tom Reed praised the budget. \"It "
                      "keeps the clinics open,\" he said.\n")
    assert _row(text, "It keeps the clinics", "rules").speaker == "Tom Reed"


@_BOTH
def test_a_name_with_a_relative_clause_of_saying_is_the_speaker(ranker: str) -> None:
    # before: the paragraph had no subject, and `she` took `Harlow`, named inside what the
    # senator said
    text = _HARLOW + ("The budget was defended on Friday by Sen. Ruth Abney of Ohio, the "
                      "senior member of the committee, who said none of the cuts came from "
                      "Harlow.\n\n\"It was never our plan,\" she said in a statement.\n")
    assert _row(text, "It was never our plan", ranker).speaker == "Ruth Abney"


def test_guard_a_relative_clause_of_another_verb_changes_nothing() -> None:
    text = _HARLOW + ("The budget was defended on Friday by Ruth Abney, who lives in Ohio, "
                      "and by Harlow.\n\n\"It was never our plan,\" she said.\n")
    assert _row(text, "It was never our plan", "rules").speaker == "Joan Harlow"
