"""A synthetic corpus in the texture of reports on cadre work, for benchmarks at scale.

Every article is made from this module's own word banks (no sentence of a real
page): a headline naming a place and a programme, bylines and dates in the forms
the repair stage turns into metadata, a lead paragraph with the full place chain,
three to five numbered sections of measures with figures, cited documents,
dates and local slogans, and page noise (share links, page numbers, SEO spam,
full-width digits, pinyin residue, a traditional-script paragraph, a page break).
Places come from the gazetteer at every level; in about half the articles placed in a county, one to
three of its townships (…镇, …乡, …街道, …苏木) act in the text, with the county before them or alone,
named again by their bare stem further on, a village or community of theirs now and then, and a
third of these articles headed by the town (``towns_written`` lists them: what the build should place).
The towns are drawn from a random stream of their own and written into the finished article, so
every other sentence is the one the corpus held before.  Article ``i`` depends only on
``(seed, i)``, so a corpus of N articles is the first N of any larger one and one
article can be rewritten alone (``rewrite``) to measure an incremental build.

Sentences are put together clause by clause from short parts (actors, verbs, whom,
where, what for, figures, results), and each article names its own programme,
method and documents, so two unrelated articles share about as few character
5-grams as two unrelated real pages do: few enough that repost detection
proposes almost no pair of them (``python bench/synth.py --similarity`` prints
the pairwise Jaccard similarity of a sample).

Usage: python bench/synth.py OUT_DIR --n 2000 [--seed 13]
       python bench/synth.py --similarity [--n 300]
"""
from __future__ import annotations

import argparse
from functools import lru_cache
from pathlib import Path
import random
import re
import sys

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PER_FOLDER = 1000

SOURCES = ("组工简报", "先锋日报", "党建在线", "基层治理周刊", "组工信息网", "人才工作通讯", "县融媒体中心", "市委组工网",
           "晚报", "新闻网", "政务网", "党建网", "组工动态", "日报客户端")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢"
GIVEN = "建国志强海燕晓东红梅文华立新秀英明辉春雷丽娟永刚玉兰振宇思远佳怡子涵宏伟静雯"
NATIONAL = ("三个区分开来", "四个意识", "四个自信", "两个维护", "选育管用", "能上能下", "严管厚爱", "好干部标准",
            "三严三实", "两学一做")
NUMERALS = "一二三四五六七八九十"
VOCABULARY = 2  # words an article takes from each bank below

# --- the parts clauses are put together from ---------------------------------------------------
TIMES = ("今年以来", "近年来", "{y}年以来", "{y}年起", "截至{mo}月底", "{y}年上半年", "去年{mo}月以来", "近期", "日前",
         "{y}年{mo}月", "换届以来", "“十四五”以来", "此前", "第一季度", "年初以来", "近三年")
DEPTS = ("县委组织部", "市委组织部", "县纪委监委", "县人社局", "县委编办", "县财政局", "县委党校", "县委老干部局",
         "各乡镇党委", "县直机关工委", "区委组织部", "市委人才办", "县委宣传部", "各级党组织", "县委政法委", "县发改局",
         "县总工会", "团县委", "县妇联", "县委督查室")
VERB_POST = ("选派", "下派", "选送", "派驻", "安排", "推荐", "统筹选派", "分批选派", "择优选派", "先后选派")
WHO_MOD = ("优秀", "35岁以下", "年轻", "专业型", "后备", "党外", "机关", "新任职", "县直单位", "乡镇", "80后", "90后",
           "女", "少数民族", "有基层经历的", "懂经济的", "熟悉农业的", "中层", "储备", "新录用")
WHO = ("干部", "科级干部", "公务员", "选调生", "事业单位人员", "专业技术人员", "金融人才", "农技人员", "村党组织书记",
       "社区工作者", "驻村第一书记", "大学生村官", "后备干部", "中层干部", "机关党员", "乡镇党委书记", "乡镇长",
       "年轻公务员", "定向选调生", "村级后备力量", "网格员", "执法队员", "教师", "医务人员")
TO = ("乡镇", "村（社区）", "重点项目", "信访窗口", "产业园区", "招商一线", "征地拆迁一线", "防汛抗旱一线", "乡村振兴一线",
      "对口支援地区", "矛盾纠纷调处中心", "重点企业", "东部发达地区", "城市更新项目", "边境村", "易地搬迁安置点",
      "政务服务大厅", "开发区", "省直部门", "综治中心", "应急管理局", "国有企业", "高校", "科研院所")
FOR = ("挂职锻炼", "跟班学习", "驻村帮扶", "蹲点调研", "实践锻炼", "任职", "轮岗交流", "顶岗历练", "驻点服务",
       "包村联户", "兼职锻炼", "协助工作", "见习", "墩苗历练")
