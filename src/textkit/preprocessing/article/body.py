"""Choosing the body: the densest run of paragraph lines, widened over its short lines, before the end sections."""

from __future__ import annotations

import re

from . import rules
from .lines import Line, is_byline, runs
from .metadata import breadcrumb_title, html_title, title_candidate


def best_segment(scores: list[float], lo: int, hi: int) -> tuple[float, int, int]:
    """Maximum-sum segment of ``scores[lo:hi+1]`` (Kadane), the earliest among equals."""
    best, best_lo, best_hi = float("-inf"), lo, lo - 1
    run, run_lo = 0.0, lo
    for i in range(lo, hi + 1):
        if run <= 0:
            run, run_lo = scores[i], i
        else:
            run += scores[i]
        if run > best:
            best, best_lo, best_hi = run, run_lo, i
    return best, best_lo, best_hi


def select_body(lines: list[Line], meta: dict[str, str] | None) -> tuple[set[int], int | None, list[int]]:
    """Choose the body lines; return them with the title line and byline lines (indices).

    Three phases: mark the sections that end an article (comments, related links), find the title and the
    byline above the densest text, then take the dense blocks between the byline and the end sections.
    """
    scores = [line.score for line in lines]
    stop = _mark_end_sections(lines, scores)
    title_idx, byline_idx = _title_and_byline(lines, scores, meta)
    floor = title_idx + 1 if title_idx is not None else 0
    if byline_idx:
        floor = max(floor, max(byline_idx) + 1)
    return _dense_blocks(lines, scores, floor, stop), title_idx, byline_idx


def _mark_end_sections(lines: list[Line], scores: list[float]) -> int:
    """Mark a comment section and related-link lists (``zone``, score), and return where the comments start.

    A comment heading counts once the densest text has begun, so that a menu item "评论" above the article
    starts nothing.
    """
    n = len(lines)
    _, article_start, _ = best_segment(scores, 0, n - 1)
    stop = n
    zone_reason: dict[int, str] = {}
    for i, line in enumerate(lines):
        if i <= article_start or line.chars > 30:
            continue
        head = rules.COMMENT_HEAD_RE.match(line.norm.replace(" ", ""))
        if head and line.norm.strip() in rules.BARE_COMMENT_HEADS and not _comments_follow(lines, i):
            continue  # a heading "评论" over an essay's own paragraphs
        if head or line.reason == "comment":  # or "2楼 网友"
            for j in range(i, n):
                if lines[j].zone is None or lines[j].zone == "comment":  # markup knows better (a sidebar)
                    zone_reason[j] = "comment"
            stop = min(stop, i)
            break
    for i, line in enumerate(lines):
        related = rules.RELATED_HEAD_RE.match(line.norm)
        if line.chars > 40 or i in zone_reason or not related:
            continue
        rest = line.norm[related.end() :].strip()
        if rest and not rules.MORE_RE.match(rest) and not re.search(r"[:：】\]]", related.group(0)):
            continue  # "排行榜前五名如下：" starts a sentence, not a list of links
        if len(rules.SENT_PUNCT_RE.findall(rest)) >= 2:
            continue  # "推荐阅读：《活着》，这本书……，值得一读。" recommends in a sentence
        zone_reason[i] = "link list"
        if len(rest) >= 6:  # "相关阅读:某条标题" is one link, not a list header
            continue
        for j in range(i + 1, n):
            nxt = lines[j]
            if (nxt.paragraph and nxt.chars >= 40 and nxt.punct >= 2) or is_byline(nxt) or j in zone_reason:
                break
            zone_reason[j] = "link list"
    for i, reason in zone_reason.items():
        lines[i].zone = reason
        scores[i] = rules.STRONG
    # Inside a comment section every line is part of a comment (names, dates, "回复" links).
    for i, line in enumerate(lines):
        if line.zone == "comment" and line.reason not in (None, "copyright"):
            line.reason = None
            scores[i] = rules.STRONG
    return stop


def _comments_follow(lines: list[Line], i: int) -> bool:
    """Whether the lines after a bare "评论" heading look like comments: a poster's time, a floor, "回复"."""
    for line in lines[i + 1 : i + 5]:
        norm = line.norm.strip()
        if line.zone == "comment" or line.reason == "comment" or norm in ("回复", "举报", "回复 举报"):
            return True
        if not line.paragraph and (
            rules.DATE_RE.search(norm) or rules.TIME_RE.search(norm) or rules.RELATIVE_TIME_RE.match(norm)
        ):
            return True
    return False


