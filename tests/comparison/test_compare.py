from __future__ import annotations

import json
import math
import random
from collections import Counter
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

import textkit
from textkit.comparison import DEFAULT_THRESHOLD, Comparison, compare

PAIRS = Path(__file__).resolve().parents[1] / "pairs"

SOURCE = (
    "市图书馆发布年度报告。全年共接待读者42万人次,比上一年增长18%。"
    "图书馆全年借出图书一万八千册,其中少儿读物占四成。"
    "馆长刘建平介绍,去年新开的三家社区分馆最受欢迎。"
    "不过,部分读者反映老馆的座位太少,停车也不方便。"
    "图书馆回应称,老馆改造工程预计在明年启动。"
)


def fast(summary: str, original: str, **kw) -> Comparison:
    kw.setdefault("sentiment", False)
    kw.setdefault("keywords_top_n", 0)
    return compare(summary, original, **kw)


# -- alignment -----------------------------------------------------------------------------


def test_identical_texts_fully_supported():
    c = compare(SOURCE, SOURCE, sentiment=False)
    assert c.alignment["supported"].all()
    assert (c.alignment["similarity"] == 1.0).all()
    assert c.alignment["source_index"].tolist() == list(range(len(c.alignment)))
    assert c.score("rouge1_char_f1") == 1.0
    assert c.score("rougeL_word_f1") == 1.0
    assert c.score("supported_share") == 1.0
    assert c.score("novel_bigrams") == 0.0
    assert c.coverage["covered"].all()


def test_a_sentence_the_original_repeats_is_supported():
    # Found by a new user: a clause whose every bigram is in 20 or more of the original's sentences found no
    # sentence, and a sentence copied word for word was "low support".
    sentence = "2024年，滨江市公共图书馆共接待读者一百二十万人次，比上一年增长了百分之十五。"
    for copies in (20, 25, 200):
        c = compare(sentence, (sentence + "\n") * copies, sentiment=False)
        assert c.alignment["supported"].all(), copies
    c = compare(sentence, (sentence + "\n") * 20 + "比上一年增长了百分之十五。", sentiment=False)
    assert c.alignment["supported"].all()


def test_empty_summary():
    c = compare("", SOURCE, sentiment=False)
    assert len(c.alignment) == 0
    assert list(c.alignment.columns) == [
        "summary_index",
        "summary_sentence",
        "kind",
        "source_sentence",
        "source_index",
        "source_indices",
        "similarity",
        "cosine",
        "support",
        "supported",
        "reason",
    ]
    assert c.similarity.shape == (0, len(c.coverage))
    assert c.score("rouge1_char_f1") == 0.0
    assert math.isnan(c.score("supported_share"))  # no claim: no share
    assert not c.coverage["covered"].any()


def test_empty_original():
    c = fast("抖音电商很高效。", "")
    assert c.alignment["supported"].tolist() == [False]
    assert c.alignment["source_index"].tolist() == [-1]
    assert "empty" in c.alignment["reason"][0]
    assert len(c.coverage) == 0


def test_changed_number_is_unsupported_with_reason():
    c = fast("全年借出图书三万册,少儿读物占四成。", SOURCE)
    row = c.alignment.iloc[0]
    assert not row["supported"]
    assert row["source_index"] == 2
    assert "number: summary 三万册 (30000), source 一万八千册 (18000) (source sentence 2)" in row["reason"]
    missing = c.checks.loc[~c.checks["in_source"]]
    assert missing["text"].tolist() == ["三万册"]


def test_changed_name_is_unsupported():
    c = fast("副馆长王丽介绍,去年新开的三家社区分馆最受欢迎。", SOURCE)
    assert not c.alignment["supported"][0]
    assert c.alignment["reason"][0] == "name: summary 王丽, source 刘建平 (source sentence 3)"


