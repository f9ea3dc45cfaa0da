"""The registry of annotated sets (``data/annotations/sets.csv``): every set on disk is listed
with a role, the validation report and notebook 07 score what it lists, and a broken registry
fails loudly. No instrument is scored here."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from helpers.core.paths import ANNOTATIONS, DATA, PROJECT_ROOT
from helpers.evaluate import annotated_sets as registry_module
from helpers.evaluate.annotated_sets import (
    ROLES,
    annotated_sets,
    first_contact_scores,
    second_coder_agreement,
)

#: annotation folders that are not sets of other articles (the corpus's own second pass and the
#: real-news codings live beside them)
NOT_SETS = {"agreement", "guidelines", "real_news"}


def _set_folders() -> set[str]:
    """Folders under ``data/annotations/`` that hold gold for articles in ``data/<name>/``."""
    return {p.name for p in ANNOTATIONS.iterdir()
            if p.is_dir() and p.name not in NOT_SETS and (DATA / p.name).is_dir()}


def test_every_set_on_disk_is_in_the_registry():
    listed = set(annotated_sets(present_only=False)["name"])
    missing = _set_folders() - listed
    assert not missing, f"add {sorted(missing)} to data/annotations/sets.csv"
    assert {"heldout", "heldout2", "other_styles", "uk_dev1", "uk_dev2"} <= listed


def test_held_out_sets_come_first_and_roles_are_known():
    sets = annotated_sets()
    assert set(sets["role"]) <= set(ROLES)
    roles = list(sets["role"])
    assert roles == sorted(roles, key=ROLES.index)
    assert (sets["articles"] > 0).all()


def test_development_sets_carry_first_contact_scores():
    """A development set was scored once untouched before rules were read off it; without that
    record nobody can tell what the rules bought (the older ``heldout`` predates the practice)."""
    sets = annotated_sets()
    dev = sets[sets["role"] == "development"]
    assert dev["first_contact"].all(), list(dev.loc[~dev["first_contact"], "name"])


def test_first_contact_columns_and_v1_theme_rows():
    first = first_contact_scores()
    columns = set(first["column"])
    assert {"first contact, batch 1", "first contact, batch 3", "first contact, heldout2",
            "first contact, uk_dev1"} <= columns
    # other_styles batches were scored against the two-theme gold: never beside v2 rows
    old = first[(first["set"] == "other_styles") & (first["instrument"] == "themes")]
    assert len(old) and old["measure"].str.endswith("(v1 gold)").all()
    new = first[(first["set"] == "uk_dev1") & (first["instrument"] == "themes")]
    assert len(new) and not new["measure"].str.contains("v1 gold").any()


@pytest.mark.parametrize("text, message", [
    ("name,role,written\nx,held out,now\n", "columns"),
    ("name,role,written,styles\nx,secret,now,a\n", "unknown role"),
    ("name,role,written,styles\nx,held out,now,a\nx,development,now,a\n", "listed twice"),
    # review 19: an empty name stood for data/ itself (counted as a present set), a padded
    # one for no folder (silently dropped)
    ("name,role,written,styles\n,development,now,a\n", "not plain folder names"),
    ("name,role,written,styles\nuk_dev1 ,development,now,a\n", "not plain folder names"),
])
def test_a_broken_registry_fails_loudly(tmp_path, monkeypatch, text, message):
    bad = tmp_path / "sets.csv"
    bad.write_text(text, encoding="utf-8")
    monkeypatch.setattr(registry_module, "SETS_FILE", bad)
    with pytest.raises(ValueError, match=message) as info:
        annotated_sets()
    assert str(bad) in str(info.value)


def test_a_registry_with_no_rows_is_an_empty_table(tmp_path, monkeypatch):
    # review 19: the present-only filter indexed the columns with an empty list (KeyError)
    empty = tmp_path / "sets.csv"
    empty.write_text("name,role,written,styles\n", encoding="utf-8")
    monkeypatch.setattr(registry_module, "SETS_FILE", empty)
    assert len(annotated_sets()) == 0
    assert len(first_contact_scores(annotated_sets())) == 0


def test_the_report_and_notebook_07_read_the_registry():
    report = (PROJECT_ROOT / "scripts" / "validation_report.py").read_text(encoding="utf-8")
    nb = json.loads((PROJECT_ROOT / "notebooks" / "07_limitations_error_analysis.ipynb")
                    .read_text(encoding="utf-8"))
    code = "".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    for source in (report, code):
        assert "annotated_sets()" in source and "first_contact_scores(" in source
        assert '"heldout2"' not in source  # no set is wired in by hand any more


def test_second_coder_agreement_counts_a_disagreement(tmp_path, monkeypatch):
    """A tiny set coded twice: one speaker differs, one span only the first coder marked."""
    text = 'Title\n\n"We will win," said Ann Lee. "Never," Bob Roe replied, calling it "a farce".\n'
    (tmp_path / "data" / "x").mkdir(parents=True)
    (tmp_path / "data" / "x" / "a.txt").write_text(text, encoding="utf-8")
    spans = [(text.index(w), text.index(w) + len(w)) for w in ("We will win,", "Never,",
                                                                 "a farce")]
    header = "source,start,end,text,kind,speaker,cue,continuation\n"

    def row(i, kind, speaker, cue):
        s, e = spans[i]
        return f'a.txt,{s},{e},"{text[s:e]}",{kind},{speaker},{cue},false\n'

    first = header + row(0, "speech", "Ann Lee", "say") + row(1, "speech", "Bob Roe", "reply") \
        + row(2, "term", "", "")
    second = header + row(0, "speech", "Lee", "say") + row(1, "speech", "Ann Lee", "reply")
    for folder, body in (("x", first), ("x_second", second)):
        (tmp_path / "data" / "annotations" / folder).mkdir(parents=True)
        (tmp_path / "data" / "annotations" / folder / "quotes.csv").write_text(
            body, encoding="utf-8")
    monkeypatch.setattr(registry_module, "ANNOTATIONS", tmp_path / "data" / "annotations")
    monkeypatch.setattr(registry_module, "PROJECT_ROOT", tmp_path)
    sets = pd.DataFrame({"name": ["x"]})
    table = registry_module.second_coder_agreement(sets).set_index("label")
    assert table.loc["speaker", "n"] == 2
    assert table.loc["speaker", "agreement"] == 0.5  # "Lee" matches Ann Lee; Bob Roe does not
    assert table.loc["kind", "agreement"] == 1.0 and table.loc["kind", "n"] == 2
    assert table.loc["kind", "coded_first"] == 3 and table.loc["kind", "coded_second"] == 2


@pytest.mark.parametrize("name, speech, rows", [("heldout2", 90, 102), ("heldout3", 74, 80),
                                                     ("heldout4", 60, 63)])
def test_held_out_second_coders_are_reported(name, speech, rows):
    """The British held-out sets were coded twice blind (counts from their READMEs)."""
    table = second_coder_agreement()
    quotes = table[table["annotation"] == f"{name}/quotes.csv"].set_index("label")
    assert quotes.loc["speaker", "n"] == speech and quotes.loc["kind", "coded_first"] == rows
    assert quotes.loc["kind", "coded_second"] == rows
    themes = table[table["annotation"] == f"{name}/themes_v2.csv"]
    assert len(themes) == 6  # five themes and the negated flag


def test_validation_report_help_prints_usage_without_scoring():
    """Two helpers ran ``validation_report.py --help`` expecting usage and got a full scoring
    run, held-out sets included (session 30); ``--help`` must print usage and stop."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, str(PROJECT_ROOT / "scripts" / "validation_report.py"),
                           "--help"], capture_output=True, text=True, timeout=120,
                          cwd=PROJECT_ROOT)
    assert done.returncode == 0, done.stderr
    assert "usage:" in done.stdout and "Instruments against" not in done.stdout
