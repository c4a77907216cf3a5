"""Derive ``src/textkit/io/han_costs.txt``, the Han character costs the encoding detector scores readings with.

Source: the word list that ships with jieba (``jieba/dict.txt``, MIT licence), about 349,000 words with corpus
frequencies. A character's count is the sum of the frequencies of the words it occurs in. Traditional forms get
the counts of their simplified words converted with OpenCC (Apache-2.0; ``s2t``, ``s2tw`` and ``s2hk``), so that
a Big5 text is scored as fairly as a GB18030 one. Each character's cost is ``-log2`` of its share, rounded to whole
bits and capped; characters are written one line per cost: ``cost<TAB>characters``.

Japanese forms: a kanji of JIS X 0208 whose Japanese form differs from its traditional one (応 for 應, 検 for 檢,
by OpenCC's ``jp2t``) is rare in Chinese word lists but common in Japanese. The file's last line, ``ja<TAB>`` and
then pairs of characters (Japanese form, traditional form), lets a Japanese reading score such a kanji as its
traditional form.

Run: ``.venv/bin/python scripts/build_han_frequency.py`` (needs the ``opencc`` extra).
"""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path

import jieba
import opencc

OUT = Path(__file__).resolve().parents[1] / "src" / "textkit" / "io" / "han_costs.txt"
MAX_COST = 19  # rarer characters are not listed: the detector gives unlisted Han characters a higher cost


def is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\U00020000" <= ch <= "\U0003134f"


def main() -> None:
    words: list[tuple[str, int]] = []
    with jieba.Tokenizer().get_dict_file() as handle:
        for line in handle:
            parts = line.decode("utf-8").split(" ")
            if len(parts) >= 2:
                words.append((parts[0], int(parts[1])))
    simplified: Counter[str] = Counter()
    for word, freq in words:
        for ch in word:
            if is_han(ch):
                simplified[ch] += freq
    traditional: Counter[str] = Counter()
    converters = [opencc.OpenCC(config) for config in ("s2t", "s2tw", "s2hk")]
    for word, freq in words:
        seen: set[str] = set(word)
        for converter in converters:
            for ch in converter.convert(word):
                if is_han(ch) and ch not in seen:
                    seen.add(ch)
                    traditional[ch] += freq
    counts = simplified.copy()
    for ch, freq in traditional.items():
        counts[ch] = max(counts[ch], freq)  # a traditional form is as common in traditional text as its source
    total = sum(simplified.values())
    levels: dict[int, list[str]] = {}
    for ch, freq in counts.items():
        cost = max(1, round(-math.log2(freq / total)))
        if cost <= MAX_COST:
            levels.setdefault(cost, []).append(ch)
    lines = [f"{cost}\t{''.join(sorted(chars))}" for cost, chars in sorted(levels.items())]
    lines.append("ja\t" + "".join(japanese + form for japanese, form in japanese_forms()))
    header = (
        "# Han character costs (-log2 share, whole bits) derived by scripts/build_han_frequency.py\n"
        "# from jieba's dict.txt (MIT) and OpenCC (Apache-2.0).\n"
    )
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {sum(len(c) for c in levels.values()):,} characters in {len(levels)} cost levels")


def japanese_forms() -> list[tuple[str, str]]:
    """(Japanese form, traditional form) for each kanji of JIS X 0208 that OpenCC's ``jp2t`` changes."""
    converter = opencc.OpenCC("jp2t")
    pairs = []
    for lead in range(0xB0, 0xF5):  # the kanji rows of JIS X 0208, as EUC-JP lead bytes
        for trail in range(0xA1, 0xFF):
            try:
                kanji = bytes([lead, trail]).decode("euc_jp")
            except UnicodeDecodeError:
                continue
            form = converter.convert(kanji)
            if len(form) == 1 and form != kanji and is_han(form):
                pairs.append((kanji, form))
    return pairs


if __name__ == "__main__":
    main()
