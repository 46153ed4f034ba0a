"""Places: classes of text fixed in session 66.

Every sentence here is written for these tests; the provinces, counties and towns are real
divisions, the villages and people invented or named as facts."""
from __future__ import annotations

from pipeline.extract.regions import locate


# -- a feature set in one town or village, its province named around it --------------------------

def test_a_feature_set_in_one_village_is_placed_at_its_town_though_the_province_is_named_more(g):
    # the headline and the body name the province (its economy, its roads): the story is the village's
    title = "山西一位驻村书记的三年"
    text = ("山西省大宁县太德乡太德村坐落在黄河边的山梁上。山西近年来交通条件大为改善，"
            "山西的乡村公路已通到每个行政村。方小禾三年前来到太德村，太德村当时没有一家合作社。"
            "如今太德村建起了两座大棚，太德村的年轻人也陆续回来了。")
    r = locate(text, g, title=title).region
    assert r is not None and r.name == "太德乡"


def test_the_story_of_one_town_and_its_villages_is_placed_at_the_town(g):
    title = "辽宁三位第一书记的一天"
    text = ("辽宁每年都有一批机关干部下到村里。辽宁的这项安排已实施多年。辽宁各地干部群众反响热烈。"
            "这回要讲的，是在抚顺县上马镇驻村的三个人。三人分别驻在温道村、通什村和洋湖村。"
            "上马镇党委介绍，洋湖村的道路去年修通，洋湖村的合作社今年开始分红。上马镇还将推广他们的做法。")
    r = locate(text, g, title=title).region
    assert r is not None and r.name == "上马镇"


def test_a_provincial_report_citing_one_villages_example_stays_at_the_province(g):
    # the province speaks as its own (省委, 全省): the town's village is its example
    title = "湖南驻村第一书记轮换工作全面启动"
    text = ("近日，省委组织部召开会议，部署全省驻村第一书记轮换工作。湖南今年共选派一万余名第一书记。"
            "以花垣县双龙镇十八洞村为例，十八洞村第一书记带领群众发展产业，十八洞村的集体收入翻了一番。"
            "十八洞村的经验已在湖南推广，十八洞村的做法还将总结提炼。")
    assert locate(text, g, title=title).region.name == "湖南省"
    # the province's own organ at work, named: its report too
    title = "河北：村干部学历提升计划见成效"
    text = ("河北省委组织部今年组织村干部参加学历教育。在河北，阜平县龙泉关镇骆驼湾村的村干部率先报名，"
            "骆驼湾村共有三人参加。骆驼湾村支部书记说，学习开阔了眼界。骆驼湾村的学员将在年底毕业。")
    assert locate(text, g, title=title).region.name == "河北省"
    # a headline opening with the province and a colon: the province's report, whatever example it tells
    title = "山西：把能干事的干部派到村里"
    text = ("山西每年从机关选派干部驻村。在山西，这样的干部已有上万名。山西的经验是选得准、派得好。"
            "大宁县太德乡的太德村就是一例，太德村第一书记带着村民种药材，太德村的药材卖到了外省。")
    assert locate(text, g, title=title).region.name == "山西省"


def test_a_county_named_again_and_again_without_a_town_of_it_leaves_the_weights_alone(g):
    # a county alone may be a provincial report's example: only a town or village named again is a scene
    title = "江西推行村干部专职化管理"
    text = ("江西各地积极推行村干部专职化管理。江西省已有多数县出台办法。修水县先行先试，修水县建立了考核制度，"
            "修水县还为村干部缴纳养老保险，修水县的做法在江西得到推广，修水县今年又扩大了范围。")
    assert locate(text, g, title=title).region.name == "江西省"


# -- the province speaking as itself in words other than 省委, 全省 (review of session 66) ----------

_EXAMPLE = ("以花垣县双龙镇十八洞村为例，十八洞村第一书记带领群众发展产业，十八洞村的集体收入翻了一番，"
            "十八洞村的经验正在推广，十八洞村也成了干部培训的现场教学点。")


