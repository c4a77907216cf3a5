"""Derive ``src/textkit/io/hangul_seen.txt``, the Hangul syllables the encoding detector treats as in use.

KS X 1001 (EUC-KR) has 2,350 Hangul syllables, and a Chinese or Big5 text read as EUC-KR spells many that
Korean hardly writes (쨀, 쯩, 퀼, 굔). The detector gives a syllable outside its short list of common ones 14
bits when it is in this file and 17 when it is not. Source: the Korean messages of the gettext catalogues
installed under ``/usr/share/locale/ko`` whose source file falls in the *tune* half of
``benchmarks/encoding_corpus.py`` (the *report* half is never read), and the Korean CLDR names that Babel
installs (Unicode licence). Only which syllables occur at least ``MIN_COUNT`` times is kept: one line of
syllables, no text.

Run: ``.venv/bin/python scripts/build_hangul_frequency.py``.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import encoding_corpus as corpus  # noqa: E402

OUT = ROOT / "src" / "textkit" / "io" / "hangul_seen.txt"
MIN_COUNT = 2


def main() -> None:
    docs = [d for d in corpus.catalogue_documents(("ko",)) if d.half == "tune"]
    docs += corpus.fresh_documents("cldr:ko")
    counts = Counter(ch for doc in docs for text in doc.sentences for ch in text if "\uac00" <= ch <= "\ud7a3")
    seen = "".join(sorted(ch for ch, n in counts.items() if n >= MIN_COUNT))
    OUT.write_text(
        "# Hangul syllables seen at least twice in Korean gettext messages (tune half) and CLDR names,\n"
        f"# by scripts/build_hangul_frequency.py: {len(seen)} of {len(counts)} seen, {sum(counts.values()):,} in all.\n"
        f"{seen}\n",
        encoding="utf-8",
    )
    print(f"{OUT}: {len(seen)} syllables")


if __name__ == "__main__":
    main()
