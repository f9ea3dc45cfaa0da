"""Given-name variants in the quote instrument (issue 13, branch wt-names28; invented text).

One person written with a pet form and with the formal given name (``Chuck Ferro`` and
``Charles Ferro``) is one canonical speaker with one id; another given name with the same
surname stays another person.
"""

from __future__ import annotations

from name_cases import assert_one_person
from name_cases import speech_rows as _speech

from helpers.instruments.quotes.speakers import canonical_speakers


def test_variant_full_names_are_one_canonical_speaker() -> None:
    out = canonical_speakers(["Chuck Ferro", "Charles Ferro", "Ferro", "Heidi Ferro"],
                             ["named"] * 4, "art")
    assert [o.canonical for o in out[:3]] == ["Chuck Ferro"] * 3
    assert out[0].speaker_id == out[1].speaker_id == out[2].speaker_id
    assert out[3].canonical == "Heidi Ferro" and out[3].speaker_id != out[0].speaker_id


def test_variant_order_decides_the_form_not_the_person() -> None:
    out = canonical_speakers(["William Quill", "Bill Quill"], ["named", "named"], "art")
    assert [o.canonical for o in out] == ["William Quill", "William Quill"]
    # a fuller form of either wins, as for one given name
    out = canonical_speakers(["Bill Quill", "William Tobin Quill"], ["named", "named"], "art")
    assert {o.canonical for o in out} == {"William Tobin Quill"}


def test_variant_in_an_article_one_id() -> None:
    text = ("Charles Ferro, the county's longest-serving judge, retired on Friday.\n\n"
            '"I have no regrets at all," said Chuck Ferro, 71.\n\n'
            '"The court will miss him deeply," said Ann Lowe, his deputy.\n\n'
            '"It was time to go," Charles Ferro told reporters.\n')
    assert_one_person(text, "Ferro", 2)


def test_namesake_with_another_given_name_stays_apart() -> None:
    text = ('"We will appeal," said Robert Ferro.\n\n'
            '"We will not," said Chuck Ferro.\n')
    q = _speech(text)
    assert q["speaker_id"].nunique() == 2


def test_unlisted_pet_form_resolves_like_its_formal_name() -> None:
    """A pet form missing from ``first_names.txt`` (invented surnames) takes the gender of its
    formal names, so ``he``/``she`` resolve as they do after the formal name."""
    from helpers.instruments.quotes.samename import given_gender

    for pet, formal in [("Nate", "Nathan"), ("Zach", "Zachary"), ("Walt", "Walter")]:
        assert given_gender(f"{pet} Quarry") == given_gender(f"{formal} Quarry") == "m"
        for text, want in [
                (f'Lisa Brandt met {pet} Quarry on Monday.\n\n"We lost the vote," he said.\n',
                 f"{pet} Quarry"),
                (f'{pet} Quarry met Lisa Brandt on Monday.\n\n"We lost the vote," she said.\n',
                 "Lisa Brandt")]:
            assert _speech(text).at[0, "speaker"] == want, text


def test_pet_form_that_is_a_surname_particle_is_not_a_given_name() -> None:
    from helpers.instruments.quotes.lexicon import _first_names

    names = _first_names()
    assert "Nate" in names and names["Nate"] == "m"
    assert "Al" not in names and "Di" not in names  # "Al Qaeda", "Di Maio": particles
