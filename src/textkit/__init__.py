"""textkit: Chinese text analytics — reading, cleaning, segmentation, keywords, sentiment and
summary-versus-original comparison.

``import textkit`` is fast: it loads no model and imports neither jieba, SnowNLP,
scikit-learn nor matplotlib. Each public name is imported from its module on first
use.

Example:
    >>> import textkit
    >>> textkit.split_sentences("抖音电商的增量价值是什么?答案是高效。")
    ['抖音电商的增量价值是什么?', '答案是高效。']
"""

from __future__ import annotations

import importlib
import logging
import sys
import types
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

# Public name -> module that defines it. Modules are imported on first access.
_EXPORTS: dict[str, str] = {
    "TextkitError": "errors",
    "read_text": "io",
    "decode_bytes": "io",
    "stream_text": "io",
    "detect_encoding": "io",
    "normalize": "clean",
    "to_simplified": "clean",
    "clean": "clean",
    "extract_article": "article",
    "Article": "article",
    "show_versions": "about",
    "keywords": "keywords",
    "compare_keywords": "keywords",
    "TfidfKeywords": "keywords",
    "discover_words": "words",
    "rouge": "rouge",
    "Score": "rouge",
    "compare": "compare",
    "Comparison": "compare",
    "sentiment": "sentiment",
    "sentence_sentiment": "sentiment",
    "document_sentiment": "sentiment",
    "explain_sentiment": "sentiment",
    "evaluate_sentiment": "sentiment",
    "DocumentSentiment": "sentiment",
    "SentimentEvaluation": "sentiment",
    "Lexicon": "sentiment",
    "load_lexicon": "sentiment",
    "split_sentences": "sentences",
    "sentence_spans": "sentences",
    "Segmenter": "segment",
    "Token": "segment",
    "tokenize": "segment",
    "load_stopwords": "segment",
    "load_case_study": "datasets",
    "CaseStudy": "datasets",
}
_SUBMODULES = (
    "about",
    "article",
    "corpus",
    "datasets",
    "errors",
    "fonts",
    "io",
    "plot",
    "report",
    "segment",
    "sentences",
    "teaching",
    "words",
)

__all__ = sorted([*_EXPORTS, "__version__"])

if TYPE_CHECKING:
    from . import about, article, corpus, datasets, errors, fonts, io, plot, report, segment, sentences, teaching, words
    from .about import show_versions
    from .article import Article, extract_article
    from .clean import clean, normalize, to_simplified
    from .compare import Comparison, compare
    from .datasets import CaseStudy, load_case_study
    from .errors import TextkitError
    from .io import decode_bytes, detect_encoding, read_text, stream_text
    from .keywords import TfidfKeywords, compare_keywords, keywords
    from .rouge import Score, rouge
    from .segment import Segmenter, Token, load_stopwords, tokenize
    from .sentences import sentence_spans, split_sentences
    from .sentiment import (
        DocumentSentiment,
        Lexicon,
        SentimentEvaluation,
        document_sentiment,
        evaluate_sentiment,
        explain_sentiment,
        load_lexicon,
        sentence_sentiment,
        sentiment,
    )
    from .words import discover_words


class _Package(types.ModuleType):
    """textkit's module type: a submodule never hides the function of the same name.

    ``textkit.keywords`` is the function, though ``textkit/keywords.py`` is also a
    module: when Python finishes importing such a submodule it sets it as an
    attribute of the package, and this class puts the function back instead.
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, types.ModuleType) and _EXPORTS.get(name) == name and hasattr(value, name):
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is not None:
        value = getattr(importlib.import_module(f".{module}", __name__), name)
        globals()[name] = value
        return value
    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module 'textkit' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS, *_SUBMODULES})
