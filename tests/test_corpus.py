"""Loader and segmenter: exact values for the corpus (read by hand) and for small fixtures."""

from __future__ import annotations

import pytest

from helpers.core.corpus import CorpusError, load_corpus, segment_text
from helpers.core.paths import DEFAULT_CORPUS, FIXTURES


def test_corpus_has_two_articles_with_titles_and_dates(corpus):
    a = corpus.articles
    assert len(a) == 2
    assert a["title"].tolist() == [
        "Stitch-up",
        "Losing Momentum: how Jeremy Corbyn’s support group ran out of steam",
    ]
    assert a["date"].tolist() == ["2007-09-17", "2017-03-23"]
    assert a["date_source"].tolist() == ["footer", "footer"]
    assert a["issue_title"].tolist() == [
        "How the Americans misled Blair over Iraq",
        "Trump's permanent revolution",
    ]
    assert a["format"].eq("newstatesman").all()
    assert a["article_id"].is_unique


def test_standfirsts_including_the_cut_short_one(corpus):
    standfirst = corpus.articles["standfirst"].tolist()
    assert standfirst[0].endswith("David Manning talks exclusively to J")
    assert standfirst[1].startswith("Tom Watson says it is destroying Labour.")
    assert standfirst[1].endswith("what is the truth about Momentum?")


def test_section_headings(corpus):
    b = corpus.blocks
    headings = b[b["kind"] == "heading"].groupby("article_id", sort=False)["text"].apply(list)
    assert headings.tolist() == [
        ["Testy exchanges", "Make peace, not war", "New man", "Manning: the CV"],
        ["1. The Bus", "2. The Conference", "3. The HQ", "4. The Fallout"],
    ]


def test_debris_credits_footers_and_correction(corpus):
    b = corpus.blocks
    kinds = dict(zip(b["text"], b["kind"]))
    assert kinds["Show Hide image"] == "debris"
    assert kinds["RAY TANGT/ANADOLU AGENCY/GETTY IMAGES"] == "credit"
    assert kinds["Research by Matt Sandy"] == "credit"
    footers = b[b["kind"] == "footer"]["line"].tolist()
    assert footers == [77, 206]
    corrections = b[b["kind"] == "correction"]
    assert corrections["line"].tolist() == [204]
    assert corpus.articles["corrections"].iloc[1].startswith("Correction: This article")
    # the image credit above the second title belongs to the second article
    credit = b[b["text"] == "RAY TANGT/ANADOLU AGENCY/GETTY IMAGES"].iloc[0]
    assert credit["article_id"] == corpus.articles["article_id"].iloc[1]


def test_cv_list_items(corpus):
    b = corpus.blocks
    items = b[b["kind"] == "list_item"]
    assert items["line"].tolist() == [63, 65, 67, 69, 71, 73]
    assert (items["section"] == "Manning: the CV").all()


def test_body_paragraph_counts(corpus, raw_text):
    # by hand: lines 5-59 odd are the Manning body minus 3 headings; Momentum body lines
    lines = raw_text.split("\n")
    body = corpus.blocks[corpus.blocks["kind"] == "body"]
    assert body["line"].min() == 5
    assert len(body[body["article_id"] == corpus.articles["article_id"].iloc[0]]) == 25
    # every non-empty line of the Momentum article between standfirst and correction,
    # minus its 4 numbered headings, is a body paragraph
    momentum = [i + 1 for i in range(85, 203) if lines[i].strip()]  # lines 86-203
    assert len(momentum) - 4 == len(body) - 25


def test_blocks_partition_the_text(corpus, raw_text):
    b = corpus.blocks.sort_values("start")
    assert b["start"].iloc[0] == 0
    assert b["end"].iloc[-1] == len(raw_text)
    assert (b["start"].iloc[1:].to_numpy() == b["end"].iloc[:-1].to_numpy()).all()
    assert "".join(b["text"]) == raw_text


def test_every_unit_reproduces_its_text(corpus):
    text = corpus.texts[str(DEFAULT_CORPUS)]
    for table in (corpus.blocks, corpus.sentences):
        for s, e, t in zip(table["start"], table["end"], table["text"]):
            assert text[s:e] == t


