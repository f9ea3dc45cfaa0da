"""Print every validation figure as markdown tables (``make validate``).

The README's validation tables are pasted from this output, so every number there can be
regenerated with one command: the default corpus against its hand annotations (with the
thresholds of the issues), every annotated set of other articles listed in
``data/annotations/sets.csv`` with its first-contact scores, the second-annotator agreement,
and the agreement of the British sets' old theme gold with its session-32 recode.
"""

from __future__ import annotations

import argparse

import pandas as pd

from helpers.core.corpus import load_corpus
from helpers.core.paths import DEFAULT_CORPUS
from helpers.evaluate.annotated_sets import (
    annotated_sets,
    first_contact_scores,
    second_coder_agreement,
)
from helpers.evaluate.theme_recode import recode_agreement
from helpers.evaluate.validation import (
    agreement_summary,
    annotated_set_summary,
    human_baseline,
    validation_summary,
)


def markdown(df: pd.DataFrame) -> str:
    """A plain markdown table (numbers to 3 decimals, empty cells for missing values)."""
    cells = df.astype(object).where(df.notna(), "")
    cells = cells.map(lambda v: f"{v:.3f}" if isinstance(v, float) else str(v))
    lines = ["| " + " | ".join(map(str, df.columns)) + " |",
             "|" + "---|" * len(df.columns)]
    lines += ["| " + " | ".join(row) + " |" for row in cells.to_numpy().tolist()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    # no options: --help prints what the script does and stops, rather than scoring everything
    argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                            epilog="Scores the corpus, every annotated set (held-out sets "
                                   "included) and the agreement; takes a few minutes.") \
        .parse_args(argv)
    summary = validation_summary(load_corpus(DEFAULT_CORPUS))
    table = summary[["instrument", "measure", "value", "target", "n"]].rename(
        columns={"value": "this corpus", "n": "gold units"})
    sets = annotated_sets()  # held-out sets first, then the development sets
    for name in sets["name"]:
        other = annotated_set_summary(name)[["instrument", "measure", "value"]]
        table = table.merge(other.rename(columns={"value": name}),
                            on=["instrument", "measure"], how="left")
    human = human_baseline().rename(columns={"second_annotator": "second annotator"})
    table = table.merge(human, on=["instrument", "measure"], how="left")
    order = ["instrument", "measure", "this corpus", "target", *sets["name"]]
    order += [c for c in table.columns if c not in order and c != "gold units"] + ["gold units"]
    print("## Instruments against the hand annotations\n")
    print(markdown(table[order]))
    print("\n## The annotated sets\n")
    print(markdown(sets[["name", "role", "articles", "written", "styles"]]))
    first = first_contact_scores(sets)
    if len(first):
        wide = first.pivot_table(index=["instrument", "measure"], columns="column",
                                 values="value", sort=False).reset_index()
        print("\n## First contact: each set scored once, before any rule was written against "
              "it\n")
        print(markdown(wide))
    print("\n## Agreement between two annotators\n")
    print(markdown(agreement_summary()))
    second = second_coder_agreement(sets)
    if len(second):
        print("\n## Agreement between two blind coders of an annotated set\n")
        print(markdown(second))
    recode = recode_agreement()
    if len(recode):
        print("\n## The British sets' theme gold recoded with the definitions (session 32)\n")
        print("Old gold (coded without the definitions) against a blind recode with them, "
              "pooled over the recoded sets; `gold` = paragraphs coded 1 after adjudication.\n")
        print(markdown(recode[recode["set"] == "all"].drop(columns="set")))


if __name__ == "__main__":
    main()
