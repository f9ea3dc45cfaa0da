"""Unit tests (invented text, invented names and places) for the clause that governs a
quotation, issue 13, round 37.

Each sentence below had, before the round, a speaker from another clause than the one whose
verb or noun of saying governs the quotation: the reporter where an ``according to`` relay
opens a pre-cue or post-cue sentence (the sentence cue already gave it to the relay), the
possessor where a relay names a possessed text (``Lowe's memoir``), the reporter where the
relay's agent puts a recording out, the main clause's post-cue after a subordinate clause
that says the words, the sentence's first noun phrase for a verb coordinated in a relative
clause, the main clause's subject for a cue noun's relative clause, and the sentence's
subject for the possessor of a noun of saying."""

from __future__ import annotations

from helpers.instruments.quotes import extract_quotes_text
from helpers.instruments.quotes.according import swallowed_relay
from helpers.instruments.quotes.governing import (
    opens_relative_clause,
    possessed_saying_noun,
    relative_clause_and,
    subordinate_cue,
)


def _row(text: str, words: str, ranker: str = "rules") -> dict:
    df = extract_quotes_text(text, ranker=ranker)
    rows = df[df["text"].str.contains(words, regex=False)]
    assert len(rows) == 1, df[["text", "speaker"]]
    return rows.iloc[0].to_dict()


def test_a_relay_opening_a_pre_cue_sentence_is_the_speaker() -> None:
    text = ("Ann Hale spoke in Dover.\n\nAccording to the Gazette, Tom Briggs said: \u201cThe "
            "bridge is falling apart.\u201d\n")
    row = _row(text, "falling apart")
    assert (row["speaker"], row["cue"]) == ("the Gazette", "according to")


def test_a_relay_opening_a_post_cue_sentence_is_the_speaker() -> None:
    text = ("Ann Hale spoke in Dover.\n\nAccording to the Gazette, \u201cthe pier is unsafe,"
            "\u201d Tom Briggs said.\n")
    row = _row(text, "pier is unsafe")
    assert (row["speaker"], row["cue"]) == ("the Gazette", "according to")


def test_a_relay_after_a_quotation_names_the_possessed_text() -> None:
    text = ("Tom Briggs spoke.\n\nYears later she called the lunch a \u201cslow-motion car "
            "crash,\u201d according to Lowe\u2019s memoir.\n")
    assert _row(text, "car crash")["speaker"] == "Lowe\u2019s memoir"


def test_the_agent_of_a_reduced_relative_in_a_relay_is_the_speaker() -> None:
    text = ("Tom Briggs spoke.\n\n\u201cWe must act,\u201d Hale told farmers in Ely on Friday, "
            "according to audio released by Ely Community Radio.\n")
    assert _row(text, "We must act")["speaker"] == "Ely Community Radio"


def test_a_subject_that_swallowed_the_relay_is_cut_at_its_comma() -> None:
    text = ("Ann Hale spoke in Dover.\n\nAccording to the report, the harbour board said the "
            "pier was \u201cunsafe.\u201d\n")
    row = _row(text, "unsafe")
    assert row["speaker_mention"] == "the report"
    assert swallowed_relay("According to ", "the report, the harbour board") == len("the report, ")
    assert swallowed_relay("Later ", "the report, the harbour board") == 0


def test_a_subordinate_clause_that_says_the_words_beats_the_main_post_cue() -> None:
    text = ("Tom Briggs spoke.\n\nWhen someone in the crowd shouted, \u201cLowe,\u201d Briggs "
            "joked, again in a funny voice, \u201cCome on up!\u201d\n")
    assert _row(text, "Lowe,")["speaker"] == "someone"
    assert _row(text, "Come on up")["speaker"] == "Tom Briggs"
    text = ("Tom Briggs spoke.\n\nBut even as Hale insisted on Sunday that \u201cthe old council "
            "broke the rules every week,\u201d a lawyer for the old council said the minutes "
            "showed nothing of the kind.\n")
    assert _row(text, "broke the rules")["speaker"] == "Hale"
    assert subordinate_cue("When someone in the crowd shouted, ") is not None
    assert subordinate_cue("When the rain stopped, ") is None


def test_a_verb_coordinated_in_a_relative_clause_has_that_clause_subject() -> None:
    text = ("Tom Briggs spoke.\n\nAnd the Coastal Fisheries Treaty, which Briggs had labelled a "
            "\u201cbetrayal\u201d and promised to \u201ctear up\u201d? The candidate talked "
            "about the weather instead.\n")
    assert _row(text, "tear up")["speaker"] == "Tom Briggs"
    m = relative_clause_and("the pact, which Jo Reed had called a \x01\x01 and ")
    assert m is not None and m.group("np") == "Jo Reed"
    assert relative_clause_and("the pact, which Jo Reed had called bad, and ") is None


def test_the_subject_of_a_cue_noun_relative_clause_speaks() -> None:
    text = ("Ann Hale spoke in Dover.\n\nThe mayor herself took to the radio on Monday during "
            "an interview with the Dover station, in which Hale expressed confidence that the "
            "bridge would cause no trouble \u201cfor anyone who lives in the county.\u201d\n")
    assert _row(text, "lives in the county")["speaker"] == "Ann Hale"
    s = "an interview, in which Jo Reed"
    assert opens_relative_clause(s, s.index("Jo"))


def test_the_possessor_of_a_noun_of_saying_speaks_its_complement() -> None:
    text = ("Tom Briggs spoke.\n\nOn Monday Ely Watch chief Tom Briggs called Hale\u2019s "
            "assertion of a \u201cright of way\u201d across the common \u201cdeeply "
            "troubling.\u201d\n")
    assert _row(text, "right of way")["speaker"] == "Hale"
    assert _row(text, "deeply troubling")["speaker"] == "Tom Briggs"
    text = ("Tom Briggs spoke.\n\nBriggs said Hale\u2019s remarks about the plan were \u201ca "
            "waste of time.\u201d Ann Hale\u2019s conclusion that the acts were \u201cvery "
            "careless\u201d stood.\n")
    assert _row(text, "waste of time")["speaker"] == "Tom Briggs"  # the predicate: the reporter
    assert _row(text, "very careless")["speaker"] == "Ann Hale"
    assert possessed_saying_noun("Reed\u2019s remarks about the plan were ") is None
