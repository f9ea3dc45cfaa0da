"""The British sets' theme gold is exactly the session-32 recode policy applied (issue 16).

The policy (``docs/notes/themes.md``, "Session 32"): the old gold and a blind recode with the
definitions; where they agree, the shared code; where they differ, the blind adjudicator's.
"""

from __future__ import annotations

import json

import pandas as pd
import pytest

from helpers.core.paths import ANNOTATIONS, PROJECT_ROOT
from helpers.evaluate import theme_recode
from helpers.evaluate.gold import read_gold
from helpers.evaluate.theme_recode import (
    _agreement_row,
    disagreements,
    read_codes,
    rebuilt_gold,
    recode_agreement,
    recoded_sets,
)
from helpers.evaluate.themes import THEMES_V2

SETS = recoded_sets()


def test_the_ten_british_sets_coded_without_the_definitions_were_recoded():
    assert SETS == sorted([f"uk_dev{i}" for i in range(1, 7)]
                          + [f"heldout{i}" for i in range(2, 6)])


@pytest.mark.parametrize("name", SETS)
def test_gold_is_the_agreed_codes_plus_the_adjudicated_ones(name):
    gold = read_gold(ANNOTATIONS / name / "themes_v2.csv", PROJECT_ROOT / "data" / name)
    want = rebuilt_gold(name)
    assert gold[["source", "start", "end"]].values.tolist() == \
        want[["source", "start", "end"]].values.tolist()
    for theme in THEMES_V2:
        assert gold[theme].astype(int).tolist() == want[theme].tolist(), theme
    assert gold["negated"].fillna("").tolist() == want["negated"].tolist()


@pytest.mark.parametrize("name", SETS)
def test_both_codings_cover_the_gold_paragraphs(name):
    gold = read_gold(ANNOTATIONS / name / "themes_v2.csv", PROJECT_ROOT / "data" / name)
    for coding in ("original", "recode"):
        codes = read_codes(coding, name)
        assert codes[["source", "start", "end"]].values.tolist() == \
            gold[["source", "start", "end"]].values.tolist(), coding


