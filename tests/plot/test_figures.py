"""textkit.plot: what each figure draws, input validation, and Chinese without missing glyphs."""

from __future__ import annotations

import base64
import io
import logging
import warnings
from collections.abc import Callable

import matplotlib
import numpy as np
import pandas as pd
import pytest
from matplotlib.axes import Axes
from matplotlib.colors import to_hex
from matplotlib.figure import Figure

import textkit
from textkit import TextkitError, plot
from textkit.plot import fonts

# ----------------------------------------------------------------------------- fake inputs (contract shapes)


def keywords_df() -> pd.DataFrame:
    return pd.DataFrame({"word": ["抖音", "电商", "直播", "品牌"], "weight": [0.5, 0.9, 0.2, 0.2]})


def comparison_df() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "word": ["电商", "直播", "品牌"],
            "weight_a": [0.8, 0.5, 0.0],
            "weight_b": [0.6, 0.0, 0.4],
            "status": ["shared", "only_a", "only_b"],
        }
    )


def sentences_df() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "index": [0, 1, 2, 3],
            "sentence": ["很好。", "太差了。", "还行。", "无法判断。"],
            "start": [0, 3, 7, 10],
            "end": [3, 7, 10, 15],
            "position": [0.1, 0.5, 0.9, 0.95],
            "score": [0.9, 0.2, 0.6, np.nan],
            "label": ["positive", "negative", "neutral", None],
        }
    )


def coverage_df() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "source_index": [0, 1, 2],
            "source_sentence": ["抖音电商总裁魏雯雯。", "首页 导航 城市。", "全域兴趣电商。"],
            "start": [0, 10, 25],
            "end": [9, 24, 40],
            "similarity": [0.9, np.nan, 0.6],
            "covered": [True, False, True],
        }
    )


def alignment_df() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "summary_index": [0, 1],
            "summary_sentence": ["抖音电商增长很快。", "月活跃用户超过十亿，这是原文没有的数字。"],
            "source_sentence": ["抖音电商增长快。", ""],
            "source_index": [3, -1],
            "similarity": [0.8, 0.1],
            "supported": [True, False],
            "reason": ["", "原文没有这个数字"],
        }
    )


MATRIX = np.array([[0.9, 0.1, 0.0], [0.0, 0.7, 0.3]])


FIGURE_MAKERS: dict[str, Callable[[], Axes]] = {
    "keyword_bars": lambda: plot.keyword_bars(keywords_df(), title="关键词"),
    "keyword_comparison": lambda: plot.keyword_comparison(comparison_df(), labels=("原文", "摘要"), title="对比"),
    "word_cloud": lambda: plot.word_cloud(keywords_df(), width=160, height=80, title="词云"),
    "sentiment_trajectory": lambda: plot.sentiment_trajectory(sentences_df(), window=3, title="情感走势"),
    "coverage_map": lambda: plot.coverage_map(coverage_df(), title="覆盖"),
    "similarity_matrix": lambda: plot.similarity_matrix(
        MATRIX, summary_labels=["摘要一", "摘要二"], source_labels=["原文甲", "原文乙", "原文丙"], title="相似度"
    ),
    "summary_support": lambda: plot.summary_support(alignment_df(), title="支持"),
}


def all_figures() -> dict[str, Axes]:
    return {name: make() for name, make in FIGURE_MAKERS.items()}


