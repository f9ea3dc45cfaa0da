"""Theme matching and scoring: where each theme of the codebook occurs, and how strongly.

Why: researchers want to see where a theme (the UK–US "special relationship", party
factionalism, ...) lives in an article. Everything is transparent dictionary matching: every
match carries offsets into ``corpus.texts[source]`` so a reader can check each one.

``match_themes`` — one row per match: ``source``, ``article_id``, ``theme``, ``term`` (the
codebook entry or co-occurrence rule name), ``kind`` (``term`` | ``weak_term`` | ``pattern`` |
``cooccurrence`` | ``article_term``), ``weight``, ``start``, ``end``, ``text``, ``sentence_id``,
``paragraph_index`` (-1 outside body paragraphs), ``block_id``.

``paragraph_themes`` (the CLI table) — one row per body paragraph: ``source``, ``article_id``,
``paragraph_index``, ``section``, ``start``, ``end``, ``n_words``, then per theme ``<id>`` =
weighted matches per 1,000 words and ``<id>_present`` = weighted matches >= ``min_weight``.

``theme_scores(corpus, level)`` — the same scores per ``sentence`` | ``paragraph`` | ``section``
| ``article``, plus ``<id>_weight`` (the raw weighted count).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd

from helpers.core.corpus import Corpus
from helpers.core.keyness import load_stopwords
from helpers.core.people import register_aliases
from helpers.core.sentences import split_sentences
from helpers.core.text import count_words, fold_quotes
from helpers.instruments.themes.codebook import Codebook, Theme, as_codebook
from helpers.instruments.themes.membership import article_members, same_party_statements
from helpers.instruments.themes.namesakes import Namesakes
from helpers.instruments.themes.negation import is_negated
from helpers.instruments.themes.prefilter import LiteralGate

__all__ = [
    "LEVELS",
    "MATCH_COLUMNS",
    "ThemeMatch",
    "match_themes",
    "paragraph_themes",
    "people_spoken_of",
    "text_units",
    "theme_definition",
    "theme_scores",
    "top_terms",
]

LEVELS = ("sentence", "paragraph", "section", "article")
MATCH_COLUMNS = ["source", "article_id", "theme", "term", "kind", "weight", "start", "end",
                 "text", "sentence_id", "paragraph_index", "block_id"]



class ThemeMatch(NamedTuple):
    """One row of :func:`match_themes` (fields = :data:`MATCH_COLUMNS`)."""

    source: str
    article_id: str
    theme: str
    term: str
    kind: str
    weight: float
    start: int
    end: int
    text: str
    sentence_id: int
    paragraph_index: int
    block_id: int


class _Sentence(NamedTuple):
    """A prose sentence as matched: its place in the corpus and its offsets."""

    source: str
    article_id: str
    block_id: int
    paragraph_index: int
    sentence_id: int
    start: int
    end: int


class _Candidate(NamedTuple):
    """A term or pattern match of one theme before overlaps are resolved."""

    term: str
    kind: str
    weight: float
    start: int
    end: int


# --------------------------------------------------------------------------- units and matching

def text_units(corpus: Corpus | str | Iterable[str] | Mapping[str, str]) -> tuple[
        dict[str, str], pd.DataFrame]:
    """Texts and the sentence table to match in (shared with the KWIC and collocate views).

    A :class:`Corpus` contributes its prose sentences. Raw strings (one, a list, or a
    ``{source: text}`` mapping) are split into paragraphs at line breaks and into sentences,
    so short example sentences can be matched without the article segmenter.
    """
    if isinstance(corpus, Corpus):
        cols = ["source", "article_id", "block_id", "block_kind", "section", "section_index",
                "paragraph_index", "sentence_id", "start", "end", "text", "n_words"]
        return corpus.texts, corpus.sentences.reindex(columns=cols)
    if isinstance(corpus, str):
        texts = {"<string>": corpus}
    elif isinstance(corpus, Mapping):
        texts = {str(k): str(v) for k, v in corpus.items()}
    else:
        texts = {f"<text {i}>": str(t) for i, t in enumerate(corpus)}
    rows = []
    for source, text in texts.items():
        sid = 0
        for p_idx, m in enumerate(re.finditer(r"[^\n]+", text)):
            for s, e in split_sentences(text, m.start(), m.end()):
                rows.append([source, "", p_idx, "body", "", 0, p_idx, sid, s, e, text[s:e],
                             count_words(text[s:e])])
                sid += 1
    cols = ["source", "article_id", "block_id", "block_kind", "section", "section_index",
            "paragraph_index", "sentence_id", "start", "end", "text", "n_words"]
    return texts, pd.DataFrame(rows, columns=cols)


def _finditer(gate: LiteralGate, rx: re.Pattern[str], text: str, start: int, end: int,
              names: Namesakes, sliced: bool = True) -> list[re.Match[str]]:
    """``gate.finditer`` without the matches that are a surname cue written as another
    person's name ("Jerry Brown" for the cue ``Brown`` meant for Gordon Brown; :mod:`.namesakes`).
    """
    found = gate.finditer(rx, text, start, end, sliced)
    if not found or not names:  # most calls find nothing: ``names`` is not asked then
        return found
    base = start if sliced else 0
    return [m for m in found if not names.other_person(text, m.start() + base, m.end() + base)]


def _theme_matches(theme: Theme, folded: str, start: int, end: int,
                   gate: LiteralGate, names: Namesakes) -> list[_Candidate]:
    """One theme's term/pattern matches in a span, overlaps resolved.

    ``folded`` is the whole source text with curly quotes folded (same offsets); ``gate``
    (of ``folded``) skips the regexes that cannot match in the span; ``names`` drops surname
    cues written as another person's name.
    """
    cands: list[_Candidate] = []
    if theme.term_regex is not None:
        for m in _finditer(gate, theme.term_regex, folded, start, end, names):
            term, kind, weight = theme.group_info[int(m.lastgroup[1:])]
            cands.append(_Candidate(term, kind, weight, m.start(), m.end()))
    for src, rx in zip(theme.patterns, theme.pattern_regexes):
        for m in _finditer(gate, rx, folded, start, end, names):
            if m.end() > m.start():
                cands.append(_Candidate(src, "pattern", 1.0, m.start(), m.end()))
    if not cands:
        return []
    excluded = _excluded(theme, folded, start, end, gate)
    cands.sort(key=lambda c: (-c.weight, -(c.end - c.start), c.start))
    kept: list[_Candidate] = []
    for c in cands:
        if any(c.start < e and s < c.end for s, e in excluded):
            continue
        if any(c.start < k.end and k.start < c.end for k in kept):
            continue
        kept.append(c)
    return [c._replace(start=c.start + start, end=c.end + start) for c in kept]


def _excluded(theme: Theme, folded: str, start: int, end: int, gate: LiteralGate,
              sliced: bool = True) -> list[tuple[int, int]]:
    """Spans of the theme's ``exclude`` regexes in ``folded[start:end]``.

    ``sliced``: searched in the slice (offsets relative to ``start``, the slice's edges are
    the text's); else searched in ``folded`` between ``start`` and ``end`` (absolute offsets,
    look-behinds see the text before ``start``). Regexes the gate rules out are not run.
    """
    return [(m.start(), m.end()) for rx in theme.exclude_regexes
            for m in gate.finditer(rx, folded, start, end, sliced)]


def _context_in_view(theme: Theme, folded: str, start: int, end: int,
                     gate: LiteralGate, names: Namesakes) -> bool:
    """Whether a ``context`` term of ``theme`` occurs in ``folded[start:end]`` outside the
    theme's ``exclude`` spans.

    Why: an exclusion marks words that are not the theme ("post-Iraq" as a date, "American
    football"); like a co-occurrence group, such a span must not put the theme in view either.
    """
    found = _finditer(gate, theme.context_regex, folded, start, end, names, sliced=False)
    if not found:
        return False
    excluded = _excluded(theme, folded, start, end, gate, sliced=False)
    return any(not any(m.start() < e and s < m.end() for s, e in excluded) for m in found)


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
    recs = [_Sentence(*r) for r in zip(*(sents[f].tolist() for f in _Sentence._fields))]
    # consecutive sentences of one block: one regex pass per block and theme
    blocks: list[list[_Sentence]] = []
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
            found = _theme_matches(theme, ftext, b_start, b_end, gate, book.namesakes)
            no_context = (theme.context_regex is not None
                          and any(f.kind == "weak_term" for f in found)
                          and not _context_in_view(theme, ftext, b_start, b_end, gate,
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
                raw = _group_hits(regs, ftext, b_start, b_end, gate, book.namesakes)
                if raw is None:
                    continue
                if cooc_excluded is None:
                    cooc_excluded = _excluded(theme, ftext, b_start, b_end, gate,
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
    rows += _same_party_rows(book, blocks, texts, folded, gates)
    rows += _article_term_rows(book, rows, blocks, texts, folded, dropped, gates)
    # by source, codebook order of the theme, start, end; stable, as the pandas sort it
    # replaces (``sort_values(kind="stable")``), but before the frame is built (cheaper)
    order = {t: i for i, t in enumerate(book.ids)}
    rows.sort(key=lambda r: (r.source, order[r.theme], r.start, r.end))
    return pd.DataFrame(rows, columns=MATCH_COLUMNS)


SAME_PARTY_RULE = "same_party_conflict"


def _same_party_rows(book: Codebook, blocks: list[list[_Sentence]], texts: Mapping[str, str],
                     folded: Mapping[str, str],
                     gates: Mapping[str, LiteralGate]) -> list[ThemeMatch]:
    """Co-occurrence rows of the same-party rule (:mod:`.membership`) for each theme that has it.

    Membership is read once per article (from all its prose sentences), then each sentence is
    tested. The rows are ``cooccurrence`` rows named by the statement's class:
    :data:`SAME_PARTY_RULE` (member against member, or against the party's nominee or leadership)
    or ``member_against_own_party`` (against the party itself, version 20).
    """
    themes = [t for t in book.themes if t.same_party_weight > 0]
    if not themes:
        return []
    spans: dict[tuple[str, str], list[int]] = {}
    for group in blocks:
        key = (group[0].source, group[0].article_id)
        lo, hi = group[0].start, max(r.end for r in group)
        span = spans.setdefault(key, [lo, hi])
        span[0], span[1] = min(span[0], lo), max(span[1], hi)
    members = {k: article_members(folded[k[0]], s, e, gates[k[0]])
               for k, (s, e) in spans.items()}
    out: list[ThemeMatch] = []
    for group in blocks:
        first = group[0]
        known = members[(first.source, first.article_id)]
        if not known:
            continue
        for r in group:
            for ms, me, rule in same_party_statements(folded[r.source], known, r.start, r.end):
                out += [ThemeMatch(r.source, r.article_id, t.id, rule, "cooccurrence",
                                   t.same_party_weight, ms, me, texts[r.source][ms:me],
                                   r.sentence_id, r.paragraph_index, r.block_id) for t in themes]
    return out


def _group_hits(regs: tuple[re.Pattern[str], ...], ftext: str, start: int, end: int,
                gate: LiteralGate, names: Namesakes) -> list[list[tuple[int, int]]] | None:
    """``(start, end)`` of every match of each regex in ``ftext[start:end]``; None as soon as
    one regex has no match (a co-occurrence rule needs all its groups)."""
    out = []
    for rx in regs:
        hits = [(m.start(), m.end()) for m in _finditer(gate, rx, ftext, start, end, names, False)]
        if not hits:
            return None
        out.append(hits)
    return out


def _anchored_articles(theme: Theme, rows: list[ThemeMatch],
                       blocks: list[list[_Sentence]]) -> set:
    """``(source, article_id)`` of the articles whose body paragraphs show ``theme`` often enough.

    A paragraph counts when its matches (a weak term once per paragraph) reach ``min_weight``;
    an article is anchored when at least ``article_min_units`` paragraphs, and at least
    ``article_min_share`` of its body paragraphs, count.
    """
    weights: dict[tuple, float] = {}
    seen_weak: set[tuple] = set()
    for r in rows:
        if r.theme != theme.id or r.paragraph_index is None or int(r.paragraph_index) < 0:
            continue
        key = (r.source, r.article_id, int(r.paragraph_index))
        if r.kind == "weak_term":
            if (key, r.term) in seen_weak:
                continue
            seen_weak.add((key, r.term))
        weights[key] = weights.get(key, 0.0) + float(r.weight)
    present: Counter = Counter(k[:2] for k, w in weights.items()
                               if w >= theme.min_weight - 1e-9)
    n_paras: Counter = Counter()
    seen_p: set[tuple] = set()
    for g in blocks:
        first = g[0]
        para = first.paragraph_index
        key = (first.source, first.article_id, int(para)) if para is not None else None
        if key is not None and int(para) >= 0 and key not in seen_p:
            seen_p.add(key)
            n_paras[key[:2]] += 1
    return {a for a, n in present.items()
            if n >= theme.article_min_units and n >= theme.article_min_share * n_paras[a]}


def _article_term_rows(book: Codebook, rows: list[ThemeMatch], blocks: list[list[_Sentence]],
                       texts: Mapping[str, str], folded: Mapping[str, str],
                       dropped: list[ThemeMatch],
                       gates: Mapping[str, LiteralGate]) -> list[ThemeMatch]:
    """Matches of each theme's ``article_terms`` in the articles anchored in that theme.

    Why: an annotator reads a paragraph in the light of its article. In a story about UK–US
    trade, "the prime minister arrives" or "the deal" is the relation even where the paragraph
    names neither country; the same words in any other article are not. Article terms never
    overlap another match of the theme and obey its ``exclude`` regexes. ``dropped`` are the
    weak-term rows set aside for want of ``context``; in an anchored article they count.
    """
    out: list[ThemeMatch] = []
    for theme in book.themes:
        if theme.article_regex is None and not any(r.theme == theme.id for r in dropped):
            continue
        anchored = _anchored_articles(theme, rows, blocks)
        if not anchored:
            continue
        # spans already matched, per block (matches never cross a block)
        taken: dict[tuple, list[tuple[int, int]]] = {}
        for r in rows:
            if r.theme == theme.id and r.kind != "cooccurrence":
                taken.setdefault((r.source, r.block_id), []).append((r.start, r.end))
        for group in blocks:
            first = group[0]
            source, art = first.source, first.article_id
            if (source, art) not in anchored:
                continue
            ftext, text = folded[source], texts[source]
            b_start, b_end = first.start, max(r.end for r in group)
            found = (_finditer(gates[source], theme.article_regex, ftext, b_start, b_end,
                               book.namesakes) if theme.article_regex else [])
            if not found:
                continue
            excluded = _excluded(theme, ftext, b_start, b_end, gates[source])
            starts = [r.start for r in group]
            for m in found:
                ms, me = m.start() + b_start, m.end() + b_start
                if any(m.start() < e and s < m.end() for s, e in excluded):
                    continue
                if any(ms < e and s < me for s, e in taken.get((source, first.block_id), ())):
                    continue
                i = max(0, bisect_right(starts, ms) - 1)
                if me > group[i].end:
                    continue
                term, weight = theme.article_info[int(m.lastgroup[1:])]
                out.append(ThemeMatch(source, art, theme.id, term, "article_term", weight, ms,
                                      me, text[ms:me], group[i].sentence_id,
                                      first.paragraph_index, first.block_id))
        # the anchored article is the theme's context: weak terms dropped for want of context
        # in their paragraph count after all
        out = _one_match_per_span(
            out, [r for r in dropped if r.theme == theme.id
                  and (r.source, r.article_id) in anchored], theme.id)
    return out


def _one_match_per_span(out: list[ThemeMatch], revived: list[ThemeMatch],
                        theme: str) -> list[ThemeMatch]:
    """``out`` plus the ``revived`` weak terms, one match per word: where a revived weak term
    and an article term of ``theme`` cover the same words, the heavier counts (the weak term
    on a tie: it is the theme's own cue), not both.

    Why: "Washington" as a weak term and as an article term was counted twice (0.5 + 0.5).
    """
    arts: dict[tuple, list[ThemeMatch]] = {}
    for r in out:
        if r.theme == theme and r.kind == "article_term":
            arts.setdefault((r.source, r.block_id), []).append(r)
    keep_weak, beaten = [], set()
    for w in revived:
        hit = [a for a in arts.get((w.source, w.block_id), ())
               if a.start < w.end and w.start < a.end]
        if any(a.weight > w.weight for a in hit):
            continue
        keep_weak.append(w)
        beaten.update(id(a) for a in hit)
    return [r for r in out if id(r) not in beaten] + keep_weak


def theme_scores(
    corpus: Corpus | str | Iterable[str] | Mapping[str, str],
    level: str = "paragraph",
    codebook: Codebook | str | Path | None = None,
    matches: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Theme scores per ``sentence`` | ``paragraph`` | ``section`` | ``article``.

    Per theme: ``<id>_weight`` (sum of match weights; a weak term counts once per unit),
    ``<id>`` (weighted matches per 1,000 words) and ``<id>_present`` (weight >= the theme's
    ``min_weight``). Paragraph level covers body paragraphs only (the unit the gold codes); the
    other levels cover all prose sentences.
    Offsets span the unit (a section or article spans its first to last prose sentence).
    """
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}, got {level!r}")
    book = as_codebook(codebook)
    texts, sents = text_units(corpus)
    if matches is None:
        matches = match_themes(corpus, book)
    key = {"sentence": ["source", "article_id", "sentence_id"],
           "paragraph": ["source", "article_id", "paragraph_index"],
           "section": ["source", "article_id", "section_index"],
           "article": ["source", "article_id"]}[level]
    if level == "paragraph":
        # (the sentences serve only the units of raw text here: a corpus's are its blocks)
        if isinstance(corpus, Corpus):
            body = (corpus.blocks["kind"] == "body").to_numpy()
            # one selection of rows and columns (a filter of the whole table, then of its
            # columns, then a copy, gave the same table)
            units = corpus.blocks.loc[body, ["source", "article_id", "paragraph_index",
                                             "section", "start", "end"]]
            # insert, not ``units["n_words"] = ...``: pandas formats the whole column index
            # into a KeyError message for every new column set that way (2 ms a table)
            units.insert(len(units.columns), "n_words", np.array(
                [count_words(t) for t, b in zip(corpus.blocks["text"].tolist(), body) if b],
                dtype=np.int64))
        else:
            sents = sents[sents["block_kind"] == "body"]
            units = sents.groupby(key, sort=False).agg(
                section=("section", "first"), start=("start", "min"), end=("end", "max"),
                n_words=("n_words", "sum")).reset_index()
    else:
        extra = {"sentence": {"paragraph_index": ("paragraph_index", "first"),
                              "section": ("section", "first"), "text": ("text", "first")},
                 "section": {"section": ("section", "first")},
                 "article": {}}[level]
        units = sents.groupby(key, sort=False).agg(
            start=("start", "min"), end=("end", "max"), n_words=("n_words", "sum"),
            **extra).reset_index()
    units = units.reset_index(drop=True)
    unit_keys = list(zip(*(units[k].tolist() for k in key))) if len(units) else []
    evidence_of = _theme_evidence(book, matches, key, sents, level, texts, set(unit_keys))
    out = units  # not a copy: only the unchanged source and article_id are read from units
    if out["n_words"].dtype != np.int64:  # (int64 already: the conversion changes nothing)
        out["n_words"] = pd.to_numeric(out["n_words"], errors="coerce").fillna(0).astype(int)
    n = out["n_words"].to_numpy(dtype=float)
    n = np.where(n == 0.0, np.nan, n)  # no words: no density (NaN, then 0 below)
    new: dict[str, object] = {}  # the theme columns, joined to ``out`` at once
    unit_articles: list[tuple] | None = None
    for theme in book.themes:
        wcol, own, cue, anchor_cue, evidence, negated = _aligned(
            evidence_of.get(theme.id, {}), unit_keys)
        # a unit that only names the theme's actors or setting (its context words) is a
        # mention, not a discussion: it is not coded, however many names it has
        present = cue & (wcol >= theme.min_weight - 1e-9)
        if level == "paragraph":
            # article context decides a borderline paragraph (one weak cue of its own, too weak
            # to code it) in an article anchored in the theme; it never codes one without a cue
            if unit_articles is None:  # once per table, not once per theme
                unit_articles = list(zip(units["source"].tolist(),
                                         units["article_id"].tolist()))
            anchored = _anchored_units(unit_articles, own >= theme.min_weight - 1e-9, theme)
            # the one weak cue must be the theme's own (a weak term), not an article word
            present |= anchor_cue & anchored & (wcol >= theme.anchored_min_weight - 1e-9)
        new[f"{theme.id}_weight"] = wcol
        density = wcol * 1000.0 / n  # numpy: the same operations a Series would do
        new[theme.id] = np.round(np.where(np.isnan(density), 0.0, density), 3)
        new[f"{theme.id}_present"] = present
        new[f"{theme.id}_evidence"] = evidence
        new[f"{theme.id}_negated"] = present & negated
    if set(new) & set(out.columns):
        for name, col in new.items():  # a theme named like a unit column replaces it
            out[name] = col
        return out
    return pd.concat([out, pd.DataFrame(new, index=out.index)], axis=1)


def _evidence_item(kind: str, term: str, text: str, start: int, end: int) -> str:
    """One ``evidence`` entry: ``kind:text@start-end`` (``rule:<name>@start-end`` for rules)."""
    if kind == "cooccurrence":
        return f"rule:{term}@{start}-{end}"
    short = {"term": "term", "weak_term": "weak", "pattern": "pattern",
             "article_term": "article"}.get(kind, kind)
    return f"{short}:{' '.join(text.split())}@{start}-{end}"


class _Evidence(NamedTuple):
    """One unit's evidence for one theme (see :func:`_theme_evidence`)."""

    weight: float
    own: float
    cue: bool
    anchor_cue: bool
    evidence: str
    negated: bool


_NO_EVIDENCE = _Evidence(0.0, 0.0, False, False, "", False)


def _theme_evidence(book: Codebook, matches: pd.DataFrame, key: list[str],
                    sents: pd.DataFrame, level: str, texts: Mapping[str, str],
                    units: set[tuple]) -> dict[str, dict[tuple, _Evidence]]:
    """Per theme id, per unit key tuple (of ``units``): the unit's :class:`_Evidence`.

    ``weight`` (all matches), ``own`` (without article terms), ``cue``, ``anchor_cue`` (a cue
    that is not an article term: the one weak cue an anchored article may decide),
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
    sums = pd.DataFrame({"weight": weights, "own": [0.0 if kinds[i] == "article_term" else w
                                                     for i, w in zip(flat, weights)]},
                        dtype=float).assign(_unit=np.asarray(codes)).groupby(
        "_unit", sort=False).sum()
    themes = {t.id: t for t in book.themes}
    out: dict[str, dict[tuple, _Evidence]] = {}
    weight_sums, own_sums = sums["weight"].tolist(), sums["own"].tolist()  # not a lookup each
    for j, ((tid, unit), members) in enumerate(groups.items()):
        ctx = themes[tid].context_regex
        cue = [kinds[i] in ("term", "pattern", "cooccurrence") or ctx is None
               or ctx.fullmatch(fold_quotes(cols["text"][i])) is None for i in members]
        # all(): stops at the first match that is not negated (most are not)
        negated = all(is_negated(texts[cols["source"][i]], int(cols["start"][i]),
                                 int(cols["end"][i] if kinds[i] != "cooccurrence"
                                     else cols["start"][i])) for i in members)
        items = [_evidence_item(kinds[i], cols["term"][i], cols["text"][i],
                                int(cols["start"][i]), int(cols["end"][i])) for i in members]
        out.setdefault(tid, {})[unit] = _Evidence(
            float(weight_sums[j]), float(own_sums[j]), any(cue),
            any(c and kinds[i] != "article_term" for c, i in zip(cue, members)),
            "; ".join(items), negated)
    return out


def _aligned(ev: dict[tuple, _Evidence], unit_keys: list[tuple]) -> tuple[np.ndarray, ...]:
    """The evidence of each unit in ``unit_keys`` order as arrays (no evidence: 0, False, "")."""
    per_unit = [ev.get(k, _NO_EVIDENCE) for k in unit_keys]
    cols = list(zip(*per_unit)) if per_unit else [()] * len(_Evidence._fields)
    weight, own, cue, anchor_cue, evidence, negated = cols
    return (np.array(weight, dtype=float), np.array(own, dtype=float),
            np.array(cue, dtype=bool), np.array(anchor_cue, dtype=bool),
            np.array(evidence, dtype=object), np.array(negated, dtype=bool))


def _anchored_units(art: list[tuple], own_present: np.ndarray, theme: Theme) -> np.ndarray:
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


def paragraph_themes(
    corpus: Corpus, codebook: Codebook | str | Path | None = None
) -> pd.DataFrame:
    """One row per body paragraph with a score and a presence flag per theme (the CLI table).

    Columns: ``source``, ``article_id``, ``paragraph_index``, ``section``, ``start``, ``end``,
    ``n_words``, then ``<id>`` (weighted matches per 1,000 words) for every theme, then
    ``<id>_present``, ``<id>_evidence`` (why: ``kind:text@start-end`` entries separated by
    ``"; "``) and ``<id>_negated`` (present, but every statement of the theme is negated or
    denied) for every theme.
    """
    book = as_codebook(codebook)
    return theme_scores(corpus, "paragraph", book).reindex(columns=paragraph_columns(book))


def paragraph_columns(book: Codebook) -> list[str]:
    """The columns of the paragraph table, in order (see :func:`paragraph_themes`)."""
    base = ["source", "article_id", "paragraph_index", "section", "start", "end", "n_words"]
    return (base + book.ids + [f"{t}_present" for t in book.ids]
            + [f"{t}_evidence" for t in book.ids] + [f"{t}_negated" for t in book.ids])



# --------------------------------------------------------------------------- notebook support
# Shared by notebooks 05 and 06 so that neither duplicates analysis code.

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
