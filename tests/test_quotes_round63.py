"""Quotes round 63 (issue 13): British prose, the cues and speakers that recur across writers
(uk_dev9 opened). Invented sentences only."""

from __future__ import annotations

import pytest

from helpers.instruments.quotes import extract_quotes_text

RANKERS = ("default", "rules")

FOUND = (
    "The ferry inquiry reported on Monday.\n\n"
    "The inquiry found that the harbour board had acted \"without proper regard for safety\" "
    "and that its inspections had been \"little more than a formality\".\n")

FOUND_PRESENT = (
    "The council met on Tuesday.\n\n"
    "The auditor's review finds that the scheme has been \"run for years without any "
    "oversight at all\".\n")

FOUND_OBJECT = (
    "The police searched the quay on Friday.\n\n"
    "Officers found the boat. Its owner, Tom Reed, said it had been \"taken for a joyride\".\n")

FOUND_OTHER_SENTENCE = (
    "The inquiry found that the board had failed. Passengers were \"left in the dark\", "
    "the chairman, Paul Lane, told reporters.\n")


def _rows(text: str, ranker: str):
    return extract_quotes_text(text, ranker=ranker)


@pytest.mark.parametrize("ranker", RANKERS)
def test_quotations_in_a_found_that_clause_take_find(ranker: str) -> None:
    d = _rows(FOUND, ranker)
    assert list(d["cue"]) == ["find", "find"]
    assert list(d["speaker"]) == ["the inquiry", "the inquiry"]


@pytest.mark.parametrize("ranker", RANKERS)
def test_present_tense_finds_that(ranker: str) -> None:
    d = _rows(FOUND_PRESENT, ranker)
    assert list(d["cue"]) == ["find"]


@pytest.mark.parametrize("ranker", RANKERS)
def test_found_without_that_or_in_another_sentence_is_no_cue(ranker: str) -> None:
    # guards: the physical sense (no clause) and a finding in the sentence before
    assert list(_rows(FOUND_OBJECT, ranker)["cue"]) == ["say"]
    assert list(_rows(FOUND_OTHER_SENTENCE, ranker)["cue"]) == ["tell"]


PP_LOWER = (
    "The harbour board met on Monday.\n\n"
    "One councillor from a coastal ward, who asked not to be named, said the plan would "
    "\"land like a brick on every harbour town in the county\".\n")

CLOSE_TO = (
    "Tom Reed said the board would fight both plans. A source close to the deputy mayor said "
    "the compromise was \"a genuine attempt to lower the temperature on the quay\".\n")

PP_CAPITAL = (
    "A spokesman for the Harbour Board said the plan would \"land like a brick on every "
    "harbour town in the county\".\n")


@pytest.mark.parametrize("ranker", RANKERS)
def test_person_description_with_a_lower_case_post_modifier_is_the_subject(ranker: str) -> None:
    d = _rows(PP_LOWER, ranker)
    assert list(d["cue"]) == ["say"]
    assert list(d["speaker"]) == ["one councillor"]


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_source_close_to_someone_is_not_that_someone(ranker: str) -> None:
    d = _rows(CLOSE_TO, ranker)
    assert list(d["cue"]) == ["say"]
    assert d["speaker"].iloc[0].lower().startswith("a source")


@pytest.mark.parametrize("ranker", RANKERS)
def test_capitalised_post_modifier_keeps_the_person(ranker: str) -> None:
    # guard: the round-16 reading of a capitalised object is unchanged
    d = _rows(PP_CAPITAL, ranker)
    assert list(d["cue"]) == ["say"]
    assert d["speaker"].iloc[0].startswith("a spokesman")


ONE_APPOSED = (
    "In a drawer there is a letter signed by all nine founders. Two of them are still alive. "
    "One, a retired teacher now in her eighties, told me by phone that she had seen \"three or "
    "four of these rows\" before.\n")

ONE_NOUN_APPOSED = (
    "The council has fought over its budget for years. One veteran of those rows, a former "
    "councillor who asked not to be named, said: \"Every side promises to cut waste. None of "
    "them ever does.\"\n")

ONE_NO_APPOSITION = (
    "The whips were furious. One said: \"Everybody voted against something at some point.\"\n")


@pytest.mark.parametrize("ranker", RANKERS)
def test_elliptic_one_is_named_by_its_apposition(ranker: str) -> None:
    assert list(_rows(ONE_APPOSED, ranker)["speaker"]) == ["a retired teacher"]


@pytest.mark.parametrize("ranker", RANKERS)
def test_one_noun_phrase_is_named_by_its_apposition(ranker: str) -> None:
    assert list(_rows(ONE_NOUN_APPOSED, ranker)["speaker"]) == ["a former councillor"]


@pytest.mark.parametrize("ranker", RANKERS)
def test_one_without_apposition_keeps_the_group_noun(ranker: str) -> None:
    # guard: round 49's elliptic reading (one of the whips) is unchanged
    assert list(_rows(ONE_NO_APPOSITION, ranker)["speaker"]) == ["one whip"]


GIVEN_NAME_ASIDE = (
    "Doreen, 61, runs the launderette. \"Nobody washes at home,\" she says.\n\n"
    "The minister, Ann Lowe, did not dispute the figures. She called them \"the first real "
    "sign that the tide is turning at last\".\n\n"
    "Doreen, for her part, has stopped reading the figures. \"They can say what they like,\" "
    "she says.\n")

GIVEN_NAME_AGE = (
    "The launderette opens at eight.\n\n"
    "Doreen is 61 and a former cook, and she has seen the street change. \"We used to get "
    "students,\" she says.\n")

WORD_NAME_ASIDE = (
    "Tom Reed runs the ferry.\n\n"
    "Hope, for all that, is fading. \"We cannot sail in this,\" he says.\n")


@pytest.mark.parametrize("ranker", RANKERS)
def test_lone_given_name_before_an_aside_is_the_subject(ranker: str) -> None:
    assert list(_rows(GIVEN_NAME_ASIDE, ranker)["speaker"]) == ["Doreen", "Ann Lowe", "Doreen"]


@pytest.mark.parametrize("ranker", RANKERS)
def test_lone_given_name_with_an_age_predicate_is_the_subject(ranker: str) -> None:
    assert list(_rows(GIVEN_NAME_AGE, ranker)["speaker"]) == ["Doreen"]


@pytest.mark.parametrize("ranker", RANKERS)
def test_word_name_before_an_aside_and_a_pronoun_of_the_other_gender(ranker: str) -> None:
    # guard: a she-name that is also a word (Hope) is no antecedent for "he"
    assert list(_rows(WORD_NAME_ASIDE, ranker)["speaker"]) == ["Tom Reed"]
