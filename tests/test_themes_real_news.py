"""Themes versions 5 and 6: factionalism as US campaign news tells it (issue 16).

Invented sentences for each cue added after the development codings of real news
(``data/annotations/real_news/themes_polnear_train.csv``, version 5, and
``themes_polnear_train_v6.csv``, version 6), each with a near miss; and the development
figures on those codings, read from the shared PolNeAR articles (skipped when absent).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from helpers.core.paths import ANNOTATIONS
from helpers.evaluate.gold import read_gold
from helpers.evaluate.shared_data import validation_dir
from helpers.evaluate.themes import real_news_theme_coding, score_real_news_themes
from helpers.instruments.themes import load_codebook
from helpers.instruments.themes.matching import theme_scores
from tests._shared import ArticleParagraphs

PF = "party_factionalism"
CODING = ANNOTATIONS / "real_news" / "themes_polnear_train.csv"
CODING_V6 = ANNOTATIONS / "real_news" / "themes_polnear_train_v6.csv"
CODING_V7 = ANNOTATIONS / "real_news" / "themes_polnear_train_v7.csv"
CODING_V8 = ANNOTATIONS / "real_news" / "themes_polnear_train_v8.csv"
CODING_V9 = ANNOTATIONS / "real_news" / "themes_polnear_train_v9.csv"
CODING_V10 = ANNOTATIONS / "real_news" / "themes_polnear_train_v10.csv"
CODING_V11 = ANNOTATIONS / "real_news" / "themes_polnear_train_v11.csv"
CODING_V12 = ANNOTATIONS / "real_news" / "themes_polnear_train_v12.csv"
CODING_V13 = ANNOTATIONS / "real_news" / "themes_polnear_train_v13.csv"
CODING_V14 = ANNOTATIONS / "real_news" / "themes_polnear_train_v14.csv"
CODING_V15 = ANNOTATIONS / "real_news" / "themes_polnear_train_v15.csv"
CODING_V16 = ANNOTATIONS / "real_news" / "themes_polnear_train_v16.csv"
CODING_V17 = ANNOTATIONS / "real_news" / "themes_polnear_train_v17.csv"
CODING_V18 = ANNOTATIONS / "real_news" / "themes_polnear_train_v18.csv"
CODING_V19 = ANNOTATIONS / "real_news" / "themes_polnear_train_v19.csv"
POLNEAR_TRAIN = validation_dir("polnear") / "train" / "text"
needs_polnear = pytest.mark.skipif(not POLNEAR_TRAIN.is_dir(),
                                   reason=f"PolNeAR train not found at {POLNEAR_TRAIN} "
                                          "(set NS_SHARED_DATA)")


@pytest.fixture(scope="session")
def polnear_paragraphs() -> ArticleParagraphs:
    """Each PolNeAR train article's paragraph table, computed once per test process (round
    40: the 15 codings name 582 articles, 1,726 article runs before; tests/_shared.py)."""
    return ArticleParagraphs(POLNEAR_TRAIN)


def _paragraph(text: str) -> pd.Series:
    """The one paragraph row of ``text`` (a single invented paragraph)."""
    table = theme_scores(text, "paragraph", load_codebook())
    assert len(table) == 1
    return table.iloc[0]


# (invented paragraph, a word of the evidence that must have fired)
CUES = [
    ("Another contested convention would leave the party bitterly divided.", "divided"),
    ("The governor has pledged to reunite the party before the autumn.", "reunite the party"),
    ("She called for party unity after the vote.", "party unity"),
    ("The senator is at odds with his own party over the trade bill.", "at odds with"),
    ("Two senators have defied the party on the budget.", "defied the party"),
    ("The candidate says he does not trust the party leadership.", "trust the party"),
    ("The former governor would not support the party's presumptive nominee.", "nominee"),
    ("The congressman has withheld his endorsement.", "withheld his endorsement"),
    ("The mayor does not represent what our party stands for, a councillor said.",
     "our party"),
    ("Several prominent Republicans will skip the convention this year.",
     "party_figures_snub"),
    ("Three Democratic governors have disavowed the candidate.", "party_figures_snub"),
    ("Republican delegates are plotting a revolt on the floor.", "rule:"),
    ("The intraparty battle over trade is far from over.", "intraparty"),
    ("The governor clashed with fellow Democrats over the budget.", "fellow_partisans"),
    # weak cues: two of them, with a party in view
    ("The party establishment fears a contested convention.", "establishment"),
    ("The rank and file have turned on the party elders.", "party elders"),
    ("Internal divisions over superdelegates worry the party.", "superdelegates"),
    ("With the party behind him, he faced down his critics.", "his critics"),
]

# the intra-party vocabulary of the brief in US and UK wording (invented), each with a near miss
BRIEF_VOCABULARY = [
    ("Republican rebels forced a second vote.", "The rebels shelled the city overnight."),
    ("There is a revolt within the Democratic caucus over the budget.",
     "There was a revolt within the prison last night."),
    ("The senator split with his party over the war.", "The band split up after the tour."),
    ("Two Labour MPs have defected to the Liberal Democrats.",
     "Voters defected to the Conservatives in droves."),
    ("The congressman faces a primary challenge from the right.",
     "The school faces a challenge from the new primary curriculum."),
    ("The progressive wing of the party wants a new leader.",
     "The new wing of the hospital opens on Monday."),
    ("The prime minister survived a leadership challenge last year.",
     "The club's leadership faced a challenge from the fans."),
    ("Infighting among Republicans has stalled the bill.",
     "Fighting in the north has stalled the aid convoy."),
]

# near misses of the same words, not coded
NEAR_MISSES = [
    "The committee divided the grant between the two schools.",
    "The party divided the bill into two parts before the vote.",
    "The choir hopes to unite the town at the spring concert.",
    "The ruling is at odds with the party's rules on donations.",
    "Voters say they do not trust the party on the economy.",
    "The paper declined to endorse anyone this year.",
    "The professor will not attend the conference because of a strike at her university.",
    "The minister disavowed the remarks of an adviser.",
    "The establishment of a new museum was welcomed by the city.",
    "A drinking establishment on the corner hosted the party.",
    "The singer's critics panned the new album.",
    "The governor thanked fellow Democrats for their votes.",
    "Fellow travellers attacked the plan on social media.",
]


@pytest.mark.parametrize(("text", "evidence"), CUES)
def test_v5_cue_codes_the_paragraph(text: str, evidence: str) -> None:
    row = _paragraph(text)
    assert row[f"{PF}_present"], (text, row[f"{PF}_evidence"])
    assert evidence.lower() in str(row[f"{PF}_evidence"]).lower()


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_v5_near_miss_is_not_coded(text: str) -> None:
    row = _paragraph(text)
    assert not row[f"{PF}_present"], (text, row[f"{PF}_evidence"])


@pytest.mark.parametrize(("factional", "near_miss"), BRIEF_VOCABULARY)
def test_brief_vocabulary_and_its_near_miss(factional: str, near_miss: str) -> None:
    assert _paragraph(factional)[f"{PF}_present"], factional
    assert not _paragraph(near_miss)[f"{PF}_present"], near_miss


# version 6: (invented factional paragraph, a word of its evidence, invented near miss)
V6_PAIRS = [
    ("The governor, a Republican, has not endorsed Mr. Hale and mocks his campaign.",
     "party_figures_snub", "The union has not endorsed Mr. Hale."),
    ("Several Republican senators have yet to back her.", "party_figures_snub",
     "Several senators have yet to back the bill."),
    ("Some Democrats want the speaker to come around to supporting the nominee.",
     "party_figures_snub", "Some fans came around to supporting the new coach."),
    ("The plan drew scorn from party leaders.", "scorn from party leaders",
     "The plan drew praise from party leaders."),
    ("His remarks have angered the party's top figures.", "angered the party",
     "His remarks have angered the club's top players."),
    ("Senators back reforming the party's superdelegate system.", "superdelegate",
     "The school will reform its admissions rules."),
    ("Activists fear the superdelegates will overturn the will of the voters.",
     "overturn the will", "Activists fear the court will overturn the will of the voters."),
    ("The state party chairwoman was accused of sabotaging the challenger.",
     "party_committee_takes_sides", "The state party chairwoman opened the meeting at noon."),
    ("The DNC was seen as aligned with the front-runner.", "party_committee_takes_sides",
     "The DNC said the Republican tax plan was rigged against workers."),
    ("Moderates say they are unwelcome in their own party.", "unwelcome in their own party",
     "Moderate voters feel isolated in the suburbs."),
    ("The candidate openly defies the party's orthodoxy on trade.", "orthodoxy",
     "The lawyer challenged the party's rules on donations."),
    ("Five Republican senators stayed away from the GOP convention.", "party_figures_snub",
     "Five senators stayed away from the dental convention."),
]


@pytest.mark.parametrize(("factional", "evidence", "near_miss"), V6_PAIRS)
def test_v6_cue_codes_and_its_near_miss_does_not(factional: str, evidence: str,
                                                 near_miss: str) -> None:
    row = _paragraph(factional)
    assert row[f"{PF}_present"], (factional, row[f"{PF}_evidence"])
    assert evidence.lower() in str(row[f"{PF}_evidence"]).lower()
    miss = _paragraph(near_miss)
    assert not miss[f"{PF}_present"], (near_miss, miss[f"{PF}_evidence"])


def test_v6_pressure_to_quit_alone_is_weak() -> None:
    """Rivals tell each other to drop out: the pressure words are a weak cue (they need a
    second cue, or an article anchored in the struggle, to code a paragraph)."""
    row = _paragraph("Mr. Hale should drop out, his rival said. The Democrats meet in May.")
    assert not row[f"{PF}_present"]
    assert "weak:" in str(row[f"{PF}_evidence"])


def test_one_weak_v5_cue_alone_does_not_code() -> None:
    """A weak cue is evidence, not proof: "establishment" with a party in view is 0.5."""
    row = _paragraph("The party establishment met in Ohio on Tuesday.")
    assert not row[f"{PF}_present"]
    assert "weak:" in str(row[f"{PF}_evidence"])


CODINGS = [(CODING, {"random": 80, "party": 80}), (CODING_V6, {"vocab": 100, "adjacent": 100}),
           (CODING_V7, {"vocab": 100, "adjacent": 50}),
           (CODING_V8, {"vocab": 100, "adjacent": 50}),
           (CODING_V9, {"vocab": 100, "adjacent": 50}),
           (CODING_V10, {"vocab": 100, "adjacent": 50}),
           (CODING_V11, {"vocab": 100, "adjacent": 50}),
           (CODING_V12, {"vocab": 100, "adjacent": 50}),
           (CODING_V13, {"vocab": 100, "adjacent": 50}),
           (CODING_V14, {"vocab": 100, "adjacent": 50}),
           (CODING_V15, {"vocab": 100, "adjacent": 50})]


@pytest.mark.parametrize(("path", "samples"), CODINGS)
def test_real_news_coding_keeps_no_text(path, samples: dict[str, int]) -> None:
    coding = pd.read_csv(path)
    assert "text" not in coding.columns
    assert {"source", "start", "end", "text_sha1", "sample", PF}.issubset(coding.columns)
    assert coding["sample"].value_counts().to_dict() == samples


def test_v6_coding_draws_new_paragraphs() -> None:
    """Version 6 must code paragraphs version 5 did not (a second, independent sample)."""
    v5, v6 = pd.read_csv(CODING), pd.read_csv(CODING_V6)
    assert not set(zip(v5["source"], v5["start"])) & set(zip(v6["source"], v6["start"]))
    assert not v6.duplicated(["source", "start"]).any()


@pytest.mark.parametrize(("blind", "earlier"), [(CODING_V7, (CODING, CODING_V6)),
                                                (CODING_V8, (CODING, CODING_V6, CODING_V7)),
                                                (CODING_V9, (CODING, CODING_V6, CODING_V7,
                                                             CODING_V8)),
                                                (CODING_V10, (CODING, CODING_V6, CODING_V7,
                                                              CODING_V8, CODING_V9)),
                                                (CODING_V11, (CODING, CODING_V6, CODING_V7,
                                                              CODING_V8, CODING_V9, CODING_V10)),
                                                (CODING_V12, (CODING, CODING_V6, CODING_V7,
                                                              CODING_V8, CODING_V9, CODING_V10,
                                                              CODING_V11)),
                                                (CODING_V13, (CODING, CODING_V6, CODING_V7,
                                                              CODING_V8, CODING_V9, CODING_V10,
                                                              CODING_V11, CODING_V12)),
                                                (CODING_V14, (CODING, CODING_V6, CODING_V7,
                                                              CODING_V8, CODING_V9, CODING_V10,
                                                              CODING_V11, CODING_V12,
                                                              CODING_V13)),
                                                (CODING_V15, (CODING, CODING_V6, CODING_V7,
                                                              CODING_V8, CODING_V9, CODING_V10,
                                                              CODING_V11, CODING_V12,
                                                              CODING_V13, CODING_V14))])
def test_blind_coding_draws_new_paragraphs(blind, earlier) -> None:
    """The blind codings (v7-v15) hold no paragraph of an earlier coding (rules were written
    against those) and none drawn twice."""
    table = pd.read_csv(blind)
    seen = set()
    for path in earlier:
        previous = pd.read_csv(path)
        seen |= set(zip(previous["source"], previous["start"]))
    assert not seen & set(zip(table["source"], table["start"]))
    assert not table.duplicated(["source", "start"]).any()


@needs_polnear
@pytest.mark.parametrize(("path", "samples"), CODINGS)
def test_real_news_coding_digests_match_the_shared_articles(path, samples) -> None:
    gold = read_gold(path, raw=POLNEAR_TRAIN)
    assert len(gold) == sum(samples.values()) and gold["text"].str.len().min() > 0


@needs_polnear
def test_shared_article_tables_equal_a_run_on_the_coding_alone(tmp_path: Path) -> None:
    """:class:`tests._shared.ArticleParagraphs` gives the library's table of a coding's
    articles alone (the figures' shared tables rely on it): two codings cut from v9 sharing
    an article. ``article_id`` (numbered by the files loaded together; no score reads it) out."""
    rows = pd.read_csv(CODING_V9)
    sources = sorted(set(rows["source"]))[:4]
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    rows[rows["source"].isin(sources[:2])].to_csv(first, index=False)
    rows[rows["source"].isin(sources[1:])].to_csv(second, index=False)
    shared = ArticleParagraphs(POLNEAR_TRAIN)
    shared.coding(first)
    gold, pred = shared.coding(second)
    alone_gold, alone = real_news_theme_coding(second, POLNEAR_TRAIN)
    assert gold.equals(alone_gold)
    assert sorted(set(pred["source"])) == sorted(set(alone["source"])) and len(alone)
    assert pred.drop(columns="article_id").equals(alone.drop(columns="article_id"))


@needs_polnear
def test_real_news_development_figure(polnear_paragraphs: ArticleParagraphs) -> None:
    """On the development coding the codebook found 0 of 17 factional paragraphs before
    version 5 (docs/notes/themes.md); its general cues must keep most of what they found."""
    gold, pred = polnear_paragraphs.coding(CODING)
    scores = score_real_news_themes(gold, pred, [PF])
    every = scores[scores["sample"] == "all"].iloc[0]
    assert every["n_gold"] == 17
    assert every["recall"] >= 0.5 and every["precision"] >= 0.85, every.to_dict()


@needs_polnear
def test_real_news_v6_development_figure() -> None:
    """On the second coding (86 factional of 200, coded before the instrument ran) main's
    codebook found 11 (recall 0.128, precision 0.733; docs/notes/themes.md, version 6); version
    8 finds 41 (recall 0.477, precision 0.911). Guard: recall >= 0.47.

    Also version 7's guard (test_themes_membership.py's
    ``test_real_news_v6_figure_gains_from_membership`` until test-suite round 36, which scored
    the same coding with the same codebook a second time): without the same-party-conflict rule
    the codebook found 29 with 4 false positives; the rule adds 2 found, no false one
    (docs/notes/themes.md, version 7): at least 31 found, at most 4 false."""
    # the one figure read through the library's call itself (the others share the articles'
    # tables, tests/_shared.py): the smallest coding, 99 articles
    gold, pred = real_news_theme_coding(CODING_V6, POLNEAR_TRAIN)
    scores = score_real_news_themes(gold, pred, [PF])
    every = scores[scores["sample"] == "all"].iloc[0]
    assert every["n_gold"] == 86
    assert every["recall"] >= 0.47 and every["precision"] >= 0.85, every.to_dict()
    assert every["tp"] >= 31 and every["fp"] <= 4, every.to_dict()  # version 7's guard


@needs_polnear
def test_real_news_v7_development_figure(polnear_paragraphs: ArticleParagraphs) -> None:
    """On the blind third coding (46 factional of 150, committed before the instrument ran)
    the codebook found 16 at first contact (recall 0.348, precision 0.727; first_contact.csv);
    version 10 finds 25 (recall 0.543, precision 0.806), version 15 29 (recall 0.630,
    precision 0.829). Guard: recall >= 0.6, precision >= 0.8 (fails on the version-14
    codebook)."""
    gold, pred = polnear_paragraphs.coding(CODING_V7)
    scores = score_real_news_themes(gold, pred, [PF])
    every = scores[scores["sample"] == "all"].iloc[0]
    assert every["n_gold"] == 46
    assert every["recall"] >= 0.6 and every["precision"] >= 0.8, every.to_dict()


#: themes version 22's guard (test-suite round 36 moved it here from test_themes_v22.py, whose
#: ``test_v22_development_figures`` scored these codings a second time): the codings where
#: version 22's resolved rules found a factional paragraph the codebook of version 21 missed
#: (v8 26 -> 27, v10 23 -> 24, v13 15 -> 17 found; development: v13 was scored once by version
#: 21 before that round read it), with no false paragraph added. Guard: at least those finds
#: (tp), at most the version-21 false paragraphs (fp).
V22_GUARDS = {CODING_V8: (27, 8), CODING_V10: (24, 2), CODING_V13: (17, 2)}


def _v22_guard(every: pd.DataFrame, coding: Path) -> None:
    """Version 22's guard (:data:`V22_GUARDS`) on the scores of ``coding``."""
    tp, fp = V22_GUARDS[coding]
    assert every.at[PF, "tp"] >= tp and every.at[PF, "fp"] <= fp, every.to_dict()


