"""The documentation stays true: examples in docs/normalisers.md run, the CLI reference
names every flag of `newsclean clean --help`."""
from __future__ import annotations

import re

import pytest

from newsclean.cli import build_parser
from newsclean.normalize import NORMALIZERS

from .conftest import ROOT

DOCS = ROOT / "docs"


def _examples() -> list[tuple[str, str, str]]:
    rows, step = [], None
    for line in (DOCS / "normalisers.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("### "):
            step = line[4:].strip()
        m = re.fullmatch(r"\| `(.*)` \| `(.*)` \|", line)
        if m and step:
            unescape = lambda s: s.encode("ascii", "backslashreplace").decode("unicode_escape")  # noqa: E731
            rows.append((step, unescape(m.group(1)), unescape(m.group(2))))
    return rows


EXAMPLES = _examples()


def test_every_normaliser_is_documented_with_an_example() -> None:
    documented = {step for step, _, _ in EXAMPLES}
    assert documented == set(NORMALIZERS) - {"to_simplified"}


@pytest.mark.parametrize("step, text_in, text_out", EXAMPLES)
def test_documented_example(step: str, text_in: str, text_out: str) -> None:
    assert NORMALIZERS[step](text_in) == text_out


def test_cli_reference_covers_every_flag() -> None:
    reference = (DOCS / "cli.md").read_text(encoding="utf-8")
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, cmd in sub.choices.items():  # type: ignore[union-attr]
        assert f"`newsclean {name}" in reference, name
        for action in cmd._actions:
            for flag in action.option_strings:
                if flag in ("-h", "--help"):
                    continue
                assert f"`{flag}" in reference, flag


def test_every_restoration_rule_has_a_before_and_after_example() -> None:
    from newsclean.config import Config

    text = (ROOT / "docs" / "restoration.md").read_text(encoding="utf-8")
    sections = dict(re.findall(r"^## (\w+)\n(.*?)(?=^## |\Z)", text, re.S | re.M))
    rules = ["remove_furniture", "split_title", "extract_metadata", "drop_duplicates", "drop_spliced_sentences",
             "drop_near_duplicates", "join_split_paragraphs", "flag_truncation"]
    assert set(rules) <= set(Config.steps())
    for rule in rules:
        assert rule in sections, f"docs/restoration.md has no section for {rule}"
        assert "Before" in sections[rule], f"{rule}: no before/after example"
