"""Normalising Chinese text: character widths, odd spaces, control characters, scripts.

Each step is a small function usable on its own; `normalize` chains them with
switches. Article extraction from scraped pages builds on these.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import Any, Literal

from .errors import TextkitError, check_choice, check_encodable, check_text, invalid_value

__all__ = [
    "clean",
    "collapse_whitespace",
    "looks_like_html",
    "make_pipeline",
    "normalize",
    "normalize_punctuation",
    "normalize_spaces",
    "normalize_width",
    "remove_control_chars",
    "remove_emails",
    "remove_phone_numbers",
    "remove_urls",
    "strip_html",
    "to_simplified",
]

# Full-width ASCII variants U+FF01..U+FF5E map to U+0021..U+007E by subtracting 0xFEE0.
_FW_ALNUM = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F) if chr(cp - 0xFEE0).isalnum()}
_FW_PUNCT = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F) if not chr(cp - 0xFEE0).isalnum()}
# Chinese punctuation without a full-width ASCII twin, mapped to the ASCII a Western text would use.
_CJK_TO_ASCII = {
    ord("。"): ".",
    ord("、"): ",",
    ord("「"): '"',
    ord("」"): '"',
    ord("『"): '"',
    ord("』"): '"',
    ord("“"): '"',
    ord("”"): '"',
    ord("‘"): "'",
    ord("’"): "'",
    ord("《"): "<",
    ord("》"): ">",
    ord("【"): "[",
    ord("】"): "]",
    ord("〔"): "(",
    ord("〕"): ")",
}
_ASCII_TO_FULL = {".": "。", ",": "，", "?": "？", "!": "！", ":": "：", ";": "；", "(": "（", ")": "）"}

# Spaces other than U+0020 that scraped text carries: no-break, ideographic, en/em/thin ...
_ODD_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Invisible characters with no meaning in running text: zero-width, word joiner, BOM, soft hyphen.
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200d\u2060\ufeff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_NEAR_HAN = re.compile(rf"(?<=[{_HAN}])[,?!:;]|[,?!:;](?=[{_HAN}])")


def normalize_width(text: str, *, punctuation: bool = False) -> str:
    """Turn full-width letters and digits (``ＡＢＣ１２３``) into ASCII.

    Args:
        text: The text.
        punctuation: Also turn full-width ASCII punctuation (``，！？：（）``) into ASCII.

    Returns:
        The text with the same length, character for character.

    Example:
        >>> normalize_width("ＧＤＰ增长５％")
        'GDP增长5％'
    """
    check_text(text)
    text = text.translate(_FW_ALNUM)
    return text.translate(_FW_PUNCT) if punctuation else text


def normalize_punctuation(text: str, *, to: Literal["full", "half"] = "full") -> str:
    """Unify punctuation in Chinese text.

    ``to="full"`` turns the ASCII ``, ? ! : ;`` that touch a Chinese character into
    their full-width forms (``，？！：；``), which is what scraped Chinese pages
    typed with a Western keyboard need; ASCII punctuation between Latin words and
    numbers (``3.14``, ``a, b``) is left alone. ``to="half"`` turns full-width and
    Chinese punctuation into ASCII.

    Args:
        text: The text.
        to: ``"full"`` or ``"half"``.

    Returns:
        The text with unified punctuation.

    Example:
        >>> normalize_punctuation("抖音电商的增量价值是什么?它继承了抖音的高效,并且做宽做深")
        '抖音电商的增量价值是什么？它继承了抖音的高效，并且做宽做深'
    """
    check_text(text)
    check_choice("to", to, ("full", "half"))
    if to == "half":
        return text.translate(_FW_PUNCT).translate(_CJK_TO_ASCII)
    return _NEAR_HAN.sub(_to_full, text)


def _to_full(match: re.Match[str]) -> str:
    return _ASCII_TO_FULL[match.group(0)]


def normalize_spaces(text: str) -> str:
    r"""Replace odd spaces (no-break, ideographic, em ...) by a plain space and drop invisible ones.

    Line breaks are unified to ``\n``; runs of spaces are kept (see `textkit.clean`
    for collapsing them).

    Example:
        >>> normalize_spaces("抖音\u00a0电商\u200b总裁\r\n魏雯雯")
        '抖音 电商总裁\n魏雯雯'
    """
    check_text(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    return _INVISIBLE.sub("", _ODD_SPACES.sub(" ", text))


def remove_control_chars(text: str) -> str:
    r"""Remove C0/C1 control characters (NUL, bell, escape ...), keeping tabs and line breaks.

    Example:
        >>> remove_control_chars("抖音\x00电商\x1b")
        '抖音电商'
    """
    check_text(text)
    return _CONTROL.sub("", text)


@lru_cache(maxsize=4)
def _opencc(config: str) -> Any:
    try:
        import opencc
    except ImportError:
        raise TextkitError(
            "traditional-to-simplified conversion needs OpenCC: pip install 'textkit[opencc]' (or pip install opencc)"
        ) from None
    return opencc.OpenCC(config)


def to_simplified(text: str, *, config: str = "t2s") -> str:
    """Convert traditional Chinese characters to simplified ones with OpenCC.

    Args:
        text: The text.
        config: An OpenCC configuration name: ``"t2s"`` (characters), ``"tw2s"``
            (Taiwan standard) or ``"hk2s"`` (Hong Kong standard); ``"tw2sp"`` also
            converts Taiwanese phrases.

    Returns:
        The simplified text.

    Raises:
        TextkitError: OpenCC is not installed (it is the optional ``opencc`` extra).

    Example:
        >>> to_simplified("抖音電商的增量價值")
        '抖音电商的增量价值'
    """
    check_encodable(check_text(text))
    check_choice("config", config, ("t2s", "tw2s", "hk2s", "tw2sp"))
    if not text:
        return text
    converted: str = _opencc(config).convert(text)
    return converted


def normalize(
    text: str,
    *,
    width: bool = True,
    punctuation: Literal["keep", "full", "half"] = "keep",
    spaces: bool = True,
    control: bool = True,
    unicode_form: Literal["NFC", "NFKC"] | None = "NFC",
    simplified: bool = False,
) -> str:
    r"""Normalise a Chinese text so that equal things are written the same way.

    Steps, in order: Unicode normal form, odd and invisible spaces, control
    characters, full-width letters and digits, punctuation, and optionally
    traditional-to-simplified conversion.

    Args:
        text: The text.
        width: Turn full-width letters and digits into ASCII (``Ａ１`` → ``A1``).
        punctuation: ``"keep"`` leaves punctuation as it is; ``"full"`` turns ASCII
            ``, ? ! : ;`` next to Chinese characters into full-width; ``"half"`` turns
            full-width and Chinese punctuation into ASCII.
        spaces: Replace ``\xa0``, ``\u3000`` and other odd spaces by a space, remove
            zero-width characters and unify line breaks to ``\n``.
        control: Remove control characters other than tab and line break.
        unicode_form: ``"NFC"`` (default, changes nothing visible), ``"NFKC"``
            (also folds compatibility forms such as ``①`` → ``1``) or ``None``.
        simplified: Convert traditional characters to simplified with OpenCC (the
            optional ``opencc`` extra).

    Returns:
        The normalised text.

    Raises:
        TextkitError: ``text`` is not a string or an option is not allowed.

    Example:
        >>> normalize("ＡＩ时代\u00a0的抖音电商,增长了３０％")
        'AI时代 的抖音电商,增长了30％'
        >>> normalize("抖音电商,增长了", punctuation="full")
        '抖音电商，增长了'
    """
    check_text(text)
    check_choice("punctuation", punctuation, ("keep", "full", "half"))
    if unicode_form is not None:
        check_choice("unicode_form", unicode_form, ("NFC", "NFKC"))
    if not text:
        return text
    if unicode_form is not None:
        text = unicodedata.normalize(unicode_form, text)
    if spaces:
        text = normalize_spaces(text)
    if control:
        text = remove_control_chars(text)
    if width:
        text = normalize_width(text)
    if punctuation != "keep":
        text = normalize_punctuation(text, to=punctuation)
    if simplified:
        text = to_simplified(text)
    return text


# --------------------------------------------------------------------------------------------
# The cleaning pipeline: HTML, URLs, e-mail addresses, phone numbers, whitespace.
# --------------------------------------------------------------------------------------------

_HTML_HINT = re.compile(
    r"</?(?:!doctype\s+html|html|head|body|div|p|br|span|a\s|h[1-6]|table|article|section|meta|title|li|ul|img|script)\b[^<>]*>",
    re.IGNORECASE,
)
# A web address ends at a space, a quote or bracket, or a Chinese or full-width character.
_URL_CHARS = "[^\\s<>\"'\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’]"
_URL = re.compile(
    rf"(?:(?:https?|ftp)://|www\.){_URL_CHARS}+"
    rf"|\b(?:[a-z0-9-]+\.)+(?:com|cn|net|org|gov|edu|io|info|top|xyz|cc|tv|me)(?:\.cn)?/{_URL_CHARS}*",
    re.IGNORECASE,
)
_URL_TRAILING = ".,;:!?)]'"

_EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])")
# Mainland mobile (11 digits, 1[3-9]..., optionally +86 and dashes or spaces), landlines with an area code
# in parentheses or followed by a separator, and 400/800 service numbers.
_PHONE = re.compile(
    r"(?<![\d.])(?:"
    r"(?:\+?86[-\s]?)?1[3-9]\d(?:[-\s]?\d{4}){2}"
    r"|(?:\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3}[-\s])\s?\d{7,8}(?:-\d{1,4})?"
    r"|[48]00[-\s]?\d{3}[-\s]?\d{4}"
    r")(?![\d.])"
)
_BLANK_RUNS = re.compile(r"\n{3,}")
_INLINE_SPACE = re.compile(r"[ \t\f\v]+")

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
_CLASS_SPLIT = re.compile(r"[\s_\-]+")


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


class _HtmlLine:
    """One line of text rendered from HTML, with the evidence the markup gave about it."""

    __slots__ = ("link_chars", "parts", "tag", "zone")

    def __init__(self, tag: str, zone: str | None) -> None:
        self.parts: list[str] = []
        self.link_chars = 0
        self.tag = tag
        self.zone = zone

    @property
    def text(self) -> str:
        return _INLINE_SPACE.sub(" ", "".join(self.parts)).strip()


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


def _html_lines(html: str) -> tuple[list[_HtmlLine], Any]:
    """Render HTML to lines (one per block element or ``<br>``), keeping link and container evidence."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    root = tree.body if tree.body is not None else tree.root
    lines: list[_HtmlLine] = []
    if root is None:
        return lines, tree
    current = _HtmlLine("body", None)

    def flush(tag: str, zone: str | None) -> None:
        nonlocal current
        if current.text:
            lines.append(current)
        current = _HtmlLine(tag, zone)

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
    lines, _ = _html_lines(text)
    return "\n".join(line.text for line in lines)


