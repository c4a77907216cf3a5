"""Telling which encoding a file's bytes are in, and decoding them strictly.

Detection order: a byte-order mark (UTF-8, UTF-16, UTF-32), then strict UTF-8, then UTF-16 without a mark
(recognised by its zero bytes), then GB18030 and Big5 (GBK and GB2312 are read as GB18030, their superset),
choosing between the two by which reading is made of commoner characters when both decode; charset-normalizer
decides what none of them fits. A byte that does not decode is an error, never silently dropped or replaced.
"""

from __future__ import annotations

import codecs
import logging
import math
from functools import lru_cache

from ..errors import TextkitError, invalid_value

__all__ = ["BOM_EATERS", "check_codec", "decode_bytes", "decode_strictly", "detect_codec", "try_decode"]

logger = logging.getLogger(__name__)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # must be tested before UTF-16 LE, which it starts with
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Names a detector may give that are subsets of GB18030: decode with the superset.
_GB_FAMILY = {"gb2312", "gbk", "cp936", "gb18030", "hz", "euc_cn", "euccn", "ms936"}


def check_codec(encoding: object) -> None:
    """Raise a `TextkitError` unless ``encoding`` names a codec that decodes bytes to text."""
    if not isinstance(encoding, str):
        raise invalid_value("encoding", encoding, "None or a Python text codec name such as 'gb18030'")
    try:
        b"a".decode(encoding, "ignore")  # unlike codecs.lookup, refuses codecs that make no text (zlib, base64, rot13)
    except (LookupError, UnicodeError):
        raise invalid_value("encoding", encoding, "a Python text codec name such as 'gb18030'") from None


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
        check_codec(encoding)
        return decode_strictly(raw, encoding, source)
    if not raw:
        return ""
    try:
        text = raw.decode("utf-8")  # the common case, decoded once
    except UnicodeDecodeError:
        pass
    else:
        return text[1:] if text.startswith("\ufeff") else text
    return decode_strictly(raw, detect_codec(raw, source, final=True), source)


def detect_codec(raw: bytes, source: str, *, final: bool) -> str:
    """The codec of ``raw`` (non-empty); ``final=False`` when it is only the start of the data."""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return codec
    if try_decode(raw, "utf-8", final) is not None:
        return "utf-8"
    if b"\x00" in raw:
        utf16 = _guess_utf16(raw, final)
        if utf16 is not None:
            return utf16
        raise TextkitError(f"{source}: looks like a binary file (it contains NUL bytes), not text")
    if not final and b"\n" in raw:
        raw = raw[: raw.rindex(b"\n") + 1]  # whole lines: no GB18030/Big5 trail byte is a \n
    candidates = {codec: text for codec in ("gb18030", "big5") if (text := try_decode(raw, codec, final)) is not None}
    if len(candidates) == 1:
        return next(iter(candidates))
    if len(candidates) == 2:
        return _choose_chinese(candidates["gb18030"], candidates["big5"])
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None or best.encoding is None:
        raise TextkitError(
            f"{source}: cannot be decoded: it is not UTF-8, UTF-16, GB18030 or Big5, "
            "and no other encoding fits; pass encoding= if you know it"
        )
    codec = "gb18030" if best.encoding.lower() in _GB_FAMILY else best.encoding
    logger.debug("%s: decoded as %s (charset-normalizer)", source, codec)
    return codec


def try_decode(raw: bytes, codec: str, final: bool) -> str | None:
    """``raw`` decoded strictly, or None; with ``final=False`` a character cut off at the end is ignored."""
    try:
        return str(codecs.getincrementaldecoder(codec)(errors="strict").decode(raw, final=final))
    except UnicodeError:  # UnicodeDecodeError, or the bare base class from punycode, idna, BOM-less utf-16
        return None


def decode_strictly(raw: bytes, codec: str, source: str) -> str:
    """``raw`` decoded with ``codec``, or a `TextkitError` naming ``source``, the byte and the reason."""
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError as err:
        raise TextkitError(
            f"{source}: cannot be decoded as {codec}: byte {err.start} "
            f"({raw[err.start : err.start + 4]!r}) {err.reason}"
        ) from None
    except UnicodeError as err:  # codecs such as punycode and idna raise the base class, with no position
        raise TextkitError(f"{source}: cannot be decoded as {codec}: {err}") from None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as err:  # utf-7 and the *_escape codecs can make lone surrogates
        raise TextkitError(
            f"{source}: decoding as {codec} gives a lone surrogate ({text[err.start]!r}) at character {err.start}, "
            "which is not text; pass another encoding"
        ) from None
    return text[1:] if text.startswith("\ufeff") and codecs.lookup(codec).name not in BOM_EATERS else text


# Codecs that drop a leading BOM themselves: a second U+FEFF after it is text (a zero-width no-break space).
BOM_EATERS = frozenset({"utf-8-sig", "utf-16", "utf-32"})


def _guess_utf16(raw: bytes, final: bool) -> str | None:
    """UTF-16 without a BOM: mostly-zero high bytes for ASCII, an even length, a clean decode."""
    if len(raw) % 2:
        if final:
            return None
        raw = raw[:-1]
    even_zeros = raw[0::2].count(0)
    odd_zeros = raw[1::2].count(0)
    half = len(raw) // 2
    for codec, zeros, other in (("utf-16-le", odd_zeros, even_zeros), ("utf-16-be", even_zeros, odd_zeros)):
        if zeros >= 0.1 * half and other <= 0.01 * half:
            text = try_decode(raw, codec, final)
            if text is not None and _mostly_printable(text):
                return codec
    return None


def _mostly_printable(text: str) -> bool:
    if not text:
        return True
    bad = sum(1 for ch in text if not (ch.isprintable() or ch in "\r\n\t"))
    return bad <= 0.02 * len(text)


def _choose_chinese(gb18030: str, big5: str) -> str:
    """Both GB18030 and Big5 decode the bytes: keep the reading made of commoner characters.

    Big5 bytes read as GB18030 (and the reverse) give rare characters. Each reading
    is scored by the mean log frequency of its Han characters in jieba's dictionary;
    GB18030 wins ties: mainland text is the commoner case.
    """
    return "big5" if _han_score(big5) > _han_score(gb18030) + 0.5 else "gb18030"


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
