"""Interactive tables (helpers.report.explore): offline DataTables in a kernel, static elsewhere."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from helpers.report.explore import TableView, interactive_table, table_mode, widget_mode

DF = pd.DataFrame({"speaker": [f"Person {i}" for i in range(30)], "words": range(30)})


def test_mode_is_static_outside_a_notebook_kernel():
    # the test process is not a Jupyter kernel: headless runs get the static table
    assert table_mode(env={}) == "static"
    assert interactive_table(DF).mode == "static"


@pytest.mark.parametrize(("env", "in_kernel", "itables_ok", "expected"), [
    ({}, True, True, "interactive"),
    ({}, False, True, "static"),
    ({}, True, False, "static"),
    ({"NS_TABLES": "static"}, True, True, "static"),
    ({"NS_TABLES": "interactive"}, False, True, "interactive"),
    ({"NS_TABLES": "interactive"}, True, False, "static"),
])
def test_mode_rules(env, in_kernel, itables_ok, expected):
    assert table_mode(env=env, in_kernel=in_kernel, itables_ok=itables_ok) == expected


def test_static_table_is_bounded_and_says_how_many_rows():
    view = interactive_table(DF, "Quoted <words>", max_rows=5, mode="static")
    out = view._repr_html_()
    assert out.count("<tr") == 6  # header + 5 rows
    assert "5 of 30 rows" in out and "Quoted &lt;words&gt;" in out
    assert "<script" not in out
    assert "25 more rows (30 in all)" in repr(view)


def test_interactive_table_is_offline_and_self_contained():
    pytest.importorskip("itables")
    out = interactive_table(DF, "Quoted <words>", mode="interactive", pageLength=10)._repr_html_()
    assert "<script" in out and "Person 29" in out
    assert "Quoted &lt;words&gt;" in out
    # offline: the library is embedded, no script or stylesheet is loaded from the network
    assert not re.search(r"""<(?:script|img)[^>]*src=["']?https?://""", out)
    assert not re.search(r"""<link[^>]*href=["']?https?://""", out)
    assert not re.search(r"""import [^;]*from ['"]https?://""", out)
    lean = interactive_table(DF, mode="interactive", embed_library=False)._repr_html_()
    assert len(lean) < len(out) / 10


def test_interactive_html_is_the_same_on_every_run():
    """itables' own ids are random uuids: an executed notebook differed on every run."""
    pytest.importorskip("itables")
    first = interactive_table(DF, "Quoted <words>", mode="interactive")._repr_html_()
    again = interactive_table(DF.copy(), "Quoted <words>", mode="interactive")._repr_html_()
    other = interactive_table(DF.head(3), "Quoted <words>", mode="interactive")._repr_html_()
    assert first == again
    assert "itables_" not in first.split("<table", 1)[1][:400]
    assert first != other


def test_bad_arguments():
    with pytest.raises(TypeError):
        interactive_table([1, 2])  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        interactive_table(DF, max_rows=0)
    assert isinstance(interactive_table(DF), TableView)


# ---------------------------------------------------------------- explorer (ipywidgets)

PASSAGES = pd.DataFrame({
    "article_id": ["a", "a", "b", "b", "b"],
    "speaker": ["Ann", "Bo", "Ann", "Ann", ""],
    "start": [10, 50, 5, 90, 200], "end": [20, 60, 15, 99, 230],
    "text": ["one", "two", "three", "four", "five"],
})


@pytest.mark.parametrize(("env", "in_kernel", "widgets_ok", "live", "expected"), [
    ({}, True, True, True, "interactive"),      # Lab / Notebook / VS Code
    ({}, True, True, False, "static"),          # papermill, nbconvert --execute, make run
    ({}, False, True, True, "static"),          # a script
    ({}, True, False, True, "static"),          # ipywidgets not installed
    ({"NS_WIDGETS": "static"}, True, True, True, "static"),
    ({"NS_TABLES": "static"}, True, True, True, "static"),
    ({"NS_WIDGETS": "interactive"}, False, True, False, "interactive"),
    ({"NS_WIDGETS": "interactive"}, True, False, True, "static"),
])
def test_widget_mode_rules(env, in_kernel, widgets_ok, live, expected):
    assert widget_mode(env, in_kernel, widgets_ok, live) == expected


def test_explorer_is_a_static_table_outside_a_live_notebook():
    from helpers.report.explore import explorer

    view = explorer(PASSAGES, {"article_id": "Article", "speaker": "Speaker"},
                    ["article_id", "speaker", "start", "end", "text"], "Quotes", max_rows=3)
    assert isinstance(view, TableView) and view.mode == "static"
    out = view._repr_html_()
    assert "3 of 5 rows" in out and "choose by article, speaker" in out
    assert "<script" not in out and "widget" not in out


def test_explorer_filters_by_every_choice():
    from helpers.report.explore import ALL, Explorer

    ex = Explorer(PASSAGES, {"article_id": "Article", "speaker": "Speaker"},
                  ["start", "end", "text"], "Quotes")
    assert ex.options("speaker") == [ALL, "Ann", "Bo"]  # most frequent first, no empty
    assert ex.filtered(article_id="b", speaker="Ann")["start"].tolist() == [5, 90]
    assert ex.filtered(article_id=ALL, speaker="Ann")["text"].tolist() == ["one", "three", "four"]
    assert len(ex.filtered()) == 5
    with pytest.raises(KeyError):
        ex.filtered(text="one")


def test_explorer_widget_has_a_menu_per_choice_and_updates():
    pytest.importorskip("ipywidgets")
    from helpers.report.explore import explorer

    box = explorer(PASSAGES, {"article_id": "Article", "speaker": "Speaker"},
                   ["start", "end", "text"], "Quotes", mode="interactive")
    menus = box.children[0].children
    assert [m.description for m in menus] == ["Article", "Speaker"]
    assert list(menus[0].options) == ["(all)", "b", "a"]
    menus[1].value = "Bo"  # the observer redraws the table without error
    assert menus[1].value == "Bo"


def test_explorer_refuses_unknown_columns():
    from helpers.report.explore import explorer

    with pytest.raises(KeyError):
        explorer(PASSAGES, {"nobody": "X"}, ["start"], "Quotes")
