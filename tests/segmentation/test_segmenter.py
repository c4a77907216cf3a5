from __future__ import annotations

import pickle
import subprocess
import sys
import threading
from pathlib import Path

import jieba
import pytest

import textkit
from textkit.lang_zh import load_stopwords
from textkit.segmentation import Segmenter
from textkit.segmentation import segmenter as segmenter_module


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("抖音电商的增量价值是什么?", ["抖音", "电商", "的", "增量", "价值", "是", "什么"]),
        ("我们做这件事情", ["我们", "做", "这件", "事情"]),
        ("", []),
        ("   \n\t", []),
        ("，。！？", []),
        ("全局NPS是北极星指标", ["全局", "NPS", "是", "北极星", "指标"]),
    ],
)
def test_tokenize_table(text: str, expected: list[str]) -> None:
    assert textkit.tokenize(text) == expected


def test_tokenize_matches_jieba_apart_from_punctuation_and_space(case_study: textkit.CaseStudy) -> None:
    text = case_study.summary
    plain = [w for w in jieba.Tokenizer().lcut(text) if w.strip() and any(ch.isalnum() for ch in w)]
    assert textkit.tokenize(text) == plain


def test_keep_punct_and_space_round_trip() -> None:
    text = "抖音电商, 北极星指标。\n好"
    tokens = textkit.tokenize(text, keep_punct=True, keep_space=True)
    assert "".join(tokens) == text
    assert textkit.tokenize(text, keep_punct=True) == ["抖音", "电商", ",", "北极星", "指标", "。", "好"]


def test_emoji_are_kept_as_tokens() -> None:
    assert "😀" in textkit.tokenize("今天很开心😀")


def test_default_stopwords() -> None:
    stop = load_stopwords()
    assert {"我们", "非常", "这个", "的", "了"} <= stop
    assert not {"电商", "抖音", "用户", "价值"} & stop
    assert textkit.tokenize("我们非常关注这个用户体验", stopwords="default") == ["关注", "用户", "体验"]


def test_user_and_extra_stopwords() -> None:
    assert textkit.tokenize("抖音电商的用户", stopwords=["的", "用户"]) == ["抖音", "电商"]
    assert textkit.tokenize("抖音电商的用户", stopwords="default", extra_stopwords=["抖音"]) == ["电商", "用户"]
    assert textkit.tokenize("抖音电商的用户", extra_stopwords=["的"]) == ["抖音", "电商", "用户"]


def test_user_words_keep_terms_whole() -> None:
    text = "抖音电商升级为全域兴趣电商"
    assert "全域兴趣电商" not in textkit.tokenize(text)
    assert textkit.tokenize(text, user_words=["全域兴趣电商"])[-1] == "全域兴趣电商"
    seg = Segmenter(user_words=[("全域兴趣电商", 1000, "nz")])
    assert ("全域兴趣电商", "nz") in seg.tag(text)


def test_user_dict_file(tmp_path: Path) -> None:
    path = tmp_path / "user.dict"
    path.write_text("全域兴趣电商 100 nz\n北极星指标 50\n", encoding="utf-8")
    seg = Segmenter(user_dict=path)
    assert seg.tokenize("全域兴趣电商的北极星指标") == ["全域兴趣电商", "的", "北极星指标"]
    with pytest.raises(textkit.TextkitError, match="no such file"):
        Segmenter(user_dict=tmp_path / "missing.dict")


def test_segmenters_are_isolated_from_each_other_and_from_jieba() -> None:
    text = "抖音电商升级为全域兴趣电商"
    before = jieba.lcut(text)
    with_words = Segmenter(user_words=["全域兴趣电商"])
    without = Segmenter()
    assert "全域兴趣电商" in with_words.tokenize(text)
    assert "全域兴趣电商" not in without.tokenize(text)
    assert jieba.lcut(text) == before
    assert "全域兴趣电商" not in jieba.dt.FREQ


