"""Compiled patterns and character tables, kept in one place (textacy keeps them in `resources`)."""
from __future__ import annotations

import re as _re

import regex

# --- character classes (as regex source, to be embedded in patterns) ---------------------
#: A character that makes its neighbourhood "Chinese text": Han, kana, and the full-width /
#: CJK punctuation that only Chinese or Japanese text uses. Curly quotes are deliberately
#: absent: English uses them too.
CJK = r"[\p{Han}\p{Hiragana}\p{Katakana}\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]"
#: Han or kana only: the letters of Chinese / Japanese text.
CJK_LETTER = r"[\p{Han}\p{Hiragana}\p{Katakana}]"
#: Punctuation that marks a line as running prose, not a heading or a list of names.
PROSE_PUNCT = "。，；！？"
#: Sentence- or clause-final punctuation: a hard-wrapped line rarely ends with it by chance.
LINE_FINAL_PUNCT = "。！？；：，、…”’」』）》!?;:,"

#: The start of a list item: 一、 （一） 1. 1、 (1) ① • -
#: (A digit and a point opens a list item only when no digit follows: "9.99%" does not.)
LIST_ITEM = regex.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+(?:、|[.．](?![0-9]))|[①-⑳]|[•·▪●○◆■-]\s?)")

# --- normalisers ---------------------------------------------------------------------------
#: (Each pattern here that the standard engine scans a whole text with opens with one class
#: of characters, which it skips to in a tight loop; opened by a branch or a repeat, the
#: engine tries the pattern at every character, two to three times slower.)
LINE_BREAKS = _re.compile("[\r\x0b\x0c\x85\u2028\u2029](?:(?<=\r)\n)?")
RARE_BREAKS = ("\x0b", "\x0c", "\x85", "\u2028", "\u2029")

HTML_ENTITY = _re.compile(r"&(?:amp;)*(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};|nbsp(?![A-Za-z0-9;]))")

_BLOCK_TAGS = "p|br|div|li|ul|ol|tr|td|th|table|tbody|thead|h[1-6]|section|article|blockquote|hr|center|figure|figcaption|header|footer|pre|dd|dt|dl"
_INLINE_TAGS = "a|abbr|b|big|cite|code|em|font|i|img|span|strong|small|sub|sup|u|s|strike|label|input|iframe|meta|link|wbr|ins|del|mark|time|source|video|audio|picture|svg|o:p"
HTML_TAG = regex.compile(
    r"<!--.*?-->"
    r"|<(script|style)\b[^>]*>.*?</\1\s*>"
    rf"|<(/?)(?:{_BLOCK_TAGS})\b(?:\s[^<>]*)?/?>"
    rf"|</?(?:{_INLINE_TAGS})\b(?:\s[^<>]*)?/?>",
    regex.IGNORECASE | regex.DOTALL,
)
HTML_BLOCK_TAG = _re.compile(rf"</?(?:{_BLOCK_TAGS})\b", _re.IGNORECASE)

#: Zero-width and control characters (C0 except tab and newline, DEL, C1), soft hyphen,
#: bidirectional marks, word joiner, BOM. A zero-width joiner between two pictographs is
#: part of an emoji and stays.
INVISIBLE = regex.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
    r"|(?<!\p{Extended_Pictographic}\ufe0f?)\u200d|\u200d(?!\p{Extended_Pictographic})"
)
#: The same without the zero-width joiner, for the standard `re` engine, which scans
#: several times faster than `regex` (used when the text holds no U+200D).
INVISIBLE_NO_ZWJ = _re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)

_BLANK_NO_TAB = "[ \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"  # the Unicode class Zs
#: Blanks at the start or end of a line (indentation: ASCII, full-width U+3000, NBSP): tab
#: and the Unicode class Zs, as one string for `str.strip`.
BLANK_STR = "\t \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
BLANK_CHARS = frozenset(BLANK_STR)
#: Odd spaces (NBSP, en/em/thin spaces, U+3000 inside a line) and runs of spaces: one
#: class opens it, an odd space or a space, and a space goes on only before another blank.
_ODD_SPACE = "[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"  # Zs other than U+0020
ODD_SPACES = _re.compile(f"[{_ODD_SPACE[1:-1]} ](?:(?<! )|(?={_BLANK_NO_TAB})){_BLANK_NO_TAB}*")  # (a space: with more)

#: A space between two Chinese characters; not the conventional gap after a dateline
#: at the start of a paragraph ("新华社北京1月31日电 …", "本报讯 …").
CJK_SPACE = regex.compile(rf"(?<!^[^，。\n]{{0,30}}[电讯])(?<={CJK}) +(?={CJK})", regex.MULTILINE)
SPACED_RUN = regex.compile(rf"{CJK_LETTER}+")

FULLWIDTH_ALNUM = _re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a][\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]*")
FULLWIDTH_ALNUM_TABLE = {c: c - 0xFEE0 for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A)) for c in range(r[0], r[1] + 1)}

ELLIPSIS = regex.compile(rf"。{{3,}}|\.{{3,}}(?={CJK})|(?<={CJK})\.{{3,}}|(?<={CJK})[·・]{{3,}}|[·・]{{3,}}(?={CJK})")
DASHES = regex.compile(rf"(?<={CJK})-{{2,}}|-{{2,}}(?={CJK})")

QUOTE_LINE = regex.compile(r"^[^\n]*[\"'][^\n]*$", regex.MULTILINE)
HAS_CJK_LETTER = regex.compile(CJK_LETTER)
IS_CJK = regex.compile(CJK)

#: ASCII punctuation that may stand for its full-width form in Chinese text.
ASCII_PUNCT = _re.compile(r"[(),;:?!.](?:(?<=\()([^()\n]*)\)|(?<=,),*|(?<=;);*|(?<=:):*|(?<=[?!])[?!]*"
                          r"|(?<=\.)(?<!\.\.)(?!\.)|(?<=[()]))")  # (a balanced pair, a run of one mark, a lone point)
ASCII_PUNCT_HINT = _re.compile(r"[,.:;?!()]")
PUNCT_TO_FULLWIDTH = str.maketrans({",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）", ".": "。"})

# --- decoding ------------------------------------------------------------------------------
BINARY_SIGNATURES = (
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"(\xb5/\xfd", "zstd-compressed data"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"PK\x03\x04", "a zip archive (or an Office document)"),
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "an executable"),
    (b"PAR1", "a Parquet file"),
    (b"SQLite format 3\x00", "an SQLite database"),
)


def common_han() -> frozenset[str]:
    """The commonly used Han characters: GB2312 level 1 (3,755 simplified characters, rows
    0xB0-0xD7) and Big5 level 1 (5,401 traditional characters, 0xA440-0xC67E). Derived from
    the codecs themselves, so no table is shipped."""
    chars: set[str] = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    for lead in range(0xA4, 0xC7):
        for trail in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            if (lead, trail) >= (0xC6, 0x7F):
                continue
            try:
                chars.add(bytes((lead, trail)).decode("big5"))
            except UnicodeDecodeError:
                pass
    return frozenset(c for c in chars if len(c) == 1)
