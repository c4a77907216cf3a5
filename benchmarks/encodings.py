"""How often `read_text`'s encoding detector is right, refuses, or is wrong, per codec and text length.

For each codec and each length (4 … 200 characters), real texts (see ``encoding_corpus.py``: CSL abstracts,
their OpenCC traditional versions, written Cantonese, gettext catalogues) are encoded, without a byte-order
mark, and given to `textkit.decode_bytes`: *right* is the original text back, *refused* a `TextkitError`,
*wrong* any other text. Pure-ASCII windows are skipped (every codec writes them as ASCII, read as UTF-8).
The texts are split into two halves by source document: the detector's thresholds were tuned on ``tune``;
``report`` (the default) was not looked at while tuning. `charset-normalizer` (when installed; `make` installs
it with Jupyter) is measured on the same texts for comparison with ``--baseline``.

    .venv/bin/python benchmarks/encodings.py [--half report|tune] [--limit 5000] [--baseline]
    .venv/bin/python benchmarks/encodings.py --written

``--written`` measures instead on ``tests/io/encoding_samples.py``, sentences written after the detector, run
together per language: every piece of every length in ``LENGTHS`` at every starting character. ``--fresh 1``
measures on sources that neither half used (see `fresh_sources`): the Chinese gettext catalogues, the CLDR
names Babel installs, and ``tests/io/encoding_samples_fresh.py``; two rules were then added for what it found
(UTF-8's head start per character, signs in Korean readings), so ``--fresh 2`` is the fresh look after them:
``tests/io/encoding_samples_fresh2.py`` and the CLDR names of ``zh`` and ``zh_Hant``. Round 2 found Chinese
lists read as Korean; the rules then added (list separators, rare Hangul, Korean words without endings, a lone
hiragana, near misses, CJK glued between ASCII) were tuned on it, so ``--fresh 3`` is the look after them:
``tests/io/encoding_samples_fresh3.py``, lists, chemistry, kanji labels, Korean with hanja, Cantonese, written
after those rules. Round 3 found EUC-KR language names, Big5 labels read as kana and ``control目录`` read as
UTF-8; the rules then added (a fullwidth apostrophe, a Latin Extended letter glued to ASCII, 어 as an ending, a
doubled kanji, a lone katakana, a word begun by a hiragana before a kanji, Korean of unseen syllables) were
written for fresh round 1 and the report half, so ``--fresh 4`` is the look after them:
``tests/io/encoding_samples_fresh4.py``, lists, ASCII identifiers glued to CJK words, short labels, Korean lists
(fresh rounds 1-3 and both halves have all been looked at since). Its first run found GB18030 and Big5
identifiers glued to Chinese read as Korean (``docker휭포``); the rule then added (Hangul glued to a Latin word
must be a particle) was written for it, so round 4 is no longer fresh either. The fourth round's rules (a hiragana
after a kana in a pair Japanese hardly writes, a letter of another script or a UTF-8 sign glued to a Latin word, no
implausible reading returned) were written for fresh round 1's last wrong window (Big5 ``free: 用未分`` read as
EUC-JP kana) and for GB18030 ``qq群`` read as UTF-8 ``qqȺ``; ``--fresh 5`` is the look after them:
``tests/io/encoding_samples_fresh5.py``, short GB18030 and Big5 labels with ASCII, ASCII glued to CJK words,
Cantonese, Japanese labels and kana- or kanji-heavy sentences, Korean, Latin-1 with accents. Its first run found
wrong windows only at 4 characters, and nothing was changed for them: round 5 is still a first look. The Chinese
sources leave out a CSL sentence that is itself mojibake (``encoding_corpus.CORRUPT``); the halves' tables print
it. ``--speed`` times ``decode_bytes`` on 1 MB per codec against the plain ``bytes.decode``.

    .venv/bin/python benchmarks/encodings.py --fresh 5
    .venv/bin/python benchmarks/encodings.py --speed

Targets (issue 17): wrong = 0 at lengths >= 9, and below 1% overall.
"""

from __future__ import annotations

import argparse
import sys
import time
import types
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import encoding_corpus as corpus

import textkit

LENGTHS = (4, 6, 9, 16, 32, 64, 200)


Sources = dict[str, tuple[list[corpus.Document], Callable[[str], str], str]]


