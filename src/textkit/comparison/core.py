"""`compare`: a summary against its original, sentence by sentence.

For each summary sentence `compare` finds the original sentence(s) it comes from (`textkit.comparison.align`)
and decides whether its content is supported: its similarity to them reaches ``threshold`` (0.6 by default,
chosen on the tuning half of the labelled pairs in ``tests/pairs``) and every check passes
(`textkit.comparison.checks`: numbers, names, negations); otherwise ``reason`` says why. Headings and section
numbers (``01``) are sentences like any other: supported when the original has them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import check_bool, check_encodable, check_int, check_text, check_unit_float
from ..preprocessing import extract_article
from ..segmentation import Segmenter, segmenter_for, sentence_spans, split_sentences
from .align import (
    align_one,
    bigram_idf,
    candidates,
    chunk_coverage,
    fuse_run_in,
    paragraph_numbers,
    similarity_matrix,
)
from .checks import check_quantities, find_names, polarity_change
from .result import (
    ALIGNMENT_COLUMNS,
    CHECK_COLUMNS,
    COVERAGE_COLUMNS,
    DEFAULT_THRESHOLD,
    SENTIMENT_COLUMNS,
    Comparison,
)
from .scores import keyword_tables, score_table, sentiment_table
from .units import bigrams, squash

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

__all__ = ["compare"]


def compare(
    summary: str,
    original: str,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    segmenter: Segmenter | None = None,
    keywords_top_n: int = 20,
    sentiment: bool = True,
    rouge_scores: bool = True,
    clean_original: bool = False,
) -> Comparison:
    """Compare a summary with its original: where each sentence comes from, and what is unsupported.

    Args:
        summary: The summary (plain text; one sentence or heading per line is fine).
        original: The original text. Pass the article body, not a scraped page:
            boilerplate lines are simply never matched.
        threshold: Share (0–1) of a summary sentence's content that must be found
            in its source sentence(s) for it to be supported.
        segmenter: The `Segmenter` used to find names and for word-level ROUGE
            (give one with your user words); textkit's default if None.
        keywords_top_n: How many of the original's keywords to look for in the summary.
        sentiment: Score the sentences of both texts with `textkit.sentiment`.
        rouge_scores: Compute ROUGE (char and word level) for `Comparison.scores`.
        clean_original: Replace ``original`` by ``textkit.extract_article(original).body``
            first (for a scraped page); offsets in ``coverage`` then refer to that body.

    Returns:
        A `Comparison`. An empty summary gives empty alignment and zero scores; an
        empty original leaves every summary sentence unsupported.

    Raises:
        TextkitError: A text is not a string, or an option is not allowed.

    Example:
        >>> c = compare("图书馆去年借出图书三万册。", "图书馆去年共借出图书一万八千册。读者满意。")
        >>> c.alignment[["source_index", "supported"]].values.tolist()
        [[0, False]]
        >>> print(c.alignment["reason"][0].split("; ")[0])
        number 三万册 (30000) not in source: source says 一万八千册 (18000)
    """
    import pandas as pd

    check_encodable(check_text(summary, "summary"), "summary")
    check_encodable(check_text(original, "original"), "original")
    threshold = check_unit_float("threshold", threshold)
    seg = segmenter_for(segmenter)
    check_int("keywords_top_n", keywords_top_n, low=0)
    check_bool("sentiment", sentiment)
    check_bool("rouge_scores", rouge_scores)
    if check_bool("clean_original", clean_original):
        original = extract_article(original).body

    sum_sents = split_sentences(summary)
    spans = sentence_spans(original)
    source = _Source([s.text for s in spans], original)
    sim = similarity_matrix(sum_sents, source.sentences)

    judged = [_judge(i, sentence, source, sim, seg, threshold) for i, sentence in enumerate(sum_sents)]
    covered = {c for verdict in judged if verdict.row["supported"] for c in verdict.row["source_indices"]}
    alignment = _alignment_frame([verdict.row for verdict in judged])
    checks = pd.DataFrame([row for verdict in judged for row in verdict.checks], columns=CHECK_COLUMNS)
    checks["in_source"] = checks["in_source"].astype(bool)
    coverage = _coverage_frame(spans, original, sim, covered, bool(sum_sents))

    notes: list[str] = []
    keywords, keyword_comparison = keyword_tables(summary, original, keywords_top_n)
    sentiment_frame = pd.DataFrame(columns=SENTIMENT_COLUMNS)
    if sentiment:
        sentiment_frame, note = sentiment_table(summary, original)
        if note:
            notes.append(note)
    scores = score_table(
        summary,
        original,
        segmenter=seg,
        alignment=alignment,
        n_source=len(source.sentences),
        n_covered=len(covered),
        checks=checks,
        keywords=keywords,
        sentiment=sentiment_frame,
        rouge_scores=rouge_scores,
    )
    return Comparison(
        alignment=alignment,
        coverage=coverage,
        similarity=sim,
        scores=scores,
        checks=checks,
        keywords=keywords,
        sentiment=sentiment_frame,
        keyword_comparison=keyword_comparison,
        threshold=threshold,
        notes=tuple(notes),
    )


@dataclass
class _Source:
    """The original, prepared once: its sentences, their bigrams and IDF, and its squashed text."""

    sentences: list[str]
    text: str
    grams: list[set[str]] = field(init=False)
    squashed: list[str] = field(init=False)
    idf: dict[str, float] = field(init=False)
    unseen: float = field(init=False)
    squashed_text: str = field(init=False)

    def __post_init__(self) -> None:
        self.grams = [bigrams(s) for s in self.sentences]
        self.squashed = [squash(s) for s in self.sentences]
        self.idf, self.unseen = bigram_idf(self.grams)
        self.squashed_text = squash(self.text)


@dataclass
class _Verdict:
    """One summary sentence's alignment row and its check rows."""

    row: dict[str, Any]
    checks: list[dict[str, Any]]


