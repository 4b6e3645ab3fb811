"""Bytes to text: the only place where bytes become `str`.

Order: a byte-order mark (UTF-8/16/32); a known binary signature (rejected with its name);
UTF-16/32 without a BOM when NUL bytes say so (other NUL-bearing input is binary); strict
UTF-8 (for a few bytes, only if they do not read better as GB18030); then the legacy encodings
(GB18030, Big5-HKSCS and whatever charset-normalizer proposes), each decoded strictly and
scored by how much of the result is common Chinese, so short CJK input is not misread the
way statistical detectors misread it. Never ``errors="ignore"``.
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass
from functools import lru_cache

from . import resources as R
from .errors import DecodeError

__all__ = ["Decoded", "decode", "plausibility"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_LEGACY = ("gb18030", "cp950", "big5hkscs")
_SHORT = 24  # below this many bytes, valid UTF-8 can be a legacy encoding by chance
_SAMPLE = 1 << 16


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    reason: str


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    return R.common_han()


def plausibility(text: str) -> float:
    """How much `text` looks like real (Chinese or Latin) text, per character, from -3 to 2.
    Common Han characters and CJK punctuation score high; rare Han, kana mixed into Han,
    private-use, control and replacement characters score low."""
    if not text:
        return 0.0
    common = _common()
    total = 0.0
    for ch in text:
        o = ord(ch)
        if o < 0x80:
            total += 1.0 if (ch.isprintable() or ch in "\n\t\r") else -3.0
        elif ch in common:
            total += 2.0
        elif 0x4E00 <= o <= 0x9FFF:
            total += 0.0
        elif 0x3000 <= o <= 0x303F or 0xFF01 <= o <= 0xFF5E or 0x2010 <= o <= 0x2027:
            total += 1.5
        elif 0xA0 <= o <= 0xFF:
            total += 0.3
        elif 0x2460 <= o <= 0x24FF or 0x2160 <= o <= 0x217F or 0x25A0 <= o <= 0x25FF:
            total += 1.0  # ①②③, Roman numerals, ▲▶■: common in Chinese news
        elif 0x3040 <= o <= 0x30FF or 0xAC00 <= o <= 0xD7A3:
            total += 0.3
        elif 0xE000 <= o <= 0xF8FF or o == 0xFFFD or 0x80 <= o < 0xA0 or 0x2500 <= o <= 0x257F:
            total -= 3.0
        elif ch.isprintable():
            total -= 0.5
        else:
            total -= 3.0
    return total / len(text)


def _sniff_binary(data: bytes) -> str | None:
    for magic, what in R.BINARY_SIGNATURES:
        if data.startswith(magic):
            return what
    return None


def _reads_as_gb(data: bytes, utf8: str) -> bool:
    """A few GB18030 bytes can be valid UTF-8 by chance ("一" is "һ"). They are GB18030 when
    UTF-8 reads them as Latin-extended, Greek, Cyrillic or Hebrew letters and GB18030 reads
    every non-ASCII character as a common Chinese character."""
    if not any(0x100 <= ord(c) <= 0x7FF for c in utf8):
        return False
    legacy = _strict(data, "gb18030")
    common = _common()
    return legacy is not None and all(c.isascii() or c in common for c in legacy)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _detector_guess(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    best = from_bytes(data[: _SAMPLE * 4]).best()
    return best.encoding if best is not None else None


def decode(data: bytes) -> Decoded:
    """Decode `data` to text, or raise `DecodeError` saying why it is not text."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"decode() takes bytes, not {type(data).__name__}")
    data = bytes(data)
    if not data:
        return Decoded("", "utf-8", "empty input")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom):], enc)
            if text is None:
                raise DecodeError(f"starts with a {enc.upper()} byte-order mark but is not valid {enc.upper()}")
            return Decoded(text, enc, "byte-order mark")
    what = _sniff_binary(data)
    if what:
        raise DecodeError(f"binary file ({what}), not text")
    text = _strict(data, "utf-8")
    if b"\x00" in data:
        # NUL bytes: UTF-16/32 without a BOM, or binary; a rare stray NUL in UTF-8 text is kept
        # (and removed, with a record, by remove_invisible)
        scored = [(plausibility(t[:_SAMPLE]), enc) for enc in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
                  if (t := _strict(data, enc)) is not None]
        if scored and max(scored)[0] >= 0.8:
            enc = max(scored)[1]
            return Decoded(_strict(data, enc) or "", enc, "UTF-16/32 without a byte-order mark, told by its NUL bytes")
        if text is None or data.count(0) > len(data) / 1000 + 1 or plausibility(text[:_SAMPLE]) < 0.8:
            raise DecodeError("binary data (NUL bytes), not text")
    if text is not None:
        if len(data) < _SHORT and _reads_as_gb(data, text):
            return Decoded(_strict(data, "gb18030") or "", "gb18030",
                           "a few bytes that read as common Chinese in GB18030, not as UTF-8 text")
        return Decoded(text, "utf-8", "valid UTF-8")

    sample = data[:_SAMPLE]
    candidates: list[tuple[float, str]] = []
    tried: set[str] = set()

    def consider(enc: str | None) -> None:
        if not enc:
            return
        name = codecs.lookup(enc).name
        if name in tried:
            return
        tried.add(name)
        text = _strict(sample, enc)
        if text is None and len(data) > _SAMPLE:  # the sample may end inside a character
            text = _strict(sample[:-3], enc) or _strict(sample[:-2], enc) or _strict(sample[:-1], enc)
        if text is not None:
            candidates.append((plausibility(text), name))

    for enc in _LEGACY:
        consider(enc)
    if not candidates or max(candidates)[0] < 1.2:
        consider(_detector_guess(data))
        consider("cp1252")
    for score, enc in sorted(candidates, key=lambda c: -c[0]):  # ties: the order tried
        # bytes that a multi-byte CJK codec reads without a single error are text even when
        # the text is odd (mojibake saved as GB18030, repaired later); random bytes almost
        # never are. A single-byte codec reads anything, so it must also read plausibly.
        if score < (0.0 if enc in _LEGACY else 0.5):
            continue
        text = _strict(data, enc)
        if text is not None:
            others = ", ".join(n for _, n in sorted(candidates, reverse=True) if n != enc)
            reason = "most plausible text" + (f" (also tried {others})" if others else "")
            return Decoded(text, enc, reason)
    raise DecodeError("not text in any supported encoding (tried UTF-8, "
                      + ", ".join(sorted(tried)) + "); if it is text, convert it to UTF-8 first")
