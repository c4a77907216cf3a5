"""The text units the summary check compares: clauses, character bigrams, squashed text.

Both texts are NFKC-normalised and lower-cased first, so full-width letters and digits match their ASCII forms.
"""

from __future__ import annotations

import re
import unicodedata
from operator import add

from .._regex import INVISIBLE_CHARS, INVISIBLE_RE, lazy_compile
from ..lang_zh import HEADING_LINE_RE

__all__ = [
    "bigrams",
    "clause_bigrams",
    "clauses",
    "heading_flags",
    "is_heading",
    "judged_units",
    "normalize_for_match",
    "spaced",
    "squash",
]

_CLAUSE_RE = lazy_compile(r"[^\W_]+", re.UNICODE)


def normalize_for_match(text: str) -> str:
    r"""NFKC-normalise and lower-case ``text`` (full-width ``ＧＤＰ`` and ``gdp`` match), without invisible characters.

    A zero-width space or a soft hyphen (`textkit._regex.INVISIBLE_CLASS`) would otherwise split a clause:
    ``提\u200b高`` is ``提高``.
    """
    return unicodedata.normalize("NFKC", INVISIBLE_RE.sub("", text)).lower()


def clauses(text: str) -> list[str]:
    """Runs of letters, digits and Chinese characters: punctuation and spaces split them.

    Example:
        >>> clauses("抖音电商，ＧＭＶ增长！")
        ['抖音电商', 'gmv增长']
    """
    return _CLAUSE_RE.findall(normalize_for_match(text))


def bigrams(text: str) -> set[str]:
    """The character bigrams of each clause (a one-character clause is its own unit)."""
    return clause_bigrams(clauses(text))


def clause_bigrams(parts: list[str]) -> set[str]:
    """`bigrams` of a text already split by `clauses`."""
    grams: set[str] = set()
    for clause in parts:
        if len(clause) == 1:
            grams.add(clause)
        grams.update(map(add, clause, clause[1:]))  # clause[i : i + 2] for each i
    return grams


def squash(text: str) -> str:
    """The clauses joined without punctuation or spaces."""
    return "".join(clauses(text))


def spaced(text: str) -> str:
    """Clauses separated by spaces, for character n-grams that do not cross punctuation."""
    return " ".join(clauses(text))


# Units of judgement: a short sentence is judged whole; a long one clause by clause, because summaries fuse a
# supported clause and an invented one at a comma. Clauses shorter than this are joined to their neighbour.
_LONG_SENTENCE = 30
_SHORT_CLAUSE = 8
_UNIT_SPLIT_RE = lazy_compile(r"[，,；;：:]")


def judged_units(sentence: str) -> list[str]:
    """The parts of a summary sentence that are judged one by one: the sentence, or its clauses when it is long.

    A sentence of more than 30 characters (punctuation aside) with several clauses is cut at ``，；：``;
    a clause of fewer than 8 characters is joined to the clause before it (or after it, at the start).

    Example:
        >>> judged_units("抖音电商去年增长了三倍。")
        ['抖音电商去年增长了三倍。']
        >>> judged_units("平台去年的成交额增长了三成，商家数量翻了一番，并计划明年在香港上市。")
        ['平台去年的成交额增长了三成', '商家数量翻了一番', '并计划明年在香港上市。']
    """
    if len(squash(sentence)) <= _LONG_SENTENCE:
        return [sentence]
    pieces = [p for p in _UNIT_SPLIT_RE.split(sentence) if squash(p)]
    units: list[str] = []
    for piece in pieces:
        if (units and len(squash(units[-1])) < _SHORT_CLAUSE) or (units and len(squash(piece)) < _SHORT_CLAUSE):
            units[-1] = units[-1] + "，" + piece
        else:
            units.append(piece)
    return units or [sentence]


def is_heading(sentence: str) -> bool:
    """Whether a summary line is a heading or a section number (``01``, ``一、``, ``第一部分``), not a claim.

    Example:
        >>> [is_heading(s) for s in ("01", "一、", "第二部分 平台治理", "3.", "一、用户增长了三倍。")]
        [True, True, True, True, False]
    """
    return bool(HEADING_LINE_RE.fullmatch(sentence.strip()))


_TITLE_LINE_CHARS = 16
_BLANK = " \t" + INVISIBLE_CHARS  # what may stand between a title line and its line breaks
_ENDS_SENTENCE = tuple("。！？!?.…；;")


def heading_flags(text: str) -> list[bool]:
    r"""For each sentence of a summary (`textkit.split_sentences`), whether it is a heading rather than a claim.

    A section number (`is_heading`) always is. In a summary of several sentences, so is a line of its own
    that reads like a title: at most 16 characters (punctuation aside), no sentence-ending punctuation and no
    number (``全域兴趣电商怎么做``, ``回归价值,从本质出发``). A one-line summary is always a claim (a paper's title
    against its abstract is what it claims).

    Example:
        >>> heading_flags("01\n抖音电商怎么做\n抖音电商去年增长了三倍。")
        [True, True, False]
        >>> heading_flags("抖音电商怎么做")
        [False]
    """
    from ..lang_zh import find_quantities
    from ..segmentation import sentence_spans

    spans = sentence_spans(text)
    flags = []
    for span in spans:
        sentence = span.text.strip()
        before, after = text[: span.start].rstrip(_BLANK), text[span.end :].lstrip(_BLANK)
        own_line = (before.endswith("\n") or not before.strip()) and (
            after.startswith(("\n", "\r")) or not after.strip()
        )
        title_like = (
            len(spans) > 1
            and own_line
            and len(squash(sentence)) <= _TITLE_LINE_CHARS
            and not sentence.endswith(_ENDS_SENTENCE)
            and not find_quantities(normalize_for_match(sentence))
        )
        flags.append(is_heading(sentence) or title_like)
    return flags
