"""Recognise metadata lines (来源 / 作者 / 发布时间 / 责编 / bylines) and parse them.

Works on simplified, half-width text.  A line counts as metadata only when the
recognised fields cover it: a sentence that merely mentions 来源 stays text.
"""
from __future__ import annotations

from functools import lru_cache
import re

from pipeline.core.lexicons import alternation, word_list, word_set, word_table

from pipeline.text.chars import BULLETS, CJK, UNREADABLE, cjk_count
from pipeline.text.dates import CN_DATE, DATETIME, YEAR, iso, iso_cn, iso_date, iso_of, month_number, search_date

# Label of a metadata field -> the field it fills (source, author, date, editor, ...).
_LABELS = dict(word_table("metadata_labels.tsv"))
_KEYS = {k: v for k, v in _LABELS.items() if v != "record_in_brackets"}
_BRACKETED_RECORDS = frozenset(k for k, v in _LABELS.items() if v == "record_in_brackets")  # 【时效性】现行有效
_KEY_RE = "|".join(sorted(map(re.escape, _KEYS), key=len, reverse=True))
# key, colon, value up to two spaces / a tab / the next key
# (a page's "撰文 | 某某 来源 | 某报" puts a bar between key and value)
_SEP = r"(?:\s*[:：]\s*|\s+[|｜]\s+|(?<=[{CJK}])[|｜](?=[{CJK}]))".replace("{CJK}", CJK)
# A value also ends where an unknown key of two to six characters begins (来源:某报 发布单位:…), and
# a key may sit in brackets ((作者):某某).
# (FIELD opens with a lookahead for the characters its matches start with, a bracket or a key's first
# character: a search rejects most positions at one character instead of trying every key there)
_FIELD_FIRST = "[" + "".join(sorted({re.escape(c) for c in "【[(（"} | {re.escape(k[0]) for k in _KEYS})) + "]"
FIELD = re.compile(
    rf"(?={_FIELD_FIRST})[【\[(（]?(?P<key>{_KEY_RE})[】\])）]?{_SEP}(?P<val>.*?)\s*"
    rf"(?=\s{{2,}}|\t|\s[【\[(（]?(?:{_KEY_RE})[】\])）]?{_SEP}|(?:{_KEY_RE})[:：]|\s[{CJK}]{{2,6}}[:：|｜]|$)"
)
# 采访人员: a reporter, as some sites print the word (its role is 记者)
BYLINE_ROLE = re.compile(r"(本[报刊台网](?:特约|实习|见习)?(?:记者|通讯员)|记者|通讯员|特约记者|特约通讯员|实习记者|见习记者|融媒体记者|采访人员|实习生|报道组|报道员|摄影|摄|插画|漫画|制图|绘图)")
_NOT_WRITERS = ("摄", "插画", "漫画", "制图", "绘图")  # who took the photos or drew the pictures wrote nothing
AFFILIATION = re.compile(r"^[(（]\s*作者(?:单位|系)\s*[:：为]?\s*(?P<val>[^()（）]+?)\s*[)）]$")
AUTHOR_IS = re.compile(r"[(（]\s*作者系(?P<val>[^()（）]+)[)）]")
_DATELINE_SOURCE = rf"(?P<src>[{CJK}《》]{{2,14}}(?:日报|晚报|报|网|杂志|新闻网|电视台|在线|周刊|时报))"
_DATELINE_DATE = rf"(?P<date>{YEAR}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|{YEAR}-\d{{1,2}}-\d{{1,2}})"
# 某某日报 2019年5月20日, or the other way round (2013-07-01 某某网).
# The date may carry its time (2006年11月10日07:19), and a portal the paper it carries (荆楚网-湖北日报,
# 某某网 2010-10-25 08:23:09 某某商报: the paper is the source).
SOURCE_DATE = re.compile(rf"^(?:{_DATELINE_SOURCE}\s*{_DATELINE_DATE}|(?:[{CJK}]{{2,8}}网\s+)?{_DATELINE_DATE.replace('date', 'date2')}"
                         rf"\s*(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?\s+(?:[{CJK}]{{1,8}}网\s*[-－—]\s*)?"
                         rf"{_DATELINE_SOURCE.replace('src', 'src2')})$")
# What a page's conversion leaves around a line: a list bullet before it, a crawler's URL, empty
# table cells after it (标题 | |||).
# 2023-08-18 标题 2 2 某某日报 content_98391.html 1 …/enpproperty-->: an e-paper system's record of the
# article (its day, its page, the paper, the file), printed where the page's comment lost its opening
_EPAPER_RECORD = re.compile(rf"^(?:-->\s*)?(?P<day>(?:19|20)\d{{2}}-\d{{1,2}}-\d{{1,2}})\s(?:.{{1,80}}?\s)?\d{{1,3}}\s+\d{{1,3}}\s+"
                            rf"(?P<src>[{CJK}]{{2,12}}报)\s+(?:c|content_)\d+\.html?\s")
