"""Extraction: find and resolve the temporal expressions of texts and corpora.

:func:`find_timexes` reads one text, :func:`extract_timexes` every article of a corpus.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import warnings
from collections.abc import Iterable
from operator import itemgetter

import pandas as pd

from helpers.core.corpus import READ_KINDS, Corpus
from helpers.core.quotation_marks import find_quote_spans, typewriter_to_double
from helpers.instruments.timeline.dates import to_date
from helpers.instruments.timeline.records import ResolutionFailure, TimexResolutionWarning
from helpers.instruments.timeline.resolver import Resolver
from helpers.instruments.timeline.scan import KeyGate, scan
from helpers.instruments.timeline.tense import (
    AUX_BEFORE_RE,
    CITATION_RE,
    DIRECT_PAST_RE,
    GENERIC_PERIOD_RE,
    INTENT_AHEAD_RE,
    REPORTED_RE,
    SCHEDULE_RE,
    SEASON_AHEAD_RE,
    SPEECH_DAY_RE,
    UNMARKED,
    local_tense,
    modal_governs,
    past_event_governs,
)
from helpers.instruments.timeline.timex3 import to_timex3

TIMEX_COLUMNS = [
    "source",
    "article_id",
    "sentence_id",
    "start",
    "end",
    "text",
    "type",
    "value",
    "mod",
    "granularity",
    "interval_start",
    "interval_end",
    "anchor",
    "anchor_value",
    "in_quote",
    "event_text",
    "event_start",
    "event_end",
    "timex3_start",
    "timex3_end",
    "timex3_type",
    "timex3_value",
    "block_kind",
]
#: The columns of :func:`find_timexes` (one text: no source, article, sentence or block).
TEXT_COLUMNS = [c for c in TIMEX_COLUMNS if c not in ("source", "article_id", "sentence_id",
                                                       "block_kind")]


def _quotations(text: str, work: str, lo: int, hi: int
                ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The quotations of ``text[lo:hi]`` (one paragraph), paired by core
    (:func:`~helpers.core.quotation_marks.find_quote_spans` on ``work``, the text with its
    typewriter marks rewritten by :func:`~helpers.core.quotation_marks.typewriter_to_double`):
    ``(double, single)``, each a list of ``(opening mark, just past the closing mark)`` in
    ``text``, sorted. A double quotation left open runs to ``hi``; single ones are the closed
    ones only (they count as quoted only when a reporting clause names the day of speech).

    Why core's pairing: the quote instrument and the timeline then agree on where a quotation
    begins and ends (curly and straight, nested, guillemets, apostrophes); a newswire pair
    (````` ``…'' `````) keeps both of its characters in the span."""
    double: list[tuple[int, int]] = []
    single: list[tuple[int, int]] = []
    for s in find_quote_spans(work, lo, hi):
        a = s.open_pos - (work[s.open_pos] != text[s.open_pos])  # `` or '': two characters
        if s.close_pos < 0:
            if s.mark == "double":
                double.append((a, hi))
            continue
        b = s.close_pos + 1 + (work[s.close_pos] != text[s.close_pos])
        (double if s.mark == "double" else single).append((a, b))
    return sorted(double), sorted(single)


_CLAUSE_BREAK = re.compile(r"\s*(?:[;:()\[\]]|\s[–—-]\s|,\s+(?=(?:and|but|while|when|although|"
                           r"though|because|whereas|which|who|where|so|yet|after|before|as)\b)"
                           r"|[“”\"])\s*")


#: A conditional or temporal subordinator: a past verb after it is no established fact.
_HYPOTHETICAL_RE = re.compile(
    r"\b(?:if|If|unless|would|could|should|might|whether|once|when|until|before)\b")


def _strip(text: str, lo: int, hi: int) -> tuple[int, int]:
    """``[lo, hi)`` without the white space at either end."""
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


