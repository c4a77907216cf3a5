"""One negation vocabulary: the words, the characters, the exceptions, and both readers (sentiment, comparison)."""

import pytest

from textkit.lang_zh import (
    EVEN_NEGATION_LEADS,
    INTENSIFYING_NEGATIONS,
    NEGATION_WORDS,
    NEGATORS,
    NOT_NEGATIONS,
    ZERO_COMPOUNDS,
    count_negations,
    even_negation_frames,
    even_negation_spans,
    intensifying_negation_at,
    negation_at,
    zero_negation_spans,
)
from textkit.sentiment_analysis._text import negation_scope, normalize_for_model, word_cutter


def test_negators_are_the_one_character_negation_words() -> None:
    assert set(NEGATORS) == {"不", "没", "无", "未", "非", "别", "莫", "勿", "毋", "甭"}
    assert all(len(w) == 1 for w in NEGATORS) and NEGATORS <= NEGATION_WORDS


def test_no_word_is_both_a_negation_and_not() -> None:
    assert not set(NOT_NEGATIONS) & NEGATION_WORDS
    assert all(any(ch in NEGATORS for ch in word) for word in NOT_NEGATIONS)  # each exception hides a negator


@pytest.mark.parametrize(
    ("clause", "count"),
    [
        ("他是专家", 0),
        ("他并非专家", 1),  # 并非 was an exception in compare.py: the bug the layout issue names
        ("他毫不在意", 1),
        ("他不同意这个方案", 1),  # 不同意 negates although 不同 ("different") does not
        ("两者不同", 0),
        ("非常好", 0),
        ("未来可期", 0),
        ("有没有问题", 0),  # an A-not-A question asks, it does not negate
        ("是不是", 0),
        ("不是不好", 2),
        ("从来没有", 1),
        ("请勿吸烟", 1),
    ],
)
def test_count_negations(clause: str, count: int) -> None:
    assert count_negations(clause) == count


def test_longest_word_decides() -> None:
    assert negation_at("不同意", 0) == (True, 3)
    assert negation_at("不同", 0) == (False, 2)
    assert negation_at("并非", 0) == (True, 2)
    assert negation_at("并且", 0) == (False, 1)


def _scope(text: str) -> str:
    return "".join("^" if m else "." for m in negation_scope(text))


def test_sentiment_scope_reads_the_same_vocabulary() -> None:
    # 不同意 opens a scope (its negator negates), 不同 does not; 并非 and 毫不 negate.
    assert _scope("不同意方案") == ".^^^^"
    assert _scope("不同方案") == "...."
    assert _scope("并非好事") == "..^^"
    assert _scope("毫不满意") == "..^^"


def test_unusually_negates_for_the_summary_check_but_not_for_sentiment() -> None:
    # 不是一般的流感 against 是一般的流感 is a contradiction the summary check must see; 不是一般的差 is very bad.
    assert count_negations("这不是一般的流感") == 1 and count_negations("非同一般") == 1
    assert intensifying_negation_at("这不是一般的流感", 1) == 4 and intensifying_negation_at("不是很差", 0) == 0
    assert _scope("不是一般的差") == "......" and _scope("不是很差") == ".^^^"
    assert not set(INTENSIFYING_NEGATIONS) & (NEGATION_WORDS | set(NOT_NEGATIONS))


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("什么问题都没有", ["问题"]),
        ("一点毛病都没有", ["毛病"]),
        ("一点点异味都没有", ["异味"]),  # the longest lead
        ("一个差评都没有", ["差评"]),
        ("连个像样的解释都没有", ["像样的解释"]),
        ("一点好处都没有", ["好处"]),  # a negated praise: the reader turns it into a complaint
        ("服务很差热水也没有", ["热水"]),  # bare: the two characters before 也, not 差
        ("毛病也没有啊！", ["毛病"]),  # particles may follow the negation
        ("问题都没有解决", []),  # bare, and the negation does not end its clause: 问题 is what was not solved
        ("一点都不好吃", []),  # nothing between the lead and 都
        ("大家都不错", []),  # 不错 is no negation
        ("一点不好的地方都没有", []),  # a negation inside: unclear
        ("我也没有", []),  # a pronoun is passed over, not negated
        ("首都没有地铁", []),
        ("", []),
    ],
)
def test_even_negation_spans(text: str, negated: list[str]) -> None:
    assert [text[i:j] for i, j in even_negation_spans(text)] == negated


@pytest.mark.parametrize(
    ("text", "frames"),
    [
        ("床单上一根头发都没有", [("一根", "头发", "都没有")]),
        ("服务员半点脸色都没给", [("半点", "脸色", "都没")]),  # a one-character negation
        ("毛病也没有啊！", [("", "毛病", "也没有")]),  # bare: no lead, the particle is not part of the frame
        ("連個道歉都沒有，什么问题都没有", [("連個", "道歉", "都沒有"), ("什么", "问题", "都没有")]),
        ("一点都不好吃", []),
    ],
)
def test_even_negation_frames(text: str, frames: list[tuple[str, str, str]]) -> None:
    found = even_negation_frames(text)
    assert [(text[a:b], text[b:c], text[c:d]) for a, b, c, d in found] == frames
    assert [(b, c) for _, b, c, _ in found] == even_negation_spans(text)  # the same constructions


def test_even_negation_leads_are_distinct_and_the_clause_bounds_them() -> None:
    assert len(set(EVEN_NEGATION_LEADS)) == len(EVEN_NEGATION_LEADS)
    assert even_negation_spans("一点，毛病都没有") == [(3, 5)]  # the lead is in another clause: bare, 毛病
    # a lead more than 10 characters before 都 does not reach; 不 after 都 has no bare reading
    assert even_negation_spans("一点" + "看" * 11 + "都不行") == []
    assert even_negation_spans("一点" + "看" * 10 + "都不行") == [(2, 12)]


