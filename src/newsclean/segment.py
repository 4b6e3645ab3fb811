"""Chinese sentence and paragraph segmentation that keeps every character.

`split_sentences` and `split_paragraphs` return `Span`s (text, start, end) into the text
they were given; the spans concatenate back to it exactly, whitespace included, and none
is empty. Whitespace after a sentence or paragraph belongs to it.

A sentence ends at 。！？!? (and runs of them), at a 。… that ends a line, and — in clause
mode — at ；. It does not end inside 《…》 or brackets, inside numbers (3.5%), URLs,
e-mail addresses, Latin abbreviations (U.S.), at an ellipsis in mid-sentence, or inside a
quotation that began in mid-sentence. Closing quotes and brackets stay with the sentence
they close; ``他说：“好。”然后离开。`` is two sentences, split after ”, but a short
attribution after the quote stays (``“好。”他说。`` is one). A line break ends a sentence
(normalise hard-wrapped text first, or use `split_paragraphs`). The splitter does not use
jieba.
"""
from __future__ import annotations

import re

from . import resources as R
from .document import Span

__all__ = ["Span", "split_sentences", "sentence_texts", "split_paragraphs", "words"]


_TITLE_OPEN, _TITLE_CLOSE = "《〈", "》〉"
_PAREN_OPEN, _PAREN_CLOSE = "（(【[", "）)】]"
_QUOTE_OPEN = {"“": "”", "「": "」", "『": "』", "‘": "’"}
_QUOTE_CLOSE = {v: k for k, v in _QUOTE_OPEN.items()}
_CLOSERS = "”’」』）)》〉】]\"'"

#: What the splitter looks at: a run of sentence marks, three dots or more, a point not
#: before a digit, a semicolon, a bracket or quotation mark, a line break. (One class opens
#: it, and each alternative after it checks what the class matched: the standard engine
#: skips to that class in a tight loop; a pattern opened by alternatives is tried at every
#: character, three times as slow.)
_EVENTS = re.compile(r"[。！？!?….；;《〈》〉（(【\[）)】\]“”「」『』‘’\"\n]"
                     r"(?:(?<=[。！？!?…])[。！？!?…]*|(?<=\.)(?:\.{2,}|(?!\d))|(?<=[；;《〈》〉（(【\[）)】\]“”「」『』‘’\"\n]))")
_SPACE = re.compile(r"[ \t\r\n\u3000\u00a0]*")


def _after_space(text: str, i: int) -> int:
    """Where the run of spaces starting at `i` ends (`i` itself when there is none)."""
    m = _SPACE.match(text, i)
    return m.end() if m else i


#: An attribution after a closing quote: ``”他说。`` ``”张三表示，``
_ATTRIBUTION = re.compile(
    r"[^。！？!?，,\n“”]{0,12}?(?:说|說|道|表示|指出|称|稱|问|問|答|写道|寫道|强调|強調|介绍|介紹|坦言|补充|補充"
    r"|回忆|回憶|认为|認為|告诉记者|告訴記者)[。！？!?，,]"
)
_LATIN_WORD_BEFORE = re.compile(r"([A-Za-z]+)$")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st vs etc e.g i.e inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec "
    "fig figs vol p pp ed eds gen gov sen rep dept univ est approx".split()
)


def _after_colon(text: str, i: int) -> bool:
    k = i - 1
    while k >= 0 and text[k] in " \t\u3000":
        k -= 1
    return k >= 0 and text[k] in "：:"


def _closes_mixed(text: str, j: int, closer: str) -> bool:
    """Whether a straight quote at ``j - 1``, inside a quotation opened with a curly mark,
    closes it (“…"): yes, unless another straight quote follows before the curly closer
    (a quotation nested inside: “…"…"…”)."""
    nxt_straight = text.find('"', j)
    nxt_curly = text.find(closer, j)
    return nxt_straight < 0 or (0 <= nxt_curly < nxt_straight)


def _ascii_end_ok(text: str, j: int) -> bool:
    """After an ASCII ! or ?: a sentence ends only before a space, a line end, Chinese, a
    closing mark or the end; not inside a URL (``?id=1``)."""
    if j >= len(text):
        return True
    nxt = text[j]
    return nxt.isspace() or nxt in _CLOSERS or R.IS_CJK.match(nxt) is not None


