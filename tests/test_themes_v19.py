"""Themes version 19: the learned PF scorer refitted on v5-v10 with the adjudicated v9/v10 codes,
and its candidate clause feature (a party and a conflict word in one clause).

Invented sentences for the clause feature; the committed codings (codes only, no text needed)
for the adjudication the fitting script applies.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from fit_script import load_fit_script

from helpers.core.corpus import load_corpus
from helpers.core.lexicons import load_words
from helpers.core.paths import ANNOTATIONS
from helpers.instruments.themes import load_codebook, paragraph_themes
from helpers.instruments.themes.learned import (
    CLAUSE_PAIR,
    clause_pair_tokens,
    feature_matrix,
)

PF = "party_factionalism"
REAL = ANNOTATIONS / "real_news"


@pytest.fixture(scope="module")
def pair_args():
    """The theme's party regex and the conflict words, as the feature builder uses them."""
    return load_codebook()[PF].context_regex, load_words("pf_conflict_words.txt")


@pytest.mark.parametrize("text", [
    "Labour MPs rebelled against the whip on Tuesday.",
    "The Republican senator, who opposed the bill, left the chamber.",
    "Several Tory backbenchers criticised the prime minister's plan.",
    "Democrats refused to back the party's nominee.",
])
def test_a_party_and_a_conflict_word_in_one_clause_give_the_pair(text: str, pair_args) -> None:
    assert clause_pair_tokens(text, *pair_args) == {CLAUSE_PAIR}


@pytest.mark.parametrize("text", [
    "The party met on Monday. Critics attacked the plan the next day.",  # two sentences
    "The party met in Leeds, but critics attacked the plan.",  # a contrasting clause
    "Critics attacked the weather forecast for the weekend.",  # no party
    "The Labour conference opened with a speech on housing.",  # no conflict word
])
def test_no_pair_across_clauses_or_without_one_side(text: str, pair_args) -> None:
    assert clause_pair_tokens(text, *pair_args) == set()


def test_no_party_words_no_pair(pair_args) -> None:
    assert clause_pair_tokens("Labour MPs rebelled against the whip.", None,
                              pair_args[1]) == set()


def test_conflict_words_are_lower_case_and_name_no_party() -> None:
    words = load_words("pf_conflict_words.txt")
    assert len(words) > 20 and all(w == w.lower() for w in words)
    assert not {"republican*", "democrat*", "labour", "tory", "gop", "party"} & set(words)


def test_the_pair_is_a_column_only_when_the_vocabulary_asks(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text("A title\n\nLabour MPs rebelled against the whip on the vote.\n\n"
                    "The trains ran on time and nobody was against the timetable.\n",
                    encoding="utf-8")
    corpus = load_corpus([path])
    book = load_codebook()
    table = paragraph_themes(corpus, book)
    x, names = feature_matrix(table, corpus.texts, book[PF], [CLAUSE_PAIR, "against"])
    col = {n: i for i, n in enumerate(names)}
    assert x[:, col[f"w:{CLAUSE_PAIR}"]].tolist() == [1.0, 0.0]
    assert x[:, col["w:against"]].tolist() == [1.0, 1.0]
    _, plain = feature_matrix(table, corpus.texts, book[PF], ["against"])
    assert f"w:{CLAUSE_PAIR}" not in plain


def test_adjudicated_codes_replace_the_first_coder_and_check_the_rows() -> None:
    """The committed adjudication (version 18): v9 61 -> 59 factional, v10 49 -> 49, nine
    rows decided; the codings of other versions are returned as they are."""
    fit = load_fit_script()
    v9 = pd.read_csv(REAL / "themes_polnear_train_v9.csv", keep_default_na=False)
    v10 = pd.read_csv(REAL / "themes_polnear_train_v10.csv", keep_default_na=False)
    a9, a10 = fit.adjudicated("v9", v9), fit.adjudicated("v10", v10)
    assert (v9[PF].sum(), a9[PF].sum()) == (61, 59)
    assert (v10[PF].sum(), a10[PF].sum()) == (49, 49)
    # two of the nine disagreements overturn the first coder (v9 #49, #106), both 1 -> 0
    assert int((a9[PF] != v9[PF]).sum()) == 2 and int((a10[PF] != v10[PF]).sum()) == 0
    v8 = pd.read_csv(REAL / "themes_polnear_train_v8.csv", keep_default_na=False)
    assert fit.adjudicated("v8", v8) is v8
    with pytest.raises(ValueError, match="not the paragraphs"):
        fit.adjudicated("v9", v9.iloc[1:])
