"""Chinese contrast and concession: which part of a sentence carries its verdict.

In ``虽然质量不错，但是太贵了`` and ``服务很好，就是价格太贵`` the clause after the contrast word is the verdict and
what comes before it is conceded. The default sentiment model weakens the conceded part (`concession_weights`).

- `CONTRAST_MARKERS`: words that, at the start of a clause, turn the sentence (``但是``, ``就是``, ``可惜``, ``可``,
  ``问题是``, and the saving ``好在``, ``还好``, ``幸好`` ...): everything before them in the sentence is conceded.
  `NOT_CONTRAST_MARKERS` are the words that open with a marker but turn nothing (``可以``, ``可能``, ``可真``,
  ``但凡``).
- `CONCESSIVE_OPENERS`: words that, at the start of a clause, concede that clause (``虽然``, ``尽管`` ...).
- `TURNING_WORDS`: words that turn the sentence from inside a clause (``设施却很旧``): everything before their
  clause is conceded.
- `CONCEDING_WORDS`: words that concede their clause from inside it when another clause follows (``包装倒是丑，东西
  好``), and turn the sentence when they open a clause after the first (``延迟几秒，倒是不影响，…``). Inside a
  sentence's last clause they turn nothing: ``送错了地址，骑手还凶我，饭倒是没洒`` ends on a small plus, not on its
  verdict, and ``没赠品，东西倒是好`` on its verdict, so neither part is conceded.
- A clause that opens with a repeated word and 是 (``干净是干净``, ``快是快``) and is not the sentence's last is
  conceded.
- `SUMMING_UP_WORDS`: a clause that opens with one (``总体还不错，就是贵了点``) is the writer's overall verdict, and
  nothing later in its sentence concedes it.

A marker counts only at the start of a clause (after ``，``, ``；``, a space or the sentence's start), so ``不但``,
``但愿`` in mid-clause or ``这就是`` do not turn anything. Traditional-script forms are listed with the simplified
ones (``不過``, ``雖然``). All words were written for textkit (MIT).
"""

from __future__ import annotations

from itertools import pairwise

from .._regex import lazy_compile

__all__ = [
    "CLAUSE_BREAKS",
    "CONCEDING_WORDS",
    "CONCESSION_FLAGS",
    "CONCESSIVE_OPENERS",
    "CONTRAST_MARKERS",
    "NOT_CONTRAST_MARKERS",
    "REALITY_MARKERS",
    "SENTENCE_ENDS",
    "SUMMING_UP_WORDS",
    "TURNING_WORDS",
    "concession_weights",
    "may_concede",
]

#: Words that open what a thing turned out to be after how it looked (``照片很美，实际窗外是墙``,
#: ``图片上满满一碗，实物半碗不到``): markers of `CONTRAST_MARKERS` that concede only the clause before them.
REALITY_MARKERS: tuple[str, ...] = ("实际上", "实际", "实物", "實際上", "實際", "實物")

#: Words that turn a sentence when they open a clause; what precedes them in the sentence is conceded.
CONTRAST_MARKERS: tuple[str, ...] = (
    "但是", "但", "可是", "就是", "可惜", "不过", "然而", "只是", "只不过", "遗憾的是", "美中不足的是", "唯一的缺点是",
    "好在", "还好", "幸好", "幸亏", "可", "问题是", "问题在于", "唯一的问题是", "不過", "只不過", "遺憾的是",
    "唯一的缺點是", "還好", "幸虧", "問題是", "問題在於", "唯一的問題是",
    *REALITY_MARKERS,
)  # fmt: skip

#: Words that open a clause with a marker's characters but turn nothing: ``可`` is "but" in ``地段好，可窗户对着马路``,
#: not in ``可以``, ``可能``, ``可爱`` or the emphatic ``可真``, ``可太``; ``但`` not in ``但凡``, ``但愿``.
NOT_CONTRAST_MARKERS: tuple[str, ...] = (
    "可以", "可能", "可爱", "可口", "可见", "可视", "可读", "可选", "可怜", "可笑", "可恶", "可谓", "可怕", "可乐",
    "可否", "可靠", "可观", "可信", "可疑", "可取", "可行", "可用", "可供", "可调", "可控", "可贵", "可喜", "可塑",
    "可比", "可达", "可及", "可知", "可想", "可说", "可歌", "可敬", "可恨", "可叹", "可悲", "可嘉", "可亲", "可人",
    "可心", "可圈", "可望", "可遇", "可不", "可别", "可太", "可真", "可算", "可把", "可好", "可得", "可就", "可要",
    "可会", "可可", "可逆", "可穿", "可折", "可拆", "可充", "可洗", "可千万", "可还行", "但凡", "但愿",
    "可愛", "可見", "可視", "可讀", "可選", "可憐", "可惡", "可謂", "可樂", "可觀", "可調", "可貴",
    "可達", "可說", "可嘆", "可親", "可別", "可還行", "但願",
)  # fmt: skip

