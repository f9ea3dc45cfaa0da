"""The paragraph scans of the quote step, rewritten for speed, find exactly what they found.

Why: throughput round 21 rewrites the patterns that scan every paragraph (capitalised runs,
determiners, subject pronouns, ``the`` + capitalised plural) so that each opens with a literal
letter instead of a look-behind (the regex engine then skips to candidate letters in C). The
reference patterns below are the round-20 forms, kept here; the rewritten ones must give the
same matches (spans and groups) on hand-made edge cases and on many random strings. So must
the word alternations of ``lexicon._alt``, now a prefix tree instead of a flat list.
"""

from __future__ import annotations

import random
import re

import pytest

from helpers.instruments.quotes import mentions
from helpers.instruments.quotes.lexicon import (
    _NAME,
    _TITLED_NAME,
    ALL_VERBS,
    PERSON_NOUNS,
    TITLES,
    _alt,
)
from helpers.instruments.quotes.quoterow import _SENT_END_RE

_TITLES = r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Capt|Sgt|Prof|Rev|Lt|Cllr)"
#: the round-20 patterns (a leading look-behind), as they were written
REFERENCE = {
    "_NAME_RUN_RE": re.compile(
        rf"(?<![\w’'])(?:{_TITLES}\.\s+)?{_NAME.replace('{0,4}', '{0,6}')}"),
    "_DET_START_RE": re.compile(
        r"(?<![\w’'])(?=(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Ss]ome|[Ss]everal|[Tt]wo|[Tt]hree|"
        r"[Mm]any|[Mm]ost|[Oo]ther)\b)"),
    "_PRON_SUBJ_RE": re.compile(r"(?<![\w’'])(?P<p>[Hh]e|[Ss]he|[Tt]hey)(?=\s+[a-z])"),
    "_GROUP_RE": re.compile(
        r"(?<![\w’'])[Tt]he\s+(?P<g>[A-Z][a-z]+(?:ans|ers|ists|ites|ies|s))(?![\w’'])"),
}

EDGE_CASES = [
    "Mr. Jo Reed said", "Mrs. Ann de la Cruz and Sen. Bo Kim", "Mr.Smith", "Mrs Smith", "MrX. Y",
    "U.S. officials", "U.S.A said", "J. R. R. Tolkien wrote", "O’Neill’s aide", "d'Arcy Mr. A",
    "McDonald's CEO", "Prof.  Lee\nHart", "Capt. ", "Dr.", "A", "an", "Another one", "theory",
    "The Americans said", "the Tories’ plan", "bathe Smiths", "He said", "she'd", "They went",
    "‘She said", "'he said", "Othello", "Others said", "one of the men", "Mostly", "most people",
    "Lt. Col. Ann Hart (D-Ohio)", "a 46-year-old", "x He said", "xHe said", "3He said",
    "The  Greens\tsaid", "SHE said", "ThE Tories", "Two Three Many", "Gen. Cllr. Rev. Sgt. Y",
]


def _matches(rx: re.Pattern, text: str, only_start: bool) -> list:
    if only_start:  # the determiner scan: only where a determiner starts is used
        return [m.start() for m in rx.finditer(text)]
    return [(m.span(), m.groupdict()) for m in rx.finditer(text)]


def _random_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    pieces = list("aehstnormAHSTMDGOCLPRUJ. ,’'\n\t-3(") + [
        "he ", "She ", "they ", "the ", "The ", "Mr. ", "Mrs. ", "Sen. ", "A.B. ", "Another ",
        "an ", "de ", "la ", "Smiths ", "Americans ", "J. ", "Reed", "O’", "x", "’s ", "Two "]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) for _ in range(n)]


@pytest.mark.parametrize("name", sorted(REFERENCE))
def test_scan_pattern_same_matches(name: str) -> None:
    new = getattr(mentions, name)
    old = REFERENCE[name]
    only_start = name == "_DET_START_RE"
    texts = EDGE_CASES + _random_texts(20000, seed=len(name))
    differ = [t for t in texts if _matches(new, t, only_start) != _matches(old, t, only_start)]
    assert differ == []
    # the cases are not vacuous: each pattern finds something in them
    assert sum(bool(_matches(new, t, only_start)) for t in texts) > 100


def test_scan_patterns_open_with_a_letter() -> None:
    """The point of the rewrite: no pattern begins with a look-behind (or any assertion)."""
    for name in REFERENCE:
        pattern = re.sub(r"^(?:\(\?P<\w+>|\(\?:)+", "", getattr(mentions, name).pattern)
        assert re.match(r"[A-Za-z]|\[A-Z\]", pattern), name


