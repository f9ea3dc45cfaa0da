"""Unit tests (invented text, invented names and events) for quotes round 51: speakers on
British magazine prose by four writers (developed on ``data/uk_dev1`` to ``data/uk_dev3``,
counted on ``data/uk_dev4``).

Why: British news and diary prose writes ``Privately, officials are gloomy. One described …``
(an elliptic ``one`` after a bare plural), uses role and trade nouns the person-noun list did
not hold (``the union's chief negotiator, X,``, ``one Liberal grandee``) and names the holder
of the words after a passive ``by`` or in ``the verdict of …`` before a ``he said``. Each test
below failed before its step (see the round 51 notes in ``docs/notes/real_news.md``) and
passes after it; the guards check what must not change.
"""

from __future__ import annotations

import pytest

from helpers.instruments.quotes import extract_quotes_text

RANKERS = [None, "default"]


def _speaker(text: str, words: str, ranker: str | None) -> str:
    df = extract_quotes_text(text, ranker=ranker)
    rows = df[df["text"].str.contains(words, regex=False)]
    assert len(rows) == 1, df[["text", "speaker"]]
    return str(rows.iloc[0]["speaker"])


# step 1: an elliptic one / another after a bare plural person noun of its paragraph

ELLIPTIC_AFTER_SPOKESMAN = (
    "Harbour talks drift into a second week\n\n"
    "A port authority spokesman said the timetable was “on track”. Privately, engineers are "
    "less relaxed. One described the new quay as ‘a car park with a tide timetable’.")

ELLIPTIC_BLANK = (
    "Summit ends without a communique\n\n"
    "Dutch diplomats were gloomy about the summit at Greywater Hall. One described the draft as "
    "“a shopping list with no shop”. Another said the text was “finished before it started”.")


@pytest.mark.parametrize("ranker", RANKERS)
def test_elliptic_one_takes_the_bare_plural_not_the_last_description(ranker):
    assert _speaker(ELLIPTIC_AFTER_SPOKESMAN, "car park", ranker) == "one engineer"


@pytest.mark.parametrize("ranker", RANKERS)
def test_elliptic_one_and_another_after_a_plural_subject(ranker):
    assert _speaker(ELLIPTIC_BLANK, "shopping list", ranker) == "one diplomat"
    assert _speaker(ELLIPTIC_BLANK, "finished before", ranker) == "another diplomat"


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_elliptic_one_after_a_singular_description_keeps_its_head(ranker):
    text = ("Market day in Pellow\n\n"
            "A trader near the fountain was packing up early. “Rain again,” one trader "
            "said. “Always rain,” another said.")
    assert "trader" in _speaker(text, "Always rain", ranker)


# step 2: role and trade nouns of British prose in the person-noun list

NEGOTIATOR = (
    "Fishing talks stall again\n\n"
    "The committee met on Monday and broke up within the hour.\n\n"
    "The union's chief negotiator, Wenna Trevithick, was blunt about where the fault lay. "
    "‘The owners want the quota without the crews,’ she told reporters at the harbour office.")

GRANDEE = (
    "Diary: the long lunch\n\n"
    "One Liberal grandee, who has sat through six leaders and liked two of them, muses that the "
    "party now resembles “a choir that has lost its hymn book”. Which leaders? He would not "
    "say. “Loyalty,” he told me over the cheese, “is the last luxury of the retired.”")


@pytest.mark.parametrize("ranker", RANKERS)
def test_negotiator_in_apposition_names_the_speaker(ranker):
    assert _speaker(NEGOTIATOR, "owners want", ranker) == "Wenna Trevithick"


@pytest.mark.parametrize("ranker", RANKERS)
def test_one_grandee_is_the_subject_and_the_he_after_it(ranker):
    assert _speaker(GRANDEE, "hymn book", ranker) == "one Liberal grandee"
    assert _speaker(GRANDEE, "Loyalty", ranker) == "one Liberal grandee"


# step 3: a person after a passive "by" or in "the verdict of ..." is the he/she's antecedent

TOLD_BY = (
    "Diary: the choir and the hymn sheets\n\n"
    "Synod season is over, and nobody will say what happened in Harrogate.\n\n"
    "I am told by a retired bishop that the choir spent most of Tuesday night arguing about "
    "the order of service. “It was like a wet fortnight in Rhyl,” he said, “with cassocks.”")

VERDICT_OF = (
    "Treaty talks end in Valdora\n\n"
    "The two delegations are once again arguing about grain. That, at least, was the verdict "
    "of one seasoned envoy as the talks broke up on Friday. ‘We came for a treaty,’ she said, "
    "‘and left with a menu.’")


@pytest.mark.parametrize("ranker", RANKERS)
def test_passive_by_agent_is_the_antecedent_of_he(ranker):
    assert _speaker(TOLD_BY, "wet fortnight", ranker) == "a retired bishop"


@pytest.mark.parametrize("ranker", RANKERS)
def test_verdict_of_a_person_is_the_antecedent_of_she(ranker):
    assert _speaker(VERDICT_OF, "came for a treaty", ranker) == "one seasoned envoy"


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_a_subject_before_still_wins_over_a_by_agent(ranker):
    text = ("Council row\n\n"
            "Tobias Wrenfield, the council leader, was booed by a crowd of tenants on Monday. "
            "“I will not resign,” he said.")
    assert _speaker(text, "not resign", ranker) == "Tobias Wrenfield"


# guard (step 4, tried and dropped): a name in apposition after a sentence start stays a name

@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_name_in_apposition_after_a_sentence_start(ranker):
    text = ("Harbour row\n\n"
            "Nothing moved on Monday.\n\n"
            "Jenna Holloway, a harbour pilot, said the channel was silting up. “We need a "
            "dredger by spring,” she said.")
    assert _speaker(text, "dredger", ranker) == "Jenna Holloway"


# step 4 (tidy): one list of auxiliaries for the mention reader and the modifier test

def test_one_auxiliary_list_is_shared():
    from helpers.instruments.quotes import mentions, noun_modifiers
    from helpers.instruments.quotes.lexicon import AUXILIARIES

    assert mentions._AUX is AUXILIARIES and noun_modifiers._AUX is AUXILIARIES
    assert {"being", "does", "shall"} <= AUXILIARIES