def test_pos_filter_and_tags() -> None:
    seg = Segmenter(pos=["n"])
    tokens = seg.tokenize("魏雯雯全面剖析了电商的运营逻辑")
    assert "剖析" not in tokens and "了" not in tokens
    assert "电商" in tokens
    tags = dict(Segmenter().tag("魏雯雯全面剖析了电商的运营逻辑"))
    assert tags["魏雯雯"] == "nr"
    assert tags["剖析"].startswith("v")


def test_spans_give_offsets() -> None:
    text = "抖音电商, 北极星指标。"
    spans = Segmenter().spans(text)
    assert [t.word for t in spans] == ["抖音", "电商", "北极星", "指标"]
    for token in spans:
        assert text[token.start : token.end] == token.word
    tagged = Segmenter().spans(text, with_pos=True)
    assert all(t.pos for t in tagged)


def test_hmm_switch() -> None:
    # "刘畊宏" is not in jieba's dictionary: the HMM joins it, without it single characters remain.
    assert "刘畊宏" in textkit.tokenize("刘畊宏直播")
    assert "刘畊宏" not in textkit.tokenize("刘畊宏直播", hmm=False)


def test_pickle_round_trip_and_lazy_tokenizer() -> None:
    seg = Segmenter(user_words=["全域兴趣电商"], stopwords="default", pos=["n", "v"])
    assert seg._tokenizer is None  # nothing built until first use
    first = seg.tokenize("抖音电商升级为全域兴趣电商")
    clone = pickle.loads(pickle.dumps(seg))
    assert clone._tokenizer is None
    assert clone.tokenize("抖音电商升级为全域兴趣电商") == first
    assert "user_words=<1 words>" in repr(clone)


def test_threads_agree_with_serial(case_study: textkit.CaseStudy) -> None:
    seg = Segmenter()
    lines = [line for line in case_study.original.splitlines() if line.strip()][:60]
    serial = [seg.tokenize(line) for line in lines]
    results: dict[int, list[list[str]]] = {}

    def work(i: int) -> None:
        results[i] = [seg.tokenize(line) for line in lines]

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == serial for r in results.values())


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"stopwords": "english"}, "stopwords must be"),
        ({"extra_stopwords": "的"}, "extra_stopwords must be"),
        ({"user_words": "全域兴趣电商"}, "user_words must be"),
        ({"user_words": [""]}, "user_words must be"),
        ({"user_words": [("词", -1)]}, "user_words must be"),
        ({"pos": []}, "pos must be"),
        ({"hmm": "yes"}, "hmm must be"),
    ],
)
def test_bad_options_raise(kwargs: dict[str, object], match: str) -> None:
    with pytest.raises(textkit.TextkitError, match=match):
        Segmenter(**kwargs)  # type: ignore[arg-type]


def test_tokenize_rejects_non_text_and_mixed_options() -> None:
    with pytest.raises(textkit.TextkitError, match="text must be a str"):
        textkit.tokenize(None)  # type: ignore[arg-type]
    with pytest.raises(textkit.TextkitError, match="not both"):
        textkit.tokenize("抖音", segmenter=Segmenter(), stopwords="default")
    assert textkit.tokenize("抖音电商", segmenter=Segmenter(user_words=["抖音电商"])) == ["抖音电商"]


def test_no_jieba_cache_file_written(tmp_path: Path) -> None:
    code = f"import tempfile, textkit; tempfile.tempdir = r'{tmp_path}'; print(textkit.tokenize('抖音电商的增量价值'))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "抖音" in out.stdout
    assert list(tmp_path.iterdir()) == []
    assert "Building prefix dict" not in out.stderr


# -- remembering_cuts ----------------------------------------------------------------------------


