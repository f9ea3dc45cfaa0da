"""The quotes throughput round 3 of 2026-12-06 (issue 13): each cheaper matcher gives the match
the plain regular expression gave, on many generated clauses and on edge cases. Invented words
and names only."""

from __future__ import annotations

import random
import re
from unittest import mock

from helpers.instruments.quotes import source_mentions
from helpers.instruments.quotes.cues import (
    _LABEL_AFTER_RX,
    _LABEL_PRE_RX,
    _PRE_RE,
    _colon_before,
    _pre_search,
)
from helpers.instruments.quotes.lexicon import ALL_VERBS
from helpers.instruments.quotes.mention_type import Mention
from helpers.instruments.quotes.quoterow import _LOWER_WORD_RE, _MASKED_RUN_RE, _verbs_in
from helpers.instruments.quotes.ranker_features import _PREV_WORD_RE, verb_before

#: the pieces a clause before a quotation is built from: subjects (names with titles, pronouns,
#: descriptions, documents), words between a subject and its verb, verbs (reporting, framing,
#: and words that are not verbs), what may follow a verb, and other words and marks (curly
#: quotes and apostrophes, hyphens, a masked quotation ``\x01``, digits, a parenthesis)
_WORDS = (
    "Jo Reed|Sen. Ann Hale|Dr Lek Varo|Mara O’Quill|Tam de Wirt|Bo Tarrant Jr.|he|she|they|"
    "It|I|we|He|She|the spokesman|a senior official|his lawyer|the report|a new poll|"
    "the statement|her critics|another|others|brothers|Reed’s aide|the mayor of Tolland|"
    "the minister from Upper Fenn|then|also|has|had|later|once|firmly|quietly|simply|only|"
    "used to|appears to|went on to|said|says|told|tells|added|wrote|asked|warned|insisted|"
    "saying|argued|notes|put|declared|stated|me|us|him|her|them|reporters|the press|a crowd|"
    "staff|that|as|how|whether|again|on Monday|in May|well-known|don't|can’t|after|and|but|"
    "which|who|with|outside|,|:|;|—|–|-|(R-OH)|( D )|, 54,|\x01|“|”|‘|’|'|\"|42|U.S.|"
    "THE|Says|SAID|Smithsaid|saidly"
).split("|")
#: what joins two pieces and what may end a clause
_JOINS = (" ", " ", " ", "  ", ", ", "\n", "\t", "\u00a0", "")
_ENDS = ("", " ", ": ", ":", ", ", " — ", "-", "  ", "\n", " \n", ":\n", ".", "\u00a0")


#: a subject, a verb and what follows it, to end half the clauses on a likely cue
_SUBJECTS = _WORDS[:28]
_VERBS = ("said", "says", "told", "added", "wrote", "asked", "warned", "saying", "put", "notes")
_AFTER = ("", "", " me", " reporters", " the press", " that", " simply", " again that", " her")