def test_fused_sentence_is_supported_by_two_sources():
    c = fast("有读者反映老馆座位太少、停车不方便,图书馆称老馆改造工程预计明年启动。", SOURCE)
    row = c.alignment.iloc[0]
    assert row["supported"]
    assert row["source_indices"] == (4, 5)


def test_reordered_paraphrase_is_supported():
    c = fast("比上一年增长18%,全年接待读者42万人次。", SOURCE)
    assert c.alignment["supported"].tolist() == [True]


def test_invented_claim_is_unsupported():
    c = fast("图书馆还获得了全国文明单位的称号。", SOURCE)
    assert not c.alignment["supported"][0]
    assert c.alignment["reason"][0].startswith("low support: ") and c.alignment["support"][0] < DEFAULT_THRESHOLD


def test_new_negation_is_unsupported():
    c = fast("老馆改造工程明年不会启动。", SOURCE)
    assert not c.alignment["supported"][0]


def test_heading_and_section_number():
    original = "01\n抖音电商的增量价值\n抖音电商也继承了高效分发的飞轮。"
    c = fast("01\n抖音电商的增量价值\n抖音电商继承了高效分发的飞轮。", original)
    # Headings are neither supported nor unsupported, and are left out of the counts.
    assert c.alignment["kind"].tolist() == ["heading", "heading", "claim"]
    assert c.alignment["supported"].isna().tolist() == [True, True, False]
    assert bool(c.alignment["supported"][2])
    assert c.score("summary_headings") == 2 and c.score("summary_claims") == 1 and c.score("supported_share") == 1
    assert len(c.unsupported()) == 0


def test_coverage_offsets_and_similarity_shape():
    summary = "全年接待读者42万人次。老馆改造工程预计在明年启动。"
    c = fast(summary, SOURCE)
    for row in c.coverage.itertuples():
        assert SOURCE[row.start : row.end] == row.source_sentence
    assert c.similarity.shape == (2, len(c.coverage))
    dense = c.similarity.toarray()
    assert ((dense >= 0) & (dense <= 1)).all()
    assert c.coverage["covered"].tolist() == [False, True, False, False, False, True]
    assert np.allclose(c.coverage["similarity"], dense.max(axis=0))
    assert c.coverage["paragraph"].tolist() == [0] * 6
    two = fast("第二段。", "第一段。\n\n第二段。第三句。")
    assert two.coverage["paragraph"].tolist() == [0, 1, 1]


def test_outputs(tmp_path):
    c = compare("全年借出图书三万册。馆长刘建平介绍,三家社区分馆最受欢迎。", SOURCE, sentiment=False)
    data = c.to_dict()
    json.dumps(data, ensure_ascii=False)
    assert [r["supported"] for r in data["alignment"]] == [False, True]
    assert set(c.scores.columns) == {"metric", "value"}
    assert {"rouge1_char_f1", "rouge2_word_f1", "compression_ratio", "novel_bigrams", "keyword_coverage"} <= set(
        c.scores["metric"]
    )
    frame = c.to_frame()
    assert len(frame) == 2 and frame["source_indices"].tolist() == ["2", "3"]
    md = c.to_markdown()
    assert "1 of 2 summary claims are supported" in md and "三万册" in md
    out = tmp_path / "report.html"
    page = c.to_html(out)
    assert out.read_text(encoding="utf-8") == page
    assert page.startswith("<!DOCTYPE html>") and 'class="s no"' in page
    assert "http://" not in page and "https://" not in page  # self-contained
    assert len(c.unsupported()) == 1
    assert "2 summary claims, 1 supported" in repr(c)


def test_keyword_coverage():
    c = compare("馆长刘建平介绍社区分馆。", SOURCE, sentiment=False, keywords_top_n=5)
    assert len(c.keywords) == 5
    assert list(c.keywords.columns) == ["word", "weight", "in_summary"]
    share = c.keywords["in_summary"].mean()
    assert c.score("keyword_coverage") == pytest.approx(share)


