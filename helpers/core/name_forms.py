"""Spelling-blind name comparison: accents folded and surname particles joined to the surname.

Why (issue 13, branch wt-names29): one article, or an article and its gold, may write one person
``Rénald Vasseur`` and ``Renald Vasseur`` (accents dropped by a wire or a keyboard), or
``Piet de Varga`` and, at a sentence start, ``De Varga``. Compared word by word, the first
pair has two given names and the second has ``De`` for a given name: both were taken for two
members of one family. The particles are data (``data/lexicons/name_particles.txt``); this
module only reads them and compares.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

from helpers.core.lexicons import load_words
from helpers.core.paths import LEXICONS

__all__ = ["PARTICLES_FILE", "fold_accents", "fold_name", "is_particle", "name_particles",
           "surname_start"]

PARTICLES_FILE = "name_particles.txt"


@lru_cache(maxsize=4)
def name_particles(folder: Path = LEXICONS) -> tuple[str, ...]:
    """The surname particles in file order, lower case (cached per folder)."""
    return tuple(w.lower() for w in load_words(PARTICLES_FILE, folder))


@lru_cache(maxsize=65536)
def fold_accents(text: str) -> str:
    """``text`` with its accents dropped (Unicode NFKD, combining marks removed, then NFC):
    ``François`` -> ``Francois``, ``Müller`` -> ``Muller``. Other characters stay as they are;
    the result can be shorter than ``text``, so it is for comparing, never for offsets."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", kept)


def fold_name(text: str) -> str:
    """The key two spellings of one name share: accents folded, lower case."""
    return fold_accents(text).lower()


def is_particle(word: str, folder: Path = LEXICONS) -> bool:
    """Whether ``word`` is a surname particle, in any case (``de``, ``De``, ``VAN``)."""
    return fold_name(word) in name_particles(folder)


def surname_start(words: list[str] | tuple[str, ...], other: list[str] | tuple[str, ...] = (),
                  folder: Path = LEXICONS) -> int:
    """Index in ``words`` (the words of one name) where its surname begins: the last word, with
    the particles right before it (``Piet de Varga`` -> 1, ``Anke von der Heide`` -> 1).

    A particle that opens the name and is capitalised (``Al Gore``, ``Van Morrison``, but also
    ``De Varga`` at a sentence start) is a given name, unless ``other`` (the name it is being
    compared with) has that particle before the same surname (``Piet de Varga``): then it is
    the particle written upper-case. Why: ``Al`` and ``Van`` are given names as well as
    particles; only the other spelling of the name says which this one is."""
    if not words:
        return 0
    i = len(words) - 1
    while i > 0 and is_particle(words[i - 1], folder):
        i -= 1
    if i == 0 and len(words) > 1 and not words[0][:1].islower():
        n = len(words)
        theirs = [fold_name(w) for w in other]
        if not (len(theirs) > n and theirs[-n:] == [fold_name(w) for w in words]):
            i = 1  # the capitalised opening word is a given name
    return i
