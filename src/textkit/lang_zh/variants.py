"""Traditional characters and their simplified forms, for models that learned from simplified text.

`fold_traditional` replaces each traditional character that has one simplified form (``這`` → ``这``, ``沒`` → ``没``,
``乾淨`` → ``干净``) and leaves everything else as it is, one character for one, so offsets into the text still hold.
It folds characters, not words: Taiwan's and Hong Kong's own words (``軟體`` for ``软件``) stay as they are. It is
for what a model reads, not for what a user sees: to convert a text for reading, use
``textkit.normalize(text, simplified=True)`` (OpenCC, word by word).

The table (``traditional_chars.txt``) is derived from OpenCC (Apache-2.0) by ``scripts/build_traditional_chars.py``;
characters of GB 2312, the simplified set, are left out (``么``, ``著``), except ``後乾於麽``. Provenance:
``lang_zh/README.md``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice, product

from .._regex import lazy_compile

__all__ = ["fold_traditional", "traditional_fold_table", "traditional_share", "traditional_spellings"]

_TABLE_FILE = "traditional_chars.txt"


@lru_cache(maxsize=1)
def traditional_fold_table() -> dict[int, str]:
    """The fold as a `str.translate` table: code point of a traditional character -> its simplified form.

    Read from ``traditional_chars.txt`` on first use.

    Example:
        >>> table = traditional_fold_table()
        >>> table[ord("這")], table[ord("沒")], ord("么") in table, ord("著") in table
        ('这', '没', False, False)
    """
    from importlib import resources

    table: dict[int, str] = {}
    text = resources.files("textkit.lang_zh").joinpath(_TABLE_FILE).read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        simplified, traditional = line.split("\t")
        for ch in traditional:
            table[ord(ch)] = simplified
    return table


def fold_traditional(text: str) -> str:
    """Replace each traditional character that has one simplified form by that form.

    One character for one: the result is as long as ``text`` and every other character is kept.

    Args:
        text: Any text.

    Returns:
        The text with traditional characters folded to simplified ones.

    Example:
        >>> fold_traditional("這家飯店很乾淨，沒有異味，軟體很好用")
        '这家饭店很干净，没有异味，软体很好用'
        >>> fold_traditional("什么都很著名")
        '什么都很著名'
    """
    if _traditional_re().search(text) is None:  # most text has none: a search is several times faster
        return text
    return text.translate(traditional_fold_table())


@lru_cache(maxsize=1)
def _traditional_re() -> re.Pattern[str]:
    """Any one character `traditional_fold_table` folds."""
    return re.compile("[" + "".join(sorted(chr(code) for code in traditional_fold_table())) + "]")


@lru_cache(maxsize=1)
def _spellings_by_char() -> dict[str, str]:
    """Simplified character -> itself and every traditional character that folds to it."""
    out: dict[str, str] = {}
    for code, simplified in sorted(traditional_fold_table().items()):
        out[simplified] = out.get(simplified, simplified) + chr(code)
    return out


def traditional_spellings(word: str, limit: int = 64) -> list[str]:
    """Every spelling of ``word`` that `fold_traditional` folds to it, the word itself first.

    Lets a list of simplified words (stopwords) match traditional text too. At most ``limit`` spellings.

    Example:
        >>> traditional_spellings("我们"), traditional_spellings("什么")
        (['我们', '我們'], ['什么', '什麼', '什麽'])
    """
    by_char = _spellings_by_char()
    options = [by_char.get(ch, ch) for ch in word]
    return ["".join(chars) for chars in islice(product(*options), limit)]


_HAN_RE = lazy_compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def traditional_share(text: str) -> float:
    """The share of ``text``'s Han characters that `fold_traditional` folds (0.0 when it has none).

    Simplified text scores 0 or nearly so; traditional text a third or more, as most common words hold a character
    that simplification changed.

    Example:
        >>> traditional_share("这家饭店很干净"), round(traditional_share("這家飯店很乾淨"), 2), traditional_share("OK")
        (0.0, 0.57, 0.0)
    """
    han = len(_HAN_RE.findall(text))
    return len(_traditional_re().findall(text)) / han if han else 0.0
