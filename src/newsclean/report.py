"""`newsclean report`: one self-contained HTML page showing, for each article, the input and
the restored article side by side with every edit marked where it was made.

On the left, the decoded input: each character a normaliser changed is marked with the step
that changed it (mapped back through every later step), and each block a restoration rule
acted on (a copy dropped, a caption moved, a heading put back, halves joined, truncation
flagged) is marked as a whole. On the right, the article as cleaned: title, subtitles, body
(joined paragraphs and moved headings marked, truncated paragraphs flagged), captions,
bylines. Every mark names its rule, its reason and its score on hover (``title``) and on
click or tap (a note under the mark). No network access: the CSS and the script are inline.
"""
from __future__ import annotations

import html
import json
from collections import Counter
from collections.abc import Iterable

from .config import Config
from .decode import decode
from .document import Article, Edit
from .pipeline import clean

__all__ = ["render_report"]

#: How a restoration rule's mark is drawn, and what it is called in the legend.
KINDS = {
    "remove_furniture": ("gone", "page furniture removed"),
    "split_title": ("meta", "subtitle"),
    "extract_metadata": ("meta", "moved to captions / bylines"),
    "drop_duplicates": ("gone", "repeated copy dropped"),
    "drop_near_duplicates": ("gone", "degraded copy dropped"),
    "drop_spliced_sentences": ("gone", "spliced sentence dropped"),
    "join_split_paragraphs": ("join", "halves joined, heading put back"),
    "flag_truncation": ("flag", "truncated: text lost"),
}


def render_report(inputs: Iterable[tuple[str, bytes | str]], config: Config | None = None) -> str:
    """The HTML page for `inputs`, ``(name, data)`` pairs; data as `newsclean.clean` takes it."""
    cfg = config or Config()
    sections = []
    totals: Counter[str] = Counter()
    for n, (name, data) in enumerate(inputs):
        original = decode(data).text if isinstance(data, (bytes, bytearray)) else data
        article = clean(data, config=cfg)
        counts = Counter(e.step for e in article.edits if e.step != "decode")
        totals.update(counts)
        sections.append(_article(n, name, original, article, counts))
    return _page(sections, totals)


# --- mapping the normalisers' edits back onto the input ---------------------------------------

def _normalised(original: str, edits: list[Edit]) -> tuple[str, list[int], list[tuple[int, int, Edit]]]:
    """Replay the text edits: the normalised text, for each of its positions the position in
    `original` it comes from (one more for the end), and each edit's span in `original`."""
    text = original
    where = list(range(len(original) + 1))
    marks: list[tuple[int, int, Edit]] = []
    group: list[Edit] = []
    key = None
    for e in [e for e in edits if e.start is not None and e.end is not None] + [None]:  # type: ignore[list-item]
        if e is not None and (e.step, e.round) == key:
            group.append(e)
            continue
        if group:  # apply one step's edits together, as the step made them
            out, new_where, pos = [], [], 0
            for g in group:
                assert g.start is not None and g.end is not None
                out.append(text[pos:g.start])
                new_where.extend(where[pos:g.start])
                lo, hi = where[g.start], where[g.end] if g.end < len(where) else where[-1]
                marks.append((lo, max(hi, lo), g))
                out.append(g.after or "")
                new_where.extend([lo] * len(g.after or ""))
                pos = g.end
            out.append(text[pos:])
            new_where.extend(where[pos:])
            text = "".join(out)
            where = new_where
            group = []
        if e is not None:
            key = (e.step, e.round)
            group.append(e)
    return text, where, marks


def _blocks(text: str) -> list[tuple[int, int]]:
    """The spans of the non-empty lines of `text`, the blocks restoration numbers."""
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


# --- HTML -------------------------------------------------------------------------------------

def _note(e: Edit) -> str:
    parts = [e.step]
    if e.action:
        parts.append(e.action)
    if e.reason:
        parts.append(e.reason)
    if e.before is not None and e.start is not None:
        parts.append(f"{e.before!r} → {(e.after or '')!r}")
    if e.score is not None:
        parts.append(f"score {e.score:g}")
    return " · ".join(parts)


def _mark(inner: str, css: str, notes: list[str]) -> str:
    note = html.escape(" | ".join(notes), quote=True)
    return f'<mark class="{css}" tabindex="0" title="{note}" data-note="{note}">{inner}</mark>'


