"""Themes: a user-editable codebook matched in text, scored per unit, with keyness and KWIC.

Why: researchers want to see where a theme (the UK–US "special relationship", party
factionalism, ...) lives in an article, who voices it, in what tone and in which words, and to
add their own themes by editing ``data/lexicons/themes.yml`` alone. Everything is transparent
dictionary matching: every match carries offsets into ``corpus.texts[source]`` so a reader can
check each one.

Codebook syntax (documented in the YAML file itself): per theme ``id``, ``label``,
``definition``, ``terms`` (weight 1), ``weak_terms`` (weight ``weak_weight``, default 0.5),
``patterns`` (regexes, weight 1), ``cooccurrence`` rules, ``exclude`` regexes (a term, pattern
or co-occurrence group match inside one is dropped), ``context``
(terms; when given, weak terms count only in a paragraph that also matches one),
``article_terms`` / ``article_weak_terms`` (weight ``article_weight``, default 1, / ``weak_weight``;
counted only in an article anchored in the theme: at least ``article_min_units`` (default 2) body
paragraphs, and ``article_min_share`` (default 0.1) of them, present on the other evidence; in such
an article the ``context`` condition is met by the article itself), ``min_weight`` (default 1.0),
``examples``, ``counter_examples``, ``provenance``. Terms are matched
case-insensitively (all-capital acronyms such as ``US``/``NEC`` exactly), inflection-tolerant
(plural, possessive, -ing, -ed, -er(s), consonant doubling, silent-e, -y/-ies), with straight and
curly apostrophes equivalent and space/hyphen/nothing between words; ``term*`` matches any ending;
``/regex/`` is a regular expression.

Tables (all offsets index ``corpus.texts[source]``):

``match_themes`` — one row per match: ``source``, ``article_id``, ``theme``, ``term`` (the
codebook entry or co-occurrence rule name), ``kind`` (``term`` | ``weak_term`` | ``pattern`` |
``cooccurrence`` | ``article_term``), ``weight``, ``start``, ``end``, ``text``, ``sentence_id``,
``paragraph_index`` (-1 outside body paragraphs), ``block_id``.

``paragraph_themes`` (the CLI table) — one row per body paragraph: ``source``, ``article_id``,
``paragraph_index``, ``section``, ``start``, ``end``, ``n_words``, then per theme ``<id>`` =
weighted matches per 1,000 words and ``<id>_present`` = weighted matches >= ``min_weight``.

``theme_scores(corpus, level)`` — the same scores per ``sentence`` | ``paragraph`` | ``section``
| ``article``, plus ``<id>_weight`` (the raw weighted count).

``keyness`` — one row per word: ``term``, ``freq_target``, ``freq_reference``,
``per_1000_target``, ``per_1000_reference``, ``g2`` (log-likelihood, Rayson & Garside 2000),
``log_ratio`` (binary log of the ratio of relative frequencies, Hardie 2014; zero frequencies
replaced by 0.5), ``keyness`` (G² signed + for target, - for reference), ``direction``,
``significance`` (``p<0.01`` | ``p<0.05`` | ``""``), sorted by ``keyness`` descending.

``kwic`` — one row per hit: ``source``, ``article_id``, ``sentence_id``, ``paragraph_index``,
``start``, ``end``, ``left``, ``keyword``, ``right``, ``term``.

``collocates`` — one row per collocate: ``collocate``, ``freq_window``, ``freq_corpus``,
``node_freq``, ``log_dice``, ``mi`` sorted by ``log_dice``.

``theme_voices`` — one row per (theme, voice): ``theme``, ``voice`` (speaker of the quotation
containing the match, ``narrator`` outside quotations, ``unattributed`` for a speech quote
without speaker), ``n_matches``, ``n_sentences``, ``share``.

``theme_tone`` — one row per (theme, group): ``theme``, ``group`` (``theme`` | ``rest``),
``n_sentences``, ``mean``, ``median``, ``share_negative``, ``share_positive``.

``score_themes`` — one row per theme: ``theme``, ``precision``, ``recall``, ``f1``, ``tp``,
``fp``, ``fn``, ``n_gold``, ``n_paragraphs``.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import yaml

from helpers.core.corpus import Corpus
from helpers.core.paths import LEXICONS, PEOPLE
from helpers.core.sentences import split_sentences
from helpers.core.text import WORD_RE, count_words, fold_quotes
from helpers.evaluate.metrics import by_file_name, cohen_kappa, match_spans, prf

__all__ = [
    "annotator_agreement",
    "DEFAULT_CODEBOOK",
    "DEFAULT_STOPWORDS",
    "Codebook",
    "CodebookError",
    "Theme",
    "collocates",
    "compile_term",
    "gold_comparison",
    "people_spoken_of",
    "plot_trajectory",
    "theme_definition",
    "top_terms",
    "theme_keyness",
    "theme_tone_for",
    "theme_voices_for",
    "trajectory_data",
    "keyness",
    "kwic",
    "load_codebook",
    "load_stopwords",
    "log_likelihood",
    "match_themes",
    "paragraph_themes",
    "score_themes",
    "theme_scores",
    "theme_tone",
    "theme_voices",
]

DEFAULT_CODEBOOK: Path = LEXICONS / "themes.yml"
DEFAULT_STOPWORDS: Path = LEXICONS / "stopwords_en.txt"
LEVELS = ("sentence", "paragraph", "section", "article")
#: Chi-square critical values with one degree of freedom (G² is chi-square distributed).
CRITICAL = ((6.63, "p<0.01"), (3.84, "p<0.05"))
#: Sentiment scores within +-0.05 count as neutral (as in helpers.instruments.sentiment).
NEUTRAL_BAND = 0.05

MATCH_COLUMNS = ["source", "article_id", "theme", "term", "kind", "weight", "start", "end",
                 "text", "sentence_id", "paragraph_index", "block_id"]
_ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_FUNCTION_WORDS = frozenset(
    "a an the of to in on at by for with and or from as into across both between its their "
    "his her our my your no not".split()
)
_APOS = "['’‘′]"
_SEP = r"[\s\-‐‑–]*"
_VOWELS = set("aeiou")
#: Left edge of a term: not inside a word, and not right after a word's apostrophe (the "s" of
#: "Labour's"), but a term may follow an opening quotation mark ('special relationship').
_LEFT_EDGE = r"(?<!\w)(?<!\w['’‘′])"


class CodebookError(ValueError):
    """A codebook file that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class Theme:
    """One compiled theme of the codebook."""

    id: str
    label: str
    definition: str
    min_weight: float
    weak_weight: float
    terms: tuple[str, ...]
    weak_terms: tuple[str, ...]
    patterns: tuple[str, ...]
    cooccurrence: tuple[dict[str, Any], ...]
    exclude: tuple[str, ...]
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...]
    provenance: str
    term_regex: re.Pattern[str] | None = field(repr=False, default=None)
    group_info: tuple[tuple[str, str, float], ...] = field(repr=False, default=())
    pattern_regexes: tuple[re.Pattern[str], ...] = field(repr=False, default=())
    exclude_regexes: tuple[re.Pattern[str], ...] = field(repr=False, default=())
    cooc_regexes: tuple[tuple[str, str, float, tuple[re.Pattern[str], ...]], ...] = field(
        repr=False, default=())
    context: tuple[str, ...] = ()
    context_regex: re.Pattern[str] | None = field(repr=False, default=None)
    article_terms: tuple[str, ...] = ()
    article_weight: float = 0.5
    article_min_units: int = 2
    article_min_share: float = 0.1
    article_weak_terms: tuple[str, ...] = ()
    article_regex: re.Pattern[str] | None = field(repr=False, default=None)
    article_info: tuple[tuple[str, float], ...] = field(repr=False, default=())


