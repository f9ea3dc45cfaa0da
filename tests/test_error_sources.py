"""Every validation error table names the file its offsets point into (``source``).

Why: the error tables of ``make run`` (``quote-errors``/``errors-quotes``, ``errors-timex``/
``timeline-validation-errors``, ``errors-sentences``, ``errors-sentiment``) carried offsets
but no file, so a row could not be traced when several files are scored. Each test scores two
invented files whose errors sit at the same offsets, so only ``source`` tells the rows apart.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers.core.corpus import load_corpus
from helpers.evaluate.quotes import quote_errors
from helpers.evaluate.timeline import timex_errors
from helpers.evaluate.validation import sentence_boundary_report


def _quote(source: str, start: int, end: int, speaker: str, cue: str = "say") -> dict:
    return {"source": source, "start": start, "end": end, "text": f"words {start}",
            "kind": "speech", "speaker": speaker, "cue": cue, "continuation": False}


def test_quote_errors_name_the_file_of_each_row() -> None:
    """A gold quote missed in a.txt and a spurious one in b.txt, at the same offsets, and a
    wrong speaker in b.txt: each row carries its file (by name, as the gold files write it)."""
    gold = pd.DataFrame([_quote("a.txt", 10, 30, "Ann Lee"), _quote("b.txt", 50, 70, "Bo Ray")])
    pred = pd.DataFrame([_quote("data/b.txt", 10, 30, "Cy Day"),
                         _quote("data/b.txt", 50, 70, "Dee Fox")])
    errors = quote_errors(pred, gold)
    assert list(errors.columns) == ["error", "source", "start", "end", "text", "gold", "pred"]
    got = set(zip(errors["error"], errors["source"], errors["start"]))
    assert got == {("missed speech", "a.txt", 10), ("spurious speech", "b.txt", 10),
                   ("speaker", "b.txt", 50)}


def _timex(source: str, start: int, end: int, value: str) -> dict:
    return {"source": source, "start": start, "end": end, "text": "then", "type": "DATE",
            "value": value, "mod": ""}


def test_timex_errors_name_the_file_of_each_row() -> None:
    """Same offsets in two files: a value error in a.txt, a missed expression in b.txt."""
    gold = pd.DataFrame([_timex("a.txt", 5, 9, "1991"), _timex("b.txt", 5, 9, "1992")])
    pred = pd.DataFrame([_timex("x/a.txt", 5, 9, "PAST_REF")])
    errors = timex_errors(pred, gold)
    assert list(errors.columns)[:4] == ["error", "source", "start", "end"]
    assert set(zip(errors["error"], errors["source"])) == {("value", "a.txt"),
                                                           ("missed", "b.txt")}


def test_timex_errors_carry_both_offsets_of_the_gold_or_the_spurious_prediction() -> None:
    """An extent error reports gold's span; a spurious row reports the prediction's span."""
    gold = pd.DataFrame([_timex("a.txt", 5, 15, "1991")])
    pred = pd.DataFrame([_timex("a.txt", 8, 15, "1991"), _timex("a.txt", 40, 46, "1995")])
    errors = timex_errors(pred, gold).set_index("error")
    assert (errors.at["extent", "start"], errors.at["extent", "end"]) == (5, 15)
    assert (errors.at["spurious", "start"], errors.at["spurious", "end"]) == (40, 46)


def test_sentence_errors_name_the_file_and_quote_its_text(tmp_path: Path) -> None:
    """Two files scored together: a boundary missed in one file is reported with that file's
    name and context from that file's text, not the first file's."""
    body = {"a.txt": "Alpha one is here. Beta two is there.",
            "b.txt": "Gamma three is near. Delta four is far."}
    for name, text in body.items():
        (tmp_path / name).write_text(f"A headline\n\n{text}\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    first = len("A headline\n\n")
    a_cut = first + body["a.txt"].index(" Beta")
    # gold for a.txt agrees with the splitter; gold for b.txt is one sentence of two
    gold = pd.DataFrame([
        {"source": "a.txt", "start": first, "end": a_cut},
        {"source": "a.txt", "start": a_cut + 1, "end": first + len(body["a.txt"])},
        {"source": "b.txt", "start": first, "end": first + len(body["b.txt"])}])
    _, errors = sentence_boundary_report(corpus, gold)
    assert list(errors.columns) == ["error", "source", "offset", "context"]
    assert list(errors["source"]) == ["b.txt"]
    assert errors["error"].tolist() == ["spurious boundary (fp)"]
    assert errors["offset"].tolist() == [first + body["b.txt"].index(" Delta")]
    assert errors["context"].iloc[0].endswith("Gamma three is near. ‖  Delta four is far.\n")


def test_sentiment_errors_keep_the_file_of_each_gold_sentence() -> None:
    """The hand-labelled sentences scored wrong keep ``source`` beside ``start``/``end``; a
    sentence scored as labelled is not listed."""
    from helpers.evaluate.sentiment import sentiment_errors

    gold = pd.DataFrame([
        {"source": "a.txt", "start": 0, "end": 40, "label": "negative",
         "text": "This is a wonderful, brilliant and joyful success."},
        {"source": "b.txt", "start": 0, "end": 40, "label": "positive",
         "text": "This is a wonderful, brilliant and joyful success."}])
    errors = sentiment_errors(gold)
    assert list(errors.columns)[:4] == ["source", "start", "end", "text"]
    assert errors["source"].tolist() == ["a.txt"]
    assert errors["distance"].tolist() == [2]


def test_real_news_error_tables_carry_offsets_beside_the_file() -> None:
    """The PolNeAR and TimeML error tables named the file but not where in it: each row now
    has ``start``/``end`` after ``source`` (gold's for a matched pair), the other columns kept."""
    from helpers.evaluate.polnear import POLNEAR_GOLD_COLUMNS, polnear_errors
    from helpers.evaluate.timeml import timeml_errors

    def piece(source: str, start: int, end: int, speaker: str) -> dict:
        row = dict.fromkeys(POLNEAR_GOLD_COLUMNS, "")
        return {**row, "source": source, "quote_id": f"{source}:{start}", "start": start,
                "end": end, "text": "we will win", "kind": "speech", "speaker": speaker,
                "speaker_start": 0, "speaker_end": 3, "speaker_is_pronoun": False,
                "cue": "said", "cue_text": "said"}

    gold = pd.DataFrame([piece("a.txt", 10, 30, "Ann Lee"), piece("b.txt", 40, 60, "Bo Ray")])
    pred = pd.DataFrame([{"source": "a.txt", "start": 12, "end": 30, "kind": "speech",
                          "speaker": "Ann Lee", "cue": "shout"}])
    errors = polnear_errors(gold, pred)
    assert list(errors.columns)[:4] == ["source", "start", "end", "cause"]
    assert set(zip(errors["cause"], errors["source"], errors["start"], errors["end"])) == {
        ("wrong cue", "a.txt", 10, 30), ("missed quote", "b.txt", 40, 60)}

    tgold = pd.DataFrame([_timex("a.txt", 5, 9, "1991"), _timex("b.txt", 5, 9, "1992")])
    tpred = pd.DataFrame([_timex("a.txt", 5, 12, "1991"), _timex("b.txt", 20, 24, "1992")])
    terrors = timeml_errors(tgold, tpred)
    assert list(terrors.columns)[:4] == ["source", "start", "end", "cause"]
    assert set(zip(terrors["cause"], terrors["source"], terrors["start"], terrors["end"])) == {
        ("extent", "a.txt", 5, 9), ("missed", "b.txt", 5, 9), ("spurious", "b.txt", 20, 24)}
