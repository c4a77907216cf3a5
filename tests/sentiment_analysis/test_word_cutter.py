"""The default model's word cutter gives jieba's cuts (accurate mode, HMM off) on the same word list."""

from __future__ import annotations

import math
import random
from importlib import resources
from pathlib import Path

import jieba
import pytest

import textkit
from textkit.errors import TextkitError
from textkit.sentiment_analysis._text import WORDS_FILE, WordCutter, normalize_for_model, word_cutter

ROOT = Path(__file__).resolve().parents[2]


def _jieba_cut(tokenizer: jieba.Tokenizer, text: str) -> list[str]:
    return list(tokenizer.cut(text, HMM=False))


def _cut(cutter: WordCutter, text: str) -> list[str]:
    return [text[i:j] for i, j in cutter.spans(text)]


@pytest.fixture(scope="module")
def shipped_jieba() -> jieba.Tokenizer:
    tokenizer = jieba.Tokenizer(str(resources.files("textkit.resources").joinpath(WORDS_FILE)))
    tokenizer.initialize()
    return tokenizer


def test_table_is_jiebas_prefix_dictionary(shipped_jieba: jieba.Tokenizer) -> None:
    cutter = word_cutter()
    assert cutter.table.keys() == shipped_jieba.FREQ.keys()
    assert all((cutter.table[w] is None) == (f == 0) for w, f in shipped_jieba.FREQ.items())
    assert cutter.table.unknown == -math.log(shipped_jieba.total)


def test_cuts_equal_jiebas_on_the_written_sentences_and_the_case_study(shipped_jieba: jieba.Tokenizer) -> None:
    texts: list[str] = []
    for path in sorted([*(ROOT / "data" / "sentiment").glob("*.tsv"), *(ROOT / "benchmarks").glob("sentiment_*.tsv")]):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                texts.extend(line.split("\t")[1:])
    case = textkit.load_case_study()
    texts += textkit.split_sentences(case.original + "\n" + case.summary)
    norms = [normalize_for_model(t) for t in texts]
    assert len(norms) > 9000
    cutter = word_cutter()
    differ = [n for n in norms if _cut(cutter, n) != _jieba_cut(shipped_jieba, n)]
    assert differ == []
    assert [n for n in norms if cutter.words(n) != _cut(cutter, n)] == []


@pytest.mark.parametrize(
    "text",
    ["", " ", "a", "abc123 x1好的..--%%c++ .net  ok", "差异化a1b2 3", "𠀀㐀好不好", "。。!!", "iphone15很好用"],
)
def test_edge_cases_equal_jiebas(shipped_jieba: jieba.Tokenizer, text: str) -> None:
    norm = normalize_for_model(text)
    assert _cut(word_cutter(), norm) == _jieba_cut(shipped_jieba, norm) == word_cutter().words(norm)


def test_random_texts_on_a_small_dictionary_equal_jiebas(tmp_path: Path) -> None:
    # Few characters and words with equal frequencies: many routes, and ties between them.
    rng = random.Random(0)
    alphabet = "甲乙丙丁戊"
    words = {c: rng.choice([1, 2, 3]) for c in alphabet[:4]}  # 戊 is no word
    for _ in range(25):
        words["".join(rng.choice(alphabet) for _ in range(rng.randint(2, 4)))] = rng.choice([1, 2, 3, 6])
    path = tmp_path / "words.txt"
    lines = [f"{w} {f}" for w, f in words.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tokenizer = jieba.Tokenizer(str(path))
    cutter = WordCutter.from_lines(lines)
    for _ in range(2000):
        text = "".join(rng.choice(alphabet + "ab1 ,") for _ in range(rng.randint(0, 14)))
        assert _cut(cutter, text) == _jieba_cut(tokenizer, text), text


def test_bad_word_lists() -> None:
    with pytest.raises(TextkitError, match="line 2 is not 'word frequency'"):
        WordCutter.from_lines(["好 3", "坏"])
    with pytest.raises(TextkitError, match="no word with a positive frequency"):
        WordCutter.from_lines(["好 0"])
