"""Labels a new user found broken: cut mid-word without an ellipsis, a title keeping its line
break, the key-terms heading past the right edge, two near-identical greys for two verb classes."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.colors as mcolors  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from helpers.report import plots  # noqa: E402


def test_short_cuts_at_a_word_with_an_ellipsis() -> None:
    cut = plots._short("The minister cast first doubt on the plan", 24)
    assert cut.endswith("…") and len(cut) <= 24
    assert cut[:-1].split()[-1] in "The minister cast first doubt on the plan".split()
    assert plots._short("short", 24) == "short"


def test_titles_lose_their_line_breaks() -> None:
    assert "\n" not in plots._title_line("A garden path;\nMe and the rest", 80)
    assert plots.wrap_title("One;\nTwo", 80, 30) == "One; Two"


def test_key_terms_heading_stays_inside_the_figure() -> None:
    plot = pd.DataFrame({"term": ["a-very-long-compound-term-of-the-theme", "short"],
                         "keyness": [-12.0, 30.0]})
    fig = plots.key_terms_chart(plot)
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    width = fig.get_window_extent(renderer).x1
    heading = fig._suptitle
    assert heading is not None and heading.get_window_extent(renderer).x1 <= width
    plt.close(fig)


def test_framing_classes_have_distinct_colours() -> None:
    neutral = mcolors.to_rgb(plots.FRAMING_COLOURS["neutral"])
    other = mcolors.to_rgb(plots.FRAMING_COLOURS["other"])
    assert sum(abs(a - b) for a, b in zip(neutral, other)) > 0.3


def test_speakers_whose_labels_cut_alike_keep_their_own_bars() -> None:
    # two descriptions that share their first words: cut, they read the same, and a bar chart
    # with text categories drew them on one row, one bar hiding the other
    first = "a member of the parish council who resigned over the spring budget"
    second = "a member of the parish council who stayed on until the autumn vote"
    top = pd.DataFrame({"article_id": ["x", "x"], "speaker": [first, second],
                        "named": [False, False], "share_pct": [60.0, 30.0]})
    fig = plots.speaker_shares_chart(top, {"x": "A title"})
    ax = fig.axes[0]
    rows = sorted(round(p.get_y(), 3) for p in ax.patches)
    assert len(set(rows)) == 2, rows
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert len(labels) == 2 and len(set(labels)) == 2, labels
    assert all(len(label) <= 38 for label in labels), labels
    plt.close(fig)


def test_distinct_short_numbers_only_real_collisions() -> None:
    from helpers.report.labels import distinct_short

    same = "the chair of the harbour board"
    cut = distinct_short(["alpha beta gamma delta one", "alpha beta gamma delta two", same,
                          same], 16)
    assert cut[0] != cut[1] and cut[1].endswith("(2)") and len(cut[1]) <= 16
    assert cut[2] == cut[3]  # the same text twice is one label, not two speakers


def test_key_terms_heading_names_the_theme_and_stays_inside() -> None:
    """Five key-term charts per run (one per theme) had the same heading."""
    plot = pd.DataFrame({"term": ["a-very-long-compound-term-of-the-theme", "short"],
                         "keyness": [-12.0, 30.0]})
    label = "Factional feuds inside one governing party and its leadership contests"
    fig = plots.key_terms_chart(plot, label)
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    heading = fig._suptitle
    assert heading is not None and heading.get_text().startswith("Key terms of “Factional feuds")
    assert heading.get_window_extent(renderer).x1 <= fig.get_window_extent(renderer).x1
    plt.close(fig)


def _legend_labels(fig) -> list[str]:
    return [t.get_text() for legend in fig.legends for t in legend.get_texts()]


def test_speaker_legend_keys_only_the_kinds_drawn() -> None:
    """One article quoting one named spokeswoman had a key for `unnamed (a description)` too."""
    top = pd.DataFrame({"article_id": ["x"], "speaker": ["Jo Reed"], "named": [True],
                        "share_pct": [100.0]})
    fig = plots.speaker_shares_chart(top, {"x": "A title"})
    assert _legend_labels(fig) == ["named"]
    plt.close(fig)
    top = pd.DataFrame({"article_id": ["x", "x", "x"],
                        "speaker": ["a senior aide", "(unattributed)", "other (3 speakers)"],
                        "named": [False, pd.NA, pd.NA], "share_pct": [50.0, 30.0, 20.0],
                        "speaker_kind": ["unnamed (a description)",
                                         "unattributed (no speaker found)", "other speakers"],
                        "is_other": [False, False, True]})
    fig = plots.speaker_shares_chart(top, {"x": "A title"})
    assert _legend_labels(fig) == ["unnamed (a description)", "unattributed (no speaker found)",
                                   "other speakers, together"]
    plt.close(fig)
