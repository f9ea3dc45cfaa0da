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


def test_a_bare_plural_with_a_capitalised_modifier_opening_the_sentence_speaks() -> None:
    # before: the sentence-initial modifier (`Corporate`) kept the bare plural from matching,
    # and the quotation went to the person named before it
    text = ("Tom Reed spends much of his time abroad, his friends said.\n\n"
            "Corporate lobbyists describe such work as \"a different kind of job\" than the "
            "usual contract work.\n")
    r = _row(text, "a different kind")
    assert (r.speaker, r.cue) == ("Corporate lobbyists", "describe")


def test_a_bare_plural_after_a_conjunction_speaks_and_a_name_keeps_its_verb() -> None:
    text = ("Tom Reed spoke on Monday.\n\n"
            "But officials describe the plan as \"a disaster in waiting.\"\n\n"
            "Ann Lowe told reporters she was \"very pleased\" with it.\n")
    assert _row(text, "a disaster").speaker == "officials"
    assert _row(text, "very pleased").speaker == "Ann Lowe"  # guard: `told reporters`


def test_an_epithet_after_a_naming_verb_is_a_label_whoever_gives_it() -> None:
    # with the bare plural now read as the subject, `call her "the X"` got a speaker and
    # became speech; a definite epithet is a label (a short opinion word stays speech)
    from helpers.instruments.quotes import extract_quotes_text

    q = extract_quotes_text("She is 61. Councillors call her “the Quartermaster”, half in "
                            "admiration.\n\nTom Reed spoke. Ann Lowe called him “dopey” on "
                            "Monday.\n")
    kinds = dict(zip(q["text"], q["kind"]))
    assert kinds["the Quartermaster"] == "term"
    assert kinds["dopey"] == "speech"
