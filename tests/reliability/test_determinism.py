"""Determinism (issue 9): byte-identical tables across processes, hash seeds and ``n_jobs``.

A child script computes every table of the case study and prints it as JSON (floats as
``repr``, so any last-bit difference shows). It runs in two children with ``PYTHONHASHSEED`` 0
and 12345 and once more in the test process (a random hash seed unless one is set): all three
outputs must be byte-identical.
"""

from __future__ import annotations

import hashlib
import io
import os
import runpy
import subprocess
import sys
import textwrap
from contextlib import redirect_stdout
from functools import partial
from pathlib import Path

import pandas as pd
import pytest

import textkit
from textkit.corpus import map_texts

# The hostile corpora include HTML on purpose: the TextkitWarning it raises is tested in test_hostile_inputs.py.
pytestmark = pytest.mark.filterwarnings("ignore::textkit.errors.TextkitWarning")

SCRIPT = textwrap.dedent(
    r"""
    import json, sys
    import pandas as pd
    import textkit

    def table(df):
        df = pd.DataFrame(df)
        return {"columns": [str(c) for c in df.columns],
                "rows": [[repr(v) for v in row] for row in df.itertuples(index=False, name=None)]}

    case = textkit.load_case_study()
    original = textkit.extract_article(case.original).body
    summary = case.summary
    out = {}
    out["article"] = original
    out["sentences"] = textkit.split_sentences(original)
    out["tokenize"] = textkit.tokenize(original)
    out["tokenize_stop"] = textkit.tokenize(summary, stopwords="default")
    for method in ("phrase", "tfidf", "textrank"):
        out["keywords_" + method] = table(textkit.keywords(original, method=method, top_n=30))
    out["compare_keywords"] = table(textkit.compare_keywords(original, summary))
    model = textkit.TfidfKeywords().fit(textkit.split_sentences(original))
    out["tfidf_top_terms"] = repr(model.top_terms(textkit.split_sentences(summary)[:3]))
    out["discover_words"] = table(textkit.discover_words(original, top_n=30, min_count=2))
    out["sentiment"] = table(textkit.sentence_sentiment(original))
    out["sentiment_lexicon"] = table(textkit.sentence_sentiment(summary, model="lexicon"))
    out["explain"] = table(textkit.explain_sentiment(summary))
    out["rouge"] = repr(textkit.rouge(summary, original))
    result = textkit.compare(summary, original)
    for name in ("alignment", "coverage", "scores", "checks", "keywords", "keyword_comparison", "sentiment"):
        out["compare_" + name] = table(getattr(result, name))
    out["compare_similarity"] = [[repr(float(x)) for x in row] for row in result.similarity.toarray()]
    import hashlib
    from textkit.plot import figure_to_png_bytes, keyword_bars, word_cloud
    kw = textkit.keywords(original, top_n=15)
    out["png_sha256"] = [hashlib.sha256(figure_to_png_bytes(ax)).hexdigest()
                         for ax in (keyword_bars(kw), word_cloud(kw, width=300, height=150))]
    sys.stdout.write(json.dumps(out, ensure_ascii=False, sort_keys=True))
    """
)


@pytest.fixture(scope="module")
def outputs() -> dict[str, bytes]:
    """The child's output under each hash seed (the children run at the same time)."""
    procs = {
        seed: subprocess.Popen(
            [sys.executable, "-c", SCRIPT],
            env={**os.environ, "PYTHONHASHSEED": seed, "MPLBACKEND": "Agg"},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for seed in ("0", "12345")
    }
    results = {}
    for seed, proc in procs.items():
        stdout, stderr = proc.communicate(timeout=300)
        assert proc.returncode == 0, stderr.decode(errors="replace")[-3000:]
        results[seed] = stdout
    return results


def test_case_study_tables_are_byte_identical_across_hash_seeds(outputs: dict[str, bytes]) -> None:
    digests = {seed: hashlib.sha256(out).hexdigest() for seed, out in outputs.items()}
    assert len(outputs["0"]) > 10_000  # the tables are really there
    assert len(set(digests.values())) == 1, digests


def test_case_study_tables_are_identical_across_runs_in_this_process(outputs: dict[str, bytes], tmp_path: Path) -> None:
    # Run the same script twice here (the second time with warm caches) and compare with a child's.
    # pytest does not fix PYTHONHASHSEED, so this process has a hash seed of its own.
    script = tmp_path / "determinism_script.py"
    script.write_text(SCRIPT, encoding="utf-8")
    for _ in range(2):
        buffer = io.StringIO()
        with redirect_stdout(buffer):
            runpy.run_path(str(script), run_name="__main__")
        assert buffer.getvalue().encode() == outputs["0"]


# --- n_jobs ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def texts() -> list[str]:
    case = textkit.load_case_study()
    sentences = textkit.split_sentences(textkit.extract_article(case.original).body)
    sentences += textkit.split_sentences(case.summary)
    # ~50 texts: single sentences, pairs, duplicates, and a few hostile ones.
    pool = sentences + ["".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2)]
    pool += ["", " ", "😀𠀀𪚥", "<p>抖音</p>", None]
    return pool[:45] + pool[-5:]


@pytest.mark.parametrize(
    ("func", "kwargs"),
    [
        ("tokenize", {}),
        ("keywords", {"top_n": 5}),
        ("normalize", {}),
    ],
)
def test_map_texts_with_two_jobs_equals_one_job(texts: list[str], func: str, kwargs: dict[str, object]) -> None:
    one = map_texts(texts, func, n_jobs=1, progress=False, **kwargs)
    two = map_texts(texts, func, n_jobs=2, chunksize=7, progress=False, **kwargs)
    assert len(one) == len(texts) == len(two)
    assert list(one.index) == list(two.index)
    for a, b in zip(one, two, strict=True):
        if isinstance(a, pd.DataFrame):
            pd.testing.assert_frame_equal(a, b, check_exact=True)
        else:
            assert a == b


def test_map_texts_sentiment_scores_are_identical_with_two_jobs(texts: list[str]) -> None:
    score = partial(_first_score)
    one = map_texts(texts, score, n_jobs=1, progress=False, dtype="float64")
    two = map_texts(texts, score, n_jobs=2, chunksize=5, progress=False, dtype="float64")
    pd.testing.assert_series_equal(one, two, check_exact=True)


def _first_score(text: str) -> float:
    return float(textkit.sentiment(text)["score"].iloc[0])