def remove_urls(text: str, *, replacement: str = "") -> str:
    """Remove web addresses (``https://...``, ``www....``, ``example.com/path``).

    Example:
        >>> remove_urls("详见 https://www.douyin.com/a?b=1 的公告")
        '详见  的公告'
    """
    check_text(text)
    check_text(replacement, "replacement")

    def sub(match: re.Match[str]) -> str:
        url = match.group(0)
        kept = url.rstrip(_URL_TRAILING)  # "见 https://x.cn/1, 以及" keeps its comma
        return replacement + url[len(kept) :]

    return _URL.sub(sub, text)


def remove_emails(text: str, *, replacement: str = "") -> str:
    """Remove e-mail addresses.

    Example:
        >>> remove_emails("投稿邮箱:news@example.com,欢迎来稿", replacement="<EMAIL>")
        '投稿邮箱:<EMAIL>,欢迎来稿'
    """
    check_text(text)
    check_text(replacement, "replacement")
    return _EMAIL.sub(replacement, text)


def remove_phone_numbers(text: str, *, replacement: str = "") -> str:
    """Remove Chinese phone numbers: mobiles, landlines with an area code, 400/800 numbers.

    Mobiles are 11 digits starting ``13``-``19`` (optionally ``+86``, dashes or
    spaces: ``135-6897-3662``); landlines need an area code set off by a dash,
    space or parentheses (``010-12345678``, ``(0755)1234567``), so that years,
    amounts and long identifiers are left alone.

    Example:
        >>> remove_phone_numbers("咨询热线:135-6897-3662 或 010-12345678,2023年销售额12345678元")
        '咨询热线: 或 ,2023年销售额12345678元'
    """
    check_text(text)
    check_text(replacement, "replacement")
    return _PHONE.sub(replacement, text)


