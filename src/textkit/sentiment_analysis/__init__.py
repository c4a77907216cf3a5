"""Sentiment of Chinese text: scores a researcher can check.

Three models (``default``, ``lexicon``, ``snownlp``), sentence- and document-level
aggregation, per-word explanations and evaluation against labels you bring. What
each model was trained on, and where not to trust it, is in `sentiment`'s docstring
and ``textkit/resources/SENTIMENT.md``. Importing this package loads no model.

Example:
    >>> from textkit.sentiment_analysis import sentiment
    >>> sentiment("服务很热情，房间也干净")["label"].tolist()
    ['positive']
"""

from .aggregate import DocumentSentiment, document_sentiment, sentence_sentiment
from .core import NEUTRAL_BAND, explain_sentiment, label_score, sentiment
from .evaluate import SentimentEvaluation, evaluate_sentiment
from .lexicon import Lexicon, LexiconHit, default_lexicon, load_lexicon
from .models import MODELS

__all__ = [
    "MODELS",
    "NEUTRAL_BAND",
    "DocumentSentiment",
    "Lexicon",
    "LexiconHit",
    "SentimentEvaluation",
    "default_lexicon",
    "document_sentiment",
    "evaluate_sentiment",
    "explain_sentiment",
    "label_score",
    "load_lexicon",
    "sentence_sentiment",
    "sentiment",
]
