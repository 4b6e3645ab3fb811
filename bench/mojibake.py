#!/usr/bin/env python3
"""How many mojibake paragraphs come back exactly, and how many clean ones are left alone.

    python bench/mojibake.py [ARTICLES.jsonl ...] [--n 2000] [--seed 1]

Takes N paragraphs at random from real articles (default ../shared/data/news/*.jsonl),
turns each into mojibake the way real pipelines do, and repairs it with
`newsclean.repair_mojibake`:

  gb18030   UTF-8 bytes decoded as GB18030, undecodable bytes replaced (U+FFFD)
  gbk       the same with Python's GBK codec, which maps fewer byte pairs
  latin-1   UTF-8 bytes decoded as Latin-1 (lossless)
  cp1252    UTF-8 bytes decoded as Windows-1252, undefined bytes replaced (U+FFFD)
  cp1252-dropped  the same, with the undefined bytes dropped instead

and reports, per kind, the share repaired exactly, the share changed but not exactly
right, and the share of characters right overall (1 - normalised Levenshtein distance to
the original, mojibake left as it is counting as wrong); then the false-positive rate:
clean paragraphs that the repair changed (must be 0).
"""
from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from newsclean import repair_mojibake

HERE = Path(__file__).resolve().parent
DEFAULT = sorted((HERE.parent.parent / "shared" / "data" / "news").glob("*.jsonl"))

KINDS = {
    "gb18030": lambda b: b.decode("gb18030", errors="replace"),
    "gbk": lambda b: b.decode("gbk", errors="replace"),
    "latin-1": lambda b: b.decode("latin-1"),
    "cp1252": lambda b: b.decode("cp1252", errors="replace"),
    "cp1252-dropped": lambda b: b.decode("cp1252", errors="replace").replace("\ufffd", ""),
}


def load(paths: list[Path]) -> list[str]:
    paras = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            for line in f:
                paras.extend(q for q in json.loads(line)["paragraphs"] if q.strip())
    return paras


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=0, help="print N failures per kind")
    args = ap.parse_args()
    paths = args.files or DEFAULT
    if not paths:
        raise SystemExit("no input: pass ARTICLES.jsonl (records with paragraphs)")
    paras = random.Random(args.seed).sample(load(paths), args.n)
    print(f"{len(paras)} paragraphs, mean {sum(map(len, paras)) / len(paras):.0f} characters")
    for kind, garble in KINDS.items():
        exact = wrong = 0
        shown = 0
        sim = 0.0
        t0 = time.perf_counter()
        for p in paras:
            broken = garble(p.encode("utf-8"))
            fixed = repair_mojibake(broken)
            sim += Levenshtein.normalized_similarity(p, fixed)
            if fixed == p:
                exact += 1
            else:
                wrong += fixed != broken
                if shown < args.show:
                    shown += 1
                    print(f"  [{kind}] {p[:60]}\n  [{kind}] {fixed[:60]}")
        dt = time.perf_counter() - t0
        print(f"{kind:<15} exact {exact / len(paras):6.1%}   changed, not exact {wrong / len(paras):6.1%}   "
              f"characters right {sim / len(paras):7.2%}   {len(paras) / dt:6.0f} paragraphs/s")
    fp = sum(repair_mojibake(p) != p for p in paras)
    print(f"{'clean':<15} changed {fp / len(paras):6.2%}  (false positives: {fp})")


if __name__ == "__main__":
    main()
