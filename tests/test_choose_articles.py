"""choose_articles: detail figures draw at most MAX_PANELS articles, the rest listed with why."""

from __future__ import annotations

import pandas as pd

from helpers.report.notebook import MAX_PANELS, choose_articles
from helpers.report.theme_plots import on_theme


def _articles(n: int) -> pd.DataFrame:
    return pd.DataFrame({"article_id": [f"a{i:02d}" for i in range(n)],
                         "title": [f"T{i}" for i in range(n)],
                         "n_words": [(i * 37) % 101 + 1 for i in range(n)]})


def test_default_draws_the_longest_in_corpus_order_and_lists_the_rest():
    arts = _articles(30)
    choice = choose_articles(arts)
    longest = set(arts.nlargest(MAX_PANELS, "n_words")["article_id"])
    assert set(choice.shown) == longest and len(choice.shown) == MAX_PANELS
    assert choice.shown == [a for a in arts["article_id"] if a in longest]
    assert len(choice.skipped) == 30 - MAX_PANELS
    assert set(choice.skipped["article_id"]).isdisjoint(longest)
    assert choice.skipped["reason"].str.contains("longest").all()


def test_small_corpus_draws_everything():
    choice = choose_articles(_articles(3))
    assert choice.shown == ["a00", "a01", "a02"] and choice.skipped.empty


def test_articles_parameter_chooses_and_unknown_ids_are_reported():
    choice = choose_articles(_articles(20), "a05, a01,nope")
    assert choice.shown == ["a01", "a05"]
    reasons = dict(zip(choice.skipped["article_id"], choice.skipped["reason"]))
    assert reasons["nope"] == "no such article"
    assert len(reasons) == 20 - 2 + 1


def test_report_lists_a_few_skipped_per_reason_and_counts_the_rest(capsys):
    """On a 1,000-article archive the report printed 988 lines at the head of nine notebooks."""
    from helpers.report.notebook import LIST_SKIPPED, report_choice

    arts = pd.DataFrame({"article_id": [f"a{i:04d}" for i in range(1000)],
                         "title": [f"T{i}" for i in range(1000)],
                         "n_words": [(i * 37) % 1001 + 1 for i in range(1000)]})
    report_choice(choose_articles(arts, ",".join(["nope", "zilch"] + [f"a{i:04d}" for i in
                                                                   range(5)])))
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Detail figures show 5 articles; 997 not drawn")
    assert len(lines) == 1 + LIST_SKIPPED + 1 + 2, lines
    assert lines[1 + LIST_SKIPPED] == "  ... and 985 more: not in ARTICLES (or beyond the first " \
        f"{MAX_PANELS} of them)"
    assert [x for x in lines if "no such article" in x] == ["  nope: no such article",
                                                              "  zilch: no such article"]
    report_choice(choose_articles(_articles(20)))  # a few: every one listed, no count
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 + 20 - MAX_PANELS and "more" not in "".join(lines)


def test_a_rank_chooses_the_articles_most_on_theme_then_the_longest():
    """Theme trajectories drew the 12 longest articles: on a US news archive none matched a UK
    theme and the figure was twelve empty panels."""
    arts = _articles(20)
    rank = {"a03": 4, "a17": 9, "a08": 1}
    choice = choose_articles(arts, rank=rank, ranked_by="with the theme in most paragraphs")
    assert {"a03", "a17", "a08"} <= set(choice.shown) and len(choice.shown) == MAX_PANELS
    # the other nine places go to the longest of the rest
    by_length = arts.sort_values("n_words", ascending=False, kind="stable")["article_id"]
    rest = [a for a in by_length if a not in rank][:MAX_PANELS - 3]
    assert set(choice.shown) == {"a03", "a17", "a08", *rest}
    assert set(choice.skipped["reason"]) == {
        f"not among the {MAX_PANELS} articles with the theme in most paragraphs "
        "(choose with ARTICLES)"}


def test_articles_asked_for_win_over_a_rank():
    choice = choose_articles(_articles(20), "a05, a01", rank={"a03": 5})
    assert choice.shown == ["a01", "a05"]


def test_a_missing_or_nan_rank_counts_as_zero_not_as_an_arbitrary_order():
    """A NaN rank (a theme column with a gap) sorts as 0: the ranked articles still come first,
    then the longest (review 7 found ranks {2, 0, NaN, 1} with cap 2 gave the first two ids)."""
    arts = pd.DataFrame({"article_id": ["w", "x", "y", "z"], "title": list("WXYZ"),
                         "n_words": [10, 20, 30, 40]})
    choice = choose_articles(arts, cap=2, rank={"w": 2, "x": 0, "y": float("nan"), "z": 1})
    assert choice.shown == ["w", "z"]
    choice = choose_articles(arts, cap=2, rank={"w": float("nan"), "x": None, "y": 3})
    assert choice.shown == ["y", "z"]


def _trajectory(paragraphs: dict[str, list[bool]]) -> pd.DataFrame:
    """A :func:`trajectory_data` table: per article, whether each body paragraph is on theme."""
    rows = [{"article_id": a, "paragraph_index": i, "section": "", "score": float(p) * 5,
             "present": p} for a, flags in paragraphs.items() for i, p in enumerate(flags)]
    return pd.DataFrame(rows)


def test_ties_go_to_the_article_where_the_theme_is_the_larger_share_not_the_longest():
    """Most trajectory panels of a news archive have one coded paragraph; ties went to the
    longest article, a 153-paragraph live blog first. Now the one whose paragraphs are more on
    theme comes first; the plotted articles are those chosen."""
    blog = [True] + [False] * 152
    short_piece = [False, True, False, False]
    mid_piece = [True] + [False] * 19
    two = [True, True] + [False] * 30
    traj = _trajectory({"blog": blog, "short": short_piece, "mid": mid_piece, "two": two})
    arts = pd.DataFrame({"article_id": ["blog", "short", "mid", "two"],
                         "title": ["Live: the day", "A", "B", "C"],
                         "n_words": [9000, 300, 1200, 2000]})
    present, share = on_theme(traj)
    assert present.to_dict() == {"blog": 1, "mid": 1, "short": 1, "two": 2}
    assert share["short"] == 0.25 and share["blog"] == 1 / 153
    choice = choose_articles(arts, cap=3, rank=present, tie=share)
    assert choice.shown == ["short", "mid", "two"]  # corpus order; the blog left out
    assert choice.skipped["article_id"].tolist() == ["blog"]
    by_length = choose_articles(arts, cap=3, rank=present)  # no tie-break given: by length
    assert "blog" in by_length.shown


def test_a_missing_present_flag_is_not_on_theme():
    traj = _trajectory({"x": [True, False]})
    traj["present"] = traj["present"].astype(object)
    traj.loc[1, "present"] = None
    present, share = on_theme(traj)
    assert present["x"] == 1 and share["x"] == 0.5
