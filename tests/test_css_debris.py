"""Lines of a style sheet left in a scraped text are debris (``rule`` = ``css``), never headings
or body paragraphs, and keep their offsets (:mod:`helpers.core.css`). Invented texts only."""

from __future__ import annotations

import pytest

from helpers.core.corpus import segment_text
from helpers.core.css import css_line_indices, is_css_rule_line
from helpers.core.paths import FIXTURES

STYLE = """.author-box {
   width:100%;
   border-top:1px solid #cccccc;
   }
   .author-box img, .author-box .photo {
   -webkit-border-radius: 40px;
   float:left;
   }

@media screen and (max-width: 480px) {
.author-box {
height: 200px !important;
}.
}."""

ARTICLE = (
    "Harbour board delays the ferry vote\n\n"
    "The harbour board in Kestlow put off its vote on the new ferry route on Monday.\n\n"
    "Members said they needed another month to read the costings.\n\n"
    f"{STYLE}\n\n"
    "Mira Okafor is a reporter at the Kestlow Courier.\n"
)


def _kinds(text: str) -> list[tuple[str, str, str]]:
    blocks = segment_text(text, source="harbour.txt").blocks
    return [(b.text, b.kind, b.rule) for b in blocks.itertuples() if b.kind != "blank"]


def test_a_style_sheet_in_a_plain_article_is_debris_with_its_offsets():
    corpus = segment_text(ARTICLE, source="harbour.txt")
    blocks = corpus.blocks[corpus.blocks["kind"] != "blank"]
    css = blocks[blocks["rule"] == "css"]
    style_lines = [line.strip() for line in STYLE.splitlines() if line.strip()]
    assert list(css["text"]) == style_lines  # one block per line, none joined to another
    assert set(css["kind"]) == {"debris"}
    for b in css.itertuples():  # offsets into the source text
        assert ARTICLE[b.start : b.end] == b.text
    a = corpus.articles.iloc[0]
    assert a["title"] == "Harbour board delays the ferry vote"
    assert a["n_sections"] == 0  # `.author-box {` and `}` were section headings
    assert a["n_paragraphs"] == 3  # the two paragraphs and the bio line, no declaration
    assert not corpus.sentences["text"].str.contains("{|}|px", regex=True).any()


def test_nothing_is_dropped():
    blocks = segment_text(ARTICLE, source="harbour.txt").blocks
    assert "".join(blocks.sort_values("start")["text"]) == ARTICLE


@pytest.mark.parametrize("text", [
    # a closing brace never comes: not a block
    "Notes from the count {\nturnout: 61 per cent;\nThe recount starts at noon.",
    # an English line that ends in a brace, closed, but nothing inside is a declaration
    "The set {\nof all voters\n}",
    # prose with colons and semicolons outside any block
    "Turnout: 61 per cent; the lowest since 1992;",
    "Note: the figures are provisional;",
])
def test_prose_with_braces_or_colons_is_not_css(text):
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert css_line_indices(lines) == set()


def test_prose_around_a_block_keeps_its_kinds():
    text = ("Harbour board delays the ferry vote\n\n"
            "Turnout: 61 per cent; the lowest since 1992;\n\n"
            ".box { color: red; }\n\n"
            "The vote is now set for June.\n")
    kinds = _kinds(text)
    assert kinds[2] == (".box { color: red; }", "debris", "css")
    assert [k for _, k, _ in kinds if k != "debris"] == ["title", "body", "body"]


def test_one_line_rules():
    assert is_css_rule_line(".box { color: red; }")
    assert is_css_rule_line("a:hover{text-decoration:underline;}")
    assert is_css_rule_line("ul li a:hover { color: #333; -webkit-border-radius: 4px; }")
    assert is_css_rule_line("input[type=text] { width: 100%; }")
    assert is_css_rule_line("div.card > p::first-line { --gap: 2px; font-weight: bold; }")
    assert not is_css_rule_line("The set {of all voters}")


# Lines shaped like a one-line rule that are not CSS: an invented line of prose, code samples of
# an article on software (a type, a record), a value without `;`. Each must stay readable text.
NOT_CSS = [
    "Smith { said: yes }",
    "Smith { said: yes; }",
    "Person { name: string; }",
    "User { id: number; email: string; }",
    "Table { width: wide }",
    ".box { colour: red; }",
    "a:hover{text-decoration:underline}",
]


@pytest.mark.parametrize("line", NOT_CSS)
def test_lines_shaped_like_a_rule_but_not_css_are_not_rules(line):
    assert not is_css_rule_line(line)


@pytest.mark.parametrize("line", NOT_CSS[:5])
def test_prose_and_code_samples_shaped_like_a_rule_stay_text(line):
    """Not debris: the segmenter's own kind (a short line without a full stop is a heading)."""
    text = ("Harbour board delays the ferry vote\n\n"
            "The harbour board in Kestlow put off its vote on Monday.\n\n"
            f"{line}\n\n"
            "Members said they needed another month.\n")
    kinds = _kinds(text)
    kind = next(k for t, k, _ in kinds if t == line)
    assert kind in {"body", "heading"}
    assert "css" not in [r for _, _, r in kinds]


def test_a_style_sheet_on_a_web_page_is_not_body():
    page = (FIXTURES / "ns_pages" / "banner_nodate.txt").read_text(encoding="utf-8")
    lines = page.split("\n")
    body = next(i for i, line in enumerate(lines) if line.startswith("Consumer groups"))
    text = "\n".join(lines[: body + 1] + STYLE.splitlines() + lines[body + 1 :])
    corpus = segment_text(text, source="page.txt")
    blocks = corpus.blocks
    css = blocks[blocks["text"].isin([line.strip() for line in STYLE.splitlines()])
                 & (blocks["kind"] != "blank")]
    assert len(css) == len([line for line in STYLE.splitlines() if line.strip()])
    assert not css["kind"].isin(["body", "heading", "list_item", "title", "standfirst"]).any()
    assert set(css["rule"]) == {"css"}


@pytest.mark.parametrize("line", [
    "del { text-decoration: line-through; }",
    "kbd, samp, var { font-family: monospace; }",
    "title { display: none; }",
    "abbr, acronym { border-bottom: 1px dotted; }",
    "ruby rt { font-size: 50%; }",
    "progress { width: 100%; }",
])
def test_one_line_rules_on_every_html_element_are_css(line):
    """Review 10: ``html_elements.txt`` left out standard elements (``del`` beside ``ins``,
    ``kbd``, ``var``, ``title``, ...), so a rule naming one was kept as prose."""
    assert is_css_rule_line(line)


@pytest.mark.parametrize("lines", [
    ["interface User {", "id: number;", "email: string;", "}"],
    ["Person {", "name: string;", "}"],
    ["The agenda {", "item: budget;", "}"],
])
def test_a_block_of_declarations_naming_no_css_property_is_not_css(lines):
    """Review 10: the vocabulary test of a one-line rule (session 21) also holds for a rule
    block over several lines: a code sample laid out as a block stayed debris before."""
    assert css_line_indices(["Intro.", *lines, "Outro."]) == set()
    assert css_line_indices(["Intro.", "body {", "color: red;", "margin: 0;", "}",
                             "Outro."]) == {1, 2, 3, 4}
