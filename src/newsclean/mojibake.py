"""Repair mojibake: UTF-8 bytes that were decoded as GBK/GB18030 ("鏂板崕绀") or as
Latin-1/Windows-1252 ("æ–°åŽ"), and saved that way.

The repair re-encodes a suspect line with the wrong codec to get the original bytes back and
decodes them as UTF-8. Where the wrong decoder met a byte it could not read, it wrote U+FFFD
(or, for Windows-1252, sometimes dropped it): each such hole is one byte, and only a byte
that the wrong codec could not have read in that place (for GB18030, inside a run of Chinese,
that is almost always 0x80). Among the characters that fit, the hole gets the one that forms
jieba dictionary words with its neighbours, balances quotes and brackets, and reads as text
around numbers. A line is changed only when it decodes with few holes and reads as far more
plausible Chinese than it did.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from .decode import plausibility
from .lexicon import PUNCT_PRIOR as _PUNCT_PRIOR
from .lexicon import char_frequency, segment_logp, word_table

__all__ = ["repair_mojibake", "unmojibake_line"]

Token = int | frozenset  # a known byte, or the values a lost byte may have

_ASCII = bytes(range(0x80))
_NOT_CP1252 = re.compile("[^\x00-\u2122\ufffd]")
_LATIN_PAIR = re.compile("[\u00c2-\u00f4][\u0080-\u00ff\u0152-\u2122]")
#: Two UTF-8 encoded characters of U+3000-U+9FFF or U+FF00-U+FFFF in a row.
_UTF8_CJK_PAIR = re.compile(rb"[\xe3-\xe9\xef][\x80-\xbf][\x80-\xbf][\xe3-\xe9\xef][\x80-\xbf][\x80-\xbf]")
_ANY = frozenset(range(0x80, 0x100))


def _telltale() -> re.Pattern[str]:
    """Characters one of which any mojibake `_suspect` finds must hold: a UTF-8 lead byte
    as Latin-1 (U+00C2-U+00F4), or the GB18030 character of a UTF-8 lead byte of Chinese
    (0xE3-0xE9, 0xEF) and a continuation byte (0x80-0xBF). Two UTF-8 Chinese characters
    read as GB18030 are read in byte pairs, and one pair always starts at a lead byte."""
    chars = {chr(c) for c in range(0xC2, 0xF5)}
    for lead in (*range(0xE3, 0xEA), 0xEF):
        for trail in range(0x80, 0xC0):
            try:
                chars.add(bytes((lead, trail)).decode("gb18030"))
            except UnicodeDecodeError:
                pass
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


_TELLTALE = _telltale()
#: The five bytes Windows-1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D).
_CP1252_UNDEFINED = frozenset(b for b in range(0x80, 0xA0) if bytes([b]).decode("cp1252", "replace") == "\ufffd")

_NUMERALS = str.maketrans("0123456789", "〇一二三四五六七八九")
_PAIRS = (("“", "”"), ("‘", "’"), ("（", "）"), ("《", "》"), ("「", "」"), ("【", "】"))
_SHORTLIST = 48
_BONUS = 20.0  # in log-probability: a balance rule outweighs any word evidence
_NUMBER_BONUS = 3.0
_CLAUSE_END = re.compile("[，。；：！？]")
#: Characters that stand before and after numbers in Chinese (words of amount and
#: comparison; measure words and units of time), beyond the most frequent words.
_BEFORE_NUMBER = set("约近超达占至共第及比增降减逾仅计为与了于到有等")
_AFTER_NUMBER = set("年月日时分秒号点万亿千百个元人次名家项户岁米倍座天周届辆架艘台所条股多余吨场种位件套斤亩度批期轮部篇枚只张支块层栋首集公克")


# --- the bytes behind a line ----------------------------------------------------------------

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


@lru_cache(maxsize=1024)
def _unreadable_before(codec: str, nxt: int | None) -> frozenset[int]:
    """Bytes that `codec` cannot read when `nxt` follows: the values a hole may have."""
    found = set()
    for b in range(0x80, 0x100):
        try:
            bytes([b] if nxt is None else [b, nxt]).decode(codec)
        except UnicodeDecodeError:
            found.add(b)
    return frozenset(found)


def _tokens(raw: bytes, holes: list[int], codec: str) -> list[Token]:
    seq: list[Token] = list(raw)
    hole_set = set(holes)
    for i in holes:
        nxt = raw[i + 1] if i + 1 < len(raw) and i + 1 not in hole_set else None
        seq[i] = _unreadable_before(codec, nxt) if codec != "cp1252" else _CP1252_UNDEFINED
    return seq


def _split_holes(line: str, encode: Any) -> tuple[bytes, list[int]] | None:
    try:
        parts = [encode(p) for p in line.split("\ufffd")]
    except UnicodeEncodeError:
        return None
    pos, holes = 0, []
    for part in parts[:-1]:
        pos += len(part)
        holes.append(pos)
        pos += 1
    return b"\x80".join(parts), holes


def _bytes_gbk(line: str) -> tuple[bytes, list[int], str] | None:
    """The bytes a GBK/GB18030 decoder read to produce `line`; U+FFFD marks a lost byte.
    Text that only GB18030 can encode was decoded with GB18030, whose holes are fewer."""
    found = _split_holes(line, lambda p: p.encode("gb18030"))
    if found is None:
        return None
    try:
        line.replace("\ufffd", "").encode("gbk")
        codec = "gbk"
    except UnicodeEncodeError:
        codec = "gb18030"
    return found[0], found[1], codec


def _bytes_cp1252(line: str) -> tuple[bytes, list[int], str] | None:
    """The bytes a Latin-1 / Windows-1252 decoder read to produce `line`."""
    if _NOT_CP1252.search(line):
        return None  # a character outside Windows-1252: not this kind
    found = _split_holes(line, lambda p: p.translate(_CP1252).encode("latin-1"))
    return None if found is None else (found[0], found[1], "cp1252")


# --- UTF-8 with holes -----------------------------------------------------------------------

def _is_cont(t: Token) -> bool:
    return any(0x80 <= v <= 0xBF for v in t) if isinstance(t, frozenset) else 0x80 <= t <= 0xBF


def _candidates(shape: list[Token]) -> list[str]:
    """Every character whose UTF-8 bytes fit `shape`, holes taking their allowed values."""
    lead = {2: range(0xC2, 0xE0), 3: range(0xE0, 0xF0), 4: range(0xF0, 0xF5)}[len(shape)]
    options = []
    for k, t in enumerate(shape):
        if isinstance(t, frozenset):
            allowed = [v for v in (lead if k == 0 else range(0x80, 0xC0)) if v in t]
            if not allowed:
                return []
            options.append(allowed)
        else:
            options.append([t])
    if sum(len(o) > 1 for o in options) > 2:
        return []
    found = []
    trial = [o[0] for o in options]

    def walk(k: int) -> None:
        if k == len(options):
            try:
                found.append(bytes(trial).decode("utf-8"))
            except UnicodeDecodeError:
                pass
            return
        for v in options[k]:
            trial[k] = v
            walk(k + 1)

    walk(0)
    return found


def _balance_bonus(c: str, left: str, right: str) -> float:
    """Paired punctuation must balance: a closing mark where one is open on the left, an
    opening mark where a closing one waits on the right."""
    for open_, close in _PAIRS:
        if c == open_:
            return _BONUS if left.count(open_) <= left.count(close) and right.count(close) > right.count(open_) else 0.0
        if c == close:
            return _BONUS if left.count(open_) > left.count(close) else 0.0
    return 0.0


def _choose(cands: list[str], left: str, right: str) -> str:
    """The candidate that makes the likeliest text between `left` and `right` (the rest of
    its line on each side): the best segmentation of its neighbourhood into jieba words (a
    digit on the left read as a Chinese numeral, so "3月" is "三月"), balanced quotes and
    brackets, words around numbers, punctuation by its usual frequency."""
    chars, words = char_frequency(), word_table()
    floor = words.floor
    if len(cands) > _SHORTLIST:  # rare characters cannot win: score the frequent ones only
        cands = sorted(cands, key=lambda c: chars.get(c, 0.0), reverse=True)[:_SHORTLIST]
    near_left = left[-4:].translate(_NUMERALS)
    near_right = right[:4]
    between_digits = left[-1:].isdigit() and right[:1].isdigit()
    best, best_score = cands[0], -math.inf
    for c in cands:
        score = segment_logp(near_left + c + near_right, words, floor) + _balance_bonus(c, left, right)
        if c in _PUNCT_PRIOR:
            score += math.log(_PUNCT_PRIOR[c])
        if c in "—－~～" and (between_digits or left[-1:] == "—" or right[:1] == "—"):
            score += _BONUS  # a range (6—12) or half of a dash (——)
        if left[-1:].isdigit():
            score += _NUMBER_BONUS if c in _AFTER_NUMBER else 0.0
        elif right[:1].isdigit() and c in _BEFORE_NUMBER:
            score += _NUMBER_BONUS
        if not right.strip() or right[0] in "”’」』）":
            score += _NUMBER_BONUS if c in "。！？" else 0.0  # the line ends a sentence
        elif c == "、" and "、" in _CLAUSE_END.split(left)[-1]:
            score += _NUMBER_BONUS  # an enumeration goes on
        if score > best_score:
            best, best_score = c, score
    return best


def _utf8_with_holes(seq: list[Token], codec: str) -> tuple[str, int] | None:
    """Decode byte values with holes as UTF-8. Returns the text and the number of holes, or
    None when the bytes are not UTF-8 with a few holes."""
    items: list[str | list[str]] = []  # a decoded character, or the candidates for a hole
    holes = 0
    i, n = 0, len(seq)
    while i < n:
        t = seq[i]
        if isinstance(t, int) and t < 0x80:
            items.append(chr(t))
            i += 1
            continue
        if isinstance(t, frozenset):  # a lost lead byte: its length from the bytes after it
            got = 0
            while i + 1 + got < n and got < 3 and isinstance(seq[i + 1 + got], int) and _is_cont(seq[i + 1 + got]):
                got += 1
            if got == 0:
                return None
            need = got
        elif 0xC2 <= t <= 0xF4:
            need = 1 if t <= 0xDF else 2 if t <= 0xEF else 3
            got = 0
            while got < need and i + 1 + got < n and _is_cont(seq[i + 1 + got]):
                got += 1
        else:
            return None
        shape = seq[i:i + 1 + got]
        if got < need and codec != "cp1252" and i + 1 + got == n and need - got <= 2:
            # the line ends inside a character: its last bytes were cut off ("鏂板崕绀")
            shapes = [shape + [_ANY] * (need - got)]
        elif got < need:
            # a byte the wrong decoder dropped instead of marking it (Windows-1252 only)
            if codec != "cp1252" or need - got > 1:
                return None
            shapes = [shape[:k] + [_CP1252_UNDEFINED] + shape[k:] for k in range(1, len(shape) + 1)]
        else:
            shapes = [shape]
        if len(shapes) == 1 and all(isinstance(x, int) for x in shapes[0]):
            try:
                items.append(bytes(shapes[0]).decode("utf-8"))  # type: ignore[arg-type]
            except UnicodeDecodeError:
                return None
        else:
            cands = list(dict.fromkeys(c for s in shapes for c in _candidates(s)))
            if not cands:
                return None
            items.append(cands)
            holes += 1
        i += 1 + got
    # fill the holes left to right from the rest of the line, then once more with the
    # neighbouring holes filled in
    pending = [k for k, item in enumerate(items) if isinstance(item, list)]
    options = {k: items[k] for k in pending}
    for _round in range(2):
        for k in pending:
            opts = options[k]
            if len(opts) == 1:
                items[k] = opts[0]
                continue
            left = "".join(x for x in items[:k] if isinstance(x, str))
            right = ""
            for x in items[k + 1:]:
                if not isinstance(x, str):
                    break
                right += x
            items[k] = _choose(opts, left, right)  # type: ignore[arg-type]
    return "".join(items), holes  # type: ignore[arg-type]


# --- lines and texts ------------------------------------------------------------------------

def _quick_reject(raw: bytes) -> bool:
    """Cheap test (in C) that the bytes are nowhere near UTF-8."""
    high = len(raw.translate(None, _ASCII))
    if high < 3:  # not even one Chinese character
        return True
    errors = raw.decode("utf-8", errors="replace").count("\ufffd")
    return errors > 0.1 * high + 1


def unmojibake_line(line: str) -> tuple[str, str] | None:
    """The repaired line and the codec it had been mis-decoded with, or None."""
    if line.isascii():
        return None
    shapes = []
    for to_bytes in (_bytes_gbk, _bytes_cp1252):
        found = to_bytes(line)
        if found is not None and not _quick_reject(found[0]):
            shapes.append(found)
    if not shapes:
        return None
    before = plausibility(line)
    if before >= 1.6:  # already reads as Chinese
        return None
    best: tuple[float, str, str] | None = None
    for raw, holes, codec in shapes:
        res = _utf8_with_holes(_tokens(raw, holes, codec), codec)
        if res is None:
            continue
        text, n_holes = res
        high = sum(1 for ch in text if ord(ch) >= 0x80)
        if high == 0 or n_holes > high // 2 + 2:
            continue
        after = plausibility(text)
        if after > before + 0.5 and after >= 1.0 and (best is None or after > best[0]):
            best = (after, text, codec)
    return (best[1], best[2]) if best else None


def _suspect(text: str) -> bool:
    """Whole-text test (in C) whether any line could be mojibake: GBK-style when the text's
    GB18030 bytes hold a run of valid UTF-8 Chinese (real Chinese in GB18030 essentially
    never does), Latin-1-style when a UTF-8 lead byte's character is followed by another
    Latin-1/Windows-1252 character."""
    if not _TELLTALE.search(text):  # one fast pass over the characters
        return False
    try:
        text.encode("gb18030")
    except UnicodeEncodeError:  # lone surrogates: look line by line
        return True
    # each pair found either way holds a telltale character (a Latin-1 pair opens with one),
    # and six bytes of GB18030 span at most six characters either side of it: only those
    # are looked at (real Chinese holds a few telltale characters, 憧憬, 璀璨, and the
    # bytes of the whole text many false starts for the pattern)
    for m in _TELLTALE.finditer(text):
        i = m.start()
        if _LATIN_PAIR.match(text, i) or _UTF8_CJK_PAIR.search(text[max(0, i - 6):i + 7].encode("gb18030")):
            return True
    return False


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
        fixed = None if line.isascii() else unmojibake_line(line)
        if fixed is None:
            out.append(line)
            continue
        new, _codec = fixed
        out.append(new)
        changed = True
        if changes is not None:
            changes.append((pos, pos + len(line), line, new))
    return "\n".join(out) if changed else text
