"""Word segmentation with jieba, without touching jieba's global state.

Every `Segmenter` owns a private ``jieba.Tokenizer``: user words added to one never
reach another segmenter or ``jieba.lcut``. The tokenizer is built on first use,
not at construction or import, and jieba's prefix dictionary is built in memory
(no cache file is written to the temporary directory) and shared, read-only,
between segmenters that add no words of their own.

The cuts are jieba's, with one difference: jieba cuts every character outside Chinese and ASCII on its own,
and the segmenter joins letters of other scripts back into words (``Müller``, ``Москва``, full-width ``ＧＤＰ``;
`_join_letter_runs`).

``backend="rjieba"`` cuts with `rjieba <https://pypi.org/project/rjieba/>`_, the
Python binding of jieba-rs (a Rust port of jieba with the same dictionary and
HMM), on a private ``rjieba.Jieba`` instance. It is many times faster; its cuts
agree with jieba's on the great majority of tokens but not all (see
``docs/corpus.md`` and ``benchmarks/corpus.py``). jieba stays the default.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, TypeAlias, TypeVar

from .._regex import INVISIBLE_CHARS, INVISIBLE_CLASS, INVISIBLE_RE, lazy_compile
from ..errors import TextkitError, check_bool, check_choice, check_encodable, check_text, invalid_value
from ..lang_zh import load_stopwords
from ..preprocessing.html import warn_if_html
from .route import LogTable, best_route

if TYPE_CHECKING:
    import jieba
    import jieba.posseg
    import rjieba

__all__ = [
    "Segmenter",
    "StopwordsArg",
    "Token",
    "UserWord",
    "is_invisible",
    "is_punct",
    "resolve_stopwords",
    "segmenter_for",
    "tokenize",
]

_T = TypeVar("_T")

#: A user word: the word alone, or ``(word, freq)``, or ``(word, freq, pos_tag)``.
UserWord: TypeAlias = str | tuple[str, int | None] | tuple[str, int | None, str | None]
StopwordsArg: TypeAlias = Literal["default"] | Iterable[str] | None
#: The segmentation engines a `Segmenter` can use.
Backend: TypeAlias = Literal["jieba", "rjieba"]
_BACKENDS = ("jieba", "rjieba")
# jieba's own user-dictionary line format: "word [freq] [tag]".
_USERDICT_LINE = lazy_compile(r"^(.+?)( [0-9]+)?( [a-z]+)?$")

# How many distinct words a segmenter remembers the filter verdict of.
_MAX_VERDICTS = 500_000
# Tags of tokens jieba's dictionary does not list: numbers, Latin words; anything else is a new word ("nz").
_NUMBER_RE = lazy_compile(r"^[\d０-９.,:%％‰+\-/×~～]+$")
_LATIN_RE = lazy_compile(r"^[A-Za-z][A-Za-z0-9\-_.+]*$")
_INVISIBLE_RUN_RE = lazy_compile(INVISIBLE_CLASS + "+")
_DROP_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE_CHARS))


class Token(NamedTuple):
    r"""A token with its offsets in the text (``text[start:end] == word``) and its tag.

    An invisible character inside a word (a zero-width space, a soft hyphen: `textkit.normalize` drops them) is
    in ``text[start:end]`` but not in ``word``: ``北极\u200b星`` is the word ``北极星`` spanning 4 characters.

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


@lru_cache(maxsize=65536)
def is_punct(token: str) -> bool:
    """True when every character is punctuation or a math/currency/modifier symbol.

    Emoji and other symbols (``So``) are not punctuation: they carry meaning, e.g. sentiment.

    Example:
        >>> is_punct("，“"), is_punct("抖音"), is_punct("👍")
        (True, False, False)
    """
    return all(unicodedata.category(ch)[0] == "P" or unicodedata.category(ch) in ("Sm", "Sc", "Sk") for ch in token)


