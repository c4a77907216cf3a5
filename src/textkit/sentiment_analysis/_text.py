"""Text normalisation and the default model's features, shared by training and scoring.

The features of a text (`model_features`): its character 1-3-grams and its jieba words (``w:差异化``, ``w:差``),
in both of which a character in a negation's scope is marked (``¬好``, ``w:¬满意``); a word after a degree adverb
(`textkit.lang_zh.DEGREE_ADVERBS`) counts its multiplier instead of 1 (``非常满意``: ``w:满意`` 1.8), and every
feature in a conceded part of a sentence (before ``但是``, ``就是``, ``可惜`` ...; a ``虽然`` clause:
`textkit.lang_zh.concession_weights`) counts `CONCEDED_WEIGHT` instead of 1. A word a negation negates
(`negated_word_spans`: ``刁难`` in ``不刁难``) also counts ``-NEGATED_WORD_WEIGHT`` for its plain word feature
(``w:刁难``), so a negated word the training data rarely saw negated reads as the opposite of the word. In a "not
even one" construction (``一根头发都没有``) every feature of its frame (``一根``, ``都没有``:
`textkit.lang_zh.even_negation_frames`) counts `FRAME_WEIGHT`: the frame says "none at all", what it negates says
whether that is good. A word of size that measures an attribute (``配送费很高``, ``噪音很小``:
`textkit.lang_zh.find_attribute_readings`) also counts as the verdict word it reads as (``w:贵``, ``w:好``). What a
zero counts (``差评`` in ``零差评`` and ``差评为零``: `textkit.lang_zh.zero_negation_spans`) is negated as after ``不``.
"""

from __future__ import annotations

import math
import os
import unicodedata
from collections import Counter
from functools import lru_cache
from itertools import chain
from operator import add
from typing import TYPE_CHECKING, Any

from .._regex import INVISIBLE_RE, lazy_compile
from ..errors import TextkitError
from ..lang_zh import (
    DEGREE_ADVERBS,
    NEGATION_REACHES_PAST,
    NEGATION_WORDS,
    NEGATORS,
    NOT_NEGATIONS,
    concession_weights,
    even_negation_frames,
    even_negation_spans,
    find_attribute_readings,
    intensifying_negation_at,
    may_concede,
    may_count_zero,
    may_read_attributes,
    negation_at,
    zero_negation_spans,
)
from ..lang_zh.variants import fold_traditional, traditional_fold_table
from ..segmentation.route import LogTable, best_route

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ..segmentation import Segmenter

__all__ = [
    "CONCEDED_WEIGHT",
    "NEGATED_WORDS_READ",
    "NEGATED_WORD_WEIGHT",
    "NEGATION_MARK",
    "NGRAM_RANGE",
    "WORD_PREFIX",
    "char_ngrams",
    "is_missing",
    "is_wordless",
    "model_feature_spans",
    "model_features",
    "model_ngram_strings",
    "model_ngrams",
    "negated_word_spans",
    "negation_scope",
    "normalize_for_model",
    "normalize_with_offsets",
]

#: The character n-gram lengths of the default model.
NGRAM_RANGE = (1, 3)

#: Prefix of a character inside a negation's scope, in the default model's n-grams (``不¬好``).
NEGATION_MARK = "¬"

#: Prefix of a word feature (``w:差异化``), which sets it apart from the character n-grams.
WORD_PREFIX = "w:"

#: What a feature in a conceded part of a sentence (``虽然质量不错``, in ``虽然质量不错，但是太贵了``) counts for.
CONCEDED_WEIGHT = 0.1

#: What a word a negation negates (`negated_word_spans`) counts for its plain word feature, negated.
NEGATED_WORD_WEIGHT = 1.0
#: What a feature in the frame of a "not even one" construction (``一点`` and ``都没有`` in ``一点异味都没有``)
#: counts for: the frame is the same whether a bad thing is absent or a good one (``一点热水都没有``). 0.1, as in a
#: conceded clause; 0 was measured too (resources/SENTIMENT.md, issue 19's fifteenth round).
FRAME_WEIGHT = 0.1

#: How many words after a negation it negates (`negated_word_spans`), words it reaches past aside.
NEGATED_WORDS_READ = 2

_SPACE_RE = lazy_compile(r"\s+")
_SCOPE_END = frozenset("，,。.！!？?；;：:、…~～ \n\r\t()（）【】[]\"'“”‘’")