def _flat_alt(words: set[str]) -> str:
    """The round-20 ``_alt``: the words escaped and sorted longest first."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@pytest.mark.parametrize("words", [
    PERSON_NOUNS | {n.capitalize() for n in PERSON_NOUNS},
    set(ALL_VERBS),
    {"a", "ab", "abc", "b", "a.b", "a b", ""},
    {"spokes", "spokesman", "spokesmen", "spokeswoman", "man"},
    set(),
])
def test_alt_tree_same_matches_as_flat_alternation(words: set[str]) -> None:
    """The prefix tree of ``_alt`` matches what the flat longest-first alternation matched,
    alone and where the pattern after it makes the engine back up into it."""
    rng = random.Random(len(words))
    vocab = sorted(words) + ["x", "Spokes", "s", "pointed", "ou"]
    texts = [" ".join(rng.choice(vocab) + rng.choice(["", "s", "es", "-", "."])
                      for _ in range(8)) for _ in range(3000)]
    for tail in ("", r"(?P<t>s|\b)", r"(?P<t>es\b|e|\s+out)"):
        old = re.compile(f"(?:{_flat_alt(words)}){tail}")
        new = re.compile(f"(?:{_alt(words)}){tail}")
        found = [[(m.span(), m.groups()) for m in rx.finditer(t)] for rx in (old, new)
                 for t in texts]
        assert found[:len(texts)] == found[len(texts):]
        assert any(found[:len(texts)])  # the texts hold matches


def test_titled_name_tree_same_matches_as_title_list() -> None:
    """``_TITLED_NAME`` takes its titles as a prefix tree; it matches what the titles in list
    order matched, because no title continues a shorter one with a full stop or a space (so
    of two titles only one can be followed by ``\\.?\\s+`` at one place)."""
    assert not [(a, b) for a in TITLES for b in TITLES
                if a != b and b.startswith(a) and b[len(a)] in ". \t"]
    old = re.compile(rf"(?:(?:{'|'.join(TITLES)})\.?\s+)?{_NAME}")
    new = re.compile(_TITLED_NAME)
    rng = random.Random(5)
    vocab = TITLES + [t + "." for t in TITLES] + ["Jo", "Reed", "de", "x", "J.", "Senators"]
    texts = [" ".join(rng.choice(vocab) for _ in range(6)) for _ in range(5000)]
    for rx_old, rx_new in ((old, new), (re.compile(old.pattern + r"\s+said"),
                                        re.compile(new.pattern + r"\s+said"))):
        for t in texts + [t + " said" for t in texts[:500]]:
            assert [m.span() for m in rx_old.finditer(t)] == [m.span() for m in rx_new.finditer(t)]


def test_sentence_end_same_matches_as_two_branches() -> None:
    """``_SENT_END_RE`` reads the end mark first; it matches what the round-20 pattern did."""
    old = re.compile(
        r"[.!?](?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSen\.)(?<!\bRep\.)(?<!\bGov\.)"
        r"(?<!\bGen\.)(?<!\bSt\.)(?<!\bLt\.)(?<!\bRev\.)(?<!\bProf\.)"
        r"(?:[\"”’')\]]*)\s+(?=[\x01\"“‘'(\[]?[A-Z0-9\x01])|[;]\s+")
    rng = random.Random(7)
    vocab = ["Mr.", "Mrs.", "St.", "Prof.", "end.", "x!", "y?", "z;", "’", '"', ")", "\x01",
             "Next", "next", "9", "(A", "; ", "  ", "\n", "Dr.No", "xMr."]
    texts = ["".join(rng.choice(vocab) + rng.choice(["", " "]) for _ in range(12))
             for _ in range(5000)]
    found = [[m.span() for m in rx.finditer(t)] for rx in (old, _SENT_END_RE) for t in texts]
    assert found[:len(texts)] == found[len(texts):]
    assert sum(map(bool, found)) > 1000


def test_appos_before_guard_keeps_every_match() -> None:
    """``_appos_before`` skips the person-noun search unless the text ends with a comma and
    spaces; it answers as the search itself does."""
    rng = random.Random(11)
    vocab = ["her", "brother", "the", "spokesman", "Mayor", ",", ", ", ",\n", " ", "\u00a0",
             "x", "mayor,", "officials", ".", "Tom"]
    texts = ["".join(rng.choice(vocab) + rng.choice(["", " "]) for _ in range(7))
             for _ in range(20000)] + ["her brother, ", "the mayor,\u00a0", "a mayor ,  "]
    found = [mentions._appos_before(t) for t in texts]
    assert found == [mentions._APPOS_BEFORE_RE.search(t) is not None for t in texts]
    assert sum(found) > 100
