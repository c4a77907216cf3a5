"""The reports of a `Comparison`: Markdown, and self-contained HTML with its figures and font embedded.

Both lead with the verdict in numbers (`verdict`): how many claims the original supports, why the others are
not supported, how many of the original's keywords the summary has, and the sentiment of both texts. Every
figure comes with a caption that says what it shows and how to read it (`CAPTIONS`). The two texts keep one
colour each wherever a page tells them apart: the original blue, the summary orange (`TEXT_COLORS`), as in the
keyword chart, whose bars for the original point left and for the summary right.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import plot
from .._log import get_logger
from ..errors import TextkitError

if TYPE_CHECKING:
    import pandas as pd

    from .result import Comparison

__all__ = ["CAPTIONS", "TEXT_COLORS", "Verdict", "html_report", "markdown_report", "verdict"]

#: One colour per text, everywhere: the keyword chart's "only in" bars use the same two.
TEXT_COLORS: dict[str, str] = {"original": "#1f77b4", "summary": "#ff7f0e"}

#: What each figure of the reports shows and how to read it, by figure name.
CAPTIONS: dict[str, tuple[str, str]] = {
    "summary_support": (
        "摘要句是否有原文支持 Is each summary line supported?",
        "One bar per line of the summary, top to bottom in the summary's order; its length is the support, the "
        "probability that the original supports the line. Green: supported; red: not supported, with the whole "
        "reason beside the bar; grey: a heading, not judged.",
    ),
    "coverage_map": (
        "覆盖图 Which parts of the original does the summary use?",
        "The original from its start (left) to its end (right). Upper strip: each original sentence, darker "
        "blue the closer some summary sentence matches it. Lower strip, green: the sentences that a supported "
        "claim draws on. Long pale stretches are parts of the original the summary leaves out.",
    ),
    "similarity_matrix": (
        "最佳匹配 Where each claim comes from",
        "Rows: the summary's claims, in order (headings left out). Columns: only the original sentences that "
        "some claim was matched with, by their number in the original, in its order (headings left out). "
        "Dark blue cells are close matches, white none; a dark staircase from top left to bottom right means "
        "the summary follows the original in order, a row with no dark cell a claim with no close source.",
    ),
    "sentiment_original": (
        "原文逐句情感 Sentence sentiment along the original",
        "Each dot is one sentence at its place in the text (0 = start, 1 = end), higher and greener the more "
        "positive, lower and redder the more negative; the black line is the mean of five neighbouring "
        "sentences and the grey band the neutral range.",
    ),
    "sentiment_summary": (
        "摘要逐句情感 Sentence sentiment along the summary",
        "Read as the original's: one dot per sentence, green up positive, red down negative, the black line "
        "the local mean, the grey band neutral.",
    ),
    "keywords_compared": (
        "关键词 Keywords of the original and the summary",
        "Each keyword's weight in the original (bars to the left) and in the summary (to the right). Colour "
        "says whose top list it is in: blue only the original's, orange only the summary's, purple both. A long "
        "bar on one side only is a topic the other text does not weigh.",
    ),
}


@dataclass(frozen=True)
class Verdict:
    """The verdict of a comparison in numbers, as the reports' first lines give it.

    Attributes:
        claims: Summary sentences judged (headings left out).
        supported: Claims the original supports.
        headings: Summary lines that are headings or section numbers (not judged).
        unsupported_by_reason: (reason, number of claims) for the unsupported claims, most frequent first;
            each claim is counted once, under its first reason (contradictions and names come before a
            low support).
        keywords_found: How many of the original's top keywords occur in the summary.
        keywords_total: How many top keywords of the original were looked for.
        sentiment: (text, mean sentence score, share of negative sentences) for ``"summary"`` and
            ``"original"``, when the comparison scored sentiment.
    """

    claims: int
    supported: int
    headings: int
    unsupported_by_reason: tuple[tuple[str, int], ...]
    keywords_found: int
    keywords_total: int
    sentiment: tuple[tuple[str, float, float], ...]

    @property
    def supported_share(self) -> float:
        """Supported claims over claims; NaN when there is no claim."""
        return self.supported / self.claims if self.claims else math.nan

    def lines(self) -> list[str]:
        r"""The verdict as short English sentences, numbers first.

        Example:
            >>> from textkit import compare
            >>> v = verdict(compare("抖音电商去年增长了三倍。", "抖音电商去年增长了两倍。", sentiment=False))
            >>> print("\n".join(v.lines()[:2]))
            0 of 1 summary claims are supported by the original (0%).
            1 unsupported, by first reason: number 1.
        """
        share = "—" if math.isnan(self.supported_share) else f"{self.supported_share:.0%}"
        out = [f"{self.supported} of {self.claims} summary claims are supported by the original ({share})."]
        unsupported = self.claims - self.supported
        if unsupported:
            reasons = ", ".join(f"{reason} {n}" for reason, n in self.unsupported_by_reason)
            out.append(f"{unsupported} unsupported, by first reason: {reasons}.")
        if self.headings:
            out.append(f"{self.headings} lines of the summary are headings, not judged.")
        if self.keywords_total:
            out.append(
                f"{self.keywords_found} of the original's top {self.keywords_total} keywords occur in the summary."
            )
        if self.sentiment:
            out.append(
                "Mean sentence sentiment (0 negative … 1 positive): "
                + "; ".join(f"{text} {mean:.2f}, {neg:.0%} of sentences negative" for text, mean, neg in self.sentiment)
                + "."
            )
        return out


def verdict(comparison: Comparison) -> Verdict:
    """The comparison's verdict in numbers: supported claims, reasons, keyword coverage, sentiment.

    Args:
        comparison: What `textkit.compare` returned.

    Returns:
        A `Verdict`.

    Example:
        >>> from textkit import compare
        >>> v = verdict(compare("抖音电商去年增长了三倍。", "抖音电商去年增长了两倍。", sentiment=False))
        >>> v.claims, v.supported, v.unsupported_by_reason
        (1, 0, (('number', 1),))
    """
    claims = comparison.claims()
    supported = int(claims["supported"].astype(bool).sum()) if len(claims) else 0
    unsupported = claims.loc[~claims["supported"].astype(bool)] if len(claims) else claims
    reasons = Counter(_reason_kind(r) for r in unsupported["reason"]) if len(unsupported) else Counter()
    found, lost = _keywords_found(comparison)
    sentiment: list[tuple[str, float, float]] = []
    frame = comparison.sentiment
    for text in ("summary", "original"):
        rows = frame.loc[frame["text"] == text] if len(frame) else frame
        scores = rows["score"].dropna() if len(rows) else rows
        if len(scores):
            negative = float((rows["label"] == "negative").mean()) if "label" in rows else math.nan
            sentiment.append((text, float(scores.to_numpy(dtype=float).mean()), negative))
    return Verdict(
        claims=len(claims),
        supported=supported,
        headings=int((comparison.alignment["kind"] == "heading").sum()) if len(comparison.alignment) else 0,
        unsupported_by_reason=tuple(sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))),
        keywords_found=len(found),
        keywords_total=len(found) + len(lost),
        sentiment=tuple(sentiment),
    )


def _reason_kind(reason: Any) -> str:
    """The kind of an unsupported claim's first reason: ``"name: summary 李雯雯, ..."`` gives ``"name"``."""
    first = str(reason or "").split("; ")[0]
    kind = first.split(":")[0].strip()
    return kind or "no reason given"


