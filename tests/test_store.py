"""The table store: same tables as the instruments, only what changed is recomputed, clones
produce identical bytes, and the dask engine gives the process pool's tables."""

from __future__ import annotations

import itertools
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from helpers.core.corpus import load_corpus
from helpers.core.paths import DATA
from helpers.instruments.quotes import extract_quotes
from helpers.instruments.themes import match_themes, paragraph_themes
from helpers.instruments.timeline import extract_timexes
from helpers.report.joins import sentiment_with_voice
from helpers.report.store import (
    COMBINED_KEEP,
    TABLES,
    StoreError,
    _combined_path,
    load_tables,
    plan,
    table_path,
)
from helpers.report.store_build import build_store
from helpers.report.store_read import load_store_corpus

# three short articles in different styles; small so that each build takes seconds
FILES = ["ap_style_state_visit.txt", "brief_us_local.txt", "explainer_council.txt"]


def _corpus(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for name in FILES:
        shutil.copy(DATA / "other_styles" / name, folder / name)
    return folder


def _manifest(out: Path) -> dict:
    return json.loads((out / "manifest.json").read_text(encoding="utf-8"))


def _computed(out: Path) -> dict[str, list[str]]:
    return {f["path"]: f["computed"] for f in _manifest(out)["files"]}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("store")
    corpus = _corpus(base / "corpus")
    build_store(corpus, base / "out", date="2024-05-01", jobs=1, progress=False)
    return corpus, base / "out"


def test_store_tables_equal_the_instruments_on_the_whole_corpus(built):
    corpus_dir, out = built
    corpus = load_corpus(corpus_dir, date="2024-05-01")
    # the store names files relative to the corpus root; load_corpus by the path given
    rel = {str(corpus_dir / n): n for n in FILES}

    def local(df: pd.DataFrame) -> pd.DataFrame:
        return df.assign(source=df["source"].map(rel)).reset_index(drop=True)

    quotes = extract_quotes(corpus)
    expected = {
        "articles": corpus.articles, "blocks": corpus.blocks, "sentences": corpus.sentences,
        "quotes": quotes, "timexes": extract_timexes(corpus),
        "paragraph_themes": paragraph_themes(corpus), "theme_matches": match_themes(corpus),
        "sentiment": sentiment_with_voice(corpus, quotes),
    }
    for table, want in expected.items():
        got = load_tables(corpus_dir, table, out, date="2024-05-01")
        assert len(got) > 0, table
        pd.testing.assert_frame_equal(got, local(want), check_dtype=False, obj=table)


def test_no_absolute_path_in_tables_or_manifest(built):
    corpus_dir, out = built
    root = str(corpus_dir.parent)
    for table in TABLES:
        df = load_tables(corpus_dir, table, out, date="2024-05-01")
        assert set(df["source"]) <= set(FILES), table
        text_cols = df.select_dtypes(include=["object", "string"])
        assert not text_cols.apply(lambda c: c.astype(str).str.contains(root, regex=False)).any(
            axis=None), table
    manifest = (out / "manifest.json").read_text(encoding="utf-8")
    assert root not in manifest
    m = _manifest(out)
    assert [f["path"] for f in m["files"]] == FILES
    assert all(len(f["sha256"]) == 64 for f in m["files"])
    assert m["parameters"]["date"] == "2024-05-01"
    assert m["git_commit"] and m["packages"]["pandas"] == pd.__version__


def test_store_corpus_round_trip(built):
    corpus_dir, out = built
    corpus = load_store_corpus(corpus_dir, out, date="2024-05-01")
    assert sorted(corpus.texts) == [str(corpus_dir / name) for name in FILES]  # as load_corpus
    s = corpus.sentences.iloc[3]
    assert corpus.texts[s["source"]][s["start"]:s["end"]] == s["text"]


def test_only_changed_file_and_changed_codebook_are_recomputed(tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    book = tmp_path / "themes.yml"
    shutil.copy(DATA / "lexicons" / "themes.yml", book)
    build_store(corpus, out, codebook=book, jobs=1, progress=False)
    assert all(len(c) == 5 for c in _computed(out).values())
    before = {p: p.stat().st_mtime_ns for p in (out / "store").rglob("*.parquet")}

    (corpus / FILES[1]).touch()  # a new mtime, same content: nothing to do
    build_store(corpus, out, codebook=book, jobs=1, progress=False)
    assert all(c == [] for c in _computed(out).values())

    path = corpus / FILES[1]
    path.write_text(path.read_text(encoding="utf-8") + "\nA new closing paragraph.\n",
                    encoding="utf-8")
    build_store(corpus, out, codebook=book, jobs=1, progress=False)
    computed = _computed(out)
    assert computed[FILES[1]] == ["segment", "quotes", "timeline", "themes", "sentiment"]
    assert computed[FILES[0]] == computed[FILES[2]] == []
    after = {p: p.stat().st_mtime_ns for p in (out / "store").rglob("*.parquet")}
    assert all(after[p] == t for p, t in before.items() if p in after)  # nothing rewritten

    book.write_text(book.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    build_store(corpus, out, codebook=book, jobs=1, progress=False)
    assert all(c == ["themes"] for c in _computed(out).values())
    # a comment changes no theme: both codebook versions give the same table
    pd.testing.assert_frame_equal(load_tables(corpus, "themes", out, codebook=book),
                                  load_tables(corpus, "themes", out))


def test_missing_sentiment_reuses_stored_quotes(built, tmp_path):
    corpus_dir, out = built
    copy = tmp_path / "out"
    shutil.copytree(out, copy)
    want = load_tables(corpus_dir, "sentiment", copy, date="2024-05-01")
    for p in (copy / "store" / "sentiment").glob("*.parquet"):
        p.unlink()
    build_store(corpus_dir, copy, date="2024-05-01", jobs=1, progress=False)
    assert all(c == ["sentiment"] for c in _computed(copy).values())
    pd.testing.assert_frame_equal(load_tables(corpus_dir, "sentiment", copy, "2024-05-01"), want)
    assert (want["voice"] != "narrator").any()  # the voice came from the stored quotes


def test_combined_tables_are_bounded_to_the_most_recently_used(built, tmp_path, monkeypatch):
    """Every input set read leaves a combined file per table; only the COMBINED_KEEP most
    recently used of a table stay, and no per-file table (the store itself) is removed."""
    import helpers.report.store as store_module

    writes: list[str] = []
    real_keep = store_module.keep_if_round_trips
    monkeypatch.setattr(store_module, "keep_if_round_trips",
                        lambda path, *a: writes.append(path.name) or real_keep(path, *a))
    corpus_dir, out = built
    copy = tmp_path / "out"
    shutil.copytree(out, copy)
    shutil.rmtree(copy / "store" / "combined", ignore_errors=True)
    store = copy / "store"
    per_file = {p: p.stat().st_mtime_ns for p in store.rglob("*.parquet")}
    files = [corpus_dir / name for name in FILES]
    sets = [[f] for f in files] + [list(p) for p in itertools.combinations(files, 2)] + [files]
    assert len(sets) > COMBINED_KEEP + 1

    def combined(paths: list[Path], table: str) -> Path:
        _, specs = plan(paths, "2024-05-01")
        return _combined_path(store, table, [table_path(store, s, table) for s in specs])

    first = load_tables(sets[0], "articles", copy, "2024-05-01")
    load_tables(sets[0], "sentences", copy, "2024-05-01")
    for paths in sets[1:]:
        assert len(load_tables(paths, "articles", copy, "2024-05-01")) > 0
        # the first set, read again between the others, is always among the newest
        pd.testing.assert_frame_equal(load_tables(sets[0], "articles", copy, "2024-05-01"),
                                      first)
    kept = set((store / "combined").glob("*.articles.parquet"))
    assert kept == {combined(p, "articles") for p in [sets[0], *sets[-(COMBINED_KEEP - 1):]]}
    assert combined(sets[0], "sentences").exists()  # another table's files are not counted
    assert len(writes) == len(sets) + 1  # read again, the first set's file was never rewritten
    assert {p: p.stat().st_mtime_ns for p in per_file} == per_file  # all there, untouched


def test_two_clones_write_identical_bytes(tmp_path):
    outs = []
    for clone in ("a", "bb"):
        corpus = _corpus(tmp_path / clone / "corpus")
        out = tmp_path / clone / "out"
        build_store(corpus, out, jobs=2, progress=False)
        outs.append(out)
    files = [sorted(p.relative_to(o) for p in (o / "store").rglob("*.parquet")) for o in outs]
    assert files[0] == files[1] and len(files[0]) == 8 * len(FILES)
    for rel in files[0]:
        assert (outs[0] / rel).read_bytes() == (outs[1] / rel).read_bytes(), rel
    m0, m1 = (_manifest(o) for o in outs)
    for m in (m0, m1):
        m.pop("timings")
        m.pop("file_timings")
    assert m0 == m1


def test_unusable_file_is_skipped_and_recorded(tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    (corpus / "empty.txt").write_text("   \n", encoding="utf-8")
    build_store(corpus, tmp_path / "out", jobs=1, progress=False)
    files = {f["path"]: f for f in _manifest(tmp_path / "out")["files"]}
    assert "empty file" in files["empty.txt"]["skipped"]
    assert set(load_tables(corpus, "articles", tmp_path / "out")["source"]) == set(FILES)


def test_load_tables_before_build_says_how_to_build(tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    with pytest.raises(StoreError, match="make tables"):
        load_tables(corpus, "quotes", tmp_path / "out")
    with pytest.raises(ValueError, match="unknown table"):
        load_tables(corpus, "nonsense", tmp_path / "out")


def test_date_changes_only_segment_and_timeline_keys(tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    _, a = plan(corpus, date="2020-01-01")
    _, b = plan(corpus, date="2021-01-01")
    for x, y in zip(a, b):
        changed = {k for k in x.keys if x.keys[k] != y.keys[k]}
        assert changed == {"segment", "timeline"}


def test_dask_engine_gives_the_process_pool_tables(built, tmp_path):
    pytest.importorskip("dask.distributed", reason="dask is an optional extra: pip install .[dask]")
    corpus_dir, out = built
    build_store(corpus_dir, tmp_path / "out", date="2024-05-01", jobs=2, engine="dask",
                progress=False, dask_processes=False)
    for table in TABLES:
        pd.testing.assert_frame_equal(
            load_tables(corpus_dir, table, tmp_path / "out", "2024-05-01"),
            load_tables(corpus_dir, table, out, "2024-05-01"), obj=table)
    assert _manifest(tmp_path / "out")["parameters"]["engine"] == "dask"


@pytest.mark.filterwarnings("error::DeprecationWarning")
def test_process_pool_does_not_fork_this_process(tmp_path, monkeypatch):
    """Workers come from a fork server (or are spawned), never forked from this possibly
    multi-threaded process (Python 3.12+ warns: DeprecationWarning, an error here)."""
    import helpers.report.store_build as sb

    methods: list[str] = []
    real_pool = sb.ProcessPoolExecutor

    def pool(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202 - records the start method
        ctx = kwargs.get("mp_context")
        methods.append(ctx.get_start_method() if ctx is not None else "default (fork)")
        return real_pool(*args, **kwargs)

    monkeypatch.setattr(sb, "ProcessPoolExecutor", pool)
    corpus = _corpus(tmp_path / "corpus")
    build_store(corpus, tmp_path / "out", jobs=2, progress=False)
    assert methods and all(m in ("forkserver", "spawn") for m in methods), methods
    assert len(_computed(tmp_path / "out")) == len(FILES)


def test_metadata_csv_titles_authors_and_sections_reach_the_store(tmp_path):
    """The store segments a file with its whole metadata.csv row, as load_corpus does, and a
    changed row recomputes that file only (files without metadata keep their keys)."""
    corpus = _corpus(tmp_path / "corpus")
    meta = corpus / "metadata.csv"
    meta.write_text("file,date,title,author,section\n"
                    f"{FILES[0]},2023-02-03,A title from the sheet,Ann Writer,Politics\n",
                    encoding="utf-8")
    out = tmp_path / "out"
    build_store(corpus, out, jobs=1, progress=False)
    stored = load_tables(corpus, "articles", out).sort_values("article_id").reset_index(drop=True)
    loaded = load_corpus(corpus).articles.sort_values("article_id").reset_index(drop=True)
    cols = ["title", "author", "section", "date"]
    assert stored[cols].equals(loaded[cols])
    assert "A title from the sheet" in set(stored["title"])
    assert "Ann Writer" in set(stored["author"])
    _, before = plan(corpus)
    meta.write_text(meta.read_text(encoding="utf-8").replace("Ann Writer", "Bo Writer"),
                    encoding="utf-8")
    _, after = plan(corpus)
    changed = [x.source for x, y in zip(before, after) if x.keys != y.keys]
    assert changed == [FILES[0]]


@pytest.mark.parametrize("rows", [3, 0])
def test_write_parquet_reads_back_as_to_parquet_does(tmp_path, rows):
    """The store's writer (no dictionaries, no statistics) gives the frame ``to_parquet``
    gives back: same values, dtypes and columns, for every kind of column the tables have."""
    from helpers.report.store_build import write_parquet

    df = pd.DataFrame({
        "source": pd.Series(["a.txt", "a.txt", "b.txt"][:rows], dtype="str"),
        "speaker": pd.Series(["Ann Lee", None, "Bo"][:rows], dtype=object),
        "n": pd.Series([1, 2, 3][:rows], dtype="int64"),
        "maybe": pd.Series([4, None, 6][:rows], dtype="Int64"),
        "score": pd.Series([0.5, float("nan"), -1.0][:rows], dtype="float64"),
        "flag": pd.Series([True, False, True][:rows], dtype=bool),
    }, index=[7, 8, 9][:rows])
    write_parquet(df, tmp_path / "t" / "new.parquet")
    df.reset_index(drop=True).to_parquet(tmp_path / "old.parquet", index=False)
    new, old = pd.read_parquet(tmp_path / "t" / "new.parquet"), pd.read_parquet(
        tmp_path / "old.parquet")
    assert new.equals(old) and list(new.dtypes) == list(old.dtypes)
    assert list(new.columns) == list(df.columns) and len(new) == rows
    assert not list((tmp_path / "t").glob(".*.tmp"))  # the temporary file was renamed


def test_manifest_names_the_metadata_csv_and_each_files_date(tmp_path):
    """metadata.csv is an input: the manifest lists it with its sha256 and says which file
    took its date from it (session 13: it listed the articles only)."""
    import hashlib

    corpus = _corpus(tmp_path / "corpus")
    sheet = corpus / "metadata.csv"
    sheet.write_text(f"file,date\n{FILES[0]},2019-03-14\n", encoding="utf-8")
    build_store(corpus, tmp_path / "out", date="2024-05-01", jobs=1, progress=False)
    m = _manifest(tmp_path / "out")
    assert m["metadata_files"] == [{"path": "metadata.csv",
                                    "sha256": hashlib.sha256(sheet.read_bytes()).hexdigest()}]
    files = {f["path"]: f for f in m["files"]}
    assert (files[FILES[0]]["date"], files[FILES[0]]["date_source"]) == (
        "2019-03-14", "metadata.csv")
    assert (files[FILES[1]]["date"], files[FILES[1]]["date_source"]) == ("2024-05-01", "--date")
    build_store(corpus, tmp_path / "out2", jobs=1, progress=False)
    m2 = _manifest(tmp_path / "out2")
    assert (m2["files"][1]["date"], m2["files"][1]["date_source"]) == ("", "")
