"""Public entry points: :func:`extract_quotes` over a segmented corpus, one row per span."""

from __future__ import annotations

import numpy as np
import pandas as pd

from helpers.core.corpus import READ_KINDS, Corpus, segment_text
from helpers.core.text import count_words
from helpers.instruments.quotes.article import (
    _WRITER_MEETS_RE,
    _article_rows,
    _detect_interviewee,
)
from helpers.instruments.quotes.attribution import (
    ArticleState,
    titled_person,
)
from helpers.instruments.quotes.finish import (
    _finish,
    _multi_paragraph_speakers,
    _vocative_names,
)
from helpers.instruments.quotes.marks import typewriter_to_double
from helpers.instruments.quotes.names import (
    _alias_index,
    canonical_key,
)
from helpers.instruments.quotes.speakers import canonical_speakers, is_document, not_a_speaker

QUOTE_COLUMNS = [
    "source",
    "article_id",
    "start",
    "end",
    "text",
    "kind",
    "speaker",
    "speaker_start",
    "speaker_end",
    "cue",
    "continuation",
    "speaker_type",
    "speaker_mention",
    "cue_start",
    "cue_end",
    "attribution",
    "mark",
    "level",
    "closed",
    "block_id",
    "paragraph_index",
    "sentence_id",
    "n_words",
    "speaker_canonical",
    "speaker_id",
    "speaker_reason",
]

def _empty() -> pd.DataFrame:
    df = pd.DataFrame({c: [] for c in QUOTE_COLUMNS})
    return _types(df)


def _types(df: pd.DataFrame) -> pd.DataFrame:
    for c in ("start", "end", "level", "block_id", "paragraph_index", "sentence_id", "n_words"):
        df[c] = df[c].astype("int64")
    for c in ("speaker_start", "speaker_end", "cue_start", "cue_end"):
        df[c] = df[c].astype("Int64")
    for c in ("continuation", "closed"):
        df[c] = df[c].astype(bool)
    for c in ("source", "article_id", "text", "kind", "speaker", "cue", "speaker_type",
              "speaker_mention", "attribution", "mark", "speaker_canonical", "speaker_id",
              "speaker_reason"):
        df[c] = df[c].astype(object)
    return df


