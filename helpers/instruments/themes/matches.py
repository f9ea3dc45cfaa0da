"""``match_themes``: every match of every theme of a codebook in the prose of a corpus.

One row per match (columns :data:`.units.MATCH_COLUMNS`): terms, weak terms and patterns per
block (a weak term counts only where the theme's context shows), co-occurrence rules per
sentence or paragraph, then the same-party and article-term rows of :mod:`.article_terms`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd

from helpers.core.corpus import Corpus
from helpers.core.text import fold_quotes
from helpers.instruments.themes.article_terms import article_term_rows, same_party_rows
from helpers.instruments.themes.codebook import Codebook, as_codebook
from helpers.instruments.themes.prefilter import LiteralGate
from helpers.instruments.themes.search import (
    context_in_view,
    excluded_spans,
    group_hits,
    theme_matches,
)
from helpers.instruments.themes.units import MATCH_COLUMNS, SentenceUnit, ThemeMatch, text_units

__all__ = ["match_themes"]


def match_themes(
    corpus: Corpus | str | Iterable[str] | Mapping[str, str],
    codebook: Codebook | str | Path | None = None,
) -> pd.DataFrame:
    """Every match of every theme of ``codebook`` in the prose of ``corpus``.

    ``corpus`` is a :class:`Corpus` (its prose blocks are searched) or raw text(s). Matches
    of one theme do not overlap (the heavier, then longer, match wins) and never cross a
    sentence boundary; co-occurrence rules add one row per sentence or paragraph where all
    their groups match, spanning the first match of each group. Columns: see the module
    docstring.
    """
    book = as_codebook(codebook)
    texts, sents = text_units(corpus)
    rows: list[ThemeMatch] = []
    dropped: list[ThemeMatch] = []  # weak terms set aside for want of context in their paragraph
    if sents.empty:
        return pd.DataFrame(columns=MATCH_COLUMNS)
    folded = {src: fold_quotes(t) for src, t in texts.items()}
    gates = {src: LiteralGate(t) for src, t in folded.items()}
    # column by column: the same Python values as ``to_numpy().tolist()`` of the seven columns,
    # without the mixed-type object array
    recs = [SentenceUnit(*r) for r in zip(*(sents[f].tolist() for f in SentenceUnit._fields))]
    # consecutive sentences of one block: one regex pass per block and theme
    blocks: list[list[SentenceUnit]] = []
    for r in recs:
        if (blocks and blocks[-1][0].source == r.source
                and blocks[-1][0].block_id == r.block_id):
            blocks[-1].append(r)
        else:
            blocks.append([r])
    for group in blocks:
        first = group[0]
        source, art, block, para = (first.source, first.article_id, first.block_id,
                                    first.paragraph_index)
        text, ftext, gate = texts[source], folded[source], gates[source]
        starts = [r.start for r in group]
        b_start, b_end = first.start, max(r.end for r in group)
        for theme in book.themes:
            found = theme_matches(theme, ftext, b_start, b_end, gate, book.namesakes)
            no_context = (theme.context_regex is not None
                          and any(f.kind == "weak_term" for f in found)
                          and not context_in_view(theme, ftext, b_start, b_end, gate,
                                                   book.namesakes))
            for term, kind, weight, ms, me in found:
                i = max(0, bisect_right(starts, ms) - 1)
                if me > group[i].end:  # crosses a sentence boundary
                    continue
                row = ThemeMatch(source, art, theme.id, term, kind, weight, ms, me, text[ms:me],
                                 group[i].sentence_id, para, block)
                # weak terms count only in a paragraph that shows the theme's context
                (dropped if no_context and kind == "weak_term" else rows).append(row)
            # co-occurrence groups obey the theme's exclusions too ("American football"
            # is not a US actor, a "military coup" not a party's revolt)
            cooc_excluded: list[tuple[int, int]] | None = None
            for name, scope, weight, regs in theme.cooc_regexes:
                # a group without a match rules the rule out: the later groups and the
                # exclusions are not searched (most blocks stop at the first group)
                raw = group_hits(regs, ftext, b_start, b_end, gate, book.namesakes)
                if raw is None:
                    continue
                if cooc_excluded is None:
                    cooc_excluded = excluded_spans(theme, ftext, b_start, b_end, gate,
                                              sliced=False)
                hits = [[(ms, me) for ms, me in hl
                         if not any(ms < e and s < me for s, e in cooc_excluded)]
                        for hl in raw]
                if not all(hits):
                    continue
                units = ([(r.sentence_id, r.start, r.end) for r in group] if scope == "sentence"
                         else [(first.sentence_id, b_start, b_end)])
                for sid, us, ue in units:
                    firsts = [next((h for h in hl if h[0] >= us and h[1] <= ue), None)
                              for hl in hits]
                    if any(f is None for f in firsts):
                        continue
                    ms, me = min(f[0] for f in firsts), max(f[1] for f in firsts)
                    rows.append(ThemeMatch(source, art, theme.id, name, "cooccurrence", weight,
                                           ms, me, text[ms:me], sid, para, block))
    rows += same_party_rows(book, blocks, texts, folded, gates)
    rows += article_term_rows(book, rows, blocks, texts, folded, dropped, gates)
    # by source, codebook order of the theme, start, end; stable, as the pandas sort it
    # replaces (``sort_values(kind="stable")``), but before the frame is built (cheaper)
    order = {t: i for i, t in enumerate(book.ids)}
    rows.sort(key=lambda r: (r.source, order[r.theme], r.start, r.end))
    return pd.DataFrame(rows, columns=MATCH_COLUMNS)
