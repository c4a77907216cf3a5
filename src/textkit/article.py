"""Extracting the article from a scraped web page: title, date, author, body, and what was dropped.

Text collected from the web carries the page around the article: menus and
breadcrumbs, lists of cities, phone numbers, bylines, share bars, image file
names, link lists, comments, previous/next links and copyright lines.
`extract_article` separates the article from that boilerplate using evidence
from each line and its neighbours, not a list of known strings:

* line shape: length, punctuation, runs of short lines, space-separated lists of
  short words (menus, place names), the share of link text (HTML);
* generic patterns of page furniture (``作者:``, ``阅读:417``, ``分享到``,
  ``上一篇``, ``ICP备``, ``xxx.jpg``, phone numbers ...), only on short lines;
* position: the body is the densest run of paragraph lines (a maximum-sum
  segment of per-line scores), widened over its short lines (headings, one-line
  paragraphs); it starts after the title and byline, and stops before a comment
  section or a related-links list;
* structure for the metadata: the title is the line before the byline (or the
  ``<h1>`` / ``<title>`` of an HTML page), the date and author come from the byline;
* HTML markup adds evidence: ``<nav>``/``<aside>``/``<footer>`` and class or id
  words (``nav``, ``comment``, ``share``, ``related`` ...), link density, ``<figcaption>``.

Patterns are matched on a width-normalised copy of each line in which the
traditional forms of the marker words are mapped to simplified ones, so Taiwan and
Hong Kong pages are read too; the body keeps the page's own characters. When in
doubt a line is kept (a page with no paragraph at all keeps every line that shows
no sign of furniture). Every dropped line is recorded in
`Article.removed` with a readable reason, so the cleaning can be audited.
"""

from __future__ import annotations

import datetime
import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from .clean import _URL, _html_lines, looks_like_html, normalize, normalize_width
from .errors import check_choice, check_text

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["REASONS", "Article", "BodyLine", "Removed", "extract_article"]

logger = logging.getLogger(__name__)

#: The reasons `extract_article` gives for a removed line, in the order a page usually has them.
REASONS = (
    "place-name list",
    "navigation",
    "phone number",
    "address",
    "title",
    "byline",
    "date line",
    "counter",
    "share bar",
    "page tool",
    "QR-code prompt",
    "image file",
    "image caption",
    "credit",
    "end marker",
    "link list",
    "prev/next link",
    "comment",
    "sidebar",
    "advertisement",
    "footer",
    "copyright",
    "short line outside body",
    "text outside body",
)


class Removed(NamedTuple):
    """A line that `extract_article` dropped, and why.

    Attributes:
        line: The line's number (1-based) in the input text; for HTML, in the text
            rendered from it (`textkit.clean.strip_html`).
        text: The line, with its whitespace normalised.
        reason: One of `REASONS`, e.g. ``"navigation"`` or ``"byline"``.
    """

    line: int
    text: str
    reason: str


class BodyLine(NamedTuple):
    """A body paragraph and the number of the line it came from (as in `Removed`)."""

    line: int
    text: str


@dataclass(frozen=True)
class Article:
    r"""An article extracted from a web page.

    Attributes:
        title: The title, or ``None`` when the page shows none by its structure.
        date: The publication date as ``YYYY-MM-DD``, or ``None``.
        author: The author named in the byline (``作者:`` ...) or HTML metadata, or ``None``.
        body: The article's paragraphs in order, one per line (headings inside the
            article included), as the page wrote them with whitespace normalised.
        removed: Every non-empty line that is not in ``body``, with its reason
            (the title and byline lines included), in page order.
        body_lines: The body paragraphs with their line numbers.
        source: ``"html"`` or ``"text"``: how the input was read.

    Example:
        >>> page = "\n".join(["首页 > 新闻", "抖音电商的增量价值", "作者:小王 2023-12-21",
        ...                  "抖音的增量价值就是让用户寻找信息更高效,这是抖音电商的基础。"])
        >>> article = extract_article(page)
        >>> article.title, article.date, article.author
        ('抖音电商的增量价值', '2023-12-21', '小王')
        >>> [r.reason for r in article.removed]
        ['navigation', 'title', 'byline']
    """

    title: str | None
    date: str | None
    author: str | None
    body: str
    removed: tuple[Removed, ...]
    body_lines: tuple[BodyLine, ...]
    source: Literal["text", "html"] = "text"

    @property
    def paragraphs(self) -> list[str]:
        """The body's paragraphs as a list."""
        return [line.text for line in self.body_lines]

    def removed_frame(self) -> pd.DataFrame:
        """The removed lines as a DataFrame with columns ``line``, ``reason``, ``text``."""
        import pandas as pd

        return pd.DataFrame(
            {
                "line": [r.line for r in self.removed],
                "reason": [r.reason for r in self.removed],
                "text": [r.text for r in self.removed],
            }
        )


# ------------------------------------------------------------------------------------------
# Line evidence
# ------------------------------------------------------------------------------------------

