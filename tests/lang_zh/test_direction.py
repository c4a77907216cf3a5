"""One direction vocabulary: the pairs, their opposites, the exceptions, and the reader of a text."""

import itertools

import pytest

from textkit.lang_zh import DIRECTION_PAIRS, DirectionWord, find_direction_words, opposites
from textkit.lang_zh.direction import DIRECTION_WORDS, NOT_DIRECTIONS


def _words(text: str) -> list[str]:
    return [d.word for d in find_direction_words(text)]


# --- the pairs -------------------------------------------------------------------------------------------------


def test_enough_pairs() -> None:
    assert len(DIRECTION_PAIRS) >= 120
    assert all(isinstance(a, str) and isinstance(b, str) and a and b for a, b in DIRECTION_PAIRS)


def test_no_pair_repeated_either_way() -> None:
    unordered = [frozenset(pair) for pair in DIRECTION_PAIRS]
    assert len(unordered) == len(set(unordered))


def test_no_word_is_its_own_opposite() -> None:
    assert all(a != b for a, b in DIRECTION_PAIRS)
    assert all(word not in opposites(word) for word in DIRECTION_WORDS)


def test_opposites_are_symmetric() -> None:
    for a in DIRECTION_WORDS:
        assert opposites(a), a
        for b in opposites(a):
            assert a in opposites(b), (a, b)


def test_opposites_read_both_ways() -> None:
    assert {"提高", "升高", "上升", "增加"} <= opposites("降低")
    assert "降低" in opposites("提高") and "下降" in opposites("提高")
    assert opposites("促进") == frozenset({"抑制", "阻碍"})
    assert opposites("劣于") == frozenset({"优于"})
    assert opposites("无效") == frozenset({"有效"})
    assert opposites("涨") == frozenset({"跌", "降"})


def test_word_without_opposite() -> None:
    assert opposites("销量") == frozenset()
    assert opposites("") == frozenset()
    assert opposites("升级") == frozenset()


def test_pairs_named_in_the_brief_are_there() -> None:
    wanted = [
        ("提高", "降低"), ("增加", "减少"), ("上升", "下降"), ("优于", "劣于"), ("促进", "抑制"), ("扩大", "缩小"),
        ("成功", "失败"), ("高于", "低于"), ("多于", "少于"), ("加快", "减缓"), ("增强", "减弱"), ("改善", "恶化"),
        ("升高", "降低"), ("盈利", "亏损"), ("上涨", "下跌"), ("赞成", "反对"), ("支持", "反对"), ("接受", "拒绝"),
        ("允许", "禁止"), ("有利", "不利"), ("正相关", "负相关"), ("提前", "推迟"), ("最高", "最低"),
        ("最大", "最小"), ("开始", "结束"), ("进口", "出口"), ("买入", "卖出"), ("顺差", "逆差"), ("增长", "下降"),
        ("涨", "跌"), ("升", "降"), ("加重", "减轻"), ("延长", "缩短"), ("扩张", "收缩"), ("正向", "负向"),
        ("积极", "消极"), ("有效", "无效"),
    ]  # fmt: skip
    for a, b in wanted:
        assert b in opposites(a), (a, b)


def test_only_verbs_of_change_are_single_characters() -> None:
    assert {w for w in DIRECTION_WORDS if len(w) == 1} == {"涨", "跌", "升", "降"}
    for ambiguous in "多少高低大小上下好差":
        assert ambiguous not in DIRECTION_WORDS


def test_exceptions_are_not_direction_words_and_each_guards_one() -> None:
    assert len(NOT_DIRECTIONS) == len(set(NOT_DIRECTIONS))
    assert not set(NOT_DIRECTIONS) & DIRECTION_WORDS
    for word in NOT_DIRECTIONS:
        # each exception holds a direction word, or ends where one begins (通过|高效 hides 过高)
        holds = any(d in word for d in DIRECTION_WORDS)
        ends_at_start = any(d.startswith(word[-1]) for d in DIRECTION_WORDS)
        assert holds or ends_at_start, word


