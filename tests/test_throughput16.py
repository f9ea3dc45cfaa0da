"""Throughput round 16: levers that change no output (invented sentences only).

Each test compares a bounded or pre-checked form with the plain expression it stands for, on
invented text, so the lever is shown to give the same answer, not only to be faster.
"""

from __future__ import annotations

import random

from helpers.instruments.quotes import relation_groups as rg

_SENTENCES = [
    "Allies of the prime minister describe the rebels as wreckers.",
    "Friends of the chancellor, Ann Lee, say she has no plan.",
    "The vote was close. Aides to the mayor dismiss them as noise.",
    "People close to the minister insist it was an error; those around him agree.",
    "She thanked the friends of Tom Reed before the count.",
    "Critics of the plan, Ann Lee said, have not read it.",
    "Sources close to the harbour master said the ferry would sail.",
    "The council met on Monday and the budget passed without a word.",
    "Colleagues of the late editor: they said little.\nSupporters of the bill cheered.",
    "Ruth Penhale spoke first. Rivals of the Friends of the Earth stayed silent.",
]


def _old_search(text: str, np_start: int) -> object:
    """The search of :func:`relation_group` before the round: no literal pre-check."""
    return rg._group_re().search(text, max(0, np_start - 120), np_start)


def test_literals_cover_every_word_of_relation() -> None:
    """Every plural of relation and every preposition of nearness gives a literal."""
    lits = rg._literals()
    words = rg._words()
    for noun in words.nouns:
        assert noun.split()[0].lower() in lits
    for prep in words.near:
        assert prep.split()[0].lower() in lits
    assert all(w == w.lower() for w in lits)


def test_window_without_literal_never_matches() -> None:
    """Wherever the old search matches, the pre-check says the window may hold a group; a
    window of plain narration is skipped."""
    rng = random.Random(16)
    text = " ".join(_SENTENCES)
    matched = 0
    for _ in range(3000):
        end = rng.randrange(1, len(text) + 1)
        start = max(0, end - 120)
        m = _old_search(text, end)
        if m is not None:
            matched += 1
            assert rg.may_hold_group(text[start:end])
    assert matched > 0
    assert not rg.may_hold_group("The council met on Monday and the budget passed")


def test_relation_group_same_as_unchecked_search() -> None:
    """The group read at every word start of the invented text equals the one read with the
    unchecked search (the pre-check switched off)."""
    text = " ".join(_SENTENCES)
    starts = [i for i in range(1, len(text)) if text[i - 1] in " \n" and text[i].isalnum()]
    checked = [rg.relation_group(text, s, text.find(" ", s) if " " in text[s:] else len(text))
               for s in starts]
    original = rg.may_hold_group
    try:
        rg.may_hold_group = lambda window: True  # type: ignore[assignment]
        plain = [rg.relation_group(text, s, text.find(" ", s) if " " in text[s:] else len(text))
                 for s in starts]
    finally:
        rg.may_hold_group = original  # type: ignore[assignment]
    assert checked == plain
    assert sum(g is not None for g in checked) >= 3


_TITLED = [
    "But Ms. Lark said the depot would close. Tom Reed and Ann Lee disagreed.",
    "Though Mr. Penhale spoke first, Councillor Dora Vane had the last word.",
    "When Dr. Ayo Bello arrived, Mr. Quint left. And Mrs. Hale stayed.",
    "Ruth Penhale said nothing. But Ms Lark, the chair, did.",
]


def _old_retitle(narr: str, runs: list) -> list[tuple[int, int]]:
    """:func:`retitle_runs` as it read before the round (the title's search first)."""
    from helpers.instruments.quotes.antecedents import _LEADS, _TITLE_END_RE
    from helpers.instruments.quotes.mentions import _NAME_RUN_RE
    out: list[tuple[int, int]] = []
    skip_to = -1
    for m in runs:
        if m.start() < skip_to:
            continue
        end = _TITLE_END_RE.search(m.group(0))
        if end is None or narr[m.end():m.end() + 1] != "." or \
                m.group(0)[:end.start()].lower() not in _LEADS:
            out.append((m.start(), m.end()))
            continue
        title_at = m.start() + end.start("title")
        again = _NAME_RUN_RE.match(narr, title_at)
        if again is None or again.end() <= m.end() + 1:
            out.append((m.start(), m.end()))
            continue
        head = _NAME_RUN_RE.match(narr[:m.start() + end.start()], m.start())
        if head is not None:
            out.append((head.start(), head.end()))
        out.append((again.start(), again.end()))
        skip_to = again.end()
    return out


def test_retitle_runs_same_as_before() -> None:
    """The runs with titles re-read equal the old expression's on invented paragraphs."""
    from helpers.instruments.quotes.antecedents import retitle_runs
    from helpers.instruments.quotes.mentions import _NAME_RUN_RE
    for narr in _TITLED:
        runs = list(_NAME_RUN_RE.finditer(narr))
        got = [(m.start(), m.end()) for m in retitle_runs(narr, runs)]
        assert got == _old_retitle(narr, runs)
    narr = _TITLED[0]
    got = [narr[m.start():m.end()] for m in retitle_runs(narr, list(_NAME_RUN_RE.finditer(narr)))]
    assert "Ms. Lark" in got


def test_retitle_runs_searches_only_before_a_full_stop(monkeypatch) -> None:
    """The title's search runs only for a run right before a full stop (the lever)."""
    from helpers.instruments.quotes import antecedents
    from helpers.instruments.quotes.mentions import _NAME_RUN_RE
    searched: list[str] = []
    real = antecedents._TITLE_END_RE

    class Counting:
        def search(self, s: str):  # noqa: ANN201 - a stand-in for re.Pattern.search
            searched.append(s)
            return real.search(s)

    monkeypatch.setattr(antecedents, "_TITLE_END_RE", Counting())
    narr = _TITLED[1]
    runs = list(_NAME_RUN_RE.finditer(narr))
    antecedents.retitle_runs(narr, runs)
    before_stop = [m.group(0) for m in runs if narr[m.end():m.end() + 1] == "."]
    assert searched == before_stop
    assert len(runs) > len(before_stop) >= 1
