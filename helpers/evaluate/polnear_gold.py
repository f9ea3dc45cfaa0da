"""PolNeAR (Newell, Margolin & Ruths 2018) as project quote gold: the brat reader, the quote
pieces, the gold's antecedent rule for pronoun Sources and the loader (:func:`load_polnear`).

One job: turn a PolNeAR split into gold rows. How predictions are scored against them is
:mod:`helpers.evaluate.polnear` (which re-exports every public name here, so
``from helpers.evaluate.polnear import load_polnear`` keeps working).

Gold. PolNeAR annotates attributions (Source, Cue, Content; brat standoff). A *direct quotation* is
an attribution one of whose Content spans holds a double quotation mark (straight, curly, or the
typewriter pair ``''`` used by the New York Times files; single ‘ ’ marks are not used, as they
cannot be told from apostrophes without the instrument's logic). All
Content spans of that relation (``Content``, ``Content2``, ...; each may be discontinuous) belong to
the one quote, with the relation's Source and Cue. The project's quote rows are the words INSIDE
the marks (``data/annotations/quotes.csv``: marks excluded, one row per marked piece, an unclosed
piece running to the end of its paragraph); so each Content fragment is cut into the pieces
between its marks (an opening mark without a close runs to the fragment end, a closing mark
without an opening starts at the fragment start), whitespace-trimmed. Every piece is a gold row;
``quote_id`` (the relation) ties the pieces of one quote together and names the brat file it was
read from, ``<article>_<annotator>.ann:E<n>`` (:func:`parse_quote_id`; an article annotated
twice has one file per annotator, and an E-number means nothing without its file). The older
form ``<article>.txt:E<n>``, which the referent coder files carry, is still read. The gold
``cue`` column holds the Cue text in lower case, ``cue_text`` the span as written.

Antecedent rule (from the gold, never from the instrument): the nearest preceding Source span of
the same article (by offset) that is not a pronoun; for singular pronouns (he, she, I, who ...)
it must also not be a plural (last word lower-case ending in ``s``, or a plural determiner:
``some``, ``two`` ...); for ``he``/``she`` (and their forms) its gender must not clash with the
pronoun's: gender from a title (``Mr.``, ``Mrs.``, ``Ms.``), a given name of
``data/lexicons/first_names.txt`` or a gendered head noun (``spokeswoman``) of the Source
itself (2026-12-03 audit: without it ``she`` took ``Mr. X`` as antecedent). ``whose`` and the
reflexives count as pronouns. For ``he``/``she`` the Source must not name a written source or
an organisation (head noun in ``polnear_scorer_non_person_heads.txt``, frozen in session 26
from the instrument's ``document_nouns.txt`` / ``org_nouns.txt``; a web address:
``The book``, ``a Supreme Court ruling``, ``his office``, ``GunBroker.com``) — the
``PERSON_PRONOUN_RULE`` convention mapping of round 5 (2026-12-03 train audit: such Sources were
taken as the antecedent of a person's ``he`` in 6 of 100 sampled speaker errors); the switch
lives here, where the rule is read (``helpers.evaluate.polnear_gold.PERSON_PRONOUN_RULE``).
If none precedes, the antecedent is empty and only the pronoun itself can match.

Referent columns: where two coders annotated which entity a Source refers to
(:mod:`helpers.evaluate.polnear_referents`), :func:`load_polnear` adds ``referent_agreed``
(bool), ``speaker_referent`` (the name as written) and ``referent_mentions`` when the annotation
covers the split (at least two coder files); how they are scored: :mod:`helpers.evaluate.polnear`.

Double annotations (``<article>_<annotator>.ann``): the file of the alphabetically first annotator
id is used, so the choice is deterministic and independent of the instrument.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from helpers.core.quotation_marks import closes_between, opens_between
from helpers.core.text import trim_spans
from helpers.evaluate.polnear_referents import split_referents

__all__ = [
    "POLNEAR_GOLD_COLUMNS",
    "PRONOUNS",
    "Attribution",
    "BratSpan",
    "PolnearSplit",
    "QuoteId",
    "load_polnear",
    "parse_brat",
    "parse_quote_id",
    "quote_pieces",
]

POLNEAR_GOLD_COLUMNS = ["source", "quote_id", "start", "end", "text", "kind", "speaker",
                        "speaker_start", "speaker_end", "speaker_is_pronoun",
                        "speaker_antecedent", "cue", "cue_text"]
PRONOUNS = frozenset("he him his she her hers they them their theirs we us our i me my you your "
                     "it its who whom which that this these those one whose himself herself "
                     "themselves itself".split())
_SINGULAR = frozenset("he him his she her hers i me my who whom one himself herself".split())
_GENDER_OF_PRONOUN = {"he": "m", "him": "m", "his": "m", "himself": "m",
                      "she": "f", "her": "f", "hers": "f", "herself": "f"}
_TITLE_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "lord": "m",
                 "lady": "f", "dame": "f"}
_DESC_GENDER = {"man": "m", "husband": "m", "father": "m", "son": "m", "brother": "m",
                "spokesman": "m", "businessman": "m", "chairman": "m", "congressman": "m",
                "woman": "f", "wife": "f", "mother": "f", "daughter": "f", "sister": "f",
                "spokeswoman": "f", "businesswoman": "f", "chairwoman": "f",
                "congresswoman": "f"}
_PLURAL_DET = frozenset("some many several two three four five both all most few".split())
_OPEN = "“"
_MARK_RE = re.compile(r"''|``|[\"“”]")


class BratSpan(NamedTuple):
    """A text-bound brat annotation: id, label and (start, end) fragments."""

    tid: str
    label: str
    fragments: tuple[tuple[int, int], ...]


class Attribution(NamedTuple):
    """One attribution relation: its Content spans, Cue span and (optional) Source span."""

    rid: str
    contents: tuple[BratSpan, ...]
    cue: BratSpan | None
    source: BratSpan | None


@dataclass
class PolnearSplit:
    """A PolNeAR split: article texts and dates (by ``<article>.txt``), gold pieces, annotators."""

    texts: dict[str, str]
    dates: dict[str, str]
    gold: pd.DataFrame
    annotators: dict[str, str]


def parse_brat(ann: str) -> list[Attribution]:
    """The attribution relations of one brat ``.ann`` string (relations without Content skipped)."""
    spans: dict[str, BratSpan] = {}
    relations: list[tuple[str, list[tuple[str, str]]]] = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offs = parts[1].partition(" ")
            frags = tuple((int(a), int(b)) for a, b in
                          (f.split() for f in offs.split(";") if f.strip()))
            spans[parts[0]] = BratSpan(parts[0], label, frags)
        elif line.startswith("E") and len(parts) >= 2:
            args = [tuple(a.split(":", 1)) for a in parts[1].split() if ":" in a]
            relations.append((parts[0], args))  # type: ignore[arg-type]
    out = []
    for rid, args in relations:
        contents = tuple(spans[t] for role, t in args if role.startswith("Content") and t in spans)
        cue = next((spans[t] for role, t in args if role == "Cue" and t in spans), None)
        source = next((spans[t] for role, t in args if role == "Source" and t in spans), None)
        if contents:
            out.append(Attribution(rid, contents, cue, source))
    return out


def quote_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of ``text[start:end]`` inside double quotation marks (marks excluded).

    Double marks are ``"``, ``“``, ``”`` and the typewriter pairs ``''`` / ````` `` ````` (the New
    York Times files of PolNeAR quote with two apostrophes). Curly marks and ````` `` ````` say
    which side they are; a straight ``"`` or ``''`` opens when no quote is open.
    """
    pieces: list[tuple[int, int]] = []
    open_at: int | None = None
    first = True
    for m in _MARK_RE.finditer(text, start, end):
        i, mark = m.start(), m.group(0)
        straight = mark in ('"', "''")
        opening = mark in (_OPEN, "``") or (straight and open_at is None)
        if mark == _OPEN and open_at is not None and _left_mark_closes(text, i, start, end):
            opening = False
        if straight and open_at is None and first and _looks_closing(text, i, start, m.end()):
            opening = False
        if opening:
            open_at = m.end()
        elif open_at is not None:
            pieces.append((open_at, i))
            open_at = None
        elif first:
            pieces.append((start, i))
        first = False
    if open_at is not None:
        pieces.append((open_at, end))
    return trim_spans(text, pieces)


