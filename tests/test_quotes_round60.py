"""Unit tests (invented text, invented names and events) for quotes round 60: pronoun Sources
whose person was wrong on PolNeAR train A-C, the change of subject.

Step 1 (``helpers/instruments/quotes/own_sentence_subjects.py``): a ``he``/``she`` that opens a
later clause of its sentence (after ``and``, ``but``, ``which``, ``yet``:
``data/lexicons/later_clause_openers.txt``) goes on with the subject that opened the
sentence's main clause, not with a person named as the subject of an embedded clause between
them. Each non-guard test fails before its step (see the round 60 notes in
``docs/notes/real_news.md``) and passes after it, with both choosers; the guards check what
must not change.
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

from helpers.instruments.quotes.own_sentence_subjects import later_clause_pronoun

EMBEDDED = (
    "Senate race tightens\n\n"
    "Paul Brandt spoke in Salem on Tuesday.\n\n"
    "He declared that as long as the field remained divided, Tom Reed would have a path to "
    "the seat, which he declared \"a disaster for the state.\"\n\n")

EMBEDDED_AND = (
    "Harbour vote\n\n"
    "Mary Keel met the council on Monday.\n\n"
    "She warned that if the tax passed, Ann Varga would lose the quay, and she called the "
    "plan \"a tax on every boat in the bay.\"\n\n")

MAIN_SUBJECT_NAMED = (
    "Senate race tightens\n\n"
    "Tom Reed said that Paul Lane, who had run twice, was wrong, and he added that the seat "
    "\"was never safe.\"\n\n")

OWN_SENTENCE = (
    "Senate race tightens\n\n"
    "Paul Brandt spoke in Salem on Tuesday.\n\n"
    "Tom Reed took the stage later, and the hall went quiet. He called the plan \"a disaster "
    "for the state.\"\n\n")


@pytest.mark.parametrize("ranker", RANKERS)
def test_later_clause_pronoun_takes_the_sentences_main_subject(ranker: str | None) -> None:
    assert _row(EMBEDDED, "a disaster", ranker)["speaker"] == "Paul Brandt"


@pytest.mark.parametrize("ranker", RANKERS)
def test_later_clause_after_and_takes_the_sentences_main_subject(ranker: str | None) -> None:
    assert _row(EMBEDDED_AND, "a tax on every boat", ranker)["speaker"] == "Mary Keel"


@pytest.mark.parametrize("ranker", RANKERS)
def test_named_main_subject_kept(ranker: str | None) -> None:
    """Guard: a named main subject already won over the name in the relative clause."""
    assert _row(MAIN_SUBJECT_NAMED, "never safe", ranker)["speaker"] == "Tom Reed"


@pytest.mark.parametrize("ranker", RANKERS)
def test_pronoun_opening_its_sentence_is_not_read_by_the_rule(ranker: str | None) -> None:
    """Guard: a ``He`` that opens its own sentence keeps the usual reading (the latest
    subject, Tom Reed)."""
    assert _row(OWN_SENTENCE, "a disaster", ranker)["speaker"] == "Tom Reed"


def test_later_clause_pronoun_positions() -> None:
    text = "He said it was over, and he left. She came, which she regretted. He spoke."
    assert later_clause_pronoun(text, text.index("he left"))
    assert later_clause_pronoun(text, text.index("she regretted"))
    assert not later_clause_pronoun(text, text.index("He spoke"))
    assert not later_clause_pronoun(text, 0)
