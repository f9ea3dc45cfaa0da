"""Interactive tables for exploring results in a notebook, static everywhere else.

``interactive_table(df)`` returns an object that Jupyter displays as a searchable, sortable,
paginated table (itables / DataTables in *offline* mode: the JavaScript library ships inside the
itables package and is embedded in the output, so nothing is fetched from the internet and the
executed notebook and its HTML copy keep working offline). Outside a live notebook kernel (a
script, the test suite, a terminal IPython), when itables is missing, or when the environment
variable ``NS_TABLES=static`` is set (for headless batch runs that want small outputs), it
degrades to a plain HTML table of the first ``max_rows`` rows and a text preview.

``explorer(df, pick=...)`` is a small ipywidgets explorer: one drop-down per ``pick`` column (an
article, a speaker, a theme term) and the matching passages with their character offsets. It is
a live widget only where a person can use it: in a kernel started by a Jupyter front end (Lab,
Notebook, Voila, VS Code) with ipywidgets installed. A headless run (``make run``, papermill,
``nbconvert --execute``), a script, or ``NS_WIDGETS=static`` gets the static table instead, so
executed notebooks and their HTML copies carry no widget that cannot be drawn.
"""

from __future__ import annotations

import hashlib
import html
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import pandas as pd

__all__ = ["ALL", "Explorer", "TableView", "explorer", "interactive_table", "table_mode",
           "widget_mode"]

Mode = Literal["interactive", "static"]


def _in_notebook_kernel() -> bool:
    """True inside a Jupyter kernel (Lab, Notebook, papermill), False in scripts and terminals."""
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    shell = get_ipython()
    return shell is not None and type(shell).__name__ == "ZMQInteractiveShell"


def _itables_available() -> bool:
    try:
        import itables  # noqa: F401
    except ImportError:
        return False
    return True


def table_mode(env: dict[str, str] | None = None, in_kernel: bool | None = None,
               itables_ok: bool | None = None) -> Mode:
    """``"interactive"`` in a notebook kernel with itables available, else ``"static"``.

    ``NS_TABLES=static`` (or ``interactive``) in ``env`` (default: ``os.environ``) overrides the
    detection; an interactive request still falls back to static when itables is missing.
    """
    env = os.environ if env is None else env
    itables_ok = _itables_available() if itables_ok is None else itables_ok
    wanted = env.get("NS_TABLES", "").strip().lower()
    if wanted == "static" or not itables_ok:
        return "static"
    if wanted == "interactive":
        return "interactive"
    in_kernel = _in_notebook_kernel() if in_kernel is None else in_kernel
    return "interactive" if in_kernel else "static"


@dataclass(frozen=True)
class TableView:
    """A DataFrame with the display to use; Jupyter calls ``_repr_html_``.

    ``embed_library`` puts the DataTables library into this table's HTML (about 0.7 MB); set it
    to False for later tables of a notebook whose first interactive table embedded it.
    """

    df: pd.DataFrame
    mode: Mode
    caption: str | None = None
    max_rows: int = 20
    embed_library: bool = True
    options: dict[str, Any] = field(default_factory=dict)

    def _repr_html_(self) -> str:
        if self.mode == "interactive":
            return self.interactive_html()
        return self.static_html()

    def __repr__(self) -> str:
        shown = self.df.head(self.max_rows).to_string(max_colwidth=60)
        more = len(self.df) - min(len(self.df), self.max_rows)
        return shown + (f"\n... {more} more rows ({len(self.df)} in all)" if more > 0 else "")

    def static_html(self) -> str:
        """A plain ``<table>`` of the first ``max_rows`` rows, with the total row count."""
        shown = min(len(self.df), self.max_rows)
        note = f"{shown} of {len(self.df)} rows" if shown < len(self.df) else f"{shown} rows"
        caption = f"{html.escape(self.caption)} ({note})" if self.caption else note
        table = self.df.head(self.max_rows).to_html(index=False, border=0, escape=True,
                                                    classes="dataframe ns-static-table")
        return f'<div class="ns-table"><p><em>{caption}</em></p>{table}</div>'

    def table_id(self) -> str:
        """An HTML id made from the table's content, caption and options.

        Why: itables names each table ``itables_<random uuid>``, so an executed notebook and its
        HTML differed on every run although nothing else did; the id only has to be unique in
        one page, and two tables with the same rows, columns and caption are the same table.
        """
        digest = hashlib.sha256()
        digest.update(repr((self.caption, sorted(self.options.items()))).encode())
        digest.update(self.df.to_csv(index=False).encode())
        return f"ns-table-{digest.hexdigest()[:16]}"

    def interactive_html(self) -> str:
        """DataTables HTML in offline mode (the library embedded when ``embed_library``)."""
        from itables import to_html_datatable
        from itables.javascript import generate_init_offline_itables_html
        from itables.options import dt_bundle

        caption = html.escape(self.caption) if self.caption else None
        options = {"table_id": self.table_id(), **self.options}
        table = to_html_datatable(self.df, caption=caption, connected=False, **options)
        if not self.embed_library:
            return table
        return generate_init_offline_itables_html(dt_bundle) + table


def interactive_table(df: pd.DataFrame, caption: str | None = None, *, max_rows: int = 20,
                      mode: Mode | None = None, embed_library: bool = True,
                      **options: Any) -> TableView:
    """Show ``df`` as an interactive table in a notebook, a static one elsewhere.

    ``mode`` forces ``"interactive"`` or ``"static"`` (default: :func:`table_mode`).
    ``max_rows`` bounds the static table; ``options`` go to itables (e.g. ``pageLength=25``).
    Returns a :class:`TableView`; leave it as the last expression of a cell to display it.
    """
    if not isinstance(df, pd.DataFrame):
        raise TypeError(f"interactive_table needs a pandas DataFrame, got {type(df).__name__}")
    if max_rows < 1:
        raise ValueError(f"max_rows must be >= 1, got {max_rows}")
    chosen = mode or table_mode()
    if chosen == "interactive" and not _itables_available():
        chosen = "static"
    return TableView(df, chosen, caption, max_rows, embed_library, dict(options))