def _left_mark_closes(text: str, i: int, start: int, end: int) -> bool:
    """Whether the left mark at ``text[i]`` stands where a quotation closes, not opens: after
    a word and before a space, punctuation or the end of the Content (``“reckless“ while``),
    as core's pairing reads it (issue 14)."""
    p = text[i - 1] if i > start else " "
    n = text[i + 1] if i + 1 < end else " "
    return not opens_between(p, n) and (closes_between(p, n) or not text[i + 1:end].strip())


def _looks_closing(text: str, i: int, start: int, after_mark: int) -> bool:
    """A straight mark after text in the span and before space/end reads as a closing mark."""
    before = text[start:i]
    after = text[after_mark:after_mark + 1]
    return bool(before.strip()) and (not after or after.isspace() or after in ",.;:)")


def _is_pronoun(s: str) -> bool:
    return s.strip().lower() in PRONOUNS


def _plural_common(s: str) -> bool:
    words = s.split()
    return bool(words) and ((words[-1].islower() and words[-1].endswith("s"))
                            or words[0].lower() in _PLURAL_DET)


@lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    """Given name -> gender of the hand rows of ``first_names.txt`` (``source`` = ``hand``).
    Why (round 18): the file now also holds the census names the instrument uses; the gold's
    antecedent rule keeps the list it was defined with, so that train and dev figures stay
    comparable across rounds and the instrument's list does not define its own gold."""
    from helpers.core.lexicons import load_records

    return {r["name"]: r["gender"] for r in load_records("first_names.txt")
            if r.get("source", "hand") == "hand"}