def _whole_coding_scores(polnear_paragraphs: ArticleParagraphs, coding: Path) -> pd.DataFrame:
    """The instrument's scores on a whole PolNeAR coding (``sample == "all"``), one row per theme
    (party factionalism and the special relationship), indexed by theme; the articles' tables
    from ``polnear_paragraphs``."""
    gold, pred = polnear_paragraphs.coding(coding)
    scores = score_real_news_themes(gold, pred, [PF, "special_relationship"])
    return scores[scores["sample"] == "all"].set_index("theme")


@needs_polnear
def test_real_news_v8_first_contact_and_development_figure(
        polnear_paragraphs: ArticleParagraphs) -> None:
    """On the blind fourth coding (51 factional of 150, committed before the instrument ran)
    the codebook of versions 10-12 found 9 at first contact (precision 0.562, recall 0.176;
    first_contact.csv, split themes-v8) and coded one special-relationship paragraph (no gold).
    Version 15, developed on v7 + v8, finds 24 (recall 0.471, precision 0.750; a development
    figure). Guard: recall >= 0.45, precision >= 0.7 (fails on the version-14 codebook), at
    most one SR false positive.

    Also version 22's guard on this coding (test_themes_v22.py's
    ``test_v22_development_figures[coding0-27-8]`` until test-suite round 36, which scored the same
    coding with the same codebook a second time; see :data:`V22_GUARDS`)."""
    every = _whole_coding_scores(polnear_paragraphs, CODING_V8)
    assert every.at[PF, "n_gold"] == 51 and every.at["special_relationship", "n_gold"] == 0
    assert every.at[PF, "recall"] >= 0.45 and every.at[PF, "precision"] >= 0.7, every.to_dict()
    assert every.at["special_relationship", "fp"] <= 1, every.to_dict()
    _v22_guard(every, CODING_V8)


