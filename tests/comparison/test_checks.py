"""Each kind of contradiction on hand-made pairs, with the reason that names what differs and quotes the source."""

from __future__ import annotations

import pytest

import textkit
from textkit.comparison import DEFAULT_THRESHOLD, compare
from textkit.comparison.checks import clause_spans, contradictions, name_findings, source_clauses
from textkit.lang_zh import find_quantities
from textkit.segmentation import segmenter_for

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


def test_a_name_in_other_letters_is_read_whole_and_quoted() -> None:
    # jieba cuts letters outside ASCII one by one (Fl / ü / gge); the segmenter joins them back
    original = "该方法由Müller于1998年提出，后被广泛应用于桥梁设计。"
    assert row("该方法由Schröder于1998年提出。", original)["reason"] == (
        "name: summary Schröder, source Müller (source sentence 0)"
    )
    assert row("该方法由Müller于1998年提出。", original)["supported"]
    original = "这首诗的作者是Пушкин，写于1825年。"
    assert "name: summary Лермонтов, source Пушкин" in str(row("这首诗的作者是Лермонтов。", original)["reason"])
    # in a clause that fuses two source clauses, and an accented Latin name quoted whole (José, not Jos)
    original = "研究由苏黎世大学的Schäfer教授领衔，团队花了四年时间完成了野外观测。"
    got = row("Köhler教授领衔的团队用四年完成野外观测。", original)
    assert got["reason"] == "name: summary Köhler, source Schäfer (source sentence 0)"
    original = "乐队主唱José Martínez在演出结束后接受了采访，他说巡演将延长到明年。"
    assert row("主唱Luis Martínez表示巡演将延长到明年。", original)["reason"] == (
        "name: summary Luis, source José (source sentence 0)"
    )


# Found on pairs written after the session-8 changes (first look 5 of 10): a negated clause the summary clause does
# not align with, a time read as approximate, a price comparison, a day written with 号.
def test_a_negation_dropped_from_a_clause_the_summary_does_not_align_with_is_found() -> None:
    original = "受强降雨影响，部分路段昨晚临时封闭。交警连夜疏导，今天早上6点恢复通行，没有发生人员伤亡。"
    got = row("部分路段封闭期间发生了人员伤亡。", original)
    assert not got["supported"]
    assert "source 没有发生人员伤亡 (source sentence 1): the summary drops a negation" in str(got["reason"])
    assert "negation" not in str(row("部分路段封闭期间没有人员伤亡。", original)["reason"])
    # a condition is no fact: 如果没有资金支持 does not deny 资金支持
    conditional = "如果没有足够的资金支持，项目就会停滞。目前项目进展顺利。"
    assert "negation" not in str(row("项目得到了足够的资金支持。", conditional)["reason"])


def test_unusually_is_a_negation_the_summary_cannot_drop() -> None:
    # 不是一般的 reads as "unusually" for sentiment, but dropping its 不是 makes "not an ordinary flu" ordinary.
    original = "专家认为这不是一般的流感，传播速度非常快。"
    assert not row("专家认为这是一般的流感。", original)["supported"]
    assert row("专家认为这不是一般的流感。", original)["supported"]


def test_a_negated_claim_reworded_and_levels_swapped_are_found() -> None:
    # pairs10, written after the tests above (first look 9 of 12): a word put inside the negated phrase, a
    # warning level, classes called off
    original = "这项研究跟踪老人长达十年。研究人员强调，这只是相关性，不能证明步行直接预防痴呆。"
    got = row("研究人员认为，这项研究证明了步行可以直接预防痴呆。", original)
    assert "source 不能证明步行直接预防痴呆 (source sentence 1): the summary drops a negation" in str(got["reason"])
    original = "气象台已于今天下午3点发布暴雨黄色预警。全市中小学明天停课一天。"
    got = row("气象台今天下午3点发布暴雨红色预警。", original)
    assert "direction: summary 红色预警, source 黄色预警" in str(got["reason"])
    assert "direction: summary 上课, source 停课" in str(row("全市中小学明天照常上课。", original)["reason"])


