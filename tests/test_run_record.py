"""``make run`` skips unchanged notebooks and writes no clone path or timestamp (issues 12, 15)."""

from __future__ import annotations

import json
import shutil
import uuid
from pathlib import Path

import nbformat
import pytest

from helpers.core.paths import BUILD, DEFAULT_CORPUS, PROJECT_ROOT
from helpers.report import run_record
from helpers.report.run_all import _reproducible, run_notebooks

PARAMETERS = 'CORPUS = ""\nOUTPUT_DIR = ""\nDATE = ""'
PLAIN = PROJECT_ROOT / "tests" / "fixtures" / "plain"


def _notebook(folder: Path, name: str, code: str) -> Path:
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell(PARAMETERS)
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, nbformat.v4.new_code_cell(code)]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    path = folder / f"{name}.ipynb"
    nbformat.write(nb, path)
    return path


FIGURE = (
    "import matplotlib\nmatplotlib.use('Agg')\nimport matplotlib.pyplot as plt\n"
    "import pandas as pd\nfrom helpers.report.notebook import setup\n"
    "ctx = setup(CORPUS, OUTPUT_DIR, DATE, notebook='01_fig')\n"
    "print(len(ctx.corpus.articles), 'articles')\n"
    "fig, ax = plt.subplots()\nax.plot([1, 2], [3, 4])\n"
    "paths = ctx.save_figure(fig, 'line', pd.DataFrame({'x': [1, 2]}), 'A line')"
)


#: the same figure without ``setup()``: the skip tests are about the runner, and ``setup``
#: imports the whole toolkit (the quotes instrument's patterns: ~4 CPU s in each kernel, three
#: kernels of this figure per test; test-suite round 37). ``save_figure`` records the files as
#: ``ctx.save_figure`` does (the same function), which is what the run record reads.
LIGHT_FIGURE = (
    "import matplotlib\nmatplotlib.use('Agg')\nimport matplotlib.pyplot as plt\n"
    "import pandas as pd\nfrom helpers.report.figures import save_figure\n"
    "fig, ax = plt.subplots()\nax.plot([1, 2], [3, 4])\n"
    "paths = save_figure(fig, 'line', pd.DataFrame({'x': [1, 2]}), 'A line', OUTPUT_DIR, "
    "'01_fig')"
)


def _table(name: str) -> str:
    return ("import pandas as pd\nfrom helpers.report.figures import save_table\n"
            f"save_table(pd.DataFrame({{'a': [1]}}), {name!r}, OUTPUT_DIR)")


def _status(out: Path) -> dict[str, str]:
    records = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["notebooks"]
    return {stem: r["status"] for stem, r in records.items()}


@pytest.mark.slow
def test_unchanged_notebooks_are_skipped_and_keep_their_files(tmp_path):
    books, out = tmp_path / "nbs", tmp_path / "out"
    books.mkdir()
    _notebook(books, "01_fig", LIGHT_FIGURE)
    second = _notebook(books, "02_table", _table("first-table"))
    nbs = [books / "01_fig.ipynb", second]

    def run(force: bool = False) -> list[str]:
        lines: list[str] = []
        run_notebooks(PLAIN, out, notebooks=nbs, html=True, progress=lines.append, jobs=2,
                      force=force)
        return lines

    run()
    assert _status(out) == {"01_fig": "ran", "02_table": "ran"}
    png = out / "figures" / "line.png"
    before = (png.stat().st_mtime_ns, png.read_bytes())

    lines = run()  # nothing changed: nothing runs, every file stays
    assert [ln for ln in lines if "unchanged, skipped" in ln] == [
        "[1/2] 01_fig: unchanged, skipped (FORCE=1 runs it again)",
        "[2/2] 02_table: unchanged, skipped (FORCE=1 runs it again)",
    ]
    assert _status(out) == {"01_fig": "unchanged, skipped", "02_table": "unchanged, skipped"}
    assert (png.stat().st_mtime_ns, png.read_bytes()) == before
    assert (out / "tables" / "first-table.csv").exists() and (out / "html" / "01_fig.html").exists()

    _notebook(books, "02_table", _table("second-table"))  # one notebook edited: only it runs
    lines = run()
    assert any(ln.startswith("[1/2] 01_fig: unchanged") for ln in lines)
    assert any(ln.startswith("[2/2] 02_table: ok") for ln in lines)
    assert sorted(p.name for p in (out / "tables").iterdir()) == ["second-table.csv"]
    assert (out / ".previous-run" / "tables" / "first-table.csv").exists()  # stale: moved aside
    assert png.stat().st_mtime_ns == before[0]
    assert "[line](line.png)" in (out / "figures" / "INDEX.md").read_text(encoding="utf-8")

    (out / "figures" / "line.svg").unlink()  # a missing output: the notebook runs again
    lines = run()
    assert any(ln.startswith("[2/2] 01_fig: ok") for ln in lines)  # after the skipped one
    assert (out / "figures" / "line.svg").exists()

    run(force=True)
    assert _status(out) == {"01_fig": "ran", "02_table": "ran"}