def _input_html(original: str, article: Article) -> str:
    normal, where, char_marks = _normalised(original, article.edits)
    spans = _blocks(normal)
    by_block: dict[int, list[Edit]] = {}
    extra: list[tuple[int, int, Edit]] = []  # spans within a block: a spliced sentence dropped
    for e in article.edits:
        if e.block is None or e.block >= len(spans):
            continue
        if e.step == "drop_spliced_sentences" and e.before:
            s, t = spans[e.block]
            at = normal.rfind(e.before.strip(), s, t)
            if at >= 0:
                end = at + len(e.before.strip())
                extra.append((where[at], where[end] if end < len(where) else len(original), e))
                continue
        by_block.setdefault(e.block, []).append(e)
    # a joined paragraph's other half: the block whose text ends the join
    for e in [e for e in article.edits if e.step == "join_split_paragraphs" and e.action == "join"]:
        tail = (e.before or "").split(" | ", 1)[-1]
        for b in range((e.block or 0) + 1, len(spans)):
            if normal[spans[b][0]:spans[b][1]].strip() == tail.strip():
                by_block.setdefault(b, []).append(e)
                break
    # block boundaries in the input, and what each character of the input belongs to
    cuts: dict[int, tuple[str, int]] = {}
    for b, (s, t) in enumerate(spans):
        if b in by_block:
            lo, hi = where[s], where[t] if t < len(where) else len(original)
            cuts[lo] = ("open", b)
            cuts[max(hi, lo)] = ("close", b)
    starts: dict[int, list[tuple[int, Edit]]] = {}
    for lo, hi, e in char_marks + extra:
        starts.setdefault(lo, []).append((hi, e))
    out: list[str] = []
    i = 0
    open_block: int | None = None
    while i <= len(original):
        cut = cuts.get(i)
        if cut and cut[0] == "close" and open_block == cut[1]:
            out.append("</span>")
            open_block = None
            cut = None
        if cut and cut[0] == "open" and open_block is None:
            b = cut[1]
            edits = by_block[b]
            css = " ".join(sorted({"k-" + KINDS.get(e.step, ("other", ""))[0] for e in edits}))
            note = html.escape(" | ".join(_note(e) for e in edits), quote=True)
            out.append(f'<span class="block {css}" tabindex="0" title="{note}" data-note="{note}">')
            open_block = b
        if i == len(original):
            break
        if i in starts:
            hi, e = max(starts[i], key=lambda x: x[0])
            hi = max(hi, i + 1) if hi > i else i
            notes = [_note(x) for _, x in starts[i]]
            inner = html.escape(original[i:hi]) if hi > i else ""
            if hi == i:  # an insertion: show what was inserted
                inner = '<ins>' + html.escape(e.after or "") + "</ins>"
            css = "k-gone" if any(x.step in KINDS for _, x in starts[i]) else "k-norm"
            out.append(_mark(_visible(inner, original[i:hi]), css, notes))
            if hi > i:
                # (a block boundary inside a normalised stretch is rare: a blank line removed)
                i = hi
                continue
        out.append(html.escape(original[i]))
        i += 1
    if open_block is not None:
        out.append("</span>")
    return "".join(out)


def _visible(inner: str, raw: str) -> str:
    """Make marks over invisible characters visible (spaces, tabs, zero-width, line breaks)."""
    if raw and not raw.strip() or any(c in raw for c in "\u200b\u200c\u200d\ufeff\u00a0\u3000"):
        shown = raw.replace("\r", "␍").replace("\n", "↵\n").replace("\t", "⇥").replace("\u3000", "□")
        shown = "".join("·" if c in "\u200b\u200c\u200d\ufeff\u00a0 " else c for c in shown)
        return html.escape(shown)
    return inner


def _output_html(article: Article) -> str:
    edits = article.edits
    joined = {(e.after or "") for e in edits if e.step == "join_split_paragraphs" and e.action == "join"}
    moved = {(e.before or "") for e in edits if e.step == "join_split_paragraphs" and e.action == "move"}
    flagged: dict[int, str] = {f["paragraph"]: f["kind"] for f in article.flags}
    parts = []
    if article.title:
        parts.append(f"<h3>{html.escape(article.title)}</h3>")
    for s in article.subtitles:
        parts.append(f'<p class="sub">{_mark(html.escape(s), "k-meta", ["split_title: subtitle or attribution line"])}</p>')
    for n, block in enumerate(article.blocks):
        text = html.escape(block.text)
        if block.text in joined:
            text = _mark(text, "k-join", [_note(e) for e in edits if e.step == "join_split_paragraphs"
                                          and e.after == block.text])
        if block.text in moved:
            text = _mark(text, "k-join", ["join_split_paragraphs: heading put back before the paragraph it heads"])
        if n in flagged:
            text = _mark(text, "k-flag", [f"flag_truncation: {flagged[n]}"])
        tag = "h4" if block.kind == "heading" else "p"
        parts.append(f"<{tag}>{text}</{tag}>")
    for label, items in (("captions", article.captions), ("bylines", article.bylines)):
        if items:
            lis = "".join(f"<li>{html.escape(x)}</li>" for x in items)
            parts.append(f'<div class="metalist"><b>{label}</b><ul>{lis}</ul></div>')
    return "\n".join(parts)