def test_swapped_directions_and_a_count_at_the_end_of_a_clause() -> None:
    # pairs11, written after the tests above (first look 7 of 12): each clause's direction word matched the other
    # clause, and a count at the end of a clause had no words after it to find its role by
    original = "今年粮食总产量比上年增加12亿斤。其中，稻谷产量有所下降，玉米产量增长明显。"
    got = row("今年稻谷产量增长明显，玉米产量有所下降。", original)
    assert "direction: summary 增长, source 下降 (source sentence 1)" in str(got["reason"])
    assert row("今年稻谷产量有所下降，玉米产量增长明显。", original)["supported"]
    original = "地铁5号线二期工程将于下月28日开通试运营，新增车站9座，线路全长16.3公里。"
    got = row("5号线二期新增车站12座，线路全长16.3公里。", original)
    assert "number: summary 12座 (12), source 9座 (9)" in str(got["reason"])


def test_the_same_number_said_both_ways_is_read_by_what_it_counts() -> None:
    # heldout4 (measured once, 9 of 12): exports and imports swapped their 增长1.7% and 下降1.7%; the source says
    # 1.7% both ways, so the clause (or the clause before it) that says the rest decides which way it went
    total = "据海关统计，前11个月进出口总值38.3万亿元，同比增长0.2%。"
    original = total + "其中，出口21.9万亿元，增长1.7%；进口16.4万亿元，下降1.7%。"
    got = row("前11个月出口同比下降1.7%，进口同比增长1.7%。", original)
    assert "direction: summary 下降, source 增长" in str(got["reason"])
    assert "direction: summary 增长, source 下降" in str(got["reason"])
    assert "not in the source" not in str(got["reason"])  # 1.7% is in the source
    assert row("出口21.9万亿元，同比增长1.7%，进口16.4万亿元，同比下降1.7%。", original)["supported"]


def test_a_time_of_day_is_no_approximate_number() -> None:
    # 上 before a number made it approximate (上万人); in 早上6点 it is part of the time
    original = "交警部门连夜组织疏导，今天早上6点全线恢复通行。"
    got = row("今天上午10点全线恢复通行。", original)
    assert got["reason"] == "number: summary 10点 (10), source 6点 (6) (source sentence 0)"
    assert [q.approx for q in find_quantities("早上6点，上千万元")] == [False, True]


def test_a_price_comparison_and_a_day_with_hao() -> None:
    original = "它的起售价为2999元，比上一代低了300元，将于本月20日正式开售。"
    assert "direction: summary 贵, source 低" in str(row("起售价2999元，比上一代贵了300元。", original)["reason"])
    assert row("起售价2999元，比上一代便宜了300元。", original)["supported"]
    assert [(q.value, q.unit) for q in find_quantities("本月20号，3号楼")] == [(20.0, "日"), (3.0, "号")]


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


def test_two_negations_of_the_same_words_worded_apart_agree() -> None:
    # 不得向商家收取超过 and 不能超过 negate the same 超过 (found on pairs written after the shared-word rule above)
    original = "新规实施后，市场监管部门规定，平台不得向入驻商户收取超过百分之五的服务费。"
    got = row("新规规定平台向入驻商户收取的服务费不能超过5%。", original)
    assert "negation" not in str(got["reason"])
    got = row("新规规定平台向入驻商户收取的服务费可以超过5%。", original)
    assert "the summary drops a negation" in str(got["reason"])


def test_a_quantity_is_compared_with_one_in_the_same_unit_and_a_bare_year_with_its_year() -> None:
    # Own titles of CSL papers flagged as changed numbers: 4℃ against 8 d, 2010 against 2010年 in another clause
    original = "将小鼠皮肤在4℃的保存液中保存24 h。与新鲜皮肤相比，成纤维细胞汇合需要8 d。"
    assert compare("4℃保存的小鼠皮肤成纤维细胞培养", original).checks["in_source"].tolist() == [True]
    assert compare("6℃保存的小鼠皮肤成纤维细胞培养", original).checks["in_source"].tolist() == [False]
    original = "2010年10月25日，浙江沿岸遭受风暴潮袭击。本文分析了这次风暴潮的成因。"
    assert "number" not in str(row("浙江沿海2010风暴潮成因分析", original)["reason"])


