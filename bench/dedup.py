#!/usr/bin/env python3
"""Cross-article duplicates on a syndicated archive, against datasketch's recipe.

    python bench/dedup.py [--n 100000] [--share 0.1] [--seed 1] [--clean]

Builds an archive from the real articles of ../shared/data/news (10,121): the real
articles, then composite articles (one paragraph each from four to eight different real
articles) up to `(1 - share) * n` originals, then `share * n` republications of random
originals, each made with one to three of the edits a reprint gets: a new headline, a source
line above the body, the tail cut (60-90% kept), the lead paragraph dropped, boilerplate
appended. Then it runs
  - newsclean.dedup.find_duplicates (one-permutation MinHash, 128 bins, 32 LSH bands of 4,
    containment >= 0.8, union-find), and
  - the plain datasketch recipe: MinHash of 128 permutations over character 5-grams,
    MinHashLSH (threshold 0.5, the Jaccard a reprint with a cut tail keeps), union-find,
on the same texts, one core each, and prints for each: precision (a dropped article is
right when it belongs to the cluster it was dropped for, or its 5-grams are at least 80%
contained in the kept one's, as natural near-copies in the source are), recall (share of
republications that end in their original's cluster), articles/s, peak memory growth.
With --clean it also times `newsclean batch` (cleaning + --dedup-across) with 1 and 2
workers on the archive written as JSONL.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import NEWS

SOURCES = ["（来源：新华网）", "来源：人民网", "本文转载自央视新闻客户端", "（本报综合报道）", "【来源：中国新闻网】"]
BOILER = ["责任编辑：王小明", "本文来源于网络，如有侵权请联系删除。", "更多精彩内容，请关注本站微信公众号。",
          "（完）", "声明：转载此文是出于传递更多信息之目的。"]


def build(n: int, share: float, seed: int) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """The archive, as (id, text) pairs in a shuffled order, and for every republication the
    id of its original."""
    rng = random.Random(seed)
    real = []
    for path in NEWS:
        with open(path, encoding="utf-8") as f:
            for line in f:
                a = json.loads(line)
                if a["paragraphs"]:
                    real.append((a["id"], a.get("title") or "", a["paragraphs"]))
    if not real:
        raise SystemExit("no articles: ../shared/data/news is needed")
    originals = list(real)
    paragraphs = [p for _, _, ps in real for p in ps if len(p) >= 30]
    n_orig = int(n * (1 - share))
    k = 0
    while len(originals) < n_orig:
        ps = rng.sample(paragraphs, rng.randint(4, 8))
        originals.append((f"mix-{k}", ps[0][:16], ps))
        k += 1
    originals = originals[:n_orig]
    items = [(i, "\n".join([t, *ps])) for i, t, ps in originals]
    truth: dict[str, str] = {}
    for r in range(n - n_orig):
        oid, title, ps = rng.choice(originals)
        ps = list(ps)
        edits = rng.sample(["headline", "source", "tail", "lead", "boiler"], rng.randint(1, 3))
        if "headline" in edits:
            title = "转载：" + title[::-1][:12]
        if "tail" in edits and len(ps) > 2:
            ps = ps[: max(2, round(len(ps) * rng.uniform(0.6, 0.9)))]
        if "lead" in edits and len(ps) > 2:
            ps = ps[1:]
        if "source" in edits:
            ps = [rng.choice(SOURCES), *ps]
        if "boiler" in edits:
            ps = [*ps, rng.choice(BOILER)]
        rid = f"repub-{r}"
        items.append((rid, "\n".join([title, *ps])))
        truth[rid] = oid
    rng.shuffle(items)
    return items, truth


def grams(text: str) -> set[str]:
    t = "".join(text.split())
    return {t[i:i + 5] for i in range(max(1, len(t) - 4))}


def evaluate(pairs: list[tuple[str, str]], truth: dict[str, str], texts: dict[str, str]) -> tuple[float, float]:
    """Precision of the dropped articles and recall of the republications (see the module
    docstring)."""
    root = lambda x: truth.get(x, x)  # noqa: E731
    right = 0
    for a, b in pairs:
        if root(a) == root(b):
            right += 1
            continue
        ga, gb = grams(texts[a]), grams(texts[b])
        if len(ga & gb) / max(1, min(len(ga), len(gb))) >= 0.8:
            right += 1
    find = _union_find(pairs)
    found = sum(find(r) == find(o) for r, o in truth.items())
    return right / max(1, len(pairs)), found / max(1, len(truth))


def _union_find(pairs: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    """`find` over the clusters the pairs make."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
    return find


