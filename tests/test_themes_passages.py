"""Theme coding by passage (issue 16): held-out thresholds, negated and denied cues, and the
rule that a war named in passing is a mention.

The sentences below are invented for these tests; none comes from a corpus or held-out text.
"""

from __future__ import annotations

import pytest

from helpers.core.corpus import load_corpus
from helpers.core.paths import ANNOTATIONS, DATA
from helpers.evaluate.themes import THEMES_V2, score_negated, score_themes
from helpers.instruments.themes import (
    load_codebook,
    match_themes,
    paragraph_themes,
    theme_scores,
)
from helpers.instruments.themes.negation import is_negated

BOOK = load_codebook()
HELDOUT_GOLD = ANNOTATIONS / "heldout" / "themes_v2.csv"
HELDOUT_RAW = DATA / "heldout"
_SHORT = "target 0.90 not reached yet on the held-out set (see docs/notes/themes.md)"


# --------------------------------------------------------------------------- held-out thresholds

@pytest.fixture(scope="module")
def heldout():
    """The held-out paragraph table and its version-2 gold (scored, never inspected by row)."""
    from helpers.evaluate.validation import load_gold

    if not HELDOUT_GOLD.exists():
        pytest.skip("data/annotations/heldout/themes_v2.csv not present")
    gold = load_gold("themes_v2", HELDOUT_GOLD.parent, HELDOUT_RAW)
    return paragraph_themes(load_corpus(HELDOUT_RAW)), gold


@pytest.fixture(scope="module")
def heldout_scores(heldout):
    table, gold = heldout
    return score_themes(table, gold, THEMES_V2).set_index("theme")


@pytest.mark.parametrize("theme", [
    "special_relationship",
    pytest.param("party_factionalism", marks=pytest.mark.xfail(strict=True, reason=_SHORT)),
])
def test_heldout_f1_per_theme(heldout_scores, theme):
    # issue 16: F1 >= 0.90 per theme on the held-out articles (the themes they carry)
    row = heldout_scores.loc[theme]
    assert row["n_gold"] > 0
    assert row["f1"] >= 0.90, heldout_scores


@pytest.mark.parametrize("theme", ["iraq_war_intelligence", "israel_palestine",
                                   "austerity_inequality"])
def test_heldout_themes_without_gold_stay_quiet(heldout_scores, theme):
    # the held-out gold has no paragraph of these themes, so F1 is undefined there; what can
    # be checked is that the codebook does not smear them over unrelated paragraphs (45
    # paragraphs; 2026-12-03: at most one false positive per theme)
    row = heldout_scores.loc[theme]
    assert row["n_gold"] == 0
    assert row["fp"] <= 1, heldout_scores


# --------------------------------------------------------------------------- negation

NEGATED = [
    ("There is no split in the party.", "split"),
    ("There has been no plot against the leader, aides say.", "plot against"),
    ("His aides denied that a coup was being planned.", "coup"),
    ("Far from a split, the party has rarely looked more united.", "split"),
    ("The minister dismissed talk of a rebellion as nonsense.", "rebellion"),
    ("This is not about austerity, she said.", "austerity"),
    ("The relationship has not suffered.", "relationship"),
    ("Rumours of a leadership challenge were denied.", "leadership challenge"),
    ("No one in the cabinet is plotting against the prime minister.", "plotting against"),
    ("She ruled out a leadership challenge.", "leadership challenge"),
    ("The party isn't split.", "split"),
    ("Downing Street rejected suggestions of a rift with Washington.", "rift"),
    ("He never mentioned austerity.", "austerity"),
    ("Claims of entryism are unfounded, the organiser insists.", "entryism"),
    ("There has never been a split of this kind.", "split"),
    ("There is no sign of a rift between the two leaders.", "rift"),
    ("Far from being divided, the party is united.", "divided"),
    ("Nobody is talking about a coup.", "coup"),
    ("No Labour MP has plotted against him.", "plotted against"),
    ("The whips flatly denied there had been any rebellion.", "rebellion"),
    ("Officials insist there is no rift over tariffs.", "rift"),
    ("The ambassador played down reports of a rift.", "rift"),
    ("It was never a coup, whatever the papers say.", "coup"),
    ("Labour is without a faction worth the name.", "faction"),
]
ASSERTED = [
    ("The party is split over the budget.", "split"),
    # a negated action on the theme is a pledge about it, not a denial of it
    ("We are not going to let poverty pass from parent to child.", "poverty"),
    # a negator in another clause does not reach the cue
    ("He did not hesitate, and the split widened.", "split"),
    ("MPs who never supported the leader are now plotting against him.", "plotting against"),
    ("There is no question of a coup, but the plotters are busy.", "plotters"),
    ("The leader survived because no one wanted an election, and the plot fizzled.", "plot"),
    ("Without delay, the rebels moved against the leader.", "rebels"),
    # emphasis and fixed phrases that only look negative
    ("The party has never been more divided.", "divided"),
    ("The rift could not be wider.", "rift"),
    ("Not only is the party split, it is broke.", "split"),
    ("No doubt the party is split.", "split"),
    ("There is no doubt that the plot was real.", "plot"),
    ("There is no end to the infighting.", "infighting"),
    ("Nobody doubts that the party is split.", "split"),
    # rejecting a policy is a stance on it; a denial that is itself negated asserts
    ("He rejected austerity and called for investment.", "austerity"),
    ("They did not deny the split.", "split"),
    ("She refused to deny the plot.", "plot"),
    ("Not a single MP backed the coup.", "coup"),
]


