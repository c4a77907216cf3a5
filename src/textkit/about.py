"""Versions of textkit and what it runs on, for bug reports and the notebooks' first cell."""

from __future__ import annotations

import sys

from .plot.fonts import cjk_font

__all__ = ["__version__", "show_versions", "versions"]

#: textkit's version (also ``textkit.__version__``, ``textkit --version``).
__version__ = "0.1.0"

_PACKAGES = ("jieba", "snownlp", "scikit-learn", "pandas", "numpy", "matplotlib", "wordcloud")


def versions() -> dict[str, str]:
    """Return the versions of textkit, Python, its main dependencies and the resolved Chinese font.

    Missing packages are reported as ``"not installed"``; the font is resolved only if
    textkit's plotting module is available, without drawing anything.

    Example:
        >>> info = versions()
        >>> info["textkit"] == __import__("textkit").__version__
        True
    """
    import platform  # standard library, but slow to import: only a bug report needs it
    from importlib import metadata

    info = {"textkit": __version__, "python": sys.version.split()[0], "platform": platform.platform()}
    for name in _PACKAGES:
        try:
            info[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            info[name] = "not installed"
    info["chinese font"] = _font_description()
    return info


def _font_description() -> str:
    try:
        font = cjk_font()
    except Exception as err:  # a broken font setup must not break a bug report
        return f"unavailable ({err})"
    return f"{font.name} ({font.source}: {font.path})"


def show_versions() -> None:
    """Print `versions` one per line.

    Example:
        >>> show_versions()  # doctest: +ELLIPSIS
        textkit ...
        python ...
    """
    for name, version in versions().items():
        print(f"{name:20} {version}")
