"""Compiled patterns and character tables, kept in one place (textacy keeps them in `resources`)."""
from __future__ import annotations

import re as _re

import regex

# --- character classes (as regex source, to be embedded in patterns) ---------------------
#: A character that makes its neighbourhood "Chinese text": Han, kana, and the full-width /
#: CJK punctuation that only Chinese or Japanese text uses. Curly quotes are deliberately
#: absent: English uses them too.
CJK = r"[\p{Han}\p{Hiragana}\p{Katakana}\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]"
#: Han or kana only: the letters of Chinese / Japanese text.
CJK_LETTER = r"[\p{Han}\p{Hiragana}\p{Katakana}]"
#: Punctuation that marks a line as running prose, not a heading or a list of names.
PROSE_PUNCT = "。，；！？"
#: Sentence- or clause-final punctuation: a hard-wrapped line rarely ends with it by chance.
LINE_FINAL_PUNCT = "。！？；：，、…”’」』）》!?;:,"

#: The start of a list item: 一、 （一） 1. 1、 (1) ① • -
#: (A digit and a point opens a list item only when no digit follows: "9.99%" does not; nor
#: does a hyphen before a digit: "-800客机" is the end of 737-800, wrapped.)
LIST_ITEM = regex.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+(?:、|[.．](?![0-9]))|[①-⑳]|[•·▪●○◆■]\s?|-(?!\d)\s?)")

# --- normalisers ---------------------------------------------------------------------------
#: (Each pattern here that the standard engine scans a whole text with opens with one class
#: of characters, which it skips to in a tight loop; opened by a branch or a repeat, the
#: engine tries the pattern at every character, two to three times slower.)
LINE_BREAKS = _re.compile("[\r\x0b\x0c\x85\u2028\u2029](?:(?<=\r)\n)?")
RARE_BREAKS = ("\x0b", "\x0c", "\x85", "\u2028", "\u2029")

HTML_ENTITY = _re.compile(r"&(?:amp;)*(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};|nbsp(?![A-Za-z0-9;]))")

_BLOCK_TAGS = "p|br|div|li|ul|ol|tr|td|th|table|tbody|thead|h[1-6]|section|article|blockquote|hr|center|figure|figcaption|header|footer|pre|dd|dt|dl"
_INLINE_TAGS = "a|abbr|b|big|cite|code|em|font|i|img|span|strong|small|sub|sup|u|s|strike|label|input|iframe|meta|link|wbr|ins|del|mark|time|source|video|audio|picture|svg|o:p"
HTML_TAG = regex.compile(
    r"<!--.*?-->"
    r"|<(script|style)\b[^>]*>.*?</\1\s*>"
    rf"|<(/?)(?:{_BLOCK_TAGS})\b(?:\s[^<>]*)?/?>"
    rf"|</?(?:{_INLINE_TAGS})\b(?:\s[^<>]*)?/?>",
    regex.IGNORECASE | regex.DOTALL,
)
HTML_BLOCK_TAG = _re.compile(rf"</?(?:{_BLOCK_TAGS})\b", _re.IGNORECASE)

#: Zero-width and control characters (C0 except tab and newline, DEL, C1), soft hyphen,
#: bidirectional marks, word joiner, BOM, lone surrogates (half a character: a UTF-16 pair
#: cut in two, a JSON escape `\ud83d` alone; no encoding can write one). A zero-width
#: joiner between two pictographs is part of an emoji and stays.
INVISIBLE = regex.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]"
    r"|(?<!\p{Extended_Pictographic}\ufe0f?)\u200d|\u200d(?!\p{Extended_Pictographic})"
)
#: The same without the zero-width joiner, for the standard `re` engine, which scans
#: several times faster than `regex` (used when the text holds no U+200D).
INVISIBLE_NO_ZWJ = _re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]"
)

_BLANK_NO_TAB = "[ \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"  # the Unicode class Zs
#: Blanks at the start or end of a line (indentation: ASCII, full-width U+3000, NBSP): tab
#: and the Unicode class Zs, as one string for `str.strip`.
BLANK_STR = "\t \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
BLANK_CHARS = frozenset(BLANK_STR)
#: Odd spaces (NBSP, en/em/thin spaces, U+3000 inside a line) and runs of spaces: one
#: class opens it, an odd space or a space, and a space goes on only before another blank.
_ODD_SPACE = "[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"  # Zs other than U+0020
ODD_SPACES = _re.compile(f"[{_ODD_SPACE[1:-1]} ](?:(?<! )|(?={_BLANK_NO_TAB})){_BLANK_NO_TAB}*")  # (a space: with more)

