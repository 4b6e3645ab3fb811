"""Tables for every normaliser: what it changes, and inputs it must leave alone."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.normalize import NORMALIZERS, apply_changes, to_simplified

_PARA = "这是一个被硬换行的段落，它在固定宽度处被切断了，然后继续写下去，直到这一段结束。"
_MIXED = "2019年GDP增长了6.1%，总量接近100万亿元，人均GDP突破1万美元，创历史新高。"


def _wrap(text: str, width: int) -> str:
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


#: a paragraph holding a full-width space where a wrap at 16 falls (the end of its third line)
_SPACED = _PARA + _PARA[:6] + "［　详细　］" + _PARA[20:]
#: paragraphs one per line, under a title: a paragraph cut mid-sentence (a caption came
#: between its halves) as long as the copy of the paragraph under it, a caption that ends a
#: sentence, then paragraphs longer than both
_CUT_BESIDE_COPY = ["青山镇举办农民运动会", "1月12日，青山镇第三届农民趣味运动会在文化广场开幕。",
                    "来自全镇十二个村的三百多名村民踊跃报名参加了拔河和推小", "1月12日，青山镇第三届农民趣味运动会在文化广场开幕。",
                    "图为拔河比赛现场。", "车等八个项目的比赛，赛场上加油声此起彼伏，村民们玩得十分开心，一直持续到傍晚。",
                    "镇文化站负责人介绍，运动会已连续举办三届，今后还将增加更多适合老年人参加的项目。"]
#: a text wrapped at 16 with one paragraph pasted into it whole
_WRAPPED_WITH_ONE_WHOLE = ["青山镇运动会开幕", *[_wrap(p, 16) for p in (_PARA, _PARA[1:] + "。", _PARA[2:] + "！")],
                           "镇文化站负责人介绍，运动会已连续举办三届，今后还将增加更多适合老年人参加的项目。",
                           _wrap(_PARA[3:] + "。", 16)]
#: indented paragraphs one per line; the second is as long as the first with its indentation
#: and a trailing space; the last two, of one length, each end a sentence
_ONE_PER_LINE = ["　　" + _PARA[:20], "　　" + _PARA[20:37] + "　", "　　" + _PARA[:10] + "。",
                 "　　" + _PARA[:23] + "。", "　　" + _PARA[1:24] + "。"]
_INDENTED = "青山镇运动会开幕\n\n　　第一段说了一件事。\n\n{}\n\n　　第三段又说了一件事。\n\n　　第四段。\n"
CASES = {
    "decode_html_entities": [
        ("你好&nbsp;世界", "你好\xa0世界"),
        ("&ldquo;好&rdquo;", "“好”"),
        ("&#8220;好&#x201D;", "“好”"),
        ("A&amp;amp;B", "A&B"),
        ("AT&T 公司", "AT&T 公司"),
        ("&unknown; 保持", "&unknown; 保持"),
        ("5 & 6", "5 & 6"),
    ],
    "strip_html_tags": [
        ("第一段<br>第二段", "第一段\n第二段"),
        ("<p>段落</p>", "\n段落\n"),
        ("<span style='x'>重要</span>新闻", "重要新闻"),
        ("前<!-- 注释 -->后", "前后"),
        ("<script>var a = 1;</script>正文", "正文"),
        ("a<b且c>d", "a<b且c>d"),
        ("x < y 且 y > z", "x < y 且 y > z"),
        ("《人民日报》", "《人民日报》"),
    ],
    "unify_line_endings": [
        ("一\r\n二\r三", "一\n二\n三"),
        ("一\u2028二\x0c三", "一\n二\n三"),
        ("一\n二", "一\n二"),
    ],
    "remove_invisible": [
        ("你\u200b好\u200c世\u200d界", "你好世界"),
        ("\ufeff标题", "标题"),
        ("中\u2060文\u00ad字", "中文字"),
        ("控\x07制\x1b符\x85", "控制符"),
        ("保留\t制表\n换行", "保留\t制表\n换行"),
        ("👨\u200d👩\u200d👧", "👨\u200d👩\u200d👧"),
        ("第一行\n第二行\n第三\u200b行", "第一行\n第二行\n第三行"),
    ],
    "strip_line_blanks": [
        ("　　首行缩进", "首行缩进"),
        ("  空格缩进\n\t制表缩进", "空格缩进\n制表缩进"),
        ("尾随空白 \u3000\t", "尾随空白"),
        ("\xa0\xa0正文", "正文"),
        ("现场考察 对标先进", "现场考察 对标先进"),
    ],
    "normalize_spaces": [
        ("甲\xa0乙", "甲 乙"),
        ("编辑：王伟\u3000审核：李娜", "编辑：王伟 审核：李娜"),
        ("two  spaces", "two spaces"),
        ("thin\u2009space", "thin space"),
        ("one space", "one space"),
        ("第一行\n第二行\n第三\u3000行", "第一行\n第二行\n第三 行"),
        ("第一行\n第二  行", "第一行\n第二 行"),
    ],
    "fold_fullwidth_alnum": [
        ("２０１２年", "2012年"),
        ("ＶＩＰ客户", "VIP客户"),
        ("ｈｅｌｌｏ", "hello"),
        ("你好，世界！（）：；", "你好，世界！（）：；"),
        ("　全角空格　", "　全角空格　"),
    ],
    "cjk_ellipsis": [
        ("他说。。。好", "他说……好"),
        ("等等...", "等等……"),
        ("...然后", "……然后"),
        ("wait...", "wait..."),
        ("1...5", "1...5"),
        ("这是……", "这是……"),
    ],
    "cjk_dashes": [
        ("北京--中国的首都", "北京——中国的首都"),
        ("--桂林机关党建侧记", "——桂林机关党建侧记"),
        ("a--b", "a--b"),
        ("--verbose", "--verbose"),
    ],
    "cjk_quotes": [
        ('他说"你好"。', "他说“你好”。"),
        ("所谓'创新'就是", "所谓‘创新’就是"),
        ('"好"', "“好”"),
        ('He said "hello".', 'He said "hello".'),
        ("don't stop", "don't stop"),
        ('"开头的引文跨段', "“开头的引文跨段"),
        ("“已经是弯引号”", "“已经是弯引号”"),
    ],
    "fullwidth_punctuation": [
        ("你好,世界.", "你好，世界。"),
        ("注意:下雨;带伞", "注意：下雨；带伞"),
        ("真的吗?太好了!", "真的吗？太好了！"),
        ("好吗?!", "好吗？！"),
        ("(记者 张三)", "（记者 张三）"),
        ("北京(Beijing)", "北京（Beijing）"),
        ("共1,000人", "共1,000人"),
        ("增长3.5%", "增长3.5%"),
        ("上午10:30开会", "上午10:30开会"),
        ("见http://www.example.com/a?b=1", "见http://www.example.com/a?b=1"),
        ("邮箱abc@example.com。", "邮箱abc@example.com。"),
        ("Hello, world. (yes)", "Hello, world. (yes)"),
        ("版本v2.0发布", "版本v2.0发布"),
        ("时间:10点", "时间：10点"),
        ("U.S.政策", "U.S.政策"),
        ("文件report.pdf", "文件report.pdf"),
    ],
    "drop_cjk_spaces": [
        ("我们 的 国家很好。", "我们的国家很好。"),
        ("发展 。 同时", "发展。同时"),
        ("现场考察 对标先进共提升", "现场考察 对标先进共提升"),
        ("本报记者张婷婷 通讯员汪毅 马树超 文/摄", "本报记者张婷婷 通讯员汪毅 马树超 文/摄"),
        ("我 们 的 国 家", "我们的国家"),
        ("新华社北京1月31日电 会议在京召开。", "新华社北京1月31日电 会议在京召开。"),
        ("使用 Python 编程，很好。", "使用 Python 编程，很好。"),
    ],
    "join_hard_wraps": [
        (_wrap(_PARA, 16) + "\n\n下一段。", _PARA + "\n\n下一段。"),
        (_wrap(_PARA, 13) + "\n下一段。", _PARA + "\n下一段。"),
        (_wrap(_MIXED, 15) + "\n\n下一段。", _MIXED + "\n\n下一段。"),
        ("第一段文字很长很长很长很长很长。\n第二段文字也很长很长很长很长。", "第一段文字很长很长很长很长很长。\n第二段文字也很长很长很长很长。"),
        ("春眠不觉晓，\n处处闻啼鸟。\n夜来风雨声，\n花落知多少。", "春眠不觉晓，\n处处闻啼鸟。\n夜来风雨声，\n花落知多少。"),
        ("标题\n\n正文", "标题\n\n正文"),
        ("标题在这里很长很长很长很长\n\n正文", "标题在这里很长很长很长很长\n\n正文"),
        # a wrap that breaks a number leaves "9.99%" at a line start: not a list item "9."
        (_wrap("贵金属纯度由原来的九成提高到99.99%，达到国际先进水平，为企业增效。", 15),
         "贵金属纯度由原来的九成提高到99.99%，达到国际先进水平，为企业增效。"),
        # a no-break space that ends a paragraph's indentation took a place in the wrap's width
        ("标题\n\n" + "\n\n".join("　　" + _wrap(p, 16) for p in (_PARA, "\u00a0" + _PARA[2:] + "还有。")) + "\n",
         "标题\n\n" + "\n\n".join("　　" + p for p in (_PARA, "\u00a0" + _PARA[2:] + "还有。")) + "\n"),
        # a space of the text where the wrap fell, at the first line's end
        ("标题\n\n" + "\n\n".join(_wrap(p, 16) for p in (_PARA, _PARA[:15] + " " + _PARA[15:] + "还有。")) + "\n",
         "标题\n\n" + "\n\n".join((_PARA, _PARA + "还有。")) + "\n"),
        # nor the middle dot of a name that the wrap put first a list item "·"
        (_wrap("美国杂志网站援引阿富汗政治观察家扎基尔·贾拉利的分析称，和平进程仍存在许多变数。", 19) + "\n\n下一段。",
         "美国杂志网站援引阿富汗政治观察家扎基尔·贾拉利的分析称，和平进程仍存在许多变数。\n\n下一段。"),
        # nor a hyphen between figures ("737-800") at a line start a list item "-"
        (_wrap("当天，该公司一架波音737-800客机在抵达目的地后被发现机身上一块外部面板缺失。", 13) + "\n\n下一段。",
         "当天，该公司一架波音737-800客机在抵达目的地后被发现机身上一块外部面板缺失。\n\n下一段。"),
        ("第一项工作要求如下内容很多\n1. 第二项工作要求如下内容多\n2. 结束", "第一项工作要求如下内容很多\n1. 第二项工作要求如下内容多\n2. 结束"),

        # three short paragraphs wrapped once each, at one width
        ("\n\n".join(_wrap(p, 22) for p in (_PARA, _PARA[1:] + "。", _PARA[3:] + "！")),
         "\n\n".join((_PARA, _PARA[1:] + "。", _PARA[3:] + "！"))),
        # one paragraph per line: a heading and a paragraph of one length are not a wrap when
        # many lines are longer than that
        ("\n".join(["党的领导", _PARA[:20], _PARA[:19] + "。"] + [_PARA + _PARA] * 5),
         "\n".join(["党的领导", _PARA[:20], _PARA[:19] + "。"] + [_PARA + _PARA] * 5)),
        # a long title without a comma, as long as the lead under it: a title, not a wrap
        ("青山镇第三届农民趣味运动会隆重开幕 三百多名村民参加拔河推小车等八个项目比赛\n"
         "1月12日上午，青山镇文化广场上锣鼓喧天，第三届农民趣味运动会在这里开幕了。\n"
         "来自全镇十二个村的三百多名村民报名参加了比赛。",
         "青山镇第三届农民趣味运动会隆重开幕 三百多名村民参加拔河推小车等八个项目比赛\n"
         "1月12日上午，青山镇文化广场上锣鼓喧天，第三届农民趣味运动会在这里开幕了。\n"
         "来自全镇十二个村的三百多名村民报名参加了比赛。"),
        # a date line and a title of one length above a byline: two lines, not a wrap
        ("2024-01-12 08:30 来源：青山日报\n城郊小镇办起冬季农民运动会，全镇村民参与热情高涨\n责任编辑：陈晓",
         "2024-01-12 08:30 来源：青山日报\n城郊小镇办起冬季农民运动会，全镇村民参与热情高涨\n责任编辑：陈晓"),
        # the wrap fell before a dash: a last line that opens with one and ends the sentence
        # is the paragraph's end; one that ends no sentence is an attribution line
        ("吴江区区长兼太浦河区级河长李铭\n，不管多忙，每月都要抽一天巡河\n——这是上海备用水源地之一。\n\n下一段。",
         "吴江区区长兼太浦河区级河长李铭，不管多忙，每月都要抽一天巡河——这是上海备用水源地之一。\n\n下一段。"),
        ("吴江区区长兼太浦河区级河长李铭\n，不管多忙，每月都要抽一天巡河\n——记太浦河区级河长\n\n下一段。",
         "吴江区区长兼太浦河区级河长李铭\n，不管多忙，每月都要抽一天巡河\n——记太浦河区级河长\n\n下一段。"),
        # paragraphs indented between blank lines: an indented line that ends no sentence and
        # the flush, shorter line under it are one paragraph wrapped once
        (_INDENTED.format("　　" + _PARA[:24] + "\n" + _PARA[24:]), _INDENTED.format("　　" + _PARA)),
        (_INDENTED.format("  " + _PARA[:24] + "\n" + _PARA[24:] + "\n"), _INDENTED.format("  " + _PARA + "\n")),
        # not when the second line is indented too, or longer, or the first ends a sentence, or
        # when the text's paragraphs are not indented
        (_INDENTED.format("　　" + _PARA[:24] + "\n　　" + _PARA[24:]), _INDENTED.format("　　" + _PARA[:24] + "\n　　" + _PARA[24:])),
        (_INDENTED.format("　　" + _PARA[:21] + "\n" + _PARA[:24]), _INDENTED.format("　　" + _PARA[:21] + "\n" + _PARA[:24])),
        (_INDENTED.format("　　" + _PARA[:23] + "。\n" + _PARA[24:]), _INDENTED.format("　　" + _PARA[:23] + "。\n" + _PARA[24:])),
        (_INDENTED.replace("　　", "").format(_PARA[:24] + "\n" + _PARA[24:]), _INDENTED.replace("　　", "").format(_PARA[:24] + "\n" + _PARA[24:])),
        # a wrap that fell after a space of the text: the line is full with the space (which
        # the joined paragraph loses, as it loses the blanks at every line's edges)
        (_wrap(_SPACED, 16) + "\n\n下一段。", _SPACED.replace("［　", "［") + "\n\n下一段。"),
        # a caption of one full line and a short one whose wrap fell after a space of the text
        # (`…记者 王小明 ` / `摄）`): joined once the text's width is known; not when the line
        # ends a sentence
        ("\n\n".join(_wrap(p, 16) for p in (_PARA, _PARA[1:] + "。")) + "\n\n▲青山运动会现场（记者 王小明 \n摄）\n",
         "\n\n".join((_PARA, _PARA[1:] + "。")) + "\n\n▲青山运动会现场（记者 王小明摄）\n"),
        ("\n\n".join(_wrap(p, 16) for p in (_PARA, _PARA[1:] + "。")) + "\n\n村民们参加了拔河和推小车比赛。 \n下一段。\n",
         "\n\n".join((_PARA, _PARA[1:] + "。")) + "\n\n村民们参加了拔河和推小车比赛。 \n下一段。\n"),
        # paragraphs one per line, indented: a line as long as the one above only with its
        # indentation and a trailing space is a paragraph of its own, not a wrapped line
        ("\n".join(_ONE_PER_LINE), "\n".join(_ONE_PER_LINE)),
        # one paragraph per line: a cut paragraph and the copy under it, of one length, then
        # a caption that ends a sentence, are no wrap when paragraphs longer than them end
        # sentences under the title
        ("\n".join(_CUT_BESIDE_COPY), "\n".join(_CUT_BESIDE_COPY)),
        # but a long wrapped text with one paragraph pasted in whole is still joined
        ("\n\n".join(_WRAPPED_WITH_ONE_WHOLE),
         "\n\n".join(["青山镇运动会开幕", _PARA, _PARA[1:] + "。", _PARA[2:] + "！", _WRAPPED_WITH_ONE_WHOLE[4], _PARA[3:] + "。"])),
        # a paragraph scraped three times makes three lines of one length: copies, not a wrap
        ("公众可以在网站上查询所植树木的生长情况。［详细］\n" * 3 + "下一段。", "公众可以在网站上查询所植树木的生长情况。［详细］\n" * 3 + "下一段。"),
        # and so are copies that differ only in full-width figures (５月２７日, a noisy copy), and a
        # paragraph cut mid-sentence under them stays apart from the caption that interrupts it
        ("5月27日，全镇村民参加了运动会开幕式。\n" * 2 + "５月２７日，全镇村民参加了运动会开幕式。\n"
         "上午，锣鼓喧天，全镇村民都在参加拔河比赛\n（拔河比赛，记者王小明/摄）\n，比赛开始了。",
         "5月27日，全镇村民参加了运动会开幕式。\n" * 2 + "５月２７日，全镇村民参加了运动会开幕式。\n"
         "上午，锣鼓喧天，全镇村民都在参加拔河比赛\n（拔河比赛，记者王小明/摄）\n，比赛开始了。"),
    ],
}


@pytest.mark.parametrize(
    "step, text_in, text_out",
    [(step, i, o) for step, rows in CASES.items() for i, o in rows],
    ids=[f"{step}-{k}" for step, rows in CASES.items() for k in range(len(rows))],
)
def test_normaliser(step: str, text_in: str, text_out: str) -> None:
    fn = NORMALIZERS[step]
    assert fn(text_in) == text_out
    assert fn(text_out) == text_out  # idempotent
    changes: list = []
    assert fn(text_in, changes) == text_out
    assert apply_changes(text_in, changes) == text_out  # the record replays
    assert bool(changes) == (text_in != text_out)  # recorded only when something changed


def test_what_the_space_and_invisible_steps_change_is_unprintable() -> None:
    """`remove_invisible` and `normalize_spaces` return a text whose characters are all
    printable (line breaks aside) as it stands: no character they change may be printable."""
    import re

    from newsclean import resources as R

    odd = re.compile(R._ODD_SPACE)
    for c in map(chr, range(0x110000)):
        if R.INVISIBLE_NO_ZWJ.match(c) or odd.match(c) or c == "\u200d":
            assert not c.isprintable(), hex(ord(c))


def test_every_normaliser_has_cases() -> None:
    assert set(CASES) | {"to_simplified"} == set(NORMALIZERS)


def test_to_simplified() -> None:
    pytest.importorskip("opencc")
    changes: list = []
    assert to_simplified("中國國際新聞", changes) == "中国国际新闻"
    assert [c[2] for c in changes] == ["國", "國", "際", "聞"]
    assert to_simplified("中国") == "中国"


def test_to_simplified_is_off_by_default() -> None:
    assert newsclean.normalize("中國") == "中國"
    pytest.importorskip("opencc")
    assert newsclean.normalize("中國", to_simplified=True) == "中国"


def test_normalize_issue_examples() -> None:
    text = "　　２０１２年,ＶＩＰ客户说\"你好\"。。。\r\n\r\n下一段&nbsp;正文\u200b."
    assert newsclean.normalize(text) == "2012年，VIP客户说“你好”……\n\n下一段正文。"


def test_normalize_accepts_none_and_rejects_bytes() -> None:
    assert newsclean.normalize(None) == ""  # type: ignore[arg-type]
    assert newsclean.normalize("") == ""
    with pytest.raises(TypeError, match="clean"):
        newsclean.normalize(b"bytes")  # type: ignore[arg-type]


def test_steps_can_be_switched_off() -> None:
    assert newsclean.normalize("你好,世界", fullwidth_punctuation=False) == "你好,世界"
    with pytest.raises(newsclean.ConfigError, match="did you mean 'cjk_quotes'"):
        newsclean.normalize("x", cjk_quote=False)


def test_fullwidth_punctuation_is_idempotent_along_a_run_of_marks() -> None:
    from newsclean.normalize import fullwidth_punctuation

    for text in ("，)?;!)。", "中,(?!:;)", "好!!?(,,)"):
        once = fullwidth_punctuation(text)
        assert fullwidth_punctuation(once) == once, (text, once)


@pytest.mark.parametrize("text", ["(\"。。 。\n...:", "\u200b...。\u3000。.“&amp;。", "中...。\u200d\u3000。\u200d.\t ”\u3000,"])
def test_normalize_is_idempotent_when_a_late_step_makes_work_for_an_earlier_one(text: str) -> None:
    # dropping the space in "。 。。" makes an ellipsis after the ellipsis step has run
    import newsclean

    once = newsclean.normalize(text)
    assert newsclean.normalize(once) == once
