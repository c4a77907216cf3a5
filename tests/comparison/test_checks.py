"""Each kind of contradiction on hand-made pairs, with the reason that names what differs and quotes the source."""

from __future__ import annotations

import pytest

import textkit
from textkit.comparison import DEFAULT_THRESHOLD, compare
from textkit.comparison.checks import clause_spans, contradictions, source_clauses

SOURCE = (
    "2021年公司上市，此前在2019年完成了融资。"
    "今年一季度，公司的营收提高了三成，成本降低了一成。"
    "研究团队认为这种新材料是安全的。"
    "首席执行官张伟表示，公司暂不考虑海外扩张。"
    "公司与《数字经济》杂志达成合作，并采用MRP方法管理库存。"
)


def row(summary: str, original: str = SOURCE) -> dict[str, object]:
    result = compare(summary, original, sentiment=False, rouge_scores=False, keywords_top_n=0)
    assert len(result.alignment) == 1
    return dict(result.alignment.iloc[0])


@pytest.mark.parametrize(
    ("summary", "reason"),
    [
        # a number in its role: the same clause of the source says another value
        ("今年一季度，公司的营收提高了五成。", "number: summary 五成 (50), source 三成 (30) (source sentence 1)"),
        # a date in its role: 2019年 is in the source, but for the financing, not the listing
        ("2019年公司上市。", "date: summary 2019年, source 2021年 (source sentence 0)"),
        # a direction word against its opposite
        ("今年一季度，公司的营收降低了三成。", "direction: summary 降低, source 提高 (source sentence 1)"),
        # a negation added, then one dropped
        (
            "研究团队认为这种新材料是不安全的。",
            "negation: summary 研究团队认为这种新材料是不安全的, source 研究团队认为这种新材料是安全的 "
            "(source sentence 2): the summary adds a negation",
        ),
        (
            "首席执行官张伟表示，公司考虑海外扩张。",
            "negation: summary 公司考虑海外扩张, source 公司暂不考虑海外扩张 (source sentence 3): "
            "the summary drops a negation",
        ),
        # a name where the source has another one
        ("首席执行官王伟表示，公司暂不考虑海外扩张。", "name: summary 王伟, source 张伟 (source sentence 3)"),
        ("公司采用SOS方法管理库存。", "name: summary SOS, source MRP (source sentence 4)"),
    ],
)
def test_each_contradiction_is_named_with_the_source_span(summary: str, reason: str) -> None:
    got = row(summary)
    assert got["supported"] is False or not got["supported"]
    assert reason in str(got["reason"])
    assert float(got["support"]) < DEFAULT_THRESHOLD  # a contradiction gets the support of its kind, a few percent


def test_the_unchanged_sentences_are_supported() -> None:
    for sentence in (
        "2021年公司上市。",
        "今年一季度，公司的营收提高了三成，成本降低了一成。",
        "研究团队认为这种新材料是安全的。",
    ):
        got = row(sentence)
        assert got["supported"], got["reason"]
        assert got["reason"] == ""


def test_a_spliced_clause_is_found_and_named() -> None:
    got = row("今年一季度，公司的营收提高了三成，并计划明年在纳斯达克增发新股募集十亿美元。")
    assert not got["supported"]
    assert "并计划明年在纳斯达克增发新股募集十亿美元" in str(got["reason"])


def test_a_number_the_source_lacks_is_not_pinned_on_an_unrelated_quantity() -> None:
    finding = contradictions("平台在618大促中成交翻番。", source_clauses("这一年里平台经历了很多变化。", 0))
    assert [f.reason for f in finding] == ["number: summary 618, not in the source"]
    assert not finding[0].contradiction  # evidence for the support model, not a verdict


def test_approximate_and_equal_quantities_are_not_contradictions() -> None:
    region = source_clauses("过去5年，流域内降水增加了100多亿立方米。", 0)
    found = contradictions("近40年流域内降水增加了超过百亿立方米。", region)
    assert [f.summary for f in found] == ["40年 (40)"]  # 超过百亿 equals 100多亿; 近40年 is missing, not contradicted
    assert not any(f.contradiction for f in found)