def test_a_negation_is_not_read_on_the_word_it_is_part_of() -> None:
    # 未知扰动: 未 negates 知, so a title about 扰动 does not drop a negation (a CSL title)
    original = "针对一类非线性系统的未知扰动，研究了基于观测器的扰动估计问题。"
    assert "negation" not in str(row("一类非线性系统的扰动估计", original)["reason"])


def test_an_outcome_rank_or_group_turned_around_is_a_direction() -> None:
    # 负于/战胜, 银牌/金牌 and 男性/女性 were missing from the direction pairs (pairs written after the checks)
    original = "在昨晚的半决赛中，陈晓以三比一战胜对手，将在决赛中争夺金牌。"
    assert "direction: summary 负于, source 战胜" in str(row("陈晓在半决赛中以三比一负于对手。", original)["reason"])
    original = "调查显示，该社区参加晨练的居民中女性占到七成。"
    assert "direction: summary 男性, source 女性" in str(row("该社区参加晨练的居民中男性占七成。", original)["reason"])


def test_a_name_jieba_cuts_in_two_is_read_whole() -> None:
    # jieba cuts the unknown name 王明辉 as 王明 / 辉 (found on pairs written after the checks above)
    original = "张明辉教授在会上介绍，团队研发的新型电池充电时间缩短了一半，续航提高了三成。"
    got = row("王明辉教授团队研发的新电池充电时间缩短一半。", original)
    assert "name: summary 王明辉, source 张明辉 (source sentence 0)" in str(got["reason"])


# Found on pairs written after the support model (kinds of miss; these pairs are new): a direction flipped inside
# a paraphrased clause, an approximate number that does not agree, a relative year moved, a person of the
# original in another's role, a place swapped.
def test_a_direction_is_anchored_on_the_quantity_it_governs() -> None:
    original = "据统计，今年前三季度该市进出口总额同比下降12%，其中出口额为860亿元。"
    got = row("该市外贸总额较上年同期增长12%。", original)
    assert not got["supported"]
    assert "direction: summary 增长, source 下降 (source sentence 0)" in str(got["reason"])
    # the same direction in other words: no contradiction (the support model still finds few shared words)
    assert "direction" not in str(row("该市外贸总额较上年同期减少12%。", original)["reason"])
    # the same quantity said both ways in the source: no verdict from the quantity alone
    both = source_clauses("甲厂产量增长12%，乙厂产量下降12%。", 0)
    assert not any(f.kind == "direction" for f in contradictions("两厂产量分别变化，丙厂上升12%", both))


def test_an_approximate_number_agrees_only_within_its_range() -> None:
    region = source_clauses("救援队员在山中搜寻了四小时，最终找到了两名受困者。", 0)
    assert [f.reason for f in contradictions("救援队员在山中搜寻了约六小时。", region)] == [
        "number: summary 约六小时 (6), source 四小时 (4) (source sentence 0)"
    ]
    assert contradictions("救援队员在山中搜寻了约四小时。", region) == []
    assert contradictions("救援队员在山中搜寻了四小时左右。", region) == []
    assert contradictions("救援队员在山中搜寻了将近五小时。", region) == []  # 将近五小时: 3.75 to 5 hours
    # 近 is "nearly" as often as "recent" (近40年): no range, so only evidence that the source lacks the number
    assert not any(f.contradiction for f in contradictions("救援队员在山中搜寻了近六小时。", region))
    assert [f.source for f in contradictions("救援队员在山中搜寻了逾八小时。", region)] == ["四小时 (4)"]
    # 多 reaches the next unit of its last digit: 一万多本 is 10,000 to 20,000, not the source's 四千多本 (4,000-5,000),
    # even where the source puts the count in a clause of its own
    split = source_clauses("我们通过网络募捐，陆续收到了四千多本图书。", 0)
    assert [f.reason for f in contradictions("学校通过网络募捐收到了一万多本图书。", split)] == [
        "number: summary 一万多本 (10000), source 四千多本 (4000) (source sentence 0)"
    ]
    assert contradictions("学校通过网络募捐收到了四千多本图书。", split) == []
    # an exact number inside a source's range is not a contradiction, but not said either
    found = contradictions("开放面积已达到95%。", source_clauses("开放面积已经从过去的52%提高到80%以上。", 0))
    assert [(f.summary, f.contradiction) for f in found] == [("95% (95)", False)]