def _table(
    simplified: tuple[list[corpus.Document], Callable[[str], str]],
    traditional: tuple[list[corpus.Document], Callable[[str], str]],
    hong_kong: tuple[list[corpus.Document], Callable[[str], str]],
    japanese: list[corpus.Document],
    korean: list[corpus.Document],
    latin: list[corpus.Document],
) -> Sources:
    """Each codec measured, with the documents it encodes, how they are converted first, and the codec's name."""

    return {
        "UTF-8": (*simplified, "utf-8"),
        "UTF-16-LE": (*simplified, "utf-16-le"),
        "UTF-16-BE": (*simplified, "utf-16-be"),
        "GB18030": (*simplified, "gb18030"),
        "GBK": (*simplified, "gbk"),
        "Big5": (*traditional, "big5"),
        "Big5-HKSCS": (*hong_kong, "big5hkscs"),
        "Shift-JIS": (japanese, str, "shift_jis"),
        "EUC-JP": (japanese, str, "euc_jp"),
        "EUC-KR": (korean, str, "euc_kr"),
        "Latin-1": (latin, str, "latin-1"),
    }


def sources() -> Sources:
    """codec label → (documents, a transform of each text, the Python codec that writes it)."""
    import opencc

    zh = corpus.chinese_documents()
    s2tw, s2hk = opencc.OpenCC("s2tw").convert, opencc.OpenCC("s2hk").convert
    cantonese = [corpus.Document(f"cantonese-{i}", [s]) for i, s in enumerate(corpus.CANTONESE)]
    ja = corpus.catalogue_documents(("ja",))
    ko = corpus.catalogue_documents(("ko",))
    latin = corpus.catalogue_documents(corpus.LATIN_LANGS)
    return _table((zh, str), (zh, s2tw), (cantonese + zh, s2hk), ja, ko, latin)


def fresh_sources(round_: int = 1) -> Sources:
    """Texts from sources no version of the detector was tuned or measured on, and sentences written after it.

    Each codec gets the machine's texts (see `encoding_corpus.fresh_documents`) and ``encoding_samples_fresh.py``
    (written after the detector's rules were settled), whose sentences are run together per language as with
    ``--written``, but cut like the catalogues: each piece starts at a sentence.
    """
    if round_ == 2:
        return _fresh_sources_2()
    if round_ == 3:
        return _fresh_sources_3()
    if round_ == 4:
        return _fresh_sources_4()
    if round_ == 5:
        return _fresh_sources_5()
    samples = _load_samples("encoding_samples_fresh.py")

    zh_cn, zh_tw = corpus.fresh_documents("zh_CN"), corpus.fresh_documents("zh_TW")
    zh_hk = corpus.fresh_documents("zh_HK") + corpus.fresh_documents("cldr:yue,zh_Hant_HK")
    ja = corpus.fresh_documents("cldr:ja") + _written(samples.JAPANESE, "")
    ko = corpus.fresh_documents("cldr:ko") + _written(samples.KOREAN, " ")
    latin = corpus.fresh_documents("cldr:fr,de,es,pt,it") + _written(samples.LATIN, " ")
    simplified = zh_cn + _written(samples.SIMPLIFIED, "")
    traditional = zh_tw + _written(samples.TRADITIONAL, "")
    hong_kong = zh_hk + _written(samples.CANTONESE, "")
    return _table((simplified, str), (traditional, str), (hong_kong, str), ja, ko, latin)


def _written(texts: list[str], joiner: str) -> list[corpus.Document]:
    # A "/" name makes `corpus.windows` join the sentences with a space (Korean, Latin), else with nothing.
    return [corpus.Document(("/written" if joiner else "written") + f"-{len(texts)}", texts)]


def _chinese_and_written(
    simplified: list[corpus.Document],
    traditional: list[corpus.Document],
    hong_kong: list[corpus.Document],
    samples: types.ModuleType,
    japanese_joiner: str = "",
) -> Sources:
    """A fresh look's table: its Chinese documents, and its written Japanese, Korean and Latin lines."""
    return _table(
        (simplified, str),
        (traditional, str),
        (hong_kong, str),
        _written(samples.JAPANESE, japanese_joiner),
        _written(samples.KOREAN, " "),
        _written(samples.LATIN, " "),
    )


def _fresh_sources_2() -> Sources:
    """The second fresh look: ``encoding_samples_fresh2.py`` and the CLDR names of ``zh`` and ``zh_Hant``."""
    samples = _load_samples("encoding_samples_fresh2.py")
    simplified = corpus.fresh_documents("cldr:zh") + _written(samples.SIMPLIFIED, "")
    traditional = corpus.fresh_documents("cldr:zh_Hant") + _written(samples.TRADITIONAL, "")
    hong_kong = corpus.fresh_documents("cldr:zh_Hant") + _written(samples.CANTONESE + samples.TRADITIONAL, "")
    return _chinese_and_written(simplified, traditional, hong_kong, samples)


