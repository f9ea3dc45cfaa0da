"""TextBlob's and VADER's sentence scores: the libraries' own floats, computed faster.

Why a module of its own: the store scores every sentence of every file with both libraries
(about a quarter of the per-file task), and most of their time went to work that does not
depend on the sentence or is repeated per call: a lexicon lookup through a Python-level
``lazydict``, TextBlob's tokeniser (nine ``re.sub`` calls per text, a loop per token), a
``Score`` object per call, VADER's emoji pass over every character. Each function here gives
exactly the library's result (``tests/test_sentiment_speed.py`` compares them float for float
and word for word, on invented, real and random texts) and falls back to the library itself
where its shortcut would not be exact. :mod:`helpers.instruments.sentiment` combines them.
"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1)
def _lexicon() -> object:
    """TextBlob's English sentiment lexicon (pattern's en-sentiment.xml), loaded once.

    Speed: TextBlob's ``lazydict`` sends every lookup (``in``, ``[]``, ``get``) through a
    Python-level ``_lazy`` call that loads the file when the dict is empty, even once it is
    loaded (``in`` is looked up on the class, so its instance patch never applies): a tenth
    of the sentiment step. Once loaded, the object's class becomes a subclass with the plain
    dict lookups; the data and every result are the same.
    """
    from textblob import en

    lex = en.sentiment
    if dict.__len__(lex) == 0:
        lex.load()
    if dict.__len__(lex) and not isinstance(lex, _Loaded):
        lex.__class__ = _loaded_class(type(lex))
    return lex


class _Loaded:
    """Marker of a TextBlob lexicon whose lookups are plain dict lookups (see :func:`_lexicon`)."""


@lru_cache(maxsize=4)
def _loaded_class(cls: type) -> type:
    """``cls`` (a ``lazydict`` subclass) with dict's own lookups, for a loaded instance."""
    plain = {name: getattr(dict, name) for name in (
        "__contains__", "__getitem__", "__iter__", "__len__", "get", "items", "keys", "values")}
    return type(f"Loaded{cls.__name__}", (cls, _Loaded), plain)


@lru_cache(maxsize=1)
def _vader() -> object:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@lru_cache(maxsize=1)
def _emoji_chars() -> frozenset[str]:
    """The one-character keys of VADER's emoji lexicon (the only ones its per-character
    emoji pass can meet)."""
    return frozenset(k for k in _vader().emojis if len(k) == 1)


def _vader_scores(text: str) -> dict[str, float]:
    """``SentimentIntensityAnalyzer.polarity_scores(text)``, the same floats, faster.

    Why: ``polarity_scores`` first rebuilds the text character by character to spell out
    emojis (a Python loop over every character, a quarter of VADER's time on news prose). A
    text with no emoji character leaves that loop unchanged but for ``strip()``, so the rest
    of the method (the same steps, with the analyser's own methods) runs on it directly;
    a text with an emoji goes through ``polarity_scores``. ``tests/test_sentiment_speed.py``
    checks it against ``polarity_scores`` float for float.

    The words are ``SentiText``'s (each whitespace-separated piece with its punctuation
    stripped, cached per piece in :func:`_vader_word` with its lower case and whether it can
    carry a valence). The word loop appends 0 for a booster, "kind" before "of" and a word
    outside VADER's lexicon (four words in five), as ``polarity_scores`` and
    ``sentiment_valence`` do, without the calls. For a lexicon word ``sentiment_valence``,
    and the checks it calls, read only the words from three before to two after it, and
    lower-case the whole word list in each of up to four checks (a fifth of VADER's time): it
    is given those six words (:class:`_Window`, the word's index within them), which it reads
    at the same offsets, with the same tests of "first", "last" and "has a next word".
    """
    from vaderSentiment.vaderSentiment import allcap_differential

    analyzer = _vader()
    if not _emoji_chars().isdisjoint(text):
        return analyzer.polarity_scores(text)
    text = text.strip()
    info = [_vader_word(piece) for piece in text.split()]
    words = [word for word, _, _ in info]
    window = _Window(allcap_differential(words))
    sentiments: list[float] = [0] * len(words)
    valence: list[float] = []
    for i, (word, low, valenced) in enumerate(info):
        if not valenced or (low == "kind" and i < len(words) - 1 and info[i + 1][1] == "of"):
            continue
        first = max(0, i - 3)
        window.words_and_emoticons = words[first:i + 3]
        analyzer.sentiment_valence(0, window, word, i - first, valence)
        sentiments[i] = valence.pop()
    sentiments = analyzer._but_check(words, sentiments)
    return analyzer.score_valence(sentiments, text)


