"""Sentence sentiment: TextBlob (the headline measure), VADER, and a calibrated default ``score``.

Why three numbers. TextBlob's pattern lexicon averages the polarity of the adjectives it knows; it
misses negation outside its one-word window ("isn't a bad idea" reads as negative), ignores nouns
such as "disaster" and treats intensifiers unevenly. VADER (Hutto & Gilbert 2014) handles negation,
contrast ("but") and intensifiers and has a larger lexicon, but was built for social media. The
default ``score`` is a linear combination of both instruments, a negation-aware TextBlob variant,
the strongest VADER words, and word weights learned (ridge regression on word stems) from human
ratings of New York Times editorial sentences (``data/external``). Everything was chosen by
cross-validation with a split *by editorial* (``scripts/fit_sentiment.py``); the coefficients,
the split rule and the held-out scores are read from ``data/models/sentiment_calibration.json``
and the learned word weights from ``data/models/sentiment_words.csv`` (no fitting at import).
Raw TextBlob values stay available in every table.

Tables
------
``score_texts(texts)`` -> one row per text, in input order:
    ``polarity`` (TextBlob, -1..1), ``subjectivity`` (TextBlob, 0..1), ``polarity_negation``
    (TextBlob lexicon with contraction expansion, a three-word negation scope, intensifiers and
    "but" contrast weighting; -1..1), ``vader`` (VADER compound, -1..1), ``vader_pos``,
    ``vader_neg``, ``vader_neu`` (VADER proportions), ``vader_word_min``, ``vader_word_max``
    (valence / 4 of the most negative and most positive VADER-lexicon word, 0 if none),
    ``words_learned`` (sum of the word weights learned on the fit editorials,
    ``data/models/sentiment_words.csv``, over the square root of the number of known words; 0 if
    none), ``score`` (calibrated default, -1..1).

``sentence_sentiment(corpus, quotes=None)`` -> one row per sentence of ``corpus.sentences``:
    ``source``, ``article_id``, ``sentence_id``, ``section``, ``section_index``,
    ``paragraph_index``, ``start``, ``end``, ``text`` (``corpus.texts[source][start:end]``), the
    score columns above, ``voice`` (``narrator`` | ``quoted`` | ``mixed``), ``speaker`` (speaker of
    the speech quote overlapping the sentence most; empty for narrator), ``quote_share`` (share of
    the sentence's word characters inside speech quotes). ``quotes`` is a quotes table already
    extracted; without it every sentence is ``narrator`` (``helpers.report.joins.
    sentiment_with_voice`` extracts the quotes and calls this).

``explain(text)`` -> one row per TextBlob assessment: ``words``, ``polarity``, ``subjectivity``,
    ``label`` (TextBlob's ``sentiment_assessments``).

``aggregate(df, by, value="score")`` -> one row per group: the group columns, ``n``, ``mean``,
    ``sd``, ``ci_low``, ``ci_high`` (95% percentile bootstrap, fixed seed).

Classes for agreement tables: a value is ``negative`` below -0.05, ``positive`` above 0.05 and
``neutral`` in between (the band used by the VADER authors; gold ratings are divided by 4 first).
Comparison with gold ratings (NYT editorials, hand labels) is in :mod:`helpers.evaluate.sentiment`.
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from helpers.core.corpus import Corpus
from helpers.core.paths import MODELS, PROJECT_ROOT
from helpers.instruments.sentiment.libraries import (
    _lexicon,
    _textblob,
    _vader,
    _vader_scores,
)

__all__ = [
    "CALIBRATION_FILE",
    "MEASURES",
    "NEUTRAL_BAND",
    "aggregate",
    "disagreements",
    "driving_words",
    "explain",
    "load_calibration",
    "learned_word_score",
    "load_word_weights",
    "polarity_negation",
    "rolling_arc",
    "score_texts",
    "sentence_sentiment",
    "stems",
    "to_class",
    "vader_word_extremes",
]

CALIBRATION_FILE: Path = MODELS / "sentiment_calibration.json"
NEUTRAL_BAND: float = 0.05
#: The instruments compared everywhere (column name -> readable label).
MEASURES: dict[str, str] = {
    "polarity": "TextBlob polarity",
    "vader": "VADER compound",
    "polarity_negation": "TextBlob + negation scope",
    "score": "default score (calibrated)",
}
SCORE_COLUMNS = [
    "polarity", "subjectivity", "polarity_negation", "vader", "vader_pos", "vader_neg",
    "vader_neu", "vader_word_min", "vader_word_max", "words_learned", "score",
]
SENTENCE_COLUMNS = [
    "source", "article_id", "sentence_id", "section", "section_index", "paragraph_index",
    "start", "end", "text", *SCORE_COLUMNS, "voice", "speaker", "quote_share",
]
#: A sentence whose word characters are at least this much inside speech quotes is ``quoted``.
QUOTED_SHARE = 0.5

# ---------------------------------------------------------------- instruments

_NEGATORS = frozenset({
    "not", "no", "never", "nor", "neither", "without", "hardly", "barely", "scarcely", "nothing",
    "nobody", "none", "nowhere", "cannot", "lack", "lacks", "lacked", "lacking",
})
_CLAUSE_BREAKS = frozenset({",", ";", ":", ".", "!", "?", "but", "however", "yet", "although"})
_CONTRAST = frozenset({"but", "however", "yet"})
_NEGATION_SCOPE = 3
_TOKEN_RE = re.compile(r"[a-z0-9]+(?:'[a-z]+)*|[,;:.!?]")


def _tokens(text: str) -> list[str]:
    """Lower-case tokens with ``n't`` expanded to ``not`` and curly apostrophes folded."""
    folded = text.lower().replace("’", "'").replace("‘", "'")
    out: list[str] = []
    for tok in _TOKEN_RE.findall(folded):
        if tok.endswith("n't") and len(tok) > 3:
            out.extend((tok[:-3], "not"))
        elif tok == "can't":
            out.extend(("can", "not"))
        else:
            out.append(tok)
    return out


