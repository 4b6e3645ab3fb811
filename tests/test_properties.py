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


# --- fast paths agree with the plain reference they replace ---------------------------------

JOINER_TEXT = st.text(alphabet="中a \u200d\ufe0f\u200b\u00ad\x07😀👨❤\n", max_size=40)


@relaxed
@given(JOINER_TEXT)
def test_remove_invisible_agrees_with_the_pattern(text: str) -> None:
    # the joiner path judges each U+200D by its neighbours; the reference is one pass of
    # resources.INVISIBLE (a look-behind scan) over the text
    from newsclean import resources as R
    from newsclean.normalize import _sub, remove_invisible

    fast: list = []
    ref: list = []
    assert remove_invisible(text, fast) == _sub(R.INVISIBLE, lambda m: "", text, ref, once=True)
    assert fast == ref


CUE_TEXT = st.lists(st.sampled_from([
    "记者", "通讯员", "本报", "新华社", "青山日报", "摄", "图", "照片", "视频", "供图", "编辑", "责任编辑", "来源",
    "作者", "：", ":", "/", "｜", "|", "丨", "（", "）", "【", "】", "[", "]", "·", " ", "　", "2023", "-", "05", "年",
    "月", "日", "12:30", "首页", ">", "王小明", "网", "讯", "次", "阅读", "浏览", "位置", "返回", "现场", "资料",
    "设计", "绘", "网络", "发", "CFP", "提供", "左", "右", "文", "版", "推荐", "详情", "标签", "栏目", "分享到",
    "发布时间", "关注", "转载", "评论部", "截图自", "整理", "摄影", "出品人", "A-", "A+", "评论 (", "收录于", "听新闻", "阅读原文", "出品", "值班", "均来自", "漫画", "二维码", "索引号", "【作者：", "】【", "手机看", "一审", "Photo", "By", "Editor:", "by", "[", "]", "总台", "供稿）", "【摄影：", "客户端", "点击", "蓝字", "关注", "我要", "第A03版", "IP属地", "采访人员", "总策划", "主持人", "鸣谢", "航拍图", "人民视觉", "END", "原创", "置顶", "微信", "QQ", "制表", "本期", "APP", "条评论", "扫一扫", "在看", "小时前", "人阅读", "猜你喜欢", "要闻", "视觉中国", "资料来源", "转自", "综合", "消息", "放大", "默认", "播放", "加载", "作者系", "资料图", "★", "@", "#", "讯", "来自", "视频时长", "转发", "中心", "附件", "风险提示", "封面", "频道", "文号", "财经", "一张", "原图", "大图", "基金", "出镜", "编导", "节目", "画面来源", "日消息", "下方", "本文由", "译者", "Tech", "正文", "页", "ICP", "公网安备", "Copyright", "©", "主办", "。", "，", "的"]), max_size=10).map("".join)


