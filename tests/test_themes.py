"""Themes: codebook, matching, scores, keyness, KWIC/collocates, joins, validation."""

from __future__ import annotations

import io
import math
import re
from contextlib import redirect_stdout
from pathlib import Path

import pandas as pd
import pytest

from helpers import cli
from helpers.core.corpus import load_corpus
from helpers.core.keyness import keyness, log_likelihood
from helpers.core.paths import ANNOTATIONS, FIXTURES
from helpers.evaluate.themes import THEMES_V2, score_themes
from helpers.instruments.themes import (
    CodebookError,
    collocates,
    compile_term,
    kwic,
    load_codebook,
    match_themes,
    paragraph_themes,
    theme_scores,
)
from helpers.report.joins import theme_tone, theme_voices

BOOK = load_codebook()
EXAMPLES = [(t.id, s) for t in BOOK.themes for s in t.examples]
COUNTER = [(t.id, s) for t in BOOK.themes for s in t.counter_examples]


def present(text: str, theme: str, book=BOOK) -> bool:
    return bool(theme_scores(text, "article", book)[f"{theme}_present"].iloc[0])


def test_codebook_has_the_required_themes():
    for tid in ("special_relationship", "party_factionalism", "iraq_war_intelligence",
                "israel_palestine", "austerity_inequality"):
        theme = BOOK[tid]
        assert theme.definition and theme.provenance
        assert len(theme.examples) >= 2 and len(theme.counter_examples) >= 2


@pytest.mark.parametrize(("theme", "sentence"), EXAMPLES)
def test_codebook_examples_match(theme, sentence):
    assert present(sentence, theme), (theme, sentence)


@pytest.mark.parametrize(("theme", "sentence"), COUNTER)
def test_codebook_counter_examples_do_not_match(theme, sentence):
    assert not present(sentence, theme), (theme, sentence)


@pytest.mark.parametrize(
    ("term", "text", "hit"),
    [
        ("plot", "The plotters met in secret.", "plotters"),
        ("plot", "They were plotting a coup.", "plotting"),
        ("plot", "She plotted against him.", "plotted"),
        ("purge", "The purges began.", "purges"),
        ("purge", "He is purging the left.", "purging"),
        ("party", "Both parties lost seats.", "parties"),
        ("deselect", "The MP was deselected.", "deselected"),
        ("Blairite", "The Blairites’ revenge.", "Blairites’"),
        ("hard left", "a hard-left faction", "hard-left"),
        ("hard left", "the Hard Left", "Hard Left"),
        ("Bush's poodle", "he was Bush’s poodle", "Bush’s poodle"),
        ("Bush’s poodle", "he was Bush's poodle", "Bush's poodle"),
        ("coalition of the willing", "Coalitions of the willing formed.",
         "Coalitions of the willing"),
        ("Trotsky*", "a Trotskyist sect", "Trotskyist"),
        ("US", "the US and Britain", "US"),
    ],
)
def test_terms_are_inflection_and_apostrophe_tolerant(term, text, hit):
    m = re.search(compile_term(term), text, re.IGNORECASE)
    assert m is not None and m.group() == hit


@pytest.mark.parametrize(
    ("term", "text"),
    [("coup", "a coupon for coffee"), ("plot", "a plotline"), ("US", "let us go"),
     ("sect", "a new section"), ("purge", "expurgated")],
)
def test_terms_keep_word_boundaries_and_acronym_case(term, text):
    assert re.search(compile_term(term), text, re.IGNORECASE) is None


def test_match_offsets_reproduce_the_text():
    text = "Intro line\n\nCritics said the party's hard-left faction plotted a coup.\n"
    m = match_themes(text, BOOK)
    fac = m[m["theme"] == "party_factionalism"]
    assert set(fac["text"]) == {"hard-left", "faction", "plotted", "coup"}
    for r in m.itertuples():
        assert text[r.start:r.end] == r.text


def test_corpus_matches_carry_offsets_and_ids(corpus):
    m = match_themes(corpus, BOOK)
    assert not m.empty
    for r in m.head(200).itertuples():
        assert corpus.texts[r.source][r.start:r.end] == r.text
        assert r.article_id