def polarity_negation(text: str) -> float:
    """TextBlob's lexicon with a wider negation scope, intensifiers and contrast weighting.

    Each word of TextBlob's lexicon contributes its polarity, multiplied by the intensity of a
    modifier right before it ("very good"); a negator (not/n't, no, never, without, hardly, ...)
    up to three tokens before it, within the clause, flips it the way TextBlob does ("not good"
    = -0.5 x good). Words after "but"/"however"/"yet" weigh 1.5, words before 0.5 (the clause
    after a contrast carries the writer's view). Returns the weighted mean, in [-1, 1]; 0 when
    no lexicon word occurs.
    """
    return _polarity_negation(_tokens(text))


def _polarity_negation(toks: list[str]) -> float:
    """:func:`polarity_negation` of already tokenised text (tokens from :func:`_tokens`)."""
    lex = _lexicon()
    contrast_at = max((i for i, t in enumerate(toks) if t in _CONTRAST), default=-1)
    total = weight_sum = 0.0
    for i, tok in enumerate(toks):
        entry = lex.get(tok) if tok.isalpha() else None
        if not entry or None not in entry:
            continue
        p, s, _ = entry[None]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        nxt_entry = lex.get(nxt) if nxt.isalpha() else None
        if "RB" in entry and nxt_entry and None in nxt_entry:
            continue  # a modifier of the next lexicon word: counted with that word
        prev = toks[i - 1] if i > 0 else ""
        prev_entry = lex.get(prev) if prev.isalpha() else None
        if prev_entry and "RB" in prev_entry and None in prev_entry:
            p = p * prev_entry[None][2]
        for j in range(i - 1, max(-1, i - 1 - _NEGATION_SCOPE), -1):
            if toks[j] in _CLAUSE_BREAKS:
                break
            if toks[j] in _NEGATORS:
                p = -0.5 * p
                break
        w = 1.0 if contrast_at < 0 else (0.5 if i < contrast_at else 1.5)
        total += w * max(-1.0, min(1.0, p))
        weight_sum += w
    return float(total / weight_sum) if weight_sum else 0.0


