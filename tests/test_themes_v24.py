"""Themes version 24: the learned PF scorer refitted on v5-v14, both feature regimes scored out
of fold on first-contact features.

The v11 adjudication the fitting script applies (its coding list, v5-v15 since version 25, is
checked in ``test_themes_v25.py``), the precision tolerance of the gate choice, the regime rule, and
the scoring of held-out paragraphs with features other than the training ones. Invented
numbers only; the committed codings are read for their codes (no text).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from fit_script import load_fit_script

from helpers.core.paths import ANNOTATIONS

PF = "party_factionalism"
REAL = ANNOTATIONS / "real_news"


def test_v11_takes_its_adjudicated_codes_and_v12_to_v14_coder_a() -> None:
    """Version 20's adjudication of v11: 52 -> 50 factional (five rows decided: two to 1,
    three to 0); v12-v14 have no adjudication and come back as coder A coded them."""
    fit = load_fit_script()
    v11 = pd.read_csv(REAL / "themes_polnear_train_v11.csv", keep_default_na=False)
    a11 = fit.adjudicated("v11", v11)
    assert (int(v11[PF].sum()), int(a11[PF].sum())) == (52, 50)
    assert 0 < int((a11[PF] != v11[PF]).sum()) <= 5
    for n in (12, 13, 14):
        g = pd.read_csv(REAL / f"themes_polnear_train_v{n}.csv", keep_default_na=False)
        assert fit.adjudicated(f"v{n}", g) is g
    with pytest.raises(ValueError, match="not the paragraphs"):
        fit.adjudicated("v11", v11.iloc[1:])


def test_a_coding_adjudicated_twice_is_refused(tmp_path: Path) -> None:
    fit = load_fit_script()
    gold = pd.DataFrame({"source": ["a.txt"], "start": [0], "end": [10], PF: [1]})
    row = "set,source,start,end,party_factionalism\nv99,a.txt,0,10,0\n"
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    one.write_text(row, encoding="utf-8")
    two.write_text(row, encoding="utf-8")
    assert int(fit.adjudicated("v99", gold, one)[PF].iloc[0]) == 0
    assert int(fit.adjudicated("v99", gold, (one,))[PF].iloc[0]) == 0
    with pytest.raises(ValueError, match="more than one file"):
        fit.adjudicated("v99", gold, (one, two))


def _gate_data():
    """Ten invented paragraphs: the codebook codes three, two right (precision 2/3). The
    classifier's extra codes at threshold 0.5, gate 0.5: three right, two wrong (combined
    5/8 = 0.625, 0.042 below the codebook); at gate 0.8: one right (3/4 = 0.75)."""
    y = np.array([1, 1, 1, 1, 1, 1, 0, 0, 0, 0], dtype=float)
    base = np.zeros((10, 1))
    base[[0, 1, 6], 0] = 1.0
    p = np.array([0.1, 0.1, 0.95, 0.9, 0.9, 0.1, 0.1, 0.9, 0.9, 0.1])
    p_own = np.array([0.1, 0.1, 0.95, 0.6, 0.6, 0.1, 0.1, 0.6, 0.6, 0.1])
    return {"y": y, "base": base}, p, p_own


def test_precision_tolerance_admits_a_bounded_cost_only() -> None:
    """With no tolerance the gate that costs precision is refused (version 17's floor); with
    version 24's 0.05 it is taken for its recall; a cost beyond the tolerance stays refused."""
    fit = load_fit_script()
    data, p, p_own = _gate_data()
    assert fit.PRECISION_TOLERANCE == 0.05
    t, gate, _ = fit.choose_gate(data, p, p_own, probe=0.0)
    assert gate >= 0.7  # only the stricter gates keep 2/3
    s = fit.scores(data, p, p_own, t, gate)["combined"]
    assert (s["tp"], s["fp"]) == (3, 1)
    t, gate, _ = fit.choose_gate(data, p, p_own, probe=0.0, tolerance=0.05)
    s = fit.scores(data, p, p_own, t, gate)["combined"]
    assert (t, gate) == (0.6, 0.6) and (s["tp"], s["fp"]) == (5, 3)
    assert s["precision"] == pytest.approx(0.625)
    t, gate, _ = fit.choose_gate(data, p, p_own, probe=0.0, tolerance=0.04)
    assert gate >= 0.7


def test_scores_use_the_codebook_of_the_scoring_features() -> None:
    """A paragraph is scored with ``eval_base`` when the data carries it (first-contact
    features), so the codebook compared is the first-contact one, not the training one."""
    fit = load_fit_script()
    y = np.array([1, 0, 1, 0], dtype=float)
    train = np.array([[1.0], [1.0], [1.0], [0.0]])
    first = np.array([[1.0], [0.0], [0.0], [0.0]])
    zero = np.zeros(4)
    assert fit.scores({"y": y, "base": train}, zero, zero, 0.5)["codebook"]["tp"] == 2
    s = fit.scores({"y": y, "base": train, "eval_base": first}, zero, zero, 0.5)["codebook"]
    assert (s["tp"], s["fp"], s["fn"]) == (1, 0, 1)
    assert fit._eval_key({"base": train}) == "base"


def test_out_of_fold_trains_on_one_regime_and_scores_on_the_other() -> None:
    """Invented features where the training regime's codebook column is the label itself and
    the scoring regime's is noise: a model trained on it trusts the column, and scored on the
    other regime's column it is wrong where the two differ."""
    fit = load_fit_script()
    rng = np.random.RandomState(0)
    n = 200
    y = (rng.rand(n) < 0.4).astype(float)
    width = len(fit.CODEBOOK_FEATURES) + len(fit.CONTEXT_FEATURES)
    train = np.zeros((n, width))
    train[:, 0] = y
    train[:, 7] = rng.rand(n)  # length, so that no column is constant
    score = train.copy()
    score[:, 0] = 0.0
    data = {"y": y, "base": train, "tokens": [set() for _ in range(n)],
            "group": np.array([f"a{i // 2}" for i in range(n)])}
    p_same, _ = fit.out_of_fold(data, 0, 1.0, set())
    p_cross, _ = fit.out_of_fold({**data, "eval_base": score}, 0, 1.0, set())
    assert np.all((p_same >= 0.5) == y.astype(bool))
    assert np.all(p_cross[y == 1] < 0.5)


def test_regime_rule_prefers_first_contact_within_a_near_tie() -> None:
    fit = load_fit_script()

    def res(f1: float) -> dict:
        return {"cv_gated": {"combined": {"f1": f1}}}

    assert fit.choose_regime({"first contact": res(0.400), "today": res(0.404)}) \
        == "first contact"
    assert fit.choose_regime({"first contact": res(0.400), "today": res(0.410)}) == "today"
    assert fit.choose_regime({"first contact": res(0.420), "today": res(0.410)}) \
        == "first contact"
    assert fit.REGIMES == ("first contact", "today")
