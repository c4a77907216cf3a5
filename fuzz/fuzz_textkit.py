"""Coverage-guided fuzzing of textkit's input boundary with atheris.

Usage::

    python fuzz/fuzz_textkit.py TARGET [libFuzzer args]

with TARGET one of ``read_text``, ``extract_article``, ``split_sentences``, e.g.::

    python fuzz/fuzz_textkit.py split_sentences fuzz/corpus/split_sentences \
        -max_total_time=180 -rss_limit_mb=2048 -timeout=20

Every input must give a defined result or raise `textkit.TextkitError`; any other
exception, or a broken invariant (an `AssertionError` raised by a ``check_*``
function), is a crash.

The ``check_*`` and ``one_input`` functions do not need atheris: when it is not
installed, `ReplayProvider` (a pure-Python copy of the parts of
``atheris.FuzzedDataProvider`` used here, same byte layout) turns a saved input into
the same arguments, so ``tests/reliability/test_fuzz_regressions.py`` replays the corpus and
the reproducers in ``make test``.
"""

from __future__ import annotations

import atexit
import datetime
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

try:
    import atheris
except ImportError:  # replay without atheris (tests)
    atheris = None

if __name__ == "__main__" and atheris is not None:
    with atheris.instrument_imports(include=["textkit"]):
        import textkit
else:
    import textkit

from textkit.errors import TextkitError

TARGETS = ("read_text", "extract_article", "split_sentences")

# ------------------------------------------------------------------------------------------
# A pure-Python FuzzedDataProvider (the subset used here), byte for byte like atheris 2.x/3.x:
# strings and bytes are taken from the front of the input, integers from the back.
# ------------------------------------------------------------------------------------------


class ReplayProvider:
    """Turn bytes into values exactly as ``atheris.FuzzedDataProvider`` does (the methods used here)."""

    def __init__(self, data: bytes) -> None:
        self._data = bytes(data)
        self._pos = 0  # front cursor
        self._remaining = len(self._data)

    def remaining_bytes(self) -> int:
        """Bytes not yet consumed."""
        return self._remaining

    def _advance(self, n: int) -> None:
        if n > self._remaining:
            self._remaining = 0
        else:
            self._pos += n
            self._remaining -= n

    def ConsumeBool(self) -> bool:  # noqa: N802 - atheris's name
        """One byte from the front; its low bit."""
        if not self._remaining:
            return False
        value = bool(self._data[self._pos] & 1)
        self._advance(1)
        return value

    def ConsumeBytes(self, count: int) -> bytes:  # noqa: N802
        """Up to ``count`` bytes from the front."""
        n = min(count, self._remaining)
        out = self._data[self._pos : self._pos + n]
        self._advance(n)
        return out

    def _small_int(self, bits: int, span: int) -> int:
        result, offset = 0, 0
        while offset < bits and (span >> offset) > 0 and self._remaining:
            self._remaining -= 1
            result = (result << 8) | self._data[self._pos + self._remaining]
            offset += 8
        return result if span == 2**64 - 1 else result % (span + 1)

    def ConsumeIntInRange(self, lo: int, hi: int) -> int:  # noqa: N802
        """An int in ``[lo, hi]`` from bytes at the back (ranges below 2**64 only)."""
        span = hi - lo
        assert 0 <= span < 2**64
        return lo + self._small_int(span.bit_length(), span)

    def PickValueInList(self, values: Sequence[Any]) -> Any:  # noqa: N802
        """One of ``values`` (fewer than 256 of them), chosen by a byte at the back."""
        assert 0 < len(values) <= 255
        return values[self._small_int(8, len(values) - 1)]

    def _unicode(self, count: int, no_surrogates: bool) -> str:
        if count == 0 or self._remaining == 0:
            return ""
        if self._remaining == 1:
            self._advance(1)
            return ""
        spec = self._data[self._pos]
        self._advance(1)
        start = self._pos
        if spec & 1:  # ASCII
            n = min(count, self._remaining)
            self._advance(n)
            return "".join(chr(b & 0x7F) for b in self._data[start : start + n])
        if spec & 2:  # UTF-16 code units, little-endian
            n = min(count * 2, self._remaining)
            units = [int.from_bytes(self._data[i : i + 2], "little") for i in range(start, start + (n & ~1), 2)]
            if no_surrogates:
                units = [u - 0xD800 if 0xD800 <= u < 0xE000 else u for u in units]
            self._advance(n)
            return "".join(map(chr, units))
        n = min(count * 4, self._remaining)  # 21-bit code points in 32-bit chunks
        points = []
        for i in range(start, start + (n & ~3), 4):
            cp = int.from_bytes(self._data[i : i + 4], "little") & 0x1FFFFF
            if cp & 0x100000:
                cp &= ~0x0F0000
            if no_surrogates and 0xD800 <= cp < 0xE000:
                cp -= 0xD800
            points.append(cp)
        self._advance(n)
        return "".join(map(chr, points))

    def ConsumeUnicode(self, count: int) -> str:  # noqa: N802
        """Up to ``count`` characters (lone surrogates possible)."""
        return self._unicode(count, no_surrogates=False)

    def ConsumeUnicodeNoSurrogates(self, count: int) -> str:  # noqa: N802
        """Up to ``count`` characters, no lone surrogates."""
        return self._unicode(count, no_surrogates=True)


