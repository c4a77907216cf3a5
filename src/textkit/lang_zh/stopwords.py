"""Stopwords: the words analyses leave out (``的``, ``了``, ``我们``, ``非常`` ... and English ``the``, ``of``).

textkit has one default list, used wherever an option says ``stopwords="default"``: the stopwords-iso Chinese list
(MIT), textkit's additions of function words and fillers, and common English function words (jieba.analyse's own
list), because Chinese texts carry English words too. See ``lang_zh/README.md`` for provenance.
"""

from __future__ import annotations

from functools import lru_cache

from .variants import traditional_spellings

__all__ = ["ENGLISH_FUNCTION_WORDS", "FRAMING_WORDS", "load_stopwords"]

_STOPWORD_FILES = ("stopwords_zh_iso.txt", "stopwords_zh_textkit.txt")

#: English function words (jieba.analyse's own stopword list), part of the default stopwords.
ENGLISH_FUNCTION_WORDS: frozenset[str] = frozenset(
    [
        "the",
        "of",
        "is",
        "and",
        "to",
        "in",
        "that",
        "we",
        "for",
        "an",
        "are",
        "by",
        "be",
        "as",
        "on",
        "with",
        "can",
        "if",
        "from",
        "which",
        "you",
        "it",
        "this",
        "then",
        "at",
        "have",
        "all",
        "not",
        "one",
        "has",
        "or",
        "a",
        "was",
        "were",
        "been",
        "its",
        "their",
        "our",
        "these",
        "those",
        "such",
        "into",
        "than",
        "also",
        "but",
    ]
)

#: Words a title or a summary adds to frame its content without claiming anything of its own (``研究``, ``探讨``,
#: ``浅析``, ``对策``): the summary check does not ask the source to contain them. Written for textkit (MIT).
FRAMING_WORDS: frozenset[str] = frozenset(
    [
        "研究",
        "分析",
        "探讨",
        "探析",
        "浅析",
        "浅谈",
        "试论",
        "论",
        "论析",
        "初探",
        "思考",
        "方法",
        "应用",
        "影响",
        "设计",
        "问题",
        "对策",
        "策略",
        "现状",
        "发展",
        "建议",
        "实践",
        "探索",
        "措施",
        "作用",
        "意义",
        "关系",
        "效果",
        "观察",
        "比较",
        "评价",
        "特点",
        "进展",
        "综述",
        "基于",
        "及其",
        "以及",
        "若干",
        "一种",
        "几点",
        "体会",
        "启示",
        "展望",
    ]
)


@lru_cache(maxsize=1)
def load_stopwords() -> frozenset[str]:
    """Return textkit's default stopword list.

    It is the union of the stopwords-iso Chinese list (MIT), textkit's own additions of function words and
    fillers (``非常``, ``已经``, ``进行`` ...) and `ENGLISH_FUNCTION_WORDS`, each Chinese word also in its
    traditional spellings (``我們`` for ``我们``: `textkit.lang_zh.traditional_spellings`); see
    ``textkit/lang_zh/README.md`` for provenance.

    Returns:
        The stopwords.

    Example:
        >>> stop = load_stopwords()
        >>> "我们" in stop, "非常" in stop, "the" in stop, "电商" in stop, "我們" in stop
        (True, True, True, False, True)
    """
    from importlib import resources

    words: set[str] = set(ENGLISH_FUNCTION_WORDS)
    base = resources.files("textkit.lang_zh")
    for name in _STOPWORD_FILES:
        for line in base.joinpath(name).read_text(encoding="utf-8").splitlines():
            word = line.strip()
            if word and not word.startswith("#"):
                words.update(traditional_spellings(word))
    return frozenset(words)