def test_cooccurrence_rule_needs_both_sides():
    assert present("Blair flew to Washington to meet Bush.", "special_relationship")
    assert not present("Blair flew to Edinburgh to meet the Queen.", "special_relationship")


COOC_BOOK = """
themes:
  - id: pair
    label: Pair
    definition: a cat and a dog in one sentence
    cooccurrence:
      - name: cat_and_dog
        scope: sentence
        groups: [[cat], [dog]]
    exclude: ['\\bhot\\s+dogs?\\b']
    examples: ["The cat chased the dog."]
    counter_examples: ["The cat ate a hot dog."]
    provenance: test
"""


def test_cooccurrence_groups_obey_exclusions(tmp_path):
    path = tmp_path / "pair.yml"
    path.write_text(COOC_BOOK, encoding="utf-8")
    book = load_codebook(path)
    assert present("The cat chased the dog.", "pair", book)
    # "hot dog" is excluded, so the dog group has no match in this sentence
    assert not present("The cat ate a hot dog.", "pair", book)
    # an excluded span does not hide another, valid match of the group in the sentence
    assert present("The cat ate a hot dog and then the dog barked.", "pair", book)


def test_weak_terms_need_company():
    # one weak term (0.5) is below min_weight 1; two weak terms reach it
    assert not present("The leadership met on Monday.", "party_factionalism")
    assert present("The leadership and the steering committee met.", "party_factionalism")


# --------------------------------------------------------------------------- user themes

USER_BOOK = """
themes:
  - id: weather
    label: Weather
    definition: Talk about the weather.
    terms: [storm, heavy rain]
    weak_terms: [cloud]
    patterns: ['\\b\\d+ ?mm of rain\\b']
    examples: ["A storm is coming."]
    counter_examples: ["He stormed out? No: brainstorm."]
    provenance: test
"""


def test_user_added_theme_needs_no_code_change(tmp_path):
    path = tmp_path / "mine.yml"
    path.write_text(USER_BOOK, encoding="utf-8")
    book = load_codebook(path)
    assert book.ids == ["weather"]
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Storm warning for the coast\n\n"
        "Storms and heavy rains hit the coast on Monday, with 40 mm of rain in places.\n\n"
        "The mayor said the town hall would stay open.\n", encoding="utf-8")
    corpus = load_corpus(folder)
    table = paragraph_themes(corpus, book)
    assert list(table.columns[-4:]) == ["weather", "weather_present", "weather_evidence",
                                        "weather_negated"]
    assert table["weather_present"].tolist() == [True, False]
    # 3 matches (Storms, heavy rains, 40 mm of rain) in 16 words -> 187.5 per 1,000 words
    assert table["weather"].iloc[0] == pytest.approx(3 * 1000 / 16, abs=0.01)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("themes: [", "not valid YAML"),
        ("foo: bar", "expected a non-empty list"),
        ("themes:\n  - id: Bad Id\n    terms: [x]", "snake_case"),
        ("themes:\n  - id: t\n    patterns: ['(unclosed']", "invalid regular expression"),
        ("themes:\n  - id: t\n    label: no terms", "needs at least one"),
        ("themes:\n  - id: t\n    terms: [x]\n    colour: red", "unknown field"),
        ("themes:\n  - id: t\n    terms: [x]\n  - id: t\n    terms: [y]", "duplicate id"),
    ],
)
def test_bad_codebook_errors_name_file_and_problem(tmp_path, content, problem):
    path = tmp_path / "broken.yml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CodebookError) as err:
        load_codebook(path)
    assert "broken.yml" in str(err.value) and problem in str(err.value)


def test_missing_codebook_file(tmp_path):
    with pytest.raises(CodebookError, match="not found"):
        load_codebook(tmp_path / "nope.yml")


# --------------------------------------------------------------------------- keyness

def test_log_likelihood_hand_computed():
    # a=10 of c=100 vs b=5 of d=200: E1 = 100*15/300 = 5, E2 = 10
    # G2 = 2 (10 ln 2 + 5 ln 0.5) = 10 ln 2 = 6.9315
    assert log_likelihood(10, 5, 100, 200) == pytest.approx(10 * math.log(2), rel=1e-9)
    assert log_likelihood(0, 0, 100, 200) == 0.0


