"""Recognise metadata lines (来源 / 作者 / 发布时间 / 责编 / bylines) and parse them.

Works on simplified, half-width text.  A line counts as metadata only when the
recognised fields cover it: a sentence that merely mentions 来源 stays text.
"""
from __future__ import annotations

import re

from .records import Author

_KEYS = {
    "来源": "source",
    "稿件来源": "source",
    "信息来源": "source",
    "文章来源": "source",
    "出处": "source",
    "作者": "author",
    "撰稿": "author",
    "发布时间": "date",
    "发布日期": "date",
    "发表时间": "date",
    "时间": "date",
    "日期": "date",
    "更新时间": "date",
    "责编": "editor",
    "责任编辑": "editor",
    "编辑": "editor",
    "审核": "reviewer",
    "校对": "reviewer",
    "作者单位": "affiliation",
}
_KEY_RE = "|".join(sorted(map(re.escape, _KEYS), key=len, reverse=True))
# key, colon, value up to two spaces / a tab / the next key
FIELD = re.compile(
    rf"[【\[(]?(?P<key>{_KEY_RE})[】\]]?\s*[:：]\s*(?P<val>.*?)\s*(?=\s{{2,}}|\t|\s(?:{_KEY_RE})\s*[:：]|(?:{_KEY_RE})[:：]|$)"
)
DATETIME = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*(?:\d{1,2}:\d{2}(?::\d{2})?))?"
)
YEAR_MONTH = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月(?!\s*\d)")
BYLINE_ROLE = re.compile(r"(记者|通讯员|特约记者|实习记者|见习记者|本报记者|融媒体记者)")
_BULLETS = "■□●◆◇▲△★☆•·▌|"
AFFILIATION = re.compile(r"^[(（]\s*作者(?:单位|系)\s*[:：为]?\s*(?P<val>[^()（）]+?)\s*[)）]$")
AUTHOR_IS = re.compile(r"[(（]\s*作者系(?P<val>[^()（）]+)[)）]")
SOURCE_DATE = re.compile(
    r"^(?P<src>[\u4e00-\u9fff《》]{2,14}(?:日报|晚报|报|网|杂志|新闻网|电视台|在线|周刊|时报))\s*"
    r"(?P<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}-\d{1,2}-\d{1,2})$"
)
NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
_ISSUE_TAIL = re.compile(r"\s*(?:(?:19|20)\d{2}\s*年)?\s*第?\s*\d+\s*期\s*$")
# Page furniture printed on the same line as a field: 责任编辑:田芳 浏览次数:1286 【字体:大 中 小】
_JUNK_TAIL = re.compile(r"\s*(?:【|\[|浏览|点击|阅读|字体|字号|分享|打印|关闭).*$")


def iso_date(text: str) -> str | None:
    """2020-09-11 15:29:00 -> 2020-09-11; 2023年9月 -> 2023-09."""
    m = DATETIME.search(text)
    if not m:
        ym = YEAR_MONTH.search(text)
        return f"{int(ym['y']):04d}-{int(ym['m']):02d}" if ym and 1 <= int(ym["m"]) <= 12 else None
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def split_names(value: str) -> list[str]:
    """姜纯、马驰 -> two names; 许 兵 and 曲慧敏 于 洋 keep 许兵 and 于洋 whole."""
    names: list[str] = []
    for part in re.split(r"[、,，;；/]+", value.strip()):
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
    return [n for n in names if n]


def parse_byline(line: str) -> list[Author] | None:
    """■记者 孟航 李彤彤 通讯员 吴佳璘 -> authors with roles, else None."""
    s = line.strip().lstrip(_BULLETS).strip()
    if not BYLINE_ROLE.match(s):
        return None
    parts = BYLINE_ROLE.split(s)
    authors: list[Author] = []
    # parts: ["", role, names, role, names, ...]
    if parts[0].strip():
        return None
    for role, names in zip(parts[1::2], parts[2::2]):
        for n in split_names(names):
            if not re.fullmatch(r"[\u4e00-\u9fff·]{2,5}", n):
                return None
            authors.append(Author(n, "记者" if "记者" in role else "通讯员"))
    return authors or None


def parse_meta_line(line: str) -> list[tuple[str, str]] | None:
    """Fields of a metadata line, or None if the line is ordinary text."""
    s = line.strip()
    if not s or len(s) > 160:
        return None
    m = AFFILIATION.match(s)
    if m:
        return [("affiliation", m["val"].strip())]
    m = SOURCE_DATE.match(s)
    if m:
        return [("source", m["src"]), ("date", iso_date(m["date"]) or m["date"])]
    fields: list[tuple[str, str]] = []
    dm = DATETIME.search(s) or YEAR_MONTH.search(s)
    if dm:
        # Take the date out first, so it does not end up inside 作者:孙明远 2023-06-20.
        fields.append(("date", iso_date(dm.group(0)) or dm.group(0)))
        s = s[: dm.start()] + "  " + s[dm.end():]
    for fm in FIELD.finditer(s):
        key = _KEYS[fm["key"]]
        val = _JUNK_TAIL.sub("", fm["val"]).strip(" *_")
        if key == "author":
            am = AUTHOR_IS.search(val)
            if am:
                fields.append(("affiliation", am["val"].strip()))
                val = AUTHOR_IS.sub("", val).strip()
        if key == "date":
            if any(k == "date" for k, _ in fields):
                continue
            val = iso_date(val) or val
        if key == "source":
            val = _ISSUE_TAIL.sub("", val).strip()
        if "。" in val or len(val) > 40:
            return None  # a sentence that happens to contain 来源: is prose
        if val:
            fields.append((key, val))
    rest = FIELD.sub("", s)
    if not fields or (fields == [fields[0]] and fields[0][0] == "date" and rest.strip()):
        return None  # a date inside a sentence is not a dateline
    # Most of the line must be fields; otherwise it is prose that mentions a key.
    leftover = re.sub(r"[\s|·:：]+", "", rest)
    if len(leftover) > max(4, len(s) // 5):
        return None
    return fields
