import pytest

from textkit.lang_zh import chinese_numeral_value, find_quantities, same_quantity


@pytest.mark.parametrize(
    ("text", "value"),
    [("三万", 30000), ("一万八千", 18000), ("百亿", 1e10), ("十五", 15), ("二十", 20), ("一百零五", 105), ("两", 2)],
)
def test_chinese_numerals(text, value):
    assert chinese_numeral_value(text) == value


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("借出图书三万册", [30000]),
        ("抖音DAU突破6亿", [6e8]),
        ("至今已有两年多", [2]),
        ("2019年的时候", [2019]),
        ("增长30%", [30]),
        ("百分之三十", [30]),
        ("三成", [30]),
        ("100多亿件商品", [1e10]),
        ("一个问题,一起,十分,三无产品,万一,1、做好", []),
        ("第88分钟", [88]),
    ],
)
def test_find_quantities(text, values):
    assert [q.value for q in find_quantities(text)] == values


def test_same_quantity():
    (a,) = find_quantities("超过百亿件")
    (b,) = find_quantities("100多亿件")
    (c,) = find_quantities("三天")
    (d,) = find_quantities("三成")
    assert same_quantity(a, b)
    assert not same_quantity(c, d)


def test_symbols_and_si_abbreviations_are_units() -> None:
    # 4℃ and 8 d were both bare numbers, so a title's 4℃ was compared with an abstract's 8 d (CSL)
    got = [(q.text, q.value, q.unit) for q in find_quantities("4℃保存24～120 h后，需要8 d，温度37°C，每次5 mg")]
    assert got == [("4℃", 4.0, "℃"), ("24", 24.0, ""), ("120 h", 120.0, "小时"), ("8 d", 8.0, "天"),
                   ("37°C", 37.0, "℃"), ("5 mg", 5.0, "毫克")]  # fmt: skip
    assert same_quantity(find_quantities("需要8 d")[0], find_quantities("需要8天")[0])  # one unit, two spellings
    assert [q.unit for q in find_quantities("10 days, A4纸")] == [""]  # a word, not the unit d; a code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Chinese decimal: 点 followed by digits
        ("满意度评分为八点七分", [("八点七", 8.7)]),
        ("参观人数达二点五万人次", [("二点五万", 25000.0)]),
        # times and an idiom are not decimals: 十点半, 三点十分, 八点一刻, 两点一线
        (
            "会议十点半开始，三点十分结束，八点一刻集合，两点一线的生活",
            [("十点", 10.0), ("三点", 3.0), ("八点", 8.0), ("两点", 2.0)],
        ),
    ],
)
def test_chinese_decimals(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(q.text, q.value) for q in find_quantities(text)] == expected


def test_units_written_two_ways_are_one_unit() -> None:
    # 十二个小时 against 8小时 was a count against a duration, so the changed number went unchecked
    got = [(q.value, q.unit) for q in find_quantities("开放十二个小时，两个星期，长12 mm，低十二毫米，用了三个月")]
    assert got == [(12.0, "小时"), (2.0, "周"), (12.0, "毫米"), (12.0, "毫米"), (3.0, "个月")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("首届论坛", [("首届", 1.0, "第届")]),
        ("第一次进入海外市场", [("第一次", 1.0, "第次")]),  # 一 with a classifier is an ordinal after 第
        ("首批游客和第二批游客", [("首批", 1.0, "第批"), ("第二批", 2.0, "第批")]),
        ("首季营收", [("首季", 1.0, "第季")]),
        ("首都北京", []),  # 首 ending a word or starting another is no ordinal
        ("位居榜首", []),
        ("国家元首次日离京", []),
        ("一次会议", []),  # the indefinite 一 stays no quantity
    ],
)
def test_shou_is_the_ordinal_first(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(q.text, q.value, q.unit) for q in find_quantities(text)] == expected


def test_the_first_day_is_the_same_however_it_is_written() -> None:
    (a,), (b,) = find_quantities("首日"), find_quantities("第一天")
    assert same_quantity(a, b)
    (c,) = find_quantities("第二天")
    assert not same_quantity(a, c)
