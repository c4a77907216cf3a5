"""`compare`: a summary against its original, sentence by sentence.

For each summary sentence `compare` finds the original sentence(s) it comes from (`textkit.comparison.align`),
looks for contradictions (`textkit.comparison.checks`: numbers and dates in their role, names, negation,
direction) and scores how likely the original supports it (`textkit.comparison.support`). A long sentence is
judged clause by clause and gets the support of its weakest clause. A sentence is supported when its support
reaches ``threshold``. Headings and section numbers (``01``, ``第一部分``) are marked as such and left out of
the counts and scores.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import check_bool, check_encodable, check_int, check_text, check_unit_float
from ..lang_zh import find_quantities, fold_traditional, traditional_share
from ..preprocessing import extract_article
from ..segmentation import Segmenter, segmenter_for, split_sentences
from .align import (
    Match,
    align_one,
    candidates,
    chunk_coverage,
    fuse_run_in,
    paragraph_numbers,
    similarity_matrix,
)
from .checks import Finding, contradictions, name_findings, quantity_kind
from .result import ALIGNMENT_COLUMNS, CHECK_COLUMNS, COVERAGE_COLUMNS, SENTIMENT_COLUMNS, Comparison
from .scores import keyword_tables, score_table, sentiment_table
from .source import Source
from .support import SupportModel, load_support_model, unit_features
from .units import bigrams, heading_flags, is_heading, judged_units, normalize_for_match

if TYPE_CHECKING:
    import pandas as pd
    from scipy.sparse import csr_matrix

__all__ = ["SentenceAnalysis", "UnitAnalysis", "analyse_sentence", "compare"]


def compare(
    summary: str,
    original: str,
    *,
    threshold: float | None = None,
    segmenter: Segmenter | None = None,
    keywords_top_n: int = 20,
    sentiment: bool = True,
    rouge_scores: bool = True,
    clean_original: bool = False,
) -> Comparison:
    """Compare a summary with its original: where each sentence comes from, how well it is supported, and why not.

    Args:
        summary: The summary (plain text; one sentence or heading per line is fine).
        original: The original text. Pass the article body, not a scraped page:
            boilerplate lines are simply never matched.
        threshold: The support (0–1) a sentence needs to count as supported; ``None`` for the model's default
            (`textkit.comparison.DEFAULT_THRESHOLD`). Lower it to flag fewer sentences, raise it to flag more.
        segmenter: The `Segmenter` used for words and names (give one with your user words); textkit's default
            if None.
        keywords_top_n: How many of the original's keywords to look for in the summary.
        sentiment: Score the sentences of both texts with `textkit.sentiment`.
        rouge_scores: Compute ROUGE (char and word level) for `Comparison.scores`.
        clean_original: Replace ``original`` by ``textkit.extract_article(original).body``
            first (for a scraped page); offsets in ``coverage`` then refer to that body.

    Returns:
        A `Comparison`. An empty summary gives empty alignment and zero scores; an
        empty original leaves every summary sentence unsupported. When one text is written in
        traditional characters and the other is not, the traditional one is read folded to simplified
        characters (`textkit.lang_zh.fold_traditional`) and `Comparison.notes` says so.

    Raises:
        TextkitError: A text is not a string, or an option is not allowed.

    Example:
        >>> c = compare("图书馆去年借出图书三万册。", "图书馆去年共借出图书一万八千册。读者满意。")
        >>> c.alignment[["source_index", "supported"]].values.tolist()
        [[0, False]]
        >>> print(c.alignment["reason"][0])
        number: summary 三万册 (30000), source 一万八千册 (18000) (source sentence 0)
    """
    import pandas as pd

    check_encodable(check_text(summary, "summary"), "summary")
    check_encodable(check_text(original, "original"), "original")
    model = load_support_model()
    threshold = model.threshold if threshold is None else check_unit_float("threshold", threshold)
    seg = segmenter_for(segmenter)
    check_int("keywords_top_n", keywords_top_n, low=0)
    check_bool("sentiment", sentiment)
    check_bool("rouge_scores", rouge_scores)
    if check_bool("clean_original", clean_original):
        original = extract_article(original).body
    notes: list[str] = []
    summary, original = _same_script(summary, original, notes)

    # The original is cut into words for its keywords and for word-level ROUGE: once.
    with seg.remembering_cuts():
        sum_sents = split_sentences(summary)
        source = Source(original, seg)
        source.expect(summary)
        sim = similarity_matrix(sum_sents, source.sentences)
        judge = _Judge(source, sim, seg, model, threshold)
        headings = heading_flags(summary)
        verdicts = [judge(i, sentence, headings[i]) for i, sentence in enumerate(sum_sents)]
        covered = {c for v in verdicts if v.row["supported"] is True for c in v.row["source_indices"]}
        alignment = _alignment_frame([v.row for v in verdicts])
        checks = pd.DataFrame([row for v in verdicts for row in v.checks], columns=CHECK_COLUMNS)
        checks["in_source"] = checks["in_source"].astype(bool)
        coverage = _coverage_frame(source, sim, covered)

        keywords, keyword_comparison = keyword_tables(summary, source, keywords_top_n)
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
class _Verdict:
    """One summary sentence's alignment row and its check rows."""

    row: dict[str, Any]
    checks: list[dict[str, Any]]