def test_sentiment_of_both_texts():
    c = compare("图书馆很受欢迎。停车不方便。", SOURCE, keywords_top_n=0, rouge_scores=False)
    if c.notes:  # the sentiment model is another module's; its absence must not break compare
        pytest.skip(c.notes[0])
    assert c.sentiment["text"].tolist().count("summary") == 2
    assert (c.sentiment["text"] == "original").sum() == len(c.coverage)
    mean = c.sentiment.loc[c.sentiment["text"] == "summary", "score"].astype(float).mean()
    assert c.score("sentiment_mean_summary") == pytest.approx(mean)


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"threshold": 1.5}, "threshold"),
        ({"threshold": True}, "threshold"),
        ({"segmenter": "jieba"}, "segmenter"),
        ({"keywords_top_n": -1}, "keywords_top_n"),
        ({"sentiment": "yes"}, "sentiment"),
    ],
)
def test_bad_options(kwargs, name):
    with pytest.raises(textkit.TextkitError, match=name):
        compare("抖音", "抖音", **kwargs)


def test_bad_text():
    with pytest.raises(textkit.TextkitError, match="summary"):
        compare(None, "抖音")  # type: ignore[arg-type]
    with pytest.raises(textkit.TextkitError, match="original"):
        compare("抖音", 3)  # type: ignore[arg-type]


def test_emoji_and_mixed_scripts():
    c = fast("GMV增长👍 very good!", "GMV增长很快👍。")
    assert len(c.alignment) == 1
    assert c.alignment["similarity"][0] >= 0


# -- labelled pairs --------------------------------------------------------------------------


def load_pairs(split: str) -> list[dict]:
    pairs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(PAIRS.glob(f"{split}_*.json"))]
    assert pairs, split
    return pairs


def accuracy(split: str) -> tuple[int, int]:
    right = total = 0
    for pair in load_pairs(split):
        sentences = [s["sentence"] for s in pair["summary_sentences"]]
        c = fast("\n".join(sentences), pair["original"], rouge_scores=False)
        assert c.alignment["summary_sentence"].tolist() == sentences
        for label, kind, got in zip(
            pair["summary_sentences"], c.alignment["kind"], c.alignment["supported"], strict=True
        ):
            if kind == "heading":
                continue  # neither supported nor not
            right += label["supported"] == bool(got)
            total += 1
    return right, total


def test_pairs_are_well_formed():
    n = 0
    for split in ("tune", "heldout", "heldout2", "heldout3", "dev8", "heldout4"):
        for pair in load_pairs(split):
            assert pair["split"] == split
            labels = [s["supported"] for s in pair["summary_sentences"]]
            assert True in labels and False in labels
            n += len(labels)
    assert n >= 40


def test_accuracy_on_tuning_pairs():
    # The support model trains on these pairs among 30,000 CSL units; 34 of their 45 claims are right (the first,
    # rule-based check was tuned on them: 48 of 50).
    right, total = accuracy("tune")
    assert total == 45
    assert right / total >= 0.74


@pytest.mark.parametrize(
    ("split", "claims", "least"),
    [("heldout", 29, 0.75), ("heldout2", 26, 0.75), ("heldout3", 20, 0.75), ("dev8", 34, 0.8), ("heldout4", 12, 0.75)],
)
def test_accuracy_on_heldout_pairs(split, claims, least):
    # Never trained on (23/29 and 23/26 right when last measured; the first, rule-based check: 21/30 and 28/30).
    # heldout3 was written after the approximate ranges, anchored directions, relative years and role swaps, and
    # measured once: 15 of 20. dev8 (session 8) was written in three rounds, each after the last change to the
    # checks, and the checks were then changed on its misses (first looks 5/10, 9/12, 7/12; 29 of 34 now);
    # heldout4 was written after the last of those changes and measured once: 9 of 12 (10 after the swap it
    # showed was fixed).
    right, total = accuracy(split)
    assert total == claims
    assert right / total >= least


