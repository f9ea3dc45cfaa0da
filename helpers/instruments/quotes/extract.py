"""Public entry points: :func:`extract_quotes` over a segmented corpus, one row per span."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Hashable
from functools import lru_cache
from operator import itemgetter

import numpy as np
import pandas as pd

from helpers.core.corpus import READ_KINDS, Corpus, segment_text
from helpers.core.quotation_marks import typewriter_to_double
from helpers.core.text import count_words
from helpers.instruments.quotes.apposed_bodies import apposed_body_speakers
from helpers.instruments.quotes.article import (
    _WRITER_MEETS_RE,
    _article_rows,
    _detect_interviewee,
)
from helpers.instruments.quotes.attribution import (
    ArticleState,
    titled_person,
)
from helpers.instruments.quotes.coordinated_cues import coordinated_verb_cues
from helpers.instruments.quotes.document_authors import document_author
from helpers.instruments.quotes.elliptic_speakers import bare_elliptic_speaker
from helpers.instruments.quotes.finding_cues import finding_cues
from helpers.instruments.quotes.finish import (
    _finish,
    _multi_paragraph_speakers,
    _vocative_names,
)
from helpers.instruments.quotes.framing_as_cues import framing_as_cues
from helpers.instruments.quotes.names import (
    _alias_index,
    canonical_key,
)
from helpers.instruments.quotes.one_appositions import apposed_one_speakers
from helpers.instruments.quotes.personal_documents import personal_document_author
from helpers.instruments.quotes.possessive_documents import possessive_document_author
from helpers.instruments.quotes.postcues import inverted_description
from helpers.instruments.quotes.put_cues import put_colon_cues
from helpers.instruments.quotes.speaker_places import (
    PlaceRepair,
    is_place_speaker,
    lone_given_name,
    repair_place,
)
from helpers.instruments.quotes.speakers import (
    canonical_speakers,
    fragment_name,
    is_document,
    not_a_speaker,
)
from helpers.instruments.quotes.split_cues import split_quote_cues
from helpers.instruments.quotes.writer_names import name_writers

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
    "speaker_author",
]

#: (source, article_id) of a corpus table row: strings from :mod:`helpers.core.corpus`, but a
#: corpus a researcher builds may carry other ids (ints); pure Python takes them, so the
#: annotations do too (the compiled runtime checks annotations: ``str`` here raised TypeError
#: there only; review 17)
ArticleKey = tuple[Hashable, Hashable]


def _empty() -> pd.DataFrame:
    """The quote table with no row (a fresh copy each call: callers may add to it)."""
    return _empty_template().copy(deep=True)


@lru_cache(maxsize=1)
def _empty_template() -> pd.DataFrame:
    """The empty quote table, built once. Why: building it (a frame of empty lists, then
    :func:`_types`) costs about 4 ms, more than extracting the quotations of a short article;
    a deep copy of the template costs about 0.2 ms (throughput round, issue 13)."""
    return _types(pd.DataFrame({c: [] for c in QUOTE_COLUMNS}))


#: The dtype of each column of :data:`QUOTE_COLUMNS` (object where not listed).
_DTYPES: dict[str, object] = {
    **dict.fromkeys(("start", "end", "level", "block_id", "paragraph_index", "sentence_id",
                     "n_words"), "int64"),
    **dict.fromkeys(("speaker_start", "speaker_end", "cue_start", "cue_end"), "Int64"),
    **dict.fromkeys(("continuation", "closed"), bool),
}


def _types(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with the dtypes of :data:`_DTYPES` (one ``astype``, not one per column)."""
    return df.astype({c: _DTYPES.get(c, object) for c in df.columns})


#: The Python types a column's values must have for :func:`_frame`'s direct build.
_PLAIN = {"int64": (int,), "Int64": (int, type(None)), bool: (bool,), object: (str,)}