def _provider(data: bytes) -> Any:
    return atheris.FuzzedDataProvider(data) if atheris is not None else ReplayProvider(data)


# ------------------------------------------------------------------------------------------
# Building inputs: free Unicode, or a mix of tokens that textkit's patterns care about.
# ------------------------------------------------------------------------------------------

# Codec names a user might pass: real text codecs, aliases, non-text codecs, nonsense.
CODECS = [
    "utf-8",
    "utf-8-sig",
    "utf-16",
    "utf-16-le",
    "utf-32",
    "gb18030",
    "gbk",
    "gb2312",
    "big5",
    "big5hkscs",
    "hz",
    "latin-1",
    "cp1252",
    "ascii",
    "utf-7",
    "idna",
    "punycode",
    "raw_unicode_escape",
    "unicode_escape",
    "undefined",
    "base64",
    "rot13",
    "hex",
    "zlib",
    "no-such-codec",
    "",
]

# Codecs with a known, reported bug, left out of a run to look for other bugs past them:
# TEXTKIT_FUZZ_SKIP_CODECS=zlib,undefined python fuzz/fuzz_textkit.py read_text ...
SKIP_CODECS = frozenset(filter(None, os.environ.get("TEXTKIT_FUZZ_SKIP_CODECS", "").split(",")))

TOKENS = [
    "。",
    "！",
    "？",
    "!",
    "?",
    ".",
    "...",
    "……",
    "…",
    "；",
    ";",
    "，",
    ",",
    "”",
    "“",
    "」",
    "）",
    ")",
    "】",
    "'",
    '"',
    " ",
    "  ",
    "\t",
    "\n",
    "\r\n",
    "\r",
    "\u2028",
    "\u3000",
    "\u00a0",
    "\u200b",
    "\ufeff",
    "\x00",
    "\x0b",
    "\x85",
    "\ud800",
    "😀",
    "𠀀𪚥",
    "Ａ１",
    "3.14",
    "v2.0",
    "example.com",
    "https://www.example.com/a?b=1",
    "www.douyin.com",
    "抖音电商的增量价值",
    "抖音的增量价值就是让用户寻找信息更高效,这是抖音电商的基础",
    "兴趣电商",
    "他说:",
    "繁體中文的測試文本",
    "首页",
    " > ",
    "新闻中心",
    "当前位置:",
    "作者:",
    "作者 ",
    "小王",
    "来源:",
    "记者 张三",
    "编辑:",
    "原创 ",
    "2023-12-21",
    "2023年2月30日",
    "1999/13/40",
    "10:30",
    "3小时前",
    "阅读:417",
    "阅读 1.2万",
    "分享到",
    "微信 微博 QQ",
    "点个赞",
    "上一篇:",
    "下一篇",
    "版权所有",
    "© 2023",
    "ICP备12345678号",
    "扫码关注",
    "a.jpg",
    "图片来源:",
    "▲",
    "END",
    "（完）",
    "地址:",
    "电话:010-12345678",
    "13812345678",
    "400-123-4567",
    "北京 上海 广州 深圳",
    "A 安徽",
    "海淀区",
    "网友评论",
    "2楼",
    "回复",
    "相关阅读",
    "推荐阅读:",
    "1、",
    "第一章",
    "本文作者",
    "<p>",
    "</p>",
    "<br>",
    "<div>",
    "</div>",
    '<div class="nav">',
    '<div id="comment-list">',
    '<div class="share_bar">',
    "<nav>",
    "</nav>",
    "<aside>",
    "<footer>",
    "<article>",
    "</article>",
    "<main>",
    "<h1>",
    "</h1>",
    "<title>",
    "</title>",
    '<a href="/x">',
    "</a>",
    "<figcaption>",
    "<pre>",
    "</pre>",
    "<script>",
    "</script>",
    "<style>",
    "<!--",
    "-->",
    "<table><tr><td>",
    "<li>",
    '<meta name="author" content="',
    '<meta property="article:published_time" content="',
    '<time datetime="',
    '">',
    "&amp;",
    "&nbsp;",
    "&#x0;",
    "&#55296;",
    "<![CDATA[",
    "<",
    ">",
    "<<<<",
]


