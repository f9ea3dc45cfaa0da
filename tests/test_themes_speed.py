"""The themes instrument's speed-ups change no match: sub-branched alternations against flat ones.

Why: ``codebook._alternation`` branches a theme's terms by their first two letters so the regex
engine skips most terms at each position. That is only correct if every term's matches start
with the two letters it is filed under and the order of terms is kept; these tests compare it
with the flat alternation (first-letter branches only, as before) on real and made-up text.
"""

from __future__ import annotations

import random
import re

import pytest

from helpers.core.paths import PROJECT_ROOT
from helpers.core.text import fold_quotes
from helpers.instruments.themes import compile_term, load_codebook
from helpers.instruments.themes.codebook import (
    _LEFT_EDGE,
    _alternation,
    _first_char_guard,
    _second_letter,
)


def _flat(items: list[tuple[str, str]]) -> str:
    """The alternation as it was: one branch per first letter, terms in their order."""
    by_letter: dict[str, list[str]] = {}
    for term, source in items:
        t = term.strip()
        key = t[0].lower() if t and t[0].isalpha() and not t.startswith("/") else ""
        by_letter.setdefault(key, []).append(source)
    return _LEFT_EDGE + "(?:" + "|".join(
        f"(?={re.escape(k)})(?:{'|'.join(v)})" if k else f"(?:{'|'.join(v)})"
        for k, v in by_letter.items()) + ")"


def _texts() -> list[str]:
    files = sorted((PROJECT_ROOT / "data" / "raw").glob("*.txt"))
    files += sorted((PROJECT_ROOT / "tests" / "fixtures").rglob("*.txt"))
    out = []
    for f in files:
        try:
            out.append(fold_quotes(f.read_text(encoding="utf-8")))
        except UnicodeDecodeError:
            continue
    return out


def _matches(rx: re.Pattern[str], text: str) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in rx.finditer(text)]


@pytest.mark.parametrize("term, expected", [
    ("party", "a"), ("parties", "a"), ("ex", None), ("be", None), ("US", "s"),
    ("no confidence", "o"), ("ex*", "x"), ("e*", None), ("lab*", "a"), ("it's", "t"),
    ("o'neill", None),
    ("/\\bparty\\b/", None), ("Élysée", None), ("b2b", "2"), ("special relationship", "p"),
])
def test_second_letter(term: str, expected: str | None) -> None:
    assert _second_letter(term) == expected


def test_second_letter_is_a_prefix_of_every_match() -> None:
    """Every match of a term starts with its first letter and the second letter it is filed
    under (case-insensitively), on the inflections compile_term allows."""
    words = ["party", "parties", "partying", "Partied", "rebel", "rebelled", "rebels'",
             "Tory", "Tories", "US", "U.S.", "hard-left", "hard left", "coup", "coups"]
    book = load_codebook()
    terms = [t for th in book.themes for t in th.terms + th.weak_terms + th.context]
    assert terms, "the default codebook has terms"
    for term in terms + ["party", "rebel", "tory", "coup", "hard left", "US"]:
        c = _second_letter(term)
        if c is None:
            continue
        rx = re.compile(compile_term(term), re.IGNORECASE)
        for w in words + [term]:
            for m in rx.finditer(w):
                assert m.group()[:2].lower() == term.strip()[0].lower() + c, (term, w)


def test_sub_branched_alternation_matches_the_flat_one_on_the_codebook() -> None:
    book = load_codebook()
    texts = _texts()
    assert texts
    n_matches = n_sub = 0
    for theme in book.themes:
        for terms in (theme.terms + theme.weak_terms, theme.context, theme.article_terms):
            items = [(t, f"(?P<g{i}>{compile_term(t)})") for i, t in
                     enumerate(sorted(terms, key=len, reverse=True))]
            if not items:
                continue
            new = re.compile(_alternation(items), re.IGNORECASE)
            old = re.compile(_flat(items), re.IGNORECASE)
            n_sub += new.pattern != old.pattern
            for text in texts:
                got = _matches(new, text)
                assert got == _matches(old, text), theme.id
                n_matches += len(got)
    assert n_matches > 100  # the comparison saw real matches
    assert n_sub > 0  # and sub-branched alternations


