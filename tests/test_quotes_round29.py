"""Unit tests (invented text) for the quote rules of issue 13, round 29: a description of a
person (determiner, modifiers, a person noun) whose "modifiers" hold a form of ``be``/``have``/
``do`` or a modal is no description but a clause running on (``the funds were beyond German
control``): it must not become the speaker of a cue, so the pronoun of the quote goes to the
person named before it.

Checked with the rules alone (``ranker="rules"``) and with the default chooser."""

from __future__ import annotations

import re

from ranker_rows import BOTH_RANKERS, speech_row

from helpers.instruments.quotes.mentions import _DESC, _find_mentions


@BOTH_RANKERS
def test_clause_ending_in_a_nationality_word_is_no_speaker(ranker: str) -> None:
    text = ("Secretary of State Anton Vell said the sailors freed last week had served most of "
            "their terms, while the funds were beyond German control. \u201cWe gave up "
            "people who would have walked free anyway,\u201d he told a radio station.\n")
    assert speech_row(text, "We gave up", ranker)["speaker"] == "Anton Vell"


def test_description_regex_keeps_ordinary_modifiers() -> None:
    """Guard: adjectives and participles between determiner and head stay allowed."""
    rx = re.compile(_DESC)
    for ok in ("the retired general", "a senior White House official", "the former German"):
        assert rx.fullmatch(ok), ok
    for bad in ("the funds were beyond German", "the men had become German",
                "a plan would help American"):
        assert not rx.fullmatch(bad), bad


# --------------------------------------------------------------------------- step 2
# person nouns the description finder lacked: military ranks (``the admiral``), royalty and
# church titles used as common nouns (``the prince``, ``the pope``), ``heckler``, ``attendee``


def test_military_rank_heads_a_subject_description() -> None:
    text = "Asked about the storm, the admiral smiled at the two senators."
    found = [(m.surface, m.kind, m.subject) for m in _find_mentions(text, 0, len(text), text,
                                                                    set())]
    assert ("the admiral", "description", True) in found


@BOTH_RANKERS
def test_pronoun_goes_to_a_described_heckler(ranker: str) -> None:
    text = ("Rhea Tull, a retired judge, met the two senators in March. The "
            "heckler shouted at them. \u201cGo home,\u201d he said.\n")
    assert speech_row(text, "Go home", ranker)["speaker"] == "the heckler"
