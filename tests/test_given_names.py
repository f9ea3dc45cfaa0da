"""Given-name variants (issue 13): the lexicon, its loader and the same-given-name rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.core.given_names import (
    VARIANTS_FILE,
    formal_names,
    given_name_variants,
    same_given_name,
)
from helpers.core.lexicons import LexiconError, load_records


def _folder(tmp_path: Path, body: str) -> Path:
    (tmp_path / VARIANTS_FILE).write_text("# a test list\nvariant,formal\n" + body,
                                          encoding="utf-8")
    return tmp_path


def test_loader_groups_formal_names_per_variant(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "Zed,Zedekiah\nZed,Zebulon\nBo,Bohdan\n")
    assert given_name_variants(folder) == {"zed": frozenset({"zedekiah", "zebulon"}),
                                           "bo": frozenset({"bohdan"})}
    assert formal_names("Zed.", folder) == {"zed", "zedekiah", "zebulon"}
    assert formal_names("Quill", folder) == {"quill"}


def test_rule_through_a_shared_formal_name(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "Zed,Zedekiah\nZed,Zebulon\nZeb,Zebulon\nBo,Bohdan\n")
    assert same_given_name("Zed", "Zedekiah", folder)
    assert same_given_name("zedekiah", "ZED", folder)
    assert same_given_name("Zed", "Zeb", folder)  # both Zebulon
    assert not same_given_name("Zedekiah", "Zebulon", folder)  # two formal names
    assert not same_given_name("Bo", "Zed", folder)
    assert not same_given_name("", "", folder)
    assert same_given_name("Quill", "quill", folder)


def test_missing_list_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(LexiconError):
        given_name_variants(tmp_path)


def test_project_list_holds_the_common_pet_forms() -> None:
    pairs = {(r["variant"], r["formal"]) for r in load_records(VARIANTS_FILE)}
    assert 100 <= len(pairs) <= 300
    for v, f in [("Chuck", "Charles"), ("Bill", "William"), ("Bob", "Robert"),
                 ("Mike", "Michael"), ("Liz", "Elizabeth"), ("Ted", "Theodore")]:
        assert (v, f) in pairs
    assert same_given_name("Bill", "Will")
    assert same_given_name("Ted", "Ed")
    assert not same_given_name("Bill", "Hillary")
    assert not same_given_name("Christopher", "Christine")
    # every row is a capitalised word pair, no duplicates
    rows = load_records(VARIANTS_FILE)
    assert len(rows) == len(pairs)
    assert all(r["variant"].isalpha() and r["variant"][0].isupper() and r["formal"].isalpha()
               and r["formal"][0].isupper() and r["variant"] != r["formal"] for r in rows)
