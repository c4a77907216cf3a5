"""Text normalisation and character n-grams shared by training and scoring."""

from __future__ import annotations

import math
import re
import unicodedata
from typing import Any

__all__ = ["NGRAM_RANGE", "char_ngrams", "is_missing", "normalize_for_model", "normalize_with_offsets"]

#: The character n-gram lengths of the default model.
NGRAM_RANGE = (1, 3)

_SPACE_RE = re.compile(r"\s+")


def normalize_for_model(text: str) -> str:
    """NFKC-normalise, lower-case and collapse whitespace to one space (stripped)."""
    return _SPACE_RE.sub(" ", unicodedata.normalize("NFKC", text).lower()).strip()


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """`normalize_for_model` plus, for each character of the result, its index in ``text``.

    Characters are normalised one at a time; where that differs from normalising the
    whole string (rare combining sequences) the offsets are those of the normalised text.

    Example:
        >>> normalize_with_offsets("好，  好")
        ('好, 好', [0, 1, 2, 4])
    """
    chars: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        for out in unicodedata.normalize("NFKC", ch).lower():
            if out.isspace():
                if not chars or chars[-1] == " ":
                    continue
                out = " "
            chars.append(out)
            where.append(i)
    while chars and chars[-1] == " ":
        chars.pop()
        where.pop()
    joined = "".join(chars)
    expected = normalize_for_model(text)
    if joined != expected:
        return expected, list(range(len(expected)))
    return joined, where


def char_ngrams(text: str) -> list[str]:
    """Character 1- to 3-grams of the normalised text, in order of position, then length.

    The training script passes this function to scikit-learn's ``TfidfVectorizer`` as its
    analyzer, and the scorer calls it too, so both see exactly the same features.

    Example:
        >>> char_ngrams("不好")
        ['不', '不好', '好']
    """
    norm = normalize_for_model(text)
    lo, hi = NGRAM_RANGE
    grams: list[str] = []
    n = len(norm)
    for i in range(n):
        for k in range(lo, hi + 1):
            if i + k > n:
                break
            grams.append(norm[i : i + k])
    return grams


def is_missing(value: Any) -> bool:
    """True for None, NaN, pandas' NA/NaT and empty or blank strings."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, float):
        return math.isnan(value)
    try:
        import pandas as pd

        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False
