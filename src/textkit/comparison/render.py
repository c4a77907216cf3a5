"""The reports of a `Comparison`: Markdown, and self-contained HTML with its figures embedded."""

from __future__ import annotations

import logging
import math
from typing import TYPE_CHECKING, Any

from .. import plot

if TYPE_CHECKING:
    import pandas as pd

    from .result import Comparison

__all__ = ["html_report", "markdown_report"]

logger = logging.getLogger(__name__)


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return "—" if math.isnan(value) else f"{value:.3f}"
    return str(value)


def _md(text: Any) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _clip(text: Any, limit: int) -> str:
    shown = str(text)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def _mark(supported: Any, yes: str, no: str, heading: str = "heading") -> str:
    """How a row's verdict is shown: supported, not supported, or a heading (neither)."""
    import pandas as pd

    if supported is None or supported is pd.NA:
        return heading
    return yes if supported else no


def _counts(comparison: Comparison) -> tuple[int, int]:
    """How many summary sentences there are, and how many are supported."""
    claims = comparison.claims()
    return len(claims), int(claims["supported"].sum()) if len(claims) else 0


def _missing_checks(comparison: Comparison) -> pd.DataFrame:
    """The contradictions: numbers, dates, names, negations and direction words the original does not back."""
    checks = comparison.checks
    return checks.loc[~checks["in_source"].astype(bool)] if len(checks) else checks


def _keywords_found(comparison: Comparison) -> tuple[list[str], list[str]]:
    """The original's keywords that the summary has, and those it misses."""
    kw = comparison.keywords
    pairs = list(zip(kw["word"], kw["in_summary"], strict=True))
    return [w for w, f in pairs if f], [w for w, f in pairs if not f]


def markdown_report(comparison: Comparison) -> str:
    """A Markdown report: scores, unsupported sentences with reasons, the alignment."""
    row: Any
    n, k = _counts(comparison)
    lines = [
        "# Summary versus original",
        "",
        f"{k} of {n} summary claims are supported by the original (headings aside).",
        "",
    ]
    lines += ["## Scores", "", "| metric | value |", "| --- | --- |"]
    for metric, value in zip(comparison.scores["metric"], comparison.scores["value"], strict=True):
        lines.append(f"| {metric} | {_fmt(value)} |")
    lines += ["", "## Summary sentences", "", "| # | supported | support | summary sentence | source | reason |"]
    lines.append("| --- | --- | --- | --- | --- | --- |")
    for row in comparison.alignment.itertuples(index=False):
        mark = _mark(row.supported, "yes", "**NO**")
        lines.append(
            f"| {row.summary_index} | {mark} | {_fmt(row.support)} | {_md(row.summary_sentence)} "
            f"| {_md(_clip(row.source_sentence, 80))} | {_md(row.reason)} |"
        )
    missing = _missing_checks(comparison)
    if len(missing):
        lines += ["", "## Contradictions", ""]
        for row in missing.itertuples(index=False):
            lines.append(f"- sentence {row.summary_index}: {row.kind} {_md(row.text)} — {_md(row.detail)}")
    if len(comparison.keywords):
        found, lost = _keywords_found(comparison)
        lines += ["", "## Keywords of the original", "", f"- in the summary: {'、'.join(found) or '—'}"]
        lines.append(f"- missing from the summary: {'、'.join(lost) or '—'}")
    for note in comparison.notes:
        lines += ["", f"> {note}"]
    return "\n".join(lines) + "\n"


def html_report(comparison: Comparison) -> str:
    """A self-contained HTML report, figures embedded as PNG."""
    return _html_report(comparison, _figures(comparison))


def _figures(comparison: Comparison) -> list[tuple[str, str]]:
    """The report's figures as (title, base64 PNG); empty where matplotlib cannot start."""
    try:
        plot.fonts.import_matplotlib()
    except ImportError as err:  # PlottingUnavailableError: no writable directory for matplotlib
        logger.warning("the HTML report has no figures: %s", err)
        return []
    figures: list[tuple[str, str]] = []
    makers: list[tuple[str, Any]] = [
        ("摘要句是否有原文支持 Support of each summary sentence", lambda: plot.summary_support(comparison.alignment)),
        ("覆盖图 Coverage of the original", lambda: plot.coverage_map(comparison.coverage)),
        ("相似度矩阵 Similarity of summary and original sentences", lambda: _similarity_figure(plot, comparison)),
    ]
    for name, label in (("original", "原文 original"), ("summary", "摘要 summary")):
        rows = comparison.sentiment.loc[comparison.sentiment["text"] == name] if len(comparison.sentiment) else None
        if rows is not None and len(rows):
            makers.append(
                (
                    f"逐句情感 Sentence sentiment along the {name}",
                    lambda rows=rows, label=label: plot.sentiment_trajectory(rows, title=label),
                )
            )
    if len(comparison.keyword_comparison):
        makers.append(("关键词 Keywords of the original and the summary", lambda: _keyword_figure(plot, comparison)))
    for title, make in makers:
        try:
            figures.append((title, plot.figure_to_base64(make(), dpi=110)))
        except Exception as err:  # a figure must never break the report
            logger.warning("figure %r failed: %s", title, err)
    return figures