@dataclass(frozen=True)
class Codebook:
    """The themes of a codebook file, in file order."""

    path: Path
    themes: tuple[Theme, ...]

    @property
    def ids(self) -> list[str]:
        """Theme ids in codebook order."""
        return [t.id for t in self.themes]

    def __getitem__(self, theme_id: str) -> Theme:
        for t in self.themes:
            if t.id == theme_id:
                return t
        raise KeyError(f"{self.path}: no theme {theme_id!r} (themes: {', '.join(self.ids)})")

    def __contains__(self, theme_id: object) -> bool:
        return any(t.id == theme_id for t in self.themes)


# --------------------------------------------------------------------------- term compilation

def _word_forms(word: str) -> list[str]:
    """Inflected forms of one lower-case word (the word itself first)."""
    forms = {word, word + "s", word + "es", word + "ing", word + "ed", word + "er", word + "ers"}
    if word.endswith("e"):
        forms |= {word + "d", word[:-1] + "ing", word + "r", word + "rs"}
    if word.endswith("y") and len(word) > 2 and word[-2] not in _VOWELS:
        forms |= {word[:-1] + "ies", word[:-1] + "ied", word[:-1] + "ier", word[:-1] + "iers"}
    if (len(word) >= 3 and word[-1] not in _VOWELS | set("wxy") and word[-2] in _VOWELS
            and word[-3] not in _VOWELS):
        forms |= {word + word[-1] + s for s in ("ing", "ed", "er", "ers")}
    return sorted(forms, key=len, reverse=True)


def _word_regex(word: str) -> str:
    """Regex for one word of a term: inflections, apostrophes, acronyms, trailing ``*``."""
    if word.endswith("*"):
        return _escape(word[:-1]) + r"[\w'’-]*"
    letters = [c for c in word if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):  # acronym: exact case
        return "(?-i:" + _escape(word) + "(?:s|" + _APOS + "s)?)"
    if not word.isalpha() or word.lower() in _FUNCTION_WORDS:
        return _escape(word) + (f"(?:{_APOS}s?)?" if word.isalpha() else "")
    body = "|".join(_escape(f) for f in _word_forms(word.lower()))
    return f"(?:{body})(?:{_APOS}s?)?"


def _escape(text: str) -> str:
    return "".join(_APOS if c in "'’‘′" else re.escape(c) for c in text)


def compile_term(term: str) -> str:
    """Regex source (no flags) for one codebook term; see the module docstring for syntax.

    ``/regex/`` is returned as is; otherwise words (split at spaces and hyphens) get
    inflection-tolerant forms and are joined by optional space/hyphen runs.
    """
    term = term.strip()
    if len(term) >= 2 and term.startswith("/") and term.endswith("/"):
        return term[1:-1]
    parts = [p for p in re.split(r"[\s\-‐‑–]+", term) if p]
    if not parts:
        raise ValueError("empty term")
    # inflect only the words that carry content; multi-word names keep their earlier words
    body = _SEP.join(_word_regex(p) for p in parts)
    return _LEFT_EDGE + body + r"(?![\w])"


# --------------------------------------------------------------------------- codebook loading

