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

Step 2: names typed as people that are an organisation (an organisation noun in apposition,
a run opening with a given name and ending in an organisation word), a place (a fronted
clause's last word before the main subject) or a nationality (``Mexican American``).

Checked with the rules alone (``ranker="rules"``) and with the default chooser."""

from __future__ import annotations

from ranker_rows import BOTH_RANKERS, speech_row

from helpers.instruments.quotes.article import _known_by_surname_reuse
from helpers.instruments.quotes.mentions import _find_mentions, _is_person_name, _person_by_context
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
            "Dunmore raised the example of Pell welcoming Cole to his team, just as "
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
        "rich man. \u201cOwning one is like owning a box of crisps,\u201d he said.\n")
    assert speech_row(text, "Owning one", ranker)["speaker"] == "Peter Vance"


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
            "Ann Cole reads the essay as a plea for an older creed. For Jon Hale, Rusk is "
            "exposing the logic of the market. \u201cThe market has not failed them,\u201d "
            "he mocks.\n")
    assert speech_row(text, "The market has not", ranker)["speaker"] == "Jon Hale"


def test_name_after_a_determiner_and_an_adjective_modifies_a_noun() -> None:
    text = ("Walter Dunmore said Sean Hale hoped for a post in a possible Dunmore government "
            "-- which he rejected.")
    ms = _find_mentions(text, 0, len(text), text, {"dunmore", "walter dunmore"})
    modifier = [m for m in ms if m.start == text.index("Dunmore government")]
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
            "So involved is Sean Hale that two staffers said they thought Sean Hale "
            "hoped for a post in a possible Dunmore government -- a claim he rejected.\n\n"
            "But he did not deny that he speaks to Mr. Dunmore.\n\n"
            "\u201cI speak my mind,\u201d he said.\n")
    assert speech_row(text, "I speak my mind", ranker)["speaker"] == "Sean Hale"


# --- step 2: names typed as people that are an organisation, a place or a nationality ---

@BOTH_RANKERS
def test_speaker_with_an_organisation_in_apposition_is_no_later_he(ranker: str) -> None:
    text = ("Admiral Tom Harris spoke to reporters in Hawaii on Monday.\n\n"
            "\u201cIt is a bit unkind,\u201d Zorvat, the official state news agency, wrote. "
            "\u201cBut it must be said.\u201d\n\n"
            "The remarks served two aims, the admiral said. "
            "\u201cI am not sure why they say it,\u201d he said.\n")
    assert speech_row(text, "I am not sure", ranker)["speaker"] == "Tom Harris"


def test_name_before_a_fronted_clause_subject_is_no_apposition() -> None:
    """``…to rural Dorvania, his mother declined``: the noun phrase after the comma is the
    subject of the main clause (a verb follows it), not an apposition to the name."""
    narr = "After his parents returned to rural Dorvania, his mother declined to hire him."
    s = narr.index("Dorvania")
    assert not _person_by_context(narr, s, s + len("Dorvania"))


def test_name_with_a_person_in_apposition_is_still_a_person() -> None:
    """Guard: an apposition closed by a comma still marks a person."""
    narr = "Dorvan, now a banker, tells me the plan failed."
    assert _person_by_context(narr, 0, len("Dorvan"))


def test_long_run_opening_with_a_given_name_and_ending_in_an_organisation_word() -> None:
    assert not _is_person_name(("Roman", "Catholic", "Church"), set())
    assert _is_person_name(("Tom", "Hall"), set())  # guard: a two-word name keeps its surname


def test_nationality_run_is_not_known_by_a_later_lone_word() -> None:
    text = ("He argues with Mexican American reporters in Texas.\n\n"
            "American farms depend on sales to Mexico.\n")
    art = ArticleState(text, {})
    art.note_candidates(text, 0)
    _known_by_surname_reuse(art)
    assert "mexican american" not in art.known


def test_surname_reuse_still_makes_a_person() -> None:
    """Guard: ``Tomasz Wrona`` … ``Wrona laughs`` (no nationality word) stays known."""
    text = "I meet Tomasz Wrona in a cafe.\n\nWrona laughs at the question.\n"
    art = ArticleState(text, {})
    art.note_candidates(text, 0)
    _known_by_surname_reuse(art)
    assert "tomasz wrona" in art.known


# --- step 2b: a predicate noun after a copula as the antecedent ---

@BOTH_RANKERS
def test_predicate_noun_after_a_copula_is_the_he(ranker: str) -> None:
    text = ("Victor Hale has topped the county polls since the spring.\n\n"
            "At the bus depot, handing out leaflets for Victor Hale, is Colin Marsh, "
            "a retired driver who joined the effort last month. Worried about the night "
            "routes and won over by Hale's plan, he now backs the councillor.\n\n"
            "\u201cI hand out leaflets every morning,\u201d he said.\n")
    assert speech_row(text, "I hand out", ranker)["speaker"] == "Colin Marsh"


def test_name_after_a_copula_and_before_a_comma_is_a_subject() -> None:
    text = "The man behind the plan is Colin Marsh, a driver."
    ms = _find_mentions(text, 0, len(text), text, set())
    assert [m.subject for m in ms if m.surface == "Colin Marsh"] == [True]


def test_name_after_a_copula_inside_a_longer_phrase_is_no_subject() -> None:
    """Guard: only a name that ends its clause after the copula (``is Colin Marsh's
    plan`` is a possessive in a noun phrase)."""
    text = "The idea is Colin Marsh's plan for the town."
    ms = _find_mentions(text, 0, len(text), text, set())
    assert not any(m.subject for m in ms if m.surface.startswith("Colin Marsh"))
