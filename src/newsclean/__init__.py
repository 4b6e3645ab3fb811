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


def _compiled_modules() -> tuple[str, ...]:
    """The modules running compiled (mypyc, `setup.py`); pure Python where none are. Warns
    when a compiled module is older than its source beside it (by more than 2 s: a wheel's
    files are written within moments of each other): an in-place (editable) install edited
    since it was built runs the old code until it is installed again."""
    import os
    import sys
    import warnings

    names = []
    for full, module in sorted(sys.modules.items()):
        path = getattr(module, "__file__", "") or ""
        if full.startswith(f"{__name__}.") and path.endswith((".so", ".pyd")):
            name = full.rpartition(".")[2]
            names.append(name)
            source = os.path.join(os.path.dirname(path), name + ".py")
            if os.path.exists(source) and os.path.getmtime(source) > os.path.getmtime(path) + 2:
                warnings.warn(f"{source} is newer than its compiled module, which is what runs: install again "
                              "(pip install -e .), or with NEWSCLEAN_COMPILE=0 for pure Python", stacklevel=2)
    return tuple(names)


#: Which of newsclean's modules run compiled by mypyc (`()`: pure Python). Same results
#: either way; compiled, `clean()` runs about a quarter fewer instructions.
COMPILED = _compiled_modules()

__all__ = [
    "COMPILED",
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
