"""New Statesman web pages: recognise the page layouts and label their furniture.

Text copied or scraped from newstatesman.com carries site furniture around one article: the
"support" or "New Times, / New Thinking." banner, newsletter prompts, breadcrumbs, a date line
with the update time glued on, a byline, an image caption above the "Show Hide image" widget,
subscription offers, "Content from our partners", topic lists, job bullets, author bios and a
teaser for another article. The layouts (README, "New Statesman web pages") are described by
the SHAPE of their lines (a banner, then numbered breadcrumbs, then a date line, then the
title ...), never by the text of a particular article; the site's fixed phrases live in
``data/lexicons/ns_furniture.csv``.

:func:`is_webpage` decides whether a file is such a page; :func:`label_page` gives every line
a kind (``furniture`` with a ``rule``, ``title``, ``standfirst``; body lines are left for the
segmenter) and returns the page metadata (:class:`PageMeta`). Lines are objects with mutable
``text``, ``kind`` and ``rule`` attributes (the segmenter's blocks).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from helpers.core.dates import DATELINE_RE, MONTH_NAMES, dateline_date, iso_date
from helpers.core.lexicons import load_records, load_words
from helpers.core.literals import fold_for_literals, required_literals

__all__ = ["FORMAT", "PageMeta", "furniture_rule", "is_webpage", "label_page"]

#: Value of the articles table's ``format`` column for web pages.
FORMAT = "newstatesman_web"
FURNITURE_LEXICON = "ns_furniture.csv"
BIO_ROLES_LEXICON = "ns_bio_roles.txt"
#: Lines longer than this are never furniture (newsletter blocks run together stay shorter).
MAX_FURNITURE_LEN = 1200
#: "contains" phrases only label lines up to this length (a body paragraph may mention them).
MAX_CONTAINS_LEN = 300

_WIDGET_RE = re.compile(r"^Show Hide (?:image|video|gallery)$", re.IGNORECASE)
_DEBUG_RE = re.compile(r"^(?:\[[^\]\n]{1,40}\]\s*=>|Array\s*\(\s*\[)")
_DEBUG_AUX = frozenset({"Array", "(", ")"})
#: kinds the segmenter gives a line on its own text that are furniture on a web page
_STATIC = ("credit", "debris")
_NAME = r"[A-Z][\w.'’-]*"
_BYLINE_RE = re.compile(
    rf"^By\s+(?P<names>{_NAME}(?:,?\s+(?:{_NAME}|and|&|de|van|von|der|le|la)){{0,9}})$"
)
# "30 December 2017updated 02 Jan 2018 5:03pm": the site glues the update time to the date
_WEB_DATE = (
    r"(?P<d>\d{1,2})\s+(?P<m>" + MONTH_NAMES + r")\s+(?P<y>\d{4})"
    r"(?:\s*updated\s*(?P<ud>\d{1,2})\s+(?P<um>" + MONTH_NAMES + r")\s+(?P<uy>\d{4})"
    r"(?:,?\s*(?P<ut>\d{1,2}[:.]\d{2}\s*[ap]\.?m\.?))?)?"
)
_WEB_DATELINE_RE = re.compile(r"^" + _WEB_DATE + r"$", re.IGNORECASE)
_GLUED_DATE_RE = re.compile(_WEB_DATE + r"\s*$", re.IGNORECASE)
#: the site's date line with the update time glued on ("2017updated"): a web-page signal
_GLUED_UPDATE_RE = re.compile(r"^\d{1,2}\s+[A-Za-z]+\.?\s+\d{4}updated\b", re.IGNORECASE)
_EMAIL_OFFER_RE = re.compile(r"\b(?:e-?mail|newsletter|inbox)\b", re.IGNORECASE)
_BREADCRUMB_RE = re.compile(r"^(?P<n>[1-3])\.\s+(?P<name>[^.!?:;]{1,50})$")
_CRUMB_RE = re.compile(r"^[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,3}$")  # "The Staggers", no number
_BULLET_RE = re.compile(r"^[•·▪‣◦]\s*\S")
_JOBS_RE = re.compile(r"\bjobs?\b", re.IGNORECASE)
_CREDIT_WORDS = r"(?:Photo(?:graph)?s?|Pictures?|Images?|Credit|Illustration)"
_AGENCIES = (
    r"(?:Getty(?: Images)?|Reuters|AFP|PA(?: Images| Wire)?|AP|Alamy|Shutterstock|EPA|"
    r"Bloomberg|Anadolu(?: Agency)?|NurPhoto|SOPA Images|Zuma|Rex Features|Corbis)"
)
_CREDIT_ONLY_RE = re.compile(
    rf"^(?:{_CREDIT_WORDS}\s*(?::|by)\s*\S.{{0,60}}|{_AGENCIES}(?:\s*(?:/|via)\s*{_AGENCIES})*\.?"
    r"|[A-Z][A-Z .'&-]+/[A-Z /.'&-]+)$",
    re.IGNORECASE,
)
_TRAILING_CREDIT_RE = re.compile(
    rf"\s*(?P<credit>(?:{_CREDIT_WORDS}\s*:\s*[^:]{{1,60}}?|{_AGENCIES}))\.?\s*$"
)
_BIO_RE = re.compile(rf"^(?P<name>{_NAME}(?:\s+{_NAME}){{1,3}})\s+(?:is|was)\s+(?P<rest>.+)$")
_TAG_RE = re.compile(r"<[^>]{0,200}>")
_TERMINAL_RE = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
#: furniture rules whose following short lines (headlines, topic names) belong to them
_LIST_RULES = {"partners": 160, "topics": 60, "related": 120, "jobs": 80}


class LineBlock(Protocol):
    """What the labeller needs of a line: its text, its kind and its furniture rule."""

    text: str
    kind: str
    rule: str


@dataclass
class PageMeta:
    """Metadata read off one web page (empty strings where the page shows none)."""

    title: str = ""
    standfirst: str = ""
    author: str = ""
    date: str = ""
    updated: str = ""
    section: str = ""
    caption: str = ""
    credit: str = ""


@dataclass(frozen=True)
class _Phrase:
    rule: str
    match: str
    signal: bool
    phrase: str
    pattern: re.Pattern[str] | None
    #: strings one of which every match of ``pattern`` contains (None: not known)
    literals: frozenset[str] | None = None


@lru_cache(maxsize=1)
def _phrases() -> tuple[_Phrase, ...]:
    out = []
    for r in load_records(FURNITURE_LEXICON):
        pattern = re.compile(r["phrase"], re.IGNORECASE) if r["match"] == "regex" else None
        out.append(_Phrase(r["rule"], r["match"], r["signal"] == "yes", r["phrase"], pattern,
                           required_literals(pattern) if pattern is not None else None))
    return tuple(out)


@lru_cache(maxsize=1)
def _bio_roles() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in load_words(BIO_ROLES_LEXICON))
    return re.compile(rf"\b(?:{words})s?\b", re.IGNORECASE)


def _fold(t: str) -> str:
    """Lower case, straight apostrophes, single spaces (NBSP included)."""
    return " ".join(t.replace("’", "'").replace("‘", "'").split()).lower()


def _phrase_match(t: str) -> _Phrase | None:
    """The first phrase of the lexicon the line matches (None: none).

    A regex phrase runs only on a line containing one of its required literals
    (:func:`~helpers.core.literals.required_literals`): an unanchored case-insensitive
    search costs tens of microseconds per line, the literal test well under one.
    """
    folded = _fold(t)
    low = folded if folded.isascii() else fold_for_literals(folded)
    for p in _phrases():
        if p.pattern is not None:
            hit = (low is None or p.literals is None or any(x in low for x in p.literals)) \
                and bool(p.pattern.search(folded))
        elif p.match == "exact":
            hit = folded == p.phrase
        elif p.match == "prefix":
            hit = folded.startswith(p.phrase)
        else:
            hit = len(folded) <= MAX_CONTAINS_LEN and p.phrase in folded
        if hit:
            return p
    return None


def furniture_rule(t: str) -> str:
    """The furniture rule a line matches on its own text (site phrase or shape), or ''."""
    t = t.strip()
    if not t or len(t) > MAX_FURNITURE_LEN:
        return ""
    if _WIDGET_RE.match(t):
        return "widget"
    if _DEBUG_RE.match(t):
        return "debug"
    phrase = _phrase_match(t)
    if phrase is not None:
        return phrase.rule
    if len(t) <= 80 and _BYLINE_RE.match(t):
        return "byline"
    if len(t) <= 80 and (_WEB_DATELINE_RE.match(t) or DATELINE_RE.match(t)):
        return "dateline"
    if len(t) <= 80 and _CREDIT_ONLY_RE.match(t):
        return "credit"
    if _BULLET_RE.match(t) and "/" in t and len(t.split()) <= 8:
        return "jobs"
    return ""


def is_webpage(lines: Sequence[LineBlock]) -> bool:
    """True if the lines are one New Statesman web page.

    A page shows at least one site phrase that only web pages carry (banner, newsletter or
    subscription prompt, partner content, topic list) or opens with the image widget (within
    its first three lines) or the site's date line with the update time glued on, and holds
    at most one magazine footer (a file with several footers is a multi-article scrape).
    """
    if sum(b.kind == "footer" for b in lines) > 1:
        return False
    if any(_WIDGET_RE.match(b.text) for b in lines[:3]):
        return True
    if any(_GLUED_UPDATE_RE.match(b.text) for b in lines[:12]):
        return True
    for b in lines:
        if len(b.text) <= MAX_FURNITURE_LEN:
            p = _phrase_match(b.text)
            if p is not None and p.signal:
                return True
    return False


def _set(b: LineBlock, rule: str) -> None:
    b.kind, b.rule = "furniture", rule


def _take_date(meta: PageMeta, t: str) -> None:
    """Publication (and update) date from a date line or a banner with a date glued on."""
    if meta.date:
        return
    m = _GLUED_DATE_RE.search(t)
    if m:
        meta.date = iso_date(int(m["y"]), m["m"], int(m["d"]))
        if m["uy"]:
            meta.updated = iso_date(int(m["uy"]), m["um"], int(m["ud"])) + _clock(m["ut"])
    elif DATELINE_RE.match(t):
        meta.date = dateline_date(t)


def _clock(t: str | None) -> str:
    """"5:03pm" -> "T17:03" (ISO time suffix); '' when there is no time."""
    m = re.match(r"(\d{1,2})[:.](\d{2})\s*([ap])", t or "", re.IGNORECASE)
    if not m:
        return ""
    hour = int(m[1]) % 12 + (12 if m[3].lower() == "p" else 0)
    return f"T{hour:02d}:{m[2]}"


def _caption(b: LineBlock, meta: PageMeta) -> None:
    """A photo caption or bare credit above the image widget."""
    if _CREDIT_ONLY_RE.match(b.text):
        _set(b, "credit")
        meta.credit = meta.credit or re.sub(rf"^{_CREDIT_WORDS}\s*(?::|by)\s*", "", b.text)
        return
    _set(b, "caption")
    if meta.caption:
        return
    m = _TRAILING_CREDIT_RE.search(b.text)
    caption = b.text[: m.start()] if m else b.text
    meta.caption = caption.strip()
    if m and not meta.credit:
        meta.credit = re.sub(rf"^{_CREDIT_WORDS}\s*:\s*", "", m["credit"]).strip()


def _breadcrumbs(blocks: Sequence[LineBlock], rules: list[str], i: int, banner: bool) -> int:
    """Number of breadcrumb lines at ``i``: "1. Politics", "2. The Staggers" (numbered from 1)
    directly after a banner or directly before a date line; or, where the numbers were lost in
    copying, one or two short capitalised lines between a banner and a date line."""
    k = i
    while k < len(blocks) and k - i < 3 and not rules[k]:
        m = _BREADCRUMB_RE.match(blocks[k].text)
        if not m or int(m["n"]) != k - i + 1 or len(m["name"].split()) > 6:
            break
        k += 1
    if k > i and (banner or (k < len(rules) and rules[k] == "dateline")):
        return k - i
    k = i
    while k < len(blocks) and k - i < 2 and not rules[k] and _CRUMB_RE.match(blocks[k].text):
        k += 1
    if k > i and banner and k < len(rules) and rules[k] == "dateline":
        return k - i
    return 0


def _crumb_name(t: str) -> str:
    m = _BREADCRUMB_RE.match(t)
    return (m["name"] if m else t).strip()


def _label_head(blocks: Sequence[LineBlock], rules: list[str], meta: PageMeta) -> int:
    """Label the lines above the body; return the index of the first body line."""
    n, i, banner, crumbs = len(blocks), 0, False, []
    while i < n:
        # a static line keeps a rule it has (``css``), else its kind names the rule
        b = blocks[i]
        rule = rules[i] or ((b.rule or b.kind) if b.kind in _STATIC else "")
        if rule:
            _set(b, rule)
            banner = banner or rule == "banner"
            if rule in ("banner", "dateline"):
                _take_date(meta, b.text)
            if rule == "byline" and not meta.author:
                meta.author = _BYLINE_RE.match(b.text)["names"]
            if rule == "credit":
                _caption(b, meta)
            i += 1
            continue
        k = _breadcrumbs(blocks, rules, i, banner)
        if k:
            for b2 in blocks[i : i + k]:
                _set(b2, "breadcrumb")
                crumbs.append(_crumb_name(b2.text))
            i += k
            continue
        if "widget" not in rules[:i] and "widget" in rules[i + 1 : i + 4]:
            _caption(b, meta)
            i += 1
            continue
        break
    meta.section = " > ".join(crumbs)
    if i >= n:
        return n
    blocks[i].kind, meta.title = "title", blocks[i].text
    i += 1
    if i < n and not rules[i] and not blocks[i].kind and len(blocks[i].text) <= 500:
        blocks[i].kind = "standfirst"
        meta.standfirst = " ".join(_TAG_RE.sub(" ", blocks[i].text).split())
        i += 1
    while i < n and (rules[i] or _is_name_repeat(blocks[i].text, meta) or _email_offer(blocks, i)):
        if rules[i] == "byline" and not meta.author:
            meta.author = _BYLINE_RE.match(blocks[i].text)["names"]
        if rules[i] == "dateline":
            _take_date(meta, blocks[i].text)
        _set(blocks[i], rules[i] or ("newsletter" if _email_offer(blocks, i) else "byline"))
        i += 1
    return i


def _email_offer(blocks: Sequence[LineBlock], i: int) -> bool:
    """A short line offering an email newsletter right after a "Sign up" prompt."""
    return (
        i > 0
        and blocks[i - 1].rule == "newsletter"
        and _fold(blocks[i - 1].text).startswith("sign up")
        and len(blocks[i].text) <= 200
        and bool(_EMAIL_OFFER_RE.search(blocks[i].text))
    )


def _is_name_repeat(t: str, meta: PageMeta) -> bool:
    """A line that only repeats the byline's name (an image caption of the author)."""
    if not meta.author:
        return False
    names = [n.strip() for n in re.split(r",|\band\b|&", meta.author) if n.strip()]
    return _fold(t) in {_fold(x) for x in [meta.author, *names]}


