"""Telling which encoding a file's bytes are in, and decoding them strictly.

Detection order: a byte-order mark (UTF-8, UTF-16, UTF-32), then strict UTF-8. Otherwise every codec family that
decodes the bytes strictly gives a *reading*: GB18030 (GBK and GB2312 are its subsets), Big5 (then Big5-HKSCS),
Shift-JIS (then CP932), EUC-JP, EUC-KR (then CP949), Latin-1 (CP1252 when it has bytes 0x80-0x9F) and UTF-16 LE/BE
without a mark. Each reading is scored by how plausible it is as text, in bits (the lower, the likelier): the cost
of its Han characters from a frequency table (`han_costs.txt`, derived from jieba's word list by
``scripts/build_han_frequency.py``; in a Japanese reading a kanji in its Japanese form, 応, costs what its
traditional form 應 does), of kana in a Japanese reading (small kana only where they end a syllable; a hiragana after
a kana costs extra when Japanese text hardly has the pair, by `kana_bigrams.txt`: Big5 ``用未分`` is EUC-JP ``ノゼだ``),
of common Hangul syllables in a Korean one (signs such as ⓒ, Ω, ╀ or kana cost extra there; syllables Korean hardly
uses, by `hangul_seen.txt`, more), of accented letters beside ASCII letters in a Latin one. A space between two
short Han runs is a list separator (巴林 布隆迪 贝宁), not evidence against Chinese; a Korean reading whose words do not
end in a particle or ending, or a lone hiragana between digits (Big5 ``1月`` read as ``1る``), pay extra; so do what
Japanese does not write (a kanji doubled instead of 々, a katakana letter alone, a word begun by a hiragana that is
no prefix or particle before a kanji) and fullwidth ``＇``, and in a Korean one Hangul glued to a Latin word that is
no particle (``docker휭포``). Valid UTF-8 starts ahead by the evidence its multi-byte characters give, unless a Latin
Extended letter is glued to ASCII letters (``controlĿ¼`` is GB18030 ``control目录``); a letter of another script right
after a Latin one costs extra in any reading (``qqȺ`` is GB18030 ``qq群``), and so does, in UTF-8, a two-byte sign or
mark that Latin text does not put there (``usb¡`` is GB18030 ``usb隆``; ``®`` or an accent that composes with its
letter is fine). Characters no text contains (private use, unassigned, control characters) rule a reading out, and
so do Han characters without any Hangul in a Korean reading. The cheapest reading wins only when it is plausible,
clearly (`MARGIN_BITS`) cheaper than the next, and not a fallback: a CJK reading ruled out by one or two characters,
or CJK bytes glued between ASCII letters (``NaCl与CaCl``), make a Latin-1 or other reading refused; a kanji-only
Japanese reading is compared with a Korean one that has no particle without what it pays for having no kana. When no
reading is plausible, valid UTF-8 is taken only if it has control characters of its own or is the cheapest by the
margin. Otherwise the bytes are refused with a `TextkitError` that names the candidate encodings and asks for
``encoding=``. A byte that does not decode is an error, never silently dropped or replaced.
"""

from __future__ import annotations

import codecs
import math
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .._log import get_logger
from .._regex import lazy_compile
from ..errors import TextkitError, invalid_value

__all__ = [
    "BOM_EATERS",
    "KANA_PAIR_BITS",
    "LIST_ITEM_CHARS",
    "MARGIN_BITS",
    "MAX_MEAN_BITS",
    "UTF8_PRIOR_BITS",
    "Reading",
    "check_codec",
    "decode_bytes",
    "decode_strictly",
    "detect_codec",
    "readings",
    "try_decode",
]

#: The best reading must cost at least this many bits less than the next one (a likelihood ratio of 2**12).
MARGIN_BITS = 14.0

#: UTF-8 is the commonest encoding: its reading of a few multi-byte characters starts this many bits ahead.
UTF8_PRIOR_BITS = 10.0

#: A reading whose characters cost more than this on average is not text in any language the detector knows.
MAX_MEAN_BITS = 14.0

#: Han runs of at most this many characters, separated by spaces, are list items (country names, menu entries).
LIST_ITEM_CHARS = 8

# What a space between two list items costs beyond a space's 1 bit (between other Han runs, or between two items
# of fewer than 6 Han characters in all: 8).
_LIST_SPACE_BITS = 3

#: What a kana after a kana costs in a Japanese reading beyond its 5 bits when Japanese text hardly has the pair
#: (``kana_bigrams.txt``, whose header says how many real pairs are unseen, and how many of Big5 read as EUC-JP).
KANA_PAIR_BITS = 4.0

#: How many bytes of the data the detector decodes, and how many characters of each reading it scores.
SAMPLE_BYTES = 1 << 20
_SCORED_CHARS = 4096

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # must be tested before UTF-16 LE, which it starts with
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Codec families: (language, the codecs tried in order; the first that decodes strictly gives the reading).
_FAMILIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("zh", ("gb18030",)),
    ("zh", ("big5", "big5hkscs")),
    ("ja", ("shift_jis", "cp932")),
    ("ja", ("euc_jp",)),
    ("ko", ("euc_kr", "cp949")),
    ("latin", ("latin-1",)),
    ("utf16", ("utf-16-le",)),
    ("utf16", ("utf-16-be",)),
)

# Runs of bytes outside ASCII; in a Latin-1 text, mostly one accented letter long.
_HIGH_RUNS = lazy_compile("[\x80-\xff]+")

