"""Every notebook executes headlessly on the default corpus and on a plain-text fixture corpus."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from helpers.core.paths import FIXTURES, PROJECT_ROOT
from helpers.report.run_all import list_notebooks, run_notebooks

NOTEBOOKS = list_notebooks()
#: notebooks that export a figure on any corpus, by number (the run of all notebooks on a corpus
#: asserted only that some figure was exported; 07 draws its figures on the default corpus only)
ALWAYS_FIGURES = frozenset({"01", "02", "03", "04"})


def test_there_are_notebooks():
    assert [j.stem[:2] for j in NOTEBOOKS][:1] == ["01"]


def test_one_theme_notebook_per_codebook_theme():
    """The theme template runs once per codebook theme; the two original names are kept."""
    from helpers.instruments.themes import load_codebook

    runs = {dict(j.parameters).get("THEME"): j.stem for j in NOTEBOOKS if j.parameters}
    assert sorted(runs) == sorted(load_codebook().ids)
    assert runs["special_relationship"] == "05_special_relationship"
    assert runs["party_factionalism"] == "06_party_factionalism"
    stems = [j.stem for j in NOTEBOOKS]
    assert len(set(stems)) == len(stems) and "07_limitations_error_analysis" in stems
    assert stems == sorted(stems)


def test_theme_names_follow_a_codebook_with_a_new_theme(tmp_path):
    """A theme added to the codebook gets its own run, numbered after the others."""
    from helpers.instruments.themes import DEFAULT_CODEBOOK
    from helpers.report.notebook import theme_notebook_names

    book = tmp_path / "themes.yml"
    book.write_text(DEFAULT_CODEBOOK.read_text(encoding="utf-8") + (
        "\n  - id: housing_crisis\n    label: Housing crisis\n"
        "    definition: The text unit is about housing.\n    terms: [housing crisis]\n"),
        encoding="utf-8")
    for name in ("01_a.ipynb", "05_theme.ipynb", "07_b.ipynb"):
        (tmp_path / name).write_text("{}", encoding="utf-8")
    names = theme_notebook_names(tmp_path, book)
    assert list(names)[:2] == ["special_relationship", "party_factionalism"]
    assert names["special_relationship"] == "05_special_relationship"
    assert names["party_factionalism"] == "06_party_factionalism"
    assert "07" not in {n[:2] for n in names.values()}
    assert names["housing_crisis"] == f"{len(names) + 5:02d}_housing_crisis"


#: the two corpora the notebooks run on: the default corpus (one article, read from the
#: shared folder; no table store, so each notebook analyses it itself) and the plain-text
#: fixture corpus (two articles in other house styles)
CORPORA = [pytest.param("", marks=pytest.mark.needs_default_corpus, id="default"),
           pytest.param(str(FIXTURES / "plain"), id="plain")]
#: the runs of the theme template on the plain fixture (test-suite round 37): one theme the
#: fixture never matches (05: the no-match branches, trajectory figure only) and one it does
#: (06: voices and tone figures too). The template is one code path per branch whatever the
#: theme; what differs between themes is data (which terms match), and on the two plain
#: articles 08 and 09 took 05's branches and 10 took 06's (the same figures by kind in the
#: round-37 base run), so their runs tested no branch the two kept runs do not.
#: The default corpus keeps all five (the hand-coded themes' validation cells run there).
PLAIN_THEMES = frozenset({"05_special_relationship", "06_party_factionalism"})
RUNS = [pytest.param(corpus.values[0], job, id=f"{corpus.id}-{job.stem}", marks=corpus.marks)
        for corpus in CORPORA for job in NOTEBOOKS
        if corpus.id == "default" or not job.parameters or job.stem in PLAIN_THEMES]


@pytest.fixture(scope="session")
def annotated_set_results(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``OUT/store/results`` holding notebook 07's scores of the annotated sets, computed once
    per test run and copied into each 07 run's output folder.

    Why: 07 scores every instrument on the 20 annotated sets (``annotated_set_summary``,
    ~20 CPU s, the most of 07's run) whatever the corpus, through
    :func:`helpers.report.result_cache.cached_table`, whose key is a hash of the code, word
    lists, models, annotated files and packages. Computed here by the same call, the two 07
    runs (default, plain) read them as a second ``make run`` does. With pytest-xdist the
    workers share one copy (a file lock in the run's common temporary folder); the first to
    need it computes it."""
    from helpers.evaluate.annotated_sets import annotated_sets
    from helpers.evaluate.validation import annotated_set_summary
    from helpers.report.result_cache import annotated_set_inputs, cached_table

    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    out = shared / "annotated-set-results"
    with (shared / "annotated-set-results.lock").open("w") as lock:
        try:
            import fcntl
        except ImportError:  # no POSIX locks: each worker computes its own copy
            out = base / "annotated-set-results"
        else:
            fcntl.flock(lock, fcntl.LOCK_EX)
        if not (out / "complete").exists():
            for name in annotated_sets()["name"]:
                cached_table(f"validation-{name}", lambda n=name: annotated_set_summary(n),
                             annotated_set_inputs(name), out)
            (out / "complete").touch()
    return out / "store" / "results"