def _frame(records: list[dict]) -> pd.DataFrame:
    """The quote table of ``records`` (sorted), the same frame as ``from_records`` then
    :func:`_types`, built column by column with the final dtypes.

    Why: ``from_records`` infers pandas' ``str`` dtype for the text columns, which
    :func:`_types` then turns back into Python objects (two conversions of 13 columns, most
    of the table's cost). Built directly only when every value has the plain type of its
    column (``str``, ``int``, ``bool``; ``int`` or None in the nullable ones): then inference
    and the casts give exactly these arrays. Anything else (a None among strings would become
    NaN, say) goes the way it always went.

    Speed (throughput round, issue 13; a per-file corpus pays this once per article): every
    column shares one ``RangeIndex`` (pandas does not re-index each text column to the frame's
    index) and a nullable column is built from its values and mask (:func:`_nullable_ints`)
    rather than inferred by ``pd.array``."""
    n = len(records)
    index = pd.RangeIndex(n)
    cols: dict[str, object] = {}
    for c in QUOTE_COLUMNS:
        values = list(map(itemgetter(c), records))
        dtype = _DTYPES.get(c, object)
        if not set(map(type, values)) <= _PLAIN_SETS[dtype]:
            return _types(pd.DataFrame.from_records(records, columns=QUOTE_COLUMNS))
        if dtype is object:
            arr = np.empty(n, dtype=object)
            arr[:] = values
            cols[c] = pd.Series(arr, index=index, dtype=object, copy=False)  # no str inference
        elif dtype == "Int64":
            cols[c] = _nullable_ints(values)
        else:
            cols[c] = np.array(values, dtype=dtype)
    return pd.DataFrame(cols, index=index, copy=False)


#: :data:`_PLAIN` as sets of types (a column is built directly when its types are a subset)
_PLAIN_SETS = {k: frozenset(v) for k, v in _PLAIN.items()}


def _nullable_ints(values: list[int | None]) -> pd.api.extensions.ExtensionArray:
    """``pd.array(values, dtype="Int64")`` for plain ints and None, built from the values and
    the mask: the same array (a missing value's hidden slot holds 1, as pandas' inference
    leaves it), without pandas' inference over the list."""
    mask = np.fromiter((v is None for v in values), dtype=bool, count=len(values))
    data = np.array([1 if v is None else v for v in values], dtype=np.int64)
    return pd.arrays.IntegerArray(data, mask)


def _sentence_index(sents: pd.DataFrame | None
                    ) -> dict[ArticleKey, tuple[np.ndarray, np.ndarray]]:
    """Per (source, article_id): the sentence starts in order and their sentence ids.

    Why plain lists, not ``groupby``: a per-file corpus has one or a few articles, and pandas'
    grouping and per-group sorting cost more than the lists (same arrays: starts are unique
    within an article, so any sort gives one order)."""
    out: dict[ArticleKey, tuple[np.ndarray, np.ndarray]] = {}
    if sents is None or sents.empty:
        return out
    groups: dict[ArticleKey, list[tuple[int, int]]] = {}
    for key, start, sid in zip(zip(sents["source"].tolist(), sents["article_id"].tolist()),
                               sents["start"].tolist(), sents["sentence_id"].tolist()):
        groups.setdefault(key, []).append((start, sid))
    for key, pairs in groups.items():
        pairs.sort(key=itemgetter(0))
        out[key] = (np.array([p[0] for p in pairs]), np.array([p[1] for p in pairs]))
    return out


def _read_blocks(blocks: pd.DataFrame, names: tuple[str, ...]) -> dict[str, list]:
    """The columns ``names`` of the blocks that are read (kind in ``READ_KINDS``, in an
    article), as lists sorted by (source, start) with a stable sort, as ``sort_values`` was;
    plain lists because pandas' filter and sort cost more on a per-file corpus."""
    lists = {c: blocks[c].tolist() for c in dict.fromkeys((*names, "kind", "article_id"))}
    # (each column read once: a per-file corpus pays pandas' column read per article)
    keep = [k in READ_KINDS and a != "" for k, a in zip(lists["kind"], lists["article_id"])]
    rows = [r for r, k in zip(zip(*(lists[c] for c in names)), keep) if k]
    src, start = names.index("source"), names.index("start")
    rows.sort(key=itemgetter(src, start))
    return {c: [r[i] for r in rows] for i, c in enumerate(names)}


#: a pass over one article's rows after the rules (rows, paragraph rows, article state): the
#: learned speaker chooser (:class:`.ranker.SpeakerRanker`) or a collector of its candidates
SpeakerPass = Callable[[list, list, ArticleState], None]

