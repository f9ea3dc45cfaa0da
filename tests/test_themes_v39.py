"""Themes version 39: continuation, a paragraph coded by reference to the one before it.

A paragraph that answers the question the previous paragraph ends on is coded for party
factionalism when that paragraph is coded on its own evidence and the article is anchored in
the theme (``continuation: [reply]`` in ``data/lexicons/themes.yml``; the rule in
``helpers/instruments/themes/continuation.py``). Every sentence is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.instruments.themes import load_codebook
from helpers.instruments.themes.codebook import CodebookError
from tests.theme_paragraphs import AU, AUSTERITY_ARTICLE, FACTION_ARTICLE, PF, paragraph_table
from tests.theme_paragraphs import last_coded as _last

#: a question on a faction's plot, coded for party factionalism on its own evidence
QUESTION = ("At the hustings the chair turned to the deputy leader. \u201cWill you rule out a "
            "leadership challenge before the conference?\u201d")


def test_the_question_is_coded_on_its_own() -> None:
    table = paragraph_table("\n".join(FACTION_ARTICLE + [QUESTION]))
    assert table[f"{PF}_present"].tolist() == [True, True, True]
    assert "continuation" not in str(table[f"{PF}_evidence"].iloc[2])


@pytest.mark.parametrize("reply", [
    "\u201cNot this week,\u201d she said, to laughter from the back of the room.",
    "Hartley: I have said all I am going to say about that. Next question.",
    "The deputy leader replied that she was enjoying her job far too much to answer.",
    "Mrs Okafor, smiling, told the room she had no plans for the autumn.",
])
def test_a_reply_to_the_question_is_coded(reply: str) -> None:
    coded, evidence = _last(FACTION_ARTICLE + [QUESTION, reply], PF)
    assert coded
    assert "rule:continuation_reply@" in evidence


@pytest.mark.parametrize("reply", [
    "\u201cNot this week,\u201d she said, to laughter from the back of the room.",
    "The deputy leader replied that she was enjoying her job far too much to answer.",
])
def test_no_question_before_no_reply(reply: str) -> None:
    statement = ("At the hustings the chair asked the deputy leader to rule out a leadership "
                 "challenge before the conference.")
    coded, evidence = _last(FACTION_ARTICLE + [statement, reply], PF)
    assert not coded and "continuation" not in evidence


def test_a_reply_in_an_article_not_anchored_is_not_coded() -> None:
    lead = "The village fete opened at noon, and the rain held off until four."
    coded, _ = _last([lead, QUESTION, "\u201cNot this week,\u201d she said."], PF)
    assert not coded


def test_a_paragraph_between_the_question_and_the_reply_breaks_it() -> None:
    between = "The room was hot, and the windows would not open."
    coded, _ = _last(FACTION_ARTICLE + [QUESTION, between,
                                        "\u201cNot this week,\u201d she said."], PF)
    assert not coded


def test_an_austerity_question_does_not_code_the_reply() -> None:
    question = ("The shadow chancellor rose. \u201cWill the Chancellor admit that food bank use "
                "has doubled since the cuts?\u201d")
    coded, evidence = _last(AUSTERITY_ARTICLE + [question, "\u201cNo,\u201d she said."], AU)
    assert not coded and "continuation" not in evidence


# version 40 switched the anaphoric opening on for party factionalism ("That last remark
# ..." after the question is now coded, tests/test_themes_v40.py); a generic group is not
@pytest.mark.parametrize("text", [
    "Those who were there will not forget the rain.",
])
def test_an_anaphoric_opening_is_not_coded(text: str) -> None:
    coded, _ = _last(FACTION_ARTICLE + [QUESTION, text], PF)
    assert not coded


def test_the_codebook_refuses_an_unknown_form(tmp_path: Path) -> None:
    book = tmp_path / "book.yml"
    book.write_text("themes:\n  - id: t\n    terms: [plot]\n    continuation: [echo]\n",
                    encoding="utf-8")
    with pytest.raises(CodebookError, match="continuation"):
        load_codebook(book)


def test_party_factionalism_reads_replies_only() -> None:
    # version 40 added the anaphoric opening for party factionalism; no other theme reads either
    book = load_codebook()
    assert book[PF].continuation[0] == "reply"
    assert all(t.continuation == () for t in book.themes if t.id != PF)
