from __future__ import annotations

from functools import partial
from typing import Any

import pytest

import textkit
from textkit.preprocessing import (
    clean,
    collapse_whitespace,
    looks_like_html,
    make_pipeline,
    normalize,
    remove_emails,
    remove_phone_numbers,
    remove_urls,
    strip_html,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<p>抖音电商</p><p>兴趣电商</p>", True),
        ("<!DOCTYPE html><html><body>抖音</body></html>", True),
        ("抖音电商<兴趣电商>", False),
        ("a < b 且 c > d", False),
        ("《抖音电商》", False),
        ("", False),
    ],
)
def test_looks_like_html(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected


def test_strip_html_keeps_paragraph_breaks_and_drops_scripts() -> None:
    html = (
        "<html><head><title>标题</title><style>p{color:red}</style></head><body>"
        "<h1>抖音电商</h1><p>第一段<b>加粗</b>文字&amp;符号</p><div>第二段<br>换行</div>"
        "<ul><li>甲</li><li>乙</li></ul><script>alert(1)</script><!-- 注释 --></body></html>"
    )
    assert strip_html(html) == "抖音电商\n第一段加粗文字&符号\n第二段\n换行\n甲\n乙"


def test_strip_html_leaves_plain_text_alone() -> None:
    assert strip_html("抖音电商\n\n兴趣电商") == "抖音电商\n\n兴趣电商"


def test_strip_html_handles_deep_nesting() -> None:
    html = "<div>" * 3000 + "<p>深层段落</p>" + "</div>" * 3000
    assert strip_html(html) == "深层段落"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("详见 https://www.douyin.com/a?b=1 的公告", "详见  的公告"),
        ("访问www.example.cn了解", "访问了解"),  # an address ends at the first Chinese character
        ("官网:http://example.com,欢迎", "官网:,欢迎"),
        ("来自 example.com/news/1.html 的消息", "来自  的消息"),
        ("版本3.14发布", "版本3.14发布"),
    ],
)
def test_remove_urls(text: str, expected: str) -> None:
    assert remove_urls(text) == expected


def test_remove_urls_replacement() -> None:
    assert remove_urls("见https://a.cn/x。", replacement="<URL>") == "见<URL>。"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("投稿:news@example.com。", "投稿:。"),
        ("邮箱 wei.wen-wen+tag@mail.douyin.com.cn 联系", "邮箱  联系"),
        ("@小鱼儿 说得对", "@小鱼儿 说得对"),
    ],
)
def test_remove_emails(text: str, expected: str) -> None:
    assert remove_emails(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("135-6897-3662", ""),
        ("手机13568973662联系", "手机联系"),
        ("电话:+86 135 6897 3662", "电话:"),
        ("电话:010-12345678", "电话:"),
        ("电话:(0755)1234567", "电话:"),
        ("热线400-820-1234", "热线"),
        ("2023年销售额12345678元", "2023年销售额12345678元"),
        ("订单号135689736621234", "订单号135689736621234"),
        ("共2023-12-21", "共2023-12-21"),
        ("增长了13.5689736%", "增长了13.5689736%"),
    ],
)
def test_remove_phone_numbers(text: str, expected: str) -> None:
    assert remove_phone_numbers(text) == expected


def test_collapse_whitespace() -> None:
    assert collapse_whitespace("  抖音 \t  电商  \r\n\r\n\r\n\n 兴趣电商 ") == "抖音 电商\n\n兴趣电商"
    assert collapse_whitespace("") == ""


def test_clean_runs_every_step() -> None:
    text = "<div><p>抖音电商\u00a0\u00a0总裁</p><p>电话:135-6897-3662 邮箱:a@b.com</p><p>见 https://x.cn/1</p></div>"
    assert clean(text) == "抖音电商 总裁\n电话: 邮箱:\n见"


def test_clean_switches() -> None:
    text = "见 https://x.cn/1 或 135-6897-3662"
    assert clean(text, urls=False) == "见 https://x.cn/1 或"
    assert clean(text, phone_numbers=False) == "见 或 135-6897-3662"
    assert clean(text, replacement="_") == "见 _ 或 _"
    assert clean("ＡＩ\u00a0 电商", normalize_text=False, whitespace=False) == "ＡＩ\u00a0 电商"
    assert clean("<p>x</p>", html="never") == "<p>x</p>"
    assert clean("<b>抖音</b>", html="always") == "抖音"


def test_clean_empty_and_errors() -> None:
    assert clean("") == ""
    with pytest.raises(textkit.TextkitError, match="html must be one of"):
        clean("x", html="maybe")  # type: ignore[arg-type]
    with pytest.raises(textkit.TextkitError, match="text must be a str"):
        clean(None)  # type: ignore[arg-type]
    with pytest.raises(textkit.TextkitError, match="replacement must be a str"):
        remove_urls("x", replacement=None)  # type: ignore[arg-type]


@pytest.mark.parametrize("step", [strip_html, remove_urls, remove_emails, remove_phone_numbers, collapse_whitespace])
def test_steps_reject_non_strings(step: Any) -> None:
    with pytest.raises(textkit.TextkitError):
        step(float("nan"))


def test_make_pipeline() -> None:
    pipeline = make_pipeline(strip_html, normalize, partial(remove_urls, replacement="<URL>"), collapse_whitespace)
    assert pipeline("<p>ＡＩ 见  https://x.cn </p>") == "AI 见 <URL>"
    assert make_pipeline()("原样") == "原样"
    with pytest.raises(textkit.TextkitError, match=r"steps\[1\] must be a callable"):
        make_pipeline(strip_html, "not a function")  # type: ignore[arg-type]


def test_clean_on_case_study_removes_phone(case_study: textkit.CaseStudy) -> None:
    cleaned = clean(case_study.original)
    assert "135-6897-3662" not in cleaned
    assert "抖音电商总裁魏雯雯:抖音电商的10个真相" in cleaned
    assert "\u00a0" not in cleaned
