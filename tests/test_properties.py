"""Properties over an alphabet of CJK, full-width forms, ASCII, U+3000, zero-width characters
and newlines: cleaning is idempotent, never raises, invents no characters, and its edit log
replays to the same text."""
from __future__ import annotations

import os
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean.normalize import NORMALIZERS

ALPHABET = (
    "中文新闻记者报道发展会议我们的国家人民日报社北京电"  # Han
    "，。、：；！？“”‘’（）《》「」…—"  # CJK punctuation
    "０１２３４５６７８９ＡＢＣａｂｃ"  # full-width letters and digits
    + string.ascii_letters[:8] + string.digits[:5] + " ,.:;?!()\"'-&<>/#x"  # ASCII
    + "\u3000\u00a0\u200b\u200d\ufeff\r\n\t"  # U+3000, NBSP, zero-width, line breaks
)
texts = st.text(alphabet=ALPHABET, max_size=300)
# Derandomised so that CI is repeatable; set HYPOTHESIS_EXAMPLES and HYPOTHESIS_RANDOM=1 for a
# longer, random search.
relaxed = settings(
    max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", "300")),
    derandomize=not os.environ.get("HYPOTHESIS_RANDOM"),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

#: Characters a normaliser may write that were not in its input (its documented replacements).
REPLACEMENTS = set("\n ，。：；？！（）“”‘’……——") | set(string.ascii_letters + string.digits)


@relaxed
@given(texts)
def test_normalize_is_idempotent(text: str) -> None:
    once = newsclean.normalize(text)
    assert newsclean.normalize(once) == once


@relaxed
@given(texts)
def test_each_normaliser_is_idempotent(text: str) -> None:
    for name, fn in NORMALIZERS.items():
        if name == "to_simplified":
            continue
        once = fn(text)
        assert fn(once) == once, name


@relaxed
@given(texts)
def test_clean_is_idempotent(text: str) -> None:
    first = newsclean.clean(text)
    again = newsclean.clean(first.text)
    assert again.title == first.title
    assert again.paragraphs == first.paragraphs


@relaxed
@given(texts)
def test_normalisers_invent_no_characters(text: str) -> None:
    out = newsclean.normalize(text, decode_html_entities=False)
    assert set(out) <= set(text) | REPLACEMENTS


@relaxed
@given(texts)
def test_edit_log_replays(text: str) -> None:
    out, edits = newsclean.normalize_and_explain(text)
    assert newsclean.replay(text, edits) == out


@relaxed
@given(st.binary(max_size=400))
def test_clean_never_raises_on_bytes(data: bytes) -> None:
    try:
        article = newsclean.clean(data)
    except newsclean.DecodeError:
        return
    assert isinstance(article.paragraphs, list)


@relaxed
@given(st.text(max_size=300))
def test_clean_never_raises_on_any_str(text: str) -> None:
    article = newsclean.clean(text)
    assert newsclean.clean(article.text).paragraphs == article.paragraphs


@relaxed
@given(texts)
def test_clean_accepts_its_own_utf8_bytes(text: str) -> None:
    assert newsclean.clean(text.encode("utf-8")).paragraphs == newsclean.clean(text).paragraphs


@pytest.mark.parametrize(
    "text",
    [
        "000000000000\r000000000000\u200b",  # a later step makes two lines equally long
        "00000000000:\r、00000000000",  # joining makes a new neighbourhood for punctuation
        "0000000000?、\r00000000———",
        "&dd\u200b;",
        "<Ａ>",
    ],
)
def test_idempotence_regressions(text: str) -> None:
    once = newsclean.normalize(text)
    assert newsclean.normalize(once) == once
    out, edits = newsclean.normalize_and_explain(text)
    assert newsclean.replay(text, edits) == out
