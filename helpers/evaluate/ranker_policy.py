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

Deterministic: no random numbers, hashes by SHA-256 of the seed and the article name.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence

import numpy as np

GridPoint = tuple[float, float]  # (L2, margin)


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
