"""Name runs with an inner possessive or a cross-reference imperative (invented text).

``Hartley's DoD`` is two names (Hartley, the department), not a person "Hartley DoD";
``(See Marlow's timeline)`` does not make "See Marlow" the full name that later bare ``Marlow``
expands to; ``The Ledger's Tom Baird`` still names Tom Baird (a guard: true before too).
"""

from __future__ import annotations

import re

from helpers.core.corpus import segment_text
from helpers.instruments.quotes import extract_quotes
from helpers.instruments.quotes.attribution import ArticleState, _possessive_parts


def _quotes(text: str):
    corpus = segment_text(text, source="invented.txt", date="2024-05-01")
    return corpus, extract_quotes(corpus)


def test_see_before_a_possessive_name_is_not_a_given_name():
    _, q = _quotes(
        "Records of a river town\n\n"
        "Ann Marlow, a historian, has studied the town for years. (See Marlow’s full timeline "
        "below.)\n\n"
        "\"The records were burned in the flood,\" Marlow said.\n")
    speech = q[q["kind"] == "speech"]
    assert speech["speaker_canonical"].tolist() == ["Ann Marlow"]


def test_owner_and_owned_name_are_two_candidates_not_one_full_name():
    text = "Colin Hartley said that Hartley's DoD and The Ledger's Tom Baird disagreed."
    art = ArticleState(text, {})
    art.note_candidates(text, 0)
    names = [name for _, name in art.full_names]
    assert "Hartley DoD" not in names and "Ledger Tom Baird" not in names
    assert "Colin Hartley" in names and "Tom Baird" in names


def test_a_name_run_is_cut_after_an_inner_possessive_only():
    text = "Rumsfeld's DoD and Sam Ortiz's"
    runs = [(text[a:b], run) for m in re.finditer(r"[A-Z][\w’']*(?:\s+[A-Z][\w’']*)*", text)
            for a, b, run in _possessive_parts(m)]
    assert runs == [("Rumsfeld's", "Rumsfeld's"), ("DoD", "DoD"), ("Sam Ortiz's", "Sam Ortiz's")]


def test_a_full_name_after_an_outlet_possessive_is_kept():
    _, q = _quotes(
        "A columnist's view\n\n"
        "The Ledger’s Tom Baird has covered the council since 2010.\n\n"
        "\"Nobody read the budget,\" Baird said.\n")
    speech = q[q["kind"] == "speech"]
    assert speech["speaker_canonical"].tolist() == ["Tom Baird"]