def test_sentences_point_at_their_block(corpus):
    blocks = corpus.blocks.set_index("block_id")
    for _, s in corpus.sentences.iterrows():
        blk = blocks.loc[s["block_id"]]
        assert blk["start"] <= s["start"] < s["end"] <= blk["end"]
        assert blk["kind"] == s["block_kind"]


def test_plain_fixture_articles_and_metadata_dates(plain_corpus):
    arts = plain_corpus.articles
    a = arts.set_index(arts["source"].str.rsplit("/", n=1).str[-1])
    assert a.loc["council_budget.txt", "title"] == (
        'Council approves cuts as mayor warns of "hard winter"'
    )
    assert a.loc["council_budget.txt", "date"] == "2019-03-14"
    assert a.loc["party_row.txt", "date_source"] == "metadata.csv"
    assert (a["format"] == "plain").all()
    # blank-line separated, hard-wrapped: 5 paragraphs; one per line: 5 paragraphs
    assert a["n_paragraphs"].tolist() == [5, 5]


def test_hard_wrapped_paragraph_is_one_block(plain_corpus):
    b = plain_corpus.blocks
    first_body = b[b["kind"] == "body"].iloc[0]
    assert first_body["text"].startswith("The city council voted on Tuesday")
    assert first_body["text"].endswith("said the decision was painful.")


def test_newstatesman_without_footer_splits_at_image_credit():
    c = load_corpus(FIXTURES / "ns" / "no_footer.txt")
    assert c.articles["title"].tolist() == [
        "A quiet revolution",
        "Second thoughts on the special relationship",
    ]
    assert c.articles["credits"].tolist() == ["", "JOHN SMITH/GETTY IMAGES"]
    headings = c.blocks[c.blocks["kind"] == "heading"]["text"].tolist()
    assert headings == ["1. The embassy", "The last word"]


def test_date_argument_and_footer_precedence(tmp_path, raw_text):
    f = tmp_path / "a.txt"
    f.write_text("Title here\n\nOne paragraph of text. Another sentence.\n", encoding="utf-8")
    c = load_corpus(f, date="2020-01-31")
    assert c.articles["date"].tolist() == ["2020-01-31"]
    assert c.articles["date_source"].tolist() == ["--date"]
    c2 = segment_text(raw_text, date="1999-01-01")
    assert c2.articles["date"].tolist() == ["2007-09-17", "2017-03-23"]
    with pytest.raises(CorpusError, match="not YYYY-MM-DD"):
        load_corpus(f, date="31/01/2020")


def test_windows_line_endings_are_kept_and_offsets_hold():
    text = "A title\r\n\r\nFirst paragraph. Second sentence.\r\nThird line here.\r\n"
    c = segment_text(text)
    assert "".join(c.blocks["text"]) == text
    assert c.sentences["text"].tolist() == [
        "First paragraph.", "Second sentence.", "Third line here.",
    ]


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Published 3 March 2017", "2017-03-03"),
        ("March 3, 2017", "2017-03-03"),
        ("Friday 24 November 2026 10:02 GMT", "2026-11-24"),
        ("Updated: Sept. 4, 2019 at 5:30 p.m.", "2019-09-04"),
    ],
)
def test_plain_article_dateline_and_byline_are_metadata(line, iso):
    text = f"A headline here\nBy Jane Doe\n{line}\n\nFirst paragraph here. Second one.\n"
    c = segment_text(text, date="2020-01-01")
    assert c.articles["date"].tolist() == [iso]
    assert c.articles["date_source"].tolist() == ["dateline"]
    kinds = c.blocks[c.blocks["kind"] != "blank"]["kind"].tolist()
    assert kinds == ["title", "credit", "credit", "body"]


def test_a_sentence_with_a_date_is_not_a_dateline():
    c = segment_text("Title\n\nIn March 2017 we met.\n", date="2020-01-01")
    assert c.articles["date_source"].tolist() == ["--date"]
    assert c.blocks[c.blocks["kind"] == "body"]["text"].tolist() == ["In March 2017 we met."]
