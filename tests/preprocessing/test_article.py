from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import textkit
from textkit.preprocessing import REASONS, Article, Removed, extract_article

PAGES = Path(__file__).resolve().parents[1] / "pages"
PAGE_SPECS = sorted(p for p in PAGES.glob("*.json") if p.stem != "case_study")


def load_spec(path: Path) -> dict[str, Any]:
    spec: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return spec


def non_empty_line_numbers(text: str) -> set[int]:
    return {i for i, line in enumerate(textkit.normalize(text).split("\n"), start=1) if line.strip()}


# --------------------------------------------------------------------------- the case study


@pytest.fixture(scope="module")
def case_article(case_study: textkit.CaseStudy) -> Article:
    return extract_article(case_study.original)


def test_case_study_metadata(case_article: Article) -> None:
    assert case_article.title == "抖音电商总裁魏雯雯:抖音电商的10个真相"
    assert case_article.date == "2023-12-21"
    assert case_article.author == "塑托邦"
    assert case_article.source == "text"


def test_case_study_every_body_paragraph_present(case_article: Article) -> None:
    # The paragraphs were listed by reading the page: lines 84-290, without the three image file names.
    expected = load_spec(PAGES / "case_study.json")["body"]
    assert len(expected) == 101
    body = case_article.paragraphs
    missing = [p for p in expected if p not in body]
    assert missing == []
    assert body == expected  # nothing else, in page order


@pytest.mark.parametrize(
    "paragraph",
    [
        "抖音的增量价值是什么?",  # the short question that opens the body, right under the byline
        "……",
        "雯雯说:",
        "01",  # numbered headings are part of the article
        "10",
        "什么是“好产品”?",
        "第一,差异化。",
        "第二阶段 内容探索期:",
        "案例:TeenieWeenie",
        "助农兴农",
        "社会价值",
        "抖音电商的平台愿景就是:没有难卖的优价好物,让美好生活触手可得。",
        "在回归初心的同时,现阶段我们还是要围绕着商品展开工作,毕竟电商业务最本质就是把好商品提供给用户,这也是当下最重要的事情。",
    ],
)
def test_case_study_hard_paragraphs_kept(case_article: Article, paragraph: str) -> None:
    assert paragraph in case_article.paragraphs


@pytest.mark.parametrize(
    "boilerplate",
    [
        "芜湖 蚌埠",
        "合肥",
        "安徽",
        "135-6897-3662",
        "塑托邦托盘租赁",
        "行业新闻",
        "托盘百科",
        "政策法规",
        "作者:塑托邦",
        "阅读:417",
        ".jpg",
        "上一篇",
        "下一篇",
        "来源/混沌学园",
        "授课老师/",
        "编辑/混沌商业研究团队",
    ],
)
def test_case_study_boilerplate_gone(case_article: Article, boilerplate: str) -> None:
    assert boilerplate not in case_article.body


def test_case_study_removed_reasons(case_article: Article) -> None:
    by_line = {r.line: r for r in case_article.removed}
    assert all(by_line[i].reason == "place-name list" for i in (2, 3, 5, 9, 12, 13, 45, 63))
    assert by_line[64].reason == "phone number"
    assert [by_line[i].reason for i in range(68, 79, 2)] == ["navigation"] * 6
    assert by_line[80].reason == "title"
    assert by_line[82].reason == "byline"
    assert [by_line[i].reason for i in (152, 226, 238)] == ["image file"] * 3
    # The trailing source / lecturer / editor lines credit the talk; they are not body text.
    assert [by_line[i].reason for i in (292, 294, 296)] == ["credit"] * 3
    assert [by_line[i].reason for i in (298, 300)] == ["prev/next link"] * 2


def test_case_study_lines_partitioned(case_study: textkit.CaseStudy, case_article: Article) -> None:
    kept = {b.line for b in case_article.body_lines}
    dropped = {r.line for r in case_article.removed if not r.kept}
    assert not kept & dropped
    assert kept | dropped == non_empty_line_numbers(case_study.original)


# --------------------------------------------------------------------------- pages written for the tests


