"""The standard engine's compiled patterns, kept on disk between processes, as Python keeps
compiled modules in ``.pyc`` files.

`re` compiles a pattern in Python: ~0.2 ms for a short one, up to 20 ms for the long cue
patterns with their Han class (restoration's ~180 patterns cost ~0.2 s, more than cleaning
a hundred articles). `compile` reads the compiled code back instead, which costs
microseconds, and gives the very pattern `re.compile` gives (the same code, compared
byte for byte by `re.Pattern.__eq__`; the engine checks code it is handed before it runs
it). The file is the user's own, under ``$XDG_CACHE_HOME/newsclean`` (or
``~/.cache/newsclean``; ``NEWSCLEAN_CACHE_DIR`` sets the folder, empty: no file), one per
Python version and engine, written once at exit when a pattern was new. The install also
writes every cue pattern, compiled for the Python that installs newsclean, beside this
module (setup.py, `write_packaged`), so that a fresh machine's first run compiles none; it
is read first, the user's file after. Where the folder cannot be written, where the
engine's internals differ from the ones this was written for, or where a file is damaged, a
pattern is compiled as usual.
"""
from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
import tempfile
import threading
from array import array
from typing import Any

try:
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # another Python: compile as usual
    _sre = None  # type: ignore[assignment]

__all__ = ["compile", "cache_file", "dump_marshal", "write_packaged"]

#: The array type of the engine's words.
_WORD = "I" if _sre is None or array("I").itemsize == _sre.CODESIZE else "L"

#: The most patterns the file holds; past this (patterns of earlier newsclean versions) it
#: starts again with the patterns the process writing it used.
_MOST = 1000

#: What the engine is handed besides the pattern: flags, code, groups, their names both ways.
_Entry = tuple[int, list[int], int, dict[str, int], tuple[Any, ...]]
#: As the file keeps it: the code as the bytes of an array of words.
_Stored = tuple[int, bytes, int, dict[str, int], tuple[Any, ...]]
_stored: dict[tuple[str, int], _Stored] | None = None  # the user's file, read when first needed
_seeded: dict[tuple[str, int], _Stored] | None = None  # the install's file, read first
_new: dict[tuple[str, int], _Stored] = {}
_used: set[tuple[str, int]] = set()  # the stored patterns this process read


#: The folder of the patterns compiled at install (setup.py writes them beside this module
#: with `write_packaged`, for the Python that installs newsclean), read before the user's
#: file; None: none (tests of the user's file).
PACKAGED: str | None = os.path.dirname(os.path.abspath(__file__))


def _name() -> str:
    """The file's name for this Python and engine."""
    return f"patterns-{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}-{sys.maxunicode:x}.marshal"