#: Words that concede the clause they open (``虽然贵，…``).
CONCESSIVE_OPENERS: tuple[str, ...] = ("虽然", "虽说", "虽", "尽管", "固然", "雖然", "雖說", "雖", "儘管")

#: Words that turn a sentence from inside a clause (``价格不低，设施却很旧``): what precedes their clause is conceded.
TURNING_WORDS: tuple[str, ...] = ("却", "卻")

# Words in which a turning word's character is no turn (``冷却``, ``却步``).
_NOT_TURNING: tuple[str, ...] = ("冷却", "忘却", "退却", "推却", "却步", "冷卻", "忘卻", "退卻", "推卻", "卻步")

#: Words that concede their clause when another clause follows it, and turn the sentence when they open a clause.
CONCEDING_WORDS: tuple[str, ...] = ("倒是",)

#: Words that, at the start of a clause, sum up (``总体还不错，就是贵了点``): no later turn in the sentence concedes it.
SUMMING_UP_WORDS: tuple[str, ...] = (
    "总的来说", "总的来讲", "总得来说", "总体来说", "总体而言", "总体上", "总体", "整体来说", "整体而言", "整体上",
    "整体", "总之", "总而言之", "综合来看", "總的來說", "總體來說", "總體", "整體來說", "整體", "總之", "總而言之",
)  # fmt: skip

#: Words that flag a sentence as a concession (``这两点没得说。``, ``物流确实很快。``): when the next sentence opens
#: with a word of `CONTRAST_MARKERS`, the flagged sentence is conceded too.
CONCESSION_FLAGS: tuple[str, ...] = (
    "确实", "的确", "诚然", "不可否认", "不否认", "我承认", "承认", "这点", "这一点", "这两点", "这几点", "这些都",
    "没话说", "没得说", "没的说", "没什么可说", "没什么好说", "没啥可说", "值得肯定", "值得表扬", "给个赞", "倒是",
    "確實", "的確", "誠然", "這點", "這一點", "這兩點", "這幾點", "這些都", "沒話說", "沒得說", "沒的說", "沒什麼可說",
    "沒什麼好說", "沒啥可說", "給個讚", "給個赞",
)  # fmt: skip

#: Characters that end a sentence (a contrast reaches across them only after a `CONCESSION_FLAGS` sentence).
SENTENCE_ENDS = frozenset("。.！!？?\n…")

#: Characters that end a clause inside a sentence.
CLAUSE_BREAKS = frozenset("，,；;：:、 ~～")

_MARKERS = tuple(sorted(CONTRAST_MARKERS, key=len, reverse=True))
_OPENERS = tuple(sorted(CONCESSIVE_OPENERS, key=len, reverse=True))
# A clause that opens with a word, 是 and the same word: 干净是干净, 好吃是好吃.
_REPEATED_IS_RE = lazy_compile(r"(\w{1,3})是\1")
# A clause: a run of characters that neither break a clause nor end a sentence (none is special in a class).
_CLAUSE_RE = lazy_compile("[^" + "".join(sorted(CLAUSE_BREAKS | SENTENCE_ENDS)) + "]+")
_WORDS = (*CONTRAST_MARKERS, *CONCESSIVE_OPENERS, *TURNING_WORDS, *CONCEDING_WORDS)


def may_concede(text: str) -> bool:
    """Whether `concession_weights` can concede anything in ``text`` (a quick test before it).

    Example:
        >>> may_concede("质量不错，但是太贵了"), may_concede("质量不错")
        (True, False)
    """
    return any(word in text for word in _WORDS) or ("是" in text and _REPEATED_IS_RE.search(text) is not None)


def _sentences(text: str) -> list[tuple[int, list[tuple[int, int]]]]:
    """Each sentence of ``text`` as its start and the ``(start, end)`` of its clauses (breaks left out)."""
    out: list[tuple[int, list[tuple[int, int]]]] = []
    start, prev = 0, 0
    clauses: list[tuple[int, int]] = []
    for m in _CLAUSE_RE.finditer(text):
        ends = [i for i in range(prev, m.start()) if text[i] in SENTENCE_ENDS]
        if ends:  # a sentence ended before this clause
            if clauses:
                out.append((start, clauses))
            start, clauses = ends[-1] + 1, []
        clauses.append(m.span())
        prev = m.end()
    if clauses:
        out.append((start, clauses))
    return out


def _turns_inside(clause: str) -> bool:
    """Whether a turning word turns the sentence inside ``clause`` (``却``, not ``冷却``)."""
    for word in TURNING_WORDS:
        if word not in clause:
            continue
        at = clause.find(word)
        while at >= 0:
            if not any(clause.startswith(other, at - other.index(word)) for other in _NOT_TURNING if word in other):
                return True
            at = clause.find(word, at + 1)
    return False


