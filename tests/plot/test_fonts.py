"""The CJK font resolver: which font, where from, and that it really has the glyphs."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import matplotlib
import pytest
from fontTools.ttLib import TTFont
from matplotlib import font_manager, ft2font
from matplotlib.figure import Figure

from textkit import TextkitError
from textkit.plot import fonts

PUNCTUATION = "“”‘’、，。：；？！…—（）《》【】·「」％"


def _charmap(path: str) -> dict[int, int]:
    return ft2font.FT2Font(path).get_charmap()


def _needed_chars(case_study) -> set[str]:
    text = case_study.original + case_study.summary + PUNCTUATION
    return {ch for ch in text if ch.isprintable() and not ch.isspace()}


@pytest.fixture
def fresh_cache():
    fonts._cached_font.cache_clear()
    yield
    fonts._cached_font.cache_clear()


def test_cjk_font_is_registered_and_cached():
    info = fonts.cjk_font()
    assert isinstance(info, fonts.FontInfo)
    assert info.source in {"system", "package", "env"}
    assert Path(info.path).is_file()
    assert fonts.cjk_font() is info  # cached
    assert fonts.cjk_font_path() == info.path
    # matplotlib finds the family by name without falling back to DejaVu Sans
    found = font_manager.findfont(font_manager.FontProperties(family=info.name), fallback_to_default=False)
    assert Path(found).is_file()
    with pytest.raises(dataclasses.FrozenInstanceError):
        info.name = "x"  # type: ignore[misc]


def test_packaged_font_covers_the_case_study_and_punctuation(case_study):
    packaged = fonts._packaged_font_file()
    assert packaged is not None, "the font package (zhplot) is a runtime dependency and must be installed"
    charmap = _charmap(str(packaged))
    missing = sorted(ch for ch in _needed_chars(case_study) if ord(ch) not in charmap)
    assert missing == []
    assert len(charmap) > 20_000  # a full simplified-Chinese font, not a subset of the case study


def test_chosen_font_covers_the_case_study(case_study):
    charmap = _charmap(fonts.cjk_font_path())
    missing = sorted(ch for ch in _needed_chars(case_study) if ord(ch) not in charmap)
    assert missing == []


def test_dejavu_lacks_chinese():
    # the check above can fail: the default font really has no hanzi
    dejavu = font_manager.findfont(font_manager.FontProperties(family="DejaVu Sans"))
    assert ord("电") not in _charmap(dejavu)
    assert not fonts._covers_probe(dejavu)


def test_font_families_put_cjk_first_and_dejavu_last():
    families = fonts.font_families()
    assert families[0] == fonts.cjk_font().name
    assert families[-1] == "DejaVu Sans"


def test_env_var_names_a_font_file(monkeypatch, fresh_cache):
    packaged = fonts._packaged_font_file()
    assert packaged is not None
    monkeypatch.setenv(fonts.FONT_ENV_VAR, str(packaged))
    info = fonts.cjk_font()
    assert info.source == "env"
    assert info.path == str(packaged.resolve())
    assert info.name == "Noto Sans SC"


def test_env_var_package_forces_the_packaged_font(monkeypatch, fresh_cache):
    monkeypatch.setenv(fonts.FONT_ENV_VAR, "package")
    info = fonts.cjk_font()
    assert info.source == "package"
    assert Path(info.path).name == "NotoSansSC-Regular.ttf"


def test_env_var_missing_file_is_an_error(monkeypatch, fresh_cache, tmp_path):
    monkeypatch.setenv(fonts.FONT_ENV_VAR, str(tmp_path / "nope.ttf"))
    with pytest.raises(TextkitError, match=r"TEXTKIT_FONT.*does not exist"):
        fonts.cjk_font()


def test_env_var_font_without_chinese_is_an_error(monkeypatch, fresh_cache):
    dejavu = font_manager.findfont(font_manager.FontProperties(family="DejaVu Sans"))
    monkeypatch.setenv(fonts.FONT_ENV_VAR, dejavu)
    with pytest.raises(TextkitError, match="without Chinese glyphs"):
        fonts.cjk_font()


def test_env_var_not_a_font_is_an_error(monkeypatch, fresh_cache, tmp_path):
    bogus = tmp_path / "bogus.ttf"
    bogus.write_text("not a font", encoding="utf-8")
    monkeypatch.setenv(fonts.FONT_ENV_VAR, str(bogus))
    with pytest.raises(TextkitError, match="not a readable font file"):
        fonts.cjk_font()


def _fake_entry(path: Path, name: str) -> font_manager.FontEntry:
    return font_manager.FontEntry(
        fname=str(path), name=name, style="normal", variant="normal", weight=400, stretch="normal", size="scalable"
    )


def test_installed_system_font_is_preferred(monkeypatch, fresh_cache, tmp_path):
    packaged = fonts._packaged_font_file()
    assert packaged is not None
    system_copy = tmp_path / "SystemCJK.ttf"
    shutil.copyfile(packaged, system_copy)
    dejavu = font_manager.findfont(font_manager.FontProperties(family="DejaVu Sans"))
    fake = [
        # a preferred name on a file without hanzi is skipped, the next preferred family is taken
        _fake_entry(Path(dejavu), "Noto Sans CJK SC"),
        _fake_entry(system_copy, "Microsoft YaHei"),
    ]
    # only these two "installed" fonts, whatever this machine has
    monkeypatch.setattr(font_manager.fontManager, "ttflist", fake)
    info = fonts.cjk_font()
    assert info == fonts.FontInfo(name="Microsoft YaHei", path=str(system_copy), source="system", index=0)


def test_packaged_file_is_not_reported_as_system_font(monkeypatch, fresh_cache):
    packaged = fonts._packaged_font_file()
    assert packaged is not None
    # even when the packaged file is already registered under a preferred name
    fake = [_fake_entry(packaged, "Noto Sans SC")]
    monkeypatch.setattr(font_manager.fontManager, "ttflist", [*font_manager.fontManager.ttflist, *fake])
    monkeypatch.setattr(fonts, "PREFERRED_FAMILIES", ("Noto Sans SC",))
    assert fonts._system_font(exclude=packaged) is None


def test_no_font_anywhere_is_a_clear_error(monkeypatch, fresh_cache):
    monkeypatch.setattr(fonts, "_system_font", lambda *, exclude: None)
    monkeypatch.setattr(fonts, "_packaged_font_file", lambda: None)
    with pytest.raises(
        TextkitError, match=r"no font with Chinese glyphs.*pip install \"textkit\[plot\]\".*TEXTKIT_FONT"
    ):
        fonts.cjk_font()


def test_use_cjk_font_restores_rcparams():
    before = {key: matplotlib.rcParams[key] for key in ("font.family", "font.sans-serif", "axes.unicode_minus")}
    with fonts.use_cjk_font() as info:
        assert matplotlib.rcParams["font.family"][0] == info.name
        assert matplotlib.rcParams["axes.unicode_minus"] is False
    after = {key: matplotlib.rcParams[key] for key in before}
    assert after == before


def _glyph_warnings(fig: Figure) -> list[str]:
    import io

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig.savefig(io.BytesIO(), format="png")
    return [str(w.message) for w in caught if "missing from font" in str(w.message) or "Glyph" in str(w.message)]


def test_apply_cjk_font_fixes_a_plain_figure():
    fig = Figure()
    ax = fig.add_subplot()
    ax.set_xticks([0, 1], labels=["正面", "负面"])
    ax.set_title("情感")
    fig.suptitle("抖音电商")
    assert _glyph_warnings(fig)  # without the font: tofu and warnings
    fonts.apply_cjk_font(fig)
    ax.set_yticks([0, 1], labels=["中性", "未知"])  # ticks created after apply_cjk_font
    assert _glyph_warnings(fig) == []


def test_apply_cjk_font_rejects_other_objects():
    with pytest.raises(TextkitError, match="target must be a matplotlib Axes or Figure"):
        fonts.apply_cjk_font("图")  # type: ignore[arg-type]


def test_import_and_resolution_change_no_global_setting():
    code = (
        "import sys, matplotlib\n"
        "before = {k: (v if not isinstance(v, list) else list(v)) for k, v in matplotlib.rcParams.items()}\n"
        "import textkit.plot.fonts, textkit.plot\n"
        "textkit.plot.fonts.cjk_font()\n"
        "after = {k: (v if not isinstance(v, list) else list(v)) for k, v in matplotlib.rcParams.items()}\n"
        "changed = sorted(k for k in before if before[k] != after[k])\n"
        "import os\n"
        "assert changed == [], changed\n"
        "assert 'zhplot' not in sys.modules, 'zhplot must not be imported (it changes rcParams)'\n"
        "assert 'FONT_PATH' not in os.environ\n"
        "print('ok')\n"
    )
    env = {k: v for k, v in __import__("os").environ.items() if k != fonts.FONT_ENV_VAR}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_font_is_registered_again_after_matplotlib_rebuilds_its_font_list(monkeypatch):
    info = fonts.cjk_font()
    without = [e for e in font_manager.fontManager.ttflist if e.name != info.name]
    monkeypatch.setattr(font_manager.fontManager, "ttflist", without)
    assert fonts.cjk_font() is info
    assert any(e.name == info.name for e in font_manager.fontManager.ttflist)


@pytest.fixture(scope="module")
def partial_cjk_font(tmp_path_factory) -> Path:
    """A real CJK font cut down to the probe characters: an installed font that lacks most hanzi."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    packaged = fonts._packaged_font_file()
    assert packaged is not None
    font = TTFont(str(packaged), lazy=True)
    subsetter = subset.Subsetter(subset.Options())
    subsetter.populate(text=fonts._PROBE)
    subsetter.subset(font)
    path = tmp_path_factory.mktemp("fonts") / "partial.ttf"
    font.save(str(path))
    return path