def _latin_period_ends(text: str, i: int, line_start: int) -> bool:
    """Whether the ``.`` at `i` ends a Latin sentence: after a word (not an abbreviation or
    an initial) or a number, before a space and a capital, Chinese, or the end."""
    j = i + 1
    if j < len(text) and not text[j].isspace():
        return False  # U.S.政策, example.com, 3.5
    k = _after_space(text, j)
    if k < len(text) and not (text[k].isupper() or R.IS_CJK.match(text[k]) or text[k] in "“\"'("):
        return False
    before = text[line_start:i]
    m = _LATIN_WORD_BEFORE.search(before)
    if m:
        word = m.group(1)
        if len(word) == 1 or word.lower() in _ABBREVIATIONS:
            return False  # J. K. Rowling, Mr. Smith
        if i - len(word) - 1 >= 0 and text[i - len(word) - 1] == ".":
            return False  # e.g. / U.S.
        return True
    if before.strip().isdigit():
        return False  # a list item: "1. 第一项"
    return bool(before) and (before[-1].isdigit() or before[-1] in _CLOSERS)


def _checked(text: object, name: str) -> str:
    """`text` itself, ``""`` for None; any other type than `str` is a `TypeError` that says so
    (the public functions take `object`, so that a compiled module says it in their words)."""
    if text is None:
        return ""
    if not isinstance(text, str):
        raise TypeError(f"{name}() takes str, not {type(text).__name__}")
    return text


def split_sentences(text: object, *, clauses: bool = False) -> list[Span]:
    """Split `text` into sentences (with ``clauses=True``, also at ；). Lossless; None gives ``[]``."""
    t = _checked(text, "split_sentences")
    return [Span(t[a:b], a, b) for a, b in _pieces(t, _sentence_cuts(t, clauses))]


def sentence_texts(text: str) -> list[str]:
    """The texts of ``split_sentences(text)``, without their offsets (restoration compares
    sentences by their text, and building a `Span` costs more than finding it)."""
    return [text[a:b] for a, b in _pieces(text, _sentence_cuts(text, False))]


def _sentence_cuts(text: str, clauses: bool) -> list[int]:
    """Where `split_sentences` cuts `text` (offsets, ascending, maybe repeated)."""
    if not text:
        return []
    cuts: list[int] = []
    start = 0  # where the current sentence starts
    line_start = 0
    titles = 0
    parens: list[bool] = []  # open brackets: opened at the sentence start?
    # open quotes: (closing mark, opened at the sentence start, introduced by a colon)
    quotes: list[tuple[str, bool, bool]] = []
    ascii_quote_open = False
    pos = 0
    n = len(text)
    while True:
        m = _EVENTS.search(text, pos)
        if m is None:
            break
        i, j = m.start(), m.end()
        tok = m.group()
        pos = j
        if tok == "\n":
            end = _after_space(text, j)
            cuts.append(end)
            start = line_start = pos = end
            titles = 0
            parens.clear()
            quotes.clear()
            ascii_quote_open = False
            continue
        c = tok[0]
        if c in _TITLE_OPEN:
            titles += 1
            continue
        if c in _TITLE_CLOSE:
            titles = max(0, titles - 1)
            continue
        if c in _PAREN_OPEN:
            parens.append(not text[start:i].strip())
            continue
        if c in _PAREN_CLOSE:
            if parens:
                parens.pop()
            continue
        if c in _QUOTE_OPEN:
            if j < n and text[j] in "。！？!?，、；：,;:":
                # an opening mark right before punctuation is a closing one typed the wrong
                # way round (“暴徒“。)
                if quotes and quotes[-1][0] == _QUOTE_OPEN[c]:
                    quotes.pop()
                continue
            quotes.append((_QUOTE_OPEN[c], not text[start:i].strip(), _after_colon(text, i)))
            continue
        if c in _QUOTE_CLOSE:
            if quotes and quotes[-1][0] == c:
                quotes.pop()
            continue
        if c == '"':
            if ascii_quote_open:
                ascii_quote_open = False
                if quotes and quotes[-1][0] == '"':
                    quotes.pop()
            elif quotes and quotes[-1][0] != '"' and _closes_mixed(text, j, quotes[-1][0]):
                quotes.pop()  # “令人担忧的问题" closes with a straight quote
            else:
                ascii_quote_open = True
                quotes.append(('"', not text[start:i].strip(), _after_colon(text, i)))
            continue
        # a sentence-final candidate
        if c in "；;":
            if not clauses or (c == ";" and not _ascii_end_ok(text, j)):
                continue
        elif c == "." and len(tok) == 1:
            if not _latin_period_ends(text, i, line_start):
                continue
        elif set(tok) <= set("…."):
            # an ellipsis ends a sentence only where the line (or a quotation) ends
            k = j
            while k < n and text[k] in _CLOSERS:
                k += 1
            if k < n and text[k] not in "\r\n" and k == j:
                continue
        elif set(tok) <= set("!?") and not _ascii_end_ok(text, j):
            continue
        if titles:
            continue
        # closing marks stay with the sentence they close
        k = j
        open_quotes = list(quotes)
        open_parens = list(parens)
        ascii_open = ascii_quote_open
        closed_quote = False
        while k < n and text[k] in _CLOSERS:
            ch = text[k]
            if ch in _TITLE_CLOSE:
                break
            if ch in _PAREN_CLOSE:
                if not (open_parens and open_parens[-1]):
                    break  # a bracket opened inside the sentence: the sentence goes on
                open_parens.pop()  # （这是括号里的话。）: the bracketed sentence ends here
                k += 1
                continue
            if ch == '"':
                # an ASCII quote after a full stop closes the open quotation, if any
                if not open_quotes:
                    break
                ascii_open = False
                open_quotes.pop()
            elif ch == "'":
                if open_quotes and open_quotes[-1][0] == "'":
                    open_quotes.pop()
            elif open_quotes and open_quotes[-1][0] == ch:
                open_quotes.pop()
            closed_quote = closed_quote or ch in _QUOTE_CLOSE or ch in "\"'"
            k += 1
        if open_parens or any(not q[1] for q in open_quotes):
            continue  # inside brackets, or a quotation that began in mid-sentence and goes on
        closing = quotes[len(open_quotes):]
        if any(not q[1] and not q[2] for q in closing) and "。" not in tok and "." not in tok:
            continue  # 高喊“加油！”继续前进: an exclamation embedded in the sentence
        quotes[:] = open_quotes
        parens[:] = open_parens
        ascii_quote_open = ascii_open
        if closed_quote and k < n and _ATTRIBUTION.match(text, k):
            pos = k
            continue  # “好。”他说。 is one sentence
        end = _after_space(text, k)
        if end > start:
            cuts.append(end)
        start = pos = end
        if "\n" in text[k:end]:
            line_start = end
            titles = 0
            parens.clear()
            quotes.clear()
            ascii_quote_open = False
        elif not quotes:
            ascii_quote_open = False
    return cuts


