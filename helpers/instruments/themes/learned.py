"""A learned paragraph scorer for one theme, beside the codebook (themes version 16, issue 16).

Why: word cues written from one blind coding of US campaign news did not carry to the next
(party-factionalism recall 0.35, 0.18, 0.23 on three first contacts). This module scores a
paragraph with a regularised logistic regression trained on the paragraph codings: its
features are the codebook's own signals (cue counts per kind, a party in view, negation), the
article context (kept apart, see below), and a small vocabulary of general words (relation and
verb words such as "against" or "rival", chosen by cross-validation grouped by article, with
names and one-article words excluded). Everything is numpy: deterministic, no new dependency.

The classifier never replaces the codebook: :func:`apply_classifier` may code a paragraph the
codebook leaves uncoded when the probability reaches the model's threshold **and** the
probability of the paragraph's own features (the article-context features held at their
training mean) reaches the model's own-feature gate (``own_threshold``, at least the threshold;
version 17 chooses it by grouped cross-validation), so article context never codes a paragraph
by itself (the issue's rule). Version 25 added models that read no context (``none``) or read it
only for a paragraph with an own cue (``gated``); version 26 a model whose context may only
lower (``lower``: the probability is the minimum of the no-context model's and a free-context
model's, :func:`predict_proba`, so context never raises it). Version 27 added the codebook
gate (``cue_gate``): the scorer may code only a paragraph in which the codebook itself found at
least one cue of the theme (:func:`own_cue`). A paragraph so
coded says why in its ``<theme>_evidence``: ``classifier p=0.83 [+against, +cb:weak, ...]``.
The weights, vocabulary and cross-validated figures live in a data file
(``data/models/pf_classifier.json``), refitted by ``scripts/fit_pf_classifier.py``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from helpers.core.corpus import Corpus
from helpers.core.lexicons import load_words
from helpers.core.text import fold_quotes
from helpers.instruments.themes.codebook import Codebook, Theme, as_codebook
from helpers.instruments.themes.matching import paragraph_themes

__all__ = ["CLAUSE_PAIR", "CODEBOOK_FEATURES", "CONTEXT_FEATURES", "CONTEXT_MODES",
           "DEFAULT_PF_MODEL", "LearnedModel", "apply_classifier", "clause_pair_tokens",
           "context_view", "discussion_cue", "discussion_cues", "evidence_kinds", "own_cue",
           "feature_matrix", "fit_logistic",
           "load_model", "paragraph_themes_classified", "paragraph_tokens", "predict_proba",
           "relation_words", "word_features", "word_is_name", "word_present"]

#: the committed party-factionalism model (``scripts/fit_pf_classifier.py`` writes it)
DEFAULT_PF_MODEL = Path(__file__).resolve().parents[3] / "data" / "models" / "pf_classifier.json"

#: the paragraph's own codebook signals, in the order of the feature matrix
CODEBOOK_FEATURES = ("cb:present", "cb:cue", "cb:own_weight", "cb:strong", "cb:weak",
                     "cb:negated", "party:in_view", "len:log_words")
#: article context: what the neighbours and the article say (never codes alone)
CONTEXT_FEATURES = ("ctx:article_terms", "ctx:article_share", "ctx:neighbours")
#: how a model reads the context features (themes version 25): ``free`` for every paragraph
#: (versions 16-24); ``none`` never (held at zero: the weights stay 0); ``gated`` only for a
#: paragraph with an own cue (``cb:cue``: the codebook found a term, pattern, rule or weak cue
#: of the theme in the paragraph itself), so context cannot lift a paragraph with none;
#: ``lower`` (version 26): the model's own weights read no context (as ``none``) and its
#: ``context_model`` (a ``free`` model) may only lower the probability: ``p = min(p_own,
#: p_context_model)``, so context never raises a paragraph's probability
CONTEXT_MODES = ("free", "none", "gated", "lower")

_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'\-]*")
#: the pseudo-word of a clause that names a party and holds a conflict word (version 19); it
#: is a vocabulary entry like any word, so a model whose vocabulary lacks it is unaffected
CLAUSE_PAIR = "party+conflict"
#: clause ends: sentence ends, semicolons, colons, dashes, a comma before a contrasting conjunction
_CLAUSE_RE = re.compile(r"[.!?;:]\s|\s[-\u2013\u2014]\s|,\s+(?:but|while|whereas|although|"
                        r"though)\b")
_EVIDENCE_KIND_RE = re.compile(r"(?:^|; )(term|weak|pattern|article|rule):")


@dataclass(frozen=True)
class LearnedModel:
    """A fitted scorer: feature names, standardisation, weights, bias and decision threshold.

    ``features`` lists the codebook and context features and then ``w:<word>`` for each
    vocabulary word; ``mean`` and ``scale`` standardise them; ``fit`` keeps the provenance
    (data, commit, cross-validated figures) as written by the fitting script.
    ``own_threshold`` is the gate on the paragraph's own features (context at the mean); None
    means the threshold itself (the models of version 16). ``context`` is one of
    :data:`CONTEXT_MODES` (how the context features are read: :func:`context_view`).
    ``context_model`` (only and always with ``context="lower"``): a ``free`` model over the same
    features whose probability caps this model's own (:func:`predict_proba`).
    ``cue_gate`` (version 27): the scorer may code only a paragraph with an own codebook cue
    (:func:`own_cue`); without one the paragraph is left as the codebook left it.
    ``discussion_gate`` (version 28): the scorer may code only a paragraph whose own codebook
    evidence holds a cue that is not only a name (:func:`discussion_cue`).
    """

    theme: str
    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float
    threshold: float
    fit: dict[str, Any] = field(default_factory=dict)
    own_threshold: float | None = None
    context: str = "free"
    context_model: LearnedModel | None = None
    cue_gate: bool = False
    discussion_gate: bool = False

    def __post_init__(self) -> None:
        if self.context not in CONTEXT_MODES:
            raise ValueError(f"context must be one of {CONTEXT_MODES}, not {self.context!r}")
        if (self.context == "lower") != (self.context_model is not None):
            raise ValueError("a context model goes with context 'lower', and only with it")
        cm = self.context_model
        if cm is not None and (cm.context != "free" or cm.features != self.features
                               or cm.theme != self.theme):
            raise ValueError("the context model must be a 'free' model of the same theme "
                             "and features")

    @property
    def gate(self) -> float:
        """The own-feature gate: ``own_threshold``, or the threshold when none is set."""
        return self.threshold if self.own_threshold is None else self.own_threshold

    @property
    def vocabulary(self) -> list[str]:
        """The words of the ``w:<word>`` features, in order."""
        return [f[2:] for f in self.features if f.startswith("w:")]

    def to_json(self) -> dict[str, Any]:
        """The model as a JSON-ready mapping (floats rounded to 6 places: stable diffs)."""
        def r(a: np.ndarray) -> list[float]:
            return [round(float(x), 6) for x in a]
        gate = {} if self.own_threshold is None else {"own_threshold": self.own_threshold}
        ctx = {} if self.context == "free" else {"context": self.context}
        if self.cue_gate:
            ctx["cue_gate"] = True
        if self.discussion_gate:
            ctx["discussion_gate"] = True
        lower = {} if self.context_model is None else {
            "context_model": {k: v for k, v in self.context_model.to_json().items()
                              if k in ("bias", "mean", "scale", "weights")}}
        return {"theme": self.theme, "threshold": self.threshold, **gate, **ctx,
                "bias": round(self.bias, 6),
                "features": list(self.features), "mean": r(self.mean), "scale": r(self.scale),
                "weights": r(self.weights), **lower, "fit": self.fit}


def load_model(path: str | Path = DEFAULT_PF_MODEL) -> LearnedModel:
    """Read a model file written by :meth:`LearnedModel.to_json`; ``ValueError`` if malformed."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    try:
        feats = tuple(data["features"])
        arrays = [np.asarray(data[k], dtype=float) for k in ("mean", "scale", "weights")]
        gate = data.get("own_threshold")
        cm, sub = None, data.get("context_model")
        if sub is not None:
            sub_arrays = [np.asarray(sub[k], dtype=float) for k in ("mean", "scale", "weights")]
            arrays += sub_arrays
            cm = LearnedModel(str(data["theme"]), feats, *sub_arrays, float(sub["bias"]),
                              float(data["threshold"]))
        model = LearnedModel(str(data["theme"]), feats, *arrays[:3], float(data["bias"]),
                             float(data["threshold"]), dict(data.get("fit", {})),
                             None if gate is None else float(gate),
                             str(data.get("context", "free")), cm,
                             bool(data.get("cue_gate", False)),
                             bool(data.get("discussion_gate", False)))
    except (KeyError, TypeError) as exc:
        raise ValueError(f"{path}: not a learned theme model ({exc})") from exc
    if not all(len(a) == len(feats) for a in arrays):
        raise ValueError(f"{path}: features, mean, scale and weights differ in length")
    return model


