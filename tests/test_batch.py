"""`newsclean batch`: every input format, rejections with reasons, the same output whatever
the number of workers, a killed run resumed, and duplicates across articles."""
from __future__ import annotations

import gzip
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsclean.batch import BatchOptions, run
from newsclean.dedup import MinHasher, find_duplicates

POOL = "我们国家发展经济社会工作建设人民企业城市农村项目服务群众文化教育科技生态环境政府部门青山镇运动会村民比赛"


def article(seed: int, paragraphs: int = 5) -> str:
    """A made-up article: a title and paragraphs of random common characters, distinct per seed."""
    rng = random.Random(seed)

    def sentence() -> str:
        return "".join(rng.choice(POOL) for _ in range(rng.randint(15, 30))) + "，" + \
            "".join(rng.choice(POOL) for _ in range(rng.randint(10, 20))) + "。"

    title = "".join(rng.choice(POOL) for _ in range(12))
    return title + "\n\n" + "\n\n".join(sentence() + sentence() for _ in range(paragraphs)) + "\n"


def write_jsonl(path: Path, rows: list[dict], opener=open) -> None:
    with opener(path, "wt", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def outputs(out: Path) -> dict[str, str]:
    """Everything a run writes except the timings."""
    files = {p.name: p.read_text(encoding="utf-8") for p in sorted(out.glob("*.jsonl"))}
    stats = json.loads((out / "stats.json").read_text(encoding="utf-8"))
    stats.pop("timings")
    files["stats.json"] = json.dumps(stats, sort_keys=True)
    return files


def opts(out: Path, **kw) -> BatchOptions:
    return BatchOptions(out=out, progress=False, **kw)


def test_every_input_format_and_every_record_accounted_for(tmp_path: Path) -> None:
    inp = tmp_path / "in"
    (inp / "texts").mkdir(parents=True)
    (inp / "texts" / "utf8.txt").write_text(article(1), encoding="utf-8")
    (inp / "texts" / "gb.txt").write_bytes(article(2).encode("gb18030"))
    (inp / "texts" / "empty.txt").write_bytes(b"")
    (inp / "texts" / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    rows = [{"id": f"j{n}", "text": article(10 + n)} for n in range(3)]
    write_jsonl(inp / "a.jsonl", rows)
    with open(inp / "a.jsonl", "a", encoding="utf-8") as f:
        f.write("{not json\n\n")  # a broken line, then a blank one (no record)
        f.write(json.dumps({"id": "no-text", "body": "x"}) + "\n")
    write_jsonl(inp / "b.jsonl.gz", [{"id": "g1", "text": article(20)}], opener=gzip.open)
    zstandard = pytest.importorskip("zstandard")
    (inp / "c.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(
        (json.dumps({"id": "z1", "text": article(30)}, ensure_ascii=False) + "\n").encode()))
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"id": ["p1", "p2"], "text": [article(40), None]}), inp / "d.parquet")

    stats = run([str(inp)], opts(tmp_path / "out", jobs=1, shard_size=4))
    out = tmp_path / "out"
    written = [r for p in sorted(out.glob("part-*.jsonl")) for r in read_jsonl(p)]
    rejected = read_jsonl(out / "rejected.jsonl")
    ids = {r["id"] for r in written}
    assert {"j0", "j1", "j2", "g1", "z1", "p1"} <= ids
    assert str(inp / "texts" / "gb.txt") in ids and str(inp / "texts" / "utf8.txt") in ids
    reasons = {r["id"]: r["reason"] for r in rejected}
    assert "not JSON" in reasons[f"{inp / 'a.jsonl'}:4"]
    assert "no 'text' field" in reasons["no-text"]
    assert "PNG" in reasons[str(inp / "texts" / "image.txt")]
    assert "not a string" in reasons["p2"]
    assert stats["records"] == len(written) + len(rejected) == 13  # the empty file is an empty article
    assert stats["written"] + stats["rejected"] + stats["duplicates"] == stats["records"]
    gb = next(r for r in written if r["id"].endswith("gb.txt"))
    assert gb["encoding"] == "gb18030" and gb["paragraphs"]
    assert written[0].keys() >= {"id", "title", "paragraphs", "captions", "bylines", "flags", "edits"}


