"""Near-duplicate articles across an archive: the same wire story reprinted with a new
headline, a source line, a cut tail, a dropped lead or boilerplate appended.

Exact copies are found by a hash of the body text; near copies by MinHash with LSH
banding over character 5-grams of the body (Chinese has no spaces, so word shingles do not
work), each candidate pair verified on its signatures, clusters made with union-find. One
article per cluster stays, the most complete (the longest body); each other one is reported
with the article it duplicates and the score.

MinHash is computed with numpy for a batch of articles at once: the 5-grams as one rolling
polynomial over the code points, one-permutation hashing into 128 bins with densification.
`bench/dedup.py` compares it with datasketch's recipe (128 permutations) on the same archive.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import numpy as np

__all__ = ["Duplicate", "MinHasher", "dedup_key", "find_duplicates"]

@dataclass(frozen=True)
class Duplicate:
    """`id` is dropped as a duplicate of `duplicate_of`; `score` is the estimated share of
    the shorter body's 5-grams found in the other (1.0 for an exact copy)."""

    id: str
    duplicate_of: str
    score: float

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "duplicate_of": self.duplicate_of, "score": self.score}


def dedup_key(text: str) -> str:
    """The body text as compared: without any whitespace (layout is not content)."""
    return "".join(text.split())


class MinHasher:
    """MinHash signatures of a text's character `k`-grams, `num_perm` values per text, by
    one-permutation hashing with densification (Li, Owen & Zhang 2012; Shrivastava 2017):
    each k-gram is hashed once, its hash picks one of `num_perm` bins and the bin keeps
    its smallest value; an empty bin borrows from the next filled bin to its right (its
    distance added, so that borrowed values only match borrowed values). Two signatures
    agree in a share of places that estimates the Jaccard similarity of the two sets, as
    with `num_perm` separate hash functions, at the cost of one hash per k-gram instead of
    `num_perm` (measured: 128 functions as one matrix product ran at ~2,400 articles/s).

    A k-gram is hashed as a polynomial of its code points (rolling, in numpy's wrapping
    uint64 arithmetic), mixed with a seeded multiplier."""

    def __init__(self, num_perm: int = 128, k: int = 5, seed: int = 1) -> None:
        if num_perm < 1 or k < 1:
            raise ValueError("num_perm and k must be at least 1")
        self.num_perm, self.k = num_perm, k
        rng = np.random.default_rng(seed)
        self._mult = np.uint64(int(rng.integers(1, 2**62)) * 2 + 1)
        self._powers = np.array([pow(1_000_003, k - 1 - j, 2**64) for j in range(k)], dtype=np.uint64)

    def signature(self, text: str) -> np.ndarray:
        """`num_perm` uint64 values (all 2**64 - 1 for an empty text)."""
        return self.signatures([text])[0][0]

    def signatures(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Signatures of many texts at once, ``(num_texts, num_perm)`` uint64, and the number
        of k-grams of each (its set size, repeats within a text aside). All the texts'
        k-grams are hashed in one array operation: per-text numpy calls would cost more
        than the arithmetic."""
        out, counts, _ = self.sketch([dedup_key(t) for t in texts])
        return out, counts

    def sketch(self, keys: list[str]) -> tuple[np.ndarray, np.ndarray, list[np.ndarray]]:
        """`signatures` of texts already without whitespace, and each one's sample of its
        k-gram hashes (see `_samples`)."""
        empty = np.uint64(0xFFFFFFFFFFFFFFFF)
        out = np.full((len(keys), self.num_perm), empty, dtype=np.uint64)
        counts = np.array([len(key) - self.k + 1 if len(key) >= self.k else (1 if key else 0) for key in keys],
                          dtype=np.int64)
        live = np.flatnonzero(counts)
        if len(live) == 0:
            return out, counts, [np.zeros(0, dtype=np.uint64)] * len(keys)
        padded = [keys[i] if len(keys[i]) >= self.k else keys[i].ljust(self.k, "\0") for i in live]
        codes = np.frombuffer("".join(padded).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
        n = len(codes) - self.k + 1
        with np.errstate(over="ignore"):
            h = np.zeros(n, dtype=np.uint64)
            for j in range(self.k):
                h += codes[j:j + n] * self._powers[j]
            h ^= h >> np.uint64(31)
            h *= self._mult
            h ^= h >> np.uint64(29)
            h *= np.uint64(0xBF58476D1CE4E5B9)
            h ^= h >> np.uint64(32)
        # only each text's own k-grams, not those that cross into the next text
        own = counts[live]
        lengths = np.fromiter((len(x) for x in padded), dtype=np.int64, count=len(padded))
        starts = np.cumsum(lengths) - lengths
        row = np.repeat(np.arange(len(live)), own)
        pos = np.arange(len(row)) - np.repeat(np.cumsum(own) - own, own) + np.repeat(starts, own)
        g = h[pos]
        bins = (g >> np.uint64(32)) % np.uint64(self.num_perm)
        flat = row.astype(np.uint64) * np.uint64(self.num_perm) + bins
        values = np.full(len(live) * self.num_perm, empty, dtype=np.uint64)
        np.minimum.at(values, flat.astype(np.intp), g & np.uint64(0xFFFFFFFF))
        sig = values.reshape(len(live), self.num_perm)
        hole = sig == empty
        if hole.any():  # densify: borrow from the next filled bin to the right, with the distance
            filled = sig.copy()
            for step in range(1, self.num_perm):
                need = hole & (filled == empty)
                if not need.any():
                    break
                src = np.roll(sig, -step, axis=1)
                take = need & (src != empty)
                filled[take] = src[take] + (np.uint64(step) << np.uint64(32))
            sig = filled
        out[live] = sig
        return out, counts, _samples(g, row, len(live), live, len(keys))


def _samples(g: np.ndarray, row: np.ndarray, n_live: int, live: np.ndarray, n: int) -> list[np.ndarray]:
    """Each text's sample of its k-gram hashes: those divisible by `_SAMPLE`, distinct and
    sorted. The same hash is kept or not in every text, so the samples of two texts
    estimate how much of one the other holds, as a share of one sample found in the other."""
    pick = (g % np.uint64(_SAMPLE)) == 0
    gs, rs = g[pick], row[pick]  # grouped by text already, in text order
    cuts = np.searchsorted(rs, np.arange(n_live + 1)).tolist()
    out = [np.zeros(0, dtype=np.uint64)] * n
    for j, i in enumerate(live.tolist()):
        out[i] = np.unique(gs[cuts[j]:cuts[j + 1]])
    return out


#: One k-gram hash in this many is kept as a sample for checking a candidate pair.
_SAMPLE = 4


class _Signatures:
    """Every article's signature as a row of one growing array (index = article number,
    exact copies' rows left empty), to compare one signature with many at once."""

    def __init__(self, num_perm: int) -> None:
        self.rows = np.zeros((1024, num_perm), dtype=np.uint64)
        self.sizes = np.zeros(1024, dtype=np.int64)

    def put(self, n: int, sig: np.ndarray, size: int) -> None:
        if n >= len(self.rows):
            grow = max(n + 1, 2 * len(self.rows))
            self.rows = np.resize(self.rows, (grow, self.rows.shape[1]))
            self.sizes = np.resize(self.sizes, grow)
        self.rows[n] = sig
        self.sizes[n] = size

    def containment(self, sig: np.ndarray, size: int, others: np.ndarray) -> np.ndarray:
        """The signature estimate of how much of the smaller of each pair the other holds."""
        j = np.count_nonzero(self.rows[others] == sig, axis=1) / self.rows.shape[1]
        theirs = self.sizes[others]
        return j * (theirs + size) / ((1 + j) * np.maximum(1, np.minimum(theirs, size)))


#: A candidate whose signature estimate of containment is below this is not checked on its
#: samples (true copies at 0.8 and above estimate above it but for chance).
_ROUGH_MIN = 0.5


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while self.parent.get(x, x) != root:  # path compression
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def find_duplicates(articles: Iterable[tuple[str, str]], *, threshold: float = 0.8, num_perm: int = 128,
                    bands: int = 32, k: int = 5, seed: int = 1) -> Iterator[Duplicate]:
    """The duplicates among `articles`, ``(id, body text)`` pairs (ids unique), in input order
    of the dropped article.

    Two articles are near copies when the share of the smaller one's k-grams that the other
    holds (containment, estimated on coordinated samples of the k-gram hashes) is at least
    `threshold`: a reprint with its tail cut or a source line added holds nearly all of one
    side. Candidates come from `bands` LSH bands of ``num_perm // bands`` rows, so pairs
    with a Jaccard similarity of 0.5 meet with probability 0.87 (32 bands of 4), and from
    two whole paragraphs in common; the signatures screen them before the samples check
    them. Of each cluster the longest body stays (the first on a tie), and an article goes
    only if the one kept contains it. Memory: about 7 KB per article (signature, sample,
    index entries)."""
    if num_perm % bands:
        raise ValueError(f"num_perm ({num_perm}) must be a multiple of bands ({bands})")
    hasher = MinHasher(num_perm=num_perm, k=k, seed=seed)
    ids: list[str] = []
    lengths: list[int] = []
    copy_of: dict[int, int] = {}  # an exact copy -> the first article with that body
    exact: dict[bytes, int] = {}
    uf = _UnionFind()
    score: dict[tuple[int, int], float] = {}
    # band value -> the articles with it (see _join_bucket)
    buckets: list[dict[int, int | list[int]]] = [{} for _ in range(bands)]
    by_para: dict[int, int | list[int]] = {}  # a paragraph's hash -> the articles holding it
    samples: dict[int, np.ndarray] = {}
    paras: dict[int, list[int]] = {}
    rows = num_perm // bands
    mix = (np.uint64(0x9E3779B97F4A7C15) ** np.arange(rows, dtype=np.uint64)).astype(np.uint64)
    matrix = _Signatures(num_perm)
    for batch in _batches(articles, 512):
        fresh: list[tuple[int, str]] = []  # bodies not seen before, exactly
        for ident, text in batch:
            n = len(ids)
            ids.append(ident)
            key = dedup_key(text)
            lengths.append(len(key))
            digest = hashlib.blake2b(key.encode("utf-8"), digest_size=16).digest()
            first = exact.setdefault(digest, n)
            if first != n:
                copy_of[n] = first
                uf.union(first, n)
                score[(first, n)] = 1.0
            elif key:
                fresh.append((n, key))
                paras[n] = [hash(p) for p in {x.strip() for x in text.split("\n")} if len(p) >= _PARA_MIN]
        if not fresh:
            continue
        block, counts, batch_samples = hasher.sketch([key for _, key in fresh])
        for (n, _key), sample in zip(fresh, batch_samples, strict=True):
            samples[n] = sample
        with np.errstate(over="ignore"):  # each band's rows folded into one 64-bit value
            band_keys = (block.reshape(len(fresh), bands, rows) * mix).sum(axis=2, dtype=np.uint64).tolist()
        for (n, _key), sig, count, keys in zip(fresh, block, counts, band_keys, strict=True):
            matrix.put(n, sig, int(count))
            sig = matrix.rows[n]  # (not a view of the batch, which can then go)
            cands: set[int] = set()
            # whole paragraphs in common make a candidate too (two, or all of a one-paragraph
            # article): a reprint that lost its lead or half its tail keeps a Jaccard
            # similarity LSH misses, but its paragraphs
            mine = paras.pop(n)
            shared: dict[int, int] = {}
            for h in mine:
                # more holders than this is boilerplate ("（完）", an editor's line)
                for other in _join_bucket(by_para, h, n, _PARA_BUCKET_MAX):
                    shared[other] = shared.get(other, 0) + 1
            need = min(2, len(mine))
            cands.update(other for other, count in shared.items() if count >= need)
            for band, value in enumerate(keys):
                cands.update(_join_bucket(buckets[band], value, n))
            if not cands:
                continue
            # all candidates at once on the signatures (a loose bound, the estimate being
            # noisy), then each survivor on the samples
            others = np.fromiter(cands, dtype=np.int64, count=len(cands))
            for other, rough in zip(others.tolist(), matrix.containment(sig, int(count), others).tolist(),
                                    strict=True):
                if rough < _ROUGH_MIN:
                    continue
                c = _contained(samples[n], samples[other], sig, matrix.rows[other], int(count),
                               int(matrix.sizes[other]))
                if c >= threshold:
                    uf.union(other, n)
                    score[(min(other, n), max(other, n))] = round(c, 4)

    def pair_score(x: int, y: int) -> float:
        known = score.get((min(x, y), max(x, y)))
        if known is not None:
            return known
        x, y = copy_of.get(x, x), copy_of.get(y, y)
        if x == y:
            return 1.0
        if x not in samples or y not in samples:  # an empty body
            return 0.0
        return round(_contained(samples[x], samples[y], matrix.rows[x], matrix.rows[y], int(matrix.sizes[x]),
                                int(matrix.sizes[y])), 4)

    clusters: dict[int, list[int]] = {}
    for n in range(len(ids)):
        clusters.setdefault(uf.find(n), []).append(n)
    drop: dict[int, tuple[int, float]] = {}
    for members in clusters.values():
        if len(members) > 1:
            keep = max(members, key=lambda m: (lengths[m], -m))
            for m in members:
                # a cluster can chain articles that share only a third one ("A is in B, A is
                # in C"): an article goes only if it is itself contained in the one kept
                s = pair_score(m, keep) if m != keep else 0.0
                if s >= threshold:
                    drop[m] = (keep, s)
    for m in sorted(drop):
        keep, s = drop[m]
        yield Duplicate(ids[m], ids[keep], s)


#: A paragraph this long (characters, whitespace aside) found whole in two articles makes
#: them a candidate pair; one found in this many articles already is boilerplate.
_PARA_MIN = 30
_PARA_BUCKET_MAX = 50


def _join_bucket(index: dict[int, int | list[int]], key: int, n: int, limit: int | None = None) -> list[int]:
    """Add article `n` to `index[key]` and return the articles there before it (none once
    the bucket holds `limit`, and then `n` is not added). A bucket is one int while alone
    and a list once shared: most keys are unique, and an int costs a fraction of a list."""
    members = index.get(key)
    if members is None:
        index[key] = n
        return []
    if isinstance(members, int):
        members = index[key] = [members]
    if limit is not None and len(members) >= limit:
        return []
    before = list(members)
    members.append(n)
    return before


def _batches(items: Iterable[tuple[str, str]], size: int) -> Iterator[list[tuple[str, str]]]:
    batch: list[tuple[str, str]] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _contained(sample_a: np.ndarray, sample_b: np.ndarray, a: np.ndarray, b: np.ndarray, size_a: int,
               size_b: int) -> float:
    """How much of the smaller article the other holds: from the two samples when the
    smaller one has 24 or more, else from the signatures."""
    small = min(len(sample_a), len(sample_b))
    if small >= 24:
        return len(np.intersect1d(sample_a, sample_b, assume_unique=True)) / small
    return _containment(a, b, size_a, size_b)


def _containment(a: np.ndarray, b: np.ndarray, size_a: int, size_b: int) -> float:
    """Estimated |A ∩ B| / min(|A|, |B|) from MinHash signatures and the set sizes."""
    j = float(np.count_nonzero(a == b)) / len(a)
    if not size_a or not size_b:
        return 0.0
    inter = j * (size_a + size_b) / (1 + j)
    return min(1.0, inter / min(size_a, size_b))
