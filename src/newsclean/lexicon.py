"""A word model from jieba's dictionary, loaded on first use: character frequencies and word
log-probabilities, and the best segmentation of a text into words. Used to fill bytes lost
to mojibake and to tell a copy with changed characters from the original."""
from __future__ import annotations

import importlib.util
import marshal
import math
import os
import tempfile
import zlib
from array import array
from bisect import bisect_left
from functools import lru_cache

from .recache import dump_marshal

__all__ = ["lexicon", "char_frequency", "first_word", "last_word", "segment_logp", "word_end_share", "word_start_share",
           "word_table", "PUNCT_PRIOR"]

#: Relative frequencies of punctuation marks, which jieba's dictionary does not hold. Only
#: their order among marks that share leading bytes matters.
PUNCT_PRIOR = {
    "，": 60, "。": 40, "、": 15, "“": 10, "”": 10, "：": 8, "（": 4, "）": 4, "《": 3, "》": 3,
    "；": 2, "！": 1.5, "？": 1.5, "—": 2, "…": 1, "‘": 0.5, "’": 0.5, "【": 0.4, "】": 0.4,
    "·": 0.4, "％": 0.2, "「": 0.2, "」": 0.2, "〔": 0.1, "〕": 0.1,
}


@lru_cache(maxsize=1)
def lexicon() -> tuple[dict[str, float], dict[str, float], float]:
    """From jieba's dictionary: the frequency of each character (summed over the words it is
    in), the log-probability of each word (single characters included), and the
    log-probability given to a character that is in no word.

    Built once from ``jieba/dict.txt`` (about 1.5 s) and kept in a marshal file in the
    temporary directory, keyed by the dictionary's size and time, as jieba keeps its own
    prefix dictionary; later processes load it in a fraction of that (0.25 s, most of it
    building the word table). `clean()` does not need it: it reads the smaller tables of
    `_word_tables`, which the install writes."""
    char_keys, char_vals, word_keys, word_vals, floor, *_ = _tables()
    return _unpack(char_keys, char_vals), _unpack(word_keys, word_vals), floor


class WordTable:
    """The word log-probabilities of `lexicon`, looked up by a 64-bit hash of the word in a
    sorted array: it loads in milliseconds where the dict takes a quarter of a second
    (350,000 entries), for callers that look up a few hundred words. A string that is not a
    word is taken for one with odds of about 350,000 in 2**64."""

    __slots__ = ("_keys", "_values", "floor", "_seen")

    def __init__(self, keys: bytes, values: bytes, floor: float) -> None:
        self._keys = array("Q")
        self._keys.frombytes(keys)
        self._values = array("d")
        self._values.frombytes(values)
        self.floor = floor
        self._seen: dict[str, float | None] = {}  # answers so far (bounded)

    def get(self, word: str, default: float | None = None) -> float | None:
        try:
            found = self._seen[word]
        except KeyError:
            h = _hash64(word)
            i = bisect_left(self._keys, h)
            found = self._values[i] if i < len(self._keys) and self._keys[i] == h else None
            if len(self._seen) > 200_000:
                self._seen.clear()
            self._seen[word] = found
        return default if found is None else found

    def forget(self) -> None:
        """Drop the answers kept so far."""
        self._seen.clear()


@lru_cache(maxsize=1)
def word_table() -> WordTable:
    """`WordTable` of jieba's words, from a cache file of its own (a sixth of `lexicon`'s)."""
    tables = _word_tables()
    return WordTable(tables[3], tables[4], tables[0])


def _hash64(word: str) -> int:
    b = word.encode("utf-8", "surrogatepass")  # (a lone surrogate, from JSON escapes: no word)
    return (zlib.crc32(b) << 32) | zlib.adler32(b)


@lru_cache(maxsize=1)
def char_frequency() -> dict[str, float]:
    """`lexicon`'s character frequencies (punctuation by `PUNCT_PRIOR`), from the word
    table's file: a few milliseconds, where the whole lexicon takes a third of a second."""
    keys, values = _word_tables()[7:9]
    return _unpack(keys, values)