# --- reading a text --------------------------------------------------------------------------------------------


def test_empty_text() -> None:
    assert find_direction_words("") == []
    assert find_direction_words("今天天气不错。") == []


def test_direction_word_is_a_named_tuple() -> None:
    (found,) = find_direction_words("血压升高")
    assert found == DirectionWord("升高", 2, 4)
    assert (found.word, found.start, found.end) == ("升高", 2, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("股价上升了", ["上升"]),  # not 上, not 升
        ("血压升高", ["升高"]),  # not 升
        ("净利润负增长", ["负增长"]),  # not 增长
        ("北向资金净流入", ["净流入"]),
        ("样本量不少于100例", ["不少于"]),  # not 少于: 不少 negates nothing
        ("两组呈正相关", ["正相关"]),
        ("价格涨停", ["涨停"]),
        ("跌幅扩大", ["跌幅", "扩大"]),
        ("提升级别", ["提升"]),  # 提升 is read before the 升级 that overlaps it
    ],
)
def test_longest_match(text: str, expected: list[str]) -> None:
    assert _words(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Q3营收增长12%，EPS下降0.3元😀，iPhone 15销量上涨",
        "📈 A股ABC指数跌了2.5%，👍 GDP增速回升到5.2%，CPI降到0.1%",
        "abc升def降ghi涨jkl跌",
        "2024年🎉新品上市，用户满意度提高；2023年亏损1.2亿元。",
        "😀😀😀促进😀抑制😀",
    ],
)
def test_offsets_match_the_text(text: str) -> None:
    found = find_direction_words(text)
    assert found
    for d in found:
        assert text[d.start : d.end] == d.word
        assert d.word in DIRECTION_WORDS
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))  # left to right, no overlap


def test_offsets_exact() -> None:
    text = "Q3营收增长12%😀利润下降"
    assert find_direction_words(text) == [DirectionWord("增长", 4, 6), DirectionWord("下降", 12, 14)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 升 that is no rise
        ("系统升级后运行更稳定", []),
        ("手机降级到旧版本", []),
        ("他今年升学考试", []),
        ("学校举行升旗仪式", []),
        ("思想得到升华", []),
        ("新装了一台升降机", []),
        ("每毫升血液", []),
        ("一公升水", []),
        ("水库蓄水三千升", []),
        ("92号汽油每升7.5元", []),
        ("浓度为10毫克/升", []),
        ("白细胞计数每微升", []),
        ("加入5升水", ["加入"]),  # 升 after a digit is the litre
        ("加入５升水", ["加入"]),  # a full-width digit too
        # 降 that is no fall
        ("今年降雨频繁", []),
        ("年降水量", []),
        ("北方迎来降雪", ["北方"]),  # the place is a direction word (南方/北方), the snowfall is not
        ("飞机安全降落", []),
        ("新年降临", []),
        ("婴儿降生", []),
        ("敌军投降", []),
        ("今日霜降", []),
        ("塑料难以降解", []),
        ("降服对手", []),
        # 涨 and 跌 that are no market move
        ("今日涨跌互现", []),
        ("潮水涨落", []),
        ("他脸涨红了", []),
        ("老人跌倒", []),
        ("孩子跌跤", []),
        ("跌打损伤", []),
        ("剧情跌宕起伏", []),
        ("他跌跌撞撞地走来", []),
        ("结果让人跌破眼镜", []),
        ("结果令人大跌眼镜", []),
        # nouns and names
        ("工业增加值", []),
        ("收缩压140mmHg", []),
        ("心脏收缩期", []),
        ("PD-1抑制剂", []),
        ("民主促进会", []),
        ("在有效期内", []),
        ("支持向量机", []),
        ("创业加速器", []),
        ("这家上市公司", []),
        ("最高法发布", []),
        ("最高检通报", []),
        ("最高人民法院", []),
        ("进出口总额", []),
        ("请走出口处", []),
        ("安全出口", []),
        ("线上线下融合", []),
        ("以上行为均属违规", []),
        ("以下行业除外", []),
        ("经济正面临挑战", []),
        ("正向着目标前行", []),
        # words whose last character would begin a direction word
        ("通过高效协同", []),  # not 过高
        ("经过高温处理", []),  # not 过高
        ("所有利益相关方", []),  # not 有利
        ("没有效果", []),  # not 有效
        ("具有利用价值", []),  # not 有利
        ("推进口岸建设", []),  # not 进口
        ("强调高质量发展", []),  # not 调高
        ("协调高效", []),  # not 调高
        ("打开空调降温", ["降温"]),  # not 调降
        ("刺激增长", ["增长"]),  # not 激增
        ("更加重视", []),  # not 加重
        ("更加快速", []),  # not 加快
        ("产生效益", []),  # not 生效
        ("优良性状", []),  # not 良性
        ("真正面对", []),  # not 正面
    ],
)
def test_exceptions_are_not_reported(text: str, expected: list[str]) -> None:
    assert _words(text) == expected


