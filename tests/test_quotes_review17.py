"""Unit tests (invented text, invented names, British register) for review 17 of round 48's
utterance nouns.

Why: round 48 lets an utterance noun (``the response``, ``one sweeping question``) pass
:func:`helpers.instruments.quotes.speakers.not_a_speaker`, because the text can make the
utterance the subject of its cue. But an elliptic ``one`` (``"…," one said``) is completed
from the last description's head (:mod:`.descriptions`), and after ``The answer, officials
insist, is …`` that made ``one answer`` a speaker: the ``one`` is one of the officials, never
the utterance. An utterance speaks only when it is written in the speaker phrase itself.
"""

from __future__ import annotations

import pytest

from helpers.instruments.quotes import extract_quotes_text
from helpers.instruments.quotes.speakers import not_a_speaker

_HEAD = "Party notes\n\nBy Edwin Corral\n\n"


def _speech(text: str, ranker: str) -> list[tuple[str, str]]:
    df = extract_quotes_text(_HEAD + text + "\n", ranker=ranker)
    df = df[df["kind"] == "speech"]
    return list(zip(df["text"], df["speaker"]))


@pytest.mark.parametrize("ranker", ["rules", "default"])
@pytest.mark.parametrize("noun", ["answer", "question", "remark", "voice", "comment"])
def test_an_elliptic_one_is_not_completed_to_an_utterance(noun, ranker):
    text = (f"The {noun}, aides insist, is patience. \"We must hold our nerve until "
            "the count,\" one said.")
    speakers = [s for _, s in _speech(text, ranker)]
    assert speakers and not any(noun in s for s in speakers), speakers


@pytest.mark.parametrize("phrase, mention, rejected", [
    ("one answer", "one", "answer"),          # completed from an earlier head: not written
    ("another remark", "another", "remark"),
    ("the response", "the response", ""),     # written: round 48's utterance speaks
    ("one sweeping question", "one sweeping question", ""),
    ("the comments", "", ""),                 # no mention given: as round 48
])
def test_an_utterance_speaks_only_when_written(phrase, mention, rejected):
    assert not_a_speaker(phrase, "description", mention) == rejected


def test_written_utterance_subjects_keep_round_48(ranker: str = "rules"):
    """Guard: an utterance written as the subject of its own cue still speaks."""
    text = "The response from the harbour trust was curt: \"We do not comment on rumours.\""
    assert _speech(text, ranker) == [("We do not comment on rumours.", "the response")]


def test_a_possessed_utterance_stays_the_possessors(ranker: str = "rules"):
    """Guard (round 48): ``Her comment`` is Ms Pennick's; the phrase is never the speaker."""
    text = ("Her comment was telling: \"We have lost the north and we do not know why.\" "
            "Ms Pennick chairs the select committee.")
    assert all("comment" not in s for _, s in _speech(text, ranker))