TOPICS = ("乡村振兴", "基层治理", "应急处置", "招商引资", "群众工作", "数字政府", "信访化解", "安全生产", "生态环保",
          "产业发展", "营商环境", "党史学习", "公文写作", "依法行政", "统计调查", "财务管理", "城市管理", "疫情防控",
          "防灾减灾", "文旅融合", "电商直播", "集体经济", "人居环境", "民族团结")
COURSES = ("专题培训班", "能力提升班", "研讨班", "夜校", "讲堂", "擂台赛", "实训营", "读书班", "示范班", "轮训班",
           "业务沙龙", "案例教学", "线上课堂", "现场教学", "集中学习", "结业考试")
VERB_TRAIN = ("举办", "开设", "组织", "开展", "分层分类举办", "集中举办", "联合高校举办", "依托党校开设")
VERB_TRAIN2 = ("培训", "轮训", "调训", "覆盖")
SUPPORTS = ("工作补贴", "交通补助", "健康体检", "带薪休假", "周转房", "食堂", "心理辅导", "子女入学", "配偶就业",
            "意外保险", "值班补助", "通勤车", "职工书屋", "篮球场", "谈心谈话", "生日慰问", "困难帮扶", "年终奖励")
VERB_CARE = ("落实", "发放", "建立", "开展", "安排", "兑现", "保障", "解决", "完善", "提高", "统一办理", "核发")
CHECKS = ("经济责任审计", "专项督查", "蹲点调研", "谈话提醒", "函询核实", "实绩分析", "个别访谈", "家访", "随机抽查",
          "民主测评", "满意度调查", "廉政谈话", "巡察", "作风暗访", "档案审核", "任前公示", "近距离考察", "背对背评议")
PLATFORMS = ("实训基地", "人才驿站", "工作站", "服务站", "干部之家", "数据库", "人才库", "信息系统", "实绩档案",
             "成长档案", "联系卡", "积分台账", "红黑榜", "晾晒平台", "意见箱", "微信群", "小程序", "智慧党建平台")
VERB_BUILD = ("建成", "搭建", "开通", "设立", "新建", "打造", "启用", "上线", "构建", "成立")
AWARDS = ("先进集体", "优秀个人", "担当作为好干部", "优秀村书记", "最美基层干部", "实干之星", "服务标兵",
          "岗位能手", "攻坚先锋", "优秀共产党员")
VERB_AWARD = ("表彰", "评选", "选树", "通报表扬", "奖励", "宣传")
VERB_SELECT = ("提拔", "晋升", "遴选", "选调", "招录", "公开选拔", "提拔重用", "进一步使用", "交流使用", "择优录用")
VERB_ADJUST = ("调整", "召回", "问责", "免职", "降职", "诫勉", "约谈", "撤换", "组织处理", "调离岗位")
WHY_ADJUST = ("不适宜担任现职的", "不担当不作为的", "考核排名靠后的", "群众反映强烈的", "履职不力的", "作风漂浮的",
              "长期不在岗的", "年度考核不称职的")
RULES = ("实施意见", "管理办法", "考核细则", "工作规程", "激励措施", "十条措施", "负面清单", "责任清单", "操作指引",
         "评价办法", "实施方案", "若干规定", "暂行办法", "工作指南")
VERB_RULE = ("出台", "制定", "印发", "修订", "完善", "健全", "研究制定", "联合印发")
RESULTS = ("推动{a}{b}", "促进{a}{b}", "确保{a}{b}", "助力{a}{b}", "带动{a}{b}", "让{a}{b}", "使{a}{b}", "为{a}{b}")
RESULT_A = ("干部队伍", "基层班子", "年轻干部", "各项政策", "村级组织", "乡镇工作", "人才工作", "考核工作", "干部作风",
            "服务群众", "重点任务", "项目建设")
RESULT_B = ("结构更优", "活力迸发", "落地见效", "提质增效", "走深走实", "见行见效", "能力提升", "有章可循", "更加规范",
            "全面过硬", "取得实效", "稳步推进", "焕发生机", "底气更足")
ADVERBS = ("", "", "", "持续", "扎实", "累计", "先后", "全面", "逐步", "集中", "分批", "创新", "统筹", "大力")
MANNER = ("采取“{x}”方式", "实行“{x}”模式", "按照“{x}”思路", "通过“{x}”办法", "坚持“{x}”原则")
MANNER_PARTS = ("组织推荐", "个人自荐", "群众评议", "一月一督", "一季一评", "半年一考", "全年一总", "一人一档",
                "一岗一策", "双向选择", "动态调整", "以老带新", "师徒结对", "揭榜挂帅", "赛马比拼", "清单管理",
                "销号管理", "闭环落实", "跟踪问效", "分级负责")