def paragraph_tokens(text: str) -> set[str]:
    """The lower-cased words of ``text`` (possessive ``'s`` dropped), as a set."""
    out = set()
    for m in _WORD_RE.finditer(fold_quotes(text)):
        w = m.group().lower().strip("'-")
        if w.endswith("'s"):
            w = w[:-2]
        if w:
            out.add(w)
    return out


def relation_words(name: str = "pf_relation_words.txt") -> tuple[str, ...]:
    """The candidate vocabulary (a lexicon of general relation words; ``stem*`` entries)."""
    return load_words(name)


def word_present(tokens: set[str], entry: str) -> bool:
    """Does a paragraph with ``tokens`` hold ``entry`` (a word, or ``stem*``: any word that
    starts with the stem)?"""
    if entry.endswith("*"):
        stem = entry[:-1]
        return any(t.startswith(stem) for t in tokens)
    return entry in tokens


def clause_pair_tokens(text: str, party: re.Pattern[str] | None,
                       conflict: Sequence[str]) -> set[str]:
    """``{CLAUSE_PAIR}`` when one clause of ``text`` names a party (``party``: the theme's
    context regex) and holds a ``conflict`` entry (word or ``stem*``), else the empty set.

    Why: words of opposition mark factional talk in one paragraph and talk between parties
    in the next (version 17's British false positives); a party and the conflict in the
    same clause is a little nearer to *who* opposes *whom* than the two anywhere in the
    paragraph.
    """
    if party is None:
        return set()
    folded = fold_quotes(text)
    for clause in _CLAUSE_RE.split(folded):
        if not party.search(clause):
            continue
        tokens = paragraph_tokens(clause)  # once per clause, not once per conflict entry
        if any(word_present(tokens, e) for e in conflict):
            return {CLAUSE_PAIR}
    return set()