# Traditional characters of the words that mark page furniture, mapped one to one to simplified ones so that
# the patterns below also read Taiwan and Hong Kong pages (matching only: output keeps the page's text).
_T2S = str.maketrans(
    "閱讀來編輯責記發佈時間點擊瀏覽關評論轉載權圖維碼掃網頁條則熱門薦讚複製鏈結單號備區縣廣東陝遼龍寧蘇臺灣註冊錄聞訊導現攝簡歡訪問題標籤類"
    "聯繫電話傳郵址頭條導讀延伸們這為個來說會對與後於從應該開關閉頁碼興趣擊數隱私條款報導稿員審核訂閱熱門榜單網站聲明版權轉發送讚賞"
    "上頁筆記錄標記錄製訊息喜歡收藏評價贊覽",
    "阅读来编辑责记发布时间点击浏览关评论转载权图维码扫网页条则热门荐赞复制链结单号备区县广东陕辽龙宁苏台湾注册录闻讯导现摄简欢访问题标签类"
    "联系电话传邮址头条导读延伸们这为个来说会对与后于从应该开关闭页码兴趣击数隐私条款报导稿员审核订阅热门榜单网站声明版权转发送赞赏"
    "上页笔记录标记录制讯息喜欢收藏评价赞览",
)
_HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORD_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffA-Za-z0-9]")
# Punctuation that sits inside running sentences (colons are left out: labels use them).
_SENT_PUNCT_RE = re.compile(r"[，。！？；、,!?;…“”\"]|\.(?!\d)")
_END_PUNCT = tuple('。！？!?…”"')

_DATE_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?!\d)\s*日?")
_TIME_RE = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
_PHONE_RE = re.compile(
    r"(?<![\d.])(?:(?:\+?86[-\s]?)?1[3-9]\d(?:[-\s]?\d{4}){2}|(?:\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3}[-\s])\s?\d{7,8}"
    r"|[48]00[-\s]?\d{3}[-\s]?\d{4})(?![\d.])"
)
_KEY = r"\s*[:：/｜|]"

