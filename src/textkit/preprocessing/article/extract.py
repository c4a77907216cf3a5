"""Extracting the article from a scraped web page: title, date, author, body, and what was dropped.

Text collected from the web carries the page around the article: menus and
breadcrumbs, lists of cities, phone numbers, bylines, share bars, image file
names, link lists, comments, previous/next links and copyright lines.
`extract_article` separates the article from that boilerplate using evidence
from each line and its neighbours, not a list of known strings:

* line shape: length, punctuation, runs of short lines, space-separated lists of
  short words (menus, place names), the share of link text (HTML);
* generic patterns of page furniture (``作者:``, ``阅读:417``, ``分享到``,
  ``上一篇``, ``ICP备``, ``xxx.jpg``, phone numbers ...), only on short lines;
* position: the body is the densest run of paragraph lines (a maximum-sum
  segment of per-line scores), widened over its short lines (headings, one-line
  paragraphs); it starts after the title and byline, and stops before a comment
  section or a related-links list;
* structure for the metadata: the title is the line before the byline (or the
  ``<h1>`` / ``<title>`` of an HTML page), the date and author come from the byline;
* HTML markup adds evidence: ``<nav>``/``<aside>``/``<footer>`` and class or id
  words (``nav``, ``comment``, ``share``, ``related`` ...), link density, ``<figcaption>``.

Patterns are matched on a width-normalised copy of each line in which
traditional characters are folded to simplified ones (`textkit.lang_zh.fold_traditional`),
so Taiwan and Hong Kong pages are read too; the body keeps the page's own characters.

A line is cut only on evidence. Furniture words count on a line of
furniture shape (``记者：`` opens a byline, not the question ``记者：您是哪一年来的？``);
words that prose uses too (``扫码``, ``仅供参考``, a lone ``评论`` heading, an address)
count only at the page's edges; position counts only on a page that shows furniture
elsewhere, and for a sentence only past furniture that bounds the article (a title
or byline above it, copyright, credits, related links or comments below it). A page
of plain prose comes back whole. Every dropped line is recorded in `Article.removed`
with a readable reason and a confidence; a line kept on weak evidence is recorded
there too, with ``kept=True``, so the cleaning can be audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, NamedTuple

from ...errors import check_choice, check_text
from ..html import html_lines, looks_like_html
from ..normalization import normalize
from . import rules
from .body import select_body
from .lines import Line, classify_lines, has_place, make_line, runs
from .metadata import author_from, html_meta, html_title, iso_date, month_day_date

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Article", "BodyLine", "Removed", "extract_article"]


class Removed(NamedTuple):
    """A line that `extract_article` dropped, or kept although some evidence pointed to furniture, and why.

    Attributes:
        line: The line's number (1-based) in the input text; for HTML, in the text
            rendered from it (`textkit.preprocessing.strip_html`).
        text: The line, with its whitespace normalised.
        reason: One of `REASONS`, e.g. ``"navigation"`` or ``"byline"``.
        confidence: How sure the extractor is that the line is page furniture, from 0 to 1: 0.95 for furniture
            words on a line of furniture shape (``责任编辑：王丽``), 0.9 for markup (``<nav>``, a line of links) and
            for the title, 0.5-0.7 for a line whose only evidence is its position outside the article on a page that
            shows furniture elsewhere, below 0.5 when the evidence is weaker than that.
        kept: True when the evidence was too weak (``confidence`` below 0.5): the line is in the body too, and
            this record says what made it doubtful. False for a line that was dropped.
    """

    line: int
    text: str
    reason: str
    confidence: float = 1.0
    kept: bool = False


class BodyLine(NamedTuple):
    """A body paragraph and the number of the line it came from (as in `Removed`)."""

    line: int
    text: str


@dataclass(frozen=True)
class Article:
    r"""An article extracted from a web page.

    Attributes:
        title: The title, or ``None`` when the page shows none by its structure.
        date: The publication date as ``YYYY-MM-DD``, or ``None``.
        author: The author named in the byline (``作者:`` ...) or HTML metadata, or ``None``.
        body: The article's paragraphs in order, one per line (headings inside the
            article included), as the page wrote them with whitespace normalised.
        removed: Every non-empty line that is not in ``body``, with its reason
            (the title and byline lines included), in page order; and, with ``kept=True``,
            the body lines that some weak evidence pointed to as furniture.
        body_lines: The body paragraphs with their line numbers.
        source: ``"html"`` or ``"text"``: how the input was read.

    Example:
        >>> page = "\n".join(["首页 > 新闻", "抖音电商的增量价值", "作者:小王 2023-12-21",
        ...                  "抖音的增量价值就是让用户寻找信息更高效,这是抖音电商的基础。"])
        >>> article = extract_article(page)
        >>> article.title, article.date, article.author
        ('抖音电商的增量价值', '2023-12-21', '小王')
        >>> [r.reason for r in article.removed]
        ['navigation', 'title', 'byline']
    """

    title: str | None
    date: str | None
    author: str | None
    body: str
    removed: tuple[Removed, ...]
    body_lines: tuple[BodyLine, ...]
    source: Literal["text", "html"] = "text"

    @property
    def paragraphs(self) -> list[str]:
        """The body's paragraphs as a list."""
        return [line.text for line in self.body_lines]

    def removed_frame(self) -> pd.DataFrame:
        """The removed lines as a DataFrame with columns ``line``, ``reason``, ``text``, ``confidence``, ``kept``."""
        import pandas as pd

        return pd.DataFrame(
            {
                "line": [r.line for r in self.removed],
                "reason": [r.reason for r in self.removed],
                "text": [r.text for r in self.removed],
                "confidence": [r.confidence for r in self.removed],
                "kept": [r.kept for r in self.removed],
            }
        )