@pytest.mark.slow
@pytest.mark.needs_default_corpus
def test_outputs_hold_no_clone_path_and_no_timestamp(tmp_path):
    """The executed notebook, its HTML, figures, tables and manifest written into a folder of
    the project name no absolute path of the clone and no time of day, so two clones of the
    project produce the same bytes."""
    books = tmp_path / "nbs"
    books.mkdir()
    _notebook(books, "01_fig", FIGURE)
    out = BUILD / f".test-{uuid.uuid4().hex[:8]}"
    try:
        run_notebooks("", out, notebooks=[books / "01_fig.ipynb"], html=True,
                      processed_dir=out / "processed", progress=lambda _: None, jobs=1)
        nb = nbformat.read(out / "notebooks" / "01_fig.ipynb", as_version=4)
        injected = "".join(c.source for c in nb.cells
                           if "injected-parameters" in c.metadata.get("tags", []))
        assert f'OUTPUT_DIR = "build/{out.name}"' in injected
        assert f'CORPUS = "{run_record.portable(DEFAULT_CORPUS)}"' in injected
        files = [p for p in out.rglob("*") if p.is_file() and p.suffix != ".parquet"
                 and "logs" not in p.parts]
        assert {p.suffix for p in files} >= {".ipynb", ".html", ".png", ".svg", ".csv", ".json"}
        clone = str(PROJECT_ROOT).encode()
        with_path = [p.relative_to(out).as_posix() for p in files if clone in p.read_bytes()]
        assert with_path == []
        import pandas as pd

        sources = pd.read_parquet(out / "processed" / "articles.parquet")["source"]
        assert set(sources) == {run_record.portable(DEFAULT_CORPUS)}
        text = (out / "notebooks" / "01_fig.ipynb").read_text(encoding="utf-8")
        for key in ('"start_time"', '"end_time"', '"duration"', '"iopub.execute_input"',
                    '"input_path"'):
            assert key not in text
    finally:
        shutil.rmtree(out, ignore_errors=True)


def test_reproducible_drops_times_and_paths_and_keeps_the_rest():
    nb = nbformat.v4.new_notebook()
    nb.metadata["papermill"] = {"start_time": "2026-01-01T00:00:00", "duration": 3.2,
                                "input_path": "/home/me/clone/nb.ipynb",
                                "parameters": {"CORPUS": "x"}, "version": "2.6.0"}
    cell = nbformat.v4.new_code_cell("1")
    cell.metadata.update(papermill={"duration": 0.1, "status": "completed"},
                         execution={"iopub.execute_input": "2026-01-01T00:00:01"},
                         tags=["keep"])
    nb.cells = [cell]
    clean = _reproducible(nb)
    assert clean.metadata["papermill"] == {"parameters": {"CORPUS": "x"}, "version": "2.6.0"}
    assert clean.cells[0].metadata == {"papermill": {"status": "completed"}, "tags": ["keep"]}


