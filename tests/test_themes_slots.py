"""Themes version 14: patterns written for a class of statements, with a shared party slot.

The PF cues of versions 5-12 held the phrasings they were read from ("unite the party" missed
"unify the Republican Party"). Version 14 writes the party as a codebook slot (``slots:`` in
``data/lexicons/themes.yml``, ``{party}`` in a pattern). Invented British and US sentences, each
class with counter-examples: two parties, a bill, a football club, a country.
"""

from __future__ import annotations

import pytest

from helpers.instruments.themes import CodebookError, load_codebook
from helpers.instruments.themes.matching import theme_scores

PF = "party_factionalism"

SLOT_BOOK = """
slots:
  animal: 'cat|dog'
themes:
  - id: pets
    label: Pets
    patterns: ['\\bfeed\\s+the\\s+{animal}\\b']
    exclude: ['\\bfeed\\s+the\\s+{animal}\\s+food\\b']
    provenance: test
"""


def _coded(text: str) -> tuple[bool, str]:
    """Whether the one paragraph ``text`` is coded PF under the project codebook, and the
    evidence (lower case)."""
    table = theme_scores(text, "paragraph", load_codebook())
    assert len(table) == 1
    return bool(table[f"{PF}_present"].iloc[0]), str(table[f"{PF}_evidence"].iloc[0]).lower()


def test_slot_is_expanded_in_patterns_and_excludes(tmp_path) -> None:
    path = tmp_path / "slots.yml"
    path.write_text(SLOT_BOOK, encoding="utf-8")
    book = load_codebook(path)
    scores = theme_scores("Please feed the dog.\n\nPlease feed the cat food.\n\nFeed the fish.",
                          "paragraph", book)
    assert scores["pets_present"].tolist() == [True, False, False]
    assert "{animal}" not in book["pets"].patterns[0]


def test_unknown_slot_is_a_codebook_error(tmp_path) -> None:
    path = tmp_path / "bad.yml"
    path.write_text(SLOT_BOOK.replace("  animal: ", "  pet: "), encoding="utf-8")
    with pytest.raises(CodebookError, match="unknown slot"):
        load_codebook(path)


@pytest.mark.parametrize("typo", ["{Animal}", "{animal2}"])
def test_a_mistyped_slot_is_an_error_not_literal_braces(tmp_path, typo: str) -> None:
    """A slot name with a capital or a digit is caught as unknown (a reviewer found it was left
    in the regex as literal braces, silently matching nothing); quantifiers stay regex."""
    path = tmp_path / "typo.yml"
    path.write_text(SLOT_BOOK.replace("feed\\s+the\\s+{animal}\\b", f"feed\\s+the\\s+{typo}\\b"),
                    encoding="utf-8")
    with pytest.raises(CodebookError, match="unknown slot"):
        load_codebook(path)
    path.write_text(SLOT_BOOK.replace("{animal}\\b']", "{animal}\\s{1,2}\\b']", 1),
                    encoding="utf-8")
    assert load_codebook(path)["pets"].patterns


def test_a_slot_may_use_an_earlier_slot(tmp_path) -> None:
    path = tmp_path / "nested.yml"
    path.write_text(SLOT_BOOK.replace("  animal: 'cat|dog'",
                                      "  small: 'cat'\n  animal: '{small}|dog'"), encoding="utf-8")
    book = load_codebook(path)
    assert "(?:cat)" in book["pets"].patterns[0]
    assert theme_scores("Feed the cat.", "paragraph", book)["pets_present"].iloc[0]


def test_slots_must_be_a_mapping(tmp_path) -> None:
    path = tmp_path / "bad.yml"
    path.write_text(SLOT_BOOK.replace("  animal: 'cat|dog'", "  - cat"), encoding="utf-8")
    with pytest.raises(CodebookError, match="slots must be a mapping"):
        load_codebook(path)


# (invented factional paragraph, a word of the evidence that must have fired)
V14_CUES = [
    ("The governor vowed to unify the Republican Party before the convention.", "unify"),
    ("She spent a year trying to reunite Labour after the leadership contest.", "reunite"),
    ("He united the Conservative Party after the referendum.", "united the conservative"),
    ("Only a new leader can heal the GOP.", "heal the gop"),
    ("The primary is tearing the GOP apart.", "tearing the gop apart"),
    ("The Tories were torn apart over Europe in the 1990s.", "torn apart"),
    ("Europe tore the Conservative Party apart.", "tore the conservative party apart"),
    ("The conflict over party rules dominated the first day.", "conflict over party rules"),
    ("Delegates fought a long battle over the Democratic platform.", "battle over the"),
    ("The row over Labour's rulebook went to the conference floor.", "row over labour"),
    ("The Republicans could split over immigration.", "split"),
    ("The GOP's civil war over trade is far from over.", "civil war"),
    ("This is a battle for the soul of the Republican Party.", "soul of the republican"),
    ("The Tories' identity crisis deepened after the defeat.", "identity crisis"),
    ("Republican unity is fraying after the primary.", "republican unity"),
    ("There is little unity within Labour this winter.", "unity within labour"),
    ("Critics within the GOP say the chairman must go.", "critics within the gop"),
]

# invented near misses of the same classes: two parties, a bill, a club, a country, a team
V14_COUNTER = [
    "He promised to unite the country against the Tories.",
    "The senator wants to unite Democrats and Republicans behind the bill.",
    "The new manager must unite the club after the takeover.",
    "The bill was torn apart by critics in committee.",
    "Liverpool tore the defence apart in the second half.",
    "The club was torn apart by a boardroom feud.",
    "The row over the rules of the Senate continued into the night.",
    "A battle over the rules of the game broke out among the referees.",
    "The Republicans could split the difference on spending.",
    "Voters in the north could split their tickets.",
    "Obama's critics within the Republican Party blocked the bill.",
    "The direction of Democrats in Congress on trade is unclear.",
    "Democrats seized control of the Senate in November.",
    "National unity was the theme of the speech.",
]


@pytest.mark.parametrize(("text", "evidence"), V14_CUES)
def test_v14_class_cue_codes_the_paragraph(text: str, evidence: str) -> None:
    present, found = _coded(text)
    assert present and evidence in found, (text, found)


@pytest.mark.parametrize("text", V14_COUNTER)
def test_v14_near_miss_is_not_coded(text: str) -> None:
    present, found = _coded(text)
    assert not present, (text, found)
