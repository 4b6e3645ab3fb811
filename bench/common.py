"""What the bench scripts share: where the real articles are, and how to read them."""
from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
#: Real articles for evaluation, where the shared folder is beside the project.
NEWS = sorted((HERE.parent.parent / "shared" / "data" / "news").glob("*.jsonl"))
#: Garbled articles with gold, where the shared folder is there; the project's sample if not.
DEV = HERE.parent.parent / "shared" / "bench" / "dev"
SAMPLE = HERE.parent / "samples" / "guilin-party-building-garbled.txt"


def garbled_texts(directory: Path) -> list[str]:
    """The garbled articles (*.txt) of `directory`, or the project's sample without it (said
    on stderr: a clone away from the shared folder would otherwise time one article and
    print its figures as if they were dev's)."""
    files = sorted(directory.glob("*.txt")) if directory.is_dir() else []
    if not files:
        print(f"bench: no garbled articles in {directory}; timing the project's sample alone", file=sys.stderr)
    return [f.read_text(encoding="utf-8") for f in files] or [SAMPLE.read_text(encoding="utf-8")]


def load_articles(paths: list[Path]) -> list[str]:
    """Each JSONL record's title and paragraphs as one text, a paragraph per line, as scraped."""
    texts = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            for line in f:
                a = json.loads(line)
                texts.append("\n".join([a.get("title") or "", *a["paragraphs"]]) + "\n")
    return texts


def corpus(paths: list[Path]) -> tuple[list[str], float, int]:
    """The articles in `paths` (default: the shared news files), their size in MB of UTF-8
    and in characters; prints a one-line summary. Exits with a message when there are none."""
    paths = paths or NEWS
    if not paths:
        raise SystemExit("no input: pass ARTICLES.jsonl (records with title and paragraphs)")
    texts = load_articles(paths)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    chars = sum(map(len, texts))
    print(f"{len(texts)} articles, {mb:.1f} MB UTF-8, {chars / 1e6:.2f} M characters")
    return texts, mb, chars


def best_of(fn: Callable[[Any], Any], items: list[Any], repeat: int) -> tuple[float, int]:
    """The best time of `repeat` runs of `fn` over `items`, and the total length of what it
    returned (pieces, words; 1 for a result without a length): a check the work was done."""
    best, count = float("inf"), 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        results = [fn(x) for x in items]
        best = min(best, time.perf_counter() - t0)
        count = sum(len(r) if hasattr(r, "__len__") else 1 for r in results)
    return best, count
