"""Speaker hygiene (issue 13, wt-speakers31): one key per description, and no place or
fragment as a speaker. Invented sentences and names only."""

from __future__ import annotations

import pytest

from helpers.instruments.quotes.extract import extract_quotes_text
from helpers.instruments.quotes.speakers import canonical_speakers


def _speech(text: str):
    df = extract_quotes_text(text, ranker=None)
    return df[df["kind"] == "speech"].reset_index(drop=True)


def test_description_key_ignores_case_and_definite_article():
    out = canonical_speakers(["The Ostland senator", "the Ostland senator", "the ONC", "ONC",
                              "the Narrows Council"],
                             ["group", "description", "group", "group", "group"], "art")
    assert [o.canonical for o in out[:2]] == ["the Ostland senator"] * 2
    assert out[0].speaker_id == out[1].speaker_id
    assert out[2].canonical == out[3].canonical == "the ONC"
    assert out[2].speaker_id == out[3].speaker_id
    assert out[4].speaker_id not in (out[0].speaker_id, out[2].speaker_id)


def test_indefinite_description_is_not_joined_to_a_definite_one():
    # "a man" who speaks, then "the man" (another one the writer met later): two speakers
    out = canonical_speakers(["a man", "the man"], ["description", "description"], "art")
    assert out[0].speaker_id != out[1].speaker_id
    assert [o.canonical for o in out] == ["a man", "the man"]


def test_sentence_start_article_lowered_in_canonical_only():
    df = _speech("Harlow votes on the dam plan next week.\n\n"
                 "The Ostland senator said: \"The dam is a mistake.\"\n\n"
                 "\"We will not let the valley flood,\" the Ostland senator said on Monday.\n")
    assert list(df["speaker"]) == ["The Ostland senator", "the Ostland senator"]
    assert set(df["speaker_canonical"]) == {"the Ostland senator"}
    assert df["speaker_id"].nunique() == 1


def test_definite_description_with_and_without_its_article_is_one_speaker():
    df = _speech("Harlow votes on the dam plan next week.\n\n"
                 "\"It is a good plan,\" the Harlow Dam Board said. \"We should build it,\" "
                 "Harlow Dam Board said.\n")
    assert df["speaker_id"].nunique() == 1
    assert set(df["speaker_canonical"]) == {"the Harlow Dam Board"}


@pytest.mark.parametrize(("speaker", "shown"), [
    ("A Dorrish news agency", "a Dorrish news agency"), ("An Ostland group", "an Ostland group"),
    ("THE OSTLAND GROUP", "THE OSTLAND GROUP")])
def test_sentence_start_article_lowered(speaker, shown):
    assert canonical_speakers([speaker], ["group"], "art")[0].canonical == shown


@pytest.mark.parametrize("speaker", ["A", "The"])
def test_lone_article_word_kept(speaker):
    assert canonical_speakers([speaker], ["group"], "art")[0].canonical == speaker


_PLACES = ("Harlow votes on the dam plan next week.\n\n"
           "\"The valley will flood,\" said former Vermont Gov. Ada Brell. \"We warned them.\"\n\n"
           "\"It is a fine plan,\" said Idaho cattle rancher Tobias Quenk, who backs it.\n\n"
           "\"We have no view on the dam,\" said Montana.\n\n"
           "\"The dam must wait,\" the Vermont senator said.\n")


def test_place_cut_from_a_title_or_role_gives_the_person_named_after_it():
    df = _speech(_PLACES)
    assert list(df["speaker"][:3]) == ["Ada Brell", "Ada Brell", "Tobias Quenk"]
    assert set(df["speaker_type"][:3]) == {"named"}
    for r in df[:3].itertuples():
        assert _PLACES[int(r.speaker_start):int(r.speaker_end)] == r.speaker


def test_place_with_no_person_in_its_phrase_is_no_speaker():
    row = _speech(_PLACES).iloc[3]
    assert row["speaker"] == "" and row["speaker_type"] == "none"
    assert row["speaker_reason"] == "not_a_speaker:place"
    assert row["speaker_canonical"] == "" and row["speaker_id"] == ""


def test_description_of_a_person_from_a_place_stays_a_speaker():
    row = _speech(_PLACES).iloc[4]
    assert row["speaker"] == "the Vermont senator" and row["speaker_reason"] == ""


@pytest.mark.parametrize(("speaker", "place"), [
    ("Ohio", True), ("Ohio Gov", True), ("the New Mexico", True), ("Ohio Republican", False),
    ("the Ohio senator", False), ("Washington", False), ("Ada Brell", False)])
def test_is_place_speaker(speaker, place):
    from helpers.instruments.quotes.speaker_places import is_place_speaker

    assert is_place_speaker(speaker) is place


@pytest.mark.parametrize(("speaker", "typ", "bad"), [
    ("of Brell", "named", "of"), ("to committee members", "description", "to"),
    ("and the council", "group", "and"), ("Ada Brell", "named", ""),
    ("the committee members", "description", "")])
def test_speaker_opening_on_a_preposition_is_a_fragment(speaker, typ, bad):
    from helpers.instruments.quotes.speakers import not_a_speaker

    assert not_a_speaker(speaker, typ) == bad


def test_fragment_holding_a_name_gives_the_name():
    from helpers.instruments.quotes.speakers import fragment_name

    assert fragment_name("of State Mary Quenk") == (9, "Mary Quenk")
    assert fragment_name("of Quenk") is None
    assert fragment_name("Mary Quenk") is None


def test_place_from_the_role_index_is_not_a_canonical_person(monkeypatch):
    # the role index may join a description to a place cut from ``Ostland Gov. X``
    import helpers.instruments.quotes.extract as extract

    monkeypatch.setattr(extract, "titled_person", lambda desc, art, pos: "Vermont Gov")
    df = _speech("Harlow votes on the dam plan next week.\n\n"
                 "\"It was a fine day,\" the Vermont governor said.\n")
    assert list(df["speaker_canonical"]) == ["the Vermont governor"]


@pytest.mark.parametrize("given", ["Virginia", "Georgia"])
def test_a_lone_place_name_that_is_a_given_name_stays_the_speaker(given):
    # review 8: a reportage names a woman by her given name alone; nothing around it reads as
    # a place, so the quotation keeps her (as ``Washington`` is left out of the list as a surname)
    text = (f"I met a nurse called {given} on the night shift at Harlow General.\n\n"
            f"\"We are tired of waiting,\" {given} said.\n\n"
            f"\"We have no view on the dam,\" said Montana.\n")
    df = _speech(text)
    assert list(df["speaker"]) == [given, ""]
    assert list(df["speaker_reason"]) == ["", "not_a_speaker:place"]
    assert text[int(df.at[0, "speaker_start"]):int(df.at[0, "speaker_end"])] == given