def _judge(i: int, sentence: str, source: _Source, sim: np.ndarray, seg: Segmenter, threshold: float) -> _Verdict:
    """Align one summary sentence, run its checks, and decide whether it is supported."""
    grams = bigrams(sentence)
    weights = {g: source.idf.get(g, source.unseen) for g in grams}
    cand_list = candidates(sim[i], len(source.sentences))
    match = align_one(
        grams,
        weights,
        cand_list,
        source.grams,
        sim[i] if source.sentences else [],
        fuse_run_in(sentence, source.squashed),
    )
    region = [source.sentences[c] for c in dict.fromkeys(match.indices + cand_list)]
    chunks = chunk_coverage(sentence, [source.sentences[c] for c in match.indices], match.share)
    similarity = (match.share + chunks) / 2
    reasons: list[str] = []  # the specific checks first, the content share last
    check_rows: list[dict[str, Any]] = []
    quantities, q_reason = check_quantities(sentence, region)
    for q, ok, detail in quantities:
        check_rows.append(
            {"summary_index": i, "kind": "number", "text": q.text, "value": q.value, "in_source": ok, "detail": detail}
        )
    if q_reason:
        reasons.append(q_reason)
    for name in find_names(seg, sentence):
        ok = squash(name) in source.squashed_text
        detail = "" if ok else f"name {name} not in original"
        check_rows.append(
            {"summary_index": i, "kind": "name", "text": name, "value": math.nan, "in_source": ok, "detail": detail}
        )
        if not ok:
            reasons.append(detail)
    if not source.sentences:
        reasons.append("the original is empty")
    elif similarity < threshold:
        reasons.append(f"only {similarity:.0%} of it found in the original")
    elif not reasons:
        neg = polarity_change(sentence, [source.sentences[c] for c in match.indices])
        if neg:
            reasons.append(neg)
    row = {
        "summary_index": i,
        "summary_sentence": sentence,
        "source_sentence": " ".join(source.sentences[c] for c in match.indices),
        "source_index": match.best,
        "source_indices": tuple(match.indices),
        "similarity": round(float(similarity), 6),
        "cosine": round(float(match.cosine), 6),
        "supported": not reasons,
        "reason": "; ".join(reasons),
    }
    return _Verdict(row, check_rows)


def _alignment_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    import pandas as pd

    alignment = pd.DataFrame(rows, columns=ALIGNMENT_COLUMNS)
    alignment = alignment.astype(
        {"summary_index": "int64", "source_index": "int64", "similarity": "float64", "cosine": "float64"}
    )
    alignment["supported"] = alignment["supported"].astype(bool)
    return alignment


def _coverage_frame(
    spans: list[Any], original: str, sim: np.ndarray, covered: set[int], any_summary: bool
) -> pd.DataFrame:
    import numpy as np
    import pandas as pd

    return pd.DataFrame(
        {
            "source_index": np.arange(len(spans), dtype=np.int64),
            "source_sentence": [s.text for s in spans],
            "start": np.array([s.start for s in spans], dtype=np.int64),
            "end": np.array([s.end for s in spans], dtype=np.int64),
            "similarity": sim.max(axis=0) if any_summary and spans else np.zeros(len(spans)),
            "covered": [j in covered for j in range(len(spans))],
            "paragraph": paragraph_numbers(original, [s.start for s in spans]),
        },
        columns=COVERAGE_COLUMNS,
    )