def test_a_provincial_report_whose_unnamed_organ_acts_in_the_opening_stays_at_the_province(g):
    # 省纪委监委 and 省人社厅 are the province's organs as much as 省委; 记者从省委组织部了解到 opens its report
    for title, opening in (("湖南出台关爱基层干部若干措施", "近日，省纪委监委出台关爱基层干部十条措施，要求各市州抓好落实。"),
                           ("湖南开展乡村工匠职称评审", "近日，省人力资源和社会保障厅启动乡村工匠职称评审工作，今年将评审一千名乡村工匠。"),
                           ("湖南考核指挥棒引导干部担当作为", "本报记者从省委组织部了解到，今年改进干部考核工作，各市州把考核结果与干部使用挂钩。"),
                           ("湖南推进驻村工作", "我省近日部署驻村工作，各地认真落实。"),
                           ("湖南举办年轻干部乡村振兴专题培训班", "近日，第三期年轻干部乡村振兴专题培训班在省委党校开班。")):
        assert locate(opening + _EXAMPLE, g, title=title).region.name == "湖南省", title


def test_an_autonomous_region_or_a_municipality_speaking_as_itself_stays_there(g):
    # 自治区党委, 全区 are Inner Mongolia's 省委, 全省; 市委, 全市 Beijing's
    title = "内蒙古选优配强嘎查村“两委”班子"
    text = ("近日，自治区党委组织部部署全区嘎查村“两委”班子建设工作。阿尔山市白狼镇的做法是一例，白狼镇为每个村配备后备干部，"
            "白狼镇林俗村的年轻人回村任职，白狼镇的经验将在全区推广，白狼镇也成了全区培训的教学点。")
    assert locate(text, g, title=title).region.name == "内蒙古自治区"
    title = "北京推进年轻干部到基层一线历练"
    text = ("近日，市委组织部印发通知，部署全市年轻干部基层历练工作，全市今年选派三百名年轻干部到街乡任职。以密云区溪翁庄镇为例，"
            "溪翁庄镇接收了十名年轻干部，溪翁庄镇为每人配备了导师，溪翁庄镇的做法将在全市推广，溪翁庄镇也成了全市培训的教学点。")
    assert locate(text, g, title=title).region.name == "北京市"


def test_a_feature_whose_first_secretary_the_provincial_organ_sent_is_still_the_towns(g):
    # 省委组织部选派的第一书记: the organ named in passing, not acting in the report
    title = "湖南一位驻村书记的三年"
    text = ("省委组织部选派的第一书记方小禾，三年前来到花垣县双龙镇十八洞村。十八洞村当时没有一家合作社。"
            "如今十八洞村建起了苗绣合作社，十八洞村的年轻人陆续回来了，十八洞村的路也修通了。")
    assert locate(text, g, title=title).region.name == "双龙镇"


def test_a_headline_setting_the_province_apart_or_naming_its_organ_is_the_provinces_report(g):
    # 湖南｜…, 【湖南】…, 湖南 …, 湖南省委组织部…: as much the province's report as 湖南：…
    text = "每年从机关选派干部驻村，这样的干部已有上万名。" + _EXAMPLE
    for title in ("湖南｜把能干事的干部派到村里", "【湖南】把能干事的干部派到村里", "湖南 把能干事的干部派到村里",
                  "湖南——把能干事的干部派到村里", "湖南省委组织部把能干事的干部派到村里", "湖南省委组织部：把能干事的干部派到村里"):
        assert locate(text, g, title=title).region.name == "湖南省", title


def test_a_headline_opening_with_the_province_at_work_is_the_provinces_report(g):
    # 湖南把…, 湖南启动…, 湖南公布…: the province at work; 湖南一位驻村书记… is a feature's
    text = "每年从机关选派干部驻村，这样的干部已有上万名。" + _EXAMPLE
    for title in ("湖南把能干事的干部派到村里", "湖南启动村级后备干部培养工程", "湖南选派干部驻村"):
        assert locate(text, g, title=title).region.name == "湖南省", title
    title = "湖南公布第二批乡村振兴示范村名单"
    text = ("日前，第二批乡村振兴示范村名单公布。一、花垣县双龙镇十八洞村；二、花垣县双龙镇马鞍村；三、花垣县双龙镇金龙村。"
            "各示范村要发挥带动作用，十八洞村、马鞍村、金龙村将获得专项资金支持。")
    assert locate(text, g, title=title).region.name == "湖南省"
    text = "方小禾三年前来到花垣县双龙镇十八洞村，" + _EXAMPLE
    assert locate(text, g, title="湖南一位驻村书记的三年").region.name == "双龙镇"
