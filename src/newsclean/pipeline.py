"""`clean()`: move one article through the named steps and record what each step did."""
from __future__ import annotations

from typing import Any

from .config import Config
from .decode import decode
from .document import Article, Edit
from .mojibake import repair_mojibake
from .normalize import Change, apply_changes, run_normalizers
from .restore import restore

__all__ = ["clean", "normalize_and_explain", "replay"]


def _edits(step: str, changes: list[Change], round_: int = 1) -> list[Edit]:
    """The edits of one step's changes. (Built with positional arguments: an article can
    hold thousands, and keywords take three times as long.)"""
    r = round_ if round_ > 1 else None
    return [Edit(step, "delete" if not after else "insert" if not before else "replace", start, end, before, after,
                 None, None, r) for start, end, before, after in changes]


def normalize_and_explain(text: str, config: Config | None = None, **options: Any) -> tuple[str, list[Edit]]:
    """Repair mojibake and run the enabled normalisers; return the text and the edits made."""
    cfg = Config.resolve(config, **options)
    edits: list[Edit] = []
    if cfg.enabled("repair_mojibake"):
        changes: list[Change] = []
        text = repair_mojibake(text, changes)
        edits.extend(_edits("repair_mojibake", changes))
    for round_, name, text, changes in run_normalizers(text, cfg):
        if changes:
            edits.extend(_edits(name, changes, round_))
    return text, edits


def replay(text: str, edits: list[Edit]) -> str:
    """Re-apply the text edits of a log to the text they started from (decoded input).
    Edits of one step are applied together, as the step made them."""
    group: list[Change] = []
    step = None
    for e in edits:
        if e.start is None or e.end is None:
            continue
        if (e.step, e.round) != step and group:
            text = apply_changes(text, group)
            group = []
        step = (e.step, e.round)
        group.append((e.start, e.end, e.before or "", e.after or ""))
    return apply_changes(text, group) if group else text


def clean(data: str | bytes | bytearray | memoryview | None, *, config: Config | None = None,
          **options: Any) -> Article:
    """Clean one article given as text or bytes; return an `Article` with its edit log.

    Bytes are decoded (see `newsclean.decode`); ``str`` is used as it is; ``None`` is an
    empty article. Options are the
    fields of `Config`, by keyword: ``clean(text, cjk_quotes=False)``.
    """
    cfg = Config.resolve(config, **options)
    edits: list[Edit] = []
    encoding = None
    if data is None:
        text = ""
    elif isinstance(data, str):
        text = data
    elif isinstance(data, (bytes, bytearray, memoryview)):
        decoded = decode(bytes(data))
        text, encoding = decoded.text, decoded.encoding
        edits.append(Edit(step="decode", action="decode", after=decoded.encoding, reason=decoded.reason))
    else:
        raise TypeError(f"clean() takes str or bytes, not {type(data).__name__}; "
                        "read a file with open(path, 'rb').read() and pass the bytes")
    text, normal_edits = normalize_and_explain(text, cfg)
    edits.extend(normal_edits)
    return _assemble(text, cfg, edits, encoding)


def _assemble(text: str, cfg: Config, edits: list[Edit], encoding: str | None) -> Article:
    """Cut normalised text into lines and restore the article's structure from them."""
    article = restore(text.split("\n"), cfg)
    article.encoding = encoding
    article.edits = edits + article.edits
    return article
