"""Start-up round 37: a notebook kernel's fixed cost, with every output unchanged.

The codebook is parsed with libyaml's C parser when PyYAML has it (the same data, the pure
parser's error messages), and ``import helpers.report.notebook`` no longer imports the
instruments (their modules compile hundreds of regexes at import).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from helpers.instruments.themes import codebook as cb

ROOT = Path(__file__).resolve().parents[1]

_BOOK = """\
themes:
  - id: harbour_works
    label: Harbour works
    definition: Building or repairing a harbour.
    terms: [breakwater, dredging]
"""

needs_libyaml = pytest.mark.skipif(getattr(yaml, "CSafeLoader", None) is None,
                                   reason="PyYAML built without libyaml")


@needs_libyaml
def test_a_valid_codebook_is_parsed_without_the_pure_parser(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    """A well-formed codebook never reaches ``yaml.safe_load`` (the pure-Python parser)."""
    def pure(_text: str) -> None:
        raise AssertionError("the pure parser was used for a valid file")

    monkeypatch.setattr(yaml, "safe_load", pure)
    path = tmp_path / "book.yml"
    path.write_text(_BOOK, encoding="utf-8")
    book = cb.load_codebook(path)
    assert list(book.ids) == ["harbour_works"]


@needs_libyaml
def test_a_broken_codebook_names_the_line_as_the_pure_parser_does(tmp_path: Path) -> None:
    """The error a user reads still quotes the bad line with a caret under the column."""
    path = tmp_path / "broken.yml"
    path.write_text("themes: [\n", encoding="utf-8")
    with pytest.raises(cb.CodebookError) as caught:
        cb.load_codebook(path)
    message = str(caught.value)
    assert "not valid YAML" in message
    assert "^" in message
    assert "expected the node content" in message


def test_the_c_and_pure_parsers_agree_on_the_project_codebook() -> None:
    """Both parsers build the same data from ``data/lexicons/themes.yml``."""
    text = cb.DEFAULT_CODEBOOK.read_text(encoding="utf-8")
    assert cb._safe_yaml(text) == yaml.safe_load(text)


def test_the_notebook_context_imports_no_instrument() -> None:
    """``import helpers.report.notebook`` (every kernel's first line) loads neither the quotes
    nor the timeline, sentiment or themes instrument, nor the analysis pipeline."""
    code = ("import sys, helpers.report.notebook\n"
            "heavy = [m for m in sys.modules if m.startswith(('helpers.instruments',"
            " 'helpers.report.pipeline'))]\n"
            "print(','.join(sorted(heavy)))\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    assert done.stdout.strip() == ""


def test_the_store_source_is_one_class_in_both_modules() -> None:
    """``StoreSource`` from the pipeline is the class the notebook context builds."""
    from helpers.report import notebook, pipeline, store_read

    assert pipeline.StoreSource is store_read.StoreSource
    ctx_store = notebook.NotebookContext.store
    assert ctx_store.fget is not None
    assert ctx_store.fget.__annotations__["return"] in ("StoreSource", store_read.StoreSource)