def extract_article(text: str, *, html: Literal["auto", "always", "never"] = "auto") -> Article:
    r"""Extract the article from a scraped web page (plain text or HTML).

    Args:
        text: The page: plain text as scraped (one block per line) or HTML.
        html: ``"auto"`` parses the text as HTML when it looks like HTML (see
            `textkit.preprocessing.looks_like_html`), ``"always"`` always does, ``"never"``
            never does.

    Returns:
        An `Article`. Its ``body`` keeps every line that is not clearly page
        furniture; ``removed`` lists every other non-empty line with its reason.
        A line is dropped only on evidence of its own (furniture words on a line of
        furniture shape, markup, link density) or, on a page that shows furniture
        elsewhere, by its position outside the article; a page of plain prose comes
        back whole, its doubtful lines recorded with ``kept=True``.
        An empty or blank text gives an article with no title and an empty body.

    Raises:
        TextkitError: ``text`` is not a string or ``html`` is not allowed.

    Example:
        >>> page = "\n".join([
        ...     "首页 > 新闻中心 > 正文",
        ...     "抖音电商发布年度报告",
        ...     "作者:张三 2023-12-21 阅读:417",
        ...     "报告显示,过去一年平台上的商品数量增长了三成,中小商家的销售额增长更快。",
        ...     "上一篇:快递价格战没有终局",
        ... ])
        >>> article = extract_article(page)
        >>> article.title, article.date, article.author
        ('抖音电商发布年度报告', '2023-12-21', '张三')
        >>> article.body
        '报告显示,过去一年平台上的商品数量增长了三成,中小商家的销售额增长更快。'
        >>> [r.reason for r in article.removed]
        ['navigation', 'title', 'byline', 'prev/next link']

        A word of page furniture inside plain prose is no evidence: the line stays, and the doubt is on record.

        >>> notice = extract_article("学校将组织学生参观科技馆。\n请家长扫码填写回执\n活动当天学生需穿校服。")
        >>> notice.paragraphs[1], notice.removed[0].reason, notice.removed[0].kept
        ('请家长扫码填写回执', 'QR-code prompt', True)
    """
    check_text(text)
    check_choice("html", html, ("auto", "always", "never"))
    is_html = bool(text) and (html == "always" or (html == "auto" and looks_like_html(text)))
    meta: dict[str, str] = {}
    raw_lines: list[tuple[int, str, float, str | None, str]] = []  # number, text, link ratio, zone, tag
    if is_html:
        rendered, tree = html_lines(text)
        meta = html_meta(tree)
        for number, hl in enumerate(rendered, start=1):
            content = normalize(hl.text, width=False)
            ratio = min(1.0, hl.link_chars / max(1, len(content.replace(" ", ""))))
            raw_lines.append((number, content, ratio, hl.zone, hl.tag))
    else:
        prepared = normalize(text, width=False)  # odd spaces, control characters, line breaks; letters kept
        for number, content in enumerate(prepared.split("\n"), start=1):
            raw_lines.append((number, content, 0.0, None, ""))

    lines: list[Line] = []
    for number, content, ratio, zone, tag in raw_lines:
        if not content.strip():
            continue
        line = make_line(len(lines), number, content)
        line.link_ratio, line.zone, line.tag = ratio, zone, tag
        lines.append(line)
    source: Literal["text", "html"] = "html" if is_html else "text"
    if not lines:
        return Article(None, meta.get("date"), meta.get("author"), "", (), (), source)

    classify_lines(lines)
    body_idx, title_idx, byline_idx = select_body(lines, meta if is_html else None)
    return _assemble(lines, body_idx, title_idx, byline_idx, meta, source)