@lru_cache(maxsize=131072)
def _vader_word(piece: str) -> tuple[str, str, bool]:
    """(``SentiText``'s word for a whitespace-separated piece, its lower case, whether it is
    in VADER's lexicon and not a booster: the words ``sentiment_valence`` scores)."""
    from vaderSentiment.vaderSentiment import BOOSTER_DICT, SentiText

    word = SentiText._strip_punc_if_word(piece)
    low = word.lower()
    return word, low, low in _vader().lexicon and low not in BOOSTER_DICT


class _Window:
    """What ``sentiment_valence`` reads of a ``SentiText``: the words around one word (set
    per word by :func:`_vader_scores`) and whether only some words are in capitals."""

    __slots__ = ("is_cap_diff", "words_and_emoticons")

    def __init__(self, is_cap_diff: bool) -> None:
        self.is_cap_diff = is_cap_diff
        self.words_and_emoticons: list[str] = []


@lru_cache(maxsize=1)
def _pattern_tokenizer() -> tuple | None:
    """TextBlob's tokeniser constants (``textblob._text``), read once for :func:`_pattern_words`.

    The contraction replacements are applied with ``str.replace`` as ``re.sub`` applies them
    only while every one is a plain literal with a plain replacement (checked here: None, and
    the library's own tokeniser is used, if a TextBlob version changes that).
    """
    from textblob import _text as tb

    replace = list(tb.replacements.items())
    if any(re.escape(a) != a or "\\" in b for a, b in replace):
        return None
    return (replace, tuple(tb.PUNCTUATION.replace(".", "")), tb.ABBREVIATIONS,
            (tb.RE_ABBR1, tb.RE_ABBR2, tb.RE_ABBR3), tb.EOS, tb.RE_SARCASM, tb.RE_EMOTICONS,
            tb.replacements)


