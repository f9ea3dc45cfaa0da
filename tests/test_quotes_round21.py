"""Unit tests (invented text) for the quote rules of issue 13, round 21: who speaks when the
report clause closes the sentence, a bare plural subject before the quotation, and the
pronoun antecedent after a change of subject."""

from __future__ import annotations

from tests.test_quotes_round13 import _row


def test_a_report_clause_closing_the_sentence_beats_a_cue_noun() -> None:
    # before: the cue noun `remarks` gave the quotation to its possessor, Lopez
    text = ("Maria Lopez spoke at the rally on Monday. The council rejected the plan.\n\n"
            "Lopez’s remarks further “the climate of fear” stoked by the mayor and his allies, "
            "the unions say. They want an apology.\n")
    r = _row(text, "the climate of fear")
    assert r.speaker == "the unions"
    assert r.cue == "say"


def test_a_cue_noun_still_speaks_when_no_report_clause_closes_the_sentence() -> None:
    # guard: with no report clause after it, the cue noun keeps its possessor as speaker
    text = ("The mayor spoke on Monday.\n\n"
            "In a statement, Maria Lopez called the plan “a disaster for the town” and left.\n")
    r = _row(text, "a disaster for")
    assert r.speaker == "Maria Lopez"
