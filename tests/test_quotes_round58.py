"""Unit tests (invented text, invented names and events) for quotes round 58: pronoun Sources
whose person was wrong on PolNeAR train C.

Step 1 (``helpers/instruments/quotes/described_people.py``): a ``he``/``she`` whose antecedent
is a definite role description (``the Oregon senator``) takes the named subject of the sentence
before that description (in its paragraph, or the last sentence of the previous paragraph when
the description opens its own), when the name agrees with the pronoun and no other person of
the article was written with that role. News prose names a person, goes on with a role the
reader is expected to know (a state, a party, an office) and then with a pronoun; the speaker
is the person, not the description. Each non-guard test fails before its step (see the round
58 notes in ``docs/notes/real_news.md``) and passes after it with the rules alone (``None``);
with the committed chooser the two invented rows were already right before the step (it ranks
the named candidate first), so those cases guard that the step keeps them. The guards check
what must not change.
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

from helpers.instruments.quotes import extract_quotes_text
from helpers.instruments.quotes.mention_type import Mention

NEXT_PARAGRAPH = (
    "Farm bill stalls again\n\n"
    "Ida Marsh is refusing to answer the Brandt campaign's charges about the farm bill "
    "before the vote in Salem.\n\n"
    "Instead, the Oregon senator is keeping to her message on water rights, a day before "
    "the committee meets.\n\n"
    "\"We have waited long enough for this bill,\" she told growers at a fair on Monday.")

SAME_PARAGRAPH = (
    "Harbour tax vote splits council\n\n"
    "The harbour tax came up again on Thursday. \"We will not pay twice for one quay,\" "
    "Mary Varga said. The Coastal incumbent said her stand was no tactic and that the vote "
    "would show it.\n\n"
    "\"I have said the same thing for ten years,\" she said.")

OTHER_HOLDER = (
    "Farm bill stalls again\n\n"
    "Sen. Paula Rennick spoke first at the hearing.\n\n"
    "Ida Marsh is refusing to answer the campaign's charges about the farm bill.\n\n"
    "Instead, the senator is keeping to her message on water rights.\n\n"
    "\"We have waited long enough for this bill,\" she told growers on Monday.")

GENDER_CLASH = (
    "Farm bill stalls again\n\n"
    "Tomas Verhoeven is refusing to answer the campaign's charges about the farm bill.\n\n"
    "Instead, the Oregon senator is keeping to the message on water rights.\n\n"
    "\"We have waited long enough for this bill,\" she told growers on Monday.")


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_description_after_the_paragraph_about_a_person_is_that_person(ranker):
    row = _row(NEXT_PARAGRAPH, "waited long enough", ranker)
    assert row["speaker"] == "Ida Marsh"


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_description_after_a_named_speaker_in_its_paragraph_is_that_speaker(ranker):
    row = _row(SAME_PARAGRAPH, "same thing for ten years", ranker)
    assert row["speaker"] == "Mary Varga"


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_role_the_article_gave_someone_else_is_not_read_back(ranker):
    # guard: ``Sen. Paula Rennick`` holds the role too, so ``the senator`` is not Ida Marsh
    row = _row(OTHER_HOLDER, "waited long enough", ranker)
    assert row["speaker"] != "Ida Marsh"


def test_a_subject_of_the_other_gender_is_not_taken():
    # guard: ``she`` after ``the Oregon senator`` is not Tomas Verhoeven
    df = extract_quotes_text(GENDER_CLASH, ranker=None)
    row = df[df["text"].str.contains("waited long enough", regex=False)].iloc[0]
    assert row["speaker"] == "the Oregon senator"


PARTY_PHRASE = (
    "Harbour tax vote splits council\n\n"
    "Council leader Mary Varga on Friday said she could not back the harbour tax.\n\n"
    "\"I am not there yet,\" Varga told the Corran Gazette.\n\n"
    "It was a reversal for the Coastal Democrat, who had backed the tax in the spring. She "
    "said the quay plan had changed since then.\n\n"
    "\"We were promised one quay and we are getting two,\" she said.")


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_place_and_party_phrase_after_the_is_the_person_before_it(ranker):
    # step 2: ``the Coastal Democrat`` is no name; the ``she`` after it is Mary Varga
    row = _row(PARTY_PHRASE, "promised one quay", ranker)
    assert row["speaker"] == "Mary Varga"


def test_a_place_and_party_phrase_is_read_only_after_the():
    # step 2, unit: the phrase after ``the`` is a description; the same words alone are not
    from helpers.instruments.quotes.described_people import _member_description

    text = "It was a reversal for the Coastal Democrat, who had backed it. Coastal Democrat"
    at, late = text.index("Coastal"), text.rindex("Coastal")
    after_the = Mention(at, at + 16, "Coastal Democrat", "named", False)
    alone = Mention(late, late + 16, "Coastal Democrat", "named", False)
    assert _member_description(after_the, text) == "the Coastal Democrat"
    assert _member_description(alone, text) == ""


NEXT_SPEAKER = (
    "Harbour tax vote splits council\n\n"
    "Peter Holm left the hall early.\n\n"
    "The next speaker had met the ferry crews that morning. \"We will not pay twice,\" he "
    "said.")


def test_a_description_that_brings_in_someone_new_is_not_read_back():
    # step 3 guard: ``the next speaker`` is not Peter Holm (``new_referent_modifiers.txt``)
    df = extract_quotes_text(NEXT_SPEAKER, ranker=None)
    row = df[df["text"].str.contains("pay twice", regex=False)].iloc[0]
    assert row["speaker"] == "the next speaker"
