"""Fit the learned party-factionalism scorer on the paragraph codings v5-v10 (themes version 19).

Why: issue 16's word cues did not carry from one blind coding to the next; this fits the
logistic regression of :mod:`helpers.instruments.themes.learned` on the development codings of
PolNeAR TRAIN paragraphs (``data/annotations/real_news/themes_polnear_train*.csv``: the
unversioned file = v5, v6, ..., v10; v9 and v10 with the adjudicated codes of
``themes_polnear_train_v9_v10_adjudicated.csv``), chooses the vocabulary size and the penalty
by cross-validation grouped by article, then the decision threshold and the own-feature gate
(:func:`choose_gate`), reports out-of-fold figures and a learning curve, and writes
``data/models/pf_classifier.json``. v11 is never read here (it is the test set). The codebook
features are today's codebook's (version 18, whose classes were written from v5-v10: optimistic
on them) unless ``--first-contact`` asks for each coding's first-contact codebook (version 17's
procedure). Deterministic: the same codings, codebook and text give the same file.

    NS_SHARED_DATA=/work/shared python scripts/fit_pf_classifier.py            # fit and write
    NS_SHARED_DATA=/work/shared python scripts/fit_pf_classifier.py --dry-run  # figures only
"""

from __future__ import annotations

import argparse
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
    feature_matrix,
    fit_logistic,
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
#: the development codings (v11 is the test set and is not listed)
CODINGS = {"v5": REAL / "themes_polnear_train.csv", "v6": REAL / "themes_polnear_train_v6.csv",
           "v7": REAL / "themes_polnear_train_v7.csv", "v8": REAL / "themes_polnear_train_v8.csv",
           "v9": REAL / "themes_polnear_train_v9.csv", "v10": REAL / "themes_polnear_train_v10.csv"}
#: the adjudicated PF codes of the v9/v10 disagreements (themes version 18): they replace the
#: first coder's codes of those two codings (same paragraphs, ``set`` column names the coding)
ADJUDICATED = REAL / "themes_polnear_train_v9_v10_adjudicated.csv"
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
_MID_WORD = re.compile(r"(?<=[a-z,;] )([A-Za-z][A-Za-z'\-]*)")


def first_contact_table(commit: str, sources: list[str], folder: Path) -> pd.DataFrame:
    """The paragraph table of ``sources`` as the code and codebook at ``commit`` made it.

    Why: the codebook's rules were later written against each coding, so its signals on a
    coding's paragraphs today are optimistic; the model must learn from the signals it gave
    before the coding was read (first contact), as it will see them on unseen text. The commit
    is exported with ``git archive`` and run in a subprocess (deterministic).
    """
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
        table = pd.read_csv(out, keep_default_na=False)
    for c in (f"{THEME}_present", f"{THEME}_negated"):
        table[c] = table[c].astype(str).str.lower().eq("true")
    return table


def load_training(folder: Path, codings: dict[str, Path] = CODINGS,
                  blind: bool = True, clause_pair: bool = False) -> dict:
    """The coded paragraphs: ``base`` (raw codebook and context features), ``tokens``,
    ``y``, ``group`` (article file) and ``coding``, plus the texts.

    ``blind``: the codebook features of each coding come from the commit that added it (the
    codebook before its errors were read: :func:`first_contact_table`); else from today's.
    ``clause_pair``: a paragraph's tokens also hold :data:`CLAUSE_PAIR` when one clause names a
    party and a conflict word (:func:`clause_pair_tokens`, version 19's candidate feature).
    """
    conflict = load_words("pf_conflict_words.txt")
    book = load_codebook()
    golds = {k: adjudicated(k, read_gold(p, raw=folder)) for k, p in codings.items()}
    texts: dict[str, str] = {}
    bases, tokens, ys, groups, names = [], [], [], [], []
    for name, g in golds.items():
        sources = sorted(set(g["source"]))
        corpus = load_corpus([folder / s for s in sources])
        texts.update({Path(k).name: v for k, v in corpus.texts.items()})
        table = (first_contact_table(_added_in(codings[name]), sources, folder) if blind
                 else paragraph_themes(corpus, book))
        table = by_file_name(table)
        base, _ = feature_matrix(table, texts, book[THEME], [])
        pairs = dict(match_spans(g, table, overlap=True))
        for gi in g.index:
            if gi in pairs:  # every coded paragraph is a body paragraph of its article
                i = pairs[gi]
                bases.append(base[i])
                text = texts[table.at[i, "source"]][
                    int(table.at[i, "start"]):int(table.at[i, "end"])]
                toks = paragraph_tokens(text)
                if clause_pair:
                    toks |= clause_pair_tokens(text, book[THEME].context_regex, conflict)
                tokens.append(toks)
                ys.append(int(g.at[gi, THEME]))
                groups.append(g.at[gi, "source"])
                names.append(name)
    return {"texts": texts, "base": np.array(bases), "tokens": tokens,
            "y": np.array(ys, dtype=float), "group": np.array(groups), "coding": names,
            "n_gold": {k: len(g) for k, g in golds.items()}}