@needs_polnear
def test_real_news_v9_first_contact_figure(polnear_paragraphs: ArticleParagraphs) -> None:
    """On the blind fifth coding (61 factional of 150, committed in 6b616cb before the
    instrument ran) the codebook of version 14 found 14 at first contact (precision 0.933,
    recall 0.230; first_contact.csv, split themes-v9) and coded no special-relationship
    paragraph (no gold). Guard: recall >= 0.22, precision >= 0.85, no SR false positive."""
    every = _whole_coding_scores(polnear_paragraphs, CODING_V9)
    assert every.at[PF, "n_gold"] == 61 and every.at["special_relationship", "n_gold"] == 0
    assert every.at[PF, "recall"] >= 0.22 and every.at[PF, "precision"] >= 0.85, every.to_dict()
    assert every.at["special_relationship", "fp"] == 0, every.to_dict()


@needs_polnear
def test_real_news_v10_first_contact_figure(polnear_paragraphs: ArticleParagraphs) -> None:
    """On the blind sixth coding (49 factional of 150, committed in 7279a73 before the
    instrument ran) the codebook of version 15 found 3 at first contact (precision 0.600,
    recall 0.061; first_contact.csv, split themes-v10) and coded two special-relationship
    paragraphs (no gold). Guard: 49 gold, recall >= 0.06, precision >= 0.6, at most two SR
    false positives (version 17 changed no codebook rule).

    Also version 22's guard on this coding (test_themes_v22.py's
    ``test_v22_development_figures[coding1-24-2]`` until test-suite round 36, which scored the same
    coding with the same codebook a second time; see :data:`V22_GUARDS`)."""
    every = _whole_coding_scores(polnear_paragraphs, CODING_V10)
    assert every.at[PF, "n_gold"] == 49 and every.at["special_relationship", "n_gold"] == 0
    assert every.at[PF, "recall"] >= 0.06 and every.at[PF, "precision"] >= 0.6, every.to_dict()
    assert every.at["special_relationship", "fp"] <= 2, every.to_dict()
    _v22_guard(every, CODING_V10)


