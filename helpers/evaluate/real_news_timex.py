"""The project's TIMEX3 annotation of PolNeAR TRAIN articles, rebuilt from the shared text.

Why: a second development set for the timeline instrument, real news annotated by the TimeML
guidelines (``data/annotations/real_news/timex/README.md``). The repository holds only offsets,
values, the DCT and the SHA-1 of each article's text; the text itself is read from
``../shared/validation/polnear/train/text`` (or ``$NS_SHARED_DATA``) and must still have the
recorded SHA-1, so that no offset silently points at other words. The documents come back as
:class:`helpers.evaluate.timeml.TimemlDoc`, so the TimeML predictor and TempEval-3 scorer of
``timeml.py`` apply unchanged.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd

from helpers.core.paths import ANNOTATIONS
from helpers.evaluate.shared_data import validation_dir
from helpers.evaluate.timeml import TIMEX_GOLD_COLUMNS, TimemlDoc

__all__ = ["REAL_NEWS_TIMEX_DIR", "load_real_news_timex", "real_news_timex_problem"]

REAL_NEWS_TIMEX_DIR: Path = ANNOTATIONS / "real_news" / "timex"


def _text_folder(split: str) -> Path:
    return validation_dir("polnear") / split / "text"


def real_news_timex_problem(folder: Path = REAL_NEWS_TIMEX_DIR) -> str:
    """Why the set cannot be loaded here (shared text absent), or ``""`` when it can.

    Tests call this to skip with a clear reason instead of failing where ``../shared`` is absent.
    """
    articles = pd.read_csv(folder / "articles.tsv", sep="\t", dtype=str, keep_default_na=False)
    for split in sorted(set(articles["split"])):
        if not _text_folder(split).is_dir():
            return (f"the PolNeAR {split} text is not here: {_text_folder(split)} "
                    "(the annotation stores no text; set NS_SHARED_DATA to the shared folder)")
    return ""


def load_real_news_timex(folder: Path = REAL_NEWS_TIMEX_DIR,
                         batch: int | tuple[int, ...] | None = None) -> list[TimemlDoc]:
    """One :class:`TimemlDoc` per annotated article (sorted by article name), gold rebuilt.

    ``batch`` keeps only the articles of one annotation batch, or of a tuple of batches
    (``articles.tsv`` column ``batch``: 1 = the 25 of round 10, 2 = the 20 of round 12, 3 =
    the 25 of round 15, 4 = the 25 of round 19, 5 = the 25 wire-copy articles of round 22),
    so that a batch annotated later can be scored alone at first contact and the earlier
    batches kept comparable across rounds;
    ``None`` loads them all. Raises
    ``FileNotFoundError`` when an article's text is missing and ``ValueError`` when its SHA-1
    differs from ``articles.tsv`` or an offset falls outside the text.
    """
    articles = pd.read_csv(folder / "articles.tsv", sep="\t", dtype=str, keep_default_na=False)
    if batch is not None:
        wanted = {str(b) for b in (batch if isinstance(batch, tuple) else (batch,))}
        articles = articles[articles["batch"].isin(wanted)]
    timex = pd.read_csv(folder / "timex.tsv", sep="\t", dtype={"article": str, "type": str,
                        "value": str, "mod": str}, keep_default_na=False)
    docs = []
    for art in articles.sort_values("article").itertuples(index=False):
        path = _text_folder(art.split) / f"{art.article}.txt"
        if not path.is_file():
            raise FileNotFoundError(f"{folder / 'articles.tsv'}: {path} is missing")
        text = path.read_text(encoding="utf-8")
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()
        if digest != art.text_sha1:
            raise ValueError(f"{path}: SHA-1 {digest} is not the annotated {art.text_sha1}")
        rows = timex[timex["article"] == art.article]
        if len(rows) and (rows["end"].max() > len(text) or (rows["start"] >= rows["end"]).any()):
            raise ValueError(f"{folder / 'timex.tsv'}: an offset of {art.article} is outside "
                             "its text")
        gold = pd.DataFrame({
            "source": art.article, "start": rows["start"].astype(int),
            "end": rows["end"].astype(int),
            "text": [text[s:e] for s, e in zip(rows["start"], rows["end"], strict=True)],
            "type": rows["type"], "value": rows["value"], "mod": rows["mod"]},
            columns=TIMEX_GOLD_COLUMNS).sort_values(["start", "end"]).reset_index(drop=True)
        docs.append(TimemlDoc(art.article, text, art.dct, gold))
    return docs