#: What may stand before an expression that opens its sentence ("On", "And on", "Late").
_FRONTED_RE = re.compile(r"\W*(?:(?:And|But|Then|So)\s+)?(?:(?:[Oo]n|[Ll]ate|[Ee]arly|[Bb]y|"
                         r"[Ii]n|[Ll]ast|[Tt]his)\s+)?$")


#: A clause opened by a present participle with no finite verb before the expression.
_PARTICIPLE_LEAD_RE = re.compile(r"\W*[a-z]+ing\b(?![^.;]*\b(?:is|are|am|be)\b)[^.;]*$")
_TAG_OPEN_RE = re.compile(r"<[A-Za-z/][^<>]*$")


def _in_markup_tag(text: str, lo: int, hi: int, pos: int) -> bool:
    """True when ``pos`` lies inside an HTML/XML tag (``<tweet tweet-date="...">``) of the
    paragraph ``[lo, hi)``: its dates are metadata of the page, never events (issue 14)."""
    if not _TAG_OPEN_RE.search(text, max(lo, pos - 300), pos):
        return False
    close, reopen = text.find(">", pos, hi), text.find("<", pos, hi)
    return close != -1 and (reopen == -1 or close < reopen)


def _clauses(text: str, s_lo: int, s_hi: int, start: int,
             end: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """The clause of sentence ``text[s_lo:s_hi]`` containing ``[start, end)``, twice: as the
    event (the whole sentence when the clause has fewer than five words) and as it is (the
    tense context). One scan of the sentence's clause breaks serves both."""
    lo, hi = s_lo, s_hi
    for m in _CLAUSE_BREAK.finditer(text, s_lo, s_hi):
        if m.end() <= start:
            lo = max(lo, m.end())
        elif m.start() >= end:
            hi = min(hi, m.start())
            break
    narrow = _strip(text, lo, hi)
    if len(text[lo:hi].split()) < 5:
        return _strip(text, s_lo, s_hi), narrow
    return narrow, narrow


_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
def _speech_days(text: str, quotes: list[tuple[int, int]], hi: int,
                 pub: dt.date | None,
                 sentences: list[tuple[int, int]] | None = None,
                 starts: list[int] | None = None) -> dict[tuple[int, int], dt.date]:
    """The day each quotation of a paragraph was spoken, when the reporting clause right after
    it names it ('"... yesterday ...," the mayor said on Monday'): a weekday is the last one
    on or before publication (a past report: the publication day itself on its own weekday),
    ``yesterday`` the day before publication, ``today`` publication. Quotations whose clause
    names no day are left out (their words are anchored as before). The day must lie in the
    sentence (core's abbreviation-aware ``sentences``) where the reporting clause begins:
    ``he told Reuters. Monday was quiet`` names no day of speech."""
    out: dict[tuple[int, int], dt.date] = {}
    if pub is None:
        return out
    if starts is None:  # callers with many paragraphs pass the list once (a raw 10 MB text)
        starts = [s for s, _ in sentences or []]
    for a, b in quotes:
        if b >= hi or text[b - 1] not in '"”\'’':
            continue
        m = SPEECH_DAY_RE.match(text, b, min(hi, b + 120))
        if m is None:
            continue
        clause = b + len(text[b:m.start("day")]) - len(text[b:m.start("day")].lstrip(" ,"))
        i = bisect.bisect_right(starts, clause) - 1
        if i >= 0 and sentences and clause < sentences[i][1] <= m.start("day"):
            continue  # the reporting clause ends its sentence before the day
        day = m.group("day").lower()
        if day == "today":
            out[(a, b)] = pub
        elif day == "yesterday":
            out[(a, b)] = pub - dt.timedelta(days=1)
        else:
            back = (pub.weekday() - _WEEKDAY_NAMES.index(day)) % 7
            out[(a, b)] = pub - dt.timedelta(days=back)
    return out


def _resolve_spans(text: str, resolver: Resolver,
                   blocks: Iterable[tuple[int, int, int]],
                   sentences: list[tuple[int, int]], work: str | None = None) -> list[dict]:
    """Scan each block ``(block_id, lo, hi)`` in order and resolve what is found. ``work``:
    ``typewriter_to_double(text)``, which callers with many articles in one text compute once
    (computed here when None)."""
    rows: list[dict] = []
    sent_starts = [s for s, _ in sentences]
    previous = None
    blocks = list(blocks)
    gate = KeyGate(text, [(lo, hi) for _, lo, hi in blocks])
    work = typewriter_to_double(text) if work is None else work
    for block, lo, hi in blocks:
        quotes, single = _quotations(text, work, lo, hi)
        speech_days = (_speech_days(text, quotes, hi, resolver.pub, sentences, sent_starts)
                       if quotes else {})
        if resolver.pub is not None and single:
            # single-marked (British) quotations count as quoted only when their reporting
            # clause names the day of speech: the rest stay as before (issue 14)
            single = [q for q in single if not any(a <= q[0] < b for a, b in quotes)]
            extra = _speech_days(text, single, hi, resolver.pub, sentences, sent_starts)
            if extra:
                speech_days.update(extra)
                quotes = sorted(quotes + list(extra))
        if previous is not None:
            resolver.prev_block[block] = previous
        if quotes and quotes[-1][1] == hi:
            resolver.open_quote_blocks.add(block)
        previous = block
        for c in scan(text, lo, hi, gate=gate):
            if "<" in text[max(lo, c.start - 300):c.start] \
                    and _in_markup_tag(text, lo, hi, c.start):
                continue  # '<tweet tweet-date="February 28, 2016">': page metadata, not text
            i = bisect.bisect_right(sent_starts, c.start) - 1
            if i >= 0 and sentences[i][0] <= c.start < sentences[i][1]:
                s_lo, s_hi = sentences[i]
            else:
                s_lo, s_hi = lo, hi
            (e_lo, e_hi), (n_lo, n_hi) = _clauses(text, s_lo, s_hi, c.start, c.end)
            in_quote = any(a <= c.start < b for a, b in quotes)
            resolver.in_quote_now = in_quote
            resolver.speech_day_now = next((d for (a, b), d in speech_days.items()
                                            if a <= c.start < b), None)
            tense = local_tense(text[n_lo:c.start], text[c.end:n_hi])
            if tense in UNMARKED and _FRONTED_RE.match(text, n_lo, c.start) \
                    and not text[c.end:n_hi].strip(" .!?"):
                # the clause is the expression alone: "On Monday, after ..., the ministers
                # agreed" (a fronted adverbial: the tense of the clause it introduces) or
                # '... will be "very strong" in May' (cut off by a quotation mark: its sentence)
                fronted = text[n_hi:n_hi + 1] == ","
                tense = local_tense("" if fronted else text[s_lo:c.start], text[c.end:s_hi])
            elif tense in UNMARKED and _PARTICIPLE_LEAD_RE.match(text, n_lo, c.start):
                # "..., telling reporters on Friday that": a participle clause with no verb
                # of its own reports in the tense of its main clause
                tense = local_tense(text[s_lo:n_lo], "")
            if REPORTED_RE.search(text, max(lo, c.start - 45), c.start):
                tense = "past"  # "said Thursday", "told reporters on Monday"
            direct_past = bool(DIRECT_PAST_RE.search(text, max(lo, c.start - 30), c.start))
            if direct_past and tense == "future" and not AUX_BEFORE_RE.search(
                    text, max(lo, c.start - 45), c.start):
                tense = "past"  # "ministers met on Monday" after "next month's summit"
            resolver.strict_past = tense == "past" and direct_past and not _HYPOTHETICAL_RE.search(
                text[max(lo, c.start - 40):c.start])  # "if he lost on Nov. 3" is hypothetical
            if tense == "past" and not resolver.strict_past:
                clause = text[n_lo:c.start] + " " + text[c.end:n_hi]
                if not clause.strip(" ,.;:"):  # "In January, the firm brought in ...": fronted
                    clause = text[c.end:s_hi]
                resolver.strict_past = past_event_governs(
                    text[s_lo:n_lo], clause, text[max(s_lo, c.start - 12):c.start])
            resolver.generic_period = bool(
                GENERIC_PERIOD_RE.search(text, max(lo, c.start - 40), c.start))
            resolver.strict_future = False
            if SCHEDULE_RE.search(text, max(lo, c.start - 30), c.start) or (
                    tense == "future" and modal_governs(text[n_lo:c.start])):
                tense = "future"  # "a recess that begins Friday", "he will win in November"
                resolver.strict_future = True
            if c.kind == "cal" and "season" in c.fields and "year" not in c.fields \
                    and tense != "future" \
                    and SEASON_AHEAD_RE.search(text, max(lo, c.start - 60), c.start):
                tense = "future"  # "before the spring", "agreed to meet in the spring"
            if c.kind == "cal" and "mon" in c.fields and not {"year", "day"} & set(c.fields) \
                    and tense != "future" \
                    and INTENT_AHEAD_RE.search(text, max(lo, c.start - 80), c.start):
                tense = "future"  # "agreed to purchase the line in February"
            if tense in UNMARKED and c.kind == "cal" and "wd" in c.fields and not {
                    "mon", "day", "year", "season"} & set(c.fields) \
                    and text[c.end:c.end + 2] in ("'s", "’s"):
                tense = "past"  # "follows Tuesday's announcement": a day that has happened
            if CITATION_RE.search(text, max(lo, c.start - 60), c.start):
                tense = "cited"  # "(news article, July 6)": an earlier publication
            res = resolver.resolve(c, text, tense, in_quote, block)
            resolver.note(res, c.start, in_quote, block)
            tx = to_timex3(text, c.start, c.end, res.timex3_type or res.type,
                           res.timex3_value or res.value)
            rows.append({
                "start": c.start, "end": c.end, "text": text[c.start:c.end],
                "type": res.type, "value": res.value, "mod": res.mod,
                "granularity": res.granularity,
                "interval_start": res.first_day.isoformat() if res.first_day else "",
                "interval_end": res.last_day.isoformat() if res.last_day else "",
                "anchor": res.anchor, "anchor_value": res.anchor_value,
                "in_quote": in_quote,
                "event_text": text[e_lo:e_hi], "event_start": e_lo, "event_end": e_hi,
                "timex3_start": tx.start, "timex3_end": tx.end, "timex3_type": tx.type,
                "timex3_value": tx.value,
                "_sentence": i if i >= 0 and sentences[i][0] <= c.start < sentences[i][1] else -1,
                "_block": block,
            })
    return rows


# --------------------------------------------------------------------------- public API


def _warn_failures(failures: list[tuple[str, ResolutionFailure]]) -> None:
    """One warning listing the expressions (source and offset) that name no possible date."""
    if not failures:
        return
    shown = "; ".join(f"{source}@{f.start} {f.text!r} ({f.reason})" for source, f in failures[:5])
    more = f"; and {len(failures) - 5} more" if len(failures) > 5 else ""
    warnings.warn(f"timeline: {len(failures)} expression(s) name no possible date and are left "
                  f"unresolved (value XXXX): {shown}{more}", TimexResolutionWarning, stacklevel=3)


def find_timexes(text: str, start: int = 0, end: int | None = None,
                 reference: str | dt.date | None = None) -> pd.DataFrame:
    """Temporal expressions in ``text[start:end]``, resolved against ``reference``.

    ``reference`` is the publication date (ISO string or date); without it, deictic
    expressions keep ``X`` in their value. Each line is a paragraph (quotation marks reset at
    line breaks). Offsets index ``text``. Returns the columns of :data:`TIMEX_COLUMNS` without
    ``source``, ``article_id``, ``sentence_id`` and ``block_kind``.
    """
    from helpers.core.sentences import split_sentences

    if not isinstance(text, str):
        return pd.DataFrame(columns=TEXT_COLUMNS)
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    blocks = [(i, start + m.start(), start + m.end())
              for i, m in enumerate(re.finditer(r"[^\n]+", text[start:end]))]
    sentences = split_sentences(text, start, end) if end > start else []
    resolver = Resolver(to_date(reference))
    rows = _resolve_spans(text, resolver, blocks, sentences)
    _warn_failures([("text", f) for f in resolver.failures])
    df = pd.DataFrame(rows, columns=TEXT_COLUMNS + ["_sentence", "_block"])
    return df[TEXT_COLUMNS].reset_index(drop=True)


def _by_article(frame: pd.DataFrame, columns: list[str],
                kinds: frozenset[str] | None = None) -> dict[tuple, list[tuple]]:
    """The rows of ``frame`` as tuples of ``columns``, grouped by (source, article_id) and
    sorted by (source, start) within a group (a stable sort, as ``sort_values`` was); only
    the rows whose ``kind`` is in ``kinds`` when given.

    Why not ``groupby``: a per-file corpus has one or a few articles, and pandas' filtering,
    grouping, sorting and per-group column conversions cost more than the plain lists."""
    rows = zip(frame["source"].tolist(), frame["start"].tolist(),
               frame["article_id"].tolist(), *(frame[c].tolist() for c in columns))
    if kinds is not None:
        rows = (r for r, kind in zip(rows, frame["kind"].tolist()) if kind in kinds)
    out: dict[tuple, list[tuple]] = {}
    for row in sorted(rows, key=lambda r: (r[0], r[1])):
        out.setdefault((row[0], row[2]), []).append(row[3:])
    return out


def extract_timexes(corpus: Corpus) -> pd.DataFrame:
    """One row per temporal expression of every article (columns: :data:`TIMEX_COLUMNS`).

    Titles, standfirsts, headings, body paragraphs, list items and correction notes are
    searched, in reading order, so that each article's narrative reference time follows the
    text. Publication dates come from ``corpus.articles.date``.
    """
    failures: list[tuple[str, ResolutionFailure]] = []
    blocks = _by_article(corpus.blocks, ["block_id", "start", "end", "kind"], READ_KINDS)
    sents = _by_article(corpus.sentences, ["sentence_id", "start", "end"])
    rows: list[dict] = []
    work_texts: dict[str, str] = {}  # per source: a file may hold many articles
    for source, article_id, date in zip(corpus.articles["source"].tolist(),
                                        corpus.articles["article_id"].tolist(),
                                        corpus.articles["date"].tolist()):
        text = corpus.texts[source]
        if source not in work_texts:
            work_texts[source] = typewriter_to_double(text)
        b = blocks.get((source, article_id), [])
        s = sents.get((source, article_id), [])
        ids = [int(r[0]) for r in s]
        kinds = {int(r[0]): r[3] for r in b}
        resolver = Resolver(to_date(date))
        found = _resolve_spans(text, resolver, [(int(r[0]), int(r[1]), int(r[2])) for r in b],
                               [(int(r[1]), int(r[2])) for r in s], work_texts[source])
        failures += [(source, f) for f in resolver.failures]
        for row in found:
            row["sentence_id"] = ids[row["_sentence"]] if row["_sentence"] >= 0 else -1
            row["source"] = source
            row["article_id"] = article_id
            row["block_kind"] = kinds.get(row["_block"], "")
        rows += found
    _warn_failures(failures)
    if not rows:
        return pd.DataFrame(columns=TIMEX_COLUMNS)
    # sorted here (a stable sort, as ``sort_values`` was) rather than in pandas: cheaper
    rows.sort(key=itemgetter("source", "start"))
    result = pd.DataFrame(rows, columns=TIMEX_COLUMNS)
    result["in_quote"] = result["in_quote"].astype(bool)
    return result
