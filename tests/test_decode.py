"""Decoding: the same article in any encoding gives the same paragraphs; binary is refused."""
from __future__ import annotations

import codecs
import gzip

import pytest

import newsclean
from newsclean import DecodeError, decode

from .conftest import SAMPLE


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_sample_in_any_encoding_gives_the_same_article(sample_text: str, encoding: str) -> None:
    text = "".join(c for c in sample_text if _fits(c, encoding))  # GBK lacks "▶"
    expected = newsclean.clean(text)
    article = newsclean.clean(text.encode(encoding))
    assert article.paragraphs == expected.paragraphs
    assert article.title == expected.title


def test_big5_where_representable(sample_text: str) -> None:
    opencc = pytest.importorskip("opencc")
    traditional = opencc.OpenCC("s2t").convert(sample_text)
    # keep the characters Big5 can encode (a few simplified-only ones cannot be)
    text = "".join(c for c in traditional if _fits(c, "big5"))
    assert newsclean.clean(text.encode("big5")).paragraphs == newsclean.clean(text).paragraphs
    assert newsclean.clean(text.encode("big5")).encoding in ("cp950", "big5hkscs")


def _fits(c: str, encoding: str) -> bool:
    try:
        c.encode(encoding)
        return True
    except UnicodeEncodeError:
        return False


@pytest.mark.parametrize(
    "text, encoding",
    [
        ("中文", "gbk"),
        ("中文", "big5"),
        ("新聞", "big5"),
        ("新闻", "gb18030"),
        ("记者", "gbk"),
        ("一", "gb18030"),
        ("你好，世界。", "gbk"),
        ("你好，世界。", "big5"),
        ("Café crème", "cp1252"),
        ("中文\n", "utf-16-le"),
    ],
)
def test_short_input(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding)).text == text


def test_boms() -> None:
    for enc, bom in (("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
                     ("utf-32-le", codecs.BOM_UTF32_LE), ("utf-32-be", codecs.BOM_UTF32_BE)):
        d = decode(bom + "标题".encode(enc))
        assert (d.text, d.encoding, d.reason) == ("标题", enc, "byte-order mark")


def test_bad_bom() -> None:
    with pytest.raises(DecodeError, match="byte-order mark"):
        decode(codecs.BOM_UTF8 + b"\xff\xfe\xfd")


@pytest.mark.parametrize(
    "data, what",
    [
        (gzip.compress("中文".encode()), "gzip"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "PNG"),
        (b"%PDF-1.7\n...", "PDF"),
        (b"PK\x03\x04" + bytes(40), "zip"),
        (b"\x7fELF\x02\x01" + bytes(64), "executable"),
        (bytes(range(256)) * 4, "NUL"),
    ],
)
def test_binary_is_refused_with_a_reason(data: bytes, what: str) -> None:
    with pytest.raises(DecodeError, match=what):
        decode(data)


def test_random_bytes_are_refused() -> None:
    import random

    rng = random.Random(1)
    data = bytes(rng.randrange(1, 256) for _ in range(4000))
    with pytest.raises(DecodeError, match="not text"):
        decode(data)


def test_empty() -> None:
    assert decode(b"").text == ""
    article = newsclean.clean(b"")
    assert article.title is None and article.paragraphs == []


def test_never_ignores_errors() -> None:
    # a GBK file with one corrupt byte must not lose text silently: it is decoded by a codec
    # that reads every byte, or refused
    data = "新闻报道，记者张三。".encode("gbk") + b"\xff" + "完".encode("gbk")
    try:
        text = decode(data).text
    except DecodeError:
        return
    assert len(text.encode("utf-8")) >= len("新闻报道，记者张三。完")


def test_wrong_type() -> None:
    with pytest.raises(TypeError, match="bytes"):
        decode("text")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="str or bytes"):
        newsclean.clean(123)  # type: ignore[arg-type]


def test_sample_file_is_utf8() -> None:
    assert newsclean.clean(SAMPLE.read_bytes()).encoding == "utf-8"


def test_mojibake_saved_as_gb18030_is_decoded_then_repaired() -> None:
    line = "会议指出，要坚持以人民为中心的发展思想。"
    broken = line.encode("utf-8").decode("gb18030", errors="replace")
    article = newsclean.clean(("标题\n\n" + broken + "\n").encode("gb18030"))
    assert article.encoding == "gb18030"
    assert article.paragraphs == [line]