def test_a_relative_year_is_compared_with_relative_years() -> None:
    original = "这家书店前年开业，今年扩建了儿童阅读区。"
    got = row("这家书店去年开业。", original)
    assert "date: summary 去年, source 前年 (source sentence 0)" in str(got["reason"])
    assert not got["supported"]
    assert row("这家书店前年开业。", original)["supported"]
    # the year the text was written is unknown: 2023年 is no contradiction of 前年, only not in the source
    found = contradictions("这家书店2023年开业", source_clauses(original, 0))
    assert found and not any(f.contradiction for f in found)


def test_a_person_of_the_original_in_another_persons_role_is_named() -> None:
    original = "在昨天的女子单打决赛中，李娜夺得冠军，赵敏获得亚军。"
    got = row("赵敏夺得冠军。", original)
    assert not got["supported"]
    assert "name: summary 赵敏, source 李娜 (source sentence 0)" in str(got["reason"])
    assert row("李娜夺得冠军，赵敏获得亚军。", original)["supported"]


def test_a_place_and_a_price_move_are_directions() -> None:
    original = "受寒潮影响，北方地区气温明显偏低，部分蔬菜价格上涨。"
    assert "direction: summary 南方, source 北方" in str(row("受寒潮影响，南方地区气温明显偏低。", original)["reason"])
    assert "direction: summary 降价, source 上涨" in str(row("受寒潮影响，部分蔬菜降价。", original)["reason"])


# Found on pairs written after the last session's changes: a summary clause fusing two source clauses was aligned
# with neither, so a changed number or an added negation in it went unchecked; one-character comparisons
# (比往年高) and openings/closings (新开/关闭) were no direction words.
@pytest.mark.parametrize(
    ("summary", "original", "reason"),
    [
        (
            "考察队用五十天在高原湖泊采集四百份水样。",
            "考察队历时四十天，在高原湖泊采集了四百份水样。",
            "number: summary 五十天 (50), source 四十天 (40) (source sentence 0)",
        ),
        (
            "新版应用上线三天下载量未能突破一百万次。",
            "新版应用上线三天，下载量突破一百万次。",
            "negation: summary 新版应用上线三天下载量未能突破一百万次, source 新版应用上线三天下载量突破一百万次 "
            "(source sentence 0): the summary adds a negation",
        ),
        (
            "今年夏季平均气温比往年低两度。",
            "今年夏季平均气温比往年高两度。",
            "direction: summary 低, source 高 (source sentence 0)",
        ),
        (
            "该银行今年在县城关闭三家网点。",
            "该银行今年在县城新开三家网点。",
            "direction: summary 关闭, source 新开 (source sentence 0)",
        ),
        (
            "满意度评分8.2分。",
            "这家医院的患者满意度评分为八点七分。",
            "number: summary 8.2, source 八点七 (8.7) (source sentence 0)",
        ),
    ],
)
def test_fused_clauses_comparisons_and_decimals_are_checked(summary: str, original: str, reason: str) -> None:
    got = row(summary, original)
    assert not got["supported"]
    assert got["reason"] == reason


@pytest.mark.parametrize(
    ("summary", "original"),
    [
        # the same claims reworded: a decimal in words, a fused clause, a negation describing a noun
        ("满意度评分8.7分。", "这家医院的患者满意度评分为八点七分。"),
        ("考察队用四十天在高原湖泊采集四百份水样。", "考察队历时四十天，在高原湖泊采集了四百份水样。"),
        ("调查队在山谷发现两种新记录的蕨类。", "调查队在山谷里发现了两种此前未被记录的蕨类。"),
        # a clause fusing three: its numbers come from any clause of the sentence
        (
            "实验对象被分为每天运动30分钟和每天运动60分钟两组。",
            "实验对象被分成两组：一组每天运动30分钟，另一组每天运动60分钟。",
        ),
    ],
)
def test_reworded_claims_are_not_contradicted(summary: str, original: str) -> None:
    assert row(summary, original)["reason"] == ""


def test_the_changed_word_does_not_choose_the_clause_it_is_checked_against() -> None:
    # 提高 is in the next clause too: joined, the two clauses would hide the flip
    region = source_clauses("利用虚拟试验代替物理试验，可降低研制成本，缩短周期并提高研制质量。", 0)
    got = [f.reason for f in contradictions("可提高研制成本。", region)]
    assert got == ["direction: summary 提高, source 降低 (source sentence 0)"]


