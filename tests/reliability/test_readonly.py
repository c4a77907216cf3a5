"""textkit works with an unwritable home and temporary directory, and never touches the network.

Tests run as root in CI, and root ignores permission bits, so ``chmod 0o555`` would not make a
directory unwritable (``os.access(..., W_OK)`` is true for root there). Instead HOME, TMPDIR and
XDG_* point *below a regular file* (``.../blocker.txt/sub/home``): no one, root included, can
create anything there, and ``tempfile.tempdir`` is set to such a path too, because `tempfile`
otherwise falls back to ``/tmp``. A child process records every attempt to open a file for
writing, create or remove a file or directory, or use a socket (``sys.addaudithook``), and makes
``socket.connect`` and ``socket.create_connection`` raise.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

GUARD = textwrap.dedent(
    r"""
    import json, os, socket, sys, tempfile

    tempfile.tempdir = os.environ["TMPDIR"]
    events = []

    def hook(event, args):
        if event == "open":
            path, mode, flags = args
            writing = (mode is not None and any(c in str(mode) for c in "wax+")) or (
                isinstance(flags, int) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT)
            )
            if writing and path is not None and not isinstance(path, int) and not str(path).startswith("/dev/"):
                events.append(["open-for-write", str(path)])
        elif event in ("os.mkdir", "os.rename", "os.remove", "os.rmdir", "shutil.rmtree"):
            events.append([event, str(args[0])])
        elif event.startswith("socket.") and event != "socket.__new__":
            events.append([event, repr(args[1:])])

    sys.addaudithook(hook)

    def refuse(*args, **kwargs):
        raise OSError("network access attempted")

    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse

    import textkit

    text = "抖音电商的增量价值就是让用户寻找信息更高效。商家数量翻了一番,我们很高兴!"
    out = {}
    """
)

CORE = textwrap.dedent(
    r"""
    out["tokenize"] = textkit.tokenize(text)
    import importlib.util
    if importlib.util.find_spec("rjieba") is not None:  # an optional extra
        out["tokenize_rjieba"] = textkit.tokenize(text, backend="rjieba")
    for method in ("phrase", "tfidf", "textrank"):
        out["keywords_" + method] = textkit.keywords(text, method=method, top_n=5)["word"].tolist()
    out["discover"] = len(textkit.discover_words([text] * 5, min_count=2))
    out["sentiment"] = [round(float(x), 6) for x in textkit.sentiment([text, "太糟糕了"])["score"]]
    out["explain"] = len(textkit.explain_sentiment(text))
    result = textkit.compare("商家数量翻了一番。", text)
    out["supported"] = [bool(x) for x in result.alignment["supported"]]
    out["article"] = textkit.extract_article("<html><body><h1>标题</h1><p>" + text + "</p></body></html>").body
    out["rouge"] = textkit.rouge(text, text)["rouge1"].f1
    out["heavy"] = sorted({m.split(".")[0] for m in sys.modules} & {"matplotlib", "wordcloud"})
    """
)

PLOT = textwrap.dedent(
    r"""
    import matplotlib
    matplotlib.use("Agg")
    from textkit.plot import figure_to_png_bytes, keyword_bars, summary_support, word_cloud

    result = textkit.compare("商家数量翻了一番。", text)
    kw = textkit.keywords(text, top_n=5)
    out["png"] = [figure_to_png_bytes(ax)[:8].hex() for ax in (
        keyword_bars(kw), summary_support(result.alignment), word_cloud(kw, width=200, height=100))]
    """
)

END = '\nout["tempdir_usable"] = os.access(tempfile.gettempdir(), os.W_OK)\n' + (
    "print(json.dumps({'out': out, 'events': events}, ensure_ascii=False))\n"
)

Run = tuple[dict[str, Any], list[str], list[str]]

PNG_MAGIC = b"\x89PNG\r\n\x1a\n".hex()


def _listing(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


def _run(root: Path, body: str, **extra_env: str) -> Run:
    """Run GUARD + body + END in a child with an unwritable HOME/TMPDIR; return its JSON and listings."""
    root.mkdir(exist_ok=True)
    blocker = root / "blocker.txt"
    blocker.write_text("a regular file: nothing can be created below it\n", encoding="utf-8")
    (root / "cwd").mkdir()
    unwritable = blocker / "sub"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "MPLCONFIGDIR", "TEXTKIT_"))}
    env.update(
        HOME=str(unwritable / "home"),
        TMPDIR=str(unwritable / "tmp"),
        TEMP=str(unwritable / "tmp"),
        TMP=str(unwritable / "tmp"),
        XDG_CACHE_HOME=str(unwritable / "cache"),
        XDG_CONFIG_HOME=str(unwritable / "config"),
        PYTHONDONTWRITEBYTECODE="1",
        MPLBACKEND="Agg",
    )
    env.update(extra_env)
    before = _listing(root)
    proc = subprocess.run(
        [sys.executable, "-c", GUARD + body + END],
        cwd=root / "cwd",
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    after = _listing(root)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1]), before, after


@pytest.fixture(scope="module")
def core_run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return _run(tmp_path_factory.mktemp("readonly"), CORE)


def test_core_functions_work_without_writable_home_or_tmp(core_run: Run) -> None:
    out = core_run[0]["out"]
    assert out["tempdir_usable"] is False
    assert "抖音" in out["tokenize"]
    assert "抖音" in out.get("tokenize_rjieba", ["抖音"])
    for method in ("phrase", "tfidf", "textrank"):
        assert out["keywords_" + method], method
    assert len(out["sentiment"]) == 2
    assert out["sentiment"][0] > out["sentiment"][1]
    assert out["explain"] > 0
    assert out["supported"] == [True]
    assert "抖音电商的增量价值" in out["article"]
    assert out["rouge"] == 1.0
    assert out["heavy"] == []  # no plotting library is imported by the analysis functions


def test_core_functions_write_nothing(core_run: Run) -> None:
    data, before, after = core_run
    assert before == after
    assert [e for e in data["events"] if not e[0].startswith("socket")] == []


def test_core_functions_never_touch_the_network(core_run: Run) -> None:
    assert [e for e in core_run[0]["events"] if e[0].startswith("socket")] == []


def test_plots_render_with_unwritable_home_when_matplotlib_has_a_config_dir(tmp_path: Path) -> None:
    # matplotlib itself needs one writable directory (MPLCONFIGDIR); everything else stays read-only.
    mpl = tmp_path / "mpl"
    mpl.mkdir()
    data, before, after = _run(tmp_path / "root", PLOT, MPLCONFIGDIR=str(mpl))
    assert data["out"]["png"] == [PNG_MAGIC] * 3
    assert before == after
    outside = [e for e in data["events"] if not e[0].startswith("socket") and not e[1].startswith(str(mpl))]
    assert outside == []
    assert [e for e in data["events"] if e[0].startswith("socket")] == []


NO_CONFIG_DIR = textwrap.dedent(
    r"""
    from textkit import TextkitError
    from textkit.errors import PlottingUnavailableError

    for name in ("textkit.plot", "textkit.plot.cjk_font", "textkit.course.case_study_figures"):
        try:
            if name == "textkit.plot":
                textkit.plot.keyword_bars({"抖音": 1.0})
            elif name == "textkit.plot.cjk_font":
                textkit.plot.cjk_font()
            else:
                textkit.course.case_study_figures()
        except TextkitError as err:
            out[name] = [type(err).__name__, isinstance(err, ImportError), str(err)]
        else:
            out[name] = None
    # the comparison report treats figures as optional (except ImportError): it is written without them
    out["report_html"] = textkit.compare("商家数量翻了一番。", text).to_html()
    out["matplotlib_imported"] = "matplotlib" in sys.modules
    out["env_untouched"] = "MPLCONFIGDIR" not in os.environ
    out["after_error_" + "tokenize"] = textkit.tokenize(text)
    # What the message says to do works in the same process: matplotlib's failed import left nothing behind.
    os.environ["MPLCONFIGDIR"] = os.environ["WRITABLE_DIR"]
    import textkit.plot
    out["retry_png"] = textkit.plot.figure_to_png_bytes(textkit.plot.keyword_bars({"抖音": 1.0}))[:8].hex()
    """
)


def test_plots_fail_clearly_fully_read_only(tmp_path: Path) -> None:
    # matplotlib itself raises OSError at import when neither MPLCONFIGDIR, HOME nor the temp directory is
    # writable (matplotlib._get_config_or_cache_dir); textkit turns it into an error that says what to do.
    writable = tmp_path / "mpl"
    writable.mkdir()
    data, before, after = _run(tmp_path / "root", NO_CONFIG_DIR, WRITABLE_DIR=str(writable))
    out = data["out"]
    for name in ("textkit.plot", "textkit.plot.cjk_font", "textkit.course.case_study_figures"):
        assert out[name] is not None, name
        kind, is_import_error, message = out[name]
        assert kind == "PlottingUnavailableError", name
        assert is_import_error is True  # code that treats plotting as optional (except ImportError) carries on
        assert "MPLCONFIGDIR" in message
        assert "writable" in message
    assert "商家数量翻了一番" in out["report_html"] and "data:image/png" not in out["report_html"]
    assert out["matplotlib_imported"] is False
    assert out["env_untouched"] is True  # textkit sets no environment variable to work around it
    assert "抖音" in out["after_error_tokenize"]  # the analysis functions still work
    assert out["retry_png"] == PNG_MAGIC
    assert before == after  # nothing was created
    # Only matplotlib's own failed attempts to create its directories below the unwritable paths (and, after
    # the retry, writes inside MPLCONFIGDIR); no socket.
    blocked = [e for e in data["events"] if not e[1].startswith(str(writable))]
    assert blocked
    assert all(kind == "os.mkdir" and path.startswith(str(tmp_path / "root" / "blocker.txt")) for kind, path in blocked)
