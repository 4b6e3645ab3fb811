"""newsclean: turn scraped, garbled Chinese news into clean, ordered, de-duplicated text.

    >>> import newsclean
    >>> article = newsclean.clean("标题\\n\\n　　你好,世界.")
    >>> article.title, article.paragraphs
    ('标题', ['你好，世界。'])
"""
from __future__ import annotations

from .config import Config
from .decode import Decoded, decode
from .document import Article, Block, Edit
from .errors import ConfigError, DecodeError, NewscleanError
from .mojibake import repair_mojibake
from .normalize import NORMALIZERS, normalize
from .pipeline import clean, normalize_and_explain, replay
from .segment import Span, split_paragraphs, split_sentences, words

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Block",
    "Config",
    "ConfigError",
    "Decoded",
    "DecodeError",
    "Edit",
    "NORMALIZERS",
    "NewscleanError",
    "Span",
    "clean",
    "decode",
    "normalize",
    "normalize_and_explain",
    "repair_mojibake",
    "replay",
    "split_paragraphs",
    "split_sentences",
    "words",
    "__version__",
]
