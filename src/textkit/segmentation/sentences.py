"""Splitting Chinese text into sentences.

Unlike SnowNLP, which cuts at every comma, a sentence here ends at ``。！？!?``
(and optionally ``；;``), an ellipsis (``……``, ``…``, ``...``) or a line break.
Closing quotes and brackets after a terminator stay with the sentence they close.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from .._regex import INVISIBLE_RE, lazy_compile, without_invisible
from ..errors import check_text
from ..preprocessing.html import warn_if_html

__all__ = ["SentenceSpan", "sentence_spans", "split_sentences"]

_CLOSERS = "”’」』）)\\]】》〉\"'"
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# A full stop "." ends a sentence only after a letter or Chinese character and before
# a space, a Chinese character or the end: "3.14", "example.com" and "v2.0" stay whole.
_END = (
    r"(?:[。！？!?｡]+|…+|\.{3,}|(?<=[A-Za-z" + _HAN + r"])\.(?=\s|$|[" + _HAN + r"]))"
    r"[" + _CLOSERS + r"]*"
)
_END_RE = lazy_compile(_END)
_END_SEMI_RE = lazy_compile(r"(?:" + _END + r"|[；;][" + _CLOSERS + r"]*)")
_LINE_RE = lazy_compile(r"[^\n\r\u2028\u2029]+")
_WORDLIKE = lazy_compile(r"\w", re.UNICODE)


def _is_bare_punctuation(piece: str) -> bool:
    """No letter, digit or symbol such as an emoji (👍 is content, not punctuation): only marks and spaces."""
    if _WORDLIKE.search(piece):
        return False
    return all(unicodedata.category(ch)[0] in "PZC" or unicodedata.category(ch) in _MARK_SYMBOLS for ch in piece)


_MARK_SYMBOLS = ("Sm", "Sc", "Sk", "Mn", "Me")  # math, currency, modifier symbols; combining marks


class SentenceSpan(NamedTuple):
    """A sentence with its character offsets: ``text == original[start:end]``."""

    text: str
    start: int
    end: int


def sentence_spans(text: str, *, semicolon: bool = False) -> list[SentenceSpan]:
    r"""Split ``text`` into sentences and give each one's offsets in ``text``.

    Args:
        text: The text.
        semicolon: Also end sentences at ``；`` and ``;``.

    Returns:
        The sentences in order, each a stripped substring of ``text`` with
        ``text[start:end]`` equal to it. Invisible characters (zero-width spaces,
        soft hyphens) are read past: ``.\u200b`` ends a sentence as ``.`` does,
        and one between two sentences belongs to neither.

    Example:
        >>> [tuple(s) for s in sentence_spans("你好。再见!")]
        [('你好。', 0, 3), ('再见!', 3, 6)]
    """
    check_text(text)
    warn_if_html(text, "split_sentences")
    end_re = _END_SEMI_RE if semicolon else _END_RE
    if not INVISIBLE_RE.search(text):
        return _spans(text, end_re)
    shown, where = without_invisible(text)
    out = []
    for span in _spans(shown, end_re):
        start, end = where[span.start], where[span.end - 1] + 1
        out.append(SentenceSpan(text[start:end], start, end))
    return out


def _spans(text: str, end_re: re.Pattern[str]) -> list[SentenceSpan]:
    """`sentence_spans` of a text without invisible characters."""
    spans: list[SentenceSpan] = []
    for line in _LINE_RE.finditer(text):
        base = line.start()
        chunk = line.group(0)
        pos = 0
        pieces: list[tuple[int, int]] = []
        for match in end_re.finditer(chunk):
            pieces.append((pos, match.end()))
            pos = match.end()
        if pos < len(chunk):
            pieces.append((pos, len(chunk)))
        pending_start: int | None = None  # leading punctuation waiting for its sentence
        for start, end in pieces:
            piece = chunk[start:end]
            stripped = piece.strip()
            if not stripped:
                continue
            lead = start + (len(piece) - len(piece.lstrip()))
            trail = end - (len(piece) - len(piece.rstrip()))
            if _is_bare_punctuation(stripped):
                # Bare punctuation ("……", "！！") joins the sentence before it on the same line.
                if spans and spans[-1].end >= base and pending_start is None:
                    prev = spans[-1]
                    spans[-1] = SentenceSpan(text[prev.start : base + trail], prev.start, base + trail)
                elif pending_start is None:
                    pending_start = base + lead
                continue
            s = base + (pending_start - base if pending_start is not None else lead)
            pending_start = None
            spans.append(SentenceSpan(text[s : base + trail], s, base + trail))
    return spans


def split_sentences(text: str, *, semicolon: bool = False) -> list[str]:
    r"""Split Chinese (or mixed) text into sentences.

    A sentence ends at ``。！？!?``, at an ellipsis or at a line break; with
    ``semicolon=True`` also at ``；;``. Closing quotes and brackets belong to the
    sentence they close. No sentence is bare punctuation (it joins the sentence
    before it, and a line of nothing else gives nothing), and blank lines give
    nothing; emoji and other symbols are content (``👍👍👍`` is a sentence). Every
    sentence is a substring of ``text``, in order.

    Args:
        text: The text.
        semicolon: Also end sentences at semicolons.

    Returns:
        The sentences, stripped of surrounding whitespace.

    Raises:
        TextkitError: ``text`` is not a string.

    Example:
        >>> split_sentences("他说:“抖音电商的增量价值是什么?”答案是高效。……\n北极星指标")
        ['他说:“抖音电商的增量价值是什么?”', '答案是高效。……', '北极星指标']
    """
    return [span.text for span in sentence_spans(text, semicolon=semicolon)]
