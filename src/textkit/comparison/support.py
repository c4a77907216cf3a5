"""The support score: a calibrated probability that the source supports a summary sentence or clause.

Each unit of the summary (a sentence, or a clause of a long sentence) is described by a few numbers, all
measured against the sentences it was aligned with (``region``: its best match and its 5 most similar
sentences) or the whole original:

================== ==========================================================================================
``word_match``     as ``word_region``, in the sentence(s) it was matched with only (one, or two or three it
``bigram_match``   fuses: `textkit.comparison.align.align_one`); ``bigram_match`` and ``chunk_match`` likewise
``chunk_match``
``word_region``    share of its content words found in the aligned sentences, each weighted by its IDF in
                   jieba's table (a word not found whole counts by the share of its character bigrams found);
                   words that only frame a summary (``研究``, ``探讨``: `textkit.lang_zh.FRAMING_WORDS`) and
                   stopwords left out
``bigram_region``  share of its character bigrams found in the aligned sentences, each weighted by its IDF over
                   the original's sentences
``chunk_region``   share of its characters inside runs of 3+ characters that the aligned sentences also have
``run_region``     its longest run of characters found in the aligned sentences, as a share of its length
``novel_idf``      summed IDF of its content words not found in the aligned sentences (/12, at most 4)
``novel_max``      the largest IDF among them (/12)
``length``         ``log(1 + characters) / 5``
``keywords10``     share of the original's top 10 keywords (`textkit.keywords`) that the unit holds
``keywords5``      the same for the top 5: a unit about what the original is about holds some
``name``           1 when a name of the unit is not in the original, else 0
``novel_number``   1 when a number of the unit is nowhere in the aligned sentences, else 0
``word_window``    as ``word_region``, in the best passage of 3 adjacent original sentences around the region's
                   sentences (a claim drawn from one passage, not collected from scattered sentences)
``topic``          IDF share of its content words that the aligned sentences use twice or more (what a title
                   names is what its abstract keeps talking about)
``compression``    its length against the matched sentences' (/2, at most 1): titles and summaries compress
``chars_region``   share of its characters found in the aligned sentences, each weighted by its IDF in jieba's
                   table (``红薯`` against ``甘薯`` shares ``薯``)
================== ==========================================================================================

A unit with a contradiction (`textkit.comparison.checks`: a number, date, negation, direction word, name,
quantifier or modality that the source says otherwise in the same place) is not scored by them: its support is the
share of such units that were supported in training (a few percent), below any sensible threshold. The others are
scored by a logistic regression over these features (calibrated by Platt scaling), trained by
``scripts/train_support.py`` on the 1,000 title/abstract pairs of CSL's title task (a paper's title supported by
its abstract, the nearest other paper's title not), FactCC-style perturbations of the abstracts' own sentences
(`textkit.comparison.perturb`) and textkit's own labelled pairs; its weights ship as
``textkit/resources/support_model.json`` with the cross-validated figures they were chosen by (``SUPPORT.md``
beside them). It is lexical: a faithful paraphrase that shares no words with its source is scored low, and a claim
built from the source's own words in a new order can score high.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..errors import TextkitError
from ..keyterms.tfidf import jieba_idf
from ..lang_zh import FRAMING_WORDS, load_stopwords
from ..segmentation import Segmenter
from .checks import Finding
from .source import Source
from .units import bigrams, normalize_for_match, squash

__all__ = ["CONTRADICTIONS", "FEATURES", "MODEL_FILE", "SupportModel", "load_support_model", "unit_features"]

#: The features of a unit, in the model's order.
FEATURES: tuple[str, ...] = (
    "word_match",
    "bigram_match",
    "chunk_match",
    "word_region",
    "bigram_region",
    "chunk_region",
    "run_region",
    "novel_idf",
    "novel_max",
    "length",
    "keywords10",
    "keywords5",
    "name",
    "novel_number",
    "word_window",
    "topic",
    "compression",
    "chars_region",
)
#: The contradictions of `textkit.comparison.checks` (a number, date, negation, direction word, name, quantifier or
#: modality that the source says otherwise in the same place): a unit with one gets the support measured for that kind.
CONTRADICTIONS: tuple[str, ...] = ("number", "date", "negation", "direction", "name", "quantifier", "modality")
#: The file, in ``textkit.resources``, that holds the support model's weights.
MODEL_FILE = "support_model.json"

_IDF_SCALE = 12.0  # jieba's IDF values run up to about 14
_CHUNK = 3
_WINDOW = 3  # adjacent original sentences read as one passage


def _content_words(segmenter: Segmenter, text: str) -> list[str]:
    stop = load_stopwords()
    return [
        w
        for w in segmenter.tokenize(text)
        if w.strip() and any(ch.isalnum() for ch in w) and w not in stop and w not in FRAMING_WORDS
    ]


def _soft(word: str, squashed: str, grams: frozenset[str] | set[str]) -> float:
    """1 when ``word`` occurs whole, else the share of its character bigrams that occur."""
    if word in squashed:
        return 1.0
    own = bigrams(word)
    return len(own & grams) / len(own) if own else 0.0


def _longest_run(text: str, region: str) -> int:
    best = 0
    for i in range(len(text)):
        j = i + best + 1
        while j <= len(text) and text[i:j] in region:
            best = j - i
            j += 1
    return best


def _chunk_share(text: str, region: str) -> float:
    if len(text) < _CHUNK:
        return 1.0 if text and text in region else 0.0
    covered = [False] * len(text)
    for i in range(len(text) - _CHUNK + 1):
        if text[i : i + _CHUNK] in region:
            covered[i : i + _CHUNK] = [True] * _CHUNK
    return sum(covered) / len(text)


def unit_features(
    text: str, source: Source, region: list[int], findings: list[Finding], segmenter: Segmenter, matched: list[int]
) -> list[float]:
    """The features of one summary unit (see the module documentation), in the order of `FEATURES`.

    Args:
        text: The summary sentence or clause.
        source: The prepared original.
        region: The original sentences it was aligned with (its match and most similar sentences).
        findings: Its contradictions (`textkit.comparison.checks.contradictions` and names).
        segmenter: Cuts the unit into words.
        matched: The original sentences it was matched with.

    Returns:
        The feature values.
    """
    idf = jieba_idf()
    norm = normalize_for_match(text)
    squashed = squash(norm)
    region_text = source.region_text(region)
    region_grams: set[str] = set().union(*(source.grams[i] for i in region)) if region else set()
    match_text = source.region_text(matched)
    match_grams: set[str] = set().union(*(source.grams[i] for i in matched)) if matched else set()
    words = _content_words(segmenter, norm)
    weights = [idf(w) for w in words]
    total = sum(weights)
    soft_region = [_soft(w, region_text, region_grams) for w in words]
    word_region = sum(a * b for a, b in zip(weights, soft_region, strict=True)) / total if total else 1.0
    soft_match = [_soft(w, match_text, match_grams) for w in words]
    word_match = sum(a * b for a, b in zip(weights, soft_match, strict=True)) / total if total else 1.0
    novel = [a for a, b in zip(weights, soft_region, strict=True) if b < 0.5]
    grams = bigrams(norm)
    gram_weights = {g: source.idf.get(g, source.unseen) for g in sorted(grams)}  # fixed order: the same sums
    gram_total = sum(gram_weights.values())
    bigram_region = sum(w for g, w in gram_weights.items() if g in region_grams) / gram_total if gram_total else 1.0
    bigram_match = sum(w for g, w in gram_weights.items() if g in match_grams) / gram_total if gram_total else 1.0
    chunk_match = _chunk_share(squashed, match_text)
    top = source.top_keywords()
    missing_name = any(f.kind == "name" and not f.contradiction for f in findings)
    novel_number = any(f.kind in ("number", "date") and not f.contradiction for f in findings)
    word_window = 0.0
    for window in _windows(region, len(source.sentences)):
        w_text = source.region_text(window)
        w_grams: set[str] = set().union(*(source.grams[i] for i in window))
        soft = [_soft(w, w_text, w_grams) for w in words]
        word_window = max(word_window, sum(a * b for a, b in zip(weights, soft, strict=True)) / total if total else 1.0)
    repeated = [a for word, a in zip(words, weights, strict=True) if region_text.count(word) >= 2]
    topic = sum(repeated) / total if total else 0.0
    compression = min(len(squashed) / max(len(squash(match_text)), 1), 2.0) / 2
    char_weights = [idf(c) for c in squashed]  # single characters: 红薯 against 甘薯 shares 薯
    char_total = sum(char_weights)
    chars_region = (
        sum(w for c, w in zip(squashed, char_weights, strict=True) if c in region_text) / char_total
        if char_total
        else 1.0
    )
    return [
        word_match,
        bigram_match,
        chunk_match,
        word_region,
        bigram_region,
        _chunk_share(squashed, region_text),
        _longest_run(squashed, region_text) / len(squashed) if squashed else 1.0,
        min(sum(novel) / _IDF_SCALE, 4.0),
        max(novel, default=0.0) / _IDF_SCALE,
        math.log1p(len(squashed)) / 5,
        sum(k in squashed for k in top) / len(top) if top else 0.0,
        sum(k in squashed for k in top[:5]) / len(top[:5]) if top else 0.0,
        1.0 if missing_name else 0.0,
        1.0 if novel_number else 0.0,
        word_window,
        topic,
        compression,
        chars_region,
    ]


def _windows(region: list[int], n: int) -> list[list[int]]:
    """Runs of `_WINDOW` adjacent original sentences around each sentence of the region (a passage, not a collage)."""
    out = []
    for c in sorted(set(region)):
        start = min(max(0, c - _WINDOW // 2), max(0, n - _WINDOW))
        out.append(list(range(start, min(n, start + _WINDOW))))
    return out


@dataclass(frozen=True)
class SupportModel:
    """A calibrated logistic regression over `FEATURES`, and the support of units with a contradiction.

    ``support = 1 / (1 + exp(-(a · z + b)))`` with ``z = intercept + Σ coef · (x - mean) / scale`` for a unit
    without contradiction.

    The calibration (``a``, ``b``) is Platt scaling fitted on held-out logits of the title pairs, so that a support
    of 0.8 means that about 8 in 10 units scored so were supported where it was trained.

    Attributes:
        coef: One weight per feature.
        mean: The features' training means.
        scale: The features' training standard deviations.
        intercept: The bias.
        calibration_a: The calibration's slope (positive: more evidence, more support).
        calibration_b: The calibration's offset.
        contradiction_support: The support of a unit with a contradiction, by kind.
        threshold: The default support a unit needs to count as supported.
        meta: Everything else the weights file records (training data, cross-validated figures).
    """

    coef: tuple[float, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    intercept: float
    calibration_a: float
    calibration_b: float
    contradiction_support: dict[str, float]
    threshold: float
    meta: dict[str, Any]

    def logit(self, features: list[float]) -> float:
        """The model's log-odds for one feature vector."""
        z = self.intercept
        for c, x, m, s in zip(self.coef, features, self.mean, self.scale, strict=True):
            z += c * (x - m) / s
        return z

    def support(self, features: list[float], contradictions: frozenset[str] | set[str] = frozenset()) -> float:
        """P(supported) for one unit: the lowest for its kinds of contradiction, else the calibration at its logit."""
        if contradictions:
            return min(self.contradiction_support[kind] for kind in contradictions)
        t = self.calibration_a * self.logit(features) + self.calibration_b
        return 1.0 / (1.0 + math.exp(-t)) if t >= 0 else math.exp(t) / (1.0 + math.exp(t))


@lru_cache(maxsize=1)
def load_support_model() -> SupportModel:
    """The shipped support model (read once per process).

    Example:
        >>> model = load_support_model()
        >>> 0 < model.threshold < 1, len(model.coef) == len(FEATURES)
        (True, True)
    """
    import json
    from importlib import resources

    raw = resources.files("textkit.resources").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    data = json.loads(raw)
    if list(data["features"]) != list(FEATURES):
        raise TextkitError(f"{MODEL_FILE}: its features {data['features']} are not this version's {list(FEATURES)}")
    return SupportModel(
        coef=tuple(float(x) for x in data["coef"]),
        mean=tuple(float(x) for x in data["mean"]),
        scale=tuple(float(x) for x in data["scale"]),
        intercept=float(data["intercept"]),
        calibration_a=float(data["calibration"]["a"]),
        calibration_b=float(data["calibration"]["b"]),
        contradiction_support={str(k): float(v) for k, v in data["contradiction_support"].items()},
        threshold=float(data["threshold"]),
        meta={
            k: v
            for k, v in data.items()
            if k not in ("coef", "mean", "scale", "intercept", "threshold", "calibration", "contradiction_support")
        },
    )