def test_case_study_agreement_with_hand_labels(case_study):
    labels = json.loads((PAIRS / "case_study_labels.json").read_text(encoding="utf-8"))["sentences"]
    c = fast(case_study.summary, case_study.original, rouge_scores=False)
    assert c.alignment["summary_sentence"].tolist() == [s["sentence"] for s in labels]
    claims = [
        (s, got)
        for s, kind, got in zip(labels, c.alignment["kind"], c.alignment["supported"], strict=True)
        if kind == "claim"
    ]
    agree = sum(s["supported"] == bool(got) for s, got in claims)
    assert len(claims) == 53  # the section numbers and title-like lines are headings
    assert agree / len(claims) >= 0.85  # 51 of 53 against the whole page when last measured
    # The sentences with invented names and numbers are flagged for the right reason, without pointing at an
    # unrelated quantity of the original.
    reasons = dict(zip(c.alignment["summary_index"], c.alignment["reason"], strict=True))
    assert "name: summary 李雯雯, not in the original" in reasons[0]
    assert "number: summary 618, not in the source" in reasons[40]


def test_clean_original_drops_page_furniture(case_study):
    raw = fast(case_study.summary, case_study.original, rouge_scores=False)
    clean = fast(case_study.summary, case_study.original, rouge_scores=False, clean_original=True)
    assert len(clean.coverage) < len(raw.coverage)
    assert not clean.coverage["source_sentence"].str.contains("135-6897-3662").any()
    assert clean.alignment["summary_sentence"].tolist() == raw.alignment["summary_sentence"].tolist()


def test_threshold_is_documented_default():
    assert 0 < DEFAULT_THRESHOLD < 1


@pytest.mark.parametrize(
    ("summary", "original", "reason"),
    [
        # 并非 and 不同意 sat on a "not a negation" list of compare.py while the sentiment lexicon negated with them.
        ("研究团队认为这位教授并非该领域的专家。", "研究团队认为这位教授是该领域的专家。", "adds a negation"),
        ("研究团队认为这位教授是该领域的专家。", "研究团队认为这位教授并非该领域的专家。", "drops a negation"),
        ("他不同意这个方案。", "他同意这个方案，并且签了字。", "adds a negation"),
    ],
)
def test_negation_words_of_the_shared_vocabulary_are_checked(summary: str, original: str, reason: str) -> None:
    row = compare(summary, original, sentiment=False, rouge_scores=False, keywords_top_n=0).alignment.iloc[0]
    assert not row["supported"]
    assert row["reason"].startswith("negation: ") and row["reason"].endswith(f"the summary {reason}")


def test_char_ngrams_equal_scikit_learn_char_wb(case_study):
    from sklearn.feature_extraction.text import TfidfVectorizer

    from textkit.comparison.align import _char_ngrams
    from textkit.comparison.units import spaced

    analyzer = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 3), preprocessor=spaced, lowercase=False)
    reference = analyzer.build_analyzer()
    rng = random.Random(5)
    texts = textkit.split_sentences(case_study.original)
    texts += [
        "".join(rng.choice("抖音电商 ，。\t\n a,b;：x Ｘ") for _ in range(rng.randint(0, 14))) for _ in range(1000)
    ]
    for text in texts:
        assert Counter(_char_ngrams(text)) == Counter(reference(text)), text


def _ngram_texts(case_study) -> list[str]:
    rng = random.Random(11)
    alphabet = "抖音电商的增长 ，。\t\n a,b;：x Ｘ7😀\U00020001\ud800"
    texts = [*textkit.split_sentences(case_study.original), "", "。", "😀", "a", "ab", "抖音抖音抖音"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(500)]
    return texts