#: A space between two Chinese characters; not the conventional gap after a dateline
#: at the start of a paragraph ("新华社北京1月31日电 …", "本报讯 …").
CJK_SPACE = regex.compile(rf"(?<!^[^，。\n]{{0,30}}[电讯])(?<={CJK}) +(?={CJK})", regex.MULTILINE)
SPACED_RUN = regex.compile(rf"{CJK_LETTER}+")

FULLWIDTH_ALNUM = _re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a][\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]*")
FULLWIDTH_ALNUM_TABLE = {c: c - 0xFEE0 for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A)) for c in range(r[0], r[1] + 1)}

ELLIPSIS = regex.compile(rf"。{{3,}}|\.{{3,}}(?={CJK})|(?<={CJK})\.{{3,}}|(?<={CJK})[·・]{{3,}}|[·・]{{3,}}(?={CJK})")
DASHES = regex.compile(rf"(?<={CJK})-{{2,}}|-{{2,}}(?={CJK})")

QUOTE_LINE = regex.compile(r"^[^\n]*[\"'][^\n]*$", regex.MULTILINE)
HAS_CJK_LETTER = regex.compile(CJK_LETTER)
IS_CJK = regex.compile(CJK)

#: ASCII punctuation that may stand for its full-width form in Chinese text.
ASCII_PUNCT = _re.compile(r"[(),;:?!.](?:(?<=\()([^()\n]*)\)|(?<=,),*|(?<=;);*|(?<=:):*|(?<=[?!])[?!]*"
                          r"|(?<=\.)(?<!\.\.)(?!\.)|(?<=[()]))")  # (a balanced pair, a run of one mark, a lone point)
ASCII_PUNCT_HINT = _re.compile(r"[,.:;?!()]")
PUNCT_TO_FULLWIDTH = str.maketrans({",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）", ".": "。"})

# --- decoding ------------------------------------------------------------------------------
BINARY_SIGNATURES = (
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"(\xb5/\xfd", "zstd-compressed data"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"PK\x03\x04", "a zip archive (or an Office document)"),
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "an executable"),
    (b"PAR1", "a Parquet file"),
    (b"SQLite format 3\x00", "an SQLite database"),
)


def common_han() -> frozenset[str]:
    """The commonly used Han characters: GB2312 level 1 (3,755 simplified characters, rows
    0xB0-0xD7) and Big5 level 1 (5,401 traditional characters, 0xA440-0xC67E). Derived from
    the codecs themselves, so no table is shipped."""
    chars: set[str] = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    for lead in range(0xA4, 0xC7):
        for trail in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            if (lead, trail) >= (0xC6, 0x7F):
                continue
            try:
                chars.add(bytes((lead, trail)).decode("big5"))
            except UnicodeDecodeError:
                pass
    return frozenset(c for c in chars if len(c) == 1)

# --- traditional characters ---------------------------------------------------------------

