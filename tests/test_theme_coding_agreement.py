"""``scripts/theme_coding_agreement.py``: two coders' theme codings compared (issue 16).

The first tests use a tiny invented pair of codings whose kappa is worked out by hand; the last
recompute the v9/v10 and v11-v16 second-coder tables from the committed files and check them
against the figures written in ``data/annotations/real_news/README.md``. The script reads only
the coding files (offsets, codes, notes), never the article texts, so no test here
needs ``../shared``.
"""

from __future__ import annotations

import importlib.util
import math
import re
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
_PATH = ROOT / "scripts" / "theme_coding_agreement.py"
_SPEC = importlib.util.spec_from_file_location("theme_coding_agreement_for_test", _PATH)
agree = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(agree)

REAL = ROOT / "data" / "annotations" / "real_news"
HEADER = "source,start,end,text_sha1,sample,party_factionalism,special_relationship,negated,notes"

# Ten invented paragraphs. A codes PF 1 on rows 0-3, B on rows 0-2 and 4: they disagree on rows 3
# and 4. By hand: p_o = 8/10; each coder has 4 ones in 10, so p_e = 0.4*0.4 + 0.6*0.6 = 0.52;
# kappa = (0.8 - 0.52) / (1 - 0.52) = 0.28 / 0.48 = 7/12. Rows 3 and 4 carry a hard-call flag
# (B's "borderline:", A's "hard 0:"); without them 8 rows remain, all agreed: kappa 1.
A_CODES = [1, 1, 1, 1, 0, 0, 0, 0, 0, 0]
B_CODES = [1, 1, 1, 0, 1, 0, 0, 0, 0, 0]


def _write(path: Path, codes: list[int], notes: dict[int, str], negated: dict[int, str],
           set_name: str | None = None, order: list[int] | None = None) -> Path:
    """A coding file of the ten invented paragraphs ``art.txt`` [10 i, 10 i + 9)."""
    header = ("set," if set_name else "") + HEADER
    lines = [header]
    for i in order or range(len(codes)):
        row = (f"art.txt,{10 * i},{10 * i + 9},{i:012x},vocab,{codes[i]},0,"
               f"{negated.get(i, '')},{notes.get(i, '')}")
        lines.append((f"{set_name}," if set_name else "") + row)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture()
def pair(tmp_path: Path) -> tuple[Path, Path]:
    """Coder A's file (no set column) and coder B's (set ``x``, rows in another order)."""
    a = _write(tmp_path / "a.csv", A_CODES, {0: "a leader's rival", 4: "hard 0: the race"},
               {1: "1"})
    b = _write(tmp_path / "b.csv", B_CODES, {3: "borderline: a mention"}, {1: "1", 2: "1"},
               set_name="x", order=[9, 8, 7, 6, 5, 4, 3, 2, 1, 0])
    return a, b


def test_kappa_of_the_invented_pair_is_the_hand_figure(pair: tuple[Path, Path]) -> None:
    table = agree.agreement_table(agree.load_coding(pair[0]), agree.load_coding(pair[1], "x"))
    pf = table[(table["theme"] == "party_factionalism")].set_index("rows")
    assert pf.loc["all", "kappa"] == pytest.approx(7 / 12)
    assert (pf.loc["all", "n"], pf.loc["all", "agree"]) == (10, 8)
    assert [pf.loc["all", c] for c in ("a0_b0", "a0_b1", "a1_b0", "a1_b1")] == [5, 1, 1, 3]
    assert (pf.loc["all", "a_ones"], pf.loc["all", "b_ones"]) == (4, 4)
    # rows 3 (B's "borderline:") and 4 (A's "hard 0:") go: 8 rows, all agreed
    assert (pf.loc["non_borderline", "n"], pf.loc["non_borderline", "agree"]) == (8, 8)
    assert pf.loc["non_borderline", "kappa"] == pytest.approx(1.0)


