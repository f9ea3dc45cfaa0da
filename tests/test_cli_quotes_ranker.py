"""``quotes --ranker {learned,rules}``: the command line forwards the speaker chooser the user
names to :func:`helpers.instruments.quotes.extract_quotes`, and leaves the project default alone
when the option is absent (issue 13)."""

from __future__ import annotations

import io
from contextlib import redirect_stdout

import pandas as pd
import pytest

import helpers.instruments.quotes as quotes_pkg
from helpers.cli import main
from helpers.core.paths import FIXTURES

PLAIN = FIXTURES / "plain"


def _recorded(monkeypatch: pytest.MonkeyPatch, argv: list[str]) -> list[dict]:
    """The keyword arguments ``extract_quotes`` was called with for ``argv`` (its real output
    still printed)."""
    calls: list[dict] = []
    real = quotes_pkg.extract_quotes

    def spy(corpus, **kwargs):
        calls.append(kwargs)
        return real(corpus, **kwargs)

    monkeypatch.setattr(quotes_pkg, "extract_quotes", spy)
    with redirect_stdout(io.StringIO()):
        assert main(argv) == 0
    return calls


@pytest.mark.parametrize("choice", ["learned", "rules"])
def test_the_named_ranker_reaches_the_instrument(monkeypatch, choice):
    assert _recorded(monkeypatch, ["quotes", str(PLAIN), "--ranker", choice]) == [
        {"ranker": choice}]


def test_without_the_option_the_default_is_the_instruments(monkeypatch):
    assert _recorded(monkeypatch, ["quotes", str(PLAIN)]) == [{}]


def test_an_unknown_ranker_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["quotes", str(PLAIN), "--ranker", "oracle"])
    assert exc.value.code == 2
    assert "--ranker" in capsys.readouterr().err


def test_rules_output_has_no_ranked_rows():
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["quotes", str(PLAIN), "--ranker", "rules"]) == 0
    table = pd.read_csv(io.StringIO(out.getvalue()))
    assert len(table) > 0
    assert "ranked" not in set(table["attribution"])


def _chooser_loads(monkeypatch: pytest.MonkeyPatch, **kwargs) -> list[tuple]:
    """The calls to ``load_ranker`` made by one ``extract_quotes_text`` on a one-quote text
    (the loader replaced by a spy whose pass leaves every row as the rules chose it)."""
    import helpers.instruments.quotes.ranker as ranker_module

    loads: list[tuple] = []

    def spy(*args):
        loads.append(args)
        return lambda rows, paragraphs, article: None

    monkeypatch.setattr(ranker_module, "load_ranker", spy)
    quotes_pkg.extract_quotes_text('"We will win," Ada Roe said.\n', **kwargs)
    return loads


def test_the_instrument_default_is_the_learned_chooser(monkeypatch):
    """Since speaker ranker round 6 the learned chooser is the default (README, CLI help):
    without a ``ranker`` the committed chooser is loaded; ``ranker="rules"`` loads none."""
    assert _chooser_loads(monkeypatch) == [()]
    assert _chooser_loads(monkeypatch, ranker="learned") == [()]
    assert _chooser_loads(monkeypatch, ranker="rules") == []
