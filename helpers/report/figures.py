"""Export figures and tables in publishable, reproducible form.

``save_figure`` writes PNG (300 dpi), SVG (text kept as text) and PDF, plus a CSV of exactly the
numbers plotted, and records the figure in ``figures/INDEX.md`` with its caption and notebook.
Files carry no timestamps or random ids, so re-running gives byte-identical output. Every file
is written under a temporary name and moved into place when complete, so an interrupted run
never leaves a truncated figure or table.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd

from helpers.core.paths import STYLE_FILE, replacing, resolve_output_dir
from helpers.core.tables import write_csv

try:  # POSIX file locks; elsewhere notebooks should be run with --jobs 1
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None

__all__ = ["OUTPUTS_ENV", "describe_figures", "prune_index", "save_figure", "save_table",
           "source_note", "use_style"]

#: ``make run`` sets this variable in each notebook's kernel to a file that every saved figure
#: and table path is appended to, so a later run knows which files a notebook wrote (and can
#: keep them when the notebook is skipped as unchanged).
OUTPUTS_ENV = "NS_RUN_OUTPUTS"

_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"CreationDate": None, "ModDate": None, "Creator": None, "Producer": None},
}


def use_style() -> None:
    """Apply the project's matplotlib style (``helpers/report/newsroom.mplstyle``)."""
    plt.style.use(STYLE_FILE)


#: The ``gid`` of the source line, so that saving a figure twice draws it once.
SOURCE_GID = "source-line"


def source_note(fig: matplotlib.figure.Figure, text: str) -> None:
    """Put a small source line under everything drawn in ``fig`` (title, axes, legends below
    the axes), left-aligned, in small grey type; a source line already there is replaced.

    Why: a figure exported for a write-up must say where its numbers come from (corpus,
    articles, toolkit commit, run date) once it is separated from its notebook.
    """
    for old in [t for t in fig.texts if t.get_gid() == SOURCE_GID]:
        old.remove()
    # lay the figure out first and freeze it: constrained layout would otherwise move the axes
    # down at save time, onto a line placed under the layout measured before
    fig.canvas.draw()
    fig.set_layout_engine("none")
    renderer = fig.canvas.get_renderer()
    for legend in fig.legends:
        # a figure legend is anchored to the figure's box, which a tight save replaces by the
        # box around everything (this line included): pin it where the layout put it, or it
        # slides down onto this line
        where = legend.get_window_extent(renderer).transformed(fig.transFigure.inverted())
        legend.set_bbox_to_anchor(where, transform=fig.transFigure)
        legend.set_loc("center")
    box = fig.get_tightbbox(renderer)  # inches, what savefig keeps
    height = fig.get_size_inches()[1]
    left = box.x0 / fig.get_size_inches()[0]
    fig.text(left, (box.y0 - 0.06) / height, text, ha="left", va="top", fontsize=6.5,
             color="#555555", gid=SOURCE_GID)


#: Longest side of a saved PNG, in pixels: larger images are refused or downscaled by viewers,
#: notebooks and the static site, and are unreadable anyway.
MAX_PIXELS = 4000
PNG_DPI = 300
#: The image formats a figure is written in by default (PNG first: the index links it).
FORMATS = ("png", "svg", "pdf")


