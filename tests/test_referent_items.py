"""``scripts/referent_items.py``: which PolNeAR Sources become referent items (invented data)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pandas as pd

_PATH = Path(__file__).resolve().parents[1] / "scripts" / "referent_items.py"
_SPEC = importlib.util.spec_from_file_location("referent_items_for_test", _PATH)
items_mod = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(items_mod)

DETS = ("the", "his", "a")


def _gold(rows: list[tuple[str, str, str, int]]) -> pd.DataFrame:
    """Gold pieces (article, quote_id, Source text, Source start) of invented articles."""
    return pd.DataFrame(
        [{"source": a, "quote_id": q, "speaker": s, "speaker_start": st,
          "speaker_end": st + len(s)} for a, q, s, st in rows])


def test_source_kind_separates_pronouns_descriptions_and_names() -> None:
    assert items_mod.source_kind("She", DETS) == "pronoun"
    assert items_mod.source_kind("which", DETS) == "pronoun"
    assert items_mod.source_kind("the board", DETS) == "description"
    assert items_mod.source_kind("the Ohio governor", DETS) == "description"  # determiner first
    assert items_mod.source_kind("protesters", DETS) == "description"  # no capitalised word
    assert items_mod.source_kind("Ann Ferro", DETS) is None
    assert items_mod.source_kind("Ohio Gov. Ann Ferro", DETS) is None
    assert items_mod.source_kind("  ", DETS) is None


def test_select_items_takes_whole_articles_numbered_from_first_item() -> None:
    gold = _gold([
        ("a1.txt", "a1.txt:E1", "Ann Ferro", 10),  # a name: no item, so a1 has none
        ("a2.txt", "a2.txt:E2", "she", 80),
        ("a2.txt", "a2.txt:E1", "the mayor", 40),
        ("a2.txt", "a2.txt:E1", "the mayor", 40),  # second piece of the same quotation
        ("a3.txt", "a3.txt:E1", "Bo Lind", 5),
        ("a4.txt", "a4.txt:E3", "his aide", 7),
        ("a5.txt", "a5.txt:E1", "he", 3),
    ])
    out = items_mod.select_items(gold, ["a1.txt", "a2.txt", "a3.txt", "a4.txt", "a5.txt"],
                                 n_articles=2, first_item=279, determiners=DETS)
    assert list(out.columns) == items_mod.ITEM_COLUMNS
    assert out["item"].tolist() == [279, 280, 281]
    assert out["article"].tolist() == ["a2.txt", "a2.txt", "a4.txt"]  # a5 is past the limit
    assert out["quote_id"].tolist() == ["a2.txt:E1", "a2.txt:E2", "a4.txt:E3"]  # Source order
    assert out["kind"].tolist() == ["description", "pronoun", "description"]
    assert out.iloc[1][["source_start", "source_end"]].tolist() == [80, 83]


def test_select_items_follows_the_article_order_given() -> None:
    gold = _gold([("b.txt", "b.txt:E1", "he", 1), ("a.txt", "a.txt:E1", "she", 1)])
    out = items_mod.select_items(gold, ["b.txt", "a.txt"], n_articles=1, first_item=1,
                                 determiners=DETS)
    assert out["article"].tolist() == ["b.txt"] and out["item"].tolist() == [1]