@pytest.mark.parametrize("block", [2**18, 1, 50])  # texts counted a block of characters at a time
def test_char_ngram_counts_are_scikit_learns_count_matrix_array_for_array(case_study, monkeypatch, block):
    from sklearn.feature_extraction.text import CountVectorizer

    from textkit.comparison import align
    from textkit.comparison.align import _char_ngram_counts, _char_ngrams

    monkeypatch.setattr(align, "_NGRAM_BLOCK", block)
    texts = _ngram_texts(case_study)
    for chosen in (texts, texts[:3], texts[-40:], [texts[0]] * 3, ["a", "😀。", "b"]):
        expected = CountVectorizer(analyzer=_char_ngrams, lowercase=False, dtype=np.float64).fit_transform(chosen)
        got = _char_ngram_counts(chosen)
        assert got.shape == expected.shape
        for part in ("indptr", "indices", "data"):  # the same entries in the same order: the same floats later
            assert np.array_equal(getattr(got, part), getattr(expected, part)), part
    assert _char_ngram_counts(["😀", "。"]).shape == (2, 0)
    assert _char_ngram_counts([]).shape == (0, 0)


def test_similarity_matrix_equals_scikit_learns_tfidf_cosines_bit_for_bit(case_study):
    from sklearn.feature_extraction.text import TfidfVectorizer

    from textkit.comparison.align import TOP_SIMILAR, _char_ngrams, similarity_matrix

    texts = _ngram_texts(case_study)
    summary, source = texts[-60:], texts[:-60]
    matrix = TfidfVectorizer(analyzer=_char_ngrams, sublinear_tf=True, lowercase=False).fit_transform(source + summary)
    dense = np.clip((matrix[len(source) :] @ matrix[: len(source)].T).toarray(), 0.0, 1.0)
    got = similarity_matrix(summary, source).toarray()
    for row, expected in zip(got, dense, strict=True):
        kept = row > 0
        assert kept.sum() == min(TOP_SIMILAR, (expected > 0).sum())
        assert np.array_equal(row[kept], expected[kept])  # the same floats, not close ones
        assert row[kept].min(initial=1.0) >= np.sort(expected)[-TOP_SIMILAR]
    # a summary sentence without a letter or character: nothing similar, where scikit-learn's vocabulary is empty
    assert similarity_matrix(["😀。"], ["。"]).nnz == 0


def test_source_indexing_only_the_summary_finds_the_same_sentences(case_study):
    from textkit.comparison.source import Source

    original = textkit.extract_article(case_study.original).body
    full, narrow = Source(original), Source(original)
    narrow.expect(case_study.summary)
    for unit in [*textkit.split_sentences(case_study.summary), "北极星指标", "完全不相干的句子"]:
        assert narrow.best_sentences(unit) == full.best_sentences(unit), unit


def test_best_sentences_are_the_highest_idf_weighted_bigram_sums_ties_to_the_first(case_study):
    from textkit.comparison.source import Source
    from textkit.comparison.units import bigrams

    def plain(source: Source, text: str, k: int) -> list[int]:  # the definition, with Python floats and a dict
        cap = max(20, len(source.sentences) // 20)
        for limit in (cap, len(source.sentences)):  # common bigrams count only when the text has no other
            scores: dict[int, float] = {}
            for g in sorted(bigrams(text)):
                hits = [i for i, grams in enumerate(source.grams) if g in grams]
                if len(hits) <= limit:
                    for i in hits:
                        scores[i] = scores.get(i, 0.0) + source.idf.get(g, source.unseen)
            if scores:
                break
        return [i for i, _ in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:k]]

    rng = random.Random(7)
    original = textkit.extract_article(case_study.original).body
    repeated = "抖音电商。抖音直播。电商直播。" * 30  # many equal sums: ties go to the first sentence
    for text in (original, repeated, SOURCE):
        source = Source(text)
        units = [*textkit.split_sentences(case_study.summary), "抖音电商", "完全不相干的句子", "", "。"]
        units += ["".join(rng.sample(text, rng.randint(2, 12))) for _ in range(100)]
        for unit in units:
            for k in (1, 5, 1000):
                assert source.best_sentences(unit, k) == plain(source, unit, k), (unit, k)
    # 抖音 is in 60 of the 90 sentences: too common to point anywhere, but it is all the text has
    assert Source(repeated).best_sentences("抖音") == [0, 1, 3, 4, 6]
    assert Source(repeated).best_sentences("抖音电商") == [0, 3, 6, 9, 12]  # 音电 is rare enough to count alone
    assert Source("抖音电商。抖音直播。电商直播。" * 5).best_sentences("抖音", 3) == [0, 1, 3]


