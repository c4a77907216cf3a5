"""Body recall and leaks of `textkit.extract_article` on written pages with and without boilerplate.

Pages (``tests/pages/written/``, all written for textkit, see its README):

- ``before/``: written before the extractor was changed for issue 17 (used while changing it);
- ``after/``: written after the code was done and never tuned on.

A page whose name starts with ``prose_`` has no boilerplate at all (interviews, lists, timelines, dialogue, Q&A,
poems, recipes ...); ``furn_`` pages carry page furniture (portals, blogs, forums, WeChat reposts, notices).
A ``.txt`` page is annotated line by line: ``B`` body, ``F`` furniture, ``T`` title (neither), blank lines as
they are; the page is the text after the two-character mark. An ``.html`` page has its annotations in a ``.gold``
file next to it, in the same form.

It prints, per set:
- body recall: share of the ``B`` lines found among the article's body lines;
- leaks: ``F`` lines kept in the body (furniture left over);
- unknown: body lines that are neither (the gold does not know them; should be 0).

and the same on the news pages (the five HTML news pages among the test fixtures, each also as the plain-text dump
`textkit.preprocessing.strip_html` renders from it), where leaks count the fixture's boilerplate strings found in the
body. Targets (issue 17): recall >= 0.99 on pages without boilerplate, 0 leaks on news pages.

Run: .venv/bin/python benchmarks/extract.py
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from textkit.preprocessing import extract_article, strip_html

PAGES = Path(__file__).resolve().parents[1] / "tests" / "pages"
WRITTEN = PAGES / "written"
#: HTML news pages imitating real sites (their layout, with invented text), each with its spec or gold.
NEWS_PAGES = (
    "html_page.html",
    "university_news.html",
    "wire_news.html",
    "written/before/furn_people_like.html",
    "written/before/furn_html_list_news.html",
)


def squash(text: str) -> str:
    """A line compared without its whitespace."""
    return re.sub(r"\s+", "", text)


@dataclass
class Page:
    """A written page and its gold lines."""

    name: str
    text: str
    body: list[str] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)
    title: str | None = None

    @property
    def prose(self) -> bool:
        return self.name.startswith("prose_")


def parse_gold(lines: list[str]) -> tuple[list[str], list[str], list[str | None]]:
    body: list[str] = []
    furniture: list[str] = []
    titles: list[str | None] = []
    for raw in lines:
        if not raw.strip():
            continue
        mark, text = raw[:1], raw[2:]
        if mark == "B":
            body.append(text)
        elif mark == "F":
            furniture.append(text)
        elif mark == "T":
            titles.append(text)
        else:
            raise ValueError(f"unknown mark {mark!r} in {raw!r}")
    return body, furniture, titles


def load_page(path: Path) -> Page:
    """A written page: its text and gold lines."""
    if path.suffix == ".html":
        gold = path.with_suffix(".gold").read_text(encoding="utf-8").splitlines()
        text = path.read_text(encoding="utf-8")
    else:
        gold = path.read_text(encoding="utf-8").splitlines()
        text = "\n".join(raw[2:] for raw in gold)
    body, furniture, titles = parse_gold(gold)
    return Page(path.stem, text, body, [f for f in furniture if f], titles[0] if titles else None)


def load_set(folder: str) -> list[Page]:
    """The pages of ``written/<folder>``, by name."""
    paths = sorted(p for p in (WRITTEN / folder).iterdir() if p.suffix in (".txt", ".html"))
    return [load_page(p) for p in paths]


@dataclass
class Score:
    """Counts over pages."""

    pages: int = 0
    body: int = 0
    found: int = 0
    furniture: int = 0
    leaks: int = 0
    unknown: int = 0
    misses: list[str] = field(default_factory=list)
    leaked: list[str] = field(default_factory=list)
    unknowns: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.body if self.body else 1.0


def score_page(page: Page, score: Score) -> None:
    """Add one page's counts to ``score``."""
    article = extract_article(page.text)
    kept = [squash(p) for p in article.paragraphs]
    # Lines are matched by text and counted: a signature "某市教育局" in the body and the same words as the site's
    # logo are two lines, and only a second copy in the body is a leak.
    left = Counter(kept)
    gold_body = {squash(b) for b in page.body}
    gold_furniture = {squash(f) for f in page.furniture}
    title = {squash(page.title)} if page.title else set()
    score.pages += 1
    score.body += len(page.body)
    score.furniture += len(page.furniture)
    for line in page.body:
        if left[squash(line)] > 0:
            left[squash(line)] -= 1
            score.found += 1
        else:
            score.misses.append(f"{page.name}: {line}")
    for line in page.furniture:
        if left[squash(line)] > 0:
            left[squash(line)] -= 1
            score.leaks += 1
            score.leaked.append(f"{page.name}: {line}")
    for line in kept:
        if line not in gold_body | gold_furniture | title:
            score.unknown += 1
            score.unknowns.append(f"{page.name}: {line}")


def score_pages(pages: list[Page]) -> Score:
    score = Score()
    for page in pages:
        score_page(page, score)
    return score


def news_scores() -> dict[str, Score]:
    """Recall and leaks on the news pages, as HTML and as the text dump rendered from it."""
    out = {"html": Score(), "text dump": Score()}
    for name in NEWS_PAGES:
        path = PAGES / name
        if path.with_suffix(".json").exists():
            spec = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
            html = path.read_text(encoding="utf-8")
            body, strings = spec["body"], spec["boilerplate"]
        else:
            page = load_page(path)
            html, body, strings = page.text, page.body, page.furniture
        for kind, text in (("html", html), ("text dump", strip_html(html))):
            article = extract_article(text)
            kept = {squash(p) for p in article.paragraphs}
            score = out[kind]
            score.pages += 1
            score.body += len(body)
            score.found += sum(squash(b) in kept for b in body)
            score.misses += [f"{name}: {b}" for b in body if squash(b) not in kept]
            score.furniture += len(strings)
            squashed_body = squash(article.body)
            leaked = [s for s in strings if squash(s) in squashed_body]
            score.leaks += len(leaked)
            score.leaked += [f"{name} ({kind}): {s}" for s in leaked]
    return out


def main() -> None:
    rows: list[tuple[str, Score]] = []
    for folder in ("before", "after"):
        pages = load_set(folder)
        rows.append((f"{folder}: no boilerplate", score_pages([p for p in pages if p.prose])))
        rows.append((f"{folder}: with furniture", score_pages([p for p in pages if not p.prose])))
    for kind, score in news_scores().items():
        rows.append((f"news pages ({kind})", score))
    print(f"{'set':<28} {'pages':>5} {'body':>5} {'recall':>7} {'furniture':>9} {'leaks':>5} {'unknown':>7}")
    for label, s in rows:
        print(f"{label:<28} {s.pages:>5} {s.body:>5} {s.recall:>7.3f} {s.furniture:>9} {s.leaks:>5} {s.unknown:>7}")
    for label, s in rows:
        for kind, items in (("missed", s.misses), ("leaked", s.leaked), ("unknown", s.unknowns)):
            for item in items:
                print(f"  [{label}] {kind}: {item}")


if __name__ == "__main__":
    main()