@needs_polnear
def test_real_news_v11_first_contact_figure(polnear_paragraphs: ArticleParagraphs) -> None:
    """On the blind seventh coding (52 factional of 150, one SR paragraph; committed in 21ddbf5
    before the instrument ran) the codebook of version 17 found 10 at first contact (precision
    0.909, recall 0.192; first_contact.csv, split themes-v11) and version 18, written while v11
    was being coded and unseen by its author, 12 (0.923 / 0.231; split themes-v11-v18), each
    scored once. Guard: recall >= 0.23 (fails on the version-17 codebook), precision >= 0.9, the
    one SR paragraph found and at most one SR false positive."""
    every = _whole_coding_scores(polnear_paragraphs, CODING_V11)
    assert every.at[PF, "n_gold"] == 52 and every.at["special_relationship", "n_gold"] == 1
    assert every.at[PF, "recall"] >= 0.23 and every.at[PF, "precision"] >= 0.9, every.to_dict()
    assert every.at["special_relationship", "tp"] == 1, every.to_dict()
    assert every.at["special_relationship", "fp"] <= 1, every.to_dict()


@needs_polnear
def test_real_news_v12_first_contact_figure(polnear_paragraphs: ArticleParagraphs) -> None:
    """On the blind eighth coding (49 factional of 150, coder B kappa 0.955; codes committed in
    bf8f452 before the instrument ran) the codebooks of versions 18 and 20 each found 15 with 4
    false (precision 0.789, recall 0.306; first_contact.csv, splits themes-v12 and
    themes-v12-v20), each scored once. Guard: 49 gold, recall >= 0.30 and precision >= 0.78 (a
    codebook that loses one of the 15 or adds a false paragraph without a new find fails); no
    special-relationship paragraph invented."""
    every = _whole_coding_scores(polnear_paragraphs, CODING_V12)
    assert every.at[PF, "n_gold"] == 49 and every.at["special_relationship", "n_gold"] == 0
    assert every.at[PF, "recall"] >= 0.30 and every.at[PF, "precision"] >= 0.78, every.to_dict()
    assert every.at["special_relationship", "fp"] == 0, every.to_dict()


