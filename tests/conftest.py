"""Shared fixtures: the default corpus (loaded once) and the fixture folders."""

from __future__ import annotations

import pytest

from helpers.core.corpus import Corpus, load_corpus
from helpers.core.paths import DEFAULT_CORPUS, FIXTURES


@pytest.fixture(scope="session")
def corpus() -> Corpus:
    """The project's default corpus, segmented."""
    return load_corpus(DEFAULT_CORPUS)


@pytest.fixture(scope="session")
def raw_text() -> str:
    """The default corpus as decoded text (the offsets index this string)."""
    return DEFAULT_CORPUS.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def plain_corpus() -> Corpus:
    """The small plain-text fixture corpus (two articles in other house styles)."""
    return load_corpus(FIXTURES / "plain")