def test_a_theme_nobody_coded_one_has_no_kappa(pair: tuple[Path, Path]) -> None:
    table = agree.agreement_table(agree.load_coding(pair[0]), agree.load_coding(pair[1], "x"))
    sr = table[(table["theme"] == "special_relationship") & (table["rows"] == "all")].iloc[0]
    assert sr["agree"] == 10 and math.isnan(sr["kappa"])


def test_negated_flags_are_counted(pair: tuple[Path, Path]) -> None:
    neg = agree.negated_agreement(agree.load_coding(pair[0]), agree.load_coding(pair[1], "x"))
    assert neg == {"a": 1, "b": 2, "both": 1}


def test_set_filter_and_comma_joined_files(tmp_path: Path) -> None:
    both = tmp_path / "b.csv"
    rows = [HEADER.replace("source", "set,source")]
    for s, k in (("x", 0), ("y", 1)):
        rows.append(f"{s},art.txt,{k},{k + 5},{k:012x},vocab,1,0,,")
    both.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert list(agree.load_coding(both, "y")["start"]) == [1]
    assert len(agree.load_coding(both)) == 2
    first = tmp_path / "a1.csv"
    first.write_text(HEADER + "\nart.txt,0,5,0,vocab,1,0,,\n", encoding="utf-8")
    second = tmp_path / "a2.csv"
    second.write_text(HEADER + "\nart.txt,1,6,1,vocab,0,0,,\n", encoding="utf-8")
    joined = agree.load_coding(f"{first},{second}")
    table = agree.agreement_table(joined, agree.load_coding(both))
    pf = table[(table["theme"] == "party_factionalism") & (table["rows"] == "all")].iloc[0]
    assert (pf["n"], pf["agree"], pf["a1_b1"], pf["a0_b1"]) == (2, 1, 1, 1)


def test_codings_of_different_paragraphs_are_refused(pair: tuple[Path, Path],
                                                     tmp_path: Path) -> None:
    short = _write(tmp_path / "short.csv", A_CODES[:9], {}, {})
    with pytest.raises(ValueError, match="differ in paragraphs"):
        agree.agreement_table(agree.load_coding(short), agree.load_coding(pair[1], "x"))


