"""Unit tests (invented text) for the quote rules of issue 13, round 18: given names from the
US census lists (with the names that are also words or surnames counting only before a
surname), label lines and phrasal verbs of saying."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from helpers.instruments.quotes.lexicon import _first_names, opens_name
from helpers.instruments.quotes.mentions import _gender_of
from tests.test_quotes_round13 import _row

_ROOT = Path(__file__).resolve().parents[1]


def _build_module():
    spec = importlib.util.spec_from_file_location(
        "build_first_names", _ROOT / "scripts" / "build_first_names.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_she_takes_the_woman_whose_given_name_only_the_census_knows() -> None:
    # before round 18 neither Darlene nor Ted was a listed given name: both were of unknown
    # gender and `she` took the nearer one, the man
    text = ("Darlene Voss opened the hearing on the bridge. Ted Marsh, the engineer, sat beside "
            "her with the drawings.\n\n\"The steel is sound,\" she said.\n")
    r = _row(text, "The steel is sound")
    assert r.speaker == "Darlene Voss"


def test_a_census_name_that_is_a_word_or_surname_counts_only_before_a_surname() -> None:
    assert {"Darlene", "Grant", "Clinton"} <= set(_first_names())
    assert opens_name(["Grant", "Pellow"]) and opens_name(["Darlene"])
    # a bare surname (Clinton), a name before an organisation word or a sentence word: no
    assert not opens_name(["Clinton"])
    assert not opens_name(["Grant", "Party"])
    assert not opens_name(["Young", "The"])
    assert _gender_of(["Clinton"]) == "u" and _gender_of(["Clinton", "Ames"]) == "m"
    assert _gender_of(["Darlene"]) == "f"


def test_a_bare_surname_that_is_a_census_given_name_keeps_a_she() -> None:
    # guard: `Clinton` alone is the surname of the woman named before; it must not become a
    # man through the census list (Clinton is a male given name there)
    text = ("Nora Clinton toured the plant on Monday.\n\nClinton met the workers. \"We will "
            "keep the plant open,\" she said.\n")
    r = _row(text, "We will keep")
    assert r.speaker.endswith("Clinton")


def test_the_build_script_rules_on_an_invented_census(tmp_path: Path) -> None:
    mod = _build_module()
    (tmp_path / "dist.male.first").write_text(
        "ORLO           2.000  2.000      1\nROBIN          1.000  3.000      2\n"
        "GRANT          0.300  3.300      3\nWEXLER         0.100  3.400      4\n"
        "QUILL          0.300  3.900      5\n")
    (tmp_path / "dist.female.first").write_text(
        "PERDITA        2.000  2.000      1\nROBIN          0.900  2.900      2\n"
        "ORLO           0.100  3.000      3\nJUNE           0.050  3.050      4\n")
    (tmp_path / "dist.all.last").write_text("WEXLER         0.500  0.500      1\n"
                                            "ROBINSON       0.400  0.900      2\n")
    brill = tmp_path / "en-lexicon.txt"
    brill.write_text(";;; header\ngrant NN VB\nGrant NNP\n")
    hand = [{"name": "Perdita", "gender": "m"}, {"name": "Ysolde", "gender": "f"}]
    rows = {r["name"]: r for r in mod.build(tmp_path, brill, 3.5, hand)}
    assert rows["Orlo"]["gender"] == "m"            # 2.0 against 0.1: dominant
    assert rows["Robin"]["gender"] == "u"           # 1.0 against 0.9: neither dominates
    assert rows["Robin"]["use"] == "any" and rows["Orlo"]["use"] == "any"
    assert rows["Grant"]["use"] == "first"          # an English word
    assert rows["Wexler"]["use"] == "first"         # a census surname
    assert "Quill" not in rows                      # beyond the 3.5 % cut
    assert "June" not in rows                       # a month: the project lists it
    assert rows["Perdita"]["gender"] == "f"         # the census clearly disagrees
    assert rows["Ysolde"] == {"name": "Ysolde", "gender": "f", "use": "any", "source": "hand"}


def test_a_label_after_the_previous_quotation_names_the_next_speaker() -> None:
    # `Ruiz: "…" Hale: "…"` (a digest of two people's words): before round 18 the second
    # quotation continued Ruiz's
    text = ("Two mayors answered the question about the ferry.\n\nRuiz: \"We will keep the ferry "
            "running.\" Hale: \"The ferry costs too much.\"\n")
    assert _row(text, "We will keep").speaker == "Ruiz"
    r = _row(text, "The ferry costs")
    assert (r.speaker, r.attribution) == ("Hale", "pre-cue")


def test_a_label_at_the_paragraph_start_still_names_the_speaker() -> None:
    # guard: the label that opens the paragraph (round 17 and before)
    text = "The ferry vote was close.\n\nHale: \"The ferry costs too much.\"\n"
    r = _row(text, "The ferry costs")
    assert (r.speaker, r.attribution) == ("Hale", "pre-cue")


_PORT = "Odile Ruiz met Dana Hale at the port.\n\n"


def test_shot_back_and_fired_back_are_verbs_of_saying_before_and_after() -> None:
    r = _row(_PORT + "\"The ferry costs too much,\" Hale shot back.\n", "The ferry costs")
    assert (r.speaker, r.cue, r.attribution) == ("Dana Hale", "shoot", "post-cue")
    text = _PORT + "\"We keep the ferry,\" Ruiz said. Hale shot back, \"It costs too much.\"\n"
    r = _row(text, "It costs too much")
    assert (r.speaker, r.cue, r.attribution) == ("Dana Hale", "shoot", "pre-cue")
    r = _row(_PORT + "Hale fired back: \"The ferry costs too much.\"\n", "The ferry costs")
    assert (r.speaker, r.cue) == ("Dana Hale", "fire")


def test_pointed_out_that_is_a_pre_cue() -> None:
    r = _row(_PORT + "Hale pointed out that \"the ferry costs too much.\"\n", "the ferry costs")
    assert (r.speaker, r.cue, r.attribution) == ("Dana Hale", "point", "pre-cue")


def test_went_on_after_the_quotation_only() -> None:
    text = _PORT + "\"We keep the ferry,\" Ruiz said. \"It is our lifeline,\" she went on.\n"
    r = _row(text, "It is our lifeline")
    assert (r.cue, r.attribution) == ("go", "post-cue")
    # guard: before a quotation `went on` is narration, not a cue with `the night` as speaker
    r = _row(_PORT + "As the night went on, \"The ferry costs too much,\" Hale said.\n",
             "The ferry costs")
    assert (r.speaker, r.cue) == ("Dana Hale", "say")


def test_a_post_cue_does_not_reach_past_a_sentence_end() -> None:
    # `"…" for the families. Hale shot back, "…"`: the verb after the full stop is the next
    # quotation's cue; before round 18 the pre-modifier run of the post-cue pattern crossed
    # the sentence end and gave the first quotation to Hale
    text = ("Odile Ruiz debated Dana Hale at the port.\n\nWhen Hale attacked the plan, Ruiz said "
            "\"I saved the ferry twice\" for the island families. Hale shot back, \"You sold "
            "it.\"\n")
    r = _row(text, "I saved the ferry")
    assert (r.speaker, r.attribution) == ("Odile Ruiz", "pre-cue")
    assert _row(text, "You sold it").speaker == "Dana Hale"