def _negated(sentence: str, word: str) -> bool:
    i = sentence.index(word)
    return is_negated(sentence, i, i + len(word))


@pytest.mark.parametrize("sentence,word", NEGATED)
def test_denied_or_negated_cue_is_flagged(sentence, word):
    assert _negated(sentence, word)


@pytest.mark.parametrize("sentence,word", ASSERTED)
def test_asserted_cue_is_not_flagged(sentence, word):
    assert not _negated(sentence, word)


def test_negated_paragraph_flag_needs_every_cue_negated():
    text = ("There is no split in the party, his allies insist.\n"
            "There is no split in the party, but the plotters are busy.\n"
            "Far from being a faction, the group is the mainstream, its founder insists.\n")
    table = theme_scores(text, "paragraph", BOOK)
    assert table["party_factionalism_present"].tolist() == [True, True, True]
    assert table["party_factionalism_negated"].tolist() == [True, False, True]


def test_score_negated_precision_recall_hand_made():
    import pandas as pd

    gold = pd.DataFrame({"source": ["f.txt"] * 4, "start": [0, 10, 20, 30],
                         "end": [9, 19, 29, 39], "x": [1, 1, 1, 0],
                         "negated": ["x", "x", "", ""]})
    pred = pd.DataFrame({"source": ["f.txt"] * 4, "start": [0, 10, 20, 30],
                         "end": [9, 19, 29, 39], "x_present": [True, True, True, True],
                         "x_negated": [True, False, True, True]})
    out = score_negated(pred, gold, ["x"])
    # pairs coded by both: rows 0-2; flags: gold {0, 1}, predicted {0, 2}
    assert (out["pairs"], out["both_negated"]) == (3, 1)
    assert out["precision"] == pytest.approx(0.5) and out["recall"] == pytest.approx(0.5)
    assert out["f1"] == pytest.approx(0.5)
    none = score_negated(pred.assign(x_negated=False), gold.assign(negated=""), ["x"])
    assert none["precision"] != none["precision"] and none["recall"] != none["recall"]  # NaN


def test_corpus_negated_flags_agree_with_gold(corpus):
    # the corpus gold lists no negated (paragraph, theme); before round 3 the instrument
    # flagged one ("we are not going to cascade poverty": a pledge, not a denial)
    from helpers.evaluate.validation import load_gold

    out = score_negated(paragraph_themes(corpus), load_gold("themes_v2"))
    assert out["gold_negated"] == 0 and out["pred_negated"] == 0, out


# --------------------------------------------------------------------------- a war named in passing

