#!/usr/bin/env python3
"""How well the metadata cues generalise: credits, captions and page furniture composed from
parts the cues know, in combinations nobody wrote a cue for.

    python bench/compose_probe.py [--show 3] [--traditional]

The held-out set that judges restoration prints captions, bylines and page furniture in
shapes beyond garble.py's templates. `unseen_shapes.py` measures whole sets of them, each
written by hand; this composes them from their parts instead, every combination of:

- bylines: a bracket or none, an outlet or none, a role (记者, 编辑, 撰文, 审核, 监制 …), a
  separator (colon, slash, bar, gap …), a name, and sometimes a second credit after a comma,
  a stop, a bar or a gap; a name before what its bearer did (王小明/文, （王小明　整理）);
- captions: a picture's role (摄影, 图, 制图, 航拍 …) before a name or an outlet, and a
  caption's words followed by one of fifty credit shapes (…（王小明/摄）, …。青山日报/图, …
  （截图自青山日报）, …（左一为王小明）…), with and without a sentence's stop; 23 credits
  each in ten wrappings after the words (round, square and tortoise-shell brackets, a gap, a
  stop, a dash: …【王小明/青山日报】, …——青山网发); and marks (▲ △ ◎ …);
- page furniture above a title: dates with sources under any label, sources alone, date
  and source lines with an author, breadcrumbs with eleven separators, counts of readers; and
  1,000 pairs of them, one above the other;

and prints, per family, how many are read as what they are (`classify_line` for lines of
the body; for furniture, whether `clean()` gives the title and the paragraphs back
untouched). Names, outlets and topics are made up; the random choices are seeded, so the
figures change only when the cues do. A family that reads below 100% lists a few misses
with `--show`. With `--traditional`, every line (title and paragraphs too) is first written in
traditional script, character by character (the first traditional form of each simplified
character in the table the cues read with), as Hong Kong and Taiwan pages print them: the
figures should not move. This is a probe of the cues' reach, not a quality figure: the shapes are
ours, and a few of them (摄像 as a caption's credit, a bulleted scene) are read otherwise
on purpose (see docs/restoration.md).
"""
from __future__ import annotations

import argparse
import random
from collections import defaultdict

import newsclean
from newsclean.resources import TO_SIMPLIFIED
from newsclean.restore import classify_line

NAMES = ("王小明", "李春华", "张伟", "刘洋", "陈静", "杨帆", "黄磊", "赵敏", "周杰", "吴芳")
OUTLETS = ("本报", "新华社", "青山日报", "青山晚报", "青山网", "青山电视台", "青山新闻", "青山融媒", "青山县融媒体中心",
           "人民网", "中新网", "青山客户端")
TOPICS = ("村民参加拔河比赛", "青山镇运动会开幕", "游客在景区游玩", "12月6日，工人在车间生产", "航拍青山镇新貌")
SEPARATORS = ("：", ":", "/", "／", "|", "｜", "丨", " ", "\u3000")
BRACKETS = (("", ""), ("（", "）"), ("(", ")"), ("【", "】"), ("[", "]"))
BYLINE_ROLES = ("记者", "通讯员", "编辑", "责任编辑", "责编", "撰文", "撰稿", "文", "作者", "校对", "审核", "监制", "策划",
                "统筹", "实习生", "特约记者", "首席记者", "见习记者")
REPORTERS = {"记者", "通讯员", "实习生", "特约记者", "首席记者", "见习记者", "编辑"}  # (roles an outlet may head)
PHOTO_ROLES = ("摄影", "摄", "图", "图片", "航拍", "视频", "制图", "插图")
CAPTION_CREDITS = (
    "（{n} 摄）", "（{n}/摄）", "\u3000{n} 摄", "\u3000{o}记者 {n} 摄", "（{o}记者 {n} 摄）", "\u3000摄影：{n}", "（摄影：{n}）",
    "\u3000图：{o}", "（图：{o}）", "\u3000图/{o}", "（图片来源：{o}）", "\u3000图片来源：{o}", "（{o}供图）", "\u3000{o}供图",
    "（资料图）", "（资料图片）", "（{o}/{n}）", "\u3000{n}/{o}", "（{n} 航拍）", "\u3000{o}\u3000{n}\u3000摄",
    "。{n} 摄影", "\u3000{n}\u3000摄影", "（{n} 拍摄）", "（{o}记者 {n} 手机拍摄）", "。（{o}资料图）", "（图片：{o}）",
    "。图片：{n}", "——图片来源：{o}", "【摄影/{n}】", "〔{n} 摄〕", "。{o}记者{n}摄影报道", "（{o} {n}/摄）",
    "（{o}发 {n}摄）", "\u3000{o}发", "（{o}/供图）", "。{o}/图", " [{n} 摄]", "（摄/{n}）", "（图源：{o}）", "（视频截图）",
    "（{o}视频截图）", "（截图自{o}）", "，{n}摄", "。 {o}记者 {n}、{m} 摄", "。{o}通讯员 {n} 摄", "（资料图）",
    "\u3000新华社记者 {n} 摄", "（左一为{n}）", "。摄影：{n}", "\u3000图/{o} {n}", "。图/{o}记者 {n}", "【图片来源：{o}】",
    "（图片由{o}提供）", "（{o}/{n} 摄）")