def _fresh_sources_3() -> Sources:
    """The third fresh look: ``encoding_samples_fresh3.py``, written after the second round's rules.

    Lists (``*_LISTS``, Korean, Latin) are run together with spaces, like the CLDR names; the other lines directly.
    """
    samples = _load_samples("encoding_samples_fresh3.py")
    simplified = _written(samples.SIMPLIFIED_LISTS, " ") + _written(samples.SIMPLIFIED_MIXED, "")
    traditional = _written(samples.TRADITIONAL_LISTS, " ") + _written(samples.TRADITIONAL_MIXED, "")
    hong_kong = _written(samples.CANTONESE, "") + _written(samples.TRADITIONAL_LISTS, " ")
    return _chinese_and_written(simplified, traditional, hong_kong, samples)


def _fresh_sources_4() -> Sources:
    """The fourth fresh look: ``encoding_samples_fresh4.py``, written after the third round's rules.

    Every line is run together with the next ones with spaces (lists, identifiers, labels), Cantonese directly.
    """
    samples = _load_samples("encoding_samples_fresh4.py")
    simplified = _written(samples.SIMPLIFIED_LISTS, " ") + _written(samples.SIMPLIFIED_MIXED, " ")
    traditional = _written(samples.TRADITIONAL_LISTS, " ") + _written(samples.TRADITIONAL_MIXED, " ")
    hong_kong = _written(samples.CANTONESE, "") + _written(samples.TRADITIONAL_LISTS, " ")
    return _chinese_and_written(simplified, traditional, hong_kong, samples, japanese_joiner=" ")


def _fresh_sources_5() -> Sources:
    """The fifth fresh look: ``encoding_samples_fresh5.py``, written after the fourth round's rules.

    Labels and lists are run together with spaces, like round 4's lines; Cantonese and Japanese prose directly.
    """
    samples = _load_samples("encoding_samples_fresh5.py")
    simplified = _written(samples.SIMPLIFIED_LABELS, " ") + _written(samples.SIMPLIFIED_MIXED, " ")
    traditional = _written(samples.TRADITIONAL_LABELS, " ") + _written(samples.TRADITIONAL_MIXED, " ")
    hong_kong = _written(samples.CANTONESE, "") + _written(samples.TRADITIONAL_LABELS, " ")
    return _table(
        (simplified, str),
        (traditional, str),
        (hong_kong, str),
        _written(samples.JAPANESE_LABELS, " ") + _written(samples.JAPANESE, ""),
        _written(samples.KOREAN, " "),
        _written(samples.LATIN, " "),
    )