def test_bare_numbers_without_a_common_neighbour_are_not_compared() -> None:
    # “10.25” names a storm; 10月25日 counts days: no contradiction, only a number the source does not write
    region = source_clauses("2010年10月25日，浙江沿岸遭受温带风暴潮袭击。", 0)
    got = [f.reason for f in contradictions("浙江“10.25”温带风暴潮分析", region)]
    assert got == ["number: summary 10.25, not in the source"]


def test_a_prohibition_carries_over_to_the_clause_that_continues_it() -> None:
    # 不得 forbids 转租 too (CSL: 决不允许随心所欲地解释剥削，把剥削这一概念庸俗化 / 不要把剥削概念庸俗化)
    region = source_clauses("承租人不得擅自改变房屋用途，转租或转借给他人。", 0)
    assert contradictions("不能转租或转借给他人。", region) == []
    # ... but a plain verb after an unrelated clause is still negated by the summary alone
    region = source_clauses("他不能按时到场，我们照常开始会议。", 0)
    assert [f.note for f in contradictions("我们没有开始会议。", region)] == ["adds a negation"]


def test_the_same_number_counting_another_thing_is_a_contradiction() -> None:
    # 四十套试剂 against 四十台显微镜: the number agrees, what it counts does not (from pairs written after the code)
    got = row("学校今年为实验室添置四十套试剂。", "学校今年为实验室添置了四十台显微镜。")
    assert not got["supported"]
    assert got["reason"] == "number: summary 四十套 (40), source 四十台 (40) (source sentence 0)"
    # ... while measure words that count the same thing agree: 三万本 and 三万册 are the same books
    assert row("图书馆共藏书三万本。", "这座图书馆共藏书三万册。")["reason"] == ""


# The same kinds of contradiction in traditional characters: the vocabulary is read through
# `textkit.lang_zh.fold_traditional`, and the reasons quote the words as written.
TRADITIONAL_SOURCE = (
    "今年一季度，公司的營收提高了三成。研究團隊認為這種新材料是安全的。新工廠沒有增加員工，生產成本減少了兩萬元。"
)


@pytest.mark.parametrize(
    ("summary", "reason"),
    [
        ("今年一季度，公司的營收提高了五成。", "number: summary 五成 (50), source 三成 (30) (source sentence 0)"),
        ("新工廠的生產成本減少了三萬元。", "number: summary 三萬元 (30000), source 兩萬元 (20000) (source sentence 2)"),
        ("新工廠的生產成本增加了兩萬元。", "direction: summary 增加, source 減少 (source sentence 2)"),
        (
            "研究團隊認為這種新材料並不安全。",
            "negation: summary 研究團隊認為這種新材料並不安全, source 研究團隊認為這種新材料是安全的 "
            "(source sentence 1): the summary adds a negation",
        ),
        (
            "新工廠增加了員工。",
            "negation: summary 新工廠增加了員工, source 新工廠沒有增加員工 (source sentence 2): "
            "the summary drops a negation",
        ),
    ],
)
def test_traditional_text_is_checked_as_simplified_is(summary: str, reason: str) -> None:
    got = row(summary, TRADITIONAL_SOURCE)
    assert not got["supported"]
    assert reason in str(got["reason"])


def test_unchanged_traditional_sentences_are_supported() -> None:
    for sentence in ("今年一季度，公司的營收提高了三成。", "新工廠沒有增加員工，生產成本減少了兩萬元。"):
        got = row(sentence, TRADITIONAL_SOURCE)
        assert got["supported"], got["reason"]


