#!/usr/bin/env python3
"""Speed of `newsclean.clean()` on garbled articles, and on one enormous article.

    python bench/restore_speed.py [GARBLED_DIR] [--big-mb 5]

GARBLED_DIR holds garbled articles as *.txt (default ../shared/bench/dev). Prints
characters/s for clean() over them (the word model loaded beforehand, as in a long-running
job), then builds one article of --big-mb MB from the paragraphs of those articles (or of
the project's sample), each repeated up to six times at random places, and times clean() on
it: no step may grow with the square of the article.
"""
from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import newsclean
from common import DEV, garbled_texts
from newsclean.lexicon import char_frequency, word_end_share, word_start_share, word_table



def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir", nargs="?", type=Path, default=DEV)
    ap.add_argument("--big-mb", type=float, default=5.0)
    args = ap.parse_args()
    for load in (word_table, word_end_share, word_start_share, char_frequency):
        load()  # the word model, loaded once per process
    texts = garbled_texts(args.dir)
    chars = sum(map(len, texts))
    t0 = time.perf_counter()
    for t in texts:
        newsclean.clean(t)
    dt = time.perf_counter() - t0
    print(f"clean() on {len(texts)} garbled articles ({chars / 1e6:.2f} M characters): {chars / dt:,.0f} characters/s")

    rng = random.Random(1)
    paras = [p for t in texts for p in t.split("\n") if len(p.strip()) >= 30]
    body: list[str] = []
    size = 0
    serial = 0
    while size < args.big_mb * 1e6:
        p = rng.choice(paras)
        serial += 1
        p = f"{p.strip()}（{serial}）"  # distinct paragraphs, so that near-duplicate search has work
        for _ in range(rng.choice((1, 1, 1, 2, 3, 6))):
            body.insert(rng.randint(0, len(body)), p)
        size += len(p.encode("utf-8")) * 2
    big = "大文章标题\n\n" + "\n\n".join(body)
    t0 = time.perf_counter()
    article = newsclean.clean(big.encode("utf-8"))
    dt = time.perf_counter() - t0
    dropped = sum(1 for e in article.edits if e.step.startswith("drop_"))
    print(f"one article of {len(big.encode('utf-8')) / 1e6:.1f} MB, {len(body)} blocks: {dt:.1f} s "
          f"({len(article.paragraphs)} paragraphs kept, {dropped} dropped)")

    # a digest of as many speakers as fit in a tenth of that size, each section a heading, the
    # speaker's line and two paragraphs, which the page repeats three times at its end: every
    # section's copies are put back under its speaker (thousands of copies in a row)
    sections: list[str] = []
    tail: list[str] = []
    size = 0
    serial = 0
    while size < args.big_mb * 1e5:
        serial += 1
        said = [f"{rng.choice(paras).strip()}（{serial}）" for _ in range(2)]
        sections += [f"第{serial}个单位的做法 经验与体会", f"——第{serial}单位负责人 王小明", *said]
        tail += said * 3
        size += sum(len(p.encode("utf-8")) for p in said) * 4
    digest = "经验交流摘编\n\n" + "\n\n".join(sections + tail)
    t0 = time.perf_counter()
    article = newsclean.clean(digest.encode("utf-8"))
    dt = time.perf_counter() - t0
    back = sum(1 for e in article.edits if "speaker's line" in (e.reason or ""))
    print(f"a digest of {serial} speakers, {len(digest.encode('utf-8')) / 1e6:.1f} MB, their paragraphs repeated "
          f"at its end: {dt:.1f} s ({back} copies' edits name the copy kept under its speaker)")


if __name__ == "__main__":
    main()
