"""Reading text files whose encoding nobody wrote down.

Chinese text arrives as UTF-8, UTF-8 with a byte-order mark, UTF-16 (Windows
"Unicode"), GB18030/GBK/GB2312 (mainland Windows) or Big5 (Taiwan, Hong Kong).
`read_text` decodes each of them strictly: a byte it cannot decode is an error,
never silently dropped or replaced. `stream_text` does the same for files too large
to hold in memory, a line at a time.
"""

from __future__ import annotations

import codecs
import os
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..errors import TextkitError, check_int, invalid_value
from .encoding import BOM_EATERS, check_codec, decode_bytes, detect_codec, try_decode

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ["DEFAULT_MAX_BYTES", "DEFAULT_MAX_LINE_CHARS", "SNIFF_BYTES", "detect_encoding", "read_text", "stream_text"]

#: Files larger than this are refused by `read_text` unless ``max_bytes`` says otherwise.
DEFAULT_MAX_BYTES = 512 * 1024 * 1024

#: How many bytes from the start of a file `detect_encoding` looks at.
SNIFF_BYTES = 1 << 20

#: `stream_text` splits lines longer than this many characters.
DEFAULT_MAX_LINE_CHARS = 1 << 20

_BLOCK_BYTES = 1 << 20

_LINE_BREAKS = "\n。！？!?；;\u3000 \t"  # where an over-long line is preferably split (after the character)


