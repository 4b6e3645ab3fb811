"""Restoration: each fault alone and combined, on articles written for the project, and
clean articles with legitimate repetition, headings, lists, quotes and subtitles that must
come back unchanged."""
from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from newsclean.resources import TO_SIMPLIFIED
from newsclean.restore import classify_line, is_heading

TITLE = "城郊小镇办起冬季农民运动会"
SUBTITLE = "——记青山镇第三届农民趣味运动会"
P = [
    "1月12日上午，青山镇文化广场上锣鼓喧天，第三届农民趣味运动会在这里开幕。来自全镇十二个村的三百多名村民报名参加了比赛。",
    "本届运动会设置了拔河、推小车、背媳妇、运玉米等八个项目，既考验体力，也考验默契。镇文化站站长介绍，项目都是村民自己投票选出来的。",
    "趣味赛场",
    "拔河比赛最受欢迎。东岭村和西岭村的队员们脚蹬地面、身体后仰，围观的村民一边喊着号子一边鼓掌，场面十分热闹。最终东岭村以两比一胜出。",
    "“以前农闲时大家各忙各的，现在有了运动会，邻里之间走动多了，感情也近了。”西岭村村民李春华说。",
    "据了解，青山镇今年还将举办广场舞比赛和农民篮球赛，进一步丰富村民的业余文化生活。",
]


def article(paragraphs: list[str], *, head: list[str] | None = None) -> str:
    return "\n\n".join((head if head is not None else [TITLE, SUBTITLE]) + paragraphs) + "\n"


def restored(text: str) -> newsclean.Article:
    return newsclean.clean(text)


def test_clean_article_comes_back_unchanged() -> None:
    a = restored(article(P))
    assert a.title == TITLE
    assert a.subtitles == [SUBTITLE]
    assert a.paragraphs == P
    assert a.captions == [] and a.bylines == [] and a.flags == []


def test_a_paragraph_opening_with_a_dash_repeated_under_the_title_is_no_subtitle() -> None:
    # a list's item "——铸魂砺剑写忠诚。坚持……" repeated at the top, under a byline: the byline
    # goes to the bylines, and the copy at the top is dropped (an item opens no article)
    item = "——铸魂砺剑写忠诚。坚持把理论学习作为首要任务，教育引导广大民警增强意识、坚定信心。"
    body = P[:4] + [item] + P[4:]
    a = restored(article(["通讯员 史文 记者 徐雪怡 报道", item] + body, head=[TITLE]))
    assert a.subtitles == [] and a.bylines == ["通讯员 史文 记者 徐雪怡 报道"]
    assert a.paragraphs == body
    # a short dash line under the title is the subtitle it always was
    assert restored(article(P, head=[TITLE, SUBTITLE])).subtitles == [SUBTITLE]


def test_a_subtitle_opening_with_another_kind_of_dash_is_a_subtitle() -> None:
    # two full-width hyphens, or horizontal bars (what some GBK decoders make of ——): the
    # line goes to the subtitles as the page printed it
    for dash in ("－－", "――"):
        subtitle = SUBTITLE.replace("——", dash)
        a = restored(article(P, head=[TITLE, subtitle]))
        assert a.subtitles == [subtitle] and a.paragraphs == P, dash


def test_exact_repeats_far_apart_and_adjacent() -> None:
    garbled = P[:2] + [P[1], P[1]] + P[2:5] + [P[0], P[4]] + P[5:] + [P[1]]
    a = restored(article(garbled))
    assert a.paragraphs == P
    dropped = [e for e in a.edits if e.step == "drop_duplicates"]
    assert len(dropped) == 5 and all("same as block" in e.reason for e in dropped)


def _paragraphs(n: int, seed: int = 3) -> list[str]:
    """`n` distinct paragraphs of random common characters, so that none resembles another."""
    rng = random.Random(seed)
    pool = "我们国家发展经济社会工作建设人民企业城市农村项目服务群众文化教育科技生态环境政府部门"
    return ["".join(rng.choice(pool) for _ in range(30)) + "，" + "".join(rng.choice(pool) for _ in range(20)) + "。"
            for _ in range(n)]


def test_copy_pulled_up_early_is_dropped_and_the_later_original_kept() -> None:
    body = _paragraphs(20)
    garbled = body[:2] + [body[4]] + body[2:]  # block 5 repeated near the top, above its place
    a = restored(article(garbled))
    assert a.paragraphs == body
    (e,) = [e for e in a.edits if e.step == "drop_duplicates"]
    assert e.before == body[4] and "for its place" in e.reason


def test_a_repeated_paragraph_stays_under_the_heading_that_names_it() -> None:
    body = _paragraphs(20)
    head = body[9][3:9]  # a heading made of words of the paragraph it heads
    text = body[:9] + [head] + body[9:]
    # a copy of the paragraph landed early, where place alone would keep it
    garbled = text[:3] + [body[9]] + text[3:]
    a = restored(article(garbled))
    assert a.paragraphs == text


#: A digest of speeches, written for these tests: each section a heading, the speaker's line
#: and what the speaker said.
DIGEST = [
    "1月12日，青山市召开机关党建工作经验交流会，五个单位的负责同志作了交流发言。现将发言摘编如下。",
    "抓好基层党建 服务乡村振兴",
    "——青山镇党委书记 王小明",
    "我们把支部建在产业链上，全镇十二个村成立了十五个产业党小组，带动村民种植茶叶两万亩。",
    "今年，我们还将建设茶叶加工厂，让每个村都有稳定的集体收入。",
    "创新服务方式 当好企业贴心人",
    "——青山市营商环境办主任 李春华",
    "我们推行企业事项一窗通办，开办企业的时间由五天缩短到一天，全年为企业解决难题三百多件。",
    "坚持法治引领 守护一方平安",
    "——青山市司法局局长 张建国",
    "我们在全市建成调解室八十六个，全年调解各类纠纷两千多起，调解成功率达到九成以上。",
]


def test_a_speakers_paragraphs_repeated_further_down_go_back_under_the_speakers_line() -> None:
    # the first speaker's two paragraphs repeated three times at the end of the page, where
    # the place model keeps a later copy and leaves the first section empty
    run = DIGEST[3:5]
    garbled = DIGEST + run + [run[1], run[0]] + run
    a = restored(article(garbled, head=["青山市机关党建工作经验交流摘编"]))
    assert a.paragraphs == DIGEST
    moved = [e for e in a.edits if e.step == "drop_duplicates" and "speaker's line" in (e.reason or "")]
    assert len(moved) == 6 and all("——青山镇党委书记" in e.reason for e in moved)
    # a truncation flag further down names its paragraphs where they now stand
    cut = DIGEST[:7] + ["我们推行企业事项一窗通办，开办企业的时间由五天缩短到", "业解决难题三百多件，企业满意度达到百分之九十八。"] + DIGEST[8:]
    a = restored(article(cut + run + [run[1], run[0]] + run, head=["青山市机关党建工作经验交流摘编"]))
    assert a.paragraphs == cut
    assert a.flags == [{"kind": "truncated_end", "paragraph": 7}, {"kind": "truncated_start", "paragraph": 8}]


def test_a_speakers_paragraphs_stay_where_the_section_they_stand_in_would_be_left_empty() -> None:
    # the last speaker's only paragraph stands under the first speaker's line too: whichever
    # copy is kept, one section is empty, and the place model decides
    body = DIGEST[:3] + DIGEST[5:]  # (the first speaker's section empty in the original)
    garbled = body[:3] + [body[-1]] + body[3:] + [body[-1]]
    plain = restored(article(garbled, head=["青山市机关党建工作经验交流摘编"]))
    assert not any("speaker's line" in (e.reason or "") for e in plain.edits)


def test_copy_above_the_dateline_lead_is_dropped() -> None:
    lead = "本报青山1月12日电 " + P[0]
    body = [lead, *P[1:]]
    garbled = [P[4], lead, *P[1:]]  # a paragraph repeated above the lead
    a = restored(article(garbled))
    assert a.paragraphs == body


def test_a_repeated_dateline_lead_keeps_its_first_copy() -> None:
    lead = "本报青山1月12日电 " + P[0]
    body = [lead, *P[1:]]
    # two copies of the lead lower down: by place alone the middle copy would be kept
    garbled = [lead, P[1], P[2], lead, P[3], P[4], lead, P[5]]
    a = restored(article(garbled))
    assert a.paragraphs == body


def test_of_three_copies_the_one_that_moves_the_text_least_is_kept() -> None:
    body = _paragraphs(20)
    garbled = body[:4] + [body[9]] + body[4:]  # a copy pulled up to 5th: the original now 11th
    garbled = garbled[:13] + [body[9]] + garbled[13:]  # and one pushed down, 14th
    # by place alone the first copy is a shade likelier (copies land after their original
    # three times in four), but keeping it would be far wrong if the original were either
    # of the others; the middle copy is never far wrong
    a = restored(article(garbled))
    assert a.paragraphs == body
    assert {e.block for e in a.edits if e.step == "drop_duplicates"} == {6, 15}


def test_copy_far_below_the_original_is_dropped() -> None:
    body = _paragraphs(20)
    garbled = body[:15] + [body[4]] + body[15:]
    assert restored(article(garbled)).paragraphs == body


def test_repeat_between_the_halves_of_a_cut_paragraph_goes() -> None:
    head, tail = P[3][:30], P[3][30:]
    garbled = P[:3] + [head, P[5], "▲拔河比赛现场", tail] + P[4:]
    a = restored(article(garbled))
    assert a.paragraphs == P


def test_a_paragraph_under_a_double_headline_or_a_bulleted_one_is_not_inside_a_cut_paragraph() -> None:
    # a headline of two halves apart by a gap, or one after a bullet, ends without a full stop
    # as a cut paragraph's head does, but the paragraph under it stands in its place: the
    # copy of it further down is the one that goes
    for heading in ("青山镇举办第三届农民运动会暨全民健身节 全镇十二个村的村民踊跃参加拔河比赛", "●青山镇举办农民运动会，村民踊跃参加拔河比赛"):
        body = [P[0], P[1], heading, P[3], P[4], P[5]]
        a = restored(article(body + [P[3]]))
        assert a.paragraphs == body


def test_copies_between_the_halves_of_a_cut_paragraph_go_even_behind_other_copies() -> None:
    # two repeated blocks landed between the halves: the second one stands after a copy
    # of the first, not after the cut paragraph itself, and is still out of place
    head, tail = P[3][:30], P[3][30:]
    garbled = [*P[:3], head, P[1], P[4], "▲拔河比赛现场", tail, P[4], P[5], P[1]]
    a = restored(article(garbled))
    assert a.paragraphs == P


def test_variant_with_its_first_clause_reworded_is_dropped() -> None:
    # "出台《…方案》，将…" copied as "以“…”方案，将…": the lead clause reworded, the rest the same
    original = "据了解，青山镇出台《农民运动会办赛方案》，将全镇十二个村的三百多名村民按年龄分成六个组别，每个组别设置四个项目，让老人和孩子都能找到适合自己的比赛。"
    variant = "以“农民运动会”办赛方案，将全镇十二个村的三百多名村民按年龄分成六个组别，每个组别设置四个项目，让老人和孩子都能找到适合自己的比赛。"
    a = restored(article([P[0], original, P[4], variant, P[5]]))
    assert a.paragraphs == [P[0], original, P[4], P[5]]
    # a lead of its own before the same words is not a variant: a summary quoting the text
    summary = "镇长在会上说，" + original[original.index("将全镇"):]
    b = restored(article([P[0], original, P[4], summary]))
    assert b.paragraphs == [P[0], original, P[4], summary]


@pytest.mark.parametrize(
    "variant",
    [
        P[1][P[1].index("，") + 1:],  # lead clause dropped
        P[0][:P[0].index("。") + 1],  # tail cut
        "".join(s.text for k, s in enumerate(newsclean.split_sentences(P[3])) if k != 1),  # a sentence missing
    ],
)
def test_near_duplicate_variant_is_dropped(variant: str) -> None:
    garbled = P[:4] + [variant] + P[4:]
    a = restored(article(garbled))
    assert a.paragraphs == P
    assert any(e.step == "drop_near_duplicates" for e in a.edits)


def test_a_copy_of_a_paragraphs_first_sentences_is_not_cut_as_a_splice() -> None:
    # its last sentence stands inside the paragraph it copies, with the sentences before it:
    # the copy goes whole (cut as a splice, its first sentence would stay behind)
    opening = "“您今天好些了吗？要多吃些流质和软食。”"
    own = opening + "早上8点，青山镇卫生院的病房里，护士李春华正在查房。她已经在这里工作了十年。"
    body = [P[0], P[1], own, P[4]]
    a = restored(article([P[0], opening, P[1], own, P[4]]))
    assert a.paragraphs == body
    assert not any(e.step == "drop_spliced_sentences" for e in a.edits)


def test_a_bulleted_paragraphs_degraded_copy_is_dropped() -> None:
    # a bulleted summary repeats the body by design, but a bulleted line that is the first
    # sentence of a bulleted paragraph is that paragraph's copy with its tail cut
    bulleted = "■" + P[0]
    body = [P[1], bulleted, P[4], P[5]]
    a = restored(article([P[1], bulleted, P[4], bulleted[:bulleted.index("。") + 1], P[5]]))
    assert a.paragraphs == body
    assert any(e.step == "drop_near_duplicates" for e in a.edits)


def test_a_variant_inside_a_cut_paragraph_is_the_copy_when_the_words_barely_tell() -> None:
    lead = "本报青山1月12日电 青山镇农民文化广场建设工程日前完工，该工程被列入全镇“十四五”文化发展规划。"
    variant = lead.replace("该工程", "会工程")  # a character changed: the word model leans to 会
    cut = 50  # (the first half holds a sentence: prose, not a heading)
    body = [lead, P[1], P[3]]
    garbled = [lead, P[1][:cut], "本报记者 王小明", variant, P[1][cut:], P[3]]
    a = restored(article(garbled, head=[TITLE]))
    assert a.paragraphs == body
    (e,) = [e for e in a.edits if e.step == "drop_near_duplicates"]
    assert e.before == variant


def test_a_short_heading_repeated_with_its_paragraph_goes_with_it() -> None:
    # a heading that names its paragraph's subject stays above that paragraph
    head = "拔河比赛最热闹"
    body = P[:2] + [head] + P[3:]
    garbled = P[:2] + [head, P[3], P[4], head, P[3], P[5], head, head]
    a = restored(article(garbled))
    assert a.paragraphs == body
    dropped = [e.before for e in a.edits if e.step == "drop_duplicates"]
    assert dropped.count(head) == 3 and dropped.count(P[3]) == 1
    # the first copy landed above an unrelated paragraph: the second is kept
    b = restored(article([*P[:2], head, P[4], head, P[3], P[5]]))
    assert b.paragraphs == [*P[:2], P[4], head, P[3], P[5]]
    # a heading too short to be compared on its own (two characters) goes with its paragraph
    # and does not stand twice in a row
    short = P[:2] + ["赛场", P[3], P[4], "赛场", P[3], P[5], "赛场", "赛场"]
    assert restored(article(short)).paragraphs == P[:2] + ["赛场", P[3], P[4], P[5], "赛场"]


def test_a_paragraph_goes_under_its_heading_whose_other_copy_stands_in_a_cut_paragraph() -> None:
    # the heading stands twice, once inside a paragraph cut mid-sentence (out of place, with
    # a caption and a copy), so its other copy is in place; of the copies of the
    # paragraph it names, the one right under it opens its section
    head = "拔河比赛东岭村胜出"
    cut = 20
    body = [*P[:2], head, P[3], P[5]]
    garbled = [*P[:2], P[1], P[3], head, P[3], P[5][:cut], P[3], "▲比赛现场", head, P[5][cut:], P[3]]
    a = restored(article(garbled))
    assert a.paragraphs == body
    reasons = [e.reason or "" for e in a.edits if e.step == "drop_duplicates" and e.before == P[3]]
    assert len(reasons) == 3 and all(r.endswith("the copy kept under the heading that names it") for r in reasons)


def test_a_short_line_standing_twice_apart_stays() -> None:
    body = P[:3] + ["好！"] + P[3:5] + ["好！"] + P[5:]
    assert restored(article(body)).paragraphs == body


def test_a_closing_paragraph_that_echoes_the_deck_stays() -> None:
    deck = "青山镇的农民运动会越办越红火，办出了邻里情，也办出了精气神"
    closing = "办出了邻里情，也办出了精气神。"
    body = [deck] + P + [closing]
    assert restored(article(body)).paragraphs == body


@pytest.mark.parametrize(
    "lines",
    [
        # parallel lines one word apart, both reading well
        ["这是协同发展的天津速度——", P[0], "这是协同发展的天津温度——", P[1]],
        ["2022国内十大新闻包括：", P[0], "2022国际十大新闻包括：", P[1]],
        # a pull quote of a key sentence, without its full stop, and a bulleted summary
        [P[0], "“以前农闲时大家各忙各的，现在有了运动会，邻里之间走动多了”", P[4]],
        ["■青山镇今年还将举办广场舞比赛和农民篮球赛", P[5], P[0]],
        # a key sentence quoted on its own that stands inside a paragraph (not at its end)
        [P[1] + "大家对此都很满意。", "镇文化站站长介绍，项目都是村民自己投票选出来的。", P[2]],
    ],
)
def test_real_repetition_that_is_not_a_copy_stays(lines: list[str]) -> None:
    a = restored(article(lines))
    assert a.paragraphs == lines
    assert not any(e.step.startswith("drop_") for e in a.edits)


def test_changed_characters_keep_the_original() -> None:
    corrupt = P[3].replace("围观", "围次").replace("号子", "号马")
    a = restored(article(P[:4] + [corrupt] + P[4:]))
    assert a.paragraphs == P
    b = restored(article(P[:3] + [corrupt, P[3]] + P[4:]))  # the corrupt copy first
    assert b.paragraphs == P


def test_a_changed_character_that_breaks_a_word_marks_the_corrupt_copy() -> None:
    # "大小企业" → "大的企业", "年味" → "年的": the corrupt copy reads as frequent words to a
    # word model (的 is the commonest word), but a changed character no longer stands inside
    # a word (大小)
    para = "春节临近，镇上的大小企业陆续放假，各村的文艺队排练节目，村民们说今年的年味越来越浓了。"
    corrupt = para.replace("大小企业", "大的企业").replace("年味", "年的")
    body = [P[0], P[1], para, P[4], P[5]]
    a = restored(article([P[0], corrupt, P[1], para, P[4], P[5]]))
    assert a.paragraphs == body



def test_a_cut_paragraph_like_a_headline_is_joined_when_its_other_half_opens_inside_it() -> None:
    # the first half reads like a headline with commas (no full stop, a whole word at its
    # end), but the half after its own heading opens with 的, which opens no sentence
    first = "青山镇今年将继续推进农民运动会的品牌建设，在丰富群众业余文化生活"
    second = "的同时，进一步提升村民的身体素质和团队意识。"
    heading = "打造农民运动会品牌"
    a = restored(article([P[0], P[1], first, heading, second, P[4]]))
    assert a.paragraphs == [P[0], P[1], heading, first + second, P[4]]


def test_a_heading_with_commas_is_not_joined_across_a_caption_with_a_quotation() -> None:
    # a sub-heading with commas reads like the first half of a cut paragraph; the block after
    # the caption opens with a quotation of speech, which a cut half does not
    heading = "办赛事：项目村民选，奖品接地气"
    quote = "“以前农闲时大家各忙各的，现在有了运动会，邻里之间走动多了。”西岭村村民李春华说。"
    body = [P[0], P[1], heading, quote, P[5]]
    a = restored(article([P[0], P[1], heading, "▲拔河比赛现场。 张三 摄", quote, P[5]]))
    assert a.paragraphs == body
    # a half that opens with a quoted term runs on in the sentence: joined
    first = "据了解，青山镇今年还将陆续举办"
    second = "“农民篮球赛”和广场舞比赛，进一步丰富村民的业余文化生活。"
    b = restored(article([P[0], P[1], first, "▲拔河比赛现场。 张三 摄", second, P[4]]))
    assert b.paragraphs == [P[0], P[1], first + second, P[4]]


def test_a_numbered_heading_with_commas_is_not_joined_across_a_caption() -> None:
    # numbered sub-headings with commas (二、…，…) read like the first half of a cut
    # paragraph; in a series of them, the one a caption stands under is a heading still
    heads = ["一、办赛事，项目由村民投票选出来", "二、聚人心，邻里之间走动多了感情近了", "三、兴文化，丰富村民业余文化生活"]
    body = [P[0], heads[0], P[1], heads[1], P[3], heads[2], P[5]]
    a = restored(article([P[0], heads[0], P[1], heads[1], "▲拔河比赛现场", P[3], heads[2], P[5]]))
    assert a.paragraphs == body and a.captions == ["▲拔河比赛现场"]
    # a numbered paragraph cut mid-sentence around a caption is joined all the same
    first, second = "二、聚人心，邻里之间走动多了，", "感情也近了。西岭村村民李春华说，运动会让大家更团结了。"
    b = restored(article([P[0], heads[0], P[1], first, "▲拔河比赛现场", second, P[5]]))
    assert b.paragraphs == [P[0], heads[0], P[1], first + second, P[5]]
    # and so is a list item numbered otherwise than the headings (2. under 1.…。), cut where
    # no full stop stands yet
    item1, item2 = "1.报名表一份。", "2.居民身份证或护照、学历证书、专业技术资格证、职业资格证、任职文件等材料的扫描件。"
    cut = item2.index("职文件")
    c = restored(article([P[0], heads[0], item1, item2[:cut], "本报记者 王小明", item2[cut:], heads[1], P[5]]))
    assert c.paragraphs == [P[0], heads[0], item1, item2, heads[1], P[5]]


def test_a_short_first_half_is_joined_around_its_own_heading_when_it_ends_cut() -> None:
    # the first half reads like a headline (short, no full stop) but ends in 的, which ends
    # no phrase: the heading between the halves is the paragraph's own heading
    heading = "东岭村拔河队夺冠"
    first = "比赛进行到下午，在青山镇文化广场的"
    second = "拔河比赛决赛中，东岭村拔河队以两比一战胜西岭村，夺得冠军。"
    a = restored(article([P[0], P[1], first, heading, second, P[4]]))
    assert a.paragraphs == [P[0], P[1], heading, first + second, P[4]]
    # ending in 的, it is joined across a heading that does not name it, too
    other = "赛场内外 欢声笑语"
    c = restored(article([P[0], P[1], first, other, second, P[4]]))
    assert c.paragraphs == [P[0], P[1], other, first + second, P[4]]
    # a summary line above a heading and the paragraph under it stay apart
    summary = "运动会越办越红火，村民参与热情高涨"
    b = restored(article([P[0], P[1], summary, heading, second, P[4]]))
    assert b.paragraphs == [P[0], P[1], summary, heading, second, P[4]]


