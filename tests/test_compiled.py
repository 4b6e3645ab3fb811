"""The compiled build (mypyc, setup.py) and pure Python are the same library.

CI runs the suite twice, compiled and pure, and says which it expects in NEWSCLEAN_EXPECT
("compiled" or "pure"), so that a build that fell back to pure Python without a word
cannot pass for the compiled one."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

import newsclean

HOT = ("lexicon", "mojibake", "normalize", "restore", "segment")


def test_compiled_names_the_modules_that_run_compiled() -> None:
    assert set(newsclean.COMPILED) <= set(HOT)
    for name in HOT:
        module = sys.modules[f"newsclean.{name}"]
        assert (name in newsclean.COMPILED) == module.__file__.endswith((".so", ".pyd"))


@pytest.mark.skipif(not os.environ.get("NEWSCLEAN_EXPECT"), reason="only CI says which build it installed")
def test_the_build_ci_asked_for_is_the_one_running() -> None:
    expected = {"compiled": HOT, "pure": ()}[os.environ["NEWSCLEAN_EXPECT"]]
    assert newsclean.COMPILED == expected


def test_public_entry_points_check_their_arguments_compiled_or_not() -> None:
    # a compiled module checks argument types itself; the public functions keep their own
    # messages (clean() is not compiled; normalize() takes any object and says what to call)
    with pytest.raises(TypeError, match="str or bytes"):
        newsclean.clean(12)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="clean"):
        newsclean.normalize(b"\xe4\xbd\xa0")
    assert newsclean.normalize(None) == ""
    assert newsclean.clean(bytearray("标题\n\n你好，世界。".encode())).paragraphs == ["你好，世界。"]


def test_a_stale_compiled_module_is_reported(tmp_path: os.PathLike[str]) -> None:
    # an editable install edited after it was built runs the old compiled code: say so
    code = ("import os, sys, warnings, types\n"
            "import newsclean\n"
            "so = os.path.join(sys.argv[1], 'restore.cpython-311-x86_64-linux-gnu.so')\n"
            "open(so, 'w').close(); os.utime(so, (0, 0))\n"
            "open(os.path.join(sys.argv[1], 'restore.py'), 'w').close()\n"
            "sys.modules['newsclean.restore'] = types.SimpleNamespace(__file__=so)\n"
            "with warnings.catch_warnings(record=True) as caught:\n"
            "    warnings.simplefilter('always')\n"
            "    names = newsclean._compiled_modules()\n"
            "print(names, [str(w.message) for w in caught])\n")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, check=True).stdout
    assert "'restore'" in out and "restore.py is newer than its compiled module" in out
