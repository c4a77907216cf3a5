"""The traditional → simplified character fold (`textkit.lang_zh.fold_traditional`)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textkit.lang_zh import fold_traditional, traditional_fold_table, traditional_share, traditional_spellings

BUILD_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_traditional_chars.py"


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [
        ("這家飯店很乾淨", "这家饭店很干净"),
        ("沒有異味", "没有异味"),
        ("無論如何別擔心", "无论如何别担心"),
        ("價格還行，服務態度很差勁", "价格还行，服务态度很差劲"),
        ("後來又續住了兩晚", "后来又续住了两晚"),
        ("為什麼這麼貴", "为什么这么贵"),  # 麼 and the GB 2312 variant 麽 both fold to 么
        ("怎麽", "怎么"),
    ],
)
def test_folds_traditional_characters(traditional: str, simplified: str) -> None:
    assert fold_traditional(traditional) == simplified


def test_leaves_simplified_characters_of_their_own_alone() -> None:
    # 么 (什么), 著 (著名) and 乾 ... are simplified characters too; only 乾 of them is folded (乾淨 → 干净).
    assert fold_traditional("什么都很著名，干燥") == "什么都很著名，干燥"
    assert fold_traditional("软体") == "软体"  # characters, not words: Taiwan's 軟體 is not 软件


def test_keeps_everything_that_is_not_traditional() -> None:
    text = "OK 😀 한국어 ひらがな 123，好！\n"
    assert fold_traditional(text) == text


def test_no_character_of_gb2312_but_four_is_folded() -> None:
    table = traditional_fold_table()
    folded_gb = sorted(chr(c) for c in table if _in_gb2312(chr(c)))
    assert folded_gb == sorted("後乾於麽")
    assert all(len(s) == 1 and s != chr(c) for c, s in table.items())
    # 3,759 traditional characters fold to 3,597 simplified ones, 2,416 of them in GB 2312 (the rest rare
    # characters simplified after 1980, 𬙊 ...)
    assert len(table) == 3_759
    assert sum(_in_gb2312(s) for s in set(table.values())) == 2_416


@given(st.text())
def test_one_character_for_one_and_idempotent(text: str) -> None:
    folded = fold_traditional(text)
    assert len(folded) == len(text)
    assert fold_traditional(folded) == folded


def test_table_is_what_the_build_script_derives() -> None:
    pytest.importorskip("opencc")
    spec = importlib.util.spec_from_file_location("build_traditional_chars", BUILD_SCRIPT)
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    shipped = Path(build.OUT).read_text(encoding="utf-8")
    assert build.render(build.fold_table()) == shipped


def test_traditional_spellings_fold_back_to_the_word() -> None:
    assert traditional_spellings("我们") == ["我们", "我們"]
    assert traditional_spellings("后来") == ["后来", "后來", "後来", "後來"]
    assert traditional_spellings("GMV") == ["GMV"]
    assert len(traditional_spellings("发发发发发发发发", limit=10)) == 10
    for word in ("这个", "没有", "因为", "什么", "电商"):
        spellings = traditional_spellings(word)
        assert spellings[0] == word and len(set(spellings)) == len(spellings)
        assert {fold_traditional(s) for s in spellings} == {word}


def test_traditional_share_tells_the_scripts_apart() -> None:
    assert traditional_share("新工厂没有增加员工，生产成本减少了两万元。") == 0.0
    assert traditional_share("新工廠沒有增加員工，生產成本減少了兩萬元。") == 7 / 19  # 廠沒員產減兩萬
    assert traditional_share("") == traditional_share("GMV 123") == 0.0


def _in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True