def adjudicated(name: str, gold: pd.DataFrame, path: Path = ADJUDICATED) -> pd.DataFrame:
    """``gold`` (coding ``name``) with its PF codes replaced by the adjudicated ones of
    ``path`` where that file lists the coding; every listed paragraph must be in ``gold``."""
    adj = pd.read_csv(path, keep_default_na=False)
    adj = adj[adj["set"] == name]
    if adj.empty:
        return gold
    key = ["source", "start", "end"]
    codes = {tuple(r[k] for k in key): int(r[THEME]) for _, r in adj.iterrows()}
    rows = [tuple(r) for r in gold[key].itertuples(index=False)]
    if set(codes) - set(rows) or len(codes) != len(rows):
        raise ValueError(f"{path}: the {name} rows are not the paragraphs of the coding")
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


def choose_vocabulary(tokens: list[set[str]], y: np.ndarray, group: np.ndarray, k: int,
                      names: set[str], pool: tuple[str, ...] | None = None) -> list[str]:
    """The ``k`` entries most associated with the label (G-squared of presence by label).

    Entries: ``pool`` (the relation-word lexicon, stems allowed) or, without one, every word
    that is not a name. An entry must occur in >= MIN_ARTICLES articles and, if it points to
    the theme, in coded paragraphs of >= MIN_POSITIVE_ARTICLES articles (no one-article
    words). Ties by entry.
    """
    if k == 0:
        return []
    if pool is None:
        entries = sorted({w for toks in tokens for w in toks
                          if w not in names and len(w) >= 2 and not w.isdigit()}
                         - _topic_words())
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
    return [w for _, w in sorted(scored)[:k]]


def _topic_words() -> set[str]:
    """Topic words (``data/lexicons/topic_words.txt``: what a text is about) that are not
    relation words of the theme's lexicon (``party``, ``leader`` and ``members`` say how
    factional talk is told; ``trade`` or ``country`` what an article is about)."""
    keep = relation_words()
    return {w for w in load_words("topic_words.txt")
            if not any(word_present({w}, e) for e in keep)}


def fit_model(data: dict, idx: np.ndarray, k: int, lam: float, names: set[str],
              threshold: float = 0.5, pool: tuple[str, ...] | None = None) -> LearnedModel:
    """A model fitted on the coded paragraphs ``idx`` with a vocabulary of ``k`` entries of
    ``pool`` (None: the open vocabulary)."""
    vocab = choose_vocabulary([data["tokens"][i] for i in idx], data["y"][idx],
                              data["group"][idx], k, names, pool)
    x, feats = _features(data, vocab)
    xt = x[idx]
    mean, scale = xt.mean(axis=0), xt.std(axis=0)
    scale = np.where(scale > 0, scale, 1.0)
    w, b = fit_logistic((xt - mean) / scale, data["y"][idx], lam)
    return LearnedModel(THEME, tuple(feats), mean, scale, w, b, threshold)


def _features(data: dict, vocab: list[str]) -> tuple[np.ndarray, list[str]]:
    """Raw features of the coded paragraphs (rows in ``data['rows']`` order): the codebook
    and context features computed once, then one 0/1 column per ``vocab`` word (as
    :func:`feature_matrix` makes them)."""
    words = word_features(data["tokens"], vocab)
    feats = [*CODEBOOK_FEATURES, *CONTEXT_FEATURES, *(f"w:{w}" for w in vocab)]
    return np.hstack([data["base"], words]), feats