# --------------------------------------------------------------------------- explorer

#: The drop-down entry that does not filter.
ALL = "(all)"

#: Words in the command line of a process that starts kernels for a person at a screen. The
#: kernel's parent is such a process in Lab, Notebook, Voila and VS Code; in papermill, nbconvert
#: and ``make run`` it is a batch process.
FRONT_ENDS = ("jupyter-lab", "jupyterlab", "jupyter-notebook", "jupyter-server", "jupyter_server",
              "notebook.app", "voila", "vscode", "ms-toolsai", "pycharm", "spyder")


def _widgets_available() -> bool:
    try:
        import ipywidgets  # noqa: F401
    except ImportError:
        return False
    return True


def _live_front_end() -> bool:
    """True when this process was started by a Jupyter front end (see :data:`FRONT_ENDS`)."""
    try:
        import psutil

        parent = psutil.Process().parent()
        command = " ".join(parent.cmdline()).lower() if parent is not None else ""
    except Exception:  # no psutil, no permission: assume a batch run (the safe side)
        return False
    return any(word in command for word in FRONT_ENDS)


def widget_mode(env: Mapping[str, str] | None = None, in_kernel: bool | None = None,
                widgets_ok: bool | None = None, live: bool | None = None) -> Mode:
    """``"interactive"`` (a live widget) or ``"static"`` (a table) for :func:`explorer`.

    Static unless ipywidgets is installed and the code runs in a kernel that a Jupyter front end
    started (``live``); ``NS_WIDGETS=static|interactive`` in ``env`` overrides the detection
    (an interactive request still needs ipywidgets), and ``NS_TABLES=static`` means static too.
    """
    env = os.environ if env is None else env
    widgets_ok = _widgets_available() if widgets_ok is None else widgets_ok
    wanted = env.get("NS_WIDGETS", "").strip().lower()
    if not widgets_ok or wanted == "static" or env.get("NS_TABLES", "").strip() == "static":
        return "static"
    if wanted == "interactive":
        return "interactive"
    in_kernel = _in_notebook_kernel() if in_kernel is None else in_kernel
    if not in_kernel:
        return "static"
    return "interactive" if (_live_front_end() if live is None else live) else "static"


@dataclass(frozen=True)
class Explorer:
    """Passages filtered by drop-downs: :meth:`filtered` is the table for a choice, and
    :meth:`widget` the ipywidgets form that shows it."""

    df: pd.DataFrame
    pick: dict[str, str]  # column -> drop-down label
    columns: list[str]
    caption: str
    max_rows: int = 50

    def options(self, column: str) -> list[str]:
        """The choices of one drop-down: :data:`ALL`, then the values, most frequent first."""
        counts = self.df[column].astype(str).value_counts(sort=True)
        return [ALL] + [v for v in counts.index if v != ""]

    def filtered(self, **choice: str) -> pd.DataFrame:
        """The rows matching every chosen value (``column=value``; :data:`ALL` = any)."""
        rows = self.df
        for column, value in choice.items():
            if column not in self.pick:
                raise KeyError(f"{column!r} is not one of the explorer's choices {list(self.pick)}")
            if value != ALL:
                rows = rows[rows[column].astype(str) == value]
        return rows[self.columns]

    def widget(self) -> Any:
        """The live form: a drop-down per choice above the matching passages."""
        import ipywidgets as w
        from IPython.display import HTML, display

        menus = {c: w.Dropdown(options=self.options(c), value=ALL, description=label,
                               layout=w.Layout(width="auto"))
                 for c, label in self.pick.items()}
        out = w.Output()

        def show(_change: object = None) -> None:
            rows = self.filtered(**{c: m.value for c, m in menus.items()})
            out.clear_output(wait=True)
            with out:
                display(HTML(TableView(rows, "static", f"{self.caption}: {len(rows)} passage(s)",
                                       self.max_rows)._repr_html_()))

        for menu in menus.values():
            menu.observe(show, names="value")
        show()
        return w.VBox([w.HBox(list(menus.values())), out])


def explorer(df: pd.DataFrame, pick: Mapping[str, str], columns: Sequence[str],
             caption: str, *, max_rows: int = 20, mode: Mode | None = None) -> Any:
    """Pick an article, a speaker or a term and see the passages with their offsets.

    ``pick``: the columns to choose by and their labels (``{"article_id": "Article"}``);
    ``columns``: the columns to show (include ``start`` and ``end``, the character offsets into
    the source file). ``mode`` forces ``"interactive"`` or ``"static"`` (default:
    :func:`widget_mode`). Returns an ipywidgets box in a live notebook and a static
    :class:`TableView` of the first ``max_rows`` passages elsewhere (headless runs, exported
    HTML, scripts), so a batch run never writes a widget that nothing can draw.
    """
    missing = [c for c in (*pick, *columns) if c not in df.columns]
    if missing:
        raise KeyError(f"explorer: no column(s) {missing} in the table")
    chosen = mode or widget_mode()
    if chosen == "interactive" and not _widgets_available():
        chosen = "static"
    ex = Explorer(df, dict(pick), list(columns), caption)
    if chosen == "interactive":
        return ex.widget()
    how = ", ".join(label.lower() for label in pick.values())
    return TableView(df[list(columns)], "static", f"{caption} (in a live notebook: choose by "
                     f"{how})", max_rows)
