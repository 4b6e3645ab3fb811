"""Normalisers: named, idempotent ``str -> str`` functions, each safe on any text.

Every normaliser takes an optional ``changes`` list. When given, it appends one
``(start, end, before, after)`` tuple per change, with offsets into the text the normaliser
was given; the pipeline turns them into `Edit` records. `normalize` runs them in order.
"""
from __future__ import annotations

import html
import itertools
import operator
import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

import regex

from . import resources as R
from .errors import ConfigError

__all__ = [
    "NORMALIZERS",
    "Change",
    "decode_html_entities",
    "strip_html_tags",
    "unify_line_endings",
    "remove_invisible",
    "strip_line_blanks",
    "normalize_spaces",
    "fold_fullwidth_alnum",
    "cjk_ellipsis",
    "cjk_dashes",
    "cjk_quotes",
    "fullwidth_punctuation",
    "drop_cjk_spaces",
    "join_hard_wraps",
    "to_simplified",
    "normalize",
    "apply_changes",
]

Change = tuple[int, int, str, str]
_MAX_ROUNDS = 4


def apply_changes(text: str, changes: list[Change]) -> str:
    """Apply non-overlapping ``(start, end, before, after)`` changes, given in text order."""
    out, pos = [], 0
    for start, end, before, after in changes:
        if text[start:end] != before or start < pos:
            raise ValueError(f"change at {start}:{end} does not fit the text")
        out.append(text[pos:start])
        out.append(after)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _sub(pattern: Any, repl: Callable[[Any], str], text: str, changes: list[Change] | None,
         *, once: bool = False, touching: frozenset[str] | None = None, rounds: int = 0) -> str:
    """`pattern.sub` that can record what it changed, and repeats until nothing changes, so
    that every normaliser is idempotent. If more than one round was needed, the rounds are
    recorded as one change covering the part that differs. `once`: the caller knows one
    round is enough (what the replacement leaves cannot match), which saves a scan.
    `touching`: another round can only change something next to a change, where one of
    these characters stands, or around it, between ASCII brackets; without either, the
    scan is saved. `rounds`: at most this
    many (default `_MAX_ROUNDS`), for a change that can travel along a run of marks."""
    original = text
    first: list[Change] = []
    found: list[Change] = []  # the last round's changes
    changed = 0  # rounds that changed something
    for round_ in range(1 if once else rounds or _MAX_ROUNDS):
        if round_ and touching is not None and not _touches(text, found, touching) and not (
                "(" in text and ")" in text):  # an ASCII pair may enclose what changed
            break
        found = []
        out, pos = [], 0
        for m in pattern.finditer(text):
            new = repl(m)
            old = m.group()
            if new == old:
                continue
            found.append((m.start(), m.end(), old, new))
            out.append(text[pos:m.start()])
            out.append(new)
            pos = m.end()
        if not found:
            break
        out.append(text[pos:])
        text = "".join(out)
        changed += 1
        if round_ == 0:
            first = found
    if changes is not None and text != original:
        if first and (changed == 1 or apply_changes(original, first) == text):
            changes.extend(first)
        else:
            changes.append(_span_change(original, text))
    return text


def _touches(text: str, done: list[Change], chars: frozenset[str]) -> bool:
    """Whether a character of `chars` stands right beside one of the changes `done` made, or
    inside what it wrote (their positions taken in the text before them, shifted to `text`)."""
    shift = 0
    for start, end, before, after in done:
        at, to = start + shift, start + shift + len(after)
        if (at > 0 and text[at - 1] in chars) or (to < len(text) and text[to] in chars) or not chars.isdisjoint(after):
            return True
        shift += len(after) - len(before)
    return False


def _printable(text: str) -> bool:
    """Whether every character of `text` but its line breaks is printable (`str.isprintable`,
    in C: a fifth of the time an `re` scan for a class takes). No invisible character
    (`resources.INVISIBLE`) or space other than U+0020 is; a tab is not either."""
    return text.replace("\n", " ").isprintable()


def _span_change(old: str, new: str) -> Change:
    """The single change turning `old` into `new`: everything between common prefix and suffix."""
    p = 0
    limit = min(len(old), len(new))
    while p < limit and old[p] == new[p]:
        p += 1
    s = 0
    while s < limit - p and old[len(old) - 1 - s] == new[len(new) - 1 - s]:
        s += 1
    return (p, len(old) - s, old[p:len(old) - s], new[p:len(new) - s])


# --- markup and invisible characters --------------------------------------------------------

