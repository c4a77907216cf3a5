"""textkit: Chinese text analytics — reading, cleaning, segmentation, keywords, sentiment and
summary-versus-original comparison.

The public functions are re-exported here from the capability packages that define them
(`textkit.io`, `textkit.preprocessing`, `textkit.segmentation`, `textkit.keyterms`,
`textkit.sentiment_analysis`, `textkit.metrics`, `textkit.comparison`, `textkit.corpus`,
`textkit.plot`, `textkit.course`); `textkit.lang_zh` holds the Chinese language data they share.
``import textkit`` is fast: it loads no model and imports neither jieba, SnowNLP, pandas,
scikit-learn nor matplotlib; each function imports what it needs when it runs.

Example:
    >>> import textkit
    >>> textkit.split_sentences("抖音电商的增量价值是什么?答案是高效。")
    ['抖音电商的增量价值是什么?', '答案是高效。']
"""

from . import (
    comparison,
    corpus,
    course,
    io,
    keyterms,
    lang_zh,
    metrics,
    plot,
    preprocessing,
    segmentation,
    sentiment_analysis,
)
from .about import __version__, show_versions
from .comparison import Comparison, compare
from .corpus import compare_pairs
from .datasets import CaseStudy, load_case_study
from .errors import TextkitError, TextkitWarning
from .io import decode_bytes, detect_encoding, read_text, stream_text
from .keyterms import TfidfKeywords, compare_keywords, discover_words, keywords
from .lang_zh import load_stopwords
from .metrics import Score, rouge
from .preprocessing import Article, clean, extract_article, normalize, to_simplified
from .segmentation import Segmenter, Token, sentence_spans, split_sentences, tokenize
from .sentiment_analysis import (
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

__all__ = [
    "Article",
    "CaseStudy",
    "Comparison",
    "DocumentSentiment",
    "Lexicon",
    "Score",
    "Segmenter",
    "SentimentEvaluation",
    "TextkitError",
    "TextkitWarning",
    "TfidfKeywords",
    "Token",
    "__version__",
    "clean",
    "compare",
    "compare_keywords",
    "compare_pairs",
    "decode_bytes",
    "detect_encoding",
    "discover_words",
    "document_sentiment",
    "evaluate_sentiment",
    "explain_sentiment",
    "extract_article",
    "keywords",
    "load_case_study",
    "load_lexicon",
    "load_stopwords",
    "normalize",
    "read_text",
    "rouge",
    "sentence_sentiment",
    "sentence_spans",
    "sentiment",
    "show_versions",
    "split_sentences",
    "stream_text",
    "to_simplified",
    "tokenize",
]