def _as_str_list(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
        raise CodebookError(f"{where}: expected a list of strings")
    return tuple(str(v) for v in value)


def _compile(source: str, where: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    try:
        return re.compile(source, flags)
    except re.error as exc:
        raise CodebookError(f"{where}: invalid regular expression {source!r}: {exc}") from exc


def _alternation(items: list[tuple[str, str]]) -> str:
    """One regex for many ``(term, regex source)`` pairs, branched by the term's first letter.

    Python's regex engine tries every alternative at every position; a lookahead on the first
    letter lets it skip all but one branch at once (about 10x faster on long codebooks).
    Order within a branch is kept (longest first). ``/regex/`` terms go to a branch of their
    own that is always tried.
    """
    by_letter: dict[str, list[str]] = {}
    for term, source in items:
        t = term.strip()
        key = t[0].lower() if t and t[0].isalpha() and not t.startswith("/") else ""
        by_letter.setdefault(key, []).append(source)
    branches = []
    for key, sources in by_letter.items():
        body = "|".join(sources)
        branches.append(f"(?={re.escape(key)})(?:{body})" if key else f"(?:{body})")
    return _LEFT_EDGE + "(?:" + "|".join(branches) + ")"


def _term_group(term: str, index: int, where: str) -> tuple[str, str]:
    """``(term, named regex group g<index>)``; a term that does not compile is a
    :class:`CodebookError` naming ``where``."""
    try:
        source = compile_term(term)
    except ValueError as exc:
        raise CodebookError(f"{where}: {exc}") from exc
    _compile(source, where)
    return term, f"(?P<g{index}>{source})"


def _build_theme(raw: Any, path: Path, index: int, seen: set[str]) -> Theme:
    where = f"{path}: theme #{index + 1}"
    if not isinstance(raw, dict):
        raise CodebookError(f"{where}: expected a mapping with id, label, terms, ...")
    tid = raw.get("id")
    if not isinstance(tid, str) or not _ID_RE.match(tid):
        raise CodebookError(f"{where}: 'id' must be snake_case (a-z, 0-9, _), got {tid!r}")
    where = f"{path}: theme {tid!r}"
    if tid in seen:
        raise CodebookError(f"{where}: duplicate id")
    seen.add(tid)
    unknown = set(raw) - {"id", "label", "definition", "min_weight", "weak_weight", "terms",
                          "weak_terms", "patterns", "cooccurrence", "exclude", "context",
                          "article_terms", "article_weak_terms", "article_weight",
                          "article_min_units",
                          "article_min_share", "examples", "counter_examples", "provenance"}
    if unknown:
        raise CodebookError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    terms = _as_str_list(raw.get("terms"), f"{where}: terms")
    weak = _as_str_list(raw.get("weak_terms"), f"{where}: weak_terms")
    patterns = _as_str_list(raw.get("patterns"), f"{where}: patterns")
    cooc_raw = raw.get("cooccurrence") or []
    if not (terms or weak or patterns or cooc_raw):
        raise CodebookError(f"{where}: needs at least one of terms, weak_terms, patterns, "
                            "cooccurrence")
    try:
        min_weight = float(raw.get("min_weight", 1.0))
        weak_weight = float(raw.get("weak_weight", 0.5))
    except (TypeError, ValueError) as exc:
        raise CodebookError(f"{where}: min_weight/weak_weight must be numbers") from exc
    if min_weight <= 0:
        raise CodebookError(f"{where}: min_weight must be > 0")

    groups: list[tuple[str, str]] = []
    info: list[tuple[str, str, float]] = []
    entries = [(t, "term", 1.0) for t in terms] + [(t, "weak_term", weak_weight) for t in weak]
    # longest first, so "Bush's poodle" wins over "poodle" at the same position
    entries.sort(key=lambda e: -len(e[0]))
    for term, kind, weight in entries:
        groups.append(_term_group(term, len(groups), f"{where}: term {term!r}"))
        info.append((term, kind, weight))
    term_regex = _compile(_alternation(groups), f"{where}: terms") if groups else None

    context = _as_str_list(raw.get("context"), f"{where}: context")
    context_regex = (_compile(_alternation([(t, compile_term(t)) for t in
                                            sorted(context, key=len, reverse=True)]),
                              f"{where}: context") if context else None)
    art_terms = _as_str_list(raw.get("article_terms"), f"{where}: article_terms")
    art_weak = _as_str_list(raw.get("article_weak_terms"), f"{where}: article_weak_terms")
    try:
        art_weight = float(raw.get("article_weight", 1.0))
        art_units = int(raw.get("article_min_units", 2))
        art_share = float(raw.get("article_min_share", 0.1))
    except (TypeError, ValueError) as exc:
        raise CodebookError(f"{where}: article_weight/article_min_units/article_min_share "
                            "must be numbers") from exc
    if art_units < 1 or not 0 <= art_share <= 1:
        raise CodebookError(f"{where}: article_min_units must be >= 1 and article_min_share "
                            "within 0..1")
    art_sorted = sorted([(t, art_weight) for t in art_terms]
                        + [(t, weak_weight) for t in art_weak], key=lambda e: -len(e[0]))
    art_groups = []
    for term, _w in art_sorted:
        art_groups.append(_term_group(term, len(art_groups), f"{where}: article term {term!r}"))
    art_regex = (_compile(_alternation(art_groups), f"{where}: article_terms")
                 if art_groups else None)
    cooc: list[tuple[str, str, float, tuple[re.Pattern[str], ...]]] = []
    if not isinstance(cooc_raw, list):
        raise CodebookError(f"{where}: cooccurrence must be a list of rules")
    for j, rule in enumerate(cooc_raw):
        rw = f"{where}: cooccurrence rule #{j + 1}"
        if not isinstance(rule, dict) or not isinstance(rule.get("groups"), list) \
                or len(rule["groups"]) < 2:
            raise CodebookError(f"{rw}: needs 'groups', a list of at least two term lists")
        scope = rule.get("scope", "sentence")
        if scope not in ("sentence", "paragraph"):
            raise CodebookError(f"{rw}: scope must be 'sentence' or 'paragraph', got {scope!r}")
        regs = []
        for g in rule["groups"]:
            gterms = _as_str_list(g, f"{rw}: group")
            if not gterms:
                raise CodebookError(f"{rw}: empty group")
            regs.append(_compile(_alternation(
                [(t, compile_term(t)) for t in sorted(gterms, key=len, reverse=True)]), rw))
        cooc.append((str(rule.get("name", f"cooccurrence_{j + 1}")), scope,
                     float(rule.get("weight", 1.0)), tuple(regs)))
    return Theme(
        id=tid,
        label=str(raw.get("label") or tid.replace("_", " ")),
        definition=str(raw.get("definition") or "").strip(),
        min_weight=min_weight,
        weak_weight=weak_weight,
        terms=terms,
        weak_terms=weak,
        patterns=patterns,
        cooccurrence=tuple(r for r in cooc_raw),
        exclude=_as_str_list(raw.get("exclude"), f"{where}: exclude"),
        examples=_as_str_list(raw.get("examples"), f"{where}: examples"),
        counter_examples=_as_str_list(raw.get("counter_examples"), f"{where}: counter_examples"),
        provenance=str(raw.get("provenance") or "").strip(),
        term_regex=term_regex,
        group_info=tuple(info),
        pattern_regexes=tuple(_compile(p, f"{where}: pattern") for p in patterns),
        exclude_regexes=tuple(_compile(p, f"{where}: exclude")
                              for p in _as_str_list(raw.get("exclude"), f"{where}: exclude")),
        cooc_regexes=tuple(cooc),
        context=context,
        context_regex=context_regex,
        article_terms=art_terms,
        article_weak_terms=art_weak,
        article_weight=art_weight,
        article_min_units=art_units,
        article_min_share=art_share,
        article_regex=art_regex,
        article_info=tuple(art_sorted),
    )


def load_codebook(path: str | Path | None = None) -> Codebook:
    """Read and compile a theme codebook (default ``data/lexicons/themes.yml``).

    Raises :class:`CodebookError` naming the file and the problem (missing file, YAML syntax,
    missing ``themes`` list, bad id, bad regex, ...), so a user editing the file sees what to fix.
    """
    path = Path(path) if path else DEFAULT_CODEBOOK
    if not path.exists():
        raise CodebookError(f"{path}: codebook file not found")
    stat = path.stat()
    return _load_codebook(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=8)
def _load_codebook(path: Path, mtime_ns: int, size: int) -> Codebook:
    """Compile the codebook once per file version (compiling ~1,000 regexes takes seconds);
    ``mtime_ns`` and ``size`` are part of the key, so an edited file is read again."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise CodebookError(f"{path}: not valid YAML: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise CodebookError(f"{path}: not UTF-8 text: {exc}") from exc
    if isinstance(data, dict):
        data = data.get("themes")
    if not isinstance(data, list) or not data:
        raise CodebookError(f"{path}: expected a non-empty list under 'themes:'")
    seen: set[str] = set()
    return Codebook(path, tuple(_build_theme(t, path, i, seen) for i, t in enumerate(data)))


def _codebook(codebook: Codebook | str | Path | None) -> Codebook:
    return codebook if isinstance(codebook, Codebook) else load_codebook(codebook)


# --------------------------------------------------------------------------- units and matching

def _units(corpus: Corpus | str | Iterable[str] | Mapping[str, str]) -> tuple[
        dict[str, str], pd.DataFrame]:
    """Texts and the sentence table to match in.

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


def _theme_matches(theme: Theme, folded: str, start: int, end: int) -> list[tuple]:
    """(term, kind, weight, start, end) of one theme's term/pattern matches in a span.

    ``folded`` is the whole source text with curly quotes folded (same offsets).
    """
    seg = folded[start:end]
    cands: list[tuple[str, str, float, int, int]] = []
    if theme.term_regex is not None:
        for m in theme.term_regex.finditer(seg):
            term, kind, weight = theme.group_info[int(m.lastgroup[1:])]
            cands.append((term, kind, weight, m.start(), m.end()))
    for src, rx in zip(theme.patterns, theme.pattern_regexes):
        for m in rx.finditer(seg):
            if m.end() > m.start():
                cands.append((src, "pattern", 1.0, m.start(), m.end()))
    if not cands:
        return []
    excluded = [(m.start(), m.end()) for rx in theme.exclude_regexes for m in rx.finditer(seg)]
    cands.sort(key=lambda c: (-c[2], -(c[4] - c[3]), c[3]))
    kept: list[tuple[str, str, float, int, int]] = []
    for c in cands:
        if any(c[3] < e and s < c[4] for s, e in excluded):
            continue
        if any(c[3] < k[4] and k[3] < c[4] for k in kept):
            continue
        kept.append(c)
    return [(t, k, w, s + start, e + start) for t, k, w, s, e in kept]


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
    book = _codebook(codebook)
    texts, sents = _units(corpus)
    rows: list[list] = []
    dropped: list[list] = []  # weak terms set aside for want of context in their paragraph
    if sents.empty:
        return pd.DataFrame(columns=MATCH_COLUMNS)
    folded = {src: fold_quotes(t) for src, t in texts.items()}
    recs = sents[["source", "article_id", "block_id", "paragraph_index", "sentence_id",
                  "start", "end"]].to_numpy().tolist()
    # consecutive sentences of one block: one regex pass per block and theme
    blocks: list[list[list]] = []
    for r in recs:
        if blocks and blocks[-1][0][0] == r[0] and blocks[-1][0][2] == r[2]:
            blocks[-1].append(r)
        else:
            blocks.append([r])
    for group in blocks:
        source, art, block, para = group[0][0], group[0][1], group[0][2], group[0][3]
        text, ftext = texts[source], folded[source]
        starts = [r[5] for r in group]
        b_start, b_end = group[0][5], max(r[6] for r in group)
        for theme in book.themes:
            found = _theme_matches(theme, ftext, b_start, b_end)
            no_context = (theme.context_regex is not None
                          and any(f[1] == "weak_term" for f in found)
                          and theme.context_regex.search(ftext, b_start, b_end) is None)
            for term, kind, weight, ms, me in found:
                i = max(0, bisect_right(starts, ms) - 1)
                if me > group[i][6]:  # crosses a sentence boundary
                    continue
                row = [source, art, theme.id, term, kind, weight, ms, me, text[ms:me],
                       group[i][4], para, block]
                # weak terms count only in a paragraph that shows the theme's context
                (dropped if no_context and kind == "weak_term" else rows).append(row)
            # co-occurrence groups obey the theme's exclusions too ("American football"
            # is not a US actor, a "military coup" not a party's revolt)
            cooc_excluded = ([(m.start(), m.end()) for rx in theme.exclude_regexes
                              for m in rx.finditer(ftext, b_start, b_end)]
                             if theme.cooc_regexes else [])
            for name, scope, weight, regs in theme.cooc_regexes:
                hits = [[(m.start(), m.end()) for m in rx.finditer(ftext, b_start, b_end)
                         if not any(m.start() < e and s < m.end() for s, e in cooc_excluded)]
                        for rx in regs]
                if not all(hits):
                    continue
                units = ([(r[4], r[5], r[6]) for r in group] if scope == "sentence"
                         else [(group[0][4], b_start, b_end)])
                for sid, us, ue in units:
                    firsts = [next((h for h in hl if h[0] >= us and h[1] <= ue), None)
                              for hl in hits]
                    if any(f is None for f in firsts):
                        continue
                    ms, me = min(f[0] for f in firsts), max(f[1] for f in firsts)
                    rows.append([source, art, theme.id, name, "cooccurrence", weight, ms, me,
                                 text[ms:me], sid, para, block])
    rows += _article_term_rows(book, rows, blocks, texts, folded, dropped)
    out = pd.DataFrame(rows, columns=MATCH_COLUMNS)
    if not out.empty:
        order = {t: i for i, t in enumerate(book.ids)}
        out = out.assign(_o=out["theme"].map(order)).sort_values(
            ["source", "_o", "start", "end"], kind="stable").drop(columns="_o")
        out = out.reset_index(drop=True)
    return out


def _anchored_articles(theme: Theme, rows: list[list], blocks: list[list[list]]) -> set:
    """``(source, article_id)`` of the articles whose body paragraphs show ``theme`` often enough.

    A paragraph counts when its matches (a weak term once per paragraph) reach ``min_weight``;
    an article is anchored when at least ``article_min_units`` paragraphs, and at least
    ``article_min_share`` of its body paragraphs, count.
    """
    weights: dict[tuple, float] = {}
    seen_weak: set[tuple] = set()
    for r in rows:
        if r[2] != theme.id or r[10] is None or int(r[10]) < 0:
            continue
        key = (r[0], r[1], int(r[10]))
        if r[4] == "weak_term":
            if (key, r[3]) in seen_weak:
                continue
            seen_weak.add((key, r[3]))
        weights[key] = weights.get(key, 0.0) + float(r[5])
    present: Counter = Counter(k[:2] for k, w in weights.items()
                               if w >= theme.min_weight - 1e-9)
    n_paras: Counter = Counter()
    seen_p: set[tuple] = set()
    for g in blocks:
        para = g[0][3]
        if para is not None and int(para) >= 0 and (g[0][0], g[0][1], int(para)) not in seen_p:
            seen_p.add((g[0][0], g[0][1], int(para)))
            n_paras[(g[0][0], g[0][1])] += 1
    return {a for a, n in present.items()
            if n >= theme.article_min_units and n >= theme.article_min_share * n_paras[a]}


def _article_term_rows(book: Codebook, rows: list[list], blocks: list[list[list]],
                       texts: Mapping[str, str], folded: Mapping[str, str],
                       dropped: list[list]) -> list[list]:
    """Matches of each theme's ``article_terms`` in the articles anchored in that theme.

    Why: an annotator reads a paragraph in the light of its article. In a story about UK–US
    trade, "the prime minister arrives" or "the deal" is the relation even where the paragraph
    names neither country; the same words in any other article are not. Article terms never
    overlap another match of the theme and obey its ``exclude`` regexes. ``dropped`` are the
    weak-term rows set aside for want of ``context``; in an anchored article they count.
    """
    out: list[list] = []
    for theme in book.themes:
        if theme.article_regex is None and not any(r[2] == theme.id for r in dropped):
            continue
        anchored = _anchored_articles(theme, rows, blocks)
        if not anchored:
            continue
        # spans already matched, per block (matches never cross a block)
        taken: dict[tuple, list[tuple[int, int]]] = {}
        for r in rows:
            if r[2] == theme.id and r[4] != "cooccurrence":
                taken.setdefault((r[0], r[11]), []).append((r[6], r[7]))
        for group in blocks:
            source, art = group[0][0], group[0][1]
            if (source, art) not in anchored:
                continue
            ftext, text = folded[source], texts[source]
            b_start, b_end = group[0][5], max(r[6] for r in group)
            seg = ftext[b_start:b_end]
            excluded = [(m.start(), m.end()) for rx in theme.exclude_regexes
                        for m in rx.finditer(seg)]
            starts = [r[5] for r in group]
            for m in (theme.article_regex.finditer(seg) if theme.article_regex else ()):
                ms, me = m.start() + b_start, m.end() + b_start
                if any(m.start() < e and s < m.end() for s, e in excluded):
                    continue
                if any(ms < e and s < me for s, e in taken.get((source, group[0][2]), ())):
                    continue
                i = max(0, bisect_right(starts, ms) - 1)
                if me > group[i][6]:
                    continue
                term, weight = theme.article_info[int(m.lastgroup[1:])]
                out.append([source, art, theme.id, term, "article_term", weight, ms, me,
                            text[ms:me], group[i][4], group[0][3], group[0][2]])
        # the anchored article is the theme's context: weak terms dropped for want of context
        # in their paragraph count after all
        out += [r for r in dropped if r[2] == theme.id and (r[0], r[1]) in anchored]
    return out


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
    book = _codebook(codebook)
    texts, sents = _units(corpus)
    if matches is None:
        matches = match_themes(corpus, book)
    key = {"sentence": ["source", "article_id", "sentence_id"],
           "paragraph": ["source", "article_id", "paragraph_index"],
           "section": ["source", "article_id", "section_index"],
           "article": ["source", "article_id"]}[level]
    if level == "paragraph":
        sents = sents[sents["block_kind"] == "body"]
        if isinstance(corpus, Corpus):
            blocks = corpus.blocks[corpus.blocks["kind"] == "body"]
            units = blocks[["source", "article_id", "paragraph_index", "section", "start",
                            "end", "text"]].copy()
            units["n_words"] = units["text"].map(count_words)
            units = units.drop(columns="text")
        else:
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
    if matches.empty or units.empty:
        weights = pd.DataFrame(0.0, index=units.index, columns=book.ids)
    else:
        m = matches.copy()
        if level == "section":
            sec = sents.set_index(["source", "article_id", "sentence_id"])["section_index"]
            m["section_index"] = [sec.get((a, b, c), -1) for a, b, c in
                                  zip(m["source"], m["article_id"], m["sentence_id"])]
        # a weak term counts once per unit: repeating a word that only hints at the theme
        # is not more evidence of it
        weak = m["kind"].isin(["weak_term", "article_term"])
        m = pd.concat([m[~weak], m[weak].drop_duplicates(key + ["theme", "term"])])
        w = m.pivot_table(index=key, columns="theme", values="weight", aggfunc="sum",
                          fill_value=0.0)
        weights = (units[key].merge(w.reset_index(), on=key, how="left")
                   .reindex(columns=book.ids).fillna(0.0).astype(float))
    out = units.copy()
    out["n_words"] = pd.to_numeric(out["n_words"], errors="coerce").fillna(0).astype(int)
    n = out["n_words"].astype(float).replace(0.0, np.nan)
    for theme in book.themes:
        wcol = weights[theme.id].to_numpy()
        out[f"{theme.id}_weight"] = wcol
        out[theme.id] = (wcol * 1000.0 / n).fillna(0.0).round(3)
        out[f"{theme.id}_present"] = wcol >= theme.min_weight - 1e-9
    return out


def paragraph_themes(
    corpus: Corpus, codebook: Codebook | str | Path | None = None
) -> pd.DataFrame:
    """One row per body paragraph with a score and a presence flag per theme (the CLI table).

    Columns: ``source``, ``article_id``, ``paragraph_index``, ``section``, ``start``, ``end``,
    ``n_words``, then ``<id>`` (weighted matches per 1,000 words) for every theme, then
    ``<id>_present`` for every theme.
    """
    book = _codebook(codebook)
    scores = theme_scores(corpus, "paragraph", book)
    base = ["source", "article_id", "paragraph_index", "section", "start", "end", "n_words"]
    cols = base + book.ids + [f"{t}_present" for t in book.ids]
    return scores.reindex(columns=cols)


# --------------------------------------------------------------------------- validation

def score_themes(pred: pd.DataFrame, gold: pd.DataFrame,
                 themes: Iterable[str] | None = None) -> pd.DataFrame:
    """Per-theme precision, recall and F1 of paragraph presence against the gold coding.

    ``pred`` is :func:`paragraph_themes` output, ``gold`` the ``themes`` annotation (one row per
    body paragraph with 0/1 per theme). Paragraphs are paired one-to-one by overlapping offsets
    within the same file name (so a path prefix on ``source`` does not matter); a gold paragraph
    without a predicted partner counts as predicted absent.
    """
    if themes is None:
        themes = [c for c in gold.columns
                  if c not in {"source", "start", "end", "text", "notes"}
                  and f"{c}_present" in pred.columns]
    themes = list(themes)
    p, g = by_file_name(pred), by_file_name(gold)
    pairs = dict(match_spans(g, p, overlap=True))
    rows = []
    for t in themes:
        tp = fp = fn = 0
        for gi in g.index:
            gv = bool(int(g.at[gi, t]))
            pv = bool(p.at[pairs[gi], f"{t}_present"]) if gi in pairs else False
            tp += gv and pv
            fp += (not gv) and pv
            fn += gv and not pv
        r = prf(tp, fp, fn)
        rows.append({"theme": t, **r, "n_gold": int(g[t].astype(int).sum()),
                     "n_paragraphs": len(g)})
    return pd.DataFrame(rows, columns=["theme", "precision", "recall", "f1", "tp", "fp", "fn",
                                       "n_gold", "n_paragraphs"])


def annotator_agreement(gold_a: pd.DataFrame, gold_b: pd.DataFrame,
                        themes: Iterable[str]) -> pd.DataFrame:
    """Agreement of two hand codings of the same paragraphs: ``theme``, ``n``, ``agreement``
    (share of equal codes), ``kappa`` (Cohen), ``present_a``, ``present_b``.

    Paragraphs are paired by file name and offsets; unpaired rows are ignored.
    """
    a, b = by_file_name(gold_a), by_file_name(gold_b)
    both = a.merge(b, on=["source", "start", "end"], suffixes=("_a", "_b"))
    rows = []
    for t in themes:
        x = both[f"{t}_a"].astype(int).astype(str).tolist()
        y = both[f"{t}_b"].astype(int).astype(str).tolist()
        rows.append({"theme": t, "n": len(x),
                     "agreement": round(sum(i == j for i, j in zip(x, y)) / len(x), 4)
                     if x else np.nan,
                     "kappa": round(cohen_kappa(x, y), 4) if x else np.nan,
                     "present_a": x.count("1"), "present_b": y.count("1")})
    return pd.DataFrame(rows, columns=["theme", "n", "agreement", "kappa", "present_a",
                                       "present_b"])


def gold_comparison(pred: pd.DataFrame, gold: pd.DataFrame, theme: str) -> pd.DataFrame:
    """The paragraphs where ``pred`` and ``gold`` disagree on ``theme`` (for error analysis).

    Columns: ``source``, ``start``, ``end``, ``gold``, ``predicted``, ``score``, ``text``.
    """
    p, g = by_file_name(pred), by_file_name(gold)
    pairs = dict(match_spans(g, p, overlap=True))
    rows = []
    for gi in g.index:
        gv = int(g.at[gi, theme])
        pi = pairs.get(gi)
        pv = int(bool(p.at[pi, f"{theme}_present"])) if pi is not None else 0
        if gv != pv:
            rows.append({"source": g.at[gi, "source"], "start": int(g.at[gi, "start"]),
                         "end": int(g.at[gi, "end"]), "gold": gv, "predicted": pv,
                         "score": float(p.at[pi, theme]) if pi is not None else 0.0,
                         "text": str(g.at[gi, "text"])})
    return pd.DataFrame(rows, columns=["source", "start", "end", "gold", "predicted", "score",
                                       "text"])


# --------------------------------------------------------------------------- keyness

def load_stopwords(path: str | Path | None = None) -> frozenset[str]:
    """Lower-case stop words from a one-word-per-line file (``#`` starts a comment)."""
    path = Path(path) if path else DEFAULT_STOPWORDS
    words_: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        w = line.split("#", 1)[0].strip().lower()
        if w:
            words_.add(fold_quotes(w))
    return frozenset(words_)


def _tokens(text: str) -> list[str]:
    """Lower-case word tokens, curly apostrophes folded, possessive ``'s`` removed."""
    out = []
    for m in WORD_RE.finditer(fold_quotes(text)):
        w = m.group().lower()
        if w.endswith("'s"):
            w = w[:-2]
        out.append(w)
    return out


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
    stop words (``data/lexicons/stopwords_en.txt`` when ``stopwords`` is True; pass a list of
    your own or False for none) are ignored; totals count every word. ``significance`` is
    ``p<0.01`` for G² > 6.63 and ``p<0.05`` for G² > 3.84 (one degree of freedom). The table is
    sorted by signed keyness: the target's key words first, the reference's last.
    """
    stop = (load_stopwords() if stopwords is True else
            frozenset() if not stopwords else frozenset(w.lower() for w in stopwords))
    tf = Counter(t for text in _as_texts(target_texts) for t in _tokens(text))
    rf = Counter(t for text in _as_texts(reference_texts) for t in _tokens(text))
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


# --------------------------------------------------------------------------- KWIC, collocates

def _hits(corpus: Corpus | str | Iterable[str] | Mapping[str, str], term_or_theme: str,
          codebook: Codebook | str | Path | None) -> tuple[dict[str, str], pd.DataFrame,
                                                          pd.DataFrame]:
    """Matches of a theme id of the codebook, or of a single term (term syntax)."""
    texts, sents = _units(corpus)
    book = None
    if isinstance(codebook, Codebook) or codebook is None or Path(str(codebook)).exists():
        try:
            book = _codebook(codebook)
        except CodebookError:
            book = None
    if book is not None and term_or_theme in book:
        m = match_themes(corpus, book)
        m = m[m["theme"] == term_or_theme]
        return texts, sents, m[["source", "article_id", "sentence_id", "paragraph_index",
                                "start", "end", "term"]].reset_index(drop=True)
    rx = re.compile(compile_term(term_or_theme), re.IGNORECASE)
    rows = []
    for source, art, para, sid, s, e in sents[["source", "article_id", "paragraph_index",
                                               "sentence_id", "start", "end"]].itertuples(
                                                   index=False):
        seg = fold_quotes(texts[source][s:e])
        for m in rx.finditer(seg):
            rows.append([source, art, sid, para, s + m.start(), s + m.end(), term_or_theme])
    return texts, sents, pd.DataFrame(rows, columns=["source", "article_id", "sentence_id",
                                                     "paragraph_index", "start", "end", "term"])


def kwic(
    corpus: Corpus | str | Iterable[str] | Mapping[str, str],
    term_or_theme: str,
    width: int = 50,
    codebook: Codebook | str | Path | None = None,
) -> pd.DataFrame:
    """Keyword-in-context lines for a theme id (all its matches) or any term.

    ``left``/``right`` hold up to ``width`` characters of context (line breaks shown as
    spaces); ``keyword`` is ``text[start:end]``. Columns: see the module docstring.
    """
    texts, _, hits = _hits(corpus, term_or_theme, codebook)
    rows = []
    for r in hits.itertuples(index=False):
        text = texts[r.source]
        left = text[max(0, r.start - width):r.start].replace("\n", " ")
        right = text[r.end:r.end + width].replace("\n", " ")
        rows.append([r.source, r.article_id, r.sentence_id, r.paragraph_index, r.start, r.end,
                     left, text[r.start:r.end], right, r.term])
    return pd.DataFrame(rows, columns=["source", "article_id", "sentence_id", "paragraph_index",
                                       "start", "end", "left", "keyword", "right", "term"])


def collocates(
    corpus: Corpus | str | Iterable[str] | Mapping[str, str],
    term_or_theme: str,
    window: int = 5,
    min_freq: int = 2,
    codebook: Codebook | str | Path | None = None,
    stopwords: Iterable[str] | None | bool = True,
) -> pd.DataFrame:
    """Words occurring within ``window`` words left or right of a term's (or theme's) hits.

    The window stays inside the sentence. ``freq_window`` counts co-occurrences (a token near
    several overlapping hits counts once), ``freq_corpus`` the word in all sentences searched,
    ``node_freq`` the hits. Association: log-Dice = 14 + log2(2·O / (f_node + f_coll))
    (Rychlý 2008) and MI = log2(O·N / (f_node · f_coll · 2·window)). Words below ``min_freq``
    co-occurrences, stop words and the node's own tokens are left out.
    """
    stop = (load_stopwords() if stopwords is True else
            frozenset() if not stopwords else frozenset(w.lower() for w in stopwords))
    texts, sents, hits = _hits(corpus, term_or_theme, codebook)
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


# --------------------------------------------------------------------------- joins

def theme_voices(matches: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    """Who voices which theme: each match is credited to the quotation that contains it.

    ``matches`` from :func:`match_themes`, ``quotes`` from
    ``helpers.instruments.quotes.extract_quotes``
    (``source``, ``start``, ``end``, ``kind``, ``speaker``). A match inside a ``speech`` quote
    is voiced by its ``speaker`` (``unattributed`` if empty); inside a ``term`` quote or outside
    any quote by the ``narrator``. ``share`` is the voice's share of the theme's matches.
    """
    cols = ["theme", "voice", "n_matches", "n_sentences", "share"]
    if matches is None or matches.empty:
        return pd.DataFrame(columns=cols)
    voices = []
    q = quotes if quotes is not None else pd.DataFrame(columns=["source", "start", "end"])
    if not q.empty and "kind" in q.columns:
        q = q[q["kind"].astype(str) == "speech"]
    by_src = {s: g[["start", "end", "speaker"]].to_numpy().tolist()
              for s, g in q.groupby("source")} if not q.empty else {}
    for source, s, e in matches[["source", "start", "end"]].itertuples(index=False):
        voice = "narrator"
        for qs, qe, spk in by_src.get(source, []):
            if qs <= s and e <= qe:
                spk = "" if spk is None or (isinstance(spk, float) and math.isnan(spk)) else spk
                voice = str(spk).strip() or "unattributed"
                break
        voices.append(voice)
    m = matches.assign(voice=voices)
    out = m.groupby(["theme", "voice"]).agg(
        n_matches=("start", "size"),
        n_sentences=("sentence_id", lambda x: x.nunique())).reset_index()
    out["n_sentences"] = m.groupby(["theme", "voice"]).apply(
        lambda g: g[["source", "article_id", "sentence_id"]].drop_duplicates().shape[0],
        include_groups=False).to_numpy()
    out["share"] = (out["n_matches"] / out.groupby("theme")["n_matches"].transform("sum")).round(
        4)
    return out.sort_values(["theme", "n_matches", "voice"], ascending=[True, False, True])[
        cols].reset_index(drop=True)


def _score_column(sentiment: pd.DataFrame) -> str:
    for c in ("score", "compound", "calibrated", "vader_compound", "vader", "polarity",
              "textblob_polarity"):
        if c in sentiment.columns:
            return c
    raise ValueError("sentiment table needs a numeric 'score' column (or compound/polarity); "
                     f"got {', '.join(map(str, sentiment.columns))}")


def theme_tone(
    sentence_scores: pd.DataFrame,
    sentiment: pd.DataFrame,
    themes: Iterable[str] | None = None,
    score: str | None = None,
    articles: Iterable[str] | None = None,
) -> pd.DataFrame:
    """Tone of theme-bearing sentences against the other sentences of the same articles.

    ``rest`` holds the sentences without the theme in the articles where it occurs (all
    sentences when it occurs nowhere), so the comparison is not confounded by other articles.
    ``articles`` (ids) restricts both groups to those articles, e.g. the articles with a
    paragraph coded present.

    ``sentence_scores`` is :func:`theme_scores` at sentence level (``<id>_present`` columns);
    ``sentiment`` is ``helpers.instruments.sentiment.sentence_sentiment`` output, joined on
    ``source`` and
    the sentence offsets (``start``, ``end``). ``score`` names the numeric sentiment column
    (default: ``score`` or the first of compound/polarity found); a ``label`` column, when
    present, gives the negative/positive shares, otherwise the score does (negative
    <= -0.05 < neutral < 0.05 <= positive, the bands of ``helpers.instruments.sentiment``).
    """
    cols = ["theme", "group", "n_sentences", "mean", "median", "share_negative",
            "share_positive"]
    if sentence_scores is None or sentence_scores.empty or sentiment is None \
            or sentiment.empty:
        return pd.DataFrame(columns=cols)
    col = score or _score_column(sentiment)
    keep = ["source", "start", "end", col] + (["label"] if "label" in sentiment.columns else [])
    joined = sentence_scores.merge(sentiment[keep].drop_duplicates(["source", "start", "end"]),
                                   on=["source", "start", "end"], how="inner")
    if articles is not None:
        joined = joined[joined["article_id"].isin(set(articles))]
    if themes is None:
        themes = [c[:-8] for c in sentence_scores.columns if c.endswith("_present")]
    rows = []
    for t in themes:
        on = joined[f"{t}_present"].astype(bool)
        arts = set(joined.loc[on, "article_id"]) if "article_id" in joined.columns else set()
        same = joined["article_id"].isin(arts) if arts else pd.Series(True, joined.index)
        for group, part in (("theme", joined[on]), ("rest", joined[~on & same])):
            vals = pd.to_numeric(part[col], errors="coerce").dropna()
            if "label" in part.columns:
                lab = part["label"].astype(str)
                neg, pos = (lab == "negative").mean(), (lab == "positive").mean()
            else:
                neg, pos = (vals <= -NEUTRAL_BAND).mean(), (vals >= NEUTRAL_BAND).mean()
            rows.append({"theme": t, "group": group, "n_sentences": int(len(part)),
                         "mean": round(float(vals.mean()), 4) if len(vals) else np.nan,
                         "median": round(float(vals.median()), 4) if len(vals) else np.nan,
                         "share_negative": round(float(neg), 4) if len(part) else np.nan,
                         "share_positive": round(float(pos), 4) if len(part) else np.nan})
    return pd.DataFrame(rows, columns=cols)


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
    t = _codebook(codebook)[theme]
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


def trajectory_data(paragraphs: pd.DataFrame, theme: str) -> pd.DataFrame:
    """Per body paragraph: ``article_id``, ``paragraph_index``, ``section``, ``score``,
    ``present`` for one theme (from :func:`paragraph_themes`), in reading order."""
    cols = ["article_id", "paragraph_index", "section", "score", "present"]
    if paragraphs.empty:
        return pd.DataFrame(columns=cols)
    return (paragraphs.rename(columns={theme: "score", f"{theme}_present": "present"})
            .reindex(columns=["source"] + cols).sort_values(["source", "article_id",
                                                             "paragraph_index"])
            .drop(columns="source").reset_index(drop=True))


def plot_trajectory(data: pd.DataFrame, label: str, titles: Mapping[str, str] | None = None):
    """Bar chart per article of a theme's score per paragraph, sections marked.

    ``data`` from :func:`trajectory_data`. Bars of paragraphs coded present are dark, others
    light; a dashed line and the section name mark each section's first paragraph. Returns a
    matplotlib Figure (a note in an empty axis when there is nothing to plot).
    """
    import matplotlib.pyplot as plt

    articles = list(dict.fromkeys(data["article_id"])) if not data.empty else []
    n = max(1, len(articles))
    fig, axes = plt.subplots(n, 1, figsize=(9, 2.6 * n + 0.6), squeeze=False)
    if not articles:
        ax = axes[0][0]
        ax.text(0.5, 0.5, "no body paragraphs", ha="center", va="center")
        ax.set_axis_off()
        return fig
    top = max(1.0, float(data["score"].max()) * 1.25)
    for ax, art in zip(axes[:, 0], articles):
        d = data[data["article_id"] == art]
        colors = ["#1f4e79" if p else "#b9c9d9" for p in d["present"]]
        ax.bar(d["paragraph_index"], d["score"], color=colors, width=0.8)
        prev = None
        for pi, sec in zip(d["paragraph_index"], d["section"]):
            if sec != prev and prev is not None or (prev is None and sec):
                ax.axvline(pi - 0.5, color="#777777", linestyle="--", linewidth=0.8)
                ax.text(pi - 0.4, top * 0.97, str(sec)[:28], fontsize=7, va="top",
                        color="#444444")
            prev = sec
        ax.set_ylim(0, top)
        ax.set_xlim(-0.8, max(d["paragraph_index"].max(), 1) + 0.8)
        title = (titles or {}).get(art, art)
        ax.set_title(f"{title[:70]} — {int(d['present'].sum())} of {len(d)} paragraphs",
                     fontsize=9, loc="left")
        ax.set_ylabel("matches per\n1,000 words")
    axes[-1][0].set_xlabel("body paragraph (reading order)")
    fig.suptitle(f"Where the theme “{label}” appears (dark bars: coded present)", fontsize=11)
    return fig


def theme_keyness(
    corpus: Corpus, theme: str, paragraphs: pd.DataFrame | None = None, min_freq: int = 3,
    codebook: Codebook | str | Path | None = None,
) -> tuple[pd.DataFrame, str]:
    """Key words of the article where ``theme`` weighs most against the other articles.

    With a single article, the theme's paragraphs are compared with the rest of it. Returns
    the :func:`keyness` table and a sentence saying what was compared with what.
    """
    book = _codebook(codebook)
    p = paragraphs if paragraphs is not None else paragraph_themes(corpus, book)
    body = corpus.blocks[corpus.blocks["kind"] == "body"]
    if p.empty or body.empty:
        return keyness([], [], min_freq=min_freq), "no body paragraphs: no keyness table"
    weight = p.groupby("article_id")[f"{theme}_present"].sum()
    arts = list(dict.fromkeys(body["article_id"]))
    if len(arts) >= 2:
        target = weight.reindex(arts).fillna(0).idxmax()
        tt = body.loc[body["article_id"] == target, "text"].tolist()
        rt = body.loc[body["article_id"] != target, "text"].tolist()
        why = ("most paragraphs coded present" if weight.max() > 0 else
               "the theme is absent everywhere; first article")
        return keyness(tt, rt, min_freq=min_freq), (
            f"article {target} ({why}) against the other {len(arts) - 1} article(s)")
    present = p[p[f"{theme}_present"]]
    keys = set(zip(present["source"], present["article_id"], present["paragraph_index"]))
    mask = [(s, a, i) in keys for s, a, i in zip(body["source"], body["article_id"],
                                                   body["paragraph_index"])]
    tt = body.loc[mask, "text"].tolist()
    rt = body.loc[[not m for m in mask], "text"].tolist()
    return keyness(tt, rt, min_freq=min_freq), (
        f"the {len(tt)} paragraph(s) coded present against the other {len(rt)} paragraph(s)")


_CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr sir one two three "
    "many most some every yes no".split())
_NAME_RE = re.compile(r"(?<![\w'’])(?:[A-Z][\w'’\-]*\.?)(?:\s+(?:[A-Z][\w'’\-]*|de|van|von|al"
                      r"|bin)\.?)*")


def _register(path: Path | None) -> dict[str, tuple[str, str]]:
    """alias (and name) -> (canonical name, role) from a people register CSV, if it exists."""
    path = PEOPLE if path is None else Path(path)
    if not path.exists():
        return {}
    try:
        reg = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (OSError, ValueError, pd.errors.ParserError):
        return {}
    out: dict[str, tuple[str, str]] = {}
    for row in reg.to_dict("records"):
        name = str(row.get("name", "")).strip()
        if not name:
            continue
        role = str(row.get("role", "")).strip()
        for alias in [name] + str(row.get("aliases", "")).split(";"):
            alias = fold_quotes(alias.strip())
            if alias:
                out.setdefault(alias, (name, role))
    return out


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
    reg = _register(Path(register) if register else None)
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


def theme_voices_for(corpus: Corpus, matches: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    """:func:`theme_voices` with quotes extracted by ``helpers.instruments.quotes`` (if installed).

    Returns the table and a note; when the quotes module is missing or fails, an empty table
    and the reason, so a notebook still runs.
    """
    try:
        from helpers.instruments.quotes import extract_quotes
    except ImportError:
        return (theme_voices(pd.DataFrame(), pd.DataFrame()),
                "helpers.instruments.quotes is not available")
    quotes = extract_quotes(corpus)
    return (theme_voices(matches, quotes),
            f"{len(quotes)} quoted spans from helpers.instruments.quotes")


def theme_tone_for(corpus: Corpus, sentence_scores: pd.DataFrame,
                   themes: Iterable[str] | None = None) -> tuple[pd.DataFrame, str]:
    """:func:`theme_tone` with sentence sentiment from ``helpers.instruments.sentiment`` (if
    installed).

    Each theme is compared within the articles that have a paragraph coded present for it.
    """
    try:
        from helpers.instruments.sentiment import sentence_sentiment
    except ImportError:
        return (theme_tone(pd.DataFrame(), pd.DataFrame()),
                "helpers.instruments.sentiment is not available")
    senti = sentence_sentiment(corpus)
    try:
        col = _score_column(senti)
    except ValueError as exc:
        return theme_tone(pd.DataFrame(), pd.DataFrame()), str(exc)
    themes = list(themes) if themes is not None else [
        c[:-8] for c in sentence_scores.columns if c.endswith("_present")]
    para = theme_scores(corpus, "paragraph")
    rows = []
    for t in themes:
        arts = (sorted(set(para.loc[para[f"{t}_present"], "article_id"]))
                if f"{t}_present" in para.columns else [])
        rows.append(theme_tone(sentence_scores, senti, [t], col, articles=arts or None))
    where = "articles with a paragraph coded present"
    return pd.concat(rows, ignore_index=True), (
        f"sentence sentiment from helpers.instruments.sentiment, column {col!r}; {where}")
