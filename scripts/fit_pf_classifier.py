"""Fit the learned party-factionalism scorer on the paragraph codings v5-v18 (themes version 28).

Why: issue 16's word cues did not carry from one blind coding to the next; this fits the
logistic regression of :mod:`helpers.instruments.themes.learned` on the development codings of
PolNeAR TRAIN paragraphs (``data/annotations/real_news/themes_polnear_train*.csv``: the
unversioned file = v5, v6, ..., v18; v9/v10 and v11 with the adjudicated codes, v12-v18 with
coder A's). v19 is the test set of version 28: never listed, never read here.

Codebook and context features come from **first contact** (each coding's paragraphs run through
the code of the commit that added the coding file, i.e. the codebook before anyone read that
coding: :func:`first_contact_table`; for v11-v17 that commit is the uncoded draw); version 24
measured today's codebook features as the weaker training regime (``--today-regime`` fits it
again, for comparison only). Version 26 compares (:data:`CONFIGURATIONS`): no context (version
25's form), context that may only lower (``min`` of the no-context and the free-context model's
probability: :func:`~helpers.instruments.themes.learned.predict_proba`), each with and without
the topic stop list of the open vocabulary (``data/lexicons/pf_topic_stop_words.txt``); the
free-context model is fitted as an ingredient and for comparison. Version 27 fits them all with
the (broadened) stop list and adds the codebook gate (``+gate``: the scorer may code only a
paragraph with an own codebook cue, :func:`~helpers.instruments.themes.learned.own_cue`).
Version 28 adds the discussion gate (``+discussion``: the cue must not be only the name of a
party, faction, wing or caucus, :func:`~helpers.instruments.themes.learned.discussion_cue`). All
are scored out of fold (5 folds by article) on first-contact features. Within a configuration
the vocabulary pool, size and penalty are chosen by out-of-fold log-loss, the threshold and
gate by :func:`choose_gate` with :data:`PRECISION_TOLERANCE`; the committed one by
:func:`choose_configuration` (never ``free``, which breaks the issue's rule by construction).
The chosen model is written to ``data/models/pf_classifier.json`` with its provenance.
Deterministic: the same codings, codebook and text give the same file.

    NS_SHARED_DATA=/work/shared python scripts/fit_pf_classifier.py            # fit and write
    NS_SHARED_DATA=/work/shared python scripts/fit_pf_classifier.py --dry-run  # figures only
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import math
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

from helpers.core.corpus import load_corpus
from helpers.core.lexicons import load_words
from helpers.core.paths import ANNOTATIONS, PROJECT_ROOT
from helpers.evaluate.gold import read_gold
from helpers.evaluate.metrics import by_file_name, match_spans, prf
from helpers.evaluate.shared_data import validation_dir
from helpers.instruments.themes import load_codebook, paragraph_themes
from helpers.instruments.themes.learned import (
    CLAUSE_PAIR,
    CODEBOOK_FEATURES,
    CONTEXT_FEATURES,
    DEFAULT_PF_MODEL,
    LearnedModel,
    clause_pair_tokens,
    context_view,
    discussion_cues,
    feature_matrix,
    fit_logistic,
    own_cue,
    paragraph_tokens,
    predict_proba,
    relation_words,
    word_features,
    word_is_name,
    word_present,
)
from helpers.report.manifest import git_commit  # full commit, '+dirty' if uncommitted

THEME = "party_factionalism"
REAL = ANNOTATIONS / "real_news"
#: the development codings, v5-v18 (v19 is the test set of version 28 and is never listed or
#: read here; v12-v18 have a coder B file and no adjudication: coder A's codes are used)
CODINGS = {"v5": REAL / "themes_polnear_train.csv",
           **{f"v{n}": REAL / f"themes_polnear_train_v{n}.csv" for n in range(6, 19)}}
#: the adjudicated PF codes of the disagreements of v9/v10 (themes version 18) and v11 (version
#: 20): they replace the first coder's codes of those codings (same paragraphs, ``set`` column
#: names the coding)
ADJUDICATED = (REAL / "themes_polnear_train_v9_v10_adjudicated.csv",
               REAL / "themes_polnear_train_v11_adjudicated.csv")
FOLDS = 5
SEED = 16
VOCAB_SIZES = (0, 10, 25, 50, 100, 200)
PENALTIES = (3.0, 10.0, 30.0, 100.0)
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
#: the classifier codes only when confident: the threshold is chosen among these (p >= 0.5:
#: factional more likely than not); the lower ones are reported for the reader
CONFIDENT = (0.5, 0.6, 0.7, 0.8, 0.9)
#: candidate own-feature gates (p with the context at its training mean); each >= threshold
GATES = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
#: a vocabulary word must occur in paragraphs of this many training articles, and a word
#: that points to the theme in coded paragraphs of this many (no one-article topic words)
MIN_ARTICLES, MIN_POSITIVE_ARTICLES = 5, 3
#: version 24's rule (written before the fit): a threshold and gate may cost at most this much
#: out-of-fold precision against the first-contact codebook's own
PRECISION_TOLERANCE = 0.05
#: the training-feature regimes compared (every one scored on first-contact features)
REGIMES = ("first contact", "today")
#: version 25's variants (rule written before the fit): how the model reads article context
#: (:data:`~helpers.instruments.themes.learned.CONTEXT_MODES`); ``free`` is version 24's form,
#: fitted for comparison only: it is never the committed model
VARIANTS = {"free": "(a) free context", "none": "(b) no context",
            "gated": "(c) context gated on an own cue"}
#: the gates of a configuration: None (the scorer may code any paragraph the codebook left
#: uncoded), ``cue`` (version 27: an own codebook cue, :func:`own_cue`), ``discussion`` (version
#: 28: an own cue that is not only a name, :func:`discussion_cues`)
GATE_KINDS = (None, "cue", "discussion")
#: version 28's configurations (rule written before the fit): name -> (context mode, topic stop
#: list on the open vocabulary, gate of :data:`GATE_KINDS`, label). ``free+stop`` is the
#: ingredient of the ``lower`` ones, reported for comparison and never chosen. Fitted in this
#: order (a ``lower`` configuration reuses the out-of-fold figures of its ``none`` and ``free``
#: ones; a gated one the out-of-fold figures of its ungated form: a gate does not change ``p``).
CONFIGURATIONS = {"free+stop": ("free", True, None, "(a+s) free context, topic stop list"),
                  "none+stop": ("none", True, None, "(b+s) no context, topic stop list"),
                  "lower+stop": ("lower", True, None,
                                 "(d+s) context may only lower, topic stop list"),
                  "none+stop+gate": ("none", True, "cue", "(b+s+g) no context, codebook gate"),
                  "lower+stop+gate": ("lower", True, "cue",
                                      "(g) context may only lower, codebook gate"),
                  "none+stop+discussion": ("none", True, "discussion",
                                           "(b+s+h) no context, discussion gate"),
                  "lower+stop+discussion": ("lower", True, "discussion",
                                            "(h) context may only lower, discussion gate")}
#: the tie order of :func:`choose_configuration` (version 28): the discussion gate first, then
#: version 27's order (the codebook gate, then context that may only lower before none)
PREFERENCE = ("lower+stop+discussion", "none+stop+discussion", "lower+stop+gate",
              "none+stop+gate", "lower+stop", "none+stop")
#: where first-contact tables are kept between runs (``--table-cache``); None: not kept
TABLE_CACHE: Path | None = None
_MID_WORD = re.compile(r"(?<=[a-z,;] )([A-Za-z][A-Za-z'\-]*)")


def first_contact_table(commit: str, sources: list[str], folder: Path) -> pd.DataFrame:
    """The paragraph table of ``sources`` as the code and codebook at ``commit`` made it.

    Why: the codebook's rules were later written against each coding, so its signals on a
    coding's paragraphs today are optimistic; the model must learn from the signals it gave
    before the coding was read (first contact), as it will see them on unseen text. The commit
    is exported with ``git archive`` and run in a subprocess (deterministic). With
    :data:`TABLE_CACHE` set (``--table-cache``, version 27) a table made once is read back
    from there (the same commit and sources give the same table: the smoke run and the full
    run share them).
    """
    cached = None
    if TABLE_CACHE is not None:
        digest = hashlib.sha256("\n".join([commit, *sources]).encode()).hexdigest()[:16]
        cached = TABLE_CACHE / f"{commit}-{digest}.csv"
        if cached.is_file():
            return _read_table(cached)
    with tempfile.TemporaryDirectory(prefix="pfclf-") as tmp:
        archive = subprocess.run(["git", "archive", commit], cwd=PROJECT_ROOT,
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        out = Path(tmp) / "table.csv"
        code = ("import sys; from pathlib import Path;"
                "from helpers.core.corpus import load_corpus;"
                "from helpers.instruments.themes import paragraph_themes;"
                "f = Path(sys.argv[1]); names = sys.argv[3:];"
                "t = paragraph_themes(load_corpus([f / n for n in names]));"
                "t.to_csv(sys.argv[2], index=False)")
        subprocess.run([sys.executable, "-c", code, str(folder), str(out), *sources],
                       cwd=tmp, env={**os.environ, "PYTHONPATH": tmp}, check=True)
        if cached is not None:
            cached.parent.mkdir(parents=True, exist_ok=True)
            cached.write_bytes(out.read_bytes())
        return _read_table(out)


def _read_table(path: Path) -> pd.DataFrame:
    """A paragraph table written by :func:`first_contact_table`'s subprocess, flags as bool."""
    table = pd.read_csv(path, keep_default_na=False)
    for c in (f"{THEME}_present", f"{THEME}_negated"):
        table[c] = table[c].astype(str).str.lower().eq("true")
    return table