def test_keyness_table_against_hand_computed_2x2():
    target = "apple " * 10 + "filler " * 90           # 100 words
    reference = "apple " * 5 + "other " * 195          # 200 words
    table = keyness(target, reference, min_freq=1, stopwords=False)
    apple = table.set_index("term").loc["apple"]
    assert apple["freq_target"] == 10 and apple["freq_reference"] == 5
    assert apple["g2"] == pytest.approx(6.9315, abs=1e-3)
    assert apple["log_ratio"] == pytest.approx(2.0)     # log2(0.10 / 0.025)
    assert apple["significance"] == "p<0.01"            # 6.93 > 6.63
    assert apple["direction"] == "target"
    # filler only in the target, other only in the reference: top and bottom of the table
    assert table["term"].iloc[0] == "filler" and table["term"].iloc[-1] == "other"


def test_keyness_p05_flag_and_min_freq():
    # a=6/100 vs b=2/200: E1=8/3, E2=16/3; G2 = 2(6 ln 2.25 + 2 ln 0.375) = 5.808
    target = "pear " * 6 + "x " * 94
    reference = "pear " * 2 + "y " * 197 + "rare"  # 200 words
    table = keyness(target, reference, min_freq=2, stopwords=False).set_index("term")
    assert table.loc["pear", "g2"] == pytest.approx(5.808, abs=1e-3)
    assert table.loc["pear", "significance"] == "p<0.05"
    assert "rare" not in table.index                    # 1 < min_freq


def test_keyness_empty_inputs_do_not_crash():
    assert keyness("", "", min_freq=1).empty


# --------------------------------------------------------------------------- KWIC, collocates

def test_kwic_on_a_tiny_text():
    text = "The coup failed. Then another coup came."
    lines = kwic(text, "coup", width=8)
    assert lines["keyword"].tolist() == ["coup", "coup"]
    assert lines["left"].tolist() == ["The ", "another "]
    assert lines["right"].tolist() == [" failed.", " came."]
    assert lines["start"].tolist() == [4, 30]


def test_kwic_of_a_theme_lists_its_matches():
    text = "Party rebels plotted a coup. The weather was fine."
    lines = kwic(text, "party_factionalism", codebook=BOOK)
    # "party rebels" is a term of its own; "plotted" and "coup" are weak terms, counted
    # because "Party" puts a party in view (the theme's context)
    assert set(lines["keyword"]) == {"Party rebels", "plotted", "coup"}
    assert set(lines["sentence_id"]) == {0}


def test_collocates_on_a_tiny_text():
    text = "Army coup failed. Army coup failed. Palace coup worked."
    table = collocates(text, "coup", window=1, min_freq=2, stopwords=False)
    assert set(table["collocate"]) == {"army", "failed"}
    army = table.set_index("collocate").loc["army"]
    assert army["freq_window"] == 2 and army["node_freq"] == 3 and army["freq_corpus"] == 2
    assert army["log_dice"] == pytest.approx(14 + math.log2(4 / 5), abs=1e-3)
    # MI = log2(O*N / (f_node*f_coll*2*window)) = log2(2*9 / (3*2*2))
    assert army["mi"] == pytest.approx(math.log2(18 / 12), abs=1e-3)


def test_collocates_without_hits_is_empty():
    assert collocates("Nothing here.", "coup").empty


# --------------------------------------------------------------------------- joins

def test_theme_voices_credits_quotes_to_speakers():
    text = 'Party rebels planned a coup, critics say. "This is a purge," said Ann Lee.'
    m = match_themes(text, BOOK)
    m = m[m["theme"] == "party_factionalism"]
    q_start = text.index("This")
    quotes = pd.DataFrame({"source": ["<string>"], "start": [q_start],
                           "end": [text.index('," said')], "kind": ["speech"],
                           "speaker": ["Ann Lee"]})
    voices = theme_voices(m, quotes).set_index("voice")
    assert voices.loc["Ann Lee", "n_matches"] == 1       # purge
    assert voices.loc["narrator", "n_matches"] == 2      # rebels, coup (weak terms)
    assert voices["share"].sum() == pytest.approx(1.0)


