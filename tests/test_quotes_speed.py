"""The quote and timeline tables built without pandas' per-table detours are the same tables.

Why: throughput round 5 builds the quote table column by column with its final dtypes and
sorts quote and timex rows in Python; these tests hold each shortcut to the pandas code it
replaced (kept here as the reference), on invented records and texts.
"""

from __future__ import annotations

import pandas as pd

from helpers.core.corpus import Corpus, segment_text
from helpers.instruments.quotes import extract_quotes
from helpers.instruments.quotes.extract import _read_blocks, _sentence_index
from helpers.instruments.timeline import extract_timexes


def _same(a: pd.DataFrame, b: pd.DataFrame) -> None:
    assert list(a.columns) == list(b.columns)
    assert [str(t) for t in a.dtypes] == [str(t) for t in b.dtypes]
    assert a.index.equals(b.index)
    assert a.equals(b)
    for c in a.columns:  # None and NaN are both "equal" missing values: compare them too
        assert [repr(v) for v in a[c].tolist()] == [repr(v) for v in b[c].tolist()], c


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
