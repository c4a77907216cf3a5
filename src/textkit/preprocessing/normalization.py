"""Normalising Chinese text: character widths, odd spaces, control characters, scripts.

Each step is a small function usable on its own; `normalize` chains them with
switches. Article extraction from scraped pages builds on these.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any, Literal

from .._regex import INVISIBLE_RE, lazy_compile
from ..errors import TextkitError, check_bool, check_choice, check_encodable, check_text

__all__ = [
    "normalize",
    "normalize_punctuation",
    "normalize_spaces",
    "normalize_width",
    "remove_control_chars",
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
_ODD_SPACES = lazy_compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Invisible characters with no meaning in running text: zero-width, word joiner, BOM, soft hyphen.
_CONTROL = lazy_compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_NEAR_HAN = lazy_compile(rf"(?<=[{_HAN}])[,?!:;]|[,?!:;](?=[{_HAN}])")


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
    check_bool("punctuation", punctuation)
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
    return INVISIBLE_RE.sub("", _ODD_SPACES.sub(" ", text))


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
    for name, flag in (("width", width), ("spaces", spaces), ("control", control), ("simplified", simplified)):
        check_bool(name, flag)
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
