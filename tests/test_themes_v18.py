"""Themes version 18: factionalism classes from the v5-v10 misses, British and American.

The classes (``data/lexicons/themes.yml``, PF patterns "v18" (a)-(e) and the co-occurrence
``conflict_with_fellow_partisans``) were read from how the coded-factional paragraphs the
codebook missed express factionalism (docs/notes/themes.md, version 18): a drive to keep
someone from the party's own nomination or leadership, a camp named for stopping one person,
the party itself said to be divided or coming together, a member against his own party's
stance, the party machinery said to serve the few. Invented sentences only, each strong cue
codes a paragraph alone (evidence checked), in UK and US wording; near misses (the presidency,
a court nominee, the other party, a bare "the nominee", a country's domestic vote compared
with another's) give no evidence of the class. Also the two SR causes of version 18: an
ambassador to Washington with no British side, and two countries' domestic politics compared.
"""

from __future__ import annotations

import pytest

from helpers.instruments.themes import load_codebook
from helpers.instruments.themes.matching import theme_scores

PF = "party_factionalism"
SR = "special_relationship"


def _coded(text: str, theme: str = PF) -> tuple[bool, str]:
    """Whether the one paragraph ``text`` is coded for ``theme``, and its evidence (lower)."""
    table = theme_scores(text, "paragraph", load_codebook())
    assert len(table) == 1
    return (bool(table[f"{theme}_present"].iloc[0]),
            str(table[f"{theme}_evidence"].iloc[0]).lower())


# (invented paragraph, a piece of the evidence the v18 cue must produce)
STRONG = [
    # (a) kept from the party's own nomination or leadership
    ("Activists met in a hotel to plan how to deny Mr. Vance the Republican nomination.",
     "deny mr. vance the republican nomination"),
    ("Donors are pouring money into ads meant to halt her march toward the party's nomination.",
     "halt her march toward the party's nomination"),
    ("Some ministers want to stop the home secretary from becoming Tory leader.",
     "stop the home secretary from becoming tory leader"),
    ("Her allies vowed to block him from winning the Labour leadership.",
     "block him from winning the labour leadership"),
    # (b) a camp named for stopping one person
    ("The stop-Harlow campaign has found a new leader in the former governor.",
     "stop-harlow campaign"),
    ("Members of the Never Quint movement met in Denver on Tuesday.",
     "never quint movement"),
    # (c) the party itself divided, in disarray, coming together
    ("The Conservative Party is now deeply divided over the customs union.",
     "conservative party is now deeply divided"),
    ("Labour was in a state of open revolt on Monday night.",
     "labour was in a state of open revolt"),
    ("The GOP could still come together before the summer, the chairman said.",
     "gop could still come together"),
    ("The vote laid bare the party divisions over immigration.", "party divisions"),
    ("Senator seeks to unify party after bruising primary", "unify party"),
    # (d) against one's own party's stance or line
    ("Three Democratic senators object to their party's stance on trade.",
     "object to their party's stance"),
    ("The MP openly rejected her own party's manifesto on housing.",
     "rejected her own party's manifesto"),
    # (e) the party's machinery said to serve the few
    ("The insurgent says the system gives too much power to party elites.",
     "power to party elites"),
    ("He complained that party officials were trying to protect Ms. Rowe by scheduling debates "
     "on weekends.", "party officials were trying to protect"),
    ("The candidate told a rally he was very disappointed in the RNC.",
     "disappointed in the rnc"),
    ("Activists say they are furious with party headquarters over the shortlist.",
     "furious with party headquarters"),
]


@pytest.mark.parametrize("text, evidence", STRONG)
def test_v18_class_cue_codes_a_paragraph_alone(text: str, evidence: str) -> None:
    coded, found = _coded(text)
    assert coded, found
    assert evidence in found, found


def test_members_of_his_party_against_him_code_without_own() -> None:
    """'Members of his party' (no 'own') with a conflict verb is the leader's own side."""
    coded, found = _coded("Dozens of members of his party condemned the president's raids "
                          "in a letter on Monday.")
    # no "own" and no "fellow": only the v18 group can have fired the rule
    assert coded and "rule:conflict_with_fellow_partisans" in found, found
    coded, found = _coded("Dozens of members of his party attended the dinner on Monday.")
    assert not coded, found


# near misses: no evidence of the v18 classes may appear
NEAR = [
    # the presidency, a court nominee, a bare "the nominee" (the other party's wish too)
    "Democrats hope to stop the senator from winning the presidency in November.",
    "Senate Republicans blocked the president's nominee for the court.",
    "The Republicans are desperate to prevent me from becoming the nominee, she said.",
    "He was asked whether he would stop her from becoming leader of the free world.",
    # a stop campaign that is no person's camp, a plain "never"
    "Volunteers joined the stop smoking campaign at the clinic.",
    "Never again, the mayor said of the flooding.",
    # something other than a party divided; unity of the country
    "The jury was divided over the verdict.",
    "The bill would unify the country's rail network.",
    "The family could still come together for the holidays.",
    # the other party's stance; a party's power in Parliament
    "Three Democratic senators object to the Republican stance on trade.",
    "The reform gives more power to Parliament.",
    "Party leaders moved to protect Senate candidates from the fallout.",
    "She was disappointed in the result of the match.",
]


@pytest.mark.parametrize("text", NEAR)
def test_v18_near_miss_gives_no_class_evidence(text: str) -> None:
    coded, found = _coded(text)
    assert not coded, found
    for piece in ("nomination", "stop", "never", "divided", "unify", "come together",
                  "stance", "elites", "protect", "disappointed"):
        assert piece not in found, found


