"""The PolNeAR scorer's same-person rule with accents and surname particles (issue 13, branch
wt-names29).

Invented names only: a name written with and without its accents (``Rénald Vasseur`` /
``Renald Vasseur``), or with its surname particle upper-case at a sentence start (``De Varga``
for ``Piet de Varga``), names one person; another given name with the same surname is still
another member of the family, and a capitalised particle that opens a name compared with
another given name is a given name (``Al Quarry`` is not ``Tess Quarry``).
"""

from __future__ import annotations

from name_cases import referent_row as _row

import helpers.evaluate.polnear as pn
from helpers.core.name_forms import fold_accents, is_particle, surname_start
from helpers.evaluate.quotes import speakers_match


def test_fold_accents_and_particles() -> None:
    assert fold_accents("Rénald Vasseur-Ødegård") == "Renald Vasseur-Ødegard"  # Ø has no mark
    assert fold_accents("Zoë Müller Çelik") == "Zoe Muller Celik"
    assert is_particle("De") and is_particle("von") and not is_particle("Piet")
    assert surname_start(["Piet", "de", "Varga"]) == 1
    assert surname_start(["Uta", "von", "der", "Hulst"]) == 1
    assert surname_start(["De", "Varga"], ["Piet", "de", "Varga"]) == 0
    assert surname_start(["Al", "Quarry"], ["Tess", "Quarry"]) == 1


def test_accented_and_plain_given_names_do_not_clash() -> None:
    assert not pn._given_name_clash("Renald Vasseur", "Rénald Vasseur")
    assert not pn._given_name_clash("Rénald Vasseur", "Renald Vásseur")
    assert pn._given_name_clash("Renée Vasseur", "Rénald Vasseur")


def test_particle_written_upper_case_is_part_of_the_surname() -> None:
    assert not pn._given_name_clash("De Varga", "Piet de Varga")
    assert not pn._given_name_clash("Mr. De Varga", "Piet de Varga")
    assert not pn._given_name_clash("Piet De Varga", "Piet de Varga")
    assert pn._given_name_clash("Anke de Varga", "Piet de Varga")
    assert pn._given_name_clash("Al Quarry", "Tess Quarry")  # "Al" here is a given name


def test_referent_credited_through_accents_and_particles() -> None:
    assert pn.speaker_ok("Renald Vasseur", _row("He", "Rénald Vasseur"), None)
    assert pn.speaker_ok("De Varga", _row("He", "Piet de Varga"), None)
    assert not pn.speaker_ok("Anke de Varga", _row("He", "Piet de Varga"), None)


def test_speakers_match_folds_accents() -> None:
    assert speakers_match("Vasseur", "Rénald Vásseur")
    assert speakers_match("Ms. Zoe Muller", "Zoë Müller")
    assert not speakers_match("Muller", "Zoë Möller")  # another vowel, not an accent