@dataclass(frozen=True)
class UnitAnalysis:
    """One judged unit of a summary sentence (the sentence, or one of its clauses): its findings and features."""

    text: str
    findings: list[Finding]
    names: list[str]
    features: list[float]

    @property
    def contradictions(self) -> frozenset[str]:
        """The kinds of contradiction found in the unit."""
        return frozenset(f.kind for f in self.findings if f.contradiction)


@dataclass(frozen=True)
class SentenceAnalysis:
    """What the comparison measured for one summary sentence, before the support model scores it."""

    index: int
    sentence: str
    heading: bool
    match: Match
    candidates: list[int]
    similarity: float
    units: list[UnitAnalysis]


# A text whose Han characters are at least this share traditional (`textkit.lang_zh.traditional_share`) is written
# in traditional characters; one under _SIMPLIFIED is not (simplified text scores 0, traditional text about 0.3).
_TRADITIONAL = 0.1
_SIMPLIFIED = 0.02


def _same_script(summary: str, original: str, notes: list[str]) -> tuple[str, str]:
    """Both texts in one script: the one in traditional characters folded when the other is not, with a note.

    The two would share almost no character bigram otherwise (the case study's summary against its original in
    traditional characters: 2 of 53 claims supported instead of 25).
    """
    share_summary, share_original = traditional_share(summary), traditional_share(original)
    if share_original >= _TRADITIONAL and share_summary < _SIMPLIFIED:
        notes.append(
            "The original is written in traditional characters and the summary is not: the original was read with its "
            "traditional characters folded to simplified ones (textkit.lang_zh.fold_traditional), and its quotes "
            "show them folded."
        )
        return summary, fold_traditional(original)
    if share_summary >= _TRADITIONAL and share_original < _SIMPLIFIED:
        notes.append(
            "The summary is written in traditional characters and the original is not: the summary was read with its "
            "traditional characters folded to simplified ones (textkit.lang_zh.fold_traditional), and its sentences "
            "are shown folded."
        )
        return fold_traditional(summary), original
    return summary, original


def analyse_sentence(
    i: int, sentence: str, source: Source, sim: csr_matrix, segmenter: Segmenter, *, heading: bool | None = None
) -> SentenceAnalysis:
    """Align summary sentence ``i`` with the original, find its contradictions and measure its features.

    ``sim`` is the summary × original similarity of `textkit.comparison.align.similarity_matrix`.
    ``scripts/train_support.py`` calls this too, so that training sees exactly the features `compare` scores.
    ``heading`` says whether the sentence is a heading of its summary (`textkit.comparison.units.heading_flags`);
    ``None`` reads the sentence alone (`textkit.comparison.units.is_heading`).
    """
    heading = is_heading(sentence) if heading is None else heading
    grams = bigrams(sentence)
    weights = {g: source.idf.get(g, source.unseen) for g in grams}
    cand = candidates(sim, i)
    lo, hi = sim.indptr[i], sim.indptr[i + 1]
    cosines = dict(zip(sim.indices[lo:hi].tolist(), sim.data[lo:hi].tolist(), strict=True))
    match = align_one(grams, weights, cand, source.grams, _Cosines(cosines), fuse_run_in(sentence, source.squashed))
    region = list(dict.fromkeys(match.indices + cand))
    chunks = chunk_coverage(sentence, [source.sentences[c] for c in match.indices], match.share)
    units = []
    pieces = judged_units(sentence)
    for text in pieces:
        unit_region, unit_match = region, match.indices
        if len(pieces) > 1:  # a clause may come from elsewhere than the rest of its sentence (an attribution)
            own = source.best_sentences(text)
            unit_grams = bigrams(text)
            unit_weights = {g: source.idf.get(g, source.unseen) for g in unit_grams}
            shares = fuse_run_in(text, source.squashed)
            unit_match = align_one(unit_grams, unit_weights, own, source.grams, _Cosines({}), shares).indices
            unit_region = list(dict.fromkeys(unit_match + region + own))
        clauses = source.clauses(unit_region)
        found = contradictions(text, clauses, segmenter)
        names, missing = name_findings(segmenter, text, source.squashed_text, clauses)
        found += missing
        features = unit_features(text, source, unit_region, found, segmenter, unit_match)
        units.append(UnitAnalysis(text, found, names, features))
    return SentenceAnalysis(i, sentence, heading, match, cand, (match.share + chunks) / 2, units)


