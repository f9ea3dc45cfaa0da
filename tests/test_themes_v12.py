"""Themes version 12: who is who, from what the article itself says (issue 16).

Party membership of named people read from more of the article's own statements: an
apposition with a party role after the name ("X, the Republican nominee,"), a copular statement
("X is a Labour MP") and, as counter-examples, statements that name no member (an
organisation, a place, a headline, a sentence that ends on the role). Every sentence is
invented.
"""

from __future__ import annotations

import pytest

from helpers.instruments.themes.matching import theme_scores
from helpers.instruments.themes.membership import article_members

PF = "party_factionalism"
RULE = "rule:same_party_conflict"


def _members(text: str) -> dict[str, tuple[str, bool, bool]]:
    return {k: (m.party, m.candidate, m.nominee) for k, m in article_members(text).items()}


@pytest.mark.parametrize("text, surname, expected", [
    # an apposition with a role after the name: the role kind is read too
    ("Mr. Trask, the presumptive Republican nominee, spoke in Reno.", "Trask",
     ("republican", False, True)),
    ("Ann Hale, the Labour candidate, spoke in Leeds.", "Hale", ("labour", True, False)),
    ("Gwen Pardoe, the Tory front-runner, spoke.", "Pardoe", ("conservative", True, False)),
    ("Senator Ned Voss of Vermont, a Democratic rival, spoke.", "Voss",
     ("democratic", True, False)),
    ("Tom Vell of Kent, the Conservative whip, spoke.", "Vell", ("conservative", False, False)),
])
def test_apposition_with_a_party_role_after_the_name(text: str, surname: str,
                                                     expected: tuple[str, bool, bool]) -> None:
    assert _members(text).get(surname) == expected, _members(text)


@pytest.mark.parametrize("text, wrong", [
    # the name before the apposition is the member, never the word after it
    ("For Trask, the Republican front-runner, Florida's primary is all or nothing.", "Florida"),
    # the place after "of" is no person
    ("Senator Ned Voss of Vermont, a Democratic rival, spoke.", "Vermont"),
    # an organisation described by a party is no member
    ("Dana Wick of Fenwick Strategies, a Republican consulting firm, said so.", "Strategies"),
])
def test_apposition_names_no_wrong_member(text: str, wrong: str) -> None:
    assert wrong not in article_members(text)


def test_organisation_apposition_is_no_membership() -> None:
    assert "Partners" not in article_members("Hollis Partners, a Democratic polling firm, "
                                             "said so.")


def test_nominee_apposition_makes_a_conflict_no_race_rivalry() -> None:
    """Two Republicans, one stated the nominee by apposition: an attack between them is
    the party against its own nominee (the guideline's 1), not two race rivals."""
    text = ("Republican presidential candidate Lou Brandt spoke first.\n"
            "Mr. Trask, the presumptive Republican nominee, spoke in Reno.\n"
            "Brandt attacked Trask in the debate on Sunday.")
    row = theme_scores(text, "paragraph").iloc[-1]
    assert row[f"{PF}_present"] and RULE in str(row[f"{PF}_evidence"])


@pytest.mark.parametrize("text, surname, expected", [
    # the copula: a role after the party word, or the party word alone
    ("Ann Hale is a Labour MP.", "Hale", ("labour", False, False)),
    ("Len Dorsey is a Republican.", "Dorsey", ("republican", False, False)),
    ("Len Dorsey, who is a longtime Democrat, spoke.", "Dorsey", ("democratic", False, False)),
    ("Mo Tait was the Conservative candidate in 2010.", "Tait", ("conservative", True, False)),
    ("Bo Kell is the Democratic nominee.", "Kell", ("democratic", False, True)),
])
def test_copula_states_membership(text: str, surname: str,
                                  expected: tuple[str, bool, bool]) -> None:
    assert _members(text).get(surname) == expected, _members(text)


@pytest.mark.parametrize("text", [
    "Ohio is a Republican state.",                       # no role, no name: a place
    "Ann Hale is a Labour voter.",                       # a voter holds no party role
    "Ann Hale, a critic of Labour, spoke.",              # the party is an object
    "Ann Hale is a fan of the Tories.",
    "The question is a Republican one.",
    "Ann Hale interviewed the Labour MP for an hour.",    # an interviewer is no member
    "Ann Hale wrote of the Conservative chancellor of another era.",
])
def test_copula_counter_examples_state_no_membership(text: str) -> None:
    got = _members(text)
    assert not got, got


def test_copula_membership_reaches_a_conflict() -> None:
    """Membership stated by the copula in one paragraph; the next tells one member
    rebuking the other by surname: the same-party rule codes it."""
    text = ("Ann Hale is a Labour MP. Tom Birch, who is a Labour peer, chairs the committee.\n"
            "Hale rebuked Birch over the housing vote on Monday.")
    row = theme_scores(text, "paragraph").iloc[-1]
    assert row[f"{PF}_present"] and RULE in str(row[f"{PF}_evidence"])


@pytest.mark.parametrize("text, surname, party", [
    # a party's possessive: a given name or a role follows
    ("Labour's Diane Lott spoke in Hull.", "Lott", "labour"),
    ("The Tories' chief whip Ann Hale spoke.", "Hale", "conservative"),
    ("The GOP's presumptive nominee, Cole Barrow, spoke.", "Barrow", "republican"),
    # the party's own people named as examples
    ("Democrats, including Harry Rudd, spoke.", "Rudd", "democratic"),
    ("Democrats, including Minority Leader Harry Rudd, spoke.", "Rudd", "democratic"),
    ("Republicans, like Mr. Pike, stayed home.", "Pike", "republican"),
    ("Democrats like Mrs. Vole stayed home.", "Vole", "democratic"),
    ("Tories such as Ted Vole voted no.", "Vole", "conservative"),
])
def test_party_possessive_and_examples_state_membership(text: str, surname: str,
                                                         party: str) -> None:
    got = article_members(text)
    assert surname in got and got[surname].party == party, got


@pytest.mark.parametrize("text", [
    "Labour's policy on tax was set out on Monday.",      # no person
    "Labour's Brexit Plan was set out on Monday.",        # capitals, no given name
    "Many Republicans like Trask's plan for the border.",  # "like" the verb
    "Republicans like Trask.",
])
def test_party_possessive_counter_examples(text: str) -> None:
    got = _members(text)
    assert not got, got


@pytest.mark.parametrize("text, wrong, right", [
    # a sentence opener after a role is no name
    ("Voters met the Republican nominee. Still, Ann Hale said no.", "Still", None),
    ("Voters met the Democratic nominee. But the hall was empty.", "But", None),
    # a possessive before the letter code is the surname
    ("Sen. Ted Vole's (R-Texas) win surprised the room.", "Vole's", "Vole"),
])
def test_function_words_and_possessives_are_no_surnames(text: str, wrong: str,
                                                         right: str | None) -> None:
    got = article_members(text)
    assert wrong not in got, got
    if right is not None:
        assert right in got, got