IMAGES = ("青苗", "头雁", "雏鹰", "春苗", "墩苗", "磨刀石", "练兵场", "加油站", "蓄水池", "孵化器", "领航", "铸魂",
          "赋能", "淬火", "强基", "扬帆", "启航", "筑梦", "护航", "提振", "聚力", "攀登", "先锋", "火炬", "红色引擎",
          "薪火", "育苗", "沃土", "燎原", "初心")
PROGRAMME_KINDS = ("计划", "工程", "行动", "工作法", "品牌", "机制", "项目", "专项行动")
LOCAL_VERBS = "访评联帮培带比晒述考学讲看问督查帮扶谈议"
HEAD_A = ("聚焦", "坚持", "突出", "强化", "注重", "拓宽", "完善", "用好", "健全", "创新", "抓实", "紧扣", "深化",
          "树牢", "严把", "厚植", "做实", "打通", "锻造", "激活")
HEAD_B = ("精准识别", "实践育人", "实绩导向", "日常监督", "关爱激励", "容错免责", "来源渠道", "梯次配备", "培训赋能",
          "源头储备", "基层导向", "考核评价", "能上能下", "从严管理", "政治标准", "作风建设", "结构优化",
          "实战练兵", "人岗相适", "正向激励")
HEAD_C = ("把好干部选出来", "把干部放到一线去", "让考核指挥棒更灵", "让干部心有所畏", "让基层干部安心干事",
          "为担当者撑腰", "让队伍结构更优", "让人才接续有人", "让实干者得实惠", "让本领跟上任务", "让能者上庸者下",
          "在一线识别干部", "把功夫下在平时", "答好用人必答题", "跑出成长加速度", "激发干事新动能",
          "锻造过硬队伍", "夯实组织基础", "打通成长通道", "营造干事氛围")
PROSE_WHO = ("不少干部", "一位乡镇党委书记", "有年轻干部", "村民们", "挂职归来的干部", "基层群众", "一名选调生",
             "多位受访者", "县里的老同志", "参训学员")
PROSE_SAY = ("坦言", "感慨", "说", "告诉记者", "深有体会地说", "直言")
PROSE_WHAT = ("心里的顾虑少了，干劲更足了", "压力变成了动力", "成长的路子更清楚了", "在一线学到了书本上没有的东西",
              "办事效率明显提高", "有了施展才华的舞台", "身上的担子重了，底气也足了", "和群众的距离近了",
              "遇到难题不再绕着走", "学到的方法马上就能用上", "工作更有奔头了", "不再担心干多错多")
PROSE_EVAL = ("这一做法{v}基层{w}{z}", "此举{v}干部{w}{z}", "这项改革{v}群众{w}{z}", "这套机制{v}各方{w}{z}",
              "新办法{v}{w}{z}", "相关经验{v}上级{w}{z}", "如今的新变化{v}村民{w}{z}")
PROSE_V = ("赢得", "受到", "获得")
PROSE_W = ("普遍", "广泛", "一致", "充分")
PROSE_Z = ("认可", "好评", "欢迎", "点赞", "肯定")
LEAD_GOALS = ("着力打造忠诚干净担当的高素质干部队伍", "不断提升干部队伍的整体素质", "为高质量发展提供坚强组织保证",
              "让能者上、庸者下成为常态", "持续激发干部队伍活力", "让想干事的人有机会",
              "把各方面优秀干部凝聚到事业中来", "夯实基层基础", "提升基层治理效能", "构建全链条工作格局")
LEAD_VERBS = ("坚持以“{s}”为引领", "深入贯彻“{s}”要求", "牢固树立“{s}”导向", "紧扣“{s}”部署", "以“{s}”为抓手")
LEAD_AROUND = ("围绕{t}这一课题", "聚焦{t}中的难点", "针对{t}中的短板", "把{t}摆在突出位置", "从{t}入手")
THEMES = (
    ("年轻干部", "培养"), ("基层干部", "关爱"), ("驻村干部", "管理"), ("容错纠错", "机制"), ("干部考核", "改革"),
    ("干部交流", "轮岗"), ("后备干部", "储备"), ("干部培训", "提质"), ("社区工作者", "队伍建设"), ("乡镇干部", "激励"),
    ("人才引进", "服务"), ("村干部", "报酬"), ("干部监督", "提醒"), ("选调生", "使用"), ("专业干部", "培养"),
    ("女干部", "成长"), ("退休干部", "作用发挥"), ("机关干部", "作风"),
)
HEAD_NOUNS = ("组合拳", "防护网", "快车道", "成长梯", "连心桥", "加速度", "一盘棋", "活水源", "硬杠杠", "新引擎",
              "助推器", "指挥棒", "定盘星", "主阵地")
