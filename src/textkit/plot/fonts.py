"""Find a font that draws Chinese, for textkit's figures and word clouds.

matplotlib's default font, DejaVu Sans, has no Chinese glyphs: a label such as
"关键词" comes out as empty boxes and a ``Glyph ... missing from font(s)`` warning.
`cjk_font` picks a font that has them, in this order:

1. the font file named by the environment variable ``TEXTKIT_FONT`` (a path), or
   the packaged font if ``TEXTKIT_FONT=package``;
2. an installed CJK font that matplotlib knows, by family, in the order of
   `PREFERRED_FAMILIES` (Noto Sans CJK SC, Source Han Sans, WenQuanYi, PingFang,
   Microsoft YaHei, SimHei, ...);
3. Noto Sans SC (SIL Open Font License 1.1), the font file that the ``zhplot``
   package installs from the package index as a dependency of textkit. Only its
   file is used: ``zhplot`` is never imported, because importing it changes
   matplotlib's global settings.

The chosen font is added to matplotlib's font manager (``fontManager.addfont``), and
nothing else global changes: textkit's plotting functions apply it to their own
figures only (`use_cjk_font`, `apply_cjk_font`), and importing this module changes
no matplotlib setting.

matplotlib needs one writable directory for its configuration and font cache
(``MPLCONFIGDIR``, else ``~/.config/matplotlib`` and ``~/.cache/matplotlib``, else a
new temporary directory). When none is writable, importing matplotlib raises
``OSError``; textkit turns that into `PlottingUnavailableError`, which says to set
``MPLCONFIGDIR``. textkit itself never sets environment variables or matplotlib
settings to work around it.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING

from .._log import get_logger
from ..errors import PlottingUnavailableError, TextkitError, import_extra

if TYPE_CHECKING:
    from pathlib import Path

    from matplotlib.axes import Axes
    from matplotlib.figure import Figure, SubFigure

__all__ = [
    "FONT_ENV_VAR",
    "PREFERRED_FAMILIES",
    "FontInfo",
    "PlottingUnavailableError",
    "apply_cjk_font",
    "cjk_font",
    "cjk_font_path",
    "font_face_css",
    "font_families",
    "import_matplotlib",
    "use_cjk_font",
]

#: Environment variable that overrides the font: a path to a .ttf/.otf/.ttc file, or ``package``.
FONT_ENV_VAR = "TEXTKIT_FONT"

#: Installed font families looked for, best first (Linux, then macOS, then Windows names).
PREFERRED_FAMILIES: tuple[str, ...] = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Sarasa Gothic SC",
    "Droid Sans Fallback",
    "PingFang SC",
    "Hiragino Sans GB",
    "Heiti SC",
    "STHeiti",
    "Microsoft YaHei",
    "Microsoft YaHei UI",
    "DengXian",
    "SimHei",
)

#: Family that draws what the CJK font lacks (matplotlib ships it, so it is always there).
_FALLBACK_FAMILY = "DejaVu Sans"

#: Characters a font must have to be accepted: common hanzi and full-width punctuation.
_PROBE = "中文汉字的一是了抖音电商关键词“”、，。：？！（）《》…—"

#: The package that installs the fallback font file, and where the file sits inside it.
_FONT_PACKAGE = "zhplot"
_FONT_PACKAGE_DIR = "fonts"
_FONT_SUFFIXES = (".ttf", ".otf", ".ttc")


def import_matplotlib() -> ModuleType:
    """Import matplotlib, or explain why it cannot start in this environment.

    When matplotlib is already imported this is a dictionary look-up. Otherwise it
    imports matplotlib; if that fails with ``OSError`` because neither ``MPLCONFIGDIR``,
    the home directory nor the temporary directory is writable, it raises
    `PlottingUnavailableError` naming ``MPLCONFIGDIR``, after removing the matplotlib
    submodules that the failed import left in ``sys.modules`` (so that a later import,
    once ``MPLCONFIGDIR`` is set, starts afresh). Nothing else global is changed.

    Returns:
        The ``matplotlib`` module.

    Raises:
        MissingExtraError: matplotlib is not installed (``pip install "textkit[plot]"``).
        PlottingUnavailableError: matplotlib cannot create its configuration/cache directory.

    Example:
        >>> import_matplotlib().__name__
        'matplotlib'
    """
    module = sys.modules.get("matplotlib")
    if module is not None:
        return module
    loaded = set(sys.modules)
    try:
        matplotlib = import_extra("matplotlib", "plot", "drawing a figure")
    except OSError as err:
        # Drop the matplotlib submodules the failed import left behind, so that importing it again
        # after setting MPLCONFIGDIR starts afresh (a half-initialised package would fail there).
        for name in [n for n in sys.modules if n.partition(".")[0] == "matplotlib" and n not in loaded]:
            del sys.modules[name]
        raise PlottingUnavailableError(
            "textkit's figures need matplotlib, and matplotlib cannot start here: it needs one writable "
            "directory for its configuration and font cache, and neither MPLCONFIGDIR, the home directory "
            "(~/.config/matplotlib, ~/.cache/matplotlib) nor the temporary directory is writable. "
            "Set the environment variable MPLCONFIGDIR to a writable directory, e.g. "
            "MPLCONFIGDIR=/path/to/writable/dir in the shell, or os.environ['MPLCONFIGDIR'] = "
            "'/path/to/writable/dir' in Python before importing textkit.plot again. "
            "textkit's analysis functions do not need it. "
            f"(matplotlib said: {err})"
        ) from None
    return matplotlib


@dataclass(frozen=True)
class FontInfo:
    """The CJK font textkit draws with.

    Attributes:
        name: The family name matplotlib knows it by, e.g. ``"Noto Sans SC"``.
        path: Absolute path of the font file (what ``wordcloud`` needs as ``font_path``).
        source: ``"system"`` (an installed font), ``"package"`` (the font file a
            dependency installs) or ``"env"`` (named by ``TEXTKIT_FONT``).
        index: The face's index inside a font collection (``.ttc``), else 0. Tools
            that take only a path (``wordcloud``) use face 0, which in the CJK
            collections is another CJK face with the same hanzi coverage.
    """

    name: str
    path: str
    source: str
    index: int = 0


def cjk_font() -> FontInfo:
    """Return the font textkit uses for Chinese, registered with matplotlib.

    The result is cached per value of ``TEXTKIT_FONT``; see the module docstring for
    the search order.

    Returns:
        A `FontInfo` with the family name, the file path and where it was found.

    Raises:
        TextkitError: If ``TEXTKIT_FONT`` names a file that is missing, unreadable or
            has no Chinese glyphs, or if no CJK font is installed at all (neither a
            system font nor the ``zhplot`` package).
        MissingExtraError: matplotlib is not installed (``pip install "textkit[plot]"``).
        PlottingUnavailableError: matplotlib cannot start (see `import_matplotlib`).

    Example:
        >>> info = cjk_font()
        >>> info.source in {"system", "package", "env"}, os.path.isfile(info.path)
        (True, True)
    """
    import_matplotlib()
    info = _cached_font(os.environ.get(FONT_ENV_VAR, "").strip())
    _ensure_registered(info)
    return info


def cjk_font_path() -> str:
    """Return the path of the CJK font file, e.g. for ``wordcloud.WordCloud(font_path=...)``.

    Example:
        >>> os.path.splitext(cjk_font_path())[1].lower() in {".ttf", ".otf", ".ttc"}
        True
    """
    return cjk_font().path


def font_families() -> list[str]:
    """Return the font family list textkit's figures use: the CJK font first, DejaVu Sans last.

    matplotlib draws each glyph from the first family in the list that has it. When
    the CJK font is an installed one, the packaged Noto Sans SC comes second, so a
    character the installed font lacks still gets a real glyph; DejaVu Sans draws
    what neither has.

    Example:
        >>> families = font_families()
        >>> families[-1], families[0] == cjk_font().name
        ('DejaVu Sans', True)
    """
    info = cjk_font()
    families = [info.name]
    if info.source != "package":
        backup = _packaged_backup()
        if backup is not None:
            _ensure_registered(backup)
            families.append(backup.name)
    families.append(_FALLBACK_FAMILY)
    return list(dict.fromkeys(families))


@contextmanager
def use_cjk_font() -> Iterator[FontInfo]:
    """Draw with the CJK font inside a ``with`` block, leaving global settings untouched.

    Inside the block ``font.family`` is the CJK font followed by DejaVu Sans and
    ``axes.unicode_minus`` is off; both revert on exit. Texts created inside keep
    the font when the figure is saved later, but tick labels that matplotlib
    creates later (at draw time) do not: call `apply_cjk_font` on the finished
    figure too, as textkit's plotting functions do.

    Yields:
        The `FontInfo` in use.

    Example:
        >>> import matplotlib
        >>> from matplotlib.figure import Figure
        >>> with use_cjk_font() as info:
        ...     text = Figure().add_subplot().set_title("抖音电商的十个真相")
        >>> text.get_fontfamily()[0] == info.name, matplotlib.rcParams["font.family"]
        (True, ['sans-serif'])
    """
    matplotlib = import_matplotlib()
    info = cjk_font()
    with matplotlib.rc_context({"font.family": font_families(), "axes.unicode_minus": False}):
        yield info


def apply_cjk_font(target: Axes | Figure | SubFigure) -> None:
    """Set the CJK font on every text of a matplotlib Axes or Figure, present and future ticks included.

    Use it on a figure that was drawn without textkit (or restyled afterwards) so that
    its Chinese labels render; it changes nothing outside ``target``.

    Args:
        target: A matplotlib ``Axes``, ``Figure`` or ``SubFigure``.

    Raises:
        TextkitError: If ``target`` is not one of those.

    Example:
        >>> from matplotlib.figure import Figure
        >>> ax = Figure().add_subplot()
        >>> _ = ax.set_xticks([0, 1], labels=["正面", "负面"])
        >>> apply_cjk_font(ax)
        >>> ax.get_xticklabels()[0].get_fontfamily() == font_families()
        True
    """
    import_matplotlib()
    from matplotlib.axes import Axes
    from matplotlib.figure import FigureBase
    from matplotlib.text import Text

    if isinstance(target, FigureBase):
        axes_list = list(target.get_axes())
        others = [t for t in target.findobj(Text) if not any(t.axes is a for a in axes_list)]
    elif isinstance(target, Axes):
        axes_list, others = [target], []
    else:
        raise TextkitError(f"target must be a matplotlib Axes or Figure, got {type(target).__name__}: {target!r:.60}")
    families = font_families()
    for ax in axes_list:
        ax.tick_params(axis="both", which="both", labelfontfamily=families)
        for text in ax.findobj(Text):
            text.set_fontfamily(families)
    for text in others:
        text.set_fontfamily(families)


def font_face_css(text: str, *, family: str = "textkit CJK") -> str:
    """An ``@font-face`` rule that embeds the CJK font, cut down to the characters of ``text``.

    A web page that names only ``sans-serif`` shows boxes for every hanzi on a machine
    without a Chinese font. This rule carries the glyphs the page needs inside the page
    (a subset of `cjk_font`'s file made with fontTools, the font library matplotlib
    depends on, as a base64 ``data:`` URL in WOFF format), so a single HTML file renders
    anywhere. A subset of a few hundred hanzi weighs tens to a few hundred kilobytes,
    where the whole font weighs megabytes. The font's licence (SIL OFL 1.1 for the
    packaged Noto Sans SC) allows embedding a subset.

    Args:
        text: Every character the page shows (its text, not its markup, is enough).
        family: The ``font-family`` name the rule declares; name it first in the page's CSS.

    Returns:
        The CSS rule, or ``""`` when the font cannot be subset (fontTools missing, a font
        file it cannot read); the reason is logged as a warning.

    Example:
        >>> css = font_face_css("摘要与原文")
        >>> css.startswith("@font-face { font-family: 'textkit CJK'; src: url(data:font/woff;base64,")
        True
    """
    import base64
    import io

    if not isinstance(text, str):
        raise TextkitError(f"text must be a str, got {type(text).__name__}")
    if not isinstance(family, str) or not family.strip() or "'" in family:
        raise TextkitError(f"family must be a non-empty font name without quotes, got {family!r:.60}")
    try:
        from fontTools import subset  # type: ignore[import-untyped]
        from fontTools.ttLib import TTFont  # type: ignore[import-untyped]
    except ImportError as err:
        get_logger(__name__).warning("cannot embed a font subset: fontTools is missing (%s)", err)
        return ""
    info = cjk_font()
    chars = {ch for ch in text if ch.isprintable() and not ch.isspace()}
    try:
        font = TTFont(info.path, fontNumber=info.index, lazy=True)
        options = subset.Options()
        options.flavor = "woff"
        options.hinting = False  # screens need no hints; keeping them makes subsetting several times slower
        options.notdef_outline = True
        subsetter = subset.Subsetter(options=options)
        subsetter.populate(unicodes=sorted(ord(ch) for ch in chars))
        subsetter.subset(font)
        buffer = io.BytesIO()
        font.flavor = "woff"
        font.save(buffer)
    except Exception as err:  # a font that fontTools cannot subset must not break a report
        get_logger(__name__).warning("cannot embed a subset of %s: %s", info.path, err)
        return ""
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return f"@font-face {{ font-family: '{family}'; src: url(data:font/woff;base64,{data}) format('woff'); }}"


# --------------------------------------------------------------------------- resolution


@functools.cache
def _cached_font(env_value: str) -> FontInfo:
    info = _resolve(env_value)
    get_logger(__name__).debug("CJK font: %s (%s, %s)", info.name, info.source, info.path)
    return info


def _resolve(env_value: str) -> FontInfo:
    from pathlib import Path

    if env_value and env_value.lower() != "package":
        return _register(Path(env_value).expanduser(), source="env", what=f"{FONT_ENV_VAR}={env_value!r}")
    packaged = _packaged_font_file()
    if not env_value:
        found = _system_font(exclude=packaged)
        if found is not None:
            return found
    if packaged is not None:
        return _register(packaged, source="package", what=f"the font file of the {_FONT_PACKAGE!r} package")
    raise TextkitError(
        "no font with Chinese glyphs was found: install textkit's plot extra, which brings "
        f'{_FONT_PACKAGE!r} (pip install "textkit[plot]"), or a CJK font such as Noto Sans CJK SC '
        f"(e.g. apt-get install fonts-noto-cjk), or set {FONT_ENV_VAR}=/path/to/font.ttf"
    )


@functools.cache
def _packaged_backup() -> FontInfo | None:
    packaged = _packaged_font_file()
    if packaged is None:
        return None
    try:
        return _register(packaged, source="package", what=f"the font file of the {_FONT_PACKAGE!r} package")
    except TextkitError:
        return None


def _system_font(*, exclude: Path | None) -> FontInfo | None:
    from matplotlib import font_manager

    excluded = str(exclude.resolve()) if exclude is not None else None
    by_name: dict[str, list[font_manager.FontEntry]] = {}
    for entry in font_manager.fontManager.ttflist:
        by_name.setdefault(entry.name.casefold(), []).append(entry)
    for family in PREFERRED_FAMILIES:
        entries = [e for e in by_name.get(family.casefold(), []) if _resolved(e.fname) != excluded]
        # regular upright faces first, then by path for a deterministic choice
        entries.sort(key=lambda e: (e.style != "normal", abs(_weight(e.weight) - 400), str(e.fname)))
        for entry in entries:
            if _covers_probe(str(entry.fname), index=entry.index):
                return FontInfo(name=entry.name, path=str(entry.fname), source="system", index=entry.index)
    return None


def _packaged_font_file() -> Path | None:
    import importlib.util
    from pathlib import Path

    # find_spec locates the package without importing it (importing zhplot mutates rcParams).
    try:
        spec = importlib.util.find_spec(_FONT_PACKAGE)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        folder = Path(location) / _FONT_PACKAGE_DIR
        if folder.is_dir():
            files = sorted(p for p in folder.iterdir() if p.suffix.lower() in _FONT_SUFFIXES)
            regular = [p for p in files if "regular" in p.name.lower()]
            if regular or files:
                return (regular or files)[0]
    return None


def _register(path: Path, *, source: str, what: str) -> FontInfo:
    from matplotlib import font_manager, ft2font

    if not path.is_file():
        raise TextkitError(f"{what} is not a font file: {path} does not exist")
    try:
        font = ft2font.FT2Font(str(path))
    except (OSError, RuntimeError, ValueError) as err:
        raise TextkitError(f"{what} is not a readable font file ({err})") from err
    if not _covers_probe(str(path)):
        raise TextkitError(f"{what} is a font without Chinese glyphs (it lacks some of {_PROBE!r})")
    resolved = str(path.resolve())
    known = {_resolved(e.fname) for e in font_manager.fontManager.ttflist}
    if resolved not in known:
        font_manager.fontManager.addfont(resolved)
    name = font_manager.ttfFontProperty(font).name
    return FontInfo(name=name, path=resolved, source=source)


def _ensure_registered(info: FontInfo) -> None:
    # matplotlib's font manager can be rebuilt after the font was resolved; register it again then.
    from matplotlib import font_manager

    if not any(entry.name == info.name for entry in font_manager.fontManager.ttflist):
        font_manager.fontManager.addfont(info.path)


def _covers_probe(path: str, *, index: int = 0) -> bool:
    from matplotlib import ft2font

    try:
        charmap = ft2font.FT2Font(path, face_index=index).get_charmap()
    except (OSError, RuntimeError, ValueError):
        return False
    return all(ord(ch) in charmap for ch in _PROBE)


def _resolved(fname: str | os.PathLike[str]) -> str:
    from pathlib import Path

    try:
        return str(Path(fname).resolve())
    except OSError:
        return str(fname)


def _weight(weight: int | str) -> int:
    if isinstance(weight, int):
        return weight
    names = {"light": 300, "normal": 400, "regular": 400, "book": 400, "medium": 500, "bold": 700}
    return names.get(str(weight).lower(), 400)