def _text(fdp: Any, *, max_chars: int = 4096) -> str:
    """A text: free Unicode (with or without lone surrogates) or a sequence of tokens and short free runs."""
    mode = fdp.ConsumeIntInRange(0, 3)
    if mode == 0:
        return str(fdp.ConsumeUnicodeNoSurrogates(max_chars))
    if mode == 1:
        return str(fdp.ConsumeUnicode(max_chars))
    parts: list[str] = []
    size = 0
    while fdp.remaining_bytes() and size < max_chars:
        if mode == 3 and fdp.ConsumeIntInRange(0, 7) == 0:
            part = str(fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(1, 12)))
        else:
            part = str(fdp.PickValueInList(TOKENS))
        parts.append(part)
        size += len(part)
    return "".join(parts)


# ------------------------------------------------------------------------------------------
# Contracts: a defined result or a TextkitError, and cheap invariants from the docstrings.
# ------------------------------------------------------------------------------------------

_tmpdir: str | None = None


def _scratch_dir() -> str:
    global _tmpdir
    if _tmpdir is None:
        _tmpdir = tempfile.mkdtemp(prefix="textkit-fuzz-")
        atexit.register(shutil.rmtree, _tmpdir, True)
    return _tmpdir


def _outcome(call: Callable[[], Any]) -> tuple[bool, Any]:
    """(True, result) or (False, the TextkitError's message); any other exception propagates."""
    try:
        return True, call()
    except TextkitError as err:
        return False, str(err)


def check_decode(
    data: bytes, *, encoding: str | None = None, max_bytes: int | None = None, max_line_chars: int | None = None
) -> str | None:
    """Check `decode_bytes`, `read_text` and `stream_text` on ``data``; return the text or None (refused).

    ``max_line_chars=None`` streams with the default piece size.
    """
    ok, text = _outcome(lambda: textkit.io.decode_bytes(data, encoding=encoding))
    if ok:
        assert isinstance(text, str), type(text)
        text.encode("utf-8")  # a lone surrogate would break every later step (UnicodeEncodeError = crash)
        if encoding is None and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
            try:
                plain = data.decode("utf-8")
            except UnicodeDecodeError:
                plain = None
            assert plain is None or text == plain, "valid UTF-8 must be read as UTF-8"
    path = os.path.join(_scratch_dir(), "input.txt")
    with open(path, "wb") as handle:
        handle.write(data)
    file_ok, file_text = _outcome(lambda: textkit.io.read_text(path, encoding=encoding, max_bytes=max_bytes))
    if max_bytes is not None and len(data) > max_bytes:
        assert not file_ok and "max_bytes" in file_text, "a file above max_bytes must be refused"
        return text if ok else None
    assert file_ok == ok, f"read_text and decode_bytes disagree: {file_text!r} / {text!r}"
    if ok:
        assert file_text == text, "read_text and decode_bytes decode differently"
    stream = getattr(textkit.io, "stream_text", None)
    if stream is not None:
        # Documented: "".join(stream_text(path)) == read_text(path); pieces are at most max_line_chars long.
        options = {} if max_line_chars is None else {"max_line_chars": max_line_chars}
        pieces: list[str] = []
        try:
            for piece in stream(path, encoding=encoding, **options):
                pieces.append(piece)
        except TextkitError as err:
            assert not ok, f"stream_text refuses what read_text reads: {err}"
        else:
            assert ok, f"stream_text reads what read_text refuses: {file_text}"
            assert "".join(pieces) == text, "stream_text and read_text give different texts"
            assert all(piece for piece in pieces), "stream_text yields an empty piece"
            if max_line_chars is not None:
                assert all(len(piece) <= max_line_chars for piece in pieces), "a piece is longer than max_line_chars"
    return text if ok else None


