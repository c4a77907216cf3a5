"""Chinese words that say whether a claim is done and certain, or planned, forecast and possible.

The summary-faithfulness check reads them to catch a summary that states as done what its source only plans
(``老馆改造工程预计在明年启动`` → ``老馆改造工程已经启动``) or as proven what it only thinks possible
(``该药物可能有效`` → ``证实该药有效``), and the reverse.

- `HEDGES`: plans, forecasts, intentions and possibilities (``预计``, ``计划``, ``拟``, ``有望``, ``可能``,
  ``或将``, ``打算``, ``即将``, ``将于`` ...). Bare ``将`` is left out: it is also the object marker (``将其``,
  ``将数据导入``); ``将于``, ``将在``, ``将会``, ``将要`` and ``即将`` are read.
- `ASSERTIONS`: what is done or established (``已经``, ``已``, ``业已``, ``证实``, ``证明``, ``确认``).
- `NOT_MODAL`: words that hold one of them and say neither (``计划生育``, ``按计划``, ``可能性``, ``模拟``,
  ``而已``, ``不得已``, ``已知``, ``已婚``). The longest word that starts at a position wins.

All words were written for textkit (MIT).
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from .negation import _by_first_char, _longest_words
from .variants import fold_traditional

__all__ = ["ASSERTIONS", "HEDGES", "NOT_MODAL", "ModalWord", "find_modal_words"]

#: Words that make a claim a plan, a forecast, an intention or a possibility.
HEDGES: tuple[str, ...] = (
    "预计", "计划", "拟", "有望", "可能", "或将", "打算", "即将", "将于", "将在", "将会", "将要", "力争", "或许",
    "也许", "有可能", "准备在", "准备于", "规划在", "规划于", "预期将",
)  # fmt: skip

#: Words that make a claim done or established.
ASSERTIONS: tuple[str, ...] = ("已经", "已", "业已", "早已", "均已", "已然", "证实", "证明", "确认")

#: Words that hold a hedge or an assertion and say neither.
NOT_MODAL: tuple[str, ...] = (
    # 计划 and 可能 as nouns or set phrases; 拟 in other words.
    "计划生育", "计划经济", "按计划", "原计划", "计划书", "可能性", "不可能", "尽可能", "模拟", "虚拟", "拟合",
    "草拟", "比拟", "拟人", "拟态", "拟南芥", "无可比拟",
    # 已 in other words; 证明 as a document.
    "而已", "不得已", "已知", "已婚", "已故", "自已", "证明书", "证明信", "身份证明", "不已",
)  # fmt: skip


class ModalWord(NamedTuple):
    """A hedge or an assertion found in a text, at ``text[start:end]``; ``hedge`` tells which."""

    word: str
    hedge: bool
    start: int
    end: int


@cache
def _words_by_start() -> dict[str, tuple[str, ...]]:
    """Hedges, assertions and exceptions together, by first character, longest first."""
    return _by_first_char(frozenset(HEDGES) | frozenset(ASSERTIONS) | frozenset(NOT_MODAL))


@cache
def _hedges_and_assertions() -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(HEDGES), frozenset(ASSERTIONS)


def find_modal_words(text: str) -> list[ModalWord]:
    """Every hedge and assertion in ``text``, left to right, longest first, without overlaps.

    Traditional characters are read as simplified (`textkit.lang_zh.fold_traditional`).

    Example:
        >>> [(m.word, m.hedge) for m in find_modal_words("工程预计明年启动，一期已经完工")]
        [('预计', True), ('已经', False)]
        >>> find_modal_words("按计划推进，可能性不大，仅此而已")
        []
    """
    text = fold_traditional(text)
    hedges, assertions = _hedges_and_assertions()
    return [
        ModalWord(word, word in hedges, i, i + len(word))
        for word, i in _longest_words(text, _words_by_start())
        if word in hedges or word in assertions
    ]
