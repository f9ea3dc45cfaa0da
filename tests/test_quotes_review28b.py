"""Unit tests (invented text, invented names) for review 28b of quotes rounds 80 and 78.

Three narrowings inside the rounds' code, each a misfire found by an invented probe:

- ``interview_asides`` (round 78): in an interview, a cue-less quotation right after another
  person's words that NAMES that person is the interviewee's reply to him, not his words going
  on (before: ``"Tom has always underestimated me."`` went to Tom Reed), nor is one after the
  interviewee's own report of his words (``Lee says Tom Reed told her …``), nor one that opens
  on ``He`` for a man (``"He has never once piloted a ship …"``);
- ``person_plurals`` (round 80): a plural that is as often a verb with a person subject
  (``chairs``, ``heads``, ``sponsors``) is not added to the person nouns (before: ``The
  committee she chairs said …`` gave the speaker ``the committee she chairs``, a description of
  people ending in a verb);
- ``catenative_cues`` (round 80): a noun in ``-ly`` before the catenative phrase is the
  subject's head, not an adverb (before: ``His family went on to `` was cut to ``His ``); and a
  negated phrase (``did not want to say``) is left alone: what follows was not said (before:
  the quotation went to the subject, cue ``say``).

The non-guard tests fail before the review (commit ``90df9d84``) and pass after it, with both
choosers; the guards (the round's own shapes) pass before and after.
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

from helpers.instruments.quotes.catenative_cues import catenative_stem
from helpers.instruments.quotes.lexicon import PERSON_NOUNS

#: an interview for the rules: Ann Lee holds most named attributions
OPENING = ("Ann Lee has run the port authority for nine years. \"The ships come back when the "
           "tolls come down,\" Lee says.\n\n\"I have cut the tolls three years running,\" Lee "
           "says.\n\n")
CLOSING = ("\"The quay will be finished by June,\" Lee says.\n\n\"Then we can talk about the "
           "bridge,\" Lee says.\n")
CUED_REPLY = (OPENING + "Tom Reed, a harbour pilot, said last week that she was \"not ready "
              "to run a port of this size.\"\n\n\"Tom has always underestimated me, and the "
              "figures prove him wrong.\"\n\n" + CLOSING)
REPORTED_REPLY = (OPENING + "Sam Hart, a trawler skipper, said the new tolls had ruined the "
                  "winter season. \"Sam knows the winter season was ruined by the storms.\"\n\n"
                  + CLOSING)
#: the other person's words inside the interviewee's own report of them
NESTED_REPORT = (OPENING + "Lee says Tom Reed told her in 2019 that the harbour had no future "
                 "at all.\n\n\"I told him he was wrong about the harbour, and I was right.\"\n\n"
                 + CLOSING)
#: a reply that opens on the other person's pronoun (Tom is a man's given name)
PRONOUN_REPLY = (OPENING + "Tom Reed, a harbour pilot, said last week that she was \"not ready "
                 "to run a port of this size.\"\n\n\"He has never once piloted a ship into this "
                 "harbour.\"\n\n" + CLOSING)
#: his words going on, about her: the pronoun is not his gender's
SHE_GOES_ON = (OPENING + "Tom Reed, a harbour pilot, said last week that she was \"not ready "
               "to run a port of this size.\"\n\n\"She has never once piloted a ship into this "
               "harbour.\"\n\n" + CLOSING)
#: round 78's own shape: the quotation after Reed's words does not name him
CUED_GOES_ON = (OPENING + "Tom Reed, a harbour pilot, said last week that she was \"not ready "
                "to run a port of this size.\"\n\n\"The board should have picked someone with a "
                "pilot's licence.\"\n\n" + CLOSING)


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words"), [
    (CUED_REPLY, "always underestimated me"),
    (REPORTED_REPLY, "ruined by the storms"),
    (NESTED_REPORT, "I told him he was wrong"),
    (PRONOUN_REPLY, "He has never once piloted"),
])
def test_a_reply_naming_the_other_person_is_the_interviewees(text: str, words: str,
                                                             ranker: str | None) -> None:
    assert _row(text, words, ranker).speaker == "Ann Lee"


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words"), [
    (CUED_GOES_ON, "a pilot's licence"),
    (SHE_GOES_ON, "She has never once piloted"),
])
def test_guard_the_other_persons_words_still_go_on(text: str, words: str,
                                                   ranker: str | None) -> None:
    assert _row(text, words, ranker).speaker == "Tom Reed"


OPENING_NEWS = "The harbour board met in Hull on Tuesday night.\n\n"


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words", "verb"), [
    (OPENING_NEWS + "The committee she chairs said the audit was \"a damning read.\"\n",
     "a damning read", "chairs"),
    (OPENING_NEWS + "The union Tom Reed heads said the pay offer was \"an insult to pilots.\"\n",
     "an insult to pilots", "heads"),
])
def test_a_verb_after_its_subject_is_no_plural_person_noun(text: str, words: str, verb: str,
                                                           ranker: str | None) -> None:
    assert verb not in _row(text, words, ranker).speaker.lower()


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words", "speaker"), [
    (OPENING_NEWS + "Several reporters noted that the meeting was \"over in ten minutes.\"\n",
     "over in ten minutes", "several reporters"),
    (OPENING_NEWS + "Sam Hart's sons said the fine was \"a great relief to the family.\"\n",
     "a great relief", "sam hart's sons"),
])
def test_guard_other_plurals_still_speak(text: str, words: str, speaker: str,
                                         ranker: str | None) -> None:
    assert _row(text, words, ranker).speaker.lower() == speaker


def test_verb_plurals_are_not_added() -> None:
    assert not {"chairs", "heads", "sponsors"} & PERSON_NOUNS
    assert {"reporters", "teachers", "chairmen"} <= PERSON_NOUNS


@pytest.mark.parametrize(("before", "stem"), [
    ("His family went on to ", "His family "),
    ("The assembly was quick to ", "The assembly "),
])
def test_a_noun_in_ly_is_the_subjects_head(before: str, stem: str) -> None:
    assert catenative_stem(before).strip() == stem.strip()


@pytest.mark.parametrize(("before", "stem"), [
    ("Ann Lee quickly went on to ", "Ann Lee"),
    ("Tom Reed was quick to ", "Tom Reed"),
    ("Her ally also went on to ", "Her ally"),
])
def test_guard_an_adverb_is_still_cut(before: str, stem: str) -> None:
    assert catenative_stem(before).strip() == stem


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words"), [
    (OPENING_NEWS + "Tom Reed did not want to say whether the merger was \"off the table.\"\n",
     "off the table"),
    (OPENING_NEWS + "Ann Lee would not want to say that the harbour is \"safe for swimmers.\"\n",
     "safe for swimmers"),
])
def test_a_negated_catenative_reports_no_saying(text: str, words: str,
                                                ranker: str | None) -> None:
    """What the subject did not want to say was not said by the subject (review 28b: the
    catenative rule gave these quotations to Reed and Lee with the cue ``say``)."""
    assert _row(text, words, ranker).speaker == ""


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_a_listed_negation_still_speaks(ranker: str | None) -> None:
    text = OPENING_NEWS + "Ann Lee did not hesitate to say that the fine was \"far too low.\"\n"
    assert _row(text, "far too low", ranker).speaker == "Ann Lee"