# Byline fields: who wrote it, where it comes from, when, how often it was read.
_BYLINE_KEYS = (
    r"作者|文|撰文|记者|通讯员|见习记者|特约记者|来源|文章来源|稿源|出处|编辑|责任编辑|责编|编者|原创|发布者|发布人|"
    r"发布时间|发布日期|发表时间|发表于|发布于|发表日期|更新时间|成文日期|IP属地|阅读|浏览|点击|阅读量|浏览量|浏览次数|点击量|点击数|"
    r"访问量|人气|作者简介|字号"
)
_BYLINE_FIELD_RE = re.compile(
    r"^楼主\s|"
    rf"(?:^|\s|[|｜])(?:{_BYLINE_KEYS}){_KEY}|(?:^|\s)(?:发表于|发布于|编辑于|更新于|创建于)\s*(?:\d|\s)|^原创\s"
)
_AUTHOR_RE = re.compile(rf"(?:^|\s|[|｜])(?:作者|本文作者|文|撰文|记者|编者){_KEY}\s*([^\s|｜,，;；:：/]+)")
_WECHAT_AUTHOR_RE = re.compile(
    r"^(?:原创|楼主)\s+(\S+)|记者\s*([\u4e00-\u9fff]{2,4})(?=[／/\s]|$)"
    r"|(?:^|\s)(?:作者|记者|撰文)\s+([^\s|｜,，;；:：/]+)"
)
# Lines that credit the people behind the text (source, lecturer, editor ...): key, slash or colon, value.
_CREDIT_RE = re.compile(
    r"^(?:来源|本文来源|文章来源|转载自|原文|原标题|作者|文|撰文|图|图片|摄影|编辑|责任编辑|责编|编者|审核|审校|校对|"
    r"排版|美编|设计|视觉|出品|出品人|策划|监制|主编|统筹|整理|采访|翻译|编译|授课老师|主讲|讲师|嘉宾|口述|供稿|"
    r"通讯员|记者|本期编辑|执行编辑|值班编辑|运营|本文作者|本文链接|原文链接|文章链接|永久链接|原文地址)\s*[:：/｜|]"
)
# A heading over an author card ("本文作者" then name and bio) and the floor numbers of forum replies.
_CREDIT_HEAD_RE = re.compile(r"^(?:作者|本文作者|作者简介|关于作者|作者介绍|About the author)\s*[:：]?$", re.IGNORECASE)
_FLOOR_RE = re.compile(r"^(?:\d+\s*(?:楼|#|F)|沙发|板凳|地板)(?:\s|$)")
_COUNTER_RE = re.compile(
    r"(?:阅读|浏览|点击|阅读量|浏览量|浏览次数|点击量|访问量|人气|热度|点赞|收藏|在看|赞|喜欢|转发|评论)\s*[:：(（]?\s*\d+"
    r"(?:\.\d+)?\s*[万wk+]?\s*[次人)）]?"
)
_COUNTER_ONLY_RE = re.compile(
    r"^\d*\s*[万wk]?\s*人?(?:赞同了该(?:回答|文章)|人?觉得很赞|人点赞|人已赞)$|"
    r"^(?:(?:阅读|浏览|点击|点赞|收藏|在看|赞同|赞|喜欢|转发|评论|分享|举报|回复|打赏|顶|踩)\s*[:：(（]?\s*\d*\s*[次人)）]?\s*)+$"
)
_SHARE_RE = re.compile(
    r"^(?:分享到|分享至|分享给|一键分享|转发到|分享|share)\s*[:：]?|^[+＋]\s*关注$|^(?:已关注|取消关注)$", re.IGNORECASE
)
_SHARE_WORDS = frozenset(
    {
        "微信",
        "微博",
        "新浪微博",
        "腾讯微博",
        "QQ",
        "QQ空间",
        "朋友圈",
        "豆瓣",
        "复制链接",
        "分享",
        "收藏",
        "点赞",
        "在看",
        "转发",
    }
)
_PAGE_TOOL_RE = re.compile(
    r"^(?:字号\s*[:：]?\s*[大中小\s]+|【?\s*字号|打印本页|打印此页|打印|关闭窗口|关闭|返回顶部|返回首页|返回列表|返回|"
    r"加入收藏|设为首页|收藏本页|返回\S{0,8}[，,]?\s*查看更多|举报\s*/?\s*反馈|举报|反馈|投诉|(?:视频|图片|正在)?加载中\.*|点击(?:加载|查看)更多|查看更多|展开全文|阅读全文|收起|"
    r"查看原图|(?:打开|下载)\S{0,10}(?:APP|App|app|客户端)\S{0,10}|"
    r"(?:【[^】]{0,6}(?:打印|关闭|收藏|返回|大|中|小)[^】]{0,6}】\s*)+|我要纠错|纠错)\s*$"
)
_IMAGE_FILE_RE = re.compile(r"^\S{0,80}\.(?:jpe?g|png|gif|webp|bmp|svg|tiff?)(?:\?\S*)?$", re.IGNORECASE)
_IMAGE_CAPTION_RE = re.compile(
    r"^(?:[▲△↑▼]|(?:题图|封面|配图|图片|图)\s*(?:来自|来源于|由)|(?:图片?来源|图源|题图|封面图?|配图|图片|图|摄影)\s*[:：/｜|]|[(（]\s*图)"
)
_PREV_NEXT_RE = re.compile(
    r"^(?:上一篇|下一篇|上一条|下一条|上一页|下一页|上篇|下篇|前一篇|后一篇|上一则|下一则)\s*[:：]?"
)
_COPYRIGHT_RE = re.compile(
    r"版权所有|版权归|版权声明|copyright|©|\(c\)\s*\d{4}|ICP\s*[备证]|公网安备|网安备|all rights reserved|"
    r"免责声明|转载请注明|未经(?:授权|许可)|禁止转载|如有侵权|侵权请|侵删|powered by|网站地图|技术支持\s*[:：]|"
    r"主办单位|承办单位|^主办\s*[:：]|网站标识码|^(?:[\u4e00-\u9fff]{0,6})声明\s*[:：]|系转载|不代表本(?:站|网|平台)|"
    r"仅供参考|转载请|未经.{0,6}(?:授权|许可|同意)|^本文由.{0,30}(?:原创|发布|授权|首发)",
    re.IGNORECASE,
)
# Disclaimers written as sentences: recognised whatever their length and punctuation.
_DISCLAIMER_RE = re.compile(
    r"如有侵权|侵权请?联系|版权归原作者|仅代表作者本人|不代表本(?:站|网|平台)|仅提供信息存储空间"
)
_QR_RE = re.compile(
    r"二维码|扫码|扫一扫|长按识别|长按关注|长按图片|点击蓝字|点击上方|关注我们|关注公众号|关注本公众号|设为星标|星标|阅读原文|"
    r"点击关注|一键关注|订阅号|公众号ID|微信号[:：]|微信公众号[:：]"
)
_END_MARK_RE = re.compile(r"^[-—–_=~·•\s]*(?:END|End|end|完|全文完|THE END)[-—–_=~·•\s]*$|^[（(]\s*完\s*[)）]$")
_ADDRESS_RE = re.compile(
    r"^(?:地址|公司地址|联系地址|通讯地址|总部地址|办公地址|邮编|邮政编码|传真|邮箱|电子邮箱|e-?mail|QQ|联系人|网址)\s*[:：]",
    re.IGNORECASE,
)
_PHONE_KEY_RE = re.compile(
    r"^(?:电话|联系电话|服务热线|热线|咨询热线|手机|联系方式|咨询电话|客服电话|tel|phone|全国热线)", re.I
)
_BREADCRUMB_RE = re.compile(
    r"^(?:当前位置|您的位置|你的位置|您现在的位置|您当前的位置|所在位置|位置)\s*[:：]|^首页\s*[>»＞→/›]"
)
# Requests to like, share or follow ("喜欢就点个赞吧"), and relative post times with the posting device.
_CALL_TO_ACTION_RE = re.compile(r"点个?赞|点个在看|一键三连|分享给(?:朋友|好友|更多)|求关注|欢迎关注|记得关注|点击关注")
_RELATIVE_TIME_RE = re.compile(
    r"^(?:\d+\s*(?:秒|分钟|小时|天)前|刚刚|昨天|前天|今天)(?:\s*\d{1,2}:\d{2})?(?:\s*来自\s*\S+)?$"
)
# Words that are menu entries whenever they stand alone on a line.
_NAV_WORD_RE = re.compile(
    r"^(?:首页|主页|网站首页|返回首页|登录|注册|登录\s*[|/]?\s*注册|搜索|更多|菜单|导航|网站导航|English|简体|繁体|繁體|无障碍)$",
    re.IGNORECASE,
)
_CRUMB_SEP_RE = re.compile(r"\s*[>»＞→›]\s*")
_COMMENT_HEAD_RE = re.compile(
    r"^(?:网友评论|发表评论|全部评论|热门评论|最新评论|精彩评论|精选评论|用户评论|评论区|读者评论|评论|留言|精选留言|写留言|"
    r"写下你的评论|我要评论|已有\s*\d+\s*条评论|共\s*\d+\s*条评论|\d+\s*条评论|评论\s*[(（]\s*\d+\s*[)）]|"
    r"comments?|\d+\s*comments?|leave a (?:reply|comment))\s*[:：(（\d)）条]*\s*$",
    re.IGNORECASE,
)
_RELATED_HEAD_RE = re.compile(
    r"^[【\[\s]*(?:相关阅读|相关新闻|相关文章|相关推荐|相关链接|延伸阅读|推荐阅读|热门文章|热门推荐|热门新闻|热点新闻|热点推荐|"
    r"猜你喜欢|你可能还喜欢|为你推荐|精彩推荐|往期回顾|往期推荐|往期精选|往期精彩|最新文章|最新资讯|最新动态|最新新闻|"
    r"更多精彩|更多阅读|热门标签|标签云|热门阅读|今日热点|排行榜|阅读排行|点击排行|图片新闻)[】\]\s]*[:：]?"
)
_NUMBERED_HEADING_RE = re.compile(
    r"^(?:\d{1,2}|[0-9]{1,2}[.、]|[一二三四五六七八九十]+[、.]|第[一二三四五六七八九十\d]+[章节部分])"
)