def test_every_exception_is_skipped_whole() -> None:
    for word in NOT_DIRECTIONS:
        assert find_direction_words(word) == [], word


def test_words_holding_a_direction_word_that_do_mean_it() -> None:
    assert _words("手术成功率为95%") == ["成功"]
    assert _words("GDP增长率为5%") == ["增长"]
    assert _words("死亡率降低") == ["死亡", "降低"]  # 死亡率 holds 死亡 (opposite of 存活)
    assert _words("提高利润率") == ["提高"]
    assert _words("有利于经济发展") == ["有利"]
    assert _words("这不利于团结") == ["不利"]
    assert _words("治疗无效") == ["无效"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # business and markets
        ("2023年公司营业收入同比增长12.5%，净利润下降3.2%，毛利率较上年提高1.8个百分点。", ["增长", "下降", "提高"]),
        (
            "受需求疲软影响，三季度出口同比下滑，进口小幅回升，贸易顺差收窄。",
            ["疲软", "出口", "下滑", "进口", "回升", "顺差", "收窄"],
        ),
        ("沪指今日高开低走，收盘下跌0.6%，两市成交额较上一交易日减少。", ["高开", "低走", "下跌", "减少"]),
        ("国际油价连续三日上涨，国内92号汽油每升上调0.15元。", ["上涨", "国内", "上调"]),
        ("房价涨了三成，租金却跌了一成。", ["涨", "跌"]),
        ("由于成本上升，公司决定提价，销量随之大幅回落。", ["上升", "提价", "回落"]),
        ("政策放宽后，新房成交量激增，二手房价格却走低。", ["放宽", "激增", "走低"]),
        ("公司今年扭亏为盈，实现盈利，而去年同期亏损2亿元。", ["盈利", "亏损"]),
        ("人民币对美元升值，出口企业利润受到挤压。", ["升值", "出口"]),
        ("市场预计美联储将在年内加息，美元走强，黄金价格暴跌。", ["加息", "走强", "暴跌"]),
        ("涨跌幅榜上，科技股领涨，地产股跌幅居前。", ["涨", "跌幅"]),
        ("该公司进出口总额增长8%，其中出口增长10%。", ["增长", "出口", "增长"]),
        # policy and society
        ("央行宣布降息25个基点，市场普遍认为此举有利于刺激消费。", ["降息", "有利"]),
        ("多数代表赞成该议案，少数代表反对，议案最终获得批准。", ["赞成", "反对", "批准"]),
        ("新规自下月起生效，旧办法同时失效。", ["生效", "失效"]),
        ("因天气原因，发射时间推迟至周五，原定的发布会也暂停。", ["推迟", "暂停"]),
        ("今年前三季度，全省居民人均可支配收入增加，城乡收入差距进一步缩小。", ["增加", "缩小"]),
        ("该城市空气质量持续改善，重污染天数明显减少。", ["改善", "减少"]),
        ("法院驳回了原告的诉讼请求，原告败诉。", ["驳回", "败诉"]),
        ("本次降雨过程结束后，气温将明显下降。", ["结束", "下降"]),
        ("系统升级后，用户满意度提升。", ["提升"]),
        ("我们强调高质量发展，通过高效协同，更加重视创新，刺激增长。", ["增长"]),
        # science and medicine
        ("与对照组相比，治疗组患者的收缩压明显降低，不良反应发生率无显著差异。", ["降低"]),
        ("结果显示，睡眠时长与抑郁评分呈负相关，与生活质量评分呈正相关。", ["负相关", "正相关"]),
        ("该药物可抑制肿瘤细胞增殖，并促进其凋亡。", ["抑制", "促进"]),
        ("研究发现高剂量组疗效优于低剂量组，但不良事件更多。", ["优于", "更多"]),
        ("患者术后第3天病情好转，第5天突然恶化，转入重症监护室。", ["好转", "恶化"]),
        ("实验组小鼠体重增加，血糖升高，胰岛素敏感性减弱。", ["增加", "升高", "减弱"]),
        ("该指标在男性中高于女性，在老年组中最高。", ["男性", "高于", "女性", "最高"]),
        ("团队首次实现该反应的提速，反应时间缩短了一半。", ["提速", "缩短"]),
        ("老人跌倒后血压升高，医生给予降压治疗。", ["升高", "降压"]),
        ("每组使用5升培养液，每毫升含菌量不少于10万个。", ["不少于"]),
        ("PD-1抑制剂联合化疗组的中位生存期延长，肿瘤标志物阴性率较高。", ["延长", "阴性", "较高"]),
    ],
)
def test_real_sentences(text: str, expected: list[str]) -> None:
    assert _words(text) == expected


