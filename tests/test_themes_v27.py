"""Themes version 27: the learned PF scorer refitted on v5-v17, a broader topic stop list, and
the codebook gate (the scorer may code only a paragraph with an own codebook cue; issue 16).

Invented paragraphs and invented features only; the committed codings are read for their file
names, never their text.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
from fit_script import load_fit_script

from helpers.core.lexicons import load_words
from helpers.core.paths import ANNOTATIONS
from helpers.instruments.themes import load_codebook
from helpers.instruments.themes.learned import (
    CODEBOOK_FEATURES,
    CONTEXT_FEATURES,
    LearnedModel,
    apply_classifier,
    feature_matrix,
    load_model,
    own_cue,
    word_present,
)

PF = "party_factionalism"
REAL = ANNOTATIONS / "real_news"
BASE = (*CODEBOOK_FEATURES, *CONTEXT_FEATURES)


# themes version 28: the fit reads v5-v18 (v18 is training data from then on), so the test that
# it read v5-v17 and never v18 is replaced by tests/test_themes_v28.py (v5-v18, never v19).


def _model(weights: dict[str, float], bias: float, cue_gate: bool) -> LearnedModel:
    """A no-context model over the base features and the words ``party`` and ``members`` with
    unit standardisation: the words alone carry it past 0.5."""
    feats = (*BASE, "w:party", "w:members")
    return LearnedModel(PF, feats, np.zeros(len(feats)), np.ones(len(feats)),
                        np.array([weights.get(f, 0.0) for f in feats]), bias, 0.5,
                        own_threshold=0.5, context="none", cue_gate=cue_gate)


def _article() -> tuple[pd.DataFrame, dict[str, str]]:
    """One invented article of four body paragraphs, none coded by the codebook: (1) one weak
    own cue; (2) an ``article:`` entry only (what the rest of the article says); (3) the
    words ``party`` and ``members`` and no evidence; (4) one own term the codebook did not
    code on (a cue, however the codebook weighed it)."""
    paragraphs = ["The wing of the party met its members on Tuesday in a small hall.",
                  "The party members sang in the hall; the article is about the party.",
                  "Party members booked the hall for the evening and sold tickets.",
                  "The party members spoke of a rift, but only about the weather."]
    evidence = ["weak:wing@4-8", "article:faction", "", "term:rift@37-41"]
    text, rows = "", []
    for i, (para, ev) in enumerate(zip(paragraphs, evidence)):
        start = len(text)
        text += para + "\n\n"
        rows.append({"source": "a.txt", "article_id": "a.txt", "paragraph_index": i,
                     "start": start, "end": start + len(para), "n_words": len(para.split()),
                     f"{PF}_present": False, f"{PF}_evidence": ev, f"{PF}_negated": False})
    return pd.DataFrame(rows), {"a.txt": text}


def test_the_gate_reads_the_paragraphs_own_codebook_cues_not_the_article() -> None:
    """``own_cue`` is true for a weak cue or a term found in the paragraph, false for an
    ``article:`` entry alone and for no evidence (the ``cb:cue`` feature)."""
    table, texts = _article()
    x, names = feature_matrix(table, texts, load_codebook()[PF], ["party", "members"])
    assert own_cue(x, names).tolist() == [True, False, False, True]


def test_a_paragraph_without_an_own_cue_is_never_coded_by_a_gated_scorer() -> None:
    """On the invented article every paragraph has ``party`` and ``members`` (p far above the
    threshold): without the gate the scorer codes all four; with it, only the two with an own
    cue, whatever the words or the article evidence; a second check over random invented
    feature rows: no row without ``cb:cue`` is ever added."""
    table, texts = _article()
    theme = load_codebook()[PF]
    weights = {"w:party": 3.0, "w:members": 3.0}
    free = apply_classifier(table, texts, theme, _model(weights, 0.0, cue_gate=False))
    gated = apply_classifier(table, texts, theme, _model(weights, 0.0, cue_gate=True))
    assert free[f"{PF}_present"].tolist() == [True] * 4
    assert gated[f"{PF}_present"].tolist() == [True, False, False, True]
    assert np.array_equal(free[f"{PF}_classifier_p"], gated[f"{PF}_classifier_p"])
    assert "classifier" not in "".join(gated[f"{PF}_evidence"].iloc[1:3])
    # random invented articles: the gated scorer adds only paragraphs with an own cue
    rng = np.random.RandomState(27)
    kinds = ["", "weak:wing@0-4", "article:rift", "term:rift@0-4", "pattern:x@0-1",
             "rule:y@0-1", "article:split; article:rift"]
    rows, text = [], ""
    for i in range(120):
        para = "The party members met." if rng.rand() < 0.8 else "A quiet day."
        start = len(text)
        text += para + "\n\n"
        rows.append({"source": "r.txt", "article_id": f"r{i // 6}", "paragraph_index": i % 6,
                     "start": start, "end": start + len(para), "n_words": len(para.split()),
                     f"{PF}_present": False, f"{PF}_evidence": kinds[rng.randint(len(kinds))],
                     f"{PF}_negated": False})
    rand = pd.DataFrame(rows)
    out = apply_classifier(rand, {"r.txt": text}, theme, _model(weights, 0.0, cue_gate=True))
    cue = rand[f"{PF}_evidence"].str.contains(r"(?:^|; )(?:term|weak|pattern|rule):")
    assert not (out[f"{PF}_present"] & ~cue).any()
    assert (out[f"{PF}_present"] & cue).any()


def test_cue_gate_round_trips_through_the_model_file(tmp_path: Path) -> None:
    """The gate is written as ``cue_gate: true`` and read back; a file without it (versions
    16-26) reads as no gate."""
    model = _model({"w:party": 1.0}, 0.0, cue_gate=True)
    path = tmp_path / "m.json"
    path.write_text(json.dumps(model.to_json()), encoding="utf-8")
    assert load_model(path).cue_gate is True
    plain = _model({"w:party": 1.0}, 0.0, cue_gate=False).to_json()
    assert "cue_gate" not in plain
    path.write_text(json.dumps(plain), encoding="utf-8")
    assert load_model(path).cue_gate is False


def test_the_fit_scores_a_gated_configuration_on_cue_paragraphs_only() -> None:
    """``scores(..., cue_gate=True)`` counts the classifier's additions only where ``cb:cue``
    is set (invented features); ``gate_held_back`` counts what the gate kept back."""
    fit = load_fit_script()
    base = np.zeros((6, len(BASE)))
    base[:, BASE.index("cb:cue")] = [1, 1, 0, 0, 0, 1]
    base[:, BASE.index("cb:present")] = [0, 0, 0, 0, 0, 1]
    data = {"base": base, "eval_base": base, "y": np.array([1.0, 0, 1, 0, 0, 1])}
    p = np.array([0.9, 0.9, 0.9, 0.9, 0.1, 0.1])
    plain = fit.scores(data, p, p, 0.5)["combined"]
    gated = fit.scores(data, p, p, 0.5, cue_gate=True)["combined"]
    assert (plain["tp"], plain["fp"]) == (3, 2)
    assert (gated["tp"], gated["fp"]) == (2, 1)
    assert fit.gate_held_back(data, p, p, 0.5, 0.5) == {"right": 1, "wrong": 1}


# themes version 28: the configurations gained the discussion gate and the tie order puts it
# first, so version 27's configuration-rule test is replaced by tests/test_themes_v28.py.


def test_the_broadened_stop_list_covers_british_and_older_topics() -> None:
    """Version 27's categories: British and older policy objects (health service, Europe,
    industry, schools), scandals' objects in general words; v26's words kept; no word repeated
    from ``topic_words.txt``; no relation word (``health`` would hit ``heal*``)."""
    words = set(load_words("pf_topic_stop_words.txt"))
    assert len(words) >= 150
    assert {"nhs", "brexit", "referendum", "eurozone", "miners", "nationalisation",
            "expenses", "leaks", "donations", "tapes", "bribery", "tuition"} <= words
    assert {"gun", "fracking", "abortion", "email", "server", "obamacare"} <= words
    topic = set(load_words("topic_words.txt"))
    assert not words & topic
    relation = load_words("pf_relation_words.txt")
    assert not [w for w in words if any(word_present({w}, e) for e in relation)]
    assert "health" not in words and "donors" not in words and "war" not in words


def test_first_contact_tables_are_read_back_from_the_cache(tmp_path: Path) -> None:
    """With ``TABLE_CACHE`` set a table already kept for the same commit and sources is read
    back (no export, no subprocess), its flags as booleans."""
    import hashlib

    fit = load_fit_script()
    fit.TABLE_CACHE = tmp_path
    digest = hashlib.sha256("\n".join(["abc1234", "x.txt"]).encode()).hexdigest()[:16]
    pd.DataFrame({"source": ["x.txt"], f"{PF}_present": ["True"],
                  f"{PF}_negated": ["False"]}).to_csv(tmp_path / f"abc1234-{digest}.csv",
                                                        index=False)
    table = fit.first_contact_table("abc1234", ["x.txt"], tmp_path / "nowhere")
    assert table[f"{PF}_present"].tolist() == [True]
    assert table[f"{PF}_negated"].tolist() == [False]
