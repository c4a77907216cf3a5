"""Chinese quantifiers of a group: how many of the readers, the firms, the stores a sentence speaks of.

The summary-faithfulness check reads these words to catch a summary that says ``所有读者`` where its source says
``部分读者``, or ``大部分门店`` where it says ``少数门店``.

- `QUANTIFIER_WORDS`: each word and its share of the group, one of `QUANTIFIER_SHARES`: ``"some"`` (少数, 个别,
  部分, 一些, 某些 ...: a part, large or small, which a paraphrase may write either way), ``"most"`` (多数,
  大多数, 大部分, 绝大多数 ...) and ``"all"`` (所有, 全部, 全体, 一切 ...). Two words of the same share say the same
  (``多数`` and ``大多数``, ``部分`` and ``一些``); two of different shares do not.
- `NOT_QUANTIFIERS`: words that hold a quantifier and mean none (``所有权``, ``所有制``, ``少数民族``,
  ``全体会议``). The longest word that starts at a position wins, and ``部分`` after a demonstrative, an ordinal or
  a numeral names a part, not a share (``这部分``, ``第一部分``, ``两部分``, ``组成部分``).

Quantifiers as adverbs (``都``, ``均``, ``皆``) and ``有些`` (also "somewhat": ``有些贵``) are left out: they say
a share only together with what they scope over.

All words were written for textkit (MIT).
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from .negation import _by_first_char, _longest_words
from .variants import fold_traditional

__all__ = ["NOT_QUANTIFIERS", "QUANTIFIER_SHARES", "QUANTIFIER_WORDS", "QuantifierWord", "find_quantifiers"]

#: The shares a quantifier can say, smallest first.
QUANTIFIER_SHARES = ("some", "most", "all")

#: Quantifier words and the share of the group each says.
QUANTIFIER_WORDS: dict[str, str] = {
    **dict.fromkeys(
        ("少数", "极少数", "个别", "极个别", "部分", "一部分", "小部分", "一小部分", "少部分", "一些", "某些"),
        "some",
    ),
    **dict.fromkeys(("多数", "大多数", "绝大多数", "大部分", "绝大部分", "过半"), "most"),
    **dict.fromkeys(("所有", "全部", "全体", "一切", "全数", "悉数", "无一例外", "每一个", "每一位", "每一家"), "all"),
}

#: Words that hold a quantifier and say no share of a group.
NOT_QUANTIFIERS: tuple[str, ...] = (
    # 所有 as ownership.
    "所有权", "所有制", "所有者", "所有人权", "所有物", "所有格",
    # Minorities, a part of a whole, a whole of something.
    "少数民族", "少数派", "少数股东", "多数派", "多数票", "全体会议", "全数字",
)  # fmt: skip

# 部分 after one of these is a part, not a share: 这部分, 该部分, 第一部分, 两部分, 组成部分, 各部分, 这一部分.
_PART_AFTER = frozenset("这那该此本其各每某第一二两三四五六七八九十几成分个")


class QuantifierWord(NamedTuple):
    """A quantifier found in a text, at ``text[start:end]``, and the share it says (`QUANTIFIER_SHARES`)."""

    word: str
    share: str
    start: int
    end: int


@cache
def _words_by_start() -> dict[str, tuple[str, ...]]:
    """Quantifiers and exceptions together, by first character, longest first: the longest word decides."""
    return _by_first_char(frozenset(QUANTIFIER_WORDS) | frozenset(NOT_QUANTIFIERS))


def find_quantifiers(text: str) -> list[QuantifierWord]:
    """Every quantifier of a group in ``text``, left to right, longest first, without overlaps.

    Traditional characters are read as simplified (`textkit.lang_zh.fold_traditional`).

    Example:
        >>> [(q.word, q.share) for q in find_quantifiers("部分读者认为，大多数门店的所有权不清")]
        [('部分', 'some'), ('大多数', 'most')]
        >>> find_quantifiers("报告的第一部分和少数民族地区")
        []
    """
    text = fold_traditional(text)
    by_start = _words_by_start()
    found: list[QuantifierWord] = []
    for word, i in _longest_words(text, by_start):
        part = word in ("部分", "一部分") and i > 0 and text[i - 1] in _PART_AFTER  # 第一部分, 这一部分
        if word in QUANTIFIER_WORDS and not part:
            found.append(QuantifierWord(word, QUANTIFIER_WORDS[word], i, i + len(word)))
    return found
