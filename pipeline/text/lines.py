"""Line-level repairs: boilerplate, SEO spam, metadata lines, page breaks.

Runs after the character repairs, so it sees simplified, half-width text with
whitespace already collapsed inside lines.  It decides, line by line, what is
article text and what is page furniture, rejoins paragraphs that a page break
cut in two, and returns the final clean text.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import takewhile
import re

from pipeline.core.lexicons import alternation, word_list, word_set, word_table
from pipeline.core.records import Line, QualityReport, Repair
from pipeline.nlp.segment import get_segmenter
from pipeline.text.chars import BULLETS, CJK, CJK_EXT_A, SENTENCE_STOPS, UNREADABLE, cjk_count, is_cjk, without_spaces
from pipeline.text.meta import BETTING_BRAND, FIELD, bracketed_key, byline_spans, parse_byline_fields, parse_meta_line, plain_word
from pipeline.text.tracked import Builder, Tracked

TERMINAL = SENTENCE_STOPS + "…"
CLOSERS = "”’」』)）】》\"'"
# 《某某.docx》由会员分享,可在线阅读,更多相关《…》请在某某文库上搜索: a document site's credit line
_SHARED_DOC = re.compile(r"由(?:会员|用户)[^，,。]{0,6}(?:分享|上传)[，,]\s*可在线阅读|请在[^，,。]{2,12}(?:文库|网)上搜索")
# (复制 and 使用 are any rule's verbs, 未经同意不得擅自使用帮扶资金: they ban a reprint only where the line names
# the site or its content or a publisher's verb too, _NAMED_WORK; 转载, 摘编, 镜像, 转贴 are a publisher's own)
_REPRINT_BAN = re.compile(r"未经允许[^。]{0,6}不得(?:转载|镜像|摘编|转贴)|未经[^，,。]{0,8}(?:授权|许可|同意)[^。]{0,20}(?:不得|严禁|禁止)[^。]{0,4}(?:转载|(?P<copy>复制|使用)|摘编|镜像|转贴)"
                          r"|不得(?:转载|(?P<copy2>复制)|摘编)[^。]{0,30}未经"
                          r"|^转载请注明\s*[“\"]?(?:转自|出自)[^：:\s]{2,20}[”\"]?$")  # 转载请注明“转自某某网”: the site's terms
_NAMED_WORK = re.compile(r"本[网站刊报文]|本平台|本公众号|网站|文章|内容|稿件|作品|图文|图片|版权|转载|镜像|摘编|转贴")
_BOILER_PREFIX = re.compile(
    r"^(?:【?\s*字体\s*[:：]|【?\s*字号\s*[:：]|分享到|上一篇\s*[:：]|下一篇\s*[:：]|上一个文章\s*[:：]|下一个文章\s*[:：]|相关阅读|相关新闻|"
    r"查看完整版本\s*[:：]|页\s*[:：]\s*\[\d+\]|"  # (a forum archive's pager and its link to the thread)
    r"收听本文\s*\d|官方网站\s*[:：]\s*(?:https?://|www\.)|"  # (收听本文 00:00/00:00: an audio player's label and its clock)
    r"版权所有|copyright|©|\(c\)\s*(?:(?:19|20)\d\d|[A-Za-z])|主办单位(?:及版权所有)?\s*[:：]|主办\s*[:：]|承办\s*[:：]|技术支持\s*[:：]|"  # ((c) 在…: a list's item)
    r"(?:联系|通讯)?地址\s*[:：]|邮编\s*[:：]|联系电话\s*[:：]|电话\s*[:：]|传真\s*[:：]|e-?mail\s*[:：]|版面\s*[:：]\s*第|"
    r"浏览次数|阅读次数|点击数|访问量|当前位置|您的位置|您现在的位置|您当前的位置|本页位置|扫描二维码|"
    r"关键[词字]\s*[:：]|[^\s:：]{0,4}位置\s*[:：]|[您你](?:当前|现在|目前)?(?:所在的?|的)?位置\s*[:：]|"  # (您当前所在的位置:, 您现在所在的位置 :, by their shape)
    r"本文链接|原标题\s*[:：]|正在阅读\s*[:：]|欢迎(?:加入|访问|光临|来到)[^\n，,。]{2,20}?(?:网|网站|平台)\s*[!！]?\s*$|TA的每日心情|签到天数\s*[:：]|本帖最后由|管理提醒\s*[:：]\s*本帖被|只看该作者|\d{1,4}#$|【?\s*(?:打印|关闭)(?:窗口|本页)?\s*】?\s*$|(?:版权|免责)声明\s*[:：])",
    re.IGNORECASE,
)
# The characters _BOILER_PREFIX's matches open with (both cases of its Latin letters, re folds no other
# character onto them), but for 栏目位置: and the like, which open with anything before 位置
_FURNITURE_OPENINGS = frozenset("(©【上下主传免关分原只地字官当您你打扫承技收本查欢正浏点版电相签管联访通邮阅页TtCcEe")


def _may_open_furniture(s: str) -> bool:
    """Whether _BOILER_PREFIX could match ``s`` (a digit opens a floor's number, 12#)."""
    return s[:1] in _FURNITURE_OPENINGS or s[:1].isdigit() or s[:1].isspace() or "位置" in s


# - 某镇召开现场会(2019-12-19 15:33:55): another article's headline and time, in a list of links
# a footer's key alone on its line (地址:, 电话:, E-mail:), its value on the next
_BARE_FOOTER_KEY = re.compile(r"^\s*(?:地址|邮编|邮政编码|联系电话|电话|传真|e-?mail|电子邮箱|邮箱|技术支持|主办单位|承办单位)\s*[:：]\s*$",
                              re.IGNORECASE)
_RELATED_LINK = re.compile(r"^[-·•●◆]\s*[^。；;\n]{4,60}?[(（]\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[)）]$")
# - [ 01-29]某地某事: a link to another article, its day in brackets before its headline
_DATED_LINK = re.compile(r"^[-·•●◆]\s*[\[【(（]\s*(?:(?:19|20)\d{2}[-/.])?\d{1,2}[-/.]\d{1,2}\s*[\]】)）]\s*[^。；;\n]{4,60}$")
_REPEATED = re.compile(r"(.{4,15}?[。！!？?…]*|.{2,3}?[。！!？?…]+)\s*(?:\1\s*)+")  # 某句。某句。: a fragment the scraper printed over and over
_HOSTED_BY = re.compile(rf"^(?![^由]*由)[{CJK}]{{2,20}}(?:集团|报社|网|中心|政府|委员会|委|部|局|办公室|协会|学会)(?:联合)?(?:主办|承办|协办|技术支持)$")  # 某某报业集团主办: the site's publisher (or who built it)
_WORD_COUNT_LINE = re.compile(r"^文章字数\s*[:：]\s*\d+\s*$")  # an e-paper's count of the article's characters
_EPAPER_PAGER = re.compile(r"上一版|下一版|本期共\s*\d+\s*版|当前(?:第\s*\d+\s*版|版\s*[:：]?\s*\d+\s*版?)|PDF|pdf|版面导航|\s+")
# 欢迎广大网民为某某网提供新闻线索…热线电话:…, 新闻热线:… 投稿邮箱:…, 想爆料?请登录…: the site asks for tips
_TIP_LINE = re.compile(rf"^(?:欢迎广大(?:网民|读者|网友)[^。]{{0,30}}?(?:提供新闻线索|投稿|爆料|报料)|想?(?:爆料|报料)[?？!！,，]|(?:新闻|报料|爆料)热线\s*[:：])")
_CONTACT = re.compile(r"\d{3,4}-?\d{7,8}|@|https?://|热线|邮箱")
# …欢迎扫描下方二维码关注某某(微信号:…): the site's account to follow
_FOLLOW_PROMO = re.compile(r"(?:扫描|扫码|长按|识别)[^。]{0,12}二维码[^。]{0,6}关注[^。]{0,20}[(（]\s*(?:微信号|公众号|抖音号)\s*[:：]")  # (its account's id)
# 某某镇官方网站 某某新闻网制作维护: the site's name, then who built and keeps it
_BUILT_BY = re.compile(rf"^[{CJK}]{{2,24}}(?:官方网站|门户网站|网站)?\s*[{CJK}]{{2,20}}(?:制作维护|维护制作|负责维护|技术维护)$")
# 某某网版权与免责声明 and its numbered clauses, each opening on the site (未经本网许可…, 本网转载…); not
# 基本网格… or a station's 本站已取得…许可证
_DISCLAIMER = re.compile(rf"^[{CJK}]{{0,8}}(?:版权(?:与|和|及)?免责声明|免责声明|版权声明)\s*[:：]?$"
                         r"|^[^。]{0,30}(?:如有|若有|如涉及?)侵权[^。]{0,20}(?:删除|删稿)[^。]{0,10}[。!！]?$"  # 文字图片来自网络,若有侵权请联系删稿: a reposting site's notice
                         r"|^(?:\d{1,2}\s*[、.．]\s*)?(?:(?:声明|声明提示|免责声明|版权声明|特别声明)\s*[:：]\s*)?(?:未经本[网站]|凡本[网站]|本[网站](?:转载|所载|刊载|登载|所发|发布的))"
                         r"|^\d{1,2}\s*[、.．](?=.*本[网站])(?=.*(?:版权|转载|许可|免责|侵权|不代表))"
                         r"|^\d{1,2}\s*[、.．](?=.*网站的?(?:市场)?经营)(?=.*(?:主办|授权))"  # 1、“某某在线”由某台主办。经其授权,…负责网站的经营
                         r"|^(?:特别)?声明\s*[:：](?=.*(?:转载|版权|侵权|侵犯))(?=.*(?:本[网站]|作者|来源|不代表))"  # 声明:转载此文…
                         # …版权归来源方所有,…不代表本网观点 / 如因版权…疑问,请30日内与某某网联系: a reposting site's terms
                         r"|^(?:您|如|若|凡|原网页|本网|本站|转载)(?=[^。]{0,60}版权)(?=.*(?:不代表本[网站]|请[^。]{0,12}与[^。]{0,10}(?:网|本站)联系))")
_RIGHTS = re.compile(r"^\s*(?:版权所有|copyright|©|\(c\)\s*(?:(?:19|20)\d\d|[A-Za-z]))", re.IGNORECASE)  # (not (c) 加强监督, a list's item)
_RIGHTS_AFTER_YEARS = re.compile(r"(?:19|20)\d\d\s*[-—–~]\s*(?:19|20)\d\d\s*版权所有")  # 某某报社 2009-2016 版权所有
_LATIN_WORD = re.compile(r"[A-Za-z]{2,12}")
_SERVER_ERROR = re.compile(r"(?:[45]\d\d\s+(?:Not Found|Bad Gateway|Bad Request|Forbidden|Internal Server Error|Service Unavailable"
                           r"|Gateway Time-?out)|Sorry for the inconvenience\.?|Please report this message\b.*"
                           r"|Server\s*:\s*[\x21-\x7e][\x20-\x7e]*|Powered by\s+[\x21-\x7e][\x20-\x7e]{0,40}|URL\s*:\s*https?://\S+"
                           r"|Date\s*:\s*(?:19|20)\d\d[/-]\d{1,2}[/-]\d{1,2}\s+\d{1,2}:\d\d(?::\d\d)?)$")  # (the server's stamp, to the second)
_SENTENCE_MARK = re.compile(r"[。，,；;！!？?]")  # (来信请寄:…,邮编:230091。 is the text's own sentence)
_POSTCODE = re.compile(r"(?:邮政编码|邮编)\s*[:：]?\s*\d{6}(?!\d)")  # 某某路1号 邮政编码:230091: the site's address
# (only searched for, never read: the line-start alternative first, then a lookahead for the first
# characters of the others, which lets the search reject most positions at one character)
_ICP = re.compile(r"^[\u4e00-\u9fff]{1,2}新办\s*\[?\s*\d{4}\s*\]?\s*\[?\s*\d{1,4}\s*\]?\s*号$"  # 某新办2009[17]号: a news site's licence (〔2023〕: a document's number)
                  r"|(?=[ic公网京\d许国])(?:ICP\s*[备证]|公网安备|网安备|京ICP|\d{6}号-\d|许可证\s*(?:编号)?\s*[:：]\s*\d{6,}"
                  r"|(?:国内统一|国际标准)(?:连续出版物)?刊号|(?<![A-Za-z])CN\s?\d{2}\s?-\s?\d{4}(?!\d))", re.IGNORECASE)  # (a paper's masthead: 国内统一刊号:CN 43-0003)
# channelId 1 1 1, var pageSize = 20;: a script's or a template's variables printed as text, a line of
# ASCII names and numbers with at least one name shaped as code's (camelCase, snake_case, or given a value)
_CODE_LINE = re.compile(r"[\w$.=:;,'\"{}\[\]()\s-]+", re.ASCII)
_CODE_NAME = re.compile(r"[a-z]{2,}[A-Z]|[A-Za-z\d]_[A-Za-z\d]|[\w\]]\s*=\s*[\w'\"]", re.ASCII)
# (资料图片), (图片来源:某某网), (图片由某某提供), (某某供图), (记者 某某 摄): a photo's label or credit alone
# on its line, where the picture stood: no heading of what follows and no field of the report (图片来源:某某,
# bare too, names whose photo it is, not the report's source).  Not a caption (图为…, (图片为…)), which
# tells what the photo shows.
_PHOTO_WORD = r"(?:本报|本刊|本网|新华社)?(?:资料图片|资料照片|资料图|网络图片|网络配图|配图|示意图|视频截图|截图|图片|照片|图)"
_PHOTO_SAID = r"[^()（）【】\[\]。；;]{1,30}"
_PHOTO_SOURCE = rf"(?:[，,\s]*(?:来源|来自|出处)于?\s*[:：]?|\s*[:：/／](?!\s*文)|由(?={_PHOTO_SAID}提供)){_PHOTO_SAID}"  # (…提供 in the said)
_PHOTO_LABEL = re.compile(
    rf"[(（【\[]\s*(?:{_PHOTO_WORD}\s*(?:仅供参考|{_PHOTO_SOURCE})?|(?:图源|摄影)\s*[:：/／]?{_PHOTO_SAID}"
    rf"|[^()（）【】\[\]。，,；;：:]{{2,24}}?(?:[\s/／]*摄(?:影)?|供图))\s*[)）】\]]"
    rf"|{_PHOTO_WORD}(?:[，,\s]*(?:来源|来自|出处)于?\s*[:：]?|由(?={_PHOTO_SAID}提供)){_PHOTO_SAID}|图源\s*[:：]{_PHOTO_SAID}")


def _may_be_licence(s: str) -> bool:
    """Whether _ICP could match ``s``: each of its alternatives holds 号 (某新办…号, 000000号-1, 刊号), 备 or 证
    (ICP备, 公网安备, 许可证), 京 (京ICP) or a hyphen (CN 43-0003); none of them has a case to fold."""
    return "号" in s or "备" in s or "证" in s or "京" in s or "-" in s


# Possessive quantifiers: a long run of digits must not backtrack exponentially.
_PAGINATION = re.compile(r"^(?:第\s*[A-Z]?\d{1,3}\s*版\s+)?(?:\d{1,3}\s*)*+(?:上一[页篇期版]|下一[页篇期版]|尾页|首页|末页)(?:\s*\d{1,3})*+(?:\s*(?:上一[页篇期版]|下一[页篇期版]|尾页|首页|末页)(?:\s*\d{1,3})*+)*$")
_PAGE_NUMBER = re.compile(r"^(?:[-—]\s*)?\d{1,3}(?:\s*[-—])?$|^(?:\d{1,3}\s+){1,9}\d{1,3}$|^第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?$"
                          r"|^[【\[]?\s*(?:第\s*\d+\s*页\s*){2,}[】\]]?$"  # 【 第1页 第2页 第3页 】: a pager
                          r"|^第\s*\d+\s*期\s*[:：]?\s*第\s*[A-Z]?\d+\s*版$")  # 第7878期:第02版: a paper's issue and page
_BUTTON = re.compile(r"【[^【】]{1,12}】")
_BUTTON_SPLIT = re.compile(r"[【】\[\]\s|｜]+")
_SCRIPT_TOGGLE = re.compile(r"^\s*(?:简\s*/\s*繁|繁\s*/\s*简)\s*体?\s*$")  # 简/繁 体: the page's script switch
_FONT_SIZES = re.compile(r"^(?:字体|字号)?\s*[:：]?\s*【?\s*大\s*中\s*小\s*】?$")
_LOCAL_UNIT = re.compile(r"(?:镇|乡|街道|苏木|村|社区|嘎查)$")
_ADMIN_SUFFIX = re.compile(r"(?:省|市|县|区|州|旗|盟|镇|乡|自治区|特别行政区)$")
_SEPARATORS = re.compile(r"\s*[|｜丨]\s*")
_LIST_SEPARATORS = re.compile(rf"[|｜丨_＿,，\s]+|(?<=[{CJK}\d.])I(?=[{CJK}\d]|av)")  # (…免费看I久久…: a bar turned into I)
# 甲-乙-丙-丁: a spam header's items joined by hyphens (a page title's 标题-栏目-网站 has three, one of them spam-like at most)
_HYPHENS = re.compile(rf"(?<=[{CJK}])-(?=[{CJK}\d])")
_TITLE_PREFIX_SEP = re.compile(r"\s*(?:_|＿|\s-\s|\s—\s|\s\|\s|｜|丨)\s*")
_TITLE_SEP_CHARS = ("_", "＿", "-", "—", "|", "｜", "丨")  # (every separator holds one)


def ends_sentence(s: str) -> bool:
    # (…集中轮训。�: an icon font's glyph after the stop, made unreadable by repair, is no part of the sentence)
    s = s.rstrip(CLOSERS + " " + UNREADABLE)
    return bool(s) and s[-1] in TERMINAL


def is_heading_like(s: str) -> bool:
    return 2 <= len(s) <= 30 and not ends_sentence(s) and s[-1] not in "，,、：:"


# 一、, （一）, 第一章, 第二部分: the numbers of a document's sections (not 1. or 一是, which number its items)
_SECTION_NUMBER = re.compile(r"\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十\d]+(?:章|节|部分))")


def is_section_heading(s: str) -> bool:
    """一、坚持…，着力建设…的干部队伍: a numbered section's heading, however long (up to 60), no stop in it."""
    return len(s) <= 60 and bool(_SECTION_NUMBER.match(s)) and not any(c in s for c in SENTENCE_STOPS) \
        and s.rstrip()[-1:] not in "，,、：:…"


_CLAUSE_END = re.compile("[。；;]")
_CLAUSE_OR_COMMA = re.compile("[。；;，,]")


def is_headline_like(s: str) -> bool:
    """A title, or a short headline that ends in !, ? or an ellipsis (重磅!… / …哪些80后? / …这一年……)."""
    if is_title_like(s):
        return True
    end = s.rstrip(CLOSERS)[-1:]
    return (
        4 <= len(s) <= 40 and end in "！？!?…" and not (_CLAUSE_END if end != "…" else _CLAUSE_OR_COMMA).search(s)
        and cjk_count(s) >= 3 and s[0] not in "(（"
    )  # (a clause trailing off, 条件极差,发展滞后……, is the text)


_CLAUSE_OPENERS = frozenset("，,、；;。：:")


@lru_cache(maxsize=8192)  # (a pure function of the line, asked of most lines three times: splitting, page breaks, copying)
def is_title_like(s: str) -> bool:
    return (
        (4 <= len(s) <= 60 or bool(ISSUED_TITLE.match(s)))  # a notice's title runs long
        and not ends_sentence(s)
        and s[-1] not in "，,、：:；;"
        and cjk_count(s) >= 3
        and (s[0] not in "(（" or bool(_OUTLET_TAG.match(s)))
        and s[0] != "_"  # _某某: the tail of a page's title whose headline was cut off
        and s[0] not in _CLAUSE_OPENERS  # ,他们是…: a sentence's clause, the line broken before its comma
        and not _BANNER.fullmatch(s)
    )


# 【在…指引下——…新篇章】: a campaign's column banner, wholly bracketed around a dash (【柳川镇开展培训】
# may be a headline in brackets); 【某某.com-某某门户网】: a site's banner with its address
_BANNER = re.compile(r"【[^【】]{6,}(?:——|·)[^【】]{4,}】|【[^【】]*[A-Za-z\d]\.(?:com|cn|net|org)\b[^【】]*】")


# the last characters of a unit's name (某某县委党校, 某某镇, 某某局): a bracketed unit before a headline is its kicker
UNIT_END = r"(?:党校|党委|党工委|委员会|委|局|办公室|办|部|中心|学院|院|学校|校|所|站|会|处|镇|乡|街道|县|区|市|公司|集团)"
# (某某云)标题: the outlet that carried it, in brackets before a headline; (转载)标题: the item's kind;
# (某某县委党校):标题, (第一期):标题: the unit that sent it or the item's label, in brackets and closed by a colon
# (an outlet's name: a paper, agency, site, station, app or account: 新华社, 学习强国, 云上某某); clean_title cuts it
OUTLET_TAG = (rf"(?:[(（](?:转载|原创|推荐|置顶|图文|组图|视频|[{CJK}]{{0,4}}(?:快评|时评|短评|锐评|观察|视点)"  # ((现场快评): a column)
              rf"|[{CJK}]{{1,8}}(?:云|网|台|报|社|融媒|发布|客户端|新闻|在线|频道)|学习强国|云上[{CJK}]{{2,3}})[)）]"
              rf"|[(（][{CJK}\d]{{2,16}}[)）](?=\s*[:：])"  # (某某县委党校):标题, (第一期):标题: who sent it, or a label
              rf"|[(（][{CJK}]{{4,10}}[)）](?=[^\s(（]))(?:\s*[:：])?")  # (走进乡村看变化)标题: a column's tag run into the headline
_OUTLET_TAG = re.compile(rf"{OUTLET_TAG}\s*(?=[^\s(（]\S{{5,}})")


def spam_reason(s: str) -> str | None:
    bars = s.count("|") + s.count("｜") + s.count("丨")  # (counted first: most lines have none to split on)
    if bars >= 3 and len(items := [i for i in _SEPARATORS.split(s) if i]) >= 4:
        short = sum(len(i) <= 10 for i in items)
        if short >= 0.7 * len(items) and not any(c in s for c in "。，,；"):
            places = sum(bool(_ADMIN_SUFFIX.search(i)) for i in items)
            if _towns_only(items):
                return None  # 甲镇 | 乙镇 | 丙乡 | 丁街道: a table's row of one county's towns
            return "place-name list" if places >= 0.4 * len(items) else "keyword list"
    words = s.split()
    if len(words) >= 5 and all(len(w) <= 8 for w in words) and not any(c in s for c in "。，,；"):
        places = sum(bool(_ADMIN_SUFFIX.search(w)) for w in words)
        if places >= 0.7 * len(words) and not _towns_only(words):
            return "place-name list"  # (甲镇 乙镇 丙乡 …: a county's towns set out in a row, an award list or a table)
    return _keyword_spam(s)


def _towns_only(items: list[str]) -> bool:
    """甲镇 乙乡 丙街道 …: every item a town or village (a county's own list), none a county or city."""
    return all(_LOCAL_UNIT.search(i) for i in items)


@lru_cache(maxsize=2)
def _spam_words(ambiguous: bool = True) -> re.Pattern[str]:
    """Any word of resources/spam_words.txt (gambling, adult, fake papers) and, with ``ambiguous``, of
    resources/spam_words_ambiguous.txt (ordinary words such spam also uses: 三级, 福利, 精品), the longest first."""
    words = word_list("spam_words.txt") + (word_list("spam_words_ambiguous.txt") if ambiguous else ())
    return re.compile(alternation(words), re.IGNORECASE)


@lru_cache(maxsize=2)
def _spam_words_as_written(ambiguous: bool = True) -> re.Pattern[str]:
    """_spam_words without its case folding: in a text holding no letter that has a case, it finds the
    same words at the same places (folding changes nothing there), about ten times faster (re compares
    a folded pattern character by character at every position, a plain alternation skips ahead)."""
    return re.compile(_spam_words(ambiguous).pattern)


def _spam_words_for(s: str, ambiguous: bool = True) -> re.Pattern[str]:
    """The spam-word pattern to search ``s`` with: the plain one where ``s`` has no cased letter."""
    return _spam_words_as_written(ambiguous) if s.lower() == s.upper() else _spam_words(ambiguous)


def has_spam_word(s: str, ambiguous: bool = True) -> bool:
    """Whether ``s`` holds a word of resources/spam_words.txt (or, with ``ambiguous``, of spam_words_ambiguous.txt)."""
    return bool(_spam_words_for(s, ambiguous).search(s))


@lru_cache(maxsize=1)
def _poster_card() -> re.Pattern[str]:
    """级别: 管理员, 发帖: 1290, 在线时间: 861(时): a line of a forum poster's card (resources/forum_card_labels.txt,
    resources/forum_ranks.txt)."""
    labels = alternation(word_list("forum_card_labels.txt"))
    ranks = "|".join(map(re.escape, word_list("forum_ranks.txt")))
    return re.compile(rf"(?:{labels})\s*[:：]\s*(?:[\d,.-]{{1,12}}(?:\s*[(（]?[{CJK}]{{1,2}}[)）]?)?|(?:{ranks})|\d{{4}}-\d{{1,2}}-\d{{1,2}})")


def _keyword_spam(s: str) -> str | None:
    """Spam by shape: short items joined by separators, two or more of them spam words;
    or a line made mostly of spam words.  One such word in a heading is not spam."""
    if "官" in s and BETTING_BRAND.fullmatch(s.strip()):  # (官网, 官方网站: the brand's last word)
        return "betting brand"  # (168体育官网 alone on its line, where the site's name stood)
    if "。" in s or "；" in s:
        return None
    if not has_spam_word(s, ambiguous=False):
        return None  # 三级联动保福利: ordinary words alone (spam_words_ambiguous.txt), no gambling or adult one
    spam_words = _spam_words_for(s)  # (for its items and parts too: they hold no cased letter where it holds none)
    hits = spam_words.findall(s)
    items = [i for i in _LIST_SEPARATORS.split(s) if i]
    spam_items = sum(bool(spam_words.search(i)) for i in items)
    if len(items) >= 3 and sum(len(i) <= 14 for i in items) >= 0.7 * len(items) and spam_items >= 2:
        return "spam keyword list"
    parts = [i for i in _HYPHENS.split(s) if i] if "-" in s else []
    if len(parts) >= 4 and sum(bool(spam_words.search(i)) for i in parts) >= 3:
        return "spam keyword list"
    solid = len(s) - s.count(" ")
    if len(set(hits)) >= 2 and sum(map(len, hits)) >= 0.3 * solid and not ends_sentence(s):
        return "spam keywords"
    return None


_APP_NAME = re.compile(rf"[{CJK}]{{2,6}}(?:新闻|日报|晚报|发布|融媒)(?:APP|App|app|客户端)")  # (not 某县上线智慧党建APP)
_BOXED_LABEL = re.compile(r"≡\s*[^≡。，,]{2,14}?\s*≡")
_MEDIUM_LINK = re.compile(rf"[{CJK}]{{2,8}}(?:网首页|网|日报|晚报|早报|都市报|时报|商报|客户端)")
_TEMPLATE_TAG = re.compile(r"\{\{\s*[A-Za-z_][\w.]*\s*\}\}", re.ASCII)


_TEASER_LINK = re.compile(r"[\[【]\s*(?:详细|詳細|详情|詳情|全文|阅读全文|閱讀全文)\s*[\]】]$")


def boilerplate_reason(s: str, following: str | None) -> str | None:
    if "<" in s and not _MARKUP_TAG.sub("", s).strip(" \t" + BULLETS).rstrip("0123456789.、 "):
        return "markup"  # <s id="x"><nobr id="x"></nobr></s>: a page's tags with no text (1. <li…>: a list's number), printed as text
    if "-->" in s and (s.lstrip().startswith("-->") or s.rstrip().endswith("-->")) and not _SENTENCE_MARK.search(s):
        return "markup"  # --> 日期 作者 报名 文件名 标题 /enpproperty-->: a CMS's record, left in an HTML comment
    if len(s) >= 120 and not _PROSE_MARK.search(s) and cjk_count(s) >= 100 and _long_runs(s) \
            and len(_SOURCE_MARK.findall(s)) < 2:  # (a comma ends prose's scan early; [1]…[2]: a summary citing its sources)
        return "run of headlines"  # an e-paper's index of the day's headlines glued into one line: no prose has no comma
    if s.count(" -> ") >= 2 and "。" not in s:
        return "navigation"  # 某论坛 -> 1991年01月 -> 标题 [打印本页] 登录 -> 注册: a forum's trail and its links
    if "字数" in s and _WORD_COUNT_LINE.match(s):
        return "page furniture"
    if "版" in s and not _EPAPER_PAGER.sub("", s).strip(" «»<>《》,，|·"):
        return "navigation"  # «上一版 下一版»本期共N版, 当前第N版 PDF: an e-paper's pager between its pages
    if ("|" in s or "｜" in s) and (items := [i.strip() for i in re.split(r"[|｜]", s)]) and len(items) >= 3 \
            and all(_MEDIUM_LINK.fullmatch(i) for i in items) and any(re.search("[日晚早]报$", i) for i in items):
        return "navigation"  # 某某网首页 | 某某日报 | 某某晚报: an e-paper's links to its site and its papers
    # (from here on a pattern is tried only where what every match of it holds stands: the characters
    # it opens with, or a string it needs; a paragraph's line is spared most of the scans)
    if s.lstrip()[:1] in "版©(cC" and _RIGHTS.match(s):  # (版权所有, ©, (c), copyright in either case)
        return "footer"  # Copyright 2005 © 某某网 版权所有 …: the site's rights, closing its page
    furniture = word_set("page_furniture.txt")
    bare = s.strip("【】[]<>《》 ×✕✖-")  # (关闭×: a button and its close mark; - 查看更多回复>: a comment list's item)
    if "{{" in s and _TEMPLATE_TAG.search(s):
        return "page furniture"  # 查看全部{{ item.replyCount }}条回复: a comment widget's template, never filled in
    if "/" in s and _SCRIPT_TOGGLE.match(s):
        return "page furniture"  # 简/繁 体: the switch between the page's scripts, spaced as a button
    words = _button_words(s)
    # a pager's page numbers stand among its buttons (3 上一篇 下一篇 4)
    if bare in furniture or len(bare) <= 12 and without_spaces(bare) in furniture \
            or any(not w.isdigit() for w in words) and all(w in furniture or w.isdigit() for w in words):  # (广 告: a label spaced out)
        return "page furniture"
    if ("pp" in s or "PP" in s or "客户端" in s) and _APP_NAME.fullmatch(s.strip()):
        return "navigation"  # 某某新闻APP, 某某日报客户端 alone on a line: a link to the medium's app
    if "≡" in s and _BOXED_LABEL.fullmatch(s.strip()):
        return "navigation"  # ≡ 某某社区最新图片 ≡: a portal's sidebar box and its label
    if len(words) >= 3 and _MEDIUM_LINK.fullmatch(words[0]) and all(w in furniture for w in words[1:]):
        return "page furniture"  # 某某网 打印 纠错: the site's name, then its buttons
    if _may_open_furniture(unbulleted := s.lstrip(BULLETS + " ")) and _BOILER_PREFIX.match(unbulleted) or "小" in s and _FONT_SIZES.match(s) or len(s) <= 30 and _READING_TIME.search(s) \
            or _SITE_NOTICE_CUE.search(s) and _SITE_NOTICE.match(s):
        return "page furniture"
    if len(s) < 120 and (_may_be_licence(s) and _ICP.search(s) or "版权所有" in s and _RIGHTS_AFTER_YEARS.search(s)
                         or "邮" in s and _POSTCODE.search(s) and not _SENTENCE_MARK.search(s)):
        return "footer"
    if s.endswith(("]", "】")) and _TEASER_LINK.search(s):
        return "page furniture"  # 某地某事受到关注。[详细]: another article's teaser and its link, in the page's sidebar
    if s[:1].isascii() and _LATIN_WORD.fullmatch(s):
        return "page furniture"  # NEWS, marvellous: a section's English caption, alone on its line
    if s[:1] in "45DPSU" and _SERVER_ERROR.match(s):
        return "server error"  # 404 Not Found / Server: … / Powered by …: the error page a crawl saved over the article's top
    if "." in s and _IMAGE_FILE.fullmatch(s.strip()) or "-" in s and _STORED_PICTURE.search(s):
        return "image file name"
    # (after the image's file name: IMG_2041.JPG has a snake_case name's shape)
    if s[:1].isascii() and s.isascii() and _CODE_LINE.fullmatch(s) and _CODE_NAME.search(s):
        return "markup"  # channelId 1 1 1: a script's variables, printed where the page's template stood
    if ("扫" in s or "查看" in s or "下载" in s or "打开" in s) and _LINK_PROMPT.match(s) or "今天是" in s and _TODAY_WIDGET.match(s) or "欢迎" in s and _WELCOME.match(s):
        return "page furniture"  # (扫码, 扫描, 在线查看: a link's prompt; 欢迎: a greeting)
    if s[:1] in "-·•●◆" and (_RELATED_LINK.match(s) or _DATED_LINK.match(s)):
        return "related link"
    if len(s) <= 200 and ("可在线阅读" in s or "上搜索" in s) and _SHARED_DOC.search(s):
        return "document-sharing credit"
    if len(s) <= 60 and s[:2] in s[2:] and _REPEATED.fullmatch(s):  # (the repeated phrase opens the line and comes again)
        return "repeated phrase"
    # (主办, 承办, 协办 hold 办; 制作维护, 技术维护 hold 维护; a tip line asks for 爆料/报料, names its 热线 or greets 欢迎广大)
    if ("办" in s or "技术支持" in s) and _HOSTED_BY.match(s) or "维护" in s and _BUILT_BY.match(s) \
            or ("料" in s or "热线" in s or "欢迎广大" in s) and _TIP_LINE.match(s) and _CONTACT.search(s) and len(s) < 300 \
            or "二维码" in s and _FOLLOW_PROMO.search(s) and len(s) < 120:
        return "footer"
    if len(s) < 120 and ("声明" in s or "侵权" in s or "网" in s or "站" in s or "版权" in s) and _DISCLAIMER.search(s):
        # (a notice: 声明, 侵权, 本网/本站/网站, 版权; each alternative names one)
        return "disclaimer"
    if ("上一" in s or "下一" in s or "页" in s) and _PAGINATION.match(s):  # (上一页, 下一篇, 首页, 尾页, 末页)
        return "pagination"
    if is_navigation(s):
        return "navigation"
    if (s[:1].isdigit() or s[:1] in "-—【[第" or s[:1].isspace()) and _PAGE_NUMBER.match(s):
        return "page number"
    # A site's name over its breadcrumb (某某市民政局 / 首页 > 栏目 > …): the banner, not a headline
    if following and _is_breadcrumb(following) and _banner_shape(s):
        return "site banner"
    # The account name that stands above "微信公众号" / "官方微博".
    if following in ("微信公众号", "官方微博", "公众号", "微信号") and len(s) <= 16 and not ends_sentence(s):
        return "account name"
    if s[:1] in "微公抖今客" and _ACCOUNT_KEY.match(s):
        return "account name"
    return None


_ACCOUNT_KEY = re.compile(r"^(?:微信|微博|公众号|抖音|今日头条|客户端)\s*[:：]")  # 微信:某某发布: where else the medium posts


def _button_words(s: str) -> list[str]:
    """The words of a line of buttons (【打 印】 【 】: spaced out inside their brackets, empty brackets
    between them); none for a line holding a comma or a full stop, which no button's word holds (no
    entry of resources/page_furniture.txt, no digit, no medium's name): every test of the words fails
    on such a word, so a line of prose is not split for nothing."""
    if "，" in s or "。" in s:
        return []
    return [w.rstrip(":：") for w in _BUTTON_SPLIT.split(_BUTTON.sub(lambda m: m.group().replace(" ", ""), s.lstrip(BULLETS))) if w]


def _banner_shape(s: str) -> bool:
    """Short enough for a site's name, and no sentence."""
    return len(s) <= 16 and not ends_sentence(s) and not _BANNER_MARK.search(s)


_BANNER_MARK = re.compile(r"[，,：:“”《》!！?？]")  # (no site's name holds one)


def _banners_over_chrome(spans, nonblank, kinds) -> list[int]:
    """某某部 / EN / 热门检索:… / 首页 > 栏目: a site's name over its breadcrumb with the page's buttons
    between them (read as text line by line, since only the next line was looked at)."""
    out = []
    for n, i in enumerate(nonblank):
        if kinds[i] != "text" or not _banner_shape(spans[i][2]):
            continue
        for j in nonblank[n + 1:n + 4]:
            if _is_breadcrumb(spans[j][2]):
                out += [i] if j != nonblank[n + 1] else []
                break
            if kinds[j] != "boilerplate":
                break  # (a headline over its dateline over the breadcrumb stays the headline)
    return out


# 本篇文章429字，读完约1分钟 / 阅读时间约3分钟: what a page says of its own length.
# 欢迎访问某某网!: a site's greeting; 这已经是最后一期了哦!: an e-paper reader's notice; the box a
# government site shows before an outside link
_SITE_NOTICE = re.compile(rf"^(?:您好|你好)?[,，!！]?\s*欢迎您?(?:来到|访问|光临|进入)\s*[{CJK}A-Za-z\s]{{2,20}}[!！。]?$|^(?:这)?已经是(?:最后|第)一[期版页篇]了?[哦啊呀啦]?[!！。]?$"
                      rf"|^[{CJK}A-Za-z]{{0,12}}(?:官方微信|官方微博|手机版|客户端|二维码|APP下载)$"  # 某某报官方微信: where else to read it
                      rf"|^关注[{CJK}]{{1,8}}(?:网|微博|微信|客户端|公众号)$"  # 关注某某网: a follow button
                      r"|^已同步至\s*\S{1,20}的微博$"  # 已同步至 某某的微博: a portal's note that a reader's comment went to Weibo too
                      rf"|^[{CJK}]{{0,8}}[_-]?(?:页头|页脚|页眉|页尾)$"  # 详细内容_页头: the name of a site template's part
                      r"|^(?:设为书签|加入收藏|设为首页).{0,40}(?:Ctrl\+D|收藏夹|书签)"  # 设为书签Ctrl+D将本页面保存为书签,…
                      r"|^[^。]{2,40}?(?<=[!！\s,，])\s*(?:立即|马上|点击|免费)(?:了解|下载|体验|查看|咨询|购买|使用|试用|领取)(?:详情|更多)?\s*[>》]*$"  # an ad's call to action
                      r"|^(?=(?:[^《]*《){3})(?=(?:.*?》作者){2})[^。]{10,200}$"  # 《某书》作者某某《某书》作者某某…: book ads
                      rf"|^.{{0,40}}打造[{CJK}]{{0,16}}(?:网站|门户)[!！]$"  # …竭力打造第一民生网站!: the site's motto
                      r"|^(?:您访问的链接|您)?即将离开[^，,。]{0,20}(?:网站|本站|门户)"  # 您访问的链接即将离开某某网站,是否继续?: the exit box
                      r"|^(?:网站|本站|累计|总)?(?:访问(?:人数|人次|量|次数)|访客(?:人数|量)?)\s*[:：]?\s*\d[\d,]*\s*(?:人次|次)?$"  # 网站访问人数: 123: the site's counter
                      r"|^您是(?:本站)?第\s*\d+\s*位访客"
                      r"|^(?:热门|热点)(?:检索|搜索|关键词)\s*[:：].{0,60}$"  # 热门检索:甲乙丙: the search box's popular queries
                      r"|^马上注册[,，]\s*结交更多好友|^您需要\s*登录\s*才可以(?:下载或)?查看"  # a forum's invitation to sign up
                      r"|^(?:查看|阅读|回复)\s*[:：]\s*\d+\s*[|｜]\s*(?:查看|阅读|回复)\s*[:：]\s*\d+$"  # 查看: 218|回复: 0: a thread's counters
                      r"|^开通VIP"  # 开通VIP,畅享免费电子书等…: a reading site's upsell
                      r"|^.{0,80}?由[^,，。]{0,12}小编(?:精心)?(?:整理|收集|编辑)\s*[,，]\s*希望[^。]{0,40}(?:方便|帮助)")  # 某某[版]由某文库小编整理,希望给你…带来方便: a document library's blurb
# A string that every alternative of _SITE_NOTICE holds (its opening words, or what it must name): a line
# holding none is spared the pattern, whose open-ended alternatives try every position of a long line
_SITE_NOTICE_CUE = re.compile(r"欢迎|已经是|官方微[信博]|手机版|客户端|二维码|APP下载|关注|已同步至|页[头脚眉尾]|设为|加入收藏"
                              r"|立即|马上|点击|免费|》作者|打造|即将离开|访问|访客|您是|热门|热点|您需要|查看|阅读|回复|开通VIP|小编")
# - 微信扫码,关注《某刊》, () - 在线查看《某刊》内容, - 原《某刊》查看: a link's prompt
_LINK_PROMPT = re.compile(rf"^[-•·()（）\s]*(?:(?:微信)?扫码.{{0,6}}关注|在线查看|点击查看)[^。！？!?]{{0,30}}$"
                          r"|^(?:扫描|扫一扫|扫码|手机扫描)[^。！？!?]{0,16}(?:手机|二维码|移动版|微信|客户端|看|阅读)[^。！？!?]{0,10}$"  # 扫描到手机 新闻随时看: a QR code's caption
                          r"|^(?:(?:立即|点击)?(?:下载|打开)\s*[Aa][Pp][Pp]|扫码下载)$"  # 扫码下载, 下载app: an app's download prompts over a page
                          # (not 扫一扫下载某证照…: a headline on a service the QR code downloads)
                          rf"|^[-•·\s]*原?《[^》]{{2,20}}》查看$")
# 您好,某某网欢迎您!, 欢迎访问某某网: the site's greeting over its menu
_WELCOME = re.compile(r"^[-•·\s]*(?:(?:您好|你好)[,，!！\s]*\S{0,16}欢迎您[!！.。]?|欢迎(?:您)?(?:访问|光临|来到)\S{0,20}?[!！.。]?)\s*$")
# 今天是: 2024年3月5日 星期二: the site's calendar widget (empty when the crawl missed its script)
_TODAY_WIDGET = re.compile(r"^\s*今天是\s*[:：]?\s*(?:(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2})?"
                           r"\s*(?:星期[一二三四五六日天]|周[一二三四五六日])?\s*$")
# 正定.png, IMG_2041.JPG: the name of a picture the crawl kept in its place
_IMAGE_FILE = re.compile(r"(?:[^\s，,。；;！!？?()（）]{1,12} )?[^\s，,。；;！!？?]{1,40}\.(?:png|jpe?g|gif|webp|bmp)", re.IGNORECASE)  # (衢州有礼 无线衢州.jpg)
# 某某活动现场_fororder_<uuid>: a picture's name as a site stores it (its caption, then an id), which the crawl
# kept where the picture stood
_STORED_PICTURE = re.compile(r"_[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\s*$")
_READING_TIME = re.compile(r"(?:\d+|全文)\s*字\s*[,，]?\s*(?:预计)?(?:读完|阅读)(?:需|约|时间约?)*\s*\d+\s*分钟|阅读时间\s*约?\s*\d+\s*分钟"
                           rf"|^[{CJK}]{{2,8}}\s*\d{{1,2}}\s*(?:分钟|小时|天)前$")  # (某某热点5小时前: a feed's label and the item's age)
_NAV_SEP = re.compile(r"\s*(?:>>?|»|›|/|\||｜|\s)\s*")
_DIVISION_ITEM = re.compile(rf"[{CJK}]{{1,6}}(?:镇|乡|街道|苏木|县|区|市|旗|村|社区)")
_SITES_LABEL = re.compile(r"(?:分站|子站|站群|频道|栏目|导航)\s*[:：]?$")
_PROVINCE_SHORT = word_set("province_short_names.txt")  # (北京, 广西: a portal's local channels are named so)
_SITE_NAME = re.compile(r"(?:网|网站|频道|论坛|客户端|稿源单位)$")
# a breadcrumb's first step, the site's name (not 点击某某网 > …, an instruction)
_CRUMB_SITE = re.compile(rf"(?!点击|打开|登录|进入|访问|通过|在|到|从)[{CJK}A-Za-z]{{2,10}}(?:网|网站|频道|论坛)")
# A site's name alone on a line (某某市人民政府网站, 某某新闻网); a headline does not end so.
_SITE_BANNER = re.compile(rf"[{CJK}A-Za-z]{{2,16}}(?:网站|官网|新闻网|政府网|门户)|[{CJK}]{{2,4}}在线"
                          rf"|[{CJK}]{{1,2}}(?:校园|生活|信息|资讯|人才|党建|先锋|教育|文明|组工|门户)网")  # (中青在线: a brand; 某某校园网)


# 当前位置: 某某网首页 > 栏目 > …, 您当前所在:某某主页 > 栏目, 地方频道> 栏目: a breadcrumb from the home page or a channel, or one whose
# home link is lost (> 栏目 >)
_BREADCRUMB = re.compile(r"^\s*(?:(?:(?:当前|您的|你的|您当前)?(?:位置|所在位置|所在)\s*[:：]\s*)?[^\s>»›]{0,8}(?:首页|主页|频道)\s*(?:>>?|»|›|->)\s*\S"
                         r"|(?:>|»|›)\s*[^>»›\s]{2,8}\s*(?:>|»|›)|>>\s*(?:\.{3}|…+)\s*>>)")  # >> ... >> 栏目: its steps cut


def _is_breadcrumb(s: str) -> bool:
    """_BREADCRUMB matches ``s`` (every alternative of it needs a step's mark: >, » or ›)."""
    return _has_step(s) and _BREADCRUMB.match(s) is not None


def _has_step(s: str) -> bool:
    return ">" in s or "»" in s or "›" in s


_CRUMB_STEP = re.compile(r"\s*(?:>>?|»|›)\s*")
_PROSE_MARK_OR_TITLE = re.compile(r"[，,。；;！!？?“”《]")


_TEXT_STEP = re.compile(r"\s+(?:正文|内容|详细内容|详情|阅读)$")


# (…主题教育专题: a channel; …展示青年干部风采, …表彰大会专题 report an event)
_CHANNEL_END = re.compile("(?:专题|专栏|频道|栏目|动态|快讯|资讯|之窗)$")
_AN_EVENT = re.compile("举办|举行|开展|召开|启动|表彰|展")


def breadcrumb_headline(s: str) -> str | None:
    """当前位置:首页 > 栏目 > 某县选派干部驻村帮扶: the last step of a breadcrumb when it is a headline
    (ten characters or more, read as one), not a channel's name or 正文."""
    if not _has_step(s):
        return None
    last = _TEXT_STEP.sub("", _CRUMB_STEP.split(s.strip())[-1].strip())  # (标题 正文: the page's step, set apart by a space)
    if len(last) < 10 or not is_headline_like(last) or not is_navigation(s) or last in word_set("site_chrome.txt") \
            or _CHANNEL_END.search(last) and not _AN_EVENT.search(last):
        return None
    return last


# 设为首页, 返回首页, 网站首页, 回到首页 …: a link's words before 首页 (首页 alone is a link too)
_HOME_LINK = re.compile(r"(?:^|设为|设置为|返回|回到|回|网站|本站|进入|访问)首页$")
# 某某资讯首页, 某某频道首页: a channel's home page named by its kind, no verb before it (登上, 冲上 …首页: news)
_CHANNEL_HOME = re.compile(r"[^登上冲霸到]{0,6}(?:资讯|频道|网|新闻|栏目|专题|论坛)首页")


def is_navigation(s: str) -> bool:
    """A menu or breadcrumb: short items split by spaces or >, one of them a navigation word
    (resources/site_chrome.txt), or most of them site names (某某网 某某论坛)."""
    if _is_breadcrumb(s):
        return True  # however long the steps after the home page run
    # (without a step's mark there is one crumb, no trail)
    crumbs = _CRUMB_STEP.split(s.strip()) if _has_step(s) else []
    if len(crumbs) >= 3 and _CRUMB_SITE.fullmatch(crumbs[0]) and all(0 < len(c) <= 10 for c in crumbs[1:-1]) \
            and 0 < len(crumbs[-1]) <= 40 and not _SENTENCE_MARK.search(s):
        return True  # 某某生活网 > 栏目 > 栏目 (or the headline): a breadcrumb opened by the site's name
    if _barred_menu(s):
        return True  # 要闻 | 原创 | 视频 | 你好,某省!: a menu's bar of links, one of them a brand's greeting
    if _PROSE_MARK_OR_TITLE.search(s):
        return False
    items = [i for i in _NAV_SEP.split(s.strip()) if i]
    if len(items) >= 5 and _SITES_LABEL.search(items[0]) and all(len(i) <= 16 for i in items) \
            and 5 * sum(bool(_DIVISION_ITEM.fullmatch(i) or i in _PROVINCE_SHORT) for i in items) >= 4 * len(items):
        # 乡镇分站: 甲镇 乙乡 丙街道 …, 地方栏目: 北京 江西 山东 …: a site's bar of its divisions' or provinces' pages
        # (先进集体: 甲镇 乙镇 … is a list)
        return True
    if len(items) >= 5 and all(i in _PROVINCE_SHORT for i in items):
        return True  # 北京 天津 河北 山西 …: a portal's bar of its provincial channels, unlabelled (prose lists them with 、)
    if len(s) > 80 and not (len(items) >= 6 and all(len(i) <= 8 for i in items)):
        return False  # a site's whole menu on one line can be long; prose and headlines are not cut so
    if all(len(i) <= 8 for i in items) and (any(_HOME_LINK.search(i) for i in items)
                                             or len(items) >= 3 and any(_CHANNEL_HOME.fullmatch(i) for i in items)):
        # 设为首页, 返回首页 (客服设为首页 glued): a link to a home page, alone or among short items; 某某资讯首页 in a bar
        # of three or more (喜报|再登学习强国首页, 喜报 某县经验 登上学习强国首页, 刷屏 某镇干部 冲上人民网首页: a
        # headline's news of a home page, however many short items it is spaced into)
        return True
    if len(items) == 1:
        return bool(_SITE_BANNER.fullmatch(s.strip()))
    if any(len(i) > 16 for i in items):
        return False
    if len(items) >= 4 and all(len(i) <= 8 for i in items) and any(re.fullmatch(r"[A-Za-z\d.]*[A-Za-z][A-Za-z\d.]*", i) for i in items) \
            and any(is_cjk(i[0]) for i in items):  # (某某区委常委 某某 硕士 1975.2 36岁: a roster's row, digits only)
        return True  # 某某 AbcSite 12345 某某房产: a portal's bar of its sister sites, in two scripts
    if len(items) >= 5 and all(len(i) <= 8 for i in items) and len({i[-2:] for i in items}) == 1:
        return True  # 甲县新闻 乙县新闻 丙县新闻 …: a portal's column of local channels, one word closing each
    chrome = word_set("site_chrome.txt")
    if any(i in chrome for i in items) and (">" in s or len(items) >= 2 and all(len(i) <= 8 for i in items)):
        return True
    return 2 * sum(bool(_SITE_NAME.search(i)) for i in items) >= len(items) + (len(items) == 2)


_SPACED_BAR = re.compile(r"\s+[|｜]\s+")


def _barred_menu(s: str) -> bool:
    """Four or more short links set apart by bars with spaces on both sides, two or more of them a
    navigation word (resources/site_chrome.txt): a menu, even when its first or last link is a brand's
    slogan with a comma or a ! (a headline's two halves, 甲 | 乙, are never four; a headline among its
    tags, 评论 | 原创 | 甲,乙 | 某某观察, has its comma inside the bar and one navigation word only)."""
    if "|" not in s and "｜" not in s:
        return False  # (most lines: no bar to split on, one item)
    items = [i.strip() for i in _SPACED_BAR.split(s.strip())]
    if len(items) < 4 or not all(0 < len(i) <= 12 for i in items) or "。" in s:
        return False
    if not _slogan_at_an_end_only(items):
        return False
    chrome = word_set("site_chrome.txt")
    return sum(any(w in chrome for w in i.split()) for i in items) >= 2


def _slogan_at_an_end_only(items: list[str]) -> bool:
    """At most one item with a mark of prose, and that one first or last (where a brand greets its
    readers, 你好,某省!): a comma or a quote within the bar is a headline's or a list's."""
    marked = [k for k, i in enumerate(items) if _PROSE_MARK_OR_TITLE.search(i)]
    return not marked or len(marked) == 1 and marked[0] in (0, len(items) - 1)


def strip_title_prefix(s: str) -> tuple[str, str] | None:
    """`某某网_干部工作_随州市…` -> keep the real title; returns (title, removed)."""
    if not any(c in s for c in _TITLE_SEP_CHARS):
        return None  # (one part: most titles are spared the split, which its leading spaces make try every position)
    parts = [p for p in _TITLE_PREFIX_SEP.split(s) if p]
    if len(parts) < 2:
        return None
    best = max(parts, key=len)
    if len(best) < 6:
        return None
    return best, s.replace(best, "…", 1)


def line_repairs(t: Tracked, report: QualityReport) -> tuple[Tracked, list[Line]]:
    """Drop furniture, turn metadata into Line records, rejoin broken paragraphs."""
    spans = _line_spans(t.text)
    rows = _pipe_table_rows(spans)
    kinds, metas = _classify_lines(t, spans, rows, report)
    return _assemble(t, spans, kinds, metas, rows, report)


def _line_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, stripped content) of each line of ``text``, blank lines included."""
    spans = []
    pos = 0
    for raw in text.split("\n"):
        lead = len(raw) - len(raw.lstrip())
        content = raw.strip()
        spans.append((pos + lead, pos + lead + len(content), content))
        pos += len(raw) + 1
    return spans


# 地址:某省某市某区某路1号 among a form's labelled rows (单位名称:… 地址:… 法人代表:…): a unit's profile in the
# text (a budget's or a disclosure's), not the site's footer, which closes the page after the article
_ADDRESS_KEY = re.compile(r"\s*(?:单位|联系|通讯|办公)?地址\s*[:：]\s*\S")
_LABELLED_ROW = re.compile(rf"\s*[{CJK}]{{2,8}}\s*[:：]\s*\S")


def _addresses_in_a_form(spans, nonblank: list[int], note_of: dict[int, str], kinds: dict[int, str]) -> list[int]:
    """The address lines taken for a footer that stand between labelled rows of text, one above and one
    within two lines below: a form's row, the unit's address (its places are the text's)."""
    out = []
    for n, i in enumerate(nonblank):
        if note_of.get(i) != "page furniture" or not _ADDRESS_KEY.match(spans[i][2]) or not n:
            continue
        above = nonblank[n - 1]
        below = [j for j in nonblank[n + 1:n + 3] if kinds[j] == "text" and _LABELLED_ROW.match(spans[j][2])]
        if kinds[above] == "text" and _LABELLED_ROW.match(spans[above][2]) and below:
            out.append(i)
    return out


def _classify_lines(t: Tracked, spans: list[tuple[int, int, str]], rows: set[int], report: QualityReport
                    ) -> tuple[dict[int, str], dict[int, tuple[tuple[str, str], ...]]]:
    """The kind of each non-blank line, by index in file order (meta, spam, boilerplate or text),
    and the fields of the metadata lines.  Every line that is not text is reported as a repair."""
    nonblank = [i for i, sp in enumerate(spans) if sp[2]]
    kinds: dict[int, str] = {}
    metas: dict[int, tuple[tuple[str, str], ...]] = {}
    menu = _menu_items(spans, nonblank)
    share_box = _share_box(spans, nonblank)
    table = _vertical_table(spans, nonblank)
    read, recommended = 0, False  # paragraphs of the article read so far; the page's picks for more reading begun
    note_of: dict[int, str] = {}
    for n, i in enumerate(nonblank):
        start, end, s = spans[i]
        following = spans[nonblank[n + 1]][2] if n + 1 < len(nonblank) else None
        above = spans[nonblank[n - 1]][2] if n and kinds[nonblank[n - 1]] == "text" else ""
        heading = bool(_RECOMMENDED.match(s) or _LATEST.match(s) and (not read or following and _LATEST_ITEM.search(following)))
        recommended = recommended or read > 0 and heading
        if recommended or heading:  # (the heading alone, before the article: a tab of the page)
            kinds[i], fields, note = "boilerplate", (), "recommended reading"
        elif i in menu:
            kinds[i], fields, note = "boilerplate", (), "menu"
        elif i in share_box:
            kinds[i], fields, note = "boilerplate", (), "share box"  # 点击右上角 / 微信好友 / 朋友圈
        elif i in table:
            kinds[i], fields, note = "meta", table[i], "disclosure table"
        elif _headline_copy(s, above):
            kinds[i], fields, note = "boilerplate", (), "headline copy"
        else:
            kinds[i], fields, note = _line_kind(s, following)
            if kinds[i] == "spam" and i in rows and note in ("keyword list", "place-name list"):
                kinds[i], note = "text", ""  # | 某镇 | 12 | 20% |: a table's row has the shape of a keyword list
            if kinds[i] == "meta" and n and s.lstrip().startswith((":", "：")) \
                    and not FIELD.match(spans[nonblank[n - 1]][2].strip().rstrip(":：") + ":"):
                kinds[i], fields, note = "text", (), ""  # 出生年月 / :1994年7月: a profile's value under its label, no page field
            if kinds[i] == "text" and n and len(s) <= 40 and _BARE_FOOTER_KEY.match(spans[nonblank[n - 1]][2]):
                kinds[i], note = "boilerplate", "footer value"  # 地址: | 某市某镇: the key's value on a line of its own
            if kinds[i] == "text" and n and len(s) <= 60 and _PAGER_LABEL.fullmatch(spans[nonblank[n - 1]][2].strip()):
                kinds[i], note = "boilerplate", "pager link"  # 上一篇: | 某地某举措: the other article's headline
        if fields:
            metas[i] = fields
        note_of[i] = note
        read += kinds[i] == "text" and len(s) >= 40 and ends_sentence(s)
    for i in _addresses_in_a_form(spans, nonblank, note_of, kinds):
        kinds[i], note_of[i] = "text", ""
    for i in _links_after_footer(spans, nonblank, note_of, kinds, metas):
        kinds[i], note_of[i] = "boilerplate", "links after the footer"
        metas.pop(i, None)
    for i in _banners_over_chrome(spans, nonblank, kinds):
        kinds[i], note_of[i] = "boilerplate", "site banner"
    for i in _summary_copies(spans, nonblank, kinds):
        kinds[i], note_of[i] = "boilerplate", "the text below, run together"
    for i in _paragraphs_again(spans, nonblank, kinds):
        kinds[i], note_of[i] = "boilerplate", "a paragraph printed again"
    for i in _table_of_contents(spans, nonblank):
        kinds[i], note_of[i] = "boilerplate", "table of contents"
    for n, i in enumerate(nonblank[1:-1], 1):
        if _day_between_paragraphs(spans, nonblank, n, kinds, metas):
            kinds[i] = "text"  # 2017年10月30日 between a diary's entries: a date of the text, no dateline
            del metas[i]
    for i in nonblank:
        if kinds[i] != "text":
            start, end, s = spans[i]
            kind = "metadata" if kinds[i] == "meta" else kinds[i]
            report.add(Repair(kind, *t.orig_span(start, end), s, "", note_of.get(i, "")))
    return kinds, metas


def is_bare_day(text: str, fields) -> bool:
    """A day alone on its line (2018年8月31日): twelve characters at most, whose only field is a date."""
    return len(text.strip()) <= 12 and [k for k, _ in fields] == ["date"]


def _day_between_paragraphs(spans, nonblank, n, kinds, metas) -> bool:
    """A day alone on its line between two paragraphs of text (a sentence closed before it, a long
    line after it): a diary's or a feed's entry date."""
    before, here, after = nonblank[n - 1], nonblank[n], nonblank[n + 1]
    if kinds[here] != "meta":
        return False  # (most lines: no day there to read)
    text_before, text_after = spans[before][2].strip(), spans[after][2].strip()
    return is_bare_day(spans[here][2], metas.get(here, ())) \
        and kinds[before] == kinds[after] == "text" and ends_sentence(text_before) and len(text_before) >= 20 \
        and len(text_after) >= 20


def _has_bar(s: str) -> bool:
    """Whether ``_SEPARATORS`` finds a separator in ``s`` (its spaces may be none: any bar is one), without its scan,
    which tries the spaces before a bar at every position of the line."""
    return "|" in s or "｜" in s or "丨" in s


def _cells(s: str) -> list[str]:
    return [c for c in _SEPARATORS.split(s.strip(" |｜丨")) if c]


def _pipe_table_rows(spans: list[tuple[int, int, str]]) -> set[int]:
    """Lines of a table printed with bars (| 某镇 | 12 | 20% |): two or more lines in a row, each of
    the same number of cells (two or more), either bordered by bars or holding a number or a clause
    in some cell. A menu's or a keyword list's lines are short bare words."""
    out: set[int] = set()
    run: list[int] = []
    width = 0  # the run's number of cells
    for i in [i for i, sp in enumerate(spans) if sp[2]] + [-1]:
        n = len(_cells(spans[i][2])) if i >= 0 and _has_bar(spans[i][2]) else 0
        if n >= 2 and (not run or n == width):
            run.append(i)
            width = n
            continue
        if len(run) >= 2 and _is_table(spans[j][2] for j in run):
            out.update(run)
        run, width = ([i], n) if n >= 2 else ([], 0)
    return out


def _is_table(rows) -> bool:
    rows = list(rows)
    cells = [c for r in rows for c in _cells(r)]
    if sum(c in word_set("site_chrome.txt") for c in cells) >= 2:
        return False  # 首页 | 要闻 | …: a menu's rows (one such word may head a table's column: 区县)
    bordered = all(r[:1] in "|｜" and r[-1:] in "|｜" for r in rows)
    return bordered or any(_NUMBER_CELL.fullmatch(c) or re.search("[，,。；]", c) for c in cells)


_NUMBER_CELL = re.compile(r"[\d.,]+\s*(?:%|％|[人名个户次项场期天年月元]|万元)?")


def _vertical_table(spans: list[tuple[int, int, str]], nonblank: list[int]) -> dict[int, tuple[tuple[str, str], ...]]:
    """A disclosure table printed a cell a line (索引号 / MB1… / 发布机构 / 某镇人民政府 / 发文日期 / …):
    three label lines or more, each followed by its value.  Fields of the labels' and values' lines."""
    texts = [spans[i][2].strip().replace(" ", "") for i in nonblank]
    labelled = [n for n in range(len(texts) - 1) if texts[n] in _CELL_LABELS and texts[n + 1] not in _CELL_LABELS]
    if len(labelled) < 3:
        return {}
    out: dict[int, tuple[tuple[str, str], ...]] = {}
    for n in labelled:
        label, value = texts[n], spans[nonblank[n + 1]][2].strip()
        fields = [("labelled_title", value)] if label in ("名称", "标题") else parse_meta_line(f"{label}:{value}")
        out[nonblank[n]] = (("record", label),)
        out[nonblank[n + 1]] = tuple(fields or [("record", f"{label}={value}")])
    for n, label in enumerate(texts):
        if label in _CELL_LABELS and nonblank[n] not in out:
            out[nonblank[n]] = (("record", label),)  # 文  号 / 浏览量: a label over the next, its cell left empty
    return out


# The labels of a disclosure table's cells (resources/disclosure_table_labels.tsv, and the title's and the day's)
_CELL_LABELS = frozenset(label for label, _ in word_table("disclosure_table_labels.tsv")) | {"名称", "标题", "分类", "发文日期", "发布时间"}


# 新闻推荐, 相关阅读: after the article, the page's picks of other stories (their headlines, bylines and
# text), to the page's end
_RECOMMENDED = re.compile(r"^【?(?:新闻推荐|推荐阅读|相关阅读|相关新闻|相关文章|相关推荐|热点推荐|热门推荐|精彩推荐|延伸阅读|猜你喜欢|推荐链接|相关链[接结])】?\s*[:：]?$")
# 最新新闻 / 更多>> / • 标题…: the site's latest stories, as picks, only when a list of links (or the next tab's
# label: 最新新闻 / 专题 / 更多>>) follows the label (a column's page prints 热点新闻 over its next story in
# full: that story is no pick)
_LATEST = re.compile(r"^【?(?:最新新闻|最新资讯|最新文章|热点新闻|热门文章)】?\s*[:：]?$")
_LATEST_ITEM = re.compile(rf"^\s*(?:[-{BULLETS}]|更多|[{CJK}]{{2,4}}\s*$|\d{{1,2}}[.、]\D|[\[【(（]\s*(?:(?:19|20)\d{{2}}[-/.])?\d{{1,2}}[-/.]\d{{1,2}}\s*[\]】)）])"
                          r"|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s*[)）\]】]?\s*$")
# • 时政 / • 国际 / • 文娱: a site's menu printed as a bulleted list, an item a line
_BULLETED_FIELD = re.compile(rf"^[{BULLETS}]\s*[{CJK}]{{2,6}}\s*[:：]")
_MENU_ITEM = re.compile(rf"^[{BULLETS}]\s*\S.{{0,7}}$")
_MENU_WORD = re.compile(rf"^[{CJK}A-Za-z]{{2,6}}$")
# - ·某地开展某工作 / - ·某地某举措: a list of links to other articles, a list item's dash before each
# link's dot (an article's own list carries one mark, not two)
_PAGER_LABEL = re.compile(r"(?:上一篇|下一篇|上一条|下一条)\s*[:：]?")  # alone, its link on the next line
_LINK_ITEM = re.compile(r"^-\s*[·•]\s*[^。！？!?]{4,60}$")


def _menu_items(spans: list[tuple[int, int, str]], nonblank: list[int]) -> set[int]:
    """Lines of runs of three or more short bulleted lines (or links to other articles, - ·标题), one
    after another; or of four or more
    short bare words, two of them page furniture (客户端 / 官方微博 / 今日头条 / 某某观察 / 数字报刊)."""
    items: set[int] = set()
    furniture = word_set("page_furniture.txt")
    chrome = word_set("site_chrome.txt")
    for shape, least, cue in _MENU_SHAPES:
        run: list[int] = []
        for i in nonblank + [-1]:
            if i >= 0 and cue(spans[i][2]) and shape.match(spans[i][2]) and not (shape is _MENU_ITEM and _BULLETED_FIELD.match(spans[i][2])):
                run.append(i)  # (• 编辑:某某 / • 审核:某某: the page's fields, bulleted, no menu)
                continue
            if len(run) >= least and (shape is not _MENU_WORD or sum(spans[j][2] in furniture or bool(_SITE_NOTICE.match(spans[j][2]))
                                                                   for j in run) >= 2) \
                    and (shape is not _NUMBERED_CRUMB or _crumbs_numbered(run, spans, chrome)):
                items.update(run)
            run = []
    return items


# 微信好友, 朋友圈, 微信订阅号: a share box's labels, page furniture only among its prompts (点击右上角)
_SHARE_LABELS = frozenset(("微信好友", "朋友圈", "微信订阅号"))


def _share_box(spans: list[tuple[int, int, str]], nonblank: list[int]) -> set[int]:
    """The labels of share boxes: runs of two or more lines, each a share label or a prompt (a line of
    page_furniture.txt, 分享到:), with a prompt among them, and no list opened by a colon before them
    (讲堂围绕四个“圈”展开: / 工作圈 / … / 朋友圈: a list's items)."""
    furniture = word_set("page_furniture.txt")

    def part(s: str) -> str | None:
        bare = s.strip("【】[]<> ").rstrip(":：").strip()
        return "label" if bare in _SHARE_LABELS else "prompt" if bare in furniture or bare.startswith("分享到") else None

    labels: set[int] = set()
    run: list[int] = []
    for n, i in enumerate(nonblank + [-1]):
        if i >= 0 and part(spans[i][2]):
            run.append(n)
            continue
        kinds = [part(spans[nonblank[m]][2]) for m in run]
        if len(run) >= 2 and "label" in kinds and "prompt" in kinds and not _list_opened_before(spans, nonblank, run[0]):
            labels.update(nonblank[m] for m, k in zip(run, kinds) if k == "label")
        run = []
    return labels


def _list_opened_before(spans: list[tuple[int, int, str]], nonblank: list[int], n: int) -> bool:
    """Whether the lines before line ``n`` (of the non-blank ones) are a list's short items under a line
    that ends in a colon (依托以下平台: / 抖音号 / 视频号)."""
    for m in range(n - 1, max(-1, n - 9), -1):
        s = spans[nonblank[m]][2]
        if s.endswith((":", "：")):
            return not s.startswith("分享")  # (分享到: opens the box itself)
        if len(s) > 16 or _SENTENCE_MARK.search(s):
            return False
    return False


# 1. 当前位置: / 2. 首页 / 3. 某栏目 / 4. 正文: a breadcrumb printed as a numbered list, a step a line
_NUMBERED_CRUMB = re.compile(r"^\s*\d{1,2}\.\s*[^\s，,。；;]{1,10}\s*$")
# The shapes of a menu's lines, the least run of them that makes one, and a cheap test every line of the
# shape passes (its bullet, its dash, its length, its number's dot): most lines are spared the pattern
_MENU_SHAPES = ((_MENU_ITEM, 3, lambda s: s[:1] in BULLETS), (_LINK_ITEM, 3, lambda s: s.startswith("-")),
                (_MENU_WORD, 4, lambda s: len(s) <= 6), (_NUMBERED_CRUMB, 3, lambda s: "." in s))


def _crumbs_numbered(run: list[int], spans: list[tuple[int, int, str]], chrome: frozenset[str]) -> bool:
    """Numbered 1, 2, 3 … from the top, and its steps start at the home page or the page's place."""
    steps = [re.match(r"\s*(\d+)\.\s*(.*?)[:：]?\s*$", spans[i][2]).groups() for i in run]
    return [int(n) for n, _ in steps] == list(range(1, len(steps) + 1)) and any(step in chrome for _, step in steps[:2])


def _headline_copy(s: str, above: str) -> bool:
    """The headline of the line above printed again with a scrap of the page glued on (…标题某某APP
    口号): no line of its own, and never to be joined to the headline as its paragraph's end."""
    return (len(s) > len(above) and s.startswith(above) and len(s) - len(above) <= len(above) // 4
            and cjk_count(above) >= 8 and is_headline_like(above))


def _summary_copies(spans: list[tuple[int, int, str]], nonblank: list[int], kinds: dict[int, str]) -> list[int]:
    """A long paragraph that is the next paragraphs run together (a page's summary box over the
    article it repeats): the copy goes, the paragraphs stay."""
    out = []
    flat = [without_spaces(spans[i][2]) for i in nonblank]
    for n, i in enumerate(nonblank):
        s = flat[n]
        if kinds[i] != "text" or len(s) < 60 or n + 1 < len(nonblank) and not s.startswith(flat[n + 1]):
            continue  # (a copy of two lines or more opens with the whole of the next one)
        below, m = "", n + 1
        while len(below) < len(s) and m < len(nonblank) and m - n <= 12:
            below += flat[m]
            m += 1
        if m - n > 2 and below.startswith(s):
            out.append(i)
    return out


def _paragraphs_again(spans: list[tuple[int, int, str]], nonblank: list[int], kinds: dict[int, str]) -> list[int]:
    """Paragraphs the page prints twice, word for word: every copy of a long line but the last (a lead
    printed over the headline), or but the first where two paragraphs in a row come again in a row (the
    whole report again under a follow prompt: the copy under the headline is the article's)."""
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    for i in nonblank:
        s = spans[i][2].strip()
        if kinds[i] == "text" and len(s) >= 40 and ends_sentence(s):
            first.setdefault(s, i)
            last[s] = i
    keep = {s: (first[s] if _copied_in_a_row(spans, nonblank, kinds, first[s], last[s]) else last[s])
            for s in last if first[s] != last[s]}
    again = [i for i in nonblank if kinds[i] == "text" and keep.get(spans[i][2].strip(), i) != i]
    for i in nonblank:  # 美丽某地 “…”。: the page's column (named in its breadcrumb) glued before a teaser copy
        s = spans[i][2].strip()  # (a label, a space, forty characters or more)
        labelled = kinds[i] == "text" and len(s) >= 43 and (" " in s or "\u3000" in s) and _LABELLED_COPY.match(s)
        if labelled and last.get(labelled["copy"], i) > i \
                and any(labelled["label"] in spans[j][2] and kinds[j] != "text" for j in nonblank if j != i):
            again.append(i)
    return sorted(again)


_CONTENTS_LABEL = re.compile(r"^\s*目\s*录\s*[:：]?\s*$")
_CONTENTS_ENTRY = re.compile(rf"^\s*\S.{{1,60}}?[\s.．…·-]+\d{{1,4}}\s*$")  # 某某实施办法 6, 第一章 总则……3: a heading, its page


def _table_of_contents(spans: list[tuple[int, int, str]], nonblank: list[int]) -> list[int]:
    """目录 on a line of its own over two lines or more that each end in a page number (a compilation's or
    a report's contents): the label and its entries, no text of the article (each entry's heading comes
    again over its piece), and a compilation's title over them (某某汇编(3篇): the pieces are the articles)."""
    out = []
    for n, i in enumerate(nonblank):
        if "录" not in spans[i][2] or not _CONTENTS_LABEL.match(spans[i][2]):
            continue
        entries = list(takewhile(lambda j: bool(_CONTENTS_ENTRY.match(spans[j][2])), nonblank[n + 1:]))
        if len(entries) >= 2:
            cover = [nonblank[n - 1]] if n and _COMPILATION_TITLE.search(spans[nonblank[n - 1]][2]) else []
            out += cover + [i] + entries
    return out


# 某某办法汇编(3篇), 某某范文(通用5篇): a compilation's own title over its contents, no piece's headline
_COMPILATION_TITLE = re.compile(r"[(（](?:精选|通用|合集|共)?\s*[\d一二三四五六七八九十]{1,3}\s*篇[)）]\s*$")


def _copied_in_a_row(spans: list[tuple[int, int, str]], nonblank: list[int], kinds: dict[int, str], a: int, b: int) -> bool:
    """Whether the line before or after the paragraph at ``a`` comes again beside its copy at ``b`` (two
    paragraphs printed again in a row: a report, not a lone lead)."""
    n, m = nonblank.index(a), nonblank.index(b)
    for d in (-1, 1):
        if 0 <= n + d < len(nonblank) and 0 <= m + d < len(nonblank) and n + d != m:
            x, y = nonblank[n + d], nonblank[m + d]
            if kinds[x] == kinds[y] == "text" and len(spans[x][2].strip()) >= 40 \
                    and spans[x][2].strip() == spans[y][2].strip():
                return True
    return False


_LABELLED_COPY = re.compile(rf"(?P<label>[{CJK}]{{2,10}})[ \u3000]+(?P<copy>\S.{{39,}})")

_PROSE_MARK = re.compile(r"[，,。；;！!？?：:、《》]")
# a note mark after a phrase ([1], [2]): a digest's sentences, spaces for stops, citing the sources they
# sum up; an index of headlines cites nothing
_SOURCE_MARK = re.compile(r"(?<=[^\s\d\[])\s?\[\d{1,2}\](?=\s|$)")


def _long_runs(s: str) -> bool:
    """Runs between spaces of eight characters on average: headlines glued, not a list of names."""
    runs = s.split()
    return len(s.replace(" ", "")) >= 8 * len(runs)


_MARKUP_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")


def _links_after_footer(spans: list[tuple[int, int, str]], nonblank: list[int], note_of: dict[int, str],
                        kinds: dict[int, str], metas: dict[int, tuple[tuple[str, str], ...]]) -> list[int]:
    """The lines under the rights notice that closes an article when every one is a short title without
    a full stop, nor a field (其他文章的标题 | 栏目|标题): the site's links to more reading, not a next
    article's text.  Under the editor's line that closes it, only a bulleted list of such titles."""
    first_read = next((n for n, i in enumerate(nonblank) if kinds[i] == "text" and len(spans[i][2]) >= 40), None)
    if first_read is None:
        return []
    footers = [n for n, i in enumerate(nonblank) if first_read < n and (note_of.get(i) in ("footer", "disclaimer")
                                                                        or any(k == "editor" for k, _ in metas.get(i, ())))]
    footer_set = set(footers)  # (a digest closes every item with its editor's line: a look-up per line)
    # from the first notice (a site's menus and lists of events between its disclaimer, rights and
    # licence lines), else from the last
    for first in dict.fromkeys(footers[:1] + footers[-1:]):
        rest = [i for n, i in enumerate(nonblank) if n > first and n not in footer_set]
        short = all(kinds[i] != "meta" and "。" not in spans[i][2] and (len(spans[i][2].strip()) <= 40 or _LINK_ROW.fullmatch(spans[i][2].strip()))
                    for i in rest)  # (甲平台  乙基地  丙奖: a row of the site's honours, spaced apart)
        if rest and note_of.get(nonblank[first]) not in ("footer", "disclaimer"):
            short = short and all(_LINK_BULLET.match(spans[i][2]) for i in rest)  # - 某地招聘公告: the site's links
        if len(rest) >= 2 and short:
            return rest
    return []


_LINK_BULLET = re.compile(r"^\s*[-·•●▪*>]\s*\S")
_LINK_ROW = re.compile(r"[^\s，,；;]{2,16}(?:\s+[^\s，,；;]{2,16}){2,}")


_BRACKETED_ROLES = frozenset(("记者", "通讯员", "实习生", "特约记者", "见习记者", "实习记者", "摄影", "摄像"))


def _line_kind(s: str, following: str | None) -> tuple[str, tuple[tuple[str, str], ...], str]:
    """(kind, metadata fields, why) of one non-blank line; ``following`` is the next one."""
    if ("图" in s or "摄" in s or "照" in s) and _PHOTO_LABEL.fullmatch(s):
        return "boilerplate", (), "photo credit"  # (before the fields: 图片来源:某某 names the photo's source, not the report's)
    ban = len(s) <= 200 and ("未经" in s or "不得" in s or "转载请注明" in s) and _REPRINT_BAN.search(s)
    if ban and (not (ban["copy"] or ban["copy2"]) or _NAMED_WORK.search(s)):
        return "boilerplate", (), "footer"  # 凡本网注明“来源:某某”的内容,未经书面授权不得转载: rights, no source
    if (":" in s or "：" in s) and _poster_card().fullmatch(s.strip()):
        return "boilerplate", (), "page furniture"  # 注册时间: 2016-09-03 on a poster's card: the member's day, no field
    byline = parse_byline_fields(s) or (keyed := bracketed_key(s)) and keyed[0] in _BRACKETED_ROLES \
        and parse_byline_fields(" ".join(keyed))  # 【记者】某某: the role in brackets
    if byline:
        # 通讯员|某某 编辑|某某: the byline drops the editor after it; the line's fields keep both
        fields = parse_meta_line(s) if _EDITOR_KEYED.search(s) else None
        return "meta", tuple(fields if fields and set(byline) <= set(fields) else byline), "byline"
    # Before the spam test: a disclosure table row (索引号 | … |) has the shape of a keyword list.
    fields = parse_meta_line(s)
    if fields:
        return "meta", tuple(fields), ", ".join(k for k, _ in fields)
    reason = spam_reason(s)
    if reason:
        return "spam", (), reason
    reason = boilerplate_reason(s, following)
    if reason:
        return "boilerplate", (), reason
    return "text", (), ""


def _assemble(t: Tracked, spans: list[tuple[int, int, str]], kinds: dict[int, str],
              metas: dict[int, tuple[tuple[str, str], ...]], rows: set[int], report: QualityReport
              ) -> tuple[Tracked, list[Line]]:
    """Copy the text lines into the clean text, a paragraph cut by a page break as one line,
    and place each metadata line, as a record, where it stood among them."""
    text = t.text
    text_idx = [i for i in kinds if kinds[i] == "text"]
    meta_idx = [i for i in kinds if kinds[i] == "meta"]
    indented = {i for i in text_idx if spans[i][0] > 0 and text[spans[i][0] - 1] == " "}
    # the page's first line of words (a photo's credit over the headline, 某地一角 某某摄, is none)
    opening = next((i for i in text_idx if cjk_count(spans[i][2]) >= 4 and not _PHOTO_CREDIT.search(spans[i][2])), None)
    b = Builder(t)
    entries: list[tuple] = []  # ("text", start, end, fields) | ("meta", pos, content, fields)
    last_i = -1
    k = m = 0  # (meta_idx[m:]: the metadata lines not yet passed; both lists run in file order, so one walk)
    while k < len(text_idx):
        i = text_idx[k]
        while m < len(meta_idx) and meta_idx[m] < i:
            if meta_idx[m] > last_i:  # (one inside a paragraph rejoined over a page break is dropped)
                entries.append(("meta", b.pos, spans[meta_idx[m]][2], metas[meta_idx[m]]))
            m += 1
        if b.pos:
            b.put("\n", spans[i][0])
        line_start = b.pos
        last = _run_end(spans, kinds, text_idx, k, indented, opening)
        site = _copy_line(b, t, spans[i], report, prose=last > k) if i not in rows \
            else _copy_text(b, t.text, *spans[i][:2], report)
        k = _rejoin(b, t, spans, text_idx, k, last, report)
        last_i = text_idx[k]
        nxt = text_idx[k + 1] if k + 1 < len(text_idx) else None
        if _truncated(spans, last_i, nxt, indented):
            report.bump("truncated")
            report.warnings.append(f"truncated paragraph ending …{spans[last_i][2][-12:]}")
        entries.append(("text", line_start, b.pos, (("page_title", site),) if site else ()))
        k += 1
    entries += [("meta", b.pos, spans[j][2], metas[j]) for j in meta_idx[m:] if last_i < j]
    out = b.build()
    lines = [
        Line("text", out.text[e[1]:e[2]], e[1], e[3]) if e[0] == "text" else Line("meta", e[2], e[1], e[3])
        for e in entries
    ]
    return out, lines


_EDITOR_KEYED = re.compile(r"(?:责任编辑|责编|编辑)\s*[|｜/:：]")


# …一角 某某摄, （某某 摄）: a line closed by who took the photo
_PHOTO_CREDIT = re.compile(rf"\s[{CJK}·]{{2,4}}\s?摄(?:影)?[)）]?$|[(（][{CJK}·\s]{{2,8}}摄(?:影)?[)）]$")


def _copy_line(b: Builder, t: Tracked, span: tuple[int, int, str], report: QualityReport, prose: bool = False) -> str | None:
    """Copy one text line; of a title behind a site's prefix (某某网_栏目_标题), the title only,
    and then return what was cut: the line is the page's own title, not the article's headline."""
    start, end, s = span
    bracketed = s[:1] in "(（" and s[-1:] in ")）"  # (某某纪委监委 | 责任编辑 某某): a closing credit, no page title
    # (…召回。(某某 | 责任编辑 某某): a paragraph's last sentence and its credit, no title either)
    prefix = strip_title_prefix(s) if len(s) <= 80 and not ends_sentence(s) and not bracketed and "。" not in s else None
    if prefix and is_title_like(prefix[0]):
        title, cut = prefix
        off = s.index(title)
        report.add(Repair("spam", *t.orig_span(start, end), s, title, "title prefix"))
        b.copy(start + off, start + off + len(title))
        return cut
    _copy_text(b, t.text, start, end, report, prose)
    return None


def _run_end(spans: list[tuple[int, int, str]], kinds: dict[int, str], text_idx: list[int], k: int,
             indented: set[int], opening: int | None) -> int:
    """The position in ``text_idx`` of the last line that continues line ``text_idx[k]`` across page
    breaks (``opening``: the page's first line of words)."""
    while k + 1 < len(text_idx) and _page_break(spans, kinds, text_idx[k], text_idx[k + 1], indented, text_idx[k] == opening):
        k += 1
    return k


def _rejoin(b: Builder, t: Tracked, spans: list[tuple[int, int, str]], text_idx: list[int], k: int, last: int,
            report: QualityReport) -> int:
    """Copy the text lines ``text_idx[k + 1 .. last]`` that continue line ``text_idx[k]``; returns ``last``."""
    for n in range(k + 1, last + 1):
        prev, j = text_idx[n - 1], text_idx[n]
        gap = (spans[prev][1], spans[j][0])
        report.add(Repair("page_break", *t.orig_span(*gap), t.text[gap[0]:gap[1]], "", "rejoined"))
        _copy_text(b, t.text, spans[j][0], spans[j][1], report, prose=True)
    return last


_INNER_SPACE = re.compile(f"(?<=[{CJK_EXT_A}0-9]) (?=[{CJK_EXT_A}0-9])")
# 1 275个乡镇, 12 345 人次: a space between digit groups, the last group of three right before a
# Chinese word (a unit); between other digits (a table's cells, 2023 100) the space stays.
_GROUPED_DIGITS = re.compile(rf"(?<![\d.])\d{{1,3}}(?: \d{{3}})+(?= ?[{CJK}])")


# a quoted run of four-character phrases set apart by spaces (“一线练兵 实干成才”)
_QUOTED_PHRASES = re.compile(rf"“[{CJK}]{{4}}(?:[ \u3000][{CJK}]{{4}})+”")


def _copy_text(b: Builder, text: str, start: int, end: int, report: QualityReport, prose: bool = False) -> None:
    """Copy a text line, dropping spaces between Chinese characters (选拔20 名).

    Titles and headings keep theirs: there a space separates two phrases (``prose``: a piece of a
    paragraph that a page break cut, however short, is none)."""
    line = text[start:end]
    if " " not in line or not prose and is_headline_like(line):
        b.copy(start, end)  # (a line without a space has none to drop)
        return
    pos = start
    names = None  # (the bylines' spans, found when a space between Chinese characters asks: most lines have none)
    grouped = [g.span() for g in _GROUPED_DIGITS.finditer(text, start, end)]
    phrases = [q.span() for q in _QUOTED_PHRASES.finditer(text, start, end)] if "“" in line else []
    for m in _INNER_SPACE.finditer(text, start, end):
        if text[m.start() - 1].isdigit() and text[m.end()].isdigit() \
                and not any(a < m.start() < b for a, b in grouped):
            continue
        if names is None:
            names = [(start + a, start + b) for a, b in byline_spans(line)]
        if any(a <= m.start() < b for a, b in names):
            continue  # (记者 张三 李四): the space separates two people
        if any(a < m.start() < b for a, b in phrases):
            continue  # “一线练兵 实干成才”: the space sets apart the phrases of a quoted formula
        b.copy(pos, m.start())
        pos = m.end()
        report.bump("whitespace")
    b.copy(pos, end)


def _paragraph_like(s: str) -> bool:
    """Too long, or too clause-laden, to be a heading."""
    return len(s) > 30 or (len(s) >= 24 and bool(_CLAUSE_MARK_OR_LIST.search(s)))


_CLAUSE_MARK_OR_LIST = re.compile("[，,；;、]")


def _page_break(spans, kinds, a: int, b: int, indented: set[int], first: bool = False) -> bool:
    """Is text line ``b`` the continuation of text line ``a`` (``first``: ``a`` is the page's first
    line of words), cut by a page break?"""
    if any(kinds.get(x) == "meta" for x in range(a + 1, b)):
        return False
    sa, sb = spans[a][2], spans[b][2]
    if _title_cut(sa, sb) or _quote_cut(sa, sb) or first and b == a + 1 and _headline_tail(sa, sb):
        return True
    if ends_sentence(sa):
        return False  # (asked below among the tests that all answer False: most lines end a sentence)
    if first and is_title_like(sa) and "。" not in sa and len(sb) >= 2 * len(sa):
        return False  # the page's first line over a paragraph twice as long: a headline over its lead
    if is_title_like(sa) and any(not spans[x][2] for x in range(a + 1, b)) and not _cut_across_blank(sa, sb):
        return False  # a headline or a caption over the text, a blank line between
    if b in indented:
        return False  # an indented line opens a paragraph; ``a`` was cut short
    if DOCUMENT_TITLE.match(sa) or ISSUED_TITLE.match(sa):
        return False  # (某某办公室)关于…的实施办法 / 各行政村: a document's title, then its addressees
    if sa.rstrip()[-1:] in "：:" and _LIST_MARK_OPENING.match(sb):
        return False  # 包括以下内容： | (a)…: a lead-in's colon, then the first item of its list
    open_quote = sa.count("“") > sa.count("”")
    if ends_sentence(sa) or not (_paragraph_like(sa) or open_quote and _paragraph_like(sb)):
        return False
    # A closing quote ends headings and quoted slogans; only an open quote says "cut".
    if sa[-1] in CLOSERS and sa.count("“") <= sa.count("”"):
        return False
    # 一、坚持…，着力建设…的干部队伍 | 全县坚持…: a numbered heading too long to be heading-like, no stop on it,
    # over its paragraph; only a word cut across the break says the page cut it there
    if _NUMBERED_OPENING.match(sa) and not open_quote and not any(c in sa for c in SENTENCE_STOPS):
        return _cuts_word(sa, sb)
    # (…的强 / 大力量;物色… / 2465名。同时…: a line holding a sentence's stop before its end is a piece of a
    # paragraph the page printed at a fixed width (lines as long as each other), no heading however short;
    # so is the line it goes on to)
    return not is_heading_like(sb) or len(sa) <= 40 and abs(len(sa) - len(sb)) <= 3 \
        and any(_STOP_INSIDE.search(x, 0, len(x) - 1) for x in (sa, sb)) and not _ITEM_OPENING.match(sb)


_STOP_INSIDE = re.compile("[。；;]")
# 二是…, 二要…, (二)…, 二、…, 2.…, 第二条…, 其二…, 会议强调:…: a line opening a list's item or a label's text opens a
# paragraph of its own, however long the one before it (items of one list are often as long as each other)
_LIST_NUMBER = (r"[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、是要]"
                r"|\d{1,2}[.、．]|第[一二三四五六七八九十\d]+[条部章节项]|其[一二三四五六七八九十次]")
_ITEM_OPENING = re.compile(rf"^\s*(?:[\u4e00-\u9fff]{{2,6}}[：:]|{_LIST_NUMBER})")
_NUMBERED_OPENING = re.compile(rf"^\s*(?:{_LIST_NUMBER})")
# (a), a), a., ①, 1) as well: any mark of a list's item, lettered or circled ones too
_LIST_MARK_OPENING = re.compile(rf"^\s*(?:{_LIST_NUMBER}|[（(][a-zA-Z][)）]|[a-zA-Z][)）.．、](?![a-zA-Z])|[①-⑳]|\d{{1,2}}[)）])")


# 上，组织实施… / 胜仗”的…: a line opening with the end of a word cut off, then punctuation or a
# closing mark that nothing on the line opened
_CUT_WORD_END = re.compile(rf"^[{CJK}][，,。；;、：:]|^[{CJK}]{{0,4}}[”’）)》]")


def _cuts_word(sa: str, sb: str) -> bool:
    """Whether the break between lines ``sa`` and ``sb`` falls inside a word: ``sb`` opens with a word's
    cut-off end (上，…), or the segmenter reads a dictionary word across the break (…干部队 | 伍…)."""
    if _CUT_WORD_END.match(sb):
        return True
    left, right = sa[-4:], sb[:4]
    if not (left and right and is_cjk(left[-1]) and is_cjk(right[0])):
        return False
    seg = get_segmenter()
    pos = 0
    for w in seg.cut(left + right):
        if pos < len(left) < pos + len(w):
            return seg.frequency(w) > 0  # (a word of the dictionary, not one the guesser made of two characters)
        pos += len(w)
    return False


def _cut_across_blank(sa: str, sb: str) -> bool:
    """A page break with a blank line in it: only a cut word or an open quote says so."""
    close = sb.find("”")
    return bool(_CUT_WORD_END.match(sb)) or sa.count("“") > sa.count("”") and close >= 0 and "“" not in sb[:close]
_DOCUMENT_KINDS = "(?:" + "|".join(map(re.escape, word_list("document_kinds.txt"))) + ")"
DOCUMENT_TITLE = re.compile(rf"^关于.{{4,60}}的{_DOCUMENT_KINDS}$")
# 某某办公室关于…有关情况的通报, 甲、乙关于…的通知: a notice's title, its issuers first, however long what it is about
ISSUED_TITLE = re.compile(rf"^[{CJK}、]{{0,30}}关于[^。！？!?]{{4,120}}的{_DOCUMENT_KINDS}$")


def _title_cut(sa: str, sb: str) -> bool:
    """《某某县干部容错纠错 | 实施办法》: a cited title left open at the end of a line and closed
    early in the next one, before any new title opens."""
    close = sb.find("》")
    return sa.rfind("《") > sa.rfind("》") and 0 < close <= 30 and "《" not in sb[:close]


def _quote_cut(sa: str, sb: str) -> bool:
    """…紧扣“三 | 大行动”，…: a short quote opened near the end of a line and closed early in the next one,
    before any new quote opens (a page printed at a fixed width cut the quoted name, not a heading)."""
    opened, close = sa.rfind("“"), sb.find("”")
    return opened > sa.rfind("”") and len(sa) - opened <= 12 and 0 < close <= 12 and "“" not in sb[:close]


# …会议上的讲话, …的实施意见: the short tail of a speech's or a document's headline
_TITLE_TAIL = re.compile(rf"[{CJK}]{{0,10}}(?:讲话|发言|报告|致辞|{_DOCUMENT_KINDS})")


def _headline_tail(sa: str, sb: str) -> bool:
    """在全县…专项工作机 / 制会议上的讲话: the page's first line, a headline with no punctuation, goes on
    to a short line right under it that only ends it (a speech, a report, a document), the break
    cutting a word in two (not 某某会 / 县委书记作总结讲话: a second line of its own)."""
    return len(sa) >= 12 and len(sb) <= 12 and not re.search(r"[，,。；;：:！？!?“”《》—]", sa + sb) \
        and bool(_TITLE_TAIL.fullmatch(sb)) and (plain_word(sa[-1] + sb[0]) or sa.endswith("的"))
    # (机|制: the break cuts a word; …上的 | 讲话: no headline ends with 的)


def _truncated(spans, a: int, b: int | None, indented: set[int]) -> bool:
    sa = spans[a][2]
    if ends_sentence(sa) or not _paragraph_like(sa) or sa[-1] in CLOSERS:
        return False
    return b is None or b in indented or is_heading_like(spans[b][2])
