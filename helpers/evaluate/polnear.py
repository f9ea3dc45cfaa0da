"""PolNeAR (Newell, Margolin & Ruths 2018) loader and scorer for the quote instrument.

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
form ``<article>.txt:E<n>``, which the referent coder files carry, is still read.

Scoring. Span P/R/F1 = the project's measure: gold pieces against predicted ``speech`` rows, one-to-
one by character overlap (:func:`helpers.evaluate.metrics.match_spans`). Quote recall = share of
gold quotes (relations) with at least one matched piece. Speaker accuracy over matched pieces
whose relation has a Source: right when :func:`helpers.evaluate.quotes.speakers_match` accepts
the predicted speaker against the Source text, or, when the Source is a pronoun, against its
antecedent (rule below). Cue accuracy over matched pieces: the predicted cue lemma equals a
lemma candidate of a word of the Cue span (simple suffix rules plus irregular past forms); the
gold ``cue`` column holds the Cue text in lower case, ``cue_text`` the span as written.

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
taken as the antecedent of a person's ``he`` in 6 of 100 sampled speaker errors).
If none precedes, the antecedent is empty and only the pronoun itself can match.
Stricter reading (round 5, ``GENDER_CLASH_RULE``): a predicted name whose given name has one
gender is not the Source person when the Source carries a title of the other gender (``Bill
Clinton`` vs ``Mrs. Clinton``), although they share a surname.

Round-8 convention (``DESCRIPTION_NAME_RULE``, only when :func:`score_polnear` is given the
article texts): a description Source (``the senator``) is the predicted name when the article
itself joins the description's head noun to that one surname (``Sen. X``, ``senator X``, ``X, a
… senator``) and to no other.

Round-9 convention (``CONTINUATION_CUE_RULE``): a predicted ``continuation`` row with no cue
is scored with the cue of the row it continues (PolNeAR gives one Cue to every Content piece of
an attribution; the instrument puts it on one piece).

Referent gold (``REFERENT_GOLD``, issue 13, 2026-12-04): where two coders annotated, blind to the
instrument, which entity a pronoun or description Source refers to
(``data/annotations/real_news/sources``, :mod:`helpers.evaluate.polnear_referents`) and agree,
the speaker is right when it matches the Source or the agreed referent's name (or another Source
mention the coders tied to that referent, ``REFERENT_CHAIN``), and the heuristic antecedent above
is not used for that quotation; a full name with the referent's surname but another given name
(``Heidi Cruz`` for ``Ted Cruz``) is another person there. Where they disagree, agree that the
entity is unnamed or unclear (no name to check), or a quotation has no coded item (all of
train), the heuristic antecedent stays. :func:`load_polnear`
adds the columns ``referent_agreed`` (bool) and ``speaker_referent`` (the name as written) when
the annotation covers the split (at least two coder files).
Given-name variants (``GIVEN_NAME_VARIANT_RULE``, branch wt-names28): ``Chuck X`` and
``Charles X`` (a pet form and its formal name, ``data/lexicons/given_name_variants.csv``) are
one person, not a family clash. Name forms (``NAME_FORM_RULE``, branch wt-names29): accents
are folded (``Renald``/``Rénald``) and a surname particle in any case belongs to the surname
(``De Varga`` for ``Piet de Varga``, ``data/lexicons/name_particles.txt``). Both rules and
their switches live in :mod:`helpers.evaluate.polnear_names` and are set there, not on this
module; ``FOLD_ACCENTS`` (accents folded before the name match) is
:mod:`helpers.evaluate.quotes`'s.

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
from helpers.evaluate.metrics import match_spans, prf
from helpers.evaluate.polnear_names import _given_name_clash
from helpers.evaluate.polnear_referents import split_referents
from helpers.evaluate.quotes import speakers_match
from helpers.instruments.quotes import extract_quotes

__all__ = [
    "POLNEAR_GOLD_COLUMNS",
    "PRONOUNS",
    "REFERENT_GOLD",
    "PolnearSplit",
    "cue_matches",
    "load_polnear",
    "parse_brat",
    "parse_quote_id",
    "polnear_errors",
    "predict_quotes",
    "quote_pieces",
    "referent_differences",
    "score_polnear",
    "speaker_pairs",
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
_IRREGULAR = {"said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write",
              "thought": "think", "spoke": "speak", "spoken": "speak", "knew": "know",
              "known": "know", "felt": "feel", "heard": "hear", "began": "begin",
              "sought": "seek", "taught": "teach", "swore": "swear", "sworn": "swear",
              "forgot": "forget", "understood": "understand", "meant": "mean", "held": "hold",
              "found": "find", "saw": "see", "seen": "see", "gave": "give", "given": "give",
              "went": "go", "made": "make", "put": "put", "read": "read", "led": "lead"}


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


def _source_gender(s: str) -> str:
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
            if need and _source_gender(cand) not in ("u", need):
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


def predict_quotes(split: PolnearSplit, progress: Callable[[int], None] | None = None,
                   sources: list[str] | None = None, ranker="default") -> pd.DataFrame:
    """Run the quote instrument on each article (dated from the metadata) via the public API;
    ``ranker``: passed to ``extract_quotes`` (the learned speaker chooser; None: the rules)."""
    from helpers.core.corpus import segment_text

    frames = []
    for i, source in enumerate(sources if sources is not None else sorted(split.texts)):
        corpus = segment_text(split.texts[source], source=source,
                              date=split.dates.get(source) or None)
        frames.append(extract_quotes(corpus, ranker=ranker).assign(source=source))
        if progress is not None:
            progress(i + 1)
    if not frames:
        return pd.DataFrame(columns=["source", "start", "end", "text", "kind", "speaker", "cue"])
    return pd.concat(frames, ignore_index=True)


def _lemmas(word_or_phrase: str) -> list[str]:
    """Lemma candidates of every word of ``word_or_phrase`` (lower-case)."""
    out: list[str] = []
    for w in re.findall(r"[a-z]+", word_or_phrase.lower()):
        cands = [_IRREGULAR.get(w, w), w]
        for suf, rep in (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""),
                         ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e")):
            if w.endswith(suf) and len(w) > len(suf) + 2:
                cands.append(w[: -len(suf)] + rep)
        if len(w) > 4 and w[-3] == w[-4] and w.endswith(("ed", "ing")):
            cands.append(w[: -3 if w.endswith("ed") else -4])
        out += cands
    return out or [""]


def cue_matches(pred_cue: str, gold_cue_text: str) -> bool:
    """Whether a predicted cue lemma names the gold Cue span (see the module docstring)."""
    words = re.findall(r"[a-z]+", str(pred_cue).lower())
    if not words or not gold_cue_text.strip():
        return not words and not gold_cue_text.strip()
    return words[0] in set(_lemmas(gold_cue_text))


def _gender_clash(pred: str, gold: str) -> bool:
    """A predicted name whose given name has one gender against a Source with a title of the
    other (``Bill Clinton`` vs ``Mrs. Clinton``): two people sharing a surname."""
    g_gold = _source_gender(gold)
    if g_gold == "u" or not re.match(r"\s*(?:the\s+)?(?:Mr|Mrs|Ms|Miss|Sir|Lord|Lady|Dame)\b",
                                     gold, re.I):
        return False
    g_pred = _source_gender(pred)
    return g_pred != "u" and g_pred != g_gold


#: stricter than "shares a surname" (round 5): a speaker whose given name clashes in gender
#: with the title of the Source is another person; False gives the round-4 reading
GENDER_CLASH_RULE = True

#: convention mapping (round 8): a Source that is a definite description (``the senator``,
#: ``the retired neurosurgeon``) is the predicted name when the ARTICLE ITSELF joins that role
#: to that person and to no other (``Sen. X`` / ``senator X``, ``X, a retired neurosurgeon``,
#: ``the group's founder, X``): the issue accepts "a name that refers to the same person", and
#: the evidence is the article's own title or apposition, never the instrument's resolution.
#: Applies only when :func:`score_polnear` is given the article texts; False switches it off.
DESCRIPTION_NAME_RULE = True
_ROLE_ABBR = {"senator": "Sen", "governor": "Gov", "representative": "Rep", "congressman": "Rep",
              "congresswoman": "Rep", "general": "Gen", "doctor": "Dr", "professor": "Prof",
              "reverend": "Rev", "lieutenant": "Lt", "captain": "Capt", "colonel": "Col"}
_DESC_SOURCE_RE = re.compile(
    r"^\s*(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w\-]+\s+){0,4}?([a-z][a-z\-]+)\s*,?\s*$")
#: role nouns also written capitalised as a title before a name (``Judge X``, ``Senator X``)
_TITLE_WORDS = frozenset("judge justice senator governor president secretary mayor admiral "
                         "general representative ambassador chancellor minister".split())
_CAP_NAME = r"[A-Z][\w’'\-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w’'\-]+){0,3}"


def _people_with_role(head: str, text: str) -> set[str]:
    """Surnames the article joins to the role noun ``head``: a title (``Sen. X``), the role
    word right before a name (``senator X``, ``campaign manager X``) or an apposition (``X, a
    retired neurosurgeon``; ``the founder, X,``)."""
    word = re.escape(head) if head not in _TITLE_WORDS else f"(?:{head}|{head.capitalize()})"
    pats = [rf"(?<![\w’']){word}\s+(?:of\s+[A-Z][\w\-]+\s+)?({_CAP_NAME})",
            rf"({_CAP_NAME}),\s+(?:a|an|the)\s+[^,.;:()\"“”]{{0,60}}?\b{re.escape(head)}\b"
            rf"(?=[^,.;:()]{{0,40}}[,.;)])",
            rf"\b(?:a|an|the)\s+[^,.;:()\"“”]{{0,60}}?\b{re.escape(head)},\s+({_CAP_NAME}),"]
    if head in _ROLE_ABBR:
        pats.append(rf"(?<![\w’']){_ROLE_ABBR[head]}\.\s+({_CAP_NAME})")
    out: set[str] = set()
    for pat in pats:
        for m in re.finditer(pat, text):
            words = m.group(1).replace("’s", "").replace("'s", "").split()
            if words:
                out.add(words[-1])
    return out


def _description_is(pred: str, ref: str, text: str) -> bool:
    """Whether the description Source ``ref`` is the person ``pred`` by the article's own
    evidence (see DESCRIPTION_NAME_RULE): the surname of ``pred`` is the one person joined to
    the description's head noun."""
    m = _DESC_SOURCE_RE.match(ref)
    words = re.findall(r"[A-Z][\w’'\-]+", str(pred))
    if not m or not words:
        return False
    people = _people_with_role(m.group(1).lower(), text)
    return people == {words[-1].replace("’s", "").replace("'s", "")}