def test_a_short_sentence_copied_between_the_halves_of_a_cut_paragraph_goes() -> None:
    # a short sentence may stand twice (a refrain), but its copy right after a paragraph cut
    # mid-sentence landed between the halves, with the caption: it goes, and they are joined
    short = "镇长王红陪同。"
    cut = P[3].index("身体") + 1  # inside the word 身体
    garbled = [P[0], P[1], P[3][:cut], "▲拔河比赛现场。 张三 摄", short, P[3][cut:], P[4], short]
    a = restored(article(garbled))
    assert a.paragraphs == [P[0], P[1], P[3], P[4], short]
    assert a.captions == ["▲拔河比赛现场。张三摄"]
    # a short sentence standing alone twice is a repeat: the copy that ends the article stays
    twice = [P[0], short, P[1], P[4], short]
    assert restored(article(twice)).paragraphs == [P[0], P[1], P[4], short]
    # unless each copy closes a report (the next block opens with a dateline, or none follows)
    second = "本报青山1月13日电 " + P[5]
    closing_two = [P[0], short, second, P[4], short]
    assert restored(article(closing_two)).paragraphs == closing_two


def test_a_letter_and_the_report_that_quotes_it_both_stay() -> None:
    # the report quotes the letter but for its first sentence: "你们好！" is a sentence of
    # its own, not a few characters changed at the start of a copy
    letter = "你们好！第三届农民运动会筹备以来，你们坚守在拔河比赛的组织岗位上，不少同志主动承担起场地布置和后勤保障工作。大家辛苦了！"
    report = "镇长在回信中表示，第三届农民运动会筹备以来，你们坚守在拔河比赛的组织岗位上，不少同志主动承担起场地布置和后勤保障工作。大家辛苦了！"
    lines = [P[0], letter, P[1], report, P[5]]
    assert restored(article(lines)).paragraphs == lines


def test_a_short_statement_standing_twice_is_a_repeat() -> None:
    # a short sentence that is a paragraph of its own, twice (no real article prints one
    # twice): one copy stays; the one that ends the article, where such lines stand
    closing = "镇长王红参加活动。"
    a = restored(article([P[0], closing, P[1], P[3], P[4], closing]))
    assert a.paragraphs == [P[0], P[1], P[3], P[4], closing]
    assert any(e.step == "drop_duplicates" and "ends the article" in e.reason for e in a.edits)
    # not at the end: kept for its place, as a paragraph is (the later of two early copies)
    b = restored(article([P[0], P[1], closing, P[3], closing, P[4], P[5]]))
    assert b.paragraphs.count(closing) == 1 and len(b.paragraphs) == 6


def test_a_short_sentence_repeated_with_a_paragraph_keeps_one_copy() -> None:
    # each copy of the short sentence stands beside a dropped copy of the paragraph, and the
    # copy it would go with is itself beside another: one copy must stay
    closing = "镇长王红参加活动。"
    garbled = [P[0], P[1], P[3], closing, P[3], closing, P[3], P[3], P[3], closing, P[3], P[3]]
    a = restored(article(garbled))
    assert a.paragraphs == [P[0], P[1], P[3], closing]


def test_a_character_found_nowhere_in_the_other_copy_marks_the_original() -> None:
    # "我们愿继续" → "我们人继续": the word model reads 人 (a frequent word) as well as 愿,
    # but 人 stands elsewhere in the paragraph (年轻人) and 愿 nowhere in the corrupt copy,
    # so the corrupt copy can have been made from the original and not the other way round
    para = ("合作社把村里的闲置土地流转过来种上了茶树，我们愿继续带着乡亲们和年轻人一起干，"
            "让大家的日子越过越红火。茶叶今年的销路也不错，每斤卖到了两百多元。")
    corrupt = para.replace("我们愿继续", "我们人继续")
    body = [P[0], para, P[1], P[5]]
    a = restored(article([P[0], para, P[1], corrupt, P[5]]))
    assert a.paragraphs == body
    b = restored(article([P[0], corrupt, para, P[1], P[5]]))  # the corrupt copy first
    assert b.paragraphs == body


def test_parallel_lines_apart_by_a_character_each_lacks_stay() -> None:
    # each holds a character the other lacks: neither can have been made from the other
    lines = [P[0], "天津速度", P[1], "天津温度", P[5]]
    assert restored(article(lines)).paragraphs == lines

def test_spliced_sentence_is_removed() -> None:
    spliced = P[1][:P[1].index("。") + 1]
    garbled = P[:5] + [P[5] + spliced]
    a = restored(article(garbled))
    assert a.paragraphs == P
    assert any(e.step == "drop_spliced_sentences" for e in a.edits)


def test_a_spliced_sentence_ending_in_a_decimal_figure_is_removed() -> None:
    # the point of 17.7% is not a sentence end: the spliced sentence is found whole
    stat = "全镇农产品销售总额1.86亿元，同比增长17.7%。"
    src = P[3] + stat + P[5]
    body = [P[0], P[1], src, P[4]]
    a = restored(article([P[0], P[1] + stat, src, P[4]]))
    assert a.paragraphs == body
    assert any(e.step == "drop_spliced_sentences" for e in a.edits)


def test_a_quotation_spliced_from_where_its_speaker_goes_on_is_removed() -> None:
    # “……。”她说，“……。” stands in one paragraph; the first quotation alone was spliced
    quote = "“以前农闲时大家各忙各的，现在有了运动会，邻里之间走动多了。”"
    src = "赛后，西岭村村民李春华格外高兴。" + quote + "她说，“明年我们村还要报名参加拔河比赛。”"
    body = [P[0], P[1], src, P[5]]
    a = restored(article([P[0], P[1] + quote, src, P[5]]))
    assert a.paragraphs == body


def test_a_sentence_spliced_after_a_quotation_is_removed() -> None:
    # the segmenter keeps “……。”他说，…… together (an attribution after a quotation); a
    # sentence spliced there still begins after the quotation
    quoting = "发言人说，各方应当保持克制。“对话协商是解决问题的唯一出路。”"
    source = "他说，这项协议是多边外交的重要成果，应当得到全面有效执行。各方都表示欢迎。"
    garbled = [P[0], quoting + source[:source.index("。") + 1], source, P[2]]
    a = restored(article(garbled))
    assert a.paragraphs == [P[0], quoting, source, P[2]]
    assert any(e.step == "drop_spliced_sentences" for e in a.edits)


def test_a_spliced_sentence_is_found_when_its_paragraph_also_has_a_degraded_copy() -> None:
    # the last sentence of P[1] ends P[1], its copy with the lead clause dropped, and P[5],
    # where it was spliced: the two copies of P[1] are one use of it
    last = P[1][P[1].index("。") + 1:]
    degraded = P[1][P[1].index("，") + 1:]
    garbled = P[:5] + [P[5] + last, degraded]
    a = restored(article(garbled))
    assert a.paragraphs == P
    assert [e.step for e in a.edits if e.step.startswith("drop_")] == ["drop_spliced_sentences", "drop_near_duplicates"]


def test_a_sentence_in_three_different_paragraphs_stays() -> None:
    # a refrain: three paragraphs that are not copies of one another end with it
    refrain = "这是全镇村民共同的节日。"
    paras = [P[0] + refrain, P[3] + refrain, P[5] + refrain]
    assert restored(article(paras)).paragraphs == paras


def test_an_attribution_after_a_quotation_may_stand_twice() -> None:
    # “……。”负责人介绍。 ends one paragraph and stands inside another: an attribution, not
    # a spliced sentence
    one = "“后台将对申领人所填信息进行核对。”市数据资源局负责人介绍。"
    two = "“下一步还将实现网上预约等各类应用。”市数据资源局负责人介绍。截至目前，领取人数已经超过一千万。"
    paras = [P[0], one, two, P[2]]
    assert restored(article(paras)).paragraphs == paras


def test_a_spliced_sentence_that_also_stands_alone_is_removed() -> None:
    first = P[1][:P[1].index("。") + 1]  # the first sentence of P[1], also standing alone (a copy)
    garbled = P[:5] + [P[5] + first, first]
    a = restored(article(garbled))
    assert a.paragraphs == P


def test_a_sentence_ending_two_paragraphs_stays_with_the_one_repeated_whole() -> None:
    last = P[1][P[1].index("。") + 1:]  # the last sentence of P[1]
    garbled = P[:2] + P[2:5] + [P[5] + last, P[1]]  # spliced onto P[5]; P[1] stands twice whole
    a = restored(article(garbled))
    assert a.paragraphs == P
    why = [e.reason for e in a.edits if e.step == "drop_spliced_sentences"]
    assert why and "2 times whole" in why[0]
    # with no copy to tell them apart, no clear word overlap and as many sentences, both keep it
    both = P[:5] + [P[5] + last]
    assert restored(article(both)).paragraphs == both


def test_a_sentence_ending_two_paragraphs_stays_with_the_one_a_degraded_copy_repeats() -> None:
    # the paragraph it came from also stands as a copy with a character changed in that very
    # sentence: it held the sentence when it was copied, though it has more sentences
    last = "比赛结束后，大家在广场合影留念。"
    src = P[3] + last
    corrupt = src.replace("大家在广场", "大家在比场")
    body = [P[0], P[1], src, P[4], P[5]]
    a = restored(article([P[0], P[1], src, P[4], P[5] + last, corrupt]))
    assert a.paragraphs == body


def test_a_sentence_ending_two_paragraphs_stays_with_the_one_shorter_without_it() -> None:
    last = P[1][P[1].index("。") + 1:]  # the second and last sentence of P[1]
    garbled = P[:3] + [P[3] + last] + P[4:]  # spliced onto P[3], three sentences of its own
    a = restored(article(garbled))
    assert a.paragraphs == P
    (e,) = [e for e in a.edits if e.step == "drop_spliced_sentences"]
    assert e.before == last and "shorter without it (40 characters against 65)" in e.reason
    # as many sentences each: the one spliced onto is a whole paragraph, the other one less
    # the sentence (the words they share with it tell nothing here)
    src = "青山镇第三届农民趣味运动会今天开幕。比赛设拔河、运粮和背媳妇等十个项目。"
    dst = "开幕式上，镇党委书记王小明致辞，他希望村民们在比赛中赛出风格、赛出水平，共享丰收喜悦。"
    last = src[src.index("。") + 1:]
    body = [P[0], src, P[3], dst, P[5]]
    a = restored(article([P[0], src, P[3], dst + last, P[5]]))
    assert a.paragraphs == body
    (e,) = [e for e in a.edits if e.step == "drop_spliced_sentences"]
    assert e.before == last and "(18 characters against 43)" in e.reason


def test_a_piece_of_a_quotation_spliced_onto_a_paragraph_is_removed() -> None:
    # garble-like splices cut a quotation at its full stops: its last sentence with the
    # closing mark (……。”), or its opening with the speaker (……说：“……。), lands at the end of
    # another paragraph, where that quotation neither opens nor closes
    quote = "李春华说：“今年的比赛项目都是村民自己选的。通过这几天的比赛，邻里之间走动多了。”"
    for piece in ("通过这几天的比赛，邻里之间走动多了。”", "李春华说：“今年的比赛项目都是村民自己选的。"):
        body = [P[0], P[1], P[3] + quote, P[4], P[5]]
        a = restored(article([P[0], P[1] + piece, P[3] + quote, P[4], P[5]]))
        assert a.paragraphs == body, piece
        (e,) = [e for e in a.edits if e.step == "drop_spliced_sentences"]
        assert e.before == piece and "inside block" in e.reason


def test_a_quotation_over_two_paragraphs_stays_open() -> None:
    # a quotation running over paragraphs leaves the first open (no closing mark), as the
    # press prints it; nothing repeats it, nothing is cut
    body = [P[0], P[1] + "李春华说：“今年的比赛项目都是村民自己选的。", "“通过这几天的比赛，邻里之间走动多了。”", P[4]]
    a = restored(article(body))
    assert a.paragraphs == body


def test_a_sentence_ending_two_paragraphs_about_as_long_stays_in_both() -> None:
    # as many sentences and about as long without it: nothing tells where it was spliced
    last = "比赛设拔河、运粮和背媳妇等十个项目。"
    body = [P[0], "青山镇第三届农民趣味运动会今天开幕。" + last, P[3], "全镇三百多名村民报名参加了比赛。" + last, P[5]]
    a = restored(article(body))
    assert a.paragraphs == body
    assert not any(e.step == "drop_spliced_sentences" for e in a.edits)


def test_a_refrain_or_an_attribution_ending_two_paragraphs_stays() -> None:
    # the sentence ends two paragraphs, and stands a third time inside a longer sentence
    refrain = "参赛项目都由村民自己投票选出。"
    body = [P[0], P[1] + refrain, P[3] + refrain, "据了解，今年所有" + refrain[:-1] + "，并在村里公示。", P[5]]
    assert restored(article(body)).paragraphs == body
    # a long attribution the segmenter sets apart ends two quotations
    said = "青山县人民政府新闻办公室负责人说。"
    body = [P[0], "“明年的运动会还会增加新的比赛项目。”" + said, P[3],
            "村民们的热情很高。“下一步要把运动会办成全镇的品牌活动，筹备工作已经启动。”" + said, P[5]]
    assert restored(article(body)).paragraphs == body


def test_a_repeated_lead_is_the_lead_not_a_later_dateline() -> None:
    # the lead stands twice; a later paragraph opens like a dateline (a round-up's second
    # story): copies above that paragraph are not out of place for it
    lead = "新华社北京1月12日电 青山镇第三届农民趣味运动会今天开幕，三百多名村民参加了比赛。"
    second = "据青山日报消息：青山镇今年还将举办广场舞比赛和农民篮球赛，进一步丰富村民的业余文化生活。"
    paras = [lead, P[1], P[3], second, P[4]]
    garbled = [lead, P[1], P[3], second, lead, P[4], P[3]]
    a = restored(article(garbled))
    assert a.paragraphs == paras


def test_legitimate_repetition_stays() -> None:
    refrain = "会议还研究了其他事项。"
    paras = [P[0] + refrain, P[1] + refrain, P[3] + refrain]  # a refrain, three times
    a = restored(article(paras))
    assert a.paragraphs == paras
    # a short stock line closing each of two reports (the second opens with its dateline)
    stock = [P[0], "会议还研究了其他事项。", "本报青山1月13日电 " + P[3], "会议还研究了其他事项。"]
    assert restored(article(stock)).paragraphs == stock
    # a refrain that is no statement ("同志们、朋友们！" in a speech) may stand anywhere
    speech = [P[0], "同志们、朋友们！", P[1], P[3], "同志们、朋友们！", P[4]]
    assert restored(article(speech)).paragraphs == speech


@pytest.mark.parametrize("middle", ["▲村民参加拔河比赛", "（本报记者 王小明 摄）", "本报记者 王小明", "责任编辑：陈晓"])
def test_split_paragraph_is_joined_and_the_middle_goes_to_metadata(middle: str) -> None:
    head, tail = P[3][:40], P[3][40:]
    a = restored(article(P[:3] + [head, middle, tail] + P[4:]))
    assert a.paragraphs == P
    assert middle in a.captions + a.bylines
    assert any(e.step == "join_split_paragraphs" for e in a.edits)


def test_split_paragraph_is_joined_across_several_credits() -> None:
    # a photo's credit, its caption, a second caption and a byline between the halves
    middle = ["本报记者 王小明 摄", "（资料图片）", "▲村民参加拔河比赛", "责任编辑：陈晓"]
    head, tail = P[3][:40], P[3][40:]
    a = restored(article(P[:3] + [head, *middle, tail] + P[4:]))
    assert a.paragraphs == P
    assert sorted(a.captions + a.bylines) == sorted(middle)


def test_a_paragraph_opening_with_a_dash_is_joined_when_cut() -> None:
    # a dash line with a full stop inside is a paragraph, not an attribution line
    para = "——破解“没钱发”难题，提出专用账户制度。解决农民工工资拖欠问题，钱从哪里来是关键。"
    head, tail = para[:36], para[36:]
    assert not is_heading(head) and is_heading("——记青山镇第三届农民趣味运动会")
    a = restored(article([P[0], head, "（本报记者 王小明 摄）", tail, P[3]]))
    assert a.paragraphs == [P[0], para, P[3]]


def test_a_bulleted_summary_line_is_not_joined() -> None:
    summary = "■一家三口每月的食盐总量不能超过1斤，食盐的摄入以不超过半斤为宜"
    a = restored(article([P[0], summary, "（本报记者 王小明 摄）", P[3]]))
    assert a.paragraphs == [P[0], summary, P[3]]


def test_a_paragraph_cut_at_the_dash_of_a_range_is_joined() -> None:
    # "…今年1—" / "8月，…": the dash of a range after a figure introduces nothing
    para = "交通运输部最新数据显示，今年1—8月，全镇新改建农村公路120公里，完成投资1.2亿元。"
    cut = para.index("—") + 1
    a = restored(article([P[0], para[:cut], "▲青山镇新修的农村公路（本报记者 王小明 摄）", para[cut:], P[3]]))
    assert a.paragraphs == [P[0], para, P[3]]


def test_a_paragraph_ending_in_a_dash_is_not_joined_across_a_heading() -> None:
    # "…挠头事来了——" introduces the section that follows its heading
    lead_in = "第一书记不好当，样样都得会使，时不时会遇到挠头事。这不，挠头事来了——"
    paras = [P[0], lead_in, "一眼井", P[3], P[5]]
    a = restored(article(paras))
    assert a.paragraphs == paras
    assert not any(e.step in ("join_split_paragraphs", "flag_truncation") for e in a.edits)


def test_displaced_heading_goes_back_before_its_paragraph() -> None:
    head, tail = P[3][:25], P[3][25:]
    # the section heading landed inside the first paragraph of its section
    a = restored(article(P[:2] + [head, P[2], tail] + P[4:]))
    assert a.paragraphs == P


@pytest.mark.parametrize("word", ["队员", "地面", "围观", "鼓掌"])
def test_a_lone_heading_inside_the_paragraph_it_names_goes_back_before_it(word: str) -> None:
    # the article's only sub-heading, cut into its paragraph inside a word (where the halves
    # read as one): it names what the paragraph says, so it is the paragraph's heading, not a
    # caption that landed there
    heading = "东岭村和西岭村队员拔河比赛"
    cut = P[3].index(word) + 1
    a = restored(article([P[0], P[1], P[3][:cut], heading, P[3][cut:], P[4], P[5]]))
    assert a.paragraphs == [P[0], P[1], heading, P[3], P[4], P[5]]
    assert a.captions == []


def test_two_headlines_side_by_side_are_not_joined_across_a_caption() -> None:
    # a round-up's item heading (two headlines split by a gap), a photo's credit, its story
    heading = "青山镇第三届农民趣味运动会在文化广场开幕 全镇十二个村三百多名村民报名参赛"  # (longer than a heading)
    body = [P[0], P[1], heading, P[3], P[4]]
    a = restored(article([P[0], P[1], heading, "本报记者 王小明 摄", P[3], P[4]]))
    assert a.paragraphs == body
    assert a.captions == ["本报记者 王小明 摄"]


def test_truncation_is_flagged_not_joined() -> None:
    cut_end = P[1][:50]
    cut_start = P[3][20:]
    a = restored(article([P[0], cut_end, cut_start, P[4], P[5]]))
    assert a.paragraphs == [P[0], cut_end, cut_start, P[4], P[5]]
    assert {"kind": "truncated_end", "paragraph": 1} in a.flags
    assert {"kind": "truncated_start", "paragraph": 2} in a.flags


def test_a_lead_cut_short_is_flagged_though_it_is_short_and_unpunctuated() -> None:
    lead = "青山镇消息：1月12日上午，第三届农民趣味运动会在青山镇文化广场"
    cut_start = P[1][20:]
    a = restored(article([lead, cut_start] + P[3:]))
    assert a.paragraphs[:2] == [lead, cut_start]
    assert {"kind": "truncated_end", "paragraph": 0} in a.flags
    assert {"kind": "truncated_start", "paragraph": 1} in a.flags


def test_a_short_line_cut_inside_a_figure_or_before_a_decimal_point_is_flagged() -> None:
    # as short as a heading, but the next block opens inside the figure it ends in; and a
    # block opening with a decimal point began inside a figure, whatever came before it
    for cut_end, cut_start in (("全镇十二个村报名参赛的村民一共有3", "00多人，年龄最大的已经七十岁。"),
                               ("今年全镇农民的人均纯收入增长了1", ".5个百分点，达到两万三千元。"),
                               ("运动会期间全镇接待游客人数增长的", ".5万人次，比去年同期增长一成。")):
        a = restored(article([P[0], cut_end, cut_start, P[4]]))
        assert a.paragraphs == [P[0], cut_end, cut_start, P[4]], cut_end
        assert {"kind": "truncated_end", "paragraph": 1} in a.flags, cut_end
        assert {"kind": "truncated_start", "paragraph": 2} in a.flags, cut_end
    # a heading ending in a figure over a paragraph that does not go on with it stays unflagged
    a = restored(article([P[0], "第三届运动会比赛项目之2", P[3], P[4]]))
    assert not a.flags


@pytest.mark.parametrize(
    "heading, following",
    [
        ("安理会就局势举行紧急会议 各方敦促坚持对话协商的正确方向", P[0]),  # ends in 方向, not a dangling 向
        ("镇里的运动会办得怎么样？村民们说了这样一段话——", P[4]),  # introduces what follows
        ("全镇十二个村的村民报名参加了比赛", "本报青山1月12日电 " + P[0]),  # the next block is a lead
    ],
)
def test_unpunctuated_line_before_a_fresh_start_is_not_truncation(heading: str, following: str) -> None:
    a = restored(article([P[1], heading, following]))
    assert a.flags == []


def test_a_paragraph_ending_in_link_labels_is_complete() -> None:
    teaser = P[0][:-1] + "…… ［详细］［图集］"
    a = restored(article([teaser, "据了解" + P[1]]))
    assert a.flags == []


def test_reported_speech_cut_short_is_flagged() -> None:
    cut_end = "镇文化站站长介绍，项目都是村民自己投票"
    cut_start = P[3][25:]
    a = restored(article([P[0], cut_end, cut_start, P[4]]))
    assert {"kind": "truncated_end", "paragraph": 1} in a.flags


@pytest.mark.parametrize("cut_end", [
    "赛后，东岭村的队员们围在一起合影留念，大家都很高",
    "赛后，队员们围在一起合影留念，大家都很高",  # (three clauses, the longest of 11 characters)
])
def test_a_short_line_with_commas_cut_inside_a_word_is_flagged(cut_end: str) -> None:
    # a clause of prose (14 characters or more; 8 among three clauses) ending in the middle
    # of a word ("高" of 高兴)
    cut_start = P[3][25:]
    a = restored(article([P[0], cut_end, cut_start, P[4]]))
    assert {"kind": "truncated_end", "paragraph": 1} in a.flags
    assert {"kind": "truncated_start", "paragraph": 2} in a.flags


