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
from ranker_rows import row_candidates

from helpers.instruments.quotes import extract_quotes_text
from helpers.instruments.quotes.ranker_features import _INDEX
from helpers.instruments.quotes.ranker_subjects import clause_subject
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


# Step 3: round 46 step 1b revived (the own sentence's subject offered to the chooser when
# it passes not_a_speaker; feature own_sentence_subject). Texts from round 46's tests.

_FLOOD = ("Storms hit the coast of Harlow on Friday. In the hours after the flood reached Mill "
          "Lane, a short notice on the town website pleaded: \"Send boats to the school, we are "
          "stuck on the roof.\" Mayor Ann Lutz sent two.")
_QUESTION = ("The Dunmore school board met on Monday night. One long letter from the parents "
             "asked whether the board would \"close the orchard school before the vote in "
             "May.\" Mayor Ann Lutz did not answer.")
_NO_PERSON = ("The Dunmore school board met on Monday night. One long question from the floor "
              "asked whether the board would \"close the orchard school before the vote in "
              "May.\" Mayor Ann Lutz did not answer.")
_COLON = ("The Harlow rowing club is strict about its boats. Rule 14 of the club book puts it "
          "this way:\n\n\"No boat leaves the shed after dark, whoever asks for it.\"\n\n"
          "Coach Pia Varga agrees.")
_DEBATE = ("The Dunmore school board met on Monday night. One long debate on the floor asked "
           "whether the board would \"close the orchard school before the vote in May.\" Mayor "
           "Ann Lutz did not answer.")
_NO_SUBJECT = ("Ward meetings in Dunmore drew large crowds this spring. It was a cold night at "
               "the hearing on the bypass, with a banner by the door: \"Keep the orchard, move "
               "the road.\" Mayor Ann Lutz did not attend.")
_CUED = ("The Dunmore school board met on Monday night. Several council members wrote: \"We "
         "will not approve the budget as it stands.\" Mayor Ann Lutz left early.")


def _own(text: str, start: str) -> list[tuple[str, str]]:
    """(speaker, type) of the candidates marked as the sentence's subject."""
    return [(c.speaker, c.speaker_type) for c in row_candidates(text, start)
            if c.features[_INDEX["own_sentence_subject"]]]


def test_document_subject_is_offered_as_written() -> None:
    """``a short notice`` names no person: offered as written, not joined to a name."""
    assert _own(_FLOOD, "Send boats") == [("a short notice on the town website", "document")]


def test_an_utterance_subject_is_offered_after_the_widening() -> None:
    """``One long question from the floor``: an utterance noun passes the widened
    ``not_a_speaker`` (step 2b), so the own-sentence subject step offers it."""
    assert _own(_NO_PERSON, "close") == [("One long question from the floor", "description")]


def test_subject_that_names_no_speaker_is_not_offered() -> None:
    """``One long debate …``: no person, group, document or utterance noun; the output would
    drop such a speaker (``not_a_speaker``), so it is no candidate (round 46 step 1b)."""
    assert _own(_DEBATE, "close") == []
    assert [c.speaker for c in row_candidates(_DEBATE, "close")][:1] == ["Ann Lutz"]


def test_colon_sentence_of_the_paragraph_before_gives_the_subject() -> None:
    """A quotation opening its paragraph after ``X puts it this way:``: X is offered."""
    assert [s for s, _t in _own(_COLON, "No boat")] == ["Rule 14 of the club book"]


def test_expletive_subject_is_not_offered() -> None:
    """``It was a cold night …``: no party; no candidate is marked as the subject."""
    assert _own(_NO_SUBJECT, "Keep") == []
    assert [c.speaker for c in row_candidates(_NO_SUBJECT, "Keep")] == ["", "Ann Lutz"]


def test_row_settled_by_its_own_cue_keeps_one_candidate() -> None:
    """Guard: ``Several council members wrote: "…"`` is settled by its cue: the rules' choice
    alone, as before the round."""
    cands = row_candidates(_CUED, "We will")
    assert [c.speaker for c in cands] == ["several council members"]


def test_clause_subject_reads_the_verb_after_a_noun_in_s() -> None:
    """``five members ranged``: the noun in ``-s`` is no verb when a verb follows it."""
    m = clause_subject("After the vote, Dana Roe's first five callers ranged from glad to cross: ")
    assert m is not None and m.group("np") == "Dana Roe's first five callers"
    assert clause_subject("It is said that ") is None