@lru_cache(maxsize=4096)
def is_invisible(token: str) -> bool:
    r"""True when every character is whitespace or shows nothing: a control or format character, a variation selector.

    ``"\x07"`` (a bell), ``"\u200b"`` (a zero-width space) and the ``"\ufe0f"`` that ``"❤️"`` ends with are such
    characters; a tokenizer drops them as it drops spaces.

    Example:
        >>> is_invisible("\u200b"), is_invisible("\x1b"), is_invisible("抖音"), is_invisible("")
        (True, True, False, False)
    """
    return bool(token) and all(
        ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf") or "\ufe00" <= ch <= "\ufe0f" for ch in token
    )


@lru_cache(maxsize=4)
def _base_dictionary(path: str | None) -> tuple[dict[str, int], int]:
    """Build jieba's prefix dictionary (word → frequency) and total, built once per dictionary file."""
    import jieba

    tokenizer = jieba.Tokenizer() if path is None else jieba.Tokenizer(path)
    try:
        freq, total = tokenizer.gen_pfdict(tokenizer.get_dict_file())
    except (OSError, ValueError, UnicodeDecodeError) as err:
        raise TextkitError(f"dictionary: {path}: not a readable jieba dictionary ({err})") from None
    if total <= 0:  # jieba would take log(0) at the first cut
        raise TextkitError(f"dictionary: {path}: holds no word with a positive frequency (lines 'word freq [tag]')")
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
    from pathlib import Path  # here, not at `import textkit` (pathlib imports urllib.parse and ipaddress)

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


def _stopword_set(stopwords: Iterable[str], name: str) -> frozenset[str]:
    """Validate an iterable of stopwords (not ``None`` or ``"default"``) and return it as a set."""
    if isinstance(stopwords, str):
        raise invalid_value(name, stopwords, "an iterable of words, not a single str")
    try:
        words = frozenset(stopwords)
    except TypeError:
        raise invalid_value(name, stopwords, "None, 'default' or an iterable of words") from None
    for word in words:
        if not isinstance(word, str):
            raise invalid_value(name, word, "words (str)")
    return words


def resolve_stopwords(stopwords: StopwordsArg, extra_stopwords: Iterable[str] = ()) -> frozenset[str]:
    """The stopword set an option names: textkit's one reading of ``stopwords`` and ``extra_stopwords``.

    Args:
        stopwords: ``None`` (no stopwords), ``"default"`` (`textkit.lang_zh.load_stopwords`) or an iterable
            of words.
        extra_stopwords: Words to add.

    Returns:
        The words to drop.

    Raises:
        TextkitError: ``stopwords`` is another string, or either is not an iterable of str.

    Example:
        >>> sorted(resolve_stopwords(None, ["抖音"])), "我们" in resolve_stopwords("default")
        (['抖音'], True)
    """
    if stopwords is None:
        base: frozenset[str] = frozenset()
    elif isinstance(stopwords, str):
        if stopwords != "default":
            raise invalid_value("stopwords", stopwords, "None, 'default' or an iterable of words")
        base = load_stopwords()
    else:
        base = _stopword_set(stopwords, "stopwords")
    if extra_stopwords is None:
        raise invalid_value("extra_stopwords", extra_stopwords, "an iterable of words")
    return base | _stopword_set(extra_stopwords, "extra_stopwords")


