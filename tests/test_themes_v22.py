"""Themes version 22 (issue 16): the target side: who is withheld support, who is attacked.

Invented British and American text only. A party figure withholds support from, or acts
against, a leader, the nominee or a candidate of the same party, and the person acted against
is named only by a pronoun ("him"), a description ("the Speaker", "the prime minister") or a
surname whose role and party the article states elsewhere; the actor may be a pronoun, "I"
(the speaker of a quotation) or the party's people as a group ("Republicans", "Labour MPs").
:mod:`helpers.instruments.themes.targets` resolves both sides within the article. Each positive
paragraph is coded only through the new rules (the codebook with the same-party weight at 0
leaves it uncoded), so each fails before version 22.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_themes_membership import _codebook_without_rule, _last_paragraph

from helpers.core.lexicons import load_records, load_words
from helpers.instruments.themes import load_codebook
from helpers.instruments.themes.matches import match_themes
from helpers.instruments.themes.membership import article_members
from helpers.instruments.themes.scoring import theme_scores
from helpers.instruments.themes.targets import (
    OWN_LEADER_OPPOSED,
    RESOLVED_RULES,
    SUPPORT_WITHHELD,
    article_people,
    own_leader_statements,
)

PF = "party_factionalism"

POSITIVES = [
    # US: a senator, then the nominee named in the paragraph before; the target a pronoun
    ("Republican Sen. Ann Prester of Ohio spoke on Monday. The Republican nominee, Donald "
     "Halloway, toured the state.\nPrester said she would not back him.", SUPPORT_WITHHELD),
    # US: the Speaker described, his party stated by the letter code
    ("House Speaker Paul Renner (R-Wis.) met donors. Republican Sen. Mark Bakely spoke "
     "later.\nBakely said he could not yet endorse the Speaker.", SUPPORT_WITHHELD),
    # UK: a Tory MP and the Conservative prime minister, described
    ("Conservative Prime Minister Theresa Ferriby faced her party. Tory MP John Crispin "
     "spoke.\nCrispin said he would not vote for the prime minister.", SUPPORT_WITHHELD),
    # UK: "I" is the speaker of the quotation; "her" the party leader
    ("Labour leader Ann Hollis met her MPs. Labour MP Tom Drayton spoke later.\n"
     "\"I cannot serve under her,\" Drayton said.", SUPPORT_WITHHELD),
    # US: the majority leader rejects the party's front-runner's remarks (a possessive)
    ("Senate Majority Leader Mitch Arnell, R-Ky., spoke. The Republican front-runner, Don "
     "Halloway, won again.\n\"I reject his remarks without reservation,\" Arnell said.",
     OWN_LEADER_OPPOSED),
    # US: the party's people as a group against its nominee
    ("The Republican nominee, Donald Halloway, toured Ohio.\n"
     "Many Republicans now express concern about Halloway.", OWN_LEADER_OPPOSED),
    # UK: Labour MPs as a group who have lost confidence in their leader
    ("Labour leader Ann Hollis spoke in Leeds.\nLabour MPs have lost confidence in Hollis.",
     SUPPORT_WITHHELD),
    # US: a possessive actor ("his refusal"), the nominee's party read from the race he is in
    ("Donald Halloway in the Republican race won again. Republican Gov. Ed Crane spoke.\n"
     "Crane explained his refusal to campaign with Halloway.", SUPPORT_WITHHELD),
    # US: the candidate's party read from the race he won
    ("Don Halloway clinched the Republican nomination on Tuesday. Republican Sen. Ann "
     "Prester was in Ohio.\nPrester distanced herself from Halloway.", OWN_LEADER_OPPOSED),
]


@pytest.mark.parametrize("text, rule", POSITIVES)
def test_resolved_target_codes_the_paragraph(text: str, rule: str, tmp_path: Path) -> None:
    coded, evidence = _last_paragraph(text, load_codebook())
    assert coded and f"rule:{rule}@" in evidence, evidence
    coded_off, _ = _last_paragraph(text, _codebook_without_rule(tmp_path))
    assert not coded_off  # the resolved rule, not a codebook word, codes it


@pytest.mark.parametrize("text", [
    # the target of another party
    "Republican Sen. Ann Prester spoke. Democratic nominee Hilda Carlin toured Ohio.\n"
    "Prester said she would not back her.",
    # two candidates of one party: race rivals (neither the nominee)
    "Republican front-runner Don Halloway and Republican candidate Ted Crane debated.\n"
    "Crane refused to endorse Halloway at the debate.",
    # no party stated for the person withheld from
    "Prime Minister Theresa Ferriby faced the press. Tory MP John Crispin spoke.\n"
    "Crispin said he would not vote for the prime minister.",
    # support given, not withheld
    "Labour leader Ann Hollis met her MPs. Labour MP Tom Drayton spoke later.\n"
    "Drayton said he would back her.",
    # the pronoun's last compatible person is of the other party
    "Republican Sen. Ann Prester spoke. Republican nominee Don Halloway toured Ohio. "
    "Democratic Sen. Ruth Carlin spoke.\nPrester said she would not vote for her.",
    # the group is the other party's
    "The Republican nominee, Donald Halloway, toured Ohio.\n"
    "Many Democrats now express concern about Halloway.",
    # voters are no party figures: "Republican voters" is not the party's people
    "The Republican nominee, Donald Halloway, toured Ohio.\n"
    "Republican voters now express concern about Halloway.",
    # an ordinary member (no leader, nominee or candidate) acted against
    "Labour MP Ann Hollis and Labour MP Tom Drayton met.\nDrayton will not back her.",
])
def test_counter_examples_are_not_coded(text: str) -> None:
    coded, evidence = _last_paragraph(text, load_codebook())
    assert not any(f"rule:{r}@" in evidence for r in RESOLVED_RULES), evidence
    assert not coded, evidence


def test_pronoun_resolves_only_to_this_paragraph_or_the_one_before() -> None:
    near = ("Republican Sen. Ann Prester spoke.\nThe Republican nominee, Donald Halloway, "
            "toured Ohio.\nPrester said she would not back him.")
    far = ("The Republican nominee, Donald Halloway, toured Ohio.\n"
           "Republican Sen. Ann Prester spoke.\nPrester said she would not back him.")
    assert _last_paragraph(near, load_codebook())[0]
    assert not _last_paragraph(far, load_codebook())[0]


def test_statement_span_and_rule() -> None:
    text = ("Labour leader Ann Hollis spoke. Labour MP Tom Drayton spoke later. "
            "Drayton will not back her over the budget.")
    people = article_people(text, 0, len(text), article_members(text))
    assert people.people["Hollis"].roles == frozenset({"leader"})
    assert people.people["Hollis"].gender == "f"
    start = text.index("Drayton will")
    got = own_leader_statements(text, people, start, len(text), 0)
    assert got == [(start, text.index(" over"), SUPPORT_WITHHELD)]


def test_description_needs_one_holder() -> None:
    """"the Speaker" stands for the article's one Speaker; with two, no one is guessed."""
    one = "Speaker Paul Renner (R-Wis.) spoke. The Speaker left."
    two = "Speaker Paul Renner (R-Wis.) and Speaker Ann Hale (D-Ore.) spoke. The Speaker left."
    for text, n in ((one, 2), (two, 2)):
        ap = article_people(text, 0, len(text), article_members(text))
        found = [m for m in ap.mentions if text[m.start:m.end] == "The Speaker"]
        assert len(found) == (1 if text is one else 0)
        assert len([m for m in ap.mentions if m.surname in ("Renner", "Hale")]) >= n - 1


