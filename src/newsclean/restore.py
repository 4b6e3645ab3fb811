"""Restore a garbled article's structure: page furniture, title and subtitles, captions and
bylines, repeated and near-duplicate blocks, spliced sentences, paragraphs split around a
caption or heading, and truncation that cannot be repaired.

Every decision is an `Edit` with its rule (`step`), what it did, the text, the reason and,
where there is one, a score. The rules read general cues (position, length, credit words,
symbols, punctuation), never the wording of particular templates.
"""
from __future__ import annotations

import bisect
import itertools
import math
import operator
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from typing import Any

import regex
from rapidfuzz import fuzz
from rapidfuzz.distance import Hamming

from . import recache
from .document import Article, Block, Edit
from .lexicon import first_word, last_word, segment_logp, word_end_share, word_start_share, word_table
from .resources import LIST_ITEM, PROSE_PUNCT, TO_SIMPLIFIED
from .segment import sentence_texts

__all__ = ["restore", "classify_line", "is_heading"]

# --- cues ---------------------------------------------------------------------------------

class _Cue:
    """A cue in parts, each cheap to test (a `regex` scan costs about 20 ns a character at
    every place it may start, and a pattern that can match in many ways costs more):
    patterns anchored at the start of a line, tried there only; patterns anchored at its
    end, searched backwards on its last `tail` characters (longer than any of their
    matches); and patterns that may stand anywhere. A part comes with the strings one of
    which every match holds (none: always tried), or a pattern every match holds: a part is
    tried only on a line that holds them, which costs a fraction of trying the pattern. The
    strings of all the parts are found in one scan of the line, once the parts without
    strings are tried (most lines hold none), and the parts they gate are tried in order. A
    part's pattern is compiled when it is first tried (`_Deferred`): the standard engine
    takes ~2 ms to compile a pattern with the Han class, and a run on one file tries a
    fraction of them."""

    __slots__ = ("parts", "tail", "firsts", "opening", "inside", "patterns", "unkeyed", "of_key")

    def __init__(self, start: tuple[tuple[str, tuple[str, ...] | str], ...],
                 end: tuple[tuple[str, tuple[str, ...] | str], ...] = (), *, tail: int = 40,
                 anywhere: tuple[tuple[str, tuple[str, ...] | str], ...] = ()):
        # (test, gate, whether the gate looks for strings, whether the test reads the end)
        specs = [(p, keys, method, at_end)
                 for group, method, at_end in ((start, "match", False), (end, "search", True), (anywhere, "search", False))
                 for p, keys in group]
        # (test, a pattern the line must hold or None, the strings one of which it must hold
        # or None, whether the test reads the end)
        self.parts: list[tuple[Any, Any, frozenset[str] | None, bool]] = [
            (_Deferred(self, index, p, method, at_end), recache.compile(keys).search if isinstance(keys, str) else None,
             frozenset(keys) if keys and not isinstance(keys, str) else None, at_end)
            for index, (p, keys, method, at_end) in enumerate(specs)]
        self.tail = tail
        self.patterns = tuple(p for p, *_ in specs)  # (each part's, as written)
        # (the parts tried on every line, and those each string lets be tried)
        self.unkeyed = tuple(n for n, (_, _, keys, _) in enumerate(self.parts) if keys is None)
        of_key: dict[str, list[int]] = {}
        for n, (_, _, keys, _) in enumerate(self.parts):
            for k in sorted(keys or ()):
                of_key.setdefault(k, []).append(n)
        self.of_key = {k: tuple(ns) for k, ns in of_key.items()}
        every = set(of_key)  # (every part's strings)
        # (each string under its first character, the longest first)
        firsts: dict[str, list[str]] = {}
        for k in sorted(every, key=lambda k: (-len(k), k)):
            firsts.setdefault(k[0], []).append(k)
        self.firsts = {c: tuple(ks) for c, ks in firsts.items()}
        self.opening = frozenset(firsts)
        # (each string and those inside it, found among its own substrings)
        self.inside = {k: frozenset(k[i:j] for i in range(len(k)) for j in range(i + 1, len(k) + 1)) & every
                       for k in every}

    def search(self, t: str) -> bool:
        """Whether a part of the cue matches `t`: first the parts tried on every line, then
        those whose strings `t` holds, in their order (the strings `t` holds pick them out:
        asking each part whether `t` holds one of its strings cost 3% of a pass over dev)."""
        parts = self.parts
        for n in self.unkeyed:
            test, gate, _, at_end = parts[n]
            if (gate is None or gate(t)) and test(t[-self.tail:] if at_end else t):
                return True
        held = self.held(t)
        if not held:
            return False
        chosen: set[int] = set()
        of_key = self.of_key
        for k in held:
            chosen.update(of_key[k])
        for n in sorted(chosen):
            test, _, _, at_end = parts[n]
            if test(t[-self.tail:] if at_end else t):
                return True
        return False

    def held(self, t: str) -> set[str]:
        """The strings of the parts that `t` holds: of those that open with a character `t`
        holds (found in one pass in C), the longest first, each with those inside it (which
        `t` then holds too). (Before: a scan of `t` looking each character up, each string
        under it tried where it stood: 2.5 times the instructions. Not one `re` search for
        all the strings either, which tries each of them in turn wherever one may start.)"""
        found: set[str] = set()
        firsts, inside = self.firsts, self.inside
        for c in self.opening.intersection(t):
            for k in firsts[c]:
                if k not in found and k in t:
                    found |= inside[k]
        return found


_HAN_PROPERTY = r"\p{Han}"


#: `\p{Han}` for the standard engine: the code points of the Han script (those `regex`
#: reads as `\p{Han}`, Unicode 17). The engine tests a class of ranges in a table lookup,
#: 3 ns a character; a letter of no other alphabet (`[^\W\d_…]`, what this was before)
#: cost it 20 ns, a test for every alphabet left out. (Compiling it costs ~2 ms a class,
#: which `recache` keeps on disk.)
_HAN_RANGES = ("\u2e80-\u2e99\u2e9b-\u2ef3\u2f00-\u2fd5\u3005\u3007\u3021-\u3029\u3038-\u303b\u3400-\u4dbf"
               "\u4e00-\u9fff\uf900-\ufa6d\ufa70-\ufad9\U00016fe2-\U00016fe3\U00016ff0-\U00016ff6"
               "\U00020000-\U0002a6df\U0002a700-\U0002b81e\U0002b820-\U0002cead\U0002ceb0-\U0002ebe0"
               "\U0002ebf0-\U0002ee5d\U0002f800-\U0002fa1d\U00030000-\U0003134a\U00031350-\U00033479")
_HAN_RE = f"[{_HAN_RANGES}]"


def _class_end(pattern: str, i: int) -> int:
    """Where the character class opening at `pattern[i]` ends (the index after its `]`)."""
    j = i + 1
    if j < len(pattern) and pattern[j] == "^":
        j += 1
    if j < len(pattern) and pattern[j] == "]":
        j += 1  # a `]` first in a class is one of its characters
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def _compile(pattern: str, *, reverse: bool = False) -> Any:
    r"""`pattern` compiled by the standard `re` engine when it can be (``\p{Han}`` as
    `_HAN_RE`, inside a class as its ranges): on these short lines `re` tries a cue in half
    the time `regex` takes. Else by `regex` (another Unicode property, a look-behind of
    varying width). `reverse`: the pattern is meant to be searched from the end
    (`regex.REVERSE`); `re` searches it forwards, which finds a match whenever there is one.
    (Tried: every part that ends at the line's end searched backwards by `regex`: 0.85% fewer
    instructions a pass over dev, but `regex` compiles in Python, ~70 ms for those parts in
    every process, which `recache` cannot keep.)"""
    out, i = [], 0
    while i < len(pattern):
        c = pattern[i]
        if pattern.startswith(_HAN_PROPERTY, i):
            out.append(_HAN_RE)
            i += len(_HAN_PROPERTY)
        elif c == "\\":
            out.append(pattern[i:i + 2])
            i += 2
        elif c == "[":
            j = _class_end(pattern, i)
            body = pattern[i + 1:j - 1]
            out.append("[" + body.replace(_HAN_PROPERTY, _HAN_RANGES) + "]")
            i = j
        else:
            out.append(c)
            i += 1
    converted = "".join(out)
    if "\\p{" not in converted and "\\P{" not in converted:
        try:
            return recache.compile(converted)
        except re.error:
            pass
    return regex.compile(pattern, regex.REVERSE) if reverse else regex.compile(pattern)


def _simplified(line: str) -> str:
    """`line` as the cues read it: a traditional-script page's line in simplified script,
    and other brackets as the ones the cues know: tortoise-shell and small ones as round
    (〔记者 王小明〕, ﹝王小明 摄﹞, 〈记者 王小明〉), white lenticular as black (〖图〗), corner brackets as the
    quotation marks they are (「青山日报」记者 王小明). The text itself is not changed."""
    return line.translate(_CUE_READING) if _NEEDS_READING(line) else line


_CUE_READING: dict[int, str | int | None] = {**TO_SIMPLIFIED, **str.maketrans("〔〕﹝﹞〈〉〖〗「」『』", "（）（）（）【】“”‘’")}
_NEEDS_READING = re.compile("[" + "".join(map(chr, _CUE_READING)) + "]").search


def _furniture(line: str) -> bool:
    """Whether `line` is page furniture (`FURNITURE`), read as `_read_plainly` says."""
    return _read_plainly(FURNITURE.search, line)


def _read_plainly(test: Any, line: str) -> bool:
    """`test` of `line` read in simplified script, and, when it opens with a pictograph or a
    symbol (🔥 热点, 💬 评论 12, 📍 青山日报), read without it too."""
    line = _simplified(line)
    return bool(test(line)) or (bool(line) and unicodedata.category(line[0]) == "So" and bool(test(_undecorated(line))))


def _undecorated(line: str) -> str:
    """`line` without the symbols, joiners, variation selectors and gaps that open it."""
    k = 0
    while k < len(line) and (unicodedata.category(line[k]) in ("So", "Sk", "Mn", "Cf") or line[k].isspace()):
        k += 1
    return line[k:]


class _Deferred:
    """A cue part's test before its pattern is compiled: the first call compiles it, puts
    the compiled test in the part's place (so that later calls cost nothing more) and
    answers."""

    __slots__ = ("cue", "index", "pattern", "method", "reverse")

    def __init__(self, cue: _Cue, index: int, pattern: str, method: str, reverse: bool) -> None:
        self.cue, self.index, self.pattern, self.method, self.reverse = cue, index, pattern, method, reverse

    def __call__(self, text: str) -> Any:
        test = getattr(_compile(self.pattern, reverse=self.reverse), self.method)
        _, *rest = self.cue.parts[self.index]
        self.cue.parts[self.index] = (test, *rest)
        return test(text)


#: How the name of a paper, an agency, a site or a county's media centre ends (青山日报, 新华社,
#: 青山新闻网, 青山电视台, 青山融媒, 青山县融媒体中心).
_OUTLET = "(?:社|报|网|台|客户端|新闻|融媒(?:体)?(?:中心)?)"
_SOURCE = rf"本报|本网|\p{{Han}}{{1,10}}{_OUTLET}"
#: A day by the lunar calendar (农历腊月初二, 甲辰年正月初八, with its weekday or not) and the 24
#: solar terms.
_LUNAR_DAY = (r"(?:星期[一二三四五六日天]\s*)?(?:农历)?(?:\p{Han}{2}年)?[正一二三四五六七八九十冬腊]{1,2}月(?:初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)"
              r"(?:\s*星期[一二三四五六日天])?")
_SOLAR_TERMS = "立春|雨水|惊蛰|春分|清明|谷雨|立夏|小满|芒种|夏至|小暑|大暑|立秋|处暑|白露|秋分|寒露|霜降|立冬|小雪|大雪|冬至|小寒|大寒"
#: A site's channels by their names (青山日报科技, 青山日报农业; a dateline of one: 青山日报娱乐讯).
_CHANNELS = "资讯|视频|图片|评论|调查|科技|科学|财经|体育|娱乐|文娱|文旅|国际|教育|健康|环境|生态|汽车|房产|旅游|军事|天气|交通|农业|三农|法治"
_SECTION = (r"(?:要闻|国内|国际|财经|经济|体育|社会|评论|理论|文化|地方|时政|科技|教育|健康|军事|法治|生态|综合|专题|视点"
            r"|观点)(?:新闻|版)?")
_DATE = r"(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}日?"
# (what each date pattern holds, for the `re` engine: a year and a month, in figures)
#: Where an article was printed, cited (《青山日报》（2024年01月12日 第 05 版）)
_PRINTED_IN = r"《[^《》]{1,16}》\s*[（(]\s*(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?\s*(?:第?\s*\d{1,3}\s*版)?\s*[）)]$"
_YEAR_MONTH = r"(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]"
_YEAR_MONTH_DAY = r"(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]|年\d{1,2}月)\d"
#: The commonest Chinese surnames (a name is one of them and one or two characters): a
#: short label before a name is a credit; before another word, a label of the text.
_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林郑梁谢唐许冯宋韩邓彭曹曾田于肖潘袁董叶杜丁蒋程余吕魏蔡苏任卢沈"
             "姜姚钟崔陆谭汪石付傅贾范金方韦夏廖侯白孟邹秦尹江熊薛邱闫阎段雷季史陶毛贺龙万顾关郝孔向龚邵钱武戴严莫黎常汤"
             "覃葛易乔柳康牛洪温庞施齐左殷盛聂章游兰安祝尚岳路涂翟包俞凌倪欧苗鲁辛柴耿邢焦蒙伍梅")
_NAME = rf"[{_SURNAMES}]\p{{Han}}{{1,2}}"
#: A line of the page's own interface, standing alone (保存图片, 视频加载中，请稍候..., 写留言,
#: 分享让更多人看到, 继续滑动看下一个, 文章已于…修改, 返回青山日报，查看更多, 轻触阅读原文,
#: 原创 王小明 青山日报): no line of the 10,121 real articles is one. Furniture above the
#: title; in the body, metadata with the bylines (what the page printed around the article),
#: but for what stands where a picture or a video is (with the captions: `CAPTION_CUE`).
#: (Two of its shapes stand where a picture or a video is, and go with the captions in the
#: body: the picture's own actions, and what the page shows where its player does not play.)
_PICTURE_ACTIONS = r"(?:保存|下载|查看)(?:图片|原图|大图)"
_NO_PLAYER = r"(?:您|你)的浏览器(?:暂)?(?:不支持|版本过低)\S{0,30}|(?i:your browser (?:does not|doesn't) support).{0,40}"
_PAGE_UI = (rf"(?:{_PICTURE_ACTIONS}|(?:视频|图片|内容)?加载中[，,]?\s*(?:请稍候|请稍等)?[.。…]*"
            r"|写留言|发表评论|写评论|我要留言|我要评论|分享(?:让|给)更多人看到|分享到朋友圈|(?:微信)?扫[码一]\S{0,3}关注\S{0,8}"
            # a WeChat post's interface as scraped (轻点两下取消赞, 暂无留言, 已无更多数据, 12人划线,
            # 微信扫一扫可打开此内容，使用完整服务, 点这里👇关注我)
            r"|\S{0,24}轻点两下取消(?:赞|在看)|(?:暂无|精选)?留言|已无更多数据|\d*\s*人划线|微信扫一扫可打开此内容[，,]?\s*使用完整服务"
            r"|(?:点这里|点击这里|戳这里)\S{0,3}(?:关注|订阅)\S{0,16}"
            # a page's lists of other articles (not 延伸阅读 or 相关新闻: People's Daily heads related texts so)
            r"|猜你喜欢|热点推荐|推荐阅读|相关阅读|热门推荐|精彩推荐|喜欢此内容的人还喜欢|大家都在看|扫码(?:观看|看)(?:视频|直播)"
            r"|(?:点击)?(?:加载|显示)更多(?:内容|文章|新闻)?"  # 点击加载更多: a list's link
            # a post's or a live page's marks (IP属地：北京, 编辑于 2024-01-12, 转发 12　评论 3　赞 45,
            # 【实时更新】, （持续更新中）, 本场直播已结束, （10:15更新）, 最后更新：2024-01-12 10:45)
            r"|IP属地\s*[：:]\s*\S{2,8}|编辑于\s*(?:19|20)\d{2}\S{0,16}|发布于\s*\p{Han}{2,6}"
            r"|(?:转发|评论|赞|点赞)\s*\d+(?:\s*(?:转发|评论|赞|点赞)\s*\d+){1,3}"
            r"|【?(?:实时|滚动|持续)更新中?】?|[（(]\s*(?:本文)?持续更新中?\s*[）)]|(?:本场)?直播(?:已)?结束|[（(]\s*\d{1,2}[:：]\d{2}\s*更新\s*[）)]"
            r"|(?:最后|最近)更新(?:时间|于)?\s*[：:]?\s*(?:19|20)\d{2}\S{0,20}"
            # a question-and-answer site's (最佳答案, 提问者采纳, 123人赞同了该回答, 赞同 12　添加评论,
            # 查看全部 12 个回答, 默认排序, 展开阅读全文)
            r"|最佳答案|提问者采纳|满意回答|追问\s*[：:]?|\d+\s*人赞同了该回答|赞同\s*\d+(?:\s*添加评论)?|添加评论"
            r"|(?:查看全部\s*)?\d+\s*个回答|默认排序|展开阅读全文|收起|关注问题(?:\s*写回答)?|写回答|(?:首页\s*)?(?:发现\s*)?等你来答"
            r"|(?:继续|向上|向下|向左|向右|左右|上下)滑动\S{0,8}|热门排行|排行榜|预览时标签不可点|文章已于\S{1,24}修改"
            r"|返回\S{1,16}[，,]\s*查看更多|(?:轻触|点击|长按)\s*阅读原文|\S{0,8}阅读器中\S{0,6}阅读|自动(?:播放|连播)|知道了"
            r"|原创\s+[\p{Han}·]{2,4}\s+\S{2,16}"
            # what the page shows where its player does not play (您的浏览器不支持video标签, 视频加载失败，请刷新页面)
            rf"|{_NO_PLAYER}"
            r"|(?:视频|图片|内容|页面)?加载失败[，,]?\s*(?:请)?(?:刷新|重试|稍后再试)?\S{0,6}"
            # the player's and the account's controls (弹幕已关闭, 直播回放, 夜间模式, 登录后可发表评论,
            # 开通会员，免广告阅读) and a ranking (微博热搜榜第3位)
            r"|(?:展开|收起)全文|(?:请)?文明上网[，,]?\s*理性发言|弹幕已?(?:关闭|开启|打开)|(?:关闭|开启|打开)弹幕|(?:直播|视频)?回放|直播预告|(?:夜间|日间|护眼|深色|浅色|极简|无图|阅读|沉浸式?|纯净|专注|简洁|纯文字|听书)模式"
            r"|登(?:录|入)后(?:可|才能|即可|方可)?\S{0,10}|(?:开通|成为|加入|升级)(?:VIP|会员|大会员)\S{0,4}(?:[，,]\s*\S{0,12})?"
            r"|(?:微博|抖音|百度|头条)?热搜榜?\s*(?:第\s*[\d一二三四五六七八九十]+\s*[位名]?|TOP\s*\d+)"
            # a post's calls to its reader and its end matter (长按识别二维码关注…, 点个在看,
            # 觉得不错，请点赞、在看、转发, 往期推荐, 关注公众号，获取更多资讯), the repost's header
            # (以下文章来源于…) and the collection it is filed in (收录于合集 #…)
            r"|(?:请|可)?(?:用|使用|打开)?(?:微信|手机|QQ|支付宝)?(?:扫描|扫码|扫一扫|长按|识别)\S{0,6}二维码\S{0,16}|(?:点个?|点击|求个?)\s*[“\"]?在看[”\"]?\S{0,10}"
            r"|\S{0,10}(?:点赞|点个赞)[、，,]\s*(?:在看|转发|分享|收藏)\S{0,12}|往期(?:推荐|回顾|精选|精彩)\S{0,4}"
            r"|关注(?:我们|公众号|本号)[，,]?\s*\S{0,12}|以下文章来源于\S{1,20}|收录于(?:合集|话题)\s*[^。！？]{0,30}"
            # a video player's controls and counts (倍速播放, 1.5x, 直播中, 已有34人观看, 12万次播放),
            # a video page's labels (视频详情, 相关视频) and a call to open the app (青山日报APP 打开)
            r"|倍速(?:播放)?|\d(?:\.\d{1,2})?\s*[xX×]|直播中|视频详情|(?:相关|推荐|热门|更多)视频|已有\s*[\d.]+万?\s*人(?:观看|看过|围观|参与)"
            r"|[\d.]+万?\s*(?:人(?:观看|看过)|次(?:播放|观看))|打开\S{0,12}(?:APP|App|app|客户端)\S{0,6}|\S{1,12}(?:APP|App|app|客户端)\s*内?打开"
            # a forum's thread: its floors and buttons (楼主, 电梯直达, 只看该作者, 1#), its counts
            # (查看: 12|回复: 3), an edit's note (本帖最后由…于…编辑) and the links to the next thread
            r"|楼主|沙发|板凳|电梯直达|只看(?:该作者|楼主)|倒序浏览|回复本楼|\d{1,4}\s*[#＃]|[【［\[]\s*复制链接\s*[】］\]]"
            r"|查看\s*[：:]\s*\d+\s*[|｜]\s*回复\s*[：:]\s*\d+|本帖最后由\s*\S{1,16}\s*于\s*\S{1,24}\s*编辑|(?:打印\s*)?上一主题\s*下一主题)$")
_PAGE_UI_KEYS = ("倍速", "x", "X", "×", "视频详情", "相关视频", "推荐视频", "热门视频", "更多视频", "人观看", "人看过", "人围观",
                 "人参与", "次播放", "次观看", "打开", "图", "加载", "留言", "评论", "分享", "关注", "滑动", "排行", "标签", "修改", "查看更多", "阅读", "播放", "知道了",
                 "都在看", "显示更多", "轻点两下", "已无更多", "划线", "完整服务", "点这里", "点击这里", "戳这里",
                 "二维码", "在看", "点赞", "点个赞", "往期", "以下文章", "收录于", "喜欢", "推荐", "扫码", "IP", "编辑于", "发布于", "转发", "赞",
                 "更新", "结束", "答案", "采纳", "满意", "追问", "赞同", "回答", "排序", "展开", "收起", "等你来答",
                 "原创", "浏览器", "rowser", "弹幕", "回放", "直播", "模式", "登录", "会员", "VIP", "热搜", "连播", "全文", "文明上网", "登入",
                 "楼主", "沙发", "板凳", "电梯直达", "只看", "倒序", "回复", "#", "＃", "复制链接", "本帖", "上一主题")
#: The page's buttons and links, which stand in a row above an article.
_BUTTON = (r"登录|注册|退出|举报|评论|留言|分享|收藏(?:本页|本文)?|打印(?:本页|本文|此页)?|关闭(?:窗口|本页)?|简体(?:中文)?|繁[体體](?:中文)?|English|ENGLISH|EN|中文版?|首页|返回"
           r"|订阅|投稿|(?:我要)?纠错|反馈|搜索|(?:使用)?帮助|点赞|转发|在看|关注|设为首页|加入收藏|无障碍(?:浏览|阅读)?|长辈版|关怀版|手机版|电脑版"
           r"|网页版|数字报|电子版|客户端|官方网站|官网|\d+\s*条评论|全屏|倍速|高清|标清|超清|画质|清晰度|静音|只看楼主|收藏本帖|回复|引用|隐私政策|隐私保护|(?:用户|使用者)协议|服务协议|服务条款|使用条款|法律声明|联系我们|关于我们|网站地图|意见反馈|广告服务|加入我们")
#: The page's own interface: its buttons, counts, share menus, calls to follow or scan, its
#: player's controls (关注, 阅读 1.2万, 分享到：微信, 点击上方蓝字关注我们, 0条评论, 上一篇：…): above the
#: title, furniture (`FURNITURE`); in the body, what the page printed around the article, kept
#: with the bylines (`PAGE_INTERFACE`). No line of the 10,121 real articles is one.
_INTERFACE: tuple[tuple[str, tuple[str, ...] | str], ...] = (
    # a WeChat account's header: its count of posts, its name and 已关注, 公众号 alone
    (r"\d+\s*篇原创(?:内容|文章)?$|\S{1,16}\s*已关注$|(?:微信)?公众号$|星标\s*[★☆⭐]\s*\S{1,16}$",
     ("原创", "已关注", "公众号", "星标")),
    # font-size links (A- A+, Ａ＋ Ａ－) and a link with its count (评论 (34), 点赞(12))
    (r"(?:[AaＡ]\s*[+\-－＋]\s*){2,}$|[AaＡ](?:\s+[AaＡ]){1,2}$|(?:评论|留言|点赞|收藏|分享|转发|跟帖|回复|阅读|浏览|点击|播放)\s*(?:[（(]\s*\d+\s*[）)]|[：:]\s*\d+)$"
     # A+ A A-, 小字 中字 大字: font links; a count in English (Views: 1234); a call to scan and read
     # on a phone (手机扫码阅读); a site's count of today's updates (今日更新：12条)
     r"|[AaＡ][+＋\-－]?(?:\s+[AaＡ][+＋\-－]?){1,3}$|(?:[小中大]字号?\s*){2,3}$|(?i:views?|reads?|likes?|comments?)\s*[：:]?\s*\d[\d,.]*[kKwW万]?$"
     r"|(?:手机)?扫码(?:阅读|查看|观看|收听)$|(?:今日|本日|今天)更新\s*[：:]?\s*\d+\s*条?$"
     r"|(?:分享|转发)(?:到|至|给)(?:\s*[和与及、]?\s*(?:朋友圈|微信(?:好友|群)?|微博|QQ(?:空间|好友)?|好友|Facebook|LINE|Line|X|Twitter|WhatsApp|Telegram))*$",
     ("A", "a", "Ａ", "评论", "留言", "点赞", "收藏", "分享", "转发", "跟帖", "回复", "阅读", "浏览", "点击", "播放", "字",
      "iew", "IEW", "ead", "EAD", "ike", "IKE", "omment", "OMMENT", "扫码", "更新")),
    # a QR code to scan, a link to read on a phone (扫描二维码 手机看新闻)
    (r"(?:[^。！？\s]{1,12}[？?！!，,]\s*)?(?:请|可)?(?:扫描|扫码|扫一扫|长按|识别)\S{0,4}二维码.{0,12}$|(?:扫码|扫一扫)?\s*(?:在)?(?:手机|移动端)上?(?:看|读|阅读|浏览|打开)(?:新闻|本文|全文)?$"
     r"|(?:微信)?扫一扫\S{0,6}$|(?:打开|下载)\s*(?:APP|App|app|客户端)\S{0,8}$|(?:展开|阅读|查看)全文$|全文阅读$"
     # scan it to a phone (扫描到手机，新闻随时看); how to share the page from WeChat
     r"|(?:扫描|扫码)\s*(?:到|至)手机.{0,12}$|打开微信[，,].{0,40}扫一扫.{0,30}$"
     r"|(?:扫码|扫一扫|长按)\S{0,4}(?:领取|获取|进群|加群)\S{0,12}$|(?:立即|马上|免费|点击)下载\S{0,16}(?:APP|App|app|客户端)\S{0,8}$"
     # an app's promotion (海量资讯、精准解读，尽在青山日报APP; 打开青山日报，查看更多高清图片)
     r"|(?:[^。！？\s]{1,20}[，,]\s*)?尽在\S{1,16}(?:APP|App|app|客户端|公众号|视频号)$"
     r"|(?:打开|下载|登录|前往)\S{1,16}[，,]\s*(?:查看|阅读|观看|获取|浏览)更多\S{0,10}$"
     r"|引用本文$|复制本文链接$"
     # the share menu in the top right corner (戳右上角分享给朋友, 点击右上角…转发)
     r"|(?:戳|点击?|轻触|轻点)\s*右上角.{0,16}$"
     # open the page on a phone (扫一扫在手机打开当前页, 手机查看本文)
     r"|(?:扫一扫|扫码|扫描二维码)?\s*[在用]?手机(?:上|端)?(?:打开|查看|阅读|浏览|访问)(?:当前|本|此)?(?:页面?|文章?)$",
     ("二维码", "手机", "移动端", "扫一扫", "扫码", "长按", "打开", "下载", "全文", "引用", "链接", "右上角", "尽在", "登录", "前往")),
    # how long the text is and takes to read (本文字数：2386，阅读时长约4分钟; 全文约2000字，阅读需5分钟)
    (r"(?:本文|全文)?(?:字数|共计?)\s*[：:]?\s*\d+\s*字?[，,]?\s*(?:预计|大约|建议)?阅读(?:约|大约)?(?:需要?|时长|时间)?\s*(?:约|大约)?\s*\d+(?:\.\d+)?\s*分钟\S{0,2}$"
     r"|(?:本文|全文)(?:约|共)?\s*\d+\s*字[，,]\s*(?:预计|大约|建议)?阅读(?:约|大约)?(?:需要?|时长|时间)?\s*(?:约|大约)?\s*\d+(?:\.\d+)?\s*分钟\S{0,2}$"
     r"|(?:阅读提示|温馨提示)\s*[：:]\s*(?:本文|全文)(?:约|共)?\s*\d+\s*字\S{0,16}$"  # 阅读提示：本文约2000字
     r"|(?:预计|建议)?阅读(?:约|大约)?(?:时长|时间|需要?)\s*(?:约|大约)?\s*[：:]?\s*\d+\s*分钟$|\d+\s*分钟(?:阅读|读完)$",
     ("字", "阅读")),
    # buttons standing alone (关注, ＋关注, 我要分享, 举报) and a player's time (00:00 / 03:18)
    (r"(?:[+＋]\s*)?已?关注(?:\s*[+＋])?$|[【［\[]?\s*我要(?:分享|评论|纠错|打印|收藏|举报|投稿|反馈)\s*[】］\]]?$|举报$|置顶$|(?:设为)?星标$|意见反馈$"
     r"|(?:文章|点击|新闻|内容)(?:纠错|举报)$|原标题\s*[：:]?\s*《[^》]{1,40}》$|本文原题\s*[：:为]\s*《?[^》]{2,40}》?$"
     r"|在看$|赞$|转发$|投诉$|订阅(?:电子报|电子版|频道)?$|加入?好友$|复制链接$|举报\s*[/／|｜]\s*反馈$|正在播放$|加载中\S{0,3}$|正在加载\S{0,3}$|(?:点击)?(?:播放|暂停|收听|朗读|播报)$"
     r"|(?:第\s*\d+\s*张\s*[/／]\s*)?共\s*\d+\s*张$"  # a gallery's count (第1张/共5张)
     r"|本?视频时长\s*[：:]?\s*\d{1,2}:\d{2}(?::\d{2})?$"
     # a font-size control (放大 缩小 默认)
     r"|(?:放大|缩小|默认|超大)(?:\s+(?:放大|缩小|默认|超大|[大中小]))+$"
     r"|\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}$", ("关注", "我要", "举报", "置顶", "星标", ":", "在看", "赞", "转发", "投诉", "订阅", "好友", "链接", "播放", "暂停", "收听", "朗读", "播报", "张", "加载", "时长", "放大", "缩小", "默认",
      "纠错", "原标题", "原题")),
    # links to share on (微信 微博 QQ) and a count, after a colon or not (阅读 1.2万, 浏览次数：1,234)
    (r"(?:(?:微信|微博|QQ空间|QQ|朋友圈|抖音|今日头条|小红书|豆瓣)\s*[|｜/／]?\s*){2,}$"
     r"|(?:阅读|浏览|点击|播放|观看|访问)(?:量|数|次数)?\s*[：:]?\s*\d[\d,.]*\s*[万千wWkK]?\+?\s*次?$"
     # and two counts or more in a row (阅读 130 · 评论 30, 阅读 1.2万 | 点赞 34 | 评论 5)
     r"|(?:(?:阅读|浏览|点击|播放|观看|评论|点赞|赞|转发|分享|收藏|在看|留言|喜欢)(?:量|数|次数)?\s*[：:]?\s*\d+(?:\.\d+)?\s*[万千wWkK]?\+?"
     r"\s*次?\s*(?:[·|｜/／丨•]\s*)?){2,}$",
     ("微信", "微博", "QQ", "朋友圈", "抖音", "头条", "小红书", "豆瓣", "阅读", "浏览", "点击", "播放", "观看", "访问", "评论", "赞", "转发", "分享", "收藏")),
    # a call to follow the account (点击上方蓝字关注我们, 长按关注, 关注青山日报) and the link to the
    # original (阅读原文, 【阅读原文】)
    (r"[↑⬆☝👆▲]?\s*(?:点击|戳|长按|轻触)[^。！？，,]{0,12}(?:关注|订阅|星标|置顶)[^。！？]{0,8}$"
     r"|关注\s*\p{Han}{1,6}(?:日报|晚报|报|社|网|台|客户端|新闻|公众号|视频号)$"
     r"|(?:设为|加|标为)?(?:星标|置顶)\S{0,6}[，,]\s*(?:不错过|第一时间|及时)[^。！？]{0,16}$"  # 置顶星标，不错过每一篇推送
     r"|[【［\[<《↓→▶]?\s*(?:阅读|查看)原文\s*[】］\]>》]{0,2}$", ("点击", "戳", "长按", "轻触", "关注", "原文", "星标", "置顶")),
    # a platform's account (头条号/青山日报, 百家号 青山日报), a count of who took part (已有12人参与),
    # when it was posted or changed (发表于 2024-01-12, 更新于…)
    (r"(?:头条号|百家号|企鹅号|大鱼号|搜狐号|网易号|一点号|澎湃号|视频号|抖音号|微信号|微博号)\s*[/／:：|｜·]?\s*\S{1,16}$"
     r"|已有\s*\d+\s*人(?:发表了?)?(?:参与|阅读|评论|点赞|收藏|浏览|看过)$|参与(?:评论|讨论|互动)\s*\d+\s*人次?$|\d+\s*人参与(?:评论|讨论|互动)?$|(?:微信|公众号|抖音|微博|视频号|快手)?\s*ID\s*[：:]\s*\S{1,24}$|(?:发表|更新|编辑|修改|发布)于\s*\S",
     ("号", "已有", "于", "ID", "参与")),
    # a collection's label and an audio player's link, standing alone or with its length
    # (收录于合集, 听新闻, 听全文 约3分钟, 语音播报 02:15)
    (r"收录于(?:合集|话题)\S{0,12}$|(?:听新闻|听全文|听文章|听本文|语音播报|音频播报|朗读(?:全文|本文)|(?:点击)?收听(?:本文|全文)|点击收听)"
     r"(?:\s*(?:约|共|时长)?\s*\d{1,3}\s*(?:分钟|分|秒)(?:\s*\d{1,2}\s*秒)?|\s*\d{1,2}:\d{2})?$", ("收录", "听", "播报", "朗读")),
    # a time standing alone (01-12 10:30, 今天 10:30, 3小时前, 刚刚) and a row of buttons (点赞 在看 转发)
    (r"(?:\d{1,2}[-/]\d{1,2}\s+|(?:今天|昨天|前天)\s*)?\d{1,2}:\d{2}(?::\d{2})?$|(?:发布于\s*)?\d+\s*(?:分钟|小时|天)前$|刚刚$"
     r"|(?:转发|评论|赞|点赞|收藏|分享|举报|在看|赞赏|留言|喜欢)(?:\s+(?:转发|评论|赞|点赞|收藏|分享|举报|在看|赞赏|留言|喜欢)){1,5}$",
     (":", "前", "刚刚", "转发", "评论", "赞", "收藏", "分享", "举报", "在看", "留言", "喜欢")),
    # counts (1024人阅读, 1.2万人看过, 点赞 12) and a page (A3版)
    (r"\d+(?:\.\d+)?\s*[万千wWkK]?\+?\s*(?:人|次)?\s*(?:阅读|已读|已阅|浏览|看过|观看|点赞|评论|收藏|转发|在看)$"
     r"|(?:点赞|评论|收藏|转发|在看)\s*\d+(?:\.\d+)?\s*[万千wWkK]?$|[A-Z]\d{1,3}\s*版$",
     ("阅读", "已读", "已阅", "浏览", "看过", "观看", "点赞", "评论", "收藏", "转发", "在看", "版")),
    # an English page's buttons, lists and dates (Share, Print, Top Stories, Font size: A A A,
    # Updated: 2024-01-12, 青山日报 English, 中文 | English, By 王小明 | 青山日报 | Updated: …)
    (r"(?i:share|print|e-?mail|top\s*stories|latest\s*news|related\s*news|most\s*(?:read|popular)|press\s*release)$"
     r"|(?i:font\s*size)\b|(?i:updated|published)\s*[:：]|\S{1,12}\s*(?i:english)$|中文\s*[|｜]\s*(?i:english)$|(?i:english)\s*[|｜]\s*中文$"
     r"|(?i:by)\s*\S{1,20}\s*[|｜]|(?i:via)\s+\S.{0,24}$", "[A-Za-z]"),
    # the article's keywords or tags, in the body (文章关键词：…, 标签：…, Tags: …): the page's index
    (r"(?:\p{Han}{0,2}(?:关键词|关键字|标签)|(?i:tags?))\s*[：:]\s*\S.{0,40}$", ("关键", "标签", "ag", "AG")),
    # links to the page's comments and to more (0条评论, 我来说两句, 查看全部评论, 更多精彩)
    (r"\d+\s*[条则]评论$|分享(?:此|本|这篇)?(?:文章|本文|此文)$|参与讨论$|我来说两句$|(?:热门|最新|精彩)评论$|查看(?:全部|更多)评论$|更多精彩$|查看更多$"
     r"|阅读更多$|更多\s*(?:>>|»|>|》)$"
     # a call to share, like or follow (欢迎分享、转发; 喜欢就点个赞吧; 觉得有用就转发给朋友吧)
     r"|(?:欢迎|记得)(?:大家)?(?:分享|转发|转载|关注|留言|点赞|评论|收藏)(?:\s*[、，,和与及]\s*(?:分享|转发|转载|关注|留言|点赞|评论|收藏))*\S{0,4}$"
     r"|(?:喜欢|觉得\S{0,4}(?:有用|不错|好看|有帮助))\S{0,6}?[，,]?\s*(?:就|请|记得)?(?:点个?赞|点个?在看|转发|分享|收藏)\S{0,8}$",
     ("评论", "讨论", "两句", "文章", "本文", "此文", "更多", "欢迎", "记得", "喜欢", "觉得")),
    # links to the articles before and after it, a share menu or the font size after a colon,
    # buttons in brackets, a call to follow an account or to read on a phone, a list's label
    # and its first link, when it was posted (上一篇：…, 分享到：微信 微博, 字号：大 中 小,
    # 【打印】【关闭】, 赞赏, 关注“青山发布”微信公众号，获取更多资讯, 扫一扫，用手机看新闻, 相关新闻：…,
    # 发布时间：2024-01-12 10:30)
    (r"(?:上一篇|下一篇|上一条|下一条|上一页|下一页)(?:\s*[：:]\s*\S.{0,40})?$|分享(?:到|至|给)?\s*[：:].{0,30}$"
     r"|(?:字号|字体(?:大小)?)\s*[：:]\s*\S.{0,16}$"
     r"|(?:[【［\[]\s*(?:(?:我要)?(?:打印|关闭|收藏|返回|纠错|推荐|分享|评论)(?:本页|本文|窗口)?|返回顶部)\s*[】］\]]\s*){1,6}$"
     r"|赞赏$|喜欢作者$"
     r"|关注\s*[“\"「]?\S{1,16}?[”\"」]?\s*(?:微信)?(?:公众号|视频号|抖音号|微博)[，,]?\s*\S{0,14}$"
     r"|(?:扫一扫|扫码|扫描二维码)[，,]?\s*(?:用|在)?手机上?(?:看|读|阅读|浏览|打开)\S{0,6}$"
     r"|(?:相关|推荐|热门)(?:新闻|阅读|文章|链接|报道)\s*[：:].{0,40}$"
     r"|(?:发布|更新|发表|上传)(?:时间|日期)\s*[：:]\s*(?:19|20)\d{2}\S{0,16}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
     r"(?:(?:\s+|\s*[|｜丨]\s*)(?:来源|作者|编辑|浏览次数|点击(?:数|量)?)\s*[：:]\s*\S{1,16})*$",
     ("上一", "下一", "分享", "字号", "字体", "【", "［", "[", "赞", "喜欢", "关注", "扫一扫", "扫码", "扫描",
      "相关新", "相关阅", "相关文", "相关链", "相关报", "推荐", "热门", "发布时", "发布日", "更新时", "更新日", "发表时", "发表日",
      "上传时", "上传日")),
    # a podcast's or an audio page's own lines: a link to listen, the episode's length, its
    # platforms, a call to subscribe (点击收听完整节目, 本期节目时长：12分34秒, 收听时长 12:34,
    # 喜马拉雅｜小宇宙｜苹果播客 同步收听, 订阅我们的播客), and who made it (（本节目由青山之声出品）)
    (r"(?:点击)?收听(?:完整|全部)?(?:节目|音频|本期|全文)?$|点击收听\S{0,8}$"
     r"|(?:本期)?(?:节目|音频|收听|播客)?时长\s*[：:]?\s*\d{1,3}\s*(?:分(?:钟)?\s*(?:\d{1,2}\s*秒)?|:\d{2}(?::\d{2})?)$"
     r"|(?:(?:喜马拉雅|小宇宙|苹果播客|Apple\s*Podcasts?|网易云音乐|蜻蜓FM|荔枝FM|QQ音乐|Spotify)\s*[|｜/、·]?\s*){1,6}(?:同步|均可|全平台)?\s*(?:收听|上线|播出|订阅)?$"
     r"|(?:欢迎)?订阅(?:我们的|本)?(?:播客|节目|音频)$"
     r"|[（(]?\s*本(?:期)?(?:节目|音频|播客|栏目)由\S{1,16}?(?:出品|制作|推出|提供)\s*[）)]?$",
     ("收听", "时长", "喜马拉雅", "小宇宙", "播客", "Podcast", "网易云", "FM", "QQ音乐", "Spotify", "订阅", "本期", "本节目", "本音频", "本栏目")),
    # a text made with AI, said so (本文由AI辅助生成, 内容由AI生成，仅供参考, （本文由AI生成，经人工审核）);
    # not a sentence about such texts
    (r"[（(]?\s*(?:本文|全文|文章|此文|内容|以上内容|本文(?:部分)?内容|部分内容)?\s*(?:由|系|为|使用|借助)?\s*(?:AI|AIGC|人工智能)"
     r"(?:工具|技术|大模型|模型)?\s*(?:辅助)?(?:生成|创作|撰写|写作|合成|整理)(?:[，,]\s*(?:经人工审核|经人工编辑|仅供参考|请谨慎甄别|请注意甄别)\S{0,6})?[）)]?$",
     ("AI", "AIGC", "人工智能")),
    # a day (and time) and a source or two apart by bars (青山日报 | 2024-01-12, 2024-01-12 08:30 | 青山日报)
    (rf"(?:\S{{1,16}}\s*[|｜丨]\s*)?{_DATE}(?:\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?(?:\s*[|｜丨]\s*\S{{1,16}}){{1,3}}$"
     rf"|\S{{1,16}}\s*[|｜丨]\s*{_DATE}(?:\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?$", ("|", "｜", "丨")),
    # a post's header: its account, the day and time, and the place it was posted from
    # (青山日报 2024-01-12 08:30 北京)
    (r"\S{1,16}\s+(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+\p{Han}{2,6})?$", r"\d:\d\d"),
    # a government page's information box, a field or a few in a row (索引号：…, 发布机构：…
    # 生成日期：…, 公开方式：主动公开), and the links to a file it attaches (相关附件：….docx,
    # 附件下载：; not 附件：1.…, the document's own, which People's Daily prints)
    (r"(?:(?:索引号|发布机构|发文机关|发文字号|文号|生成日期|成文日期|发文日期|主题分类|信息分类|体裁分类|组配分类|信息名称|信息索引"
     r"|公开方式|公开范围|公开时限|公开形式|有效性|时效性|生效日期|废止日期)\s*[：:]\s*[^\s：:]{0,40}\s*){1,4}$"
     r"|(?:相关附件|附件下载)\s*[：:]?\s*\S{0,60}$|[^\s。，]{1,40}\.(?:docx?|xlsx?|pdf|wps|zip|rar|ofd)$",
     ("索引号", "发布机构", "发文", "文号", "日期", "分类", "信息", "公开", "有效性", "时效性", "附件", ".doc", ".xls", ".pdf", ".wps", ".zip", ".rar", ".ofd")),
)
_INTERFACE_ANYWHERE: tuple[tuple[str, tuple[str, ...] | str], ...] = (
    (r"\b[大中小]\s+[大中小]\s+[大中小]\b", (" ", "\t", "\u3000", "\u00a0")),
    # the font size's links after their label, the gaps between them gone (【字体：大中小】)
    (r"(?:字号|字体)\s*[：:]\s*[【［\[]?\s*大\s*[】］\]]?\s*[【［\[]?\s*中\s*[】］\]]?\s*[【［\[]?\s*小", ("字号", "字体")),
)