def decode_html_entities(text: str, changes: list[Change] | None = None) -> str:
    """Decode leftover HTML entities: ``&nbsp;`` ``&ldquo;`` ``&#8220;`` ``&amp;amp;`` …"""
    if "&" not in text:
        return text

    def repl(m: Any) -> str:
        s = m.group()
        for _ in range(_MAX_ROUNDS):
            t = html.unescape(s)
            if t == s:
                break
            s = t
        # the earlier steps have run: an entity for an invisible character (&#8203;) goes at
        # once, one for a full-width letter or digit (&#65313;) is folded at once
        return R.INVISIBLE.sub("", s).translate(R.FULLWIDTH_ALNUM_TABLE)

    return _sub(R.HTML_ENTITY, repl, text, changes)


def strip_html_tags(text: str, changes: list[Change] | None = None) -> str:
    """Remove leftover HTML tags and comments; block-level tags (``<p>``, ``<br>``) become a
    line break. Only real HTML tag names are touched, so ``a<b且c>d`` is left alone."""
    if "<" not in text:
        return text

    def repl(m: Any) -> str:
        if m.group(1):  # script / style with its content
            return ""
        return "\n" if R.HTML_BLOCK_TAG.match(m.group()) else ""

    return _sub(R.HTML_TAG, repl, text, changes)


def unify_line_endings(text: str, changes: list[Change] | None = None) -> str:
    """CRLF, CR, form feed, vertical tab, NEL, U+2028/2029 → ``\\n``."""
    if "\r" not in text and not any(c in text for c in R.RARE_BREAKS):
        return text
    return _sub(R.LINE_BREAKS, lambda m: "\n", text, changes)


def remove_invisible(text: str, changes: list[Change] | None = None) -> str:
    """Remove zero-width characters (U+200B–U+200D, U+2060, U+FEFF), the soft hyphen,
    bidirectional marks, C0/C1 control characters other than tab and newline, and lone
    surrogates (half of a character, which no encoding can write)."""
    if _printable(text):
        return text  # (every character it removes is unprintable)
    if "\u200d" in text:
        return _remove_invisible_and_joiners(text, changes)
    return _sub(R.INVISIBLE_NO_ZWJ, lambda m: "", text, changes, once=True)


_PICTOGRAPH = regex.compile(r"\p{Extended_Pictographic}").match


def _remove_invisible_and_joiners(text: str, changes: list[Change] | None) -> str:
    """`remove_invisible` for a text holding a zero-width joiner, which stays only between
    two pictographs (an emoji sequence: 👨‍👩, ❤️‍🔥), what `resources.INVISIBLE` matches: the
    other characters found by the `re` engine, each joiner by its neighbours (the `regex`
    scan with its look-behind costs ten times as much). One pass is enough: pictographs,
    which decide, are never removed."""
    drop = [m.start() for m in R.INVISIBLE_NO_ZWJ.finditer(text)]
    n = len(text)
    i = text.find("\u200d")
    while i >= 0:
        after = i + 1 < n and _PICTOGRAPH(text[i + 1]) is not None
        before = i >= 1 and (_PICTOGRAPH(text[i - 1]) is not None
                             or (text[i - 1] == "\ufe0f" and i >= 2 and _PICTOGRAPH(text[i - 2]) is not None))
        if not (after and before):
            drop.append(i)
        i = text.find("\u200d", i + 1)
    if not drop:
        return text
    found = [(i, i + 1, text[i], "") for i in sorted(drop)]
    if changes is not None:
        changes.extend(found)
    return apply_changes(text, found)


# --- spaces ---------------------------------------------------------------------------------

def strip_line_blanks(text: str, changes: list[Change] | None = None) -> str:
    """Strip indentation (``　　``, spaces, tabs, NBSP) and trailing blanks from every line."""
    out = []
    pos = 0
    changed = False
    for line in text.split("\n"):
        if line and (line[0] in R.BLANK_CHARS or line[-1] in R.BLANK_CHARS):
            rest = line.lstrip(R.BLANK_STR)
            kept = rest.rstrip(R.BLANK_STR)
            if changes is not None:
                lead = len(line) - len(rest)
                if lead:
                    changes.append((pos, pos + lead, line[:lead], ""))
                if len(kept) < len(rest):
                    changes.append((pos + lead + len(kept), pos + len(line), rest[len(kept):], ""))
            out.append(kept)
            changed = True
        else:
            out.append(line)
        pos += len(line) + 1
    return "\n".join(out) if changed else text


def normalize_spaces(text: str, changes: list[Change] | None = None) -> str:
    """NBSP, U+3000 and other odd spaces inside a line become one plain space; runs of spaces
    become one."""
    if "  " not in text and _printable(text):
        return text  # (an odd space is unprintable, and a plain one alone is left)
    return _sub(R.ODD_SPACES, lambda m: " ", text, changes, once=True)  # runs are taken whole


