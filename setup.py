"""Build newsclean, compiling the modules `clean()` spends its time in with mypyc.

mypyc turns type-annotated Python into a C extension with the same behaviour: the same
source runs compiled or not, and the compiled modules sit beside the `.py` files (Python
imports the extension first). `clean()` runs about a quarter fewer instructions compiled
(`bench/clean_speed.py` says which it ran). Where mypyc or a C compiler is missing, or the
build fails, newsclean installs as pure Python and works the same, only slower.
Set NEWSCLEAN_COMPILE=0 to install pure Python on purpose (an editable install you are
changing: a compiled module would shadow your edits until the next install).
"""
from __future__ import annotations

import os
import sys

from setuptools import setup
from setuptools.command.build_ext import build_ext

#: The hot path of `clean()`: restoration, the normalisers, the word model, mojibake
#: repair and the sentence splitter. Modules whose objects users keep, pickle or subclass
#: (`document.py`: `Article`, `Edit`, `Span`) stay pure Python, and so does `clean()`
#: itself (its checks of what it is given, and their messages, are its own).
COMPILED = [
    "src/newsclean/restore.py",
    "src/newsclean/normalize.py",
    "src/newsclean/lexicon.py",
    "src/newsclean/mojibake.py",
    "src/newsclean/segment.py",
]


def _extensions() -> list:
    if os.environ.get("NEWSCLEAN_COMPILE", "1").strip().lower() in ("0", "no", "false"):
        print("newsclean: NEWSCLEAN_COMPILE=0, installing pure Python", file=sys.stderr)
        return []
    try:
        from mypyc.build import mypycify

        extensions = mypycify(COMPILED, opt_level="3", group_name="newsclean")
    except Exception as exc:  # no mypyc, a type error, no compiler found: pure Python still works
        print(f"newsclean: not compiled ({type(exc).__name__}: {exc}); installing pure Python", file=sys.stderr)
        return []
    return extensions


class _AllOrNothing(build_ext):
    """Build every compiled module or none: the modules share one runtime library, so a
    failure in any of them removes what was built and leaves pure Python."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:  # a compiler error: pure Python still works
            for path in self.get_outputs():
                if os.path.exists(path):
                    os.remove(path)
            print(f"newsclean: not compiled ({type(exc).__name__}: {exc}); installing pure Python", file=sys.stderr)


setup(ext_modules=_extensions(), cmdclass={"build_ext": _AllOrNothing})
