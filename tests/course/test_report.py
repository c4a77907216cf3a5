"""The report is a web page: build it and open it in a real (headless) Chromium."""

from __future__ import annotations

import base64
import html
import io
import re
import shutil
from pathlib import Path

import pytest

import textkit
from textkit.course import build_report
from textkit.course.report import INDEX_CAPTIONS

SCREENSHOTS = Path(__file__).resolve().parents[2] / "reports" / "screenshots"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    # Notebooks are executed by test_notebooks.py; here the figures and the comparison page are built.
    return build_report(tmp_path_factory.mktemp("reports"), execute=False)


def test_report_files(report) -> None:  # type: ignore[no-untyped-def]
    assert report.index.is_file()
    assert report.comparison is not None and report.comparison.is_file()
    assert len(report.figures) >= 6
    for png in report.figures:
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    page = report.index.read_text(encoding="utf-8")
    assert "抖音电商" in page
    for png in report.figures:
        assert f"figures/{png.name}" in page


def _chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        pytest.skip("Chromium is not installed (Debian package 'chromium'; .ci/run installs it when run as root)")
    return path


@pytest.fixture(scope="module")
def case_comparison():  # type: ignore[no-untyped-def]
    case = textkit.load_case_study()
    return textkit.compare(case.summary, textkit.extract_article(case.original).body)


