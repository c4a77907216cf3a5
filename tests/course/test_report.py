"""The report is a web page: build it and open it in a real (headless) Chromium."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from textkit.course import build_report

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


@pytest.mark.parametrize("page_name", ["index.html", "comparison.html"])
def test_report_in_headless_chromium(report, page_name: str) -> None:  # type: ignore[no-untyped-def]
    chromium = _chromium()
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the dev extra")
    target = report.index.parent / page_name
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
            page.screenshot(path=str(SCREENSHOTS / f"{target.stem}.png"), full_page=True)
        finally:
            browser.close()
    assert images, f"{page_name} shows no figure"
    broken = [alt for alt, ok in images if not ok]
    assert not broken, f"figures that did not load: {broken}"
    assert "抖音" in text and "摘要" in text
