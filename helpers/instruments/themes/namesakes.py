"""Surname cues that must be the person the codebook means, not a namesake.

Why: the codebook names many people by surname alone (``Blair``, ``Brown``, ``Clinton``,
``Bush`` ...), because reporters do ("Brown flew to Washington"). On text outside British
politics the same surname belongs to other people: "Jerry Brown" (a California governor) is
no British actor, "Dennis Blair" no prime minister. A reader tells them apart by the given name
written right before the surname; this module does the same.

The codebook states whom its surname cues mean in a top-level ``people:`` list of full names
(``Gordon Brown``, ``Tony Blair``, ``Bill Clinton``, ``Hillary Clinton`` ...). A match whose whole
text is one of those surnames (a possessive ``'s`` allowed) is dropped when the words directly
before it are another person's given name(s): a capitalised word that is neither a given name
of a listed person of that surname, nor a title (``data/lexicons/titles.csv``: Mr, Lord,
President, Senator, Governor ...), nor a word that opens sentences or is otherwise no name
(``not_name_words.txt``, ``stopwords_en.txt``), nor a month, weekday, nationality or party
word; a given name of ``first_names.txt`` always counts as one. Initials are skipped ("George W.
Bush" is George's). ``Brown``, ``Mr Brown``, ``Gordon Brown``, ``Brown's``, ``Labour's Brown``
still match; ``Jerry Brown``, ``Gov. Jerry Brown`` and ``Chelsea Clinton`` do not (a relative is
another person: list her full name under ``people:`` to make her a cue). Surnames not in
``people:`` are never touched. A surname followed by a place noun (``place_nouns.txt``:
County, Street, University, Airport ...) is a place, not the person: "Brown County",
"Clinton Street", "Brown University".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from helpers.core.lexicons import load_records, load_words
from helpers.core.vocabulary import MONTHS, WEEKDAYS

__all__ = ["Namesakes"]

#: Up to four words right before a match, each followed by spaces (not a line break).
_WORDS_BEFORE = re.compile(r"(?<![\w.'’\-])(?:[^\W\d_][\w.'’\-]*[ \t\u00a0]+){1,4}$")
_INITIAL = re.compile(r"(?:[A-Z]\.?){1,3}")
_POSSESSIVE = re.compile(r"['’]s?$")
#: The capitalised word right after a match (spaces only between them).
_WORD_AFTER = re.compile(r"[ \t\u00a0]+([A-Z][a-z]+)(?![\w-])")
_LOOK_BACK = 80


@lru_cache(maxsize=1)
def _not_given_names() -> frozenset[str]:
    """Lower-case capitalised words that are no given name: titles, sentence openers, function
    words, months, weekdays, nationalities and party words (all from ``data/lexicons/``)."""
    words = [r["title"] for r in load_records("titles.csv")]
    words += [*load_words("not_name_words.txt"), *load_words("stopwords_en.txt")]
    words += [*load_words("demonyms.txt"), *(r["name"] for r in load_records("party_names.csv"))]
    words += [*MONTHS, *WEEKDAYS]
    return frozenset(w.lower() for w in words)


@lru_cache(maxsize=1)
def _place_nouns() -> frozenset[str]:
    """Nouns that make "Surname Noun" a place ("Brown County", ``place_nouns.txt``)."""
    return frozenset(load_words("place_nouns.txt"))


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    """Given names of ``first_names.txt`` (they count as given names whatever else they are)."""
    return frozenset(r["name"] for r in load_records("first_names.txt"))


class Namesakes:
    """The people the codebook's surname cues mean, and the test for a namesake before a cue.

    ``full_names``: the codebook's ``people:`` list. Each name's last word is the surname,
    its other words (initials aside) the given names that make a match that person.
    """

    def __init__(self, full_names: Iterable[str]) -> None:
        given: dict[str, set[str]] = {}
        for name in full_names:
            words = name.split()
            if len(words) < 2:
                raise ValueError(f"people: {name!r} needs a given name and a surname")
            given.setdefault(words[-1], set()).update(
                w for w in words[:-1] if not _INITIAL.fullmatch(w))
        self.given: dict[str, frozenset[str]] = {s: frozenset(g) for s, g in given.items()}

    def __bool__(self) -> bool:
        return bool(self.given)

    def other_person(self, text: str, start: int, end: int) -> bool:
        """True when ``text[start:end]`` is a listed surname written as another person's name.

        Why so narrow: only a match that is the bare surname is tested (a full name or a
        phrase is the codebook's own choice), and only the words directly before it decide,
        or a place noun directly after a surname without a possessive ("Brown County").
        """
        word = text[start:end]
        if word not in self.given:
            word = _POSSESSIVE.sub("", word)
            if word not in self.given:
                return False
        elif (after := _WORD_AFTER.match(text, end)) and after.group(1) in _place_nouns():
            return True
        m = _WORDS_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
        if m is None:
            return False
        own, not_given = self.given[word], _not_given_names()
        other = False
        for tok in reversed(m.group().split()):
            if _INITIAL.fullmatch(tok):
                continue
            if tok in own:
                return False
            if tok in _first_names():
                other = True
                continue
            if (not tok[0].isupper() or tok.isupper() or tok.endswith(".")
                    or _POSSESSIVE.search(tok) or tok.lower() in not_given):
                break
            other = True
        return other
