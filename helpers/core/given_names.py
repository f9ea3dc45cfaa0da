"""Given-name variants: whether two given names can name one person (``Chuck`` and ``Charles``).

Why (issue 13): one article may write a person ``Chuck Ferro`` in one paragraph and ``Charles
Ferro`` in another; counted as two speakers, that person's quotations are split and a
pronoun after one form is not tied to the other. The words are data
(``data/lexicons/given_name_variants.csv``: diminutive -> formal name, a hand list of common
English pet forms); this module only reads them and compares.

Rule: two given names are variants of one another when they are equal (case folded) or share a
formal name of the list, each name counting as its own formal name: ``Bill``/``William``,
``Bill``/``Will`` (both William), ``Ted``/``Ed`` (both Edward), ``Ted``/``Theodore``; but not
``Christopher``/``Christine`` (two formal names), nor ``Bill``/``Hillary``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from helpers.core.lexicons import load_records
from helpers.core.paths import LEXICONS

__all__ = ["VARIANTS_FILE", "formal_names", "given_name_variants", "same_given_name"]

VARIANTS_FILE = "given_name_variants.csv"


@lru_cache(maxsize=4)
def given_name_variants(folder: Path = LEXICONS) -> dict[str, frozenset[str]]:
    """Lower-case variant -> lower-case formal names it stands for (cached per folder)."""
    out: dict[str, set[str]] = {}
    for r in load_records(VARIANTS_FILE, folder):
        v, f = r.get("variant", "").strip().lower(), r.get("formal", "").strip().lower()
        if v and f:
            out.setdefault(v, set()).add(f)
    return {v: frozenset(fs) for v, fs in out.items()}


def formal_names(name: str, folder: Path = LEXICONS) -> frozenset[str]:
    """The formal names ``name`` may stand for, itself included (lower case; a trailing dot
    folded): ``Bill`` -> {bill, william}; an unlisted name -> {itself}."""
    key = name.strip().rstrip(".").lower()
    if not key:
        return frozenset()
    return given_name_variants(folder).get(key, frozenset()) | {key}


def same_given_name(a: str, b: str, folder: Path = LEXICONS) -> bool:
    """Whether given names ``a`` and ``b`` can name one person: equal, or variants sharing a
    formal name (module docstring). Empty names are never the same."""
    fa, fb = formal_names(a, folder), formal_names(b, folder)
    return bool(fa and fb and fa & fb)
