"""Codebook cues for classes of real measures the cue rules missed (session 72, issue 12), each
named by the labelling guideline (corpora/labels/real/GUIDELINES_real.rst); every text is written
here, none is copied from a page."""
from __future__ import annotations

import pytest

from pipeline.classify.rules import RuleClassifier

IDS = ["select", "train", "practice", "evaluate", "supervise", "reward", "care", "tolerate", "workforce"]


@pytest.mark.parametrize("text, yes, no", [
    # care: basic pay of village cadres, burden relief by fewer meetings, documents and inspections,
    # psychological services, family arrangements for posted cadres
    ("该县把村党支部书记的月报酬提高到2800元", "care", "select"),
    ("全省对乡镇的督查检查考核事项压缩一半", "care", "evaluate"),
    ("县直部门每月第二周定为无会周,集中精力下基层", "care", None),
    ("市里年度发文数和会议数均比上年减少两成", "care", None),
    ("开通干部心理健康热线,由心理咨询师轮流值守", "care", None),
    ("援派干部每年可回原籍探亲两次,家属就业由当地协助安排", "care", None),
    # performance pay is reward, not care
    ("村干部绩效报酬按季度考评结果兑现", "reward", "care"),
    # select: reserve pools named as the groups name them, selection in general, eligibility and votes
    ("建立社区党组织书记后备人才库,每两年更新一次", "select", None),
    ("今年计划选拔40名优秀年轻干部进入乡镇班子", "select", None),
    ("公开竞争职位的资格条件在报名前一周公布", "select", None),
    ("对实绩突出、群众公认的干部优先使用", "select", None),
    # train: party-member education campaigns and platforms
    ("在全县党员中开展为期半年的主题教育,每月上一次党课", "train", None),
    # practice: aid postings, a township leader responsible for each village, cadres drawn off for task teams
    ("首批援青干部人才抵达西宁,开始为期三年的对口支援", "practice", None),
    ("从县直部门抽调干部组成工作组,每人包村一个", "practice", None),
    # evaluate: on-site 考察 and everyday performance; a study trip (考察学习) is not one
    ("考察组到项目工地实地了解干部日常表现", "evaluate", None),
    ("组织乡镇书记赴外省考察学习乡村治理经验", "train", "evaluate"),
    # supervise: conduct rectification campaigns
    ("开展干部作风集中整治,查处推诿扯皮问题", "supervise", None),
    # workforce: the posts of a whole workforce
    ("按照服务人口确定社区工作者岗位设置和数量", "workforce", None),
])
def test_cues_of_session_72(segmenter, text, yes, no):
    """Each text gets its category from the cues (and not the one its other words point to)."""
    got = RuleClassifier().fit().predict([text])[0]
    assert got[IDS.index(yes)] == 1
    if no:
        assert got[IDS.index(no)] == 0