# Provinces and province-level cities: the evidence that a list of short names is a place-name list.
_PLACE_NAMES = (
    "北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 "
    "云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门 "
    # Provincial capitals and the largest other cities.
    "石家庄 太原 呼和浩特 沈阳 长春 哈尔滨 南京 杭州 合肥 福州 南昌 济南 郑州 武汉 长沙 广州 海口 成都 贵阳 昆明 "
    "西安 兰州 西宁 拉萨 银川 乌鲁木齐 南宁 台北 深圳 厦门 青岛 大连 宁波 苏州"
)
_PLACES = frozenset(_PLACE_NAMES.split())
_PLACE_SUFFIX_RE = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:省|市|县|区|州|盟|旗)$")

_STRONG = -50.0  # score of a line that matches a boilerplate pattern: a barrier between blocks of text
# Furniture that sits inside articles (pictures and their captions, a date line) is only a small gap.
_WEAK_REASONS = {"image file": -5.0, "image caption": -5.0, "page tool": -5.0, "date line": -3.0}
_BYLINE_LIKE = ("byline", "date line")
_CLOSING_REASONS = ("prev/next link", "copyright", "end marker", "credit", "byline")


@dataclass
class _Line:
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
    navlike: bool = False  # very short and without punctuation (a menu item)
    score: float = 0.0

    @property
    def paragraph(self) -> bool:
        """Looks like a sentence-bearing paragraph."""
        return (self.words >= 10 and self.punct >= 1 and self.chars >= 16) or self.words >= 60


def _make_line(index: int, number: int, text: str) -> _Line:
    text = re.sub(r"[ \t]+", " ", text).strip()
    norm = normalize_width(text).translate(_T2S)  # one character for one: spans stay valid on ``text``
    compact = norm.replace(" ", "")
    return _Line(
        index=index,
        number=number,
        text=text,
        norm=norm,
        chars=len(compact),
        words=len(_WORD_RE.findall(norm)),
        punct=len(_SENT_PUNCT_RE.findall(_URL.sub("", norm))),  # the dots of a web address are not sentences
    )


def _is_listy(line: _Line) -> bool:
    tokens = line.norm.split()
    if len(tokens) < 3 or line.punct:
        return False
    return max(len(t) for t in tokens) <= 8 and sum(len(t) for t in tokens) / len(tokens) <= 5


def _is_share_words(norm: str) -> bool:
    tokens = [t for t in re.split(r"[\s|｜/、,，]+", norm) if t]
    return len(tokens) >= 2 and all(t in _SHARE_WORDS for t in tokens)


def _is_byline(line: _Line) -> bool:
    """A short line of publication facts: author/source/date/views fields, or a bare date."""
    if line.chars > 120 or (line.paragraph and line.punct >= 3):
        return False
    return bool(_BYLINE_FIELD_RE.search(line.norm)) or _is_date_line(line)