def collapse_whitespace(text: str) -> str:
    r"""Collapse runs of spaces and tabs to one space, strip every line, keep at most one blank line.

    Line breaks are unified to ``\n`` first; paragraph breaks (one blank line) survive.

    Example:
        >>> collapse_whitespace("  抖音   电商 \r\n\r\n\r\n\t兴趣电商  ")
        '抖音 电商\n\n兴趣电商'
    """
    check_text(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "\n".join(_INLINE_SPACE.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_RUNS.sub("\n\n", text).strip()


def make_pipeline(*steps: Callable[[str], str]) -> Callable[[str], str]:
    """Chain text functions into one, applied left to right (like textacy's ``make_pipeline``).

    Args:
        *steps: Functions taking and returning a string, e.g. `strip_html`, `normalize`,
            ``functools.partial(remove_urls, replacement="<URL>")``.

    Returns:
        A function applying every step in order.

    Raises:
        TextkitError: A step is not callable.

    Example:
        >>> pipeline = make_pipeline(strip_html, remove_urls, collapse_whitespace)
        >>> pipeline("<p>访问  www.douyin.com/shop  了解</p>")
        '访问 了解'
    """
    for i, step in enumerate(steps):
        if not callable(step):
            raise invalid_value(f"steps[{i}]", step, "a callable taking and returning a str")

    def pipeline(text: str) -> str:
        check_text(text)
        for step in steps:
            text = step(text)
        return text

    return pipeline


def clean(
    text: str,
    *,
    html: Literal["auto", "always", "never"] = "auto",
    normalize_text: bool = True,
    urls: bool = True,
    emails: bool = True,
    phone_numbers: bool = True,
    whitespace: bool = True,
    replacement: str = "",
) -> str:
    r"""Clean a text for analysis: strip HTML, normalise, remove URLs, e-mails and phone numbers, tidy spaces.

    Steps, in order (each is a public function usable on its own): `strip_html`,
    `normalize` (default options), `remove_emails` (before URLs, so that the
    domain of an address is not taken for a web address), `remove_urls`,
    `remove_phone_numbers`, `collapse_whitespace`. To remove page boilerplate
    (menus, bylines, link lists) use `textkit.extract_article` first.

    Args:
        text: The text (plain or HTML).
        html: ``"auto"`` strips markup when the text looks like HTML, ``"always"``
            parses it as HTML whatever it looks like, ``"never"`` leaves it alone.
        normalize_text: Apply `normalize` with its defaults.
        urls: Remove web addresses.
        emails: Remove e-mail addresses.
        phone_numbers: Remove phone numbers.
        whitespace: Collapse spaces and blank lines.
        replacement: What removed URLs, e-mails and phone numbers are replaced by.

    Returns:
        The cleaned text; ``""`` for an empty text.

    Raises:
        TextkitError: ``text`` is not a string or an option is not allowed.

    Example:
        >>> clean("<p>联系电话:135-6897-3662</p><p>官网:https://example.com\u00a0欢迎</p>")
        '联系电话:\n官网: 欢迎'
    """
    check_text(text)
    check_choice("html", html, ("auto", "always", "never"))
    check_text(replacement, "replacement")
    if not text:
        return text
    if html == "always" or (html == "auto" and looks_like_html(text)):
        lines, _ = _html_lines(text)
        text = "\n".join(line.text for line in lines)
    if normalize_text:
        text = normalize(text)
    if emails:
        text = remove_emails(text, replacement=replacement)
    if urls:
        text = remove_urls(text, replacement=replacement)
    if phone_numbers:
        text = remove_phone_numbers(text, replacement=replacement)
    if whitespace:
        text = collapse_whitespace(text)
    return text