def extract_quotes(corpus: Corpus, people: str | None = None) -> pd.DataFrame:
    """One row per quoted span of every article of ``corpus`` (columns: :data:`QUOTE_COLUMNS`).

    ``people`` is an optional path to a people register (default ``data/people.csv``); it only
    canonicalises names — attribution works for names it does not list.
    """
    blocks = corpus.blocks
    if blocks is None or blocks.empty:
        return _empty()
    alias = _alias_index(people)
    records: list[dict] = []
    sents = corpus.sentences
    qb = blocks[blocks["kind"].isin(READ_KINDS) & (blocks["article_id"] != "")]
    sent_index: dict[tuple[str, str], tuple[np.ndarray, np.ndarray]] = {}
    if sents is not None and not sents.empty:
        for key, grp in sents.groupby(["source", "article_id"], sort=False):
            grp = grp.sort_values("start")
            sent_index[key] = (grp["start"].to_numpy(), grp["sentence_id"].to_numpy())
    qb = qb.sort_values(["source", "start"], kind="stable")
    names = ("source", "article_id", "block_id", "start", "end", "paragraph_index", "kind", "text")
    cols = {c: qb[c].tolist() for c in names}
    groups: dict[tuple[str, str], list[int]] = {}
    for i, key in enumerate(zip(cols["source"], cols["article_id"])):
        groups.setdefault(key, []).append(i)
    work_texts: dict[str, str] = {}  # per source: the text with typewriter marks normalised
    for (source, article_id), idx in groups.items():
        text = corpus.texts.get(source, "")
        if not text:
            continue
        ablocks = {c: [cols[c][i] for i in idx] for c in names}
        if source not in work_texts:  # same offsets; rows quote ``text`` itself
            work_texts[source] = typewriter_to_double(text)
        work = work_texts[source]
        art = ArticleState(work, alias)
        art.block_starts = [int(s) for s in ablocks["start"]]
        # no catch-all here: a bug in a rule raises (with its traceback) instead of quietly
        # turning into spans without attribution
        rows, para_spans, paragraphs = _article_rows(work, ablocks, art)
        art.writer_meets = any(_WRITER_MEETS_RE.search(p.narr) for p in paragraphs)
        if not rows:
            continue
        head = " ".join(str(t) for k, t in zip(ablocks["kind"], ablocks["text"])
                        if k in ("title", "standfirst"))
        art.interviewee = _detect_interviewee(art, rows, head)
        _finish(rows, para_spans, art, interview=bool(art.interviewee))
        _vocative_names(rows, para_spans, art)
        _multi_paragraph_speakers(rows, work)
        s_starts, s_ids = sent_index.get((source, article_id), (np.array([], int),
                                                                np.array([], int)))
        first = len(records)
        for r in rows:
            sp = r.span
            k = int(np.searchsorted(s_starts, sp.start, side="right")) - 1
            records.append({
                "source": source,
                "article_id": article_id,
                "start": sp.start,
                "end": sp.end,
                "text": text[sp.start:sp.end],
                "kind": r.kind,
                "speaker": r.speaker if r.kind == "speech" else "",
                "speaker_start": r.speaker_start if r.kind == "speech" else None,
                "speaker_end": r.speaker_end if r.kind == "speech" else None,
                "cue": r.cue if r.kind == "speech" else "",
                "continuation": bool(r.continuation),
                "speaker_type": r.speaker_type if r.kind == "speech" and r.speaker else "none",
                "speaker_mention": r.speaker_mention if r.kind == "speech" else "",
                "cue_start": r.cue_start if r.kind == "speech" and r.cue else None,
                "cue_end": r.cue_end if r.kind == "speech" and r.cue else None,
                "attribution": (r.attribution or "none") if r.kind == "speech" else "none",
                "mark": sp.mark,
                "level": sp.level,
                "closed": sp.closed,
                "block_id": r.block_id,
                "paragraph_index": r.paragraph_index,
                "sentence_id": int(s_ids[k]) if k >= 0 and len(s_ids) else -1,
                "n_words": count_words(text[sp.start:sp.end]),
            })
        _identify_speakers(records[first:], article_id, art)
    if not records:
        return _empty()
    df = pd.DataFrame.from_records(records, columns=QUOTE_COLUMNS)
    df = df.sort_values(["source", "start", "end"], kind="stable").reset_index(drop=True)
    return _types(df)


def _identify_speakers(records: list[dict], article_id: str, art: ArticleState) -> None:
    """Drop speakers that name no person, group, organisation or document (with the reason),
    label written sources ``document``, and add the canonical speaker and its id per article.

    ``speaker_reason`` of a speech row without a speaker: ``not_a_speaker:<word>``, ``unresolved``
    (a speaker phrase was found but not resolved, e.g. a pronoun with no antecedent) or
    ``no_cue`` (no cue and no context gave a speaker); "" otherwise.
    """
    for rec in records:
        rec["speaker_reason"] = ""
        if rec["kind"] != "speech":
            continue
        bad = not_a_speaker(rec["speaker"], rec["speaker_type"], rec["speaker_mention"])
        if bad:
            rec.update(speaker="", speaker_type="none", speaker_start=None, speaker_end=None,
                       speaker_reason=f"not_a_speaker:{bad}")
        elif not rec["speaker"]:
            rec["speaker_reason"] = "unresolved" if rec["speaker_mention"] else "no_cue"
        elif rec["speaker_type"] == "group" and is_document(rec["speaker"]):
            rec["speaker_type"] = "document"
    full = [n for _, n in art.full_names if canonical_key(n) in art.known]
    # a description the article joins to one person (``the Ohio governor`` after ``Ohio Gov.
    # X``) counts as that person (round 8); ``speaker`` keeps the description as written
    persons = [titled_person(r["speaker"], art, r["start"])
               if r["kind"] == "speech" and r["speaker_type"] in ("description", "group") else ""
               for r in records]
    ids = canonical_speakers(
        [(p or r["speaker"]) if r["kind"] == "speech" else "" for r, p in zip(records, persons)],
        [("named" if p else r["speaker_type"]) for r, p in zip(records, persons)],
        article_id, full)
    for rec, ident in zip(records, ids):
        rec["speaker_canonical"], rec["speaker_id"] = ident.canonical, ident.speaker_id


def extract_quotes_text(text: str, source: str = "<string>", date: str | None = None
                        ) -> pd.DataFrame:
    """Quotes of a single text (segmented as one plain or New Statesman article file)."""
    return extract_quotes(segment_text(text, source=source, date=date))
