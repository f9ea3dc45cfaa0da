"""Unit tests (invented text) for the quote rules of issue 13, round 16: the subject of the
reporting clause, not a noun phrase inside it (a possessive name, a parenthetical, a clause)."""

from __future__ import annotations

from tests.test_quotes_round13 import _row

_LEAD = "Mayor Jo Perkins spoke first at the fair.\n\n"


def test_a_possessive_description_after_said_is_the_speaker_not_the_owner() -> None:
    # "…," said X's campaign manager: before round 16 the name before 's was the speaker
    r = _row(_LEAD + "\"We are counting every vote,\" said Perkins's campaign manager.\n",
             "We are counting")
    assert (r.speaker, r.cue, r.attribution) == ("Perkins's campaign manager", "say", "post-cue")


def test_a_possessive_description_with_a_name_in_apposition_gives_the_name() -> None:
    r = _row(_LEAD + "\"We are counting every vote,\" said Perkins's deputy campaign manager, "
             "Sam Ortiz, who ran the count in 2012.\n", "We are counting")
    assert r.speaker == "Sam Ortiz"


def test_a_possessive_subject_before_the_verb_is_the_speaker() -> None:
    # "…," X's campaign said / X's spokesman said the count was "…": before, the quotation
    # went as context to the person named before (or had no speaker)
    r = _row(_LEAD + "\"We are counting every vote,\" Perkins's campaign said.\n",
             "We are counting")
    assert (r.speaker, r.cue) == ("Perkins's campaign", "say")
    r = _row(_LEAD + "Perkins's spokesman said the count was \"nearly done.\"\n", "nearly done")
    assert (r.speaker, r.cue, r.attribution) == ("Perkins's spokesman", "say", "sentence-cue")


def test_a_possessive_is_not_read_across_a_comma() -> None:
    # "… Mrs. X's aides, the campaign said": the subject is "the campaign"
    r = _row(_LEAD + "Regarding the talks between Mr. Ortiz and Mrs. Perkins's aides, the campaign "
             "said in a statement: \"Neither of these letters involve the mayor.\"\n",
             "Neither of these")
    assert r.speaker == "the campaign"


def test_a_name_in_apposition_to_a_description_before_the_verb_is_the_speaker() -> None:
    # "…," the campaign manager, Sam Ortiz, said: the name, not the description
    r = _row(_LEAD + "\"By spring, the city stood out as a place to win,\" the campaign manager, "
             "Sam Ortiz, said in an interview.\n", "By spring")
    assert (r.speaker, r.cue) == ("Sam Ortiz", "say")
