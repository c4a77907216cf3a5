"""Checking a summary against its original: alignment, support, coverage, scores and a report.

`compare` splits both texts into sentences and, for each summary sentence, finds the
original sentence(s) it comes from and decides whether its content is supported:

1. Candidates: cosine similarity of character 1–3-gram TF-IDF vectors (sparse, so a
   100,000-character original against a 5,000-character summary takes about a second);
   the top 5 candidates of each summary sentence are kept.
2. Source: the candidate holding most of the sentence's character bigrams, each
   weighted by its IDF over the original's sentences (a bigram the original never uses
   weighs most). A sentence that fuses two or three source sentences is measured
   against their union: candidates are added while each adds at least 10% of the
   weighted bigrams and shares a run of 4 characters with the sentence.
3. Similarity (0–1): the mean of that weighted bigram share and the share of the
   sentence's characters inside runs of 3+ characters also found in the source(s).
   Scattered bigrams (an invented claim built from the original's words) score low
   on the second; a paraphrase keeps runs such as ``居民满意度``.
4. Checks: every quantity (``三万册``, ``6亿``, ``2019年``, ``30%``, ``周五``) must also be
   in the source sentences or the other candidates; every name (a person's name,
   organisation, Latin-letter brand, ``《title》``) must be in the original; and a
   clause must not drop or add a negation (``不``, ``没有``, ``未``) against the source
   clause it comes from.

A sentence is ``supported`` when its similarity reaches ``threshold`` (0.6 by default,
chosen on the tuning half of the labelled pairs in ``tests/pairs``) and every check
passes; otherwise ``reason`` says why. Headings and section numbers (``01``) are
sentences like any other: supported when the original has them.
"""

from __future__ import annotations

import base64
import html
import io
import logging
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._numbers import Quantity, find_quantities, same_quantity
from .errors import TextkitError, check_encodable, check_text, invalid_value

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

    from .segment import Segmenter

__all__ = ["DEFAULT_THRESHOLD", "Comparison", "compare"]

logger = logging.getLogger(__name__)

#: Share of a summary sentence's (IDF-weighted) character bigrams that must be found in
#: its source sentence(s) for it to count as supported; chosen on the tuning half of
#: ``tests/pairs`` (see ``tests/test_compare.py``).
DEFAULT_THRESHOLD = 0.6

