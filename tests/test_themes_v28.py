"""Themes version 28: the learned PF scorer refitted on v5-v18, and the discussion gate (a
faction's, wing's, caucus's or party's name alone never lets the scorer code a paragraph;
issue 16).

Invented paragraphs, invented names and invented features only; the committed codings are read
for their file names, never their text.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from fit_script import load_fit_script

from helpers.core.corpus import load_corpus
from helpers.core.lexicons import load_words
from helpers.core.paths import ANNOTATIONS, PROJECT_ROOT
from helpers.instruments.themes import load_codebook, paragraph_themes
from helpers.instruments.themes.learned import (
    CODEBOOK_FEATURES,
    CONTEXT_FEATURES,
    LearnedModel,
    apply_classifier,
    discussion_cue,
    discussion_cues,
    load_model,
)

PF = "party_factionalism"
REAL = ANNOTATIONS / "real_news"
BASE = (*CODEBOOK_FEATURES, *CONTEXT_FEATURES)


def _cue(text: str, phrase: str, kind: str = "weak") -> str:
    """The evidence entry of ``phrase`` (its first occurrence) in ``text``."""
    i = text.index(phrase)
    return f"{kind}:{phrase}@{i}-{i + len(phrase)}"


def test_the_fit_reads_v5_to_v18_and_never_v19() -> None:
    """The development codings are v5-v18 (v18 coder A's file); v19 (version 28's test, being
    coded elsewhere) is in no list the script reads: not a coding, not an adjudication."""
    fit = load_fit_script()
    assert list(fit.CODINGS) == [f"v{n}" for n in range(5, 19)]
    assert all(p.is_file() for p in fit.CODINGS.values())
    assert len(set(fit.CODINGS.values())) == 14
    assert fit.CODINGS["v18"].name == "themes_polnear_train_v18.csv"  # coder A, not coder B
    read = [*fit.CODINGS.values(), *fit.ADJUDICATED]
    assert not any("v19" in str(p.relative_to(PROJECT_ROOT)) for p in read)
    assert (REAL / "themes_polnear_train_v19.csv") not in read


def test_a_name_alone_is_no_discussion_cue() -> None:
    """A term or weak cue that is only a name (a faction or party of the codebook's context
    list, a wing, a proper name, a follower label) does not count; a cue of a relation does,
    and a pattern or rule always does; an ``article:`` entry never does."""
    theme = load_codebook()[PF]
    names = [("Yesterday Momentum volunteers met Ms Varro.", "Momentum"),
             ("Momentum volunteers met Ms Varro.", "Momentum"),  # sentence start: context word
             ("Ms Varro of the soft left spoke.", "soft left"),
             ("The centrist MPs met Ms Varro.", "centrist"),
             ("They met the Parliamentary Labour Party on Friday.", "Parliamentary Labour Party"),
             ("Ms Varro joined the Quellinites last year.", "Quellinites"),
             ("Ms Varro joined the 1922 Committee in May.", "1922 Committee"),
             ("Ms Varro met the right-wingers of Labour.", "right-wingers")]
    for text, phrase in names:
        assert not discussion_cue(_cue(text, phrase), text, theme), phrase
        assert not discussion_cue(_cue(text, phrase, "term"), text, theme), phrase
    talk = [("Labour members said the split was growing.", "split"),
            ("Split over the budget dogged Labour members.", "Split"),  # a capital at the start
            ("Ms Varro said the row between them had grown.", "the row between"),
            ("Labour members stayed loyal to Ms Varro.", "loyal")]
    for text, phrase in talk:
        assert discussion_cue(_cue(text, phrase), text, theme), phrase
    text = "Momentum volunteers met Ms Varro."
    assert discussion_cue(f"{_cue(text, 'Momentum')}; pattern:met@20-23", text, theme)
    assert discussion_cue(f"{_cue(text, 'Momentum')}; rule:party_fractured@0-8", text, theme)
    assert not discussion_cue("article:split@0-5; article:rift", text, theme)
    assert not discussion_cue("", text, theme)
    with pytest.raises(ValueError, match="without offsets"):
        discussion_cue("weak:split", text, theme)


def test_wing_words_name_sides_not_relations() -> None:
    """The wing words are lower-case single words or hyphenated compounds that name a side;
    no word of division, conflict or alignment is among them (such a word must stay a cue)."""
    wing = load_words("pf_faction_name_words.txt")
    assert {"left", "right", "wing", "moderates", "centrist"} <= set(wing)
    assert all(w == w.lower() and " " not in w for w in wing)
    assert not {"split", "rift", "row", "loyal", "loyalists", "rebel", "rebels", "faction",
                "dissident", "camp", "camps", "feud"} & set(wing)


def _model(weights: dict[str, float], cue_gate: bool, discussion_gate: bool) -> LearnedModel:
    """A no-context model over the base features and the words ``party`` and ``members``:
    the words alone carry a paragraph far past 0.5."""
    feats = (*BASE, "w:party", "w:members")
    return LearnedModel(PF, feats, np.zeros(len(feats)), np.ones(len(feats)),
                        np.array([weights.get(f, 0.0) for f in feats]), 0.0, 0.5,
                        own_threshold=0.5, context="none", cue_gate=cue_gate,
                        discussion_gate=discussion_gate)


#: one invented article per paragraph (so no article is anchored): a faction's, wing's or
#: caucus's name is the only codebook cue of the first four; the last carries a relation cue
PARAGRAPHS = ["Volunteers from Momentum met party members at the station in Dunmore on Monday.",
              "Councillor Brenna Tollis of the soft left met party members at the station.",
              "The centrist party members took the early train back to the city on Friday.",
              "Party members of the Parliamentary Labour Party took the early train on Friday.",
              "Party members said the row between them had grown over the long summer."]


def test_a_paragraph_whose_only_cue_is_a_name_is_never_coded_by_the_gated_scorer(
        tmp_path: Path) -> None:
    """Real codebook evidence on invented articles: every paragraph holds ``party`` and
    ``members`` (p far above the threshold) and none is coded by the codebook. Without a gate,
    and with version 27's codebook gate, the scorer codes all five; with the discussion gate
    only the one whose cue states a relation, whatever the words; the probabilities are the
    same."""
    for i, para in enumerate(PARAGRAPHS):
        (tmp_path / f"a{i}.txt").write_text(f"Title {i}\n\n{para}\n", encoding="utf-8")
    corpus = load_corpus(sorted(tmp_path.glob("a*.txt")))
    table = paragraph_themes(corpus)
    table = table.sort_values("source").reset_index(drop=True)
    assert not table[f"{PF}_present"].any()
    theme = load_codebook()[PF]
    assert discussion_cues(table, corpus.texts, theme).tolist() == [False] * 4 + [True]
    weights = {"w:party": 3.0, "w:members": 3.0}
    plain = apply_classifier(table, corpus.texts, theme, _model(weights, False, False))
    cue = apply_classifier(table, corpus.texts, theme, _model(weights, True, False))
    talk = apply_classifier(table, corpus.texts, theme, _model(weights, True, True))
    assert plain[f"{PF}_present"].tolist() == [True] * 5
    assert cue[f"{PF}_present"].tolist() == [True] * 5  # version 27's gate lets names through
    assert talk[f"{PF}_present"].tolist() == [False] * 4 + [True]
    assert np.array_equal(plain[f"{PF}_classifier_p"], talk[f"{PF}_classifier_p"])
    assert "classifier" not in "".join(talk[f"{PF}_evidence"].iloc[:4])


def test_random_invented_evidence_never_lets_a_name_only_paragraph_through() -> None:
    """Over random invented paragraphs with random evidence entries (names, relation words,
    patterns, rules, article entries), the gated scorer adds no paragraph whose entries are
    all names or article entries, and adds some of the others."""
    theme = load_codebook()[PF]
    rng = np.random.RandomState(28)
    para = "Party members of the soft left met Momentum and spoke of a split."

    def at(kind: str, phrase: str, start: int) -> str:
        i = para.index(phrase) + start
        return f"{kind}:{phrase}@{i}-{i + len(phrase)}"

    rows, text, talk = [], "", []
    for i in range(120):
        start = len(text)
        text += para + "\n\n"
        picks = [at("weak", "soft left", start), at("weak", "Momentum", start),
                 at("term", "Momentum", start), at("article", "Party", start), "article:MPs"]
        picks = [e for e in picks if rng.rand() < 0.5]
        has_talk = rng.rand() < 0.4
        if has_talk:
            picks.append([at("weak", "split", start), at("pattern", "spoke of", start),
                          "rule:x@0-5"][rng.randint(3)])
        talk.append(has_talk)
        rows.append({"source": "r.txt", "article_id": f"r{i // 6}", "paragraph_index": i % 6,
                     "start": start, "end": start + len(para), "n_words": len(para.split()),
                     f"{PF}_present": False, f"{PF}_evidence": "; ".join(picks),
                     f"{PF}_negated": False})
    table = pd.DataFrame(rows)
    out = apply_classifier(table, {"r.txt": text}, theme,
                           _model({"w:party": 3.0, "w:members": 3.0}, True, True))
    coded = out[f"{PF}_present"].to_numpy()
    assert not (coded & ~np.array(talk)).any()
    assert coded.any()


def test_discussion_gate_round_trips_through_the_model_file(tmp_path: Path) -> None:
    """The gate is written as ``discussion_gate: true`` and read back; a file without it
    (versions 16-27) reads as no discussion gate."""
    path = tmp_path / "m.json"
    path.write_text(json.dumps(_model({"w:party": 1.0}, True, True).to_json()),
                    encoding="utf-8")
    assert load_model(path).discussion_gate is True and load_model(path).cue_gate is True
    plain = _model({"w:party": 1.0}, True, False).to_json()
    assert "discussion_gate" not in plain
    path.write_text(json.dumps(plain), encoding="utf-8")
    assert load_model(path).discussion_gate is False


def test_the_fit_scores_the_discussion_gate_on_its_paragraphs_only() -> None:
    """``scores(..., cue_gate="discussion")`` counts the classifier's additions only where the
    paragraph has an own cue that is not only a name (invented features); ``gate_held_back``
    counts what each gate kept back; an unknown gate is refused."""
    fit = load_fit_script()
    base = np.zeros((6, len(BASE)))
    base[:, BASE.index("cb:cue")] = [1, 1, 0, 0, 0, 1]
    base[:, BASE.index("cb:present")] = [0, 0, 0, 0, 0, 1]
    data = {"base": base, "eval_base": base, "y": np.array([1.0, 0, 1, 0, 0, 1]),
            "discussion": np.array([True, False, True, False, False, True])}
    p = np.array([0.9, 0.9, 0.9, 0.9, 0.1, 0.1])
    cue = fit.scores(data, p, p, 0.5, cue_gate="cue")["combined"]
    talk = fit.scores(data, p, p, 0.5, cue_gate="discussion")["combined"]
    assert (cue["tp"], cue["fp"]) == (2, 1)
    assert (talk["tp"], talk["fp"]) == (2, 0)
    assert fit.gate_held_back(data, p, p, 0.5, 0.5, "discussion") == {"right": 1, "wrong": 2}
    assert fit.gate_held_back(data, p, p, 0.5, 0.5, "cue") == {"right": 1, "wrong": 1}
    with pytest.raises(ValueError, match="unknown gate"):
        fit.gate_mask(data, "names")


def test_configuration_rule_prefers_the_discussion_gate_on_near_ties() -> None:
    """The highest out-of-fold combined F1 among the six allowed configurations; within 0.005
    the discussion gate first, then version 27's order; free never; a missing form refused."""
    fit = load_fit_script()
    assert fit.PREFERENCE == ("lower+stop+discussion", "none+stop+discussion",
                              "lower+stop+gate", "none+stop+gate", "lower+stop", "none+stop")
    assert {k: v[:3] for k, v in fit.CONFIGURATIONS.items()} == {
        "free+stop": ("free", True, None), "none+stop": ("none", True, None),
        "lower+stop": ("lower", True, None), "none+stop+gate": ("none", True, "cue"),
        "lower+stop+gate": ("lower", True, "cue"),
        "none+stop+discussion": ("none", True, "discussion"),
        "lower+stop+discussion": ("lower", True, "discussion")}
    names = {"free": "free+stop", "b": "none+stop", "d": "lower+stop", "bg": "none+stop+gate",
             "g": "lower+stop+gate", "bh": "none+stop+discussion", "h": "lower+stop+discussion"}

    def res(**f1: float) -> dict:
        return {names[k]: {"cv_gated": {"combined": {"f1": v}}} for k, v in f1.items()}

    six = {"b": 0.48, "d": 0.51, "bg": 0.47, "g": 0.49, "bh": 0.46, "h": 0.48}
    assert fit.choose_configuration(res(free=0.9, **six)) == "lower+stop"
    assert fit.choose_configuration(res(**{**six, "h": 0.506})) == "lower+stop+discussion"
    assert fit.choose_configuration(res(**{**six, "bh": 0.507})) == "none+stop+discussion"
    assert fit.choose_configuration(res(**{**six, "g": 0.506})) == "lower+stop+gate"
    with pytest.raises(ValueError, match="must be fitted"):
        fit.choose_configuration(res(b=0.48, d=0.52, g=0.50, bg=0.4, h=0.4))
