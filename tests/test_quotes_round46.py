"""Quotes round 46 (issue 13): the chooser is offered the subject of a cue-less quotation's own
sentence (:mod:`helpers.instruments.quotes.ranker_subjects`), whatever its kind, with the
feature ``own_sentence_subject``. Invented texts (names, places and events made up)."""

from __future__ import annotations

from ranker_rows import row_candidates

from helpers.instruments.quotes.ranker_features import _INDEX
from helpers.instruments.quotes.ranker_subjects import clause_subject

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


def test_subject_with_a_prepositional_phrase_is_offered_whole() -> None:
    """The letter is offered whole, with its prepositional phrase."""
    assert _own(_QUESTION, "close") == [("One long letter from the parents", "document")]


def test_subject_that_names_no_speaker_is_not_offered() -> None:
    """``One long question …``: the output would drop such a speaker (``not_a_speaker``), so
    it is no candidate (step 1b; an old test's ``Her answer was blunt: "…"`` lost its
    speaker to it)."""
    assert _own(_NO_PERSON, "close") == []
    assert [c.speaker for c in row_candidates(_NO_PERSON, "close")][:1] == ["Ann Lutz"]


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