#: Lines each part of the cues is for (written for the project): a gate must let them through.
CUE_LINES = [
    "本文共阅读128次", "阅读：128", "2023-05-12 12:30 来源：青山日报", "2023-05-12", "2023年5月12日 星期五",
    "当前位置：首页 > 国内", "首页 | 新闻 | 正文", "青山日报 > 要闻", "【青山日报】", "青山日报官网", "本网讯", "网站导航",
    "新闻详情", "编辑推荐", "青山日报 · 要闻", "分享到：微信", "发布时间：2023-05-12", "Tags：两会", "栏目：要闻",
    "< 返回列表", "上一篇", "青山日报-要闻", "字号：大 中 小", "【打印】 【关闭】", "大 中 小",
    "图为会议现场", "资料图片：会议", "【现场图】会议", "点击查看大图", "（上图）会议", "海报设计：王小明",
    "摄影记者 王小明", "（王小明 摄）", "王小明／青山日报", "会议【图片】", "会议现场图", "青山日报图片中心",
    "会议 王小明/图", "会议（CFP）", "会议 图/新华社", "会议（来源：网络）", "会议。图片来自网络", "会议。新华社发",
    "会议（图源：青山日报）", "会议（图片源自青山日报）", "会议（图片由王小明提供）", "王小明 摄",
    "本版图片均由青山日报提供", "张三（右）在会场", "无人机拍摄的会场",
    "本报记者 王小明", "责任编辑：王小明", "（编辑 张三）", "【纠错】", "王小明（本报记者）", "【记者】王小明",
    "【来源】青山日报", "（青山日报·王小明）", "（完）", "青山日报·王小明", "本报讯 记者王小明", "王小明/文",
    "（新华社）", "文/王小明", "文/摄", "青山日报供稿", "欢迎关注青山日报", "本报评论部", "转载请注明出处",
    "［责任编辑：王小明］", "会议现场　摄影/王小明", "会场一角 图片/青山日报",
    "截图自青山日报微博", "视频截自青山日报客户端", "（摄影王小明）", "会场一角（摄影 王小明）", "（王小明 整理）",
    "（王小明采访整理）", "出品人：王小明", "制片人：王小明", "A- A+", "评论 (34)", "点赞（12）",
    "收录于合集", "听新闻", "青山日报　要闻", "原创 王小明 青山日报 2024-01-12", "2024-01-12  第 048 版", "字号：A+ A A-",
    "点击“阅读原文”查看更多", "本文图片均来自青山日报", "青山日报融媒体中心出品", "值班主任：王小明",
    "漫画：王小明", "（王小明 航拍）", "扫描二维码 手机看新闻", "索引号：000014349", "【作者：王小明】【来源：青山日报】",
    "手机看新闻", "一审：王小明", "技术支持：青山日报", "扫一扫在手机打开当前页",
    "Photo by 王小明", "Photo: 青山日报", "By 王小明", "Editor: 王小明", "Edited by Wang", "[青山日报记者 王小明 摄]",
    "（编辑 王小明 校对 李春华）", "审核人：王小明", "本报讯（通讯员 王小明）",
    "（青山日报供稿）", "村民参加拔河比赛【摄影：王小明】", "总台记者 王小明", "【央视新闻】", "青山日报客户端",
    "点击上方蓝字关注我们", "长按识别 关注青山日报",
    "青山日报数字报 第A03版：要闻", "IP属地：北京", "＋关注", "我要分享", "00:00 / 03:18", "采访人员 王小明",
    "总策划：王小明", "作者单位：青山日报", "特别鸣谢：青山日报", "主持人：王小明", "王小明｜文", "（航拍图）广场",
    "会议。青山新闻发", "王小明摄（人民视觉）",
    "首页 - 新闻 - 国内", "新闻中心 / 国内新闻", "微信 微博 QQ", "已关注", "置顶", "阅读 1.2万", "【我要纠错】",
    "制表：王小明", "（点击图片可放大）", "【青山日报】记者王小明报道", "本期统筹：王小明", "— END —", "本文系青山日报原创",
    "打开APP阅读全文", "0条评论", "微信扫一扫", "在看", "01-12 10:30", "3小时前", "1024人阅读", "点赞 12", "A3版",
    "要闻 | 青山日报", "【青山日报·要闻】", "青山日报 2024年01月12日", "来自：青山日报", "猜你喜欢", "编辑：王小明",
    "视觉中国", "【摄影】王小明", "资料来源：青山统计局", "文：王小明", "转自：青山日报", "（青山日报记者）",
    "（本报综合）", "（综合青山日报报道）", "本文综合自青山日报", "青山日报消息", "放大 缩小 默认", "正在播放", "加载中…",
    "播放量：155", "字号：默认 大 超大",
    "资料图（青山日报）", "作者系青山日报记者", "（青山日报/王小明）",
    "(Xinhua/Wang Xiaoming)", "File photo", "更多内容请下载青山日报客户端",
    "村民参加拔河比赛（受访单位提供）",
    "来自iPhone客户端", "（青山县融媒体中心）", "香港商报讯", "@青山日报", "视频时长 02:35", "#青山镇农民运动会#",
    "转发 评论 赞", "发布于 2小时前", "首发：青山日报客户端",
    "附件：相关文件.doc", "风险提示：本文不构成投资建议", "封面：青山镇文化广场", "界面新闻记者 | 王小明", "（体育频道 王小明）",
    "文号：青政发〔2024〕1号", "青山日报 | 财经",
    "上一张 下一张", "查看原图", "高清大图", "基金项目：青山大学青年基金", "出镜记者：王小明", "编导：王小明", "节目：新闻联播",
    "村民参加拔河比赛（画面来源：青山日报）",
    "青山科技 1月12日消息", "点击下方小程序", "本文由青山日报原创", "译者：王小明", "【TechWeb】", "文章正文",
    "第1页 共3页", "1 2 3 下一页", "京ICP备12345678号", "京公网安备 11010502030000号", "主办：青山市人民政府办公厅",
    "Copyright © 2024 青山日报",
    "分享到：微信 微博 QQ空间", "上一篇：村民们参加拔河比赛", "【打印】 【关闭】", "点赞 在看 转发", "浏览次数：1234",
    "关注“青山发布”微信公众号，获取更多资讯", "扫一扫，用手机看新闻", "发布时间：2024-01-12 10:30", "字号：大 中 小",
]


