"""``make book``: the static site builds from executed notebooks and every link resolves.

The slow test builds a site with Sphinx + myst-nb from a tiny set of pre-executed notebooks and
figures the test makes itself (one notebook with a text and an image output, two figures saved
with ``save_figure``), then parses every HTML page and checks that each internal link, image and
download points to a file of the site. It carries the ``book`` marker (``-m "not book"`` skips it).
"""

from __future__ import annotations

import base64
import io
import json
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import nbformat  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from helpers.report.figures import save_figure  # noqa: E402
from helpers.report.site import (  # noqa: E402
    figure_entries,
    notebook_pages,
    write_sources,
)


def _png() -> str:
    fig, ax = plt.subplots(figsize=(2, 1.5))
    ax.plot([0, 1, 2], [1, 0, 2])
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=40)
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode("ascii")


def make_notebook(path: Path, title: str, question: str | None) -> None:
    """An executed notebook: a title cell, a code cell with text and a PNG output."""
    intro = f"# {title}\n\n" + (f"**Question.** {question}\n\n**Inputs.** none." if question
                                 else "No question paragraph here.")
    nb = nbformat.v4.new_notebook()
    code = nbformat.v4.new_code_cell("print(42)", execution_count=1)
    code.outputs = [
        nbformat.v4.new_output("stream", name="stdout", text="42\n"),
        nbformat.v4.new_output("display_data", data={"image/png": _png(),
                                                     "text/plain": "<Figure>"}),
    ]
    nb.cells = [nbformat.v4.new_markdown_cell(intro), code]
    nbformat.write(nb, path)


@pytest.fixture
def build_dir(tmp_path: Path) -> Path:
    build = tmp_path / "build"
    (build / "notebooks").mkdir(parents=True)
    make_notebook(build / "notebooks" / "01_alpha.ipynb", "01 · Alpha", "How long | are "
                  "the *sentences*?")
    make_notebook(build / "notebooks" / "02_beta.ipynb", "02 · Beta", None)
    for name, notebook in (("alpha-lengths", "01_alpha"), ("beta-counts", "02_beta")):
        fig, ax = plt.subplots(figsize=(2, 1.5))
        ax.bar(["a", "b"], [1, 2])
        save_figure(fig, name, pd.DataFrame({"x": ["a", "b"], "y": [1, 2]}),
                    f"Caption of {name} | with a pipe.", output_dir=build, notebook=notebook)
        plt.close(fig)
    return build


def test_pages_and_figures_are_read_from_the_build(build_dir):
    pages = notebook_pages(build_dir / "notebooks")
    assert [(p.name, p.title) for p in pages] == [("01_alpha", "01 · Alpha"),
                                                   ("02_beta", "02 · Beta")]
    assert pages[0].question == "How long | are the *sentences*?"
    assert pages[1].question == ""
    figures = figure_entries(build_dir / "figures")
    assert [f.name for f in figures] == ["alpha-lengths", "beta-counts"]
    assert figures[0].caption == "Caption of alpha-lengths | with a pipe."
    assert figures[0].notebook == "01_alpha"
    assert sorted(figures[0].files) == ["csv", "pdf", "png", "svg"]


def test_manifest_is_linked_only_when_present(build_dir, tmp_path):
    pages = notebook_pages(build_dir / "notebooks")
    figures = figure_entries(build_dir / "figures")
    write_sources(tmp_path / "a", pages, figures, "", None)
    assert "manifest" not in (tmp_path / "a" / "index.md").read_text(encoding="utf-8")
    manifest = tmp_path / "manifest.json"
    manifest.write_text("{}", encoding="utf-8")
    write_sources(tmp_path / "b", pages, figures, "", manifest)
    assert "manifest.json" in (tmp_path / "b" / "index.md").read_text(encoding="utf-8")
    assert (tmp_path / "b" / "manifest.json").exists()