def _article(n: int, name: str, original: str, article: Article, counts: Counter[str]) -> str:
    summary = ", ".join(f"{step} {c}" for step, c in sorted(counts.items())) or "no edits"
    return f"""
<section class="article" id="a{n}">
  <h2>{html.escape(name)}</h2>
  <p class="summary">{len(article.edits)} edits: {html.escape(summary)}</p>
  <div class="pair">
    <div class="col"><h3 class="colhead">input</h3><pre class="input">{_input_html(original, article)}</pre></div>
    <div class="col"><h3 class="colhead">restored</h3><div class="output">{_output_html(article)}</div></div>
  </div>
</section>"""


_CSS = """
body{font-family:system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0;padding:1rem;
 background:#fafafa;color:#222;line-height:1.6}
h1{font-size:1.4rem}.legend span{margin-right:.8rem;white-space:nowrap}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
@media (max-width:800px){.pair{grid-template-columns:1fr}}
.col{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.6rem;min-width:0}
pre.input{white-space:pre-wrap;word-break:break-all;font:inherit;margin:0}
mark,.block{border-radius:3px;cursor:pointer}
mark.k-norm{background:#fff3b0}.k-norm ins{text-decoration:none;color:#7a5d00}
mark.k-gone{background:#ffd6d6;text-decoration:line-through;text-decoration-color:#b00}
.block.k-gone{background:#ffd6d6;text-decoration:line-through;text-decoration-color:#b00}
.block.k-meta,mark.k-meta{background:#d6e8ff}.block.k-join,mark.k-join{background:#d9f5d6}
.block.k-flag,mark.k-flag{background:#ffe2c2;outline:1px dashed #d67b00}
.summary{color:#555;font-size:.9rem}.sub{color:#444}
.note{display:block;font-size:.8rem;background:#333;color:#fff;padding:.3rem .5rem;border-radius:4px;margin:.2rem 0;
 white-space:normal;text-decoration:none}
table.totals{border-collapse:collapse;margin:.5rem 0}table.totals td{border:1px solid #ccc;padding:.1rem .5rem}
"""

_JS = """
window.__newscleanErrors=[];
window.addEventListener('error',function(e){window.__newscleanErrors.push(String(e.message));
 document.body.setAttribute('data-errors',window.__newscleanErrors.join(' | '));});
document.addEventListener('click',function(ev){
 var t=ev.target.closest('[data-note]');if(!t)return;
 var next=t.nextSibling;
 if(next&&next.classList&&next.classList.contains('note')){next.remove();return;}
 var n=document.createElement('span');n.className='note';n.textContent=t.getAttribute('data-note');
 t.parentNode.insertBefore(n,t.nextSibling);});
document.addEventListener('keydown',function(ev){if(ev.key==='Enter'&&ev.target.matches('[data-note]'))ev.target.click();});
document.body.setAttribute('data-ready',String(document.querySelectorAll('[data-note]').length));
"""


def _page(sections: list[str], totals: Counter[str]) -> str:
    rows = "".join(f"<tr><td>{html.escape(k)}</td><td>{v}</td></tr>" for k, v in totals.most_common())
    legend = "".join(f'<span><mark class="k-{css}">■</mark> {html.escape(label)}</span>'
                     for css, label in [("norm", "characters normalised")] + sorted(set(KINDS.values())))
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsclean report</title><style>{_CSS}</style></head>
<body>
<h1>newsclean report: {len(sections)} article{'s' if len(sections) != 1 else ''}</h1>
<p class="legend">{legend}</p>
<p>Hover over a mark, or click or tap it, for the rule, the reason and the score.</p>
<table class="totals"><tr><td><b>edit kind</b></td><td><b>count</b></td></tr>{rows}</table>
{''.join(sections)}
<script>{_JS}</script>
<script type="application/json" id="totals">{html.escape(json.dumps(dict(totals)))}</script>
</body></html>
"""

