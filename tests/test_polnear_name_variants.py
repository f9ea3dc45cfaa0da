"""The PolNeAR scorer's same-person rule with given-name variants (issue 13, branch wt-names28).

Invented names only: a predicted full name whose given name is a variant of the referent's
(``Chuck``/``Charles``, ``Bill``/``William``) names the same person; another given name with
the same surname is still another member of the family.
"""

from __future__ import annotations

import pandas as pd

import helpers.evaluate.polnear as pn
from helpers.evaluate.quotes import speakers_match


def _row(speaker: str, referent: str) -> pd.Series:
    """A gold piece whose pronoun Source has an agreed named referent."""
    return pd.Series({"speaker": speaker, "speaker_referent": referent, "referent_agreed": True,
                      "referent_mentions": (), "speaker_is_pronoun": True,
                      "speaker_antecedent": ""})


def test_variant_given_names_do_not_clash() -> None:
    assert not pn._given_name_clash("Chuck Ferro", "Charles Ferro")
    assert not pn._given_name_clash("Sen. Charles Ferro", "Chuck Ferro")
    assert not pn._given_name_clash("Bill Quill", "William Jefferson Quill")
    assert not pn._given_name_clash("Will Quill", "Billy Quill")  # both William


def test_other_given_names_still_clash() -> None:
    assert pn._given_name_clash("Hillary Quill", "Bill Quill")
    assert pn._given_name_clash("Christine Ferro", "Christopher Ferro")
    assert pn._given_name_clash("Chuck Ferro", "Robert Ferro")


def test_referent_credited_through_a_variant() -> None:
    assert pn._speaker_ok("Chuck Ferro", _row("He", "Charles Ferro"), None)
    assert pn._speaker_ok("Bob Quill", _row("He", "Robert Quill"), None)
    assert not pn._speaker_ok("Heidi Quill", _row("He", "Robert Quill"), None)


def test_speakers_match_accepts_variants_with_one_surname() -> None:
    assert speakers_match("Chuck Ferro", "Charles Ferro")
    assert speakers_match("Mr. Bill Quill", "William Quill")
    assert not speakers_match("Chuck Ferro", "Charles Quill")