FURNITURE = _Cue((
    (_PAGE_UI, _PAGE_UI_KEYS),
    *_INTERFACE,
    # the site by its owner (青山日报 官方网站, 青山日报 主办)
    (rf"(?:{_SOURCE})\s*(?:官方网站|官网|主办|承办)$", ("官方网站", "官网", "主办", "承办")),
    # a site's news, video or other channel by its name (青山日报资讯, 青山日报视频, 青山日报科技,
    # 青山日报国际版; not 市场资讯, a column's title)
    (rf"(?:{_SOURCE})(?:{_CHANNELS})版?$", tuple(_CHANNELS.split("|"))),
    # a site's account on a platform, by its name (青山日报健康号), its app (青山日报财经APP)
    (rf"(?:{_SOURCE})\p{{Han}}{{1,4}}号$|(?:{_SOURCE})\p{{Han}}{{0,4}}(?:APP|App|app)$", ("号", "APP", "App", "app")),
    # a label and a colon (标签： 来源： 发布时间： 阅读：…)
    (r"[【［\[]?\s*(?:Tags?|TAGS?|(?:TAG|Tag|tag)?\s*\p{Han}{0,2}(?:标签|关键词|关键字)|热点|热词|发布者|发布人|发布单位"
     r"|(?:投稿|联系|新闻|报料|爆料)(?:邮箱|信箱|电话)|\p{Han}{0,4}热线|(?:本报|报社)?社址|(?:本报|报社)地址|(?:本文|全文)?字数"
     r"|索引号|(?:稿件|文章|新闻)?编号|发文机关|发文字号|文号|成文日期|发布机构|主题分类|信息分类"
     r"|信息索引|公开方式|公开范围|公开时限|有效性|时效性|发文日期|生效日期|废止日期|体裁分类|组配分类|视力保护色|背景色"
     r"|(?:相关|推荐|延伸|热门)(?:专题|新闻|阅读|链接|报道|文章|附件|股票|个股|概念|话题|搜索))\s*[：:]"
     r"|(?:(?:所属|当前)?(?:栏目|频道|分类|版块)|节目|原标题|版次|版名|版号)\s*[：:]"
     r"|分享(?:到|至|给)?\s*[:：]"
     r"|(?:\p{Han}{0,2}时间|\p{Han}{0,2}日期|更新|(?:稿件|本文|文章|信息|新闻)?来源|稿源|出处|作者|浏览次数|点击数|阅读数|IP\s*属地|发布于|来自|发布|专题|专栏|热度|评论数|(?:免责|版权|本站|特别)声明)\s*[：:]"
     # an editor's credit above the title, name and all (under it, a credit stays for the bylines)
     r"|(?:责任编辑|值班编辑|编辑|责编|审核|校对)\s*[：:]\s*[\p{Han}·]{0,4}$"
     r"|(?:阅读|浏览|点击|访问|播放|观看)(?:量|数|次数)?\s*[：:]\s*(?:\d|$)",
     r"^\S{0,6}\s*[：:]"),  # (a colon after at most six characters)
    (r"(?:(?:(?:您|你)?(?:当前|现在|目前)(?:所在)?|您|你|所在)的?位置\s*[:：]?|位置\s*[:：])"
     r"|[<＜«‹⇦←◀◁◄⬅【［\[（(]?\s*(?:返回(?:列表|首页|顶部|目录)?|上一篇|下一篇|上一条|下一条)"  # links back
     r"|(?:上一期|下一期|往期|上一版|下一版)(?:\s*(?:上一期|下一期|往期|上一版|下一版))*$|(?:本期|今日|本版|本周)(?:导读|目录|新闻|要闻|关注|推荐|聚焦|看点)$"  # an e-paper's issues and pages
     r"|(?:PDF|pdf)\s*(?:下载|版)$|下载\s*(?:PDF|pdf)(?:版)?$"
     rf"|(?:本报|本刊|\p{{Han}}{{1,10}}{_OUTLET})?\s*(?:电子版|数字报(?:刊)?(?:平台)?|PDF\s*版)$|版面(?:目录|导航)$|返回目录$"
     rf"|\p{{Han}}{{2,8}}{_OUTLET}\s*[-－_|｜]\s*\S"  # a site name before the page title
     r"|\S{1,12}\s*[>＞»›]{1,2}\s*\S{1,8}$"  # a source and its section (青山日报 > 要闻)
     rf"|[【［\[]\s*(?:本报|本刊|\p{{Han}}{{1,10}}{_OUTLET}|[A-Za-z][A-Za-z0-9 .\-]{{1,20}})\s*[】］\]]$"  # 【青山日报】, 【TechWeb】
     r"|\p{Han}{2,12}(?:官方网站|官网|网站|频道|官方[账帐]号|官方微博|官方微信|微信公众号|公众号|订阅号|服务号|客户端|(?:抖音|快手|视频|头条|百家|企鹅|大鱼|搜狐|网易)号)$|(?:文章|新闻)?(?:正文|全文)$"
     r"|(?:本网|本报|本刊|本台|\p{Han}{1,8}(?:网|社|报|台|客户端))(?:电|专)?讯$"  # a dateline standing alone (本网讯, 青山日报电讯, 青山日报专讯), not 快讯/资讯
     r"|\p{Han}{0,4}导航$"
     r"|(?:新闻|文章|内容|资讯|信息|稿件|正文)?详情$|正文内容$|\p{Han}{2,10}(?:手机版|移动版|电脑版|网页版|首页)$"  # the page's own name
     r"|(?:编辑|热门|相关|精彩|今日)推荐$"
     r"|\S{1,12}\s+·\s+\S{1,8}$"  # 青山日报 · 要闻
     # a navigation bar: three or more short items between separators ("首页 | 新闻 | 正文")
     # (a dash between gaps only: 东盟-中国-海合会 in a title is one word)
     r"|[^\s|｜/／]{1,6}(?:(?:\s*[|｜/／]\s*|\s+[-－]\s+)[^\s|｜/／]{1,6}){2,}$"
     r"|\p{Han}{0,4}(?:首页|主页|中心|频道|栏目)(?:\s*[|｜/／]\s*|\s+[-－]\s+)\p{Han}{1,8}$"  # 新闻中心 / 国内新闻
     r"|(?:本文)?(?:共|已)?(?:阅读|浏览|点击)\s*\d+\s*次"
     r"|[|｜]\s*\S{1,16}\s*[|｜]$|(?:第|共)\s*\d{1,3}\s*页$"  # | 青山日报 |, 第1页, 共3页
     r"|\S{1,12}(?:\s*[→⇒\-－]\s*\S{1,12}){0,3}\s*[·|｜>＞\-－→⇒]\s*正文$"  # 青山日报·正文, 新闻 → 国内 → 正文
     # after the home page, items between dashes or arrows (首页-新闻-正文, 首页 → 新闻)
     r"|(?:首页|主页|网站首页)\s*(?:[-－→⇒]\s*[^\s\-－→⇒]{1,8}\s*){1,4}$",
     # (every pattern above holds a separator, a bracket or one of these words)
     (*"|｜/／>＞»›·【［[-－_<＜«‹", "位置", "返回", "上一篇", "下一篇", "上一条", "下一条", "官网", "网站", "频道", "客户端", "正文", "全文", "讯",
      "导航", "详情", "版", "首页", "主页", "→", "⇒", "推荐", "PDF", "pdf", "账号", "帐号", "订阅号", "服务号", "音号", "手号", "频号", "条号", "家号", "鹅号", "鱼号", "狐号", "易号", "微博", "微信", "次", "期", "导读", "目录", "关注", "聚焦", "看点", "数字报", "页")),
    # lists of articles (最新文章, 相关报道) and a site's column named above its article (新闻动态,
    # 工作动态, 通知公告): no real line is one (their own part: lines holding 新闻 are common)
    (r"(?:最新|热门|相关|推荐|精彩)(?:文章|新闻|资讯|报道)$|(?:新闻|工作|最新|部门|基层|地方|图片|视频|政务)(?:动态|资讯)$|通知公告$",
     ("文章", "闻", "资讯", "报道", "动态", "公告")),
    # where it was printed (《青山日报》（2024年01月12日 第 05 版）)
    (_PRINTED_IN, "》"),
    # a button, a link or a box's label standing alone (English, 客户端, 点赞, 投稿, 搜索, 热门, 列印 (打印, as Taiwan says it), 更多>>,
    # 点击排行, 回到顶部, 加载更多, 长者模式) and the lunar date (农历腊月初二): no real line is one
    (r"(?:English|ENGLISH|繁體|繁体|移动版|移动端|客户端|RSS|TOP|QQ空间|新浪微博|点赞|评论|投稿|纠错|搜索|收藏|网站地图|最新发布|滚动|专题|要闻|热门|热点|列印|广告|(?i:advertisement)|读者(?:回应|评论|留言|互动|来信回复))$"
     r"|\d+(?:\.\d+)?\s*[万千]?\s*人(?:参与|评论|围观|点赞|收藏|浏览|阅读|看过)$"  # 34人参与: a count of readers
     r"|(?:在)?(?:APP|App|app)内(?:打开|阅读|查看)$|关注我们$|更多\s*[>＞»›]+$|(?:点击|阅读|评论|热门|24小时|本周|本月)排行榜?$"
     r"|农历\S{2,10}$|(?:请)?输入关键[词字]$|热门搜索\s*[：:]?$|搜索\s+热词$|(?:点击)?加载更多$|没有更多了$|Loading\.*$"
     r"|(?:回到|返回)顶部$|(?:长者|老年|关怀|适老)模式$"
     # a post's own marks and counts (原创, 2 小时前 · 青山日报, 1月12日 08:30, 【大字版】, 本文共1234字,
     # 阅读约4分钟, 34赞, 分享 12, 关注TA, 私信, 粉丝 12万, 作品 34)
     r"|原创$|分享$|\d+\s*(?:分钟|小时|天)前\s*[·|｜]\s*\S{1,16}$|\d{1,2}月\d{1,2}日\s+\d{1,2}:\d{2}(?:\s*[·|｜]\s*\S{1,8})?$"
     r"|[【［\[]\s*(?:大字版|长辈版|简洁版|纯文字版)\s*[】］\]]$|(?:本文|全文)?(?:共|约)\s*\d+\s*字$"
     r"|阅读(?:全文)?(?:约|大约)?(?:需|需要)?\s*\d+\s*分钟$"
     r"|\d+(?:\.\d+)?\s*[万千wWkK]?\s*赞$|赞\s*\d+(?:\.\d+)?\s*[万千wWkK]?$|分享\s*\d+$"
     r"|关注(?:TA|他|她)$|(?:进入)?(?:TA|Ta|ta|他|她|作者)的?主页$|私信$|粉丝\s*\d+(?:\.\d+)?\s*[万千wWkK]?$|\d+(?:\.\d+)?\s*[万千wWkK]?\s*粉丝$|作品\s*\d+$",
     ("原创", "分享", "前", "月", "版", "字", "阅读", "赞", "关注", "主页", "私信", "粉丝", "作品", "English", "ENGLISH", "繁", "移动版", "移动端", "客户端", "RSS", "TOP", "QQ", "微博", "点赞", "评论", "投稿", "纠错", "搜索", "收藏",
      "地图", "最新", "滚动", "专题", "要闻", "APP", "App", "app", "关注", "更多", "排行", "农历", "关键", "加载", "Loading",
      "顶部", "模式", "广告", "dvert", "DVERT", "参与", "围观", "看过", "读者", "热门", "热点", "列印")),
    # a broadcast script's marker standing alone (【导语】, 【同期声】)
    (r"[【［\[]\s*(?:导语|正文|同期声?|解说|画外音|摘要|内容提要|提要)\s*[】］\]]$"
     r"|[【［\[]\s*(?:关键词|关键字)\s*[】］\]]\s*\S{0,40}$", ("【", "［", "[")),  # and a paper's (【摘要】, 【关键词】…)
    # a journal's registration (CN11-1000/D　ISSN 1000-0000)
    (r"(?:CN\s*\d{2}\s*-\s*\d{3,4}\s*/\s*[A-Z]\s*|ISSN\s*\d{4}\s*-\s*\d{3}[\dXx]\s*){1,2}$", ("CN", "ISSN")),
    # a page of a paper's digital edition (青山日报数字报 第A03版：要闻)
    (r"(?:\S{0,14}(?:报|刊|网|版面|电子版)\s*)?(?:(?:版面|版次)\s*[：:]\s*)?第\s*[A-Z]?\d{1,3}\s*版(?:\s*[：:]?\s*\p{Han}{1,8})?$", "版"),
    # labels in brackets, side by side (【作者：王小明】【来源：青山日报】)
    (r"(?:[【［\[]\s*(?:作者|来源|编辑|责任编辑|记者|时间|日期|发布时间)\s*[：:][^】］\]]{1,24}[】］\]]\s*){1,4}$", ("【", "［", "[")),
    # a row of the page's buttons (登录　注册, 简体 | 繁体, 0条评论　举报), one alone (广告,
    # 热搜), a link to its app (青山日报APP下载, 打开青山日报APP，阅读体验更佳, 青山日报·青山日报客户端),
    # a row of four or more sections between gaps (首页 新闻 图片 视频)
    (rf"(?:{_SOURCE})?(?:{_BUTTON})(?:\s*[|｜/／·]?\s*(?:{_BUTTON}))+$|\S{{0,12}}(?:APP|App|app|客户端)\s*下载$"
     r"|(?:广告|推广|热搜|热榜|网友评论|信息公开|政务公开|今日头条|首页|网站首页|新闻首页|新闻中心|自选股|实时行情|行情中心|(?:点击)?进入专题|无障碍(?:浏览|阅读)?|关怀版|长辈版|适老版|老年版)$|[【［\[]?(?:独家|快讯|现场直击|突发|重磅)[】］\]]?$|(?:打开|下载)\S{0,16}(?:APP|App|app|客户端)[^。！？]{0,12}$"
     r"|(?:更多|精彩)[^。！？]{0,10}?(?:请|敬请)?(?:下载|打开)\S{0,16}(?:APP|App|app|客户端)$"  # 更多精彩内容，请下载青山日报客户端
     r"|\S{1,12}·\S{1,12}(?:APP|App|客户端)$|\p{Han}{2,4}(?:\s+\p{Han}{2,4}){3,}$",
     ("登录", "注册", "退出", "举报", "评论", "留言", "分享", "收藏", "打印", "关闭", "简体", "繁", "English", "ENGLISH", "EN", "中文",
      "首页", "返回", "订阅", "投稿", "纠错", "反馈", "搜索", "帮助", "点赞", "转发", "在看", "关注", "无障碍", "版", "下载",
      "广告", "推广", "热搜", "热榜", "公开", "头条", "自选股", "行情", "专题", "全屏", "倍速", "清", "画质", "静音", "楼主", "本帖", "回复", "引用", "隐私", "协议", "条款", "声明", "我们", "地图", "中心", "独家", "快讯", "直击", "突发", "重磅", "关怀", "长辈", "适老", "老年", "APP", "App", "app", "客户端", " ", "\u3000", "\u00a0", "\t")),
    # the site's owner (主办单位：青山日报; an event's organisers, several, stay: a real article
    # lists them under its title)
    (rf"(?:主办|承办|协办)单位\s*[：:]\s*(?:{_SOURCE})$", ("单位",)),
    # a link alone, labelled or not (https://…, 本文链接：http://…)
    (r"(?:\p{Han}{0,4}(?:链接|网址|地址)\s*[：:]\s*)?(?:https?://|www\.)\S+$", ("http", "www.")),
    # links to more pages (猜你喜欢, 推荐阅读, 往期回顾)
    (r"猜你喜欢$|往期(?:回顾|推荐|精选)$"
     r"|(?:推荐|延伸|相关|热点|热门)(?:阅读|新闻|文章|推荐|股票|个股|话题|专题)$|(?:免责|版权|本站|特别)声明$"
     r"|(?:本篇|本文|全文)?(?:文章)?共有?\s*\d+\s*页$"
     # the site's own sections and boxes (编辑精选, 滚动新闻, 24小时热文) and its advertising
     r"|(?:编辑|小编|今日|本周|每日|独家|热门|热点|最新|滚动|实时|即时|图片|视频|专题|精彩|24小时|一周|本月|财经|科技|体育|娱乐|国际|军事|学校|校园)"
     r"(?:精选|要闻|新闻|热文|热点|资讯|快讯|推荐|排行|头条|速递|播报)榜?$|广告位招租$|(?:广告|商务|招商)合作$"
     r"|(?:即时|实时|滚动)(?:国际|中国|国内|港澳|台湾|两岸|财经|体育|娱乐|社会|科技)$"  # 即时国际: a news site's section
     r"|\S{2,8}指数\s*[\d.]+\s*[+\-－]?\s*[\d.]+%$",  # 上证指数 3012.38 +0.52%: a market's ticker
     ("评论", "讨论", "两句", "喜欢", "往期", "阅读", "新闻", "文章", "本文", "此文", "推荐", "更多", "声明", "页", "精选", "要闻", "热文", "热点", "即时", "实时", "滚动",
      "资讯", "快讯", "排行", "头条", "速递", "播报", "广告", "合作", "股票", "个股", "话题", "专题", "指数")),
    # a section's name, a weekday or a link standing alone (国内, 社会新闻, 星期五, 【返回顶部】),
    # and a navigation bar's first items in English (Home | News): no real line is one
    # (and a row of buttons in brackets: 【简体】【繁体】; the page's last crumb, » 正文)
    (rf"(?:{_SECTION})$|星期[一二三四五六日天]$|[【［\[]\s*(?:返回顶部|回到顶部|返回首页|返回|关闭|打印)\s*[】］\]]$"
     rf"|(?:[【［\[]\s*(?:{_BUTTON})\s*[】］\]]\s*){{1,6}}$|[>＞»›]{{1,2}}\s*(?:正文|详情|内容)$"
     r"|(?i:home|news|index)\s*[|｜/>»›]", ()),
    # an advertisement's mark, a site's address (广告, 【推广】, AD, 广告位招租, www.qsrb.cn, 青山日报 www.…)
    (r"(?:广告|推广|赞助|AD|广告位招租)$|[【［\[](?:广告|推广)[】］\]]$|\S{0,12}\s*(?:https?://|www\.)\S+$|[a-z0-9\-]+\.(?:com|cn|net|org)$",
     ("广告", "推广", "赞助", "AD", "www", "http", ".com", ".cn", ".net", ".org")),
    # a site's links, a post's page, a live page (手机版, 加入收藏, 查看原微博, 青山日报 V, 直播间)
    (r"(?:手机版|电脑版|加入收藏|设为首页|我要爆料|网站地图|(?:APP|App|app)\s*下载)$"
     r"|(?:查看原(?:微博|文|帖)|微博正文|实时更新|直播间|最新进展|直播回放)$|\S{1,12}\s+V$|\S{1,12}的微博$",
     ("版", "收藏", "首页", "爆料", "地图", "下载", "查看原", "微博", "更新", "直播", "进展", "V")),
    # a breadcrumb of sections' names alone, apart by any mark (时政 · 社会 · 国内, 新闻中心→本地新闻)
    (rf"(?:{_SECTION}|首页|新闻中心|\p{{Han}}{{0,4}}新闻)(?:\s*(?:[-－>＞»›→/／·|｜]|::|：：)\s*(?:{_SECTION}|首页|正文|新闻中心|\p{{Han}}{{0,4}}新闻)){{1,4}}$",
     (*"-－>＞»›→/／·|｜", "::", "：：")),
    # a source and a section of the paper after a gap or a dot, or before a bar (青山日报　要闻,
    # 【青山日报·要闻】, 要闻 | 青山日报)
    (rf"[【［\[]?(?:{_SOURCE})(?:\s+|\s*(?:[·|｜]|::|：：)\s*)(?:{_SECTION}|新闻|资讯|调查|深度|观察)[】］\]]?$|(?:{_SECTION})(?:\s+|\s*[|｜]\s*)(?:{_SOURCE})$"
     rf"|首页(?:\s+(?:{_SECTION}|新闻|正文|资讯|\p{{Han}}{{0,4}}新闻)){{1,4}}$"
     rf"|(?:{_SOURCE})\s*·\s*\p{{Han}}{{1,12}}(?:网|客户端)(?:\s+{_DATE})?$"  # 青山日报·青山网 (2024-01-12): a paper and its site
     rf"|【\s*(?:{_SOURCE})\s*·\s*[^】]{{1,24}}】$",
     (" ", "\t", "\u3000", "\u00a0", "·", "|", "｜", "::", "：：")),
    # a date in Chinese numerals, with its weekday or not (二〇二四年一月十二日　星期五)
    (r"[〇零○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日(?:\s*(?:星期|周|礼拜)[一二三四五六日天])?$", ("年",)),
    # a weather box (天气：晴 12℃, 北京 多云转晴 3~12℃) and an issue's number (青山日报第2048期,
    # 总第1024期)
    (r"天气\s*[：:]|\p{Han}{0,6}\s*(?:晴|阴|多云|小雨|中雨|大雨|暴雨|阵雨|雷阵雨|雨夹雪|小雪|中雪|大雪)(?:转\p{Han}{1,3})?"
     r"\s*-?\d{1,2}\s*(?:(?:℃|°C)?\s*[~～\-－]\s*-?\d{1,2}\s*)?(?:℃|°C)$|\S{0,12}?\s*(?:[|｜丨·]\s*)?第\s*\d{1,5}\s*期$"
     r"|\S{1,12}\s+(?:19|20)\d{2}\s*年\s*第\s*\d{1,3}\s*期$",  # 青山　2024年第5期
     ("天气", "℃", "°C", "期")),
    # a date in figures with a time or a source after it
    (rf"[【［\[(（]?\s*{_DATE}.{{0,12}}(?:\d{{1,2}}:\d{{2}}|来源|出处|作者|编辑|稿源|星期|周[一二三四五六日])", _YEAR_MONTH),
    # a date in English, alone or with its time (January 12, 2024; Jan. 12, 2024 08:30)
    (r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2},?|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?,?)"
     r"\s+(?:19|20)\d{2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$",  # (and 12 Jan 2024)
     r"(?:19|20)\d{2}"),
    # a date with a two-figure year and its time (24-01-12 08:30)
    (r"\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$", r"\d:\d\d"),
    # a date in figures with at most a time and two short words (a source, a weekday); the
    # words before it end at a gap or a bar, but for the last, which may touch the date
    # (青山日报（2024-01-12）), so that a line that is not one is given up in one pass
    (r"(?:\S{1,12}(?:\s+|\s*[|｜丨·]\s*)){0,2}(?:\S{1,12}(?:\s+|\s*[|｜丨·]\s*)|\S{1,12}?)?(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)[）)】］\]]?(?:\s*第\s*[\dA-Z一二三四五六七八九十]{1,4}\s*版)?"
     r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:(?:\s+|\s*[|｜丨·/／]\s*)\S{1,12}){0,2}$", _YEAR_MONTH_DAY)),
    anywhere=(
        # breadcrumbs
        (r"(?:首页|主页|当前位置|您的位置|你的位置|位置)\s*[:：]?\s*[>＞»›|｜]|\S\s*[>＞»›]{1,2}\s*\S+\s*[>＞»›]",
         (">", "＞", "»", "›", "|", "｜")),
        *_INTERFACE_ANYWHERE,
        # font size, print, share links
        # (as links: a word standing alone between gaps, bars or brackets, not inside a title
        # such as 3D打印 or “川字号”)
        (r"(?:字号|字级|字体(?:大小)?)\s*[:：]?\s*(?:[大中小]|放大|缩小|默认|标准|超大|[AaＡTt](?![A-Za-z])|[+＋\-－]|$)|[【［\[]\s*字号"
         r"|(?:^|(?<=[\s|｜【［\[]))(?:打印(?:本页|本文|此文|文章)?|关闭(?:窗口|本页|本文)?|收藏(?:本文|本页)?|扫一扫)(?=$|[\s|｜】］\]：:])"
         r"|分享到|【\s*大\s*中\s*小\s*】|[【［\[]\s*大\s*[】］\]]\s*[【［\[]\s*中\s*[】］\]]",
         ("字号", "字级", "字体", "打印", "关闭", "收藏", "分享", "扫一扫", "大")),
        (r"\p{Han}{0,2}(?:时间|日期)\s*[：:]\s*(?:19|20)\d{2}", ("时间", "日期")),  # …发布时间：2024-…
        # a post's date and time, and where it came from (青山日报微博 2024-01-12 10:30 来自 微博 weibo.com)
        (r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}\s*(?:来自|发布于|来源)", ("来自", "发布于", "来源")),
    ),
)
PAGE_INTERFACE = _Cue(_INTERFACE, anywhere=_INTERFACE_ANYWHERE)
#: An outlet and its photographer after a slash, either way round (青山日报/王小明, 王小明/青山日报);
#: a picture's label and who took it or where it came from, the gap between them gone (图青山日报).
_OUTLET_AND_NAME = (rf"(?:(?:本报|\p{{Han}}{{1,10}}{_OUTLET})\s*[/／]\s*(?:{_NAME})"
                    rf"|(?:{_NAME})\s*[/／]\s*(?:本报|\p{{Han}}{{1,10}}{_OUTLET})(?:视觉中心|图片中心|摄影部)?)")
