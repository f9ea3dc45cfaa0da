"""Speaker accuracy by route (issue 13, session 26): ``speaker_pairs`` and ``by_route`` count
what ``score_polnear`` averages, split by the rule that gave the speaker."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pandas as pd
import pytest

from helpers.evaluate.polnear import score_polnear, speaker_pairs
from helpers.evaluate.polnear_routes import ROUTE_COLUMNS, by_route
from helpers.evaluate.shared_data import validation_dir
from tests.polnear_cache import dev_prediction, polnear_split

# invented: three quotations with a Source, one without
TEXT = ('"We sail at dawn," Mara Quell said. She added: "No delay." '
        'The harbour board called it "a fine plan". "Later," someone wrote.')


def _piece(words: str, speaker: str, pronoun: bool = False) -> dict:
    s = TEXT.index(words)
    return {"source": "r.txt", "quote_id": f"r.txt:{words}", "start": s, "end": s + len(words),
            "text": words, "speaker": speaker, "speaker_is_pronoun": pronoun,
            "speaker_antecedent": "Mara Quell" if pronoun else "", "cue_text": ""}


def _pred(words: str, speaker: str, route: str) -> dict:
    s = TEXT.index(words)
    return {"source": "r.txt", "start": s, "end": s + len(words), "kind": "speech",
            "speaker": speaker, "cue": "", "attribution": route}


GOLD = pd.DataFrame([_piece("We sail at dawn,", "Mara Quell"),
                     _piece("No delay.", "She", pronoun=True),
                     _piece("a fine plan", "The harbour board"),
                     _piece("Later,", "")])
PRED = pd.DataFrame([_pred("We sail at dawn,", "Mara Quell", "post-cue"),
                     _pred("No delay.", "Tobias Wren", "pre-cue"),
                     _pred("a fine plan", "The harbour board", ""),
                     _pred("Later,", "Mara Quell", "context")])


def test_pairs_are_the_scored_pieces_with_their_route_and_verdict() -> None:
    p = speaker_pairs(GOLD, PRED)
    assert list(p["route"]) == ["post-cue", "pre-cue", "none"]  # no Source: not a pair
    assert list(p["correct"]) == [True, False, True]
    assert list(p["source_is_pronoun"]) == [False, True, False]


def test_by_route_counts_and_the_all_row_is_the_scorer_figure() -> None:
    t = by_route(GOLD, PRED)
    assert list(t.columns) == ROUTE_COLUMNS
    first = t.iloc[0]
    assert (first.route, first.source_kind, first.pairs, first.wrong) == \
        ("pre-cue", "pronoun", 1, 1)
    assert first.share_of_wrong == pytest.approx(1.0)
    total = t[t["route"] == "all"].iloc[0]
    assert (total.pairs, total.wrong) == (3, 1)
    assert total.accuracy == pytest.approx(score_polnear(GOLD, PRED)["speaker_accuracy"])
    path = Path(__file__).resolve().parents[1] / "scripts" / "score_real_news.py"
    spec = importlib.util.spec_from_file_location("score_real_news_routes_test", path)
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert "| pre-cue | pronoun | 1 | 1 | 0.000 | 1.000 |" in script.route_markdown(t)


def test_no_attribution_column_and_no_pairs() -> None:
    t = by_route(GOLD, PRED.drop(columns="attribution"))
    assert set(t["route"]) == {"none", "all"}
    assert by_route(GOLD.iloc[3:], PRED).empty


def test_on_dev_the_all_row_equals_the_speaker_accuracy(polnear_dev_routes) -> None:
    split, pred = polnear_dev_routes
    t = by_route(split.gold, pred, texts=split.texts)
    s = score_polnear(split.gold, pred, texts=split.texts)
    total = t[t["route"] == "all"].iloc[0]
    assert total.pairs == s["n_speaker_pairs"]
    assert total.accuracy == pytest.approx(s["speaker_accuracy"])
    assert t.loc[t["route"] != "all", "pairs"].sum() == total.pairs
    assert {"post-cue", "pre-cue", "sentence-cue"} <= set(t["route"])


@pytest.fixture(scope="module")
def polnear_dev_routes():
    if not validation_dir("polnear").is_dir():
        pytest.skip(f"../shared/validation/polnear not present: {validation_dir('polnear')} "
                    "(set NS_SHARED_DATA)")
    return polnear_split("dev"), dev_prediction()


def test_the_scorer_does_not_read_the_instruments_lexicons(monkeypatch) -> None:
    """The scorer's "never a person" heads are its own frozen list (session 26): growing the
    instrument's document or organisation nouns must not move the ruler."""
    import helpers.core.lexicons as lex
    import helpers.evaluate.polnear as pn
    import helpers.evaluate.polnear_gold as pgold

    real = lex.load_words

    def guarded(name: str, *args, **kwargs):
        assert name not in ("document_nouns.txt", "org_nouns.txt"), name
        return real(name, *args, **kwargs)

    monkeypatch.setattr(lex, "load_words", guarded)
    # the lexicon cache lives with the antecedent rule in polnear_gold (scorer tidy)
    monkeypatch.setattr(pgold, "_LEXICON_SETS", {})
    assert pn._not_a_person("the campaign memo")
    assert pn._not_a_person("a Supreme Court ruling")
    assert pn._not_a_person("his office")
    assert not pn._not_a_person("the senator")
    heads = pn._lexicon_set("polnear_scorer_non_person_heads.txt", real)
    assert {"report", "statement", "agency", "administration"} <= heads
    assert len(heads) == 172
