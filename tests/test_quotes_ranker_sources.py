"""Unit tests (invented text, UK and US shapes) for the chooser's non-person Sources (issue 13,
speaker ranker round 8): organisations, outlets, documents and groups found by
:mod:`helpers.instruments.quotes.source_mentions`, offered as candidates with their kind as a
feature, and never seen by the rules."""

from __future__ import annotations

import pytest
from ranker_rows import row_candidates

from helpers.instruments.quotes import extract_quotes_text
from helpers.instruments.quotes import ranker_candidates as rc
from helpers.instruments.quotes.ranker_features import FEATURES
from helpers.instruments.quotes.source_mentions import source_mentions


def _found(text: str) -> list[tuple[str, str]]:
    """(surface, kind) of the non-person Sources of ``text`` as one paragraph, no people."""
    return [(m.surface, m.kind) for m in source_mentions(0, text, 0, [])]


@pytest.mark.parametrize(("text", "want"), [
    # UK shapes
    ("The Harfield Gazette reported on Tuesday that the scheme had stalled.",
     ("The Harfield Gazette", "organisation")),
    ("But Wexcombe Borough Council said it would appeal.",
     ("Wexcombe Borough Council", "organisation")),
    ("A statement from the trust said the ward would reopen.", ("A statement", "document")),
    ("The latest survey found that most tenants wanted repairs.",
     ("The latest survey", "document")),
    # US shapes
    ("The WXQ, a lobby group based in Ohio, said it was pleased.", ("The WXQ", "organisation")),
    ("Critics say the bill goes too far.", ("Critics", "group")),
    ("Senior officials said the talks would resume.", ("Senior officials", "group")),
    ("The turnout was low, according to the poll.", ("the poll", "document")),
    ("The WXQ issued a statement on Monday.", ("The WXQ", "organisation")),
    # a newsletter's headline in capitals before its quotation (masked as the finder sees it)
    ("FERRY FARES RISE AGAIN \x01\x01\x01\x01", ("FERRY FARES RISE AGAIN", "document")),
])
def test_a_non_person_source_is_found_with_its_kind(text: str, want: tuple[str, str]) -> None:
    assert want in _found(text)


@pytest.mark.parametrize("text", [
    "A column in The Harfield Gazette drew letters for weeks.",  # after a preposition
    "The Conservative party's divisions deepened over the summer.",  # a modifier, no verb
    "The report was long and the survey short.",  # no verb of saying or finding
    "A BBC \x01\x01\x01",  # capitals too short for a headline
    "Critics of the plan gathered outside.",  # a plural before no such verb
    '"It was fine," said the U.S. on Monday.',  # a dotted abbreviation alone: a place
])
def test_no_source_where_none_speaks(text: str) -> None:
    assert _found(text) == []


def test_a_person_the_mention_finder_has_is_left_to_it() -> None:
    # "Jo Reed" is a person mention of the rules: its span is not taken as an organisation
    from helpers.instruments.quotes.mention_type import Mention
    text = "Jo Reed said the figures were wrong."
    person = Mention(0, 6, "Jo Reed", "named", True)
    assert source_mentions(0, text, 0, [person]) == []


_UNCUED = ('Ann Cole, the council leader, spoke on Monday. The bypass scheme has been shelved '
           'after the costs doubled, a report by the district auditor found.\n\n'
           '"The money is simply not there and the council knows it."\n')


def test_a_document_is_offered_to_an_uncued_quotation() -> None:
    cands = row_candidates(_UNCUED, "The money")
    assert cands[0].speaker == "Ann Cole"  # the rules' choice, a person
    docs = [c for c in cands if c.features[FEATURES.index("non_person")]]
    assert [c.speaker for c in docs] == ["a report"]
    assert docs[0].features[FEATURES.index("kind_document")] == 1.0
    assert docs[0].speaker_type == "group"


def test_without_the_non_person_kind_no_organisation_is_offered(monkeypatch) -> None:
    # the control: the same row without the round-8 candidates has no organisation
    monkeypatch.setattr(rc, "NON_PERSON", False)
    cands = row_candidates(_UNCUED, "The money")
    assert [c.speaker for c in cands] == ["Ann Cole"]


_US = ('Officials at the agency said the review would take months. A new report by the '
       'Harlan Institute found that wait times had doubled since 2019.\n\n'
       '"Patients are waiting longer than ever for basic care."\n')


def test_a_group_and_a_document_are_offered_with_their_kinds() -> None:
    cands = row_candidates(_US, "Patients are")
    kinds = {c.mention: [f for f in ("kind_group", "kind_document", "kind_organisation")
                         if c.features[FEATURES.index(f)]] for c in cands[1:]}
    assert kinds == {"Officials": ["kind_group"], "A new report": ["kind_document"]}
    assert all(c.features[FEATURES.index("non_person")] for c in cands[1:])


@pytest.mark.parametrize("text", [_UNCUED, _US])
def test_rules_only_output_does_not_see_the_new_mentions(monkeypatch, text: str) -> None:
    with_kind = extract_quotes_text(text, ranker="rules")
    monkeypatch.setattr(rc, "NON_PERSON", False)
    without = extract_quotes_text(text, ranker="rules")
    assert with_kind[["speaker", "speaker_type", "attribution"]].equals(
        without[["speaker", "speaker_type", "attribution"]])


def _never(*_args, **_kwargs):
    """A stand-in for the non-person finders that fails wherever it is called."""
    raise AssertionError("a non-person finder was called")


def _patch_finders(monkeypatch) -> None:
    from helpers.instruments.quotes import source_mentions as sm
    for name in ("source_mentions", "_names", "_det_phrases", "_groups", "_headlines"):
        monkeypatch.setattr(sm, name, _never)
    monkeypatch.setattr(rc, "source_mentions", _never)


@pytest.mark.parametrize("text", [_UNCUED, _US])
def test_the_rules_never_call_the_non_person_finders(monkeypatch, text: str) -> None:
    # the rules' mentions (pronoun resolution, their speaker) are built without the finders:
    # with every finder replaced by one that fails, the rules alone still run
    _patch_finders(monkeypatch)
    rows = extract_quotes_text(text, ranker="rules")
    assert len(rows) == 1


@pytest.mark.parametrize("text", [_UNCUED, _US])
def test_the_chooser_calls_the_non_person_finders(monkeypatch, text: str) -> None:
    # the control of the test above: the default chooser does reach the patched finders
    _patch_finders(monkeypatch)
    with pytest.raises(AssertionError, match="non-person finder"):
        extract_quotes_text(text, ranker="default")
