"""Human referents of PolNeAR pronoun and description Sources (issue 13): loader and agreement.

Why. The PolNeAR scorer (:mod:`helpers.evaluate.polnear`) counts a predicted speaker as right
when it names the annotated Source or, for a pronoun Source, the Source's antecedent. PolNeAR has
no coreference, so that antecedent is a heuristic guess (the nearest earlier Source of matching
gender), wrong in about 29 of 100 audited wrong-speaker pieces. Two coders annotated, blind to
the instrument, which entity each pronoun or description Source of PolNeAR dev refers to
(``data/annotations/real_news/sources``; the same for the first 70 coded articles of train
subsample A in its ``train/`` folder; guideline
``data/annotations/guidelines/source_referents.md``). This module reads those files, checks them
against the shared text (SHA-1 of each article; offsets inside the text; a named referent starts
with a capital or a digit), measures agreement and returns the agreed referent per quotation.

Agreement rule (:func:`same_entity`): two codings of one item agree when they have the same
``status`` and, for ``named``, refer to the same entity: their referent spans overlap, or the
referents share a surname (last name word, case folded, possessive dropped: ``Clinton`` and
``Hillary Clinton``, ``WALLACE`` and ``Chris Wallace``). An item is *agreed-named* when every
coder says ``named`` and every pair agrees; its referent is the longest of the coders' referent
mentions. No article text is stored: the referent text is cut from the shared article.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import pandas as pd

from helpers.core.paths import ANNOTATIONS

__all__ = ["REFERENT_COLUMNS", "REFERENT_DIR", "STATUSES", "Referent", "ReferentError",
           "agreed_referents", "agreement", "coder_files", "cohen_kappa", "covered_articles",
           "load_coder_file", "same_entity", "split_folder", "split_referents", "text_sha1"]

REFERENT_DIR: Path = ANNOTATIONS / "real_news" / "sources"
REFERENT_COLUMNS = ["item", "article", "quote_id", "source_start", "source_end", "status",
                    "referent_start", "referent_end", "referent_type", "coder", "note"]
STATUSES = ("named", "unnamed", "unclear", "not-a-mention")
TYPES = ("person", "group", "organisation", "document", "other")
_NAME_WORD = re.compile(r"[A-Za-z][\w\-]*")


class ReferentError(ValueError):
    """A coder file that does not fit the shared text (changed article, bad offsets, bad row)."""


@dataclass(frozen=True)
class Referent:
    """The agreed referent of one quotation's Source: its name as written in the article."""

    quote_id: str
    text: str
    start: int
    end: int
    referent_type: str


def text_sha1(text: str) -> str:
    """SHA-1 (hex) of an article as stored: the UTF-8 bytes of the whole text file."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def coder_files(folder: str | Path = REFERENT_DIR) -> list[Path]:
    """The coder files ``referents_<coder>.tsv`` of ``folder``, sorted by coder."""
    return sorted(Path(folder).glob("referents_*.tsv"))


def _read_tsv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False)


def _check_row(r: pd.Series, text: str, where: str) -> None:
    """Raise :class:`ReferentError` unless one coded row fits its article text."""
    if r["status"] not in STATUSES:
        raise ReferentError(f"{where}: status {r['status']!r} not in {STATUSES}")
    if r["referent_type"] not in TYPES:
        raise ReferentError(f"{where}: referent_type {r['referent_type']!r} not in {TYPES}")
    ss, se, rs, re_ = (int(r[c]) for c in ("source_start", "source_end", "referent_start",
                                            "referent_end"))
    if not 0 <= ss < se <= len(text):
        raise ReferentError(f"{where}: Source offsets {ss}:{se} outside the text ({len(text)})")
    if r["status"] != "named":
        if (rs, re_) != (-1, -1):
            raise ReferentError(f"{where}: status {r['status']} needs referent offsets -1")
        return
    if not 0 <= rs < re_ <= len(text):
        raise ReferentError(f"{where}: referent offsets {rs}:{re_} outside the text")
    head = text[rs]
    if not (head.isupper() or head.isdigit()):
        raise ReferentError(f"{where}: referent {text[rs:re_]!r} does not start with a capital")


def load_coder_file(path: str | Path, texts: dict[str, str],
                    articles: str | Path | None = None) -> pd.DataFrame:
    """One coder's rows (columns :data:`REFERENT_COLUMNS`, offsets as int, ``referent_text``
    cut from the article), checked against ``texts`` (article file name -> text).

    ``articles`` (default: ``articles.tsv`` beside ``path``) gives each article's SHA-1; an
    article whose text has another digest, or that is absent from ``texts``, raises
    :class:`ReferentError`, as does a row whose offsets do not fit (see :func:`_check_row`).
    """
    path = Path(path)
    rows = _read_tsv(path)
    missing = set(REFERENT_COLUMNS) - set(rows.columns)
    if missing:
        raise ReferentError(f"{path.name}: missing columns {sorted(missing)}")
    digests = _read_tsv(Path(articles) if articles else path.parent / "articles.tsv")
    sha = dict(zip(digests["article"], digests["text_sha1"]))
    for art in sorted(set(rows["article"])):
        if art not in texts:
            raise ReferentError(f"{path.name}: article {art} not among the loaded texts")
        if sha.get(art) != text_sha1(texts[art]):
            raise ReferentError(f"{path.name}: the text of {art} has changed (SHA-1 mismatch)")
    for i, r in rows.iterrows():
        _check_row(r, texts[r["article"]], f"{path.name} row {i + 2} (item {r['item']})")
    for c in ("source_start", "source_end", "referent_start", "referent_end"):
        rows[c] = rows[c].astype(int)
    rows["referent_text"] = [texts[a][s:e] if s >= 0 else "" for a, s, e in
                             zip(rows["article"], rows["referent_start"], rows["referent_end"])]
    return rows


def _surname(name: str) -> str:
    words = _NAME_WORD.findall(name.replace("’s", "").replace("'s", ""))
    return words[-1].lower() if words else ""


def same_entity(a: pd.Series, b: pd.Series) -> bool:
    """Whether two codings of one item agree: same status and, when ``named``, the same entity
    (overlapping referent spans, or the same surname; see the module docstring)."""
    if a["status"] != b["status"]:
        return False
    if a["status"] != "named":
        return True
    if a["referent_start"] < b["referent_end"] and b["referent_start"] < a["referent_end"]:
        return True
    sa, sb = _surname(a["referent_text"]), _surname(b["referent_text"])
    return bool(sa) and sa == sb


def cohen_kappa(a: list[str], b: list[str]) -> float:
    """Cohen's kappa of two equally long label lists (1.0 when both use one label only)."""
    n = len(a)
    if n == 0 or n != len(b):
        raise ValueError("kappa needs two label lists of the same, non-zero length")
    p_o = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = Counter(a), Counter(b)
    p_e = sum(ca[k] * cb[k] for k in ca) / (n * n)
    return 1.0 if p_e == 1 else (p_o - p_e) / (1 - p_e)