def source_gender(s: str) -> str:
    """Gender a Source text shows by itself: a title, a given name of the project's name list,
    a gendered head noun; ``u`` when unknown. (Not through other Sources with the same surname:
    families share surnames.)"""
    names = _given_names()

    def own(x: str) -> str:
        words = re.findall(r"[A-Za-z][\w'’\-]*", x)
        if not words:
            return "u"
        t0 = words[0].lower() if words[0].lower() not in ("the", "a", "an") else \
            (words[1].lower() if len(words) > 1 else "")
        if t0 in _TITLE_GENDER:
            return _TITLE_GENDER[t0]
        for w in words[:2]:
            if names.get(w, "u") in ("m", "f"):
                return names[w]
        for w in words:
            if w.lower() in _DESC_GENDER:
                return _DESC_GENDER[w.lower()]
        return "u"

    return own(s)


#: where the head noun of a Source phrase ends: a post-modifier, apposition or relative clause
_HEAD_CUT_RE = re.compile(r"\s+(?:of|in|at|for|from|on|with|who|which|that)\s|,|\s[-–—]\s|\(")
_WEB_RE = re.compile(r"\w\.(?:com|org|net|gov)\b", re.I)


def _not_a_person(s: str) -> bool:
    """Whether a Source phrase names a written source or an organisation, never a person
    (head noun from ``data/lexicons/polnear_scorer_non_person_heads.txt``, the scorer's frozen
    copy of the instrument's document and organisation nouns, e.g. ``The book``, ``a Supreme
    Court ruling``, ``his office``; or a web address), or is no word at all.
    Used so that ``he``/``she`` do not take such a Source as antecedent (convention mapping
    PERSON_PRONOUN_RULE, see the module docstring)."""
    from helpers.core.lexicons import load_words

    if _WEB_RE.search(s):
        return True
    chunk = _HEAD_CUT_RE.split(s.strip(), maxsplit=1)[0]
    words = re.findall(r"[A-Za-z][\w\-]*", chunk.replace("’s", "").replace("'s", ""))
    if not words or len(" ".join(words)) < 2:
        return True
    head = words[-1].lower()
    return head in _lexicon_set("polnear_scorer_non_person_heads.txt", load_words)