def test_a_summary_and_an_original_in_two_scripts_are_compared_in_one() -> None:
    # the simplified summary against the traditional source: folded, said in the notes, and checked as one script
    for summary, supported in (("新工厂没有增加员工。", True), ("新工厂增加了员工。", False)):
        result = compare(summary, TRADITIONAL_SOURCE, sentiment=False, rouge_scores=False, keywords_top_n=0)
        assert bool(result.alignment["supported"].iloc[0]) is supported, result.alignment["reason"].iloc[0]
        assert len(result.notes) == 1 and "traditional characters" in result.notes[0]
    flipped = compare("新工廠增加了員工。", "新工厂没有增加员工。", sentiment=False, rouge_scores=False)
    assert "drops a negation" in flipped.alignment["reason"].iloc[0]
    assert "The summary is written in traditional characters" in flipped.notes[0]
    same = compare("新工廠沒有增加員工。", TRADITIONAL_SOURCE, sentiment=False, rouge_scores=False, keywords_top_n=0)
    assert same.notes == () and bool(same.alignment["supported"].iloc[0])


# A paraphrase moves a number away from the words around it; the number it restates is then the only one of its
# unit (or of a measure word counting the same thing) in the aligned sentences, or the only unitless one of the
# aligned clause. These were said to be "not in the source" only, and the sentence passed on its other words.
@pytest.mark.parametrize(
    ("source", "summary", "reason", "faithful"),
    [
        (
            "研究人员共招募了1200名志愿者，随访时间为五年。",
            "研究招募志愿者1200名，随访了三年。",
            "number: summary 三年 (3), source 五年 (5) (source sentence 0)",
            "研究招募志愿者1200名，随访了五年。",
        ),
        (
            "地铁三号线全长32公里，设车站24座。",
            "三号线全长32公里，设了42座车站。",
            "number: summary 42座 (42), source 24座 (24) (source sentence 0)",
            "三号线全长32公里，设了24座车站。",
        ),
        (
            "学校新建了两座教学楼，可容纳学生3000人。",
            "学校建成两座新教学楼，能容纳5000名学生。",
            "number: summary 5000名 (5000), source 3000人 (3000) (source sentence 0)",
            "学校建成两座新教学楼，能容纳3000名学生。",
        ),
        (
            "平台日活跃用户突破6亿，其中一半来自三线以下城市。",
            "平台日活用户超过了8亿。",
            "number: summary 8亿 (800000000), source 6亿 (600000000) (source sentence 0)",
            "平台日活用户超过了6亿。",
        ),
        (
            "全年共接待读者42万人次，比上一年增长18%。",
            "图书馆全年接待读者42万人次，增长了28%。",
            "number: summary 28% (28), source 18% (18) (source sentence 0)",
            "图书馆全年接待读者42万人次，增长了18%。",
        ),
    ],
)
def test_a_number_moved_by_a_paraphrase_is_still_checked(source: str, summary: str, reason: str, faithful: str) -> None:
    got = row(summary, source)
    assert not got["supported"]
    assert reason in str(got["reason"])
    assert "number:" not in str(row(faithful, source)["reason"])


def test_a_number_with_two_candidates_is_not_called_a_contradiction() -> None:
    # 投入8亿元 could restate 5亿元 or 3亿元: it is new, which lowers the support, but names no source
    found = contradictions("公司总计投入8亿元。", source_clauses("厂房建设花了5亿元，设备采购花了3亿元。", 0))
    assert [(f.kind, f.source, f.contradiction) for f in found] == [("number", "", False)]
    # the same measure word group counts the same people; 十二卷 and 12卷 are one quantity
    assert contradictions("能容纳3000名学生。", source_clauses("可容纳学生3000人。", 0)) == []
    assert contradictions("丛书一共12卷。", source_clauses("这套丛书共十二卷。", 0)) == []


def test_a_place_where_the_source_has_another_is_a_contradiction() -> None:
    source = "该公司总部位于杭州，在上海设有研发中心。"
    got = row("该公司总部位于深圳。", source)
    assert not got["supported"]
    assert "name: summary 深圳, source 杭州 (source sentence 0)" in str(got["reason"])
    # the source's own places, in either clause, and a place with no other in its stead, say nothing
    assert "name:" not in str(row("公司总部在杭州，上海有研发中心。", source)["reason"])
    squashed = "该公司总部位于杭州在上海设有研发中心"
    assert name_findings(segmenter_for(), "该公司位于中国杭州。", squashed, source_clauses(source, 0)) == ([], [])