def test_packaged_font_backs_up_an_incomplete_system_font(monkeypatch, fresh_cache, partial_cjk_font):
    monkeypatch.setattr(fonts, "PREFERRED_FAMILIES", ("Microsoft YaHei",))
    fake = _fake_entry(partial_cjk_font, "Microsoft YaHei")
    monkeypatch.setattr(font_manager.fontManager, "ttflist", [*font_manager.fontManager.ttflist, fake])
    info = fonts.cjk_font()
    assert (info.name, info.source) == ("Microsoft YaHei", "system")
    assert fonts.font_families() == ["Microsoft YaHei", "Noto Sans SC", "DejaVu Sans"]
    assert ord("魏") not in _charmap(str(partial_cjk_font))

    def figure() -> Figure:
        fig = Figure()
        fig.add_subplot().set_title("抖音电商总裁魏雯雯")  # 魏雯 are not in the partial font
        return fig

    fig = figure()
    fonts.apply_cjk_font(fig)
    assert _glyph_warnings(fig) == []
    # without the packaged backup the same title misses glyphs, so the check above can fail
    monkeypatch.setattr(fonts, "font_families", lambda: ["Microsoft YaHei", "DejaVu Sans"])
    fig = figure()
    fonts.apply_cjk_font(fig)
    assert any("魏" in m or "39759" in m for m in _glyph_warnings(fig))