def _codes(rows: list[tuple[int, int, int, int, int, str]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(THEMES_V2) + ["negated"])
    frame.insert(0, "source", "invented.txt")
    frame.insert(1, "start", range(0, 10 * len(rows), 10))
    frame.insert(2, "end", range(9, 10 * len(rows), 10))
    frame["notes"] = ""
    return frame


def test_disagreements_count_codes_and_negation_flags():
    a = _codes([(1, 0, 0, 0, 0, ""), (0, 1, 0, 0, 0, "party_factionalism"),
                (0, 0, 0, 0, 1, "")])
    b = _codes([(1, 0, 0, 0, 0, ""), (0, 1, 0, 0, 0, ""), (0, 0, 0, 0, 0, "")])
    d = disagreements(a, b)
    assert d[["start", "theme"]].values.tolist() == [[10, "party_factionalism"],
                                                     [20, "austerity_inequality"]]
    assert d["original_negated"].tolist() == [1, 0]
    assert d["recode"].tolist() == [1, 0]


def test_disagreements_refuse_codings_of_different_paragraphs():
    a = _codes([(1, 0, 0, 0, 0, "")])
    b = a.assign(start=5)
    with pytest.raises(ValueError, match="same paragraphs"):
        disagreements(a, b)


def test_rebuilt_gold_takes_the_adjudicated_code_and_refuses_a_partial_adjudication(
        tmp_path, monkeypatch):
    for sub in ("original", "recode", "adjudicated"):
        (tmp_path / sub).mkdir()
    _codes([(1, 0, 0, 0, 0, ""), (0, 0, 0, 0, 1, "")]).to_csv(
        tmp_path / "original" / "x.csv", index=False)
    _codes([(0, 0, 0, 0, 0, ""), (0, 0, 0, 0, 1, "")]).to_csv(
        tmp_path / "recode" / "x.csv", index=False)
    monkeypatch.setattr(theme_recode, "RECODE_DIR", tmp_path)
    pd.DataFrame([{"source": "invented.txt", "start": 0, "end": 9,
                   "theme": "special_relationship", "gold": 0, "gold_negated": 0,
                   "reason": "a passing mention"}]).to_csv(
        tmp_path / "adjudicated" / "x.csv", index=False)
    gold = rebuilt_gold("x")
    assert gold["special_relationship"].tolist() == [0, 0]
    assert gold["austerity_inequality"].tolist() == [0, 1]
    pd.DataFrame(columns=["source", "start", "end", "theme", "gold", "gold_negated",
                          "reason"]).to_csv(tmp_path / "adjudicated" / "x.csv", index=False)
    with pytest.raises(ValueError, match="not the 1 disagreements"):
        rebuilt_gold("x")


def test_read_codes_names_the_file_of_a_bad_code(tmp_path, monkeypatch):
    (tmp_path / "recode").mkdir()
    _codes([(2, 0, 0, 0, 0, "")]).to_csv(tmp_path / "recode" / "x.csv", index=False)
    monkeypatch.setattr(theme_recode, "RECODE_DIR", tmp_path)
    with pytest.raises(ValueError, match=r"x\.csv: special_relationship must be 0 or 1"):
        read_codes("recode", "x")


def test_agreement_row_kappa_worked_by_hand():
    # po = 3/4; pe = 1/2 * 1/4 + 1/2 * 3/4 = 1/2; kappa = (3/4 - 1/2) / (1 - 1/2) = 1/2
    row = _agreement_row("x", "austerity_inequality", [(1, 1, 1), (1, 0, 1), (0, 0, 0),
                                                       (0, 0, 0)])
    assert row["kappa"] == pytest.approx(0.5)
    assert (row["original"], row["recode"], row["gold"]) == (2, 1, 2)


def test_pooled_agreement_counts_every_recoded_paragraph():
    table = recode_agreement()
    pooled = table[table["set"] == "all"].set_index("theme")
    per_set = table[table["set"] != "all"].groupby("theme")[["n", "original", "gold"]].sum()
    assert sorted(pooled.index) == sorted(THEMES_V2)
    assert (pooled.loc[list(THEMES_V2), "n"] == 555).all()
    for column in ("original", "gold"):
        assert pooled.loc[per_set.index, column].tolist() == per_set[column].tolist()


def test_build_script_finds_every_gold_file_current():
    import importlib.util
    spec = importlib.util.spec_from_file_location(
        "build_recoded_theme_gold", PROJECT_ROOT / "scripts" / "build_recoded_theme_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--check"]) == 0


# review 21a: a `negated` naming no theme, or an adjudicated code other than 0/1, was taken
# silently (the flag dropped, the code copied into the gold) instead of being refused


@pytest.mark.parametrize("negated", ["party_factionlism", "party_factionalism; austerity"])
def test_read_codes_refuses_a_negated_flag_naming_no_theme(tmp_path, monkeypatch, negated):
    (tmp_path / "recode").mkdir()
    _codes([(0, 1, 0, 0, 0, ""), (0, 1, 0, 0, 0, negated)]).to_csv(
        tmp_path / "recode" / "x.csv", index=False)
    monkeypatch.setattr(theme_recode, "RECODE_DIR", tmp_path)
    with pytest.raises(ValueError, match=r"x\.csv: negated names no theme .* \(row 3\)"):
        read_codes("recode", "x")


def test_read_codes_accepts_spaces_around_negated_themes(tmp_path, monkeypatch):
    (tmp_path / "recode").mkdir()
    _codes([(1, 1, 0, 0, 0, " party_factionalism ; special_relationship")]).to_csv(
        tmp_path / "recode" / "x.csv", index=False)
    monkeypatch.setattr(theme_recode, "RECODE_DIR", tmp_path)
    assert read_codes("recode", "x")["party_factionalism"].tolist() == [1]


def test_read_codes_names_the_file_of_a_missing_column(tmp_path, monkeypatch):
    (tmp_path / "recode").mkdir()
    _codes([(1, 0, 0, 0, 0, "")]).drop(columns="negated").to_csv(
        tmp_path / "recode" / "x.csv", index=False)
    monkeypatch.setattr(theme_recode, "RECODE_DIR", tmp_path)
    with pytest.raises(ValueError, match=r"x\.csv: missing column\(s\) negated"):
        read_codes("recode", "x")