def load_training(folder: Path, codings: dict[str, Path] = CODINGS,
                  blind: bool = True, clause_pair: bool = False) -> dict:
    """The coded paragraphs: ``base`` (raw codebook and context features), ``tokens``,
    ``y``, ``group`` (article file) and ``coding``, plus the texts.

    ``blind``: the codebook features of each coding come from the commit that added it (the
    codebook before its errors were read: :func:`first_contact_table`); else from today's.
    ``keys`` (coding, source, start, end) identify the rows, so that two feature regimes can be
    checked to describe the same paragraphs; ``commits`` the first-contact commit per coding.
    ``clause_pair``: a paragraph's tokens also hold :data:`CLAUSE_PAIR` when one clause names a
    party and a conflict word (:func:`clause_pair_tokens`, version 19's candidate feature).
    """
    conflict = load_words("pf_conflict_words.txt")
    book = load_codebook()
    golds = {k: adjudicated(k, read_gold(p, raw=folder)) for k, p in codings.items()}
    texts: dict[str, str] = {}
    bases, tokens, ys, groups, names, keys = [], [], [], [], [], []
    discussion: list[bool] = []
    commits: dict[str, str] = {}
    for name, g in golds.items():
        sources = sorted(set(g["source"]))
        corpus = load_corpus([folder / s for s in sources])
        texts.update({Path(k).name: v for k, v in corpus.texts.items()})
        if blind:
            commits[name] = _added_in(codings[name])
        table = (first_contact_table(commits[name], sources, folder) if blind
                 else paragraph_themes(corpus, book))
        table = by_file_name(table)
        base, _ = feature_matrix(table, texts, book[THEME], [])
        talk = discussion_cues(table, texts, book[THEME])
        pairs = dict(match_spans(g, table, overlap=True))
        for gi in g.index:
            if gi in pairs:  # every coded paragraph is a body paragraph of its article
                i = pairs[gi]
                bases.append(base[i])
                discussion.append(bool(talk[i]))
                text = texts[table.at[i, "source"]][
                    int(table.at[i, "start"]):int(table.at[i, "end"])]
                toks = paragraph_tokens(text)
                if clause_pair:
                    toks |= clause_pair_tokens(text, book[THEME].context_regex, conflict)
                tokens.append(toks)
                ys.append(int(g.at[gi, THEME]))
                groups.append(g.at[gi, "source"])
                names.append(name)
                keys.append((name, g.at[gi, "source"], int(g.at[gi, "start"]),
                             int(g.at[gi, "end"])))
    return {"texts": texts, "base": np.array(bases), "tokens": tokens,
            "y": np.array(ys, dtype=float), "group": np.array(groups), "coding": names,
            "keys": keys, "commits": commits,
            "discussion": np.array(discussion, dtype=bool),
            "n_gold": {k: len(g) for k, g in golds.items()},
            "n_factional": {k: int(g[THEME].astype(int).sum()) for k, g in golds.items()}}


