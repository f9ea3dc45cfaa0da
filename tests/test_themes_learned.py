"""Themes versions 16-25: the learned party-factionalism scorer
(helpers.instruments.themes.learned) and its fitting script's gate choice.

Invented paragraphs and hand-built models: the logistic fit, the feature builder, the rule that
article context never codes a paragraph by itself, the evidence a reader sees, and the
committed model file (its features must be the ones the builder makes, its provenance must
carry the cross-validated figures).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from fit_script import load_fit_script

from helpers.core.corpus import load_corpus
from helpers.core.paths import PROJECT_ROOT
from helpers.instruments.themes import load_codebook, paragraph_themes
from helpers.instruments.themes.learned import (
    CODEBOOK_FEATURES,
    CONTEXT_FEATURES,
    DEFAULT_PF_MODEL,
    LearnedModel,
    apply_classifier,
    evidence_kinds,
    feature_matrix,
    fit_logistic,
    load_model,
    paragraph_themes_classified,
    paragraph_tokens,
    predict_proba,
    relation_words,
    word_features,
    word_is_name,
    word_present,
)

PF = "party_factionalism"
BASE = (*CODEBOOK_FEATURES, *CONTEXT_FEATURES)


def _model(weights: dict[str, float], vocabulary: tuple[str, ...] = (), bias: float = -2.0,
           threshold: float = 0.5, own_threshold: float | None = None) -> LearnedModel:
    """A model with unit standardisation (raw features used as they are) and given weights."""
    feats = (*BASE, *(f"w:{w}" for w in vocabulary))
    w = np.array([weights.get(f, 0.0) for f in feats])
    return LearnedModel(PF, feats, np.zeros(len(feats)), np.ones(len(feats)), w, bias,
                        threshold, own_threshold=own_threshold)


def _corpus(tmp_path: Path, paragraphs: list[str]):
    path = tmp_path / "article.txt"
    path.write_text("A title\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return load_corpus([path])


def test_fit_logistic_recovers_the_sign_and_order_of_known_weights() -> None:
    rng = np.random.RandomState(0)
    x = rng.normal(size=(600, 3))
    z = 2.0 * x[:, 0] - 1.0 * x[:, 1] + 0.0 * x[:, 2] + 0.5
    y = (rng.uniform(size=600) < 1 / (1 + np.exp(-z))).astype(float)
    w, b = fit_logistic(x, y, lam=1.0)
    assert w[0] > 1.4 and -1.4 < w[1] < -0.6 and abs(w[2]) < 0.3 and 0.2 < b < 0.8
    w2, b2 = fit_logistic(x, y, lam=1.0)
    assert np.array_equal(w, w2) and b == b2  # deterministic
    heavy, _ = fit_logistic(x, y, lam=1000.0)
    assert np.all(np.abs(heavy) < np.abs(w))  # the penalty shrinks every weight


def test_evidence_kinds_counts_each_kind_of_entry() -> None:
    ev = "weak:rebel@1-6; term:faction@10-17; weak:wing@20-24; article:leader@30-36"
    assert evidence_kinds(ev) == {"term": 1, "weak": 2, "pattern": 0, "article": 1, "rule": 0}
    assert evidence_kinds("") == dict.fromkeys(("term", "weak", "pattern", "article", "rule"), 0)


def test_tokens_stems_and_names() -> None:
    toks = paragraph_tokens("The party's Leaders refused; they weren't endorsing him.")
    assert {"party", "leaders", "refused", "endorsing", "weren't"} <= toks
    assert "party's" not in toks and "The" not in toks
    assert word_present(toks, "endors*") and word_present(toks, "refus*")
    assert not word_present(toks, "endorse") and not word_present(toks, "rival*")
    x = word_features([toks, {"rival"}], ["endors*", "rival*", "party"])
    assert x.tolist() == [[1.0, 0.0, 1.0], [0.0, 1.0, 0.0]]
    assert word_is_name(capitalised=5, lower=1) and not word_is_name(capitalised=1, lower=9)


def test_word_features_agree_with_word_present() -> None:
    """The fast column builder gives what :func:`word_present` says, entry by entry, for words,
    stems, a stem that is a whole token, a prefix inside a word (no match) and an empty
    paragraph."""
    tokens = [{"supporters", "party", "rules"}, {"support"}, {"unsupported"}, set(),
              {"endorse", "against"}]
    vocab = ["support*", "party", "rule", "endors*", "against", "unsup*"]
    expected = np.array([[float(word_present(t, e)) for e in vocab] for t in tokens])
    assert np.array_equal(word_features(tokens, vocab), expected)
    assert expected.sum() == 6  # the test is not vacuous ("unsupported" is no "support*")


def test_relation_words_are_lower_case_and_name_no_party() -> None:
    words = relation_words()
    assert len(words) > 50 and all(w == w.lower() for w in words)
    assert not {"republican*", "democrat*", "labour", "tory", "gop", "trump"} & set(words)


def test_feature_matrix_reads_codebook_signals_and_context(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, [
        "Labour MPs plotted against the leader in a bitter factional revolt, rebels said.",
        "The weather was fine and the trains ran on time across the whole country.",
        "The rebels met again on Tuesday and the leader's allies were against them."])
    book = load_codebook()
    table = paragraph_themes(corpus, book)
    x, names = feature_matrix(table, corpus.texts, book[PF], ["against", "weather"])
    col = {n: i for i, n in enumerate(names)}
    assert names[-2:] == ["w:against", "w:weather"]
    assert x[0, col["cb:present"]] == 1.0 and x[1, col["cb:present"]] == 0.0
    assert x[0, col["party:in_view"]] > 0 and x[1, col["party:in_view"]] == 0
    assert x[0, col["w:against"]] == 1 and x[1, col["w:weather"]] == 1
    # the middle paragraph's neighbours: the first is coded
    assert x[1, col["ctx:neighbours"]] >= 1 and x[1, col["ctx:article_share"]] > 0


def test_article_context_alone_never_codes_a_paragraph(tmp_path: Path) -> None:
    """A model that would code every paragraph of a factional article from its context
    features alone codes none the codebook left uncoded (the issue's rule)."""
    corpus = _corpus(tmp_path, [
        "Labour MPs plotted against the leader in a bitter factional revolt, rebels said.",
        "The weather was fine and the trains ran on time across the whole country.",
        "Tory rebels plotted a coup against the leader as the factional split deepened."])
    book = load_codebook()
    table = paragraph_themes(corpus, book)
    model = _model({"ctx:neighbours": 10.0, "ctx:article_share": 10.0})
    x, _ = feature_matrix(table, corpus.texts, book[PF], [])
    assert predict_proba(model, x)[1] > 0.99  # the context would decide it ...
    out = apply_classifier(table, corpus.texts, book[PF], model)
    assert not out.at[1, f"{PF}_present"]  # ... but it does not code it
    assert out[f"{PF}_present"].tolist() == table[f"{PF}_present"].tolist()


def test_classifier_codes_an_uncoded_paragraph_and_says_why(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, [
        "The senators said they would not stand against the budget this week in the chamber.",
        "The weather was fine and the trains ran on time across the whole country."])
    book = load_codebook()
    table = paragraph_themes(corpus, book)
    assert not table[f"{PF}_present"].any()
    model = _model({"w:against": 5.0}, vocabulary=("against",))
    out = apply_classifier(table, corpus.texts, book[PF], model)
    assert out[f"{PF}_present"].tolist() == [True, False]
    assert out.at[0, f"{PF}_evidence"].startswith("classifier p=0.95 [+against")
    assert out.at[1, f"{PF}_evidence"] == ""
    assert 0.9 < out.at[0, f"{PF}_classifier_p"] < 1 and out.at[1, f"{PF}_classifier_p"] < 0.2
    assert table.at[0, f"{PF}_evidence"] == ""  # the input table is not changed


def test_own_feature_gate_is_apart_from_the_threshold(tmp_path: Path) -> None:
    """Version 17: a paragraph whose own features give p = sigmoid(-2 + 3) = 0.731 is coded
    under a gate of 0.7 (and under no gate: the threshold 0.5) but not under a gate of 0.8,
    whatever the threshold says."""
    corpus = _corpus(tmp_path, [
        "The senators said they would not stand against the budget this week in the chamber."])
    book = load_codebook()
    table = paragraph_themes(corpus, book)
    assert not table[f"{PF}_present"].any()
    coded = {}
    for gate in (None, 0.7, 0.8):
        model = _model({"w:against": 3.0}, vocabulary=("against",), own_threshold=gate)
        assert model.gate == (0.5 if gate is None else gate)
        out = apply_classifier(table, corpus.texts, book[PF], model)
        coded[gate] = bool(out.at[0, f"{PF}_present"])
        assert out.at[0, f"{PF}_classifier_p"] == pytest.approx(1 / (1 + np.exp(-1)), abs=1e-4)
    assert coded == {None: True, 0.7: True, 0.8: False}


def test_one_party_word_probe_is_the_own_probability_of_a_bare_party_mention() -> None:
    """The probe: no cue, one party in view (log 2), the word ``party``, context and length at
    the mean (here 0): p = sigmoid(-2 + 1.5 log 2 + 0.5), computed by hand."""
    fit = load_fit_script()
    model = _model({"party:in_view": 1.5, "w:party": 0.5, "ctx:article_share": 9.0,
                    "cb:weak": 4.0}, vocabulary=("party", "against"))
    expected = 1 / (1 + np.exp(-(-2 + 1.5 * np.log(2) + 0.5)))
    assert fit.one_party_word_probe(model) == pytest.approx(expected)
    without = _model({"party:in_view": 1.5, "w:party": 0.5}, vocabulary=("against",))
    assert fit.one_party_word_probe(without) == pytest.approx(
        1 / (1 + np.exp(-(-2 + 1.5 * np.log(2)))))


def test_gate_choice_keeps_the_codebook_precision_and_stays_above_the_probe() -> None:
    """Ten invented paragraphs: the codebook codes two (one right: precision 0.5). The
    classifier's extra codes: at a gate of 0.5 two right and three wrong (precision 3/7 < 0.5,
    refused); at 0.6 and 0.7 two right and one wrong (3/5), the best F1 that keeps the
    precision: the stricter gate of the near-tie wins. A probe of 0.65 rules out gates at or
    below it."""
    fit = load_fit_script()
    y = np.array([1, 1, 1, 1, 0, 0, 0, 0, 1, 0], dtype=float)
    base = np.zeros((10, 1))
    base[[0, 4], 0] = 1.0
    p = np.array([0.1, 0.95, 0.9, 0.3, 0.1, 0.9, 0.9, 0.9, 0.1, 0.1])
    p_own = np.array([0.1, 0.95, 0.75, 0.3, 0.1, 0.55, 0.55, 0.75, 0.1, 0.1])
    data = {"y": y, "base": base}
    t, gate, rows = fit.choose_gate(data, p, p_own, probe=0.0)
    assert (t, gate) == (0.7, 0.7)
    chosen = next(r for r in rows if (r["threshold"], r["gate"]) == (t, gate))
    assert chosen["precision_combined"] == pytest.approx(0.6)
    assert chosen["tp_combined"] == 3 and chosen["fp_combined"] == 2
    refused = next(r for r in rows if (r["threshold"], r["gate"]) == (0.5, 0.5))
    assert refused["precision_combined"] == pytest.approx(3 / 7, abs=1e-4)
    _, gate, rows = fit.choose_gate(data, p, p_own, probe=0.65)
    assert gate > 0.65 and all(r["gate"] > 0.65 for r in rows)


def test_classifier_keeps_every_code_of_the_codebook(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, [
        "Labour MPs plotted against the leader in a bitter factional revolt, rebels said."])
    book = load_codebook()
    table = paragraph_themes(corpus, book)
    out = apply_classifier(table, corpus.texts, book[PF], _model({}, bias=-30.0))
    assert out[f"{PF}_present"].tolist() == table[f"{PF}_present"].tolist() == [True]
    assert out.at[0, f"{PF}_evidence"] == table.at[0, f"{PF}_evidence"]


def test_apply_refuses_another_theme_or_other_features(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, ["Some words about a party and its members this week."])
    book = load_codebook()
    table = paragraph_themes(corpus, book)
    with pytest.raises(ValueError, match="not 'special_relationship'"):
        apply_classifier(table, corpus.texts, book["special_relationship"], _model({}))
    bad = LearnedModel(PF, ("cb:present",), np.zeros(1), np.ones(1), np.ones(1), 0.0, 0.5)
    with pytest.raises(ValueError, match="refit"):
        apply_classifier(table, corpus.texts, book[PF], bad)


def test_model_file_round_trip_and_errors(tmp_path: Path) -> None:
    model = _model({"w:against": 1.5, "cb:weak": 0.25}, vocabulary=("against",))
    path = tmp_path / "m.json"
    path.write_text(json.dumps(model.to_json()), encoding="utf-8")
    back = load_model(path)
    assert back.features == model.features and np.allclose(back.weights, model.weights)
    assert back.vocabulary == ["against"] and back.threshold == 0.5
    assert back.own_threshold is None and back.gate == 0.5  # a version-16 file
    gated = _model({"w:against": 1.5}, vocabulary=("against",), own_threshold=0.8)
    path.write_text(json.dumps(gated.to_json()), encoding="utf-8")
    assert load_model(path).gate == 0.8 and load_model(path).threshold == 0.5
    path.write_text(json.dumps({"theme": PF}), encoding="utf-8")
    with pytest.raises(ValueError, match="not a learned theme model"):
        load_model(path)
    data = model.to_json()
    data["weights"] = data["weights"][:-1]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="differ in length"):
        load_model(path)