def _is_date_line(line: _Line) -> bool:
    """A short line that is mostly a date: ``2023-12-21 10:30``, ``原创 张三 某公众号 2023-09-12``."""
    norm = line.norm
    if line.chars > 80 or norm.endswith(("。", "；", ";", "，", ",")):
        return False
    date = _DATE_RE.search(norm)
    if date is None:
        return False
    rest = _TIME_RE.sub("", _DATE_RE.sub("", norm))
    # A date with little else around it: "2023-12-21 10:30", "原创 张三 某公众号 2023-09-12 发表于北京".
    return len(_HAN_RE.findall(rest)) <= 16 and line.punct <= 1


def _pattern_reason(line: _Line) -> str | None:
    """The boilerplate category a line's own text shows, or None. Long paragraphs never get one."""
    norm = line.norm.strip()
    n = line.chars
    if n == 0:
        return None
    sentence = line.paragraph and line.punct >= 2 and n > 40
    if _IMAGE_FILE_RE.match(norm):
        return "image file"
    if sentence:
        if n <= 200 and _DISCLAIMER_RE.search(norm):
            return "copyright"
        return "copyright" if n <= 160 and _COPYRIGHT_RE.search(norm) and line.punct <= 4 else None
    if _END_MARK_RE.match(norm):
        return "end marker"
    if _PREV_NEXT_RE.match(norm):
        return "prev/next link"
    if _COPYRIGHT_RE.search(norm):
        return "copyright"
    if n <= 60 and _QR_RE.search(norm):
        return "QR-code prompt"
    if (
        _NAV_WORD_RE.match(norm)
        or _BREADCRUMB_RE.search(norm)
        or (len(_CRUMB_SEP_RE.findall(norm)) >= 2 and n <= 80 and line.punct == 0)
    ):
        return "navigation"
    if (n <= 60 and (_SHARE_RE.match(norm) or _is_share_words(norm))) or (n <= 30 and _CALL_TO_ACTION_RE.search(norm)):
        return "share bar"
    if n <= 40 and _PAGE_TOOL_RE.match(norm):
        return "page tool"
    if n <= 40 and _COUNTER_ONLY_RE.match(norm.replace(" ", "")):
        return "counter"
    if n <= 60 and _IMAGE_CAPTION_RE.match(norm):
        return "image caption"
    if _ADDRESS_RE.match(norm):
        return "address"
    if _PHONE_RE.search(norm) and (n <= 30 or _PHONE_KEY_RE.match(norm)):
        return "phone number"
    if _BYLINE_FIELD_RE.search(norm) and not (line.paragraph and line.punct >= 3) and n <= 120:
        return "byline"
    if _is_date_line(line) or _RELATIVE_TIME_RE.match(norm):
        return "date line"
    if (n <= 80 and _CREDIT_RE.match(norm)) or _CREDIT_HEAD_RE.match(norm):
        return "credit"
    if n <= 30 and _FLOOR_RE.match(norm):
        return "comment"
    if n <= 30 and _COUNTER_RE.search(norm) and line.punct == 0:
        return "counter"
    return None


# ------------------------------------------------------------------------------------------
# The algorithm
# ------------------------------------------------------------------------------------------


def _runs(lines: list[_Line], pred: Any) -> list[tuple[int, int]]:
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


def _best_segment(scores: list[float], lo: int, hi: int) -> tuple[float, int, int]:
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


def _has_place(line: _Line) -> bool:
    tokens = [t for t in re.split(r"\s+", line.norm) if t]
    return any(t in _PLACES or _PLACE_SUFFIX_RE.match(t) for t in tokens)


def _iso_date(text: str) -> str | None:
    for match in _DATE_RE.finditer(text):
        year, month, day = (int(g) for g in match.groups())
        try:  # a calendar date: not "2023年2月30日"
            return datetime.date(year, month, day).isoformat()
        except ValueError:
            continue
    return None


def _author_from(line: _Line) -> str | None:
    """The author a byline names, as the page writes it (matched on the simplified form of the line)."""
    match = _AUTHOR_RE.search(line.norm) or _WECHAT_AUTHOR_RE.search(line.norm)
    if match is None:
        return None
    group = next(i for i, g in enumerate(match.groups(), start=1) if g is not None)
    author = normalize_width(line.text)[match.start(group) : match.end(group)].strip()
    if not author or _DATE_RE.match(author) or author.isdigit():
        return None
    return author


def _title_candidate(line: _Line) -> bool:
    return (
        line.reason is None
        and not line.listy
        and 4 <= line.chars <= 80
        and not (line.paragraph and line.punct >= 3)
        and not line.norm.endswith(("。", "；", ";"))
    )


