"""Who-mentions-whom: the busiest people are spread round the circle, not side by side.

On the 840-article US archive, Clinton, Trump, Cruz and Sanders came first in the edge list and
sat next to each other, so the widest arrows (Clinton -> Trump, 30 mentions) were stubs lost in a
knot of arrowheads. Invented names.
"""

from __future__ import annotations

import itertools
import math

import matplotlib.pyplot as plt
import pandas as pd

from helpers.report import plots


def _edges() -> pd.DataFrame:
    rows = [("Ann Avery", "Bo Brant", 30), ("Bo Brant", "Ann Avery", 22),
            ("Cy Cole", "Bo Brant", 18), ("Di Dunn", "Ann Avery", 16)]
    rows += [(f"Speaker {i}", "Bo Brant" if i % 2 else "Ann Avery", 1) for i in range(20)]
    return pd.DataFrame(rows, columns=["speaker", "mentioned", "mentions"])


def _angles(fig) -> dict[str, float]:
    ax = fig.axes[0]  # names are drawn at (1.2 cos a, 1.14 sin a)
    return {t.get_text(): math.degrees(math.atan2(t.get_position()[1] / 1.14,
                                                  t.get_position()[0] / 1.2))
            for t in ax.texts if t.get_text()}  # the arrows are empty annotations


def _apart(a: float, b: float) -> float:
    d = abs(a - b) % 360
    return min(d, 360 - d)


def test_the_four_busiest_people_are_far_apart_on_the_circle():
    fig = plots.mention_network_chart(_edges())
    try:
        angle = _angles(fig)
        assert len(angle) == 24
        busiest = ["Ann Avery", "Bo Brant", "Cy Cole", "Di Dunn"]
        assert _apart(angle["Ann Avery"], angle["Bo Brant"]) >= 120
        assert min(_apart(angle[a], angle[b])
                   for a, b in itertools.combinations(busiest, 2)) >= 60
    finally:
        plt.close(fig)


def test_everyone_keeps_an_evenly_spaced_slot():
    fig = plots.mention_network_chart(_edges())
    try:
        angles = sorted(a % 360 for a in _angles(fig).values())
        gaps = [b - a for a, b in zip(angles, angles[1:])] + [360 - angles[-1] + angles[0]]
        assert max(gaps) - min(gaps) < 1e-6 + 0.5  # 15 degrees each
    finally:
        plt.close(fig)
