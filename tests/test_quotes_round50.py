"""Unit tests (invented text, invented names and events) for quotes round 50: speakers on
British magazine prose (developed on ``data/uk_dev1`` and ``data/uk_dev2``).

Why: the rules were developed on US wire copy. British magazine prose names a person once and
then writes the office (``the Prime Minister replied``), opens sentences on a fronted adverb and
a comma (``Privately, one minister …``), sets a description in apposition at a sentence end
(``He was born in 1931, the son of a docker.``), writes ``Friends say …`` before a ``he`` of
the person the piece is about, splits a quotation round ``he replied``, has bodies such as an
inquiry that report, ``accuse X of "…"``, a source after a dash (``"…" – a whip, on …``) and
a role with a name in apposition (``X's candidate, the former paratrooper Ann Lowe, told``).
Each test below failed before its step (see the round 50 notes in ``docs/notes/real_news.md``)
and passes after it; the guards check what must not change.
"""

from __future__ import annotations

import pytest

from helpers.instruments.quotes import extract_quotes_text
from helpers.instruments.quotes.antecedents import plural_noun_name

RANKERS = [None, "default"]


def _row(text: str, words: str, ranker: str | None):
    df = extract_quotes_text(text, ranker=ranker)
    rows = df[df["text"].str.contains(words, regex=False)]
    assert len(rows) == 1, df[["text", "speaker"]]
    return rows.iloc[0]


def _speaker(text: str, words: str, ranker: str | None) -> str:
    return str(_row(text, words, ranker)["speaker"])


# step 1 / step 5: a capitalised office speaks as its holder named in the article

SKETCH = (
    "Questions sketch: a long afternoon at the despatch box\n\n"
    "The chamber was full long before the Prime Minister arrived. Alan Whitcombe came in "
    "looking like a man who had slept badly.\n\n"
    "Fiona Marsh, the Leader of the Opposition, asked about the ferry contracts. Mr "
    "Whitcombe did not look up.\n\n"
    "\u201cWe have nothing to hide on the ferries,\u201d the Prime Minister replied, "
    "\u201cand the figures will be published in full.\u201d\n\n"
    "Ms Marsh tried again. \u201cThat is not an answer,\u201d she said.\n\n"
    "The Prime Minister said he would not \u201cspeculate about leaks\u201d. Nobody believed "
    "him.\n"
)


@pytest.mark.parametrize("ranker", RANKERS)
def test_the_office_after_its_holder_is_the_holder(ranker):
    # the previous paragraph ends on Mr Whitcombe: "the Prime Minister" replying is him
    assert _speaker(SKETCH, "nothing to hide", ranker) == "Alan Whitcombe"
    assert _speaker(SKETCH, "figures will be published", ranker) == "Alan Whitcombe"


@pytest.mark.parametrize("ranker", RANKERS)
def test_the_office_keeps_its_holder_for_the_article(ranker):
    # the paragraph before ends on Ms Marsh, but the office was joined to Whitcombe already
    assert _speaker(SKETCH, "speculate about leaks", ranker) == "Alan Whitcombe"


@pytest.mark.parametrize("phrase, office", [
    ("the Prime Minister", True), ("The Foreign Secretary", True),
    ("the First Minister", True), ("the senator", False), ("the spokesman", False),
    ("the Treasury secretary", False), ("the Speaker", False)])
def test_capitalised_offices(phrase, office):
    from helpers.instruments.quotes.descriptions import capitalised_office  # (new in step 1)

    assert capitalised_office(phrase) is office


WIRE = (
    "Budget talks stall\n\n"
    "Senator Ruth Okafor said on Monday that talks had stalled. Aides expect a vote soon.\n\n"
    "Carl Denby, a lobbyist for the growers, met officials on Tuesday.\n\n"
    "\u201cWe will not support this bill as written,\u201d the senator said.\n"
)


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_lower_case_role_does_not_take_the_previous_paragraphs_subject(ranker):
    # guard (step 5): on wire copy "the senator" is not the lobbyist who ends the paragraph
    assert _speaker(WIRE, "support this bill", ranker) != "Carl Denby"


# step 2: a capitalised regular plural of a person noun is a group

OBIT = (
    "Walter Penhale, who has died aged 88, was a union organiser for forty years.\n\n"
    "He retired in 1995 to a cottage near Truro. Friends say he never stopped organising.\n\n"
    "His last speech survives on tape. \u201cI was never tired of the fight,\u201d he said.\n"
)


@pytest.mark.parametrize("ranker", RANKERS)
def test_friends_is_not_the_antecedent_of_he(ranker):
    assert _speaker(OBIT, "never tired of the fight", ranker) == "Walter Penhale"


@pytest.mark.parametrize("word, plural", [("Friends", True), ("Colleagues", True),
                                          ("Critics", True), ("Penhale", False),
                                          ("Ross", False)])
def test_plural_person_nouns_capitalised(word, plural):
    assert plural_noun_name(word, set()) is plural


# step 3: the second piece of a split quotation keeps the first piece's speaker

