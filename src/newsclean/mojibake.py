"""Repair mojibake: UTF-8 bytes that were decoded as GBK/GB18030 ("鏂板崕绀") or as
Latin-1/Windows-1252 ("æ–°åŽ"), and saved that way.

The repair re-encodes a suspect line with the wrong codec to get the original bytes back and
decodes them as UTF-8. Bytes the wrong decoder could not map were usually replaced by U+FFFD
(or, for Windows-1252, dropped); each such hole is filled with the byte that gives the most
frequent character (frequencies from jieba's dictionary, loaded only when a hole needs it).
A line is changed only when the result decodes with few holes and reads as far more plausible
Chinese than the line did.
"""
from __future__ import annotations

import math
import re
import os
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from .decode import plausibility

__all__ = ["repair_mojibake", "unmojibake_line"]

_HOLE = -1
_ASCII = bytes(range(0x80))
_NOT_CP1252 = re.compile("[^\x00-\u2122\ufffd]")
_LATIN_PAIR = re.compile("[\u00c2-\u00f4][\u0080-\u00ff\u0152-\u2122]")
_UTF8_RUN = re.compile("[\u3000-\u9fff\uff00-\uffef]{3,}")
# Relative frequencies of punctuation, for filling a hole inside a punctuation mark. Only the
# order within a block of 64 code points matters (a hole never mixes punctuation and Han).
_PUNCT_PRIOR = {
    "，": 60, "。": 40, "、": 15, "“": 10, "”": 10, "：": 8, "（": 4, "）": 4, "《": 3, "》": 3,
    "；": 2, "！": 1.5, "？": 1.5, "—": 2, "…": 1, "‘": 0.5, "’": 0.5, "【": 0.4, "】": 0.4,
    "·": 0.4, "％": 0.2, "「": 0.2, "」": 0.2, "〔": 0.1, "〕": 0.1,
}


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, float], dict[str, float]]:
    """Character frequencies and word frequencies from jieba's dictionary."""
    import jieba

    chars: dict[str, float] = {}
    words: dict[str, float] = {}
    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split(" ", 2)
            if len(parts) < 2:
                continue
            w, n = parts[0], float(parts[1])
            if len(w) > 1:
                words[w] = n
            for ch in w:
                chars[ch] = chars.get(ch, 0.0) + n
    scale = max(chars.values()) / 100.0
    for ch, p in _PUNCT_PRIOR.items():
        chars[ch] = chars.get(ch, 0.0) / scale + p * 1000
    return chars, words


def _candidates(seq: list[int]) -> list[str]:
    """Every character whose UTF-8 bytes fit `seq`, holes being wildcards."""
    holes = [i for i, b in enumerate(seq) if b == _HOLE]
    if len(holes) > 2:
        return []
    options: list[range] = []
    for i in holes:
        if i == 0:
            options.append(range(0xC2, 0xE0) if len(seq) == 2 else range(0xE0, 0xF0) if len(seq) == 3 else range(0xF0, 0xF5))
        else:
            options.append(range(0x80, 0xC0))
    found: list[str] = []
    trial = list(seq)
    for first in options[0]:
        trial[holes[0]] = first
        for second in options[1] if len(options) > 1 else (None,):
            if second is not None:
                trial[holes[1]] = second
            try:
                found.append(bytes(trial).decode("utf-8"))
            except UnicodeDecodeError:
                continue
    return found


def _choose(cands: list[str], left: str, right: str) -> str:
    """The candidate that makes the likeliest text between `left` and `right`: jieba words it
    would form with its neighbours first, its own frequency second."""
    chars, words = _lexicon()
    best, best_score = cands[0], -1.0
    for c in cands:
        score = math.log1p(chars.get(c, 0.0))
        for a in range(len(left) + 1):
            for b in range(len(right) + 1):
                if a + b == 0 or a + b > 3:
                    continue
                w = left[len(left) - a:] + c + right[:b]
                f = words.get(w)
                if f:
                    score += 4 * math.log1p(f)
        if score > best_score:
            best, best_score = c, score
    return best


def _cp1252_table() -> dict[int, int]:
    """str.translate table: each Windows-1252 character to the code point of its byte, so
    that ``.encode("latin-1")`` gives the bytes back (C1 controls map to themselves, as a
    browser's windows-1252 decoder produces them for the five undefined bytes)."""
    table = {}
    for b in range(0x80, 0xA0):
        try:
            table[ord(bytes([b]).decode("cp1252"))] = b
        except UnicodeDecodeError:
            pass
    return table


_CP1252 = _cp1252_table()


def _with_holes(raw: bytes, holes: list[int]) -> list[int]:
    seq = list(raw)
    for i in holes:
        seq[i] = _HOLE
    return seq


def _hole_positions(parts: list[bytes]) -> list[int]:
    pos, out = 0, []
    for part in parts[:-1]:
        pos += len(part)
        out.append(pos)
        pos += 1
    return out


def _bytes_gbk(line: str) -> tuple[bytes, list[int]] | None:
    """The bytes a GB18030 decoder read to produce `line`; U+FFFD marks a lost byte."""
    try:
        parts = [p.encode("gb18030") for p in line.split("\ufffd")]
    except UnicodeEncodeError:  # lone surrogates
        return None
    return b"\x80".join(parts), _hole_positions(parts)


def _bytes_cp1252(line: str) -> tuple[bytes, list[int]] | None:
    """The bytes a Latin-1 / Windows-1252 decoder read to produce `line`."""
    if _NOT_CP1252.search(line):
        return None  # beyond every Windows-1252 character: not this kind
    try:
        parts = [p.translate(_CP1252).encode("latin-1") for p in line.split("\ufffd")]
    except UnicodeEncodeError:  # a character outside Windows-1252: not this kind
        return None
    return b"\x80".join(parts), _hole_positions(parts)


