"""The theme codebook: ``data/lexicons/themes.yml`` read, checked and compiled to regexes.

Why a file of its own: the codebook is the instrument's data contract. Researchers add or edit
themes in the YAML file alone; this module turns each entry into a :class:`Theme` whose regexes
:mod:`helpers.instruments.themes.matching` runs, and reports any mistake with the file name.

Codebook syntax (documented in the YAML file itself): per theme ``id``, ``label``,
``definition``, ``terms`` (weight 1), ``weak_terms`` (weight ``weak_weight``, default 0.5),
``patterns`` (regexes, weight 1; an entry ``{rule: NAME, pattern: REGEX}`` is a named
statement class whose evidence reads ``rule:NAME@start-end``), ``cooccurrence`` rules,
``exclude`` regexes (a term, pattern or co-occurrence group match inside one is dropped),
``context``
(terms; when given, weak terms count only in a paragraph that also matches one),
``article_terms`` / ``article_weak_terms`` (weight ``article_weight``, default 1, / ``weak_weight``;
counted only in an article anchored in the theme: at least ``article_min_units`` (default 2) body
paragraphs, and ``article_min_share`` (default 0.1) of them, present on the other evidence; in such
an article the ``context`` condition is met by the article itself), ``min_weight`` (default 1.0),
``anchored_min_weight`` (default ``min_weight``: the weight that codes a paragraph of an anchored
article; lower it to ``weak_weight`` to let the article decide a paragraph with one weak cue),
``anchor_terms`` (v42: terms; when given, only a weak term's match that is one of them is the
weak cue an anchored article may decide, and it is one even when it is a ``context`` word;
review 28c: matched in place, a lookbehind in it reading the words before the match),
``same_party_conflict`` (``{weight: W}``: a sentence where a member of a party, as the article
states membership, acts against another member; :mod:`.membership`), ``continuation`` (v39:
forms ``reply`` / ``anaphora`` that code a paragraph by reference to the one before it;
:mod:`.continuation`), ``examples``,
``counter_examples``, ``provenance``. Beside ``themes:``, a top-level ``people:`` list of full names
says whom the surname cues mean (a surname written as another person's name is no match;
:mod:`.namesakes`), and a top-level ``slots:`` mapping names shared sub-patterns: ``{party}`` in a
pattern or exclude regex stands for the slot ``party`` (any party name or party noun), so one
pattern covers a class of statements, not the phrasing it was read from. Terms are matched
case-insensitively (all-capital acronyms such as ``US``/``NEC`` exactly), inflection-tolerant
(plural, possessive, -ing, -ed, -er(s), consonant doubling, silent-e, -y/-ies), with straight and
curly apostrophes equivalent and space/hyphen/nothing between words; ``term*`` matches any ending;
``/regex/`` is a regular expression.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from helpers.core.literals import literal_requirements
from helpers.core.paths import LEXICONS
from helpers.instruments.themes.continuation import CONTINUATION_FORMS
from helpers.instruments.themes.namesakes import Namesakes

__all__ = [
    "DEFAULT_CODEBOOK",
    "Codebook",
    "CodebookError",
    "Theme",
    "as_codebook",
    "compile_term",
    "load_codebook",
]

DEFAULT_CODEBOOK: Path = LEXICONS / "themes.yml"

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
    #: per pattern, the rule name of a named pattern (``{rule: NAME, pattern: REGEX}``), else ""
    pattern_rules: tuple[str, ...] = field(repr=False, default=())
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
    anchored_min_weight: float = 1.0
    #: v42: when given, a weak term's match is the one weak cue an anchored article may decide
    #: only when its text is one of these (context words among them: the conflict's own
    #: "settlements")
    anchor_terms: tuple[str, ...] = ()
    anchor_regex: re.Pattern[str] | None = field(repr=False, default=None)
    same_party_weight: float = 0.0
    #: v39: the continuation forms that code a paragraph by reference to the one before
    #: (:mod:`.continuation`; ``reply``, ``anaphora``); none by default
    continuation: tuple[str, ...] = ()


@dataclass(frozen=True)
class Codebook:
    """The themes of a codebook file, in file order."""

    path: Path
    themes: tuple[Theme, ...]
    #: the people the surname cues mean (top-level ``people:``; :mod:`.namesakes`)
    namesakes: Namesakes = field(default_factory=lambda: Namesakes(()))

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
    """One regex for many ``(term, regex source)`` pairs, branched by the term's first letters.

    Python's regex engine tries every alternative at every position; a lookahead on the first
    letter lets it skip all but one branch at once (about 10x faster on long codebooks), and
    within a letter a lookahead on the first two letters skips all but a few terms (see
    :func:`_second_letter`). Order within a branch is kept (longest first), so the same match
    wins as in one flat alternation. ``/regex/`` terms go to a branch of their own that is
    always tried; each of them opens with a lookahead on its possible first characters
    (:func:`_first_char_guard`), so a position where it cannot start costs one test.
    """
    by_letter: dict[str, list[tuple[str, str]]] = {}
    for term, source in items:
        t = term.strip()
        key = t[0].lower() if t and t[0].isalpha() and not t.startswith("/") else ""
        by_letter.setdefault(key, []).append((term, source))
    branches = []
    for key, pairs in by_letter.items():
        body = (_by_second_letter(key, pairs) if key
                else "|".join(_first_char_guard(src) + src for _, src in pairs))
        branches.append(f"(?={re.escape(key)})(?:{body})" if key else f"(?:{body})")
    return _LEFT_EDGE + "(?:" + "|".join(branches) + ")"


def _first_char_guard(source: str) -> str:
    """A lookahead on the characters a match of ``source`` can start with (``""`` if unknown).

    Why: the ``/regex/`` terms of a theme (29 in party factionalism) are tried one after the
    other at every place the term regex is tried; entering each to fail on its first word cost
    more than half of that regex's time. Sound: every match starts with one of the prefix
    literals that :func:`helpers.core.literals.literal_requirements` reads (ASCII, lower-cased),
    so its first character is that literal's first character in either case, or a character
    ``re.IGNORECASE`` equates with it, which the class then matches too (the codebook compiles
    case-insensitively; without the flag both cases are listed). The guard consumes nothing:
    the alternative matches exactly as before, and where it fails the alternative could not
    match, so the alternation finds the same match.
    """
    starts = literal_requirements(source, re.IGNORECASE)[1]
    if not starts:
        return ""
    chars = sorted({c for s in starts for c in (s[0], s[0].upper())})
    return "(?=[" + "".join(re.escape(c) for c in chars) + "])"


def _by_second_letter(first: str, pairs: list[tuple[str, str]]) -> str:
    """The alternatives of one first-letter branch, sub-branched by the second letter.

    Only when every term's second letter is known (:func:`_second_letter`): ASCII letters and
    digits never match one another case-insensitively, so at a position at most one
    sub-branch can pass its lookahead and it holds every term that could match there, in the
    original order; the first match is the one a flat alternation finds. Otherwise the
    branch stays flat.
    """
    seconds = [_second_letter(term) for term, _ in pairs]
    if any(c is None for c in seconds) or len(set(seconds)) < 2:
        return "|".join(src for _, src in pairs)
    by_second: dict[str, list[str]] = {}
    for c, (_, src) in zip(seconds, pairs):
        by_second.setdefault(c, []).append(src)
    return "|".join(f"(?={re.escape(first + c)})(?:{'|'.join(srcs)})"
                    for c, srcs in by_second.items())


def _second_letter(term: str) -> str | None:
    """The lower-case second character every match of ``compile_term(term)`` starts with, if
    it is an ASCII letter or digit fixed by the term; else None.

    Mirrors :func:`compile_term`: the first word of the term, with ``*`` dropped; an inflected
    word only shares its letters but the last with its forms ("party" -> "parties"), so it
    needs three letters; apostrophes and other characters match a class, not themselves.
    """
    t = term.strip()
    if t.startswith("/") and t.endswith("/") and len(t) >= 2:
        return None
    parts = [p for p in re.split(r"[\s\-‐‑–]+", t) if p]
    if not parts:
        return None
    word = parts[0]
    letters = [c for c in word if c.isalpha()]
    if word.endswith("*"):
        fixed = word[:-1]
    elif (len(letters) >= 2 and all(c.isupper() for c in letters)) or not word.isalpha() \
            or word.lower() in _FUNCTION_WORDS:
        fixed = word
    else:
        fixed = word.lower()[:-1]
    c = fixed[1].lower() if len(fixed) >= 2 and fixed[:2].isascii() else ""
    return c if c.isalnum() else None


def _term_group(term: str, index: int, where: str) -> tuple[str, str]:
    """``(term, named regex group g<index>)``; a term that does not compile is a
    :class:`CodebookError` naming ``where``."""
    try:
        source = compile_term(term)
    except ValueError as exc:
        raise CodebookError(f"{where}: {exc}") from exc
    _compile(source, where)
    return term, f"(?P<g{index}>{source})"


def _patterns(value: Any, where: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The ``patterns`` field: the regexes and, aligned, each one's rule name ("" if unnamed).

    An entry is a regex string, or a mapping ``{rule: NAME, pattern: REGEX}`` (themes version
    21): a statement class with a name, so a reader of ``evidence`` sees which class fired
    (``rule:NAME@start-end``, as for a co-occurrence rule) rather than only the words matched.
    """
    if value is None:
        return (), ()
    if not isinstance(value, list):
        value = [value]
    regexes: list[str] = []
    rules: list[str] = []
    for item in value:
        if isinstance(item, dict):
            name, regex = item.get("rule"), item.get("pattern")
            if set(item) != {"rule", "pattern"} or not isinstance(name, str) \
                    or not _ID_RE.match(name) or not isinstance(regex, str) or not regex:
                raise CodebookError(f"{where}: a named pattern is {{rule: snake_case_name, "
                                    f"pattern: regex}}, got {item!r}")
            regexes.append(regex)
            rules.append(name)
        elif isinstance(item, str) and item:
            regexes.append(item)
            rules.append("")
        else:
            raise CodebookError(f"{where}: expected a regex or {{rule, pattern}}, got {item!r}")
    return tuple(regexes), tuple(rules)