@pytest.mark.parametrize(
    "cut_end, cut_start",
    [
        # a short line with commas, cut inside a word the next fragment finishes (总额)
        ("运动会的奖品丰厚，今年的奖金总", "额比去年翻了一番，村民们参赛热情高涨。"),
        # a figure cut in two
        ("据统计，全镇报名参加比赛的村民有3", "00多人，比去年多了一倍。"),
        # a particle that never opens a sentence
        ("镇里邀请县里的体育老师，为村民开", "了讲座，讲解运动中如何防止受伤。"),
    ],
)
def test_a_short_line_cut_where_the_next_fragment_goes_on_is_flagged(cut_end: str, cut_start: str) -> None:
    a = restored(article([P[0], cut_end, cut_start, P[4]]))
    assert a.paragraphs == [P[0], cut_end, cut_start, P[4]]
    assert {"kind": "truncated_end", "paragraph": 1} in a.flags
    assert {"kind": "truncated_start", "paragraph": 2} in a.flags


def test_a_paragraph_opening_with_a_year_and_a_comma_is_no_fragment() -> None:
    # a summary ending without a full stop, then a paragraph that opens a sentence of its
    # own with a year: nothing was cut between them
    summary = "青山镇连续五年举办农民运动会。运动会已成为全镇村民共同的节日和展示乡村新风貌的重要平台"
    opening = "2018年，镇里把运动会的项目交给村民投票决定，参加的人一年比一年多。"
    a = restored(article([summary, opening] + P[3:]))
    assert a.paragraphs == [summary, opening] + P[3:]
    assert a.flags == []


def test_paragraphs_without_full_stops_in_a_row_are_the_articles_style() -> None:
    # points printed without full stops: several paragraphs end unpunctuated, each before
    # another; not so many cuts
    points = ["镇里坚持把农民运动会办成群众自己的节日，项目由村民投票选出，裁判由村民轮流担任，奖品由村里的合作社赞助",
              "各村组织队伍积极参赛，老人、妇女和返乡青年都有项目可报，赛场上人人都是主角，没有一个看客",
              "运动会期间同步举办农产品展销，让村民在家门口卖出了年货，增加了收入，也带旺了小镇的人气"]
    a = restored(article([P[0]] + points + [P[5]]))
    assert a.flags == []


def test_clauses_of_a_treaty_ending_in_commas_are_not_truncation() -> None:
    # a preamble's clauses, each a paragraph ending in a comma: the text's style
    clauses = ["青山镇人民政府和东岭村、西岭村村民委员会，本着平等互利、共同发展的原则，",
               "认识到举办农民运动会对于丰富村民文化生活、增进邻里感情的重要意义，",
               "希望通过合作进一步办好每年一届的农民趣味运动会，"]
    a = restored(article([P[0]] + clauses + ["经友好协商，达成协议如下。"] + P[4:]))
    assert a.flags == []


def test_a_short_line_between_the_halves_of_a_cut_paragraph_is_what_interrupted_it() -> None:
    # whatever its words: the halves read as one (…广场上锣鼓 / 喧天，…: 锣鼓喧天), the first
    # half run on into the short line does not
    first, second = P[0][:18], P[0][18:]
    interruption = "广场上空飘着各色风筝"
    a = restored(article([first, interruption, second] + P[1:2] + P[3:]))
    assert a.paragraphs == [P[0]] + P[1:2] + P[3:]
    assert a.captions == [interruption]
    assert any("halves" in (e.reason or "") for e in a.edits if e.step == "extract_metadata")


def test_sub_headings_with_commas_in_a_series_are_not_truncation() -> None:
    # each ends in a word the model splits ("…之心"), but they come in a series
    heads = ["农闲时节，村民们保持着对运动的笃定之心", "邻里之间，赛场上的欢笑让感情越来越近"]
    body = [P[0], heads[0], P[3], heads[1], P[4]]
    a = restored(article(body))
    assert a.paragraphs == body and a.flags == []


@pytest.mark.parametrize(
    "cut_end, cut_start",
    [
        # a quotation left open: a heading closes what it opens
        ("在青山镇，随着“农民运动会、文化广场", "活动越办越多。今年的运动会共有三百多人参加。"),
        # the next block closes a title it never opened
        ("开放方面，推动各项举措落地见效，用好农村合作", "社章程》和《村规民约》，把运动会越办越好。"),
        # a figure left without its unit (not a year: "迈向2035" may end a heading)
        ("合作社越办越好，全镇去年营业收入13", "亿元，比上年增长一成。运动会的奖品也由合作社提供。"),
        # a quotation cut: it opens the line and is never closed
        ("“我们村的运动会，一年比一年办得", "红火，大家都盼着过年。”村民李春华说。"),
    ],
)
def test_a_short_line_with_commas_cut_where_the_text_shows_it_is_truncation(cut_end: str, cut_start: str) -> None:
    a = restored(article([P[0], cut_end, cut_start, P[4], P[5]]))
    assert a.paragraphs == [P[0], cut_end, cut_start, P[4], P[5]]
    assert {"kind": "truncated_end", "paragraph": 1} in a.flags
    assert {"kind": "truncated_start", "paragraph": 2} in a.flags


def test_a_lead_cut_as_short_as_a_heading_is_flagged() -> None:
    # no punctuation, under 30 characters: a heading's shape, but it opens with a dateline
    cut_end = "本报青山1月12日电 青山镇第三届农民趣味运动会"
    cut_start = "村民报名参加了比赛。镇文化站站长介绍，项目都是村民自己投票选出来的。"
    lines = [cut_end, cut_start, P[3], P[4]]
    a = restored(article(lines))
    assert a.paragraphs == lines
    assert {"kind": "truncated_end", "paragraph": 0} in a.flags


def test_a_fragment_opening_with_a_quoted_term_after_cut_prose_is_flagged() -> None:
    # a paragraph with a full stop inside, ending mid-sentence, then a fragment that opens with
    # a quoted term running on in its sentence: not a paragraph opening with a quotation
    cut_end = "镇里今年还新建了一座文化广场。据介绍，广场建成后将成为全镇举办"
    cut_start = "“农民运动会”等群众文体活动的主要场地，预计今年年底投入使用。"
    lines = [P[0], P[1], cut_end, cut_start, P[4]]
    a = restored(article(lines))
    assert a.paragraphs == lines
    assert {"kind": "truncated_end", "paragraph": 2} in a.flags
    # after a heading (no full stop), a paragraph may open with a quoted term: not flagged
    b = restored(article([P[0], P[1], "运动会越办越红火", cut_start, P[4]]))
    assert b.flags == []


def test_the_one_line_with_a_comma_of_an_article_without_headings_cut_is_flagged() -> None:
    # no headings anywhere, and this the only line like one: a paragraph cut after a clause
    cut_end = "春节是中国人最重要的节日，也是继承和弘扬中华优秀传统"
    cut_start = "文化的重要载体，各地的庙会、灯会和民俗活动都吸引了大批游客。"
    lines = [P[0], P[1], cut_end, cut_start, P[4], P[5]]
    a = restored(article(lines))
    assert a.paragraphs == lines
    assert {"kind": "truncated_end", "paragraph": 2} in a.flags
    assert {"kind": "truncated_start", "paragraph": 3} in a.flags
    # with a heading elsewhere in the article it may be a heading itself: not flagged
    b = restored(article([P[0], P[1], P[2], P[3], cut_end, cut_start]))
    assert b.flags == []


@pytest.mark.parametrize("heading", ["青山镇：农闲时节办赛事，邻里之间情更浓", "运动会越办越好，村民越来越近",
                                     "青山镇办起“农民运动会”，邻里之间情更浓", "奋进新时代，迈向2035",
                                     "“十四五”开局之年，青山镇办起运动会",  # (a quoted term, then more)
                                     "立足新起点，抓住新机遇，实现新跨越"])  # (three short clauses)
def test_a_heading_with_a_comma_is_not_truncation(heading: str) -> None:
    a = restored(article(P[:2] + [heading] + P[3:]))
    assert a.paragraphs == P[:2] + [heading] + P[3:]
    assert a.flags == []


