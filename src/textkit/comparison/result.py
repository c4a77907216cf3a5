"""`Comparison`: what `textkit.compare` found, as tables, with its reports."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import TextkitError, short_repr
from .checks import CHECK_KINDS
from .render import html_report, markdown_report

if TYPE_CHECKING:
    from pathlib import Path

    import pandas as pd
    from scipy.sparse import csr_matrix

__all__ = [
    "ALIGNMENT_COLUMNS",
    "CHECK_COLUMNS",
    "COVERAGE_COLUMNS",
    "DEFAULT_THRESHOLD",
    "KEYWORD_COLUMNS",
    "KEYWORD_COMPARISON_COLUMNS",
    "SCORE_NAMES",
    "SENTIMENT_COLUMNS",
    "Comparison",
    "empty_frame",
    "plain",
]

#: The support a summary sentence needs to count as supported: the shipped support model's threshold
#: (``textkit/resources/support_model.json``), chosen by ``scripts/train_support.py`` to reject 97% of the nearest
#: other paper's titles on CSL's title task out of fold while accepting the most papers' own titles.
DEFAULT_THRESHOLD = 0.585

ALIGNMENT_COLUMNS = [
    "summary_index",
    "summary_sentence",
    "kind",
    "source_sentence",
    "source_index",
    "source_indices",
    "similarity",
    "cosine",
    "support",
    "supported",
    "reason",
]
COVERAGE_COLUMNS = ["source_index", "source_sentence", "start", "end", "similarity", "covered", "paragraph"]
CHECK_COLUMNS = ["summary_index", "kind", "text", "value", "in_source", "source", "source_index", "detail"]
KEYWORD_COLUMNS = ["word", "weight", "in_summary"]
KEYWORD_COMPARISON_COLUMNS = ["word", "weight_a", "weight_b", "rank_a", "rank_b", "count_a", "count_b", "status"]
SENTIMENT_COLUMNS = ["text", "index", "sentence", "position", "score", "label"]

#: Every metric `Comparison.scores` can hold, in its order. ROUGE rows are there unless ``compare`` was called with
#: ``rouge_scores=False``, the sentiment rows unless with ``sentiment=False`` (or when sentiment failed).
SCORE_NAMES: tuple[str, ...] = (
    *(
        f"{kind}_{tok}_{part}"
        for tok in ("char", "word")
        for kind in ("rouge1", "rouge2", "rougeL")
        for part in ("f1", "precision", "recall")
    ),
    "compression_ratio",
    "novel_unigrams",
    "novel_bigrams",
    "novel_trigrams",
    "summary_sentences",
    "summary_claims",
    "summary_headings",
    "original_sentences",
    "supported_share",
    "support_mean",
    "support_min",
    "original_covered_share",
    "unsupported_names_numbers",
    *(f"contradictions_{kind}" for kind in CHECK_KINDS),
    "keyword_coverage",
    *(
        f"sentiment_{part}_{text}"
        for text in ("summary", "original")
        for part in ("mean", "positive_share", "negative_share")
    ),
)


@dataclass(frozen=True, eq=False)
class Comparison:
    """What `compare` found; every table is a pandas DataFrame.

    Attributes:
        alignment: One row per summary sentence: ``summary_index``,
            ``summary_sentence``, ``kind`` (``"claim"``, or ``"heading"`` for a heading or
            section number, which is neither supported nor unsupported), ``source_sentence``
            (the matched original sentence(s), joined with a space when fused),
            ``source_index`` (the best match, -1 if none), ``source_indices`` (all matched,
            in text order), ``similarity`` (share of the sentence's characters found there,
            0–1), ``cosine`` (TF-IDF cosine with the best match), ``support`` (the
            probability that the original supports it, of its weakest clause when it is
            long; NaN for a heading), ``supported`` (``support >= threshold`` and no
            contradiction; ``<NA>`` for a heading) and ``reason`` (``""`` when supported;
            each contradiction, e.g. ``direction: summary 降低, source 提高 (source sentence
            12)``, or the low support).
        coverage: One row per original sentence: ``source_index``,
            ``source_sentence``, ``start``/``end`` (offsets in the original),
            ``similarity`` (highest cosine with any summary sentence),
            ``covered`` (a supported summary sentence draws on it) and ``paragraph``
            (index of the non-blank line it is in, for coverage by paragraph).
        similarity: Cosine similarities, a sparse SciPy matrix of shape (summary sentences,
            original sentences) holding each summary sentence's 10 most similar original
            sentences (``.toarray()`` for a dense array).
        scores: Tidy ``metric``/``value`` table: ROUGE (char and word), compression,
            novel n-grams, supported share and support (headings left out; NaN when there is
            no claim), ``contradictions_<kind>`` (findings that quote the source),
            ``unsupported_names_numbers`` (names, numbers and dates not found at all, quoted
            or not), coverage, keyword coverage (NaN without keywords), sentiment.
        checks: Every quantity and name found in the summary, and every contradiction:
            ``summary_index``, ``kind`` (``"number"``, ``"date"``, ``"name"``,
            ``"negation"``, ``"direction"``), ``text``, ``value``, ``in_source``,
            ``source`` (what the source says there), ``source_index`` and ``detail``.
        keywords: The original's top keywords: ``word``, ``weight``, ``in_summary``
            (found anywhere in the summary).
        keyword_comparison: ``textkit.compare_keywords(original, summary)``: the two
            texts' top keywords side by side (``word``, ``weight_a``/``rank_a``/``count_a``
            for the original, ``weight_b``/``rank_b``/``count_b`` for the summary,
            ``status``); words ``"only_b"`` (absent from the original) point to content of
            the summary's own.
        sentiment: Sentence scores of both texts (``text`` is ``"summary"`` or
            ``"original"``); empty if sentiment scoring is unavailable or not asked.

    Example:
        >>> from textkit import compare
        >>> result = compare("抖音电商去年增长了三倍。", "抖音电商去年增长了两倍,商家数量也翻了一番。")
        >>> bool(result.alignment.loc[0, "supported"]), result.alignment.loc[0, "reason"]
        (False, 'number: summary 三倍 (3), source 两倍 (2) (source sentence 0)')
    """

    alignment: pd.DataFrame
    coverage: pd.DataFrame
    similarity: csr_matrix
    scores: pd.DataFrame
    checks: pd.DataFrame
    keywords: pd.DataFrame
    sentiment: pd.DataFrame
    keyword_comparison: pd.DataFrame = field(default_factory=lambda: empty_frame(KEYWORD_COMPARISON_COLUMNS))
    threshold: float = DEFAULT_THRESHOLD
    notes: tuple[str, ...] = field(default=())

    def __repr__(self) -> str:
        claims = self.claims()
        k = int(claims["supported"].sum()) if len(claims) else 0
        return f"Comparison({len(claims)} summary claims, {k} supported, {len(self.coverage)} original sentences)"

    def claims(self) -> pd.DataFrame:
        """The alignment rows of the summary's claims (headings and section numbers left out)."""
        return self.alignment.loc[self.alignment["kind"] == "claim"].reset_index(drop=True)

    def score(self, metric: str) -> float:
        """The value of one metric of `scores`.

        Args:
            metric: One of `SCORE_NAMES`, e.g. ``"supported_share"`` or ``"rouge1_char_f1"``.

        Returns:
            The value; NaN where it is undefined (``supported_share`` with no claim) or was not computed
            (ROUGE after ``compare(..., rouge_scores=False)``, sentiment after ``sentiment=False``).

        Raises:
            TextkitError: ``metric`` is not a metric name; the message lists the valid ones.

        Example:
            >>> from textkit import compare
            >>> compare("抖音电商很高效。", "抖音电商很高效。").score("supported_share")
            1.0
        """
        if not isinstance(metric, str) or metric not in SCORE_NAMES:
            import difflib

            close = difflib.get_close_matches(metric, SCORE_NAMES, n=1) if isinstance(metric, str) else []
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise TextkitError(
                f"metric must be a metric name, got {type(metric).__name__}: {short_repr(metric)}{hint}; "
                f"valid names: {', '.join(SCORE_NAMES)}"
            )
        rows = self.scores.loc[self.scores["metric"] == metric, "value"]
        return float(rows.iloc[0]) if len(rows) else math.nan

    def unsupported(self) -> pd.DataFrame:
        """The alignment rows of summary claims without support (headings are neither)."""
        claims = self.claims()
        return claims.loc[~claims["supported"].astype(bool)].reset_index(drop=True)

    def to_frame(self) -> pd.DataFrame:
        """The alignment table (one row per summary sentence), ``source_indices`` as text."""
        frame = self.alignment.copy()
        frame["source_indices"] = [" ".join(str(i) for i in idx) for idx in frame["source_indices"]]
        return frame

    def to_dict(self) -> dict[str, Any]:
        """Everything as plain, JSON-serialisable Python values."""

        def records(df: pd.DataFrame) -> list[dict[str, Any]]:
            out = []
            for row in df.to_dict(orient="records"):
                out.append({str(k): plain(v) for k, v in row.items()})
            return out

        return {
            "alignment": records(self.alignment),
            "coverage": records(self.coverage),
            "similarity": _triples(self.similarity),
            "scores": {str(m): plain(v) for m, v in zip(self.scores["metric"], self.scores["value"], strict=True)},
            "checks": records(self.checks),
            "keywords": records(self.keywords),
            "keyword_comparison": records(self.keyword_comparison),
            "sentiment": records(self.sentiment),
            "threshold": self.threshold,
            "notes": list(self.notes),
        }

    def to_markdown(self) -> str:
        """A Markdown report: scores, unsupported sentences with reasons, the alignment."""
        return markdown_report(self)

    def to_html(self, path: str | Path | None = None) -> str:
        """A self-contained HTML report (figures embedded as PNG); written to ``path`` if given.

        Unsupported summary sentences are shown in red with their reasons, so a reader
        sees at a glance which parts have no support in the original.
        """
        body = html_report(self)
        if path is not None:
            from pathlib import Path

            Path(path).write_text(body, encoding="utf-8")
        return body


def empty_frame(columns: list[str]) -> pd.DataFrame:
    """An empty DataFrame with these columns."""
    import pandas as pd

    return pd.DataFrame(columns=columns)


def plain(value: Any) -> Any:
    """``value`` as a plain JSON value: NumPy scalars as Python ones, tuples as lists, NaN as None."""
    if isinstance(value, tuple):
        return [plain(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    import pandas as pd  # loaded already: the value comes from a DataFrame

    return None if value is pd.NA else value


def _triples(matrix: csr_matrix) -> list[list[float]]:
    """A sparse matrix as ``[row, column, value]`` triples, row by row."""
    coo = matrix.tocoo()
    order = sorted(range(coo.nnz), key=lambda k: (int(coo.row[k]), int(coo.col[k])))
    return [[int(coo.row[k]), int(coo.col[k]), float(coo.data[k])] for k in order]