def test_committed_model_matches_the_builder_and_records_its_fit(tmp_path: Path) -> None:
    model = load_model(DEFAULT_PF_MODEL)
    assert model.theme == PF and model.features[:len(BASE)] == BASE
    assert all(f.startswith("w:") for f in model.features[len(BASE):])
    assert 0.5 <= model.threshold <= model.gate < 1
    fit = model.fit
    # version 28: v5-v18, v9/v10 and v11 with the adjudicated codes, v12-v18 coder A
    assert fit["paragraphs"] == 2160 and fit["factional"] == 702
    assert list(fit["data"]) == [f"v{n}" for n in range(5, 19)]  # v19, the test, is not
    assert fit["data"]["v18"].endswith("themes_polnear_train_v18.csv")
    assert sum(fit["coded_paragraphs_per_coding"].values()) == 2160
    assert sum(fit["factional_per_coding"].values()) == 702
    assert (fit["coded_paragraphs_per_coding"]["v16"], fit["factional_per_coding"]["v16"]) \
        == (150, 58)
    assert (fit["coded_paragraphs_per_coding"]["v17"], fit["factional_per_coding"]["v17"]) \
        == (150, 48)
    assert (fit["coded_paragraphs_per_coding"]["v18"], fit["factional_per_coding"]["v18"]) \
        == (150, 41)
    assert set(fit["first_contact_commits"]) == set(fit["data"])
    assert fit["first_contact_commits"]["v16"] == "f7a5d0d"  # the uncoded draws
    assert fit["first_contact_commits"]["v17"] == "dc16d7b"
    assert fit["first_contact_commits"]["v18"] == "b0bcb77"
    assert [Path(a).name for a in fit["adjudicated"]] == [
        "themes_polnear_train_v9_v10_adjudicated.csv", "themes_polnear_train_v11_adjudicated.csv"]
    assert "v19" not in json.dumps(fit)
    assert fit["codebook_features_from"] == "first contact"
    assert fit["scored_out_of_fold_on"] == "first contact"
    # fitted from a clean tree: the recorded commit is a commit, not a working state
    assert re.fullmatch(r"[0-9a-f]{40}", fit["commit"])
    # the committed configuration obeys the rule (never free context) and is the
    # rule's choice among the six (version 28: no gate, the codebook gate or the discussion gate)
    script = load_fit_script()
    assert set(fit["configurations"]) == set(script.CONFIGURATIONS)
    assert fit["configuration"] == script.choose_configuration(fit["configurations"])
    assert model.context == fit["context"] == script.CONFIGURATIONS[fit["configuration"]][0]
    gate = script.CONFIGURATIONS[fit["configuration"]][2]  # version 28: None, cue, discussion
    assert model.cue_gate == fit["cue_gate"] == (gate is not None)
    assert model.discussion_gate == fit["discussion_gate"] == (gate == "discussion")
    assert model.context in ("none", "lower")
    assert (model.context_model is not None) == (model.context == "lower")
    if "+stop" in fit["configuration"] and fit["vocabulary_pool"] == "open":
        assert fit["topic_stop_list"] == "data/lexicons/pf_topic_stop_words.txt"
        assert not set(model.vocabulary) & set(script.topic_stop_words())
    assert model.gate > fit["one_party_word_probe"] and fit["gate_candidates"]
    # the gate costs at most the tolerated precision against the codebook's, or (no candidate
    # does) is the most precise one
    floor = fit["cv_gated"]["codebook"]["precision"] - fit["precision_tolerance"]
    best = max(r["precision_combined"] for r in fit["gate_candidates"])
    assert (fit["cv_gated"]["combined"]["precision"] >= floor - 1e-9
            or fit["cv_gated"]["combined"]["precision"] >= best - 1e-4)
    cv = fit["cv"][str(model.threshold)]
    assert {"codebook", "classifier", "combined"} <= set(cv)
    assert fit["learning_curve"] and fit["top_weights"]
    corpus = _corpus(tmp_path, ["Labour MPs plotted against the leader in a revolt.",
                                "The weather was fine and the trains ran on time."])
    out = paragraph_themes_classified(corpus)
    assert f"{PF}_classifier_p" in out.columns and out[f"{PF}_present"].tolist()[0]
    assert pd.api.types.is_float_dtype(out[f"{PF}_classifier_p"])