#: Lines of a body and the class each must get (`classify_line`).
CLASSIFIED_LINES = [
    ("▲村民参加拔河比赛", "caption"),
    ("▶运动会开幕式现场", "caption"),
    ("➤ 村民参加拔河比赛", "caption"),
    ("➔运动会开幕式现场", "caption"),
    ("◎村民参加拔河比赛", "caption"),
    ("◎本报记者 王小明", "byline"),
    ("☆村民参加拔河比赛", "caption"),
    ("◇运动会开幕式现场", "caption"),
    ("【航拍】青山镇农民运动会", "caption"),
    ("执笔：王小明", "byline"),
    ("口述：王小明　整理：李春华", "byline"),
    ("（执笔：王小明）", "body"),  # closes an essay as a paragraph in the papers
    ("◉村民参加拔河比赛", "caption"),  # any symbol but the summary bullets ■ ● ◆
    ("📍青山镇农民运动会开幕式", "caption"),
    ("★重点工作", "body"),  # a label after a bullet
    ("技术：王小明", "byline"),  # any short label before a name
    ("导演：王小明　摄像：李春华", "byline"),
    ("作品名称：留住童真", "body"),  # a label before a word that is not a name
    ("投稿：青山日报", "byline"),
    ("村民参加拔河比赛（资料图 青山日报）", "caption"),
    ("（青山电视台截屏）", "caption"),
    ("（第一图）村民参加拔河比赛", "caption"),
    ("画面：村民参加拔河比赛", "caption"),
    ("1月12日，村民参加拔河比赛。青山电视台画面", "caption"),
    ("2024-01-12，村民参加拔河比赛。王小明 摄", "caption"),
    ("□王小明", "byline"),
    ("本文作者 王小明", "byline"),
    ("追梦人：王小明", "body"),  # a column's subject, not a credit
    ("儿：王小明", "body"),  # a speaker in a script
    ("（本报讯）", "byline"),
    ("（H5截图）村民参加拔河比赛", "caption"),
    ("村民参加拔河比赛 @青山日报", "caption"),
    ("王小明（青山日报驻京记者）", "byline"),
    ("【特稿】青山日报记者 王小明", "byline"),
    ("青山日报总编辑 王小明", "byline"),
    ("村民参加拔河比赛的场景", "caption"),
    ("青山镇农民运动会开幕式盛况", "caption"),
    ("鸟瞰青山镇", "caption"),
    ("夜间经济孕育新场景", "body"),  # a heading: 新场景, not a photo's 的场景
    ("（王小明/文）", "byline"),
    ("王小明　李春华　文", "byline"),
    ("本文来源于青山日报", "byline"),
    ("王小明（青山日报）", "byline"),
    ("游客在青山镇文化广场上放风筝", "caption"),  # who is in the picture, and what they do
    ("一名工作人员在运动会现场忙碌", "caption"),
    ("志愿者在行动", "body"),  # a heading
    ("群众在线发声，服务中心回应", "body"),
    ("村民参加拔河比赛（1/5）", "caption"),  # a photo gallery's counter
    ("【2/6】村民参加拔河比赛", "caption"),
    ("村民参加拔河比赛 Photo: 青山日报", "caption"),
    ("王小明摄影作品《拔河》", "caption"),
    ("村民参加拔河比赛——本报记者 王小明", "caption"),
    ("[青山日报] 王小明", "byline"),
    ("青山日报出品 | 监制：王小明", "byline"),
    ("王小明　青山日报记者", "byline"),
    ("村民参加拔河比赛　｜　王小明", "byline"),
    # what stands where a picture or a video is goes with the captions; the page's other
    # interface, printed around the article, with the bylines
    ("保存图片", "caption"),
    ("视频加载中，请稍候...", "caption"),
    ("您的浏览器不支持video标签", "caption"),
    ("图片加载失败，请重试", "caption"),
    ("继续滑动看下一个", "byline"),
    ("返回青山日报，查看更多", "byline"),
    ("文章已于2024-01-12修改", "byline"),
    ("“知道了。”他点点头。", "body"),
    # a traditional-script page's credits, read as in simplified script
    ("記者 王小明", "byline"),
    ("責任編輯：陳曉", "byline"),
    ("王小明／攝", "caption"),
    ("圖：村民參加拔河比賽", "caption"),
    ("（資料圖片）", "caption"),
    ("村民参加拔河比赛（青山日报　王小文／摄）", "byline"),  # 文／摄 of a name ending in 文: metadata still
    ("（王小明 摄影报道）", "caption"),
    ("王小明/摄　村民参加拔河比赛", "caption"),
    ("王小明摄于运动会开幕式现场", "caption"),
    ("这张照片摄于1985年，那年他刚满十岁。", "body"),
    ("新闻热线：0771-1234567", "byline"),
    ("本文为青山日报原创内容", "byline"),
    ("（青山日报）王小明", "byline"),
    ("咨询电话：0771-7654321", "body"),  # a service line of the article, kept
    ("图为村民在比赛中。", "caption"),
    ("图①②③：比赛现场", "caption"),
    ("会议现场", "caption"),
    ("（王小明 摄）", "caption"),
    ("本报记者 王小明 摄", "caption"),
    ("（资料图片）", "caption"),
    ("图片来源：青山日报", "caption"),
    ("本报记者张小红 通讯员李大山 文/摄", "byline"),
    ("（记者 王小明）", "byline"),
    ("如有侵权请联系删除", "byline"),
    ("本文转载自青山日报，版权归原作者所有", "byline"),
    ("未经授权，不得转载", "byline"),
    ("青山日报记者 王小明", "byline"),
    ("责任编辑：陈晓", "byline"),
    ("来源：青山日报", "byline"),
    ("编辑：陈晓 审核：刘强", "byline"),
    ("文/王小明", "byline"),
    ("（通讯员 李大山）", "byline"),
    # shapes beyond the first templates, by the same cues (credit words, labels, brackets)
    ("（图片由青山日报提供）", "caption"),
    ("供图：青山镇政府", "caption"),
    ("上图：拔河比赛现场", "caption"),
    ("资料图：青山镇文化广场", "caption"),
    ("图／王小明", "caption"),
    ("责编：陈晓", "byline"),
    ("本文来源：青山日报", "byline"),
    ("来源 | 青山日报", "byline"),
    ("策划：刘强 统筹：陈晓", "byline"),
    ("校对 王小明", "byline"),
    ("（编辑 陈晓）", "byline"),
    ("视频截图：拔河比赛现场", "caption"),
    ("配图：青山镇文化广场", "caption"),
    ("【图】拔河比赛现场", "caption"),
    ("东岭村队员在比赛中。图片来自网络", "caption"),
    ("王小明摄（新华社发）", "caption"),
    ("值班编辑：陈晓", "byline"),
    ("编审：刘强", "byline"),
    ("文｜王小明", "byline"),
    ("图表：全镇文化活动参与人数", "caption"),
    ("（视频来源：青山日报）", "caption"),
    ("拔河比赛现场 图/青山日报", "caption"),
    ("（文/王小明）", "byline"),
    ("作者 王小明", "byline"),
    ("记者今天从镇政府获悉，运动会将于下月举行", "body"),  # reports news, not a byline
    ("■图片说明：拔河比赛现场", "caption"),
    ("下图为拔河比赛现场", "caption"),
    ("[图]拔河比赛现场", "caption"),
    ("东岭村队员在比赛中（图源：青山日报）", "caption"),
    ("■记者 王小明", "byline"),
    ("青山日报融媒体记者 王小明", "byline"),
    ("编辑 陈晓 审校 刘强", "byline"),
    ("原标题：青山镇办起农民运动会", "byline"),
    ("——青山日报记者 王小明", "byline"),
    ("【现场图】拔河比赛", "caption"),
    ("航拍：青山镇文化广场", "caption"),
    ("本版图片均由青山日报提供", "caption"),
    ("署名：王小明", "byline"),
    ("本文作者：王小明", "byline"),
    ("来自：青山日报", "byline"),
    ("（青山日报）", "byline"),
    ("此图为拔河比赛现场", "caption"),
    ("（图为拔河比赛现场）", "caption"),
    ("拔河比赛现场【图片】", "caption"),
    ("报道：王小明", "byline"),
    ("作者简介：王小明，青山日报记者", "byline"),
    ("（作者单位：青山镇文化站）", "body"),  # an author's note, printed with the body
    ("点击图片进入下一页", "caption"),
    ("村民在拔河比赛中（CFP）", "caption"),
    ("王小明　摄　拔河比赛", "caption"),
    ("王小明/文", "byline"),
    ("稿件审核：刘强", "byline"),
    ("（完）", "byline"),
    ("更多精彩内容，请关注青山日报", "byline"),
    ("（网络图片）", "caption"),
    ("摄影记者 王小明", "caption"),
    ("王小明（右）在拔河比赛现场", "caption"),
    ("青山日报记者：王小明", "byline"),
    ("转载请注明出处", "byline"),
    ("本文转自青山日报", "byline"),
    ("版权声明：本文为青山日报原创", "byline"),
    ("第三届中国国际版权博览会开幕", "body"),  # 版权 in a heading is not a notice
    ("国内联播快讯", "body"),
    # a chart's kind; a data source in brackets after a caption's words; a picture by its
    # place (not a serial's part, …（上）); the picture's source in 【】 after the caption;
    # a dateline with its date; an outlet's channel
    ("K线图", "caption"),
    ("青山镇游客人数走势图", "caption"),
    ("青山镇游客人数（数据来源：青山日报）", "caption"),
    ("（上） 青山镇运动会开幕", "caption"),
    ("青山镇的故事（上）", "body"),
    ("青山镇运动会开幕【青山日报】", "caption"),
    ("青山日报2024-01-12讯", "byline"),
    ("青山日报财经频道", "byline"),
    # a post's calls to its reader and its end matter; compiled reports (not a wire's
    # dateline, （据新华社电）, which the papers print as a paragraph)
    ("点个在看你最好看", "byline"),
    ("觉得不错，请点赞、在看、转发", "byline"),
    ("往期推荐", "byline"),
    ("长按识别二维码关注青山日报", "byline"),
    ("（综合外电）", "byline"),
    ("（据新华社电）", "body"),
    ("我们为一线的科技工作者点赞，向他们致敬！", "body"),
    # agencies' credits: in English with a Chinese name, in brackets or after the sentence;
    # a dateline before 图为; 图｜ and the source after a gap
    ("（AP Photo/王小明）", "caption"),
    ("青山镇运动会开幕（EPA）", "caption"),
    ("青山镇运动会开幕。美联社照片", "caption"),
    ("【青山网讯】图为青山镇运动会开幕现场", "caption"),
    ("青山镇运动会开幕 图｜青山日报", "caption"),
    # a magazine's credits: where it was first printed (not a speech's source), a reprint's
    # permission, its page; an illustrator after the caption
    ("（摘自《青山》2024年第1期）", "byline"),
    ("（摘自10月21日在青山论坛上的致辞）", "body"),
    ("（本文选自青山日报，作者授权发布）", "byline"),
    ("版次：A05　版名：要闻", "byline"),
    ("青山镇的冬天（插画：王小明）", "caption"),
    # pictures by number or by corner; who stands where; text and photos by one hand in
    # brackets (a credit); but a day's plan by its parts is prose
    ("组图①：青山镇运动会开幕", "caption"),
    ("图（1）青山镇运动会开幕", "caption"),
    ("左上：青山镇运动会开幕　右下：村民参加拔河比赛", "caption"),
    ("上午：开会，讨论方案；下午：调研", "body"),
    ("从左至右：王小明、李春华、张大山", "caption"),
    ("从左至右依次排开的是各类展品，吸引了众多游客驻足观看。", "body"),
    ("青山镇运动会开幕。（文图／王小明）", "byline"),
    ("青山镇运动会开幕（图文/王小明）", "caption"),
    # end marks and an exclusive's label; a picture's footage by its source; a stop after a
    # bracketed credit (not after a reference to a figure)
    ("全文完", "byline"),
    ("青山日报独家", "byline"),
    ("特稿｜青山日报", "byline"),
    ("画面来自青山电视台", "caption"),
    ("青山镇运动会开幕（视频截图）。", "caption"),
    ("详见附图（见图）。", "body"),
    # health and science pages: reviewers, sponsorship, a note for reference only; a
    # diagram and its source, a picture for reference only
    ("审核专家：王小明（青山医院主任医师）", "byline"),
    ("本文为科普青山·创作培育计划扶持作品", "byline"),
    ("（本文仅供参考，不作为诊疗依据）", "byline"),
    ("示意图，来源：青山日报", "caption"),
    ("青山镇运动会开幕（图片仅供参考）", "caption"),
    # a still or a poster; a poster's designer; several roles after the caption
    ("电影《青山》剧照", "caption"),
    ("《青山》海报", "caption"),
    ("（海报设计：王小明）", "caption"),
    ("青山镇运动会开幕（摄影/王小明 编辑/李春华）", "caption"),
    # two outlets, one syndicating the other; an agency after a caption's sentence (not
    # the sentence that cites it)
    ("（青山日报-青山网）", "byline"),
    ("青山镇运动会开幕。IC photo", "caption"),
    ("青山镇运动会开幕。（新华社）", "caption"),
    ("据新华社报道，青山镇运动会开幕。", "body"),
    # a bracketed caption of a sentence and the picture's source after 图
    ("（2024-12-06，青山镇运动会开幕。图/青山日报）", "caption"),
    ("组照：青山镇文化广场", "caption"),
    ("照片说明：拔河比赛现场", "caption"),
    ("无人机拍摄的青山镇文化广场", "caption"),
    ("作者丨王小明", "byline"),
    ("编辑丨陈晓　责编丨刘强", "byline"),
    ("执行主编：陈晓", "byline"),
    ("主笔：王小明", "byline"),
    ("（上图）拔河比赛现场", "caption"),
    ("拔河比赛现场（来源：网络）", "caption"),
    ("拔河比赛现场  图：王小明", "caption"),
    ("审稿：刘强", "byline"),
    ("本报评论部", "byline"),
    ("栏目投稿邮箱：qingshan@example.com", "body"),  # printed with the body by the papers
    ("（摄影 王小明）", "caption"),
    ("拔河比赛现场（摄影 王小明）", "caption"),
    ("截图自青山日报微博", "caption"),
    ("视频截自青山日报客户端", "caption"),
    ("截至目前，青山镇已有三百多名村民报名。", "body"),  # 截至, not 截自
    ("（王小明 整理）", "byline"),
    ("（王小明采访整理）", "byline"),
    ("（王小明参与采写）", "body"),  # printed as a paragraph of the article
    ("文 王小明", "byline"),
    ("文　王小明　摄影　李春华", "byline"),
    ("出品人：王小明", "byline"),
    ("制片人：王小明", "byline"),
    ("联系电话：010-65361234", "body"),  # contact lines stay with the body, like the e-mail one
    ("点击“阅读原文”查看更多", "byline"),
    ("本文图片均来自青山日报", "caption"),
    ("青山日报融媒体中心出品", "byline"),
    ("他说，这是青山日报融媒体中心出品的节目。", "body"),
    ("值班主任：王小明", "byline"),
    ("本期编辑 王小明", "byline"),
    ("漫画：王小明", "caption"),
    ("（王小明 航拍）", "caption"),
    ("村民参加拔河比赛　　人民视觉", "caption"),
    ("我们要打造视觉中国", "body"),  # no gap before the agency's name: prose
    ("一审：王小明　二审：李春华　三审：张伟", "byline"),
    ("文案：王小明　设计：李春华", "byline"),
    ("视觉｜王小明", "byline"),
    ("技术支持：青山日报", "byline"),
    ("Photo by 王小明", "caption"),
    ("Photo: 青山日报", "caption"),
    ("[青山日报记者 王小明 摄]", "caption"),
    ("By 王小明", "byline"),
    ("Editor: 王小明", "byline"),
    ("By 2025, China will", "body"),
    ("Reporters Without Borders", "body"),
    ("（编辑 王小明 校对 李春华）", "byline"),
    ("审核人：王小明", "byline"),
    ("本报讯（通讯员 王小明）", "byline"),
    ("▲要规范停车，不占用或堵塞消防车通道；", "body"),  # an item of a list
    ("（青山日报供稿）", "byline"),
    ("村民参加拔河比赛【摄影：王小明】", "caption"),
    ("总台记者 王小明 李春华", "byline"),
    ("（总台央视记者 王小明）", "byline"),
    ("【央视新闻】", "byline"),
    ("他是总台记者。", "body"),
    ("（资料照片）青山镇文化广场", "caption"),
    ("拔河比赛现场（图片源自青山日报）", "caption"),
    ("海报设计：陈晓", "caption"),
    ("本版摄影：王小明", "caption"),
    ("采写：王小明", "byline"),
    ("青山日报观察员 王小明", "byline"),
    ("（青山日报·青山日报客户端记者 王小明）", "byline"),
    ("【记者】王小明", "byline"),
    ("（青山日报·王小明）", "byline"),
    ("青山日报 供稿", "byline"),
    ("采访：王小明　撰稿：陈晓", "byline"),
    ("【图片说明】拔河比赛现场", "caption"),
    ("东岭村队员在拔河比赛现场图", "caption"),
    ("王小明/图", "caption"),
    ("◎ 本报记者 王小明", "byline"),
    ("青山日报报道组", "byline"),
    ("（王小明 绘）", "caption"),
    ("王小明（本报记者）", "byline"),
    ("本文由青山日报授权发布", "byline"),
    ("（青山日报编辑部）", "byline"),
    ("统稿：陈晓", "byline"),
    ("王小明／青山日报", "caption"),
    ("（青山日报供图）拔河比赛现场", "caption"),
    ("【现场】村民参加拔河比赛", "caption"),
    ("王小明手绘", "caption"),
    ("↑村民参加拔河比赛。", "caption"),
    ("↓拔河比赛现场", "caption"),
    ("📷 王小明", "caption"),
    ("村民参加拔河比赛　视觉中国 图", "caption"),
    ("融媒记者：王小明", "byline"),
    ("青山日报融媒记者 王小明", "byline"),
    ("采访人员 王小明", "byline"),
    ("总策划：王小明　总监制：李春华", "byline"),
    ("作者单位：青山日报", "byline"),
    ("（作者单位：青山大学）", "body"),  # an author's note, printed as the essay's last paragraph
    ("特别鸣谢：青山日报", "byline"),
    ("主持人：王小明", "byline"),
    ("主持人：请问您如何看待这一变化？", "body"),
    ("王小明｜文", "byline"),
    ("王小明　摄于2024-01-12", "caption"),
    ("图　王小明", "caption"),
    ("（航拍图）青山镇文化广场", "caption"),
    ("青山日报　王小明　报道", "byline"),
    ("村民参加拔河比赛。　　青山新闻发", "caption"),
    ("王小明摄（人民视觉）", "caption"),
    ("（王小明 摄影）", "caption"),
    ("版式：王小明", "caption"),
    ("版面设计：王小明", "caption"),
    ("制表：王小明", "caption"),
    ("（点击图片可放大）", "caption"),
    ("【青山日报】记者王小明报道", "byline"),
    ("■ 记者 王小明 文/图", "byline"),
    ("■记者手记", "body"),  # a column's label
    ("本期统筹：王小明", "byline"),
    ("— END —", "byline"),
    ("-END-", "byline"),
    ("本文系青山日报原创", "byline"),
    ("青山日报原创稿件", "byline"),
    ("▽拔河比赛现场", "caption"),
    ("👆拔河比赛现场", "caption"),
    ("青山日报 图", "caption"),
    ("拔河比赛现场 摄影 王小明", "caption"),
    ("视觉中国", "caption"),
    ("【摄影】王小明", "caption"),
    ("资料来源：青山统计局", "caption"),
    ("后期：王小明", "byline"),
    ("文：王小明", "byline"),
    ("来源 青山日报", "byline"),
    ("转自：青山日报", "byline"),
    ("（青山日报记者）", "byline"),
    ("（作者为本报记者）", "body"),  # an author's note, printed as the essay's last paragraph
    ("（本报综合）", "byline"),
    ("（综合青山日报报道）", "byline"),
    ("本文综合自青山日报", "byline"),
    ("青山日报消息", "byline"),
    ("王小明　作", "caption"),
    ("资料图（青山日报）", "caption"),
    ("作者系青山日报记者", "byline"),
    ("（作者系青山大学教授）", "body"),
    ("★本报记者 王小明", "byline"),
    ("（青山日报/王小明）", "byline"),
    ("（本报讯 记者王小明）", "byline"),
    ("青山日报出品", "byline"),
    ("中国出品", "body"),
    ("(Xinhua/Wang Xiaoming)", "caption"),
    ("Xinhua photo", "caption"),
    ("File photo", "caption"),
    ("图·文／王小明", "byline"),
    ("更多内容请下载青山日报客户端", "byline"),
    ("他下载了青山日报客户端，每天都看。", "body"),
    ("村民参加拔河比赛（受访单位提供）", "caption"),
    ("◎村民们在拔河比赛中奋力争先现场", "caption"),
    ("数据由青山镇统计站提供。", "body"),
    ("来自iPhone客户端", "byline"),
    ("（青山县融媒体中心）", "byline"),
    ("青山县融媒体中心 王小明", "byline"),
    ("融媒体中心记者 王小明", "byline"),
    ("香港商报讯", "byline"),
    ("@青山日报", "byline"),
    ("首发：青山日报客户端", "byline"),
    ("大公报记者 王小明", "byline"),
    ("【大公报讯】记者王小明报道", "byline"),
    ("据报记者了解", "body"),
    ("视频时长 02:35", "caption"),
    ("#青山镇农民运动会#", "caption"),
    ("附件：相关文件.doc", "byline"),
    ("风险提示：本文不构成投资建议", "byline"),
    ("封面：青山镇文化广场", "caption"),
    ("每经记者 王小明　每经编辑 李春华", "byline"),
    ("他是一名编辑 王某", "body"),
    ("界面新闻记者 | 王小明", "byline"),
    ("界面新闻编辑 | 李春华", "byline"),
    ("21世纪经济报道记者 王小明 北京报道", "byline"),
    ("（体育频道 王小明）", "byline"),
    ("上一张 下一张", "caption"),
    ("查看原图", "caption"),
    ("高清大图", "caption"),
    ("基金项目：青山大学青年基金", "byline"),
    ("出镜记者：王小明", "byline"),
    ("（青山网 王小明）", "byline"),
    ("（本报巴黎电）", "body"),  # a dateline the paper prints at an article's end
    ("编导：王小明", "byline"),
    ("音频制作：王小明", "byline"),
    ("村民参加拔河比赛（画面来源：青山日报）", "caption"),
    ("青山科技 1月12日消息", "byline"),
    ("点击下方小程序", "byline"),
    ("点击下方按钮可以报名参加。", "body"),
    ("本文由青山日报原创", "byline"),
    ("译者：王小明", "byline"),
    ("原文标题：青山镇举办运动会", "byline"),
    ("欧洲时报 王小明", "byline"),
    ("第1页 共3页", "byline"),
    ("1 2 3 下一页", "byline"),
    ("京ICP备12345678号", "byline"),
    ("京公网安备 11010502030000号", "byline"),
    ("网站标识码：3201000001", "byline"),
    ("主办：青山市人民政府办公厅", "byline"),
    ("主办单位为青山镇政府，协办单位有十二个村。", "body"),
    ("Copyright © 2024 青山日报 All Rights Reserved", "byline"),
    ("第一页写着他的名字。", "body"),
    ("（新华社北京10月1日电　新华社记者王小明、李春华，解放军报记者陈晓）", "body"),  # a wire attribution
    ("村民参加拔河比赛（王小明 摄影）", "caption"),
    ("原文链接：青山日报", "byline"),
    ("本文作者系青山日报记者", "body"),  # an author's note, as the papers print it
    ("青山日报·王小明", "byline"),
    ("（完）编辑：陈晓", "byline"),
    ("青山日报讯 记者王小明", "byline"),
    ("本报讯（记者王小明）1月12日上午，青山镇举办农民运动会。", "body"),  # a lead, not a byline
    ("（王小明/摄）村民参加拔河比赛", "caption"),
    ("青山日报图片中心", "caption"),
    ("【来源】青山日报", "byline"),
    ("（视频截图）村民参加拔河比赛", "caption"),
    ("［责任编辑：陈晓］", "byline"),  # full-width square brackets
    ("村民参加拔河比赛　摄影/王小明", "caption"),  # a credit label and a name at the end
    ("村民参加拔河比赛 图片/青山日报", "caption"),
    ("（新华社北京电 记者王小明）", "body"),  # a wire attribution the papers print as a paragraph
    ("策划方案", "body"),
    # printed with the body by the newspapers in ../shared/data, and kept there
    ("（作者为青山镇文化站站长）", "body"),
    ("（据新华社电 记者王小明）", "body"),
    ("（相关报道见第六版）", "body"),
    ("趣味赛场", "body"),
    ("■小贴士", "body"),
    ("◎一是加强对运动会的组织领导；", "body"),  # an item of a list, ending in a semicolon
    ("■近年来，伴随着农村文化建设的推进，越来越多的村子办起了运动会", "body"),
    ("记者从镇政府获悉，今年的运动会共有三百多人参加，比往年都多。", "body"),
    # a reporter in a sentence (the first half of a paragraph cut in two), not a byline
    ("记者见到王小明时，这个从未离开过青山镇的小", "body"),
    ("本报记者王小明，李春华", "byline"),
    # a photo gallery's title; pictures named by their place, in sentences
    ("【青山镇农民运动会】图片集锦", "caption"),
    ("第三届农民运动会高清组图", "caption"),
    ("运动会成果集锦", "body"),  # a heading: no picture named
    ("上图：拔河比赛的一个瞬间；下图：村民们在场边加油。", "caption"),
    ("左图：镇文化广场。右图：运动会开幕式。", "caption"),
    ("（本报记者张小红、李大山、王小明、赵小兰、陈晓、刘强、孙一鸣、周二虎、吴三多、郑四海、冯五岳）", "body"),
    # a picture said to be made by AI, and an animation's credit; a rule on such content
    # and a sentence about AI stay
    ("本图由人工智能辅助生成", "caption"),
    ("（AI制作的画面）", "caption"),
    ("动图：青山日报", "caption"),
    ("Gif/王小明", "caption"),
    ("人工智能生成合成内容标识办法将于9月1日起施行", "body"),
    ("AI生成的内容，需要添加显著标识。", "body"),
    # a credit with its permission, a reporter's phone photo, a source after a bar, a drone's view
    ("（青山镇文化站供图，已获授权）", "caption"),
    ("（村民在广场上跳舞，青山日报记者王小明手机拍摄）", "caption"),
    ("拔河比赛现场 / 图源：青山日报", "caption"),
    ("无人机俯瞰：青山镇全景", "caption"),
    ("综合自：青山日报、新华社", "byline"),
    # a paragraph that names its angle, a narrator's line the papers print as a paragraph
    ("第二个视角：从乡村振兴看青山镇的变化。", "body"),
    ("讲述人：王小明，青山镇文化站站长", "body"),
    # a live text's label, an agency's photographer, a source and its author in brackets,
    # where to send news tips; a service's telephone stays (the papers print them in notices)
    ("视频直播：青山镇农民运动会开幕", "caption"),
    ("村民参加拔河比赛（王小明/人民视觉）", "caption"),
    ("（本文来源：青山日报，作者：王小明）", "byline"),
    ("报料请致电：0771-1234567", "byline"),
    ("咨询电话：0771-1234567", "body"),
    # a platform's notice under a hosted post, however long; a post's numbered pictures
    ("声明：本文内容由青山号作者上传并发布，仅代表作者本人观点，不代表本平台立场，青山日报仅提供信息发布平台服务。", "byline"),
    ("P3：村民参加拔河比赛", "caption"),
    ("P2P网络借贷风险专项整治工作取得进展", "body"),
    # a gallery's count and links, a photographer's credit, an AI anchor, a reporting team,
    # an attachment to download
    ("（共8张）青山镇农民运动会", "caption"),
    ("上一幅　下一幅", "caption"),
    ("运动会开幕式（照片拍摄：王小明）", "caption"),
    ("AI主播：王小明", "byline"),
    ("报道团队：王小明 李春华", "byline"),
    ("附件下载：青山镇运动会报名表.xlsx", "byline"),
    # a post's video and page links, where it was printed, where it first ran
    ("L青山日报的微博视频", "caption"),
    ("运动会开幕 网页链接", "caption"),
    ("《青山日报》（2024年1月12日 第 3 版）", "byline"),
    ("（原载《青山》杂志2024年第1期）", "byline"),
    ("收起全文", "byline"),
    # a picture that only illustrates, a studio's picture, a reporter's live photo; a financial
    # page's warning; end marks; a commentator, a host, a stock's code
    ("（效果图，图文无关）", "caption"),
    ("图片仅作参考", "caption"),
    ("（青山电视台演播室画面）", "caption"),
    ("（青山日报记者王小明现场拍摄）", "caption"),
    ("市场有风险，投资需谨慎。以上内容不构成任何投资建议。", "byline"),
    ("【全文完】", "byline"),
    ("——完——", "byline"),
    ("解说：王小明", "byline"),
    ("节目主持人：王小明", "byline"),
    ("证券代码：600001", "byline"),
    ("他说：我们要把运动会办好。", "body"),
    # credits in English, a picture's alt text, a role for a medium
    ("Photo courtesy of 青山日报", "caption"),
    ("Image", "caption"),
    ("VR制作：王小明", "byline"),
    ("3D打印走进青山镇", "body"),
    # the new families in traditional script
    ("免責聲明：本站內容僅代表作者個人觀點，不代表本網立場。", "byline"),
    ("（效果圖，與本文無關）", "caption"),
    ("投資有風險，入市須謹慎", "byline"),
    # a journal article's metadata; a table's title and a note stay, as the papers print them
    ("收稿日期：2024-01-12", "byline"),
    ("【文献标识码】A", "byline"),
    ("作者简介：王小明，青山大学教授，主要研究方向为乡村文化。", "byline"),
    ("DOI：10.1234/j.issn.1000-0000.2024.01.001", "byline"),
    ("本文系青山日报网络首发", "byline"),
    ("表1　青山镇历届运动会参赛人数", "body"),
    ("注：数据截至2023年底", "body"),
    # a county's media centre as the source, names before their roles
    ("（青山融媒）", "byline"),
    ("青山融媒记者 王小明", "byline"),
    ("王小明/文　李春华/图", "byline"),
    ("青山镇/文化站", "body"),
    # where a picture came from, an aerial view in brackets
    ("图据青山日报", "caption"),
    ("青山镇全景（航拍）", "caption"),
    ("据青山日报报道，运动会开幕", "body"),
    ("综合自青山日报、新华社", "byline"),
    ("中央广播电视总台大型融媒体活动今天启动", "body"),
    # a name and 摄于 after a gap or before a date; where an article first ran
    ("青山镇运动会开幕　　　王小明 摄于2024-12-06", "caption"),
    ("运动员入场王小明摄于2024年12月6日", "caption"),
    ("本文首发于青山日报客户端", "byline"),
    ("首刊于《青山日报》", "byline"),
    # a caption in brackets as long as a line of the body; a dateline of any outlet
    ("（2024年12月6日，青山镇第三届农民运动会开幕。青山日报记者 王小明 摄）", "caption"),
    ("（青山镇第三届农民运动会在镇文化广场开幕，三百多名村民参加。王小明 摄）", "caption"),
    ("青山新闻讯（记者 王小明）", "byline"),
    # arrows as photo marks; tortoise-shell brackets read as round ones; an agency's
    # credit after a caption's sentence (…。新华社发（王小明 摄）)
    ("← 青山镇运动会开幕", "caption"),
    ("〔记者 王小明〕", "byline"),
    ("〔王小明 摄〕", "caption"),
    ("国发〔2024〕12号文件要求各地加强管理。", "body"),
    ("2024-12-06，青山镇运动会开幕。青山日报发（王小明 摄）", "caption"),
    # a caption as long as a paragraph, by its reporter's credit or by its label
    (("12月6日，在青山镇文化广场，村民们参加拔河比赛。当天，青山镇第三届农民趣味运动会开幕，三百多名村民参加了八个项目的比赛。"
      "新华社记者 王小明 摄"), "caption"),
    ("图片说明：12月6日，村民们在青山镇文化广场拔河。", "caption"),
    # a paragraph of three sentences ending in a credit is a paragraph and its caption run together
    (("12月6日，青山镇第三届农民趣味运动会开幕。三百多名村民参加了八个项目的比赛。大家都说今年的运动会办得比往年更热闹。"
      "新华社记者 王小明 摄"), "body"),
    ("（王小明 摄 / 青山日报）", "caption"),
    ("青山镇运动会开幕。（王小明 摄）", "caption"),
    ("青山镇运动会开幕式现场 新华社发", "caption"),
    ("王小明　整理", "byline"),
    # a column's name is no reporter's credit
    ("记者手记", "body"),
    ("（王小明摄于2024-12-06）", "caption"),
    ("逛逛老字号，在吃喝玩乐中辞旧迎新。", "body"),
    # an agency's caption at any length, pictures by their place, a dateline and its reporter alone
    ("这是2024年12月6日在青山镇文化广场拍摄的第三届农民趣味运动会拔河比赛现场（无人机照片）。", "caption"),
    ("左图为村民们在拔河，右图为村民们在推小车。", "caption"),
    ("青山日报北京12月6日电（记者 王小明）", "byline"),
    ("青山周末记者 王小明 青山周末实习生 李春华", "byline"),
    ("青山日报北京12月6日电（记者王小明）青山镇第三届农民趣味运动会今天开幕。", "body"),
    ("【记者观察】", "body"),
    # a double arrow as a photo mark, a shot's kind as a caption's label; a news feature's
    # label (新闻特写：) and a plan's horizon (远景目标：) are not pictures
    ("⇒青山镇运动会开幕", "caption"),
    ("全景｜青山镇文化广场", "caption"),
    ("新闻特写：青山镇的运动会", "body"),
    ("远景目标：到2035年基本实现现代化。", "body"),
    # other brackets read as the ones the cues know; an outlet's name in quotation marks
    # or in 《》 before 记者; 图 and a dot before the photographer; ※ as a photo mark;
    # but 记者节 is a day, not a reporter
    ("〖图〗青山镇运动会开幕", "caption"),
    ("﹝王小明 摄﹞", "caption"),
    ("〖记者〗王小明", "byline"),
    ("「青山日报」记者 王小明", "byline"),
    ("《青山日报》记者 王小明", "byline"),
    ("青山日报记者节特刊", "body"),
    ("“本报记者”是一个光荣的称号。", "body"),
    ("图·王小明", "caption"),
    ("※ 青山镇运动会开幕", "caption"),
    # an author's unit that is a news outlet is a staff credit; a university is not
    ("（作者单位：青山日报）", "byline"),
    ("（作者单位：青山大学马克思主义学院）", "body"),
    ("〈记者 王小明〉", "byline"),
    ("青山镇运动会开幕/视觉中国", "caption"),
    # a credit in English in brackets; a syndicating outlet before the reporter; a role, a
    # dot and a name (not a column's name: 文化·观察); several names before /文
    ("(Photo: 青山日报)", "caption"),
    ("Text: 王小明", "byline"),
    ("青山日报-青山网记者 王小明", "byline"),
    ("撰文 · 王小明", "byline"),
    ("文化·观察", "body"),
    ("王小明 李春华/文", "byline"),
    # a special dispatch's dateline alone (【青山日报专讯】); not a column (国内联播快讯)
    ("【青山日报专讯】", "byline"),
    # a contribution's note alone in brackets; a beat's reporter; a reporter under any
    # outlet's name (by the name's surname: not a heading such as 跟着记者　看变化)
    ("（来稿）", "byline"),
    ("【读者投稿】", "byline"),
    ("（本报体育记者 王小明）", "byline"),
    ("青山财经记者 王小明", "byline"),
    ("跟着记者　看变化", "body"),
    # a reporter's name and 图 after a caption's sentence; the outlet and the photographer
    # in brackets after the caption's words (alone, a byline: above)
    ("青山镇运动会开幕。青山新闻记者 王小明 图", "caption"),
    ("青山镇运动会开幕（青山新闻/王小明）", "caption"),
    # the writer's credit before the photographer's is a byline, as 文/图 is; several roles
    # in brackets are a caption only when one of them took the picture
    ("文：王小明；图：李春华", "byline"),
    ("（文/王小明 编辑/李春华）", "byline"),
    ("（摄影/王小明 编辑/李春华）", "caption"),
    # a video's or a poster's credit, a page's photographer, a picture's place before a gap;
    # a video's editor is an editor
    ("（青山日报记者 王小明 摄制）", "caption"),
    ("海报：青山日报", "caption"),
    ("（本版摄影：王小明）", "caption"),
    ("青山镇运动会开幕（航拍：王小明）", "caption"),
    ("上图　青山镇运动会开幕", "caption"),
    ("视频编辑：王小明", "byline"),
    ("——来源：青山日报", "byline"),
    # credits composed of parts the cues know, in orders they had not met: an outlet of any
    # length before an editor's label; roles and names apart by gaps, in brackets, several
    # apart by commas or bars; a name and what its bearer did, in brackets or after a slash
    ("青山电视台编辑：王小明", "byline"),
    ("（本报编辑　王小明）", "byline"),
    ("（撰文　王小明，审核　李春华）", "byline"),
    ("编辑　王小明 | 实习生　李春华", "byline"),
    ("审核　王小明", "byline"),
    ("（王小明　文）", "byline"),
    ("王小明/整理", "byline"),
    ("【王小明/文】", "byline"),
    ("【王小明　整理】", "byline"),
    ("策划　王小明　见习记者　李春华", "byline"),
    ("摄影　青山县融媒体中心", "caption"),
    # (and a heading of two words apart by a gap stays: 文明　城市 is no credit)
    ("文明　城市", "body"),
    # a drawing's or a drone's credit before a name or an outlet after a gap, in brackets too;
    # a photographer and the outlet after a slash at a caption's end
    ("制图　王小明", "caption"),
    ("（图　青山日报）", "caption"),
    ("航拍　王小明", "caption"),
    ("视频　王者归来", "body"),
    ("青山镇运动会开幕　王小明/青山日报", "caption"),
    # the outlet's picture after a slash or after a gap and 发, a screenshot's source, the
    # name before the outlet in brackets, who stands where by name, a label and a name
    # after the caption's sentence
    ("青山镇运动会开幕。青山电视台/图", "caption"),
    ("青山镇运动会开幕（截图自青山日报）", "caption"),
    ("青山镇运动会开幕（王小明/青山网）", "caption"),
    ("青山镇运动会开幕　青山网发", "caption"),
    ("青山镇运动会开幕（左一为王小明）", "caption"),
    ("12月6日，青山镇运动会开幕。摄影：王小明", "caption"),
    ("12月6日，青山镇运动会开幕。（青山日报资料图）", "caption"),
    # an agency after a caption's stop or gap, in traditional script too; a photo (相片) as a
    # label; a credit in English after the caption; an outlet between dashes, an office in
    # brackets
    ("青山镇运动会开幕。　美聯社", "caption"),
    ("青山镇运动会开幕。路透社", "caption"),
    ("（相片：青山日报）", "caption"),
    ("青山镇运动会开幕（Photo by 王小明）", "caption"),
    ("—— 青山日报 ——", "byline"),
    ("（青山县政府办公室）", "byline"),
    # a caption of a sentence and a reporter's credit, in traditional script (read simplified
    # before the long-caption shapes, as before the others)
    ("12月6日，青山鎮運動會開幕。青山日報通訊員 吳芳 攝", "caption"),
    # the picture's rights holder (not a site's copyright line with its year); a camera's emoji
    # as a photographer's label; an outlet and a name after a caption's label in brackets
    ("©青山日报", "caption"),
    ("青山镇运动会开幕 © 视觉中国", "caption"),
    ("©2024 青山日报", "byline"),
    ("（📷：王小明）", "caption"),
    ("青山镇运动会开幕（图：青山日报 / 王小明）", "caption"),
    # a scene (…一景) and someone interviewed, as captions name them (not a heading that names
    # no one: 专家接受采访 stays)
    ("青山镇运动会一景", "caption"),
    ("王小明（左）在青山镇接受记者采访", "caption"),
    ("专家接受采访", "body"),
    # credits after a caption's words, wrapped otherwise: square brackets, a stop, a dash, a gap
    ("村民参加拔河比赛【王小明/青山日报】", "caption"),
    ("村民参加拔河比赛。青山网/王小明", "caption"),
    ("村民参加拔河比赛（图　青山日报）", "caption"),
    ("村民参加拔河比赛。摄影　王小明", "caption"),
    ("村民参加拔河比赛　图　青山电视台", "caption"),
    ("村民参加拔河比赛【青山融媒发】", "caption"),
    ("村民参加拔河比赛——新华社发", "caption"),
    ("村民参加拔河比赛（供图：青山日报）", "caption"),
    ("村民参加拔河比赛【图源：青山日报】", "caption"),
    ("作者：王小明 （来源：青山日报）", "byline"),
    ("图书馆新闻", "body"),
    # a drone's view as a caption's opening, a date the picture was taken after the caption's
    # sentence, a photographer after a bar
    ("航拍青山镇新貌", "caption"),
    ("青山镇运动会开幕。摄于2024-04-05", "caption"),
    ("青山镇运动会开幕｜摄影 王小明", "caption"),
    # where a picture came from after a gap; but not a report's source
    ("青山镇运动会开幕　图据青山日报", "caption"),
    ("青山镇运动会开幕 图据受访者", "caption"),
    ("运动会已办了十届　据青山日报", "body"),
    # a post's mark of its own writing with its author and account (with its gaps only); a
    # picture's source after a sentence
    ("原创 王小明 青山日报", "byline"),
    ("原创歌曲唱响青山镇", "body"),
    ("运动会在青山镇开幕。图源：青山日报", "caption"),
    # a picture agency's name and 图 after a sentence
    ("运动会在青山镇开幕。视觉中国 图", "caption"),
    ("运动会在青山镇开幕。CFP供图", "caption"),
    # two photographers in a bracketed credit; the site after an underscore, as in a title
    ("运动会在青山镇开幕。（摄影：王小明、李春华）", "caption"),
    ("运动会在青山镇开幕，村民参加。（王小明、李春华）", "body"),
    ("青山镇运动会开幕_青山日报", "byline"),
    # a freelance photographer in brackets, when the picture was taken, an outlet's 图 after a dash
    ("青山镇运动会开幕（青山日报特约摄影 王小明）", "caption"),
    ("青山镇运动会开幕（摄于2024-01-12）", "caption"),
    ("青山镇运动会开幕——青山日报图", "caption"),
    ("他说——这是图", "body"),
    # a caption of two sentences and its reporter's credit in brackets; a date and 摄 after one
    ("2024-01-12，青山镇运动会开幕。当日，三百多名村民参加比赛。（青山日报记者 王小明 摄）", "caption"),
    ("青山镇运动会开幕。2024-01-12摄 王小明", "caption"),
    ("他说，我们在2024-01-12拍摄了这张照片。", "body"),
    ("（本文完）", "byline"),
    # reporters' names alone in brackets (People's Daily closes a section with them); not
    # places or words
    ("（王小明、李春华）", "byline"),
    ("（王小明 李春华 张伟）", "byline"),
    ("（中国、美国）", "body"),
    ("（黄河 长江）", "body"),
    # the report's source alone, in brackets, after a dash, or compiled from several
    ("（据青山日报报道）", "byline"),
    ("——据青山日报报道", "byline"),
    ("综合青山日报、新华社报道", "byline"),
    ("综合施策，精准发力", "body"),
    # someone at the scene, by name
    ("王小明（左二）在青山镇运动会现场", "caption"),
    # a caption of sentences with the picture's source in brackets at its end
    ("村民们参加拔河比赛，场面十分热闹。（图片来源：青山日报）", "caption"),
    ("村民们参加拔河比赛，场面十分热闹。（青山日报供图）", "caption"),
    ("村民们参加拔河比赛，场面十分热闹。（完）", "body"),
    # a caption of a sentence and its photographer in brackets after 摄影 and a gap, or its
    # video's source; pictures named by one character of their place, as a pair
    ("2024-01-12，青山镇运动会开幕。（摄影 王小明）", "caption"),
    ("青山镇运动会开幕，村民们参加拔河比赛。视频：青山日报", "caption"),
    ("他说，最好看的是视频：青山镇运动会", "body"),
    ("上：青山镇运动会开幕　下：村民们参加拔河比赛", "caption"),
    ("左：青山镇运动会开幕；右：村民们参加拔河比赛", "caption"),
    ("上：青山镇运动会开幕", "body"),
    # the outlet parted from its reporter by a slash, in brackets; a call to read more at a
    # source; a picture agency in brackets after a sentence
    ("【青山日报／记者王小明／台北报道】", "byline"),
    ("更多新闻请见青山日报", "byline"),
    ("更多资讯，请关注青山日报客户端", "byline"),
    ("2024-01-12，村民们参加拔河比赛。（路透社）", "caption"),
    ("村民们参加拔河比赛，场面热闹。（EPA）", "caption"),
    # a desk of the paper and a name in brackets, a beat's reporter; a caption in brackets
    # with its photographer after it; a film's still; someone by where they stand in the picture
    ("（青山日报体育部 王小明）", "byline"),
    ("（本报体育部王小明）", "byline"),
    ("（外交部王小明）", "body"),
    ("青山日报文娱记者王小明", "byline"),
    ("（2024-01-12，村民们参加拔河比赛。）　王小明/摄", "caption"),
    ("村民们在青山镇，参加拔河比赛。（剧照）", "caption"),
    ("比赛中，王小明（右）带球突破。", "caption"),
    ("王小明（左二）向村民介绍新品种。", "caption"),
    ("他说，王小明（右）是队长。我们都服他。", "body"),
    # an office that sent it and a name in brackets; a picture's or the text's source after a
    # sentence (not a clause that names one)
    ("（青山县人民法院 王小明）", "byline"),
    ("（青山市公安局政治部 王小明）", "byline"),
    ("2024-01-12，民警在青山镇巡逻。图片：青山消防", "caption"),
    ("民警在青山镇巡逻，村民们点赞。来源：青山公安", "caption"),
    ("他说，数据来源：青山统计局。", "body"),
    # a video's credits in brackets after a sentence, a scene's label, a source after a gap;
    # a station and a name in brackets
    ("2024-01-12，村民们参加拔河比赛。（视频/青山日报 王小明）", "caption"),
    ("村民们参加拔河比赛。（拍摄：王小明；剪辑：李春华）", "caption"),
    ("【画面】村民们参加拔河比赛", "caption"),
    ("村民们参加拔河比赛　图源：青山日报视频号", "caption"),
    ("（青山县广播电视台 王小明）", "byline"),
    # a numbered picture's label in brackets; credits apart by a slash; a Latin full stop
    # after a sentence, then an outlet and its photographer
    ("【图1】村民们参加拔河比赛", "caption"),
    ("编辑 王小明 / 校对 李春华", "byline"),
    ("2024-01-12，村民们参加拔河比赛. 青山日报/王小明 摄", "caption"),
    ("村民们参加拔河比赛，青山日报/王小明", "body"),
    # overseas papers: a dateline alone in brackets, an outlet and a place, a name and 报道,
    # a katakana dot after 文; an archive photo, a picture from the web, a paper's name in brackets
    ("（吉隆坡讯）", "byline"),
    ("（综合讯）", "byline"),
    ("（通讯）", "body"),
    ("（青山日报／吉隆坡2024-01-12讯）", "byline"),
    ("王小明报道", "byline"),
    ("（青山日报／王小明报道）", "byline"),
    ("文・王小明", "byline"),
    ("2024-01-12，村民们参加拔河比赛。（路透社档案照）", "caption"),
    ("村民们参加拔河比赛，场面热闹。（取自网络）", "caption"),
    ("村民们参加拔河比赛（青山时报）", "caption"),
    # translations and foreign agencies: what it was translated from, a desk that compiled it,
    # an outlet's report and date; an agency after a sentence, or with a name in brackets
    ("本文译自青山日报", "byline"),
    ("（本文编译自青山日报）", "byline"),
    ("（青山日报国际部 王小明 编译）", "byline"),
    ("青山日报　编译", "byline"),
    ("青山网2024-01-12报道", "byline"),
    ("【青山网报道】", "byline"),
    ("村民们参加拔河比赛，场面热闹。Reuters", "caption"),
    ("村民们参加拔河比赛，场面热闹。（AP Photo/王小明）", "caption"),
    ("2024-01-12，村民们参加拔河比赛。（新华/法新）", "caption"),
    ("村民们参加拔河比赛（视觉中国/王小明）", "caption"),
    ("他说，这是我们的 AP", "body"),
    # any symbol but a caption's before a credit is a bullet, and a credit read with its gaps
    # is read without it (▌记者 王小明, ■编辑 王小明, 🖊王小明); a column's label stays
    ("▌记者 王小明", "byline"),
    ("▍编辑 王小明", "byline"),
    ("■编辑 王小明", "byline"),
    ("🖊 王小明", "byline"),
    ("▌记者手记", "body"),
    ("📍 青山镇", "body"),
    # one sentence and a short note in brackets after it: the picture's kind or source; not
    # a note of the text's own, a reporter's name, a column's name after a question (a title)
    ("村民们参加拔河比赛。（青山文旅）", "caption"),
    ("2024-01-12，村民们参加拔河比赛。（县文化馆）", "caption"),
    ("全文如下。（节选）", "body"),
    ("他说，我们都很高兴。（笑）", "body"),
    ("法院以故意伤害罪判处他有期徒刑三年。（王小明）", "body"),
    ("开着暖气，为啥还吹冷气？（说道）", "body"),
    ("详情请见青山日报。（下转第二版）", "body"),
    # any body that sent it, a gap and a name, in brackets; not a person's post and a name
    ("（青山县文化馆　王小明）", "byline"),
    ("（青山大学新闻学院 王小明 整理）", "byline"),
    ("（原青山商会会长 王小明）", "body"),
    # culture and schools: a work of art under its picture, a text and its pictures provided by
    # a source, a school and two names, a note of a museum's collection after a sentence
    ("《青山春色》　王小明　作", "caption"),
    ("《青山春色》（局部）", "caption"),
    ("作品：《青山春色》　作者：王小明", "caption"),
    ("《春》朱自清", "body"),
    ("（本文图文由青山日报提供）", "byline"),
    ("（青山大学新闻学院 王小明 李春华）", "byline"),
    ("村民们参加拔河比赛。（青山县博物馆与美术馆合藏）", "caption"),
    # a caption or a credit with its editor after it, the gap kept or gone; the photographer
    # and the day; a bracketed credit with 摄于; an outlet, a name and a date; a date and an
    # outlet in brackets
    ("村民们参加拔河比赛。青山日报记者 王小明 摄　编辑：李春华", "caption"),
    ("村民们参加拔河比赛。摄影：王小明编辑：李春华", "caption"),
    ("他说，这是最好的一年　编辑：王小明", "body"),
    ("村民们参加拔河比赛　王小明／摄　2024-01-12", "caption"),
    ("村民们参加拔河比赛王小明/摄2024-01-12", "caption"),
    ("村民们参加拔河比赛。（青山日报记者 王小明 摄于2024-01-12）", "caption"),
    ("青山日报　王小明　2024-01-12", "byline"),
    ("（2024-01-12 青山日报）", "byline"),
    # a paper and its site before a dateline or a reporter
    ("青山日报·青山网讯（记者 王小明）", "byline"),
    ("（青山新闻客户端·青山新闻客户端网记者 王小明）", "byline"),
    # a dateline and its reporters alone; with the report after it, a paragraph
    ("本报讯（记者 王小明 通讯员 李春华）", "byline"),
    ("本报讯（记者 王小明、李春华）", "byline"),
    ("本报讯（记者 王小明）今天上午，青山镇举办运动会。", "body"),
    # a Latin agency and a name in brackets, a photographer's label, a screenshot's source, who
    # stands where from the left, after a caption's sentence; an author not in brackets, where
    # a text was taken from
    ("村民们参加拔河比赛。(Xinhua/Wang Xiaoming)", "caption"),
    ("村民们参加拔河比赛。拍摄者：王小明", "caption"),
    ("村民们参加拔河比赛。（截图来源：青山日报）", "caption"),
    ("村民们参加拔河比赛（左起：王小明、李春华）", "caption"),
    ("作者系青山大学教授", "byline"),
    ("摘自《青山日报》", "byline"),
    ("选自《青山》", "byline"),
    # an outlet's compiled report alone, credits apart by bullets, a paper's picture desk and
    # its photographer after a caption
    ("青山日报综合报道", "byline"),
    ("【环球时报综合报道】", "byline"),  # (in brackets too)
    # a street's office and names, in brackets; any body that sent the text, a gap and a name
    ("（青山街道 王小明 李春华）", "byline"),
    ("青山集团党委宣传部　王小明", "byline"),
    ("青山县文化馆　王小明", "byline"),
    # two photographers after a caption's sentence
    ("2024-01-12，村民们在青山镇参加拔河比赛。王小明　李春华　摄", "caption"),
    # foreign news: where the picture came from after a caption's words, the gap or the stop
    # before it gone; the photographer and the picture's column; an outlet and a name in
    # square brackets; an outlet's special contribution's label
    ("霍普金斯大学的统计数据（资料图）图源：外媒", "caption"),
    ("多个国家和地区图自外媒", "caption"),
    ("王小明摄（影像中国）", "caption"),
    ("【青山网 王小明】", "byline"),
    ("青山网专稿：", "byline"),
    # police, farm and entertainment pages: the footage a picture is taken from, a still of
    # the making, a photographer and the outlet after a caption's sentence; an outlet and a
    # label in square brackets, a channel's dateline and its reporter
    ("执法记录仪画面", "caption"),
    ("青山镇运动会花絮照", "caption"),
    ("多所院校开展试点。摄影：王明（中新网）", "caption"),
    ("【青山日报·警方发布】", "byline"),
    ("青山日报娱乐讯 记者 王小明", "byline"),
    # a work of art by its title, maker, medium, size or year; a maker's work alone; a curator
    ("《青山春色》　王小明　油画　2019年", "caption"),
    ("王小明　《青山》　纸本设色　68×136cm", "caption"),
    ("王小明作品", "caption"),
    ("策展人：王小明", "byline"),
    # car and consumer pages: a channel and a name, an outlet's original in brackets, an
    # advertisement's notice, 图 and its source in brackets after a caption's words
    ("青山日报汽车 王小明", "byline"),
    ("（青山日报汽车 王小明 报道）", "byline"),
    ("【青山日报汽车原创】", "byline"),
    ("（本文为商业推广内容）", "byline"),
    ("新车在青山车展亮相（图/青山日报车频道 王小明）", "caption"),
    # a press conference's transcript: who released and who explained it, where the
    # transcript came from
    ("发布人：青山县新闻办", "byline"),
    ("解读人：王小明", "byline"),
    ("文字实录由青山日报提供", "byline"),
    ("（根据青山日报发布会实录整理）", "byline"),
    # a forum's and a reader's shapes: a screenshot and its source after a caption's words, a
    # reader's contribution, where a post was taken from, when it was made, a thread's button
    ("青山镇运动会开幕（视频截图，来源：网友）", "caption"),
    ("【青山日报·网友爆料】", "byline"),
    ("本报网友 王小明", "byline"),
    ("（读者 王小明）", "byline"),
    ("爆料人：王小明", "byline"),
    ("本文由网友王小明投稿", "byline"),
    ("转自青山网友", "byline"),
    ("发表于 2024-01-12 10:30", "byline"),
    ("只看该作者", "byline"),
    # a picture made by AI, said so in brackets after the caption's words; a repost's notice
    ("青山镇运动会开幕（图片由AI生成，仅供参考）", "caption"),
    ("本文来自微信公众号“青山日报”（ID：qingshan），作者：王小明，青山网经授权发布。", "byline"),
    # a photographer and where the picture was taken, after a caption's sentence, short or
    # long, its gaps gone (the normaliser drops a space between Han characters)
    ("村民们参加拔河比赛。青山日报记者王小明摄于青山镇", "caption"),
    ("2024-01-12，村民们在青山镇参加拔河比赛，三百多名村民到场助威。青山日报客户端记者王小明摄于青山镇", "caption"),
    ("动图", "caption"),  # an animated picture's label, where it stands
    ("GIF图", "caption"),
    ("■撰文 王小明 ■摄影 李春华", "byline"),
    ("村民们参加拔河比赛（青山日报视觉 王小明）", "caption"),
    # health pages: who made it popular science, the expert who checked it; a picture that
    # does not show what the text says
    ("（本文由青山日报健康科普）", "byline"),
    ("本文专家：王小明，青山医院主任医师", "byline"),
    ("村民们参加拔河比赛。（资料图片，图文无关）", "caption"),
    # traditional characters the session's cues read: 作者係, 原創, 檔案照
    ("作者係青山大學教授", "byline"),
    ("村民們參加拔河比賽，場面熱鬧。（檔案照）", "caption"),
    # finance pages: a channel and a name in brackets, a channel's dateline and reporter, a
    # chart's or data's source and a designer after a caption's sentence
    ("（青山日报财经 王小明）", "byline"),
    ("青山日报财经讯（记者 王小明）", "byline"),
    ("村民们参加拔河比赛。图表来源：青山日报", "caption"),
    ("村民们参加拔河比赛。数据来源：青山县统计局", "caption"),
    ("村民们参加拔河比赛。视觉设计：王小明", "caption"),
    # weather and travel pages: a chart and its day, a photographer and where in brackets, a
    # chief forecaster
    ("卫星云图（2024-01-12）", "caption"),
    ("村民们参加拔河比赛（王小明摄于青山镇）", "caption"),
    ("首席预报员：王小明", "byline"),
    # university pages: the unit that sent it, a photographer and the school in brackets
    ("供稿单位：青山大学新闻学院", "byline"),
    ("村民们参加拔河比赛（王小明/摄　青山大学）", "caption"),
    # science, sports and overseas pages: the kind of a picture or an image at a caption's
    # end, the source of a picture in brackets after its words, someone at what they do, an
    # outlet's channel in square brackets, who provided the text; a column's label before a
    # headline's colon is no reporter's credit
    ("青山湖的湿地保护区。模拟图", "caption"),
    ("青山湖的湿地保护区（卫星影像）", "caption"),
    ("青山湖的湿地保护区（来源：青山大学）", "caption"),
    ("作者：王小明（来源：青山日报）", "byline"),
    ("王小明在比赛中", "caption"),
    ("【青山日报体育】", "byline"),
    ("（本文由青山大学科普中心提供）", "byline"),
    ("青山日报评论员文章：把好事办实", "body"),
    ("青山日报记者专访：乡村振兴的青山经验", "body"),
    # common shapes in other words: a photo's label naming the event, a photographer by a
    # title of the trade, alone or after a caption's sentence
    ("现场照片", "caption"),
    ("青山日报特约摄影 王小明", "caption"),
    ("村民们参加拔河比赛。青山日报特约摄影 王小明", "caption"),
    ("村民们参加拔河比赛。本报摄影记者 王小明", "caption"),
    # a dateline and a name in brackets with no trade's word, who provided the picture after
    # a caption's sentence, a caption wholly in brackets that opens with the day
    ("本报讯（王小明）", "byline"),
    ("青山日报讯（王小明　李春华）", "byline"),
    ("村民们参加拔河比赛。　图片提供：青山日报", "caption"),
    ("（2024-01-12，村民们参加拔河比赛。）", "caption"),
    ("（2024年1月12日，村民们在青山镇文化广场参加拔河比赛。）", "caption"),
    # dates beside credits, outlets and captions: the line read without its date; the day a
    # picture was taken and what it shows; not a date and a source (the page's furniture),
    # nor a date and its weekday
    ("青山日报　2024-01-12", "byline"),
    ("【2024-01-12】青山日报", "byline"),
    ("2024-01-12　作者：王小明", "byline"),
    ("编辑：王小明　2024-01-12", "byline"),
    ("发稿：2024-01-12　编辑：王小明", "byline"),
    ("（2024-01-12　青山日报记者 王小明）", "byline"),
    ("2024-01-12　村民们参加拔河比赛", "caption"),
    ("村民们参加拔河比赛（摄影：王小明　2024-01-12）", "caption"),
    ("比赛在青山镇举行，王小明摄。", "caption"),
    ("2024-01-12 08:30　来源：青山日报", "body"),
    ("2024年1月12日　星期五", "body"),
    ("2024-01-12　来源：青山日报　编辑：王小明", "byline"),
    # video pages and reposts: a clip's source, a video reporter, an outlet's video desk as
    # the maker, a picture that illustrates, the pictures' source after a sentence, a notice
    # of copyright as long as a paragraph
    ("（截取自青山日报视频）", "caption"),
    ("（青山日报视频记者 王小明）", "byline"),
    ("青山日报视频出品", "byline"),
    ("村民们参加拔河比赛（配图来自网络）", "caption"),
    ("村民们参加拔河比赛。本文图片均来自青山日报", "caption"),
    ("版权声明：本文为青山日报原创，转载请注明出处。", "byline"),
    # galleries and scenes: a gallery's picture and count, its label in brackets, a
    # gallery's maker, a photographer's report; an outlet, a name and 图文 in brackets; people
    # doing something, shorter, or for others
    ("第3张：村民们参加拔河比赛", "caption"),
    ("村民们参加拔河比赛（共8张）", "caption"),
    ("【高清】村民们参加拔河比赛", "caption"),
    ("（青山日报图片中心出品）", "byline"),
    ("摄影报道：王小明", "caption"),
    ("（青山日报 王小明 图文）", "byline"),
    ("村民们在田间劳作", "caption"),
    ("志愿者为居民提供服务", "caption"),
    # reporting teams, broadcasters, other brackets: an outlet's team, a station's dateline
    # with 消息, a camera operator after a caption's sentence, the footage after a caption's
    # words, a screenshot's source, an ASCII stop before a credit, a station or a media centre
    # and names after a gap, a credit in other brackets
    ("青山日报调研组", "byline"),
    ("青山电视台消息（记者 王小明）", "byline"),
    ("村民们参加拔河比赛。　青山日报记者 王小明 摄像", "caption"),
    ("村民们参加拔河比赛（新闻画面）", "caption"),
    ("村民们参加拔河比赛。截图来源：青山日报", "caption"),
    ("村民们参加拔河比赛. 王小明 摄", "caption"),
    ("青山广播电视台 王小明 李春华", "byline"),
    ("青山县融媒 王小明", "byline"),
    ("『来源：青山日报』", "byline"),
    ("<编辑：王小明>", "byline"),
    ("「记者 王小明」", "byline"),
    # WeChat posts and sports pages: what the reader does with a picture, a picture's source
    # after a bar, someone at an event, interviewed after it
    ("村民们参加拔河比赛（向上滑动查看）", "caption"),
    ("村民们参加拔河比赛。图片 | 青山日报", "caption"),
    ("王小明（右）在颁奖仪式上", "caption"),
    ("王小明在发布会上发言", "caption"),
    ("赛后，王小明接受采访", "caption"),
    # (a name and 出席 opens headlines: 王小明出席会议)
    ("王小明出席发布会", "body"),
    # English credits after a caption's words or alone, English bylines
    ("村民们参加拔河比赛. Image credit: NASA", "caption"),
    ("村民们参加拔河比赛（Courtesy of 青山大学）", "caption"),
    ("村民们参加拔河比赛（Source: Reuters）", "caption"),
    ("村民们参加拔河比赛 | Getty Images", "caption"),
    ("Graphic: 青山日报", "caption"),
    ("Written by 王小明", "byline"),
    ("Reporting by 王小明; Editing by 李春华", "byline"),
    ("By 王小明 | 青山日报", "byline"),
    ("Chief editor: 王小明", "byline"),
    # credits apart by gaps after a caption's words; roles and names alone are a byline
    ("村民们参加拔河比赛　　摄　王小明", "caption"),
    ("村民们参加拔河比赛　　王小明　图", "caption"),
    ("村民们参加拔河比赛　摄影　青山日报　王小明", "caption"),
    ("村民们参加拔河比赛　　来源　青山日报", "caption"),
    ("村民们参加拔河比赛。供图青山日报", "caption"),
    ("村民们参加拔河比赛。青山日报图", "caption"),
    ("村民们参加拔河比赛。来源青山日报", "caption"),
    ("记者　王小明　摄影　李春华", "byline"),
    ("编辑　王小明　李春华", "byline"),
    ("青山新闻　王小明", "byline"),
    # an e-paper's marks: continuation, page, the page's texts' provider
    ("（上接第1版）", "caption"),
    ("（下转第三版）", "caption"),
    ("村民们参加拔河比赛（下转第4版）", "body"),
    ("第01版", "caption"),
    ("－2－", "caption"),
    ("（本版稿件由青山日报提供）", "byline"),
    # who stands where, named; tables' and charts' labels, units and notes; a data desk
    ("左一为王小明", "caption"),
    ("中间为王小明", "caption"),
    ("（左起）王小明、李春华、张三", "caption"),
    ("表1：村民们参加拔河比赛", "caption"),
    ("（单位：亿元）", "caption"),
    ("村民们参加拔河比赛（单位：%）", "caption"),
    ("（注：数据截至2024-01-12）", "caption"),
    ("（青山日报数据新闻部）", "byline"),
    # a site's chrome in the body: what to do with a picture, lists of other articles, a
    # comment box's notice; not 延伸阅读, under which People's Daily prints related texts
    ("村民们参加拔河比赛。长按图片保存", "caption"),
    ("村民们参加拔河比赛（点击图片看视频）", "caption"),
    ("猜你喜欢", "byline"),
    ("推荐阅读", "byline"),
    ("网友评论仅供其表达个人看法，并不表明本站同意其观点", "byline"),
    ("延伸阅读", "body"),
    # posts, live pages and press releases: a post's marks, a live page's updates, the
    # footage after a gap, a compilation's sources, a screenshot's source after a sentence; a
    # release's marks and contacts (not a contact's name alone, nor a hotline for readers)
    ("IP属地：北京", "byline"),
    ("编辑于 2024-01-12", "byline"),
    ("转发 12　评论 3　赞 45", "byline"),
    ("【实时更新】", "byline"),
    ("（持续更新中）", "byline"),
    ("（10:15更新）", "byline"),
    ("本场直播已结束", "byline"),
    ("最后更新：2024-01-12 10:45", "byline"),
    ("村民们参加拔河比赛　直播画面", "caption"),
    ("（综合自微博、抖音）", "byline"),
    ("村民们参加拔河比赛。视频截图（来源：快手）", "caption"),
    ("###", "byline"),
    ("【新闻稿】", "byline"),
    ("媒体联系：王小明", "byline"),
    ("联系人：王小明　电话：010-12345678", "byline"),
    ("邮箱：press@example.com", "byline"),
    ("联系人：王小明", "body"),
    ("咨询电话：12345678", "body"),
    # new media's names: an app's name with a plus, two outlets apart by a dot, a 晨报
    ("（青山+记者 王小明）", "byline"),
    ("（青山新闻·青山晨报记者 王小明）", "byline"),
    # titles of the trade in credits; a camera for the credit; numbered pictures in one line;
    # a post and a name stays in the body (People's Daily prints an author so under a heading)
    ("（青山日报摄影记者 王小明）", "caption"),
    ("村民们参加拔河比赛（王小明，青山日报摄影部主任）", "caption"),
    ("村民们参加拔河比赛（摄影师：王小明）", "caption"),
    ("村民们参加拔河比赛。图片作者：王小明", "caption"),
    ("村民们参加拔河比赛。（王小明／青山日报视觉中心）", "caption"),
    ("（王小明　青山日报主任记者）", "byline"),
    ("王小明（青山日报特约评论员）", "byline"),
    ("村民们参加拔河比赛（📷青山日报）", "caption"),
    ("村民们参加拔河比赛。📸：王小明", "caption"),
    ("图1：村民们参加拔河比赛。图2：村民们参加推小车比赛。", "caption"),
    ("青山日报副总编辑 王小明", "body"),
    # ornaments, end marks, a picture's number and its agency's library, imprints, lunar days,
    # solar terms, a writer's signature; not an ellipsis, a readers' hotline or a phrase with 于
    ("——————", "caption"),
    ("＊　＊　＊", "caption"),
    ("村民们参加拔河比赛　▼", "caption"),
    ("……", "body"),
    ("- THE END -", "byline"),
    ("- 往期回顾 -", "byline"),
    ("【END】", "byline"),
    ("村民们参加拔河比赛（点击图片可放大）", "caption"),
    ("村民们参加拔河比赛（作品编号：123）", "caption"),
    ("村民们参加拔河比赛。（图片编号：4521）", "caption"),
    ("村民们参加拔河比赛。（图片购买：青山日报）", "caption"),
    ("村民们参加拔河比赛（青山日报图片库）", "caption"),
    ("村民们参加拔河比赛。王小明 摄（8张）", "caption"),
    ("邮发代号：1-23", "byline"),
    ("统一刊号：CN45-0012", "byline"),
    ("举报电话：12345", "body"),
    ("村民们参加拔河比赛（2024-01-12，农历腊月初二）", "caption"),
    ("农历甲辰年正月初一", "byline"),
    ("今日立春", "byline"),
    ("2024-01-12　星期五　农历腊月初二", "byline"),
    ("青山日报　农历正月初三", "byline"),
    ("2024-01-12　晴", "byline"),
    ("王小明　于青山", "byline"),
    ("（王小明　写于除夕夜）", "byline"),
    ("创作出于使命感", "body"),
    # advertisements, sponsors, an outlet's site; not a site's address alone or after 网址：
    ("【广告】", "byline"),
    ("村民们参加拔河比赛（广告）", "caption"),
    ("本文为广告", "byline"),
    ("村民们参加拔河比赛。赞助：青山日报", "caption"),
    ("青山日报 qingshan.com", "byline"),
    ("（本文系青山日报与青山网联合推广）", "byline"),
    ("合作请联系：qingshan@example.com", "byline"),
    ("村民们参加拔河比赛（来源：http://www.example.com）", "caption"),
    ("www.example.com", "body"),
    ("网址：http://www.example.com/", "body"),
    # credits combined: apart by semicolons, a post-production credit after a photographer,
    # 图文 after a sentence
    ("文：王小明；图：李春华；编辑：张三", "byline"),
    ("村民们参加拔河比赛。摄影：王小明　后期：李春华", "caption"),
    ("村民们参加拔河比赛。图文/王小明", "caption"),
    # reposts' pictures, a lead picture's source, a question-and-answer site's marks
    ("村民们参加拔河比赛（配图转自网络）", "caption"),
    ("村民们参加拔河比赛（题图来自：青山日报）", "caption"),
    ("最佳答案", "byline"),
    ("123人赞同了该回答", "byline"),
    ("赞同 12　添加评论", "byline"),
    # children's and school pages, notes on pseudonyms and on a picture's making; not 参与采写,
    # which People's Daily prints as a paragraph
    ("（小记者 王小明）", "byline"),
    ("小记者 王小明　指导老师 李春华", "byline"),
    ("（青山小学五年级 王小明）", "byline"),
    ("村民们参加拔河比赛（指导老师：王小明）", "caption"),
    ("（文中人物均为化名）", "byline"),
    ("（应受访者要求，文中人物均为化名）", "byline"),
    ("（王小明、李春华参与采写）", "body"),
    ("村民们参加拔河比赛（图中人物已做马赛克处理）", "caption"),
    ("村民们参加拔河比赛（图片系摆拍）", "caption"),
    ("村民们参加拔河比赛。（资料图，与本文无直接关系）", "caption"),
    ("村民们参加拔河比赛（示意图，人物为演员扮演）", "caption"),
    # the page's interface printed in the body, around the article: its buttons, counts, share
    # menus, links to the articles before and after it, calls to follow or to read on a phone
    # (what a sentence says of sharing or of a time, or a capsule's return, stays)
    ("0条评论", "byline"),
    ("我来说两句", "byline"),
    ("分享到：微信 微博 QQ空间", "byline"),
    ("上一篇：村民们参加拔河比赛", "byline"),
    ("下一篇：青山县春季植树活动启动", "byline"),
    ("【打印】 【关闭】", "byline"),
    ("浏览次数：1234", "byline"),
    ("阅读 1.2万", "byline"),
    ("1024人阅读", "byline"),
    ("点赞 在看 转发", "byline"),
    ("赞赏", "byline"),
    ("扫一扫，用手机看新闻", "byline"),
    ("关注“青山发布”微信公众号，获取更多资讯", "byline"),
    ("点击蓝字关注我们", "byline"),
    ("相关新闻：村民们参加拔河比赛", "byline"),
    ("字号：大 中 小", "byline"),
    ("发布时间：2024-01-12 10:30", "byline"),
    ("他把视频分享到朋友圈。", "body"),
    ("时间：2月11日", "body"),
    ("返回舱与推进舱分离。", "body"),
    # a portal's note on what it reposts, a line that only forbids reposting, an app's
    # promotion, a feedback button, the keywords' label (a sentence that reports a rule on
    # reposting stays, and so does a short line that forbids something else)
    ("青山日报声明：此消息系转载自青山日报合作媒体，青山日报登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。", "byline"),
    ("未经授权，不得转载。", "byline"),
    ("本文为青山日报原创，未经许可不得转载", "byline"),
    ("海量资讯、精准解读，尽在青山日报APP", "byline"),
    ("打开青山日报，查看更多高清图片", "byline"),
    ("我要反馈", "byline"),
    ("文章关键词：农民运动会", "byline"),
    ("参与评论55人", "byline"),
    ("头图由青山日报提供", "caption"),
    ("网络配图", "caption"),
    ("图文均来自网络，侵删", "byline"),
    ("文章来源于网络，如有侵权请联系删除", "byline"),
    ("Notice: The content above is uploaded and posted by a user of Qingshan Hao, which only provides information storage services.", "byline"),
    ("欢迎分享、转发", "byline"),
    ("喜欢就点个赞吧", "byline"),
    ("觉得有用就转发给朋友吧", "byline"),
    ("阅读更多", "byline"),
    ("更多>>", "byline"),
    ("不想错过？请扫描二维码", "byline"),
    ("分享至好友和朋友圈", "byline"),
    ("本文刊发于《青山》2024年第1期", "byline"),
    ("原文刊载于《青山日报》2024-01-12第5版", "byline"),
    ("（据《青山日报》）", "byline"),
    ("风险提示：市场有风险，投资需谨慎。", "byline"),
    ("（王小明、李春华对本文亦有贡献）", "byline"),
    ("更新时间：2024-01-12 10:30", "byline"),
    ("发布时间：2024-01-12 来源：青山日报", "byline"),
    ("（视频截取自青山日报客户端）", "caption"),
    ("（村民们参加拔河比赛，青山日报记者王小明/摄）", "caption"),
    ("该成果发表于《自然》。", "body"),
    ("该研究成果发表于《自然》杂志", "body"),
    ("Photo taken on Jan. 12, 2024 shows villagers at a tug-of-war match in Qingshan. (Xinhua/Wang Ming)", "caption"),
    ("This photo shows a tug-of-war match in Qingshan. (AFP/Li Hua)", "caption"),
    ("VCG", "caption"),
    ("Getty Images", "caption"),
    ("Copyright © 2024 Qingshan Daily. All rights reserved.", "byline"),
    ("All Rights Reserved", "byline"),
    ("（注：本文图片均来自网络）", "caption"),
    ("via 青山日报", "byline"),
    ("文章纠错", "byline"),
    ("点击举报", "byline"),
    ("以上内容来自青山日报", "byline"),
    ("（以上信息仅供参考）", "byline"),
    ("本文已获授权", "byline"),
    ("原标题《青山镇办起农民运动会》", "byline"),
    ("（照片选自作者作品《迎春序曲》）", "body"),
    ("其中已获授权专利约1.4万项。", "body"),
    ("【作者简介】王小明，青山大学教授。", "byline"),
    ("1月12日，村民们在青山镇参加拔河比赛。 王小明 摄（人民视觉）", "caption"),
    ("1月12日，村民们在青山镇参加拔河比赛。 青山日报记者 王小明 摄 （来源：青山网）", "caption"),
    ("1月12日，村民们在青山镇参加拔河比赛，全镇十二个村的三百多名村民报名参加。图片由青山县委宣传部提供", "caption"),
    ("1月12日，村民们在青山镇参加拔河比赛，全镇十二个村的三百多名村民报名参加。受访者供图", "caption"),
    ("1月12日，村民们在青山镇参加拔河比赛，全镇十二个村的三百多名村民报名参加。 光明图片/王小明", "caption"),
    ("青山镇的服务由青山公司提供。这项服务的费用由政府提供", "body"),
    ("他说，欢迎大家关注。", "body"),
    ("喜欢就去做。", "body"),
    ("条例规定，未经许可不得转载新闻作品。", "body"),
    ("禁止使用一次性塑料袋", "body"),
    # a picture's place left as its tag or its file's name, an audio player's label
    ("[img]", "caption"),
    ("IMG_2031.JPG", "caption"),
    ("village-tug-of-war.png", "caption"),
    ("音频：", "caption"),
    # the page's own lines: the address of the page or the original under its label (as long
    # as the address is), how long the text takes to read, a list's links, an original title
    ("原文链接：https://mp.weixin.qq.com/s/AbCdEf123", "byline"),
    ("本文链接：https://www.qingshan.cn/news/2024/0112/123.html", "byline"),
    ("本文约3200字，建议阅读8分钟", "byline"),
    ("点击加载更多", "byline"),
    ("大家都在看", "byline"),
    ("本文原题：青山镇举办农民运动会", "byline"),
    ("#青山镇运动会# #青山新闻#", "caption"),  # (topic tags in a row, as one alone)
    ("报名网址：https://www.qingshan.cn/sports/2024/0112/signup.html", "body"),  # (the article's)
    # a government page's information box and attachments, the site's links in a row
    ("索引号：11530000MB1234567X/2024-00012", "byline"),
    ("发布机构：青山县人民政府办公室", "byline"),
    ("生成日期：2024-01-12　　公开方式：主动公开", "byline"),
    ("文号：青政办发〔2024〕3号", "byline"),
    ("相关附件：青山县民生实事项目清单.docx", "byline"),
    ("青山县民生实事项目清单.pdf", "byline"),
    ("附件下载：", "byline"),
    ("【我要纠错】【打印本页】【关闭窗口】", "byline"),
    ("联系我们｜网站地图｜使用帮助", "byline"),
    ("（报送单位：青山镇人民政府）", "byline"),
    ("附件：1.青山县民生实事项目清单", "body"),  # (the document's own: People's Daily prints 附件：…)
    ("《新型冠状病毒感染诊疗方案（试行第十版）》印发", "body"),  # (a CCTV item's heading)
    # a WeChat post's interface as scraped, a post's header, an end mark between slashes
    ("轻点两下取消在看", "byline"),
    ("：，。视频小程序赞，轻点两下取消赞在看，轻点两下取消在看", "byline"),
    ("微信扫一扫可打开此内容，使用完整服务", "byline"),
    ("暂无留言", "byline"),
    ("已无更多数据", "byline"),
    ("12人划线", "byline"),
    ("点这里👇关注我，记得标星哦～", "byline"),
    ("▼点击阅读原文", "byline"),
    ("青山日报 2024-01-12 08:30 北京", "byline"),
    ("/ END /", "byline"),
    ("日记本上的留言", "body"),  # (a People's Daily heading)
    # a day and a source apart by bars, a posting time and its source so, the font size's
    # links with their gaps gone, how long the text is
    ("青山日报 | 2024-01-12", "byline"),
    ("2024-01-12 08:30 | 青山日报", "byline"),
    ("发布时间：2024年01月12日 08:30 | 来源：青山日报", "byline"),
    ("【字体：大中小】", "byline"),
    ("阅读提示：本文约2000字", "byline"),
    ("比分定格在3|2", "body"),
    # a podcast's or an audio page's own lines, and its music's credits
    ("收听地址：https://www.ximalaya.com/sound/123456", "byline"),
    ("点击收听完整节目", "byline"),
    ("本期节目时长：12分34秒", "byline"),
    ("收听时长 12:34", "byline"),
    ("（本节目由青山之声出品）", "byline"),
    ("喜马拉雅｜小宇宙｜苹果播客 同步收听", "byline"),
    ("订阅我们的播客", "byline"),
    ("配乐：《春江花月夜》", "byline"),
    ("BGM：《渔舟唱晚》", "byline"),
    ("片头音乐：《春江花月夜》", "byline"),
    ("▶ 点击播放", "caption"),  # (where the player stands, as a picture's own actions)
    ("主播王小明说，这期节目讲的是青山镇的故事。", "body"),
    # a text made with AI, said so; a picture so
    ("本文由AI辅助生成", "byline"),
    ("内容由AI生成，仅供参考", "byline"),
    ("（本文由AI生成，经人工审核）", "byline"),
    ("AI配图", "caption"),
    ("AI生成的内容越来越多，如何甄别成为新课题。", "body"),
    ("《人工智能生成合成内容标识办法（征求意见稿）》公布", "body"),  # (a CCTV item's heading)
    # a name and 图 after a gap, a stock site's name alone
    ("王小明　图", "caption"),
    ("图虫创意", "caption"),
    ("王小明图书馆开馆。", "body"),
    ("https://www.cosmoplat.com", "body"),  # (People's Daily prints a company's address so, and 延伸阅读 over related texts)
]


