"""Publish the executed notebooks as a static website (``make book`` -> ``build/site/``).

The site is built with Sphinx and myst-nb from the notebooks ``make run`` already executed
(``<build>/notebooks/*.ipynb``); nothing is executed again (``nb_execution_mode = "off"``), so
the pages show exactly the numbers of the run. Beside the notebook pages the site has a landing
page with the question of each notebook, the validation summary (the markdown printed by
``scripts/validation_report.py``), a figure gallery with captions and PNG/SVG/PDF/CSV downloads
read from ``<build>/figures/INDEX.md``, and the run manifest (``<build>/manifest.json``) when a
run wrote one. Everything is local: the build needs no network.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from helpers.instruments.themes import CodebookError, load_codebook

__all__ = [
    "FigureEntry",
    "NotebookPage",
    "SiteError",
    "build_site",
    "figure_entries",
    "notebook_pages",
    "write_sources",
]

FIGURE_FORMATS = ("png", "svg", "pdf", "csv")
_INDEX_ROW = re.compile(r"^\| \[(?P<name>[^\]]+)\]\([^)]*\) \| (?P<caption>.*?) \| "
                        r"(?P<notebook>[^|]*?) \| .*\|$")
_QUESTION = re.compile(r"\*\*Question\.?\*\*\s*(?P<text>.+?)(?:\n\s*\n|$)", re.S)

CONF_PY = '''"""Sphinx configuration written by helpers.report.site (rebuilt on each build)."""
project = {project!r}
extensions = ["myst_nb"]
nb_execution_mode = "off"  # the notebooks were executed by make run; show exactly that run
nb_output_stderr = "remove"
myst_enable_extensions = ["colon_fence"]
myst_heading_anchors = 2
html_theme = "alabaster"
html_title = {project!r}
html_theme_options = {{"description": "Validated notebooks on political journalism",
                      "fixed_sidebar": True, "page_width": "1200px", "sidebar_width": "260px"}}
html_sidebars = {{"**": ["about.html", "navigation.html", "searchbox.html"]}}
html_show_sourcelink = False
html_show_copyright = False
html_copy_source = False
exclude_patterns = ["_build"]
suppress_warnings = ["mystnb.unknown_mime_type", "misc.highlighting_failure"]
'''


class SiteError(RuntimeError):
    """The site cannot be built (missing executed notebooks, Sphinx failure, ...)."""


@dataclass(frozen=True)
class NotebookPage:
    """One executed notebook: its file, page title and the question it answers."""

    path: Path
    title: str
    question: str

    @property
    def name(self) -> str:
        """File stem, e.g. ``02_sentiment`` (also the page's document name)."""
        return self.path.stem


@dataclass(frozen=True)
class FigureEntry:
    """One exported figure from ``figures/INDEX.md``, with the files that exist for it."""

    name: str
    caption: str
    notebook: str
    files: dict[str, Path]


def _unescape(text: str) -> str:
    return text.replace("\\|", "|").strip()


_THEME_PARAM = re.compile(r"^THEME\s*=\s*[\"']([^\"']+)[\"']", re.M)


def _injected_theme(nb: dict) -> str:
    """The ``THEME`` papermill injected into an executed notebook (empty when none)."""
    for cell in nb.get("cells", []):
        if "injected-parameters" in cell.get("metadata", {}).get("tags", []):
            found = _THEME_PARAM.search("".join(cell.get("source", [])))
            return found.group(1) if found else ""
    return ""


def _theme_label(theme: str) -> str:
    """The codebook label of ``theme`` (its id, spaced, when the default codebook lacks it)."""
    try:
        return load_codebook()[theme].label
    except (KeyError, CodebookError):
        return theme.replace("_", " ")


def notebook_pages(folder: Path) -> list[NotebookPage]:
    """Executed notebooks in ``folder`` (sorted by name) with the title and question of each.

    The title is the first ``# `` heading of the first markdown cell; the question is its
    ``**Question.**`` paragraph, or empty when the notebook has none.
    """
    pages = []
    for path in sorted(folder.glob("*.ipynb")):
        nb = json.loads(path.read_text(encoding="utf-8"))
        first = next((c for c in nb.get("cells", []) if c.get("cell_type") == "markdown"), None)
        source = "".join(first["source"]) if first else ""
        heading = re.search(r"^# (.+)$", source, re.M)
        question = _QUESTION.search(source)
        title = heading.group(1).strip() if heading else path.stem
        theme = _injected_theme(nb)
        if theme:  # a run of the theme template: say which theme, with the run's number
            title = f"{path.stem[:2]} · {_theme_label(theme)}: {title.split('·', 1)[-1].strip()}"
        pages.append(NotebookPage(
            path=path,
            title=title,
            question=" ".join(question.group("text").split()) if question else "",
        ))
    return pages


def figure_entries(figures: Path) -> list[FigureEntry]:
    """Rows of ``figures/INDEX.md`` (as written by ``save_figure``) whose PNG exists."""
    index = figures / "INDEX.md"
    if not index.exists():
        return []
    entries = []
    for line in index.read_text(encoding="utf-8").splitlines():
        m = _INDEX_ROW.match(line)
        if not m:
            continue
        name = m.group("name")
        files = {fmt: figures / f"{name}.{fmt}" for fmt in FIGURE_FORMATS
                 if (figures / f"{name}.{fmt}").exists()}
        if "png" in files:
            entries.append(FigureEntry(name, _unescape(m.group("caption")),
                                       _unescape(m.group("notebook")), files))
    return entries


def _landing(pages: list[NotebookPage], figures: list[FigureEntry], manifest: bool,
             project: str) -> str:
    lines = [f"# {project}", "",
             "Each notebook below was executed by `make run`; its page shows that run's tables "
             "and figures. Every instrument is checked against hand annotations: see the "
             "[validation summary](validation.md).", "", "## The notebooks", ""]
    for page in pages:
        lines.append(f"- **[{page.title}](notebooks/{page.name}.ipynb)**")
        if page.question:
            lines += ["", f"  {page.question}", ""]
    lines += ["", "## Results and provenance", "",
              "- [Validation summary](validation.md): every instrument against the hand "
              "annotations, beyond this corpus, and against a second annotator."]
    if figures:
        lines.append(f"- [Figure gallery](figures.md): {len(figures)} figures with captions; "
                     "each as PNG, SVG, PDF and the CSV of exactly the plotted numbers.")
    if manifest:
        lines.append("- Run manifest (inputs, versions and outputs of this run): "
                     "{download}`manifest.json <manifest.json>`")
    toc = ["validation", *(["figures"] if figures else []),
           *(f"notebooks/{p.name}" for p in pages)]
    lines += ["", ":::{toctree}", ":hidden:", ":maxdepth: 1", "", *toc, ":::", ""]
    return "\n".join(lines)


def _gallery(figures: list[FigureEntry]) -> str:
    lines = ["# Figure gallery", "",
             "Every figure the notebooks exported, with its caption and the notebook that made "
             "it. Downloads: PNG (300 dpi), SVG (editable text), PDF, and CSV (the plotted "
             "numbers).", ""]
    for fig in figures:
        downloads = " · ".join(f"{{download}}`{fmt.upper()} <figures/{fig.files[fmt].name}>`"
                               for fmt in FIGURE_FORMATS if fmt in fig.files)
        source = f" (notebook [{fig.notebook}](notebooks/{fig.notebook}.ipynb))" \
            if fig.notebook and fig.notebook != "-" else ""
        lines += [f"## {fig.name}", "", f":::{{figure}} figures/{fig.name}.png",
                  f":alt: {fig.caption}", ":width: 100%", "", f"{fig.caption}{source}", ":::",
                  "", f"Download: {downloads}", ""]
    return "\n".join(lines)


def _copy_with_title(page: NotebookPage, target: Path) -> None:
    """Copy an executed notebook; its first ``# `` heading becomes ``page.title`` when they
    differ (a theme run's page, and its entry in the site navigation, then name its theme)."""
    nb = json.loads(page.path.read_text(encoding="utf-8"))
    first = next((c for c in nb.get("cells", []) if c.get("cell_type") == "markdown"), None)
    source = "".join(first["source"]) if first else ""
    heading = re.search(r"^# (.+)$", source, re.M)
    if first is None or heading is None or heading.group(1).strip() == page.title:
        shutil.copy2(page.path, target)
        return
    first["source"] = source[:heading.start(1)] + page.title + source[heading.end(1):]
    target.write_text(json.dumps(nb, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def write_sources(src: Path, pages: list[NotebookPage], figures: list[FigureEntry],
                  validation_md: str, manifest: Path | None,
                  project: str = "New Statesman journalism toolkit") -> None:
    """Write the Sphinx source tree into ``src`` (emptied first): pages, copies, ``conf.py``."""
    if src.exists():
        shutil.rmtree(src)
    (src / "notebooks").mkdir(parents=True)
    (src / "conf.py").write_text(CONF_PY.format(project=project), encoding="utf-8")
    for page in pages:
        _copy_with_title(page, src / "notebooks" / page.path.name)
    if figures:
        (src / "figures").mkdir()
        for fig in figures:
            for path in fig.files.values():
                shutil.copy2(path, src / "figures" / path.name)
        (src / "figures.md").write_text(_gallery(figures), encoding="utf-8")
    if manifest is not None:
        shutil.copy2(manifest, src / "manifest.json")
    body = validation_md.strip() or "_No validation report was given to this build._"
    (src / "validation.md").write_text(
        "# Validation summary\n\nThe output of `scripts/validation_report.py` (`make validate`) "
        f"for this build.\n\n{body}\n", encoding="utf-8")
    (src / "index.md").write_text(
        _landing(pages, figures, manifest is not None, project), encoding="utf-8")


def build_site(build: Path, site: Path | None = None, validation_md: str = "",
               quiet: bool = True) -> Path:
    """Build the static site from ``build`` (a ``make run`` output folder) into ``site``.

    ``site`` defaults to ``build/site``. Returns the path of ``index.html``. Raises
    :class:`SiteError` when ``build/notebooks`` holds no executed notebook or Sphinx fails.
    """
    from sphinx.cmd.build import build_main  # imported here: only make book needs Sphinx

    pages = notebook_pages(build / "notebooks")
    if not pages:
        raise SiteError(f"{build / 'notebooks'}: no executed notebooks (run `make run` first)")
    site = site or build / "site"
    src = build / ".site-src"
    manifest = build / "manifest.json"
    write_sources(src, pages, figure_entries(build / "figures"), validation_md,
                  manifest if manifest.exists() else None)
    if site.exists():
        shutil.rmtree(site)
    args = ["-b", "html", "-E", "--doctree-dir", str(build / ".site-doctrees"),
            *(["-q"] if quiet else []), str(src), str(site)]
    status = build_main(args)
    if status != 0:
        raise SiteError(f"sphinx-build exited with status {status}")
    return site / "index.html"
