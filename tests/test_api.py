"""The Python API: Article, Edit, Config and clean()."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

import newsclean
from newsclean import Article, Block, Config, ConfigError, Edit


def test_article_json_round_trip(sample_text: str) -> None:
    article = newsclean.clean(sample_text.replace("\n", "\r\n").encode("gb18030"))
    again = Article.from_json(article.to_json())
    assert again == article
    assert again.paragraphs == article.paragraphs
    assert again.edits == article.edits


def test_paragraphs_exclude_title_and_subtitles() -> None:
    article = newsclean.clean("标题\n——副标题的署名\n\n小标题\n\n第一段正文。")
    assert article.title == "标题"
    assert article.subtitles == ["——副标题的署名"]
    assert article.paragraphs == ["小标题", "第一段正文。"]
    assert [b.kind for b in article.blocks] == ["heading", "paragraph"]
    assert any(e.step == "split_title" and e.action == "move" for e in article.edits)


def test_text_rendering() -> None:
    assert Article().text == ""
    assert Article(title="T").text == "T\n"
    assert Article(title="T", blocks=[Block("a"), Block("b")]).text == "T\n\na\nb\n"


def test_edit_describe_and_dict() -> None:
    e = Edit(step="fold_fullwidth_alnum", action="replace", start=3, end=5, before="２０", after="20")
    assert e.to_dict() == {"step": "fold_fullwidth_alnum", "action": "replace", "start": 3, "end": 5,
                           "before": "２０", "after": "20"}
    assert "fold_fullwidth_alnum" in e.describe() and "'20'" in e.describe()
    assert Edit.from_dict(e.to_dict()) == e


def test_edit_dict_holds_every_field_set() -> None:
    # to_dict spells the fields out one by one: a field added to Edit must be added there
    names = [f.name for f in dataclasses.fields(Edit)]
    full = Edit(*(f"v{n}" for n in range(len(names))))
    assert full.to_dict() == {name: f"v{n}" for n, name in enumerate(names)}
    assert Edit.from_dict(full.to_dict()) == full


def test_clean_options_by_keyword() -> None:
    assert newsclean.clean("t\n\n你好,世界", fullwidth_punctuation=False).paragraphs == ["你好,世界"]
    with pytest.raises(ConfigError, match="unknown option"):
        newsclean.clean("x", no_such_step=True)
    with pytest.raises(ConfigError, match="must be bool"):
        newsclean.clean("x", cjk_quotes="no")


def test_config_is_frozen_and_checked(tmp_path: Path) -> None:
    cfg = Config()
    with pytest.raises(dataclasses.FrozenInstanceError):
        cfg.cjk_quotes = False  # type: ignore[misc]
    with pytest.raises(ConfigError):
        Config(hard_wrap_min_width=1)
    with pytest.raises(ConfigError):
        Config(opencc_config="nope")
    f = tmp_path / "pyproject.toml"
    f.write_text("[tool.newsclean]\ncjk-quotes = false\nhard_wrap_min_width = 20\n", encoding="utf-8")
    loaded = Config.from_toml(f)
    assert loaded.cjk_quotes is False and loaded.hard_wrap_min_width == 20
    bad = tmp_path / "bad.toml"
    bad.write_text("cjk_quotes = [", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        Config.from_toml(bad)


def test_every_step_has_a_switch_and_help() -> None:
    from newsclean.config import STEP_HELP

    steps = set(Config.steps())
    restoration = {"split_title", "remove_furniture", "extract_metadata", "drop_duplicates", "drop_near_duplicates",
                   "drop_spliced_sentences", "join_split_paragraphs", "flag_truncation"}
    assert set(newsclean.NORMALIZERS) | {"repair_mojibake"} | restoration == steps
    assert set(STEP_HELP) == steps


def test_only_the_chosen_steps_run() -> None:
    off = {s: False for s in Config.steps()}
    text = "　　２０１２年,\u200b你好"
    out, edits = newsclean.normalize_and_explain(text, **{**off, "fold_fullwidth_alnum": True})
    assert out == "　　2012年,\u200b你好"
    assert {e.step for e in edits} == {"fold_fullwidth_alnum"}


def test_replay_rebuilds_the_output(sample_text: str) -> None:
    messy = "　　" + sample_text.replace("，", ",").replace("\n", "\r\n") + "\u200b&nbsp;"
    out, edits = newsclean.normalize_and_explain(messy)
    assert newsclean.replay(messy, edits) == out
    assert out != messy
