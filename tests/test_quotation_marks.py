"""Quotation-mark pairing in core (:mod:`helpers.core.quotation_marks`), shared by the quote
instrument and the timeline: double and single (British) marks, apostrophes, nesting, paragraph
carry-over, typewriter marks, and the mark inventory read from ``data/lexicons``.

Every case is invented text; expected spans were worked out by reading the text. Moved here
from ``test_quotes.py``, ``test_british_marks.py`` and ``test_quotes_news_rules.py`` when the
pairing moved out of the quote instrument (2026-12-04).
"""

from __future__ import annotations

import datetime as dt
import time
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.core.lexicons import load_records
from helpers.core.quotation_marks import (
    closes_between,
    find_quote_spans,
    opens_between,
    paragraph_ranges,
    typewriter_to_double,
)


def spans_text(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_quote_spans(text)]




def test_straight_and_curly_pairs_exclude_marks():
    assert spans_text('He said "hello there" today.') == ["hello there"]
    assert spans_text("“It’s Labour’s turn,” she said.") == ["It’s Labour’s turn,"]


def test_apostrophes_are_not_quotation_marks():
    text = "In the ’80s he said “yes”, in the '90s “no”; arm's and Labour’s and the workers’ union."
    assert spans_text(text) == ["yes", "no"]


def test_nested_single_quotes_with_apostrophe_inside():
    text = "\"We prefer to keep them at 'arm's length' for now,\" he said."
    spans = find_quote_spans(text)
    assert [text[s.start:s.end] for s in spans] == [
        "We prefer to keep them at 'arm's length' for now,",
        "arm's length",
    ]
    assert [s.level for s in spans] == [0, 1]
    assert spans[1].parent == 0
    curly = "“They told us it was ‘a done deal’ before,” he said."
    assert spans_text(curly) == ["They told us it was ‘a done deal’ before,", "a done deal"]


def test_plural_possessive_inside_single_quotes():
    assert spans_text("He called it 'the workers' rights' bill.") == ["the workers' rights"]


def test_multi_paragraph_quote_runs_to_paragraph_end():
    text = "“First part. Second sentence.\n\n“Closing part,” she said."
    spans = find_quote_spans(text)
    assert [text[s.start:s.end] for s in spans] == ["First part. Second sentence.", "Closing part,"]
    assert [s.closed for s in spans] == [False, True]


def test_stray_marks_do_not_shift_later_pairing():
    # a stray unclosed opener in paragraph 1 must not swallow paragraph 2's marks
    text = "He said “this never closes and\n\nthen “two” and “three” were quoted."
    assert spans_text(text)[-2:] == ["two", "three"]
    # an inch mark is not an opener
    assert spans_text('The 5" gauge overflowed. "We will review it," she said.') == [
        "We will review it,"
    ]
    # a stray opener inside a paragraph is dropped when a new quotation opens
    assert spans_text("He said “yes. Later “no,” she said.") == ["no,"]
    # a stray closing mark is ignored
    assert spans_text("Odd” mark. “Real one,” he said.") == ["Real one,"]


@pytest.mark.parametrize("text", ["", '"', "“”", "'''", "“‘’”", "’ ‘ ” “", "\n\n“\n\n”", "a'b'c"])
def test_odd_input_never_crashes(text):
    for s in find_quote_spans(text):
        assert 0 <= s.start < s.end <= len(text)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="ab \n.,'\"“”‘’", max_size=80))
def test_spans_are_valid_for_any_text(text):
    spans = find_quote_spans(text)
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
        assert s.open_pos < s.start
        assert text[s.start:s.end] == text[s.start:s.end].strip()
    assert [s.start for s in spans] == sorted(s.start for s in spans)


# --- single (British) marks ------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # an elided letter between two marks is no quotation (curly and straight)
    ("\u2018It was rock \u2019n\u2019 roll all night,\u2019 he said.",
     ["It was rock \u2019n\u2019 roll all night,"]),
    ("'It was rock 'n' roll all night,' he said.", ["It was rock 'n' roll all night,"]),
    # a plural possessive inside the outer single quotation, nested double marks after it
    ("\u2018The Tories\u2019 policy is a \u201cdisgrace\u201d,\u2019 said Ann Lee.",
     ["The Tories\u2019 policy is a \u201cdisgrace\u201d,", "disgrace"]),
    # an elided year inside a single quotation; a decade
    ("'In '08 and '12 we won,' he said.", ["In '08 and '12 we won,"]),
    ("\u2018In the \u201980s we won,\u2019 he said.", ["In the \u201980s we won,"]),
    # a closing mark after a space or a dash
    ("\u2018What does that mean? \u2019 Clinton asked.", ["What does that mean?"]),
    ("He had an \u2018Oh, s---\u2019 moment.", ["Oh, s---"]),
    # a straight opening mark before punctuation
    ("'.@someone is wrong,' she wrote.", [".@someone is wrong,"]),
])
def test_single_mark_pairing(text: str, expected: list[str]) -> None:
    assert spans_text(text) == expected