def word_features(tokens: Sequence[set[str]], vocabulary: Sequence[str]) -> np.ndarray:
    """One 0/1 column per ``vocabulary`` entry for each paragraph's token set.

    The same test as :func:`word_present`, faster: whole words by set membership, a stem by
    one substring search in the paragraph's tokens joined by newlines (a token never holds
    one, so ``"\\n" + stem`` occurs exactly when a token starts with the stem).
    """
    x = np.zeros((len(tokens), len(vocabulary)), dtype=float)
    words = [(j, e) for j, e in enumerate(vocabulary) if not e.endswith("*")]
    stems = [(j, "\n" + e[:-1]) for j, e in enumerate(vocabulary) if e.endswith("*")]
    for i, toks in enumerate(tokens):
        for j, entry in words:
            if entry in toks:
                x[i, j] = 1.0
        if stems and toks:
            joined = "\n" + "\n".join(toks)
            for j, stem in stems:
                if stem in joined:
                    x[i, j] = 1.0
    return x


def word_is_name(capitalised: int, lower: int) -> bool:
    """A word written capitalised in at least half of its mid-sentence uses is a name (a
    person, place, party or outlet): excluded from the vocabulary, which must not learn who
    or what an article is about."""
    return capitalised >= lower


def evidence_kinds(evidence: str) -> dict[str, int]:
    """How many evidence entries of each kind (``term``, ``weak``, ``pattern``, ``article``,
    ``rule``) a codebook ``<theme>_evidence`` string holds."""
    counts = dict.fromkeys(("term", "weak", "pattern", "article", "rule"), 0)
    for m in _EVIDENCE_KIND_RE.finditer(evidence or ""):
        counts[m.group(1)] += 1
    return counts