def _assemble(
    lines: list[Line],
    body: set[int],
    title_idx: int | None,
    byline_idx: list[int],
    meta: dict[str, str],
    source: Literal["text", "html"],
) -> Article:
    # An HTML page names its title in <h1>/<title> even when no rendered line repeats it.
    title = lines[title_idx].text if title_idx is not None else (html_title(meta) if meta else None)
    date, author = _date_and_author(lines, body, title_idx, byline_idx, meta)
    body_lines, removed = _sort_lines(lines, body, title_idx)
    return Article(
        title=title,
        date=date,
        author=author,
        body="\n".join(b.text for b in body_lines),
        removed=tuple(removed),
        body_lines=tuple(body_lines),
        source=source,
    )


def _date_and_author(
    lines: list[Line], body: set[int], title_idx: int | None, byline_idx: list[int], meta: dict[str, str]
) -> tuple[str | None, str | None]:
    """The date and author: from the markup, else the byline by the title, else a byline elsewhere on the page."""
    date: str | None = meta.get("date")
    author: str | None = meta.get("author")
    near = list(byline_idx)
    if title_idx is not None:
        near += [
            i for i in range(title_idx + 1, min(len(lines), title_idx + 4)) if lines[i].reason in rules.BYLINE_LIKE
        ]
        # A byline above the title (a WeChat page's "原创 作者 公众号 日期"): after those below it.
        near += [i for i in range(title_idx - 1, max(-1, title_idx - 3), -1) if lines[i].reason in rules.BYLINE_LIKE]
    for i in near:
        date = date or iso_date(lines[i].norm)
        author = author or author_from(lines[i])
    if date is None:  # no date by the title: the first byline or date line outside the article and its comments
        for i, line in enumerate(lines):
            if line.reason in rules.BYLINE_LIKE and line.zone is None and i not in body:
                date = iso_date(line.norm)
                if date:
                    break
    if date is None:  # "发布时间：10-08", the year elsewhere on the page
        date = month_day_date(lines)
    if author is None:  # an author credited under the article ("作者 | 林夕", "本文作者:木子")
        for line in lines:
            if line.reason in ("byline", "credit") and line.zone is None and line.index > (title_idx or 0):
                author = author_from(line)
                if author:
                    break
    return date, author