def _label_teaser(blocks: Sequence[LineBlock], rules: list[str], start: int) -> None:
    """A widget at the end followed only by a headline (and perhaps its standfirst): a teaser
    for another article. An image widget inside the body, followed by paragraphs, is not."""
    widgets = [k for k in range(start, len(blocks)) if rules[k] == "widget"]
    if not widgets:
        return
    w = widgets[-1]
    rest = [k for k in range(w + 1, len(blocks)) if not rules[k] and not blocks[k].kind]
    headline = blocks[rest[0]].text if rest else ""
    if (
        len(rest) <= 2
        and len(headline) <= 150
        and not headline.endswith(".")
        and all(len(blocks[k].text) <= 300 for k in rest)
    ):
        for k in rest:
            rules[k] = "teaser"


def _label_job_runs(blocks: Sequence[LineBlock], rules: list[str], start: int) -> None:
    """A run of bullet lines holding one job category ("• Administration / Office") is all
    job categories."""
    k = start
    while k < len(blocks):
        m = k
        while m < len(blocks) and _BULLET_RE.match(blocks[m].text) and len(blocks[m].text) <= 80:
            m += 1
        if m > k and "jobs" in rules[k:m]:
            rules[k:m] = ["jobs"] * (m - k)
            above = blocks[k - 1].text if k > start else ""
            if len(above) <= 30 and _JOBS_RE.search(above) and not rules[k - 1]:
                rules[k - 1] = "jobs"  # the run's own heading ("Jobs", "Browse jobs")
        k = max(m, k + 1)


