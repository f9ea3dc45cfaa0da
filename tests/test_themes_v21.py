"""Themes version 21 (issue 16): named statement classes of factionalism, British and American.

The classes (``data/lexicons/themes.yml``, PF patterns "v21" (a)-(m), each a named pattern
``{rule: NAME, pattern: REGEX}``) were read from how the coded-factional paragraphs of v5-v12
that the codebook missed express factionalism (docs/notes/themes.md, version 21): a camp of
the party's own people named against one person, the convention turned against a candidate,
a person said to harm his own party, support given only because someone is the party's
nominee, a refusal to rally behind one's own side, attacks on the party's nominating process,
a rift with the party's own organ, a fractured party, someone installed as nominee, an
endorsement bargained for, the party told to back one of its own, dismay at someone as the
party's nominee, the party's organ acting against a candidate. Invented paragraphs only, no
person of any coding; each positive is coded alone with ``rule:NAME@start-end`` in its
evidence (and is not coded by the codebook of version 20);
near misses (a cause or a country after "anti-", protesters, the other party's harm, a
union's talks, a party told to back a bill) give no evidence of the class.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.instruments.themes import load_codebook
from helpers.instruments.themes.codebook import CodebookError
from helpers.instruments.themes.matching import theme_scores

PF = "party_factionalism"


def _coded(text: str) -> tuple[bool, str]:
    """Whether the one paragraph ``text`` is coded for party factionalism, and its evidence."""
    table = theme_scores(text, "paragraph", load_codebook())
    assert len(table) == 1
    return bool(table[f"{PF}_present"].iloc[0]), str(table[f"{PF}_evidence"].iloc[0])


# (invented paragraph, the rule that must code it)
STRONG = [
    # (a) a camp of the party's own people named against one person
    ("Anti-Vance delegates met in a hotel ballroom before the roll call.",
     "anti_person_camp"),
    ("Anti-Starling MPs met in a Commons committee room on Tuesday night.", "anti_person_camp"),
    ("Several MPs have joined the anti-Starling movement inside the party.",
     "anti_person_camp_in_party"),
    ("Anti-Starling forces at the Labour conference plan a card vote on Monday.",
     "anti_person_camp_in_party"),
    # (b) the convention turned against one candidate
    ("Her campaign hopes to lure wavering delegates away from Vance before the vote.",
     "convention_against_candidate"),
    ("Only a few volunteers have come forward to advocate stopping Vance at the convention.",
     "convention_against_candidate"),
    ("Her allies want to block Starling at the Labour conference in September.",
     "convention_against_candidate"),
    # (c) a person said to harm his own party
    ("A former chairman said Vance was steering the Republican Party over a cliff.",
     "harm_to_own_party"),
    ("'This nomination is toxic for our party,' the former strategist said.",
     "harm_to_own_party"),
    # (d) support given only because someone is the party's nominee or leader
    ("'I am voting for him because he is the party nominee, nothing more,' a councillor said.",
     "support_only_as_party_nominee"),
    ("She will campaign for him only because he is the Conservative Party's candidate.",
     "support_only_as_party_nominee"),
    # (e) refusing to rally behind one's own side
    ("Her delegates show no sign of wanting to line up behind the winner.",
     "refusal_to_rally_behind"),
    ("His supporters are refusing to rally around the new leader after the vote.",
     "refusal_to_rally_behind"),
    # (f) the party's nominating or selection process attacked
    ("Vance again attacked the party's delegate selection rules this week.",
     "attack_on_nominating_process"),
    ("Members criticised the leadership election rules at the meeting in Brighton.",
     "attack_on_nominating_process"),
    # (g) a rift between a figure and the party's own organ
    ("The vote exposed a rift between the Senate leader, a veteran of many campaigns, and "
     "the RNC.", "rift_with_party_organ"),
    ("There is a growing breach between the mayor and Labour's national executive.",
     "rift_with_party_organ"),
    # (h) the party said to be fractured
    ("Delegates fear that a fractured party will hand the autumn election to its rivals.",
     "party_fractured"),
    ("The splintered Tory party met again in Manchester.", "party_fractured"),
    # (i) someone installed as the party's nominee or leader
    ("Some donors want to install a governor as the party's nominee instead.",
     "installing_party_nominee"),
    ("Grandees want to install a caretaker as Labour's leader before the summer.",
     "installing_party_nominee"),
    # (j) an endorsement bargained for
    ("Aides to the runner-up opened negotiations over an endorsement on Friday.",
     "endorsement_bargained"),
    # (k) the party told to back one of its own
    ("He told members the party must back Morrow in the autumn.",
     "party_told_to_back_its_own"),
    ("The deputy said Labour must get behind the leader before the election.",
     "party_told_to_back_its_own"),
    # (m) dismay at someone as the party's own nominee or leader
    ("A leading donor voiced horror at the prospect of Vance as the party's nominee.",
     "dismay_at_party_nominee"),
    ("Several MPs spoke of their horror at Starling becoming our leader.",
     "dismay_at_party_nominee"),
    # (n) the party's own organ acting against one of its candidates
    ("Her allies said the DNC's decision against Hollis was made in secret.",
     "party_organ_against_candidate"),
    ("Activists condemned party headquarters' campaign against her in the selection.",
     "party_organ_against_candidate"),
]


@pytest.mark.parametrize("text, rule", STRONG)
def test_v21_class_codes_a_paragraph_alone_and_names_its_rule(text: str, rule: str) -> None:
    coded, evidence = _coded(text)
    assert coded, evidence
    assert f"rule:{rule}@" in evidence, evidence


def test_v21_rule_evidence_gives_the_offsets_of_the_match() -> None:
    text = "Party staff said that anti-Vance delegates met at dawn."
    _, evidence = _coded(text)
    item = next(e for e in evidence.split("; ") if e.startswith("rule:anti_person_camp@"))
    start, end = (int(x) for x in item.split("@")[1].split("-"))
    assert text[start:end] == "anti-Vance delegates"


NEAR_MISSES = [
    "A handful of anti-Brexit MPs tabled an amendment to the bill.",     # a cause
    "The anti-Semitism row dominated the morning papers.",               # a creed
    "Thousands of anti-Vance protesters marched through the city.",      # not the party's
    "Anti-Assad forces took the town after a week of shelling.",         # no party in view
    "Several figures joined the anti-Vance movement last year.",  # no party in view
    "The long drought is bad for the farmers of the valley.",            # not the party
    "The union is in talks about a new pay deal for nurses.",            # no endorsement
    "Democrats must support the bill when it reaches the Senate.",       # a measure
    "The party system is a product of the electoral law.",               # no fracture
    "Voters in the county rallied behind the local team on Sunday.",     # no refusal
    "The committee criticised the bus timetable at its meeting.",        # no nominating rules
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_v21_near_miss_gives_no_v21_evidence(text: str) -> None:
    book = load_codebook()
    rules = {r for t in book.themes for r in t.pattern_rules if r} | {"anti_person_camp_in_party"}
    _, evidence = _coded(text)
    assert not any(f"rule:{r}@" in evidence for r in rules), evidence


# v21 weak cues: each needs company (a second cue, or an article anchored in the theme)
WEAK = [
    ("Republican Senator Halloran withdrew his endorsement after the debate.",
     "withdrew his endorsement"),
    ("Committee members will close ranks before the conference.", "close ranks"),
    ("Insiders still hope a white knight will appear at the convention.", "white knight"),
    ("Some Labour MPs have lost their patience with the leader's office.",
     "lost their patience with"),
]


@pytest.mark.parametrize("text, words", WEAK)
def test_v21_weak_cue_alone_does_not_code(text: str, words: str) -> None:
    coded, evidence = _coded(text)
    assert f"weak:{words}@" in evidence, evidence
    assert not coded


def test_v21_weak_cue_codes_with_company() -> None:
    coded, evidence = _coded("Party elders said the senator withdrew his endorsement of the "
                             "nominee and that a white knight could still emerge.")
    assert coded and "weak:withdrew his endorsement@" in evidence, evidence


def test_party_elites_plural_is_a_weak_cue_and_the_singular_is_none() -> None:
    _, plural = _coded("The party's elites have lost touch with the members.")
    _, singular = _coded("Several of the party's elite donors gave to the fund.")
    assert "weak:elites@" in plural
    assert "elite" not in singular


def test_delegates_breaking_with_one_person_is_a_revolt() -> None:
    coded, evidence = _coded("Dozens of delegates say they will break with Vance if a second "
                             "round of voting comes.")
    assert coded and "rule:revolt_among_party_members@" in evidence, evidence
    coded_uk, evidence_uk = _coded("Several Labour MPs are ready to rebel against Starling "
                                   "over the budget.")
    assert coded_uk and "rule:revolt_among_party_members@" in evidence_uk, evidence_uk


def test_a_party_healing_itself_is_the_division() -> None:
    coded, evidence = _coded("Few insiders think the GOP can heal itself before November.")
    assert coded and "heal itself" in evidence.lower(), evidence


def _write_codebook(tmp_path: Path, pattern: object) -> Path:
    import yaml
    path = tmp_path / "book.yml"
    path.write_text(yaml.safe_dump({"themes": [{"id": "t", "label": "T", "definition": "d",
                                                "patterns": [pattern]}]}), encoding="utf-8")
    return path


def test_a_named_pattern_loads_with_its_rule_and_a_plain_one_without(tmp_path: Path) -> None:
    book = load_codebook(_write_codebook(tmp_path, {"rule": "my_rule", "pattern": r"\bfoo\b"}))
    theme = book.themes[0]
    assert theme.patterns == (r"\bfoo\b",) and theme.pattern_rules == ("my_rule",)
    table = theme_scores("A foo here, and more words after it.", "paragraph", book)
    assert table["t_evidence"].iloc[0] == "rule:my_rule@2-5"
    plain = load_codebook(_write_codebook(tmp_path, r"\bfoo\b")).themes[0]
    assert plain.pattern_rules == ("",)


@pytest.mark.parametrize("bad", [
    {"rule": "Bad Name", "pattern": "x"},          # not snake_case
    {"rule": "ok", "pattern": ""},                 # empty regex
    {"rule": "ok", "pattern": "x", "weight": 2},   # unknown key
    {"pattern": "x"},                              # no name
])
def test_a_malformed_named_pattern_is_refused(bad: object, tmp_path: Path) -> None:
    with pytest.raises(CodebookError):
        load_codebook(_write_codebook(tmp_path, bad))


def test_v21_rules_name_no_person() -> None:
    """The v21 classes are general: no surname of a person stands in any of their regexes."""
    book = load_codebook()
    theme = next(t for t in book.themes if t.id == PF)
    regexes = [p for p, r in zip(theme.patterns, theme.pattern_rules) if r]
    # 13 named in v21; v29 added three British classes (pressure_from_own_side,
    # own_side_against_leader, succession_to_the_leader), also naming no person; v30 one
    # more (party_mps_press_leader), naming no person either; v31 one more
    # (party_mps_press_no10, split from it), naming no person either; v35 one more
    # (leaders_mps_write_to_leader), naming no person either
    assert len(regexes) == 19
    for surname in ("Trump", "Clinton", "Sanders", "Cruz", "Ryan", "Corbyn", "Kasich"):
        assert not any(surname in p for p in regexes), surname
