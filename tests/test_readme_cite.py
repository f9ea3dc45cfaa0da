"""The README's *Figures to cite* table (between ``<!-- cite:start -->`` and
``<!-- cite:end -->``) gives the same figures as the README's source tables.

Why: a new user (session 40, ``docs/notes/scale.md``) found three numbers for one question (the
PolNeAR dev speaker figure 0.893 in prose, 0.898 in the table). The cite table copies its figures
from the README's own current tables, which the lead updates at each session's end: the "now:"
cells of the real-news table (themselves checked against
``data/annotations/real_news/scores.csv`` by ``tests/test_readme_real_news.py``) and the validation
block between ``<!-- validation:start -->`` and ``<!-- validation:end -->`` (pasted from
``make validate``). When the lead changes a "now:" cell or re-pastes the validation block (a new
held-out column included: the ranges below are taken over every ``heldout*`` column), this test
fails until the cite table is updated to match, so the two cannot drift apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import mistune
import pandas as pd

from helpers.core.paths import ANNOTATIONS, PROJECT_ROOT

README = PROJECT_ROOT / "README.md"
SCORES = ANNOTATIONS / "real_news" / "scores.csv"
#: A figure as the README writes it: three decimals.
NUMBER = re.compile(r"\d\.\d{3}")


def _text(node: dict) -> str:
    """Concatenated raw text of an AST node (inline code and plain text alike)."""
    if "raw" in node:
        return node["raw"]
    return "".join(_text(child) for child in node.get("children", []))


def _tables(block: str) -> list[tuple[list[str], list[list[str]]]]:
    """Every table of a Markdown block: its header cells and its body rows' cells."""
    parse = mistune.create_markdown(renderer=None, plugins=["table"])
    tables = []
    for node in parse(block):
        if node["type"] != "table":
            continue
        head, body = node["children"]
        tables.append(([_text(c).strip() for c in head["children"]],
                       [[_text(c).strip() for c in row["children"]] for row in body["children"]]))
    return tables


def _block(markdown: str, name: str) -> str:
    return markdown[markdown.index(f"<!-- {name}:start -->"):markdown.index(f"<!-- {name}:end -->")]


def cite_rows(markdown: str) -> dict[str, list[str]]:
    """The cite table's rows by their first cell (the measure)."""
    ((head, body),) = _tables(_block(markdown, "cite"))
    assert head[:2] == ["measure", "figure"], head
    return {row[0]: row for row in body}


def validation_table(markdown: str) -> pd.DataFrame:
    """The validation block's first table (*Instruments against the hand annotations*), cells as
    text, indexed by (instrument, measure)."""
    head, body = _tables(_block(markdown, "validation"))[0]
    assert head[:3] == ["instrument", "measure", "this corpus"], head[:3]
    return pd.DataFrame(body, columns=head).set_index(["instrument", "measure"])


def _now(markdown: str, corpus: str, measure: str) -> list[float]:
    """The figures of the "now:" cell of the real-news row whose corpus and measure start so:
    every three-decimal number before the cell's first opening of a history ``(session`` or
    ``(timeline``), ``.965`` written as 0.965."""
    ((head, body),) = _tables(_block(markdown, "real-news"))
    rows, last = [], ""
    for row in body:
        last = row[0] or last
        if last.startswith(corpus) and row[1].startswith(measure):
            rows.append(row[3])
    (now,) = rows
    assert now.startswith("now: "), now[:40]
    head_of_cell = re.split(r"\((?:session|timeline)", now, maxsplit=1)[0]
    return [float(x if x[0] != "." else "0" + x) for x in re.findall(r"\d?\.\d{3}", head_of_cell)]


def _heldout(markdown: str, instrument: str, measure: str) -> tuple[list[float], int]:
    """(lowest, highest) of a validation row over every held-out column that has a value, and
    how many held-out sets have one."""
    table = validation_table(markdown)
    cols = [c for c in table.columns if re.fullmatch(r"heldout\d*", c)]
    values = [float(v) for v in table.loc[(instrument, measure), cols] if v]
    return [min(values), max(values)], len(values)


def _corpus(markdown: str, instrument: str, measure: str, column: str = "this corpus") -> float:
    return float(validation_table(markdown).loc[(instrument, measure), column])


def _score(dataset: str, measure: str) -> float:
    scores = pd.read_csv(SCORES)
    (value,) = scores.loc[(scores["set"] == dataset) & (scores["measure"] == measure), "value"]
    return round(float(value), 3)


def _theme(theme: str) -> Callable[[str], tuple[list[float], int | None]]:
    return lambda md: _heldout(md, "themes", f"{theme} paragraph F1")


