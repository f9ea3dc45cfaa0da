"""Print every validation figure as markdown tables (``make validate``).

The README's validation tables are pasted from this output, so every number there can be
regenerated with one command: the default corpus against its hand annotations (with the
thresholds of the issues), the two sets of other articles, and the second-annotator agreement.
"""

from __future__ import annotations

import pandas as pd

from helpers.core.corpus import load_corpus
from helpers.core.paths import ANNOTATIONS, DEFAULT_CORPUS
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


def main() -> None:
    summary = validation_summary(load_corpus(DEFAULT_CORPUS))
    table = summary[["instrument", "measure", "value", "target", "n"]].rename(
        columns={"value": "this corpus", "n": "gold units"})
    for name in ("other_styles", "uk_dev1", "uk_dev2", "heldout", "heldout2"):
        if (ANNOTATIONS / name).is_dir():
            other = annotated_set_summary(name)[["instrument", "measure", "value"]]
            table = table.merge(other.rename(columns={"value": name}),
                                on=["instrument", "measure"], how="left")
    first = ANNOTATIONS / "other_styles" / "first_contact_scores.csv"
    if first.exists():
        scores = pd.read_csv(first)
        scores["batch"] = "first contact, batch " + scores["batch"].str.split(" ").str[0]
        # the first-contact theme scores were measured against the two-theme (v1) gold
        v1 = (scores["instrument"] == "themes") & ~scores["measure"].str.endswith("(v1 gold)")
        scores.loc[v1, "measure"] = scores.loc[v1, "measure"] + " (v1 gold)"
        wide = scores.pivot_table(index=["instrument", "measure"], columns="batch",
                                  values="value", sort=False).reset_index()
        table = table.merge(wide, on=["instrument", "measure"], how="left")
    human = human_baseline().rename(columns={"second_annotator": "second annotator"})
    table = table.merge(human, on=["instrument", "measure"], how="left")
    first_cols = ["instrument", "measure", "this corpus", "target"]
    order = first_cols + [c for c in ("heldout", "heldout2", "other_styles", "uk_dev1", "uk_dev2")
                               if c in table.columns]
    order += [c for c in table.columns if c not in order and c != "gold units"] + ["gold units"]
    table = table[order]
    print("## Instruments against the hand annotations\n")
    print(markdown(table))
    print("\n## Agreement between two annotators\n")
    print(markdown(agreement_summary()))


if __name__ == "__main__":
    main()