@lru_cache(maxsize=1)
def word_end_share() -> dict[str, float]:
    """For each character, the share of its use (by word frequency) that ends a word or
    stands alone: low for characters that begin or sit inside words ("瞩" of 瞩目), so a
    text ending in one was cut. Loads in a few milliseconds, without the word table."""
    end_keys, end_vals = _word_tables()[1:3]
    return _unpack(end_keys, end_vals)


@lru_cache(maxsize=1)
def word_start_share() -> dict[str, float]:
    """For each character, the share of its use (by word frequency) that begins a word or
    stands alone: low for characters that end or sit inside words ("境" of 环境), so a text
    opening with one, as a word of its own, was cut in the middle of a word."""
    start_keys, start_vals = _word_tables()[5:7]
    return _unpack(start_keys, start_vals)


def _dictionary() -> str:
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.origin:
        raise ImportError("jieba is needed for the word model: pip install jieba")
    return os.path.join(os.path.dirname(spec.origin), "dict.txt")


def _cache_path(kind: str, dictionary: str) -> str:
    st = os.stat(dictionary)
    return os.path.join(tempfile.gettempdir(), f"newsclean-{kind}-{st.st_size}-{int(st.st_mtime)}.marshal")


def _load(cache: str, size: int) -> tuple | None:  # type: ignore[type-arg]
    try:
        with open(cache, "rb") as f:
            tables = marshal.load(f)
        if isinstance(tables, tuple) and len(tables) == size:
            return tables
    except (OSError, EOFError, ValueError, TypeError):
        pass
    return None


def _save(cache: str, tables: tuple) -> None:  # type: ignore[type-arg]
    dump_marshal(tables, cache)  # (no writable temporary directory: built again next time)


#: The file of `_word_tables` that setup.py writes beside this module when newsclean is
#: installed, so that no process, not even the first on a fresh machine, builds it (about
#: 1.5 s); None: look for none (tests of the cache files).
PACKAGED: str | None = os.path.join(os.path.dirname(os.path.abspath(__file__)), "words.marshal")


@lru_cache(maxsize=1)
def _word_tables() -> tuple[float, str, bytes, bytes, bytes, str, bytes, str, bytes]:
    """What `word_table`, `word_end_share`, `word_start_share` and `char_frequency` need
    (the floor, the end shares, the hashed words, the start shares, the character
    frequencies): the file written at install (`PACKAGED`) when it was made from the
    dictionary jieba has now, else a cache file of its own, which loads in a few
    milliseconds where the whole lexicon, with every word spelled out, takes a third of a
    second."""
    dictionary = _dictionary()
    tables = _packaged(PACKAGED, dictionary) if PACKAGED else None
    if tables is not None:
        return tables
    cache = _cache_path("words3", dictionary)
    tables = _load(cache, 9)
    if tables is None:
        tables = _words_of(_tables())
        _save(cache, tables)
    return tables


def _words_of(full: tuple) -> tuple:  # type: ignore[type-arg]
    """`_word_tables`' part of `_tables`."""
    return (full[4], *full[5:11], full[0], full[1])


def _signature(dictionary: str) -> tuple[int, int]:
    """The dictionary's size and CRC-32 (4 ms): what a packaged file was made from."""
    with open(dictionary, "rb") as f:
        data = f.read()
    return len(data), zlib.crc32(data)


def _packaged(path: str, dictionary: str) -> tuple | None:  # type: ignore[type-arg]
    """The tables in the file written at install, if it is there, whole, and made from
    `dictionary` as it is now (jieba upgraded or its dictionary edited since: None)."""
    try:
        with open(path, "rb") as f:
            stored = marshal.load(f)
        if isinstance(stored, tuple) and len(stored) == 2 and stored[0] == _signature(dictionary):
            tables = stored[1]
            if isinstance(tables, tuple) and len(tables) == 9:
                return tables
    except (OSError, EOFError, ValueError, TypeError):
        pass
    return None


