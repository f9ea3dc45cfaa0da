"""Unit tests (invented text) for quotes round 80: the plural of every listed person noun is a
person noun too (``helpers/instruments/quotes/person_plurals.py``).

``data/lexicons/person_nouns.txt`` listed ``reporter``, ``teacher``, ``nurse`` but not their
plurals, so a group named by one of them (``Several reporters noted that …``) was no subject
and its quotation had no speaker. The speaker tests fail before the step (no speaker) and pass
after it, with both choosers; the plural-rule tests check the English rule and its listed
exceptions; the guards are near misses that must not change.
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

from helpers.instruments.quotes.lexicon import PERSON_NOUNS, is_person_noun
from helpers.instruments.quotes.person_plurals import regular_plural, with_plurals

OPENING = "The council met at the depot in Leeds on Monday night.\n\n"


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words", "speaker"), [
    (OPENING + "Several reporters noted that the new timetable was \"a clear mistake.\"\n",
     "a clear mistake", "several reporters"),
    (OPENING + "Many teachers said the exam was \"far too hard for most pupils.\"\n",
     "far too hard", "many teachers"),
    (OPENING + "\"The ward is full every single night,\" two nurses told the inquiry.\n",
     "ward is full", "two nurses"),
])
def test_a_group_named_by_a_plural_person_noun_speaks(text: str, words: str, speaker: str,
                                                      ranker: str | None) -> None:
    assert _row(text, words, ranker).speaker.lower() == speaker


@pytest.mark.parametrize(("noun", "plural"), [
    ("reporter", "reporters"), ("secretary", "secretaries"), ("chairman", "chairmen"),
    ("coach", "coaches"), ("envoy", "envoys"), ("wife", "wives"), ("german", "germans"),
    ("someone", ""), ("third", ""),
])
def test_the_plural_rule(noun: str, plural: str) -> None:
    assert regular_plural(noun) == plural


def test_plurals_join_the_list() -> None:
    """Every listed singular's plural is in ``PERSON_NOUNS``; no plural is pluralised again
    and no indefinite pronoun or ordinal gains a plural."""
    assert {"reporters", "teachers", "nurses", "journalists", "secretaries"} <= PERSON_NOUNS
    assert is_person_noun("reporters")
    assert not {"residentses", "menmen", "childrens", "someones", "thirds"} & PERSON_NOUNS
    assert with_plurals(["mayor", "mayors", "counsel"]) == {"mayor", "mayors", "counsel"}


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a plural person noun as the OBJECT of the cue: the subject speaks, not the group
    (OPENING + "Ann Lee told reporters that the plan was \"dead in the water.\"\n",
     "dead in the water", "Ann Lee"),
    # a named speaker after the group in the same sentence keeps the quotation
    (OPENING + "Ann Lee, who met the teachers on Monday, said the exam was \"far too hard.\"\n",
     "far too hard", "Ann Lee"),
])
def test_a_plural_in_another_role_takes_nothing(text: str, words: str, speaker: str,
                                                ranker: str | None) -> None:
    assert _row(text, words, ranker).speaker == speaker


# --- step 2: a catenative phrase before a verb of saying (``catenative_cues.py``) ---

@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words", "speaker", "cue"), [
    (OPENING + "Ann Lee went on to say that the new timetable was \"a clear mistake.\"\n",
     "a clear mistake", "Ann Lee", "say"),
    (OPENING + "Tom Reed was quick to note that the buses were \"always late.\"\n",
     "always late", "Tom Reed", "note"),
    (OPENING + "Mary Cole tried to argue that the fares were \"far too high.\"\n",
     "far too high", "Mary Cole", "argue"),
    (OPENING + "Tom Reed was the first to say that the plan was \"a total farce.\"\n",
     "a total farce", "Tom Reed", "say"),
    (OPENING + "His critics were quick to say that the route is \"a total mess.\"\n",
     "a total mess", "his critics", "say"),
])
def test_the_subject_of_a_catenative_phrase_speaks(text: str, words: str, speaker: str,
                                                   cue: str, ranker: str | None) -> None:
    row = _row(text, words, ranker)
    assert (row.speaker, row.cue) == (speaker, cue)


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words"), [
    # a verb of refusal is not listed: what follows was not said by the drivers
    (OPENING + "The drivers refused to say whether the strike was \"over for good.\"\n",
     "over for good"),
    # an object before ``to`` (``wanted Tom Reed to say``): the subject is not the speaker
    (OPENING + "Ann Lee wanted Tom Reed to say that the plan was \"dead in the water.\"\n",
     "dead in the water"),
])
def test_no_cue_from_a_refusal_or_an_object_before_to(text: str, words: str,
                                                      ranker: str | None) -> None:
    assert _row(text, words, ranker).cue == ""


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_fronted_infinitive_keeps_the_main_subject(ranker: str | None) -> None:
    text = OPENING + "Asked to say more, Ann Lee said the depot was \"perfectly safe.\"\n"
    row = _row(text, "perfectly safe", ranker)
    assert (row.speaker, row.cue) == ("Ann Lee", "say")


# --- step 3 (the reviewer's probe of step 1): a capitalised plural the rule added opens an
# organisation's name, not a role before a person's name ---

@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words", "speaker"), [
    (OPENING + "Reporters Without Borders said the arrest was \"an outrage.\"\n",
     "an outrage", "Reporters Without Borders"),
    (OPENING + "Doctors Without Borders said the clinic was \"overwhelmed.\"\n",
     "overwhelmed", "Doctors Without Borders"),
    # a singular role before a name is still a role (``Minister Ann Lee``)
    (OPENING + "Transport Minister Ann Lee said the depot was \"perfectly safe.\"\n",
     "perfectly safe", "Ann Lee"),
])
def test_a_plural_opening_a_name_is_no_role(text: str, words: str, speaker: str,
                                            ranker: str | None) -> None:
    assert _row(text, words, ranker).speaker == speaker