def _similarity_figure(plot: Any, comparison: Comparison) -> Any:
    labels = [str(i) for i in comparison.alignment["summary_index"]]
    return plot.similarity_matrix(comparison.similarity, summary_labels=labels)


def _keyword_figure(plot: Any, comparison: Comparison) -> Any:
    return plot.keyword_comparison(comparison.keyword_comparison, labels=("原文 original", "摘要 summary"))


def _html_report(comparison: Comparison, figures: list[tuple[str, str]]) -> str:
    import html

    row: Any
    esc = html.escape
    al = comparison.alignment
    n, k = _counts(comparison)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="zh"><head><meta charset="utf-8"><title>Summary versus original</title>',
        "<style>body{font-family:sans-serif;max-width:1100px;margin:2em auto;line-height:1.5}"
        "table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:4px 6px;vertical-align:top}"
        ".no{background:#fde0dc}.yes{background:#e3f4e1}.reason{color:#b00020}small{color:#555}"
        "span.s{padding:1px 2px;border-radius:2px}</style></head><body>",
        "<h1>Summary versus original</h1>",
        f"<p><b>{k} of {n}</b> summary claims are supported by the original "
        f"(support threshold {comparison.threshold:g}; headings aside). Sentences on a red background have "
        "no support; the reason is given beside them.</p>",
        "<h2>The summary, sentence by sentence</h2><p>",
    ]
    for row in al.itertuples(index=False):
        cls = _mark(row.supported, "yes", "no", "heading")
        tip = esc(row.reason or f"source {row.source_index}: {row.source_sentence}", quote=True)
        parts.append(f'<span class="s {cls}" title="{tip}">{esc(row.summary_sentence)}</span> ')
    parts.append("</p>")
    for title, png in figures:
        parts.append(f'<h2>{esc(title)}</h2><img alt="{esc(title)}" src="data:image/png;base64,{png}">')
    parts += ["<h2>Scores</h2><table><tr><th>metric</th><th>value</th></tr>"]
    for metric, value in zip(comparison.scores["metric"], comparison.scores["value"], strict=True):
        parts.append(f"<tr><td>{esc(str(metric))}</td><td>{esc(_fmt(value))}</td></tr>")
    parts.append("</table>")
    parts.append(
        "<h2>Alignment</h2><table><tr><th>#</th><th>summary sentence</th><th>source sentence(s)</th>"
        "<th>support</th><th>supported</th></tr>"
    )
    for row in al.itertuples(index=False):
        cls = _mark(row.supported, "yes", "no", "heading")
        reason = f'<br><span class="reason">{esc(row.reason)}</span>' if row.reason else ""
        source = esc(row.source_sentence) if row.source_index >= 0 else "—"
        parts.append(
            f'<tr class="{cls}"><td>{row.summary_index}</td><td>{esc(row.summary_sentence)}{reason}</td>'
            f"<td><small>[{' '.join(str(i) for i in row.source_indices)}]</small> {source}</td>"
            f"<td>{_fmt(row.support)}</td><td>{_mark(row.supported, 'yes', 'NO')}</td></tr>"
        )
    parts.append("</table>")
    missing = _missing_checks(comparison)
    if len(missing):
        parts.append("<h2>Contradictions</h2><ul>")
        for row in missing.itertuples(index=False):
            parts.append(
                f"<li>sentence {row.summary_index}: {esc(row.kind)} <b>{esc(row.text)}</b> — {esc(row.detail)}"
            )
        parts.append("</ul>")
    if len(comparison.keywords):
        found, lost = _keywords_found(comparison)
        parts.append(
            f"<h2>Keywords of the original</h2><p>In the summary: {esc('、'.join(found) or '—')}<br>"
            f"Missing from the summary: {esc('、'.join(lost) or '—')}</p>"
        )
    for note in comparison.notes:
        parts.append(f"<p><small>{esc(note)}</small></p>")
    parts.append("</body></html>")
    return "\n".join(parts)
