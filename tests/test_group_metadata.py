"""Charts by section and by author leave out a grouping no article has.

Plain texts with no `metadata.csv` (one article, the default corpus, an archive of 840 bare
news texts) drew a chart of one bar each, `(none) (n=840)`: it said only that the metadata was
missing.
"""

from __future__ import annotations

import pandas as pd

from helpers.report.aggregate import NO_GROUP, by_group, with_metadata


def _panels(section: list[str], author: list[str]) -> dict[str, pd.DataFrame]:
    ids = [f"a{i}" for i in range(len(section))]
    per_article = pd.DataFrame({"article_id": ids, "value": 1.0, "weight": 1.0})
    meta = pd.DataFrame({"section": section, "author": author}, index=ids)
    return {f"By {g}": by_group(per_article, meta[g], n=12, noun=f"{g}s", n_boot=0)
            for g in ("section", "author")}


def test_a_grouping_no_article_has_is_left_out():
    panels = _panels(["", None, ""], ["", "", None])
    assert [t["group"].tolist() for t in panels.values()] == [[NO_GROUP], [NO_GROUP]]
    assert with_metadata(panels) == {}


def test_a_grouping_some_articles_have_is_kept_whole():
    panels = _panels(["Politics", "", "World"], ["", "", ""])
    kept = with_metadata(panels)
    assert list(kept) == ["By section"]
    assert sorted(kept["By section"]["group"]) == sorted([NO_GROUP, "Politics", "World"])


def test_one_named_group_is_kept():
    panels = _panels(["Politics"] * 3, ["Jo Reed"] * 3)
    assert list(with_metadata(panels)) == ["By section", "By author"]