def _pieces(text: str, cuts: list[int]) -> list[tuple[int, int]]:
    """The non-empty pieces (start, end) between `cuts`, covering `text`; trailing
    whitespace joins the last piece."""
    out: list[tuple[int, int]] = []
    prev = 0
    for c in cuts:
        if c > prev:
            out.append((prev, c))
            prev = c
    n = len(text)
    if prev < n:
        if out and not text[prev:].strip():
            out[-1] = (out[-1][0], n)
        else:
            out.append((prev, n))
    return out


def split_paragraphs(text: object, *, min_width: int = 12) -> list[Span]:
    """Split `text` into paragraphs at line breaks: blank lines, single newlines, a line
    starting with full-width indentation. A hard wrap (lines broken at a fixed width, see
    `join_hard_wraps`) is not a paragraph break. Lossless; blank lines go with the
    paragraph before them. None gives ``[]``."""
    return _paragraphs(_checked(text, "split_paragraphs"), min_width)


def _paragraphs(text: str, min_width: int) -> list[Span]:
    if not text:
        return []
    from .normalize import soft_breaks

    lines = text.split("\n")
    soft = soft_breaks([ln.strip(" \t\r\u3000\u00a0") for ln in lines], min_width=min_width)
    cuts: list[int] = []
    pos = 0
    for idx, ln in enumerate(lines[:-1]):
        pos += len(ln) + 1
        if idx in soft:
            nxt = lines[idx + 1]
            if not nxt[:1].isspace() and nxt[:1] != "\u3000":
                continue  # inside a wrapped paragraph
        if not lines[idx + 1].strip():
            continue  # blank lines stay with the paragraph before them
        if text[cuts[-1] if cuts else 0:pos].strip():  # leading blank lines join the first
            cuts.append(pos)
    return [Span(text[a:b], a, b) for a, b in _pieces(text, cuts)]


_JIEBA: list = []


def _jieba():  # type: ignore[no-untyped-def]
    """jieba, imported and initialised on first use only (importing newsclean stays fast)."""
    if not _JIEBA:
        import logging

        import jieba

        jieba.setLogLevel(logging.WARNING)
        jieba.initialize()
        _JIEBA.append(jieba)
    return _JIEBA[0]


def words(text: object, *, hmm: bool = True) -> list[str]:
    """Chinese words of `text` by jieba (its dictionary, and its HMM for unknown words unless
    ``hmm=False``). Lossless: the words concatenate back to `text`. None gives ``[]``."""
    t = _checked(text, "words")
    if not t:
        return []
    return _jieba().lcut(t, HMM=hmm)
