"""Unit tests (invented text, invented names and places) for the structure of the cue sentence,
issue 13, round 41: which noun phrase is the subject of which verb of saying.

Each test failed on the commit before its step and passes after it (checked)."""

from __future__ import annotations

from helpers.instruments.quotes import extract_quotes_text


def _row(text: str, words: str) -> dict:
    df = extract_quotes_text(text)
    rows = df[(df["kind"] == "speech") & df["text"].str.contains(words, regex=False)]
    assert len(rows) == 1, df[["text", "kind", "speaker"]]
    return rows.iloc[0].to_dict()


# step 1: person and document nouns (lexicons)

def test_a_plan_that_promises_is_a_written_source() -> None:
    text = ("Oda Pellinger talks about her father often. The housing plan promises to "
            "\u201cbuild ten thousand homes by the end of the decade.\u201d")
    assert _row(text, "ten thousand homes")["speaker"].lower() == "the housing plan"


def test_counsel_heads_a_possessed_description() -> None:
    text = ("Tamsin Orrey forged the stamps on forty ferry passes. Orrey's new counsel "
            "asked the judge for a fine alone, calling the forgeries \u201ca lapse of "
            "judgement.\u201d")
    assert _row(text, "lapse of judgement")["speaker"] == "Orrey's new counsel"


# step 2: a possessive name as the determiner of a document subject

def test_a_possessed_document_noun_speaks_not_its_possessor() -> None:
    text = ("Oda Pellinger spoke to the club in May. Pellinger's letter makes a careful case: "
            "\u201cThe tram is the fastest way to cut traffic in the valley and we should pay "
            "for it now.\u201d")
    assert _row(text, "fastest way")["speaker"] == "Pellinger's letter"


def test_a_possessed_plan_as_subject_of_a_verb_of_saying() -> None:
    text = ("Oda Pellinger talks about her father often. Pellinger's housing plan promises to "
            "\u201cbuild ten thousand homes by the end of the decade.\u201d")
    assert _row(text, "ten thousand homes")["speaker"] == "Pellinger's housing plan"


def test_a_document_with_a_prepositional_phrase_is_the_subject() -> None:
    text = ("Brannock's campaign email to his donors notes that Councilwoman Ilse Varga "
            "\u201chas fought for cheaper tram fares for years.\u201d")
    assert _row(text, "cheaper tram fares")["speaker"] == "Brannock's campaign email"


def test_a_person_subject_before_a_document_object_is_unchanged() -> None:
    """Guard: a document noun after the subject's verb is no subject (the person speaks)."""
    text = ("Ilse Varga read the letter to the council and said the fares were \u201ctoo high "
            "for the families who need the tram most.\u201d")
    assert _row(text, "too high")["speaker"] == "Ilse Varga"


# step 3: the outer reporter of a pre-cue ("Officials have said he said "…"")

def test_the_outer_reporter_of_a_pre_cue_speaks() -> None:
    text = ("The driver, Arlo Brennick, is due before the magistrates on Monday. Two harbour "
            "officials have said he said \u201cno more tolls\u201d to the guards when the "
            "barrier came down.")
    assert _row(text, "no more tolls")["speaker"].lower() == "two harbour officials"


def test_a_pre_cue_addressed_to_the_reporter_keeps_its_speaker() -> None:
    """Guard: the reported clause's words told to the reporter stay the reported speaker's."""
    text = ("Ilse Varga said Arlo Brennick told her: \u201cThe tolls will go and the bridge "
            "will be free for everyone in the valley.\u201d")
    assert _row(text, "tolls will go")["speaker"] == "Arlo Brennick"


# step 4: a quotation ending with "?" or "!" after its own cue: the next sentence is no post-cue

def test_a_question_after_its_own_cue_is_not_given_to_the_next_sentence() -> None:
    text = ("Ardal Penhallow turned to the crowd and asked, \u201cWho will pay for the new "
            "bridge?\u201d Sefa Morrow shouted back that the county would.")
    assert _row(text, "new bridge")["speaker"] == "Ardal Penhallow"


def test_a_reply_after_with_comma_is_the_first_writers() -> None:
    text = ("Ardal Penhallow answers Sefa Morrow with, \u201cWhy today? I was on my way to the "
            "harbour?\u201d Morrow then writes back, \u201cYou look tired.\u201d")
    assert _row(text, "Why today")["speaker"] == "Ardal Penhallow"


def test_an_inverted_post_cue_after_a_question_is_still_read() -> None:
    """Guard: with no cue before it, the question takes its post-cue."""
    text = ("Penhallow looked up from his papers. \u201cWho will pay for the new bridge?\u201d "
            "Sefa Morrow asked.")
    assert _row(text, "new bridge")["speaker"] == "Sefa Morrow"


# step 5: subjects and post-cues the cue readers did not take

def test_a_share_of_respondents_is_the_subject_of_a_pre_cue() -> None:
    text = ("Asked about a second ferry, 31 percent said \u201cvery likely\u201d and 12 percent "
            "said \u201cnot likely at all.\u201d")
    assert _row(text, "not likely at all")["speaker"] == "12 percent"


def test_a_voice_that_can_be_heard_asking_is_a_post_cue() -> None:
    text = ("The mayor backed the ferry on Friday, and the radio station kept the recording: "
            "\u201cWho pays for the ferry?\u201d a journalist can be heard asking "
            "Mayor Dana Quillfeather outside the town hall.")
    assert _row(text, "pays for the ferry")["speaker"] == "a journalist"
