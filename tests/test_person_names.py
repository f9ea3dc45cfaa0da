"""One person, one key (issue 13, branch wt-names30): the core rule that two written full names
are one person's name, the per-article key every spelling of one person shares, and the
instrument's ``same_speaker`` built on it (invented names)."""

from __future__ import annotations

from pathlib import Path

from helpers.core.given_names import VARIANTS_FILE
from helpers.core.person_names import PersonKeys, same_person_name
from helpers.instruments.quotes.names import same_speaker


def _folder(tmp_path: Path) -> Path:
    (tmp_path / VARIANTS_FILE).write_text(
        "variant,formal\nZed,Zedekiah\nZed,Zebulon\nBo,Bohdan\n", encoding="utf-8")
    return tmp_path


def test_same_person_name_variants_accents_and_middle_words(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    assert same_person_name(["Zed", "Quill"], ["Zedekiah", "Quill"], folder)
    assert same_person_name(["Rénald", "Vasseur"], ["Renald", "VASSEUR"], folder)
    assert same_person_name(["Bo", "K.", "Larkin"], ["Bohdan", "Larkin"], folder)
    assert not same_person_name(["Zedekiah", "Quill"], ["Zebulon", "Quill"], folder)
    assert not same_person_name(["Odile", "Vasseur"], ["Renald", "Vasseur"], folder)
    assert not same_person_name(["Vasseur"], ["Renald", "Vasseur"], folder)  # a bare surname
    assert not same_person_name(["Zed", "Quill"], ["Zed", "Quilter"], folder)


def test_person_keys_first_spelling_keeps_the_key(tmp_path: Path) -> None:
    keys = PersonKeys(_folder(tmp_path))
    first = keys.key(["Zedekiah", "Quill"])
    assert first == "zedekiah quill"
    assert keys.key(["Zed", "Quill"]) == first
    assert keys.key(["Zed", "quill"]) == first
    # a third spelling joined through the second (the article's Zed stands for both)
    assert keys.key(["Zebulon", "Quill"]) == first
    assert keys.key(["Bo", "Quill"]) == "bo quill"
    assert keys.key(["Bohdan", "Quill"]) == "bo quill"
    assert keys.key(["Renée", "Oduya"]) == keys.key(["Renee", "Oduya"]) == "renee oduya"


def test_person_keys_without_merge_never_joins(tmp_path: Path) -> None:
    keys = PersonKeys(_folder(tmp_path))
    assert keys.key(["Northern", "Party"]) == "northern party"
    assert keys.key(["Northern", "Farmers", "Party"], merge=False) == "northern farmers party"
    assert keys.key(["Northern", "Farmers", "Party"]) == "northern party"  # names do join


def test_same_speaker_folds_accents_unless_told_not_to() -> None:
    assert same_speaker("Müller", "Zoe Muller")
    assert same_speaker("Zoë Brandt", "Zoe Brandt")
    assert not same_speaker("Müller", "Zoe Muller", fold=False)
    assert not same_speaker("Müller", "Zoe Fischer")
