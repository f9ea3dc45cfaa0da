"""A text of one line: a sentence is body text, a short headline is a title, and a corpus of
no sentence stops with one message naming the file; empty tables keep numeric dtypes."""

from __future__ import annotations

import pytest

from helpers.core.corpus import CorpusError, load_corpus, segment_text
from helpers.report.notebook import require_sentences

SENTENCE = "The committee said the new budget would arrive late."  # 52 characters, invented


def test_a_lone_sentence_without_newline_is_body_text(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text(SENTENCE, encoding="utf-8")
    corpus = load_corpus(path)
    assert len(corpus.sentences) == 1
    assert corpus.sentences["text"].iloc[0] == SENTENCE
    assert corpus.articles["title"].iloc[0] == ""
    require_sentences(corpus)  # no error: there is something to analyse


def test_a_short_headline_alone_stays_a_title_and_the_run_is_refused_by_name(tmp_path):
    path = tmp_path / "headline.txt"
    path.write_text("Budget arrives late", encoding="utf-8")
    corpus = load_corpus(path)
    assert corpus.articles["title"].iloc[0] == "Budget arrives late"
    assert corpus.sentences.empty
    with pytest.raises(CorpusError, match="headline.txt"):
        require_sentences(corpus)


def test_a_headline_ending_in_a_full_stop_but_short_is_a_title():
    corpus = segment_text("Budget arrives late.\n", source="s.txt")
    assert corpus.articles["title"].iloc[0] == "Budget arrives late."
    assert corpus.sentences.empty


def test_a_title_then_a_sentence_is_unchanged():
    corpus = segment_text(f"Budget news\n\n{SENTENCE}\n", source="t.txt")
    assert corpus.articles["title"].iloc[0] == "Budget news"
    assert corpus.sentences["text"].tolist() == [SENTENCE]


def test_empty_sentence_table_keeps_numeric_dtypes():
    corpus = segment_text("Budget arrives late\n", source="e.txt")
    assert corpus.sentences.empty
    for col in ("block_id", "section_index", "paragraph_index", "sentence_id", "start", "end",
                "n_words"):
        assert corpus.sentences[col].dtype == "int64", col
    # what notebook 01 does with the lengths: no TypeError on an empty table
    assert (corpus.sentences["n_words"] // 5 * 5).empty