@pytest.mark.parametrize("line, kind", CLASSIFIED_LINES)
def test_classify_line(line: str, kind: str) -> None:
    assert classify_line(line) == kind


def test_the_classified_lines_stand_once() -> None:
    # (a line listed twice is tested twice and hides how many shapes the table holds)
    assert len(set(CLASSIFIED_LINES)) == len(CLASSIFIED_LINES)


#: Each simplified character the cues read, written in its (first) traditional form.
_TO_TRADITIONAL = {}
for _trad, _simp in sorted(TO_SIMPLIFIED.items()):
    _ch = chr(_simp) if isinstance(_simp, int) else _simp
    if _ch and len(_ch) == 1 and _ch != chr(_trad):
        _TO_TRADITIONAL.setdefault(ord(_ch), chr(_trad))


@pytest.mark.parametrize("line, kind", [(ln, k) for ln, k in CLASSIFIED_LINES if ln.translate(_TO_TRADITIONAL) != ln])
def test_a_line_in_traditional_script_is_classified_as_in_simplified(line: str, kind: str) -> None:
    # (Hong Kong and Taiwan pages print the same credits and captions in traditional script)
    assert classify_line(line.translate(_TO_TRADITIONAL)) == kind


def test_page_furniture_is_dropped_and_recorded() -> None:
    head = ["首页 > 新闻中心 > 正文", "2024-01-12 08:30 来源：青山日报", TITLE, SUBTITLE]
    a = restored(article(P, head=head))
    assert a.title == TITLE and a.paragraphs == P
    assert [e.before for e in a.edits if e.step == "remove_furniture"] == head[:2]


