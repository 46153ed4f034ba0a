"""A labelled set of article pairs for the repost detector, written for the project.

Every text here is invented (fictional counties, people and figures).  Each *base* article is
turned into pages the way reposting sites print it (other chrome, 来源 and editor lines, share
links, a cut, a light edit), and paired:

- positives: a base article and one of its reposts;
- hard negatives: two different articles on the same topic from the same county, and two
  notices written from one template with different people in them.
"""
from __future__ import annotations

# Two different articles per (county, topic): the hard negatives.
BASES = {
    "qinghe_dunmiao_a": ("青禾县让年轻干部到吃劲岗位墩苗", [
        "今年以来,青禾县委组织部把年轻干部放到项目建设、信访维稳和乡村振兴一线墩苗壮骨,先后分三批选派四十六名三十五岁以下的科级干部到乡镇任职,任期不少于两年。",
        "为防止墩苗变成挂名,县里给每名干部列出任务清单,由乡镇党委书记担任导师,每季度听取一次工作汇报,年底由县委组织部会同乡镇进行实绩考核,考核结果记入干部档案。",
        "墩苗期间表现突出的干部优先提拔使用。截至十月底,已有九名干部因为在征地拆迁和防汛救灾中表现出色被提拔到副科级岗位,另有三名干部因工作不在状态被提前召回。",
    ]),
    "qinghe_dunmiao_b": ("青禾县建立年轻干部成长档案", [
        "青禾县委组织部近日印发办法,为全县二百一十名优秀年轻干部逐一建立成长档案,把他们参加培训、挂职锻炼、急难险重任务中的表现全部记录在案,作为今后选拔任用的重要参考。",
        "档案实行动态管理,由干部所在单位每半年更新一次,组织部干部科定期抽查,对记录不实的单位进行通报。县里还将档案与年度考核、平时考核结果相互印证,避免只看材料不看实绩。",
        "县委组织部负责人介绍,下一步将依托成长档案开展年轻干部分析研判,对长期在舒适岗位的干部有计划地安排到基层墩苗,让墩苗与档案管理形成闭环。",
    ]),
    "liuchuan_rongcuo_a": ("柳川县为担当作为的干部撑腰", [
        "柳川县纪委监委和县委组织部联合出台容错纠错实施细则,列出先行先试、突发事件处置、历史遗留问题处理等九种可以容错的情形,明确申请、核实、认定、反馈四个步骤。",
        "细则实施半年来,全县共受理容错申请十七件,经调查核实对十二名干部予以容错,对五名干部不予容错。对予以容错的干部,在评优评先和提拔任用中不受影响。",
        "县里同时建立澄清正名机制,对受到诬告错告的八名干部在一定范围内公开澄清,并由县纪委监委负责人上门谈心谈话,帮助他们放下包袱继续干事。",
    ]),
    "liuchuan_rongcuo_b": ("柳川县开展受处分干部回访教育", [
        "柳川县纪委监委近日对近三年受到党纪政务处分的六十三名干部开展回访教育,由县纪委监委班子成员带队,逐一走访干部本人、所在单位和家庭成员,了解他们的思想和工作状况。",
        "回访中发现,有的干部受处分后存在消极情绪,有的单位对受处分干部不敢用、不愿用。县纪委监委为此与相关单位党组织沟通,对影响期满、表现良好的十一名干部提出使用建议。",
        "县里还要求各单位对受处分干部每年至少谈心一次,把回访教育情况作为党风廉政建设责任制考核的内容,推动受处分干部重新振作起来。",
    ]),
    "shimen_baochou_a": ("石门市提高村干部报酬待遇", [
        "石门市委组织部会同市财政局出台村干部报酬管理办法,把村党组织书记的基本报酬提高到每月三千二百元,其他村干部按书记报酬的百分之七十到八十确定。",
        "办法实行基本报酬加绩效报酬的结构,绩效报酬与村集体经济收入增长、年度考核等次挂钩,考核优秀的村书记每年可再拿到一万元左右的奖励。",
        "市里还为村干部统一缴纳养老保险,对连续任职满十五年的村书记,离任后按月发放生活补贴,让村干部干得安心、退得舒心。",
    ]),
    "shimen_baochou_b": ("石门市村干部报酬发放情况专项检查", [
        "石门市委组织部近日组织五个检查组,对全市八个县区村干部报酬发放情况开展专项检查,重点查看报酬是否足额按时发放、绩效报酬是否与考核挂钩、是否存在挤占挪用等问题。",
        "检查组采取查阅账目、走访村干部、召开座谈会等方式,共抽查一百二十个村,发现部分村存在绩效报酬平均发放、考核走过场等问题十九个,已全部交办整改。",
        "市委组织部要求各县区在年底前完成整改并报送整改报告,对整改不力的将约谈县区委组织部主要负责同志。",
    ]),
    "yunling_guanai_a": ("云岭县为基层干部开设心理服务站", [
        "云岭县在十二个乡镇各建立一个干部心理服务站,聘请县医院心理科医生和持证心理咨询师定期坐诊,干部可以通过电话预约,也可以直接到站点咨询,所有咨询内容严格保密。",
        "县委组织部每年为乡镇干部安排一次心理健康测评,对测评中发现压力过大的干部,由心理咨询师一对一跟进,必要时协调单位调整工作安排,帮助他们缓解压力。",
        "今年以来,心理服务站累计接待干部咨询三百余人次,开展团体辅导二十四场,不少干部反映,有了倾诉的地方,工作中的焦虑情绪明显减少。",
    ]),
    "yunling_guanai_b": ("云岭县落实干部带薪休假制度", [
        "云岭县委组织部会同县人社局下发通知,要求各单位制定干部年度休假计划,确保干部每年都能休上带薪年休假,对因工作需要未能休假的,按规定给予补偿。",
        "通知明确,单位主要负责人要带头休假,组织部门将休假落实情况纳入单位年度考核。县里还规定,除紧急情况外,不得在干部休假期间安排工作任务。",
        "据统计,今年全县干部年休假落实率比去年提高了二十个百分点,乡镇干部休假天数明显增加。",
    ]),
    "beihu_jianfu_a": ("北湖区精简会议文件为基层减负", [
        "北湖区委办公室印发通知,要求全区各级各部门会议数量和发文数量比去年减少三成以上,能合并召开的会议一律合并,能电话沟通的事项不再开会部署。",
        "区里建立督查检查考核计划管理制度,所有督查检查事项统一报区委督查室审核,未列入计划的原则上不得开展,对街道和社区的考核指标由去年的八十六项压减到三十项。",
        "通知还要求清理各类工作群和政务应用程序,不得以留痕代替实绩,不得要求社区干部每天在工作群里打卡,让基层干部有更多时间服务群众。",
    ]),
    "beihu_jianfu_b": ("北湖区社区工作者职业体系建设见效", [
        "北湖区近年来着力建设社区工作者职业体系,全区一千零二十名社区工作者实行岗位等级序列管理,分为三岗十八级,薪酬随等级晋升逐步提高。",
        "区里每年拿出专项经费开展社区工作者轮训,鼓励他们考取社会工作职业资格证书,取得证书的按等级每月给予二百元到五百元的津贴。",
        "区委组织部还从优秀社区党组织书记中定向招录街道公务员,今年已有四名社区书记通过考试进入街道工作,社区工作者的职业前景更加清晰。",
    ]),
}