def test_a_flip_is_visible() -> None:
    source = {d.word for d in find_direction_words("今年销量降低了")}
    summary = {d.word for d in find_direction_words("今年销量提高了")}
    assert any(opposites(word) & source for word in summary)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-character word is a direction word as the predicate of a comparison only
        ("今年夏季平均气温比往年高两度。", ["高"]),
        ("新店的客流较上周少了三成", ["少"]),
        ("这款新车比旧款贵", ["贵"]),
        ("治疗组的血压比对照组低十二毫米汞柱", ["低"]),  # 比 before 对照组, not the verb 比对
        ("他比大多数人到得早些", ["早"]),  # 比大多数: 大 and 多 predicate nothing; 早 does
        ("比赛中高分选手较多，比例较高。", ["较多", "较高"]),
        ("他们比去年增长了两成", ["增长"]),  # 长 is part of 增长
        # openings and closings, places and times
        ("该银行今年在县城新开三家网点，关闭两家", ["新开", "关闭"]),
        ("重新开始以后，全新开发的系统在东段试运行", ["开始", "东段"]),  # 新开 is in neither
        ("发布会定于周五上午举行，晚上还有晚宴", ["上午", "晚上"]),
        ("主队在主场扳平比分，客队随后再进一球", ["主队", "主场", "客队"]),
    ],
)
def test_comparisons_and_new_pairs(text: str, expected: list[str]) -> None:
    assert _words(text) == expected
    assert opposites("高") == frozenset({"低"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新款比旧款更重", ["更重"]),
        ("新款比旧款轻了200克", ["轻"]),  # a one-character comparison predicate after 比
        ("路面比以前宽了两米", ["宽"]),
        ("更重要的是质量", []),  # 更重要, 更深入, 较长时间: no comparison of weight, depth or length
        ("需要更深入的研究和较长时间的观察", []),
        ("多数居民欢迎这项政策，少数人抵制", ["欢迎", "抵制"]),
        ("老将在决赛中输给了卫冕冠军", ["输给", "冠军"]),
    ],
)
def test_comparisons_of_weight_width_and_stances(text: str, expected: list[str]) -> None:
    assert _words(text) == expected
