"""The quotes throughput round 6 of 2026-12-06 (issue 13): the Source finder's plural person
nouns are found from the ends of words in ``s`` (:func:`.source_mentions._plural_spans`) and
give the spans the whole-word pattern gave. Invented sentences and names only."""

from __future__ import annotations

import random
import re

from helpers.instruments.quotes import source_mentions as sm
from helpers.instruments.quotes.lexicon import _alt
from helpers.instruments.quotes.source_mentions import (
    _groups,
    _plural_re,
    _plural_spans,
    _plural_words,
    source_mentions,
)

#: plurals as whole words and inside longer words, in both cases, at both ends of the text,
#: before and after the word characters the pattern knows (hyphen, apostrophes, underscore,
#: digits, a letter with an accent) and a masked quotation
_TEXTS = [
    "Officials said the Marrow Point ferry would run again.",
    "The pier was closed, officials",
    "Critics say the plan is late; supporters say it is cheap.",
    "Senior officials and local residents met the harbour clerks.",
    "ex-officials and officials-elect met; officials’ and officials' notes; officials’s",
    "superofficials, officials_, _officials, 2officials, officials2, éofficials, officialsé",
    "\x01 officials\x01residents \x01Residents, RESIDENTS and Residents.",
    "officials",
    "s ss officialss officialsofficials residentsresidents",
    "Voters, voters' and voter’s: the voters of Brenwick County said no.",
    "",
]


def _reference(narr: str) -> list[tuple[int, int]]:
    """The spans of the whole-word pattern (the code before the round)."""
    return [m.span() for m in _plural_re().finditer(narr)]


def test_plural_spans_equal_the_whole_word_pattern_on_invented_sentences():
    """Each invented text gives the pattern's spans; the texts reach both kinds of plural and
    words the pattern refuses (so the comparison is not one of empty lists)."""
    found = 0
    for narr in _TEXTS:
        assert _plural_spans(narr) == _reference(narr), narr
        found += len(_reference(narr))
    assert found >= 12
    assert _plural_spans(_TEXTS[4]) == [(m.start(), m.end()) for m in
                                        _plural_re().finditer(_TEXTS[4])]
    assert ("officials" in _plural_words()) and ("Officials" in _plural_words())


def test_plural_spans_equal_the_pattern_on_generated_texts():
    """Random texts built from the plural nouns and the characters at a word's edge (hyphen,
    apostrophes, underscore, a digit, an accented letter, white space, a comma, the mask):
    the same spans as the pattern for every one."""
    rnd = random.Random(6)
    words = sorted(_plural_words())
    edge = ["s", "S", "-", "'", "’", "_", " ", ",", "é", "1", "\x01", "x", "a", "\u00a0"]
    hits = 0
    for _ in range(3000):
        parts = [rnd.choice(words) if rnd.random() < 0.5 else
                 "".join(rnd.choice(edge) for _ in range(rnd.randint(0, 4)))
                 for _ in range(rnd.randint(1, 8))]
        narr = "".join(parts)
        ref = _reference(narr)
        assert _plural_spans(narr) == ref, repr(narr)
        hits += len(ref)
    assert hits > 500


def test_plural_spans_skip_words_longer_than_any_plural():
    """A word ending in ``s`` longer than every plural, whose tail is a plural, is no match
    (the walk back stops past the longest plural's length and the word is refused)."""
    longest = max(map(len, _plural_words()))
    narr = "Q" * (longest + 3) + "officials said no, officials said yes"
    assert _plural_spans(narr) == _reference(narr) == [(narr.rindex("officials"),
                                                        narr.rindex("officials") + 9)]


def test_group_sources_still_found():
    """Guard: bare plurals opening their clause before a verb of saying are ``group``
    Sources, with up to two modifiers; a plural after a preposition is not."""
    narr = ("Critics say the toll is too high. Senior harbour officials said it would stay, "
            "and the mayor spoke to residents about it.")
    got = _groups(narr, [])
    assert [narr[s:e] for s, e, _ in got] == ["Critics", "Senior harbour officials"]
    ms = source_mentions(100, narr, 3, [])
    assert [(m.start - 100, m.surface, m.para) for m in ms if m.kind == "group"] == [
        (0, "Critics", 3), (narr.index("Senior"), "Senior harbour officials", 3)]


def test_plural_spans_fall_back_to_the_pattern_for_a_plural_of_two_words(monkeypatch):
    """The lexicon's plurals are single words ending in ``s`` (what the word-end scan relies
    on); were one of two words, the scan gives way to the pattern, which finds it."""
    assert sm._plurals_are_words()
    words = frozenset({"vice wardens", "wardens", "Wardens"})
    monkeypatch.setattr(sm, "_plural_words", lambda: words)
    monkeypatch.setattr(sm, "_plural_re", lambda: re.compile(
        rf"(?<![\w’'\-])(?P<head>{_alt(words)})(?![\w’'\-])"))
    monkeypatch.setattr(sm, "_plurals_are_words", sm._plurals_are_words.__wrapped__)
    narr = "Two vice wardens said the gate was shut; wardens agreed."
    assert not sm._plurals_are_words()
    assert sm._plural_spans(narr) == [(4, 16), (narr.rindex("wardens"), narr.rindex("wardens") + 7)]
