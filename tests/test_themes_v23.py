"""Themes version 23: a title-case headline is not a party label (issue 16).

Membership (:mod:`helpers.instruments.themes.membership`) read a capitalised run such as
"... List of Conservatives Rebuking X as He ..." as "Conservative X". A party word in a run with
no lower-case word of running text near it (a headline, quoted or on its own line) states no
membership. Every sentence here is invented; each headline has a running-text counterpart
that still states the membership.
"""

from __future__ import annotations

import pytest

from helpers.instruments.themes.membership import article_members


@pytest.mark.parametrize("text, wrong", [
    # US: a quoted title-case headline inside running text
    ('Her team sent an email stating, "Senator Ada Pell Joins Long List of Republicans '
     'Rebuking Ivo Carrow as He Wins Nomination."', "Carrow"),
    # US: a title-case heading on its own line inside the body
    ("The race tightened in May.\n\nMore Republicans Rebuking Ivo Carrow as He Wins\n\n"
     "Most of them spoke on Monday.", "Carrow"),
    # UK: a quoted headline inside running text
    ('The paper ran "Growing Band of Tories Backing Hollis Grant as Leader Falters" on '
     'Monday.', "Grant"),
    # UK: a quoted headline after a colon (the run would even take "Quits" for the surname)
    ('The front page read: "Defiant Labour Backbencher Hollis Grant Quits as Whip".', "Quits"),
])
def test_headline_states_no_membership(text: str, wrong: str) -> None:
    assert wrong not in article_members(text), article_members(text)


@pytest.mark.parametrize("text, surname, party", [
    ('Her team sent an email about Republican Sen. Ivo Carrow, who had won.', "Carrow",
     "republican"),
    ("The memo from Republican Sen. Ivo Carrow arrived late.", "Carrow", "republican"),
    ('The paper said "Tory MP Hollis Grant" had quit the party.', "Grant", "conservative"),
    ("Tory MP Hollis Grant voted against the budget.", "Grant", "conservative"),
    ("Labour MP Hollis Grant deserted the leader.", "Grant", "labour"),
    ("Democratic National Committee Chair Rosa Vance spoke.", "Vance", "democratic"),
])
def test_running_text_label_still_states_membership(text: str, surname: str,
                                                    party: str) -> None:
    members = article_members(text)
    assert surname in members and members[surname].party == party, members