_LABEL_AND_TAKER = rf"(?:图|图片|照片|摄影|摄)\s*(?:{_NAME}|{_SOURCE})"
#: Arrows and triangles point at a photo, a camera marks its credit; bullets (■ ● ◆) head
#: summaries and stay in the body.
_CAPTION_MARKS = "▲△▴▵▶▷▸▹►▻▼▽▾▿◀◁◂◃◄◅←→↑↓⇐⇑⇒⇓⇚⇛⇠⇡⇢⇣⇦⇨⬅⬆⬇➔➘➙➚➛➜➝➞➟➠➡➢➣➤➥➦➧➨➩➪➫➬➭➮➯➱➲➳➴➵➶➷➸➹➺➻➼➽➾⮕👆👇📷📸"
#: An English caption's opening (Photo taken on Jan. 12 shows …, This photo shows …) and the
#: agencies whose credit in brackets ends one ((Xinhua/Wang Peng)).
_ENGLISH_OPENING = r"(?i:(?:a |an |this |the )?(?:aerial |file )?photo (?:taken|shot) on\b|(?:this|the|a|an) (?:aerial |file )?(?:photo|picture) (?:taken .{0,40})?shows\b)"
_AGENCIES = r"(?:Xinhua|CFP|AFP|AP|EPA|Reuters|VCG|CNS|IC|China\s*Daily)"
#: Whose pictures (本文, 文中 …) and which (图片均, 画面 …), for the caption cue's notes on where a
#: text's pictures came from.
_TEXTS = r"(?:本文|本版|文中|以上|文内)"
_PICTURES = r"(?:图片|照片|配图|画面|影像)(?:均|皆|全部)?"
CAPTION_CUE = _Cue((
    # what the page shows where a picture or a video stands (视频加载中…, 图片加载失败，请重试,
    # 您的浏览器不支持video标签, 保存图片): the media's place, kept with the captions in the
    # body (above the title, furniture; the page's other interface goes with the bylines)
    ((rf"(?:{_PICTURE_ACTIONS}|(?:视频|图片|图像)(?:加载中|加载失败|无法(?:播放|显示|加载)|播放失败)[，,]?\s*(?:请)?(?:稍候|稍等|刷新|重试|稍后再试)?\S{{0,6}}"
      rf"|{_NO_PLAYER})$"),
     ("图片", "原图", "大图", "视频加载", "图像", "视频无法", "播放失败", "浏览器", "rowser")),
    # a short line naming the footage a picture is taken from (执法记录仪画面, 监控画面)
    (r"\p{Han}{1,8}画面$", ("画面",)),
    # a picture's place left as its tag or its file's name, and an audio player's label
    # ([img], IMG_2031.JPG, 音频：)
    (r"(?:[\[【<［]\s*(?:img|IMG|image|Image|IMAGE|pic|PIC|photo|Photo|PHOTO)\s*[\]】>］]|[\w\-.]{1,40}\.(?:jpe?g|png|gif|webp|bmp|JPE?G|PNG|GIF|WEBP|BMP)|音频\s*[：:])$",
     ("img", "IMG", "mage", "MAGE", "pic", "PIC", "hoto", "HOTO", ".jp", ".JP", ".png", ".PNG", ".gif", ".GIF", ".webp", ".WEBP", ".bmp", ".BMP", "音频")),
    # a caption's words and where the picture came from in brackets, nothing else in the line
    # (…的成果展示（来源：青山大学）; not after a label and a name, 作者：王小明（来源：青山日报))
    (r"[^：:（）()。！？；]{5,30}[（(](?:图片|照片|视频)?来源[：:][^（）()]{1,40}[）)]$", ("来源",)),
    # a photo's label naming the event or the kind of picture (现场照片, 活动图片)
    (r"\p{Han}{0,4}(?:现场|活动|会议|工作|资料|新闻)(?:照片|图片)$", ("照片", "图片")),
    # a photographer alone, by a title of the trade (青山日报特约摄影 王小明, 本报摄影记者 王小明)
    (rf"(?:本报|\p{{Han}}{{1,10}}{_OUTLET}|新华社|中新社)?(?:(?:特约|首席|资深)摄影(?:记者|师)?|摄影(?:记者|师))\s*[：:]?\s*(?:{_NAME})$", ("摄影",)),
    # a table's label, a chart's unit or its data's date (表1：…, （单位：亿元）, …（单位：%）, （注：数据截至2024-01-12）)
    (r"表\s*\d{0,2}\s*[：:]|[（(]\s*注\s*[：:]\s*数据(?:截至|来源|统计)", ("表", "注")),
    # who stands where, named (左一为王小明, 中间为王小明)
    (rf"(?:图中)?(?:左|右|中间|中|前排|后排)[一二三四五六七八九]?(?:为|是)(?:{_NAME})", ("为", "是")),
    # a gallery's picture (第3张：…), its label in square brackets (【高清】…)
    (r"第\s*\d{1,3}\s*[张幅]\s*[：:]|[【［\[]\s*高清\s*[】］\]]", ("张", "幅", "高清")),
    # an e-paper's page, alone (第01版, －2－)
    # and its continuation mark standing alone (（上接第1版）, （下转第三版）; after a paragraph's words,
    # …（下转第二版）, it stays with them: the text goes on on that page)
    (r"第\s*[A-H]?\s*[\d一二三四五六七八九十]{1,3}\s*版$|[-－—]\s*\d{1,3}\s*[-－—]$"
     r"|[（(]\s*(?:[上下]?[转接]|紧接|续|转自)\s*第?\s*[\d一二三四五六七八九十]{1,3}\s*版\s*[）)]$", ("版", "－", "-", "—")),
    # a video's length, a topic tag standing alone (视频时长 02:35, #青山镇运动会#), a photo
    # gallery's links (上一张 下一张, 查看原图, 高清大图)
    (r"视频时长\s*[：:]?\s*\d|#[^#]{1,30}#(?:\s*#[^#]{1,30}#){0,5}$|L?\S{1,20}的(?:微博|秒拍|抖音|快手)视频$|(?:上一|下一)[张组幅](?:\s*(?:上一|下一)[张组幅])*$|查看原图$|高清大图$"
     r"|[（(【［\[]\s*共\s*\d{1,3}\s*[张幅]\s*[）)】］\]]",  # （共12张）…: a gallery's count
     ("视频时长", "#", "一张", "一组", "一幅", "原图", "大图", "共", "视频")),
    # in English: Photo by 王小明, Photo: 青山日报
    (r"[(（]?\s*(?i:photo(?:graph)?s?|images?|pictures?|pics?|graphics?|illustrations?|credits?|courtesy)\s*(?i:credits?|courtesy)?\s*(?i:by|of|[:：/])"
     r"|(?i:image|img|picture|photo)$"  # a picture's alt text left alone
     # an agency and a photographer in brackets ((Xinhua/Wang Peng)), an agency's or a file photo
     rf"|[(（]\s*{_AGENCIES}\s*(?:Photo)?\s*/\s*(?:[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){{0,3}}|[\p{{Han}}·]{{2,4}})\s*[)）]$"
     r"|(?i:file|xinhua|cfp|afp|reuters|vcg)\s*(?i:photos?)$"
     # a picture agency's or a stock site's name alone (VCG, Getty Images, Unsplash)
     r"|(?:VCG|Getty\s*Images|AFP|EPA|Reuters|Xinhua|Unsplash|Pixabay|Shutterstock|Pexels|IC\s*photo)$"
     # an English caption's opening (Photo taken on Jan. 12 shows …, This photo shows …)
     "|" + _ENGLISH_OPENING, "[A-Za-z]"),
    (r"[（(]?\s*(?:[此该本上下左右组首配题]?图\s*[为中是]|图\s*[片①-⑳0-9一二三四五六七八九十：:])"
    r"|[【［\[][^】］\]]{1,12}[】］\]]\s*图\s*[为中是]"  # 【青山网讯】图为…: a dateline before the caption
    r"|图\s*[·•]\s*[\p{Han}·]{2,4}$"  # 图·王小明: the photographer
    # a picture label: a short word holding 图, 照片, 视频 or 影像 (配图 图注 图表 示意图 视频来源),
    # 摄影, 供图, 美编 … before a colon, a slash or a bar, bracketed or not
    r"|[（(【［\[]?\s*(?:\p{Han}{0,3}(?:图|照片?|相片|视频(?!编辑|剪辑|制作|监制|策划|统筹|责编|主编|审核)|影像|航拍|画面|镜头|无人机|俯瞰|全景|近景)(?:\p{Han}{0,2}|[①-⑳\d]{1,3}(?:\s*[-—～~、]\s*[①-⑳\d]{1,3})?)|(?:图文|视频)直播|(?i:gif)|摄影|摄|供图|制图|制表|封面(?:图)?|海报|版式(?:设计)?|版面(?:设计)?|美编|数据来源|资料来源|截图|漫画|插画|绘画|手绘)"
    r"\s*[：:/／|｜丨]"
    r"|[【［\[]\s*\p{Han}{0,3}(?:图片?|照片|视频|现场|摄影|摄像|航拍|画面|镜头|组图|图集)(?:\p{Han}{0,2}|[\d①-⑳]{1,2})\s*[】］\]]"  # 【现场图】… 【图片说明】… 【航拍】… 【画面】… 【图1】…
    # a picture agency's name alone (视觉中国, 新华社发)
    r"|(?:CFP|IC\s*photo|视觉中国|人民视觉|东方IC|图虫(?:创意)?|新华社发|中新社发)$"
    r"|[（(]?\s*点击(?:图片|查看|播放|进入|观看)"  # a link under a picture or a video
    r"|[（(][上下左右][）)]\s*\S"  # （上）…: a picture by its place on the page
    r"|图\s*[（(]\s*[\d一二三四五六七八九十]{1,2}\s*[）)]\s*\S"  # 图（1）…
    r"|[（(]?(?:图中|图片)?(?:从|自|由)?(?:左至右|右至左|左到右|右到左|前排左起|后排左起|左起|右起)"
  # 从左至右：…: who stands where
    r"|[Pp]\d{1,2}\s*[：:]"  # P1：… (the pictures of a post, numbered)
    r"|摄影报道\s*[：:]"  # 摄影报道：王小明
    r"|[（(]?\s*(?:图片?|照片)\s*据\s*\S{1,16}[）)]?$"  # 图据青山日报: where the picture came from
    # a picture that only illustrates (（示意图，图文无关）, 本图仅为示意, （配图与本文无关）)
    r"|[（(]?[^，,（）()]{0,6}[，,]?\s*(?:图文无关|与(?:本文|正文|内容)无关)"
    r"|[（(]?\s*(?:示意图|配图|图片|照片|本图|此图|该图)(?:仅为|仅作|仅供|系)(?:示意|参考)"
    r"|示意图\s*[，,]\s*(?:来源|图源|图片来源|来自)"  # 示意图，来源：青山日报
    # 本文图片均来自…, 画面来自…, after a note's label too (（注：本文图片均来自…）); in brackets, the
    # text's pictures named (（本文图片来自网络）; not （照片选自作者作品《…》）, which People's Daily prints
    # under a photographer's essay)
    rf"|(?:[（(]?\s*注\s*[：:]\s*)?{_TEXTS}?{_PICTURES}(?:来自|来源于|源自|选自)\p{{Han}}"
    rf"|[（(]\s*{_TEXTS}{_PICTURES}(?:来自|来源于|源自)\p{{Han}}"
    # the header picture's credit (题图来自…, 头图由…提供) and an illustration's label (网络配图)
    r"|(?:题图|头图|首图|主图|封面图?片?|配图)(?:均|皆)?(?:来自|来源于|源自|选自|由\S{1,16}(?:提供|拍摄|摄|供图|绘制|制作))"
    r"|\p{Han}{0,2}配图$"
    r"|[（(]?\s*(?:视频|图片|照片)?截(?:图|取)?自\p{Han}"  # 截图自青山日报微博, 视频截自…, （视频截取自…）
    r"|(?:资料图片?|资料照片)\s*[（(][^（）()]{1,16}[）)]$"  # 资料图（青山日报）
    r"|[（(](?:[上下左右组本]?图|第?[一二三四五六七八九十\d]{1,2}图|\p{Han}{0,2}(?:航拍|示意|效果|现场|全景)图?|资料(?:照片|图片?)?|照片|图片|视频|[A-Za-z0-9\p{Han}]{0,6}截[图屏])[）)]"  # （上图）… （第一图）… （视频截图）… （航拍图）…
    r"|(?:海报|版式|美术|封面|平面|视觉)设计\s*[：:/／|｜丨]|\p{Han}{0,2}摄影\s*[：:/／|｜丨]"
    r"|摄影记者|摄像记者"
    r"|[（(][^（）()]{0,12}(?:供图|摄影?|摄制|航拍)(?:报道)?(?:[，,]\s*(?:已获授权|已授权|经授权使用|授权使用))?[）)]"  # （青山日报供图）… （王小明/摄）… （王小明 摄影报道）… （王小明供图，已获授权）
    r"|[（(][^（）()]{0,40}(?:记者|通讯员)\s*[\p{Han}·]{2,4}\s*[/／]?\s*(?:手机|连线|现场|远程|无人机|航拍)?(?:拍摄|摄)[）)]$"  # （…，青山日报记者王小明手机拍摄）
    r"|[（(][^（）()]{0,16}(?:画面|直播截图|演播室)[）)]$"  # （青山电视台演播室画面）
    r"|[\p{Han}·]{2,4}\s*[/／]\s*摄影?(?!记者)"  # 王小明/摄　…: the credit before the caption
    r"|[（(]?\s*[\p{Han}·]{2,4}摄于\S"  # 王小明摄于…现场, （王小明摄于2024-12-06）
    r"|[（(【［\[]\s*\d{1,2}\s*/\s*\d{1,2}\s*[）)】］\]]"  # 【2/6】…: a photo gallery's counter
    r"|[\p{Han}·]{2,4}摄影作品《"  # 王小明摄影作品《…》
    rf"|[\p{{Han}}·]{{2,4}}\s*[/／]\s*(?:本报|本刊|\p{{Han}}{{1,10}}{_OUTLET})$"  # 王小明／青山日报
    # a picture made by AI, said so (（图片由AI生成）, AI生成图片，仅供参考); not the name of a rule
    # on such content, which goes on
    r"|[（(]?\s*(?:本|此|该)?(?:图|图片|图像|画面|配图|封面图?|视频)?\s*(?:由|系|为|使用|采用|借助)?\s*(?:AI|AIGC|人工智能)"
    r"(?:工具|技术|软件)?\s*(?:辅助)?(?:生成|制作|合成|绘制|创作)的?(?:图片|图像|画面|配图|视频)?(?:[，,]\s*仅供参考)?[）)]?$"
    r"|(?:AI|AIGC)\s*(?:配图|插图|绘图|作图)$",  # AI配图
     ("图", "照", "相片", "视频", "GIF", "gif", "Gif", "AI", "人工智能", "无人机", "俯瞰", "全景", "近景", "P", "p", "无关", "示意", "参考", "影像", "航拍", "摄", "设计", "版式", "版面", "制表", "美编", "资料来源", "CFP", "IC", "视觉", "东方", "社发", "封面", "海报", "数据来源", "点击", "现场", "资料", "截", "画", "镜头", "/", "／",
      "（上）", "（下）", "（左）", "（右）", "(上)", "(下)", "(左)", "(右)", "左至右", "右至左", "左到右", "右到左", "左起", "右起")),),
    # at the end
    ((r"[【［\[]\s*(?:组?图|图片|照片|视频)\s*[】］\]]$"  # …【图片】
    r"|(?:现场|资料|示意|效果|全景|动|GIF|gif|Gif|模拟|想象|渲染|概念|卫星|遥感|结构|原理|剖面|三维)图$|(?:手绘|绘图|插画|漫画)$"  # …现场图, 王小明手绘, 动图, …。模拟图
    r"|[（(](?:卫星|遥感|航拍|雷达|医学|CT|显微)影像[）)]$"  # …（卫星影像）: the kind of image (not any …影像: a paper's column, （百姓影像）, ends titles)
    r"|(?:K线|走势|分时|趋势|柱状|折线|饼状?|曲线|统计|数据)图$"  # a chart's kind (…走势图, K线图)
    r"|(?:剧照|海报|定妆照|宣传照|工作照|合照|花絮照|生活照|近照|旧照)$"  # …剧照, 《青山》海报: a still, a poster
    r"|(?:图片|照片|摄影)(?:集锦|精选)$|(?:高清)?(?:组图|图集)$"  # 【…】图片集锦, …高清组图: a photo gallery's title
    r"|(?:图片中心|图片库|图片社|摄影部)$"  # 青山日报图片中心
    r"|(?:^|[\s\u3000])[\p{Han}·]{2,4}\s*[/／]\s*图$"  # 王小明/图
    # a picture agency's credit in brackets
    r"|[（(]\s*(?:CFP|IC\s*photo|视觉中国|人民视觉|东方IC|图虫|AFP|AP|EPA|Reuters|路透社?|法新社|美联社|欧新社|欧洲新闻图片社|彭博社?|Getty\s*Images?|新华社发|中新社发)(?:照片|图片)?\s*[）)]$"
    r"|[。\s](?:路透社?|法新社|美联社|欧新社|彭博社?|新华社|中新社)(?:照片|图片|供图)$"  # …。美联社照片
    r"|[。！]\s*(?:IC\s*photo|CFP|视觉中国|人民视觉|东方IC|美联社|路透社?|法新社|共同社)$"  # …。IC photo, …。美联社
    r"|[（(]\s*[\p{Han}·]{2,4}\s*[/／]\s*(?:视觉中国|人民视觉|东方IC|CFP|IC\s*photo|图虫创意|新华社|中新社)\s*[）)]$"  # …（王小明/视觉中国）
    r"|[（(]\s*(?:视觉中国|人民视觉|东方IC|CFP|IC\s*photo|图虫创意|AP\s*Photo|AFP|EPA|Reuters)\s*[/／]\s*[^（）()]{1,16}[）)]$"  # …（视觉中国/王小明）, …（AP Photo/…）
    r"|\S\s*[/／]\s*(?:CFP|IC\s*photo|视觉中国|人民视觉|东方IC|图虫(?:创意)?|Getty\s*Images?)$"  # …/视觉中国: the agency after the caption
    r"|图\s*[/／：:｜|丨]\s*[\p{Han}\w]{2,12}[）)]?$"  # …图/新华社, …  图：王小明, …　图｜青山日报
    r"|摄影?\s*[/／：:]\s*[\p{Han}·]{2,4}$|(?:图片|照片)\s*[/／：:]\s*[\p{Han}·]{2,12}$"  # …　摄影/王小明
    r"|[（(]\s*(?:来源|来自|源自|图源)\s*[：:]?\s*网络\s*[）)]$"  # …（来源：网络）
    r"|(?:图片|照片|图源)(?:来自|来源于?)[^，。；]{0,12}。?$"  # …。图片来自网络
    r"|(?:[\s|｜丨/／）)】］\]]|^)(?:图源|图片来源|图片来自|图片源自)\s*[：:]?\s*[^，。；\s]{1,12}$"  # … | 图源网络, …（资料图）图源：外媒
    # …图自外媒, …图片来自青山网: where the picture came from, the gap before it gone
    rf"|图片?(?:自|来自|源自|取自)(?:外媒|网络|社交媒体|\p{{Han}}{{1,10}}(?:{_OUTLET}|官网|网站|微博))$"
    # 王小明摄（影像中国）: the photographer and the picture's column
    rf"|^(?:{_NAME})\s*摄\s*[（(][^（）()]{{1,8}}[）)]$"
    r"|(?:。|摄)\s*[（(]?\p{Han}{1,8}(?:社|网|报|台|客户端|新闻)\s*发[）)]?\s*$"  # …。新华社发  …摄（新华社发）
    r"|[（(【［\[][^（）()【】［］\[\]]{0,20}(?:摄影?|绘|绘图|供图|图|图片|照片|截图|截屏|视频截图|资料图片|资料照片|航拍)[）)】］\]]\s*$"
    r"|[。！]\s*\p{Han}{0,10}(?:画面|截屏)$"  # …。青山电视台画面
    r"|[（(][^（）()]{0,12}(?:视频截图|截图|截屏|资料图片|资料照片|供图|摄影?)[）)]。$"  # …（视频截图）。: the stop after the credit
    r"|[（(]\s*(?:图片|照片|配图|图)\s*(?:仅供参考|仅为示意|仅作示意|仅供示意)\s*[）)]$"  # …（图片仅供参考）
    r"|[（(【［\[]\s*\d{1,2}\s*/\s*\d{1,2}\s*[）)】］\]]$"  # …（1/5）: a photo gallery's counter

    r"|(?i:photos?)\s*[:：]\s*\S{1,16}$"  # … Photo: 青山日报
    r"|[（(]\s*(?i:photos?|photographs?|pictures?)\s*(?i:by)\s*[^（）()]{1,24}[）)]$"  # …（Photo by 王小明）
    r"|\S(?:网页链接|查看链接)$"  # …　网页链接: a post's link to a page (the gaps are gone here)
    rf"|[^—]——\s*(?:{_SOURCE})?\s*(?:特约|首席)?记者\s*(?:{_NAME})$"  # …——本报记者 王小明 (after a caption)
    rf"|\S\s*@(?:{_SOURCE})$"  # …　@青山日报: the account it was taken from
    r"|[（(]\s*(?:摄影|摄像|航拍|摄)\s*[\p{Han}·]{2,4}\s*[）)]\s*$"  # （摄影 王小明）
    rf"|[（(]\s*(?:本报|\p{{Han}}{{1,10}}{_OUTLET})?\s*(?:(?:特约|首席|资深|见习)摄影(?:记者|师)?|摄影(?:记者|师))\s*[\p{{Han}}·]{{2,4}}\s*[）)]\s*$"  # （青山日报特约摄影 王小明）, （青山日报摄影记者 王小明）
    rf"|[（(](?:{_NAME})[，,][^（）()]{{2,16}}(?:摄影|图片|视觉)[^（）()]{{0,8}}[）)]$"  # …（王小明，青山日报摄影部主任）
    r"|[（(]\s*摄于\s*[^（）()]{2,20}[）)]\s*$"  # …（摄于2024-01-12）: when the picture was taken
    rf"|——\s*(?:{_SOURCE}|新华社|中新社)\s*供?图$"  # …——青山日报图
    r"|[（(][^（）()]{0,12}摄\s*[/／|｜·]\s*[^（）()]{1,16}[）)]\s*$"  # （王小明 摄 / 青山日报）
    r"|[【［\[（(]\s*(?:本版|本期|本组|本文)?(?:摄影师|摄影|摄像|摄|图|图片|照片|视频|航拍|动图|画面|(?:图片|照片|视频)?拍摄|插画|插图|漫画|绘图|制图|配图|手绘|绘画|图文|文图|文\s*/\s*图|图\s*/\s*文|海报设计|设计|美编)\s*[：:/／]\s*[\p{Han}·]{2,12}(?:\s*[/／、，,]\s*[\p{Han}·]{2,12}){0,3}\s*[】］\]）)]\s*$"  # …【摄影：王小明】, …（图片拍摄：王小明）, …（摄影：王小明、李春华）
    # several roles and names in brackets after the caption (…（摄影/王小明 编辑/李春华）)
    # (one of them a photographer's: （文/王小明 编辑/李春华） is a byline)
    r"|[（(](?=[^（）()]*(?:摄|图))\s*(?:(?:摄影|摄像|图片|图|文字|撰文|文|编辑|责编|校对|审核|剪辑|制图|设计)\s*[/／：:]\s*[\p{Han}·]{2,4}\s*){2,4}[）)]$"
    r"|[（(]\s*(?:图源|图片来源|照片来源|视频来源|画面来源)\s*[：:][^（）()]{1,16}[）)]\s*$"  # …（图源：青山日报）
    r"|[（(]\s*(?:资料图片?|资料照片)\s*[^（）()\s]{1,16}\s*[）)]\s*$"  # …（资料图 青山日报）
    r"|[（(]\s*(?:图片|照片|视频|配图)(?:源自|来自|来源于|转自|转载自)[^（）()]{1,16}[）)]\s*$"  # …（图片源自…）, …（配图转自网络）
    r"|[（(]\s*(?:题图|头图|封面图?)(?:来自|来源|来源于)\s*[：:]?[^（）()]{1,16}[）)]\s*$"  # …（题图来自：青山日报）
    r"|[（(][^（）()]{0,4}(?:图|照片|视频)[^（）()]{0,16}提供[）)]\s*$"  # （图片由…提供）
    r"|[（(](?!本文)(?:由)?(?:受访者|受访单位|采访对象|被访者|当事人|家属|主办方|[\p{Han}]{2,10}(?:单位|部门|公司|学校|医院|中心|协会))提供[）)]\s*$"  # …（受访单位提供）
    r"|[\p{Han}。！]摄于\s*\d{4}\s*[-./年]\s*\d{1,2}(?:\s*[-./月]\s*\d{1,2}\s*日?)?$"  # …王小明摄于2024-12-06, …。摄于2024-12-06
    rf"|\p{{Han}}{_OUTLET}\s*[/／]\s*(?:图|摄)$"  # …。青山电视台/图 (本报/图 too; searched, one character before the outlet's ending will do)
    r"|[（(]\s*(?:截图|截屏|截取|视频截图|图片|照片|图|画面)(?:自|来自|源自|取自)[^（）()]{1,16}[）)]$"  # …（截图自青山日报）
    r"|(?:摄|供图|摄影|摄影报道|资料图片|资料照片|截图)\s*$",
      ("图", "照", "视频", "摄", "绘", "画", "网络", "发", "提供", "CFP", "IC", "AFP", "AP", "Reuters", "路透", "法新社", "美联社",
       "Getty", "视觉中国", "人民视觉", "链接", "航拍", "截", "@", "/", "hoto", "HOTO", "记者", "EPA", "欧新社", "欧洲新闻", "彭博",
       "剧照", "海报", "定妆照", "宣传照", "工作照", "合照", "设计", "美编", "影像")),
     # (each with its own strings: lines holding 来源 or 】 are common, these shapes rare)
     (r"[^（(\s]\s*[（(]\s*(?:数据来源|资料来源)\s*[：:][^（）()]{1,16}[）)]$", ("数据来源", "资料来源")),  # …（数据来源：青山日报）
     (rf"\S【(?:本报|\p{{Han}}{{1,10}}{_OUTLET})】$", ("】",)),  # …【青山日报】: the picture's source
     # …（图片由AI生成，仅供参考）: a picture made by AI, said so in brackets after the caption's words
     (r"[（(]\s*(?:本|此|该)?(?:图|图片|图像|画面|配图)?\s*(?:由|系|为|使用|采用|借助)?\s*(?:AI|AIGC|人工智能)\S{0,4}?(?:生成|制作|合成|绘制|创作)"
      r"[^（）()]{0,12}[）)]$", ("AI", "人工智能")),
     # …（图/青山日报车频道 王小明）: 图 and who took it or where it is from, in brackets after the
     # caption's words
     (r"[^（(\s]\s*[（(]\s*图\s*[/／：:|｜]\s*[^（）()]{2,24}[）)]$", ("图/", "图／", "图:", "图：", "图|", "图｜", "图 /", "图 ／")),
     # …（视频截图，来源：网友）: a screenshot and its source in brackets after the caption's words
     (r"[（(][^（）()]{0,8}(?:截图|截屏)[^（）()]{0,16}[）)]$", ("截图", "截屏")),
     # …卫星云图（2024-01-12）: a chart or a map and its day
     (rf"\p{{Han}}{{0,10}}图\s*[（(]\s*{_DATE}\s*[）)]$", ("图（", "图(")),
     # …（王小明摄于青山日报）, …（王小明／摄　青山大学）: the photographer and where, in brackets
     (r"[（(]\s*[\p{Han}·]{2,4}\s*(?:摄于|[/／]\s*摄)\s*[^（）()]{1,16}[）)]$", ("摄于", "/摄", "／摄", "/ 摄", "／ 摄")),
     # …（摄影：王小明　2024-01-12）: the photographer and the day in brackets
     (rf"[（(]\s*(?:摄影|摄|拍摄|图|图片)\s*[：:/／]?\s*(?:{_NAME})\s*{_DATE}\s*[）)]$", ("摄", "图")),
     # …王小明/摄2024-01-12: the photographer and the day (its own strings: a Han class that
     # may start anywhere is costly in the part above)
     (rf"[\p{{Han}}·]{{2,4}}\s*[/／]\s*摄\s*{_DATE}$", ("摄1", "摄2", "摄 1", "摄 2")),
     # …（青山日报视觉 王小明）: a paper's picture desk and its photographer
     (rf"[（(]\s*(?:本报|\p{{Han}}{{1,10}}{_OUTLET})?\s*视觉\s*[\p{{Han}}·]{{2,4}}\s*[）)]$", ("视觉",)),
     # an English credit after a caption's words, a stop, a bracket or a bar (…. Image credit: NASA,
     # …（Courtesy of 青山大学）, …（Source: Reuters）, …。Video: 青山日报, …。Photo/王小明, … | Getty Images)
     (r"(?:[。.！!]|[（(]|[|｜])\s*(?i:(?:image|photo|picture|video|graphic|illustration)s?\s*(?:credits?)?|credits?|courtesy\s*of|source|pics?)"
      r"\s*[:：/]?\s*[^（）()。]{1,30}[）)]?$"
      r"|[|｜]\s*(?:Getty\s*Images?|Reuters|REUTERS|AFP|AP|EPA|Xinhua|VCG|IC\s*photo|CFP)$", "[A-Za-z]"),
     # …（共8张）: a gallery's count
     (r"[（(【［\[]\s*共\s*\d{1,3}\s*[张幅]\s*[）)】］\]]$|摄\s*[（(]\s*\d{1,3}\s*[张幅]\s*[）)]$", ("张", "幅")),
     # …（图片编号：123）, …（作品编号：…）, …（图号：…）: a picture's number at its agency;
     # …（图片购买：青山日报）, …（青山日报图片库）
     (r"[（(]\s*(?:图片|作品|稿件|授权|资料图\s*)?编号\s*[：:]?\s*[A-Za-z0-9\-]{2,20}[）)]$|[（(]\s*图号\s*[：:]\s*[A-Za-z0-9\-]{2,20}[）)]$"
      rf"|[（(]\s*图片购买\s*[：:][^（）()]{{1,16}}[）)]$|[（(](?:本报|\p{{Han}}{{1,10}}{_OUTLET})图片库[）)]$", ("编号", "图号", "图片购买", "图片库")),
     # …（2024-01-12，农历腊月初二）: the day a picture was taken, by the lunar calendar too
     (rf"[（(]\s*(?:{_DATE}\s*[，,]?\s*)?{_LUNAR_DAY}[）)]$", ("月初", "月十", "月廿", "月二十", "月三十")),
     # …（广告）, …。赞助：青山日报, …（青山日报　www.…）: an advertisement's mark, a sponsor, a site
     (rf"[（(]\s*(?:广告|推广)\s*[）)]$|[。！]\s*赞助\s*[：:]\s*\S{{2,16}}$|[（(](?:本报|\p{{Han}}{{1,10}}{_OUTLET})\s*(?:https?://|www\.)\S+[）)]$",
      ("广告", "推广", "赞助", "www", "http")),
     # a picture's note: how it was made or processed, that it is not of the text's people
     # (…（图中人物已做马赛克处理）, …（图片系摆拍）, …（资料图，与本文无直接关系）, …（示意图，人物为演员扮演）,
     # …（本图经当事人同意发布）)
     (rf"[（(]\s*指导(?:老师|教师)\s*[：:]?\s*(?:{_NAME})[）)]$|"
      r"[（(][^（）()]{0,12}(?:模糊|马赛克|隐私|打码|技术)处理[）)]$|[（(]\s*(?:图片|本图|照片)?(?:系|为)摆拍[）)]$"
      r"|[（(][^（）()]{0,10}与(?:本文|文中人物|正文)无(?:直接)?关(?:系)?[）)]$|[（(][^（）()]{0,10}(?:演员|模特)扮演[）)]$"
      r"|[（(](?:本图|图片|照片)经[^（）()]{1,8}同意(?:发布|使用)[）)]$", ("指导", "处理", "摆拍", "无关", "无直接", "扮演", "同意")),
     # …（单位：亿元）: a chart's or a table's unit
     (r"[（(]\s*单位\s*[：:][^（）()]{1,8}[）)]$", ("单位",)),
     # …（向上滑动查看）, …（点击查看大图）: what the reader does with the picture
     (r"[（(]\s*(?:向?[上下左右]{1,2}滑动?|点击|轻触|长按)(?:图片)?(?:查看|浏览|看|观看|可?放大)\S{0,4}[）)]$|(?:长按|轻触)(?:图片)?(?:保存|识别)\S{0,4}$",
      ("滑", "点击", "轻触", "长按")),
     # …（新闻画面）, …（青山电视台画面）: the footage a caption's words are taken from
     (r"[^（(\s][（(][^（）()]{0,16}画面[）)]$", ("画面",)),
     # …（青山时报）: a paper's name in round brackets after a caption's words (no real line or
     # title ends so; after a name alone, 王小明（青山日报）, a byline)
     (r"[^（(\s]{5}[（(]\p{Han}{1,8}(?:日报|时报|晚报|早报|商报|周报)[）)]$", ("报）", "报)")),
     # the picture's rights holder, alone or after the caption (©青山日报, …　© 视觉中国), a
     # camera standing for 摄影 in brackets (…（📷：王小明）)
     ((rf"(?:^|\S\s*)(?:©|\(c\)|（c）)\s*(?:本报|\p{{Han}}{{1,10}}{_OUTLET}|视觉中国|人民视觉|东方IC|图虫创意)$"
       r"|[（(]\s*[📷📸]\uFE0F?\s*[：:/／]?\s*[^（）()]{2,16}[）)]$|[。！]\s*[📷📸]\uFE0F?\s*[：:/／]?\s*\S{2,16}$"), ("©", "(c)", "（c）", "📷", "📸")),
     # the outlet and its photographer in brackets after the caption's words (…（青山日报/王小明）;
     # alone, a byline)
     # (or the name first: …（王小明/青山日报）; in square brackets, after a stop or a dash too)
     (rf"(?:[^（(【［\[\s]\s*[（(【［\[]\s*{_OUTLET_AND_NAME}\s*[）)】］\]]|(?:[。！]|——)\s*{_OUTLET_AND_NAME})$", ("/", "／")),
     # a picture's label and its photographer or source, the gap between them gone, in
     # brackets or after a stop or a dash (…（图　青山日报）, …。摄影　王小明, …——图　青山网)
     (rf"(?:[^（(【［\[\s]\s*[（(【［\[]\s*{_LABEL_AND_TAKER}\s*[）)】］\]]|(?:[。！|｜丨]|——)\s*{_LABEL_AND_TAKER})$", ("图", "照片", "摄")),
     # an outlet's picture (发) in any bracket or after a dash (…【青山日报发】, …——新华社发),
     # a provider or the picture's source as a label in brackets (…（供图：青山日报）, …【图源：青山日报】)
     # (not 来源: 作者：王小明（来源：青山日报） is an author's line)
     ((rf"(?:[（(【［\[]\s*|——\s*)\p{{Han}}{{1,8}}{_OUTLET}\s*发\s*[）)】］\]]?$"
       r"|[^（(【［\[\s]\s*[（(【［\[]\s*(?:供图|图源)\s*[：:]\s*[^（）()【】［］\[\]]{1,16}[）)】］\]]$"), ("发", "供图", "图源")),
     (r"[。！]\s*[（(]\s*(?:新华社|中新社|路透社?|法新社|美联社)\s*[）)]$",  # …。（新华社）: an agency's picture
      ("新华社）", "中新社）", "路透社）", "路透）", "法新社）", "美联社）", "新华社)", "中新社)")),),
    anywhere=((r"(?:图片|照片|视频|画面|影像|镜头|航拍|图文|文图)[^，。；]{0,6}由[^，。；]{1,16}提供", ("提供",)),  # 本版图片均由…提供, （本文图文由…提供）
              # who stands where in the picture: 张三（右）在…, （左二）
              # (or named in the brackets: （左一为王小明）)
              (r"[（(](?:左|右|中|前排|后排)[一二三四五六七八九]?(?:(?:为|是)[^（）()]{1,12})?[）)]"
               r"|[（(](?:左起|右起|从左(?:至|到)右)[：:，,]?[^（）()]{2,30}[）)]", ("左", "右", "中", "排")),
              (r"拍摄(?:的|于)", ("拍摄",))),  # 无人机拍摄的…, 这是…拍摄的…
)
#: Short lines naming what a photo shows ("会议现场", "活动一角").
_SCENES = ("现场", "一角", "一景", "合影", "留影", "全景", "掠影", "剪影", "远眺", "近景", "特写", "瞬间", "盛况", "一瞥", "实景",
           "夜景", "侧影", "外景", "场面", "景象", "场景", "情景", "一幕")
