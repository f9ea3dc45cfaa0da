"""The fast path of the sentiment scores gives exactly the floats of the public instruments.

``score_texts`` calls TextBlob's pattern analyser directly and tokenises each text once; this
checks every column against the slow, obvious composition (``TextBlob(text).sentiment``, VADER,
and the per-text public functions), float for float.
"""

from __future__ import annotations

import pandas as pd
import pytest
from textblob import TextBlob

from helpers.core.corpus import load_corpus
from helpers.core.paths import DATA
from helpers.instruments.sentiment import (
    _vader,
    learned_word_score,
    load_calibration,
    load_word_weights,
    polarity_negation,
    score_texts,
    stems,
    vader_word_extremes,
)

EDGE = ["", "isn't a bad idea", "Not good, but great!", "can't", "It’s hardly a disaster",
        'He said "terrible".', "Attacks attacked attacking", "VERY GOOD!!! :)", "Yes.\n\nNo.",
        # VADER's emoji pass and the words it skips (boosters, "kind of"), spaces at the ends
        "  a kind of triumph, kind of  ", "It was kind.", "Great 😀 news", "😢", "🇬🇧 wins",
        "extremely bad but really good", "NOT GREAT at all", " \t sadly, no \n"]


def _texts() -> list[str]:
    corpus = load_corpus(DATA / "other_styles")
    return [corpus.texts[s][a:b] for s, a, b in zip(corpus.sentences["source"],
                                                    corpus.sentences["start"],
                                                    corpus.sentences["end"])] + EDGE


def test_score_texts_equals_the_public_instruments_float_for_float():
    texts = _texts()
    assert len(texts) > 200
    weights = load_word_weights(load_calibration())
    assert weights, "learned word weights missing"
    got = score_texts(texts)
    for i, text in enumerate(texts):
        tb = TextBlob(text).sentiment
        v = _vader().polarity_scores(text)
        lo, hi = vader_word_extremes(text)
        want = {"polarity": tb.polarity, "subjectivity": tb.subjectivity,
                "polarity_negation": polarity_negation(text), "vader": v["compound"],
                "vader_pos": v["pos"], "vader_neg": v["neg"], "vader_neu": v["neu"],
                "vader_word_min": lo, "vader_word_max": hi,
                "words_learned": learned_word_score(text, weights)}
        row = got.iloc[i]
        for col, value in want.items():
            assert row[col] == float(value), (col, text)


@pytest.mark.parametrize(("text", "want"), [
    ("attacks attacked attacking", ["attack", "attack", "attack"]),
    ("ring sings", ["ring", "sing"]),  # a suffix leaves at least three letters
    ("it's 42 times", ["tim"]),  # only alphabetic tokens are stemmed
])
def test_stems(text, want):
    assert stems(text) == want


def _voice_reference(sentences, texts, quotes):
    """The obvious per-character definition of voice, speaker and quote share."""
    speech = quotes[quotes["kind"].astype(str) == "speech"]
    out = []
    for src, s0, s1 in zip(sentences["source"], sentences["start"], sentences["end"]):
        text = texts[src]
        spans = [(a, b, "" if pd.isna(spk) else str(spk)) for a, b, spk in
                 zip(speech["start"], speech["end"], speech["speaker"])
                 if a < s1 and b > s0]
        words = [i for i in range(s0, min(s1, len(text))) if text[i].isalnum()]
        if not spans or not words:
            out.append(("narrator", "", 0.0))
            continue
        inside = [any(a <= i < b for a, b, _ in spans) for i in words]
        covers = [sum(a <= i < b for i in words) for a, b, _ in spans]
        best = max(range(len(spans)), key=lambda j: (covers[j], -j))
        share = sum(inside) / len(words)
        out.append(("quoted" if share >= 0.5 else "mixed",
                    spans[best][2] if covers[best] > 0 else "", share))
    return out


def test_voice_equals_the_per_character_definition():
    from helpers.instruments.quotes import extract_quotes
    from helpers.instruments.sentiment import _voice

    corpus = load_corpus(DATA / "other_styles")
    quotes = extract_quotes(corpus)
    for src in corpus.texts:
        sents = corpus.sentences[corpus.sentences["source"] == src].reset_index(drop=True)
        got = _voice(sents, corpus.texts, quotes[quotes["source"] == src])
        want = _voice_reference(sents, corpus.texts, quotes[quotes["source"] == src])
        assert (got["voice"] != "narrator").any() or not len(quotes[quotes["source"] == src])
        for row, (voice, speaker, share) in zip(got.itertuples(), want):
            assert (row.voice, row.speaker) == (voice, speaker)
            assert row.quote_share == pytest.approx(share, abs=1e-12)