def test_sub_branched_alternation_matches_the_flat_one_on_random_words() -> None:
    """Made-up terms sharing first letters, with regex terms in between, on random text."""
    rng = random.Random(7)
    letters = "pabrtsx"
    vocab = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 5))) for _ in range(60)]
    terms = sorted(set(vocab[:30]), key=len, reverse=True) + ["/pa\\w*/", "/\\bx+/"]
    items = [(t, f"(?P<g{i}>{compile_term(t)})") for i, t in enumerate(terms)]
    new = re.compile(_alternation(items), re.IGNORECASE)
    old = re.compile(_flat(items), re.IGNORECASE)
    for _ in range(200):
        text = " ".join(rng.choice(vocab).capitalize() if rng.random() < 0.2 else rng.choice(vocab)
                        + rng.choice(["", "s", "'s", "-", "ed", "ing"]) for _ in range(40))
        assert _matches(new, text) == _matches(old, text)


def test_first_char_guard_lists_both_cases_of_each_first_letter() -> None:
    """The guard of a regex term names the first letter of each of its prefix literals in
    both cases (so it holds without ``re.IGNORECASE`` too); an unknown start gets no guard."""
    guard = _first_char_guard(r"\b(?:lost|Won)\s+(?-i:Trot)")
    assert guard == "(?=[LWlw])"
    rx = re.compile(guard + r"\b(?:lost|won)\b")  # case-sensitive: both cases must be listed
    assert [bool(rx.match(w)) for w in ("lost", "won")] == [True, True]
    assert [bool(re.match(guard, w)) for w in ("Lost", "Won", "a", "Xon")] == [
        True, True, False, False]
    assert _first_char_guard(r"(?:\w+\s+){0,3}?lost") == ""  # may start anywhere
    assert _first_char_guard(r"(?<=\bto\s)(?:unite|reunite)\b") == "(?=[RUru])"


def test_guarded_regex_terms_match_as_unguarded_on_odd_characters() -> None:
    """The codebook's own ``/regex/`` terms, guarded (``_alternation``) and not (``_flat``),
    give the same matches on random text made of their words in every case, with the
    characters ``re.IGNORECASE`` equates with ASCII letters (Kelvin sign, long s, dotted and
    dotless i) swapped in."""
    book = load_codebook()
    rng = random.Random(11)
    swaps = {"k": "\u212a", "s": "\u017f", "i": "\u0131", "I": "\u0130"}
    n_matches = n_regex = 0
    for theme in book.themes:
        terms = sorted(theme.terms + theme.weak_terms, key=len, reverse=True)
        regex_terms = [t for t in terms if t.startswith("/") and t.endswith("/")]
        if not regex_terms:
            continue
        n_regex += len(regex_terms)
        items = [(t, f"(?P<g{i}>{compile_term(t)})") for i, t in enumerate(terms)]
        new = re.compile(_alternation(items), re.IGNORECASE)
        old = re.compile(_flat(items), re.IGNORECASE)
        assert new.pattern != old.pattern
        words = [w for t in regex_terms for w in re.findall(r"[A-Za-z]{2,}", t)] + [
            "the", "a", "to", "party", "leader", "Labour", "was", "is", "not", "MPs", "own"]
        for _ in range(90):  # v18: more regex words, fewer hits per text; keep > 100
            out = []
            for _ in range(60):
                w = rng.choice(words)
                w = rng.choice([w, w.lower(), w.upper(), w.capitalize()])
                if rng.random() < 0.15:
                    w = "".join(swaps.get(c, c) if rng.random() < 0.5 else c for c in w)
                out.append(w + rng.choice(["", "", "s", "'s", ",", "."]))
            text = " ".join(out)
            got = _matches(new, text)
            assert got == _matches(old, text), theme.id
            n_matches += len(got)
    assert n_regex > 10 and n_matches > 100, n_matches  # regex terms were there and matched
