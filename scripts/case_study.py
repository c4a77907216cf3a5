"""Run the case study end to end: read both texts, split sentences, segment, print a summary."""

from __future__ import annotations

import textkit


def main() -> None:
    case = textkit.load_case_study()
    for name, raw in (("original (scraped page)", case.original), ("summary (SEO repost)", case.summary)):
        text = textkit.normalize(raw)
        sentences = textkit.split_sentences(text)
        tokens = textkit.tokenize(text)
        content = textkit.tokenize(text, stopwords="default")
        print(f"== {name}: {len(raw):,} characters, {len(sentences)} sentences, {len(tokens):,} tokens")
        for sentence in sentences[:3]:
            print("   sentence:", sentence)
        longest = max(sentences, key=len)
        print("   longest sentence starts:", longest[:60], "…")
        print("   its tokens:", " / ".join(textkit.tokenize(longest)[:20]), "…")
        counts: dict[str, int] = {}
        for word in content:
            if len(word) > 1:
                counts[word] = counts.get(word, 0) + 1
        top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:12]
        print("   most frequent content words:", ", ".join(f"{w} {n}" for w, n in top))
    print("\nThe scraped page still carries its city list and navigation: see notebooks/ once cleaning lands.")


if __name__ == "__main__":
    main()