#: Traditional characters of the words that cues read (記者 攝 圖 編輯 來源 報 …, common
#: surnames and given names), each with its simplified form: a line of a traditional-script
#: page (記者 王小明／攝) is read by the cues as in simplified script. Written for the
#: project; the text itself is not changed (`to_simplified`, with OpenCC, converts it). The
#: last line holds the other characters of the cues' words whose traditional form differs
#: (found by converting every Han character of restore.py's patterns with OpenCC's s2t once,
#: 2026-12-02; run again when cues gain words).
_TRADITIONAL = (
    "佈來個們偉傑備傳價儀優儷劃劇劉動務勞勵區協參吳員喬單嚴國圍園圓圖團報場壇壓壯夠奪奮婦婭媽嬌孫學實寧審寫寶將專尋對導屆層屬"
    "岡島嶺幣幫幹廈廟廠廣廳張強彈後從徵態憲憶應戰戲戶掃擁擊擔據擴攜攝攤敗敵數斬斷於時晉曆曉書會東條楊業榮樂樓標機檢欄權歡歲歷"
    "歸殘氣湯溝溫滬滿漢潔濕濟濤瀏灣為熱燈營爭爺牆獎獲現環產畢畫當療發盡監盤盧確碼禍禮稅稱穩窮競筆節範築簡籌籤糧紀約紅紙級紛細"
    "終組結絕絡給統絲經綜綠維網綺綾緊線編緯練縣總績織繫繼續罰羅義習聞聯聲聶職聽脅腦臺與興舉艦華萬葉蔣蕭藍藝藥蘇蘭處虛號術衛衝"
    "補製複見規視親覺覽觀訂計訊討訓記訪設許註評詞試詩話該誌認語誠說談請論諮諾謙講謝證識譚譯議護譽讀變讓讚豐貝負財貢貨責費貿賀"
    "資賈賓賢賦質購賽贏趕趙跡蹤車軌軍軒軟較載輝輪輯輸轄轉辦農這連週進運違遠適遲選遺邊郵鄉鄒鄧鄭鄰醜醫釋釗針鈞銘銷鋒鋼錄錚錢錦"
    "錯錶鍵鍾鎮鏡鐘鐵長門閆閉開閒間閩閱閻關陝陣陰陳陸陽隊階際隨險隱雖雙雜離難雲電霧靈靜韋韓韻響頁頂項順須頌預頒領頭頻題顏願類"
    "顧顯風颱飄飛飯養餘館馬馮駐驅驗驚體髮鬥鬧魚魯鳥鳳鵬麗麥黃點黨齊齡龍龐龔"
    "僅謹無內構鏈滾過帳薦創係檔達億釐絹舊慶積遙診辭買種臘蟄納擺賞"
    "兩爲麼衆側儲兒冊況淨準幾則剛刪別劍勢賣呂嗎噸啓塊堅復夾妝娛嶽師並庫廢懷執擬撥暫極歐沒淺濃塗遊狀獨獻礪礙糾純紹繪縮羣蟲觸訴詢詳調賬贊趨輕輔輩還遞採裏鑄問餅饋鳴鵝蘋"
)
_SIMPLIFIED = (
    "布来个们伟杰备传价仪优俪划剧刘动务劳励区协参吴员乔单严国围园圆图团报场坛压壮够夺奋妇娅妈娇孙学实宁审写宝将专寻对导届层属"
    "冈岛岭币帮干厦庙厂广厅张强弹后从征态宪忆应战戏户扫拥击担据扩携摄摊败敌数斩断于时晋历晓书会东条杨业荣乐楼标机检栏权欢岁历"
    "归残气汤沟温沪满汉洁湿济涛浏湾为热灯营争爷墙奖获现环产毕画当疗发尽监盘卢确码祸礼税称稳穷竞笔节范筑简筹签粮纪约红纸级纷细"
    "终组结绝络给统丝经综绿维网绮绫紧线编纬练县总绩织系继续罚罗义习闻联声聂职听胁脑台与兴举舰华万叶蒋萧蓝艺药苏兰处虚号术卫冲"
    "补制复见规视亲觉览观订计讯讨训记访设许注评词试诗话该志认语诚说谈请论咨诺谦讲谢证识谭译议护誉读变让赞丰贝负财贡货责费贸贺"
    "资贾宾贤赋质购赛赢赶赵迹踪车轨军轩软较载辉轮辑输辖转办农这连周进运违远适迟选遗边邮乡邹邓郑邻丑医释钊针钧铭销锋钢录铮钱锦"
    "错表键钟镇镜钟铁长门闫闭开闲间闽阅阎关陕阵阴陈陆阳队阶际随险隐虽双杂离难云电雾灵静韦韩韵响页顶项顺须颂预颁领头频题颜愿类"
    "顾显风台飘飞饭养余馆马冯驻驱验惊体发斗闹鱼鲁鸟凤鹏丽麦黄点党齐龄龙庞龚"
    "仅谨无内构链滚过帐荐创系档达亿厘绢旧庆积遥诊辞买种腊蛰纳摆赏"
    "两为么众侧储儿册况净准几则刚删别剑势卖吕吗吨启块坚复夹妆娱岳师并库废怀执拟拨暂极欧没浅浓涂游状独献砺碍纠纯绍绘缩群虫触诉询详调账赞趋轻辅辈还递采里铸问饼馈鸣鹅苹"
)
TO_SIMPLIFIED = str.maketrans(_TRADITIONAL, _SIMPLIFIED)
HAS_TRADITIONAL = _re.compile(f"[{_TRADITIONAL}]").search
