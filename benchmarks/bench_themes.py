"""Theme matching throughput on the corpus repeated to >= 10 MB.

Run: ``.venv/bin/python benchmarks/bench_themes.py``. Prints the figures; asserts nothing (speed
depends on the machine). Segmentation is timed separately so the theme figure is matching and
scoring alone.
"""

from __future__ import annotations

from common import best_of, repeated_corpus

from helpers.core.corpus import segment_text
from helpers.core.keyness import keyness
from helpers.instruments.themes import load_codebook, match_themes, paragraph_themes


def main() -> None:
    text = repeated_corpus()
    n = len(text)
    book = load_codebook()
    seg_seconds, corpus = best_of(lambda: segment_text(text, source="repeated.txt"), repeat=1)
    print(f"corpus: {n:,} chars ({len(text.encode()):,} bytes), {len(corpus.articles):,} "
          f"articles, {len(corpus.sentences):,} sentences (segmented in {seg_seconds:.1f}s)")
    m_seconds, matches = best_of(lambda: match_themes(corpus, book), repeat=1)
    print(f"match_themes ({len(book.ids)} themes): {len(matches):,} matches in {m_seconds:.1f}s "
          f"= {n / m_seconds / 1e6:.2f} M chars/s")
    p_seconds, table = best_of(lambda: paragraph_themes(corpus, book), repeat=1)
    print(f"paragraph_themes (matching + scoring): {len(table):,} paragraphs in {p_seconds:.1f}s "
          f"= {n / p_seconds / 1e6:.2f} M chars/s")
    half = n // 2
    k_seconds, key = best_of(lambda: keyness(text[:half], text[half:], min_freq=5), repeat=1)
    print(f"keyness (two halves): {len(key):,} terms in {k_seconds:.1f}s "
          f"= {n / k_seconds / 1e6:.2f} M chars/s")


if __name__ == "__main__":
    main()