@pytest.mark.parametrize("spec_path", PAGE_SPECS, ids=lambda p: p.stem)
def test_page_metadata(spec_path: Path) -> None:
    spec = load_spec(spec_path)
    article = extract_article((PAGES / spec["page"]).read_text(encoding="utf-8"))
    assert (article.title, article.date, article.author) == (spec["title"], spec["date"], spec["author"])


@pytest.mark.parametrize("spec_path", PAGE_SPECS, ids=lambda p: p.stem)
def test_page_body(spec_path: Path) -> None:
    spec = load_spec(spec_path)
    article = extract_article((PAGES / spec["page"]).read_text(encoding="utf-8"))
    assert article.paragraphs == spec["body"]
    leftovers = [b for b in spec["boilerplate"] if b in article.body]
    assert leftovers == []
    assert {r.reason for r in article.removed} <= set(REASONS)


def test_at_least_six_pages_in_different_styles() -> None:
    specs = [load_spec(p) for p in PAGE_SPECS]
    assert len(specs) >= 6
    assert any(s["page"].endswith(".html") for s in specs)
    assert len({s["style"] for s in specs}) == len(specs)


def test_page_reasons_are_specific() -> None:
    article = extract_article((PAGES / "blog_comments.txt").read_text(encoding="utf-8"))
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["老周 2022-08-15 10:21"] == "comment"
    assert reasons["回复"] == "comment"
    assert reasons["上一篇：《枪炮、病菌与钢铁》读后"] == "prev/next link"
    assert reasons["本文作者：木子"] == "credit"
    company = extract_article((PAGES / "company_news.txt").read_text(encoding="utf-8"))
    reasons = {r.text: r.reason for r in company.removed}
    assert reasons["北京 天津 石家庄 太原 呼和浩特"] == "place-name list"
    assert reasons["关于我们"] == "navigation"
    assert reasons["服务热线：400-820-1234"] == "phone number"
    assert reasons["地址：上海市青浦区华新镇华腾路188号"] == "address"
    assert reasons["hc_fenjian_01.jpg"] == "image file"


def test_html_page_source_and_markup_evidence() -> None:
    html = (PAGES / "html_page.html").read_text(encoding="utf-8")
    article = extract_article(html)
    assert article.source == "html"
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["图：施工中的电梯井道（记者 刘思远 摄）"] == "image caption"
    assert reasons["热点排行"] == "sidebar"
    assert reasons["江城老张：这个政策好，我们小区去年装了，老人出门方便多了，希望再多推广一些。"] == "comment"
    as_text = extract_article(html, html="never")
    assert as_text.source == "text"


# --------------------------------------------------------------------------- small inputs and edge cases


def test_empty_and_blank_input() -> None:
    for text in ("", "   \n\n \u3000\n"):
        article = extract_article(text)
        assert (article.title, article.date, article.author, article.body) == (None, None, None, "")
        assert article.removed == ()
        assert article.body_lines == ()


@pytest.mark.parametrize("bad", [None, 42, float("nan"), b"bytes"])
def test_non_string_input_rejected(bad: Any) -> None:
    with pytest.raises(textkit.TextkitError, match="text must be a str"):
        extract_article(bad)


def test_bad_option_rejected() -> None:
    with pytest.raises(textkit.TextkitError, match="html must be one of"):
        extract_article("抖音电商", html="yes")  # type: ignore[arg-type]


def test_plain_paragraphs_are_all_kept() -> None:
    text = "今天天气很好，我们去了公园😀。\n\n公园里人很多，孩子们在草地上放风筝，老人们在树下下棋。\n好。"
    article = extract_article(text)
    assert article.title is None
    assert article.paragraphs == [
        "今天天气很好，我们去了公园😀。",
        "公园里人很多，孩子们在草地上放风筝，老人们在树下下棋。",
        "好。",
    ]
    assert article.removed == ()


def test_single_short_line_is_kept() -> None:
    assert extract_article("抖音电商").body == "抖音电商"


