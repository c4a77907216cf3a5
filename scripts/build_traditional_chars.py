"""Derive ``src/textkit/lang_zh/traditional_chars.txt``: traditional characters and the one simplified form of each.

Source: OpenCC (Apache-2.0), the ``t2s``, ``tw2s`` and ``hk2s`` conversions, one character at a time, over the CJK
Unified Ideographs and Extension A. A character is listed when a conversion turns it into one other character (the
first of ``t2s``, ``tw2s``, ``hk2s`` that does) and it is not in GB 2312, the simplified character set: a character
of GB 2312 is a simplified character in its own right (``么`` in 什么, ``著`` in 著名, ``乾`` in 乾坤), so folding it
would change simplified text. Four of them are listed anyway (`ALSO_FOLDED`): in GB 2312 as rare variants, they are
in traditional text the everyday ``后``, ``干`` (乾淨), ``于`` and ``么``.

The file has one line per simplified character: the simplified character, a tab, then its traditional forms.

Run: ``.venv/bin/python scripts/build_traditional_chars.py`` (needs the ``opencc`` extra); ``--check`` compares
with the shipped file instead of writing it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import opencc

OUT = Path(__file__).resolve().parents[1] / "src" / "textkit" / "lang_zh" / "traditional_chars.txt"
RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF))
CONFIGS = ("t2s", "tw2s", "hk2s")
ALSO_FOLDED = "後乾於麽"
HEADER = (
    "# Traditional Chinese characters and their simplified form, one line per simplified character: the simplified\n"
    "# character, a tab, its traditional forms. Derived by scripts/build_traditional_chars.py from OpenCC's t2s, tw2s\n"
    "# and hk2s conversions (OpenCC, Copyright (c) Carbo Kuo and contributors, Apache License 2.0), leaving out the\n"
    "# characters of GB 2312 except 後乾於麽. See textkit/lang_zh/README.md.\n"
)


def in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def fold_table() -> dict[str, str]:
    """Traditional character -> its simplified form."""
    converters = [opencc.OpenCC(config) for config in CONFIGS]
    table: dict[str, str] = {}
    for lo, hi in RANGES:
        for code in range(lo, hi + 1):
            ch = chr(code)
            if in_gb2312(ch) and ch not in ALSO_FOLDED:
                continue
            for converter in converters:
                out = converter.convert(ch)
                if len(out) == 1 and out != ch:
                    table[ch] = out
                    break
    return table


def render(table: dict[str, str]) -> str:
    by_simplified: dict[str, list[str]] = {}
    for traditional, simplified in table.items():
        by_simplified.setdefault(simplified, []).append(traditional)
    lines = [f"{s}\t{''.join(sorted(ts))}\n" for s, ts in sorted(by_simplified.items())]
    return HEADER + "".join(lines)


def main() -> int:
    text = render(fold_table())
    if "--check" in sys.argv[1:]:
        same = OUT.read_text(encoding="utf-8") == text
        print(f"{OUT.name}: {'identical' if same else 'DIFFERS'}")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - HEADER.count(chr(10))} simplified characters)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
