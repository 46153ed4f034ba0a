"""Figures: value, unit, qualifier, what is counted, per what, and when.

A figure is a number with a unit (86名, 47.9%, 近百万元, 30余名, 300—500户,
不少于4500元, 十一级, 1/3, 1:3, 两成, 3个多月, 六七年, 十几个, 15:1).  Qualifiers
may stand before (近, 不少于), inside (余, 多, 几, 来), after the unit (两倍多,
五年多), after the figure (以上, 及以下, 左右) or apart (至少有五位, 最高每年可达).
Dates, ordinals, ranks and labels (二级航道, 100周年), age cohorts, phone and
document numbers, numerals inside slogans, words that only contain a numeral
(十分, 千千万万, 一年轻), and 一 + measure word used as "a" (开展一次培训) are
not figures.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from functools import lru_cache
import re

from pipeline.core.lexicons import alternation, word_list, word_set, word_table
from pipeline.core.records import DateMention, Figure
from pipeline.extract.dates import closing_month, is_dotted_month
from pipeline.text.numbers import ARABIC_ATOMIC, BIG_UNITS, DIGITS, parse_approx, parse_number, tidy
from pipeline.extract.spans import Taken, finditer_near
from pipeline.extract.subjects import clause_start as _clause_start, subject as _subject
from pipeline.nlp.segment import is_general_word
from pipeline.text.chars import CJK, CLAUSE_END, QUOTE_OPENERS as _QUOTE_OPEN, SENTENCE_END, SENTENCE_STOPS
from pipeline.text.dates import YEAR

# A scan over the whole text (finditer) opens with a lookahead for the characters its matches can
# start with (FIGURE's, (?=半), …): most positions fail at that one character instead of trying
# the whole pattern.  tests/test_extract_scans.py checks that each set holds every possible first character.
UNITS = sorted(word_list("figure_units.txt"), key=len, reverse=True)
# 15:1 (a ratio) is a unit of its own; never part of a clock time (16:18).
_UNIT_WORDS = "|".join(map(re.escape, UNITS)) + r"|:1(?![\d.:])"
# (?=…): a unit is tried only where one of the units' first characters stands (a number's next
# character mostly starts none of them; the alternation would try its 150 branches there)
UNIT = "(?=[" + "".join(sorted(map(re.escape, {u[0] for u in UNITS} | {":"}))) + rf"])(?:{_UNIT_WORDS})"
# units with a shorter unit at their start (个月 → 个, 万元 → 万): the only ones a word boundary can cut back
_SHRINKABLE = frozenset(u for u in UNITS if any(v != u and u.startswith(v) for v in UNITS))
_CN_DIGITS = "零〇一二两三四五六七八九十百千万亿"
# Linear time on long digit runs: a number never starts inside another number, and its
# digits are possessive, so a run that finds no unit fails once instead of at every position.
# 几 is a vague digit: 十几 (10 多), 几十 (数十).
NUMBER = (rf"(?:(?<!\d)(?<!\d[.,:：]){ARABIC_ATOMIC}[十百千万亿]*+"
          rf"|(?<![{_CN_DIGITS}几])(?:(?<=倒数)|(?<!数))(?:数(?=[十百千万亿])|几(?=[{_CN_DIGITS}]))?+[{_CN_DIGITS}]++(?:点[零〇一二三四五六七八九]++[万亿]?+)?+几?+)")
# (三点五万; 数十, 数百: several; 倒数三名: the last three, no 数 of "several")
# 不得超过, 不得超, 不能低于: a rule's bound (不得超过 is 不超过, not 超过); 未达到50%: short of it, as 低于 (以下)
_MUSTS, _ABOVE, _BELOW = ("不得", "不能", "不应", "不宜", "不可"), ("超过", "突破", "高于", "多于", "超"), ("低于", "少于", "小于")
_MUST_NOT = f"(?:{'|'.join(_MUSTS)})(?:{'|'.join(_ABOVE + _BELOW)})"
# 约 and 不足 not glued to the word before them (签约300户, 节约; 查找不足|12条, 弥补不足)
_ABOUT = r"(?<![签节预制公相合特违履践邀婚])约"
_SHORT_OF = r"(?<![查找存弥补的])不足"
_PRE_WORDS = (rf"{_MUST_NOT}|最大不超过|最多不超过|最高不超过|最多不超|没有超过|未超过|没超过|没有达到|未达到|没达到|没有突破|未能突破|没能突破|未突破|没突破|不超过|不少于|不低于|不小于|将近|接近|大约|至少|超过|突破|最多|最高|最低|"
       rf"低于|少于|不足|不到|未满|不满(?![\d一二两三四五六七八九十百千万]+[余多])|[≥≧]|[≤≦]|(?<![放拿舍丢撇攻割吃])不下|不超|(?<![最附邻靠就])近|(?<=就)近(?![\d一二两三四五六七八九十]+(?:个|公里|千米|米|家|处))|{_ABOUT}|逾|超|上(?=[百千万亿])|(?<![不经通超越度走到去来访见做干当历])过(?=[百千万亿](?![一二两三四五六七八九]))")
# (不满20余名村民: a bound never takes 余 or 多, so 不满 is "dissatisfied" there; 附近三个村: 近 closes a word; 就近3个村 is nearby, 就近20万元 is 就 + 近; ≥90%, ≤5%: a table's bounds
# written as signs)
# the characters a match of PRE can start with
_PRE_FIRST = "不最没未将接大至超突低少近约逾上过≥≧≤≦"
# (?=…): the qualifiers are tried only where one can start (most numbers have none before them)
PRE = rf"(?=[{_PRE_FIRST}])(?:{_PRE_WORDS})"
QUALIFIER = {
    "不低于": "不少于", "不小于": "不少于", "突破": "超过", "逾": "超过", "超": "超过",
    "最多": "不超过", "最高": "不超过", "最长": "不超过", "最低": "不少于", "最大不超过": "不超过", "最多不超过": "不超过", "最高不超过": "不超过",
    "最多不超": "不超过", "不超": "不超过", "不高于": "不超过", "没有超过": "不超过", "未超过": "不超过", "没超过": "不超过",
    "没有突破": "不超过", "未能突破": "不超过", "没能突破": "不超过", "未突破": "不超过", "没突破": "不超过",
    "低于": "以下", "少于": "以下", "没有达到": "以下", "未达到": "以下", "没达到": "以下", "未满": "以下", "不满": "以下", "不下": "不少于", "不足": "以下", "不到": "以下", "内": "以内", "将近": "近", "接近": "近", "余": "余", "多": "多", "来": "左右",
    "上下": "左右", "开外": "以上", "及以上": "以上", "及以下": "以下", "之内": "以内",
    "≥": "不少于", "≧": "不少于", "≤": "不超过", "≦": "不超过", "过": "超过",
} | {f"{must}{bound}": "不超过" if bound in _ABOVE else "不少于" for must in _MUSTS for bound in _ABOVE + _BELOW}
# A bound or an approximation written after the unit (…以上, …左右)
_POST = r"及以上|及以下|以上|以下|左右|以内|之内|上下|开外|内(?!外)"
# The nouns that 个 counts inside a unit (3个多月, 一个半小时): 个 + 多/余/半 + noun.
_GE_NOUNS = "月|小时|钟头|星期|工作日|学期|季度"
# 按1比3的比例, 比例应达到1︰10: a ratio of one in N written with 比, a wide colon or N = 10 only with the word
# of a ratio right before or after it, and so is any 1:N after 以 (以1:3的比例 a ratio; 以1∶3不敌 and 以1比2惜败
# are scores, 凌晨1:10 a time, 1:10万 a map's scale, 1比2比7 a ratio of three parts)
_RATIO_WORD_BEFORE = "(?:" + "|".join(f"(?<={w})" for w in ("比例", "比例为", "比例是", "比例约为", "比例达到", "比例应达到",
                                                          "比例要达到", "配比", "配比为")) + ")"
_RATIO_WORD_AFTER = r"(?:的[^，,。；;、比\d]{0,2})?(?:比例|配比)"
FIGURE = re.compile(
    # The lookahead lets the scan reject most positions at one character.
    rf"(?=[\d零〇一二两三四五六七八九十百千万亿数几半{_PRE_FIRST}])(?P<pre>{PRE})?(?:"
    rf"(?P<frac>(?<![\d/])(?!0\d)(?P<fn>\d{{1,3}})/(?!0\d)(?P<fd>\d{{1,3}})(?![\d/])|(?<![\d.:：︰∶])(?<!\d比)(?:(?<!以)1[:：](?P<rd>[2-9])(?![\d.:：︰∶])|{_RATIO_WORD_BEFORE}1(?:[:：](?=10)|[︰∶比])(?P<rb>[2-9]|10)(?![\d.:：︰∶万]|比\d)|1(?:(?<=以1)[:：]|[:：](?=10)|[︰∶比])(?P<rc>[2-9]|10)(?={_RATIO_WORD_AFTER}))|(?<![一二三四五六七八九十百])(?!百分之)(?P<cfd>[一二三四五六七八九十百]++)分之(?P<cfn>[一二三四五六七八九十]++)|(?<![一])一半|(?<![一二三四五六七八九十大])半数)"
    rf"|百分之(?P<pcn>{NUMBER}(?:点[零〇一二三四五六七八九]+)?)"  # 百分之四十七点九
    rf"|(?P<num>{NUMBER})(?P<inner>余|多|来)?(?P<mag>(?<=[余多])[万亿])?(?:(?:(?P<unit1>{UNIT})(?P<rate1>/[人天日月年次户·]{{1,4}})?)?(?P<rsep>——|[-—–~～至到]|(?<=\d)\?(?=\d))(?(unit1)(?!{YEAR}年))(?(rate1)(?=[\d.]+(?P=unit1)(?P=rate1)))(?P<pre2>{PRE})?(?P<num2>{NUMBER})(?P<inner2>余|多)?)?"
    rf"(?:个(?P<ginner>多|余|半)(?P<gunit>{_GE_NOUNS})|(?P<unit>{UNIT}))"  # (70元/人·天至120元/人·天: the rate twice;
    # 50?80名: the range's dash a lost character's mark between the digits)
    rf")(?:(?<=[块元])钱(?={_POST}))?(?:[ \u3000](?=(?:及)?以[上下内]|左右))?(?P<post>{_POST})?"  # (1000块钱以上; 60% 以上:
    # a space before the bound)
)
# positions of FIGURE's groups in Match.groups(): one tuple per match instead of a lookup per name
_G_CFD = FIGURE.groupindex["cfd"] - 1
_G_CFN = FIGURE.groupindex["cfn"] - 1
_G_FD = FIGURE.groupindex["fd"] - 1
_G_FN = FIGURE.groupindex["fn"] - 1
_G_RD = FIGURE.groupindex["rd"] - 1
_G_RB = FIGURE.groupindex["rb"] - 1
_G_RC = FIGURE.groupindex["rc"] - 1
_G_FRAC = FIGURE.groupindex["frac"] - 1
_G_GINNER = FIGURE.groupindex["ginner"] - 1
_G_GUNIT = FIGURE.groupindex["gunit"] - 1
_G_INNER = FIGURE.groupindex["inner"] - 1
_G_INNER2 = FIGURE.groupindex["inner2"] - 1
_G_MAG = FIGURE.groupindex["mag"] - 1
_G_NUM = FIGURE.groupindex["num"] - 1
_G_NUM2 = FIGURE.groupindex["num2"] - 1
_G_PCN = FIGURE.groupindex["pcn"] - 1
_G_POST = FIGURE.groupindex["post"] - 1
_G_PRE = FIGURE.groupindex["pre"] - 1
_G_UNIT = FIGURE.groupindex["unit"] - 1
_G_UNIT1 = FIGURE.groupindex["unit1"] - 1
# 至少有五位, 约占三分之二, 大约投入1800万元, 至少配备1名, 最高每年可达1080元, 最高补贴达到每月600元
_APART = re.compile(
    r"(?:(?P<q>大约|至少|不少于|不低于|不超过|最大不超过|最多|最高(?!人民)|最低|超过|将近)"
    rf"(?:[{CJK}]{{0,2}}|[{CJK}]{{0,4}}(?:可达|达到|达|为|有|是)(?:每[人户月年天周]){{0,2}}"  # (最高补贴达到每月600元, 最低补贴标准为每月300元)
    rf"|(?<=最高|最多)可[{CJK}]{{1,4}}"  # 最高可给予3000万元: the most a rule allows (可), the grant's verb between
    rf"|(?<=至少)(?:要|需|应|须)?[{CJK}]{{0,2}}?(?:走访|联系|开展|召开|参加|组织|培训|慰问|帮扶|结对|入户|深入|储备|配备|选派|选配)[{CJK}]{{0,5}})"  # 至少走访群众50户, 至少上门走访1次, 至少常态储备2名 (staff kept or sent)
    rf"|(?P<q3>不少于|不低于|不超过|不高于|(?:不得|不能|不应|不宜|不可)(?:低于|少于|超过|高于|多于)"
    rf"|{_SHORT_OF}|(?<![想料找做办达得看听猜])不到(?!位))"  # (想不到: a verb)
    rf"(?:(?![一二两三四五六七八九十百千万])[{CJK}()（）]){{1,20}}的"  # 不低于总课时的70%, 不足原先的70%
    rf"|(?P<q4>最长)可[{CJK}]{{1,4}}"  # 最长可享受3年, 最长可延长至2年: the longest a rule allows, a cap on the time
    rf"|(?<![附最接将])(?P<q2>约|近)[占为有达](?:(?:(?![一二两三四五六七八九十百千万])[{CJK}()（）]){{1,16}}的)?)$"  # 约占…总数的74.4%
)
# 三级调研员, 三级医院: words that make N级/N等 a label (resources/grade_labels.txt)
_GRADE_LABEL = re.compile("^(?:" + "|".join(map(re.escape, word_list("grade_labels.txt"))) + ")")


def _units_of_kind(kind: str) -> frozenset[str]:
    """The units resources/figure_unit_kinds.tsv gives ``kind`` (duration, indefinite, qualified_after,
    date_or_label, place, outlasts_a_quarter, age)."""
    rows = (line.split("\t") for line in word_list("figure_unit_kinds.tsv"))
    return frozenset(unit for unit, *kinds in rows if kind in kinds)


def before_its_noun(unit: str | None) -> bool:
    """A measure word that stands before the noun it counts (12个乡镇, 3名干部; 300人 and 4年多 are whole):
    a figure ending on it where a page is cut off has lost what it counts."""
    return unit in _NOUN_AFTER


# 一 with these is "a" (一名干部说), not a count; with 次/年/天 it is one.
_TIME_UNITS = _units_of_kind("duration")
_INDEFINITE_UNITS = _units_of_kind("indefinite")
_NOUN_AFTER = _INDEFINITE_UNITS - {"人"}  # (人 names the people counted: 300人 is whole)
# A qualifier may follow the unit of a duration or a multiple: 两年多, 两倍多, 五天余.
_AFTER_UNIT_QUALIFIED = _units_of_kind("qualified_after")
_PLACE_UNITS = _units_of_kind("place")  # 9县(市)内: a 内 after places counted is "inside them", no bound
# two kinds of place counted together (两省区, 8县市), unless the second kind's character opens a word of
# resources/not_a_second_place.txt (苏皖2省区间合作: 2省, then 区间)
_TWO_KIND_PLACES = frozenset(("县市", "县区", "省区"))  # (区县: its 县 opens no word of the list)
_NOT_A_SECOND_PLACE = re.compile("|".join(map(re.escape, word_list("not_a_second_place.txt"))))
# 一年前, 三天后, 两年多来: a point in time, not an amount
_RELATIVE_AFTER = re.compile(r"^(?:多|余)?(?:前|后|之前|之后|以前|以后)")
_COUNTED_AFTER_DUO = frozenset("个处项名家条户")
_WORD_AFTER_DUO = re.compile(r"多数|余额|余下|余地")
# 三年有余, 一倍有余: 有余 closing the figure (before a stop, 的 or 了) is 余; before anything else 有 is the verb
# (有余粮, 有余力, 有余温, 有余暇, 有余下的; 有余杭区, 有余姚市, 有余庆县: a place; 有余书记: the surname 余)
_SOME_MORE = re.compile(r"有余(?=$|[的了\s,，。.;；:：、!！?？)）】」』”’\"'…—])")
# after a length of time, 内 glued by the segmenter to a modal or an adverb that opens the next clause
# (三年内力保, 两年内要, 一年内均…) stays "within" the length; glued to anything else it opens a noun
# (3天内训, 30天内审, 两年内涝, 三天内勤, 内设, 内蒙古): no bound, as for any other unit
_WITHIN_GLUED = re.compile(r"内[力要将应须需必可能会均都全即先共未就已再还不无]")
# 两年前, 35年前的陈设: years ago, wherever it stands (服务满2年后的选调生 counts the years)
_AGO = re.compile(r"(?:多|余)?(?:之|以)?前")
# 回到两个月前, 早在三天前, 就在一周前: words that place the story at a point back in time, before its N…前
_POINT_BEFORE = re.compile(r"(?:回到|早在|就在|直到|远在|于|在)$")
# 八年来, 三个月以来, 一年间, 两年多下来: a period up to now, reported as a date (两个小时来到: the verb 来到)
_SINCE_AFTER = re.compile(r"^(?:来(?!到|自(?!发)|说|讲|看)|以来|间(?![隔断距])|下来)")
_NUMERAL_WORDS = word_set("numeral_words.txt")  # 一方面: a connective
_ONE_AS_ADJECTIVE = frozenset("新上下同另这那每")  # 新一轮, 上一届: before a 一 that counts nothing
_PERIOD_BEFORE = re.compile(r"(?:新的|过去的?|接下来的|未来的?|今后的?|这|那|比|关键|开局|收官|决胜|去年|今年)$")  # 过去一年: the year just past; 一年比一年; 关键一年: a plan's key year
# (去年一年, 今年一年: that year whole)
# 又是一年岁末, 又是一年清明时。: another year come round to a season (他又是一年没有回家 counts a span)
# (又是一年没回家, 又是一年白干了, 一干又是一年多时间, 又是一年过节: a span), a season word of the list right after 一年
_SEASON_COME_ROUND = re.compile(r"(?:岁末|岁尾|年末|年终|年底|年初|新春|春节|元旦|清明|端午|中秋|重阳|国庆|七一|开学|毕业|高考|金秋|寒冬|"
                                r"[春夏秋冬])")
# 到今年一年期满, 今年一年试用期满, 今年一年合同到期: a term of one year, its word within six characters of the
# clause (去年一年,…: that year whole)
_TERM_AFTER = re.compile(r"[^，,。；;！？!?\n]{0,4}?(?:期满|任期|期限|聘期|到期)")
# 一年总收入才2600元, 一周要开三四个会, 一年的工资为…: the period an amount after it in the clause is counted
# over, a word of "in all / can / must / on average" after it, 中/里 (一年中连续两次…, 一年里开了三次会) or 的 before its pay
# (驻村一年争取资金50万元 and 满一年的12名选调生 count the year)
_AMOUNT_OVER_PERIOD = re.compile(r"(?:的(?=工资|收入|报酬|补贴|薪酬|待遇|经费|开支)|(?P<in>[中里][，,]?)|总|共|能|要|需要?|才|就|只|平均|至少|最多|大约|可)[^，,。；;！？!?、\n“”()（）]{0,10}?"
                                 r"(?:\d|[两二三四五六七八九十几](?=[\u4e00-\u9fff]))")
# 中/里 only when 一年 opens its clause (一年中，全县共培训…): after a verb or a noun (驻村一年里, 挂职一年中, 工作的一年里,
# 试用期一年中) it is the length served, a figure
_OVER_PERIOD_OPENS = "\n，,。；;！？!?：:（(“ 　"
_PAGE_COUNTER_BEFORE = re.compile(r"(?:全文共|共|显示|字数[:：]?)$")
# 已阅读5页,还剩10页未读; 您已阅读8%(369字),剩余92%; 省略811字; (全文约1280字): how much of the page a
# reader has seen or is left (a site's reading progress; 8%(369字): its characters after the share; 第1页共2页: the
# pager), no figure of the text
_READ_PROGRESS_BEFORE = re.compile(r"(?:已阅读|省略|隐藏了|全文|页共)$")
_SHARE_THEN_CHARACTERS = re.compile(r"%[(（]$")  # 8%(369字): the characters read, after the share
# 剩余92%(…字), 还剩10页未读: the rest of the page, known by the characters or the unread pages after it (剩余20%由农户自筹 is a share)
_READ_REST = re.compile(r"(?:还剩|剩余)[:：]?$")
_REST_OF_PAGE_AFTER = re.compile(r"[(（]\d+字|未读|内容|[，,]?\s*(?:点击|继续)?(?:展开|阅读|查看)")
_READ_PROGRESS_UNITS = frozenset(("字", "页", "%"))
# 管理制度7篇(通用), 方案通用(四篇): a count closing a title's line with a bracket (撰写调研报告5篇(获奖1篇)。 is a record's count)
_PAGE_COUNT_LINE = re.compile(r"(?:[(（][\d一二三四五六七八九十]+篇[)）]|[\d一二三四五六七八九十]+篇[(（【][^()（）【】\n\d]{0,12}[)）】])\s*(?:$|\n)")


def _page_reading(text: str, s: int, e: int, unit: str) -> bool:
    """全文共948字, 当前显示267字: the page's length; 已阅读5页, 8%(369字), 剩余92%(…字): how much of it a reader
    has seen or is left (剩余20%由农户自筹 is a share of the text)."""
    if unit == "字" and (_PAGE_COUNTER_BEFORE.search(text, max(0, s - 4), s) or _SHARE_THEN_CHARACTERS.search(text, max(0, s - 2), s)):
        return True
    if _READ_PROGRESS_BEFORE.search(text, max(0, s - 4), s):
        return True
    return bool(_READ_REST.search(text, max(0, s - 3), s)) \
        and bool(_REST_OF_PAGE_AFTER.match(text, e) or "阅读" in text[max(0, s - 20):s])


_OFFICER_AFTER = re.compile(r"副?(?:处长|调研员|巡视员)")
_MOTTO_AFTER = re.compile(r"方针|标准|要求|诀|原则|箴言|工作法")
_HALF_WORD = re.compile(r"半(?:夜|天|路|途|山|数|边|个|拉|新)")  # 三天半夜起来: 半 opens another word
_PHASE_AFTER = re.compile(r"(?:工程|项目|建设|技术|用地|厂房)")
# the ends of a housing estate's name, whose phases (花园三期, 小区2期) are named by a numeral
_HOUSING_ENDS = ("小区", "花园", "家园", "公寓", "新村", "新城", "华府", "雅苑")
_VEHICLE = re.compile(r"列车|动车|高铁|火车|航班|班机|专列")  # 5826次列车: a number, not a count
# 0次浏览, 阅读 35: page counters
_COUNTER_AFTER = re.compile(r"(?:浏览|阅读|点击|评论|点赞|收藏|转发|播放)")
_COUNTER_FIRST = set("浏阅点评收转播")
# the levels an administrative 级 can follow (市县乡三级), as opposed to a grade label (国家二级航道)
_LEVEL_CHARS = set("省市县区乡镇村组州盟旗、厅处科")  # 市县乡三级, 厅、处、科三级干部: the levels counted
# 个晚上, 个周末: a time of day or of the week counted with 个 (resources/figure_units.txt)
_TIMES_OF_DAY = frozenset(("个晚上", "个夜晚", "个白天", "个周末", "个昼夜", "个通宵"))
_ONCE_UNITS = ("天", "次", "年")  # 有一天, 有一次, 有一年: "once", opening a story's clause
# What makes 有一年 a span or a bound after all: a qualifier or a fraction right after it (有一年以上, 有一年半,
# 有一天内), or a span's or a requirement's word in the rest of its clause (有一年时间驻村, 有一年基层工作经历)
_ONCE_MEASURED = re.compile(r"[半多余内来]|以[上下内]|及以上|左右|之久"
                            r"|[^，,。；;：:！？!?\n]{0,12}?(?:时间|光景|功夫|工夫|工作|经历|经验|任职|挂职|驻村|服务)")
_PROGRAMME_NAMED = re.compile(r"[^，,。；;：:、！？!?\n]{0,8}?(?:计划|工程|培训|行动|活动|项目)")
_CLAUSE_BOUNDARY = set("，,。；;：:！？!?\n（(“")
_ITEM_BOUNDARY = _CLAUSE_BOUNDARY | {"、"}  # (an item of a list read as a clause of its own)
# 一 before a measure word and a noun is the article "a" (开展一次“大体检”, 一份数据)
_NOT_NOUN_START = set("的地得了过就都也又还才被为是")
_PER_WORD = (r"(?:[\d一二两三四五六七八九十]+(?:[-—–~至][\d一二两三四五六七八九十]+)?|个|名|位)?"
             r"(?:人|名|户|村|年|月|季度|半年|周|天|日|次|期|位|镇|乡|组|所|家|社区|单位|考核组|乡镇|村干部|党员)")
_PER = re.compile(rf"(?:(?:年)?人均|年均|平均)?(?:每(?:多|增加)?{_PER_WORD}){{1,3}}(?:年均|平均)?")
_YEAR_NUM = re.compile(YEAR)
_AFTER_YEAR = re.compile(YEAR + "年$")
# What follows an ordinal session number (二十届三中全会, 二十届中央纪委三次全会, 十四届全国人大).
# (十六届五、六中全会: the plenums listed; 二十届历次全会: all its plenums)
_PLENUM = re.compile(r"(?:[一二三四五六七八九十]+[、和])*[一二三四五六七八九十]+[中次]|历次|全会|党代会|代表|(?:中央|全国|省|市|县|区)?(?:纪委|委员会|政协|人大|委)")
# The body whose term an ordinal numbers, right after it (十九届中央第一轮巡视, 九届自治区党委, 十五届某某县委,
# 十一届常务委员会); a label only where no verb of serving or holding comes before (连任三届社区党委书记,
# 历经三届园区党委, 连续举办了五届…: terms counted), never before 社区, never 两届 (an ordinal says 二)
_BODY_NUMBERED = re.compile(rf"中央(?:第|政治局)|常务委员会|常委会"
                            rf"|(?:全国|自治区|(?![^省市县区州旗盟]{{0,3}}?社区)[{CJK}]{{0,3}}?[省市县区州旗盟])(?:党委|纪委|委员会|政协|人大|委)")
_TERMS_HELD_BEFORE = re.compile(r"连任|连续|历经|经历|担任|曾任|当选|举办|举行|先后|相继|接连|届届")
_MAGNITUDE_END = re.compile("[万亿]$")
_FULL_STOP = re.compile(r"[。！？!?\n]")
# a date opening its sentence, or after a lead (据介绍，), or the day a count stands at (截至2020年底，): it times all
# the sentence's parts set apart by ；
_OPENING_BEFORE = re.compile(r"(?:^|[。！？!?\n])[ \t\u3000]*(?:据[^，,。；;！？\n]{1,5}[，,])?(?:截至|截止到?|到)?$")
# … but not past a part opening a new point of an enumeration (；二是…, ；（二）…, ；2．…) or an earlier or other
# period (；此前已累计…, ；此外…, ；历年…)
_NEW_POINT_PART = re.compile(r"[；;][ \t\u3000]*(?:[二三四五六七八九十]+是|[（(][二三四五六七八九十\d]+[)）]|\d+[．.、]"
                             r"|此前|此外|以前|累计|历年)")
_CLAUSE_MARK = re.compile(r"[，,；;：:]")
# the length of each session, round or batch (每期3天, 每轮一个月, 为期一周, 以3个月为周期, 每人每年培训40学时):
# the date opening the sentence is when the work ran, not a time of that length
_EACH_LENGTH_BEFORE = re.compile(r"(?:每[期次轮批]|为期)$")
_TAKEN_AS_CYCLE = re.compile(r"为(?:一个)?周期")
# the longest or shortest of such lengths (最长借调时间超过8年), or the span a plan gives itself (拟在3年内, 力争用两年):
# a length of one stint or of the plan, not of the sentence's date
_ONE_LENGTH_IN_CLAUSE = re.compile(r"最长|最短")
_PLANNED_SPAN_BEFORE = re.compile(r"(?:拟|力争|计划|争取|预计)(?:在|用)?$")
# …but a total or an average of time is the date's (2023年，人均参训时长120小时, 今年以来累计下沉1.2万天)
_TOTAL_TIME_BEFORE = re.compile(r"累计|共|人均|平均|总|时长|天数")
_HAN = re.compile(f"[{CJK}]")
# 四大重点领域 after a list (乡村振兴、产业园区、…四大重点领域): a summary numeral without a unit
_SUMMARY_DA = re.compile(rf"(?=[两二三四五六七八九十1-9])(?<=[{CJK}”’」。；;，,\n])(?P<num>[两二三四五六七八九十]{{1,2}}|(?<!\d)(?:[2-9]|[1-9]\d))大(?=[{CJK}])")  # 等四大, 等6大, 12大门类
# 党的十九大, 七大以来, 二十大报告: a party congress named by its number (resources/congress_after_words.txt)
_CONGRESS_AFTER = re.compile("|".join(sorted(map(re.escape, word_list("congress_after_words.txt")), key=len, reverse=True)))
# 中共八大, 喜迎20大: a congress by the party's name or a greeting before its number
_PARTY_CONGRESS_BEFORE = re.compile(r"(?:党的|中共|喜迎)$")  # (not 迎接三大挑战)
# 交警三大队, 二大爷: 大 opens a word of its own, a unit named by its number or kin (三大队伍 counts);
# 三大箱, 两大袋: 大 tells the size of a measure word's things (八大本领, 五大车型, 四大盆地 count)
_DA_WORD = re.compile(r"队(?!伍)|[爷妈娘姑姨伯叔哥姐嫂箱袋碗桶捆摞筐]")
_PLACE_END = frozenset("省市县区乡镇")  # 区四大组织: a place's bodies, even after a list
# 四大班子, 五大员: the leadership bodies or the staff of a place named together, no count
_BODIES_AFTER = re.compile(r"班子|家|员|机关|组织")
# a date that is a comparison base (比2018年减少) or inside a fixed period label is not the figure's time
_PER_HINT = re.compile(r"[每均]")
_APART_HINT = re.compile(r"[大至不超最将约近]")  # a qualifier standing apart starts with one of these
_COMPARED = re.compile(r"(?:比|较|相比|相对|同比|对比|与)$")
_BOUND_BEFORE = re.compile(r"(?:不低于|不少于|不高于|不超过|高于|低于)[^，,。；;！？\d]{0,14}$")
_EVENT_WORDS = frozenset(word_list("event_time_words.txt"))
# a meeting held (召开/举办/举行 …) whose name opens with, or holds, a year: the year is the meeting's, not a time
# of those attending it (召开2013年度考核会议，9名第一书记出席); the sentence's other figures mostly report that
# year's results (召开2023年度考核总结大会，共评出优秀干部312名) and keep it
_ATTENDED = re.compile("参加|出席|列席|参会|与会|到会")
_HELD_BEFORE = re.compile(r"(?:召开|举办|举行)[^，,。；;：:！？!?\n\d]{0,10}$")
_MEETING_NAMED = re.compile(r"[^，,。；;：:！？!?\n]{0,24}?(?:会议|大会|会|仪式|论坛)(?=[，,。；;！？!?\n])")
_DAY_ONLY = re.compile(r"^(?:当年)?\d{1,2}月\d{1,2}日|^\d{1,2}日")


def _parse(num: str | None) -> tuple[float | None, float | None, str | None]:
    """(value, high, qualifier) for a NUMBER match: 数十 -> 10 数, 十几 -> 10 多, 六七 -> 6-7."""
    if num is None:
        return None, None, None
    if num.isascii() and num.isdigit():
        return float(num), None, None  # the common case, without the general parser
    if num[0] in "数几":
        return parse_number(num[1:]), None, "数"
    if num.endswith("几"):
        return parse_number(num[:-1]), None, "多"
    if not num[0].isdigit():
        approx = parse_approx(num)
        if approx and not (num.startswith("一") and len(num) == 2):  # 一二把手 is not one-to-two
            return approx[0], approx[1], None
        loose = _loose_range(num)
        if loose:
            return loose[0], loose[1], None
        if len(num) >= 2 and all(c in DIGITS for c in num):
            return None, None, None  # 二〇二一, 一一: digit strings are years and labels, not amounts
    return parse_number(num), None, None


# 一两个, 三五天, 一两万: "one or two", "three to five" (the idioms' ends are not neighbours); 二十七八岁: two
# neighbours after the tens
_LOOSE_RANGE = re.compile(r"(?P<pair>一两|三五)(?P<mag>[十百千万]?)|(?P<tens>[二三四五六七八九])十(?P<a>[一二三四五六七八])(?P<b>[二三四五六七八九])")


def _loose_range(num: str) -> tuple[float, float] | None:
    """(low, high) of a range the general parser leaves (一两, 三五 with a magnitude, 二十七八), else None."""
    m = _LOOSE_RANGE.fullmatch(num)
    if m is None:
        return None
    if m["pair"]:
        scale = parse_number("一" + m["mag"]) if m["mag"] else 1
        return (1 * scale, 2 * scale) if m["pair"] == "一两" else (3 * scale, 5 * scale)
    tens, a, b = DIGITS[m["tens"]] * 10, DIGITS[m["a"]], DIGITS[m["b"]]
    return (tens + a, tens + b) if b == a + 1 else None


def _is_year(num: str, unit: str | None) -> bool:
    """2021年, 2024届 (the class that graduates that year), 2023学年: a year, not an amount."""
    return unit in ("年", "届", "学年") and bool(_YEAR_NUM.fullmatch(num))


_MAGNITUDE_LABEL = re.compile(r"[十百千万亿]+元")
# units whose figures need a closer look (periods, issue numbers, grades, labels, anniversaries)
_LOOK_CLOSER = _TIME_UNITS | _units_of_kind("date_or_label")


_DEGREES = ("℃", "摄氏度")
_VAGUE_ONE = frozenset(("批", "些", "部分", "点", "系列"))  # 一批, 一些: no count, even in a component
_CLOCK_HOUR = re.compile(r"(?:\d{1,2}|[零一二两三四五六七八九十]{1,3})[时点]$")
_CALENDAR_GLOSS = re.compile(r"\s*[(（]\s*公元前?\s*[\d〇零一二三四五六七八九]{1,4}\s*年?\s*[)）]")  # 某某十五年（公元1381年）: a reign's year, glossed
# (干了十年（公元2014年至2024年）: a span, glossed with its years, stays a span)
_JANUARY_AFTER = re.compile(r"月[\d一二三]")  # 元月10日: 元月 is January
_MONTH_AFTER = re.compile(r"(?:正|腊|冬|[一二三四五六七八九十]{1,2}|\d{1,2})月")


def _skip(text: str, G: tuple, s: int, unit: str | None, e: int, item: bool = False) -> bool:
    """True when the number at ``s:e`` is no figure: an ordinal, a rate, a page counter, a
    date, a label, or a word that only contains a numeral (see the module docstring)."""
    num = G[_G_NUM]
    pre = G[_G_PRE]
    before = text[s - 1] if s else ""
    nxt = text[e:e + 1]
    if before == "第" and not pre:
        return True
    if unit in ("分", "分钟") and _CLOCK_HOUR.search(text, max(0, s - 4), s) and not pre:
        return True  # 上午9时30分, 8点20分: the minutes of a clock time, no count
    if unit in ("瓦", "瓦时") and (not (G[_G_NUM2] or num or "").endswith("千") or nxt == "片"):
        return True  # 一砖一瓦, 三千瓦片: tiles; only 千瓦 (a power) counts
    if G[_G_UNIT] == "级" and _YEAR_NUM.fullmatch(num or "") and not pre:
        return True  # 2009级: the class that came in that year, no count of levels
    if unit == "元" and _JANUARY_AFTER.match(text, e) and _YEAR_NUM.fullmatch(num or "") and not pre:
        return True  # 2024元月10日: 元月 is January, no yuan (2000元月薪 is a wage)
    if (before in _ONE_AS_ADJECTIVE or text.endswith("最后", 0, s)) and num == "一" and not pre:
        return True  # 新一年, 新一轮, 上一届, 同一批, 最后一天: "the new / last / same", not a count of one
    if nxt and nxt in "村户镇乡县企" and _MAGNITUDE_LABEL.fullmatch(text, s, e):
        return True  # 亿元村, 万元户: a label of wealth, no amount of money
    if unit == "字" and not pre and num and (not num[0].isdigit() or len(num) <= 2) and _MOTTO_AFTER.match(text, e):
        return True  # “勤、快、严、实”四字方针, 二十字标准, 好干部20字标准: a motto named by its count of characters (2000字标准 is a length)
    if unit in ("条", "字") and before and before in "“\"" and nxt and nxt in "”\"" and num and not pre:
        return True  # “二十条”, “二十字”方针: a policy named by its count of articles or characters, quoted whole (“十一级” counts grades)
    if unit == "遍" and num == "一" and not pre:
        return True  # 轮训一遍, 读了一遍: once over (_ONCE_OVER), as 一下, no count (轮训4遍 counts the times)
    if before == "的" and num == "一" and not pre and unit in _TIME_UNITS and (not nxt or nxt in _CLAUSE_BOUNDARY):
        return True  # 县委书记的一天: a day in someone's life, not a count of days
    if num == "一" and unit == "天" and not pre and not G[_G_POST] and _HAN.match(nxt) and nxt not in "内以半多余" \
            and not (_SPAN_VERB_BEFORE.search(text, max(0, s - 2), s) and nxt not in _CN_DIGITS):
        return True  # 一天的工作, 有时一天八次, 通过一天一通报: "a day" before what it qualifies or rates (工作了一天, 为期一天的培训 count)
    if num == "一" and unit in ("年", "月", "周") and not pre and not G[_G_POST] and nxt and (nxt.isdigit() or nxt in "两二三四五六七八九十") \
            and not _MORE_TIME.match(text, e):
        return True  # 待遇一年两三万元, 一月一次: "a year" before the amount it is the rate of
    if num == "一" and unit in ("年", "月") and not pre and not G[_G_POST] and _RATED_AMOUNT.match(text, e) \
            and not _SPAN_VERB_BEFORE.search(text, max(0, s - 2), s):
        return True  # 一年要多支出2亿元: "a year", a verb, then the amount it is the rate of
    if before and before in "这那" and unit in _TIME_UNITS and not pre:
        return True  # 就在这两年, 那几天: a period named, not counted (最近两年 counts two years)
    if unit == "年" and not pre and (text.endswith("公元", 0, s) or _CALENDAR_GLOSS.match(text, e)):
        return True  # 公元1381年, 洪武十五年(公元1381年): years of the calendar, no durations
    if unit == "篇" and not pre and (text.endswith("精选", 0, s) or "小编整理" in text[max(0, s - 30):s]
                                    or _PAGE_COUNT_LINE.match(text, s - 1 if text.endswith(("(", "（"), 0, s) else s)):
        return True  # 述职报告(精选6篇), 管理制度7篇(…), 方案通用(四篇), 小编整理的…4篇: a model-essay site's count of its own pages
    if unit == "处" and not pre and _OFFICER_AFTER.match(text, e):
        return True  # 干部教育局四处处长, 干部六处调研员: a division named by its number, before its officer
    if unit == "组" and num and not pre and num != "两" and (text.endswith(("巡察", "巡视"), 0, s)
                                                 or num[0].isdigit() and before == "村" and not _EACH_VILLAGE.search(text, max(0, s - 3), s)):
        return True  # 县委巡察二组, 某村4组: a team or a village's group named by its number (每村3组 counts)
    if unit in ("套", "家") and not pre and num in ("两", "三", "四", "五") and text.startswith(("班子", "领导班子"), e):
        return True  # 镇三套班子, 四家班子领导, 县四套领导班子: the name of a place's leadership bodies taken together, no count
    if unit == "层" and not pre and (num == "二" or nxt in ("为", "是")):
        return True  # 一层为菜市场, 三层以上是住宅, 二层民居: a floor named by its number (a count says 两层)
    if num == "二" and unit == "元" and not pre:
        return True  # 城乡二元结构: dual, not two yuan (an amount says 2元 or 两元)
    if before and before in "“‘" and _QUOTED_NAME_AFTER.match(text, e):
        return True  # ‘十万个为什么’: a number opening a quoted name
    if unit == "年" and _MONTH_AFTER.match(text, e):
        return True  # 20年正月初二 (a year's first digits lost): the year of a date, no duration
    if unit == "镇" and not pre and (nxt in ("村", "社", "居") or len(num or "") >= 3 and not num[0].isdigit()):
        return True  # 六镇村, 四十八镇: a village's or a town's name (两镇, 5镇 count towns)
    if num and len(num) > 1 and num[0] == "0" and num[1].isdigit():
        return True  # 013年 (a year's first digit lost to mojibake), 007号: a zero-padded label, no count
    if num == "一" and not pre and unit in _ONCE_UNITS and (before == "某" or before == "有" and (s < 2 or text[s - 2] in _CLAUSE_BOUNDARY)
                                                         and not G[_G_POST] and not _ONCE_MEASURED.match(text, e)):
        return True  # 有一天，…, 有一次, 某一天: "once, one day", a story's time, no count (能有一年时间 counts the year;
        # so do 有一年以上基层工作经历, 有一年半时间驻村: a requirement, a span)
    if unit == "口" and not _MOUTH_COUNTED.match(text, e):
        return True  # 一口气, 两口子, 三口岸: 口 counts only people (三口人, 五口之家) and wells or ponds (12口井)
    if num == "一" and not pre and unit in _TIMES_OF_DAY:
        return True  # 有一个晚上, 那是一个晚上: a story's time, no count (不少于3个晚上, 两个周末 count)
    if num == "一" and unit == "盏":
        return True  # 一盏明灯, 不到一盏茶的功夫: a figure of speech (lamps put up are counted 120盏, 两盏)
    if num == "一" and not pre and text[max(0, s - 2):s] == "每到":
        return True  # 每到一处: "wherever they went", no count of places
    if num == "一" and not pre and unit == "个" and nxt in _QUOTE_OPEN and not item:
        return True  # 给每位选民一个“明白单”: "a", before the quoted name of the thing
    if unit == "支" and nxt == "部" and text[e + 1:e + 2] != "署":
        return True  # 社区9支部: the ninth party branch, its number (9个支部 counts branches)
    if unit == "人" and nxt == "民":
        return True  # 全市360万人民: "the people of", a greeting's population, not a count
    if unit == "对" and nxt and (nxt.isdigit() or nxt in _CN_DIGITS or nxt in "标口接比照象策话待于此其" or is_general_word(text[e - 1:e + 1])):
        return True  # 1对1, 12对口帮扶, 3对接: one-to-one, or 对 opening a word; 22对师徒 counts pairs
    if unit == "任" and nxt and nxt in "务职命期用免教何意性劳凭":
        return True  # 3任务, 两任职: 任 opens a word here, it counts no terms of office
    if before == "每" and not pre and unit in _TIME_UNITS:
        return True  # 每两年评定一次: a rate, not a count (每300—500户配备1名 keeps its range)
    if num == "一" and unit == "年" and not pre and text.endswith("又是", 0, s) and _SEASON_COME_ROUND.match(text, e):
        return True
    if num == "一" and not pre and unit in _TIME_UNITS and (_PERIOD_BEFORE.search(text, max(0, s - 4), s)
                                                          and not (text[max(0, s - 2):s] in ("去年", "今年") and _TERM_AFTER.match(text, e))
                                                          or text.startswith("比一", e)
                                                          or not G[_G_POST] and _amount_over_period(text, s, e)):
        # 过去一年, 新的一年里: a period named, not counted; 一年比一年高: a comparison; 一年总收入才2600元:
        # the period of the amount after it
        return True
    if nxt in _COUNTER_FIRST and _COUNTER_AFTER.match(text, e):
        return True
    if not num:
        return False
    if unit is None:
        return not G[_G_FRAC]
    if text[s:e] in _NUMERAL_WORDS:
        return True  # 一方面: a word, not a count
    sessions = _SESSIONS_AFTER.match(text, e) if unit == "次" else None
    if unit == "次" and (sessions and (sessions["plenum"] in ("全会", "全委") or sessions["plenum"] == "党代会" and before and before in "省市县区镇乡州旗盟")
                         or num == "二" and not _counts_in_a_row(text, s, e)):
        return True  # 三次全会, 三次、四次全会, 市九次党代会: the third plenary session, the ninth party congress; 二次污染:
        # "secondary" (a count says 两次)
    if sessions and (_CONGRESS_BEFORE.search(text, max(0, s - 6), s) or _SESSION_LISTED_BEFORE.search(text, max(0, s - 12), s)):
        return True  # 第十二届三次会议, 十五届人大三次会议, 九届四次全体(扩大)会议: a congress's session (召开三次会议 counts meetings)
    if unit in _READ_PROGRESS_UNITS and _page_reading(text, s, e, unit):
        return True  # 全文共948字, 已阅读5页, 剩余92%: the page's length or the reader's progress through it
    if unit == "次" and _VEHICLE.match(text, e):
        return True  # 5826次列车: a train's number
    if unit in ("省", "县", "国") and text.startswith("道", e):
        return True  # 307省道: a road's number
    if unit in ("省", "市", "县", "地区") and (nxt and nxt in "委政" or _YEAR_NUM.fullmatch(num)):
        return True  # 2014市委…: a year before an institution, not a count of cities
    if nxt == "内" and text.startswith("内外", e):
        return True  # 八小时内外: on and off duty, not an amount
    if unit == "小时" and num in ("八", "8") and _OFF_DUTY_AFTER.match(text, e):
        return True  # 八小时外的生活, 8小时以外: a cadre's time off duty (the eight hours of a working day), not an amount
    if unit in _LOOK_CLOSER and _date_or_label(text, num, pre, s, unit, e):
        return True
    if not num[0].isdigit() and not G[_G_NUM2] and not item and _numeral_in_word(text, G, s, unit, e):
        return True
    return unit == "%" and before == "/"


# what the recent years are the period of: the annual record (近3年年度考核); 近N年首次, 近N年考核 are the
# recent years too right after their subject (该同志近3年考核…, 本人近两年考核, 局面近10年首次扭转) or a choosing of
# cadres by their record (选拔近三年考核优秀的干部); anywhere else they are a duration (离家近20年首次, 嫁到柳川村近20年
# 首次, 老同志近10年首次, 连续近5年考核为优秀)
_RECENT_YEARS_AFTER = re.compile(r"年度考核")
_RECORD_OR_FIRST_AFTER = re.compile(r"(?:年度)?考核|首次")
_CHOOSING_BEFORE = re.compile(r"(?:选拔|选派|选调|选用|推荐|提拔|挑选|择优|遴选|优先)$")
# a subject standing right before 近: the cadre written of, a state of affairs (no place: 定居柳川镇近30年首次)
_SUBJECT_BEFORE = re.compile(r"(?:该同志|本人|(?<![尤极])其|局面|形势)$")
_RANGE_MARK = re.compile("[到至—–~～-]")  # 5到10年: a range between the numbers
_MORE_THAN = re.compile("年(?:以上|及以上|多)|[多余]年")  # 未来10年以上: a span of at least so many years
_APPROX_PAIR = re.compile("[一二两三四五六七八九][两三四五六七八九]$")  # 未来三五年, 一两年: a span of about so many years
_YEARS_AHEAD_SPAN_AFTER = re.compile("时间")  # 利用未来3年时间: a span used
_YEARS_AHEAD_SPAN_BEFORE = re.compile("(?:用|延长至)$")  # 用未来5年, 利用未来3年, 延长至未来10年: a span
# 4、近3年…, (5)近两年…: a list item opens there
_LIST_NUMBER_BEFORE = re.compile(r"(?:^|\n|[；;。：:])\s*(?:\d{1,2}[、.．]|[（(]\d{1,2}[)）])$")
# 五年脱产培训计划, 三年补充规划, 两年提升工程: a plan or campaign named by the years it runs (a name, as 三年行动
# is); not after a word that measures the span (为期三年…计划, 用三年实施…工程, 连续三年开展…行动), nor a span that
# goes on (三年内, 三年来, 三年多, 三年时间), nor a clause that counts again (三年开展一次…行动)
_PLAN_NAMED_AFTER = re.compile(rf"(?![内来多余以时间中后前里])(?:(?![的和与及\d一二两三四五六七八九十])[{CJK}]){{0,6}}?(?:计划|行动|规划|工程)")
# …and not where a verb follows the years (力争三年[完成]改造工程, 两年[建成]示范工程, 五年[规划]建设人才公寓): the
# years are the time the work takes, and the plan word is its object (三年建设规划, 三年规划 stay names)
_PLAN_WORK_DONE_AFTER = re.compile(rf"(?:完成|建成|实现|达到|打造|推进|落实|规划|建设|创建|新建|引进)(?!计划|行动|规划|工程)[{CJK}]")
# a word that measures the span (为期, 连续, 用) or looks ahead over it (力争, 计划, 今后): 三年 counts there
_SPAN_MEASURED_BEFORE = re.compile(r"(?:为期|连续|历时|持续|坚持|利用|用|花|经过|每|满|达|近|力争|争取|计划|拟|预计|今后|未来)$")


def _amount_over_period(text: str, s: int, e: int) -> bool:
    """一年总收入才2600元, 一年中，全县共培训…: the period after 一 is the one an amount after it is counted over;
    by 中/里 only when it opens its clause (驻村一年里争取资金50万元 counts the year served); 一年填报400多张报表,
    一个季度参加60多场会议: a verb of paperwork or meetings, then the count (resources/period_count_verbs.txt)."""
    m = _AMOUNT_OVER_PERIOD.match(text, e)
    return bool(m) and (not m.group("in") or s == 0 or text[s - 1] in _OVER_PERIOD_OPENS) \
        or bool(_count_after_a_routine_verb().match(text, e))


@lru_cache(maxsize=1)
def _count_after_a_routine_verb() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(word_list('period_count_verbs.txt'))})了?"
                      r"(?:\d|[两二三四五六七八九十几百千](?=[\d两二三四五六七八九十几百千万多余]*[\u4e00-\u9fff]))")


def _plan_named(text: str, s: int, e: int) -> bool:
    """N年 in the name of a plan or campaign (五年脱产培训计划, 两年人才补充规划): a name, not a span."""
    return bool(_PLAN_NAMED_AFTER.match(text, e) and not _PLAN_WORK_DONE_AFTER.match(text, e)
                and not _SPAN_MEASURED_BEFORE.search(text, max(0, s - 2), s))


def _span_of_years_ahead(text: str, num: str, s: int, e: int) -> bool:
    """未来5到10年, 未来三五年, 未来10年以上, 用未来5年左右时间, 谋划未来5年内, 延长至未来10年: a span measured
    in the years ahead, not the years ahead themselves."""
    return bool(_RANGE_MARK.search(text, s, e) or _APPROX_PAIR.search(num) or _MORE_THAN.search(text, s, e + 3)
                or _YEARS_AHEAD_SPAN_AFTER.match(text, e) or text.endswith(("左右", "内"), s, e)
                or _YEARS_AHEAD_SPAN_BEFORE.search(text, max(0, s - 5), s - 2))


def _recent_record(text: str, s: int, after: str) -> bool:
    """近N年 before a record or a first time (考核, 首次) right after its subject or a choosing of cadres: the
    recent years (anywhere else a duration)."""
    if not _RECORD_OR_FIRST_AFTER.match(after):
        return False
    head = _clause_before(text, s, 12, _ITEM_BOUNDARY)  # (s is at 近)
    return bool(_CHOOSING_BEFORE.search(head) or _SUBJECT_BEFORE.search(head))


# 与近三年退休的老同志座谈, 对近3年新录用的公务员: after a list's comma or a preposition (no verb whose time they
# could measure), the recent years are when the people named next were retired, hired, promoted: a date
_GROUP_OF_YEARS_BEFORE = re.compile(r"[、与和及对把将向从为]$")
_DONE_IN_THEM_AFTER = re.compile(r"新|来|内|里|间")


def _recent_years_of_a_group(text: str, s: int, e: int) -> bool:
    if not _GROUP_OF_YEARS_BEFORE.search(text, max(0, s - 1), s):
        return False
    if _DONE_IN_THEM_AFTER.match(text, e):
        return True
    from pipeline.nlp.segment import get_segmenter, predicate_tag
    words = get_segmenter().cut(text[e:e + 6])
    return bool(words) and predicate_tag(words[0]) == "v"


def _counts_in_a_row(text: str, s: int, e: int) -> bool:
    """一次的，提醒；二次的，约谈；三次以上的…: 二次 between the counts of one and three times (a scale of
    penalties by how often) counts too; alone it is "secondary" (二次污染) or "a second round" (二次创业)."""
    return bool(_ONCE_ALONE.search(text, max(0, s - 30), s) or _THRICE_ALONE.search(text, e, e + 30))


# 一次 and 三次 as counts of their own, not inside a longer word (一次性补助, 第一次, 再一次, 三次全会): those
# say nothing of a scale of times that 二次 would continue
_ONCE_ALONE = re.compile(r"(?<![第再又每这那])一次(?![性次])")
_THRICE_ALONE = re.compile(r"(?<![第再又每这那])三次(?![性次全])")


def _date_or_label(text: str, num: str, pre: str | None, s: int, unit: str, e: int) -> bool:
    """A period, an issue number, a grade, a label or an anniversary (units of _LOOK_CLOSER)."""
    after = text[e:e + 6]
    if _is_year(num, unit):
        return True
    if unit == "期" and _AFTER_YEAR.search(text[max(0, s - 5):s]):
        return True  # 2021年8期: an issue number
    if unit == "期" and not num[0].isdigit() and (text[max(0, s - 2):s] in ("项目", "工程", "园区") or _PHASE_AFTER.match(after)
                                                  or num == "二" and not pre):
        return True  # 项目二期, 一期工程, 产业园二期: a project's phase (two sessions are 两期)
    if unit == "期" and text[max(0, s - 2):s] in _HOUSING_ENDS:
        return True  # 金湖花园三期, 某某小区2期: a phase of a housing estate, part of its name (a place, no count)
    if unit == "年" and after.startswith("代"):
        return True  # 50年代: a decade, not a span of fifty years
    if unit == "年" and not pre and text[e - 1] == "年" and _plan_named(text, s, e):
        return True  # 五年脱产培训计划: the plan's name (为期三年的…计划 counts the years)
    if unit in _TIME_UNITS and _SINCE_AFTER.match(after):
        return True  # 八年来, 三个月以来: periods, reported as dates
    if unit == "年" and _AGO.match(after) or unit in ("年", "个月", "月", "周", "个星期") and _RELATIVE_AFTER.match(after) \
            and (s == 0 or text[s - 1] in _CLAUSE_BOUNDARY or text[s - 2:s] in ("这是", "那是")):
        return True  # 于两年前去世, 一年后的某日, 八个多月后 opening a clause or after 这是 (这是18年后): a point in time
        # (印发一个月后 counts the interval; 10来分钟后 a scene's minutes)
    if unit in ("个月", "月", "周", "个星期", "天") and _AGO.match(after) and _POINT_BEFORE.search(text, max(0, s - 4), s):
        return True  # 时间回到两个月前, 早在三天前: a day or month ago, a point the story goes back to
    if unit == "年" and not pre and text.endswith("未来", 0, s) and text[e:e + 1] not in ("、", "和", "至", "到") \
            and (s == 2 or text[s - 3] in _CLAUSE_BOUNDARY or text[s - 3] == "在" or not _span_of_years_ahead(text, num, s, e)):
        return True  # 未来五年, … opening a clause; 描绘了未来五年的蓝图: the years ahead, a period (a date);
        # 着眼未来5年、10年 lists spans
    if unit == "年" and pre == "近" and (s == 0 or text[s - 1] in _CLAUSE_BOUNDARY or text[s - 1] == "在"
                                        or _LIST_NUMBER_BEFORE.search(text, max(0, s - 6), s) or _RECENT_YEARS_AFTER.match(after)
                                        or _recent_record(text, s, after) or _recent_years_of_a_group(text, s, e)):
        return True  # 近三年，…: a period opening the clause (a date), so is the period of a record (近两年年度考核为称职);
        # 工作近二十年 is a duration
    if unit in ("级", "等") and _GRADE_LABEL.match(after) and not (unit == "级" and _levels_listed(text, s, num)):
        return True  # 三级调研员 (but 县乡村三级书记, 县、镇、村三级联动 count the levels they list)
    label = after.lstrip("”’\"」")  # “五星”支部: the quote closes on the numeral and its unit
    if unit == "星" and (after.startswith(("级", "、", "和", "或")) or text[s - 1:s] == "、" or (parse_number(num) or 0) > 5
                        or _HAN.match(label[:1] or " ") and label[:1] not in _CN_DIGITS):
        return True  # 五星级, 五星社区, “五星”支部 are labels; so are grades listed (五星、四星、三星)
    if unit == "周年" and not text.endswith("满", 0, s):
        return True  # 100周年 is an anniversary (服务满5周年 counts the years served)
    return unit == "届" and bool(_PLENUM.match(after) or num != "两" and _BODY_NUMBERED.match(after)
                                and not _TERMS_HELD_BEFORE.search(_clause_before(text, s, 8)))


def _clause_before(text: str, s: int, n: int, boundaries: set[str] = _CLAUSE_BOUNDARY) -> str:
    """At most ``n`` characters before ``s``, from the last clause boundary on."""
    head = text[max(0, s - n):s]
    k = max((head.rfind(c) for c in boundaries), default=-1)
    return head[k + 1:]


_EACH_VILLAGE = re.compile(r"[每各](?:村|社区)$")
_KIN_PAIRS = ("夫妻", "夫妇", "母女", "父子", "母子", "父女", "兄弟", "姐妹", "姐弟", "兄妹", "婆媳", "翁婿")
# 兄弟两个[都]…: 两个 after a family pair stands for the two only when no counted noun follows it (兄弟两个[县],
# 姐妹两个[镇] count places); an adverb, a verb of the pair or a mark may follow
_PAIR_ALONE_AFTER = re.compile(rf"(?![{CJK}])|[都也还又就均各一同共分是在]")
_HISTORY_AFTER = re.compile(r"(?:光辉)?(?:历史|历程)")


# 镇长一名、, 贷款一笔，: 一 with its measure word right after the noun it counts, before a clause mark, is a
# count of one (a post filled, a loan granted), no "a"
_CLAUSE_MARK_AFTER_ONE = "、，,。；;"
# what stands before such a count: 名 after its noun (not 其中一名, 中一名); 笔 also after a quoted noun
# (“容错纠错”一笔，), never after 的 (浓墨重彩的一笔，: a stroke of history)
_NOT_A_NOUN_BEFORE_ONE = {"名": "中其", "笔": "的中其"}


def _one_after_its_noun(unit: str, before: str, nxt: str) -> bool:
    """一名 / 一笔 counting one, written after the noun it counts and before a clause mark."""
    if unit not in _NOT_A_NOUN_BEFORE_ONE or not nxt or nxt not in _CLAUSE_MARK_AFTER_ONE or not before:
        return False
    noun_end = _HAN.match(before) or unit == "笔" and before in "”\""
    return bool(noun_end) and before not in _NOT_A_NOUN_BEFORE_ONE[unit]


# 级别最高的一个, 人数最多一次: a superlative over an attribute (not a period: 每年最多一次) right before 一 and its
# measure word, closing the clause: "the Xest one", the one an occasion or a person, no count
_SUPERLATIVE_BEFORE_ONE = re.compile(rf"(?<![年月周天季度期届次内间每])(?<=[{CJK}])最[多高大长少低]的?$")
_ONE_OF_A_KIND_UNITS = frozenset(("次", "个", "位", "届", "批", "名"))
_XEST_OF_BEFORE = re.compile(rf"最[{CJK}]{{1,2}}的$")  # 最难的, 最困难的: a superlative and its 的, over "the one"


_OFF_DUTY_AFTER = re.compile(r"[以之]?外(?![出地省市县国])")


def _superlative_before_one(text: str, s: int) -> bool:
    """最多的 or 最多 (and its kin) right before the 一 at ``s``, over an attribute, no rate (每村最多一名) near."""
    return bool(_SUPERLATIVE_BEFORE_ONE.search(text, max(0, s - 4), s)) and "每" not in text[max(0, s - 7):s]


# 只剩一个, 仅有一名, 只有一家: "only one", the count itself is the point (not "a")
# (不仅一次, 不只一个, 不仅仅一次: "more than one", no count of one)
_ONLY_BEFORE = re.compile(r"(?<!不)(?<!不[只仅])(?:只|仅|唯)(?:剩下?|有|余)?$")


_THE_OTHER_REACH = 80  # (the other one is named within the next sentence or two)


def _the_other_after(text: str, e: int, unit: str) -> bool:
    """另一份, 另一名 … after a 一份, 一名 ending at ``e``, in the same paragraph: "one … the other"."""
    stop = text.find("\n", e, e + _THE_OTHER_REACH)
    return text.find("另一" + unit, e, stop if stop >= 0 else e + _THE_OTHER_REACH) >= 0


def _numeral_in_word(text: str, G: tuple, s: int, unit: str, e: int) -> bool:
    """A Chinese numeral that is part of a word or a name rather than a count."""
    pre = G[_G_PRE]
    before = text[s - 1] if s else ""
    nxt = text[e:e + 1]
    core = G[_G_NUM].lstrip("数几")
    if core == "一" and not pre and G[_G_POST] not in ("以上", "及以上") and unit in _INDEFINITE_UNITS and not _APART.search(text[max(0, s - 8):s]) \
            and not _one_after_its_noun(unit, before, nxt) \
            and not _ONE_TO_EACH.search(text, max(0, s - 16), s) and not _ONLY_BEFORE.search(text, max(0, s - 2), s):
        return True  # 一名干部: "a", not a count (镇长一名、副镇长四名: posts filled, after their noun;
        # 一名以上: a bound; 每村配备一名: one to each, a count)
    if core == "一" and not pre and before != "另" and _the_other_after(text, e, unit):
        return True  # 一份是甲…;另一份则是乙: "one of them … the other", the things counted before, no count of one
    if core == "一" and not pre and (text.startswith("又一" + unit, e) or before == "又" and text.endswith("一" + unit, 0, s - 1)):
        return True  # 一次又一次, 一批又一批: "again and again", no count
    if core == "一" and unit in _ONE_OF_A_KIND_UNITS and (not nxt or nxt in "，,。；;！!") \
            and (not pre and before == "的" and unit == "次"
                 or (not pre or pre[0] == "最") and _superlative_before_one(text, s + len(pre) if pre else s)):
        return True  # 人数最多的一次, 级别最高的一个, 人数最多一次 closing a headline: the Xest one, no count (每年最多一次,
        # 每次最多一名 cap a count: a period or a rate before the superlative)
    if core == "一" and not pre and (not nxt or nxt in "，,。；;！!") and _XEST_OF_BEFORE.search(text, max(0, s - 5), s):
        return True  # 最难的一户, 最远的一个, closing the phrase: the Xest one, no count (a cap has no 的: 最多一名)
    if unit == "年" and core in ("千", "百") and G[_G_NUM] == core and _HISTORY_AFTER.match(text, e):
        return False  # 百年历史, 千年光辉历程: the length of a history (百年大党, 千年古城 are names)
    if core in ("千", "百", "万") and not pre and not G[_G_INNER] and not G[_G_POST] and G[_G_NUM] == core:
        # 千户苗寨, 百名书记: names and slogans (数百名 and 千人以上 count, vaguely); but 选派万名毕业生,
        # 招聘千名社工 count people, unless they name a programme (“千名村官”, 万名干部驻村计划)
        return not (core != "百" and unit == "名" and before not in _QUOTE_OPEN
                    and not _PROGRAMME_NAMED.match(text, e))
    if unit == "成" and core == "一":
        return True
    if core in ("两", "二") and not pre and text.endswith(_KIN_PAIRS, 0, s) \
            and (unit in ("人", "位") or unit == "个" and _PAIR_ALONE_AFTER.match(text, e)):
        return True  # 夫妻两人, 父子二人, 兄弟两个都…: the two of a family pair named together, no count
    if unit == "组" and not pre and core != "两" and (before == "村" or text.endswith("社区", 0, s)) \
            and not _EACH_VILLAGE.search(text, max(0, s - 3), s):
        return True  # 某某村二组: a village's group, named by its number (每村三组, 镇村两组 count)
    if unit == "分":
        return True  # 十分, 万分: adverbs (a score is written in digits)
    if unit == "类" and not pre and _class_grade(text, s, core):
        return True
    return unit == "级" and _grade(text, s, core, e)


# 一、二、三类, 一类、二类: grades named in a row (a numeral before by a 、, 一类 or 第 before it)
_GRADE_ROW_BEFORE = re.compile(r"(?:[一二三四五六七八九]类?\s?、\s?)+$")
# what a grade by 类 names (二类地区, 二类村书记, 按二类标准): 下列二类人员 and 分为二类 count kinds
_CLASS_GRADE_AFTER = re.compile(r"地区|区域|村|社区|乡镇|县|市|标准|档次")


def _class_grade(text: str, s: int, core: str) -> bool:
    """N类 naming a grade (二类地区, 二类村书记, 一、二、三类乡镇, 第一、二类) rather than counting kinds: a
    grade after another by a 、 is one of a row of grades, but not after a list's heading (四、三类人员…:
    the heading 四、 and three kinds); 二 alone is a grade only before what a grade names (下列二类人员,
    分为二类 count the kinds); 两 is never a grade, and 甲、乙二类 counts the kinds it lists."""
    if core == "两":
        return False
    row = _GRADE_ROW_BEFORE.search(text, max(0, s - 12), s)
    if row:
        k = row.start()
        k -= text.endswith("十", 0, k)  # 十一、三类: the heading 十一、
        while k and text[k - 1].isspace():
            k -= 1  # 　　二、三类人员管理: a heading indented
        heading = (k == 0 or text[k - 1] in _CLAUSE_BOUNDARY or text[k - 1] in "）)") and "类" not in row.group()
        if not heading or row.group().count("、") >= 2:
            return True
    if core == "二" and _items_before(text, s) != 2:
        e = s + 2
        return text.endswith("第", 0, s) or bool(_CLASS_GRADE_AFTER.match(text, e))
    return False


def _grade(text: str, s: int, core: str, e: int) -> bool:
    """N级 naming a grade or a rank (县一级, 二级机构, 三级甲等医院, 四级高级警长) rather than counting levels."""
    if core == "一":
        return True  # 县一级: the county level
    n = parse_number(core)
    if _levels_listed(text, s, core):
        return False  # 市县乡三级, 市、县二级: the levels it counts
    if core == "二":
        return True  # 二级机构, 国家二级航道, 干部、二级机构负责人: a grade (two levels are 两级)
    if _grade_series(text, s, e):
        return True  # 一级网格N个、二级网格M个、三级网格…: grades named in a row, each a grid of its own
    if _items_before(text, s) == n:
        return False  # 审计组—股室—局领导三级, 机关、县级干部和乡镇干部三级考核: as many items as it counts
    before, nxt = _before_parenthesis(text, s), text[e:e + 1]
    if not before or text[before - 1] in _LEVEL_CHARS or not _HAN.match(nxt or " "):
        return False  # 连降两级。: the levels standing alone
    if core in _FEW_LEVELS and _RANK_MOVE_BEFORE.search(text, max(0, before - 3), before) and _RANK_MOVE_END.match(text, e):
        return False  # 降两级处理, 晋升两级: the ranks moved, a count (晋升三级高级警长, 三级主任科员: a rank)
    # 高配两级的, 三级培训体系, 四级梯队, 三级贯通, 三级党员干部: a tier system, the levels it runs through or
    # the cadres of those levels; else a grade standing inside a phrase (三级甲等医院, 四级高级警长, 三级应急响应)
    return not (core in _FEW_LEVELS and (nxt == "的" or _TIERS_AFTER.match(text, e)
                                         or _TIERS_RIGHT_AFTER.match(text, e) and text[before - 1] not in "每各个"))


_FEW_LEVELS = frozenset(("两", "三", "四", "五"))
# what a tier system of N levels runs (三级培训体系, 四级梯队), and right after 级 (两级管理, 三级网格, 四级联动): the
# levels counted (三级综合医院管理, 三级安全教育管理制度, 三级网格长, 三级网格员, 三级网格配备…, 每个三级网格, 作为三级网格，: grades)
_TIERS_AFTER = re.compile(r"[^，,。；;、：:\n]{0,4}?(?:体系|梯队|贯通|干部)")
_TIERS_RIGHT_AFTER = re.compile(r"(?:管理|网格(?=体系|管理|治理|化|[。；;、！？!?]|$)|联动|架构)")
_RANK_MOVE_BEFORE = re.compile(r"(?:[降升晋]|降低|提升|晋升)了?$")
# the ranks moved end the phrase there (降两级处理, 晋升两级的): 晋升三级高级警长, 晋升三级或四级主任科员 name
# ranks, 升三级后 a hospital's grade
_RANK_MOVE_END = re.compile(r"(?:处理|处分|的|[，,。；;！？!?\n]|$)")
_GRADE_DIGITS = "一二三四五六七八九123456789"


def _grade_series(text: str, s: int, e: int) -> bool:
    """N级 and the noun after it named with another grade of the same noun in its clause (一级网格…、二级网格…、
    三级网格): grades named in a row, not a count of levels."""
    noun = text[e:e + 2]
    if len(noun) < 2 or not _HAN.match(noun[0]) or noun[0] in "的和与及、" or noun == "干部":
        return False  # (四级干部和县乡三级干部: cadres are no grade of a noun; each counts the levels of its meeting)
    head, tail = text[max(0, s - 40):s], text[e + 2:e + 42]
    for mark in "，,。；;！？!?\n":  # only within the clause (三级网格体系，其中一级网格5个: the tiers, then grades)
        head, tail = head.rpartition(mark)[2], tail.partition(mark)[0]
    near, own = head + "|" + tail, text[e - 2:e - 1]
    k = near.find("级" + noun)
    while k >= 0:
        if k and near[k - 1] in _GRADE_DIGITS and near[k - 1] != own:
            return True
        k = near.find("级" + noun, k + 1)
    return False


def _before_parenthesis(text: str, s: int) -> int:
    """Where the text before ``s`` ends once a parenthesised note closing right there is skipped
    (村(社区)三级: the levels end at 村), or the quote closing there (“县、乡、村”三级: the levels quoted)."""
    if s and text[s - 1] in "”\"" and text.rfind("“", max(0, s - 12), s - 1) >= 0:
        return s - 1
    if s and text[s - 1] in ")）":
        k = max(text.rfind("(", max(0, s - 8), s), text.rfind("（", max(0, s - 8), s))
        if k > 0:
            return k
    return s


def _levels_listed(text: str, s: int, num: str) -> bool:
    """The levels counted are written just before the numeral: as a list (县、镇、村) or run
    together (县乡村, 省市县), as many as it says."""
    n = parse_number(num)
    s = _before_parenthesis(text, s)  # 省市镇(村)三级
    run = 0
    while run < s and text[s - 1 - run] in _LEVEL_CHARS and text[s - 1 - run] != "、":
        run += 1
    return bool(n) and (run == n or run >= 1 and _items_before(text, s) == n)


def _items_before(text: str, s: int) -> int:
    """How many items the clause before ``s`` lists (甲、乙和丙: 3), else 0."""
    head = text[max(0, s - 60):s]
    clause = head[_clause_start(head):]
    if "、" in clause:
        return len(_ITEM_SEP.split(clause))
    return len(_DASH_SEP.split(clause)) if _DASH_SEP.search(clause) else 0  # 审计组—股室—局领导


_ITEM_SEP = re.compile("[、和及与]")
_DASH_SEP = re.compile(rf"(?<=[{CJK}])[—\-－–](?=[{CJK}])")  # a dash between two words (not a ——)


# (‘最多跑一次’改革, 「最多报一次」: single and corner quotes hold names as well, but not where they report speech)
_SHORT_QUOTE = re.compile(r"[“\"]([^”\"\n]{2,8})[”\"]|‘([^’\n]{2,8})’|「([^」\n]{2,8})」")


def _speech(text: str, q: re.Match) -> bool:
    """A single or corner quote reports speech rather than a name: it opens after a colon
    (写道：‘走访了58户’), or, inside a quotation, tells what was done (说：“这次‘补了2000元’…”; a name
    quoted there, “…优先推进‘最多跑一次’改革”, tells nothing done)."""
    at = q.start()
    if text[at - 1:at] in ("：", ":") and q[2]:
        return True  # (a corner quote after a colon is a name as often: 主题：「三个一百」工程)
    if "了" not in q[q.lastindex]:
        return False
    head = text[max(0, at - 200):at]
    return head.rfind("“") > head.rfind("”")


_DEMONSTRATIVES = frozenset("这那")


class _Words:
    """The segmenter's word spans, for asking whether an offset falls inside a word."""

    def __init__(self, text: str, words: list[tuple[int, int]]):
        self.text = text
        self.words = words  # sorted (start, end) spans
        self._starts: list[int] | None = None

    def starts(self) -> list[int]:
        """The words' starts, made on the first question: ints bisect faster than the spans (asked
        hundreds of thousands of times a build)."""
        if self._starts is None:
            self._starts = [a for a, _ in self.words]
        return self._starts

    def index(self, pos: int) -> int:
        """The index of the last word starting at or before ``pos`` (-1 for none)."""
        return bisect_right(self._starts if self._starts is not None else self.starts(), pos) - 1

    def at(self, pos: int) -> tuple[int, int] | None:
        k = self.index(pos)
        if k < 0:
            return None
        a, b = self.words[k]
        return (a, b) if pos < b else None

    def splits(self, pos: int) -> bool:
        """True when ``pos`` cuts a word in two (a < pos < b); not right after a demonstrative the segmenter glued
        to the numeral after it (这三大|问题, 那两个: "these three", the count stands on its own)."""
        w = self.at(pos)
        return w is not None and w[0] < pos and not (w[0] == pos - 1 and self.text[w[0]] in _DEMONSTRATIVES)

    def inside_general_word(self, s: int, e: int) -> bool:
        """The span lies inside one longer word of the general dictionary (一次性, 三天打鱼两天晒网)."""
        w = self.at(s)
        if w is None:
            return False
        a, b = w
        if not (e <= b and b - a > e - s and b - a >= 3):
            return False
        from pipeline.nlp.segment import get_segmenter

        return get_segmenter().is_general_word(self.text[a:b])


