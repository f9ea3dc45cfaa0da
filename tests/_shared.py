"""Work shared by several tests, computed once per test process (test-suite round 40).

Why: the real-news theme tests (``tests/test_themes_real_news.py``) score fifteen PolNeAR
codings, each of 100-140 whole articles, and the codings share most of their articles (1,726
article runs cover 582 articles). Each test ran :func:`paragraph_themes` on all its articles
again; here each article is loaded, segmented and coded once, and a coding's table is put
together from the articles it names. The codebook's paragraph table of an article depends on
that article alone (its paragraphs, and its own article context for the anchoring rule), so
the table put together is the one a run on the coding's articles alone gives, row for row, on
every coding (checked in round 40, docs/notes/scale.md), but for one column: ``article_id``
numbers two articles of one outlet and day in the order of the files loaded together, so on
three codings some ids carry another number. The scores do not read it (they pair paragraphs
by file name and offsets): every coding's scores were equal.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers.core.corpus import load_corpus
from helpers.evaluate.gold import read_gold
from helpers.instruments.themes import paragraph_themes


class ArticleParagraphs:
    """The codebook's paragraph table of each PolNeAR article, computed once per article.

    One instance per test session (a session-scoped fixture), for one folder of articles and
    the default codebook: nothing outside the instance is changed, and an instance is never
    shared between folders or codebooks."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._tables: dict[str, pd.DataFrame] = {}

    def coding(self, path: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
        """``(gold, pred)`` of the coding ``path`` as
        :func:`helpers.evaluate.themes.real_news_theme_coding` returns them: the gold with its
        text restored (digests checked), and the paragraph table of its whole articles, in the
        order of their sorted file names."""
        gold = read_gold(path, raw=self.folder)
        sources = sorted(set(gold["source"]))
        missing = [s for s in sources if s not in self._tables]
        if missing:  # the articles no earlier coding named, loaded and coded together
            table = paragraph_themes(load_corpus([self.folder / s for s in missing]))
            names = table["source"].map(lambda s: Path(s).name)
            for name in missing:
                self._tables[name] = table[names == name]
        pred = pd.concat([self._tables[s] for s in sources], ignore_index=True)
        return gold, pred


class DocumentTimexes:
    """:func:`helpers.evaluate.timeml.predict_timexes` of each document, run once per document.

    Why: the floors of the project's TIMEX3 annotation of PolNeAR train
    (``tests/test_real_news.py``) score nine batches and unions of batches of its 120 articles,
    450 document runs; the instrument reads each document alone (``predict_timexes`` segments
    and reads them one by one and joins the tables), so each document's table is computed once
    and a batch's is joined from its documents', in the batch's order (round 40: equal to a
    direct run on all nine batches). One instance per test session, for one set of documents.
    """

    def __init__(self) -> None:
        self._tables: dict[str, pd.DataFrame] = {}

    def predict(self, docs: list) -> pd.DataFrame:
        """The table ``predict_timexes(docs)`` returns, from each document's own table."""
        from helpers.evaluate.timeml import predict_timexes

        for doc in docs:
            if doc.doc_id not in self._tables:
                self._tables[doc.doc_id] = predict_timexes([doc])
        return pd.concat([self._tables[d.doc_id] for d in docs], ignore_index=True)
