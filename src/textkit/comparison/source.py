"""The original text, prepared once for every summary unit compared against it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..keyterms.extraction import ranked_with_and_without_merging
from ..segmentation import Segmenter, SentenceSpan, sentence_spans
from .align import bigram_idf
from .checks import Clause, source_clauses
from .units import bigrams, clause_bigrams, clauses, squash

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
    import pandas as pd

__all__ = ["KEYWORDS", "Source"]

#: How many of the original's keywords the support model looks for in a summary unit.
KEYWORDS = 10


@dataclass
class Source:
    """An original text split into sentences, with what the comparison looks up in it.

    Attributes:
        text: The original.
        segmenter: The `textkit.Segmenter` its keywords are extracted with (textkit's default if None).
        spans: Its sentences with their offsets.
        sentences: The sentences' text.
        grams: Each sentence's character bigrams.
        squashed: Each sentence without punctuation or spaces, lower-cased.
        idf: IDF of each bigram over the sentences; ``unseen`` for a bigram none has.
        squashed_text: The whole original, squashed.
        all_grams: Every bigram of the original.
    """

    text: str
    segmenter: Segmenter | None = None
    spans: list[SentenceSpan] = field(init=False)
    sentences: list[str] = field(init=False)
    grams: list[set[str]] = field(init=False)
    squashed: list[str] = field(init=False)
    idf: dict[str, float] = field(init=False)
    unseen: float = field(init=False)
    squashed_text: str = field(init=False)
    all_grams: frozenset[str] = field(init=False)
    _clauses: dict[int, list[Clause]] = field(init=False, default_factory=dict)
    _ranked: dict[bool, pd.DataFrame] = field(init=False, default_factory=dict)
    _top: list[str] | None = field(init=False, default=None)
    _index: dict[str, list[int]] | None = field(init=False, default=None)
    _indexed: set[str] | None = field(init=False, default=None)  # the bigrams indexed (None: all)
    _hits: dict[str, npt.NDArray[np.int64]] = field(init=False, default_factory=dict)  # index entries as arrays

    def __post_init__(self) -> None:
        self.spans = sentence_spans(self.text)
        self.sentences = [s.text for s in self.spans]
        parts = [clauses(s) for s in self.sentences]  # split once, for the bigrams and the squashed text
        self.grams = [clause_bigrams(p) for p in parts]
        self.squashed = ["".join(p) for p in parts]  # `squash`
        self.idf, self.unseen = bigram_idf(self.grams)
        self.squashed_text = "|".join(self.squashed)
        self.all_grams = frozenset().union(*self.grams) if self.grams else frozenset()

    def clauses(self, indices: list[int]) -> list[Clause]:
        """The clauses of the sentences ``indices``, split once and kept."""
        out: list[Clause] = []
        for i in indices:
            if i not in self._clauses:
                self._clauses[i] = source_clauses(self.sentences[i], i)
            out += self._clauses[i]
        return out

    def ranked_keywords(self, *, dedupe: bool = True) -> pd.DataFrame:
        """Every candidate keyword of the original, ranked (`textkit.keywords` with ``top_n=None``), extracted once.

        ``dedupe=False`` keeps the phrase fragments that the default merges into longer phrases: what the support
        model was trained on.
        """
        if not self._ranked:
            self._ranked[True], self._ranked[False] = ranked_with_and_without_merging(self.text, self.segmenter)
        return self._ranked[dedupe]

    def keyword_table(self, n: int) -> pd.DataFrame:
        """The original's top ``n`` keywords (`textkit.keywords`: ``word``, ``weight``, ``merged``)."""
        return self.ranked_keywords().head(n).reset_index(drop=True)

    def top_keywords(self, n: int = KEYWORDS) -> list[str]:
        """The original's top ``n`` keywords before fragments are merged, squashed (what the support model reads)."""
        if self._top is None:
            ranked = self.ranked_keywords(dedupe=False) if self.text.strip() else None
            self._top = [] if ranked is None else [squash(w) for w in ranked.head(KEYWORDS)["word"]]
        return self._top[:n]

    def expect(self, text: str) -> None:
        """Index only the bigrams of ``text`` (the summary): what `best_sentences` will look up.

        A fraction of the time and memory of indexing every bigram of a long original.
        """
        self._build_index(bigrams(text))

    def _build_index(self, only: set[str] | None) -> None:
        index: dict[str, list[int]] = {} if only is None else {g: [] for g in only}
        for i, grams in enumerate(self.grams):
            if only is None:
                for g in grams:
                    index.setdefault(g, []).append(i)
            else:
                for g in grams.intersection(only):
                    index[g].append(i)
        self._index, self._indexed, self._hits = index, only, {}

    def best_sentences(self, text: str, k: int = 5) -> list[int]:
        """The ``k`` sentences holding most of ``text``'s IDF-weighted character bigrams, best first.

        Looked up in an inverted index of the sentences' bigrams (built on first use, for `expect`'s bigrams
        only if it was called and they cover ``text``); bigrams found in more than 5% of the sentences (and at
        least 20) are too common to point anywhere and are not looked up, unless ``text`` has no other: a
        sentence the original repeats 20 times or more is still found.
        """
        wanted = bigrams(text)
        if self._index is None or (self._indexed is not None and not wanted <= self._indexed):
            self._build_index(None)
        assert self._index is not None
        import numpy as np

        cap = max(20, len(self.sentences) // 20)
        scores = np.zeros(len(self.sentences))
        common = []
        for g in sorted(wanted):  # in a fixed order: the same sums, to the last bit, in every process
            hits = self._hits.get(g)
            if hits is None:
                hits = self._hits[g] = np.array(self._index.get(g, ()), dtype=np.int64)
            if len(hits) <= cap:
                scores[hits] += self.idf.get(g, self.unseen)  # one float addition per sentence, in the order of g
            else:
                common.append((g, hits))
        if not scores.any():  # every bigram is common: the text is what the original says over and over
            for g, hits in common:
                scores[hits] += self.idf.get(g, self.unseen)
        found = np.flatnonzero(scores)  # every weight is at least 1
        order = np.lexsort((found, -scores[found]))[:k]  # highest score first, then the first sentence
        return [int(i) for i in found[order]]

    def region_text(self, indices: list[int]) -> str:
        """The squashed text of the sentences ``indices``, separated so that no run crosses two of them."""
        return "|".join(self.squashed[i] for i in indices)
