"""``concat_corpora`` joins corpora segmented apart (texts segmented one by one, or two archives)
into one, offsets untouched, and refuses a source or article id in two parts (it would keep one
text for both silently). ``load_corpus`` joins its files with it. Invented articles and names."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.core.corpus import (
    Corpus,
    CorpusError,
    concat_corpora,
    load_corpus,
    segment_text,
)

FIRST = ("Harbour plan approved\n\nThe council of Eastmere approved the plan on Monday.\n\n"
         "\"It is a good day,\" said Dana Voss, the council leader.\n")
SECOND = ("Bridge closed\n\nThe old bridge at Westfold closed on Friday.\n\n"
          "Repairs will take a month, the engineers said.\n")


def test_two_texts_join_into_one_corpus_with_their_offsets():
    a = segment_text(FIRST, source="first.txt", date="2021-03-01")
    b = segment_text(SECOND, source="second.txt", date="2021-03-02")
    joint = concat_corpora([a, b])
    assert set(joint.texts) == {"first.txt", "second.txt"}
    for name in ("articles", "blocks", "sentences"):
        want = pd.concat([getattr(a, name), getattr(b, name)], ignore_index=True)
        pd.testing.assert_frame_equal(getattr(joint, name), want)
    for s in joint.sentences.itertuples():  # every row still indexes its own text
        part = a if s.source == "first.txt" else b
        assert joint.text_of(s.source, s.start, s.end) == part.text_of(s.source, s.start, s.end)


def test_a_source_or_article_id_in_two_parts_is_refused():
    a = segment_text(FIRST, source="same.txt")
    with pytest.raises(CorpusError, match="same.txt"):
        concat_corpora([a, segment_text(SECOND, source="same.txt")])
    with pytest.raises(CorpusError, match="no corpus"):
        concat_corpora([])


def test_load_corpus_is_the_join_of_its_files(tmp_path):
    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SECOND, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    folder = load_corpus(tmp_path)
    joint = concat_corpora([load_corpus(tmp_path / "a.txt"), load_corpus(tmp_path / "b.txt")])
    for name in ("articles", "blocks", "sentences"):
        pd.testing.assert_frame_equal(getattr(folder, name), getattr(joint, name))
    assert folder.texts == joint.texts
    assert [f for f, _ in folder.skipped] == [str(tmp_path / "empty.txt")]


def test_an_article_id_in_two_parts_is_refused_by_name():
    """Two archives loaded apart, each with ``a.txt`` of the same title: the sources differ, the
    article ids do not (review 11: only the shared-source case was tested)."""
    a = segment_text("Harbour plan\n\nThe first text.\n", source="east/a.txt")
    b = segment_text("Harbour plan\n\nThe second text.\n", source="west/a.txt")
    assert list(a.articles["article_id"]) == list(b.articles["article_id"])
    with pytest.raises(CorpusError, match=str(a.articles["article_id"].iloc[0])):
        concat_corpora([a, b])


def test_a_shared_source_among_many_is_named_at_once():
    """Joining two large archives that share one source fails at once, naming it (review 11:
    the names were counted with ``list.count`` per source, quadratic: 40,002 sources took
    about 75 s before the error)."""
    import time

    n = 20_000
    empty = segment_text("", source="none.txt")

    def archive(prefix: str, extra: str) -> Corpus:
        names = [f"{prefix}{i}.txt" for i in range(n)] + [extra]
        return Corpus(texts=dict.fromkeys(names, ""),
                           articles=pd.DataFrame({"article_id": [f"{prefix}-{i}" for i in
                                                                 range(n + 1)]}),
                           blocks=empty.blocks, sentences=empty.sentences)

    a, b = archive("east-", "shared.txt"), archive("west-", "shared.txt")
    t0 = time.perf_counter()
    with pytest.raises(CorpusError, match="shared.txt"):
        concat_corpora([a, b])
    assert time.perf_counter() - t0 < 5.0  # about 0.01 s now; 75 s before
