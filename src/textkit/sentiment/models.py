"""The sentiment models: ``default`` (character n-grams), ``lexicon`` and ``snownlp``.

``default`` is a logistic regression on TF-IDF-weighted character 1- to 3-grams,
trained by ``scripts/train_sentiment.py`` on SnowNLP's bundled reviews (books,
electronics, clothing and other online-shopping products; MIT) after removing
duplicates. Its weights ship as JSON in ``textkit/resources/sentiment_default.json``
and are scored here in plain Python: no segmenter, no scikit-learn, no SnowNLP.

``snownlp`` is ``SnowNLP(text).sentiments`` unchanged; SnowNLP is imported only
when that model is asked for.
"""

from __future__ import annotations

import json
import logging
import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from ._text import NGRAM_RANGE, char_ngrams, normalize_with_offsets
from .lexicon import _sigmoid

__all__ = ["DEFAULT_MODEL_FILE", "MODELS", "CharNgramModel", "load_default_model", "snownlp_score"]

logger = logging.getLogger(__name__)

#: The model names `textkit.sentiment` accepts.
MODELS = ("default", "lexicon", "snownlp")

#: The file, in ``textkit.resources``, that holds the default model's weights.
DEFAULT_MODEL_FILE = "sentiment_default.json"


@dataclass(frozen=True)
class CharNgramModel:
    """A linear model on TF-IDF character n-grams, scored without scikit-learn.

    The features are those of scikit-learn's ``TfidfVectorizer(analyzer=char_ngrams,
    sublinear_tf=True)``: ``(1 + ln count) * idf``, L2-normalised over the n-grams in
    the vocabulary; the score is ``sigmoid(coef · x + intercept)``.

    Attributes:
        weights: n-gram -> (idf, coefficient).
        intercept: The logistic regression's intercept.
        meta: What the weights file says about itself (training data, figures).
    """

    weights: dict[str, tuple[float, float]]
    intercept: float
    meta: dict[str, Any]

    def _features(self, text: str) -> tuple[list[tuple[str, float, float]], float]:
        counts = Counter(char_ngrams(text))
        rows: list[tuple[str, float, float]] = []  # (ngram, tfidf, coef)
        sq = 0.0
        weights = self.weights
        for gram, count in counts.items():
            entry = weights.get(gram)
            if entry is None:
                continue
            value = (1.0 + math.log(count)) * entry[0]
            sq += value * value
            rows.append((gram, value, entry[1]))
        return rows, math.sqrt(sq)

    def decision(self, text: str) -> float:
        """The logit (log-odds of positive) for ``text``."""
        rows, norm = self._features(text)
        if norm == 0.0:
            return self.intercept
        return self.intercept + sum(v * c for _, v, c in rows) / norm

    def score(self, text: str) -> float:
        """P(positive) for ``text``."""
        return _sigmoid(self.decision(text))

    def contributions(self, text: str) -> list[tuple[str, int, int, float, float]]:
        """Each n-gram occurrence's share of the logit: ``(ngram, start, end, weight, contribution)``.

        ``start``/``end`` are offsets in ``text``; the n-gram is taken from the
        normalised text (NFKC, lower-case, whitespace collapsed), so ``"，"`` shows
        as ``","``. An n-gram that occurs ``k`` times gets ``k`` rows sharing its
        contribution equally.
        """
        rows, norm = self._features(text)
        if norm == 0.0:
            return []
        share = {gram: v * c / norm for gram, v, c in rows}
        coef = {gram: c for gram, _, c in rows}
        counts = Counter(char_ngrams(text))
        norm_text, where = normalize_with_offsets(text)
        out: list[tuple[str, int, int, float, float]] = []
        lo, hi = NGRAM_RANGE
        for i in range(len(norm_text)):
            for k in range(lo, hi + 1):
                if i + k > len(norm_text):
                    break
                gram = norm_text[i : i + k]
                if gram in share:
                    out.append((gram, where[i], where[i + k - 1] + 1, coef[gram], share[gram] / counts[gram]))
        return out


def _parse_model(data: dict[str, Any]) -> CharNgramModel:
    n_docs = int(data["n_documents"])
    ngrams: list[str] = data["ngrams"]
    dfs: list[int] = data["df"]
    coefs: list[float] = data["coef"]
    if not (len(ngrams) == len(dfs) == len(coefs)):
        raise ValueError("corrupt sentiment model: ngrams, df and coef differ in length")
    weights = {
        gram: (math.log((1 + n_docs) / (1 + df)) + 1.0, float(c))
        for gram, df, c in zip(ngrams, dfs, coefs, strict=True)
    }
    meta = {k: v for k, v in data.items() if k not in ("ngrams", "df", "coef")}
    return CharNgramModel(weights=weights, intercept=float(data["intercept"]), meta=meta)


@lru_cache(maxsize=1)
def load_default_model() -> CharNgramModel:
    """Load (once per process) the shipped default model.

    Returns:
        The model; later calls return the same object.

    Example:
        >>> model = load_default_model()
        >>> model.score("质量很好，非常满意") > 0.9
        True
    """
    raw = resources.files("textkit.resources").joinpath(DEFAULT_MODEL_FILE).read_text(encoding="utf-8")
    return _parse_model(json.loads(raw))


def snownlp_score(text: str) -> float:
    """``SnowNLP(text).sentiments``, importing SnowNLP on first use.

    Raises:
        TextkitError: SnowNLP is not installed.
    """
    try:
        from snownlp import SnowNLP
    except ImportError as err:  # pragma: no cover - snownlp is a dependency
        from ..errors import TextkitError

        raise TextkitError('model="snownlp" needs SnowNLP: pip install snownlp') from err
    return float(SnowNLP(text).sentiments)
