"""Speaker hygiene (issue 13, wt-speakers31): one key per description, and no place or
fragment as a speaker. Invented sentences and names only."""

from __future__ import annotations

import pytest

from helpers.instruments.quotes.extract import extract_quotes_text
from helpers.instruments.quotes.speakers import canonical_speakers


def _speech(text: str):
    df = extract_quotes_text(text, ranker=None)
    return df[df["kind"] == "speech"].reset_index(drop=True)


def test_description_key_ignores_case_and_article():
    out = canonical_speakers(["The Ostland senator", "the Ostland senator", "a narrator",
                              "the narrator", "the Narrows Council"],
                             ["group", "description", "description", "description", "group"],
                             "art")
    assert [o.canonical for o in out[:2]] == ["the Ostland senator"] * 2
    assert out[0].speaker_id == out[1].speaker_id
    assert out[2].canonical == out[3].canonical == "a narrator"
    assert out[2].speaker_id == out[3].speaker_id
    assert out[4].speaker_id not in (out[0].speaker_id, out[2].speaker_id)


def test_sentence_start_article_lowered_in_canonical_only():
    df = _speech("Harlow votes on the dam plan next week.\n\n"
                 "The Ostland senator said: \"The dam is a mistake.\"\n\n"
                 "\"We will not let the valley flood,\" the Ostland senator said on Monday.\n")
    assert list(df["speaker"]) == ["The Ostland senator", "the Ostland senator"]
    assert set(df["speaker_canonical"]) == {"the Ostland senator"}
    assert df["speaker_id"].nunique() == 1


def test_indefinite_then_definite_description_is_one_speaker():
    df = _speech("Harlow votes on the dam plan next week.\n\n"
                 "\"It is a good plan,\" a narrator said. \"We should build it,\" the narrator "
                 "added.\n")
    assert df["speaker_id"].nunique() == 1
    assert set(df["speaker_canonical"]) == {"a narrator"}


@pytest.mark.parametrize("speaker", ["A", "The"])
def test_lone_article_word_kept(speaker):
    assert canonical_speakers([speaker], ["group"], "art")[0].canonical == speaker
