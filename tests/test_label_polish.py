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