def test_questions_are_not_negations() -> None:
    region = source_clauses("用户有没有需求，是不是真的需要这个功能。", 0)
    assert contradictions("用户有没有需求。", region) == []


def test_clause_spans_keep_decimal_numbers() -> None:
    text = "营收增长3.5%，利润下降。"
    assert [text[a:b] for a, b in clause_spans(text)] == ["营收增长3.5%", "利润下降"]


def test_headings_are_marked_and_left_out() -> None:
    summary = "第一部分 业绩\n01\n今年一季度，公司的营收提高了三成。\n公司怎么做"
    result = compare(summary, SOURCE, sentiment=False, rouge_scores=False, keywords_top_n=0)
    assert result.alignment["kind"].tolist() == ["heading", "heading", "claim", "heading"]
    assert result.score("summary_claims") == 1 and result.score("summary_headings") == 3
    assert result.score("supported_share") == 1.0
    assert result.alignment["supported"].isna().tolist() == [True, True, False, True]


def test_a_latin_name_is_quoted_as_the_source_writes_it() -> None:
    result = textkit.compare(
        "本文采用修正的Rodrigues参数(CRP)建立了模型。",
        "采用修正的Rodrigues参数(ＭＲＰ),建立了飞行器姿态控制系统的数学模型。",
    )
    assert result.alignment.loc[0, "reason"] == "name: summary CRP, source MRP (source sentence 0)"


# Found on pairs written after the support model (session notes): a summary clause that fuses two source clauses,
# and a negation whose verb ends the clause, were both judged supported.
def test_a_name_in_a_clause_fusing_two_source_clauses_is_contradicted() -> None:
    original = "校长王建国在开学典礼上宣布，学校将新建一座图书馆，预计明年秋季投入使用。"
    got = row("校长李建国宣布学校将新建一座图书馆。", original)
    assert not got["supported"]
    assert "name: summary 李建国, source 王建国 (source sentence 0)" in str(got["reason"])


def test_a_negation_reaches_the_verb_at_the_end_of_its_clause() -> None:
    original = "由于连续降雨，原定于周六举行的马拉松比赛被迫延期，具体时间另行通知。"
    got = row("马拉松比赛没有因降雨延期，将于周六如期举行。", original)
    assert not got["supported"]
    assert "the summary adds a negation" in str(got["reason"])


def test_the_same_negated_word_on_both_sides_is_not_a_negation() -> None:
    # 不足 is a word on both sides, not a negation of 观察 at the end of the clause
    got = row("中西医结合治疗椎基底动脉供血不足疗效观察", "目的观察中西医结合治疗椎基底动脉供血不足的疗效。")
    assert "negation" not in str(got["reason"])


def test_a_negation_after_a_modal_is_read_on_the_word_it_negates() -> None:
    # 不得强制 negates 强制; 不宜超过 and 不超过 say the same (found on pairs written after the negation scope)
    original = "新规定实施以后，外卖平台不得强制商家参加促销活动，也不能限制商家在其他平台经营。"
    got = row("按照新规定，外卖平台可以强制商家参加促销活动。", original)
    assert "the summary drops a negation" in str(got["reason"])
    original = "专家提醒，儿童每天使用电子屏幕的时间不宜超过一小时，家长应多带孩子参加户外活动。"
    assert "negation" not in str(row("专家建议儿童每天看屏幕不超过一小时，并多参加户外活动。", original)["reason"])


def test_a_name_jieba_cuts_in_two_is_read_whole() -> None:
    # jieba cuts the unknown name 王明辉 as 王明 / 辉 (found on pairs written after the checks above)
    original = "张明辉教授在会上介绍，团队研发的新型电池充电时间缩短了一半，续航提高了三成。"
    got = row("王明辉教授团队研发的新电池充电时间缩短一半。", original)
    assert "name: summary 王明辉, source 张明辉 (source sentence 0)" in str(got["reason"])