def test_remembering_cuts_cuts_each_text_once(monkeypatch: pytest.MonkeyPatch) -> None:
    seg = Segmenter()
    text = "抖音电商的增量价值是什么？全局NPS是北极星指标。"
    expected = (seg.tokenize(text), seg.dictionary_tags(text))
    calls: list[str] = []
    real = segmenter_module._jieba_cut

    def counting_cut(tokenizer: jieba.Tokenizer, sentence: str, hmm: bool):
        calls.append(sentence)
        return real(tokenizer, sentence, hmm)

    monkeypatch.setattr(segmenter_module, "_jieba_cut", counting_cut)
    with seg.remembering_cuts():
        assert (seg.tokenize(text), seg.dictionary_tags(text)) == expected
        assert seg.tokenize(text) == expected[0]
        with seg.remembering_cuts():  # nested: the same memory
            assert seg.tokenize(text) == expected[0]
    assert calls == [text]
    seg.tokenize(text)  # outside the block, nothing is remembered
    assert calls == [text, text]


def test_remembering_cuts_is_per_thread_and_pickles() -> None:
    seg = Segmenter()
    seen: list[bool] = []

    def other_thread() -> None:
        seen.append(getattr(seg._remembered, "cuts", None) is None)

    with seg.remembering_cuts():
        seg.tokenize("抖音电商")
        thread = threading.Thread(target=other_thread)
        thread.start()
        thread.join()
        copy = pickle.loads(pickle.dumps(seg))
    assert seen == [True]
    assert copy.tokenize("抖音电商") == ["抖音", "电商"]


# -- the fast cut ----------------------------------------------------------------------------------


def _texts_to_cut(case_study: textkit.CaseStudy) -> list[str]:
    import random

    pages = Path(__file__).resolve().parents[1] / "pages"
    texts = [case_study.original, case_study.summary]
    texts += [p.read_text(encoding="utf-8") for p in sorted(pages.glob("*.txt"))]
    rng = random.Random(3)
    alphabet = "抖音电商的增长北极星指标是什么了不起 \r\n\t，。NPSab3.5%#&+-_😀\u3000ＡＢ１２"
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    return texts


@pytest.mark.parametrize("hmm", [True, False])
def test_fast_cut_is_jiebas_cut_word_for_word(case_study: textkit.CaseStudy, hmm: bool) -> None:
    tokenizer = jieba.Tokenizer()
    texts = _texts_to_cut(case_study)
    for text in texts:
        assert list(segmenter_module._jieba_cut(tokenizer, text, hmm)) == tokenizer.lcut(text, HMM=hmm), text
    # user words and a changed frequency: the segmenter's own dictionary, read at each cut; the segmenter then
    # joins words of other scripts that jieba cut letter by letter (full-width ＡＢ１２ here)
    seg = Segmenter(user_words=["北极星指标", ("了不起", 1), ("电商的", 10**9)], hmm=hmm)
    join = segmenter_module._join_letter_runs
    for text in texts[:50]:
        assert seg.tokenize(text) == [w for w in join(seg.tokenizer.lcut(text, HMM=hmm)) if seg._keep(w)], text
    seg.tokenizer.add_word("增长北极星", 10**6)
    assert seg.tokenize("增长北极星指标") == [w for w in seg.tokenizer.lcut("增长北极星指标", HMM=hmm) if seg._keep(w)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("她说עברית", ["她", "说", "עברית"]),
        ("莫斯科是Москва，东京タワー", ["莫斯科", "是", "Москва", "东京", "タワー"]),
        ("ＧＤＰ增长", ["ＧＤＰ", "增长"]),
        ("一杯café，naïve想法", ["一杯", "café", "naïve", "想法"]),
        ("e\u0301中文", ["e\u0301", "中文"]),
        ("β受体，Δλ", ["β", "受体", "Δλ"]),
        ("PPARα与50μg", ["PPAR", "α", "与", "50", "μ", "g"]),  # Greek after ASCII: apart, as jieba cuts it
        ("안녕하세요 朋友", ["안녕하세요", " ", "朋友"]),
        ("iPhone15 Pro", ["iPhone15", " ", "Pro"]),  # ASCII: jieba's own cuts
        ("好😀😀", ["好", "😀", "😀"]),  # emoji are not letters
    ],
)
def test_words_of_other_scripts_stay_whole(text: str, words: list[str]) -> None:
    # jieba cuts every character outside its blocks (Chinese, ASCII letters and digits) on its own
    assert Segmenter(keep_space=True).tokenize(text) == words
    spans = Segmenter(keep_space=True).spans(text, with_pos=True)
    assert [t.word for t in spans] == words
    assert all(text[t.start : t.end] == t.word for t in spans)