def own_cue(x: np.ndarray, features: Sequence[str]) -> np.ndarray:
    """Does the codebook's own evidence for each row hold a cue of the theme found in the
    paragraph itself? The ``cb:cue`` column of raw features ``x``: an evidence entry of kind
    ``term``, ``pattern``, ``rule`` or ``weak`` (a weak cue is the least that counts);
    ``article:`` entries (what the rest of the article says) do not count.

    Why (version 27's codebook gate, the issue's rule read on the paragraph's words): article
    context may decide a borderline paragraph that carries a cue, but never codes one by itself.
    """
    return np.asarray(x)[:, list(features).index("cb:cue")] > 0


#: words that may join the words of a name without being one ("Campaign for ... Democracy")
_NAME_JOINERS = frozenset({"of", "for", "the", "and", "to", "in", "on", "&"})
_NAME_WORD_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\u2019\-]*")
#: a follower label of a named person ("-ite", "-ista", "-ism" on a capitalised stem)
_FOLLOWER_RE = re.compile(r"[A-Z][A-Za-z'\u2019\-]*(?:ites?|istas?|isms?)")
_ENTRY_RE = re.compile(r"^(term|weak|pattern|rule|article):(.*?)(?:@(\d+)-(\d+))?$", re.S)


def _sentence_initial(text: str, start: int) -> bool:
    """Does the word at ``start`` of ``text`` open a sentence or paragraph (so that its capital
    says nothing about being a name)? Opening quotes and brackets are skipped."""
    before = text[:start].rstrip(" \t\"'\u2018\u201c(")
    return (not before or before[-1] in ".!?:\n"
            or "\n" in text[len(before):start])


def _name_only(text: str, start: int, end: int, theme: Theme, wing: frozenset[str]) -> bool:
    """Is the cue ``text[start:end]`` only a name? Every word of it lies inside a match of
    the theme's ``context`` list, is a wing word (``wing``), or is a proper name: a follower
    label of a named person, or a capitalised word (or a number) not at the start of a
    sentence. Joining words (``of``, ``the``, ...) are neutral; a cue of joiners alone is not
    a name."""
    span = text[start:end]
    folded = fold_quotes(span)
    ctx = theme.context_regex
    covered = [(m.start(), m.end()) for m in ctx.finditer(folded)] if ctx is not None else []
    named = False
    for m in _NAME_WORD_RE.finditer(span):
        word = m.group(0)
        low = word.lower()
        if low in _NAME_JOINERS:
            continue
        if any(a <= m.start() and m.end() <= b for a, b in covered) or low in wing:
            named = True
            continue
        if _FOLLOWER_RE.fullmatch(word) or word[0].isdigit() or (
                word[0].isupper() and not _sentence_initial(text, start + m.start())):
            named = True
            continue
        return False
    return named