def _is_cont(b: int) -> bool:
    return b == _HOLE or 0x80 <= b <= 0xBF


def _utf8_with_holes(seq: list[int]) -> tuple[str, int] | None:
    """Decode byte values (with holes) as UTF-8. Returns the text and the number of holes
    filled, or None when the bytes are not UTF-8 with a few holes."""
    items: list[str | list[str]] = []  # a decoded character, or the candidates for a hole
    filled = 0
    i, n = 0, len(seq)
    while i < n:
        b = seq[i]
        if 0 <= b < 0x80:
            items.append(chr(b))
            i += 1
            continue
        if b == _HOLE:
            # a lost lead byte: the hole may also have swallowed the first continuation byte
            c = 0
            while i + 1 + c < n and c < 3 and seq[i + 1 + c] != _HOLE and 0x80 <= seq[i + 1 + c] <= 0xBF:
                c += 1
            if c == 0:
                return None
            conts = seq[i + 1:i + 1 + c]
            shapes = [[_HOLE, *conts]] + ([[_HOLE, _HOLE, *conts]] if c < 3 else [])
            got = c
        else:
            need = 1 if b <= 0xDF else 2 if b <= 0xEF else 3
            if not (0xC2 <= b <= 0xF4):
                return None
            got = 0
            while got < need and i + 1 + got < n and _is_cont(seq[i + 1 + got]):
                got += 1
            chunk = seq[i:i + 1 + got]
            if got == need:
                shapes = [chunk]
            elif need - got == 1 and got >= 1 or need == 1:
                # a byte the wrong decoder dropped, somewhere after the lead byte
                shapes = [chunk[:k] + [_HOLE] + chunk[k:] for k in range(1, len(chunk) + 1)]
            else:
                return None
        if len(shapes) == 1 and _HOLE not in shapes[0]:
            try:
                items.append(bytes(shapes[0]).decode("utf-8"))
            except UnicodeDecodeError:
                return None
        else:
            cands = [c for shape in shapes for c in _candidates(shape)]
            if not cands:
                return None
            items.append(cands)
            filled += 1
        i += 1 + got
    # fill the holes left to right from the characters around them, then once more with
    # the neighbouring holes filled in
    holes = [k for k, item in enumerate(items) if isinstance(item, list)]
    cands = {k: items[k] for k in holes}
    for round_ in range(2):
        for k in holes:
            options = cands[k]
            if len(options) == 1:
                items[k] = options[0]
                continue
            left = "".join(x for x in items[max(0, k - 3):k] if isinstance(x, str))
            right = ""
            for x in items[k + 1:k + 4]:
                if not isinstance(x, str):
                    break
                right += x
            items[k] = _choose(options, left, right)  # type: ignore[arg-type]
    return "".join(items), filled  # type: ignore[arg-type]


def _quick_reject(raw: bytes) -> bool:
    """Cheap test (in C) that the bytes are nowhere near UTF-8."""
    high = len(raw.translate(None, _ASCII))
    if high < 4:
        return True
    errors = raw.decode("utf-8", errors="replace").count("\ufffd")
    return errors > 0.1 * high + 1


def unmojibake_line(line: str) -> tuple[str, str] | None:
    """The repaired line and the codec it had been mis-decoded with, or None."""
    if line.isascii():
        return None
    shapes = []
    for codec, to_bytes in (("gbk", _bytes_gbk), ("cp1252", _bytes_cp1252)):
        found = to_bytes(line)
        if found is not None and not _quick_reject(found[0]):
            shapes.append((codec, _with_holes(*found)))
    if not shapes:
        return None
    before = plausibility(line)
    if before >= 1.6:  # already reads as Chinese
        return None
    best: tuple[float, str, str] | None = None
    for codec, seq in shapes:
        res = _utf8_with_holes(seq)
        if res is None:
            continue
        text, filled = res
        high = sum(1 for ch in text if ord(ch) >= 0x80)
        if high == 0 or filled > high // 2 + 2:
            continue
        after = plausibility(text)
        if after > before + 0.5 and after >= 1.0 and (best is None or after > best[0]):
            best = (after, text, codec)
    return (best[1], best[2]) if best else None


def _suspect(text: str) -> bool:
    """Whole-text test (in C) whether any line could be mojibake: GBK-style when the text's
    GB18030 bytes hold a run of valid UTF-8 non-ASCII characters (real Chinese in GB18030
    essentially never does), Latin-1-style when a UTF-8 lead byte's character is followed by
    another non-ASCII Latin-1/Windows-1252 character."""
    if _LATIN_PAIR.search(text):
        return True
    try:
        redecoded = text.encode("gb18030").decode("utf-8", errors="replace")
    except UnicodeEncodeError:  # lone surrogates: look line by line
        return True
    return _UTF8_RUN.search(redecoded) is not None


def _lines(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def repair_mojibake(text: str, changes: list[Any] | None = None) -> str:
    """Repair lines of `text` that are UTF-8 mis-decoded as GBK/GB18030 or Latin-1/cp1252."""
    if text.isascii() or not _suspect(text):
        return text
    out: list[str] = []
    changed = False
    for pos, line in _lines(text):
        fixed = unmojibake_line(line) if not line.isascii() else None
        if fixed is None:
            out.append(line)
            continue
        new, _codec = fixed
        out.append(new)
        changed = True
        if changes is not None:
            changes.append((pos, pos + len(line), line, new))
    return "\n".join(out) if changed else text