SPLIT = (
    "Council row\n\n"
    "Dennis Yarrow, the councillor for the ward, asked the leader about the bus lanes. "
    "Her answer was short.\n\n"
    "Glenda Shaw had heard enough. \u201cThe lanes stay,\u201d she replied, \u201cand so do "
    "the cameras.\u201d\n"
)


def test_both_pieces_of_a_split_reply_have_one_speaker():
    # the rules (the chooser already gave both pieces to her before the step)
    first = _speaker(SPLIT, "The lanes stay", None)
    second = _speaker(SPLIT, "so do the cameras", None)
    assert first == second == "Glenda Shaw"


# step 4: a fronted adverb and a comma are no name in apposition

FRONTED = (
    "Leadership contest\n\n"
    "The party said the contest would be fair. Privately, one shadow minister put it more "
    "plainly: \u201cIf she stands, we lose the autumn.\u201d\n"
)


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_fronted_adverb_is_not_the_speaker(ranker):
    assert _speaker(FRONTED, "we lose the autumn", ranker) == "one shadow minister"


def test_fronted_word_against_apposition():
    from helpers.instruments.quotes.openings import fronted_word  # (new in step 4)

    s = "Privately, one minister put it"
    assert fronted_word(s, 0, 9, len("Privately, one minister"))
    s = "Ames, a carpenter, said it"
    assert not fronted_word(s, 0, 4, len("Ames, a carpenter"))  # a comma closes it
    s = "He left. Outside, one MP summed it up"
    assert fronted_word(s, 9, 16, len("He left. Outside, one MP"))
    s = "the town of Dover, a port"
    assert not fronted_word(s, 12, 17, len(s))  # not at a sentence start


MP_PRONOUN = (
    "Vote night\n\n"
    "The Chancellor left the chamber at ten. Outside, one Labour MP summed it up for me. "
    "\u201cHe won the vote,\u201d she said. \u201cHe lost the room.\u201d\n"
)


def test_a_description_after_a_fronted_adverb_is_a_subject():
    # rules: the "she" is the MP who summed it up, not the Chancellor
    assert _speaker(MP_PRONOUN, "He won the vote", None) == "one Labour MP"


# step 6: an inquiry reports as a body

INQUIRY = (
    "Ten years on\n\n"
    "When Lord Ashdown presented the report, the families were waiting.\n\n"
    "The inquiry found that the ministry had acted \u201cwithout adequate planning for the "
    "months that followed\u201d.\n"
)


@pytest.mark.parametrize("ranker", RANKERS)
def test_the_inquiry_is_the_speaker(ranker):
    assert _speaker(INQUIRY, "without adequate planning", ranker).lower() == "the inquiry"


# step 7: a description in apposition at a sentence end is no subject

BORN = (
    "Obituary: Harold Fenwick\n\n"
    "Harold Fenwick, who has died aged 90, led the dockers through two long strikes.\n\n"
    "He was born in Hull in 1934, the son of a docker and a seamstress. He left school at "
    "14. \u201cThe docks taught me to count,\u201d he said later.\n"
)


def test_an_apposition_at_a_sentence_end_is_not_the_antecedent():
    # the rules (the chooser already preferred the name here before the step)
    assert _speaker(BORN, "docks taught me", None) == "Harold Fenwick"


# step 8: accuse X of "..." reports the accuser's words

ACCUSE = (
    "Holyrood row\n\n"
    "The Greens, for their part, accuse ministers of \u201cmanaged decline\u201d. "
    "Nobody in government replied.\n"
)


@pytest.mark.parametrize("ranker", RANKERS)
def test_accuse_of_is_speech_of_the_accuser(ranker):
    row = _row(ACCUSE, "managed decline", ranker)
    assert row["kind"] == "speech"
    assert row["speaker"] == "The Greens"


# step 9: a dash after the closing mark names the source

BRIEFING = (
    "Morning note\n\n"
    "Worth a look: our economics editor on the pensions row.\n\n"
    "Line of the week: \u201cI have seen tidier jumble sales in Rochdale.\u201d \u2013 a "
    "Conservative whip, on the party conference.\n"
)


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_dash_after_the_quotation_names_its_source(ranker):
    assert _speaker(BRIEFING, "tidier jumble sales", ranker) == "a Conservative whip"


# step 10: a role and a name in apposition to a description

CANDIDATE = (
    "By-election watch\n\n"
    "The Greens\u2019 candidate, the retired midwife Nora Quayle, told local radio the seat "
    "was \u201cwide open for the first time in decades\u201d.\n"
)


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_role_and_name_in_apposition_give_the_name(ranker):
    assert _speaker(CANDIDATE, "wide open", ranker) == "Nora Quayle"


def test_a_dash_before_a_non_person_names_no_source():
    # guard: a dash aside about the words ("a phrase …") is no source
    text = ("Campaign trail\n\nMaya Ortolan spoke for ten minutes. \u201cWe will build the "
            "bridge.\u201d \u2013 a phrase she repeated all evening.\n")
    assert _speaker(text, "build the bridge", None) != "a phrase"
