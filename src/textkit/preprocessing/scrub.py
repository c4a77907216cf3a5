"""The cleaning pipeline: HTML, web addresses, e-mail addresses, phone numbers, whitespace.

Each step is a public function usable on its own; `make_pipeline` chains any of them and `clean` runs the usual
ones in a sensible order.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

from .._regex import lazy_compile
from ..errors import check_choice, check_text, invalid_value
from .html import INLINE_SPACE, html_lines, looks_like_html
from .normalization import normalize

__all__ = [
    "EMAIL_RE",
    "PHONE_RE",
    "URL_RE",
    "clean",
    "collapse_whitespace",
    "make_pipeline",
    "remove_emails",
    "remove_phone_numbers",
    "remove_urls",
]

# A web address ends at a space, a quote or bracket, or a Chinese or full-width character.
_URL_CHARS = "[^\\s<>\"'\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’]"
URL_RE = lazy_compile(
    rf"(?:(?:https?|ftp)://|www\.){_URL_CHARS}+"
    rf"|\b(?:[a-z0-9-]+\.)+(?:com|cn|net|org|gov|edu|io|info|top|xyz|cc|tv|me)(?:\.cn)?/{_URL_CHARS}*",
    re.IGNORECASE,
)
_URL_TRAILING = ".,;:!?)]'"

EMAIL_RE = lazy_compile(r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])")
# Mainland mobile (11 digits, 1[3-9]..., optionally +86 and dashes or spaces), landlines with an area code
# in parentheses or followed by a separator, and 400/800 service numbers.
PHONE_RE = lazy_compile(
    r"(?<![\d.])(?:"
    r"(?:\+?86[-\s]?)?1[3-9]\d(?:[-\s]?\d{4}){2}"
    r"|(?:\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3}[-\s])\s?\d{7,8}(?:-\d{1,4})?"
    r"|[48]00[-\s]?\d{3}[-\s]?\d{4}"
    r")(?![\d.])"
)
_BLANK_RUNS = lazy_compile(r"\n{3,}")


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

    return URL_RE.sub(sub, text)


def remove_emails(text: str, *, replacement: str = "") -> str:
    """Remove e-mail addresses.

    Example:
        >>> remove_emails("投稿邮箱:news@example.com,欢迎来稿", replacement="<EMAIL>")
        '投稿邮箱:<EMAIL>,欢迎来稿'
    """
    check_text(text)
    check_text(replacement, "replacement")
    return EMAIL_RE.sub(replacement, text)


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
    return PHONE_RE.sub(replacement, text)


def collapse_whitespace(text: str) -> str:
    r"""Collapse runs of spaces and tabs to one space, strip every line, keep at most one blank line.

    Line breaks are unified to ``\n`` first; paragraph breaks (one blank line) survive.

    Example:
        >>> collapse_whitespace("  抖音   电商 \r\n\r\n\r\n\t兴趣电商  ")
        '抖音 电商\n\n兴趣电商'
    """
    check_text(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "\n".join(INLINE_SPACE.sub(" ", line).strip() for line in text.split("\n"))
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
        >>> from textkit.preprocessing import strip_html
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
        lines, _ = html_lines(text)
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
