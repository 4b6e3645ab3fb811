"""Build newsclean, compiling the modules `clean()` spends its time in with mypyc.

mypyc turns type-annotated Python into a C extension with the same behaviour: the same
source runs compiled or not, and the compiled modules sit beside the `.py` files (Python
imports the extension first). `clean()` runs about a quarter fewer instructions compiled
(`bench/clean_speed.py` says which it ran). Where mypyc or a C compiler is missing, or the
build fails, newsclean installs as pure Python and works the same, only slower.
Set NEWSCLEAN_COMPILE=0 to install pure Python on purpose (an editable install you are
changing: a compiled module would shadow your edits until the next install).

The install also writes the word model's tables (`lexicon.write_packaged`: jieba's
dictionary packed for look-up, about 1.5 s to build) and every cue pattern compiled for
this Python (`recache.write_packaged`, ~0.3 s of compiling) beside the modules, so that no
run, not even the first on a fresh machine, builds them. Where jieba, regex or rapidfuzz is
missing at build time (an install without build isolation) they are built on first use and
cached, as before.
"""
from __future__ import annotations

import importlib.util
import os
import sys
import types

from setuptools import setup
from setuptools.command.build_ext import build_ext
from setuptools.command.build_py import build_py

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
    except (Exception, SystemExit) as exc:  # no mypyc, a type error (mypy exits), no compiler: pure Python still works
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


def _write_tables(folder: str) -> None:
    """Write the word model's tables (`lexicon.write_packaged`) and every cue pattern compiled
    (`recache.write_packaged`) into `folder`, running the modules from the source: the
    package itself is not importable here (its other dependencies are not in the build
    environment), and a compiled module beside a .py file is not what is wanted. lexicon.py
    needs only the standard library and jieba's dictionary file; restore.py, regex and
    rapidfuzz (build requirements)."""
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src", "newsclean")
    package = types.ModuleType("_newsclean_build")
    package.__path__ = [here]
    sys.modules[package.__name__] = package
    saved = os.environ.get("NEWSCLEAN_CACHE_DIR")
    os.environ["NEWSCLEAN_CACHE_DIR"] = ""  # (compile every pattern; read no user's file, write none)

    def load(name: str) -> types.ModuleType:
        spec = importlib.util.spec_from_file_location(f"{package.__name__}.{name}", os.path.join(here, f"{name}.py"))
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
        setattr(package, name, module)
        return module
    try:
        os.makedirs(folder, exist_ok=True)
        recache = load("recache")  # (the standard library only)
        recache.PACKAGED = None  # (compile every pattern: not read from a file an earlier install wrote)
        try:
            load("lexicon").write_packaged(os.path.join(folder, "words.marshal"))
        except Exception as exc:  # no jieba here: built on first use instead
            print(f"newsclean: word model not written at install ({type(exc).__name__}: {exc}); "
                  "it is built on first use", file=sys.stderr)
        try:
            for name in ("errors", "document", "resources", "segment"):
                load(name)
            restore = load("restore")
            for cue in [v for v in vars(restore).values() if isinstance(v, restore._Cue)]:
                for part in list(cue.parts):
                    part[0]("")  # (a part's first call compiles its pattern)
            recache.write_packaged(folder)
        except Exception as exc:  # no regex or rapidfuzz here: compiled on first use instead
            print(f"newsclean: patterns not written at install ({type(exc).__name__}: {exc}); "
                  "they are compiled on first use", file=sys.stderr)
    finally:
        if saved is None:
            del os.environ["NEWSCLEAN_CACHE_DIR"]
        else:
            os.environ["NEWSCLEAN_CACHE_DIR"] = saved
        for name in [n for n in sys.modules if n.split(".")[0] == package.__name__]:
            del sys.modules[name]


class _BuildPy(build_py):
    """Copy the modules, then write the word model's tables and the compiled patterns beside
    them (in the source folder for an editable install, which runs from there)."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            _write_tables(os.path.join(os.path.dirname(os.path.abspath(__file__)), "src", "newsclean"))
        else:
            _write_tables(os.path.join(self.build_lib, "newsclean"))


setup(ext_modules=_extensions(), cmdclass={"build_ext": _AllOrNothing, "build_py": _BuildPy})