# Two notices from one template: the wording is the same, the people are not (a hard negative).
_NOTICE = ("根据《党政领导干部选拔任用工作条例》有关规定,经{county}委研究,现将{name}同志拟任职情况予以公示。"
           "{name},{sex},{born}年出生,大学学历,中共党员,现任{now},拟任{next}。"
           "公示期为五个工作日。公示期间,单位和个人可以通过来信、来电、来访等方式向县委组织部反映公示对象的情况和问题,"
           "反映问题要实事求是,并提供必要的调查线索。")
NOTICES = {
    "qinghe_gongshi_a": ("青禾县领导干部任前公示", [_NOTICE.format(
        county="青禾县", name="方小禾", sex="男", born="1986", now="青禾县柳林镇党委副书记", next="乡镇党委书记")]),
    "qinghe_gongshi_b": ("青禾县领导干部任前公示", [_NOTICE.format(
        county="青禾县", name="何青苗", sex="女", born="1990", now="青禾县统计局副局长", next="县直部门主要负责人")]),
}

# How reposting sites print an article around it.
CHROME = {
    "site_a": (["首页 > 组工动态 > 正文"], "{title}", ["发布时间:2023-11-02 09:15 来源:青禾日报 作者:林小满"],
               ["责任编辑:周禾", "分享到: 微信 微博", "版权所有 某某网 ICP备12345678号"]),
    "site_b": (["某某组工网 正文", "当前位置: 首页 > 基层动态"], "【基层动态】{title}",
               ["2023年11月05日 10:02 | 来源:某某组工网"], ["(编辑:何小青)", "相关新闻", "上一篇:某某县召开务虚会"]),
    "site_c": (["中国某某网_干部工作_{title}"], "{title}", ["来源:某某融媒 2023-11-08"],
               ["【打印本页】 【关闭窗口】"]),
}


