"""Reading text files whose encoding nobody wrote down.

Chinese text arrives as UTF-8, UTF-8 with a byte-order mark, UTF-16 (Windows
"Unicode"), GB18030/GBK/GB2312 (mainland Windows) or Big5 (Taiwan, Hong Kong).
`read_text` decodes each of them strictly: a byte it cannot decode is an error,
never silently dropped or replaced.
"""

from __future__ import annotations

import codecs
import logging
import math
import os
from functools import lru_cache
from pathlib import Path

from .errors import TextkitError, invalid_value

__all__ = ["DEFAULT_MAX_BYTES", "decode_bytes", "read_text"]

logger = logging.getLogger(__name__)

#: Files larger than this are refused by `read_text` unless ``max_bytes`` says otherwise.
DEFAULT_MAX_BYTES = 512 * 1024 * 1024

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # must be tested before UTF-16 LE, which it starts with
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Names a detector may give that are subsets of GB18030: decode with the superset.
_GB_FAMILY = {"gb2312", "gbk", "cp936", "gb18030", "hz", "euc_cn", "euccn", "ms936"}


def read_text(
    path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> str:
    """Read a text file, detecting its encoding when none is given.

    Detection order: a byte-order mark (UTF-8, UTF-16, UTF-32), then strict UTF-8,
    then UTF-16 without a mark (recognised by its zero bytes), then GB18030 and Big5
    (GBK and GB2312 are read as GB18030, their superset), choosing between the two
    by which reading is made of commoner characters when both decode. Line endings
    are kept as they are. A Big5 file of only a few characters can be ambiguous;
    pass ``encoding="big5"`` when you know it.

    Args:
        path: The file to read.
        encoding: A Python codec name to use instead of detecting one. Decoding is
            still strict.
        max_bytes: Refuse files larger than this many bytes (``None`` for no limit),
            so that a wrong path to a huge file fails fast instead of filling memory.

    Returns:
        The decoded text, without a byte-order mark.

    Raises:
        TextkitError: The file is missing, is a directory, is larger than
            ``max_bytes``, looks binary, or cannot be decoded; the message names the
            file and says why.

    Example:
        >>> import tempfile, pathlib
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "gbk.txt"
        >>> _ = path.write_bytes("抖音电商的增量价值".encode("gbk"))
        >>> read_text(path)
        '抖音电商的增量价值'
    """
    if not isinstance(path, (str, os.PathLike)):
        raise invalid_value("path", path, "a str or os.PathLike path to a file")
    if encoding is not None and not isinstance(encoding, str):
        raise invalid_value("encoding", encoding, "None or a codec name such as 'gb18030'")
    if max_bytes is not None and (not isinstance(max_bytes, int) or max_bytes < 0):
        raise invalid_value("max_bytes", max_bytes, "None or a non-negative int")
    file = Path(path)
    try:
        size = file.stat().st_size
    except FileNotFoundError:
        raise TextkitError(f"{file}: no such file") from None
    except OSError as err:
        raise TextkitError(f"{file}: cannot be read ({err.strerror or err})") from None
    if file.is_dir():
        raise TextkitError(f"{file}: is a directory, not a text file")
    if max_bytes is not None and size > max_bytes:
        raise TextkitError(
            f"{file}: is {size:,} bytes, more than max_bytes={max_bytes:,}; "
            "pass a larger max_bytes (or None) to read it whole"
        )
    try:
        data = file.read_bytes()
    except OSError as err:
        raise TextkitError(f"{file}: cannot be read ({err.strerror or err})") from None
    return decode_bytes(data, encoding=encoding, source=str(file))


def decode_bytes(data: bytes, *, encoding: str | None = None, source: str = "<bytes>") -> str:
    """Decode ``data`` the way `read_text` decodes a file's contents.

    Args:
        data: The raw bytes.
        encoding: A codec name to use instead of detecting one.
        source: What to call the data in error messages (a file name).

    Returns:
        The decoded text, without a byte-order mark.

    Raises:
        TextkitError: The bytes look binary or cannot be decoded.

    Example:
        >>> decode_bytes("繁體中文的測試文本".encode("big5"))
        '繁體中文的測試文本'
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise invalid_value("data", data, "bytes")
    raw = bytes(data)
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise invalid_value("encoding", encoding, "a Python codec name such as 'gb18030'") from None
        return _strict(raw, encoding, source)
    if not raw:
        return ""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return _strict(raw, codec, source)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in raw:
        utf16 = _guess_utf16(raw)
        if utf16 is not None:
            return _strict(raw, utf16, source)
        raise TextkitError(f"{source}: looks like a binary file (it contains NUL bytes), not text")
    return _decode_legacy(raw, source)


def _strict(raw: bytes, codec: str, source: str) -> str:
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError as err:
        raise TextkitError(
            f"{source}: cannot be decoded as {codec}: byte {err.start} "
            f"({raw[err.start : err.start + 4]!r}) {err.reason}"
        ) from None
    return text[1:] if text.startswith("\ufeff") else text


def _guess_utf16(raw: bytes) -> str | None:
    """UTF-16 without a BOM: mostly-zero high bytes for ASCII, an even length, a clean decode."""
    if len(raw) % 2:
        return None
    even_zeros = raw[0::2].count(0)
    odd_zeros = raw[1::2].count(0)
    half = len(raw) // 2
    for codec, zeros, other in (("utf-16-le", odd_zeros, even_zeros), ("utf-16-be", even_zeros, odd_zeros)):
        if zeros >= 0.1 * half and other <= 0.01 * half:
            try:
                text = raw.decode(codec)
            except UnicodeDecodeError:
                continue
            if _mostly_printable(text):
                return codec
    return None


def _mostly_printable(text: str) -> bool:
    if not text:
        return True
    bad = sum(1 for ch in text if not (ch.isprintable() or ch in "\r\n\t"))
    return bad <= 0.02 * len(text)


def _decode_legacy(raw: bytes, source: str) -> str:
    candidates: dict[str, str] = {}
    for codec in ("gb18030", "big5"):
        try:
            candidates[codec] = raw.decode(codec)
        except UnicodeDecodeError:
            continue
    if len(candidates) == 1:
        return next(iter(candidates.values()))
    if len(candidates) == 2:
        return candidates[_choose_chinese(raw)]
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None or best.encoding is None:
        raise TextkitError(
            f"{source}: cannot be decoded: it is not UTF-8, UTF-16, GB18030 or Big5, "
            "and no other encoding fits; pass encoding= if you know it"
        )
    codec = "gb18030" if best.encoding.lower() in _GB_FAMILY else best.encoding
    logger.debug("%s: decoded as %s (charset-normalizer)", source, codec)
    return _strict(raw, codec, source)


def _choose_chinese(raw: bytes) -> str:
    """Both GB18030 and Big5 decode the bytes: keep the reading made of commoner characters.

    Big5 bytes read as GB18030 (and the reverse) give rare characters. Each reading
    is scored by the mean log frequency of its Han characters in jieba's dictionary;
    GB18030 wins ties: mainland text is the commoner case.
    """
    scores = {codec: _han_score(raw.decode(codec)) for codec in ("gb18030", "big5")}
    return "big5" if scores["big5"] > scores["gb18030"] + 0.5 else "gb18030"


def _han_score(text: str) -> float:
    freq, total = _char_frequencies()
    hans = [ch for ch in text if "\u3400" <= ch <= "\u9fff"]
    if not hans:
        return 0.0
    return sum(math.log((freq.get(ch, 0) + 1) / total) for ch in hans) / len(hans)


@lru_cache(maxsize=1)
def _char_frequencies() -> tuple[dict[str, int], int]:
    """Character frequencies summed over jieba's dictionary (traditional characters included)."""
    import jieba

    counts: dict[str, int] = {}
    with jieba.Tokenizer().get_dict_file() as handle:
        for line in handle:
            parts = line.split(b" ", 2)
            if len(parts) < 2:
                continue
            word, freq = parts[0].decode("utf-8"), int(parts[1])
            for ch in word:
                counts[ch] = counts.get(ch, 0) + freq
    return counts, sum(counts.values()) + len(counts)