@pytest.mark.parametrize(
    ("source", "summary", "reason", "faithful"),
    [
        # a share of the group: some against all, few against most, most against all
        (
            "部分读者反映老馆的座位太少。",
            "所有读者都说老馆座位太少。",
            "quantifier: summary 所有, source 部分 (source sentence 0)",
            "一些读者说老馆座位太少。",
        ),
        (
            "少数门店出现了缺货情况。",
            "大部分门店缺货。",
            "quantifier: summary 大部分, source 少数 (source sentence 0)",
            "有少数门店缺货。",
        ),
        (
            "大多数受访企业表示今年会扩大招聘。",
            "全部受访企业都称今年将扩大招聘。",
            "quantifier: summary 全部, source 大多数 (source sentence 0)",
            "多数受访企业称今年将扩大招聘。",
        ),
        # a plan stated as done, a possibility as proven, and a thing done stated as planned
        (
            "老馆改造工程预计在明年启动。",
            "老馆改造工程已经启动。",
            "modality: summary 已经, source 预计 (source sentence 0)",
            "老馆改造预计明年开工。",
        ),
        (
            "专家认为该药物可能对老年患者有效。",
            "专家证实该药物对老年患者有效。",
            "modality: summary 证实, source 可能 (source sentence 0)",
            "专家认为该药物或许对老年患者有效。",
        ),
        (
            "新航站楼已经在上月投入使用。",
            "新航站楼预计上月投入使用。",
            "modality: summary 预计, source 已经 (source sentence 0)",
            "新航站楼已在上月启用。",
        ),
        # comparisons of weight and width, and a stance, turned around
        (
            "新款手机比旧款更轻。",
            "新款手机比旧款更重。",
            "direction: summary 更重, source 更轻 (source sentence 0)",
            "新款手机重量比旧款轻。",
        ),
        (
            "改造后的路面比以前宽了两米。",
            "改造后的路面比以前窄了两米。",
            "direction: summary 窄, source 宽 (source sentence 0)",
            "路面改造后比以前宽了两米。",
        ),
        (
            "该政策受到了大多数居民的欢迎。",
            "多数居民反对这项政策。",
            "direction: summary 反对, source 欢迎 (source sentence 0)",
            "多数居民欢迎这项政策。",
        ),
        # the ordinal 首 is 第一: 首届 against 第三届, 首日 said as 第一天
        (
            "首届论坛于昨日在杭州开幕。",
            "第三届论坛昨日在杭州开幕。",
            "number: summary 第三届 (3), source 首届 (1) (source sentence 0)",
            "第一届论坛昨日在杭州开幕。",
        ),
    ],
)
def test_shares_plans_comparisons_and_ordinals_are_checked(
    source: str, summary: str, reason: str, faithful: str
) -> None:
    got = row(summary, source)
    assert reason in str(got["reason"])
    assert not got["supported"]
    assert row(faithful, source)["supported"], faithful


@pytest.mark.parametrize(
    ("source", "summary"),
    [
        # words that hold a quantifier, a hedge or an assertion and are none
        ("这部分读者反映座位太少。", "所有读者都反映座位太少。"),  # 这部分: a part named, no share
        ("少数民族地区的学校全部通了网络。", "少数民族地区的学校全部通网。"),
        ("公司的所有权结构在年内将保持不变。", "公司所有权结构年内将保持不变。"),
        ("该项目按计划已经完工。", "该项目已经按计划完工。"),
        ("这只是一次小幅波动而已。", "这只是一次小幅波动。"),
        # a negated assertion asserts nothing
        ("该药物可能对老年患者有效。", "该药物对老年患者有效尚未证实。"),
        # both sides plan, or both state it done
        ("公司计划明年在上海开设新工厂。", "公司打算明年在上海建新厂。"),
        ("一期工程已经完工，二期预计明年启动。", "一期工程已经完工。"),
        # a quantifier before other words is not judged against this one
        ("部分读者反映老馆的座位太少。", "所有座位都被部分读者占用了。"),
    ],
)
def test_words_that_only_look_like_shares_or_plans_are_not_contradictions(source: str, summary: str) -> None:
    reason = str(row(summary, source)["reason"])
    assert "quantifier" not in reason and "modality" not in reason, reason


