"""The word model's cache files: built from jieba's dictionary once, read back after, rebuilt
when a file is damaged, and the same tables either way."""
from __future__ import annotations

import glob
import os
import tempfile

import pytest

import newsclean
from newsclean import lexicon as L


def _clear() -> None:
    for f in (L.lexicon, L.char_frequency, L.word_table, L.word_end_share, L.word_start_share, L._tables, L._word_tables):
        f.cache_clear()


@pytest.fixture(scope="module")
def private_tmp(tmp_path_factory):  # type: ignore[no-untyped-def]
    # one temporary directory for the module: the lexicon is built from jieba's dictionary
    # once (a few seconds), then read back
    path = tmp_path_factory.mktemp("lexicon")
    saved = tempfile.tempdir
    tempfile.tempdir = str(path)
    _clear()
    yield path
    tempfile.tempdir = saved
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