def test_uk_envoy_to_washington_needs_a_british_side() -> None:
    """An ambassador to Washington is the relation only with a UK actor in the paragraph."""
    coded, found = _coded("She was Mexico's ambassador to Washington from 2007 to 2013.", SR)
    assert not coded, found
    coded, found = _coded("He was Britain's ambassador to Washington when the war began.", SR)
    assert coded and "ambassador to washington" in found, found


def test_domestic_votes_of_two_countries_compared_are_not_the_relation() -> None:
    """A country named as the place of its own vote or party is no UK-US dealing."""
    coded, found = _coded("The forces that won the referendum in Britain should alarm the "
                          "Democratic Party in the United States, the senator wrote.", SR)
    assert not coded, found
    # the pair dealing with each other still codes
    coded, found = _coded("Britain and the United States signed the accord on Tuesday.", SR)
    assert coded, found


def test_a_party_dividing_something_is_not_divided() -> None:
    """'Divided' or 'split' with an object is what the party does to something else."""
    for text in ("Labour split the vote into two halves.",
                 "The Republican Party divided its donors into three tiers."):
        coded, found = _coded(text)
        assert not coded, found
    coded, found = _coded("Labour split over the customs union last night.")
    assert coded and "labour split" in found, found


# round 2: strong cues (displeasure, unease or dissent inside the party; a wing pulling it;
# the party unifying; superdelegates urged to switch; distancing from the nominee)
STRONG_2 = [
    ("The decision rankled many in the party, especially on the left.",
     "rankled many in the party"),
    ("The prime minister is trying to calm fears within his own party about the deal.",
     "fears within his own party"),
    ("There is growing dissent inside the party over the leader's tax plan.",
     "dissent inside the party"),
    ("Grassroots members have long wanted to move the party to the left on housing.",
     "move the party to the left"),
    ("The governor faces a challenge from the progressive wing of the Democratic Party.",
     "challenge from the progressive wing of the"),
    ("It is the party unifying at last, a senior Tory said.", "party unifying"),
    ("His campaign urged superdelegates pledged to her to switch their support.",
     "superdelegates pledged to her to switch"),
    ("Several senators have distanced themselves from the presumptive nominee.",
     "distanced themselves from the presumptive nominee"),
]


@pytest.mark.parametrize("text, evidence", STRONG_2)
def test_v18_round_two_cue_codes_a_paragraph_alone(text: str, evidence: str) -> None:
    coded, found = _coded(text)
    assert coded, found
    assert evidence in found, found


# round 2: weak cues code with a party in view and a second weak cue, not alone
WEAK_2 = [
    ("Her decision to hold off on backing him has not sat well with a number of Democrats.",
     "not sat well with"),
    ("Some delegates want to change the convention rules before the ballot.",
     "change the convention rules"),
    ("It is a rigged, dirty system, the candidate told supporters.", "rigged, dirty system"),
    ("Advisers warn the party against tacking too far left.", "tacking too far left"),
]
SECOND = " The party establishment is watching."


@pytest.mark.parametrize("text, evidence", WEAK_2)
def test_v18_round_two_weak_cue_needs_company(text: str, evidence: str) -> None:
    coded, found = _coded(text + SECOND)
    assert coded and evidence in found, found
    alone, found_alone = _coded(text.replace("party", "group").replace("Democrats", "people"))
    assert not alone, found_alone


NEAR_2 = [
    "The referee's split decision angered many in the crowd.",
    "Proceeds are split between the campaign and the party.",
    "There are concerns in the party about the economy's slowdown.",
    "The coach wants to move the team to the left side of the pitch.",
    "Fears within the army grew after the coup.",
]


@pytest.mark.parametrize("text", NEAR_2)
def test_v18_round_two_near_miss(text: str) -> None:
    coded, found = _coded(text)
    assert not coded, found



def test_v18_round_three_establishment_hostility_and_my_own_party() -> None:
    """The party establishment hostile to a candidate codes alone; 'my own party' is a party."""
    coded, found = _coded("Both insurgents are viewed with suspicion by the Republican "
                          "establishment.")
    assert coded and "suspicion by the republican establishment" in found, found
    coded, found = _coded("I have faced attacks from establishment figures in my own party.")
    assert coded and "establishment figures in my own party" in found, found
    coded, found = _coded("The plan was met with suspicion by the Washington establishment.")
    assert not coded, found


def test_v18_round_three_weak_cues_need_company() -> None:
    """Keeping away from the nominee, who should lead the party instead: weak."""
    for text, piece in (("Many will stay as far away as possible from him.",
                         "stay as far away as possible"),
                        ("They cannot agree who should lead the party instead.",
                         "who should lead the party instead")):
        coded, found = _coded(text)
        assert not coded, found
        coded, found = _coded(text + SECOND)
        assert coded and piece in found, found


@pytest.mark.parametrize("text", [
    "Party leaders hope the challenger will tone down his attacks on the front-runner.",
    "Senior party figures have urged the chancellor to step aside before the conference.",
])
def test_party_leaders_pressing_a_candidate_code(text: str) -> None:
    coded, found = _coded(text)
    assert coded and "rule:party_leaders_press_a_candidate" in found, found


@pytest.mark.parametrize("text", [
    "Party leaders hope the rain will soften the ground before the fete.",
    "The coach told the party leaders' sons to step aside for the photographers.",
    "Party leaders met the union, which wants to lay off no one.",
])
def test_party_leaders_near_misses(text: str) -> None:
    coded, found = _coded(text)
    assert not coded, found


def test_party_officials_said_to_protect_a_quoted_candidate() -> None:
    """A scare-quoted verb ("protect") still names the machinery serving one candidate."""
    coded, found = _coded('He said party officials were trying to "protect" Ms. Rowe.')
    assert coded and "protect" in found, found
