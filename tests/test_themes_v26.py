"""Themes version 26: the learned PF scorer refitted on v5-v16, article context that may only
lower a paragraph's probability, and a topic stop list of the open vocabulary (issue 16).

Invented paragraphs and invented features only; the committed codings are read for their file
names, never their text.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from fit_script import load_fit_script

from helpers.core.lexicons import load_words
from helpers.core.paths import ANNOTATIONS
from helpers.instruments.themes import load_codebook
from helpers.instruments.themes.learned import (
    CODEBOOK_FEATURES,
    CONTEXT_FEATURES,
    CONTEXT_MODES,
    LearnedModel,
    apply_classifier,
    context_view,
    load_model,
    predict_proba,
)

PF = "party_factionalism"
REAL = ANNOTATIONS / "real_news"
BASE = (*CODEBOOK_FEATURES, *CONTEXT_FEATURES)


# themes version 27: the fit reads v5-v17 now (v17 is training data); the coding-list test
# is tests/test_themes_v27.py::test_the_fit_reads_v5_to_v17_and_never_v18.


def _model(context: str, weights: dict[str, float], bias: float,
           context_model: LearnedModel | None = None) -> LearnedModel:
    """A model over the base features and the word ``party`` with unit standardisation."""
    feats = (*BASE, "w:party")
    return LearnedModel(PF, feats, np.zeros(len(feats)), np.ones(len(feats)),
                        np.array([weights.get(f, 0.0) for f in feats]), bias, 0.5,
                        own_threshold=0.5, context=context, context_model=context_model)


def _lower() -> tuple[LearnedModel, LearnedModel, LearnedModel]:
    """(own, context, lower): the own model reads a cue and the word ``party``; the context
    model also reads the article share, strongly (it would lift a paragraph in an article the
    codebook codes, and hold one back in an article it does not)."""
    own = _model("none", {"cb:cue": 1.2, "w:party": 1.2}, -1.0)
    ctx = _model("free", {"cb:cue": 1.0, "w:party": 1.0, "ctx:article_share": 4.0,
                          "ctx:neighbours": 1.5}, -2.5)
    return own, ctx, _model("lower", {"cb:cue": 1.2, "w:party": 1.2}, -1.0, ctx)


def test_context_never_raises_the_probability_of_a_lower_model() -> None:
    """Whatever the context features (random values on invented paragraphs), the probability
    of a ``lower`` model is at most its own probability (the no-context model's), equals it
    where the context model is more confident, and is lowered where it is less."""
    own, ctx, lower = _lower()
    rng = np.random.RandomState(26)
    n = 400
    x = np.zeros((n, len(lower.features)))
    col = {f: i for i, f in enumerate(lower.features)}
    x[:, col["cb:cue"]] = rng.rand(n) < 0.5
    x[:, col["w:party"]] = rng.rand(n) < 0.5
    x[:, col["len:log_words"]] = rng.rand(n) * 4
    p_own = predict_proba(own, x)
    assert np.allclose(predict_proba(lower, x, drop_context=True), p_own)
    for _ in range(5):  # any context: never above the own probability
        x[:, col["ctx:article_share"]] = rng.rand(n)
        x[:, col["ctx:neighbours"]] = rng.randint(0, 3, n)
        x[:, col["ctx:article_terms"]] = rng.randint(0, 4, n)
        p = predict_proba(lower, x)
        assert np.all(p <= p_own + 1e-12)
        assert np.allclose(p, np.minimum(p_own, predict_proba(ctx, x)))
    # a fully 'hot' context lifts the free model above the own p; the lower model stays at it
    x[:, col["ctx:article_share"]] = 1.0
    x[:, col["ctx:neighbours"]] = 2.0
    assert np.any(predict_proba(ctx, x) > p_own)
    assert np.allclose(predict_proba(lower, x), p_own)
    # a 'cold' context lowers it
    x[:, col["ctx:article_share"]] = 0.0
    x[:, col["ctx:neighbours"]] = 0.0
    assert np.all(predict_proba(lower, x) < p_own)


def _articles() -> tuple:
    """Two invented articles of three body paragraphs: in ``hot.txt`` the codebook codes the
    first (article share of the others 1/2); in ``cold.txt`` none. Paragraph 2 of each has one
    weak own cue; paragraph 3 only the word ``party``."""
    import pandas as pd

    paragraphs = ["The faction of rebels turned on the leader at the meeting.",
                  "The wing met on Tuesday in a small hall near the station.",
                  "The party booked the hall for the evening and sold tickets."]
    texts, rows = {}, []
    for name, coded in (("hot.txt", (True, False, False)), ("cold.txt", (False,) * 3)):
        text = ""
        for i, (para, c) in enumerate(zip(paragraphs, coded)):
            start = len(text)
            text += para + "\n\n"
            rows.append({"source": name, "article_id": name, "paragraph_index": i,
                         "start": start, "end": start + len(para),
                         "n_words": len(para.split()), f"{PF}_present": c,
                         f"{PF}_evidence": ("term:faction@0-7" if c else
                                            "weak:wing@4-8" if i == 1 else ""),
                         f"{PF}_negated": False})
        texts[name] = text
    return pd.DataFrame(rows), texts


def test_a_lower_model_codes_on_own_evidence_and_context_only_holds_back() -> None:
    """On invented articles: the own model codes paragraphs 2 and 3 of both articles on their
    own words (one weak cue; the word ``party``); the free model's p reaches the threshold only
    for ``hot.txt``'s (context); the lower model codes what both allow: the 'cold' article's
    paragraphs are held back by context, the 'hot' ones are not lifted past the own p."""
    table, texts = _articles()
    theme = load_codebook()[PF]
    own, ctx, lower = _lower()
    coded, probs = {}, {}
    for name, model in (("own", own), ("free", ctx), ("lower", lower)):
        out = apply_classifier(table, texts, theme, model)
        coded[name] = {(r.source, r.paragraph_index) for r in out.itertuples()
                       if r.party_factionalism_present}
        probs[name] = out[f"{PF}_classifier_p"].to_numpy()
    codebook = {("hot.txt", 0)}
    assert coded["own"] == codebook | {(a, i) for a in ("hot.txt", "cold.txt") for i in (1, 2)}
    hot = (table["source"] == "hot.txt").to_numpy()
    assert np.all((probs["free"] >= 0.5)[1:3]) and np.all(probs["free"][~hot] < 0.5)
    assert coded["lower"] == codebook | {("hot.txt", 1), ("hot.txt", 2)}
    assert np.all(probs["lower"] <= probs["own"] + 1e-4)


def test_a_lower_model_needs_a_free_context_model_and_round_trips(tmp_path: Path) -> None:
    """``lower`` goes with a context model and only with it; the context model is a free model
    of the same features; the pair is written to and read from one model file."""
    own, ctx, lower = _lower()
    assert "lower" in CONTEXT_MODES and CONTEXT_MODES[:3] == ("free", "none", "gated")
    with pytest.raises(ValueError, match="context model goes with"):
        _model("lower", {}, 0.0)
    with pytest.raises(ValueError, match="context model goes with"):
        _model("none", {}, 0.0, ctx)
    with pytest.raises(ValueError, match="must be a 'free' model"):
        _model("lower", {}, 0.0, own)
    x = np.ones((2, len(lower.features)))
    assert np.all(context_view(x, lower.features, "lower")[:, [
        lower.features.index(f) for f in CONTEXT_FEATURES]] == 0)
    path = tmp_path / "m.json"
    path.write_text(json.dumps(lower.to_json()), encoding="utf-8")
    back = load_model(path)
    assert back.context == "lower" and back.context_model is not None
    assert back.context_model.context == "free"
    rng = np.random.RandomState(3)
    xs = rng.rand(20, len(lower.features))
    assert np.allclose(predict_proba(back, xs), predict_proba(lower, xs))
    assert "context_model" not in own.to_json()


def _tiny_data(n: int = 240, seed: int = 7) -> dict:
    """Invented coded paragraphs: the label follows an own cue and the word ``split``; the
    article share is higher in articles with more coded paragraphs."""
    rng = np.random.RandomState(seed)
    group = np.array([f"a{i // 6}.txt" for i in range(n)])
    base = np.zeros((n, len(BASE)))
    cue = rng.rand(n) < 0.4
    base[:, BASE.index("cb:cue")] = cue
    base[:, BASE.index("cb:present")] = cue & (rng.rand(n) < 0.5)
    base[:, BASE.index("len:log_words")] = 3 + rng.rand(n)
    words = ["split", "rally", "weather", "gun"]
    tokens = [{w for w in words if rng.rand() < 0.3} for _ in range(n)]
    y = np.array([float((c and rng.rand() < 0.8) or ("split" in t and rng.rand() < 0.6))
                  for c, t in zip(cue, tokens)])
    for g in set(group):
        rows = group == g
        base[rows, BASE.index("ctx:article_share")] = y[rows].mean()
    return {"base": base, "eval_base": base, "tokens": tokens, "y": y, "group": group}


def test_the_fit_composes_lower_from_the_no_context_and_free_models() -> None:
    """A fitted ``lower`` model is the ``none`` model of the same rows, vocabulary and penalty
    with the ``free`` one as its context model; out of fold, ``p = min(p_none, p_free)`` and
    the own probability is ``p_none`` (a tiny invented fit)."""
    fit = load_fit_script()
    old = (fit.MIN_ARTICLES, fit.MIN_POSITIVE_ARTICLES)
    fit.MIN_ARTICLES, fit.MIN_POSITIVE_ARTICLES = 1, 1
    try:
        data = _tiny_data()
        idx = np.arange(len(data["y"]))
        lower = fit.fit_model(data, idx, 2, 10.0, set(), context="lower")
        none = fit.fit_model(data, idx, 2, 10.0, set(), context="none")
        free = fit.fit_model(data, idx, 2, 10.0, set(), context="free")
        assert lower.context == "lower" and np.array_equal(lower.weights, none.weights)
        assert np.array_equal(lower.context_model.weights, free.weights)
        assert all(lower.weights[lower.features.index(f)] == 0 for f in CONTEXT_FEATURES)
        p, p_own = fit.out_of_fold(data, 2, 10.0, set(), context="lower")
        p_none, _ = fit.out_of_fold(data, 2, 10.0, set(), context="none")
        p_free, _ = fit.out_of_fold(data, 2, 10.0, set(), context="free")
        assert np.array_equal(p, np.minimum(p_none, p_free)) and np.array_equal(p_own, p_none)
        assert np.all(p <= p_own)
    finally:
        fit.MIN_ARTICLES, fit.MIN_POSITIVE_ARTICLES = old


def test_the_topic_stop_list_is_general_language_and_keeps_topic_words_out() -> None:
    """The stop list: lower-case single words, no duplicates, none a relation word of the
    theme's lexicon; with it the open vocabulary leaves out a listed topic word (``gun``) that
    it takes without it; the lexicon pool is not changed by it."""
    fit = load_fit_script()
    words = load_words("pf_topic_stop_words.txt")
    assert len(words) == len(set(words)) >= 50
    assert all(w == w.lower() and " " not in w and not w.endswith("*") for w in words)
    assert {"gun", "fracking", "abortion", "immigration"} - set(words) == {"immigration"}
    relation = load_words("pf_relation_words.txt")
    from helpers.instruments.themes.learned import word_present
    assert not [w for w in words if any(word_present({w}, e) for e in relation)]
    assert fit.topic_stop_words() == set(words)
    tokens = [{"gun", "rebels"}, {"gun", "rebels"}, {"gun"}, {"weather"}, {"weather"}]
    y = np.array([1.0, 1.0, 1.0, 0.0, 0.0])
    group = np.array(["a", "b", "c", "d", "e"])
    old = (fit.MIN_ARTICLES, fit.MIN_POSITIVE_ARTICLES)
    fit.MIN_ARTICLES, fit.MIN_POSITIVE_ARTICLES = 1, 1
    try:
        assert "gun" in fit.rank_vocabulary(tokens, y, group, set())
        assert "gun" not in fit.rank_vocabulary(tokens, y, group, set(), stop=True)
        assert "rebels" in fit.rank_vocabulary(tokens, y, group, set(), stop=True)
        pool = ("gun", "rebel*")
        assert fit.rank_vocabulary(tokens, y, group, set(), pool, stop=True) == \
            fit.rank_vocabulary(tokens, y, group, set(), pool)
    finally:
        fit.MIN_ARTICLES, fit.MIN_POSITIVE_ARTICLES = old


# themes version 27: the configurations and their tie order changed (a codebook gate, the
# stop list on all); the rule's test is
# tests/test_themes_v27.py::test_configuration_rule_prefers_the_gate_on_near_ties.
