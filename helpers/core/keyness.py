"""Corpus-linguistic utilities: keyness (G², log ratio), KWIC lines and collocates.

Why in ``core``: these compare word frequencies and show words in context for any set of texts
or hits, whatever produced them (a theme of the codebook, a single term, a quote search), so any
layer may use them. They take plain texts or hit tables and know nothing about codebooks.

``keyness`` — one row per word: ``term``, ``freq_target``, ``freq_reference``,
``per_1000_target``, ``per_1000_reference``, ``g2`` (log-likelihood, Rayson & Garside 2000),
``log_ratio`` (binary log of the ratio of relative frequencies, Hardie 2014; zero frequencies
replaced by 0.5), ``keyness`` (G² signed + for target, - for reference), ``direction``,
``significance`` (``p<0.01`` | ``p<0.05`` | ``""``), sorted by ``keyness`` descending.

``kwic_lines`` — one row per hit: ``source``, ``article_id``, ``sentence_id``,
``paragraph_index``, ``start``, ``end``, ``left``, ``keyword``, ``right``, ``term``.

``collocates_of`` — one row per collocate: ``collocate``, ``freq_window``, ``freq_corpus``,
``node_freq``, ``log_dice``, ``mi`` sorted by ``log_dice``.

A hit table has the columns :data:`HIT_COLUMNS` (offsets index ``texts[source]``).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd

from helpers.core.paths import LEXICONS
from helpers.core.text import WORD_RE, fold_quotes

__all__ = [
    "CRITICAL",
    "DEFAULT_STOPWORDS",
    "HIT_COLUMNS",
    "collocates_of",
    "keyness",
    "kwic_lines",
    "load_stopwords",
    "log_likelihood",
    "token_counts",
    "tokens",
]

DEFAULT_STOPWORDS: Path = LEXICONS / "stopwords_en.txt"
#: forms of address (``mr``, ``mrs``, ``dr`` ...), left out with the default stop words: a house
#: style naming people "Mr X" at every mention would put them at the top of every key-word table
ADDRESS_FORMS: Path = LEXICONS / "address_forms.txt"
#: Chi-square critical values with one degree of freedom (G² is chi-square distributed).
CRITICAL = ((6.63, "p<0.01"), (3.84, "p<0.05"))
HIT_COLUMNS = ["source", "article_id", "sentence_id", "paragraph_index", "start", "end", "term"]


def load_stopwords(path: str | Path | None = None) -> frozenset[str]:
    """Lower-case stop words from a one-word-per-line file (``#`` starts a comment)."""
    path = Path(path) if path else DEFAULT_STOPWORDS
    words_: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        w = line.split("#", 1)[0].strip().lower()
        if w:
            words_.add(fold_quotes(w))
    return frozenset(words_)


def tokens(text: str) -> list[str]:
    """Lower-case word tokens, curly apostrophes folded, possessive ``'s`` removed."""
    out = []
    for m in WORD_RE.finditer(fold_quotes(text)):
        w = m.group().lower()
        if w.endswith("'s"):
            w = w[:-2]
        out.append(w)
    return out


def token_counts(texts: Iterable[str]) -> Counter[str]:
    """How often each token of :func:`tokens` occurs in ``texts``.

    The same counts as calling ``tokens`` on each text (lower case, curly apostrophes folded,
    possessive ``'s`` removed), found in one pass over the texts joined by line breaks (no
    token spans one) and lower-cased once per distinct spelling. Why: counting token by token
    in Python made :func:`keyness` of one article against a 1,000-article archive (3.4 M
    tokens) take about 9 CPU seconds in each theme notebook.
    """
    raw = Counter(WORD_RE.findall(fold_quotes("\n".join(texts))))
    out: Counter[str] = Counter()
    for word, n in raw.items():
        w = word.lower()
        out[w[:-2] if w.endswith("'s") else w] += n
    return out


def _stopset(stopwords: Iterable[str] | None | bool) -> frozenset[str]:
    """The stop words to ignore: the default list and the forms of address (True), none
    (False/None) or the given ones."""
    return (load_stopwords() | load_stopwords(ADDRESS_FORMS) if stopwords is True else
            frozenset() if not stopwords else frozenset(w.lower() for w in stopwords))


def _as_texts(texts: str | Iterable[str]) -> list[str]:
    return [texts] if isinstance(texts, str) else [str(t) for t in texts]


def log_likelihood(a: float, b: float, c: float, d: float) -> float:
    """Log-likelihood G² of frequency ``a`` in a corpus of ``c`` words vs ``b`` in ``d`` words.

    Rayson & Garside (2000): E1 = c(a+b)/(c+d), E2 = d(a+b)/(c+d),
    G² = 2 (a ln(a/E1) + b ln(b/E2)), a zero frequency contributing 0.
    """
    if c <= 0 or d <= 0 or a + b <= 0:
        return 0.0
    e1 = c * (a + b) / (c + d)
    e2 = d * (a + b) / (c + d)
    g2 = 0.0
    if a > 0:
        g2 += a * math.log(a / e1)
    if b > 0:
        g2 += b * math.log(b / e2)
    return 2.0 * g2


def keyness(
    target_texts: str | Iterable[str],
    reference_texts: str | Iterable[str],
    min_freq: int = 3,
    stopwords: Iterable[str] | None | bool = True,
) -> pd.DataFrame:
    """Key words of ``target_texts`` against ``reference_texts``: G², log ratio, significance.

    Words occurring fewer than ``min_freq`` times in the two sets together are dropped, and
    stop words (``data/lexicons/stopwords_en.txt`` and ``address_forms.txt`` when ``stopwords``
    is True; pass a list of your own or False for none) are ignored; totals count every word.
    ``significance`` is ``p<0.01`` for G² > 6.63 and ``p<0.05`` for G² > 3.84 (one degree of
    freedom). The table is sorted by signed keyness: the target's key words first, the
    reference's last.
    """
    stop = _stopset(stopwords)
    tf = token_counts(_as_texts(target_texts))
    rf = token_counts(_as_texts(reference_texts))
    c, d = sum(tf.values()), sum(rf.values())
    rows = []
    for w in set(tf) | set(rf):
        a, b = tf.get(w, 0), rf.get(w, 0)
        if a + b < min_freq or w in stop or w.isdigit():
            continue
        g2 = log_likelihood(a, b, c, d)
        lr = (math.log2(((a or 0.5) / c) / ((b or 0.5) / d)) if c and d else 0.0)
        over = (a / c if c else 0.0) >= (b / d if d else 0.0)
        sig = next((label for crit, label in CRITICAL if g2 > crit), "")
        rows.append({"term": w, "freq_target": a, "freq_reference": b,
                     "per_1000_target": round(1000 * a / c, 3) if c else 0.0,
                     "per_1000_reference": round(1000 * b / d, 3) if d else 0.0,
                     "g2": round(g2, 4), "log_ratio": round(lr, 4),
                     "keyness": round(g2 if over else -g2, 4),
                     "direction": "target" if over else "reference",
                     "significance": sig})
    cols = ["term", "freq_target", "freq_reference", "per_1000_target", "per_1000_reference",
            "g2", "log_ratio", "keyness", "direction", "significance"]
    out = pd.DataFrame(rows, columns=cols)
    return out.sort_values(["keyness", "term"], ascending=[False, True]).reset_index(drop=True)


def kwic_lines(texts: Mapping[str, str], hits: pd.DataFrame, width: int = 50) -> pd.DataFrame:
    """Keyword-in-context lines for the hits of a hit table (:data:`HIT_COLUMNS`).

    ``left``/``right`` hold up to ``width`` characters of context (line breaks shown as
    spaces); ``keyword`` is ``text[start:end]``. Columns: see the module docstring.
    """
    rows = []
    for r in hits.itertuples(index=False):
        text = texts[r.source]
        left = text[max(0, r.start - width):r.start].replace("\n", " ")
        right = text[r.end:r.end + width].replace("\n", " ")
        rows.append([r.source, r.article_id, r.sentence_id, r.paragraph_index, r.start, r.end,
                     left, text[r.start:r.end], right, r.term])
    return pd.DataFrame(rows, columns=["source", "article_id", "sentence_id", "paragraph_index",
                                       "start", "end", "left", "keyword", "right", "term"])


def collocates_of(
    texts: Mapping[str, str],
    sentences: pd.DataFrame,
    hits: pd.DataFrame,
    window: int = 5,
    min_freq: int = 2,
    stopwords: Iterable[str] | None | bool = True,
) -> pd.DataFrame:
    """Words occurring within ``window`` words left or right of the hits (:data:`HIT_COLUMNS`).

    ``sentences`` are the sentences searched (``source``, ``article_id``, ``sentence_id``,
    ``start``, ``end``); the window stays inside the sentence. ``freq_window`` counts
    co-occurrences (a token near several overlapping hits counts once), ``freq_corpus`` the word
    in all sentences searched, ``node_freq`` the hits. Association: log-Dice =
    14 + log2(2·O / (f_node + f_coll)) (Rychlý 2008) and MI = log2(O·N / (f_node · f_coll ·
    2·window)). Words below ``min_freq`` co-occurrences, stop words and the node's own tokens
    are left out.
    """
    stop = _stopset(stopwords)
    sents = sentences
    cols = ["collocate", "freq_window", "freq_corpus", "node_freq", "log_dice", "mi"]
    if hits.empty or sents.empty:
        return pd.DataFrame(columns=cols)
    freq: Counter[str] = Counter()
    n_tokens = 0
    co: Counter[str] = Counter()
    by_sentence = hits.groupby(["source", "article_id", "sentence_id"])
    hit_index = {k: g[["start", "end"]].to_numpy().tolist() for k, g in by_sentence}
    for source, art, sid, s, e in sents[["source", "article_id", "sentence_id", "start",
                                         "end"]].itertuples(index=False):
        text = fold_quotes(texts[source][s:e])
        toks = [(m.start() + s, m.end() + s, m.group().lower()) for m in WORD_RE.finditer(text)]
        toks = [(a, b, w[:-2] if w.endswith("'s") else w) for a, b, w in toks]
        n_tokens += len(toks)
        freq.update(w for _, _, w in toks)
        # each token counts once per sentence even when windows of several hits overlap
        node_tokens: set[int] = set()
        near: set[int] = set()
        for hs, he in hit_index.get((source, art, sid), []):
            inside = [i for i, (a, b, _) in enumerate(toks) if a < he and b > hs]
            if not inside:
                continue
            node_tokens.update(range(inside[0], inside[-1] + 1))
            near.update(range(max(0, inside[0] - window), min(len(toks), inside[-1] + window + 1)))
        for i in near - node_tokens:
            co[toks[i][2]] += 1
    f_node = len(hits)
    rows = []
    for w, o in co.items():
        if o < min_freq or w in stop or w.isdigit():
            continue
        fc = freq[w]
        log_dice = 14 + math.log2(2 * o / (f_node + fc))
        mi = math.log2(o * n_tokens / (f_node * fc * 2 * window))
        rows.append([w, o, fc, f_node, round(log_dice, 4), round(mi, 4)])
    out = pd.DataFrame(rows, columns=cols)
    return out.sort_values(["log_dice", "collocate"], ascending=[False, True]).reset_index(
        drop=True)