@pytest.mark.notebooks
@pytest.mark.parametrize(("corpus", "job"), RUNS)
def test_notebook_runs(tmp_path, corpus, job, request):
    """Each notebook executes headlessly on each corpus, and what it writes holds together:
    every PNG figure has its CSV, and an SVG and PDF exactly where the index links them;
    every table row of a text unit points into its source file.

    One test per (corpus, notebook), each into its own output folder: until test-suite
    round 36 one test ran the ten notebooks of a corpus serially (114-172 s) and, collected
    late, left the other xdist worker idle at the end of the suite; each notebook ran alone
    into the folder then, so nothing it reads came from another notebook of the run."""
    results = tmp_path / "store" / "results"
    if job.stem[:2] == "07":  # its corpus-independent scores, computed once per test run
        shutil.copytree(request.getfixturevalue("annotated_set_results"), results)
    runs = run_notebooks(corpus, tmp_path, notebooks=[job], html=False,
                         processed_dir=tmp_path / "processed", progress=lambda _: None, jobs=1)
    assert [r.notebook for r in runs] == [job.stem]
    if job.stem[:2] == "07":  # read, not computed again: no new version of a table written
        assert sorted(p.name for p in results.iterdir()) == sorted(
            p.name for p in request.getfixturevalue("annotated_set_results").iterdir())
    assert all(r.executed.exists() for r in runs)
    figures = list((tmp_path / "figures").glob("*.png"))
    if job.stem[:2] in ALWAYS_FIGURES:  # on any corpus (the others: some of them, some not)
        assert figures, f"{job.stem} exported no figure"
    if corpus and job.parameters:  # the plain fixture's theme runs take different branches
        assert any(p.stem.endswith("-voices") for p in figures) == (
            job.stem == "06_party_factionalism"), (
            f"{job.stem}: the plain fixture no longer takes this run's branch of the theme "
            "template; choose PLAIN_THEMES again (one theme without a match, one with)")
    index = (tmp_path / "figures" / "INDEX.md").read_text(encoding="utf-8") if figures else ""
    for png in figures:  # SVG and PDF exactly where the index links them (04: summaries only)
        assert png.with_suffix(".csv").exists()
        for fmt in ("svg", "pdf"):
            assert png.with_suffix(f".{fmt}").exists() == (f"({png.stem}.{fmt})" in index)
    if job.stem[:2] == "04":
        assert (tmp_path / "figures" / "timeline-combined.svg").exists()
    assert (tmp_path / "processed" / "sentences.parquet").exists()
    import pandas as pd

    # a row of a text unit (sentence, paragraph, section, article) points into its file:
    # extremes, disagreements and dated events had no offsets before session 13, paragraph and
    # section tone and the theme passages before tidy round 2
    # and so does every row with an offset, the validation error tables included (they named
    # no file before the evaluate-layer tidy; they name it as the gold files do, by file name).
    # The corpus's files: those of the run's segmentation (the rows of notebook 01's
    # tables/corpus-articles.csv, which is itself checked here when 01 runs)
    units = {"sentence_id", "paragraph_index", "section_index"}
    sizes: dict[str, int] = {}
    articles = pd.read_parquet(tmp_path / "processed" / "articles.parquet")
    files = {Path(s).name for s in articles["source"]}
    tables = sorted((tmp_path / "tables").glob("*.csv"))
    if job.stem[:2] == "01":
        assert "corpus-articles.csv" in {t.name for t in tables}
    for table in tables:
        rows = pd.read_csv(table, keep_default_na=False, na_values=[""])
        if {"start", "offset"} & set(rows.columns):
            assert "source" in rows.columns, f"{table.name}: offsets but no source file"
            assert {Path(s).name for s in rows["source"]} <= files, f"{table.name}: source"
        if not units & set(rows.columns) and table.name != "corpus-articles.csv":
            continue  # an aggregate (per speaker, voice, period, term ...) or a score
        assert {"source", "start", "end"} <= set(rows.columns), f"{table.name}: no offsets"
        spans = rows.dropna(subset=["start", "end"])
        for source, start, end in zip(spans["source"], spans["start"], spans["end"]):
            if source not in sizes:  # characters of the file as read (no newline translation)
                with (PROJECT_ROOT / source).open(encoding="utf-8", newline="") as fh:
                    sizes[source] = len(fh.read())
            assert 0 <= start < end <= sizes[source], f"{table.name}: {source} [{start}:{end}]"


SOURCES = sorted({j.source: j for j in NOTEBOOKS}.values(), key=lambda j: j.source.name)


@pytest.mark.parametrize("job", SOURCES, ids=[j.source.stem for j in SOURCES])
def test_parameters_cell_is_parsed_by_papermill(job):
    """papermill must see every parameter (a comment with '=' makes it skip a line): the four
    common ones (and ARTICLES), then those the runner sets for this notebook (THEME for the
    theme template)."""
    import nbformat
    from papermill.translators import PythonTranslator

    nb = nbformat.read(job.source, as_version=4)
    cells = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(cells) == 1, "exactly one cell tagged 'parameters'"
    names = [p.name for p in PythonTranslator.inspect(cells[0])]
    # CORPUS_NAME (the name in figure source lines) follows DATE in every notebook, and
    # ARTICLES (detail figures: which articles) follows it in the notebooks that draw them
    common = ["CORPUS", "OUTPUT_DIR", "DATE", "CORPUS_NAME"]
    if job.source.stem[:2] in {"01", "02", "03", "04", "05"}:
        common.append("ARTICLES")
    # options of one notebook: 04's vector formats (left at their default by the runner), 01's
    # plausible years of the date check (the runner passes the range in force)
    own = {"01": ["PLAUSIBLE_YEARS"], "04": ["ALL_FORMATS"]}.get(job.source.stem[:2], [])
    assert names == common + own + [k for k, _ in job.parameters]
