"""The sentiment models: ``default`` (character n-grams), ``lexicon`` and ``snownlp``.

``default`` is two logistic regressions on the same TF-IDF-weighted character 1- to
3-grams, with the characters in a negation's scope marked (`model_ngrams`): a polarity
model, P(positive | polar), and a neutral model, P(neutral). Both are trained by
``scripts/train_sentiment.py``: the polarity model on SnowNLP's bundled reviews (hotels,
laptops, books and other products; MIT), deduplicated, and the matched positive/negative
triples written for textkit in ``data/sentiment/pairs_*.tsv`` (its coefficients include the
NB feature scaling it was fitted with); the neutral model on the neutral statements written
for textkit in ``data/sentiment/`` against the written positive and negative sentences and
SnowNLP's reviews. Their weights ship as
JSON in ``textkit/resources/sentiment_default.json`` and are scored here in plain
Python: no segmenter, no scikit-learn, no SnowNLP.

``snownlp`` is ``SnowNLP(text).sentiments`` unchanged; SnowNLP is imported only
when that model is asked for.
"""

from __future__ import annotations

import logging
import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

from ..errors import TextkitError
from ._text import model_ngram_strings, model_ngrams, normalize_with_offsets
from .lexicon import _sigmoid

__all__ = ["DEFAULT_MODEL_FILE", "MODELS", "CharNgramModel", "Probabilities", "load_default_model", "snownlp_score"]

logger = logging.getLogger(__name__)

#: The model names `textkit.sentiment` accepts.
MODELS = ("default", "lexicon", "snownlp")

#: The file, in ``textkit.resources``, that holds the default model's weights.
DEFAULT_MODEL_FILE = "sentiment_default.json"


class Probabilities(NamedTuple):
    """The default model's three-way view of a text.

    ``negative + neutral + positive == 1``; ``polar`` is P(positive | the text is
    polar), the polarity model alone. `CharNgramModel.score` is
    ``positive + 0.5 * neutral``.
    """

    negative: float
    neutral: float
    positive: float
    polar: float


