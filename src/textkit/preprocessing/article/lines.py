"""Line evidence: each line of a page, its shape, and the furniture category its own text shows."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ...lang_zh import NUMBERED_HEADING_RE, PLACES, fold_traditional
from ..normalization import normalize_width
from ..scrub import PHONE_RE, URL_RE
from . import rules


@dataclass
class Line:
    """One non-empty line of a page, with the evidence about it."""

    index: int  # position among the non-empty lines
    number: int  # line number in the (rendered) input, 1-based
    text: str  # whitespace-normalised text, as output
    norm: str  # width-normalised text used for matching
    chars: int  # characters other than spaces
    words: int  # Han characters, letters and digits
    punct: int  # sentence punctuation marks
    link_ratio: float = 0.0
    zone: str | None = None
    tag: str = ""
    reason: str | None = None  # a pattern's reason (strong evidence of boilerplate)
    listy: bool = False  # a space-separated list of short words (menu, place names)
    weak: bool = False  # the reason rests on words that prose uses too (see `rules.WEAK_VOCAB_RE`)
    navlike: bool = False  # very short and without punctuation (a menu item)
    score: float = 0.0

    @property
    def paragraph(self) -> bool:
        """Looks like a sentence-bearing paragraph."""
        return (self.words >= 10 and self.punct >= 1 and self.chars >= 16) or self.words >= 60


def make_line(index: int, number: int, text: str) -> Line:
    """A `Line` for ``text``, with its shape measured on the width-normalised, simplified copy."""
    text = re.sub(r"[ \t]+", " ", text).strip()
    norm = fold_traditional(normalize_width(text))  # one character for one: spans stay valid on ``text``
    compact = norm.replace(" ", "")
    return Line(
        index=index,
        number=number,
        text=text,
        norm=norm,
        chars=len(compact),
        words=len(rules.WORD_RE.findall(norm)),
        punct=len(rules.SENT_PUNCT_RE.findall(URL_RE.sub("", norm))),  # the dots of a web address are not sentences
    )


def _is_listy(line: Line) -> bool:
    tokens = line.norm.split()
    if len(tokens) < 3 or line.punct:
        return False
    return max(len(t) for t in tokens) <= 8 and sum(len(t) for t in tokens) / len(tokens) <= 5


def _is_share_words(norm: str) -> bool:
    tokens = [t for t in re.split(r"[\s|｜/、,，]+", norm) if t]
    return len(tokens) >= 2 and all(t in rules.SHARE_WORDS for t in tokens)


def is_byline(line: Line) -> bool:
    """A short line of publication facts: author/source/date/views fields, or a bare date."""
    if line.chars > 120 or (line.paragraph and line.punct >= 3):
        return False
    return bool(rules.BYLINE_FIELD_RE.search(line.norm)) or is_date_line(line)


def is_date_line(line: Line) -> bool:
    """A short line that is mostly a date: ``2023-12-21 10:30``, ``原创 张三 某公众号 2023-09-12``."""
    norm = line.norm
    if line.chars > 80 or norm.endswith(("。", "；", ";", "，", ",")):
        return False
    date = rules.DATE_RE.search(norm)
    if date is None:
        return False
    rest = rules.TIME_RE.sub("", rules.DATE_RE.sub("", norm))
    # A date with little else around it: "2023-12-21 10:30", "原创 张三 某公众号 2023-09-12 发表于北京".
    return len(rules.HAN_RE.findall(rest)) <= 16 and line.punct <= 1


def _pattern_reason(line: Line) -> str | None:
    """The boilerplate category a line's own text shows, or None. Long paragraphs never get one."""
    norm = line.norm.strip()
    n = line.chars
    if n == 0:
        return None
    sentence = line.paragraph and line.punct >= 2 and n > 40
    if rules.IMAGE_FILE_RE.match(norm):
        return "image file"
    if n <= 160 and rules.PROMO_RE.search(norm):
        return "advertisement"
    if sentence:
        if n <= 200 and rules.DISCLAIMER_RE.search(norm):
            return "copyright"
        if n <= 160 and rules.COPYRIGHT_RE.search(norm) and line.punct <= 4:
            # "转载请注明出处，谢谢。" under an article; "这本书的版权归出版社所有" in a story.
            line.weak = not rules.COPYRIGHT_SENTENCE_RE.search(norm)
            return "copyright"
        return None
    if rules.END_MARK_RE.match(norm):
        return "end marker"
    if rules.PREV_NEXT_RE.match(norm) and (rules.PREV_NEXT_KEY_RE.match(norm) or (n <= 40 and line.punct <= 1)):
        return "prev/next link"  # "上一篇：标题", not "上一篇文章我们讲了……，这一篇继续讲……"
    if rules.PAGER_RE.match(norm):
        return "pager"
    if rules.COPYRIGHT_RE.search(norm):
        # A sentence that says only whose copyright something is, and not the page's, is doubtful too.
        others = line.punct >= 1 and not rules.OWN_COPYRIGHT_RE.search(norm)
        others = others and rules.COPYRIGHT_RE.search(norm.replace("版权归", "")) is None
        line.weak = (line.punct >= 2 or others) and not rules.COPYRIGHT_SENTENCE_RE.search(norm)
        return "copyright"
    # A sentence ("记者：您是哪一年来的？") is not furniture whatever field name it starts with.
    shaped = not rules.SENTENCE_END_RE.search(norm)
    if n <= 60 and rules.QR_RE.search(norm):
        # "扫码关注我们" is a prompt; "请家长扫码填写回执" uses the same word in an instruction.
        line.weak = not rules.QR_RE.search(rules.WEAK_VOCAB_RE.sub("", norm))
        return "QR-code prompt" if shaped or not line.weak else None
    if n <= 30 and rules.WEAK_VOCAB_RE.search(norm) and shaped:
        line.weak = True
        return "copyright"  # "以上内容仅供参考" under an article, or a route "仅供参考" in a notice
    if n <= 40 and rules.TAG_LINE_RE.match(norm):
        return "navigation"
    if rules.NAV_WORD_RE.match(norm) or rules.BREADCRUMB_RE.search(norm):
        return "navigation"
    tokens = [t for t in re.split(r"[\s|｜]+", norm) if t]
    if len(tokens) >= 3 and line.punct == 0 and n <= 80 and any(rules.NAV_WORD_RE.match(t) for t in tokens):
        return "navigation"  # a menu bar: "首页 | 产品 | 关于我们"
    if len(rules.CRUMB_SEP_RE.findall(norm)) >= 2 and n <= 80 and line.punct == 0:
        # "新闻中心 > 国内 > 正文" is a breadcrumb; "设置 > 通用 > 关于本机" may be a path in a how-to.
        line.weak = not rules.CRUMB_WORD_RE.search(norm)
        return "navigation"
    if n <= 60 and (rules.SHARE_RE.match(norm) or _is_share_words(norm)):
        return "share bar"
    if n <= 30 and rules.CALL_TO_ACTION_RE.search(norm):
        line.weak = True  # "喜欢就点个赞吧" under a post; "一定要给他点个赞" in a story
        return "share bar"
    if n <= 40 and rules.PAGE_TOOL_RE.match(norm):
        return "page tool"
    if n <= 40 and rules.COUNTER_ONLY_RE.match(norm.replace(" ", "")):
        # "阅读 233", "点赞 收藏 分享" are counters; a lone word ("评论") may be an essay's heading.
        line.weak = n <= 2 and not any(c.isdigit() for c in norm)
        return "counter"
    if n <= 60 and rules.IMAGE_CAPTION_RE.match(norm):
        return "image caption"
    # Addresses and phone numbers sit in a company page's header and footer, and in a notice's own text:
    # they are cut at the page's edges only.
    if rules.ADDRESS_RE.match(norm):
        line.weak = True
        return "address"
    if PHONE_RE.search(norm) and (n <= 30 or rules.PHONE_KEY_RE.match(norm)):
        line.weak = True
        return "phone number"
    if n <= 40 and rules.FLOOR_RE.match(norm) and shaped:
        return "comment"
    if not shaped:
        return None
    if rules.BYLINE_FIELD_RE.search(norm) and not (line.paragraph and line.punct >= 3) and n <= 120:
        return "byline"
    if rules.FIELD_LABEL_RE.match(norm) and not rules.CREDIT_RE.match(norm):
        return None  # "时间：2023年5月6日晚7点" is a field of the minutes or notice, not a byline
    if is_date_line(line) or rules.RELATIVE_TIME_RE.match(norm):
        return "date line"
    if (n <= 80 and rules.CREDIT_RE.match(norm)) or rules.CREDIT_HEAD_RE.match(norm):
        return "credit"
    if n <= 30 and rules.COUNTER_RE.search(norm) and line.punct == 0:
        return "counter"
    return None


