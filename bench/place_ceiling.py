#!/usr/bin/env python3
"""How often restoration keeps the original of a repeated block when only the copies' places
tell, against the best any rule could do with the same information.

    python bench/place_ceiling.py [--train 3000000] [--test 200000] [--seed 1]

Simulates articles of 3 to 15 distinct blocks in which one block is repeated 1, 2, 3 or 5
extra times (weights 3:1:1:1), each copy landing after the original with probability
`_REPEAT_AFTER` (anywhere after it), else anywhere before it: the repeat model
`newsclean.restore._place_score` assumes, and the one garble.py draws from. For each
simulated article it compares the copy kept by

- the first copy on the page,
- newsclean's place model (`_place_score`; for three copies or more `_least_displacing`, as
  `_drop_exact` decides when no other cue speaks),
- the Bayes-optimal choice, learned without newsclean's formula: for the article's exact
  configuration (its length and the copies' places), the copy that was most often the
  original among `--train` other simulated articles (for the second figure, the copy that
  moved the block least there); compared on the configurations seen `--min-seen` times or
  more (a rarer one's counts are noise),

and prints how often each keeps the original, and how far the kept copy stands from it on
average (the distinct blocks between them, what the order score counts), by the number of
copies. No rule that reads places alone can beat the Bayes figures; what is lost beyond them
can only be won back by reading the text. Needs nothing but newsclean.
"""
from __future__ import annotations

import argparse
import itertools
import random
import time
from collections import Counter, defaultdict

from newsclean.restore import _REPEAT_AFTER, _least_displacing, _place_score

#: How many extra copies a repeated block gets, as garble.py draws them.
_EXTRA_COPIES = (1, 1, 1, 2, 3, 5)


def simulate(rng: random.Random) -> tuple[int, tuple[int, ...], int]:
    """One article: (its number of blocks, the places of the repeated block's copies, the
    rank among them of the original)."""
    n = rng.randint(3, 15)
    blocks: list[tuple[bool, bool]] = [(False, False)] * n  # (is the repeated block, is the original)
    blocks[rng.randrange(n)] = (True, True)
    for _ in range(rng.choice(_EXTRA_COPIES)):
        original = next(i for i, (_, orig) in enumerate(blocks) if orig)
        at = rng.randint(original + 1, len(blocks)) if rng.random() < _REPEAT_AFTER else rng.randint(0, original)
        blocks.insert(at, (True, False))
    places = tuple(i for i, (rep, _) in enumerate(blocks) if rep)
    original = next(r for r, i in enumerate(places) if blocks[i][1])
    return len(blocks), places, original


def moved(places: tuple[int, ...], kept: int, original: int) -> int:
    """How many distinct blocks stand between the kept copy and the original (ranks)."""
    lo, hi = sorted((places[kept], places[original]))
    return hi - lo - sum(1 for p in places if lo < p < hi) - (lo != hi)


def place_model(n_blocks: int, places: tuple[int, ...]) -> int:
    """The rank of the copy `_drop_exact` keeps by place alone."""
    scores = {k: _place_score(rank, len(places), k, n_blocks) for rank, k in enumerate(places)}
    if len(places) == 2:
        best = max(places, key=lambda k: (scores[k], -k))
    else:
        repeated = set(places)
        distinct = list(itertools.accumulate((i not in repeated for i in range(n_blocks)), initial=0))
        best = _least_displacing(list(places), scores, distinct)
    return places.index(best)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", type=int, default=3_000_000, help="simulated articles the Bayes choice is learned from")
    ap.add_argument("--test", type=int, default=200_000, help="simulated articles scored")
    ap.add_argument("--min-seen", type=int, default=100,
                    help="compare with the learned choice only on configurations seen this often in training")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    t0 = time.perf_counter()
    rng = random.Random(args.seed)
    seen: dict[tuple[int, tuple[int, ...]], Counter[int]] = defaultdict(Counter)
    for _ in range(args.train):
        n, places, original = simulate(rng)
        seen[n, places][original] += 1
    rng = random.Random(args.seed + 1)
    right: dict[int, Counter[str]] = defaultdict(Counter)
    for _ in range(args.test):
        n, places, original = simulate(rng)
        ours = place_model(n, places)
        row = right[len(places)]
        row["articles"] += 1
        row["first copy"] += original == 0
        row["newsclean"] += ours == original
        row["first copy moved"] += moved(places, 0, original)
        row["newsclean moved"] += moved(places, ours, original)
        known = seen.get((n, places))
        if known is None or sum(known.values()) < args.min_seen:
            continue
        # (the learned choices: the likeliest original, and the copy that moves the block least)
        likeliest = known.most_common(1)[0][0]
        least = min(range(len(places)), key=lambda k: sum(c * moved(places, k, r) for r, c in known.items()))
        row["learned"] += 1
        row["newsclean on learned"] += ours == original
        row["Bayes"] += likeliest == original
        row["newsclean on learned moved"] += moved(places, ours, original)
        row["Bayes moved"] += moved(places, least, original)
    print(f"{args.test:,} simulated articles; copies land after the original with p = {_REPEAT_AFTER}; the Bayes "
          f"choice learned from {args.train:,} more, where a configuration was seen {args.min_seen} times or more")
    total: Counter[str] = Counter()
    for copies in sorted(right):
        total.update(right[copies])
    rows = [(str(copies), right[copies]) for copies in sorted(right)] + [("all", total)]
    for title, suffix in (("the original kept", ""), ("blocks moved, on average", " moved")):
        print(f"\n{title}\n{'copies':>8} {'articles':>9} {'first copy':>11} {'newsclean':>10}   "
              f"{'learned':>8} {'newsclean':>10} {'Bayes':>8}")
        for label, row in rows:
            n, k = row["articles"], row["learned"] or 1
            print(f"{label:>8} {n:>9} {row['first copy' + suffix] / n:>11.4f} {row['newsclean' + suffix] / n:>10.4f}   "
                  f"{row['learned'] / n:>8.1%} {row['newsclean on learned' + suffix] / k:>10.4f} {row['Bayes' + suffix] / k:>8.4f}")
    print(f"({time.perf_counter() - t0:.0f} s)")


if __name__ == "__main__":
    main()
