"""The real `newsclean` command: output, exit codes, stderr."""
from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import SAMPLE


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsclean", *args], input=stdin, capture_output=True, cwd=cwd, timeout=120)


def test_clean_sample() -> None:
    r = run("clean", str(SAMPLE))
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode("utf-8")
    lines = out.split("\n")
    assert lines[0] == "“围绕中心 建设队伍 服务群众”推动机关党建高质量发展"
    assert lines[1] == ""
    assert "万人次。出台《银发人才信息库建设方案》" in out
    # every speaker's section keeps its paragraphs, though the page repeated them further down
    for n, line in enumerate(lines):
        if line.startswith("——市"):
            assert not lines[n + 1].startswith(("——",)) and "，" in lines[n + 1], (line, lines[n + 1])
    assert r.stderr == b""


def test_stdin_and_dash() -> None:
    for args in (("clean",), ("clean", "-")):
        r = run(*args, stdin="标题\n\n　　你好,世界.\n".encode("gbk"))
        assert r.returncode == 0
        assert r.stdout.decode() == "标题\n\n你好，世界。\n"


def test_json_round_trips() -> None:
    import newsclean

    r = run("clean", "--json", str(SAMPLE))
    assert r.returncode == 0
    data = json.loads(r.stdout)
    assert data["encoding"] == "utf-8"
    assert data["paragraphs"] == newsclean.clean(SAMPLE.read_bytes()).paragraphs
    assert newsclean.Article.from_json(r.stdout.decode()).to_dict() == data


