"""Accents and surname particles in the quote instrument's canonical speaker (issue 13, branch
wt-names29; invented names and text).

One person written with and without accents (``Rénald Vasseur`` / ``Renald Vasseur``), or with
a surname particle in either case (``De Varga`` / ``Piet de Varga``), is one canonical speaker
with one id; another given name with the same surname stays another person.
"""

from __future__ import annotations

from name_cases import assert_one_person

from helpers.instruments.quotes.speakers import canonical_speakers


def test_accented_and_plain_spellings_are_one_canonical_speaker() -> None:
    out = canonical_speakers(["Renald Vasseur", "Rénald Vasseur", "Vasseur", "Odile Vasseur"],
                             ["named"] * 4, "art")
    assert [o.canonical for o in out[:3]] == ["Renald Vasseur"] * 3  # the form seen first
    assert out[0].speaker_id == out[1].speaker_id == out[2].speaker_id
    assert out[3].speaker_id != out[0].speaker_id


def test_accented_surname_and_bare_surname_one_id() -> None:
    out = canonical_speakers(["Zoë Müller", "Zoe Muller", "Muller"], ["named"] * 3, "art")
    assert {o.canonical for o in out} == {"Zoë Müller"}
    assert len({o.speaker_id for o in out}) == 1


def test_particle_case_is_one_canonical_speaker() -> None:
    out = canonical_speakers(["De Varga", "Piet de Varga", "Piet De Varga", "Anke de Varga"],
                             ["named"] * 4, "art")
    assert [o.canonical for o in out[:3]] == ["Piet de Varga"] * 3
    assert len({o.speaker_id for o in out[:3]}) == 1
    assert out[3].speaker_id != out[0].speaker_id


def test_accents_in_an_article_one_id() -> None:
    text = ("Rénald Vasseur, the port's harbour master, stepped down on Monday.\n\n"
            '"I leave the docks in good hands," said Renald Vasseur, 64.\n\n'
            '"He will be missed," said Ann Lowe, his deputy.\n\n'
            '"It was time," Rénald Vasseur told reporters.\n')
    assert_one_person(text, "Vasseur", 2)
