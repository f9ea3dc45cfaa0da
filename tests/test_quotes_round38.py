"""Unit tests (invented text, invented names) for pronoun Sources, issue 13, round 38.

Each end-to-end sentence below had, before the round, a pronoun resolved to another person of
the article: the interviewee of a report taking the ``he`` of a namesake named as subject
just before (``Peter Lowe also criticized …. "…," he said`` → the interviewee ``Eric
Lowe``); the ``he`` of ``added`` given to the previous speaker over a person named as subject
since (``Omar Reyes, director general …, said … which he added "…"`` → ``Tom Lind``); in an
interview, the ``she`` of a paragraph after ``Though Ms. Pell has …, …, she said`` given to
the interviewee, not to the person who opens that sentence; a description whose own
sentence names it (``The woman … identified herself … as a … resident named Marion``) left
as the description; a plural person noun capitalised at a sentence start (``Critics
should …, he told reporters``) taken as the ``he``."""

from __future__ import annotations

import pytest

from helpers.instruments.quotes import extract_quotes_text
from helpers.instruments.quotes.antecedents import named_in_sentence


def _row(text: str, words: str, ranker: str) -> dict:
    df = extract_quotes_text(text, ranker=ranker)
    rows = df[df["text"].str.contains(words, regex=False)]
    assert len(rows) == 1, df[["text", "speaker"]]
    return rows.iloc[0].to_dict()


@pytest.mark.parametrize("ranker", ["rules", "default"])
def test_a_namesake_subject_is_not_the_interviewee(ranker: str) -> None:
    # two people share the surname: the one named as subject just before the ``he`` is not
    # the interviewee, though a loose speaker match (any shared word) joined them
    text = ("Eric Lowe, the son of the candidate, said in an interview on Monday that the race "
            "was fun. \u201cWe love it,\u201d he said. \u201cEvery day is new.\u201d\n\n"
            "Eric Lowe told the paper that his father would win the state.\n\n"
            "At least one commentator liked the slogan. \u201cIt flows off the lips,\u201d "
            "wrote Larry Hale on his blog.\n\n"
            "Peter Lowe also criticized the mayor during a rally in Dover on Friday.\n\n"
            "\u201cThe mayor is a joke,\u201d he said. \u201cHe knows nothing about trade.\u201d\n")
    assert _row(text, "is a joke", ranker)["speaker"] == "Peter Lowe"
    assert _row(text, "We love it", ranker)["speaker"] == "Eric Lowe"


@pytest.mark.parametrize("ranker", ["rules", "default"])
def test_added_after_a_new_subject_is_that_subject(ranker: str) -> None:
    text = ("\u201cThe north must give up its weapons,\u201d said Tom Lind, a senior diplomat.\n\n"
            "Omar Reyes, director general of the water agency, said in a statement on Monday "
            "that the dam breaks the treaty \u2014 which he added \u201cis deeply "
            "regrettable.\u201d\n\n\u201cI urge the north to stop,\u201d he said.\n")
    assert _row(text, "deeply regrettable", ranker)["speaker"] == "Omar Reyes"
    # the previous speaker is still the ``he`` of ``added`` when nobody else is named since
    text = ("\u201cThe north must give up its weapons,\u201d said Tom Lind, a senior diplomat. "
            "\u201cIt has no choice.\u201d\n\nThe dam breaks the treaty, which he added "
            "\u201cis deeply regrettable.\u201d\n")
    assert _row(text, "deeply regrettable", ranker)["speaker"] == "Tom Lind"


@pytest.mark.parametrize("ranker", ["rules", "default"])
def test_a_pronoun_carries_on_the_name_that_opens_its_sentence(ranker: str) -> None:
    # invented wording (review 13: the first version followed a PolNeAR train article's
    # sentences with their names changed)
    text = ("Ana Ruiz, 19, started the rowing crew in 2014. \u201cIt gives us the river "
            "back,\u201d Ms. Ruiz said.\n\n\u201cWe row every morning,\u201d Ms. Ruiz said. "
            "\u201cNothing stops us.\u201d\n\nMs. Ruiz grew up in Dover. \u201cMy father thought "
            "it was mad,\u201d Ms. Ruiz said.\n\nThe rowers have watched the waterfront change. "
            "Though Ms. Pell has lived in Dover since she was a child, the new flats have "
            "brought more security guards, she said.\n\n"
            "\u201cGuards now patrol the whole towpath,\u201d she said.\n")
    assert _row(text, "Guards now", ranker)["speaker"] == "Pell"
    # a sentence that opens with no name leaves the ``she`` to the interviewee
    text = text.replace("Though Ms. Pell has lived in Dover since she was a child, the new flats",
                        "The new flats")
    assert _row(text, "Guards now", ranker)["speaker"] == "Ana Ruiz"


@pytest.mark.parametrize("ranker", ["rules", "default"])
def test_a_description_named_in_its_own_sentence(ranker: str) -> None:
    # invented wording (review 13: the first version kept a PolNeAR sentence with its names
    # changed); the full stops of ``N.H.`` inside the sentence are still part of the case
    text = ("The chant drew a rebuke from the mayor on Monday.\n\nThe woman who began the "
            "chanting identified herself to a radio reporter as a retired Dover, N.H., teacher "
            "named Marion.\n\n\u201cHe truly cares about the town,\u201d she said of the mayor.\n")
    assert _row(text, "truly cares", ranker)["speaker"] == "Marion"


def test_named_in_sentence_shapes() -> None:
    text = "The victim was a 30-year-old nurse called Ann Lee. Then"
    assert named_in_sentence(text, len("The victim")) == (42, "Ann Lee")
    text = "The man identified himself as Tom Hale, a baker."
    assert named_in_sentence(text, len("The man")) == (30, "Tom Hale")
    # a name in a later sentence is not the description's
    assert named_in_sentence("The man was angry. A woman named Ann said", 7) is None


def test_a_capitalised_plural_person_noun_is_no_he() -> None:
    text = ("Speaking in Dover, ministry spokesman Tom Hale repeated that the ministry opposed "
            "the plan.\n\nCritics should provide proof for their claims and not wave around "
            "words like \u201cmaybe\u201d and \u201cperhaps,\u201d he told reporters.\n\n"
            "\u201cThis is not serious.\u201d\n")
    assert _row(text, "perhaps", "rules")["speaker"] == "Tom Hale"
    assert _row(text, "not serious", "default")["speaker"] == "Tom Hale"