def classify_lines(lines: list[Line]) -> None:
    """Give every line its own evidence: pattern reason, list shape, score."""
    for line in lines:
        line.reason = _pattern_reason(line)
        if line.reason is None and line.tag == "figcaption" and line.chars <= 80:
            line.reason = "image caption"
        line.listy = line.reason is None and _is_listy(line)
        line.navlike = (
            line.reason in (None, "navigation")
            and line.chars <= 8
            and line.punct == 0
            and not line.norm.rstrip().endswith(("：", ":"))  # "做法：" introduces a list
            and not NUMBERED_HEADING_RE.match(line.norm)
        )
    # Two or more dated lines in a row, each saying what happened, are a timeline, not a byline.
    for a, b in runs(lines, lambda ln: ln.reason == "date line" and _dated_event(ln)):
        if b > a:
            for k in range(a, b + 1):
                lines[k].reason = None
    # A single capital letter before a province ("A 安徽") is an index line of a place list.
    for line in lines:
        if re.fullmatch(r"[A-Z]\s+\S{2,4}", line.norm):
            line.listy = True
    for line in lines:
        if line.reason is not None:
            line.score = -3.0 if line.weak else rules.WEAK_REASONS.get(line.reason, rules.STRONG)
        elif line.listy or line.link_ratio >= 0.7:
            line.score = -max(10.0, float(line.chars))
        elif line.zone is not None:
            line.score = 0.0 if line.paragraph else rules.STRONG
        elif line.paragraph:
            line.score = float(line.chars)
        else:
            line.score = -3.0


def _dated_event(line: Line) -> bool:
    """A date followed by what happened on it ("2023年6月15日 完成设计方案"), not a time or a name."""
    rest = rules.TIME_RE.sub("", rules.DATE_RE.sub("", line.norm, count=1))
    return rules.DATE_RE.match(line.norm.strip()) is not None and len(rules.HAN_RE.findall(rest)) >= 3


def runs(lines: list[Line], pred: Any) -> list[tuple[int, int]]:
    """Maximal runs [start, end] of consecutive lines satisfying ``pred``."""
    out: list[tuple[int, int]] = []
    start = None
    for i, line in enumerate(lines):
        if pred(line):
            if start is None:
                start = i
        elif start is not None:
            out.append((start, i - 1))
            start = None
    if start is not None:
        out.append((start, len(lines) - 1))
    return out


def has_place(line: Line) -> bool:
    """Whether one of the line's space-separated words is a province, a large city or a place name."""
    tokens = [t for t in re.split(r"\s+", line.norm) if t]
    return any(t in PLACES or rules.PLACE_SUFFIX_RE.match(t) for t in tokens)
