"""Word segmentation with jieba, without touching jieba's global state.

Every `Segmenter` owns a private ``jieba.Tokenizer``: user words added to one never
reach another segmenter or ``jieba.lcut``. The tokenizer is built on first use,
not at construction or import, and jieba's prefix dictionary is built in memory
(no cache file is written to the temporary directory) and shared, read-only,
between segmenters that add no words of their own.

``backend="rjieba"`` cuts with `rjieba <https://pypi.org/project/rjieba/>`_, the
Python binding of jieba-rs (a Rust port of jieba with the same dictionary and
HMM), on a private ``rjieba.Jieba`` instance. It is many times faster; its cuts
agree with jieba's on the great majority of tokens but not all (see
``docs/corpus.md`` and ``benchmarks/corpus.py``). jieba stays the default.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, TypeAlias

from .errors import TextkitError, check_choice, check_encodable, check_text, invalid_value

if TYPE_CHECKING:
    import jieba
    import jieba.posseg
    import rjieba

__all__ = ["Segmenter", "Token", "load_stopwords", "tokenize"]

logger = logging.getLogger(__name__)

#: A user word: the word alone, or ``(word, freq)``, or ``(word, freq, pos_tag)``.
UserWord: TypeAlias = str | tuple[str, int | None] | tuple[str, int | None, str | None]
StopwordsArg: TypeAlias = Literal["default"] | Iterable[str] | None
#: The segmentation engines a `Segmenter` can use.
Backend: TypeAlias = Literal["jieba", "rjieba"]
_BACKENDS = ("jieba", "rjieba")
# jieba's own user-dictionary line format: "word [freq] [tag]".
_USERDICT_LINE = re.compile(r"^(.+?)( [0-9]+)?( [a-z]+)?$")

# How many distinct words a segmenter remembers the filter verdict of.
_MAX_VERDICTS = 500_000

_STOPWORD_FILES = ("stopwords_zh_iso.txt", "stopwords_zh_textkit.txt")


class Token(NamedTuple):
    """A token with its offsets in the text (``text[start:end] == word``) and its tag.

    ``pos`` is jieba's part-of-speech tag (``n``, ``v``, ``nr`` ...) or ``None`` when
    tags were not asked for.

    Example:
        >>> Segmenter().spans("抖音电商")[0]
        Token(word='抖音', start=0, end=2, pos=None)
    """

    word: str
    start: int
    end: int
    pos: str | None = None


@lru_cache(maxsize=1)
def load_stopwords() -> frozenset[str]:
    """Return textkit's default Chinese stopword list.

    It is the union of the stopwords-iso Chinese list (MIT) and textkit's own
    additions of function words and fillers (``非常``, ``已经``, ``进行`` ...); see
    ``textkit/resources/README.md`` for provenance.

    Returns:
        The stopwords.

    Example:
        >>> stop = load_stopwords()
        >>> "我们" in stop, "非常" in stop, "电商" in stop
        (True, True, False)
    """
    words: set[str] = set()
    base = resources.files("textkit.resources")
    for name in _STOPWORD_FILES:
        for line in base.joinpath(name).read_text(encoding="utf-8").splitlines():
            word = line.strip()
            if word and not word.startswith("#"):
                words.add(word)
    return frozenset(words)


@lru_cache(maxsize=65536)
def _is_punct(token: str) -> bool:
    """True when every character is punctuation or a math/currency/modifier symbol.

    Emoji and other symbols (``So``) are kept: they carry meaning, e.g. sentiment.
    """
    return all(unicodedata.category(ch)[0] == "P" or unicodedata.category(ch) in ("Sm", "Sc", "Sk") for ch in token)


@lru_cache(maxsize=4)
def _base_dictionary(path: str | None) -> tuple[dict[str, int], int]:
    """Build jieba's prefix dictionary (word → frequency) and total, built once per dictionary file."""
    import jieba

    tokenizer = jieba.Tokenizer() if path is None else jieba.Tokenizer(path)
    try:
        freq, total = tokenizer.gen_pfdict(tokenizer.get_dict_file())
    except (OSError, ValueError, UnicodeDecodeError) as err:
        raise TextkitError(f"dictionary: {path}: not a readable jieba dictionary ({err})") from None
    return freq, total