def test_single_quotation_over_paragraphs() -> None:
    text = ("\u2018The first part of what she said.\n\n\u2018The second part,\u2019 she said."
            "\n\nShe said \u2018this is unclosed.\n\nNext paragraph.")
    assert spans_text(text) == ["The first part of what she said.", "The second part,"]
    broken = "He said: \u2018a line broken\nin the middle,\u2019 and left."
    assert [broken[s.start:s.end] for s in find_quote_spans(broken, 0, broken.index("\n"))] \
        == ["a line broken"]
    assert find_quote_spans(broken, 0, broken.index("\n"))[0].closed is False


@pytest.mark.parametrize("mark", ["'", "\u2018"])
def test_a_decade_opening_the_next_paragraph_does_not_continue_a_single_quotation(
        mark: str) -> None:
    # review of round 21: ``_continued`` took any single mark before a non-space at the start
    # of the next paragraph as the opener of a continued quotation, so the apostrophe of a
    # decade (``'80s``) turned a stray unclosed single opener into a span to the paragraph end
    text = f"She said \u2018this is unclosed.\n\n{mark}80s music was better, she said.\n"
    assert spans_text(text) == []
    # guard: a real opener still continues the quotation
    text = "She said \u2018this goes on.\n\n\u2018And on,\u2019 she said.\n"
    assert spans_text(text) == ["this goes on.", "And on,"]


# --- typewriter marks ------------------------------------------------------------------------


def test_typewriter_marks_keep_offsets_and_become_double() -> None:
    text = "A ''b c,'' said D. It's rock''n''roll."
    out = typewriter_to_double(text)
    assert len(out) == len(text)
    assert out == 'A  "b c,"  said D. It\'s rock\'\'n\'\'roll.'


def test_three_typewriter_marks_split_into_double_and_single() -> None:
    assert typewriter_to_double("a ''b 'c d.''' said X.") == "a  \"b 'c d.'\"  said X."
    assert typewriter_to_double("a '''Yes' he said,'' Y.") == "a  \"'Yes' he said,\"  Y."


# --- the mark inventory and the two users -----------------------------------------------------


def test_every_listed_mark_is_paired_by_its_kind() -> None:
    # each mark of data/lexicons/quotation_marks.csv quotes a word: an opener (or a straight
    # mark) before it and the kind's closer (or the same straight mark) after it
    rows = load_records("quotation_marks.csv")
    marks = {(r["kind"], r["role"]): unicodedata.lookup(r["name"]) for r in rows}
    assert len(rows) >= 8
    for r in rows:
        mark = unicodedata.lookup(r["name"])
        if r["role"] == "close":
            continue
        close = mark if r["role"] == "either" else marks[(r["kind"], "close")]
        text = f"He said {mark}hello there{close} today."
        spans = find_quote_spans(text)
        assert [(text[s.start:s.end], s.mark) for s in spans] == [("hello there", r["kind"])], r


def test_guillemets_pair_as_double_marks() -> None:
    assert spans_text("Elle a dit «non merci» hier.") == ["non merci"]


def test_mark_context_rules_shared_with_the_british_transform() -> None:
    # a straight mark opens after a space, bracket, dash or opening mark, before a non-space
    assert opens_between(" ", "W") and opens_between("(", "W") and opens_between("‘", "W")
    assert not opens_between("d", "W") and not opens_between(" ", " ")
    # and closes after a non-space, before no letter or digit
    assert closes_between(".", " ") and closes_between("d", ",")
    assert not closes_between(" ", ",") and not closes_between("d", "s")
    # the transform reads them between the same characters as the pairing
    assert [s.mark for s in find_quote_spans('He said "no" (a "x")')] == ["double", "double"]


def test_paragraph_ranges_split_at_blank_lines_only() -> None:
    text = "One\nline.\n\nTwo.\n \t\nThree."
    assert [text[a:b] for a, b in paragraph_ranges(text)] == ["One\nline.", "Two.", "Three."]
    assert paragraph_ranges(text, 5, 9) == [(5, 9)]


def test_quote_instrument_exposes_the_core_pairing() -> None:
    from helpers.instruments import quotes

    assert quotes.find_quote_spans is find_quote_spans


@pytest.mark.parametrize("text", [
    "‘It was rock ’n’ roll yesterday,’ the mayor said on Monday.",
    "'It was rock 'n' roll yesterday,' the mayor said on Monday.",
])
def test_timeline_anchors_a_single_marked_quotation_with_an_elision(text: str) -> None:
    # the timeline paired single marks on its own, and the mark after the elided "n" closed
    # the quotation there: "yesterday" was narration (the day before publication). With the
    # shared pairing the quotation runs to "yesterday,’", spoken on Monday (11 March 2024,
    # publication Wednesday 13 March): yesterday is Sunday 10 March.
    from helpers.instruments.timeline import find_timexes

    rows = find_timexes(text, reference=dt.date(2024, 3, 13)).set_index("text")
    assert bool(rows.loc["yesterday", "in_quote"]) is True
    assert rows.loc["yesterday", "value"] == "2024-03-10"


