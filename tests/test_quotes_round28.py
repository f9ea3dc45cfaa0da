"""Unit tests (invented text) for the quote rules of issue 13, round 28: a middle initial
(``Harry M. Reid``) no longer ends a full name, so the bare surname later is a known person and
a listed subject; and the three guards that change needed (round 27 found them on train):

* a report whose main figure merely holds most named attributions, in the past tense, is no
  interview in form: a ``he`` after another person named as subject earlier in the paragraph
  goes to that person, not to the main figure, even once the main figure's full name (with its
  middle initial) tells its gender; but not a subject embedded after ``that``;
* a fronted topic person (``For Jon Hale, Rusk is …. "…," he mocks``) takes the ``he`` over the
  clause subject after it;
* a name modifying a noun after a determiner and an adjective (``a possible Dunmore
  administration``) is no clause subject.

Checked with the rules alone (``ranker="rules"``) and with the default chooser."""

from __future__ import annotations

from ranker_rows import BOTH_RANKERS, speech_row

from helpers.instruments.quotes.mentions import _find_mentions
from helpers.instruments.quotes.state import ArticleState


def test_full_name_with_middle_initial_is_a_known_person() -> None:
    text = "Walter K. Dunmore spoke to us on Monday."
    art = ArticleState(text, {})
    art.note_candidates(text, 0)
    assert "dunmore" in art.known
    assert art.canonical("Dunmore", len(text)) == "Walter K. Dunmore"


def test_acronym_in_a_run_still_blocks_a_name() -> None:
    """Guard: only a single letter with a full stop is let through, not an acronym."""
    text = "Walter NATO Dunmore spoke to us on Monday."
    art = ArticleState(text, {})
    art.note_candidates(text, 0)
    assert "dunmore" not in art.known


@BOTH_RANKERS
def test_surname_of_a_middle_initial_name_is_the_pronoun_antecedent(ranker: str) -> None:
    text = ("Senate leader Walter K. Dunmore spoke to us on Monday.\n\n"
            "Dunmore raised the example of Pell inviting Cole into his circle, just as "
            "President Tom Ash did years ago. \u201cHe reached out to her,\u201d he said.\n")
    assert speech_row(text, "He reached", ranker)["speaker"] == "Walter K. Dunmore"


#: a report quoting its main figure three times in the past tense, then another person
_REPORT = ("Walter K. Dunmore bought the old jet in 2011 and kept most of its seats.\n\n"
           "\u201cIt flies well,\u201d Mr. Dunmore said on Monday.\n\n"
           "\u201cWe like it a lot,\u201d Dunmore said.\n\n"
           "\u201cIt was cheap to run,\u201d Dunmore said later.\n\n")


@BOTH_RANKERS
def test_report_main_figure_does_not_take_the_he_of_an_earlier_subject(ranker: str) -> None:
    text = _REPORT + (
        "Peter Vance, chief executive of a charter firm, said the jet was an odd choice for a "
        "rich man. \u201cBuying it is like buying a bag of crisps,\u201d he said.\n")
    assert speech_row(text, "Buying it", ranker)["speaker"] == "Peter Vance"


@BOTH_RANKERS
def test_report_main_figure_keeps_the_he_after_an_embedded_subject(ranker: str) -> None:
    """Guard: a subject after ``that`` in an earlier sentence is what the speaker talks
    about, not the ``he``."""
    text = ("Peter Vance spoke to reporters in Atlanta on Monday.\n\n"
            "\u201cI know the man,\u201d Peter Vance said.\n\n"
            "\u201cHe is fair,\u201d Vance said.\n\n"
            "\u201cI will tell them,\u201d Vance said later.\n\n"
            "Vance is on a mission to change a perception that Walter Dunmore is unfair. "
            "He believes, he said, that \u201cDunmore is a really good guy.\u201d\n")
    assert speech_row(text, "Dunmore is a really", ranker)["speaker"] == "Peter Vance"


@BOTH_RANKERS
def test_fronted_topic_person_takes_the_he_over_the_clause_subject(ranker: str) -> None:
    text = ("Kevin D. Rusk wrote an essay about poor towns last week.\n\n"
            "Ann Cole sees the piece as a return to an older creed. For Jon Hale, Rusk is "
            "exposing the logic of the market. \u201cThe market has not failed them,\u201d "
            "he mocks.\n")
    assert speech_row(text, "The market has not", ranker)["speaker"] == "Jon Hale"


def test_name_after_a_determiner_and_an_adjective_modifies_a_noun() -> None:
    text = ("Walter Dunmore said Sean Hale wanted a role in a possible Dunmore administration "
            "-- something he denied.")
    ms = _find_mentions(text, 0, len(text), text, {"dunmore", "walter dunmore"})
    modifier = [m for m in ms if m.start == text.index("Dunmore administration")]
    assert modifier and not modifier[0].subject


def test_name_after_a_determiner_and_a_noun_can_still_be_a_subject() -> None:
    """Guard: only an adjective may stand between (``the day Dunmore spoke`` keeps its
    subject)."""
    text = "Walter Dunmore came home on the day Dunmore resigned."
    ms = _find_mentions(text, 0, len(text), text, {"dunmore", "walter dunmore"})
    second = [m for m in ms if m.start == text.index("Dunmore resigned")]
    assert second and second[0].subject


@BOTH_RANKERS
def test_noun_modifier_name_does_not_take_the_he(ranker: str) -> None:
    text = ("Walter K. Dunmore has run a long campaign.\n\n"
            "So involved is Sean Hale that three aides said they believed Sean Hale "
            "wanted a role in a possible Dunmore administration -- something he denied.\n\n"
            "But he did not dispute that he talks to Mr. Dunmore.\n\n"
            "\u201cI speak my mind,\u201d he said.\n")
    assert speech_row(text, "I speak my mind", ranker)["speaker"] == "Sean Hale"
