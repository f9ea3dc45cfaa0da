"""Property: whatever the input, blocks partition the text and every unit reproduces itself."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.core.corpus import segment_text
from helpers.core.paths import DEFAULT_CORPUS, FIXTURES
from helpers.core.sentences import split_sentences

# lines of the default corpus when it is beside the clone (../shared), else none
RAW_LINES = (DEFAULT_CORPUS.read_text(encoding="utf-8").split("\n")
             if DEFAULT_CORPUS.is_file() else [])
PAGE_FILES = sorted((FIXTURES / "ns_pages").glob("*.txt"))
# lines of the web-page fixtures (banners, breadcrumbs, date lines, furniture, traps)
PAGE_LINES = sorted({ln for f in PAGE_FILES for ln in f.read_text(encoding="utf-8").split("\n")})

# pieces that exercise the segmenter: real corpus lines, markers, odd whitespace and marks
PIECES = st.one_of(
    st.sampled_from(RAW_LINES or PAGE_LINES),
    st.sampled_from(PAGE_LINES),
    st.sampled_from([
        "Show Hide image", "PHOTO: AP/REUTERS", "Research by A Person", "Correction: x.",
        "This article first appeared in the 1 May 2020 issue of the New Statesman, Title",
        "1. A heading", "\u00a0", " ", "\t", "“", "”", '"', "’", ". . .", "Mr.", "U.S.",
    ]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60),
)
SEPARATORS = st.sampled_from(["\n", "\n\n", "\r\n", "\r\n\r\n", "\r", " \n \n", "\n\n\n"])


@st.composite
def documents(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(PIECES, SEPARATORS), min_size=1, max_size=25))
    return "".join(p + s for p, s in parts)


def check_lossless(text: str) -> None:
    c = segment_text(text, source="doc.txt")
    b = c.blocks.sort_values("start")
    if text:
        assert b["start"].iloc[0] == 0 and b["end"].iloc[-1] == len(text)
    assert (b["start"].iloc[1:].to_numpy() == b["end"].iloc[:-1].to_numpy()).all()
    assert "".join(b["text"]) == text
    for table in (c.blocks, c.sentences):
        for s, e, t in zip(table["start"], table["end"], table["text"]):
            assert text[s:e] == t
    # sentences lie inside their block and do not overlap
    spans = sorted(zip(c.sentences["start"], c.sentences["end"]))
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(spans, spans[1:]))
    # every non-space character of a prose block is in exactly one sentence
    for _, blk in c.blocks[c.blocks["kind"].isin(["body", "standfirst", "list_item"])].iterrows():
        sents = c.sentences[c.sentences["block_id"] == blk["block_id"]]
        covered = sum(e - s for s, e in zip(sents["start"], sents["end"]))
        inner_space = sum(
            text[e1:s2].isspace() * (s2 - e1)
            for e1, s2 in zip(sents["end"].iloc[:-1], sents["start"].iloc[1:])
        )
        assert covered + inner_space == blk["end"] - blk["start"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_generated_documents_are_segmented_losslessly(text):
    check_lossless(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_never_crashes_and_stays_lossless(text):
    check_lossless(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_split_sentences_covers_non_space_characters(text):
    spans = split_sentences(text)
    joined = "".join(text[s:e] for s, e in spans)
    assert "".join(joined.split()) == "".join(text.split())
    assert all(s < e for s, e in spans)


def test_real_corpus_is_lossless(raw_text):
    check_lossless(raw_text)


@pytest.mark.parametrize("path", PAGE_FILES, ids=lambda p: p.name)
def test_web_page_fixtures_are_lossless(path):
    check_lossless(path.read_text(encoding="utf-8"))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(PAGE_LINES), SEPARATORS), min_size=1, max_size=30))
def test_shuffled_web_page_lines_are_lossless(parts):
    check_lossless("".join(p + s for p, s in parts))