def run_newsclean(items: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], float]:
    from newsclean.dedup import find_duplicates

    t0 = time.process_time()
    dups = list(find_duplicates(items))
    return [(d.id, d.duplicate_of) for d in dups], time.process_time() - t0


def run_datasketch(items: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], float]:
    from datasketch import MinHash, MinHashLSH

    t0 = time.process_time()
    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    found: list[tuple[str, str]] = []
    for ident, text in items:
        m = MinHash(num_perm=128)
        m.update_batch([g.encode("utf-8") for g in grams(text)])
        found += [(ident, other) for other in lsh.query(m)]
        lsh.insert(ident, m)
    find = _union_find(found)
    clusters: dict[str, list[str]] = {}
    for ident, _ in items:
        clusters.setdefault(find(ident), []).append(ident)
    length = {i: len("".join(t.split())) for i, t in items}
    pairs = []
    for members in clusters.values():
        if len(members) > 1:
            keep = max(members, key=lambda m: length[m])
            pairs += [(m, keep) for m in members if m != keep]
    return pairs, time.process_time() - t0


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--share", type=float, default=0.1)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--clean", action="store_true", help="also time newsclean batch with 1 and 2 workers")
    ap.add_argument("--no-datasketch", action="store_true")
    args = ap.parse_args()
    items, truth = build(args.n, args.share, args.seed)
    texts = dict(items)
    chars = sum(len(t) for _, t in items)
    print(f"archive: {len(items):,} articles ({chars / 1e6:.0f} M characters), {len(truth):,} republications")
    runs = [("newsclean.dedup", run_newsclean)]
    if not args.no_datasketch:
        runs.append(("datasketch MinHash+LSH", run_datasketch))
    for name, fn in runs:
        before = peak_mb()
        pairs, seconds = fn(items)
        p, r = evaluate(pairs, truth, texts)
        print(f"{name:<24} precision {p:.4f}  recall {r:.4f}  {len(items) / seconds:8,.0f} articles/s  "
              f"dropped {len(pairs):,}  peak memory +{peak_mb() - before:,.0f} MB")
    if args.clean:
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "archive.jsonl"
            with open(src, "w", encoding="utf-8") as f:
                for ident, text in items:
                    f.write(json.dumps({"id": ident, "text": text}, ensure_ascii=False) + "\n")
            for jobs in (1, 2):
                out = Path(tmp) / f"out{jobs}"
                t0 = time.time()
                subprocess.run([sys.executable, "-m", "newsclean", "batch", str(src), "--out", str(out),
                                "--jobs", str(jobs), "--dedup-across", "--no-progress"], check=True,
                               capture_output=True)
                wall = time.time() - t0
                stats = json.loads((out / "stats.json").read_text(encoding="utf-8"))
                t = stats["timings"]
                children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
                print(f"newsclean batch --jobs {jobs}: {len(items) / wall:,.0f} articles/s overall "
                      f"({wall:.1f} s; cleaning {t['cleaning_seconds']:.1f} s, dedup {t['dedup_seconds']:.1f} s), "
                      f"{stats['duplicates']:,} duplicates, peak memory of a child so far {children:,.0f} MB")


if __name__ == "__main__":
    main()