def test_main_prints_and_writes_the_table(pair: tuple[Path, Path], tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "k.csv"
    assert agree.main([str(pair[0]), str(pair[1]), "--set", "x", "--csv", str(out)]) == 0
    assert "0.583" in capsys.readouterr().out
    written = pd.read_csv(out)
    assert list(written.columns) == agree.RESULT_COLUMNS
    assert written.loc[0, "kappa"] == pytest.approx(7 / 12, abs=1e-4)


def _readme_rows() -> dict[str, list[str]]:
    """The cells of the table in the README's "Second coder (v9 and v10)" paragraph."""
    text = (REAL / "README.md").read_text(encoding="utf-8")
    section = text[text.index("**Second coder (v9 and v10).**"):]
    rows = {}
    for line in section.splitlines():
        match = re.match(r"\| (v9|v10|both) \|(.*)\|$", line)
        if match:
            rows[match.group(1)] = [c.strip() for c in match.group(2).split("|")]
    return rows


def test_committed_second_coding_matches_the_readme_figures() -> None:
    """Recompute the second-coder table from the committed files (no texts needed)."""
    rows = _readme_rows()
    assert set(rows) == {"v9", "v10", "both"}
    coder_b = REAL / "themes_polnear_train_v9_v10_coder_b.csv"
    first = {s: REAL / f"themes_polnear_train_{s}.csv" for s in ("v9", "v10")}
    for name in ("v9", "v10", "both"):
        if name == "both":
            a = agree.load_coding([first["v9"], first["v10"]])
            b = agree.load_coding(coder_b)
        else:
            a = agree.load_coding(first[name])
            b = agree.load_coding(coder_b, name)
        table = agree.agreement_table(a, b)
        pf = table[table["theme"] == "party_factionalism"].set_index("rows")
        allr, easy = pf.loc["all"], pf.loc["non_borderline"]
        expected = [str(allr["n"]), str(allr["agree"]), f"{allr['kappa']:.3f}",
                    f"{allr['a_ones']} / {allr['b_ones']}", str(allr["a0_b1"]),
                    str(allr["a1_b0"]), str(easy["n"]), f"{easy['kappa']:.3f}"]
        assert rows[name] == expected, name
        sr = table[(table["theme"] == "special_relationship") & (table["rows"] == "all")].iloc[0]
        assert sr["a_ones"] == 0 and sr["b_ones"] == 0 and math.isnan(sr["kappa"])
    neg = agree.negated_agreement(agree.load_coding([first["v9"], first["v10"]]),
                                  agree.load_coding(coder_b))
    assert neg == {"a": 1, "b": 1, "both": 1}


def test_second_coding_keeps_no_text_and_follows_the_item_order() -> None:
    """Coder B's file: 150 rows per set, offsets and digests only, the first codings' rows."""
    coder_b = pd.read_csv(REAL / "themes_polnear_train_v9_v10_coder_b.csv", dtype=str,
                          keep_default_na=False)
    assert "text" not in coder_b.columns
    for name in ("v9", "v10"):
        mine = coder_b[coder_b["set"] == name]
        theirs = pd.read_csv(REAL / f"themes_polnear_train_{name}.csv", dtype=str,
                             keep_default_na=False)
        assert len(mine) == 150
        cols = ["source", "start", "end", "text_sha1", "sample"]
        assert mine[cols].reset_index(drop=True).equals(theirs[cols].reset_index(drop=True))
        ones = mine[mine["party_factionalism"] == "1"]
        assert (ones["notes"].str.len() > 0).all()  # a reason for every 1


def test_adjudicated_file_keeps_both_codes_and_decides_every_disagreement() -> None:
    """The v9/v10 adjudication: both coders' codes as committed, the agreed code where they
    agree, a reasoned ``adjudicated`` note exactly where they differ, and the guideline reading
    it cites present in the guideline."""
    adj = pd.read_csv(REAL / "themes_polnear_train_v9_v10_adjudicated.csv", dtype=str,
                      keep_default_na=False)
    coder_b = pd.read_csv(REAL / "themes_polnear_train_v9_v10_coder_b.csv", dtype=str,
                          keep_default_na=False)
    assert "text" not in adj.columns
    decided = 0
    for name in ("v9", "v10"):
        mine = adj[adj["set"] == name].reset_index(drop=True)
        first = pd.read_csv(REAL / f"themes_polnear_train_{name}.csv", dtype=str,
                            keep_default_na=False)
        second = coder_b[coder_b["set"] == name].reset_index(drop=True)
        cols = ["source", "start", "end", "text_sha1", "sample"]
        assert mine[cols].equals(first[cols])
        assert mine["party_factionalism_a"].equals(first["party_factionalism"])
        assert mine["party_factionalism_b"].equals(second["party_factionalism"])
        differ = mine["party_factionalism_a"] != mine["party_factionalism_b"]
        assert (mine.loc[~differ, "party_factionalism"]
                == mine.loc[~differ, "party_factionalism_a"]).all()
        assert mine.loc[differ, "notes"].str.startswith("adjudicated").all()
        assert not mine.loc[~differ, "notes"].str.startswith("adjudicated").any()
        assert set(mine["party_factionalism"]) <= {"0", "1"}
        decided += int(differ.sum())
    assert decided == 9  # the nine disagreements of the README's table
    guideline = (REAL.parent / "guidelines" / "themes.md").read_text(encoding="utf-8")
    assert "### Reading of version 18" in guideline
    for kind in ("opposition to a front-runner", "the insurgent and the party's process",
                 "voices outside the party"):
        assert kind in guideline.lower()
        assert adj["notes"].str.contains(kind, regex=False).any()


def _readme_table_matches_the_files(label: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Recompute the second-coder table of ``label`` (both themes) from its two coding files,
    check every cell of the README's table against it, and return the two codings."""
    rows = _readme_theme_rows(label)
    assert set(rows) == {"party_factionalism", "special_relationship"}
    a = agree.load_coding(REAL / f"themes_polnear_train_{label}.csv")
    b = agree.load_coding(REAL / f"themes_polnear_train_{label}_coder_b.csv")
    table = agree.agreement_table(a, b)
    for theme, cells in rows.items():
        by_rows = table[table["theme"] == theme].set_index("rows")
        allr, easy = by_rows.loc["all"], by_rows.loc["non_borderline"]
        expected = [str(allr["n"]), str(allr["agree"]), _kappa_cell(allr["kappa"]),
                    f"{allr['a_ones']} / {allr['b_ones']}", str(allr["a0_b1"]),
                    str(allr["a1_b0"]), str(easy["n"]), _kappa_cell(easy["kappa"])]
        assert cells == expected, theme
    return a, b


def test_committed_v11_second_coding_matches_the_readme_figures() -> None:
    """Recompute the v11 second-coder table (both themes) and the negated counts from the files."""
    a, b = _readme_table_matches_the_files("v11")
    assert agree.negated_agreement(a, b) == {"a": 2, "b": 0, "both": 0}


def test_a_flag_naming_one_theme_is_a_hard_call_on_that_theme_only() -> None:
    """`borderline SR` marks the special relationship hard, not party factionalism (README rule)."""
    notes = pd.Series(["borderline SR: envoy praises the US", "borderline: unclear",
                       "hard 0: a race, not a split", "borderline PF 0: a rules fight",
                       "PF 1: a wing attacks the leader", "", None,
                       "borderline: US-Israel leaders, not UK-US"])
    themes = ["party_factionalism", "special_relationship"]
    pf = agree.is_borderline(notes, "party_factionalism", themes).tolist()
    sr = agree.is_borderline(notes, "special_relationship", themes).tolist()
    assert pf == [False, True, True, True, False, False, False, True]
    assert sr == [True, True, True, False, False, False, False, True]
    assert agree.is_borderline(notes).tolist() == [True, True, True, True, False, False, False,
                                                   True]
    assert agree.theme_initials("party_factionalism") == "PF"


def _readme_theme_rows(label: str) -> dict[str, list[str]]:
    """The cells, by theme, of the table in the README paragraph ``**Second coder (label).**``."""
    text = (REAL / "README.md").read_text(encoding="utf-8")
    section = text[text.index(f"**Second coder ({label}).**"):]
    rows: dict[str, list[str]] = {}
    for line in section.splitlines():
        match = re.match(r"\| (party factionalism|special relationship) \|(.*)\|$", line)
        if match:
            rows[match.group(1).replace(" ", "_")] = [c.strip() for c in
                                                      match.group(2).split("|")]
        if rows and not line.startswith("|"):
            break  # the first table after the heading only
    return rows


def _kappa_cell(kappa: float) -> str:
    """A kappa as the README writes it: three decimals, or ``undefined`` for NaN."""
    return "undefined" if math.isnan(kappa) else f"{kappa:.3f}"


@pytest.mark.parametrize(("label", "both"), [("v12", 2), ("v13", 3), ("v14", 0), ("v15", 1),
                                             ("v16", 0), ("v17", 0), ("v18", 0),
                                             ("v19", 1)])
def test_committed_second_coding_matches_the_readme_negated_figures(label: str,
                                                                    both: int) -> None:
    """Recompute the v12-v19 second-coder tables (both themes) and the negated counts
    from the files (the README: v12 A 2, B 2, the same two rows; v13 A 3, B 3, the same three;
    v14 A 1, B 0; v15 A 2, B 1, one row both; v16 A 1, B 0; v17 A 1, B 0; v18 A 0, B 0;
    v19 A 2, B 2, one row both)."""
    a, b = _readme_table_matches_the_files(label)
    neg = agree.negated_agreement(a, b)
    text = (REAL / "README.md").read_text(encoding="utf-8")
    section = text[text.index(f"**Second coder ({label}).**"):]
    assert f"Negated: A {neg['a']}, B {neg['b']}" in section.replace("\n", " ")
    assert neg["both"] == both


def test_committed_v13_disagreements_are_all_borderline_for_both_coders() -> None:
    """v13 (the README): five party-factionalism disagreements, all on rows both coders marked
    borderline."""
    a, b = _readme_table_matches_the_files("v13")
    paired = agree.pair_codings(a, b)
    differ = paired["party_factionalism_a"] != paired["party_factionalism_b"]
    assert int(differ.sum()) == 5
    themes = ["party_factionalism", "special_relationship"]
    for side in ("a", "b"):
        hard = agree.is_borderline(paired[f"notes_{side}"], "party_factionalism", themes)
        assert hard[differ].all()


def test_committed_v14_disagreements_are_vocab_rows_both_coders_marked_borderline() -> None:
    """v14 (the README): four party-factionalism disagreements, all `vocab` rows that both
    coders marked borderline; neither coder coded the special relationship 1."""
    a, b = _readme_table_matches_the_files("v14")
    paired = agree.pair_codings(a, b)
    differ = paired["party_factionalism_a"] != paired["party_factionalism_b"]
    assert int(differ.sum()) == 4
    assert set(paired.loc[differ, "sample_a"]) == {"vocab"}
    for side in ("a", "b"):
        assert paired.loc[differ, f"notes_{side}"].str.startswith("borderline").all()
    assert int(a["special_relationship"].sum()) == int(b["special_relationship"].sum()) == 0


def test_committed_v15_disagreements_are_all_borderline_for_both_coders() -> None:
    """v15 (the README): three party-factionalism disagreements (two `vocab` A 0 B 1, one
    `adjacent` A 1 B 0), all on rows both coders marked borderline PF; no SR code."""
    a, b = _readme_table_matches_the_files("v15")
    paired = agree.pair_codings(a, b)
    differ = paired["party_factionalism_a"] != paired["party_factionalism_b"]
    assert int(differ.sum()) == 3
    assert paired.loc[differ, "sample_a"].value_counts().to_dict() == {"vocab": 2, "adjacent": 1}
    for side in ("a", "b"):
        assert paired.loc[differ, f"notes_{side}"].str.startswith("borderline PF").all()
    assert int(a["special_relationship"].sum()) == int(b["special_relationship"].sum()) == 0


def test_committed_v16_disagreement_is_one_adjacent_row_both_coders_marked_borderline() -> None:
    """v16 (the README): one party-factionalism disagreement, an `adjacent` row A 1, B 0 that
    both coders marked borderline PF; no SR code."""
    a, b = _readme_table_matches_the_files("v16")
    paired = agree.pair_codings(a, b)
    differ = paired["party_factionalism_a"] != paired["party_factionalism_b"]
    assert int(differ.sum()) == 1
    assert paired.loc[differ, "sample_a"].tolist() == ["adjacent"]
    assert paired.loc[differ, "party_factionalism_a"].tolist() == [1]
    for side in ("a", "b"):
        assert paired.loc[differ, f"notes_{side}"].str.startswith("borderline PF").all()
    assert int(a["special_relationship"].sum()) == int(b["special_relationship"].sum()) == 0


def test_committed_v17_disagreements_are_three_rows_a_coded_and_both_marked_borderline() -> None:
    """v17 (the README): three party-factionalism disagreements (one `vocab`, two `adjacent`),
    all A 1, B 0, all on rows both coders marked borderline PF; no SR code."""
    a, b = _readme_table_matches_the_files("v17")
    paired = agree.pair_codings(a, b)
    differ = paired["party_factionalism_a"] != paired["party_factionalism_b"]
    assert int(differ.sum()) == 3
    assert paired.loc[differ, "sample_a"].value_counts().to_dict() == {"adjacent": 2, "vocab": 1}
    assert set(paired.loc[differ, "party_factionalism_a"]) == {1}
    for side in ("a", "b"):
        assert paired.loc[differ, f"notes_{side}"].str.startswith("borderline PF").all()
    assert int(a["special_relationship"].sum()) == int(b["special_relationship"].sum()) == 0


def test_committed_v18_disagreements_are_five_rows_b_coded_and_both_marked_borderline() -> None:
    """v18 (the README): five party-factionalism disagreements (three `vocab`, two `adjacent`),
    all A 0, B 1, all on rows both coders marked borderline PF; no SR code."""
    a, b = _readme_table_matches_the_files("v18")
    paired = agree.pair_codings(a, b)
    differ = paired["party_factionalism_a"] != paired["party_factionalism_b"]
    assert int(differ.sum()) == 5
    assert paired.loc[differ, "sample_a"].value_counts().to_dict() == {"vocab": 3, "adjacent": 2}
    assert set(paired.loc[differ, "party_factionalism_a"]) == {0}
    for side in ("a", "b"):
        assert paired.loc[differ, f"notes_{side}"].str.startswith("borderline PF").all()
    assert int(a["special_relationship"].sum()) == int(b["special_relationship"].sum()) == 0


def test_committed_v19_disagreements_are_four_rows_b_coded_three_adjacent_both_borderline() -> None:
    """v19 (the README): four party-factionalism disagreements (one `vocab`, three `adjacent`),
    all A 0, B 1; B marked all four borderline PF, A the three `adjacent` ones; no SR code."""
    a, b = _readme_table_matches_the_files("v19")
    paired = agree.pair_codings(a, b)
    differ = paired["party_factionalism_a"] != paired["party_factionalism_b"]
    assert int(differ.sum()) == 4
    assert paired.loc[differ, "sample_a"].value_counts().to_dict() == {"vocab": 1, "adjacent": 3}
    assert set(paired.loc[differ, "party_factionalism_a"]) == {0}
    assert paired.loc[differ, "notes_b"].str.startswith("borderline PF").all()
    hard_a = paired.loc[differ, "notes_a"].str.startswith("borderline PF")
    assert hard_a.tolist() == (paired.loc[differ, "sample_a"] == "adjacent").tolist()
    assert int(a["special_relationship"].sum()) == int(b["special_relationship"].sum()) == 0


@pytest.mark.parametrize("label", ["v11", "v12", "v13", "v14", "v15", "v16", "v17", "v18",
                                   "v19"])
def test_v11_on_second_coding_keeps_no_text_and_follows_the_item_order(label: str) -> None:
    """Coder B's file: coder A's columns and rows (offsets and digests only), a note per 1."""
    mine = pd.read_csv(REAL / f"themes_polnear_train_{label}_coder_b.csv", dtype=str,
                       keep_default_na=False)
    theirs = pd.read_csv(REAL / f"themes_polnear_train_{label}.csv", dtype=str,
                         keep_default_na=False)
    assert list(mine.columns) == list(theirs.columns) == HEADER.split(",")
    assert len(mine) == 150
    cols = ["source", "start", "end", "text_sha1", "sample"]
    assert mine[cols].equals(theirs[cols])
    assert set(mine["party_factionalism"]) <= {"0", "1"}
    assert set(mine["special_relationship"]) <= {"0", "1"}
    ones = mine[(mine["party_factionalism"] == "1") | (mine["special_relationship"] == "1")]
    assert (ones["notes"].str.len() > 0).all()  # a reason for every 1
    flagged = mine[mine["negated"] != ""]
    assert (flagged["party_factionalism"] == "1").all()  # negated only on a theme coded 1


def test_v11_adjudicated_file_keeps_both_codes_and_decides_the_five_disagreements() -> None:
    """The v11 adjudication (themes version 20): both coders' codes as committed, the agreed
    code where they agree, a reasoned ``adjudicated`` note exactly where they differ (five
    rows), two decided 1 and three 0, and the reading of version 20 in the guideline."""
    adj = pd.read_csv(REAL / "themes_polnear_train_v11_adjudicated.csv", dtype=str,
                      keep_default_na=False)
    first = pd.read_csv(REAL / "themes_polnear_train_v11.csv", dtype=str, keep_default_na=False)
    second = pd.read_csv(REAL / "themes_polnear_train_v11_coder_b.csv", dtype=str,
                         keep_default_na=False)
    assert "text" not in adj.columns
    assert (adj["set"] == "v11").all()
    cols = ["source", "start", "end", "text_sha1", "sample"]
    assert adj[cols].equals(first[cols])
    assert adj["party_factionalism_a"].equals(first["party_factionalism"])
    assert adj["party_factionalism_b"].equals(second["party_factionalism"])
    assert adj["special_relationship"].equals(first["special_relationship"])
    differ = adj["party_factionalism_a"] != adj["party_factionalism_b"]
    assert int(differ.sum()) == 5
    assert (adj.loc[~differ, "party_factionalism"]
            == adj.loc[~differ, "party_factionalism_a"]).all()
    assert adj.loc[differ, "notes"].str.startswith("adjudicated").all()
    assert not adj.loc[~differ, "notes"].str.startswith("adjudicated").any()
    decided = adj.loc[differ, "party_factionalism"].value_counts().to_dict()
    assert decided == {"0": 3, "1": 2}
    assert (adj["party_factionalism"] == "1").sum() == 50
    guideline = (REAL.parent / "guidelines" / "themes.md").read_text(encoding="utf-8")
    assert "### Reading of version 20" in guideline
    for kind in ("a wing refusing unity", "staying away, explained"):
        assert kind in guideline.lower()
        assert adj["notes"].str.contains(kind, regex=False).any()


def test_a_reason_that_starts_with_the_word_hard_is_not_a_hard_call() -> None:
    """The guideline's flags are ``borderline PF`` / ``borderline SR`` (a hard call) and
    ``clear 0:`` (a clear 0 with a reason, never a hard call). The older codings' ``hard 0:``,
    ``hard:`` and ``hard PF 0:`` flags still count (their figures are unchanged), but a reason
    that merely starts with the word (``hard-line``, ``hard to``, ``hardly``) is not a flag
    (themes version 25)."""
    themes = ["party_factionalism", "special_relationship"]
    notes = pd.Series(["hard-line members revolt against their own leader",
                       "Hard to see a split: the senator backs the nominee",
                       "hardly a rift: two rivals shake hands",
                       "clear 0: a race between two parties",
                       "borderline PF: a wing's grumbling about the platform",
                       "hard 0: a race, not a split", "hard: a convention rules fight",
                       "hard PF 0: a primary race", "hard 0 SR: a trade deal"])
    pf = agree.is_borderline(notes, "party_factionalism", themes).tolist()
    sr = agree.is_borderline(notes, "special_relationship", themes).tolist()
    assert pf == [False, False, False, False, True, True, True, True, True]
    assert sr == [False, False, False, False, False, True, True, False, True]


def test_v18_second_coder_counts_in_the_readme_match_coder_b_file() -> None:
    """Coder B's v18 counts as the README's **Second coder (v18).** paragraph states them,
    recomputed from ``themes_polnear_train_v18_coder_b.csv`` (review 10: the paragraph said 12
    `clear 0:` reasons where the file has 14)."""
    b = pd.read_csv(REAL / "themes_polnear_train_v18_coder_b.csv", dtype=str,
                    keep_default_na=False)
    pf = b["party_factionalism"] == "1"
    hard = b["notes"].str.startswith("borderline PF")
    clear = b["notes"].str.startswith("clear 0:")
    assert not (clear & (pf | hard)).any()  # a clear 0 is a further 0, not a borderline call
    by = b.loc[pf, "sample"].value_counts()
    text = (REAL / "README.md").read_text(encoding="utf-8")
    start = text.index("**Second coder (v18).**")
    section = " ".join(text[start:text.index("**Agreement (v18", start)].split())
    assert (f"party factionalism {int(pf.sum())} of 150 (`vocab` {by['vocab']} of 100, "
            f"`adjacent` {by['adjacent']} of 50)") in section
    assert (f"{int(hard.sum())} calls marked `borderline PF`, {int((hard & pf).sum())} of them "
            f"coded 1 and {int((hard & ~pf).sum())} coded 0") in section
    assert f"; {int(clear.sum())} further 0s carry a `clear 0:` reason;" in section
    assert int((b["negated"] != "").sum()) == 0 and "negated 0" in section
