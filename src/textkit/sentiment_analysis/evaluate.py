"""Measuring sentiment scores against labels a user brings."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from ..errors import TextkitError, invalid_value
from ._text import is_missing

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

__all__ = ["SentimentEvaluation", "evaluate_sentiment"]

_POSITIVE = {"positive", "pos", "1", "true"}
_NEGATIVE = {"negative", "neg", "0", "false"}


@dataclass(frozen=True)
class SentimentEvaluation:
    """How well scores (P(positive)) match binary labels.

    Attributes:
        n: Pairs evaluated.
        n_skipped: Pairs left out because the score or the label was missing.
        accuracy: Share of pairs where ``score > threshold`` agrees with the label.
        macro_f1: The mean of the F1 scores of the positive and the negative class.
        roc_auc: Probability that a random positive scores above a random negative
            (ties count half); NaN when only one class is present.
        brier: Mean squared difference between score and label (0 is perfect,
            0.25 is what a constant 0.5 gets).
        ece: Expected calibration error: over equal-width score bins, the
            size-weighted mean gap between the mean score and the share of positives.
        threshold: The cut used for accuracy and F1.

    Example:
        >>> result = evaluate_sentiment([0.9, 0.2, 0.7], [1, 0, 0])
        >>> result.n, round(result.accuracy, 3)
        (3, 0.667)
    """

    n: int
    n_skipped: int
    accuracy: float
    macro_f1: float
    roc_auc: float
    brier: float
    ece: float
    threshold: float

    def to_dict(self) -> dict[str, float | int]:
        """The figures as a plain dict."""
        return asdict(self)


def _label(value: Any, key: Any) -> float:
    if is_missing(value):
        return math.nan
    if isinstance(value, str):
        low = value.strip().lower()
        if low in _POSITIVE:
            return 1.0
        if low in _NEGATIVE:
            return 0.0
    elif isinstance(value, (bool, int, float)) or hasattr(value, "item"):
        num = float(value)
        if num in (0.0, 1.0):
            return num
    raise invalid_value(f"labels[{key!r}]", value, "1/0, True/False, 'positive'/'negative' or 'pos'/'neg'")


def _auc(scores: npt.NDArray[np.float64], y: npt.NDArray[np.float64]) -> float:
    """Mann-Whitney AUC with ties counted half (average ranks)."""
    import numpy as np

    n_pos = int(y.sum())
    n_neg = len(y) - n_pos
    if n_pos == 0 or n_neg == 0:
        return math.nan
    order = np.argsort(scores, kind="stable")
    sorted_scores = scores[order]
    ranks = np.empty(len(scores))
    i = 0
    while i < len(scores):
        j = i
        while j + 1 < len(scores) and sorted_scores[j + 1] == sorted_scores[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2 + 1
        i = j + 1
    return float((ranks[y == 1].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def _f1(pred: npt.NDArray[np.bool_], truth: npt.NDArray[np.bool_]) -> float:
    tp = int((pred & truth).sum())
    fp = int((pred & ~truth).sum())
    fn = int((~pred & truth).sum())
    denom = 2 * tp + fp + fn
    return 2 * tp / denom if denom else 0.0


def evaluate_sentiment(
    scores: Iterable[float] | Any,
    labels: Iterable[Any],
    *,
    threshold: float = 0.5,
    n_bins: int = 10,
) -> SentimentEvaluation:
    """Accuracy, macro F1, ROC AUC, Brier score and calibration error of sentiment scores.

    Bring your own labelled texts, score them with `sentiment`, and pass the scores
    and the gold labels here. Pairs whose score or label is missing (None, NaN,
    empty) are skipped and counted in ``n_skipped``.

    Args:
        scores: P(positive) per text, in [0, 1]: a sequence, array, Series, or the
            DataFrame `sentiment` returns (its ``score`` column is used).
        labels: Gold labels: 1/0, True/False, ``"positive"``/``"negative"`` or
            ``"pos"``/``"neg"``.
        threshold: A score above it counts as positive.
        n_bins: Equal-width bins for the expected calibration error.

    Returns:
        The figures. With no pair left, every figure is NaN and ``n`` is 0.

    Raises:
        TextkitError: Lengths differ, a score is outside [0, 1], a label is not
            binary, or ``threshold``/``n_bins`` is out of range.

    Example:
        >>> ev = evaluate_sentiment([0.9, 0.8, 0.3, 0.6], ["positive", "positive", "negative", "negative"])
        >>> ev.accuracy, ev.roc_auc, round(ev.brier, 3)
        (0.75, 1.0, 0.125)
    """
    import numpy as np
    import pandas as pd

    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0.0 <= threshold <= 1.0:
        raise invalid_value("threshold", threshold, "a number in [0, 1]")
    if isinstance(n_bins, bool) or not isinstance(n_bins, int) or n_bins < 1:
        raise invalid_value("n_bins", n_bins, "an int >= 1")
    if isinstance(scores, pd.DataFrame):
        if "score" not in scores.columns:
            raise invalid_value("scores", scores, "scores or a DataFrame with a 'score' column")
        scores = scores["score"]
    if isinstance(scores, str) or not isinstance(scores, Iterable):
        raise invalid_value("scores", scores, "an iterable of numbers in [0, 1]")
    if isinstance(labels, str) or not isinstance(labels, Iterable):
        raise invalid_value("labels", labels, "an iterable of binary labels")
    # A Series' values are named by their index label in messages, a list's by position.
    score_keys = list(scores.index) if isinstance(scores, pd.Series) else None
    label_keys = list(labels.index) if isinstance(labels, pd.Series) else None
    score_list = list(scores)
    label_list = list(labels)
    if len(score_list) != len(label_list):
        raise TextkitError(f"scores and labels must have the same length, got {len(score_list)} and {len(label_list)}")
    s = np.full(len(score_list), np.nan)
    for i, value in enumerate(score_list):
        if is_missing(value):
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float, np.number)) or not 0.0 <= value <= 1.0:
            key = score_keys[i] if score_keys is not None else i
            raise invalid_value(f"scores[{key!r}]", value, "a number in [0, 1] or NaN")
        s[i] = float(value)
    y = np.array(
        [_label(v, label_keys[i] if label_keys is not None else i) for i, v in enumerate(label_list)], dtype=np.float64
    )
    keep = ~(np.isnan(s) | np.isnan(y))
    s, y = s[keep], y[keep]
    n = len(s)
    if n == 0:
        nan = math.nan
        return SentimentEvaluation(0, len(score_list), nan, nan, nan, nan, nan, float(threshold))
    pred = s > threshold
    truth = y == 1
    accuracy = float((pred == truth).mean())
    macro_f1 = (_f1(pred, truth) + _f1(~pred, ~truth)) / 2
    brier = float(((s - y) ** 2).mean())
    bins = np.minimum((s * n_bins).astype(int), n_bins - 1)
    ece = 0.0
    for b in range(n_bins):
        mask = bins == b
        if mask.any():
            ece += mask.mean() * abs(s[mask].mean() - y[mask].mean())
    return SentimentEvaluation(
        n=n,
        n_skipped=len(score_list) - n,
        accuracy=accuracy,
        macro_f1=float(macro_f1),
        roc_auc=_auc(s, y),
        brier=brier,
        ece=float(ece),
        threshold=float(threshold),
    )
