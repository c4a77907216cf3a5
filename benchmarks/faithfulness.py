"""How faithful `textkit.compare`'s verdicts are, on data nobody here wrote and on textkit's own labelled pairs.

1. **CSL's title task** (``../shared/eval/csl_titles_dev.tsv``, read from the shared folder, not shipped): each
   paper's title against its abstract should be supported, the nearest other paper's title (highest TF-IDF cosine
   of character 1–3-grams with the abstract) not; and the abstracts' own sentences, verbatim or with one fact
   changed (`textkit.comparison.perturb`: a number, a date, a direction word, a negation, a name, or a spliced
   clause). The support model was trained on this file, so these figures are in sample; the out-of-fold figures
   (papers never seen in training) that the shipped weights record are printed beside them.
2. **textkit's labelled pairs** (``tests/pairs``): the tuning pairs (trained on), the two held-out splits and the
   case study's summary against its article (never trained on), headings left out.
3. **Probes** (``faithfulness_probes.tsv``, ``faithfulness_probes_after.tsv``, ``faithfulness_zero_probes.tsv``,
   ``faithfulness_zero_probes_2.tsv``, ``faithfulness_reduced_zero_probes.tsv``): a source sentence, a faithful
   paraphrase and the paraphrase with one fact changed, by kind of fact; the second file was written after the
   quantifier, modality, comparison and ordinal checks by a writer who saw no code, the last three after the reading
   of zeros that say none (``零增长``, ``事故为零``, ``投诉量降到了零``) by writers who saw no code (kinds
   ``zero_paraphrase``, ``zero_plain`` and ``reduced_paraphrase``, like ``hard_faithful``, repeat the faithful
   paraphrase: no change to catch).

Every verdict comes from the public `compare`, as a user would call it. ``--traditional`` converts every summary
and source of the CSL part to traditional characters with OpenCC's ``s2t`` after the facts are changed (the
``opencc`` extra), to measure the checks on traditional text. ``--invisible`` puts a zero-width space, soft hyphen,
byte order mark or zero-width joiner after 5% of the characters of every summary and source (as scraped pages carry
them), after the facts are changed: the verdicts should be those of the plain texts.

    .venv/bin/python benchmarks/faithfulness.py [--papers 1000] [--traditional] [--invisible]
"""

from __future__ import annotations

import argparse
import json
import random
import zlib
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import roc_auc_score

import textkit
from textkit.comparison import compare
from textkit.comparison.perturb import PERTURBATIONS, perturb

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval" / "csl_titles_dev.tsv"
PAIRS = ROOT / "tests" / "pairs"
PROBES = ROOT / "benchmarks" / "faithfulness_probes.tsv"
PROBES_AFTER = ROOT / "benchmarks" / "faithfulness_probes_after.tsv"
PROBES_ZERO = ROOT / "benchmarks" / "faithfulness_zero_probes.tsv"
PROBES_ZERO_2 = ROOT / "benchmarks" / "faithfulness_zero_probes_2.tsv"
PROBES_REDUCED = ROOT / "benchmarks" / "faithfulness_reduced_zero_probes.tsv"
# kinds whose changed column is the faithful one
NOTHING_CHANGED = ("hard_faithful", "zero_paraphrase", "zero_plain", "reduced_paraphrase")


CONVERT: list[Callable[[str], str]] = []  # --traditional: OpenCC's s2t; --invisible: `with_invisible`
HIDDEN = "\u200b\u00ad\ufeff\u200d"


def with_invisible(text: str, rate: float = 0.05) -> str:
    """``text`` with an invisible character after about ``rate`` of its characters (the same for the same text)."""
    rng = random.Random(zlib.crc32(text.encode("utf-8")))
    return "".join(ch + rng.choice(HIDDEN) if rng.random() < rate else ch for ch in text)


def verdict(summary: str, original: str) -> tuple[float, bool]:
    for convert in CONVERT:
        summary, original = convert(summary), convert(original)
    row = compare(summary, original, sentiment=False, rouge_scores=False, keywords_top_n=0).claims()
    return float(row["support"].min()), bool(row["supported"].all())