#: whether ``extract_quotes`` runs the learned speaker chooser (the committed weights file)
#: when no ``ranker`` is given (issue 13; see ``docs/notes/real_news.md``, speaker ranker round
#: 6). On since round 6, when every switch criterion held: grouped CV on PolNeAR train 0.8964
#: vs the rules' 0.8829 on the same folds; no quotes test plainly wrong with it on; the
#: project's corpus (0.969), other_styles (0.991) and held-out (0.861) speaker figures not
#: lower; 1.14-1.21 M chars per CPU-second; PolNeAR dev speaker 0.8386 -> 0.8747 (referent
#: gold). Refitted after quotes round 23: CV 0.9032 vs the rules' 0.8899, dev
#: 0.8723 / 0.8979. Round 7 (a near antecedent no longer settles a row): CV 0.9049, dev
#: 0.8771 / 0.9011. ``ranker="rules"`` (``quotes --ranker rules``) keeps the rules alone.
LEARNED_SPEAKERS_BY_DEFAULT = True


def _speaker_pass(ranker: SpeakerPass | str | None) -> SpeakerPass | None:
    """The pass ``ranker`` names: ``"default"`` -> the committed chooser when
    :data:`LEARNED_SPEAKERS_BY_DEFAULT`, else none; ``"learned"`` -> the committed chooser;
    ``"rules"``/None -> none; a callable -> itself; any other string -> the weights file at
    that path."""
    if ranker is None or ranker == "rules" or (ranker == "default" and
                                               not LEARNED_SPEAKERS_BY_DEFAULT):
        return None
    if callable(ranker):
        return ranker
    from helpers.instruments.quotes.ranker import load_ranker

    if ranker in ("learned", "default"):
        return load_ranker()
    return load_ranker(ranker)


def extract_quotes(corpus: Corpus, people: str | None = None,
                   ranker: SpeakerPass | str | None = "default") -> pd.DataFrame:
    """One row per quoted span of every article of ``corpus`` (columns: :data:`QUOTE_COLUMNS`).

    ``people`` is an optional path to a people register (default ``data/people.csv``); it only
    canonicalises names — attribution works for names it does not list. ``ranker``: a pass
    that may re-choose each speech row's speaker among its candidates after the rules
    (:class:`.ranker.SpeakerRanker`, or a weights-file path; issue 13); rows it changes have
    ``attribution`` ``ranked``. ``"learned"``: the committed weights; ``"default"``: see
    :data:`LEARNED_SPEAKERS_BY_DEFAULT` (on: the learned chooser); None or ``"rules"``: the
    rules alone.
    """
    speaker_pass = _speaker_pass(ranker)
    blocks = corpus.blocks
    if blocks is None or blocks.empty:
        return _empty()
    alias = _alias_index(people)
    records: list[dict] = []
    sent_index = _sentence_index(corpus.sentences)
    names = ("source", "article_id", "block_id", "start", "end", "paragraph_index", "kind", "text")
    cols = _read_blocks(blocks, names)
    groups: dict[ArticleKey, list[int]] = {}
    for i, key in enumerate(zip(cols["source"], cols["article_id"])):
        groups.setdefault(key, []).append(i)
    work_texts: dict[Hashable, str] = {}  # per source: the text with typewriter marks normalised
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
        art.article_end = max(int(e) for e in ablocks["end"])
        # no catch-all here: a bug in a rule raises (with its traceback) instead of quietly
        # turning into spans without attribution
        rows, para_spans, paragraphs = _article_rows(work, ablocks, art)
        if not rows:
            continue  # (before the scan below: only the rows' passes read ``writer_meets``)
        art.writer_meets = any(_WRITER_MEETS_RE.search(p.narr) for p in paragraphs)
        head = " ".join(str(t) for k, t in zip(ablocks["kind"], ablocks["text"])
                        if k in ("title", "standfirst"))
        art.interviewee = _detect_interviewee(art, rows, head)
        _finish(rows, para_spans, art, interview=bool(art.interviewee))
        _vocative_names(rows, para_spans, art)
        _multi_paragraph_speakers(rows, work)
        if speaker_pass is not None:
            speaker_pass(rows, para_spans, art)
        split_quote_cues(rows, work)  # after the chooser: none of its features change
        put_colon_cues(rows, work)
        framing_as_cues(rows, work)
        finding_cues(rows, work)
        coordinated_verb_cues(rows, work)
        apposed_one_speakers(rows, work)
        apposed_body_speakers(rows, work, art.block_starts)
        s_starts, s_ids = sent_index.get((source, article_id), (np.array([], int),
                                                                np.array([], int)))
        starts = s_starts.tolist()  # bisect on a list: np.searchsorted per row costs more
        first = len(records)
        for r in rows:
            sp = r.span
            k = bisect_right(starts, sp.start) - 1
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
                # counted once: the finish pass counted the same text (``work`` is ``text``
                # when it had no typewriter marks)
                "n_words": r.n_words if r.n_words >= 0 and work is text
                else count_words(text[sp.start:sp.end]),
            })
        _identify_speakers(records[first:], article_id, art)
        name_writers(records[first:], ablocks["kind"], ablocks["text"])  # round 64
    if not records:
        return _empty()
    # sorted here (a stable sort, as ``sort_values`` was) rather than in pandas: cheaper
    records.sort(key=itemgetter("source", "start", "end"))
    return _frame(records)


