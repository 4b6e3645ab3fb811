#!/usr/bin/env python3
"""Sentence and paragraph segmentation throughput on real articles, one core, and jieba's
word throughput for comparison.

    python bench/segment_throughput.py [ARTICLES.jsonl ...] [--repeat 3] [--words-mb 2]

Defaults to ../shared/data/news/*.jsonl when it exists. Each article is one text, its
paragraphs one per line. Prints MB/s (UTF-8) and characters/s; the sentence count is a
check that the work was done. jieba is timed on the first --words-mb MB only (it is slow),
after its dictionary is loaded.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from common import best_of, corpus

import newsclean


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--words-mb", type=float, default=2.0)
    args = ap.parse_args()
    texts, mb, chars = corpus(args.files)
    for name, fn in (("split_sentences", newsclean.split_sentences), ("split_paragraphs", newsclean.split_paragraphs)):
        s, n = best_of(fn, texts, args.repeat)
        print(f"{name:<18} {mb / s:7.1f} MB/s  {chars / s / 1e6:6.2f} M chars/s  ({n} pieces)")
    sample, size = [], 0
    for t in texts:
        if size >= args.words_mb * 1e6:
            break
        sample.append(t)
        size += len(t.encode("utf-8"))
    newsclean.words("预热")  # load jieba's dictionary outside the timing
    s, n = best_of(newsclean.words, sample, 1)
    print(f"{'words (jieba)':<18} {size / 1e6 / s:7.2f} MB/s  {sum(map(len, sample)) / s / 1e6:6.2f} M chars/s  "
          f"({n} words in {size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