@needs_polnear
def test_real_news_v13_first_contact_figure(polnear_paragraphs: ArticleParagraphs) -> None:
    """On the blind ninth coding (48 factional of 150, coder B kappa 0.924; codes committed in
    b339a5e before the instrument ran) the codebook of version 20 found 13 with 2 false (P 0.867,
    R 0.271) and version 21, written while v13 was coded, 15 with 2 false (P 0.882, R 0.313;
    first_contact.csv, splits themes-v13 and themes-v13-v21), each scored once. Guard: 48 gold,
    one SR paragraph; PF recall >= 0.31 and precision >= 0.88 (losing one of the 15, or one more
    false paragraph without a new find, fails); SR: the one paragraph found, at most two false.

    Also version 22's guard on this coding (test_themes_v22.py's
    ``test_v22_development_figures[coding2-17-2]`` until test-suite round 36, which scored the same
    coding with the same codebook a second time; see :data:`V22_GUARDS`)."""
    every = _whole_coding_scores(polnear_paragraphs, CODING_V13)
    assert every.at[PF, "n_gold"] == 48 and every.at["special_relationship", "n_gold"] == 1
    assert every.at[PF, "recall"] >= 0.31 and every.at[PF, "precision"] >= 0.88, every.to_dict()
    assert every.at["special_relationship", "tp"] == 1, every.to_dict()
    assert every.at["special_relationship", "fp"] <= 2, every.to_dict()
    _v22_guard(every, CODING_V13)


@needs_polnear
def test_real_news_v14_first_contact_figure(polnear_paragraphs: ArticleParagraphs) -> None:
    """On the blind tenth coding (49 factional of 150, coder B kappa 0.940; codes committed in
    7ce841b before the instrument ran) the codebooks of versions 21 and 22 each found 13 with 4
    false (P 0.765, R 0.265; first_contact.csv, splits themes-v14 and themes-v14-v22), each
    scored once. Guard: 49 gold, no SR paragraph; PF recall >= 0.26 and precision >= 0.76
    (losing one of the 13, or one more false paragraph without a new find, fails); SR: at most
    the two false paragraphs."""
    every = _whole_coding_scores(polnear_paragraphs, CODING_V14)
    assert every.at[PF, "n_gold"] == 49 and every.at["special_relationship", "n_gold"] == 0
    assert every.at[PF, "recall"] >= 0.26 and every.at[PF, "precision"] >= 0.76, every.to_dict()
    assert every.at["special_relationship", "fp"] <= 2, every.to_dict()


@needs_polnear
def test_real_news_v15_first_contact_figure(polnear_paragraphs: ArticleParagraphs) -> None:
    """On the blind eleventh coding (51 factional of 150, coder B kappa 0.956; codes committed
    in 018989d before the instrument ran) the codebook of version 23 found 16 with 4 false (P
    0.800, R 0.314; first_contact.csv, split themes-v15), scored once. Guard: 51 gold, no SR
    paragraph; PF recall >= 0.31 and precision >= 0.79 (losing one of the 16, or one more false
    paragraph without a new find, fails); no SR false paragraph."""
    every = _whole_coding_scores(polnear_paragraphs, CODING_V15)
    assert every.at[PF, "n_gold"] == 51 and every.at["special_relationship", "n_gold"] == 0
    assert every.at[PF, "recall"] >= 0.31 and every.at[PF, "precision"] >= 0.79, every.to_dict()
    assert every.at["special_relationship", "fp"] == 0, every.to_dict()


# themes version 25: v15 is training data of the learned scorer from now on, so the guard of
# version 24's blind v15 figure with it (P 0.808, R 0.412; split themes-v15-classifier in
# first_contact.csv, which keeps the row) is gone, as version 19's v11 guard went in version 24.



@needs_polnear
def test_real_news_v16_first_contact_figure(polnear_paragraphs: ArticleParagraphs) -> None:
    """On the blind twelfth coding (58 factional of 150, coder B kappa 0.986; codes committed
    in ba9f52f before the instrument ran) the codebook of version 23 found 17 with 4 false (P
    0.810, R 0.293; first_contact.csv, split themes-v16), scored once. Guard: 58 gold, no SR
    paragraph; PF recall >= 0.29 and precision >= 0.80 (losing one of the 17, or one more false
    paragraph without a new find, fails); at most the one false SR paragraph."""
    every = _whole_coding_scores(polnear_paragraphs, CODING_V16)
    assert every.at[PF, "n_gold"] == 58 and every.at["special_relationship", "n_gold"] == 0
    assert every.at[PF, "recall"] >= 0.29 and every.at[PF, "precision"] >= 0.80, every.to_dict()
    assert every.at["special_relationship", "fp"] <= 1, every.to_dict()


# themes version 26: v16 is training data of the learned scorer from now on, so the guard of
# version 25's blind v16 figure with it (P 0.700, R 0.362; split themes-v16-classifier-v25, and
# version 24's themes-v16-classifier, in first_contact.csv, which keeps the rows) is gone, as
# version 24's v15 guard went in version 25.



@needs_polnear
def test_real_news_v17_first_contact_figure(polnear_paragraphs: ArticleParagraphs) -> None:
    """On the blind thirteenth coding (48 factional of 150, coder B kappa 0.953; codes committed
    in e4b1a93 before the instrument ran) the codebook of version 23 found 11 with 2 false (P
    0.846, R 0.229; first_contact.csv, split themes-v17), scored once. Guard: 48 gold, no SR
    paragraph; PF recall >= 0.22 and precision >= 0.84 (losing one of the 11, or one more false
    paragraph without a new find, fails); at most the one false SR paragraph."""
    every = _whole_coding_scores(polnear_paragraphs, CODING_V17)
    assert every.at[PF, "n_gold"] == 48 and every.at["special_relationship", "n_gold"] == 0
    assert every.at[PF, "recall"] >= 0.22 and every.at[PF, "precision"] >= 0.84, every.to_dict()
    assert every.at["special_relationship", "fp"] <= 1, every.to_dict()


@needs_polnear  # v18 is training data of the learned scorer from themes version 28 on
def test_real_news_v18_first_contact_figure(polnear_paragraphs: ArticleParagraphs) -> None:
    """On the blind fourteenth coding (41 factional of 150, coder B kappa 0.919; codes committed
    in 0773c01 before the instrument ran) the codebook of version 23 found 9 with 5 false (P
    0.643, R 0.220; first_contact.csv, split themes-v18), scored once. Version 26's learned
    scorer (the option), scored once on the same day before version 27 was merged, found 19
    with 11 false (P 0.633, R 0.463; split themes-v18-classifier-v26). Guard: 41 gold, no SR
    paragraph; PF recall >= 0.21 and precision >= 0.64 (losing one of the 9, or one more false
    paragraph without a new find, fails); no false SR paragraph."""
    every = _whole_coding_scores(polnear_paragraphs, CODING_V18)
    assert every.at[PF, "n_gold"] == 41 and every.at["special_relationship", "n_gold"] == 0
    assert every.at[PF, "recall"] >= 0.21 and every.at[PF, "precision"] >= 0.64, every.to_dict()
    assert every.at["special_relationship", "fp"] == 0, every.to_dict()


