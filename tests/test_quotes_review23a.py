"""Unit tests (invented text, invented names and events) for review 23a of quotes rounds 59
and 60 (``docs/notes/real_news.md``, "Review 23a"): five misfires of the rounds' new rules
on ordinary news prose. Each non-guard test fails on main ``3d5fc0e`` (the merged rounds) and
passes after the fix, with both speaker choosers unless it says otherwise; the guards check
that the rounds' own cases keep their reading.
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

# 1. Round 59 (salience.apposed_name_after): ``named`` / ``called`` introduces a name only
# after an indefinite description (``a former paratrooper named …``); after a definite one it
# is the verb of the clause, and its object is someone else.
NAMED_AS_VERB = (
    "Cabinet shuffle\n\n"
    "The prime minister named Tom Brannock, a former banker, as chancellor on Monday.\n\n"
    "\"Stability comes first,\" he said.")

# guard (round 59's shape): an indefinite description with ``named``
NAMED_AFTER_INDEFINITE = (
    "By-election\n\n"
    "Reform has chosen its candidate, a former paratrooper named Tom Brannock, for the seat.\n\n"
    "He has spent the month on the doorsteps. \"People are fed up,\" he told me.")


@pytest.mark.parametrize("ranker", RANKERS)
def test_named_after_a_definite_description_is_a_verb(ranker: str | None) -> None:
    assert _row(NAMED_AS_VERB, "Stability", ranker)["speaker"].lower() == "the prime minister"


@pytest.mark.parametrize("ranker", RANKERS)
def test_named_after_an_indefinite_description_introduces_the_name(ranker: str | None
                                                                   ) -> None:
    assert _row(NAMED_AFTER_INDEFINITE, "fed up", ranker)["speaker"] == "Tom Brannock"


# 2. Round 60 (own_sentence_subjects): the sentence's first subject is no main subject when it
# stands in a fronted subordinate clause, and a subject after ``, but`` or a semicolon opens a
# main clause of its own that a later ``he`` goes on with.
FRONTED_CLAUSE_SUBJECT = (
    "Harbour vote\n\n"
    "When Paul Lane arrived at the meeting, Tom Reed walked out, and he said the vote was "
    "\"a stitch-up from start to finish.\"")

SECOND_MAIN_CLAUSE = (
    "Harbour vote\n\n"
    "Tom Reed won the vote, but Paul Lane said the count was flawed, and he called for \"a "
    "full recount by an independent body.\"")

SEMICOLON_CLAUSE = (
    "Harbour vote\n\n"
    "Tom Reed lost the vote; Paul Lane won it, and he called the result \"a victory for the "
    "town.\"")

# guard (round 60's shape): a that-clause's subject between the main subject and ``which he``
EMBEDDED_SUBJECT = (
    "Senate race\n\n"
    "Paul Brandt spoke in Salem.\n\n"
    "He declared that if the field stayed divided, Tom Reed would win, which he called \"a "
    "disaster for the state.\"")


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words", "speaker"), [
    (FRONTED_CLAUSE_SUBJECT, "stitch-up", "Tom Reed"),
    (SECOND_MAIN_CLAUSE, "full recount", "Paul Lane"),
    (SEMICOLON_CLAUSE, "victory", "Paul Lane"),
])
def test_a_later_he_goes_on_with_the_nearest_main_clause_subject(
        ranker: str | None, text: str, words: str, speaker: str) -> None:
    assert _row(text, words, ranker)["speaker"] == speaker


@pytest.mark.parametrize("ranker", RANKERS)
def test_an_embedded_subject_is_still_passed_over(ranker: str | None) -> None:
    assert _row(EMBEDDED_SUBJECT, "disaster", ranker)["speaker"] == "Paul Brandt"


# 3. Round 59 (described_people): ``that`` right after a description is most often a
# determiner of time, not a restrictive relative clause bringing in someone else. The chooser
# already ranked the named man first here, so the test runs with the rules alone.
THAT_MORNING = (
    "Ferry subsidy\n\n"
    "Colin Harker is refusing to talk about the ferry subsidy before the budget.\n\n"
    "The Devon councillor that morning stuck to his message on fares and timetables.\n\n"
    "\"The boats must run every hour,\" he told passengers at the quay.")

# guard (round 59's shape): ``who`` after the description keeps the description
WHO_REPLACED_HIM = (
    "Ferry subsidy\n\n"
    "Colin Harker is refusing to talk about the ferry subsidy before the budget.\n\n"
    "The Devon councillor who succeeded him, however, is sticking to his message on fares.\n\n"
    "\"The boats must run every hour,\" he told passengers at the quay.")


def test_that_of_time_after_a_description_keeps_the_read_back() -> None:
    assert _row(THAT_MORNING, "every hour", None)["speaker"] == "Colin Harker"


def test_a_restrictive_who_clause_still_stops_the_read_back() -> None:
    assert _row(WHO_REPLACED_HIM, "every hour", None)["speaker"] != "Colin Harker"


# 4. Round 59 (floor_turns): ``broke in`` is mostly a burglary in news prose; a cue-less
# quotation after it is not the burglars'.
BURGLARY = (
    "Shop raided\n\n"
    "Ann Lee, who runs the corner shop, has been robbed twice. \"It is the third time this "
    "year.\"\n\n"
    "Thieves broke in again on Sunday night. \"They took the till and the cigarettes.\"")

# guard (round 59's shape): a person rising to take the floor
RISES = (
    "Council meeting\n\n"
    "Ann Lee asked about the budget. \"It is fine,\" Tom Reed said.\n\n"
    "The chairman, who had said nothing for an hour, rose to his feet. \"Order, please, "
    "members will speak through the chair.\"")


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_burglary_is_no_floor_turn(ranker: str | None) -> None:
    assert _row(BURGLARY, "took the till", ranker)["speaker"] == "Ann Lee"


@pytest.mark.parametrize("ranker", RANKERS)
def test_rising_to_ones_feet_is_still_a_floor_turn(ranker: str | None) -> None:
    assert _row(RISES, "through the chair", ranker)["speaker"].lower() == "the chairman"


# 5. Round 59 (floor_turns): an organisation that steps in or cuts a grant acts; it takes no
# floor, and the quotation after it stays with the person quoted before (the context rule).
ORGANISATION_STEPS_IN = (
    "Ferry rescue\n\n"
    "Tom Reed, who runs the ferry, said the service was close to collapse.\n\n"
    "The Treasury stepped in with a loan in March. \"Without it we would have sunk.\"")

ORGANISATION_CUTS = (
    "Museum grant\n\n"
    "Tom Reed, the curator, said the doors might close. \"We are at the edge.\"\n\n"
    "The council cut in half its grant to the museum last year. \"It was a blow we did not see "
    "coming.\"")


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words"), [
    (ORGANISATION_STEPS_IN, "would have sunk"),
    (ORGANISATION_CUTS, "did not see"),
])
def test_an_organisation_takes_no_floor(ranker: str | None, text: str, words: str) -> None:
    assert _row(text, words, ranker)["speaker"] == "Tom Reed"


# guard: a capitalised plural is people, who may rise together (the rules' reading of round 59)
PARTY_RISES = (
    "Sketch\n\n"
    "The Chancellor sat down after an hour. \"The plan is working,\" he said.\n\n"
    "The Tories rose to their feet. \"More, more, more from the front bench!\"")


def test_a_party_rising_is_still_a_floor_turn() -> None:
    assert _row(PARTY_RISES, "front bench", None)["speaker"] == "The Tories"