def adjudicated(name: str, gold: pd.DataFrame,
                path: Path | tuple[Path, ...] = ADJUDICATED) -> pd.DataFrame:
    """``gold`` (coding ``name``) with its PF codes replaced by the adjudicated ones of
    ``path`` (one file or several) where a file lists the coding; every listed paragraph must
    be in ``gold``, and a coding listed by two files is refused."""
    paths = (path,) if isinstance(path, Path) else tuple(path)
    found = []
    for one in paths:
        adj = pd.read_csv(one, keep_default_na=False)
        adj = adj[adj["set"] == name]
        if not adj.empty:
            found.append((one, adj))
    if not found:
        return gold
    if len(found) > 1:
        raise ValueError(f"{name} is adjudicated in more than one file: "
                         f"{[str(f) for f, _ in found]}")
    one, adj = found[0]
    key = ["source", "start", "end"]
    codes = {tuple(r[k] for k in key): int(r[THEME]) for _, r in adj.iterrows()}
    rows = [tuple(r) for r in gold[key].itertuples(index=False)]
    if set(codes) - set(rows) or len(codes) != len(rows):
        raise ValueError(f"{one}: the {name} rows are not the paragraphs of the coding")
    out = gold.copy()
    out[THEME] = [codes[r] for r in rows]
    return out


def _added_in(path: Path) -> str:
    """The short commit that added ``path`` (its codes were committed before the codebook ran
    on them, so the code at that commit is the codebook of first contact)."""
    return subprocess.run(["git", "log", "--diff-filter=A", "--format=%h", "--", str(path)],
                          cwd=PROJECT_ROOT, capture_output=True, text=True,
                          check=True).stdout.split()[-1]


def name_words(texts: dict[str, str]) -> set[str]:
    """Words written capitalised in at least half of their mid-sentence uses (names)."""
    cap, low = Counter(), Counter()
    for text in texts.values():
        for m in _MID_WORD.finditer(text):
            w = m.group(1)
            (cap if w[0].isupper() else low)[w.lower()] += 1
    return {w for w in cap if word_is_name(cap[w], low[w])}


def is_name(word: str, names: set[str]) -> bool:
    """A name word (:func:`name_words`), or a hyphenated compound with a name among its parts
    (``anti-X``, ``X-backed``: version 25; the capitalisation test sees such a compound
    lower-case, so the compound alone would pass it)."""
    return word in names or any(part in names for part in word.split("-") if part)


def choose_vocabulary(tokens: list[set[str]], y: np.ndarray, group: np.ndarray, k: int,
                      names: set[str], pool: tuple[str, ...] | None = None,
                      stop: bool = False) -> list[str]:
    """The ``k`` entries most associated with the label (G-squared of presence by label).

    Entries: ``pool`` (the relation-word lexicon, stems allowed) or, without one, every word
    that is not a name. An entry must occur in >= MIN_ARTICLES articles and, if it points to
    the theme, in coded paragraphs of >= MIN_POSITIVE_ARTICLES articles (no one-article
    words). ``stop``: the open vocabulary also leaves out the topic stop list
    (:func:`topic_stop_words`, version 26). Ties by entry.
    """
    if k == 0:
        return []
    return rank_vocabulary(tokens, y, group, names, pool, stop)[:k]