@lru_cache(maxsize=131072)
def _split_token(t: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The tokens TextBlob's ``find_tokens`` makes of one whitespace-free chunk, as they are
    and lower-cased (its loop over leading and trailing punctuation, abbreviations and
    ellipses, step for step; cached: a vocabulary repeats)."""
    _, punctuation, abbreviations, abbr, _, _, _, replace = _pattern_tokenizer()
    out: list[str] = []
    tail: list[str] = []
    while t.startswith(punctuation) and t not in replace:
        out.append(t[0])
        t = t[1:]
    while t.endswith((*punctuation, ".")) and t not in replace:
        if t.endswith(punctuation):
            tail.append(t[-1])
            t = t[:-1]
        if t.endswith("..."):
            tail.append("...")
            t = t[:-3].rstrip(".")
        if t.endswith("."):
            if t in abbreviations or any(rx.match(t) is not None for rx in abbr):
                break
            tail.append(t[-1])
            t = t[:-1]
    if t != "":
        out.append(t)
    out.extend(reversed(tail))
    return tuple(out), tuple(w.lower() for w in out)


def _pattern_words(text: str) -> list[str]:
    """The lower-cased words TextBlob's analyser reads in ``text``: exactly
    ``[w.lower() for w in " ".join(find_tokens(text)).split()]``, which it assesses.

    Why: ``find_tokens`` was about half of TextBlob's time (nine ``re.sub`` calls per text, a
    Python loop per token, sentence grouping). Here the contractions are replaced with
    ``str.replace``, the text is cut at whitespace with ``str.split`` (``str.isspace`` and
    the regex class ``\\s`` are the same characters: tested over all of Unicode), each
    chunk is split by the cached :func:`_split_token`, and the
    sentence grouping is skipped: without a paragraph break, an ``END-OF-SENTENCE`` token, a
    sarcasm mark or an emoticon in the joined tokens it only regroups the same tokens (an
    emoticon or sarcasm match inside one sentence is also a match in the joined text, ``$``
    becoming the following space). Any of those, or a changed TextBlob, and the library's own
    tokeniser is used (``tests/test_sentiment_speed.py`` compares both on many texts).
    """
    from textblob.en import parser

    consts = _pattern_tokenizer()
    if consts is None or "\n\n" in text or consts[4] in text:
        return [w.lower() for w in " ".join(parser.find_tokens(text)).split()]
    string = text
    for a, b in consts[0]:
        string = string.replace(a, b)
    string = (string.replace("“", " “ ").replace("”", " ” ").replace("‘", " ‘ ")
              .replace("’", " ’ ").replace("'", " ' ").replace('"', ' " ').replace("\r\n", "\n"))
    if "\n\n" in string:  # a paragraph break: sentence ends the grouping must see
        return [w.lower() for w in " ".join(parser.find_tokens(text)).split()]
    tokens: list[str] = []
    words: list[str] = []
    for chunk in string.split():  # = TOKEN.findall after \s+ -> " " (the same whitespace)
        raw, low = _split_token(chunk)
        tokens.extend(raw)
        words.extend(low)
    joined = " ".join(tokens)
    if consts[5].search(joined) or consts[6].search(joined):
        return [w.lower() for w in " ".join(parser.find_tokens(text)).split()]
    return words


def _textblob(text: str) -> tuple[float, float]:
    """TextBlob's (polarity, subjectivity) of ``text``: ``textblob.en.sentiment(text)``.

    The assessments of :func:`_assessments` over :func:`_pattern_words`, averaged as the
    analyser's ``__call__`` averages them (a sum from 0 in order, over the count), without
    the type tests and the ``Score`` object it builds per call."""
    found = _assessments(_pattern_words(text))
    p_sum = s_sum = 0
    for p, s in found:
        p_sum += p
        s_sum += s
    n = float(len(found) or 1)
    return p_sum / n, s_sum / n


@lru_cache(maxsize=1)
def _emoticons() -> dict[str, float]:
    """TextBlob's emoticons, lower-cased, with the polarity of the first set (in its order)
    that holds each: what ``assessments`` finds by scanning the sets one by one."""
    from textblob._text import EMOTICONS

    out: dict[str, float] = {}
    for (_, polarity), faces in EMOTICONS.items():
        for face in faces:
            out.setdefault(face.lower(), polarity)
    return out


def _assessments(words: list[str]) -> list[tuple[float, float]]:
    """(polarity, subjectivity) of each assessment ``Sentiment.assessments`` makes of
    ``words`` (no part-of-speech tags, negation on, as ``__call__`` asks for a string).

    The analyser's state machine step for step (a known word, optionally after a modifier
    or a negation; "!" boosting; "(!)"; emoticons), with lists instead of a dict per
    assessment and the words and labels it keeps for display left out. Why: for every
    token that is not alphabetic (a curly apostrophe, a number, a dash) the analyser
    lower-cases each of its 70 emoticons in a Python loop, a third of its time on news text;
    here that is one lookup in :func:`_emoticons`."""
    from textblob._text import PUNCTUATION

    lex = _lexicon()
    negations, modifiers, emoticons = lex.negations, lex.modifiers, _emoticons()
    found: list[list] = []  # [polarity, subjectivity, intensity, negated (-1) or 1]
    m = n = None  # preceding modifier, preceding negation
    for w in words:
        entry = lex.get(w)
        if w in lex and None in entry:
            p, s, i = entry[None]
            if m is None:
                found.append([p, s, i, 1])
            else:
                last = found[-1]
                last[0] = max(-1.0, min(p * last[2], +1.0))
                last[1] = max(-1.0, min(s * last[2], +1.0))
                last[2] = i
            if n is not None:
                found[-1][2] = 1.0 / found[-1][2]
                found[-1][3] = -1
            m = (w, None) if any(map(entry.__contains__, modifiers)) else None
            n = w if w in negations else None
            continue
        if w in negations:
            n = w
        elif n and len(w.strip("'")) > 1:
            n = None
        if n is not None and m is not None and (None in modifiers or lex.modifier(m[0])):
            found[-1][3] = -1
            n = None
        elif m and len(w) > 2:
            m = None
        if w == "!" and len(found) > 0:
            found[-1][0] = max(-1.0, min(found[-1][0] * 1.25, +1.0))
        if w == "(!)":
            found.append([0.0, 1.0, 1.0, 1])
        if w.isalpha() is False and len(w) <= 5 and w not in PUNCTUATION and w in emoticons:
            found.append([emoticons[w], 1.0, 1.0, 1])
    return [(p * -0.5 if neg < 0 else p, s) for p, s, _, neg in found]