def folds(group: np.ndarray, n_folds: int = FOLDS, seed: int = SEED) -> np.ndarray:
    """The fold of each paragraph: articles shuffled once (seeded), dealt round-robin."""
    arts = sorted(set(group.tolist()))
    order = np.random.RandomState(seed).permutation(len(arts))
    fold_of = {arts[j]: i % n_folds for i, j in enumerate(order)}
    return np.array([fold_of[g] for g in group])


def out_of_fold(data: dict, k: int, lam: float, names: set[str], share: float = 1.0,
                pool: tuple[str, ...] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Out-of-fold ``p`` and ``p_own`` (context at the mean) of every coded paragraph;
    ``share`` < 1 trains each fold on that share of its training articles (learning curve)."""
    f = folds(data["group"])
    p, p_own = np.zeros(len(f)), np.zeros(len(f))
    for i in range(FOLDS):
        train = np.flatnonzero(f != i)
        if share < 1.0:
            arts = sorted(set(data["group"][train].tolist()))
            keep = set(np.array(arts)[np.random.RandomState(SEED + i).permutation(
                len(arts))[:max(2, round(share * len(arts)))]].tolist())
            train = np.array([j for j in train if data["group"][j] in keep])
        model = fit_model(data, train, k, lam, names, pool=pool)
        test = np.flatnonzero(f == i)
        x, _ = _features(data, model.vocabulary)
        p[test] = predict_proba(model, x[test])
        p_own[test] = predict_proba(model, x[test], drop_context=True)
    return p, p_own


def scores(data: dict, p: np.ndarray, p_own: np.ndarray, t: float,
           gate: float | None = None) -> dict[str, dict]:
    """P/R/F1 of the codebook, the classifier alone (p >= t) and the combination (p >= t
    and p_own >= ``gate``, the threshold when None)."""
    y = data["y"].astype(bool)
    cb = data["base"][:, 0].astype(bool)
    clf = (p >= t) & (p_own >= (t if gate is None else gate))
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


def choose_gate(data: dict, p: np.ndarray, p_own: np.ndarray, probe: float
                ) -> tuple[float, float, list[dict]]:
    """The threshold and own-feature gate, from the out-of-fold ``p`` and ``p_own``.

    Candidates: every confident threshold ``t`` and every gate >= ``t`` that lies above the
    one-party-word probe (:func:`one_party_word_probe`, so that context plus a party name
    cannot code a paragraph). Chosen: the best combined F1 among those whose combined
    precision is not below the codebook's own (the classifier must not make the coding less
    precise than the codebook); ties and near-ties (F1 within 0.005) go to the stricter
    gate, then the higher threshold. If no candidate keeps the precision, the most precise.
    Returns ``(t, gate, rows)`` with a row per candidate for the report.
    """
    rows = []
    for t in CONFIDENT:
        for g in GATES:
            if g < t or g <= probe:
                continue
            s = scores(data, p, p_own, t, g)
            rows.append({"threshold": t, "gate": g, **{
                f"{k}_{n}": round(float(s["combined"][k]), 4)
                for n in ("combined",) for k in ("precision", "recall", "f1", "tp", "fp")}})
    floor = scores(data, p, p_own, 0.5)["codebook"]["precision"]
    keep = [r for r in rows if r["precision_combined"] >= floor]
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


def main(argv: list[str] | None = None) -> int:
    """Fit, report, and (unless ``--dry-run``) write the model file."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_PF_MODEL)
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--first-contact", action="store_true",
                    help="codebook features of each coding from the commit that added it "
                         "(version 17), not from today's codebook (optimistic on v5-v10)")
    ap.add_argument("--clause-pair", action="store_true",
                    help=f"add the candidate {CLAUSE_PAIR!r} (a party and a conflict word in "
                         "one clause) to the lexicon pool (version 19)")
    args = ap.parse_args(argv)
    folder = validation_dir("polnear") / "train" / "text"
    if not folder.is_dir():
        print(f"PolNeAR train not found at {folder}", file=sys.stderr)
        return 2
    data = load_training(folder, blind=args.first_contact, clause_pair=args.clause_pair)
    names = name_words(data["texts"])
    y = data["y"]
    print(f"{len(y)} coded paragraphs, {int(y.sum())} factional, "
          f"{len(set(data['group'].tolist()))} articles; {len(names)} name words excluded")
    pools = {"lexicon": relation_words() + ((CLAUSE_PAIR,) if args.clause_pair else ()),
             "open": None}
    grid = []
    for pool_name, pool in pools.items():
        for k in VOCAB_SIZES:
            if pool_name == "open" and k == 0:
                continue  # the same model as the lexicon's k = 0
            for lam in PENALTIES:
                p, p_own = out_of_fold(data, k, lam, names, pool=pool)
                s = scores(data, p, p_own, 0.5)
                grid.append({"pool": pool_name, "vocabulary": k, "penalty": lam,
                             "log_loss": round(log_loss(y, p), 4),
                             "f1_classifier": round(s["classifier"]["f1"], 4),
                             "f1_combined": round(s["combined"]["f1"], 4)})
                print(grid[-1])
    best = min(grid, key=lambda r: (r["log_loss"], r["vocabulary"], r["penalty"]))
    k, lam, pool = best["vocabulary"], best["penalty"], pools[best["pool"]]
    print("chosen:", best)
    p, p_own = out_of_fold(data, k, lam, names, pool=pool)
    by_t = {t: scores(data, p, p_own, t) for t in THRESHOLDS}
    for t, s in by_t.items():
        print(f"t={t}: " + "; ".join(f"{n} P {v['precision']:.3f} R {v['recall']:.3f} "
                                     f"F1 {v['f1']:.3f}" for n, v in s.items()))
    t_same = max(CONFIDENT, key=lambda t: (by_t[t]["combined"]["f1"], t))
    probe = one_party_word_probe(fit_model(data, np.arange(len(y)), k, lam, names, 0.5, pool))
    t_best, gate, gates = choose_gate(data, p, p_own, probe)
    for r in gates:
        print("gate candidate:", r)
    print(f"one-party-word probe p_own {probe:.3f}; version-16 rule (gate = threshold) would "
          f"choose t={t_same}; chosen t={t_best}, gate={gate}:",
          scores(data, p, p_own, t_best, gate)["combined"])
    curve = []
    for share in (0.25, 0.5, 0.75, 1.0):
        pc, pc_own = out_of_fold(data, k, lam, names, share, pool=pool)
        s = scores(data, pc, pc_own, t_best, gate)
        curve.append({"share_of_training_articles": share, "classifier": s["classifier"],
                      "combined": s["combined"]})
        print(f"learning curve {share}: classifier F1 {s['classifier']['f1']:.3f}, "
              f"combined F1 {s['combined']['f1']:.3f}")
    model = fit_model(data, np.arange(len(y)), k, lam, names, t_best, pool)
    order = np.argsort(-np.abs(model.weights), kind="stable")
    top = [(model.features[i], round(float(model.weights[i]), 3)) for i in order[:30]]
    print("top weights:", top)
    fit = {"commit": git_commit(), "script": "scripts/fit_pf_classifier.py",
           "data": {k2: str(p2.relative_to(PROJECT_ROOT)) for k2, p2 in CODINGS.items()},
           "adjudicated": str(ADJUDICATED.relative_to(PROJECT_ROOT)),
           "codebook_features_from": "first contact" if args.first_contact else "today",
           "paragraphs": len(y), "factional": int(y.sum()),
           "articles": len(set(data["group"].tolist())), "folds": FOLDS, "seed": SEED,
           "clause_pair_candidate": args.clause_pair,
           "vocabulary_pool": best["pool"], "vocabulary_size": k, "penalty": lam,
           "threshold": t_best, "own_threshold": gate,
           "one_party_word_probe": round(probe, 4),
           "codebook_features": list(CODEBOOK_FEATURES),
           "context_features": list(CONTEXT_FEATURES),
           "grid": grid, "cv": {str(t): s for t, s in by_t.items()},
           "cv_gated": scores(data, p, p_own, t_best, gate), "gate_candidates": gates,
           "learning_curve": curve, "top_weights": top}
    model = LearnedModel(model.theme, model.features, model.mean, model.scale, model.weights,
                         model.bias, t_best, fit, gate)
    if not args.dry_run:
        args.out.write_text(json.dumps(model.to_json(), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
