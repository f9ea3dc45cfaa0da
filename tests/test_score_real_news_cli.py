"""``scripts/score_real_news.py --by-family``: the table per source family and per kind of copy,
and the command line around it (review of session 16).

Why: ``--by-family`` came with tests of :func:`helpers.evaluate.timeml.score_by_family` but none
of the script's own table (the kind of copy of each family) nor of what the command does when
the shared data are absent or the set is not a TimeML set. Frames are invented; the expected
figures are counted by hand. No test here reads ``../shared``: the absent case points
``NS_SHARED_DATA`` at an empty folder.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pandas as pd
import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "score_real_news.py"


@pytest.fixture(scope="module")
def script() -> ModuleType:
    """The script as a module (it is not a package module)."""
    spec = importlib.util.spec_from_file_location("score_real_news_cli_test", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _rows(items: list[tuple[str, int, int, str]]) -> pd.DataFrame:
    return pd.DataFrame([{"source": s, "start": a, "end": b, "text": "x", "type": "DATE",
                          "value": v} for s, a, b, v in items])


def _table_rows(md: str, label: str) -> dict[str, list[str]]:
    """The rows of the markdown table whose header starts with ``| label |``, by first cell."""
    lines = md.splitlines()
    start = lines.index(next(line for line in lines if line.startswith(f"| {label} |")))
    rows: dict[str, list[str]] = {}
    for line in lines[start + 2:]:
        if not line.startswith("|"):
            break
        cells = [c.strip() for c in line.strip("|").split("|")]
        rows[cells[0]] = cells[1:]
    return rows


def test_family_table_groups_families_into_kinds_of_copy(script: ModuleType) -> None:
    # wsj: 2 gold, both found exactly; ap and APW (wire): 1 gold each, ap found, APW missed;
    # CNN (broadcast): 1 gold found with a wrong value; XYZ: an unlisted family, 1 spurious row
    gold = _rows([("wsj_1.tml", 0, 4, "1990"), ("wsj_2.tml", 0, 4, "1991"),
                  ("AP1.tml", 0, 4, "1992"), ("APW1.tml", 0, 4, "1993"),
                  ("CNN1.tml", 0, 4, "1994")])
    pred = _rows([("wsj_1.tml", 0, 4, "1990"), ("wsj_2.tml", 0, 4, "1991"),
                  ("AP1.tml", 0, 4, "1992"), ("CNN1.tml", 0, 4, "1999"),
                  ("XYZ1.tml", 0, 4, "2000")])
    md = script.family_table(gold, pred)
    family = _table_rows(md, "family")
    assert set(family) == {"wsj", "ap", "apw", "cnn", "xyz"}
    assert family["apw"][:5] == ["1", "1", "0", "0", "0"]  # docs, gold, pred, strict, relaxed
    kind = _table_rows(md, "kind")
    assert set(kind) == {"financial", "wire", "broadcast", "other"}
    # wire = ap + apw: 2 documents, 2 gold, 1 predicted, 1 strict -> P 1, R 1/2, F1 2/3
    assert kind["wire"][:6] == ["2", "2", "1", "1", "1", "1"]
    assert kind["wire"][6] == "0.667"
    # broadcast: found, value wrong -> strict and relaxed F1 1, value F1 0
    assert kind["broadcast"][6:] == ["1.000", "1.000", "0.000"]
    assert kind["other"][:3] == ["1", "0", "1"]


def test_absent_shared_data_is_named_with_where_to_put_it(
        script: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("NS_SHARED_DATA", str(tmp_path))
    assert script.main(["--set", "timebank", "--by-family"]) == 1
    out = capsys.readouterr().out
    assert "not scored:" in out and str(tmp_path) in out and "NS_SHARED_DATA" in out


def test_by_family_on_a_set_that_is_not_timeml_is_an_argument_error(
        script: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        script.main(["--set", "polnear-dev", "--by-family"])
    assert stop.value.code == 2
    assert "--by-family applies to" in capsys.readouterr().err


def test_by_family_help_gives_an_example(script: ModuleType,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        script.main(["--help"])
    assert "--set timebank --by-family" in " ".join(capsys.readouterr().out.split())
    assert "--set timebank --by-family" in script.__doc__
