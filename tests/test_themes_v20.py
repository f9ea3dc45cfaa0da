"""Themes version 20 (issue 16): a member acting against his own party, read from the article.

Invented British and American text only. The article states who belongs to which party
("Labour MP X", "Republican Sen. X", "X (D-Ore.)", "X, a Democrat,", "Tory backbencher X");
version 20 adds the party itself as the object of a member's conflict word ("voted against
the Republican budget", "attacked her own party": rule ``member_against_own_party``), the
conflict words challenging, voting against and withholding support, and the object relative
("the only Republican whom X refused to endorse"). Each positive paragraph is coded only
through the rule (the codebook without it leaves it uncoded), so each fails before version 20.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_themes_membership import _codebook_without_rule, _last_paragraph

from helpers.core.lexicons import load_words
from helpers.instruments.themes import load_codebook
from helpers.instruments.themes.membership import (
    MEMBER_AGAINST_OWN_PARTY,
    SAME_PARTY_CONFLICT,
    article_members,
    same_party_statements,
)

OWN_PARTY = [
    # US: a senator against his party's budget (membership by role before the name)
    ("Republican Sen. Walt Prester of Idaho spoke to reporters on Monday.\n"
     "Prester voted against the Republican budget, saying it cut too little.", "Prester"),
    # US: the letter code, then a member challenging the party
    ("Rep. Dana Ferrow (D-Ore.) returned from the recess on Tuesday.\n"
     "Ferrow challenged Democrats in the House over the farm bill.", "Ferrow"),
    # UK: a Labour MP voting against her party's motion
    ("Labour MP Joan Ferriby held a surgery in her constituency on Friday.\n"
     "Ferriby voted against the Labour motion on welfare.", "Ferriby"),
    # UK: a Tory backbencher challenging the party's whips
    ("Tory backbencher Alan Crispin gave his first interview in a year.\n"
     "Crispin challenged the Conservative whips over the housing plan.", "Crispin"),
    # US: apposition, then a member rejecting his party's measure
    ("Mark Dunmore, a Democrat, has represented the district since 2009.\n"
     "Dunmore rejected the Democratic measure on overtime as too costly.", "Dunmore"),
]


@pytest.mark.parametrize("text, surname", OWN_PARTY)
def test_member_against_own_party_codes_the_paragraph(text: str, surname: str,
                                                      tmp_path: Path) -> None:
    assert surname in article_members(text)
    coded, evidence = _last_paragraph(text, load_codebook())
    assert coded and f"rule:{MEMBER_AGAINST_OWN_PARTY}@" in evidence, evidence
    coded_off, _ = _last_paragraph(text, _codebook_without_rule(tmp_path))
    assert not coded_off  # the rule, not a codebook word, codes it


PAIRS = [
    # US: withholding support from a member of the same party
    ("Rep. Tom Bakely (R-Texas) and Republican Sen. Ann Halloway met donors in Austin.\n"
     "Bakely withheld his support from Halloway in the autumn.", SAME_PARTY_CONFLICT),
    # US: an object relative, the act after both names
    ("Republican Sen. Ann Halloway and Republican Gov. Tom Bakely met donors in Austin.\n"
     "Halloway was the only senator whom Bakely refused to endorse.", SAME_PARTY_CONFLICT),
    # UK: a backbencher challenging his party's leader, both labelled
    ("Labour MP Ann Hewlett and Labour leader Tom Birchall met on Monday.\n"
     "Hewlett challenged Birchall over the manifesto at the meeting.", SAME_PARTY_CONFLICT),
    # UK: voting against a minister of one's own party
    ("Conservative MP Ruth Ashdown and the Conservative minister Paul Garvey spoke.\n"
     "Ashdown voted against Garvey on the second reading.", SAME_PARTY_CONFLICT),
]


@pytest.mark.parametrize("text, rule", PAIRS)
def test_new_conflict_words_between_two_members(text: str, rule: str,
                                                tmp_path: Path) -> None:
    coded, evidence = _last_paragraph(text, load_codebook())
    assert coded and f"rule:{rule}@" in evidence, evidence
    coded_off, _ = _last_paragraph(text, _codebook_without_rule(tmp_path))
    assert not coded_off


@pytest.mark.parametrize("text", [
    # another party as the object
    "Republican Sen. Walt Prester spoke on Monday.\n"
    "Prester attacked the Democratic budget, saying it cut too little.",
    "Labour MP Joan Ferriby spoke on Friday.\nFerriby attacked the Conservative government "
    "over the welfare vote.",
    # praise, not conflict
    "Republican Sen. Walt Prester spoke on Monday.\nPrester praised the Republican budget.",
    # race rivals: the party word opens "rivals" / "primary"
    "Republican presidential candidate Ted Volk spoke on Monday.\n"
    "Volk attacked his Republican rivals over farm subsidies.",
    # a candidate in a sentence about the race
    "Republican presidential candidate Ted Volk spoke on Monday.\n"
    "Volk ran ads that attack Republicans in Congress over subsidies.",
    # the party too far from the conflict word to be its object
    "Republican Sen. Walt Prester spoke on Monday.\nPrester criticised the plan on Monday "
    "morning at the club, and later Republicans in the House backed him.",
    # no membership stated: a name and a party word say nothing
    "Walt Prester spoke on Monday.\nPrester voted against the Republican budget.",
    # an object relative without a conflict word
    "Republican Sen. Ann Halloway and Republican Gov. Tom Bakely met donors.\n"
    "Halloway was the only senator whom Bakely thanked.",
])
def test_counter_examples_are_not_coded(text: str) -> None:
    coded, evidence = _last_paragraph(text, load_codebook())
    assert "rule:" not in evidence and not coded, evidence


def test_statement_span_and_rule_name() -> None:
    text = "Labour MP Joan Ferriby spoke. Ferriby attacked her own party over the vote."
    start = text.index("Ferriby attacked")
    got = same_party_statements(text, article_members(text), start, len(text))
    assert got == [(start, text.index(" over"), MEMBER_AGAINST_OWN_PARTY)]


def test_lexicons_name_no_person() -> None:
    """The new data are general words: no capitalised name in the non-object list."""
    words = load_words("party_not_object.txt")
    assert words and not any(w[:1].isupper() and w not in ("PACs?",) for w in words)
    assert all(w[:1].islower() or w.startswith(("super", "PAC")) for w in words)
