"""Interactive tables for exploring results in a notebook, static everywhere else.

``interactive_table(df)`` returns an object that Jupyter displays as a searchable, sortable,
paginated table (itables / DataTables in *offline* mode: the JavaScript library ships inside the
itables package and is embedded in the output, so nothing is fetched from the internet and the
executed notebook and its HTML copy keep working offline). Outside a live notebook kernel (a
script, the test suite, a terminal IPython), when itables is missing, or when the environment
variable ``NS_TABLES=static`` is set (for headless batch runs that want small outputs), it
degrades to a plain HTML table of the first ``max_rows`` rows and a text preview.
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass, field
from typing import Any, Literal

import pandas as pd

__all__ = ["TableView", "interactive_table", "table_mode"]

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

    def interactive_html(self) -> str:
        """DataTables HTML in offline mode (the library embedded when ``embed_library``)."""
        from itables import to_html_datatable
        from itables.javascript import generate_init_offline_itables_html
        from itables.options import dt_bundle

        caption = html.escape(self.caption) if self.caption else None
        table = to_html_datatable(self.df, caption=caption, connected=False,
                                  **self.options)
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