def render_warnings(fig: Figure) -> list[str]:
    """Save to PNG outside any rc context and return the missing-glyph warnings."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig.savefig(io.BytesIO(), format="png", dpi=50)
    return [str(w.message) for w in caught if "missing from font" in str(w.message) or "Glyph" in str(w.message)]


# ----------------------------------------------------------------------------- Chinese renders


def test_plain_matplotlib_warns_about_chinese_so_the_check_can_fail():
    fig = Figure()
    ax = fig.add_subplot()
    ax.set_title("关键词")
    ax.set_yticks([0, 1], labels=["抖音", "电商"])
    messages = render_warnings(fig)
    assert messages, "DejaVu Sans should lack hanzi and warn"
    assert any("missing from font" in m for m in messages)


@pytest.mark.parametrize("name", sorted(FIGURE_MAKERS))
def test_every_figure_renders_chinese_without_missing_glyphs(name, caplog):
    ax = FIGURE_MAKERS[name]()
    assert isinstance(ax, Axes)
    texts = [t.get_text() for t in ax.figure.findobj(matplotlib.text.Text)]
    assert any(any("\u4e00" <= ch <= "\u9fff" for ch in t) for t in texts), "the figure should hold Chinese"
    with caplog.at_level(logging.WARNING, logger="matplotlib.font_manager"):
        assert render_warnings(ax.figure) == []
    assert not [r for r in caplog.records if "findfont" in r.getMessage()]


def test_every_case_study_character_renders(case_study):
    chars = sorted({ch for ch in case_study.original + case_study.summary if ch.isprintable() and not ch.isspace()})
    chunks = ["".join(chars[i : i + 60]) for i in range(0, len(chars), 60)]
    assert len(chars) > 1000
    fig = Figure(figsize=(16, 12), layout="constrained")
    weights = {chunk: float(i + 1) for i, chunk in enumerate(chunks)}
    ax = plot.keyword_bars(weights, top_n=len(chunks), ax=fig.add_subplot())
    assert len(ax.get_yticklabels()) == len(chunks)
    assert render_warnings(ax.figure) == []


def test_callers_axes_gets_the_font_even_for_ticks_made_before():
    fig = Figure()
    ax = fig.add_subplot()
    ax.set_xticks([0, 1], labels=["零", "一"])  # created before textkit draws, with the default font
    out = plot.keyword_bars(keywords_df(), ax=ax)
    assert out is ax
    ax.set_xticks([0.0, 0.5], labels=["低", "高"])  # and ticks changed after
    assert render_warnings(fig) == []


def test_functions_leave_rcparams_alone():
    before = {k: matplotlib.rcParams[k] for k in ("font.family", "font.sans-serif", "axes.unicode_minus")}
    all_figures()
    assert {k: matplotlib.rcParams[k] for k in before} == before


# ----------------------------------------------------------------------------- keyword_bars


def test_keyword_bars_orders_by_weight_then_word_and_keeps_top_n():
    ax = plot.keyword_bars(keywords_df(), top_n=3)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["电商", "抖音", "品牌"]  # 品牌 < 直播 at 0.2
    assert [round(p.get_width(), 3) for p in ax.patches] == [0.9, 0.5, 0.2]
    # heaviest drawn at the top
    assert ax.patches[0].get_y() < ax.patches[1].get_y()
    assert ax.get_ylim()[0] > ax.get_ylim()[1]


def test_keyword_bars_accepts_a_mapping_and_skips_missing_values():
    ax = plot.keyword_bars({"抖音": 2.0, "电商": float("nan"), "": 1.0, "直播": 1.0})
    assert [t.get_text() for t in ax.get_yticklabels()] == ["抖音", "直播"]
    df = pd.DataFrame({"word": ["抖音", None, "抖音", "电商"], "weight": [1.0, 2.0, 3.0, None]})
    ax = plot.keyword_bars(df)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["抖音"]
    assert ax.patches[0].get_width() == 3.0  # a repeated word keeps its largest weight


def test_keyword_bars_accepts_a_series_and_mixed_scripts():
    ax = plot.keyword_bars(pd.Series({"抖音😀": 2.0, "Café 电商": 1.0, "GMV": 0.5}))
    assert [t.get_text() for t in ax.get_yticklabels()] == ["抖音😀", "Café 电商", "GMV"]
    assert plot.figure_to_png_bytes(ax, dpi=30)[1:4] == b"PNG"


def test_keyword_bars_empty_input_gives_a_note():
    ax = plot.keyword_bars(pd.DataFrame({"word": [], "weight": []}))
    assert [t.get_text() for t in ax.texts] == ["无数据 / no data"]
    assert len(ax.patches) == 0


def test_keyword_bars_validates():
    with pytest.raises(TextkitError, match=r"keywords is missing column\(s\) 'weight'"):
        plot.keyword_bars(pd.DataFrame({"word": ["抖音"], "score": [1.0]}))
    with pytest.raises(TextkitError, match="keywords must be a pandas DataFrame"):
        plot.keyword_bars(["抖音", "电商"])  # type: ignore[arg-type]
    for bad in (0, -1, 2.5, True, "5"):
        with pytest.raises(TextkitError, match="top_n must be an int >= 1"):
            plot.keyword_bars(keywords_df(), top_n=bad)  # type: ignore[arg-type]
    with pytest.raises(TextkitError, match="title must be a str or None"):
        plot.keyword_bars(keywords_df(), title=3)  # type: ignore[arg-type]
    with pytest.raises(TextkitError, match="ax must be a matplotlib Axes or None"):
        plot.keyword_bars(keywords_df(), ax=Figure())  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- keyword_comparison


def test_keyword_comparison_draws_a_to_the_left_b_to_the_right():
    ax = plot.keyword_comparison(comparison_df(), labels=("原文", "摘要"))
    assert [t.get_text() for t in ax.get_yticklabels()] == ["电商", "直播", "品牌"]
    left, right = ax.patches[:3], ax.patches[3:]
    assert [round(p.get_width(), 3) for p in left] == [-0.8, -0.5, 0.0]
    assert [round(p.get_width(), 3) for p in right] == [0.6, 0.0, 0.4]
    expected = [plot.STATUS_COLORS[s] for s in ("shared", "only_a", "only_b")]
    assert [to_hex(p.get_facecolor()) for p in left] == expected
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "in both top lists",
        "only in 原文, absent from 摘要",
        "only in 摘要, absent from 原文",
    ]


def test_keyword_comparison_shows_a_word_below_the_other_top_list_on_both_sides():
    df = pd.DataFrame(
        {"word": ["直播", "品牌"], "weight_a": [0.5, 0.1], "weight_b": [0.2, 0.4], "status": ["top_a", "top_b"]}
    )
    ax = plot.keyword_comparison(df, labels=("原文", "摘要"))
    assert [round(p.get_width(), 3) for p in ax.patches] == [-0.5, -0.1, 0.2, 0.4]
    assert [to_hex(p.get_facecolor()) for p in ax.patches[:2]] == [
        plot.STATUS_COLORS["top_a"],
        plot.STATUS_COLORS["top_b"],
    ]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "in 原文's top list; in 摘要, outside it",
        "in 摘要's top list; in 原文, outside it",
    ]
    assert "原文" in ax.get_xlabel() and "摘要" in ax.get_xlabel()


def test_keyword_comparison_missing_weight_counts_as_zero():
    df = comparison_df()
    df.loc[1, "weight_b"] = np.nan
    ax = plot.keyword_comparison(df)
    assert ax.patches[4].get_width() == 0.0


def test_keyword_comparison_validates():
    with pytest.raises(TextkitError, match=r"comparison is missing column\(s\) 'status'"):
        plot.keyword_comparison(comparison_df().drop(columns="status"))
    df = comparison_df()
    df.loc[0, "status"] = "both"
    with pytest.raises(TextkitError, match=r"status.*'both'"):
        plot.keyword_comparison(df)
    with pytest.raises(TextkitError, match="labels must be a pair of str"):
        plot.keyword_comparison(comparison_df(), labels=("原文",))  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- word_cloud


def test_word_cloud_is_deterministic_per_seed_and_uses_the_cjk_font(monkeypatch):
    import wordcloud

    used: dict[str, object] = {}
    original = wordcloud.WordCloud

    def spy(**kwargs):
        used.update(kwargs)
        return original(**kwargs)

    monkeypatch.setattr(wordcloud, "WordCloud", spy)
    words = {"抖音": 3.0, "电商": 2.0, "直播": 1.0, "品牌": 1.0, "用户": 0.5}
    a = plot.word_cloud(words, width=200, height=100, seed=1).get_images()[0].get_array()
    assert used["font_path"] == fonts.cjk_font_path()
    assert used["random_state"] == 1
    b = plot.word_cloud(words, width=200, height=100, seed=1).get_images()[0].get_array()
    c = plot.word_cloud(words, width=200, height=100, seed=2).get_images()[0].get_array()
    assert a.shape == (100, 200, 3)
    assert np.array_equal(a, b)
    assert not np.array_equal(a, c)
    assert (np.asarray(a) < 200).any()  # something other than the white background was drawn


def test_word_cloud_skips_non_positive_weights_and_handles_empty():
    ax = plot.word_cloud({"抖音": 0.0, "电商": -1.0}, width=100, height=50)
    assert ax.get_images() == []
    assert [t.get_text() for t in ax.texts] == ["无数据 / no data"]


def test_word_cloud_validates():
    for name, bad in (("width", 0), ("height", 20_000), ("seed", -1), ("max_words", 0), ("width", True)):
        with pytest.raises(TextkitError, match=f"{name} must be an int"):
            plot.word_cloud(keywords_df(), **{name: bad})


# ----------------------------------------------------------------------------- sentiment_trajectory


def test_sentiment_trajectory_points_rolling_mean_and_bands():
    ax = plot.sentiment_trajectory(sentences_df(), window=3)
    points = ax.collections[0].get_offsets()
    assert np.allclose(points, [[0.1, 0.9], [0.5, 0.2], [0.9, 0.6]])  # the NaN score is not drawn
    mean = ax.lines[-1]
    # centred window of 3 with min_periods=1: (0.9+0.2)/2, (0.9+0.2+0.6)/3, (0.2+0.6)/2
    assert np.allclose(mean.get_ydata(), [0.55, 1.7 / 3, 0.4])
    assert np.allclose(ax.lines[0].get_ydata(), [0.5, 0.5])  # the 0.5 reference line
    band = ax.patches[0]
    assert np.allclose([band.get_y(), band.get_y() + band.get_height()], [0.4, 0.6])
    assert ax.get_xlim() == (0.0, 1.0)


def test_sentiment_trajectory_unsorted_input_and_window_one():
    df = sentences_df().iloc[[2, 0, 1]]
    ax = plot.sentiment_trajectory(df, window=1, neutral=None)
    assert np.allclose(ax.collections[0].get_offsets()[:, 0], [0.1, 0.5, 0.9])
    assert len(ax.lines) == 1  # only the 0.5 line: no rolling mean for window=1
    assert len(ax.patches) == 0


def test_sentiment_trajectory_all_nan_gives_a_note():
    df = sentences_df().assign(score=np.nan)
    ax = plot.sentiment_trajectory(df)
    assert [t.get_text() for t in ax.texts] == ["无数据 / no data"]


def test_sentiment_trajectory_validates():
    with pytest.raises(TextkitError, match=r"sentences is missing column\(s\) 'position'"):
        plot.sentiment_trajectory(sentences_df().drop(columns="position"))
    with pytest.raises(TextkitError, match="window must be an int >= 1"):
        plot.sentiment_trajectory(sentences_df(), window=0)
    with pytest.raises(TextkitError, match="neutral must be None or a pair"):
        plot.sentiment_trajectory(sentences_df(), neutral=(0.6, 0.4))
    with pytest.raises(TextkitError, match=r"sentences\['score'\] must hold numbers"):
        plot.sentiment_trajectory(sentences_df().assign(score=["高", 0.1, 0.2, 0.3]))


# ----------------------------------------------------------------------------- coverage_map


def test_coverage_map_spans_along_the_text():
    ax = plot.coverage_map(coverage_df())
    similarity_bars, covered_bars = ax.collections[0], ax.collections[1]
    assert len(similarity_bars.get_paths()) == 3
    assert len(covered_bars.get_paths()) == 2  # two covered sentences
    extents = [p.get_extents() for p in covered_bars.get_paths()]
    assert [(e.x0, e.x1) for e in extents] == [(0.0, 9.0), (25.0, 40.0)]
    faces = similarity_bars.get_facecolors()
    assert to_hex(faces[1]) == "#dddddd"  # NaN similarity drawn grey
    assert faces[0][2] < faces[2][2]  # higher similarity is darker blue
    # covered characters: (9 + 15) / (9 + 14 + 15)
    assert "covered: 2 of 3 sentences, 63% of their characters" in ax.get_xlabel()
    assert ax.get_xlim() == (0.0, 40.0)
    assert len(ax.figure.axes) == 2  # the colour bar


def test_coverage_map_without_colorbar_and_empty():
    ax = plot.coverage_map(coverage_df(), colorbar=False)
    assert len(ax.figure.axes) == 1
    ax = plot.coverage_map(coverage_df().iloc[0:0])
    assert [t.get_text() for t in ax.texts] == ["无数据 / no data"]


def test_coverage_map_validates():
    with pytest.raises(TextkitError, match=r"coverage is missing column\(s\) 'covered'"):
        plot.coverage_map(coverage_df().drop(columns="covered"))
    with pytest.raises(TextkitError, match="0 <= start <= end"):
        plot.coverage_map(coverage_df().assign(start=[0, 30, 25]))
    with pytest.raises(TextkitError, match="colorbar must be True or False"):
        plot.coverage_map(coverage_df(), colorbar="yes")  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- similarity_matrix


def test_similarity_matrix_heatmap_and_labels():
    ax = plot.similarity_matrix(
        MATRIX,
        summary_labels=["抖音电商很好。", "直播带货"],
        source_labels=["抖音电商的十个真相", "直播", "品牌"],
        max_label_chars=5,
    )
    image = ax.get_images()[0]
    assert np.array_equal(image.get_array(), MATRIX)
    assert image.get_clim() == (0.0, 1.0)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["抖音电商…", "直播带货"]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["抖音电商…", "直播", "品牌"]
    assert len(ax.figure.axes) == 2


def test_similarity_matrix_default_labels_and_thinned_ticks():
    ax = plot.similarity_matrix(np.zeros((3, 100)), max_ticks=40)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["0", "1", "2"]
    assert [int(t) for t in ax.get_xticks()] == list(range(0, 100, 3))


def test_similarity_matrix_validates():
    with pytest.raises(TextkitError, match="matrix must be a 2-D array"):
        plot.similarity_matrix([0.1, 0.2])
    with pytest.raises(TextkitError, match="matrix must be a 2-D array of numbers"):
        plot.similarity_matrix([["高", "低"]])
    with pytest.raises(TextkitError, match=r"source_labels must have one label per matrix column \(3\), got 2"):
        plot.similarity_matrix(MATRIX, source_labels=["甲", "乙"])
    with pytest.raises(TextkitError, match="summary_labels must be None or a sequence"):
        plot.similarity_matrix(MATRIX, summary_labels="甲乙")


def test_similarity_matrix_empty():
    ax = plot.similarity_matrix(np.zeros((0, 4)))
    assert [t.get_text() for t in ax.texts] == ["无数据 / no data"]


# ----------------------------------------------------------------------------- summary_support


def test_summary_support_colours_and_reasons():
    ax = plot.summary_support(alignment_df(), max_label_chars=10)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["0 抖音电商增长很…", "1 月活跃用户超过…"]
    assert [round(p.get_width(), 2) for p in ax.patches] == [0.8, 0.1]
    assert [to_hex(p.get_facecolor()) for p in ax.patches] == [plot.SUPPORT_COLORS[True], plot.SUPPORT_COLORS[False]]
    assert [t.get_text() for t in ax.texts] == ["原文没有这个数字"]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["supported (1)", "not supported (1)"]


def test_summary_support_without_reason_column():
    ax = plot.summary_support(alignment_df().drop(columns="reason"))
    assert len(ax.texts) == 0


def test_summary_support_validates():
    with pytest.raises(TextkitError, match=r"alignment is missing column\(s\) 'similarity', 'supported'"):
        plot.summary_support(alignment_df().drop(columns=["similarity", "supported"]))


# ----------------------------------------------------------------------------- export


def test_png_and_base64_export():
    ax = plot.keyword_bars(keywords_df())
    png = plot.figure_to_png_bytes(ax, dpi=40)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert plot.figure_to_png_bytes(ax.figure, dpi=40) == png  # Axes and its Figure give the same image
    assert base64.b64decode(plot.figure_to_base64(ax, dpi=40)) == png


def test_png_export_of_a_subfigure_renders_the_whole_figure():
    fig = Figure()
    sub = fig.subfigures(1, 2)[0]
    ax = plot.keyword_bars(keywords_df(), ax=sub.add_subplot())
    assert plot.figure_to_png_bytes(ax, dpi=40) == plot.figure_to_png_bytes(fig, dpi=40)


def test_png_export_validates():
    with pytest.raises(TextkitError, match="figure must be a matplotlib Figure or Axes"):
        plot.figure_to_png_bytes("图")  # type: ignore[arg-type]
    with pytest.raises(TextkitError, match="dpi must be an int from 10 to 1000"):
        plot.figure_to_png_bytes(Figure(), dpi=0)


def test_case_study_sentences_as_labels(case_study):
    sentences = textkit.split_sentences(textkit.normalize(case_study.summary))[:12]
    ax = plot.similarity_matrix(np.eye(len(sentences)), summary_labels=sentences, source_labels=sentences)
    assert all(len(t.get_text()) <= 16 for t in ax.get_xticklabels())
    assert render_warnings(ax.figure) == []


# ----------------------------------------------------------------------------- issue 18: legends and reasons


def test_sentiment_trajectory_legend_marks_are_strong_colours():
    ax = plot.sentiment_trajectory(sentences_df(), window=3)
    legend = ax.get_legend()
    assert [t.get_text() for t in legend.get_texts()] == [
        "positive sentence",
        "negative sentence",
        "mean of 3 neighbouring sentences",
        "neutral range 0.4–0.6",
    ]
    # The marks of the two sentence kinds are saturated green and red, not the pale middle of the colour map.
    green, red = (np.array(matplotlib.colors.to_rgb(h.get_color())) for h in legend.legend_handles[:2])
    assert green[1] > 0.5 > green[0] and red[0] > 0.6 > red[1]
    assert green.sum() < 2.2 and red.sum() < 2.2  # far from white (3.0) and pale yellow


def test_summary_support_shows_reasons_whole():
    reason = (
        "low support: 0.37 for the clause 最近很多在问抖音电商负责人魏雯雯「李雯雯百科」，"
        "希望能帮助到您 (threshold 0.50)"
    )
    df = alignment_df()
    df.loc[1, "reason"] = reason
    ax = plot.summary_support(df, reason_chars=20)
    (text,) = [t.get_text() for t in ax.texts]
    lines = text.split("\n")
    assert len(lines) > 1 and all(len(line) <= 21 for line in lines)
    assert "".join(lines).replace(" ", "") == reason.replace(" ", "")  # nothing cut, nothing added
    # Latin words and numbers are never split across lines, and no line starts with closing punctuation.
    for word in ("support:", "0.37", "clause", "threshold", "0.50)"):
        assert any(word in line for line in lines), word
    assert not any(line[0] in ")）,，。" for line in lines)
    assert not any(line[-1] in "(（「" for line in lines)


def test_summary_support_validates_reason_chars():
    with pytest.raises(TextkitError, match="reason_chars"):
        plot.summary_support(alignment_df(), reason_chars=3)


def test_similarity_matrix_zero_is_white():
    ax = plot.similarity_matrix([[0.0, 1.0]])
    image = ax.get_images()[0]
    assert to_hex(image.cmap(image.norm(0.0))) == "#f7fbff"  # Blues starts at (almost) white
