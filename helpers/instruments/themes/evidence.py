"""The evidence of each unit for each theme: weights, cues, the ``evidence`` strings and
negation, gathered from the match table in one pass (see :func:`theme_evidence`).

Why apart: this is the costly half of :func:`.scoring.theme_scores`, with rules of its own
(a weak term counts once per unit; a context word alone is no cue) and its speed notes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from typing import NamedTuple

import numpy as np
import pandas as pd

from helpers.core.text import fold_quotes
from helpers.instruments.themes.codebook import Codebook, Theme
from helpers.instruments.themes.negation import is_negated
from helpers.instruments.themes.targets import RESOLVED_RULES

__all__ = ["Evidence", "aligned", "anchored_units", "theme_evidence"]


def _evidence_item(kind: str, term: str, text: str, start: int, end: int) -> str:
    """One ``evidence`` entry: ``kind:text@start-end`` (``rule:<name>@start-end`` for rules:
    a co-occurrence rule, or a named pattern, whose term is ``rule:<name>``)."""
    if kind == "cooccurrence":
        return f"rule:{term}@{start}-{end}"
    if kind == "pattern" and term.startswith("rule:"):
        return f"{term}@{start}-{end}"
    short = {"term": "term", "weak_term": "weak", "pattern": "pattern",
             "article_term": "article"}.get(kind, kind)
    return f"{short}:{' '.join(text.split())}@{start}-{end}"


class Evidence(NamedTuple):
    """One unit's evidence for one theme (see :func:`theme_evidence`)."""

    weight: float
    own: float
    cue: bool
    anchor_cue: bool
    evidence: str
    negated: bool


_NO_EVIDENCE = Evidence(0.0, 0.0, False, False, "", False)


#: how far before a match an anchor term's lookbehind may read (review 28c)
_ANCHOR_LOOKBEHIND = 60