CAPTION_NOUN = _compile(rf"^[\p{{Han}}\w·\s]{{1,18}}(?:{'|'.join(_SCENES)})$|^(?:鸟瞰|航拍)[\p{{Han}}\w·]{{2,16}}$")  # (航拍…: a drone's view)
#: How long a line naming a scene may be (no real line of 13 to 16 characters ends so; a
#: heading such as 展现新时代军人风采, 孕育新场景 names no scene of a photo)
_SCENE_MAX = 16
_ROLES = (r"责任编辑|指导老师|指导教师|解说|编辑|责编|主编|编审|初审|复审|终审|[一二三]审|[一二三]校|校审|审校|校对|监制|出品人?|制片人?|策划|统筹|制作|摄像|剪辑"
          r"|排版|文案|设计|视觉|配音|主播|美工|后期|编导|译者|校译|技术支持|数据支持|发布人|解读人|点评人|策展人|学术主持"
          r"|配乐|BGM|背景音乐|片头(?:音乐|曲)|片尾(?:音乐|曲)|声音导演")
BYLINE_CUE = _Cue((
    (_PAGE_UI, _PAGE_UI_KEYS),
    # a reader's or a user's contribution (【青山日报·网友爆料】, 本报网友 王小明, （读者 王小明）,
    # 爆料人：王小明, 本文由网友王小明投稿), where a post was taken from (转自青山网友), when a
    # post was made (发表于 2024-01-12 10:30)
    (rf"[【［\[（(]?\s*(?:(?:本报|本网|\p{{Han}}{{1,10}}{_OUTLET})\s*[·•]?\s*)?(?:网友|读者|热心市民|市民)"
     rf"(?:爆料|投稿|供稿|来稿|来信|\s*(?:{_NAME}|@\S{{1,16}}))\s*[】］\]）)]?$"
     r"|(?:爆料人|投稿人|供稿人|来稿人)\s*[：:]\s*[\p{Han}·]{2,4}$|本文由\S{1,16}(?:投稿|供稿)$|转自[^，。；！？\s]{1,20}$"
     r"|[（(]本文(?:内容)?由[^，。；！？（）()\s]{2,20}(?:提供|供稿|撰写|编写|整理)[）)]$"  # （本文由青山大学科普中心提供）
     r"|(?:发表于|发帖于|发布于)\s*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$"
     r"|\S{1,12}专稿\s*[：:]?$",  # an outlet's special contribution, its label alone (青山网专稿：)
     ("网友", "读者", "市民", "爆料人", "投稿人", "供稿人", "来稿人", "本文由", "转自", "发表于", "发帖于", "发布于", "专稿")),
    # a day by the lunar calendar alone (农历腊月初二, 甲辰年正月初八 星期二), a solar term's day
    # (今日立春), a paper's imprint (邮发代号：1-23, 统一刊号：CN45-0001, 广告联系：…, 本报地址：…,
    # 订阅：…, 稿件编号：…, 投稿邮箱：…, ID：…; not a readers' hotline, 举报电话：…)
    (rf"{_LUNAR_DAY}$|今[日天](?:{_SOLAR_TERMS})$"
     r"|(?:邮发代号|统一刊号|国内统一刊号|广告联系|广告热线|本报地址|报社地址|订阅|稿件编号|文章编号|投稿邮箱|公众号ID|ID)\s*[：:]\s*\S",
     ("月初", "月十", "月廿", "月二十", "月三十", "今日", "今天", "邮发", "刊号", "广告", "地址", "订阅", "编号", "投稿", "ID")),
    # an advertisement's or a promotion's mark, a sponsor, a site's address after an outlet's
    # name (【广告】, （推广）, 本文为广告, 赞助：…, 青山日报 qingshan.com; not an address alone or
    # after 网址：, which People's Daily prints in notices)
    (rf"[【［\[（(]?(?:广告|推广|赞助)[】］\]）)]?$|本文(?:为|系)(?:商业)?(?:广告|推广)|[（(]本文系[^（）()]{{2,30}}(?:推广|合作)[）)]$"
     rf"|赞助商?\s*[：:]\s*\S{{2,16}}$|(?:商务合作|合作请联系|广告合作)\s*[：:]"
     rf"|(?:本报|\p{{Han}}{{1,10}}{_OUTLET})\s*(?:https?://\S+|www\.\S+|[a-z0-9\-]+\.(?:com|cn|net|org)\S*)$",
     ("广告", "推广", "赞助", "合作", "www", "http", ".com", ".cn", ".net", ".org")),
    # a note that the text's people go by other names (（文中人物均为化名）; not 参与采写, which
    # People's Daily prints as a paragraph); a pupil and the school (（青山小学五年级 王小明）)
    (rf"[（(](?:应[^（）()]{{0,10}}要求[，,])?(?:文中|本文)?(?:人物|当事人|受访者)[^（）()]{{0,4}}(?:均)?(?:为|系)化名[）)]$"
     rf"|[（(]\p{{Han}}{{2,12}}(?:小学|中学|学校)[^（）()\s]{{0,10}}(?:[（(]\d{{1,2}}[）)]班)?\s*(?:{_NAME})[）)]$", ("化名", "小学", "中学", "学校")),
    # a name, then the outlet and the title in brackets (（王小明　青山日报主任记者）)
    (rf"[（(](?:{_NAME})(?:本报|\p{{Han}}{{1,10}}{_OUTLET})?(?:主任|高级|资深|首席|特约|驻站)?(?:记者|编辑|评论员)[）)]$", ("记者", "编辑", "评论员")),
    # a press release's marks and its contacts (###, 【新闻稿】, 媒体联系：王小明, 联系人：王小明　电话：…,
    # 邮箱：press@example.com; not 联系人 and a name alone (below), nor a hotline for readers,
    # 咨询电话：…, which the papers print)
    (rf"#{{3}}$|【?新闻稿】?$|媒体联系人?\s*[：:]|联系人\s*[：:]\s*(?:{_NAME})\s*(?:电话|手机|邮箱)\s*[：:].*$"
     r"|(?:邮箱|电子邮箱|(?i:e-?mail))\s*[：:]\s*\S+@\S+$", ("#", "新闻稿", "联系", "邮箱", "mail", "MAIL")),
    # in English: By 王小明, Editor: 王小明, Source: …
    (r"(?i:by)\s*(?:[\p{Han}·]{2,4}|[A-Z][a-z]+(?:\s*[A-Z][a-z]+){0,3})$"
     r"|(?i:by)\s*(?:[\p{Han}·]{2,4}|[A-Z][a-z]+(?:\s*[A-Z][a-z]+){0,3})\s*[|｜]"  # By 王小明 | 青山日报
     r"|(?i:written|reported|reporting|edited|editing|translated|produced|compiled)\s*(?i:by)\s*\S"
     r"|(?i:(?:chief\s*)?editor|reporters?|writer|author|source|translator|producer|text|words|contact)\s*[:：]\s*\S",
     "[A-Za-z]"),  # (every match holds a Latin letter)
    # a reporter: 本报记者 王小明, 青山日报融媒体记者：王小明
    # (the outlet's name may stand in quotation marks or in 《》: “青山日报”记者 王小明)
    # (a syndicating outlet may stand before it, after a dash: 青山日报-青山网记者 王小明)
    # (a slash or a bar may part the outlet from the role: 【青山日报／记者王小明／台北报道】)
    (r"(?:[【［\[]\p{Han}{1,4}[】］\]]\s*)?(?:\p{Han}{2,14}(?:日报|晚报|早报|时报|新闻|网|社|台|客户端)\s*[-－]\s*)?[（(【［\[—-]*\s*(?:[“‘《]?(?:本报|本刊|本台|总台(?:央视|央广|国广|CGTN)?|新华社|人民日报|央视|中新社|中新网|\d{0,3}[\p{Han}·]{2,20}(?:日报|晚报|早报|晨报|时报|商报|新闻|网|社|台|客户端|中心|报道|融媒)|(?!据)\p{Han}{2,4}报|\p{Han}{2,6}[+＋])[”’》]?"
    r"\s*[】］\]/／|｜丨]?(?:驻[\p{Han}]{1,12})?)?\s*(?:融媒体?|全媒体?|首席|资深|驻站)?(?:特约|见习|实习|小|学生|校园)?"
    # (a beat's reporter: 本报体育记者 王小明, 青山日报文娱记者 王小明)
    r"(?:(?:体育|财经|经济|文化|文娱|文体|时政|社会|民生|法治|政法|科技|教育|健康|军事|国际|娱乐|农村|环境|汽车|房产|旅游|交通|视频)(?=记者))?(?:记者|通讯员|实习生|评论员|观察员|特派记者|撰稿人?|采访人员)"
    # (not a column's name: 记者手记, 记者观察, 记者调查)
    r"(?!手记|札记|日记|笔记|随笔|观察|调查|视点|探访|再访|走基层|体验|感言|述评|见闻|来信|节|专访|文章)"  # (记者节: a day)
    r"[\s\u3000\u00a0]*[：:|｜丨/／]?[\s\u3000\u00a0]*[\p{Han}·]{2,}", ("记者", "通讯员", "实习生", "评论员", "观察员", "撰稿", "采访人员")),
    # any short label before a name, one or more (技术：王小明, 导演：王小明　摄像：李春华):
    # in 10,121 real articles such a line is a credit, unless the label is a person (追梦人：
    # 王小明, a column's subject; 联系人：…), a speaker in a script (儿：…) or the credit of a
    # song printed in the article (作词：…, which stays with its song)
    (rf"(?:(?!作词|作曲|演唱)\p{{Han}}{{2,4}}(?<!人)[：:|｜丨/／](?:{_NAME}))+$|首席\p{{Han}}{{2,3}}[：:](?:{_NAME})$", tuple("：:|｜丨/／")),
    # an outlet's channel standing alone (青山日报财经频道)
    # (a dash or a bar may stand between: 青山日报 - 新闻频道)
    (rf"(?:{_SOURCE})\s*[-－—|｜·]?\s*\p{{Han}}{{0,4}}频道$", ("频道",)),
    # a short label before a paper or an agency (投稿：青山日报, 编辑部：青山日报)
    (rf"\p{{Han}}{{1,4}}[：:|｜丨](?:{_SOURCE})$", tuple("：:|｜丨")),
    # who made it, then more credits (青山日报出品 | 监制：王小明); a name, then the paper's
    # reporter (王小明　青山日报记者)
    (rf"\S{{2,16}}?出品\s*[|｜丨/／]|(?:{_NAME})\s*(?:{_SOURCE})?\s*(?:特约|首席|见习)?记者$", ("出品", "记者")),
    # who wrote it down, and whose account it is, as a label before a name (执笔：王小明,
    # 口述：王小明　整理：李春华); in brackets, （执笔：王小明） closes an essay as a paragraph
    (r"(?:执笔人?|口述)\s*[：:/／|｜丨]\s*[\p{Han}·]{2,4}", ("执笔", "口述")),
    # an editorial role or a source as a label (值班编辑：… 稿件来源：… 记者｜…)
    # (a dash may stand before it: ——来源：青山日报)
    (rf"[（(【［\[]?\s*(?:——?|--?)?\s*(?:\p{{Han}}{{0,14}}(?:编辑|来源|主编)|风险提示|免责声明|基金项目|通讯作者|主办|承办|协办|网站标识码|\p{{Han}}{{0,2}}(?:审核|审校|校对|审稿)人?|(?:审核|审定|指导|科普|咨询)专家|(?:出镜|特派|随行|前方)?记者|主笔|(?:总|执行|联合|本期|本版|音频|视频|新媒体|AI|数字人|虚拟|H5|VR|3D|MV)?(?:{_ROLES})|稿源|\p{{Han}}{{0,2}}作者(?:简介)?|报道|撰文|撰稿|文字|文|通讯员|编译|翻译|整理|报道(?:组|团队)|采写|采编|采访|统稿|原标题|原文(?:链接|地址|标题|作者)?|署名|来自|出处|转自|转载自|综合(?:自|整理自?)?|首发|供稿(?:单位)?|报送单位|(?:新闻)?(?:线索|爆料|报料)请?(?:拨打|致电)|(?:股票|证券|基金)代码|收稿日期|修回日期|版次|版名|文章编号|中图分类号|文献标识码|DOI|doi|引用格式|值班\p{{Han}}{{1,3}}|(?:新闻|报料|爆料)(?:热线|电话))"
    r"\s*[：:/／|｜丨]", tuple("：:/／|｜丨")),
    # where it was printed (《青山日报》（2024年01月12日 第 05 版）)
    (_PRINTED_IN, "》"),
    # a writer's or a photographer's role, a dot and the name (撰文 · 王小明, 文・王小明)
    (r"(?:撰文|撰稿|文字|文|采写|记者|编辑|责编|摄影|摄像|图)\s*[·•・‧]\s*[\p{Han}·]{2,4}$", ("·", "•", "・", "‧")),
    # who wrote it and who took its pictures, each name before its role (王小明/文　李春华/图)
    (r"[\p{Han}·]{2,4}\s*[/／]\s*文(?:\s*[\p{Han}·]{2,4}\s*[/／]\s*(?:图|摄影?))?$", tuple("/／")),
    # a journal article's classification, bracketed (【中图分类号】D61); where it first ran online
    (r"[【［\[]\s*(?:中图分类号|文献标识码|文章编号|DOI)\s*[】］\]]|本文系\S{1,16}(?:网络)?首发$", ("分类号", "标识码", "编号", "DOI", "首发")),
    # where the article came from and who wrote it, in brackets (（文章来源于青山日报，作者：王小明）)
    (r"[（(]\s*(?:文章|本文|稿件)?来源(?:于|自)?\s*[：:]?\s*[^（）()，,]{1,16}[，,]\s*作者\s*[：:]?\s*[\p{Han}·]{2,4}\s*[）)]$",
     ("来源",)),
    # the end of a post and an original's notice (— END —, 本文系青山日报原创, 青山日报原创稿件),
    # where it was compiled from (本文综合自青山日报), a source's 消息 standing alone
    (r"[—–\-－_=/／\s]*(?:END|End|end)[—–\-－_=/／\s]*$|本文(?:系|为)\S{1,12}原创|\S{0,12}原创稿件$|(?:本文)?综合自\S{1,24}$"
     # an outlet's original, in brackets (【青山日报汽车原创】); an advertisement's notice
     r"|[【［\[（(][^【】［］\[\]（）()]{1,16}原创[】］\]）)]$|[（(]\s*(?:本文|此文|以上内容)(?:为|系|属)?(?:商业)?(?:推广|广告)(?:内容|信息)?\s*[）)]$"
     # the report's source, alone (（据青山日报报道）, ——据青山日报报道, 综合青山日报、新华社报道;
     # not a wire's dateline, （据新华社电）, which People's Daily prints as a paragraph)
     r"|[（(]\s*(?:据|综合)[^（）()，,。；;]{1,30}?报道\s*[）)]$|——\s*据[^，,。；;]{1,20}报道$|综合[^（）()，,。；;]{1,30}报道$"
     rf"|[【［\[（(]?\s*(?:本报|本刊|本台|\p{{Han}}{{1,10}}{_OUTLET})综合(?:报道|消息)\s*[】］\]）)]?$"  # 青山日报综合报道, 【青山日报综合报道】
     r"|来自\S{0,16}(?:客户端|App|APP|app)$"  # 来自iPhone客户端
     r"|[（(]?\s*(?:本文)?(?:编译|译|转译)自[^（）()\s]{1,24}[）)]?$"  # 本文译自青山日报, （本文编译自…）: what it was translated from
     rf"|(?:本报|\p{{Han}}{{1,10}}{_OUTLET})\s*编译$"  # 青山日报　编译
     r"|[（(]?\s*(?:本文|本版|本组)?(?:图文|文图|文字|稿件|文章|(?:文字)?实录)均?由[^（）()，。；]{1,20}提供\s*[）)]?$"  # （本文图文由青山日报提供）
     r"|[（(]\s*(?:根据|据)[^（）()，。；]{1,24}(?:实录|录音|速记|现场发言|发言)整理\s*[）)]$"  # （根据…发布会实录整理）
     r"|[（(]\s*本文由[^（）()，。；]{1,20}(?:科普|供稿|整理|审核|发布)\s*[）)]$"  # （本文由青山日报健康科普）
     r"|(?:本文|审核|科普|审稿|指导|医学)专家\s*[：:]\s*[\p{Han}·]{2,4}"  # 本文专家：王小明，青山医院主任医师
     # who the author is, not in brackets (作者系青山日报记者, 作者系青山大学教授; （作者系…） closes an
     # essay and stays), where the text was taken from (摘自《青山日报》)
     r"|作者系\S{1,24}$|(?:摘|选|节选|转)自《[^《》]{1,20}》\S{0,10}$"
     r"|(?:供稿|来稿|撰稿|发稿)单位\s*[：:]\s*\S{2,24}$"  # 供稿单位：青山大学新闻学院
     r"|更多(?:新闻|资讯|报道|内容)\s*[，,]?\s*(?:请见|请看|请关注|请访问|详见|见)\s*\S{1,16}$"  # 更多新闻请见青山日报
     r"|本文由\S{1,16}原创"
     # a notice of copyright or reposting (如有侵权请联系删除, 转载请注明出处, 版权归原作者所有)
     r"|(?:如有|若有|如涉及?|涉及)侵权|侵删|转载请注明|未经(?:书面)?(?:授权|许可)[，,]?\s*(?:不得|禁止|严禁|请勿)|版权归\S{0,12}所有"
     # a site's footer: pages, its registration and copyright (第1页 共3页, 1 2 3 下一页, 京ICP备…号)
     r"|第\s*\d+\s*页\s*[，,]?\s*共\s*\d+\s*页$|\d[\d\s]{0,20}下一页$|\S{0,4}ICP[备证]\S{0,4}\d+号(?:-\d+)?$"
     r"|\S{0,4}公网安备\s*\d+号$|(?i:copyright)\s*(?:©|\(c\))?|©\s*\d{4}"
     r"|\S{2,12}?\s*\d{1,2}月\d{1,2}日(?:消息|电|讯)$"  # a source and a date, alone (IT之家 1月12日消息)
     r"|附件(?:下载)?\s*[：:]\s*\S{1,30}\.(?:docx?|pdf|xlsx?|wps|zip|rar)$"  # an attachment's file
     rf"|(?:本报|本网|\p{{Han}}{{1,10}}{_OUTLET})消息$", ("END", "End", "end", "原创", "推广", "广告", "综合", "据", "消息", "来自", "更多", "译自", "编译", "提供", "作者系", "自《", "本文由", "专家", "单位", "附件", "日电", "日讯", "页", "ICP", "公网安备", "opyright", "OPYRIGHT", "©",
                                                                "侵", "转载请注明", "未经", "版权归")),
    # a reporter's name and 报道, alone or after an outlet and a slash in brackets (王小明报道,
    # （青山日报／王小明报道）)
    (rf"(?:{_NAME})\s*报道$|[（(]\s*(?:本报|\p{{Han}}{{1,10}}{_OUTLET})\s*[/／]\s*(?:{_NAME})\s*报道\s*[）)]$", ("报道",)),
    # a source and a date in figures, alone (直播吧2024-01-12讯, 青山日报 2024-01-12 消息,
    # 青山网2024-01-12报道); an outlet, a name and a date (青山日报　王小明　2024-01-12), a date and
    # an outlet in brackets (（2024-01-12 青山日报）)
    (rf"\S{{2,12}}?\s*{_DATE}\s*(?:消息|电|讯|报道)$|(?:本报|\p{{Han}}{{1,10}}{_OUTLET})(?:记者)?[\p{{Han}}·]{{2,4}}{_DATE}$"
     rf"|[（(]\s*{_DATE}\s*(?:本报|\p{{Han}}{{1,10}}{_OUTLET})\s*[）)]$", _YEAR_MONTH),
    # the author's institution and thanks, not in brackets (an author's note in brackets,
    # （作者单位：…）, closes an essay as a paragraph); a host and a name alone (主持人：王小明)
    (r"(?:作者单位|(?:特别)?鸣谢|致谢)\s*[：:]\s*\S|(?:演播室|节目|现场|新闻)?主持人?\s*[：:]\s*[\p{Han}·]{2,4}(?:[（(][^（）()]{1,12}[）)])?$",
     ("作者单位", "鸣谢", "致谢", "主持")),
    (rf"[（(【［\[]\s*(?:(?:{_ROLES})\s*[\p{{Han}}·]{{2,4}}\s*){{1,4}}[）)】］\]]$"  # （编辑 张三）, （编辑 张三 校对 李四）
    r"|【\s*纠错\s*】"
    # a desk of the paper and a name in brackets: （青山日报体育部 王小明）
    rf"|[（(]\s*(?:本报|本刊|本台|\p{{Han}}{{1,10}}{_OUTLET})?\s*(?:体育|文体|文娱|娱乐|经济|财经|文化|国际|社会|时政|政治|要闻|科技|科教|教育|评论|新闻|编辑|记者|摄影|视觉|新媒体|融媒体|全媒体)部\s*(?:{_NAME})\s*(?:编译|整理|报道)?\s*[）)]$"  # (…国际部 王小明 编译)
    # an office that sent it and a name in brackets: （青山县人民法院 王小明）, （青山市公安局政治部 王小明）
    rf"|[（(]\s*\p{{Han}}{{2,16}}?(?:法院|检察院|公安局|公安分局|派出所|政治部|宣传部|办公室|纪委|监委|党委|支队|大队|新闻中心|融媒体中心|电视台|电台|医院)\s*(?:{_NAME})\s*[）)]$"
    # a name and its role in brackets: 王小明（本报记者）
    r"|[\p{Han}·]{2,4}\s*[（(]\s*(?:本报|本刊|\p{Han}{1,10}(?:社|报|网|台|客户端))?\s*(?:驻\p{Han}{1,6})?(?:特约|首席|见习)?(?:记者|通讯员|编辑|评论员)\s*[）)]$"
    r"|[【［\[]\s*(?:记者|编辑|作者|摄影|通讯员|撰稿)\s*[】］\]]\s*[\p{Han}·]{2,4}"  # 【记者】王小明
    r"|[【［\[]\s*(?:来源|出处|稿源)\s*[】］\]]"  # 【来源】青山日报
    rf"|[（(]\s*(?:本报|本刊|\p{{Han}}{{1,10}}{_OUTLET})\s*[·/／]\s*[\p{{Han}}·]{{2,4}}\s*[）)]$"  # （青山日报·王小明）, （青山日报/王小明）
    rf"|[（(【［\[]\s*(?:本报|本刊|\p{{Han}}{{1,10}}{_OUTLET})\s*[）)】］\]]\s*[\p{{Han}}·]{{2,4}}$"  # （青山日报）王小明, [青山日报] 王小明
    rf"|(?:{_NAME})\s*[（(]\s*(?:本报|本刊|\p{{Han}}{{1,10}}{_OUTLET})\s*(?:(?:特约|首席|资深)?(?:评论员|记者|撰稿人?))?\s*[）)]$"  # 王小明（青山日报）, 王小明（青山日报特约评论员）
    r"|[（(]\s*(?:完|全文完|本文完|END|end)\s*[）)]"  # （完）, （完）编辑：…
    r"|(?:[【［\[]\s*(?:完|全文完|本文完|END|End|end)\s*[】］\]]|[—–\-－_=·•]+\s*(?:完|全文完|本文完|(?i:(?:the\s*)?end)|往期回顾|往期推荐)\s*[—–\-－_=·•]+|全文完|本文完)$"  # 【完】, —完—, 全文完
    # compiled from reports: （本报综合）, （综合青山日报报道）
    # (and （综合外电）, （综合消息）, （综合青山日报）; not （据新华社电）, a wire's credit the
    # papers print as a paragraph)
    rf"|[（(]\s*(?:本报|本刊|本台|\p{{Han}}{{1,10}}{_OUTLET})?综合(?:报道|外电|外媒|消息|媒体报道)?\s*[）)]$|[（(]\s*综合[^（）()]{{1,30}}报道\s*[）)]$"
    rf"|[（(]\s*综合(?:本报|\p{{Han}}{{1,10}}{_OUTLET})(?:消息)?\s*[）)]$|[（(]\s*综合自[^（）()]{{1,30}}[）)]$"
    rf"|(?:本报|本刊|本台|\p{{Han}}{{1,10}}{_OUTLET})·[\p{{Han}}]{{2,4}}$"  # 青山日报·王小明
    rf"|[【［\[]\s*(?:本报|本网|本刊|本台|\p{{Han}}{{1,10}}{_OUTLET})\s*(?:[·•]\s*\p{{Han}}{{2,8}}|(?:{_CHANNELS}))\s*[】］\]]$"  # 【青山日报·警方发布】, 【青山日报体育】
    # a dateline and its reporters, and nothing else: 本报讯 记者王小明, 青山日报·青山网讯（记者 王小明）,
    # 本报讯（记者 王小明 通讯员 李春华）
    rf"|[（(【［\[]?\s*(?:本报|本网|本刊|本台|\p{{Han}}{{1,10}}{_OUTLET})(?:\s*·\s*\p{{Han}}{{1,12}}(?:网|客户端)|{_CHANNELS})?(?:讯|消息)\s*[）)】］\]]?\s*[（(]?\s*(?:记者|通讯员|实习生)\s*[\p{{Han}}·]{{2,4}}"
    rf"(?:\s*[、，,]?\s*(?:记者|通讯员|实习生)?\s*[\p{{Han}}·]{{2,4}}){{0,4}}\s*(?:报道)?\s*[）)]?$"
    # a dateline and names in brackets, no trade's word before them (本报讯（王小明　李春华）)
    rf"|(?:本报|本网|\p{{Han}}{{1,10}}{_OUTLET})讯\s*[（(]\s*(?:{_NAME})(?:\s*[、，,]?\s*(?:{_NAME})){{0,3}}\s*[）)]$"
    # a dateline standing alone (青山日报讯, 【青山日报专讯】, 【青山网报道】; not a column such as 国内联播快讯),
    # a handle (@青山日报)
    r"|[【［\[（(]?\s*(?:本报|本网|本刊|本台|\p{Han}{1,8}(?:网|社|报|台|客户端|新闻))\s*(?:(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)?\s*(?:(?:专|电)?讯|报道)\s*[】］\]）)]?$|@\S{2,20}$"
    # a dateline alone in brackets, by a place or a word (（吉隆坡讯）, （综合讯）, （早报讯）), or
    # an outlet, a slash, a place and a date (（星洲日报／吉隆坡2024-01-12讯）)
    r"|[（(]\s*\p{Han}{2,6}讯\s*[）)]$"
    rf"|[（(]\s*(?:本报|\p{{Han}}{{1,10}}{_OUTLET})\s*[/／]\s*\p{{Han}}{{1,8}}\s*(?:{_DATE}|\d{{1,2}}月\d{{1,2}}日)?\s*[电讯]\s*[）)]$"
    # a dateline and its reporter in brackets, alone (青山日报北京12月6日电（记者 王小明）)
    r"|\S{0,14}\d{1,2}月\d{1,2}日电\s*[（(]\s*(?:记者|通讯员)[^（）()]{1,16}[）)]$"
    # a county's media centre, alone or before a name (（青山县融媒体中心）, 青山县融媒体中心 王小明)
    r"|[（(]\s*\p{Han}{2,12}(?:融媒体中心|新闻中心)\s*[）)]$"
    r"|[（(]\s*\p{Han}{2,8}(?:频道|栏目)\s*[\p{Han}·]{2,4}\s*[）)]$"  # （体育频道 王小明）
    r"|[（(【［\[]?[\p{Han}·]{2,4}\s*[/／|｜丨]\s*(?:文|整理|编译|报道)[）)】］\]]?$"  # 王小明/文, 王小明｜文, （王小明/文）, 王小明/整理
    # who compiled or translated it: （王小明 整理）; but not （王小明参与采写）, which the papers
    # print as a paragraph of the article, like an author's note
    r"|[（(]\s*[\p{Han}·]{2,4}\s*(?:采访)?(?:整理|撰文|撰稿|编译|翻译|执笔)\s*[）)]$"
    rf"|[（(【［\[]\s*(?!作者)(?:本报|本刊|本台|\p{{Han}}{{1,8}}{_OUTLET})\s*(?:特约)?(?:记者|通讯员)?\s*[）)】］\]]$"  # （新华社）, 【央视新闻】, （青山日报记者）; not （作者为本报记者）
    # who wrote and photographed it, in brackets, after a caption's words or alone (…。（文图／王小明）)
    r"|[^（）()]{0,30}[（(]\s*(?:文图|图文|文\s*[/／、]\s*图|图\s*[/／、]\s*文)\s*[：:/／|｜丨]\s*[\p{Han}·]{2,4}\s*[）)]$"
    # (by two hands: …。（王小明/文　李春华/图）)
    r"|[^（）()]{0,30}[。！？]\s*[（(]\s*[\p{Han}·]{2,4}\s*[/／]\s*文\s*[\p{Han}·]{2,4}\s*[/／]\s*(?:图|摄影?)\s*[）)]$"
    # two outlets, one syndicating the other (（青山日报-青山网）)
    rf"|[（(]\s*(?:本报|\p{{Han}}{{1,10}}{_OUTLET})\s*[-－/／·]\s*(?:本报|\p{{Han}}{{1,10}}{_OUTLET})\s*[）)]$"
    # where it was first printed, by the publication's name in 《》 (（摘自《青山》2024年第1期）;
    # not （摘自…在…论坛上的致辞）, a speech, which the papers print as a paragraph), and a
    # reprint's permission (（本文选自青山日报，作者授权发布）)
    r"|[（(]\s*(?:摘自|摘编自|选自|节选自|转载自|原载于?|本文原载于?|本文选自|本文摘自|据)\s*《[^》]{1,24}》[^（）()]{0,16}[）)]$"
    # who else helped with it (（王小明、李春华对本文亦有贡献）)
    r"|[（(]\s*[\p{Han}·]{2,4}(?:\s*[、，,和]\s*[\p{Han}·]{2,4}){0,4}\s*(?:对本文)?(?:亦|也)?(?:对本文)?有(?:所)?贡献\s*[）)]$"
    r"|[（(][^（）()]{0,24}(?:授权发布|授权转载|经授权使用)[）)]$"
    # an author's unit that is a news outlet (（作者单位：青山日报）: a staff credit; the units
    # of the 31 real articles that print the line are universities, institutes, museums)
    rf"|[（(]\s*作者单位\s*[：:]\s*(?:本报|本刊|本台|\p{{Han}}{{1,10}}{_OUTLET})\s*[）)]$"
    r"|[（(【［\[]?\s*(?:图\s*[·、]\s*)?文\s*[/／|｜]\s*[\p{Han}]{2,}",  # 文/王小明, 图·文／王小明
     # (every pattern of these holds 记者, a bracket, a slash, a bar, a · or 完)
     ("记者", "讯", "@", "完", "END", "End", "end", "往期", *"（(【［[·/／|｜丨")),
    # (each under its own strings, as lines holding 本文 are common:) what the text was written
    # for or under (本文为…计划扶持作品, 本文系…项目成果), a note that it is for reference only
    # (（本文仅供参考，不作为诊疗依据）), an exclusive's or a feature's label alone or after the
    # outlet (青山日报独家, 特稿｜青山日报)
    (r"[（(]?\s*本文(?:为|系)[^，。；]{2,40}(?:作品|稿件|成果|项目)[）)]?$"
     r"|[（(]\s*(?:本文|以上内容|文中内容|此文|文章)(?:内容)?仅供参考[^（）()]{0,24}[）)]$", ("本文", "仅供参考")),
    (rf"(?:(?:本报|本网|本刊|\p{{Han}}{{1,10}}{_OUTLET})\s*[|｜·]?\s*)?(?:独家|特稿)(?:\s*[|｜·]\s*(?:本报|本网|\p{{Han}}{{1,10}}{_OUTLET}))?$",
     ("独家", "特稿")),
    # a contribution's note standing alone in brackets (（来稿）, （青山县委宣传部供稿）,
    # 【读者投稿】): none among the 10,121 real articles, where such a note ends a paragraph
    (r"[（(【［\[]\s*\p{Han}{0,12}(?:来稿|供稿|投稿|约稿)\s*[）)】］\]]$", ("来稿", "供稿", "投稿", "约稿")),
    # an outlet between dashes (—— 青山日报 ——), an office in brackets (（青山县政府办公室）): none
    # among the real articles
    (rf"[—–\-－]{{1,2}}\s*(?:{_SOURCE})\s*[—–\-－]{{1,2}}$|[（(]\s*\p{{Han}}{{2,16}}(?:办公室|宣传部|新闻办|信息中心)\s*[）)]$",
     ("—", "–", "-", "－", "办公室", "宣传部", "新闻办", "信息中心"))),
    ((r"(?:文|报道)\s*[/／]\s*摄\s*[】］\]）)]?$|文\s*[/／]\s*图\s*$", ("摄", "图")),
     # (apart: a Han run that opens a shape is tried at every place of the tail, so only on
     # a line holding the word that ends it)
     (r"\p{Han}{2,12}\s*供稿[）)]?$", ("供稿",)),
     (rf"[（(]?(?:\p{{Han}}{{2,16}}(?:中心|部|工作室|团队|栏目|频道|编辑部)|本报|本台|\p{{Han}}{{1,10}}{_OUTLET})(?:{_CHANNELS})?出品[）)]?$", ("出品",)),
     # a name credited after a bar (…　｜　王小明)
     (rf"\S{{4}}\s*[|｜丨]\s*(?:{_NAME})$", tuple("|｜丨")),
     # the source after an underscore, as a page's title names its site (…_青山日报): none
     # among the real articles
     (rf"[^\W\d_]\s*_\s*(?:本报|本网|\p{{Han}}{{1,10}}{_OUTLET}|新华社|中新社)$", ("_",))),  # at the end
    # a call to follow the paper or to read the original (点击“阅读原文”查看更多)
    # (and a call to get the paper's app: 更多内容请下载青山日报客户端)
    anywhere=((r"(?:请关注|欢迎关注|扫码关注|敬请关注|点击关注)|阅读原文|请?下载\S{0,12}(?:客户端|APP|App|app)"
               r"|点击(?:下方|上方|左下角|右下角|右上角)\S{0,8}$", ("关注", "阅读原文", "下载", "点击")),
              # an author line: 本报评论部, （青山日报编辑部）
              (r"^[（(]?\s*(?:本报|本刊|\p{Han}{2,10}(?:报|社|网|台|客户端|新闻))?\p{Han}{0,4}"
               r"(?:评论部|编辑部|评论员|记者部|报道组|采访组|调研组|调查组|数据新闻部|数据新闻中心)\s*[）)]?$", ("评论部", "编辑部", "评论员", "记者部", "报道组", "采访组", "调研组", "调查组", "数据新闻")),
              # reprint and copyright notes
              (r"转载|(?:本文|文章|原文)转自|版权(?:所有|声明|归)|声明[：:]|本文来自|本文来源于|原载于?|(?:首发|首刊|首载|原刊|原发)于|授权(?:发布|转载|刊登|刊发)"
               # where the text or its original was printed, out of brackets (本文刊发于《青山》2024年第1期,
               # 原文刊载于《青山日报》2024-01-12第5版; not a sentence: 该成果发表于《自然》。)
               r"|^(?:本文|原文|此文|该文)?(?:刊发|刊载|刊登|发表)于\s*《[^》]{1,24}》[^（）()。！？]{0,24}$",
               ("转", "版权", "声明", "来自", "来源于", "原载", "首发", "首刊", "首载", "原刊", "原发", "授权", "刊发", "刊载", "刊登", "发表"))),
)
#: A credit after the first in a line of them: a role, a gap and a name.
_NEXT_CREDIT = rf"(?:{_ROLES}|作者|审核|审稿|(?:特约|首席|见习)?记者|通讯员|实习生|文|撰文|撰稿|摄影|图)[\s\u3000\u00a0]+[\p{{Han}}·]{{2,4}}"
#: A role and a name with a gap between them ("校对 张三"), read before the gaps are dropped.
_ROLE_AND_NAME = _compile(
    rf"^(?:(?:本期|本版|本刊|本文|{_SOURCE})?(?:总|副|执行)?(?:{_ROLES}|作者|审核|审稿)|记者|文|撰文)[\s\u3000\u00a0]+[\p{{Han}}·]{{2,4}}(?:[\s\u3000\u00a0]+(?:{_NAME})){{0,2}}(?:[\s\u3000\u00a0]+(?:{_ROLES}|作者|审核|审稿|(?:特约|首席|见习)?记者|通讯员|实习生|撰文|撰稿|摄影|图)[\s\u3000\u00a0]+[\p{{Han}}·]{{2,4}})*$"
    # the same in brackets, the credits apart by a comma, a stop, a bar or a slash too (（撰文　王小明，
    # 编辑　李春华）, （本报编辑　王小明 | 校对　李春华）): a role, a gap and a name, each
    rf"|^[（(【［\[]\s*(?:(?:本期|本版|本刊|本文|{_SOURCE})?(?:总|副|执行)?(?:{_ROLES}|作者|审核|审稿)|(?:特约|首席|见习)?记者|通讯员|实习生|文|撰文|撰稿)[\s\u3000\u00a0]+[\p{{Han}}·]{{2,4}}"
    rf"(?:(?:[\s\u3000\u00a0]+|[\s\u3000\u00a0]*[，,、；;|｜丨/／][\s\u3000\u00a0]*){_NEXT_CREDIT})*\s*[）)】］\]]$"
    # several credits unbracketed, apart by a comma, a stop, a bar, a slash or a bullet (编辑　王小明 | 校对　李春华,
    # ■撰文 王小明 ■摄影 李春华)
    rf"|^(?:(?:本期|本版|本刊|本文|{_SOURCE})?(?:{_ROLES}|作者|审核|审稿)|(?:特约|首席|见习)?记者|通讯员|实习生|文|撰文|撰稿)[\s\u3000\u00a0]+[\p{{Han}}·]{{2,4}}"
    rf"(?:[\s\u3000\u00a0]*[，,、；;|｜丨/／■□●◆▌][\s\u3000\u00a0]*{_NEXT_CREDIT})+$"
    # a reporter under any outlet's name (第一财经记者　王小明; the name by its surname: not
    # 跟着记者　看变化, a heading)
    rf"|^\p{{Han}}{{2,6}}(?:首席|特约|见习|资深)?记者[\s\u3000\u00a0]+(?:{_NAME})$"
    # two or more reporters and editors under a paper's short name (每经记者 王小明　每经编辑 李春华)
    rf"|^(?:\p{{Han}}{{0,4}}(?:记者|编辑)[\s\u3000\u00a0]+[\p{{Han}}·]{{2,4}}[\s\u3000\u00a0]+){{1,3}}\p{{Han}}{{0,4}}(?:记者|编辑|实习生|通讯员|校对|摄影|摄像)[\s\u3000\u00a0]+[\p{{Han}}·]{{2,4}}$")