@pytest.mark.parametrize(
    "furniture",
    [
        ["首页 | 新闻 | 正文", "字体：大 中 小"],
        ["您现在的位置: 首页 >> 新闻中心", "【打印】【关闭窗口】"],
        ["阅读量：1024", "分享到： 微信 微博 QQ空间"],
        ["2024-01-12  青山日报"],
        ["2024/01/12 08:30:15 星期五"],
        ["新闻中心 / 国内 / 正文", "【青山日报】2024-01-12"],
        ["分享：微博 微信", "稿件来源：青山日报 责任编辑：陈晓"],
        ["【大】【中】【小】", "青山日报 | 2024-01-12", "发表时间：2024-01-12"],
        ["当前位置 首页 新闻", "Tags：农民运动会"],
        ["＜ 返回列表", "青山日报-城郊小镇办起运动会", "更新：2024-01-12 09:30"],
        ["青山日报官方网站", "正文"],
        ["Posted on 2024-01-12", "发布者：王小明  发布时间：2024-01-12", "热门标签：运动会"],
        ["相关专题：冬季农民运动会"],
        ["本网讯"],
        ["青山日报（2024-01-12）", "本文共阅读128次"],
        ["青山日报 > 要闻", "【青山日报】", "字体大小：大 中 小"],
        ["栏目：要闻", "青山日报讯", "青山日报 · 要闻"],
        ["网站导航"],
        ["青山日报（2024-01-12）第2版"],
        ["新闻详情", "青山日报手机版"],
        ["分享至：", "热点：农民运动会"],
        ["编辑推荐", "青山日报首页"],
        ["青山日报官方账号"],
        ["位置：新闻中心"],
        ["您当前的位置 ：青山日报 > 社会"],
        ["点击收听本文", "打印本文", "【打印】【关闭】"],
        ["分享至 Facebook　LINE　X", "訂閱電子報", "加入好友"],
        ["直播吧2024-01-12讯"],
        ["正在加载…", "播放", "本视频时长 03:12", "00:02:27"],
        ["分享此文章", "36 则评论", "即时国际"],
        ["二〇二四年一月十二日　星期五"],
        ["当前频道：时政要闻", "TAG标签：农民运动会", "投稿邮箱：news@example.com", "稿件编号：240112", "本文字数：1520字"],
        ["本期关注", "编者按"],
        ["参与评论55人", "A- A+"],
        ["[ 2024-01-12 ] 来源：青山日报 作者：王小明"],
        ["54篇原创内容", "青山日报科技 已关注", "公众号", "星标★青山日报", "青山日报科技"],
        ["青山日报·青山网", "青山日报·青山网 2024-01-12"],
        ["【新闻】"],
        ["阅读(1234)", "Views: 1234", "手机扫码阅读", "A+ A A-", "小字 中字 大字", "今日更新：12条"],
        ["青山日报健康号"],
        ["54篇原創內容"],
        ["相关股票", "财经头条", "上证指数 3012.38 +0.52%", "青山日报财经APP"],
        ["青山日报文旅", "青山日报天气"],
        ["学校要闻", "校园热点"],
        ["你目前所在的位置：要闻"],
        ["Ta的主页", "关注TA"],
        ["〈 返回"],
        ["【简体】【繁体】", "» 正文"],
        ["【字体：放大 缩小】"],
        ["资讯详情", "A A A"],
        ["青山日报 第58期"],
        ["青山日报官方网站 | 数字报 | 客户端"],
        ["评论：3", "点赞：12"],
        ["扫码在手机上看", "手机阅读", "正文内容"],
        ["A- A+", "评论 (34)"],
        ["A+ A-", "点赞（12）"],
        ["收录于合集", "听新闻"],
        ["青山日报　要闻", "原创 王小明 青山日报 2024-01-12"],
        ["2024-01-12  第 048 版", "字号：A+ A A-"],
        ["扫描二维码 手机看新闻", "索引号：000014349/2024-00034"],
        ["扫一扫在手机打开当前页", "手机查看本文"],
        ["【作者：王小明】【来源：青山日报】", "手机看新闻"],
        ["青山日报客户端"],
        ["点击上方蓝字关注我们"],
        ["长按识别 关注青山日报"],
        ["青山日报数字报 第A03版：要闻", "IP属地：北京"],
        ["发布于：北京市", "关注", "我要分享"],
        ["00:00 / 03:18"],
        ["首页 - 新闻 - 国内", "【我要纠错】"],
        ["新闻中心 / 国内新闻", "微信 微博 QQ"],
        ["已关注", "置顶", "阅读 1.2万"],
        ["打开APP阅读全文", "0条评论", "我来说两句"],
        ["微信扫一扫", "在看", "复制链接", "举报/反馈"],
        ["01-12 10:30", "3小时前", "1024人阅读", "点赞 12"],
        ["青山日报 2024年01月12日", "A3版", "要闻 | 青山日报", "【青山日报·要闻】"],
        ["青山日报微信公众号", "来自：青山日报", "猜你喜欢", "推荐阅读"],
        ["编辑：王小明", "责任编辑："],
        ["放大 缩小 默认", "字号：默认 大 超大"],
        ["正在播放", "加载中…", "播放量：155"],
        ["转发 评论 赞", "发布于 2小时前"],
        ["文号：青政发〔2024〕1号", "青山日报 | 财经"],
        ["节目：新闻联播"],
        ["【TechWeb】", "文章正文"],
        ["天气：晴 12℃", "青山日报第2048期"],
        ["北京 多云转晴 3~12℃", "总第1024期"],
        ["阅读原文", "关注青山日报"],
        ["【青山日报·农民运动会】"],
        ["PDF版", "本期导读", "上一期　下一期", "青山日报电子版"],
        ["分享至"],
        ["登录　注册", "简体 | 繁体"],
        ["0条评论　举报", "青山日报APP下载"],
        ["广告", "首页 新闻 图片 视频 专题", "打开青山日报APP，阅读体验更佳"],
        ["头条号/青山日报", "百家号 青山日报", "已有12人参与"],
        ["发表于 2024-01-12", "专栏：农民运动会", "无障碍阅读", "关怀版"],
        ["青山日报订阅号", "微信号：青山日报", "主办单位：青山日报", "编号：3535"],
        ["【快讯】", "青山日报电讯"],
        ["https://www.example.com/news/2024/0612/c1001-40253.html", "本文链接：http://news.example.cn/a/1.html"],
        ["当前栏目：工作动态", "信息公开", "今日头条"],
        ["⇦ 上一篇", "◀ 返回", "| 青山日报 |", "第1页", "共3页"],
        ["原创 王小明 青山日报", "轻触阅读原文", "知道了", "自动播放", "青山日报资讯"],
        ["首頁 > 新聞 > 正文", "字體：大 中 小", "瀏覽次數：151"],
        ["首页", "新闻中心", "青山日报·正文"],
        # an audio player's link with the text's length, a call to star the account, a share link
        ["收听全文 时长5分12秒", "音频播报 03:40", "设为星标，第一时间收到推送", "分享给微信好友"],
        # what a page shows where its player fails, its length and reading time, WeChat's share hint
        ["您的浏览器不支持audio标签", "图片加载失败，请重试", "全文约3200字，阅读需要6分钟", "扫码到手机，随时随地看",
         "打开微信，点击“发现”，用“扫一扫”分享给好友"],
        # the player's and the account's controls, a ranking, a site's footer links
        ["关闭弹幕", "视频回放", "护眼模式", "登录后即可评论", "成为VIP会员，畅享全文", "抖音热搜TOP 5",
         "关于我们 | 隐私保护 | 服务条款"],
        # the site's own sections and boxes, its advertising, a count of pages, all comments
        ["独家快讯", "一周热点", "商务合作", "本文共3页", "查看更多评论"],
        # a player's and a forum's buttons, calls to scan or download, a link to copy, attachments
        ["静音　全屏", "自动连播", "只看楼主　回复", "长按领取青山日报电子报", "马上下载青山日报客户端", "复制本文链接", "相关附件："],
        # an original title, where it was printed, a post's time and source, a link to expand it
        ["原标题：城郊小镇办起运动会", "《青山日报》（2024-01-12 第 3 版）", "青山日报微博 2024-01-12 10:30 来自 微博 weibo.com",
         "展开全文"],
        # a market page's links, a topic's link, a broadcast script's marker
        ["自选股", "行情中心", "进入专题", "【同期声】"],
        # an account's ID, a count of comments, the comment box's plea
        ["公众号ID：qingshan_daily", "已有12人发表了评论", "文明上网 理性发言"],
        ["彈幕已關閉", "隱私政策 | 使用者協議", "登入後即可評論"],
        # a journal's issue, registration, abstract and keywords
        ["青山学刊　2024年第1期", "CN11-1000/D　ISSN 1000-0000", "【摘要】", "【关键词】乡村文化"],
        # buttons, links and labels standing alone, the lunar date
        ["English", "客户端", "在APP内阅读", "点赞", "投稿", "更多>>", "点击排行", "农历腊月初二", "热门搜索：",
         "点击加载更多", "回到顶部", "长者模式"],
        # a post's own marks and counts
        ["原创", "2 小时前 · 青山日报", "1月12日 08:30", "【大字版】", "本文共1234字", "阅读约4分钟", "34赞", "关注TA",
         "粉丝 12万", "作品 34"],
        # counts in a row
        ["阅读 130 · 评论 30", "阅读 1.2万 | 点赞 34 | 评论 5"],
        ["青山日报官方帐号", "字号 + -"],
        # a section, a weekday, a link alone; an English navigation pair; calls to download or follow
        ["国内", "星期五", "【返回顶部】", "Home | News"],
        ["更多精彩内容，请下载青山日报客户端", "↑点击上方“青山日报”关注我们"],
        # a credit, an outlet's name or a summary above a line that can be the title
        ["青山日报记者 王小明"],
        ["青山日报", "（青山日报网）"],
        ["青山检察"], ["青山发布"], ["青山县文化和旅游局"],
        ["摘要：青山镇举办第三届农民趣味运动会"],
        ["【导读】青山镇举办第三届农民趣味运动会"],
        # in traditional script
        ["青山日報網", "導讀：青山鎮舉辦第三屆農民趣味運動會"],
        ["熱點推薦", "青山日報官方帳號"],
        # a display mode, the reading time with 约 before 需
        ["阅读模式", "沉浸式模式", "本文约1200字，阅读约需3分钟", "阅读约需4分钟"],
        # a link back in white lenticular brackets, an outlet's account on a video platform
        ["〖返回〗", "青山日报抖音号", "青山日报视频号"],
        # the share menu in the top right corner
        ["戳右上角分享给朋友", "点击右上角“…”转发到朋友圈"],
        # breadcrumbs with dashes or arrows, a count of readers, an advertisement's label, a
        # date in English
        ["首页-新闻-正文", "新闻 → 国内 → 正文", "34人参与", "Advertisement", "广告", "January 12, 2024"],
        # in traditional script: readers' responses, the font-size control (字級)
        ["讀者回應", "字級：小 中 大"],
        # a market page's related-stocks label
        ["相关股票："],
        # a post's header: the account it was reposted from, its collection, a follow call
        ["以下文章来源于青山日报", "收录于合集 #时政 46个", "关注公众号，获取更多资讯"],
        # an e-paper's page links and labels
        ["上一版　下一版", "PDF下载", "版次：A05", "本版新闻"],
        # a government page's fields and its reading aid
        ["信息索引：000014349/2024-12", "公开方式：主动公开", "有效性：有效", "视力保护色："],
        # dates in other orders: a two-figure year with its time, the day before the month
        ["24-01-12 08:30", "12 Jan 2024"],
        # a site's column named above its article, links to the next item, lists of articles,
        # a count's label without its count
        ["新闻动态", "通知公告", "【返回列表】", "上一条：青山镇召开会议", "最新文章", "点击："],
        # a video player's controls and counts, a video page's labels, a call to open the app,
        # a site's video section, a call to scan its code with an app
        ["倍速播放", "1.5x", "直播中", "已有34人观看", "视频详情", "相关视频", "青山日报APP 打开", "青山日报视频",
         "用微信扫码二维码"],
        # a dateline alone above the title, under an outlet whose name ends in 新闻
        ["青山新闻讯"],
        # an outlet's channel after a dash
        ["青山日报 - 新闻频道"],
        # an agency's or a news site's name alone; a date and a source under 出处; a breadcrumb
        # of sections' names apart by any mark
        ["新华社"], ["青山新闻"], ["本报"], ["青山融媒"],
        # an app's name alone; print and a hot list's link, as Taiwan's pages say them
        ["青山日报APP"], ["列印", "熱門"],
        # furniture behind a pictograph (read without it)
        ["🔥 热点", "💬 评论 12", "🔗 分享", "📍 青山日报"],
        # the mobile site's link; the site by its owner
        ["移动端"], ["青山日报 官方网站", "青山日报 主办"],
        # a date and a source apart by a bar or a slash, with no label
        ["2024.01.12丨青山晚报"], ["青山晚报丨2024.01.12"], ["2024-01-12/青山网"], ["2024年1月12日｜出处：青山日报"], ["时政 · 社会 · 国内"], ["新闻中心→本地新闻→要闻"],
        # a label cut from the headline it headed, a badge, a player's buttons, a gallery's
        # count, the paper's address and hotlines
        ["快讯｜"], ["要闻:"], ["时评/"], ["荐", "HOT"], ["暂停", "收听", "朗读", "播报"], ["第1张/共5张", "共5张"],
        ["本报社址：青山市青山路1号", "广告热线：12345678", "订阅热线：12345678"],
        # a paper's news centre or supplement, a column of news
        ["青山日报集团新闻中心"], ["青山日报副刊"], ["社区动态"],
        # a link to a live page; a topic's tag, the time it takes to read, an outlet's column
        ["比分直播"], ["# 科技"], ["5分钟阅读"], ["青山日报商业观察"],
        # a transcript's label, a row of sections' labels
        ["发布会实录"], ["国际 | 外电"],
        # a label and its figure (a price box)
        ["厂商指导价：12.98-16.98万元"],
        # a museum's site
        ["青山美术馆"],
        # a police account, a government portal, a channel of farm news, a score after a gap
        ["青山警方"], ["青山县人民政府门户网站"], ["青山日报农业"], ["评分 7.24"],
        # a forum thread's floor, buttons and counts
        ["楼主"], ["电梯直达"], ["查看: 12|回复: 3"], ["[复制链接]"], ["1#"], ["打印 上一主题 下一主题"],
        # a sports page's tabs and a row of leagues, a science or an environment channel, an
        # outlet's international edition, a national platform's name
        ["积分榜", "中超赛程"], ["CBA | 中超"], ["| 青山日报"], ["青山日报 :: 新闻"], ["青山新闻 :: 国内"], ["1024人已读"], ["青山日报图片"], ["青山日报客户端大学新闻网"],
        # a column's or a kind's label, an outlet and its commentary or its investigation
        ["深度报道"], ["调研报告"], ["本报评论员文章"], ["青山日报 调查"], ["青山日报评论"], ["战报"], ["赛后"], ["比赛日"],
        # an English page's buttons, lists and dates; a row of links with gaps; an e-paper's platform
        ["Share", "Print"], ["Top Stories"], ["Font size: A A A"], ["青山日报 English"], ["Updated: 2024-01-12 10:30"],
        ["By 王小明 | 青山日报 | Updated: 2024-01-12"], ["中文 | English"], ["首页 新闻"], ["要闻　青山日报"],
        ["青山日报数字报刊平台"], ["版面目录"], ["手机版", "加入收藏"], ["我要爆料"], ["一图读懂"], ["财经数据"], ["数说青山"],
        ["突发！"], ["刚刚！"], ["统一刊号：CN45-0012"], ["广告"], ["【推广】"], ["默认排序", "展开阅读全文"], ["小记者专版"], ["学生作品"], ["查看全部 12 个回答"], ["关注问题 写回答"], ["www.example.com"], ["青山日报 www.example.com"], ["甲辰年正月初八 星期二"], ["今日立春"], ["青山+"], ["查看原微博"], ["微博正文"], ["青山日报 V"], ["青山日报的微博"], ["实时更新"], ["直播间"], ["Press Release"], ["青山日报科学"], ["青山日报环境"], ["青山日报国际版"], ["信用中国"],
    ],
)
def test_more_shapes_of_page_furniture(furniture: list[str]) -> None:
    a = restored(article(P, head=furniture + [TITLE, SUBTITLE]))
    assert a.title == TITLE and a.paragraphs == P
    removed = [e.before for e in a.edits if e.step == "remove_furniture"]  # (as normalised)
    assert len(removed) == len(furniture) and all(r[:2] == f[:2] for r, f in zip(removed, furniture))