_LEXICON_SETS: dict[str, frozenset[str]] = {}


def _lexicon_set(name: str, loader: Callable[[str], tuple[str, ...]]) -> frozenset[str]:
    if name not in _LEXICON_SETS:
        _LEXICON_SETS[name] = frozenset(w.lower() for w in loader(name))
    return _LEXICON_SETS[name]


#: convention mapping (2026-12-03, round 5): ``he``/``she`` (and their forms) skip Sources that
#: name a written source or an organisation when their antecedent is looked for. False gives
#: the round-4 rule (reported beside it in docs/notes/real_news.md).
PERSON_PRONOUN_RULE = True


def _antecedents(text: str, sources: list[tuple[int, str]]) -> dict[int, str]:
    """Antecedent text by pronoun Source start, following the module's rule."""
    out: dict[int, str] = {}
    ordered = sorted(sources)
    for k, (pos, s) in enumerate(ordered):
        if not _is_pronoun(s):
            continue
        low = s.strip().lower()
        singular = low in _SINGULAR
        need = _GENDER_OF_PRONOUN.get(low, "")
        for _, cand in reversed(ordered[:k]):
            if _is_pronoun(cand) or (singular and _plural_common(cand)):
                continue
            if need and source_gender(cand) not in ("u", need):
                continue  # "she" does not refer back to "Mr. Smith"
            if need and PERSON_PRONOUN_RULE and _not_a_person(cand):
                continue  # "he" does not refer back to "The book" or "his office"
            out[pos] = cand
            break
        else:
            out[pos] = ""
    return out


def _span_text(text: str, span: BratSpan | None) -> tuple[str, int, int]:
    if span is None:
        return "", -1, -1
    s, e = span.fragments[0][0], span.fragments[-1][1]
    return " ".join(text[a:b] for a, b in span.fragments), s, e


class QuoteId(NamedTuple):
    """The parts of a gold ``quote_id``."""

    article: str  # the article text file, ``<article>.txt``
    annotation: str  # the brat file of the relation, ``<article>_<annotator>.ann`` ("": old form)
    relation: str  # the relation id in that file, ``E<n>``


def parse_quote_id(quote_id: str) -> QuoteId:
    """Read a gold ``quote_id`` of either form: ``<article>_<annotator>.ann:E<n>`` (the
    loader's) or ``<article>.txt:E<n>`` (the older form, kept in the referent coder files)."""
    name, _, relation = quote_id.rpartition(":")
    if name.endswith(".ann"):
        return QuoteId(name[:-len(".ann")].rpartition("_")[0] + ".txt", name, relation)
    return QuoteId(name, "", relation)


def _gold_rows(source: str, text: str, attributions: list[Attribution],
               annotation: str = "") -> list[dict]:
    """The gold pieces of one article; ``annotation``: the name of the brat file read (the
    ``quote_id`` names it; without it the id takes the older ``<article>.txt:E<n>`` form)."""
    prefix = annotation or source
    srcs = [(a.source.fragments[0][0], _span_text(text, a.source)[0])
            for a in attributions if a.source is not None]
    ante = _antecedents(text, srcs)
    rows = []
    for a in attributions:
        frags = sorted(f for c in a.contents for f in c.fragments)
        if not any(_MARK_RE.search(text, s, e) for s, e in frags):
            continue
        spk, ss, se = _span_text(text, a.source)
        cue_text = _span_text(text, a.cue)[0]
        for s, e in frags:
            for ps, pe in quote_pieces(text, s, e):
                rows.append({"source": source, "quote_id": f"{prefix}:{a.rid}", "start": ps,
                             "end": pe, "text": text[ps:pe], "kind": "speech", "speaker": spk,
                             "speaker_start": ss, "speaker_end": se,
                             "speaker_is_pronoun": _is_pronoun(spk),
                             "speaker_antecedent": ante.get(ss, "") if _is_pronoun(spk) else "",
                             "cue": cue_text.lower().strip(" :,"),
                             "cue_text": cue_text})
    return rows


