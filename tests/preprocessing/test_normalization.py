from __future__ import annotations

import pytest

import textkit
from textkit.preprocessing import normalize_punctuation, normalize_spaces, normalize_width, remove_control_chars


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ＡＩ时代", "AI时代"),
        ("增长３０％", "增长30％"),  # full-width percent is punctuation: kept by default
        ("抖音\u00a0电商", "抖音 电商"),
        ("抖音\u3000电商", "抖音 电商"),
        ("抖音\u200b电商\ufeff", "抖音电商"),
        ("抖音\x00电商\x07", "抖音电商"),
        ("第一行\r\n第二行\r第三行", "第一行\n第二行\n第三行"),
        ("", ""),
        ("e\u0301", "\u00e9"),  # NFC composes
    ],
)
def test_normalize_defaults(raw: str, expected: str) -> None:
    assert textkit.normalize(raw) == expected


def test_normalize_switches() -> None:
    assert textkit.normalize("ＡＩ", width=False) == "ＡＩ"
    assert textkit.normalize("抖音\u00a0电商", spaces=False) == "抖音\u00a0电商"
    assert textkit.normalize("①", unicode_form="NFKC") == "1"
    assert textkit.normalize("①") == "①"


def test_normalize_width_punctuation_option() -> None:
    assert normalize_width("（ＡＢ）！") == "（AB）！"
    assert normalize_width("（ＡＢ）！", punctuation=True) == "(AB)!"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("价值是什么?它继承了高效,并且做宽", "价值是什么？它继承了高效，并且做宽"),
        ("全局NPS:一个指标;北极星!", "全局NPS：一个指标；北极星！"),
        ("3.14, 2.72 and a, b", "3.14, 2.72 and a, b"),  # Latin context untouched
    ],
)
def test_punctuation_to_full(raw: str, expected: str) -> None:
    assert normalize_punctuation(raw) == expected
    assert textkit.normalize(raw, punctuation="full") == expected


def test_punctuation_to_half() -> None:
    assert normalize_punctuation("他说：“好的！”《抖音》。", to="half") == '他说:"好的!"<抖音>.'


def test_spaces_and_controls_keep_tabs_and_newlines() -> None:
    assert remove_control_chars("a\tb\nc") == "a\tb\nc"
    assert normalize_spaces("a\u2028b") == "a\nb"


def test_bad_arguments_name_the_argument() -> None:
    with pytest.raises(textkit.TextkitError, match="text must be a str"):
        textkit.normalize(None)  # type: ignore[arg-type]
    with pytest.raises(textkit.TextkitError, match="punctuation must be one of"):
        textkit.normalize("抖音", punctuation="wide")  # type: ignore[arg-type]


def test_traditional_to_simplified() -> None:
    pytest.importorskip("opencc")
    assert textkit.normalize("抖音電商的增量價值", simplified=True) == "抖音电商的增量价值"
    assert textkit.to_simplified("臺灣資訊") == "台湾资讯"
    assert textkit.to_simplified("臺灣資訊", config="tw2sp") == "台湾信息"  # Taiwanese phrase → mainland


def test_case_study_nbsp_removed(case_study: textkit.CaseStudy) -> None:
    assert "\xa0" in case_study.original
    assert "\xa0" not in textkit.normalize(case_study.original)