def discussion_cue(evidence: str, text: str, theme: Theme,
                   wing: frozenset[str] | None = None) -> bool:
    """Does a paragraph's own codebook evidence (``<theme>_evidence``, offsets into ``text``,
    its source text) hold a cue of division, conflict or alignment, not only a name?

    An entry of kind ``pattern`` or ``rule`` counts (a pattern or a named rule states a
    relation). An entry of kind ``term`` or ``weak`` counts unless it is only a name
    (:func:`_name_only`: the theme's ``context`` words, the wing words of
    ``pf_faction_name_words.txt``, proper names). ``article:`` entries never count.

    Why (themes version 28, issue 16): by the guideline a paragraph "discusses" factionalism
    when it says something about division, conflict or alignment inside a party; one that only
    names a faction (what its members did that day) does not, so a faction's name alone must
    not open the scorer's gate. ``ValueError`` for a term or weak entry without offsets.
    """
    if wing is None:
        wing = frozenset(w.lower() for w in load_words("pf_faction_name_words.txt"))
    for item in (evidence or "").split("; "):
        m = _ENTRY_RE.match(item)
        if m is None:
            continue  # not a codebook entry (the classifier's own note)
        kind = m.group(1)
        if kind in ("pattern", "rule"):
            return True
        if kind == "article":
            continue
        if m.group(3) is None:
            raise ValueError(f"evidence entry without offsets: {item!r}")
        if not _name_only(text, int(m.group(3)), int(m.group(4)), theme, wing):
            return True
    return False


def discussion_cues(table: pd.DataFrame, texts: Mapping[str, str], theme: Theme) -> np.ndarray:
    """:func:`discussion_cue` for every row of a paragraph table (``texts`` by ``source``)."""
    wing = frozenset(w.lower() for w in load_words("pf_faction_name_words.txt"))
    ev = table[f"{theme.id}_evidence"].fillna("").astype(str).tolist()
    return np.array([discussion_cue(e, texts[s], theme, wing)
                     for e, s in zip(ev, table["source"].tolist())], dtype=bool)


def feature_matrix(table: pd.DataFrame, texts: Mapping[str, str], theme: Theme,
                   vocabulary: Sequence[str]) -> tuple[np.ndarray, list[str]]:
    """The raw (unstandardised) features of every row of a paragraph table, and their names.

    ``table`` is :func:`~helpers.instruments.themes.paragraph_themes` output over whole
    articles (the context features read each paragraph's article and neighbours); ``texts``
    maps its ``source`` to the text (offsets index it); ``theme`` gives the id and the
    ``context`` words (a party in view).
    """
    tid = theme.id
    n = len(table)
    names = [*CODEBOOK_FEATURES, *CONTEXT_FEATURES, *(f"w:{w}" for w in vocabulary)]
    x = np.zeros((n, len(names)), dtype=float)
    if n == 0:
        return x, names
    present = table[f"{tid}_present"].to_numpy(dtype=bool)
    evidence = table[f"{tid}_evidence"].fillna("").astype(str).tolist()
    negated = table[f"{tid}_negated"].to_numpy(dtype=bool)
    src, art = table["source"].tolist(), table["article_id"].tolist()
    pidx = table["paragraph_index"].tolist()
    # article context: the codebook's coding of the article's other body paragraphs
    by_art: dict[tuple, dict[int, bool]] = {}
    for s, a, p, c in zip(src, art, pidx, present):
        by_art.setdefault((s, a), {})[p] = bool(c)
    col = {f: i for i, f in enumerate(names)}
    tokens = []
    ctx_rx = theme.context_regex
    conflict = load_words("pf_conflict_words.txt") if CLAUSE_PAIR in vocabulary else ()
    for i, row in enumerate(table[["start", "end", "n_words"]].itertuples(index=False)):
        text = texts[src[i]][int(row.start):int(row.end)]
        kinds = evidence_kinds(evidence[i])
        own = kinds["term"] + kinds["pattern"] + kinds["rule"] + 0.5 * kinds["weak"]
        x[i, col["cb:present"]] = float(present[i])
        x[i, col["cb:cue"]] = float(kinds["term"] + kinds["pattern"] + kinds["rule"]
                                    + kinds["weak"] > 0)
        x[i, col["cb:own_weight"]] = math.log1p(own)
        x[i, col["cb:strong"]] = kinds["term"] + kinds["pattern"] + kinds["rule"]
        x[i, col["cb:weak"]] = kinds["weak"]
        x[i, col["cb:negated"]] = float(negated[i])
        hits = len(ctx_rx.findall(fold_quotes(text))) if ctx_rx is not None else 0
        x[i, col["party:in_view"]] = math.log1p(hits)
        x[i, col["len:log_words"]] = math.log1p(max(int(row.n_words), 0))
        paras = by_art[(src[i], art[i])]
        others = [c for p, c in paras.items() if p != pidx[i]]
        x[i, col["ctx:article_terms"]] = kinds["article"]
        x[i, col["ctx:article_share"]] = sum(others) / len(others) if others else 0.0
        x[i, col["ctx:neighbours"]] = sum(paras.get(pidx[i] + d, False) for d in (-1, 1))
        toks = paragraph_tokens(text)
        if CLAUSE_PAIR in vocabulary:
            toks |= clause_pair_tokens(text, ctx_rx, conflict)
        tokens.append(toks)
    x[:, len(CODEBOOK_FEATURES) + len(CONTEXT_FEATURES):] = word_features(tokens, vocabulary)
    return x, names