def test_cli_option_applies_the_model_and_rejects_a_missing_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``themes --classifier`` adds the probability column; without it the table is as
    before; a missing model file is a user error (exit 2), not a traceback."""
    from io import StringIO

    from helpers.cli import main

    article = tmp_path / "a.txt"
    article.write_text("A title\n\nLabour MPs plotted against the leader in a revolt.\n",
                       encoding="utf-8")
    assert main(["themes", str(article)]) == 0
    plain = pd.read_csv(StringIO(capsys.readouterr().out))
    assert main(["themes", str(article), "--classifier"]) == 0
    clf = pd.read_csv(StringIO(capsys.readouterr().out))
    assert f"{PF}_classifier_p" in clf.columns and f"{PF}_classifier_p" not in plain.columns
    assert clf[f"{PF}_present"].tolist() == plain[f"{PF}_present"].tolist() == [True]
    assert main(["themes", str(article), "--classifier", str(tmp_path / "none.json")]) == 2
    assert "cannot read the classifier model" in capsys.readouterr().err


def test_readme_names_the_guards_that_kept_version_24_off_by_default() -> None:
    """The README's version-24 paragraph says why the learned scorer stays off by default. The
    guards it failed (docs/notes/themes.md, version 24, decision) were the British corpus
    (themes_v2 and v1 gold precision) and other_styles precision; held-out was identical
    (1.000 / 0.810 / 0.895 either way), so the paragraph must not cite the held-out criterion as
    a reason (review 7: it said "the issue's corpus and held-out criteria rule out")."""
    text = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("**The learned scorer refitted (themes version 24).**")
    paragraph = " ".join(text[start:text.index("\n\n", start)].split())
    reason = paragraph[paragraph.index("off by default"):]
    ruled_out_by = reason[:reason.index("rule out")]
    ruled_out_by = ruled_out_by[ruled_out_by.rindex("which"):]
    assert "held-out" not in ruled_out_by and "other-styles" in ruled_out_by, ruled_out_by
    assert "held-out figures are unchanged" in reason, reason
