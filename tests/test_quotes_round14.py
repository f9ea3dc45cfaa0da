"""Unit tests (invented text) for the quote rules of issue 13, round 14: speakers of an inverted
post-cue (``"…," said the designer``, ``"…," says a source close to the talks``)."""

from __future__ import annotations

from helpers.instruments.quotes import extract_quotes_text
from helpers.instruments.quotes.postcues import inverted_description
from tests.test_quotes_round13 import _row


def test_a_source_with_a_post_modifier_after_said_is_the_speaker() -> None:
    # "…," says a source involved in …: before round 14 the head was read at the end of the
    # phrase ("creation"), the phrase was refused, and the quotation went as cue-less context
    # to the person named in the paragraph before
    text = ("Mark Dunn spoke at length on Monday. \"We will see,\" Dunn said.\n\n"
            "\"It is a way to take part without backing him,\" says a source involved in the "
            "fund's creation.\n")
    r = _row(text, "It is a way")
    assert (r.speaker, r.cue, r.attribution) == ("a source", "say", "post-cue")


def test_a_source_close_to_the_talks_after_said_is_the_speaker() -> None:
    text = ("Mark Dunn spoke at length on Monday. \"We will see,\" Dunn said.\n\n"
            "\"Nothing is agreed until everything is agreed,\" said a source close to the talks.\n")
    r = _row(text, "Nothing is agreed")
    assert (r.speaker, r.attribution) == ("a source", "post-cue")


def test_inverted_description_cuts_at_the_post_modifier_and_refuses_times() -> None:
    assert inverted_description("a source close to the talks") == "a source"
    assert inverted_description("the designer, who works for a rival") == "the designer"
    assert inverted_description("the next day") == ""  # "…," said the next day: a time
    assert inverted_description("Tom Reed") == ""  # a name is not this rule's business
    assert inverted_description("the") == ""


def test_a_name_closing_the_sentence_after_narration_is_the_speaker() -> None:
    # "…" for the win, Sanders said.: before round 14 only a pronoun was taken late in the
    # sentence; the quotation went as context to the person of the paragraph before
    text = ("Ann Lowe campaigned hard in the county.\n\n"
            "\"Let me thank the volunteers who worked so hard\" for the win, Joe Marsh said. "
            "He spoke for ten minutes.\n")
    r = _row(text, "Let me thank")
    assert (r.speaker, r.cue, r.attribution) == ("Joe Marsh", "say", "sentence-cue")


def test_an_inverted_cue_closing_the_sentence_after_narration_is_the_speaker() -> None:
    text = ("Ann Lowe spoke about prices on Monday.\n\n"
            "Buyers feel \"less sure of the future\" after the turmoil in markets, said Ben "
            "Ortiz, an economist at a bank.\n")
    r = _row(text, "less sure")
    assert (r.speaker, r.cue) == ("Ben Ortiz", "say")


def test_a_late_name_that_starts_a_new_clause_is_not_taken() -> None:
    # the speech verb must close the sentence: "…, Joe Marsh said he would …" is a report of
    # what Marsh said, not an attribution of the quotation before it
    # a guard of the rules' clause boundary, so the rules alone: the learned chooser (the
    # default since ranker round 6) gives the piece to the late name, a reading no guideline
    # excludes (a borderline case in ranker rounds 4-6)
    text = ("Ann Lowe campaigned hard in the county.\n\n"
            "\"Let me thank the volunteers who worked so hard\" for the win, Joe Marsh said "
            "he would run again next year in the same county.\n")
    q = extract_quotes_text(text, ranker="rules")
    r = q[(q["kind"] == "speech") & q["text"].str.startswith("Let me thank")].iloc[0]
    assert r.speaker != "Joe Marsh"


def test_a_name_of_an_organisation_before_the_verb_is_the_speaker() -> None:
    # "…," Jo Lee of the Martin Center for Studies wrote: before round 14 no post-cue pattern
    # allowed "of" + an organisation's name between the name and the verb
    text = ("Ann Lowe and Ben Ortiz wrote a long paper in May.\n\n"
            "\"A staged device would be a stretch for them,\" Jo Lee of the Martin Center for "
            "Weapon Studies wrote in June.\n")
    r = _row(text, "A staged device")
    assert (r.speaker, r.cue, r.attribution) == ("Jo Lee", "write", "post-cue")


def test_a_description_with_an_unlisted_head_and_a_name_in_apposition() -> None:
    # "…," the assailant, John Reed, told …: the name is the speaker whatever the description's
    # head (before round 14 the head had to be a listed person noun)
    text = ("Ann Lowe was hurt at the rally on Friday.\n\n"
            "\"She had it coming,\" the assailant, John Reed, told a television program.\n")
    r = _row(text, "She had it coming")
    assert (r.speaker, r.cue) == ("John Reed", "tell")


def test_a_sentence_before_the_name_is_no_description() -> None:
    # the apposition rule must not read "the request. A short time later" as a description
    # (a first version did, and gave the quotation to the name of the next sentence)
    assert inverted_description("the request. A short time later") == ""
    assert inverted_description("the assailant") == "the assailant"


def test_said_followed_by_a_colon_and_more_narration_is_a_post_cue() -> None:
    # "…," Rubio said: That …: the colon does not announce a quotation here (narration
    # follows), so the cue belongs to the quotation before it
    text = ("Ann Lowe spoke first at the debate.\n\n"
            "\"This is the lie his campaign is built on,\" Joe Marsh said: that his rival is "
            "more careful than anyone else.\n")
    r = _row(text, "This is the lie")
    assert (r.speaker, r.attribution) == ("Joe Marsh", "post-cue")


def test_according_to_a_study_with_a_time_after_it() -> None:
    # before round 14 "a study last year by …" was read with the head "year" and refused; the
    # quotation went as context to the person named before it
    text = ("Mary Cole, the minister, praised the levy on Monday.\n\n"
            "It cut emissions with \"negligible effects on growth,\" according to a study last "
            "year by two economists.\n")
    r = _row(text, "negligible effects")
    assert (r.speaker, r.cue) == ("a study", "according to")


def test_according_to_earlier_in_the_sentence() -> None:
    text = ("Steve Bond, a former aide, spoke first.\n\n"
            "Over the long term, according to the budget office, the rise in debt \"is mainly "
            "due to an older population.\"\n")
    r = _row(text, "is mainly due")
    assert (r.speaker, r.cue) == ("the budget office", "according to")


def test_according_to_followed_by_a_speech_verb_gives_way_to_the_verb() -> None:
    # "According to the poll, Ann Lowe said …": the speech verb after it names the speaker
    text = ("Steve Bond, a former aide, spoke first.\n\n"
            "According to the poll, which was taken in May, Ann Lowe said the race was \"wide "
            "open.\"\n")
    r = _row(text, "wide open")
    assert r.speaker == "Ann Lowe"


def test_in_someones_words_and_as_someone_put_it_with_an_apposition() -> None:
    text = ("Steve Bond, a senator, spoke first.\n\n"
            "The forum met there because, in Carla Diaz's words, \"they are the most inventive "
            "places on the planet.\"\n\n"
            "Or, as Tom Hale, a former minister of the interior, put it: \"The wolves are inside "
            "the gate.\"\n")
    assert _row(text, "they are the most").speaker == "Carla Diaz"
    assert _row(text, "The wolves").speaker == "Tom Hale"