#: Each cite row (by its measure cell): the figures its figure cell must give, in order, and the
#: number of held-out sets it names (``over N held-out sets``; None where it names none).
EXPECTED: dict[str, Callable[[str], tuple[list[float], int | None]]] = {
    "Quote span F1 (direct quotations)": lambda md: (
        _now(md, "PolNeAR dev", "quote span F1"), None),
    "Quote speaker accuracy, real news": lambda md: (
        _now(md, "PolNeAR dev", "speaker accuracy (all / non-pronoun")
        + _now(md, "PolNeAR dev", "speaker accuracy by the rules alone"), None),
    "Quote speaker accuracy, British prose": lambda md: _heldout(
        md, "quote attribution", "speaker accuracy on matched speech"),
    "Quote span F1, British prose": lambda md: _heldout(
        md, "quote attribution", "speech quote F1 (span overlap)"),
    "Time expressions, real news": lambda md: (
        [_now(md, "AQUAINT", "strict")[i] for i in (1, 2)]
        + [_now(md, "TimeBank", "strict")[i] for i in (1, 2)], None),
    "Time expressions, the corpus": lambda md: (
        [_corpus(md, "timelines", "relaxed extraction F1"),
         _corpus(md, "timelines", "value accuracy (relaxed matches)")], None),
    "Time expressions, British prose": lambda md: (
        _heldout(md, "timelines", "relaxed extraction F1")[0]
        + _heldout(md, "timelines", "value accuracy (relaxed matches)")[0],
        _heldout(md, "timelines", "relaxed extraction F1")[1]),
    "Theme: special relationship": _theme("special_relationship"),
    "Theme: party factionalism": _theme("party_factionalism"),
    "Theme: Iraq war intelligence": _theme("iraq_war_intelligence"),
    "Theme: Israel–Palestine": _theme("israel_palestine"),
    "Theme: austerity and inequality": _theme("austerity_inequality"),
    "Tone (sentiment)": lambda md: (
        [_corpus(md, "sentiment", "default score Pearson r, held-out NYT editorials"),
         _corpus(md, "sentiment", "default score macro-F1 vs hand labels"),
         _corpus(md, "sentiment", "default score macro-F1 vs hand labels", "second annotator")],
        None),
    "Sentence boundaries": lambda md: (
        [_corpus(md, "sentence splitting", "boundary F1")]
        + _heldout(md, "sentence splitting", "boundary F1")[0],
        _heldout(md, "sentence splitting", "boundary F1")[1]),
}


def drifted_rows(markdown: str | None = None) -> list[tuple[str, list[float], list[float]]]:
    """Each cite row whose figures (or held-out set count) differ from its source:
    (measure, the cite table's numbers, the source's numbers)."""
    text = README.read_text(encoding="utf-8") if markdown is None else markdown
    rows = cite_rows(text)
    assert sorted(rows) == sorted(EXPECTED), sorted(set(rows) ^ set(EXPECTED))
    drifted = []
    for measure, expected in EXPECTED.items():
        figures, n_sets = expected(text)
        cell = rows[measure][1]
        found: list[float] = [float(x) for x in NUMBER.findall(cell)]
        want = [round(x, 3) for x in figures]
        if n_sets is not None:
            count = re.search(r"over (\d+) held-out sets", cell)
            found.append(float(count.group(1)) if count else -1.0)
            want.append(float(n_sets))
        if found != want:
            drifted.append((measure, found, want))
    return drifted


def test_cite_table_gives_the_source_tables_figures() -> None:
    """Every figure of *Figures to cite* is its "now:" cell's or the validation block's."""
    assert drifted_rows() == []


def test_cite_table_real_news_figures_are_the_committed_scores() -> None:
    """The real-news figures the cite table gives are also ``scores.csv``'s (the committed
    scores that other tests recompute from the instruments)."""
    rows = cite_rows(README.read_text(encoding="utf-8"))
    span = [float(x) for x in NUMBER.findall(rows["Quote span F1 (direct quotations)"][1])]
    assert span[0] == _score("polnear-dev", "span_f1")
    speaker = [float(x) for x in NUMBER.findall(rows["Quote speaker accuracy, real news"][1])]
    assert speaker[:2] == [_score("polnear-dev", "speaker_accuracy"),
                           _score("polnear-dev", "speaker_accuracy_non_pronoun")]
    timex = [float(x) for x in NUMBER.findall(rows["Time expressions, real news"][1])]
    assert timex == [_score("aquaint", "relaxed_f1"), _score("aquaint", "value_f1"),
                     _score("timebank", "relaxed_f1"), _score("timebank", "value_f1")]


def test_a_changed_source_cell_is_caught() -> None:
    """A "now:" cell updated by the lead (dev speaker 0.898 -> 0.911) without the cite table
    is reported, and only that row."""
    text = README.read_text(encoding="utf-8")
    lines = text.splitlines()
    (i,) = [i for i, line in enumerate(lines)
            if line.startswith("| | speaker accuracy (all / non-pronoun")]
    old = _now(text, "PolNeAR dev", "speaker accuracy (all / non-pronoun")
    lines[i] = re.sub(r"\| now: [\d.]+ / ", "| now: 0.911 / ", lines[i], count=1)
    drifted = drifted_rows("\n".join(lines))
    assert [d[0] for d in drifted] == ["Quote speaker accuracy, real news"]
    assert drifted[0][2][:2] == [0.911, old[1]]


def test_a_changed_validation_block_is_caught() -> None:
    """A validation block re-pasted with a lower speaker figure for the weakest held-out set
    moves the British speaker range: that row is reported, and only it."""
    text = README.read_text(encoding="utf-8")
    lines = text.splitlines()
    (head,) = [line for line in lines if line.startswith("| instrument | measure | this corpus")]
    # the first such row is the instruments table's (the first-contact table has one too)
    i = next(i for i, line in enumerate(lines)
             if line.startswith("| quote attribution | speaker accuracy on matched speech |"))
    (low, _), _ = _heldout(text, "quote attribution", "speaker accuracy on matched speech")
    names, cells = head.split(" | "), lines[i].split(" | ")
    (j,) = [j for j, name in enumerate(names)
            if re.fullmatch(r"heldout\d*", name) and float(cells[j]) == low]
    cells[j] = "0.500"
    lines[i] = " | ".join(cells)
    drifted = drifted_rows("\n".join(lines))
    assert [d[0] for d in drifted] == ["Quote speaker accuracy, British prose"]
    assert drifted[0][2][0] == 0.5
