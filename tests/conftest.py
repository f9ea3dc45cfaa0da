"""Shared fixtures: the default corpus (loaded once) and the fixture folders.

The default corpus is third-party text read from the shared folder beside the clone
(``../shared/corpus``), never from git. Tests that need it (the ``corpus`` and ``raw_text``
fixtures, or the ``needs_default_corpus`` mark) skip with that reason in a clone without it;
CI has it.
"""

from __future__ import annotations

import os

# The suite tests the sources: pure Python even when `make compiled` left a current build
# (helpers/compiled.py; a monkeypatched function of a compiled module does not reach its
# compiled callers). NS_TEST_COMPILED=1 runs the suite against the build.
if os.environ.get("NS_TEST_COMPILED", "") in ("", "0"):
    os.environ["NS_PURE_PYTHON"] = "1"

import pytest  # noqa: E402

from helpers.core.corpus import Corpus, load_corpus  # noqa: E402
from helpers.core.paths import DEFAULT_CORPUS, FIXTURES  # noqa: E402

NO_DEFAULT_CORPUS = (f"the default corpus {DEFAULT_CORPUS} is absent: it is third-party text "
                     "read from ../shared beside the clone (or $NS_SHARED_DATA), not from git")


#: fixtures that run an instrument on an EVALUATION split (PolNeAR dev, AQUAINT, the themes
#: held-out articles): a test using one is marked ``evaluation_split`` automatically
EVALUATION_FIXTURES = frozenset({"polnear_dev", "polnear_dev_british", "polnear_dev_routes",
                                 "aquaint", "heldout"})


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "needs_default_corpus: skip when ../shared/corpus is absent")
    config.addinivalue_line(
        "markers", "evaluation_split: scores an evaluation split (PolNeAR dev, AQUAINT, held-out); "
        "during a round of rule changes deselect with -m 'not evaluation_split' so that running "
        "the tests is not a look at the evaluation data (CI and `make test` run them)")


#: markers of the long tests, in the order they run first (:func:`pytest_collection_modifyitems`)
LONG_FIRST = ("notebooks", "slow")


def _run_rank(item: pytest.Item) -> tuple[int, int]:
    """First the tests with both marks (a notebook run that is slow even among them: the
    fifteen-article run, six notebooks), then ``notebooks``, then ``slow``, then the rest."""
    marks = [bool(item.get_closest_marker(mark)) for mark in LONG_FIRST]
    return -sum(marks), next((n for n, m in enumerate(marks) if m), len(LONG_FIRST))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses an evaluation-split fixture (see :data:`EVALUATION_FIXTURES`),
    then run the long tests first (``notebooks``, then ``slow``; a stable sort, so the order
    within each group is the collection's).

    Why: ``make test`` runs ``pytest -n auto --dist worksteal``, which hands each worker a
    contiguous part of the collection and lets an idle worker steal the *end* of another's
    queue. A test of minutes collected late starts late and leaves the other workers idle at
    the end (test-suite round 36: the notebook runs, 114-172 s each, sat in the middle of the
    collection); first, the short tests behind them fill the tail."""
    for item in items:
        if EVALUATION_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.evaluation_split)
    items.sort(key=_run_rank)


@pytest.fixture(autouse=True)
def _skip_without_default_corpus(request: pytest.FixtureRequest) -> None:
    """Skip a test marked ``needs_default_corpus`` when the shared corpus is not beside us."""
    if request.node.get_closest_marker("needs_default_corpus") and not DEFAULT_CORPUS.is_file():
        pytest.skip(NO_DEFAULT_CORPUS)


@pytest.fixture(scope="session")
def corpus() -> Corpus:
    """The project's default corpus, segmented."""
    if not DEFAULT_CORPUS.is_file():
        pytest.skip(NO_DEFAULT_CORPUS)
    return load_corpus(DEFAULT_CORPUS)


@pytest.fixture(scope="session")
def raw_text() -> str:
    """The default corpus as decoded text (the offsets index this string)."""
    if not DEFAULT_CORPUS.is_file():
        pytest.skip(NO_DEFAULT_CORPUS)
    return DEFAULT_CORPUS.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def plain_corpus() -> Corpus:
    """The small plain-text fixture corpus (two articles in other house styles)."""
    return load_corpus(FIXTURES / "plain")


@pytest.fixture
def house_style():
    """The project's figure style for one test (as in the notebooks), then every figure
    closed and matplotlib's default style back, so no test sees another's state. Chart tests
    use it with ``pytestmark = pytest.mark.usefixtures("house_style")``."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from helpers.report.figures import use_style

    use_style()
    yield
    plt.close("all")
    plt.style.use("default")
