"""Session 80: classes of sentences the measures layer kept that the guideline says are no measures, each
seen on pages of more than one study set: a notice's conditions (an applicant's qualities, the cases barred),
a regulation's article titles and definitions, a place's stock counted, a thing's worth told as what it is,
survey data as background.  Each comes with look-alikes that stay measures.  Every sentence here is written
for this file."""
from __future__ import annotations

import pytest

from pipeline.extract.measures import find_measures, not_a_measure
from tests.test_extract import article


@pytest.mark.parametrize("kind,sentence", [
    ("qualification", "（三）热爱基层工作，具有较强的沟通协调能力和一定的文字功底；"),
    ("qualification", "2.为人正派，作风扎实，有一定的调查研究和组织协调能力；"),
    ("qualification", "（五）具有本县户籍（在外就读的本县生源可以报名）。"),
    ("qualification", "一、坚持党的领导，具有坚定的政治方向，遵纪守法。"),
    ("criteria", "2.曾受过记过以上处分的；"),
    ("criteria", "（四）正在接受纪律审查，尚未作出结论的；"),
    ("criteria", "应聘人员与招聘单位领导班子成员有夫妻关系的，不能报考；"),
    ("heading", "第六条 选派范围。"),
    ("heading", "第三章 教育培训 第九条 强化岗位培训。"),
    ("heading", "第八条 推荐程序："),
    ("conditions", "第五条 报名人员应当具备下列基本条件："),
    ("scope", "第三条 本办法所指社区工作者，系指在社区党组织和居委会专职工作的人员。"),
    ("stat", "据悉，青禾镇共有驻村干部12名，分别来自县直8个部门。"),
    ("stat", "目前，柳川街道共有8个社区（村），共有年轻社区干部26名、后备干部40名。"),
    ("theory", "干部人事档案是记录干部成长经历的原始记录，是识别干部的重要依据。"),
    ("theory", "年轻干部轮岗交流是优化班子结构、激发队伍活力的有效举措。"),
    ("theory", "1、村级后备干部培养是建强基层组织的基础工程，对提升村级班子战斗力意义重大。"),
    ("finding", "根据某研究院2020年的抽样调查数据，样本村村干部的平均年龄为51岁。"),
    ("finding", "先来看一组数据：去年各地通报的干部档案造假案件有120起。"),
])
def test_not_a_measure_classes_s80(kind, sentence):
    assert not_a_measure(sentence) == kind


@pytest.mark.parametrize("sentence", [
    "该县从乡镇选派20名干部到县直部门跟岗，具有基层工作经历的优先。",  # an organ's act
    "（五）成绩相同时，退役军人和具有基层工作经历者优先录用；",  # a preference, 具有 not opening a segment
    "具有三年以上社区工作经历的人员，笔试成绩加2分。",  # the quality names who, the rule follows
    "每季度组织一次集中学习，达到统一认识、提升能力的目的；",  # an act with its aim
    "第二条 社区干部由街道党工委统一调配。",  # the article's rule
    "第四条 严格落实村级干部坐班值班制度，乡镇党委每月抽查一次。",
    "截至目前，青禾县共有6名年轻干部在省直部门跟班学习。",  # the counted act
    "全县共有141名年轻干部参加了这次考试。",
    "县里举办了村干部培训班，共有学员120名，",  # an event held, those it reached counted
    "县委组织部选派干部驻村是加强基层组织建设的重要举措。",  # an organ's act in the subject
    "该县建立干部实绩档案，是识别干部的重要依据。",
    "县委组织部对全县干部开展问卷调查，共收回问卷2000份。",  # a survey held is an act
])
def test_look_alikes_stay_measures_s80(sentence):
    assert not_a_measure(sentence) is None


def test_a_notices_conditions_leave_the_measures_layer():
    text = ("四、报名条件\n"
            "（一）拥护党的路线方针政策，具有较强的组织协调能力；\n"
            "（二）受过党纪政务处分的；\n"
            "五、报名方式\n"
            "县委组织部统一组织报名和资格审查，审查结果在县政府网站公示。\n")
    measures = [m.text for m in find_measures(article(text, "青禾县选调社区干部公告"))]
    assert measures == ["县委组织部统一组织报名和资格审查，审查结果在县政府网站公示。"]