def png_dpi(fig: matplotlib.figure.Figure, max_pixels: int = MAX_PIXELS) -> int:
    """The PNG resolution for ``fig``: 300 dpi, lowered so that the longest side of the saved
    (tightly cropped) image stays within ``max_pixels``.

    The layout is run first (without rendering pixels): before it, a grid of panels with long
    tick labels measured 3% narrower than it was saved, and the PNG went over the cap."""
    fig.draw_without_rendering()
    bbox = fig.get_tightbbox(fig.canvas.get_renderer())
    pad = 2 * float(matplotlib.rcParams["savefig.pad_inches"])
    # the tight box (plus padding) when savefig crops to it, never less than the figure itself
    longest = max(bbox.width + pad, bbox.height + pad, *fig.get_size_inches())
    # 2% margin: the saved crop can differ by a few pixels from the box measured here
    budget = 0.98 * max_pixels
    return PNG_DPI if longest * PNG_DPI <= budget else max(1, int(budget // longest))


def save_figure(
    fig: matplotlib.figure.Figure,
    name: str,
    data: pd.DataFrame,
    caption: str,
    output_dir: str | Path | None = None,
    notebook: str = "",
    formats: Sequence[str] = FORMATS,
    source: str = "",
) -> dict[str, Path]:
    """Write ``fig`` as PNG, SVG and PDF and ``data`` as CSV under ``<output_dir>/figures``.

    ``source``: a line drawn small under the figure (:func:`source_note`), e.g. the corpus,
    its number of articles, the toolkit commit and the run date (``NotebookContext`` passes
    :meth:`~helpers.report.notebook.NotebookContext.source_line`, so every notebook figure has
    one).

    The PNG is 300 dpi unless its longest side would exceed :data:`MAX_PIXELS` (see
    :func:`png_dpi`); charts should stay small enough (caps on panels and rows) not to need it.

    ``name`` is a content name (lower case, digits, ``-``/``_``), e.g.
    ``sentiment-arc-by-article``. ``data`` must hold exactly the plotted numbers. The figure
    is added to (or replaced in) ``figures/INDEX.md``. Returns the written paths by format.

    ``formats``: the image formats to write, PNG always among them. Each costs a full render
    (1-2 CPU seconds for a chart of a hundred labelled rows), so a notebook that draws a dozen
    per-article charts may write their SVG and PDF only on request; the index links the files
    written.
    """
    if not _NAME_RE.match(name):
        raise ValueError(f"figure name {name!r}: use lower-case letters, digits, '-' or '_'")
    if not isinstance(data, pd.DataFrame):
        raise TypeError(f"figure {name!r}: data must be a DataFrame of the plotted numbers")
    if "png" not in formats or not set(formats) <= set(FORMATS):
        raise ValueError(f"figure {name!r}: formats {tuple(formats)} must include 'png' and be "
                         f"among {FORMATS}")
    folder = resolve_output_dir(output_dir) / "figures"
    folder.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}
    if source:
        source_note(fig, source)
    dpi = png_dpi(fig)
    for fmt in (f for f in FORMATS if f in formats):
        path = folder / f"{name}.{fmt}"
        with replacing(path) as tmp:  # never a half-written file under the real name
            fig.savefig(tmp, format=fmt, dpi=dpi if fmt == "png" else PNG_DPI,
                        metadata=_METADATA[fmt])
        paths[fmt] = path
    paths["csv"] = folder / f"{name}.csv"
    with replacing(paths["csv"]) as tmp:
        write_csv(data, tmp)
    _update_index(folder, name, caption, notebook, [f for f in FORMATS if f in formats])
    _record_outputs(paths.values())
    return paths


def save_table(df: pd.DataFrame, name: str, output_dir: str | Path | None = None) -> Path:
    """Write a result table as ``<output_dir>/tables/<name>.csv`` (UTF-8, no index)."""
    if not _NAME_RE.match(name):
        raise ValueError(f"table name {name!r}: use lower-case letters, digits, '-' or '_'")
    folder = resolve_output_dir(output_dir) / "tables"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.csv"
    with replacing(path) as tmp:
        write_csv(df, tmp)
    _record_outputs([path])
    return path


def _record_outputs(paths: object) -> None:
    """Append ``paths`` to the file named by :data:`OUTPUTS_ENV`, if set (see there)."""
    record = os.environ.get(OUTPUTS_ENV)
    if record:
        with open(record, "a", encoding="utf-8") as fh:
            fh.writelines(f"{Path(p).resolve()}\n" for p in paths)


def prune_index(folder: Path, keep: set[str]) -> None:
    """Keep only the rows of ``folder/INDEX.md`` whose figure name is in ``keep``.

    Used when a run keeps the figures of notebooks it skips as unchanged and re-runs the others.
    """
    index = folder / "INDEX.md"
    if not index.exists():
        return
    with _locked(folder / ".INDEX.lock"):
        lines = index.read_text(encoding="utf-8").splitlines()
        kept = [line for line in lines
                if not (m := re.match(r"^\| \[([^\]]+)\]", line)) or m.group(1) in keep]
        with replacing(index) as tmp:
            tmp.write_text("\n".join(kept) + "\n", encoding="utf-8")


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` (notebooks run in parallel share the index)."""
    with path.open("a") as fh:
        if fcntl is not None:
            fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            if fcntl is not None:
                fcntl.flock(fh, fcntl.LOCK_UN)


def _update_index(folder: Path, name: str, caption: str, notebook: str,
                  formats: Sequence[str] = FORMATS) -> None:
    """Keep ``INDEX.md`` as one row per figure, sorted by name (stable across re-runs)."""
    with _locked(folder / ".INDEX.lock"):
        _rewrite_index(folder / "INDEX.md", name, caption, notebook, formats)


def _rewrite_index(index: Path, name: str, caption: str, notebook: str,
                   formats: Sequence[str] = FORMATS) -> None:
    """Add or replace the row of figure ``name`` in ``index``."""
    rows: dict[str, str] = {}
    if index.exists():
        for line in index.read_text(encoding="utf-8").splitlines():
            m = re.match(r"^\| \[([^\]]+)\]", line)
            if m:
                rows[m.group(1)] = line
    clean = " ".join(caption.split()).replace("|", "\\|")
    links = " · ".join(f"[{f}]({name}.{f})" for f in ("csv", *formats) if f != "png")
    rows[name] = f"| [{name}]({name}.png) | {clean} | {notebook or '-'} | {links} |"
    header = (
        "# Figure index\n\nEvery exported figure, with its caption, the notebook that "
        "made it, and the CSV of exactly the plotted numbers.\n\n"
        "| figure | caption | notebook | files |\n|---|---|---|---|\n"
    )
    with replacing(index) as tmp:
        tmp.write_text(header + "\n".join(rows[k] for k in sorted(rows)) + "\n", encoding="utf-8")


def describe_figures(folder: Path) -> str:
    """How many figures ``folder`` holds and in which formats, for the end of ``make run``:
    ``"38 figures: PNG and CSV each, SVG and PDF for 36"``.

    A figure is a PNG (each has its CSV); SVG and PDF are counted apart because some figures
    are saved as PNG only (per-article timelines, unless ``ALL_FORMATS``). Why: the line said
    ``38 PNG+SVG+PDF+CSV`` and the docs, counting the PDFs, said 36 figures.
    """
    pngs = sorted(folder.glob("*.png"))
    if not pngs:
        return "0 figures"
    vector = sum(p.with_suffix(".svg").exists() and p.with_suffix(".pdf").exists() for p in pngs)
    text = f"{len(pngs)} figure{'s' if len(pngs) != 1 else ''}: PNG and CSV each"
    return text + (f", SVG and PDF for {vector}" if vector < len(pngs) else ", SVG and PDF too")