def test_explain_lists_edits(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("标题\n\n２０１２年,ＶＩＰ", encoding="utf-8")
    r = run("clean", "--explain", str(f))
    out = r.stdout.decode()
    assert "2012年，VIP" in out
    assert "# edits: 4" in out
    assert "fold_fullwidth_alnum" in out and "fullwidth_punctuation" in out and "decode" in out


def test_no_step_flags_and_config(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("标题\n\n你好,\"世界\"", encoding="utf-8")
    assert run("clean", str(f)).stdout.decode() == "标题\n\n你好，“世界”\n"
    assert run("clean", "--no-cjk-quotes", str(f)).stdout.decode() == "标题\n\n你好，\"世界\"\n"
    cfg = tmp_path / "nc.toml"
    cfg.write_text("[newsclean]\nfullwidth_punctuation = false\n", encoding="utf-8")
    assert run("clean", "--config", str(cfg), str(f)).stdout.decode() == "标题\n\n你好,“世界”\n"


def test_output_file_and_refusal(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("标题\n\n正文", encoding="utf-8")
    out = tmp_path / "out.txt"
    r = run("clean", str(f), "-o", str(out))
    assert r.returncode == 0 and r.stdout == b""
    assert out.read_text(encoding="utf-8") == "标题\n\n正文\n"
    r = run("clean", str(f), "-o", str(f))
    assert r.returncode == 2
    assert r.stderr.decode().startswith("newsclean: error: refusing to overwrite")
    assert f.read_text(encoding="utf-8") == "标题\n\n正文"


def test_empty_file(tmp_path: Path) -> None:
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    r = run("clean", str(f))
    assert (r.returncode, r.stdout, r.stderr) == (0, b"", b"")
    r = run("clean", "--json", str(f))
    assert json.loads(r.stdout)["paragraphs"] == []


@pytest.mark.parametrize(
    "data, message",
    [(gzip.compress(b"x" * 100), "gzip"), (b"\x00\x01\x02\x03" * 50, "binary data")],
)
def test_binary_file_is_bad_data(tmp_path: Path, data: bytes, message: str) -> None:
    f = tmp_path / "bin.dat"
    f.write_bytes(data)
    r = run("clean", str(f))
    assert r.returncode == 1
    err = r.stderr.decode()
    assert err.startswith(f"newsclean: error: {f}: ") and message in err
    assert "Traceback" not in err


def test_bad_file_among_good_ones(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("标题\n\n正文", encoding="utf-8")
    bad = tmp_path / "bad.bin"
    bad.write_bytes(gzip.compress(b"x"))
    r = run("clean", str(good), str(bad))
    assert r.returncode == 1
    assert "==> " in r.stdout.decode() and "正文" in r.stdout.decode()
    assert "bad.bin" in r.stderr.decode()


@pytest.mark.parametrize(
    "args, message",
    [
        (("clean", "no-such-file.txt"), "no such file"),
        (("clean", "--config", "no-such.toml", "-"), "cannot read config file"),
        (("clean", "--no-such-flag"), "unrecognized arguments"),
        ((), "required"),
    ],
)
def test_usage_errors_exit_2(args: tuple[str, ...], message: str) -> None:
    r = run(*args, stdin=b"")
    assert r.returncode == 2
    assert message in r.stderr.decode()
    assert "Traceback" not in r.stderr.decode()


def test_bad_config_value(tmp_path: Path) -> None:
    cfg = tmp_path / "bad.toml"
    cfg.write_text("cjk_quote = false\n", encoding="utf-8")
    r = run("clean", "--config", str(cfg), "-", stdin=b"x")
    assert r.returncode == 2
    assert "did you mean 'cjk_quotes'" in r.stderr.decode()


def test_directory_is_usage_error(tmp_path: Path) -> None:
    r = run("clean", str(tmp_path))
    assert r.returncode == 2 and "is a directory" in r.stderr.decode()


def test_an_archive_of_records_is_a_usage_error(tmp_path: Path) -> None:
    # a JSONL or Parquet file holds many articles: `clean` would read its JSON as one text
    for name in ("a.jsonl", "b.JSONL.gz", "c.parquet"):
        (tmp_path / name).write_text('{"id": 1, "text": "x"}\n', encoding="utf-8")
        r = run("clean", str(tmp_path / name))
        assert r.returncode == 2 and "newsclean batch" in r.stderr.decode() and not r.stdout
    (tmp_path / "a.json").write_text('{"id": 1}', encoding="utf-8")  # (one file, read as a text)
    assert run("clean", str(tmp_path / "a.json")).returncode == 0
    from newsclean import batch, cli

    assert cli._ARCHIVE_SUFFIXES == (*batch._JSONL_SUFFIXES, ".parquet")  # (what batch reads as records)


def test_version() -> None:
    r = run("--version")
    assert r.returncode == 0 and r.stdout.decode().startswith("newsclean ")


def test_segment() -> None:
    r = run("segment", stdin="他说：“好。”然后离开。\n\n我看了《摔跤吧！爸爸》。增长3.5%。".encode("gb18030"))
    assert r.returncode == 0, r.stderr
    assert r.stdout.decode() == "他说：“好。”\n然后离开。\n我看了《摔跤吧！爸爸》。\n增长3.5%。\n"


def test_segment_json_offsets() -> None:
    text = "第一句。第二句！"
    r = run("segment", "--json", stdin=text.encode())
    rows = [json.loads(line) for line in r.stdout.decode().splitlines()]
    assert [(x["start"], x["end"]) for x in rows] == [(0, 4), (4, 8)]
    assert all(text[x["start"]:x["end"]] == x["text"] for x in rows)


def test_segment_clauses_and_paragraphs() -> None:
    r = run("segment", "--clauses", stdin="一是加强领导；二是完善制度。".encode())
    assert r.stdout.decode() == "一是加强领导；\n二是完善制度。\n"
    r = run("segment", "--paragraphs", stdin="第一段。第二句。\n\n第二段。".encode())
    assert r.stdout.decode() == "第一段。第二句。\n第二段。\n"


def test_segment_binary_is_bad_data(tmp_path: Path) -> None:
    f = tmp_path / "x.gz"
    f.write_bytes(gzip.compress(b"abc"))
    r = run("segment", str(f))
    assert r.returncode == 1 and "gzip" in r.stderr.decode()