class Segmenter:
    r"""A reusable, picklable Chinese word segmenter built on its own ``jieba.Tokenizer``.

    Options are fixed at construction; the jieba tokenizer is built lazily on first
    use (about a second for jieba's dictionary, once per process) and is not pickled.

    Words are cut as if the invisible characters that scraped pages carry (zero-width spaces and joiners, soft
    hyphens, byte order marks) were not there: ``北极\u200b星指标`` gives ``北极星``, ``指标`` as ``北极星指标`` does,
    where jieba gives ``北极``, ``\u200b``, ``星``, ``指标``. One between two words is a token of its own, which
    ``keep_space`` keeps.

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
        keep_space: Keep whitespace tokens, and tokens of invisible characters only (control characters,
            zero-width spaces and joiners, byte order marks, variation selectors: `is_invisible`).
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
        self.stopwords = resolve_stopwords(stopwords, extra_stopwords)
        if isinstance(pos, str):
            pos = (pos,)
        self.pos: tuple[str, ...] | None = None if pos is None else tuple(pos)
        if self.pos is not None and (not self.pos or not all(isinstance(p, str) and p for p in self.pos)):
            raise invalid_value("pos", pos, "None or a non-empty iterable of jieba tag prefixes such as ('n', 'v')")
        self.hmm = check_bool("hmm", hmm)
        self.keep_punct = check_bool("keep_punct", keep_punct)
        self.keep_space = check_bool("keep_space", keep_space)
        paths = _normalize_paths("dictionary", dictionary)
        self.dictionary: str | None = paths[0] if paths else None
        if self.backend == "rjieba":
            if self.dictionary is not None:
                raise TextkitError(
                    "dictionary: a main dictionary is not supported with backend='rjieba' "
                    "(rjieba has no way to load one); use backend='jieba', or user_words/user_dict"
                )
            import importlib.util

            if importlib.util.find_spec("rjieba") is None:
                raise TextkitError(
                    "backend='rjieba' needs the rjieba package, which is not installed: "
                    "pip install 'textkit[rjieba]' (or pip install rjieba)"
                )
        import threading  # here, not at import (`import textkit` imports no thread machinery)

        self._lock = threading.Lock()
        self._tokenizer: jieba.Tokenizer | None = None
        self._rjieba: rjieba.Jieba | None = None
        self._tagger: jieba.posseg.POSTokenizer | None = None
        self._verdicts: dict[str, bool] = {}  # word -> kept by the filters? (a bounded cache)
        self._remembered = threading.local()  # the cuts kept inside `remembering_cuts`, per thread

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
        for key in ("_lock", "_tokenizer", "_tagger", "_verdicts", "_rjieba", "_remembered"):
            state.pop(key, None)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        import threading

        self.__dict__.update(state)
        self._lock = threading.Lock()
        self._tokenizer = None
        self._rjieba = None
        self._tagger = None
        self._verdicts = {}
        self._remembered = threading.local()

    def _once(self, attr: str, build: Callable[[], _T]) -> _T:
        """The engine kept in ``attr``, built by ``build`` the first time (once, whatever the threads)."""
        value: _T | None = getattr(self, attr)
        if value is None:
            with self._lock:
                value = getattr(self, attr)
                if value is None:
                    value = build()
                    setattr(self, attr, value)
        return value

    @property
    def tokenizer(self) -> jieba.Tokenizer:
        """This segmenter's own ``jieba.Tokenizer``, built on first access."""
        return self._once("_tokenizer", self._build_tokenizer)

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
        return self._once("_rjieba", self._build_rjieba)

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

    @contextmanager
    def remembering_cuts(self) -> Iterator[None]:
        """Within this block, cut each distinct text once: cutting it again reuses the words.

        For work that segments one long text several times: `textkit.compare` cuts the original once for its
        keywords and its word-level ROUGE. Only the calling thread remembers, and it forgets on leaving the
        block (the cuts of a 1M-character text take about 40 MB meanwhile). Results are the same as without.

        Example:
            >>> seg = Segmenter()
            >>> with seg.remembering_cuts():
            ...     seg.tokenize("抖音电商的增量价值") == [w for w, _ in seg.dictionary_tags("抖音电商的增量价值")]
            True
        """
        outer = getattr(self._remembered, "cuts", None)
        self._remembered.cuts = {} if outer is None else outer
        try:
            yield
        finally:
            self._remembered.cuts = outer

    def _cut(self, text: str) -> Iterable[str]:
        memo: dict[str, list[str]] | None = getattr(self._remembered, "cuts", None)
        if memo is not None:
            words = memo.get(text)
            if words is None:
                words = memo[text] = list(self._fresh_cut(text))
            return words
        return self._fresh_cut(text)

    def _fresh_cut(self, text: str) -> Iterable[str]:
        if INVISIBLE_RE.search(text):  # cut as if they were not there: 北极\u200b星 is one word
            visible = INVISIBLE_RE.sub("", text)
            words = list(self._visible_cut(visible))
            if "".join(words) == visible:
                return _pieces(text, words)
        return self._visible_cut(text)

    def _visible_cut(self, text: str) -> Iterable[str]:
        if self.backend == "rjieba":
            words: Iterable[str] = self.rjieba_tokenizer.cut(check_encodable(text), self.hmm)
        else:
            words = _jieba_cut(self.tokenizer, text, self.hmm)
        return _join_letter_runs(words) if _OTHER_LETTER_RE.search(text) else words

    @property
    def tagger(self) -> jieba.posseg.POSTokenizer:
        """A ``jieba.posseg.POSTokenizer`` over this segmenter's tokenizer, built on first access."""
        import jieba.posseg

        tokenizer = self.tokenizer  # built first: the lock is not re-entrant
        return self._once("_tagger", lambda: jieba.posseg.POSTokenizer(tokenizer))

    # -- segmentation ------------------------------------------------------------------------

    def _keep(self, word: str) -> bool:
        if not self.keep_space and (not word or word.isspace() or is_invisible(word)):
            return False
        if not self.keep_punct and is_punct(word.strip() or word) and not word.isspace():
            return False
        return not (self.stopwords and (word in self.stopwords or word.lower() in self.stopwords))

    def _visible_pairs(self, text: str) -> Iterable[tuple[str, str]]:
        """`_raw_pairs` with each word `_visible`."""
        if INVISIBLE_RE.search(text):
            return [(_visible(w), tag) for w, tag in self._raw_pairs(text)]
        return self._raw_pairs(text)

    def _raw_pairs(self, text: str) -> Iterator[tuple[str, str]]:
        """``(word, tag)`` pairs whose words are pieces of ``text``, invisible characters read past as `_cut` does."""
        if INVISIBLE_RE.search(text):
            visible = INVISIBLE_RE.sub("", text)
            pairs = list(self._tagged_pairs(visible))
            if "".join(w for w, _ in pairs) == visible:
                tags = iter([tag for _, tag in pairs])
                for piece in _pieces(text, [w for w, _ in pairs]):
                    yield piece, "x" if _INVISIBLE_RUN_RE.fullmatch(piece) else next(tags)
                return
        yield from self._tagged_pairs(text)

    def _tagged_pairs(self, text: str) -> Iterator[tuple[str, str]]:
        if self.backend == "rjieba":
            pairs: Iterable[tuple[str, str]] = self.rjieba_tokenizer.tag(text, self.hmm)
        else:
            pairs = ((pair.word, pair.flag) for pair in self.tagger.cut(text, HMM=self.hmm))
        if not _OTHER_LETTER_RE.search(text):
            yield from pairs
            return
        words: list[str] = []
        tags: list[str] = []
        for word, tag in pairs:
            words.append(word)
            tags.append(tag)
        joined = _join_letter_runs(words)
        if len(joined) == len(words):
            yield from zip(words, tags, strict=True)
        else:  # a word of another script was cut into letters and joined again: tag it as a new word would be
            i = 0
            for word in joined:
                n = 1 if word == words[i] else _count_parts(word, words, i)
                yield word, tags[i] if n == 1 else _guess_tag(word)
                i += n

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
            return [w for w, tag in self._visible_pairs(text) if self._pos_ok(tag) and self._keep(w)]
        verdicts = self._verdicts
        out: list[str] = []
        append = out.append
        words = self._cut(text)
        if INVISIBLE_RE.search(text):
            words = [_visible(w) for w in words]
        for word in words:
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
        return [(w, tag) for w, tag in self._visible_pairs(text) if self._pos_ok(tag) and self._keep(w)]

    def spans(self, text: str, *, with_pos: bool = False) -> list[Token]:
        """Cut ``text`` into `Token` records with character offsets, applying the filters.

        Args:
            text: The text.
            with_pos: Also tag each token (slower; uses ``jieba.posseg``).

        Returns:
            Tokens with ``text[token.start:token.end] == token.word``, but for invisible characters inside a word:
            ``text[token.start:token.end]`` holds them, ``token.word`` does not (`Token`).

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
        hidden = INVISIBLE_RE.search(text) is not None
        out: list[Token] = []
        pos = 0
        for word, tag in pairs:
            # jieba yields every character in order, so each word starts where the last ended.
            start = pos if text.startswith(word, pos) else max(text.find(word, pos), pos)
            end = start + len(word)
            pos = end
            if hidden:
                word = _visible(word)
            if (tag is None or self._pos_ok(tag)) and self._keep(word):
                out.append(Token(word, start, end, tag if with_pos else None))
        return out

    def dictionary_tags(self, text: str) -> list[tuple[str, str]]:
        """Cut ``text`` into every token, each with the tag jieba's dictionary gives it, without filtering.

        The fast path for keyword extraction: tags are looked up in the dictionary, not inferred by
        ``jieba.posseg``'s HMM (about six times slower, and it changes few keywords). Words the dictionary does
        not list are ``nz`` (new words, user words without a tag), ``m`` (numbers), ``eng`` (Latin words) or
        ``x`` (punctuation, space). Stopwords and punctuation are kept: the tokens cover the text without gaps,
        but for its invisible characters (zero-width spaces, soft hyphens: `Segmenter`), which are read past.
        With ``backend="rjieba"`` or a ``pos`` filter the tags come from `tag`'s tagger instead, and a token
        the ``pos`` filter drops is replaced by a ``("...", "x")`` token spanning the gap.

        Example:
            >>> Segmenter().dictionary_tags("抖音电商,增长30%")
            [('抖音', 'nz'), ('电商', 'n'), (',', 'x'), ('增长', 'v'), ('30%', 'm')]
        """
        check_text(text)
        if not text:
            return []
        if self.backend == "jieba" and self.pos is None:
            tagger = self.tagger
            tagger.makesure_userdict_loaded()
            table: dict[str, str] = tagger.word_tag_tab
            user = {word for word, _, _ in self.user_words}
            words = self._cut(text)
            if INVISIBLE_RE.search(text):  # read past, not a gap: 姿态\u200b控制 is still one phrase
                words = [_visible(w) for w in words if not _INVISIBLE_RUN_RE.fullmatch(w)]
            return [(w, "nz" if w in user and w not in table else table.get(w) or _guess_tag(w)) for w in words]
        # Other engines, or a segmenter that filters by tag: its own tagged spans; a token it filters out
        # leaves a gap, which ends a phrase like punctuation does.
        gapped: list[tuple[str, str]] = []
        end = 0
        for token in self.spans(text, with_pos=True):
            if token.start > end and not _INVISIBLE_RUN_RE.fullmatch(text[end : token.start]):
                gapped.append((text[end : token.start], "x"))
            if not _INVISIBLE_RUN_RE.fullmatch(token.word):
                gapped.append((token.word, token.pos or _guess_tag(token.word)))
            end = token.end
        return gapped

    def knows(self, word: str) -> bool:
        """Whether ``word`` is in this segmenter's dictionary (jieba's, plus its user words and dictionaries).

        Example:
            >>> Segmenter().knows("电商"), Segmenter().knows("北极星指标")
            (True, False)
        """
        return bool(self.tokenizer.FREQ.get(check_text(word, "word")))


def _pieces(text: str, words: list[str]) -> list[str]:
    """``text`` cut where ``words``, the words of ``text`` without its invisible characters (`INVISIBLE_CLASS`), end.

    Each word comes back as the piece of ``text`` it was read from, the invisible characters inside it included;
    an invisible character between two words is a piece of its own.
    """
    hidden = [m.start() for m in INVISIBLE_RE.finditer(text)]
    out: list[str] = []
    k = shift = seen = 0  # next hidden character, hidden characters passed, visible characters passed
    for word in words:
        while k < len(hidden) and hidden[k] <= seen + shift:  # before the word
            out.append(text[hidden[k]])
            k += 1
            shift += 1
        start = seen + shift
        seen += len(word)
        while k < len(hidden) and hidden[k] < seen + shift:  # inside it
            k += 1
            shift += 1
        out.append(text[start : seen + shift])
    out.extend(text[i] for i in hidden[k:])
    return out


def _visible(word: str) -> str:
    """``word`` without the invisible characters inside it, or ``word`` itself when it is nothing else."""
    return word.translate(_DROP_INVISIBLE) or word


def _guess_tag(word: str) -> str:
    """The tag of a token jieba's dictionary does not list."""
    if word.isspace() or is_punct(word) or is_invisible(word):
        return "x"
    if _NUMBER_RE.match(word):
        return "m"
    if _LATIN_RE.match(word):
        return "eng"
    return "nz"


