"""Exported tables whose rows are text units (a paragraph, a section) carry ``source``,
``start`` and ``end`` like the sentence tables, so that ``text[start:end]`` finds the unit: the
walkthrough found ``sentiment-paragraphs.csv`` with a paragraph number and no offsets."""

from __future__ import annotations

import pandas as pd

from helpers.core.corpus import load_corpus
from helpers.core.paths import FIXTURES
from helpers.instruments import sentiment as sn
from helpers.report.aggregate import with_spans

#: Invented article: a title, a standfirst, two body paragraphs, a heading, a third paragraph
#: and a correction (paragraph_index -1 like the standfirst, but far from it).
TEXT = ("Invented headline over a plain page\n\nA standfirst line that sets the scene.\n\n"
        "By Jo Reed\n\n"
        "The first paragraph is calm. It has two sentences.\n\n"
        "The second paragraph is angry and bitter.\n\n"
        "A heading\n\n"
        "The third paragraph closes the piece. It ends well.\n\n"
        "Correction: an earlier version misnamed the town.\n")


def _sentences(tmp_path, text: str = TEXT) -> tuple[str, pd.DataFrame]:
    """The file's text and its sentences, each given a score."""
    path = tmp_path / "invented.txt"
    path.write_text(text, encoding="utf-8")
    corpus = load_corpus(path, date="2020-01-01")
    sent = corpus.sentences.assign(score=[0.1 * i for i in range(len(corpus.sentences))])
    return corpus.texts[str(path)] if str(path) in corpus.texts else next(
        iter(corpus.texts.values())), sent


def test_paragraph_rows_get_the_span_of_their_sentences(tmp_path) -> None:
    text, sent = _sentences(tmp_path)
    keys = ["article_id", "section_index", "paragraph_index"]
    table = with_spans(sn.aggregate(sent, "paragraph"), sent, keys)
    assert list(table.columns[:6]) == ["source", *keys, "start", "end"]
    body = table[table["paragraph_index"] >= 0]
    assert [text[a:b] for a, b in zip(body["start"], body["end"])] == [
        "The first paragraph is calm. It has two sentences.",
        "The second paragraph is angry and bitter.",
        "The third paragraph closes the piece. It ends well."]
    assert table["n"].tolist() == sn.aggregate(sent, "paragraph")["n"].tolist()  # rows kept


def test_a_group_of_scattered_sentences_gets_no_span(tmp_path) -> None:
    """Standfirst and correction share paragraph_index -1 (same section, no heading between):
    one span from the first to the last would cover the whole article, so that row has none."""
    text, sent = _sentences(tmp_path, TEXT.replace("A heading\n\n", ""))
    keys = ["article_id", "section_index", "paragraph_index"]
    table = with_spans(sn.aggregate(sent, "paragraph"), sent, keys)
    other = table[table["paragraph_index"] < 0]
    assert other["n"].tolist() == [2]  # the standfirst sentence and the correction
    assert other["start"].isna().all() and other["end"].isna().all()
    assert table[table["paragraph_index"] >= 0]["start"].notna().all()


def test_section_rows_span_from_first_to_last_sentence(tmp_path) -> None:
    text, sent = _sentences(tmp_path)
    table = with_spans(sn.aggregate(sent, "section"), sent, ["article_id", "section_index"])
    last = table.iloc[-1]
    assert text[int(last["start"]):int(last["end"])].startswith("The third paragraph")
    assert text[int(last["start"]):int(last["end"])].endswith("misnamed the town.")


def test_fixture_paragraph_spans_hold_the_paragraph_text() -> None:
    corpus = load_corpus(FIXTURES / "plain", date="2020-01-01")
    sent = corpus.sentences.assign(score=0.0)
    table = with_spans(sn.aggregate(sent, "paragraph"), sent,
                       ["article_id", "section_index", "paragraph_index"])
    blocks = corpus.blocks[corpus.blocks["paragraph_index"] >= 0]
    body = table[table["paragraph_index"] >= 0].merge(
        blocks[["article_id", "paragraph_index", "text"]], on=["article_id", "paragraph_index"])
    assert len(body) == len(table[table["paragraph_index"] >= 0]) > 5
    for source, start, end, block in zip(body["source"], body["start"], body["end"],
                                         body["text"]):
        assert corpus.texts[source][int(start):int(end)] == block.strip()
