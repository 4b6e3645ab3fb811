"""What the bench scripts share: where the real articles are, and how to read them."""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: Real articles for evaluation, where the shared folder is beside the project.
NEWS = sorted((HERE.parent.parent / "shared" / "data" / "news").glob("*.jsonl"))


def load_articles(paths: list[Path]) -> list[str]:
    """Each JSONL record's title and paragraphs as one text, a paragraph per line, as scraped."""
    texts = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            for line in f:
                a = json.loads(line)
                texts.append("\n".join([a.get("title") or "", *a["paragraphs"]]) + "\n")
    return texts