def test_voice_on_random_nested_quotes_equals_the_per_character_definition():
    """Quotes that nest, overlap, tie in coverage or reach past the text, sentences past
    the text's end and without word characters: the prefix-sum count gives the reference's
    voice, speaker and exactly its share."""
    import random

    from helpers.instruments.sentiment import _voice

    rng = random.Random(5)
    for _ in range(200):
        text = "".join(rng.choice("ab1 .,'—é") for _ in range(rng.randint(0, 80)))
        n = len(text) + 5
        sents = pd.DataFrame([(s0, s0 + rng.randint(0, 20)) for s0 in
                              sorted(rng.randint(0, n) for _ in range(rng.randint(1, 6)))],
                             columns=["start", "end"]).assign(source="t")
        quotes = pd.DataFrame([(q0, q0 + rng.randint(1, 30), rng.choice(["speech", "term"]),
                                rng.choice(["A", "B", None])) for q0 in
                               (rng.randint(0, n) for _ in range(rng.randint(1, 5)))],
                              columns=["start", "end", "kind", "speaker"]).assign(source="t")
        got = _voice(sents, {"t": text}, quotes)
        want = _voice_reference(sents, {"t": text}, quotes)
        assert list(zip(got["voice"], got["speaker"], got["quote_share"])) == want, (text, quotes)


def test_repeated_texts_are_scored_once_with_the_same_rows(monkeypatch):
    import helpers.instruments.sentiment as sentiment

    texts = ["A fine result.", "A dreadful loss.", "A fine result.", "", None, "A dreadful loss."]
    alone = pd.concat([score_texts([t]) for t in texts], ignore_index=True)
    calls: list[str] = []
    real = sentiment._raw_scores

    def counting(text, weights=None):  # noqa: ANN001, ANN202 - records the texts scored
        calls.append(text)
        return real(text, weights)

    monkeypatch.setattr(sentiment, "_raw_scores", counting)
    got = score_texts(texts)
    assert sorted(calls) == ["", "A dreadful loss.", "A fine result."]
    pd.testing.assert_frame_equal(got, alone)


def test_alnum_mask_is_isalnum_per_character():
    from helpers.instruments.sentiment import _alnum_mask

    text = "Naïve café_2: ½ ٣ — ＡＢ x\u0301 \ud800 'ok' 👍 ß"
    assert _alnum_mask(text).tolist() == [c.isalnum() for c in text]
    assert _alnum_mask("").tolist() == []


def test_loaded_lexicon_answers_as_textblobs_lazy_dictionary():
    """The plain-dict lookups of the loaded lexicon give TextBlob's own floats."""
    import copy

    from textblob import en

    from helpers.instruments.sentiment import _lexicon

    fast = _lexicon()
    lazy = copy.copy(fast)
    lazy.__class__ = en.Sentiment  # TextBlob's class: every lookup through ``_lazy``
    assert type(fast) is not en.Sentiment and dict.__len__(fast) > 1000
    assert dict.__len__(lazy) == dict.__len__(fast)
    for text in _texts()[:300]:
        assert fast(text) == lazy(text), text


#: Invented texts for TextBlob's tokeniser: contractions, abbreviations, ellipses, emoticons,
#: sarcasm marks, paragraph breaks, its sentence-end token, curly quotes, odd whitespace.
TOKENISER_EDGE = [
    "I'd say we'm fine, they've gone and it's n't over.", "Mr. Smith met Dr. Jones in the U.S.",
    "e.g. this, i.e. that; etc. and so on...", "Wait... what?!", "A. B. Cee went home.",
    "Great :) really :-( sad", "Oh sure ( ! ) that works", "Fine(!)", "so good :D",
    "Para one.\n\nPara two.", "Line\r\n\r\nbreak", "END-OF-SENTENCE marks it",
    "“Quoted,” she said. ‘Single’ too.", "non\u00a0breaking\u2028line\u3000wide",
    "(((nested))) [brackets] {braces}", "tail.... dots.", "'''", "--- ~~~ ___", "x.",
    "Mr.Smith", "U.S.A. is not the U.K.", "can't won't shan't", "♥ <3 8) xD XD",
]