#: Bullets that head a summary line (which stays in the body), and ◎, which heads bylines too.
_SUMMARY_BULLETS = "■●◆□○◇・•★☆"
#: Two Han characters apart by a gap: a double headline's halves (…学校 以军称…), which the
#: normalised lines of a paragraph seldom hold.
_HAN_GAP_HAN = re.compile("[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff]").search
_BULLETS = _SUMMARY_BULLETS + "◎"
#: Marks that, before a short line, head a photo's caption (or, with a credit, a byline): no
#: real article's body line opens with one of them (■ ● ◆ head 260 summaries and labels).
_PHOTO_BULLETS = "◎□○◇★☆※"
_LABEL_MAX = 5  # (a column's label after a bullet: 小贴士, 记者手记, 重点工作)


def _photo_mark(ch: str) -> bool:
    """Whether `ch`, heading a short line, marks a photo's caption: one of `_PHOTO_BULLETS`, or
    any other symbol (◉ ❖ ✦ ▪ 📍 🔺) but the summary bullets ■ ● ◆ (the only symbols that
    open a real article's body line, with ▲, a caption mark)."""
    return bool(ch) and (ch in _PHOTO_BULLETS or (ch not in _SUMMARY_BULLETS and unicodedata.category(ch) == "So"))
#: A name, a gap and 摄 ("王小明　摄　拔河比赛"), read before the gaps are dropped.
_NAME_THEN_PHOTO = _compile(r"^[\p{Han}·]{2,4}[\s\u3000\u00a0]+(?:摄(?:于|[\s\u3000\u00a0]|$)|[作绘图]$)")  # (摄于2024-01-12; 王小明　作, 王小明　图)
#: A name and 摄于 after a gap, at the end (…　王小明 摄于青山, …　王小明 摄于2024-12-06).
_NAME_TOOK_AFTER_GAP = _compile(r"\S[\s\u3000\u00a0]+[\p{Han}·]{2,4}[\s\u3000\u00a0]*摄于\s*[^\s，。；！？、]{1,16}$"
                                # or 摄 and a date after a gap (…　王小明／摄　2024-01-12)
                                rf"|\S[\s\u3000\u00a0]+[\p{{Han}}·]{{2,4}}\s*[/／]?\s*摄[\s\u3000\u00a0]+{_DATE}$")
#: 图 or 摄影 and a name after a gap ("图　王小明"), read before the gaps are dropped.
_PHOTO_THEN_NAME = _compile(r"(?:^|\S[\s\u3000\u00a0]+)(?:图|图片|摄影|摄)[\s\u3000\u00a0]+[\p{Han}·]{2,4}$"  # (…　摄影 王小明)
                            # a drawing's credit too, and either in brackets, before a name or an
                            # outlet (制图　王小明, （图　青山日报）); a drone's or a video's, alone,
                            # before a name that opens with a common surname or an outlet
                            rf"|(?:^[（(【［\[]?|\S[\s\u3000\u00a0]+)(?:图|图片|摄影|摄|制图|插图|绘图|漫画|插画)[\s\u3000\u00a0]+(?:[\p{{Han}}·]{{2,4}}|{_SOURCE})[）)】］\]]$"
                            rf"|(?:^|\S[\s\u3000\u00a0]+)(?:制图|插图|绘图|漫画|插画)[\s\u3000\u00a0]+[\p{{Han}}·]{{2,4}}$"
                            rf"|(?:^|\S[\s\u3000\u00a0]+)(?:图|图片|摄影|摄|制图|插图|绘图|漫画|插画)[\s\u3000\u00a0]+(?:{_SOURCE})$"
                            rf"|^[（(【［\[]?(?:航拍|视频)[\s\u3000\u00a0]+(?:{_NAME}|{_SOURCE})[）)】］\]]?$"
                            # a picture's or a video's source after a gap (…　图源：青山日报视频号)
                            r"|\S[\s\u3000\u00a0]+(?:图源|图片来源|照片来源|视频来源)\s*[：:]\s*[^\s，。；！？]{2,16}$")
#: A picture's place on the page and a gap before its caption ("上图　…"; with a colon, any
#: line: `_PICTURE_PLACES`).
_PLACE_THEN_GAP = _compile(r"^[上下左右中]图[\s\u3000\u00a0]+\S").match
#: A photographer and the outlet after a slash, after a gap at a caption's end ("…　王小明/青山日报").
_NAME_SLASH_OUTLET = _compile(rf"\S[\s\u3000\u00a0]+(?:[\p{{Han}}·]{{2,4}}\s*[/／]\s*(?:{_SOURCE})|(?:{_SOURCE})\s*[/／]\s*(?:{_NAME}))$").search
#: A paper's name and 图 after a gap ("青山日报　图").
_SOURCE_THEN_PHOTO = _compile(rf"^(?:本报|\p{{Han}}{{1,10}}{_OUTLET})[\s\u3000\u00a0]+图$")
#: A caption's words, then after a gap a credit of a label, an outlet or a name, apart by
#: gaps (…　　摄　王小明, …　　王小明　图, …　摄影　青山日报　王小明, …　　来源　青山日报):
#: `_tail_credit` asks for the label and one of the two.
_TAIL_CREDIT = _compile(
    rf"\S.*?[\s\u3000\u00a0]+(?:(?P<l1>摄影?|图片?|供图|来源|拍摄)[\s\u3000\u00a0]+(?P<o1>(?:本报|\p{{Han}}{{1,10}}{_OUTLET})[\s\u3000\u00a0]*)?(?P<n1>{_NAME})?"
    rf"|(?P<o2>(?:本报|\p{{Han}}{{1,10}}{_OUTLET})[\s\u3000\u00a0]*)?(?P<n2>{_NAME})?[\s\u3000\u00a0]+(?P<l2>摄影?|图|供图))$").fullmatch


def _tail_credit(s: str) -> bool:
    m = _TAIL_CREDIT(s)
    return m is not None and (m.group("o1") or m.group("n1") or m.group("o2") or m.group("n2")) is not None


#: A caption's words, a gap and the footage they are taken from (…　直播画面).
_GAP_FOOTAGE = _compile(r"\S.*[\s\u3000\u00a0]+\p{Han}{0,8}画面$").match
#: How the name of a body that sends a text ends: an office, a school, a desk, a station, a
#: street's office (青山县文化馆, 青山大学新闻学院, 青山日报体育部, 青山街道).
_SENDER_ENDS = ("馆|院|局|部|中心|办|站|所|队|委|会|处|厅|校|大学|中学|小学|台|社|网|报|团|组|司|频道|栏目|财经|科技|体育|健康"
                "|文娱|视觉|街道|社区|汽车|房产|教育|文旅|旅游|娱乐|新闻|客户端")
#: A media centre and a name after a gap ("青山县融媒体中心　王小明"), or any body that sends a
#: text and a name that opens with a common surname (青山集团党委宣传部　王小明).
_ORG_THEN_NAME = _compile(rf"^\p{{Han}}{{2,12}}(?:融媒体中心|融媒|新闻中心|报社|电视台|日报|时报|晚报|早报|商报)[\s\u3000\u00a0]+[\p{{Han}}·]{{2,4}}(?:[\s\u3000\u00a0]+(?:{_NAME})){{0,2}}$"
                          rf"|^\p{{Han}}{{1,14}}(?:{_SENDER_ENDS})[\s\u3000\u00a0]+(?:{_NAME})$")
#: A paper and a name after a gap, in brackets ("（青山网　王小明）"; read with the gaps: not
#: "（本报巴黎电）" or "（作者为本报记者）").
_SOURCE_GAP_NAME = _compile(rf"^[（(【［\[]\s*(?:本报|本刊|\p{{Han}}{{1,10}}{_OUTLET})[\s\u3000\u00a0]+[\p{{Han}}·]{{2,4}}(?:[\s\u3000\u00a0]+(?:图文|文图|摄影报道|报道))?\s*[）)】］\]]$"
                            # or any body that sent it, and a name that opens with a common
                            # surname (（青山县文化馆　王小明）, （青山大学新闻学院 王小明 整理）; not a
                            # person's post, （原青山商会会长 王小明）, an essay's author as the paper prints it)
                            rf"|^[（(]\s*\p{{Han}}{{1,14}}(?:{_SENDER_ENDS})"
                            rf"(?:[\s\u3000\u00a0]+(?:{_NAME})){{1,3}}(?:[\s\u3000\u00a0]+(?:编译|整理|报道|供稿|文|摄))?\s*[）)]$")
#: Reporters' names alone in brackets, two to five, each opening with a common surname
#: (（王小明、李春华）, （王小明 李春华）): who wrote the report.
_NAMES_IN_BRACKETS = _compile(rf"^[（(]\s*(?:{_NAME})(?:[\s\u3000\u00a0、，,]+(?:{_NAME})){{1,4}}\s*[）)]$").match
#: A source label and the source after a gap ("来源　青山日报").
_SOURCE_AFTER_GAP = _compile(r"^(?:来源|稿源|出处)[\s\u3000\u00a0]+\S{2,16}$")
#: A source and a reporter's name between gaps, then 报道 ("青山日报　王小明　报道").
_NAMES_THEN_REPORTS = _compile(r"^(?:[\p{Han}·]{2,12}[\s\u3000\u00a0]+){1,5}报道$")
#: A post's mark of its own writing, its author and its account (原创 王小明 青山日报), read
#: with its gaps: without them it reads as prose (原创歌曲…).
_ORIGINAL_BY = _compile(r"^原创[\s\u3000\u00a0]+[\p{Han}·]{2,4}[\s\u3000\u00a0]+\S{2,16}$").match
_REPORTER_NO_GAP = _compile(r"^\W*(?:记者|通讯员)\p{Han}")
#: What ends a reporter's credit (文/图, 摄, 报道): with it, a bulleted 记者… line is a credit.
_CREDIT_END = _compile(r"(?:文\s*[/／]\s*(?:图|摄)|摄|报道)$")
#: A picture agency's name after a gap at the end of a caption ("…　　人民视觉", "…　视觉中国 图"), read before
#: the gaps are dropped (not "…打造视觉中国").
_AGENCY_AFTER_GAP = _compile(rf"\S[\s\u3000\u00a0]+(?:人民视觉|视觉中国|东方IC|图虫创意|IC\s*photo|CFP|美联社|路透社?|法新社|共同社|(?:本报|\p{{Han}}{{1,10}}{_OUTLET})发)\s*(?:供?图)?\s*$|\S[\s\u3000\u00a0]+(?:图片?|照片)\s*据\s*(?:本报|\p{{Han}}{{1,10}}{_OUTLET}|视觉中国|人民视觉|东方IC|IC\s*photo|CFP|受访者|\p{{Han}}{{2,12}}(?:供图|提供))\s*$")
#: A caption's sentence or two and the gap after them, before a credit at the line's end.
_CAPTION_SENTENCES = r"^[^。！？]*[。！？](?:[^。！？]+[。！？])?[\s\u3000\u00a0]*"
#: A caption of a sentence or two and a reporter's credit, as long as a paragraph
#: (12月6日，…。当天，…。新华社记者 王小明 摄): two sentences at most before the credit.
_CREDITED_CAPTION = _compile(_CAPTION_SENTENCES + r"(?:[（(]\s*)?\p{Han}{0,12}(?:记者|通讯员)[\s\u3000\u00a0]*"
                             r"[\p{Han}·]{2,4}(?:[、\s\u3000\u00a0]+[\p{Han}·]{2,4})*[\s\u3000\u00a0]*摄(?:于[^，。；！？,;\s（）()]{2,16})?(?:\s*[）)])?$").match
_CREDITED_CAPTION_MAX = 150
#: A caption in English by its opening (Photo taken on …, This photo shows …) or by an agency
#: and a photographer in brackets at its end (… (Xinhua/Wang Peng)).
_ENGLISH_CAPTION = _compile(_ENGLISH_OPENING + rf"|.*[(（]\s*{_AGENCIES}\s*(?:Photo)?\s*/\s*[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){{0,3}}\s*[)）]$").match
#: The same with the picture's source in brackets at its end (…，…。（图片来源：青山日报）,
#: …。（青山日报供图）): a caption as long as a paragraph too.
_SOURCED_CAPTION = _compile(_CAPTION_SENTENCES + r"[（(]\s*(?:(?:图片来源|图源|照片来源|图片提供|图片|图)\s*[：:/／]"
                            r"\s*[^（）()]{1,20}|[^（）()]{1,20}供图)\s*[）)]$").match
#: The same with other credits after its sentences: the photographer and the picture's
#: source or column in brackets (…。 王小明 摄（人民视觉）, …。青山日报记者 王小明 摄 （来源：青山网）),
#: who gave or took it (…。图片由青山县委宣传部提供, …。照片由王小明拍摄, …。受访者供图), an
#: agency's pictures and a name (…。 光明图片/王小明).
_CREDIT_AFTER = _compile(_CAPTION_SENTENCES + r"(?:(?:\p{Han}{0,12}(?:记者|通讯员)[\s\u3000\u00a0]*)?"
                         r"[\p{Han}·]{2,4}(?:[、\s\u3000\u00a0]+[\p{Han}·]{2,4})*[\s\u3000\u00a0]*摄影?[\s\u3000\u00a0]*[（(][^（）()]{1,16}[）)]"
                         r"|(?:图片|照片|视频)均?由[^，。；！？（）()]{2,20}(?:提供|拍摄)|(?:受访者|受访单位|采访对象|被访者|当事人|主办方)供图"
                         r"|\p{Han}{2,8}(?:图片|视觉)\s*[/／]\s*[\p{Han}·]{2,4})$").match
#: A caption as the agencies write it, at any length up to that (这是12月6日在青山镇拍摄的…).
_THIS_WAS_TAKEN = _compile(r"这是[^，。；！？]{0,40}?拍摄的").match
#: A caption's label and the caption (图片说明：…, 图注：…; not the label alone).
_CAPTION_LABEL = _compile(r"[\s\u3000\u00a0]*[【［\[]?(?:图片说明|照片说明|图说|图注|题图说明|题图)[】］\]]?\s*[：:]\s*\S").match
#: A name and what its bearer did to the text, after a gap (王小明　整理, 王小明　编译).
_NAME_THEN_EDITS = _compile(r"^[\p{Han}·]{2,4}[\s\u3000\u00a0]+(?:整理|编译|辑)$"
                            r"|^[（(【［\[]\s*[\p{Han}·]{2,4}[\s\u3000\u00a0]+(?:文|报道|整理|编译|撰文)\s*[）)】］\]]$").match  # （王小明　文）
#: (and the writer's credit before the photographer's: 文：王小明；图：李春华)
_TEXT_AND_PHOTO = _compile(r"文\s*[/／]\s*(?:摄|图)|文图(?!片)|^[（(]?(?:文字?|撰文)\s*[：:/／]\s*[\p{Han}·]{2,4}\s*[；;，,、|｜丨]?\s*(?:图片?|摄影)\s*[：:/／]")  # (not 本文图片)
#: How a complete paragraph ends: sentence punctuation, optionally closed.
COMPLETE_END = _compile(
    r"(?:[。！？!?…；;：:．]|\.\s*)[”’」』）)》\]】\"']*\s*(?:[\[［【][^\]］】]{1,8}[\]］】]\s*){0,3}$"  # 。[详细][图集]
    r"|[”’」』）)》】]\s*$"
)
HEADING_MAX = 30
_HEADING_BREAKERS = frozenset("。！？!?；;，,")
_HEADLINE_MAX = 40  # (for truncation flags; 50 measured worse on every garbled set)
#: A time of day opening a line (`9:00-17:00 …`): an item of a schedule, not a cut half.
_CLOCK_OPENING = re.compile(r"\d{1,2}[:：]\d{2}").match
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]").findall
_LONE_HEADLINE_MIN = 20  # (a sub-heading is shorter: "完善长效机制，确保稳定脱贫不返贫", 16)
#: A short sentence without a clause mark opening a paragraph ("拔河比赛最受欢迎。"): a fresh
#: start, not the tail of a cut sentence (which can be a character or two: "倍。").
_TOPIC_SENTENCE = re.compile(r"[^。！？!?，,、；;：:“”]{3,11}[。！？!?]").match
_HEADLINE_JOIN_MAX = 50  # (for joins across a heading; 40 joined 6 more real articles)
_HEADLINE_GAP = _compile(r"[\p{Han}”’》][ \u3000]+[\p{Han}\d“‘《]")
#: A quoted term opening a line and the line going on after it (“体育+旅游”模式…).
_QUOTED_TERM = re.compile("[“‘「][^”’」]{1,12}[”’」].").match
#: A quoted term that opens a line and runs on in its sentence ("“欢欢喜喜过大年”系列活动",
#: "“7·16”大火"), not a quotation of speech ("“上下不和，令乃不行。”…", "“‘五一’假期，…").
_TERM_FIRST = re.compile("[“‘「『][^“”‘’「」『』，。！？,!?；;：:]{1,12}[”’」』][^，。！？,!?；;：:、]").match
#: A reporting verb and a comma or colon ("郑秉文表示，", "《意见》明确，"): running prose that
#: reports what someone said, not a heading.
REPORTING = _compile(r"(?:表示|称|指出|说|认为|提醒|强调|明确|介绍|透露|显示|报道|获悉|了解到|发现)[，：:,]")
#: How a news lead opens, which a heading or a summary line does not: a dateline
#: ("新华社北京2月3日电", "央视网消息（新闻联播）：", "本报讯"), a date, or a time adverbial
#: and a comma ("今年以来，", "当地时间9月10日，").
_DATELINE = r"[^，。]{0,24}?(?:消息\s*[（(：:]|日电(?:\s|[（(：:])|电\s*[（(]|讯(?:\s|[（(：:]))|[（(]新闻联播[)）]"
DATELINE = _compile(_DATELINE)
_DATELINE_WORD = re.compile("消息|电|讯|新闻联播").search  # (one of which every dateline holds in its first 30)


def _dateline(text: str) -> bool:
    """Whether `text` opens with a dateline (`DATELINE`), tested only when it holds a
    dateline's word near its start."""
    return _DATELINE_WORD(text, 0, 30) is not None and DATELINE.match(text) is not None

LEAD_OPENING = _compile(
    _DATELINE + r"|(?:\d{2,4}年)?\d{1,2}月\d{1,2}日"
    r"|(?:今年|去年|近日|当日|日前|目前|眼下|近年来|今年以来|当地时间|昨天|今天|前不久|近期|此前|随后|同时)[^，。]{0,16}，"
)
#: A year and a comma open a paragraph too (`2018年，…`, `2012年以来，…`): a fragment of a
#: cut paragraph does not open so. Only the truncation test reads it (three real articles'
#: summary lines no longer flagged as cut; no garbled article's flags changed); as a
#: lead's opening it would also change which short lines are headlines.
_YEAR_OPENING = re.compile(r"\d{4}年[^，。,]{0,6}[，,]").match
#: A subtitle or attribution line opens with a dash ("——记青山镇…", "——市委…书记黄小桂"), or
#: with what some pages print for one: two full-width hyphens, horizontal bars (what some GBK
#: decoders make of ——) or box-drawing lines ("－－记…", "――记…"; the text keeps them).
ATTRIBUTION_DASH = ("——", "—", "--", "－－", "――", "──")
#: The longest subtitle line (the 291 dash subtitles of the real articles: 59 characters at
#: most, none with a sentence's end inside).
_SUBTITLE_MAX = 80


def _subtitle(line: str) -> bool:
    """Whether a line that opens with a dash under the title reads as a subtitle: short, one
    phrase or sentence, not a paragraph of sentences that opens with a dash (a list's item
    ``——铸魂砺剑写忠诚。坚持……``, a copy of it repeated at the top)."""
    return len(line) <= _SUBTITLE_MAX and not _FULL_STOP_INSIDE(line, 0, len(line) - 1)


#: Characters that leave a phrase unfinished: particles, prepositions, conjunctions and
#: marks that open or continue (的 和 在 把 被 …, ， 、 “ （).
_DANGLING = frozenset("的地得之和与及或在对把被从向为是将要应并而但所因也都就还又很最更其以于由让使给跟同，,、：:；;“‘（(《〈【")
_WORD_END_MIN = 0.2


_LETTER = regex.compile(r"\p{L}")


def _wordless(text: str) -> bool:
    """Whether `text` holds no letter of any script (figures, marks and symbols only)."""
    return _LETTER.search(text) is None


def _norm(text: str) -> str:
    return "".join(text.split())


def is_heading(text: str) -> bool:
    """A sub-heading: short, no sentence or clause punctuation, not ending in a colon; or an
    attribution line under one ("——市委老干部局局务会、…书记黄小桂")."""
    if len(text) > 60 and not text[:1].isspace() and not text[-1:].isspace():
        return False  # (the common case, a paragraph, without stripping or scanning it)
    t = text.strip()
    if t.startswith(ATTRIBUTION_DASH) and len(t) <= 60 and not any(c in t for c in "。！？"):
        return True  # (a full stop inside: a paragraph that opens with a dash, "——破解…难题。解决…")
    return 0 < len(t) <= HEADING_MAX and _HEADING_BREAKERS.isdisjoint(t) and not t.endswith(("：", ":"))


def _reports(t: str) -> bool:
    """Whether `t` reports what someone said or found (…获悉，…表示，), the verb not being a
    label at its start (报道：…)."""
    m = REPORTING.search(t)
    # (a label: the verb at the start, or its second character before a colon, 解说：…)
    return m is not None and (m.start() > 1 or (m.start() == 1 and m.group()[-1] not in "：:"))


def _has_gap(text: str) -> bool:
    """Whether `text` holds a space, tab, ideographic space or NBSP (four `in` tests in C
    cost a tenth of a regex scan of a paragraph)."""
    return " " in text or "\t" in text or "\u3000" in text or "\u00a0" in text


_PROSE_MARK = re.compile(f"[{PROSE_PUNCT}]").findall
#: People in a picture and what they do: 游客在…, 孩子们正在…, 一名工作人员在… (not 在线).
_DESCRIBES_PEOPLE = _compile(
    r"(?:一[名位群批]|[几多数]名)?(?:村民|游客|市民|孩子|学生|小学生|中学生|大学生|志愿者|工作人员|医护人员|工人|居民|观众|队员"
    r"|运动员|选手|民警|消防员|官兵|嘉宾|读者|顾客|消费者|乘客|旅客|游人|师生|老人|儿童|小朋友|演员|技术人员|科研人员)们?"
    r"(?:正?在(?!线)|为\p{Han}{1,8}(?:提供|送|讲解|检查|演示|表演|介绍|服务|答疑|义诊))").match  # (…为居民提供服务)
#: (8 characters: 村民们在田间劳作; no real line of 8 or 9 opens so, and 志愿者在行动, a heading, is 6)
_PEOPLE_MIN, _PEOPLE_MAX = 8, 30
#: Someone interviewed, as a photo's caption names them (王小明接受记者采访, 王小明（左）在青山镇
#: 接受采访): no real line is one.
_INTERVIEWED = _compile(rf"(?:\p{{Han}}{{1,4}}[，,])?(?:{_NAME})(?:[（(][^（）()]{{1,8}}[）)])?正?(?:在\p{{Han}}{{1,12}})?接受(?:本报|本台)?(?:记者|媒体)?(?:的)?采访$").match
#: Someone, by a name that opens with a common surname, at the scene of the picture (王小明
#: （左二）在青山镇运动会现场): no real line or title of the 10,121 articles is one.
_AT_THE_SCENE = _compile(rf"(?:{_NAME})(?:[（(][^（）()]{{1,8}}[）)])?在[^，。；！？,;!?]{{2,24}}现场$").fullmatch
#: Someone by name and where they stand in the picture (王小明（右）, 李春华（左二）, 张伟（前排中）):
#: body text says where people stand only about a picture.
_NAME_IN_PICTURE = _compile(rf"(?:{_NAME})[（(](?:前排|后排|中排)?[左右中][一二三四五六七八九\d]?起?[）)]").search
#: Credits apart by semicolons, each a short label and a name (文：王小明；图：李春华；编辑：张三).
_CREDITS_BY_SEMICOLON = _compile(rf"(?:(?:文|图|摄影|作者|记者|{_ROLES})[：:/／](?:{_NAME})[；;]){{1,4}}(?:文|图|摄影|作者|记者|{_ROLES})[：:/／](?:{_NAME})$").fullmatch
#: Someone at what the picture shows them doing (王小明在比赛中, 王小明（右）在颁奖仪式上,
#: 王小明在发布会上发言; no real line is one).
_AT_EVENT = _compile(rf"(?:{_NAME})(?:[（(][^（）()]{{1,6}}[）)])?在\p{{Han}}{{2,8}}[上中](?:发言|讲话|致辞|领奖|庆祝)?$").match
#: A clause, then the photographer and 摄 (…，王小明摄。).
_COMMA_THEN_PHOTO = _compile(rf"[，,](?:\p{{Han}}{{0,12}}记者)?(?:{_NAME})摄。?$").search
#: A date beside a short line, apart by a gap or in brackets (2024-01-12　作者：王小明,
#: 青山日报　2024-01-12, 【2024-01-12】青山日报, （2024-01-12　青山日报记者 王小明）): the
#: line is read without it. (The date of an outlet's line, a credit's or a bracketed one;
#: no real line opens or ends with a date after a gap.)
_DATE_BESIDE = _compile(rf"(?P<o>[（(]\s*)?(?:\p{{Han}}{{2,4}}[：:]\s*)?{_DATE}(?:\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?[\s\u3000\u00a0]+(?P<a>\S.*)$"
                        rf"|[【［\[]{_DATE}[】］\]]\s*(?P<b>\S.*)$|(?P<c>.*\S)[\s\u3000\u00a0]+(?:{_DATE}|{_LUNAR_DAY})$").match
#: The day, a gap and a few words or a sentence, nothing before the day: a picture's day and
#: what it shows (2024-01-12　村民们参加拔河比赛), or an entry of a chronology.
_PICTURE_DAY = _compile(rf"{_DATE}[\s\u3000\u00a0]+(?!星期|周[一二三四五六日天]|礼拜)[^\s。！？：:]{{2,30}}[。！]?$").match
_WEATHER = _compile(r"(?:晴|阴|多云|小雨|中雨|大雨|暴雨|阵雨|雷阵雨|雨夹雪|小雪|中雪|大雪)(?:转\p{Han}{1,3})?(?:\s*-?\d{1,2}\s*℃)?$").match
#: A writer's signature: a name, a gap, where (and when) it was written (王小明　于青山,
#: （王小明　写于除夕夜）, （王小明　2024-01-12于北京）).
_SIGNED_AT = _compile(rf"[（(]?(?:{_NAME})[\s\u3000\u00a0]+(?:{_DATE}\s*)?(?:写)?于\S{{2,12}}?[）)]?$").fullmatch
_SOURCE_ALONE = _compile(rf"(?:{_SOURCE}|新华社|中新社)$").match
#: A caption wholly in brackets that opens with the day and a comma, a sentence or two
#: (（2024-01-12，村民们参加拔河比赛。）; no real line opens so).
_DATED_IN_BRACKETS = _compile(rf"[（(]{_DATE}[，,][^（）()]{{2,60}}[）)]$").match
#: Names between gaps, then 文: who wrote it (王小明　李春华　文).
_NAMES_THEN_WRITES = _compile(rf"^(?:(?:{_NAME})[\s\u3000\u00a0]+){{0,3}}(?:{_NAME})(?:[\s\u3000\u00a0]+|[\s\u3000\u00a0]*[/／|｜丨][\s\u3000\u00a0]*)文$").match  # (王小明 李春华/文)
#: A sentence's end, then a photographer (a reporter maybe) and 摄, bracketed or not (（摄影
#: 王小明）), a station's picture (青山电视台画面, 截屏), a picture's or a video's source (图片：
#: 青山日报, 视频：青山日报, 来源：青山日报), a picture agency in brackets (（路透社）; not 新华社,
#: whose bracketed name closes reports) or the picture's kind (（剧照）, （档案照）, （取自网络）),
#: the gaps dropped.
_SENTENCE_THEN_PHOTO = _compile(rf"(?:[。！？]|(?<=\D)\.)[）)]?\s*(?:[（(]\s*(?:\p{{Han}}{{0,12}}记者)?\s*(?:{_NAME})\s*摄(?:于[^（）()]{{2,16}})?\s*[）)]|[（(]\s*摄影?\s*[：:/／]?\s*(?:{_NAME})\s*[）)]|[（(]\s*(?:视频|图片?)\s*[/／：:][^（）()]{{2,20}}[）)]|[（(]\s*(?:截图|图片|照片|视频|画面)?来源\s*[：:][^（）()]{{1,16}}[）)]|[（(]\s*(?:资料图片?|资料照片|图片|配图)?\s*[，,]?\s*(?:图文无关|图片与本文无关|与本文无(?:直接)?关(?:系)?|仅为示意|仅供参考|仅作示意)\s*[）)]|[（(]\s*[A-Za-z][A-Za-z .]{{1,20}}\s*[/／][^（）()]{{1,24}}[）)]|[（(]\s*(?:(?:拍摄|摄影|摄像|视频|剪辑|编辑|后期)\s*[：:/／]\s*(?:{_NAME})\s*[；;，,、]?\s*){{2,4}}[）)]|(?:\p{{Han}}{{0,12}}记者)?(?:{_NAME})(?:\s*[、，,]?\s*(?:{_NAME})){{0,2}}\s*[/／]?\s*摄(?:影|像|于[^，。；！？,;\s]{{2,16}})?|(?:摄影|图片|照片|图|图文|文图|拍摄者?|摄影者|视觉设计|设计|制图|美编)\s*[：:/／]\s*(?:\p{{Han}}{{0,12}}记者)?\s*(?:{_NAME})(?:\s*[（(][^（）()]{{1,16}}[）)])?|(?:图源|图片来源|照片来源|视频来源|截图来源|画面来源|图片作者|拍摄者|视频|图片|照片|来源|图表来源|数据来源|资料来源)\s*[：:/／]\s*[^，。；！？,;：:\s]{{2,16}}|{_DATE}\s*摄\s*(?:[\p{{Han}}·]{{2,4}})?|(?:人民视觉|视觉中国|东方IC|图虫创意|IC\s*photo|CFP|新华社|中新社)\s*供?图|[（(]\s*(?:路透社?|法新社?|美联社?|欧新社|共同社|新华|中新|视觉中国|人民视觉|东方IC|CFP|IC\s*photo|AFP|AP(?:\s*Photo)?|EPA|Reuters|Getty\s*Images?)\s*(?:[/／]\s*[^（）()]{{1,16}})?[）)]|(?:路透社?|法新社|美联社|欧新社|共同社|视觉中国|人民视觉|东方IC|CFP|IC\s*photo|AFP|AP|EPA|Reuters|REUTERS|Getty\s*Images?)|[（(]\s*(?:(?:本报|\p{{Han}}{{1,10}}{_OUTLET})?资料(?:图片?|照片)|(?:电影|电视剧)?剧照|\p{{Han}}{{0,8}}档案(?:照片?|图片?)|(?:取|来)自网络|(?:互联网|网络)(?:照片|图片))\s*[）)]|\p{{Han}}{{0,12}}记者(?:{_NAME})\s*图|\p{{Han}}{{0,10}}(?:画面|截屏|截图)"
                                rf"|\p{{Han}}{{0,12}}(?:(?:特约|首席|资深)摄影(?:记者|师)?|摄影(?:记者|师))(?:{_NAME})"  # …。青山日报特约摄影 王小明
                                r"|(?:图片|照片|视频)(?:提供|供稿)\s*[：:/／][^，。；！？,;：:\s]{2,16}"  # …。图片提供：青山日报
                                r"|(?:图片|图源|图|摄影)[|｜丨][^，。；！？,;：:\s]{2,16}"  # …。图片 | 青山日报
                                rf"|(?:供图|来源)(?:本报|\p{{Han}}{{1,10}}{_OUTLET})|(?:本报|\p{{Han}}{{1,10}}{_OUTLET})图"  # …。供图　青山日报, …。青山日报　图: the gaps dropped after the stop
                                r"|(?:视频|网络|直播)?截图[（(]\s*来源\s*[：:][^（）()]{1,16}[）)]"  # …。视频截图（来源：快手）
                                r"|(?:本文|本版|文中)(?:图片|照片|配图)(?:均|皆|全部)?(?:来自|来源于|源自|选自)[^，。；！？,;：:\s]{2,16}"  # …。本文图片均来自青山日报
                                rf"|(?:本报|\p{{Han}}{{1,10}}{_OUTLET})发\s*[（(]\s*(?:\p{{Han}}{{0,12}}记者)?\s*[\p{{Han}}·]{{2,4}}\s*摄\s*[）)])$").search