def test_theme_tone_compares_theme_sentences_with_the_rest():
    text = "The plotters were a disaster. The sun shone. Lunch was lovely."
    scores = theme_scores(text, "sentence", BOOK)
    senti = scores[["source", "start", "end"]].assign(score=[-0.8, 0.02, 0.6])
    tone = theme_tone(scores, senti, themes=["party_factionalism"]).set_index("group")
    assert tone.loc["theme", "n_sentences"] == 1 and tone.loc["theme", "mean"] == -0.8
    assert tone.loc["rest", "n_sentences"] == 2 and tone.loc["rest", "mean"] == pytest.approx(0.31)
    assert tone.loc["rest", "share_positive"] == 0.5      # 0.02 is within the neutral band
    assert tone.loc["theme", "share_negative"] == 1.0


def test_joins_with_empty_inputs():
    assert theme_voices(pd.DataFrame(), pd.DataFrame()).empty
    assert theme_tone(pd.DataFrame(), pd.DataFrame()).empty


# --------------------------------------------------------------------------- tables and CLI

def test_paragraph_themes_columns_and_units(corpus):
    table = paragraph_themes(corpus)
    base = ["source", "article_id", "paragraph_index", "section", "start", "end", "n_words"]
    assert list(table.columns) == (base + BOOK.ids + [f"{t}_present" for t in BOOK.ids]
                                   + [f"{t}_evidence" for t in BOOK.ids]
                                   + [f"{t}_negated" for t in BOOK.ids])
    body = corpus.blocks[corpus.blocks["kind"] == "body"]
    assert len(table) == len(body)
    for r in table.itertuples():
        assert r.end > r.start


def test_scores_at_every_level(corpus):
    for level in ("sentence", "section", "article"):
        t = theme_scores(corpus, level)
        assert not t.empty and "special_relationship_present" in t.columns
    with pytest.raises(ValueError):
        theme_scores(corpus, "chapter")


def test_cli_themes_columns():
    out = io.StringIO()
    with redirect_stdout(out):
        status = cli.main(["themes", str(FIXTURES / "plain")])
    assert status == 0
    table = pd.read_csv(io.StringIO(out.getvalue()))
    for col in ("source", "article_id", "start", "end", "special_relationship",
                "party_factionalism_present"):
        assert col in table.columns
    assert len(table) > 0


def test_plain_fixture_themes(plain_corpus):
    table = paragraph_themes(plain_corpus).set_index("article_id")
    party = table[table.index.str.contains("party")]
    council = table[table.index.str.contains("council")]
    assert party["party_factionalism_present"].any()
    assert council["austerity_inequality_present"].any()
    assert not council["party_factionalism_present"].any()


def test_odd_input_does_not_crash():
    for text in ("", "\n\n", "“”’", "a" * 1000):
        assert isinstance(match_themes(text, BOOK), pd.DataFrame)
        assert isinstance(theme_scores(text, "article", BOOK), pd.DataFrame)


# --------------------------------------------------------------------------- validation

def test_score_themes_hand_made():
    gold = pd.DataFrame({"source": ["f.txt"] * 4, "start": [0, 10, 20, 30],
                         "end": [9, 19, 29, 39], "text": ["x"] * 4,
                         "special_relationship": [1, 1, 0, 0]})
    pred = pd.DataFrame({"source": ["dir/f.txt"] * 4, "start": [0, 10, 20, 30],
                         "end": [9, 19, 29, 39],
                         "special_relationship_present": [True, False, True, False]})
    row = score_themes(pred, gold).set_index("theme").loc["special_relationship"]
    assert (row["tp"], row["fp"], row["fn"]) == (1, 1, 1)
    assert row["f1"] == pytest.approx(0.5)


GOLD = ANNOTATIONS / "themes.csv"
GOLD_V2 = ANNOTATIONS / "themes_v2.csv"


@pytest.mark.skipif(not GOLD.exists(), reason="theme annotation not yet merged")
@pytest.mark.parametrize("theme", ["special_relationship", "party_factionalism"])
def test_theme_f1_against_v1_hand_coding(corpus, theme):
    from helpers.evaluate.validation import load_gold

    scores = score_themes(paragraph_themes(corpus), load_gold("themes")).set_index("theme")
    assert scores.loc[theme, "f1"] >= 0.85, scores


