"""The case-study report: executed notebooks as HTML, the comparison report and the figures.

`build_report` is what ``make demo`` (``python -m textkit.course.report reports notebooks``) and
``textkit report`` run. It needs the ``notebooks`` extra (nbclient, nbconvert) only for the notebook pages, and
the notebooks folder only as an argument: installed code never looks for a repository checkout.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import plot
from ..comparison import compare
from ..datasets import load_case_study
from ..errors import TextkitError
from ..keyterms import compare_keywords, keywords
from ..plot.fonts import cjk_font
from ..preprocessing import extract_article
from ..sentiment_analysis import sentence_sentiment

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["Report", "build_report", "case_study_figures", "execute_notebook"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Report:
    """What `build_report` wrote.

    Attributes:
        index: The report's front page.
        notebooks: Executed notebooks as HTML pages, with their run time in seconds.
        figures: The figures as PNG files.
        comparison: The summary-versus-original report, if it was written.
    """

    index: Path
    notebooks: dict[str, tuple[Path, float]] = field(default_factory=dict)
    figures: tuple[Path, ...] = ()
    comparison: Path | None = None


def execute_notebook(path: str | Path, *, timeout: int = 600) -> tuple[Any, float]:
    """Execute a notebook top to bottom in its own folder.

    Args:
        path: The ``.ipynb`` file.
        timeout: Seconds one cell may take.

    Returns:
        The executed notebook (an ``nbformat`` node) and the wall time in seconds.

    Raises:
        TextkitError: nbclient/nbformat are missing (install ``textkit[notebooks]``).
    """
    try:
        import nbclient
        import nbformat
    except ImportError:
        raise TextkitError("running notebooks needs the notebooks extra: pip install 'textkit[notebooks]'") from None
    path = Path(path)
    nb = nbformat.read(path, as_version=4)  # type: ignore[no-untyped-call]
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="textkit-kernel-") as sockets:
        client = nbclient.NotebookClient(
            nb,
            timeout=timeout,
            kernel_name="python3",
            resources={"metadata": {"path": str(path.parent)}},
            config=_kernel_config(sockets),
        )
        client.execute()
    return nb, time.perf_counter() - start


def _kernel_config(sockets: str) -> Any:
    """Our kernels talk to us over IPC (Unix sockets in the folder ``sockets``) where the platform has it.

    Over TCP, code and outputs would cross localhost in plain text, which ipykernel warns about on every
    start (``Kernel is running over TCP without encryption``); Windows has no IPC transport and keeps TCP.
    The socket path is absolute: the kernel starts in the notebook's folder, where a relative one would
    not be where the client looks.
    """
    from traitlets.config import Config

    config = Config()
    if os.name == "posix":
        config.KernelManager.transport = "ipc"
        config.KernelManager.ip = os.path.join(sockets, "kernel")
    return config


def case_study_figures() -> dict[str, Axes]:
    """Draw the case study's main figures, keyed by a file-name stem.

    Returns:
        Axes of: the original's keywords, the keyword comparison of summary and
        original, the original's word cloud, the sentence-sentiment trajectory of the
        original, and the coverage map and similarity matrix of the comparison.
    """
    case = load_case_study()
    original = extract_article(case.original).body
    summary = case.summary  # the summary is published text, not a scraped page: analysed as it is
    top = keywords(original, top_n=20)
    comparison = compare(summary, original)
    return {
        "keywords_original": plot.keyword_bars(top, title="原文关键词 (keywords of the original)"),
        "keywords_compared": plot.keyword_comparison(
            compare_keywords(summary, original, top_n=20), labels=("摘要 summary", "原文 original")
        ),
        "wordcloud_original": plot.word_cloud(keywords(original, top_n=80)),
        "sentiment_trajectory": plot.sentiment_trajectory(
            sentence_sentiment(original), title="原文逐句情感 (sentence sentiment along the original)"
        ),
        "coverage_map": plot.coverage_map(comparison.coverage, title="摘要覆盖原文的哪些部分 (coverage)"),
        "similarity_matrix": plot.similarity_matrix(comparison.similarity, title="句子相似度 (similarity)"),
    }


def _case_study_comparison_html(path: Path) -> Path:
    case = load_case_study()
    comparison = compare(case.summary, extract_article(case.original).body)
    comparison.to_html(path)
    return path


def build_report(
    out_dir: str | Path = "reports",
    *,
    notebooks_dir: str | Path | None = None,
    execute: bool = True,
    timeout: int = 600,
) -> Report:
    """Write the case-study report: figures, the comparison report and the executed notebooks.

    Args:
        out_dir: Folder to write into (created if needed).
        notebooks_dir: Folder of ``.ipynb`` files to execute and render (the repository's
            ``notebooks/``); ``None`` for a report without notebooks.
        execute: Execute and render the notebooks (needs the ``notebooks`` extra).
        timeout: Seconds one notebook cell may take.

    Returns:
        A `Report` listing what was written; ``report.index`` is the page to open.
    """
    out = Path(out_dir)
    (out / "figures").mkdir(parents=True, exist_ok=True)
    figures: list[Path] = []
    for name, ax in case_study_figures().items():
        target = out / "figures" / f"{name}.png"
        target.write_bytes(plot.figure_to_png_bytes(ax, dpi=110))
        figures.append(target)
    logger.info("wrote %d figures", len(figures))

    comparison = _case_study_comparison_html(out / "comparison.html")
    font_link = _install_font(out)
    _add_to_head(comparison, font_link.replace('href="', 'href="./'))

    pages: dict[str, tuple[Path, float]] = {}
    nb_dir = Path(notebooks_dir) if notebooks_dir is not None else None
    if nb_dir is not None and not nb_dir.is_dir():
        raise TextkitError(f"notebooks_dir: {nb_dir}: no such folder")
    if execute and nb_dir is not None:
        from nbconvert import HTMLExporter

        exporter = HTMLExporter()  # type: ignore[no-untyped-call]
        (out / "notebooks").mkdir(exist_ok=True)
        for path in sorted(nb_dir.glob("*.ipynb")):
            nb, seconds = execute_notebook(path, timeout=timeout)
            body, _ = exporter.from_notebook_node(nb)
            target = out / "notebooks" / f"{path.stem}.html"
            target.write_text(body, encoding="utf-8")
            _add_to_head(target, font_link.replace('href="', 'href="../'))
            pages[path.stem] = (target, seconds)

    index = out / "index.html"
    index.write_text(_index_html(figures, comparison, pages, out), encoding="utf-8")
    _add_to_head(index, font_link.replace('href="', 'href="./'))
    return Report(index=index, notebooks=pages, figures=tuple(figures), comparison=comparison)


def _install_font(out: Path) -> str:
    """Copy textkit's Chinese font next to the pages, so a browser without one still shows glyphs.

    Returns the ``<link>`` tag (with a ``href`` relative to ``out``) for the pages' heads.
    """
    import shutil

    font = cjk_font()
    fonts = out / "fonts"
    fonts.mkdir(exist_ok=True)
    suffix = Path(font.path).suffix.lower()
    target = fonts / f"textkit-cjk{suffix}"
    if not target.exists() or target.stat().st_size != Path(font.path).stat().st_size:
        shutil.copyfile(font.path, target)
    fmt = {".otf": "opentype", ".ttf": "truetype"}.get(suffix, "truetype")
    (fonts / "textkit-cjk.css").write_text(
        "@font-face { font-family: 'textkit CJK'; "
        f"src: local('{font.name}'), url('{target.name}') format('{fmt}'); }}\n"
        "body, h1, h2, h3, p, td, th, li, figcaption, a, span, div { "
        "font-family: 'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', 'textkit CJK', "
        "sans-serif; }\n",
        encoding="utf-8",
    )
    return '<link rel="stylesheet" href="fonts/textkit-cjk.css">'


def _add_to_head(page: Path, tag: str) -> None:
    text = page.read_text(encoding="utf-8")
    if tag not in text and "</head>" in text:
        page.write_text(text.replace("</head>", tag + "\n</head>", 1), encoding="utf-8")


def _index_html(figures: list[Path], comparison: Path | None, pages: dict[str, tuple[Path, float]], out: Path) -> str:
    import html

    rows = "\n".join(
        f'<li><a href="{html.escape(str(p.relative_to(out)))}">{html.escape(name)}</a> '
        f"<small>(executed in {seconds:.1f} s)</small></li>"
        for name, (p, seconds) in pages.items()
    ) or (
        "<li>No notebooks in this report: it was built without a notebooks folder "
        "(<code>python -m textkit.course.report reports notebooks</code> adds them).</li>"
    )
    figs = "\n".join(
        f'<figure><img src="{html.escape(str(p.relative_to(out)))}" alt="{html.escape(p.stem)}">'
        f"<figcaption>{html.escape(p.stem)}</figcaption></figure>"
        for p in figures
    )
    comp = ""
    if comparison is not None:
        href = html.escape(str(comparison.relative_to(out)))
        comp = f'<p><a href="{href}">摘要与原文对照报告 — summary versus original</a></p>'
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>textkit 案例研究报告 — case-study report</title>
<style>
body {{ font-family: "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
       max-width: 1100px; margin: 2em auto; padding: 0 1em; color: #222; }}
figure {{ display: inline-block; margin: 1em; vertical-align: top; }}
figure img {{ max-width: 480px; border: 1px solid #ddd; }}
</style></head>
<body>
<h1>抖音电商总裁魏雯雯:抖音电商的10个真相 — textkit 案例研究</h1>
<p>What the scraped article says, how it feels, and how faithful its SEO "summary" is.</p>
<h2>对照报告 The comparison</h2>
{comp}
<h2>笔记本 The notebooks</h2>
<ol>
{rows}
</ol>
<h2>图表 The figures</h2>
{figs}
</body></html>
"""


def main(argv: list[str] | None = None) -> int:
    """Build the report: ``python -m textkit.course.report [OUT_DIR [NOTEBOOKS_DIR]]`` (default ``reports``)."""
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else Path("reports")
    report = build_report(out, notebooks_dir=args[1] if len(args) > 1 else None)
    for name, (page, seconds) in report.notebooks.items():
        print(f"executed {name} in {seconds:.1f} s -> {page}")
    print(f"figures: {len(report.figures)} PNG files in {out / 'figures'}")
    if report.comparison is not None:
        print(f"comparison report: {report.comparison}")
    print(f"\nOpen the report: {report.index.resolve()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