def _anchored_min_weight(raw: dict[str, Any], min_weight: float, where: str) -> float:
    """The ``anchored_min_weight`` field (default ``min_weight``), checked: 0 < it <= min."""
    try:
        value = float(raw.get("anchored_min_weight", min_weight))
    except (TypeError, ValueError) as exc:
        raise CodebookError(f"{where}: anchored_min_weight must be a number") from exc
    if not 0 < value <= min_weight:
        raise CodebookError(f"{where}: anchored_min_weight must be > 0 and <= min_weight")
    return value


#: the fields a theme of the codebook may have
_THEME_FIELDS = frozenset({
    "id", "label", "definition", "min_weight", "weak_weight", "terms", "weak_terms",
    "patterns", "cooccurrence", "exclude", "context", "article_terms", "article_weak_terms",
    "article_weight", "article_min_units", "anchored_min_weight", "article_min_share",
    "examples", "counter_examples", "provenance", "same_party_conflict", "continuation",
    "anchor_terms"})


def _anchor_terms(raw: dict[str, Any], where: str
                  ) -> tuple[tuple[str, ...], re.Pattern[str] | None]:
    """The ``anchor_terms`` field (v42) and its regex (None when absent): the weak terms whose
    match is the one weak cue an anchored article may decide, context words or not."""
    terms = _as_str_list(raw.get("anchor_terms"), f"{where}: anchor_terms")
    if not terms:
        return terms, None
    return terms, _compile(_alternation([(t, compile_term(t)) for t in
                                         sorted(terms, key=len, reverse=True)]),
                           f"{where}: anchor_terms")