def test_the_readme_states_the_measured_faithfulness(case_study):
    from textkit.comparison.support import load_support_model

    readme = (PAIRS.parents[1] / "README.md").read_text(encoding="utf-8")
    cv = load_support_model().meta["cv"]
    own, other = cv["title"]["accepted"], 1 - cv["other_title"]["accepted"]
    caught = ", ".join(f"{1 - cv[k]['accepted']:.0%}" for k in ("number", "direction", "negation"))
    assert f"{own:.1%} of papers' own titles supported and {other:.1%} of the nearest other" in readme
    assert f"(AUC {cv['title_auc']:.3f})" in readme
    assert f"caught {caught}; verbatim sentences supported {cv['verbatim']['accepted']:.0%}" in readme
    labels = json.loads((PAIRS / "case_study_labels.json").read_text(encoding="utf-8"))["sentences"]
    # against the article's body, as benchmarks/faithfulness.py and SUPPORT.md measure it
    c = fast(case_study.summary, textkit.extract_article(case_study.original).body, rouge_scores=False)
    rows = zip(labels, c.alignment["kind"], c.alignment["supported"], strict=True)
    claims = [(s, got) for s, kind, got in rows if kind == "claim"]
    agree = sum(s["supported"] == bool(got) for s, got in claims)
    held = [accuracy(split) for split in ("heldout", "heldout2")]
    assert f"case study {agree} of {len(claims)} claims" in readme
    # ... and the limits section, wrapped over two lines
    assert f"SEO summary, which does that, {agree} of its {len(claims)} claims" in " ".join(readme.split())
    assert f"held-out sets {held[0][0] / held[0][1]:.0%} and {held[1][0] / held[1][1]:.0%}" in readme
    card = " ".join(resources.files("textkit.resources").joinpath("SUPPORT.md").read_text("utf-8").split())
    assert f"{agree} of {len(claims)} claims agree with the hand labels" in card
    assert f"`tests/pairs`, {held[0][0]} of {held[0][1]} and {held[1][0]} of {held[1][1]}." in card


# -- invisible characters ------------------------------------------------------------------

_HIDDEN = "\u200b\u00ad\ufeff\u200d"


def _with_invisible(text: str, seed: int) -> str:
    rng = random.Random(seed)
    return "".join(ch + rng.choice(_HIDDEN) if rng.random() < 0.05 else ch for ch in text)


def test_invisible_characters_change_no_verdict(case_study: textkit.CaseStudy) -> None:
    # A scraped summary and original full of zero-width spaces: before, they split clauses, words and sentences
    # ("3.\u200b5" ended a sentence), and a changed number, date or direction word went uncaught more often.
    original = textkit.extract_article(case_study.original).body
    summary = case_study.summary.replace("全面提升", "全面降低", 1)  # one flipped direction among the real claims
    plain = fast(summary, original).claims()
    marked = fast(_with_invisible(summary, 1), _with_invisible(original, 2)).claims()
    assert len(marked) == len(plain) == 53
    assert marked["supported"].tolist() == plain["supported"].tolist()
    assert marked["support"].tolist() == pytest.approx(plain["support"].tolist(), abs=1e-12)
    for column in ("summary_sentence", "reason"):  # quoted as written, marks included
        shown = marked[column].map(lambda s: "".join(ch for ch in s if ch not in _HIDDEN))
        assert shown.tolist() == plain[column].tolist()
    flipped = plain["summary_sentence"].str.contains("全面降低体验分")
    assert flipped.sum() == 1 and not marked.loc[flipped, "supported"].any()