def test_a_credit_broken_over_two_lines_is_one() -> None:
    # a credit's label alone, its value on the next line: one byline or caption, the join
    # recorded; not a paragraph's opening that ends in a colon, nor a caption over a credit
    for lines, kind, joined in ((["本报记者", "王小明"], "bylines", "本报记者 王小明"),
                                (["图片来源：", "青山日报"], "captions", "图片来源：青山日报"),
                                (["（王小明", "摄）"], "captions", "（王小明 摄）"),
                                (["青山日报记者", "王小明 通讯员 李春华"], "bylines", "青山日报记者 王小明 通讯员 李春华")):
        a = restored(article([*P[:2], *lines, *P[2:]]))
        assert a.paragraphs == P and getattr(a, kind) == [joined]
        assert any(e.step == "extract_metadata" and e.action == "join" for e in a.edits)
    b = restored(article([*P[:2], "▲村民们参加拔河比赛", "（王小明 摄）", *P[2:]]))
    assert b.paragraphs == P and b.captions == ["▲村民们参加拔河比赛", "（王小明 摄）"]


def test_a_chronology_keeps_its_dated_lines() -> None:
    # one line that opens with the day and a gap is a picture's caption; three make a
    # chronology, whose entries are the body's
    entries = ["2019-01-12 青山镇第一届农民运动会开幕", "2020-01-11 青山镇第二届农民运动会开幕", "2021-01-09 青山镇第三届农民运动会开幕"]
    a = restored(article([*P[:2], *entries, *P[2:]]))
    assert a.paragraphs == [*P[:2], *entries, *P[2:]] and not a.captions
    b = restored(article([*P[:2], entries[0], *P[2:]]))
    assert b.paragraphs == P and b.captions == [entries[0]]


def test_a_title_ending_in_fabu_is_no_account() -> None:
    # an office's account is a place's name and 发布 (青山发布); a longer line is a headline
    # (under it, a short line that could be a title: a section's heading)
    title, heading = "首批高清太阳照片发布", "开幕式简朴热烈"
    a = restored(article([heading, *P], head=[title, "本报记者 王小明"]))
    assert a.title == title and a.paragraphs == [heading, *P] and a.bylines == ["本报记者 王小明"]


def test_a_long_title_without_a_comma_under_furniture() -> None:
    # news broadcasts string a long title's clauses with spaces: it may pass 64 characters
    title = "青山镇举办第三届农民趣味运动会 三百多名村民参加拔河推小车等八个项目比赛 镇党委书记王小明出席开幕式并讲话 全镇十二个村代表队同场竞技"
    assert len(title) > 64
    a = restored(article(P, head=["青山日报 :: 新闻", title]))
    assert a.title == title and a.paragraphs == P


def test_a_process_with_arrows_in_the_body_stays() -> None:
    # (arrows between short items make a breadcrumb only after the home page or before 正文)
    body = [*P[:2], "办理流程：申请→审核→发放", *P[2:]]
    a = restored(article(body))
    assert a.paragraphs == body and not a.captions and not a.bylines


def test_furniture_under_the_title_is_dropped_and_a_byline_there_kept() -> None:
    a = restored(article(P, head=[TITLE, "2024-01-12 08:30 来源：青山日报", "首页 > 新闻中心 > 正文"]))
    assert a.title == TITLE and a.paragraphs == P
    assert len([e for e in a.edits if e.step == "remove_furniture"]) == 2
    b = restored(article(P, head=[TITLE, "责任编辑：陈晓"]))
    assert b.paragraphs == P and b.bylines == ["责任编辑：陈晓"]
    # the page's interface there is recorded with the bylines, as in the body (a counter, a
    # share menu: what the page printed around the article)
    c = restored(article(P, head=[TITLE, "浏览次数：1024", "分享到：微信 微博"]))
    assert c.title == TITLE and c.paragraphs == P and c.bylines == ["浏览次数：1024", "分享到：微信 微博"]


def test_a_column_name_ending_in_xun_is_a_title_not_furniture() -> None:
    # and a title holding a furniture word inside a word of its own (打印, 字号)
    for title in ("国内联播快讯", "市场资讯", "3D打印走进太空", "技术改造助推老字号焕发新生机"):
        assert restored(article(P, head=[title])).title == title


def test_a_column_and_its_topic_apart_by_a_dot_is_a_title_over_a_headline() -> None:
    # (People's Daily prints them so: 来论·春运 over the item's headline; a row of sections'
    # labels apart by bars, 国际 | 外电, is the page's)
    for title in ("来论·春运", "非遗年集·花市"):
        a = restored(article(P, head=[title, "青山镇办起农民运动会"]))
        assert a.title == title


def test_a_one_character_title_or_one_ending_in_a_colon_stays_over_its_text() -> None:
    # (a badge, 荐, or a label cut from its headline, 快讯｜, is furniture only above a line
    # that can be the title)
    for title in ("雪", "HOT", "答记者问："):
        a = restored(article(P, head=[title]))
        assert a.title == title and a.paragraphs == P


def test_a_title_naming_an_electronic_edition_is_not_furniture() -> None:
    title = "民法典电子版"
    a = restored(article(P, head=["PDF版", title]))
    assert a.title == title and a.paragraphs == P


def test_a_weather_title_is_not_a_weather_box() -> None:
    title = "青山市今起降温 周末最低气温-3℃"
    a = restored(article(P, head=["天气：晴 12℃", title]))
    assert a.title == title and a.paragraphs == P


def test_title_with_a_date_is_not_furniture() -> None:
    title = "2024年1月12日青山镇举办农民运动会"
    a = restored(article(P, head=[title]))
    assert a.title == title


def test_lines_without_words_above_the_title_are_furniture() -> None:
    head = ["1/5", "▶ 00:00", "· · ·"]
    a = restored(article(P, head=head + [TITLE, SUBTITLE]))
    assert a.title == TITLE and a.paragraphs == P
    assert [e.before for e in a.edits if e.step == "remove_furniture"] == head


def test_a_title_in_latin_letters_stays() -> None:
    a = restored(article(P, head=["iPhone 15", SUBTITLE]))
    assert a.title == "iPhone 15" and a.paragraphs == P