def _normalize_user_words(user_words: Iterable[UserWord] | None) -> tuple[tuple[str, int | None, str | None], ...]:
    if user_words is None:
        return ()
    if isinstance(user_words, (str, bytes)):
        raise invalid_value("user_words", user_words, "an iterable of words, e.g. ['抖音电商', '东方甄选']")
    out: list[tuple[str, int | None, str | None]] = []
    for item in user_words:
        if isinstance(item, str):
            word, freq, tag = item, None, None
        elif isinstance(item, tuple) and 1 <= len(item) <= 3 and isinstance(item[0], str):
            word = item[0]
            freq = item[1] if len(item) > 1 else None
            tag = item[2] if len(item) > 2 else None
            if freq is not None and (not isinstance(freq, int) or isinstance(freq, bool) or freq < 0):
                raise invalid_value(
                    "user_words", item, "words or (word, freq[, tag]) tuples with freq a non-negative int"
                )
            if tag is not None and not isinstance(tag, str):
                raise invalid_value("user_words", item, "words or (word, freq[, tag]) tuples with tag a str")
        else:
            raise invalid_value("user_words", item, "a word (str) or a (word, freq[, tag]) tuple")
        word = word.strip()
        if not word or any(ch.isspace() for ch in word):
            raise invalid_value("user_words", item, "non-empty words without whitespace")
        out.append((word, freq, tag))
    return tuple(out)


