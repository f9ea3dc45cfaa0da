"""Analysis tables for the notebooks: who is quoted, voice shares, verb framing, who
mentions whom."""

from __future__ import annotations

import re

import pandas as pd

from helpers.core.corpus import Corpus
from helpers.core.lexicons import load_records
from helpers.instruments.quotes.attribution import (
    ArticleState,
)
from helpers.instruments.quotes.mentions import (
    _NAME_RUN_RE,
    _clean_name_tokens,
    _is_person_name,
)
from helpers.instruments.quotes.names import (
    _alias_index,
    canonical_key,
    same_speaker,
)

#: Reporting-verb framing classes (lemma -> class); lemmas not listed are "other".
VERB_FRAMING: dict[str, str] = {r["lemma"]: r["framing"] for r in load_records("verb_framing.csv")}


def _speech_top(quotes: pd.DataFrame) -> pd.DataFrame:
    """Top-level speech rows (nested spans are already inside their parent's words)."""
    if quotes.empty:
        return quotes
    return quotes[(quotes["kind"] == "speech") & (quotes["level"] == 0)]


def _speaker_label(row: pd.Series) -> str:
    """The canonical speaker (one per person per article) when the rows carry it, else the
    speaker as attributed; ``(unattributed)`` for none."""
    canon = row.get("speaker_canonical", "")
    name = canon if isinstance(canon, str) and canon else row["speaker"]
    return name if name else "(unattributed)"


def quote_shares(quotes: pd.DataFrame) -> pd.DataFrame:
    """Who is quoted and how much: one row per article and speaker.

    Speakers are counted by ``speaker_canonical`` (``Burnham``, ``Andy Burnham`` and
    ``Frontrunner Burnham`` are one row, ``Andy Burnham``) when the column is present.
    Columns: ``article_id``, ``speaker``, ``speaker_type``, ``named`` (bool: a name, not a
    description/group/unattributed), ``quotes``, ``quoted_words``, ``share`` (of the article's
    quoted words). Sorted by article, then words.
    """
    cols = ["article_id", "speaker", "speaker_type", "named", "quotes", "quoted_words", "share"]
    sp = _speech_top(quotes)
    if sp.empty:
        return pd.DataFrame(columns=cols)
    sp = sp.assign(speaker=sp.apply(_speaker_label, axis=1),
                   named=sp["speaker_type"].isin(["named", "pronoun-resolved"]))
    out = (sp.groupby(["article_id", "speaker"], sort=False)
           .agg(speaker_type=("speaker_type", "first"), named=("named", "max"),
                quotes=("text", "size"), quoted_words=("n_words", "sum"))
           .reset_index())
    totals = out.groupby("article_id")["quoted_words"].transform("sum")
    out["share"] = (out["quoted_words"] / totals.where(totals > 0, 1)).round(4)
    return out.sort_values(["article_id", "quoted_words"], ascending=[True, False])[cols] \
        .reset_index(drop=True)


def voice_shares(quotes: pd.DataFrame, corpus: Corpus) -> pd.DataFrame:
    """The writer's voice against quoted voices: words of the article's prose sentences that
    fall inside top-level speech quotations vs outside them (terms count as the writer's).

    Columns: ``article_id``, ``title``, ``prose_words``, ``quoted_words``, ``writer_words``,
    ``quoted_share``, ``writer_share``, ``named_share`` and ``anonymous_share`` (of all prose
    words, quoted words of named vs other speakers).
    """
    cols = ["article_id", "title", "prose_words", "quoted_words", "writer_words", "quoted_share",
            "writer_share", "named_share", "anonymous_share"]
    arts = corpus.articles
    if arts is None or arts.empty:
        return pd.DataFrame(columns=cols)
    sents = corpus.sentences
    prose = sents.groupby("article_id")["n_words"].sum() if not sents.empty else pd.Series(
        dtype=int)
    sp = _speech_top(quotes)
    rows = []
    for a in arts.itertuples():
        q = sp[sp["article_id"] == a.article_id] if not sp.empty else sp
        total = int(prose.get(a.article_id, 0))
        quoted = int(q["n_words"].sum()) if not q.empty else 0
        named = int(q.loc[q["speaker_type"].isin(["named", "pronoun-resolved"]),
                          "n_words"].sum()) if not q.empty else 0
        quoted = min(quoted, total) if total else quoted
        denom = total if total else 1
        rows.append({"article_id": a.article_id, "title": a.title, "prose_words": total,
                     "quoted_words": quoted, "writer_words": max(total - quoted, 0),
                     "quoted_share": round(quoted / denom, 4),
                     "writer_share": round(max(total - quoted, 0) / denom, 4),
                     "named_share": round(named / denom, 4),
                     "anonymous_share": round((quoted - named) / denom, 4) if quoted else 0.0})
    return pd.DataFrame(rows, columns=cols)