# 工作总结2018-06-18某某老师: a model-essay site's row under the headline, its column, the day and the
# writer with the title of respect such sites give (老师)
_COLUMN_DAY_TEACHER = re.compile(rf"^[{CJK}]{{2,8}}\s*(?P<day>(?:19|20)\d{{2}}-\d{{1,2}}-\d{{1,2}})\s*(?P<name>[{CJK}]{{2,3}})老师$")
# 2024-06-10 某某学院 975: the day, who posted it and the count of its readers, under the headline
_DAY_THEN_POSTER = re.compile(rf"^(?P<day>(?:19|20)\d{{2}}-\d{{1,2}}-\d{{1,2}})(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?\s+(?P<name>[{CJK}]{{2,12}})(?:\s+\d{{1,7}})?$")
_NUMERIC_DATE = re.compile(r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}")
_DAY_AND_TIME = re.compile(r"(?P<day>(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")
_COUNT_AFTER_SITE = re.compile(rf"^((?:19|20)\d{{2}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?\s+[{CJK}]{{1,10}}网)\d{{1,7}}$")
# 2025 08/12 10:26:48: a news site's dateline, the year set apart by a space from month/day, then the clock
_YEAR_THEN_MONTH_DAY = re.compile(r"^((?:19|20)\d{2})\s+(\d{1,2})\s*/\s*(\d{1,2})(?=\s+\d{1,2}:\d{2})")
_URL_BEFORE_DAY = re.compile(r"^https?://[\w./-]+\s+(?=(?:19|20)\d{2}[-/.年])")
_STOP_OR_KEY = re.compile(r"[。，,；;！!？:：]")
_ROLE_WORD = re.compile(r"(?:报道|编辑|整理|摄影|撰稿|审核|校对)$")
_ACCOUNT_HEADER = re.compile(rf"^(?P<date>(?:19|20)\d{{2}}-\d{{1,2}}-\d{{1,2}})\s+(?P<name>[{CJK}]{{2,4}})\s+(?P<account>[{CJK}A-Za-z0-9]{{3,16}})$")
_TAGS_DATE = re.compile(rf"^(?P<tags>(?:[{CJK}]{{2,8}}(?:\s+|\s*[·•]\s*)){{1,5}})(?P<date>(?:19|20)\d{{2}}(?:([-/.])\d{{1,2}}\3\d{{1,2}}|年\d{{1,2}}月\d{{1,2}}日))"
                        r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")  # (新浪财经·2026-01-15 05:48: a tag line's time, a · for a space)
# bullets, a crawler's URL (http://…, //… or www.…) opening the line (or glued to the date after
# it: //www.某某.cn2014-08-02, or after a comma: http://….html,2009年09月15日) or closing it after the time (来源:某报 2018-10-09 08:14
# https://www.…/: the page's address), table pipes closing it
_LINE_RESIDUE = re.compile(rf"^[{BULLETS}\s]+|^(?:(?:https?:)?//|www\.)(?:[A-Za-z0-9.-]+?\.(?:cn|com|net|org)(?=(?:19|20)\d\d[-/.年])|\S+?(?:\s+|[?？,，](?=\d)))|(?<=\d)\s+(?:https?://|www\.)[\x21-\x7e]+$"
                           r"|(?<=\d)\s+(?:https?://)?www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?=\s+\S)"  # 21:24:38 www.某某.net 来源:…: the site's address between the time and the next field
                           r"|[\s|]*\|[\s|]*$"
                           r"|^第\s*\d+\s*期\s*[:：]?\s*第\s*[A-Z]?\d+\s*版\s+(?=\S)")  # 第4389期:第03版 本期出版日期:…: the paper's issue and page


def _may_have_residue(s: str) -> bool:
    """Whether _LINE_RESIDUE could match the stripped line ``s``: its bullets and issue open the line, and
    its URLs and bars need // or www. and a bar (the scan of a long line for them is what this spares)."""
    return s[:1] in BULLETS or s.startswith("第") or "|" in s or "//" in s or "www." in s


_WEIBO_TAG = re.compile(r"\s*[\[【]微博[\]】]\s*")
_CHANNEL_HEAD = re.compile(rf"^(?:社会|国内|国际|地方|时政|要闻|综合|财经|本地|热点|滚动|教育|法治)(?:新闻|频道)\s*"
                           rf"(?=[{CJK}]{{2,10}}(?:报|网|社|台)\s*(?:19|20)\d\d)")
_ISSUE_TAIL = re.compile(r"\s*(?:(?:19|20)\d{2}\s*年)?\s*第?\s*\d+\s*期\s*(?:[(（]?\s*总(?:第?\s*\d+\s*期?)?\s*[)）]?)?$")
_SOURCE_BYLINE = re.compile(r"^《?(?P<medium>[^《》()（）\s]{2,16})》?\s*[(（](?P<by>[^()（）]{2,30})[)）]?\W*$")
# 【字体: 大 中 小】: the page's font-size buttons
_WIDGET = re.compile(r"[【\[]?\s*(?:字体|字号)\s*[:：]?\s*(?:[大中小]\s*){1,3}[】\]]?|(?<=\s)[大小]字$"  # …17:03 大字: a font button
                     r"|(?<=\s)[大中小]字体(?=\s|$)")  # (… 来源:某报 大字体 小字体: each button whole, no 大 left to the source)
_UNKNOWN_FIELD = re.compile(rf"(?:^|\s)[{CJK}]{{2,6}}[:：|｜]\S*")
# Page furniture printed on the same line as a field: 责任编辑:田芳 浏览次数:1286 【字体:大 中 小】
_JUNK_TAIL = re.compile(r"(?:(?<=\S)\s*[【\[]|\s*(?:浏览|点击|阅读(?![网站]|新闻网)|访问|字体|字号|分享|打印|关闭|本文已影响)).*$|\s+(?:参与互动|我要评论|我来说两句|评论|收藏)\b.*$"
                        r"|^[【\[](?![^】\]]{2,20}[】\]]$).*$")  # (来源:【某某新闻网】: the value in brackets)
# What every match of _JUNK_TAIL holds (a bracket or one of its words): a value without any is spared its scan,
# which its leading spaces make try every position
_JUNK_TAIL_CUE = re.compile(r"[【\[]|浏览|点击|阅读|访问|字体|字号|分享|打印|关闭|本文已影响|参与互动|评论|我来说两句|收藏")


def split_names(value: str) -> list[str]:
    """姜纯、马驰 -> two names; 许 兵 and 曲慧敏 于 洋 keep 许兵 and 于洋 whole; 某支部:某某 -> 某某."""
    names: list[str] = []
    for part in _NAME_SEPARATORS.split(value.strip()):  # (甲+乙+丙: names joined by plus signs)
        part = _UNIT_BEFORE_COLON.sub("", part) if ":" in part or "：" in part else part  # 市委会:某某 (a unit, then its writer)
        pieces = part.split()
        k = 0
        while k < len(pieces):
            # Pages space out two-character names (王 磊); no name is one character.
            if len(pieces[k]) == 1 and k + 1 < len(pieces) and len(pieces[k + 1]) <= 2:
                names.append(pieces[k] + pieces[k + 1])
                k += 2
            else:
                names.append(pieces[k])
                k += 1
    return [_HONORIFIC.sub(r"\1", n) for n in names if n]


_NAME_SEPARATORS = re.compile(r"[、,，;；/+＋]+")
_UNIT_BEFORE_COLON = re.compile(r"^[^:：]{2,12}[:：]\s*")
# 作者:某某老师: a title of respect after the name, no part of it
_HONORIFIC = re.compile(rf"^([{CJK}]{{2,3}})(?:老师|同志|先生|女士)$")


# A medium opening a byline: 《…》, a listed publication, or a name with a medium's suffix;
# an agency's column in quotes may follow (新华社“新华视点”记者…).
_MEDIUM_SUFFIX = r"(?:日报|晚报|早报|时报|商报|报|网站|网|杂志|周刊|月刊|社|电视台|广播电视台|广电总台|广播电视总台|融媒体中心|融媒|新闻|客户端)"
_ONLINE = re.compile(rf"[{CJK}]{{2,6}}在线")  # 浙江在线: a portal named "online", after its writers on a dated line
# a paper by its name (某某日报, 某某晚报), not a word ending in 报 (简报, 通报, 快报, 情报, 喜报, 电报, 海报)
_PAPER = re.compile(rf"[{CJK}]{{1,12}}(?<![简通公快汇情学喜电海])报")
_MEDIUM_NAME = re.compile(rf"[{CJK}]{{1,12}}{_MEDIUM_SUFFIX}")  # 某某日报, 某某门户网站: a medium's whole name
_MEDIUM_AFTER_NAMES = re.compile(r"\s*[(（]?\s*《(?P<medium>[^《》]{2,14})》\s*[(（)）]?\s*$")
_MEDIUM = re.compile(
    rf"^(?:《(?P<quoted>[^》]{{2,16}})》(?P<qsuffix>新闻周刊|周刊|杂志|半月刊|双月刊|月刊|旬刊)?|(?P<named>(?:[{CJK}]{{1,12}}?{_MEDIUM_SUFFIX}、)?"  # 甲客户端、乙网记者: two media
    rf"(?:[{CJK}]{{1,8}}[-—－·])?[{CJK}]{{1,12}}?{_MEDIUM_SUFFIX}"
    rf"(?:[·•][{CJK}]{{2,6}}?(?=记者|通讯员))?))"  # 某某晚报·某某客户端记者: the paper and its app
    rf"(?:“[^”]{{1,8}}”)?\s*"
)
# 某某日报某某新闻 张三: a paper's name glued to its app's (both with a medium's suffix), then a space before the
# writers (quoted: never, only for the fields _MEDIUM's matches have)
_PAPER_WITH_APP = re.compile(rf"^(?P<named>[{CJK}]{{1,12}}?{_MEDIUM_SUFFIX}[{CJK}]{{1,8}}?{_MEDIUM_SUFFIX})\s+(?P<quoted>(?!))?")
_GLUED_MEDIUM = re.compile(rf"^((?:[{CJK}]{{2,8}}·(?=[{CJK}]{{0,6}}(?:网|报|台|客户端|新闻)(?:记者|通讯员)))?[{CJK}]{{2,8}}?|[A-Za-z]{{2,6}}[{CJK}]{{0,4}}?)(?=记者|通讯员|实习生|特约记者|见习记者|实习记者|采访人员)")  # (YMG全媒体记者)
# (某某商报·某某新闻网记者: a paper and its site named together before the role)
# The place an author reports from, closing the byline: |北京报道, 发自北京, 报道.
_REPORTED = re.compile(rf"(?:\s+(?:[{CJK}]{{2,6}}、)+[{CJK}]{{2,6}}报道|\s*[|｜/]?\s*(?:[{CJK}]{{0,6}}报道|发自[{CJK}]{{2,6}}(?:、[{CJK}]{{2,6}})*))\s*$")  # 发自甲、乙等地; 某某 甲、乙报道


# 8月27日 星期二 多云: a diary's day, weekday and weather
_DIARY_DAY = re.compile(rf"^\d{{1,2}}月\d{{1,2}}日(?:\s+[{CJK}]{{1,4}})?$")  # (the weekday is gone by then)
# 核心提示:… over the headline: the page's teaser box, a copy of the lead (the body tells it again)
_TEASER = re.compile(r"^【?核心提示】?\s*[:：]")
_SUMMARY_BOX_LABELS = frozenset(("核心阅读", "阅读提示"))
# 发自安徽金寨: where the reporters filed from, printed under their byline
_SENT_FROM = re.compile(rf"^发自[{CJK}]{{2,8}}$")

# 文/图, 文图, and a bare 文 set off by a bar or a space (文 | 某刊记者 某某): the writer's mark
_BOTH_BY_AFTER = re.compile(r"\s+(?:文\s*/\s*图|图\s*/\s*文|文图)$")
_BOTH_BY = re.compile(r"^(?:文\s*[/·•]\s*图|图\s*[/·•]\s*文|文图|文(?=\s*[|｜]|\s))\s*[/／:：|｜_]?\s*")  # (文·图_本刊记者…)


# the level words that end a place's name standing beside writers' names (某某镇 林小满: their unit)
UNIT_LEVELS = "镇|乡|县|市|区|街道|社区"
# (林小满 柳川镇: the writer's unit; 林小满 摄于柳川镇, 调任青禾县, 来自柳川镇, 现居…: what the writer did or is;
# 于都县, 来宾市, 驻马店市 are places)
_PLACE_AFTER_NAMES = re.compile(rf"(?P<names>.+?)\s+(?P<unit>(?!摄|调|任职|就职|现|系|在|赴|到|去|来自|于(?!都|田|洪)|驻(?!马店))[{CJK}]{{2,8}}(?:{UNIT_LEVELS}))")
_PHOTOS_BY = re.compile(rf"\s+(?:图|摄影|摄)\s*[/／:：|｜丨]\s*[{CJK}·\s]{{2,12}}$")
# 某某/图 closing a byline: who took the photos (no writer); 某某/文: the writer's mark after the name
_PHOTO_CREDIT = re.compile(rf"\s*(?:摄影记者|记者|通讯员)?\s*[{CJK}·]{{2,8}}(?<!文)\s*[/／]\s*(?:图|摄影?)$")
_TEXT_CREDIT = re.compile(r"\s*[/／]\s*文$")
_PLACE_WORD = re.compile(rf"[{CJK}]{{2,6}}(?:{UNIT_LEVELS})")  # 通讯员 柳川镇 某某: the place is the reporter's unit
_UNIT_BEFORE_NAME = re.compile(rf"^[{CJK}]{{1,8}}(?:{UNIT_LEVELS})(?:\s+|$)")  # the line's first word only


_NAME_THEN_OWN_PAPER = re.compile(rf"^(?P<name>[{CJK}]{{2,4}}?)\s*(?P<rest>本[报刊台网](?:记者|通讯员).+)$")
_TEXT_MARK = re.compile(r"^文\s*[/／]\s*")
_WRITER_MARK = re.compile(r"^文\s*[/／|｜:：]\s*")
# ◎左 京(本刊记者): a name, then its role (and medium) in brackets; a two-character name spaced out
_ROLE_AFTER_NAME = re.compile(rf"^(?P<name>[{CJK}](?: ?[{CJK}]){{1,3}})\s*[（(](?P<medium>[{CJK}]{{0,12}}?)(?P<role>记者|通讯员)[)）]$")


# 某某市委常委、某某县委书记 某某: a writer's posts (ending in a post's word), then the name
_POSTS_THEN_NAME = re.compile(rf"(?P<posts>[{CJK}、]{{3,30}}?(?:书记|部长|常委|主任|长|委员|主席|组长))\s+(?P<name>[{CJK}]{{2,4}})")
_PAPER_AND_APP = re.compile(rf"^(?P<paper>[{CJK}]{{2,10}}?(?:日报|晚报|报))\s*[/／]\s*[{CJK}]{{2,8}}?(?=记者|通讯员)")
_NAME_THEN_ROLES = re.compile(rf"^(?P<name>[{CJK}]{{2,4}})\s+(?P<rest>(?:记者|通讯员)\s*[{CJK}].*)$")
_WRITER_THEN_BYLINE = re.compile(rf"^文\s*(?:[/／]\s*摄)?\s*[/／:：]?\s*(?P<name>[{CJK}]{{2,4}}(?:\s+[{CJK}]{{2,4}}){{0,3}}?)\s+(?P<rest>(?:本[报刊台网])?[{CJK}]{{0,8}}(?:记者|通讯员).*)$")
# 某某报记者甲乙编辑丙校对丁: a paper's credits with every space lost, its reporters, editor and proofreader
_GLUED_CREDITS = re.compile(rf"(?P<medium>[{CJK}]{{2,10}}?(?:日报|晚报|报|网|社|台))记者(?P<names>[{CJK}]{{2,8}})"
                            rf"(?:责任)?编辑(?P<editor>[{CJK}]{{2,3}})(?:校对[{CJK}]{{2,3}})?")
# 某某日报评论员, 本报评论员: a paper's commentator, its pen and no person's
_COMMENTATOR = re.compile(rf"^(?P<medium>[{CJK}]{{2,12}}?(?:日报|晚报|报|网|社|台)|本[报刊台网])(?:特约)?评论员$")
# 某某报／ 记者某某／即时报导: a byline's parts split by full-width slashes, closed by where (or how) it
# was reported (the style of papers printed in traditional characters)
_SLASHED_BYLINE = re.compile(rf"^(?P<parts>[^／/]{{2,16}}(?:\s*／\s*[^／/]{{2,12}}){{0,2}}?)\s*／\s*[{CJK}]{{0,6}}(?:报导|报道)$")


def parse_byline_fields(line: str) -> list[tuple[str, str]] | None:
    """Fields of a byline: ("source", medium) and (role, name), role 记者 / 通讯员, or "byline"
    where the line names people without a role (中国某某报 张三).  None if it is no byline."""
    bare = _with_paper_restored(line.strip().lstrip(BULLETS).strip())
    # (each pattern below is tried only where a string every match of it holds stands: a slash, the
    # writer's mark 文 opening the line, 记者, the closing 评论员; most lines hold none)
    if ("/" in bare or "／" in bare) and (two := _PAPER_AND_APP.match(bare)) \
            and (by := parse_byline_fields(two["paper"] + bare[two.end():])):
        return by  # 某某日报/某某新闻记者 某某: the paper and its app, one reporter
    if bare.startswith("文") and (mark := _WRITER_MARK.match(bare)) and (posted := _POSTS_THEN_NAME.fullmatch(bare[mark.end():])) \
            and is_person_name(posted["name"]):
        return [("affiliation", posted["posts"]), ("author", posted["name"])]  # 文 | 某某市委常委、某某县委书记 某某
    if bare.startswith("文") and (first := _WRITER_THEN_BYLINE.match(bare)) and all(is_person_name(n) for n in first["name"].split()) \
            and (rest := parse_byline_fields(first["rest"])):
        return [("author", n) for n in first["name"].split()] + rest  # 文 某某 本刊记者 某某 通讯员 某某: the writer, then the reporters
    if "记者" in bare and (glued := _GLUED_CREDITS.fullmatch(bare)) \
            and (names := person_names(glued["names"]) or _glued_people(glued["names"])) and is_person_name(glued["editor"]):
        return [("source", glued["medium"])] + [("记者", n) for n in names] + [("editor", glued["editor"])]
    if bare.endswith("评论员") and (pen := _COMMENTATOR.fullmatch(bare)):
        return [("source", pen["medium"])] if not pen["medium"].startswith("本") else [("record", bare)]
    if "／" in bare and (slashed := _SLASHED_BYLINE.match(bare)) and BYLINE_ROLE.search(slashed["parts"]):
        # 某某报／记者某某／台北报导: medium, writer, where reported (记者手记／蹲点报道: a column's labels)
        fields = parse_byline_fields(re.sub(r"\s*／\s*", " ", slashed["parts"]))
        return fields if fields and all(is_person_name(v) or "·" in v for k, v in fields if k != "source") else None
    if _closes_with_title(bare) and (tail := _MEDIUM_AFTER_NAMES.search(bare)) and (by := parse_byline_fields(bare[:tail.start()])) \
            and not any(k == "source" for k, _ in by):
        return [("source", "《" + tail["medium"].strip() + "》")] + by  # 本刊记者 某某 《某某周刊》(: the magazine named after
    if bare.endswith("摄") and not bare.endswith("摄影"):
        # 本版图片由本报记者某某摄: who took the photos is no writer; 记者 张三 文 李四 摄: the rest may name one
        bare = re.sub(rf"(?:\s+文)?\s*[{CJK}·]{{2,8}}\s*摄$", "", bare).strip()
    # 某某/文 记者 某某/图: the writer's and the photographer's marks after their names (no photographer writes)
    # 某某 /文: the writer's mark after the name (checked once the photographer's mark is off)
    # (both marks need a slash, the commonest lines have none: the test spares them the scans)
    if "/" in bare or "／" in bare:
        bare = _PHOTO_CREDIT.sub("", bare).strip()
    credited = bare.endswith("文") and bool(_TEXT_CREDIT.search(bare))  # (bare is stripped: $ is its end)
    if credited:
        bare = _TEXT_CREDIT.sub("", bare).strip()
    if credited and (unit := _UNIT_BEFORE_NAME.search(bare)):
        bare = bare[unit.end():]  # 柳川镇 林小满 /文: the writer's unit, then the writer
    # 文/图 某报记者 张三 (or after): the writer took the photos too (after: bare is stripped, so its end is $)
    s = _BOTH_BY_AFTER.sub("", bare) if bare.endswith(("图", "文")) else bare
    s = _BOTH_BY.sub("", s) if s.startswith(("文", "图")) else s  # (the marks open the line)
    marked = len(s) < len(bare) or credited
    if "报道" in s or "发自" in s:  # what _REPORTED ends with; the test spares most lines the regex scan
        reported = _REPORTED.search(s)
        head = s[:reported.start()].rstrip() if reported else ""
        if reported and (reported.start() < max((r.end() for r in BYLINE_ROLE.finditer(s)), default=-1)
                         or (role := BYLINE_ROLE.search(head)) is not None and role.end() == len(head)
                         or s[reported.start() - 1:reported.start()] == "、" and not re.search(r"\s", head)):
            # (记者甲、乙报道, 记者 甲、乙报道: names, not where from; 记者甲 北京、上海报道 names where it was reported)
            s = re.sub(r"\s*报道\s*$", "", s)  # 记者甲通讯员乙报道: the last role and its name stay
        elif reported:
            s = s[:reported.start()]
    # (文/某某(本刊记者): the writer's mark before them; the role's brackets close the line)
    after = _ROLE_AFTER_NAME.match(_TEXT_MARK.sub("", s) if s.startswith("文") else s) if s.endswith((")", "）")) else None
    if after and is_person_name(name := after["name"].replace(" ", "")):
        medium = after["medium"] if after["medium"] and not after["medium"].startswith("本") \
            and after["medium"] not in word_set("reporter_kinds.txt") else None  # (文/某某(首席记者): a kind of reporter)
        return ([("source", reporters_paper(medium))] if medium else []) + [(after["role"], name)]
    if s.startswith("文") and s.endswith((")", "）")) and (writers := _writers_with_media(s)):
        return writers  # 文/甲(某某网) 乙(某某日报): the writers, each with the medium they write for
    glued = _NAME_THEN_OWN_PAPER.match(s) if "本" in s else None  # (本报记者, 本刊通讯员: the paper's own)
    if glued and is_person_name(glued["name"]) and (rest := parse_byline_fields(glued["rest"])):
        return [("byline", glued["name"])] + rest  # □某某本报记者某某: a writer's name glued to the reporter's byline
    medium = None
    m = _MEDIUM.match(s)
    if m and not (BYLINE_ROLE.match(s, m.end()) or m.end() < len(s) and s[m.end() - 1] == " " or m["quoted"]):
        m = _PAPER_WITH_APP.match(s) or m  # 某某日报某某新闻 张三: _MEDIUM's shortest name stops at the paper
    if m and (BYLINE_ROLE.match(s, m.end()) or m.end() < len(s) and s[m.end() - 1] == " " or m["quoted"]):
        # 《某某》记者 …: the medium keeps its title marks, so it is cited as a publication too
        medium, s = (f"《{m['quoted']}》" + (m["qsuffix"] or "")) if m["quoted"] else m["named"], s[m.end():]
        medium = None if medium.startswith("本") else medium  # 本报记者: the page's own paper
        s = _DATELINE.sub("", s)  # 《某某》某地讯 某某: where the report comes from is no writer
    else:
        # 川报观察记者 林凌: a medium without a medium's suffix, named by the role glued to it
        glued = _GLUED_MEDIUM.match(s) if _names_a_role(s) else None
        if glued and glued.group(1) in word_set("reporter_kinds.txt"):
            s, glued = s[glued.end():], None  # 特约记者, 首席记者: a kind of reporter, no medium
        if glued and _role_names(s[glued.end():]) and not BYLINE_ROLE.match(glued.group(1)):  # (记者甲|通讯员乙)
            # 本刊全媒体记者 某某: the page's own medium names no source; 某某日报全媒体记者: the paper's
            medium, s = (None if glued.group(1).startswith("本") else _without_kind(glued.group(1))), s[glued.end():]
    authors = _role_names(s) or _text_by(s)
    if authors is None and medium and BYLINE_ROLE.fullmatch(s.strip()):
        return [("source", medium)]  # 新华社记者: the medium's reporters, unnamed
    if authors is None and (medium or marked):
        s = _PHOTOS_BY.sub("", s) if marked else s  # 文 | 张三 图 | 李四: the photographer is no writer
        names = person_names(s)  # 文/图 张三 李四: the writer's mark names them as the writers
        authors = [("author" if marked else "byline", n) for n in names] if names else None
    if authors is None and not medium and line.lstrip()[:1] in BULLETS:
        # □ 某某县委党校 张三, □张三、李四: a printed byline, the writer's unit before the names or none
        authors = _bullet_byline(s)
    if not authors:
        return None if medium else _names_before_byline(s)
    return ([("source", reporters_paper(medium))] if medium else []) + authors


# 甲(某某网): a writer's name, then in brackets the medium the writer works for
_NAME_THEN_MEDIUM = re.compile(rf"(?P<name>[{CJK}]{{2,4}})\s*[（(](?P<medium>{_MEDIUM_NAME.pattern})[)）]")


def _writers_with_media(s: str) -> list[tuple[str, str]] | None:
    """文/甲(某某网) 乙(某某日报): after the writer's mark, each writer's name with their own medium in
    brackets (a magazine reprinting reporters of several media): the writers; their media are their
    units, none the source (the page names the magazine apart)."""
    mark = _TEXT_MARK.match(s)
    parts = re.split(r"[\s、，,]+", s[mark.end():].strip()) if mark else []
    found = [_NAME_THEN_MEDIUM.fullmatch(p) for p in parts]
    if not found or not all(m and is_person_name(m["name"]) for m in found):
        return None
    return [("author", m["name"]) for m in found]


def _closes_with_title(s: str) -> bool:
    """Whether ``s`` ends as every _MEDIUM_AFTER_NAMES match does: 》, then at most one bracket and
    spaces (its unanchored search tries every position of a line: a line citing 《…》 in its text,
    most of those holding 》, is spared the scan)."""
    end = s.rstrip()
    return end.endswith("》") or end.endswith(("(", "（", ")", "）")) and end[:-1].rstrip().endswith("》")


def _names_a_role(s: str) -> bool:
    """Whether ``s`` holds one of the roles _GLUED_MEDIUM looks ahead to (特约记者, 见习记者 hold 记者)."""
    return "记者" in s or "通讯员" in s or "实习生" in s or "采访人员" in s


# 大众网--大众日报, 农民日报·中国农网: a paper and its website or app named together
_PAPER_AND_SITE = re.compile(r"\s*(?:--|—+|-|·|•|/)\s*")


def reporters_paper(medium: str) -> str:
    """新某某-某某日报 记者 甲: the paper of a reporter's medium named with the paper's site or app (the
    reporter works for the paper); any other medium as written."""
    parts = _PAPER_AND_SITE.split(medium)
    papers = [p for p in parts if p.rstrip("》").endswith("报")]
    return papers[0] if len(parts) == 2 and len(papers) == 1 else medium


_ROLE_AFTER_NAMES = re.compile(r"\s(?=(?:记者|通讯员)\s)")
_DATELINE = re.compile(rf"^\s*[{CJK}]{{2,6}}讯\s+")


def _bullet_byline(s: str) -> list[tuple[str, str]] | None:
    """□ 某某县委党校 张三, □张三、李四, □张三 记者 李四: the writer's unit before the names or none,
    and a reporter after them."""
    role = _ROLE_AFTER_NAMES.search(s)
    if role and (reporters := _role_names(s[role.end():])):
        return [("byline", n) for n in person_names(s[:role.start()]) or []] + reporters
    names = person_names(s) or []
    return unit_and_names(s) or [("byline", n) for n in names if not any(map(_OFFICE_END.search, names))] or None


# 陈某 范 某 某某日报记者 李某: a paper's own writers named before its reporter's byline (某报·某客户端记者 too,
# and 某某日报全媒体记者: the kind of reporter between the medium and the role)
_REPORTER_KIND = "(?:" + "|".join(sorted(word_set("reporter_kinds.txt"), key=len, reverse=True)) + ")"
_LATER_BYLINE = re.compile(rf"\s+(?=[{CJK}]{{1,12}}?(?:{_MEDIUM_SUFFIX}|在线)(?:[·•][{CJK}]{{2,6}}?)?{_REPORTER_KIND}?(?:记者|通讯员))")


def _names_before_byline(s: str) -> list[tuple[str, str]] | None:
    m = _LATER_BYLINE.search(s) if "记者" in s or "通讯员" in s else None  # (the roles it looks ahead to)
    names = person_names(s[:m.start()]) if m else None
    rest = parse_byline_fields(s[m.end():]) if names else None
    return [("byline", n) for n in names] + rest if rest else None


def _without_kind(medium: str) -> str:
    """某某日报全媒体 -> 某某日报: the kind of reporter written between the medium and the role."""
    kind = max((k for k in word_set("reporter_kinds.txt") if medium.endswith(k) and len(medium) > len(k) + 1), key=len, default="")
    return medium[:len(medium) - len(kind)]


# 某某县委组织部 张三: a unit, then the name(s) of who wrote for it
_UNIT_THEN_NAMES = re.compile(rf"^(?P<unit>[{CJK}]{{3,20}}?(?:[县区市局办部委镇乡所站室科处]|党校|大学|学院|研究院|中心))\s+(?P<names>[^\s].*)$")
# …。(柳川镇 某某): a signature in brackets opening with a town or county of two characters and its level
# word, which a family name may also open (柳): a town signs far more often than a person named 某某镇
_TOWN_FIRST = re.compile(rf"^(?P<unit>[{CJK}]{{2}}(?:镇|乡|县))\s+(?P<names>[^\s].*)$")


def unit_and_names(s: str) -> list[tuple[str, str]] | None:
    """[("affiliation", unit), ("byline", name), …] for a unit followed by people's names only, else None."""
    m = _UNIT_THEN_NAMES.match(s.strip())
    names = person_names(m["names"]) if m else None
    return [("affiliation", m["unit"])] + [("byline", n) for n in names] if names else None


# the last character of an office's or a place's name, which no person's name ends with here
_OFFICE_END = re.compile(r"[县区市局办会所站部委镇乡村]$")


def _glued_names(run: str) -> list[str] | None:
    """Names of two or three characters printed without a space between them, each opening with a
    family name and none ending like an office (高新区|管委会): the first cut found trying three
    characters before two (Chinese names mostly have three), else None."""
    single = _surnames()[0]
    if len(run) < 2:
        return [] if not run else None
    for size in (3, 2):
        if len(run) >= size and run[0] in single and not _OFFICE_END.search(run[:size]):
            rest = _glued_names(run[size:])
            if rest is not None:
                return [run[:size]] + rest
    return None


def glued_names_line(s: str) -> list[str] | None:
    """侯伟生张曾 on a line of its own under the headline: two or three writers printed without a
    space, one of three characters, each a person's name and no word, each ending where the segmenter
    cuts too (not 唐诗宋词, 孔雀东南飞, 毛主席来过, 王府井大街)."""
    from itertools import accumulate

    from pipeline.nlp.segment import get_segmenter

    run = s.strip()
    names = _glued_pair(run)
    if not names or not any(len(n) == 3 for n in names) or plain_word(run):
        return None
    cuts = set(accumulate(len(w) for w in get_segmenter().cut(run)))
    ok = set(accumulate(map(len, names))) <= cuts \
        and all(is_person_name(n) and not plain_word(n) and not _STREET_END.search(n) for n in names)
    return names if ok else None


_STREET_END = re.compile(r"[街路道巷港湾桥井]$")  # (王府井大街: a street, whatever its first characters look like)


def _glued_pair(run: str) -> list[str] | None:
    """(某某某某某): two or three names printed as one run in a byline's brackets."""
    names = _glued_names(run) if re.fullmatch(f"[{CJK}]{{4,9}}", run) else None
    return names if names and len(names) >= 2 else None


# (共享联盟某某站: a medium's station in a county, its staff named after it)
_UNIT_NAME = re.compile(rf"[{CJK}]{{2,}}(?:人民政府|政府|委员会|办公室|组织部|宣传部|中心|党委|党工委)$|[{CJK}]{{3,}}站$")
_EDITOR_AFTER = re.compile(r"\s+(?:编辑|责编|审核|校对)\s*[/／:：|｜]")


# The characters BYLINE_ROLE's matches open with (本报记者, 记者, 通讯员, 特约…, 实习…, 摄影, 绘图, …)
_ROLE_OPENINGS = frozenset("本记通特实见融采报摄插漫制绘")


# 记者甲 象山记者站乙 丙: a reporter of the paper's station in a county, its name glued before his (the role
# 记者 went before the first name; the station's 记者 would cut 站 onto the name)
_STATION_BEFORE_NAME = re.compile(rf"(?<=\s)[{CJK}]{{2,6}}记者站(?=[{CJK}]{{2,4}}(?:\s|$|[)）]))")


def _role_names(s: str) -> list[tuple[str, str]] | None:
    """记者 孟航 李彤彤 通讯员 吴佳璘 -> [(记者, 孟航), …]; None unless the whole text is that."""
    if s[:1] not in _ROLE_OPENINGS or not BYLINE_ROLE.match(s):
        return None
    if "记者站" in s:
        s = _STATION_BEFORE_NAME.sub(" ", s)  # 记者甲 某地记者站乙: the paper's station is no part of the name
    parts = BYLINE_ROLE.split(s)
    out: list[tuple[str, str]] = []
    # parts: ["", role, names, role, names, ...]
    for k, (role, names) in enumerate(zip(parts[1::2], parts[2::2])):
        names = _EDITOR_AFTER.split(names)[0]  # 通讯员|某某 编辑|某某: the editor is no writer
        items = split_names(names.strip(" :：/|｜"))
        units = [bool(_UNIT_NAME.search(n) or _PLACE_WORD.fullmatch(n) or _UNIT_SIGNATURE.fullmatch(n)) for n in items]
        unit = units.index(True) if True in units else len(items)
        found = [n for n, u in zip(items, units) if not u]  # 通讯员 某镇人民政府 某某: the unit is no writer
        # 记者 甲 某县委宣传部 乙: the names after another unit's name are that unit's, not the role's
        unit_staff = set(items[unit + 1:]) if 0 < unit < len(items) else set()
        if ("," in names or "，" in names) and any(ordinary_words(n) for n in found):
            return None  # 记者了解到,目前,…: a sentence about what the reporter learnt, no names
        if 2 * k + 3 < len(parts) and len(found) > 1 and not is_person_name(found[-1]):
            found = found[:-1]  # 记者 甲 南方周末实习生 乙: the next role's medium, no person
        if len(found) == 1 and 5 <= len(found[0]) <= 12:
            found = _glued_names(found[0]) or found  # 记者甲乙丙丁戊: names printed as one run
        for n in found:
            if not re.fullmatch(f"[{CJK}]{{2,5}}|[{CJK}]{{1,6}}·[{CJK}·]{{1,12}}", n):
                return None
            if len(n) >= 4 and not is_person_name(n) and ordinary_words(n):
                continue  # 在线荐稿 记者博客 联系记者: a site's buttons, glued (博客|联系 are words, no name)
            if not role.startswith(_NOT_WRITERS):  # a photographer or an illustrator is no author
                out.append(("byline" if role in ("实习生", "报道组") or n in unit_staff
                            else "记者" if "记者" in role or role == "采访人员" else "通讯员", n))
    return out or None


# 文/张三 图/李四: the writer is an author; the photographer is not.
# (文丨张三, 文 | 张三 图 | 李四: a bar for the slash, as official accounts print it)
_TEXT_BY = re.compile(r"^(?:文|撰文|文字)\s*[/／:：|｜丨]\s*(?P<names>[^/／:：|｜丨]+?)(?:\s+(?:图|摄影|摄)\s*[/／:：|｜丨].*)?$")


# 半月谈评论员 甲 乙, 本报特约评论员 甲: a paper's commentators, who write the piece
_COMMENTATORS = re.compile(rf"^[{CJK}]{{0,12}}?(?:特约)?评论员\s+(?P<names>.+)$")


def _text_by(s: str) -> list[tuple[str, str]] | None:
    # (文/, 撰文:, 文字: open the line; a commentator's line holds 评论员)
    m = s.startswith(("文", "撰")) and _TEXT_BY.match(s) or "评论员" in s and _COMMENTATORS.match(s)
    names = person_names(m["names"]) if m else None
    return [("author", n) for n in names] if names else None


@lru_cache(maxsize=1)
def _surnames() -> tuple[frozenset[str], frozenset[str]]:
    names = word_list("surnames.txt")
    return frozenset(n for n in names if len(n) == 1), frozenset(n for n in names if len(n) == 2)


def family_names() -> frozenset[str]:
    """The one-character family names of resources/surnames.txt (张, 王; not the compound 欧阳)."""
    return _surnames()[0]


_PUBLICITY_SIGN = "组宣"  # 某组宣: an organisation department's publicity office signing (纪宣 is a given name too: 王纪宣)


_TWO_TO_FOUR_HAN = re.compile(f"[{CJK}]{{2,4}}")
_NOT_IN_NAMES = re.compile(f"[^{CJK}·、,，;；+＋ ]")  # (a character no line of names holds)
_NAME_SHAPE = re.compile(f"[{CJK}·]{{2,4}}")


def is_person_name(s: str) -> bool:
    """Two to four Chinese characters opening with a family name (resources/surnames.txt)."""
    single, double = _surnames()
    if not _TWO_TO_FOUR_HAN.fullmatch(s) or s[-1] in "县区市网" or s.endswith(_PUBLICITY_SIGN):
        return False  # (蒙城县, 龙岗区: a place's name, 东南网 a site's; no given name ends so; 某组宣: an
        # organisation department's publicity office signing for it)
    return s[:2] in double and len(s) >= 3 or s[0] in single and len(s) <= 3


def person_names(s: str) -> list[str] | None:
    """A line that is only people's names (罗某某,江 某 / 徐某 陈某某) -> the names, else None.

    Most of them must open with a family name; one alone must, and be a usual length.  A list
    bullet before them (■ 徐某 陈某) is page furniture."""
    s = s.strip().lstrip(BULLETS).strip()
    if not s or len(s) > 40 or _NOT_IN_NAMES.search(s):
        return None
    names = split_names(s)
    if not names or not all(_NAME_SHAPE.fullmatch(n) for n in names):
        return None
    if ("+" in s or "＋" in s) and any(plain_word(n) for n in names):
        return None  # 党建+金融, 方小禾 +关注: a programme's label, a button (names joined by + are names only)
    if all(_common_word(n) for n in names) or any(BYLINE_ROLE.fullmatch(n) or n in _CREDIT_WORDS for n in names):
        return None  # 文章, 方向: a page's tab or label, though 文 and 方 are family names (江河 among names is one); 记者 甲 乙: a byline
    unknown = sum(not is_person_name(n) for n in names)
    return names if unknown == 0 or len(names) >= 3 and unknown == 1 else None


def _word_of_the_dictionary(w: str) -> bool:
    """A word jieba's dictionary holds (苏州, 周二; a person's name of two characters mostly is not)."""
    from pipeline.nlp.segment import is_general_word

    return is_general_word(w)


def _common_word(w: str) -> bool:
    """A frequent word of the general dictionary (names of people are not in it)."""
    from pipeline.nlp.segment import is_common_word

    return is_common_word(w, 500)


def ordinary_words(s: str) -> bool:
    """Whether ``s`` reads as frequent ordinary words only (调研|中国, 工作动态, 久久为功), as no
    person's or account's name does."""
    from pipeline.nlp.segment import get_segmenter

    return all(_common_word(w) for w in get_segmenter().cut(s))


def phrase_not_name(s: str) -> bool:
    """A run of words, not a name jieba knows: one word of the dictionaries not tagged a name
    (乡村振兴, 未完待续; 阿依古丽 is tagged a person's), or one holding a frequent two-character
    word (实地|观摩, 扫码|关注; a transcribed name's parts are rare: 扎西|多吉)."""
    from pipeline.nlp.segment import get_segmenter, is_proper_name

    seg = get_segmenter()
    if plain_word(s):
        return True
    return any(len(w) == 2 and seg.frequency(w) >= 200 and not is_proper_name(w) for w in seg.cut(s))


def proper_names_only(s: str) -> bool:
    """A short line of names jieba tags as places or people only (广西贺州: a page's SEO label)."""
    from pipeline.nlp.segment import get_segmenter, is_proper_name

    return len(s) <= 10 and all(is_proper_name(w) for w in get_segmenter().cut(s.strip()))


def plain_word(s: str) -> bool:
    """One word of the dictionaries, not tagged a name (村官, 乡村振兴; not 沉思怡, not 阿依古丽)."""
    from pipeline.nlp.segment import get_segmenter, is_proper_name

    return get_segmenter().frequency(s) > 0 and not is_proper_name(s)


# What every _COUNTER match holds: each alternative from its lookbehind (if any) to its first digit or
# its label, in the same order (a line where this finds nothing, most lines, is spared the slower scan)
# (it opens with a lookahead for the first characters of its alternatives: a search rejects most
# positions at one character instead of trying every alternative there)
_COUNTER_CUE = re.compile(r"(?=[\d星礼次浏阅点评转收|｜日])"
                          r"(?:\d:\d\d(?::\d\d\d|\s*[(（]\d)|星期|礼拜|\d[\d,]*\s*次|次(?:浏览|阅读|点击)"
                          r"|(?:浏览|阅读|点击|评论|点赞|转发|收藏)(?:次数|量|数)?\s*[:：]?\s*\d|[|｜]\s*\d|日\s*\d{1,2}\s*时)")
# Weekdays and view counters printed on a dateline: 星期一 (its day cut off at the line's end),
# 0次浏览, 浏览次数:9773, 阅读:1,024 (…云平台次阅读: the count a script never filled in).
_COUNTER = re.compile(r"(?<=\d:\d\d:\d\d)\d{1,5}(?=\s|$)|(?<=\d:\d\d)\s*[(（]\d{1,7}[)）]$|(?:星期|礼拜)(?:[一二三四五六日天]|(?=\s)|$)|\d[\d,]*\s*次(?:浏览|阅读|点击)|(?<![\d\s])\s*次(?:浏览|阅读)(?=\s|$)|(?<=\s)\d[\d,]*\s*次$|(?:浏览|阅读|点击|评论|点赞|转发|收藏)(?:次数|量|数)?\s*[:：]?\s*\d[\d,]*\s*次?"
                      r"|(?<=\s)[|｜]\s*\d{1,6}(?=\s|$)"  # (小编: |0 点击:1364: an icon's count after its bar, the icon lost)
                      r"|(?<=日)\s*\d{1,2}\s*时\s*\d{1,2}\s*分(?:\s*\d{1,2}\s*秒)?(?=\s|$)")  # (2013年08月14日 16时56分: the time in words)
# what a counter's line leaves once its count is out: bars and spaces only (星期一 alone, no count, stays as it was)
_COUNTER_LINE = re.compile(r"[\s|｜]*")
# A periodical and its issue, the way journals print their source: 某某战线 2020年5期.
# 某刊 2014年12期, 某刊·上 2014年12期 (the first half-month's edition): the periodical and its issue
PERIODICAL = re.compile(rf"^《?(?P<src>[{CJK}]{{2,12}}(?:[(（](?![上下]半月)[{CJK}]{{2,4}}[)）])?)》?(?:[·•][上中下]|[(（][上下]半月[)）])?\s*(?:19|20)\d{{2}}\s*年?\s*(?:第\s*)?\d{{1,3}}\s*期$")  # (某某(黑龙江): a province's edition)
_MONTHS_ISSUE = re.compile(rf"^(?P<y>(?:19|20)\d{{2}})\s*年\s*(?P<m>\d{{1,2}})\s*月\s*《(?P<src>[{CJK}]{{2,12}})》\s*(?:[上中下]旬刊|[上下]半月刊|月刊)$")
# 标题 某某日报 | 2025-08-04: an e-paper's line of the headline, its paper and its day
_TITLE_PAPER_DATE = re.compile(rf"^(?P<title>\S.{{5,80}}?)\s+(?P<src>[{CJK}]{{2,10}}(?:日报|晚报|早报|报))\s*[|｜]\s*"
                               r"(?P<date>(?:19|20)\d{2}-\d{1,2}-\d{1,2})$")
# 标题 2024年09月02日 某某日报 A01版 要闻: an e-paper's line of the headline, its day, paper, page and section
# (本文原刊发于 2024年09月02日 某某日报 05版: a reprint's credit, no headline)
_TITLE_DATE_PAPER_PAGE = re.compile(rf"^(?!本文|原文|原载|转载|转自|刊发于|首发于|发表于|刊登于)(?P<title>\S.{{5,80}}?)\s+(?P<date>(?:19|20)\d{{2}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)"
                                    rf"\s+(?P<src>[{CJK}]{{2,10}}报)\s+第?\s*[A-Z]?\d{{1,3}}\s*版(?:\s*[:：]?\s*[{CJK}·]{{1,8}})?$")
# 甲、乙 丙 《某某日报》(日期 04 版): the writers before the paper's page (a portal's line under the headline)
_NAMES_BEFORE_PAPER = re.compile(rf"^(?P<names>[{CJK}]{{2,4}}(?:[、\s]+[{CJK}]{{2,4}}){{0,7}})\s+(?P<paper>《.*)$")
# 《某某日报》(2018年8月1日,第11版): the paper, the day and the page an article was printed on (《 某某报 》
# ( 2015年10月25日   01 版): a portal sets the paper's name apart inside its brackets)
# 某某日报/2025 年/4 月/16 日/第 005 版: an e-paper's path to the page, the paper and its day (某某日报(汉)/…:
# the edition's language, after the paper's name)
_EPAPER_PATH = re.compile(rf"^(?P<src>[{CJK}]{{2,12}}报)(?:\s*[(（][{CJK}]{{1,3}}[)）])?\s*/\s*(?P<y>(?:19|20)\d{{2}})\s*年\s*/\s*(?P<m>\d{{1,2}})\s*月"
                          r"\s*/\s*(?P<d>\d{1,2})\s*日\s*/\s*第\s*\d{1,3}\s*版")
PAPER_PAGE = re.compile(rf"^《\s*(?P<src>[{CJK}]{{2,12}})\s*》\s*[(（]\s*(?P<date>(?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}日)"
                        r"\s*[,，]?\s*第?\s*\d{1,3}\s*版\s*[)）]$")
# 某某日报 2023年4月5日 第3版, 某某日报 | 2023-04-05 | 第03版:要闻: an e-paper's line of the paper, day and page
_PAPER_DAY_PAGE = re.compile(rf"^《?(?P<src>[{CJK}]{{2,12}}报)》?\s*[|｜]?\s*(?P<date>(?:19|20)\d{{2}}(?:\s*年\s*\d{{1,2}}\s*月"
                             r"\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2}))\s*[|｜]?\s*第\s*[A-Z]?\d{1,3}\s*版(?:\s*[:：(（]\S{1,12})?$")
# 某某日报 2月19日 A1版 作者 某某: an e-paper's line of the paper, day, page and writer (a day without its
# year dates nothing)
_PAPER_DAY_BYLINE = re.compile(rf"^(?P<src>[{CJK}]{{2,12}}报)\s+(?P<date>(?:(?:19|20)\d{{2}}\s*年\s*)?\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)"
                               r"(?:\s+第?\s*[A-Z]?\d{1,3}\s*版)?\s+(?P<by>(?:作者|记者|通讯员)\s*[:：]?\s*\S.*)$")
# 《某某日报》2005年6月27日: a reprint's line of the paper in title marks and the day it printed the article
# (not a document: 《关于…的通报》, 《工作简报》)
_TITLED_PAPER_DAY = re.compile(rf"^《(?P<src>(?!关于)[^《》的]{{2,12}}(?<![通简汇公情年])报)》\s*(?P<date>(?:19|20)\d{{2}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)$")
# (责任编辑 张某) / 【编辑 李某】: an editor line printed without a colon.
EDITOR_LINE = re.compile(r"^(?:[（(【\[]\s*(?:责任编辑|责编|编辑)\s+(?P<names>[^（()）】\]]+?)\s*[)）】\]]"
                         r"|本文(?:责任编辑|责编|编辑)\s*/\s*(?P<names2>\S{2,8}))$")  # (责任编辑 某某), 本文责编/某某
# 原载于《某某报》…, 转自《某某报》: where the article first ran, its source
_REPRINTED_FROM = re.compile(r"^(?:本文)?(?:原载于?|原文载于|原刊于?|转载自|转自)\s*[:：]?\s*《(?P<src>[^《》]{2,16})》")
# 《…》由某某网提供，转载请注明出处: a closing credit naming the article and its provider
_CREDIT_LINE = re.compile(rf"^《(?P<title>[^《》]{{6,80}})》\s*由\s*(?P<src>[^\s，,。《》:：]{{1,20}}?{_MEDIUM_SUFFIX}(?:-[^\s，,。]{{2,12}})?)"
                          r"\s*(?:独家)?(?:提供|发布|首发)\s*[，,。;；]\s*(?:转载|转发|引用)[^，,。]{0,4}(?:注明|标明)")
# 某某大学某某学院 扬州 225007: a journal's line of the writer's unit, city and postcode
_POSTAL_UNIT = re.compile(rf"^(?P<val>[{CJK}]{{4,30}})\s+[{CJK}]{{2,4}}(?:市)?\s*\d{{6}}$")
_INNER_URL = re.compile(r"(?<=\s)(?:(?:https?://|www\.)[\x21-\x7e]+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org)(?:/[\x21-\x7e]*)?)(?=\s|$)")
_KEYED_SOURCE = re.compile(rf"(?:本文|文章|稿件|信息)?(?:来源|来自|稿源|出处)\s*[:：]\s*[^\s:：]{{2,20}}")  # 来源:某某
# 某某网(www.example.cn) 发布时间:…: the site's address in brackets after its name
_BRACKETED_URL = re.compile(r"[(（]\s*(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org)/?\s*[)）]")
# Placeholders for an unknown source; a crawler sometimes glues the next line (the headline) on.
_NO_SOURCE = re.compile(r"^(?:不详|未知|佚名|暂无)(?P<rest>.*)$")
# Government disclosure pages print a table: 索引号 | … | 发布机构 | … | 生成日期 | … |.
_TABLE_KEYS = dict(word_table("disclosure_table_labels.tsv"))


def _without_buttons(s: str) -> str:
    """2007年7月6日 收藏 打印 推荐: the page's buttons around its date are no part of the field."""
    # the (start, end) of each word; a line without a space in it (most lines) is one word, no scan needed
    words = [(0, len(s))] if s.split(None, 1) == [s] else [m.span() for m in _WORD.finditer(s)]

    def label(i: int) -> str:  # (only the words at either end are read: a long line's others never are)
        # (参与互动(3) | 【编辑:某某】 |: the bars between buttons; 上一版3 4下一版: a pager's buttons with
        # the page numbers glued on; 我要评论(0))
        start, end = words[i]
        return _button_label(s[start:end].strip("【】[]|｜"))

    furniture = word_set("page_furniture.txt")
    while len(words) > 1 and ((end_label := label(len(words) - 1)) in furniture or not end_label):
        words.pop()  # (【 】 【打印: an empty button too)
    # 只看楼主 倒序阅读 0 发表于:…: a forum's buttons, and the counts after them, before the post's time
    first = 0
    while first < len(words) - 1 and ((first_label := label(first)) in furniture or first and first_label.isdigit()):
        first += 1
    if not words:
        return s
    last_start, last_end = words[-1]
    last = s[last_start:last_end].rstrip("】]0123456789")
    glued = next((b for b in _GLUED_BUTTONS if last.endswith(b) and len(last) > len(b)), "") if last.endswith(_GLUED_BUTTONS) else ""
    end = last_start + len(last) - len(glued) if glued else last_end
    return s[words[first][0]:end]  # (责任编辑:某某我来说两句: a button glued on)


_WORD = re.compile(r"\S+")
_BUTTON_COUNT = re.compile(r"[(（]\d*[)）]$")


def _button_label(label: str) -> str:
    """我要评论(0) -> 我要评论, 上一版3 -> 上一版: a button's label without the count after it."""
    # (the count's brackets close the label: a label ending otherwise needs no scan)
    bare = _BUTTON_COUNT.sub("", label) if label.endswith((")", "）")) else label
    return bare.strip("0123456789") or label


# buttons a crawl glues to the field before them (not 微信公众号, 官方微博: the ends of media's names)
_GLUED_BUTTONS = ("我来说两句", "我要评论", "发表评论", "打印本页", "关闭窗口", "返回顶部", "返回列表")


_ORIGINAL_MARK = re.compile(r"(?<=[报网台社刊号端])\s+(?:原创|转载)$")  # (某某 转载: who reposted it, kept)
_BRACKETED_DAY = re.compile(r"[\[［]\s*((?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2})\s*[\]］]")
_MEMBER_POSTED = re.compile(r"^(?P<who>[^\s:：]{1,20})\s+发表于\s*[:：]?\s*(?P<day>(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)"
                            r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_POSTED_FROM = re.compile(r"\s*来自\s*[:：]?\s*[^\s|]+")
_PUBLISHED_IN = re.compile(rf"(?:^|(?<=[\s(（【|｜,，]))(?:本文|原文|此文)?(?:原)?(?:刊)?发表于\s*[:：]?\s*(?=《|[{CJK}]{{1,12}}?{_MEDIUM_SUFFIX}(?![{CJK}]))")
# A post's region after its day (发表于浙江, IP属地:上海): the place the account posted from, no field
_POSTER_REGION = re.compile(rf"\s*(?:IP\s*属地\s*[:：]?\s*[{CJK}]{{2,12}}|发表于\s*(?:[{CJK}]{{2,4}}(?<![报网台社刊])"
                            rf"|[{CJK}]{{2,10}}(?:省|市|区|县)))\s*$")  # (发表于某某日报: a medium, kept)
_DAY_THEN_PROVINCE = re.compile(rf"^(?P<day>(?:19|20)\d\d[-./]\d{{1,2}}[-./]\d{{1,2}}(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?)\s*(?P<place>[{CJK}]{{2,4}})$")
_PROVINCE_SHORT = word_set("province_short_names.txt")
_FORUM_PRINT = re.compile(r"^Title:\s*(?P<title>.+?)\s+Post(?:ed)? by:\s*(?P<user>\S+)\s+on\s+"
                          r"(?P<month>[A-Z][a-z]{2,8})\.? (?P<day>\d{1,2}), (?P<year>\d{4})", re.IGNORECASE)


_FORUM_TOPIC = re.compile(r"^Topic:\s*(?P<title>.+?)\s*\(Read \d+ times\)$")
_ENGLISH_DAY = re.compile(r"(?P<month>[A-Z][a-z]{2,8})\.? (?P<day>\d{1,2}), (?P<year>(?:19|20)\d\d)(?:,? \d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?")


def _english_date(m: re.Match[str]) -> str:
    """June 30, 2017 -> 2017-06-30 ("" for a day the calendar lacks: February 30); a month's name not
    known, the year alone."""
    month = month_number(m["month"])
    return (iso(int(m["year"]), month, int(m["day"])) or "") if month else m["year"]


def _day(day: str) -> str:
    """A dateline's day in ISO form, or "" for one the calendar lacks (2021-13-05, 2021-04-31): the line
    stays a dateline, and dates nothing (its text is no date to keep)."""
    return iso_date(day) or ""


# 文章来源: 某某周刊 于 2025-05-10 06:49:46 - 新闻取自各大新闻媒体…: the source, "at" the time it was
# taken, then the site's disclaimer behind a dash
_SOURCE_AT_TIME = re.compile(rf"^(?:文章|稿件)?来源\s*[:：]\s*(?P<src>[^\s:：]{{2,20}}?)\s*[于於]\s*"
                             rf"(?P<date>{DATETIME.pattern})(?:\s+[-－—]\s+\S.*)?$")
# (a few characters of a forum's anti-scraping filler may follow it)
_DATED_QUOTED_PAPER = re.compile(r"^(?P<head>(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d\d(?::\d\d)?)?)\s*"
                                 r"《(?P<src>[^《》\s]{2,12}(?:报|刊|网|社))》[\x21-\x7e]{0,3}$")
_EPAPER_WORDS = "(?:数字报纸|数字报刊平台|数字报刊|数字报|电子版|电子报)"  # a paper's site, after the paper's name
_EPAPER_TAIL = re.compile(rf"(?<=报){_EPAPER_WORDS}$")  # 某某日报数字报: the paper
_EPAPER_BANNER = re.compile(rf"^(?P<src>[{CJK}]{{1,10}}报)\s*{_EPAPER_WORDS}$"
                            rf"|^(?P<paper>[{CJK}]{{1,8}}(?:日报|晚报|早报|时报))\s*新媒体$")  # (not 办好县级党报新媒体)


_BRACKETED_KEY = re.compile(r"【\s*(?P<key>[^】\s]{1,6})\s*】\s*(?=\S)")


def bracketed_key(s: str) -> tuple[str, str] | None:
    """【来源】某某客户端, 【记者】某某: a field's key in brackets, no colon after it: (key, value)."""
    m = _BRACKETED_KEY.match(s) if s.startswith("【") else None
    return (m["key"], s[m.end():]) if m else None


# 某某农民报 alone on its line (over the day and the page, 第01版), or named in the masthead's registration
# line (国内统一刊号:CN 00-0000 某某日报社出版): the paper, by a newspaper's own ending (申报, 举报, 黑板报 are
# none; 某某日报数字报 is the e-paper's banner, read below); 《某某人事报》 in its title marks as well
_PAPER_ALONE = re.compile(rf"(?P<open>《)?(?P<paper>[{CJK}]{{2,8}}?(?:日报|晚报|早报|时报|商报|导报|农民报|青年报|法制报|法治报|经济报|科技报|人事报|工人报)"
                          rf"|[{CJK}]{{2,4}}都市报)(?(open)》)")  # (燕赵都市报; 办好人民满意的都市报 is a headline)
# Rows of a site's template that give the day (and a writer) with no key: a Q&A site's count of answers
# (共3个回答 2023-04-02 某某), a blog's writer, day, column, views and comments (某某 2023-04-02 10:15:00 某栏目
# 7 ℃ 0 评论), a document site's day, downloads, size and pages (2023-05-18 1.2万 3.6MB 12 页)
_ANSWERS_ROW = re.compile(rf"共\d+个回答\s+(?P<day>{DATETIME.pattern})\s+\S{{1,16}}")
_ONE_ANSWER_ROW = re.compile(rf"第\d+个回答\s+(?P<day>{DATETIME.pattern})(?:\s+\S{{1,16}})?")  # (第1个回答 2023-04-02: one answer's day)
_BLOG_ROW = re.compile(rf"(?P<who>[{CJK}A-Za-z\d]{{2,8}})\s+(?P<day>{DATETIME.pattern})\s+\S{{2,12}}\s+\d+\s*℃\s+\d+(?:\s*评论)?")  # (评论, a button, may be gone;
# 某市 2025-01-05 多云 3 ℃, a weather box, has no count of comments)
_DOC_SITE_ROW = re.compile(rf"(?P<day>{DATETIME.pattern})\s+\S{{1,6}}\s+\d+(?:\.\d+)?\s*[KMG]B\s+\d+\s*页(?:\s+\S{{1,4}})?")


def _template_row(s: str) -> list[tuple[str, str]] | None:
    if "回答" in s and (m := _ANSWERS_ROW.fullmatch(s) or _ONE_ANSWER_ROW.fullmatch(s)) or "B" in s and (m := _DOC_SITE_ROW.fullmatch(s)):
        return [("date", _day(m["day"]))]
    if "℃" in s and (m := _BLOG_ROW.fullmatch(s)):
        return [("date", _day(m["day"]))] + ([("byline", m["who"])] if not _MEDIUM_NAME.fullmatch(m["who"]) else [])
    return None


_FOLLOW_TO_READ = re.compile(rf"关注(?:微信)?公众号\s*[,，、]?\s*随时(?:随地)?阅读\s*(?P<paper>[{CJK}]{{2,10}}(?:报|刊))")
_PRODUCED_BY = re.compile(rf"(?P<src>[{CJK}]{{2,10}}?{_MEDIUM_SUFFIX}(?:新媒体|融媒体|全媒体)?(?:中心|部)?)\s*(?:出品|制作|监制)")
# 新某某-某某日报精选: a city's site and the paper whose articles it carries, alone on a line under the headline
_SITE_CARRIES_PAPER = re.compile(rf"[{CJK}]{{2,8}}\s*[-—]\s*(?P<paper>[{CJK}]{{2,6}}(?:日报|晚报|早报|时报|商报|导报))(?:精选|精编|选编)?")  # (not …-典型案例通报)
_PAPER_MASTHEAD = re.compile(rf"(?:国内统一|国际标准)(?:连续出版物)?刊号.{{0,40}}?(?P<paper>[{CJK}]{{2,10}}报)社?出版")


# 某某网站 www.… | 发布:2010-06-30 | 来源: | 作者:: fields split by bars, the source's left empty
_BARRED_FIELDS = re.compile(r"\s+[|｜]\s*(?=(?:发布|来源|作者|时间|日期|编辑|责任编辑|点击|浏览)[^|｜]{0,3}[:：])")
_BAR_BEFORE_DAY = re.compile(r"[|｜]\s*(?:19|20)\d{2}[-/.年]")  # 新闻资讯 | 2023-05-01 06:45: a column's label, then the day
_EMPTY_SOURCE = re.compile(r"来源\s*[:：]\s*(?:$|[|｜]|\s{2}|(?:作者|编辑|责任编辑)\s*[:：])")


# 2018-08-12 06:36 | 某某日报, … | 某某发布: the day, then the medium (a city's account: 某某发布) behind a bar
_ACCOUNT_NAME = re.compile(rf"[{CJK}]{{2,4}}发布")
_DAY_BAR_MEDIUM = re.compile(rf"\s*(?P<day>(?:19|20)\d{{2}}-\d{{1,2}}-\d{{1,2}})(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?\s*[|｜]\s*"
                             rf"(?P<src>[{CJK}]{{2,12}})\s*")


# 168体育官网, 某某娱乐官方网站: a betting site's brand a hijacked page writes where the site's or its city's
# name stood (168体育官网某某网-168体育官网日报): no name of a medium, and what it replaced is lost
BETTING_BRAND = re.compile(rf"[A-Za-z\d]{{2,8}}(?:体育|娱乐|棋牌)(?:官方网站|官网)(?:登录|入口|首页)?")  # (not 某某体育官网 as a source)


@lru_cache(maxsize=1)
def _betting_brand_head() -> re.Pattern[str]:
    """A value opening with a betting site's brand (resources/betting_brands.txt), any case."""
    return re.compile("(?:" + alternation(word_list("betting_brands.txt")) + ")", re.IGNORECASE)


_BRACKETED_WRITER_MARK = re.compile(r"[(（]\s*文\s*[:：/／]")


def parse_meta_line(line: str) -> list[tuple[str, str]] | None:
    """Fields of a metadata line, or None if the line is ordinary text."""
    if "》" in line and (cited := _NAMES_BEFORE_PAPER.match(line.strip())):
        names = re.split(r"[、\s]+", cited["names"])
        rest = PAPER_PAGE.match(cited["paper"]) and parse_meta_line(cited["paper"])
        from pipeline.nlp.segment import is_place_word

        if rest and all(is_person_name(n) and not plain_word(n) and not is_place_word(n) for n in names):
            return [("byline", n) for n in names] + rest  # 甲、乙 丙 《某某日报》(日期 04 版): the writers, then the paper's page
    if line.lstrip()[:1] in "(（" and _BRACKETED_WRITER_MARK.search(line) and (credits := closing_credits(line.strip())) and credits[0] == 0:
        return credits[1]  # (文:某某/编辑:某某) on a line of its own: the credits, the writer's too
    if "官" in line and BETTING_BRAND.search(line) and (fields := parse_meta_line(BETTING_BRAND.sub("", line))):
        return [(k, v) for k, v in fields if k != "source" or not re.fullmatch(_MEDIUM_SUFFIX, v)] or None  # (…-日报: its name lost)
    if ("|" in line or "｜" in line) and (barred := _DAY_BAR_MEDIUM.fullmatch(line)) and (_MEDIUM_NAME.fullmatch(barred["src"]) or _ACCOUNT_NAME.fullmatch(barred["src"])):
        return [("date", _day(barred["day"])), ("source", barred["src"])]
    if ("|" in line or "｜" in line) and not parse_table_row(line):  # (| 责任部门: | 某科 | 发布日期: | …: a table's row)
        line = _BARRED_FIELDS.sub("  ", line)
    if "◆" in line:
        line = line.replace("◆", "  ").strip()  # ◆供稿:某某 ◆供图:某镇: the fields behind diamonds
    fields = _meta_fields(line)
    if fields is None and ("|" in line or "｜" in line) and (bar := _BAR_BEFORE_DAY.search(line)) and not person_names(line[:bar.start()].strip()):
        fields = _meta_fields(f"{line[:bar.start()]}  {line[bar.start() + 1:]}")  # 新闻资讯 | 2023-05-01 06:45
        # only the day, and a medium's name before the bar (某某新闻网 | 2023-05-01): a column's label writes
        # nothing (and 某某 | 2022-06-01 08:30, a name before the bar, is a reader's comment: no field at all)
        fields = [(k, v) for k, v in fields or () if k == "date" or k in ("source", "posted_by") and _MEDIUM_NAME.fullmatch(v)] or None
    if fields and _EMPTY_SOURCE.search(line):  # the page says it names no source: the site's own name is none
        fields = [(k, v) for k, v in fields if k != "source" or _keyed(v, line)] or None
    return fields


def _keyed(value: str, line: str) -> bool:
    """Whether the line gives this value under a key of its own (稿源:某某日报), not as a bare name."""
    # (来源:  某某网: two spaces after 来源's own colon mean it is empty and the rest another field)
    return re.search(rf"(?:(?<!来源)[:：]\s*|[:：]\s?){re.escape(value)}", line) is not None


def _meta_fields(line: str) -> list[tuple[str, str]] | None:
    s = line.strip()
    if _may_have_residue(s):
        s = _LINE_RESIDUE.sub("", s)
    if _COUNTER_CUE.search(s):
        s = _COUNTER.sub("  ", s)
        if _COUNTER_LINE.fullmatch(s) and any(c.isdigit() for c in line):
            return [("record", line.strip())]  # 浏览量:1 | | |: a counter alone on its line, the page's, no text
    if "字" in s:  # (every font button _WIDGET takes has 字 in it)
        s = _WIDGET.sub("  ", s)
    s = _without_buttons(s.strip())
    if "[" in s or "［" in s:
        s = _BRACKETED_DAY.sub(r"\1", s)  # 某某网 [2016-05-09] 我要评论: the day in the site's brackets
    if s.endswith(("原创", "转载")):
        s = _ORIGINAL_MARK.sub("", s)  # 2025-10-14 16:23 某某日报 原创: the site's mark that the piece is its own
    if "微博" in s or "新闻" in s or "频道" in s:
        s = _CHANNEL_HEAD.sub("", _WEIBO_TAG.sub("  ", s))  # 社会新闻某某日报[微博]2014-05-12: the channel and a link
    if s.startswith("http"):
        s = _URL_BEFORE_DAY.sub("", s)  # http://www.某某.com.cn  2011年3月8日09:30 某某: a portal's address, then its dateline
    if s.startswith(("19", "20")):
        s = _YEAR_THEN_MONTH_DAY.sub(r"\1-\2-\3", s)  # 2025 08/12 10:26:48: the day written 2025-08-12
        s = _COUNT_AFTER_SITE.sub(r"\1", s)  # 2018-12-01 某某网830: the dateline's site and its count of readers
    # (an address has a dot, or :// after its scheme)
    if ("." in s or "://" in s) and (url := _INNER_URL.search(s) or _BRACKETED_URL.search(s)) \
            and (_MEDIUM_NAME.fullmatch(before := s[:url.start()].strip()) or _KEYED_SOURCE.fullmatch(before)):
        # 某某网 http://… 时间:…, 本文来自:某某 https://…: the site's address after its name
        s = s[:url.start()] + "  " + s[url.end():]
    if "年" in s and (cn := CN_DATE.fullmatch(s)) and cn["d"] and (day := iso_cn(cn)):
        return [("date", day)]  # 二〇一九年六月十日 alone on its line: a notice signed and dated in numerals
    if s.startswith("「") and s.endswith("」"):
        s = s[1:-1]  # 「本文来源:某某」: the line wrapped in corner brackets
    if (keyed := bracketed_key(s)) and keyed[0] in _BRACKETED_RECORDS:
        return [("record", keyed[1])]  # 【施行日期】2021.07.01: a law database's record (施行日期:… in prose is text)
    if keyed and FIELD.match(keyed[0] + ":"):
        s = keyed[0] + ":" + keyed[1]  # 【来源】某某客户端: the key in brackets, no colon
    # (the literal tests before the patterns below: each stands in every match of its pattern)
    if s.startswith("作者") and (spaced := _SPACED_AUTHOR_KEY.match(s)) and not any(FIELD.match(t + ":") for t in spaced["names"].split()):
        s = "作者:" + s[spaced.end("key"):]  # (作者 张三 来源 新华网: 来源 is a key, no name)
    if (" " in s or "\u3000" in s) and _SPACED_CREDITS.match(s) and all(_names_only(c["names"]) for c in _SPACED_CREDIT.finditer(s)):
        s = "  ".join(f"{'作者' if c['key'] == '文字' else c['key']}:{c['names']}" for c in _SPACED_CREDIT.finditer(s))
    if row := _template_row(s):
        return row
    if s.endswith("老师") and (row := _COLUMN_DAY_TEACHER.match(s)) and is_person_name(row["name"]):
        return [("date", _day(row["day"])), ("byline", row["name"])]
    if ".htm" in s and (record := _EPAPER_RECORD.match(s)):
        return [("date", _day(record["day"])), ("source", record["src"])]
    if "发表于" in s and (posted := _MEMBER_POSTED.match(s)) and not _MEDIUM_NAME.fullmatch(posted["who"]) and not plain_word(posted["who"]) and (day := iso_date(posted["day"])):
        return [("date", day), ("record", posted["who"])]  # 某网友A8 发表于 2012/7/19 09:58: a forum member's post, its day
    if "发表于" in s:
        s = _POSTED_FROM.sub("", s)  # 发表于 … 来自 中国某省某市: where a forum's poster was, no medium
    if "属地" in s or "发表于" in s and DATETIME.search(s):
        s = _POSTER_REGION.sub("", s)  # 某某新闻网 2023-04-05 10:22 发表于浙江: where the account posted from
    elif s.startswith(("19", "20")) and (posted := _DAY_THEN_PROVINCE.match(s)) and posted["place"].removesuffix("省") in _PROVINCE_SHORT:
        s = posted["day"]  # 2023.05.08 浙江: a reading site's day and where its member posted from
    if "发表于" in s:
        s = _PUBLISHED_IN.sub("来源:", s)  # 发表于某某日报: the medium that printed it, a source's label
    if ("出品" in s or "制作" in s or "监制" in s) and (made := _PRODUCED_BY.fullmatch(s)):
        return [("source", made["src"])]  # 某某日报新媒体出品: the medium that made the piece, as written
    if "报" in s and (carried := _SITE_CARRIES_PAPER.fullmatch(s)):
        return [("source", carried["paper"])]  # 新某某-某某日报精选: the paper's articles its site picked
    if "关注" in s and (promo := _FOLLOW_TO_READ.fullmatch(s)) and _PAPER_ALONE.fullmatch(promo["paper"]):
        return [("posted_by", promo["paper"])]  # 关注公众号,随时阅读某某工人报: the paper's own promotion, its name
    if "报" in s and (paper := _PAPER_ALONE.fullmatch(s) or _PAPER_MASTHEAD.search(s)):
        cited = [("printed_in", paper["paper"])] if paper.re is _PAPER_ALONE and paper["open"] else []  # (《某某报》: cited too)
        return [("posted_by", paper["paper"])] + cited  # 某某农民报 / 第01版 / 标题 … 本报讯: the e-paper's masthead names the paper
    if s in word_set("publications.txt"):
        # 光明日报 on a line of its own under the headline: the paper that printed it, unless a 来源
        # field names another (人民网 over the page, 来源:某某日报 under its headline)
        return [("posted_by", s)]
    if "核心提示" in s and _TEASER.match(s):
        return [("record", s[:40])]  # 核心提示:…, however long: a teaser box, not the article's text
    if s.strip("【】[] ") in _SUMMARY_BOX_LABELS:
        return [("record", s)]  # 核心阅读 over a paper's summary box: its label, no headline (the summary stays text)
    if not s or len(s) > 160 or _LIST_ITEM.match(s):
        return None  # (1、报名时间:…: an item of the text's own list, no field of the page)
    # (from here on each pattern is tried only where what every match of it holds stands: the string it
    # opens with, or one it needs; most lines, a paragraph's text, are spared the scans)
    if "来源" in s and (m := _SOURCE_AT_TIME.match(s)):  # 文章来源: 某某周刊 于 2025-05-10 06:49:46 - 本网声明…: a repost site's line
        return [("source", m["src"]), ("date", _day(m["date"]))]
    if "《" in s and (m := _DATED_QUOTED_PAPER.match(s)):
        s = f"来源:《{m['src']}》 {m['head']}"  # 2011-08-09 11:10《某某日报》: the paper, cited, after the day
    if "?" in s and _NUMERIC_DATE.search(s):
        s = s.replace("?", " ").strip()  # 2009-12-08 08:57?来源:…: a separator the page's encoding lost
    m = s.startswith(("(", "（")) and AFFILIATION.match(s) or _POSTAL_UNIT.match(s)
    if m:
        return [("affiliation", m["val"].strip())]
    m = _FORUM_PRINT.match(s) if s.startswith(("T", "t")) else None
    if m:  # Title: 标题 Post by: someone on June 30, 2017, 09:04:49 AM: a forum thread's print view
        return [("headline", m["title"]), ("date", _english_date(m))]  # (a member's login is no source)
    m = _FORUM_TOPIC.match(s) if s.startswith("Topic:") else None
    if m:  # Topic: 标题 (Read 149 times): a forum thread's header over its first post
        return [("headline", m["title"])]
    m = _ENGLISH_DAY.fullmatch(s) if "A" <= s[:1] <= "Z" else None  # (a month's name, capitalised)
    if m and month_number(m["month"]):  # July 04, 2017, 11:19:48 AM: a forum post's time on a line of its own
        return [("date", _english_date(m))]
    m = (_TITLE_PAPER_DATE.match(s) or _TITLE_DATE_PAPER_PAGE.match(s)) if "报" in s else None  # (both name a paper)
    if m:  # 标题 某某日报 | 2025-08-04: an e-paper's line of the article's headline, its paper and day
        return [("headline", m["title"]), ("source", m["src"]), ("date", _day(m["date"]))]
    year = "19" in s or "20" in s  # (a year, which the dated lines below hold)
    m = _DAY_AND_TIME.match(s) if s.startswith(("19", "20")) else None
    if m and _names_and_media(s[m.end():].strip()):
        # 2019-04-24甲某某网乙某某日报: a journal database's day, then its writers each glued to the medium
        # they write for (their units, no source: the journal is named on a line of its own)
        return [("date", _day(m["day"]))]
    m = SOURCE_DATE.match(s) if year else None
    if m:
        src, date = m["src"] or m["src2"], m["date"] or m["date2"]
        return [("source", _EPAPER_TAIL.sub("", src)), ("date", _day(date))]
    m = PERIODICAL.match(s) if "期" in s else None  # (its issue closes it)
    if m:
        return [("source", m["src"]), ("issue", s[m.end("src"):].strip(" 》"))]
    dated = s.startswith(("19", "20"))  # (a line opening with its year)
    m = _MONTHS_ISSUE.match(s) if dated else None
    if m:  # 2022年06月《某某》中旬刊: the magazine's issue of that month
        return [("date", iso(int(m["y"]), int(m["m"])) or ""), ("source", m["src"])]
    m = _ACCOUNT_HEADER.match(s) if dated else None
    if m and is_person_name(m["name"]) and not is_person_name(m["account"]) and not _ROLE_WORD.search(m["account"]):
        # 2017-08-05 某某 某某之声: a WeChat article's day, writer and account (the publisher)
        return [("date", _day(m["date"])), ("author", m["name"]), ("source", m["account"])]
    m = _TAGS_DATE.match(s) if year else None
    sites = _tag_line_site(m["tags"]) if m else []
    if m and (m.end("date") == len(s) and ("-" in m["date"] or "日" in m["date"] and _plain_tag(m["tags"]))
              or sites and not _names_a_writer(m["tags"], sites) or _COLLECTED.fullmatch(m["tags"].strip())):
        # 三农 社会 某某新闻网 2017-05-08: the page's tags, its site and its day (with a time, a medium
        # must be named: 某某观察号 2024-01-16 12:24 is an account's post, 工作动态 … a column's; a
        # person's name among the tags makes it a byline)
        return [("date", _day(m["date"]))] + ([("source", sites[-1])] if sites else [])
    m = _DAY_AND_TIME.match(s) if dated else None
    glued = s[m.end():].strip() if m else ""
    spaced = bool(glued) and re.search(r"\s", glued) is not None
    names = _glued_names(glued) if glued and not spaced else None
    if names and len(names) >= 2 and (m.end() == m.end("day") or not any(map(_word_of_the_dictionary, names))):
        # 2019-09-19某某某某某: the date (and time) glued to the writers' names (not to 苏州吴江, 周二雷阵雨)
        return [("date", _day(m["day"]))] + [("byline", n) for n in names]
    if m and m.end() > m.end("day") and glued and not spaced and not s[m.end()].isspace() and not _STOP_OR_KEY.search(s, m.end()) \
            and not _MEDIUM_NAME.fullmatch(glued):
        # 2020-11-16 02:12:27某某某某某SiSi: a magazine site's day and time with its writers (their unit, their
        # posts) glued behind, which no cut into names reads: the day (the writers stand spaced on a line below;
        # a colon after the time opens a field, 来源:…, and a space parts names, 王某 李某; a medium's name,
        # …10:30某某日报, is the source: all read below)
        return [("date", _day(m["day"]))]
    m = _EPAPER_BANNER.match(s) if "报" in s else None
    if m:  # 某某日报 数字报纸: the e-paper's banner names the paper
        return [("source", m["src"] or m["paper"])]
    # (each names the page, 版, but 《某某报》 and its day)
    m = PAPER_PAGE.match(s) or _PAPER_DAY_PAGE.match(s) or _EPAPER_PATH.match(s) or _TITLED_PAPER_DAY.match(s) \
        if "版" in s or "报" in s else None
    if m:
        date = m["date"] if m.re is not _EPAPER_PATH else f"{m['y']}年{m['m']}月{m['d']}日"
        printed = [("printed_in", m["src"])] if m.re in (PAPER_PAGE, _TITLED_PAPER_DAY) else []  # 《某某日报》(…版): the paper cited by its title
        return [("source", m["src"]), ("date", _day(date))] + printed
    if "报" in s and (m := _PAPER_DAY_BYLINE.match(s)) and (by := _meta_fields(m["by"]) or parse_byline_fields(m["by"])):
        return [("source", m["src"])] + ([("date", day)] if (day := iso_date(m["date"])) else []) + by
    if s.startswith("发自") and _SENT_FROM.match(s) or "月" in s and _DIARY_DAY.match(s) \
            or s.startswith(("第", "专栏", "栏目")) and _PAGE_LABEL.match(s):
        return [("record", s)]  # the byline's place on a line of its own, a diary's day, a paper's page: no headline
    m = _REPRINTED_FROM.match(s) if "《" in s else None
    if m:  # 原载于《某某报》2014年12月15日 第二版: where the article first ran
        return [("source", f"《{m['src']}》")]
    m = _CREDIT_LINE.match(s) if s.startswith("《") else None
    if m:  # 《…》由某某网提供，转载请注明出处: the closing credit names the article and its provider
        return [("labelled_title", m["title"].strip()), ("source", m["src"])]
    if by := _names_then_medium(s) or _medium_then_names(s):
        return by
    m = _BARE_WRITER.match(s) if s.startswith("作者") else None
    if m and person_names(m["name"]) == [m["name"]]:
        return [("author", m["name"])]  # 作者杨云: the key glued to the name, on a line of its own
    m = EDITOR_LINE.match(s) if "编" in s else None  # (编辑, 责编: each key holds 编)
    if m and person_names(m["names"] or m["names2"]):
        return [("editor", person_names(m["names"] or m["names2"])[0])]
    if "责" in s and (ed := _EDITOR_GLUED.search(s)) and (row := _labelled_table_row(s[:ed.start()])):
        return row + (_keyed_fields(s[ed.start():]) or [])  # 关键词:甲,乙责任编辑:某某: the editor glued to the last cell
    return parse_table_row(s) or _labelled_table_row(s) or _keyed_fields(s) or _headline_then_fields(s) or _day_then_poster(s)


def _day_then_poster(s: str) -> list[tuple[str, str]] | None:
    """2024-06-10 某某学院 975: the day under the headline, then the unit that posted it and its readers'
    count (not a place's name or a word after a day: 2024-03-08 某某县, a list's item or a channel)."""
    m = _DAY_THEN_POSTER.match(s) if s.startswith(("19", "20")) else None
    if not m or re.search(rf"(?:{UNIT_LEVELS}|省)$", m["name"]) or plain_word(m["name"]):
        return None
    poster = [("posted_by", m["name"])] if not _A_COLUMN.search(m["name"]) \
        and (_AN_ORGANISATION.search(m["name"]) or is_person_name(m["name"])) else []  # (2024-06-10 工作动态 66: a column)
    return [("date", _day(m["day"]))] + poster


_A_COLUMN = re.compile(r"(?:动态|新闻|要闻|快讯|资讯|信息|专题|专栏|频道|工作|党建|教育|新闻中心)$")
_AN_ORGANISATION = re.compile(r"(?:部|委|办|局|厅|院|所|站|网|社|校|会|联|团|中心|政府|公司|支部|党委)$")


def _names_and_media(run: str, pairs: int = 2) -> bool:
    """甲某某网乙某某日报: writers' names (two or three characters, no place's) each glued to the name of a
    medium they write for, two pairs at least and no space between (海南日报 alone is a paper)."""
    from pipeline.nlp.segment import is_place_word

    for size in (3, 2):
        name = run[:size]
        if len(run) <= size + 2 or not is_person_name(name) or plain_word(name) or is_place_word(name):
            continue
        for end in range(size + 3, min(len(run), size + 14) + 1):
            if _MEDIUM_NAME.fullmatch(run[size:end]) and (end == len(run) and pairs <= 1
                                                          or end < len(run) and _names_and_media(run[end:], pairs - 1)):
                return True
    return False


def _names_only(run: str) -> bool:
    """甲 乙、丙: every item a person's name and no ordinary word (审核 把关 is a phrase)."""
    return all(is_person_name(n) and not plain_word(n) for n in re.split(r"[ \u3000、]+", run))


_NAMES_AND_MEDIUM = re.compile(rf"[{CJK}]{{2,3}}(?:、[{CJK}]{{2,3}})+\s*[{CJK}]{{3,10}}")


def _names_then_medium(s: str) -> list[tuple[str, str]] | None:
    """甲、乙新华网: the writers' names, then the medium they wrote for (its shortest name that leaves
    names of two or three characters before it)."""
    if "、" not in s or not _NAMES_AND_MEDIUM.fullmatch(s):
        return None
    for cut in range(len(s) - 3, 0, -1):
        medium, names = s[cut:].strip(), s[:cut].strip().split("、")
        if _MEDIUM_NAME.fullmatch(medium) and all(2 <= len(n) <= 3 and is_person_name(n) and not plain_word(n) for n in names):
            return [("byline", n) for n in names] + [("source", medium)]
    return None


_MEDIUM_THEN_NAMES = re.compile(rf"^(?P<medium>[{CJK}]{{2,12}}·[{CJK}]{{2,8}})[ \u3000]+(?P<names>[{CJK}]{{2,4}}(?:[ \u3000]+[{CJK}]{{2,4}}){{0,5}})$")


def _medium_then_names(s: str) -> list[tuple[str, str]] | None:
    """某某晚报·某某壹点 甲 乙 丙: the paper and its app after the dot (a name without a medium's suffix,
    which parse_byline_fields's media need), then its writers' bare names set apart by spaces (the medium
    is who posted it: a 来源 field names the source over it)."""
    m = _MEDIUM_THEN_NAMES.match(s) if "·" in s and (" " in s or "\u3000" in s) else None
    if not m or not _MEDIUM_NAME.fullmatch(m["medium"].split("·")[0]):
        return None
    from pipeline.nlp.segment import is_place_word

    names = re.split(r"[ \u3000]+", m["names"])
    if not all(is_person_name(n) and not plain_word(n) and not is_place_word(n) for n in names):
        return None
    return [("posted_by", m["medium"])] + [("byline", n) for n in names]


def _plain_tag(tags: str) -> bool:
    """健康养生 2021年12月20日: one tag of a column, not a byline (记者 某某), a signature (某某镇党委), the
    page's calendar (今天是) or a deadline (报名截止)."""
    items = tags.split()
    return len(items) == 1 and not is_person_name(items[0]) and not BYLINE_ROLE.search(items[0]) \
        and not _NOT_A_TAG.search(items[0])


_NOT_A_TAG = re.compile(r"^(?:今天|今日)|截止|截至|时间|日期|期限|(?:委|府|会|部|局|办|院|镇|乡|县|区|市|村|组|中心)$")


def _names_a_writer(tags: str, sites: list[str]) -> bool:
    """A tag other than the media ``sites`` that is a person's name (林小满 某某日报 2023-09-26 10:30): the
    line is a byline, read below."""
    return any(is_person_name(t) for t in re.split(r"[\s·•]+", tags) if t and t not in sites)


def _tag_line_site(tags: str) -> list[str]:
    """The media among a tag line's tags (央视新闻: a medium whose name has no suffix of one)."""
    return [t for t in re.split(r"[\s·•]+", tags) if any(t.endswith(x) and len(t) > len(x) for x in _MEDIA_SUFFIXES)
            or t in word_set("publications.txt")]


_MEDIA_SUFFIXES = ("网", "报", "局", "报社", "通讯社", "电视台", "电台", "融媒体中心", "客户端")  # (a bare 客户端 is a share button)


_EDITOR_GLUED = re.compile(rf"(?<=[{CJK}])(?:责任编辑|责编)\s*[:：]\s*[{CJK}]{{2,4}}$")


# 某县换届选出年轻干部发布时间:2011.10.19 来源:… 作者:…: the headline with its fields glued behind it
_NOT_A_HEADLINE = re.compile(r"^欢迎|欢迎您|网站$|门户|首页|当前位置|截[至止]$")
_PUBLISHED_KEY = re.compile(r"(?:发布时间|发布日期|发表时间|发稿时间|更新时间)\s*[:：]")


def _headline_then_fields(s: str) -> list[tuple[str, str]] | None:
    """A headline (no sentence's end, no key of its own) and, right behind it, a dated line of fields."""
    m = _PUBLISHED_KEY.search(s)
    if m is None:
        return None  # (no key of a day: no headline before one)
    head = s[:m.start()].strip()
    if not 6 <= cjk_count(head) <= 60 or re.search(r"[。！？!?:：>»|/]", head) or _NOT_A_HEADLINE.search(head):
        return None  # (a sentence, a breadcrumb, the site's welcome)
    fields = _keyed_fields(s[m.start():])
    return [("headline", head)] + fields if fields and any(k == "date" for k, _ in fields) else None


# 第3版(政治·法律·社会), 第02版:要闻, 专栏:: a paper's page and its name, an empty column label
_PAGE_LABEL = re.compile(r"^(?:第\s*[\d一二三四五六七八九十]{1,3}\s*版\s*(?:[(（][^()（）]{1,20}[)）]|[:：]\s*\S{1,12})?|(?:专栏|栏目)\s*[:：])$")
_LIST_ITEM = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、．](?!\d)|[(（][一二三四五六七八九十\d]{1,3}[)）]")
_BARE_WRITER = re.compile(rf"^作者\s*(?P<name>[{CJK}]{{2,4}})$")


# 索 引 号: … 主题分类: 其他 发布机构: …: a disclosure table's cells as label: value (spaced labels)
_CELL_LABEL = re.compile(rf"(?:^|(?<=\s))(?P<label>[{CJK}]{{2,6}}|[{CJK}](?: +[{CJK}]){{1,5}})\s*[:：]")  # (名       称: a cell's label spread to its width)


_FILING_CODE = re.compile(r"[0-9A-Za-z][0-9A-Za-z/\-_.〔〕\[\]]{5,60}")  # 索引号: 1150…H/2021-00021


# 名称:, 发文单位: a table's cells only beside other cells (名称：某村党群服务中心建设项目 alone is a notice's own line)
_CONTENT_LABELS = frozenset(("名称", "发文单位"))


def _labelled_table_row(s: str) -> list[tuple[str, str]] | None:
    """A disclosure table's row written label: value, opening with one of its labels."""
    if ":" not in s and "：" not in s:
        return None  # (every label closes on a colon: a line without one has no cell to find)
    labels = list(_CELL_LABEL.finditer(s))
    cells = [m for m in labels if m["label"].replace(" ", "") in _TABLE_KEYS]
    if not cells or len(cells) < len(labels) or cells[0].start() != 0 or len(cells) == 1 and len(s) > 30 \
            and not _FILING_CODE.fullmatch(s[cells[0].end():].strip()) \
            or len(cells) == 1 and cells[0]["label"].replace(" ", "") in _CONTENT_LABELS:
        return None  # (one cell alone, 有效性: 有效, is a short line, or a filing code however long)
    return _table_fields(((m["label"].replace(" ", ""), s[m.end():nxt.start() if nxt else len(s)].strip(" -"))
                          for m, nxt in zip(cells, cells[1:] + [None])), s)


def _cell(c: str) -> str:
    """A table's cell; a label's colon and the spaces that spread it to its width off (| 索 引 号: |)."""
    c = c.strip()
    label = c.rstrip(":：").replace(" ", "")
    return label if label in _TABLE_KEYS else c


def parse_table_row(s: str) -> list[tuple[str, str]] | None:
    """A row of a disclosure table: every cell a known key or the value after one."""
    cells = [_cell(c) for c in s.split("|")]
    if len(cells) < 3 or sum(c in _TABLE_KEYS for c in cells) < 2:
        return None
    if any(c and c not in _TABLE_KEYS and (j == 0 or cells[j - 1] not in _TABLE_KEYS) for j, c in enumerate(cells)):
        return None
    return _table_fields(((key, val) for key, val in zip(cells, cells[1:])
                          if key in _TABLE_KEYS and val and val not in _TABLE_KEYS), s)


def _table_fields(cells, row: str) -> list[tuple[str, str]]:
    """The fields of a disclosure table's (label, value) cells (索引号=… kept as a record); the
    whole row as a record when no cell gives one."""
    fields = []
    for key, val in cells:
        kind = _TABLE_KEYS[key]
        val = iso_date(val) if kind.startswith("date") else val
        if val:  # (date_written: 成文日期, the article's date only where no day of publication is given)
            fields.append((kind, val if kind != "record" else f"{key}={val}"))
    return fields or [("record", row)]


def _portal_online(name: str) -> bool:
    """某省在线, 某某在线: one word and 在线, the whole name of a portal (not 他一直在线, 张在线: a
    sentence's words, a person's name; nor 一直在线, 保持在线, 当前在线: a word that says how or when,
    a verb, an adverb, a time word, a pronoun or a numeral, names no portal)."""
    from pipeline.nlp.segment import get_segmenter

    words = get_segmenter().cut(name)
    return len(words) == 2 and not person_names(name) and words[0] not in _no_portal_words()


@lru_cache(maxsize=1)
def _no_portal_words() -> frozenset[str]:
    """The words jieba's dictionary tags a verb, adverb, time word, pronoun, numeral, preposition or
    conjunction (v, d, t, r, m, p, c): read once (the whole table of tags cost ~0.15 s a read)."""
    from pipeline.nlp.segment import jieba_words_tagged

    return jieba_words_tagged("[vdtrmpc]")


def _account_before(rest: str, dm: re.Match[str] | None) -> bool:
    """A name alone before a date and time (某某号 2024-01-16 12:24): the account that posted,
    neither a person (张某 2024-…) nor an ordinary word (发布 2024-…)."""
    if dm is None or ":" not in dm.group(0) or rest[dm.start():].strip():
        return False  # no time of day, or something after the date
    name = rest.strip()
    return (re.fullmatch(f"[{CJK}]{{2,8}}", name) is not None or re.fullmatch(f"[{CJK}]{{1,8}}[台网报社][{CJK}]{{0,4}}在线", name) is not None) \
        and not person_names(name) and not ordinary_words(name)  # (某某广电总台国际在线: a portal's long name; not …全天候在线)


def _dateline_date(s: str) -> re.Match[str] | None:
    """The line's date: the first one outside brackets when there is one (来源:《某报》(2024年12月2日
    05版) 2024-12-03 09:19: the paper's print date in brackets, the page's own date after it)."""
    # (search_date's patterns each need a year, 19… or 20…, or a clock's colon: a line without is spared them)
    first = search_date(s) if "19" in s or "20" in s or ":" in s else None
    inside = [m.span() for m in _BRACKETED.finditer(s)] if first else []
    if not inside:
        return first
    free = next((m for m in DATETIME.finditer(s) if not any(a <= m.start() < b for a, b in inside)), None)
    return free or first


_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
_POSTED = re.compile(r"\s*(?:(?:发布|发表|更新|上传)\s*[:：]|(?:发布|发表|更新)于|(?i:date)\s*[:：]?)\s*")  # 发布:2017-04-19 10:03:23 字号:…: a bare verb before the time
# (date 2025-12-11: the English word, as a page in two languages prints it)
# 2025-12-11 快讯: the day and the kind of news, a dateline without its time
_NEWS_KIND = frozenset(("快讯", "简讯", "即时", "即时新闻", "要闻", "动态", "资讯"))


# 作者 某某 某某 2025-08-26: the key set off by a space instead of a colon, the writers' names after it
_SPACED_AUTHOR_KEY = re.compile(rf"^(?P<key>作者)[ \u3000]+(?P<names>[{CJK}]{{2,4}}(?:[ \u3000]+[{CJK}]{{2,4}})*)[ \u3000]+(?:19|20)\d\d")
# 编辑 某某, 二审 某某, 文字 某某 编辑 某某: closing credits whose keys are set off by a space instead of a colon,
# names only after each
_CREDIT_KEY = "|".join(sorted((k for k, v in _KEYS.items() if v in ("editor", "reviewer", "author")), key=len, reverse=True)) + "|文字"
_CREDIT_NAMES = rf"[{CJK}]{{2,4}}(?:[ \u3000、]+(?!(?:{_CREDIT_KEY})[ \u3000])[{CJK}]{{2,4}})*"  # (up to the next key)
_SPACED_CREDIT = re.compile(rf"(?P<key>{_CREDIT_KEY})[ \u3000]+(?P<names>{_CREDIT_NAMES})")
_SPACED_CREDITS = re.compile(rf"^(?:{_CREDIT_KEY})[ \u3000]+{_CREDIT_NAMES}(?:[ \u3000]+(?:{_CREDIT_KEY})[ \u3000]+{_CREDIT_NAMES})*$")
_EMPTIED_BRACKET = re.compile(r"[(（]\s*(?:第?\s*\d{1,3}\s*版\s*)?[)）]")


_PROFILE_LABEL = re.compile(rf"^\s*[{CJK}]{{0,6}}(?:出生|生日|入党|参加工作|入伍|毕业|驻村|任职|到任|离任|退休)[{CJK}]{{0,4}}\s*[:：]")


def _has_separator(s: str) -> bool:
    """Whether ``s`` has a colon or a bar, one of which every FIELD match needs (see _SEP)."""
    return ":" in s or "：" in s or "|" in s or "｜" in s


@lru_cache(maxsize=1)
def _other_source_before() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(word_list('other_sources.txt'))})$")


