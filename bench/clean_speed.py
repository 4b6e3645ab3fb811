#!/usr/bin/env python3
"""Throughput of `newsclean.clean()` on garbled articles, whole and by stage.

    python bench/clean_speed.py [GARBLED_DIR] [--repeat 10]

GARBLED_DIR holds garbled articles as *.txt (default ../shared/bench/dev, else the
project's sample). Prints characters/s of clean() (process CPU time, which a shared
machine perturbs less than the wall clock) as a long-running job sees it (best of
--repeat passes, word model loaded and patterns compiled beforehand, and what clean()
remembers of texts it has seen, sentence splits and word look-ups, forgotten before each
pass: an archive's articles come once), the first pass of this process (with the word
model's load), the first pass on a fresh machine (a new process with no cache files: every
pattern compiled, the word model read from the tables written at install, or built from
jieba's dictionary where the install wrote none), and the time of each stage: mojibake
check, each normaliser, restoration.
Says whether the modules ran compiled (`newsclean.COMPILED`, see setup.py) or as pure Python.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import newsclean
from common import DEV, garbled_texts
from newsclean.config import Config
from newsclean.lexicon import word_table
from newsclean.mojibake import repair_mojibake
from newsclean.normalize import NORMALIZERS
from newsclean.restore import _sentences, restore


def forget() -> None:
    """Drop what clean() remembers of texts it has read (their sentence splits, the words it
    looked up), so that a pass over texts already cleaned is timed as a pass over new ones.
    What it remembers per character (a few thousand entries, full after a few articles in
    any job) stays."""
    _sentences.cache_clear()
    word_table().forget()


#: One pass over the texts in a new process, timed as `process_time` from before the first
#: call (the word model and the patterns load inside it, as on a fresh machine).
_FRESH = """
import sys, time
sys.path.insert(0, sys.argv[2])
from common import garbled_texts
from pathlib import Path
texts = garbled_texts(Path(sys.argv[1]))
import newsclean
t0 = time.process_time()
for t in texts:
    newsclean.clean(t)
print(sum(map(len, texts)) / (time.process_time() - t0))
"""


def fresh_machine(folder: Path) -> float:
    """Characters/s of a first pass in a new process whose cache folders are empty."""
    with tempfile.TemporaryDirectory() as empty:
        env = {**os.environ, "NEWSCLEAN_CACHE_DIR": os.path.join(empty, "patterns"), "TMPDIR": empty}
        out = subprocess.run([sys.executable, "-c", _FRESH, str(folder), str(Path(__file__).parent)],
                             env=env, capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir", nargs="?", type=Path, default=DEV)
    ap.add_argument("--repeat", type=int, default=10)
    args = ap.parse_args()
    texts = garbled_texts(args.dir)
    chars = sum(map(len, texts))
    print(f"{len(texts)} articles, {chars / 1e6:.2f} M characters; "
          + (f"compiled by mypyc: {', '.join(newsclean.COMPILED)}" if newsclean.COMPILED else "pure Python"))

    t0 = time.process_time()
    for t in texts:
        newsclean.clean(t)
    cold = time.process_time() - t0
    best = float("inf")
    for _ in range(args.repeat):
        forget()
        t0 = time.process_time()
        for t in texts:
            newsclean.clean(t)
        best = min(best, time.process_time() - t0)
    print(f"clean(): {chars / best:,.0f} characters/s (best of {args.repeat}); "
          f"first pass with the word model's load: {chars / cold:,.0f} characters/s; "
          f"first pass on a fresh machine (no cache files): {fresh_machine(args.dir):,.0f} characters/s")

    cfg = Config()
    stages: Counter[str] = Counter()
    for _ in range(args.repeat):
        forget()
        times: Counter[str] = Counter()
        for text in texts:
            t0 = time.process_time()
            text = repair_mojibake(text, [])
            times["repair_mojibake"] += time.process_time() - t0
            for name, fn in NORMALIZERS.items():
                if cfg.enabled(name):
                    t0 = time.process_time()
                    text = fn(text, [], **cfg.step_options(name))
                    times[name] += time.process_time() - t0
            t0 = time.process_time()
            restore(text.split("\n"), cfg)
            times["restore"] += time.process_time() - t0
        for k, v in times.items():
            stages[k] = min(stages.get(k, float("inf")), v)
    total = sum(stages.values())
    print("by stage (best of each; the pipeline adds edit records and its own bookkeeping):")
    for k, v in stages.most_common():
        print(f"  {k:<24} {v * 1000:7.1f} ms  {v / total:5.1%}")


if __name__ == "__main__":
    main()
