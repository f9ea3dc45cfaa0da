"""A theme's concordance and collocates from the matches already computed (fast at scale).

Why. :func:`helpers.instruments.themes.kwic` and :func:`~helpers.instruments.themes.collocates`
take a corpus and match the whole codebook in it again (every theme, every sentence), and the
collocates count words in every sentence with a Python loop per sentence. On a 1,000-article
archive (215 k sentences) the two cost minutes per theme notebook, although the table store
already holds every match. The functions here take those matches and give the same tables
(``DataFrame.equals``): KWIC lines straight from the match offsets, collocation windows only in
the sentences that hold a match, and corpus word frequencies counted in one pass.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping

import pandas as pd

from helpers.core.corpus import Corpus
from helpers.core.keyness import HIT_COLUMNS, collocates_of, kwic_lines
from helpers.core.text import WORD_RE, fold_quotes

__all__ = ["theme_collocates", "theme_hits", "theme_kwic", "token_counts"]


def token_counts(texts: Iterable[str]) -> Counter[str]:
    """How often each token of :func:`helpers.core.keyness.tokens` occurs in ``texts``.

    The same tokens as calling ``tokens`` on each text (lower case, curly apostrophes folded,
    possessive ``'s`` removed), found in one pass over the texts joined by line breaks (no
    token spans one) and lower-cased once per distinct spelling.
    """
    raw = Counter(WORD_RE.findall(fold_quotes("\n".join(texts))))
    out: Counter[str] = Counter()
    for word, n in raw.items():
        w = word.lower()
        out[w[:-2] if w.endswith("'s") else w] += n
    return out


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

    The windows (``freq_window``) are counted by :func:`helpers.core.keyness.collocates_of`
    in the sentences that hold a match; ``freq_corpus`` and the association scores then use
    the word frequencies of every sentence, as the full computation does.
    """
    hits = theme_hits(matches, theme)
    sents = corpus.sentences
    keys = set(zip(hits["source"], hits["article_id"], hits["sentence_id"]))
    near = [k in keys for k in zip(sents["source"], sents["article_id"], sents["sentence_id"])]
    out = collocates_of(corpus.texts, sents[near], hits, window, min_freq)
    if out.empty:
        return out
    freq = token_counts(corpus.texts[s][a:b]
                        for s, a, b in zip(sents["source"], sents["start"], sents["end"]))
    n_tokens = sum(freq.values())
    fc = [freq[w] for w in out["collocate"]]
    o, f_node = out["freq_window"].tolist(), len(hits)
    # the association scores of collocates_of, with the whole corpus's frequencies
    out["freq_corpus"] = fc
    out["log_dice"] = [round(14 + math.log2(2 * x / (f_node + f)), 4) for x, f in zip(o, fc)]
    out["mi"] = [round(math.log2(x * n_tokens / (f_node * f * 2 * window)), 4)
                 for x, f in zip(o, fc)]
    return out.sort_values(["log_dice", "collocate"], ascending=[False, True]).reset_index(
        drop=True)