def drop_cjk_spaces(text: str, changes: list[Change] | None = None) -> str:
    """Drop spaces between two Chinese characters or punctuation marks in running prose
    ("我们 的" → "我们的"). A line without prose punctuation (a heading such as
    "现场考察 对标先进共提升", a list of names) keeps its gaps, unless it is letter-spaced
    ("我 们 的 国 家")."""
    if " " not in text:
        return text

    out, pos = [], 0
    for start, line in _lines_with_cjk_space(text):
        if not R.CJK_SPACE.search(line):
            continue
        if not any(p in line for p in R.PROSE_PUNCT):
            runs = R.SPACED_RUN.findall(line)
            if not (len(runs) >= 4 and sum(map(len, runs)) / len(runs) <= 1.5):  # not letter-spaced
                continue
        for sp in R.CJK_SPACE.finditer(line):
            at, end = start + sp.start(), start + sp.end()
            out.append(text[pos:at])
            pos = end
            if changes is not None:
                changes.append((at, end, sp.group(), ""))
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def _loosely_cjk(ch: str) -> bool:
    """A superset of `resources.CJK`, tested on the code point (no regex)."""
    c = ord(ch)
    return (0x2E80 <= c <= 0x9FFF or 0xF900 <= c <= 0xFAFF or 0xFE30 <= c <= 0xFE4F or 0xFF00 <= c <= 0xFFEF
            or 0x16FE0 <= c <= 0x16FFF or 0x1AFF0 <= c <= 0x1B2FF or c == 0x1F200 or 0x20000 <= c <= 0x3FFFF)


def _lines_with_cjk_space(text: str) -> Iterator[tuple[int, str]]:
    """The lines (start, text) holding a space between two CJK characters, each once, in
    order: spaces are found with `str.find` and only their neighbours are looked at, since
    a regex scan of the whole text costs more than all of this."""
    n = len(text)
    line_end = -1
    i = text.find(" ")
    while i >= 0:
        j = i + 1
        while j < n and text[j] == " ":
            j += 1
        if i > line_end and i > 0 and j < n and _loosely_cjk(text[i - 1]) and _loosely_cjk(text[j]):
            start = text.rfind("\n", 0, i) + 1
            line_end = text.find("\n", j)
            if line_end < 0:
                line_end = n
            yield start, text[start:line_end]
        i = text.find(" ", j)


# --- characters -----------------------------------------------------------------------------

def fold_fullwidth_alnum(text: str, changes: list[Change] | None = None) -> str:
    """Full-width letters and digits to ASCII ("２０１２" → "2012", "ＶＩＰ" → "VIP").
    Full-width punctuation is left alone (unlike NFKC)."""
    return _sub(R.FULLWIDTH_ALNUM, lambda m: m.group().translate(R.FULLWIDTH_ALNUM_TABLE), text, changes, once=True)


def cjk_ellipsis(text: str, changes: list[Change] | None = None) -> str:
    """"。。。", "..." or "···" in Chinese text → "……"."""
    if "..." not in text and "。。。" not in text and "···" not in text and "・・・" not in text:
        return text
    return _sub(R.ELLIPSIS, lambda m: "……", text, changes)


def cjk_dashes(text: str, changes: list[Change] | None = None) -> str:
    """"--" next to Chinese text → "——". (Full-width hyphens, horizontal bars and box-drawing
    lines, "－－" "――" "──", are left as the page printed them: sources keep them in their text;
    restoration reads them as a dash where it matters, `restore.ATTRIBUTION_DASH`.)"""
    if "--" not in text:
        return text
    return _sub(R.DASHES, lambda m: "——", text, changes)