#: Metrics that count things: shown as integers.
_COUNT_METRICS = frozenset(
    {"summary_sentences", "summary_claims", "summary_headings", "original_sentences", "unsupported_names_numbers"}
)


def _is_count(metric: Any) -> bool:
    name = str(metric)
    return name in _COUNT_METRICS or name.startswith("contradictions_")


def _fmt(value: Any, metric: Any = None) -> str:
    if isinstance(value, float):
        if math.isnan(value):
            return "—"
        if _is_count(metric) and value.is_integer():
            return str(int(value))
        return f"{value:.3f}"
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


def _missing_checks(comparison: Comparison) -> pd.DataFrame:
    """The contradictions: numbers, dates, names, negations and direction words the original does not back."""
    checks = comparison.checks
    return checks.loc[~checks["in_source"].astype(bool)] if len(checks) else checks


def _keywords_found(comparison: Comparison) -> tuple[list[str], list[str]]:
    """The original's keywords that the summary has, and those it misses."""
    kw = comparison.keywords
    if not len(kw):
        return [], []
    pairs = list(zip(kw["word"], kw["in_summary"], strict=True))
    return [w for w, f in pairs if f], [w for w, f in pairs if not f]


def markdown_report(comparison: Comparison) -> str:
    """A Markdown report: the verdict, scores, unsupported sentences with reasons, the alignment."""
    row: Any
    lines = ["# Summary versus original", "", "## Verdict", ""]
    lines += [f"- {line}" for line in verdict(comparison).lines()]
    lines += ["", "## Scores", "", "| metric | value |", "| --- | --- |"]
    for metric, value in zip(comparison.scores["metric"], comparison.scores["value"], strict=True):
        lines.append(f"| {metric} | {_fmt(value, metric)} |")
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
    """A self-contained HTML report: figures embedded as PNG, and the subset of the CJK font its text uses."""
    return _html_report(comparison, _figures(comparison))