def _inverted_description(rec: dict) -> bool:
    """Whether ``rec``'s speaker is a description standing right after its verb of saying
    (``"…," said the designer, who …``): there a determiner phrase can only be the speaker
    (:func:`.postcues.inverted_description`, round 14), so the head-noun test of
    :func:`.speakers.not_a_speaker` does not drop it, here or in the article's other rows with
    the same speaker (round 23: before, ``designer`` and ``attendee``, which no list holds, were
    dropped after the cue had found them)."""
    if rec["kind"] != "speech" or rec["attribution"] != "post-cue" or \
            rec["speaker_type"] != "description" or \
            str(rec["text"]).rstrip()[-1:] not in (",", "?", "!", "—"):
        return False  # ("the "sharing economy" reflects an improvement": no inverted cue)
    cue_end, start = rec["cue_end"], rec["speaker_start"]
    if cue_end is None or start is None or not 0 <= start - cue_end <= 2:
        return False
    return bool(inverted_description(str(rec["speaker_mention"])))


def _place_speakers(records: list[dict], text: str) -> None:
    """Give each record its ``speaker_reason`` ("") and read a place speaker's whole phrase
    (:mod:`.speaker_places`, issue 13): the person or organisation it names becomes the
    speaker; a place with none is no speaker (``not_a_speaker:place``), unless it is the place
    alone and also a given name (``Virginia said``: :func:`.speaker_places.lone_given_name`),
    which stays the speaker. A row whose offsets do
    not hold the place (a continuation, a resolved pronoun) takes the repair of the article's
    row that had the same place speaker."""
    repaired: dict[str, PlaceRepair] = {}
    places = []
    for rec in records:
        rec["speaker_reason"] = ""
        if rec["kind"] != "speech" or not rec["speaker"] or \
                rec["speaker_type"] not in ("named", "pronoun-resolved", "group") or \
                not is_place_speaker(rec["speaker"]):
            continue
        places.append(rec)
        s, e = rec["speaker_start"], rec["speaker_end"]
        if s is not None and e is not None and text[s:e] == rec["speaker"] and \
                (fix := repair_place(text, s, e)) is not None:
            repaired.setdefault(rec["speaker"], fix)
    for rec in places:
        fix = repaired.get(rec["speaker"])
        if fix is None and rec["speaker_type"] == "group":
            fix = _written_org(text, rec["speaker"], int(rec["start"]))
        if fix is None and lone_given_name(rec["speaker"]):
            continue  # "Virginia said": a woman's given name as much as a state; kept
        if fix is None:
            rec.update(speaker="", speaker_type="none", speaker_start=None, speaker_end=None,
                       speaker_reason="not_a_speaker:place")
        else:
            rec.update(speaker=fix.speaker, speaker_type=fix.speaker_type,
                       speaker_start=fix.start, speaker_end=fix.end)