_DATE_OUT = re.compile(r"\d{4}-\d{2}-\d{2}")


def check_article(text: str, *, html: str = "auto") -> textkit.preprocessing.Article | None:
    """Check `textkit.extract_article` on ``text``; return the article or None (refused)."""
    ok, article = _outcome(lambda: textkit.preprocessing.extract_article(text, html=html))  # type: ignore[arg-type]
    if not ok:
        return None
    assert isinstance(article, textkit.preprocessing.Article)
    assert article.source in ("text", "html")
    assert article.body == "\n".join(line.text for line in article.body_lines)
    for value in (article.title, article.author):
        assert value is None or (isinstance(value, str) and value.strip() == value and value), repr(value)
    if article.date is not None:
        assert _DATE_OUT.fullmatch(article.date), article.date
        datetime.date.fromisoformat(article.date)  # a real calendar date (ValueError = crash)
    # A record with kept=True notes a doubtful line that stayed in the body (issue 17): it repeats a body line.
    dropped = [r for r in article.removed if not r.kept]
    numbers = sorted([b.line for b in article.body_lines] + [r.line for r in dropped])
    assert len(set(numbers)) == len(numbers), "a line is both kept and removed (or listed twice)"
    kept_lines = {b.line for b in article.body_lines}
    assert all(r.line in kept_lines for r in article.removed if r.kept), "a kept record names no body line"
    assert all(0.0 <= r.confidence <= 1.0 and (r.confidence < 0.5) == r.kept for r in article.removed)
    assert [b.line for b in article.body_lines] == sorted(b.line for b in article.body_lines)
    assert [r.line for r in article.removed] == sorted(r.line for r in article.removed), "removed not in page order"
    for r in article.removed:
        assert r.reason in textkit.preprocessing.REASONS, r.reason
    for line_text in [b.text for b in article.body_lines] + [r.text for r in article.removed]:
        assert line_text and line_text == line_text.strip(), repr(line_text)
    if article.source == "text":
        # Body and removed lines are the input's lines after `normalize(width=False)` and space collapsing,
        # and together they are every non-blank line.
        prepared = textkit.normalize(text, width=False).split("\n") if text else []
        expected = {
            i: re.sub(r"[ \t]+", " ", content).strip() for i, content in enumerate(prepared, start=1) if content.strip()
        }
        got = {b.line: b.text for b in article.body_lines} | {r.line: r.text for r in article.removed}
        assert got == expected, "body + removed must be exactly the non-blank normalised input lines"
        titles = [r.text for r in article.removed if r.reason == "title"]
        assert titles == ([article.title] if article.title is not None else []), (titles, article.title)
    return article