def normalize_for_model(text: str) -> str:
    r"""NFKC-normalise, lower-case, fold traditional characters to simplified, collapse whitespace (stripped).

    Invisible characters (zero-width spaces, soft hyphens: `textkit._regex.INVISIBLE_CLASS`) are dropped, so
    ``很\u200b好`` has the features of ``很好``. The fold (`textkit.lang_zh.fold_traditional`) lets the model,
    trained on simplified text, read traditional text: ``沒有異味`` has the features of ``没有异味``.

    Example:
        >>> normalize_for_model("  ＯＫ，沒有異味  ")
        'ok,没有异味'
    """
    folded = fold_traditional(unicodedata.normalize("NFKC", INVISIBLE_RE.sub("", text)).lower())
    return _SPACE_RE.sub(" ", folded).strip()


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
    fold = traditional_fold_table()
    hidden = {m.start() for m in INVISIBLE_RE.finditer(text)}
    for i, ch in enumerate(text):
        if i in hidden:
            continue
        for out in unicodedata.normalize("NFKC", ch).lower().translate(fold):
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


# The first characters of the words that `negation_at` reads (the negators among them).
_NEGATION_STARTS = frozenset(word[0] for word in (*NEGATION_WORDS, *NOT_NEGATIONS))


def _negation_at(norm: str, i: int) -> tuple[bool, int]:
    """`textkit.lang_zh.negation_at` as the default model reads it.

    ``不是一般`` and the other `textkit.lang_zh.INTENSIFYING_NEGATIONS` negate nothing after them (``不是一般的差`` is
    very bad), though the summary check counts them as negations.
    """
    width = intensifying_negation_at(norm, i)
    return (False, width) if width else negation_at(norm, i)


def negation_scope(norm: str) -> list[bool]:
    """For each character of a normalised text, whether it lies in a negation's scope.

    A negator (`textkit.lang_zh.NEGATORS`, outside the words of `textkit.lang_zh.NOT_NEGATIONS` and
    `textkit.lang_zh.INTENSIFYING_NEGATIONS` unless a longer negation word such as ``不同意`` starts there) opens a
    scope that runs to the end of the clause (punctuation or a space); a second negator inside it closes it (double
    negation cancels). Negators themselves are never in scope. What a "not even one" construction negates before
    its negation (`textkit.lang_zh.even_negation_spans`: 问题 in ``什么问题都没有``) is under one more negation.

    Example:
        >>> "".join("^" if m else "-" for m in negation_scope("不是不好，好"))
        '-^----'
        >>> "".join("^" if m else "-" for m in negation_scope("什么问题都没有"))
        '--^^--^'
    """
    n = len(norm)
    marks = [False] * n
    zero = _zero_spans(norm) if may_count_zero(norm) else []
    if NEGATORS.isdisjoint(norm) and not zero:
        return marks
    _mark_forward_scope(norm, marks)
    for start, end in chain(even_negation_spans(norm, _SCOPE_END), zero):
        for j in range(start, end):
            marks[j] = not marks[j]
    return marks


