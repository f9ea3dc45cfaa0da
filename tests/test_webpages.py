"""New Statesman web pages: layouts, furniture and metadata on invented fixture pages.

The fixtures in ``tests/fixtures/ns_pages/`` were written for these tests (invented articles in
the shapes of the site's layouts, two or more per layout); the expected values below were
written by hand from the fixture text, line by line.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from helpers.core.check import check_corpus, file_warnings, summarise
from helpers.core.corpus import PROSE_KINDS, READ_KINDS, load_corpus, segment_text
from helpers.core.paths import FIXTURES, PROJECT_ROOT
from helpers.core.webpage import furniture_rule

PAGES = FIXTURES / "ns_pages"

F = "furniture"
# file -> (title, date, date_source, author, section, [kind or "furniture:rule", ...])
EXPECTED: dict[str, tuple[str, str, str, str, str, list[str]]] = {
    "support_breadcrumbs.txt": (
        "Why the coastal towns stopped trusting Westminster", "2017-12-30", "dateline",
        "Harriet Vale", "Politics > The Staggers",
        [f"{F}:banner", f"{F}:breadcrumb", f"{F}:breadcrumb", f"{F}:dateline", "title",
         "standfirst", f"{F}:byline", "body", "body", "list_item", "list_item", "list_item",
         "body", f"{F}:subscription", f"{F}:partners", f"{F}:partners", f"{F}:partners",
         f"{F}:topics", f"{F}:newsletter", f"{F}:newsletter", f"{F}:bio", f"{F}:widget",
         f"{F}:teaser"],
    ),
    "support_debug_jobs.txt": (
        "The ministers who never read the treaty", "2021-03-14", "dateline", "New Statesman",
        "World",
        [f"{F}:debug", f"{F}:debug", f"{F}:newsletter", f"{F}:newsletter", f"{F}:banner",
         f"{F}:breadcrumb", f"{F}:dateline", "title", "standfirst", f"{F}:byline", "body",
         f"{F}:see_also", "body", f"{F}:subscription", f"{F}:jobs", f"{F}:jobs", f"{F}:jobs",
         f"{F}:jobs"],
    ),
    "newtimes_two_authors.txt": (
        "The library that outlived its borough", "2022-06-08", "dateline",
        "Tom Ashby and Priya Nair", "Culture > Books",
        [f"{F}:banner", f"{F}:banner", f"{F}:breadcrumb", f"{F}:breadcrumb", f"{F}:dateline",
         "title", "standfirst", f"{F}:byline", f"{F}:byline", "body", "body", f"{F}:byline",
         "body", f"{F}:newsletter"],
    ),
    "newtimes_glued_date.txt": (
        "Can the party still win in the suburbs?", "2023-10-19", "dateline", "Marcus Hale", "",
        [f"{F}:banner", f"{F}:banner", "title", "standfirst", f"{F}:byline", "body",
         f"{F}:subscription", "body", f"{F}:related", f"{F}:related"],
    ),
    "banner_nodate.txt": (
        "The forgotten cost of cheap energy", "", "", "", "",
        [f"{F}:banner", "title", "standfirst", "body", "body", f"{F}:subscription"],
    ),
    "banner_nodate_metadata.txt": (
        "What the select committee really found", "2019-05-02", "metadata.csv", "Lena Ford",
        "Politics",
        [f"{F}:banner", f"{F}:banner", "title", "standfirst", "body", f"{F}:subscription",
         "body"],
    ),
    "caption_photo_getty.txt": (
        "The council that said no", "2015-03-12", "footer", "", "",
        [f"{F}:caption", f"{F}:widget", "title", "standfirst", "body", "body", "body", "footer"],
    ),
    "caption_getty_teaser.txt": (
        "A budget built on hope", "", "", "", "",
        [f"{F}:credit", f"{F}:widget", "title", "standfirst", "body", "body", f"{F}:widget",
         f"{F}:teaser"],
    ),
    "caption_photograph.txt": (
        "The reshuffle that changed nothing", "", "", "", "",
        [f"{F}:caption", f"{F}:widget", "title", "standfirst", "body", "body"],
    ),
    "widget_partners.txt": (
        "Notes from a marginal seat", "", "", "", "",
        [f"{F}:widget", "title", "standfirst", "body", "body", f"{F}:partners", f"{F}:partners",
         f"{F}:partners"],
    ),
    "widget_teaser.txt": (
        "Winter in the wards", "", "", "", "",
        [f"{F}:widget", "title", "standfirst", "body", "body", f"{F}:topics", f"{F}:topics",
         f"{F}:topics", f"{F}:widget", f"{F}:teaser", f"{F}:teaser"],
    ),
    "classic_space_lines.txt": (
        "The long goodbye", "", "", "", "",
        ["title", "standfirst", "body", "body", "body", f"{F}:subscription"],
    ),
    "classic_single_newlines.txt": (
        "A quiet word in the tea room", "2008-05-09", "footer", "", "",
        ["title", "standfirst", "body", "body", "body", "footer", f"{F}:topics"],
    ),
    "signup_morning_call.txt": (
        "The mayor's last budget", "", "", "", "",
        ["title", "standfirst", f"{F}:newsletter", f"{F}:newsletter", "body", "body",
         f"{F}:see_also", "body", f"{F}:bio"],
    ),
    "signup_list_teaser.txt": (
        "When the factory gates closed", "", "", "", "",
        ["title", "standfirst", f"{F}:newsletter", f"{F}:newsletter", "body", "body",
         "list_item", "list_item", "body", f"{F}:widget", f"{F}:teaser"],
    ),
}


@pytest.fixture(scope="module")
def pages():
    return load_corpus(PAGES)


def _by_file(df, name):
    return df[df["source"].str.endswith("/" + name)]


def test_every_fixture_is_expected_and_one_article_per_page(pages):
    files = sorted(p.name for p in PAGES.glob("*.txt"))
    assert files == sorted(EXPECTED)
    assert len(files) >= 14
    assert pages.articles.groupby("source").size().eq(1).all()
    assert pages.articles["format"].eq("newstatesman_web").all()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_metadata_and_block_kinds(pages, name):
    title, date, date_source, author, section, kinds = EXPECTED[name]
    a = _by_file(pages.articles, name).iloc[0]
    assert (a["title"], a["date"], a["date_source"]) == (title, date, date_source)
    assert (a["author"], a["section"]) == (author, section)
    b = _by_file(pages.blocks, name)
    b = b[b["kind"] != "blank"]
    got = [k if k != F else f"{k}:{r}" for k, r in zip(b["kind"], b["rule"])]
    assert got == kinds


def test_update_time_caption_credit_and_standfirst(pages):
    a = pages.articles.set_index(pages.articles["source"].str.rsplit("/", n=1).str[-1])
    assert a.loc["support_breadcrumbs.txt", "updated"] == "2018-01-02T17:03"
    assert a.loc["support_debug_jobs.txt", "updated"] == "2021-03-15T09:12"
    assert a.loc["caption_photo_getty.txt", "caption"] == (
        "Demonstrators gather outside the town hall in Dunmere on 4 March 2015."
    )
    assert a.loc["caption_photo_getty.txt", "credit"] == "Getty"
    assert a.loc["caption_photograph.txt", "credit"] == "Getty Images"
    assert a.loc["caption_getty_teaser.txt", "credit"] == "Getty"
    # raw HTML tags in a standfirst: kept in the block, dropped from the metadata value
    assert a.loc["newtimes_two_authors.txt", "standfirst"] == (
        "A small archive in north London has survived three reorganisations. "
        "Its keepers explain how."
    )
    assert a.loc["widget_teaser.txt", "standfirst"].endswith("as the pressure gro")
    assert a.loc["banner_nodate_metadata.txt", "url"] == "https://example.org/committee-report"


def test_no_furniture_line_reaches_sentences_or_instruments(pages):
    furniture = pages.blocks[pages.blocks["kind"] == F]
    assert len(furniture) == sum(
        sum(k.startswith(F) for k in kinds) for *_, kinds in EXPECTED.values()
    )
    assert F not in PROSE_KINDS and F not in READ_KINDS
    assert not pages.sentences["block_kind"].eq(F).any()
    for _, blk in furniture.iterrows():
        inside = pages.sentences[
            (pages.sentences["source"] == blk["source"])
            & (pages.sentences["start"] < blk["end"])
            & (pages.sentences["end"] > blk["start"])
        ]
        assert inside.empty, blk["text"]


def test_dateline_with_glued_update_is_not_a_timeline_event(pages):
    from helpers.instruments.timeline import extract_timexes

    one = _by_file(pages.blocks, "support_breadcrumbs.txt")["source"].iloc[0]
    corpus = load_corpus(one)
    timexes = extract_timexes(corpus)
    dateline = corpus.blocks[corpus.blocks["rule"] == "dateline"].iloc[0]
    overlapping = timexes[
        (timexes["start"] < dateline["end"]) & (timexes["end"] > dateline["start"])
    ]
    assert overlapping.empty


def test_metadata_csv_corrects_title_author_and_date(tmp_path):
    shutil.copy(PAGES / "support_breadcrumbs.txt", tmp_path / "page.txt")
    (tmp_path / "metadata.csv").write_text(
        "file,date,title,author,section\n"
        "page.txt,2018-01-01,Coastal towns and Westminster,H. Vale,Politics\n",
        encoding="utf-8",
    )
    a = load_corpus(tmp_path).articles.iloc[0]
    assert (a["title"], a["author"], a["section"]) == (
        "Coastal towns and Westminster", "H. Vale", "Politics",
    )
    assert (a["date"], a["date_source"]) == ("2018-01-01", "metadata.csv")
    assert a["article_id"].endswith("-01-coastal-towns-and-westminster")


def test_date_argument_fills_in_but_never_overrides_the_page(tmp_path):
    c = load_corpus(PAGES / "widget_partners.txt", date="2020-02-02")
    assert c.articles[["date", "date_source"]].values.tolist() == [["2020-02-02", "--date"]]
    c = load_corpus(PAGES / "support_breadcrumbs.txt", date="2020-02-02")
    assert c.articles["date"].tolist() == ["2017-12-30"]


def test_caption_before_widget_no_longer_starts_a_phantom_article():
    text = "Getty\nShow Hide image\nA headline\nIts standfirst here.\n\nBody text here.\n"
    c = segment_text(text)
    assert c.articles["title"].tolist() == ["A headline"]
    assert check_corpus(c)["problem"].tolist() == ["no_date"]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Support 110 years of independent journalism.", "banner"),
        ("New Times,", "banner"),
        ("View all newsletters", "newsletter"),
        ("14 March 2021updated 15 Mar 2021 9:12am", "dateline"),
        ("Getty", "credit"),
        ("By Ann Lee", "byline"),
        ("The vote came late on a Thursday.", ""),
        ("1. Politics", ""),  # a breadcrumb only by its place on the page
        ("The firm rewrote its privacy policy after the fine.", ""),  # prose about furniture
        ("Thank you.", ""),
        ("Jobs", ""),  # a section heading unless job bullets follow
        ("More on that later.", ""),
        ("Get the Morning Call email.", "newsletter"),
        ("By signing up you agree to our privacy policy.", "newsletter"),
    ],
)
def test_furniture_rule_of_a_line(line, rule):
    assert furniture_rule(line) == rule


def test_check_corpus_flags_furniture_titles_missing_body_and_dates():
    # a banner and a widget above the title: furniture, so the title is the headline
    text = (
        "Support 110 years of independent journalism.\n\nShow Hide image\n\n"
        "A real headline\n\nA standfirst sentence.\n\nA body sentence here.\n"
    )
    c = segment_text(text, source="x.txt")
    checks = check_corpus(c)
    assert set(checks["problem"]) == {"no_date"}
    bad = segment_text("View all newsletters\nSubscribe\n", source="y.txt")
    problems = check_corpus(bad)["problem"].tolist()
    assert "no_body" in problems and "furniture_title" in problems
    two = check_corpus(load_corpus(FIXTURES / "ns" / "no_footer.txt"))
    assert "several_articles" in two["problem"].tolist()
    lines = file_warnings(two)
    assert len(lines) == 1 and "no_footer.txt" in lines[0] and "--date" in lines[0]


def test_summary_of_many_files_is_short():
    import pandas as pd

    checks = pd.DataFrame(
        [(f"f{i}.txt", f"a{i}", "no_date", "no date") for i in range(25)],
        columns=["source", "article_id", "problem", "message"],
    )
    lines = summarise(checks, max_files=10)
    assert len(lines) == 11
    assert lines[-1] == "... and 15 more file(s) with warnings (15 no_date)"


def test_cli_prints_one_warning_line_per_file():
    result = subprocess.run(
        [sys.executable, "-m", "helpers", "segment", str(PAGES), "--table", "articles"],
        capture_output=True, text=True, cwd=PROJECT_ROOT, check=False,
    )
    assert result.returncode == 0, result.stderr
    warned = [ln for ln in result.stderr.splitlines() if ln.startswith("warning: ")]
    undated = [n for n, e in EXPECTED.items() if not e[1]]
    assert len(warned) == len(undated)
    assert all(any(n in ln for ln in warned) for n in undated)


def _kinds(c):
    b = c.blocks[c.blocks["kind"] != "blank"]
    return [k if k != F else f"{k}:{r}" for k, r in zip(b["kind"], b["rule"])]


def test_date_glued_to_the_support_banner_and_breadcrumbs_after_it():
    text = (
        "Support 110 years of independent journalism.5 May 2020\n  1. Politics\n"
        "A title of the page\nIts standfirst, in one sentence.\n\nThe body sentence.\n"
    )
    c = segment_text(text)
    a = c.articles.iloc[0]
    assert (a["title"], a["date"]) == ("A title of the page", "2020-05-05")
    assert a["section"] == "Politics"
    assert _kinds(c) == [f"{F}:banner", f"{F}:breadcrumb", "title", "standfirst", "body"]


def test_page_without_banner_is_recognised_by_its_glued_date_line():
    text = (
        "  1. Business\n  2. Economy\n3 April 2019updated 4 Apr 2019 11:40am\n"
        "Markets hold their breath\nA short standfirst here.\nBy Jo Bell\n\nA body line.\n"
    )
    a = segment_text(text).articles.iloc[0]
    assert a["format"] == "newstatesman_web"
    assert (a["title"], a["date"], a["updated"]) == (
        "Markets hold their breath", "2019-04-03", "2019-04-04T11:40",
    )
    assert (a["section"], a["author"]) == ("Business > Economy", "Jo Bell")


def test_debug_dump_caption_over_two_lines_email_offer_and_job_run():
    text = (
        "Array ( [city] => Hull\n[ip] => 0.0.0.0\n)\n"
        "Crowds in the square.\nGetty Images\nShow Hide image\n"
        "A headline\nA standfirst line.\nSign up\nOur weekly newsletter, in your inbox.\n\n"
        "The body sentence.\n\nSubscribe to The New Statesman today.\n"
        "• Legal\n• Finance / Accounts\n"
    )
    c = segment_text(text)
    assert _kinds(c) == [
        f"{F}:debug", f"{F}:debug", f"{F}:debug", f"{F}:caption", f"{F}:credit",
        f"{F}:widget", "title", "standfirst", f"{F}:newsletter", f"{F}:newsletter", "body",
        f"{F}:subscription", f"{F}:jobs", f"{F}:jobs",
    ]
    a = c.articles.iloc[0]
    assert (a["caption"], a["credit"]) == ("Crowds in the square.", "Getty Images")


def test_image_widget_inside_the_body_is_not_a_teaser():
    text = (
        "Show Hide image\nA headline\nA standfirst line.\n\nFirst body paragraph.\n\n"
        "Show Hide image\n\nSecond body paragraph, after an image.\n\nThe last paragraph.\n"
    )
    assert _kinds(segment_text(text)) == [
        f"{F}:widget", "title", "standfirst", "body", f"{F}:widget", "body", "body",
    ]


def test_breadcrumbs_that_lost_their_numbers_and_a_date_glued_to_new_times():
    text = (
        "New Times,\nNew Thinking.\nPolitics\nThe Staggers\n2 March 2024\n"
        "A headline for the page\nThe standfirst, short.\nBy Ann Lee\n\nBody text here.\n"
    )
    a = segment_text(text).articles.iloc[0]
    assert (a["title"], a["section"], a["date"]) == (
        "A headline for the page", "Politics > The Staggers", "2024-03-02",
    )
    glued = segment_text("New Times,9 May 2019\nNew Thinking.\nA headline\nBody text.\n")
    assert glued.articles[["title", "date"]].values.tolist() == [["A headline", "2019-05-09"]]
    # without a date line below, short lines after the banner are the title, not breadcrumbs
    c = segment_text("New Times,\nNew Thinking.\nShort Title\nA standfirst.\n\nBody text.\n")
    assert c.articles["title"].tolist() == ["Short Title"]