#: An editor's credit at a line's end (…　编辑：李春华, …摄 编辑：李春华; the gap may be gone:
#: …摄影：王小明编辑：李春华).
_TRAILING_EDITOR = _compile(r"[\s\u3000\u00a0]*(?:编辑|责编|责任编辑|校对|审核|美编|后期)\s*[：:/／|｜]\s*[\p{Han}·]{2,4}$").search
#: What a work of art is made of and with (油画, 纸本设色, 布面丙烯).
_MEDIUM = "油画|国画|版画|水彩|水粉|水墨|纸本|绢本|布面|设色|墨笔|丙烯|素描|雕塑|书法|综合材料|木刻|漆画|剪纸"
#: A work of art under its picture: its title in 《》 and its detail or its maker (《青山春色》（局部）,
#: 《青山春色》王小明作), or the labels of a work and its author (作品：《青山春色》　作者：王小明).
_ARTWORK = _compile(rf"《[^《》]{{1,30}}》(?:[（(]局部[）)]|(?:{_NAME})[作绘画]|[（(](?:{_NAME})[作绘][）)])"
                    r"|作品[：:]《[^《》]{1,30}》(?:作者[：:][\p{Han}·]{2,4})?"
                    # its title, its maker, its medium, its size or its year (《青山》王小明油画2019年,
                    # 王小明《青山》纸本设色68×136cm), or a maker's work alone (王小明作品)
                    rf"|(?:{_NAME})?《[^《》]{{1,30}}》(?:{_NAME})?(?:{_MEDIUM}|\d{{2,4}}[×xX*]\d{{2,4}}(?:cm|CM|厘米|mm|毫米)?)+"
                    r"(?:(?:19|20)\d{2}年?)?"
                    rf"|(?:{_NAME})(?:书法|绘画|摄影|剪纸)?作品").fullmatch
#: One sentence to its full stop and a short note in brackets after it, nothing else (…。（剧照）,
#: …。（青山时报）, …。（档案照）): what a short line adds so in brackets is the picture's kind or
#: source; but not a note of the text's own (（节选）, （完）, （下转第二版）, （笑）, （掌声）), nor
#: a reporter's name closing a text's last paragraph (…。（王小明）), nor a column's name after a
#: question (…？（说道）: a title). Five lines of the 10,121 real articles are of this shape:
#: three （节选）, one a name, one a page's reference.
_SENTENCE_THEN_NOTE = _compile(r"[^。！？!?（）()]{4,}。[）)]?[（(]([^（）()，,。；;：:、]{1,12})[）)]").fullmatch
_TEXT_NOTE = _compile(r"节选|摘[编录要]|[见转接]第|版|完|续|笑|掌声|鼓掌|原文|注|略|下同|同上").search
#: A caption in brackets, a sentence and its credit (（2024年12月6日，…。青山日报记者 王小明 摄）)
#: or the picture's source after 图 (（2024-12-06，…。图/青山日报）).
_BRACKETED_CAPTION = _compile(rf"[（(][^（）()]{{2,80}}[。！？，,；;]\s*(?:(?:\p{{Han}}{{0,12}}(?:记者|通讯员)[\p{{Han}}·]{{2,4}}"
                              rf"|(?:本报|\p{{Han}}{{1,10}}{_OUTLET})?(?:{_NAME}))摄"
                              r"|(?:图|图片|照片)\s*[/／：:|｜]\s*[^（）()\s]{2,16})[）)]$").match
_BARE_NAME = _compile(rf"(?:{_NAME})$").match
#: A reporter in a sentence: the role run on into five characters or more before a comma
#: (记者见到王小明时，…), longer than a name (本报记者王小明，李春华 is a byline).
_REPORTER_ACTS = _compile(r"(?:记者|通讯员|实习生)\p{Han}{5,}[，,]").search
#: Captions of two or more pictures named by their place (上图：…；下图：…, 左图：…　右图：…,
#: 左上：…　右下：…; a corner's label needs no mark before it, the gaps being gone; one
#: character alone only as a pair that opens the line: 上：…　下：…, 左：…　右：…).
_PLACE = r"(?:[上下左右中]图(?:[：:]|为)|[上下左右中]{2}[：:])"
_PICTURE_PLACES = _compile(rf"[（(]?{_PLACE}.+(?:[；;，,。\s]{_PLACE}|[上下左右中]{{2}}[：:])|上[：:].+下[：:]|左[：:].+右[：:]"
                            # numbered pictures, two or more in a line (图1：…。图2：…)
                            r"|图\s*[\d①-⑳一二三四五六七八九十]{1,2}\s*[：:].+?[。；;\s]\s*图\s*[\d①-⑳一二三四五六七八九十]{1,2}\s*[：:]").match


#: A platform's notice under a post it hosts: the views are the author's, the platform only
#: stores or publishes (搜狐号系信息发布平台, 仅代表该作者或机构观点, 用户上传并发布); a financial
#: page's warning (投资有风险，入市需谨慎, 不构成投资建议); a journal article's author's note and how to
#: cite it (作者简介：…, 引用格式：…). Of the 10,121 real articles' lines, one says so: a Sohu
#: page's notice on its copyright (声明：此文系…独家原创稿件…如需转载…请与…联系。), rightly a byline.
_PLATFORM_NOTICE = _compile(r"^(?:作者简介|作者信息|引用格式|本文引用格式)\s*[：:]|^[【［\[]\s*(?:作者简介|作者信息|引用格式)\s*[】］\]]|^本文(?:来自|来源于|转载自|转自|转载于)(?:微信)?公众号|仅代表(?:该)?作者(?:本人|或机构)?(?:的)?(?:个人)?观点|(?:仅)?提供信息(?:存储|发布)(?:空间)?(?:服务|平台)"
                            r"|不代表本(?:站|网|平台|号)(?:的)?(?:观点|立场)|(?:用户|作者|机构)上传并发布"
                            r"|投资有风险|入市需谨慎|投资需谨慎|不构成(?:任何)?投资建议|风险自担"
                            # a notice of copyright or a disclaimer (版权声明：本文为青山日报原创，转载请注明出处。)
                            r"|仅供其?表达个人看法|并不(?:表明|代表)本(?:站|网)(?:同意|赞同)其观点"
                            r"|^【?(?:版权|免责)声明\s*[：:】]|转载请注明(?:出处|来源)|^本文(?:为|系)\S{1,16}原创").search
#: Later notices, each tried only on a line holding one of `_LATER_NOTICE_KEYS` (a pattern
#: of more alternatives costs more at every character of every line it is tried on): a
#: portal's note on what it reposts (…声明：此消息系转载自…合作媒体，…出于传递更多信息之目的，
#: 并不意味着赞同其观点…), a line that only forbids reposting (未经授权，不得转载。 本文为…原创，
#: 未经许可不得转载; not a sentence that reports such a rule: 条例规定，未经许可不得…), …，侵删,
#: 如有侵权，请联系删除, and a platform's notice in English (… uploaded and posted by a user of …,
#: which … only provides information storage services.)
_LATER_NOTICE = _compile(r"^\p{Han}{0,8}声明\s*[：:]\s*(?:此|本)(?:消息|文章?|稿件|内容|作品)|出于传递更多信息之?目的|并不意味着赞同其观点"
                         r"|^[（(【]?(?:版权所有[，,。]?\s*|(?:本文|本站|本网|本号|本刊|本报|本平台)\S{0,16}?[，,。]\s*)?未经\S{0,12}?(?:授权|许可|同意)[，,]?\s*"
                         r"(?:任何\S{0,8}?)?(?:不得|禁止|严禁|请勿|谢绝)\S{0,8}?(?:转载|复制|摘编|转发|使用|镜像)[^。！]{0,24}[。！]?[）)】]?$"
                         r"|[，,\s]侵删[。！]?$|^\S{0,12}[，,]?\s*如有侵权[，,]?\s*(?:请)?(?:\S{0,6}联系|告知|通知)?\S{0,4}删除"
                         r"|(?i:(?:uploaded and )?posted by a user of|only provides information storage)"
                         # a copyright line in English (Copyright © 2024 青山日报. All rights reserved.)
                         r"|(?i:all rights reserved)|^\s*(?i:copyright)\b"
                         # where the lines above came from, that they are only for reference, that the
                         # text is reposted with leave (以上内容来自…, （以上信息仅供参考）, 本文已获授权)
                         r"|^(?:以上|本文)(?:内容|信息)均?(?:来自|来源于|源自|转自|摘自)[^。，,]{1,24}$"
                         r"|^[（(]?\s*(?:以上|本文|文中)(?:信息|内容|数据)?(?:均|仅)?仅?供参考\s*[。]?[）)]?$"
                         r"|^[（(]?\s*本文已获(?:作者|原作者)?授权(?:转载|发布|刊发|使用)?\s*[。]?[）)]?$").search
_LATER_NOTICE_KEYS = ("声明", "传递更多信息", "赞同其观点", "未经", "侵删", "如有侵权", "posted by", "information storage",
                      "eserved", "ESERVED", "opyright", "OPYRIGHT", "以上内容", "以上信息", "本文内容", "本文信息", "供参考", "已获")
_NOTICE_MAX = 200


#: Words one of which every such notice holds, in either script: looked for first, in one
#: scan (a test for each word costs half as much again; reading every line as simplified
#: first, three times as much).
_NOTICE_WORDS = re.compile("观点|觀點|信息|資訊|訊息|上传|上傳|投资|投資|风险|風險|入市|作者|引用|公众号|公眾號"
                           "|版权声明|免责声明|版權聲明|免責聲明|声明：|声明:|聲明：|聲明:|转载请注明|轉載請註明|本文为|本文系|本文為|本文係"
                           "|未经|未經|侵删|侵刪|如有侵权|如有侵權"
                           "|posted by|information storage|eserved|ESERVED|opyright|OPYRIGHT|以上内容|本文内容|供参考|已获|以上內容|本文內容|供參考|已獲").search


def _notice(text: str) -> bool:
    """Whether `text` is such a notice, in either script, whatever its length up to
    `_NOTICE_MAX` (the cues read short lines only)."""
    if len(text) > _NOTICE_MAX or _NOTICE_WORDS(text) is None:
        return False
    simple = _simplified(text)
    return _PLATFORM_NOTICE(simple) is not None or (
        any(key in simple for key in _LATER_NOTICE_KEYS) and _LATER_NOTICE(simple) is not None)


#: Brackets a line of credit may stand in, read as round ones (not 《》: a work's title).
_OTHER_BRACKETS = {"『": "』", "「": "」", "<": ">", "＜": "＞", "〈": "〉", "〔": "〕", "〖": "〗"}


#: The longest line read as the page's interface (a share menu, a link to the next article).
_INTERFACE_MAX = 48


#: The page's links in a row, apart by bars or slashes (联系我们｜网站地图｜使用帮助).
_BUTTON_ROW = re.compile(rf"(?:{_BUTTON})(?:\s*[|｜/／·]\s*(?:{_BUTTON}))+$").match


def classify_line(text: str) -> str:
    """``caption``, ``byline`` or ``body`` for one line of an article's body, by general cues:
    length, a leading photo marker, credit words (摄 供图 记者 编辑 来源 …), a short line
    naming a scene ("会议现场"); a line read as body is read again without an editor's credit
    at its end (…。青山日报记者 王小明 摄　编辑：李春华: a caption). A line of the page's own
    interface (0条评论, 分享到：微信 微博, 上一篇：…) is a byline: what the page printed around the
    article."""
    kind = _classify(text)
    if kind == "body" and text[:1] in _OTHER_BRACKETS:
        # a line wholly in other brackets, read as in round ones (『来源：青山日报』, <编辑：王小明>)
        s = text.strip()
        if len(s) <= 42 and s[-1:] == _OTHER_BRACKETS[s[0]]:
            kind = _classify("（" + s[1:-1] + "）")
            if kind != "body":
                return kind
    tail = text[-10:]
    if kind == "caption" and ("｜" in text or "|" in text or "/" in text or "／" in text) and _BUTTON_ROW(_simplified(text).strip()):
        return "byline"  # the page's links in a row (联系我们｜网站地图｜使用帮助), not a credit (图｜使用帮助)
    if (kind == "caption" and text[:1] in _CAPTION_MARKS and len(text) <= _INTERFACE_MAX and "。" not in text
            and (rest := text[1:].strip()) and (rest.endswith(("阅读原文", "閱讀原文"))
                                                 or (_classify(rest) == "body" and _read_plainly(PAGE_INTERFACE.search, rest)))):
        return "byline"  # a mark pointing to the page's link (▼点击阅读原文, ↓写留言), not to a picture
    if "轻点两下取消" in text or "輕點兩下取消" in text:
        return "byline"  # a WeChat post's buttons as scraped (：，。视频小程序赞，轻点两下取消赞在看，轻点两下取消在看)
    if kind == "body" and ("编" in tail or "校" in tail or "审" in tail or "編" in tail or "審" in tail or "后期" in tail or "後期" in tail):
        simple = _simplified(text)
        if (m := _TRAILING_EDITOR(simple)) and m.start() > 0:
            return _classify(simple[:m.start()])
    if kind == "body" and len(text) <= _INTERFACE_MAX and "。" not in text and _read_plainly(PAGE_INTERFACE.search, text.strip()):
        return "byline"
    return kind


#: The address of the page or of the text it reposts, under its label (本文链接：https://…,
#: 原文地址：www.…); not an address the article gives (报名网址：…, which is the article's).
_LABELLED_LINK = re.compile(r"[（(【［\[]?\s*(?:本文|原文|文章|新闻|本页|原帖|转载|收听|播放|节目|音频|播客)(?:链接|地址|网址)\s*[：:]\s*(?:https?://|www\.)\S+?\s*[）)】］\]]?$").match


def _classify(text: str) -> str:
    if _notice(text):
        return "byline"  # a platform's or a journal's notice, whatever its length (…仅代表作者本人观点…)
    head = text[:10]
    if (("链接" in head or "鏈接" in head or "地址" in head or "网址" in head or "網址" in head)
            and _LABELLED_LINK(_simplified(text).strip())):
        return "byline"  # the page's or the original's address, as long as it is (原文链接：https://…)
    if len(text) <= _CREDITED_CAPTION_MAX:  # a caption as long as a paragraph
        credited = (text.endswith(("摄", "攝", "）", ")")) or text.startswith(("这是", "這是")) or "摄于" in text[-18:]
                    or "攝於" in text[-18:] or "图" in text[:8] or "照" in text[:8] or "圖" in text[:8])
        # (a sentence or two, then another credit: …。 王小明 摄（人民视觉）, …。受访者供图)
        after = (text.endswith(("提供", "拍摄", "拍攝", "供图", "供圖")) or "/" in text[-6:] or "／" in text[-6:]
                 or (text.endswith(("）", ")")) and ("摄" in text[-24:] or "攝" in text[-24:])))
        if credited or after:
            simple = _simplified(text)  # (read in simplified script: 攝 as 摄, 圖 as 图)
            if credited and ((simple.endswith(("摄", "摄）", "摄)")) or "摄于" in simple[-18:]) and _CREDITED_CAPTION(simple)
                             or (simple.endswith(("）", ")")) and "图" in simple[-24:] and _SOURCED_CAPTION(simple))
                             or (simple.startswith("这是") and _THIS_WAS_TAKEN(simple))
                             or (("图" in simple[:8] or "照" in simple[:8]) and _CAPTION_LABEL(simple))):
                return "caption"  # by its credit, or by its label (图片说明：…)
            if after and _CREDIT_AFTER(simple):
                return "caption"
        if text[:1].isascii() and text[:1].isalpha() and _ENGLISH_CAPTION(text):
            return "caption"  # in English (Photo taken on … shows …. (Xinhua/Wang Peng))
    # every cue below is for short lines (a long one without gaps needs no stripping)
    if len(text) > 60 and not _has_gap(text):
        return "body"
    text = _simplified(text)
    t = "".join(text.split())  # gaps are layout ("本报记者\u00a0张三", "资料图 片")
    gaps = len(t) != len(text)
    bullet = t[:1] in _BULLETS  # a bullet before a credit ("■图片说明：…", "■记者 张三"); but a
    t = t.lstrip(_BULLETS) or t  # bulleted column label ("■记者手记") is body: a gap must follow 记者
    if (not bullet and t[:1] not in _CAPTION_MARKS and t[:1] not in "©®℗™" and unicodedata.category(t[:1]) == "So"
            and (rest := _undecorated(t))):
        bullet, t = True, rest  # any other symbol too, but a caption's or a right's (▌记者 王小明, 🖊王小明; not ©青山日报)
    if not t or len(t) > 60:
        return "body"
    if len(t) <= 20 and not t[0].isalnum() and not t[-1].isalnum() and not any(map(str.isalnum, t)) and t.strip("…．.。") and "#" not in t:
        return "caption"  # a row of ornaments, no word in it (——————, · · ·, ＊　＊　＊, ◆ ◆ ◆, ▼); not an ellipsis, which is prose's
    if ((gaps and ("20" in t[:9] or "19" in t[:9] or t[-1:].isdigit() or t[-1:] == "日" or "月" in t[-7:]))
            or t[1:3] in ("19", "20") and t[:1] in "【［[") and (m := _DATE_BESIDE(text.strip())) is not None:
        rest = (m.group("o") or "") + m.group("a") if m.group("a") else (m.group("b") or m.group("c") or "")
        # (not a date and a source, 2024-01-12 08:30　来源：青山日报: the page's furniture)
        # (a source and more credits after it is a credit line: 2024-01-12　来源：青山日报　编辑：王小明)
        kind = ("body" if m.group("a") and m.group("a").startswith(("来源", "出处", "稿源", "来自", "发布于")) and not _has_gap(m.group("a").strip())
                else _classify(rest))
        if kind != "body" or _SOURCE_ALONE(rest.strip()) or _WEATHER(rest.strip()):
            return kind if kind != "body" else "byline"  # the date of a credit's or an outlet's line
        if m.group("a") and not m.group("o") and _PICTURE_DAY(text.strip()):
            return "caption"  # the day a picture was taken and what it shows (unless the article is a chronology: `_chronology`)
    # (a triangle heading an item of a list, "▲…；", is a bullet, not a photo's caption)
    if t[0] in _CAPTION_MARKS and t[-1] not in "；;":
        return "caption"
    s = text.strip()  # (the line with its inner gaps, which the shapes below read)
    if bullet:
        s = _undecorated(s.lstrip(_BULLETS)) or s  # (and without its bullet: ■编辑 王小明)
    # (each pattern tried only on a line holding what its matches must: `in` tests in C cost
    # a fraction of a search that starts at every character)
    if gaps and ((("摄" in text or s.endswith(("作", "绘", "图"))) and (_NAME_THEN_PHOTO.match(s) or _NAME_TOOK_AFTER_GAP.search(s)))
                 or (("视觉" in text or "IC" in text or "CFP" in text or "发" in text[-4:] or "图虫" in text or "据" in text)
                     and _AGENCY_AFTER_GAP.search(text))
                 or (("图" in s or "摄" in s or "画" in s or "视频" in s or "航拍" in s) and _PHOTO_THEN_NAME.search(s)
                     and not _ROLE_AND_NAME.match(s))
                 or (s.endswith("图") and _SOURCE_THEN_PHOTO.match(s)) or (s[1:2] == "图" and _PLACE_THEN_GAP(s))
                 or (("/" in s or "／" in s) and _NAME_SLASH_OUTLET(s))
                 or (("摄" in s[-16:] or "图" in s[-16:] or "来源" in s[-16:]) and _tail_credit(s) and not _ROLE_AND_NAME.match(s))
                 or (s.endswith("画面") and _GAP_FOOTAGE(s))
                 or (s[-1:] in "▼▽↓⬇" and not s[:1] in "▼▽↓⬇")):  # …　▼: the picture is below
        return "caption"  # read with the gaps: "王小明　摄　…", "…　　人民视觉", "图　王小明"
    if gaps and ("于" in s and _SIGNED_AT(s) is not None and (s[:1] in "（(") == (s[-1:] in "）)")):
        return "byline"  # a writer's signature: 王小明　于青山, （王小明　写于除夕夜）
    if gaps and ((text.endswith("报道") and _NAMES_THEN_REPORTS.match(s)) or (text.endswith("文") and _NAMES_THEN_WRITES(s)) or _SOURCE_AFTER_GAP.match(s)
                 or _ORG_THEN_NAME.match(s) or _SOURCE_GAP_NAME.match(s)
                 or _NAME_THEN_EDITS(s) or (s.startswith("原创") and _ORIGINAL_BY(s))):
        return "byline"
    if (len(t) <= 40 and ("。" in t or "！" in t or "？" in t or "." in t)  # (the pattern opens with a sentence's end)
            and ("摄" in t or "画面" in t or "截" in t or "图" in t or "照" in t or "视频" in t or "来源" in t or "网络" in t
                 or "设计" in t or t[-1:] in "）)" or t[-1:].isascii()) and _SENTENCE_THEN_PHOTO(t)):
        return "caption"  # a caption of a sentence or two and its credit: …。王小明 摄, …。青山电视台画面
    if t[0] in "（(" and (t[-2:-1] == "摄" or "图" in t[-20:]) and _BRACKETED_CAPTION(t):
        return "caption"  # the same in brackets, as long as a line of the body: （…。王小明 摄）
    if ("《" in t or t.endswith("作品")) and _ARTWORK(t):
        return "caption"  # a work of art under its picture: 《青山春色》（局部）, 《青山春色》王小明作
    if ("图" in t[:4] or t[2:3] in "：:" or t[1:2] in "：:") and _PICTURE_PLACES(t):
        return "caption"  # pictures by their place on the page, sentences or not: 上图：…；下图：…
    if bullet and _BARE_NAME(t):
        return "byline"  # a bullet and a name alone: □王小明
    if len(t) <= 20 and t[-1:] in "上中言话辞奖祝" and "在" in t and _AT_EVENT(t):
        return "caption"  # 王小明在比赛中, 王小明在发布会上发言
    if len(t) <= 40 and t.endswith(("摄。", "摄")) and _COMMA_THEN_PHOTO(t):
        return "caption"  # …，王小明摄。
    if ("；" in t or ";" in t) and _CREDITS_BY_SEMICOLON(t):
        return "byline"  # credits apart by semicolons: 文：王小明；图：李春华；编辑：张三
    if t[0] in "（(" and t[1:3] in ("19", "20") and _DATED_IN_BRACKETS(t):
        return "caption"  # a caption wholly in brackets that opens with the day: （2024-01-12，…。）
    if t[0] in "（(" and len(t) <= 24 and _NAMES_IN_BRACKETS(s):
        return "byline"  # reporters' names alone in brackets: （王小明、李春华）
    if len(t) <= 40 and len(_PROSE_MARK(t)) < 2:  # short, not prose: a credit line is
        # short; a long list of reporters is body text
        if CAPTION_CUE.search(t) and not _TEXT_AND_PHOTO.search(t):
            return "caption"  # a photo credit ("本报记者 张三 摄"), not "文/摄" (text and photos)
        if ((BYLINE_CUE.search(t) or (gaps and _ROLE_AND_NAME.match(s))) and not _reports(t) and not _REPORTER_ACTS(t)
                and not (bullet and _REPORTER_NO_GAP.search(text) and not _CREDIT_END.search(t))):
            return "byline"
    if (len(t) <= 40 and t[-1:] in "）)" and "。" in t and (m := _SENTENCE_THEN_NOTE(t)) and not _TEXT_NOTE(m.group(1))
            and not _BARE_NAME(m.group(1))):
        return "caption"  # a sentence and a short note in brackets, no credit's: …。（剧照）
    # (a bullet before it, "◎…现场", leaves no doubt: a longer scene too)
    if (len(t) <= _SCENE_MAX or (bullet and len(t) <= _SCENE_MAX + 4)) and (t.endswith(_SCENES) or t.startswith(("鸟瞰", "航拍"))) \
            and CAPTION_NOUN.match(t) and not (t.endswith(("场景", "情景", "景象", "一幕", "场面")) and t[-3] not in "的时"):
        return "caption"
    # who is in the picture and what they do there, as a caption says it (游客在景区游玩,
    # 一名工作人员在…): 10 to 30 characters, no sentence in it (not 志愿者在行动, a heading)
    if _DESCRIBES_PEOPLE(t) and _PEOPLE_MIN <= len(t) <= _PEOPLE_MAX and len(_PROSE_MARK(t)) < 2:
        return "caption"
    if t.endswith("采访") and len(t) <= _PEOPLE_MAX and _INTERVIEWED(t):
        return "caption"
    if t.endswith("现场") and _AT_THE_SCENE(t):
        return "caption"  # someone at the scene: 王小明（左二）在青山镇运动会现场
    if (("（左" in t or "（右" in t or "（中" in t or "排" in t or "(左" in t or "(右" in t or "(中" in t)
            and sum(map(t.count, "。！？")) <= 1 and _NAME_IN_PICTURE(t)):
        return "caption"  # a sentence about the picture, someone by where they stand: 比赛中，王小明（右）…
    # a double circle or a star marks a photo's caption, not a list item (no real article's
    # body line opens with one; ■ ● ◆ head summaries and lists) nor a label (★重点工作)
    if _photo_mark(text.lstrip()[:1]) and t[-1] not in "；;" and len(t) > _LABEL_MAX:
        return "caption"
    return "body"


#: A credit's label standing alone, its value on the next line (本报记者 / 王小明, 图片来源： /
#: 青山日报, （王小明 / 摄）): a label, a label and its colon or slash, or a bracket left open.
_CREDIT_LABEL = _compile(rf"(?:本报|\p{{Han}}{{1,10}}{_OUTLET})?(?:特约|首席|见习|实习)?(?:{_ROLES}|记者|通讯员|摄影|作者|来源|图片来源|图源|文|图|供图|撰文|撰稿|审核)"
                         r"\s*[：:/／]?$|[（(][^（）()]{1,16}$").match
#: The value on the line after a credit's label: a name or an outlet, maybe another credit or
#: 摄 after it, maybe the bracket's close.
_CREDIT_VALUE = _compile(rf"(?:(?:{_NAME})|[\p{{Han}}·]{{2,4}}|本报|\p{{Han}}{{1,10}}{_OUTLET})(?:[\s\u3000\u00a0]*(?:摄影?|供图|报道)?)"
                         r"(?:[\s\u3000\u00a0]+\S{1,12}){0,2}\s*[）)]?$|(?:摄影?|供图)\s*[）)]$").match
_CREDIT_VALUE_MAX = 16


def _join_broken_credits(items: list[_Item], edits: list[Edit]) -> None:
    """A credit broken over two lines (本报记者 / 王小明, 摄影 / 王小明, （王小明 / 摄）): a line
    that is a credit's label alone, then a short line with its value, which read together
    as a credit, are one caption or byline. (Not a caption and a credit on the line under it,
    ▲村民们参加拔河比赛 / （青山日报记者 王小明 摄）: pages print two credits or two captions one
    under the other as often, and joining them lost 286 of the garbled sets' captions.)"""
    i = 0
    while i < len(items) - 1:
        a, b = items[i], items[i + 1]
        if (len(b.text) > _CREDIT_VALUE_MAX or len(a.text) > 24 or _CREDIT_LABEL(a.text.strip()) is None
                or _CREDIT_VALUE(b.text.strip()) is None):
            i += 1
            continue
        merged = a.text.rstrip() + ("" if a.text.rstrip()[-1:] in "：:/／（(" else " ") + b.text.strip()
        if (kind := classify_line(merged)) != "body":
            edits.append(Edit("extract_metadata", "join", before=a.text + " | " + b.text, after=merged, block=b.pos,
                              reason=f"a {kind}'s credit broken over two lines"))
            a.set_text(merged)
            a.kind = kind
            del items[i + 1]
        i += 1


#: How many lines that open with the day and a gap make a chronology (its entries, not
#: pictures' captions: a page prints a picture's day so once or twice).
_CHRONOLOGY_MIN = 3


def _chronology(items: list[_Item]) -> None:
    """Lines read as a picture's day and what it shows (`_PICTURE_DAY`) are body again when
    the article holds `_CHRONOLOGY_MIN` or more distinct lines that open so: a chronology."""
    days = [it for it in items if it.text[:2] in ("19", "20") and _PICTURE_DAY(it.text.strip())]
    dated = [it for it in days if it.kind == "caption"]
    if len(dated) >= 2 and len({it.key for it in days}) >= _CHRONOLOGY_MIN:
        for it in dated:
            it.kind = "body"


class _Item:
    """A line of the body on its way through restoration."""

    __slots__ = ("text", "key", "kind", "pos", "copies", "why", "twin")

    def __init__(self, text: str, kind: str, pos: int) -> None:
        self.text = text
        self.key = _norm(text)  # the text without gaps, as copies are compared
        self.kind = kind  # body / caption / byline (/ dropped)
        self.pos = pos  # its index among the article's non-empty lines (edit reasons name "block pos + 1")
        self.copies = 1  # how many identical copies of it the article held
        self.why = ""  # why it is metadata, when no cue of its own says so
        self.twin: _Item | None = None  # (a copy dropped as a repeat: the copy kept)

    def set_text(self, text: str) -> None:
        self.text = text
        self.key = _norm(text)


_ENDS_COMPLETE = frozenset("。！？!?…；;：:．”’」』）)》】")
_ENDS_MAYBE = frozenset("]］\"'.")


def _dangles(text: str) -> bool:
    """Whether `text` ends in a word or mark that leaves a phrase unfinished (的 和 在 …, a
    comma, an opening quote), and not as the end of a longer word (方向, 存在, 目的)."""
    if not text or text[-1] not in _DANGLING:
        return False
    table = word_table()
    return not any(table.get(text[-k:]) is not None for k in (2, 3, 4) if len(text) >= k)


def _introduces(text: str) -> bool:
    """Whether `text` ends in a dash that introduces what follows; not one after a figure,
    the dash of a range the paragraph was cut at ("…1—" / "8月，…")."""
    return text.endswith("—") and not text[-2:-1].isdigit()


def _cut_at_decimal_point(text: str) -> bool:
    """Whether `text` ends in a figure's decimal point ("…增长6."): cut inside a number."""
    return text[-1:] in ".．" and text[-2:-1].isdigit()


def _complete(text: str) -> bool:
    last = text[-1:]
    if last.isspace():  # (rare: the text is copied to strip it only then)
        text = text.rstrip()
        last = text[-1:]
    # (a figure's decimal point, "增长14.", is not a full stop: the paragraph was cut there)
    if last in _ENDS_COMPLETE:
        return last != "．" or not _cut_at_decimal_point(text)
    return last in _ENDS_MAYBE and COMPLETE_END.search(text) is not None and not _cut_at_decimal_point(text)


#: Above the title: an outlet's name alone or in brackets (青山日报, （青山日报网）) and a
#: summary (摘要：…, 【导读】…), which under it are the article's. (Narrower endings than
#: `_OUTLET`: a title may end in 台 or 社, 搭建合作新平台; but 新华社 and 中新社, the agencies.)
_ABOVE_TITLE = _compile(r"(?:[（(【［\[]|[|｜丨]\s*)?\s*(?:\p{Han}{1,8}(?:日报|晚报|早报|时报|商报|新闻网|新闻|网|电视台|广播电视台|客户端|融媒体中心|融媒|新闻社|通讯社|APP|App|app)|新华社|中新社|本报|本网)\s*[）)】］\]]?$"
                        r"|\p{Han}{2,8}(?:检察|公安|警方|法院|消防|交警|政法|税务|气象|应急|网信|纪检|监察|司法)$|\p{Han}{2,4}发布$"  # an office's account: 青山检察, 青山发布 (not 首批高清太阳照片发布, a title)
                        r"|\p{Han}{2,14}(?:局|厅|委员会|办公室|人民政府)(?:门户网站|网站)?$|\p{Han}{2,14}门户网站$"  # an office's site: 青山县文化和旅游局, …人民政府门户网站
                        r"|\p{Han}{2,12}(?:美术馆|博物馆|图书馆|文化馆|纪念馆|剧院|艺术中心)$"  # a museum's, a theatre's site
                        r"|编者按\s*[：:]?$"  # an editor's note's label alone (under the title, it heads its note and stays)
                        r"|[【［\[]\s*\p{Han}{1,6}\s*[】］\]]$"  # a section's label alone in brackets: 【新闻】
                        r"|\p{Han}{1,6}\s*[｜|丨:：/／]$"  # a label cut from the headline it headed: 快讯｜
                        r"|\p{Han}{1,12}(?:新闻中心|副刊|周刊)$|\p{Han}{2}动态$"  # a paper's news centre or supplement; a column of news: 社区动态
                        r"|\p{Han}{0,4}(?:直播|实录)$"  # a link to a live page or a transcript: 比分直播, 发布会实录
                        r"|(?:\p{Han}{2,4}|[A-Z]{2,5})(?:\s*[|｜丨/／]\s*(?:\p{Han}{2,4}|[A-Z]{2,5})){1,3}$"  # a row of sections' labels: 国际 | 外电, CBA | 中超 (not 来论·春运, a title)
                        r"|\p{Han}{2,8}(?:\s*[：:]\s*|\s+)\d[\d.,\-－~～]*\s*(?:万元|亿元|元|万|亿|%|％)?$"  # a label and its figure: 厂商指导价：12.98-16.98万元
                        r"|[#＃]\s*[^#＃\s]{1,12}\s*[#＃]?$"  # a topic's tag: # 科技, #青山镇运动会#
                        r"|(?:本报|本网|\p{Han}{1,10}(?:日报|晚报|早报|时报|新闻|网|客户端))\p{Han}{2,4}$"  # an outlet's column: 青山日报商业观察
                        r"|(?:\p{Han}|[A-Z]{2,5})$"  # a badge: 荐, 热, HOT, NEW
                        r"|[【［\[]?\s*(?:摘要|导读|内容提要|提要|核心提示)\s*[】］\]]?\s*[：:]?\s*\S").match
#: Short labels above the title, tried on lines of `_LABEL_ABOVE_MAX` characters at most.
_LABEL_ABOVE = _compile(r"\p{Han}{9,14}新闻网$"  # a long site's name: 青山日报客户端大学新闻网
                        r"|\p{Han}{0,10}小记者(?:专版|团)?$|学生作品$|校园新闻$"  # a children's page: 小记者专版
                        r"|[【［\[]?(?:突发|重磅|刚刚|独家|快讯|最新)[！!】］\]]?$"  # a flash's label: 突发！, 刚刚！
                        r"|\p{Han}{2,6}[+＋]$"  # an outlet's app: 青山+
                        # a column's or a kind's label: 深度报道, 调研报告, 本报评论员文章, 本期关注
                        r"|一图(?:读懂|看懂|了解)$|图解$|数说\S{1,10}$|(?:财经|经济|行情|市场)数据$"  # a chart page's labels
                        r"|(?:深度|独家|专题|特别|系列|调查)报道$|调研报告$|(?:本报|本刊|\p{Han}{1,10}(?:报|社|网|台|客户端|新闻))?评论员文章$|本期(?:关注|焦点|导读)$"
                        r"|\p{Han}{0,4}(?:积分榜|射手榜|赛程表?|赛果|比分|战报|赛况)$|赛[前后]$|比赛日$"  # a sports page's tabs: 积分榜, 中超赛程
                        r"|\p{Han}{2}中国$").match  # a national platform's or a column's name: 信用中国, 影像中国 (no title of 10,121 is one)
_LABEL_ABOVE_MAX = 18


def _above_title(line: str) -> bool:
    """Whether `line`, above the title, is the page's by its shape (`_ABOVE_TITLE`, `_LABEL_ABOVE`)."""
    return _ABOVE_TITLE(line) is not None or (len(line) <= _LABEL_ABOVE_MAX and _LABEL_ABOVE(line) is not None)


_TITLE_MAX = 64
#: A title without a clause mark may be longer: news broadcasts' titles string their
#: clauses with spaces (1% of the 10,121 real titles are longer than 64 characters, up to
#: 110, and none of those holds a comma).
_LONG_TITLE_MAX = 120
_CLAUSE_STOPS = frozenset("，,；;！？!?")


