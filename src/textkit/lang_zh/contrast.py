"""Chinese contrast and concession: which part of a sentence carries its verdict.

In ``虽然质量不错，但是太贵了`` and ``服务很好，就是价格太贵`` the clause after the contrast word is the verdict and
what comes before it is conceded. The default sentiment model weakens the conceded part (`concession_weights`).

- `CONTRAST_MARKERS`: words that, at the start of a clause, turn the sentence (``但是``, ``就是``, ``可惜`` ...):
  everything before them in the sentence is conceded.
- `CONCESSIVE_OPENERS`: words that, at the start of a clause, concede that clause (``虽然``, ``尽管`` ...).

A marker counts only at the start of a clause (after ``，``, ``；``, a space or the sentence's start), so ``不但``,
``但愿`` in mid-clause or ``这就是`` do not turn anything. All words were written for textkit (MIT).
"""

from __future__ import annotations

__all__ = ["CLAUSE_BREAKS", "CONCESSIVE_OPENERS", "CONTRAST_MARKERS", "SENTENCE_ENDS", "concession_weights"]

#: Words that turn a sentence when they open a clause; what precedes them in the sentence is conceded.
CONTRAST_MARKERS: tuple[str, ...] = (
    "但是", "但", "可是", "就是", "可惜", "不过", "然而", "只是", "只不过", "遗憾的是", "美中不足的是", "唯一的缺点是",
)  # fmt: skip

#: Words that concede the clause they open (``虽然贵，…``).
CONCESSIVE_OPENERS: tuple[str, ...] = ("虽然", "虽说", "虽", "尽管", "固然")

#: Characters that end a sentence (a contrast never reaches across them).
SENTENCE_ENDS = frozenset("。.！!？?\n…")

#: Characters that end a clause inside a sentence.
CLAUSE_BREAKS = frozenset("，,；;：:、 ~～")

_MARKERS = tuple(sorted(CONTRAST_MARKERS, key=len, reverse=True))
_OPENERS = tuple(sorted(CONCESSIVE_OPENERS, key=len, reverse=True))


def concession_weights(text: str, conceded: float) -> list[float]:
    """For each character of ``text``, ``conceded`` if it lies in a conceded part of its sentence, else 1.0.

    Conceded: everything in a sentence before a clause that opens with a word of `CONTRAST_MARKERS`, and a clause
    that opens with a word of `CONCESSIVE_OPENERS`. The markers themselves are not conceded.

    Example:
        >>> w = concession_weights("虽然质量不错，但是太贵了", 0.5)
        >>> "".join("c" if x < 1 else "." for x in w)
        'ccccccc.....'
    """
    n = len(text)
    weights = [1.0] * n
    sentence_start = 0
    i = 0
    while i < n:
        ch = text[i]
        if ch in SENTENCE_ENDS:
            sentence_start = i + 1
            i += 1
            continue
        if i == sentence_start or text[i - 1] in CLAUSE_BREAKS:
            marker = next((m for m in _MARKERS if text.startswith(m, i)), "")
            if marker and i > sentence_start:
                for j in range(sentence_start, i):
                    weights[j] = conceded
                i += len(marker)
                continue
            opener = next((m for m in _OPENERS if text.startswith(m, i)), "")
            if opener:
                j = i
                while j < n and text[j] not in CLAUSE_BREAKS and text[j] not in SENTENCE_ENDS:
                    weights[j] = conceded
                    j += 1
                i = j
                continue
        i += 1
    return weights