# themes version 28: v18 is training data of the learned scorer from now on, so the guard of
# version 27's blind v18 figure with it (P 0.630, R 0.415; split themes-v18-classifier, and
# themes-v18-classifier-v26 and themes-v18-classifier-v27-gated, in first_contact.csv, which keeps
# the rows) is gone, as version 27 removed the v17 guard.


# themes version 27: v17 is training data of the learned scorer from now on, so the guard of
# version 26's blind v17 figure with it (P 0.778, R 0.438; split themes-v17-classifier, and
# version 25's themes-v17-classifier-v25, in first_contact.csv, which keeps the rows) is gone, as
# version 26 removed the v16 guard.


def test_v10_coding_counts_and_the_negated_row() -> None:
    """v10 as its README states it: PF 22 of 100 (vocab) and 27 of 50 (adjacent), SR 0, one
    negated row (listed in ``negated``), a note for every paragraph coded 1."""
    table = pd.read_csv(CODING_V10, keep_default_na=False)
    assert table.groupby("sample")[PF].sum().to_dict() == {"adjacent": 27, "vocab": 22}
    assert table["special_relationship"].sum() == 0
    assert (table["negated"] == PF).sum() == 1
    assert (table.loc[table[PF] == 1, "notes"].str.len() > 0).all()


def test_v11_coding_counts_negated_rows_and_notes() -> None:
    """v11 as its README states it: PF 19 of 100 (vocab) and 33 of 50 (adjacent), SR 1 (vocab),
    two negated rows, 34 borderline party-factionalism calls of which 20 coded 1, a note for
    every paragraph coded 1 and no article text."""
    table = pd.read_csv(CODING_V11, keep_default_na=False)
    assert "text" not in table.columns
    assert table.groupby("sample")[PF].sum().to_dict() == {"adjacent": 33, "vocab": 19}
    assert table.groupby("sample")["special_relationship"].sum().to_dict() == {"adjacent": 0,
                                                                               "vocab": 1}
    assert (table["negated"] == PF).sum() == 2 and set(table["negated"]) == {"", PF}
    assert (table.loc[table["negated"] == PF, PF] == 1).all()
    coded = (table[PF] == 1) | (table["special_relationship"] == 1)
    assert (table.loc[coded, "notes"].str.len() > 0).all()
    hard = table["notes"].str.startswith("borderline") & ~table["notes"].str.startswith(
        "borderline SR")
    assert hard.sum() == 34 and (hard & (table[PF] == 1)).sum() == 20


def test_v12_coding_counts_negated_rows_and_notes() -> None:
    """v12 as its README states it: PF 18 of 100 (vocab) and 31 of 50 (adjacent), SR 0, two
    negated rows, 35 borderline calls of which 23 coded 1, a note for every paragraph coded 1
    and no article text."""
    table = pd.read_csv(CODING_V12, keep_default_na=False)
    assert "text" not in table.columns
    assert table.groupby("sample")[PF].sum().to_dict() == {"adjacent": 31, "vocab": 18}
    assert table["special_relationship"].sum() == 0
    assert set(table[PF]) == {0, 1} and set(table["special_relationship"]) == {0}
    assert (table["negated"] == PF).sum() == 2 and set(table["negated"]) == {"", PF}
    assert (table.loc[table["negated"] == PF, PF] == 1).all()
    assert (table.loc[table[PF] == 1, "notes"].str.len() > 0).all()
    hard = table["notes"].str.startswith("borderline")
    assert hard.sum() == 35 and (hard & (table[PF] == 1)).sum() == 23


def test_v13_coding_counts_negated_rows_and_notes() -> None:
    """v13 as its README states it: PF 13 of 100 (vocab) and 35 of 50 (adjacent), SR 1 (vocab),
    three negated rows (all adjacent), 35 borderline party-factionalism calls of which 19 coded
    1, a note for every paragraph coded 1 and no article text."""
    table = pd.read_csv(CODING_V13, keep_default_na=False)
    assert "text" not in table.columns
    assert table.groupby("sample")[PF].sum().to_dict() == {"adjacent": 35, "vocab": 13}
    assert table.groupby("sample")["special_relationship"].sum().to_dict() == {"adjacent": 0,
                                                                               "vocab": 1}
    assert set(table[PF]) == {0, 1} and set(table["special_relationship"]) == {0, 1}
    negated = table["negated"] == PF
    assert negated.sum() == 3 and set(table["negated"]) == {"", PF}
    assert (table.loc[negated, PF] == 1).all() and set(table.loc[negated, "sample"]) == {
        "adjacent"}
    coded = (table[PF] == 1) | (table["special_relationship"] == 1)
    assert (table.loc[coded, "notes"].str.len() > 0).all()
    hard = table["notes"].str.startswith("borderline") & ~table["notes"].str.startswith(
        "borderline SR")
    assert hard.sum() == 35 and (hard & (table[PF] == 1)).sum() == 19


def test_v14_coding_counts_negated_rows_and_notes() -> None:
    """v14 as its README states it: PF 19 of 100 (vocab) and 30 of 50 (adjacent), SR 0, one
    negated row (vocab), 49 borderline party-factionalism calls of which 27 coded 1, a note for
    every paragraph coded 1 and no article text."""
    table = pd.read_csv(CODING_V14, keep_default_na=False)
    assert "text" not in table.columns
    assert table.groupby("sample")[PF].sum().to_dict() == {"adjacent": 30, "vocab": 19}
    assert table["special_relationship"].sum() == 0
    assert set(table[PF]) == {0, 1} and set(table["special_relationship"]) == {0}
    negated = table["negated"] == PF
    assert negated.sum() == 1 and set(table["negated"]) == {"", PF}
    assert (table.loc[negated, PF] == 1).all() and set(table.loc[negated, "sample"]) == {"vocab"}
    assert (table.loc[table[PF] == 1, "notes"].str.len() > 0).all()
    hard = table["notes"].str.startswith("borderline")
    assert hard.sum() == 49 and (hard & (table[PF] == 1)).sum() == 27


