"""PolNeAR gold ``quote_id``s name the brat file of their relation (tidy round, 2026-12-04).

Why: an article annotated twice has one ``.ann`` file per annotator and each numbers its
relations from E1, so ``<article>.txt:E3`` did not say whose E3 it was (a referent coder found
E-numbers that did not match the relation shown). The loader's ids are now
``<article>_<annotator>.ann:E<n>``; the older form, which the referent coder files carry, is
still read. Invented brat files in a temporary PolNeAR-shaped folder.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers.evaluate.polnear import (
    QuoteId,
    _add_referents,
    _gold_rows,
    load_polnear,
    parse_brat,
    parse_quote_id,
)
from helpers.evaluate.polnear_referents import Referent

TEXT = "Jane Roe spoke. “We will win,” she said. “Soon,” Tom Lee said."


def _relation(k: int, quote: str, source: str) -> list[str]:
    """Brat lines of attribution E<k>: the quotation ``quote`` with Source ``source``."""
    c = TEXT.index(quote)
    s = TEXT.index(source)
    q = TEXT.index("said", c)
    return [f"T{3 * k}\tContent {c} {c + len(quote)}\t-",
            f"T{3 * k + 1}\tSource {s} {s + len(source)}\t-",
            f"T{3 * k + 2}\tCue {q} {q + 4}\tsaid",
            f"E{k}\tAttribution:T0 Content:T{3 * k} Cue:T{3 * k + 2} Source:T{3 * k + 1}"]


def _folder(tmp: Path) -> Path:
    """A split ``test`` of two articles: ``a`` annotated by ``zz`` and ``bb`` (relations
    numbered the other way round), ``b`` by ``bb`` alone."""
    (tmp / "test" / "text").mkdir(parents=True)
    (tmp / "test" / "attributions").mkdir()
    rows = ["filename\tcompartment\tpublication_date"]
    for art in ("a", "b"):
        (tmp / "test" / "text" / f"{art}.txt").write_text(TEXT, encoding="utf-8")
        rows.append(f"{art}\ttest\t2016-01-01")
    first, second = _relation(1, "“We will win,”", "she"), _relation(2, "“Soon,”", "Tom Lee")
    files = {"a_zz.ann": first + second,
             "a_bb.ann": _relation(1, "“Soon,”", "Tom Lee") + _relation(2, "“We will win,”", "she"),
             "b_bb.ann": first}
    for name, lines in files.items():
        (tmp / "test" / "attributions" / name).write_text("\n".join(lines) + "\n",
                                                          encoding="utf-8")
    (tmp / "metadata.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return tmp


def test_loader_ids_name_the_brat_file_and_are_unique(tmp_path) -> None:
    gold = load_polnear(_folder(tmp_path), "test").gold
    # the alphabetically first annotator of article a is bb, whose E1 is Tom Lee's quotation
    by_id = dict(zip(gold["quote_id"], gold["text"]))
    assert by_id == {"a_bb.ann:E1": "Soon,", "a_bb.ann:E2": "We will win,",
                     "b_bb.ann:E1": "We will win,"}
    for q in by_id:
        p = parse_quote_id(q)
        brat = tmp_path / "test" / "attributions" / p.annotation
        assert brat.is_file() and p.article in ("a.txt", "b.txt")
        assert f"{p.relation}\tAttribution" in brat.read_text(encoding="utf-8")


def test_the_older_id_form_is_still_read() -> None:
    assert parse_quote_id("a.txt:E3") == QuoteId("a.txt", "", "E3")
    assert parse_quote_id("x_y_4b22.ann:E10") == QuoteId("x_y.txt", "x_y_4b22.ann", "E10")
    # without a file name the gold rows keep the older form
    rows = pd.DataFrame(_gold_rows("a.txt", TEXT, parse_brat("\n".join(_relation(1, "“Soon,”",
                                                                                  "Tom Lee")))))
    assert rows["quote_id"].tolist() == ["a.txt:E1"]


def test_referents_coded_under_the_older_ids_attach_to_the_new_ones() -> None:
    lines = _relation(1, "“We will win,”", "she") + _relation(2, "“Soon,”", "Tom Lee")
    gold = pd.DataFrame(_gold_rows("a.txt", TEXT, parse_brat("\n".join(lines)), "a_bb.ann"))
    start = TEXT.index("Jane Roe")
    refs = {"a.txt:E1": Referent("a.txt:E1", "Jane Roe", start, start + 8, "person"),
            "a_bb.ann:E2": None}  # a new-form id of an item agreed to have no name
    _add_referents(gold, refs)
    got = gold.set_index("quote_id")
    assert got.loc["a_bb.ann:E1", "speaker_referent"] == "Jane Roe"
    assert bool(got.loc["a_bb.ann:E1", "referent_agreed"])
    assert bool(got.loc["a_bb.ann:E2", "referent_agreed"])
    assert got.loc["a_bb.ann:E2", "speaker_referent"] == ""
    # an older id names the loaded file's relation only: another file's E1 is not it
    other = pd.DataFrame(_gold_rows("b.txt", TEXT, parse_brat("\n".join(lines)), "b_bb.ann"))
    _add_referents(other, refs)
    assert not other["referent_agreed"].any()