#: convention (issue 13, 2026-12-04): where the coders of ``data/annotations/real_news/sources``
#: agree on the referent of a Source, it replaces the heuristic antecedent (module docstring).
#: Only gold that carries the ``referent_agreed`` column (PolNeAR dev, two coders) is affected;
#: False gives the heuristic figure (``score_polnear(..., referent_gold=False)`` does too).
REFERENT_GOLD = True
#: with REFERENT_GOLD: the other Source mentions the coders tied to the same referent also count
#: (``the Republican nominee`` for the ``He`` whose referent is Donald Trump); False: the name only
REFERENT_CHAIN = True


def _uses_referent(row: pd.Series, referent_gold: bool | None) -> bool:
    """Whether the row is scored against its agreed referent: the flag is on and the coders
    agree on a NAMED referent (an agreed ``unnamed``/``unclear`` leaves the heuristic, which
    may offer a description of the same unnamed entity: ``It`` -> ``the report``)."""
    on = REFERENT_GOLD if referent_gold is None else referent_gold
    return bool(on and row.get("referent_agreed", False) and row.get("speaker_referent", ""))


def _speaker_ok(pred: str, row: pd.Series, people: str | None, text: str = "",
                referent_gold: bool | None = None) -> bool:
    if not str(pred).strip():
        return False

    def same(ref: str) -> bool:
        if GENDER_CLASH_RULE and _gender_clash(str(pred), ref):
            return False
        if speakers_match(pred, ref, people):
            return True
        return bool(DESCRIPTION_NAME_RULE and text and _description_is(str(pred), ref, text))

    if same(row["speaker"]):
        return True
    if _uses_referent(row, referent_gold):
        if _given_name_clash(str(pred), row["speaker_referent"]):
            return False
        chain = tuple(row.get("referent_mentions") or ()) if REFERENT_CHAIN else ()
        names = [row["speaker_referent"], *chain]
        return any(n and same(n) for n in names)
    ante = row["speaker_antecedent"]
    return bool(row["speaker_is_pronoun"] and ante and same(ante))