def _gates_hold(text: str) -> None:
    from newsclean import restore as R

    for cue in (R.FURNITURE, R.CAPTION_CUE, R.BYLINE_CUE, R.PAGE_INTERFACE):
        for find, gate, keyed, at_end in cue.parts:
            if find(text[-cue.tail:] if at_end else text):
                assert gate is None or gate(text), (text, find)
                assert not keyed or not keyed.isdisjoint(cue.held(text)), (text, find)


@pytest.mark.parametrize("line", CUE_LINES)
def test_cue_gates_pass_the_lines_they_are_for(line: str) -> None:
    # every part of a cue is tried only when its gate finds what its matches hold: a part
    # that matches a line must have a gate that lets the line through
    from newsclean import restore as R

    _gates_hold(line)
    assert any(cue.search(line) for cue in (R.FURNITURE, R.CAPTION_CUE, R.BYLINE_CUE)), line


@relaxed
@given(CUE_TEXT)
def test_cue_gates_only_skip_what_cannot_match(text: str) -> None:
    _gates_hold(text)


GAP_TEXT = st.lists(st.sampled_from([
    "王小明", "青山日报", "青山县", "报", "报社", "中心", "融媒体中心", "新闻中心", "电视台", "图", "图片", "摄", "摄影", " ", "　",
    "\u00a0", "视觉中国", "人民视觉", "东方IC", "IC photo", "CFP", "新华社发", "中新社发", "图虫创意", "供图", "社", "网", "本报",
    "记者", "会议现场", "·", "（", "）"]), max_size=8).map("".join)


@relaxed
@given(GAP_TEXT)
def test_the_gap_patterns_gates_only_skip_what_cannot_match(text: str) -> None:
    # `classify_line` tries these patterns of a line with gaps only when the line holds
    # what every match holds (an `in` test first): a match without it would be skipped
    from newsclean import restore as R

    s = text.strip()
    if R._AGENCY_AFTER_GAP.search(text):
        assert any(w in text for w in ("视觉", "IC", "CFP", "社发", "图虫")), text
    if R._PHOTO_THEN_NAME.search(s):
        assert "图" in s or "摄" in s, s
    if R._SOURCE_THEN_PHOTO.match(s):
        assert s.endswith("图"), s
    if R._ORG_THEN_NAME.match(s):
        assert "报" in s or "中心" in s or "电视台" in s, s


@pytest.mark.parametrize("line, kind", [
    ("会议现场　　人民视觉", "caption"), ("会议现场　东方IC", "caption"), ("会议现场　新华社发", "caption"),
    ("图　王小明", "caption"), ("会议现场　摄影　王小明", "caption"), ("青山日报　图", "caption"),
    ("青山县融媒体中心　王小明", "byline"), ("青山电视台　王小明", "byline"),
])
def test_lines_with_gaps_that_the_gates_let_through(line: str, kind: str) -> None:
    from newsclean.restore import classify_line

    assert classify_line(line) == kind