def vader_word_extremes(text: str) -> tuple[float, float]:
    """Valence of the most negative and the most positive VADER-lexicon word, divided by 4.

    (min(0, lowest), max(0, highest)) in [-1, 0] x [0, 1]; (0, 0) without a lexicon word. Readers
    weigh the strongest evaluative word heavily, which a sum or an average dilutes.
    """
    return _word_extremes(_tokens(text))


def _word_extremes(toks: list[str]) -> tuple[float, float]:
    """:func:`vader_word_extremes` of already tokenised text."""
    lex = _vader().lexicon
    vals = [lex[t] for t in toks if t in lex]
    if not vals:
        return 0.0, 0.0
    return float(min(min(vals), 0.0)) / 4.0, float(max(max(vals), 0.0)) / 4.0


_SUFFIXES = ("ingly", "edly", "ings", "ing", "ed", "ly", "es", "s")


def stems(text: str) -> list[str]:
    """Lower-case alphabetic tokens (``n't`` -> ``not``) reduced by a crude suffix stripper.

    ``attacks``, ``attacked`` and ``attacking`` share the stem ``attack``; a suffix is only
    removed when at least three letters remain. Used for the learned word weights, which need
    inflections pooled to be estimable from a couple of thousand sentences.
    """
    return _stems(_tokens(text))


def _stems(toks: list[str]) -> list[str]:
    """:func:`stems` of already tokenised text."""
    return [_stem(tok) for tok in toks if tok.isalpha()]


@lru_cache(maxsize=65536)
def _stem(tok: str) -> str:
    """One token's stem (cached: a vocabulary repeats, the suffix scan is the cost)."""
    for suf in _SUFFIXES:
        if tok.endswith(suf) and len(tok) - len(suf) >= 3:
            return tok[: -len(suf)]
    return tok


def learned_word_score(text: str, weights: dict[str, float]) -> float:
    """Sum of the learned weights of the text's stems over sqrt(number of known stems)."""
    return _learned(stems(text), weights)


def _learned(text_stems: list[str], weights: dict[str, float]) -> float:
    """:func:`learned_word_score` of already stemmed text."""
    known = [weights[t] for t in text_stems if t in weights]
    return float(sum(known) / np.sqrt(len(known))) if known else 0.0


@lru_cache(maxsize=4)
def _read_word_weights(path: str) -> dict[str, float]:
    table = pd.read_csv(path, keep_default_na=False, dtype={"stem": str})
    return dict(zip(table["stem"], table["weight"].astype(float)))


def load_word_weights(calibration: dict) -> dict[str, float]:
    """The learned word weights named by the calibration (``{}`` if it names none)."""
    name = calibration.get("word_weights_file") if calibration else None
    if not name:
        return {}
    return _read_word_weights(str(PROJECT_ROOT / name))


def _raw_scores(text: str, weights: dict[str, float] | None = None) -> dict[str, float]:
    """Every instrument's score of one text.

    Speed (profiled with cProfile on 1,000 archive sentences): ``TextBlob(text).sentiment``
    builds a TextBlob and a new namedtuple class per call (a quarter of TextBlob's time), so
    the pattern analyser it wraps (``textblob.en.sentiment``, the same function with the same
    defaults) is called directly; and the text is tokenised once for the three measures that
    read tokens. Same floats as before (``tests/test_sentiment_speed.py``).
    """
    text = text if isinstance(text, str) else ""
    try:
        polarity, subjectivity = _textblob(text)
        polarity, subjectivity = float(polarity), float(subjectivity)
    except Exception:  # pragma: no cover - TextBlob on odd input
        polarity = subjectivity = 0.0
    v = _vader_scores(text)
    toks = _tokens(text)
    word_min, word_max = _word_extremes(toks)
    return {
        "polarity": polarity,
        "subjectivity": subjectivity,
        "polarity_negation": _polarity_negation(toks),
        "vader": float(v["compound"]),
        "vader_pos": float(v["pos"]),
        "vader_neg": float(v["neg"]),
        "vader_neu": float(v["neu"]),
        "vader_word_min": word_min,
        "vader_word_max": word_max,
        "words_learned": _learned(_stems(toks), weights) if weights else 0.0,
    }


# ---------------------------------------------------------------- calibration