def _label_body(blocks: Sequence[LineBlock], rules: list[str], meta: PageMeta, start: int) -> None:
    """Label furniture inside and after the body; body lines keep an empty kind."""
    _label_teaser(blocks, rules, start)
    _label_job_runs(blocks, rules, start)
    follow = ""
    for k in range(start, len(blocks)):
        b, rule = blocks[k], rules[k]
        if rule:
            _set(b, rule)
            follow = rule if rule in _LIST_RULES else ""
            if rule == "dateline":
                _take_date(meta, b.text)
            continue
        if b.kind in ("footer", "correction"):
            follow = ""
            continue
        limit = _LIST_RULES.get(follow, 0)
        if follow and len(b.text) <= limit and not _TERMINAL_RE.search(b.text.rstrip("?")):
            _set(b, follow)
        elif follow == "jobs" and _BULLET_RE.match(b.text) and len(b.text) <= limit:
            _set(b, "jobs")
        elif _is_name_repeat(b.text, meta):
            _set(b, "byline")
            follow = ""
        else:
            if b.kind in _STATIC:
                _set(b, b.rule or b.kind)
            follow = ""
    _label_bios(blocks, meta, start)


def _label_bios(blocks: Sequence[LineBlock], meta: PageMeta, start: int) -> None:
    """One-line author bios after the last body paragraph ("X is a contributing writer")."""
    for k in range(len(blocks) - 1, start - 1, -1):
        b = blocks[k]
        if b.kind in ("furniture", "footer", "correction"):
            continue
        m = _BIO_RE.match(b.text)
        if not m or len(b.text) > 300:
            return
        if not (_is_name_repeat(m["name"], meta) or _bio_roles().search(m["rest"])):
            return
        _set(b, "bio")


def label_page(blocks: Sequence[LineBlock]) -> PageMeta:
    """Label the lines of one web page in place and return its metadata.

    Furniture lines get ``kind = "furniture"`` and a ``rule``; the title and standfirst get
    their kinds; body lines keep an empty kind for the segmenter's body rules (headings, list
    items, paragraphs). Lines that a shape alone marks (footer, correction) keep their kind.
    """
    rules = [furniture_rule(b.text) for b in blocks]
    for k, b in enumerate(blocks):  # "Array", "(", ")" around a debug dump
        if b.text in _DEBUG_AUX and "debug" in rules[max(0, k - 2) : k + 3]:
            rules[k] = "debug"
    meta = PageMeta()
    start = _label_head(blocks, rules, meta)
    _label_body(blocks, rules, meta, start)
    return meta
