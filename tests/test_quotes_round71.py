"""Unit tests (invented text, invented names and events) for quotes round 71: PolNeAR train
A-C's wrong speakers whose Source is no pronoun, news wire.

Step 1 (``helpers/instruments/quotes/possessed_words.py``): a quotation introduced by a
possessive name, a noun of the possessor's words and a colon (``Reed's response was: "…"``,
``Lee's dictum to her staff (…) was, "…"``, ``From Reed's Facebook post: "…"``) is the
possessor's, not the context's or a capitalised word's in or after it. Step 2
(``modified_documents.py``): a post-cue whose subject is a written or recorded source with a
post-modifier (``"…," the order released Friday said``, ``"…," a voice-over in the ad states``)
names that source. Each non-guard test
fails before its step (see the round 71 notes in ``docs/notes/real_news.md``) and passes after
it, with both choosers; the guards check what must not change.
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

from helpers.instruments.quotes.modified_documents import modified_document_post_cue
from helpers.instruments.quotes.possessed_words import possessed_words

RESPONSE = (
    "Ann Lee emailed the harbour office in May to ask about the ferry. Tom Reed's response "
    "was: \"Is Harbury Ferries still running on Sundays?\" Harbury Ferries is a small firm.\n")

DICTUM = (
    "Ann Lee trained under Tom Reed, the editor of the Harbury Gazette. Reed's dictum to his "
    "interns (repeated to me for years) was, \"Never guess a number.\" She still follows it.\n")

FACEBOOK = (
    "Tom Reed says he will back the council's plan. From Reed's Facebook post: \"We must move "
    "on and build the bridge.\" The post was shared widely.\n")


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words", "speaker", "cue"), [
    (RESPONSE, "Is Harbury Ferries", "Tom Reed", "response"),
    (DICTUM, "Never guess", "Tom Reed", "dictum"),
    (FACEBOOK, "We must move on", "Tom Reed", "post"),
])
def test_a_possessors_words_before_a_colon_are_the_possessors(
        text: str, words: str, speaker: str, cue: str, ranker: str | None) -> None:
    row = _row(text, words, ranker)
    assert (row.speaker, row.cue) == (speaker, cue)


def test_the_possessive_and_its_noun_are_read_off_the_sentence() -> None:
    m = possessed_words("From Reed's Facebook post: ")
    assert m is not None and (m.group("np"), m.group("noun")) == ("Reed", "post")
    m = possessed_words("Lee's motto to the staff was, ")
    assert m is not None and (m.group("np"), m.group("noun")) == ("Lee", "motto")


@pytest.mark.parametrize("pre", [
    "In Reed's words, ",  # a comma alone: an aside
    "Ann Lee said Reed's response was: ",  # an outer reporter (round 26)
    "His response was: ",  # a possessive pronoun: PolNeAR keeps the phrase
    "Reed's remark was ",  # a predicate, no colon
    "Reed's decision to answer the letter: ",  # the noun heads a clause of its own
])
def test_no_possessor_is_read_off_other_shapes(pre: str) -> None:
    assert possessed_words(pre) is None


OUTER = (
    "Ann Lee wrote to the council on Monday. Tom Reed said Lee's reply was: \"We will not pay "
    "for the bridge.\" The council has not answered.\n")


@pytest.mark.parametrize("ranker", RANKERS)
def test_an_outer_reporter_keeps_the_quotation(ranker: str | None) -> None:
    row = _row(OUTER, "We will not pay", ranker)
    assert row.speaker == "Tom Reed"


ORDER = (
    "Judge Ann Lee was not persuaded by the school's lawyers. Tom Reed's \"claim that the files "
    "still have value is idle,\" the order released Friday said.\n")

REPORT = (
    "Tom Reed spoke to the council on Monday. \"The ferry cannot pay its way,\" the report "
    "published on Tuesday said.\n")

VOICE_OVER = (
    "The group's new advert runs from Tuesday. Tom Reed appears in it briefly. \"She will "
    "stand up for the harbour,\" a voice-over in the advert says.\n")


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words", "speaker"), [
    (ORDER, "claim that the files", "the order"),
    (REPORT, "The ferry cannot", "the report"),
    (VOICE_OVER, "She will stand up", "a voice-over"),
])
def test_a_modified_written_source_after_the_quotation_is_its_speaker(
        text: str, words: str, speaker: str, ranker: str | None) -> None:
    row = _row(text, words, ranker)
    assert (row.speaker, row.attribution) == (speaker, "post-cue")


@pytest.mark.parametrize(("post", "np"), [
    (", the order released Friday said.", "the order"),
    (" a voice-over says.", "a voice-over"),
    (", the report by the council said.", "the report"),
])
def test_the_source_is_cut_before_its_modifier(post: str, np: str) -> None:
    m = modified_document_post_cue(post)
    assert m is not None and m.group("np") == np


@pytest.mark.parametrize("post", [
    ", the mayor of the town said.",  # a person: the other post-cue rules read it
    ", the day after the vote.",  # no verb of saying
    ", the report said.",  # no modifier: round 14's pattern reads it
])
def test_no_modified_source_is_read_off_other_phrases(post: str) -> None:
    assert modified_document_post_cue(post) is None
