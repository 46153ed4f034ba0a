"""Text-stage defects a code review reproduced (session 72): one test per class.

Every text here is invented for the test (places, names and sentences are made up).
"""
from __future__ import annotations

from pipeline.core.records import RawDocument
from pipeline.text.articles import split_articles
from pipeline.text.lines import _line_kind
from pipeline.text.repair import repair_document


def raw(text: str, fmt: str = "txt") -> RawDocument:
    return RawDocument(path=f"t.{fmt}", id="t", encoding="utf-8", format=fmt, text=text, size=len(text))


def articles(text: str, fmt: str = "txt"):
    return split_articles(repair_document(raw(text, fmt)))


# --- a rule forbidding use without consent is no reprint ban ---------------------------

def test_rule_against_using_funds_without_consent_is_article_text():
    rule = "挂职期间，未经原单位同意，挂职干部不得擅自使用专项经费。"
    text = ("青禾县规范挂职干部管理\n近日，青禾县印发挂职干部管理规定，对挂职干部的日常管理提出具体要求。\n"
            + rule + "\n规定还明确了年度考核办法，考核结果作为评优的重要依据。\n")
    assert _line_kind(rule, None)[0] == "text"
    assert _line_kind("未经单位领导批准同意，人事档案严禁复制使用。", None)[0] == "text"
    assert rule in articles(text)[0].text


def test_reprint_bans_naming_the_site_or_a_publisher_verb_stay_footers():
    for line in ["本网所有稿件，未经许可不得复制", "未经许可禁止复制或镜像", "未经授权，禁止转载",
                 "未经本站许可,任何单位不得使用本站作品。"]:
        assert _line_kind(line, None)[::2] == ("boilerplate", "footer"), line


# --- ordinary words that spam also uses never make a line spam on their own ---------------

BODY = ("\n近日，青禾县建立县乡村三级联动机制，落实基层干部福利待遇，激励干部担当作为。\n"
        "全县各乡镇要把关心关爱措施落到实处，确保取得实效。\n")


def test_headline_of_ordinary_words_spam_also_uses_is_the_title():
    from pipeline.text.lines import spam_reason

    for head in ["青禾县：三级联动保福利", "三级联动 福利到位", "柳川镇打造精品党课 福利跟着岗位走"]:
        assert spam_reason(head) is None, head
        assert articles(head + BODY)[0].title == head
    # beside a gambling or adult word they still count toward a spam line
    assert spam_reason("国产精品 三级影片 一区二区") is not None


def test_cited_title_keeps_an_issuer_named_with_an_ordinary_word():
    from pipeline.text.repair import clean_snippet

    for s in ["依据《柳川市社会福利院关于做好干部轮岗工作的通知》，", "按照《国产软件适配中心关于干部数字化培训的通知》要求"]:
        assert clean_snippet(s) == s
    assert clean_snippet("《青禾黄金城：关于加强基层干部队伍建设的意见》") == "《关于加强基层干部队伍建设的意见》"


# --- a markdown link's text keeps its own offsets -----------------------------------------

def test_markdown_link_text_points_at_itself_in_the_file():
    text = "青禾县选派干部驻村\n\n近日，青禾县选派[36名](http://example.cn/a)干部到[白石村](http://example.cn/b \"村\")驻村。![图](p.png)\n"
    clean = repair_document(raw(text, "md"))
    assert "选派36名干部到白石村驻村。" in clean.text and "图" not in clean.text.splitlines()[-1]
    for word in ("36名", "白石村", "驻村。"):
        at = clean.text.rindex(word)
        a, b = clean.orig_span(at, at + len(word))
        assert text[a:b] == word
    assert clean.quality.counts["markdown"] == 3


# --- a question mark before a list's letter or in an address is punctuation ------------------

def test_question_mark_before_lettered_options_or_in_an_address_is_kept():
    from pipeline.text.repair import clean_snippet

    for s in ["你对本村干部作风是否满意?A)满意 B)一般 C)不满意", "第5题:是否参加过轮训?a)是 b)否",
              "详情见(www.example.cn/news?id)。"]:
        assert clean_snippet(s) == s
    # a toned reading after a lost character, or a private-use character in the run, is still lost
    assert clean_snippet("青禾县?jì)委组织部") == "青禾县\ufffd委组织部"
    assert "\ufffd" in clean_snippet("青禾县\ue2fdA)委组织部")


# --- an item's repeated note is no site watermark ------------------------------------------

def test_repeated_responsibility_notes_after_items_stay():
    text = ("青禾县干部轮岗交流工作方案\n"
            "1.建立轮岗交流人选名单，每半年调整一次。（牵头单位：县委组织部）\n"
            "2.推动机关干部到乡镇站所交流任职。（牵头单位：县委组织部）\n"
            "3.组织轮岗干部参加岗前业务培训。（牵头单位：县委组织部）\n"
            "4.把轮岗表现纳入年度考核。责任单位：县人社局\n"
            "5.建立轮岗干部跟踪回访制度。责任单位：县人社局\n"
            "6.定期通报轮岗交流工作进展。责任单位：县人社局\n")
    clean = repair_document(raw(text))
    assert clean.text.count("（牵头单位：县委组织部）") == 3 and clean.text.count("责任单位：县人社局") == 3
    assert "glued_watermark" not in clean.quality.counts


