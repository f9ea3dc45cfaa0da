"""Timeline round 26: TimeBank scored by source family, and the classes fixed on its wire and
broadcast copy (issue 14).

Invented texts and frames (``docs/notes/real_news.md``, round 26); the expected figures are
counted by hand.
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.evaluate.timeml import score_by_family, source_family


def _rows(items: list[tuple[str, int, int, str]]) -> pd.DataFrame:
    return pd.DataFrame([{"source": s, "start": a, "end": b, "text": "x", "type": "DATE",
                          "value": v} for s, a, b, v in items])


def test_source_family_is_the_lower_case_letters_the_file_name_starts_with() -> None:
    assert source_family("wsj_0136.tml") == "wsj"
    assert source_family("WSJ900813-0157.tml") == "wsj"
    assert source_family("APW19980213.1310.tml") == "apw"
    assert source_family("AP900815-0044.tml") == "ap"
    assert source_family("ea980120.1830.0071.tml") == "ea"
    assert source_family("19980120.tml") == "other"


def test_score_by_family_matches_within_each_family_and_counts_by_hand() -> None:
    gold = _rows([("wsj_1.tml", 0, 5, "1990"), ("wsj_2.tml", 10, 20, "1991-Q3"),
                  ("APW1.tml", 0, 4, "1998-02-13"), ("APW2.tml", 3, 9, "P1D"),
                  ("CNN1.tml", 0, 6, "1998")])
    pred = _rows([("wsj_1.tml", 0, 5, "1990"),          # strict, right value
                  ("wsj_2.tml", 12, 20, "1991-Q2"),     # relaxed only, wrong value
                  ("APW1.tml", 0, 4, "1998-02-13"),     # strict, right value
                  ("APW2.tml", 20, 25, "P1D"),          # no overlap: spurious (+ APW2 missed)
                  ("APW3.tml", 0, 2, "1998")])          # spurious
    table = score_by_family(gold, pred).set_index("family")
    # largest gold count first, then by name
    assert list(table.index) == ["apw", "wsj", "cnn"]
    apw = table.loc["apw"]
    assert (apw.n_docs, apw.n_gold, apw.n_pred, apw.n_strict, apw.n_relaxed, apw.n_value) == (
        3, 2, 3, 1, 1, 1)
    assert apw.strict_f1 == pytest.approx(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2))
    wsj = table.loc["wsj"]
    assert (wsj.n_strict, wsj.n_relaxed, wsj.n_value) == (1, 2, 1)
    assert (wsj.strict_f1, wsj.relaxed_f1, wsj.value_f1) == pytest.approx((0.5, 1.0, 0.5))
    cnn = table.loc["cnn"]
    assert (cnn.n_gold, cnn.n_pred, cnn.relaxed_f1) == (1, 0, 0.0)


def test_score_by_family_takes_another_grouping() -> None:
    gold = _rows([("wsj_1.tml", 0, 5, "1990"), ("APW1.tml", 0, 4, "1998")])
    pred = _rows([("wsj_1.tml", 0, 5, "1990"), ("APW1.tml", 0, 4, "1997")])
    table = score_by_family(gold, pred, lambda doc: "all").set_index("family")
    assert (table.at["all", "n_gold"], table.at["all", "n_value"]) == (2, 1)