@pytest.fixture(scope="module")
def v2_scores(corpus):
    from helpers.evaluate.validation import load_gold

    if not GOLD_V2.exists():
        pytest.skip("themes_v2.csv (version-2 gold) not present")
    return score_themes(paragraph_themes(corpus), load_gold("themes_v2"),
                        THEMES_V2).set_index("theme")


@pytest.mark.parametrize("theme", THEMES_V2)
def test_theme_f1_against_v2_hand_coding(v2_scores, theme):
    # issue 16: F1 >= 0.90 per theme against the paragraph coding by the rule "discusses"
    assert v2_scores.loc[theme, "f1"] >= 0.90, v2_scores


@pytest.mark.parametrize("theme,floor", [("special_relationship", 0.93),
                                         ("party_factionalism", 0.98),
                                         ("iraq_war_intelligence", 0.92),
                                         ("israel_palestine", 0.99),
                                         ("austerity_inequality", 0.93)])
def test_theme_f1_v2_does_not_regress(v2_scores, theme, floor):
    # the figures reached on 2026-12-03 (docs/notes/themes.md; Iraq 0.923 after round 3 of
    # issue 16): a guard against regressions
    assert v2_scores.loc[theme, "f1"] >= floor, v2_scores


OTHER_STYLES = ANNOTATIONS.parent / "other_styles"
OTHER_GOLD = ANNOTATIONS / "other_styles" / "themes.csv"


@pytest.mark.skipif(not OTHER_GOLD.exists(), reason="other-styles theme coding not present")
@pytest.mark.parametrize("theme", ["special_relationship", "party_factionalism"])
def test_theme_f1_on_other_house_styles(theme):
    # a development set for generality (US wire, UK broadsheet, magazine, council explainer):
    # guards the generalisation round against regressions; not a held-out score
    from helpers.evaluate.validation import load_gold

    gold = load_gold("themes", folder=OTHER_GOLD.parent, raw=OTHER_STYLES)
    scores = score_themes(paragraph_themes(load_corpus(OTHER_STYLES)), gold).set_index("theme")
    # round 2 (eight articles, 87 paragraphs): F1 >= 0.85 for both themes
    assert scores.loc[theme, "f1"] >= 0.85 and scores.loc[theme, "precision"] >= 0.9, scores


def test_theme_tone_restricted_to_articles():
    scores = pd.DataFrame({"source": ["s"] * 4, "article_id": ["a", "a", "b", "b"],
                           "start": [0, 10, 20, 30], "end": [9, 19, 29, 39],
                           "x_present": [True, False, False, False]})
    senti = scores[["source", "start", "end"]].assign(score=[-0.5, 0.5, -1.0, -1.0])
    tone = theme_tone(scores, senti, ["x"], articles=["a"]).set_index("group")
    # article b's two sentences are left out of the comparison
    assert tone.loc["rest", "n_sentences"] == 1 and tone.loc["rest", "mean"] == 0.5


def test_annotator_agreement_hand_made():
    from helpers.evaluate.themes import annotator_agreement

    a = pd.DataFrame({"source": ["f.txt"] * 4, "start": [0, 10, 20, 30], "end": [9, 19, 29, 39],
                      "t": [1, 1, 0, 0]})
    b = a.assign(t=[1, 0, 0, 0])
    row = annotator_agreement(a, b, ["t"]).iloc[0]
    # po = 3/4; pe = (2/4)(1/4) + (2/4)(3/4) = 1/2; kappa = (0.75 - 0.5) / 0.5 = 0.5
    assert row["agreement"] == 0.75 and row["kappa"] == pytest.approx(0.5)
    assert (row["present_a"], row["present_b"]) == (2, 1)


def test_weak_terms_need_the_theme_context():
    # plot, breakaway, sect: three weak terms (1.5) but no party in view -> not counted
    assert not present("The plot follows a breakaway sect of monks.", "party_factionalism")
    assert present("The plot by a breakaway sect of Labour members failed.", "party_factionalism")


