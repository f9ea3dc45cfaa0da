"""``concat_corpora`` joins corpora segmented apart (texts segmented one by one, or two archives)
into one, offsets untouched, and refuses a source or article id in two parts (it would keep one
text for both silently). ``load_corpus`` joins its files with it. Invented articles and names."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.core.corpus import CorpusError, concat_corpora, load_corpus, segment_text

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
