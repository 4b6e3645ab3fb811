#!/usr/bin/env python3
"""Normalisation throughput on real articles, one core.

    python bench/normalize_throughput.py [ARTICLES.jsonl ...] [--repeat 3]

Defaults to ../shared/data/news/*.jsonl when it exists. Each article is fed as it would be
scraped (title and paragraphs, one per line); prints MB/s (UTF-8 bytes in) for
`newsclean.normalize` alone, for `normalize_and_explain` (with the edit log) and for
`newsclean.clean` (decode from bytes, normalise, cut into blocks).
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
    args = ap.parse_args()
    texts, mb, chars = corpus(args.files)
    blobs = [t.encode("utf-8") for t in texts]
    for name, fn, items in (
        ("normalize", newsclean.normalize, texts),
        ("normalize_and_explain", newsclean.normalize_and_explain, texts),
        ("clean (bytes in)", newsclean.clean, blobs),
    ):
        s, _ = best_of(fn, items, args.repeat)
        print(f"{name:<24} {mb / s:7.1f} MB/s  {chars / s / 1e6:6.2f} M chars/s")


if __name__ == "__main__":
    main()