TITLE_FORMS = ("{place}：{verb}{t}{s}“{noun}”", "{place}实施“{prog}”{t}{s}见实效", "{place}以“{prog}”推动{t}{s}",
               "{place}{t}{s}有了新路径", "“{prog}”让{place}{t}{s}提速", "{place}：{n}项举措抓实{t}{s}",
               "{place}探索{t}{s}新模式", "{verb}{t}{s}“{noun}”——{place}的做法")
HEAD_VERBS = ("念好", "打出", "织密", "架起", "筑牢", "用好", "下活", "跑出", "下好", "唱好", "画好", "写好")
DOC_FORMS = ("关于{x}{t}{s}的{r}", "{place}{t}{s}{r}（试行）", "{place}关于加强{t}工作的{r}", "关于“{prog}”的{r}",
             "{t}{s}{r}")
DOC_X = ("进一步加强", "深化", "激励", "规范", "做好新时代", "全面推进", "健全")
CLOSINGS = (
    "下一步，{actor}将持续深化“{slogan}”，{result}。",
    "{actor}有关负责人表示，将把“{prog}”的做法固化为制度，久久为功，{result}。",
    "据统计，{y}年以来全{unit}共有{n}名干部在基层一线得到提拔使用，{m}名干部受到表彰。",
    "{who}{say}：“{what}。”下一步，{actor}还将{step}。",
    "截至目前，“{prog}”已覆盖{n}个村（社区），{result}。",
)
DOC_CONTENT = ("明确{n}条具体措施", "提出{n}项硬举措", "细化{n}个方面要求", "列出{n}条负面清单", "从{n}个方面作出规定",
               "配套{n}项制度", "梳理{n}项重点任务", "划出{n}条红线", "设定{n}项量化指标", "明确{n}个责任主体")
METHOD_KINDS = ("工作法", "机制", "模式", "做法", "工作制", "服务法")
MEETINGS = ("推进会", "座谈会", "现场会", "调度会", "培训会", "观摩会", "交流会", "专题会议", "点评会", "约谈会")
MEETING_DOES = ("部署下一阶段重点任务", "研究解决突出问题", "通报进展情况", "交流经验做法", "点评工作成效",
                "安排年底冲刺工作", "明确时间节点", "压实各方责任", "查找短板弱项", "听取意见建议")
CLOSING_STEPS = ("扩大试点范围", "总结推广经验", "完善配套制度", "加强跟踪问效", "把好经验写进制度",
                 "持续优化流程")
NOISE_LINES = ("分享到：微信 微博 QQ空间", "【打印】 【关闭】", "上一篇：全市召开组织工作会议", "扫一扫在手机打开当前页",
               "版权所有：某某县委组织部 技术支持：某某网络公司", "相关阅读", "字号：大 中 小")
SPAM = "澳门博彩_在线观看_时时彩注册送_百家乐官网开户"
PINYIN = (("导", "dǎo"), ("绩", "jì"), ("励", "lì"), ("训", "xùn"))


@lru_cache(maxsize=1)
def gazetteer():
    from pipeline.extract.regions import Gazetteer

    return Gazetteer.load()


@lru_cache(maxsize=1)
def places() -> tuple[list, list, list]:
    g = gazetteer()
    by_level: dict[str, list] = {"province": [], "city": [], "county": []}
    for p in g.places.values():
        # (townships are drawn from their county: see towns_of)
        if p.level in by_level and p.name not in ("市辖区", "城区", "郊区", "矿区"):
            by_level[p.level].append(p)
    return tuple(sorted(v, key=lambda p: p.code) for v in by_level.values())


TOWN_SHARE = 0.5  # of the articles placed in a county, those whose townships act in the text
TOWN_LEVEL = re.compile(r"(?:民族乡|街道|苏木|镇|乡)$")  # the level words a township's name ends in
TOWN_ORGANS = {"街道": ("党工委", "办事处", ""), "": ("党委", "政府", "党委组织委员", "")}  # who acts for a town
TOWN_SEED = 1 << 40  # the towns' random stream: apart from the article's own


@lru_cache(maxsize=4096)
def towns_of(county: str) -> tuple:
    """The townships of a county that a text names by a level word (not 某某所, a farm's office; not a
    town whose stem is itself a level word), in code order."""
    g = gazetteer()
    out = []
    for c in g.children.get(county, ()):
        p = g.places[c]
        stem = TOWN_LEVEL.sub("", p.name)
        if p.level == "township" and TOWN_LEVEL.search(p.name) and len(stem) >= 2 and not TOWN_LEVEL.fullmatch(stem):
            out.append(p)
    return tuple(sorted(out, key=lambda p: p.code))


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, rng.choice((1, 2))))