def _html_meta(tree: Any) -> dict[str, str]:
    """Title, date and author that an HTML page states in its markup."""
    found: dict[str, str] = {}

    def text_of(selector: str) -> str:
        node = tree.css_first(selector)
        return re.sub(r"\s+", " ", node.text()).strip() if node is not None else ""

    def attr_of(selector: str, attr: str) -> str:
        node = tree.css_first(selector)
        value = node.attributes.get(attr) if node is not None else None
        return value.strip() if value else ""

    found["title_tag"] = text_of("title")
    found["og_title"] = attr_of('meta[property="og:title"]', "content")
    found["h1"] = "\n".join(re.sub(r"\s+", " ", node.text()).strip() for node in tree.css("h1") if node.text().strip())
    for selector, attr in (
        ('meta[property="article:published_time"]', "content"),
        ('meta[name="pubdate"]', "content"),
        ('meta[name="publishdate"]', "content"),
        ('meta[itemprop="datePublished"]', "content"),
        ("time[datetime]", "datetime"),
    ):
        date = _iso_date(attr_of(selector, attr))
        if date:
            found["date"] = date
            break
    author = attr_of('meta[name="author"]', "content")
    if author:
        found["author"] = author
    return found


def _html_title(meta: dict[str, str]) -> str | None:
    """The ``<h1>`` that the ``<title>`` repeats, else the first ``<h1>``, else the ``<title>``'s longest part."""
    heads = [h for h in meta.get("h1", "").split("\n") if h]
    page_title = meta.get("og_title") or meta.get("title_tag") or ""
    for head in heads:
        if len(head) >= 4 and page_title and head in page_title:
            return head
    for head in heads:
        if len(head) >= 6:
            return head
    if page_title:
        parts = [p.strip() for p in re.split(r"\s+[-|_—–·]\s+|[_｜|]|\s—\s", page_title) if p.strip()]
        return max(parts, key=len) if parts else None
    return None


def extract_article(text: str, *, html: Literal["auto", "always", "never"] = "auto") -> Article:
    r"""Extract the article from a scraped web page (plain text or HTML).

    Args:
        text: The page: plain text as scraped (one block per line) or HTML.
        html: ``"auto"`` parses the text as HTML when it looks like HTML (see
            `textkit.clean.looks_like_html`), ``"always"`` always does, ``"never"``
            never does.

    Returns:
        An `Article`. Its ``body`` keeps every line that is not clearly page
        furniture; ``removed`` lists every other non-empty line with its reason.
        An empty or blank text gives an article with no title and an empty body.

    Raises:
        TextkitError: ``text`` is not a string or ``html`` is not allowed.

    Example:
        >>> page = "\n".join([
        ...     "首页 > 新闻中心 > 正文",
        ...     "抖音电商发布年度报告",
        ...     "作者:张三 2023-12-21 阅读:417",
        ...     "报告显示,过去一年平台上的商品数量增长了三成,中小商家的销售额增长更快。",
        ...     "上一篇:快递价格战没有终局",
        ... ])
        >>> article = extract_article(page)
        >>> article.title, article.date, article.author
        ('抖音电商发布年度报告', '2023-12-21', '张三')
        >>> article.body
        '报告显示,过去一年平台上的商品数量增长了三成,中小商家的销售额增长更快。'
        >>> [r.reason for r in article.removed]
        ['navigation', 'title', 'byline', 'prev/next link']
    """
    check_text(text)
    check_choice("html", html, ("auto", "always", "never"))
    is_html = bool(text) and (html == "always" or (html == "auto" and looks_like_html(text)))
    meta: dict[str, str] = {}
    raw_lines: list[tuple[int, str, float, str | None, str]] = []  # number, text, link ratio, zone, tag
    if is_html:
        rendered, tree = _html_lines(text)
        meta = _html_meta(tree)
        for number, hl in enumerate(rendered, start=1):
            content = normalize(hl.text, width=False)
            ratio = min(1.0, hl.link_chars / max(1, len(content.replace(" ", ""))))
            raw_lines.append((number, content, ratio, hl.zone, hl.tag))
    else:
        prepared = normalize(text, width=False)  # odd spaces, control characters, line breaks; letters kept
        for number, content in enumerate(prepared.split("\n"), start=1):
            raw_lines.append((number, content, 0.0, None, ""))

    lines: list[_Line] = []
    for number, content, ratio, zone, tag in raw_lines:
        if not content.strip():
            continue
        line = _make_line(len(lines), number, content)
        line.link_ratio, line.zone, line.tag = ratio, zone, tag
        lines.append(line)
    source: Literal["text", "html"] = "html" if is_html else "text"
    if not lines:
        return Article(None, meta.get("date"), meta.get("author"), "", (), (), source)

    _classify_lines(lines)
    body_idx, title_idx, byline_idx = _select_body(lines, meta if is_html else None)
    return _assemble(lines, body_idx, title_idx, byline_idx, meta, source)


def _classify_lines(lines: list[_Line]) -> None:
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
            and not _NUMBERED_HEADING_RE.match(line.norm)
        )
    # A single capital letter before a province ("A 安徽") is an index line of a place list.
    for line in lines:
        if re.fullmatch(r"[A-Z]\s+\S{2,4}", line.norm):
            line.listy = True
    for line in lines:
        if line.reason is not None:
            line.score = _WEAK_REASONS.get(line.reason, _STRONG)
        elif line.listy or line.link_ratio >= 0.7:
            line.score = -max(10.0, float(line.chars))
        elif line.zone is not None:
            line.score = 0.0 if line.paragraph else _STRONG
        elif line.paragraph:
            line.score = float(line.chars)
        else:
            line.score = -3.0


