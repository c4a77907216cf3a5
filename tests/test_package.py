from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import textkit

ROOT = Path(__file__).resolve().parents[1]


def test_import_loads_no_heavy_library() -> None:
    code = (
        "import sys, textkit; heavy = [m for m in ('jieba', 'snownlp', 'sklearn', 'matplotlib', 'pandas') "
        "if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_import_loads_no_third_party_package() -> None:
    # What keeps `import textkit` fast (benchmarks/imports.py times it): the public functions are re-exported with
    # plain imports, and every third-party library is imported by the function that needs it.
    code = (
        "import sys; before = set(sys.modules); import textkit; "
        "print(sorted({m.split('.')[0] for m in set(sys.modules) - before} - set(sys.stdlib_module_names)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['textkit']"


def test_dir_shows_only_public_names() -> None:
    # In a fresh interpreter: importing textkit.cli or textkit.resources later adds them, as for any package.
    code = "import textkit; print(' '.join(n for n in dir(textkit) if not n.startswith('_')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    packages = {
        "about", "comparison", "corpus", "course", "datasets", "errors", "io", "keyterms", "lang_zh", "metrics",
        "plot", "preprocessing", "segmentation", "sentiment_analysis",
    }  # fmt: skip
    assert set(out.stdout.split()) == (set(textkit.__all__) - {"__version__"}) | packages


def test_no_module_is_named_like_a_public_function() -> None:
    import pkgutil

    functions = {name for name in textkit.__all__ if callable(getattr(textkit, name)) and name[0].islower()}
    modules = {m.name.rsplit(".", 1)[-1] for m in pkgutil.walk_packages(textkit.__path__, "textkit.")}
    assert not functions & modules


def test_import_configures_no_logging() -> None:
    # textkit logs through `textkit._log.get_logger`: its first message gives the "textkit" logger a NullHandler
    # (the logging HOWTO's advice for libraries); nothing is ever added to the root logger.
    code = (
        "import logging, textkit; print(logging.getLogger().handlers, logging.getLogger('textkit').handlers); "
        "textkit.decode_bytes('你好，世界。'.encode('gbk'), source='x'); "
        "print(logging.getLogger().handlers, logging.getLogger('textkit').handlers)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[:2] == ["[] []", "[] [<NullHandler (NOTSET)>]"]


def test_import_leaves_logging_and_temporary_files_to_first_use() -> None:
    # What `import textkit` must not pay for (each was a tenth of its time): logging (with threading, traceback),
    # tempfile (with shutil, random, bz2, lzma) and importlib.resources, imported where they are used.
    code = (
        "import sys, textkit; print([m for m in ('logging', 'tempfile', 'importlib.resources', 'shutil', 'json') "
        "if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_public_names_resolve() -> None:
    for name in textkit.__all__:
        assert getattr(textkit, name) is not None
    with pytest.raises(AttributeError):
        _ = textkit.no_such_name  # type: ignore[attr-defined]


def test_version() -> None:
    assert textkit.__version__.count(".") == 2


def test_wheel_carries_case_study_and_resources(tmp_path: Path) -> None:
    pytest.importorskip("hatchling")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(tmp_path.glob("textkit-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "textkit/data/douyin_original_scraped_page.txt" in names
    assert "textkit/data/douyin_summary_seo_repost.txt" in names
    assert "textkit/lang_zh/stopwords_zh_iso.txt" in names
    assert "textkit/py.typed" in names


def test_functions_are_not_hidden_by_their_modules() -> None:
    code = (
        "import textkit, textkit.keyterms, textkit.comparison\n"
        "from textkit.keyterms import TfidfKeywords\n"
        "print(callable(textkit.keywords), textkit.keywords.__name__, textkit.discover_words.__name__)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "keywords", "discover_words"]


def test_import_compiles_no_regular_expression_of_textkit() -> None:
    # textkit's ~70 rule patterns took about 35 ms to compile, most of `import textkit` (benchmarks/imports.py):
    # they are compiled on first use (`textkit._regex.lazy_compile`).
    code = (
        "import re, sys\n"
        "own = []\n"
        "real = re.compile\n"
        "def spy(pattern, flags=0):\n"
        "    caller = sys._getframe(1).f_globals.get('__name__', '')\n"
        "    if caller.startswith('textkit'):\n"
        "        own.append(caller)\n"
        "    return real(pattern, flags)\n"
        "re.compile = spy\n"
        "import textkit\n"
        "print(own)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    assert textkit.split_sentences("抖音电商。增长很快。") == ["抖音电商。", "增长很快。"]  # compiled when used


# The standard-library modules textkit's modules import at module level; `import textkit` may load these and what
# they import in turn on the running Python (dataclasses brings inspect and ast, re brings enum), nothing else.
# pathlib (with urllib.parse and ipaddress), threading, importlib.util, logging, tempfile, json ... are imported by
# the functions that use them (`benchmarks/imports.py --modules` lists what each module costs).
IMPORT_TIME_STDLIB = (
    "__future__", "bisect", "codecs", "collections", "collections.abc", "contextlib", "dataclasses", "functools",
    "importlib", "io", "itertools", "math", "operator", "os", "re", "sys", "time", "types", "typing", "unicodedata",
    "warnings",
)  # fmt: skip


def test_import_loads_only_the_standard_library_it_needs() -> None:
    # Keeps `import textkit` fast without timing it: a module-level `from pathlib import Path` fails here.
    code = (
        "import sys\n"
        f"for name in {IMPORT_TIME_STDLIB!r}: __import__(name)\n"
        "allowed = set(sys.modules)\n"
        "import textkit\n"
        "print(sorted(m for m in set(sys.modules) - allowed if m.partition('.')[0] != 'textkit'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_import_compiles_no_pattern_builds_no_cached_table_and_reads_no_file() -> None:
    # The rest of what `import textkit` used to pay for: patterns compiled by any `re` function (re.compile,
    # re.match ... all fill re's cache), tables built by `functools.cache`/`lru_cache` accessors, files read.
    code = (
        "import builtins, sys\n"
        f"for name in {IMPORT_TIME_STDLIB!r}: __import__(name)\n"
        "import re\n"
        "def patterns(): return {key[1] for key in (*re._cache, *getattr(re, '_cache2', ()))}\n"
        "compiled = patterns()\n"
        "opened = []\n"
        "real_open = builtins.open\n"
        "builtins.open = lambda *args, **kwargs: opened.append(args[0]) or real_open(*args, **kwargs)\n"
        "import textkit\n"
        "builtins.open = real_open\n"
        "new = sorted(patterns() - compiled)\n"
        "built = sorted(f'{m}.{name}' for m, module in list(sys.modules.items()) if m.startswith('textkit') "
        "for name, obj in vars(module).items() if callable(obj) and hasattr(obj, 'cache_info') "
        "and obj.cache_info().currsize)\n"
        "print(new, opened, built)\n"
        "textkit.lang_zh.find_direction_words('销量下降')\n"
        "print(sorted(name for name in ('_opposites', '_words_by_start') "
        "if getattr(textkit.lang_zh.direction, name).cache_info().currsize))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[:2] == ["[] [] []", "['_words_by_start']"]


def _requirements() -> tuple[set[str], dict[str, set[str]]]:
    import re

    tomllib = pytest.importorskip("tomllib")  # Python >= 3.11, as make test's .venv
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]

    def names(reqs: list[str]) -> set[str]:
        return {re.split(r"[<>=!~;\s]", req, maxsplit=1)[0].lower() for req in reqs}

    return names(project["dependencies"]), {k: names(v) for k, v in project["optional-dependencies"].items()}


def test_plotting_libraries_are_an_extra() -> None:
    """A pipeline install (`pip install textkit`) brings no plotting library; `textkit[plot]` and notebooks do."""
    core, extras = _requirements()
    plotting = {"matplotlib", "wordcloud", "zhplot"}
    assert not core & plotting
    assert extras["plot"] == plotting
    assert "textkit[plot]" in extras["notebooks"] and "textkit[plot]" in extras["dev"]
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert '-e ".[plot,' in makefile  # make demo / make test install it


def test_no_text_module_imports_a_plotting_library_at_module_level() -> None:
    """Only textkit.plot (and the course report, which draws) may mention matplotlib or wordcloud in an import."""
    import re

    offenders = []
    for path in sorted((ROOT / "src" / "textkit").rglob("*.py")):
        rel = path.relative_to(ROOT / "src" / "textkit").as_posix()
        if rel.startswith(("plot/", "course/")):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if re.match(r"\s*(import|from)\s+(matplotlib|wordcloud|zhplot|PIL)\b", line):
                offenders.append(f"{rel}: {line.strip()}")
    assert not offenders, offenders


def test_make_lab_passes_args_to_jupyter() -> None:
    import shutil

    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    out = subprocess.run(
        ["make", "-n", "-C", str(ROOT), "lab", "ARGS=--no-browser --port 8890"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert [line for line in out.splitlines() if "jupyter lab" in line] == [
        ".venv/bin/jupyter lab --no-browser --port 8890 notebooks/"
    ]
