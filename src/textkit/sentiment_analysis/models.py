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

import math
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

from ..errors import TextkitError
from ._text import is_wordless, model_feature_spans, model_features, normalize_with_offsets
from .lexicon import _sigmoid

__all__ = [
    "DEFAULT_MODEL_FILE",
    "MODELS",
    "WORDLESS",
    "CharNgramModel",
    "Probabilities",
    "load_default_model",
    "snownlp_score",
    "term_weight",
]

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


#: The probabilities of a text with no word (`textkit.sentiment_analysis._text.is_wordless`): neutral, no evidence.
WORDLESS = Probabilities(negative=0.0, neutral=1.0, positive=0.0, polar=0.5)


def term_weight(count: float) -> float:
    """Sublinear term frequency: ``1 + ln(count)`` from 1 up, ``count`` below 1 (a conceded or weak feature).

    Example:
        >>> term_weight(1.0), term_weight(0.25), round(term_weight(2.0), 4)
        (1.0, 0.25, 1.6931)
    """
    return 1.0 + math.log(count) if count > 1.0 else count


@dataclass(frozen=True)
class CharNgramModel:
    """Two linear models on TF-IDF character n-grams and words, scored without scikit-learn.

    The features are `model_features` (character 1-3-grams and jieba words with negation scope marked, degree
    adverbs and conceded clauses weighting their counts): ``term_weight(count) * idf``, L2-normalised over the
    features in the vocabulary. The polarity model gives P(positive | polar) = ``sigmoid(coef · x +
    intercept)``; the neutral model, on the same features, P(neutral) = ``sigmoid(coef_neutral · x +
    intercept_neutral)``.

    Attributes:
        weights: feature -> (idf, coefficient, neutral coefficient).
        intercept: The polarity model's intercept.
        meta: What the weights file says about itself (training data, figures).
        intercept_neutral: The neutral model's intercept (``-inf`` when the file
            has no neutral model: P(neutral) is then 0).
    """

    weights: dict[str, tuple[float, float, float]]
    intercept: float
    meta: dict[str, Any]
    intercept_neutral: float = -math.inf
    # feature -> (idf * idf, idf * coefficient, idf * neutral coefficient): a feature counted once adds these to
    # the squared norm and the two dot products (the same floats `logits` would compute from `weights`).
    _once: dict[str, tuple[float, float, float]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        once = {f: (idf * idf, idf * coef, idf * coef_neutral) for f, (idf, coef, coef_neutral) in self.weights.items()}
        object.__setattr__(self, "_once", once)

    def _rows(self, text: str) -> tuple[list[tuple[str, float, float, float]], float]:
        """``(feature, tfidf, coef, coef_neutral)`` of each known feature, and the L2 norm."""
        rows: list[tuple[str, float, float, float]] = []
        sq = 0.0
        weights = self.weights
        for feature, count in model_features(text).items():
            entry = weights.get(feature)
            if entry is None:
                continue
            value = term_weight(count) * entry[0]
            sq += value * value
            rows.append((feature, value, entry[1], entry[2]))
        return rows, math.sqrt(sq)

    def logits(self, text: str) -> tuple[float, float]:
        """The polarity model's and the neutral model's logits."""
        # `_rows` and the two dot products in one pass (the hot loop of `sentiment`); most features occur once, and
        # their products are precomputed (`_once`).
        once = self._once.get
        weights = self.weights
        log = math.log
        sq = dot_pol = dot_neu = 0.0
        for feature, count in model_features(text).items():
            products = once(feature)
            if products is None:
                continue
            if count == 1.0:
                sq += products[0]
                dot_pol += products[1]
                dot_neu += products[2]
                continue
            entry = weights[feature]
            value = (1.0 + log(count)) * entry[0] if count > 1.0 else count * entry[0]
            sq += value * value
            dot_pol += value * entry[1]
            dot_neu += value * entry[2]
        z_pol, z_neu = self.intercept, self.intercept_neutral
        if sq > 0.0:
            norm = math.sqrt(sq)
            z_pol += dot_pol / norm
            z_neu += dot_neu / norm
        return z_pol, z_neu

    def decision(self, text: str) -> float:
        """The polarity model's logit (log-odds of positive, given the text is polar)."""
        return self.logits(text)[0]

    def probabilities(self, text: str) -> Probabilities:
        """P(negative), P(neutral), P(positive) and P(positive | polar) for ``text``.

        A text with no word (`is_wordless`: ``01``, ``1.``, ``！！！``) is neutral: P(neutral) 1, P(positive | polar)
        0.5, score 0.5; `logits` still gives the two models' logits.

        Example:
            >>> p = load_default_model().probabilities("酒店位于市中心，距离地铁站五百米。")
            >>> p.neutral > max(p.positive, p.negative)
            True
            >>> load_default_model().probabilities("01")
            Probabilities(negative=0.0, neutral=1.0, positive=0.0, polar=0.5)
        """
        if is_wordless(text):
            return WORDLESS
        return _probabilities(*self.logits(text))

    def score(self, text: str) -> float:
        """The score: P(positive) + 0.5 * P(neutral), in [0, 1]."""
        p = self.probabilities(text)
        return p.positive + 0.5 * p.neutral

    def contributions(self, text: str) -> tuple[float, list[tuple[str, int, int, float, float, float]]]:
        """What each feature occurrence adds to the logit of the score: ``(baseline, rows)``.

        ``baseline`` is the logit of the score of a text without any known feature (the two intercepts); each row
        is ``(feature, start, end, weight, count, contribution)``, ``start``/``end`` offsets in ``text``,
        ``weight`` the polarity coefficient and ``count`` what the occurrence counts for (`model_feature_spans`).
        ``baseline`` plus the contributions is the logit of `score`. A text with no word (`is_wordless`) scores 0.5:
        its baseline is 0 and it has no rows.

        The score mixes two logistic models, so a feature's share is its integrated gradient along the straight
        path from the intercepts to the text's logits: ``a * (its share of the polarity logit) + b * (its share of
        the neutral logit)``, ``a`` and ``b`` the mean slopes of logit(score) along that path, integrated
        numerically (Gauss-Legendre, exact to about 1e-12 here). An occurrence's share of a feature is its
        ``count`` over the feature's total count.
        """
        if is_wordless(text):
            return 0.0, []
        rows, norm = self._rows(text)
        base = _score_logit(self.intercept, self.intercept_neutral)
        if norm == 0.0:
            return base, []
        pol = {r[0]: r[1] * r[2] / norm for r in rows}
        has_neutral = self.intercept_neutral != -math.inf
        neu = {r[0]: r[1] * r[3] / norm if has_neutral else 0.0 for r in rows}
        coef = {r[0]: r[2] for r in rows}
        d_pol, d_neu = sum(pol.values()), sum(neu.values())
        a, b = _mean_slopes(self.intercept, self.intercept_neutral, d_pol, d_neu)
        spans = model_feature_spans(text)
        totals: dict[str, float] = {}
        for feature, _, _, count in spans:
            totals[feature] = totals.get(feature, 0.0) + count
        _, where = normalize_with_offsets(text)
        out = []
        for feature, i, j, count in spans:
            if feature not in pol or totals[feature] == 0.0:  # negative: a negated word (`negated_word_spans`)
                continue
            share = a * pol[feature] + b * neu[feature]
            out.append((feature, where[i], where[j - 1] + 1, coef[feature], count, share * count / totals[feature]))
        return base, out


def _probabilities(z_pol: float, z_neu: float) -> Probabilities:
    polar = _sigmoid(z_pol)
    neutral = 0.0 if z_neu == -math.inf else _sigmoid(z_neu)
    return Probabilities((1.0 - neutral) * (1.0 - polar), neutral, (1.0 - neutral) * polar, polar)


def _score_logit(z_pol: float, z_neu: float) -> float:
    p = _probabilities(z_pol, z_neu)
    s = p.positive + 0.5 * p.neutral
    return math.log(s) - math.log1p(-s)


# Gauss-Legendre nodes and weights on [0, 1] (32 points), computed once on first use.
@lru_cache(maxsize=1)
def _quadrature() -> tuple[tuple[float, ...], tuple[float, ...]]:
    import numpy as np

    x, w = np.polynomial.legendre.leggauss(32)
    return tuple(float(v) for v in (x + 1) / 2), tuple(float(v) for v in w / 2)


def _mean_slopes(b_pol: float, b_neu: float, d_pol: float, d_neu: float) -> tuple[float, float]:
    """Mean of d logit(score) / d z_pol and / d z_neu along z = (b_pol, b_neu) + t (d_pol, d_neu), t in [0, 1]."""
    nodes, weights = _quadrature()
    a = b = 0.0
    for t, w in zip(nodes, weights, strict=True):
        sp = _sigmoid(b_pol + t * d_pol)
        sn = 0.0 if b_neu == -math.inf else _sigmoid(b_neu + t * d_neu)
        s = (1.0 - sn) * sp + 0.5 * sn
        dlogit = 1.0 / (s * (1.0 - s))
        a += w * dlogit * (1.0 - sn) * sp * (1.0 - sp)
        b += w * dlogit * sn * (1.0 - sn) * (0.5 - sp)
    return a, b


def _parse_model(data: dict[str, Any]) -> CharNgramModel:
    n_docs = int(data["n_documents"])
    ngrams: list[str] = data["ngrams"]
    dfs: list[int] = data["df"]
    coefs: list[float] = data["coef"]
    coefs_neutral: list[float] = data.get("coef_neutral", [0.0] * len(ngrams))
    if not (len(ngrams) == len(dfs) == len(coefs) == len(coefs_neutral)):
        raise ValueError("corrupt sentiment model: ngrams, df, coef and coef_neutral differ in length")
    # idf once per distinct document frequency (about 1,200 of them for 70,000 features): the first score's load
    log = math.log
    idf_of = {df: log((1 + n_docs) / (1 + df)) + 1.0 for df in set(dfs)}
    values = zip(map(idf_of.__getitem__, dfs), map(float, coefs), map(float, coefs_neutral), strict=True)
    weights = dict(zip(ngrams, values, strict=True))
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