@lru_cache(maxsize=1 << 16)
def _is_cjk(ch: str) -> bool:
    """Whether the character `ch` (or "") is CJK, remembered per character (a regex match
    costs ten times a cache look-up, and a text asks about its punctuation's neighbours)."""
    return bool(ch) and R.IS_CJK.match(ch) is not None


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def cjk_quotes(text: str, changes: list[Change] | None = None) -> str:
    """Straight quotes around or beside Chinese text → “” and ‘’. Quotes are paired within a
    line; a pair is converted when it encloses or touches Chinese. An apostrophe between
    two Latin letters ("don't") is never a quote."""
    if '"' not in text and "'" not in text:
        return text

    def fix_line(m: Any) -> str:
        line = m.group()
        chars = list(line)
        for q, (open_, close) in (('"', "“”"), ("'", "‘’")):
            pos = [i for i, c in enumerate(chars) if c == q
                   and not (q == "'" and 0 < i < len(chars) - 1 and _latin(chars[i - 1]) and _latin(chars[i + 1]))]
            if len(pos) % 2 == 1:
                i = pos[0]
                if len(pos) == 1 and i == 0 and len(chars) > 1 and _is_cjk(chars[1]):
                    chars[i] = open_  # a quotation running on into the next paragraph
                continue
            for a, b in zip(pos[::2], pos[1::2]):
                inner = "".join(chars[a + 1:b])
                before = chars[a - 1] if a > 0 else ""
                after = chars[b + 1] if b + 1 < len(chars) else ""
                if R.HAS_CJK_LETTER.search(inner) or _is_cjk(before) or _is_cjk(after):
                    chars[a], chars[b] = open_, close
        return "".join(chars)

    new = _sub(R.QUOTE_LINE, fix_line, text, None)
    if changes is not None and new != text:  # quotes are replaced one for one
        changes.extend((i, i + 1, a, b) for i, (a, b) in enumerate(zip(text, new)) if a != b)
    return new


_ASCII_PUNCT_CHARS = frozenset(",.:;?!()")


def fullwidth_punctuation(text: str, changes: list[Change] | None = None) -> str:
    """ASCII ``, . : ; ? ! ( )`` inside Chinese text → ``，。：；？！（）``
    ("你好,世界." → "你好，世界。"). Numbers ("1,000", "3.5"), times ("10:30"), URLs,
    e-mail addresses and Latin text are left alone."""
    if not R.ASCII_PUNCT_HINT.search(text):
        return text

    def repl(m: Any) -> str:
        s = m.group()
        src = m.string
        before = src[m.start() - 1] if m.start() > 0 else ""
        after = src[m.end()] if m.end() < len(src) else ""
        c = s[0]
        if c == "(" and len(s) > 1:  # a balanced pair
            inner = m.group(1)
            if R.HAS_CJK_LETTER.search(inner) or _is_cjk(before):
                return "（" + inner + "）"
            return s
        if c in "()":
            near = after if c == "(" else before
            return s.translate(R.PUNCT_TO_FULLWIDTH) if _is_cjk(near) else s
        if c == ".":
            # a full stop only after Chinese, and only at the end of a line or before Chinese
            if _is_cjk(before) and (after in ("", "\n", " ", "\t") or _is_cjk(after) or after in "“”‘’\"'"):
                return "。"
            return s
        if before.isdigit() and after.isdigit():  # 1,000  10:30
            return s
        if c == ":" and after == "/":  # http://
            return s
        if _is_cjk(before) or _is_cjk(after):
            return s.translate(R.PUNCT_TO_FULLWIDTH)
        return s

    # a mark turned full-width can make its neighbour Chinese-adjacent, one mark a round
    # along a run of them ("，)?;!)" ): rounds go on while a change touches another mark
    return _sub(R.ASCII_PUNCT, repl, text, changes, touching=_ASCII_PUNCT_CHARS, rounds=len(text) + 1)


# --- lines ----------------------------------------------------------------------------------

def _repeats(line: str, before: str) -> bool:
    """Whether `line` repeats the line `before` it: the same text, or the same once
    full-width letters, figures and marks are folded (`_folded`: a scraped copy, ５月２７日
    for 5月27日)."""
    # (folded only when their last characters agree, as a copy's do, 。 and all: lines of a
    # hard-wrapped text are all of one length, and folding each costs more than the rest of
    # the wrap's reading)
    return line == before or (len(line) == len(before) and line[-3:] == before[-3:] and _folded(line) == _folded(before))


def _folded(line: str) -> str:
    """`line` with its full-width letters, figures and marks folded (NFKC), to tell copies."""
    return unicodedata.normalize("NFKC", line)