def test_traditional_characters_are_read_as_simplified() -> None:
    # the same answers as for the simplified text; positions are those of the text as given
    pairs = [
        ("他並非專家", "他并非专家"),
        ("有沒有問題", "有没有问题"),
        ("無論如何", "无论如何"),
        ("沒想到這麼乾淨", "没想到这么干净"),
        ("從來沒有遲到", "从来没有迟到"),
        ("不是不好", "不是不好"),
    ]
    for traditional, simplified in pairs:
        assert count_negations(traditional) == count_negations(simplified), traditional
        assert [negation_at(traditional, i) for i in range(len(traditional))] == [
            negation_at(simplified, i) for i in range(len(simplified))
        ]
    assert even_negation_spans("什麼問題都沒有，毛病也沒有") == even_negation_spans("什么问题都没有，毛病也没有")
    assert intensifying_negation_at("不是一般的難吃", 0) == 4


@pytest.mark.parametrize(
    ("text", "negates"),
    [
        ("别买", True),
        ("别去这家", True),
        ("比别家便宜", False),
        ("别墅区", False),
        ("别致的设计", False),
        ("与以往有别", False),
    ],
)
def test_bie_as_other_is_no_negation(text: str, negates: bool) -> None:
    found, i = False, 0
    while i < len(text):  # read word by word, as the negation scope does
        negation, width = negation_at(text, i)
        found, i = found or negation, i + width
    assert found is negates


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("零差评", ["差评"]),  # jieba cuts 零/差/评: a one-character word takes the next with it
        ("服务零好评", ["好评"]),
        ("0投诉，0延迟", ["投诉", "延迟"]),
        ("这家店是零差评", ["差评"]),  # 是 before a zero that does not end its clause: the zero counts what follows
        ("差评为零", ["差"]),  # jieba's 评为 holds the copula: left out with it
        ("好评率为0", ["好评率"]),
        ("服务态度为零了", ["服务态度"]),  # one word longer than 3 characters, a particle after the zero
        ("隔音基本为零", ["隔音"]),  # the adverb is passed over
        ("勒耳感几乎为零", ["勒耳感"]),  # ... and takes nothing from the subject's 3 characters
        ("卡的余额已经是零了", ["余额"]),  # the subject starts after 的
        ("零好评率为零", ["好评率"]),  # two zeros count 好评 and 好评率: one span
        ("投诉等于零", ["投诉"]),  # jieba's 等于零
        ("新增失业人数为零", ["失业人数"]),  # a measure word takes nothing from the subject's 3 characters
        ("对欺凌行为零容忍", ["容忍"]),  # 行为 only ends in 为: nothing reaches the zero
        ("全厂做到零差错", ["差错"]),
        ("成本减至零后", []),  # reached
        ("投诉量降到了零", ["投诉量"]),  # brought down to a zero that ends the clause
        ("库存减少到零", ["库存"]),
        ("成本降为零", ["成本"]),  # the verb is no part of the subject (成本/降/为/零)
        ("歌曲被削减到零", ["歌曲"]),  # 削/减: one verb; 被 is passed over
        ("卡纸次数从每天好几次降到了零", ["卡纸次数"]),  # a 从 phrase goes with the verb
        ("病人的血压为零", ["血压"]),  # 压 ends a noun here: a copula, not a verb of reducing
        ("经济零增长", ["增长"]),  # sentiment's word list cuts 零/增长 (jieba's dictionary keeps it whole: below)
        ("體驗為零", ["体验"]),  # traditional characters
        ("零下五度", []),  # words of their own
        ("零食很好吃", []),
        ("一百零五", []),  # numbers
        ("九点零五分", []),
        ("10差评", []),
        ("一共0.5元", []),
        ("量程为0～120 kPa", []),  # a range, not a count
        ("零元购", []),  # a unit: a quantity
        ("零基础也能学会", []),  # a beginner's level
        ("适合零到三岁", []),  # a range
        ("按零可以转人工", []),  # a key dialled
        ("成本降为零后", []),  # reached, and not the clause's end
        ("差评：0", []),  # no copula
        ("", []),
    ],
)
def test_zero_negation_spans(text: str, negated: list[str]) -> None:
    norm = normalize_for_model(text)
    assert [norm[i:j] for i, j in zero_negation_spans(text, word_cutter().spans(norm))] == negated


def test_a_zero_compound_counts_what_follows_its_zero() -> None:
    # jieba's dictionary keeps 零增长 and 零伤亡 whole; 零售 and 零部件 count nothing
    text = "经济零增长，零伤亡，零售额，零部件"
    cut = [(0, 2), (2, 5), (5, 6), (6, 9), (9, 10), (10, 13), (13, 14), (14, 17)]
    assert [text[i:j] for i, j in zero_negation_spans(text, cut)] == ["增长", "伤亡"]
    assert {"零增长", "零伤亡"} <= ZERO_COMPOUNDS and not {"零售", "零部件", "零距离"} & ZERO_COMPOUNDS


def test_zeros_are_no_negation_words() -> None:
    # A zero negates what it counts (sentiment's scope, the summary check's _zero_scopes), not as a negation word.
    assert count_negations("零差评") == 0 and count_negations("差评为零") == 0 and count_negations("零增长") == 0
    assert _scope("零差评") == ".^^" and _scope("差评为零") == "^..." and _scope("零下五度") == "...."
    assert _scope("不是零差评") == ".^^.."  # a negation and a zero: 差评 is negated twice