def _figures(comparison: Comparison) -> list[tuple[str, str, str]]:
    """The report's figures as (title, caption, base64 PNG); empty where matplotlib cannot start."""
    try:
        plot.fonts.import_matplotlib()
    except ImportError as err:  # PlottingUnavailableError: no writable directory for matplotlib
        get_logger(__name__).warning("the HTML report has no figures: %s", err)
        return []
    makers: list[tuple[str, Any]] = [
        ("summary_support", lambda: plot.summary_support(comparison.alignment)),
        ("coverage_map", lambda: plot.coverage_map(comparison.coverage)),
        ("similarity_matrix", lambda: best_matches_figure(comparison)),
    ]
    for name in ("original", "summary"):
        rows = comparison.sentiment.loc[comparison.sentiment["text"] == name] if len(comparison.sentiment) else None
        if rows is not None and len(rows):
            makers.append((f"sentiment_{name}", lambda rows=rows: plot.sentiment_trajectory(rows)))
    if len(comparison.keyword_comparison):
        makers.append(("keywords_compared", lambda: keywords_figure(comparison)))
    figures: list[tuple[str, str, str]] = []
    for name, make in makers:
        title, caption = CAPTIONS[name]
        try:
            figures.append((title, caption, plot.figure_to_base64(make(), dpi=110)))
        except Exception as err:  # a figure must never break the report
            get_logger(__name__).warning("figure %r failed: %s", title, err)
    return figures


def best_matches_figure(comparison: Comparison, *, ax: Any = None) -> Any:
    r"""The similarity of each claim to only the original sentences it was matched with, headings left out.

    The full matrix (every summary sentence against every original sentence) is mostly empty and its
    brightest cells are section numbers; this view keeps the claims as rows and, as columns, the original
    sentences that some claim was matched with (`Comparison.alignment`'s ``source_indices``) in the
    original's order, without headings.

    Returns:
        The matplotlib ``Axes`` of `textkit.plot.similarity_matrix`.

    Example:
        >>> from textkit import compare
        >>> summary = "01\n抖音电商增长很快。\n商家越来越多。"
        >>> c = compare(summary, "01\n抖音电商增长很快。\n用户也多。\n商家越来越多。")
        >>> [t.get_text() for t in best_matches_figure(c).get_xticklabels()]
        ['1', '3']
    """
    import numpy as np

    from .units import is_heading

    al = comparison.alignment
    claims = al.loc[al["kind"] != "heading"] if len(al) else al
    source_text = dict(zip(comparison.coverage["source_index"], comparison.coverage["source_sentence"], strict=True))
    columns = sorted(
        {
            int(j)
            for indices in claims["source_indices"]
            for j in indices
            if int(j) >= 0 and not is_heading(str(source_text.get(int(j), "")))
        }
    )
    dense = comparison.similarity.toarray() if len(claims) and columns else np.zeros((len(claims), 0))
    rows = [int(i) for i in claims["summary_index"]]
    matrix = dense[np.ix_(rows, columns)] if rows and columns else np.zeros((len(rows), len(columns)))
    return plot.similarity_matrix(
        matrix,
        summary_labels=[f"{i} {s}" for i, s in zip(rows, claims["summary_sentence"], strict=True)],
        source_labels=[str(j) for j in columns],
        max_label_chars=14,
        max_ticks=80,
        ax=ax,
    )


def keywords_figure(comparison: Comparison, *, ax: Any = None) -> Any:
    """The two texts' keywords side by side: the original's to the left, the summary's to the right."""
    kwargs: dict[str, Any] = {"labels": ("原文 original", "摘要 summary")}
    if ax is not None:
        kwargs["ax"] = ax
    return plot.keyword_comparison(comparison.keyword_comparison, **kwargs)


