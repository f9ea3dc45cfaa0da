"""Unit tests (invented British paragraphs, invented names and events) for quotes round 57:
review 21b's seven quotes findings (Q1-Q7).

Why: each finding is a general shape the instrument misread. ``"Good evening" began the
season`` is a title, not speech (Q1: ``begin`` is a cue only after its subject, or with a
document as subject); ``"…," she went on to the station`` is movement (Q2); a name after a
preposition is that preposition's object, not the subject (Q3: ``In a statement to the
Harwich Courier, her aide, X, said``); a poll that does not report a share of respondents is
no source (Q4); two sources can close a sentence together (Q5); ``he then argued`` has its own
subject (Q6); a collective noun of people heads a relative clause whose participle of saying
follows (Q7). Each non-guard test below fails on the commit before its step (see the round 57
notes in ``docs/notes/real_news.md``) and passes after it; the guards check what must not
change.
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

from helpers.instruments.quotes import extract_quotes_text

HEAD = "Lantern festival opens in Whitby\n\n"

# Q1 -------------------------------------------------------------------------------------

TITLE_BEGAN = HEAD + (
    "The pier was packed by six. \"Lights Over the Esk\" began the festival at the Pavilion, "
    "and the harbour lamps went out one by one.")

CHANT_BEGAN = HEAD + (
    "The lanterns rose over the bay. \"Higher\" began the chant on the quay, and the children "
    "took it up.")

SUBJECT_FIRST_BEGAN = HEAD + (
    "Perpetua Vane climbed onto the bandstand. \"Friends, neighbours, sailors,\" she began, "
    "and waited for the gulls to settle.")

MESSAGE_BEGINS = HEAD + (
    "The council sent a card to every house on the front. \"We thank you for your patience,\" "
    "begins the printed message from the harbour board.")


@pytest.mark.parametrize("ranker", RANKERS)
def test_q1_a_title_before_an_inverted_began_is_no_speech(ranker: str | None) -> None:
    row = _row(TITLE_BEGAN, "Lights Over the Esk", ranker)
    assert row["kind"] != "speech"
    assert row["cue"] != "begin"


@pytest.mark.parametrize("ranker", RANKERS)
def test_q1_a_chant_before_an_inverted_began_has_no_begin_cue(ranker: str | None) -> None:
    row = _row(CHANT_BEGAN, "Higher", ranker)
    assert row["cue"] != "begin"


@pytest.mark.parametrize("ranker", RANKERS)
def test_q1_guard_began_after_its_subject_stays_a_cue(ranker: str | None) -> None:
    row = _row(SUBJECT_FIRST_BEGAN, "Friends, neighbours", ranker)
    assert row["kind"] == "speech"
    assert row["cue"] == "begin"
    assert row["speaker"] == "Perpetua Vane"


MESSAGE_THAT_BEGINS = HEAD + (
    "The pier was closed for the night. \"Please keep to the lit path,\" begins a recorded "
    "message that plays at every gate.")


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words"), [
    (MESSAGE_BEGINS, "thank you for your patience"),
    (MESSAGE_THAT_BEGINS, "keep to the lit path"),
])
def test_q1_guard_a_message_that_begins_with_the_words_stays_a_cue(
        ranker: str | None, text: str, words: str) -> None:
    row = _row(text, words, ranker)
    assert row["kind"] == "speech"
    assert row["cue"] == "begin"


# Q2 -------------------------------------------------------------------------------------

WENT_ON_TO_A_PLACE = HEAD + (
    "Perpetua Vane packed away the last lantern. \"That is the end of it,\" she went on to "
    "the bus station, where the last coach to Scarborough was waiting.")

WENT_ON_TO_A_LISTENER = HEAD + (
    "Perpetua Vane packed away the last lantern. \"That is the end of it,\" she confessed to "
    "the harbour master. \"We cannot afford another year.\"")


@pytest.mark.parametrize("ranker", RANKERS)
def test_q2_went_on_to_a_place_is_movement_not_a_cue(ranker: str | None) -> None:
    row = _row(WENT_ON_TO_A_PLACE, "That is the end of it", ranker)
    assert row["cue"] != "go"
    assert row["attribution"] != "post-cue"


@pytest.mark.parametrize("ranker", RANKERS)
def test_q2_guard_confessed_to_a_listener_stays_a_cue(ranker: str | None) -> None:
    row = _row(WENT_ON_TO_A_LISTENER, "That is the end of it", ranker)
    assert row["kind"] == "speech"
    assert row["cue"] == "confess"
    assert row["speaker"] == "Perpetua Vane"


# Q3 -------------------------------------------------------------------------------------

def _statement(outlet: str, role: str) -> str:
    return HEAD + (
        "The festival director did not attend the opening. In a statement to "
        f"{outlet}, her {role}, Ottoline Crabb, said: \"The director has every confidence "
        "in the volunteers.\"")


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("outlet", "role"), [
    ("the Harwich Courier", "aide"),
    ("the Harwich Courier", "spokeswoman"),
    ("the Times", "senior aide"),
])
def test_q3_the_subject_after_a_prepositions_object_speaks(
        ranker: str | None, outlet: str, role: str) -> None:
    row = _row(_statement(outlet, role), "every confidence", ranker)
    assert row["speaker"] == "Ottoline Crabb"
    assert row["cue"] == "say"


@pytest.mark.parametrize("ranker", RANKERS)
def test_q3_guard_the_fronted_phrase_of_round_56_still_reads(ranker: str | None) -> None:
    row = _row(_statement("the Harwich Courier", "senior aide"), "every confidence", ranker)
    assert row["speaker"] == "Ottoline Crabb"


# Q4 -------------------------------------------------------------------------------------

POLL_BEFORE_SEMICOLON = HEAD + (
    "The Courier poll was ignored at the town hall; 58 percent of MPs said the "
    "lantern grant was \"money well spent\".")

POLL_IN_A_TIME_CLAUSE = HEAD + (
    "After the Courier poll came out on Tuesday, 58 percent of MPs said in a Commons vote "
    "that the lantern grant was \"money well spent\".")

POLL_IN_A_CONCESSION = HEAD + (
    "Despite a poll showing wide support, 58 per cent of Yorkshiremen said the "
    "lantern grant was \"beyond our means\".")

POLL_FRONTED = HEAD + (
    "The lantern grant divides the town. In a Harwich Courier poll, 58 percent of "
    "Yorkshiremen said the festival is \"worth every penny we spend on it.\" The board met.")


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words"), [
    (POLL_BEFORE_SEMICOLON, "money well spent"),
    (POLL_IN_A_TIME_CLAUSE, "money well spent"),
    (POLL_IN_A_CONCESSION, "beyond our means"),
])
def test_q4_a_poll_that_does_not_report_the_share_is_no_source(
        ranker: str | None, text: str, words: str) -> None:
    row = _row(text, words, ranker)
    assert "poll" not in row["speaker"]


@pytest.mark.parametrize("ranker", RANKERS)
def test_q4_guard_a_fronted_poll_still_reports_its_share(ranker: str | None) -> None:
    row = _row(POLL_FRONTED, "worth every penny", ranker)
    assert row["speaker"] == "a Harwich Courier poll"


# Q5 -------------------------------------------------------------------------------------

TWO_RELAYS = HEAD + (
    "The lantern grant divides the town. Perpetua Vane said the grant was \"safe for now\", "
    "according to the Harwich Courier and the Whitby Herald.")

TWO_REPORTERS = HEAD + (
    "The lantern grant divides the town. Perpetua Vane said the grant was \"safe for now\", "
    "the Harwich Courier and the Whitby Herald reported.")


@pytest.mark.parametrize("ranker", RANKERS)
def test_q5_two_relays_closing_the_sentence_speak_together(ranker: str | None) -> None:
    row = _row(TWO_RELAYS, "safe for now", ranker)
    assert row["speaker"] == "the Harwich Courier and the Whitby Herald"
    assert row["cue"] == "according to"


@pytest.mark.parametrize("ranker", RANKERS)
def test_q5_two_reporters_closing_the_sentence_speak_together(ranker: str | None) -> None:
    row = _row(TWO_REPORTERS, "safe for now", ranker)
    assert row["speaker"] == "the Harwich Courier and the Whitby Herald"
    assert row["cue"] == "report"


# Q6 -------------------------------------------------------------------------------------

THEN_AFTER_A_SUBJECT = HEAD + (
    "Mrs Vane and Mr Stott met on the quay. She said \"never\" and he then argued "
    "that \"next year\" was the better plan.")

THEN_AFTER_A_COMMA = HEAD + (
    "Perpetua Vane looked at the sky. She laughed, then added: \"Rain again.\"")


def test_q6_then_after_its_own_subject_is_no_coordinator() -> None:
    df = extract_quotes_text(THEN_AFTER_A_SUBJECT, ranker="default")
    first = df[df["text"].str.contains("never")].iloc[0]
    second = df[df["text"].str.contains("next year")].iloc[0]
    assert second["cue"] == "argue"
    assert "Vane" in first["speaker"]
    assert "Stott" in second["speaker"]


@pytest.mark.parametrize("ranker", RANKERS)
def test_q6_guard_then_after_a_comma_still_coordinates(ranker: str | None) -> None:
    row = _row(THEN_AFTER_A_COMMA, "Rain again", ranker)
    assert row["cue"] == "add"
    assert row["speaker"] == "Perpetua Vane"


# Q7 -------------------------------------------------------------------------------------

POLICE_GATHERED = HEAD + (
    "Barnaby Stott spoke outside the lifeboat station, where about 30 police had gathered, "
    "shouting \"keep the slipway clear\" at the crowd.")

PROTESTERS_GATHERED = HEAD + (
    "Barnaby Stott spoke outside the lifeboat station, where about 30 protesters had "
    "gathered, chanting \"save the slipway\" at the council.")


@pytest.mark.parametrize("ranker", RANKERS)
def test_q7_a_collective_noun_of_people_shouts_after_a_where_clause(
        ranker: str | None) -> None:
    row = _row(POLICE_GATHERED, "keep the slipway clear", ranker)
    assert row["speaker"] == "30 police"


@pytest.mark.parametrize("ranker", RANKERS)
def test_q7_guard_a_person_noun_still_chants(ranker: str | None) -> None:
    row = _row(PROTESTERS_GATHERED, "save the slipway", ranker)
    assert row["speaker"] == "30 protesters"


# Step 8 (recurrence): a one-word given name opening a clause ------------------------------

MINISTER_FIRST = (
    "Depot drivers walk out\n\n"
    "Imogen Thwaite, the transport minister, defended the timetable on Monday. \"It is a fair "
    "offer,\" she said.\n\n")

AGE_APPOSITION = MINISTER_FIRST + (
    "Beryl, 52, from Wigan, has driven the number 8 bus for 20 years. She asked that her "
    "surname not be used. \"It is not a fair offer,\" she told the Courier.")

FINITE_VERB = MINISTER_FIRST + (
    "At six in the morning, Beryl is handing out tea at the depot gate. She has driven the "
    "number 8 bus for 20 years. \"I never thought I would strike,\" she says.")

ARTICLE_APPOSITION = MINISTER_FIRST + (
    "By noon the tea had run out. Beryl, a bus driver for longer than she will say, was "
    "folding a banner. \"We will be back on Friday,\" she said.")

GIVEN_NAME_AS_WORD = MINISTER_FIRST + (
    "Grant was the word on every lip at the depot. \"The grant will not cover it,\" she said.")


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words"), [
    (AGE_APPOSITION, "not a fair offer"),
    (FINITE_VERB, "never thought"),
    (ARTICLE_APPOSITION, "back on Friday"),
])
def test_step8_a_lone_given_name_opening_a_clause_is_the_she(
        ranker: str | None, text: str, words: str) -> None:
    row = _row(text, words, ranker)
    assert row["speaker"] == "Beryl"


@pytest.mark.parametrize("ranker", RANKERS)
def test_step8_guard_a_given_name_that_is_also_a_word_is_no_person(ranker: str | None) -> None:
    row = _row(GIVEN_NAME_AS_WORD, "will not cover", ranker)
    assert row["speaker"] == "Imogen Thwaite"


# Step 8b: a given name that is also a word or a surname ----------------------------------

FIRST_USE_INSIDE = MINISTER_FIRST + (
    "At six in the morning, in the rain, Dawn is pouring tea at the depot gate. She has "
    "driven the number 8 bus for 20 years. \"I never thought I would strike,\" she says.")

FIRST_USE_APPOSITION = MINISTER_FIRST + (
    "By noon the tea had run out. Dawn, a bus driver for longer than she will say, was "
    "folding a banner. \"We will be back on Friday,\" she said.")

FIRST_USE_OPENS_SENTENCE = MINISTER_FIRST + (
    "Hope is fading at the depot gate. \"We will be back on Friday,\" she said.")


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words"), [
    (FIRST_USE_INSIDE, "never thought"),
    (FIRST_USE_APPOSITION, "back on Friday"),
])
def test_step8b_a_given_name_that_is_also_a_word_is_a_subject_inside_a_sentence(
        ranker: str | None, text: str, words: str) -> None:
    row = _row(text, words, ranker)
    assert row["speaker"] == "Dawn"


@pytest.mark.parametrize("ranker", RANKERS)
def test_step8b_guard_such_a_name_opening_a_sentence_before_a_verb_is_no_person(
        ranker: str | None) -> None:
    row = _row(FIRST_USE_OPENS_SENTENCE, "back on Friday", ranker)
    assert row["speaker"] == "Imogen Thwaite"