def _select_body(lines: list[_Line], meta: dict[str, str] | None) -> tuple[set[int], int | None, list[int]]:
    """Choose the body lines; return them with the title line and byline lines (indices)."""
    n = len(lines)
    scores = [line.score for line in lines]

    # Sections that end the article: a comment section (once the densest text has begun, so that a
    # menu item "评论" above the article starts nothing), a related-links list.
    _, article_start, _ = _best_segment(scores, 0, n - 1)
    stop = n
    zone_reason: dict[int, str] = {}
    for i, line in enumerate(lines):
        if i <= article_start or line.chars > 30:
            continue
        if _COMMENT_HEAD_RE.match(line.norm.replace(" ", "")) or line.reason == "comment":  # or "2楼 网友"
            for j in range(i, n):
                if lines[j].zone is None or lines[j].zone == "comment":  # markup knows better (a sidebar)
                    zone_reason[j] = "comment"
            stop = min(stop, i)
            break
    for i, line in enumerate(lines):
        if line.chars > 40 or i in zone_reason or not _RELATED_HEAD_RE.match(line.norm):
            continue
        zone_reason[i] = "link list"
        rest = _RELATED_HEAD_RE.sub("", line.norm).strip()
        if len(rest) >= 6:  # "相关阅读:某条标题" is one link, not a list header
            continue
        for j in range(i + 1, n):
            nxt = lines[j]
            if (nxt.paragraph and nxt.chars >= 40 and nxt.punct >= 2) or _is_byline(nxt) or j in zone_reason:
                break
            zone_reason[j] = "link list"
    for i, reason in zone_reason.items():
        lines[i].zone = reason
        scores[i] = _STRONG
    # Inside a comment section every line is part of a comment (names, dates, "回复" links).
    for i, line in enumerate(lines):
        if line.zone == "comment" and line.reason not in (None, "copyright"):
            line.reason = None
            scores[i] = _STRONG

    # Title and byline: the byline nearest above the dense block, the title just above it.
    _, seg_lo, _ = _best_segment(scores, 0, n - 1)
    title_idx: int | None = None
    byline_idx: list[int] = []
    header_reasons = (*_BYLINE_LIKE, "share bar", "counter", "page tool")
    # Bylines that can anchor a title name a field or an absolute date ("3小时前" under a user name does not).
    anchors = [
        i for i, line in enumerate(lines) if line.reason in _BYLINE_LIKE and not _RELATIVE_TIME_RE.match(line.norm)
    ]
    candidates = [i for i in anchors if i <= seg_lo + 1] or [i for i in anchors if i < n // 2 + 1]
    for b in reversed(candidates):
        j = b - 1
        while j >= 0 and lines[j].reason in header_reasons:
            j -= 1
        if j >= 0 and _title_candidate(lines[j]):
            above = lines[j - 1] if j >= 1 else None
            if (
                above is not None
                and lines[j].chars <= 12
                and lines[j].punct == 0
                and _title_candidate(above)
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
            byline_idx = [m for m in range(j + 1, k) if lines[m].reason in _BYLINE_LIKE]
            break
    if meta is not None:
        html_title = _html_title(meta)
        if html_title:
            matches = [i for i, line in enumerate(lines) if line.text == html_title]
            if matches and (title_idx is None or lines[title_idx].text != html_title):
                near = title_idx if title_idx is not None else 0
                title_idx = min(matches, key=lambda i: (abs(i - near), i))
    if title_idx is None:
        crumb_title = _breadcrumb_title(lines)
        if crumb_title is not None:
            title_idx = crumb_title

    floor = title_idx + 1 if title_idx is not None else 0
    if byline_idx:
        floor = max(floor, max(byline_idx) + 1)
    best, lo, hi = _best_segment(scores, floor, stop - 1) if floor < stop else (float("-inf"), floor, floor - 1)
    body: set[int] = set()
    if best <= 0:
        # No paragraph: keep every line that shows no sign of boilerplate (nor sits in a run of menu items).
        menu = {k for a, b in _runs(lines, lambda ln: ln.navlike) if b - a + 1 >= 3 for k in range(a, b + 1)}
        for i in range(floor, stop):
            if lines[i].reason is None and not lines[i].listy and lines[i].zone is None and i not in menu:
                body.add(i)
        return body, title_idx, byline_idx

    blocks = [(lo, hi)]
    # Further dense blocks (an article split by an advertisement or a picture) are kept too.
    # ... but not past what closes an article (prev/next links, copyright, an END mark, credits).
    end = next((i for i in range(hi + 1, stop) if lines[i].reason in _CLOSING_REASONS), stop)
    pending = [(floor, lo - 1), (hi + 1, end - 1)]
    while pending:
        a, b = pending.pop()
        if a > b:
            continue
        s, x, y = _best_segment(scores, a, b)
        if s >= max(40.0, 0.1 * best) and any(lines[k].paragraph and lines[k].reason is None for k in range(x, y + 1)):
            blocks.append((x, y))
            pending += [(a, x - 1), (y + 1, b)]
    for x, y in blocks:
        x, y = _widen(lines, x, y, floor, stop)
        body.update(range(x, y + 1))
    return body, title_idx, byline_idx


def _breadcrumb_title(lines: list[_Line]) -> int | None:
    """A line repeating the last crumb of a breadcrumb (``首页 > 新闻 > 标题``) is the title."""
    for line in lines:
        if line.reason != "navigation":
            continue
        crumbs = [c.strip() for c in _CRUMB_SEP_RE.split(line.norm) if c.strip()]
        if len(crumbs) < 2 or len(crumbs[-1]) < 6:
            continue
        last = crumbs[-1]
        for other in lines:
            if other.index != line.index and other.norm.strip() == last and other.reason is None:
                return other.index
    return None


def _widen(lines: list[_Line], lo: int, hi: int, floor: int, stop: int) -> tuple[int, int]:
    """Grow a dense block over neighbouring lines that show no sign of boilerplate."""

    def neutral(i: int) -> bool:
        line = lines[i]
        if line.reason == "date line" and i > hi:  # the date under a signed letter or notice
            return True
        if line.reason is not None or line.listy or line.zone is not None or line.link_ratio >= 0.7:
            return False
        if not line.navlike:
            return True
        # A very short line is kept unless it belongs to a run of three or more (a menu).
        a = i
        while a - 1 >= 0 and lines[a - 1].navlike:
            a -= 1
        b = i
        while b + 1 < len(lines) and lines[b + 1].navlike:
            b += 1
        return b - a + 1 < 3

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


def _assemble(
    lines: list[_Line],
    body: set[int],
    title_idx: int | None,
    byline_idx: list[int],
    meta: dict[str, str],
    source: Literal["text", "html"],
) -> Article:
    # An HTML page names its title in <h1>/<title> even when no rendered line repeats it.
    title = lines[title_idx].text if title_idx is not None else (_html_title(meta) if meta else None)
    date: str | None = meta.get("date")
    author: str | None = meta.get("author")
    near = list(byline_idx)
    if title_idx is not None:
        near += [i for i in range(title_idx + 1, min(len(lines), title_idx + 4)) if lines[i].reason in _BYLINE_LIKE]
    for i in near:
        date = date or _iso_date(lines[i].norm)
        author = author or _author_from(lines[i])
    if date is None:  # no date by the title: the first byline or date line outside the article and its comments
        for i, line in enumerate(lines):
            if line.reason in _BYLINE_LIKE and line.zone is None and i not in body:
                date = _iso_date(line.norm)
                if date:
                    break
    if author is None:  # an author credited under the article ("作者 | 林夕", "本文作者:木子")
        for line in lines:
            if line.reason in ("byline", "credit") and line.zone is None and line.index > (title_idx or 0):
                author = _author_from(line)
                if author:
                    break

    # Reasons for short lines outside the body: runs of short names with a province are a place-name list,
    # other runs of very short lines are navigation.
    run_reason: dict[int, str] = {}
    for a, b in _runs(lines, lambda ln: ln.reason in (None, "navigation") and (ln.listy or ln.navlike)):
        if b - a + 1 >= 3 or any(lines[k].listy for k in range(a, b + 1)):
            places = any(_has_place(lines[k]) for k in range(a, b + 1))
            for k in range(a, b + 1):
                run_reason[k] = "place-name list" if places and _has_place(lines[k]) else "navigation"

    first_body = min(body) if body else len(lines)
    body_lines: list[BodyLine] = []
    removed: list[Removed] = []
    for i, line in enumerate(lines):
        if i == title_idx:
            removed.append(Removed(line.number, line.text, "title"))
            continue
        in_text = line.reason is None or (line.reason == "date line" and i > first_body)
        # Inside the body, a line is kept unless its own text is furniture; a link inside the article stays,
        # and a marked container (HTML class/tag evidence) only keeps its sentence-bearing paragraphs.
        if i in body and in_text and (line.zone is None or (line.paragraph and line.link_ratio < 0.7)):
            body_lines.append(BodyLine(line.number, line.text))
            continue
        reason = line.reason
        if reason in ("byline", "credit"):
            reason = "credit" if i > first_body else "byline"
        elif reason == "date line" and i < first_body:
            reason = "byline"
        if reason is None:
            reason = line.zone or run_reason.get(i)
        if reason is None and line.link_ratio >= 0.7:
            reason = "link list"
        if reason is None and line.listy:
            reason = "navigation"
        if reason is None:
            reason = "text outside body" if line.paragraph else "short line outside body"
        removed.append(Removed(line.number, line.text, reason))
    return Article(
        title=title,
        date=date,
        author=author,
        body="\n".join(b.text for b in body_lines),
        removed=tuple(removed),
        body_lines=tuple(body_lines),
        source=source,
    )