def page(title: str, paragraphs: list[str], site: str) -> str:
    above, headline, byline, below = CHROME[site]
    lines = [ln.format(title=title) for ln in above] + [headline.format(title=title)] + byline
    return "\n".join(lines + paragraphs + below) + "\n"


def light_edit(paragraphs: list[str]) -> list[str]:
    """A repost that drops the closing paragraph's last clause and rewords the opening words."""
    first = paragraphs[0].replace("今年以来,", "").replace("近日", "日前", 1)
    last = paragraphs[-1].rsplit(",", 1)[0] + "。"
    return [first, *paragraphs[1:-1], last]


# Wording a reposting editor changes here and there.
_REWORDS = {"近日": "日前", "今年以来": "今年", "县里": "该县", "市里": "该市", "区里": "该区", "要求": "明确要求",
            "开展": "组织开展", "干部": "党员干部", "进行": "开展", "还": "同时"}


def rewritten(paragraphs: list[str]) -> list[str]:
    """A heavier repost: an editor's summary in front, words changed throughout, and the
    middle paragraph's last sentence dropped."""
    out = []
    for p in paragraphs:
        for a, b in _REWORDS.items():
            p = p.replace(a, b)
        out.append(p)
    middle = out[1].rstrip("。").rsplit("。", 1)[0] + "。" if out[1].count("。") > 1 else out[1]
    return ["编者按:基层的好做法值得推广,本网现予转发,供各地参考借鉴。", out[0], middle, *out[2:]]


def traditional(text: str) -> str:
    from opencc import OpenCC

    return OpenCC("s2t").convert(text)


def cut(paragraphs: list[str]) -> list[str]:
    """A repost cut off after its first two paragraphs (an excerpt page)."""
    return paragraphs[:2]


def follow_up(paragraphs: list[str]) -> list[str]:
    """Another article that quotes one paragraph of the first and goes on with its own news."""
    return [paragraphs[1], "记者在采访中了解到,这项工作开展以来,基层反响热烈,一些乡镇已经总结出可复制的经验,"
            "下一步将在全县范围内推广,并纳入年度目标责任考核。",
            "多位受访干部表示,希望这项制度能长期坚持下去,同时在执行中听取基层意见,不断完善具体细则,"
            "让政策更接地气,真正落到实处。"]


def documents() -> dict[str, str]:
    """Every page of the labelled set by name."""
    docs: dict[str, str] = {}
    for name, (title, paras) in {**BASES, **NOTICES}.items():
        docs[f"{name}.orig"] = page(title, paras, "site_a")
    for name, (title, paras) in BASES.items():
        docs[f"{name}.repost"] = page(title, paras, "site_b")
        docs[f"{name}.edited"] = page(title, light_edit(paras), "site_c")
        docs[f"{name}.cut"] = page(title, cut(paras), "site_b")
        docs[f"{name}.rewritten"] = page(title, rewritten(paras), "site_a")
        docs[f"{name}.traditional"] = traditional(page(title, paras, "site_c"))
        docs[f"{name}.follow_up"] = page(title + "引发热议", follow_up(paras), "site_c")
    return docs


def pairs() -> list[tuple[str, str, bool, str]]:
    """(page, page, is a repost, kind of pair)."""
    out = []
    for name in BASES:
        out += [(f"{name}.orig", f"{name}.repost", True, "other boilerplate"),
                (f"{name}.orig", f"{name}.edited", True, "light edit"),
                (f"{name}.repost", f"{name}.cut", True, "cut short"),
                (f"{name}.orig", f"{name}.rewritten", True, "rewritten here and there"),
                (f"{name}.repost", f"{name}.traditional", True, "traditional characters"),
                (f"{name}.orig", f"{name}.follow_up", False, "another article quoting a paragraph")]
    for a in BASES:
        if a.endswith("_a"):
            b = a[:-1] + "b"
            out += [(f"{a}.orig", f"{b}.orig", False, "same county, same topic"),
                    (f"{a}.repost", f"{b}.edited", False, "same county, same topic")]
    out.append(("qinghe_gongshi_a.orig", "qinghe_gongshi_b.orig", False, "one template, other people"))
    return out
