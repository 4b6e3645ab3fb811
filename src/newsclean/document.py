"""Data types shared by every stage: `Edit`, `Block`, `Article`. No logic beyond (de)serialisation."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Edit", "Block", "Article", "Span", "BLOCK_KINDS"]

#: Kinds a body block can have.
BLOCK_KINDS = ("paragraph", "heading", "list_item", "quote")


@dataclass(slots=True)
class Edit:
    """One change the pipeline made, recorded so that it can be shown and replayed.
    (A record, not meant to be changed; not frozen because a frozen dataclass takes four
    times as long to build, and an article can hold thousands of edits.)

    `step` is the name of the rule (the same string as its function, its `Config` field and
    its `--no-<step>` flag). `action` says what happened: ``replace``, ``delete``, ``insert``,
    ``decode``, ``move``, ``flag``. For text edits, `start`/`end` are offsets into the text
    as it stood *before this step ran* (so a log replayed step by step rebuilds the output),
    `before` is the text that was there and `after` what replaced it.
    """

    step: str
    action: str
    start: int | None = None
    end: int | None = None
    before: str | None = None
    after: str | None = None
    reason: str | None = None
    score: float | None = None
    #: the pass over the text, when a step ran again (joining hard wraps can need a second)
    round: int | None = None
    #: for a restoration edit, the block it concerns: the index of the line among the
    #: non-empty lines of the normalised text (which `newsclean report` marks in place)
    block: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The fields that are set. (Spelled out field by field: an article can hold
        thousands of edits, and this is four times as fast as a loop over the fields;
        dataclasses.asdict deep-copies and costs as much as cleaning the text.)"""
        d: dict[str, Any] = {}
        if self.step is not None:
            d["step"] = self.step
        if self.action is not None:
            d["action"] = self.action
        if self.start is not None:
            d["start"] = self.start
        if self.end is not None:
            d["end"] = self.end
        if self.before is not None:
            d["before"] = self.before
        if self.after is not None:
            d["after"] = self.after
        if self.reason is not None:
            d["reason"] = self.reason
        if self.score is not None:
            d["score"] = self.score
        if self.round is not None:
            d["round"] = self.round
        if self.block is not None:
            d["block"] = self.block
        return d

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Edit:
        return cls(**data)

    def describe(self) -> str:
        """One human-readable line, as `newsclean clean --explain` prints it."""
        where = f"@{self.start}" if self.start is not None else ""
        parts = [f"{self.step:<24} {self.action:<8}{where:>8}"]
        if self.before is not None or self.after is not None:
            parts.append(f"{_show(self.before)} -> {_show(self.after)}")
        if self.reason:
            parts.append(f"({self.reason})")
        if self.score is not None:
            parts.append(f"score={self.score:.3g}")
        return "  ".join(parts)


def _show(text: str | None, limit: int = 40) -> str:
    if text is None:
        return "∅"
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return repr(text)


@dataclass(frozen=True)
class Span:
    """A piece of a text: its characters and where they are (``text == source[start:end]``).
    The segmenters (`newsclean.segment`) return them."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, object]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class Block:
    """A block of the body in reading order: its `kind` (one of `BLOCK_KINDS`) and its text."""

    text: str
    kind: str = "paragraph"

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Block:
        return cls(text=data["text"], kind=data.get("kind", "paragraph"))


@dataclass
class Article:
    """A cleaned article: title, subtitles, body blocks in reading order, metadata, edit log."""

    title: str | None = None
    subtitles: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)
    flags: list[dict[str, Any]] = field(default_factory=list)
    encoding: str | None = None
    edits: list[Edit] = field(default_factory=list)

    @property
    def paragraphs(self) -> list[str]:
        """The body text in reading order, sub-headings included; no title, captions or bylines."""
        return [b.text for b in self.blocks]

    @property
    def text(self) -> str:
        """The article as plain text: title, a blank line, one block per line."""
        head = [self.title] if self.title else []
        body = self.subtitles + self.paragraphs
        if not head and not body:
            return ""
        if head and body:
            return head[0] + "\n\n" + "\n".join(body) + "\n"
        return "\n".join(head or body) + "\n"

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "subtitles": list(self.subtitles),
            "paragraphs": self.paragraphs,
            "blocks": [b.to_dict() for b in self.blocks],
            "captions": list(self.captions),
            "bylines": list(self.bylines),
            "flags": [dict(f) for f in self.flags],
            "encoding": self.encoding,
            "edits": [e.to_dict() for e in self.edits],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        blocks = data.get("blocks")
        if blocks is None:  # a plain {"paragraphs": [...]} record
            blocks = [{"text": p} for p in data.get("paragraphs") or []]
        return cls(
            title=data.get("title"),
            subtitles=list(data.get("subtitles") or []),
            blocks=[Block.from_dict(b) for b in blocks],
            captions=list(data.get("captions") or []),
            bylines=list(data.get("bylines") or []),
            flags=[dict(f) for f in data.get("flags") or []],
            encoding=data.get("encoding"),
            edits=[Edit.from_dict(e) for e in data.get("edits") or []],
        )

    def to_json(self, **kwargs: Any) -> str:
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_json(cls, text: str) -> Article:
        return cls.from_dict(json.loads(text))
