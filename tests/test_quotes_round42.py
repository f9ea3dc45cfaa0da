"""Unit tests (invented text, invented names and places) for quotations without a cue of
their own and written sources, issue 13, round 42.

Step 1: ``According to Y,`` in the sentence of a cue-less quotation makes the relay Y its
speaker (PolNeAR annotates the outermost attribution), also when Y is a long phrase (a
document with a post-modifier) or the clause has a verb such as ``read``."""

from __future__ import annotations

import pytest

from helpers.instruments.quotes import extract_quotes_text


@pytest.fixture(params=[None, "default"])
def ranker(request: pytest.FixtureRequest) -> str | None:
    """Every end-to-end test runs with the rules alone (the round's rules) and with the default
    chooser (what a user gets); round 42 ran the rules only, review 14 found the session-25
    chooser giving the same speakers on all of them."""
    return request.param


def _row(text: str, words: str, ranker: str | None = "default") -> dict:
    df = extract_quotes_text(text, ranker=ranker)
    rows = df[df["text"].str.contains(words, regex=False)]
    assert len(rows) == 1, df[["text", "speaker"]]
    return rows.iloc[0].to_dict()


_AUDIT = (
    "\u201cThe levy has to go,\u201d Petra Vandermolen said at the market on Friday.\n\n"
    "Stall rents rose twice last year. According to a 2019 audit by two accountants at the "
    "guild hall, the weather is partly to blame, but so is the \u201csudden change in the "
    "rules for stall holders.\u201d\n")


def test_a_document_relay_with_a_post_modifier_speaks_a_cue_less_quotation(
        ranker: str | None) -> None:
    row = _row(_AUDIT, "sudden change", ranker=ranker)
    assert row["speaker"] == "a 2019 audit"
    assert row["cue"] == "according to"


_SIGNS = (
    "\u201cWe wanted people to smile on the way to work,\u201d Joris Kettleby said.\n\n"
    "Motorists near Brannock were greeted by odd messages on Tuesday. According to the Fenmoor "
    "Ledger, one county road sign read, \u201cOwls are watching your speed.\u201d Another "
    "advised, \u201cPatience is a road skill too.\u201d\n")


def test_a_relay_opening_the_sentence_speaks_a_sign_and_the_quotation_after(
        ranker: str | None) -> None:
    assert _row(_SIGNS, "Owls are watching", ranker=ranker)["speaker"] == "the Fenmoor Ledger"
    assert _row(_SIGNS, "Patience is", ranker=ranker)["speaker"] == "the Fenmoor Ledger"



# Step 2: a written text or a body as the subject of the narration sentence of a cue-less
# quotation, also after a long introductory phrase or a dateline.
_PORT = "\u201cThe port will stay open,\u201d Mara Quillfeather said on Monday.\n\n"


def test_a_document_subject_speaks_a_quotation_inside_its_sentence(ranker: str | None) -> None:
    text = _PORT + ("The lawsuit accuses Quillfeather of running the port like \u201ca private "
                    "fishing club for her friends.\u201d\n")
    assert _row(text, "private fishing club", ranker=ranker)["speaker"] == "the lawsuit"


def test_a_body_after_a_long_introductory_phrase_speaks_a_quotation(ranker: str | None) -> None:
    text = _PORT + ("In what may be the first sign of a thaw between the two camps after months "
                    "of quarrels about the ferries, the harbour board is calling on the mayor to "
                    "\u201cstop the war of words at once.\u201d\n")
    assert _row(text, "war of words", ranker=ranker)["speaker"] == "the harbour board"


def test_a_named_body_after_a_dateline_speaks_a_quotation(ranker: str | None) -> None:
    text = ("LOWMOOR, May 3 (Coast Wire) \u2014 The Lowmoor Port Authority released a statement "
            "on Monday, offering \u201ca full and frank apology\u201d to the ferry crews.\n\n"
            "\u201cWe got this wrong,\u201d Mara Quillfeather said.\n")
    assert _row(text, "frank apology", ranker=ranker)["speaker"] == \
        "The Lowmoor Port Authority"


def test_a_person_subject_is_still_read_by_the_round39_reader(ranker: str | None) -> None:
    # guard: a person subject keeps round 39's reading
    text = _PORT + ("Dorian Pellworth sniped that Quillfeather was \u201cstill finding her "
                    "feet\u201d while the harbour lost money.\n")
    assert _row(text, "finding her feet", ranker=ranker)["speaker"] == "Dorian Pellworth"


# Step 3: more heads of written texts and recordings in data/lexicons/document_nouns.txt
# (pamphlet, plan, page, movie, ...), so that such a subject is a speaker.
def test_a_pamphlet_subject_speaks_a_quotation_inside_its_sentence(ranker: str | None) -> None:
    text = _PORT + ("The pamphlet accuses Quillfeather of running the port like \u201ca private "
                    "fishing club for her friends.\u201d\n")
    assert _row(text, "private fishing club", ranker=ranker)["speaker"] == "the pamphlet"


def test_a_possessed_plan_subject_speaks_a_quotation(ranker: str | None) -> None:
    text = _PORT + ("Quillfeather has built her campaign on jobs. Her budget plan promises to "
                    "\u201cput the ferries back on the water by spring.\u201d\n")
    assert _row(text, "ferries back", ranker=ranker)["speaker"] == "her budget plan"


