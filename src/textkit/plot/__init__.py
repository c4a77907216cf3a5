"""Figures for textkit's results, with Chinese labels that render on any machine.

- `textkit.plot.figures`: keyword bars and comparison, word cloud, sentiment trajectory, coverage map,
  similarity matrix, summary support; PNG export.
- `textkit.plot.fonts`: the CJK font the figures use (`cjk_font`), found on the machine or shipped.

Importing this package imports neither matplotlib nor NumPy; each function imports them when it draws.
matplotlib, wordcloud and the packaged font (``zhplot``) come with the ``plot`` extra:
``pip install "textkit[plot]"``. Without it, drawing raises `textkit.errors.MissingExtraError`, which says so;
the rest of textkit does not need it.
"""

from .figures import (
    STATUS_COLORS,
    SUPPORT_COLORS,
    coverage_map,
    figure_to_base64,
    figure_to_png_bytes,
    keyword_bars,
    keyword_comparison,
    sentiment_trajectory,
    similarity_matrix,
    summary_support,
    word_cloud,
)
from .fonts import FontInfo, cjk_font, cjk_font_path

__all__ = [
    "STATUS_COLORS",
    "SUPPORT_COLORS",
    "FontInfo",
    "cjk_font",
    "cjk_font_path",
    "coverage_map",
    "figure_to_base64",
    "figure_to_png_bytes",
    "keyword_bars",
    "keyword_comparison",
    "sentiment_trajectory",
    "similarity_matrix",
    "summary_support",
    "word_cloud",
]