def _paired(codings: list[pd.DataFrame]) -> list[list[pd.Series]]:
    """Rows of the items every coder coded, one list of rows (one per coder) per item."""
    by = [c.set_index("item", drop=False) for c in codings]
    common = sorted(set.intersection(*(set(b.index) for b in by)), key=int)
    return [[b.loc[i] for b in by] for i in common]


def agreement(codings: list[pd.DataFrame]) -> dict[str, float]:
    """Agreement of two coders on the items both coded: ``n_items``, ``agreement`` (share with
    the same status and, when named, the same entity), ``status_agreement``, ``kappa_status``
    (Cohen's kappa on status) and ``n_agreed_named``."""
    if len(codings) != 2:
        raise ValueError("agreement is measured between exactly two coders")
    pairs = _paired(codings)
    same = [same_entity(a, b) for a, b in pairs]
    sa, sb = [a["status"] for a, _ in pairs], [b["status"] for _, b in pairs]
    return {"n_items": len(pairs), "agreement": sum(same) / len(pairs),
            "status_agreement": sum(x == y for x, y in zip(sa, sb)) / len(pairs),
            "kappa_status": cohen_kappa(sa, sb),
            "n_agreed_named": sum(ok and a["status"] == "named" for ok, (a, _) in
                                  zip(same, pairs))}


def agreed_referents(codings: list[pd.DataFrame]) -> dict[str, Referent | None]:
    """Per quote_id of the items every coder coded: the agreed :class:`Referent` when all say
    ``named`` and agree pairwise (the longest referent mention is kept); ``None`` when they
    agree on another status (``unnamed``, ``not-a-mention``, ``unclear``: no name to accept).
    Items on which the coders disagree are left out (the scorer keeps its heuristic there)."""
    out: dict[str, Referent | None] = {}
    for rows in _paired(codings):
        if not all(same_entity(a, b) for a, b in combinations(rows, 2)):
            continue
        if rows[0]["status"] != "named":
            out[rows[0]["quote_id"]] = None
            continue
        best = max(rows, key=lambda r: (len(r["referent_text"]), -int(r["referent_start"])))
        out[best["quote_id"]] = Referent(best["quote_id"], best["referent_text"],
                                         int(best["referent_start"]), int(best["referent_end"]),
                                         best["referent_type"])
    return out


def split_folder(split: str, root: str | Path = REFERENT_DIR) -> Path | None:
    """The folder holding the referent annotation of PolNeAR ``split``: ``root`` itself when its
    ``articles.tsv`` lists only that split (dev, the first annotation), else ``root/<split>``
    under the same condition (``train/``); None when neither does."""
    root = Path(root)
    for folder in (root, root / split):
        listing = folder / "articles.tsv"
        if listing.is_file() and set(_read_tsv(listing)["split"]) == {split}:
            return folder
    return None


def covered_articles(split: str, root: str | Path = REFERENT_DIR) -> set[str]:
    """The articles of ``split`` whose pronoun/description Sources were coded (the file names
    of the split folder's ``articles.tsv``); empty when the split has no annotation. Why: on a
    partially coded split (train) a figure restricted to these articles shows the referent
    gold's effect undiluted by the articles that keep the heuristic."""
    folder = split_folder(split, root)
    return set() if folder is None else set(_read_tsv(folder / "articles.tsv")["article"])


def split_referents(texts: dict[str, str], split: str,
                    folder: str | Path = REFERENT_DIR,
                    min_coders: int = 2) -> dict[str, Referent | None]:
    """The agreed referents of a PolNeAR split, or ``{}`` when the annotation does not cover it
    (no folder for the split, see :func:`split_folder`, or fewer than ``min_coders`` coder
    files there): the scorer then keeps its heuristic antecedent everywhere. A split coded only
    in part (train: the first articles of a subsample) gets referents for the coded quotations
    only; every other quotation keeps the heuristic."""
    sub = split_folder(split, folder)
    if sub is None:
        return {}
    files = coder_files(sub)
    if len(files) < min_coders:
        return {}
    return agreed_referents([load_coder_file(p, texts) for p in files])
