"""Themes version 9: a surname cue must be the person the codebook means (issue 16).

Invented text only. The codebook's top-level ``people:`` list says whom the bare-surname cues
mean; a surname written as another person's name ("Jerry Brown", "Dennis Blair", "Chelsea
Clinton") is no match, while "Brown", "Mr Brown", "Gordon Brown" and "Brown's" still are.
"""

from __future__ import annotations

import pytest

from helpers.instruments.themes import load_codebook, match_themes, paragraph_themes
from helpers.instruments.themes.codebook import DEFAULT_CODEBOOK, CodebookError
from helpers.instruments.themes.namesakes import Namesakes

SR = "special_relationship"

NAMES = Namesakes(["Gordon Brown", "Hillary Clinton", "Bill Clinton", "George W. Bush"])


def _other(sentence: str, surname: str) -> bool:
    at = sentence.index(surname)
    end = at + len(surname)
    if sentence[end:end + 2] == "'s":
        end += 2
    return NAMES.other_person(sentence, at, end)


@pytest.mark.parametrize("sentence, surname", [
    ("Jerry Brown spoke first.", "Brown"),
    ("Then Gov. Jerry Brown spoke.", "Brown"),
    ("She thanked Chelsea Clinton warmly.", "Clinton"),
    ("Jeb Bush's donors were there.", "Bush"),
    ("The senator, Ottoline Q. Brown, objected.", "Brown"),
    ("An aide to Zephyrine Brown called.", "Brown"),  # a given name no list holds
])
def test_another_persons_name_is_not_the_cue(sentence, surname):
    assert _other(sentence, surname)


@pytest.mark.parametrize("sentence, surname", [
    ("Brown spoke first.", "Brown"),
    ("Then Mr Brown spoke.", "Brown"),
    ("Then Mr. Brown spoke.", "Brown"),
    ("Gordon Brown spoke first.", "Brown"),
    ("Brown's aides spoke first.", "Brown"),
    ("Labour's Brown spoke first.", "Brown"),
    ("Former Chancellor Brown spoke.", "Brown"),
    ("When Brown spoke, nobody listened.", "Brown"),
    ("On Monday Brown spoke.", "Brown"),
    ("She met Hillary Rodham Clinton.", "Clinton"),  # a middle name before the surname
    ("She met George W. Bush.", "Bush"),  # an initial is skipped
    ("She met President Bush.", "Bush"),
    ("The talks ended.\nBrown left.", "Brown"),  # a line break ends the name
    ("Ms Chelsea spoke; Clinton left.", "Clinton"),
])
def test_the_person_meant_still_matches(sentence, surname):
    assert not _other(sentence, surname)


@pytest.mark.parametrize("sentence, surname", [
    ("Turnout in Brown County was low.", "Brown"),
    ("She lives on Clinton Street.", "Clinton"),
    ("He teaches at Brown University.", "Brown"),
    ("The rally at Clinton Middle School was full.", "Clinton"),
])
def test_a_surname_before_a_place_noun_is_a_place(sentence, surname):
    assert _other(sentence, surname)


@pytest.mark.parametrize("sentence, surname", [
    ("The Brown Government fell.", "Brown"),  # a person's government is the person
    ("Brown's County Durham seat was safe.", "Brown"),  # a possessive: the person
    ("Clinton Street-fighting tactics.", "Clinton"),  # not a listed place noun
    ("Brown county officials", "Brown"),  # lower case: no proper place name
])
def test_a_surname_before_other_words_is_still_the_person(sentence, surname):
    assert not _other(sentence, surname)


def test_a_place_beside_the_other_country_does_not_code_the_relationship():
    assert not _sr_present("Voters in Brown County backed Clinton by a wide margin.")
    assert _sr_present("Brown backed Clinton by a wide margin.")


def test_an_unlisted_surname_is_never_tested():
    assert not NAMES.other_person("Jerry Smith spoke.", 6, 11)
    assert not NAMES.other_person("Jerry Brownlow spoke.", 6, 14)


def test_a_person_needs_a_given_name():
    with pytest.raises(ValueError, match="Brown"):
        Namesakes(["Brown"])


def _sr_present(text: str, codebook=None) -> bool:
    return bool(paragraph_themes(text, codebook)[f"{SR}_present"].iloc[0])


# a US story: the surname cues of the UK side belong to American namesakes
NAMESAKE_PARAGRAPHS = [
    "California Gov. Jerry Brown met Bill Clinton at the White House.",
    "Dennis Blair briefed Congress on the budget.",
    "Sen. Sherwin Cameron of Ohio praised the Pentagon's plan.",
    "An interview with Gwendolyn Thatcher ran in the Washington paper.",
]


@pytest.mark.parametrize("text", NAMESAKE_PARAGRAPHS)
def test_a_namesake_does_not_code_the_relationship(text, tmp_path):
    assert not _sr_present(text)
    # the same codebook without its ``people:`` list codes it: the mechanism decides
    raw = DEFAULT_CODEBOOK.read_text(encoding="utf-8")
    head, rest = raw.split("\npeople:\n", 1)
    without = tmp_path / "themes.yml"
    without.write_text(head + "\n" + rest[rest.index("themes:\n"):], encoding="utf-8")
    assert not load_codebook(without).namesakes
    assert _sr_present(text, without)


@pytest.mark.parametrize("text", [
    "Brown met Bill Clinton at the White House.",
    "Gordon Brown met Bill Clinton at the White House.",
    "Mr Brown's aides met officials at the White House.",
    "Prime Minister Gordon Brown flew to Washington.",
    "Blair briefed Congress on the war.",
    "Tony Blair briefed Congress on the war.",
    "Britain's envoy met Hillary Clinton.",
    "Britain's envoy met Hillary Rodham Clinton.",
])
def test_the_person_meant_still_codes_it(text):
    assert _sr_present(text)


def test_a_relative_is_another_person():
    """Chelsea Clinton is not the Clinton the cue means (documented choice)."""
    assert not _sr_present("Britain's envoy met Chelsea Clinton.")
    assert _sr_present("Britain's envoy met Bill Clinton.")


def test_the_dropped_match_leaves_no_evidence():
    m = match_themes("Jerry Brown met officials in Washington.")
    assert not ((m["theme"] == SR) & m["text"].str.contains("Brown")).any()


def test_default_codebook_lists_the_people_of_its_surname_cues():
    given = load_codebook().namesakes.given
    for surname, first in [("Brown", "Gordon"), ("Blair", "Tony"), ("Clinton", "Bill"),
                           ("Clinton", "Hillary"), ("Bush", "George"), ("Cameron", "David")]:
        assert first in given[surname]
    assert "Chelsea" not in given["Clinton"]


def test_a_one_word_person_is_a_codebook_error(tmp_path):
    path = tmp_path / "themes.yml"
    path.write_text("people: [Brown]\nthemes:\n  - id: t\n    terms: [x]\n", encoding="utf-8")
    with pytest.raises(CodebookError, match=str(path)):
        load_codebook(path)