def test_records_that_hold_their_article_as_a_list_of_paragraphs(tmp_path: Path) -> None:
    # {"title": …, "paragraphs": [...]}, as news corpora are often kept: read as the title and
    # its paragraphs when the record has no text field; anything else there is a rejection
    paras = article(5).split("\n\n")
    write_jsonl(tmp_path / "a.jsonl", [
        {"id": "listed", "title": paras[0], "paragraphs": paras[1:]},
        {"id": "untitled", "paragraphs": paras[1:]},
        {"id": "numbers", "title": "x", "paragraphs": [1, 2]},
        {"id": "text-null", "text": None, "paragraphs": paras[1:]},  # (a text field there, empty: not replaced)
    ])
    stats = run([str(tmp_path / "a.jsonl")], opts(tmp_path / "out", jobs=1))
    written = {r["id"]: r for p in sorted((tmp_path / "out").glob("part-*.jsonl")) for r in read_jsonl(p)}
    reasons = {r["id"]: r["reason"] for r in read_jsonl(tmp_path / "out" / "rejected.jsonl")}
    assert written["listed"]["title"] == paras[0]
    assert "".join(written["listed"]["paragraphs"]) == "".join(p.strip() for p in paras[1:])
    assert written["untitled"]["title"] == paras[1].strip()  # (no title given: the first line is read as one)
    assert "no 'text' field (nor a 'paragraphs' list)" in reasons["numbers"]
    assert "'text' is not a string" in reasons["text-null"]
    assert stats["written"] == 2 and stats["rejected"] == 2
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"id": ["q1", "q2"], "title": [paras[0], None], "paragraphs": [paras[1:], None]}),
                   tmp_path / "b.parquet")
    run([str(tmp_path / "b.parquet")], opts(tmp_path / "out2", jobs=1))
    rows = [r for p in sorted((tmp_path / "out2").glob("part-*.jsonl")) for r in read_jsonl(p)]
    assert [(r["id"], r["title"]) for r in rows] == [("q1", paras[0])]
    assert "'paragraphs' is empty or not a list" in read_jsonl(tmp_path / "out2" / "rejected.jsonl")[0]["reason"]


def test_a_report_of_the_articles_changed_most(tmp_path: Path) -> None:
    rows = [{"id": str(n), "text": article(n)} for n in range(30)]
    messy = article(99).replace("，", ",").replace("\n\n", "\n\n　　")  # layout noise to undo
    rows.append({"id": "messy", "text": messy})
    write_jsonl(tmp_path / "a.jsonl", rows)
    run([str(tmp_path / "a.jsonl")], opts(tmp_path / "out", jobs=1, report=tmp_path / "r.html", report_size=3))
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert page.count('<section class="article"') == 3
    assert "<h2>messy</h2>" in page.split('<section class="article"')[1]  # the most edited comes first


