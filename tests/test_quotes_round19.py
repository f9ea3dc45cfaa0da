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