def _tokeniser_texts() -> list[str]:
    import random

    rng = random.Random(11)
    pieces = list("aB. ,;:!?()[]{}`'\"@#$^&*+-|=~_\n\r\t’‘“”Σσ8<3♥°o/\\") + [
        "Mr.", "U.S.", "...", ":)", ":-(", "( ! )", "e.g.", "END-OF-SENTENCE", "\n\n", "\r\n",
        "can't", "I'm", " good", " not", " very", " bad"]
    rand = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(5000)]
    return TOKENISER_EDGE + _texts() + rand


def test_pattern_words_are_the_words_textblob_assesses():
    """The fast tokeniser gives the words of TextBlob's own, on edge, real and random texts
    (the fast path, not only the fallback: most texts take it)."""
    from textblob.en import parser

    from helpers.instruments.sentiment.libraries import _pattern_words

    for text in _tokeniser_texts():
        want = [w.lower() for w in " ".join(parser.find_tokens(text)).split()]
        assert _pattern_words(text) == want, text


def test_textblob_scores_are_the_analysers_own():
    from textblob import en

    from helpers.instruments.sentiment.libraries import _textblob

    for text in _tokeniser_texts():
        want = tuple(en.sentiment(text))
        got = _textblob(text)
        assert repr(got) == repr(want), text  # repr: -0.0 and 0.0 differ


def test_str_split_cuts_at_the_regex_whitespace_class():
    """``_pattern_words`` cuts with ``str.split`` where TextBlob uses ``\\s``: the same set."""
    import re
    import sys

    space = re.compile(r"\s")
    assert all((space.match(chr(c)) is not None) == chr(c).isspace()
               for c in range(sys.maxunicode + 1))


def test_vader_scores_are_polarity_scores_on_random_word_sequences():
    """Negations up to three words back, "no" before a lexicon word, "least", idioms,
    "kind of", boosters, "but", capitals and punctuation in random orders and lengths (the
    six-word window and the skipped calls of ``_vader_scores`` must not change a float)."""
    import random

    from helpers.instruments.sentiment.libraries import _vader_scores

    rng = random.Random(3)
    words = ["no", "not", "never", "least", "at", "very", "good", "bad", "kind", "of", "GREAT",
             "but", "so", "this", "without", "doubt", "the", "shit", "bomb", "isn't", "sort",
             "cut", "mustard", "or", "nor", "extremely", "a", "!", "?", "hardly", "BAD", "Good",
             "yeah", "right", "barely", "kinda", "good!", "(bad)", ":)", "love", "hate", "\u00a0",
             "kiss", "death", "to", "die", "for", "ass", "broken", "heart", "beating"]
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 14))) for _ in range(8000)]
    # the idioms VADER reads around a lexicon word (three words back, two ahead)
    idioms = ["we were a kiss of death", "a a a kiss of death", "it is just to die for",
              "a a a beating heart", "oh yeah right", "not at all the bomb", "at least good",
              "at the very least good", "bad ass", "it was never so good", "without a doubt bad"]
    analyzer = _vader()
    for text in texts + idioms + EDGE:
        assert repr(_vader_scores(text)) == repr(analyzer.polarity_scores(text)), text


def test_assessments_are_the_analysers_on_random_word_sequences():
    """Known words after modifiers and negations, negations kept across short words,
    "really not good", "!" boosts, "(!)", emoticons (after a modifier too), numbers and
    curly apostrophes, in random orders: the same (polarity, subjectivity) per assessment."""
    import random

    from helpers.instruments.sentiment import _lexicon
    from helpers.instruments.sentiment.libraries import _assessments

    rng = random.Random(7)
    words = ["not", "no", "never", "n't", "very", "really", "extremely", "quite", "happily",
             "sadly", "good", "bad", "great", "terrible", "a", "is", "it", "!", "(!)", ":)",
             ":-(", "<3", "xd", "2019", "’", "'", "''", "—", "the", "best", "worst", "only"]
    lex = _lexicon()
    for _ in range(6000):
        seq = [rng.choice(words) for _ in range(rng.randint(0, 12))]
        want = [(p, s) for _, p, s, _ in lex.assessments(((w, None) for w in seq), True)]
        assert repr(_assessments(seq)) == repr(want), seq