def _date(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(2016, 2025), rng.randint(1, 12), rng.randint(1, 28)


def _place(rng: random.Random):
    provinces, cities, counties = places()
    level = rng.choices(("province", "city", "county"), (1, 3, 6))[0]
    return rng.choice({"province": provinces, "city": cities, "county": counties}[level])


def _chain(p) -> str:
    return "".join(x for x in dict.fromkeys((p.province, p.city, p.county)) if x)


class _Article:
    """What one article's sentences share: its place, actors, theme, slogan, and the names of its
    own programme and method (each article coins its own, as real reports do)."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self._words: dict[int, list[str]] = {}
        self.place = _place(rng)
        self.theme = rng.choice(THEMES)
        self.slogan = rng.choice(NATIONAL)
        self.actors = [self.place.name + rng.choice(("委组织部", "委", "委人才办", "纪委监委")), *rng.sample(DEPTS, 3)]
        self.programme = "".join(rng.sample(IMAGES, 2)) + rng.choice(PROGRAMME_KINDS)
        self.method = _local_slogan(rng)
        self.unit = {"province": "省", "city": "市"}.get(self.place.level, "县")

    def pick(self, bank: tuple[str, ...]) -> str:
        """One of the few words of ``bank`` this article uses (an author keeps to a handful)."""
        words = self._words.get(id(bank))
        if words is None:
            words = self._words[id(bank)] = self.rng.sample(bank, min(VOCABULARY, len(bank)))
        return self.rng.choice(words)

    def fill(self, form: str) -> str:
        r = self.rng
        y, mo, _ = _date(r)
        return form.format(y=y, mo=mo, x=self.pick(MANNER_PARTS) + "+" + self.pick(MANNER_PARTS),
                           a=self.pick(RESULT_A), b=self.pick(RESULT_B))


def _local_slogan(rng: random.Random) -> str:
    """A method's name in the genre's counted form: 三访三评, 四联四帮 ..."""
    n = rng.choice(NUMERALS[1:6])
    a, b = rng.sample(LOCAL_VERBS, 2)
    return f"{n}{a}{n}{b}" if rng.random() < 0.7 else f"{rng.choice(NUMERALS[:3])}{a}{rng.choice(NUMERALS[1:4])}{b}"


# --- clauses: each says what an organ did, with figures ---------------------------------------------

def _posting(a: _Article) -> str:
    r = a.rng
    return (f"{a.pick(VERB_POST)}{r.randint(3, 480)}名{a.pick(WHO_MOD)}{a.pick(WHO)}到{a.pick(TO)}{a.pick(FOR)}"
            + r.choice(("", "", f"，为期{r.randint(2, 24)}个月", f"，其中{a.pick(WHO_MOD)}干部{r.randint(1, 60)}名")))


def _training(a: _Article) -> str:
    r = a.rng
    return (f"{a.pick(VERB_TRAIN)}{a.pick(TOPICS)}{a.pick(COURSES)}{r.randint(2, 60)}期，"
            f"{a.pick(VERB_TRAIN2)}{a.pick(WHO)}{r.randint(30, 9000)}人次")


def _care(a: _Article) -> str:
    r = a.rng
    return r.choice((f"为{r.randint(10, 3000)}名{a.pick(WHO)}{a.pick(VERB_CARE)}{a.pick(SUPPORTS)}",
                     f"{a.pick(VERB_CARE)}{a.pick(WHO)}{a.pick(SUPPORTS)}每人每月{r.choice((50, 80, 120, 150, 200, 300, 500, 800))}元",
                     f"{a.pick(VERB_CARE)}{a.pick(SUPPORTS)}和{a.pick(SUPPORTS)}，惠及{r.randint(20, 5000)}人"))


def _check(a: _Article) -> str:
    r = a.rng
    return (f"{a.pick(('开展', '组织', '实行', '推行'))}{a.pick(CHECKS)}{r.randint(2, 300)}{r.choice(('次', '项', '轮', '场'))}，"
            f"发现{a.pick(('问题', '短板', '风险点', '苗头性问题'))}{r.randint(3, 400)}个并{a.pick(('督促整改', '建立台账', '限时销号', '逐一反馈'))}")


def _platform(a: _Article) -> str:
    r = a.rng
    return f"{a.pick(VERB_BUILD)}{a.pick(TOPICS)}{a.pick(PLATFORMS)}{r.randint(2, 90)}个" + r.choice(
        ("", f"，录入{a.pick(WHO)}信息{r.randint(100, 20000)}条", f"，服务{a.pick(WHO)}{r.randint(50, 8000)}人次"))


def _award(a: _Article) -> str:
    r = a.rng
    return f"{a.pick(VERB_AWARD)}{a.pick(AWARDS)}{r.randint(2, 120)}{r.choice(('个', '名', '人'))}" + r.choice(
        ("", f"，{a.pick(('发放奖励资金', '兑现奖金', '落实奖补', '配套奖励'))}{r.choice((20, 50, 80, 120, 200, 350))}万元", f"，其中{a.pick(WHO)}{r.randint(1, 40)}名"))


def _select(a: _Article) -> str:
    r = a.rng
    return r.choice((f"{a.pick(VERB_SELECT)}{a.pick(WHO_MOD)}{a.pick(WHO)}{r.randint(2, 300)}名",
                     f"从{a.pick(WHO)}中{a.pick(VERB_SELECT)}{a.pick(WHO)}{r.randint(2, 80)}名",
                     f"{a.pick(VERB_SELECT)}在{a.pick(TO)}{a.pick(('表现突出的干部', '实绩突出的同志', '敢于担当的干部', '群众公认的干部'))}{r.randint(2, 150)}名"))


def _adjust(a: _Article) -> str:
    r = a.rng
    return f"对{r.randint(2, 90)}名{a.pick(WHY_ADJUST)}干部{a.pick(VERB_ADJUST)}" + r.choice(
        ("", f"，{a.pick(VERB_POST)}{a.pick(WHO)}{r.randint(2, 40)}名{a.pick(('补充到位', '充实一线', '及时补位', '接续履职'))}"))


def _money(a: _Article) -> str:
    r = a.rng
    return (f"{a.pick(('统筹', '投入', '拨付', '安排', '设立'))}{r.choice((30, 50, 120, 200, 300, 500, 800, 1200, 2600))}万元"
            f"{a.pick(('专项经费', '奖补资金', '引导资金', '工作经费'))}用于{a.pick(TOPICS)}{a.pick(PLATFORMS)}建设")


def _method(a: _Article) -> str:
    return f"{a.pick(('推行', '实行', '探索', '创新'))}" + a.fill(a.pick(MANNER)) + f"，{a.fill(a.pick(RESULTS))}"


def _ratio(a: _Article) -> str:
    r = a.rng
    return (f"把{a.pick(('年度考核优秀等次', '35岁以下干部', '女干部', '有基层经历干部', '专业型干部', '党外干部'))}"
            f"{a.pick(('比例', '占比', '比重'))}{a.pick(('提高到', '稳定在', '提升至', '保持在'))}{r.randint(12, 45)}%")


CLAUSES = (_posting, _training, _care, _check, _platform, _award, _select, _adjust, _money, _method, _ratio)


def _measure(a: _Article) -> str:
    r = a.rng
    lead = r.choice(("", "", a.pick(a.actors), a.fill(a.pick(TIMES)) + "，", "同时", "此外，", a.pick(a.actors) + a.pick(ADVERBS)))
    return lead + r.choice(CLAUSES)(a) + r.choice(("", "", "", "，" + a.fill(a.pick(RESULTS))))


def _prose(a: _Article) -> str:
    """A sentence without an action verb: the prose around the measures."""
    if a.rng.random() < 0.5:
        return f"{a.pick(PROSE_WHO)}{a.pick(PROSE_SAY)}，{a.pick(PROSE_WHAT)}"
    return a.pick(PROSE_EVAL).format(v=a.pick(PROSE_V), w=a.pick(PROSE_W), z=a.pick(PROSE_Z))


def _doc(a: _Article) -> str:
    t, s = a.theme
    return a.pick(DOC_FORMS).format(x=a.pick(DOC_X), t=t, s=s, r=a.pick(RULES), place=a.place.name, prog=a.programme)


def _section(a: _Article, idx: int) -> list[str]:
    r = a.rng
    head = NUMERALS[idx] + "、" + f"{a.pick(HEAD_A)}{a.pick(HEAD_B)}，{a.pick(HEAD_C)}"
    paras = []
    for _ in range(r.randint(1, 2)):
        clauses = [_measure(a) for _ in range(r.randint(2, 4))]
        if r.random() < 0.5:
            clauses.insert(0, f"{a.pick(a.actors)}{a.pick(VERB_RULE)}《{_doc(a)}》，" + a.pick(DOC_CONTENT).format(n=r.randint(3, 30)))
        if r.random() < 0.4:
            clauses.append(f"{a.pick(('探索实施', '推行', '总结推广', '深化'))}“{a.method}”{a.pick(METHOD_KINDS)}，{a.fill(a.pick(RESULTS))}")
        if r.random() < 0.3:
            y, m, d = _date(r)
            clauses.append(f"{y}年{m}月{d}日，{a.pick(a.actors)}召开{a.pick(TOPICS)}{a.pick(MEETINGS)}，{a.pick(MEETING_DOES)}")
        paras.append("；".join(clauses) + "。" + "。".join(_prose(a) for _ in range(r.randint(1, 2))) + "。")
    return [head] + paras


def _title(a: _Article) -> str:
    t, s = a.theme
    return a.pick(TITLE_FORMS).format(place=a.place.name, verb=a.pick(HEAD_VERBS), t=t, s=s, noun=a.pick(HEAD_NOUNS),
                                      prog=a.programme, n=a.rng.randint(3, 12))


def _lead(a: _Article) -> str:
    t, s = a.theme
    return (f"{a.fill(a.pick(TIMES))}，{_chain(a.place)}{a.pick(LEAD_VERBS).format(s=a.slogan)}，"
            f"{a.pick(LEAD_AROUND).format(t=t + s)}，以“{a.programme}”为载体，{a.pick(LEAD_GOALS)}。")


def _closing(a: _Article) -> str:
    r = a.rng
    return a.pick(CLOSINGS).format(actor=a.pick(a.actors), slogan=a.slogan, prog=a.programme, result=a.fill(a.pick(RESULTS)),
                                   y=r.randint(2018, 2024), unit=a.unit, n=r.randint(10, 300), m=r.randint(5, 90),
                                   who=a.pick(PROSE_WHO), say=a.pick(PROSE_SAY), what=a.pick(PROSE_WHAT),
                                   step=a.pick(CLOSING_STEPS))


# --- townships: written into the finished article from a stream of their own ----------------------

def _towns(a: _Article, i: int, seed: int) -> list:
    """The townships article ``i`` names (none for most), drawn apart from its other words."""
    tr = random.Random(TOWN_SEED + seed * 1_000_003 + i)
    if a.place.level != "county" or tr.random() >= TOWN_SHARE:
        return []
    towns = towns_of(a.place.code)
    return tr.sample(towns, min(len(towns), tr.choices((1, 2, 3), (5, 3, 2))[0])) if towns else []


def _organ(rng: random.Random, town) -> str:
    return rng.choice(TOWN_ORGANS["街道" if town.name.endswith("街道") else ""])


def _write_towns(a: _Article, towns: list, i: int, seed: int, lines: list[str]) -> None:
    """Write ``towns`` into the article's lines: named in the lead or acting in a paragraph, the county
    before the first one or not, a village of theirs now and then, later a bare stem, a third of
    them in the headline.  Draws only from the towns' stream (the article's own is left as it was)."""
    tr = random.Random(TOWN_SEED + seed * 1_000_003 + i + 1)
    own, a.rng = a.rng, tr  # (the clauses draw their figures from a.rng)
    county = a.place.name
    body = [k for k, x in enumerate(lines) if x.startswith("　　")]
    lead, paras = body[0], body[1:-1]
    if tr.random() < 0.35:
        lines[0] = lines[0].replace(county, county + towns[0].name, 1) if county in lines[0] else towns[0].name + "：" + lines[0]
    if len(towns) > 1 and tr.random() < 0.5:
        names = "、".join(t.name for t in towns)
        lines[lead] += tr.choice((f"目前，{county}{names}已先行试点。", f"{names}等{len(towns)}个乡镇（街道）作为首批试点。",
                                  f"其中，{names}的做法在全{a.unit}推广。"))
    for n, t in enumerate(towns):
        k = tr.choice(paras)
        first = (county if n == 0 and tr.random() < 0.4 else "") + t.name
        said = f"{first}{_organ(tr, t)}{tr.choice(CLAUSES)(a)}。"
        villages = gazetteer().own_village_names(t.code)
        if villages and tr.random() < 0.3:
            said += f"在{t.name}{tr.choice(villages)}，{_prose(a)}。"
        if tr.random() < 0.4:  # named again by its stem, as a report does once the town is known
            said += tr.choice((f"在{TOWN_LEVEL.sub('', t.name)}，{_prose(a)}。", f"{TOWN_LEVEL.sub('', t.name)}的经验是{a.fill(a.pick(RESULTS))}。"))
        lines[k] = lines[k] + said
    a.rng = own


def towns_written(i: int, seed: int = 13) -> list[str]:
    """The codes of the townships article ``i`` names (what the build should place)."""
    return [t.code for t in _towns(_Article(random.Random(seed * 1_000_003 + i)), i, seed)]


def article(i: int, seed: int = 13) -> tuple[str, str]:
    """(file suffix, text) of article ``i``."""
    rng = random.Random(seed * 1_000_003 + i)
    a = _Article(rng)
    towns = _towns(a, i, seed)
    y, m, d = _date(rng)
    title = _title(a)
    lines = [title, f"来源：{rng.choice(SOURCES)}    发布时间：{y}-{m:02d}-{d:02d}",
             f"作者：{_name(rng)}  {_name(rng)}"]
    if rng.random() < 0.3:
        lines.append(rng.choice(NOISE_LINES))
    lines.append("　　" + _lead(a))
    for s in range(rng.randint(3, 4)):
        lines += ["　　" + x if k else x for k, x in enumerate(_section(a, s))]
    lines.append("　　" + _closing(a))
    lines.append(f"（责任编辑：{_name(rng)}）")
    if towns:
        _write_towns(a, towns, i, seed, lines)
    _noise(rng, lines)
    text = "\n".join(lines) + "\n"
    kind = rng.random()
    if kind < 0.03:
        return ".md", "# " + text
    if kind < 0.06:
        return ".html", _html(title, text)
    return (".gbk.txt" if kind < 0.10 else ".txt"), text


def _noise(rng: random.Random, lines: list[str]) -> None:
    """Page furniture and damage that real pages carry, each in a share of the articles."""
    body = [k for k, x in enumerate(lines) if x.startswith("　　")]
    if rng.random() < 0.2:  # full-width digits
        k = rng.choice(body)
        lines[k] = lines[k].translate({0x30 + d: 0xFF10 + d for d in range(10)})
    if rng.random() < 0.1:  # pinyin residue after a character
        k = rng.choice(body)
        ch, py = rng.choice(PINYIN)
        lines[k] = lines[k].replace(ch, f"{ch}({py})", 1)
    if rng.random() < 0.08:  # a paragraph in traditional script
        k = rng.choice(body)
        lines[k] = _traditional(lines[k])
    if rng.random() < 0.05:
        lines.insert(rng.choice(body), SPAM)
    if rng.random() < 0.1:  # a page break inside a paragraph
        k = rng.choice(body)
        cut = len(lines[k]) // 2
        lines[k:k + 1] = [lines[k][:cut], "", f"- {rng.randint(1, 3)} -", "", lines[k][cut:]]


@lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2tw")


def _traditional(s: str) -> str:
    return _s2t().convert(s)


def _html(title: str, text: str) -> str:
    paras = "".join(f"<p>{x}</p>" for x in text.splitlines()[3:] if x.strip())
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}_组工网</title></head><body>"
            f"<div class='nav'>首页 | 工作动态 | 基层党建</div><h1>{title}</h1>"
            f"<div class='info'>{text.splitlines()[1]}</div><div class='content'>{paras}</div>"
            f"<div class='footer'>版权所有 ICP备12345678号-1</div></body></html>")


def path_of(root: Path, i: int, suffix: str) -> Path:
    return root / f"{i // PER_FOLDER:04d}" / f"a{i:07d}{suffix.replace('.gbk', '')}"


def write_article(root: Path, i: int, seed: int = 13) -> tuple[Path, str]:
    suffix, text = article(i, seed)
    p = path_of(root, i, suffix)
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(text.encode("gb18030" if suffix.startswith(".gbk") else "utf-8"))
    return p, text


def generate(root: str | Path, n: int, seed: int = 13, start: int = 0) -> int:
    """Write articles ``start .. n-1`` under ``root``; returns the characters written."""
    root = Path(root)
    chars = 0
    for i in range(start, n):
        chars += len(write_article(root, i, seed)[1])
    return chars


def rewrite(root: str | Path, i: int, seed: int = 13) -> Path:
    """Change article ``i`` in place (one more measure at its end), as an edited page would."""
    suffix, text = article(i, seed)
    p = path_of(Path(root), i, suffix)
    enc = "gb18030" if suffix.startswith(".gbk") else "utf-8"
    old = p.read_bytes().decode(enc)
    p.write_bytes((old + "　　补充：县委组织部另外选派12名干部到社区挂职锻炼。\n").encode(enc))
    return p


def similarity(n: int = 300, seed: int = 13) -> dict:
    """How alike the first ``n`` articles are, as repost detection sees them: the Jaccard similarity
    of every pair's character 5-gram sets, and the share of pairs LSH proposes as candidates."""
    from itertools import combinations
    from statistics import mean

    from pipeline.store.similarity import MIN_SHINGLES, band_keys, shingles

    sets = [s for s in (shingles(article(i, seed)[1]) for i in range(n)) if len(s) >= MIN_SHINGLES]
    js = sorted(len(x & y) / len(x | y) for x, y in combinations(sets, 2))
    buckets: dict[tuple[int, int], list[int]] = {}
    for i, s in enumerate(sets):
        for key in enumerate(band_keys(s)):
            buckets.setdefault(key, []).append(i)
    candidates = {p for m in buckets.values() for p in combinations(m, 2)}
    return {"articles": len(sets), "pairs": len(js), "mean_jaccard": round(mean(js), 4),
            "p99_jaccard": round(js[int(len(js) * 0.99)], 4), "max_jaccard": round(js[-1], 4),
            "candidate_pairs": len(candidates), "largest_bucket": max(map(len, buckets.values()))}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?")
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--similarity", action="store_true", help="print how alike the first N articles are (N: --n)")
    args = ap.parse_args()
    if args.similarity:
        print(similarity(args.n, args.seed))
        return
    if not args.out:
        ap.error("OUT_DIR is required")
    chars = generate(args.out, args.n, args.seed)
    print(f"{args.n} articles, {chars:,} characters in {args.out}")


if __name__ == "__main__":
    main()