def context_view(x: np.ndarray, features: Sequence[str], mode: str) -> np.ndarray:
    """The raw features ``x`` (columns ``features``) as a model of context ``mode`` reads them.

    ``free``: unchanged. ``none`` (and ``lower``, whose own weights are a ``none`` model's):
    the context columns are zero (a model fitted on them keeps
    weight 0 there: it reads only the paragraph). ``gated``: the context columns are multiplied
    by the paragraph's own-cue indicator ``cb:cue``, so a paragraph without an own cue of the
    theme is scored on its own features alone (the issue's rule: article context may decide a
    paragraph with a cue, never code one with none). Returns a copy unless ``free``.
    """
    if mode not in CONTEXT_MODES:
        raise ValueError(f"context must be one of {CONTEXT_MODES}, not {mode!r}")
    if mode == "free":
        return x
    ctx = [i for i, f in enumerate(features) if f in CONTEXT_FEATURES]
    out = np.array(x, dtype=float, copy=True)
    if mode in ("none", "lower"):
        out[:, ctx] = 0.0
    else:
        cue = out[:, list(features).index("cb:cue")] > 0
        out[:, ctx] *= cue[:, None]
    return out


def fit_logistic(x: np.ndarray, y: np.ndarray, lam: float,
                 iterations: int = 50) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by Newton's method (deterministic): ``(w, b)``.

    ``x`` should be standardised; the penalty ``lam / 2 * |w|^2`` leaves the bias free.
    """
    n, d = x.shape
    xb = np.hstack([x, np.ones((n, 1))])
    beta = np.zeros(d + 1)
    pen = np.full(d + 1, float(lam))
    pen[-1] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(xb @ beta, -35, 35)))
        grad = xb.T @ (p - y) + pen * beta
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(pen + 1e-9)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if float(np.max(np.abs(step))) < 1e-8:
            break
    return beta[:-1], float(beta[-1])


def predict_proba(model: LearnedModel, x: np.ndarray,
                  drop_context: bool = False) -> np.ndarray:
    """The model's probability per row of raw features ``x``; with ``drop_context`` the
    context features are held at their training mean (what the paragraph says alone). The
    context features are read as the model's ``context`` mode says (:func:`context_view`).

    ``lower`` (version 26): the own probability (context not read) capped by the context
    model's, ``min(p_own, p_context_model)``: never above ``p_own`` whatever the context;
    with ``drop_context``, ``p_own``.
    """
    z = (context_view(x, model.features, model.context) - model.mean) / model.scale
    if drop_context:
        ctx = [i for i, f in enumerate(model.features) if f in CONTEXT_FEATURES]
        z[:, ctx] = 0.0
    p = 1.0 / (1.0 + np.exp(-np.clip(z @ model.weights + model.bias, -35, 35)))
    if model.context_model is not None and not drop_context:
        p = np.minimum(p, predict_proba(model.context_model, x))
    return p


def _why(model: LearnedModel, xrow: np.ndarray, top: int = 4) -> str:
    """The features that raised this paragraph's score most, ``+name`` in order."""
    seen = context_view(xrow[None, :], model.features, model.context)[0]
    contrib = (seen - model.mean) / model.scale * model.weights
    order = np.argsort(-contrib, kind="stable")[:top]
    return ", ".join(f"+{model.features[i].removeprefix('w:')}" for i in order
                     if contrib[i] > 0)


