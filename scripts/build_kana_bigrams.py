"""Derive ``src/textkit/io/kana_bigrams.txt``, the pairs of kana the encoding detector treats as Japanese.

Big5 bytes read as EUC-JP give kana (Big5 ``用未分`` is EUC-JP ``ノゼだ``), but in orders Japanese does not write.
The detector charges a hiragana after a full-size kana extra when the pair is not in this file (see
`textkit.io.encoding._judged_kana_pair` for which pairs are judged). Sources: the Japanese messages of the gettext
catalogues installed under ``/usr/share/locale/ja`` whose source file falls in the *tune* half of
``benchmarks/encoding_corpus.py`` (the *report* half is never read), and the Japanese CLDR data that Babel
installs (Unicode licence) other than the names ``benchmarks/encodings.py --fresh 1`` measures on (territories,
languages, scripts, currencies, months, days): time-zone cities, units, date fields, eras and the like; and
``scripts/kana_prose_ja.txt``, everyday Japanese written for this script (the catalogues are technical messages,
short of the pairs of polite and spoken Japanese: ございます, とても). Only which pairs occur (at least
``MIN_COUNT`` times) is kept: one line per first kana, no text.

The script also prints, and writes into the file's header, how often a judged pair is unseen when the table is
built from half of the catalogues: in the other half's Japanese, and in the tune half's Chinese sentences converted
to traditional characters (OpenCC ``s2tw``) and read as EUC-JP.

Run: ``.venv/bin/python scripts/build_kana_bigrams.py``.
"""

from __future__ import annotations

import itertools
import sys
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "src"))

import encoding_corpus as corpus  # noqa: E402

from textkit.io import encoding  # noqa: E402

OUT = ROOT / "src" / "textkit" / "io" / "kana_bigrams.txt"
PROSE = ROOT / "scripts" / "kana_prose_ja.txt"
MIN_COUNT = 1

# The CLDR groups that fresh round 1 measures on, left out here.
_FRESH_GROUPS = frozenset({"territories", "languages", "scripts", "currency_names", "months", "days"})


def is_kana(ch: str) -> bool:
    """Hiragana, katakana and the prolonged sound mark ー (not the middle dot ・)."""
    return "\u3041" <= ch <= "\u30ff" and ch != "\u30fb"


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif hasattr(value, "values"):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


def cldr_texts() -> list[str]:
    """The strings of Babel's Japanese CLDR data, but for the groups fresh round 1 measures on."""
    from babel import Locale

    data = Locale.parse("ja")._data
    return [text for key in data if key not in _FRESH_GROUPS for text in _strings(data[key])]


def prose_texts() -> list[str]:
    """The lines of ``kana_prose_ja.txt``, written for this script."""
    return [line for line in PROSE.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


def pair_counts(texts: Iterable[str]) -> Counter[str]:
    return Counter(a + b for text in texts for a, b in itertools.pairwise(text) if is_kana(a) and is_kana(b))


def unseen_rate(texts: Iterable[str], seen: frozenset[str]) -> tuple[int, int]:
    """(unseen, judged) pairs of ``texts``, judged as the detector judges them, against the pairs ``seen``."""
    judged = [a + b for text in texts for a, b in itertools.pairwise(text) if encoding._judged_kana_pair(a, b)]
    return sum(1 for pair in judged if pair not in seen), len(judged)


def held_out() -> tuple[str, str]:
    """How often a judged pair is unseen, with a table from half of the catalogues: Japanese, Big5 read as EUC-JP."""
    import opencc

    ja = [d for d in corpus.catalogue_documents(("ja",)) if d.half == "tune"]
    build = [s for d in ja if zlib.crc32(d.name.encode()) % 4 < 2 for s in d.sentences] + cldr_texts() + prose_texts()
    rest = [s for d in ja if zlib.crc32(d.name.encode()) % 4 >= 2 for s in d.sentences]
    seen = frozenset(p for p, n in pair_counts(build).items() if n >= MIN_COUNT)
    s2tw = opencc.OpenCC("s2tw").convert
    zh = [s2tw(s) for d in corpus.chinese_documents() if d.half == "tune" for s in d.sentences]
    misread = [s.encode("big5", "ignore").decode("euc_jp", "ignore") for s in zh]
    figures = []
    for name, texts in (("held-out Japanese", rest), ("Big5 read as EUC-JP", misread)):
        unseen, judged = unseen_rate(texts, seen)
        figures.append(f"{name}: {unseen:,} of {judged:,} judged pairs unseen ({100 * unseen / max(judged, 1):.1f}%)")
    return figures[0], figures[1]


def main() -> None:
    texts = [s for d in corpus.catalogue_documents(("ja",)) if d.half == "tune" for s in d.sentences]
    texts += cldr_texts() + prose_texts()
    counts = pair_counts(texts)
    seen = sorted(pair for pair, n in counts.items() if n >= MIN_COUNT)
    lines: dict[str, str] = {}
    for pair in seen:
        lines[pair[0]] = lines.get(pair[0], "") + pair[1]
    japanese, misread = held_out()
    OUT.write_text(
        "# Kana pairs seen in Japanese gettext messages (tune half), CLDR data other than names and\n"
        f"# kana_prose_ja.txt, by scripts/build_kana_bigrams.py: {len(seen)} pairs, {sum(counts.values()):,} in all.\n"
        f"# With a table from half of the catalogues, {japanese};\n# {misread}.\n"
        "# Each line: a kana, a tab, the kana seen after it.\n"
        + "".join(f"{first}\t{after}\n" for first, after in lines.items()),
        encoding="utf-8",
    )
    print(f"{OUT}: {len(seen)} pairs\n{japanese}\n{misread}")


if __name__ == "__main__":
    main()
