"""The text units the summary check compares: clauses, character bigrams, squashed text.

Both texts are NFKC-normalised and lower-cased first, so full-width letters and digits match their ASCII forms.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["bigrams", "clauses", "normalize_for_match", "spaced", "squash"]

_CLAUSE_RE = re.compile(r"[^\W_]+", re.UNICODE)


def normalize_for_match(text: str) -> str:
    """NFKC-normalise and lower-case ``text`` (full-width ``ＧＤＰ`` and ``gdp`` match)."""
    return unicodedata.normalize("NFKC", text).lower()


def clauses(text: str) -> list[str]:
    """Runs of letters, digits and Chinese characters: punctuation and spaces split them.

    Example:
        >>> clauses("抖音电商，ＧＭＶ增长！")
        ['抖音电商', 'gmv增长']
    """
    return _CLAUSE_RE.findall(normalize_for_match(text))


def bigrams(text: str) -> set[str]:
    """The character bigrams of each clause (a one-character clause is its own unit)."""
    grams: set[str] = set()
    for clause in clauses(text):
        if len(clause) == 1:
            grams.add(clause)
        grams.update(clause[i : i + 2] for i in range(len(clause) - 1))
    return grams


def squash(text: str) -> str:
    """The clauses joined without punctuation or spaces."""
    return "".join(clauses(text))


def spaced(text: str) -> str:
    """Clauses separated by spaces, for character n-grams that do not cross punctuation."""
    return " ".join(clauses(text))