# A character `_join_letter_runs` may join: a word character that is neither ASCII nor Chinese, or a combining
# accent. Most Chinese text holds none, and its cut is left as jieba's without looking at each token.
_OTHER_LETTER_RE = lazy_compile(
    r"[^\W\x00-\x7f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]|[\u0300-\u036f]"
)


@lru_cache(maxsize=65536)
def _letter_kind(ch: str) -> str:
    """How ``ch`` continues a word across one of jieba's cuts (`_join_letter_runs`).

    ``"ascii"`` for an ASCII letter or digit, ``"latin"`` for another Latin letter (``é``, full-width ``Ｇ``) or a
    combining mark, ``"other"`` for a letter or digit of another script (``ע``, ``Д``, ``あ``, ``α``), ``""`` for
    anything else: Chinese characters (jieba's dictionary decides where their words end), punctuation, symbols,
    emoji and spaces.
    """
    if ch < "\x80":
        return "ascii" if ch.isalnum() else ""
    if "\u3400" <= ch <= "\u4dbf" or "\u4e00" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or ch >= "\U00020000":
        return ""
    category = unicodedata.category(ch)
    if category[0] == "M" or (category[0] == "L" and "LATIN" in unicodedata.name(ch, "")):
        return "latin"
    return "other" if category[0] == "L" or category == "Nd" else ""


