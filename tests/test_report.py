"""`newsclean report`: a self-contained page with every edit marked, checked as text and in
a real headless Chromium (skipped where Chromium is not installed)."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newsclean.report import render_report

from .conftest import SAMPLE
from .test_restore import P, SUBTITLE, TITLE

GARBLED = "\n\n".join([
    "2024-01-12 08:30 来源：青山日报", TITLE, SUBTITLE,
    "　　" + P[0], P[1], "▲村民参加拔河比赛", P[1], P[2], P[3][:30], "本报记者 王小明 摄", P[3][30:],
    P[4] + P[1].split("。")[0] + "。", P[5], P[0],
]) + "\n"


def _page(tmp_path: Path) -> Path:
    page = tmp_path / "report.html"
    page.write_text(render_report([("garbled.txt", GARBLED.encode("gb18030")), ("sample.txt", SAMPLE.read_bytes())]),
                    encoding="utf-8")
    return page


def test_every_edit_is_marked_and_the_page_is_self_contained(tmp_path: Path) -> None:
    text = _page(tmp_path).read_text(encoding="utf-8")
    for kind in ("k-gone", "k-meta", "k-join", "k-flag"):  # a block mark of each kind on the input side
        assert re.search(rf'<span class="block [^"]*{kind}', text), kind
    assert '<mark class="k-norm"' in text and '<mark class="k-flag"' in text
    for rule in ("remove_furniture", "drop_duplicates", "extract_metadata", "join_split_paragraphs",
                 "split_title", "strip_line_blanks", "flag_truncation", "drop_spliced_sentences"):
        assert rule in text, rule
    # nothing fetched from the network: no external scripts, styles, fonts or images
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", text)
    assert "<link" not in text and "@import" not in text
    assert 'name="viewport"' in text  # readable at phone width


def test_report_command(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(GARBLED, encoding="utf-8")
    out = tmp_path / "r.html"
    run = subprocess.run([sys.executable, "-m", "newsclean", "report", str(src), "-o", str(out)],
                         capture_output=True, text=True)
    assert run.returncode == 0 and out.exists() and "1 article" in run.stderr
    again = subprocess.run([sys.executable, "-m", "newsclean", "report", str(src), "-o", str(src)],
                           capture_output=True, text=True)
    assert again.returncode == 2 and "refusing to overwrite" in again.stderr


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.mark.skipif(CHROMIUM is None, reason="no headless Chromium (Debian package chromium)")
def test_the_page_renders_in_chromium(tmp_path: Path) -> None:
    page = _page(tmp_path)
    flags = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]
    dom = subprocess.run([*flags, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120).stdout
    body = re.search(r"<body[^>]*>", dom)
    assert body, "the page did not load"
    ready = re.search(r'data-ready="(\d+)"', body.group())
    assert ready and int(ready.group(1)) >= 20, "the script did not run or found no marks"
    assert "data-errors" not in body.group(), body.group()
    assert dom.count('class="block') >= 10 and "k-norm" in dom
    out_dir = Path(os.environ.get("NEWSCLEAN_TEST_OUTPUT", tmp_path))
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, width in (("report-desktop.png", "1280,2000"), ("report-phone.png", "390,2000")):
        shot = out_dir / name
        subprocess.run([*flags, f"--window-size={width}", f"--screenshot={shot}", page.as_uri()],
                       capture_output=True, timeout=120)
        assert shot.exists() and shot.stat().st_size > 10_000, name
        print(f"screenshot: {shot}")


def test_the_sample_report_shows_every_edit() -> None:
    import html

    import newsclean

    data = SAMPLE.read_bytes()
    article = newsclean.clean(data)
    page = render_report([("sample", data)])
    restoration = [e for e in article.edits if e.block is not None]
    assert len(restoration) >= 20
    for e in restoration:  # each decision's note is on the page, attached to a mark
        assert html.escape(e.reason or "", quote=True) in page, e.describe()
    assert page.count('class="block') + page.count('<mark class="k-gone"') >= len({e.block for e in restoration})