def test_a_war_named_in_passing_is_not_coded_even_in_an_anchored_article(tmp_path):
    # rule 2 of the guideline: a war named in a list or a career is a mention, also in an
    # article about the war; a statement about the war is coded
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "The war years\n\n"
        "The dossier claimed weapons of mass destruction could be deployed in 45 minutes.\n\n"
        "Weapons inspectors found nothing, and Saddam's regime fell within weeks.\n\n"
        "Her postings took her to Kosovo, to Kabul and to the Iraq war.\n\n"
        "She still defends the invasion of Iraq.\n", encoding="utf-8")
    table = paragraph_themes(load_corpus(folder))
    assert table["iraq_war_intelligence_present"].tolist() == [True, True, False, True]
    assert "weak:Iraq war@" in table["iraq_war_intelligence_evidence"].iloc[2]


def test_a_question_about_the_leaders_survival_is_decided_by_an_anchored_article(tmp_path):
    # rule 3: a question about the subject discusses it. Whether the leader survives a contest
    # is one weak cue: decided by an article about the party's struggle, nothing elsewhere
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Party in turmoil\n\n"
        "Rebel MPs have sent letters of no confidence to the chair of the committee.\n\n"
        "The plotters met again on Tuesday to plan a leadership challenge.\n\n"
        "On the train we wonder whether she can survive as leader of the party.\n\n"
        "The weather was fine.\n", encoding="utf-8")
    (folder / "b.txt").write_text(
        "Town hall\n\nThe library reopened.\n\n"
        "Few doubt that he will survive as leader of the party.\n", encoding="utf-8")
    table = paragraph_themes(load_corpus(folder)).sort_values(["source", "start"])
    assert table["party_factionalism_present"].tolist() == [True, True, True, False,
                                                             False, False]


# --------------------------------------------------------------------------- context and overlap

BOAT_BOOK = """
themes:
  - id: harbour
    terms: [harbour]
    weak_terms: [boats, quay]
    context: [sea]
    exclude: ['\\bsea\\s+shanty\\b']
    article_weak_terms: [boat, mayor]  # "boat" also matches "Boats": another entry
    article_min_units: 2
    article_min_share: 0.3
"""


def _boat_table(tmp_path, text):
    path = tmp_path / "boats.yml"
    path.write_text(BOAT_BOOK, encoding="utf-8")
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)
    (folder / "a.txt").write_text(text, encoding="utf-8")
    return theme_scores(load_corpus(folder), "paragraph", load_codebook(path))


def test_an_excluded_span_does_not_put_the_theme_in_view(tmp_path):
    # "sea" inside an excluded "sea shanty" is not the theme's context (like "post-Iraq" as a
    # date): the weak terms of that paragraph do not count; with "sea" itself they do
    table = _boat_table(tmp_path, "Notes\n\nThe boats by the quay sang a sea shanty.\n\n"
                                  "The boats by the quay put to sea.\n")
    assert table["harbour_weight"].tolist() == [0.0, 1.0]
    assert table["harbour_present"].tolist() == [False, True]


def test_a_word_counts_once_as_weak_and_article_term(tmp_path):
    # an anchored article: "Boats" has no context in its paragraph (dropped weak term, revived
    # by the article) and is an article weak term too; it counts once (0.5), not twice
    table = _boat_table(tmp_path, "Harbour news\n\nThe harbour reopened.\n\n"
                                  "The harbour master waved.\n\nBoats came in late.\n\n"
                                  "Boats and the mayor came in late.\n")
    assert table["harbour_weight"].tolist() == [1.0, 1.0, 0.5, 1.0]
    assert table["harbour_evidence"].iloc[2].count("Boats") == 1


# --------------------------------------------------------------------------- plain words (v4)

_STRUGGLE = ("Party at war\n\n"
             "Rebel MPs have sent letters of no confidence to the chair of the committee.\n\n"
             "The plotters met again on Tuesday to plan a leadership challenge.\n\n"
             "Moderates fear a purge of the hard left.\n\n")

