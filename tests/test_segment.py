"""Sentence and paragraph segmentation: golden cases, properties, words."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import Span, split_paragraphs, split_sentences

from .conftest import ROOT

CASES = json.loads((ROOT / "tests" / "cases" / "sentences.json").read_text(encoding="utf-8"))


def test_enough_golden_cases() -> None:
    assert len(CASES) >= 60


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_golden(case: dict) -> None:
    text = "".join(case["sentences"])
    spans = split_sentences(text, clauses=case.get("clauses", False))
    assert [s.text for s in spans] == case["sentences"]
    assert all(text[s.start:s.end] == s.text for s in spans)


@pytest.mark.parametrize(
    "text, sentences",
    [  # the cases named in the issue
        ("“这是对的。”他说。", ["“这是对的。”他说。"]),
        ("他说：“好。”然后离开。", ["他说：“好。”", "然后离开。"]),
        ("我看了《摔跤吧！爸爸》。", ["我看了《摔跤吧！爸爸》。"]),
        ("增长3.5%。", ["增长3.5%。"]),
        ("约1.2万人。", ["约1.2万人。"]),
        ("10:30开会。", ["10:30开会。"]),
        ("会议指出……要加快发展。", ["会议指出……要加快发展。"]),
        ("U.S.政策。", ["U.S.政策。"]),
        ("好吗？！走吧。", ["好吗？！", "走吧。"]),
        ("I agree. You do not. 我也同意。", ["I agree. ", "You do not. ", "我也同意。"]),
    ],
)
def test_issue_cases(text: str, sentences: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == sentences


def test_clause_mode() -> None:
    text = "一是加强领导；二是完善制度。"
    assert [s.text for s in split_sentences(text)] == [text]
    assert [s.text for s in split_sentences(text, clauses=True)] == ["一是加强领导；", "二是完善制度。"]


ALPHABET = "中文新闻我们的说。！？!?…；;，、：“”‘’「」《》（）()\"'.0123ab \u3000\n\r\t"
relaxed = settings(max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", "300")),
                   derandomize=not os.environ.get("HYPOTHESIS_RANDOM"), deadline=None,
                   suppress_health_check=[HealthCheck.too_slow])


def _check_lossless(text: str, spans: list[Span]) -> None:
    assert "".join(s.text for s in spans) == text
    pos = 0
    for s in spans:
        assert s.text, "empty span"
        assert s.start == pos and s.end == pos + len(s.text)
        assert text[s.start:s.end] == s.text
        pos = s.end


@relaxed
@given(st.text(alphabet=ALPHABET, max_size=200), st.booleans())
def test_sentences_are_lossless(text: str, clauses: bool) -> None:
    _check_lossless(text, split_sentences(text, clauses=clauses))


@relaxed
@given(st.text(max_size=200))
def test_sentences_never_raise(text: str) -> None:
    _check_lossless(text, split_sentences(text))


@relaxed
@given(st.text(alphabet=ALPHABET, max_size=300))
def test_paragraphs_are_lossless(text: str) -> None:
    _check_lossless(text, split_paragraphs(text))


def test_empty() -> None:
    assert split_sentences("") == [] and split_paragraphs("") == []


@pytest.mark.parametrize("split", [split_sentences, split_paragraphs, newsclean.words])
def test_none_is_empty_and_another_type_says_what_it_takes(split) -> None:  # type: ignore[no-untyped-def]
    # the same compiled or not (a compiled module would name its own expected type)
    assert split(None) == []
    with pytest.raises(TypeError, match=rf"^{split.__name__}\(\) takes str, not bytes$"):
        split("好。".encode())


def test_sentence_texts_are_the_spans_texts() -> None:
    from newsclean.segment import sentence_texts

    text = "他说：“好。”然后离开。\n第二行！  "
    assert sentence_texts(text) == [s.text for s in split_sentences(text)] == ["他说：“好。”", "然后离开。\n", "第二行！  "]


@pytest.mark.parametrize(
    "text, paragraphs",
    [
        ("第一段。\n\n第二段。\n", ["第一段。\n\n", "第二段。\n"]),
        ("第一段。\n第二段。", ["第一段。\n", "第二段。"]),
        ("\n\n第一段。\n\n\n第二段。", ["\n\n第一段。\n\n\n", "第二段。"]),
        ("　　第一段。\n　　第二段。", ["　　第一段。\n", "　　第二段。"]),
        ("第一段。\r\n\r\n第二段。", ["第一段。\r\n\r\n", "第二段。"]),
        # a hard wrap is not a paragraph break
        ("这是一个被硬换行的段落，它在固定\n宽度处被切断了，然后继续写下去，\n直到结束。\n\n下一段。",
         ["这是一个被硬换行的段落，它在固定\n宽度处被切断了，然后继续写下去，\n直到结束。\n\n", "下一段。"]),
        # ... but an indented line after a wrapped one starts a new paragraph
        ("这是一个被硬换行的段落，它在固定\n宽度处被切断了，然后继续写下去，\n　　新的一段。",
         ["这是一个被硬换行的段落，它在固定\n宽度处被切断了，然后继续写下去，\n", "　　新的一段。"]),
    ],
)
def test_paragraphs(text: str, paragraphs: list[str]) -> None:
    assert [p.text for p in split_paragraphs(text)] == paragraphs


def test_span_to_dict() -> None:
    assert split_sentences("好。")[0].to_dict() == {"text": "好。", "start": 0, "end": 2}


def test_words() -> None:
    w = newsclean.words("我们在北京参加会议。")
    assert "".join(w) == "我们在北京参加会议。"
    assert "北京" in w and "会议" in w
    assert newsclean.words("") == []


def test_import_does_not_load_jieba() -> None:
    code = "import sys, newsclean; newsclean.split_sentences('好。'); newsclean.clean('标题\\n正文。'); print('jieba' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"