def _wrapped_run(lines: list[str], i: int, end: int, min_width: int,
                 raw: list[str] | None = None) -> tuple[int, int, int, bool]:
    """How lines ``i:end`` can start one hard-wrapped paragraph: the number of lines (1 =
    none), how many of them are full, the wrap width, and whether every full line ends in
    punctuation (verse, or a list, rather than a wrap).

    A wrap is a run of lines of the same length in characters (OCR and PDF text breaks
    after a fixed number of characters), then possibly one shorter line that ends the
    paragraph. Not across a line that starts like a list item, nor onto a line that repeats
    the one before it (a paragraph scraped twice has two lines of one length, not a wrap;
    `_repeats`).
    A line that is of the width only with the blanks at its edges (`raw`, the lines as they
    stand: a wrap fell beside a space of the text, `…［　` / `详细　］`) is full too when a
    line follows it, it ends no sentence and it does not open with the first line's
    indentation (then it is a paragraph of its own). (Widths in display columns
    were tried and dropped: normalising punctuation and digits changes them, so joining
    by them was not idempotent.)
    """
    w = len(lines[i])
    if raw is not None and i + 1 < end and len(lines[i + 1]) > w:
        # the first line is full with the no-break spaces that end its indentation (a
        # scraped page's &nbsp; is text to the wrap that counted it), or with a space of the
        # text at its end (…以“向山河问道 / 与时代同新”…), when the next line is
        lead = raw[i][:len(raw[i]) - len(raw[i].lstrip())]
        pad = len(lead) - len(lead.rstrip("\u00a0"))
        tail = len(raw[i]) - len(raw[i].rstrip())
        for extra in sorted({pad, tail, pad + tail} - {0}):
            if len(lines[i + 1]) == w + extra:
                w += extra
                break
    none = (1, 1, w, False)
    if w < min_width:
        return none
    k = i + 1
    while k < end and not _repeats(lines[k], lines[k - 1]) and (
            len(lines[k]) == w
            or (raw is not None and k + 1 < end and lines[k] and len(raw[k]) == w
                and lines[k].rstrip(_CLOSERS)[-1:] not in _SENTENCE_END
                and not _same_indent(raw[i], raw[k]))):
        k += 1
    full = k - i
    # the shorter line that ends it, unless it opens with a dash and ends no sentence (an
    # attribution line, "——记青山镇…"); "——这是…之一。" is the wrapped end of a sentence
    if k < end and len(lines[k]) <= w and not (_dash_opening(lines[k])
                                               and not lines[k].rstrip(_CLOSERS).endswith(("。", "！", "？"))):
        k += 1  # the paragraph's last, shorter line
    n = k - i
    if n == 1 or any(_list_item(lines[m - 1], lines[m]) for m in range(i + 1, k)):
        return none  # list items of equal length are not a wrapped paragraph
    ends = sum(1 for ln in lines[i:i + full] if ln[-1] in R.LINE_FINAL_PUNCT)
    return n, full, w, ends == full


def _list_item(before: str, line: str) -> bool:
    """Whether `line` opens a list item (`R.LIST_ITEM`); not the middle dot of a name that a
    wrap put first (`…政治观察家扎基尔` / `·贾拉利的分析称…`): a dot before a letter of
    Chinese text, under a line that ends in one."""
    if not R.LIST_ITEM.match(line):
        return False
    return not (line[:1] == "·" and R.HAS_CJK_LETTER.match(line[1:2]) is not None
                and R.HAS_CJK_LETTER.match(before[-1:]) is not None)


def _dash_opening(line: str) -> bool:
    """Whether `line` opens with a dash ("——记…", "-记…"); not with the hyphen of a figure
    that a hard wrap put first ("-800客机…", the end of 737-800)."""
    return line.startswith("—") or (line.startswith("-") and not line[1:2].isdigit())


def _same_indent(first: str, line: str) -> bool:
    """Whether `line` opens with the blanks `first` is indented by (none: False)."""
    indent = first[:len(first) - len(first.lstrip(_EDGE_BLANKS))]
    return bool(indent) and line.startswith(indent)


