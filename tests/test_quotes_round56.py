"""Unit tests (invented text, invented names and events) for quotes round 56: speakers that
were never offered on train C. The source that closes the sentence of a sentence-cue
quotation (step 1), the poll whose respondents answer (step 2), the subject after a fronted
phrase that holds a place or an outlet (step 3), the speakers a participle phrase hides
(step 4), the name after an organisation's role in an inverted post-cue (step 5).

Why: PolNeAR annotates only the outermost attribution, and the project follows that
convention since round 23 (``"…," X said, according to Y``: Y). A quotation inside a
sentence whose verb of saying stands before it (``X said he was "…" …``) and which closes on
``, according to Y.`` or ``, Y reported.`` is Y's report; before the round the sentence cue
gave it to X. Likewise ``In a Y poll, 61 percent of voters said "…"`` is the poll's
finding (step 2). ``In a statement to the Y, her aide, X, said: "…"`` is X's, not Y's
(step 3). Each non-guard test below fails before its step (see the round 56 notes in
``docs/notes/real_news.md``) and passes after it; the guards check what must not change.
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

from helpers.instruments.quotes.closing_reporters import closing_reporter

RELAY_CLOSES = (
    "Harbour mayor backs ferry plan\n\n"
    "The ferry vote is set for next week. On Friday, Mayor Odile Varga said she was "
    "\"ready to sign\" the ferry contract at once, according to the Corran Gazette. "
    "The council will meet on Tuesday.")

REPORTER_CLOSES = (
    "Harbour mayor backs ferry plan\n\n"
    "The ferry vote is set for next week. Odile Varga welcomed the vote, saying the plan "
    "was \"a fair deal for the islands\" and hinting that she might stand again, the Corran "
    "Gazette reported. The council will meet on Tuesday.")

SENTENCE_ENDS_INSIDE = (
    "Harbour mayor backs ferry plan\n\n"
    "Odile Varga posted a note that read, \"The ferry contract is ready to sign.\" The "
    "meaning, according to her deputy, is that the vote is a formality.")

NO_OUTER_SOURCE = (
    "Harbour mayor backs ferry plan\n\n"
    "The ferry vote is set for next week. Odile Varga said she was \"ready to sign\" the "
    "ferry contract at once. The council will meet on Tuesday.")


@pytest.mark.parametrize("ranker", RANKERS)
def test_an_according_to_relay_closing_the_sentence_speaks(ranker: str | None) -> None:
    row = _row(RELAY_CLOSES, "ready to sign", ranker)
    assert row["speaker"] == "the Corran Gazette"
    assert row["cue"] == "according to"


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_report_clause_closing_the_sentence_speaks(ranker: str | None) -> None:
    row = _row(REPORTER_CLOSES, "a fair deal", ranker)
    assert row["speaker"] == "the Corran Gazette"
    assert row["cue"] == "report"


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_without_an_outer_source_the_subject_speaks(ranker: str | None) -> None:
    row = _row(NO_OUTER_SOURCE, "ready to sign", ranker)
    assert row["speaker"] == "Odile Varga"
    assert row["cue"] == "say"


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_a_relay_in_the_next_sentence_is_not_read(ranker: str | None) -> None:
    row = _row(SENTENCE_ENDS_INSIDE, "ready to sign", ranker)
    assert row["speaker"] == "Odile Varga"


POLL_FRONTED = (
    "Ferry fares split the islands\n\n"
    "Ferry fares split the islands. In an October Corran Gazette poll, 61 percent of "
    "Islanders said the ferry service is \"worth every cent we pay for it.\" The council met.")

SURVEY_FINDS = (
    "Ferry fares split the islands\n\n"
    "Ferry fares split the islands. The Gazette survey also finds that, while six in 10 "
    "Islanders say the fares are \"far too high for the families who live here,\" most still "
    "use the ferry.")

SHARE_WITHOUT_POLL = (
    "Ferry fares split the islands\n\n"
    "Ferry fares split the islands. The council asked Islanders about the fares, to which 21 "
    "percent said \"far too high for the families who live here.\"")


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_poll_named_before_a_share_of_respondents_speaks(ranker: str | None) -> None:
    row = _row(POLL_FRONTED, "worth every cent", ranker)
    assert row["speaker"] == "an October Corran Gazette poll"


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_survey_that_finds_a_share_saying_speaks(ranker: str | None) -> None:
    row = _row(SURVEY_FINDS, "far too high", ranker)
    assert row["speaker"] == "The Gazette survey"


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_a_share_with_no_poll_in_its_sentence_speaks(ranker: str | None) -> None:
    row = _row(SHARE_WITHOUT_POLL, "far too high", ranker)
    assert row["speaker"] == "21 percent"


FRONTED_OUTLET = (
    "Harbour mayor backs ferry plan\n\n"
    "The mayor came late. In a statement to the Corran Gazette, her senior aide, Tamsin "
    "Orrey, said: \"The mayor backs the ferry.\"")

FRONTED_PLACE = (
    "Harbour mayor backs ferry plan\n\n"
    "The mayor came late. Speaking at a town hall in Corran, Kestrel Bay, Odile Varga went "
    "after Hal Ruane, calling him \"a total stiff.\"")

FRONTED_NO_NAME = (
    "Harbour mayor backs ferry plan\n\n"
    "The mayor came late. After the vote, the Corran Gazette said: \"The ferry is ready.\"")


@pytest.mark.parametrize("ranker", RANKERS)
def test_the_subject_after_a_fronted_phrase_with_an_outlet_speaks(ranker: str | None) -> None:
    row = _row(FRONTED_OUTLET, "backs the ferry", ranker)
    assert row["speaker"] == "Tamsin Orrey"


@pytest.mark.parametrize("ranker", RANKERS)
def test_the_subject_after_a_fronted_city_and_state_speaks(ranker: str | None) -> None:
    row = _row(FRONTED_PLACE, "total stiff", ranker)
    assert row["speaker"] == "Odile Varga"


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_an_outlet_subject_after_a_fronted_phrase_keeps_speaking(
        ranker: str | None) -> None:
    row = _row(FRONTED_NO_NAME, "ferry is ready", ranker)
    assert row["speaker"] == "Corran Gazette"


LISTENER_IN_MODIFIER = (
    "Harbour mayor backs ferry plan\n\n"
    "The mayor came late. Another council source speaking to the Corran Gazette said, \"The "
    "ferry deal is done.\"")

PARTICIPLE_AFTER_RELATIVE = (
    "Harbour mayor backs ferry plan\n\n"
    "The mayor spoke at the quay. Odile Varga spoke near the old ferry office, where about 40 "
    "protesters had gathered on Monday morning, chanting \"no boat, no vote\" after the "
    "council failed to act.")

PARTICIPLE_AFTER_MAIN_CLAUSE = (
    "Harbour mayor backs ferry plan\n\n"
    "The mayor spoke at the quay. Odile Varga stood near the old ferry office on Monday "
    "morning, saying \"no boat, no vote\" after the council failed to act.")


@pytest.mark.parametrize("ranker", RANKERS)
def test_the_subject_before_a_participle_modifier_speaks(ranker: str | None) -> None:
    row = _row(LISTENER_IN_MODIFIER, "ferry deal is done", ranker)
    assert row["speaker"] == "another council source"


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_participle_after_a_relative_clause_takes_its_subject(ranker: str | None) -> None:
    row = _row(PARTICIPLE_AFTER_RELATIVE, "no boat", ranker)
    assert row["speaker"] == "40 protesters"


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_a_participle_after_the_main_clause_takes_its_subject(
        ranker: str | None) -> None:
    row = _row(PARTICIPLE_AFTER_MAIN_CLAUSE, "no boat", ranker)
    assert row["speaker"] == "Odile Varga"


ROLE_AFTER_ORGANISATION = (
    "Ferry deal signed\n\n"
    "The ferry deal was signed. \"It was a sizable purchase of boats,\" said K9 president "
    "Bruce Hale, who declined to give a price.")

ROLE_AFTER_NAME = (
    "Ferry deal signed\n\n"
    "The ferry deal was signed. \"It was a sizable purchase,\" said Bruce Hale, the Acme "
    "president.")


@pytest.mark.parametrize("ranker", RANKERS)
def test_the_name_after_an_organisation_role_speaks(ranker: str | None) -> None:
    row = _row(ROLE_AFTER_ORGANISATION, "sizable purchase", ranker)
    assert row["speaker"] == "Bruce Hale"


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_a_name_before_its_role_keeps_speaking(ranker: str | None) -> None:
    row = _row(ROLE_AFTER_NAME, "sizable purchase", ranker)
    assert row["speaker"] == "Bruce Hale"


ROLE_BEFORE_TITLE = (
    "Ferry deal signed\n\n"
    "The ferry deal was signed. \"I do not see how the storm would change the plan,\" said "
    "Admiralty spokesman Navy Capt. Jo Hale.")


@pytest.mark.parametrize("ranker", RANKERS)
def test_guard_a_title_cut_at_its_dot_is_no_name(ranker: str | None) -> None:
    row = _row(ROLE_BEFORE_TITLE, "the storm", ranker)
    assert row["speaker"] != "Navy Capt"


class _Span:
    """The one span field :func:`closing_reporter` reads."""

    open_pos = 40


class _Row:
    """A stand-in for a quote row: the fields :func:`closing_reporter` reads and sets."""

    def __init__(self, attribution: str, cue: str) -> None:
        self.attribution, self.cue, self.cue_start, self.cue_end = attribution, cue, 12, 16
        self.span = _Span()
        self.np, self.np_start, self.np_end = "Odile Varga", 0, 11


RELAY_TAIL = " at once, according to the Corran Gazette. The council met."


def test_a_sentence_cue_row_takes_the_relay() -> None:
    row = _Row("sentence-cue", "say")
    assert closing_reporter(row, RELAY_TAIL, 50)  # type: ignore[arg-type]
    assert row.np == "the Corran Gazette"
    assert row.np_start == 50 + RELAY_TAIL.index("the Corran")


def test_guard_rows_of_other_routes_are_left_alone() -> None:
    row = _Row("post-cue", "say")
    assert not closing_reporter(row, RELAY_TAIL, 50)  # type: ignore[arg-type]
    assert row.np == "Odile Varga"


def test_guard_a_naming_verb_gets_no_relay() -> None:
    """``the town, called the "Stepping Stones" by the fishermen, …, according to Y``: the
    relay attributes the main clause, not the name the adjunct gives (train B)."""
    row = _Row("sentence-cue", "call")
    assert not closing_reporter(row, RELAY_TAIL, 50)  # type: ignore[arg-type]
    assert row.np == "Odile Varga"