@lru_cache(maxsize=4)
def _read_calibration(path: str) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def load_calibration(path: Path = CALIBRATION_FILE) -> dict:
    """The fitted default-score model (see ``scripts/fit_sentiment.py``); ``{}`` if missing."""
    if not Path(path).exists():
        warnings.warn(f"{path} missing: default score falls back to VADER compound", stacklevel=2)
        return {}
    return _read_calibration(str(path))


def apply_calibration(features: pd.DataFrame, model: dict) -> np.ndarray:
    """Linear model ``intercept + sum(coef * feature)``, clipped to [-1, 1]."""
    if not model:
        return features["vader"].to_numpy(dtype=float)
    pred = np.full(len(features), float(model["intercept"]))
    for name, coef in model["coefficients"].items():
        pred = pred + float(coef) * features[name].to_numpy(dtype=float)
    return np.clip(pred, -1.0, 1.0)


def score_texts(texts: Iterable[str], calibration: Path = CALIBRATION_FILE) -> pd.DataFrame:
    """Score each text with every instrument; one row per text, columns ``SCORE_COLUMNS``.

    A text that repeats one given earlier in ``texts`` (a standfirst, a sign-off, a repeated
    line: about a tenth of an archive file's sentences) is scored once; the scores are
    deterministic, so the rows are the same.
    """
    model = load_calibration(calibration)
    weights = load_word_weights(model)
    scored: dict[str, dict[str, float]] = {}
    rows = []
    for t in texts:
        key = t if isinstance(t, str) else ""
        if key not in scored:
            scored[key] = _raw_scores(key, weights)
        rows.append(scored[key])
    df = pd.DataFrame(rows, columns=SCORE_COLUMNS[:-1]).astype(float)
    df["score"] = apply_calibration(df, model) if len(df) else []
    return df.astype(float)


# ---------------------------------------------------------------- statistics


def to_class(values: Sequence[float], band: float = NEUTRAL_BAND) -> list[str]:
    """``negative`` (< -band), ``neutral`` (|x| < band) or ``positive`` (> band)."""
    out = []
    for v in np.asarray(values, dtype=float):
        out.append("positive" if v >= band else "negative" if v <= -band else "neutral")
    return out


#: The group keys of the named levels of :func:`aggregate`.
AGGREGATE_LEVELS = {
    "paragraph": ["source", "article_id", "section_index", "paragraph_index"],
    "section": ["source", "article_id", "section_index", "section"],
    "article": ["source", "article_id"],
}
#: Bytes of resampled values held at once (groups are processed in chunks below this).
_CHUNK_BYTES = 64 * 2**20
#: Group size from which groups are resampled one at a time (see ``_resampled_means``).
_LOOP_FROM = 64


