"""Cutting Chinese text into sentences and words.

- `textkit.segmentation.sentences`: `split_sentences` and `sentence_spans` (with offsets).
- `textkit.segmentation.segmenter`: `Segmenter`, a picklable word segmenter on a private ``jieba.Tokenizer``,
  and `tokenize`. The `Segmenter` is the one owner of the segmentation options (stopwords, user words,
  part-of-speech filter, backend): every other function that segments takes ``segmenter=`` or forwards its
  convenience options to `segmenter_for`.
- `textkit.segmentation.route`: `best_route`, jieba's accurate-mode route through a run of text in one backward
  pass, shared by the `Segmenter` and the sentiment model's word cutter.
"""

from .segmenter import (
    Segmenter,
    StopwordsArg,
    Token,
    UserWord,
    is_invisible,
    is_punct,
    resolve_stopwords,
    segmenter_for,
    tokenize,
)
from .sentences import SentenceSpan, sentence_spans, split_sentences

__all__ = [
    "Segmenter",
    "SentenceSpan",
    "StopwordsArg",
    "Token",
    "UserWord",
    "is_invisible",
    "is_punct",
    "resolve_stopwords",
    "segmenter_for",
    "sentence_spans",
    "split_sentences",
    "tokenize",
]
