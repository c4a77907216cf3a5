"""Text normalisation and character n-grams shared by training and scoring."""

from __future__ import annotations

import math
import unicodedata
from operator import add
from typing import Any

from .._regex import lazy_compile
from ..lang_zh import NEGATORS, negation_at

__all__ = [
    "NEGATION_MARK",
    "NGRAM_RANGE",
    "char_ngrams",
    "is_missing",
    "model_ngram_strings",
    "model_ngrams",
    "negation_scope",
    "normalize_for_model",
    "normalize_with_offsets",
]

#: The character n-gram lengths of the default model.
NGRAM_RANGE = (1, 3)

#: Prefix of a character inside a negation's scope, in the default model's n-grams (``不¬好``).
NEGATION_MARK = "¬"

_SPACE_RE = lazy_compile(r"\s+")
_SCOPE_END = frozenset("，,。.！!？?；;：:、…~～ \n\r\t()（）【】[]\"'“”‘’")


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


def negation_scope(norm: str) -> list[bool]:
    """For each character of a normalised text, whether it lies in a negation's scope.

    A negator (`textkit.lang_zh.NEGATORS`, outside the words of `textkit.lang_zh.NOT_NEGATIONS` unless a
    longer negation word such as ``不同意`` starts there) opens a scope that
    runs to the end of the clause (punctuation or a space); a second negator inside
    it closes it (double negation cancels). Negators themselves are never in scope.

    Example:
        >>> "".join("^" if m else "." for m in negation_scope("不是不好，好"))
        '.^....'
    """
    n = len(norm)
    marks = [False] * n
    if NEGATORS.isdisjoint(norm):
        return marks
    scope = False
    i = 0
    while i < n:
        ch = norm[i]
        if ch in _SCOPE_END:
            scope = False
            i += 1
            continue
        negates, width = negation_at(norm, i)
        if not negates and width > 1:  # a word of NOT_NEGATIONS: its negator negates nothing
            for j in range(i, i + width):
                marks[j] = scope
            i += width
            continue
        if ch in NEGATORS:
            scope = not scope
        else:
            marks[i] = scope
        i += 1
    return marks


def model_ngrams(text: str) -> list[tuple[str, int, int]]:
    """The default model's features: character n-grams with negation scope marked.

    Character 1- to 3-grams of the normalised text, in order of position then
    length, as ``(ngram, start, end)`` with offsets in the normalised text; a
    character in a negation's scope (`negation_scope`) is written with
    `NEGATION_MARK` before it, so ``好`` in ``不好`` is ``¬好`` and in
    ``不是不好`` (double negation) plain ``好``.

    Example:
        >>> [g for g, _, _ in model_ngrams("不好")]
        ['不', '不¬好', '¬好']
    """
    syms = _symbols(normalize_for_model(text))
    lo, hi = NGRAM_RANGE
    out: list[tuple[str, int, int]] = []
    n = len(syms)
    for i in range(n):
        for k in range(lo, hi + 1):
            if i + k > n:
                break
            out.append(("".join(syms[i : i + k]), i, i + k))
    return out


def model_ngram_strings(text: str) -> list[str]:
    """`model_ngrams` without the offsets, ordered by length then position (faster; what the scorer uses).

    Example:
        >>> model_ngram_strings("不是不好")[:4]
        ['不', '¬是', '不', '好']
    """
    syms = _symbols(normalize_for_model(text))
    lo, hi = NGRAM_RANGE
    n = len(syms)
    if lo == 1 and hi == 3:
        pairs = list(map(add, syms, syms[1:]))  # a + b for each pair, at C speed
        return syms + pairs + list(map(add, pairs, syms[2:]))
    return ["".join(syms[i : i + k]) for k in range(lo, hi + 1) for i in range(n - k + 1)]


def _symbols(norm: str) -> list[str]:
    """The characters of a normalised text, those in a negation's scope prefixed with `NEGATION_MARK`."""
    if NEGATORS.isdisjoint(norm):
        return list(norm)
    return [NEGATION_MARK + ch if m else ch for ch, m in zip(norm, negation_scope(norm), strict=True)]


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