def _wrap_joins(lines: list[str], min_width: int, raw: list[str] | None = None) -> list[tuple[int, int]]:
    """The hard-wrapped paragraphs among `lines` (stripped of the blanks at their edges;
    `raw`: as they stand): (first line, number of lines)."""
    runs: list[tuple[int, int, int, int, bool]] = []  # start, lines, full lines, width, verse
    pairs: dict[int, int] = {}  # width -> blocks of just a full line and a shorter one
    i = 0
    while i < len(lines):
        if not lines[i]:
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j]:
            j += 1
        k = i  # within the block of lines between blank lines
        while k < j:
            n, full, width, verse = _wrapped_run(lines, k, j, min_width, raw)
            if n > 1:
                runs.append((k, n, full, width, verse))
                if n == 2 and k == i and k + n == j and not verse and width >= _PAIR_MIN_WIDTH:
                    pairs[width] = pairs.get(width, 0) + 1
            k += n
        i = j
    # a run of two or more full lines, not all ending in punctuation, establishes the
    # document's wrap width when three or more full lines of that width stand in runs or when
    # the run ends a sentence (two lines of one length happen by chance: a date line and a
    # title above a byline); at that width a single full line (whatever it ends with) is a
    # wrap too. Full lines are counted once by their text, folded (`_folded`; a run holds no
    # copy of the line before, `_repeats`): a paragraph the page repeated makes lines of one
    # length anywhere, and a line of that length beside a copy (a paragraph cut where a
    # caption interrupts it) is no wrap for it.
    # (Folding costs: only the lines of a width that may be the text's are folded.)
    full_lines: dict[int, set[str]] = {}
    for k, _, full, width, _ in runs:
        full_lines.setdefault(width, set()).update(lines[k:k + full])
    folded: dict[int, int] = {}  # width -> how many different full lines, folded (up to 3)

    def many(width: int) -> bool:  # (three different full lines, folded, found one by one)
        if len(full_lines[width]) < 3:
            return False
        if width not in folded:
            seen: set[str] = set()
            for ln in full_lines[width]:
                seen.add(_folded(ln))
                if len(seen) >= 3:
                    break
            folded[width] = len(seen)
        return folded[width] >= 3

    widths = {width for k, n, full, width, verse in runs if full >= 2 and not verse
              and (lines[k + n - 1].rstrip(_CLOSERS)[-1:] in _SENTENCE_END or many(width))}
    # so do three or more paragraphs (between blank lines) of one full line and a shorter one,
    # the full lines all of one length (short paragraphs wrapped once)
    widths.update(width for width, count in pairs.items() if count >= _PAIRS_MIN)
    # a text wrapped at a width has (almost) no longer line: the title and a line or two of
    # page furniture at most; a text of one paragraph per line has many. Nor, under its
    # first line, a longer one that ends a sentence (a paragraph left whole: one in ten
    # lines at most, a note pasted into a long wrapped text; a title or furniture ends none,
    # and a line one longer than the width may hold the mark a typesetter hangs past it)
    first = next((k for k, ln in enumerate(lines) if ln), -1)  # (the first line: there is one when a width is)
    if widths:
        lengths = [len(ln) for ln in lines if ln]
        allowed = len(lengths) // 10
        widths = {w for w in widths if sum(n > w for n in lengths) <= max(_LONGER_LINES_MAX, allowed)
                  and _whole_paragraphs(lines, first, w) <= allowed}
    # a long first line without a clause mark is a title, not wrapped into the text under it
    # (a title and a lead of one length happen; 30 characters of wrapped prose hold a comma)
    if first >= 0 and (len(lines[first]) < _TITLE_MIN or any(c in lines[first] for c in _CLAUSE_MARKS)):
        first = -1
    joins = [(k, n) for k, n, full, width, verse in runs if width in widths and k != first]
    if raw is not None and widths:
        # a line of the width only with a blank of the text at its end, then a shorter line,
        # the whole block: a wrap fell after a space (`…记者 王小明 ` / `摄）`), unless the
        # line ends a sentence
        joins += [(k, n) for k, n, full, width, verse in runs
                  if n == 2 and full == 1 and width not in widths and k != first
                  and width + len(raw[k]) - len(raw[k].rstrip()) in widths
                  and lines[k].rstrip(_CLOSERS)[-1:] not in _SENTENCE_END]
        joins.sort()
    return joins


def _whole_paragraphs(lines: list[str], first: int, width: int) -> int:
    """How many lines under line `first` are longer than `width` and one more, ending a
    sentence: paragraphs a wrap at `width` would have broken."""
    return sum(1 for ln in lines[first + 1:]
               if len(ln) > width + 1 and ln.rstrip(_CLOSERS)[-1:] in _SENTENCE_END)


_CLOSERS = "”’」』）)》\"'"
_PAIR_MIN_WIDTH = 20
_TITLE_MIN = 30
_CLAUSE_MARKS = frozenset("，。、；：！？,;:!?")
_LONGER_LINES_MAX = 3
_PAIRS_MIN = 3
_SENTENCE_END = frozenset("。！？!?…")


def soft_breaks(lines: list[str], *, min_width: int = 12) -> set[int]:
    """Indices of the lines whose line break is a hard wrap inside a paragraph."""
    return {m for k, n in _wrap_joins(lines, min_width) for m in range(k, k + n - 1)}