class Links(HTMLParser):
    """Collect href/src values of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for key, value in attrs:
            if key in ("href", "src") and value:
                self.links.append((tag, value))


def internal_links(page: Path) -> list[tuple[str, str]]:
    parser = Links()
    parser.feed(page.read_text(encoding="utf-8"))
    out = []
    for tag, link in parser.links:
        parts = urlsplit(link)
        if parts.scheme or parts.netloc or link.startswith(("#", "mailto:", "javascript:")):
            continue
        out.append((tag, unquote(parts.path)))
    return out


def test_link_check_finds_a_broken_link(tmp_path):
    (tmp_path / "ok.png").write_bytes(b"")
    page = tmp_path / "page.html"
    page.write_text('<a href="https://x.org/a">x</a><a href="#top">t</a><img src="ok.png">'
                    '<a href="missing.html#s">m</a>', encoding="utf-8")
    links = internal_links(page)
    assert links == [("img", "ok.png"), ("a", "missing.html")]
    assert [p for _, p in links if not (tmp_path / p).exists()] == ["missing.html"]


@pytest.mark.slow
@pytest.mark.book
@pytest.mark.filterwarnings("ignore:.*is deprecated. Check CHANGES for Sphinx API")
def test_site_builds_and_every_internal_link_resolves(build_dir, tmp_path):
    pytest.importorskip("sphinx", reason="Sphinx not installed (pip install -r "
                        "requirements-docs.txt; make test installs it)")
    pytest.importorskip("myst_nb", reason="myst-nb not installed (requirements-docs.txt)")
    from helpers.report.site import build_site

    manifest = build_dir / "manifest.json"
    manifest.write_text(json.dumps({"run": "test"}), encoding="utf-8")
    validation = "## Instruments\n\n| instrument | F1 |\n|---|---|\n| quotes | 0.970 |\n"
    index = build_site(build_dir, validation_md=validation)
    site = index.parent
    assert index == build_dir / "site" / "index.html"

    home = index.read_text(encoding="utf-8")
    assert "How long | are the" in home and "02 · Beta" in home
    assert "manifest.json" in home
    assert "0.970" in (site / "validation.html").read_text(encoding="utf-8")
    gallery = (site / "figures.html").read_text(encoding="utf-8")
    assert "Caption of beta-counts | with a pipe." in gallery
    for fmt in ("png", "svg", "pdf", "csv"):
        assert f"alpha-lengths.{fmt}" in gallery, fmt

    pages = sorted(site.rglob("*.html"))
    assert {p.relative_to(site).as_posix() for p in pages} >= {
        "index.html", "validation.html", "figures.html",
        "notebooks/01_alpha.html", "notebooks/02_beta.html"}
    broken, images = [], 0
    for page in pages:
        for tag, path in internal_links(page):
            if not path:
                continue
            images += tag == "img"
            if not (page.parent / path).resolve().exists():
                broken.append(f"{page.relative_to(site)}: {tag} -> {path}")
    assert not broken, broken
    assert images >= 4  # two gallery figures, one output image per notebook page


def test_theme_runs_are_named_by_their_theme(tmp_path):
    """Runs of the theme template share one heading; the site names each by its THEME."""
    folder = tmp_path / "notebooks"
    folder.mkdir()
    for stem, theme in (("05_party_factionalism", "party_factionalism"),
                        ("11_new_theme", "new_theme")):
        make_notebook(folder / f"{stem}.ipynb", "Theme · where a theme lives", "Where?")
        nb = nbformat.read(folder / f"{stem}.ipynb", as_version=4)
        params = nbformat.v4.new_code_cell(f'# Parameters\nTHEME = "{theme}"\n')
        params.metadata["tags"] = ["injected-parameters"]
        nb.cells.insert(1, params)
        nbformat.write(nb, folder / f"{stem}.ipynb")
    pages = notebook_pages(folder)
    assert [p.title for p in pages] == [
        "05 · Party factionalism: where a theme lives",  # the codebook's label
        "11 · new theme: where a theme lives",  # not in the codebook: the id, spaced
    ]
    write_sources(tmp_path / "src", pages, [], "", None)
    copied = nbformat.read(tmp_path / "src" / "notebooks" / "05_party_factionalism.ipynb",
                           as_version=4)
    assert copied.cells[0].source.startswith("# 05 · Party factionalism: where a theme lives\n")
    assert "**Question.** Where?" in copied.cells[0].source
