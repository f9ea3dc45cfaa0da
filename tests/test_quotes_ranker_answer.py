"""Unit tests (invented text) for the chooser's answer and reply rows (issue 13, ranker round 6): a
paragraph that is nothing but a quotation with no cue of its own, right after a quoted question
of a known speaker, is the other party's answer; when the rules gave it to someone other than
the asker, the chooser is offered no rival (``answer`` in :data:`.ranker_candidates.SETTLED`);
nor is it for a reply (``"…," he replied``) the rules gave to someone other than the previous
speaker (``reply``)."""

from __future__ import annotations

from ranker_rows import row_candidates

from helpers.instruments.quotes import extract_quotes_text
from helpers.instruments.quotes import ranker_candidates as rc
from helpers.instruments.quotes.names import canonical_key

_DIALOGUE = ('"Where were you that night?" the inspector asked Sam Ode.\n\n'
             '"At the depot until ten," Ode replied.\n\n'
             'The inspector wrote it down. "Did anyone see you?" Lena Vark asked.\n\n'
             '"The night guard did."\n')


def test_an_uncued_answer_is_settled_for_the_other_party() -> None:
    cands = row_candidates(_DIALOGUE, "The night guard")
    assert [c.speaker for c in cands] == ["Sam Ode"]


def test_without_the_settled_answer_the_asker_is_a_rival(monkeypatch) -> None:
    # the control: the same row, offered its rivals, has the asker among them
    monkeypatch.setattr(rc, "SETTLED", ("own-cue", "cued-chain", "near-antecedent"))
    speakers = [c.speaker for c in row_candidates(_DIALOGUE, "The night guard")]
    assert speakers[0] == "Sam Ode" and "Lena Vark" in speakers


def test_the_chooser_does_not_give_the_answer_to_the_asker() -> None:
    q = extract_quotes_text(_DIALOGUE, ranker="learned")
    r = q[q["text"].str.startswith("The night guard")].iloc[0]
    assert r["speaker"] == "Sam Ode"


def _asker(text: str, start: str) -> str:
    """:func:`.ranker_candidates.asker_of` of the speech row starting ``start`` and the speech
    row before it (paragraph indices as the chooser's pass is given them)."""
    got: list = []

    def grab(rows: list, para_spans: list, art) -> None:
        para_of = {id(r): pi for pi, prow in para_spans for r in prow}
        speech = sorted((r for r in rows if r.kind == "speech" and id(r) in para_of),
                        key=lambda r: r.span.start)
        for prev, row in zip(speech, speech[1:]):
            if text[row.span.start:row.span.end].startswith(start):
                got.append(rc.asker_of(row, prev, para_of[id(row)], para_of[id(prev)], art))

    extract_quotes_text(text, ranker=grab)
    assert len(got) == 1
    return got[0]


def test_the_asker_is_the_speaker_of_the_question_before() -> None:
    assert _asker(_DIALOGUE, "The night guard") == canonical_key("Lena Vark")


def test_a_question_after_a_question_is_no_answer() -> None:
    assert _asker(_DIALOGUE.replace('"The night guard did."', '"Why do you ask?"'),
                  "Why do you") == ""


def test_a_quotation_with_narration_in_its_paragraph_is_no_lone_answer() -> None:
    text = _DIALOGUE.replace('"The night guard did."', 'He paused. "The night guard did."')
    assert _asker(text, "The night guard") == ""


_REPLY = ('Ivo Dunne met his brother, Piet Dunne, at the quay. "You are late," Piet said. '
          '"The ferry was slow," he replied.\n')


def test_a_reply_the_rules_give_to_another_is_settled() -> None:
    cands = row_candidates(_REPLY, "The ferry")
    assert [c.speaker for c in cands] == ["Ivo Dunne"]


def test_without_the_settled_reply_the_previous_speaker_is_a_rival(monkeypatch) -> None:
    monkeypatch.setattr(rc, "SETTLED", ("own-cue", "cued-chain", "near-antecedent", "answer"))
    speakers = [c.speaker for c in row_candidates(_REPLY, "The ferry")]
    assert speakers[0] == "Ivo Dunne" and "Piet Dunne" in speakers
