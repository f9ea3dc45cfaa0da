"""Training data, grouped cross-validation and offline scoring of the learned speaker chooser
(:mod:`helpers.instruments.quotes.ranker`; issue 13) on PolNeAR.

Why here and not in the instrument: the labels come from the scorer's own speaker-match rule
(:func:`helpers.evaluate.polnear.speaker_ok`, referent gold where the coders agree), so the
model learns exactly what the reported figure counts. Inference needs none of this.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from helpers.core.corpus import segment_text
from helpers.evaluate.metrics import match_spans
from helpers.evaluate.polnear import PolnearSplit, prepare_quotes, speaker_ok
from helpers.evaluate.real_news_summary import SUBSAMPLES
from helpers.instruments.quotes import extract_quotes
from helpers.instruments.quotes.ranker import SpeakerRanker, fit_ranker
from helpers.instruments.quotes.ranker_candidates import article_candidates
from helpers.instruments.quotes.ranker_features import Candidate

Key = tuple[str, int, int]  # (source, start, end) of a predicted row


@dataclass
class Item:
    """One matched (gold piece with a Source, predicted speech row) pair: the row's candidates
    (features ``X``; ``y`` = the scorer accepts that candidate's speaker) and whether the
    rules' own row is right (``rule_ok``, the pipeline's final speaker)."""

    source: str
    key: Key
    X: np.ndarray
    y: np.ndarray
    rule_ok: bool
    non_pronoun: bool


def collect(split: PolnearSplit, sources: Sequence[str] | None = None,
            progress: Callable[[int], None] | None = None
            ) -> tuple[pd.DataFrame, dict[Key, list[Candidate]]]:
    """The rules' predictions on ``split`` (as ``predict_quotes``) and the candidates of every
    top-level speech row, keyed by (source, start, end)."""
    frames, cands = [], {}
    for i, source in enumerate(sources if sources is not None else sorted(split.texts)):
        def grab(rows: list, para_spans: list, art, source: str = source) -> None:
            for r, cs in article_candidates(rows, para_spans, art):
                cands[(source, r.span.start, r.span.end)] = cs
        corpus = segment_text(split.texts[source], source=source,
                              date=split.dates.get(source) or None)
        frames.append(extract_quotes(corpus, ranker=grab).assign(source=source))
        if progress is not None:
            progress(i + 1)
    pred = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    return pred, cands


def label(split: PolnearSplit, pred: pd.DataFrame, cands: dict[Key, list[Candidate]]
          ) -> list[Item]:
    """One :class:`Item` per matched pair with a Source whose row has candidates."""
    g, p = prepare_quotes(split.gold, pred)
    items = []
    for gi, pi in match_spans(g, p, overlap=True):
        grow = g.loc[gi]
        if not str(grow["speaker"]).strip():
            continue
        src = str(p.at[pi, "source"])
        key = (src, int(p.at[pi, "start"]), int(p.at[pi, "end"]))
        text = split.texts.get(src, "")
        rule_ok = speaker_ok(p.at[pi, "speaker"], grow, None, text)
        cs = cands.get(key)
        if not cs:
            continue
        # the rules' candidate is judged on the pipeline's final speaker (after the filter
        # of non-speakers), the others on their own speaker
        y = np.array([rule_ok if c.is_rule else speaker_ok(c.speaker, grow, None, text)
                      for c in cs], dtype=bool)
        items.append(Item(src, key, np.array([c.features for c in cs], dtype=float), y,
                          bool(rule_ok), not bool(grow["speaker_is_pronoun"])))
    return items


def fold_of(sources: Sequence[str], k: int = 4) -> dict[str, int]:
    """Fold of each article: its position in the sorted list modulo ``k``, so that train
    subsample A (``sorted(train)[0::4][:200]``) lies in fold 0, B in fold 1, C in fold 2."""
    return {s: i % k for i, s in enumerate(sorted(sources))}


def accuracy(items: list[Item], ranker: SpeakerRanker | None) -> float:
    """Share of items whose chosen candidate is right (the rules' choice when ``ranker`` is
    None)."""
    if not items:
        return 0.0
    ok = 0
    for it in items:
        if ranker is None:
            ok += it.rule_ok
            continue
        s = it.X @ np.asarray(ranker.weights)
        best = int(np.argmax(s))
        i = best if best != 0 and s[best] - s[0] > ranker.margin else 0
        ok += bool(it.y[i])
    return ok / len(items)


def cross_validate(items: list[Item], folds: dict[str, int], l2: float, margins: Sequence[float]
                   ) -> dict[float, list[float]]:
    """Per margin, the accuracy on each fold of a model fitted on the other folds."""
    out: dict[float, list[float]] = {m: [] for m in margins}
    for k in sorted(set(folds.values())):
        train = [(it.X, it.y) for it in items if folds[it.source] != k]
        test = [it for it in items if folds[it.source] == k]
        w = fit_ranker(train, l2=l2)
        for m in margins:
            out[m].append(accuracy(test, SpeakerRanker(tuple(w), m)))
    return out


def cv_correct(items: list[Item], folds: dict[str, int], l2: float, margins: Sequence[float],
               group_weights: Sequence[float] | None = None) -> dict[float, np.ndarray]:
    """Per margin, whether each item (in ``items``' order) is right when chosen by the model
    fitted on the folds that do not hold its article: the per-piece form of
    :func:`cross_validate`, for paired comparisons of grid points and repeated fold
    assignments (speaker ranker round 11). ``group_weights``: one per item, passed to
    :func:`fit_ranker` for the training items."""
    out = {m: np.zeros(len(items), dtype=bool) for m in margins}
    fid = np.array([folds[it.source] for it in items])
    for k in sorted(set(folds.values())):
        train = [i for i in range(len(items)) if fid[i] != k]
        w = fit_ranker([(items[i].X, items[i].y) for i in train], l2=l2,
                       group_weights=None if group_weights is None else
                       [group_weights[i] for i in train])
        for i in np.where(fid == k)[0]:
            s = items[i].X @ w
            best = int(np.argmax(s))
            for m in margins:
                j = best if best != 0 and s[best] - s[0] > m else 0
                out[m][i] = bool(items[i].y[j])
    return out


def read_articles(sources: Sequence[str], letters: Sequence[str] = ("A", "B")) -> set[str]:
    """The train articles of the development subsamples the rules rounds read (A and B:
    ``sorted(train)[k::4][:200]``); their rules' routes are right more often than on unread
    text (session 26: rules 0.953 on A+B against 0.907 on C+D)."""
    ordered = sorted(sources)
    return {s for letter in letters for s in ordered[SUBSAMPLES[letter]::4][:200]}


def apply_offline(pred: pd.DataFrame, cands: dict[Key, list[Candidate]],
                  ranker: SpeakerRanker) -> pd.DataFrame:
    """``pred`` with each row's speaker re-chosen by ``ranker`` from the collected candidates,
    as the pipeline would write it (``attribution`` ``ranked`` where it changed)."""
    out = pred.copy()
    for i, (src, start, end) in enumerate(zip(out["source"], out["start"], out["end"])):
        cs = cands.get((str(src), int(start), int(end)))
        if not cs:
            continue
        c = cs[ranker.choose(cs)]
        if not c.is_rule:
            out.iat[i, out.columns.get_loc("speaker")] = c.speaker
            out.iat[i, out.columns.get_loc("attribution")] = "ranked"
    return out
