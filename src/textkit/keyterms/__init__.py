"""Key terms of a text: keywords and key phrases, a fitted TF-IDF model, keyword comparison, new-word discovery.

- `textkit.keyterms.extraction`: `keywords`, with the methods ``"phrase"`` (the default), ``"tfidf"`` and
  ``"textrank"``; its module documentation states the formulas and their measured scores.
- `textkit.keyterms.candidates`: the analysis the methods share (content tokens, candidate terms).
- `textkit.keyterms.tfidf`: IDF tables and `TfidfKeywords`, fitted on your corpus (scikit-learn's conventions).
- `textkit.keyterms.textrank`: TextRank.
- `textkit.keyterms.redundancy`: the rule that merges a phrase's fragments into it (``dedupe=True``).
- `textkit.keyterms.contrast`: `compare_keywords`, two texts' keywords side by side, each word's weight,
  rank and count in both.
- `textkit.keyterms.discovery`: `discover_words`, terms jieba does not know.
"""

from .candidates import DEFAULT_POS, TEXTRANK_POS
from .contrast import compare_keywords
from .discovery import discover_words
from .extraction import Method, keywords
from .tfidf import TfidfKeywords

__all__ = ["DEFAULT_POS", "TEXTRANK_POS", "Method", "TfidfKeywords", "compare_keywords", "discover_words", "keywords"]
