"""HTML to lines of text: one line per block element or ``<br>``, with the evidence the markup gives.

`strip_html` is the plain-text view; `html_lines` keeps, for each line, how much of it is link text and which
container it sits in (navigation, comment, share bar ...), the evidence `textkit.extract_article` weighs.
"""

from __future__ import annotations

import re
import warnings
from typing import Any

from .._regex import lazy_compile
from ..errors import TextkitWarning, check_text

__all__ = ["HtmlLine", "html_lines", "looks_like_html", "strip_html", "warn_if_html"]

_HTML_HINT = lazy_compile(
    r"</?(?:!doctype\s+html|html|head|body|div|p|br|span|a\s|h[1-6]|table|article|section|meta|title|li|ul|img|script)\b[^<>]*>",
    re.IGNORECASE,
)
INLINE_SPACE = lazy_compile(r"[ \t\f\v]+")

_SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "iframe",
        "head",
        "object",
        "embed",
        "canvas",
        "select",
        "option",
        "button",
        "input",
        "textarea",
        "map",
        "-comment",
    }
)
_BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "br",
        "center",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "html",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "td",
        "th",
        "tr",
        "ul",
    }
)
# Class or id words that mark a container's role (the same evidence readability-style extractors use).
_CLASS_ZONES = (
    (frozenset({"nav", "navbar", "menu", "breadcrumb", "breadcrumbs", "crumb", "crumbs", "topbar"}), "navigation"),
    (frozenset({"comment", "comments", "reply", "replies", "discuss"}), "comment"),
    (frozenset({"share", "sharing", "social"}), "share bar"),
    (frozenset({"related", "recommend", "recommended", "hotnews"}), "link list"),
    (frozenset({"sidebar"}), "sidebar"),
    (frozenset({"footer", "copyright"}), "footer"),
    (frozenset({"ad", "ads", "advert", "advertisement", "banner"}), "advertisement"),
)
_TAG_ZONES = {"nav": "navigation", "aside": "sidebar", "footer": "footer", "header": "navigation"}
_CLASS_SPLIT = lazy_compile(r"[\s_\-]+")


def looks_like_html(text: str) -> bool:
    """Tell whether a text is HTML markup rather than plain text.

    It is HTML when it contains at least two HTML tags of common elements
    (``<p>``, ``<div>``, ``<br>``, ``<html>`` ...) in its first 20,000 characters.

    Example:
        >>> looks_like_html("<p>抖音电商</p><p>兴趣电商</p>"), looks_like_html("抖音电商<兴趣电商>")
        (True, False)
    """
    check_text(text)
    matches = _HTML_HINT.finditer(text, 0, 20_000)
    return next(matches, None) is not None and next(matches, None) is not None


def warn_if_html(text: str, function: str) -> None:
    """Warn (`textkit.TextkitWarning`) when ``text`` given to ``function`` looks like HTML, whose tags it would read.

    Example:
        >>> import warnings
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     warn_if_html("<div><p>抖音电商</p></div>", "keywords")
        >>> "extract_article" in str(caught[0].message)
        True
    """
    if "<" in text and looks_like_html(text):
        warnings.warn(
            f"{function}: the text looks like HTML, and its tags and attributes would be read as words; "
            "give it the article instead: textkit.extract_article(text).body (on the command line: textkit clean)",
            TextkitWarning,
            stacklevel=3,
        )


class HtmlLine:
    """One line of text rendered from HTML, with the evidence the markup gave about it."""

    __slots__ = ("link_chars", "parts", "tag", "zone")

    def __init__(self, tag: str, zone: str | None) -> None:
        self.parts: list[str] = []
        self.link_chars = 0
        self.tag = tag
        self.zone = zone

    @property
    def text(self) -> str:
        """The line's text, runs of spaces collapsed."""
        return INLINE_SPACE.sub(" ", "".join(self.parts)).strip()


def _zone_of(node: Any, inside_article: bool) -> str | None:
    tag = node.tag
    if tag in ("html", "body", "main", "article"):
        return None
    if tag in _TAG_ZONES and not (inside_article and tag in ("header", "footer")):
        return _TAG_ZONES[tag]
    attrs = node.attributes
    words: set[str] = set()
    for key in ("class", "id"):
        value = attrs.get(key)
        if value:
            words.update(w for w in _CLASS_SPLIT.split(value.lower()) if w)
    for names, zone in _CLASS_ZONES:
        if words & names:
            return zone
    return None


def html_lines(html: str) -> tuple[list[HtmlLine], Any]:
    """Render HTML to lines (one per block element or ``<br>``), keeping link and container evidence."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    root = tree.body if tree.body is not None else tree.root
    lines: list[HtmlLine] = []
    if root is None:
        return lines, tree
    current = HtmlLine("body", None)

    def flush(tag: str, zone: str | None) -> None:
        nonlocal current
        if current.text:
            lines.append(current)
        current = HtmlLine(tag, zone)

    # Iterative walk (deeply nested pages must not hit the recursion limit). Each stack entry is
    # (node, exiting, in_link, in_pre, zone, inside_article, block_tag).
    stack: list[tuple[Any, bool, bool, bool, str | None, bool, str]] = [
        (root, False, False, False, None, False, "body")
    ]
    while stack:
        node, exiting, in_link, in_pre, zone, inside_article, block_tag = stack.pop()
        tag = node.tag
        if exiting:
            flush(block_tag, zone)
            continue
        if tag == "-text":
            raw = node.text(deep=False) or ""
            if in_pre:
                pieces = raw.split("\n")
                for i, piece in enumerate(pieces):
                    if i:
                        flush(block_tag, zone)
                    current.parts.append(piece)
                    if in_link:
                        current.link_chars += len(piece.strip())
            else:
                current.parts.append(re.sub(r"[ \t\r\n\f]+", " ", raw))
                if in_link:
                    current.link_chars += len(raw.strip())
            current.tag, current.zone = block_tag, zone
            continue
        if tag in _SKIP_TAGS or not isinstance(tag, str) or tag.startswith("-"):
            continue
        if tag in ("br", "hr"):
            flush(block_tag, zone)
            continue
        child_zone = zone if zone is not None else _zone_of(node, inside_article)
        child_article = inside_article or tag in ("article", "main")
        is_block = tag in _BLOCK_TAGS
        child_block = tag if is_block else block_tag
        if is_block:
            flush(child_block, child_zone)
            stack.append((node, True, in_link, in_pre, zone, inside_article, block_tag))
        children = list(node.iter(include_text=True))
        for child in reversed(children):
            stack.append(
                (child, False, in_link or tag == "a", in_pre or tag == "pre", child_zone, child_article, child_block)
            )
    flush("body", None)
    return lines, tree


def strip_html(text: str) -> str:
    r"""Turn HTML into plain text, one line per paragraph, heading, list item or ``<br>``.

    Markup is parsed with selectolax (lexbor); scripts, styles, forms and comments are
    dropped and entities decoded. A text that does not look like HTML (see
    `looks_like_html`) is returned unchanged.

    Args:
        text: HTML markup or plain text.

    Returns:
        The text content with a line break between blocks and no empty lines.

    Example:
        >>> strip_html("<div><h1>抖音电商</h1><p>兴趣电商<b>全域</b>升级</p><script>x()</script></div>")
        '抖音电商\n兴趣电商全域升级'
    """
    check_text(text)
    if not looks_like_html(text):
        return text
    lines, _ = html_lines(text)
    return "\n".join(line.text for line in lines)
