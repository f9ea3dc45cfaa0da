"""Unit tests (invented text) for the quote rules of issue 13, round 19: the reporter's subject
inside a clause (audit class S) — a name with a long apposition, ``X, who, <aside>, said``, a
participle after a trailing ``as``/``while`` clause."""

from __future__ import annotations

from tests.test_quotes_round13 import _row


def test_a_name_with_a_long_apposition_is_the_subject() -> None:
    # the apposition (a role and a relative clause, no comma inside) is longer than the 120
    # characters the subject pattern allowed: the quotation had no speaker at all
    text = ("Marla Quenby, a veteran county organiser who ran the mail-ballot drive for two "
            "governors in the last decade and now runs the party's turnout programme in the "
            "north, said the early vote is a \"decisive part of our plan.\"\n")
    r = _row(text, "decisive part")
    assert r.speaker == "Marla Quenby"
    assert r.cue == "say"


def test_who_with_an_aside_before_the_verb_gives_the_antecedent() -> None:
    # `X, who, after <…> with Y over Z, said`: before, the last name of the aside (Z) was
    # taken as the subject of `said`
    text = ("The loudest critic was the columnist Dorian Pell, who, after a long feud with "
            "Mr. Vance over Mr. Oakes, said on a radio show that \"the party has lost its "
            "nerve entirely.\"\n")
    r = _row(text, "the party has lost")
    assert r.speaker == "Dorian Pell"


def test_a_participle_after_a_trailing_as_clause_takes_its_subject() -> None:
    # `main clause, as X echoed Y, saying "…"`: the participle continues the `as` clause, so
    # its subject is X, not a name of the main clause
    text = ("It was a joint attack by the two leading figures of the Harbour Party, as "
            "Ms. Ferrand echoed the complaint, saying the mayor \"cares only about his donors.\"\n")
    r = _row(text, "cares only")
    assert r.speaker == "Ms. Ferrand" or r.speaker.endswith("Ferrand")


def test_a_participle_after_a_sentence_opening_as_clause_keeps_the_main_subject() -> None:
    # guard: `As X spoke, Y nodded, saying "…"`: Y, the main clause's subject, is the speaker
    text = ("As Ms. Ferrand spoke about the budget, Tomas Hewlin nodded, saying the plan "
            "\"will not survive the winter.\"\n")
    r = _row(text, "will not survive")
    assert r.speaker.endswith("Hewlin")


def test_as_x_pointed_out_names_the_speaker_and_the_cue() -> None:
    # `As X pointed out in May, "…"`: the `as` clause's reporting verb is the cue; before,
    # only `as X put it` was read and the quotation had a speaker by context and no cue
    text = ("The rules can still change. As the analyst Petra Lindqvist pointed out in May, "
            "\"the delegates will have several chances to rewrite them before the vote.\"\n")
    r = _row(text, "the delegates will")
    assert r.speaker.endswith("Lindqvist")
    assert r.cue == "point"