def _zero_spans(norm: str, cut: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """What the zeros of a normalised text negate (`textkit.lang_zh.zero_negation_spans` on its words)."""
    return zero_negation_spans(norm, word_cutter().spans(norm) if cut is None else cut, _SCOPE_END)


def _mark_forward_scope(norm: str, marks: list[bool]) -> None:
    """Mark in ``marks`` the characters in the scope of a negation that negates what follows it."""
    n = len(norm)
    scope = False
    i = 0
    while i < n:
        ch = norm[i]
        if ch in _SCOPE_END:
            scope = False
            i += 1
            continue
        if ch not in _NEGATION_STARTS:  # what negation_at says of a character that starts no negation word
            marks[i] = scope
            i += 1
            continue
        negates, width = _negation_at(norm, i)
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
    return model_ngram_strings_of(_symbols(normalize_for_model(text)))


def _symbols(norm: str) -> list[str]:
    """The characters of a normalised text, those in a negation's scope prefixed with `NEGATION_MARK`."""
    if NEGATORS.isdisjoint(norm) and not may_count_zero(norm):
        return list(norm)
    return [NEGATION_MARK + ch if m else ch for ch, m in zip(norm, negation_scope(norm), strict=True)]


#: The file, in ``textkit.resources``, of the words the default model cuts with (``word frequency`` lines).
WORDS_FILE = "sentiment_words.txt"
_word_list: list[str | None] = [None]  # another word list (`use_word_list`), or None for the shipped one


@lru_cache(maxsize=1)
def word_segmenter() -> Segmenter:
    """The `Segmenter` the default model's word list is loaded with, built once.

    jieba's algorithm (no HMM: deterministic) on the model's own word list, `WORDS_FILE`: the words of jieba's
    dictionary found in the training texts, with jieba's frequencies (derived by ``scripts/train_sentiment.py``).
    Building it takes a tenth of the time jieba's whole dictionary does. The scorer cuts with `word_cutter`, which
    gives the same words faster.
    """
    from importlib import resources

    from ..segmentation import Segmenter

    path = _word_list[0] or str(resources.files("textkit.resources").joinpath(WORDS_FILE))
    return Segmenter(dictionary=path, hmm=False)


def use_word_list(path: str | os.PathLike[str] | None) -> None:
    """Cut the default model's words with the list at ``path`` (None: the shipped one); for training scripts."""
    _word_list[0] = None if path is None else os.fspath(path)
    word_segmenter.cache_clear()
    word_cutter.cache_clear()


# jieba 0.42.1's blocks (``re_han_default``): runs of these characters are cut by its DAG, anything else one
# character at a time.
_HAN_BLOCK_RE = lazy_compile("[\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-]+")
_ENGLISH = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")  # jieba's ``re_eng``


class WordCutter:
    """jieba's accurate mode without HMM (``Tokenizer.cut(text, HMM=False)``), as word offsets, in fewer steps.

    The same algorithm on the same prefix dictionary (jieba's ``gen_pfdict`` of a ``word frequency`` list): each
    run of `_HAN_BLOCK_RE` characters is cut along the route of the highest total log frequency through the words
    the dictionary holds (ties to the longer last word, as jieba's ``max`` over ``(score, end)`` does), then single
    letters and digits are joined; any other character is a word of its own. It differs from jieba in how it gets
    there: each word's log probability is computed once, when the list is loaded, and the route is found by
    `textkit.segmentation.route.best_route` (the `Segmenter`'s too), without jieba's DAG; jieba is not imported.
    ``tests/sentiment_analysis`` checks the cuts against jieba's on the training and evaluation texts.

    Attributes:
        table: The list's prefix dictionary as log probabilities (`textkit.segmentation.route.LogTable`).

    Example:
        >>> text = "我们要做差异化"
        >>> [text[i:j] for i, j in word_cutter().spans(text)]
        ['我们', '要', '做', '差异化']
    """

    __slots__ = ("table",)

    def __init__(self, freq: dict[str, int], total: int) -> None:
        """Build from jieba's prefix dictionary: words with their frequency, other prefixes of words with 0."""
        self.table = LogTable.of(freq, total)

    @classmethod
    def from_lines(cls, lines: Iterable[str], name: str = "word list") -> WordCutter:
        """Read ``word frequency`` lines as jieba's ``gen_pfdict`` does (a later line of a word wins).

        Raises:
            TextkitError: A line is not ``word frequency``, or no word has a positive frequency.
        """
        freq: dict[str, int] = {}
        total = 0
        for lineno, line in enumerate(lines, 1):
            parts = line.strip().split(" ")
            try:
                word, count = parts[0], int(parts[1])
            except (IndexError, ValueError):
                raise TextkitError(f"{name}: line {lineno} is not 'word frequency': {line[:40]!r}") from None
            freq[word] = count
            total += count
            for end in range(1, len(word)):
                freq.setdefault(word[:end], 0)
        if total <= 0:
            raise TextkitError(f"{name}: holds no word with a positive frequency")
        return cls(freq, total)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """``(start, end)`` of each word of ``text``, in order, covering it (each space a word of its own)."""
        out: list[tuple[int, int]] = []
        pos = 0
        for match in _HAN_BLOCK_RE.finditer(text):
            start, end = match.span()
            if pos < start:
                out.extend((i, i + 1) for i in range(pos, start))
            self._cut_block(match.group(), start, out)
            pos = end
        out.extend((i, i + 1) for i in range(pos, len(text)))
        return out

    def words(self, text: str) -> list[str]:
        """The words of `spans`, as strings."""
        return [text[i:j] for i, j in self.spans(text)]

    def _cut_block(self, block: str, offset: int, out: list[tuple[int, int]]) -> None:
        """The words of one block along `best_route`, with runs of single letters and digits joined into one word."""
        n = len(block)
        nxt = best_route(block, self.table)
        k = 0
        run = -1  # start of a run of single letters and digits
        while k < n:
            stop = nxt[k]
            if stop == k + 1 and block[k] in _ENGLISH:
                if run < 0:
                    run = k
            else:
                if run >= 0:
                    out.append((offset + run, offset + k))
                    run = -1
                out.append((offset + k, offset + stop))
            k = stop
        if run >= 0:
            out.append((offset + run, offset + n))


@lru_cache(maxsize=1)
def word_cutter() -> WordCutter:
    """The `WordCutter` of the default model's word list (`WORDS_FILE`, or `use_word_list`'s), built once."""
    from importlib import resources

    if _word_list[0] is not None:
        with open(_word_list[0], encoding="utf-8") as handle:
            return WordCutter.from_lines(handle, _word_list[0])
    text = resources.files("textkit.resources").joinpath(WORDS_FILE).read_text(encoding="utf-8")
    return WordCutter.from_lines(text.splitlines(), WORDS_FILE)


_MAX_DEGREE = max(DEGREE_ADVERBS.values())
_HAN_FIRST, _HAN_LAST = "\u4e00", "\u9fd5"


def _word_spans(norm: str, cut: list[tuple[int, int]] | None = None) -> list[tuple[int, int, float]]:
    """``(start, end, degree)`` of each word of a normalised text (punctuation and spaces left out).

    ``degree`` is the multiplier of the degree adverbs right before the word in its clause (1.0 if none; at most
    the largest multiplier); a negation word between them passes it on (``很不好``), one before them cancels it
    (``不太好``).
    """
    from ..segmentation import is_punct

    out: list[tuple[int, int, float]] = []
    degree = 1.0
    negated = False
    for start, end in word_cutter().spans(norm) if cut is None else cut:
        word = norm[start:end]
        if word == " " or (not _HAN_FIRST <= word[0] <= _HAN_LAST and is_punct(word)):
            degree, negated = 1.0, False
        elif word in NEGATION_WORDS:
            out.append((start, end, 1.0))
            negated = True
        elif word in DEGREE_ADVERBS:
            out.append((start, end, 1.0))
            degree = 1.0 if negated else min(degree * DEGREE_ADVERBS[word], _MAX_DEGREE)
        else:
            out.append((start, end, degree))
            degree, negated = 1.0, False
    return out


def negated_word_spans(norm: str, cut: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of each word of a normalised text that a negation negates, as the default model reads it.

    After a word that opens a negation (a word of `textkit.lang_zh.NEGATION_WORDS`, or one that ends in a negator
    that negates, ``很久没``), the next `NEGATED_WORDS_READ` words of its clause are negated, passing over degree
    adverbs and the words of `textkit.lang_zh.NEGATION_REACHES_PAST` (``不是很好``: 好); a second negation before
    them cancels the first (``不是不好``). A word with a negator inside and more after it (``不好``, ``不满``)
    negates itself: nothing after it is negated. The words of what a "not even one" construction negates before
    its negation are negated too (`textkit.lang_zh.even_negation_spans`: 毛病 in ``一点毛病都没有``). Words of
    `textkit.lang_zh.NOT_NEGATIONS` (``没想到``, ``不好意思``) and `textkit.lang_zh.INTENSIFYING_NEGATIONS`
    (``不是一般``) negate nothing. The words a zero negates (`textkit.lang_zh.zero_negation_spans`: ``差评`` in
    ``零差评`` and ``差评为零``) are negated too, unless a negation negates them as well (``不是零差评``). ``cut``:
    the text's word spans (`word_cutter`), if the caller has them.

    Example:
        >>> norm = "手续费不高，一点毛病都没有，没想到这么干净，零投诉"
        >>> [norm[i:j] for i, j in negated_word_spans(norm)]
        ['高', '毛病', '投诉']
    """
    zero = _zero_spans(norm, cut) if may_count_zero(norm) else []
    if zero:  # the words a zero negates, unless a negation negates them too (不是零差评)
        cut = word_cutter().spans(norm) if cut is None else cut
        inside = _words_inside(cut, zero)
        return sorted(set(_negated_word_spans(norm, cut)).symmetric_difference(inside))
    return _negated_word_spans(norm, cut)


def _words_inside(cut: list[tuple[int, int]], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The words of ``cut`` that lie inside one of ``spans`` (both in text order, the spans not overlapping)."""
    out: list[tuple[int, int]] = []
    k = 0
    for start, end in cut:
        while k < len(spans) and spans[k][1] <= start:
            k += 1
        if k < len(spans) and spans[k][0] <= start and end <= spans[k][1]:
            out.append((start, end))
    return out


def _negated_word_spans(norm: str, cut: list[tuple[int, int]] | None) -> list[tuple[int, int]]:
    """`negated_word_spans` without the zeros."""
    out: list[tuple[int, int]] = []
    if NEGATORS.isdisjoint(norm):
        return out
    even = even_negation_spans(norm, _SCOPE_END)  # in order, none overlapping
    k = 0  # the first of them that does not end before the current word
    remaining = 0
    for start, end in word_cutter().spans(norm) if cut is None else cut:
        word = norm[start:end]
        if word[0] in _SCOPE_END:
            remaining = 0
            continue
        while k < len(even) and even[k][1] <= start:
            k += 1
        if k < len(even) and even[k][0] < end and NEGATORS.isdisjoint(word):
            if word not in NEGATION_REACHES_PAST and word not in DEGREE_ADVERBS:
                out.append((start, end))
            continue
        last = -1  # the last negator of the word that negates
        if not NEGATORS.isdisjoint(word):
            for p, ch in enumerate(word):
                if ch in NEGATORS and _negation_at(norm, start + p)[0]:
                    last = p
            if last >= 0:
                negates, width = _negation_at(norm, start)
                if not negates and width >= len(word):  # the word is one of NOT_NEGATIONS
                    last = -1
        if last < 0:
            if remaining > 0 and word not in NEGATION_REACHES_PAST and word not in DEGREE_ADVERBS:
                out.append((start, end))
                remaining -= 1
            continue
        rest = word[last + 1 :]
        if not rest or rest in NEGATION_REACHES_PAST or rest in DEGREE_ADVERBS or word in NEGATION_WORDS:
            remaining = 0 if remaining > 0 else NEGATED_WORDS_READ
        else:
            remaining = 0
    return out


def model_feature_spans(text: str) -> list[tuple[str, int, int, float]]:
    """Every feature occurrence of ``text``: ``(feature, start, end, count)``, offsets in the normalised text.

    The character n-grams first (`model_ngrams`), then the words (`WORD_PREFIX` + the word's symbols); ``count``
    is 1.0, times a word's degree multiplier, times `CONCEDED_WEIGHT` in a conceded part or `FRAME_WEIGHT` in the
    frame of a "not even one" construction (the smallest weight of the characters it spans: `_char_weights`);
    then each word a negation negates (`negated_word_spans`) as its plain word feature, counting
    ``-NEGATED_WORD_WEIGHT`` (times that weight); last, the verdict words that words of size read as
    (`_reading_features`: ``w:贵`` where ``高`` stands in ``配送费很高``). `model_features` sums them per feature.

    Example:
        >>> [(f, c) for f, _, _, c in model_feature_spans("很满意") if f.startswith(WORD_PREFIX)]
        [('w:很', 1.0), ('w:满意', 1.5)]
    """
    norm = normalize_for_model(text)
    syms = _symbols(norm)
    conceded = _char_weights(norm) or [1.0] * len(norm)
    lo, hi = NGRAM_RANGE
    n = len(syms)
    out: list[tuple[str, int, int, float]] = []
    for i in range(n):
        for k in range(lo, hi + 1):
            if i + k > n:
                break
            out.append(("".join(syms[i : i + k]), i, i + k, min(conceded[i : i + k])))
    cut = word_cutter().spans(norm)
    words = _word_spans(norm, cut)
    for start, end, degree in words:
        out.append((WORD_PREFIX + "".join(syms[start:end]), start, end, degree * min(conceded[start:end])))
    negated = negated_word_spans(norm, cut)
    for start, end in negated:
        out.append((WORD_PREFIX + norm[start:end], start, end, -NEGATED_WORD_WEIGHT * min(conceded[start:end])))
    if may_read_attributes(norm):
        out.extend(_reading_features(norm, syms, cut, words, negated, conceded))
    return out


def model_features(text: str) -> dict[str, float]:
    """The default model's features of ``text`` and how much each counts (see `model_feature_spans`).

    Example:
        >>> f = model_features("质量不错，但是非常贵")
        >>> f["w:不错"], f["w:但是"], f["w:贵"]
        (0.1, 1.0, 1.8)
    """
    norm = normalize_for_model(text)
    weights = _char_weights(norm)
    if weights is not None:
        return _conceded_features(norm, weights)
    counts: dict[str, float] = {}
    reads = may_read_attributes(norm)
    if NEGATORS.isdisjoint(norm) and not reads and not may_count_zero(norm):  # a word's symbols are its characters
        counts.update(Counter(model_ngram_strings_of(list(norm))))
        _add_plain_words(norm, counts)
        return counts
    syms = _symbols(norm)
    counts.update(Counter(model_ngram_strings_of(syms)))
    cut = word_cutter().spans(norm)
    words = _word_spans(norm, cut)
    for start, end, degree in words:
        feature = WORD_PREFIX + "".join(syms[start:end])
        counts[feature] = counts.get(feature, 0.0) + degree
    negated = negated_word_spans(norm, cut)
    for start, end in negated:
        feature = WORD_PREFIX + norm[start:end]
        counts[feature] = counts.get(feature, 0.0) - NEGATED_WORD_WEIGHT
    if reads:
        for feature, _, _, count in _reading_features(norm, syms, cut, words, negated, None):
            counts[feature] = counts.get(feature, 0.0) + count
    return counts


def _char_weights(norm: str) -> list[float] | None:
    """What each character of a normalised text counts for, or None if every character counts 1.

    `CONCEDED_WEIGHT` in a conceded part (`textkit.lang_zh.concession_weights`), `FRAME_WEIGHT` in the frame of a
    "not even one" construction (`textkit.lang_zh.even_negation_frames`), the smaller where both apply.
    """
    weights = concession_weights(norm, CONCEDED_WEIGHT) if may_concede(norm) else None
    if weights is not None and CONCEDED_WEIGHT not in weights:
        weights = None
    if NEGATORS.isdisjoint(norm) or ("都" not in norm and "也" not in norm):
        return weights
    frames = even_negation_frames(norm, _SCOPE_END)
    if not frames:
        return weights
    if weights is None:
        weights = [1.0] * len(norm)
    for lead, start, end, stop in frames:
        for i in chain(range(lead, start), range(end, stop)):
            weights[i] = min(weights[i], FRAME_WEIGHT)
    return weights


def _conceded_features(norm: str, conceded: list[float]) -> dict[str, float]:
    """`model_feature_spans`' sums per feature, for a normalised text and what its characters count (`_char_weights`).

    The same additions in the same order (n-grams by position then length, then the words), with the n-grams and
    the smallest weight of their characters built a whole list at a time.
    """
    syms = _symbols(norm)
    pairs = list(map(add, syms, syms[1:]))
    weights2 = list(map(min, conceded, conceded[1:]))  # min(conceded[i : i + 2])
    # Position by position: the 1-, 2- and 3-gram starting there, each with its weight (the last two positions
    # start fewer n-grams).
    grams = chain.from_iterable(
        zip(  # as long as the shortest: the positions that start a 3-gram
            zip(syms, conceded, strict=True),
            zip(pairs, weights2, strict=True),
            zip(map(add, pairs, syms[2:]), map(min, weights2, conceded[2:]), strict=True),
            strict=False,
        )
    )
    n = len(syms)
    tail = list(zip(syms, conceded, strict=True))[max(n - 2, 0) :]
    if n >= 2:
        tail.insert(1, (pairs[n - 2], weights2[n - 2]))
    counts: dict[str, float] = {}
    get = counts.get
    for feature, count in chain(grams, tail):
        counts[feature] = get(feature, 0.0) + count
    cut = word_cutter().spans(norm)
    words = _word_spans(norm, cut)
    for start, end, degree in words:
        feature = WORD_PREFIX + "".join(syms[start:end])
        counts[feature] = get(feature, 0.0) + degree * min(conceded[start:end])
    negated = negated_word_spans(norm, cut)
    for start, end in negated:
        feature = WORD_PREFIX + norm[start:end]
        counts[feature] = get(feature, 0.0) + -NEGATED_WORD_WEIGHT * min(conceded[start:end])
    if may_read_attributes(norm):
        for feature, _, _, count in _reading_features(norm, syms, cut, words, negated, conceded):
            counts[feature] = get(feature, 0.0) + count
    return counts


def _reading_features(
    norm: str,
    syms: list[str],
    cut: list[tuple[int, int]],
    words: list[tuple[int, int, float]],
    negated: list[tuple[int, int]],
    conceded: list[float] | None,
) -> list[tuple[str, int, int, float]]:
    """The verdict words that words of size read as (`textkit.lang_zh.find_attribute_readings`), as features.

    ``配送费很高`` adds ``w:贵`` where ``高`` stands, counting what the word of size counts (its degree, with a
    degree adverb cut into it: ``超高``, and its part's weight); in a negation's scope the verdict word is marked
    (``手续费不高``: ``w:¬贵``), and a negated word of size counts ``-NEGATED_WORD_WEIGHT`` for the plain verdict
    word too, as the word itself does. ``words``: `_word_spans`; ``negated``: `negated_word_spans`; ``conceded``:
    `_char_weights` (None: all 1).
    """
    degrees = {start: degree for start, _, degree in words}
    negated_starts = {start for start, _ in negated}
    out: list[tuple[str, int, int, float]] = []
    for r in find_attribute_readings(norm, cut, _SCOPE_END):
        weight = 1.0 if conceded is None else min(conceded[r.start : r.end])
        marked = syms[r.start].startswith(NEGATION_MARK)
        feature = "".join(NEGATION_MARK + ch for ch in r.reading) if marked else r.reading
        out.append((WORD_PREFIX + feature, r.start, r.end, degrees.get(r.start, 1.0) * r.degree * weight))
        if r.start in negated_starts:
            out.append((WORD_PREFIX + r.reading, r.start, r.end, -NEGATED_WORD_WEIGHT * weight))
    return out


def _add_plain_words(norm: str, counts: dict[str, float]) -> None:
    """Add the word features of a text without negators to ``counts``: `_word_spans` and its loop in one.

    The same words, degrees and order as ``for start, end, degree in _word_spans(norm)``, with the feature
    ``WORD_PREFIX + norm[start:end]``; one pass over the words as strings, without their offsets.
    """
    from ..segmentation import is_punct

    get = counts.get
    degree = 1.0
    negated = False
    for word in word_cutter().words(norm):
        if word == " " or (not _HAN_FIRST <= word[0] <= _HAN_LAST and is_punct(word)):
            degree, negated = 1.0, False
            continue
        feature = WORD_PREFIX + word
        if word in NEGATION_WORDS:
            counts[feature] = get(feature, 0.0) + 1.0
            negated = True
        elif word in DEGREE_ADVERBS:
            counts[feature] = get(feature, 0.0) + 1.0
            degree = 1.0 if negated else min(degree * DEGREE_ADVERBS[word], _MAX_DEGREE)
        else:
            counts[feature] = get(feature, 0.0) + degree
            degree, negated = 1.0, False


def model_ngram_strings_of(syms: list[str]) -> list[str]:
    """The character n-grams of a text's symbols (`NGRAM_RANGE`), ordered by length then position."""
    lo, hi = NGRAM_RANGE
    n = len(syms)
    if lo == 1 and hi == 3:
        pairs = list(map(add, syms, syms[1:]))  # a + b for each pair, at C speed
        return syms + pairs + list(map(add, pairs, syms[2:]))
    return ["".join(syms[i : i + k]) for k in range(lo, hi + 1) for i in range(n - k + 1)]


def is_wordless(text: str) -> bool:
    """True for a text with no letter, ideograph or pictograph: digits, punctuation, spaces and signs only.

    Such a text (a section number ``01``, ``1.``, ``！！！``, ``10/10``) says nothing either way; the default model
    calls it neutral instead of reading its few features against the intercepts. Emoji and other pictographs
    (``👍``, ``☆``: Unicode category So) and letters of any script count as words.

    Example:
        >>> is_wordless("01"), is_wordless("！！！"), is_wordless("👍"), is_wordless("好")
        (True, True, False, False)
    """
    for ch in text:
        category = unicodedata.category(ch)
        if category[0] == "L" or category == "So":
            return False
    return True


def is_missing(value: Any) -> bool:
    r"""True for None, NaN, pandas' NA/NaT and empty or blank strings.

    A string is blank when nothing in it shows: whitespace, control characters (``\x07``) and zero-width or
    other format characters (``\u200b``) only.
    """
    if value is None:
        return True
    if isinstance(value, str):  # stops at the first character that shows
        return all(ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf") for ch in value)
    if isinstance(value, float):
        return math.isnan(value)
    try:
        import pandas as pd

        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False
