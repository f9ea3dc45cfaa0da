"""Unit tests (invented text, invented names and events) for quotes round 59: review 22a's
leftovers of rounds 57 and 58, and British-prose classes (``docs/notes/real_news.md``, "Round
59"). Each non-guard test fails on the commit before its step and passes after it, with both
speaker choosers unless it says otherwise; the guards check what must not change.

Steps 1 and 2 change the rules' reading of a pronoun (round 58's read-back of a description);
the committed chooser ranks the named person first on these invented rows before and after the
steps (it has not been refitted on them), so their tests run with the rules alone.
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

# Step 1: a description defined by a restrictive relative clause (no comma before ``who``)
# brings in someone else: ``the Devon councillor who succeeded him`` is not the man named in
# the sentence before, so a ``he`` after it is not read back to him.
RELATIVE_CLAUSE = (
    "Ferry subsidy row deepens\n\n"
    "Colin Harker is refusing to talk about the ferry subsidy before the budget.\n\n"
    "The Devon councillor who succeeded him, however, is sticking to his message on fares "
    "and timetables.\n\n"
    "\"The boats must run every hour,\" he told passengers at the quay on Friday.")

# guard: with a comma the clause only adds to a description of the person already named
NON_RESTRICTIVE = (
    "Ferry subsidy row deepens\n\n"
    "Colin Harker is refusing to talk about the ferry subsidy before the budget.\n\n"
    "Instead, the Devon councillor, who chairs the transport panel, is sticking to his "
    "message on fares and timetables.\n\n"
    "\"The boats must run every hour,\" he told passengers at the quay on Friday.")


def test_a_description_with_a_restrictive_relative_clause_is_not_read_back() -> None:
    row = _row(RELATIVE_CLAUSE, "every hour", None)
    assert row["speaker"] != "Colin Harker"


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_non_restrictive_relative_clause_keeps_the_read_back(ranker: str | None) -> None:
    row = _row(NON_RESTRICTIVE, "every hour", ranker)
    assert row["speaker"] == "Colin Harker"


# Step 2: a role that is defined by another person (``challenger``, ``rival``, ``successor``;
# ``data/lexicons/relational_role_nouns.txt``) names the other side of that relation, not the
# person just named.
RELATIONAL_ROLE = (
    "Harbour seat debate\n\n"
    "Colin Harker spoke first about the ferry subsidy.\n\n"
    "The Liberal challenger spoke next.\n\n"
    "\"We have waited long enough for a proper service,\" he told the hall.")


def test_a_relational_role_is_not_read_back_to_the_person_before() -> None:
    row = _row(RELATIONAL_ROLE, "proper service", None)
    assert row["speaker"] != "Colin Harker"


# Step 3: a lone given name after a quotation that closed with a comma (``"…," Dawn is
# telling``) is inside a sentence: the mask hid the comma, so review 22a's sentence-start rule
# took the name for a sentence opener; the unmasked text tells the two apart.
AFTER_A_COMMA_QUOTATION = (
    "Ferry pledge\n\n"
    "The transport minister, Colin Harker, promised a decision by the spring.\n\n"
    "At the quay, the mood is different. \"We will keep the boats running whatever they "
    "decide,\" Dawn is telling anyone who stops. \"Nothing has changed for us,\" she says.")

# guard: after a quotation that ends its sentence, a name that is also a word opens one
AFTER_A_CLOSED_QUOTATION = (
    "Ferry pledge\n\n"
    "The transport minister, Colin Harker, promised a decision by the spring.\n\n"
    "\"The timetable stands.\" Hope is fading among the crews at the quay. \"We will be back "
    "on Friday,\" he said.")


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_given_name_after_a_comma_quotation_is_a_subject(ranker: str | None) -> None:
    row = _row(AFTER_A_COMMA_QUOTATION, "Nothing has changed", ranker)
    assert row["speaker"] == "Dawn"


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_word_name_after_a_closed_quotation_still_opens_a_sentence(ranker: str | None
                                                                      ) -> None:
    row = _row(AFTER_A_CLOSED_QUOTATION, "back on Friday", ranker)
    assert row["speaker"] != "Hope"


# Step 4: a participle set off by commas between a poll and its verb of finding (review 22a:
# the verb had to come within 50 characters of the poll).
POLL_WITH_PARTICIPLE = (
    "Quota row\n\n"
    "A Harbour Gazette poll of 1,500 adults, carried out for the paper by a Leeds firm over "
    "the first week of May, found that 58 percent of Cornishmen said the quota was \"a slow "
    "death for the town\".")

# guard: the verb of finding right after the poll (already the poll before the step)
POLL_WITHOUT_PARTICIPLE = (
    "Quota row\n\n"
    "A Harbour Gazette poll of 1,500 adults found that 58 percent of Cornishmen said the "
    "quota was \"a slow death for the town\".")


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize("text", [POLL_WITH_PARTICIPLE, POLL_WITHOUT_PARTICIPLE])
def test_a_poll_with_a_participle_before_its_verb_of_finding_is_the_source(
        ranker: str | None, text: str) -> None:
    row = _row(text, "slow death", ranker)
    assert row["speaker"].lower() == "a harbour gazette poll"


# Steps 6 and 6b (the count, two writers): a pronoun whose antecedent is a description apposed
# to a name takes the name: the second part of a coordinated apposition whose first part has a
# capitalised word (``the Liberal member for Harbour Ward and a former mayor``), and a
# description that introduces its name with ``named``.
COORDINATED_APPOSITION = (
    "Ferry vote\n\n"
    "Not everyone on the council benches is sure. Nora Whitlow, the Liberal member for "
    "Harbour Ward and a former mayor, has been among the more candid voices since the "
    "election. Speaking to me in the corridor afterwards, she was careful to back the plan.\n\n"
    "\"I am for the ferry, I have been for the ferry all my life,\" she said. \"But people "
    "want a bus that turns up.\"")

NAMED_AFTER = (
    "Ferry vote\n\n"
    "The Greens think they can win, and their candidate, a former paratrooper named Tom "
    "Brannock, has spent a month telling anyone who will listen that the seat is \"there for "
    "the taking\". I followed him around the estate on Friday. He is good at doors.\n\n"
    "\"What people here want is respect,\" he told me between houses. \"They have been "
    "ignored.\"")

# guard: two people, the second introduced by a description of her own after ``and``
TWO_PEOPLE = (
    "Ferry vote\n\n"
    "Tom Brannock spoke for the plan at the meeting, and a former mayor from the harbour "
    "ward spoke against it. She was blunt.\n\n"
    "\"Nobody asked the people who use the boats,\" she said.")


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words", "speaker"), [
    (COORDINATED_APPOSITION, "for the ferry all my life", "Nora Whitlow"),
    (COORDINATED_APPOSITION, "bus that turns up", "Nora Whitlow"),
    (NAMED_AFTER, "respect", "Tom Brannock"),
    (NAMED_AFTER, "ignored", "Tom Brannock")])
def test_a_description_apposed_to_a_name_is_that_person(
        ranker: str | None, text: str, words: str, speaker: str) -> None:
    assert _row(text, words, ranker)["speaker"] == speaker


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_description_coordinated_with_another_person_stays_hers(ranker: str | None) -> None:
    assert _row(TWO_PEOPLE, "use the boats", ranker)["speaker"] != "Tom Brannock"


# Step 7 (the count, two writers): a cue-less quotation that opens the sentence after one in
# which a person takes the floor (``rose to his feet``, ``intervened``;
# ``data/lexicons/floor_taking_phrases.txt``) is that person's.
FLOOR_TURNS = (
    "Sketch\n\n"
    "Rosa Quill asked whether the harbour fund was safe. \"It is safe,\" Tom Brannock said.\n\n"
    "Uproar. The Speaker, who had spent the debate with his eyes on the ceiling, rose to his "
    "feet. \"Order! Order. Members will address the chair and not each other.\"\n\n"
    "Then the Speaker intervened again, this time over a councillor with a point about "
    "nothing at all. \"Order! The member knows that points of order come at the end.\"")

# guard: a quotation with its own cue keeps its speaker
FLOOR_TURN_WITH_CUE = (
    "Sketch\n\n"
    "Rosa Quill asked whether the harbour fund was safe.\n\n"
    "Then the Speaker intervened. \"Sit down, all of you,\" Tom Brannock said.")


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize("words", ["address the chair", "come at the end"])
def test_a_quotation_after_a_floor_turn_is_the_turn_takers(ranker: str | None, words: str
                                                           ) -> None:
    assert _row(FLOOR_TURNS, words, ranker)["speaker"].lower() == "the speaker"


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_floor_turn_does_not_override_a_cue(ranker: str | None) -> None:
    assert _row(FLOOR_TURN_WITH_CUE, "Sit down", ranker)["speaker"] == "Tom Brannock"