def _pick_annotations(folder: Path) -> dict[str, tuple[Path, str]]:
    """Article stem -> (.ann path, annotator id); alphabetically first annotator of doubles."""
    chosen: dict[str, tuple[Path, str]] = {}
    for p in sorted(folder.glob("*.ann")):
        stem, _, annotator = p.stem.rpartition("_")
        if stem not in chosen:
            chosen[stem] = (p, annotator)
    return chosen


def load_polnear(folder: str | Path, split: str = "dev") -> PolnearSplit:
    """Load one split (``dev`` or ``train``) of PolNeAR at ``folder`` as project quote gold."""
    root = Path(folder)
    meta = pd.read_csv(root / "metadata.tsv", sep="\t", dtype=str, keep_default_na=False)
    dates = {f"{r.filename}.txt": r.publication_date for r in meta.itertuples()
             if r.compartment == split}
    texts: dict[str, str] = {}
    rows: list[dict] = []
    annotators: dict[str, str] = {}
    for stem, (ann, annotator) in _pick_annotations(root / split / "attributions").items():
        source = f"{stem}.txt"
        with open(root / split / "text" / source, encoding="utf-8", newline="") as fh:
            text = fh.read()
        texts[source] = text
        annotators[source] = annotator
        rows += _gold_rows(source, text, parse_brat(ann.read_text(encoding="utf-8")), ann.name)
    gold = pd.DataFrame(rows, columns=POLNEAR_GOLD_COLUMNS)
    refs = split_referents(texts, split)
    if refs:
        _add_referents(gold, refs)
    return PolnearSplit(texts, dates, gold, annotators)


def _on_gold_ids(refs: dict, ids: Iterable[str]) -> dict:
    """``refs`` keyed by the gold's own ``quote_id``s. A coder file written before the ids named
    their brat file says ``<article>.txt:E<n>``: that is the relation of the file the loader
    reads (the alphabetically first annotator's, whose relations the coders were shown)."""
    out = {}
    for q in ids:
        p = parse_quote_id(q)
        older = f"{p.article}:{p.relation}"
        if q in refs:
            out[q] = refs[q]
        elif p.annotation and older in refs:
            out[q] = refs[older]
    return out


def _add_referents(gold: pd.DataFrame, refs: dict) -> None:
    """Add (in place) ``referent_agreed``, ``speaker_referent`` and ``referent_mentions``: the
    other Source mentions the coders tied to the same referent span of the article (a gold
    coreference chain: ``He`` -> ``Donald Trump`` and ``the Republican nominee`` -> ``Donald
    Trump`` make ``the Republican nominee`` a mention of the speaker of ``He``)."""
    refs = _on_gold_ids(refs, gold["quote_id"].unique())
    chains: dict[tuple, set[str]] = {}
    first = gold.drop_duplicates("quote_id")
    for q, src, spk in zip(first["quote_id"], first["source"], first["speaker"]):
        if (r := refs.get(q)) is not None:
            chains.setdefault((src, r.start, r.end), set()).add(spk.strip())
    gold["referent_agreed"] = gold["quote_id"].isin(refs)
    gold["speaker_referent"] = [r.text if (r := refs.get(q)) else "" for q in gold["quote_id"]]
    gold["referent_mentions"] = [
        tuple(sorted(chains[(src, r.start, r.end)] - {spk.strip()})) if (r := refs.get(q))
        else () for q, src, spk in zip(gold["quote_id"], gold["source"], gold["speaker"])]

