"""The analysis every keyword method shares: content tokens, their runs, and candidate terms.

1. The text is cut by a `textkit.Segmenter` and each token gets the part-of-speech tag
   of jieba's dictionary (`textkit.Segmenter.dictionary_tags`).
2. A token is a *content token* when it has a letter (so it is not punctuation,
   whitespace, an emoji or a bare number), is not a stopword, and its tag starts with
   one of the allowed prefixes.
3. A candidate term is one to ``max_words`` adjacent content tokens: a run never crosses
   punctuation or a non-content token.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, TypeAlias

from .._regex import lazy_compile
from ..errors import TextkitError, invalid_value
from ..segmentation import Segmenter, StopwordsArg, UserWord, resolve_stopwords, segmenter_for

__all__ = ["DEFAULT_POS", "TEXTRANK_POS", "Analysis", "Tok", "candidate_terms", "content_runs", "make_analysis"]

#: Tag prefixes of tokens that may be keywords or parts of a key phrase: nouns (``n*``),
#: verbs and verbal nouns (``v*``), adjectives (``a*``), idioms/abbreviations (``l``,
#: ``i``, ``j``), distinguishing words (``b``), Latin words (``eng``), place/time words.
DEFAULT_POS: tuple[str, ...] = ("n", "v", "a", "l", "j", "i", "b", "eng", "s", "t")
#: TextRank's default, as in ``jieba.analyse.textrank``: nouns and verbs.
TEXTRANK_POS: tuple[str, ...] = ("n", "v")

_NUMBER_RE = lazy_compile(r"^[\d０-９.,:%％‰+\-/×~～]+$")

#: A token and whether it is a content token (may be, or be part of, a keyword).
Tok: TypeAlias = tuple[str, bool]
# How many (word, tag) verdicts an analysis remembers.
_MAX_VERDICTS = 200_000


@dataclass(frozen=True)
class Analysis:
    """How a keyword method reads a text: the segmenter, the stopwords and the content tags (picklable).

    Built by `make_analysis`; a `Segmenter` pickles without its tokenizer, and the verdict cache is not pickled.
    """

    segmenter: Segmenter
    stopwords: frozenset[str]
    pos: tuple[str, ...]
    verdicts: dict[tuple[str, str], bool] = field(default_factory=dict, compare=False, repr=False)

    def __getstate__(self) -> dict[str, Any]:
        return {"segmenter": self.segmenter, "stopwords": self.stopwords, "pos": self.pos}

    def __setstate__(self, state: dict[str, Any]) -> None:
        for key, value in state.items():
            object.__setattr__(self, key, value)
        object.__setattr__(self, "verdicts", {})

    def is_stopword(self, word: str) -> bool:
        """Whether ``word`` (or its lower-case form) is a stopword."""
        return word in self.stopwords or word.lower() in self.stopwords

    def _is_content(self, word: str, tag: str) -> bool:
        return (
            tag.startswith(self.pos)
            and any(ch.isalpha() for ch in word)  # not space, punctuation, emoji or a number
            and not _NUMBER_RE.match(word)
            and not self.is_stopword(word)
        )

    def tokens(self, text: str) -> list[Tok]:
        """The text's tokens in order, each with its content verdict."""
        pairs = self.segmenter.dictionary_tags(text)
        verdicts = self.verdicts
        out: list[Tok] = []
        append = out.append
        for pair in pairs:
            content = verdicts.get(pair)
            if content is None:
                content = self._is_content(*pair)
                if len(verdicts) < _MAX_VERDICTS:
                    verdicts[pair] = content
            append((pair[0], content))
        return out


def make_analysis(
    *,
    stopwords: StopwordsArg,
    extra_stopwords: Iterable[str],
    user_words: Iterable[UserWord] | None,
    pos: Iterable[str] | None,
    segmenter: Segmenter | None,
    default_pos: tuple[str, ...],
) -> Analysis:
    """The analysis for a keyword function's options (validated; cached for the same options).

    The stopwords are ``stopwords`` and ``extra_stopwords`` as `textkit.segmentation.resolve_stopwords` reads
    them, plus the segmenter's own; ``pos`` defaults to the segmenter's ``pos`` filter, else ``default_pos``.
    """
    stop = resolve_stopwords(stopwords, extra_stopwords)
    if segmenter is not None and user_words is not None:
        raise TextkitError("pass user words either to the Segmenter or as user_words=, not both")
    seg = segmenter_for(segmenter, user_words=user_words)
    stop |= seg.stopwords
    if pos is None:
        pos_t = seg.pos if seg.pos is not None else default_pos
    else:
        pos_t = (pos,) if isinstance(pos, str) else tuple(pos)
        if not pos_t or not all(isinstance(p, str) and p for p in pos_t):
            raise invalid_value("pos", pos, "None or a non-empty iterable of jieba tag prefixes such as ('n', 'vn')")
    return _cached_analysis(seg, stop, pos_t)


@lru_cache(maxsize=32)
def _cached_analysis(segmenter: Segmenter, stopwords: frozenset[str], pos: tuple[str, ...]) -> Analysis:
    return Analysis(segmenter, stopwords, pos)


def content_runs(tokens: Sequence[Tok]) -> list[list[str]]:
    """The words of each maximal run of adjacent content tokens."""
    runs: list[list[str]] = []
    current: list[str] = []
    for word, content in tokens:
        if content:
            current.append(word)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def candidate_terms(runs: Iterable[list[str]], max_words: int) -> Iterable[tuple[str, tuple[str, ...]]]:
    """Every candidate term — 1 to ``max_words`` adjacent content tokens — as (term, its words).

    A single word must have two or more characters (as in jieba). Tokens cover the text
    without gaps, so a term is exactly the text its words span.
    """
    for run in runs:
        n = len(run)
        for i in range(n):
            word = run[i]
            if len(word) >= 2:
                yield word, (word,)
            for j in range(i + 2, min(n, i + max_words) + 1):
                parts = tuple(run[i:j])
                yield "".join(parts), parts