def _text(page: str) -> str:
    """The visible text of a page, roughly: tags and embedded data removed, entities decoded."""
    page = re.sub(r"<style>.*?</style>|<img [^>]*>", " ", page, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def test_index_leads_with_the_verdict_in_numbers(report, case_comparison) -> None:  # type: ignore[no-untyped-def]
    claims = case_comparison.claims()
    supported = int(claims["supported"].astype(bool).sum())
    page = report.index.read_text(encoding="utf-8")
    text = " ".join(_text(page).split())
    headline = f"{supported} of {len(claims)} claims ({supported / len(claims):.0%})"
    assert headline in text
    # the verdict comes before any figure or link
    assert text.index(headline) < text.index("The figures") < text.index("The notebooks")
    unsupported = claims.loc[~claims["supported"].astype(bool)]
    assert f"{len(unsupported)} claims have no support" in text
    low = int(unsupported["reason"].str.startswith("low support").sum())
    assert f"low support {low}" in text
    kw = case_comparison.keywords
    assert f"Keywords: {int(kw['in_summary'].sum())} of {len(kw)}" in text
    for name in ("summary", "original"):
        mean = case_comparison.sentiment.loc[case_comparison.sentiment["text"] == name, "score"].mean()
        assert f"mean {mean:.2f}" in text


def test_index_captions_say_how_to_read_each_figure(report) -> None:  # type: ignore[no-untyped-def]
    page = report.index.read_text(encoding="utf-8")
    for png in report.figures:
        title, caption = INDEX_CAPTIONS[png.stem]
        assert f"<figcaption><b>{html.escape(title)}</b>. {html.escape(caption)}" in page


def test_index_without_notebooks_says_so(report) -> None:  # type: ignore[no-untyped-def]
    page = report.index.read_text(encoding="utf-8")
    assert "built without notebooks" in page and "--notebooks" in page
    assert "<ol>\n\n</ol>" not in page


def test_comparison_page_counts_are_integers(report, case_comparison) -> None:  # type: ignore[no-untyped-def]
    page = report.comparison.read_text(encoding="utf-8")
    n = len(case_comparison.alignment)
    assert f"<td>summary_sentences</td><td>{n}</td>" in page
    counts = re.findall(
        r"<td>(summary_sentences|summary_claims|summary_headings|original_sentences|unsupported_names_numbers"
        r"|contradictions_\w+)</td><td>([^<]*)</td>",
        page,
    )
    assert len(counts) >= 6 and all(value.isdigit() for _, value in counts), counts
    assert f"| summary_sentences | {n} |" in case_comparison.to_markdown()


def test_reasons_are_shown_whole(report, case_comparison) -> None:  # type: ignore[no-untyped-def]
    page = report.comparison.read_text(encoding="utf-8")
    for reason in case_comparison.unsupported()["reason"]:
        assert html.escape(reason) in page


def test_standalone_report_embeds_the_font_it_needs(case_comparison) -> None:  # type: ignore[no-untyped-def]
    from fontTools.ttLib import TTFont

    page = case_comparison.to_html()
    match = re.search(r"@font-face \{ font-family: 'textkit CJK'; src: url\(data:font/woff;base64,([^)]+)\)", page)
    assert match is not None
    cmap = TTFont(io.BytesIO(base64.b64decode(match.group(1)))).getBestCmap()
    needed = {ord(ch) for ch in _text(page) if "\u4e00" <= ch <= "\u9fff"}
    assert needed and needed <= set(cmap)
    assert page.index("font-family:'textkit CJK'") > page.index("@font-face")
    assert "http://" not in page and "https://" not in page


@pytest.mark.parametrize("page_name", ["index.html", "comparison.html", "standalone.html"])
def test_report_in_headless_chromium(report, case_comparison, page_name: str) -> None:  # type: ignore[no-untyped-def]
    chromium = _chromium()
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the dev extra")
    target = report.index.parent / page_name
    if page_name == "standalone.html":  # what `textkit report A B -o r.html` writes: one file, nothing beside it
        target = report.index.parent / "alone" / page_name
        target.parent.mkdir(exist_ok=True)
        case_comparison.to_html(target)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.goto(target.as_uri())
            page.wait_for_load_state("load")
            images = page.eval_on_selector_all(
                "img", "els => els.map(e => [e.getAttribute('alt') || '', e.complete && e.naturalWidth > 0])"
            )
            text = page.inner_text("body")
            page.evaluate("document.fonts.ready")
            faces = page.evaluate("() => Array.from(document.fonts).map(f => [f.family, f.status])")
            page.screenshot(path=str(SCREENSHOTS / f"{target.stem}.png"), full_page=True)
        finally:
            browser.close()
    assert images, f"{page_name} shows no figure"
    broken = [alt for alt, ok in images if not ok]
    assert not broken, f"figures that did not load: {broken}"
    assert "抖音" in text and "摘要" in text
    # The Chinese font was loaded (embedded, or copied beside the page): no boxes on a machine without one.
    assert any("textkit CJK" in family and status == "loaded" for family, status in faces), faces


def test_one_colour_and_orientation_for_summary_and_original(case_comparison) -> None:  # type: ignore[no-untyped-def]
    from textkit import plot
    from textkit.comparison.render import TEXT_COLORS, keywords_figure

    # The keyword chart's "only in" colours are the texts' colours of the pages' prose.
    assert plot.STATUS_COLORS["only_a"] == TEXT_COLORS["original"]
    assert plot.STATUS_COLORS["only_b"] == TEXT_COLORS["summary"]
    ax = keywords_figure(case_comparison)
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    only = [label for label in labels if label.startswith("only")]
    assert "原文 original" in only[0] and "摘要 summary" in only[1], labels
    # bars of the original point left, the summary's right, in the index as in the comparison page
    assert "原文 original" in ax.get_xlabel().split("|")[0] and "摘要 summary" in ax.get_xlabel().split("|")[1]


def test_make_demo_command_runs_without_a_warning(tmp_path: Path) -> None:
    # `make demo` ran `python -m textkit.course.report`, and Python warned on every run that the package had
    # imported the module it was about to run as __main__. The Makefile's command, with warnings as errors:
    import os
    import subprocess
    import sys

    makefile = (Path(__file__).resolve().parents[2] / "Makefile").read_text(encoding="utf-8")
    assert "-m textkit.course reports notebooks" in makefile
    env = {**os.environ, "MPLBACKEND": "Agg"}
    result = subprocess.run(
        [sys.executable, "-W", "error::RuntimeWarning", "-m", "textkit.course", str(tmp_path)],
        capture_output=True, text=True, check=False, env=env, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "RuntimeWarning" not in result.stderr
    assert (tmp_path / "index.html").is_file() and "Open the report:" in result.stdout