def join_hard_wraps(text: str, changes: list[Change] | None = None, *, min_width: int = 12) -> str:
    """Rejoin lines broken at a fixed width inside a paragraph (OCR, PDF, e-mail wraps).
    A run of at least two lines of the same length, not all ending in punctuation, and the
    shorter line that follows it, are one paragraph; that length is then the document's
    wrap width, and a single line of that width followed by a shorter one is joined too.
    Lengths are measured without the blanks at either end of a line (indentation, trailing
    spaces), which the joined paragraph loses. Real paragraph breaks are left alone."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    core = list(map(str.strip, lines, itertools.repeat(_EDGE_BLANKS)))
    widths = list(map(len, core))
    if not _equal_neighbours(widths, min_width, core) and not _pairs_of_one_width(widths):
        joins = []  # no two full lines in a row, nor paragraphs wrapped once at one width
    else:
        joins = _wrap_joins(core, min_width, lines)
    if _indented_blocks(lines, core):
        joins = _with_unindented_ends(joins, lines, core)
    if not joins:
        return text
    starts = [0]
    for ln in lines:
        starts.append(starts[-1] + len(ln) + 1)
    out: list[str] = []
    pos = 0
    for k, n in joins:
        out.extend(lines[pos:k])
        # a fixed-width wrap cuts words too: the lines join without a space
        out.append(lines[k].rstrip(_EDGE_BLANKS) + "".join(core[k + 1:k + n]) + _trailing(lines[k + n - 1]))
        if changes is not None:
            for m in range(k, k + n - 1):
                cut_from = starts[m] + len(lines[m].rstrip(_EDGE_BLANKS))
                cut_to = starts[m + 1] + len(lines[m + 1]) - len(lines[m + 1].lstrip(_EDGE_BLANKS))
                changes.append((cut_from, cut_to, text[cut_from:cut_to], ""))
        pos = k + n
    out.extend(lines[pos:])
    return "\n".join(out)


def _indented_blocks(lines: list[str], core: list[str]) -> bool:
    """Whether the text's paragraphs stand between blank lines, indented: three blocks or
    more open indented, and none opens flush but among the first five (a title, a subtitle
    and page furniture above them)."""
    blocks = indented = 0
    for i, c in enumerate(core):
        if c and (i == 0 or not core[i - 1]):
            blocks += 1
            if lines[i][:1] in _EDGE_BLANKS:
                indented += 1
            elif blocks > 5:
                return False
    return indented >= 3


def _with_unindented_ends(joins: list[tuple[int, int]], lines: list[str], core: list[str]) -> list[tuple[int, int]]:
    """`joins` and the blocks (between blank lines, in a text whose paragraphs open indented)
    of an indented line that ends no sentence, then one or more flush lines no longer than
    it: a paragraph wrapped at the width of its first line, whose continuation lines lost
    the indentation (a paragraph, a caption or a byline of its own would open indented, or
    after a blank line). Not onto a list item or a line that opens with a dash."""
    taken = {m for k, n in joins for m in range(k, k + n)}
    extra: list[tuple[int, int]] = []
    i = 0
    while i < len(core):
        if not core[i] or (i and core[i - 1]) or i in taken:
            i += 1
            continue
        j = i + 1
        while j < len(core) and core[j]:
            j += 1
        first, rest = core[i], core[i + 1:j]
        if (rest and len(first) >= _PAIR_MIN_WIDTH and lines[i][:1] in _EDGE_BLANKS
                and first.rstrip(_CLOSERS)[-1:] not in _SENTENCE_END
                and all(lines[m][:1] not in _EDGE_BLANKS for m in range(i + 1, j))
                and all(len(x) <= len(first) for x in rest) and all(len(x) == len(first) for x in rest[:-1])
                and not any(_dash_opening(x) or _list_item(prev, x) for prev, x in zip(core[i:j - 1], rest))):
            extra.append((i, j - i))
        i = j
    return sorted(joins + extra) if extra else joins


def _equal_neighbours(widths: list[int], min_width: int, lines: list[str]) -> bool:
    """Whether two different lines in a row are equally long, and at least `min_width` (a
    line repeating the one before it is a copy, never a wrap). The pairs of equal lengths are
    found in C; the few there are then looked at."""
    same = map(operator.eq, widths, itertools.islice(widths, 1, None))
    return any(widths[i] >= min_width and lines[i] != lines[i + 1]
               for i in itertools.compress(itertools.count(), same))


def _pairs_of_one_width(widths: list[int]) -> bool:
    """Whether `_PAIRS_MIN` or more lines of one length (at least `_PAIR_MIN_WIDTH`) are each
    followed by a shorter line: paragraphs wrapped once, maybe."""
    seen: dict[int, int] = {}
    for k in range(len(widths) - 1):  # (by index: native integers, no pairs built)
        a = widths[k]
        b = widths[k + 1]
        if a >= _PAIR_MIN_WIDTH and 0 < b < a:
            n = seen.get(a, 0) + 1
            if n >= _PAIRS_MIN:
                return True
            seen[a] = n
    return False


def _trailing(line: str) -> str:
    return line[len(line.rstrip(_EDGE_BLANKS)):]


_EDGE_BLANKS = " \t\u00a0\u3000\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"


# --- scripts --------------------------------------------------------------------------------

_OPENCC: dict[str, Any] = {}


def to_simplified(text: str, changes: list[Change] | None = None, *, config: str = "t2s") -> str:
    """Traditional → Simplified Chinese with OpenCC (``pip install 'newsclean[opencc]'``).
    Off by default in the pipeline."""
    if not text:
        return text
    converter = _OPENCC.get(config)
    if converter is None:
        try:
            import opencc
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ConfigError("to_simplified needs OpenCC: pip install 'newsclean[opencc]'") from exc
        converter = _OPENCC[config] = opencc.OpenCC(config)
    new = converter.convert(text)
    if new != text and changes is not None:
        if len(new) == len(text):
            changes.extend((i, i + 1, a, b) for i, (a, b) in enumerate(zip(text, new)) if a != b)
        else:
            changes.append(_span_change(text, new))
    return new


#: The normalisers in the order `normalize` runs them, by name.
NORMALIZERS: dict[str, Callable[..., str]] = {
    f.__name__: f
    for f in (
        unify_line_endings,
        join_hard_wraps,
        remove_invisible,
        fold_fullwidth_alnum,
        decode_html_entities,
        strip_html_tags,
        strip_line_blanks,
        normalize_spaces,
        fullwidth_punctuation,
        cjk_ellipsis,
        cjk_dashes,
        cjk_quotes,
        drop_cjk_spaces,
        to_simplified,
    )
}


def normalize(text: object, config: Any = None, **options: Any) -> str:
    """Run every enabled normaliser over `text` and return the result.

    `config` is a `newsclean.Config`; keyword options override it
    (``normalize(t, cjk_quotes=False)``). Any `str` is accepted; ``None`` gives ``""``; any
    other type is a `TypeError` that says what to call instead (typed `object` so that the
    compiled module checks it here, not at the call).
    """
    from .config import Config

    if text is None:
        return ""
    if not isinstance(text, str):
        raise TypeError(f"normalize() takes str, not {type(text).__name__}; "
                        "for bytes, call newsclean.clean(data) or newsclean.decode(data) first")
    cfg = Config.resolve(config, **options)
    out = text
    for _round, _name, out, _changes in run_normalizers(text, cfg, record=False):
        pass
    return out


#: Steps that can make work for each other after the pass: dropping the space in "。 。。"
#: makes an ellipsis, and an ellipsis made of dots can put a space between Chinese marks.
_SETTLE = ("cjk_ellipsis", "drop_cjk_spaces")


def _settle(text: str, names: list[str], steps: dict[str, Callable[..., str]], cfg: Any, record: bool,
            round_: int):  # type: ignore[no-untyped-def]
    """Run the `_SETTLE` steps again while one of them changes the text (a few rounds at
    most), only when the text holds what the ellipsis step reads: keeps `normalize`
    idempotent at the cost of a few `in` tests for almost every text."""
    todo = [n for n in _SETTLE if n in names]
    for extra in range(1, _MAX_ROUNDS):
        if not todo or not any(mark in text for mark in ("。。。", "...", "···", "・・・")):
            return
        before = text
        for name in todo:
            changes: list[Change] | None = [] if record else None
            text = steps[name](text, changes, **cfg.step_options(name))
            if changes or text != before:
                yield round_ + extra, name, text, changes or []
        if text == before:
            return


def run_normalizers(text: str, cfg: Any, *, record: bool = True, steps: dict[str, Callable[..., str]] | None = None):  # type: ignore[no-untyped-def]
    """Run the enabled steps in order, yielding ``(round, step, text, changes)`` after each.

    Joining hard-wrapped lines runs first, on the widths the text was wrapped at; the later
    steps can make two lines equally long (a zero-width character removed, spaces
    collapsed), so the join is tried again on the result and, while it joins something,
    the steps after it run again on the joined lines (round 2, 3). This keeps
    `normalize` idempotent."""
    steps = NORMALIZERS if steps is None else steps
    names = [n for n in steps if cfg.enabled(n)]
    round_ = 1
    todo = names
    while True:
        after_join = text
        for name in todo:
            changes: list[Change] | None = [] if record else None
            text = steps[name](text, changes, **cfg.step_options(name))
            yield round_, name, text, changes or []
            if name == "join_hard_wraps":
                after_join = text
        if "join_hard_wraps" not in names or round_ >= _MAX_ROUNDS or text == after_join:
            yield from _settle(text, names, steps, cfg, record, round_)
            return  # (unchanged since the join: joining again would find nothing)
        changes = [] if record else None
        joined = steps["join_hard_wraps"](text, changes, **cfg.step_options("join_hard_wraps"))
        if joined == text:
            yield from _settle(text, names, steps, cfg, record, round_)
            return
        round_ += 1
        text = joined
        yield round_, "join_hard_wraps", text, changes or []
        todo = names[names.index("join_hard_wraps") + 1:]
