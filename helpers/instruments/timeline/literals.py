"""Literal strings a key regular expression cannot match without (a cheap pre-test).

The scanner runs each key of the grammar over every paragraph; most keys have no hit in a
given paragraph, and Python's ``re`` tries a key at every position when it starts with ``\\b``.
:func:`required_literals` reads a key's parse tree and returns strings one of which every
match contains, so a paragraph containing none of them (``str.__contains__``, fast) is skipped
without running the key: the hits, and so the output, are the same.
"""

from __future__ import annotations

import re
from re import _constants as sre_c  # the parser's op codes (Python >= 3.11)
from re import _parser as sre_p

#: Largest set of alternative strings followed through a sequence.
_MAX = 64
#: Largest character class expanded into its characters.
_MAX_CLASS = 4


def required_literals(pattern: str) -> tuple[str, ...]:
    """Strings one of which every match of ``pattern`` (compiled case-sensitively) contains;
    empty when none can be named (``\\d\\d\\d\\d``, a class such as ``[ap]``, inline flags).

    A literal of one character is never returned (it would filter nothing)."""
    got = _sequence(list(sre_p.parse(pattern)))
    return tuple(sorted(got)) if got else ()


def _sequence(items: list) -> frozenset[str] | None:
    """Strings one of which every match of the sequence ``items`` contains (None: unknown)."""
    candidates: list[frozenset[str]] = []
    run: set[str] = {""}

    def close() -> None:
        nonlocal run
        if run and all(run):
            candidates.append(frozenset(run))
        run = {""}

    for op, av in items:
        if op is sre_c.LITERAL:
            run = {s + chr(av) for s in run}
        elif op in (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT):
            continue  # zero width: the literal run goes on
        elif op is sre_c.IN and (chars := _class_chars(av)) is not None:
            run = {s + c for s in run for c in chars}
        elif op in (sre_c.BRANCH, sre_c.SUBPATTERN):
            alternatives = _alternatives(op, av)
            if alternatives is None:
                close()
                inner = _necessary(op, av)
                if inner is not None:
                    candidates.append(inner)
            else:
                run = {s + a for s in run for a in alternatives}
        else:  # a repeat, a category, any character: the run ends
            close()
        if len(run) > _MAX:
            return None
    close()
    usable = [c for c in candidates if min(map(len, c)) >= 2]
    return max(usable, key=lambda c: min(map(len, c))) if usable else None


def _class_chars(items: list) -> list[str] | None:
    """The characters of a small character class (``[ap]``, ``[1-4]``), else None (a category,
    a negation, or more than :data:`_MAX_CLASS` characters)."""
    chars: list[str] = []
    for o, v in items:
        if o is sre_c.LITERAL:
            chars.append(chr(v))
        elif o is sre_c.RANGE and v[1] - v[0] < _MAX_CLASS:
            chars += [chr(c) for c in range(v[0], v[1] + 1)]
        else:
            return None
    return chars if len(chars) <= _MAX_CLASS else None


def _alternatives(op: object, av: object) -> list[str] | None:
    """Every string a purely literal group or branch matches, else None."""
    if op is sre_c.SUBPATTERN:
        _, add_flags, _, items = av  # type: ignore[misc]
        if add_flags & re.IGNORECASE:
            return None
        branches = [items]
    else:
        branches = av[1]  # type: ignore[index]
    out: list[str] = []
    for alt in branches:
        strings = [""]
        for o, a in alt:
            if o is sre_c.LITERAL:
                strings = [s + chr(a) for s in strings]
            elif o in (sre_c.BRANCH, sre_c.SUBPATTERN):
                sub = _alternatives(o, a)
                if sub is None:
                    return None
                strings = [s + x for s in strings for x in sub]
            else:
                return None
        out += strings
    return out


def _necessary(op: object, av: object) -> frozenset[str] | None:
    """Necessary strings of a group or branch that is not purely literal."""
    if op is sre_c.SUBPATTERN:
        if av[1] & re.IGNORECASE:  # type: ignore[index]
            return None
        return _sequence(list(av[3]))  # type: ignore[index]
    sets = [_sequence(list(alt)) for alt in av[1]]  # type: ignore[index]
    if any(s is None for s in sets):
        return None
    return frozenset().union(*sets)  # type: ignore[arg-type]


def needs_digit(pattern: str) -> bool:
    """True when every match of ``pattern`` contains a digit (``\\d``): a paragraph without
    digits is then skipped without running it (keys such as ``\\d\\d\\d\\d`` name no literal)."""
    return _sequence_needs_digit(list(sre_p.parse(pattern)))


def _sequence_needs_digit(items: list) -> bool:
    """True when some item that every match of the sequence passes through is a digit."""
    for op, av in items:
        if op is sre_c.IN and av == [(sre_c.CATEGORY, sre_c.CATEGORY_DIGIT)]:
            return True
        if op is sre_c.SUBPATTERN and not av[1] and _sequence_needs_digit(list(av[3])):
            return True
        if op is sre_c.BRANCH and all(_sequence_needs_digit(list(alt)) for alt in av[1]):
            return True
        if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT) and av[0] >= 1 and \
                _sequence_needs_digit(list(av[2])):
            return True
    return False


def prefix_literals(pattern: str) -> tuple[str, ...]:
    """Strings one of which every match of ``pattern`` (compiled case-sensitively) starts
    with; empty when none can be named or one is shorter than two characters.

    Why: a key with prefix literals can only match where one of them starts, so trying the
    key there (``match``) finds the same hits as ``finditer`` over the whole text."""
    got = _prefixes(list(sre_p.parse(pattern)))
    return tuple(sorted(got)) if got and min(map(len, got)) >= 2 else ()


def _prefixes(items: list) -> set[str] | None:
    """Strings one of which every match of the sequence ``items`` starts with (None: unknown)."""
    zero_width = (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT)
    i = 0
    while i < len(items) and items[i][0] in zero_width:
        i += 1  # "\b", a look-behind: nothing consumed, the match starts after them
    if i == len(items):
        return None
    op, av = items[i]
    if op is sre_c.BRANCH:
        alternatives = [_prefixes(list(alt)) for alt in av[1]]
        return None if any(a is None for a in alternatives) else set().union(*alternatives)
    if op is sre_c.SUBPATTERN:
        return None if av[1] & re.IGNORECASE else _prefixes(list(av[3]))
    heads = _literal_heads(op, av)
    if heads is None:
        return None
    for op, av in items[i + 1:]:  # extend by the literal characters or words that follow
        chars = _literal_heads(op, av)
        if chars is None and op in (sre_c.BRANCH, sre_c.SUBPATTERN):
            words = _alternatives(op, av)
            chars = set(words) if words and all(words) else None
        if chars is None or len(heads) * len(chars) > _MAX:
            break
        heads = {h + c for h in heads for c in chars}
    return heads


def _literal_heads(op: object, av: object) -> set[str] | None:
    """The characters one item of a parse tree can be: a literal or a small class."""
    if op is sre_c.LITERAL:
        return {chr(av)}  # type: ignore[arg-type]
    if op is sre_c.IN:
        chars = _class_chars(av)  # type: ignore[arg-type]
        return set(chars) if chars is not None else None
    return None
