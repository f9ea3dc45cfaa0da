"""Unit tests (invented text) for the quote rules of issue 13, round 20: a photo credit line and
the caption it belongs to are no narration (no antecedent, no speaker from them)."""

from __future__ import annotations

from helpers.instruments.quotes.captions import (
    has_bracket_credit,
    is_caption_after_credit,
    is_credit_line,
    picture_paragraphs,
)
from tests.test_quotes_round13 import _row


def test_a_captions_name_is_no_antecedent_of_he() -> None:
    # the caption after the credit line names another man; before, the nearest same-gender
    # name (the caption's) took the next paragraph's `he`
    text = ("Gordon Blakewell said he had sold the boat in March.\n\n"
            "Nadia Fenwick / Reuters.\n\n"
            "Harbour master Peter Crossley holds up a rope from the boat at the inquiry.\n\n"
            "\"It was never seaworthy, not for a single day,\" he added.\n")
    r = _row(text, "It was never")
    assert r.speaker == "Gordon Blakewell"


def test_a_photographer_is_no_antecedent() -> None:
    text = ("Helen Marsh said the council had run out of money.\n\n"
            "Joanna Pike via Getty Images.\n\n"
            "\"We cannot pay the drivers next month,\" she said.\n")
    r = _row(text, "We cannot pay")
    assert r.speaker == "Helen Marsh"


def test_credit_lines() -> None:
    for line in ("Getty.", "Handout/Reuters.", "Nadia Fenwick / Reuters.",
                 "JOANNA PIKE via Getty Images.", "- Reuters.", "(AP Photo/Sam Hill)"):
        assert is_credit_line(line), line
    for line in ("Reuters reported the deal on Monday.", "He did not elaborate.",
                 "According to Reuters, the talks failed."):
        assert not is_credit_line(line), line


def test_captions_and_narration_after_a_credit() -> None:
    assert is_caption_after_credit("Senator Ann Lowe speaks at a rally in Dover on Friday.")
    assert is_caption_after_credit("Tom Reed (left) met Joe Park (right) in May.")
    # narration: past tense, a plural noun after one capitalised word, a quotation
    assert not is_caption_after_credit("Border guards stopped the lorry at the port.")
    assert not is_caption_after_credit("Ann Lowe spoke at a rally in Dover on Friday.")
    assert not is_caption_after_credit("Ann Lowe speaks of \"a new deal\" for Dover.")
    assert has_bracket_credit("Ann Lowe waves in Dover on 2 May. (SAM HILL/AFP/Getty Images)")
    assert not has_bracket_credit("Ann Lowe waves in Dover on 2 May (a Friday).")


def test_picture_paragraphs_takes_the_caption_after_the_credit_only() -> None:
    paras = ["Ann Lowe spoke first.", "", "Sam Hill / Reuters.", "",
             "Ann Lowe speaks at a rally in Dover.", "", "Tom Reed speaks next."]
    assert picture_paragraphs(paras) == {2, 4}


def test_a_plural_organisation_noun_after_the_quotation_speaks() -> None:
    # `"…," the groups say`: `groups` was no speaker noun (only `group`), so the quotation
    # went to the last named person by context
    text = ("Tom Reed praised the ferry plan on Monday.\n\n"
            "The plan will \"leave the island towns behind,\" the groups say.\n")
    r = _row(text, "leave the island")
    assert (r.speaker, r.cue) == ("the groups", "say")


def test_a_plural_organisation_noun_with_a_relative_clause_speaks() -> None:
    text = ("Tom Reed praised the ferry plan on Monday. While Reed has backed the scheme, the "
            "unions who wrote to him on Friday say they are \"worried the money runs out by "
            "spring.\"\n")
    r = _row(text, "worried the money")
    assert r.speaker == "the unions"


def test_a_bare_plural_after_the_quotation_speaks() -> None:
    # `"…," federal prosecutors wrote`: a plural role noun with no determiner was no post-cue
    # subject; the quotation went to the named man of the previous paragraph
    text = ("Tom Reed copied the files in May.\n\n"
            "\"The harm done by the defendant is beyond measure,\" federal prosecutors wrote "
            "in a filing.\n")
    r = _row(text, "The harm done")
    assert (r.speaker, r.cue) == ("federal prosecutors", "write")


def test_a_bare_plural_with_a_determiner_word_inside_is_no_subject() -> None:
    # guard: the pattern must not reach back over a determiner (`the`) into a longer phrase
    text = ("Tom Reed copied the files in May.\n\n"
            "\"The harm is beyond measure,\" the prosecutors said.\n")
    r = _row(text, "The harm is")
    assert r.speaker == "the prosecutors"