def restore(lines: list[str], cfg: Any) -> Article:
    """Restore the article whose normalised lines are `lines`; its `edits` hold this
    stage's decisions only."""
    out = Article()
    edits = out.edits
    lines = [ln for ln in lines if ln.strip()]

    kinds: dict[str, str] = {}  # (a line repeated on the page is classified once)

    def kind_of(ln: str) -> str:
        """The line's class (`classify_line`); "body" when metadata is not extracted."""
        if not cfg.extract_metadata:
            return "body"
        kind = kinds.get(ln)
        if kind is None:
            kind = kinds[ln] = classify_line(ln)
        return kind

    def page_line(ln: str) -> bool:
        """Whether `ln`, above the title, is the page's: a credit, an outlet's name, a summary."""
        return _read_plainly(_above_title, ln) or kind_of(ln) != "body"

    def title_after(i: int) -> bool:
        """Whether a line that can be the title (short, no full stop, no attribution dash, no
        furniture) follows line `i`, past the page's lines (`page_line`). (Asked in this
        order: the line under the title is the first paragraph, long, and its class is
        needed anyway; furniture is asked of a short line only.)"""
        for ln in lines[i + 1:i + 5]:
            if page_line(ln):
                continue
            if ((len(ln) > _TITLE_MAX and (len(ln) > _LONG_TITLE_MAX or not _CLAUSE_STOPS.isdisjoint(ln)))
                    or "。" in ln or ln.startswith(ATTRIBUTION_DASH)):
                return False
            if not _furniture(ln):
                return True
        return False

    def skip_furniture(i: int, where: str, credits_stay: bool, above_title: bool = False) -> int:
        """Drop the furniture lines from line `i` on (a byline or credit stays for metadata when
        `credits_stay`); with `above_title`, also a line of figures, marks and symbols without
        a letter above lines with words (a counter, a player's time, a row of icons), and a
        credit, an outlet's name or a summary above a line that can be the title. The index
        of the first line left."""
        while i < len(lines) - 1 and len(lines[i]) <= 80:
            if _furniture(lines[i]) and not (credits_stay and kind_of(lines[i]) != "body"):
                reason = f"page furniture {where}"
            elif above_title and _wordless(lines[i]) and any(not _wordless(ln) for ln in lines[i + 1:i + 4]):
                reason = f"page furniture {where} (no words)"
            elif above_title and title_after(i) and page_line(lines[i]):
                reason = f"page furniture {where} (a credit, a source or a summary)"
            else:
                break
            edits.append(Edit("remove_furniture", "delete", before=lines[i], reason=reason, block=i))
            i += 1
        return i

    i = skip_furniture(0, "before the title", False, above_title=True) if cfg.remove_furniture else 0
    if cfg.split_title and i < len(lines):
        out.title = lines[i]
        i += 1
        # subtitle lines: a dash attribution line near the top, and a heading-like line before it
        for k in range(i, min(i + 3, len(lines))):
            if lines[k].startswith(ATTRIBUTION_DASH) and kind_of(lines[k]) == "body":
                subs = lines[i:k + 1]
                if _subtitle(lines[k]) and all(is_heading(s) and kind_of(s) == "body" for s in subs[:-1]):
                    for n, s in enumerate(subs, i):
                        edits.append(Edit("split_title", "move", before=s, after="subtitles", block=n,
                                          reason="subtitle or attribution line under the title"))
                    out.subtitles = subs
                    i = k + 1
                break
    # page furniture under the title (a date and source line, a counter), unless it reads as a
    # byline or a credit, which go to metadata
    if cfg.remove_furniture and out.title is not None:
        i = skip_furniture(i, "under the title", cfg.extract_metadata)
    if cfg.extract_metadata:  # (`kind_of` inlined: a call a line costs 0.5% of a pass)
        items = [_Item(ln, kinds.get(ln) or kinds.setdefault(ln, classify_line(ln)), n)
                 for n, ln in enumerate(lines[i:], i)]
        _chronology(items)
        _join_broken_credits(items, edits)
    else:
        items = [_Item(ln, "body", n) for n, ln in enumerate(lines[i:], i)]

    body = [it for it in items if it.kind == "body"]
    if cfg.drop_duplicates:
        body = _drop_exact(body, edits)
    if cfg.drop_spliced_sentences:
        _drop_spliced(body, edits)  # before near duplicates: a spliced copy is not a paragraph's tail
    if cfg.drop_near_duplicates:
        body = _drop_near(body, edits)
    keep = {id(it) for it in body}
    for it in items:  # dropped copies stay in the sequence as evidence of what stood where
        if it.kind == "body" and id(it) not in keep:
            it.kind = "dropped"
    seq = _join_splits(items, cfg, edits, out.flags)
    if cfg.drop_duplicates:
        _refill_speakers_sections(seq, edits, out.flags)
    recorded: dict[str, int] = {}  # a caption's or byline's text (gaps aside) -> its block
    for it in seq:
        if it.kind == "dropped":
            continue
        if it.kind in ("caption", "byline"):
            if it.key in recorded:  # (a scraped page repeats a credit line: recorded once)
                edits.append(Edit("extract_metadata", "delete", before=it.text, block=it.pos,
                                  reason=f"same as the {it.kind} of block {recorded[it.key] + 1}, already recorded"))
                continue
            recorded[it.key] = it.pos
        if it.kind == "caption":
            out.captions.append(it.text)
            edits.append(Edit("extract_metadata", "move", before=it.text, after="captions",
                              reason=it.why or "photo caption or credit", block=it.pos))
        elif it.kind == "byline":
            out.bylines.append(it.text)
            edits.append(Edit("extract_metadata", "move", before=it.text, after="bylines",
                              reason=it.why or "byline or editor line", block=it.pos))
        else:
            out.blocks.append(Block(it.text, "heading" if is_heading(it.text) else "paragraph"))
    return out


# --- duplicates ---------------------------------------------------------------------------

#: How often a repeat lands after the block it copies rather than before it. Scrapers
#: re-render parts of a page further down more often than they pull them up; only the
#: balance matters: where a copy lands otherwise is taken as random.
_REPEAT_AFTER = 0.75
_UNDER_HEADING_FIT = 0.3  # (0.3, 0.5, 0.7 measured: 0.3 best on the 500 outside articles)
_HEADING_FIT_MARGIN = 0.2  # (0, 0.1, 0.3 and off measured: within two articles of each other)


def _drop_exact(body: list[_Item], edits: list[Edit]) -> list[_Item]:
    """Keep one of each set of identical blocks (whitespace aside): the copy most likely to
    stand in its true place. A copy between the halves of a paragraph cut mid-sentence is
    out of place. Otherwise the copies are weighed by where they stand: repeats land after
    their original three times in four, anywhere after it, so of two copies early in the
    article the second is likely the original, of one early and one late the first.

    Measured on garbled articles outside ../shared/bench/dev (500, garble.py --seed 11
    --skip 1500): exact 0.550 (order 0.951) keeping the first copy, 0.618 (0.971) by place. Adding how well a
    copy fits its neighbours (cosine of rarity-weighted character bigrams, or of jieba
    words) made it worse (0.592): news paragraphs share their topic, not their order.)"""
    keys = [it.key for it in body]
    if len(set(keys)) == len(keys):
        return body  # (nothing repeated: the common case of a clean article)
    groups: dict[str, list[int]] = {}
    stated: dict[str, list[int]] = {}
    for k, key in enumerate(keys):
        # a short sentence may stand twice ("会议还研究了其他事项。"); a repeated heading not,
        # nor a note in brackets ("（作者为北京大学教授）")
        if len(key) >= 12 or (len(key) >= 4 and not _complete(key)) or (len(key) >= 6 and _bracketed(key)):
            groups.setdefault(key, []).append(k)
        elif len(key) >= 6 and key[-1] == "。":
            stated.setdefault(key, []).append(k)
    # A short statement standing alone ("王毅参加会见。") is a repeat too (no real article of
    # 10,121 prints one twice), unless every copy closes a report: the last block, or one
    # followed by a heading or a dateline, as in a round-up of two meetings. (When every copy
    # stands after a copy of one repeated block, it was repeated with that block, and goes
    # with it below.)
    for key, copies in stated.items():
        if len(copies) > 1 and not all(
                k + 1 == len(keys) or is_heading(body[k + 1].text) or _dateline(body[k + 1].text) for k in copies):
            groups[key] = copies
    drop: dict[int, tuple[int, float | None, str]] = {}  # dropped index -> kept index, score, why

    repeated = {key for key, copies in groups.items() if len(copies) > 1}
    seen: set[str] = set()
    recurring: set[str] = set()  # every key that stands twice or more, short ones too
    for key in keys:
        (recurring if key in seen else seen).add(key)

    # the lead: the first block that opens with a dateline; copies above it are out of place
    # (when the lead is repeated itself, its first copy: a later block that opens like a
    # dateline, "据…消息：" in a round-up, is not the lead)
    lead = -1 if not repeated else next((j for j, it in enumerate(body[:10]) if _dateline(it.text)), -1)
    if lead >= 0 and keys[lead] in repeated:
        lead = groups[keys[lead]][0]

    def keep_only(copies: list[int], best: int, score: float | None, why: str) -> None:
        for k in copies:
            drop.pop(k, None)
            if k != best:
                drop[k] = (best, score, why)

    # the block before each that no other block repeats: what stood before it, past copies of
    # repeated blocks (which may be dropped), short ones too ("李干杰主持会议。", dropped with
    # the block beside it); -1 for none (found in one pass: a page of thousands of copies)
    single_before: list[int] = []
    single = -1
    for j, other in enumerate(keys):
        single_before.append(single)
        if other not in recurring:
            single = j

    def interrupts(k: int, key: str) -> bool:
        """Whether copy `k` of `key` (a repeated block) stands out of place."""
        if k < lead or (k == 0 and body[0].text.startswith(ATTRIBUTION_DASH)):
            return True  # (above the lead; or a list's item, `——…。`, which opens no article)
        prev = single_before[k]
        if prev < 0 or _complete(body[prev].text) or is_heading(body[prev].text):
            return False
        # (nor a bulleted heading, ●…, or a double headline, its halves apart by a gap and
        # no label's colon before them: a paragraph cut mid-sentence holds neither)
        text = body[prev].text
        return text[:1] not in _SUMMARY_BULLETS and (_HAN_GAP_HAN(text) is None or "：" in text)

    by_place: set[str] = set()  # the groups decided by place alone
    out_of_place: set[str] = set()  # those whose other copies all stand out of place
    distinct: list[int] | None = None
    for key, copies in groups.items():
        if len(copies) < 2:
            continue
        in_place = [k for k in copies if not interrupts(k, key)] or copies
        score = None
        if len(in_place) == 1:
            best, why = in_place[0], "the others stand above the lead or inside a cut paragraph"
            out_of_place.add(key)
        elif _dateline(body[copies[0]].text):
            # a dateline opens the article: its first copy is the lead
            best, why = in_place[0], "the first copy of a lead that opens with a dateline"
        elif _bracketed(key) and copies[-1] == len(keys) - 1:
            # a note in brackets that ends the article ("（作者为…教授）") closes it there
            best, why = copies[-1], "the last copy of a note in brackets, which ends the article"
        elif (key in stated and copies[-1] == len(keys) - 1
              and all(k == 0 or keys[k - 1] != keys[copies[-1] - 1] for k in copies[:-1])):
            # so does a short sentence standing alone ("…参加会见。"): 69% of those in real news
            # end their article (unless it ends there a run of blocks repeated together: the
            # block before it stands before another copy too)
            best, why = copies[-1], "the last copy of a short sentence, which ends the article"
        else:
            scores = {k: _place_score(copies.index(k), len(copies), k, len(keys)) for k in in_place}
            if len(in_place) == 2:
                best = max(in_place, key=lambda k: (scores[k], -k))
            else:
                if distinct is None:  # (how many distinct blocks stand before each block)
                    distinct = list(itertools.accumulate((other not in repeated for other in keys), initial=0))
                best = _least_displacing(in_place, scores, distinct)
            score, why = round(scores[best], 2), "the copy kept for its place among the copies"
            by_place.add(key)
        keep_only(copies, best, score, why)
    # A short sentence that stands twice may be a refrain, and both copies stay; but a copy
    # right after a paragraph cut mid-sentence (or above the lead), where the others are not,
    # landed between the halves: it goes, and the halves can be joined
    for key in recurring.difference(groups):
        copies = [k for k, other in enumerate(keys) if other == key]
        astray = [k for k in copies if interrupts(k, key)]
        if astray and len(astray) < len(copies):
            kept = next(k for k in copies if k not in astray)
            for k in astray:
                drop[k] = (kept, None, "a short sentence standing elsewhere too, here inside a cut paragraph"
                           if k >= lead else "a short sentence standing elsewhere too, here above the lead")
    # A repeated heading stays where the block under it shares the most of its words (character
    # pairs): a section heading names what its first paragraph is about.
    for key, copies in groups.items():
        if len(copies) < 2 or not is_heading(body[copies[0]].text):
            continue
        # a copy right under a paragraph cut mid-sentence that it names (half its character
        # pairs or more stand in that half) is the paragraph's own heading, landed inside
        # it: the halves are joined around it, and it goes back before them; unless another
        # copy already heads that half (then this one is a repeat that landed there)
        inside = [k for k in copies if k > 0 and not _complete(body[k - 1].text) and not is_heading(body[k - 1].text)
                  and _names_paragraph(key, keys[k - 1]) and k - 2 not in copies]
        if len(inside) == 1:
            keep_only(copies, inside[0], None, "the heading of the cut paragraph it stands in, which it names")
            by_place.discard(key)
            out_of_place.add(key)
            continue
        mine = _bigrams(key)
        fit = {}
        heads = []  # the copies with a paragraph under them
        last = []  # those with nothing under them but copies of themselves: they end the article
        for k in copies:
            j = k + 1
            while j < len(keys) and keys[j] == key:
                j += 1
            if j == len(keys):
                last.append(k)
            elif not is_heading(body[j].text):
                heads.append(k)  # (a paragraph under it: a copy of one too, kept or not)
            while j < len(keys) and (keys[j] == key or j in drop):
                j += 1
            fit[k] = sum(g in keys[j] for g in mine) / len(mine) if j < len(keys) and mine else 0.0
        top = max(fit.values())
        fittest = [k for k in copies if fit[k] == top]
        placed = next(k for k in copies if k not in drop)
        if len(heads) == 1 and placed in last and not _bracketed(key):
            # a heading heads a section: the copy kept ends the article, with nothing under
            # it, and only one copy stands over a paragraph
            keep_only(copies, heads[0], None, "the only copy with a paragraph under it")
            by_place.discard(key)
            out_of_place.discard(key)
        elif top > 0 and len(fittest) == 1 and fittest[0] in drop and top >= fit[placed] + _HEADING_FIT_MARGIN:
            keep_only(copies, fittest[0], round(top, 2), "the copy kept above the block that shares most of its words")
            by_place.discard(key)
            out_of_place.discard(key)
    # A repeated paragraph stays under the heading that names it: when one copy stands right
    # below a heading (not itself repeated, or repeated where the other copies stand out of
    # place: not placed by the blocks under it) whose character pairs it holds, that copy
    # opens the heading's section.
    for key, copies in groups.items():
        if len(copies) < 2 or is_heading(body[copies[0]].text) or _dateline(body[copies[0]].text):
            continue  # (a lead stands under no sub-heading)
        under = []
        for k in copies:
            h = k - 1
            if (h >= 0 and h not in drop and is_heading(body[h].text)
                    and (len(groups.get(keys[h], ())) < 2 or keys[h] in out_of_place) and not _bracketed(keys[h])):
                pairs = _bigrams(keys[h])
                if pairs and sum(g in key for g in pairs) / len(pairs) >= _UNDER_HEADING_FIT:
                    under.append(k)
        if len(under) == 1 and under[0] in drop:
            keep_only(copies, under[0], None, "the copy kept under the heading that names it")
            by_place.discard(key)
    # Blocks repeated together stay together: when every copy of one block is followed by a
    # copy of another, and one of the two was placed by a cue (a lead, a heading) and the other
    # by place alone, the other follows.
    if len(by_place) < len(repeated):
        starts = {copies[0]: key for key, copies in groups.items() if len(copies) > 1}
        for key, copies in groups.items():
            nxt = starts.get(copies[0] + 1)
            if nxt is None or (key in by_place) == (nxt in by_place):
                continue
            partner = groups[nxt]
            if len(partner) != len(copies) or any(b != a + 1 for a, b in zip(copies, partner)):
                continue
            kept_a = next(k for k in copies if k not in drop)
            kept_b = next(k for k in partner if k not in drop)
            if kept_b == kept_a + 1:
                continue
            if nxt in by_place:
                keep_only(partner, kept_a + 1, None, "the copy kept with the block it was repeated with")
            else:
                keep_only(copies, kept_b - 1, None, "the copy kept with the block it was repeated with")
    # A short statement each of whose copies follows a copy of one longer block was repeated
    # with it: the block's copy kept is the one before the statement's (when that was chosen
    # by place alone, as the statement's was)
    for key, copies in stated.items():
        if key not in groups or len(copies) < 2 or copies[0] == 0:
            continue
        lead_key = keys[copies[0] - 1]
        if (lead_key not in by_place or key not in by_place or len(groups[lead_key]) <= len(copies)
                or any(keys[k - 1] != lead_key for k in copies)):
            continue
        kept = next(k for k in copies if k not in drop)
        if kept - 1 in drop:
            keep_only(groups[lead_key], kept - 1, None, "the copy kept with the short sentence repeated with it")
    # A short block (a two-character heading, "敬礼！") may stand twice in an article; but not
    # twice in a row, and not as part of a run of blocks repeated together: a copy standing
    # next to a dropped copy of a longer block, on the side where the same short block stands
    # next to the copy kept (other dropped copies aside), was repeated with it.
    runs: dict[int, int] = {}
    for k, key in enumerate(keys):
        if key in groups or len(key) < 2:
            continue
        if k and keys[k - 1] == key:
            runs[k] = runs.get(k - 1, k - 1)
            continue
        for side in (-1, 1):
            j = k + side
            if j not in drop:
                continue
            m = drop[j][0] - side  # beside the copy kept, on the side this block stands
            while 0 <= m < len(keys) and m in drop and keys[m] != key:
                m -= side  # (past copies of other blocks dropped there)
            if 0 <= m < len(keys) and m != k and keys[m] == key and m not in drop:
                runs[k] = m
                break
    # (each copy points at one beside a kept block, which may go too: it then points at the
    # copy that stays at the end of the chain; when the chain comes round, every copy would
    # go, and the one the first points at stays)
    for k in sorted(runs):
        if k not in runs:
            continue
        m, seen_ = runs[k], {k}
        while m in runs and m not in seen_:
            seen_.add(m)
            m = runs[m]
        if m in runs:  # (round: m is a copy met before)
            m = runs[k]
            runs.pop(m)
        runs[k] = m
    for k, kept in runs.items():
        drop[k] = (kept, None, "directly after it" if kept == k - 1 or runs.get(k - 1) == kept
                   else "repeated with the block beside it")
    for k in sorted(drop):
        best, score, why = drop[k]
        body[k].twin = body[best]
        body[best].copies += 1
        edits.append(Edit("drop_duplicates", "delete", before=body[k].text, reason=f"same as block {body[best].pos + 1}, {why}",
                          score=score if score is not None else 1.0, block=body[k].pos))
    return [it for k, it in enumerate(body) if k not in drop]


def _refill_speakers_sections(seq: list[_Item], edits: list[Edit], flags: list[dict[str, Any]]) -> None:
    """A section headed by a heading and a speaker's line (`——市…局长 王小明`, as digests of
    speeches and reports are printed) that is left without a paragraph, where copies of
    paragraphs repeated elsewhere stood, gets them back: those copies are kept and the ones
    kept elsewhere dropped instead (unless that leaves their own section empty). Every
    speaker has something to say, while the place model, which reads only where copies
    stand, keeps a later copy when the page repeated the paragraphs further down. (A heading
    without a speaker's line is left alone: garbled articles hold many headings directly
    over another, and refilling those took 489 of 27,760 garbled articles further from
    their gold and 90 closer. With the speaker's line, none of them changes, nor any of the
    10,121 real articles.)"""
    at: dict[int, int] | None = None  # (this and what follows built when a speaker's section asks)
    before: list[int] = []
    after: list[int] = []
    copies_of: dict[int, list[_Item]] = {}  # id of a copy kept -> the copies dropped as the same
    dropping: dict[int, int] = {}  # block -> the edit that dropped it as a copy
    swapped: dict[int, _Item] = {}  # id of a copy kept until now -> the copy kept instead
    order: list[_Item] = []
    initial: set[int] = set()
    for i in range(len(seq) - 1):
        head, line = seq[i], seq[i + 1]
        if (head.kind != "body" or line.kind != "body" or not line.text.startswith(ATTRIBUTION_DASH)
                or head.text.startswith(ATTRIBUTION_DASH) or not is_heading(head.text) or not is_heading(line.text)):
            continue
        if at is None:
            at = {id(it): n for n, it in enumerate(seq)}
            order = [it for it in seq if it.kind == "body"]  # (as the flags name them)
            initial = {id(it) for it in order}
            # (each block's neighbours in the body, past metadata and dropped copies: found
            # once, as a page can hold thousands of copies in a row)
            last = -1
            for n, it in enumerate(seq):
                before.append(last)
                if it.kind == "body":
                    last = n
            after = [len(seq)] * len(seq)
            last = len(seq)
            for n in range(len(seq) - 1, -1, -1):
                after[n] = last
                if seq[n].kind == "body":
                    last = n
            for it in seq:
                if it.kind == "dropped" and it.twin is not None:
                    copies_of.setdefault(id(it.twin), []).append(it)
            dropping = {e.block: n for n, e in enumerate(edits)
                        if e.step == "drop_duplicates" and e.action == "delete" and e.block is not None}
        m = i + 2
        copies: list[_Item] = []  # the copies of paragraphs kept elsewhere that stood under the speaker's line
        while m < len(seq) and seq[m].kind != "body":
            twin = seq[m].twin
            # (a copy kept that still stands in the body: not joined into another since, nor
            # swapped for a copy under an earlier speaker; not one put back so)
            if (seq[m].kind == "dropped" and twin is not None and twin.kind == "body" and id(twin) in initial
                    and not is_heading(twin.text) and all(c.twin is not twin for c in copies)):
                copies.append(seq[m])
            m += 1
        if not copies or (m < len(seq) and not is_heading(seq[m].text)):
            continue  # (nothing of theirs stood there, or the section has a paragraph)
        taken = {id(c.twin) for c in copies}
        if not all(_keeps_a_paragraph(seq, at[id(c.twin)], taken, before, after) for c in copies if c.twin is not None):
            continue
        why = (f"the copy under the speaker's line {line.text[:24]!r}, "
               "whose section would have no paragraph without it")
        for c in copies:
            kept = c.twin
            assert kept is not None
            c.set_text(kept.text)
            c.kind, c.copies = "body", kept.copies
            kept.kind = "dropped"
            swapped[id(kept)] = c
            # (the copy dropped there is now the one kept: its edit drops the other instead,
            # and every copy's edit names the one kept)
            for d in copies_of.get(id(kept), []):
                n = dropping[d.pos]
                edits[n] = Edit("drop_duplicates", "delete", before=edits[n].before, score=1.0,
                                reason=f"same as block {c.pos + 1}, {why}", block=kept.pos if d is c else d.pos)
    if swapped and flags:
        index = {id(it): n for n, it in enumerate(it for it in seq if it.kind == "body")}
        for f in flags:
            it = order[f["paragraph"]]
            f["paragraph"] = index[id(swapped.get(id(it), it))]


def _keeps_a_paragraph(seq: list[_Item], at: int, leaving: set[int], before: list[int], after: list[int]) -> bool:
    """Whether the section of the block at `at` keeps a paragraph when the blocks `leaving`
    (ids) leave it: a body block beside it (`before`, `after`: each block's neighbours in the
    body), past those leaving or dropped since, that is not a heading."""
    j = before[at]
    while j >= 0 and (id(seq[j]) in leaving or seq[j].kind != "body"):
        j = before[j]
    if j >= 0 and not is_heading(seq[j].text):
        return True
    j = after[at]
    while j < len(seq) and (id(seq[j]) in leaving or seq[j].kind != "body"):
        j = after[j]
    return j < len(seq) and not is_heading(seq[j].text)


def _bracketed(key: str) -> bool:
    """Whether a line stands wholly in brackets ("（作者为…）", "（本报…电）"): a note, not a heading."""
    return len(key) > 2 and key[0] in "（(【［[" and key[-1] in "）)】］]"


def _least_displacing(copies: list[int], scores: dict[int, float], distinct: list[int]) -> int:
    """Of three or more copies, the one whose keeping moves the text least in expectation:
    each copy may be the original with the likelihood its place gives it (`_place_score`),
    and keeping copy k when the original stood at m moves the block past the distinct blocks
    between them. With two copies this is the likelier one; with more it can be a middle
    copy that is nearly as likely and nearer the others (blocks 5, 11 and 14 of 22: the
    5th is a shade likelier, the 11th never far wrong). Measured against keeping the
    likeliest copy: order +0.0003 over 3,935 garbled articles outside dev (exact +3
    articles), +0.0001 over the 7,635 of the unseen-shape sets (exact -6), dev 0.9812 ->
    0.9829 (exact +3)."""
    top = max(scores[k] for k in copies)
    weight = [(m, math.exp(scores[m] - top)) for m in copies]

    def cost(k: int) -> float:  # (`distinct[i]`: how many distinct blocks stand before block i)
        return sum((w * (distinct[m] - distinct[k + 1] if m > k else distinct[k] - distinct[m + 1])
                    for m, w in weight if m != k), 0.0)

    return min(copies, key=lambda k: (cost(k), -scores[k], k))


def _place_score(rank: int, n_copies: int, at: int, n_blocks: int) -> float:
    """Log-likelihood that the copy of `rank` (0 = first of `n_copies`), standing at block
    `at` of `n_blocks`, is the original: the copies before it landed anywhere before it,
    those after it anywhere after it."""
    t = at + 0.5
    return (rank * math.log((1 - _REPEAT_AFTER) / t)
            + (n_copies - 1 - rank) * math.log(_REPEAT_AFTER / (n_blocks - t)))


#: How much of a summary line its copy with the lead clause dropped keeps, at least.
_DECK_COPY = 0.75


