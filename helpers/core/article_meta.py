"""The metadata of one article (title, standfirst, date, author, ...), gathered from its
labelled blocks, the web page's layout and the file's ``metadata.csv`` row.

Why apart: the precedence of the date sources and of ``metadata.csv`` corrections is one rule
of its own, easier to read and test without the segmenter around it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from helpers.core.corpus_model import METADATA_FIELDS
from helpers.core.dates import dateline_date as _dateline_date
from helpers.core.dates import footer_metadata as _footer_metadata
from helpers.core.lines import BYLINE_RE, Block
from helpers.core.webpage import PageMeta

__all__ = ["ArticleMeta", "article_meta", "without_markup"]

#: A Markdown heading mark (``# ``, ``## `` ... with a space after it; ``#MeToo`` is text) and
#: its optional closing run of ``#``.
_HEADING_MARK_RE = re.compile(r"^#{1,6}[ \t]+(?P<text>.*?)(?:[ \t]+#+)?[ \t]*$")
#: A line wholly in Markdown emphasis (``*…*``, ``**…**``, ``_…_``, ``__…__``), the same mark
#: at both ends and not inside.
_EMPHASIS_RE = re.compile(r"^(?P<mark>\*{1,2}|_{1,2})(?P<text>[^*_\s](?:[^*_]*[^*_\s])?)"
                          r"(?P=mark)$")


@dataclass
class ArticleMeta:
    """Metadata of one article, gathered from its blocks, the page layout and metadata.csv."""

    title: str
    standfirst: str
    date: str
    date_source: str
    issue: str
    author: str
    updated: str = ""
    section: str = ""
    caption: str = ""
    credit: str = ""
    url: str = ""


def without_markup(text: str) -> str:
    """``text`` (a title or standfirst line) without the Markdown marks around it: a heading's
    ``#`` run and a line-wide emphasis (``*The minister came home …*``).

    Why: ``.md`` files are read as articles, and a title kept as ``# Summit ends …`` headed
    every figure panel of that article so. Only the metadata loses the marks; the title and
    standfirst blocks keep the text as written, so offsets still point into the file.
    """
    plain = text.strip()
    if m := _HEADING_MARK_RE.match(plain):
        plain = m["text"].strip()
    if m := _EMPHASIS_RE.match(plain):
        plain = m["text"]
    return plain or text


def _publication_dateline(group: list[Block]) -> str:
    """The first dateline (a credit or furniture line that is only a date) before any
    correction block, or ''.

    Why: a dateline after a correction ("Correction: An article on Tuesday misspelt ...",
    then "Friday, March 11, 2016.") dates the correction, days or weeks after publication;
    taken for the article's date it moved a news archive's articles by a week or more.
    """
    for b in group:
        if b.kind == "correction":
            return ""
        if b.kind in ("credit", "furniture") and (d := _dateline_date(b.text)):
            return d
    return ""


def article_meta(
    group: list[Block],
    page: PageMeta | None,
    date: str | None,
    date_source: str,
    metadata: Mapping[str, str],
) -> ArticleMeta:
    """Title, date and the other metadata of one article.

    Date precedence: ``metadata.csv`` (it corrects), then for web pages the page's date line,
    then the footer, a dateline (not one after a correction: that dates the correction), and
    last the fallback given (an ISO date in the file name, else ``--date``). ``metadata.csv``
    also sets or corrects ``title``, ``author``, ``url`` and ``section``.
    """
    f_date, issue = _footer_metadata(next((b.text for b in group if b.kind == "footer"), ""))
    d_date = _publication_dateline(group)
    byline = next((b.text for b in group if b.kind == "credit" and BYLINE_RE.match(b.text)), "")
    meta = ArticleMeta(
        title=without_markup(next((b.text for b in group if b.kind == "title"), "")),
        standfirst=without_markup(next((b.text for b in group if b.kind == "standfirst"), "")),
        date="",
        date_source="",
        issue=issue,
        author=byline[2:].strip(),
    )
    candidates = [("footer", f_date), ("dateline", d_date), (date_source, date or "")]
    if page is not None:
        meta.standfirst, meta.author, meta.updated = page.standfirst, page.author, page.updated
        meta.section, meta.caption, meta.credit = page.section, page.caption, page.credit
        candidates.insert(0, ("dateline", page.date))
    if date and date_source == "metadata.csv":
        candidates.insert(0, (date_source, date))
    meta.date_source, meta.date = next(((s, d) for s, d in candidates if d), ("", ""))
    for name in METADATA_FIELDS:
        if metadata.get(name):
            setattr(meta, name, metadata[name].strip())
    return meta