def _normalize_paths(name: str, value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    items = [value] if isinstance(value, (str, os.PathLike)) else list(value)
    paths: list[str] = []
    for item in items:
        if not isinstance(item, (str, os.PathLike)):
            raise invalid_value(name, item, "a path or a list of paths to jieba dictionary files")
        path = Path(item)
        if not path.is_file():
            raise TextkitError(f"{name}: {path}: no such file")
        paths.append(str(path.resolve()))
    return tuple(paths)


def _stopword_set(stopwords: Iterable[str], name: str = "stopwords") -> frozenset[str]:
    """Validate an iterable of stopwords (not ``None`` or ``"default"``) and return it as a set."""
    try:
        words = frozenset(stopwords)
    except TypeError:
        raise invalid_value(name, stopwords, "None, 'default' or an iterable of words") from None
    for word in words:
        if not isinstance(word, str):
            raise invalid_value(name, word, "words (str)")
    return words


def _normalize_stopwords(stopwords: StopwordsArg, extra: Iterable[str]) -> frozenset[str]:
    if isinstance(extra, str):
        raise invalid_value("extra_stopwords", extra, "an iterable of words, not a single str")
    if stopwords is None:
        base: frozenset[str] = frozenset()
    elif isinstance(stopwords, str):
        if stopwords != "default":
            raise invalid_value("stopwords", stopwords, "None, 'default' or an iterable of words")
        base = load_stopwords()
    else:
        base = _stopword_set(stopwords)
    return base | _stopword_set(extra, "extra_stopwords")


class Segmenter:
    """A reusable, picklable Chinese word segmenter built on its own ``jieba.Tokenizer``.

    Options are fixed at construction; the jieba tokenizer is built lazily on first
    use (about a second for jieba's dictionary, once per process) and is not pickled.

    Args:
        user_words: Words jieba should keep whole, as ``"东方甄选"``, ``("东方甄选", 100)``
            or ``("东方甄选", None, "nz")`` (word, frequency, part-of-speech tag).
        user_dict: A path, or paths, to jieba user dictionary files (``word [freq] [tag]``
            per line).
        stopwords: ``None`` (keep every word, the default), ``"default"`` (textkit's
            Chinese list, see `load_stopwords`) or your own iterable of words.
        extra_stopwords: Words to drop in addition to ``stopwords``.
        pos: Keep only words whose jieba part-of-speech tag starts with one of these
            prefixes (``("n", "v")`` keeps ``n``, ``nr``, ``ns``, ``v``, ``vn`` ...).
            Tagging uses ``jieba.posseg``, which is slower and can cut slightly
            differently from plain segmentation.
        hmm: Let jieba's HMM join characters of words missing from its dictionary.
        keep_punct: Keep punctuation tokens (``，``, ``“``, ``...``).
        keep_space: Keep whitespace tokens.
        dictionary: A main dictionary file to use instead of jieba's default.
        backend: ``"jieba"`` (the default) or ``"rjieba"``, the faster Rust port
            (``pip install "textkit[rjieba]"``). With ``"rjieba"``, user words, user
            dictionaries, stopwords and ``pos`` work (tags come from jieba-rs and can
            differ from ``jieba.posseg``'s); ``dictionary=`` is not supported.

    Raises:
        TextkitError: An option is not allowed, a file is missing, or
            ``backend="rjieba"`` without rjieba installed or with ``dictionary=``.

    Example:
        >>> seg = Segmenter(user_words=["全域兴趣电商"])
        >>> seg.tokenize("抖音电商升级为全域兴趣电商。")
        ['抖音', '电商', '升级', '为', '全域兴趣电商']
    """

    def __init__(
        self,
        *,
        user_words: Iterable[UserWord] | None = None,
        user_dict: str | os.PathLike[str] | Iterable[str | os.PathLike[str]] | None = None,
        stopwords: StopwordsArg = None,
        extra_stopwords: Iterable[str] = (),
        pos: Iterable[str] | None = None,
        hmm: bool = True,
        keep_punct: bool = False,
        keep_space: bool = False,
        dictionary: str | os.PathLike[str] | None = None,
        backend: Backend = "jieba",
    ) -> None:
        self.backend: Backend = check_choice("backend", backend, _BACKENDS)  # type: ignore[assignment]
        self.user_words = _normalize_user_words(user_words)
        self.user_dict = _normalize_paths("user_dict", user_dict)
        self.stopwords = _normalize_stopwords(stopwords, extra_stopwords)
        if isinstance(pos, str):
            pos = (pos,)
        self.pos: tuple[str, ...] | None = None if pos is None else tuple(pos)
        if self.pos is not None and (not self.pos or not all(isinstance(p, str) and p for p in self.pos)):
            raise invalid_value("pos", pos, "None or a non-empty iterable of jieba tag prefixes such as ('n', 'v')")
        for name, flag in (("hmm", hmm), ("keep_punct", keep_punct), ("keep_space", keep_space)):
            if not isinstance(flag, bool):
                raise invalid_value(name, flag, "True or False")
        self.hmm = hmm
        self.keep_punct = keep_punct
        self.keep_space = keep_space
        paths = _normalize_paths("dictionary", dictionary)
        self.dictionary: str | None = paths[0] if paths else None
        if self.backend == "rjieba":
            if self.dictionary is not None:
                raise TextkitError(
                    "dictionary: a main dictionary is not supported with backend='rjieba' "
                    "(rjieba has no way to load one); use backend='jieba', or user_words/user_dict"
                )
            if importlib.util.find_spec("rjieba") is None:
                raise TextkitError(
                    "backend='rjieba' needs the rjieba package, which is not installed: "
                    "pip install 'textkit[rjieba]' (or pip install rjieba)"
                )
        self._lock = threading.Lock()
        self._tokenizer: jieba.Tokenizer | None = None
        self._rjieba: rjieba.Jieba | None = None
        self._tagger: jieba.posseg.POSTokenizer | None = None
        self._verdicts: dict[str, bool] = {}  # word -> kept by the filters? (a bounded cache)

    # -- construction, pickling ------------------------------------------------------------

    def __repr__(self) -> str:
        parts = []
        if self.user_words:
            parts.append(f"user_words=<{len(self.user_words)} words>")
        if self.user_dict:
            parts.append(f"user_dict={list(self.user_dict)!r}")
        if self.stopwords:
            parts.append(f"stopwords=<{len(self.stopwords)} words>")
        if self.pos is not None:
            parts.append(f"pos={self.pos!r}")
        for name, default in (("hmm", True), ("keep_punct", False), ("keep_space", False)):
            if getattr(self, name) != default:
                parts.append(f"{name}={getattr(self, name)!r}")
        if self.dictionary:
            parts.append(f"dictionary={self.dictionary!r}")
        if self.backend != "jieba":
            parts.append(f"backend={self.backend!r}")
        return f"Segmenter({', '.join(parts)})"

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        for key in ("_lock", "_tokenizer", "_tagger", "_verdicts", "_rjieba"):
            state.pop(key, None)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        state.setdefault("backend", "jieba")  # pickled before backends existed
        self.__dict__.update(state)
        self._lock = threading.Lock()
        self._tokenizer = None
        self._rjieba = None
        self._tagger = None
        self._verdicts = {}

    @property
    def tokenizer(self) -> jieba.Tokenizer:
        """This segmenter's own ``jieba.Tokenizer``, built on first access."""
        if self._tokenizer is None:
            with self._lock:
                if self._tokenizer is None:
                    self._tokenizer = self._build_tokenizer()
        return self._tokenizer

    def _build_tokenizer(self) -> jieba.Tokenizer:
        import jieba

        base_freq, total = _base_dictionary(self.dictionary)
        tokenizer = jieba.Tokenizer() if self.dictionary is None else jieba.Tokenizer(self.dictionary)
        own_words = bool(self.user_words or self.user_dict)
        # Segmenters without words of their own share the read-only base dictionary.
        tokenizer.FREQ = dict(base_freq) if own_words else base_freq
        tokenizer.total = total
        tokenizer.initialized = True
        for path in self.user_dict:
            try:
                tokenizer.load_userdict(path)
            except (ValueError, UnicodeDecodeError) as err:
                raise TextkitError(f"user_dict: {path}: not a jieba dictionary file ({err})") from None
        for word, freq, tag in self.user_words:
            tokenizer.add_word(word, freq, tag)
        return tokenizer

    @property
    def rjieba_tokenizer(self) -> rjieba.Jieba:
        """This segmenter's own ``rjieba.Jieba`` (``backend="rjieba"`` only), built on first access.

        Raises:
            TextkitError: The segmenter's backend is not ``"rjieba"``.
        """
        if self.backend != "rjieba":
            raise TextkitError(
                f"Segmenter.rjieba_tokenizer: this segmenter's backend is {self.backend!r}, not 'rjieba'"
            )
        if self._rjieba is None:
            with self._lock:
                if self._rjieba is None:
                    self._rjieba = self._build_rjieba()
        return self._rjieba

    def _build_rjieba(self) -> rjieba.Jieba:
        try:
            import rjieba
        except ImportError:  # pragma: no cover - checked in __init__
            raise TextkitError("backend='rjieba' needs the rjieba package: pip install 'textkit[rjieba]'") from None

        engine = rjieba.Jieba()
        for path in self.user_dict:
            for word, freq, tag in _read_user_dict(path):
                engine.add_word(word, freq, tag)
        for word, freq, tag in self.user_words:
            engine.add_word(word, freq, tag)
        return engine

    def _cut(self, text: str) -> Iterable[str]:
        if self.backend == "rjieba":
            return self.rjieba_tokenizer.cut(check_encodable(text), self.hmm)
        words: Iterable[str] = self.tokenizer.cut(text, HMM=self.hmm)
        return words

    @property
    def tagger(self) -> jieba.posseg.POSTokenizer:
        """A ``jieba.posseg.POSTokenizer`` over this segmenter's tokenizer, built on first access."""
        if self._tagger is None:
            tokenizer = self.tokenizer
            with self._lock:
                if self._tagger is None:
                    import jieba.posseg

                    self._tagger = jieba.posseg.POSTokenizer(tokenizer)
        return self._tagger

    # -- segmentation ------------------------------------------------------------------------

    def _keep(self, word: str) -> bool:
        if not self.keep_space and (not word or word.isspace()):
            return False
        if not self.keep_punct and _is_punct(word.strip() or word) and not word.isspace():
            return False
        return not (self.stopwords and (word in self.stopwords or word.lower() in self.stopwords))

    def _raw_pairs(self, text: str) -> Iterator[tuple[str, str]]:
        if self.backend == "rjieba":
            yield from self.rjieba_tokenizer.tag(text, self.hmm)
            return
        for pair in self.tagger.cut(text, HMM=self.hmm):
            yield pair.word, pair.flag

    def _pos_ok(self, tag: str) -> bool:
        return self.pos is None or tag.startswith(self.pos)

    def tokenize(self, text: str) -> list[str]:
        """Cut ``text`` into words, applying this segmenter's filters.

        Args:
            text: The text.

        Returns:
            The words in order of appearance.

        Raises:
            TextkitError: ``text`` is not a string.

        Example:
            >>> Segmenter(stopwords="default").tokenize("我们非常关注用户体验")
            ['关注', '用户', '体验']
        """
        check_text(text)
        if not text:
            return []
        if self.pos is not None:
            return [w for w, tag in self._raw_pairs(text) if self._pos_ok(tag) and self._keep(w)]
        verdicts = self._verdicts
        out: list[str] = []
        append = out.append
        for word in self._cut(text):
            keep = verdicts.get(word)
            if keep is None:
                keep = self._keep(word)
                if len(verdicts) < _MAX_VERDICTS:
                    verdicts[word] = keep
            if keep:
                append(word)
        return out

    def tag(self, text: str) -> list[tuple[str, str]]:
        """Cut ``text`` into ``(word, part-of-speech tag)`` pairs, applying the filters.

        Tags are jieba's (ICTCLAS-style): ``n`` noun, ``v`` verb, ``a`` adjective,
        ``nr`` person name, ``ns`` place name, ``eng`` Latin word, ``x`` other.

        Example:
            >>> Segmenter().tag("魏雯雯做客混沌")
            [('魏雯雯', 'nr'), ('做客', 'n'), ('混沌', 'a')]
        """
        check_text(text)
        if not text:
            return []
        return [(w, tag) for w, tag in self._raw_pairs(text) if self._pos_ok(tag) and self._keep(w)]

    def spans(self, text: str, *, with_pos: bool = False) -> list[Token]:
        """Cut ``text`` into `Token` records with character offsets, applying the filters.

        Args:
            text: The text.
            with_pos: Also tag each token (slower; uses ``jieba.posseg``).

        Returns:
            Tokens with ``text[token.start:token.end] == token.word``.

        Example:
            >>> [tuple(t) for t in Segmenter().spans("抖音电商,北极星指标")]
            [('抖音', 0, 2, None), ('电商', 2, 4, None), ('北极星', 5, 8, None), ('指标', 8, 10, None)]
        """
        check_text(text)
        if not text:
            return []
        tagged = with_pos or self.pos is not None
        untagged = ((w, None) for w in self._cut(text))
        pairs: Iterable[tuple[str, str | None]] = self._raw_pairs(text) if tagged else untagged
        out: list[Token] = []
        pos = 0
        for word, tag in pairs:
            # jieba yields every character in order, so each word starts where the last ended.
            start = pos if text.startswith(word, pos) else max(text.find(word, pos), pos)
            end = start + len(word)
            pos = end
            if (tag is None or self._pos_ok(tag)) and self._keep(word):
                out.append(Token(word, start, end, tag if with_pos else None))
        return out


def _read_user_dict(path: str) -> Iterator[tuple[str, int | None, str | None]]:
    """Parse a jieba user dictionary (``word [freq] [tag]`` per line) the way jieba does."""
    try:
        with open(path, "rb") as handle:
            for number, raw in enumerate(handle, 1):
                try:
                    line = raw.decode("utf-8").strip().lstrip("\ufeff")
                except UnicodeDecodeError:
                    raise TextkitError(f"user_dict: {path}: line {number} is not UTF-8") from None
                if not line:
                    continue
                match = _USERDICT_LINE.match(line)
                if match is None:  # pragma: no cover - the pattern matches any non-empty line
                    continue
                word, freq, tag = match.groups()
                yield word.strip(), int(freq) if freq else None, tag.strip() if tag else None
    except OSError as err:
        raise TextkitError(f"user_dict: {path}: cannot be read ({err.strerror or err})") from None


@lru_cache(maxsize=16)
def _cached_segmenter(key: tuple[Any, ...]) -> Segmenter:
    user_words, stopwords, extra, pos, hmm, keep_punct, keep_space, backend = key
    return Segmenter(
        user_words=user_words,
        stopwords=stopwords,
        extra_stopwords=extra,
        pos=pos,
        hmm=hmm,
        keep_punct=keep_punct,
        keep_space=keep_space,
        backend=backend,
    )


def tokenize(
    text: str,
    *,
    stopwords: StopwordsArg = None,
    extra_stopwords: Iterable[str] = (),
    user_words: Iterable[UserWord] | None = None,
    pos: Iterable[str] | None = None,
    hmm: bool = True,
    keep_punct: bool = False,
    keep_space: bool = False,
    backend: Backend = "jieba",
    segmenter: Segmenter | None = None,
) -> list[str]:
    """Cut a Chinese text into words.

    A convenience over `Segmenter`: segmenters for the same options are built once
    and reused within the process. Pass ``segmenter=`` to use one you built (with
    user dictionary files, say); the other options must then be left at their
    defaults.

    Args:
        text: The text.
        stopwords: ``None`` (keep all words), ``"default"`` (textkit's Chinese list)
            or an iterable of words to drop.
        extra_stopwords: Words to drop in addition to ``stopwords``.
        user_words: Words to keep whole (see `Segmenter`).
        pos: Keep only words whose part-of-speech tag starts with one of these.
        hmm: Use jieba's HMM for words missing from its dictionary.
        keep_punct: Keep punctuation tokens.
        keep_space: Keep whitespace tokens.
        backend: ``"jieba"`` (the default) or ``"rjieba"`` (faster; see `Segmenter`).
        segmenter: A `Segmenter` to use instead of the options above.

    Returns:
        The words in order of appearance.

    Raises:
        TextkitError: ``text`` is not a string, or an option is not allowed.

    Example:
        >>> tokenize("抖音电商的增量价值是什么?")
        ['抖音', '电商', '的', '增量', '价值', '是', '什么']
        >>> tokenize("抖音电商的增量价值是什么?", stopwords="default")
        ['抖音', '电商', '增量', '价值']
    """
    if segmenter is not None:
        if not isinstance(segmenter, Segmenter):
            raise invalid_value("segmenter", segmenter, "None or a textkit.Segmenter")
        changed = (
            stopwords is not None
            or tuple(extra_stopwords)
            or user_words is not None
            or pos is not None
            or not hmm
            or keep_punct
            or keep_space
            or backend != "jieba"
        )
        if changed:
            raise TextkitError("tokenize: pass either segmenter= or segmentation options, not both")
        return segmenter.tokenize(text)
    check_text(text)
    if isinstance(stopwords, str) or stopwords is None:
        stop_key: Any = stopwords
    else:
        stop_key = tuple(sorted(_stopword_set(stopwords)))
    if isinstance(extra_stopwords, str):
        raise invalid_value("extra_stopwords", extra_stopwords, "an iterable of words, not a single str")
    if isinstance(pos, str):
        pos = (pos,)
    key = (
        None if user_words is None else _normalize_user_words(user_words),
        stop_key,
        tuple(sorted(set(extra_stopwords))),
        None if pos is None else tuple(pos),
        hmm,
        keep_punct,
        keep_space,
        check_choice("backend", backend, _BACKENDS),
    )
    try:
        hash(key)
    except TypeError:
        raise invalid_value("stopwords", stopwords, "words (str)") from None
    return _cached_segmenter(key).tokenize(text)
