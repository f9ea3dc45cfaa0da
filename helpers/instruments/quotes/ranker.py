"""A learned speaker chooser on top of the rules (issue 13): a conditional-logit ranking model
over the candidates of :mod:`.ranker_candidates` (described by :mod:`.ranker_features`), its
deterministic fit (numpy only) and its weights file.

Why: the rules have plateaued on real news (each round gains ~0.001-0.003); a model trained on
PolNeAR TRAIN learns how much each general cue (kind of mention, distance, position, the rules'
own way of attributing) should count when the rules' choice and another mention compete. The
model only re-chooses among candidates: spans, kinds and cues stay the rules'. A row whose
speaker it changes has ``attribution`` ``ranked``. It keeps the rules' choice unless the best
candidate's score beats the rules' by more than the file's ``margin``.

Weights live in ``data/models/speaker_ranker.json`` (written by ``scripts/fit_speaker_ranker.py``);
inference needs only that file.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np

from helpers.core.paths import PROJECT_ROOT
from helpers.instruments.quotes.attribution import ArticleState
from helpers.instruments.quotes.quoterow import QuoteRow
from helpers.instruments.quotes.ranker_candidates import article_candidates
from helpers.instruments.quotes.ranker_features import FEATURES, Candidate

#: the committed weights
DEFAULT_MODEL = PROJECT_ROOT / "data" / "models" / "speaker_ranker.json"


class RankerFileError(ValueError):
    """The weights file is missing, malformed, or made for another feature list."""


@dataclass(frozen=True)
class SpeakerRanker:
    """Weights of the conditional logit (one per :data:`FEATURES` entry) and the margin by which
    a candidate must beat the rules' choice; ``meta``: how the file was made (informative)."""

    weights: tuple[float, ...]
    margin: float = 0.0
    meta: dict = field(default_factory=dict, compare=False, hash=False)

    def choose(self, cands: list[Candidate]) -> int:
        """Index of the chosen candidate (0, the rules' choice, unless another beats it by more
        than :attr:`margin`)."""
        if len(cands) < 2:
            return 0
        s = np.asarray([c.features for c in cands]) @ self._weights
        best = int(np.argmax(s))  # the first of equal scores: deterministic
        return best if best != 0 and s[best] - s[0] > self.margin else 0

    @cached_property
    def _weights(self) -> np.ndarray:
        """:attr:`weights` as an array, built once per ranker (speed, issue 13: :meth:`choose`
        converted the tuple for every row)."""
        return np.asarray(self.weights)

    def __call__(self, rows: list[QuoteRow], para_spans: list, art: ArticleState) -> None:
        """Re-choose the speaker of every top-level speech row of one article (in place)."""
        chosen = [(r, cands[self.choose(cands)]) for r, cands in
                  article_candidates(rows, para_spans, art)]
        for r, c in chosen:  # applied after all choices: the features saw the rules' history
            if c.is_rule:
                continue
            r.speaker, r.speaker_type = c.speaker, c.speaker_type
            r.speaker_start, r.speaker_end = c.speaker_start, c.speaker_end
            r.speaker_mention = c.mention
            r.attribution = "ranked"

    def to_json(self) -> dict:
        """The file's content."""
        return {"features": list(FEATURES), "weights": [round(w, 6) for w in self.weights],
                "margin": self.margin, **self.meta}


def load_ranker(path: str | Path | None = None) -> SpeakerRanker:
    """The ranker stored at ``path`` (default :data:`DEFAULT_MODEL`); raises
    :class:`RankerFileError` on a missing or bad file (never a silent fallback)."""
    p = Path(path) if path is not None else DEFAULT_MODEL
    try:
        stamp = p.stat().st_mtime_ns  # a rewritten file is read again, not served from memo
    except OSError as err:
        raise RankerFileError(f"speaker ranker file {p}: {err}") from err
    return _load(str(p), stamp)


