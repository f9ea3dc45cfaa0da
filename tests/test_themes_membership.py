"""Themes version 7: party membership of named people and same-party conflict (issue 16).

Every sentence here is invented. Each factional case has a counter-example: two parties, a
person of another party, praise instead of attack, race rivals, an act aimed at a third thing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.core.paths import LEXICONS
from helpers.instruments.themes import load_codebook
from helpers.instruments.themes.codebook import CodebookError
from helpers.instruments.themes.matching import theme_scores
from helpers.instruments.themes.membership import article_members, same_party_conflicts

PF = "party_factionalism"
RULE = "rule:same_party_conflict"


def _codebook_without_rule(tmp_path: Path) -> Path:
    """The project codebook with the same-party rule switched off (weight 0)."""
    text = (LEXICONS / "themes.yml").read_text(encoding="utf-8")
    assert "same_party_conflict: {weight: 1.0}" in text
    path = tmp_path / "themes_off.yml"
    path.write_text(text.replace("same_party_conflict: {weight: 1.0}",
                                 "same_party_conflict: {weight: 0.0}"), encoding="utf-8")
    return path


def _last_paragraph(text: str, codebook) -> tuple[bool, str]:
    table = theme_scores(text, "paragraph", codebook)
    row = table.iloc[-1]
    return bool(row[f"{PF}_present"]), str(row[f"{PF}_evidence"])


@pytest.mark.parametrize("text, surname, party", [
    ("Labour MP Ann Hale spoke first.", "Hale", "labour"),
    ("Republican Sen. Tom Reed of Indiana spoke.", "Reed", "republican"),
    ("Mara Quill (D-Ore.) spoke.", "Quill", "democratic"),
    ("Len Dorsey, a Democrat, spoke.", "Dorsey", "democratic"),
    ("Len Dorsey, Republican of Ohio, spoke.", "Dorsey", "republican"),
    ("The Tory Pat Lumb spoke.", "Lumb", "conservative"),
    ("Democratic National Committee Chair Rosa Vance spoke.", "Vance", "democratic"),
    ("The Republican nominee, Cole Barrow, spoke.", "Barrow", "republican"),
    ("Republican nominee Cole J. Barrow spoke.", "Barrow", "republican"),
])
def test_membership_stated_in_the_text(text: str, surname: str, party: str) -> None:
    members = article_members(text)
    assert surname in members and members[surname].party == party, members


@pytest.mark.parametrize("text", [
    "The Republican Party met on Tuesday.",          # the party, no person
    "Labour Monday was a success.",                  # a weekday is no name
    "Labour MP Ann Hale and Conservative MP Ann Hale spoke.",  # two parties: no guess
    "Ann Hale spoke to Labour voters.",              # a party near a name is no membership
])
def test_no_membership_without_a_statement(text: str) -> None:
    assert "Hale" not in article_members(text) and not any(
        m.surname in ("Party", "Monday") for m in article_members(text).values())


def test_race_rivals_and_nominee_flags() -> None:
    members = article_members("Republican presidential candidate Ted Vole and Republican "
                              "nominee Sam Pike spoke. Mr. Moss's campaign, run by Democrat "
                              "Ida Moss, answered Democrat Al Hurd.")
    assert members["Vole"].candidate and not members["Vole"].nominee
    assert members["Pike"].nominee
    assert members["Moss"].candidate  # "<surname>'s campaign"


@pytest.mark.parametrize("text", [
    # membership stated in one paragraph, the conflict told by surname in the next
    "Labour MP Ann Hale and Labour leader Tom Birch met on Monday.\n"
    "Hale called on Birch to resign before the summer.",
    "Mara Quill (D-Ore.) sat beside Len Dorsey, a Democrat, at lunch.\n"
    "Later Quill refused to endorse Dorsey in the autumn race.",
    # (themes version 43: "Reed denounced his party's leadership" is now coded without the
    # rule too, by the pattern of opposing the party's own leadership; the rule is tested
    # on a named member of the same party)
    "Republican Sen. Tom Reed and Republican Sen. Ann Hollis spoke at length on the radio.\n"
    "Reed denounced Hollis over the spending bill.",
])
def test_same_party_conflict_codes_the_paragraph(text: str, tmp_path: Path) -> None:
    coded, evidence = _last_paragraph(text, load_codebook())
    assert coded and RULE in evidence, evidence
    # the rule is what codes it: without the rule the codebook does not
    coded_off, _ = _last_paragraph(text, _codebook_without_rule(tmp_path))
    assert not coded_off


@pytest.mark.parametrize("text", [
    # two parties
    "Labour MP Ann Hale and Conservative leader Tom Birch met on Monday.\n"
    "Hale called on Birch to resign before the summer.",
    # a person of another party
    "Republican Sen. Tom Reed sat beside Mara Quill (D-Ore.) at lunch.\n"
    "Reed criticised Quill over the spending bill.",
    # praise, not conflict
    "Labour MP Ann Hale and Labour leader Tom Birch met on Monday.\n"
    "Hale praised Birch for his patience with the unions.",
    # rivals in a nomination race
    "Republican presidential candidate Ted Vole and Republican presidential candidate "
    "Sam Pike debated.\nVole attacked Pike over his record on farm subsidies.",
    # a candidate in a sentence about the race (ads, super PACs): rivalry, not a faction fight
    "Republican presidential candidate Ted Vole and Republican Sen. Sam Pike spoke.\n"
    "Vole ran radio ads that attack Pike over farm subsidies.",
    # the act is aimed at something else, not at the other member
    "Ann Hale, a Democratic lawyer and adviser to Democrat Tom Birch, sought to attack "
    "the new voting rules.",
    # no membership stated: names alone say nothing
    "Hale called on Birch to resign before the summer.",
])
def test_same_party_counter_examples_are_not_coded(text: str) -> None:
    coded, evidence = _last_paragraph(text, load_codebook())
    assert RULE not in evidence and not coded, evidence


def test_conflict_span_covers_both_people() -> None:
    text = "Labour MP Ann Hale and Labour MP Tom Birch met. Hale attacked Birch on the radio."
    members = article_members(text)
    start = text.index("Hale attacked")
    spans = same_party_conflicts(text, members, start, len(text))
    assert spans == [(start, text.index("Birch on") + len("Birch"))]


def test_codebook_checks_the_rule_field(tmp_path: Path) -> None:
    text = (LEXICONS / "themes.yml").read_text(encoding="utf-8")
    bad = tmp_path / "bad.yml"
    bad.write_text(text.replace("same_party_conflict: {weight: 1.0}",
                                "same_party_conflict: {weight: heavy}"), encoding="utf-8")
    with pytest.raises(CodebookError, match="same_party_conflict"):
        load_codebook(bad)


# Version 7's figure on the real-news coding v6 (the same-party-conflict rule: at least 31
# factional paragraphs found, at most 4 false) is guarded in test_themes_real_news.py by
# test_real_news_v6_development_figure, which scores that coding with the same codebook:
# test-suite round 36 merged test_real_news_v6_figure_gains_from_membership into it, so that the
# coding is scored once per run.
