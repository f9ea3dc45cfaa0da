"""Unit tests (invented text) for the quote rules of issue 13, round 22: organisations and
written sources as speakers — a proper name with its article (``The Morning Ledger``, an
acronym ``The WXQ``), a relative ``which`` whose antecedent is an organisation or a document,
an ``as`` clause whose subject is a written source, and a post-cue ``first reported``; and the
guard that such a name after a preposition (``Jo Reed of The Beacon wrote``) is no subject."""

from __future__ import annotations

from tests.test_quotes_round13 import _row


def test_an_acronym_with_its_article_before_a_reporting_verb_speaks() -> None:
    # before: `The WXQ` was no speaker phrase (its last word is no organisation noun) and the
    # quotation went to the person named in the sentence before
    text = "Ana Ruiz was angry.\n\nThe WXQ said: \"We welcome the ruling.\"\n"
    r = _row(text, "We welcome")
    assert r.speaker == "The WXQ"
    assert r.cue == "say"


def test_a_capitalised_publication_before_a_participle_cue_speaks_not_the_object() -> None:
    # before: `the figure` (the object of the main verb) was given as the speaker
    text = ("Rates rose again.\n\nThe Fenwick Times confirmed the figure, reporting: "
            "\"Half the towns are poorer.\"\n")
    r = _row(text, "Half the towns")
    assert r.speaker == "The Fenwick Times"


def test_an_organisation_before_a_relative_which_is_the_speaker() -> None:
    text = ("Rates rose again.\n\nAna Ruiz praised the Fenwick Group, which said: "
            "\"We welcome the ruling.\"\n")
    r = _row(text, "We welcome")
    assert r.speaker == "the Fenwick Group"
    assert r.attribution == "pre-cue"


def test_a_document_before_a_relative_which_is_the_speaker() -> None:
    text = ("Rates rose again.\n\nAna Ruiz linked to the Hale report, which notes, "
            "\"Half the towns are poorer.\"\n")
    r = _row(text, "Half the towns")
    assert r.speaker == "the Hale report"
    assert r.cue == "note"


def test_an_as_clause_with_a_written_source_names_the_speaker() -> None:
    text = ("Rates rose again.\n\nAs the Fenwick Institute website notes: "
            "\"Half the towns are poorer.\"\n")
    r = _row(text, "Half the towns")
    assert r.speaker == "the Fenwick Institute website"
    assert r.speaker_type == "document"


def test_a_post_cue_with_first_between_subject_and_verb() -> None:
    text = ("Rates rose again.\n\n\"Half the towns are poorer,\" the Morning Ledger first "
            "reported.\n")
    r = _row(text, "Half the towns")
    assert r.speaker == "the Morning Ledger"
    assert r.cue == "report"


def test_a_publication_after_a_preposition_is_no_subject() -> None:
    # guard: `of The Beacon` and `in The Beacon` name where the person writes
    text = ("Rates rose.\n\nJo Reed of The Beacon wrote, \"Half the towns are poorer.\"\n")
    assert _row(text, "Half the towns").speaker == "Jo Reed"
    text = ("Rates rose.\n\nJo Reed published a column in The Beacon, entitled, "
            "\"Why Towns Are Poorer.\"\n")
    assert _row(text, "Why Towns").speaker == "Jo Reed"


def test_a_proper_name_modifying_a_noun_is_no_subject_of_a_participle() -> None:
    # guard: `The Labour party’s rows` — `The Labour` modifies `party`, the minister speaks
    text = ("The Labour party’s rows over the levy burst into the open on Sunday when the "
            "housing minister, Ana Ruiz, resigned, saying she could not defend a policy that "
            "would “punish the very towns we promised to help”.\n")
    assert _row(text, "punish the very").speaker == "Ana Ruiz"


def test_from_a_written_source_before_a_colon_names_the_speaker() -> None:
    # before: with no verb, the quotation went to the person named in the sentence before
    text = "Tom Hale spoke on Monday.\n\nMore from the report: \"Half the towns are poorer.\"\n"
    r = _row(text, "Half the towns")
    assert (r.speaker, r.speaker_type, r.cue) == ("the report", "document", "from")


def test_from_a_person_before_a_colon_is_no_written_source_cue() -> None:
    # guard: `from` and a bare person's name is no document or organisation phrase
    text = ("Tom Hale spoke on Monday.\n\nA letter came from Ana Ruiz: \"Half the towns are "
            "poorer.\"\n")
    assert _row(text, "Half the towns").cue != "from"