def _join_letter_runs(words: Iterable[str]) -> list[str]:
    """Join back the words of other scripts that jieba cuts letter by letter.

    jieba's blocks (``re_han_default``) hold Chinese characters and ASCII letters and digits; every other
    character is cut on its own, so ``עברית``, ``Москва``, ``ありがとう``, full-width ``ＧＤＰ`` and the ``é`` of
    ``café`` come out letter by letter. Two neighbouring tokens are joined again when the characters on both
    sides of the cut are letters, combining marks or digits (`_letter_kind`), not both ASCII (jieba's own cuts,
    ``iPhone`` ``15``, stay), and, next to an ASCII one, Latin: a Greek letter stays apart from the ASCII it
    follows, as jieba cuts it (``PPAR`` ``α``, ``50`` ``μ`` ``g``), while ``Δλ`` is one word. Chinese
    characters, emoji, symbols, punctuation and spaces are never joined.

    Example:
        >>> _join_letter_runs(["她", "说", "ע", "ב", "ר", "י", "ת", "和", "caf", "é", "，", "Ｇ", "Ｄ", "Ｐ", "增长"])
        ['她', '说', 'עברית', '和', 'café', '，', 'ＧＤＰ', '增长']
        >>> _join_letter_runs(["PPAR", "α", "和", "Δ", "λ"])
        ['PPAR', 'α', '和', 'Δλ']
    """
    out: list[str] = []
    end = ""  # the kind of the last token's last character
    for word in words:
        if not word:
            continue
        if end and _joined(end, _letter_kind(word[0])):
            out[-1] += word
        else:
            out.append(word)
        last = word[-1]
        end = "" if "\u4e00" <= last <= "\u9fff" else _letter_kind(last)
    return out


