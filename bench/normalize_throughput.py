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
import time
from pathlib import Path

from common import NEWS, load_articles

import newsclean


def timeit(fn, items, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for x in items:
            fn(x)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    paths = args.files or NEWS
    if not paths:
        raise SystemExit("no input: pass ARTICLES.jsonl (records with title and paragraphs)")
    texts = load_articles(paths)
    blobs = [t.encode("utf-8") for t in texts]
    mb = sum(map(len, blobs)) / 1e6
    chars = sum(map(len, texts))
    print(f"{len(texts)} articles, {mb:.1f} MB UTF-8, {chars / 1e6:.2f} M characters")
    for name, fn, items in (
        ("normalize", newsclean.normalize, texts),
        ("normalize_and_explain", newsclean.normalize_and_explain, texts),
        ("clean (bytes in)", newsclean.clean, blobs),
    ):
        s = timeit(fn, items, args.repeat)
        print(f"{name:<24} {mb / s:7.1f} MB/s  {chars / s / 1e6:6.2f} M chars/s")


if __name__ == "__main__":
    main()