def _is_anchor_term(anchor_rx: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether the match ``text[start:end]`` is one of a theme's ``anchor_terms`` (v42).

    Review 28c: the term is matched in place, so that a lookbehind in it reads the words
    before the match ("divorce settlements", "European settlers" are a settlement of another
    kind); a term without one behaves as a match of the text alone.
    """
    lo = max(0, start - _ANCHOR_LOOKBEHIND)
    return anchor_rx.fullmatch(fold_quotes(text[lo:end]), start - lo) is not None


def theme_evidence(book: Codebook, matches: pd.DataFrame, key: list[str],
                    sents: pd.DataFrame, level: str, texts: Mapping[str, str],
                    units: set[tuple]) -> dict[str, dict[tuple, Evidence]]:
    """Per theme id, per unit key tuple (of ``units``): the unit's :class:`Evidence`.

    ``weight`` (all matches), ``own`` (without article terms), ``cue``, ``anchor_cue`` (a cue
    that is not an article term: the one weak cue an anchored article may decide; v42: one of
    the theme's ``anchor_terms`` when it lists them),
    ``evidence`` and ``negated``. A weak or article term counts once per unit (first match).

    ``cue``: the unit carries a cue of the theme of its own: a term, pattern or rule, or a weak
    or article term that is not merely one of the theme's ``context`` words (the party, the
    country, the faction named: a mention, not a discussion; guideline rule 2). Without a cue
    a unit is never coded, whatever its article is about. ``negated``: every match of the
    unit is negated (:func:`is_negated`).

    Speed: one pass over the match rows for all themes (a pandas filter, groupby and merge per
    theme were half the time of the themes step on an archive). The weight sums still go
    through one pandas groupby, so the floats are summed exactly as before (pandas sums with
    a compensated algorithm); the rows of a unit are taken in order of ``start``.
    """
    if matches.empty:
        return {}
    cols = {c: matches[c].tolist() for c in ("source", "article_id", "theme", "term", "kind",
                                             "weight", "start", "end", "text")}
    if level == "section":
        sec = dict(zip(zip(sents["source"].tolist(), sents["article_id"].tolist(),
                           sents["sentence_id"].tolist()), sents["section_index"].tolist()))
        cols["section_index"] = [sec.get(k, -1) for k in zip(
            cols["source"], cols["article_id"], matches["sentence_id"].tolist())]
    for k in key:
        if k not in cols:
            cols[k] = matches[k].tolist()
    keys = list(zip(*(cols[k] for k in key)))
    order = {t: i for i, t in enumerate(book.ids)}
    # a weak term counts once per unit: repeating a word that only hints at the theme
    # is not more evidence of it (non-weak rows first, then the first of each weak term)
    weak = [k in ("weak_term", "article_term") for k in cols["kind"]]
    seen: set[tuple] = set()
    rows = [i for i, w in enumerate(weak) if not w]
    for i, w in enumerate(weak):
        if w and (d := (keys[i], cols["theme"][i], cols["term"][i])) not in seen:
            seen.add(d)
            rows.append(i)
    rows = [i for i in rows if cols["theme"][i] in order]
    rank = {i: r for r, i in enumerate(rows)}
    rows.sort(key=lambda i: (order[cols["theme"][i]], rank[i]))
    rows.sort(key=lambda i: cols["start"][i])  # stable: start, then the order above
    groups: dict[tuple, list[int]] = {}
    for i in rows:
        if keys[i] in units:  # matches outside the units (not a body paragraph) do not count
            groups.setdefault((cols["theme"][i], keys[i]), []).append(i)
    if not groups:
        return {}
    flat = [i for g in groups.values() for i in g]
    codes = [j for j, g in enumerate(groups.values()) for _ in g]
    weights = [float(cols["weight"][i]) for i in flat]
    kinds = cols["kind"]
    # grouped by a column (a label): an array key makes pandas format it into an error
    # message while checking whether it names a column
    # ``own``: the unit's own evidence, which may anchor its article: not article terms, nor
    # the rules that read the article to resolve who is who (``RESOLVED_RULES``, version 22)
    terms = cols["term"]
    sums = pd.DataFrame({"weight": weights, "own": [
        0.0 if kinds[i] == "article_term" or terms[i] in RESOLVED_RULES else w
        for i, w in zip(flat, weights)]},
                        dtype=float).assign(_unit=np.asarray(codes)).groupby(
        "_unit", sort=False).sum()
    themes = {t.id: t for t in book.themes}
    out: dict[str, dict[tuple, Evidence]] = {}
    weight_sums, own_sums = sums["weight"].tolist(), sums["own"].tolist()  # not a lookup each
    for j, ((tid, unit), members) in enumerate(groups.items()):
        ctx, anchor_rx = themes[tid].context_regex, themes[tid].anchor_regex
        cue = [kinds[i] in ("term", "pattern", "cooccurrence") or ctx is None
               or ctx.fullmatch(fold_quotes(cols["text"][i])) is None for i in members]
        # v42: a theme's ``anchor_terms``, when given, are its only anchor cues (context
        # words or not); otherwise any cue that is not an article term is one
        anchor = (any(kinds[i] == "weak_term"
                      and _is_anchor_term(anchor_rx, texts[cols["source"][i]],
                                          int(cols["start"][i]), int(cols["end"][i]))
                      for i in members)
                  if anchor_rx is not None else
                  any(c and kinds[i] != "article_term" for c, i in zip(cue, members)))
        # all(): stops at the first match that is not negated (most are not)
        negated = all(is_negated(texts[cols["source"][i]], int(cols["start"][i]),
                                 int(cols["end"][i] if kinds[i] != "cooccurrence"
                                     else cols["start"][i])) for i in members)
        items = [_evidence_item(kinds[i], cols["term"][i], cols["text"][i],
                                int(cols["start"][i]), int(cols["end"][i])) for i in members]
        out.setdefault(tid, {})[unit] = Evidence(
            float(weight_sums[j]), float(own_sums[j]), any(cue), anchor,
            "; ".join(items), negated)
    return out


def aligned(ev: dict[tuple, Evidence], unit_keys: list[tuple]) -> tuple[np.ndarray, ...]:
    """The evidence of each unit in ``unit_keys`` order as arrays (no evidence: 0, False, "")."""
    per_unit = [ev.get(k, _NO_EVIDENCE) for k in unit_keys]
    cols = list(zip(*per_unit)) if per_unit else [()] * len(Evidence._fields)
    weight, own, cue, anchor_cue, evidence, negated = cols
    return (np.array(weight, dtype=float), np.array(own, dtype=float),
            np.array(cue, dtype=bool), np.array(anchor_cue, dtype=bool),
            np.array(evidence, dtype=object), np.array(negated, dtype=bool))


def anchored_units(art: list[tuple], own_present: np.ndarray, theme: Theme) -> np.ndarray:
    """For each paragraph (``art``: its ``(source, article_id)``): does its article count as
    anchored in ``theme``?

    Anchored = at least ``article_min_units`` body paragraphs, and at least
    ``article_min_share`` of them, reach ``min_weight`` on their own evidence (the same test
    as for article terms in :func:`match_themes`).
    """
    n_present: Counter = Counter(a for a, p in zip(art, own_present) if p)
    n_all: Counter = Counter(art)
    ok = {a for a, k in n_present.items()
          if k >= theme.article_min_units and k >= theme.article_min_share * n_all[a]}
    return np.array([a in ok for a in art], dtype=bool)
