"""The PolNeAR scorer's pair table (scorer tidy, 2026-12-06): predicted quotes matched to gold
once, one row per matched / missed / spurious piece with its verdicts, read by
``score_polnear``, ``speaker_pairs`` and ``polnear_errors``. Invented text and names."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.evaluate.polnear import (
    PAIR_COLUMNS,
    pair_table,
    polnear_errors,
    prepare_quotes,
    score_polnear,
    speaker_ok,
    speaker_pairs,
)

TEXT = ('Councillor Odile Brandt spoke first. "The bridge opens in May," Brandt said. '
        'She added: "Tolls stay low." "We object," wrote the Ferrymen\'s Guild. '
        'A note on the door said "close it now".')
SRC = "bridge.txt"


def _gold(words: str, speaker: str, pronoun: bool = False, ante: str = "",
          cue: str = "said") -> dict:
    s = TEXT.index(words)
    return {"source": SRC, "quote_id": f"{SRC}:{words[:5]}", "start": s, "end": s + len(words),
            "text": words, "kind": "speech", "speaker": speaker, "speaker_start": 0,
            "speaker_end": 0, "speaker_is_pronoun": pronoun, "speaker_antecedent": ante,
            "cue": cue, "cue_text": cue}


def _pred(words: str, speaker: str, route: str = "post-cue", cue: str = "say") -> dict:
    s = TEXT.index(words)
    return {"source": SRC, "start": s, "end": s + len(words), "text": words, "kind": "speech",
            "speaker": speaker, "cue": cue, "attribution": route}


GOLD = pd.DataFrame([_gold("The bridge opens in May,", "Brandt"),
                     _gold("Tolls stay low.", "She", pronoun=True, ante="Brandt", cue="added"),
                     _gold("We object,", "the Ferrymen's Guild", cue="wrote"),
                     _gold("close it now", "A note on the door")])
PRED = pd.DataFrame([_pred("The bridge opens in May,", "Odile Brandt"),
                     _pred("Tolls stay low.", "Odile Brandt", route="pre-cue", cue="add"),
                     _pred("We object,", "Odile Brandt", route="", cue="write"),
                     _pred("spoke first", "Odile Brandt", route="context", cue="")])


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    return pair_table(GOLD, PRED, texts={SRC: TEXT})


def _row(t: pd.DataFrame, text: str) -> pd.Series:
    rows = t[t["text"] == text]
    assert len(rows) == 1, rows
    return rows.iloc[0]


def test_columns_and_one_row_per_piece_in_order(table) -> None:
    assert list(table.columns) == PAIR_COLUMNS
    assert list(table["kind"]) == ["matched", "matched", "matched", "missed", "spurious"]


def test_matched_right_speaker(table) -> None:
    r = _row(table, "The bridge opens in May,")
    assert r.kind == "matched" and r.has_source and not r.source_is_pronoun
    assert bool(r.correct) and r.reference == "Brandt" and r.route == "post-cue"
    assert bool(r.cue_ok) and r.pred_speaker == "Odile Brandt"


def test_matched_wrong_speaker(table) -> None:
    r = _row(table, "We object,")
    assert r.kind == "matched" and r.has_source
    assert not bool(r.correct) and r.reference == "the Ferrymen's Guild"
    assert r.route == "none"  # an empty attribution is the route "none"


def test_pronoun_resolved_to_its_antecedent(table) -> None:
    r = _row(table, "Tolls stay low.")
    assert r.source_is_pronoun and r.gold_speaker == "She"
    assert bool(r.correct) and r.reference == "Brandt" and bool(r.cue_ok)
    # the same piece with another person as speaker is wrong: the antecedent decides
    other = PRED.assign(speaker=["Odile Brandt", "Tomas Keel", "Odile Brandt", "Odile Brandt"])
    assert not bool(_row(pair_table(GOLD, other), "Tolls stay low.").correct)


def test_unmatched_gold_is_missed_without_a_verdict(table) -> None:
    r = _row(table, "close it now")
    assert r.kind == "missed" and r.pred_row == -1 and r.pred_speaker == ""
    assert r.gold_speaker == "A note on the door" and r.quote_id.endswith(":close")
    assert pd.isna(r.correct) and pd.isna(r.cue_ok)


def test_spurious_prediction_without_a_verdict(table) -> None:
    r = _row(table, "spoke first")
    assert r.kind == "spurious" and r.gold_row == -1 and r.gold_speaker == ""
    assert r.route == "context" and r.pred_speaker == "Odile Brandt"
    assert pd.isna(r.correct)


def test_the_three_readers_agree_with_the_table(table) -> None:
    s = score_polnear(GOLD, PRED, texts={SRC: TEXT})
    assert (s["n_matched"], s["n_gold_pieces"], s["n_pred_speech"]) == (3, 4, 4)
    assert (s["n_speaker_pairs"], s["n_speaker_pairs_non_pronoun"]) == (3, 2)
    assert s["speaker_accuracy"] == pytest.approx(2 / 3)
    assert s["speaker_accuracy_non_pronoun"] == pytest.approx(1 / 2)
    assert s["quote_recall"] == pytest.approx(3 / 4)
    p = speaker_pairs(GOLD, PRED, texts={SRC: TEXT})
    assert list(p["correct"]) == [True, True, False]
    assert list(p["route"]) == ["post-cue", "pre-cue", "none"]
    e = polnear_errors(GOLD, PRED, texts={SRC: TEXT})
    assert list(e["cause"]) == ["wrong person", "missed quote", "spurious quote"]


def test_public_helpers_are_the_scorers_own() -> None:
    g, p = prepare_quotes(GOLD, PRED)
    assert list(g.index) == list(range(4)) and "cue_own" in p.columns
    row = g.iloc[1]
    assert speaker_ok("Odile Brandt", row, None) and not speaker_ok("Tomas Keel", row, None)


def test_hand_made_tables_without_text_columns() -> None:
    """``speaker_pairs`` and ``score_polnear`` never needed the pieces' text (nor the gold's
    cue, for the speaker pairs): a prediction table without ``text`` still scores."""
    pred = PRED.drop(columns="text")
    gold = GOLD.drop(columns=["text", "cue_text", "cue"])
    assert list(speaker_pairs(gold, pred)["correct"]) == [True, True, False]
    assert score_polnear(GOLD, pred)["n_pred_speech"] == 4