#: A credit after a caption's words, in any of ten wrappings (brackets, a gap, a stop, a dash).
WRAPPED_CREDITS = ("{n} 摄", "{n}/摄", "摄/{n}", "摄影：{n}", "摄影/{n}", "图：{o}", "图/{o}", "{o}供图", "{o}/{n}", "{n}/{o}",
                   "记者 {n} 摄", "{o}记者 {n} 摄", "图片来源：{o}", "资料图", "视频截图", "{o}记者{n}/摄", "{o} {n} 摄", "摄影 {n}",
                   "图 {o}", "{o}发", "{n} 拍摄", "{o}资料图", "供图：{o}")
WRAPPINGS = (("（", "）"), ("(", ")"), ("【", "】"), ("[", "]"), ("〔", "〕"), ("\u3000", ""), ("。", ""), (" ", ""), ("。\u3000", ""),
             ("——", ""))
CAPTION_MARKS = "▲△▶▷◎☆★↑→◇"
TITLE = "青山镇举办第三届农民趣味运动会"
BODY = ["本报讯 12月6日，青山镇举办第三届农民趣味运动会，来自全镇12个村的300余名村民参加了拔河、跳绳等比赛项目。",
        "运动会上，村民们你追我赶，现场气氛热烈。镇党委书记表示，将把运动会办成群众身边的品牌活动。",
        "据了解，青山镇近年来持续推进农村文化体育设施建设，全镇已建成村级体育健身场地26个。"]
DATES = ("2024-01-12", "2024年01月12日", "2024/01/12", "2024.01.12", "2024年1月12日")
TIMES = ("", "08:30", "08:30:15")
FIELD_SEPARATORS = ("\u3000", " ", "  ", " | ", "｜", "丨", " / ", "  |  ")
DATE_LABELS = ("发布时间：", "时间：", "发布日期：", "日期：", "更新时间：", "发表时间：", "")
SOURCE_LABELS = ("来源：", "来源:", "稿件来源：", "信息来源：", "文章来源：", "出处：", "")
CRUMB_SEPARATORS = (" > ", "＞", " » ", "-", " - ", " / ", "→", ">", "›", " · ", "｜")
CRUMBS = ("首页", "新闻", "国内", "时政", "要闻", "新闻中心", "本地新闻", "社会")
CRUMB_LEADS = ("", "当前位置：", "您的位置：", "位置：", "您现在的位置是：")


def bylines(rng: random.Random):
    """(family, line, kind) for every byline shape."""
    for left, right in BRACKETS:
        b = "B" if left else ""
        for outlet in ("", *OUTLETS[:6]):
            for role in BYLINE_ROLES:
                if outlet and role not in REPORTERS:
                    continue
                for sep in SEPARATORS:
                    o = "O" if outlet else ""
                    yield f"byline {b}{o}R{sep!r}N", f"{left}{outlet}{role}{sep}{rng.choice(NAMES)}{right}", "byline"
                    gap = rng.choice(("\u3000", " ", "，", "；", "、", " | "))
                    second = f"{gap}{rng.choice(BYLINE_ROLES)}{sep}{rng.choice(NAMES)}"
                    yield (f"byline {b}{o}R{sep!r}N, second credit",
                           f"{left}{outlet}{role}{sep}{rng.choice(NAMES)}{second}{right}", "byline")
        for sep in ("/", "／", "|", "｜", " ", "\u3000"):
            for act in ("文", "报道", "整理", "编译"):
                yield f"byline {b}N{sep!r}{act}", f"{left}{rng.choice(NAMES)}{sep}{act}{right}", "byline"


