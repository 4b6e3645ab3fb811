"""One frozen options object with a field per step.

The field name is the step's name everywhere: its function, its `Edit.step`, and the CLI's
``--no-<step>`` flag (underscores become hyphens). Options come from the defaults, then a
TOML file (``--config``), then keywords / flags.
"""
from __future__ import annotations

import dataclasses
import difflib
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from .errors import ConfigError

__all__ = ["Config", "STEP_HELP"]

#: One line of help per switchable step, used by the CLI and the docs.
STEP_HELP: dict[str, str] = {
    "repair_mojibake": "turn UTF-8 text mis-decoded as GBK or Latin-1 back into Chinese",
    "unify_line_endings": "CRLF, CR and other line separators to \\n",
    "join_hard_wraps": "rejoin lines hard-wrapped at a fixed width",
    "remove_invisible": "remove zero-width and control characters",
    "fold_fullwidth_alnum": "full-width letters and digits to ASCII",
    "decode_html_entities": "decode leftover HTML entities (&nbsp; &ldquo; …)",
    "strip_html_tags": "remove leftover HTML tags and comments",
    "strip_line_blanks": "strip indentation (including full-width) and trailing blanks",
    "normalize_spaces": "NBSP, U+3000 and other odd spaces inside a line to one plain space",
    "fullwidth_punctuation": "ASCII , . : ; ? ! ( ) in Chinese text to full-width",
    "cjk_ellipsis": "。。。 or ... in Chinese text to ……",
    "cjk_dashes": "-- in Chinese text to ——",
    "cjk_quotes": "straight quotes in Chinese text to “” ‘’",
    "drop_cjk_spaces": "drop spaces between Chinese characters in running prose",
    "to_simplified": "Traditional to Simplified Chinese with OpenCC (off by default)",
    "split_title": "take the title and its subtitle lines from the top of the article",
    "remove_furniture": "drop page furniture before the title (date and source lines, breadcrumbs)",
    "extract_metadata": "move photo captions, credits and bylines out of the body",
    "drop_duplicates": "drop repeated copies of a block",
    "drop_near_duplicates": "drop degraded copies of a block (clause or sentence missing, tail cut)",
    "drop_spliced_sentences": "drop a sentence spliced onto a paragraph from another one",
    "join_split_paragraphs": "join a paragraph cut around a caption, byline or heading",
    "flag_truncation": "flag a paragraph cut mid-sentence before a fragment",
}


@dataclass(frozen=True)
class Config:
    """Switches and parameters of the pipeline. Create with keywords, `Config.from_toml`, or
    `Config.resolve`; every field is checked in the constructor."""

    repair_mojibake: bool = True
    unify_line_endings: bool = True
    join_hard_wraps: bool = True
    remove_invisible: bool = True
    fold_fullwidth_alnum: bool = True
    decode_html_entities: bool = True
    strip_html_tags: bool = True
    strip_line_blanks: bool = True
    normalize_spaces: bool = True
    fullwidth_punctuation: bool = True
    cjk_ellipsis: bool = True
    cjk_dashes: bool = True
    cjk_quotes: bool = True
    drop_cjk_spaces: bool = True
    to_simplified: bool = False
    split_title: bool = True
    remove_furniture: bool = True
    extract_metadata: bool = True
    drop_duplicates: bool = True
    drop_near_duplicates: bool = True
    drop_spliced_sentences: bool = True
    join_split_paragraphs: bool = True
    flag_truncation: bool = True
    #: `join_hard_wraps`: shortest line width that can be a wrap width
    hard_wrap_min_width: int = 12
    #: `to_simplified`: the OpenCC conversion to use (t2s, tw2s, hk2s, tw2sp)
    opencc_config: str = "t2s"

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            want = {"bool": bool, "int": int, "str": str}[str(f.type)]
            if not isinstance(value, want) or (want is int and isinstance(value, bool)):
                raise ConfigError(f"option {f.name!r} must be {want.__name__}, not {value!r}")
        if self.hard_wrap_min_width < 2:
            raise ConfigError(f"hard_wrap_min_width must be at least 2, not {self.hard_wrap_min_width}")
        if self.opencc_config not in ("t2s", "tw2s", "hk2s", "tw2sp"):
            raise ConfigError(f"opencc_config must be one of t2s, tw2s, hk2s, tw2sp, not {self.opencc_config!r}")

    # --- construction ---------------------------------------------------------------------

    @classmethod
    def names(cls) -> list[str]:
        return [f.name for f in fields(cls)]

    @classmethod
    def steps(cls) -> list[str]:
        """Names of the switchable steps (the boolean fields)."""
        return [f.name for f in fields(cls) if str(f.type) == "bool"]

    def replace(self, **options: Any) -> Config:
        """A copy with some options changed; unknown names raise `ConfigError` with a hint."""
        unknown = [k for k in options if k not in self.names()]
        if unknown:
            key = unknown[0]
            close = difflib.get_close_matches(key, self.names(), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f"; known options: {', '.join(self.names())}"
            raise ConfigError(f"unknown option {key!r}{hint}")
        return dataclasses.replace(self, **options)

    @classmethod
    def resolve(cls, config: Config | None = None, **options: Any) -> Config:
        """`config` (or the defaults) with keyword overrides applied."""
        if config is not None and not isinstance(config, Config):
            raise TypeError(f"config must be a newsclean.Config, not {type(config).__name__}")
        base = config or _DEFAULT
        return base.replace(**options) if options else base

    @classmethod
    def from_toml(cls, path: str | Path, base: Config | None = None) -> Config:
        """Read options from a TOML file: keys at the top level, or under ``[newsclean]`` or
        ``[tool.newsclean]`` (so a ``pyproject.toml`` works)."""
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as exc:
            raise ConfigError(f"cannot read config file {str(path)!r}: {exc.strerror or exc}") from exc
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"config file {str(path)!r} is not valid TOML: {exc}") from exc
        if "tool" in data and isinstance(data["tool"], dict) and "newsclean" in data["tool"]:
            data = data["tool"]["newsclean"]
        elif "newsclean" in data:
            data = data["newsclean"]
        if not isinstance(data, dict):
            raise ConfigError(f"config file {str(path)!r}: [newsclean] must be a table")
        try:
            return (base or _DEFAULT).replace(**{k.replace("-", "_"): v for k, v in data.items()})
        except ConfigError as exc:
            raise ConfigError(f"config file {str(path)!r}: {exc}") from exc

    # --- queries --------------------------------------------------------------------------

    def enabled(self, step: str) -> bool:
        return bool(getattr(self, step))

    def step_options(self, step: str) -> dict[str, Any]:
        """Keyword parameters a step function takes from the configuration."""
        if step == "join_hard_wraps":
            return {"min_width": self.hard_wrap_min_width}
        if step == "to_simplified":
            return {"config": self.opencc_config}
        return {}

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


_DEFAULT = Config()