class _ReadOnlyMatplotlib:
    """A meta-path finder that makes ``import matplotlib`` fail the way matplotlib does without a writable dir."""

    def find_spec(self, name, path=None, target=None):
        if name == "matplotlib":
            # a submodule that a real failed import leaves behind
            sys.modules["matplotlib._fake_leftover"] = sys.modules["textkit.errors"]
            raise OSError("Matplotlib requires access to a writable cache directory")
        return None


def test_import_matplotlib_returns_the_loaded_module():
    assert fonts.import_matplotlib() is matplotlib


def test_matplotlib_that_cannot_start_is_a_clear_error(monkeypatch):
    monkeypatch.delitem(sys.modules, "matplotlib")
    monkeypatch.setattr(sys, "meta_path", [_ReadOnlyMatplotlib(), *sys.meta_path])
    with pytest.raises(fonts.PlottingUnavailableError, match="MPLCONFIGDIR") as info:
        fonts.import_matplotlib()
    assert isinstance(info.value, TextkitError)
    assert isinstance(info.value, ImportError)  # `except ImportError` (plotting is optional) still works
    assert "writable cache directory" in str(info.value)  # matplotlib's own words are kept
    assert "matplotlib._fake_leftover" not in sys.modules  # leftovers of the failed import are removed
    assert "matplotlib.figure" in sys.modules  # submodules loaded before the call are kept
    with pytest.raises(fonts.PlottingUnavailableError):
        fonts.cjk_font()


# ----------------------------------------------------------------------------- embedding a subset


def _embedded_font(css: str) -> TTFont:
    import base64
    import io
    import re

    match = re.search(r"url\(data:font/woff;base64,([A-Za-z0-9+/=]+)\) format\('woff'\)", css)
    assert match is not None, css[:200]
    return TTFont(io.BytesIO(base64.b64decode(match.group(1))))


def test_font_face_css_embeds_exactly_the_characters_asked_for():
    css = fonts.font_face_css("摘要与原文 Summary，。")
    assert css.startswith("@font-face { font-family: 'textkit CJK'; src: url(data:font/woff;base64,")
    cmap = _embedded_font(css).getBestCmap()
    assert {ord(ch) for ch in "摘要与原文Summary，。"} <= set(cmap)
    assert ord("抖") not in cmap  # a subset, not the whole font


def test_font_face_css_subset_is_small_and_named():
    text = "抖音电商总裁魏雯雯:抖音电商的10个真相"
    css = fonts.font_face_css(text, family="report CJK")
    assert "font-family: 'report CJK'" in css
    assert len(css) < 60_000  # a few dozen glyphs, where the whole font is megabytes
    assert Path(fonts.cjk_font().path).stat().st_size > 1_000_000


def test_font_face_css_validates():
    with pytest.raises(TextkitError, match="text must be a str"):
        fonts.font_face_css(None)  # type: ignore[arg-type]
    with pytest.raises(TextkitError, match="family must be a non-empty font name"):
        fonts.font_face_css("摘要", family="a'b")