def _near_copy(short: str, long_: str, short_raw: str, long_raw: str = "") -> float:
    """How surely `short` is a degraded copy of `long_` (0 when it is not): nearly the same
    text, its beginning (tail cut) or its end (lead clause dropped), or all of it but a
    sentence. A pull quote, a summary line or a heading that repeats part of a paragraph
    does not end like a paragraph, or is much shorter, and is not a copy; nor is a whole
    paragraph a copy of a summary line (a deck) that does not end like one. A bulleted
    summary (■ ● ◆) repeats the body by design and is never a copy of it (but of another
    line under the same bullet, it may be)."""
    if (short[:1] in _SUMMARY_BULLETS or long_[:1] in _SUMMARY_BULLETS) and short[:1] != long_[:1]:
        return 0.0  # (two bulleted lines, one the other's copy, are a copy)
    if len(short) >= 12 and long_.startswith(short) and _complete(short_raw):
        return 1.0  # the tail cut after a whole sentence, however long the paragraph was
    if len(short) < 0.3 * len(long_):
        return 0.0
    if long_raw and _complete(short_raw) != _complete(long_raw):
        # a copy keeps its end: a line that lacks it is a pull quote or a summary
        # ("“…振兴后劲足”" beside "…振兴后劲足。”"), and a copy does not gain one
        return 0.0
    # every kind of copy keeps long stretches of the text: probe three of them
    k = min(8, len(short) // 3)
    mid = len(short) // 2
    if short[:k] not in long_ and short[mid:mid + k] not in long_ and short[-k:] not in long_:
        return 0.0
    if len(short) == len(long_):
        ratio = fuzz.ratio(short, long_) / 100
        return ratio if ratio >= 0.9 else 0.0  # a few characters changed, one for one
    if (long_.startswith(short) or long_.endswith(short)) and len(short) >= 0.9 * len(long_):
        return len(short) / len(long_)  # a few characters lost at one end
    if (len(short) >= 20 and long_.endswith(short) and len(short) >= _DECK_COPY * len(long_) and long_raw
            and long_[-len(short) - 1] in "，,、；;" and not _complete(short_raw) and not _complete(long_raw)):
        # a summary line (a deck) and its copy with the lead clause dropped: neither ends
        # like a paragraph, the copy is most of it, and what it lacks is a clause (not a
        # label: "作品名称：安全驾驶…" beside the heading "安全驾驶…")
        return round(len(short) / len(long_), 3)
    if len(short) < 20 or not _complete(short_raw):
        return 0.0
    if long_.startswith(short) or long_.endswith(short):
        return 1.0
    if len(short) >= 40:
        # the other's end with its first clause reworded ("以“银发”人才信息库建设方案，将…"
        # for "…出台《银发人才信息库建设方案》，将…"), or with a few characters at its start
        # changed; or the other's beginning with a few at the end changed
        first = _CLAUSE_MARK.search(short)
        cuts = {k for k in range(1, max(4, len(short) // 10) + 1)}
        if first and first.end() <= len(short) // 3:
            cuts.add(first.end())
        for k in sorted(cuts):
            if long_.endswith(short[k:]) and not _FULL_STOP_INSIDE(short[:k]):
                # (what it has in place of the other's text is part of a sentence, not a
                # sentence of its own: "陈吉宁参加上海调研。" + the other's last sentence is a
                # paragraph with a sentence spliced on, not a copy)
                # what it has in place of the other's text there must be a variant of that
                # text, not a lead of its own ("习近平在回信中说，" before a quoted letter)
                start = len(long_) - len(short) + k  # where the shared end begins in the other
                before = long_[max(0, start - k - 2):start]
                if fuzz.ratio(short[:k], before) >= 60:
                    return round(1 - k / len(short), 3)
            if long_.startswith(short[:-k]):
                after = long_[len(short) - k:len(short) + 2]
                if fuzz.ratio(short[-k:], after) >= 60:
                    return round(1 - k / len(short), 3)
    if _sentences_in_order(short, long_):
        return 1.0  # two or more of its sentences, in order, with one left out
    # (Nearly all of it found in order in the other block was a rule here: on real articles
    # it took quoted key sentences and repeated stock sentences for copies 42 times, and
    # found 3 copies in 990 garbled articles.)
    return 0.0


#: How much better (log-probability per changed stretch, in nats) the original reads than a
#: copy with characters changed at random: 1.5 or more for nine in ten such copies in
#: garbled articles, under 1 for parallel lines of real articles ("天津速度" / "天津温度"),
#: which are short (headings, list openers); a long paragraph one character apart from
#: another is a corrupted copy whichever way the word model leans.
_PARALLEL_GAP = 1.5
_PARALLEL_MAX = 40


def _fluency_gap(a: str, b: str) -> float:
    """How much better `a` reads as real words than `b` (same length, a few characters
    apart), per stretch where they differ: each stretch is the changed characters and 8
    characters either side, which is where changed characters break words."""
    spans: list[list[int]] = []
    for i in (i for i, (x, y) in enumerate(zip(a, b)) if x != y):
        lo, hi = max(0, i - 8), min(len(a), i + 9)
        if spans and lo <= spans[-1][1]:
            spans[-1][1] = hi
        else:
            spans.append([lo, hi])
    if not spans:
        return 0.0
    table = word_table()
    return (sum((segment_logp(a[lo:hi], table, table.floor) for lo, hi in spans), 0.0)
            - sum((segment_logp(b[lo:hi], table, table.floor) for lo, hi in spans), 0.0)) / len(spans)


def _han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf" or "\uf900" <= c <= "\ufaff" or c >= "\U00020000"


def _changed_from_own(a: str, b: str) -> int:
    """Which of two copies (same length, a few Han characters apart) the other was made
    from, when only one way is possible: 1 for `a`, -1 for `b`, 0 when both ways or neither
    are. A copy corrupted by characters shuffled within the text (what garble.py does: it
    draws each replacement from the paragraph's own characters) holds at each changed place
    a character that its original holds elsewhere; a character found nowhere in the other
    copy was not put there that way, so the copy holding it is the original. Parallel lines
    (`天津速度` / `天津温度`) hold each a character the other lacks: both ways are closed,
    and the rule says nothing."""
    diff = [(a[op.src_pos], b[op.dest_pos]) for op in Hamming.editops(a, b)]  # (in C: the few that differ)
    if not diff or not all(_han(x) and _han(y) for x, y in diff):
        return 0
    from_a = all(y in a for _, y in diff)  # every changed character of b stands in a
    from_b = all(x in b for x, _ in diff)
    return 1 if from_a and not from_b else -1 if from_b and not from_a else 0


def _in_words(a: str, b: str) -> int:
    """How many more of the characters where `a` and `b` differ stand inside a word of two
    to four characters in `a` than in `b`: a character changed at random breaks the word it
    stood in."""
    table = word_table()

    def covered(t: str, i: int) -> bool:
        return any(table.get(t[s:s + n]) is not None
                   for n in (2, 3, 4) for s in range(max(0, i - n + 1), min(i, len(t) - n) + 1))
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return sum(covered(a, i) for i in diff) - sum(covered(b, i) for i in diff)


@lru_cache(maxsize=4096)
def _sentences(text: str) -> tuple[str, ...]:
    return tuple(sentence_texts(text))


_CLAUSE_MARK = re.compile("[，,、；;：:]")
_FLAT_SENTENCE = re.compile(r"[^。！？!?]*[。！？!?]+[”’」』）)]*|[^。！？!?]+$")


def _sentences_in_order(short: str, long_: str) -> bool:
    """Whether `short` is two or more whole sentences of `long_`, in their order: sentences
    as `split_sentences` finds them, or cut at every full stop, also inside a quotation (a
    copy can lose a sentence quoted inside a longer one)."""
    for split in (_sentences, _flat_sentences):
        mine = split(short)
        if len(mine) < 2 or mine[0] not in long_:
            continue
        theirs = iter(split(long_))
        if all(any(m == t for t in theirs) for m in mine):
            return True
    return False


def _flat_sentences(text: str) -> list[str]:
    return _FLAT_SENTENCE.findall(text)


_PROBE = 8
_ALL_PAIRS_UP_TO = 200


def _probes(text: str) -> list[str]:
    k = min(_PROBE, len(text) // 3)
    mid = len(text) // 2
    return [text[:k], text[mid:mid + k], text[-k:]]


def _candidate_pairs(texts: list[str]) -> list[tuple[int, int]]:
    """Pairs of blocks (a < b) worth comparing, in order: those where a probe of one (its
    start, middle or end, as `_near_copy` takes them) stands in the other. Every kind of
    copy keeps its probes, so no copy is missed. For a normal article the probes are looked
    for in the whole text at once; for a long one (hundreds of blocks, a 5 MB page) through
    an index of the probes, so the work grows with the text, not with its square."""
    ok = [k for k, t in enumerate(texts) if len(t) >= 12]
    pairs: set[tuple[int, int]] = set()
    if len(ok) <= _ALL_PAIRS_UP_TO:
        whole = "\n".join(texts[k] for k in ok)
        starts = list(itertools.accumulate((len(texts[k]) + 1 for k in ok[:-1]), initial=0))
        for n, k in enumerate(ok):
            for probe in set(_probes(texts[k])):
                if whole.count(probe) < 2:  # only in the block itself
                    continue
                at = whole.find(probe)
                while at >= 0:
                    m = bisect.bisect_right(starts, at) - 1
                    if m != n:
                        pairs.add((min(k, ok[m]), max(k, ok[m])))
                    at = whole.find(probe, at + 1)
        return sorted(pairs)
    index: dict[str, set[int]] = {}
    for k in ok:
        for probe in _probes(texts[k]):
            index.setdefault(probe, set()).add(k)
    for k in ok:
        t = texts[k]
        for i in range(len(t) - _PROBE + 1):
            for other in index.get(t[i:i + _PROBE], ()):
                if other != k:
                    pairs.add((min(k, other), max(k, other)))
    return sorted(pairs)


def _drop_near(body: list[_Item], edits: list[Edit]) -> list[_Item]:
    """Drop a block that is a degraded copy of another: a clause or sentence missing, the
    tail cut, a few characters changed. The longer copy stays; of two equally long, the one
    that reads as real words, when the other clearly does not: two lines that differ in a
    few characters and both read well are parallel ("天津速度" / "天津温度", "国内十大新闻" /
    "国际十大新闻"), not a copy and its corruption."""
    texts = [it.key for it in body]
    dropped: set[int] = set()
    for a, b in _candidate_pairs(texts):
        if a in dropped or b in dropped:
            continue
        short, long_ = (a, b) if len(texts[a]) < len(texts[b]) else (b, a)
        score = _near_copy(texts[short], texts[long_], body[short].text, body[long_].text)
        if not score:
            continue
        if len(texts[short]) < len(texts[long_]):
            loser, winner = short, long_
        else:  # a few characters changed: keep the copy that reads as real words
            # first the copy the other can have been made from alone (its changed characters
            # found in the other), then by the changed characters that stand inside words (a
            # random change breaks the word: 年味 → 年的), then by how well the stretches
            # around them read; two short lines that both read well are parallel, not a copy
            short_pair = len(texts[a]) < _PARALLEL_MAX
            own = _changed_from_own(texts[a], texts[b])
            inside, gap = 0, 0.0
            if short_pair or not own:  # (the words weighed only when needed)
                inside = _in_words(texts[a], texts[b])
                gap = _fluency_gap(texts[a], texts[b]) if short_pair or not inside else 0.0
                if short_pair and abs(gap) < _PARALLEL_GAP:
                    continue
            loser, winner = (b, a) if (own or inside or gap) > 0 else (a, b)
            if not own and not inside and abs(gap) < _PARALLEL_GAP:
                # the word model barely leans: a copy out of place (right after the first
                # half of a cut paragraph) is the copy
                astray = [k for k in (a, b) if _out_of_place(body, k)]
                if len(astray) == 1:
                    loser = astray[0]
                    winner = b if loser == a else a
        dropped.add(loser)
        edits.append(Edit("drop_near_duplicates", "delete", before=body[loser].text, block=body[loser].pos,
                          reason=f"degraded copy of block {body[winner].pos + 1}", score=round(score, 3)))
    return [it for k, it in enumerate(body) if k not in dropped]


def _out_of_place(body: list[_Item], k: int) -> bool:
    """Whether block `k` stands where no paragraph of its own would: right after a block
    cut mid-sentence, between the halves of a paragraph. The block before must be prose
    (longer than a heading, or holding a sentence's end): a heading with a comma
    (`关于…有明确规定，但…予以规避`) does not end in a full stop either."""
    prev = body[k - 1].key if k else ""
    return (bool(prev) and not _complete(prev) and not is_heading(prev)
            and (len(prev) > HEADING_MAX or any(c in prev for c in "。！？")))


#: Where `split_sentences` may end a sentence, and what may follow the end.
_SENTENCE_ENDS = "。！？!?…．.；;"
_TAIL_MARKS = frozenset(_SENTENCE_ENDS + "”’」』）)》〉】]\"'")
# (a point between two figures is a decimal point, "增长17.7%", not the end of a sentence)
_AN_END = r"[。！？!?…；;.．](?!(?<=\d[.．])\d)"  # (one class first: the engine's fast path)
#: `_AN_END` in a text read backwards: the first match is the last mark. (A mark that is no
#: point, or a point without a figure after it in the text, or without one before it.)
_AN_END_BACKWARDS = re.compile(r"[。！？!?…；;.．](?:(?<![.．])|(?<!\d.)|(?!\d))")
_BETWEEN_ENDS = re.compile(_AN_END)
_TAIL_CHARS = "".join(sorted(_TAIL_MARKS))


def _last_sentence_core(text: str) -> str:
    """The end of `text` after its last sentence mark, closing marks stripped: part of its
    last sentence whatever the segmenter decides, found without segmenting."""
    end = len(text)
    while end and text[end - 1] in _TAIL_MARKS:
        end -= 1
    # (the text read backwards, searched forwards: the engine skips to a mark in a tight
    # loop; a greedy `.*` before the mark tried the rest of the pattern at every step back)
    m = _AN_END_BACKWARDS.search(text[end - 1::-1]) if end else None
    start = end - m.start() if m else 0
    while start < end and text[start] in _TAIL_MARKS:  # the closing marks of the sentence before
        start += 1
    return text[start:end]


def _drop_spliced(body: list[_Item], edits: list[Edit]) -> None:
    """Remove a sentence spliced onto the end of a paragraph when the same sentence stands
    inside another paragraph (where it is not the last). When it ends both, it belongs to
    the paragraph the article repeated whole (a scraper repeats blocks as published), else
    to the paragraph that is shorter without it (the one spliced onto is a whole paragraph,
    the other a paragraph less that sentence); both keep it when they are about as long, when it
    stands three times or more (a refrain, a stock phrase) and when it only names a speaker
    ("……负责人说。").
    Two copies of one paragraph (one degraded, a near copy dropped later) are one use of
    the sentence. The sentences are `_splice_units` (a sentence spliced after a quotation
    is one of its own).

    Only paragraphs whose last sentence shows up elsewhere in the article are split into
    sentences: found by counting it in the whole text, or for a long article (hundreds of
    blocks) through an index of the stretches between sentence marks, in linear time."""
    texts = [it.key for it in body]
    if len(texts) <= _ALL_PAIRS_UP_TO:
        whole = "\n".join(texts)

        def elsewhere(core: str) -> bool:
            return whole.count(core) >= 2  # (also twice in one block: the sentences tell)
    else:
        # every stretch between sentence marks, and how many blocks hold it
        stretches: dict[str, int] = {}
        for t in texts:
            for piece in {x.strip(_TAIL_CHARS) for x in _BETWEEN_ENDS.split(t)}:
                stretches[piece] = stretches.get(piece, 0) + 1

        def elsewhere(core: str) -> bool:
            return stretches.get(core, 0) >= 2
    sents_of: dict[int, list[str]] = {}

    def sents(k: int) -> list[str]:
        if k not in sents_of:
            sents_of[k] = _splice_units(body[k].text)
        return sents_of[k]

    for k in range(len(body)):
        core = _last_sentence_core(texts[k])
        if len(core) < 4 or not elsewhere(core):
            continue
        if len(sents(k)) < 2:
            continue
        key = _norm(sents(k)[-1])
        if len(key) < 10:
            continue
        places = [(j, n, len(sents(j))) for j in range(len(body)) if key in texts[j]
                  for n, s in enumerate(sents(j)) if _norm(s) == key]
        if key[-1] in _CLOSING_QUOTES:
            whole_quote = key[0] in "“‘「『" and key[-2:-1] in "。！？!?…"
            # a quotation that stands elsewhere with its bare attribution ("“……。”杨宜勇说。",
            # one unit there): a use inside that paragraph (n = -1: not its last sentence);
            # a whole quotation, “…。”, also with more after it ("“……。”李军社介绍，早年…。");
            # not a text that ends in a quoted term (…做到“两不误”), which a pull quote repeats
            places += [(j, -1, len(sents(j))) for j in range(len(body)) if key in texts[j] for s in sents(j)
                       if (u := _norm(s)) != key and u.startswith(key) and (whole_quote or _BARE_ATTRIBUTION(u[len(key):]))]
        if len(places) == 1 and (lean := _quote_balance(key)) and _quote_balance(texts[k]) * lean > 0:
            # a piece of a longer quotation (its quotation opens or closes outside it: “……。 or
            # ……。”) ending a paragraph where that quotation does not close or open, and that
            # stands whole inside another paragraph's quotation, after a sentence's end: a use
            # there, spliced here (a quotation over several paragraphs leaves them open, but
            # does not repeat itself)
            for j in range(len(body)):
                at = texts[j].find(key) if j != k else -1
                if at >= 0 and (at == 0 or texts[j][at - 1] in _AFTER_SENTENCE) and not _quote_balance(texts[j]):
                    places.append((j, -1, len(sents(j))))
                    break
        near: set[int] = set()  # blocks with a degraded copy that holds the sentence too
        if len(places) == 3:  # the sentence also stands alone: a copy of it, not a third use
            places = [p for p in places if p[2] > 1] if sum(p[2] == 1 for p in places) == 1 else places
        if len(places) == 3:
            # or it stands in two copies of one paragraph (one degraded, dropped later as a near
            # copy): one use, which the longer copy stands for
            for x, y in itertools.combinations(places, 2):
                if x[0] != y[0] and _same_paragraph(_others(sents(x[0]), x[1]), _others(sents(y[0]), y[1])):
                    keep, gone = (x, y) if len(texts[x[0]]) >= len(texts[y[0]]) else (y, x)
                    places = [p for p in places if p != gone]  # (tuples: compared by value)
                    near.add(keep[0])
                    break
        if len(places) != 2 or places[0][0] == places[1][0]:
            continue
        last = [p for p in places if p[1] == p[2] - 1 and p[2] >= 2]
        inner = [p for p in places if p[1] != p[2] - 1 or p[2] == 1]  # or a paragraph of its own
        if len(last) == 1 and len(inner) == 1:
            (c, n, _), other = last[0], inner[0][0]
            if texts[c] in texts[other]:
                continue  # all of it stands there, the sentence with what leads to it: a copy
            # a paragraph of two sentences by their stops (“……！”他介绍。), all of it at the other's
            # end, is the other's last sentences, a degraded copy (dropped as one later): a splice
            # is one sentence
            if inner[0][1:] == (0, 1) and len(_FULL_STOPS(key)) >= 2:
                continue
            why = f"the sentence also stands inside block {body[other].pos + 1}"
        elif len(last) == 2 and (ends := _ends_with_block(texts, sents, last[0][0], last[1][0])) is not None:
            # one paragraph ends with all of the other, a single sentence by its full stops
            # whose quotation we cut in two ("“……”回来路上，…。"): the whole was spliced there
            c, n, other = ends
            why = f"block {body[other].pos + 1} stands whole at its end, and also on its own"
        elif len(last) == 2:
            rest = [_others(sents(p[0]), p[1]) for p in last]  # (the sentence is their last)
            if _same_paragraph(rest[0], rest[1]):
                continue  # the rest of one much like the other's: copies of one paragraph, not a splice
            # both end their paragraph: a paragraph the page repeated whole held the sentence
            # when it was published; else the copy that shares fewer words with the rest of
            # its paragraph was spliced there, if the difference is clear
            seen = [body[p[0]].copies + (p[0] in near) for p in last]
            if seen[0] == seen[1]:  # (a degraded copy that ends with the sentence changed)
                seen = [n + _degraded_copy_ends(texts, p[0], {last[0][0], last[1][0]}, key) for n, p in zip(seen, last)]
            if seen[0] != seen[1]:
                spliced = 0 if seen[0] < seen[1] else 1
                (c, n, _), other = last[spliced], last[1 - spliced][0]
                why = (f"the sentence also ends block {body[other].pos + 1}, which the article held "
                       f"{max(seen)} times whole, with the sentence")
            else:
                if _SPEAKER_SAID(key) or sum(t.count(key.rstrip(_TAIL_CHARS)) for t in texts) >= 3:
                    continue  # "……负责人说。" after two quotations, or a refrain (three times or more)
                # a sentence is spliced onto the end of a whole paragraph; the one it came from
                # is a paragraph less that sentence: the shorter, without it, most often (76% of
                # 1,175 such pairs in garbled articles; the words the sentence shares with each,
                # which this read first, 65%, and with the sentence before it, 62%). About as
                # long, within a fifth with as many sentences, within a tenth else, the length
                # is right about half the time (46 of 83, 24 of 40): both keep it
                sizes = [len("".join(sents(p[0])[:p[1]])) for p in last]
                if max(sizes) < (1.2 if last[0][2] == last[1][2] else 1.1) * min(sizes):
                    continue
                spliced = 0 if sizes[0] > sizes[1] else 1
                (c, n, _), other = last[spliced], last[1 - spliced][0]
                why = (f"the sentence also ends block {body[other].pos + 1}, shorter without it "
                       f"({min(sizes)} characters against {max(sizes)})")
        else:
            continue
        ss = sents(c)
        new = "".join(ss[:n]).rstrip()
        if not new:
            continue
        edits.append(Edit("drop_spliced_sentences", "delete", before="".join(ss[n:]), block=body[c].pos, reason=why))
        body[c].set_text(new)
        texts[c] = body[c].key
        sents_of[c] = ss[:n]


def _degraded_copy_ends(texts: list[str], k: int, skip: set[int], key: str) -> bool:
    """Whether another block (none of `skip`) is a degraded copy of block `k` (nearly the same
    text, as `drop_near_duplicates` takes it) that ends with `key` with a few characters
    changed: block `k` held the sentence when it was copied. (A copy that ends with it
    unchanged is one of the sentence's places, weighed before.)"""
    text = texts[k]
    for j, t in enumerate(texts):
        if (j not in skip and len(t) >= len(key) and t[-len(key):] != key
                and fuzz.ratio(t[-len(key):], key) >= 90):
            short, long_ = (t, text) if len(t) <= len(text) else (text, t)
            if _near_copy(short, long_, short):
                return True
    return False


_FULL_STOP_INSIDE = re.compile("[。！？!?]").search


def _ends_with_block(texts: list[str], sents: Any, a: int, b: int) -> tuple[int, int, int] | None:
    """When one of blocks `a` and `b` ends with the whole of the other, and that other is one
    sentence by its full stops (no 。！？ inside it): (the longer block, the index of its unit
    where the other begins, the other). Else None. (A copy missing its first sentence holds
    a full stop inside it, and is left to `drop_near_duplicates`.)"""
    for c, o in ((a, b), (b, a)):
        if len(texts[c]) > len(texts[o]) and texts[c].endswith(texts[o]) and not _FULL_STOP_INSIDE(texts[o][:-1]):
            units = sents(c)
            tail = ""
            for n in range(len(units) - 1, 0, -1):
                tail = _norm(units[n]) + tail
                if tail == texts[o]:
                    return c, n, o
                if len(tail) >= len(texts[o]):
                    break
    return None



_CLOSING_QUOTES = frozenset("”’」』")

#: What a sentence begins after: a sentence's end, or a quotation's closing after one.
_AFTER_SENTENCE = frozenset("。！？!?…”」』")


def _quote_balance(text: str) -> int:
    """Quotations `text` opens (“ 「 『) less those it closes: above 0 when one opens and does
    not close in it, below when it closes one opened before it."""
    return (text.count("“") + text.count("「") + text.count("『")
            - text.count("”") - text.count("」") - text.count("』"))


#: The verbs that say who spoke.
_SAID = r"(?:说|表示|介绍|指出|认为|称|强调|坦言|感慨|告诉记者)道?"
#: What follows a quotation to say who said it, and nothing else ("杨宜勇说。", "负责人介绍。"),
#: or only the rest of the quotation ("她说，“……。”").
_BARE_ATTRIBUTION = _compile(rf"[\p{{Han}}·、，,（）()]{{1,14}}?{_SAID}(?:[。！]|[，,：:]“[^“”]+[。！？!?…]”)$").fullmatch
#: A sentence that only says who spoke ("国家…办公室负责人说。"): it may end every quotation.
_SPEAKER_SAID = _compile(rf"[\p{{Han}}·、（）()]{{1,24}}?{_SAID}[。！]").fullmatch


def _others(units: list[str], n: int) -> frozenset[str]:
    """The character pairs of a paragraph's sentences other than its `n`-th."""
    return _bigrams("".join(units[:n] + units[n + 1:]))


def _same_paragraph(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two paragraphs' character pairs (a sentence they share aside) overlap so much
    that they are copies of one paragraph."""
    return bool(a) and bool(b) and len(a & b) >= 0.5 * min(len(a), len(b))


_QUOTE_THEN_MORE = re.compile(r"[。！？!?]+[”’」』]+(?=[^。！？!?”’」』])")


def _splice_units(text: str) -> list[str]:
    """The sentences of `text`, except that a quotation and what follows it stand apart when
    that goes on past its reporting verb (“……。”他说，全面协议是……成果。): the segmenter
    keeps an attribution with its quotation (“好。”他说。 “……。”负责人介绍。), and so do
    these units, but a sentence spliced after a quotation begins there."""
    out: list[str] = []
    for s in _sentences(text):
        cut = None
        if "”" in s or "’" in s or "」" in s or "』" in s:  # (what the pattern needs, tested in C)
            for m in _QUOTE_THEN_MORE.finditer(s):
                cut = m.end()
        rest = s[cut:] if cut is not None else ""
        first = _FIRST_MARK.search(rest)
        if (first is not None and first.group() in "，," and len(_norm(rest)) >= 10
                and s.rstrip()[-1:] in _SENTENCE_END_MARKS):
            out += [s[:cut], rest]
        else:
            out.append(s)
    return out


_FIRST_MARK = re.compile("[。！？!?，,]")
#: Sentence ends by their stops, a closing quotation mark or bracket with them.
_FULL_STOPS = re.compile("[。！？!?]+[”’」』）)]*").findall
_SENTENCE_END_MARKS = frozenset("。！？!?…")


def _bigrams(text: str) -> frozenset[str]:
    t = _norm(text)
    return frozenset(map(operator.add, t, t[1:]))  # (each character and the next, paired in C)


# --- split paragraphs and truncation --------------------------------------------------------

#: How many blocks (captions, bylines, a heading; dropped copies aside) may stand between
#: the halves of a paragraph cut around them: a scraped page can put a photo's credit,
#: its caption and a byline there (against 3, 4 and 6 both gained 0.4 points of exact on
#: 4,775 garbled articles; the real articles are unchanged).
_BETWEEN_MAX = 6


#: A clause this long in a short line with commas is prose, not a heading's phrase (with
#: the line ending inside a word): 14 characters (12 and 10 measured when the rules around
#: it were fewer: 14 added the fewest flags to the real articles for the same gain), or 8
#: in a line of three clauses or more, which a heading seldom has.
_PROSE_CLAUSE = 14
_PROSE_CLAUSE_OF_THREE = 8


def _prose_clauses(text: str) -> bool:
    """Whether `text`, a short line with a comma, holds a clause of prose (`_PROSE_CLAUSE`).
    (The second length measured 2026-12-01: 12 more flags right of the 2,522 of 4,225
    garbled articles and 46 more of the 7,604 of the unseen-shape sets, none wrong; of the
    10,121 real articles 103 flagged instead of 102, the second of two summary lines above
    a commentary. With 8 after one comma as well: 24 and 100 more, but 4 wrong, and headings
    such as `青山镇办起“农民运动会”，邻里之间情更浓` flagged.)"""
    longest = max(map(len, _CLAUSES(text)))
    return longest >= _PROSE_CLAUSE or (longest >= _PROSE_CLAUSE_OF_THREE
                                         and text.count("，") + text.count(",") >= 2)


_CLAUSE_COMMA = re.compile("[，,]").search
_CLAUSES = re.compile("[，,；;：:、]").split


def _ends_inside_word(text: str) -> bool:
    """Whether the best segmentation of the end of `text` by the word model ends in a single
    Chinese character: a phrase cut in the middle of a word ("…建设小组正在高")."""
    tail = text[-8:]
    if not tail or not ("\u4e00" <= tail[-1] <= "\u9fff"):
        return False
    table = word_table()
    return len(last_word(tail, table, table.floor)) == 1


#: A character this seldom begins a word (境 of 环境, 份 of 月份) does not open a sentence
#: as a word of its own.
_WORD_START_MIN = 0.3
#: Particles that never open a sentence as words of their own.
_NEVER_FIRST = frozenset("了的地得着们么吗呢吧之")


def _figure_runs_on(a: _Item, after: list[_Item]) -> bool:
    """Whether the block right after `a` opens inside a figure (`_inside_figure`): a line as
    short as a heading before it was cut."""
    return bool(after) and after[0].kind == "body" and _inside_figure(a.text, after[0].text)


def _inside_figure(a: str, b: str) -> bool:
    """Whether `b` opens inside a figure: one `a` ends in ("…日产量15" | "0吨左右，…"), or any
    (".5万人次，…", a decimal point or a percent sign first). No paragraph of the 10,121 real
    articles ends in a figure with the next opening with one, nor opens with a decimal point
    or a percent sign."""
    return ((a[-1:].isdigit() and (b[:1].isdigit() or b[:1] in ".．%％"))
            or b[:1] in "%％" or (b[:1] in ".．" and b[1:2].isdigit()))


def _cut_between(a: str, b: str) -> bool:
    """Whether `b` opens inside what `a` broke off: a figure cut in two ("…日产量15" | "0吨左右"),
    a particle that never opens a sentence ("了讲座，…"), or a word cut in two, `a` ending
    inside a word and `b` opening with a character that seldom begins one ("…截至北京时间" is
    whole; "…卖出区县看" | "份回家。")."""
    if not a or not b:
        return False
    if _inside_figure(a, b):
        return True
    if _open_marks(a) or _closes_first(b):
        return True  # a quotation or a title cut in two: "…随着“助企开复工" | "…》和《…》"
    figure = _TRAILING_FIGURE(a)
    if figure and not (len(figure.group(1)) == 4 and figure.group(1)[:2] in ("19", "20")):
        return True  # a figure left without its unit ("…营业收入13"), not a year ("迈向2035")
    if not "\u4e00" <= b[0] <= "\u9fff":
        return False
    table = word_table()
    first = first_word(b[:8], table, table.floor)
    if len(first) != 1:
        return False
    return first in _NEVER_FIRST or (word_start_share().get(first, 1.0) < _WORD_START_MIN and _ends_inside_word(a))


_PAIRED_MARKS = (("“", "”"), ("《", "》"), ("（", "）"), ("「", "」"))
_TRAILING_FIGURE = re.compile("[\u4e00-\u9fff]([0-9]+)$").search


def _open_marks(text: str) -> bool:
    """Whether `text` leaves a quotation, a title or a bracket open (more “ than ”): a heading
    or a summary line closes what it opens."""
    return any(text.count(o) > text.count(c) for o, c in _PAIRED_MARKS if o in text)


def _closes_first(text: str) -> bool:
    """Whether `text` closes a quotation, a title or a bracket before it opens one: it began
    inside what another block opened ("系协定》和《…》"); not an item's number, "1）…"."""
    for o, c in _PAIRED_MARKS:
        at = text.find(c)
        if at >= 0 and not 0 <= text.find(o) < at and not (c == "）" and at <= 3):
            return True
    return False


#: How much better (in log-probability, by the word model) the ends of a cut paragraph read
#: joined than the first half reads run on into the short line after it, for that line to be
#: taken for what interrupts the paragraph (0, 2, 4, 6 measured: from 2 on no real article's
#: line is taken, while half of garble.py's split paragraphs are found).
_INTERRUPTION_GAIN = 2.0
_INTERRUPTION_MAX = 40  # (a caption or credit line is this long at most)


def _join_gains(a: str, *others: str, k: int = 6) -> list[float]:
    """For each of `others`, how much better the word model reads the end of `a` and its
    start as one text than apart: high when a word or phrase was cut between them."""
    table = word_table()
    x = a[-k:]
    alone = segment_logp(x, table, table.floor)
    return [segment_logp(x + b[:k], table, table.floor) - alone - segment_logp(b[:k], table, table.floor)
            for b in others]


#: How much of a lone heading's character pairs the paragraph it cuts must hold for the
#: heading to be that paragraph's own (displaced headings 0.62–0.91 on the garbled sets,
#: captions and credits landing there 0–0.40).
_NAMES_PARAGRAPH = 0.5


def _names_paragraph(heading: str, paragraph: str) -> bool:
    pairs = _bigrams(heading)
    return bool(pairs) and sum(g in paragraph for g in pairs) >= _NAMES_PARAGRAPH * len(pairs)


def _find_interruptions(seq: list[_Item]) -> None:
    """A short body line between a paragraph cut mid-sentence and a paragraph that goes on
    with it, read so by the word model (the ends joined read better than the first half
    run on into the short line), is what interrupted the paragraph: a caption or a credit
    whatever its words (`孩子们在…`, `当天，…。`); it becomes a caption, so that the halves
    are joined around it. Not a heading (which goes back before the paragraph it heads)."""
    headings = None  # (how many body lines read as headings, counted when first asked)
    for i in range(len(seq) - 2):
        a, x, b = seq[i], seq[i + 1], seq[i + 2]
        if (a.kind != "body" or x.kind != "body" or b.kind != "body" or len(x.text) > _INTERRUPTION_MAX
                or len(a.text) < 15 or _complete(a.text) or is_heading(a.text) or is_heading(b.text)
                or x.text[1:2] in ("，", ",", "、")):
            continue  # (a line whose first clause is one character, 计，…, lost its start: no caption opens so)
        if is_heading(x.text):
            # a heading, unless the article has no other: sections come in a series, and a
            # section's heading that landed inside its first paragraph goes back before it;
            # so does a lone heading that names what the paragraph says (half its character
            # pairs or more stand in the halves), which a caption landing there by chance
            # does not
            if headings is None:
                headings = sum(1 for it in seq if it.kind == "body" and is_heading(it.text))
            if headings > 1 or x.copies > 1 or _names_paragraph(x.key, a.key + b.key):
                continue  # (or one the page repeated, as it repeats paragraphs and headings)
        gain, into_line = _join_gains(a.text, b.text, x.text)
        if gain > 0 and gain - into_line > _INTERRUPTION_GAIN:
            x.kind = "caption"
            x.why = "a short line between the halves of a paragraph cut mid-sentence (the halves read as one)"


#: A line numbered as one of a series (二、 （三） 第四，): with others numbered the same way,
#: short and unpunctuated, the article's numbered sub-headings.
_NUMERALS = re.compile(r"[一二三四五六七八九十\d]+")
_NUMBERED = re.compile(r"(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[，,、]|\d{1,2}[、.．](?!\d))").match


def _join_splits(seq: list[_Item], cfg: Any, edits: list[Edit], flags: list[dict[str, Any]]) -> list[_Item]:
    """Join a paragraph cut mid-sentence with its other half when captions, bylines or its
    own sub-heading landed between them (the heading goes back before the paragraph); flag a
    cut paragraph directly followed by a fragment as truncation beyond repair."""
    out = list(seq)
    _find_interruptions(out)
    k = 0
    truncated: list[tuple[_Item, _Item, bool, bool | None]] = []  # (end, start, dangling, cut test if asked)
    counted: list[int] = []

    def comma_headlines() -> int:
        """How many body lines read like a heading with commas (counted once, when asked)."""
        if not counted:
            counted.append(sum(1 for it in out if it.kind == "body" and len(it.text) <= _HEADLINE_MAX
                               and _CLAUSE_COMMA(it.text) and not any(c in it.text for c in "。！？!?")
                               and not _complete(it.text)))
        return counted[0]
    heading_count: list[int] = []
    numbered: list[Counter[str]] = []

    def numbered_headlines(text: str) -> int:
        """How many body lines read like a numbered heading numbered as `text` is (二、…，…
        as 一、…; （三）… as （一）…), unpunctuated and short (counted once, when asked)."""
        if not numbered:
            numbered.append(Counter(_NUMERALS.sub("N", m.group()) for it in out
                                    if it.kind == "body" and len(it.text) <= _HEADLINE_MAX
                                    and (m := _NUMBERED(it.text)) and not any(c in it.text for c in "。！？!?")))
        m = _NUMBERED(text)
        return numbered[0][_NUMERALS.sub("N", m.group())] if m else 0

    def headings() -> int:
        """How many body lines are headings (counted once, when asked)."""
        if not heading_count:
            heading_count.append(sum(1 for it in out if it.kind == "body" and is_heading(it.text)))
        return heading_count[0]
    while k < len(out):
        a = out[k]
        # (a paragraph ending in a dash introduces what follows, "…这不，挠头事来了——": not cut,
        # unless the dash follows a figure; a line as short as a heading that opens with a
        # dateline is a lead, cut or not)
        if (a.kind != "body" or len(a.text) < 15 or _complete(a.text) or _introduces(a.text)
                or (is_heading(a.text) and not _dateline(a.text) and not _figure_runs_on(a, out[k + 1:k + 2]))):
            k += 1
            continue
        # a summary line or heading with commas ("…，…") is not a cut paragraph; a line that
        # opens like a news lead (a dateline, a date or time and a comma) is neither
        lead = LEAD_OPENING.match(a.text) is not None or REPORTING.search(a.text) is not None
        unpunctuated = not any(c in a.text for c in "。！？!?")  # (no sentence end)
        gap_pair = (len(a.text) <= 80 and not any(c in a.text for c in "，,；;")
                    and _HEADLINE_GAP.search(a.text) is not None)  # two headlines side by side ("…会议 中方敦促…")
        # (a line opening with a quotation, not with a quoted term: “小门脸”转型村史馆，…)
        quoted = a.text[:1] in "“‘「" and not _QUOTED_TERM(a.text)

        def headline_within(limit: int) -> bool:
            return unpunctuated and not lead and ((len(a.text) <= limit and not quoted) or gap_pair)
        # a headline is not joined across a heading up to 50 characters, but may be flagged as
        # cut from 40 (a deck that long ending mid-word is more often a cut lead)
        headline = headline_within(_HEADLINE_MAX)
        # a line like a headline that the article held more than once is whole: a cut leaves
        # its first half in one place only
        if headline and a.copies > 1:
            k += 1
            continue
        # a short line with commas and a clause of prose, ending in the middle of a word, is a
        # cut paragraph, unless the article has other lines like it (its sub-headings come in
        # a series: "…，各美其美")
        if (headline and not gap_pair and _CLAUSE_COMMA(a.text) and _prose_clauses(a.text)
                and comma_headlines() <= 1 and _ends_inside_word(a.text)):
            headline = False
        # what stands between this paragraph and the next body paragraph
        m = k + 1
        between = []
        standing = 0  # of them, the blocks not dropped
        while m < len(out) and standing < _BETWEEN_MAX and (out[m].kind != "body" or is_heading(out[m].text)):
            between.append(out[m])
            standing += out[m].kind != "dropped"
            m += 1
        if m >= len(out) or out[m].kind != "body" or is_heading(out[m].text):
            k += 1
            continue
        b = out[m]
        around_heading = any(x.kind == "body" for x in between)
        # a line like a headline with commas, the only one of an article that has no headings
        # at all, longer than a sub-heading and not of parallel halves ("…的团结；…的力量"), is
        # a paragraph cut after a clause or two ("春节是中国人最重要的节日，也是继承和弘扬中华优秀传统");
        # unless the next paragraph opens with a short sentence of its own ("拔河比赛最受欢迎。",
        # under a heading), which a fragment's first words seldom make
        if (headline and not gap_pair and len(a.text) >= _LONE_HEADLINE_MIN and _CLAUSE_COMMA(a.text)
                and "；" not in a.text and comma_headlines() <= 1
                and a.text[:1] not in _SUMMARY_BULLETS and not headings()
                and not _TOPIC_SENTENCE(b.text)):
            headline = False
        if between and all(x.kind == "dropped" for x in between):
            # only repeated copies stood between them: not side by side, so no truncation; but
            # a copy of the heading that names the paragraph (kept above it) landed inside it:
            # the halves are joined
            if unpunctuated or not any(is_heading(x.text) and _names_paragraph(x.key, a.key) for x in between):
                k += 1
                continue
        # across a heading, a paragraph that opens with a quotation starts a new section
        fresh_start = around_heading and b.text[:1] in "“‘「『《【"
        # (a bulleted summary line, "■…为宜", is complete as it stands)
        # (a line like a headline is not joined across a heading, unless the next block opens
        # inside what it broke off: "…在提高门诊保障能力" | heading | "的同时，…", or it ends
        # in a word that leaves a phrase open ("24日早上7时，在位于哈尔滨的" | heading | "…"),
        # or in the middle of a word when the heading names the two halves; nor across
        # anything with a block that opens with a quotation, not a quoted term: a heading with
        # commas, "稳政策：…，种粮吃上定心丸" | caption | "“国家对粮食实行…，咱们粮农心里托底！…")
        if (between and cfg.join_split_paragraphs
                and not ((around_heading and headline_within(_HEADLINE_JOIN_MAX)
                          and not (not _CLOCK_OPENING(b.text) and (_dangles(a.text) or (
                              _ends_inside_word(a.text) and any(x.kind == "body" and len(_HAN_CHAR(x.text)) >= 4
                                                                and _names_paragraph(x.key, a.key + b.key) for x in between))))
                          or (headline and b.text[:1] in "“「『" and not _TERM_FIRST(b.text)))
                         and not _cut_between(a.text, b.text))
                and not (gap_pair and not lead) and not fresh_start and a.text[:1] not in _SUMMARY_BULLETS
                and not (headline and _NUMBERED(a.text) and not _dangles(a.text) and numbered_headlines(a.text) >= 2)):
            edits.append(Edit("join_split_paragraphs", "join", before=a.text + " | " + b.text, after=a.text + b.text,
                              block=a.pos,
                              reason="paragraph cut mid-sentence around " + ", ".join(
                                  {"body": "a heading", "dropped": "a repeated block"}.get(x.kind, x.kind) for x in between)))
            a.set_text(a.text + b.text)
            heads = [x for x in between if x.kind == "body"]
            others = [x for x in between if x.kind != "body"]  # metadata, and dropped copies
            for h in heads:
                edits.append(Edit("join_split_paragraphs", "move", before=h.text, block=h.pos,
                                  reason="heading put back before the paragraph it heads"))
            out[k:m + 1] = heads + [a] + others
            k += len(heads) + 1
            continue
        # the first body block without punctuation is a summary (deck) above the lead
        deck = unpunctuated and not lead and not any(x.kind == "body" for x in out[:k])
        # but not when the next block opens inside what this one broke off (a word, a figure)
        cut = None  # (whether it does, asked once)
        if (headline or deck) and not between:
            cut = _cut_between(a.text, b.text)
            if cut:
                headline = deck = False
        # a function word, an open mark or a character that begins words ("瞩" of 瞩目) cannot
        # end a heading or a summary: text was cut
        dangling = _dangles(a.text) or _cut_at_decimal_point(a.text) or (
            not between and (headline or deck) and word_end_share().get(a.text[-1], 1.0) < _WORD_END_MIN)
        # the next block opens a sentence of its own: a dateline or lead, a year and a comma
        # (`2018年，…`), a list item, a quotation; and a line ending in a dash introduces what
        # follows ("…是这样——")
        fresh = (LEAD_OPENING.match(b.text) is not None or _YEAR_OPENING(b.text) is not None
                 or LIST_ITEM.match(b.text) is not None
                 or (b.text[:1] in "“「『" and not (unpunctuated is False and _TERM_FIRST(b.text)))
                 or _introduces(a.text))
        if (not between and cfg.flag_truncation and not fresh
                and (dangling or not (headline or deck or a.text[:1] in _SUMMARY_BULLETS))):
            truncated.append((a, b, dangling, cut))
        k += 1
    if len(truncated) > 1:
        # several paragraphs ending without a mark, each before another: the article's style
        # (points without full stops), not so many cuts; only a cut the text shows stays, and
        # not when others end in the same mark (a treaty's clauses, each ending in a comma)
        # (whether a cut shows is asked only here: one pair alone is flagged either way)
        last = Counter(a.text[-1] for a, *_ in truncated)
        truncated = [(a, b, dangling, cut) for a, b, dangling, cut in truncated
                     if (dangling or (cut if cut is not None else _cut_between(a.text, b.text))) and last[a.text[-1]] == 1]
    if truncated:
        order = [it for it in out if it.kind == "body"]  # the body as it will be output
        index = {id(it): n for n, it in enumerate(order)}
        for a, b, *_ in truncated:
            flags.append({"kind": "truncated_end", "paragraph": index[id(a)]})
            flags.append({"kind": "truncated_start", "paragraph": index[id(b)]})
            edits.append(Edit("flag_truncation", "flag", before=a.text[-20:] + " | " + b.text[:20], block=a.pos,
                              reason="a paragraph ends mid-sentence and the next starts mid-sentence: text lost"))
    return out