def read_text(
    path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> str:
    """Read a text file, detecting its encoding when none is given.

    Detection order: a byte-order mark (UTF-8, UTF-16, UTF-32), then strict UTF-8;
    otherwise each of GB18030 (GBK, GB2312), Big5 / Big5-HKSCS, Shift-JIS, EUC-JP,
    EUC-KR / CP949, Latin-1 / CP1252 and UTF-16 without a mark that decodes the bytes
    strictly is scored for how plausible its text is, and the likeliest reading is
    used only when it is clearly ahead (see `textkit.io.encoding`). When it is not
    (a few characters can be read several ways), the file is refused with an error
    naming the candidate encodings: pass ``encoding=`` then. Line endings are kept
    as they are.

    Args:
        path: The file to read.
        encoding: A Python codec name to use instead of detecting one. Decoding is
            still strict.
        max_bytes: Refuse files larger than this many bytes (``None`` for no limit),
            so that a wrong path to a huge file fails fast instead of filling memory.
            For files that large, `stream_text` reads a line at a time instead.

    Returns:
        The decoded text, without a byte-order mark.

    Raises:
        TextkitError: The file is missing, is a directory, is larger than
            ``max_bytes``, looks binary, cannot be decoded (the message names the
            first byte that does not decode) or could be in more than one encoding
            (the message names the candidates); the message names the file.

    Example:
        >>> import tempfile, pathlib
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "gbk.txt"
        >>> _ = path.write_bytes("抖音电商的增量价值".encode("gbk"))
        >>> read_text(path)
        '抖音电商的增量价值'
    """
    if encoding is not None:
        check_codec(encoding)
    check_int("max_bytes", max_bytes, low=0, allow_none=True)
    file, size = _check_file(path)
    too_big = (
        f"more than max_bytes={max_bytes or 0:,}; stream it a line at a time with textkit.stream_text(path), "
        "or pass a larger max_bytes (or None) to read it whole"
    )
    if max_bytes is not None and size > max_bytes:
        raise TextkitError(f"{file}: is {size:,} bytes, {too_big}")
    try:
        with file.open("rb") as handle:
            # At most one byte past the limit, whatever size the file reports (/dev/zero reports 0).
            data = handle.read() if max_bytes is None else handle.read(max_bytes + 1)
    except OSError as err:
        raise TextkitError(f"{file}: cannot be read ({err.strerror or err})") from None
    if max_bytes is not None and len(data) > max_bytes:
        raise TextkitError(f"{file}: holds {too_big}")
    return decode_bytes(data, encoding=encoding, source=str(file))


def stream_text(
    path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    max_line_chars: int = DEFAULT_MAX_LINE_CHARS,
) -> Iterator[str]:
    r"""Read a text file of any size a line at a time, detecting its encoding.

    The streaming counterpart of `read_text`, for files too large to hold in
    memory: memory stays bounded by about one line (at most ``max_line_chars``
    characters) plus a 1 MiB read buffer, whatever the size of the file. The
    encoding is detected from the first MiB with `detect_encoding` (the same
    rules as `read_text`) unless ``encoding`` is given, and decoding is strict:
    a byte that does not decode raises an error naming the file and the byte's
    offset, after the lines before it have been yielded.

    Each item is one line with its line ending (``"\n"`` or ``"\r\n"``; the last
    line may have none), so ``"".join(stream_text(path))`` equals
    ``read_text(path)``. A line longer than ``max_line_chars`` (one enormous line
    with no breaks) is yielded in pieces of at most that many characters, cut
    after a sentence end (。！？!?；;) or a space where one falls in the second
    half of the piece, else at exactly ``max_line_chars``.

    Args:
        path: The file to read.
        encoding: A Python codec name to use instead of detecting one.
        max_line_chars: The longest piece yielded, in characters (at least 1).

    Returns:
        An iterator over the file's lines. Arguments are checked and the encoding
        detected when it is called; the file is read as the iterator is consumed.

    Raises:
        TextkitError: The file is missing, is a directory, looks binary, or cannot
            be decoded; the message names the file and says why.

    Example:
        >>> import tempfile, pathlib
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "gbk.txt"
        >>> _ = path.write_bytes("抖音电商\n增量价值\n".encode("gbk"))
        >>> list(stream_text(path))
        ['抖音电商\n', '增量价值\n']
        >>> [len(piece) for piece in stream_text(path, max_line_chars=3)]
        [3, 2, 3, 2]
    """
    if encoding is not None:
        check_codec(encoding)
    check_int("max_line_chars", max_line_chars, low=1)
    file, _ = _check_file(path)
    codec = encoding if encoding is not None else detect_encoding(file)
    return _stream_lines(file, codec, max_line_chars)


def detect_encoding(path: str | os.PathLike[str], *, sniff_bytes: int = SNIFF_BYTES) -> str:
    """The codec `read_text` would use for a file, judged from its first ``sniff_bytes``.

    The rules are `read_text`'s (byte-order mark, UTF-8, then the most plausible
    of GB18030, Big5, Big5-HKSCS, Shift-JIS, EUC-JP, EUC-KR, Latin-1 and UTF-16
    without a mark, or a refusal when that is not clear); a character cut off by
    the end of the sample does not count against a codec. A file whose first MiB is plain ASCII is called
    UTF-8, so a GB18030 file with only ASCII at its start is detected wrongly
    here but fails loudly later; pass ``encoding=`` when you know it.

    Args:
        path: The file to look at.
        sniff_bytes: How many bytes from the start of the file to look at.

    Returns:
        A Python codec name: ``"utf-8"``, ``"utf-8-sig"``, ``"utf-16"``,
        ``"utf-16-le"``, ``"utf-16-be"``, ``"utf-32"``, ``"gb18030"``, ``"big5"``,
        ``"big5hkscs"``, ``"shift_jis"``, ``"cp932"``, ``"euc_jp"``, ``"euc_kr"``,
        ``"cp949"``, ``"latin-1"`` or ``"cp1252"``.

    Raises:
        TextkitError: The file is missing or unreadable, looks binary, no codec
            fits its first bytes, or several do about equally well.

    Example:
        >>> import tempfile, pathlib
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "big5.txt"
        >>> _ = path.write_bytes("繁體中文的測試文本".encode("big5"))
        >>> detect_encoding(path)
        'big5'
    """
    check_int("sniff_bytes", sniff_bytes, low=4)
    file, size = _check_file(path)
    try:
        with file.open("rb") as handle:
            head = handle.read(sniff_bytes)
    except OSError as err:
        raise TextkitError(f"{file}: cannot be read ({err.strerror or err})") from None
    if not head:
        return "utf-8"
    return detect_codec(head, str(file), final=len(head) >= size)


def _check_file(path: object) -> tuple[Path, int]:
    """``path`` as a `Path` to an existing regular file, and its size in bytes."""
    if not isinstance(path, (str, os.PathLike)):
        raise invalid_value("path", path, "a str or os.PathLike path to a file")
    if not os.fspath(path):
        raise TextkitError("path: is empty; pass the path of a text file")
    if "\x00" in str(os.fspath(path)):
        raise invalid_value("path", path, "a path without NUL characters (is this the text rather than its path?)")
    from pathlib import Path  # here, not at `import textkit` (pathlib imports urllib.parse and ipaddress)

    file = Path(path)
    try:
        size = file.stat().st_size
    except FileNotFoundError:
        raise TextkitError(f"{file}: no such file") from None
    except OSError as err:
        raise TextkitError(f"{file}: cannot be read ({err.strerror or err})") from None
    if file.is_dir():
        raise TextkitError(f"{file}: is a directory, not a text file")
    return file, size


def _stream_lines(file: Path, codec: str, limit: int) -> Iterator[str]:
    pending = ""
    offset = 0  # bytes read before the current block
    first = True
    try:
        handle = file.open("rb")
    except OSError as err:
        raise TextkitError(f"{file}: cannot be read ({err.strerror or err})") from None
    with handle:
        try:
            head = handle.read(4)  # a BOM or not: how an incremental UTF-16/32 decoder must be made
            handle.seek(0)
        except OSError as err:
            raise TextkitError(f"{file}: cannot be read ({err.strerror or err})") from None
        decoder = _incremental_decoder(codec, head)
        while True:
            try:
                block = handle.read(_BLOCK_BYTES)
            except OSError as err:
                raise TextkitError(f"{file}: cannot be read ({err.strerror or err})") from None
            final = not block
            failure: TextkitError | None = None
            try:
                text = decoder.decode(block, final=final)
            except UnicodeDecodeError as err:
                # err.object is what the decoder saw: the bytes it held back from the last block, then this one.
                held = len(err.object) - len(block)
                failure = TextkitError(
                    f"{file}: cannot be decoded as {codec}: byte {offset - held + err.start:,} "
                    f"({err.object[err.start : err.start + 4]!r}) {err.reason}"
                )
                # Yield the whole lines before the bad byte first (a fresh decoder cannot know a BOM's byte order).
                text = "" if codec in ("utf-16", "utf-32") else try_decode(err.object[: err.start], codec, True) or ""
            except UnicodeError as err:  # punycode, idna: the base class, with no position
                failure = TextkitError(f"{file}: cannot be decoded as {codec}: {err}")
                text = ""
            if failure is None:
                try:
                    text.encode("utf-8")
                except UnicodeEncodeError as err:  # utf-7 and the *_escape codecs can make lone surrogates
                    failure = TextkitError(
                        f"{file}: decoding as {codec} gives a lone surrogate ({text[err.start]!r}), "
                        "which is not text; pass another encoding"
                    )
                    text = text[: err.start]
            left = decoder.getstate()[0] if final and failure is None else b""
            if left:  # utf-8-sig keeps a cut-off BOM (b"\xef\xbb") even when final=True, and returns nothing
                failure = TextkitError(
                    f"{file}: cannot be decoded as {codec}: byte {offset - len(left):,} ({left[:4]!r}) "
                    "unexpected end of data"
                )
            offset += len(block)
            if first and text:
                first = False
                if text.startswith("\ufeff") and codecs.lookup(codec).name not in BOM_EATERS:
                    text = text[1:]
            pending += text
            start = 0
            while (end := pending.find("\n", start)) != -1:
                while end + 1 - start > limit:  # an over-long line that ends in this block
                    cut = start + _cut_point(pending, start, start + limit)
                    yield pending[start:cut]
                    start = cut
                yield pending[start : end + 1]
                start = end + 1
            pending = pending[start:]
            if failure is not None:
                raise failure
            while len(pending) > limit:
                cut = _cut_point(pending, 0, limit)
                yield pending[:cut]
                pending = pending[cut:]
            if final:
                break
    if pending:
        yield pending


def _incremental_decoder(codec: str, head: bytes) -> codecs.IncrementalDecoder:
    """A strict incremental decoder that reads UTF-16/32 without a BOM in native order, as ``bytes.decode`` does.

    (CPython's incremental UTF-16/32 decoders raise a bare UnicodeError on data without a BOM.)
    """
    name = codecs.lookup(codec).name
    boms = {"utf-16": (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE), "utf-32": (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)}
    if name in boms and not head.startswith(boms[name]):
        codec = f"{name}-{'le' if sys.byteorder == 'little' else 'be'}"
    return codecs.getincrementaldecoder(codec)(errors="strict")


def _cut_point(text: str, start: int, stop: int) -> int:
    """Where to cut ``text[start:stop]`` (a piece of an over-long line): its length to keep."""
    best = max(text.rfind(ch, start + (stop - start) // 2, stop) for ch in _LINE_BREAKS)
    cut = best + 1 - start if best != -1 else stop - start
    if cut > 1 and text[start + cut - 1] == "\r":  # never separate \r from a following \n
        cut -= 1
    return cut