USER_BOOK_RULES = """
themes:
  - id: heat
    terms: [heatwave]
    weak_terms: [hot, sweltering]
    context: [temperature, weather]
    cooccurrence:
      - name: sun_and_record
        scope: sentence
        groups: [[sun, sunshine], [record]]
    min_weight: 1
"""


def test_user_theme_with_context_and_cooccurrence_rules(tmp_path):
    path = tmp_path / "heat.yml"
    path.write_text(USER_BOOK_RULES, encoding="utf-8")
    book = load_codebook(path)
    # two weak terms but no context word: 0
    assert not present("A hot, sweltering curry.", "heat", book)
    # the same two weak terms with the context: 0.5 + 0.5 = 1
    assert present("A hot, sweltering day; the temperature rose.", "heat", book)
    # co-occurrence of the two groups in one sentence: 1
    assert present("The sunshine broke a record.", "heat", book)
    assert not present("The sunshine was lovely. A record crowd came.", "heat", book)


@pytest.mark.parametrize("text", ["", "Title only", "Title\n\n“Quote”\n\n’’", "T\n\n" + "x " * 5])
def test_odd_corpora_do_not_crash(text):
    from helpers.core.corpus import segment_text
    from helpers.instruments.themes import theme_keyness
    from helpers.report.theme_plots import trajectory_data

    corpus = segment_text(text, "odd.txt")
    table = paragraph_themes(corpus)
    assert list(table.columns[:3]) == ["source", "article_id", "paragraph_index"]
    for level in ("sentence", "section", "article"):
        assert isinstance(theme_scores(corpus, level), pd.DataFrame)
    assert isinstance(kwic(corpus, "special_relationship"), pd.DataFrame)
    assert collocates(corpus, "coup").empty
    assert isinstance(theme_keyness(corpus, "party_factionalism")[0], pd.DataFrame)
    assert isinstance(trajectory_data(table, "party_factionalism"), pd.DataFrame)


def test_people_spoken_of_merges_register_aliases(tmp_path):
    from helpers.core.corpus import segment_text
    from helpers.instruments.themes import people_spoken_of

    reg = tmp_path / "people.csv"
    reg.write_text("name,aliases,role,affiliation,notes\nAnn Lee,Lee;Ms Lee,MP,,\n",
                   encoding="utf-8")
    corpus = segment_text("Title\n\nAnn Lee said the faction would purge Lee's critics. "
                          "Then Bob Ray left the party.\n", "t.txt")
    table = paragraph_themes(corpus)
    people = people_spoken_of(corpus, table, "party_factionalism", register=reg)
    people = people.set_index("name")
    assert people.loc["Ann Lee", "mentions"] == 2 and people.loc["Ann Lee", "role"] == "MP"
    assert people.loc["Bob Ray", "mentions"] == 1 and people.loc["Bob Ray", "role"] == ""


# --------------------------------------------------------------------------- generalisation round

def test_a_term_may_follow_an_opening_quotation_mark_but_not_a_words_apostrophe():
    rx = re.compile(compile_term("Neill"), re.IGNORECASE)
    assert rx.search("the 'Neill' case") and rx.search("the ‘Neill’ case")
    assert rx.search("O'Neill") is None and rx.search("O’Neill") is None
    assert present("People talk about the 'special relationship' as if it were sentiment.",
                   "special_relationship")
    assert present("Does he believe in the ‘special relationship’?", "special_relationship")


USER_BOOK_ARTICLE = """
themes:
  - id: harbour
    terms: [harbour]
    weak_terms: [boats]
    context: [sea]
    article_terms: [the mayor]
    article_weak_terms: [quay, fishermen]
    article_min_units: 2
    article_min_share: 0.5
"""


