"""Unit tests (invented text) for the quote rules added for real news (issue 13)."""

from __future__ import annotations

from helpers.instruments.quotes import extract_quotes_text
from helpers.instruments.quotes.marks import typewriter_to_double


def _speech(text: str):
    q = extract_quotes_text(text)
    return q[q["kind"] == "speech"].reset_index(drop=True)


def test_typewriter_marks_keep_offsets_and_become_double() -> None:
    text = "A ''b c,'' said D. It's rock''n''roll."
    out = typewriter_to_double(text)
    assert len(out) == len(text)
    assert out == 'A  "b c,"  said D. It\'s rock\'\'n\'\'roll.'


def test_typewriter_quotes_get_post_cue_speaker() -> None:
    text = ("Prices fell again in May.\n\n"
            "''The numbers are grim for the incumbents,'' said Willa Frantz, a pollster "
            "for a small firm. ''They will not recover soon.''\n")
    q = _speech(text)
    assert len(q) == 2
    assert q.at[0, "speaker"] == "Willa Frantz" and q.at[0, "cue"] == "say"
    assert q.at[0, "text"].startswith("The numbers")
    assert q.at[1, "speaker"] == "Willa Frantz"