def verb_framing(quotes: pd.DataFrame) -> pd.DataFrame:
    """Reporting-verb framing per speaker: how often each speaker's words are introduced with a
    neutral verb (say, tell, …) or with concession, assertion, denial or emotive verbs.

    Speakers are counted by ``speaker_canonical`` when present (see :func:`quote_shares`).
    Long table: ``speaker``, ``framing`` (class of :data:`VERB_FRAMING`, or ``other``),
    ``cues`` (count), ``verbs`` (the lemmas, ``;``-joined). Rows without a cue are left out.
    """
    cols = ["speaker", "framing", "cues", "verbs"]
    sp = _speech_top(quotes)
    if sp.empty:
        return pd.DataFrame(columns=cols)
    sp = sp[sp["cue"] != ""]
    if sp.empty:
        return pd.DataFrame(columns=cols)
    sp = sp.assign(speaker=sp.apply(_speaker_label, axis=1),
                   framing=sp["cue"].map(lambda c: VERB_FRAMING.get(c, "other")))
    out = (sp.groupby(["speaker", "framing"])
           .agg(cues=("cue", "size"), verbs=("cue", lambda s: ";".join(sorted(set(s)))))
           .reset_index())
    return out.sort_values(["speaker", "framing"]).reset_index(drop=True)[cols]


def mention_network(quotes: pd.DataFrame, corpus: Corpus) -> pd.DataFrame:
    """Who mentions whom: edges from a speaker to each person named inside their quotations.

    A person is a name run inside the quoted words that the article (or the register) expands to
    a full name, or a known alias; the speaker's own name is skipped. Columns: ``article_id``,
    ``speaker``, ``mentioned``, ``mentions``.
    """
    cols = ["article_id", "speaker", "mentioned", "mentions"]
    sp = _speech_top(quotes)
    if sp.empty:
        return pd.DataFrame(columns=cols)
    sp = sp[sp["speaker"] != ""]
    alias = _alias_index()
    edges: dict[tuple[str, str, str], int] = {}
    for (source, article_id), grp in sp.groupby(["source", "article_id"], sort=False):
        text = corpus.texts.get(source, "")
        art = ArticleState(text, alias)
        blocks = corpus.blocks[corpus.blocks["article_id"] == article_id]
        for b in blocks.itertuples():
            art.note_candidates(text[int(b.start):int(b.end)], int(b.start))
        for r in grp.itertuples():
            for m in _NAME_RUN_RE.finditer(r.text):
                run = re.split(r"(?<=[’']s)\s", m.group(0))[0]  # "Rumsfeld's DoD" -> Rumsfeld
                tokens = _clean_name_tokens(run)
                if not tokens:
                    continue
                name = art.canonical(" ".join(tokens), r.start + m.start())
                key = canonical_key(name)
                person = len(name.split()) >= 2 and (key in art.known or key in alias
                                                     or _is_person_name(name.split(), art.known))
                if not person or same_speaker(name, r.speaker):
                    continue
                k = (article_id, r.speaker, name)
                edges[k] = edges.get(k, 0) + 1
    out = pd.DataFrame([(a, s, m, n) for (a, s, m), n in edges.items()], columns=cols)
    return out.sort_values(["article_id", "mentions"], ascending=[True, False]) \
        .reset_index(drop=True)
