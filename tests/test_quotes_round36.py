"""Unit tests (invented text, invented names) for the party that governs a quotation and for
relayed written sources, issue 13, round 36.

Each sentence below had, before the round, a speaker that is another party of the sentence:
a noun phrase of the reported clause (``the county judge``), the main clause's subject where
an absolute ``with Y V-ing`` governs the verb (``The Liberals``), the object of a participle
(``the Liberal leader``), a name of an introductory phrase, or the reported speaker where an
``according to`` relay opens the sentence."""

from __future__ import annotations

from helpers.instruments.quotes import extract_quotes_text
from helpers.instruments.quotes.according import relay_before_subject
from helpers.instruments.quotes.governing import (
    coordinated_clause_start,
    report_clause_before,
    with_absolute_chain,
)


def _row(text: str, words: str) -> dict:
    df = extract_quotes_text(text)
    rows = df[df["text"].str.contains(words, regex=False)]
    assert len(rows) == 1, df[["text", "speaker"]]
    return rows.iloc[0].to_dict()


def test_and_said_after_an_introductory_phrase_has_the_main_subject() -> None:
    text = ("Governor Ann Hale spoke in Dover.\n\nIn an interview with the Harbor Times, Hale "
            "doubled down on her remarks about Reed and said the county judge had \u201ca clear "
            "bias\u201d in the case.\n")
    assert _row(text, "a clear bias")["speaker"] == "Ann Hale"


def test_a_with_absolute_governs_its_coordinated_participle() -> None:
    text = ("Tom Briggs spoke on Monday.\n\nThe Liberals were quick to respond, with Ann Hale "
            "tweeting that the plan was a \u201cdisaster\u201d for the county and asking, "
            "\u201cWho will pay for the new bridge now?\u201d\n")
    assert _row(text, "Who will pay")["speaker"] == "Ann Hale"


def test_a_with_absolute_governs_its_infinitive() -> None:
    text = ("Tom Briggs spoke on Monday.\n\nThe Dale campaign has denied it, with Peter Lowe "
            "taking to the radio to call Briggs \u201cplainly confused\u201d about it.\n")
    assert _row(text, "plainly confused")["speaker"] == "Peter Lowe"


def test_a_late_report_clause_before_a_participle_is_the_cue() -> None:
    text = ("Ann Hale spoke in Dover.\n\nThe plan\u2019s \u201cexcesses\u201d are shameful, Hale "
            "said Tuesday in Dover, noting the Liberal leader \u201cmakes you despair.\u201d\n")
    row = _row(text, "excesses")
    assert row["speaker"] == "Ann Hale" and row["cue"] == "say"


def test_a_participle_after_a_report_clause_has_the_reporter() -> None:
    text = ("Ann Hale spoke.\n\nAfter the wins of Liberals Jo Reed in Dover, Ann Cole in Ely "
            "and Tom Tull in Rye, \u201cthere is a sense of urgency here,\u201d Briggs said, "
            "noting that donors feel \u201cwe must hold them at any cost.\u201d\n")
    assert _row(text, "hold them at any cost")["speaker"] == "Briggs"


def test_according_to_an_outlet_opening_the_sentence_relays_the_words() -> None:
    text = ("Ann Hale spoke in Dover.\n\nAccording to the Harbor Times, Lowe said the "
            "\u201cugliness of his words\u201d stood in contrast to the welcome.\n")
    row = _row(text, "ugliness")
    assert row["speaker"] == "the Harbor Times" and row["cue"] == "according to"


def test_according_to_a_document_before_a_particle_name() -> None:
    text = ("Omar al Hadi, 60.\n\nHadi taught at the college in Ely. According to the "
            "college\u2019s Facebook post, al Hadi said he was travelling with his wife because "
            "\u201cif anything happens to her I could not live with it.\u201d They had two sons.\n")
    row = _row(text, "if anything happens")
    assert row["speaker"] == "the college\u2019s Facebook post"
    assert row["speaker_type"] == "document"


def test_report_clause_before_needs_a_verb_of_saying_and_a_comma() -> None:
    assert report_clause_before("\x01\x01\x01 Jo Reed said, ").group("np") == "Jo Reed"
    assert report_clause_before("In Ely, \x01\x01 said Jo Reed, ").group("np") == "Jo Reed"
    assert report_clause_before("\x01\x01 Jo Reed walked out, ") is None
    assert report_clause_before("\x01\x01 Jo Reed said that ") is None


def test_with_absolute_chain_stops_at_another_clause() -> None:
    assert with_absolute_chain("X spoke, with Jo Reed writing that it was bad and ",
                               "asking").group("np") == "Jo Reed"
    # a finite verb coordinated inside the reported clause is that clause's
    assert with_absolute_chain("X spoke, with Jo Reed writing that Tom would quit and ",
                               "call") is None
    assert with_absolute_chain("X spoke, with Jo Reed writing, and ", "asking") is None


def test_coordinated_clause_start_is_the_last_comma_conjunction() -> None:
    before = "A group of pastors called for it, and the bar association criticised it and "
    assert before[coordinated_clause_start(before):].startswith("the bar association")
    assert coordinated_clause_start("Jo Reed criticised it and ") is None


def test_relay_before_subject_takes_written_sources_and_outlets_only() -> None:
    assert relay_before_subject("According to the Harbor Times, ")[0] == "the Harbor Times"
    assert relay_before_subject("Later, according to KTV News, ")[0] == "KTV News"
    assert relay_before_subject("According to the annual report, ")[0] == "the annual report"
    # a person relaying before a clause of saying leaves the words to its subject
    assert relay_before_subject("Later, according to Jo Reed, ") is None
    assert relay_before_subject("According to two people at the meeting, ") is None
    assert relay_before_subject("According to him, ") is None
    assert relay_before_subject("In Ely, ") is None


def test_the_reporter_with_an_apposition_governs_the_reported_clause() -> None:
    text = ("Tom Briggs spoke.\n\nPeter Lowe, a Liberal strategist and Ann Cole's chief adviser "
            "in her 2010 county race, said the way the Dale campaign belittled people who "
            "complained about the mayor's conduct in the 1990s ''would be fatal in a Liberal "
            "primary'' today.\n")
    assert _row(text, "would be fatal")["speaker"] == "Peter Lowe"
