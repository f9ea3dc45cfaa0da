"""Unit tests (invented text) for the chooser's agreement features (issue 13, ranker round 5):
a pronoun cue's candidates are described by whether they agree with the pronoun in gender and
person vs thing, and by whether they are the subject of the quotation's sentence or the one
before it in the same paragraph; a candidate that clearly disagrees is not offered."""

from __future__ import annotations

from ranker_rows import row_candidates

from helpers.instruments.quotes import extract_quotes_text
from helpers.instruments.quotes import ranker_candidates as rc
from helpers.instruments.quotes import ranker_features as rf
from helpers.instruments.quotes.ranker_features import FEATURES, Candidate


def _f(c: Candidate, name: str) -> float:
    return c.features[FEATURES.index(name)]


def _by_speaker(cands: list[Candidate]) -> dict[str, Candidate]:
    return {c.speaker: c for c in cands}


_IT_TEXT = ("Ana Colt runs the harbour board.\n\n"
            "As for Ms. Colt, the staff letter noted that morale had fallen.\n\n"
            "\"Only one in four trust the board,\" it added.\n")


def test_it_agrees_with_a_document_and_not_with_a_person(monkeypatch) -> None:
    monkeypatch.setattr(rf, "HARD_AGREEMENT", False)
    cands = _by_speaker(row_candidates(_IT_TEXT, "Only one"))
    assert _f(cands["the staff letter"], "agrees_known") == 1.0
    assert _f(cands["the staff letter"], "clashes_known") == 0.0
    assert _f(cands["Ana Colt"], "clashes_known") == 1.0
    assert _f(cands["Ana Colt"], "agrees_known") == 0.0


def test_a_person_is_not_offered_for_it(monkeypatch) -> None:
    monkeypatch.setattr(rf, "HARD_AGREEMENT", True)
    speakers = [c.speaker for c in row_candidates(_IT_TEXT, "Only one")]
    assert speakers[0] == "the staff letter" and "Ana Colt" not in speakers


def test_the_chooser_keeps_the_document_for_it() -> None:
    q = extract_quotes_text(_IT_TEXT, ranker="learned")
    assert q[q["kind"] == "speech"]["speaker"].iloc[-1] == "the staff letter"


_HE_TEXT = ('Mayor Ana Ruiz spoke first at the meeting.\n\nTom Becker said the plan was late. '
            'Then Joe Pratt stood up. "We cannot wait any longer for this," he said.\n')


def test_the_subject_of_the_sentence_before_is_marked(monkeypatch) -> None:
    monkeypatch.setattr(rc, "SETTLED", ("own-cue", "cued-chain"))
    cands = _by_speaker(row_candidates(_HE_TEXT, "We cannot"))
    joe, tom = cands["Joe Pratt"], cands["Tom Becker"]
    assert joe.is_rule
    assert _f(joe, "pronoun_subject_previous_sentence") == 1.0
    assert _f(joe, "pronoun_subject_near_compatible") == 1.0
    # two sentences back: neither the same nor the previous sentence
    assert _f(tom, "pronoun_subject_previous_sentence") == 0.0
    assert _f(tom, "pronoun_subject_same_sentence") == 0.0


def test_an_unknown_gender_is_no_mismatch() -> None:
    text = ('Kit Marlo opened the hearing.\n\nLater Quen Dasso spoke. '
            '"We will appeal," she said.\n')
    cands = _by_speaker(row_candidates(text, "We will"))
    for c in cands.values():
        if c.speaker:
            assert _f(c, "clashes_known") == 0.0, c.speaker


def test_a_man_clashes_with_she_and_is_not_offered() -> None:
    text = ('Mr. Tom Becker opened the hearing.\n\nMs. Ana Ruiz spoke next. '
            '"We will appeal," she said.\n')
    speakers = [c.speaker for c in row_candidates(text, "We will")]
    assert speakers[0] == "Ana Ruiz" and "Tom Becker" not in speakers


def test_no_agreement_features_without_a_pronoun_cue() -> None:
    text = 'Tom Becker spoke. "We will appeal," said Ana Ruiz.\n'
    for c in row_candidates(text, "We will"):
        assert _f(c, "agrees_known") == _f(c, "clashes_known") == 0.0


_BO_TEXT = ("Governor Paul Hardy held a news conference.\n\n"
            "Bo Kim, the chairman of the party, said Hardy had taken on Sen. Joe Park, who "
            "is in a tough race. \"It has not worked for him,\" he said.\n")


def test_a_near_antecedent_settles_the_row_when_asked(monkeypatch) -> None:
    # the subject of the sentence before the quotation: the rules' choice alone is offered
    monkeypatch.setattr(rc, "SETTLED", (*rc.SETTLED, "near-antecedent"))
    cands = row_candidates(_HE_TEXT, "We cannot")
    assert [c.speaker for c in cands] == ["Joe Pratt"]
    # two sentences back (a title's full stop is no sentence end): still the near subject
    assert [c.speaker for c in row_candidates(_BO_TEXT, "It has not")] == ["Bo Kim"]


def test_a_near_antecedent_is_offered_rivals_and_kept_by_default() -> None:
    # round 7: a near antecedent no longer settles the row (the referent lies elsewhere on
    # some train pieces); the chooser still keeps the near subject here
    assert "near-antecedent" not in rc.SETTLED
    assert len(row_candidates(_HE_TEXT, "We cannot")) > 1
    for text, who in ((_HE_TEXT, "Joe Pratt"), (_BO_TEXT, "Bo Kim")):
        q = extract_quotes_text(text)
        assert q[q["kind"] == "speech"]["speaker"].tolist() == [who]


def test_an_antecedent_two_sentences_back_does_not_settle_the_row() -> None:
    text = ("Mr. Lee Ames chaired the meeting.\n\nTom Becker arrived late. The room was full. "
            "Rain fell. \"We must start,\" he said.\n")
    assert len(row_candidates(text, "We must")) > 1
