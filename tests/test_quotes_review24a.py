"""Review 24a (issue 13): misfires of quotes round 63's rules found with invented sentences
(``framing_as_cues``, ``finding_cues``, ``one_appositions``, the ``sentcues`` description with a
post-modifier). Invented sentences only; each non-guard case fails on main ``5d3e17d``."""

from __future__ import annotations

import pytest

from helpers.instruments.quotes import extract_quotes_text

RANKERS = ("default", "rules")


def _speech(text: str, ranker: str) -> list[tuple[str, str, str]]:
    """(quoted text, speaker, cue) of every speech row of ``text``."""
    df = extract_quotes_text(text, ranker=None if ranker == "rules" else ranker)
    df = df[df["kind"] == "speech"]
    return list(zip(df["text"], df["speaker"].fillna(""), df["cue"].fillna("")))


def _one(text: str, ranker: str, start: str) -> tuple[str, str]:
    """Speaker (lower case) and cue of the one speech row whose text starts with ``start``."""
    rows = [(s, c) for t, s, c in _speech(text, ranker) if t.startswith(start)]
    assert len(rows) == 1, _speech(text, ranker)
    return rows[0][0].lower(), rows[0][1]


# fix 1: sentcues, a person description with a post-modifier before the verb
THANKED = ("The minister thanked a nurse at the hospital and said the care had been "
           "\"better than anything he had seen in years\".\n")
FATHER_NAMED = ("The father of a pupil at the school, Tom Reed, said the building was \"falling "
                "apart around the children\".\n")
MAN_FROM_COUNCIL = ("On Monday, a man from the council said the house was \"unsafe for anybody "
                    "to live in\".\n")


@pytest.mark.parametrize("ranker", RANKERS)
def test_description_object_of_an_earlier_verb_is_no_subject(ranker: str) -> None:
    speaker, cue = _one(THANKED, ranker, "better than")
    assert speaker == "the minister" and cue == "say"


@pytest.mark.parametrize("ranker", RANKERS)
def test_description_with_an_apposed_name_keeps_the_name(ranker: str) -> None:
    speaker, _ = _one(FATHER_NAMED, ranker, "falling apart")
    assert speaker == "tom reed"


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_description_with_post_modifier_opening_the_clause(ranker: str) -> None:
    speaker, cue = _one(MAN_FROM_COUNCIL, ranker, "unsafe for")
    assert speaker.startswith("a man") and cue == "say"


# fix 2: one_appositions, the apposed description's head
SENTIMENT = ("The passengers were angry as the ferry docked. \"We were robbed of a whole day by "
             "the company,\" said one, a sentiment many passengers share, as she walked off.\n")
LETTER = ("Two documents were leaked on Monday. One, a letter from a minister, said the fares "
          "were \"far too low to keep the service running\".\n")
NURSE = ("Two passengers spoke to me. One, a nurse, said the ferry was \"always late, always "
         "cold and always dirty\".\n")


@pytest.mark.parametrize("ranker", RANKERS)
def test_apposed_comment_with_a_plural_person_noun_is_no_speaker(ranker: str) -> None:
    speaker, _ = _one(SENTIMENT, ranker, "We were robbed")
    assert "sentiment" not in speaker


@pytest.mark.parametrize("ranker", RANKERS)
def test_apposed_thing_with_a_person_in_its_post_modifier_is_no_speaker(ranker: str) -> None:
    speaker, _ = _one(LETTER, ranker, "far too low")
    assert "letter" not in speaker


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_apposed_person_description(ranker: str) -> None:
    speaker, _ = _one(NURSE, ranker, "always late")
    assert speaker == "a nurse"


# fix 3: framing_as_cues, a passive framing verb
PASSIVE = ("Tom Reed said the fares would rise in May, and the plan was described as \"a "
           "disgrace to the whole town\" by the council.\n")
PASSIVE_LONG = ("Ann Cole told the meeting that the ferry had long been dismissed as \"a rich "
                "man's toy that nobody else could afford\".\n")
ACTIVE = ("Tom Reed said the fares were too high, and has twice described the timetable as "
          "\"a work of fiction from start to end\".\n")


@pytest.mark.parametrize("ranker", RANKERS)
def test_passive_framing_verb_is_not_the_subjects_cue(ranker: str) -> None:
    assert _one(PASSIVE, ranker, "a disgrace")[1] == "say"
    assert _one(PASSIVE_LONG, ranker, "a rich man")[1] == "tell"


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_active_framing_verb_is_the_cue(ranker: str) -> None:
    assert _one(ACTIVE, ranker, "a work of fiction")[1] == "describe"


# fix 4: finding_cues, a second main clause after the finding
BUT_CLAUSE = ("The ferry inquiry reported on Monday.\n\nThe inquiry found that the harbour board "
              "had been slow, but campaigners remain \"deeply sceptical of everything the board "
              "has ever promised them\".\n")
AND_CLAUSE = ("The inquiry found that the board had failed, and passengers were \"angry that "
              "nobody has been held to account for any of it\".\n")
AND_THAT = ("The inquiry found that the board had been slow, and that its inspections had been "
            "\"little more than a formality for years\".\n")


@pytest.mark.parametrize("ranker", RANKERS)
def test_finding_does_not_reach_over_a_second_main_clause(ranker: str) -> None:
    assert _one(BUT_CLAUSE, ranker, "deeply sceptical")[1] != "find"
    assert _one(AND_CLAUSE, ranker, "angry that")[1] != "find"


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_finding_reaches_a_further_that_clause(ranker: str) -> None:
    assert _one(AND_THAT, ranker, "little more")[1] == "find"


# fix 5: framing_as_cues, the last ``as`` of ``as soon as`` / ``as well as``
AS_SOON_AS = ("Tom Reed said he would call the board as soon as \"the figures are in and checked "
              "by the auditors\".\n")
AS_WELL_AS = ("Ann Cole said she had talked to the staff as well as \"the people who actually use "
              "the ferry every day\".\n")
FRAME_TO_THEM = ("Ann Cole told me she would describe the plan to them as \"a last chance for the "
                 "ferry\".\n")


@pytest.mark.parametrize("ranker", RANKERS)
def test_comparative_as_is_no_frame(ranker: str) -> None:
    assert _one(AS_SOON_AS, ranker, "the figures")[1] == "say"
    assert _one(AS_WELL_AS, ranker, "the people")[1] == "say"


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_frame_with_a_prepositional_object(ranker: str) -> None:
    assert _one(FRAME_TO_THEM, ranker, "a last chance")[1] == "describe"
