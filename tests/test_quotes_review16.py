"""Unit tests (invented British text, invented names) for review 16 of the round-47 rules.

Review 16 read round 47's five pronoun steps against British prose as well as US wire copy.

Step 5 (``lone_subjects.py``, removed): a lone capitalised word opening its sentence before a
verb in ``-ed``/``-s`` was taken as a surname the name finder missed. In British political
copy such a word names a body, a regulator or a cause (``Ofsted published …``, ``Brexit
divided …``, ``Holyrood rejected …``) no less often than a person, so the ``he``/``she`` of
the next quotation went to it. After the removal the pronoun keeps the person quoted before.

Step 3 (``pronouns._after_questions``, removed): a ``he``/``she`` opening its paragraph after
a paragraph of the writer's questions was given to the speaker of the latest quotation. The
questions are as often about the person whose answer follows (``So why did X ignore it? ¶
"…," he wrote``), and the pronoun's own reading (the man the questions name) is right there.
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


_INQUIRY = ("The inquiry heard from Colin Denby, the cabinet secretary, on Monday.\n\n"
            "\u201cThe advice was clear,\u201d Denby said.\n\n"
            "So why did Gerald Marsh ignore it? And why did nobody stop him?\n\n"
            "\u201cI acted in good faith,\u201d he wrote in his memoir.\n")
_HOVE = ("Oliver Strand, the Labour MP for Hove, has campaigned on housing for a decade.\n\n"
         "\u201cRents are out of control,\u201d Strand said.\n\n"
         "What would Tom Wexley do differently? Could he win the seat back for the Tories?\n\n"
         "\u201cI would build on the brownfield sites first,\u201d he told the New Statesman.\n")


@pytest.mark.parametrize("ranker", ["rules", "default"])
@pytest.mark.parametrize("text, words, want", [
    (_INQUIRY, "in good faith", "Gerald Marsh"),
    (_HOVE, "brownfield sites", "Tom Wexley"),
])
def test_a_he_after_the_writers_questions_can_be_the_person_asked_about(
        text: str, words: str, want: str, ranker: str) -> None:
    # step 3 (``pronouns._after_questions``, removed) gave the ``he`` to the speaker quoted
    # before the questions (Denby, Strand): the writer's questions here set up the answer of
    # the man they are about
    assert _speaker(text, words, ranker) == want