def _top_level_speech(pred: pd.DataFrame) -> pd.DataFrame:
    """Predicted speech rows as PolNeAR pieces: a nested quotation (``level`` > 0) lying inside
    a predicted top-level speech row of the same article is dropped, because PolNeAR's Content
    span of the outer quotation already holds it (the project gives it its own row)."""
    speech = pred[pred["kind"] == "speech"]
    if "level" not in speech.columns:
        return speech.reset_index(drop=True).copy()
    level = speech["level"].fillna(0).astype(int)
    outer: dict[str, list[tuple[int, int]]] = {}
    for r in speech[level == 0].itertuples():
        outer.setdefault(str(r.source), []).append((int(r.start), int(r.end)))
    keep = [lv == 0 or not any(s <= int(r.start) and int(r.end) <= e
                               for s, e in outer.get(str(r.source), []))
            for lv, r in zip(level, speech.itertuples())]
    return speech[keep].reset_index(drop=True).copy()


#: convention mapping (round 9): PolNeAR gives one Cue to a whole attribution, every Content
#: piece included (``"A," she said. "B."``: both pieces have the cue ``said``), while the
#: instrument puts the cue on the piece it stands next to and marks the pieces after it
#: ``continuation`` with no cue of their own. A continuation row with an empty cue takes the
#: cue of the speech row it continues (the latest earlier row of the article with a cue, when
#: its speaker is the same). The speaker and the spans are not touched. False switches it off.
CONTINUATION_CUE_RULE = True


