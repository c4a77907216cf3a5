"""Evaluate `textkit.extract_article` on the test pages: body recall, boilerplate left over, speed.

For every page with an expected result (``tests/pages/*.json``, and the case study) it prints
- paragraph recall: share of the expected body paragraphs found as body lines;
- character recall: the same, weighted by paragraph length;
- precision: share of the extracted body's characters that belong to expected paragraphs;
- leftovers: extracted body lines that are not expected paragraphs (boilerplate left over);
- title / date / author: whether each equals the expected value;
- speed: milliseconds per page, against the plain parsing it builds on (selectolax's text of the page
  for HTML, `textkit.normalize` for plain text), measured in the same run.

Run: .venv/bin/python benchmarks/clean.py
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

import textkit
from textkit.preprocessing import extract_article

PAGES = Path(__file__).resolve().parents[1] / "tests" / "pages"


def best_time(func: Callable[[], object], repeat: int = 5, number: int = 20) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            func()
        best = min(best, (time.perf_counter() - start) / number)
    return best


def main() -> None:
    rows = []
    for spec_path in sorted(PAGES.glob("*.json")):
        spec = json.loads(spec_path.read_text(encoding="utf-8"))
        if spec_path.stem == "case_study":
            text = textkit.load_case_study().original
        else:
            text = (PAGES / spec["page"]).read_text(encoding="utf-8")
        article = extract_article(text)
        expected = spec["body"]
        got = article.paragraphs
        got_set, expected_set = set(got), set(expected)
        found = [p for p in expected if p in got_set]
        leftovers = [p for p in got if p not in expected_set]
        exp_chars = sum(len(p) for p in expected)
        got_chars = sum(len(p) for p in got)
        is_html = article.source == "html"

        def baseline(text: str = text, is_html: bool = is_html) -> object:
            if is_html:
                return LexborHTMLParser(text).body.text()  # type: ignore[union-attr]
            return textkit.normalize(text)

        ours = best_time(lambda text=text: extract_article(text))
        plain = best_time(baseline)
        rows.append(
            (
                spec_path.stem,
                len(text),
                len(found) / len(expected),
                sum(len(p) for p in found) / exp_chars,
                (got_chars - sum(len(p) for p in leftovers)) / got_chars if got_chars else 0.0,
                leftovers,
                (article.title == spec["title"], article.date == spec["date"], article.author == spec["author"]),
                ours * 1000,
                ours / plain,
            )
        )
    header = (
        f"{'page':<18}{'chars':>7}{'par.rec':>9}{'char.rec':>9}{'prec':>7}{'left':>6}  t/d/a   {'ms':>7}{'×plain':>8}"
    )
    print(header)
    print("-" * len(header))
    for name, size, par_rec, char_rec, prec, left, (t, d, a), ms, ratio in rows:
        flags = "".join("✓" if ok else "✗" for ok in (t, d, a))
        scores = f"{par_rec:>9.3f}{char_rec:>9.3f}{prec:>7.3f}{len(left):>6}"
        print(f"{name:<18}{size:>7}{scores}  {flags}   {ms:>7.2f}{ratio:>8.1f}")
        for line in left:
            print(f"{'':<18}left over: {line[:60]}")
    total_ms = sum(r[7] for r in rows)
    total_chars = sum(r[1] for r in rows)
    speed = total_chars / total_ms
    print(f"\n{len(rows)} pages, {total_chars:,} characters: {total_ms:.1f} ms in all, {speed:,.0f} chars/ms")
    print("×plain: time of extract_article over selectolax's text() (HTML) or textkit.normalize (plain text).")


if __name__ == "__main__":
    main()
