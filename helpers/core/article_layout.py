"""The structure of articles: where a scraped file's articles begin and end, and the kind of
each remaining line (title, standfirst, heading, body, list item).

Why apart: these are the format-dependent rules of segmentation, applied to the lines that
:mod:`helpers.core.lines` left without a kind; :mod:`helpers.core.segment` calls them.
"""

from __future__ import annotations

import re

from helpers.core.corpus_model import MAX_TITLE_CHARS
from helpers.core.lines import AGENCY_RE, BYLINE_RE, TEXT_CREDIT_RE, Block
from helpers.core.webpage import FORMAT as WEB_FORMAT

__all__ = ["MAX_LONE_TITLE_CHARS", "classify_article", "split_articles"]

_TERMINAL_RE = re.compile(r"[.!?…:;][\"'”’»)\]]*$|[\"”’»]$")


def _is_terminated(t: str) -> bool:
    return bool(_TERMINAL_RE.search(t))


def _looks_like_title(b: Block) -> bool:
    return len(b.text) <= 160 and not b.text.endswith((".", ",", ";"))


#: A lone line ending a sentence is body text when longer than this; a shorter one is a title.
MAX_LONE_TITLE_CHARS = 40


def _is_lone_sentence(prose: list[Block]) -> bool:
    """True when an article's only line is a sentence: it ends with ``.``, ``?`` or ``!``
    (closing quotes allowed) and is longer than :data:`MAX_LONE_TITLE_CHARS`.

    Why: such a file (``make run CORPUS=note.txt`` of one sentence, no newline) read as a
    title left an article of 0 sentences, silently. A headline rarely ends with a full stop;
    a short line is still taken for a title, and a corpus that ends with no sentence at all
    is refused by name (:func:`helpers.report.notebook.require_sentences`), never lost quietly.
    """
    if len(prose) != 1:
        return False
    text = prose[0].text.rstrip()
    return len(text) > MAX_LONE_TITLE_CHARS and bool(re.search(r"[.?!][\"'”’»)\]]*$", text))


def classify_article(blocks: list[Block], fmt: str) -> None:
    """Assign kinds within one article: title, standfirst, headings, body, list items."""
    prose = [b for b in blocks if not b.kind]
    if not prose:
        return
    if fmt == WEB_FORMAT:  # title and standfirst were labelled with the page layout
        _classify_body(prose, numbered_lists=True)
        return
    if _is_lone_sentence(prose):  # a one-sentence text: body, not a title over nothing
        rest = prose
    elif len(prose[0].text) <= MAX_TITLE_CHARS:
        prose[0].kind = "title"
        rest = prose[1:]
    else:  # a line too long to be a title (e.g. a file without newlines) is prose
        rest = prose
    if (
        fmt == "newstatesman"
        and rest
        and len(rest[0].text) <= 400
        and (_is_terminated(rest[0].text) or len(rest[0].text) > 80)
    ):
        rest[0].kind = "standfirst"
        rest = rest[1:]
    elif fmt == "plain" and rest and rest is not prose and _over_byline(blocks, prose[0], rest[0]):
        rest[0].kind = "standfirst"
        rest = rest[1:]
    _classify_body(rest)


def _over_byline(blocks: list[Block], title: Block, line: Block) -> bool:
    """Whether ``line`` of a plain article is its standfirst: right under the title, at most
    400 characters, a byline (``By Jo Reed``) right under it. Why (session 13): a short
    standfirst with no full stop was read as a section heading naming every paragraph's
    section; a heading opens body text, never a byline (without one, body rules apply)."""
    if line.pos != title.pos + 1 or len(line.text) > 400:
        return False
    after = next((b for b in blocks if b.pos == line.pos + 1), None)
    return after is not None and bool(BYLINE_RE.match(after.text))


_NUMBERED_RE = re.compile(r"^(\d{1,2})[.)]\s+\S")


def _is_numbered_list(run: list[Block]) -> bool:
    """Lines numbered 1., 2., 3. ... in order: a list, not a heading and its items."""
    numbers = [m and int(m[1]) for m in (_NUMBERED_RE.match(r.text) for r in run)]
    return all(numbers) and numbers == list(range(numbers[0], numbers[0] + len(run)))


def _classify_body(rest: list[Block], numbered_lists: bool = False) -> None:
    """Body kinds: paragraphs, headings (a short unterminated line) and list items (a run).

    With ``numbered_lists`` (web pages) a run of consecutively numbered lines is all list items.
    """
    i = 0
    while i < len(rest):
        b = rest[i]
        if _is_terminated(b.text):
            b.kind = "body"
            i += 1
            continue
        # a run of consecutive unterminated prose blocks (nothing else in between)
        j = i
        while (
            j + 1 < len(rest)
            and not _is_terminated(rest[j + 1].text)
            and rest[j + 1].pos == rest[j].pos + 1
        ):
            j += 1
        run = rest[i : j + 1]
        short = [len(r.text) <= 80 and len(r.text.split()) <= 12 for r in run]
        if len(run) == 1:
            b.kind = "heading" if short[0] else "body"
        else:
            first_is_heading = short[0] and len(run[0].text.split()) <= 8
            if numbered_lists and _is_numbered_list(run):
                first_is_heading = False
            for k, r in enumerate(run):
                r.kind = "heading" if (k == 0 and first_is_heading) else "list_item"
        i = j + 1


def split_articles(blocks: list[Block]) -> list[list[Block]]:
    """Find article boundaries in a scraped New Statesman file.

    An article ends with its footer. Where a footer is missing, a new article starts at a run
    of image credit / "Show Hide image" lines that follows body text and precedes a title-like
    line, or at a title-like line that follows the end matter (a research credit or a
    correction) of the previous article.
    """
    articles: list[list[Block]] = []
    current: list[Block] = []
    seen_body = False
    for idx, b in enumerate(blocks):
        start_new = False
        if current and seen_body:
            prev = current[-1]
            if b.kind in ("credit", "debris") and prev.kind not in ("credit", "debris"):
                # a credit/debris run followed by a title-like line begins the next article
                k = idx
                while k < len(blocks) and blocks[k].kind in ("credit", "debris"):
                    k += 1
                nxt = blocks[k] if k < len(blocks) else None
                is_image_run = any(
                    blocks[m].kind == "debris"
                    or "/" in blocks[m].text
                    or AGENCY_RE.search(blocks[m].text)
                    for m in range(idx, k)
                )
                if nxt is not None and not nxt.kind and _looks_like_title(nxt) and is_image_run:
                    start_new = True
            elif (
                not b.kind
                and prev.kind in ("correction", "credit")
                and _looks_like_title(b)
                and not TEXT_CREDIT_RE.match(b.text)
            ):
                start_new = True
        if start_new:
            articles.append(current)
            current, seen_body = [], False
        current.append(b)
        if not b.kind:
            seen_body = True
        if b.kind == "footer":
            articles.append(current)
            current, seen_body = [], False
    if current:
        if any(not b.kind for b in current) or not articles:
            articles.append(current)
        else:
            articles[-1].extend(current)  # trailing credits/debris after the last footer
    return articles

