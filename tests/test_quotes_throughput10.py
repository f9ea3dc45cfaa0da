"""Throughput round 10: rewritten scans find exactly what the reference forms found.

Why: :func:`agent_mentions.agent_description_starts` (round 51) ran ``_LEAD_RE`` over every
offset of every paragraph's narration, ~4 % of ``extract_quotes``; it now reads ``_LEAD_RE``
only where a literal tail (``y`` of ``by``, ``of``) before a determiner says a kept match can
start. The reference pattern is kept; the new form must give the offsets that
``_LEAD_RE.finditer`` gives, on invented sentences and on many generated strings. All texts
are invented.
"""

from __future__ import annotations

import random

from helpers.instruments.quotes.agent_mentions import (
    _BY_TAIL_RE,
    _LEAD_RE,
    _OF_TAIL_RE,
    OPINION_NOUNS,
    agent_description_starts,
)


def _reference_starts(narr: str) -> list[int]:
    """Round 51's form: every ``_LEAD_RE`` match over the whole text, filtered."""
    return [m.end() for m in _LEAD_RE.finditer(narr)
            if m.group("noun") is None or m.group("noun") in OPINION_NOUNS]


#: invented sentences: passive ``by``, opinion nouns and other nouns before ``of``, ``by``
#: inside words, capitals, dashes and apostrophes before the noun, odd white space
INVENTED = [
    "I was told by a retired harbour master that the ferry would sail.",
    "That was the view of one senior pilot in Varnholm, and the verdict of the guild.",
    "By the evening, the opinion of a clerk mattered less than the assessment of an auditor.",
    "The owner of a barge, nearby the quay, stood by one of the cranes.",
    "It was the Judgement of the court, the co-view of a few, the ’view of an odd one.",
    "views  of\ta warden;\u00a0judgment of\u2009the council; by\nthe river; bypass of the dam",
    "standby a ferry; lobby the board; By an act of the assembly; by of the; view of of the",
    "",
    "by",
    "of the",
]


def test_agent_starts_equal_reference_on_invented_sentences():
    found = [agent_description_starts(s) for s in INVENTED]
    assert found == [_reference_starts(s) for s in INVENTED]
    assert found[0] == [INVENTED[0].index("a retired")]
    assert found[1] == [INVENTED[1].index("one senior"), INVENTED[1].index("the guild")]
    assert len(found[2]) == 3 and found[3] == [INVENTED[3].index("one of")]


def test_agent_starts_equal_reference_on_generated_strings():
    pieces = ["by", "By", "of", "view", "views", "verdict", "opinion", "the", "a", "an", "one",
              "nearby", "bypass", "x-view", "’by", "'of", "Of", "official", "The", "\u00a0",
              " ", "  ", "\t", "\n", "-", ",", "A"]
    rng = random.Random(10)
    for _ in range(20000):
        s = "".join(rng.choice(pieces) + rng.choice(["", " ", " ", "  ", "\n"])
                    for _ in range(rng.randint(1, 10)))
        assert agent_description_starts(s) == _reference_starts(s), s


def test_agent_tails_are_literal_first():
    """The point of the rewrite: both scans open with a literal the engine can skip to."""
    assert _BY_TAIL_RE.pattern.startswith("y") and _OF_TAIL_RE.pattern.startswith("of")


#: functions run for every quotation or every resolved mention: their patterns are compiled
#: once at import, not looked up in ``re``'s cache at each call
HOT_FUNCTIONS = {
    "helpers/instruments/quotes/attribution.py": "_attribute_np",
    "helpers/instruments/quotes/finish.py": "_finish",
    "helpers/instruments/quotes/cues.py": "_find_cue",
}


def _string_pattern_calls(path: str, func: str) -> list[str]:
    """``re.<fn>(<not a compiled pattern>, ...)`` calls in function ``func`` of ``path``."""
    import ast

    from helpers.core.paths import PROJECT_ROOT

    tree = ast.parse((PROJECT_ROOT / path).read_text(encoding="utf-8"))
    fn = next(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == func)
    return [ast.unparse(n) for n in ast.walk(fn)
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
            and isinstance(n.func.value, ast.Name) and n.func.value.id == "re"
            and n.func.attr != "compile"]


def test_hot_functions_use_compiled_patterns():
    for path, func in HOT_FUNCTIONS.items():
        assert _string_pattern_calls(path, func) == [], (path, func)


def test_precompiled_patterns_match_as_before():
    from helpers.instruments.quotes import attribution, cues, finish

    assert attribution._AND_SPLIT_RE.split("Ona Vell and  Tiro Mak") == ["Ona Vell", "Tiro Mak"]
    assert attribution._POSSESSIVE_S_RE.search("Vell’s office") is not None
    assert attribution._THE_LEAD_RE.match("the Varn guild") is not None
    assert attribution._OF_FOR_RE.search("Guild of Ropemakers") is not None
    assert finish._CUE_OBJECT_RE.match(" her: ").group(1) == "her"
    assert finish._COLON_END_RE.search("Vell: ") is not None
    assert cues._LOWER_AFTER_RE.match(" , said Vell") is not None
    assert cues._LOWER_AFTER_RE.match(" Vell said") is None


class _CountingStr(str):
    """A text that counts its reads by index (``text[j]``)."""

    reads = 0

    def __getitem__(self, key):
        type(self).reads += 1
        return str.__getitem__(self, key)


def _reference_sentence_start(text: str, pos: int) -> int:
    """The form before throughput round 10: every offset before ``pos`` read backwards."""
    from helpers.instruments.quotes.lexicon import TITLE_ABBR_WORDS

    j = pos - 1
    while j > 0:
        c = text[j]
        if c == "\n":
            return j + 1
        if c in ".!?" and j + 1 < len(text) and text[j + 1] in " \t\"”’":
            k = j - 1
            while k >= 0 and text[k].isalpha():
                k -= 1
            word = text[k + 1:j].lower()
            if word not in TITLE_ABBR_WORDS and len(word) != 1:
                return j + 1
        j -= 1
    return 0


def test_sentence_start_equals_reference():
    from helpers.instruments.quotes.subjects import sentence_start

    texts = ["Mr. Orlo Vant left. Dr. Kel said: “Fine.” He went!\nThe ferry? No. A. B. Tam "
             "arrived.\tThen 3.5 tonnes sank… She wept.’ Gone.\n\nNew line here",
             "", "a", ".", "!\n", "x. y", "Vant.\"Kel\" said"]
    for text in texts:
        for pos in range(-1, len(text) + 1):
            assert sentence_start(text, pos) == _reference_sentence_start(text, pos), (text, pos)
    rng = random.Random(26)
    alphabet = list("ab. !?\n\t\"”’") + ["Mr.", "Dr.", " x.", "Y."]
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        for pos in range(-1, len(text) + 1):
            assert sentence_start(text, pos) == _reference_sentence_start(text, pos), (text, pos)


def test_sentence_start_reads_no_offset_one_by_one():
    """A long sentence is not read character by character (the point of the rewrite)."""
    from helpers.instruments.quotes.subjects import sentence_start

    text = _CountingStr("Intro. " + "the barge drifted on " * 100 + "and stopped")
    _CountingStr.reads = 0
    assert sentence_start(text, len(text) - 3) == 6
    assert _CountingStr.reads < 10