def _joined(left: str, right: str) -> bool:
    """Whether a cut between characters of these `_letter_kind` kinds is undone."""
    if not left or not right or left == right == "ascii":
        return False
    return "ascii" not in (left, right) or "latin" in (left, right)


def _count_parts(joined: str, words: list[str], i: int) -> int:
    """How many of ``words`` from ``i`` on `_join_letter_runs` joined into ``joined``."""
    n, length = 0, 0
    while length < len(joined):
        length += len(words[i + n])
        n += 1
    return n


def _jieba_cut(tokenizer: jieba.Tokenizer, text: str, hmm: bool) -> Iterator[str]:
    """``tokenizer.cut(text, HMM=hmm)``, word for word, about a quarter faster.

    jieba's accurate mode, step for step: the text is split into blocks of Chinese characters, Latin letters
    and digits (``jieba.re_han_default``) and the rest (whitespace runs whole, other characters one by one);
    each block is cut along the most probable path through its dictionary words, ties going to the longer last
    word as in jieba's ``max``; with ``hmm``, runs of single characters that are not a word are cut by jieba's
    own HMM (``jieba.finalseg``), without it runs of single Latin letters or digits are joined. The fast part:
    the path is found in one backward pass, without building jieba's dict of word ends (its DAG) and a
    generator per character, and each word's log probability is computed once per call (the same float:
    ``log(freq) - log(total)``).
    """
    import jieba

    tokenizer.check_initialized()
    freq: dict[str, int] = tokenizer.FREQ
    table = LogTable(freq=freq, total=tokenizer.total)  # filled as words are looked up, during this call only
    han, skip = jieba.re_han_default, jieba.re_skip_default
    for block in han.split(text):
        if not block:
            continue
        if han.match(block):
            yield from _cut_block(block, freq, table, hmm)
        else:
            for piece in skip.split(block):
                if skip.match(piece):
                    yield piece
                else:
                    yield from piece


