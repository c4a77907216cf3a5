"""An article's title, date and author: from the byline under the title, or from the HTML markup."""

from __future__ import annotations

import re
from typing import Any

from ..normalization import normalize_width
from . import rules
from .lines import Line


def iso_date(text: str) -> str | None:
    """The first calendar date in ``text`` as ``YYYY-MM-DD``, or None."""
    import datetime

    for match in rules.DATE_RE.finditer(text):
        year, month, day = (int(g) for g in match.groups())
        try:  # a calendar date: not "2023年2月30日"
            return datetime.date(year, month, day).isoformat()
        except ValueError:
            continue
    return None


def author_from(line: Line) -> str | None:
    """The author a byline names, as the page writes it (matched on the simplified form of the line)."""
    match = rules.AUTHOR_RE.search(line.norm) or rules.WECHAT_AUTHOR_RE.search(line.norm)
    if match is None:
        return None
    group = next(i for i, g in enumerate(match.groups(), start=1) if g is not None)
    author = normalize_width(line.text)[match.start(group) : match.end(group)].strip()
    if not author or rules.DATE_RE.match(author) or author.isdigit():
        return None
    return author


def title_candidate(line: Line) -> bool:
    """Whether a line could be the title: no furniture pattern, not a list, a heading's length and shape."""
    return (
        line.reason is None
        and not line.listy
        and 4 <= line.chars <= 80
        and not (line.paragraph and line.punct >= 3)
        and not line.norm.endswith(("。", "；", ";"))
    )


def html_meta(tree: Any) -> dict[str, str]:
    """Title, date and author that an HTML page states in its markup."""
    found: dict[str, str] = {}

    def text_of(selector: str) -> str:
        node = tree.css_first(selector)
        return re.sub(r"\s+", " ", node.text()).strip() if node is not None else ""

    def attr_of(selector: str, attr: str) -> str:
        node = tree.css_first(selector)
        value = node.attributes.get(attr) if node is not None else None
        return value.strip() if value else ""

    found["title_tag"] = text_of("title")
    found["og_title"] = attr_of('meta[property="og:title"]', "content")
    found["h1"] = "\n".join(re.sub(r"\s+", " ", node.text()).strip() for node in tree.css("h1") if node.text().strip())
    for selector, attr in (
        ('meta[property="article:published_time"]', "content"),
        ('meta[name="pubdate"]', "content"),
        ('meta[name="publishdate"]', "content"),
        ('meta[itemprop="datePublished"]', "content"),
        ("time[datetime]", "datetime"),
    ):
        date = iso_date(attr_of(selector, attr))
        if date:
            found["date"] = date
            break
    author = attr_of('meta[name="author"]', "content")
    # A CMS's user number ("104363") or the site's own name (also in <title>, not in the headline) names no author.
    if author and (rules.HAN_RE.search(author) or re.search(r"[A-Za-z]{2}", author)):
        site = author in found["title_tag"] and author not in found["h1"]
        if not site:
            found["author"] = author
    return found


def month_day_date(lines: list[Line]) -> str | None:
    """A date written without its year (``发布时间：10-08``) completed by the year the page states elsewhere.

    The year is the latest four-digit year of a full date on the page, else of a ``2023年`` or ``© 2023``;
    None when the page names no year or the month and day are not a calendar date.
    """
    import datetime

    for line in lines:
        if line.reason not in rules.BYLINE_LIKE:
            continue
        match = rules.MONTH_DAY_RE.search(line.norm)
        if match is None:
            continue
        text = "\n".join(other.norm for other in lines)
        years = [int(m.group(1)) for m in rules.DATE_RE.finditer(text)] or [int(y) for y in rules.YEAR_RE.findall(text)]
        if not years:
            return None
        try:
            return datetime.date(max(years), int(match.group(1)), int(match.group(2))).isoformat()
        except ValueError:
            return None
    return None


def html_title(meta: dict[str, str]) -> str | None:
    """The ``<h1>`` that the ``<title>`` repeats, else the first ``<h1>``, else the ``<title>``'s longest part."""
    heads = [h for h in meta.get("h1", "").split("\n") if h]
    page_title = meta.get("og_title") or meta.get("title_tag") or ""
    for head in heads:
        if len(head) >= 4 and page_title and head in page_title:
            return head
    for head in heads:
        if len(head) >= 6:
            return head
    if page_title:
        parts = [p.strip() for p in re.split(r"\s+[-|_—–·]\s+|[_｜|]|\s—\s", page_title) if p.strip()]
        return max(parts, key=len) if parts else None
    return None


def breadcrumb_title(lines: list[Line]) -> int | None:
    """A line repeating the last crumb of a breadcrumb (``首页 > 新闻 > 标题``) is the title."""
    for line in lines:
        if line.reason != "navigation":
            continue
        crumbs = [c.strip() for c in rules.CRUMB_SEP_RE.split(line.norm) if c.strip()]
        if len(crumbs) < 2 or len(crumbs[-1]) < 6:
            continue
        last = crumbs[-1]
        for other in lines:
            if other.index != line.index and other.norm.strip() == last and other.reason is None:
                return other.index
    return None