@pytest.mark.parametrize("gold, gold_negated", [(2, 0), ("", 0), (1, 2)])
def test_rebuilt_gold_refuses_an_adjudicated_code_that_is_not_0_or_1(
        tmp_path, monkeypatch, gold, gold_negated):
    for sub in ("original", "recode", "adjudicated"):
        (tmp_path / sub).mkdir()
    _codes([(1, 0, 0, 0, 0, "")]).to_csv(tmp_path / "original" / "x.csv", index=False)
    _codes([(0, 0, 0, 0, 0, "")]).to_csv(tmp_path / "recode" / "x.csv", index=False)
    pd.DataFrame([{"source": "invented.txt", "start": 0, "end": 9,
                   "theme": "special_relationship", "gold": gold,
                   "gold_negated": gold_negated, "reason": "r"}]).to_csv(
        tmp_path / "adjudicated" / "x.csv", index=False)
    monkeypatch.setattr(theme_recode, "RECODE_DIR", tmp_path)
    with pytest.raises(ValueError, match=r"x\.csv: gold(_negated)? must be 0 or 1 \(row 2\)"):
        rebuilt_gold("x")


def test_the_readme_agreement_table_is_recode_agreement_pooled():
    """``definitions_recode/README.md`` quotes the pooled table; the old gold and the recode
    counts are not symmetric, so a swap of the two codings shows here (review 21a)."""
    readme = (theme_recode.RECODE_DIR / "README.md").read_text(encoding="utf-8")
    start = readme.index("| theme | agreement | κ | old gold | recode | gold now |")
    lines = readme[start:].split("\n\n")[0].splitlines()[2:]  # after the header and rule
    quoted = [[cell.strip() for cell in line.strip("|").split("|")] for line in lines]
    pooled = recode_agreement()
    pooled = pooled[pooled["set"] == "all"].reset_index(drop=True)
    assert len(quoted) == len(pooled) == len(THEMES_V2)
    for row, (_, want) in zip(quoted, pooled.iterrows()):
        assert row[0].lower()[:4] == want["theme"][:4], (row[0], want["theme"])
        assert [float(row[1]), float(row[2])] == [round(want["agreement"], 3),
                                                  round(want["kappa"], 3)], row[0]
        assert [int(row[3]), int(row[4]), int(row[5])] == \
            [want["original"], want["recode"], want["gold"]], row[0]


@pytest.mark.parametrize("name", SETS)
def test_the_codes_shown_to_the_adjudicator_are_the_two_codings(name):
    """``coder_x`` / ``coder_y`` are the original and the recode as ``key_xy.json`` assigns
    them, so the adjudication decided the disagreements that are on file (review 21a)."""
    key = json.loads((theme_recode.RECODE_DIR / "adjudicated" / "key_xy.json").read_text())
    shown = pd.read_csv(theme_recode.RECODE_DIR / "adjudicated" / f"{name}.csv",
                        keep_default_na=False)
    differ = disagreements(read_codes("original", name), read_codes("recode", name))
    assert (shown["coder_x_is"] == key[name]["X"]).all()
    for side, coder in (("X", "coder_x"), ("Y", "coder_y")):
        coding = key[name][side]
        assert shown[coder].astype(int).tolist() == differ[coding].tolist(), coder
        flags = shown[f"{coder}_negated"].replace("", "0").astype(int)
        assert flags.tolist() == differ[f"{coding}_negated"].tolist(), coder


@pytest.mark.parametrize("name", SETS)
def test_every_code_or_flag_the_recode_changed_is_noted_in_the_gold(name):
    """A reader of the gold sees why a code moved, a ``negated`` flag included (review 21a: a
    flag dropped by the adjudicator kept the old note that the paragraph was only a denial)."""
    gold = pd.read_csv(ANNOTATIONS / name / "themes_v2.csv", keep_default_na=False)
    original = read_codes("original", name)
    for i, row in enumerate(original.itertuples(index=False)):
        before = {t.strip() for t in row.negated.split(";") if t.strip()}
        after = set(filter(None, gold.loc[i, "negated"].split(";")))
        for theme in THEMES_V2:
            moved = (getattr(row, theme) != int(gold.loc[i, theme])
                     or (theme in before) != (theme in after))
            assert moved == (f"s32 recode: {theme} " in gold.loc[i, "notes"]), (row.start, theme)