def _cut_block(block: str, freq: dict[str, int], table: LogTable, hmm: bool) -> list[str]:
    """One block of `_jieba_cut`: jieba's ``__cut_DAG`` (``hmm``) or ``__cut_DAG_NO_HMM``."""
    from jieba import finalseg, re_eng

    n = len(block)
    ends = best_route(block, table)
    get = freq.get
    out: list[str] = []
    buf = ""
    x = 0
    if not hmm:
        while x < n:
            y = ends[x]
            word = block[x:y]
            if y - x == 1 and re_eng.match(word):
                buf += word
            else:
                if buf:
                    out.append(buf)
                    buf = ""
                out.append(word)
            x = y
        if buf:
            out.append(buf)
        return out
    while x < n:
        y = ends[x]
        if y - x == 1:
            buf += block[x]
        else:
            if buf:
                _flush(buf, get, finalseg, out)
                buf = ""
            out.append(block[x:y])
        x = y
    if buf:
        _flush(buf, get, finalseg, out)
    return out


def _flush(buf: str, get: Callable[[str], int | None], finalseg: Any, out: list[str]) -> None:
    """A run of single characters in jieba's HMM mode: alone, cut by the HMM when not a word, else one by one."""
    if len(buf) == 1:
        out.append(buf)
    elif not get(buf):
        out.extend(finalseg.cut(buf))
    else:
        out.extend(buf)


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