def write_packaged(path: str) -> None:
    """Write the word tables for jieba's dictionary to `path` (setup.py, at install):
    `_word_tables` reads them there while that dictionary is the one installed. Raises
    ImportError without jieba, OSError when `path` cannot be written."""
    dictionary = _dictionary()
    data = (_signature(dictionary), _words_of(_build(dictionary)))
    with open(path, "wb") as f:  # (the installer's permissions: any user reads it)
        marshal.dump(data, f)


@lru_cache(maxsize=1)
def _tables() -> tuple[str, bytes, str, bytes, float, str, bytes, bytes, bytes, str, bytes]:
    """The packed tables, from the cache file or built from jieba's dictionary."""
    path = _dictionary()
    cache = _cache_path("lexicon2", path)
    tables = _load(cache, 11)
    if tables is None:
        tables = _build(path)
        _save(cache, tables)
    return tables


def _build(path: str) -> tuple[str, bytes, str, bytes, float, str, bytes, bytes, bytes, str, bytes]:
    """`_tables` built from the dictionary at `path` (about 1.5 s)."""
    chars: dict[str, float] = {}
    counts: dict[str, float] = {}
    ends: dict[str, float] = {}
    starts: dict[str, float] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split(" ", 2)
            if len(parts) < 2:
                continue
            w, n = parts[0], float(parts[1])
            counts[w] = n
            ends[w[-1]] = ends.get(w[-1], 0.0) + n
            starts[w[0]] = starts.get(w[0], 0.0) + n
            for ch in w:
                chars[ch] = chars.get(ch, 0.0) + n
    end_share = {ch: ends.get(ch, 0.0) / t for ch, t in chars.items() if t > 0}
    start_share = {ch: starts.get(ch, 0.0) / t for ch, t in chars.items() if t > 0}
    log_total = math.log(sum(counts.values()))
    words = {w: math.log(n) - log_total for w, n in counts.items() if n > 0}
    for ch, p in PUNCT_PRIOR.items():
        chars[ch] = p * 1e5
    floor = min(words.values()) - 2.0  # a character the dictionary does not know
    hashed = sorted((_hash64(w), lp) for w, lp in words.items())
    tables = (*_pack(chars), *_pack(words), floor, *_pack(end_share),
              array("Q", (h for h, _ in hashed)).tobytes(), array("d", (lp for _, lp in hashed)).tobytes(),
              *_pack(start_share))
    return tables


def _pack(table: dict[str, float]) -> tuple[str, bytes]:
    return "\n".join(table), array("d", table.values()).tobytes()


def _unpack(keys: str, values: bytes) -> dict[str, float]:
    numbers = array("d")
    numbers.frombytes(values)
    return dict(zip(keys.split("\n"), numbers))


def _best_segmentation(text: str, words: dict[str, float] | WordTable, floor: float) -> tuple[list[float], list[int]]:
    """The unigram model's best segmentation of `text` (words of up to 4 characters; a
    character not in the dictionary takes `floor`): the best log-probability of each prefix,
    and where the last word of that prefix starts."""
    best = [0.0] + [-math.inf] * len(text)
    back = [0] * (len(text) + 1)
    for i in range(1, len(text) + 1):
        for j in range(max(0, i - 4), i):
            w = text[j:i]
            lp = words.get(w)
            if lp is None:
                if i - j > 1:
                    continue
                lp = floor
            if best[j] + lp > best[i]:
                best[i] = best[j] + lp
                back[i] = j
    return best, back


def segment_logp(text: str, words: dict[str, float] | WordTable, floor: float) -> float:
    """Log-probability of the best segmentation of `text` into dictionary words (a unigram
    word model, as jieba's own segmenter uses); characters not in the dictionary take `floor`."""
    return _best_segmentation(text, words, floor)[0][-1]


def first_word(text: str, words: dict[str, float] | WordTable, floor: float) -> str:
    """The first word of the best segmentation of `text` (as `segment_logp` finds it)."""
    back = _best_segmentation(text, words, floor)[1]
    i = len(text)
    while i and back[i]:
        i = back[i]
    return text[:i]


def last_word(text: str, words: dict[str, float] | WordTable, floor: float) -> str:
    """The last word of the best segmentation of `text` (as `segment_logp` finds it)."""
    back = _best_segmentation(text, words, floor)[1]
    return text[back[-1]:]


