"""Themes version 25: a learned PF scorer that article context cannot drive (issue 16).

The fitting script's coding list (v5-v15; v16, the round's test, never listed), the three ways
a model reads article context (:func:`context_view`: free, none, gated on an own cue), the gate
on own evidence applied to invented paragraphs, and the rule that chooses the committed
variant. Invented sentences and numbers only.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from fit_script import load_fit_script

from helpers.core.paths import ANNOTATIONS
from helpers.instruments.themes import load_codebook
from helpers.instruments.themes.learned import (
    CODEBOOK_FEATURES,
    CONTEXT_FEATURES,
    CONTEXT_MODES,
    LearnedModel,
    apply_classifier,
    context_view,
    fit_logistic,
    load_model,
)

PF = "party_factionalism"
REAL = ANNOTATIONS / "real_news"
BASE = (*CODEBOOK_FEATURES, *CONTEXT_FEATURES)


def _x(rows: list[dict[str, float]], vocabulary: tuple[str, ...] = ()) -> tuple:
    feats = (*BASE, *(f"w:{w}" for w in vocabulary))
    return np.array([[r.get(f, 0.0) for f in feats] for r in rows]), feats


def test_context_view_free_none_and_gated_on_an_own_cue() -> None:
    """free leaves the features; none zeroes the three context columns; gated zeroes them on a
    paragraph without an own cue (``cb:cue`` 0) and keeps them on one with a cue."""
    x, feats = _x([{"cb:cue": 1.0, "ctx:article_share": 0.8, "ctx:neighbours": 2.0,
                    "ctx:article_terms": 1.0, "len:log_words": 3.0},
                   {"cb:cue": 0.0, "ctx:article_share": 0.8, "ctx:neighbours": 2.0,
                    "ctx:article_terms": 1.0, "len:log_words": 3.0}])
    ctx = [feats.index(f) for f in CONTEXT_FEATURES]
    assert context_view(x, feats, "free") is x
    none = context_view(x, feats, "none")
    assert np.all(none[:, ctx] == 0) and none[0, feats.index("len:log_words")] == 3.0
    gated = context_view(x, feats, "gated")
    assert np.array_equal(gated[0], x[0]) and np.all(gated[1, ctx] == 0)
    assert np.array_equal(gated[1, :len(CODEBOOK_FEATURES)], x[1, :len(CODEBOOK_FEATURES)])
    assert x[1, feats.index("ctx:article_share")] == 0.8  # a copy: the input is untouched
    assert CONTEXT_MODES[:3] == ("free", "none", "gated")
    with pytest.raises(ValueError, match="context must be one of"):
        context_view(x, feats, "loose")
    with pytest.raises(ValueError, match="context must be one of"):
        LearnedModel(PF, feats, np.zeros(len(feats)), np.ones(len(feats)),
                     np.zeros(len(feats)), 0.0, 0.5, context="loose")


def test_a_model_fitted_without_context_has_no_context_weight() -> None:
    """Fitted on the ``none`` view, the context columns are constant and keep weight 0."""
    rng = np.random.RandomState(5)
    n = 300
    rows = [{"cb:cue": float(rng.rand() < 0.3), "ctx:article_share": rng.rand(),
             "ctx:neighbours": float(rng.randint(3)), "len:log_words": rng.rand() * 4}
            for _ in range(n)]
    x, feats = _x(rows)
    y = (x[:, feats.index("ctx:article_share")] > 0.5).astype(float)  # context is all it knows
    w, _ = fit_logistic(context_view(x, feats, "none"), y, lam=1.0)
    assert all(w[feats.index(f)] == 0.0 for f in CONTEXT_FEATURES)
    w_free, _ = fit_logistic(x, y, lam=1.0)
    assert w_free[feats.index("ctx:article_share")] > 1.0


def _two_articles() -> tuple[pd.DataFrame, dict[str, str]]:
    """Two invented articles of four body paragraphs. In ``hot.txt`` the codebook codes the
    first two (article share of each other paragraph 2/3); in ``cold.txt`` none. Paragraph 3
    of each carries one weak own cue (``weak:`` evidence); paragraph 4 none, only the word
    ``party``."""
    paragraphs = ["The faction of rebels turned on the leader at the meeting.",
                  "Rebel members said the leader had lost the faction's trust.",
                  "The wing met on Tuesday in a small hall near the station.",
                  "The party booked the hall for the evening and sold tickets."]
    texts, rows = {}, []
    for name, coded in (("hot.txt", (True, True, False, False)),
                        ("cold.txt", (False, False, False, False))):
        text, pos = "", 0
        for i, (para, c) in enumerate(zip(paragraphs, coded)):
            start = pos
            text += para + "\n\n"
            pos = len(text)
            evidence = ("term:faction@0-7" if c else
                        "weak:wing@4-8" if i == 2 else "")
            rows.append({"source": name, "article_id": name, "paragraph_index": i,
                         "start": start, "end": start + len(para),
                         "n_words": len(para.split()), f"{PF}_present": c,
                         f"{PF}_evidence": evidence, f"{PF}_negated": False})
        texts[name] = text
    return pd.DataFrame(rows), texts


def _context_model(context: str) -> LearnedModel:
    """Weights on an own cue (``cb:cue`` 1.2), the word ``party`` (1.2) and article share (4.0,
    training mean 0.3); bias -1; threshold and gate 0.5. Own p of a paragraph with a cue or
    with ``party``: sigmoid(0.2) = 0.55, above the gate; context lifts p above the threshold
    in ``hot.txt`` (share 2/3) and holds it below in ``cold.txt`` (share 0)."""
    feats = (*BASE, "w:party")
    weights = {"cb:cue": 1.2, "w:party": 1.2, "ctx:article_share": 4.0}
    mean = np.array([0.3 if f == "ctx:article_share" else 0.0 for f in feats])
    return LearnedModel(PF, feats, mean, np.ones(len(feats)),
                        np.array([weights.get(f, 0.0) for f in feats]), -1.0, 0.5,
                        own_threshold=0.5, context=context)


def test_the_gate_on_own_evidence_lets_context_lift_a_cue_never_code_a_paragraph_alone() -> None:
    """Free context (version 24's form) codes ``hot.txt``'s paragraph 4, which has no own cue
    of the theme (only the word ``party``) but sits in an article about the theme: what the
    issue forbids. Gated on an own cue, context still decides paragraph 3 (one weak cue:
    coded in ``hot.txt``, not in ``cold.txt``) but no longer codes paragraph 4."""
    table, texts = _two_articles()
    theme = load_codebook()[PF]
    coded = {}
    for mode in ("free", "gated"):
        out = apply_classifier(table, texts, theme, _context_model(mode))
        coded[mode] = {(r.source, r.paragraph_index) for r in out.itertuples()
                       if r.party_factionalism_present}
    codebook = {("hot.txt", 0), ("hot.txt", 1)}
    assert coded["free"] == codebook | {("hot.txt", 2), ("hot.txt", 3)}
    assert coded["gated"] == codebook | {("hot.txt", 2)}
    out = apply_classifier(table, texts, theme, _context_model("gated"))
    ev = out.set_index(["source", "paragraph_index"])[f"{PF}_evidence"]
    assert "classifier p=" in ev[("hot.txt", 2)] and "+ctx:article_share" in ev[("hot.txt", 2)]
    assert "classifier" not in ev[("hot.txt", 3)]


def test_the_context_mode_round_trips_through_the_model_file(tmp_path) -> None:
    """A gated model is written with ``context`` and read back; a version-24 file (no key)
    reads as free context."""
    import json

    path = tmp_path / "m.json"
    path.write_text(json.dumps(_context_model("gated").to_json()), encoding="utf-8")
    assert load_model(path).context == "gated"
    free = _context_model("free").to_json()
    assert "context" not in free
    path.write_text(json.dumps(free), encoding="utf-8")
    assert load_model(path).context == "free"


def test_variant_rule_never_commits_free_context_and_prefers_none_within_a_near_tie() -> None:
    fit = load_fit_script()

    def res(f1: float) -> dict:
        return {"cv_gated": {"combined": {"f1": f1}}}

    assert set(fit.VARIANTS) == {"free", "none", "gated"}
    assert fit.choose_variant({"free": res(0.9), "none": res(0.40), "gated": res(0.404)}) \
        == "none"
    assert fit.choose_variant({"free": res(0.9), "none": res(0.40), "gated": res(0.41)}) \
        == "gated"
    assert fit.choose_variant({"none": res(0.45), "gated": res(0.41)}) == "none"
    with pytest.raises(ValueError, match="must be fitted"):
        fit.choose_variant({"free": res(0.9), "none": res(0.4)})


def test_a_hyphenated_compound_with_a_name_in_it_is_a_name() -> None:
    """The open vocabulary excludes names; ``anti-X`` is written lower-case at its start, so
    the compound is tested by its parts (version 25: the first fit of this round took such a
    compound into the vocabulary)."""
    fit = load_fit_script()
    texts = {"a.txt": "Voters said the anti-Blenkinsop mood grew as Blenkinsop spoke, and "
                      "the anti-war rally went on while Blenkinsop waited."}
    names = fit.name_words(texts)
    assert "blenkinsop" in names
    assert fit.is_name("anti-blenkinsop", names) and fit.is_name("blenkinsop", names)
    assert not fit.is_name("anti-war", names) and not fit.is_name("front-runner", names)
    tokens = [{"anti-blenkinsop", "rebels"}, {"anti-blenkinsop", "rebels"}, {"rally"}]
    y = np.array([1.0, 1.0, 0.0])
    group = np.array(["a", "b", "c"])
    old = (fit.MIN_ARTICLES, fit.MIN_POSITIVE_ARTICLES)
    fit.MIN_ARTICLES, fit.MIN_POSITIVE_ARTICLES = 1, 1
    try:
        ranked = fit.rank_vocabulary(tokens, y, group, names)
    finally:
        fit.MIN_ARTICLES, fit.MIN_POSITIVE_ARTICLES = old
    assert "anti-blenkinsop" not in ranked and "rebels" in ranked