def test_invisible_characters_are_dropped_like_spaces() -> None:
    # Found by a new user: control characters, zero-width characters and the variation selector of ❤️ came back
    # as words, and the command line wrote BEL and ESC bytes into its output.
    from textkit.segmentation import is_invisible

    assert textkit.tokenize("今天\x00天气\x07很好\x1b[31m。") == ["今天", "天气", "很", "好", "31m"]
    assert textkit.tokenize("❤️很好") == ["❤", "很", "好"]
    assert textkit.tokenize("抖音\u200b电商", keep_space=True) == ["抖音", "\u200b", "电商"]
    assert is_invisible("\u200b\u200d") and is_invisible("\x1b") and is_invisible(" \ufe0f")
    assert not is_invisible("") and not is_invisible("抖") and not is_invisible("\u200b音")


# Scraped pages (WeChat articles above all) carry zero-width spaces, joiners and soft hyphens inside words.
# jieba cuts at each of them: 北极\u200b星指标 gave 北极, 星, 指标, and keywords such as 星指标.
_HIDDEN = "抖\u200b音\ufeff电\u200d商的北极\u00ad星指标\u2060是\u180eGMV"


@pytest.mark.parametrize("backend", ["jieba", "rjieba"])
@pytest.mark.parametrize("options", [{}, {"pos": ("n", "v", "eng")}, {"hmm": False}, {"stopwords": "default"}])
def test_invisible_characters_inside_words_do_not_cut_them(backend: str, options: dict[str, object]) -> None:
    if backend == "rjieba":
        pytest.importorskip("rjieba")
    seg = Segmenter(backend=backend, **options)  # type: ignore[arg-type]
    shown = "抖音电商的北极星指标是GMV"
    assert seg.tokenize(_HIDDEN) == seg.tokenize(shown)
    assert seg.tag(_HIDDEN) == seg.tag(shown)
    assert [t.word for t in seg.spans(_HIDDEN)] == seg.tokenize(shown)
    words = [pair for pair in seg.dictionary_tags(_HIDDEN) if pair[1] != "x"]  # not gaps or invisible tokens
    assert words == [pair for pair in seg.dictionary_tags(shown) if pair[1] != "x"]
    assert len(words) >= 5


def test_a_word_with_an_invisible_character_spans_it() -> None:
    spans = [tuple(t) for t in Segmenter().spans("北极\u200b星指标", with_pos=True)]
    assert spans == [("北极星", 0, 4, "n"), ("指标", 4, 6, "n")]
    # keyword phrases are built from dictionary_tags: one between two words must not cut a phrase as a gap would
    for seg in (Segmenter(keep_space=True), Segmenter(pos=("n",)), Segmenter(pos=("n",), keep_space=True)):
        assert seg.dictionary_tags("用户\u200b\u200b体验") == [("用户", "n"), ("体验", "n")]
    # elsewhere it is a token of its own, kept only with keep_space
    assert [tuple(t) for t in Segmenter(keep_space=True).spans("\u200b抖音\u200b\u200b")] == [
        ("\u200b", 0, 1, None),
        ("抖音", 1, 3, None),
        ("\u200b", 3, 4, None),
        ("\u200b", 4, 5, None),
    ]
    assert Segmenter().tokenize("\u200b\ufeff") == []
