"""How the fit script picks the speaker chooser's grid point (L2, margin) from cross-validation on
PolNeAR train (issue 13; speaker ranker round 11).

Why a policy and not the best CV mean: the CV surface is flat (L2 0.1 to 100 at margin 0 lie
within 0.001, a few pieces of 6,424) while one fold assignment's best point moves with the
assignment; dev (830 pieces) cannot separate such points either. So:

1. *repeated grouped CV*: the fold assignment by position in the sorted article list (folds 0-3
   ~ subsamples A-D) and, besides it, assignments by a stable hash of the article name
   (:func:`hash_folds`, fixed seeds); every piece is predicted once per assignment by the model
   of the folds that did not hold its article, and a grid point's figure is its share of right
   pieces averaged over the assignments;
2. *one-standard-error rule, paired and clustered by article* (:func:`one_se_choice`): among the
   grid points whose figure is within one standard error of the best's, the most regularised
   one (largest L2, then largest margin: the fewest departures from the rules). The standard
   error is that of the paired difference to the best point, pieces summed per article
   (:func:`paired_se`): the unpaired spread of the four fold figures measures how hard the folds
   are (A/B were read by the rules rounds, C/D not: 0.95 against 0.91), not model noise, and
   would let the rule drift to a clearly worse point.

3. *which point is fitted* (:func:`choose_point`): the fit script's ``--policy``. Since
   session 26 the default is ``best-repeated`` (the best point of step 1): round 11's one-SE
   choice lowered the project's held-out speaker accuracy; ``one-se`` (step 2) and ``best``
   (the best mean of the position folds alone, the rule before round 11) stay options.
4. *hysteresis* (:func:`hold_committed`, session 35): the point the policy picks replaces the
   committed model's grid point only if its repeated figure beats the committed point's by more
   than the standard error of their paired difference. A refit after a small change of train
   labels otherwise moves between points that the data cannot separate (session 34: L2 3 and
   L2 30 tied at 0.9447, paired SE 0.0006), and every move changes held-out figures by chance.
   Said before any refit, so the choice never waits on held-out or dev figures.

Deterministic: no random numbers, hashes by SHA-256 of the seed and the article name, ties
broken by the grid point itself (never by the order of a dict).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np

GridPoint = tuple[float, float]  # (L2, margin)
#: the fit script's ``--policy`` values, the default first
POLICIES = ("best-repeated", "one-se", "best")


def hash_folds(sources: Sequence[str], seed: int, k: int = 4) -> dict[str, int]:
    """Fold of each article by a stable hash of ``seed`` and its name (SHA-256, not Python's
    salted ``hash``): another grouped assignment than position, the same on every run."""
    return {s: int(hashlib.sha256(f"{seed}:{s}".encode()).hexdigest(), 16) % k
            for s in sources}


def paired_se(diff: np.ndarray, groups: np.ndarray) -> float:
    """Standard error of ``diff.mean()`` (per-piece differences in correctness between two
    models, possibly averaged over fold assignments) with pieces clustered by ``groups`` (the
    article of each piece): pieces of one article share its rules' errors, so they are not
    independent. Cluster-robust (sandwich) form with the small-sample factor G / (G - 1)."""
    diff = np.asarray(diff, dtype=float)
    if diff.size == 0:
        return 0.0
    _, gid = np.unique(np.asarray(groups), return_inverse=True)
    n_g = int(gid.max()) + 1
    if n_g < 2:
        return 0.0
    resid = np.bincount(gid, weights=diff - diff.mean(), minlength=n_g)
    return float(np.sqrt(n_g / (n_g - 1) * np.sum(resid ** 2)) / diff.size)


def best_point(acc: Mapping[GridPoint, float]) -> GridPoint:
    """The grid point with the highest figure; of equal figures the largest L2, then the
    largest margin (deterministic, and the simpler model)."""
    return max(acc, key=lambda p: (acc[p], p[0], p[1]))


def one_se_choice(acc: Mapping[GridPoint, float], se: Mapping[GridPoint, float]
                  ) -> GridPoint:
    """The one-standard-error rule: of the grid points whose figure ``acc`` is at least the
    best's minus their own ``se`` (standard error of the paired difference to the best point;
    the best's own is 0), the one with the largest L2, then the largest margin."""
    top = acc[best_point(acc)]
    within = [p for p in acc if acc[p] >= top - se.get(p, 0.0) - 1e-12]
    return max(within, key=lambda p: (p[0], p[1]))


def choose_point(policy: str, repeated: Mapping[GridPoint, float],
                 position: Mapping[GridPoint, Sequence[float]],
                 se: Mapping[GridPoint, float]) -> GridPoint:
    """The grid point the fit script fits on all of train, by ``policy`` (:data:`POLICIES`):
    ``best-repeated`` the best ``repeated`` figure, ``one-se`` :func:`one_se_choice` on
    ``repeated`` and ``se``, ``best`` the best mean of the ``position`` fold figures. One
    function so that the script's choice is the tested one (review 15)."""
    if policy == "best-repeated":
        return best_point(repeated)
    if policy == "one-se":
        return one_se_choice(repeated, se)
    if policy == "best":
        return best_point({p: float(np.mean(v)) for p, v in position.items()})
    raise ValueError(f"unknown policy {policy!r}; one of {POLICIES}")


def hold_committed(chosen: GridPoint, committed: GridPoint | None,
                   repeated: Mapping[GridPoint, float], se_to_committed: float) -> GridPoint:
    """The grid point to fit: ``committed`` (the grid point of the model file being replaced)
    unless ``chosen`` beats its ``repeated`` figure by more than ``se_to_committed`` (the paired,
    article-clustered standard error of their difference, :func:`paired_se`). The result is
    ``chosen`` when there is no committed model or its point is not on the grid (a new grid
    always takes the policy's point). Why: see step 4 of the module docstring."""
    if committed is None or committed not in repeated or committed == chosen:
        return chosen
    if repeated[chosen] - repeated[committed] > se_to_committed + 1e-12:
        return chosen
    return committed


def committed_point(path: Path) -> GridPoint | None:
    """The grid point ``(l2, margin)`` of the model file at ``path`` (the one a refit would
    replace), or ``None`` when there is no such file or it names no L2 (a first fit). A file
    that is not JSON fails loudly: a refit must not silently forget the committed model."""
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"speaker ranker file {path}: not JSON ({exc})") from exc
    l2, margin = data.get("l2"), data.get("margin", 0.0)
    if not isinstance(l2, (int, float)) or not isinstance(margin, (int, float)):
        return None
    return (float(l2), float(margin))