def segmenter_for(
    segmenter: Segmenter | None = None,
    *,
    user_words: Iterable[UserWord] | None = None,
    stopwords: StopwordsArg = None,
    extra_stopwords: Iterable[str] = (),
    pos: Iterable[str] | None = None,
    hmm: bool = True,
    keep_punct: bool = False,
    keep_space: bool = False,
    backend: Backend = "jieba",
) -> Segmenter:
    """The `Segmenter` a convenience function cuts with: ``segmenter`` itself, or one built from the options.

    Functions that take both a ``segmenter=`` and segmentation options (`tokenize`, `textkit.keywords` ...)
    call this, so the options mean the same everywhere. Segmenters for the same options are built once per
    process and reused: the 16 most recently used sets of options are kept (LRU). One with user words of its own
    holds a copy of jieba's dictionary, about 15 MB and 13 ms to build, so the cache stays under about 250 MB.

    Args:
        segmenter: A `Segmenter` you built; then every option must be left at its default.
        user_words: As for `Segmenter`.
        stopwords: As for `Segmenter`.
        extra_stopwords: As for `Segmenter`.
        pos: As for `Segmenter`.
        hmm: As for `Segmenter`.
        keep_punct: As for `Segmenter`.
        keep_space: As for `Segmenter`.
        backend: As for `Segmenter`.

    Returns:
        The segmenter.

    Raises:
        TextkitError: ``segmenter`` is not a `Segmenter`, both it and options were given, or an option is not
            allowed.

    Example:
        >>> segmenter_for(user_words=["全域兴趣电商"]) is segmenter_for(user_words=["全域兴趣电商"])
        True
    """
    if segmenter is not None:
        if not isinstance(segmenter, Segmenter):
            raise invalid_value("segmenter", segmenter, "None or a textkit.Segmenter")
        changed = (
            stopwords is not None
            or (extra_stopwords is not None and not isinstance(extra_stopwords, str) and tuple(extra_stopwords))
            or user_words is not None
            or pos is not None
            or not hmm
            or keep_punct
            or keep_space
            or backend != "jieba"
        )
        if changed:
            raise TextkitError("pass either segmenter= or segmentation options, not both")
        return segmenter
    if isinstance(stopwords, str) or stopwords is None:
        stop_key: Any = stopwords
    else:
        stop_key = tuple(sorted(_stopword_set(stopwords, "stopwords")))
    if isinstance(pos, str):
        pos = (pos,)
    key = (
        None if user_words is None else _normalize_user_words(user_words),
        stop_key,
        tuple(sorted(resolve_stopwords(None, extra_stopwords))),
        None if pos is None else tuple(pos),
        hmm,
        keep_punct,
        keep_space,
        check_choice("backend", backend, _BACKENDS),
    )
    try:
        hash(key)
    except TypeError:
        raise invalid_value("pos", pos, "None or an iterable of jieba tag prefixes such as ('n', 'v')") from None
    return _cached_segmenter(key)


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
    and reused within the process (see `segmenter_for`). Pass ``segmenter=`` to use one
    you built (with user dictionary files, say); the other options must then be left
    at their defaults.

    Args:
        text: The text.
        stopwords: ``None`` (keep all words), ``"default"`` (textkit's list, see
            `textkit.lang_zh.load_stopwords`) or an iterable of words to drop.
        extra_stopwords: Words to drop in addition to ``stopwords``.
        user_words: Words to keep whole (see `Segmenter`).
        pos: Keep only words whose part-of-speech tag starts with one of these.
        hmm: Use jieba's HMM for words missing from its dictionary.
        keep_punct: Keep punctuation tokens.
        keep_space: Keep whitespace tokens, and tokens of invisible characters only (control characters,
            zero-width spaces and joiners, byte order marks, variation selectors: `is_invisible`).
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
    check_text(text)
    seg = segmenter_for(
        segmenter,
        user_words=user_words,
        stopwords=stopwords,
        extra_stopwords=extra_stopwords,
        pos=pos,
        hmm=hmm,
        keep_punct=keep_punct,
        keep_space=keep_space,
        backend=backend,
    )
    if isinstance(text, str):
        warn_if_html(text, "tokenize")
    return seg.tokenize(text)
