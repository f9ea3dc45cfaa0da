"""A theme's concordance and collocates from the matches already computed (fast at scale).

Why. :func:`helpers.instruments.themes.kwic` and :func:`~helpers.instruments.themes.collocates`
take a corpus and match the whole codebook in it again (every theme, every sentence), and the
collocates count words in every sentence with a Python loop per sentence. On a 1,000-article
archive (215 k sentences) the two cost minutes per theme notebook, although the table store
already holds every match. The functions here take those matches and give the same tables
(``DataFrame.equals``): KWIC lines straight from the match offsets, collocation windows only in
the sentences that hold a match (found by binary search), and corpus word frequencies counted
in one pass.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Mapping

import pandas as pd

from helpers.core.corpus import Corpus
from helpers.core.keyness import HIT_COLUMNS, kwic_lines, load_stopwords, token_counts
from helpers.core.text import WORD_RE, fold_quotes

__all__ = ["first_rows", "theme_collocates", "theme_hits", "theme_kwic", "token_counts"]


def theme_hits(matches: pd.DataFrame, theme: str) -> pd.DataFrame:
    """The matches of ``theme`` as a hit table (:data:`helpers.core.keyness.HIT_COLUMNS`)."""
    if matches.empty:
        return pd.DataFrame(columns=HIT_COLUMNS)
    return matches.loc[matches["theme"] == theme, HIT_COLUMNS].reset_index(drop=True)


def theme_kwic(texts: Mapping[str, str], matches: pd.DataFrame, theme: str,
               width: int = 50) -> pd.DataFrame:
    """KWIC lines of every match of ``theme``: ``themes.kwic(corpus, theme, width)`` without
    matching again (``texts`` is ``corpus.texts``, ``matches`` its ``match_themes`` table)."""
    return kwic_lines(texts, theme_hits(matches, theme), width)


def theme_collocates(corpus: Corpus, matches: pd.DataFrame, theme: str, window: int = 5,
                     min_freq: int = 2) -> pd.DataFrame:
    """``themes.collocates(corpus, theme, window, min_freq)`` from the matches of ``theme``.

    The same counts and scores as :func:`helpers.core.keyness.collocates_of` (log-Dice, MI;
    stop words, numbers and the node's own tokens left out): windows are looked for only in
    the sentences that hold a match (a binary search per match instead of a scan), and the
    corpus frequencies come from one pass over every sentence.
    """
    cols = ["collocate", "freq_window", "freq_corpus", "node_freq", "log_dice", "mi"]
    hits = theme_hits(matches, theme)
    sents = corpus.sentences
    if hits.empty or sents.empty:
        return pd.DataFrame(columns=cols)
    co = _window_counts(corpus.texts, sents, hits, window)
    freq = token_counts(corpus.texts[s][a:b]
                        for s, a, b in zip(sents["source"], sents["start"], sents["end"]))
    n_tokens, f_node, stop = sum(freq.values()), len(hits), load_stopwords()
    rows = []
    for w, o in co.items():
        if o < min_freq or w in stop or w.isdigit():
            continue
        fc = freq[w]
        rows.append([w, o, fc, f_node, round(14 + math.log2(2 * o / (f_node + fc)), 4),
                     round(math.log2(o * n_tokens / (f_node * fc * 2 * window)), 4)])
    out = pd.DataFrame(rows, columns=cols)
    return out.sort_values(["log_dice", "collocate"], ascending=[False, True]).reset_index(
        drop=True)


def _window_counts(texts: Mapping[str, str], sents: pd.DataFrame, hits: pd.DataFrame,
                   window: int) -> Counter[str]:
    """Tokens within ``window`` tokens of a hit in its sentence, each counted once per sentence
    (overlapping windows of several hits too), the hits' own tokens left out."""
    spans: dict[tuple, list[tuple[int, int]]] = {}
    for src, art, sid, hs, he in hits[["source", "article_id", "sentence_id", "start",
                                       "end"]].itertuples(index=False):
        spans.setdefault((src, art, sid), []).append((hs, he))
    co: Counter[str] = Counter()
    for src, art, sid, s, e in sents[["source", "article_id", "sentence_id", "start",
                                      "end"]].itertuples(index=False):
        if (src, art, sid) not in spans:
            continue
        found = [(m.start() + s, m.end() + s, m.group())
                 for m in WORD_RE.finditer(fold_quotes(texts[src][s:e]))]
        starts, ends = [t[0] for t in found], [t[1] for t in found]
        node: set[int] = set()
        near: set[int] = set()
        for hs, he in spans[(src, art, sid)]:
            first, last = bisect_right(ends, hs), bisect_left(starts, he) - 1  # tokens touched
            if first > last:
                continue
            node.update(range(first, last + 1))
            near.update(range(max(0, first - window), min(len(found), last + window + 1)))
        for i in near - node:
            w = found[i][2].lower()
            co[w[:-2] if w.endswith("'s") else w] += 1
    return co


def first_rows(df: pd.DataFrame, cap: int, noun: str, csv_name: str) -> pd.DataFrame:
    """The first ``cap`` rows of ``df`` to show, saying how many there are when it has more.

    Why: an archive has thousands of concordance lines or passages; a notebook page shows a
    readable number and names the CSV (``tables/<csv_name>.csv``) that holds them all.
    """
    if len(df) > cap:
        print(f"{len(df):,} {noun}; the first {cap:,} in corpus order are shown below "
              f"(all of them in tables/{csv_name}.csv)")
    return df.head(cap)
