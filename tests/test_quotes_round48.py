"""Unit tests (invented text, invented names) for quotes round 48: speakers the output could
never give, and the subject of a cue-less quotation's own sentence offered to the chooser.

Why: :func:`helpers.instruments.quotes.speakers.not_a_speaker` blanks a description whose head
is no person, organisation or document noun. Plain English agent nouns (``host``,
``questioner``, ``respondent``) were missing from the person nouns, and utterances (``the
response``, ``one blunt question``) from the written-source nouns, so the output could never
give such a speaker even where the text names it. Non-speakers must stay blank (``the one``,
``the fight``, a bare ``Soundbite`` label), and a possessed utterance (``her answer``) is the
possessor's: the person is the speaker, not the phrase.
"""

from __future__ import annotations

import pytest

from helpers.instruments.quotes import extract_quotes_text
from helpers.instruments.quotes.speakers import not_a_speaker


def _speaker(text: str, words: str, ranker: str) -> str:
    df = extract_quotes_text(text, ranker=ranker)
    rows = df[df["text"].str.contains(words, regex=False)]
    assert len(rows) == 1, df[["text", "speaker"]]
    return str(rows.iloc[0]["speaker"])


@pytest.mark.parametrize("phrase", ["the host", "its hosts", "one questioner",
                                    "the respondents", "a co-host", "the moderator",
                                    "one panellist"])
def test_agent_nouns_of_asking_and_presenting_are_person_nouns(phrase):
    assert not_a_speaker(phrase, "description", phrase) == ""


@pytest.mark.parametrize("phrase, word", [("the one", "one"), ("the fight", "fight"),
                                          ("a ruling government", "government")])
def test_non_speakers_stay_rejected(phrase, word):
    # "a ruling government" passes as an organisation head; the other two stay rejected
    assert not_a_speaker(phrase, "description", phrase) == ("" if word == "government" else word)


def test_a_bare_label_stays_rejected():
    # a transcript's label (``Soundbite:``) read as a description: no utterance noun
    assert not_a_speaker("Soundbite", "description", "Soundbite") == "soundbite"
    assert not_a_speaker("Mrs", "named", "Mrs") == "Mrs"
    assert not_a_speaker("Having", "named", "Having") == "Having"



@pytest.mark.parametrize("phrase", ["the response", "one pointed question", "a lone voice",
                                    "the replies", "a voice-over", "a footnote in the memo",
                                    "the playbook"])
def test_utterances_voices_and_written_notes_can_be_speakers(phrase):
    assert not_a_speaker(phrase, "description", phrase) == ""


@pytest.mark.parametrize("phrase", ["his response", "Her answer", "Della Vance's reply",
                                    "their remarks"])
def test_a_possessed_utterance_is_the_possessors(phrase):
    # the person who answered is the speaker, not the phrase: it stays rejected
    assert not_a_speaker(phrase, "description", phrase) != ""


def test_a_short_answer_after_a_colon_keeps_its_person():
    text = ("Nell Garrow was asked whether the ferry service would close. Her reply was short: "
            "\u201cNever.\u201d\n")
    assert _speaker(text, "Never", "default") == "Nell Garrow"


_BRITISH = [
    ("The consultation closed in March. One respondent wrote: \u201cThe bus to Ashby is the "
     "only way my mother sees a doctor.\u201d\n", "The bus to Ashby", "one respondent"),
    ("Ministers met in Whitehall on Tuesday to discuss the rail strike.\n\n\u201cThe Prime "
     "Minister has been clear that the talks must continue,\u201d the Downing Street spokesman "
     "said.\n", "talks must continue", "the Downing Street spokesman"),
    ("The chancellor will set out the figures next week.\n\n\u201cThere is no money left for a "
     "giveaway,\u201d a Treasury source said.\n", "no money left", "a Treasury source"),
    ("Fiona Brannock, the Labour MP for Calder Vale, was asked on the radio whether she would "
     "resign. Her reply was brief: \u201cNot today.\u201d\n", "Not today", "Fiona Brannock"),
]


@pytest.mark.parametrize("ranker", ["rules", "default"])
@pytest.mark.parametrize("text, words, speaker", _BRITISH)
def test_british_paragraphs_give_sensible_speakers(text, words, speaker, ranker):
    """A consultation's respondent is a person (the widening, step 2a); the Downing Street
    spokesman, a Treasury source and the possessor of ``her reply`` keep their speakers
    (guards: the widening must not take them)."""
    assert _speaker(text, words, ranker) == speaker
