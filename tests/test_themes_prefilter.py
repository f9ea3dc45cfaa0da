"""The literal prefilter of the theme regexes: it may skip a regex only where it cannot match,
and the matches it gives are exactly those of ``re.finditer``."""

from __future__ import annotations

import random
import re

from helpers.core.literal_scan import LiteralScanner, find_all
from helpers.core.literals import required_literals
from helpers.instruments.themes import load_codebook
from helpers.instruments.themes.prefilter import LiteralGate


def _spans(matches: list[re.Match[str]]) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in matches]


WORDS = ("the party split over the budget; a rebel MP said the Rebels' revolt was "
         "over. Backbenchers backed the bench. NATO and nato met at the summit in "
         "İstanbul, the ſplit and the Kelvin Kingdom; rebellion-ish talk. US and us.").split()

REGEXES = [re.compile(p, re.I) for p in (
    r"(?<!\w)(?:(?P<g0>rebel\w*)|(?P<g1>revolt(?:s|ed)?)|(?P<g2>split))(?!\w)",
    r"\bback(?:bench\w*|ed)\b", r"(?-i:NATO)|\bsummit\b", r"\b(?:i|k)\w+", r"\bthe\s+\w+",
    r"(?<=the )\w+", r"\bus\b",
    # opens at a word edge with frequent prefixes ("the", "a"): tried where they start a word
    r"(?<!\w)(?:the\s+\w+|a\w*|(?P<g3>rebel))",
)]


def test_gate_gives_exactly_the_matches_of_finditer():
    rng = random.Random(7)
    for _ in range(300):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 120)))
        gate = LiteralGate(text)
        gate.TRY_SPAN = rng.choice((1, 3, 1000))  # tries at prefix places, or the scan
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        for rx in REGEXES:
            assert _spans(gate.finditer(rx, text, start, end)) == _spans(
                list(rx.finditer(text[start:end]))), (rx.pattern, text, start, end)
            assert _spans(gate.finditer(rx, text, start, end, sliced=False)) == _spans(
                list(rx.finditer(text, start, end))), (rx.pattern, text, start, end)
            if rx.search(text, start, end):
                assert gate.may_match(rx, start, end)


def test_gate_closes_where_no_literal_occurs_and_opens_for_case_variants():
    rx = re.compile(r"\bsplit\b", re.I)
    text = "Nothing here. A SPLIT there. The ſplit too."
    gate = LiteralGate(text)
    assert not gate.may_match(rx, 0, 13)
    assert gate.may_match(rx, 14, 28) and gate.may_match(rx, 29, 44)
    assert _spans(gate.finditer(rx, text, 0, len(text))) == [(16, 21, None), (33, 38, None)]


def _codebook_regexes() -> list[re.Pattern[str]]:
    """Every compiled regex of the default codebook (terms, context, article terms, patterns,
    exclusions, co-occurrence groups)."""
    regexes = []
    for t in load_codebook().themes:
        regexes += [r for r in (t.term_regex, t.context_regex, t.article_regex) if r]
        regexes += [*t.pattern_regexes, *t.exclude_regexes]
        regexes += [r for *_, regs in t.cooc_regexes for r in regs]
    return regexes


def test_every_codebook_regex_with_literals_is_gated_soundly():
    """On invented text with every literal of the codebook's regexes, the gate gives the
    same matches as the plain scan for every regex of the default codebook."""
    regexes = _codebook_regexes()
    text = ("The Labour party's rebels split with the Prime Minister and Washington over "
            "the Iraq war; austerity cuts to benefits hit Gaza talks. The special "
            "relationship between Britain and the US held, said the ambassador. ") * 3
    gate = LiteralGate(text)
    for rx in regexes:
        assert _spans(gate.finditer(rx, text, 0, len(text))) == _spans(
            list(rx.finditer(text))), rx.pattern[:80]
    assert sum(required_literals(rx) is not None for rx in regexes) > len(regexes) // 2