#: What a character that is not text costs when a reading is judged as if it were repaired: an unknown Han one.
_UNKNOWN_BITS = 20.0

# Characters that no text holds: C0 controls but whitespace, DEL, C1 controls, private use, non-characters.
_NOT_TEXT = lazy_compile(
    "[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f\ue000-\uf8ff\ufdd0-\ufdef\ufffe\uffff\U000f0000-\U0010ffff]"
)
# Two-byte UTF-8 characters outside Latin, Greek and Cyrillic: what legacy CJK bytes between ASCII often spell.
# (and archaic Greek, Coptic and historic Cyrillic letters: EUC-JP 予 between ASCII is valid UTF-8, "ͽ").
# And a Cyrillic letter glued to a Latin one: "PCRЭ" is GB18030's "PCR协" read as UTF-8, or a Latin Extended one
# after ASCII letters ("controlĿ¼" is GB18030's "control目录"): these earn UTF-8 no head start.
_RARE_IN_UTF8 = lazy_compile(
    "[\u0180-\u036f\u0370-\u0385\u03cf-\u03ff\u0460-\u0489\u0500-\u07ff]"
    "|[A-Za-z][\u0400-\u045f]|[\u0400-\u045f][A-Za-z]|[A-Za-z][\u0100-\u017f]"
)
# Characters that should make valid UTF-8 suspect (UTF-16 without a BOM is often valid ASCII): NUL and C0 controls.
_SUSPECT_IN_UTF8 = lazy_compile("[\x00-\x08\x0e-\x1a\x1c-\x1f]")

# The commonest Hangul syllables of modern Korean (written for this detector): cheap in a Korean reading.
_COMMON_HANGUL = frozenset(
    "이다는의에하고가을를기서지로한사도리자수시대어인나정해있으니그게적일상보주전부아여라제과동장성요만것들면구세원"
    "마우비소생국경무문히했되와공관분신내개연중화위말까물할학거모야음습치저계유통실없각회발진미식때선조행방명오은용"
    "민및년월입금현본파드트스크프터결알안업운당체단형교영양작간감강건겠께난날남노녀높누데된될든등또람러레려력록론르"
    "른름많며몇못반받배번법변병복불빠산새색설속손쉽심않약얼엇었예옵완왜외울응익임잘재점좋종준즉증직집차참처초최추출"
    "충취친칙컴타태템토판편포표품필합항허험호확환활효후힘십싶됩션령류찾읽쓰열닫너류디렉메택값목록더서버키드롭"
)

# ASCII letters by how common they are in English and Western European prose.
_ASCII_COSTS = {
    **dict.fromkeys("eaisnrtoluc", 3.0),
    **dict.fromkeys("dmphgbfv", 4.5),
    **dict.fromkeys("ywkjxqz", 7.0),
    **dict.fromkeys("0123456789", 4.0),
}

_CONSONANTS = frozenset("bcdfghjklmnpqrstvwxzBCDFGHJKLMNPQRSTVWXZ")

# Particles and endings, of which nearly every Korean sentence has one.
_TOP_HANGUL = frozenset("이가을를은는에의도로와과다니요하한할합된되수있없고지서기것게습세해했면시")

# What Korean words end with: particles (이, 를, 에서), verb endings (다, 요, 고, 며, plain-speech 어, 아, 야),
# verbal nouns (기, 음); 어 also ends language names (한국어, 코미페르먀크어).
_ENDINGS = frozenset("이가을를은는에의도로와과다니요고서게면며지기해했한할합된될음함죠까네께만것수터오시라어아야")

# What Korean glues to a Latin word: particles and endings, and 으 of 으로, 으면.
_GLUED_HANGUL = _TOP_HANGUL | _ENDINGS | frozenset("으")

# Hiragana that Japanese does write alone between digits, Latin words or spaces: particles, the counter つ.
_LONE_HIRAGANA = frozenset("つのをとやにはがへもでか")

# Hiragana that begin a word before a kanji: the prefixes お, ご, み and the particles.
_WORD_START_HIRAGANA = _LONE_HIRAGANA - {"つ"} | frozenset("おごみ")

# Small kana, which end the syllable of the kana before them: ゃゅょ after き, し ...; ァィゥェォ after
# katakana; っ after a kana or a kanji (行った). (ヵ and ヶ are used on their own, as in 3ヶ月.)
_SMALL_KANA = frozenset("ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ")
_I_ROW = frozenset("きぎしじちぢにひびぴみり")

# Letters beyond Latin Extended-A that living orthographies put inside Latin words: Vietnamese ơ ư, pinyin ǎ ǚ,
# Romanian ș ț, Azerbaijani ə.
_ORTHOGRAPHIC = frozenset("ƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜȘșȚțƏə")

_PUNCTUATION = frozenset("，。、；：？！“”‘’（）《》〈〉【】「」『』〔〕…—·～・．")


@dataclass(frozen=True)
class Reading:
    """One way of decoding the bytes: the codec, its language family, the text and its plausibility cost.

    ``cost`` is in bits (``math.inf`` when the text holds characters no text holds); ``scored`` is how many
    characters it was computed on.
    """

    codec: str
    family: str
    text: str
    cost: float
    scored: int

    @property
    def mean(self) -> float:
        """The average cost of a character, in bits."""
        return self.cost / self.scored if self.scored else 0.0