# Step 4: a digest item `HEADING - Name: "…"`: the name of the dash label speaks.
_DIGEST = (
    "PORT POLLS TIGHTEN - Ada Brill: \u201cThe ferry vote has moved two points in a week, and "
    "the north shore is now a toss-up.\u201d [Coast Wire]\n\n"
    "WHY VOTERS TRUST LOCAL PAPERS - Ada Brill and Tom Keel: \u201cWe found that readers trust "
    "the paper they grew up with more than any national outlet.\u201d [Lowmoor Survey]\n")


def test_a_dash_label_names_the_speaker_of_a_digest_excerpt(ranker: str | None) -> None:
    assert _row(_DIGEST, "two points", ranker=ranker)["speaker"] == "Ada Brill"


def test_a_dash_label_with_two_names_gives_both(ranker: str | None) -> None:
    assert _row(_DIGEST, "grew up with", ranker=ranker)["speaker"] == "Ada Brill and Tom Keel"


# Step 5: a digest item `HEADLINE IN CAPITALS "…" [Outlet.]`: the headline speaks.
_BRIEF = (
    "Thursday\u2019s Morning Brief: The Ferry Vote.\n\nTOP STORIES.\n\n"
    "FERRY FARES TO RISE IN MAY \u201cThe harbour board voted on Monday to raise fares, its "
    "first rise in nine years, citing fuel costs.\u201d [Coast Wire.]\n\n"
    "LOWMOOR\u2019S LAST LIGHTHOUSE KEEPER RETIRES \u201cI have kept this light for forty years "
    "and I will miss every storm of them.\u201d [Lowmoor Gazette.]\n\n"
    "The mayor spoke later. \u201cWe will hold the fares down next year,\u201d Mara "
    "Quillfeather said.\n")


def test_a_capitalised_headline_speaks_the_excerpt_after_it(ranker: str | None) -> None:
    assert _row(_BRIEF, "fuel costs", ranker=ranker)["speaker"] == "FERRY FARES TO RISE IN MAY"
    assert _row(_BRIEF, "every storm", ranker=ranker)["speaker"] == \
        "LOWMOOR\u2019S LAST LIGHTHOUSE KEEPER RETIRES"


def test_a_dateline_is_no_headline(ranker: str | None) -> None:
    # guard: a capitalised dateline before a cue-less quotation is not taken as its speaker
    text = ("\u201cThe fares will hold,\u201d Mara Quillfeather said on Monday.\n\n"
            "LOWMOOR HARBOUR, ENGLAND \u2014 \u201cThe ferries will run again by spring and "
            "the fares will hold.\u201d\n")
    assert "LOWMOOR" not in _row(text, "run again", ranker=ranker)["speaker"]


# Step 6: `posted`, `retaliated` (and a few other verbs) as verbs of saying after the quotation.
_POSTS = (
    "\u201cThe ferry is late again,\u201d Mara Quillfeather said.\n\n"
    "Dorian Pellworth answered on the radio. \u201cThe ferry was never late under me.\u201d\n\n"
    "\u201cWe will not wait for the board any longer,\u201d she posted on Tuesday.\n\n"
    "\u201cLowmoor will always be Lowmoor,\u201d an angry Quillfeather retaliated.\n")


def test_posted_after_the_quotation_is_a_cue(ranker: str | None) -> None:
    row = _row(_POSTS, "any longer", ranker=ranker)
    assert row["cue"] == "post"
    assert row["attribution"] == "post-cue"


def test_retaliated_after_the_quotation_is_a_cue(ranker: str | None) -> None:
    row = _row(_POSTS, "always be Lowmoor", ranker=ranker)
    assert (row["speaker"], row["cue"]) == ("Mara Quillfeather", "retaliate")



# Step 7: a dash byline opening the paragraph under a cue-less quotation names its speaker.
_NOTEBOOK = (
    "Notebook.\n\n"
    "\u201cThe pier will be ready in May,\u201d Dorian Pellworth said.\n\n"
    "\u201cThe ferries must run all winter, whatever the board says about the cost.\u201d\n\n"
    "-Mara Quillfeather, Lowmoor.\n\n"
    "\u201cNobody asked the fishermen what they need.\u201d\n\n"
    "\u2014 Mayor Ada Brill, speaking after the vote.\n\n"
    "\u201cWe will be back next year.\u201d\n\n"
    "\u2013 Updated Tuesday.\n")


def test_a_dash_byline_signs_the_quotation_above_it(ranker: str | None) -> None:
    assert _row(_NOTEBOOK, "all winter", ranker=ranker)["speaker"] == "Mara Quillfeather"
    assert _row(_NOTEBOOK, "fishermen", ranker=ranker)["speaker"] == "Ada Brill"


def test_a_dash_heading_without_a_name_is_no_byline(ranker: str | None) -> None:
    # guard: `– Updated Tuesday.` (an ordinary word opening it) is no name
    assert "Updated" not in _row(_NOTEBOOK, "back next year", ranker=ranker)["speaker"]