_PAGE_STYLE = (
    "body{font-family:'textkit CJK','Noto Sans CJK SC','Noto Sans SC','PingFang SC','Microsoft YaHei',sans-serif;"
    "max-width:1100px;margin:2em auto;padding:0 1em;line-height:1.5;color:#222}"
    "table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:4px 6px;vertical-align:top}"
    ".no{background:#fde0dc}.yes{background:#e3f4e1}.heading{background:#eee}.reason{color:#b00020}"
    "small{color:#555}span.s{padding:1px 2px;border-radius:2px}"
    ".verdict{border:2px solid #333;border-radius:6px;padding:.6em 1em;margin:1em 0}"
    ".verdict .big{font-size:1.6em;font-weight:bold}.verdict li{margin:.2em 0}"
    f".original{{color:{TEXT_COLORS['original']};font-weight:bold}}"
    f".summary{{color:{TEXT_COLORS['summary']};font-weight:bold}}"
    "figure{margin:1.5em 0}figure img{max-width:100%}figcaption{color:#444;max-width:60em}"
)


def verdict_html(v: Verdict) -> str:
    """The verdict as an HTML block, the headline number first (used by the reports' first screens)."""
    import html

    share = "—" if math.isnan(v.supported_share) else f"{v.supported_share:.0%}"
    items = [
        f"<li><b>{v.claims - v.supported}</b> claims have no support; by first reason: "
        + (", ".join(f"{html.escape(reason)} <b>{n}</b>" for reason, n in v.unsupported_by_reason) or "—")
        + "</li>",
        f"<li><b>{v.headings}</b> lines of the summary are headings, not judged</li>",
    ]
    if v.keywords_total:
        items.append(
            f"<li>Keywords: <b>{v.keywords_found} of {v.keywords_total}</b> of the "
            '<span class="original">原文 original</span>\'s top keywords occur in the '
            '<span class="summary">摘要 summary</span></li>'
        )
    for text, mean, negative in v.sentiment:
        label = "摘要 summary" if text == "summary" else "原文 original"
        items.append(
            f'<li>Sentiment of the <span class="{text}">{label}</span>: mean <b>{mean:.2f}</b> '
            f"(0 negative … 1 positive), {negative:.0%} of its sentences negative</li>"
        )
    return (
        '<div class="verdict"><p><span class="big">'
        f"{v.supported} of {v.claims} claims ({share})</span> of the "
        '<span class="summary">摘要 summary</span> are supported by the <span class="original">原文 original</span>.'
        f"</p><ul>{''.join(items)}</ul></div>"
    )


def _html_report(comparison: Comparison, figures: list[tuple[str, str, str]]) -> str:
    import html

    row: Any
    esc = html.escape
    al = comparison.alignment
    parts = [
        "<h1>摘要与原文 Summary versus original</h1>",
        verdict_html(verdict(comparison)),
        f"<p><small>A claim is supported when its support reaches {comparison.threshold:g} and nothing in it "
        "contradicts the original. Below, the summary sentence by sentence: green supported, red not (hover for "
        "the reason), grey headings.</small></p>",
        "<h2>The summary, sentence by sentence</h2><p>",
    ]
    for row in al.itertuples(index=False):
        cls = _mark(row.supported, "yes", "no", "heading")
        tip = esc(row.reason or f"source {row.source_index}: {row.source_sentence}", quote=True)
        parts.append(f'<span class="s {cls}" title="{tip}">{esc(row.summary_sentence)}</span> ')
    parts.append("</p>")
    for title, caption, png in figures:
        parts.append(
            f'<figure><h2>{esc(title)}</h2><img alt="{esc(title)}" src="data:image/png;base64,{png}">'
            f"<figcaption>{esc(caption)}</figcaption></figure>"
        )
    parts += ["<h2>Scores</h2><table><tr><th>metric</th><th>value</th></tr>"]
    for metric, value in zip(comparison.scores["metric"], comparison.scores["value"], strict=True):
        parts.append(f"<tr><td>{esc(str(metric))}</td><td>{esc(_fmt(value, metric))}</td></tr>")
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
    title = "摘要与原文 Summary versus original"
    body = "\n".join(parts)
    font = _embedded_font(html.unescape(title + body))
    head = (
        '<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title><style>{font}{_PAGE_STYLE}</style></head><body>"
    )
    return head + "\n" + body + "\n</body></html>"


def _embedded_font(text: str) -> str:
    """The ``@font-face`` rule with the subset of the CJK font that ``text`` needs; ``""`` if it cannot be made."""
    try:
        return plot.fonts.font_face_css(text)
    except (ImportError, TextkitError) as err:  # no matplotlib, no CJK font: the page names fallbacks instead
        get_logger(__name__).warning("the HTML report embeds no font: %s", err)
        return ""