def test_article_terms_count_only_in_an_article_anchored_in_the_theme(tmp_path):
    path = tmp_path / "harbour.yml"
    path.write_text(USER_BOOK_ARTICLE, encoding="utf-8")
    book = load_codebook(path)
    folder = tmp_path / "articles"
    folder.mkdir()
    # 2 of 4 paragraphs name the harbour (share 0.5 >= 0.5): anchored. "The mayor" (article
    # term, 1) and "quay" + "fishermen" (0.5 + 0.5) count; "Boats" (weak, no "sea" in its
    # paragraph) counts too because the article is the context: 0.5 + 0.5 + 0.5 = 1.5.
    (folder / "a.txt").write_text(
        "Harbour news\n\nThe harbour reopened on Monday.\n\nThe harbour master waved.\n\n"
        "The mayor cut the ribbon.\n\nFishermen lined the quay. Boats came in.\n",
        encoding="utf-8")
    # one harbour paragraph only: not anchored, the same words count for nothing
    (folder / "b.txt").write_text(
        "Town news\n\nThe harbour reopened.\n\nThe mayor cut the ribbon.\n\n"
        "Fishermen lined the quay.\n", encoding="utf-8")
    # two harbour paragraphs of five (share 0.4 < 0.5): not anchored
    (folder / "c.txt").write_text(
        "More news\n\nThe harbour reopened.\n\nThe harbour closed.\n\nThe mayor spoke.\n\n"
        "Rain fell.\n\nWind blew.\n", encoding="utf-8")
    corpus = load_corpus(folder)
    table = theme_scores(corpus, "paragraph", book)
    by_file = {Path(s).name: g for s, g in table.groupby("source")}
    assert by_file["a.txt"]["harbour_present"].tolist() == [True, True, True, True]
    assert by_file["a.txt"]["harbour_weight"].tolist() == [1.0, 1.0, 1.0, 1.5]
    assert by_file["b.txt"]["harbour_present"].tolist() == [True, False, False]
    assert by_file["c.txt"]["harbour_present"].tolist() == [True, True, False, False, False]
    matches = match_themes(corpus, book)
    mayor = matches[matches["text"].str.lower() == "the mayor"]
    assert mayor["kind"].tolist() == ["article_term"]
    assert Path(mayor["source"].iloc[0]).name == "a.txt"


def test_article_fields_are_checked(tmp_path):
    path = tmp_path / "broken.yml"
    path.write_text("themes:\n  - id: t\n    terms: [x]\n    article_terms: [y]\n"
                    "    article_min_units: 0\n", encoding="utf-8")
    with pytest.raises(CodebookError) as err:
        load_codebook(path)
    assert "broken.yml" in str(err.value) and "article_min_units" in str(err.value)


def test_uk_us_relation_needs_both_sides_in_an_unanchored_text():
    # a relation aimed at Britain counts only with the US in view (sentence or paragraph)
    assert present("Congress debated the trade agreement with Britain.", "special_relationship")
    assert not present("France signed a trade agreement with Britain.", "special_relationship")
    # the prime minister and a deal, with no anchored article, are not the relation
    assert not present("The prime minister met the president. The deal was signed.",
                       "special_relationship")


# --------------------------------------------------------------------------- v2: passages

USER_BOOK_V2 = """
themes:
  - id: harbour
    terms: [harbour]
    weak_terms: [boats, quay]
    context: [sea, port]
    article_weak_terms: [fishermen, mayor, port, sea]
    article_min_units: 2
    article_min_share: 0.3
    anchored_min_weight: 0.5
"""


def _v2_table(tmp_path, text):
    path = tmp_path / "harbour.yml"
    path.write_text(USER_BOOK_V2, encoding="utf-8")
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)
    (folder / "a.txt").write_text(text, encoding="utf-8")
    corpus = load_corpus(folder)
    return corpus, paragraph_themes(corpus, load_codebook(path))


def test_anchoring_never_codes_a_paragraph_alone(tmp_path):
    # an article anchored in the theme (2 of 5 paragraphs): a paragraph without a cue, and
    # one that only names the theme's setting (context words "port", "sea": a mention, even
    # at weight 1), are not coded; article words that point to the theme (fishermen, the
    # mayor) code at weight 1
    _, table = _v2_table(tmp_path, (
        "Harbour news\n\nThe harbour reopened on Monday.\n\nThe harbour master waved.\n\n"
        "We drove home in the rain and ate soup.\n\nThe port by the sea was calm.\n\n"
        "Fishermen cheered the mayor.\n"))
    assert table["harbour_present"].tolist() == [True, True, False, False, True]
    assert table["harbour_evidence"].iloc[2] == ""
    assert "article:port@" in table["harbour_evidence"].iloc[3]


