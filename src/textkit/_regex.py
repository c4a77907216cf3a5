"""Regular expressions compiled on first use, so that ``import textkit`` compiles none of them.

textkit's rules are mostly regular expressions over Chinese text; compiling the ~70 module-level ones (Unicode
classes, long alternations) took about 35 ms, most of ``import textkit``. `lazy_compile` defers that to the first
call of each pattern's methods; after it, the pattern's bound methods are stored on the object, so a call costs
what a call on the compiled pattern costs.
"""

from __future__ import annotations

import re
from typing import Any, cast

__all__ = ["INVISIBLE_CHARS", "INVISIBLE_CLASS", "INVISIBLE_RE", "lazy_compile", "without_invisible"]

#: The characters that show nothing and mean nothing in running text: soft hyphen, Mongolian vowel separator,
#: zero-width space, non-joiner and joiner, word joiner, byte order mark. Scraped pages carry them inside words
#: (``北极\u200b星``); `textkit.normalize` drops them, and the segmenter, the sentence splitter, the sentiment
#: models and `textkit.compare` read past them.
INVISIBLE_CHARS = "\u00ad\u180e\u200b\u200c\u200d\u2060\ufeff"
#: `INVISIBLE_CHARS` as a regular-expression class.
INVISIBLE_CLASS = f"[{INVISIBLE_CHARS}]"


class _LazyPattern:
    """Stands for ``re.compile(pattern, flags)`` and compiles it when one of its attributes is first read."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:  # only for attributes not yet stored: search, match, pattern ...
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = re.compile(*self._source)
        for attr in ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"):
            setattr(self, attr, getattr(compiled, attr))
        for attr in ("pattern", "flags", "groups", "groupindex"):
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self._source[0]!r}, {self._source[1]})"


def lazy_compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    r"""``re.compile(pattern, flags)``, compiled when the pattern is first used.

    Example:
        >>> year = lazy_compile(r"(\d{4})年")
        >>> year.search("抖音电商成立于2020年").group(1)
        '2020'
    """
    return cast("re.Pattern[str]", _LazyPattern(pattern, int(flags)))


#: `INVISIBLE_CLASS` compiled (on first use), one pattern for every module that reads past these characters.
INVISIBLE_RE = lazy_compile(INVISIBLE_CLASS)


def without_invisible(text: str) -> tuple[str, list[int]]:
    r"""``text`` without its `INVISIBLE_CHARS`, and for each character left its index in ``text``.

    For rules that read past the characters but report offsets in the user's text.

    Example:
        >>> without_invisible("北极\u200b星")
        ('北极星', [0, 1, 3])
    """
    where = [i for i, ch in enumerate(text) if ch not in INVISIBLE_CHARS]
    return "".join(text[i] for i in where), where
