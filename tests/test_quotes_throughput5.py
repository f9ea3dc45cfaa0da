"""The quotes throughput round 5 of 2026-12-06 (issue 13): each memo or shortcut of the round
gives what the plain computation gave. Invented sentences and names only."""

from __future__ import annotations

from article_state import article_state

from helpers.core.quotation_marks import find_quote_spans, markup_tags, typewriter_to_double
from helpers.instruments.quotes.antecedents import prefer_principals
from helpers.instruments.quotes.quoterow import _mask
from helpers.instruments.quotes.ranker_candidates import ArticleIndex, history_spoken
from helpers.instruments.quotes.ranker_features import speaker_key
from helpers.instruments.quotes.speakers import canonical_speakers

#: two people of one surname, one introduced as the other's relative; people named again
#: over several paragraphs; an organisation and a description
_TEXT = (
    "Doria Vell opened the Marrow Point ferry office on Monday.\n\n"
    "Her son, Tobin Vell, runs the ticket desk. Vell said the boats were full.\n\n"
    "Kasimir Orde, who leads the Marrow Point Boatmen's Guild, met Vell at noon.\n\n"
    "\"We need a second pier,\" Orde said. The harbour clerk said the plan was costly.\n\n"
    "Vell agreed. \"The queue runs to the square,\" she said.\n\n"
    "Then Ilse Brandt, a ferry pilot, spoke. \"Fog is the real problem,\" she said.\n\n"
    "Orde left early. \"We will vote next week,\" Vell said, and Brandt nodded.\n"
)


def test_memoised_principals_equal_the_function_and_canonical_keeps_the_principal():
    """``ArticleState._prefer_principals`` gives :func:`prefer_principals` of the article's
    text for each candidate list, asked once or again, and the bare surname after the
    relative's introduction still means the principal person at every later offset."""
    art = article_state(_TEXT)
    lists = [[], [(0, "Doria Vell")], [(0, "Doria Vell"), (art.text.index("Tobin"), "Tobin Vell")],
             [(art.text.index("Tobin"), "Tobin Vell")]]
    for cands in lists + lists[::-1]:
        assert art._prefer_principals(cands) == prefer_principals(cands, art.text)
    assert art._prefer_principals(lists[2]) == [(0, "Doria Vell")]
    for at in (art.text.index("Vell said"), art.text.index("Vell at noon"),
               art.text.index("Vell agreed"), art.text.rindex("Vell said")):
        assert art.canonical("Vell", at) == "Doria Vell", at


def test_history_spoken_sums_up_the_history_as_it_grows():
    """``history_spoken`` equals the plain summary (a key is in it iff some entry has it; its
    value: whether any of them was cued) as the history grows by one, two and three rows,
    and another history list with the same cache gets its own."""
    art = article_state(_TEXT)
    cache: dict = {}
    history: list[tuple[str, str, int, bool]] = []
    entries = [("Kasimir Orde", "named", 3, False), ("Doria Vell", "named", 4, True),
               ("Kasimir Orde", "named", 4, True), ("the harbour clerk", "description", 3, False),
               ("Ilse Brandt", "named", 5, False), ("Doria Vell", "named", 6, False)]
    for i, e in enumerate(entries):
        history.append(e)
        if i not in (0, 2, 5):
            continue
        plain: dict[str, bool] = {}
        for sp, typ, _p, cued in history:
            k = speaker_key(art, sp, typ)
            plain[k] = plain.get(k, False) or cued
        assert history_spoken(history, art, cache) == plain
    spoken = history_spoken(history, art, cache)
    assert spoken[speaker_key(art, "Kasimir Orde", "named")] is True  # cued the second time
    assert spoken[speaker_key(art, "Ilse Brandt", "named")] is False
    assert spoken[speaker_key(art, "Doria Vell", "named")] is True  # cued, then not
    other = [("Ilse Brandt", "named", 0, True)]
    assert history_spoken(other, art, cache) == {speaker_key(art, "Ilse Brandt", "named"): True}
    assert history_spoken(history, art, cache) == spoken


def test_far_equals_the_plain_scan_while_the_index_fills():
    """``ArticleIndex.far`` equals the plain scan of each person's named mentions before the
    window at every paragraph and limit, asked while the index is filled paragraph by
    paragraph (as the rows reach them), not only once it is full."""
    art = article_state(_TEXT)
    index = ArticleIndex(art, {}, False)
    n = len(art.paragraph_mentions)

    def plain(para: int, limit: int) -> list:
        out = []
        for key, ms in index.by_key.items():
            named = [m for m in ms if m.kind == "named" and m.para < para - 1]
            if named:
                out.append((key, named[-1]))
        out.sort(key=lambda x: -x[1].start)
        return out[:limit]

    asked = 0
    for last in range(n):
        index.upto(last)
        for para in range(last + 3):
            for limit in (1, 3):
                got = index.far(para, limit)
                assert got == plain(para, limit), (last, para, limit)
                asked += bool(got)
    assert asked > 10
    assert any(sum(m.kind == "named" for m in ms) >= 3 for ms in index.by_key.values())


