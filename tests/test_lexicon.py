"""The word model's files: the tables written at install, used while jieba's dictionary is the
one they were made from; the cache files, built from jieba's dictionary once, read back after,
rebuilt when a file is damaged; and the same tables every way."""
from __future__ import annotations

import glob
import os
import tempfile

import pytest

import newsclean
from newsclean import lexicon as L

INSTALLED = L.PACKAGED  # (the fixture below sets it aside)


def _clear() -> None:
    for f in (L.lexicon, L.char_frequency, L.word_table, L.word_end_share, L.word_start_share, L._tables, L._word_tables):
        f.cache_clear()


@pytest.fixture(scope="module")
def private_tmp(tmp_path_factory):  # type: ignore[no-untyped-def]
    # one temporary directory for the module: the lexicon is built from jieba's dictionary
    # once (a few seconds), then read back
    path = tmp_path_factory.mktemp("lexicon")
    saved, packaged = tempfile.tempdir, L.PACKAGED
    tempfile.tempdir = str(path)
    L.PACKAGED = None  # (the cache files, not the tables written at install)
    _clear()
    yield path
    tempfile.tempdir, L.PACKAGED = saved, packaged
    _clear()


def test_cache_files_are_built_then_read(private_tmp) -> None:  # type: ignore[no-untyped-def]
    table = L.word_table()
    ends = L.word_end_share()
    words = {os.path.basename(p).split("-")[1] for p in glob.glob(str(private_tmp / "newsclean-*.marshal"))}
    assert words == {"lexicon2", "words3"}  # the word table's own file, and the whole lexicon it came from
    chars, logp, floor = L.lexicon()
    _clear()  # a new process: everything read back from the files
    again = L.word_table()
    assert again.floor == table.floor == floor
    for w in ("中国", "发展", "的", "不是一个词语吗"):
        assert again.get(w) == table.get(w) == logp.get(w)
    assert L.word_end_share() == ends
    assert L.lexicon()[0] == chars == L.char_frequency()


def test_a_damaged_cache_file_is_rebuilt(private_tmp) -> None:  # type: ignore[no-untyped-def]
    expected = L.word_table().get("中国")
    _clear()
    (path,) = glob.glob(str(private_tmp / "newsclean-words3-*.marshal"))
    with open(path, "wb") as f:
        f.write(b"not a marshal file")
    assert L.word_table().get("中国") == expected  # rebuilt from the lexicon's file
    _clear()
    assert L.word_table().get("中国") == expected  # and written again


def test_a_lone_surrogate_is_no_word_not_an_error() -> None:
    # (remove_invisible drops lone surrogates; with it switched off the word model still
    # reads a near copy that holds one)
    from newsclean.lexicon import word_table

    table = word_table()
    assert table.get("你\ud800") is None and table.get("我们") is not None
    text = "标题\n\n" + "\n\n".join(["今天上午，全镇村民在文化广场举行了第一届运动会。", "今天上午，全镇村民在文化广场举行了第一届运动\ud800。"])
    assert newsclean.clean(text, remove_invisible=False).paragraphs


def test_the_tables_written_at_install_are_the_ones_built(private_tmp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    built = L._word_tables()
    path = str(tmp_path / "words.marshal")
    L.write_packaged(path)
    assert L._packaged(path, L._dictionary()) == built
    L.PACKAGED = path
    try:
        _clear()
        assert L._word_tables() == built
        assert not glob.glob(str(tmp_path / "newsclean-*"))
    finally:
        L.PACKAGED = None
        _clear()


def test_tables_written_for_another_dictionary_are_not_used(private_tmp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    built = L._word_tables()
    other = tmp_path / "dict.txt"
    other.write_text("中国 100 ns\n发展 50 v\n", encoding="utf-8")
    size, crc = L._signature(str(other))
    assert size == other.stat().st_size
    path = tmp_path / "words.marshal"
    L.write_packaged(str(path))
    assert L._packaged(str(path), str(other)) is None  # made from jieba's dictionary, not this one
    path.write_bytes(b"not a marshal file")
    assert L._packaged(str(path), L._dictionary()) is None
    assert L._packaged(str(tmp_path / "missing.marshal"), L._dictionary()) is None
    L.PACKAGED = str(path)  # a damaged file: the cache files instead
    try:
        _clear()
        assert L._word_tables() == built
    finally:
        L.PACKAGED = None
        _clear()


def test_an_install_writes_the_tables_beside_the_module() -> None:
    # (setup.py writes them where jieba is at hand when building, as `pip install` has it;
    # an install without build isolation and without jieba builds them on first use)
    if INSTALLED is None or not os.path.exists(INSTALLED):
        pytest.skip("installed without the word model's tables (no jieba when building)")
    assert L._packaged(INSTALLED, L._dictionary()) is not None