def test_parquet_output(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    write_jsonl(tmp_path / "a.jsonl", [{"id": str(n), "text": article(n)} for n in range(5)])
    run([str(tmp_path / "a.jsonl")], opts(tmp_path / "out", jobs=1, format="parquet"))
    table = pq.read_table(tmp_path / "out" / "part-00000.parquet")
    assert table.column("id").to_pylist() == ["0", "1", "2", "3", "4"]
    assert all(table.column("paragraphs").to_pylist())


def test_a_truncated_gzip_is_reported_not_raised(tmp_path: Path) -> None:
    data = gzip.compress("".join(json.dumps({"id": str(n), "text": article(n)}) + "\n" for n in range(50)).encode())
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    stats = run([str(tmp_path / "cut.jsonl.gz")], opts(tmp_path / "out", jobs=1))
    rejected = read_jsonl(tmp_path / "out" / "rejected.jsonl")
    assert stats["rejected"] == 1 and "cannot read the rest of the file" in rejected[0]["reason"]
    assert stats["written"] >= 1


def test_one_and_two_workers_write_the_same(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "a.jsonl", [{"id": str(n), "text": article(n)} for n in range(60)]
                + [{"id": "copy", "text": article(3)}])
    run([str(tmp_path / "a.jsonl")], opts(tmp_path / "one", jobs=1, shard_size=7, dedup_across=True))
    run([str(tmp_path / "a.jsonl")], opts(tmp_path / "two", jobs=2, shard_size=7, dedup_across=True))
    assert outputs(tmp_path / "one") == outputs(tmp_path / "two")


def test_the_ray_engine_writes_what_the_local_one_writes(tmp_path: Path) -> None:
    pytest.importorskip("ray")
    rows = [{"id": str(n), "text": article(n)} for n in range(40)] + [{"id": "copy", "text": article(3)}]
    write_jsonl(tmp_path / "a.jsonl", rows)
    with open(tmp_path / "a.jsonl", "a", encoding="utf-8") as f:
        f.write("broken\n")
    run([str(tmp_path / "a.jsonl")], opts(tmp_path / "local", jobs=1, shard_size=6, dedup_across=True))
    run([str(tmp_path / "a.jsonl")], opts(tmp_path / "ray", jobs=2, shard_size=6, dedup_across=True, engine="ray"))
    assert outputs(tmp_path / "local") == outputs(tmp_path / "ray")


def test_a_killed_run_resumes_to_the_same_output(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "a.jsonl", [{"id": str(n), "text": article(n, 20)} for n in range(1200)])
    cmd = [sys.executable, "-m", "newsclean", "batch", str(tmp_path / "a.jsonl"), "--jobs", "1",
           "--shard-size", "50", "--no-progress", "--dedup-across"]
    proc = subprocess.Popen([*cmd, "--out", str(tmp_path / "killed")], stderr=subprocess.PIPE)
    work = tmp_path / "killed" / ".newsclean-work"
    deadline = time.time() + 60
    while time.time() < deadline and len(list(work.glob("stats-*.json"))) < 3:
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    done_before = len(list(work.glob("stats-*.json")))
    assert 3 <= done_before < 24, "the run was not interrupted in the middle"
    resumed = subprocess.run([*cmd, "--out", str(tmp_path / "killed")], capture_output=True, text=True, check=True)
    assert "shards done before" in resumed.stderr
    subprocess.run([*cmd, "--out", str(tmp_path / "whole")], capture_output=True, check=True)
    assert outputs(tmp_path / "killed") == outputs(tmp_path / "whole")


def test_a_run_with_other_options_is_refused(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "a.jsonl", [{"id": "1", "text": article(1)}])
    base = [sys.executable, "-m", "newsclean", "batch", str(tmp_path / "a.jsonl"), "--out", str(tmp_path / "o")]
    assert subprocess.run(base, capture_output=True).returncode == 0
    again = subprocess.run([*base, "--shard-size", "5"], capture_output=True, text=True)
    assert again.returncode == 1 and "other inputs or options" in again.stderr
    missing = subprocess.run([*base[:4], str(tmp_path / "nope.jsonl"), "--out", str(tmp_path / "o2")],
                             capture_output=True, text=True)
    assert missing.returncode == 2 and "no such file" in missing.stderr


def test_duplicates_across_articles(tmp_path: Path) -> None:
    originals = [article(n, 8) for n in range(30)]
    paras = [a.split("\n\n") for a in originals]
    rows = [{"id": f"o{n}", "text": a} for n, a in enumerate(originals)]
    # reprints: a new headline and a source line, a cut tail, a dropped lead, boilerplate
    rows.append({"id": "r-headline", "text": "\n\n".join(["转载新标题", "（来源：青山日报）"] + paras[1][1:])})
    rows.append({"id": "r-tail", "text": "\n\n".join(paras[2][:7])})
    rows.append({"id": "r-lead", "text": "\n\n".join(paras[3][:1] + paras[3][2:])})
    rows.append({"id": "r-boiler", "text": "\n\n".join(paras[4] + ["责任编辑：王小明　本文转载自青山网，如有侵权请联系删除。"])})
    rows.append({"id": "r-exact", "text": originals[5]})
    write_jsonl(tmp_path / "a.jsonl", rows)
    stats = run([str(tmp_path / "a.jsonl")], opts(tmp_path / "out", jobs=1, dedup_across=True))
    dups = {d["id"]: d for d in read_jsonl(tmp_path / "out" / "duplicates.jsonl")}
    pairs = {(d["id"], d["duplicate_of"]) for d in dups.values()}
    # the longer copy stays: the reprint with a source line or boilerplate outlives its original
    assert pairs == {("o1", "r-headline"), ("r-tail", "o2"), ("r-lead", "o3"), ("o4", "r-boiler"),
                     ("r-exact", "o5")} or pairs == {("r-headline", "o1"), ("r-tail", "o2"), ("r-lead", "o3"),
                                                     ("o4", "r-boiler"), ("r-exact", "o5")}
    assert all(0.8 <= d["score"] <= 1.0 for d in dups.values()) and dups["r-exact"]["score"] == 1.0
    assert stats["duplicates"] == 5 and stats["written"] == 30


def test_find_duplicates_as_a_library_call() -> None:
    texts = [article(n) for n in range(20)]
    items = [(str(n), t) for n, t in enumerate(texts)] + [("copy", texts[7] + "（完）")]
    (dup,) = list(find_duplicates(items))
    assert (dup.id, dup.duplicate_of) == ("7", "copy") and dup.score > 0.9
    # two empty bodies are the same body; a one-character one is compared like any other
    assert [(d.id, d.duplicate_of) for d in find_duplicates([("a", ""), ("b", ""), ("c", "短")])] == [("b", "a")]


def test_minhash_estimates_jaccard() -> None:
    h = MinHasher(num_perm=256)
    a = article(1, 20)
    b = a[: len(a) // 2] + article(2, 10)[: len(a) // 2]
    sa, sb = h.signature(a), h.signature(b)
    estimate = float((sa == sb).mean())
    grams = lambda t: {t[i:i + 5] for i in range(len(t) - 4)}  # noqa: E731
    ka, kb = ("".join(a.split()), "".join(b.split()))
    true = len(grams(ka) & grams(kb)) / len(grams(ka) | grams(kb))
    assert abs(estimate - true) < 0.1


def test_an_output_directory_inside_the_input_is_not_read_as_input(tmp_path: Path) -> None:
    (tmp_path / "arch").mkdir()
    (tmp_path / "arch" / "a.txt").write_text(article(1), encoding="utf-8")
    first = run([str(tmp_path / "arch")], opts(tmp_path / "arch" / "cleaned", jobs=1))
    again = run([str(tmp_path / "arch")], opts(tmp_path / "arch" / "cleaned", jobs=1))  # resumes, not refused
    assert first["records"] == again["records"] == 1 and again["timings"]["shards_resumed"] == 1


def test_lone_surrogates_from_json_escapes_neither_crash_nor_get_lost(tmp_path: Path) -> None:
    # "\ud83d" alone (half an emoji) parses to a string that no encoding can write: the
    # cleaned text loses it with a recorded edit; a rejected record's original is written
    # with JSON escapes, which read back to the same string
    broken = article(7).replace("。", "。\ud83d", 1)
    with open(tmp_path / "in.jsonl", "w", encoding="ascii") as f:
        f.write(json.dumps({"id": "half", "text": broken}) + "\n")  # (ASCII escapes, as many exporters write)
        f.write(json.dumps({"id": "no-text", "body": "表情\ud83d"}) + "\n")
    stats = run([str(tmp_path / "in.jsonl")], opts(tmp_path / "out", jobs=1))
    assert stats["written"] == 1 and stats["rejected"] == 1
    (row,) = [r for p in sorted((tmp_path / "out").glob("part-*.jsonl")) for r in read_jsonl(p)]
    assert row["edits"]["remove_invisible"] == 1
    assert "".join(row["paragraphs"]) == "".join(broken.split("\n\n")[1:]).replace("\ud83d", "").replace("\n", "")
    (rejected,) = read_jsonl(tmp_path / "out" / "rejected.jsonl")
    assert rejected["id"] == "no-text" and json.loads(rejected["original"])["body"] == "表情\ud83d"


def test_a_row_that_utf8_cannot_write_is_written_with_json_escapes(tmp_path: Path) -> None:
    from newsclean.batch import _write_jsonl

    rows = [{"id": "a", "text": "好"}, {"id": "b", "original": "半个\ud83d"}]
    _write_jsonl(tmp_path / "x.jsonl", rows)
    lines = (tmp_path / "x.jsonl").read_text(encoding="utf-8").splitlines()
    assert lines[0] == '{"id": "a", "text": "好"}' and "\\ud83d" in lines[1]
    assert [json.loads(line) for line in lines] == rows