def _resampled_means(block: np.ndarray, idx: np.ndarray) -> np.ndarray:
    """Mean of each resample ``idx`` (n_boot x n) of each row of ``block``: (groups, n_boot).

    Each resample is summed as a contiguous row of ``n`` values (``np.take`` returns a
    C-ordered array; ``block[:, idx]`` does not, and numpy then sums in another order), as
    ``values[idx].mean(axis=1)`` sums it for one group, so the floating-point result is the
    same. Large groups are few and cheap one at a time (their resampling outweighs the
    per-group overhead).
    """
    n_boot, n = idx.shape
    if n >= _LOOP_FROM:
        return np.stack([row[idx].mean(axis=1) for row in block])
    step = max(1, _CHUNK_BYTES // (8 * n_boot * n))
    parts = [np.take(block[i:i + step], idx, axis=1).reshape(-1, n).mean(axis=1)
             for i in range(0, len(block), step)]
    return np.concatenate(parts).reshape(len(block), n_boot)


def _size_stats(block: np.ndarray, n_boot: int, seed: int) -> np.ndarray:
    """(mean, sd, ci_low, ci_high) of each row of ``block`` (groups of one size ``n``)."""
    n = block.shape[1]
    means = block.mean(axis=1)
    sds = block.std(axis=1, ddof=1) if n > 1 else np.zeros(len(block))
    idx = np.random.default_rng(seed).integers(0, n, size=(n_boot, n))
    low, high = np.percentile(_resampled_means(block, idx), [2.5, 97.5], axis=1)
    return np.column_stack([means, sds, np.minimum(low, means), np.maximum(high, means)])


def aggregate(
    df: pd.DataFrame,
    by: str | Sequence[str],
    value: str = "score",
    n_boot: int = 2000,
    seed: int = 0,
) -> pd.DataFrame:
    """Mean of ``value`` per group with a 95% percentile-bootstrap interval.

    ``by`` is ``"paragraph"``, ``"section"``, ``"article"`` or a list of columns; groups sorted
    by key (missing keys kept); NaN values dropped. Each group is resampled ``n_boot`` times
    with a generator seeded by ``seed``, so results do not depend on the order or number of
    groups. A group of one value gets a zero-width interval, a group without values ``n`` 0
    and NaN statistics. Columns: the keys, ``n``, ``mean``, ``sd``, ``ci_low``, ``ci_high``.

    Speed: groups of one size draw the same resample indices (same seed, same shape), so they
    are drawn once per size and applied to all those groups as one array operation (a 1,000-
    article archive has about 74,000 paragraphs: 23 CPU s one group at a time, 7 s so).
    """
    keys = AGGREGATE_LEVELS.get(by, [by]) if isinstance(by, str) else list(by)
    cols = [*keys, "n", "mean", "sd", "ci_low", "ci_high"]
    if df.empty:
        return pd.DataFrame(columns=cols)
    grouped = df.groupby(keys, sort=True, dropna=False)
    sizes = grouped.size()
    sizes = sizes[sizes > 0]  # unobserved categories: the loop never sees them
    codes = grouped.ngroup().to_numpy()
    values = df[value].to_numpy(dtype=float)
    ok = ~np.isnan(values)
    order = np.argsort(codes[ok], kind="stable")  # by group, each in its row order
    vals, grp = values[ok][order], codes[ok][order]
    n_groups = int(codes.max()) + 1
    counts = np.bincount(grp, minlength=n_groups)
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    stats = np.full((n_groups, 4), np.nan)
    for n in np.unique(counts[counts > 0]):
        members = np.flatnonzero(counts == n)
        block = vals[starts[members][:, None] + np.arange(n)]
        stats[members] = _size_stats(block, n_boot, seed)
    present = np.unique(codes)
    # key columns built from the key tuples, as the loop builds them (same dtypes)
    out = pd.DataFrame([k if isinstance(k, tuple) else (k,) for k in sizes.index], columns=keys)
    out["n"] = counts[present]
    for j, name in enumerate(("mean", "sd", "ci_low", "ci_high")):
        out[name] = stats[present, j]
    return out[cols]



def rolling_arc(
    df: pd.DataFrame, value: str = "score", window: int = 9, n_boot: int = 1000, seed: int = 0
) -> pd.DataFrame:
    """Narrative arc: per article, a centred rolling mean over sentences with a bootstrap band.

    One row per sentence: ``source``, ``article_id``, ``sentence_id``, ``section_index``,
    ``position`` (0..1 through the article), ``value``, ``rolling``, ``band_low``, ``band_high``.
    """
    cols = ["source", "article_id", "sentence_id", "section_index", "position", "value",
            "rolling", "band_low", "band_high"]
    out = []
    for (_, _), g in df.sort_values(["source", "article_id", "sentence_id"]).groupby(
            ["source", "article_id"], sort=False):
        vals = g[value].to_numpy(dtype=float)
        n = len(vals)
        half = window // 2
        rng = np.random.default_rng(seed)
        for i in range(n):
            win = vals[max(0, i - half): i + half + 1]
            boots = win[rng.integers(0, len(win), size=(n_boot, len(win)))].mean(axis=1)
            lo, hi = np.percentile(boots, [2.5, 97.5])
            out.append([g["source"].iat[i], g["article_id"].iat[i], g["sentence_id"].iat[i],
                        g["section_index"].iat[i], i / max(n - 1, 1), vals[i], win.mean(),
                        min(lo, win.mean()), max(hi, win.mean())])
    return pd.DataFrame(out, columns=cols)


# ---------------------------------------------------------------- explanations


def explain(text: str) -> pd.DataFrame:
    """Which words drove TextBlob's score: one row per assessment (``sentiment_assessments``)."""
    from textblob import TextBlob

    cols = ["words", "polarity", "subjectivity", "label"]
    assessments = TextBlob(text if isinstance(text, str) else "").sentiment_assessments
    rows = [(" ".join(w), float(p), float(s), "" if x is None else str(x))
            for w, p, s, x in assessments.assessments]
    return pd.DataFrame(rows, columns=cols)


def driving_words(text: str, k: int = 3) -> str:
    """The ``k`` TextBlob assessments with the largest |polarity|, as ``words (+0.70); ...``."""
    ex = explain(text)
    ex = ex[ex["polarity"] != 0]
    if ex.empty:
        return ""
    ex = ex.reindex(ex["polarity"].abs().sort_values(ascending=False).index).head(k)
    return "; ".join(f"{w} ({p:+.2f})" for w, p in zip(ex["words"], ex["polarity"]))


def disagreements(df: pd.DataFrame, min_gap: float = 0.5, n: int = 10) -> pd.DataFrame:
    """Sentences where TextBlob and VADER point opposite ways, largest gap first."""
    if df.empty:
        return df.assign(gap=pd.Series(dtype=float))
    out = df.assign(gap=(df["polarity"] - df["vader"]).abs())
    opposite = np.sign(out["polarity"]) * np.sign(out["vader"]) < 0
    out = out[opposite & (out["gap"] >= min_gap)]
    return out.sort_values("gap", ascending=False).head(n)


# ---------------------------------------------------------------- corpus


def _empty_quotes() -> pd.DataFrame:
    return pd.DataFrame(columns=["source", "start", "end", "kind", "speaker"])


def _alnum_mask(text: str) -> np.ndarray:
    """``c.isalnum()`` for every character of ``text``, as a boolean array: asked once per
    distinct character (a text has a few dozen) instead of once per character."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if not len(codes):
        return np.zeros(0, dtype=bool)
    distinct, where = np.unique(codes, return_inverse=True)
    return np.array([chr(c).isalnum() for c in distinct.tolist()], dtype=bool)[where]


def _touching_quotes(sources: list[str], starts: np.ndarray, ends: np.ndarray,
                     by_source: dict[str, tuple]) -> list[int]:
    """Positions of the sentences that overlap a speech quote of their source, ascending.

    Why: most sentences touch no quote; testing them all against a source's quotes in one
    array operation (in blocks of rows, so memory stays small) leaves the per-sentence work
    of :func:`_voice` to the few that do.
    """
    out: list[int] = []
    for src, (q_start, q_end, _) in by_source.items():
        idx = np.array([k for k, s in enumerate(sources) if s == src], dtype=np.int64)
        for c in range(0, len(idx), 512):
            part = idx[c:c + 512]
            s0, s1 = starts[part][:, None], ends[part][:, None]
            hit = ((q_start[None, :] < s1) & (q_end[None, :] > s0)).any(axis=1)
            out += part[hit].tolist()
    return sorted(out)


def _word_counts(text: str) -> list[int]:
    """Prefix sums of :func:`_alnum_mask`: ``c[b] - c[a]`` word characters in ``text[a:b]``."""
    return [0, *np.cumsum(_alnum_mask(text), dtype=np.int64).tolist()]


def _quote_cover(counts: list[int], s0: int, s1: int, q_start: np.ndarray,
                 q_end: np.ndarray, q_speaker: list[str], overlap: np.ndarray
                 ) -> tuple[float, str] | None:
    """(share of the word characters of ``[s0, s1)`` inside the quotes ``overlap``, the
    speaker of the quote that covers most of them, the first on a tie); None without word
    characters. ``counts`` from :func:`_word_counts` of the text.

    Why: counting with prefix sums is a few integer operations per quote, where a boolean
    array per sentence cost several numpy calls (the same integers, so the same floats).
    """
    n = len(counts) - 1
    a, b = min(s0, n), min(s1, n)
    words = counts[b] - counts[a]
    if not words:
        return None
    spans, best, best_cov = [], "", 0
    for j in overlap.tolist():
        lo = min(max(a, int(q_start[j])), b)
        hi = max(min(b, int(q_end[j])), lo)
        cov = counts[hi] - counts[lo]
        spans.append((lo, hi))
        if cov > best_cov:
            best_cov, best = cov, q_speaker[j]
    inside, reach = 0, a  # word characters in the union of the spans
    for lo, hi in sorted(spans):
        lo = max(lo, reach)
        if hi > lo:
            inside += counts[hi] - counts[lo]
            reach = hi
    return inside / words, best


def _voice(sentences: pd.DataFrame, texts: dict[str, str], quotes: pd.DataFrame) -> pd.DataFrame:
    """``voice``, ``speaker``, ``quote_share`` per sentence from the speech quote spans.

    The quotes of each source are held as integer arrays and each text's word characters
    as prefix sums, so a sentence costs a few integer operations (a pandas filter per
    sentence made this three quarters of the sentiment step on an archive).
    """
    voice = ["narrator"] * len(sentences)
    speaker = [""] * len(sentences)
    share = [0.0] * len(sentences)
    if quotes is not None and not quotes.empty:
        speech = quotes if "kind" not in quotes.columns else quotes[
            quotes["kind"].astype(str) == "speech"]
        if "speaker" not in speech.columns:
            speech = speech.assign(speaker="")
        by_source = {s: (g["start"].to_numpy(dtype=np.int64), g["end"].to_numpy(dtype=np.int64),
                         ["" if pd.isna(x) else str(x) for x in g["speaker"]])
                     for s, g in speech.groupby("source")}
        counts: dict[str, list[int]] = {}
        sources = sentences["source"].tolist()
        starts = sentences["start"].to_numpy(dtype=np.int64)
        ends = sentences["end"].to_numpy(dtype=np.int64)
        for k in _touching_quotes(sources, starts, ends, by_source):
            src, s0, s1 = sources[k], int(starts[k]), int(ends[k])
            q_start, q_end, q_speaker = by_source[src]
            overlap = np.flatnonzero((q_start < s1) & (q_end > s0))
            if src not in counts:
                counts[src] = _word_counts(texts.get(src, ""))
            cover = _quote_cover(counts[src], s0, s1, q_start, q_end, q_speaker, overlap)
            if cover is None:
                continue
            share[k], speaker[k] = cover
            voice[k] = "quoted" if share[k] >= QUOTED_SHARE else "mixed"
    return pd.DataFrame({"voice": voice, "speaker": speaker, "quote_share": share},
                        index=sentences.index)


def sentence_sentiment(corpus: Corpus, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per sentence of ``corpus`` with every score, the voice and the speaker.

    ``quotes`` follows the quotes contract of ``docs/api.md`` (``source``, ``start``, ``end``,
    ``kind``, ``speaker``), e.g. ``helpers.instruments.quotes.extract_quotes`` output; this
    instrument does not extract quotes itself (``helpers.report.joins.sentiment_with_voice``
    does both). Without ``quotes`` every sentence is ``narrator`` with no speaker. A
    sentence is ``quoted`` when at least half of its word characters lie inside speech quotes
    (term/scare quotes do not count), ``mixed`` when some do, else ``narrator``.
    """
    sents = corpus.sentences
    if sents.empty:
        return pd.DataFrame(columns=SENTENCE_COLUMNS)
    if quotes is None:
        quotes = _empty_quotes()
    base = sents[["source", "article_id", "sentence_id", "section", "section_index",
                  "paragraph_index", "start", "end"]].reset_index(drop=True)
    texts = [corpus.texts[s][a:b] for s, a, b in zip(
        base["source"].tolist(), base["start"].tolist(), base["end"].tolist())]
    # insert, not ``base["text"] = ...``: pandas formats the column index into a KeyError
    # message for every new column set that way
    base.insert(len(base.columns), "text", texts)
    out = pd.concat([base, score_texts(texts), _voice(base, corpus.texts, quotes)], axis=1)
    return out[SENTENCE_COLUMNS]