@dataclass(frozen=True)
class CharNgramModel:
    """Two linear models on TF-IDF character n-grams, scored without scikit-learn.

    The features are those of scikit-learn's ``TfidfVectorizer(analyzer=...,
    sublinear_tf=True)`` over `model_ngrams` (character 1-3-grams with negation
    scope marked): ``(1 + ln count) * idf``, L2-normalised over the n-grams in the
    vocabulary. The polarity model gives P(positive | polar) = ``sigmoid(coef · x +
    intercept)``; the neutral model, on the same features, P(neutral) =
    ``sigmoid(coef_neutral · x + intercept_neutral)``.

    Attributes:
        weights: n-gram -> (idf, coefficient, neutral coefficient).
        intercept: The polarity model's intercept.
        meta: What the weights file says about itself (training data, figures).
        intercept_neutral: The neutral model's intercept (``-inf`` when the file
            has no neutral model: P(neutral) is then 0).
    """

    weights: dict[str, tuple[float, float, float]]
    intercept: float
    meta: dict[str, Any]
    intercept_neutral: float = -math.inf

    def _features(self, text: str) -> tuple[list[tuple[str, float, float, float]], float]:
        counts = Counter(model_ngram_strings(text))
        rows: list[tuple[str, float, float, float]] = []  # (ngram, tfidf, coef, coef_neutral)
        sq = 0.0
        weights = self.weights
        for gram, count in counts.items():
            entry = weights.get(gram)
            if entry is None:
                continue
            value = (1.0 + math.log(count)) * entry[0]
            sq += value * value
            rows.append((gram, value, entry[1], entry[2]))
        return rows, math.sqrt(sq)

    def decision(self, text: str) -> float:
        """The polarity model's logit (log-odds of positive, given the text is polar)."""
        rows, norm = self._features(text)
        if norm == 0.0:
            return self.intercept
        return self.intercept + sum(r[1] * r[2] for r in rows) / norm

    def probabilities(self, text: str) -> Probabilities:
        """P(negative), P(neutral), P(positive) and P(positive | polar) for ``text``.

        Example:
            >>> p = load_default_model().probabilities("酒店位于市中心，距离地铁站五百米。")
            >>> p.neutral > max(p.positive, p.negative)
            True
        """
        # `_features` and the two dot products in one pass, adding in the same order (the same floats).
        weights = self.weights
        log = math.log
        sq = dot_pol = dot_neu = 0.0
        for gram, count in Counter(model_ngram_strings(text)).items():
            entry = weights.get(gram)
            if entry is None:
                continue
            value = (1.0 + log(count)) * entry[0] if count > 1 else entry[0]
            sq += value * value
            dot_pol += value * entry[1]
            dot_neu += value * entry[2]
        norm = math.sqrt(sq)
        z_pol, z_neu = self.intercept, self.intercept_neutral
        if norm > 0.0:
            z_pol += dot_pol / norm
            z_neu += dot_neu / norm
        polar = _sigmoid(z_pol)
        neutral = 0.0 if z_neu == -math.inf else _sigmoid(z_neu)
        return Probabilities((1.0 - neutral) * (1.0 - polar), neutral, (1.0 - neutral) * polar, polar)

    def score(self, text: str) -> float:
        """The score: P(positive) + 0.5 * P(neutral), in [0, 1]."""
        p = self.probabilities(text)
        return p.positive + 0.5 * p.neutral

    def contributions(self, text: str) -> list[tuple[str, int, int, float, float]]:
        """Each n-gram occurrence's share of the polarity logit: ``(ngram, start, end, weight, contribution)``.

        ``start``/``end`` are offsets in ``text``; the n-gram is as the model sees it
        (NFKC, lower-case, whitespace collapsed, characters in a negation's scope
        prefixed with ``¬``), so ``"，"`` shows as ``","`` and ``好`` in ``不好`` as
        ``"¬好"``. An n-gram that occurs ``k`` times gets ``k`` rows sharing its
        contribution equally. With the intercept they add up to `decision`.
        """
        rows, norm = self._features(text)
        if norm == 0.0:
            return []
        share = {r[0]: r[1] * r[2] / norm for r in rows}
        coef = {r[0]: r[2] for r in rows}
        grams = model_ngrams(text)
        counts = Counter(g for g, _, _ in grams)
        _, where = normalize_with_offsets(text)
        return [
            (gram, where[i], where[j - 1] + 1, coef[gram], share[gram] / counts[gram])
            for gram, i, j in grams
            if gram in share
        ]


def _parse_model(data: dict[str, Any]) -> CharNgramModel:
    n_docs = int(data["n_documents"])
    ngrams: list[str] = data["ngrams"]
    dfs: list[int] = data["df"]
    coefs: list[float] = data["coef"]
    coefs_neutral: list[float] = data.get("coef_neutral", [0.0] * len(ngrams))
    if not (len(ngrams) == len(dfs) == len(coefs) == len(coefs_neutral)):
        raise ValueError("corrupt sentiment model: ngrams, df, coef and coef_neutral differ in length")
    weights = {
        gram: (math.log((1 + n_docs) / (1 + df)) + 1.0, float(c), float(cn))
        for gram, df, c, cn in zip(ngrams, dfs, coefs, coefs_neutral, strict=True)
    }
    meta = {k: v for k, v in data.items() if k not in ("ngrams", "df", "coef", "coef_neutral")}
    intercept_neutral = float(data["intercept_neutral"]) if "intercept_neutral" in data else -math.inf
    return CharNgramModel(
        weights=weights, intercept=float(data["intercept"]), meta=meta, intercept_neutral=intercept_neutral
    )


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
    import json
    from importlib import resources

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
        raise TextkitError('model="snownlp" needs SnowNLP: pip install snownlp') from err
    return float(SnowNLP(text).sentiments)
