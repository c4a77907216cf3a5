"""The checks a supported summary sentence must pass: its numbers, names and negations agree with the source.

- Every quantity (``三万册``, ``6亿``, ``2019年``, ``30%``, ``周五``) must also be in the source sentences or the
  other candidates.
- Every name (a person's name, organisation, Latin-letter brand, ``《title》``) must be in the original.
- A clause must not drop or add a negation (`textkit.lang_zh.count_negations`) against the source clause it
  comes from.
"""

from __future__ import annotations

import re
import unicodedata

from ..lang_zh import SURNAMES, Quantity, count_negations, find_quantities, same_quantity
from ..segmentation import Segmenter
from .units import bigrams, clauses, normalize_for_match

__all__ = ["check_quantities", "find_names", "polarity_change"]

_CLAUSE_MATCH = 0.5  # a summary clause comes from the source clause sharing this share of its bigrams
_TITLE_RE = re.compile(r"《([^《》]{1,40})》")


def find_names(segmenter: Segmenter, sentence: str) -> list[str]:
    """The names in a sentence: 《titles》, Latin-letter names, people (a common surname), organisations."""
    out: list[str] = [t for t in _TITLE_RE.findall(sentence) if t.strip()]  # 《书名》: publications, titles
    for word, tag in segmenter.tag(unicodedata.normalize("NFKC", sentence)):
        word = word.strip()
        if tag == "eng" or (word.isascii() and word.isalpha()):
            if len(word) >= 2 and word.isascii() and any(c.isalpha() for c in word) and word not in out:
                out.append(word)
        elif word not in out and _looks_like_name(word, tag):
            out.append(word)
    return out


def _looks_like_name(word: str, tag: str) -> bool:
    """A person (nr: 2–4 characters starting with a common surname), organisation (nt) or foreign name."""
    if tag in ("nr", "nrfg"):
        return 2 <= len(word) <= 4 and (word[0] in SURNAMES or word[:2] in SURNAMES)
    if tag == "nrt":
        return len(word) >= 3
    return tag == "nt" and len(word) >= 2


def check_quantities(summary_sentence: str, region: list[str]) -> tuple[list[tuple[Quantity, bool, str]], str]:
    """Each quantity of the sentence, whether the region has it, and the first failure's reason."""
    found_here = find_quantities(normalize_for_match(summary_sentence))
    if not found_here:
        return [], ""
    source_q = [q for text in region for q in find_quantities(normalize_for_match(text))]
    results: list[tuple[Quantity, bool, str]] = []
    reason = ""
    for q in found_here:
        ok = any(same_quantity(q, s) for s in source_q)
        detail = ""
        if not ok:
            others = [s for s in source_q if not any(same_quantity(s, x) for x in found_here)]
            same_kind = [s for s in others if s.unit == q.unit] or [s for s in others if s.kind == q.kind] or others
            says = ", ".join(dict.fromkeys(s.describe() for s in same_kind[:2]))
            detail = f"number {q.describe()} not in source" + (f": source says {says}" if says else "")
            reason = reason or detail
        results.append((q, ok, detail))
    return results, reason


def polarity_change(summary_sentence: str, region: list[str]) -> str:
    """Reason if a summary clause drops or adds a negation against the source clause it comes from."""
    source_clauses = [c for text in region for c in clauses(text)]
    source_grams = [bigrams(c) for c in source_clauses]
    for clause in clauses(summary_sentence):
        grams = bigrams(clause)
        if len(clause) < 4 or not grams:
            continue
        overlaps = [(len(grams & g) / len(grams), -k) for k, g in enumerate(source_grams)]
        if not overlaps:
            return ""
        share, neg_k = max(overlaps)
        if share < _CLAUSE_MATCH:
            continue
        source = source_clauses[-neg_k]
        mine, theirs = count_negations(clause), count_negations(source)
        if mine != theirs:
            what = "drops a negation" if mine < theirs else "adds a negation"
            return f"{what}: source says {source}"
    return ""