# factionalism told in plain words (round 4): one weak cue each, so an article anchored in the
# struggle decides the paragraph (guideline rule 1b); the cue named must be in the evidence
PLAIN_CUES = [
    ("They lost two elections before Morgan came along, she says.",
     "lost two elections before Morgan"),
    ("Under Hartley, the party won three general elections.",
     "Under Hartley, the party won three general elections"),
    ("His friends say the decline has only accelerated under Okafor.",
     "decline has only accelerated under Okafor"),
    ("The speech drew a furious response from Dale on his blog.", "furious response from"),
    ("The spat between the two women has spilled into the open.", "spat"),
    ("It became a bitter row over who runs the local branch.", "bitter row over"),
    ("\u201cThey were kept outside,\u201d she says of the socialist groups.", "kept outside"),
    ("Her friends were frozen out of the shadow cabinet.", "frozen out of the shadow cabinet"),
    ("Three of them broke ranks on Thursday.", "broke ranks"),
    ("What follows is a power struggle that nobody wins.", "power struggle"),
    ("He voted against his own party's budget.", "his own party"),
    ("It is navel-gazing, says a veteran of the 1980s.", "navel-gazing"),
    ("We spend our time talking about ourselves, she says.", "talking about ourselves"),
]

# near misses of those cues: not coded even in an anchored article (no cue of the theme)
PLAIN_COUNTER = [
    "Can the party win the next election? Nobody here knows.",  # electability, not blame
    "Labour lost two elections in the 1980s.",  # a record with no leader named
    "Under the new rules, the party won more seats.",  # rules, not a leader
    "The council promised a sharp response to the floods.",  # a reaction to events
    "Activists were outside the station at dawn, handing out leaflets.",  # a place
    "A row of terraced houses faces the ground.",
    "He started his own business after university.",
    "The soldiers marched in step across the square.",
]


def _paragraphs(tmp_path, name: str, text: str):
    folder = tmp_path / name
    folder.mkdir()
    (folder / "a.txt").write_text(text, encoding="utf-8")
    return paragraph_themes(load_corpus(folder)).sort_values("start").reset_index(drop=True)


def test_plain_word_cues_are_decided_by_an_anchored_article(tmp_path):
    table = _paragraphs(tmp_path, "cues",
                        _STRUGGLE + "\n\n".join(s for s, _ in PLAIN_CUES) + "\n")
    rows = table.iloc[3:]
    assert len(rows) == len(PLAIN_CUES)
    assert rows["party_factionalism_present"].tolist() == [True] * len(PLAIN_CUES)
    for (sentence, cue), evidence in zip(PLAIN_CUES, rows["party_factionalism_evidence"]):
        assert f"weak:{cue}@" in evidence, (sentence, evidence)


def test_plain_word_near_misses_are_not_coded_in_an_anchored_article(tmp_path):
    table = _paragraphs(tmp_path, "near", _STRUGGLE + "\n\n".join(PLAIN_COUNTER) + "\n")
    assert table["party_factionalism_present"].tolist() == [True] * 3 + [False] * len(
        PLAIN_COUNTER), table["party_factionalism_evidence"].tolist()


def test_one_plain_word_cue_needs_company_outside_an_anchored_article(tmp_path):
    # weak: a party in view and one plain-word cue is not enough in an article about
    # something else (each file below is its own article); two cues, or an explicit
    # "critics within the party", are
    folder = tmp_path / "plain"
    folder.mkdir()
    texts = ["Labour's decline accelerated under Okafor.",
             "He voted against his own party's budget.",
             "The soldiers broke ranks and ran.",
             "Labour's decline accelerated under Okafor, and his own MPs broke ranks.",
             "Critics within the party say the leader has lost touch."]
    for i, text in enumerate(texts):
        (folder / f"{i}.txt").write_text(f"Town news\n\nThe library reopened.\n\n{text}\n",
                                         encoding="utf-8")
    table = paragraph_themes(load_corpus(folder)).sort_values(["source", "start"])
    assert table["party_factionalism_present"].tolist() == [False, False] * 3 + [
        False, True] * 2


def test_own_party_is_not_owning_the_party():
    # "his own party" is a determiner, not a group that owns the party (a takeover): a weak
    # cue, not the takeover pattern (which coded it alone before round 4)
    m = match_themes("He voted against his own party's budget.", BOOK)
    assert m[m["theme"] == "party_factionalism"]["kind"].tolist() == ["weak_term"]
    m = match_themes("The group owns the Labour party now.", BOOK)
    assert m[m["theme"] == "party_factionalism"]["kind"].tolist() == ["pattern"]