def test_canonical_speakers_of_repeated_names_equal_each_name_alone():
    """With one pool of full names, the canonical form of each repeated named speaker is the
    one it gets alone (the per-name memo), the ids number the people by first appearance,
    and descriptions keep their own rule."""
    full = ["Doria Vell", "Kasimir Orde", "Ilse Brandt"]
    speakers = ["Vell", "Orde", "Mrs. Vell", "Vell", "the harbour clerk", "Orde", "",
                "The harbour clerk", "Brandt", "Ms. Brandt", "Vell"]
    types = ["named", "named", "named", "pronoun-resolved", "description", "named", "none",
             "description", "named", "named", "named"]
    got = canonical_speakers(speakers, types, "a1", full)
    for (s, t), ident in zip(zip(speakers, types), got):
        if s and t != "description":
            alone = canonical_speakers([s], [t], "a1", full)[0]
            assert ident.canonical == alone.canonical, s
    assert [g.canonical for g in got] == [
        "Doria Vell", "Kasimir Orde", "Doria Vell", "Doria Vell", "the harbour clerk",
        "Kasimir Orde", "", "the harbour clerk", "Ilse Brandt", "Ilse Brandt", "Doria Vell"]
    assert [g.speaker_id for g in got] == ["a1#1", "a1#2", "a1#1", "a1#1", "a1#3", "a1#2", "",
                                           "a1#3", "a1#4", "a1#4", "a1#1"]


def _plain_mask(text: str, lo: int, hi: int, spans: list) -> str:
    """``_mask`` as it was before the round: always rebuilt character by character."""
    chars = list(text[lo:hi])
    for s in spans:
        if s.level:
            continue
        b = (s.close_pos + 1) if s.close_pos >= 0 else s.end
        i, j = max(s.open_pos, lo) - lo, min(b, hi) - lo
        if i < j:
            chars[i:j] = "\x01" * (j - i)
    for a, b in markup_tags(text, lo, hi):
        chars[a - lo:b - lo] = " " * (b - a)
    return "".join(chars)


def test_mask_equals_the_character_rebuild_with_and_without_quotations():
    """``_mask`` equals the plain rebuild on paragraphs without a quotation, with one, with a
    nested one only inside a top-level one, with an unclosed one, and with markup tags (with
    and without a quotation), over whole texts and cut ranges."""
    paras = [
        "Nothing is quoted here, and nobody said a word about it.",
        "Orde said: \"We need a pier.\" Then he left.",
        "\"The 'old pier' is gone,\" said Vell, who runs the desk.",
        "Brandt wrote <note author=\"pilot\">fog again</note> in the log.",
        "<tag id=\"x\"/> \"Fog,\" she said.",
        "\"An unclosed remark runs to the end",
        "",
    ]
    for p in paras:
        text = typewriter_to_double(p)
        for lo, hi in ((0, len(text)), (3, max(3, len(text) - 4)), (0, 0)):
            spans = find_quote_spans(text, lo, hi)
            assert _mask(text, lo, hi, spans) == _plain_mask(text, lo, hi, spans), (p, lo, hi)
    nested_only = typewriter_to_double(paras[2])
    inner = [s for s in find_quote_spans(nested_only) if s.level]
    assert inner and _mask(nested_only, 0, len(nested_only), inner) == nested_only


def test_paragraph_ranges_in_place_equal_the_ranges_of_the_slice():
    """``paragraph_ranges`` searched in place gives the ranges the search in a copy of the
    slice gave, for every start and end of an invented text with blank lines of spaces, tabs
    and no-break spaces, and lines that are not blank."""
    import re

    from helpers.core.quotation_marks import paragraph_ranges

    def plain(text: str, start: int, end: int) -> list[tuple[int, int]]:
        out, pos = [], start
        for m in re.finditer(r"\n[ \t\u00a0]*\n", text[start:end]):
            out.append((pos, start + m.start()))
            pos = start + m.end()
        return [*out, (pos, end)]

    text = "Vell spoke.\n\nOrde left.\n \t\nBrandt\nstayed.\n\u00a0\n\n\"Fog,\" she said.\n"
    splits = 0
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 2):
            got = paragraph_ranges(text, start, end)
            assert got == plain(text, start, end), (start, end)
            splits += len(got) > 1
    assert splits > 100
    assert paragraph_ranges(text) == plain(text, 0, len(text))
