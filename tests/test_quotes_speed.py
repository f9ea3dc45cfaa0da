"""The quote and timeline tables built without pandas' per-table detours are the same tables.

Why: throughput round 5 builds the quote table column by column with its final dtypes and
sorts quote and timex rows in Python; these tests hold each shortcut to the pandas code it
replaced (kept here as the reference), on invented records and texts.
"""

from __future__ import annotations

import random

import numpy as np
import pandas as pd
import pytest

from helpers.core.corpus import Corpus, segment_text
from helpers.instruments.quotes import extract_quotes
from helpers.instruments.quotes.extract import (
    _DTYPES,
    QUOTE_COLUMNS,
    _frame,
    _read_blocks,
    _sentence_index,
    _types,
)
from helpers.instruments.timeline import extract_timexes


def _reference(records: list[dict]) -> pd.DataFrame:
    """The table as it was built before round 5."""
    df = pd.DataFrame.from_records(records, columns=QUOTE_COLUMNS)
    df = df.sort_values(["source", "start", "end"], kind="stable").reset_index(drop=True)
    return _types(df)


def _same(a: pd.DataFrame, b: pd.DataFrame) -> None:
    assert list(a.columns) == list(b.columns)
    assert [str(t) for t in a.dtypes] == [str(t) for t in b.dtypes]
    assert a.index.equals(b.index)
    assert a.equals(b)
    for c in a.columns:  # None and NaN are both "equal" missing values: compare them too
        assert [repr(v) for v in a[c].tolist()] == [repr(v) for v in b[c].tolist()], c


def _random_record(rng: random.Random) -> dict:
    words = ["", "say", "Ms Ōkafor", "the minister", "“quoted”", "naïve", "🙂 ok", "x#1"]
    rec: dict = {}
    for c in QUOTE_COLUMNS:
        dtype = _DTYPES.get(c, object)
        if dtype == "int64":
            rec[c] = rng.randrange(-1, 500)
        elif dtype == "Int64":
            rec[c] = rng.choice([None, rng.randrange(0, 5000)])
        elif dtype is bool:
            rec[c] = rng.random() < 0.5
        else:
            rec[c] = rng.choice(words)
    rec["source"] = rng.choice(["b.txt", "a.txt", "é.txt"])
    return rec


@pytest.mark.parametrize("seed", range(6))
def test_frame_equals_from_records(seed: int) -> None:
    rng = random.Random(seed)
    records = [_random_record(rng) for _ in range(rng.randrange(1, 40))]
    if seed == 0:  # nullable columns all missing, then all present
        for r in records:
            r["cue_start"] = None
            r["cue_end"] = 7
    expected = _reference([dict(r) for r in records])
    records.sort(key=lambda r: (r["source"], r["start"], r["end"]))
    _same(_frame(records), expected)


@pytest.mark.parametrize("column, value", [
    ("speaker", None),           # inference turns a None among strings into NaN
    ("speaker_id", float("nan")),
    ("cue", 3),                  # a non-string: an object column of mixed values
    ("start", np.int64(4)),
    ("cue_start", True),
    ("closed", 1),
])
def test_frame_falls_back_on_unusual_values(column: str, value: object) -> None:
    rng = random.Random(7)
    records = [_random_record(rng) for _ in range(5)]
    records[2][column] = value
    records.sort(key=lambda r: (r["source"], r["start"], r["end"]))
    _same(_frame([dict(r) for r in records]), _reference([dict(r) for r in records]))


def _two_files() -> Corpus:
    texts = {
        "b.txt": ("A title\n\nThe minister said on Monday: “We will build it in 2027.”\n\n"
                  "“Not now,” Ms Cole replied last week. “Maybe in the spring.”\n"),
        "a.txt": ("Another title\n\n“It was cold,” he said on 3 May 2021.\n\n"
                  "The council met yesterday and “voted”, a spokesman said.\n"),
    }
    parts = [segment_text(t, source=s, date="2024-02-01") for s, t in texts.items()]
    return Corpus(texts={k: v for p in parts for k, v in p.texts.items()},
                  articles=pd.concat([p.articles for p in parts], ignore_index=True),
                  blocks=pd.concat([p.blocks for p in parts], ignore_index=True),
                  sentences=pd.concat([p.sentences for p in parts], ignore_index=True))


def test_block_and_sentence_lookups_equal_pandas() -> None:
    corpus = _two_files()
    blocks, sents = corpus.blocks, corpus.sentences
    names = ("source", "article_id", "block_id", "start", "end", "paragraph_index", "kind",
             "text")
    from helpers.core.corpus import READ_KINDS
    qb = blocks[blocks["kind"].isin(READ_KINDS) & (blocks["article_id"] != "")]
    qb = qb.sort_values(["source", "start"], kind="stable")
    assert _read_blocks(blocks, names) == {c: qb[c].tolist() for c in names}
    index = _sentence_index(sents)
    groups = list(sents.groupby(["source", "article_id"], sort=False))
    assert len(groups) == len(index) == 2
    for key, grp in groups:
        grp = grp.sort_values("start")
        starts, ids = index[key]
        assert starts.tolist() == grp["start"].tolist()
        assert ids.tolist() == grp["sentence_id"].tolist()


def test_tables_of_two_files_are_sorted_by_source() -> None:
    corpus = _two_files()
    quotes = extract_quotes(corpus)
    assert set(quotes["source"]) == {"a.txt", "b.txt"} and quotes["speaker"].ne("").any()
    _same(quotes, quotes.sort_values(["source", "start", "end"],
                                     kind="stable").reset_index(drop=True))
    timexes = extract_timexes(corpus)
    assert set(timexes["source"]) == {"a.txt", "b.txt"}
    _same(timexes, timexes.sort_values(["source", "start"], kind="stable")
          .reset_index(drop=True))
