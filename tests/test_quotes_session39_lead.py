"""Session 39 lead: three text searches of this session's quote rules bounded, output identical.

Why: the quotes benchmark (one 10 MB source) ran seven times slower after rounds 78 and 79,
because ``relation_groups.relation_group`` copied the text up to each speaker phrase
(``text[:np_start]``) and ``interview_asides`` searched back through the whole text for a
question or exclamation mark that a long text may never hold. The bounded forms must give the
same answers as the unbounded ones; these tests compare them with the old expressions on
invented texts (speed itself is measured by ``benchmarks/bench_quotes.py``, not asserted here).
"""

from __future__ import annotations

import random

import pytest

from helpers.instruments.quotes.interview_asides import _named_before_in_sentence
from helpers.instruments.quotes.mention_type import Mention
from helpers.instruments.quotes.relation_groups import relation_group

FILLER = "The council met on Monday and the vote was close.\n" * 40


@pytest.mark.parametrize(("sentence", "phrase"), [
    ("Allies of the prime minister describe the plan as \"dead\".", "the prime minister"),
    ("Friends of the chancellor, Ann Lee, say she is \"furious\".", "Ann Lee"),
    ("Critics of the plan, Ann Lee said, \"have no answer\".", "Ann Lee"),
    ("The mayor said the plan was \"dead\".", "The mayor"),
])
def test_relation_group_is_the_same_after_a_long_text(sentence: str, phrase: str) -> None:
    """The group found in a sentence alone and after 2,000 characters of earlier paragraphs
    is the same, shifted by the prefix (the search window and its end are the text's own)."""
    alone = relation_group(sentence, sentence.index(phrase), sentence.index(phrase) + len(phrase))
    text = FILLER + sentence
    at = len(FILLER) + sentence.index(phrase)
    after = relation_group(text, at, at + len(phrase))
    if alone is None:
        assert after is None
    else:
        assert after is not None
        assert (after.speaker, after.speaker_type) == (alone.speaker, alone.speaker_type)
        assert (after.start - len(FILLER), after.end - len(FILLER)) == (alone.start, alone.end)


def _old_named_before(pron: Mention, mentions: list[Mention], text: str) -> bool:
    """The expression before the session-39 bound (a search back through the whole text)."""
    cut = max(text.rfind(". ", 0, pron.start), text.rfind("? ", 0, pron.start),
              text.rfind("! ", 0, pron.start))
    return any(m.kind == "named" and cut < m.start < pron.start for m in mentions)


def test_named_before_in_sentence_equals_the_unbounded_search() -> None:
    """On 2,000 generated texts of words, names and sentence ends, with mentions at random
    word starts, the bounded search answers as the whole-text search did."""
    rng = random.Random(39)
    words = ["Ann", "Lee", "said", "the", "plan", "was", "dead.", "why?", "no!", "he", "and"]
    for _ in range(2000):
        toks = [rng.choice(words) for _ in range(rng.randint(3, 30))]
        text = " ".join(toks) + " "
        starts = [i for i in range(len(text)) if i == 0 or text[i - 1] == " "][:-1]
        mentions = [Mention(s, s + 3, text[s:s + 3], rng.choice(["named", "pronoun", "group"]),
                            rng.random() < 0.5) for s in rng.sample(starts, min(4, len(starts)))]
        p = rng.choice(starts)
        pron = Mention(p, p + 2, text[p:p + 2], "pronoun", True)
        assert _named_before_in_sentence(pron, mentions, text) == \
            _old_named_before(pron, mentions, text), (text, [m.start for m in mentions], p)