def test_v15_coding_counts_negated_rows_and_notes() -> None:
    """v15 (coder A) as its README states it: PF 15 of 100 (vocab) and 36 of 50 (adjacent),
    SR 0, two negated rows (one vocab, one adjacent), 29 borderline party-factionalism calls of
    which 16 coded 1, ten clear-0 reasons, a note for every paragraph coded 1 and no article
    text."""
    table = pd.read_csv(CODING_V15, keep_default_na=False)
    assert len(table) == 150 and "text" not in table.columns
    assert list(table.columns) == ["source", "start", "end", "text_sha1", "sample", PF,
                                   "special_relationship", "negated", "notes"]
    assert table.groupby("sample")[PF].sum().to_dict() == {"adjacent": 36, "vocab": 15}
    assert table["sample"].value_counts().to_dict() == {"vocab": 100, "adjacent": 50}
    assert table["special_relationship"].sum() == 0
    assert set(table[PF]) == {0, 1} and set(table["special_relationship"]) == {0}
    negated = table["negated"] == PF
    assert negated.sum() == 2 and set(table["negated"]) == {"", PF}
    assert (table.loc[negated, PF] == 1).all()
    assert table.loc[negated, "sample"].value_counts().to_dict() == {"vocab": 1, "adjacent": 1}
    assert (table.loc[table[PF] == 1, "notes"].str.len() > 0).all()
    hard = table["notes"].str.startswith("borderline PF")
    assert hard.sum() == 29 and (hard & (table[PF] == 1)).sum() == 16
    assert table["notes"].str.startswith("clear 0:").sum() == 10
    assert not table["notes"].str.lower().str.startswith("hard").any()


def test_v16_coding_counts_negated_rows_and_notes() -> None:
    """v16 (coder A) as its README states it: PF 21 of 100 (vocab) and 37 of 50 (adjacent),
    SR 0, one negated row (adjacent), 40 borderline party-factionalism calls (20 per sample) of
    which 20 coded 1 (6 vocab, 14 adjacent), ten clear-0 reasons, a note for every paragraph
    coded 1 and no article text."""
    table = pd.read_csv(CODING_V16, keep_default_na=False)
    assert len(table) == 150 and "text" not in table.columns
    assert list(table.columns) == ["source", "start", "end", "text_sha1", "sample", PF,
                                   "special_relationship", "negated", "notes"]
    assert table.groupby("sample")[PF].sum().to_dict() == {"adjacent": 37, "vocab": 21}
    assert table["sample"].value_counts().to_dict() == {"vocab": 100, "adjacent": 50}
    assert table["special_relationship"].sum() == 0
    assert set(table[PF]) == {0, 1} and set(table["special_relationship"]) == {0}
    negated = table["negated"] == PF
    assert negated.sum() == 1 and set(table["negated"]) == {"", PF}
    assert (table.loc[negated, PF] == 1).all()
    assert table.loc[negated, "sample"].value_counts().to_dict() == {"adjacent": 1}
    assert (table.loc[table[PF] == 1, "notes"].str.len() > 0).all()
    hard = table["notes"].str.startswith("borderline PF")
    assert hard.sum() == 40 and (hard & (table[PF] == 1)).sum() == 20
    assert table.loc[hard].groupby("sample")[PF].sum().to_dict() == {"adjacent": 14, "vocab": 6}
    assert table.loc[hard, "sample"].value_counts().to_dict() == {"adjacent": 20, "vocab": 20}
    assert table["notes"].str.startswith("clear 0:").sum() == 10
    assert not table["notes"].str.lower().str.startswith("hard").any()


def test_v17_coding_counts_negated_rows_and_notes() -> None:
    """v17 (coder A) as its README states it: PF 17 of 100 (vocab) and 31 of 50 (adjacent),
    SR 0, one negated row (adjacent), 49 borderline party-factionalism calls (24 vocab, 25
    adjacent) of which 22 coded 1 (9 vocab, 13 adjacent), 14 clear-0 reasons, a note for every
    paragraph coded 1, the draw columns as committed and no article text."""
    table = pd.read_csv(CODING_V17, keep_default_na=False)
    assert len(table) == 150 and "text" not in table.columns
    assert list(table.columns) == ["source", "start", "end", "text_sha1", "sample", PF,
                                   "special_relationship", "negated", "notes"]
    assert table.groupby("sample")[PF].sum().to_dict() == {"adjacent": 31, "vocab": 17}
    assert table["sample"].value_counts().to_dict() == {"vocab": 100, "adjacent": 50}
    assert list(table["sample"]) == ["vocab"] * 100 + ["adjacent"] * 50
    assert table["special_relationship"].sum() == 0
    assert set(table[PF]) == {0, 1} and set(table["special_relationship"]) == {0}
    negated = table["negated"] == PF
    assert negated.sum() == 1 and set(table["negated"]) == {"", PF}
    assert (table.loc[negated, PF] == 1).all()
    assert table.loc[negated, "sample"].value_counts().to_dict() == {"adjacent": 1}
    assert (table.loc[table[PF] == 1, "notes"].str.len() > 0).all()
    hard = table["notes"].str.startswith("borderline PF")
    assert hard.sum() == 49 and (hard & (table[PF] == 1)).sum() == 22
    assert table.loc[hard].groupby("sample")[PF].sum().to_dict() == {"adjacent": 13, "vocab": 9}
    assert table.loc[hard, "sample"].value_counts().to_dict() == {"adjacent": 25, "vocab": 24}
    assert not table["notes"].str.startswith("borderline SR").any()
    assert table["notes"].str.startswith("clear 0:").sum() == 14
    assert not table["notes"].str.lower().str.startswith("hard").any()