def concession_weights(text: str, conceded: float) -> list[float]:
    """For each character of ``text``, ``conceded`` if it lies in a conceded part of its sentence, else 1.0.

    Conceded, in each sentence:

    - everything before a clause that opens with a word of `CONTRAST_MARKERS` (the marker itself is not conceded;
      a marker that is the sentence's whole last clause, ``一般吧，还好``, is none) or, not the sentence's first,
      with a word of `CONCEDING_WORDS`, or that holds a word of `TURNING_WORDS`; before a word of
      `REALITY_MARKERS` (``照片很美，实际窗外是墙``), only the clause before it;
    - a clause that opens with a word of `CONCESSIVE_OPENERS`;
    - a clause, not the sentence's last, that holds a word of `CONCEDING_WORDS` or opens with a word repeated
      around 是 (``干净是干净``);

    except a clause that opens with a word of `SUMMING_UP_WORDS`, which nothing concedes. Across sentences: a
    sentence that holds a word of `CONCESSION_FLAGS` (``这两点没得说``) is conceded, from its start to the next
    sentence, when the next sentence's first clause opens with a marker (``。但是用到第三次就坏了``) and the flagged
    sentence does not open with a summing-up word.

    Example:
        >>> w = concession_weights("虽然质量不错，但是太贵了", 0.5)
        >>> "".join("c" if x < 1 else "-" for x in w)
        'ccccccc-----'
        >>> w = concession_weights("包装倒是丑，东西好", 0.5)
        >>> "".join("c" if x < 1 else "-" for x in w)
        'ccccc----'
        >>> w = concession_weights("总体不错，就是贵", 0.5)
        >>> "".join("c" if x < 1 else "-" for x in w)
        '--------'
        >>> w = concession_weights("送得快，图片上满满一碗，实物半碗", 0.5)
        >>> "".join("c" if x < 1 else "-" for x in w)
        '----cccccccc----'
        >>> w = concession_weights("外观确实好看。但是太吵", 0.5)
        >>> "".join("c" if x < 1 else "-" for x in w)
        'ccccccc----'
    """
    weights = [1.0] * len(text)
    sentences = _sentences(text)
    for start, clauses in sentences:
        done = start  # everything from the sentence's start to here is conceded already
        summing: list[tuple[int, int]] = []  # clauses that sum up, with the break after them: restored at the end
        for k, (a, b) in enumerate(clauses):
            clause = text[a:b]
            if clause.startswith(SUMMING_UP_WORDS):
                summing.append((a, clauses[k + 1][0] if k + 1 < len(clauses) else b))
            last = k == len(clauses) - 1
            marker = _marker_of(clause)
            if marker == clause and last:  # 一般吧，还好: the marker is the verdict itself
                marker = ""
            elif not marker and k > 0 and clause.startswith(CONCEDING_WORDS):  # 延迟几秒，倒是不影响: a turn
                marker = next(word for word in CONCEDING_WORDS if clause.startswith(word))
            conceding = any(word in clause for word in CONCEDING_WORDS)
            if (marker or _turns_inside(clause)) and a > done:
                lo = done
                if marker in REALITY_MARKERS:  # only the look it corrects: the clause before (none before the first)
                    lo = max(done, clauses[k - 1][0]) if k else a
                weights[lo:a] = [conceded] * (a - lo)  # each character once: one long line stays linear
                done = a
            if marker:
                continue
            if clause.startswith(_OPENERS) or (
                not last and (conceding or ("是" in clause and _REPEATED_IS_RE.match(clause) is not None))
            ):
                weights[a:b] = [conceded] * (b - a)
        for a, b in summing:
            weights[a:b] = [1.0] * (b - a)
    # A flagged concession before a sentence that turns: 这两点没得说。但是……
    for (start, clauses), (_, following) in pairwise(sentences):
        a, b = following[0]
        marker = _marker_of(text[a:b])
        if not marker or (marker == text[a:b] and len(following) == 1):
            continue
        sentence = text[start : clauses[-1][1]]
        if any(flag in sentence for flag in CONCESSION_FLAGS) and not sentence.lstrip().startswith(SUMMING_UP_WORDS):
            weights[start:a] = [conceded] * (a - start)
    return weights


def _marker_of(clause: str) -> str:
    """The word of `CONTRAST_MARKERS` that ``clause`` opens with (not one of `NOT_CONTRAST_MARKERS`), or ``""``."""
    if clause.startswith(_MARKERS) and not clause.startswith(NOT_CONTRAST_MARKERS):
        return next(m for m in _MARKERS if clause.startswith(m))
    return ""
