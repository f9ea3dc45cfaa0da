"""Match rows that depend on the whole article: the same-party rule (:mod:`.membership`) and
the ``article_terms`` of a theme, which count only in an article anchored in that theme.

Why apart: both read an article's sentences as a whole, after the block-by-block matching of
:mod:`.matches` (which calls them).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping

from helpers.instruments.themes.codebook import Codebook, Theme
from helpers.instruments.themes.membership import article_members, same_party_statements
from helpers.instruments.themes.prefilter import LiteralGate
from helpers.instruments.themes.search import excluded_spans, find_all
from helpers.instruments.themes.targets import (
    RESOLVED_RULES,
    ArticlePeople,
    article_people,
    own_leader_statements,
)
from helpers.instruments.themes.units import SentenceUnit, ThemeMatch

__all__ = ["SAME_PARTY_RULE", "article_term_rows", "same_party_rows"]

SAME_PARTY_RULE = "same_party_conflict"


def same_party_rows(book: Codebook, blocks: list[list[SentenceUnit]], texts: Mapping[str, str],
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
    people: dict[tuple[str, str], ArticlePeople] = {}  # read lazily: most articles need none
    last_start: dict[tuple[str, str], int] = {}
    for group in blocks:
        first = group[0]
        key = (first.source, first.article_id)
        known = members[key]
        # pronouns resolve back to the start of the block before this one (version 22)
        lo = last_start.get(key, first.start)
        last_start[key] = first.start
        if not known:
            continue
        for r in group:
            ftext = folded[r.source]
            found = same_party_statements(ftext, known, r.start, r.end)
            if not found:
                found = own_leader_statements(
                    ftext, lambda k=key, t=ftext, m=known: _people(people, k, t, spans[k], m,
                                                                   gates[k[0]]),
                    r.start, r.end, lo, gates[r.source])
            for ms, me, rule in found:
                out += [ThemeMatch(r.source, r.article_id, t.id, rule, "cooccurrence",
                                   t.same_party_weight, ms, me, texts[r.source][ms:me],
                                   r.sentence_id, r.paragraph_index, r.block_id) for t in themes]
    return out


def _people(cache: dict[tuple[str, str], ArticlePeople], key: tuple[str, str], text: str,
            span: list[int], members: dict, gate: LiteralGate) -> ArticlePeople:
    """The people of one article (:func:`.targets.article_people`), read once, when first
    needed."""
    if key not in cache:
        cache[key] = article_people(text, span[0], span[1], members, gate)
    return cache[key]


def _anchored_articles(theme: Theme, rows: list[ThemeMatch],
                       blocks: list[list[SentenceUnit]]) -> set:
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
        if r.term in RESOLVED_RULES:
            continue  # resolved through the article: it never anchors the article (v22)
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


def article_term_rows(book: Codebook, rows: list[ThemeMatch], blocks: list[list[SentenceUnit]],
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
            found = (find_all(gates[source], theme.article_regex, ftext, b_start, b_end,
                               book.namesakes) if theme.article_regex else [])
            if not found:
                continue
            excluded = excluded_spans(theme, ftext, b_start, b_end, gates[source])
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