def _written_org(text: str, place: str, before: int) -> PlaceRepair | None:
    """The organisation a group speaker ``the Ostland`` (a resolved pronoun's antecedent, whose
    offsets are the pronoun's) stands for: the latest mention of the place before ``before``
    that opens an organisation name (``the Ostland Institute of Technology``); None if none
    does. The name itself, as written, is the repair: no other word is guessed."""
    i = text.rfind(place, 0, before)
    while i >= 0:
        fix = repair_place(text, i, i + len(place))
        if fix is not None and fix.speaker_type == "group":
            return fix
        i = text.rfind(place, 0, i)
    return None


def _identify_speakers(records: list[dict], article_id: Hashable, art: ArticleState) -> None:
    """Drop speakers that name no person, group, organisation or document (with the reason),
    label written sources ``document``, and add the canonical speaker and its id per article.

    A place speaker is first read to the end of its phrase (:func:`_place_speakers`).
    ``speaker_reason`` of a speech row without a speaker: ``not_a_speaker:<word>``
    (``not_a_speaker:place`` for a place), ``unresolved``
    (a speaker phrase was found but not resolved, e.g. a pronoun with no antecedent) or
    ``no_cue`` (no cue and no context gave a speaker); "" otherwise.
    """
    vouched = {rec["speaker"] for rec in records if _inverted_description(rec)}
    _place_speakers(records, art.text)
    for rec in records:
        if rec["kind"] != "speech" or rec["speaker_reason"]:
            continue
        if rec["speaker_type"] != "writer" and \
                (cut := fragment_name(rec["speaker"])) is not None:
            at, name = cut  # "of State Ada Brell" (typed a group, as capitalised): the name
            s = rec["speaker_start"]
            if s is not None and art.text[s:rec["speaker_end"]] == rec["speaker"]:
                rec["speaker_start"] = s + at  # the offsets point at the name itself
            rec["speaker"] = name
            if rec["speaker_type"] in ("group", "description"):
                rec["speaker_type"] = "named"
        bad = "" if rec["speaker"] in vouched or \
            bare_elliptic_speaker(rec["speaker"], rec["speaker_type"], art.text,
                                  rec["speaker_end"]) else \
            not_a_speaker(rec["speaker"], rec["speaker_type"], rec["speaker_mention"])
        if bad:
            rec.update(speaker="", speaker_type="none", speaker_start=None, speaker_end=None,
                       speaker_reason=f"not_a_speaker:{bad}")
        elif not rec["speaker"]:
            rec["speaker_reason"] = "unresolved" if rec["speaker_mention"] else "no_cue"
        elif rec["speaker_type"] in ("group", "description") and is_document(rec["speaker"]):
            rec["speaker_type"] = "document"
    full = [n for _, n in art.full_names if canonical_key(n) in art.known]
    # a description the article joins to one person (``the Ohio governor`` after ``Ohio Gov.
    # X``) counts as that person (round 8); ``speaker`` keeps the description as written
    persons = [titled_person(r["speaker"], art, r["start"])
               if r["kind"] == "speech" and r["speaker_type"] in ("description", "group") else ""
               for r in records]
    # a place the role index took for the person (``Ostland Gov. X`` cut) is no person
    persons = [p if p and not is_place_speaker(p) else "" for p in persons]
    ids = canonical_speakers(
        [(p or r["speaker"]) if r["kind"] == "speech" else "" for r, p in zip(records, persons)],
        [("named" if p else r["speaker_type"]) for r, p in zip(records, persons)],
        article_id, full)
    for rec, ident in zip(records, ids):
        rec["speaker_canonical"], rec["speaker_id"] = ident.canonical, ident.speaker_id
        rec["speaker_author"] = "" if rec["kind"] != "speech" or \
            rec["speaker_type"] != "document" else \
            document_author(art.text, rec["speaker"], rec["speaker_start"], rec["speaker_end"],
                            int(rec["start"])) or \
            possessive_document_author(rec["speaker"], rec["speaker_start"], art) or \
            personal_document_author(rec["speaker"], rec["speaker_start"], art)


def extract_quotes_text(text: str, source: str = "<string>", date: str | None = None,
                        ranker: SpeakerPass | str | None = "default") -> pd.DataFrame:
    """Quotes of a single text (segmented as one plain or New Statesman article file)."""
    return extract_quotes(segment_text(text, source=source, date=date), ranker=ranker)