def captions(rng: random.Random):
    """(family, line, kind) for every caption shape."""
    for left, right in BRACKETS:
        for role in PHOTO_ROLES:
            for sep in SEPARATORS:
                for who, w in ((rng.choice(NAMES), "N"), (rng.choice(OUTLETS), "O")):
                    yield f"caption {'B' if left else ''}{role}{sep!r}{w}", f"{left}{role}{sep}{who}{right}", "caption"
    for credit in CAPTION_CREDITS:
        for topic in TOPICS:
            line = topic + credit.format(n=rng.choice(NAMES), m=rng.choice(NAMES), o=rng.choice(OUTLETS))
            yield f"caption …{credit}", line, "caption"
    for credit in WRAPPED_CREDITS:
        for left, right in WRAPPINGS:
            for topic in TOPICS[:2]:
                line = topic + left + credit.format(n=rng.choice(NAMES), o=rng.choice(OUTLETS)) + right
                yield f"caption …{left!r}{credit}{right}", line, "caption"
    for mark in CAPTION_MARKS:
        for topic in TOPICS:
            yield f"caption {mark}…", mark + topic, "caption"


def furniture(rng: random.Random):
    """(family, lines above the title) for every shape of page furniture."""
    for _ in range(1500):
        date = rng.choice(DATES) + (" " + rng.choice(TIMES) if rng.random() < 0.5 else "")
        sep, dl, sl = rng.choice(FIELD_SEPARATORS), rng.choice(DATE_LABELS), rng.choice(SOURCE_LABELS)
        dated, sourced = f"{dl}{date.strip()}", f"{sl}{rng.choice(OUTLETS)}"
        kind = rng.choice(("date source", "source date", "date", "source", "with author", "breadcrumb", "count"))
        if kind == "date source":
            yield f"furniture date{sep!r}source ({dl or '-'} {sl or '-'})", [dated + sep + sourced]
        elif kind == "source date":
            yield f"furniture source{sep!r}date ({sl or '-'} {dl or '-'})", [sourced + sep + dated]
        elif kind == "date":
            yield f"furniture date ({dl or '-'})", [dated]
        elif kind == "source":
            yield f"furniture source ({sl or '-'})", [sourced]
        elif kind == "with author":
            extra = rng.choice(("作者：王小明", "编辑：王小明", "责任编辑：王小明", "字号：大 中 小"))
            yield f"furniture date, source, author{sep!r}", [dated + sep + sourced + sep + extra]
        elif kind == "breadcrumb":
            crumbs = rng.sample(CRUMBS, rng.choice((2, 3)))
            lead, bar = rng.choice(CRUMB_LEADS), rng.choice(CRUMB_SEPARATORS)
            yield f"furniture breadcrumb {lead or '-'}{bar!r}", [lead + bar.join(crumbs)]
        else:
            label = rng.choice(("阅读", "浏览", "点击", "阅读量", "浏览量", "浏览次数", "点击量"))
            yield "furniture count", [f"{label}{rng.choice(('：', '', ':', ' '))}{rng.randint(10, 99999)}{rng.choice(('', '次'))}"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", type=int, default=0, help="list up to N misses of each family read below 100%%")
    ap.add_argument("--traditional", action="store_true", help="write every line in traditional script first")
    args = ap.parse_args()
    to_traditional: dict[int, str] = {}
    if args.traditional:
        for trad, simp in sorted(TO_SIMPLIFIED.items()):
            simp_ch = chr(simp) if isinstance(simp, int) else simp
            if simp_ch and len(simp_ch) == 1 and simp_ch != chr(trad):
                to_traditional.setdefault(ord(simp_ch), chr(trad))
    def written(line: str) -> str:
        return line.translate(to_traditional) if to_traditional else line

    rng = random.Random(2026)
    seen: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))  # group -> family -> [ok, miss...]
    for family, line, want in (*bylines(rng), *captions(rng)):
        line = written(line)
        got = classify_line(line)
        seen[family.split()[0]][family].append(None if got == want else f"{line!r} -> {got}")
    singles = list(furniture(rng))
    pairs = [("furniture, two lines", [*a, *b]) for (_, a), (_, b) in (rng.sample(singles, 2) for _ in range(1000))]
    for family, head in (*singles, *pairs):
        title, body = written(TITLE), [written(p) for p in BODY]
        a = newsclean.clean("\n\n".join([*map(written, head), title, *body]))
        ok = a.title == title and a.paragraphs == body
        seen["furniture"][family].append(None if ok else f"{head!r} -> title {a.title!r}")
    for group, families in seen.items():
        cases = [r for rows in families.values() for r in rows]
        missed = [f for f, rows in families.items() if any(rows)]
        print(f"{group:<10} {len(cases) - sum(map(bool, cases)):>5} of {len(cases):>5} read right "
              f"({1 - sum(map(bool, cases)) / len(cases):.1%}); {len(families) - len(missed)} of {len(families)} families whole")
        if args.show:
            for f in sorted(missed, key=lambda f: -sum(map(bool, families[f]))):
                rows = families[f]
                bad = [r for r in rows if r]
                print(f"  {len(bad):>3}/{len(rows):<3} {f}: " + "; ".join(bad[:args.show]))


if __name__ == "__main__":
    main()