def _clauses(n: int, seed: int) -> list[str]:
    """``n`` random clauses of 0-14 pieces, half of them ending on a subject and a verb, each
    with one of :data:`_ENDS`."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        k = rng.randint(0, 14)
        parts = [rng.choice(_WORDS) for _ in range(k)]
        if rng.random() < 0.5:
            parts += [rng.choice(_SUBJECTS), *rng.choice(([], ["then"], ["used to"], ["has"])),
                      rng.choice(_VERBS) + rng.choice(_AFTER)]
        text = ""
        for p in parts:
            text += p + rng.choice(_JOINS)
        out.append(text.rstrip(" ") + rng.choice(_ENDS) if rng.random() < 0.8 else text)
    return out


#: edge cases: empty, white space only, one word, a verb alone, trailing spaces, curly quotes
_EDGES = [
    "", " ", "\n", ":", "said", " said ", "said:", "He said:", "He said: ", "He said:\n",
    "He said", "he says that ", "  she told reporters:  ", "Jo Reed, 54, said: ",
    "Jo Reed (R-OH) told me: ", "Mara O’Quill, a well-known critic, wrote — ",
    "the report, which I read, found that ", "“Ann Hale” said: ", "’s aide said ",
    "Reed went on to say ", "Reed used to tell them: ", "We then also said\n\n",
    "THE MINISTER SAID: ", "Smithsaid: ", "It   said   \t", "I said.", "they warned,",
    "Jo Reed said" + " " * 300, "x" * 300 + " Jo Reed said: ",
]


def _same(a: re.Match | None, b: re.Match | None) -> bool:
    """Both None, or the same span and the same span of every named group."""
    if a is None or b is None:
        return a is None and b is None
    return a.span() == b.span() and all(a.span(g) == b.span(g) for g in a.re.groupindex)


def test_pre_search_equals_the_plain_search_on_generated_clauses():
    """2,000 generated clauses (and each searched from a later position too): the gated search
    finds what ``_PRE_RE.search`` finds, group for group; enough of them match that a gate
    which drops matches fails here."""
    rng = random.Random(7)
    matched = 0
    for text in _clauses(2000, seed=13):
        for pos in {0, rng.randint(0, len(text))}:
            plain = _PRE_RE.search(text, pos)
            assert _same(_pre_search(text, pos), plain), (text, pos)
            matched += plain is not None
    assert matched >= 400


def test_pre_search_equals_the_plain_search_on_edge_cases():
    """Empty, one word, trailing spaces and new lines, curly quotes, hyphens, apostrophes, long
    clauses: the same matches, searched from every position."""
    found = 0
    for text in _EDGES:
        for pos in range(len(text) + 1):
            plain = _PRE_RE.search(text, pos)
            assert _same(_pre_search(text, pos), plain), (text, pos)
            found += plain is not None
    assert found >= 40


def test_white_space_of_the_regex_is_that_of_str():
    """``\\s`` and :meth:`str.isspace` agree on every character of the basic plane (what
    :func:`_colon_before` rests on)."""
    space = re.compile(r"\s")
    assert all((space.match(c) is not None) == c.isspace() for c in map(chr, range(0x10000)))


def test_label_matches_are_the_same_behind_the_colon_test():
    """Labels (``Jo Reed: "…"``) before every end position of generated clauses and edge cases,
    from the start and from a later position: where :func:`_colon_before` is false neither
    label pattern matches, so the gated match is the plain one; enough of them match."""
    rng = random.Random(11)
    texts = _clauses(600, seed=5) + _EDGES + [
        "Jo Reed: ", "Sen. Ann Hale :\n", "THE MINISTER:", "A spokesman:  \t", "x Jo Reed: ",
        "\x01 Jo Reed: ", "Jo Reed:\u00a0", "Jo Reed :: ", "Jo Reed; ", "Jo Reed", ": "] + [
        rng.choice(("", " ", "\x01 ", "said. ")) + rng.choice(_SUBJECTS)
        + rng.choice(("", " ", "  "))
        + rng.choice((":", ";", ",", "")) + rng.choice(("", " ", "\n", " \t", " \x01 more"))
        for _ in range(300)]
    found = 0
    for text in texts:
        for end in range(len(text) + 1):
            start = rng.randint(0, end)
            for rx, pos in ((_LABEL_PRE_RX, 0), (_LABEL_AFTER_RX, start)):
                plain = rx.match(text, pos, end)
                gated = rx.match(text, pos, end) if _colon_before(text, end) else None
                assert _same(gated, plain), (text, pos, end)
                found += plain is not None
    assert found >= 100


#: pieces of a narration with a headline in capitals before a masked quotation (``\x01``)
_HEAD_WORDS = ("TALKS", "COLLAPSE", "IN", "FENWICK", "2026", "A-LEVEL", "O’HARE", "‘NO’", "WHO'S",
               "AT&T", "YES,", "NOTE:", "-", "x", "Talks", "talks", "of", "Q3", "I", "\x01", ".",
               "!", "?", "\n", "U.S.", "ÉCOLE")
_HEAD_JOINS = (" ", " ", "\t", "  ", "", "\n", ". ", "\u00a0")


def _narrations(n: int, seed: int) -> list[str]:
    """``n`` random narrations of 0-10 pieces, most of them ending on a masked quotation."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        text = rng.choice(("", "", "He left. ", "a\n", "Jo Reed said: "))
        for _ in range(rng.randint(0, 10)):
            text += rng.choice(_HEAD_WORDS) + rng.choice(_HEAD_JOINS)
        out.append(text + rng.choice(("\x01", " \x01", "\t\x01 more", "", "\x01 x")))
    return out


def test_headlines_are_the_same_behind_their_end_test():
    """On 3,000 generated narrations, :func:`source_mentions._headlines` with the headline-end
    test equals the plain scan (the test replaced by one that always passes), and every
    narration the headline pattern matches passes the test; enough headlines are found."""
    texts = _narrations(3000, seed=3)
    found = 0
    for text in texts:
        if source_mentions._HEADLINE_RE.search(text):
            found += 1
            assert source_mentions._HEADLINE_END_RE.search(text), text
    with mock.patch.object(source_mentions, "_HEADLINE_END_RE", re.compile("")):
        plain = [source_mentions._headlines(t, []) for t in texts]
    assert [source_mentions._headlines(t, []) for t in texts] == plain
    assert found >= 100 and sum(map(bool, plain)) >= 80


