"""Notebook support: the top matched words of a theme, a theme's codebook entry as a table,
and the names most mentioned where a theme is present.

Shared by notebooks 05 and 06 so that neither duplicates analysis code.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pandas as pd

from helpers.core.corpus import Corpus
from helpers.core.keyness import load_stopwords
from helpers.core.people import register_aliases
from helpers.core.text import fold_quotes
from helpers.instruments.themes.codebook import Codebook, as_codebook

__all__ = ["fold_quotes_series", "people_spoken_of", "theme_definition", "top_terms"]


def top_terms(matches: pd.DataFrame, theme: str, n: int = 15) -> pd.DataFrame:
    """The words that matched ``theme`` most often: ``matched`` (lower-cased text, or the rule
    name for co-occurrence rows), ``kind``, ``matches``, ``paragraphs``."""
    cols = ["matched", "kind", "matches", "paragraphs"]
    m = matches[matches["theme"] == theme] if not matches.empty else matches
    if m.empty:
        return pd.DataFrame(columns=cols)
    word = fold_quotes_series(m["text"]).str.lower().str.replace(r"\s+", " ", regex=True)
    m = m.assign(matched=word.where(m["kind"] != "cooccurrence", "rule: " + m["term"]))
    out = m.groupby(["matched", "kind"]).agg(
        matches=("start", "size"),
        paragraphs=("paragraph_index", lambda x: x[x >= 0].nunique())).reset_index()
    return out.sort_values(["matches", "matched"], ascending=[False, True]).head(n)[
        cols].reset_index(drop=True)


def fold_quotes_series(values: pd.Series) -> pd.Series:
    """:func:`helpers.core.text.fold_quotes` over a Series of strings."""
    return values.astype(str).map(fold_quotes)


def theme_definition(theme: str, codebook: Codebook | str | Path | None = None) -> pd.DataFrame:
    """The codebook entry of ``theme`` as a two-column table (``field``, ``value``)."""
    t = as_codebook(codebook)[theme]
    rows = [("id", t.id), ("label", t.label), ("definition", t.definition),
            ("coded present when", f"weighted matches >= {t.min_weight:g} "
                                   f"(terms and patterns 1, weak terms {t.weak_weight:g})"),
            ("terms", "; ".join(t.terms)), ("weak terms", "; ".join(t.weak_terms)),
            ("patterns", "; ".join(t.patterns)),
            ("co-occurrence rules", "; ".join(
                f"{r.get('name', '')} ({r.get('scope', 'sentence')}: "
                + " + ".join(f"[{len(g)} terms]" for g in r.get("groups", [])) + ")"
                for r in t.cooccurrence)),
            ("exclusions", "; ".join(t.exclude)),
            ("context (weak terms count only with one of these)", "; ".join(t.context)),
            (f"article terms (weight {t.article_weight:g}, only in an article with "
             f">= {t.article_min_units} present paragraphs, >= {t.article_min_share:.0%})",
             "; ".join(t.article_terms)),
            (f"article weak terms (weight {t.weak_weight:g}, same condition)",
             "; ".join(t.article_weak_terms)),
            ("examples", " | ".join(t.examples)),
            ("counter-examples", " | ".join(t.counter_examples)),
            ("provenance", t.provenance)]
    return pd.DataFrame(rows, columns=["field", "value"])


_CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr sir one two three "
    "many most some every yes no".split())
_NAME_RE = re.compile(r"(?<![\w'’])(?:[A-Z][\w'’\-]*\.?)(?:\s+(?:[A-Z][\w'’\-]*|de|van|von|al"
                      r"|bin)\.?)*")

def people_spoken_of(corpus: Corpus, paragraphs: pd.DataFrame, theme: str,
                     top: int = 15, register: str | Path | None = None) -> pd.DataFrame:
    """Capitalised names (people, places, bodies) most mentioned where ``theme`` is present.

    A heuristic (no named-entity model is available offline): runs of capitalised words,
    dropping single stop words and the first word of a sentence when it is a stop word. Names
    found in the people register (``data/people.csv``: ``name``, ``aliases`` separated by ``;``,
    ``role``) are merged under the register's full name ("Blair" -> "Tony Blair"); names it does
    not list are kept as written. Columns: ``name``, ``mentions``, ``paragraphs``, ``role``
    (from the register, empty otherwise).
    """
    cols = ["name", "mentions", "paragraphs", "role"]
    if paragraphs.empty or f"{theme}_present" not in paragraphs.columns:
        return pd.DataFrame(columns=cols)
    stop = load_stopwords()
    reg = register_aliases(Path(register) if register else None)
    present = paragraphs[paragraphs[f"{theme}_present"]]
    counts: Counter[str] = Counter()
    paras: dict[str, set] = {}
    roles: dict[str, str] = {}
    for r in present.itertuples(index=False):
        text = corpus.texts[r.source][r.start:r.end]
        for m in _NAME_RE.finditer(text):
            parts = m.group().rstrip(".").split()
            while parts and (re.sub(r"'s$", "", fold_quotes(parts[0]).lower()) in stop
                             or parts[0].lower() in _CALENDAR):
                parts = parts[1:]
            if not parts:
                continue
            name = re.sub(r"['’]s$", "", " ".join(parts))
            if len(name) < 3:
                continue
            if fold_quotes(name) in reg:
                name, roles[name] = reg[fold_quotes(name)]
            counts[name] += 1
            paras.setdefault(name, set()).add((r.article_id, r.paragraph_index))
    rows = [(n, c, len(paras[n]), roles.get(n, "")) for n, c in counts.most_common()]
    out = pd.DataFrame(rows, columns=cols)
    return out.sort_values(["mentions", "name"], ascending=[False, True]).head(top).reset_index(
        drop=True)
