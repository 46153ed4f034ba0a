"""Session 58: classes of slogans the extractor got wrong on the real pages (texts written for the test)."""
from __future__ import annotations

from pipeline.extract.slogans import find_slogans


def _found(text: str) -> list[tuple[str, str, bool]]:
    return [(s.text, s.canonical, s.local) for s in find_slogans(text)]


def test_the_sets_of_leading_bodies_are_national_formulas_without_quotes():
    assert _found("青禾县四套班子领导到柳川镇走访慰问老党员。") == [("四套班子", "四套班子", False)]
    assert _found("县四大班子成员分头联系重点项目。") == [("四大班子", "四套班子", False)]
    assert _found("柳川镇三套班子成员参加了述职评议会。") == [("三套班子", "三套班子", False)]
    # which three bodies depends on the unit (a village's, a company's): no fixed parts, the text's list
    assert [s.components for s in find_slogans("村党支部、村委会、村务监督委员会三套班子成员共12人。")] == [
        ["村党支部", "村委会", "村务监督委员会"]]
    assert _found("审计报告送五套班子领导参阅。") == [("五套班子", "五套班子", False)]
    assert _found("小说写的是旧上海四大家族的兴衰。") == []  # (四大家 stays quoted only)


def test_a_pair_of_four_character_phrases_named_as_a_principle_is_a_slogan():
    # local unless the lexicon holds it: an exam's or a county's own principle is no central rule
    assert _found("青禾县选派驻村干部坚持就近就便、人岗相宜的原则，先后派出三批。") == [
        ("就近就便、人岗相宜", "就近就便、人岗相宜", True)]
    assert _found("柳川镇坚持党建领路、产业兴村的方针。") == [("党建领路、产业兴村", "党建领路、产业兴村", True)]
    assert _found("本次考试实行统一命题、统一阅卷的原则。")[0][2] is True
    assert _found("培训采取集中授课、分组研讨的方式进行。") == []  # (how it was done, no principle)
    assert _found("坚持读书学习、调查研究的原则上，做好准备。") == []  # (原则上: as a rule)


def test_the_principles_of_the_selection_rules_of_2019_are_national():
    text = "青禾县选用干部讲两条：（一）事业为上、人岗相适、人事相宜；（二）公道正派、注重实绩、群众公认；"
    assert _found(text) == [("事业为上、人岗相适、人事相宜", "事业为上、人岗相适、人事相宜", False),
                            ("公道正派、注重实绩、群众公认", "公道正派、注重实绩、群众公认", False)]


def test_a_list_of_the_words_of_the_selection_rule_is_national_in_any_order():
    (s,) = find_slogans("柳川镇评选优秀村干部,坚持公平、公正、公开的原则。")
    assert (s.canonical, s.local) == ("公平、公正、公开", False)
    (s,) = find_slogans("青禾县按照“公开、民主、竞争、择优”的原则选拔中层干部。")
    assert s.local is False
    (s,) = find_slogans("青禾县推行“定岗、定责、定酬”的原则管理村干部。")
    assert s.local is True  # (other words: a local rule)


def test_national_formulas_of_reform_and_party_life():
    assert [(s.canonical, s.local, s.components) for s in find_slogans("青禾县召开民主生活会，遵循“团结—批评—团结”的方针。")] == [
        ("团结—批评—团结", False, ["团结", "批评", "团结"])]
    assert _found("做到党建和业务两手抓、两手硬。") == [("两手抓、两手硬", "两手抓、两手硬", False)]
    assert _found("全镇“一网通办”事项覆盖率逐年提高。") == [("一网通办", "一网通办", False)]
    assert _found("机关里形成了“比学赶帮超”的氛围。") == [("比学赶帮超", "比学赶帮超", False)]
    assert _found("形成比学赶帮超的良好氛围。") == []  # (quoted only, like 比学赶超)


def test_a_count_of_layers_or_dimensions_after_a_list_of_as_many_is_a_slogan():
    (s,) = [s for s in find_slogans("柳川镇通过学习、实践和服务的三重磨砺，锤炼年轻干部。") if s.text == "三重磨砺"]
    assert s.components == ["学习", "实践", "服务"]
    found = [(s.text, s.components) for s in find_slogans("青禾县搭建“课堂+基地+网络”三维培训体系，覆盖全部村干部。")]
    assert ("三维培训体系", ["课堂", "基地", "网络"]) in found
    assert [s.text for s in find_slogans("柳川镇通过学习、实践的三重磨砺锤炼干部。")] == []  # (two items, three counted)
    assert [s.text for s in find_slogans("扫描下方二维码关注公众号。")] == []


def test_national_formulas_missing_from_the_lexicon_are_national():
    # (“四化” is not in the lexicon: the cadres' 四化 and the economy's 新四化 are written alike)
    assert [s.definition for s in find_slogans("推动工业化、信息化、城镇化、农业现代化“四化”同步发展。")] == [None]
    assert [(s.canonical, s.local) for s in find_slogans("柳川镇党委反复宣讲换届纪律“十严禁”。")] == [("十严禁", False)]
    assert [(s.canonical, s.local) for s in find_slogans("形成能者上、优者奖、庸者下、劣者汰的导向。")] == [
        ("能者上、优者奖、庸者下、劣者汰", False)]
    assert [(s.canonical, s.local) for s in find_slogans("青禾县的易地搬迁要让群众“搬得出、稳得住、能致富”。")] == [
        ("搬得出、稳得住、能致富", False)]
    assert find_slogans("确保群众搬得出、稳得住、能致富。") == []  # (running text: quoted only)


def test_the_national_internet_plus_applied_to_a_field_is_national_without_parts():
    assert [(s.text, s.local, s.components) for s in find_slogans("柳川镇探索“互联网+村务”模式。")] == [
        ("互联网+村务", False, [])]
    assert [(s.text, s.local, s.components) for s in find_slogans("重点发展数字服务、互联网+、现代物流等产业。")] == [
        ("互联网+", False, [])]
    assert [(s.text, s.local) for s in find_slogans("柳川镇探索“党建+村务”模式。")] == [("党建+村务", True)]


def test_the_four_stages_of_cadre_work_listed_unquoted_are_the_national_formula():
    assert [(s.canonical, s.local, s.components) for s in find_slogans("柳川镇围绕选、育、管、用四个环节抓村干部队伍。")] == [
        ("选育管用", False, ["选", "育", "管", "用"])]
