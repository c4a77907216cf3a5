"""The rules of article extraction: the patterns and weights that tell page furniture from article text.

Patterns are matched on a width-normalised copy of each line in which traditional characters are folded to
simplified ones (`textkit.lang_zh.fold_traditional`), so Taiwan and Hong Kong pages are read too. Each pattern is
evidence about one line; `textkit.preprocessing.article.lines` weighs it with the line's shape, and ``body`` with its
neighbours.
"""

from __future__ import annotations

import re

from ..._regex import lazy_compile

__all__ = ["REASONS"]

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
    "pager",
    "comment",
    "sidebar",
    "advertisement",
    "footer",
    "copyright",
    "short line outside body",
    "text outside body",
)
HAN_RE = lazy_compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
WORD_RE = lazy_compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffA-Za-z0-9]")
# Punctuation that sits inside running sentences (colons are left out: labels use them).
SENT_PUNCT_RE = lazy_compile(r"[，。！？；、,!?;…“”\"]|\.(?!\d)")
DATE_RE = lazy_compile(r"(?<!\d)((?:19|20)\d{2})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?!\d)\s*日?")
# A month and day without the year, in a publication field: "发布时间：10-08", "发布日期：10月8日".
MONTH_DAY_RE = lazy_compile(
    r"(?:发布|发表|更新|日期|时间)\S{0,3}[:：]\s*(?<!\d)(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?![\d/.-])\s*日?"
)
YEAR_RE = lazy_compile(r"(?<!\d)((?:19|20)\d{2})(?:\s*年|(?!\d))")
TIME_RE = lazy_compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
KEY = r"\s*[:：/｜|]"
# Byline fields: who wrote it, where it comes from, when, how often it was read.
BYLINE_KEYS = (
    r"作者|文|撰文|记者|通讯员|见习记者|特约记者|来源|文章来源|稿源|出处|编辑|责任编辑|责编|编者|原创|发布者|发布人|"
    r"发布时间|发布日期|发表时间|发表于|发布于|发表日期|更新时间|成文日期|IP属地|阅读|浏览|点击|阅读量|浏览量|浏览次数|点击量|点击数|"
    r"访问量|人气|作者简介|字号"
)
BYLINE_FIELD_RE = lazy_compile(
    r"^楼主\s|^[(（]?\S{0,8}(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*\s*[)）]?$|"
    rf"(?:^|\s|[|｜])(?:{BYLINE_KEYS}){KEY}|(?:^|\s)(?:发表于|发布于|编辑于|更新于|创建于)\s*(?:\d|\s)|^原创\s"
)
AUTHOR_RE = lazy_compile(rf"(?:^|\s|[|｜])(?:作者|本文作者|文|撰文|记者|编者){KEY}\s*([^\s|｜,，;；:：/]+)")
WECHAT_AUTHOR_RE = lazy_compile(
    r"^(?:原创|楼主)\s+(\S+)|记者\s*([\u4e00-\u9fff]{2,4})(?=[／/\s]|$)"
    r"|(?:^|\s)(?:作者|记者|撰文)\s+([^\s|｜,，;；:：/]+)"
)
# Lines that credit the people behind the text (source, lecturer, editor ...): key, slash or colon, value.
CREDIT_RE = lazy_compile(
    r"^[(（\[【]?\s*(?:来源|本文来源|文章来源|转载自|原文|原标题|作者|文|撰文|图|图片|摄影|编辑|责任编辑|责编|编者|审核|审校|校对|"
    r"排版|美编|设计|视觉|出品|出品人|策划|监制|主编|统筹|整理|采访|翻译|编译|授课老师|主讲|讲师|嘉宾|口述|供稿|"
    r"通讯员|记者|撰稿|文字|本期编辑|执行编辑|值班编辑|运营|本文作者|本文链接|原文链接|文章链接|永久链接|原文地址)\s*[:：/｜|]"
)
# A heading over an author card ("本文作者" then name and bio) and the floor numbers of forum replies.
CREDIT_HEAD_RE = lazy_compile(
    r"^(?:作者|本文作者|作者简介|关于作者|作者介绍|About the author)\s*[:：]?$", re.IGNORECASE
)
FLOOR_RE = lazy_compile(r"^(?:\d+\s*(?:楼|#|F)|沙发|板凳|地板)\s+\S")
COUNTER_RE = lazy_compile(
    r"(?:阅读|浏览|点击|阅读量|浏览量|浏览次数|点击量|访问量|人气|热度|点赞|收藏|在看|赞|喜欢|转发|评论)\s*[:：(（]?\s*\d+"
    r"(?:\.\d+)?\s*[万wk+]?\s*[次人)）]?(?=\s|$|[|｜/·,，])"
)
COUNTER_ONLY_RE = lazy_compile(
    r"^[+＋]\d{1,5}$|^\d*\s*[万wk]?\s*人?(?:赞同了该(?:回答|文章)|人?觉得很赞|人点赞|人已赞)$|"
    r"^(?:(?:阅读|浏览|点击|点赞|收藏|在看|赞同|赞|喜欢|转发|评论|分享|举报|回复|打赏|顶|踩)\s*[:：(（]?\s*\d*\s*[次人)）]?\s*)+$"
)
SHARE_RE = lazy_compile(
    r"^(?:分享到|分享至|一键分享|转发到)|^(?:分享给|分享|share)\s*(?:[:：]|$)|^[+＋]\s*关注$|^(?:已关注|取消关注)$",
    re.IGNORECASE,
)
SHARE_WORDS = frozenset(
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
PAGE_TOOL_RE = lazy_compile(
    r"^(?:(?:字号\s*[:：]?\s*[大中小\s]+|【?\s*字号|打印本页|打印此页|打印|关闭窗口|关闭|返回顶部|返回首页|返回列表|返回|"
    r"加入收藏|设为首页|收藏本页|返回\S{0,8}[，,]?\s*查看更多|举报\s*/?\s*反馈|举报|反馈|投诉|(?:视频|图片|正在)?加载中\.*|点击(?:加载|查看)更多|查看更多|展开全文|阅读全文|收起|"
    r"查看原图|我要反馈|保存网页|图集|组图|高清组图|高清大图|(?:打开|下载)\S{0,10}(?:APP|App|app|客户端)\S{0,10}|\S{0,10}(?:APP|App|app|客户端)\s*下载|手机\S{2,6}网|"
    r"(?:【[^】]{0,6}(?:打印|关闭|收藏|返回|大|中|小)[^】]{0,6}】\s*)+|我要纠错|纠错)\s*)+$"
)
IMAGE_FILE_RE = lazy_compile(r"^\S{0,80}\.(?:jpe?g|png|gif|webp|bmp|svg|tiff?)(?:\?\S*)?$", re.IGNORECASE)
IMAGE_CAPTION_RE = lazy_compile(
    r"^(?:[▲△↑▼]|(?:题图|封面|配图|图片|图)\s*(?:来自|来源于|由)|(?:图片?来源|图源|题图|封面图?|配图|图片|图|摄影)\s*[:：/｜|]|[(（]\s*图)"
)
PREV_NEXT_RE = lazy_compile(
    r"^(?:上一篇|下一篇|上一条|下一条|上一页|下一页|上篇|下篇|前一篇|后一篇|上一则|下一则)\s*[:：]?"
)
# "Without permission ... may not": a notice forbids (未经授权，不得转载; 未经本站许可; 未经作者同意，请勿转载). Prose
# tells what happened without permission (照片被一家公司未经许可用于广告, 他未经同意就搬进了我家) and is no notice.
_UNLICENSED_USE = (
    r"未经.{0,12}?(?:授权|许可|同意).{0,8}?(?:不得|禁止|严禁|请勿|谢绝|任何|均不|一律)|"
    r"未经(?:本站|本网|本平台|本刊|本报|本号|本公众号|本社|本台|本频道|本作者|作者|原作者|版权方|版权所有者|权利人|著作权人)"
)
COPYRIGHT_RE = lazy_compile(
    r"版权所有|版权归|版权声明|copyright|©|\(c\)\s*\d{4}|ICP\s*[备证]|公网安备|网安备|all rights reserved|"
    r"免责声明|转载请注明|禁止转载|如有侵权|侵权请|侵删|powered by|网站地图|技术支持\s*[:：]|"
    r"主办单位|承办单位|^主办\s*[:：]|网站标识码|^(?:[\u4e00-\u9fff]{0,6})声明\s*[:：]|系转载|不代表本(?:站|网|平台)|"
    r"转载请|^本文由.{0,30}(?:原创|发布|授权|首发)|" + _UNLICENSED_USE,
    re.IGNORECASE,
)
# Disclaimers written as sentences: recognised whatever their length and punctuation.
DISCLAIMER_RE = lazy_compile(
    r"如有侵权|侵权请?联系|版权归原作者|仅代表作者本人|不代表本(?:站|网|平台)|仅提供信息存储空间"
)
QR_RE = lazy_compile(
    r"二维码|扫码|扫一扫|长按识别|长按关注|长按图片|点击蓝字|点击上方|关注我们|关注公众号|关注本公众号|设为星标|星标|阅读原文|"
    r"点击关注|一键关注|订阅号|公众号ID|微信号[:：]|微信公众号[:：]"
)
END_MARK_RE = lazy_compile(r"^[-—–_=~·•\s]*(?:END|End|end|完|全文完|THE END)[-—–_=~·•\s]*$|^[（(]\s*完\s*[)）]$")
ADDRESS_RE = lazy_compile(
    r"^(?:地址|公司地址|联系地址|通讯地址|总部地址|办公地址|邮编|邮政编码|传真|邮箱|电子邮箱|e-?mail|QQ|联系人|网址)\s*[:：]",
    re.IGNORECASE,
)
PHONE_KEY_RE = lazy_compile(
    r"^(?:电话|联系电话|服务热线|热线|咨询热线|手机|联系方式|咨询电话|客服电话|tel|phone|全国热线)", re.I
)
BREADCRUMB_RE = lazy_compile(
    r"^(?:当前位置|您的位置|你的位置|您现在的位置|您当前的位置|所在位置)\s*[:：]|^位置\s*[:：]\s*首页|^首页\s*[>»＞→/›]"
)
# Requests to like, share or follow ("喜欢就点个赞吧"), and relative post times with the posting device.
CALL_TO_ACTION_RE = lazy_compile(
    r"点个?赞|点个在看|一键三连|分享给(?:朋友|好友|更多)|求关注|欢迎关注|记得关注|点击关注"
)
RELATIVE_TIME_RE = lazy_compile(
    r"^(?:\d+\s*(?:秒|分钟|小时|天)前|刚刚|昨天|前天|今天)(?:\s*\d{1,2}:\d{2})?(?:\s*来自\s*\S+)?$"
)
# Words that are menu entries whenever they stand alone on a line.
NAV_WORD_RE = lazy_compile(
    r"^(?:首页|主页|网站首页|返回首页|登录|注册|登录\s*[|/]?\s*注册|搜索|更多|菜单|导航|网站导航|English|简体|繁体|繁體|无障碍)$",
    re.IGNORECASE,
)
CRUMB_WORD_RE = lazy_compile(r"首页|主页|正文|当前位置|新闻|频道|栏目")
PREV_NEXT_KEY_RE = lazy_compile(r"^\S{2,3}[篇条页则]\s*[:：]")
# Whose copyright a line states: the page's own (本文版权归作者所有, 版权归原作者) is a notice; any other's
# ("这首歌的版权归唱片公司所有。") is as likely a sentence of a story about copyright.
OWN_COPYRIGHT_RE = lazy_compile(
    r"(?:本文|本站|本网|本平台|本刊|本报|本号|本公众号|文章|原文|图片|图文|内容|稿件|作品|文字)的?(?:版权|著作权)归|"
    r"(?:版权|著作权)归(?:本站|本网|本平台|本刊|本报|原作者|作者|原创作者|原著作者|原创)"
)
# Copyright sentences that are furniture wherever they stand (the others are cut at the page's edges only).
COPYRIGHT_SENTENCE_RE = lazy_compile(
    r"转载请|禁止转载|版权归原作者|侵权|侵删|ICP|公网安备|all rights reserved|本文由|" + _UNLICENSED_USE,
    re.IGNORECASE,
)
CRUMB_SEP_RE = lazy_compile(r"\s*[>»＞→›]\s*")
COMMENT_HEAD_RE = lazy_compile(
    r"^(?:网友评论|发表评论|全部评论|热门评论|最新评论|精彩评论|精选评论|用户评论|评论区|读者评论|评论|留言|精选留言|写留言|"
    r"写下你的评论|我要评论|已有\s*\d+\s*条评论|共\s*\d+\s*条评论|\d+\s*条评论|评论\s*[(（]\s*\d+\s*[)）]|"
    r"comments?|\d+\s*comments?|leave a (?:reply|comment))\s*[:：(（\d)）条]*\s*$",
    re.IGNORECASE,
)
FIELD_LABEL_RE = lazy_compile(r"^(?:时间|日期|地点|会议时间|活动时间|开放时间|截止时间|报名时间)\s*[:：]")
BARE_COMMENT_HEADS = frozenset({"评论", "留言", "评论区", "comment", "comments", "Comments"})
MORE_RE = lazy_compile(r"^(?:更多|more)?\s*(?:>>|»|＞＞|>)?$", re.IGNORECASE)
RELATED_HEAD_RE = lazy_compile(
    r"^[【\[\s]*(?:相关阅读|相关新闻|相关文章|相关推荐|相关链接|延伸阅读|推荐阅读|热门文章|热门推荐|热门新闻|热点新闻|热点推荐|"
    r"猜你喜欢|你可能还喜欢|为你推荐|精彩推荐|往期回顾|往期推荐|往期精选|往期精彩|最新文章|最新资讯|最新动态|最新新闻|"
    r"更多精彩|更多阅读|作者最新文章|作者其他文章|作者更多文章|本作者其他文章|热门标签|标签云|热门阅读|今日热点|排行榜|阅读排行|点击排行|图片新闻)[】\]\s]*[:：]?"
)
PLACE_SUFFIX_RE = lazy_compile(r"^[\u4e00-\u9fff]{1,6}(?:省|市|县|区|州|盟|旗)$")
# Pager lines ("【1】【2】【3】", "上一页 1 2 3 下一页"), tag lines, and promotions that link on ("【详细】", ">>").
PAGER_RE = lazy_compile(
    r"^(?:[【\[]\s*\d{1,3}\s*[】\]]\s*){2,}$|^(?:上一页\s*)?(?:\d{1,3}\s+){2,}\d{1,3}\s*(?:下一页|尾页)?$|^(?:上一页|首页)\s+.*下一页$"
)
TAG_LINE_RE = lazy_compile(r"^(?:标签|tags?|文章标签|本文标签|文章关键词)\s*[:：]", re.IGNORECASE)
PROMO_RE = lazy_compile(
    r"(?:【详细】|\[详细\]|【详情】|详情\s*>>|更多\s*>>|>>|》》|＞＞)\s*$|^点击(?:进入|查看|阅读)\S{0,20}$|"
    r"^下载\S{0,12}(?:APP|App|app|客户端)[，,]|^打开\S{1,12}[，,]\s*(?:查看|阅读|看)更多"
)
# Vocabulary that is furniture on a page edge but ordinary words in prose: a bare "扫码" or "仅供参考" line, a lone
# date (the date under a letter), a bare "评论"/"留言" heading. A line whose only evidence is one of these is
# removed only at the page's edge on a page that shows furniture elsewhere; otherwise kept and recorded.
WEAK_VOCAB_RE = lazy_compile(r"扫码|扫一扫|仅供参考|星标|订阅号")
SENTENCE_END_RE = lazy_compile(r"[。！？!?…；;]\s*[”’\"』」）)]?\s*$")
STRONG = -50.0  # score of a line that matches a boilerplate pattern: a barrier between blocks of text
# Furniture that sits inside articles (pictures and their captions, a date line) is only a small gap.
WEAK_REASONS = {"image file": -5.0, "image caption": -5.0, "page tool": -5.0, "date line": -3.0}
BYLINE_LIKE = ("byline", "date line")
CLOSING_REASONS = ("prev/next link", "copyright", "end marker", "credit", "byline")
