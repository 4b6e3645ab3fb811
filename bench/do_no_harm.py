#!/usr/bin/env python3
"""Do no harm on real articles: how often restoration touches clean text.

    python bench/do_no_harm.py [ARTICLES.jsonl ...] [--show 5]

Feeds every article of real news (default ../shared/data/news/*.jsonl: title and
paragraphs, as published) to `newsclean.clean()` and counts the articles in which a
restoration rule removed, joined or flagged something. These articles are clean, so every
such edit is suspect: `../shared/bench/score.py --clean` measures the same on articles
garble.py can use (no repeated or near-repeated paragraphs, no unclear metadata lines);
this measures it on all of them, pull quotes, repeated section labels and digests included.
Moving a byline or credit line the original printed as a paragraph to metadata is not
counted (that is what the contract asks for). Prints the count per rule and a few examples.
"""
from __future__ import annotations

import argparse
import json
import time
from collections import Counter, defaultdict
from pathlib import Path

import newsclean
from common import NEWS

RULES = ("join_hard_wraps", "drop_duplicates", "drop_near_duplicates", "drop_spliced_sentences",
         "join_split_paragraphs", "flag_truncation")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--show", type=int, default=5, help="examples per rule")
    ap.add_argument("--one-per-line", action="store_true",
                    help="print each article one paragraph per line (no blank lines), as many scrapes do")
    args = ap.parse_args()
    paths = args.files or NEWS
    if not paths:
        raise SystemExit("no input: pass ARTICLES.jsonl (records with title and paragraphs)")
    touched: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    n = chars = 0
    t0 = time.process_time()
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                sep = "\n" if args.one_per_line else "\n\n"
                text = sep.join([record.get("title") or "", *record["paragraphs"]]) + "\n"
                article = newsclean.clean(text)
                n += 1
                chars += len(text)
                rules = {e.step for e in article.edits if e.step in RULES}
                touched.update(rules)
                if rules:
                    touched["any"] += 1
                for rule in rules:
                    if len(examples[rule]) < args.show:
                        e = next(e for e in article.edits if e.step == rule)
                        examples[rule].append(f"{record.get('id')}: {(e.before or '')[:60]!r}")
    dt = time.process_time() - t0
    print(f"{n} real articles ({chars / 1e6:.1f} M characters, {chars / dt:,.0f} characters/s)")
    for rule in ("any", *RULES):
        print(f"  {rule:<24} {touched[rule]:6d} articles  {touched[rule] / max(1, n):6.2%}")
    for rule in RULES:
        for line in examples[rule]:
            print(f"    {rule}: {line}")


if __name__ == "__main__":
    main()
