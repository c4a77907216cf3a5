"""Without the plot extra (matplotlib, wordcloud, zhplot): drawing names the extra to install; the rest runs."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

from textkit import TextkitError, plot
from textkit.errors import MissingExtraError, import_extra
from textkit.plot import fonts

INSTALL = 'pip install "textkit[plot]"'


def _block(monkeypatch: pytest.MonkeyPatch, *names: str) -> None:
    """Make ``import name`` fail as if the package were not installed (``sys.modules[name] = None``)."""
    for name in list(sys.modules):
        if name.partition(".")[0] in names:
            monkeypatch.delitem(sys.modules, name)
    for name in names:
        monkeypatch.setitem(sys.modules, name, None)


@pytest.mark.parametrize(
    "draw",
    [
        lambda: plot.keyword_bars({"抖音": 2.0}),
        lambda: plot.word_cloud({"抖音": 2.0}),
        lambda: plot.sentiment_trajectory(pd.DataFrame({"position": [0.0, 1.0], "score": [0.2, 0.8]})),
        lambda: plot.figure_to_png_bytes(object()),
        fonts.cjk_font,
    ],
    ids=["keyword_bars", "word_cloud", "sentiment_trajectory", "figure_to_png_bytes", "cjk_font"],
)
def test_without_matplotlib_drawing_names_the_extra(monkeypatch: pytest.MonkeyPatch, draw) -> None:
    _block(monkeypatch, "matplotlib")
    with pytest.raises(MissingExtraError) as info:
        draw()
    message = str(info.value)
    assert INSTALL in message and "'matplotlib'" in message
    assert isinstance(info.value, TextkitError) and isinstance(info.value, ImportError)


def test_without_wordcloud_only_the_word_cloud_needs_it(monkeypatch: pytest.MonkeyPatch) -> None:
    _block(monkeypatch, "wordcloud")
    with pytest.raises(MissingExtraError, match=r"word_cloud needs 'wordcloud', which is not installed") as info:
        plot.word_cloud({"抖音": 3.0, "电商": 2.0})
    assert INSTALL in str(info.value)
    ax = plot.keyword_bars({"抖音": 2.0, "电商": 1.0})  # the other figures draw as before
    assert [t.get_text() for t in ax.get_yticklabels()] == ["电商", "抖音"] or len(ax.patches) == 2


def test_a_missing_dependency_of_an_installed_package_is_not_renamed(monkeypatch: pytest.MonkeyPatch) -> None:
    # json is there; a module it imports is not: that is a broken installation, reported as it is
    monkeypatch.setitem(sys.modules, "json.decoder", None)
    monkeypatch.delitem(sys.modules, "json")
    with pytest.raises(ModuleNotFoundError) as info:
        import_extra("json", "plot", "reading JSON")
    assert not isinstance(info.value, MissingExtraError)


def test_the_report_leaves_figures_out_without_matplotlib(monkeypatch: pytest.MonkeyPatch, caplog) -> None:
    from textkit import compare

    result = compare("抖音电商去年增长了三倍。", "抖音电商去年增长了两倍。")
    _block(monkeypatch, "matplotlib")
    html = result.to_html()
    assert "<img" not in html and "三倍" in html
    assert any(INSTALL in record.getMessage() for record in caplog.records)  # said so, not silently


def test_text_functions_run_without_the_plot_extra() -> None:
    """A pipeline-only install: matplotlib, wordcloud and zhplot blocked in a fresh interpreter."""
    code = (
        "import sys\n"
        "for name in ('matplotlib', 'wordcloud', 'zhplot', 'PIL'):\n"
        "    sys.modules[name] = None\n"
        "import pandas as pd, textkit\n"
        "from textkit.corpus import map_texts\n"
        "posts = pd.Series(['质量很好，非常满意。', '物流太慢了，很失望。'], index=['a', 'b'])\n"
        "print(textkit.tokenize('抖音电商的增量价值'))\n"
        "print(textkit.keywords('抖音电商的增量价值是什么？抖音电商很重要。', top_n=2)['word'].tolist())\n"
        "print(textkit.sentiment(posts)['label'].tolist())\n"
        "print(map_texts(posts, 'tokenize').index.tolist())\n"
        "c = textkit.compare('抖音电商去年增长了三倍。', '抖音电商去年增长了两倍。')\n"
        "print(c.score('contradictions_number'), len(c.to_html()) > 0)\n"
        "print(textkit.compare_pairs(['抖音电商增长了三倍。'], ['抖音电商增长了两倍。'])['unsupported'].tolist())\n"
        "print(textkit.extract_article('标题\\n\\n正文第一段，内容很长很长。').body != '')\n"
        "print(sorted(m for m in ('matplotlib', 'wordcloud', 'zhplot', 'PIL') if sys.modules.get(m) is not None))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8", check=False)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.splitlines() == [
        "['抖音', '电商', '的', '增量', '价值']",
        "['抖音电商', '增量价值']",
        "['positive', 'negative']",
        "['a', 'b']",
        "1.0 True",
        "[1]",
        "True",
        "[]",
    ]
