"""Compiled patterns kept on disk: the pattern read back is the one `re.compile` makes (same
code: `re.Pattern.__eq__` compares it), from a new file, a file written by an earlier
process, a damaged file, or with no file at all."""
from __future__ import annotations

import os
import re

import pytest

from newsclean import recache
from newsclean import restore as restore_module

PATTERNS = [
    (r"[^\W\d_A-Za-z\u00c0-\u02af\u3040-\u30ff]{2,4}(?:记者|通讯员)", 0),
    (r"(?P<year>(?:19|20)\d{2})\s*[-年/.]\s*(?P<month>\d{1,2})", 0),
    (r"(a)|(?:b)(c)?", 0),
    (r"(?<=[。！？])\s*(?=[“‘])", 0),
    (r"^\s*責任編輯\s*[:：]", re.MULTILINE),
    (r"END|end", re.IGNORECASE),
    (r"[a-zé\u4e00-\u9fff]+[^\W\d]", re.IGNORECASE),  # (classes folded for case: not remembered)
    (r"[\u4e00-\u9fff\U00020000-\U0002a6df]{1,4}[记者]|[\u4e00-\u9fff\U00020000-\U0002a6df]摄", 0),
    (".*?[。！？]", re.DOTALL),
    ("", 0),
]


INSTALLED = recache.PACKAGED  # (the fixture sets it aside)


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("NEWSCLEAN_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(recache, "PACKAGED", None)  # (the user's file alone, not the install's)
    monkeypatch.setattr(recache, "_seeded", None)
    monkeypatch.setattr(recache, "_stored", None)
    monkeypatch.setattr(recache, "_new", {})
    monkeypatch.setattr(recache, "_used", set())
    return tmp_path


def _new_process(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    recache._save()
    monkeypatch.setattr(recache, "_stored", None)
    monkeypatch.setattr(recache, "_new", {})
    monkeypatch.setattr(recache, "_used", set())


def _same(pattern: str, flags: int) -> None:
    got, expected = recache.compile(pattern, flags), re.compile(pattern, flags)
    assert got == expected  # flags, code and pattern
    assert (got.groups, got.groupindex, got.flags) == (expected.groups, expected.groupindex, expected.flags)
    text = "2024年5月 本报记者王小明摄。“好”ENDa bc 責任編輯：李四"
    assert [m.span() for m in got.finditer(text)] == [m.span() for m in expected.finditer(text)]


@pytest.mark.parametrize("pattern, flags", PATTERNS)
def test_a_pattern_compiled_then_read_back_is_the_same(cache_dir, monkeypatch, pattern, flags) -> None:  # type: ignore[no-untyped-def]
    _same(pattern, flags)
    assert (pattern, int(flags)) in recache._new
    _new_process(monkeypatch)
    assert os.listdir(cache_dir)
    _same(pattern, flags)
    assert not recache._new  # read from the file, not compiled again


def test_every_cue_pattern_read_back_is_the_same(cache_dir, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    patterns = {p for cue in vars(restore_module).values() if isinstance(cue, restore_module._Cue) for p in cue.patterns}
    assert len(patterns) > 20
    first = [restore_module._compile(p) for p in sorted(patterns)]
    _new_process(monkeypatch)
    again = [restore_module._compile(p) for p in sorted(patterns)]
    assert again == first
    assert not recache._new


def test_every_cue_pattern_compiled_with_remembered_classes_is_re_s(cache_dir) -> None:  # type: ignore[no-untyped-def]
    # (recache remembers how the engine optimises each character class: the Han class, in
    # two thousand places, is optimised once; the code must be the code re.compile makes)
    patterns = {p for cue in vars(restore_module).values() if isinstance(cue, restore_module._Cue) for p in cue.patterns}
    engine = re._compiler._optimize_charset  # type: ignore[attr-defined]
    for p in sorted(patterns):
        got = restore_module._compile(p)
        if isinstance(got, re.Pattern):
            assert got == re.compile(got.pattern, got.flags), p
    assert recache._charsets  # remembered
    assert re._compiler._optimize_charset is engine  # type: ignore[attr-defined]  # and the engine's own back


def test_a_damaged_file_is_read_as_no_file(cache_dir, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _same(*PATTERNS[0])
    _new_process(monkeypatch)
    path = recache.cache_file()
    assert path is not None and os.path.dirname(path) == str(cache_dir)
    with open(path, "wb") as f:
        f.write(b"\x00not marshal at all")
    _same(*PATTERNS[0])
    assert recache._new  # compiled again, and written again at exit
    _new_process(monkeypatch)
    _same(*PATTERNS[0])
    assert not recache._new


def test_a_damaged_entry_is_compiled_again(cache_dir, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    pattern, flags = PATTERNS[1]
    _same(pattern, flags)
    flags_, code, *rest = recache._new[(pattern, flags)]
    recache._new[(pattern, flags)] = (flags_, code[: len(code) // 2], *rest)  # (code the engine refuses)
    _new_process(monkeypatch)
    _same(pattern, flags)


def test_no_cache_folder_compiles_as_usual(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("NEWSCLEAN_CACHE_DIR", "")
    monkeypatch.setattr(recache, "_stored", None)
    monkeypatch.setattr(recache, "_new", {})
    assert recache.cache_file() is None
    _same(*PATTERNS[0])
    recache._save()  # nothing to write to


def test_an_unwritable_folder_is_no_error(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("NEWSCLEAN_CACHE_DIR", str(blocker / "below"))
    monkeypatch.setattr(recache, "_stored", None)
    monkeypatch.setattr(recache, "_new", {})
    _same(*PATTERNS[0])
    recache._save()
    assert list(tmp_path.iterdir()) == [blocker]


def test_a_bad_pattern_raises_as_re_does(cache_dir) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(re.error):
        recache.compile("(unclosed")
    assert not recache._new


def test_the_patterns_are_the_same_under_any_hash_seed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # a pattern built in a set's order would differ from process to process: compiled again
    # each time, and the file filling up with its variants
    import subprocess
    import sys

    script = ("import json, newsclean, newsclean.restore; from newsclean import recache; "
              "print(json.dumps(sorted(p for p, _ in {*recache._new, *recache._used})))")
    runs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "NEWSCLEAN_CACHE_DIR": str(tmp_path / seed)}
        out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
        runs.append(out.stdout)
    assert runs[0] == runs[1] and len(runs[0]) > 1000


def test_an_overfull_file_keeps_what_the_process_used(cache_dir, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(recache, "_MOST", 3)
    for pattern, flags in PATTERNS[:3]:
        _same(pattern, flags)
    _new_process(monkeypatch)
    _same(*PATTERNS[0])  # read back: used
    _same(*PATTERNS[3])  # new: the file would hold four
    recache._save()
    monkeypatch.setattr(recache, "_stored", None)
    assert set(recache._known()) == {(PATTERNS[0][0], 0), (PATTERNS[3][0], 0)}


def test_the_patterns_written_at_install_are_read_first(cache_dir, tmp_path_factory, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    pattern, flags = PATTERNS[0]
    expected = recache.compile(pattern, flags)
    seed = tmp_path_factory.mktemp("installed")
    assert recache.write_packaged(str(seed)) == len(recache._new) >= 1
    assert os.listdir(seed) == [os.path.basename(recache.cache_file())]  # (one name for this Python)
    monkeypatch.setattr(recache, "PACKAGED", str(seed))
    monkeypatch.setattr(recache, "_stored", None)
    monkeypatch.setattr(recache, "_seeded", None)
    monkeypatch.setattr(recache, "_new", {})
    got = recache.compile(pattern, flags)
    assert got == expected and not recache._new  # read from the install's file, nothing to add
    assert recache._stored is None  # (the user's file not even read)
    recache._save()
    assert not os.listdir(cache_dir)  # (so the user's file is not written)
    # a damaged file there is no file: compiled as usual
    (seed / os.listdir(seed)[0]).write_bytes(b"not marshal")
    monkeypatch.setattr(recache, "_seeded", None)
    assert recache.compile(pattern, flags) == expected and recache._new


def test_an_install_writes_every_cue_pattern_compiled() -> None:
    # (setup.py writes them where regex and rapidfuzz are at hand when building, as `pip
    # install` has them)
    path = os.path.join(INSTALLED or "", os.path.basename(recache.cache_file() or "x"))
    if INSTALLED is None or not os.path.exists(path):
        pytest.skip("installed without the compiled patterns")
    source = os.path.join(os.path.dirname(restore_module.__file__), "restore.py")
    if os.path.exists(source) and os.path.getmtime(source) > os.path.getmtime(path):
        pytest.skip("restore.py edited since the install wrote its patterns (an editable install): install again")
    stored = recache._load(path)
    patterns = {p for cue in vars(restore_module).values() if isinstance(cue, restore_module._Cue) for p in cue.patterns}
    compiled = [restore_module._compile(p) for p in sorted(patterns)]
    converted = {(c.pattern, c.flags & ~re.UNICODE) for c in compiled if isinstance(c, re.Pattern)}
    assert converted <= {(p, f & ~re.UNICODE) for p, f in stored}