def test_resolved_rows_do_not_anchor_the_article() -> None:
    """Three paragraphs coded only by resolved rules leave the article unanchored, so a weak
    cue elsewhere stays uncoded (before version 22 a strong row anchored the article)."""
    text = ("Republican Sen. Ann Prester of Ohio spoke. The Republican nominee, Donald "
            "Halloway, toured Ohio.\nPrester said she would not back him.\n"
            "Republican Sen. Tom Bakely spoke. He refused to endorse the nominee.\n"
            "Republican Gov. Ed Crane spoke. He is unwilling to campaign with the nominee.\n"
            "The delegates met at the convention floor on Monday.")
    matches = match_themes(text)
    rules = set(matches.loc[matches["theme"] == PF, "term"])
    assert rules & RESOLVED_RULES
    table = theme_scores(text, "paragraph", load_codebook(), matches)
    assert not bool(table.iloc[-1][f"{PF}_present"])


def test_lexicons_are_general_and_name_no_person() -> None:
    """The new word lists carry role words and verbs: no given name of ``first_names.txt``
    and no party name stands in them; UK and US titles stand side by side."""
    given = {r["name"].lower() for r in load_records("first_names.txt")}
    parties = {r["name"].lower() for r in load_records("party_names.csv")}
    roles = load_records("party_leader_roles.csv")
    assert {r["side"] for r in roles} >= {"uk", "us"}
    words = [w.lower() for r in roles for w in r["role"].split()]
    for name in ("support_withheld.txt", "leader_opposition.txt"):
        entries = load_words(name)
        assert entries
        words += [w.lower() for e in entries for w in re.findall(r"[A-Za-z]{3,}", e)]
        for e in entries:
            re.compile(e)
    assert not (set(words) & parties)
    assert not ({w for w in words if w[:1].isalpha()} & given - {"will", "may", "mark",
                                                                   "chair", "major"})


# Version 22's development figures on the real-news codings v8, v10 and v13 (at least 27, 24
# and 17 factional paragraphs found; at most 8, 2 and 2 false) are guarded in
# test_themes_real_news.py (V22_GUARDS), by the tests that already score those codings with the
# same codebook: test-suite round 36 merged test_v22_development_figures into them, so that
# each coding is scored once per run.