@pytest.mark.parametrize(
    ("source", "summary"),
    [
        ("今年夏季的平均气温比去年夏季高出一点五摄氏度。", "去年夏季的平均气温比今年夏季低一点五摄氏度。"),
        ("本市房价的涨幅高于全国平均水平。", "全国平均水平低于本市房价的涨幅。"),
    ],
)
def test_a_comparison_restated_from_the_other_side_is_no_contradiction(source: str, summary: str) -> None:
    assert "direction" not in str(row(summary, source)["reason"])
    # ... while the same two things compared the other way are one
    assert "direction" in str(row(source.replace("高", "低", 1), source)["reason"])


@pytest.mark.parametrize(
    ("source", "summary", "swapped"),
    [
        ("张明击败了李强，获得冠军。", "李强击败了张明，获得冠军。", True),
        ("王芳把奖杯交给了刘洋。", "刘洋把奖杯交给了王芳。", True),
        ("张明击败了李强。", "李强被张明击败。", False),  # a passive keeps the roles
        ("李强和张明在会上见面。", "张明和李强在会上见面。", False),  # equals joined by 和
        ("王芳把奖杯交给了刘洋。", "刘洋从王芳手中接过奖杯。", False),  # other words between the names
    ],
)
def test_two_names_swapped_around_the_same_words(source: str, summary: str, swapped: bool) -> None:
    got = row(summary, source)
    first = summary[:2]
    assert (f"name: summary {first}, source " in str(got["reason"])) is swapped, got["reason"]
    assert bool(got["supported"]) is not swapped


@pytest.mark.parametrize(
    ("summary", "original", "note"),
    [
        ("去年本市经济实现增长。", "去年本市经济实现零增长。", "drops a negation"),  # jieba's 零增长
        ("该厂今年发生了安全事故。", "该厂今年的安全事故为零。", "drops a negation"),  # a zero predicate
        ("该产品添加了防腐剂。", "该产品零添加防腐剂。", "drops a negation"),
        ("这个季度公司营收零增长。", "这个季度公司营收增长了两成。", "adds a negation"),
        ("店铺全年零投诉。", "店铺全年收到了投诉。", "adds a negation"),  # jieba's HMM joins 零投诉, a word unknown
        # zeros and negations that say the same thing
        ("去年本市经济没有增长。", "去年本市经济实现零增长。", ""),
        ("该厂今年没有发生安全事故。", "该厂今年的安全事故为零。", ""),
        ("该厂今年实现零事故。", "该厂今年没有发生安全事故。", ""),
        ("去年经济增长为零。", "去年经济零增长。", ""),
        ("这家医院去年发生了医疗事故。", "这家医院去年的医疗事故发生数为零。", "drops a negation"),  # a measure word
        ("演出期间发生了踩踏事故。", "演出秩序良好，全程零事故。", "drops a negation"),  # aligned with the other clause
        ("这条线路全年没有列车晚点。", "这条线路全年列车晚点次数为零。", ""),  # the zero negates its whole clause
        ("该商场对假货零容忍。", "该商场绝不容忍假货。", ""),  # ... and a negation what follows it to the clause's end
        ("展览的门票费用为零。", "展览免收门票费用。", ""),  # an exemption
        ("全场比赛犯规次数为零。", "全场比赛一次犯规都没有。", ""),  # "not even one"
        ("该厂今年没有实现零事故。", "该厂今年实现了零事故。", "adds a negation"),  # the verb that governs the zero
        ("该市实现了零排放目标。", "该市未能实现零排放目标。", "drops a negation"),
        ("去年没有经济增长。", "去年经济零增长。", ""),  # ... a noun before it is negated with it
        ("该路段今年仍有人员死亡。", "该路段今年的死亡人数已降到零。", "drops a negation"),  # brought down to zero
        ("商场的冬装库存减少到零。", "商场的冬装库存还有很多。", "adds a negation"),
        # a zero in a number or a word counts nothing
        ("公司去年零售额增长5%。", "公司去年的零售额增长了5%。", ""),
        ("工厂一年生产汽车零部件200万件。", "这家工厂每年生产汽车零部件200万件。", ""),
        ("温度降到零下五度。", "夜里温度降到零下五度。", ""),
    ],
)
def test_a_zero_negates_what_it_counts(summary: str, original: str, note: str) -> None:
    found = [f.note for f in contradictions(summary, source_clauses(original, 0)) if f.kind == "negation"]
    assert found == ([note] if note else [])
