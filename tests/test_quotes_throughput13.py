"""Throughput round 13 (issue 13): the chooser's candidate features written by index, with the
sentence gaps counted once per (mention, row), give the vectors that the per-feature
``Candidate.set`` form gave, on invented texts."""

from __future__ import annotations

import math
import random
import re

from helpers.core.quotation_marks import QuoteSpan
from helpers.instruments.quotes.mention_type import Mention
from helpers.instruments.quotes.quoterow import QuoteRow
from helpers.instruments.quotes.ranker_features import (
    _KINDS,
    Candidate,
    _describe,
    _sentences_between,
    _verbs,
    row_gap,
)


def _slow_describe(c: Candidate, m: Mention | None, row: QuoteRow, para: int, text: str,
                   n_window: int, others: list[Mention], cache: dict) -> None:
    """The per-feature form (``Candidate.set`` for each feature, every gap counted where it is
    read), as the chooser filled a candidate before this round."""
    c.set("log_mentions_window", math.log1p(n_window))
    if m is None:
        c.set("no_mention")
        return
    sp = row.span
    after, before_verb = _verbs(text, m, cache)
    c.set("verb_after", after)
    c.set("verb_before", before_verb)
    c.set("any_verb_same_paragraph", any(
        o.para == para and any(_verbs(text, o, cache)) for o in others))
    c.set("any_named_window", any(o.kind == "named" for o in others))
    c.set("any_subject_window", any(o.subject for o in others))
    c.set("any_subject_same_sentence", any(
        o.para == para and o.subject and (
            _sentences_between(text, o.end, sp.open_pos) == 0 if o.end <= sp.open_pos
            else _sentences_between(text, sp.end, o.start) == 0) for o in others))
    kind = m.kind if m.kind in _KINDS else "named"
    c.set(f"kind_{kind}")
    before = m.end <= sp.open_pos
    dist = sp.open_pos - m.end if before else max(0, m.start - sp.end)
    c.set("log_distance", math.log1p(dist) / 5.0)
    c.set("before", before)
    c.set("same_paragraph", m.para == para)
    c.set("previous_paragraph", m.para == para - 1)
    c.set("next_paragraph", m.para == para + 1)
    n_sent = _sentences_between(text, m.end, sp.open_pos) if before else \
        _sentences_between(text, sp.end, m.start)
    c.set("same_sentence", m.para == para and n_sent == 0)
    c.set("next_sentence", m.para == para and n_sent == 1)
    c.set("subject", m.subject)
    if row.cue_start is not None and row.cue and m.para == para:
        c.set("near_cue", abs(m.start - row.cue_start) <= 40 or abs(m.end - row.cue_start) <= 40)
    c.set("right_after", not before and m.para == para and 0 <= m.start - sp.end <= 30)
    c.set("right_before", before and m.para == para and 0 <= sp.open_pos - m.end <= 40)
    c.set("multiword", len(m.surface.split()) >= 2)
    c.set("pronoun_resolved_by_rules_style", m.kind == "pronoun")


_TEXT = ('Dana Vell stood up. The treasurer looked at the crowd. "We will not pay," she said, '
         'and Owen Pike nodded. He added: "Nobody will." Later the union, which met on Monday, '
         'said it agreed. Mrs. Hale said nothing.')


def _mention(word: str, kind: str, subject: bool, para: int, nth: int = 0) -> Mention:
    at = [w.start() for w in re.finditer(rf"\b{re.escape(word)}\b", _TEXT)][nth]
    return Mention(at, at + len(word), word, kind, subject, para=para)


def _mentions() -> list[Mention]:
    return [
        _mention("Dana Vell", "named", True, 0),
        _mention("The treasurer", "description", True, 0),
        _mention("she", "pronoun", True, 0),
        _mention("Owen Pike", "named", True, 0),
        _mention("He", "pronoun", True, 1),
        _mention("the union", "group", True, 1),
        _mention("it", "pronoun", True, 1),
        _mention("Mrs. Hale", "named", False, 2),
    ]


def _rows() -> list[tuple[QuoteRow, int]]:
    out = []
    for inner, para in (("We will not pay,", 0), ("Nobody will.", 1)):
        s = _TEXT.index(inner)
        row = QuoteRow(QuoteSpan(s, s + len(inner), s - 1, s + len(inner), "double"), 0, para)
        if para == 0:
            row.cue, row.cue_start = "say", _TEXT.index("said")
        out.append((row, para))
    return out


def test_describe_by_index_equals_the_set_form_on_invented_rows() -> None:
    ms = _mentions()
    checked = 0
    for row, para in _rows():
        gaps: dict[int, int] = {}
        for m in [None, *ms]:
            for others in ([], ms, [o for o in ms if o.kind == "named"], ms[3:]):
                fast = Candidate("X", "named", None, None, "X")
                slow = Candidate("X", "named", None, None, "X")
                _describe(fast, m, row, para, _TEXT, len(others), others, {}, gaps)
                _slow_describe(slow, m, row, para, _TEXT, len(others), others, {})
                assert fast.features == slow.features, (m, row.span, others)
                # without the row's memo, the same
                alone = Candidate("X", "named", None, None, "X")
                _describe(alone, m, row, para, _TEXT, len(others), others, {})
                assert alone.features == slow.features
                checked += 1
    assert checked == 2 * 9 * 4


def test_describe_by_index_equals_the_set_form_on_generated_rows() -> None:
    ms = _mentions()
    nonzero = 0
    rng = random.Random(13)
    for _ in range(300):
        row, para = rng.choice(_rows())
        gaps = {}
        for _c in range(4):
            m = rng.choice([None, *ms])
            others = rng.sample(ms, rng.randint(0, len(ms)))
            n = rng.randint(0, 6)
            p = para + rng.choice((-1, 0, 0, 1))
            fast = Candidate("X", "named", None, None, "X")
            slow = Candidate("X", "named", None, None, "X")
            _describe(fast, m, row, p, _TEXT, n, others, {}, gaps)
            _slow_describe(slow, m, row, p, _TEXT, n, others, {})
            assert fast.features == slow.features
            nonzero += sum(1 for x in fast.features if x)
    assert nonzero > 1000


def test_row_gap_counts_once_per_mention_and_row() -> None:
    ms = _mentions()
    row, _para = _rows()[0]
    sp = row.span
    gaps: dict[int, int] = {}
    for m in ms:
        want = _sentences_between(_TEXT, m.end, sp.open_pos) if m.end <= sp.open_pos \
            else _sentences_between(_TEXT, sp.end, m.start)
        assert row_gap(_TEXT, m, sp, gaps) == want
    assert len(gaps) == len(ms)
    # Vell: the stop after "stood up"; the treasurer: none (the count ends at the opening mark)
    assert [row_gap(_TEXT, m, sp, gaps) for m in ms[:2]] == [1, 0]
    gaps[id(ms[0])] = 99  # a second read is the memo's, not a count
    assert row_gap(_TEXT, ms[0], sp, gaps) == 99