def cache_file() -> str | None:
    """The file of compiled patterns for this Python, or None (no cache)."""
    if _sre is None:
        return None
    folder = os.environ.get("NEWSCLEAN_CACHE_DIR")
    if folder is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "newsclean")
    if not folder:
        return None
    return os.path.join(folder, _name())


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 (re's name)
    """`re.compile(pattern, flags)`, its compiled code read from the cache file when there."""
    flags = int(flags)  # (a RegexFlag: marshal keeps plain numbers)
    stored = _seed().get((pattern, flags)) or _known().get((pattern, flags))
    if stored is not None:
        try:
            code = array(_WORD)
            code.frombytes(stored[1])
            found_stored: re.Pattern[str] = _sre.compile(pattern, stored[0], code.tolist(), *stored[2:])
            _used.add((pattern, flags))
            return found_stored
        except Exception:  # a damaged entry: compiled as usual below
            pass
    try:
        entry = _compiled(pattern, flags)
        found: re.Pattern[str] = _sre.compile(pattern, *entry)
        stored = (entry[0], array(_WORD, entry[1]).tobytes(), *entry[2:])
    except Exception:  # the engine's internals are not the ones expected, or a bad pattern
        return re.compile(pattern, flags)
    if not _new:
        atexit.register(_save)
    _new[(pattern, flags)] = stored
    return found


#: Character classes optimised so far (`_optimize_charset`'s answers by its argument), and
#: the engine's own function, which `_compiled` puts back after each compile.
_charsets: dict[tuple[Any, ...], tuple[list[Any], bool]] = {}
_lock = threading.Lock()
_ENGINE_OPTIMIZE: Any = getattr(_compiler, "_optimize_charset", None) if _sre is not None else None


def _optimize_charset(charset: list[Any], iscased: Any = None, fixup: Any = None, fixes: Any = None) -> tuple[list[Any], bool]:
    """The engine's `_optimize_charset`, its answers remembered: it marks a class's ranges
    in a table one code point at a time, in Python (~1.5 ms for the Han class, which the
    cue patterns hold 2,700 times among 100 patterns: half of what compiling them costs).
    A pure function of its arguments; what it is given with case folding is not kept."""
    if fixup is not None:
        return _ENGINE_OPTIMIZE(charset, iscased, fixup, fixes)
    key = tuple(charset)
    found = _charsets.get(key)
    if found is None:
        found = _ENGINE_OPTIMIZE(charset, iscased, fixup, fixes)
        if len(_charsets) > 500:
            _charsets.clear()
        _charsets[key] = found
    return list(found[0]), found[1]


def _compiled(pattern: str, flags: int) -> _Entry:
    """What `re.compile` hands the engine, as `re._compiler.compile` makes it (its
    character classes optimised once in this process, `_optimize_charset`)."""
    p = _parser.parse(pattern, flags)
    if _ENGINE_OPTIMIZE is None:
        words = _compiler._code(p, flags)
    else:
        with _lock:  # (another thread's re.compile meanwhile gets the same answers)
            _compiler._optimize_charset = _optimize_charset
            try:
                words = _compiler._code(p, flags)
            finally:
                _compiler._optimize_charset = _ENGINE_OPTIMIZE
    code = [int(word) for word in words]  # (opcodes are named numbers)
    groupindex = p.state.groupdict
    indexgroup = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return flags | p.state.flags, code, p.state.groups - 1, groupindex, tuple(indexgroup)


def _seed() -> dict[tuple[str, int], _Stored]:
    """The patterns compiled at install (`PACKAGED`)."""
    global _seeded
    if _seeded is None:
        _seeded = _load(os.path.join(PACKAGED, _name())) if PACKAGED and _sre is not None else {}
    return _seeded


def _known() -> dict[tuple[str, int], _Stored]:
    """The user's file, read only when a pattern is not among the install's (it holds the
    patterns of every newsclean version run here: reading it costs a first run 0.03 s)."""
    global _stored
    if _stored is None:
        _stored = _load(cache_file())
    return _stored


def write_packaged(folder: str) -> int:
    """Write the patterns this process compiled to `folder`, under the name `_seed` looks
    for there (setup.py, at install, after compiling every cue pattern); how many."""
    if _sre is None:
        return 0
    with open(os.path.join(folder, _name()), "wb") as f:  # (the installer's permissions: any user reads it)
        marshal.dump(dict(_new), f)
    return len(_new)


def _load(path: str | None) -> dict[tuple[str, int], _Stored]:
    if path is None:
        return {}
    try:
        with open(path, "rb") as f:
            data = marshal.load(f)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def _save() -> None:
    """Add the patterns compiled in this process to the file."""
    path = cache_file()
    if path is None or not _new:
        return
    try:
        os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
        merged = _load(path)
        if len(merged) + len(_new) > _MOST:
            merged = {key: merged[key] for key in _used if key in merged}
        merged.update(_new)
    except OSError:
        return  # no cache this time
    if dump_marshal(merged, path):
        _new.clear()


def dump_marshal(data: Any, path: str) -> bool:
    """Write `data` to `path` with marshal, through a private file renamed into place (a
    process reading it never sees half of one); whether it was written (not in a folder
    that cannot be written, nor data marshal cannot write). The word model's cache files
    are written so too."""
    try:
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".newsclean-")
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as f:
            marshal.dump(data, f)
        os.replace(tmp, path)
        return True
    except (OSError, ValueError):
        return False
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
