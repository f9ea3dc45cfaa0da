"""Figures: all formats written, data CSV, index, and byte-identical re-runs."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from helpers.report.figures import save_figure, save_table, use_style  # noqa: E402


def make_figure() -> tuple[plt.Figure, pd.DataFrame]:
    use_style()
    data = pd.DataFrame({"x": [1, 2, 3], "y": [0.5, -0.25, 1.0]})
    fig, ax = plt.subplots()
    ax.plot(data["x"], data["y"], label="a line")
    ax.set_title("Test figure")
    ax.set_xlabel("x")
    ax.set_ylabel("y")
    ax.legend()
    return fig, data


def test_save_figure_writes_formats_csv_and_index(tmp_path):
    fig, data = make_figure()
    paths = save_figure(fig, "test-line", data=data, caption="A | test line", output_dir=tmp_path,
                        notebook="00_test")
    assert set(paths) == {"png", "svg", "pdf", "csv"}
    assert paths["png"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert paths["pdf"].read_bytes()[:5] == b"%PDF-"
    svg = paths["svg"].read_text(encoding="utf-8")
    assert "<text" in svg and "Test figure" in svg  # text stays editable text
    assert pd.read_csv(paths["csv"]).equals(data)
    index = (tmp_path / "figures" / "INDEX.md").read_text(encoding="utf-8")
    assert "[test-line](test-line.png)" in index and "00_test" in index
    assert "A \\| test line" in index
    plt.close(fig)


def test_rerun_is_byte_identical(tmp_path):
    outputs = []
    for run in range(2):
        fig, data = make_figure()
        paths = save_figure(fig, "same", data=data, caption="c", output_dir=tmp_path / str(run))
        outputs.append({k: p.read_bytes() for k, p in paths.items()})
        plt.close(fig)
    assert outputs[0] == outputs[1]


def test_index_keeps_one_row_per_figure(tmp_path):
    for name in ("b-fig", "a-fig", "b-fig"):
        fig, data = make_figure()
        save_figure(fig, name, data=data, caption=f"caption {name}", output_dir=tmp_path)
        plt.close(fig)
    rows = [r for r in (tmp_path / "figures" / "INDEX.md").read_text().splitlines()
            if r.startswith("| [")]
    assert [r.split("]")[0] for r in rows] == ["| [a-fig", "| [b-fig"]


def test_bad_names_and_data_are_refused(tmp_path):
    fig, data = make_figure()
    with pytest.raises(ValueError, match="figure name"):
        save_figure(fig, "Bad Name", data=data, caption="c", output_dir=tmp_path)
    with pytest.raises(TypeError, match="DataFrame"):
        save_figure(fig, "ok", data=[1, 2], caption="c", output_dir=tmp_path)
    plt.close(fig)
    assert save_table(data, "tbl", output_dir=tmp_path).read_text().startswith("x,y\n")


def test_tall_figure_png_stays_within_the_pixel_cap(tmp_path):
    from PIL import Image

    from helpers.report.figures import MAX_PIXELS

    fig, axes = plt.subplots(30, 1, figsize=(8, 2.6 * 30))  # 78 in tall: 23,400 px at 300 dpi
    for ax in axes:
        ax.plot([0, 1], [0, 1])
    paths = save_figure(fig, "tall", data=pd.DataFrame({"x": [0, 1]}), caption="c",
                        output_dir=tmp_path)
    plt.close(fig)
    width, height = Image.open(paths["png"]).size
    assert max(width, height) <= MAX_PIXELS
    assert height > 0.9 * MAX_PIXELS  # lowered just enough, not to a thumbnail


def test_small_figure_keeps_300_dpi(tmp_path):
    from PIL import Image

    fig, ax = plt.subplots(figsize=(4, 3))
    ax.plot([0, 1], [0, 1])
    paths = save_figure(fig, "small", data=pd.DataFrame({"x": [0, 1]}), caption="c",
                        output_dir=tmp_path)
    plt.close(fig)
    width, _ = Image.open(paths["png"]).size
    assert width > 3.5 * 300  # tight crop trims a little of the 4 inches


def test_png_only_figure_is_indexed_with_the_files_written(tmp_path):
    fig, data = make_figure()
    paths = save_figure(fig, "png-only", data=data, caption="c", output_dir=tmp_path,
                        formats=("png",))
    plt.close(fig)
    assert set(paths) == {"png", "csv"}
    folder = tmp_path / "figures"
    assert not (folder / "png-only.svg").exists() and not (folder / "png-only.pdf").exists()
    row = next(r for r in (folder / "INDEX.md").read_text().splitlines() if "[png-only]" in r)
    assert "png-only.csv" in row and ".svg" not in row and ".pdf" not in row


@pytest.mark.parametrize("formats", [("svg", "pdf"), ("png", "jpg")])
def test_formats_must_include_png_and_be_known(tmp_path, formats):
    fig, data = make_figure()
    with pytest.raises(ValueError, match="formats"):
        save_figure(fig, "bad", data=data, caption="c", output_dir=tmp_path, formats=formats)
    plt.close(fig)


def test_figure_count_says_which_formats_every_figure_has(tmp_path):
    """`make run` printed "38 PNG+SVG+PDF+CSV" where 2 of the 38 figures are PNG and CSV only
    (per-article timelines): the line now counts the vector copies apart."""
    from helpers.report.figures import describe_figures

    for name, formats in [("a", ("png", "svg", "pdf")), ("b", ("png", "svg", "pdf")),
                          ("c", ("png",))]:
        fig, data = make_figure()
        save_figure(fig, name, data=data, caption="c", output_dir=tmp_path, formats=formats)
        plt.close(fig)
    assert describe_figures(tmp_path / "figures") == (
        "3 figures: PNG and CSV each, SVG and PDF for 2")
    assert describe_figures(tmp_path / "none") == "0 figures"