def _continuation(value: Any, where: str) -> tuple[str, ...]:
    """The ``continuation`` field (v39): a list of forms of :data:`CONTINUATION_FORMS`."""
    forms = _as_str_list(value, f"{where}: continuation")
    bad = [f for f in forms if f not in CONTINUATION_FORMS]
    if bad:
        raise CodebookError(f"{where}: continuation forms must be among "
                            f"{', '.join(CONTINUATION_FORMS)}, got {', '.join(bad)}")
    return forms


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
    unknown = set(raw) - _THEME_FIELDS
    if unknown:
        raise CodebookError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    terms = _as_str_list(raw.get("terms"), f"{where}: terms")
    weak = _as_str_list(raw.get("weak_terms"), f"{where}: weak_terms")
    patterns, pattern_rules = _patterns(raw.get("patterns"), f"{where}: patterns")
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
    anchored_min = _anchored_min_weight(raw, min_weight, where)

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
    anchor_terms, anchor_regex = _anchor_terms(raw, where)
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
        patterns=patterns, pattern_rules=pattern_rules,
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
        anchored_min_weight=anchored_min,
        anchor_terms=anchor_terms,
        anchor_regex=anchor_regex,
        article_regex=art_regex,
        article_info=tuple(art_sorted),
        same_party_weight=_same_party_weight(raw.get("same_party_conflict"), where),
        continuation=_continuation(raw.get("continuation"), where),
    )


def _same_party_weight(value: Any, where: str) -> float:
    """Weight of the same-party conflict rule (``same_party_conflict: {weight: W}``; 0 = off).

    Why a codebook field: which theme reads party membership, and how strongly, is a coding
    decision (the guideline's), not the engine's.
    """
    if value is None:
        return 0.0
    if not isinstance(value, dict) or set(value) - {"weight"}:
        raise CodebookError(f"{where}: same_party_conflict must be a mapping {{weight: W}}")
    try:
        weight = float(value.get("weight", 1.0))
    except (TypeError, ValueError) as exc:
        raise CodebookError(f"{where}: same_party_conflict weight must be a number") from exc
    if weight < 0:
        raise CodebookError(f"{where}: same_party_conflict weight must be >= 0")
    return weight


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