# --- a long numbered heading is no paragraph cut by a page break ------------------------------

def test_long_numbered_heading_stays_apart_from_its_paragraph():
    head = "一、坚持把事业为上作为选人用人根本导向，着力锻造堪当重任的高素质专业化干部队伍"
    body = "全县坚持事业为上，把干部放到重点项目一线考察识别，今年以来共提拔重用干部84名。"
    text = ("青禾县深化干部工作改革\n近日，青禾县出台深化干部工作改革方案，从三个方面推出十五条措施。\n"
            + head + "\n" + body + "\n二、坚持严管厚爱，激励干部担当\n全县建立容错纠错机制，已为12名干部澄清正名。\n")
    texts = [p.text for p in articles(text)[0].paragraphs]
    assert head in texts and body in texts
    # a heading the page cut inside a word is still one line with its end
    cut = text.replace(head + "\n", head[:-1] + "\n" + head[-1:])
    assert any(p.startswith(head + body[:4]) for p in (p.text for p in articles(cut)[0].paragraphs))


# --- a list's item (c) is no copyright line ------------------------------------------------------

def test_third_lettered_item_is_text_and_the_rights_mark_is_furniture():
    from pipeline.text.lines import boilerplate_reason

    items = ["(a)在攻坚任务中大胆探索出现失误，但未谋取私利的，予以免责；",
             "(b)因上级政策调整造成工作偏差的，予以免责；",
             "(c)在抢险救灾中因客观条件所限造成损失的，予以免责。"]
    assert [boilerplate_reason(s, None) for s in items] == [None, None, None]
    text = "青禾县出台干部容错办法\n近日，青禾县出台干部容错免责办法，列出多种免责情形。\n" + "\n".join(items) + "\n办法自印发之日起施行。\n"
    assert items[2] in articles(text)[0].text
    assert boilerplate_reason("(c) 2016 青禾网 All Rights Reserved", None) is not None
    assert boilerplate_reason("(C)Qinghe News", None) is not None


# --- a headline's question mark is no lost space of a byline ------------------------------------

def test_question_in_a_headline_opening_like_a_byline_keeps_its_mark():
    body = "\n近日，青禾县委组织部召开年轻干部座谈会，围绕乡村治理听取意见建议，参会干部逐一交流体会。\n"
    for head in ["文化礼堂如何用好?看青禾县", "文明乡风靠什么?柳川镇答卷", "本报调查:年轻干部为何扎根乡村?专家解读"]:
        assert articles(head + body)[0].title == head
    # a byline whose spaces a narrow code page wrote as '?' still gets them back
    art = articles("文?|《柳川》周刊记者?方小禾?林小满" + body)[0]
    assert sorted(a.name for a in art.authors) == ["方小禾", "林小满"]


# --- characters of today's simplified standard stay in a simplified line -------------------------

def test_standard_characters_t2s_maps_stay_alone_in_a_simplified_line():
    from pipeline.text.chars import to_simplified

    for line in ["青禾县委书记於小川到白石村调研", "柳川镇党委书记林昇同志", "乾县推行干部实绩档案"]:
        assert to_simplified(line) == line
    # in a traditional line they change with the rest
    assert to_simplified("於是幹部們開會討論") == "于是干部们开会讨论"


# --- a reading written with combining tone marks is residue too ----------------------------------

def test_decomposed_pinyin_reading_is_dropped_and_offsets_hold():
    import unicodedata

    text = unicodedata.normalize("NFD", "青禾县加强干(gàn)部培训，严明纪律(lǜ)要求\n")
    assert "\u0300" in text
    clean = repair_document(raw(text))
    assert clean.text.startswith("青禾县加强干部培训，严明纪律要求")
    at = clean.text.index("部培训")
    a, b = clean.orig_span(at, at + 3)
    assert text[a:b] == "部培训"
    at = clean.text.index("律要求")
    assert text[slice(*clean.orig_span(at, at + 1))] == "律"


def test_long_section_heading_is_a_heading_over_its_measures():
    from pipeline.extract.measures import find_measures

    head = "一、坚持把事业为上作为选人用人根本导向，着力锻造堪当重任的高素质专业化干部队伍"
    text = ("青禾县深化干部工作改革\n近日，青禾县出台深化干部工作改革方案，从三个方面推出十五条措施。\n" + head
            + "\n全县建立干部实绩档案，把干部放到重点项目一线考察识别，今年以来共提拔重用干部84名。\n")
    art = articles(text)[0]
    assert [p.heading for p in art.paragraphs if p.text == head] == [True]
    assert all(m.text != head and m.heading == head for m in find_measures(art) if "实绩档案" in m.text)
    # an item numbered 1. is no section heading, however long
    assert not [p for p in articles(text.replace("一、", "1."))[0].paragraphs if p.heading and p.text.startswith("1.")]