def test_one_weak_cue_is_decided_by_an_anchored_article(tmp_path):
    text = ("Harbour news\n\nThe harbour reopened on Monday.\n\nThe harbour master waved.\n\n"
            "Boats came in late.\n")
    _, table = _v2_table(tmp_path, text)
    assert table["harbour_present"].tolist() == [True, True, True]
    # the same weak cue in an article that is not about the theme codes nothing
    _, other = _v2_table(tmp_path, "Town news\n\nThe bakery opened.\n\nBoats came in late.\n")
    assert other["harbour_present"].tolist() == [False, False]


def test_negated_theme_is_coded_and_flagged():
    text = ("There is no split in the party, his allies insist.\n"
            "The party is split over the budget.\n"
            "Rumours of a plot against the leader were denied by his aides.\n")
    table = theme_scores(text, "paragraph", BOOK)
    assert table["party_factionalism_present"].tolist() == [True, True, True]
    assert table["party_factionalism_negated"].tolist() == [True, False, True]


def test_is_negated_scope():
    from helpers.instruments.themes.matching import is_negated

    def neg(sentence, word):
        i = sentence.index(word)
        return is_negated(sentence, i, i + len(word))

    assert neg("There is no split in the party.", "split")
    assert neg("The relationship has not suffered.", "relationship")
    assert neg("He never mentioned austerity.", "austerity")
    assert not neg("The party is split over the budget.", "split")
    # a negation in another clause does not reach the cue
    assert not neg("He did not hesitate, and the split widened.", "split")


def test_evidence_offsets_reproduce_the_terms(corpus):
    table = paragraph_themes(corpus)
    n = 0
    for col in [f"{t}_evidence" for t in BOOK.ids]:
        for src, ev in zip(table["source"], table[col]):
            for item in filter(None, ev.split("; ")):
                kind, rest = item.split(":", 1)
                label, span = rest.rsplit("@", 1)
                start, end = map(int, span.split("-"))
                if kind != "rule":
                    assert " ".join(corpus.texts[src][start:end].split()) == label, item
                    n += 1
                else:
                    assert end > start
    assert n > 20


def test_evidence_names_terms_and_rules():
    table = theme_scores("Blair flew to Washington to see Bush about the special relationship.",
                         "paragraph", BOOK)
    ev = table["special_relationship_evidence"].iloc[0]
    text = "Blair flew to Washington to see Bush about the special relationship."
    i = text.index("special relationship")
    assert f"term:special relationship@{i}-{i + len('special relationship')}" in ev
    assert "rule:uk_and_us_in_sentence@" in ev


def test_score_negated_hand_made():
    from helpers.evaluate.themes import score_negated

    gold = pd.DataFrame({"source": ["f.txt"] * 3, "start": [0, 10, 20], "end": [9, 19, 29],
                         "x": [1, 1, 0], "negated": ["x", "", ""]})
    pred = pd.DataFrame({"source": ["f.txt"] * 3, "start": [0, 10, 20], "end": [9, 19, 29],
                         "x_present": [True, True, True], "x_negated": [True, True, False]})
    out = score_negated(pred, gold, ["x"])
    assert (out["pairs"], out["gold_negated"], out["pred_negated"], out["both_negated"]) == (
        2, 1, 2, 1)
    assert out["agreement"] == pytest.approx(0.5)


def test_keyness_leaves_out_forms_of_address_by_default():
    """A house style that names people "Mr X" at every mention must not put ``mr`` at the top
    of a key-word table (a new user's review); with the stop words off it is counted."""
    target = ["Mr Hale met Mrs Ruiz. Mr Hale spoke of pensions. Mr Hale and Dr Oduya left."] * 3
    reference = ["The weather turned. Farmers waited for rain in the valley."] * 3
    terms = set(keyness(target, reference)["term"])
    assert {"hale", "pensions"} <= terms and not terms & {"mr", "mrs", "dr"}
    assert "mr" in set(keyness(target, reference, stopwords=False)["term"])