def apply_classifier(table: pd.DataFrame, texts: Mapping[str, str], theme: Theme,
                     model: LearnedModel) -> pd.DataFrame:
    """``table`` with the classifier's codes added to ``<theme>_present`` (a copy).

    A paragraph the codebook leaves uncoded is coded when ``p`` (all features) reaches
    ``model.threshold`` and the probability of its own features alone (context held at the
    mean) reaches ``model.gate``; its evidence gains ``classifier p=...`` with the top
    features. Codes the codebook gave are kept. A column ``<theme>_classifier_p`` holds
    ``p`` for every row. With a ``lower`` model ``p`` is at most the own probability, so the
    gate on the own probability adds nothing beyond the threshold when ``gate == threshold``.
    With ``model.cue_gate`` a paragraph is coded only if it also has an own codebook cue
    (:func:`own_cue`): one with none is never coded by the scorer. With
    ``model.discussion_gate`` only if that cue is not only a name (:func:`discussion_cue`).
    """
    if theme.id != model.theme:
        raise ValueError(f"model is for {model.theme!r}, not {theme.id!r}")
    out = table.copy()
    tid = theme.id
    x, names = feature_matrix(out, texts, theme, model.vocabulary)
    if tuple(names) != model.features:
        raise ValueError("model features do not match the feature builder (refit the model)")
    p = predict_proba(model, x)
    p_own = predict_proba(model, x, drop_context=True)
    present = out[f"{tid}_present"].to_numpy(dtype=bool)
    add = ~present & (p >= model.threshold) & (p_own >= model.gate)
    if model.cue_gate:
        add &= own_cue(x, model.features)
    if model.discussion_gate and add.any():  # read only the rows the scorer would add
        rows = np.flatnonzero(add)
        add[rows] = discussion_cues(out.iloc[rows], texts, theme)
    if add.any():
        ev = out[f"{tid}_evidence"].fillna("").astype(str).to_numpy(dtype=object)
        for i in np.flatnonzero(add):
            note = f"classifier p={p[i]:.2f} [{_why(model, x[i])}]"
            ev[i] = f"{ev[i]}; {note}" if ev[i] else note
        out[f"{tid}_evidence"] = ev
        out[f"{tid}_present"] = present | add
    out[f"{tid}_classifier_p"] = np.round(p, 4)
    return out


def paragraph_themes_classified(corpus: Corpus, codebook: Codebook | str | Path | None = None,
                                model: LearnedModel | str | Path = DEFAULT_PF_MODEL
                                ) -> pd.DataFrame:
    """:func:`~helpers.instruments.themes.paragraph_themes` with a learned scorer applied to
    its theme (:func:`apply_classifier`): the option of themes version 16, off by default."""
    book = as_codebook(codebook)
    learned = model if isinstance(model, LearnedModel) else load_model(model)
    table = paragraph_themes(corpus, book)
    return apply_classifier(table, corpus.texts, book[learned.theme], learned)