def speed() -> None:
    """`textkit.decode_bytes` on about 1 MB per codec, as a ratio to the plain ``bytes.decode`` of that codec."""
    units = {
        "gb18030": "抖音电商的增量价值，就是让用户寻找信息更高效。我们在2023年看到了很多变化。\n",
        "big5": "這價格虧了，下次不會再來這家店買東西。\n",
        "shift_jis": "今日はとても暑かったので、冷たいお茶をたくさん飲みました。\n",
        "euc_kr": "오늘은 날씨가 좋아서 친구와 함께 공원에 갔습니다.\n",
        "latin-1": "Ça coûte trente-deux euros, déjà payé à la caisse.\n",
        "utf-8": "抖音电商的增量价值，就是让用户寻找信息更高效。\n",
    }
    print("\n| codec | MB | bytes.decode (ms) | decode_bytes (ms) | ratio |\n| --- | --- | --- | --- | --- |")
    for codec, unit in units.items():
        raw = (unit * (1 + (1 << 20) // len(unit.encode(codec)))).encode(codec)[: 1 << 20]
        raw = raw[: len(raw.decode(codec, "ignore").encode(codec))]
        plain = _best_time(raw.decode, codec)
        ours = _best_time(textkit.decode_bytes, raw)
        print(f"| {codec} | {len(raw) / 1e6:.2f} | {1000 * plain:.1f} | {1000 * ours:.1f} | {ours / plain:.1f} |")


def _best_time(run: Callable[..., object], *args: object) -> float:
    times = []
    for _ in range(7):
        start = time.perf_counter()
        run(*args)
        times.append(time.perf_counter() - start)
    return min(times)


def _load_samples(name: str) -> types.ModuleType:
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "tests" / "io" / name
    spec = importlib.util.spec_from_file_location(name.removesuffix(".py"), path)
    assert spec is not None and spec.loader is not None
    samples = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(samples)
    return samples


def written_sources() -> Sources:
    """The written sentences as documents of one sentence each; pieces are cut by `written_windows`."""
    samples = _load_samples("encoding_samples.py")

    def docs(texts: list[str]) -> list[corpus.Document]:
        # One document per list, its sentences run together (with a space in Latin and Korean), so that pieces
        # of 32 to 200 characters exist.
        joiner = " " if texts[0].isascii() or "\uac00" <= texts[0][0] <= "\ud7a3" or texts is samples.LATIN else ""
        return [corpus.Document("written", [joiner.join(texts)])]

    zh, tw, hk = docs(samples.SIMPLIFIED), docs(samples.TRADITIONAL), docs(samples.CANTONESE + samples.TRADITIONAL)
    return _table((zh, str), (tw, str), (hk, str), docs(samples.JAPANESE), docs(samples.KOREAN), docs(samples.LATIN))


def written_windows(docs: list[corpus.Document], length: int) -> Iterator[str]:
    for doc in docs:
        text = doc.sentences[0]
        for start in range(len(text) - length + 1):
            yield text[start : start + length]


def outcome(raw: bytes, text: str, decode: Callable[[bytes], str]) -> str:
    try:
        got = decode(raw)
    except ValueError:
        return "refused"
    return "right" if got == text else "wrong"


def charset_normalizer_decode(raw: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise ValueError("no match")
    return str(best)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("report", "tune"), default="report")
    parser.add_argument("--limit", type=int, default=5000, help="texts per codec and length")
    parser.add_argument("--baseline", action="store_true", help="also measure charset-normalizer")
    parser.add_argument("--show-wrong", type=int, default=0, help="print up to this many wrong decodings")
    parser.add_argument("--written", action="store_true", help="measure on the sentences written after the code")
    parser.add_argument("--codec", default="", help="show wrong decodings of this codec only")
    parser.add_argument(
        "--fresh",
        type=int,
        choices=(1, 2, 3, 4, 5),
        default=0,
        help="measure on sources nothing was tuned on (round 1-5)",
    )
    parser.add_argument("--speed", action="store_true", help="time decode_bytes on 1 MB per codec instead")
    args = parser.parse_args()
    if args.speed:
        speed()
        return
    deciders: dict[str, Callable[[bytes], str]] = {"textkit": textkit.decode_bytes}
    if args.baseline:
        deciders["charset-normalizer"] = charset_normalizer_decode
    start = time.perf_counter()
    for name, decode in deciders.items():
        what = (
            "sentences written after the code"
            if args.written
            else f"fresh sources, round {args.fresh} (see fresh_sources)"
            if args.fresh
            else f"{args.half} half"
        )
        print(f"\n## {name}, {what}, up to {args.limit:,} texts per cell: right / refused / wrong (%)\n")
        if not args.written and not args.fresh:
            for sentence, reason in corpus.excluded():
                print(f"excluded (Chinese sources): {sentence!r}: {reason}\n")
        print(f"| codec | {' | '.join(str(n) for n in LENGTHS)} | all | wrong ≥ 9 |")
        print("| --- " * (len(LENGTHS) + 3) + "|")
        grand = {"right": 0, "refused": 0, "wrong": 0}
        shown = 0
        table = written_sources() if args.written else fresh_sources(args.fresh) if args.fresh else sources()
        for label, (docs, transform, codec) in table.items():
            cells = []
            totals = {"right": 0, "refused": 0, "wrong": 0}
            wrong_long = 0
            for length in LENGTHS:
                counts = {"right": 0, "refused": 0, "wrong": 0}
                seen: set[str] = set()
                half = "all" if args.fresh else args.half
                pieces = written_windows(docs, length) if args.written else corpus.windows(docs, length, half)
                for window in pieces:
                    text = transform(window)[:length]
                    if text.isascii() or text in seen:
                        continue
                    try:
                        raw = text.encode(codec)
                    except UnicodeEncodeError:
                        continue
                    seen.add(text)
                    result = outcome(raw, text, decode)
                    counts[result] += 1
                    if result == "wrong" and shown < args.show_wrong and (not args.codec or label == args.codec):
                        shown += 1
                        try:
                            got = decode(raw)
                        except ValueError:
                            got = "?"
                        print(f"  wrong {label} {length}: {text!r} -> {got!r}")
                    if len(seen) >= args.limit:
                        break
                n = sum(counts.values())
                cells.append(
                    f"{n:,}: {100 * counts['right'] / max(n, 1):.1f} / {100 * counts['refused'] / max(n, 1):.1f}"
                    f" / {100 * counts['wrong'] / max(n, 1):.2f}"
                )
                for key in totals:
                    totals[key] += counts[key]
                if length >= 9:
                    wrong_long += counts["wrong"]
            n = sum(totals.values())
            for key in grand:
                grand[key] += totals[key]
            print(
                f"| {label} | {' | '.join(cells)} | {n:,}: {100 * totals['right'] / max(n, 1):.1f} / "
                f"{100 * totals['refused'] / max(n, 1):.1f} / {100 * totals['wrong'] / max(n, 1):.2f} | {wrong_long} |"
            )
        n = sum(grand.values())
        print(
            f"\nall codecs: {n:,} texts: right {100 * grand['right'] / n:.2f}%, "
            f"refused {100 * grand['refused'] / n:.2f}%, wrong {100 * grand['wrong'] / n:.3f}%"
        )
    print(f"\n({time.perf_counter() - start:.0f} s)")


if __name__ == "__main__":
    main()
