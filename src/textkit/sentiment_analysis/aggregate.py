"""Sentence-level scores and document-level sentiment by aggregation.

Scoring a long text as one piece makes any model saturate (SnowNLP gives exactly 1.0
to both case-study texts). Here a document is split into sentences with
`textkit.sentence_spans`, each sentence is scored, and the document gets the mean
score, the shares of positive, neutral and negative sentences, and the trajectory
along the text for plotting.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import check_text
from ..segmentation import sentence_spans
from .core import NEUTRAL_BAND, LexiconArg, check_band, label_probabilities, label_score, scored_items
from .models import Probabilities

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

__all__ = ["DocumentSentiment", "document_sentiment", "sentence_sentiment"]

_LABELS = ("negative", "neutral", "positive")


@dataclass(frozen=True)
class DocumentSentiment:
    """The sentiment of a document, aggregated from its sentences.

    Attributes:
        mean: Mean sentence score (NaN when there is no sentence).
        weighted_mean: Mean sentence score weighted by sentence length in characters.
        shares: Label -> share of sentences with that label (all 0.0 when there is
            no sentence); keys ``negative``, ``neutral``, ``positive``.
        n_sentences: Number of sentences scored.
        sentences: The `sentence_sentiment` table (the trajectory).
        model: The model used.
        band: The ``(low, high)`` score band labelled neutral (``neutral=``).
        mean_neutral: The sentences' mean P(neutral) with the default model (NaN with
            the others, or without sentences).

    Example:
        >>> doc = document_sentiment("服务很好。价格太贵了。")
        >>> doc.n_sentences, doc.shares["positive"], doc.shares["negative"]
        (2, 0.5, 0.5)
    """

    mean: float
    weighted_mean: float
    shares: dict[str, float]
    n_sentences: int
    sentences: pd.DataFrame
    model: str
    band: tuple[float, float] = NEUTRAL_BAND
    mean_neutral: float = math.nan

    @property
    def label(self) -> str | None:
        """The document's label, None without sentences.

        With the default model, `sentiment`'s rule on the sentences' mean probabilities: ``neutral`` when the mean
        P(neutral) is at least the mean P(positive) and P(negative), so a one-sentence document has its sentence's
        label; otherwise, and with the other models, the label of `mean` in `band`.
        """
        if math.isnan(self.mean) or math.isnan(self.mean_neutral):
            return label_score(self.mean, self.band)
        positive = self.mean - 0.5 * self.mean_neutral  # score = P(positive) + 0.5 P(neutral), and so its mean
        negative = 1.0 - positive - self.mean_neutral
        return label_probabilities(Probabilities(negative, self.mean_neutral, positive, math.nan), self.band)


def sentence_sentiment(
    text: str,
    *,
    model: str = "default",
    lexicon: LexiconArg = None,
    neutral: tuple[float, float] = NEUTRAL_BAND,
    semicolon: bool = False,
) -> pd.DataFrame:
    """Score each sentence of a text: the sentiment trajectory along it.

    Args:
        text: The text (cleaned article body, review, transcript ...).
        model: ``"default"``, ``"lexicon"`` or ``"snownlp"`` (see `sentiment`).
        lexicon: With ``model="lexicon"``, a `Lexicon` or a path; None for textkit's.
        neutral: The ``(low, high)`` score band labelled neutral.
        semicolon: Also split sentences at semicolons.

    Returns:
        One row per sentence with columns ``index`` (0..n-1), ``sentence``,
        ``start``, ``end`` (offsets: ``text[start:end] == sentence``), ``position``
        (sentence midpoint / len(text), in [0, 1]), ``score`` and ``label``. Empty,
        with these columns, for a text without sentences.

    Raises:
        TextkitError: ``text`` is not a str, or an option is invalid.

    Example:
        >>> df = sentence_sentiment("质量很好，非常满意。物流太慢了，很失望。")
        >>> df[["index", "start", "end", "label"]].values.tolist()
        [[0, 0, 10, 'positive'], [1, 10, 20, 'negative']]
    """
    return _scored_sentences(text, model=model, lexicon=lexicon, neutral=neutral, semicolon=semicolon)[0]


def _scored_sentences(
    text: str, *, model: str, lexicon: LexiconArg, neutral: tuple[float, float], semicolon: bool
) -> tuple[pd.DataFrame, np.ndarray, tuple[float, float]]:
    """`sentence_sentiment`'s table, each sentence's P(neutral) (`scored_items`) and the checked band."""
    import pandas as pd

    check_text(text)
    band = check_band(neutral)
    spans = sentence_spans(text, semicolon=semicolon)
    scores, labels, p_neutral = scored_items([s.text for s in spans], model=model, lexicon=lexicon, neutral=band)
    length = len(text)
    table = pd.DataFrame(
        {
            "index": pd.Series(range(len(spans)), dtype="int64"),
            "sentence": pd.Series([s.text for s in spans], dtype=object),
            "start": pd.Series([s.start for s in spans], dtype="int64"),
            "end": pd.Series([s.end for s in spans], dtype="int64"),
            "position": pd.Series([(s.start + s.end) / 2 / length for s in spans], dtype="float64"),
            "score": scores,
            "label": pd.Series(labels, dtype=object),
        }
    )
    return table, p_neutral, band


def document_sentiment(
    text: str,
    *,
    model: str = "default",
    lexicon: LexiconArg = None,
    neutral: tuple[float, float] = NEUTRAL_BAND,
    semicolon: bool = False,
) -> DocumentSentiment:
    """The sentiment of a whole document, from the scores of its sentences.

    Long texts never saturate: the mean of sentence scores stays in the range of
    single sentences, and the shares say how much of the text leans each way.

    Args:
        text: The document.
        model: ``"default"``, ``"lexicon"`` or ``"snownlp"`` (see `sentiment`).
        lexicon: With ``model="lexicon"``, a `Lexicon` or a path; None for textkit's.
        neutral: The ``(low, high)`` score band labelled neutral.
        semicolon: Also split sentences at semicolons.

    Returns:
        A `DocumentSentiment`; for a text without sentences ``mean`` is NaN,
        ``n_sentences`` is 0 and every share is 0.0.

    Raises:
        TextkitError: ``text`` is not a str, or an option is invalid.

    Example:
        >>> doc = document_sentiment("质量很好，非常满意。物流太慢了，很失望。包装完好。")
        >>> doc.n_sentences, doc.shares["positive"] > 0, doc.shares["negative"] > 0
        (3, True, True)
    """
    table, p_neutral, band = _scored_sentences(text, model=model, lexicon=lexicon, neutral=neutral, semicolon=semicolon)
    n = len(table)
    if n == 0:
        return DocumentSentiment(math.nan, math.nan, dict.fromkeys(_LABELS, 0.0), 0, table, model, band)
    scores = table["score"].to_numpy(dtype="float64")
    lengths = (table["end"] - table["start"]).to_numpy(dtype="float64")
    counts = table["label"].value_counts()
    shares = {label: float(counts.get(label, 0)) / n for label in _LABELS}
    return DocumentSentiment(
        mean=float(scores.mean()),
        weighted_mean=float((scores * lengths).sum() / lengths.sum()),
        shares=shares,
        n_sentences=n,
        sentences=table,
        model=model,
        band=band,
        mean_neutral=float(p_neutral.mean()),
    )
