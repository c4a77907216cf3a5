"""Unsupervised new-word and term discovery: find the words jieba does not know.

`discover_words` counts every string of 2 to ``max_len`` units (a unit is one Chinese
character or one run of Latin letters and digits, so ``全局NPS`` is three units) that
does not cross punctuation or whitespace, and keeps those that behave like words:

- **frequent**: ``count >= min_count``;
- **cohesive** (internally solid): the pointwise mutual information of its weakest
  split, ``cohesion = min over splits a|b of log2(p(ab) / (p(a) p(b)))``, with
  ``p(x) = count(x) / number of units``, is at least ``min_cohesion`` bits
  (Church & Hanks 1990; Sproat & Shih 1990 for Chinese);
- **free** at both edges: the entropy of the unit just before it (``left_entropy``) and
  just after it (``right_entropy``) are both at least ``min_entropy`` bits — a word
  occurs in varied contexts, a fragment such as ``北极星指`` is always followed by the
  same character (branching entropy: Harris 1955; Jin & Tanaka-Ishii 2006). Each edge
  of a text or clause counts as a context of its own.

This is the method popularised for Chinese by Matrix67 (顾森), "互联网时代的社会语言学：基于
SNS的文本数据挖掘" (2012). Candidates that begin or end with a one-character stopword
(``的``, ``了`` ...) or are stopwords are dropped. ``score = log2(count) × cohesion ×
min(left_entropy, right_entropy)`` ranks the rest; ``known`` tells whether the word is
already in the segmenter's dictionary. Feed the new ones to ``Segmenter(user_words=...)``.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TypeAlias

from .._regex import INVISIBLE_RE, lazy_compile
from ..errors import check_bool, check_int, check_number, invalid_value
from ..segmentation import Segmenter, StopwordsArg, resolve_stopwords, segmenter_for

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["discover_words"]

# A unit: one CJK character (ideographs, extension A, compatibility) or one run of Latin letters/digits.
_UNIT = lazy_compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[A-Za-z0-9]+(?:[.\-][A-Za-z0-9]+)*")
_COLUMNS = ("word", "count", "score", "cohesion", "left_entropy", "right_entropy", "known")


def _segments(text: str) -> list[list[str]]:
    """Runs of adjacent units: anything else (punctuation, space, emoji) ends a run, but not an invisible character."""
    out: list[list[str]] = []
    current: list[str] = []
    end = 0
    for match in _UNIT.finditer(INVISIBLE_RE.sub("", text)):
        if match.start() != end and current:
            out.append(current)
            current = []
        current.append(match.group())
        end = match.end()
    if current:
        out.append(current)
    return out


def _entropy(counter: Counter[str], edges: int) -> float:
    total = sum(counter.values()) + edges
    if total == 0:
        return 0.0
    h = -sum(c / total * math.log2(c / total) for c in counter.values())
    # Each text or clause edge is a distinct context.
    if edges:
        h += edges * (1 / total) * math.log2(total)
    return max(h, 0.0)


def _as_texts(texts: Any) -> list[str]:
    import pandas as pd

    if isinstance(texts, str):
        return [texts]
    if isinstance(texts, (bytes, dict)) or not isinstance(texts, Iterable):
        raise invalid_value("texts", texts, "a str, a list of str or a pandas Series of str")
    out: list[str] = []
    for item in texts.tolist() if isinstance(texts, pd.Series) else texts:
        if isinstance(item, str):
            out.append(item)
        elif item is None or item is pd.NA or (isinstance(item, float) and math.isnan(item)):
            continue
        else:
            raise invalid_value("texts", item, "texts that are str (None/NaN are skipped)")
    return out


def discover_words(
    texts: str | Iterable[str] | pd.Series,
    *,
    top_n: int | None = 50,
    min_count: int = 3,
    min_len: int = 2,
    max_len: int = 6,
    min_cohesion: float = 4.0,
    min_entropy: float = 1.0,
    include_known: bool = False,
    stopwords: StopwordsArg = "default",
    segmenter: Segmenter | None = None,
) -> pd.DataFrame:
    """Discover words and terms in a text or a corpus without a dictionary.

    See the module documentation for the method and its references. Thresholds are
    for texts of a few thousand characters or more; on a large corpus raise
    ``min_count``.

    Args:
        texts: One text, or many (a list or a pandas Series; None/NaN are skipped).
        top_n: How many words to return at most (``None`` for all).
        min_count: Fewest occurrences.
        min_len: Fewest units (characters or Latin runs) in a word, at least 2.
        max_len: Most units in a word.
        min_cohesion: Least cohesion (PMI of the weakest split, in bits).
        min_entropy: Least left and right boundary entropy, in bits.
        include_known: Also return words already in the segmenter's dictionary.
        stopwords: ``"default"`` (textkit's list), ``None`` or your own words: a
            candidate may not be one, nor begin or end with a one-character one.
        segmenter: The `Segmenter` whose dictionary decides ``known`` (default: jieba's).

    Returns:
        A DataFrame with columns ``word``, ``count``, ``score``, ``cohesion``,
        ``left_entropy``, ``right_entropy`` and ``known`` (bool), sorted by score
        descending then word. Empty when nothing qualifies.

    Raises:
        TextkitError: ``texts`` is not text, or an option is not allowed.

    Example:
        >>> text = "东方甄选做直播。" * 2 + "我爱东方甄选,东方甄选好。" + "看东方甄选的书。"
        >>> discover_words(text, min_count=3, min_cohesion=1.0)["word"].tolist()
        ['东方甄选']
    """
    import pandas as pd

    check_int("top_n", top_n, low=1, allow_none=True)
    check_int("min_count", min_count, low=1)
    check_int("min_len", min_len, low=2)
    check_int("max_len", max_len, low=min_len)
    check_number("min_cohesion", min_cohesion)
    check_number("min_entropy", min_entropy, low=0)
    check_bool("include_known", include_known)
    knower = segmenter_for(segmenter)
    stop = resolve_stopwords(stopwords)
    docs = _as_texts(texts)

    segments = [seg for doc in docs for seg in _segments(doc)]
    counts = _gram_counts(segments, max_len)
    cohesion = _cohesive(counts, sum(len(s) for s in segments), min_len, min_count, min_cohesion, stop)
    if not cohesion:
        return _empty()
    left, right, left_edges, right_edges = _neighbours(segments, cohesion, min_len, max_len)

    rows = []
    for gram, pmi in cohesion.items():
        le = _entropy(left[gram], left_edges[gram])
        re_ = _entropy(right[gram], right_edges[gram])
        if min(le, re_) < min_entropy:
            continue
        word = "".join(gram)
        known = knower.knows(word)
        if known and not include_known:
            continue
        count = counts[gram]
        score = math.log2(count) * pmi * min(le, re_)
        rows.append((word, count, score, pmi, le, re_, known))
    if not rows:
        return _empty()
    rows.sort(key=lambda r: (-r[2], r[0]))
    if top_n is not None:
        rows = rows[:top_n]
    frame = pd.DataFrame(rows, columns=list(_COLUMNS))
    return frame.astype({"count": "int64", "known": "bool"})


def _gram_counts(segments: list[list[str]], max_len: int) -> Counter[tuple[str, ...]]:
    """How often each run of 1 to ``max_len`` units occurs."""
    counts: Counter[tuple[str, ...]] = Counter()
    for seg in segments:
        n = len(seg)
        for i in range(n):
            for j in range(i + 1, min(n, i + max_len) + 1):
                counts[tuple(seg[i:j])] += 1
    return counts


def _cohesive(
    counts: Counter[tuple[str, ...]],
    n_units: int,
    min_len: int,
    min_count: int,
    min_cohesion: float,
    stop: frozenset[str],
) -> dict[tuple[str, ...], float]:
    """The frequent candidates whose weakest split has at least ``min_cohesion`` bits of PMI, with that PMI."""
    cohesion: dict[tuple[str, ...], float] = {}
    single_stop = {w for w in stop if len(w) == 1}
    for gram, count in counts.items():
        if len(gram) < min_len or count < min_count:
            continue
        if gram[0] in single_stop or gram[-1] in single_stop or "".join(gram) in stop:
            continue
        if all(u.isdigit() for u in gram):
            continue
        p = count / n_units
        pmi = min(
            math.log2(p / ((counts[gram[:k]] / n_units) * (counts[gram[k:]] / n_units))) for k in range(1, len(gram))
        )
        if pmi >= min_cohesion:
            cohesion[gram] = pmi
    return cohesion


_Grams: TypeAlias = defaultdict[tuple[str, ...], Counter[str]]


def _neighbours(
    segments: list[list[str]], cohesion: dict[tuple[str, ...], float], min_len: int, max_len: int
) -> tuple[_Grams, _Grams, Counter[tuple[str, ...]], Counter[tuple[str, ...]]]:
    """Each candidate's left and right neighbouring units, and how often it starts or ends a run."""
    left: _Grams = defaultdict(Counter)
    right: _Grams = defaultdict(Counter)
    left_edges: Counter[tuple[str, ...]] = Counter()
    right_edges: Counter[tuple[str, ...]] = Counter()
    for seg in segments:
        n = len(seg)
        for i in range(n):
            for j in range(i + min_len, min(n, i + max_len) + 1):
                gram = tuple(seg[i:j])
                if gram not in cohesion:
                    continue
                if i > 0:
                    left[gram][seg[i - 1]] += 1
                else:
                    left_edges[gram] += 1
                if j < n:
                    right[gram][seg[j]] += 1
                else:
                    right_edges[gram] += 1
    return left, right, left_edges, right_edges


def _empty() -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame(
        {
            "word": pd.Series([], dtype="str"),
            "count": pd.Series([], dtype="int64"),
            "score": pd.Series([], dtype="float64"),
            "cohesion": pd.Series([], dtype="float64"),
            "left_entropy": pd.Series([], dtype="float64"),
            "right_entropy": pd.Series([], dtype="float64"),
            "known": pd.Series([], dtype="bool"),
        }
    )
