"""Layer 4, ``report``: the analysis pipeline, tables, plots, notebook context, figures, run-all."""