def _sort_lines(lines: list[Line], body: set[int], title_idx: int | None) -> tuple[list[BodyLine], list[Removed]]:
    """Each line into the body or into the removed lines, with the reason it was removed."""
    # Reasons for short lines outside the body: runs of short names with a province are a place-name list,
    # other runs of very short lines are navigation.
    run_reason: dict[int, str] = {}
    for a, b in runs(lines, lambda ln: ln.reason in (None, "navigation") and (ln.listy or ln.navlike)):
        if b - a + 1 >= 3 or any(lines[k].listy for k in range(a, b + 1)):
            places = any(has_place(lines[k]) for k in range(a, b + 1))
            for k in range(a, b + 1):
                run_reason[k] = "place-name list" if places and has_place(lines[k]) else "navigation"

    first_body = min(body) if body else len(lines)
    last_body = max(body) if body else -1
    furnished = any(_own_evidence(line) for line in lines)
    # What marks the article's bounds: furniture between a line and the body (a title, a byline, a menu above it;
    # copyright, related links, comments, credits below it). A line the body merely did not reach stays.
    opened = max(
        (
            i
            for i in range(first_body)
            if i == title_idx or _own_evidence(lines[i]) or lines[i].reason in rules.BYLINE_LIKE or lines[i].listy
        ),
        default=-1,
    )
    closed = min(
        (i for i in range(last_body + 1, len(lines)) if _closes(lines[i])),
        default=len(lines),
    )
    body_lines: list[BodyLine] = []
    removed: list[Removed] = []
    for i, line in enumerate(lines):
        if i == title_idx:
            removed.append(Removed(line.number, line.text, "title", 0.9))
            continue
        in_text = line.reason is None or line.weak or (line.reason == "date line" and i > first_body)
        # Inside the body, a line is kept unless its own text is furniture; a link inside the article stays,
        # and a marked container (HTML class/tag evidence) only keeps its sentence-bearing paragraphs.
        if i in body and in_text and (line.zone is None or (line.paragraph and line.link_ratio < 0.7)):
            body_lines.append(BodyLine(line.number, line.text))
            if line.weak:
                removed.append(Removed(line.number, line.text, str(line.reason), 0.3, kept=True))
            continue
        reason = _removal_reason(line, i, first_body, run_reason)
        edge = i < first_body or i > last_body
        # Position is evidence only with furniture between the line and the article: a sentence must lie above
        # the title or byline (or other furniture) or past what closes the article (copyright, credits, related
        # links, comments); a short line must lie outside the article and not between its title or byline and
        # its first line ("食材清单" and its items above the steps).
        if line.paragraph:
            positioned = i < opened or i > closed
        else:
            positioned = edge and (line.listy or not (body and 0 <= opened < i < first_body))
        confidence = _confidence(line, edge, furnished, positioned)
        if confidence < 0.5:  # not enough evidence to cut: keep the line, and say why it was doubtful
            body_lines.append(BodyLine(line.number, line.text))
            removed.append(Removed(line.number, line.text, reason, confidence, kept=True))
        else:
            removed.append(Removed(line.number, line.text, reason, confidence))
    return body_lines, removed


def _own_evidence(line: Line) -> bool:
    """Whether a line is furniture by evidence of its own: furniture words of unambiguous use, markup, links."""
    if line.zone is not None or line.link_ratio >= 0.7:
        return True
    return line.reason is not None and not line.weak and line.reason not in rules.BYLINE_LIKE


def _closes(line: Line) -> bool:
    """Whether a line ends an article: closing furniture (copyright, prev/next, credits ...) or a marked section."""
    if line.zone is not None or line.link_ratio >= 0.7:
        return True
    return not line.weak and line.reason in (*rules.CLOSING_REASONS, "pager")  # an editor's credit closes too


def _confidence(line: Line, edge: bool, furnished: bool, positioned: bool) -> float:
    """How sure it is that a line outside the body is furniture (see `Removed.confidence`).

    Own evidence (furniture words on a line of furniture shape, markup, link density) is enough. Position
    counts only on a page that shows furniture elsewhere, and only at the page's edges with furniture between
    the line and the article (``positioned``); a byline or date counts as furniture words at an edge.
    """
    if line.zone is not None or line.link_ratio >= 0.7:
        return 0.9
    if line.reason is not None and not line.weak and line.reason not in rules.BYLINE_LIKE:
        return 0.95
    if line.reason == "byline":  # publication fields: "来源：", "作者：", "发布时间："
        return 0.8 if edge else 0.4
    if line.reason == "date line":  # a bare date: the page's date at its edge, or the date under a letter
        return 0.7 if edge and furnished else 0.4
    if not furnished or not edge:
        return 0.4 if line.weak else 0.3
    if line.weak:
        return 0.7
    if not positioned:
        return 0.45
    return 0.5 if line.paragraph else 0.6


def _removal_reason(line: Line, i: int, first_body: int, run_reason: dict[int, str]) -> str:
    reason = line.reason
    if reason in ("byline", "credit"):
        reason = "credit" if i > first_body else "byline"
    elif reason == "date line" and i < first_body:
        reason = "byline"
    if reason is None:
        reason = line.zone or run_reason.get(i)
    if reason is None and line.link_ratio >= 0.7:
        reason = "link list"
    if reason is None and line.listy:
        reason = "navigation"
    if reason is None:
        reason = "text outside body" if line.paragraph else "short line outside body"
    return reason
