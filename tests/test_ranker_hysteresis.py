"""The fit policy's hysteresis (session 35): a refit keeps the committed model's grid point
unless the policy's point beats it by more than their paired standard error. Invented numbers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers.evaluate.ranker_policy import committed_point, hold_committed

#: invented repeated-CV figures: L2 30 ahead of the committed L2 3 by 0.0002
CV = {(3.0, 0.0): 0.9445, (30.0, 0.0): 0.9447, (300.0, 0.0): 0.9401}


def test_a_tie_within_the_paired_error_keeps_the_committed_point() -> None:
    assert hold_committed((30.0, 0.0), (3.0, 0.0), CV, se_to_committed=0.0006) == (3.0, 0.0)


def test_a_gain_beyond_the_paired_error_moves() -> None:
    assert hold_committed((30.0, 0.0), (3.0, 0.0), CV, se_to_committed=0.0001) == (30.0, 0.0)


def test_a_gain_equal_to_the_error_does_not_move() -> None:
    cv = {(3.0, 0.0): 0.9440, (30.0, 0.0): 0.9445}
    assert hold_committed((30.0, 0.0), (3.0, 0.0), cv, se_to_committed=0.0005) == (3.0, 0.0)


@pytest.mark.parametrize("committed", [None, (0.01, 0.0)])
def test_no_committed_point_on_the_grid_takes_the_policys(committed) -> None:
    assert hold_committed((30.0, 0.0), committed, CV, se_to_committed=0.0) == (30.0, 0.0)


def test_the_committed_point_is_read_from_the_model_file(tmp_path: Path) -> None:
    f = tmp_path / "m.json"
    assert committed_point(f) is None
    f.write_text(json.dumps({"weights": [0.5], "margin": 0.5, "l2": 30}), encoding="utf-8")
    assert committed_point(f) == (30.0, 0.5)
    f.write_text(json.dumps({"weights": [0.5], "margin": 0.0}), encoding="utf-8")
    assert committed_point(f) is None


def test_a_model_file_that_is_not_json_fails_naming_the_file(tmp_path: Path) -> None:
    f = tmp_path / "broken.json"
    f.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match="broken.json"):
        committed_point(f)