#: the pattern :func:`verb_before` searched with before round 3, up to the mention
_OLD_PREV_WORD_RE = re.compile(r"([a-z]+)(?:\s+[a-z]+ly)?,?\s+$")
_PREV_PIECES = ("said", "Said", "told", "warned", "quietly", "Xsaid", "unsaid", "added", "the",
                "a", "Jo", "Reed", ",", "’s", "-", "\x01", "O’Neil", "saidly", "finally,",
                "reportedly", "asked", "ÉTÉ", "été", "42", " " * 24, "unwarned", "resaid")


def test_verb_before_finds_the_word_the_old_search_found():
    """On 1,500 generated texts, at every place a mention could start: the word before it
    (:func:`verb_before`, a cut-out window and a look-behind) is the one the old search up to
    the mention found, so the verb test agrees; words cut by the 30-character window, capitals
    glued to a verb (``Xsaid``), adverbs, commas and new lines included."""
    rng = random.Random(17)
    agree = found = 0
    for _ in range(1500):
        text = ""
        for _ in range(rng.randint(0, 12)):
            text += rng.choice(_PREV_PIECES) + rng.choice((" ", " ", "  ", ", ", "\n", "", "\t"))
        for start in range(len(text) + 1):
            old = _OLD_PREV_WORD_RE.search(text, max(0, start - 30), start)
            word = old.group(1) if old else None
            m = Mention(start, start + 1, "X", "named", False, "u")
            assert verb_before(text, m) == (word is not None and word in ALL_VERBS), (text, start)
            new = _PREV_WORD_RE.search(text[max(0, start - 30):start])
            assert (new.group(1) if new else None) == word, (text, start)
            agree += 1
            found += word in ALL_VERBS if word else 0
    assert agree > 20000 and found > 1000


_VERB_PIECES = ("said", "says", "told", "Said", "unsaid", "said-so", "’said", "said’s", "saidx",
                "pointed", "out", "warned", "warning", "claims", "the", "Jo", "été", "x_said",
                "said2", "asked", "tells", "re-told", "shot back", "insisted", "noted")


def test_verbs_in_equals_the_word_look_up():
    """On 2,000 generated texts, from the start and from every tenth position: the verbs of
    :func:`_verbs_in` (one scan of the verbs as whole words) are the lower-case words of
    :data:`_LOWER_WORD_RE` found in ``ALL_VERBS``, span for span; glued letters, digits,
    hyphens, apostrophes and capitals around a verb included."""
    rng = random.Random(23)
    found = 0
    for _ in range(2000):
        text = ""
        for _ in range(rng.randint(0, 12)):
            text += rng.choice(_VERB_PIECES) + rng.choice((" ", " ", ", ", "\n", "", "-", "’"))
        for pos in range(0, len(text) + 1, 10):
            old = [m.span() for m in _LOWER_WORD_RE.finditer(text, pos) if m.group(0) in ALL_VERBS]
            new = _verbs_in(text, pos)
            assert [m.span() for m in new] == old, (text, pos)
            assert all(m.group("verb") == text[m.start():m.end()] for m in new)
            found += len(old)
    assert found > 3000


#: the masked-run pattern before round 3 (look-behind first)
_OLD_MASKED_RUN_RE = re.compile(r"(?<!\x01)\x01+(?P<gap>\s+)(?=[\x01\"“‘'(\[]?[A-Z0-9\x01])")
_MASK_PIECES = ("He said ", "\x01\x01\x01", "\x01", " ", "  ", "\n", "\t", "The ", "x", "(",
                "“", "‘", "[", "'", "\"", "A", "9", "a ", "It was. ", "\u00a0")


def test_masked_runs_are_the_same_with_the_mark_first():
    """On 5,000 generated narrations: :data:`_MASKED_RUN_RE` (its ``\x01`` first) finds the
    runs and gaps the look-behind-first pattern found, from the start and from position 1."""
    rng = random.Random(29)
    found = 0
    for _ in range(5000):
        text = "".join(rng.choice(_MASK_PIECES) for _ in range(rng.randint(0, 30)))
        for pos in (0, 1):
            old = [(m.span(), m.span("gap")) for m in _OLD_MASKED_RUN_RE.finditer(text, pos)]
            assert [(m.span(), m.span("gap")) for m in _MASKED_RUN_RE.finditer(text, pos)] == old
            found += len(old)
    assert found > 1500