@lru_cache(maxsize=4)
def _load(path: str, stamp: int) -> SpeakerRanker:
    """The parsed file (memoised by path and modification time)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise RankerFileError(f"speaker ranker file {path}: {err}") from err
    if not isinstance(data, dict):
        raise RankerFileError(f"speaker ranker file {path}: not a JSON object")
    if data.get("features") != list(FEATURES):
        raise RankerFileError(f"speaker ranker file {path}: its feature list is not this "
                              f"code's ({len(FEATURES)} features); refit with "
                              f"scripts/fit_speaker_ranker.py")
    w, margin = data.get("weights"), data.get("margin")
    if not isinstance(w, list) or len(w) != len(FEATURES) or not all(
            isinstance(x, (int, float)) and math.isfinite(x) for x in w):
        raise RankerFileError(f"speaker ranker file {path}: weights must be {len(FEATURES)} "
                              f"finite numbers")
    if not isinstance(margin, (int, float)) or not math.isfinite(margin) or margin < 0:
        raise RankerFileError(f"speaker ranker file {path}: margin must be a number >= 0")
    meta = {k: v for k, v in data.items() if k not in ("features", "weights", "margin")}
    return SpeakerRanker(tuple(float(x) for x in w), float(margin), meta)


def _objective(w: np.ndarray, x: np.ndarray, y: np.ndarray, starts: np.ndarray,
               l2: float, gw: np.ndarray | None = None) -> tuple[float, np.ndarray, np.ndarray]:
    """Negative log-likelihood of the correct candidate set of each group (+ L2), its
    gradient and a positive definite curvature (the covariance of the features under the
    model, + L2): the marginal likelihood of several correct candidates is not concave, so
    the curvature of the log-partition stands in for its Hessian. ``gw``: one weight per
    group multiplying its likelihood term (None: all 1, computed without the product so the
    unweighted fit stays bit-identical to the fits before weights existed)."""
    s = x @ w
    gid = np.repeat(np.arange(len(starts)), np.diff(np.append(starts, len(s))))
    smax = np.maximum.reduceat(s, starts)
    e = np.exp(s - smax[gid])
    z_all = np.add.reduceat(e, starts)
    z_ok = np.add.reduceat(e * y, starts)
    p = e / z_all[gid]
    q = e * y / z_ok[gid]
    mean = np.add.reduceat(p[:, None] * x, starts)
    if gw is None:
        loss = float(-np.sum(np.log(z_ok) - np.log(z_all)) + 0.5 * l2 * w @ w)
        grad = x.T @ (p - q) + l2 * w
        hess = (x * p[:, None]).T @ x - mean.T @ mean + l2 * np.eye(x.shape[1])
        return loss, grad, hess
    loss = float(-np.sum(gw * (np.log(z_ok) - np.log(z_all))) + 0.5 * l2 * w @ w)
    rw = gw[gid]
    grad = x.T @ ((p - q) * rw) + l2 * w
    hess = (x * (p * rw)[:, None]).T @ x - mean.T @ (mean * gw[:, None]) \
        + l2 * np.eye(x.shape[1])
    return loss, grad, hess


def fit_ranker(groups: list[tuple[np.ndarray, np.ndarray]], l2: float = 1.0,
               iterations: int = 50, group_weights: list[float] | None = None) -> np.ndarray:
    """Weights of the conditional logit fitted on ``groups`` (each: features of its candidates
    ``(n, d)``, and which are correct ``(n,)`` bool); groups without a correct candidate or
    with one candidate carry no information and are skipped. Damped Newton steps with
    backtracking from zero weights: deterministic (no random start, no shuffling).

    ``group_weights`` (one per group, >= 0; None = all 1): how much each group's likelihood
    counts, e.g. below 1 for pieces of articles the rules were developed on by reading them
    (speaker ranker round 11), whose rules' routes are right more often than on unseen text."""
    if group_weights is not None and len(group_weights) != len(groups):
        raise ValueError(f"{len(group_weights)} group weights for {len(groups)} groups")
    keep = [i for i, (g, y) in enumerate(groups) if len(y) > 1 and y.any() and not y.all()]
    use = [groups[i] for i in keep]
    gw = None if group_weights is None else np.array([group_weights[i] for i in keep], float)
    d = len(FEATURES)
    w = np.zeros(d)
    if not use:
        return w
    x = np.vstack([g[0] for g in use]).astype(float)
    y = np.concatenate([g[1] for g in use]).astype(float)
    starts = np.cumsum([0] + [len(g[1]) for g in use[:-1]])
    loss, grad, hess = _objective(w, x, y, starts, l2, gw)
    for _ in range(iterations):
        step = np.linalg.solve(hess, grad)
        t = 1.0
        while t > 1e-6:
            w_new = w - t * step
            new = _objective(w_new, x, y, starts, l2, gw)
            if new[0] <= loss:
                break
            t *= 0.5
        else:
            break
        converged = loss - new[0] < 1e-9
        w, (loss, grad, hess) = w_new, new
        if converged:
            break
    return w
