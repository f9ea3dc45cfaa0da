"""Unit tests (invented British text, invented names) for review 16 of the round-47 rules.

Review 16 read round 47's five pronoun steps against British prose as well as US wire copy.

Step 5 (``lone_subjects.py``, removed): a lone capitalised word opening its sentence before a
verb in ``-ed``/``-s`` was taken as a surname the name finder missed. In British political
copy such a word is as often a body, a regulator or a cause (``Ofsted published …``, ``Brexit
divided …``, ``Holyrood rejected …``) as a person, and the ``he``/``she`` of the next
quotation went to it. After the removal the pronoun keeps the person quoted before.
"""

from __future__ import annotations

import pytest

from helpers.instruments.quotes import extract_quotes_text


def _speaker(text: str, words: str, ranker: str) -> str:
    df = extract_quotes_text(text, ranker=ranker)
    rows = df[df["text"].str.contains(words, regex=False)]
    assert len(rows) == 1, df[["text", "speaker"]]
    return str(rows.iloc[0]["speaker"])


_ORMSBY = ("Rachel Ormsby, the shadow chancellor, faced questions on Thursday.\n\n"
           "\u201cThe books are in a mess,\u201d she said.\n\n"
           "{para}\n\n"
           "\u201cWe expected nothing less,\u201d she said.\n")
_DUNMORE = ("The Prime Minister, Oliver Dunmore, arrived late.\n\n"
            "\u201cOur party is united,\u201d Dunmore said.\n\n"
            "{para}\n\n"
            "\u201cWe are not worried,\u201d he said.\n")


@pytest.mark.parametrize("ranker", ["rules", "default"])
@pytest.mark.parametrize("text, want", [
    (_ORMSBY.format(para="Holyrood rejected the plan on Friday. Ofsted published its report "
                         "the same day."), "Rachel Ormsby"),
    (_DUNMORE.format(para="Reform gained two seats overnight. Brexit divided the cabinet "
                          "again."), "Oliver Dunmore"),
])
def test_a_lone_body_or_cause_opening_a_sentence_is_no_pronoun_antecedent(
        text: str, want: str, ranker: str) -> None:
    words = "nothing less" if "Ormsby" in text else "not worried"
    assert _speaker(text, words, ranker) == want