def test_reproducible_fixes_random_ids():
    """papermill's injected cell and pandas Styler tables get random ids on every run."""
    import pandas as pd

    def executed() -> nbformat.NotebookNode:
        nb = nbformat.v4.new_notebook()
        injected = nbformat.v4.new_code_cell('CORPUS = "x"')
        injected.metadata["tags"] = ["injected-parameters"]
        shown = nbformat.v4.new_code_cell("styled")
        shown["id"] = "shown"  # cells of the source notebook keep their ids
        html = pd.DataFrame({"a": [1, 2]}).style.set_properties(color="red").to_html()
        styler = pd.DataFrame({"a": [1, 2]}).style
        data = {"text/html": html, "text/plain": repr(styler)}  # the repr has an address
        shown.outputs = [nbformat.v4.new_output("execute_result", data, execution_count=1)]
        nb.cells = [injected, shown]
        return nb

    first, second = _reproducible(executed()), _reproducible(executed())
    assert first.cells[0]["id"] == "injected-parameters"
    html = first.cells[1].outputs[0]["data"]["text/html"]
    assert '<table id="T_00001"' in html and "#T_00001_row0_col0" in html
    assert first.cells[1].outputs[0]["data"]["text/plain"] == "<pandas.io.formats.style.Styler>"
    assert nbformat.writes(first) == nbformat.writes(second)


def test_portable_paths_are_relative_inside_the_project_only():
    assert run_record.portable(PROJECT_ROOT / "data" / "raw") == "data/raw"
    # the shared folder beside the clone, where the default corpus lives
    beside = PROJECT_ROOT.parent / f"{PROJECT_ROOT.name}-beside" / "corpus" / "a.txt"
    assert run_record.portable(beside) == f"../{PROJECT_ROOT.name}-beside/corpus/a.txt"
    # anywhere else: absolute (a folder that is neither inside nor beside the clone)
    elsewhere = Path("/nonexistent-elsewhere") / "corpus"
    if not elsewhere.is_relative_to(PROJECT_ROOT.parent):
        assert run_record.portable(elsewhere) == str(elsewhere)


def test_notebook_key_changes_with_each_input(tmp_path):
    nb = _notebook(tmp_path, "01_a", "x = 1")
    base = run_record.notebook_key(nb, {"CORPUS": "a"}, "c1", "e1", True)
    assert base == run_record.notebook_key(nb, {"CORPUS": "a"}, "c1", "e1", True)
    variants = [
        run_record.notebook_key(nb, {"CORPUS": "b"}, "c1", "e1", True),
        run_record.notebook_key(nb, {"CORPUS": "a"}, "c2", "e1", True),
        run_record.notebook_key(nb, {"CORPUS": "a"}, "c1", "e2", True),
        run_record.notebook_key(nb, {"CORPUS": "a"}, "c1", "e1", False),
    ]
    _notebook(tmp_path, "01_a", "x = 2")
    variants.append(run_record.notebook_key(nb, {"CORPUS": "a"}, "c1", "e1", True))
    assert base not in variants and len(set(variants)) == len(variants)


def test_corpus_digest_follows_the_bytes_of_the_corpus(tmp_path):
    corpus = tmp_path / "c"
    shutil.copytree(PLAIN, corpus)
    first = run_record.corpus_digest(corpus, None)
    assert first == run_record.corpus_digest(corpus, None)
    article = sorted(corpus.glob("*.txt"))[0]
    article.write_text(article.read_text(encoding="utf-8") + "\nOne more line.\n",
                       encoding="utf-8")
    assert run_record.corpus_digest(corpus, None) != first


def test_the_store_step_keeps_the_notebook_records(tmp_path):
    from helpers.report.manifest import update_manifest, write_manifest

    path = tmp_path / "manifest.json"
    update_manifest(path, "notebooks", {"01_a": {"inputs": "k"}})
    write_manifest(path, {"files": []})  # what the table-store step does
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["notebooks"] == {"01_a": {"inputs": "k"}} and data["files"] == []
