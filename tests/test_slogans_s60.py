"""Session 60 on slogans: classes of slogans the extractor got wrong on the real pages (texts written
for the test: places and people invented)."""
from __future__ import annotations

from pipeline.extract.article import extract_article

from test_extract import article


def _headline_slogans(title: str, body: str) -> dict[str, list[str]]:
    x = extract_article(article(body, title=title))
    return {s.canonical: s.components for s in x.slogans if s.start is None}


def test_a_headline_formula_takes_its_items_from_the_bodys_paragraphs(segmenter):
    body = ("近年来，青禾县把年轻干部放到一线锤炼，干部队伍干事能力不断增强。\n"
            "坚持岗位练兵。组织年轻干部到窗口单位轮岗，熟悉政务服务流程。\n"
            "坚持驻村蹲苗。选派年轻干部驻村一年，参与矛盾调处。\n"
            "坚持跟班学习。安排年轻干部赴先进地区跟班半年。")
    assert _headline_slogans("青禾县“三坚持”锤炼年轻干部", body) == {"三坚持": ["坚持岗位练兵", "坚持驻村蹲苗", "坚持跟班学习"]}


def test_a_headline_formula_takes_its_items_from_the_bodys_lead(segmenter):
    # quoted items sharing the last character of the formula's word
    body = "近年来，柳川镇开设“田间课堂”“庭院讲堂”“网上学堂”，让农村党员就近学习。\n全镇已培训党员八百余人次。"
    assert _headline_slogans("柳川镇办好“三个课堂”", body) == {"三个课堂": ["田间课堂", "庭院讲堂", "网上学堂"]}
    # phrases holding the formula's word, the first cut where the others start
    body = "方家县通过细化考核指标，简化考核程序，深化结果运用，推动平时考核落地见效。\n下一步将继续完善。"
    assert _headline_slogans("方家县“三化法”考准干部实绩", body) == {"三化法": ["细化考核指标", "简化考核程序", "深化结果运用"]}
    # a list closed by the formula's word
    body = "今年以来，青禾县在干部选拔中坚持重担当、重一线、重口碑的用人导向，干部干事热情高涨。"
    assert _headline_slogans("青禾县坚持“三个导向”选干部", body) == {"三个导向": ["重担当", "重一线", "重口碑"]}


def test_a_headline_formula_the_lead_does_not_spell_out_keeps_no_items(segmenter):
    # a longer list holding the word, or fewer items than it counts: none is the formula's
    body = "柳川镇开设“田间课堂”“庭院讲堂”，让农村党员就近学习。"
    assert _headline_slogans("柳川镇办好“三个课堂”", body) == {"三个课堂": []}
    body = "方家县通过细化指标，简化程序，深化运用，强化监督，推动考核落地。"
    assert _headline_slogans("方家县“三化法”考准干部实绩", body) == {"三化法": []}


def test_a_national_formula_named_in_the_headline_takes_nothing_from_the_body(segmenter):
    # the body does not spell out a formula of the lexicon: two phrases holding 委 or 新 are not its items
    body = "近日，市委宣传部、市委党校联合举办专题培训班。参训学员纷纷表示收获满满。"
    assert _headline_slogans("青禾县“两委”成员能力提升班开班", body) == {"两委": []}
    body = "近一个月来，乡党委、乡纪委联合检查组走村入户，逐一核查候选人资格。"
    assert _headline_slogans("柳川乡稳妥推进村“两委”换届", body) == {"两委": []}
    body = "会上要求，要立足新起点，展现新担当，把党建优势转化为发展优势。"
    assert _headline_slogans("方家区“两新”党建工作座谈会举行", body) == {"两新": []}
    body = "与会人员先后参观了新能源汽车配件厂、新材料科技公司党支部，现场交流党建经验。"
    assert _headline_slogans("青禾县“两新”组织党建现场会召开", body) == {"两新": []}
    # a body naming 农业、农村 in passing, or the two responsibilities in other words
    body = "会议指出，要大力发展特色农业，持续改善农村人居环境，带动农民持续增收。"
    assert _headline_slogans("柳川县“三农”工作会议召开", body) == {"三农": []}
    body = "今年以来，方家县纪委督促各级党组织扛起主体责任，履行监督责任，推动管党治党落到实处。"
    assert _headline_slogans("方家县压紧压实“两个责任”", body) == {"两个责任": []}


def test_two_items_of_a_one_character_word_are_not_taken_from_the_lead(segmenter):
    # any two neighbouring phrases holding 强 would pass; a word of two characters still takes them
    body = "今年以来，柳川镇党委坚持强班子、强队伍，推动党员干部下沉一线。"
    assert _headline_slogans("柳川镇以“两强”促发展", body) == {"两强": []}
    body = "青禾县梳理出权力清单、责任清单，厘清部门职责边界。"
    assert _headline_slogans("青禾县“两张清单”明确权责", body) == {"两张清单": ["权力清单", "责任清单"]}