def test_gate_keeps_every_match_on_the_codebook_examples():
    """On text made of every example and counter-example of the codebook (written to match or
    nearly match its patterns, so their literals occur), the gate gives the plain scan's
    matches for every regex, and most regexes match somewhere (themes v5)."""
    book = load_codebook()
    text = " ".join(x for t in book.themes for x in (*t.examples, *t.counter_examples))
    gate = LiteralGate(text)
    regexes = _codebook_regexes()
    hits = 0
    for rx in regexes:
        gated = _spans(gate.finditer(rx, text, 0, len(text)))
        assert gated == _spans(list(rx.finditer(text))), rx.pattern[:80]
        hits += bool(gated)
    assert hits > len(regexes) // 2


def test_frequent_prefix_is_tried_only_where_it_starts_a_word():
    """A pattern opening with ``(?<!\\w)`` can start only where no word character precedes;
    in a slice, also at the slice's first character (nothing precedes it there)."""
    rx = re.compile(r"(?<!\w)(?:the\s+rebel|thee)", re.I)
    text = "the cat " * 30 + "athe rebel and THE rebel"
    gate = LiteralGate(text)
    assert gate._find("the") is None  # frequent: a plain literal gate would not filter
    places = gate._positions(rx, prefix=True)
    assert places is not None and text.index("athe") + 1 not in places
    inside = text.index("athe") + 1  # a slice starting inside the word "athe"
    assert _spans(gate.finditer(rx, text, inside, len(text))) == _spans(
        list(rx.finditer(text[inside:]))) and text[inside:].startswith("the rebel")
    assert len(gate.finditer(rx, text, inside, len(text))) == 2
    assert _spans(gate.finditer(rx, text, inside, len(text), sliced=False)) == _spans(
        list(rx.finditer(text, inside))) == [(len(text) - 9, len(text), None)]


def test_gate_learns_literals_and_scans_later_texts_once():
    """A gate finds a literal its scanner does not know with ``str.find`` and teaches it; a
    later gate gets it from one scan of its text, with the same answers (a frequent literal,
    more than one per 20 characters, still counts as unknown places: None)."""

    class Counting(LiteralScanner):
        scans = 0

        def scan(self, low: str) -> dict[str, list[int]]:
            Counting.scans += 1
            return super().scan(low)

    scanner = Counting()
    rx = re.compile(r"\bbudget\b|\brebel", re.I)
    text = "A budget. " * 3 + "The rebels and the REBEL budget; " + "a" * 300
    first = LiteralGate(text, scanner)
    assert "budge" not in scanner and Counting.scans == 0
    expected = _spans(list(rx.finditer(text)))
    assert _spans(first.finditer(rx, text, 0, len(text))) == expected
    assert "budge" in scanner and "rebel" in scanner and Counting.scans == 0
    second = LiteralGate(text, scanner)
    assert _spans(second.finditer(rx, text, 0, len(text))) == expected
    assert Counting.scans == 1
    assert second._find("rebel") == first._find("rebel") == [text.lower().index("rebel"),
                                                             text.lower().rindex("rebel")]
    assert not second.may_match(rx, 0, 2) and second.may_match(rx, 0, 3)  # "budge" at 2
    scanner.learn("a")
    third = LiteralGate(text, scanner)
    assert third._find("a") is None and LiteralGate(text, LiteralScanner())._find("a") is None


def test_scanner_shared_by_threads_gives_each_gate_its_places():
    """Gates in threads of one process (dask's threaded local cluster) share the process's
    scanner while it learns: every gate still finds exactly the ``str.find`` places."""
    import sys
    import threading

    rng = random.Random(9)
    scanner = LiteralScanner()
    lits = sorted({"".join(rng.choice("abcd") for _ in range(rng.randint(1, 4)))
                   for _ in range(300)})
    texts = ["".join(rng.choice("abcd ") for _ in range(400)) for _ in range(8)]
    errors: list[str] = []

    def work(text: str, order: list[str]) -> None:
        try:
            for _ in range(5):
                gate = LiteralGate(text, scanner)
                low = text.lower()
                cap = max(8, len(low) // LiteralGate.FREQUENT)
                for lit in order:
                    want = find_all(low, lit, cap)
                    if gate._find(lit) != (want if len(want) <= cap else None):
                        errors.append(lit)
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(repr(exc))

    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads often, to meet a scan during a learn
    try:
        threads = [threading.Thread(target=work, args=(t, rng.sample(lits, len(lits))))
                   for t in texts]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
    finally:
        sys.setswitchinterval(old)
    assert errors == []
    assert all(lit in scanner for lit in lits)
