"""The case-study report: executed notebooks as HTML, the comparison report and the figures.

`build_report` is what ``make demo`` (``python -m textkit.course reports notebooks``) and
``textkit report`` run. It needs the ``notebooks`` extra (nbclient, nbconvert) only for the notebook pages, and
the notebooks folder only as an argument: installed code never looks for a repository checkout.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import plot
from .._log import get_logger
from ..comparison import compare
from ..comparison.render import CAPTIONS, TEXT_COLORS, best_matches_figure, keywords_figure, verdict, verdict_html
from ..datasets import load_case_study
from ..errors import TextkitError
from ..keyterms import keywords
from ..plot.fonts import cjk_font
from ..preprocessing import extract_article
from ..sentiment_analysis import sentence_sentiment

if TYPE_CHECKING:
    from pathlib import Path

    from matplotlib.axes import Axes

    from ..comparison.result import Comparison

__all__ = ["INDEX_CAPTIONS", "Report", "build_report", "case_study_figures", "execute_notebook"]


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
    import tempfile
    from pathlib import Path

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


#: What each figure of the index shows and how to read it (the comparison's own come from `CAPTIONS`).
INDEX_CAPTIONS: dict[str, tuple[str, str]] = {
    "keywords_original": (
        "原文关键词 Keywords of the original",
        "The original's 20 words with the highest TF-IDF weight, the heaviest on top: what the article is "
        "about, in its own vocabulary.",
    ),
    "keywords_compared": CAPTIONS["keywords_compared"],
    "wordcloud_original": (
        "词云 Word cloud of the original",
        "The original's 80 top keywords, drawn larger the heavier their weight: a first impression; read the "
        "bars for the ranking.",
    ),
    "sentiment_trajectory": CAPTIONS["sentiment_original"],
    "coverage_map": CAPTIONS["coverage_map"],
    "similarity_matrix": CAPTIONS["similarity_matrix"],
}


def _case_study_comparison() -> Comparison:
    case = load_case_study()
    # the summary is published text, not a scraped page: analysed as it is
    return compare(case.summary, extract_article(case.original).body)


def case_study_figures(comparison: Comparison | None = None) -> dict[str, Axes]:
    """Draw the case study's main figures, keyed by a file-name stem (the keys of `INDEX_CAPTIONS`).

    Args:
        comparison: The case study's comparison, if already computed; else it is computed.

    Returns:
        Axes of: the original's keywords; the keywords of original and summary side by side
        (the original's bars to the left, in blue, as in the comparison report); the
        original's word cloud; the sentence-sentiment trajectory of the original; the
        coverage map; and the best-match view of the similarity (claims against the
        original sentences they were matched with, headings left out).
    """
    original = extract_article(load_case_study().original).body
    comparison = _case_study_comparison() if comparison is None else comparison
    sentences = comparison.sentiment.loc[comparison.sentiment["text"] == "original"]
    if not len(sentences):
        sentences = sentence_sentiment(original)
    return {
        "keywords_original": plot.keyword_bars(
            keywords(original, top_n=20), title=INDEX_CAPTIONS["keywords_original"][0]
        ),
        "keywords_compared": keywords_figure(comparison),
        "wordcloud_original": plot.word_cloud(keywords(original, top_n=80)),
        "sentiment_trajectory": plot.sentiment_trajectory(sentences, title=INDEX_CAPTIONS["sentiment_trajectory"][0]),
        "coverage_map": plot.coverage_map(comparison.coverage, title=INDEX_CAPTIONS["coverage_map"][0]),
        "similarity_matrix": best_matches_figure(comparison),
    }


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
    import html
    from pathlib import Path

    out = Path(out_dir)
    (out / "figures").mkdir(parents=True, exist_ok=True)
    result = _case_study_comparison()
    figures: list[Path] = []
    for name, ax in case_study_figures(result).items():
        target = out / "figures" / f"{name}.png"
        target.write_bytes(plot.figure_to_png_bytes(ax, dpi=110))
        figures.append(target)
    get_logger(__name__).info("wrote %d figures", len(figures))

    comparison = out / "comparison.html"
    result.to_html(comparison)  # self-contained: it embeds the subset of the font it needs
    font_link = _install_font(out)

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

    if nb_dir is None:
        missing = (
            "This report was built without notebooks. The notebooks belong to textkit's source repository, not "
            "to the installed package: <code>textkit report -o DIR --notebooks path/to/notebooks</code> executes "
            "them and adds them here."
        )
    elif not execute:
        missing = "This report was built without executing the notebooks (<code>--no-notebooks</code>)."
    else:
        missing = f"The folder {html.escape(str(nb_dir))} holds no notebook (<code>*.ipynb</code>)."
    index = out / "index.html"
    index.write_text(_index_html(figures, comparison, pages, out, result, missing), encoding="utf-8")
    _add_to_head(index, font_link.replace('href="', 'href="./'))
    return Report(index=index, notebooks=pages, figures=tuple(figures), comparison=comparison)


def _install_font(out: Path) -> str:
    """Copy textkit's Chinese font next to the pages, so a browser without one still shows glyphs.

    Returns the ``<link>`` tag (with a ``href`` relative to ``out``) for the pages' heads.
    """
    import shutil
    from pathlib import Path

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


def _index_html(
    figures: list[Path],
    comparison: Path | None,
    pages: dict[str, tuple[Path, float]],
    out: Path,
    result: Comparison,
    missing: str,
) -> str:
    import html

    rows = "\n".join(
        f'<li><a href="{html.escape(str(p.relative_to(out)))}">{html.escape(name)}</a> '
        f"<small>(executed in {seconds:.1f} s)</small></li>"
        for name, (p, seconds) in pages.items()
    )
    notebooks = f"<ol>\n{rows}\n</ol>" if rows else f'<p class="missing">{missing}</p>'
    figs = []
    for p in figures:
        title, caption = INDEX_CAPTIONS.get(p.stem, (p.stem, ""))
        src = html.escape(str(p.relative_to(out)))
        figs.append(
            f'<figure><img src="{src}" alt="{html.escape(title)}"><figcaption><b>{html.escape(title)}</b>. '
            f"{html.escape(caption)} <small>({html.escape(p.name)})</small></figcaption></figure>"
        )
    comp = ""
    if comparison is not None:
        href = html.escape(str(comparison.relative_to(out)))
        comp = (
            f'<p>Every claim with its source and its reason: <a href="{href}">'
            "摘要与原文对照报告 — the comparison, sentence by sentence</a></p>"
        )
    figures_html = "\n".join(figs)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>textkit 案例研究报告 — case-study report</title>
<style>
body {{ font-family: "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
       max-width: 1100px; margin: 2em auto; padding: 0 1em; color: #222; line-height: 1.5; }}
.verdict {{ border: 2px solid #333; border-radius: 6px; padding: .6em 1em; margin: 1em 0; }}
.verdict .big {{ font-size: 1.6em; font-weight: bold; }}
.original {{ color: {TEXT_COLORS["original"]}; font-weight: bold; }}
.summary {{ color: {TEXT_COLORS["summary"]}; font-weight: bold; }}
figure {{ display: inline-block; width: 500px; margin: 1em; vertical-align: top; }}
figure img {{ max-width: 480px; border: 1px solid #ddd; }}
figcaption {{ font-size: .9em; color: #444; }}
</style></head>
<body>
<h1>抖音电商总裁魏雯雯:抖音电商的10个真相 — textkit 案例研究</h1>
<p>Is the SEO "summary" a faithful summary of the scraped article? The verdict in numbers:</p>
{verdict_html(verdict(result))}
{comp}
<h2>图表 The figures</h2>
<p>Colours: the <span class="original">原文 original</span> is blue and the <span class="summary">摘要 summary</span>
orange, wherever a figure tells the two texts apart.</p>
{figures_html}
<h2>笔记本 The notebooks</h2>
{notebooks}
</body></html>
"""


def main(argv: list[str] | None = None) -> int:
    """Build the report: ``python -m textkit.course [OUT_DIR [NOTEBOOKS_DIR]]`` (default ``reports``)."""
    from pathlib import Path

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