def _inside_name(names: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    k = bisect_right(starts, s) - 1  # quotes do not nest, so only the last one opening before s can hold it
    return k >= 0 and e <= names[k][1] and names[k] != (s, e)


def _shorter_unit(unit: str, end: int, w: _Words | None) -> tuple[str, int] | None:
    """The unit cut back to a shorter unit of the list whose end does not split a word:
    四个方面军 → 四个 (个方面 would cut 方面军).  None when no such unit exists."""
    if w is None or not w.splits(end):
        return unit, end
    for u in UNITS:
        if len(u) < len(unit) and unit.startswith(u) and not w.splits(end - len(unit) + len(u)):
            return u, end - len(unit) + len(u)
    return None


# A date that says when a thing was founded or a person born, as the attribute of what the clause is about
# (1997年撤地设市后新成立的县，总面积…，现辖13个镇; 1971年出生的某某，不到40岁就…; 2010年出生，…): it dates that
# moment, not the period that the figures of the clauses after it count: such a date times a figure of its own
# clause only (2019年新成立的3个乡镇 keeps it); a period (今年以来新建立的…，共…) still times what follows.
# (the words of resources/figure_founding_words.tsv: group 1, a birth's)
_FOUNDING_WORDS = word_table("figure_founding_words.tsv")


def _founding_words(kind: str) -> str:
    return "|".join(re.escape(w) for w, k in _FOUNDING_WORDS if k == kind)


_FOUNDED_OR_BORN = re.compile(rf"[^，,。；;！？!?：:\n“”]{{0,14}}?(?:{_founding_words('founding')}|({_founding_words('birth')}))(?:的|[，,])")
# … but a founding's date still times what the new body did (2021年新组建的巡察组，全年共发现问题120个; 去年新成立的专班，
# 先后走访企业200家; 该中心2023年建成，总投资500万元): only a state described from then to the figure (现有, 现辖, 辖,
# 面积, 人口, 岁) is no figure of that year; a birth's date times nothing after its clause
_STATE_NOW = re.compile(_founding_words("state"))


def _time_of(d: DateMention) -> str:
    """A figure's time: the ISO form of an explicit date (2016年4月 → 2016-04), else the words."""
    return d.iso if d.iso and _YEAR_NUM.search(d.text) else d.text


# A quarter (前三季度, 一季度, 第二季度) opening a sentence before its comma: the period that sentence's figures
# count (前三季度，全县实现生产总值…亿元，增长…%), as 上半年 is; not 每季度, nor 一季度一考核 (a rule's rhythm)
_QUARTER_OPENING = re.compile(rf"(?:^|(?<=[{SENTENCE_STOPS}\n]))[ \t\u3000]*((?:前[一二两三]|[一二三四]|第[一二三四])季度)(?=[，,])")


def _quarters_opening(text: str) -> list[re.Match[str]]:
    """The quarters opening a sentence (_QUARTER_OPENING), found once per text; none without 季度."""
    return list(_QUARTER_OPENING.finditer(text)) if "季度" in text else []


_YEAR_MONTH_ISO = re.compile(r"\d{4}-\d\d")


def _stamps(text: str, dates: list[DateMention], quarters: list[re.Match[str]] = ()) -> list[tuple[int, str, int, bool]]:
    """(end, time, start, whether it names a meeting held) of the dates that can be a figure's time, in order;
    ``quarters``: the quarters opening a sentence (_quarters_opening), each a date unless inside one."""
    out = []
    for d in dates:
        if d.end is None or d.start is None:
            continue
        if _DAY_ONLY.match(d.text) or d.text in _EVENT_WORDS or is_dotted_month(d.text):
            continue  # 8月1日, 近日, a résumé's 1975.02: they date an event, not the period a figure counts
        if _COMPARED.search(text[max(0, d.start - 2):d.start]) or text[d.end:d.end + 2] == "同期" \
                or _BOUND_BEFORE.search(text, max(0, d.start - 20), d.start):
            continue  # 比2018年减少三分之一, 不低于上年度…收入的2倍: the base of a comparison or a bound
        # 召开2020年度述职评议会, 举办“某某”2023年工作推进会: the year names the meeting held
        meeting = bool(_HELD_BEFORE.search(text, max(0, d.start - 12), d.start) and _MEETING_NAMED.match(text, d.end))
        if out and d.iso and _YEAR_MONTH_ISO.fullmatch(out[-1][1]) and closing_month(text, out[-1][0], d) \
                and d.iso[:4] == out[-1][1][:4]:
            # 2021年1月至3月: the month closing a range a year's month opens; the period is the whole range
            out[-1] = (d.end, f"{out[-1][1]}/{d.iso}", out[-1][2], meeting)
            continue
        out.append((d.end, _time_of(d), d.start, meeting))
    for q in quarters:
        if not any(a < q.end(1) and q.start(1) < b for b, _, a, _ in out):
            out.append((q.end(1), q[1], q.start(1), False))
    return sorted(out)


def _per(text: str, s: int, words: _Words | None = None) -> str | None:
    """The rate phrase of the figure's clause before it: 每人每月, 平均每年, 每季度至少1次."""
    base = max(0, s - 16)
    head = text[base:s]
    if "每" not in head and "均" not in head:
        return None
    cut = _clause_start(head)
    found = None
    for m in _PER.finditer(head, cut):
        if "每" in m.group(0) or m.group(0).endswith("均"):
            found = m
    if found is None:
        return None
    end = base + found.end()
    if words is not None and words.splits(end) and (w := words.at(end)) and w[1] <= s:
        end = w[1]  # 每名村|干部, 每名乡|镇干部: the per runs to the end of the segmenter's word, its noun
    return text[base + found.start():end]


class _Scan:
    """What ``find_figures`` consults around every match: the taken spans (slogans, documents,
    dates, unreadable text), the dates that can be a figure's time, short quoted names and the
    segmenter's words."""

    def __init__(self, text: str, exclude: list[tuple[int, int]], dates: list[DateMention],
                 words: list[tuple[int, int]], items: list[tuple[int, int]] = ()) -> None:
        self.text = text
        self.taken = Taken(len(text), exclude)
        self.items = list(items)
        quarters = _quarters_opening(text)
        self.stamps = _stamps(text, dates, quarters)
        self.stamp_ends = [e for e, *_ in self.stamps]
        self.quarter_ends = {q.end(1) for q in quarters}
        self.sentence_ends = [m.start() for m in SENTENCE_END.finditer(text)] if self.stamps else []
        self.words = _Words(text, words) if words else None
        # A number inside a short quoted name (“延安十三年”) is part of the name,
        # unless the quote is the figure itself (“十一级”).
        self.names = [q.span(q.lastindex) for q in _SHORT_QUOTE.finditer(text) if q.lastindex == 1 or not _speech(text, q)]
        self.name_starts = [a for a, _ in self.names]

    def counted_one(self, G: tuple, s: int, unit: str | None) -> bool:
        """一 with a measure word opening a slogan's component: a count (vague 一批 aside)."""
        return bool(self.items) and G[_G_NUM] == "一" and unit not in _VAGUE_ONE \
            and any(a <= s < b for a, b in self.items)

    def blocked(self, s: int, e: int) -> bool:
        return self.taken.overlaps(s, e) or bool(self.names) and _inside_name(self.names, self.name_starts, s, e)

    def _sentence_end(self, s: int) -> int:
        """Where the sentence (or ；-part) holding ``s`` ends."""
        j = bisect_right(self.sentence_ends, s)
        return self.sentence_ends[j] if j < len(self.sentence_ends) else len(self.text)

    def _clause_end(self, s: int) -> int:
        """Where the clause holding ``s`` ends (its next mark, at most 16 characters on)."""
        m = CLAUSE_END.search(self.text, s, s + 16)
        return m.start() if m else min(len(self.text), s + 16)

    def time_at(self, s: int, each: bool = False, outlasts: bool = False) -> str | None:
        """The time of a figure at ``s``: the last date before it in the same sentence; for the length of each
        session or round (``each``: 每期3天, 以3个月为周期, 为期一周) the last date in its own clause only, since
        the date of the sentence is when things happened, not a time the length refers to (5月份赴某地锻炼一个月
        has it). A quarter opening the sentence (一季度，…) times no figure that ``outlasts`` it (a length of months
        or years, an age, a rate: 试用期为1年, 35岁以下, 每月开展1次), which a rule or a plan states, not the quarter."""
        k = bisect_right(self.stamp_ends, s)
        while k and self.stamps[k - 1][3] and _ATTENDED.search(self.text, s, self._sentence_end(s)):
            k -= 1  # 召开2013年度考核会议，9名书记出席: those at the meeting are not counted in the year it names
        if not k:
            return None
        stamp_end, time, stamp_start, _ = self.stamps[k - 1]
        founded = None if time.endswith("来") else _FOUNDED_OR_BORN.match(self.text, stamp_end)
        if founded and _CLAUSE_MARK.search(self.text, stamp_end, s) \
                and (founded.group(1) or _STATE_NOW.search(self.text, founded.end(), self._clause_end(s))):
            return None  # a birth's date, or a founding's before a state: only a figure of its own clause
        if each and _CLAUSE_MARK.search(self.text, stamp_end, s):
            return None
        j = bisect_right(self.sentence_ends, s - 1)  # the last sentence end before the figure …
        opened = self.sentence_ends[j - 1] if j else -1
        if _FINER_THAN_YEAR.search(time) and _STARTED_THEN_FINAL.match(self.text, stamp_end, s):
            if k == 1:
                return None  # 今年…招录3月份启动，经…，最后确定录用488人: the month the process started is not the
            stamp_end, time, stamp_start, _ = self.stamps[k - 2]  # result's time; the date before it in the sentence may be
        if outlasts and stamp_end in self.quarter_ends:
            return None
        if opened < stamp_end:  # … lies before the date
            return time
        if _FULL_STOP.search(self.text, stamp_end, s) or _NEW_POINT_PART.search(self.text, stamp_end, s):
            return None
        # only ； between: the parts of one sentence, which a date opening it times (今年，甲…；乙…; 据介绍，目前…；…)
        head = self.text[max(0, stamp_start - 12):stamp_start]
        return time if _OPENING_BEFORE.search(head) else None


# a date when a campaign started (…工作2月正式启动，经推选、考察，最终确定100名): the figure after 最终/最后 is its
# result, which that date does not time
_STARTED_THEN_FINAL = re.compile(r"[^。；;！？!?\n，,]{0,14}?启动[，,][^。；;！？!?\n]*?(?:最终|最后)")
# only a start date finer than a year (3月份, 今年2月, 2023-03): the year a selection started (2023年…招录工作启动，
# 经…，最后录用260人) is the year of its result
_FINER_THAN_YEAR = re.compile(r"[月日]|^\d{4}-\d")


# A list's number at a line's start (3.) and the number its item opens with: 3.18周岁以上 is item 3, aged 18
_LINE_NUMBER = re.compile(r"(?m)^[ \t\u3000]*(\d{1,2})[.．](\d)?")


def _unglued(text: str) -> str:
    """``text`` with the dot of each list number glued to the number after it written as 、 (same offsets),
    so the figure opens after it and no subject ends in the list's number."""
    if "." not in text and "．" not in text:
        return text
    chars = list(text)
    for at in _glued_list_dots(text):
        chars[at] = "、"
    return "".join(chars)


def _glued_list_dots(text: str) -> list[int]:
    """Offsets of the dots of list numbers glued to a number (3.18周岁以上 after 2.…).  A list number it is
    when some list number stands apart from a digit (2.年龄…), no other line opens with the same number
    (1.1, 1.2 number a section's parts; 2.3万名 after a list's 2. is a figure) and the line before opens
    with n − 1 or the line after with n + 1; a column of decimals at line starts is left alone."""
    marks = [(int(m[1]), m.end(1), m[2] is not None) for m in _LINE_NUMBER.finditer(text)]
    if all(digit for _, _, digit in marks) or not any(digit for _, _, digit in marks):
        return []
    uses = Counter(n for n, _, _ in marks)
    dots = []
    for i, (n, at, digit) in enumerate(marks):
        before = marks[i - 1][0] if i else None
        after = marks[i + 1][0] if i + 1 < len(marks) else None
        if digit and uses[n] == 1 and (before == n - 1 or after == n + 1):
            dots.append(at)
    return dots


# Every figure holds a digit, a Chinese numeral or 半 (a number of the main scan or a pass's):
# a text without one has none.
_NUMERAL = re.compile(rf"[\d{_CN_DIGITS}半]")


def find_figures(
    text: str, exclude: list[tuple[int, int]] = (), dates: list[DateMention] = (),
    words: list[tuple[int, int]] = (), items: list[tuple[int, int]] = (),
) -> list[Figure]:
    """Figures in ``text``; spans in ``exclude`` (slogans, documents, dates, unreadable
    text) yield none.

    ``words`` are the segmenter's word spans, in order: a number inside a longer
    dictionary word (一次性, 三天打鱼两天晒网) or cut across words (这一/年轻) is
    part of those words, not a count.  ``items``: spans of a slogan's components, where 一 with a
    measure word counts (一封慰问信、一束鲜花的“四个一”: the guidelines' numbers inside components)."""
    if not _NUMERAL.search(text):
        return []  # (a headline mostly)
    scan = _Scan(_unglued(text), exclude, dates, words, items)
    out: list[Figure] = []
    for m in FIGURE.finditer(scan.text):
        f = _figure(scan, m, out[-1] if out else None)
        if f is not None:
            out.append(f)
    out += _summary_numerals(scan)
    found = Taken(len(text), ((f.start, f.end) for f in out))
    out += _place_counts(scan, found)
    out += _posts(scan, found)
    out += _day_spans(scan, found)
    out += _listed_before(scan, out, found)
    out += _bare_magnitudes(scan, found)
    out += _halves(scan, found)
    out += _points(scan, found)
    out.sort(key=lambda f: f.start)
    _share_listed_per(scan.text, out)
    quota = None  # the end of the last figure with a quota per (每村1名、1名…: the list's items share it)
    for f in out:
        if _quota_for_each(scan.text, f):
            quota = f.end
            f.time = None  # 实现每村1名大学生, 每名党员至少领办一项: a quota for each, no amount of the period
        elif quota is not None and f.time is not None and _next_item_of_quota(scan.text, quota, f.start):
            f.time = None  # 每村1名甲、1名35岁以下乙: the next items of the quota's list
        elif f.time is not None and f.unit in _KIND_UNITS and _kinds_listed(scan.text, f.start, f.value, f.unit):
            f.time = None  # 围绕甲、乙和丙3个方面, 省市县三级, “…”的四种模式: kinds, not an amount of the period
    return _numeral_ranges(scan, _half_ranges(scan, out))


# between two values of one list (300元、280元和260元), nothing else
_LIST_JOINT = re.compile(r"、|[、，,]?(?:和|及|以及|或|与)")


def _share_listed_per(text: str, out: list[Figure]) -> None:
    """The values of a list share the per written before its first (每人每月分别为300元、280元、260元): a later
    value whose own look-back found none, or only the tail of it, gets the list's whole per."""
    prev = None
    for f in out:
        if (prev is not None and prev.per and f.unit == prev.unit and f.per != prev.per
                and (not f.per or prev.per.endswith(f.per)) and prev.end < f.start
                and _LIST_JOINT.fullmatch(text, prev.end, f.start)):
            f.per = prev.per
        prev = f


# a count per place, unit or member (每村, 每个乡镇, 每名村干部, 每支队伍), not per person, per household or firm (每户,
# 每家: rates of the year's income), per a number (每100名: a ratio) or over a time (每人每年, 每月 keep the
# sentence's date): a quota each of them gets
_QUOTA_PER = re.compile(r"每个?(?:村|社区|乡镇|镇|乡|单位|名|支)[^\d年月季周天日时期轮次届]*$")
# a quota counts people or items, not money or shares
_QUOTA_UNITS = frozenset({"名", "人", "个", "项", "支", "次"})
# between the per and the figure: an average, a growth, a total or the whole county (每村平均收入达到25万元,
# 每个乡镇新增编制5名, 每村1名甲、全县共计320名) make it an amount of the period
_NOT_A_QUOTA = re.compile("平均|均|增|达|收入|共|全县|全市|全区")
# the next item of a quota's 、 list opens with its count (、1名乙, 、1名35岁以下丙)
_ITEM_OPENS_WITH_COUNT = re.compile(r"[\d一两二三四五六七八九十]")


def _quota_for_each(text: str, f: Figure) -> bool:
    """The figure is a count of people or items each place, unit or member gets (每村1名, 每名干部至少一项)."""
    if not f.per or not _QUOTA_PER.match(f.per) or f.unit not in _QUOTA_UNITS:
        return False
    head = text[max(0, f.start - 20):f.start]
    return not _NOT_A_QUOTA.search(head, max(0, head.rfind(f.per)))  # 每村平均3名: an average


def _next_item_of_quota(text: str, quota: int, s: int) -> bool:
    """The figure at ``s`` is in the clause of the quota ending at ``quota``, in an item of its 、 list that
    opens with a count, with no total or whole county after the quota."""
    if CLAUSE_END.search(text, quota, s) or _NOT_A_QUOTA.search(text, quota, s):
        return False
    sep = text.rfind("、", max(0, quota - 20), s)
    return sep >= 0 and not CLAUSE_END.search(text, sep, s) and bool(_ITEM_OPENS_WITH_COUNT.match(text, sep + 1))


# Units that count kinds, levels or aspects: after the list of what they count (甲、乙两级, 甲、乙等三类, 省市县三级,
# “甲，乙”的四种) the numeral sums the list up, a classification that no date of the sentence dates
_KIND_UNITS = frozenset(word_list("kind_units.txt"))


# Units that count sorts (种, 类): a list closed by one is a classification only after a verb that sorts
# (划成“甲，乙”的两种, 按照甲、乙等三类); without it the sorts are things made or done in the period (开设甲、乙等
# 课程36类, 培育甲、乙3种产业) and keep the sentence's date
_SORT_UNITS = frozenset({"种", "类", "大类", "个类别"})
_SORTING_VERB = re.compile("分为|划分为|分成|划成|划为|按照|按")
_QUOTED = re.compile(r"“[^”]*”")


def _sorted_into(text: str, s: int) -> bool:
    """A sorting verb stands in the clause before ``s`` (a quoted list's commas do not end the clause)."""
    head = _QUOTED.sub("“”", text[max(0, s - 60):s])
    return bool(_SORTING_VERB.search(head, _clause_start(head)))


def _kinds_listed(text: str, s: int, value, unit: str) -> bool:
    """The numeral at ``s`` closes the list of what it counts: 等 or a quote (and 的) right before it, a 、 or
    和 list in its clause, or levels run together (省市县); a count of sorts only after a sorting verb."""
    if unit in _SORT_UNITS and not _sorted_into(text, s):
        return False
    if text[s - 1:s] == "等" or text[s - 1:s] in "”\"" or text[s - 2:s] in ("”的", "\"的"):
        return bool(s)
    if _items_before(text, s) >= 2:
        return True
    return isinstance(value, int) and 2 <= value <= 9 and _levels_listed(text, s, str(value))


# 不满2年, 未满一年: before a span of time, the negated 满 of a term served (not a bound of the guidelines' list)
_TERM_NOT_SERVED = ("不满", "未满")


# a year a figure is due by, written right after it (40%到2020年脱贫, 30名至2025年底): never the end of a range
# (FIGURE closes no range of counts on a year), the figure's time
_BY_YEAR_AFTER = re.compile(rf"[到至]({YEAR})年(?![的度]|[底末]?(?:提高|增加|增长|提升|上升|降低|下降|减少|达到|扩大|翻))")
# (30%到2020年的50%, 3000元到2020年提高到4000元: the figure a change starts from, not its year)
# a change from one year's figure to another's, either end said: 从2015年的5万元到2020年…, 由2016年的35%到…
# (the figure has its year before it; text is simplified before extraction: no 從), …3000人到2020年8000人, 60%至2020年为55% (the later year's figure follows
# in the clause; a month or day of that year is no figure)
_FROM_YEAR_BEFORE = re.compile(rf"[从由]{YEAR}年(?:[底末初])?的?$")
_ONCE_OVER = "一遍"  # (no figure: see _skip)
_YEAR_REST = re.compile(r"[底末初]?(?:\d{1,2}月(?:\d{1,2}日)?(?:[底末初])?)?(?P<rest>[^，,。；;！？!?：:\n]*)")


def _figure(scan: _Scan, m: re.Match[str], last: Figure | None) -> Figure | None:
    """The figure a FIGURE match makes, or None where it is none; ``last``: the figure before it."""
    text = scan.text
    G = m.groups()
    if not (G[_G_NUM] or G[_G_FRAC] or G[_G_PCN]):
        return None
    s, e = m.span()
    if scan.blocked(s, e):
        return None
    cut = _unit_and_end(scan, m, G, s, e)
    one = cut is not None and (scan.counted_one(G, s, cut[0]) or _counted_alongside(text, G, last, s, cut[0]))
    if cut is None or _skip(text, G, s, *cut, item=one):
        return None
    unit, e = cut
    amount = _amount(G)
    if amount is None:
        return None
    value, high, qualifier = amount
    if G[_G_PRE] in ("不到", "不足") and _no_less_than(scan, m.start("pre")):
        s, qualifier = m.end("pre"), None  # 想不到|3天, 查找不足|12条: a verb's complement, a shortcoming
    elif qualifier in _TERM_NOT_SERVED and unit in _TIME_UNITS:
        qualifier = None  # 工作不满2年, 未满5年服务期: a term not yet served, 满5年 negated (满 is no qualifier of the
        # guidelines' list); 不满45周岁 is an age below a bound
    tail = _after_unit(text, G, unit, value, qualifier, e)
    if tail is None:
        return None
    value, qualifier, e = tail
    value, high, unit = _magnitude_in_unit(G, unit, value, high)
    if unit in _DEGREES and (text[s - 2:s] == "零下" or s and text[s - 1] in "-－" and not text[s - 2:s - 1].isdigit()):
        s, value, high = s - (2 if text[s - 1] == "下" else 1), -value, None if high is None else -high  # 零下7℃, -4℃
    post = G[_G_POST]
    if post == "内" and scan.words and (w := scan.words.at(e - 1)) and w[1] > e \
            and (unit not in _TIME_UNITS or not _WITHIN_GLUED.fullmatch(text, e - 1, w[1])):
        post, e = None, e - 1  # 22个内设机构: 内 opens the next word, it qualifies nothing (三年内力保, 两年内要:
        # after a length of time a verb glued to 内 leaves it "within")
    elif post == "内" and unit in _PLACE_UNITS:
        post, e = None, e - 1  # 辖9区9县(市)内的社区: within the places counted, not within a count
    elif post and post != "内" and scan.words and text.endswith(post, 0, e) and scan.words.splits(e):
        post, e = None, e - len(post)  # 1亿元上下游企业: the segmenter's word (上下游) runs past the bound
    if not post and text[e:e + 1] == "/" and (rate := _RATE_THEN_BOUND.match(text, e)):
        post, e = rate["post"], rate.end()  # 3000元/月以上: the bound after the rate's period
    if post and not (post in ("左右", "上下") and (G[_G_INNER] or G[_G_INNER2] or G[_G_GINNER] in ("多", "余"))):
        qualifier = post  # (1400多块钱左右: an approximation twice, the 多 written first stands; 1400多元以上 is a bound)
    per = _per(text, s, scan.words) if _PER_HINT.search(text, s - 16 if s > 16 else 0, s) else None
    if qualifier is None:
        qualifier = _apart_qualifier(text, s)
    if qualifier is None and unit == "倍" and (base := _BOUND_OF_BASE.search(text, max(0, s - 30), s)):
        qualifier = base["q"]  # 不低于上年度农民人均纯收入两倍: the base between
    if qualifier in ("最高", "最低") and unit in _DEGREES or qualifier == "最低" and not (unit or "").endswith(("元", "块")):
        qualifier = None  # 冬季最低-30℃: a measured extreme; 得分最低的3个村: a rank; only 最低的2万元 is a floor
    if not one and _article_one(text, G, unit, qualifier, per, e) and not _ONLY_BEFORE.search(text, max(0, s - 2), s):
        return None  # 开展一次“大体检”, 一份数据: "a", not a count
    subject = (unit in _PLACE_UNITS and _holder_of_divisions(text, s)) or _subject_beside(scan, s, e, last)
    time = scan.time_at(s, each=_length_of_each(text, s, e, unit, per), outlasts=_outlasts_a_quarter(unit, per, qualifier))
    if time is not None and _age_of_whom(text, e, unit):
        time = None  # 今年选拔35周岁以下的后备干部, 58岁的老支书: a trait of who is meant, no amount of the period
    if (by := _BY_YEAR_AFTER.match(text, e)) is not None and not _FROM_YEAR_BEFORE.search(text, max(0, s - 12), s) \
            and not any(f.group() != _ONCE_OVER for f in FIGURE.finditer(_YEAR_REST.match(text, by.end())["rest"])):
        time = by.group(1)  # 其余60%到2020年实现: the year the share is due by, named right after it
    return Figure(
        text=text[s:e], value=value if value.__class__ is int else tidy(value),
        high=None if high is None else tidy(high), unit=unit,
        qualifier=QUALIFIER.get(qualifier, qualifier) if qualifier else None,
        subject=subject, time=time, per=per, start=s, end=e,
    )


# what 口 counts: the people of a household (2074口人, 三口之家), wells and ponds (12口井, 3口鱼塘); not 8口人饮水井
# (人饮, drinking water: tests/test_extract_classes.py keeps it no figure), 人员, 人工 (words opening with 人; but
# 5口人工作, 4口人工资: people, then a word of their own), nor a well or pond before a place's suffix (三口井村,
# 七口塘村: the numeral is part of the name)
_MOUTH_COUNTED = re.compile(r"人(?!民|饮|员|工(?!作|资))|之家|(?:[井塘窖]|鱼塘|池塘|山塘|水塘)(?![村镇乡组社街])")
_ALL_OF_THEM = re.compile(r"均(?:是|为|系|来自|在|已|由|有|被|获|达|不|未|没|可|能|要|将|属|表示|认为)")


def _unit_and_end(scan: _Scan, m: re.Match[str], G: tuple, s: int, e: int) -> tuple[str | None, int] | None:
    """The figure's unit and end, the unit cut back where it would split a word; None where the
    number belongs to a word of the segmenter (这一/年轻, 统一/次序, 一年轻)."""
    unit = G[_G_UNIT]
    if unit is None:
        unit = "个" + G[_G_GUNIT] if G[_G_GUNIT] else ("%" if G[_G_PCN] else G[_G_UNIT1])
    elif unit in _TWO_KIND_PLACES and not G[_G_POST] and _NOT_A_SECOND_PLACE.match(scan.text, e - 1):
        unit, e = unit[:-1], e - 1  # 川陕两省区位相邻, 两县市属国企: 省, 县 and a word that 区, 市 opens
    w = scan.words
    if w is None:
        return unit, e
    arabic = scan.text[m.start("num") if G[_G_NUM] else s].isdigit()  # an Arabic number is never glued into a word
    if not arabic:
        at = m.start("num") if G[_G_NUM] else s + len(G[_G_PRE] or "")  # (有近|三分之一: the qualifier glued before)
        word = w.at(at)
        if w.inside_general_word(s, e) or (word and word[0] < s and not _HOLDS_GLUED.search(scan.text, word[0], s)
                                           and scan.text[word[0]:s] not in _DIVIDES_GLUED):
            return None  # 这一/年轻, 统一/次序: the numeral is the end of another word (not 所辖三县: a verb of
            # holding the segmenter glued to the places it counts; not 分两|批次: one of dividing)
    if arabic and G[_G_UNIT] and len(unit) == 1 and "." in (G[_G_NUM] or "") and (s == 0 or scan.text[s - 1] == "\n") \
            and (word := w.at(e - 1)) and word[1] > e:
        return None  # 6.1人力资源需求, 8.1组织保障: a heading's section number, its "unit" the first character of a word
    if unit == "人" and _ALL_OF_THEM.match(scan.text, e):
        return unit, e  # 两人均是, 五人均来自: 均 is "all of them", not the 人均 of a rate
    if unit == "年" and scan.text.startswith("均", e) and scan.text.endswith("连续", 0, s):
        return unit, e  # 连续两年均超过: each of the years running, not the 年均 (yearly average) the segmenter cut
    if scan.text.startswith("钱", e) and (word := w.at(e - 1)) and scan.text[word[0]:word[1]] == unit + "钱":
        return unit, e  # 两三千|块钱: the unit and 钱 after it, one word of the segmenter's (money counted, no other word)
    if G[_G_UNIT] and not G[_G_POST] and (not arabic or unit in _SHRINKABLE):
        cut = _shorter_unit(unit, e, w)
        if cut is not None:
            return cut
        if not arabic:
            return None  # 一年轻: the unit is the first half of another word
    return unit, e


def _amount(G: tuple) -> tuple[float | int, float | None, str | None] | None:
    """(value, high, qualifier) of a fraction (1/3, 三分之二, 一半, 半数), a percentage written out
    (百分之十) or a number or range (86, 3-4万, 十几, 30余); None where it reads as no amount."""
    qualifier = G[_G_PRE] or None
    if G[_G_FRAC]:
        if G[_G_FN]:
            n, d = int(G[_G_FN]), int(G[_G_FD])
        elif G[_G_RD] or G[_G_RB] or G[_G_RC]:
            n, d = 1, int(G[_G_RD] or G[_G_RB] or G[_G_RC])  # 按1:3的比例, 比例为1︰10, 1比2的比例: one in three (15:1 keeps
            # its ratio unit); 比, a wide colon and 10 only by the word 比例 (以3比1获胜 is a score)
        elif G[_G_CFD]:
            n, d = parse_number(G[_G_CFN]) or 0, parse_number(G[_G_CFD]) or 0
        else:
            n, d = 1, 2
        return (n / d, None, qualifier) if d and n <= d else None
    if G[_G_PCN]:
        value, high, q = _parse(G[_G_PCN])
        return None if value is None else (value, high, q or qualifier)
    num = G[_G_NUM]
    high = None
    if num.isdigit() and num.isascii():
        value, q = int(num), None  # the common case: plain digits
    else:
        value, high, q = _parse(num)
    qualifier = q or qualifier
    if G[_G_NUM2]:
        high, _, _ = _parse(G[_G_NUM2])
        mag = _MAGNITUDE_END.search(G[_G_NUM2])
        if mag and value is not None and not num.endswith(("万", "亿")):
            value *= BIG_UNITS[mag.group(0)]  # 3-4万元: 万 applies to both
        if high is None or value is None or high <= value:
            return None
    if (G[_G_INNER] or G[_G_INNER2] or G[_G_GINNER] in ("多", "余")) and not G[_G_PRE]:
        qualifier = G[_G_INNER] or G[_G_INNER2] or G[_G_GINNER]  # (约300多人次: the qualifier written first stands)
    if G[_G_MAG] and value is not None:  # 20余万名, 2000多万人: the magnitude after the 余
        value *= BIG_UNITS[G[_G_MAG]]
    return None if value is None else (value, high, qualifier)


def _after_unit(text: str, G: tuple, unit: str | None, value, qualifier: str | None,
                e: int) -> tuple[float | int, str | None, int] | None:
    """A half or a qualifier after the unit (两个半月, 一年半, 两倍多): (value, qualifier, end);
    None for a period reported as a date (两年多来)."""
    post = G[_G_POST]
    if G[_G_GINNER] == "半":
        value += 0.5  # 两个半月
    elif unit in ("年", "个小时", "小时", "天") and text[e:e + 1] == "半" and not post and not _HALF_WORD.match(text, e):
        value, e = value + 0.5, e + 1  # 一年半, 两天半
    elif (unit in _AFTER_UNIT_QUALIFIED or unit == "个月") and _SOME_MORE.match(text, e) and not post and not qualifier:
        qualifier, e = "余", e + 2  # 驻村三年有余, 两个月有余: 有余 after a length of time or a multiple, "and more"
    elif unit in _AFTER_UNIT_QUALIFIED and text[e:e + 1] in ("多", "余") and not post and not qualifier \
            and text[e + 1:e + 2] not in _COUNTED_AFTER_DUO and not _WORD_AFTER_DUO.match(text, e):
        # (修路3公里多个村受益: 多个 counts villages; 40%多数是青年, 5%余额: 多数, 余额 are words)
        if _SINCE_AFTER.match(text[e + 1:e + 3]):
            return None  # 两年多来: a period (a date)
        qualifier, e = text[e], e + 1  # 两倍多, 五年多
    return value, qualifier, e


def _magnitude_in_unit(G: tuple, unit: str | None, value, high) -> tuple:
    """近百万元 -> 100 万元, 2万余元 -> 2 万元 余: a magnitude before 元 joins the unit.  (value, high, unit)."""
    if unit in ("瓦", "瓦时", "米") and (G[_G_NUM2] or G[_G_NUM] or "").endswith("千") and not G[_G_INNER]:
        # 100千瓦, 3至5千瓦, 16.5千米: the unit's own 千 (kilo-), no thousand
        low = value / 1000 if (G[_G_NUM] or "").endswith("千") else value
        return low, high / 1000 if high is not None and (G[_G_NUM2] or "").endswith("千") else high, "千" + unit
    if unit == "元" and G[_G_MAG]:
        return value / BIG_UNITS[G[_G_MAG]], high, G[_G_MAG] + "元"  # 30余万元
    if unit == "元" and G[_G_NUM]:  # 2万余元 is 2 万元 too (the annotators of sets 35, 37, 40, 44 and 47 read it so)
        core = (G[_G_NUM2] or G[_G_NUM]).lstrip("数几").rstrip("几")
        for mag in ("万亿", "万", "亿"):
            if core.endswith(mag):  # (万元以下: one 万元; 3.22万亿元: 万亿元 whole, an economy's output)
                div = BIG_UNITS["万"] * BIG_UNITS["亿"] if mag == "万亿" else BIG_UNITS[mag]
                value, unit = value / div, mag + "元"
                high = high / div if high is not None else None
                break
    return value, high, unit


# 第十二届三次会议, 十五届人大三次会议: a congress's session, numbered right after its 届
_CONGRESS_BEFORE = re.compile(rf"[第\d一二三四五六七八九十]届[{CJK}]{{0,6}}$")  # (not 换届后召开, 每届召开)
# what follows a session's number, other sessions listed first (二次、三次、四次全会)
_SESSIONS_AFTER = re.compile(r"(?:[、和及][一二三四五六七八九十]+次)*(?P<plenum>全会|全委|全体|会议|大会|党代会)")
_SESSION_LISTED_BEFORE = re.compile(rf"[第\d一二三四五六七八九十]届[{CJK}]{{0,6}}(?:[一二三四五六七八九十]+次[、和及])+$")
# 每村一名, 每个村(社区)配备一名, 每村都有一名: one to each, the rate right before (not 每年都被评为一名…;
# a longer unit, 每个村民小组, only with its verb of assigning)
_ASSIGNS = "配备|配齐|选派|派驻|增设|设立|设|有|安排|聘请|确定|明确|联系"
_ONE_TO_EACH = re.compile(rf"每(?:个|名)?(?:[{CJK}]{{1,3}}?(?:[(（][{CJK}]{{1,4}}[)）])?(?:都|各)?要?(?:{_ASSIGNS})?"
                          rf"|[{CJK}]{{4,6}}?(?:都|各)?要?(?:{_ASSIGNS}))了?$")
_MORE_TIME = re.compile(r"[\d两二三四五六七八九十]+个?(?:月|天|周|星期)")  # 一年三个月: one duration in two parts
_QUOTED_NAME_AFTER = re.compile(rf"[{CJK}]{{2,8}}[”’]")  # the rest of a quoted name: 十万个|为什么’
_RATE_THEN_BOUND = re.compile(r"/(?:人|户|年|月|周|天|日|次)(?P<post>及以上|及以下|以上|以下|左右)")
# 查找不足, 存在的不足: 不足 as a noun (shortcomings), what a review finds
_SHORTCOMINGS_BEFORE = re.compile(r"(?:查找|查摆|存在|找出|剖析|弥补|的)$")


def _no_less_than(scan: _Scan, at: int) -> bool:
    """不到/不足 at ``at`` is no "less than": a verb's complement inside a word (想不到, 找不到) or the
    noun "shortcomings" after a verb of finding them."""
    return bool(scan.words and scan.words.splits(at)) or bool(_SHORTCOMINGS_BEFORE.search(scan.text, max(0, at - 2), at))


# 不低于(本地)上年度…收入2倍: a bound, the multiple's base, then the multiple (no 的 between)
_BOUND_OF_BASE = re.compile(rf"(?P<q>不少于|不低于|不超过|不高于|(?:不得|不能|不应)(?:低于|少于|超过|高于))(?:[{CJK}()（）]|(?<=[(（][{CJK}])、){{2,24}}$")


def _apart_qualifier(text: str, s: int) -> str | None:
    """A qualifier standing apart before the figure: 至少有五位, 约占三分之二, 最高每年可达1080元."""
    lo = s - 26 if s > 26 else 0
    if not _APART_HINT.search(text, lo, s):
        return None
    ap = _APART.search(text[lo:s])
    return (ap["q"] or ap["q3"] or ap["q2"] or ap["q4"]) if ap else None


def _counted_alongside(text: str, G: tuple, last: Figure | None, s: int, unit: str | None) -> bool:
    """24个村和一个社区: 一 joined to a count with the same measure word just before it counts too; so does
    一 counting places right after a count of places (三县一市, 两区一县: the divisions a unit holds)."""
    if G[_G_NUM] == "一" and last is not None and s == last.end and unit in _PLACE_UNITS and last.unit in _PLACE_UNITS:
        return True
    return G[_G_NUM] == "一" and last is not None and last.unit == unit and 0 < s - last.end <= 8 \
        and text[s - 1] in "和及、" and not _CLAUSE_BOUNDARY.intersection(text[last.end:s - 1]) \
        and bool(_COUNTED_NOUN_AFTER.match(text, s + 1 + len(unit or "")))


# the short noun a count closes on (一个社区。, 一个居委会及三个园区), not a described one (一个共同的目标)
_COUNTED_NOUN_AFTER = re.compile(rf"[{CJK}]{{1,4}}?(?:$|(?=[，,。；;、和及与]|\d|[两三四五六七八九十]))")


_RATED_AMOUNT = re.compile(rf"(?:要|可|能|需|需要|将|就|便|共|才|仅)(?:(?!的)[{CJK}]){{0,4}}?[\d.一二两三四五六七八九十百千万]+(?:亿|万|千)?元")
# (一年要多支出, 一年可节省: a modal, then what the year costs or saves; 驻村一年争取资金…, 一年半的…元 count the year)


def _article_one(text: str, G: tuple, unit: str | None, qualifier: str | None, per: str | None, e: int) -> bool:
    """一 before a measure word and a noun, unqualified and no rate or time: the article "a"."""
    num = G[_G_NUM]
    return bool(num and num[-1] == "一" and not G[_G_NUM2] and num.lstrip("数几") == "一" and not qualifier
                and not per and unit not in _TIME_UNITS and _determiner_follows(text, e))


_SHARE_OF_LAST = re.compile(r"[，,]\s*(?:约|仅|只)?(?:占|占比|占比为|占到|比例为|比例达)")


def _subject_beside(scan: _Scan, s: int, e: int, last: Figure | None) -> str | None:
    """What the figure at ``s:e`` counts, given the figure just before it (``last``)."""
    text = scan.text
    last_end = last.end if last else -1
    if last_end == s and text[e:e + 1].isdigit():
        return None  # a run of figures (1名2个): nothing names them
    if last and last_end == s - 1 and text[s - 1] in "、和及" and not _HAN.match(text[e:e + 1]):
        return last.subject  # 分别为1.96%、21.9%: a list of figures shares what it counts
    if last and _SHARE_OF_LAST.fullmatch(text, last_end, s):
        return last.subject  # 本科学历26人，占[52%]: the share is of what the figure before counts
    # a figure glued to the one before (2000户以下3名) has no clause of its own before it
    glued = last_end == s
    found = _subject(text, s, e, None if glued else scan.words, head=not glued, since=last_end)
    if glued and not found and text.endswith("元", s, e):
        return last.subject  # 困难党员38人次[1.9万元]: the sum paid to those counted is of the same thing
    return found


def _determiner_follows(text: str, e: int) -> bool:
    nxt = text[e:e + 1]
    # (一份《…》: a document; 一场‘及时雨’: a quoted figure of speech)
    return nxt != "" and nxt in "“‘「《" or bool(_HAN.match(nxt)) and nxt not in _NOT_NOUN_START


# 14.19万贫困人口, 挨边两万, 数十万驻村干部: a number closed by 万/亿 with no measure word after it still
# counts something (unit None); 千万/百万/亿万 standing alone are adverbs and set phrases, not amounts.
_BARE_MAGNITUDE = re.compile(
    rf"(?=[\d一二两三四五六七八九十数几百千万亿{_PRE_FIRST}])(?:(?P<pre>{PRE})|(?<![\d.{_CN_DIGITS}数几第]))(?:(?P<low>\d+(?:\.\d+)?|[一二两三四五六七八九十]+)[-—–~至到])?"
    r"(?P<num>(?:\d+(?:\.\d+)?|[数几]?[一二两三四五六七八九十][一二两三四五六七八九十百千]*)(?P<mid>余|多|(?<=[十百千])几)?[万亿]+|(?<=[过近超到])[百千]?[万亿]+)(?P<inner>余|多)?"
    rf"(?![\d{_CN_DIGITS}])"
)
_UNIT_AT = re.compile(UNIT)
_HOLDS_GLUED = re.compile(r"(?:所|下|共|现)?辖$")  # (所辖|三县, 下辖|5镇: what a division holds, counted)
_DIVIDES_GLUED = frozenset(("分",))  # (分两|批次培训, 分三|个阶段: the verb alone before the count, the parts counted)
# 全州所辖|三县一市, 全市下辖|8县一区: the clause up to its verb of holding, then the counts of divisions before
# the figure (none, or 三县 before 一市)
_HELD_DIVISIONS = re.compile(r"(?P<holder>[^\d一二两三四五六七八九十]*?(?:所|下|共|现)?辖)"
                             r"(?:(?:\d+|[一二两三四五六七八九十]+)个?(?:县市|县区|区县|省区|县|市|区|乡镇|乡|镇|州|旗))*")


def _holder_of_divisions(text: str, s: int) -> str | None:
    """What a count of the divisions a unit holds counts: the holder and its verb (全州所辖), not the count
    beside it (三县 before 一市, 一市 after 三县: each other's "subject" otherwise)."""
    head = text[max(0, s - 30):s]
    if "辖" not in head:
        return None
    m = _HELD_DIVISIONS.fullmatch(head, _clause_start(head))
    return m["holder"] if m else None


# 500万以上, 10万左右: a bound or an approximation right after a bare magnitude (not 内, which opens words: 万内容)
_BOUND_AFTER_MAGNITUDE = re.compile("及以上|及以下|以上|以下|左右|以内|上下|开外")
_MAGNITUDE_WORD_FIRST = frozenset("百千万亿")
# 按2万、1.5万和1万元: the unit written once, after the last item of a list of amounts
_ITEM = r"[、和及与或]\s*(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)[万亿]"
_SHARED_UNIT = re.compile(rf"(?:{_ITEM})*(?P<unit>元|人|名|人次|户|亩)")  # not across a comma (…万，3个县)


# What a bare magnitude holds before its first 万 or 亿 (a qualifier, a low end and its dash, the number,
# 余 or 多; digits aside): its scan tries only the positions of such a run right before a 万 or 亿.
_MAGNITUDE_LEAD = frozenset(_PRE_WORDS + "零〇一二两三四五六七八九十百千数几余多.-—–~至到") - {"万", "亿"}
_MAGNITUDE_CHAR = re.compile("[万亿]")


def _magnitude_run_start(text: str, k: int, lo: int) -> int:
    """Where the run of characters a bare magnitude can hold before the 万 or 亿 at ``k`` starts (not before ``lo``)."""
    s = k
    while s > lo and (text[s - 1] in _MAGNITUDE_LEAD or text[s - 1].isdecimal()):  # (\d: any decimal digit)
        s -= 1
    return s


def _bare_magnitudes(scan: _Scan, found: Taken) -> list[Figure]:
    text, w = scan.text, scan.words
    out = []
    for m in finditer_near(_BARE_MAGNITUDE, _MAGNITUDE_CHAR, _magnitude_run_start, text):
        s, e = m.span()
        unit_after = _UNIT_AT.match(text, e)
        if unit_after and m["mid"] != "几" or scan.blocked(s, e) or found.overlaps(s, e):
            continue  # (a unit after it: the main scan's figure, but for 十几万名, whose 几 before 万 it cannot read)
        if m["num"][0] in _MAGNITUDE_WORD_FIRST:  # 过亿, 近千万, 不到百万: a bound and a magnitude alone (上千万群众 is vague)
            if not m["pre"] or w and (w.splits(s) or w.splits(e)):
                continue
        elif w and not m["num"][0].isdigit() and (w.splits(m.start("num")) or w.inside_general_word(s, e)):
            continue  # 十万火急: a numeral inside a word
        num = m["num"].replace(m["mid"], "", 1) if m["mid"] else m["num"]  # 60多万: 60万, and more
        value, high, vague = _parse(num)  # 两三万: an estimate from 2 to 3 万
        if not value:
            continue
        value, high = _bare_range(m, value) if m["low"] and not m["mid"] else (value, high)
        value, unit = _shared_unit(text, m, value, e)
        if unit_after:
            unit, e = unit_after.group(), unit_after.end()
        bound = _BOUND_AFTER_MAGNITUDE.match(text, e) if unit is None else None
        if bound and w and w.splits(bound.end()):
            bound = None  # 1亿上下游企业: the segmenter's word (上下游) runs past the bound, which is no bound then
        if bound:
            e = bound.end()  # 500万以上项目: the bound closes the bare magnitude as it closes a unit
        mid = "多" if m["mid"] == "几" else m["mid"]  # 十几万: ten-odd 万, as 十几 is 10 多
        qualifier = mid or m["inner"] or vague or m["pre"] or (bound and bound.group()) or _apart_qualifier(text, s)
        out.append(_plain_figure(scan, s, e, value, high, unit, qualifier))
        found.take(s, e)
    return out


# 半年多, 快半年, 之后半年: a half of a period, closing its phrase (上半年, 过去的半年 and 每半年 are
# dates and rates; 半年考核 is semiannual)
_HALF = re.compile(r"(?=半)(?:(?<=[之此其][前后])|(?<![上下前后每一二两三四五六七八九十\d]))(?<!过去的)(?<!过去)半(?P<unit>年|个月|小时|个小时)"
                   r"(?P<inner>多|余)?(?:(?P<post>以内|内(?!容|部|涵|设)|以上|以下|左右)|(?=时间|了|之久|[，,。；;、]|$))")  # not 半年考核 (semiannual), 半天 (a while)


# 半个多小时, 半个多月: the qualifier between 个 and its noun (as in 一个多小时)
_HALF_SOME = re.compile(r"(?=半)(?<![上下前后每一二两三四五六七八九十\d])(?<!过去的)(?<!过去)半个(?P<inner>多|余)(?P<unit>小时|月)")


# 为期半年的培训, 历时半天, 经过半个月的调试: a half after a word of duration is a span even before 的 (and 半天 is no "a while")
_LASTING_HALF = re.compile(r"(?=半)(?<=为期|历时|长达|用时|耗时|经过)半(?P<unit>年|个月|天|小时|个小时)(?P<inner>多)?(?=的|时间)")
# 任职不足半年的, 请假超过半年的: a bound before the half makes it a span even before 的
_BOUNDED_HALF = re.compile(r"(?=半)(?:(?<=不足)|(?<=不到)|(?<=超过)|(?<=未满)|(?<=不满))半(?P<unit>年|个月|天|小时|个小时)(?P<inner>多)?(?=的)")
# 不到半年, 近半年时间: a qualifier written right before the half (最近/附近 are "recently", "nearby")
_HALF_PRE = re.compile(rf"(?:{_MUST_NOT}|不超过|不少于|不低于|(?<![想料找做办达得看听猜])不到|{_SHORT_OF}|将近|接近|大约"
                       rf"|(?<!不)超过|(?<![最附将接])近|{_ABOUT})$")
# 半年至一年: a half opening a range whose other end the main scan read with the same unit
_HALF_RANGE = re.compile(r"(?=半)(?<![上下前后每一二两三四五六七八九十\d])半(?P<unit>年|个月|天|小时|个小时)[至到～~—-]")


# Every match of the half patterns opens with its 半: only the positions of a 半 are tried (finditer_near).
_HALF_CHAR = re.compile("半")


def _halves(scan: _Scan, found: Taken) -> list[Figure]:
    text, w = scan.text, scan.words
    out = []
    matches = sorted([*finditer_near(_HALF, _HALF_CHAR, 0, text), *finditer_near(_LASTING_HALF, _HALF_CHAR, 0, text),
                      *finditer_near(_BOUNDED_HALF, _HALF_CHAR, 0, text), *finditer_near(_HALF_SOME, _HALF_CHAR, 0, text)],
                     key=lambda m: m.start()) if "半" in text else ()
    for m in matches:
        s, e = m.span()
        if scan.blocked(s, e) or found.overlaps(s, e) or (w and w.inside_general_word(s, e)):
            continue  # 半天 in 忙了半天 is a word of its own only when the segmenter glues it into a longer one
        pre = _HALF_PRE.search(text, max(0, s - 4), s)
        post = m.groupdict().get("post")  # 半年以上, 半天内 (a half after 为期 has no bound after it)
        qualifier = m["inner"] or (post and QUALIFIER.get(post, post)) or (pre and QUALIFIER.get(pre[0], pre[0])) \
            or _apart_qualifier(text, s)
        start = pre.start() if pre else s
        unit = "个" + m["unit"] if m.re is _HALF_SOME else m["unit"]
        out.append(_plain_figure(scan, start, e, 0.5, None, unit, qualifier))
        found.take(start, e)
    return out


def _half_ranges(scan: _Scan, out: list[Figure]) -> list[Figure]:
    """半年至一年: the figure the main scan read after 至 becomes a range from the half."""
    if "半" not in scan.text:
        return out
    by_start = {f.start: i for i, f in enumerate(out)}
    for m in finditer_near(_HALF_RANGE, _HALF_CHAR, 0, scan.text):
        i = by_start.get(m.end())
        f = out[i] if i is not None else None
        if f is None or f.unit != m["unit"] or f.high is not None or not f.value or f.value < 1 \
                or scan.blocked(m.start(), m.end()):
            continue
        out[i] = _plain_figure(scan, m.start(), f.end, 0.5, f.value, f.unit, f.qualifier)
    return out


# 两、三天, 七、八个人: a numeral one short of the next one, set apart by 、, opens a range (not a list's
# items: 第一、二批, 一、二、三)
_NEXT_NUMERAL = re.compile(rf"(?<=[{CJK}])(?<![第\d一二两三四五六七八九十、])(?P<low>[两二三四五六七八九])、$")


# 第一、二批: an ordinal's 第 reaches over the 、 to the numeral after it
_ORDINAL_BEFORE = re.compile(r"第(?:[一二两三四五六七八九十]{1,3}、(?=[一二两三四五六七八九十])|\d{1,3}、(?=\d))")


def _after_ordinal(text: str, s: int) -> bool:
    """第一、二批: the numeral at ``s`` continues an ordinal (a match opens with 第, so none without one)."""
    lo = max(0, s - 5)
    return "第" in text[lo:s] and any(m.end() == s for m in _ORDINAL_BEFORE.finditer(text, lo, s + 1))


# Figures longer than a quarter or of no period: lengths of months or years, age bounds, rates (see _Scan.time_at)
_OUTLASTING_UNITS = _units_of_kind("outlasts_a_quarter")
_AGE_UNITS = _units_of_kind("age")


def _age_of_whom(text: str, e: int, unit: str | None) -> bool:
    """An age (bound) right before 的 describes the people meant (35周岁以下的后备干部, 58岁的老支书): no figure
    of the sentence's date, which times what they did; an age before a count or at a clause's end (35周岁及以下5人,
    平均年龄49岁，) is the date's statistic."""
    return unit in _AGE_UNITS and text.startswith("的", e)


def _outlasts_a_quarter(unit: str | None, per: str | None, qualifier: str | None) -> bool:
    """The figure is a length of months or years, an age bound (35岁以下; an average age 26岁 is the quarter's
    people's) or a rate: a quarter opening its sentence does not time it."""
    return bool(per) or unit in _OUTLASTING_UNITS or unit in _AGE_UNITS and qualifier is not None


def _length_of_each(text: str, s: int, e: int, unit: str | None, per: str | None) -> bool:
    """A length of time that each session, round or batch lasts (每期3天, 为期一周, 以3个月为周期, a rate):
    not a total or an average (累计, 人均, 时长…), which the sentence's date does date."""
    if unit not in _TIME_UNITS:
        return False  # (most figures: their clause is not looked at)
    head = _clause_before(text, s, 24)
    if _TOTAL_TIME_BEFORE.search(head):
        return False
    return bool(per or _EACH_LENGTH_BEFORE.search(text, max(0, s - 2), s) or _ONE_LENGTH_IN_CLAUSE.search(head)
                or _PLANNED_SPAN_BEFORE.search(text, max(0, s - 4), s)
                or text[s - 1:s] == "以" and _TAKEN_AS_CYCLE.match(text, e))


def _numeral_ranges(scan: _Scan, out: list[Figure]) -> list[Figure]:
    if "、" not in scan.text:
        return out
    out = [f for f in out if not _after_ordinal(scan.text, f.start)]
    for i, f in enumerate(out):
        if f.high is not None or f.text[:1] not in "二两三四五六七八九十":
            continue  # (asked before the search: most figures open with a digit)
        m = _NEXT_NUMERAL.search(scan.text, max(0, f.start - 3), f.start)
        if m is None or f.value != parse_number(m["low"]) + 1 or scan.blocked(m.start(), f.start):
            continue
        out[i] = _plain_figure(scan, m.start(), f.end, f.value - 1, f.value, f.unit, f.qualifier)
    return out


def _plain_figure(scan: _Scan, s: int, e: int, value, high, unit: str | None, qualifier: str | None) -> Figure:
    """A figure a pass after the main scan found (N大 after a list, a count of places, a span of days, a
    number sharing a list's unit, a bare magnitude, a half): no rate, and its subject and time as the
    main scan gives them."""
    subject = _subject(scan.text, s, e, scan.words)
    time = scan.time_at(s, each=_length_of_each(scan.text, s, e, unit, None), outlasts=_outlasts_a_quarter(unit, None, qualifier))
    return Figure(text=scan.text[s:e], value=tidy(value), high=tidy(high), unit=unit,
                  qualifier=QUALIFIER.get(qualifier, qualifier) if qualifier else None,
                  subject=subject, time=time, per=None, start=s, end=e)


def _bare_range(m: re.Match[str], value: float) -> tuple[float, float]:
    """10到20万: the magnitude closing the range applies to both ends (value, high)."""
    low, top = parse_number(m["low"]), parse_number(m["num"].rstrip("万亿"))
    return (low or 0) * value / (top or 1), value


def _shared_unit(text: str, m: re.Match[str], value: float, e: int) -> tuple[float, str | None]:
    """The unit a list of amounts writes once after its last item (2万、1.5万和1万元 → 2 万元)."""
    shared = _SHARED_UNIT.match(text, e)
    if not shared:
        return value, None
    unit, num = shared["unit"], m["num"]
    if unit == "元" and num.endswith(("万", "亿")):
        return value / BIG_UNITS[num[-1]], num[-1] + "元"
    return value, unit


# (not 一点: "a little"; not after a time of day: 早上8点要求…)
_POINTS = re.compile(r"(?=[二两三四五六七八九十2-9])(?<![\d第一二两三四五六七八九十上下午晚早天])(?P<num>[二两三四五六七八九十]|[2-9])点(?=(?:具体|主要|重要|工作)?(?:"
                     + "|".join(map(re.escape, word_list("point_nouns.txt"))) + "))")


_POINT_CHAR = re.compile("点")


def _points(scan: _Scan, found: Taken) -> list[Figure]:
    """提出三点要求: the points of a speech or a report (下午三点 is a time of day)."""
    out = []
    for m in finditer_near(_POINTS, _POINT_CHAR, 1, scan.text):  # (three 点: 点 right after the numeral)
        s, e = m.span()
        if not scan.blocked(s, e) and not found.overlaps(s, e):
            out.append(_plain_figure(scan, s, e, parse_number(m["num"]), None, "点", None))
    return out


# 北京、河北两地, 辖1市8县7区, 甘德县辖8乡, 中编办等六部委: a count of places or ministries, read
# only after a list of them, after another such count or after 辖 (三区三州, 一乡一策 are names)
_PLACE_COUNT = re.compile(r"(?=[\d一两二三四五六七八九十])(?<![\d一二两三四五六七八九十])(?P<num>[两二三四五六七八九十]{1,2}|\d{1,2}|"
                          r"(?<=[县市])一)(?P<unit>区|乡|地|部委)")  # (8县一区: one more division after a count, see below)
# the numeral's last character and the unit after it, at most one character after the match's start (十二区,
# 六部委): the scan tries no position before the 地 of 基地 or the 部 of 干部
_NUMERAL_THEN_PLACE_UNIT = re.compile(r"[\d一两二三四五六七八九十](?:[区乡地]|部委)")
_COUNT_BEFORE = re.compile(r"(?:[、与和及]|等|辖|\d[县市]|[一二两三四五六七八九十][县市])$")
# 川渝两地, 京津冀三地: the places run together as one-character names, one of them a province's
# (resources/province_letters.tsv, read by pipeline/extract/regions.py as well)
_PROVINCE_LETTERS = frozenset(row[0] for row in word_table("province_letters.tsv"))


def _place_counts(scan: _Scan, found: Taken) -> list[Figure]:
    """Counts of places (两地, 7区, 8乡) and of ministries (六部委) where a list or a count precedes them."""
    text, w = scan.text, scan.words
    out = []
    for m in finditer_near(_PLACE_COUNT, _NUMERAL_THEN_PLACE_UNIT, 1, text):
        s, e = m.span()
        if scan.blocked(s, e) or found.overlaps(s, e) or (w and w.splits(s)):
            continue
        head = text[max(0, s - 30):s]
        clause = head[_clause_start(head):]
        # (7区 only in a chain of counts or after 辖: 东二区与西三区 are names)
        # (a list by 、 or 与: 他和妻子两地分居, 及时往返两地 list no places)
        listed = _COUNT_BEFORE.search(clause[-3:]) or m["unit"] != "区" and ("、" in clause or "与" in clause) and len(clause) <= 25
        if m["num"] == "一" and not re.search(r"[\d一二两三四五六七八九十][县市]$", clause):
            continue  # (一 counts only right after a count of divisions, 三县一区; 一区一品, 一乡一策 are names)
        value = parse_number(m["num"])
        letters = m["unit"] == "地" and not listed and value and _letters_before(clause, int(value))
        if (listed or letters) and value and (text[e:e + 1] or " ") not in "县市区乡镇村州":  # (两区县: a longer unit the main scan reads)
            f = _plain_figure(scan, s, e, value, None, m["unit"], None)
            # the places counted are what it counts; a count of places names no period
            f.subject, f.time = text[s - int(value):s] if letters else _places_listed(text, s, clause, w) \
                or _holder_of_divisions(text, s) or f.subject, None
            out.append(f)
    return out


# 身兼5职, 共设300职, 比上届少20职: a count of posts.  Not a unit of figure_units.txt: a quoted
# “三职” (the posts named as a group) would read as an amount there, and the slogans take it for none.
# (县长一职 is "the post of"; 职务, 职责, 职能…: 职 opening a word)
_POSTS = re.compile(r"(?<![\d一二两三四五六七八九十百千.])(?P<num>\d+|[两二三四五六七八九十百千]+)(?:[或至到-](?P<num2>\d+|[两二三四五六七八九十百千]+))?"
                    r"职(?![务位责能级工称业员权守中高校教专院])")  # (设4或5职: so many posts or so many, a range;
# 市二职中, 三职高, 二职校, 四职专: a vocational school's short name, no count)
_POST_CHAR = re.compile("职")
_QUOTE_BEFORE = re.compile(r"[“\"‘]\s*$")


def _posts(scan: _Scan, found: Taken) -> list[Figure]:
    """Counts of posts (身兼5职, 共设300职), none where quoted (村“三职”干部: the posts named as a group)."""
    text = scan.text
    out = []
    for m in finditer_near(_POSTS, _POST_CHAR, 8, text, near=1):
        s, e = m.span()
        if scan.blocked(s, e) or found.overlaps(s, e) or _QUOTE_BEFORE.search(text, max(0, s - 2), s) \
                or _YEAR_NUM.fullmatch(m["num"]):
            continue  # (2024职教活动周: a year)
        value, high = parse_number(m["num"]), parse_number(m["num2"]) if m["num2"] else None
        if value:
            out.append(_plain_figure(scan, s, e, value, high, "职", None))
    return out


def _letters_before(clause: str, n: int) -> bool:
    """川渝两地, 京津冀三地: the clause ends in n one-character place names run together, one of them a province's."""
    run = clause[-n:]
    return len(run) == n and all(_HAN.match(c) for c in run) and any(c in _PROVINCE_LETTERS for c in run)


def _places_listed(text: str, s: int, clause: str, w: _Words | None) -> str | None:
    """The list of places before a count of them (在广州、深圳两地 → 广州、深圳): from the last word of
    its first item on."""
    sep = _ITEM_SEP.search(clause)
    if not sep or w is None:
        return None
    first_end = s - len(clause) + sep.start()
    word = w.at(first_end - 1)
    return text[word[0]:s] if word else None


# 分别提高了3.8和15个百分点, 分别为3、5和8名: bare numbers listed before a figure share its unit
_BARE_LIST = re.compile(r"(?:(?<![\d.])\d+(?:\.\d+)?\s*[、和及与]\s*)+$")
_BARE_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _listed_before(scan: _Scan, figures: list[Figure], found: Taken) -> list[Figure]:
    """The bare numbers of a list 分别 gives, each with the unit of the figure that closes it."""
    text, out = scan.text, []
    if "分别" not in text:
        return out  # (the list follows a 分别)
    for f in figures:
        if not f.unit or f.qualifier or f.high is not None or not text[f.start:f.start + 1].isdigit():
            continue
        run = _BARE_LIST.search(text, max(0, f.start - 40), f.start)
        if not run or "分别" not in text[max(0, run.start() - 12):run.start()]:
            continue
        for m in _BARE_NUMBER.finditer(text, run.start(), run.end()):
            if not scan.blocked(*m.span()) and not found.overlaps(*m.span()):
                out.append(_plain_figure(scan, m.start(), m.end(), float(m.group()), None, f.unit, None))
    return out


# 30日内, 半日内, 行拘5日, 七日未洗浴: a span of days (日 alone after a number is a day of the month)
_DAYS = re.compile(r"(?=[\d一二两三四五六七八九十半])(?<![\d.月号日年第一二两三四五六七八九十])(?P<num>\d{1,3}|[一二两三四五六七八九十半]{1,3})日(?P<post>以内|之内|内(?![部容涵外]))?")
# a span's verb: what follows it is how long (为期一天, 用了一天, 通过一天的座谈)
_SPAN_VERBS = "为期|历时|用时|(?<![费作信应效功])用了?|花了|持续|连续|经过|通过"  # (费用一天要80元: a rate)
_SPAN_VERB_BEFORE = re.compile(f"(?:{_SPAN_VERBS})$")
_DAY_CHAR = re.compile("日")
_DAYS_BEFORE = re.compile(f"(?:拘留|行拘|拘|共|每|{_SPAN_VERBS})$")


def _day_spans(scan: _Scan, found: Taken) -> list[Figure]:
    """Spans of days: N日 with 内 after it, 未 after it or a span's verb before it."""
    text = scan.text
    out = []
    for m in finditer_near(_DAYS, _DAY_CHAR, 3, text):  # (日 at most three characters after the start: 三十日)
        s, e = m.span()
        if scan.blocked(s, e) or found.overlaps(s, e):
            continue
        if not (m["post"] or text.startswith("未", e) and not m["num"][0].isdigit() or _DAYS_BEFORE.search(text, max(0, s - 2), s)):
            continue
        value = 0.5 if m["num"] == "半" else parse_number(m["num"])
        if value:
            out.append(_plain_figure(scan, s, e, value, None, "日", "以内" if m["post"] else None))
    return out


_DA_CHAR = re.compile("大")


def _summary_numerals(scan: _Scan) -> list[Figure]:
    """教育、卫生两大民生领域: N大 closing a list counts its items (unit None)."""
    text, w = scan.text, scan.words
    out = []
    for m in finditer_near(_SUMMARY_DA, _DA_CHAR, 2, text):  # (大 at most two characters after the start: 十二大)
        s, e = m.start(), m.end()
        if scan.taken.overlaps(s, e) or (w and (w.splits(s) or w.inside_general_word(s, e))):
            continue
        if text[s - 1] == "第":
            continue  # 第二大, 第3大: an ordinal
        head = text[max(0, s - 40):s]
        cut = _clause_start(head)
        value = parse_number(m["num"])
        if not value or value < 2 or text.startswith(("类", "项"), e):
            continue  # 大类, 大项: units of the main scan
        listed = "、" in head[cut:]
        counted = listed and _items_before(text, s) == value  # 甲、乙、丙三大…: as many items as it says
        if not counted and _DA_WORD.match(text, e):
            continue  # 三大队, 二大爷: 大 opens a word (a unit's number, kin)
        if _BODIES_AFTER.match(text, e) and not (counted and text[s - 1] not in _PLACE_END):
            continue  # 四大班子, 县四大组织: the bodies of a place named together (工会、共青团、妇联三大组织 counts
            # the bodies it lists, so does 甲、乙、丙三大家居产业; 甲、乙、区四大组织 are still a place's)
        if not listed and (_CONGRESS_AFTER.match(text, e) or _PARTY_CONGRESS_BEFORE.search(text, max(0, s - 2), s)):
            continue  # 十九大精神, 党的七大, 中共八大, 喜迎20大: a congress (after a list of the items, 四大主导产业 counts them)
        if value > 10 and not m["num"][0].isdigit():
            continue  # 十九大, 二十大: party congresses, not a count of items (12大门类 counts)
        unit = "方面" if text.startswith("方面", e) else None  # 甲、乙和丙四大方面: as 四方面 counts
        out.append(_plain_figure(scan, s, e + len(unit or ""), value, None, unit, None))
    return out


# --- a headline's figure the body repeats ---------------------------------------------------------

_PERSON_UNITS = _units_of_kind("person")  # 人, 名, 位: one count of people however it is worded


def repeated_at(f: Figure, figures: list[Figure]) -> int | None:
    """Where the body gives a headline figure's number again: the index of the first of ``figures`` with a span and
    the same value and upper bound in the same base unit (360名 over 360名左右: a qualifier may be said once; 50万元
    over 500000元), or both counting people (500人规模 over 500名); None where the body does not."""
    if f.value is None:
        return None
    key = _number_key(f)
    return next((i for i, b in enumerate(figures) if b.start is not None and _number_key(b) == key), None)


def _number_key(f: Figure) -> tuple:
    value, high, unit = f.base()
    return value, high, "人" if unit in _PERSON_UNITS else unit