# --- British marks round 2 (issue 13) ---------------------------------------------------------


@pytest.mark.parametrize("text", [
    '<tweet tweet-author="@ann" tweet-date="March 12, 2016">Ann Lee: we will win "big" here'
    '<tweet/>',
    "<tweet tweet-author=’@ann’ tweet-date=‘March 12, 2016’>Ann Lee: we will win ‘big’ here"
    "<tweet/>",
    "<tweet tweet-author='@ann' tweet-date='March 12, 2016'>Ann Lee: we will win 'big' here"
    "<tweet/>",
])
def test_marks_inside_a_markup_tag_quote_nothing(text: str) -> None:
    # an attribute value of an embedded tweet's tag (its date, its author) is page metadata:
    # read as a quotation it became a speech row of its own, and in single marks the author
    # ran into the speaker's name with the closing mark
    assert spans_text(text) == ["big"]


def test_angle_brackets_that_are_no_tag_leave_the_pairing_alone() -> None:
    # guards: a comparison is no tag; a tag's text between tags is still read
    assert spans_text('If 2 < 3 and 5 > 4, "so be it," he said.') == ["so be it,"]
    assert spans_text("<p>‘We won,’ she said.</p>") == ["We won,"]


@pytest.mark.parametrize("unit, nested", [
    ('"a" ', False),  # many short quotations in one long paragraph
    ('<b>"x"</b> ', False),  # many markup tags and marks in one paragraph
    ("“a ‘bc’ d” ", True),  # many quotations, each with one nested inside
])
def test_pairing_a_long_paragraph_takes_linear_time(unit: str, nested: bool) -> None:
    """One 100k-character paragraph of quotations is paired in well under a few seconds: the
    parent search and the markup-tag test were quadratic (18 s and over 20 s before)."""
    text = unit * (100_000 // len(unit))
    t0 = time.perf_counter()
    spans = find_quote_spans(text)
    elapsed = time.perf_counter() - t0
    n = 100_000 // len(unit)
    assert len(spans) == (2 * n if nested else n)
    if nested:  # the nested span's parent is the quotation just before it, level 1
        assert spans[1].parent == 0 and spans[1].level == 1 and spans[0].children == [1]
        assert spans[-1].parent == len(spans) - 2 and spans[-2].level == 0
    else:
        assert all(s.parent == -1 and s.level == 0 for s in spans)
    assert elapsed < 5.0, f"{elapsed:.1f}s"


def test_left_double_mark_in_closing_position_closes_an_open_quotation() -> None:
    """Issue 14: a left double mark after a word and before a space or punctuation closes the
    open quotation (German ``„…“``; a typo'd closer in English) instead of restarting it."""
    text = "“It’s unusual,“ said Ann Lee, a lawyer. “It’s hard,” she said."
    assert spans_text(text) == ["It’s unusual,", "It’s hard,"]
    assert spans_text("Er sagte „Ja“, und ging.") == ["Ja"]
    text = "They called it “reckless“ while “fair” was the word."
    assert spans_text(text) == ["reckless", "fair"]
    # a left mark at the paragraph end can open nothing: the open quotation runs to the end
    assert spans_text("“They see that. “") == ["They see that."]
    # guards: a left mark where it opens still opens
    assert spans_text("He said “yes” and “no” today.") == ["yes", "no"]


def test_second_double_opener_with_its_own_closer_before_the_outer_one_nests() -> None:
    """Issue 14: ``“… “inner” …”`` with the same mark at both levels nests when the inner
    quotation closes and another closing mark follows before any new opener."""
    text = "She wrote, “If you care, act when “your team” is wrong. That is all.” Then she left."
    spans = find_quote_spans(text)
    assert [text[s.start:s.end] for s in spans] == [
        "If you care, act when “your team” is wrong. That is all.", "your team"]
    assert spans[1].parent == 0 and spans[1].level == 1 and spans[0].children == [1]
    straight = 'He asked, "So if somebody says, "I want 10,000 rounds," be wary." She nodded.'
    assert spans_text(straight) == [
        'So if somebody says, "I want 10,000 rounds," be wary.', "I want 10,000 rounds,"]
    # guards: a doubled opener (nothing between the two marks) is one opener, not a nesting
    assert spans_text('"“You win,” Ann said before leaving."') == ["You win,"]
    # an unclosed opener followed by one closed quotation stays a stray
    assert spans_text("He said “yes. Later “no,” she said.") == ["no,"]