def rank_vocabulary(tokens: list[set[str]], y: np.ndarray, group: np.ndarray,
                    names: set[str], pool: tuple[str, ...] | None = None,
                    stop: bool = False) -> list[str]:
    """Every admissible entry in :func:`choose_vocabulary`'s order (its first ``k`` are the
    choice of size ``k``: computed once per training set, version 25, for speed)."""
    if pool is None:
        banned = _topic_words() | (topic_stop_words() if stop else set())
        entries = sorted({w for toks in tokens for w in toks
                          if not is_name(w, names) and len(w) >= 2 and not w.isdigit()}
                         - banned)
        hits = {w: [i for i, toks in enumerate(tokens) if w in toks] for w in entries}
    else:
        hits = {e: [i for i, toks in enumerate(tokens) if word_present(toks, e)] for e in pool}
    n, n_pos = len(y), float(y.sum())
    scored = []
    for w, rows in hits.items():
        df = len(rows)
        if df == 0 or len({group[i] for i in rows}) < MIN_ARTICLES:
            continue
        a = float(sum(y[i] for i in rows))  # with the entry: coded / not coded
        b = df - a
        if a / df > n_pos / n and len({group[i] for i in rows if y[i]}) < MIN_POSITIVE_ARTICLES:
            continue
        c, d = n_pos - a, (n - n_pos) - b
        g2 = 0.0
        for obs, row, col in ((a, df, n_pos), (b, df, n - n_pos), (c, n - df, n_pos),
                              (d, n - df, n - n_pos)):
            exp = row * col / n
            g2 += 2 * obs * math.log(obs / exp) if obs > 0 and exp > 0 else 0.0
        scored.append((-g2, w))
    return [w for _, w in sorted(scored)]


def _topic_words() -> set[str]:
    """Topic words (``data/lexicons/topic_words.txt``: what a text is about) that are not
    relation words of the theme's lexicon (``party``, ``leader`` and ``members`` say how
    factional talk is told; ``trade`` or ``country`` what an article is about)."""
    keep = relation_words()
    return {w for w in load_words("topic_words.txt")
            if not any(word_present({w}, e) for e in keep)}


def topic_stop_words() -> set[str]:
    """The topic stop list of the open vocabulary (``data/lexicons/pf_topic_stop_words.txt``,
    version 26: policy issues and lower-case named entities, what a story is about)."""
    return set(load_words("pf_topic_stop_words.txt"))


def fit_model(data: dict, idx: np.ndarray, k: int, lam: float, names: set[str],
              threshold: float = 0.5, pool: tuple[str, ...] | None = None,
              context: str = "free", stop: bool = False) -> LearnedModel:
    """A model fitted on the coded paragraphs ``idx`` with a vocabulary of ``k`` entries of
    ``pool`` (None: the open vocabulary, without the topic stop list when ``stop``), reading
    article context as ``context`` says
    (:func:`~helpers.instruments.themes.learned.context_view`); ``lower``: a ``none`` model
    with a ``free`` model of the same rows, vocabulary and penalty as its context model. The
    vocabulary ranking of a training set is kept in ``data['_ranks']`` (the same set gives the
    same ranking)."""
    if context == "lower":
        own = fit_model(data, idx, k, lam, names, threshold, pool, "none", stop)
        ctx = fit_model(data, idx, k, lam, names, threshold, pool, "free", stop)
        return dataclasses.replace(own, context="lower", context_model=ctx)
    key = (None if pool is None else tuple(pool), bool(stop and pool is None),
           np.asarray(idx).tobytes())
    ranks = data.setdefault("_ranks", {})
    if k and key not in ranks:
        ranks[key] = rank_vocabulary([data["tokens"][i] for i in idx], data["y"][idx],
                                     data["group"][idx], names, pool, stop)
    vocab = ranks[key][:k] if k else []
    x, feats = _features(data, vocab)
    xt = context_view(x[idx], feats, context)
    mean, scale = xt.mean(axis=0), xt.std(axis=0)
    scale = np.where(scale > 0, scale, 1.0)
    w, b = fit_logistic((xt - mean) / scale, data["y"][idx], lam)
    return LearnedModel(THEME, tuple(feats), mean, scale, w, b, threshold, context=context)


def _features(data: dict, vocab: list[str], base: str = "base") -> tuple[np.ndarray, list[str]]:
    """Raw features of the coded paragraphs (rows in ``data['keys']`` order): the codebook
    and context features of ``data[base]`` (``base``: the training features, ``eval_base``:
    the features a held-out paragraph is scored with), then one 0/1 column per ``vocab`` word
    (as :func:`feature_matrix` makes them)."""
    words = word_features(data["tokens"], vocab)
    feats = [*CODEBOOK_FEATURES, *CONTEXT_FEATURES, *(f"w:{w}" for w in vocab)]
    return np.hstack([data[base], words]), feats


