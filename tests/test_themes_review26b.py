"""Review 26b: guards for the continuation rule of themes version 39.

Version 39 codes a party-factionalism paragraph that replies to the question the previous
paragraph ends on. These guards keep it to replies: the question must be put to someone
(closed inside a quotation, or the interviewer's labelled turn), not the writer's own question
or a heading. Every sentence is invented.
"""

from __future__ import annotations

import pytest

from tests.theme_paragraphs import FACTION_ARTICLE, PF, paragraph_table


def _last(paragraphs: list[str]) -> tuple[bool, str]:
    """Whether the last of ``paragraphs`` (one article) is coded for PF, and its evidence."""
    table = paragraph_table("\n".join(paragraphs))
    assert len(table) == len(paragraphs)
    assert table[f"{PF}_present"].tolist()[:len(FACTION_ARTICLE)] == [True] * len(
        FACTION_ARTICLE)
    return bool(table[f"{PF}_present"].iloc[-1]), str(table[f"{PF}_evidence"].iloc[-1])


def _own(paragraph: str) -> None:
    """The question paragraph is coded on its own evidence (so the guard tests the reply)."""
    table = paragraph_table("\n".join(FACTION_ARTICLE + [paragraph]))
    evidence = str(table[f"{PF}_evidence"].iloc[-1])
    assert bool(table[f"{PF}_present"].iloc[-1])
    assert any(e.startswith(("term:", "rule:", "pattern:")) for e in evidence.split("; "))


@pytest.mark.parametrize(("question", "reply"), [
    # the writer's rhetorical question, then a new topic
    ("The deputy leader is squeezed by the left. But is anyone still listening to the "
     "party's rebels?",
     "Meanwhile, the Chancellor told reporters that growth had picked up in the spring."),
    ("The deputy leader is squeezed by the left. But is anyone still listening to the "
     "party's rebels?",
     "The weather in Brighton, forecasters said, would be dry for the conference."),
    ("The deputy leader is squeezed by the left. But is anyone still listening to the "
     "party's rebels?",
     "\u201cThe trains are a disgrace,\u201d a commuter told me at Euston."),
    # a heading-like line that ends on a question
    ("What Next for Labour\u2019s Rebels?",
     "Senior backbenchers told the New Statesman they would wait until the autumn."),
])
def test_the_writers_own_question_has_no_reply(question: str, reply: str) -> None:
    _own(question)
    coded, evidence = _last(FACTION_ARTICLE + [question, reply])
    assert not coded and "continuation" not in evidence


@pytest.mark.parametrize(("question", "reply"), [
    ("The chair turned to the deputy leader. \u201cWill you rule out a leadership "
     "challenge?\u201d", "\u201cNot this week,\u201d she said."),
    ("The chair turned to the deputy leader. \u2018Will you rule out a leadership "
     "challenge?\u2019", "\u2018Not this week,\u2019 she said."),
    ("NS: Will the left mount a leadership challenge this year?",
     "Hartley: I would not rule it out."),
])
def test_a_question_put_to_someone_still_has_its_reply(question: str, reply: str) -> None:
    coded, evidence = _last(FACTION_ARTICLE + [question, reply])
    assert coded and "rule:continuation_reply@" in evidence


@pytest.mark.parametrize(("question", "reply"), [
    # coded on its first words, the paragraph ends by asking something else
    ("The rebels\u2019 spokesman put it bluntly: \u201cIs the leadership challenge still on? "
     "Of course it is.\u201d Then he asked me, \u201cAre you coming to the pub?\u201d",
     "\u201cNo,\u201d I said."),
    ("The leadership challenge was on everyone\u2019s lips in the tea room. Then the whip "
     "turned to me. \u201cIs the coffee any good here?\u201d",
     "\u201cTerrible,\u201d I told him."),
    ("The rebels say the leader has lost the party\u2019s trust. \u201cWas there a "
     "leadership challenge?\u201d I asked her at lunch. \u201cAnd was the soup cold?\u201d",
     "\u201cI had a sandwich,\u201d she said of the lunch."),
])
def test_a_question_off_the_theme_has_no_reply(question: str, reply: str) -> None:
    _own(question)
    coded, evidence = _last(FACTION_ARTICLE + [question, reply])
    assert not coded and "continuation" not in evidence


@pytest.mark.parametrize(("question", "reply"), [
    # the theme in the quotation's own sentence, before the question
    ("The chair turned to the deputy leader: \u201cThe left wants a leadership challenge. "
     "Will you stand?\u201d", "\u201cNot this year,\u201d she said."),
    # the theme in the frame of the sentence the question is quoted in
    ("Asked whether there would be a leadership challenge, the leader said: \u201cWhy would "
     "there be?\u201d", "\u201cWe\u2019ll see,\u201d replied a backbencher."),
    # an interviewer's turn: the theme before the question
    ("NS: The left says you are too cautious to mount a leadership challenge. Is that fair?",
     "Hartley: I would not rule it out."),
])
def test_a_question_on_the_theme_keeps_its_reply(question: str, reply: str) -> None:
    coded, evidence = _last(FACTION_ARTICLE + [question, reply])
    assert coded and "rule:continuation_reply@" in evidence


@pytest.mark.parametrize(("question", "reply"), [
    # the interviewer's second turn is no answer
    ("NS: Is the left plotting a leadership challenge?",
     "NS: Let me put it another way, since you are smiling."),
    # a line of the page after a quoted question, not a speaker's label
    ("The chair turned to the deputy leader. \u201cWill you rule out a leadership "
     "challenge?\u201d", "Read More: Why the Tories cannot stop fighting each other"),
    ("The chair turned to the deputy leader. \u201cWill you rule out a leadership "
     "challenge?\u201d",
     "Update: This article was amended on 3 May to correct the spelling of a name."),
])
def test_a_label_answers_only_another_speakers_labelled_question(question: str,
                                                                 reply: str) -> None:
    _own(question)
    coded, evidence = _last(FACTION_ARTICLE + [question, reply])
    assert not coded and "continuation" not in evidence


@pytest.mark.parametrize(("question", "reply", "span"), [
    ("The chair turned to the deputy leader. \u201cWill you rule out a leadership "
     "challenge?\u201d",
     "\u201cMore than enough!\u201d shouted a backbencher. The Speaker glared.",
     "\u201cMore than enough!\u201d"),
    ("NS: Will the left mount a leadership challenge this year?",
     "Hartley: I would not rule it out.", "Hartley:"),
])
def test_the_reply_evidence_spans_the_opening(question: str, reply: str, span: str) -> None:
    source = "\n".join(FACTION_ARTICLE + [question, reply])
    coded, evidence = _last(FACTION_ARTICLE + [question, reply])
    assert coded
    entry = next(e for e in evidence.split("; ") if e.startswith("rule:continuation_reply@"))
    start, end = (int(x) for x in entry.rsplit("@", 1)[1].split("-"))
    assert source[start:end] == span