_TOP_K = 5  # candidates per summary sentence
_MAX_FUSE = 3  # source sentences a summary sentence may fuse
_MIN_GAIN = 0.1  # share a further source sentence must add to be fused in
_CHUNK = 3  # characters in a run counted by the chunk coverage
_FUSE_RUN = 4  # characters in a run a fused source sentence must share with the summary sentence
# The most common Chinese surnames: jieba tags many ordinary words "nr" (宫殿, 占地约), so a
# person's name must start with one of these.
_SURNAMES = frozenset(
    [
        *"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
        "姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
        "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴"
        "霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑"
        "景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝",
        *("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "夏侯", "尉迟", "公孙", "长孙", "宇文"),
    ]
)
_NEG_RE = re.compile(r"[不没无未非别勿莫]")
# Words with a negation character that do not negate (非常 "very", 未来 "future", 不断 "constantly" ...).
_NOT_NEGATION_RE = re.compile(
    r"非常|未来|不过|不断|不仅|不光|不少|不久|不错|不同|不管|不论|不但|不停|毫不|无论|无数|无限|无比|"
    r"别人|特别|区别|分别|个别|类别|级别|识别|告别|别的|莫名|并非"
)
_A_NOT_A_RE = re.compile(r"(\w)[不没]\1")
_CLAUSE_MATCH = 0.5  # a summary clause comes from the source clause sharing this share of its bigrams
_TITLE_RE = re.compile(r"《([^《》]{1,40})》")
_CLAUSE_RE = re.compile(r"[^\W_]+", re.UNICODE)
_LATIN_RE = re.compile(r"[a-z][a-z0-9&.\-]*[a-z0-9]|[a-z]{2,}")

_ALIGNMENT_COLUMNS = [
    "summary_index",
    "summary_sentence",
    "source_sentence",
    "source_index",
    "source_indices",
    "similarity",
    "cosine",
    "supported",
    "reason",
]
_COVERAGE_COLUMNS = ["source_index", "source_sentence", "start", "end", "similarity", "covered", "paragraph"]
_CHECK_COLUMNS = ["summary_index", "kind", "text", "value", "in_source", "detail"]
_KEYWORD_COLUMNS = ["word", "weight", "in_summary"]
_KEYWORD_COMPARISON_COLUMNS = ["word", "weight_a", "weight_b", "status"]
_SENTIMENT_COLUMNS = ["text", "index", "sentence", "position", "score", "label"]


# -- text units ----------------------------------------------------------------------------


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def _clauses(text: str) -> list[str]:
    """Runs of letters, digits and Chinese characters: punctuation and spaces split them."""
    return _CLAUSE_RE.findall(_norm(text))


def _bigrams(text: str) -> set[str]:
    grams: set[str] = set()
    for clause in _clauses(text):
        if len(clause) == 1:
            grams.add(clause)
        grams.update(clause[i : i + 2] for i in range(len(clause) - 1))
    return grams


def _squash(text: str) -> str:
    return "".join(_clauses(text))


def _spaced(text: str) -> str:
    """Clauses separated by spaces, for character n-grams that do not cross punctuation."""
    return " ".join(_clauses(text))


# -- the result ----------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Comparison:
    """What `compare` found; every table is a pandas DataFrame.

    Attributes:
        alignment: One row per summary sentence: ``summary_index``,
            ``summary_sentence``, ``source_sentence`` (the matched original
            sentence(s), joined with a space when fused), ``source_index`` (the best
            match, -1 if none), ``source_indices`` (all matched, in text order),
            ``similarity`` (share of the sentence's content found there, 0–1),
            ``cosine`` (TF-IDF cosine with the best match), ``supported`` and
            ``reason`` (``""`` when supported).
        coverage: One row per original sentence: ``source_index``,
            ``source_sentence``, ``start``/``end`` (offsets in the original),
            ``similarity`` (highest cosine with any summary sentence),
            ``covered`` (a supported summary sentence draws on it) and ``paragraph``
            (index of the non-blank line it is in, for coverage by paragraph).
        similarity: Cosine similarities, shape (summary sentences, original sentences).
        scores: Tidy ``metric``/``value`` table: ROUGE (char and word), compression,
            novel n-grams, supported share, coverage, keyword coverage, sentiment.
        checks: Every quantity and name found in the summary: ``summary_index``,
            ``kind`` (``"number"``/``"name"``), ``text``, ``value``, ``in_source``,
            ``detail``.
        keywords: The original's top keywords: ``word``, ``weight``, ``in_summary``
            (found anywhere in the summary).
        keyword_comparison: ``textkit.compare_keywords(original, summary)``: the two
            texts' top keywords side by side (``word``, ``weight_a`` for the original,
            ``weight_b`` for the summary, ``status``); words only in the summary's list
            point to content of its own.
        sentiment: Sentence scores of both texts (``text`` is ``"summary"`` or
            ``"original"``); empty if sentiment scoring is unavailable or not asked.

    Example:
        >>> result = compare("抖音电商去年增长了三倍。", "抖音电商去年增长了两倍,商家数量也翻了一番。")
        >>> bool(result.alignment.loc[0, "supported"]), result.alignment.loc[0, "reason"]
        (False, 'number 三倍 (3) not in source: source says 两倍 (2)')
    """

    alignment: pd.DataFrame
    coverage: pd.DataFrame
    similarity: np.ndarray
    scores: pd.DataFrame
    checks: pd.DataFrame
    keywords: pd.DataFrame
    sentiment: pd.DataFrame
    keyword_comparison: pd.DataFrame = field(default_factory=lambda: _empty_frame(_KEYWORD_COMPARISON_COLUMNS))
    threshold: float = DEFAULT_THRESHOLD
    notes: tuple[str, ...] = field(default=())

    def __repr__(self) -> str:
        n = len(self.alignment)
        k = int(self.alignment["supported"].sum()) if n else 0
        return f"Comparison({n} summary sentences, {k} supported, {len(self.coverage)} original sentences)"

    def score(self, metric: str) -> float:
        """The value of one metric of `scores` (NaN if absent).

        Example:
            >>> compare("抖音电商很高效。", "抖音电商很高效。").score("supported_share")
            1.0
        """
        rows = self.scores.loc[self.scores["metric"] == metric, "value"]
        return float(rows.iloc[0]) if len(rows) else math.nan

    def unsupported(self) -> pd.DataFrame:
        """The alignment rows of summary sentences without support."""
        return self.alignment.loc[~self.alignment["supported"].astype(bool)].reset_index(drop=True)

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
                out.append({str(k): _plain(v) for k, v in row.items()})
            return out

        return {
            "alignment": records(self.alignment),
            "coverage": records(self.coverage),
            "similarity": [[float(x) for x in row] for row in self.similarity],
            "scores": {str(m): _plain(v) for m, v in zip(self.scores["metric"], self.scores["value"], strict=True)},
            "checks": records(self.checks),
            "keywords": records(self.keywords),
            "keyword_comparison": records(self.keyword_comparison),
            "sentiment": records(self.sentiment),
            "threshold": self.threshold,
            "notes": list(self.notes),
        }

    def to_markdown(self) -> str:
        """A Markdown report: scores, unsupported sentences with reasons, the alignment."""
        row: Any
        lines = ["# Summary versus original", ""]
        n = len(self.alignment)
        k = int(self.alignment["supported"].sum()) if n else 0
        lines += [f"{k} of {n} summary sentences are supported by the original.", ""]
        lines += ["## Scores", "", "| metric | value |", "| --- | --- |"]
        for metric, value in zip(self.scores["metric"], self.scores["value"], strict=True):
            lines.append(f"| {metric} | {_fmt(value)} |")
        lines += ["", "## Summary sentences", "", "| # | supported | similarity | summary sentence | source | reason |"]
        lines.append("| --- | --- | --- | --- | --- | --- |")
        for row in self.alignment.itertuples(index=False):
            mark = "yes" if row.supported else "**NO**"
            lines.append(
                f"| {row.summary_index} | {mark} | {row.similarity:.2f} | {_md(row.summary_sentence)} "
                f"| {_md(_clip(row.source_sentence, 80))} | {_md(row.reason)} |"
            )
        missing = self.checks.loc[~self.checks["in_source"].astype(bool)] if len(self.checks) else self.checks
        if len(missing):
            lines += ["", "## Names and numbers not in the original", ""]
            for row in missing.itertuples(index=False):
                lines.append(f"- sentence {row.summary_index}: {row.kind} {_md(row.text)} — {_md(row.detail)}")
        if len(self.keywords):
            found = [w for w, f in zip(self.keywords["word"], self.keywords["in_summary"], strict=True) if f]
            lost = [w for w, f in zip(self.keywords["word"], self.keywords["in_summary"], strict=True) if not f]
            lines += ["", "## Keywords of the original", "", f"- in the summary: {'、'.join(found) or '—'}"]
            lines.append(f"- missing from the summary: {'、'.join(lost) or '—'}")
        for note in self.notes:
            lines += ["", f"> {note}"]
        return "\n".join(lines) + "\n"

    def to_html(self, path: str | Path | None = None) -> str:
        """A self-contained HTML report (figures embedded as PNG); written to ``path`` if given.

        Unsupported summary sentences are shown in red with their reasons, so a reader
        sees at a glance which parts have no support in the original.
        """
        body = _html_report(self, _figures(self))
        if path is not None:
            Path(path).write_text(body, encoding="utf-8")
        return body


def _empty_frame(columns: list[str]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame(columns=columns)


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return "—" if math.isnan(value) else f"{value:.3f}"
    return str(value)


def _md(text: Any) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _clip(text: Any, limit: int) -> str:
    shown = str(text)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


# -- figures and HTML ----------------------------------------------------------------------


def _png(ax: Any) -> str:
    import matplotlib.pyplot as plt

    fig = ax.figure
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode("ascii")


def _figures(comparison: Comparison) -> list[tuple[str, str]]:
    """The report's figures as (title, base64 PNG); empty when ``textkit.plot`` is unavailable."""
    try:
        from . import plot
    except ImportError:  # pragma: no cover - plot.py is written by another helper
        logger.info("textkit.plot is not available: the HTML report has no figures")
        return []
    figures: list[tuple[str, str]] = []
    makers: list[tuple[str, Any]] = [
        ("摘要句是否有原文支持 Support of each summary sentence", lambda: _support_figure(plot, comparison)),
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
            figures.append((title, _png(make())))
        except Exception as err:  # a figure must never break the report
            logger.warning("figure %r failed: %s", title, err)
    return figures


def _support_figure(plot: Any, comparison: Comparison) -> Any:
    if not hasattr(plot, "summary_support"):
        raise TextkitError("textkit.plot.summary_support is not available")
    return plot.summary_support(comparison.alignment)


def _similarity_figure(plot: Any, comparison: Comparison) -> Any:
    labels = [str(i) for i in comparison.alignment["summary_index"]]
    return plot.similarity_matrix(comparison.similarity, summary_labels=labels)


def _keyword_figure(plot: Any, comparison: Comparison) -> Any:
    return plot.keyword_comparison(comparison.keyword_comparison, labels=("原文 original", "摘要 summary"))


def _html_report(comparison: Comparison, figures: list[tuple[str, str]]) -> str:
    row: Any
    esc = html.escape
    al = comparison.alignment
    n = len(al)
    k = int(al["supported"].sum()) if n else 0
    parts = [
        "<!DOCTYPE html>",
        '<html lang="zh"><head><meta charset="utf-8"><title>Summary versus original</title>',
        "<style>body{font-family:sans-serif;max-width:1100px;margin:2em auto;line-height:1.5}"
        "table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:4px 6px;vertical-align:top}"
        ".no{background:#fde0dc}.yes{background:#e3f4e1}.reason{color:#b00020}small{color:#555}"
        "span.s{padding:1px 2px;border-radius:2px}</style></head><body>",
        "<h1>Summary versus original</h1>",
        f"<p><b>{k} of {n}</b> summary sentences are supported by the original "
        f"(threshold {comparison.threshold:.2f}). Sentences on a red background have no support; "
        "the reason is given beside them.</p>",
        "<h2>The summary, sentence by sentence</h2><p>",
    ]
    for row in al.itertuples(index=False):
        cls = "yes" if row.supported else "no"
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
        "<th>similarity</th><th>supported</th></tr>"
    )
    for row in al.itertuples(index=False):
        cls = "yes" if row.supported else "no"
        reason = f'<br><span class="reason">{esc(row.reason)}</span>' if row.reason else ""
        source = esc(row.source_sentence) if row.source_index >= 0 else "—"
        parts.append(
            f'<tr class="{cls}"><td>{row.summary_index}</td><td>{esc(row.summary_sentence)}{reason}</td>'
            f"<td><small>[{' '.join(str(i) for i in row.source_indices)}]</small> {source}</td>"
            f"<td>{row.similarity:.2f}</td><td>{'yes' if row.supported else 'NO'}</td></tr>"
        )
    parts.append("</table>")
    checks = comparison.checks
    missing = checks.loc[~checks["in_source"].astype(bool)] if len(checks) else checks
    if len(missing):
        parts.append("<h2>Names and numbers not in the original</h2><ul>")
        for row in missing.itertuples(index=False):
            parts.append(
                f"<li>sentence {row.summary_index}: {esc(row.kind)} <b>{esc(row.text)}</b> — {esc(row.detail)}"
            )
        parts.append("</ul>")
    if len(comparison.keywords):
        kw = comparison.keywords
        found = [w for w, f in zip(kw["word"], kw["in_summary"], strict=True) if f]
        lost = [w for w, f in zip(kw["word"], kw["in_summary"], strict=True) if not f]
        parts.append(
            f"<h2>Keywords of the original</h2><p>In the summary: {esc('、'.join(found) or '—')}<br>"
            f"Missing from the summary: {esc('、'.join(lost) or '—')}</p>"
        )
    for note in comparison.notes:
        parts.append(f"<p><small>{esc(note)}</small></p>")
    parts.append("</body></html>")
    return "\n".join(parts)


# -- alignment -----------------------------------------------------------------------------


def _idf(source_grams: list[set[str]]) -> tuple[dict[str, float], float]:
    df: Counter[str] = Counter()
    for grams in source_grams:
        df.update(grams)
    n = len(source_grams)
    idf = {g: math.log((n + 1) / (c + 1)) + 1.0 for g, c in df.items()}
    return idf, math.log(n + 1) + 1.0


def _similarity_matrix(summary: list[str], source: list[str]) -> np.ndarray:
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    if not summary or not source:
        return np.zeros((len(summary), len(source)))
    vectorizer = TfidfVectorizer(
        analyzer="char_wb", ngram_range=(1, 3), preprocessor=_spaced, sublinear_tf=True, lowercase=False
    )
    matrix = vectorizer.fit_transform(source + summary)
    a = matrix[len(source) :]
    b = matrix[: len(source)]
    sim: np.ndarray = np.clip((a @ b.T).toarray(), 0.0, 1.0)
    return sim


def _names(segmenter: Segmenter, sentence: str) -> list[str]:
    out: list[str] = [t for t in _TITLE_RE.findall(sentence) if t.strip()]  # 《书名》: publications, titles
    for word, tag in segmenter.tag(unicodedata.normalize("NFKC", sentence)):
        word = word.strip()
        if tag == "eng" or (word.isascii() and word.isalpha()):
            if len(word) >= 2 and word.isascii() and any(c.isalpha() for c in word) and word not in out:
                out.append(word)
        elif word not in out and _looks_like_name(word, tag):
            out.append(word)
    return out


def _looks_like_name(word: str, tag: str) -> bool:
    """A person (nr: 2–4 characters starting with a common surname), organisation (nt) or foreign name."""
    if tag in ("nr", "nrfg"):
        return 2 <= len(word) <= 4 and (word[0] in _SURNAMES or word[:2] in _SURNAMES)
    if tag == "nrt":
        return len(word) >= 3
    return tag == "nt" and len(word) >= 2


@dataclass
class _Match:
    indices: list[int]
    share: float
    best: int
    cosine: float


def _align_one(
    grams: set[str],
    weights: dict[str, float],
    candidates: list[int],
    source_grams: list[set[str]],
    cosines: Any,
    shares_run: Callable[[int], bool],
) -> _Match:
    """Best source sentence, then further ones fused in while each adds content.

    A sentence is fused in only if it adds at least ``_MIN_GAIN`` of the weighted
    bigrams and shares a run of ``_FUSE_RUN`` characters with the summary sentence.
    """
    if not candidates:
        return _Match([], 0.0, -1, 0.0)
    total = sum(weights[g] for g in grams)
    if total <= 0:
        best = candidates[0]
        return _Match([best], 0.0, best, float(cosines[best]))

    def share(found: set[str]) -> float:
        return sum(weights[g] for g in found) / total

    scored = sorted(((share(grams & source_grams[c]), -c) for c in candidates), reverse=True)
    best = -scored[0][1]
    chosen = [best]
    found = grams & source_grams[best]
    current = share(found)
    while len(chosen) < _MAX_FUSE:
        gains = []
        for c in candidates:
            if c in chosen or not shares_run(c):
                continue
            gains.append((share(found | (grams & source_grams[c])) - current, -c))
        if not gains:
            break
        gain, neg = max(gains)
        if gain < _MIN_GAIN:
            break
        chosen.append(-neg)
        found |= grams & source_grams[-neg]
        current = share(found)
    return _Match(sorted(chosen), current, best, float(cosines[best]))


def _chunk_coverage(sentence: str, sources: list[str], fallback: float) -> float:
    """Share of the sentence's characters inside a run of 3+ characters that the sources also have.

    Bigrams found here and there in long source sentences do not count: a sentence
    copied or paraphrased keeps longer runs. Sentences under 3 characters get ``fallback``.
    """
    text = _squash(sentence)
    if len(text) < _CHUNK:
        return fallback
    region = "|".join(_squash(s) for s in sources)
    covered = [False] * len(text)
    for i in range(len(text) - _CHUNK + 1):
        if text[i : i + _CHUNK] in region:
            covered[i : i + _CHUNK] = [True] * _CHUNK
    return sum(covered) / len(text)


def _check_quantities(summary_sentence: str, region: list[str]) -> tuple[list[tuple[Quantity, bool, str]], str]:
    """Each quantity of the sentence, whether the region has it, and the first failure's reason."""
    found_here = find_quantities(_norm(summary_sentence))
    if not found_here:
        return [], ""
    source_q = [q for text in region for q in find_quantities(_norm(text))]
    results: list[tuple[Quantity, bool, str]] = []
    reason = ""
    for q in found_here:
        ok = any(same_quantity(q, s) for s in source_q)
        detail = ""
        if not ok:
            others = [s for s in source_q if not any(same_quantity(s, x) for x in found_here)]
            same_kind = [s for s in others if s.unit == q.unit] or [s for s in others if s.kind == q.kind] or others
            says = ", ".join(dict.fromkeys(s.describe() for s in same_kind[:2]))
            detail = f"number {q.describe()} not in source" + (f": source says {says}" if says else "")
            reason = reason or detail
        results.append((q, ok, detail))
    return results, reason


def _negations(clause: str) -> int:
    """How many negation markers (不, 没, 无, 未, 非, 别, 勿, 莫) a clause has, words like 非常 or 未来 aside."""
    clause = _A_NOT_A_RE.sub("", clause)  # questions such as 有没有, 是不是
    return len(_NEG_RE.findall(_NOT_NEGATION_RE.sub("", clause)))


def _polarity_change(summary_sentence: str, region: list[str]) -> str:
    """Reason if a summary clause drops or adds a negation against the source clause it comes from."""
    source_clauses = [c for text in region for c in _clauses(text)]
    source_grams = [_bigrams(c) for c in source_clauses]
    for clause in _clauses(summary_sentence):
        grams = _bigrams(clause)
        if len(clause) < 4 or not grams:
            continue
        overlaps = [(len(grams & g) / len(grams), -k) for k, g in enumerate(source_grams)]
        if not overlaps:
            return ""
        share, neg_k = max(overlaps)
        if share < _CLAUSE_MATCH:
            continue
        source = source_clauses[-neg_k]
        mine, theirs = _negations(clause), _negations(source)
        if mine != theirs:
            what = "drops a negation" if mine < theirs else "adds a negation"
            return f"{what}: source says {source}"
    return ""


def _original_keywords(original: str, top_n: int) -> pd.DataFrame:
    """The original's top keywords: textkit.keywords when available, else word frequency."""
    import pandas as pd

    kw_fn: Callable[..., pd.DataFrame] | None
    try:
        from .keywords import keywords as kw_fn
    except ImportError:  # pragma: no cover - fallback when textkit.keywords is absent
        kw_fn = None
    if kw_fn is not None:
        table = kw_fn(original, top_n=top_n)
        return pd.DataFrame({"word": table["word"].astype(str), "weight": table["weight"].astype(float)})
    from .segment import Segmenter

    seg = Segmenter(stopwords="default")
    counts = Counter(w for w in seg.tokenize(original) if len(w) > 1 and not w.isdigit())
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top_n]
    total = max(sum(counts.values()), 1)
    return pd.DataFrame({"word": [w for w, _ in top], "weight": [c / total for _, c in top]})


def _keyword_comparison(original: str, summary: str, top_n: int) -> pd.DataFrame:
    """The two texts' top keywords side by side (empty without textkit.keywords or text)."""
    if not top_n or not original.strip() or not summary.strip():
        return _empty_frame(_KEYWORD_COMPARISON_COLUMNS)
    try:
        from .keywords import compare_keywords
    except ImportError:  # pragma: no cover - textkit.keywords is optional here
        return _empty_frame(_KEYWORD_COMPARISON_COLUMNS)
    table = compare_keywords(original, summary, top_n=top_n)
    return table.reindex(columns=_KEYWORD_COMPARISON_COLUMNS).reset_index(drop=True)


def _sentiment_table(summary: str, original: str) -> tuple[pd.DataFrame, str]:
    import pandas as pd

    try:
        from .sentiment import sentence_sentiment  # type: ignore[import-not-found,import-untyped,unused-ignore]
    except ImportError:  # SEAM: textkit.sentiment is written by another helper
        return pd.DataFrame(columns=_SENTIMENT_COLUMNS), "sentiment: textkit.sentiment is not available"
    frames = []
    for name, text in (("summary", summary), ("original", original)):
        try:
            table = sentence_sentiment(text) if text.strip() else pd.DataFrame(columns=_SENTIMENT_COLUMNS[1:])
        except Exception as err:  # an optional add-on must never break the comparison
            logger.warning("sentence sentiment failed: %s", err)
            return pd.DataFrame(columns=_SENTIMENT_COLUMNS), f"sentiment: not computed ({type(err).__name__}: {err})"
        table = table.reindex(columns=_SENTIMENT_COLUMNS[1:])
        table.insert(0, "text", name)
        frames.append(table)
    return pd.concat(frames, ignore_index=True), ""


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
        sentiment: Score the sentences of both texts with `textkit.sentiment` (if
            available).
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
    import numpy as np
    import pandas as pd

    from .rouge import char_tokens, rouge
    from .segment import Segmenter
    from .sentences import sentence_spans, split_sentences

    check_encodable(check_text(summary, "summary"), "summary")
    check_encodable(check_text(original, "original"), "original")
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0 <= threshold <= 1:
        raise invalid_value("threshold", threshold, "a number between 0 and 1")
    if segmenter is not None and not isinstance(segmenter, Segmenter):
        raise invalid_value("segmenter", segmenter, "None or a textkit.Segmenter")
    if isinstance(keywords_top_n, bool) or not isinstance(keywords_top_n, int) or keywords_top_n < 0:
        raise invalid_value("keywords_top_n", keywords_top_n, "a non-negative int")
    for name, flag in (("sentiment", sentiment), ("rouge_scores", rouge_scores), ("clean_original", clean_original)):
        if not isinstance(flag, bool):
            raise invalid_value(name, flag, "True or False")
    seg = segmenter if segmenter is not None else _default_segmenter()
    if clean_original:
        from .article import extract_article

        original = extract_article(original).body

    sum_sents = split_sentences(summary)
    spans = sentence_spans(original)
    src_sents = [s.text for s in spans]
    sim = _similarity_matrix(sum_sents, src_sents)

    source_grams = [_bigrams(s) for s in src_sents]
    src_squashed = [_squash(s) for s in src_sents]
    idf, unseen = _idf(source_grams)
    original_squashed = _squash(original)

    rows: list[dict[str, Any]] = []
    check_rows: list[dict[str, Any]] = []
    covered: set[int] = set()
    for i, sentence in enumerate(sum_sents):
        grams = _bigrams(sentence)
        weights = {g: idf.get(g, unseen) for g in grams}
        if src_sents:
            k = min(_TOP_K, len(src_sents))
            cand = np.argpartition(-sim[i], k - 1)[:k] if k < len(src_sents) else np.arange(len(src_sents))
            cand_list = sorted((int(c) for c in cand), key=lambda c: (-sim[i, c], c))
        else:
            cand_list = []
        squashed = _squash(sentence)

        def shares_run(c: int, text: str = squashed) -> bool:
            source = src_squashed[c]
            return any(text[k : k + _FUSE_RUN] in source for k in range(len(text) - _FUSE_RUN + 1))

        match = _align_one(grams, weights, cand_list, source_grams, sim[i] if src_sents else [], shares_run)
        region = [src_sents[c] for c in dict.fromkeys(match.indices + cand_list)]
        chunks = _chunk_coverage(sentence, [src_sents[c] for c in match.indices], match.share)
        similarity = (match.share + chunks) / 2
        reasons: list[str] = []  # the specific checks first, the content share last
        quantities, q_reason = _check_quantities(sentence, region)
        for q, ok, detail in quantities:
            check_rows.append(
                {
                    "summary_index": i,
                    "kind": "number",
                    "text": q.text,
                    "value": q.value,
                    "in_source": ok,
                    "detail": detail,
                }
            )
        if q_reason:
            reasons.append(q_reason)
        for name in _names(seg, sentence):
            ok = _squash(name) in original_squashed
            detail = "" if ok else f"name {name} not in original"
            check_rows.append(
                {"summary_index": i, "kind": "name", "text": name, "value": math.nan, "in_source": ok, "detail": detail}
            )
            if not ok:
                reasons.append(detail)
        if not src_sents:
            reasons.append("the original is empty")
        elif similarity < threshold:
            reasons.append(f"only {similarity:.0%} of it found in the original")
        elif not reasons:
            neg = _polarity_change(sentence, [src_sents[c] for c in match.indices])
            if neg:
                reasons.append(neg)
        supported = not reasons
        if supported:
            covered.update(match.indices)
        rows.append(
            {
                "summary_index": i,
                "summary_sentence": sentence,
                "source_sentence": " ".join(src_sents[c] for c in match.indices),
                "source_index": match.best,
                "source_indices": tuple(match.indices),
                "similarity": round(float(similarity), 6),
                "cosine": round(float(match.cosine), 6),
                "supported": supported,
                "reason": "; ".join(reasons),
            }
        )
    alignment = pd.DataFrame(rows, columns=_ALIGNMENT_COLUMNS)
    alignment = alignment.astype(
        {"summary_index": "int64", "source_index": "int64", "similarity": "float64", "cosine": "float64"}
    )
    alignment["supported"] = alignment["supported"].astype(bool)
    coverage = pd.DataFrame(
        {
            "source_index": np.arange(len(spans), dtype=np.int64),
            "source_sentence": src_sents,
            "start": np.array([s.start for s in spans], dtype=np.int64),
            "end": np.array([s.end for s in spans], dtype=np.int64),
            "similarity": sim.max(axis=0) if sum_sents and src_sents else np.zeros(len(spans)),
            "covered": [j in covered for j in range(len(spans))],
            "paragraph": _paragraph_numbers(original, [s.start for s in spans]),
        },
        columns=_COVERAGE_COLUMNS,
    )
    checks = pd.DataFrame(check_rows, columns=_CHECK_COLUMNS)
    checks["in_source"] = checks["in_source"].astype(bool)

    notes: list[str] = []
    keywords = pd.DataFrame(columns=_KEYWORD_COLUMNS)
    if keywords_top_n and original.strip():
        top = _original_keywords(original, keywords_top_n)
        squashed_summary = _squash(summary)
        keywords = pd.DataFrame(
            {
                "word": top["word"],
                "weight": top["weight"],
                "in_summary": [_squash(w) in squashed_summary for w in top["word"]],
            },
            columns=_KEYWORD_COLUMNS,
        )
    keyword_comparison = _keyword_comparison(original, summary, keywords_top_n)
    sentiment_table = pd.DataFrame(columns=_SENTIMENT_COLUMNS)
    if sentiment:
        sentiment_table, note = _sentiment_table(summary, original)
        if note:
            notes.append(note)

    metrics: list[tuple[str, float]] = []
    if rouge_scores:
        for tok in ("char", "word"):
            tokenizer = "char" if tok == "char" else _word_tokenizer(seg)
            for kind, sc in rouge(
                summary, original, tokenizer=tokenizer, rouge_types=("rouge1", "rouge2", "rougeL")
            ).items():
                metrics += [(f"{kind}_{tok}_f1", sc.f1), (f"{kind}_{tok}_precision", sc.precision)]
                metrics.append((f"{kind}_{tok}_recall", sc.recall))
    sum_chars, orig_chars = char_tokens(summary), char_tokens(original)
    metrics.append(("compression_ratio", len(sum_chars) / len(orig_chars) if orig_chars else 0.0))
    for n, name in ((1, "novel_unigrams"), (2, "novel_bigrams"), (3, "novel_trigrams")):
        metrics.append((name, _novel_share(sum_chars, orig_chars, n)))
    n_sum = len(sum_sents)
    metrics.append(("summary_sentences", float(n_sum)))
    metrics.append(("original_sentences", float(len(src_sents))))
    metrics.append(("supported_share", float(alignment["supported"].mean()) if n_sum else 0.0))
    metrics.append(("original_covered_share", len(covered) / len(src_sents) if src_sents else 0.0))
    n_checks = len(checks)
    metrics.append(("unsupported_names_numbers", float((~checks["in_source"]).sum()) if n_checks else 0.0))
    metrics.append(("keyword_coverage", float(keywords["in_summary"].mean()) if len(keywords) else 0.0))
    if len(sentiment_table):
        for name in ("summary", "original"):
            values = pd.to_numeric(sentiment_table.loc[sentiment_table["text"] == name, "score"], errors="coerce")
            metrics.append((f"sentiment_mean_{name}", float(values.mean()) if values.notna().any() else math.nan))
            labels = sentiment_table.loc[sentiment_table["text"] == name, "label"]
            for label in ("positive", "negative"):
                share = float((labels == label).mean()) if len(labels) else math.nan
                metrics.append((f"sentiment_{label}_share_{name}", share))
    scores = pd.DataFrame(metrics, columns=["metric", "value"])
    scores["value"] = scores["value"].astype(float)
    return Comparison(
        alignment=alignment,
        coverage=coverage,
        similarity=sim,
        scores=scores,
        checks=checks,
        keywords=keywords,
        sentiment=sentiment_table,
        keyword_comparison=keyword_comparison,
        threshold=float(threshold),
        notes=tuple(notes),
    )


@lru_cache(maxsize=1)
def _default_segmenter() -> Segmenter:
    """One default segmenter per process: its part-of-speech tagger takes seconds to build."""
    from .segment import Segmenter

    return Segmenter()


def _paragraph_numbers(text: str, starts: list[int]) -> list[int]:
    """Index of the paragraph (non-blank line) each offset falls in."""
    import bisect

    line_starts = [m.start() for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    return [max(bisect.bisect_right(line_starts, start) - 1, 0) for start in starts]


def _word_tokenizer(seg: Segmenter) -> Any:
    def tokens(text: str) -> list[str]:
        return [w.lower() for w in seg.tokenize(unicodedata.normalize("NFKC", text)) if w.strip()]

    return tokens


def _novel_share(summary: list[str], original: list[str], n: int) -> float:
    grams = [tuple(summary[i : i + n]) for i in range(len(summary) - n + 1)]
    if not grams:
        return 0.0
    known = {tuple(original[i : i + n]) for i in range(len(original) - n + 1)}
    return sum(g not in known for g in grams) / len(grams)