def check_sentences(text: str, *, semicolon: bool = False) -> list[str] | None:
    """Check `textkit.split_sentences` and `sentence_spans` on ``text``; return the sentences or None."""
    ok, sentences = _outcome(lambda: textkit.segmentation.split_sentences(text, semicolon=semicolon))
    if not ok:
        return None
    spans = textkit.segmentation.sentence_spans(text, semicolon=semicolon)
    assert [s.text for s in spans] == sentences
    pos = 0
    for span in spans:
        assert span.text, "empty sentence"
        assert span.text == span.text.strip(), repr(span.text)
        assert text[span.start : span.end] == span.text, "offsets do not match the text"
        assert span.start >= pos, "sentences overlap or are out of order"
        pos = span.end
        assert not any(ch in span.text for ch in "\n\r\u2028\u2029"), "a sentence spans a line break"
        assert re.search(r"\w", span.text), f"bare punctuation as a sentence: {span.text!r}"
    return list(sentences)


# ------------------------------------------------------------------------------------------
# libFuzzer entry points (also used to replay saved inputs).
# ------------------------------------------------------------------------------------------


def fuzz_read_text(data: bytes) -> None:
    """Options from the back of the input, the file's bytes from the front."""
    fdp = _provider(data)
    encoding = None if fdp.ConsumeIntInRange(0, 3) else fdp.PickValueInList(CODECS)
    if encoding in SKIP_CODECS:
        encoding = None
    max_bytes = None if fdp.ConsumeIntInRange(0, 7) else fdp.ConsumeIntInRange(0, 4096)
    max_line_chars = fdp.ConsumeIntInRange(0, 64) or None
    payload = fdp.ConsumeBytes(fdp.remaining_bytes())
    check_decode(payload, encoding=encoding, max_bytes=max_bytes, max_line_chars=max_line_chars)


def fuzz_extract_article(data: bytes) -> None:
    """An ``html`` option and a text (free Unicode or tokens of pages, markup included)."""
    fdp = _provider(data)
    html = fdp.PickValueInList(["auto", "always", "never"])
    check_article(_text(fdp), html=html)


def fuzz_split_sentences(data: bytes) -> None:
    """A ``semicolon`` option and a text."""
    fdp = _provider(data)
    semicolon = fdp.ConsumeIntInRange(0, 1) == 1
    check_sentences(_text(fdp), semicolon=semicolon)


ENTRY_POINTS: dict[str, Callable[[bytes], None]] = {
    "read_text": fuzz_read_text,
    "extract_article": fuzz_extract_article,
    "split_sentences": fuzz_split_sentences,
}


def encode_input(target: str, value: str | bytes, *, option: int = 0, encoding: str | None = None) -> bytes:
    """The fuzzer input that makes ``target`` see ``value`` (for seed files).

    For ``read_text`` the bytes are the file, read with ``encoding`` (one of `CODECS`)
    and no ``max_bytes``;
    for the text targets the text is sent as free Unicode (UTF-16 form, so no more
    than 4,096 BMP characters) and ``option`` picks ``html`` (0 auto, 1 always,
    2 never) or ``semicolon`` (0 or 1). Options sit at the end of the input.
    """
    if target == "read_text":
        assert isinstance(value, bytes)
        if encoding is None:
            return value + b"\x00\x01\x01"  # read backwards: encoding=None (1 % 4 != 0), max_bytes=None, default
        return value + bytes([0, 1, CODECS.index(encoding), 0])  # encoding chosen, its index, max_bytes=None, default
    assert isinstance(value, str) and len(value) <= 4096 and all(ord(ch) < 0xD800 or ord(ch) >= 0xE000 for ch in value)
    assert all(ord(ch) <= 0xFFFF for ch in value), "UTF-16 form: BMP characters only"
    return b"\x02" + value.encode("utf-16-le") + b"\x00" + bytes([option])  # text mode 0, then the option


def one_input(target: str, data: bytes) -> None:
    """Run one saved input through ``target``'s entry point."""
    ENTRY_POINTS[target](data)


def main(argv: list[str]) -> None:
    """``fuzz_textkit.py TARGET [libFuzzer args]``."""
    if len(argv) < 2 or argv[1] not in ENTRY_POINTS:
        sys.exit(f"usage: {Path(argv[0]).name} {{{'|'.join(TARGETS)}}} [libFuzzer args]")
    if atheris is None:
        sys.exit("atheris is not installed: pip install 'atheris>=2.3'")
    target = argv[1]
    atheris.Setup([argv[0], *argv[2:]], ENTRY_POINTS[target])
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