#: How to name an encoding, in Python and on the command line (the messages serve both).
ENCODING_HINT = "encoding= in Python, --encoding on the command line"


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

    Without ``encoding``, the codec is detected (see this module's description): a reading that is not
    clearly the likeliest is refused rather than guessed.

    Args:
        data: The raw bytes.
        encoding: A codec name to use instead of detecting one.
        source: What to call the data in error messages (a file name).

    Returns:
        The decoded text, without a byte-order mark.

    Raises:
        TextkitError: The bytes look binary, cannot be decoded, or could be in more than one encoding; the
            message names ``source``, the candidate encodings and the first byte that does not decode.

    Example:
        >>> decode_bytes("這價格虧了，繁體中文的測試文本".encode("big5"))
        '這價格虧了，繁體中文的測試文本'
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
        if _clearly_utf8(raw, text):
            return text[1:] if text.startswith("\ufeff") else text
    sample = raw[:SAMPLE_BYTES]
    codec = detect_codec(sample, source, final=len(sample) == len(raw))
    if len(sample) == len(raw):
        return decode_strictly(raw, codec, source)
    try:
        return decode_strictly(raw, codec, source)
    except TextkitError as err:
        raise TextkitError(f"{err} (the encoding was detected from the first {len(sample):,} bytes)") from None


def detect_codec(raw: bytes, source: str, *, final: bool) -> str:
    """The codec of ``raw`` (non-empty); ``final=False`` when it is only the start of the data.

    Raises:
        TextkitError: No codec gives plausible text, or more than one does (the message names them).
    """
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return codec
    utf8 = try_decode(raw, "utf-8", final)
    if utf8 is not None and _clearly_utf8(raw, utf8):
        return "utf-8"
    found, possible = _candidates(raw, utf8, final=final)
    nul = b"\x00" in raw
    if not possible or possible[0].mean > (MAX_MEAN_BITS - 2 if nul else MAX_MEAN_BITS):
        if nul:
            raise TextkitError(f"{source}: looks like a binary file (it contains NUL bytes), not text")
        if utf8 is not None and _SUSPECT_IN_UTF8.search(utf8):
            return "utf-8"  # the control characters are in the text (a \x01-separated export), not a misreading
        if utf8 is None or not possible:
            raise TextkitError(
                f"{source}: cannot be decoded: {_why_not(raw, found, final)}; name the encoding if you know it "
                f"({ENCODING_HINT})"
            )
        # Valid UTF-8, but nothing reads as plausible text: UTF-8 only if it is the cheapest by the margin.
    best = possible[0]
    rivals = [r for r in possible[1:] if r.cost - _prior_bits(r, best) - best.cost < MARGIN_BITS]
    if best.mean > MAX_MEAN_BITS and best.family != "utf8":  # no implausible reading is returned
        names = ", ".join(f"{r.codec} ({_preview(r.text)})" for r in possible[:3])
        raise TextkitError(
            f"{source}: no encoding gives plausible text: it decodes as {names}; name the encoding ({ENCODING_HINT})"
        )
    suggest = best.codec
    if not rivals and best.family != "utf8":
        rivals = _near_misses(raw, best, possible, final=final)
        suggest = rivals[0].codec if rivals else suggest
    if rivals:
        names = ", ".join(f"{r.codec} ({_preview(r.text)})" for r in [best, *rivals])
        raise TextkitError(
            f"{source}: the encoding is ambiguous: it decodes as {names}; "
            f"name one to choose (encoding={suggest!r} in Python, --encoding {suggest} on the command line)"
        )
    get_logger(__name__).debug("%s: detected %s (%.1f bits/char)", source, best.codec, best.mean)
    return best.codec


def _candidates(raw: bytes, utf8: str | None, *, final: bool) -> tuple[list[Reading], list[Reading]]:
    """Every reading of ``raw`` that competes (UTF-8's included), and those that are possible text, cheapest first."""
    found = readings(raw, final=final)
    nul = b"\x00" in raw
    if nul or (utf8 is not None and _SUSPECT_IN_UTF8.search(utf8)):
        found = [r for r in found if r.codec in _utf16_orders(raw)]  # UTF-16 without a BOM, or not text
    if utf8 is not None and not nul:  # UTF-8 competes, ahead by its prior unless it holds control characters
        cost, scored = _cost(utf8, "utf8", controls_ok=True)
        cost -= 0.0 if _SUSPECT_IN_UTF8.search(utf8) or _RARE_IN_UTF8.search(utf8) else _utf8_prior(utf8)
        found = sorted(
            [Reading("utf-8", "utf8", utf8, cost, scored), *(r for r in found if r.text != utf8)], key=lambda r: r.cost
        )
    possible = [r for r in found if math.isfinite(r.cost)]
    return found, possible


def _near_misses(raw: bytes, best: Reading, possible: list[Reading], *, final: bool) -> list[Reading]:
    """Readings that ``best`` must not win against, though it is cheaper: the bytes are refused instead.

    - A CJK reading of the first `_NEAR_BYTES` ruled out only by one or two characters (a private-use sign, one
      undecodable sequence) among at least four CJK characters for each, which, with those charged as unknown
      characters, costs less than ``best`` plus `MARGIN_BITS`: the likeliest reading is damaged, and what is
      left (Latin-1, which decodes any bytes; Big5 read from GB18030 bytes) is mojibake.
    - For a Latin-1 ``best``: a CJK reading, when every run of non-ASCII bytes has an even length or is a sign
      glued between ASCII letters. ``NaCl与CaCl`` in GB18030 is ``NaClÓëCaCl`` in Latin-1, in Big5 ``NaCl»PCaCl``
      (與's second byte is ASCII); an accented letter standing alone in a word would give Latin-1 away.
    """
    if best.family == "latin":
        latin = raw[:SAMPLE_BYTES].decode("latin-1")
        runs = [
            (m.group(), latin[m.start() - 1 : m.start()], latin[m.end() : m.end() + 1])
            for m in _HIGH_RUNS.finditer(latin)
        ]
        cjk = [r for r in possible if r.family in ("zh", "ja", "ko")]
        if runs and cjk and all(len(run[0]) % 2 == 0 or _glued_sign(*run) for run in runs):
            return cjk[:1]
    near: list[Reading] = []
    for family, codec in _NEAR_CODECS:
        if codec == best.codec:
            continue
        head = raw[:_NEAR_BYTES]
        text = str(codecs.getincrementaldecoder(codec)(errors="replace").decode(head, final=final and head == raw))
        marked = _NOT_TEXT.sub("\ufffd", text)
        bad = marked.count("\ufffd")
        if 1 <= bad <= 2 and sum(1 for ch in marked if _is_cjk(ch)) >= 4 * bad:  # a CJK text, bar one or two
            cost = _cost(marked.replace("\ufffd", ""), family)[0] + _UNKNOWN_BITS * bad
            if cost - best.cost < MARGIN_BITS:
                near.append(Reading(codec, family, marked, cost, len(marked)))
    return sorted(near, key=lambda r: r.cost)[:1]


# How many bytes are decoded to look for near misses (the start of a file tells whether it is damaged CJK text).
_NEAR_BYTES = 1 << 16


def _glued_sign(run: str, before: str, after: str) -> bool:
    """Whether a run of Latin-1 characters holds no letter and is glued between ASCII letters (``Cl»PCa``)."""
    return (
        before.isascii()
        and before.isalpha()
        and after.isascii()
        and after.isalpha()
        and not any(ch.isalpha() for ch in run)
    )


# The codecs whose near misses are looked for: a text in them damaged by a character or two.
_NEAR_CODECS = (("zh", "gb18030"), ("zh", "big5hkscs"), ("ja", "shift_jis"), ("ja", "euc_jp"), ("ko", "cp949"))


def _utf8_prior(text: str) -> float:
    """How far ahead valid UTF-8 starts: the evidence its multi-byte characters give, at most `UTF8_PRIOR_BITS`.

    A legacy double-byte character is a valid two-byte UTF-8 sequence about one time in twelve (GB18030 路 is
    C2 B7, UTF-8 ``·``), a valid three-byte one far more rarely: about 3.5 and 6 bits of evidence per character.
    """
    two = sum(1 for ch in text if "\x80" <= ch <= "\u07ff")
    longer = sum(1 for ch in text if ch > "\u07ff")
    return min(UTF8_PRIOR_BITS, 3.5 * two + 6.0 * longer)


def _utf16_orders(raw: bytes) -> tuple[str, ...]:
    r"""The UTF-16 byte orders ``raw`` may be in: none when both halves of its byte pairs are often NUL (binary).

    ASCII ``"A"`` is ``b"A\x00"`` in UTF-16-LE, so UTF-16 text has NUL bytes mostly on one side; a CJK
    character has a NUL low byte only now and then (一 is U+4E00). Scores decide between the two orders.
    """
    half = len(raw) // 2 or 1
    if raw[0::2].count(0) > 0.1 * half and raw[1::2].count(0) > 0.1 * half:
        return ()
    return ("utf-16-le", "utf-16-be")


def _clearly_utf8(raw: bytes, text: str) -> bool:
    """Valid UTF-8 that needs no second look: no control characters, and ASCII or more than 4 multi-byte characters.

    (A legacy CJK character between ASCII bytes is valid UTF-8 one time in ten: ``"%s: 호"`` in EUC-KR
    reads as ``"%s: ȣ"``; with more such characters the chance vanishes.)
    """
    return not _SUSPECT_IN_UTF8.search(text) and (len(raw) == len(text) or len(raw) - len(text) > 12)


def readings(raw: bytes, *, final: bool = True) -> list[Reading]:
    """Every codec family's strict decoding of ``raw``, scored, the likeliest first.

    Args:
        raw: The bytes (or the start of them, with ``final=False``).
        final: Whether ``raw`` is all of the data (a character cut off at the end counts against a codec).

    Returns:
        One `Reading` per family that decodes ``raw`` strictly, sorted by cost; readings of the same text
        keep only the first family's.

    Example:
        >>> [r.codec for r in readings("這價格虧了，繁體中文的測試文本".encode("big5"))][:1]
        ['big5']
    """
    best: dict[str, Reading] = {}  # text → its cheapest reading
    for family, members in _FAMILIES:
        if family == "utf16" and len(raw) % 2 and final:
            continue
        chosen: Reading | None = None  # a family's codecs differ in a few places (Big5 0xC6A1: ヾ or ①)
        for codec in _latin_codecs(raw) if family == "latin" else members:
            text = try_decode(raw, codec, final)
            if text is not None and (chosen is None or text != chosen.text):
                cost, scored = _cost(text, family)
                if chosen is None or cost < chosen.cost:
                    chosen = Reading(codec, family, text, cost, scored)
                if not codec.startswith("big5"):
                    break  # CP932 and CP949 only where Shift-JIS and EUC-KR fail (Big5 0xC6A1: ヾ or ① by cost)
        if chosen is not None and (chosen.text not in best or chosen.cost < best[chosen.text].cost):
            best[chosen.text] = chosen
    found = list(best.values())
    found.sort(key=lambda r: r.cost)
    return found


def _latin_codecs(raw: bytes) -> tuple[str, ...]:
    # Latin-1 reads 0x80-0x9F as C1 control characters; text with those bytes is CP1252 (€, ’, “ ...).
    sample = raw[:SAMPLE_BYTES]
    return ("cp1252",) if len(sample.translate(None, _C1_BYTES)) < len(sample) else ("latin-1",)


_C1_BYTES = bytes(range(0x80, 0xA0))


def _cost(text: str, family: str, *, controls_ok: bool = False) -> tuple[float, int]:
    """The plausibility cost of ``text`` as a ``family`` reading, in bits, and how many characters were scored.

    Each character costs about what it would under a unigram model of the family's language (a common Han
    character 6-9 bits, a rare one 17-20, kana 5 in Japanese but 15 in Chinese, a common Hangul syllable 6 in
    Korean); what real text of the language does not do costs extra (spaces between Chinese words, a run of
    Hangul with no space, accented letters away from ASCII letters in Latin-1).
    """
    head = text[:_SCORED_CHARS]
    if not controls_ok and _NOT_TEXT.search(text):
        return math.inf, len(head)
    han, japanese_forms = _tables()
    total = 0.0
    kana = hangul = run = consonants = top_hangul = han_count = 0
    c_run = last_run = words = ended = list_spaces = (
        0  # CJK runs (the current one, the last one); Hangul words, those ended
    )
    word = ""  # the ASCII letters of the current word, in a Latin reading
    cjk = family in ("zh", "ja", "utf16")  # (in UTF-8, a Han character glued to a Latin word is what it seems)
    prev = prev2 = ""  # kinds of the two characters before: "a" ASCII letter/digit, "s" space, "c" CJK, "l" Latin
    for i, ch in enumerate(head):
        o = ord(ch)
        kind = "p"
        if o < 0x80:
            if ch.isalnum():
                kind, cost = "a", _ASCII_COSTS.get(ch, 4.5)
                if ch.isupper() and prev == "a" and head[i - 1].islower():
                    cost += 3  # camelCase is rare in prose; UTF-16 bytes read as Latin-1 are full of it
            elif ch in " \t\n":
                kind, cost = "s", 1.0
            elif ch in "\r\f\v":
                kind, cost = "s", (1.0 if head[i + 1 : i + 2] in ("\n", "") else 10.0)  # CR without LF is rare
            elif o < 0x20 or o == 0x7F:
                cost = 16.0
            elif ch in ".,;:!?'\"()-%/":
                cost = 4.0
            else:
                cost = 7.0  # #$&*+<=>@[\\]^_`{|}~
        elif "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff" or o >= 0x20000:
            kind = "c"
            han_count += 1
            cost = float(han.get(ch, 20))
            if family == "ko":
                cost += 6  # modern Korean is written in Hangul
            elif family == "ja":
                # Japanese forms (応, 駅) are rare in the Chinese-derived table: scored as their traditional forms
                # (應, 驛); the forms with none (込, 働) at most as a rare character.
                cost = min(cost, han.get(japanese_forms.get(ch, ch), 20), 17.0)
                if i and head[i - 1] == ch:
                    cost += 6  # Japanese repeats a kanji with 々 (人々): "随随" is Big5 選選 read as EUC-JP
        elif 0x3041 <= o <= 0x30FF:
            kind = "c"
            kana += 1
            cost = 5.0 if family in ("ja", "utf16", "utf8") else 15.0
            if (
                o <= 0x309F
                and ch not in _LONE_HIRAGANA
                and not (_is_cjk(head[i - 1 : i] if i else "") or _is_cjk(head[i + 1 : i + 2]))
            ):
                cost += 8  # a hiragana standing alone between digits or spaces: "1る 2る" is Big5 "1月 2月"
            if ch in _SMALL_KANA and not _small_kana_fits(ch, head[i - 1] if i else ""):
                cost += 10  # "セゅ", "(ょ": a small kana only ends a syllable its kana began (Big5 read as EUC-JP)
            elif family == "ja" and i and _unseen_kana_pair(head[i - 1], ch):
                cost += KANA_PAIR_BITS  # "ノゼだ" is Big5 用未分: Japanese does not put these kana together
            before, after = head[i - 1 : i] if i else "", head[i + 1 : i + 2]
            # (At either end of the text a word may run on past the cut: only letters inside it are judged.)
            inside = bool(before and after)
            if o >= 0x30A1 and ch not in "ヵヶ" and inside and not (_is_katakana(before) or _is_katakana(after)):
                cost += 8  # katakana words are longer than one letter: "ア英" is Big5 失敗 read as EUC-JP
            elif (
                o <= 0x309F
                and ch not in _WORD_START_HIRAGANA
                and inside
                and (before in " \t\n" or (before.isascii() and before.isalpha()))
                and _is_han(after)
            ):
                cost += 6  # a word begun by a hiragana that is no prefix or particle: "つ随屋" is Big5 勾選盒
        elif 0x2E80 <= o <= 0x2FFF or 0x31C0 <= o <= 0x31EF or 0xFE10 <= o <= 0xFE1F or 0xFE30 <= o <= 0xFE4F:
            cost = 20.0  # CJK radicals, strokes, vertical forms (︽): in dictionaries and typesetting, hardly in text
        elif 0x3131 <= o <= 0x318E:
            kind, cost = "h", 16.0  # Hangul letters on their own (ㅟ): rare in text
        elif 0xAC00 <= o <= 0xD7A3:
            kind = "h"
            hangul += 1
            if family not in ("ko", "utf16", "utf8"):
                cost = 16.0
            elif ch in _COMMON_HANGUL:
                cost = 6.0
                top_hangul += ch in _TOP_HANGUL
            else:
                cost = 14.0 if ch in _hangul_seen() else 17.0  # rare in Korean (쨀, 퀼): Chinese bytes misread
        elif ch in "\uff02\uff07":
            cost = 16.0  # fullwidth ＂ and ＇: CJK text quotes with “ ” ‘ ’ (EUC-JP 範囲 read as Big5-HKSCS ＇區)
        elif ch in _PUNCTUATION or 0x3000 <= o <= 0x3003 or 0x3008 <= o <= 0x301F or 0xFF01 <= o <= 0xFF0F:
            cost = 4.0
        elif 0xFF10 <= o <= 0xFF5A:
            kind, cost = "c", 7.0
        elif 0xFF61 <= o <= 0xFF9F:
            kind, cost = "c", 16.0  # half-width katakana: Shift-JIS single bytes, rare in real text
        elif 0xC0 <= o <= 0x17F and ch.isalpha():
            kind = "l"
            after = head[i + 1 : i + 2]
            beside = (prev in ("a", "l") and head[i - 1].isalpha()) or (
                after.isalpha() and (after.isascii() or "\xc0" <= after <= "\u017f")
            )
            cost = (5.0 if beside else 10.0) if family in ("latin", "utf8") else 14.0
            if family == "latin" and not (
                (prev == "a" and head[i - 1].isalpha()) or (after.isascii() and after.isalpha())
            ):
                cost += 4 if prev == "l" or "\xc0" <= after <= "\u017f" else 0  # "ÉõÅû": no ASCII letter in the word
            if ch in "ŒœŠšŽžŸ":
                cost += 3  # CP1252's letters from 0x80-0x9F are rarer than Latin-1's
            if ch.isupper() and prev in ("a", "l") and head[i - 1].isalnum() and not head[i - 1].isupper():
                cost += 6  # "eÉb", "2001Äê", "dŒŽ": a capital inside a word
        elif 0x2010 <= o <= 0x2027 or ch in "\u00a0«»°·€©®":
            cost = 4.0 if family != "latin" or ch in "’“”–—…«»°€\u00a0" else 12.0
        else:
            category = unicodedata.category(ch)
            if category in ("Cn", "Co", "Cs") or (category == "Cc" and not controls_ok):
                return math.inf, len(head)
            # Greek and Cyrillic letters (α, β, Ω in Chinese scientific text); letters of other scripts; symbols
            cost = 10.0 if "\u0370" <= ch <= "\u04ff" else 16.0 if category.startswith("L") else 12.0
            if (
                o >= 0x180
                and category.startswith("L")
                and prev == "a"
                and head[i - 1].isalpha()
                and ch not in _ORTHOGRAPHIC
            ):
                cost += 12  # a letter of another script right after a Latin one: "qqȺ" is GB18030 qq群 read as UTF-8
        if family == "utf8" and kind == "p" and 0x80 <= o <= 0x7FF and prev == "a" and _sign_glued(head[i - 1], ch):
            cost += 12  # a sign glued to a Latin word: "qq¡: 123" is GB18030 qq隆 read as UTF-8
        if family == "ko" and kind != "h" and o >= 0x80 and _ks_x_1001_row(ch) in _KS_SIGN_ROWS:
            cost += 6  # Hangul letters alone, Greek, box drawing, units, kana in Korean: Big5 or GB read as CP949
        if cjk or family == "ko":
            if cjk and kind == "c" and prev == "s" and prev2 == "c":
                # Chinese and Japanese put no spaces between words (Korean does), but do between short list items.
                cost += 8
                list_spaces += max(last_run, _cjk_run(head, i)) <= LIST_ITEM_CHARS
            word_before = prev == "a" and head[i - 1].isalpha() and not _in_format(head, i - 1)
            if kind in ("c", "h") and prev not in ("c", "h") and not _is_cjk(head[i + 1 : i + 2]):
                after = head[i + 1 : i + 2]
                glued = (word_before and head[i - 1].islower()) or (after.isascii() and after.islower())
                if glued and ch not in _TOP_HANGUL:
                    cost += 12  # a lone character glued to a Latin word: "閏hec", "cat間orie", "%s뙫%s"
            if word_before and (kind == "c" or (kind == "h" and ch not in _GLUED_HANGUL)):
                # cat間orie: Latin-1 read as GB18030; "docker휭포" is GB18030 docker容器 read as EUC-KR (Korean glues
                # only particles and endings to a Latin word: "docker를", "python으로")
                cost += 8 if head[i - 1].islower() else 3
            elif kind == "a" and prev == "c" and ch.isalpha():
                cost += 8 if ch.islower() else 3
        if kind == "c":
            c_run += 1
        elif c_run:
            last_run, c_run = c_run, 0
        if kind == "h":
            run += 1
            if family == "ko" and head[i + 1 : i + 2] in ("", " ", "\t", "\n"):  # a word before a space: a list item?
                words += 1
                ended += ch in _ENDINGS
                if run > 4 and ch not in _ENDINGS:
                    cost += 4 * (run - 4)  # long Korean words are long for their endings: "각쨀것른쭈주" has none
            if run > 6:
                cost += 4  # Korean words are short and spaced; Chinese bytes read as Hangul run on
        elif kind != "p":
            run = 0
        # The shape of ASCII words, in every reading (what is shared cancels out; what a misreading makes does not).
        if kind == "a":
            word += ch
            consonants = consonants + 1 if ch in _CONSONANTS else 0
            if prev != "a" and not head[i + 1 : i + 2].isalnum() and ch not in "aAyoIe":
                cost += 3  # one-letter words are rare: "u®v„N-S;l»u" is UTF-16 read as CP1252
            if consonants >= 4 or (ch.isdigit() and head[i + 1 : i + 2].isalpha() and prev == "a"):
                cost += 3  # "lnmg", "m4l": UTF-16 or CJK bytes read as Latin-1
        else:
            consonants = 0
        if kind not in ("a", "l"):
            if len(word) >= 2 and not word.isupper() and not any(v in word for v in "aeiouyAEIOUY"):
                total += 3 * len(word)  # "Hgh", "cl": words without a vowel (acronyms are upper case)
            word = ""
        if family == "latin":
            if kind == "a" and prev == "l":
                cost -= 1
            elif o >= 0x80 and prev not in ("a", "s", "") and not (kind == "l" and prev == "l"):
                cost += 6  # runs of accented letters and symbols: CJK bytes read as Latin-1
        total += cost
        prev2, prev = prev, kind
    if list_spaces >= 2 or (list_spaces and han_count >= 6):
        total -= (8 - _LIST_SPACE_BITS) * list_spaces  # three list items, or two of 6 characters: separators
    if family == "ja" and not kana:
        total += _no_kana_bits(han_count)  # Japanese without kana is rare; Chinese or Korean bytes read so have none
    if family == "ko" and not hangul and han_count:
        return math.inf, len(head)  # Korean written in Han characters alone is all but extinct: Japanese or Chinese
    if family == "ko" and (
        not hangul or (hangul >= 4 and not top_hangul) or (hangul >= 6 and words >= 2 and not ended)
    ):
        total += 20 if not hangul else 8  # Korean has particles and endings (을, 는, 다 ...) in every sentence
    if family == "ko" and hangul >= 6 and not ended:
        total += 4 * max(words - 1, 0)  # and no word ends in one: Chinese list items read as Korean
    return total, len(head)


def _sign_glued(before: str, ch: str) -> bool:
    """Whether ``ch``, which is no letter, is what Latin text does not write right after the ASCII ``before``.

    Latin text puts a few signs after a word (®, °, ², ’, », a soft hyphen); a combining accent follows a letter
    only where the pair is a letter (``e`` and U+0301 are ``é``, in decomposed text). Other signs, marks and digits
    of two-byte UTF-8 glued to a Latin word are what a legacy CJK character's bytes spell there.
    """
    if not before.isalpha() or ch in _AFTER_WORD_SIGNS:
        return False
    category = unicodedata.category(ch)
    if category.startswith("L"):
        return False  # letters are judged as letters
    return category != "Mn" or len(unicodedata.normalize("NFC", before + ch)) != 1


# Signs that Latin text writes right after a word.
_AFTER_WORD_SIGNS = frozenset("®©°ºª²³¹’”»…´·\u00a0\u00ad")


def _cjk_run(text: str, start: int) -> int:
    """How many CJK characters (Han, kana, Hangul) run on from ``text[start]``."""
    end = start
    while end < len(text) and _is_cjk(text[end]):
        end += 1
    return end - start


def _is_hangul(ch: str) -> bool:
    return bool(ch) and "\uac00" <= ch <= "\ud7a3"


def _no_kana_bits(han_count: int) -> float:
    """What a Japanese reading with ``han_count`` Han characters and no kana pays for having no kana."""
    return 2.0 * han_count if han_count <= 4 else 10.0


def _prior_bits(reading: Reading, best: Reading) -> float:
    """The part of a reading's cost that is a prior on the language, not evidence in its characters.

    A Japanese reading without kana pays for being rare (`_no_kana_bits`), but kanji-only Japanese (titles, terms:
    ``長形2号``, ``暗号化``) exists, and EUC-JP kanji are EUC-KR Hangul byte for byte. A Korean reading with two
    or more syllables and no particle or ending (은, 를, 다 ...) lacks its language's grammar as much: against it,
    the Japanese reading is judged on its characters alone, so that such Korean wins only on clear evidence; so it
    is against Korean whose syllables are mostly ones Korean never writes (``휘방: 빕과 촐`` is EUC-JP 番号: 索引 値).
    """
    if reading.family != "ja" or best.family != "ko":
        return 0.0
    syllables = [ch for ch in best.text[:_SCORED_CHARS] if "\uac00" <= ch <= "\ud7a3"]
    unseen = sum(1 for ch in syllables if ch not in _COMMON_HANGUL and ch not in _hangul_seen())
    if len(syllables) < 2 or (any(ch in _TOP_HANGUL for ch in syllables) and 2 * unseen < len(syllables)):
        return 0.0
    head = reading.text[:_SCORED_CHARS]
    if any("\u3041" <= ch <= "\u30ff" for ch in head):
        return 0.0
    return _no_kana_bits(sum(1 for ch in head if _is_han(ch)))


def _is_katakana(ch: str) -> bool:
    return bool(ch) and "\u30a1" <= ch <= "\u30ff"


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff" or ord(ch) >= 0x20000


def _small_kana_fits(small: str, before: str) -> bool:
    """Whether the small kana ``small`` can follow the character ``before`` in Japanese."""
    hiragana = small < "\u30a0"
    if small in "っッ" and before and _is_han(before):
        return True
    if hiragana:
        return "\u3041" <= before <= "\u309f" and (small in "っゎぁぃぅぇぉ" or before in _I_ROW)
    return "\u30a0" <= before <= "\u30ff"


def _in_format(text: str, end: int) -> bool:
    """Whether the ASCII letters ending at ``text[end]`` are a printf conversion such as ``%lld`` or ``%s``."""
    start = end
    while start > 0 and text[start - 1].isascii() and text[start - 1].isalnum():
        start -= 1
    return start > 0 and text[start - 1] == "%"


def _is_cjk(ch: str) -> bool:
    return bool(ch) and ("\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7a3" or "\uf900" <= ch <= "\ufaff")


# The rows of KS X 1001 after its punctuation: Hangul letters, Roman numerals and Greek, box drawing, units,
# circled and Latin letters, hiragana, katakana, Cyrillic (EUC-KR lead bytes 0xA4-0xAC).
_KS_SIGN_ROWS = range(0xA4, 0xAD)


def _ks_x_1001_row(ch: str) -> int:
    """The EUC-KR lead byte of ``ch``, or 0 when it is not a double-byte character of EUC-KR."""
    try:
        raw = ch.encode("euc_kr")
    except UnicodeEncodeError:
        return 0
    return raw[0] if len(raw) == 2 else 0


def _is_kana(ch: str) -> bool:
    """Hiragana, katakana and the prolonged sound mark ー (not the middle dot ・)."""
    return "\u3041" <= ch <= "\u30ff" and ch != "\u30fb"


def _unseen_kana_pair(before: str, ch: str) -> bool:
    """Whether the kana ``ch`` after the kana ``before`` is a pair Japanese text hardly has (``kana_bigrams.txt``)."""
    return _judged_kana_pair(before, ch) and before + ch not in _kana_pairs()


def _judged_kana_pair(before: str, ch: str) -> bool:
    """Whether the pair ``before`` ``ch`` is looked up in ``kana_bigrams.txt`` at all.

    Only a pair that ends in a hiragana is judged: hiragana are grammar (endings, particles), in few orders, while a
    katakana begins a loanword after a particle (をファイル) and goes with any other in foreign names (ブキドノ).
    Nor is a pair with a small kana or ー: `_small_kana_fits` judges what a small kana ends, and after a syllable
    ended by one any kana may follow (きゃりーぱみゅぱみゅ).
    """
    return (
        _is_kana(before)
        and "\u3041" <= ch <= "\u309f"
        and before not in _SMALL_KANA
        and ch not in _SMALL_KANA
        and before != "ー"
    )


@lru_cache(maxsize=1)
def _kana_pairs() -> frozenset[str]:
    """The kana pairs of ``kana_bigrams.txt`` (see ``scripts/build_kana_bigrams.py``), as two-character strings."""
    from importlib import resources

    text = resources.files(__package__).joinpath("kana_bigrams.txt").read_text(encoding="utf-8")
    pairs = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return frozenset(first + after for first, following in pairs for after in following)


@lru_cache(maxsize=1)
def _hangul_seen() -> frozenset[str]:
    """The Hangul syllables of ``hangul_seen.txt`` (see ``scripts/build_hangul_frequency.py``)."""
    from importlib import resources

    text = resources.files(__package__).joinpath("hangul_seen.txt").read_text(encoding="utf-8")
    return frozenset("".join(line for line in text.splitlines() if not line.startswith("#")))


def _han_costs() -> dict[str, int]:
    """Han character → cost in bits, from ``han_costs.txt`` (see ``scripts/build_han_frequency.py``)."""
    return _tables()[0]


def _japanese_forms() -> dict[str, str]:
    """Japanese form of a kanji → its traditional form (応 → 應), from the ``ja`` line of ``han_costs.txt``."""
    return _tables()[1]


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, int], dict[str, str]]:
    from importlib import resources

    table: dict[str, int] = {}
    forms: dict[str, str] = {}
    text = resources.files(__package__).joinpath("han_costs.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            cost, chars = line.split("\t")
            if cost == "ja":
                forms.update(zip(chars[0::2], chars[1::2], strict=True))
                continue
            for ch in chars:
                table[ch] = int(cost)
    for ch in _CANTONESE:
        table.setdefault(ch, 11)
    return table, forms


# Characters of written Cantonese (many only in Big5-HKSCS), missing from the Mandarin-derived table.
_CANTONESE = "佢哋喺嘅咗冇嘢啲乜嚟噉咁睇畀俾嗰呢啱唔係咩喇囉嘞啦嗎吖咪諗攞搵揾瞓嬲㗎嘥啩"


def _preview(text: str, limit: int = 12) -> str:
    short = " ".join(text.split())
    return repr(short if len(short) <= limit else short[: limit - 1] + "…")


def _why_not(raw: bytes, found: list[Reading], final: bool) -> str:
    """Why no reading fits: where UTF-8 and GB18030 stop decoding, and which readings hold non-text."""
    parts = []
    for codec in ("utf-8", "gb18030", "big5"):
        try:
            codecs.getincrementaldecoder(codec)(errors="strict").decode(raw, final=final)
        except UnicodeDecodeError as err:
            parts.append(f"as {codec}, byte {err.start:,} ({raw[err.start : err.start + 4]!r}) {err.reason}")
    junk = [r.codec for r in found]
    if junk:
        parts.append("as " + ", ".join(junk) + " it is not plausible text")
    return "; ".join(parts) or "no encoding gives plausible text"


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
            f"{source}: cannot be decoded as {codec}: byte {err.start:,} "
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