def _carry_cues(p: pd.DataFrame) -> None:
    """Give each cue-less ``continuation`` row of ``p`` (in place) the cue of the latest
    earlier row of its article that has one, when that row has the same speaker."""
    if "attribution" not in p.columns or p.empty:
        return
    last: dict[str, tuple[str, str]] = {}  # source -> (speaker, cue) of the latest cued row
    for i in p.sort_values(["source", "start"], kind="stable").index:
        src, cue, spk = p.at[i, "source"], p.at[i, "cue"], p.at[i, "speaker"]
        if cue.strip():
            last[src] = (spk, cue)
        elif p.at[i, "attribution"] == "continuation" and src in last and last[src][0] == spk:
            p.at[i, "cue"] = last[src][1]


def _prepare(gold: pd.DataFrame, pred: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    g = gold.reset_index(drop=True).copy()
    p = _top_level_speech(pred)
    for df in (g, p):
        df["source"] = df["source"].map(lambda s: Path(str(s)).name)
        df["start"] = df["start"].astype(int)
        df["end"] = df["end"].astype(int)
    for c in ("speaker", "cue"):
        p[c] = p[c].fillna("").astype(str)
    p["cue_own"] = p["cue"]
    if CONTINUATION_CUE_RULE:
        _carry_cues(p)
    return g, p


def score_polnear(gold: pd.DataFrame, pred: pd.DataFrame, people: str | None = None,
                  texts: dict[str, str] | None = None,
                  referent_gold: bool | None = None) -> dict[str, float]:
    """Span P/R/F1, quote recall, speaker accuracy (all / non-pronoun Sources) and cue accuracy.

    Cue accuracy comes twice: ``cue_accuracy`` under PolNeAR's one Cue per attribution (a
    ``continuation`` piece takes the cue of the piece it continues, :data:`CONTINUATION_CUE_RULE`)
    and ``cue_accuracy_own_cue``, every piece with the cue the instrument gave it (the measure
    of the first-contact figure, scored before that convention was written).

    ``pred`` = the instrument's rows (only ``kind == "speech"`` is scored); see the module
    docstring for every definition. ``texts`` (article texts by file name) switches on the
    DESCRIPTION_NAME_RULE convention; without them the round-7 definition is used.
    ``referent_gold`` overrides the module flag ``REFERENT_GOLD`` (None: use the flag).
    """
    g, p = _prepare(gold, pred)
    pairs = match_spans(g, p, overlap=True)
    span = prf(len(pairs), len(p) - len(pairs), len(g) - len(pairs))
    found = {g.at[gi, "quote_id"] for gi, _ in pairs}
    with_src = [(gi, pi) for gi, pi in pairs if g.at[gi, "speaker"].strip()]
    spk = [_speaker_ok(p.at[pi, "speaker"], g.loc[gi], people,
                       (texts or {}).get(g.at[gi, "source"], ""), referent_gold)
           for gi, pi in with_src]
    named = [ok for (gi, _), ok in zip(with_src, spk) if not g.at[gi, "speaker_is_pronoun"]]
    cue = [cue_matches(p.at[pi, "cue"], g.at[gi, "cue_text"]) for gi, pi in pairs]
    cue_own = [cue_matches(p.at[pi, "cue_own"], g.at[gi, "cue_text"]) for gi, pi in pairs]

    def mean(xs: list[bool]) -> float:
        return float(sum(xs) / len(xs)) if xs else 0.0

    n_quotes = g["quote_id"].nunique()
    return {"span_precision": span["precision"], "span_recall": span["recall"],
            "span_f1": span["f1"], "quote_recall": len(found) / n_quotes if n_quotes else 0.0,
            "speaker_accuracy": mean(spk), "speaker_accuracy_non_pronoun": mean(named),
            "cue_accuracy": mean(cue), "cue_accuracy_own_cue": mean(cue_own),
            "n_gold_pieces": len(g), "n_gold_quotes": int(n_quotes),
            "n_pred_speech": len(p), "n_matched": len(pairs), "n_speaker_pairs": len(spk),
            "n_speaker_pairs_non_pronoun": len(named)}


def speaker_pairs(gold: pd.DataFrame, pred: pd.DataFrame, people: str | None = None,
                  texts: dict[str, str] | None = None) -> pd.DataFrame:
    """One row per matched gold piece with a Source: the pairs ``speaker_accuracy`` averages.

    Columns: ``source``, ``start``, ``end`` (the gold piece), ``route`` (the prediction's
    ``attribution``, ``none`` when empty or absent: which rule gave the speaker),
    ``source_is_pronoun`` (the gold Source is a pronoun), ``pred_speaker``, ``correct`` (the
    scorer's verdict, as in :func:`score_polnear`). Lets a reader see where the speakers go
    wrong by class without reading rows (:func:`helpers.evaluate.polnear_routes.by_route`).
    """
    g, p = _prepare(gold, pred)
    route = p["attribution"].fillna("").astype(str) if "attribution" in p.columns else \
        pd.Series([""] * len(p), index=p.index)
    rows = []
    for gi, pi in match_spans(g, p, overlap=True):
        gr = g.loc[gi]
        if not gr["speaker"].strip():
            continue
        ps = p.at[pi, "speaker"]
        rows.append((gr["source"], int(gr["start"]), int(gr["end"]), route.at[pi] or "none",
                     bool(gr["speaker_is_pronoun"]), ps,
                     _speaker_ok(ps, gr, people, (texts or {}).get(gr["source"], ""))))
    return pd.DataFrame(rows, columns=["source", "start", "end", "route", "source_is_pronoun",
                                       "pred_speaker", "correct"])


def polnear_errors(gold: pd.DataFrame, pred: pd.DataFrame, people: str | None = None,
                   texts: dict[str, str] | None = None) -> pd.DataFrame:
    """One row per error with its cause.

    Causes: ``missed quote``, ``spurious quote``, and for matched pieces with a wrong speaker:
    ``speaker empty``, ``pronoun unresolved`` (pronoun Source without a gold antecedent),
    ``non-person speaker`` (Source/antecedent has no capitalised word: a group, document or
    description), ``wrong person``; and ``wrong cue``. Columns: ``source``, ``start``, ``end``
    (the gold piece's offsets in that file, the prediction's for a spurious quote), ``cause``,
    ``text``, ``gold_speaker``, ``gold_antecedent``, ``pred_speaker``, ``gold_cue``,
    ``pred_cue``.
    """
    g, p = _prepare(gold, pred)
    pairs = match_spans(g, p, overlap=True)
    rows = []
    for gi, pi in pairs:
        gr, ps, pc = g.loc[gi], p.at[pi, "speaker"], p.at[pi, "cue"]
        if gr["speaker"].strip() and not _speaker_ok(ps, gr, people,
                                                     (texts or {}).get(gr["source"], "")):
            ref = (gr["speaker_referent"] or gr["speaker"]) if _uses_referent(gr, None) else \
                gr["speaker_antecedent"] if gr["speaker_is_pronoun"] else gr["speaker"]
            cause = ("speaker empty" if not ps.strip()
                     else "pronoun unresolved" if gr["speaker_is_pronoun"] and not ref
                     else "non-person speaker" if not re.search(r"\b[A-Z]", ref)
                     else "wrong person")
            rows.append((gr["source"], int(gr["start"]), int(gr["end"]), cause, gr["text"],
                         gr["speaker"], ref, ps, gr["cue_text"], pc))
        if not cue_matches(pc, gr["cue_text"]):
            rows.append((gr["source"], int(gr["start"]), int(gr["end"]), "wrong cue",
                         gr["text"], gr["speaker"], "", ps, gr["cue_text"], pc))
    matched_g, matched_p = {gi for gi, _ in pairs}, {pi for _, pi in pairs}
    rows += [(r.source, int(r.start), int(r.end), "missed quote", r.text, r.speaker,
              r.speaker_antecedent, "", r.cue_text, "") for i, r in g.iterrows()
             if i not in matched_g]
    rows += [(r.source, int(r.start), int(r.end), "spurious quote", r.text, "", "", r.speaker,
              "", r.cue) for i, r in p.iterrows() if i not in matched_p]
    return pd.DataFrame(rows, columns=["source", "start", "end", "cause", "text", "gold_speaker",
                                       "gold_antecedent", "pred_speaker", "gold_cue", "pred_cue"])


def referent_differences(gold: pd.DataFrame, people: str | None = None) -> pd.DataFrame:
    """Quotations whose pronoun Source has an agreed named referent that the heuristic antecedent
    does not name (no antecedent, or another entity): one row per
    quote_id with ``speaker``, ``speaker_antecedent`` and ``speaker_referent``. Empty when the
    gold carries no referent annotation."""
    cols = ["quote_id", "speaker", "speaker_antecedent", "speaker_referent"]
    if "referent_agreed" not in gold.columns:
        return pd.DataFrame(columns=cols)
    g = gold[gold["referent_agreed"] & gold["speaker_is_pronoun"]
             & (gold["speaker_referent"] != "")].drop_duplicates("quote_id")
    differ = [not (a and r and speakers_match(a, r, people))
              for a, r in zip(g["speaker_antecedent"], g["speaker_referent"])]
    return g.loc[differ, cols].reset_index(drop=True)