def csl(papers: int) -> None:
    rows = [line.split("\t") for line in EVAL.read_text(encoding="utf-8").splitlines()]
    abstracts = [r[1] for r in rows if len(r) == 3]
    titles = [r[2] for r in rows if len(r) == 3]
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 3), sublinear_tf=True).fit(abstracts + titles)
    sim = (vectorizer.transform(abstracts) @ vectorizer.transform(titles).T).toarray()
    np.fill_diagonal(sim, -1.0)
    nearest = sim.argmax(axis=1)
    rng = random.Random(7)
    chosen = sorted(rng.sample(range(len(abstracts)), min(papers, len(abstracts))))
    own, other, kinds = [], [], {k: [] for k in ("verbatim", *PERTURBATIONS)}
    for i in chosen:
        own.append(verdict(titles[i], abstracts[i]))
        other.append(verdict(titles[nearest[i]], abstracts[i]))
        sentences = [s for s in textkit.split_sentences(abstracts[i]) if len(s) >= 8]
        if not sentences:
            continue
        kinds["verbatim"].append(verdict(rng.choice(sentences), abstracts[i]))
        donor = abstracts[(i + 1) % len(abstracts)]
        for kind in PERTURBATIONS:
            for sentence in rng.sample(sentences, len(sentences)):
                changed = perturb(sentence, kind, seed=i, donor=donor)
                if changed is not None:
                    kinds[kind].append(verdict(changed.text, abstracts[i]))
                    break
    recorded = json.loads(resources.files("textkit.resources").joinpath("support_model.json").read_text("utf-8"))["cv"]
    print(f"CSL title task, {len(chosen)} papers (in sample; out of fold as recorded by scripts/train_support.py)")
    print(f"{'what':34} {'n':>5} {'share':>7} {'out of fold':>12}")
    own_share = np.mean([ok for _, ok in own])
    print(f"{'own titles supported':34} {len(own):5} {own_share:7.3f} {recorded['title']['accepted']:12.3f}")
    print(
        f"{'nearest-other titles rejected':34} {len(other):5} {1 - np.mean([ok for _, ok in other]):7.3f}"
        f" {1 - recorded['other_title']['accepted']:12.3f}"
    )
    supports = [s for s, _ in own] + [s for s, _ in other]
    labels = [1] * len(own) + [0] * len(other)
    auc = roc_auc_score(labels, supports)
    print(f"{'AUC of support, own vs other':34} {len(labels):5} {auc:7.3f} {recorded['title_auc']:12.3f}")
    for kind, got in kinds.items():
        share = np.mean([ok for _, ok in got]) if got else float("nan")
        what = "verbatim sentences supported" if kind == "verbatim" else f"one {kind} changed: caught"
        shown = share if kind == "verbatim" else 1 - share
        cv = recorded[kind]["accepted"] if kind == "verbatim" else 1 - recorded[kind]["accepted"]
        print(f"{what:34} {len(got):5} {shown:7.3f} {cv:12.3f}")


def pairs() -> None:
    print("\ntextkit's labelled pairs (headings left out)")
    print(f"{'split':12} {'claims':>7} {'right':>6} {'share':>7}")
    names = ("tune", "heldout", "heldout2", "heldout3", "dev8", "heldout4")
    splits = [(s, sorted(PAIRS.glob(f"{s}_*.json"))) for s in names]
    for name, files in splits:
        right = total = 0
        for path in files:
            data = json.loads(path.read_text(encoding="utf-8"))
            labels = [s["supported"] for s in data["summary_sentences"]]
            summary = "\n".join(s["sentence"] for s in data["summary_sentences"])
            al = compare(summary, data["original"], sentiment=False, rouge_scores=False, keywords_top_n=0).alignment
            for label, kind, got in zip(labels, al["kind"], al["supported"], strict=True):
                if kind == "claim":
                    right += label == bool(got)
                    total += 1
        print(f"{name:12} {total:7} {right:6} {right / total:7.3f}")
    case = textkit.load_case_study()
    labels = [s["supported"] for s in json.loads((PAIRS / "case_study_labels.json").read_text("utf-8"))["sentences"]]
    al = compare(
        case.summary, textkit.extract_article(case.original).body, sentiment=False, rouge_scores=False
    ).alignment
    got = [
        (label, bool(s)) for label, kind, s in zip(labels, al["kind"], al["supported"], strict=True) if kind == "claim"
    ]
    right = sum(a == b for a, b in got)
    print(f"{'case study':12} {len(got):7} {right:6} {right / len(got):7.3f}")


def probe_results(path: Path = PROBES) -> dict[str, tuple[int, int, int]]:
    """For each kind of probe in ``path``: pairs, faithful paraphrases supported, changed ones rejected."""
    out: dict[str, tuple[int, int, int]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(("#", "kind\t")):
            continue
        kind, source, faithful, changed = line.split("\t")
        ok = compare(faithful, source, sentiment=False, keywords_top_n=0).claims()["supported"].all()
        caught = not compare(changed, source, sentiment=False, keywords_top_n=0).claims()["supported"].all()
        n, a, b = out.get(kind, (0, 0, 0))
        out[kind] = (n + 1, a + bool(ok), b + bool(caught))
    return out


def probes() -> None:
    for path in (PROBES, PROBES_AFTER, PROBES_ZERO, PROBES_ZERO_2, PROBES_REDUCED):
        print(f"\nprobes ({path.name}): a paraphrase, and the same with one fact changed")
        print(f"{'kind':18} {'pairs':>6} {'faithful supported':>19} {'change caught':>14}")
        for kind, (n, ok, caught) in probe_results(path).items():
            print(f"{kind:18} {n:6} {ok:19} {caught if kind not in NOTHING_CHANGED else '-':>14}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--papers", type=int, default=1000, help="CSL papers to sample")
    parser.add_argument("--traditional", action="store_true", help="CSL texts converted to traditional characters")
    parser.add_argument("--invisible", action="store_true", help="zero-width characters put into the CSL texts")
    args = parser.parse_args()
    if args.traditional:
        import opencc

        CONVERT.append(opencc.OpenCC("s2t").convert)
        print("CSL texts converted to traditional characters (OpenCC s2t) after the facts are changed")
    if args.invisible:
        CONVERT.append(with_invisible)
        print("CSL texts with a zero-width character after 5% of their characters, after the facts are changed")
    if EVAL.is_file():
        csl(args.papers)
    else:
        print(f"{EVAL} is missing: the CSL part is skipped")
    pairs()
    probes()


if __name__ == "__main__":
    main()
