"""Chinese headings and numbering: section numbers (``01``), list markers (``1.``, ``一、``), ``第一章``.

Read by article extraction (a short numbered line is a heading, not a menu item).
"""

from __future__ import annotations

from .._regex import lazy_compile

__all__ = ["HEADING_LINE_RE", "NUMBERED_HEADING_RE"]

#: A line that starts with a section number or list marker: ``01``, ``3.``, ``一、``, ``第二部分``.
NUMBERED_HEADING_RE = lazy_compile(
    r"^(?:\d{1,2}|[0-9]{1,2}[.、]|[一二三四五六七八九十]+[、.]|第[一二三四五六七八九十\d]+[章节部分])"
)

#: A whole line that is only a heading: a section number (``01``, ``3.``, ``一、``, ``(二)``, ``IV.``), or
#: ``第一部分``/``第三章``/``第2节`` with at most a short title after it and no sentence punctuation.
HEADING_LINE_RE = lazy_compile(
    r"(?:[(（]?(?:\d{1,3}|[一二三四五六七八九十百]{1,3}|[IVXLC]{1,6})[)）]?[.、．:：]?"
    r"|第[一二三四五六七八九十百\d]{1,4}[章节部分篇讲][\s:：、.．]*[^，。！？,!?；;]{0,16})"
)