def test_article_after_boilerplate_run_and_paragraph_after_picture() -> None:
    page = "\n".join(
        [
            "首页",
            "关于我们",
            "联系我们",
            "标题在这里：一次小小的测试",
            "发布时间：2024-01-02",
            "第一段正文，内容比较长，说明了事情的来龙去脉，也给出了一些数字。",
            "photo_2024.png",
            "第二段很短，但也是正文。",
            "Copyright 2024 示例网站",
        ]
    )
    article = extract_article(page)
    assert article.title == "标题在这里：一次小小的测试"
    assert article.date == "2024-01-02"
    assert article.paragraphs == [
        "第一段正文，内容比较长，说明了事情的来龙去脉，也给出了一些数字。",
        "第二段很短，但也是正文。",
    ]
    assert [r.reason for r in article.removed] == [
        "navigation",
        "navigation",
        "navigation",
        "title",
        "byline",
        "image file",
        "copyright",
    ]


def test_menu_only_page_has_empty_body() -> None:
    article = extract_article("\n".join(["首页", "新闻", "关于我们", "联系我们"]))
    assert article.body == ""
    assert {r.reason for r in article.removed} == {"navigation"}


def test_html_title_from_title_tag_without_h1() -> None:
    html = (
        "<html><head><title>抖音电商的10个真相 - 某某网</title></head><body>"
        "<div>首页</div><p>抖音电商的增量价值,就是让用户更高效地获取更丰富的内容信息。</p></body></html>"
    )
    article = extract_article(html)
    assert article.title == "抖音电商的10个真相"
    assert article.paragraphs == ["抖音电商的增量价值,就是让用户更高效地获取更丰富的内容信息。"]


def test_dates_are_iso() -> None:
    page = "某某公司召开年度总结大会\n2023年1月5日 来源：本站\n会议总结了过去一年的工作，部署了新一年的任务。"
    assert extract_article(page).date == "2023-01-05"


def test_article_is_frozen_and_tabular() -> None:
    article = extract_article("抖音电商的增量价值是什么?\n上一篇:快递价格战没有终局")
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.title = "x"  # type: ignore[misc]
    assert isinstance(article.removed[0], Removed)
    frame = article.removed_frame()
    # confidence and kept were added for issue 17 (doubtful lines are kept and recorded).
    assert list(frame.columns) == ["line", "reason", "text", "confidence", "kept"]
    assert frame["reason"].tolist() == ["prev/next link"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "首页",
                "北京 上海 广州 深圳",
                "作者:张三 2023-12-21 阅读:417",
                "抖音电商的增量价值,就是让用户更高效地获取更丰富的内容信息。",
                "01",
                "1.jpg",
                "上一篇:快递价格战",
                "网友评论",
                "写得很好,学习了,谢谢分享!",
                "",
                "😀",
                "Copyright © 2023",
                "<p>段落</p>",
            ]
        ),
        max_size=25,
    )
)
def test_every_line_is_kept_or_explained(lines: list[str]) -> None:
    text = "\n".join(lines)
    article = extract_article(text, html="never")
    kept = [b.line for b in article.body_lines]
    dropped = [r.line for r in article.removed if not r.kept]  # a kept record's line is in the body too
    assert {r.line for r in article.removed if r.kept} <= set(kept)
    assert sorted(kept + dropped) == sorted(non_empty_line_numbers(text))
    assert all(r.reason in REASONS for r in article.removed)
    assert article.body == "\n".join(b.text for b in article.body_lines)


def test_impossible_calendar_dates_are_not_reported() -> None:
    # Found by fuzzing (fuzz/regressions/extract_article-feb30.bin): "2月30日" used to give date="2023-02-30".
    assert extract_article("2023年2月30").date is None
    body = "报告显示,过去一年平台上的商品数量增长了三成,中小商家的销售额增长更快。"
    page = "抖音电商发布年度报告\n2023年2月30日 2023-03-01\n" + body
    assert extract_article(page).date == "2023-03-01"
    assert extract_article("抖音电商发布年度报告\n2024年2月29日\n" + body).date == "2024-02-29"