@dataclass
class _Judge:
    """Scores one analysed summary sentence at a time and writes its rows."""

    source: Source
    sim: csr_matrix
    segmenter: Segmenter
    model: SupportModel
    threshold: float

    def __call__(self, i: int, sentence: str, heading: bool) -> _Verdict:
        a = analyse_sentence(i, sentence, self.source, self.sim, self.segmenter, heading=heading)
        source = self.source
        if a.heading:  # neither supported nor not; what it names that the original lacks is still said
            found = [f for u in a.units for f in u.findings]
            reason = "; ".join(["heading", *dict.fromkeys(f.reason for f in found)])
            checks = [row for u in a.units for row in _check_rows(i, u.text, u.names, u.findings)]
            matched = " ".join(source.sentences[c] for c in a.match.indices)
            row = _row(
                i,
                sentence,
                "heading",
                matched,
                a.match.indices,
                a.match.best,
                a.similarity,
                a.match.cosine,
                math.nan,
                None,
                reason,
            )
            return _Verdict(row, checks)
        supports = [(self.model.support(u.features, u.contradictions), k) for k, u in enumerate(a.units)]
        support, weakest = min(supports) if source.sentences else (0.0, 0)
        findings = [f for u in a.units for f in u.findings]
        checks = [row for u in a.units for row in _check_rows(i, u.text, u.names, u.findings)]
        hard = [f for f in findings if f.contradiction]
        supported = bool(support >= self.threshold)
        reasons = list(dict.fromkeys(f.reason for f in (findings if not supported else [])))
        if not source.sentences:
            reasons.append("the original is empty")
        elif not supported and not hard:
            unit = a.units[weakest].text
            what = "it" if unit == sentence else f"the clause {unit.strip('，,；;：:。 ')}"
            reasons.append(f"low support: {support:.2f} for {what} (threshold {self.threshold:g})")
        matched = " ".join(source.sentences[c] for c in a.match.indices)
        row = _row(
            i,
            sentence,
            "claim",
            matched,
            a.match.indices,
            a.match.best,
            a.similarity,
            a.match.cosine,
            support,
            supported,
            "; ".join(reasons),
        )
        return _Verdict(row, checks)


class _Cosines:
    """A summary sentence's cosine with each original sentence, read from the sparse similarity (0 if absent)."""

    def __init__(self, values: dict[int, float]) -> None:
        self._values = values

    def __getitem__(self, index: int) -> float:
        return self._values.get(index, 0.0)


def _row(
    i: int,
    sentence: str,
    kind: str,
    matched: str,
    indices: list[int],
    best: int,
    similarity: float,
    cosine: float,
    support: float,
    supported: bool | None,
    reason: str,
) -> dict[str, Any]:
    return {
        "summary_index": i,
        "summary_sentence": sentence,
        "kind": kind,
        "source_sentence": matched,
        "source_index": best,
        "source_indices": tuple(indices),
        "similarity": round(float(similarity), 6),
        "cosine": round(float(cosine), 6),
        "support": round(float(support), 6),
        "supported": supported,
        "reason": reason,
    }


def _check_rows(i: int, unit: str, names: list[str], findings: list[Finding]) -> list[dict[str, Any]]:
    """The check table's rows of one unit: every quantity and name it holds, and every contradiction."""
    failed = {(f.kind, f.summary) for f in findings}
    rows = []
    for q in find_quantities(normalize_for_match(unit)):
        kind = quantity_kind(q)
        finding = next((f for f in findings if f.kind == kind and f.summary == q.describe()), None)
        rows.append(_check_row(i, kind, q.text, q.value, finding))
    for name in names:
        finding = next((f for f in findings if f.kind == "name" and f.summary == name), None)
        rows.append(_check_row(i, "name", name, math.nan, finding))
    for f in findings:
        if f.kind in ("negation", "direction", "quantifier", "modality") and (f.kind, f.summary) in failed:
            rows.append(_check_row(i, f.kind, f.summary, math.nan, f))
    return rows


def _check_row(i: int, kind: str, text: str, value: float, finding: Finding | None) -> dict[str, Any]:
    return {
        "summary_index": i,
        "kind": kind,
        "text": text,
        "value": value,
        "in_source": finding is None,
        "source": finding.source if finding is not None else "",
        "source_index": finding.source_index if finding is not None else -1,
        "detail": finding.reason if finding is not None else "",
    }


def _alignment_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    import pandas as pd

    alignment = pd.DataFrame(rows, columns=ALIGNMENT_COLUMNS)
    alignment = alignment.astype(
        {
            "summary_index": "int64",
            "source_index": "int64",
            "similarity": "float64",
            "cosine": "float64",
            "support": "float64",
            "supported": "boolean",
        }
    )
    return alignment


def _coverage_frame(source: Source, sim: csr_matrix, covered: set[int]) -> pd.DataFrame:
    import numpy as np
    import pandas as pd

    spans = source.spans
    best = np.asarray(sim.max(axis=0).todense()).ravel() if sim.shape[0] and spans else np.zeros(len(spans))
    return pd.DataFrame(
        {
            "source_index": np.arange(len(spans), dtype=np.int64),
            "source_sentence": source.sentences,
            "start": np.array([s.start for s in spans], dtype=np.int64),
            "end": np.array([s.end for s in spans], dtype=np.int64),
            "similarity": best.astype(np.float64),
            "covered": [j in covered for j in range(len(spans))],
            "paragraph": paragraph_numbers(source.text, [s.start for s in spans]),
        },
        columns=COVERAGE_COLUMNS,
    )