def test_an_article_in_english_keeps_its_title() -> None:
    text = "Farmers' games in Qingshan\n\nThe town held its first winter games.\n\nSome 300 villagers took part.\n"
    a = restored(text)
    assert a.title == "Farmers' games in Qingshan"
    assert a.paragraphs == ["The town held its first winter games.", "Some 300 villagers took part."]


@pytest.mark.parametrize("title", ["青山镇-东岭村-西山村联办农民运动会", "城乡一体化 - 青山样本"])
def test_title_with_dashes_is_not_a_navigation_bar(title: str) -> None:
    a = restored(article(P, head=[title]))
    assert a.title == title


def test_everything_at_once_on_a_garbled_article() -> None:
    rng = random.Random(7)
    head, tail = P[3][:40], P[3][40:]
    body = [P[0], P[1], P[2], head, "▲拔河比赛现场", tail, P[4], P[5]]
    for _ in range(3):  # repeats at random places after the first paragraph
        body.insert(rng.randint(1, len(body)), rng.choice([P[1], P[4]]))
    garbled = "\r\n\r\n".join(["首页 > 新闻中心 > 正文", TITLE, SUBTITLE] + ["　　" + p for p in body] + ["责任编辑：陈晓"])
    a = restored(garbled.encode("gb18030"))
    assert a.title == TITLE
    assert sorted(a.paragraphs) == sorted(P)
    assert a.captions == ["▲拔河比赛现场"] and a.bylines == ["责任编辑：陈晓"]


def test_sample_article() -> None:
    from .conftest import SAMPLE

    a = restored(SAMPLE.read_bytes())
    text = "\n".join(a.paragraphs)
    # the paragraph cut by its own section heading is one paragraph again
    assert any("覆盖老党员4万人次。出台《银发人才信息库建设方案》" in p for p in a.paragraphs)
    # every paragraph appears once, and the degraded variant "以“银发”人才…" is gone
    assert len(a.paragraphs) == len(set(a.paragraphs))
    assert not any(p.startswith("以“银发”人才信息库") for p in a.paragraphs)
    # the heading of the 银发 section stands before the paragraph it heads
    heads = a.paragraphs.index("凝聚银发力量 助力桂林发展")
    assert "覆盖老党员4万人次" in a.paragraphs[heads + 2]
    assert "会议现场" in a.captions
    assert any(b.startswith("本报记者张婷婷") for b in a.bylines)
    assert not any(p.startswith(("▲", "▶")) for p in a.paragraphs)
    assert "点评坚持问题导向、目" in text and any(f["kind"] == "truncated_end" for f in a.flags)


@pytest.mark.parametrize(
    "line, heading",
    [
        ("趣味赛场", True),
        ("现场考察 对标先进共提升", True),
        ("——市委老干部局局务会、离退休工委书记、机关党委书记黄小桂", True),
        ("会议强调，要抓好落实。", False),
        ("一是加强领导：", False),
    ],
)
def test_is_heading(line: str, heading: bool) -> None:
    from newsclean.restore import is_heading

    assert is_heading(line) is heading


def test_first_copy_after_an_attribution_line_stays_in_place() -> None:
    attribution = "——青山镇文化站站长、运动会组委会副主任王小明"
    garbled = [P[0], P[2], attribution, P[3], P[4], P[3], P[5]]
    a = restored(article(garbled))
    assert a.paragraphs == [P[0], P[2], attribution, P[3], P[4], P[5]]


def test_blocks_repeated_together_stay_together() -> None:
    # the lead and the paragraph after it were repeated together; the lead's first copy is
    # the lead, and the paragraph stays with it (by place alone it would go to the second copy)
    body = _paragraphs(14, seed=5)
    lead = "新华社北京1月12日电 " + body[0]
    garbled = [lead, body[1], body[2], lead, body[1]] + body[3:14]
    a = restored(article(garbled))
    assert a.paragraphs == [lead] + body[1:14]
    assert any("repeated with" in e.reason for e in a.edits if e.step == "drop_duplicates")


def test_a_bracketed_note_is_not_a_heading_a_copy_stands_under() -> None:
    # an author's note in brackets shares words with a paragraph repeated below it; it does
    # not head that paragraph's section, so the copy below it is not taken for the original
    note = "（作者为青山镇文化站站长）"
    paras = P + [note]
    a = restored(article(paras + [P[1]]))
    assert a.paragraphs == paras


def test_a_paragraph_cut_at_a_decimal_point_is_cut() -> None:
    # "…增长14." / caption / "3%，…": a figure's decimal point is not a full stop
    para = "今年前三季度，青山市战略性新兴服务业营业收入增长14.3%，科技服务业增长9.6%，均高于全市服务业平均水平。"
    cut = para.index("14.") + 3
    paras = [P[0], para, P[5]]
    a = restored(article([P[0], para[:cut], "▲青山市科技园区一角", para[cut:], P[5]]))
    assert a.paragraphs == paras
    assert a.captions == ["▲青山市科技园区一角"]
    # with nothing between the two fragments, text was lost: flagged, not joined
    b = restored(article([P[0], para[:cut], "均高于全市服务业平均水平。" + P[3], P[5]]))
    assert [f["kind"] for f in b.flags] == ["truncated_end", "truncated_start"]


def test_a_credit_line_repeated_is_recorded_once() -> None:
    # a scraped page repeats the editor's line; the metadata holds it once, and the log says so
    garbled = [P[0], "责任编辑：陈晓", P[1], "责任编辑：陈晓"] + P[2:] + ["责任编辑：陈晓"]
    a = restored(article(garbled))
    assert a.paragraphs == P
    assert a.bylines == ["责任编辑：陈晓"]
    assert len([e for e in a.edits if e.step == "extract_metadata" and "already recorded" in e.reason]) == 2


def test_a_short_fragment_cut_at_a_decimal_point_is_flagged() -> None:
    # a short line without a sentence end may be a heading; but not one that ends inside a
    # figure ("…同比增长6." / ".2亿元…"): text was lost between the two
    a = "全年营业总收入62.5亿元，同比增长6."
    b = "2亿元，利润总额同比增长8.3%，均创历史新高。" + P[3]
    r = restored(article([P[0], a, b, P[5]]))
    assert r.paragraphs == [P[0], a, b, P[5]]
    assert [f["kind"] for f in r.flags] == ["truncated_end", "truncated_start"]


def test_a_summary_line_and_its_copy_without_the_lead_clause() -> None:
    # a deck (no sentence end) and a copy of it with its first clause dropped: the copy goes;
    # a heading that is a labelled line without its label stays
    deck = "作为新生力量，青山镇要把农民运动会办成村民自己的节日，办出特色、办出品牌"
    paras = [deck] + P
    a = restored(article(paras[:3] + [deck[deck.index("，") + 1:]] + paras[3:]))
    assert a.paragraphs == paras
    assert any(e.step == "drop_near_duplicates" for e in a.edits)
    labelled = ["作品名称：城郊小镇办起冬季农民运动会", "城郊小镇办起冬季农民运动会"] + P[:3]
    assert restored(article(labelled)).paragraphs == labelled


def test_a_whole_paragraph_spliced_onto_another_goes() -> None:
    # a one-sentence paragraph whose quotation we cut in two ("“……”他说，…。") stands on its
    # own and also, whole, at the end of another paragraph: it was spliced there
    song = "“今天明天都是好日子，赶上了盛世咱享太平……”回来路上，村民们一路唱着歌。"
    paras = P[:3] + [song] + P[3:]
    garbled = P[:1] + [P[1] + song] + P[2:3] + [song] + P[3:]
    a = restored(article(garbled))
    assert a.paragraphs == paras
    assert any(e.step == "drop_spliced_sentences" and e.before == song for e in a.edits)
    # a copy that lacks its first sentence holds a full stop inside: not this rule's
    rest = P[3][P[3].index("。") + 1:]
    assert rest and "。" in rest[:-1]
    b = restored(article(P[:5] + [rest] + P[5:]))
    assert not any(e.step == "drop_spliced_sentences" for e in b.edits)


def test_a_repeated_note_in_brackets_stays_once_at_the_end() -> None:
    # an author's note, short and in brackets, repeated higher up: one copy stays, the last,
    # which ends the article
    note = "（作者为青山大学教授）"
    paras = P + [note]
    a = restored(article(P[:2] + [note] + P[2:4] + [note] + P[4:] + [note]))
    assert a.paragraphs == paras
    assert any("note in brackets" in e.reason for e in a.edits if e.step == "drop_duplicates")


def test_a_quotation_spliced_from_a_paragraph_where_it_has_its_attribution() -> None:
    # "“……。”李春华说。" is one sentence where it belongs; the quotation alone was spliced
    # onto another paragraph's end: it goes there
    quote = "“以前农闲时大家各忙各的，现在有了运动会，邻里之间走动多了。”"
    own = "赛后，村民们久久不愿离去。" + quote + "西岭村村民李春华说。"
    paras = P[:3] + [own] + P[3:]
    a = restored(article(P[:1] + [P[1] + quote] + P[2:3] + [own] + P[3:]))
    assert a.paragraphs == paras
    assert any(e.step == "drop_spliced_sentences" for e in a.edits)


def test_a_quotation_spliced_from_a_paragraph_it_opens_goes() -> None:
    # "“……。”李春华介绍，……。" is one sentence where it belongs (more than an attribution
    # after it); the quotation alone spliced onto another paragraph's end goes there
    quote = "“以前农闲时大家各忙各的，现在有了运动会，邻里之间走动多了。”"
    own = quote + "西岭村村民李春华介绍，村里今年还组织了广场舞队，每晚都有几十人参加。"
    paras = P[:3] + [own] + P[3:]
    a = restored(article(P[:1] + [P[1] + quote] + P[2:3] + [own] + P[3:]))
    assert a.paragraphs == paras
    # but a summary line that ends in a quoted term, repeated where a paragraph opens, is
    # not cut there: its end is no quotation (the line as a whole is inside that paragraph)
    deck = "一方面办好运动会、丰富村民生活，一方面不失时机抓好冬季农业生产"
    pull = "办法总比困难多。办赛事、抓生产，我们有信心也有能力做到“两不误”"
    b = restored(article([deck, pull, P[0], P[1], pull + "。" + P[3] + P[5], P[4]]))
    assert not any(e.step == "drop_spliced_sentences" for e in b.edits)


def test_the_standard_engines_han_class_is_the_han_script_where_news_needs_it() -> None:
    # the cues run on the standard `re` engine, \p{Han} read as a letter of none of the
    # alphabets news prints beside Chinese (a class `re` compiles at once)
    import re
    import unicodedata

    import regex

    from newsclean.restore import _HAN_RE

    def han_re(chars: str) -> set[str]:
        return set(re.findall(_HAN_RE, chars))

    cjk = "".join(map(chr, [*range(0x3400, 0x4DC0), *range(0x4E00, 0xA000), *range(0xF900, 0xFA6E)])) + "々〇〡〥"
    assert han_re(cjk) == set(cjk)
    others = ("abcXYZ0123456789ÀéßΩЖ０９ＡｚあアーｶｰΑ①⑳⑴Ⅱⅻ²³¹½❶㈠㊀"
              "，。、；：？！“”‘’《》（）【】「」『』〔〕—…·・　 _-")
    assert han_re(others) == set()
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    han = set(regex.findall(r"\p{Han}", every))
    # where the two differ: letters of other scripts (Hangul, Devanagari, …) and the Kangxi
    # radicals (symbols), or characters this Python's Unicode does not know yet
    assert {unicodedata.category(c)[0] for c in han_re(every) - han} <= {"L", "N"}
    assert {unicodedata.category(c) for c in han - han_re(every)} <= {"So", "Cn", "Mc", "Po"}


def test_cues_run_on_the_standard_engine_as_they_would_on_regex() -> None:
    import re

    import regex

    from newsclean import restore as R

    for cue in (R.FURNITURE, R.CAPTION_CUE, R.BYLINE_CUE):
        for find, _gate, _keys, _at_end in cue.parts:
            # (a part not yet tried holds its pattern, compiled when first tried)
            compiled = R._compile(find.pattern, reverse=find.reverse) if isinstance(find, R._Deferred) else find.__self__
            assert isinstance(compiled, re.Pattern), compiled.pattern
    # a pattern `re` cannot take stays with `regex`
    assert isinstance(R._compile(r"\p{L}+"), regex.Pattern)
    assert isinstance(R._compile(r"(?<=^.{0,3})x"), regex.Pattern)


def test_the_han_class_of_the_standard_engine_is_the_han_script() -> None:
    # `\p{Han}` as `re` reads it: every code point `regex` calls Han, and no other
    import re

    import regex

    from newsclean import restore as R

    ours, theirs = re.compile(R._HAN_RE), regex.compile(r"\p{Han}")
    differ = [hex(cp) for cp in range(0x30000) if (ours.match(chr(cp)) is None) != (theirs.match(chr(cp)) is None)]
    assert differ == []
    # (inside a class, a negated one too: `re` compiles it with the same ranges)
    assert R._compile(r"^[^\p{Han}\s]+$").match("Ab1") and not R._compile(r"^[^\p{Han}\s]+$").match("A中")
    assert isinstance(R._compile(r"[^\p{Han}]"), re.Pattern)


def test_a_cue_part_is_compiled_when_first_tried_and_answers_the_same() -> None:
    from newsclean import restore as R

    cue = R._Cue(((r"\p{Han}{2,4}\s*摄$", ("摄",)),))
    deferred = cue.parts[0][0]
    assert isinstance(deferred, R._Deferred)
    assert cue.search("王小明 摄") and not cue.search("摄影展开幕了吗")
    test = cue.parts[0][0]
    assert not isinstance(test, R._Deferred)  # compiled once, in the part's place
    assert cue.search("李春华摄") and cue.parts[0][0] is test


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="本报道记者通讯员 摄a", max_size=14))
def test_the_strings_a_line_holds_are_all_found_in_one_scan(line: str) -> None:
    # overlapping strings (本报 / 报道 / 本报记者), one inside another (记者 / 本报记者 / 者),
    # one starting where a longer one does (通讯 / 通讯员): each part's gate is whether the line
    # holds one of its strings, as a scan for each part's strings would find
    from newsclean import restore as R

    keys = ("本报", "报道", "本报记者", "记者", "者", "通讯", "通讯员", " 摄", "a")
    cue = R._Cue(tuple((f"(?!){i}", (k,)) for i, k in enumerate(keys)))
    assert cue.held(line) == {k for k in keys if k in line}


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="。！？!?…；;.．”）12３a中文 ", max_size=16))
def test_a_paragraphs_last_sentence_is_found_backwards_as_a_plain_loop_finds_it(text: str) -> None:
    from newsclean.restore import _TAIL_MARKS, _last_sentence_core

    end = len(text)
    while end and text[end - 1] in _TAIL_MARKS:
        end -= 1
    start = 0  # after the last mark before `end` that is no decimal point between figures
    for i in range(end - 1, -1, -1):
        decimal = (text[i] in ".．" and i > 0 and text[i - 1].isdecimal() and i + 1 < end
                   and text[i + 1].isdecimal())
        if text[i] in "。！？!?…；;.．" and not decimal:
            start = i + 1
            break
    while start < end and text[start] in _TAIL_MARKS:
        start += 1
    assert _last_sentence_core(text) == text[start:end]


def test_a_list_numbered_with_a_closing_bracket_does_not_show_a_cut() -> None:
    from newsclean.restore import _closes_first

    assert not _closes_first("1）加强组织领导，确保运动会顺利举办。")
    assert not _closes_first("一）加强组织领导。")
    assert _closes_first("社章程》和《村规民约》，把运动会越办越好。")
    heading = "运动会越办越好，村民越来越近"
    items = ["1）加强组织领导，确保运动会顺利举办。", "2）做好安全保障，防止意外发生。"]
    a = restored(article([P[0], heading, *items, P[5]]))
    assert a.paragraphs == [P[0], heading, *items, P[5]] and a.flags == []


def test_copies_between_the_halves_of_a_cut_paragraph_go_short_ones_too() -> None:
    # a paragraph cut mid-sentence, a byline, then copies of the next two paragraphs (one of
    # them a short sentence) before the paragraph's other half: the copies after it are the
    # ones in place, and the halves are joined
    short = "王小明主持开幕式。"
    cut = P[1].index("既")
    garbled = [P[0], P[1][:cut], "（记者 李春华）", short, P[3], P[1][cut:], short, P[3], P[4]]
    a = restored(article(garbled))
    assert a.paragraphs == [P[0], P[1], short, P[3], P[4]]
    assert a.bylines == ["（记者 李春华）"]


def test_two_headlines_side_by_side_with_a_number_after_the_gap_are_not_joined_to_a_lead() -> None:
    # a round-up's item headline (two headlines with a gap, the second opening with a year)
    # above its caption and its lead: not a paragraph cut mid-sentence
    head = "青山镇与东岭村签署“文旅融合工程”战略合作协议 2025青山镇新春消费季启动"
    lead = "青山镇与东岭村今天在镇政府签署文旅合作协议，并启动系列惠民活动。双方将共同打造乡村旅游线路。"
    garbled = [P[0], P[1], head, "▲青山镇新春消费季启动现场", lead, P[3]]
    a = restored(article(garbled))
    assert a.paragraphs == [P[0], P[1], head, lead, P[3]]


@pytest.mark.parametrize("title", ["人民日报评论员文章：弘扬宪法精神 彰显宪法权威", "在现场", "青山日报", "青山发布"])
def test_a_title_that_reads_as_a_credit_stays_above_its_first_paragraph(title: str) -> None:
    # (a credit or an outlet's name is furniture only above a line that can be a title;
    # the first paragraph cannot)
    a = restored(article(P, head=[title]))
    assert a.title == title and a.paragraphs == P


def test_a_repeated_heading_inside_the_paragraph_it_names_goes_back_before_it() -> None:
    # the sample's fault with a repeat: a section's heading lands inside its first paragraph
    # (cut mid-number, "…达到1" / heading / "2万人。"), and a copy of the heading stands
    # further down too; the copy inside the cut paragraph is the displaced one
    head = "青山镇运动会参赛人数创新高"
    para = "青山镇今年的运动会参赛人数创新高。报名的村民达到12万人，比去年多了三成。镇里为此增设了两个比赛场地。"
    cut = para.index("2万")
    other = "拔河比赛最受欢迎。东岭村和西岭村的队员们脚蹬地面、身体后仰，场面十分热闹。"
    garbled = [P[0], para[:cut], head, para[cut:], "青山镇第二届运动会", other, head]
    a = restored(article(garbled))
    assert a.paragraphs == [P[0], head, para, "青山镇第二届运动会", other]
    assert any("names" in (e.reason or "") for e in a.edits if e.step == "drop_duplicates")


def test_a_repeated_heading_that_ends_the_article_goes_back_over_its_paragraph() -> None:
    # a section's heading lands inside its first paragraph, which it does not name in so
    # many words, and two copies end the article, heading nothing: the copy over the
    # paragraph's second half is the heading (the page repeats headings; a caption landing
    # there by chance is not repeated)
    head = "赛场内外 欢声笑语"
    para = "东岭村和西岭村的队员们脚蹬地面、身体后仰，围观的村民一边喊着号子一边鼓掌，场面十分热闹。最终东岭村以两比一胜出。"
    cut = para.index("围观")
    garbled = [P[0], P[1], para[:cut], head, para[cut:], P[5], head, head]
    a = restored(article(garbled))
    assert a.paragraphs == [P[0], P[1], head, para, P[5]]
    assert any("paragraph under it" in (e.reason or "") for e in a.edits if e.step == "drop_duplicates")


def test_a_heading_copy_inside_a_paragraph_it_already_heads_is_the_repeat() -> None:
    head = "青山镇运动会参赛人数创新高"
    para = "青山镇今年的运动会参赛人数创新高。报名的村民达到12万人，比去年多了三成。镇里为此增设了两个比赛场地。"
    cut = para.index("2万")
    garbled = [P[0], head, para[:cut], head, para[cut:], P[3]]
    a = restored(article(garbled))
    assert a.paragraphs == [P[0], head, para, P[3]]


def test_a_repeated_deck_with_a_comma_is_not_joined_to_the_paragraph_under_its_credit() -> None:
    # the page prints the original title's halves, a deck and the credit twice; the deck's
    # kept copy, a clause and a comma without a stop, is a heading: a cut leaves its first
    # half in one place only
    deck = "镇里：老人的救人行为要表扬，但不应提倡"
    credit = "本报记者　王小明／文　李春华／漫画"
    first = "尽管事情已经过去十多天了，但老人的儿子，还心有余悸。"
    a = newsclean.clean("\n\n".join([
        "七旬老人勇救落水孙子　镇长称要表扬不提倡", "新闻原标题：七旬老人下水勇救小孙子　幸好路人及时出手救了两个人",
        deck, credit, "七旬老人下水勇救小孙子", "幸好路人及时出手救了两个人", deck, credit, first]))
    assert a.paragraphs[-2:] == [deck, first]


def test_a_paragraph_of_two_sentences_at_the_end_of_another_is_its_degraded_copy() -> None:
    # a paragraph's last two sentences standing alone (its first dropped, a degraded copy)
    # are not a sentence spliced onto it: a splice is one sentence; the copy goes
    quote = "“这是我们镇第一次办这样的比赛！”镇长王小明介绍。"
    lead = "青山镇今年冬天办起了第一届农民运动会，全镇十二个村的三百多名村民报名参加。" + quote
    a = newsclean.clean("\n\n".join(["青山镇办起农民运动会", lead, P[2], quote, P[3]]))
    assert a.paragraphs == [lead, P[2], P[3]]


def test_an_editors_note_label_under_the_title_stays() -> None:
    # above the title, a lone 编者按 is the page's; under it, the label of the note that follows
    note = "编者按"
    a = newsclean.clean("\n\n".join(["青山镇办起农民运动会", note, P[0], P[1]]))
    assert a.title == "青山镇办起农民运动会" and a.paragraphs == [note, P[0], P[1]]


def test_the_cues_read_the_traditional_form_of_every_character_they_hold() -> None:
    # a traditional-script page's credit is read in simplified script, character by character,
    # through the project's table: every Han character in restore.py's code whose traditional
    # form differs must be in it (else 作者係…, 原創 go unread)
    import re as re_
    from pathlib import Path

    opencc = pytest.importorskip("opencc")
    from newsclean import restore
    from newsclean.resources import TO_SIMPLIFIED

    source = Path(restore.__file__).parent / "restore.py"  # (compiled, __file__ names the .so)
    if not source.exists():
        pytest.skip("restore.py is compiled and its source not installed")
    code = "\n".join(ln.split("  #")[0] for ln in source.read_text(encoding="utf-8").splitlines()
                     if not ln.lstrip().startswith("#"))
    to_traditional = opencc.OpenCC("s2t")
    missing = [(c, t) for c in sorted(set(re_.findall(r"[\u4e00-\u9fff]", code)))
               if (t := to_traditional.convert(c)) != c and ord(t) not in TO_SIMPLIFIED]
    assert not missing