def test_v18_coding_counts_negated_rows_and_notes() -> None:
    """v18 (coder A) as its README states it: PF 11 of 100 (vocab) and 30 of 50 (adjacent),
    SR 0, no negated row, 35 borderline party-factionalism calls (18 vocab, 17 adjacent) of
    which 13 coded 1 (5 vocab, 8 adjacent), 2 clear-0 reasons, a note for every paragraph
    coded 1, the draw columns as committed and no article text."""
    table = pd.read_csv(CODING_V18, keep_default_na=False)
    assert len(table) == 150 and "text" not in table.columns
    assert list(table.columns) == ["source", "start", "end", "text_sha1", "sample", PF,
                                   "special_relationship", "negated", "notes"]
    assert table.groupby("sample")[PF].sum().to_dict() == {"adjacent": 30, "vocab": 11}
    assert table["sample"].value_counts().to_dict() == {"vocab": 100, "adjacent": 50}
    assert list(table["sample"]) == ["vocab"] * 100 + ["adjacent"] * 50
    assert table["special_relationship"].sum() == 0
    assert set(table[PF]) == {0, 1} and set(table["special_relationship"]) == {0}
    assert set(table["negated"]) == {""}
    assert (table.loc[table[PF] == 1, "notes"].str.len() > 0).all()
    hard = table["notes"].str.startswith("borderline PF")
    assert hard.sum() == 35 and (hard & (table[PF] == 1)).sum() == 13
    assert table.loc[hard].groupby("sample")[PF].sum().to_dict() == {"adjacent": 8, "vocab": 5}
    assert table.loc[hard, "sample"].value_counts().to_dict() == {"adjacent": 17, "vocab": 18}
    assert not table["notes"].str.startswith("borderline SR").any()
    assert table["notes"].str.startswith("clear 0:").sum() == 2
    assert not table["notes"].str.lower().str.startswith("hard").any()


def test_v19_coding_counts_negated_rows_and_notes() -> None:
    """v19 (coder A) as its README states it: PF 17 of 100 (vocab) and 29 of 50 (adjacent),
    SR 0, 2 negated rows (adjacent, both party factionalism, both borderline), 43 borderline
    party-factionalism calls (15 vocab, 28 adjacent) of which 22 coded 1 (7 vocab, 15
    adjacent), 9 clear-0 reasons, a note for every paragraph coded 1, the draw columns as
    committed and no article text."""
    table = pd.read_csv(CODING_V19, keep_default_na=False)
    assert len(table) == 150 and "text" not in table.columns
    assert list(table.columns) == ["source", "start", "end", "text_sha1", "sample", PF,
                                   "special_relationship", "negated", "notes"]
    assert table.groupby("sample")[PF].sum().to_dict() == {"adjacent": 29, "vocab": 17}
    assert table["sample"].value_counts().to_dict() == {"vocab": 100, "adjacent": 50}
    assert list(table["sample"]) == ["vocab"] * 100 + ["adjacent"] * 50
    assert table["special_relationship"].sum() == 0
    assert set(table[PF]) == {0, 1} and set(table["special_relationship"]) == {0}
    negated = table[table["negated"] != ""]
    assert list(negated.index) == [141, 142]
    assert set(negated["negated"]) == {PF} and (negated[PF] == 1).all()
    assert negated["notes"].str.startswith("borderline PF 1").all()
    assert (table.loc[table[PF] == 1, "notes"].str.len() > 0).all()
    hard = table["notes"].str.startswith("borderline PF")
    assert hard.sum() == 43 and (hard & (table[PF] == 1)).sum() == 22
    assert table.loc[hard].groupby("sample")[PF].sum().to_dict() == {"adjacent": 15, "vocab": 7}
    assert table.loc[hard, "sample"].value_counts().to_dict() == {"adjacent": 28, "vocab": 15}
    assert not table["notes"].str.startswith("borderline SR").any()
    assert table["notes"].str.startswith("clear 0:").sum() == 9
    assert not table["notes"].str.lower().str.startswith("hard").any()


@needs_polnear
@pytest.mark.evaluation_split  # v19 is the blind test of themes version 28 until a round fits on it
def test_real_news_v19_first_contact_figure(polnear_paragraphs: ArticleParagraphs) -> None:
    """On the blind fifteenth coding (46 factional of 150, coder B kappa 0.939; codes committed
    in 7cf9e8e before the instrument ran) the codebook of version 23 found 13 with 5 false (P
    0.722, R 0.283; first_contact.csv, split themes-v19), scored once. Version 27's learned
    scorer (the option), scored once before version 28 was merged, found 15 with 12 false (P
    0.556, R 0.326; split themes-v19-classifier-v27); with its codebook gate 13 with 8 (split
    themes-v19-classifier-v27-gated). Guard: 46 gold, no SR paragraph; PF recall >= 0.28 and
    precision >= 0.72 (losing one of the 13, or one more false paragraph without a new find,
    fails); no false SR paragraph."""
    every = _whole_coding_scores(polnear_paragraphs, CODING_V19)
    assert every.at[PF, "n_gold"] == 46 and every.at["special_relationship", "n_gold"] == 0
    assert every.at[PF, "recall"] >= 0.28 and every.at[PF, "precision"] >= 0.72, every.to_dict()
    assert every.at["special_relationship", "fp"] == 0, every.to_dict()


@needs_polnear
@pytest.mark.evaluation_split  # v19 is the blind test of themes version 28 until a round fits on it
def test_real_news_v19_figure_with_the_learned_scorer() -> None:
    """v19 was the test of themes version 28 (the learned scorer refitted on v5-v18 while v19
    was coded; off by default), scored once with it after the merge: PF 16 found, 14 false (P
    0.533, R 0.348; split themes-v19-classifier). Version 27's model, scored once before the
    merge, found 15 with 12 false (themes-v19-classifier-v27); version 28's model with its
    discussion gate on, a declared diagnostic, 13 with 6 (themes-v19-classifier-v28-gated); the
    codebook 13 with 5. Guard for the shipped model: recall >= 0.347 and precision >= 0.533 (one
    of the 16 lost, or one more false paragraph without a new find, fails); no false SR
    paragraph."""
    from helpers.core.corpus import load_corpus
    from helpers.instruments.themes.learned import paragraph_themes_classified

    gold = read_gold(CODING_V19, raw=POLNEAR_TRAIN)
    corpus = load_corpus([POLNEAR_TRAIN / s for s in sorted(set(gold["source"]))])
    scores = score_real_news_themes(gold, paragraph_themes_classified(corpus),
                                    [PF, "special_relationship"])
    every = scores[scores["sample"] == "all"].set_index("theme")
    assert every.at[PF, "n_gold"] == 46
    assert every.at[PF, "recall"] >= 0.347 and every.at[PF, "precision"] >= 0.533, every.to_dict()
    assert every.at["special_relationship", "fp"] == 0, every.to_dict()