def _safe_yaml(text: str) -> Any:
    """``yaml.safe_load(text)``, with libyaml's C parser when PyYAML was built with it.

    Why: the pure-Python parser took ~0.3 CPU s of every kernel's first theme analysis on the
    codebook, the C one ~0.02 s, and both build the same data. Their error messages differ
    (the pure one quotes the line with a caret), so on an error the text is parsed again with
    the pure parser and its error is the one raised: what a user editing the file reads is
    the same with or without libyaml.
    """
    fast = getattr(yaml, "CSafeLoader", None)
    if fast is None:
        return yaml.safe_load(text)
    try:
        return yaml.load(text, Loader=fast)  # noqa: S506 - CSafeLoader is the safe loader
    except yaml.YAMLError:
        return yaml.safe_load(text)  # raises the pure parser's error (or, never, agrees)


@lru_cache(maxsize=8)
def _load_codebook(path: Path, mtime_ns: int, size: int) -> Codebook:
    """Compile the codebook once per file version (compiling ~1,000 regexes takes seconds);
    ``mtime_ns`` and ``size`` are part of the key, so an edited file is read again."""
    try:
        data = _safe_yaml(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise CodebookError(f"{path}: not valid YAML: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise CodebookError(f"{path}: not UTF-8 text: {exc}") from exc
    people: Any = None
    raw_slots: Any = None
    if isinstance(data, dict):
        data, people, raw_slots = data.get("themes"), data.get("people"), data.get("slots")
    if not isinstance(data, list) or not data:
        raise CodebookError(f"{path}: expected a non-empty list under 'themes:'")
    names = _as_str_list(people, f"{path}: people")
    try:
        namesakes = Namesakes(names)
    except ValueError as exc:
        raise CodebookError(f"{path}: {exc}") from exc
    slots = raw_slots if raw_slots is not None else {}
    if not isinstance(slots, dict) or not all(isinstance(v, str) for v in slots.values()):
        raise CodebookError(f"{path}: slots must be a mapping of name: regex")
    resolved: dict[str, str] = {}
    for name, value in slots.items():  # a slot may use the slots defined before it
        resolved[name] = _expand_slots({"patterns": [value]}, resolved,
                                       f"{path}: slot {name!r}")["patterns"][0]
    themes = [_expand_slots(t, resolved, f"{path}: theme #{i + 1}") for i, t in enumerate(data)]
    seen: set[str] = set()
    return Codebook(path, tuple(_build_theme(t, path, i, seen) for i, t in enumerate(themes)),
                    namesakes)


#: a slot name in braces; any letter case and digits, so a mistyped ``{Party}`` or ``{party2}``
#: is an unknown slot (an error), never literal braces left in the regex (regex quantifiers
#: ``{2,3}`` hold no letter and are left alone)
_SLOT = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def _expand_slots(raw: Any, slots: dict[str, Any], where: str) -> Any:
    """The theme ``raw`` with every ``{name}`` in its patterns, excludes and regex terms
    (``/.../`` in ``terms`` and ``weak_terms``) replaced by the slot.

    Why: a statement class ("unite the party") is written once with a slot for what varies
    ("the party", "the GOP", "the Republican Party", "Labour"), so a pattern is not bound to the
    one phrasing a coder read it from. A slot is a non-capturing group; an unknown name is an
    error naming the theme.
    """
    if not isinstance(raw, dict):
        return raw

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in slots:
            raise CodebookError(f"{where}: unknown slot {{{name}}} (slots: {', '.join(slots)})")
        return f"(?:{slots[name]})"

    out = dict(raw)
    for key in ("patterns", "exclude"):
        if isinstance(raw.get(key), list):
            out[key] = [_SLOT.sub(fill, p) if isinstance(p, str)
                        else {**p, "pattern": _SLOT.sub(fill, p["pattern"])}
                        if isinstance(p, dict) and isinstance(p.get("pattern"), str) else p
                        for p in raw[key]]
    # a regex term (``/.../``) of the term lists names its class the same way (v15)
    for key in ("terms", "weak_terms"):
        if isinstance(raw.get(key), list):
            out[key] = [_SLOT.sub(fill, t) if isinstance(t, str) and len(t) > 1
                        and t.startswith("/") and t.endswith("/") else t for t in raw[key]]
    return out


def as_codebook(codebook: Codebook | str | Path | None) -> Codebook:
    """``codebook`` itself, or the codebook read from that path (default file when None)."""
    return codebook if isinstance(codebook, Codebook) else load_codebook(codebook)
