"""Measures of how much a candidate text shares with a reference: ROUGE at the character or word level.

`textkit.metrics.overlap` holds ROUGE-N, ROUGE-L and ROUGE-Lsum (rouge-score's arithmetic, with a tokenizer
that keeps Chinese), and the longest-common-subsequence length behind them.
"""

from .overlap import ROUGE_TYPES, Score, Tokenizer, char_tokens, lcs_length, rouge, word_tokens

__all__ = ["ROUGE_TYPES", "Score", "Tokenizer", "char_tokens", "lcs_length", "rouge", "word_tokens"]