def _title_and_byline(
    lines: list[Line], scores: list[float], meta: dict[str, str] | None
) -> tuple[int | None, list[int]]:
    """The title line and the byline lines: the byline nearest above the dense block, the title just above it."""
    n = len(lines)
    _, seg_lo, _ = best_segment(scores, 0, n - 1)
    title_idx: int | None = None
    byline_idx: list[int] = []
    header_reasons = (*rules.BYLINE_LIKE, "share bar", "counter", "page tool")
    # Bylines that can anchor a title name a field or an absolute date ("3小时前" under a user name does not).
    anchors = [
        i
        for i, line in enumerate(lines)
        if line.reason in rules.BYLINE_LIKE and not rules.RELATIVE_TIME_RE.match(line.norm)
    ]
    candidates = [i for i in anchors if i <= seg_lo + 1] or [i for i in anchors if i < n // 2 + 1]
    for b in reversed(candidates):
        j = b - 1
        while j >= 0 and lines[j].reason in header_reasons:
            j -= 1
        if j >= 0 and title_candidate(lines[j]):
            above = lines[j - 1] if j >= 1 else None
            if (
                above is not None
                and lines[j].chars <= 12
                and lines[j].punct == 0
                and title_candidate(above)
                and not above.navlike
                and above.chars > lines[j].chars
            ):
                # "title / account name / date": a short name between a longer line and the date is a byline.
                lines[j].reason = "byline"
                j -= 1
            title_idx = j
            k = b
            while k < n and lines[k].reason in header_reasons:
                k += 1
            byline_idx = [m for m in range(j + 1, k) if lines[m].reason in rules.BYLINE_LIKE]
            break
    if title_idx is None:
        title_idx = _title_under_byline(lines, candidates, seg_lo, header_reasons)
    if meta is not None:
        marked = html_title(meta)
        if marked:
            matches = [i for i, line in enumerate(lines) if line.text == marked]
            if matches and (title_idx is None or lines[title_idx].text != marked):
                near = title_idx if title_idx is not None else 0
                title_idx = min(matches, key=lambda i: (abs(i - near), i))
    if title_idx is None:
        title_idx = breadcrumb_title(lines)
    return title_idx, byline_idx


def _title_under_byline(
    lines: list[Line], anchors: list[int], seg_lo: int, header_reasons: tuple[str, ...]
) -> int | None:
    """A title right under the byline ("原创 小满 慢读书 2023-09-12" then the title), above the first paragraph."""
    for b in anchors:
        j = b + 1
        while j < len(lines) and lines[j].reason in header_reasons:
            j += 1
        if j > seg_lo or j + 1 >= len(lines):
            continue
        line, nxt = lines[j], lines[j + 1]
        if title_candidate(line) and not line.paragraph and line.punct <= 1 and nxt.paragraph and nxt.reason is None:
            return j
    return None


def _dense_blocks(lines: list[Line], scores: list[float], floor: int, stop: int) -> set[int]:
    """The body: the densest block of ``lines[floor:stop]`` and further dense blocks, each widened."""
    best, lo, hi = best_segment(scores, floor, stop - 1) if floor < stop else (float("-inf"), floor, floor - 1)
    body: set[int] = set()
    if best <= 0:
        # No paragraph: keep every line that shows no sign of boilerplate (nor sits in a run of menu items).
        menu = {k for a, b in runs(lines, lambda ln: ln.navlike) if b - a + 1 >= 3 for k in range(a, b + 1)}
        for i in range(floor, stop):
            if lines[i].reason is None and not lines[i].listy and lines[i].zone is None and i not in menu:
                body.add(i)
        return body

    blocks = [(lo, hi)]
    # Further dense blocks (an article split by an advertisement or a picture) are kept too.
    # ... but not past what closes an article (prev/next links, copyright, an END mark, credits).
    end = next((i for i in range(hi + 1, stop) if lines[i].reason in rules.CLOSING_REASONS and not lines[i].weak), stop)
    pending = [(floor, lo - 1), (hi + 1, end - 1)]
    while pending:
        a, b = pending.pop()
        if a > b:
            continue
        s, x, y = best_segment(scores, a, b)
        if s >= max(40.0, 0.1 * best) and any(lines[k].paragraph and lines[k].reason is None for k in range(x, y + 1)):
            blocks.append((x, y))
            pending += [(a, x - 1), (y + 1, b)]
    for x, y in blocks:
        x, y = _widen(lines, x, y, floor, stop)
        body.update(range(x, y + 1))
    return body


def _widen(lines: list[Line], lo: int, hi: int, floor: int, stop: int) -> tuple[int, int]:
    """Grow a dense block over neighbouring lines that show no sign of boilerplate."""

    def neutral(i: int) -> bool:
        line = lines[i]
        if line.reason == "date line" and i > hi:  # the date under a signed letter or notice
            return True
        # A sentence whose furniture words prose uses too ("这首歌的版权归唱片公司所有。") does not stop the article.
        doubtful = line.weak and rules.SENTENCE_END_RE.search(line.norm) is not None
        if (line.reason is not None and not doubtful) or line.listy or line.zone is not None or line.link_ratio >= 0.7:
            return False
        if not line.navlike:
            return True
        # A very short line is kept unless it belongs to a run of three or more (a menu) that no line
        # ending in a colon introduces ("做法：", "排行榜前五名如下：" are followed by their items).
        a = i
        while a - 1 >= 0 and lines[a - 1].navlike:
            a -= 1
        b = i
        while b + 1 < len(lines) and lines[b + 1].navlike:
            b += 1
        return b - a + 1 < 3 or introduced(a)

    def introduced(a: int) -> bool:
        if a == 0:
            return False
        intro = lines[a - 1]
        return intro.reason is None and intro.zone is None and intro.norm.rstrip().endswith(("：", ":"))

    def picture(i: int) -> bool:  # a picture or player inside the article: step over it if text follows
        return lines[i].reason in ("image file", "image caption", "page tool")

    while True:
        if lo - 1 >= floor and neutral(lo - 1):
            lo -= 1
        elif lo - 2 >= floor and picture(lo - 1) and neutral(lo - 2):
            lo -= 2
        else:
            break
    while True:
        if hi + 1 < stop and neutral(hi + 1):
            hi += 1
        elif hi + 2 < stop and picture(hi + 1) and neutral(hi + 2):
            hi += 2
        else:
            break
    return lo, hi