def _eval_key(data: dict) -> str:
    """``eval_base`` when the data names features to score held-out paragraphs with (version
    24: first-contact features, whatever the model was trained on), else ``base``."""
    return "eval_base" if "eval_base" in data else "base"


def folds(group: np.ndarray, n_folds: int = FOLDS, seed: int = SEED) -> np.ndarray:
    """The fold of each paragraph: articles shuffled once (seeded), dealt round-robin."""
    arts = sorted(set(group.tolist()))
    order = np.random.RandomState(seed).permutation(len(arts))
    fold_of = {arts[j]: i % n_folds for i, j in enumerate(order)}
    return np.array([fold_of[g] for g in group])


def out_of_fold(data: dict, k: int, lam: float, names: set[str], share: float = 1.0,
                pool: tuple[str, ...] | None = None,
                context: str = "free", stop: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """Out-of-fold ``p`` and ``p_own`` (context at the mean) of every coded paragraph;
    ``share`` < 1 trains each fold on that share of its training articles (learning curve).

    Kept in ``data['_oof']`` (the same cell, training and scoring features give the same
    figures; a copy of ``data`` with other features shares the dict, so the key names the
    feature arrays it was computed from). ``lower`` is composed from
    the ``none`` and ``free`` cells (a fold's ``lower`` model is exactly those two models):
    ``p = min(p_none, p_free)``, ``p_own = p_none``.
    """
    stop = bool(stop and pool is None)  # the stop list changes only the open vocabulary
    cache = data.setdefault("_oof", {})
    key = (context, None if pool is None else tuple(pool), k, lam, share, stop,
           id(data["base"]), id(data[_eval_key(data)]))
    if key in cache:
        return cache[key]
    if context == "lower":
        p_none, _ = out_of_fold(data, k, lam, names, share, pool, "none", stop)
        p_free, _ = out_of_fold(data, k, lam, names, share, pool, "free", stop)
        cache[key] = (np.minimum(p_none, p_free), p_none)
        return cache[key]
    f = folds(data["group"])
    p, p_own = np.zeros(len(f)), np.zeros(len(f))
    for i in range(FOLDS):
        train = np.flatnonzero(f != i)
        if share < 1.0:
            arts = sorted(set(data["group"][train].tolist()))
            keep = set(np.array(arts)[np.random.RandomState(SEED + i).permutation(
                len(arts))[:max(2, round(share * len(arts)))]].tolist())
            train = np.array([j for j in train if data["group"][j] in keep])
        model = fit_model(data, train, k, lam, names, pool=pool, context=context, stop=stop)
        test = np.flatnonzero(f == i)
        x, _ = _features(data, model.vocabulary, _eval_key(data))
        p[test] = predict_proba(model, x[test])
        p_own[test] = predict_proba(model, x[test], drop_context=True)
    cache[key] = (p, p_own)
    return p, p_own


def gate_mask(data: dict, cue_gate: bool | str | None) -> np.ndarray:
    """The paragraphs a gate lets the scorer code: all (None / False), those with an own
    codebook cue (``cue`` or True, version 27), those whose own cue is not only a name
    (``discussion``, version 28: ``data['discussion']``, from the same first-contact tables).
    """
    n = len(data["y"])
    if cue_gate in (None, False):
        return np.ones(n, dtype=bool)
    cue = own_cue(data[_eval_key(data)], CODEBOOK_FEATURES)
    if cue_gate in (True, "cue"):
        return cue
    if cue_gate == "discussion":
        return cue & np.asarray(data["discussion"], dtype=bool)
    raise ValueError(f"unknown gate {cue_gate!r}; one of {GATE_KINDS}")


def scores(data: dict, p: np.ndarray, p_own: np.ndarray, t: float,
           gate: float | None = None, cue_gate: bool | str | None = False) -> dict[str, dict]:
    """P/R/F1 of the codebook, the classifier alone (p >= t) and the combination (p >= t
    and p_own >= ``gate``, the threshold when None; with ``cue_gate`` only paragraphs the gate
    lets through, :func:`gate_mask`). The codebook and the cue are those of the features the
    paragraphs are scored with (``eval_base`` when given)."""
    y = data["y"].astype(bool)
    cb = data[_eval_key(data)][:, 0].astype(bool)
    clf = (p >= t) & (p_own >= (t if gate is None else gate))
    if cue_gate:
        clf &= gate_mask(data, cue_gate)
    out = {}
    for name, pred in (("codebook", cb), ("classifier", p >= t), ("combined", cb | clf)):
        out[name] = prf(int((pred & y).sum()), int((pred & ~y).sum()), int((~pred & y).sum()))
    return out


def one_party_word_probe(model: LearnedModel) -> float:
    """``p`` of the paragraph's own features (context at the mean) for a paragraph that says
    nothing but names a party once: no codebook cue, one party in view, the word ``party``
    when it is in the vocabulary, the training mean length, no other vocabulary word.

    Why: the issue's rule is that article context may decide a paragraph with one weak cue
    but never codes one by itself; a gate at or below this value lets context plus a party
    name code a paragraph.
    """
    x = np.zeros((1, len(model.features)))
    col = {f: i for i, f in enumerate(model.features)}
    x[0, col["len:log_words"]] = model.mean[col["len:log_words"]]
    for f in CONTEXT_FEATURES:
        x[0, col[f]] = model.mean[col[f]]
    x[0, col["party:in_view"]] = math.log1p(1)
    if "w:party" in col:
        x[0, col["w:party"]] = 1.0
    return float(predict_proba(model, x, drop_context=True)[0])


def choose_gate(data: dict, p: np.ndarray, p_own: np.ndarray, probe: float,
                tolerance: float = 0.0,
                cue_gate: bool | str | None = False) -> tuple[float, float, list[dict]]:
    """The threshold and own-feature gate, from the out-of-fold ``p`` and ``p_own``.

    Candidates: every confident threshold ``t`` and every gate >= ``t`` that lies above the
    one-party-word probe (:func:`one_party_word_probe`, so that context plus a party name
    cannot code a paragraph). Chosen: the best combined F1 among those whose combined
    precision is not below the codebook's own minus ``tolerance`` (version 17: 0, the
    classifier must not make the coding less precise than the codebook; version 24:
    :data:`PRECISION_TOLERANCE`, a bounded precision cost, see the notes); ties and near-ties
    (F1 within 0.005) go to the stricter gate, then the higher threshold. If no candidate
    keeps the precision, the most precise. ``cue_gate``: the combination counts only
    paragraphs with an own codebook cue (version 27).
    Returns ``(t, gate, rows)`` with a row per candidate for the report.
    """
    rows = []
    for t in CONFIDENT:
        for g in GATES:
            if g < t or g <= probe:
                continue
            s = scores(data, p, p_own, t, g, cue_gate)
            rows.append({"threshold": t, "gate": g, **{
                f"{k}_{n}": round(float(s["combined"][k]), 4)
                for n in ("combined",) for k in ("precision", "recall", "f1", "tp", "fp")}})
    floor = scores(data, p, p_own, 0.5)["codebook"]["precision"]
    keep = [r for r in rows if r["precision_combined"] >= floor - tolerance - 1e-12]
    if not keep:
        best = max(rows, key=lambda r: (r["precision_combined"], r["gate"], r["threshold"]))
        return best["threshold"], best["gate"], rows
    top = max(r["f1_combined"] for r in keep)
    near = [r for r in keep if r["f1_combined"] >= top - 0.005]
    best = max(near, key=lambda r: (r["gate"], r["threshold"]))
    return best["threshold"], best["gate"], rows


def log_loss(y: np.ndarray, p: np.ndarray) -> float:
    """Mean negative log-likelihood of the labels under ``p``."""
    p = np.clip(p, 1e-9, 1 - 1e-9)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def _summary(s: dict) -> str:
    return "; ".join(f"{n} P {v['precision']:.3f} R {v['recall']:.3f} F1 {v['f1']:.3f} "
                     f"({v['tp']}/{v['fp']}/{v['fn']})" for n, v in s.items())


def fit_regime(data: dict, names: set[str], pools: dict, label: str,
               context: str = "free", stop: bool = False,
               cue_gate: bool | str | None = False) -> dict:
    """Grid, threshold and gate, learning curve and top weights of one training regime and
    context variant, every figure out of fold on ``data``'s scoring features (version 24's
    rule within a variant; see the notes). ``cue_gate``: the codebook gate of version 27 (it
    changes the combination's figures, not ``p``, so the grid cell is the ungated one's)."""
    y = data["y"]
    grid = []
    for pool_name, pool in pools.items():
        for k in VOCAB_SIZES:
            if pool_name == "open" and k == 0:
                continue  # the same model as the lexicon's k = 0
            for lam in PENALTIES:
                p, p_own = out_of_fold(data, k, lam, names, pool=pool, context=context,
                                       stop=stop)
                s = scores(data, p, p_own, 0.5, cue_gate=cue_gate)
                grid.append({"pool": pool_name, "vocabulary": k, "penalty": lam,
                             "log_loss": round(log_loss(y, p), 4),
                             "f1_classifier": round(s["classifier"]["f1"], 4),
                             "f1_combined": round(s["combined"]["f1"], 4)})
                print(label, grid[-1], flush=True)
    best = min(grid, key=lambda r: (r["log_loss"], r["vocabulary"], r["penalty"]))
    k, lam, pool = best["vocabulary"], best["penalty"], pools[best["pool"]]
    print(label, "chosen:", best)
    p, p_own = out_of_fold(data, k, lam, names, pool=pool, context=context, stop=stop)
    by_t = {t: scores(data, p, p_own, t, cue_gate=cue_gate) for t in THRESHOLDS}
    for t, s in by_t.items():
        print(f"{label} t={t}: {_summary(s)}")
    model = fit_model(data, np.arange(len(y)), k, lam, names, 0.5, pool, context, stop)
    probe = one_party_word_probe(model)
    t_best, gate, gates = choose_gate(data, p, p_own, probe, PRECISION_TOLERANCE, cue_gate)
    t_strict, g_strict, _ = choose_gate(data, p, p_own, probe, 0.0, cue_gate)
    for r in gates:
        print(label, "gate candidate:", r)
    chosen = scores(data, p, p_own, t_best, gate, cue_gate)
    strict = scores(data, p, p_own, t_strict, g_strict, cue_gate)
    held = gate_held_back(data, p, p_own, t_best, gate, cue_gate) if cue_gate else {}
    if held:
        print(f"{label}: the {cue_gate} gate holds back {held['right']} right and "
              f"{held['wrong']} wrong paragraphs at t={t_best}, gate={gate}")
    print(f"{label}: one-party-word probe p_own {probe:.3f}; chosen t={t_best}, gate={gate}: "
          f"{_summary(chosen)}")
    print(f"{label}: strict floor (tolerance 0) t={t_strict}, gate={g_strict}: "
          f"{_summary(strict)}")
    curve = []
    for share in (0.25, 0.5, 0.75, 1.0):
        pc, pc_own = out_of_fold(data, k, lam, names, share, pool=pool, context=context,
                                 stop=stop)
        s = scores(data, pc, pc_own, t_best, gate, cue_gate)
        curve.append({"share_of_training_articles": share, "classifier": s["classifier"],
                      "combined": s["combined"]})
        print(f"{label} learning curve {share}: classifier F1 {s['classifier']['f1']:.3f}, "
              f"combined F1 {s['combined']['f1']:.3f}")
    order = np.argsort(-np.abs(model.weights), kind="stable")
    top = [(model.features[i], round(float(model.weights[i]), 3)) for i in order[:30]]
    print(label, "top weights:", top)
    if context == "lower":  # the weights of the own model, then of the context model
        cm = model.context_model
        corder = np.argsort(-np.abs(cm.weights), kind="stable")
        top_ctx = [(cm.features[i], round(float(cm.weights[i]), 3)) for i in corder[:30]]
        print(label, "context model top weights:", top_ctx)
    else:
        top_ctx = []
    return {"context": context, "topic_stop_list": stop, "cue_gate": cue_gate,
            "gate_held_back": held, "pool": best["pool"],
            "vocabulary": model.vocabulary, "context_model_top_weights": top_ctx,
            "vocabulary_size": k, "penalty": lam,
            "threshold": t_best,
            "own_threshold": gate, "one_party_word_probe": round(probe, 4), "grid": grid,
            "cv": {str(t): s for t, s in by_t.items()}, "cv_gated": chosen,
            "strict_floor": {"threshold": t_strict, "own_threshold": g_strict,
                             "cv_gated": strict},
            "gate_candidates": gates, "learning_curve": curve, "top_weights": top}


def gate_held_back(data: dict, p: np.ndarray, p_own: np.ndarray, t: float,
                   gate: float, cue_gate: bool | str = "cue") -> dict[str, int]:
    """How many paragraphs a gate (:func:`gate_mask`) keeps the scorer from coding at ``t`` /
    ``gate`` (coded by the combination without the gate, not with it): gold factional
    (``right``) and not (``wrong``). Reported, chooses nothing."""
    y = data["y"].astype(bool)
    cb = data[_eval_key(data)][:, 0].astype(bool)
    clf = (p >= t) & (p_own >= gate) & ~cb
    held = clf & ~gate_mask(data, cue_gate)
    return {"right": int((held & y).sum()), "wrong": int((held & ~y).sum())}


def choose_regime(results: dict[str, dict]) -> str:
    """The regime with the higher out-of-fold combined F1 at its chosen threshold and gate;
    within 0.005 of it, first contact (its training features are distributed as on unseen
    text). Version 24's rule, written before the fit."""
    top = max(r["cv_gated"]["combined"]["f1"] for r in results.values())
    near = [name for name, r in results.items() if r["cv_gated"]["combined"]["f1"] >= top - 0.005]
    return "first contact" if "first contact" in near else near[0]


def choose_configuration(results: dict[str, dict]) -> str:
    """The committed configuration (version 28's rule, written before the fit): among
    :data:`PREFERENCE` (never ``free``), the highest out-of-fold combined F1 at its chosen
    threshold and gate; every one within 0.005 of it is a near-tie, and the first near-tie in
    :data:`PREFERENCE` order is chosen (the discussion gate first, then the codebook gate, then
    context that may only lower before no context)."""
    if set(PREFERENCE) - set(results):
        raise ValueError(f"every configuration of {PREFERENCE} must be fitted")
    f1 = {k: results[k]["cv_gated"]["combined"]["f1"] for k in PREFERENCE}
    top = max(f1.values())
    return next(k for k in PREFERENCE if f1[k] >= top - 0.005)


def choose_variant(results: dict[str, dict]) -> str:
    """The committed variant (version 25's rule, written before the fit): ``none`` or
    ``gated``, the higher out-of-fold combined F1 at its chosen threshold and gate; within
    0.005, ``none``. ``free`` is never chosen (context drives its p on any paragraph, against
    the issue's rule); it is fitted to show what the rule costs."""
    allowed = {k: r for k, r in results.items() if k in ("none", "gated")}
    if set(allowed) != {"none", "gated"}:
        raise ValueError("both the 'none' and the 'gated' variant must be fitted")
    f1 = {k: r["cv_gated"]["combined"]["f1"] for k, r in allowed.items()}
    return "none" if f1["none"] >= f1["gated"] - 0.005 else "gated"


def main(argv: list[str] | None = None) -> int:
    """Fit both regimes, report, choose, and (unless ``--dry-run``) write the model file."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_PF_MODEL)
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--report", type=Path, help="also write every figure to this JSON file")
    ap.add_argument("--today-regime", action="store_true",
                    help="also fit variant (b) on today's codebook features (comparison only)")
    ap.add_argument("--grid", choices=("full", "smoke"), default="full",
                    help="smoke: a reduced grid (vocabulary 0/10, penalty 30) to check the script")
    ap.add_argument("--clause-pair", action="store_true",
                    help=f"add the candidate {CLAUSE_PAIR!r} (a party and a conflict word in "
                         "one clause) to the lexicon pool (version 19)")
    ap.add_argument("--table-cache", type=Path,
                    help="keep the first-contact tables in this folder and reuse them")
    args = ap.parse_args(argv)
    if args.table_cache is not None:
        global TABLE_CACHE
        TABLE_CACHE = args.table_cache
    if args.grid == "smoke":
        global VOCAB_SIZES, PENALTIES
        VOCAB_SIZES, PENALTIES = (0, 10), (30.0,)
    folder = validation_dir("polnear") / "train" / "text"
    if not folder.is_dir():
        print(f"PolNeAR train not found at {folder}", file=sys.stderr)
        return 2
    first = load_training(folder, blind=True, clause_pair=args.clause_pair)
    names = name_words(first["texts"])
    y = first["y"]
    print(f"{len(y)} coded paragraphs, {int(y.sum())} factional, "
          f"{len(set(first['group'].tolist()))} articles; {len(names)} name words excluded; "
          f"first-contact commits {first['commits']}", flush=True)
    pools = {"lexicon": relation_words() + ((CLAUSE_PAIR,) if args.clause_pair else ()),
             "open": None}
    data = {**first, "eval_base": first["base"]}
    results = {name: fit_regime(data, names, pools, label, mode, stop, gated)
               for name, (mode, stop, gated, label) in CONFIGURATIONS.items()}
    if args.today_regime:  # for the reader only: version 24's weaker training regime
        today = load_training(folder, blind=False, clause_pair=args.clause_pair)
        if today["keys"] != first["keys"] or not np.array_equal(today["y"], y):
            raise RuntimeError("first-contact and today's tables match different paragraphs")
        results["today (none)"] = fit_regime({**today, "eval_base": first["base"]}, names,
                                             pools, "today's features, (b)", "none")
    chosen = choose_configuration(results)
    c = results[chosen]
    variant, stop, gated = CONFIGURATIONS[chosen][:3]
    print(f"chosen configuration: {CONFIGURATIONS[chosen][3]}, {c['pool']} "
          f"{c['vocabulary_size']} / {c['penalty']}, t {c['threshold']}, gate "
          f"{c['own_threshold']}: {_summary(c['cv_gated'])}")
    model = fit_model(data, np.arange(len(y)), c["vocabulary_size"], c["penalty"], names,
                      c["threshold"], pools[c["pool"]], variant, stop)
    fit = {"commit": git_commit(), "script": "scripts/fit_pf_classifier.py",
           "data": {k2: str(p2.relative_to(PROJECT_ROOT)) for k2, p2 in CODINGS.items()},
           "adjudicated": [str(a.relative_to(PROJECT_ROOT)) for a in ADJUDICATED],
           "coded_paragraphs_per_coding": first["n_gold"],
           "factional_per_coding": first["n_factional"],
           "first_contact_commits": first["commits"],
           "codebook_features_from": "first contact",
           "scored_out_of_fold_on": "first contact",
           "context": variant,
           "configuration": chosen,
           "cue_gate": gated is not None,
           "discussion_gate": gated == "discussion",
           "topic_stop_list": ("data/lexicons/pf_topic_stop_words.txt"
                               if stop and c["pool"] == "open" else None),
           "precision_tolerance": PRECISION_TOLERANCE,
           "paragraphs": len(y), "factional": int(y.sum()),
           "articles": len(set(first["group"].tolist())), "folds": FOLDS, "seed": SEED,
           "clause_pair_candidate": args.clause_pair,
           "vocabulary_pool": c["pool"], "vocabulary_size": c["vocabulary_size"],
           "penalty": c["penalty"], "threshold": c["threshold"],
           "own_threshold": c["own_threshold"],
           "one_party_word_probe": c["one_party_word_probe"],
           "codebook_features": list(CODEBOOK_FEATURES),
           "context_features": list(CONTEXT_FEATURES),
           **{key: c[key] for key in ("grid", "cv", "cv_gated", "strict_floor",
                                      "gate_candidates", "learning_curve", "top_weights")},
           "configurations": {name: {key: v for key, v in res.items()
                                     if key not in ("grid", "cv", "gate_candidates")}
                              for name, res in results.items()}}
    model = dataclasses.replace(model, threshold=c["threshold"], fit=fit,
                                own_threshold=c["own_threshold"], cue_gate=gated is not None,
                                discussion_gate=gated == "discussion")
    if args.report:
        args.report.write_text(json.dumps(results, indent=1, default=float) + "\n",
                               encoding="utf-8")
    if not args.dry_run:
        args.out.write_text(json.dumps(model.to_json(), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
