"""Review review29c: narrowings of themes version 43's steps (docs/notes/themes.md,
"Review review29c").

Invented paragraphs only (invented names and places). Each guard was coded by version 43 and is
uncoded after the narrowing; each positive is coded before and after it, so the narrowing keeps
the rule's reach. ``data/lexicons/themes.yml`` carries a ``review29c`` comment at every change.
"""

from __future__ import annotations

import pytest

from tests.test_themes_v37 import IQ, IRAQ_ARTICLE  # version 37's Iraq article
from tests.theme_paragraphs import PF, in_article
from tests.theme_paragraphs import coded as _coded


# v43 step 3: the party's own leader must be the verb's first object, not a later noun
# phrase past another party's leader, a minister or a comma
@pytest.mark.parametrize("text", [
    "The Tory MP for Kelmscott criticised the Labour leader, calling his leadership weak.",
    "Two Labour MPs attacked the Prime Minister and his party line on the hospital in Ashby.",
])
def test_review29c_a_later_noun_phrase_is_not_the_object(text: str) -> None:
    coded, evidence = _coded(text, PF)
    assert not coded, evidence


# v43 step 3: a nominee for a post (a court, a board) and a ticket tout are no party's
@pytest.mark.parametrize("text", [
    "Democrats attacked the nominee for the Supreme Court over her record on abortion.",
    "The Labour MP for Ashby attacked the ticket touts outside the stadium on Saturday.",
])
def test_review29c_a_post_s_nominee_or_a_tout_is_no_party_s(text: str) -> None:
    coded, evidence = _coded(text, PF)
    assert not coded, evidence


@pytest.mark.parametrize(("text", "span"), [
    ("Hargreaves, the member for Ashby, defied her own leader on the welfare vote.",
     "defied her own leader"),
    ("Four councillors in Kelmscott voted against the party line on the housing plan.",
     "voted against the party line"),
    ("Three state senators refused to back the nominee for governor in the autumn.",
     "refused to back the nominee"),
])
def test_review29c_the_party_s_own_leader_is_still_coded(text: str, span: str) -> None:
    coded, evidence = _coded(text, PF)
    assert coded
    assert f"pattern:{span}@" in evidence


# v43 step 2: leaving a party "last night after the speeches" is a guest going home
@pytest.mark.parametrize("text", [
    "He left the party last night after the speeches, a Labour MP said.",
    "She left the party this evening after the toasts and took a taxi to Ashby.",
])
def test_review29c_leaving_a_party_at_night_is_no_exit(text: str) -> None:
    coded, evidence = _coded(text, PF)
    assert not coded, evidence


def test_review29c_leaving_the_party_last_year_still_counts() -> None:
    coded, evidence = _coded(
        "Five Kelmscott councillors left the party last year after the whip was withdrawn.", PF)
    assert coded
    assert "pattern:left the party last year after@" in evidence


# v43 step 4: a span of years from 2003 is a career's, not the war's time
@pytest.mark.parametrize("text", [
    "From 2003 to 2010 he sat for Kelmscott on the county council.",
    "She chaired the Ashby housing trust from 2003-2009 before retiring.",
])
def test_review29c_a_span_of_years_is_no_iraq_date(text: str) -> None:
    coded, evidence = in_article(IRAQ_ARTICLE, text, IQ)
    assert not coded, evidence


def test_review29c_a_date_in_2003_still_counts() -> None:
    coded, evidence = in_article(
        IRAQ_ARTICLE, "From 2003 the regiment was never at home for more than a year.", IQ)
    assert coded
    assert "article:From 2003@" in evidence