def _keyed_fields(s: str) -> list[tuple[str, str]] | None:
    """来源:… 作者:… 2023-06-20 责编:… lines; None when the keys only occur inside prose."""
    fields: list[tuple[str, str]] = []
    if _PROFILE_LABEL.match(s):
        return None  # 出生年月:1990年6月12日, 开始驻村时间:…: a profile's line, the person's day, not the page's
    dm = _dateline_date(s)
    # the line's keyed fields, found once (read below, cut out of the rest, and asked for at the end)
    keyed = list(FIELD.finditer(s)) if dm is None and _has_separator(s) else []
    if dm is None and not keyed:
        return None  # neither a date nor a key: nothing below could make this line fields
    if dm:
        # Take the date out first, so it does not end up inside 作者:孙明远 2023-06-20.
        fields.append(("date", iso_of(dm) or ""))
        s = s[: dm.start()] + "  " + s[dm.end():]
        s = _EMPTIED_BRACKET.sub("  ", s)  # 来源:某报 ( 2019年01月07日 03 版): the printed page went with its day
        keyed = list(FIELD.finditer(s))
    keyed_date = False
    for fm in keyed:
        key = _KEYS[fm["key"]]
        if key == "source" and fm["key"] == "来源" and _other_source_before().search(s, max(0, fm.start("key") - 2), fm.start("key")):
            return None  # 经费来源:财政拨款: a budget's row, where the money comes from (resources/other_sources.txt)
        keyed_date |= key == "date"
        if key == "date" and any(k == "date" for k, _ in fields):
            if _prose(fm["val"].strip()):
                return None  # 报名时间:2021-12-20 至月底。…: the key and its date inside a sentence are prose
            continue
        value = _value(key, fm["val"])
        if value is None:
            return None  # a sentence that happens to contain 来源: is prose
        fields += value
    rest = _cut_out(s, keyed)  # (FIELD.sub("", s))
    known = _UNKNOWN_FIELD.sub(" ", rest) if fields else rest  # 发布单位:某某开发区: a field this project does not read
    date_only = [k for k, _ in fields] == ["date"]
    if date_only and _MEDIUM_NAME.fullmatch(known.strip()):
        return fields + [("source", _EPAPER_TAIL.sub("", known.strip()))]  # 某某日报 2019-09-06 06:14, 某某网 时间:…
    if date_only and dm is not None and _ONLINE.fullmatch(known.strip()) and _portal_online(known.strip()):
        return fields + [("source", known.strip())]  # 某省在线2019-09-06 06:14: a portal named "online" before its dateline
    signed = known.split()
    if date_only and len(signed) >= 2 and (_MEDIUM_NAME.fullmatch(signed[-1]) or _ONLINE.fullmatch(signed[-1])) \
            and all(is_person_name(n) and not plain_word(n) for n in signed[:-1]):  # (党建 湖州日报 …: a column's tag)
        # 某某   某某客户端   2023-09-26 10:30, 2019-08-15 甲 乙 丙 某某在线: writers, medium, day
        return fields + [("source", signed[-1])] + [("byline", n) for n in signed[:-1]]
    # 某某日报 2024年9月3日 记者 张三: the rest of a dateline can be a byline; 吴某 2015年05月01日
    # 来源:某报: a bare name there is the author.
    byline = parse_byline_fields(rest) or [("byline", n) for n in person_names(rest) or []]
    if byline and fields:
        fields += byline
        date_only = False
    rest = "" if byline and fields else known
    leftover = _ADDRESS_OR_MARKS.sub("", rest)  # (the site's address beside its fields)
    if date_only and _account_before(rest, dm):
        # 某某号 2024-01-16 12:24:16: a self-media account or a channel and its post time; a 来源 line names
        # the source over it
        return fields + [("posted_by", leftover)]
    if date_only and leftover and not keyed_date:
        # A date inside a sentence is not a dateline; a date and time opening a short line is.
        first = dm is not None and (dm.start() == 0 or _POSTED.fullmatch(s, 0, dm.start()))  # the line opens with it
        opens = first and ":" in dm.group(0)
        # 政务 2024-11-16 16:43 河北: a date and time between a channel's word and a place's, alone
        framed = dm is not None and ":" in dm.group(0) and re.fullmatch(rf"\s*[{CJK}]{{1,4}}\s+[{CJK}]{{1,4}}\s*", rest)
        kind = first and re.sub("^(?i:date)", "", leftover) in _NEWS_KIND
        return fields if (opens and re.fullmatch(f"[{CJK}]{{1,12}}", leftover)) or framed or kind else None
    if fields and _MEDIUM_NAME.fullmatch(leftover):
        if not any(k == "source" for k, _ in fields) and dm is not None and s.lstrip().startswith(leftover) \
                and _PAPER.fullmatch(leftover):  # 某某报 发布时间:… 作者:…: the paper opens its dateline; a 来源 or 讯 elsewhere wins
            fields.append(("posted_by", leftover))
        leftover = ""  # 某某门户网站 2008年12月07日 来源:某报: the site that reposts, beside the fields
    elif len(fields) >= 2 and re.fullmatch(f"[{CJK}]{{2,6}}", leftover) and s.lstrip().startswith(leftover + " "):
        leftover = ""  # 社会工作者 责任编辑:某某 2023-12-04: the column's tag, set apart before two fields
    # Most of the line must be fields; otherwise it is prose that mentions a key.
    if len(leftover) > max(4, len(s) // 5) or not (fields or keyed):
        return None
    return fields or [("record", s.strip())]  # 来源:网络 names nothing, but is no text either


_ADDRESS_OR_MARKS = re.compile(r"https?://[A-Za-z0-9_./?=&%#~+:-]+|[\s|·:：()（）【】]+")


def _cut_out(s: str, matches: list[re.Match[str]]) -> str:
    """``s`` without the spans of ``matches`` (non-empty, in order, apart): what a sub of them by ""
    gives, without scanning ``s`` again."""
    pieces, pos = [], 0
    for m in matches:
        pieces.append(s[pos:m.start()])
        pos = m.end()
    pieces.append(s[pos:])
    return "".join(pieces)


def _prose(val: str, limit: int = 40) -> bool:
    """A field's value that is a sentence's rest: a full stop, or longer than any name or date."""
    return "。" in val or len(val) > limit


def _value(key: str, raw: str) -> list[tuple[str, str]] | None:
    """The field(s) one key's value gives; None when the value is prose."""
    val = _unbracket((_JUNK_TAIL.sub("", raw) if _JUNK_TAIL_CUE.search(raw) else raw).strip(" *_|"))
    if key == "source":
        val = val.rstrip(" -—－")  # 来源:某某网-- 2010-06-28: the dashes a site sets between its fields
    if key == "record" and val:
        return [("record", val[:40])]  # 简介:… a site's blurb, whatever it says
    if _prose(val, 100 if key == "labelled_title" else 40):
        return None  # (a headline runs longer than a name or a date)
    paper: list[tuple[str, str]] = []
    if key == "author":
        cited = _CITED_PAPER.search(val)  # 作者:本报记者 某某 《某某日报》(日期 版次): the paper it ran in
        paper = [("source", cited.group().strip())] if cited else []  # (《》 kept: the paper is cited, as 来源:《群众》)
        val = val[:cited.start()] if cited else val
        by = parse_byline_fields(val) if BYLINE_ROLE.search(val) else None
        if by:
            return by + paper  # 作者:记者 某某 本报通讯员 某某: the roles say who is who
        if (first := _NAME_THEN_ROLES.match(val)) and is_person_name(first["name"]) and not plain_word(first["name"]) \
                and not _OFFICE_END.search(first["name"]) and (rest := _role_names(first["rest"])):
            return [("author", first["name"])] + rest + paper  # 作者:甲 通讯员 乙: the writer, then the others with roles
        am = AUTHOR_IS.search(val)
        if am:
            return [("affiliation", am["val"].strip()), ("author", AUTHOR_IS.sub("", val).strip())]
        val = re.sub(r"\s*[（(][^（()）]*[)）]", "", val)  # 作者:张某（某某大学）: the unit is not the name
        if (posted := _POSTS_THEN_NAME.fullmatch(val)) and is_person_name(posted["name"]):
            return [("affiliation", posted["posts"]), ("author", posted["name"])] + paper  # 作者:某某县委书记 某某: the
            # writer's posts (their places are the article's author unit's), then the name
    if key == "date" and not _CALENDAR.search(val):
        return [("record", val[:40])]  # 受理时间:上午9:00-11:30: office hours, a clock or a weekday, no day of the calendar
    if key == "date":
        return [("date", _day(val))]
    if key == "supplier":  # 供稿:某某 is who wrote it; 供稿:某某中心 the source, unless a medium is named (某某网讯 …)
        names = person_names(val)
        if names and all(map(is_person_name, names)):
            return [("byline", n) for n in names]
        return [("posted_by" if k == "source" and not _MEDIUM_NAME.fullmatch(v) else k, v) for k, v in _source_value(val)]
    if key == "source":
        return _source_value(val)
    if key == "editor":
        val = re.sub(rf"^[\[［【]([{CJK}·]{{2,8}})[\]］】]$", r"\1", val)  # 编辑:[某某]: the name in a template's brackets
    if key == "editor" and re.fullmatch(f"[{CJK}]", val):
        return []  # 责编:赵: a name of one character is one cut off (at the page's end), no editor
    return ([(key, val)] if val else []) + paper


_CITED_PAPER = re.compile(r"\s*《(?P<paper>[^《》]{2,16})》$")
_CALENDAR = re.compile(r"\d{4}|[年月日号]|\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]|^\d{1,2}[-/.]\d{1,2}(?![\d:])|[〇零一二三四五六七八九十]{2,4}年|今天|昨天|前天")
_PRINT_EDITION = re.compile(r"\s*[(（][^()（）]*(?:\d{1,2}日|版)[^()（）]*[)）]$")
_COMPILED_BY = re.compile(r"(?:收集|整理|转载|综合)$")
_COLLECTED = re.compile(r"(?:网上|网络|网友)(?:收集|整理|转载)")  # 网上收集 2009/12/15 9:36:02: how the page got it, then its day


_NEW_MEDIA = re.compile(rf"[{CJK}]{{2,10}}(?:新媒体|全媒体|融媒)")  # 某某新媒体: a medium's name without a paper's suffix


# (中国农网, 某某新闻客户端, 海报新闻, 某某网·某某人事报: a medium of its own; a supplement, 某某周刊 or
# 某某专报, is the paper's, and so are its bulletins and reports, 简报, 通报, 情报, 年报, its editions and
# columns, 数字报, 电子报, 手机报, 图片报, 快报, 播报, 展报, 黑板报, 画报, and a 报 of two characters, 晨报, 海报)
_SECOND_MEDIUM = re.compile(rf"[{CJK}]{{1,10}}?(?:日报|晚报|早报|时报|商报|网站|网|客户端|新闻|电视台|融媒体中心|杂志)"
                            rf"|[{CJK}]{{1,10}}?(?:人事|青年|工人|农民|妇女|法制|法治|经济|科技|教育|文化|党建|光明|人民|导)报")
_CHANNEL_KIND = re.compile(rf"(?P<kind>[{CJK}]{{2}})(?:新闻|网)")  # 时政新闻, 县区网: a channel named by its kind of news


def _second_medium(val: str, start: int) -> bool:
    """某某日报·某某网: the name after the dot is a medium's own (not 时政新闻, the paper's channel)."""
    kind = _CHANNEL_KIND.fullmatch(val, start)
    return not (kind and kind["kind"] in word_set("news_channel_kinds.txt")) and bool(_SECOND_MEDIUM.fullmatch(val, start))


_COMMENT_COUNT = re.compile(r"\s+(?:已经?)?有\s*\d+\s*人(?:发表了?看法|发表评论|评论|参与(?:评论|讨论)?)\S*$")


# 信息动态, 工作动态, 基层要闻, 组工资讯: a site's channel (its kind of items), set after the medium in a 来源 field
_SITE_CHANNEL = re.compile(rf"[{CJK}]{{2,4}}(?:动态|资讯|要闻|快讯)")  # (要闻 alone kept as before)


# 来源:转自某某网, 来源:转载自某某日报, 来源:来自某某: the verb of taking it from the medium, not part of its name
_TAKEN_FROM = re.compile(r"^(?:转载自|转载于|转自|来自)\s*[:：]?\s*(?=\S{2})")


def _source_value(val: str) -> list[tuple[str, str]]:
    """来源:某某日报 记者 张三 通讯员 李四 holds the authors too; 来源:不详 holds no source."""
    val = _TAKEN_FROM.sub("", _EPAPER_TAIL.sub("", val.split("|")[0].strip()))
    if "人" in val:
        val = _COMMENT_COUNT.sub("", val)  # 来源:某某 有0人发表了看法: the page's count of comments behind the medium
    val = re.sub(r"^[【(（]([^【】()（）]{2,20})[】)）]$", r"\1", val)  # 来源:【某某新闻网】, 来源:(某某县纪委): the name in brackets
    issue = _ISSUE_TAIL.search(val)
    val = _ISSUE_TAIL.sub("", val).strip()
    if issue and re.match(r"\s*(?:19|20)\d{2}", issue.group()):
        return _source_value(val) + [("issue", issue.group().strip())]  # 某刊 2024年第32期: its year dates the article
    val = _PRINT_EDITION.sub("", val)  # 《某某日报》(2024年12月02日05版): the issue, not the medium's name
    val = re.sub(r"(?<=》)\s+(?:报纸|杂志|期刊)$", "", val)  # 《某某日报》 报纸: a catalogue's kind of item (《某某》杂志 is a name)
    val = re.sub(r"栏目\s*[:：].*$", "", val)  # 某某网河南栏目:资讯: the site's section, then its column
    channel = re.match(rf"^([{CJK}]{{2,10}}?{_MEDIUM_SUFFIX})·", val)
    if channel and not _second_medium(val, channel.end()):
        val = channel.group(1)  # 澎湃新闻·澎湃号·政务: the medium, then its channels (某某日报·某某网: two media, both the source)
    val = _COMPILED_BY.sub("", val) if len(val) > 4 else val  # 某某新闻收集: the medium, not the clerk's verb
    twice = val.split()
    val = twice[0] if len(twice) == 2 and twice[0] == twice[1] else val  # 来源:某某网 某某网: the site's field filled twice
    if len(twice) == 2 and _SITE_CHANNEL.fullmatch(twice[1]) and _MEDIUM.fullmatch(twice[0]):
        val = twice[0]  # 来源:某某党建网 信息动态: the medium, then the channel it files the item under
    m = _SOURCE_BYLINE.match(val)
    by = _bracket_authors(m["by"]) if m else None
    if by:
        return [("source", m["medium"])] + by  # 来源:《某某日报》(通讯员 某某)
    if val in word_set("not_a_source.txt") or re.fullmatch(r"[A-Za-z_]*\d[A-Za-z\d_]*", val) and cjk_count(val) == 0:
        return []  # 来源:不详; 来源: sp20241130 (a code the site files its items under, no medium)
    if _betting_brand_head().match(val):
        return []  # 原出处:某某平台 where 某某 is a betting brand (resources/betting_brands.txt): spam, no medium
    m = _NO_SOURCE.match(val)
    if m:
        rest = m["rest"].strip(" :：")
        return [("headline", rest)] if cjk_count(rest) >= 6 else []
    if UNREADABLE in val:
        val = _restore_medium(val)
    val = re.sub(r"\s*[(（][A-Za-z0-9_]+[)）]$", "", val)  # 中国新闻网(cns2012): the site's account id
    names = None if re.search(f"{_MEDIUM_SUFFIX}$", val) else person_names(val)  # 宁晋报 is no 宁 family's son
    if names and len(names) >= 2 and all(is_person_name(n) for n in names):
        return [("author", n) for n in names]  # 来源: 张某 王某: the writers (one name alone may be a medium's: 南风窗)
    role = re.search(r"\s(?=" + BYLINE_ROLE.pattern + ")", val)
    authors = _role_names(val[role.end():]) if role else None
    if authors:
        val = val[: role.start()].strip()
    glued = re.search(rf"\s(?=[{CJK}]{{2,8}}?(?:记者|通讯员))", val)
    if glued and (by := parse_byline_fields(val[glued.end():])) and any(k in ("记者", "通讯员") for k, _ in by):
        # 来源: 某某在线 某某在线记者 甲 县委报道组 乙: the medium, then its reporters named with it
        return [("source", val[:glued.start()].strip())] + [f for f in by if f[0] != "source"] + (authors or [])
    if (spaced := re.search(rf"(?<=[{CJK}]{{2}})\s([{CJK}])\s([{CJK}]{{1,2}})$", val)) and is_person_name(spaced[1] + spaced[2]):
        val = val[:spaced.start()] + " " + spaced[1] + spaced[2]  # 来源:某某日报 何 佳: a two-character name spaced out
    if " " in val:  # 来源:某某新闻网 王某 (通讯员 李某), 来源:某某新媒体 甲 乙 丙: a medium, then its writers
        head, _, tail = val.partition(" ")
        names = [n for t in tail.split() for n in (person_names(t) or [None])]
        if names and all(names) and (_MEDIUM.fullmatch(head) or _NEW_MEDIA.fullmatch(head)):
            return [("source", head)] + [("byline", n) for n in names] + (authors or [])  # (no role given)
    return ([("source", val)] if val else []) + (authors or [])


def _restore_medium(val: str) -> str:
    """人民日� (characters lost to mojibake) -> the one listed publication it can be, else as is."""
    pattern = re.compile(".{1,3}".join(map(re.escape, val.split(UNREADABLE))))
    hits = [p for p in word_list("publications.txt") if pattern.fullmatch(p)]
    if len(hits) == 1:
        return hits[0]
    # 长江日� -> 长江日报: the last character of a medium's suffix lost (日报, 晚报, 新闻网, 电视台)
    for suffix in _LOST_SUFFIXES:
        if val.endswith(suffix[:-1] + UNREADABLE) and UNREADABLE not in val[:-1]:
            return val[:-1] + suffix[-1]
    return val


_LOST_SUFFIXES = ("日报", "晚报", "早报", "时报", "商报", "新闻网", "电视台", "周刊", "月刊")


_PAIRS = {"）": "（", ")": "(", "】": "【", "]": "["}


def _unbracket(val: str) -> str:
    """责任编辑:赵某） -> 赵某: a bracket closing around the whole field is not part of the value."""
    while val and val[-1] in _PAIRS and val.count(val[-1]) > val.count(_PAIRS[val[-1]]):
        val = val[:-1].rstrip()
    while val and val[0] in _PAIRS.values() and not any(c in val for c in _PAIRS if _PAIRS[c] == val[0]):
        val = val[1:].lstrip()
    # 作者:某某（作者单位:…）: the next key cut the value inside its bracket.
    while val and val[-1] in _PAIRS.values():
        val = val[:-1].rstrip()
    return val


# A news lead opens the first paragraph: 某某日报某地讯 (记者 张三), 新华社某地5月1日电(记者 李四),
# 本网讯 (王五 赵六).  The medium before 讯/电 is the source (not 本报/本网: that is the page itself).
_LEAD = re.compile(
    rf"^(?P<bracket>【)?(?P<pre>[{CJK}“”]{{1,24}}?(?:·[{CJK}]{{2,10}}?)?(?:(?<=网|社|报) (?=[{CJK}]{{2,8}}?\d))?[{CJK}]{{0,8}}?)(?P<day>(?:\d{{1,2}}月)?\d{{1,2}}日)?(?:(?<=日)新媒体)?(?:(?<=[日体])专(?=电))?(?P<mark>(?<!通)讯|电(?![话视网力子脑影台])|(?:(?<=网)|(?<=频道)|(?<=在线)|(?<=\d日))消息|报道(?=\s*[:：]?\s*[（(“])|(?<=\d日)报道(?=\s*[:：，,]))"
    r"(?(bracket)】)\s*[:：]?\s*(?:[（(](?P<by>[^（()）]{2,40})[)）]|(?P<open>[^，,。:：\s]{0,12}?(?:通讯员|记者)[^，,。:：]{2,30}?)\s*报道(?:\s*[:：]|\s+(?=\S)|(?=(?:\d{1,2}月)?\d{1,2}日))"
    rf"|(?P<named>[{CJK}]{{2,4}}(?:、[{CJK}]{{2,4}}){{0,3}})\s*报道\s*[:：])?"  # 本报某地讯 甲、乙报道: writers with no role
)
# _LEAD's mark (讯, 电, 消息, 报道) ends within its first 57 characters: 【, a medium of 44 at most, a day of
# 6, 新媒体 and 专 before it
_LEAD_MARK_WITHIN = 60


def _lead_match(text: str) -> re.Match[str] | None:
    """_LEAD.match(text), tried only when the text opens with a mark (most paragraphs have none)."""
    head = text[:_LEAD_MARK_WITHIN]
    if "讯" in head or "电" in head or "消息" in head or "报道" in head:
        return _LEAD.match(text)
    return None


_REPORTED_BY = re.compile(rf"\s*据(?P<medium>[{CJK}]{{2,12}}?(?:日报|晚报|报|网|电视台|融媒体中心|客户端))报道"
                          r"(?:[（(](?P<by>[^（()）]{2,40})[)）])?")
# 快讯, 简讯, 资讯, 喜讯: kinds of news, not a medium's name before 讯
_NEWS_KINDS = frozenset("快简资喜短音通")
_DAY_AFTER = re.compile(r"\s*\d{1,2}月\d{1,2}日")
# 某某在线-某某频道12月21日讯, 某某日报-某某之窗讯: the medium, not its channel or the site it runs
_MEDIUM_CHANNEL = re.compile(rf"^([{CJK}]{{2,12}}?(?:网|在线|报|台))\s*[-－—]\s*[{CJK}]{{2,8}}频道(?=(?:\d{{1,2}}月)?\d{{1,2}}日|[{CJK}]{{0,8}}讯)"
                             rf"|^([{CJK}]{{2,12}}?报)\s*[-－—]\s*[{CJK}]{{2,8}}?(?=(?:\d{{1,2}}月)?\d{{1,2}}日讯|讯)")
_MEDIUM_ALIAS = re.compile(rf"^([{CJK}]{{2,12}}?(?:网|报|台|社))[（(](?![^)）]*(?:记者|通讯员|作者))[{CJK}]{{2,12}}[)）](?=讯|消息|电)")
_TITLED_MEDIUM = re.compile(rf"^《([{CJK}]{{2,12}})》(?=[{CJK}]{{0,8}}讯)")
_SITE_BEFORE_PAPER = re.compile(rf"^[{CJK}]{{2,10}}?(?:网|在线)\s*[-－—]\s*(?=[{CJK}]{{2,10}}?(?:日报|晚报|报)[{CJK}\d月日]{{0,8}}?讯)")
_CARRIED_DISPATCH = re.compile(rf"^[□■◆●]?\s*据\s*(?=[{CJK}]{{2,12}}?(?:社|网|报|台)[{CJK}]{{0,8}}?(?:\d{{1,2}}月)?\d{{1,2}}日电)")
_APP_BEFORE_LEAD = re.compile(rf"^[{CJK}]{{2,10}}客户端\s*[—\-－]+\s*")
# 甲客户端、乙网、丙都市报6月16日消息: a lead naming the media that carry it together, joined by 、; the first is the
# source, the others are left out before the lead is read (each a name with a medium's suffix, or a portal's 在线)
_MEDIUM_SHAPE = rf"[{CJK}]{{2,10}}?(?:{_MEDIUM_SUFFIX}|在线)"
_CO_MEDIA_IN_LEAD = re.compile(rf"^({_MEDIUM_SHAPE})(?:、{_MEDIUM_SHAPE}){{1,4}}(?=\s*(?:\d{{1,2}}月)?\d{{1,2}}日(?:讯|消息|电))")
_TEASER_LABEL = re.compile(r"^(?:导读|导语)\s*[:：]\s*")
# [某某新媒体ABCD.CN]本报某地讯: the site's watermark, its name and web address in brackets, before the lead
_SITE_MARK_BEFORE_LEAD = re.compile(rf"^[\[【][{CJK}]{{2,12}}\s*[A-Za-z0-9.-]*\.(?:cn|com|net|org)[\]】]\s*(?=[{CJK}])", re.I)
# 学员赴某地开展异地培训。某某供图 某某网9月28日讯(…): a photo's caption and its credit glued before a dated lead
_CAPTION_BEFORE_LEAD = re.compile(rf"^[^\n]{{4,100}}?。[{CJK}]{{2,4}}(?:供图|摄)\s*(?=[{CJK}]{{2,12}}?\d{{1,2}}月\d{{1,2}}日(?:讯|电))")
_LEAD_MEDIUM = re.compile(rf"^[{CJK}“”]{{1,16}}{_MEDIUM_SUFFIX}(?:·[{CJK}]{{1,10}}{_MEDIUM_SUFFIX})?")  # (某某网·某某客户端)
# A byline in brackets inside or after the body: (通讯员 某某), (作者:某某 某某), （记者 某某）.
_BRACKET_BYLINE = re.compile(rf"[（(]\s*(?P<by>(?:作者\s*[:：]|作者\s+(?=[{CJK}]{{2,4}}(?:\s+[{CJK}]{{2,4}})*\s*[)）])|文\s*[/／]|(?:[{CJK}A-Za-z]{{2,14}}?(?:{_MEDIUM_SUFFIX}|在线|全媒体|融媒体)"
                             rf"(?:·[{CJK}]{{2,12}}?(?:{_MEDIUM_SUFFIX}|在线|新闻中心))?"  # (某某日报·某某新闻客户端通讯员 某某): the paper and its app
                             rf"(?:驻[{CJK}]{{1,6}}?)?)?"  # (某某日报驻湖南记者 某某): where the paper sent its reporter
                             + "(?:" + "|".join(map(re.escape, word_list("reporter_kinds.txt"))) + ")?"  # (首席记者 某某)
                             + BYLINE_ROLE.pattern + r")[^（()）]{2,40})[)）]")  # (某某县融媒体中心记者 某某)


# Leads without 讯 or 电: 记者某某通讯员某某报道：…, 某某新闻网(记者某某)…
_ROLE_LEAD = re.compile(r"^(?:本[报刊台网])?(?P<open>(?:通讯员|记者)[^，,。:：（()）]{2,30}?)\s*报道\s*[:：]?")  # 本报记者某某报道 (the names are checked)
# 某某在线某某频道报道(某某): a medium's channel reports, the writer in brackets
_MEDIUM_LEAD = re.compile(rf"^(?P<medium>[{CJK}]{{1,12}}?(?:{_MEDIUM_SUFFIX}|在线|频道)"
                          rf"(?:[·•][{CJK}]{{2,10}})?)"  # 某某晚报·某某新闻(记者 某某): the paper and its brand or column
                          rf"(?P<reports>报道)?\s*[（(](?P<by>[^（()）]{{2,40}})[)）]")
_BRACKETED_BYLINE_LEAD = re.compile(r"^【(?P<inner>[^【】]{4,30}?(?:记者|通讯员)[^【】]{2,12})】")
# 赴新疆特派, 驻京: where a medium sent its reporter, between the medium and the role
_SENT_TO = re.compile(rf"(?:赴|驻)[{CJK}]{{1,6}}?(?:特派|特约)?(?=记者)|特派(?=记者)")


# 某某网消息: or 某某网消息 正文…: the mark closed by a colon, or (after a medium's name) by a space before the
# report (not 互联网消息 真假难辨, 国家电网消息 …, 据某某网消息 …)
_NEWS_MARK_END = re.compile(r"\s*[:：]| (?=[{CJK}“]|\d{1,2}月\d{1,2}日)".replace("{CJK}", CJK))  # (某某在线消息 6月20日,…)
_SPACED_NEWS_MEDIUM = re.compile(rf"(?![据从])[{CJK}]{{2,10}}?(?:新闻网|在线|频道|(?<![联上互入电专内外])网)")


def _news_mark_ends(text: str, m: re.Match[str]) -> bool:
    end = _NEWS_MARK_END.match(text, m.end("mark"))
    return bool(end) and (end.group(0) != " " or bool(_SPACED_NEWS_MEDIUM.fullmatch(m["pre"])))


# 来源:某某网新华社某地电…: the keyed source with the lead glued on (a page that lost its lines)
_KEYED_SOURCE_BEFORE_LEAD = re.compile(rf"^(?:消息|文章|信息|稿件)?来源\s*[:：]\s*(?P<src>[{CJK}]{{1,12}}?{_MEDIUM_SUFFIX})\s*(?=\S{{10}})")


_LOST_MARKS = frozenset("?？\ufffd")


# 某某日� at a line's start: a paper's name whose last character (报) the page's encoding lost
# (星期日�, 当晚�, 节日�: a day or an evening, no paper)
_PAPER_LOST_END = re.compile(rf"^(?P<paper>[{CJK}]{{2,8}}(?<!星期)(?<!礼拜)(?<![当今昨明每节周次])[日晚])" + UNREADABLE)


def _with_paper_restored(text: str) -> str:
    """某某日�兰州12月23日讯, 某某日�记者 某某 -> 某某日报…: the paper's name whole again."""
    lost = _PAPER_LOST_END.match(text) if UNREADABLE in text[:10] else None
    return f"{lost['paper']}报{text[lost.end():]}" if lost else text


def lead_length(text: str) -> int:
    """How many characters of ``text`` a news lead takes (某某日报某地讯 (记者 张三), 新华社某地5月1日电(记者 李四),
    本报讯, a byline in brackets opening the paragraph: (记者 甲 通讯员 乙)), with the spaces and colon after
    it; 0 when the text opens with none, or when nothing of a sentence would be left after it."""
    m = _lead_match(text)
    if m is not None and not _own_lead(m, text):
        m = None  # 某县举办农村电商培训班, 通过视讯会议系统, 据某县政府网消息，: 电, 讯 and 消息 inside the sentence
    m = m or _BRACKET_BYLINE.match(text) or _ROLE_LEAD.match(text)
    if m is None or m.re is _LEAD and m["mark"] == "报道" and not (m["by"] or m["open"] or m["named"]):
        return 0
    if m.re is _ROLE_LEAD and not _role_lead_closed(m, text):
        return 0  # 记者跟踪报道了该县…, 通讯员积极报道基层干部…: what the reporter did, the sentence's own words
    end = m.end()
    while end < len(text) and text[end] in " \u3000:：,，":
        end += 1
    rest = text[end:]
    return end if len(rest) >= 6 and not _SENTENCE_STOP_AT.match(rest) else 0


_SENTENCE_STOP_AT = re.compile(r"[。！？!?；;）)]")


def _role_lead_closed(m: re.Match[str], text: str) -> bool:
    """Whether _ROLE_LEAD's 记者…报道 is a byline: closed by a colon or a space (记者现场报道：, 记者 甲 报道 正文),
    or its roles name persons only (记者甲通讯员乙报道某县…), not 记者跟踪报道了… (a verb's object after it)."""
    if m.group(0).endswith((":", "：")) or text[m.end():m.end() + 1] in (" ", "\u3000"):
        return True
    names = _role_names(m["open"].strip())
    return bool(names) and all(is_person_name(n) for _, n in names)


def _own_lead(m: re.Match[str], text: str) -> bool:
    """Whether _LEAD's match opening ``text`` is a dispatch's lead: the page's own (本报讯, 本网某地讯,
    本报某地5月1日电) or one the byline reader takes for a lead (a medium's, a dated dispatch, a byline
    after it).  _LEAD alone takes any 讯 or 电 within the first words of a sentence (农村电商, 视讯会议,
    科大讯飞, 缴纳电费, 组工快讯), and 据某某网消息， is the sentence's own words, as 据介绍 is."""
    if m["pre"].startswith(("本报", "本网", "本台", "本刊")) and len(m["pre"]) <= 10 \
            and (m["mark"] == "讯" or m["mark"] == "电" and m["day"]):
        return True
    return bool(parse_lead(text))


def parse_lead(text: str) -> list[tuple[str, str]]:
    """Source and authors a news lead gives (see _LEAD), else []."""
    text = _with_paper_restored(text)
    if text[:1] in _LOST_MARKS:
        text = re.sub(r"^[?？\ufffd]+\s+", "", text)  # ? 某某晚报4月23日讯: a character the crawl lost, before the lead
    if (keyed := _KEYED_SOURCE_BEFORE_LEAD.match(text)) and (lead := parse_lead(text[keyed.end():])):
        return [("source", keyed["src"])] + [f for f in lead if f[0] != "source"]
    text = _APP_BEFORE_LEAD.sub("", text)  # 某某客户端—某某网消息: the medium's app, then its lead
    text = _CO_MEDIA_IN_LEAD.sub(r"\1", text)  # 甲客户端、乙网6月16日消息: the first medium that carries the lead
    text = _CARRIED_DISPATCH.sub("", text)  # □据 新华社北京3月9日电: the agency's dispatch a paper carries
    text = _SITE_MARK_BEFORE_LEAD.sub("", _TEASER_LABEL.sub("", text))  # 导读: 某报讯…: the teaser's label over a lead
    text = _CAPTION_BEFORE_LEAD.sub("", text)  # 学员在某地开展培训。某某供图 某某网9月28日讯…: the photo's caption first
    text = _SITE_BEFORE_PAPER.sub("", text)  # 某某传媒网-某某日报讯: the site that carries the paper's lead
    text = _MEDIUM_ALIAS.sub(r"\1", text)  # 某某网(某某日报网)讯: the site's other name in brackets
    text = _MEDIUM_CHANNEL.sub(lambda m: m[1] or m[2], text)  # (see _MEDIUM_CHANNEL)
    text = _TITLED_MEDIUM.sub(r"\1", text)  # 《某某》某地讯: a periodical's name in title marks
    m = _lead_match(text)
    if not m:
        return _lead_without_mark(text)
    fields: list[tuple[str, str]] = []
    medium = _lead_medium(m, text)
    if (told := _REPORTED_BY.match(text, m.end())) and not m["by"] and not m["open"]:
        # 某某网8月21日讯 据某某报报道(某某记者甲 通讯员乙): the site carries the paper's report
        by = _bracket_authors(told["by"]) if told["by"] else None
        return [("source", told["medium"])] + [f for f in by or [] if f[0] != "source"]  # (the reporter's own outlet aside)
    if medium and not medium.startswith("本"):
        fields.append(("source", reporters_paper(medium)))  # 某某日报·某某客户端讯(记者 …): the paper
    if m["open"]:  # 某某日报讯 通讯员 张三 报道：, 某某网讯 某某日报全媒体记者 张三 报道：
        by = _role_names(m["open"].strip()) or parse_byline_fields(m["open"]) or []
        by = [(k, v) for k, v in by if k in ("source", "affiliation") or not plain_word(v)]  # (记者现场报道: no name)
        if any(k == "source" for k, _ in by):
            fields = [f for f in fields if f[0] != "source"]  # the reporter's paper, not the site that reposts it
        fields += by
    if m["named"]:  # 本报某地讯 甲、乙报道: the writers, when they are names (not 某县报道:)
        names = m["named"].split("、")
        return fields + ([("byline", n) for n in names] if all(map(is_person_name, names)) else [])
    if m["by"]:
        by = _bracket_authors(m["by"])
        if by is None and m["mark"] == "电" and m["day"]:
            by = _any_names(m["by"])  # 某某社拉萨10月18日电(泽塔雍措): a dated dispatch's reporter, whatever the name
        if by is None:
            return []  # brackets that hold no byline: not a lead after all
        fields += by
    sent = _reporter_glued(m)
    if sent:  # 【本报某某中心记者张三广州1日电】: the reporter's name glued between the role and the place
        return fields + [("记者", sent)]
    spaced = _spaced_lead(text, m)
    if spaced and spaced["names"]:  # 某刊某地讯 某某: the writers with no role, if they are names
        names = spaced["names"].split()
        return fields + [("byline", n) for n in names] if all(map(is_person_name, names)) else fields
    if spaced:  # 本报某地讯 记者 某某 不久前,…: the roles and names set off by spaces, then the report
        by = _role_names(" ".join((spaced["by"] or spaced["colon"] or spaced["own"]).split())) or []
        glued = _GLUED_ROLE.search(spaced.group(0))
        if glued and not all(is_person_name(n) for _, n in by):
            return fields  # 记者日前获悉:, 记者近日 走访: what the reporter did, no name after the role
        return fields + by
    # Without a byline, only a dated 电, a 讯 or a medium's 消息 before a colon or a space says "lead" (国家电网… is a company).
    # 某某网昆明电 “…: a medium's 电 from a place, set off by a space or a quote, is a lead as well
    dated = m["day"] or m["mark"] in ("讯", "报道") or m["mark"] == "消息" and _news_mark_ends(text, m) \
        or m["mark"] == "电" and _LEAD_MEDIUM.match(m["pre"]) and (text[m.end("mark"):m.end("mark") + 1] in " \u3000“:："
                                                             or m["pre"] in NEWS_AGENCIES and text[m.end("mark"):m.end("mark") + 1] not in "讯文稿报")
    # (某某新闻网讯 alone on its line: a medium's dateline, its report on the next line)
    # (新华社北京7月4日电 alone on its line: an agency's or a medium's dated dispatch, the report on the next
    # line: a page's first line split at the space before 日前/近日)
    alone = m["mark"] in ("讯", "电") and (m["mark"] == "讯" or m["day"]) and len(m.group(0)) == len(text) \
        and medium and _MEDIUM_NAME.fullmatch(medium)
    return fields if m["by"] or m["open"] or medium and dated and (len(m.group(0)) < len(text) or alone) else []


_ROLE_AND_NAMES = rf"(?:记者|通讯员)\s*[{CJK}]{{2,4}}(?:\s+[{CJK}]{{2,4}})*"
_GLUED_ROLE = re.compile(rf"(?:记者|通讯员)[{CJK}]|[:：]")  # a name glued to its role, or closed by a colon, must look like one
# 本报某地讯 记者 某某 不久前… / 记者某某 通讯员某某 近日… / 通讯员 某某：近日… / the lead's line ends after
# them; or the writers' names alone close the lead's line (《某某》某地讯 某某)
_SPACED_ROLES = re.compile(rf"\s*(?P<by>(?:{_ROLE_AND_NAMES}\s+)+)(?=\S{{5}})"
                           rf"|\s*(?P<colon>{_ROLE_AND_NAMES}(?:\s+{_ROLE_AND_NAMES})*)\s*[:：](?=\S{{5}})"
                           rf"|\s*(?P<own>(?:{_ROLE_AND_NAMES}\s*)+)$"
                           rf"|\s*(?P<names>[{CJK}]{{2,4}}(?:\s+[{CJK}]{{2,4}}){{0,2}})\s*$")


_REPORTER_THEN_PLACE = re.compile(rf"记者(?P<rest>[{CJK}]{{3,9}})$")


# 新华社电某某…: a news agency's 电 is its dispatch however the text runs on (the space after it lost); also
# the agencies articles' _CLOSING_AGENCY takes closing a text
NEWS_AGENCIES = frozenset(("新华社", "中新社", "中国新闻社"))


def _reporter_glued(m: re.Match[str]) -> str | None:
    """The reporter of a dated dispatch written 某报记者张三广州1日电: the name jieba cuts off the
    place it was sent from (a name of two to four characters, then a place of two or more)."""
    if m["mark"] != "电" or not m["day"] or m["by"] or m["open"]:
        return None
    rm = _REPORTER_THEN_PLACE.search(m["pre"])
    if not rm:
        return None
    from pipeline.nlp.segment import get_segmenter

    words = get_segmenter().cut(rm["rest"])
    name = "".join(words[:-1])
    return name if len(words[-1]) >= 2 and is_person_name(name) else None


def _spaced_lead(text: str, m: re.Match[str]) -> re.Match[str] | None:
    """After a 讯 lead with no bracket and no 报道 (本报某地讯 记者 某某 不久前): its roles and names set off by spaces."""
    return _SPACED_ROLES.match(text, m.end()) if m["mark"] == "讯" and not (m["by"] or m["open"]) else None


_FEATURE_LEAD = re.compile(r"^(?:专稿|特稿|来稿|供稿)\s*[（(](?P<by>[^（()）]{2,30})[)）]")
# (某某 某某 某某)一年多来,…: the writers' names alone in brackets opening the text
_NAMES_LEAD = re.compile(rf"^[（(](?P<by>[{CJK}]{{2,4}}(?:[ \u3000]+[{CJK}]{{2,4}}){{1,4}})[)）](?=[{CJK}“]|\d{{1,2}}月)")


def _lead_without_mark(text: str) -> list[tuple[str, str]]:
    m = _ROLE_LEAD.match(text)
    if m:
        return _role_names(m["open"].strip()) or []
    m = _FEATURE_LEAD.match(text) or _NAMES_LEAD.match(text)
    if m:  # 专稿 (某某 某某): a feature's writers in brackets after its kind, or opening its text
        return _bracket_authors(m["by"]) or []
    m = _BRACKETED_BYLINE_LEAD.match(text)
    if m:  # 【某某时报赴某地特派记者某某】: the medium's reporter sent somewhere
        return parse_byline_fields(_SENT_TO.sub("", m["inner"])) or []
    m = _MEDIUM_LEAD.match(text)
    by = _bracket_authors(m["by"]) if m else None
    dated = m is not None and _DAY_AFTER.match(text, m.end())
    if not by or not (dated or m["reports"] or any(k in ("记者", "通讯员", "editor") or k == "byline" and BYLINE_ROLE.search(m["by"])
                                                   for k, _ in by)):
        return []  # 某某网(一家单位的简称): brackets after a medium that name no reporter, nor a day after them
    return ([] if m["medium"].startswith("本") else [("source", reporters_paper(m["medium"]))]) + by


_COUNTY_STATION = re.compile(rf"[{CJK}]{{2,6}}?(?:县|区|市|旗)(?:分站|站)")


_MEDIUM_WING = re.compile(r"(?:移动|数字)?传媒")  # 某报移动传媒: the paper's media wing, named whole (某报全媒体 is the paper)


def _lead_medium(m: re.Match[str], text: str) -> str | None:
    """The medium opening a lead: a name with a medium's suffix (某某日报讯), or any short name whose
    讯 is set in 【】 or followed by the day (亮点某某讯10月20日, 【某某网讯】)."""
    if m["mark"] == "报道":
        return _reporting_outlet(m["pre"])
    carried = _CARRIED_FROM.search(m["pre"])
    if carried and _LEAD_MEDIUM.fullmatch(carried["medium"]):
        return carried["medium"]  # 某某联盟 据 某某新闻网讯: the site carries the named outlet's report
    named = _LEAD_MEDIUM.match(m["pre"])
    if named and (_COUNTY_STATION.fullmatch(m["pre"], named.end()) or _MEDIUM_WING.fullmatch(m["pre"], named.end())):
        return m["pre"]  # 某网某县站讯, 某网某县分站: the portal's station in a county; 某报移动传媒讯: the paper's wing
    if named:
        return _without_channel(named.group(0))
    pre = m["pre"]
    marked = m["mark"] == "讯" and (m["bracket"] or _DAY_AFTER.match(text, m.end())
                                   or (m["day"] and _OUTLET_TAIL.search(pre) or _ROLE_AFTER_MARK.match(text, m.end()))
                                   and not _PLACE_LIKE.search(pre)  # 某某在线11月8日讯, 某某讯 记者甲 (not 北京11月8日讯, 青禾镇讯)
                                   or m.start() == 0 and m.group(0)[-1:].isspace() and not m["day"] and len(pre) >= 4
                                   and not _PLACE_LIKE.search(pre) and not _word_of_the_dictionary(pre))  # 主流某某讯 正文: an app's name
    marked = marked or m["mark"] == "消息" and bool(_SPACED_NEWS_MEDIUM.fullmatch(pre)) and _news_mark_ends(text, m)  # 某某在线消息 …
    return pre if marked and 2 <= len(pre) <= 10 and pre[-1] not in _NEWS_KINDS else None


# 中新网山西新闻: the medium, then its province's news (a 频道 stays: 新华网宁夏频道 names where it ran)
_PROVINCE_CHANNEL = re.compile(r"(?<=[网报台社])(?P<province>[\u4e00-\u9fff]{2,3})新闻$")


def _without_channel(medium: str) -> str:
    ch = _PROVINCE_CHANNEL.search(medium)
    return medium[:ch.start()] if ch and ch["province"] in _PROVINCE_SHORT and ch.start() >= 2 else medium


_ROLE_AFTER_MARK = re.compile(r"\s*(?:记者|通讯员)")
_OUTLET_TAIL = re.compile(r"(?:在线|时刻|云|融媒|头条|发布|新闻|之声|视点|号)$")  # an outlet's name, not a place's
_PLACE_LIKE = re.compile(r"^(?:我|本|该)|[省市县区镇乡村旗州盟]$")  # 我县讯, 青禾镇讯: where the report comes from
_CARRIED_FROM = re.compile(rf"[{CJK}]{{2}}\s*(?<![数根依证占])据\s*(?P<medium>\S{{2,16}})\s*$")


def _reporting_outlet(pre: str) -> str | None:
    """某某云报道“…”, 某某在线某省报道(甲 通讯员 乙), 某某网某省频道报道(…): the outlet whose report opens the
    text, named as outlets are (今年多家媒体报道“…”, 某镇做法被央视报道“…” name none)."""
    if _NOT_AN_OUTLET.search(pre):
        return None  # 据新闻报道, 各大网站纷纷报道, 某镇做法被央视报道: words about reports, no outlet opening its own
    if from_place := _SITE_THEN_PLACE.match(pre):
        return from_place["site"]  # 某某在线江苏报道: the site, reporting from a province
    named = _LEAD_MEDIUM.fullmatch(pre)
    return pre if named or _OUTLET_NAME.fullmatch(pre) else None


_NOT_AN_OUTLET = re.compile(r"^(?:据|有关|各大|多家|今年|近日|媒体|该|这|此)|被|把|的|纷纷|各大|多家")


_SITE_THEN_PLACE = re.compile(rf"^(?P<site>[{CJK}]{{2,8}}?(?:在线|网|电视台))[{CJK}]{{2,3}}$")
# (云上某某 is a county's media app)
_OUTLET_NAME = re.compile(rf"[{CJK}]{{1,10}}(?:云|在线|网|电视台|广播电视台|报|社|融媒|融媒体中心|客户端|频道|新闻|组织部|宣传部)"
                          rf"|学习强国|云上[{CJK}]{{2,3}}")


# (某某 某某), (某某 报道), (供稿人:某某 某某): the names of a signature and the words around them
WRITER_MARK = r"文\s*[/／]\s*图|文图|图\s*[/／]\s*文"  # (某某 文/图): the one who wrote, and took the photos
_WRITER_LABEL = r"(?:供稿人?|作者|撰稿|撰文)(?:\s*[、/／和]\s*(?:摄影|图片|摄像|拍摄))?"  # (撰稿、摄影:某某)
_SIGNED = rf"[（(]\s*(?:{_WRITER_LABEL}\s*[:：]\s*)?(?P<names>[^（()）:：/／]{{2,30}}?)\s*(?:报道|供稿|撰稿|{WRITER_MARK})?\s*[)）]"
_CLOSING_NAMES = re.compile(rf"^{_SIGNED}$")


_CUT_SIGNATURE = re.compile(rf"[。！？!?”]\s*[（(]\s*{_WRITER_LABEL}\s*[:：]\s*[{CJK}]{{2,4}}$")
_CLOSING_TAIL = re.compile(rf"(?<=[。！？!?”])\s*{_SIGNED}[\s|]*$")


def closing_names(text: str) -> list[str] | None:
    """A line that is only people's names in brackets, (某某 某某): a local report's signature."""
    m = _CLOSING_NAMES.match(text.strip())
    signed = _signed_names(m["names"]) if m else None
    return signed[0] if signed else None


# (某某党建 甲 乙), (某某组工 甲): a party-building or organisation-work account of a place, named the way
# such accounts are (a place, then 党建/组工/发布), then its writers
_ACCOUNT = re.compile(rf"(?P<head>[{CJK}]{{2,6}})(?:党建|组工|发布)")
_ACCOUNT_BEFORE_NAMES = re.compile(rf"^\s*(?P<account>{_ACCOUNT.pattern})\s+(?=[{CJK}])")
# 机关党建, 两新党建, 权威发布: a line of work or a column, not an account named after its place
_GENERIC_ACCOUNT_HEADS = frozenset(("智慧", "两新", "权威"))


def signature_unit_role(unit: str) -> str | None:
    """What a signature's unit is: an account that ran the report (某某党建, 某某组工: its ``source``), the
    writers' unit (``affiliation``), or nothing to keep (机关党建, 信息发布: a line of work or a column)."""
    m = _ACCOUNT.fullmatch(unit)
    if m is None:
        return "affiliation"
    return None if plain_word(m["head"]) or m["head"] in _GENERIC_ACCOUNT_HEADS else "source"


def _signed_names(s: str) -> tuple[list[str], str | None] | None:
    """The names of a signature and the unit before them, if any (某某县委组织部 张三), or the
    place after them (张三 某某镇)."""
    after = _PLACE_AFTER_NAMES.fullmatch(s.strip())
    if after and (names := person_names(after["names"])):
        return names, after["unit"]
    town = _TOWN_FIRST.match(s.strip())
    if town and (names := person_names(town["names"])):
        return names, town["unit"]
    if _UNIT_SIGNATURE.fullmatch(s.strip()):
        return None  # (江纪办): the department signs, no person
    if (account := _ACCOUNT_BEFORE_NAMES.match(s)) and (names := person_names(s[account.end():])):
        return names, account["account"]  # (某某党建 甲 乙): the account that ran it, then its writers
    names = person_names(s) or _glued_people(s.strip())
    if names:
        return names, None  # (某某某某): two names printed as one run too
    by = unit_and_names(s)
    return ([v for k, v in by if k == "byline"], by[0][1]) if by else None


def _glued_people(run: str) -> list[str] | None:
    """(某某某某): two names printed as one run, each a person's (not 江苏常州, 关心关爱: places or words)."""
    from pipeline.nlp.segment import is_place_word

    names = _glued_pair(run)
    return names if names and all(is_person_name(n) and not plain_word(n) and not is_place_word(n) for n in names) else None


def signed_by_unit(line: str) -> tuple[list[str], str] | None:
    """A closing line of the writers' unit and their names, no brackets (某某县财政局 张三, 某某镇 张三
    李四): the names and the unit; None for a line that is only names, or any sentence."""
    if len(line) > 40 or re.search("[。，,；;！？!?：:]", line):
        return None
    signed = _signed_names(line.strip())
    return signed if signed and signed[1] else None


def signature_at_end(text: str, said: bool = False) -> tuple[int, list[str], str | None] | None:
    """Names in brackets closing a report's last paragraph (…留住人才。(某某 某某)): where the
    signature starts, the names and the writers' unit before them (or None).  ``said``: only a
    signature that says so (…报道, …供稿)."""
    if "(" not in text and "（" not in text:
        return None  # (every signature opens a bracket: a paragraph without one is spared the scans, which try every position)
    m = _CLOSING_TAIL.search(text)
    if m is None and _CUT_SIGNATURE.search(text):
        m = _CLOSING_TAIL.search(text + ")")  # …很多。”(供稿:某某 — the page cut off its closing bracket
    if m and said and not re.search(r"报道|供稿|撰稿|作者", m.group(0)):
        return None
    signed = _signed_names(m["names"]) if m else None
    return (m.start(), *signed) if signed else None


def bracket_bylines(text: str) -> list[tuple[str, str]]:
    """Authors named in brackets anywhere in a paragraph: (通讯员 某某), (作者:某某)."""
    out: list[tuple[str, str]] = []
    if "(" not in text and "（" not in text:
        return out  # (most paragraphs: no bracket, no scan)
    for m in _BRACKET_BYLINE.finditer(text):
        out += _bracket_authors(m["by"]) or []
    out += [("byline", m["name"]) for m in _CONTRIBUTED.finditer(text) if is_person_name(m["name"])]
    return out


# (某某参与采写), (某某参与采访): who helped write the report, in no role the text names
_CONTRIBUTED = re.compile(rf"[（(]\s*(?P<name>[{CJK}]{{2,4}})\s*(?:参与采写|参与采访|亦有贡献|对本文亦有贡献)\s*[)）]")


def _any_names(by: str) -> list[tuple[str, str]] | None:
    """Names no family name opens (泽塔雍措, 阿卜杜拉·艾买提), split by spaces or 、: none an ordinary word."""
    names = [n for n in re.split(r"[\s、]+", by.strip()) if n]
    ok = names and all(re.fullmatch(f"[{CJK}·]{{2,10}}", n) and not ordinary_words(n) and not phrase_not_name(n) for n in names)
    return [("byline", n) for n in names] if ok else None


_UNIT_SIGN = re.compile(rf"[{CJK}]{{1,2}}(?:{_PUBLICITY_SIGN}|宣|组|办)")  # 某组宣, 某宣: a department's short signature
# 粤组, 江纪办: a department's signature where a writer's name stands (never a person's: no name ends so)
_UNIT_SIGNATURE = re.compile(rf"[{CJK}]{{1,2}}(?:{_PUBLICITY_SIGN}|纪办|委办|府办|组|审)")  # (某审: an audit bureau's)


def _names_beside_units(by: str) -> list[str] | None:
    """(张某 某组宣 某宣): the writer's name, then the departments that sent the report in their short signatures."""
    tokens = by.split()
    units = [t for t in tokens if _UNIT_SIGN.fullmatch(t) and not is_person_name(t)]
    rest = " ".join(t for t in tokens if t not in units)
    return person_names(rest) if units and rest else None


# (编辑/某某 摄影/某某): a lead's brackets that credit the page's staff by role, slash and name
_STAFF_ROLE = r"(?:编辑|责编|责任编辑|摄影|摄像|图片|审核|校对)\s*[/／:：]"
_STAFF_CREDITS = re.compile(rf"(?:{_STAFF_ROLE}\s*[{CJK}]{{2,4}}?\s*){{1,4}}")
_STAFF_CREDIT = re.compile(rf"({_STAFF_ROLE})\s*([{CJK}]{{2,4}}?)(?=\s*{_STAFF_ROLE}|\s*$)")


def _staff_credits(by: str) -> list[tuple[str, str]] | None:
    """The editor a bracket of staff credits names (photographers, reviewers and checkers write nothing)."""
    if not _STAFF_CREDITS.fullmatch(by.strip()):
        return None
    editors = [("editor", name) for role, name in _STAFF_CREDIT.findall(by) if "编" in role and is_person_name(name)]
    return editors or None


_OUTLET = rf"[{CJK}]{{1,12}}?(?:{_MEDIUM_SUFFIX}|手机端|端)"
_OUTLETS_AFTER_FIRST = re.compile(rf"^(\s*{_OUTLET})(?:\s*[/／]\s*{_OUTLET})+(?=\s*(?:记者|通讯员))")


_NEWSROOM = re.compile(rf"·[{CJK}]{{2,10}}?新闻中心(?=\s*(?:记者|通讯员))")


def _bracket_authors(by: str) -> list[tuple[str, str]] | None:
    if re.search(r"摄\s*$", by) and not re.search(r"文\s*[/／、]?\s*摄\s*$", by):
        return None  # (本报记者某某摄): a photo's credit under its caption, no writer (文/摄: wrote it too)
    if staff := _staff_credits(by):
        return staff
    # (文/某报记者 甲 乙 编辑/丙): the writers, without the 文/ before them and the editor after; (文/ 甲 乙):
    # the writer's mark names them as the writers, as 作者: does
    by = re.split(r"\s+(?:编辑|责编|审核|校对)\s*[/／:：]", re.sub(r"^\s*文\s*[/／]\s*(?=\S*\s*记者|\S*\s*通讯员)", "", by))[0].strip()
    by = _NEWSROOM.sub("", by)  # (某某广电总台·某某新闻中心记者/甲 乙): the medium's newsroom, between it and the role
    marked = re.match(r"\s*文\s*[/／]\s*", by)
    m = marked or re.match(r"作者\s*[:：]\s*|作者\s+", by)  # (作者:某某), (作者 某某)
    names = person_names(by[m.end():]) if m else None
    if names:
        return [("author", n) for n in names]
    if marked:
        by = by[marked.end():]  # (文/某报 某某): the medium, then its writer
    elif m:
        return None
    by = _OUTLETS_AFTER_FIRST.sub(r"\1", by)  # (某某日报/某某网记者 甲): the group's outlets; the first names the paper
    role = BYLINE_ROLE.search(by)
    if role and role.start() == 0 and _REPORTED.search(by) and (fields := parse_byline_fields(by)):
        return fields  # (记者甲、乙报道), (记者甲 北京报道): the report's closing words are no name
    if role and role[0] == "报道组" and role.start() > 0 and not by[role.start() - 1].isspace():
        return _role_names(by[role.start():])  # (某县报道组 某某): the group bears its county's name, no person's
    if role and role.start() > 0:  # (某某 通讯员 某某 某某), (某某通讯员某某): a name before the roles
        head, rest = person_names(by[:role.start()]), _role_names(by[role.start():])
        if head and rest:
            return [("byline", n) for n in head] + rest
    unsaid = re.sub(r"\s*报道$", "", by)  # (甲、乙报道): the writers, then the report's closing word
    names = None if role else person_names(unsaid) or _glued_pair(by) or _names_beside_units(by)
    if names:
        return [("byline", n) for n in names]
    # (钱江晚报记者 刘焜): the medium the writer works for, glued to the role, is the source
    return _role_names(by) or parse_byline_fields(_SENT_TO.sub("", by))


# …贡献。(某某局 撰写:甲 审核:乙), (某某纪委监委 | 责任编辑 甲): the unit that sent the report, then who
# wrote, edited or checked it, closing the last paragraph or on a line of its own
_WRITER_CREDITS, _EDITOR_CREDITS = ("撰写", "撰稿", "撰文", "作者", "文字"), ("责任编辑", "责编", "编辑")
_CREDIT_WORDS = _WRITER_CREDITS + _EDITOR_CREDITS + ("审核", "审校", "校对", "摄影", "图片", "供稿")
_CREDIT_LABEL = re.compile("(" + "|".join(_CREDIT_WORDS) + r")\s*[:：]?\s*")
_CREDITED_UNIT = re.compile(r"委|部|局|办|厅|中心|站|组|院|所|处|科|室|政府|协会|学会|社")  # 某某局: a unit, no person
_CLOSING_CREDITS = re.compile(rf"(?:^|(?<=[。！？!?”]))\s*[（(]\s*(?:据)?(?P<unit>[{CJK}]{{2,20}}?)(?:供稿|提供)?\s*[|｜/]{{0,2}}\s*"
                              rf"(?P<credits>(?:{_CREDIT_LABEL.pattern})[^()（）]{{2,60}})[)）][\s|｜]*$")


# …。(某某县人社局 供稿): the unit that sent the report in, naming nobody
# (图片由某某提供, 数据由某局提供: a thing credited, no report's source)
_UNIT_SUPPLIED = re.compile(rf"(?:^|(?<=[。！？!?”]))\s*[（(]\s*(?![^()（）]*(?<!自)由)"  # (自由贸易区 holds 由)
                            rf"(?P<unit>[{CJK}]{{3,20}}?)\s*(?:供稿|提供)\s*[)）][\s|｜]*$")
_CLOSING_UNIT_NAMES = re.compile(rf"(?<=[。！？!?”])\s*[（(]\s*(?P<unit>[{CJK}]{{2,16}}(?:广播电视台|电视台|融媒体中心|新闻中心))"
                              rf"\s*(?P<names>[{CJK}]{{2,4}}(?:\s+[{CJK}]{{2,4}})*)\s*[)）][\s|｜]*$")  # (spaces may be lost)
# …规定。(供稿 某某 编辑 某某): people credited, each label before a name, no unit
_CLOSING_PEOPLE = re.compile(rf"(?:(?<=[。！？!?”])|^)\s*[（(]\s*(?P<credits>(?:{'|'.join(_CREDIT_WORDS)}|文(?=\s*[:：/／]))"
                             rf"\s*[:：/／]?\s*[{CJK}][{CJK}·:：\s、,，/／]{{1,40}}?)\s*[)）][\s|｜]*$")  # (供稿某某编辑某某: spaces lost;
# (文:某某/编辑:某某) on a line of its own: the writer's mark with its colon)
_PEOPLE_LABEL = re.compile("(" + "|".join(_CREDIT_WORDS) + r"|文(?=\s*[:：/／]))\s*[:：]?\s*")
_UNIT_WROTE = re.compile(rf"(?:^|(?<=[。！？!?”]))\s*[（(]\s*文\s*[/／:：]?\s*(?P<unit>[{CJK}]{{2,16}}(?:融媒体中心|新闻中心|"
                         rf"宣传部|组织部|办公室|纪委监委|融媒|报社|电视台|[局委办])|[{CJK}]{{2,8}}宣)\s*[)）][\s|｜]*$")


def closing_credits(text: str) -> tuple[int, list[tuple[str, str]]] | None:
    """Where a closing credit starts and its fields: the unit as the source, the writers, the editor
    (a 责任编辑 before a plain 编辑)."""
    if (unit := _UNIT_WROTE.search(text)) and not is_person_name(unit["unit"]):
        return unit.start(), [("source", unit["unit"])]  # …。(文 某某市融媒体中心): the unit wrote it
    m = _CLOSING_CREDITS.search(text)
    fields = _credit_fields(m) if m else None
    if not fields and (m := _CLOSING_PEOPLE.search(text)):
        fields = _people_credited(m["credits"])
    if not fields and (m := _CLOSING_UNIT_NAMES.search(text)) and (names := person_names(m["names"])):
        fields = [("source", m["unit"])] + [("byline", n) for n in names]  # …。(某某区广播电视台 某某): the station and its reporter
        # (a paper's edition, (人民日报海外版), is no reporter: papers are left out)
    if not fields and ("供稿" in text or "提供" in text) and (m := _UNIT_SUPPLIED.search(text)) and not person_names(m["unit"]):
        fields = [("source", m["unit"])]
    return (m.start(), fields) if fields else None


def _people_credited(credits: str) -> list[tuple[str, str]] | None:
    """(供稿 某某 编辑 某某): the writers (供稿 says no role) and the editor, each a person's name."""
    parts = _PEOPLE_LABEL.split(credits)[1:]
    named = [(label, person_names(names.strip(" /／"))) for label, names in zip(parts[::2], parts[1::2])]
    if not named or any(names is None for _, names in named):
        return None
    writers = [("author" if label != "供稿" else "byline", n) for label, names in named if label in _WRITER_CREDITS + ("供稿", "文")
               for n in names]
    editors = sorted((_EDITOR_CREDITS.index(label), names[0]) for label, names in named if label in _EDITOR_CREDITS)
    return writers + ([("editor", editors[0][1])] if editors else []) if writers else None


def _credit_fields(m: re.Match[str]) -> list[tuple[str, str]] | None:
    """A closing credit's unit as the source, then its writers and editor; None without either."""
    writer = is_person_name(m["unit"]) and not _CREDITED_UNIT.search(m["unit"][-1])  # (某某 || 责任编辑 某某): who wrote it
    if not writer and (not _CREDITED_UNIT.search(m["unit"]) or len(m["unit"]) < 3):
        return None
    parts = _CREDIT_LABEL.split(m["credits"])[1:]  # label, names, label, names …
    named = [(label, person_names(names.strip()) or []) for label, names in zip(parts[::2], parts[1::2])]
    writers = [("author", n) for label, names in named if label in _WRITER_CREDITS for n in names]
    editors = sorted((_EDITOR_CREDITS.index(label), names[0]) for label, names in named if label in _EDITOR_CREDITS and names)
    fields = writers + [("editor", editors[0][1])] if editors else writers
    return [("byline" if writer else "source", m["unit"])] + fields if fields else None


def byline_spans(text: str) -> list[tuple[int, int]]:
    """Where a line holds bracketed names (a lead's or a closing byline): the spaces there
    separate people, so the space repair must keep them."""
    spans = [m.span("by") for m in _BRACKET_BYLINE.finditer(text)]
    m = _lead_match(text)
    if m and m["by"]:
        spans.append(m.span("by"))
    if m and m["mark"] == "消息" and not m["by"] and text[m.end("mark"):m.end("mark") + 1] == " " and _news_mark_ends(text, m):
        spans.append((m.end("mark"), m.end("mark") + 1))  # 某某网消息 正文: the space that ends the lead's mark
    spaced = _spaced_lead(text, m) if m else None
    if spaced:
        spans.append(spaced.span("by" if spaced["by"] else "own"))  # 某报讯 记者 某某 不久前: keep the spaces that end the names
    named = _NAMES_LEAD.match(text)
    if named and person_names(named["by"]):
        spans.append(named.span("by"))  # (某某 某某)一年多来: the names alone opening the text
    m = _CLOSING_NAMES.match(text) or _CLOSING_TAIL.search(text)
    if m and _signed_names(m["names"]):
        spans.append(m.span("names"))
    if "(" in text or "（" in text:
        credit = _CLOSING_CREDITS.search(text)
        if credit and _credit_fields(credit):
            spans.append(credit.span("credits"))  # (某某局 撰写:甲 乙 审核:丙): the spaces part the names
    return spans
