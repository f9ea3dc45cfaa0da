"""Unit tests (invented text, invented names and places) for quotations without a cue of
their own and written sources, issue 13, round 42.

Step 1: ``According to Y,`` in the sentence of a cue-less quotation makes the relay Y its
speaker (PolNeAR annotates the outermost attribution), also when Y is a long phrase (a
document with a post-modifier) or the clause has a verb such as ``read``."""

from __future__ import annotations

from helpers.instruments.quotes import extract_quotes_text


def _row(text: str, words: str, ranker: str | None = "default") -> dict:
    df = extract_quotes_text(text, ranker=ranker)
    rows = df[df["text"].str.contains(words, regex=False)]
    assert len(rows) == 1, df[["text", "speaker"]]
    return rows.iloc[0].to_dict()


_AUDIT = (
    "\u201cThe levy has to go,\u201d Petra Vandermolen said at the market on Friday.\n\n"
    "Stall rents rose twice last year. According to a 2019 audit by two accountants at the "
    "guild hall, the weather is partly to blame, but so is the \u201csudden change in the "
    "rules for stall holders.\u201d\n")


def test_a_document_relay_with_a_post_modifier_speaks_a_cue_less_quotation() -> None:
    row = _row(_AUDIT, "sudden change", ranker=None)
    assert row["speaker"] == "a 2019 audit"
    assert row["cue"] == "according to"


_SIGNS = (
    "\u201cWe wanted people to smile on the way to work,\u201d Joris Kettleby said.\n\n"
    "Motorists near Brannock were greeted by odd messages on Tuesday. According to the Fenmoor "
    "Ledger, one county road sign read, \u201cOwls are watching your speed.\u201d Another "
    "advised, \u201cPatience is a road skill too.\u201d\n")


def test_a_relay_opening_the_sentence_speaks_a_sign_and_the_quotation_after() -> None:
    assert _row(_SIGNS, "Owls are watching", ranker=None)["speaker"] == "the Fenmoor Ledger"
    assert _row(_SIGNS, "Patience is", ranker=None)["speaker"] == "the Fenmoor Ledger"

