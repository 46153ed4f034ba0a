"""A synthetic corpus in the texture of reports on cadre work, for benchmarks at scale.

Every article is made from this module's own phrase banks (no sentence of a real
page): a headline naming a place and a slogan, bylines and dates in the forms
the repair stage turns into metadata, a lead paragraph with the full place chain,
three to five numbered sections of measures with figures, cited documents,
dates and local slogans, and page noise (share links, page numbers, SEO spam,
full-width digits, pinyin residue, a traditional-script paragraph, a page break).
Places come from the gazetteer at every level.  Article ``i`` depends only on
``(seed, i)``, so a corpus of N articles is the first N of any larger one and one
article can be rewritten alone (``rewrite``) to measure an incremental build.

Usage: python bench/synth.py OUT_DIR --n 2000 [--seed 13]
"""
from __future__ import annotations

import argparse
from functools import lru_cache
from pathlib import Path
import random
import sys

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PER_FOLDER = 1000

SOURCES = ("组工简报", "先锋日报", "党建在线", "基层治理周刊", "组工信息网", "人才工作通讯", "县融媒体中心", "市委组工网")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢"
GIVEN = "建国志强海燕晓东红梅文华立新秀英明辉春雷丽娟永刚玉兰振宇思远佳怡子涵宏伟静雯"
NATIONAL = ("三个区分开来", "四个意识", "四个自信", "两个维护", "选育管用", "能上能下", "严管厚爱", "好干部标准",
            "三严三实", "两学一做")
LOCAL_HEADS = ("三个一批", "四访四评", "五联五帮", "双培双带", "三比三晒", "一线三评", "两述两评", "六个一")
THEMES = (
    ("年轻干部", "培养"), ("基层干部", "关爱"), ("驻村干部", "管理"), ("容错纠错", "机制"), ("干部考核", "改革"),
    ("干部交流", "轮岗"), ("后备干部", "储备"), ("干部培训", "提质"), ("社区工作者", "队伍建设"), ("乡镇干部", "激励"),
)
HEAD_VERBS = ("念好", "打出", "织密", "架起", "筑牢", "用好", "下活", "跑出")
HEAD_NOUNS = ("组合拳", "防护网", "快车道", "成长梯", "连心桥", "加速度", "一盘棋", "活水源")
SECTION_HEADS = (
    "聚焦精准识别，把好干部选出来", "坚持实践育人，把干部放到一线去", "突出实绩导向，让考核指挥棒更灵",
    "强化日常监督，让干部心有所畏", "落实关爱举措，让基层干部安心干事", "完善容错机制，为担当者撑腰",
    "拓宽来源渠道，让队伍结构更优", "注重梯次配备，让人才接续有人", "用好激励手段，让实干者得实惠",
    "健全培训体系，让本领跟上任务",
)
ACTORS = ("县委组织部", "市委组织部", "各乡镇党委", "县纪委监委", "县委", "市委", "区委组织部", "县人社局", "各级党组织")
MEASURES = (
    "选派{n}名年轻干部到乡镇和重点项目一线挂职锻炼",
    "举办专题培训班{k}期，轮训村（社区）干部{n}人次",
    "建立后备干部人选库，储备优秀年轻干部{n}名",
    "把年度考核优秀等次比例提高到{p}%",
    "为{n}名受到不实举报的干部澄清正名",
    "开展谈心谈话{n}人次，走访慰问困难干部家庭{k}户",
    "落实乡镇工作补贴每人每月{m}元",
    "推动{n}名干部跨部门、跨领域轮岗交流",
    "对{k}名不适宜担任现职的干部进行调整",
    "组织{n}名新录用公务员到信访窗口跟班学习{k}个月",
    "累计回访受处理处分干部{n}人次",
    "公开遴选{k}名科级干部充实乡镇班子",
    "安排{n}名干部参加健康体检，落实带薪休假制度",
    "统筹{m}万元专项经费用于基层干部周转房建设",
    "对{k}件容错申请集体研究，认定免责{n}人次",
    "印发干部实绩档案模板，覆盖{n}个乡镇（街道）",
    "从优秀村党组织书记中招录乡镇公务员{k}名",
    "设立专项奖励资金{m}万元，表彰先进集体{k}个",
    "开展经济责任审计{k}项，发现问题{n}个并督促整改",
    "实行“周调度、月研判、季点评”工作法，推动干部队伍建设落到实处",
    "建成干部教育培训基地{k}个，开设现场教学点{n}处",
    "推行“县管乡用”模式，下派专业技术人员{n}名",
)
TAILS = ("，切实增强干部的获得感", "，形成比学赶超的浓厚氛围", "，进一步激发干事创业活力", "，确保各项要求落地见效",
         "", "", "")
CLOSINGS = (
    "下一步，{actor}将持续深化“{slogan}”，推动干部队伍建设高质量发展。",
    "{actor}有关负责人表示，将把这些做法固化为制度，久久为功抓好落实。",
    "据统计，{year}年以来全县共有{n}名干部在基层一线得到提拔使用。",
)
DOC_TEMPLATES = ("关于进一步加强{t}{s}的实施意见", "{place}{t}{s}工作办法（试行）", "关于激励{t}担当作为的若干措施",
                 "{place}{t}管理办法")
NOISE_LINES = ("分享到：微信 微博 QQ空间", "【打印】 【关闭】", "上一篇：全市召开组织工作会议", "扫一扫在手机打开当前页",
               "版权所有：某某县委组织部 技术支持：某某网络公司", "相关阅读", "字号：大 中 小")
SPAM = "澳门博彩_在线观看_时时彩注册送_百家乐官网开户"
PINYIN = (("导", "dǎo"), ("绩", "jì"), ("励", "lì"), ("训", "xùn"))
# Sentences without an action verb: the prose around the measures.
PROSE = (
    "不少干部坦言，心里的顾虑少了，干劲更足了",
    "这一做法得到基层的普遍认可",
    "树立了重实干、重实绩的鲜明用人导向",
    "一批敢闯敢干的干部脱颖而出",
    "群众满意度明显上升",
    "干部队伍的精气神为之一振",
    "这些变化，乡亲们看在眼里、记在心上",
    "实践证明，好的机制能够让干部把心思用在干事上",
)


@lru_cache(maxsize=1)
def places() -> tuple[list, list, list]:
    from pipeline.extract.regions import Gazetteer

    g = Gazetteer.load()
    by_level: dict[str, list] = {"province": [], "city": [], "county": []}
    for p in g.places.values():
        # townships too are in the gazetteer now; the corpus names places down to counties
        if p.level in by_level and p.name not in ("市辖区", "城区", "郊区", "矿区"):
            by_level[p.level].append(p)
    return tuple(sorted(v, key=lambda p: p.code) for v in by_level.values())


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


def _measure(rng: random.Random, actor: str) -> str:
    text = rng.choice(MEASURES).format(n=rng.randint(3, 480), k=rng.randint(2, 40), p=rng.randint(15, 30),
                                       m=rng.choice((200, 300, 500, 800, 1200, 50, 120)))
    lead = rng.choice((f"{actor}", "", "同时，", "今年以来，", f"{rng.randint(2019, 2025)}年以来，"))
    return lead + text + rng.choice(TAILS)


def _section(rng: random.Random, idx: int, actor: str, place, theme: tuple[str, str]) -> list[str]:
    head = "一二三四五六"[idx] + "、" + rng.choice(SECTION_HEADS)
    paras = []
    for _ in range(rng.randint(1, 2)):
        clauses = [_measure(rng, actor) for _ in range(rng.randint(2, 4))]
        if rng.random() < 0.5:
            doc = rng.choice(DOC_TEMPLATES).format(t=theme[0], s=theme[1], place=place.name)
            clauses.insert(0, f"{actor}出台《{doc}》，明确{rng.randint(3, 12)}条具体措施")
        if rng.random() < 0.4:
            local = rng.choice(LOCAL_HEADS)
            clauses.append(f"探索实施“{local}”工作法，推动{theme[0]}{theme[1]}见实效")
        if rng.random() < 0.3:
            y, m, d = _date(rng)
            clauses.append(f"{y}年{m}月{d}日，{actor}召开专题推进会，部署下一阶段重点任务")
        paras.append("；".join(clauses) + "。" + "。".join(rng.sample(PROSE, rng.randint(1, 2))) + "。")
    return [head] + paras


def article(i: int, seed: int = 13) -> tuple[str, str]:
    """(file suffix, text) of article ``i``."""
    rng = random.Random(seed * 1_000_003 + i)
    place = _place(rng)
    theme = rng.choice(THEMES)
    slogan = rng.choice(NATIONAL)
    actor = place.name + rng.choice(("委组织部", "委")) if rng.random() < 0.5 else rng.choice(ACTORS)
    y, m, d = _date(rng)
    title = f"{place.name}：{rng.choice(HEAD_VERBS)}{theme[0]}{theme[1]}“{rng.choice(HEAD_NOUNS)}”"
    lines = [title, f"来源：{rng.choice(SOURCES)}    发布时间：{y}-{m:02d}-{d:02d}",
             f"作者：{_name(rng)}  {_name(rng)}"]
    if rng.random() < 0.3:
        lines.append(rng.choice(NOISE_LINES))
    lines.append(f"　　近年来，{_chain(place)}坚持以“{slogan}”为引领，围绕{theme[0]}{theme[1]}这一课题，"
                 f"统筹推进选育管用全链条工作，着力打造忠诚干净担当的高素质干部队伍。")
    for s in range(rng.randint(3, 4)):
        lines += ["　　" + x if k else x for k, x in enumerate(_section(rng, s, actor, place, theme))]
    lines.append("　　" + rng.choice(CLOSINGS).format(actor=actor, slogan=slogan, year=rng.randint(2018, 2024),
                                                      n=rng.randint(10, 300)))
    lines.append(f"（责任编辑：{_name(rng)}）")
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    chars = generate(args.out, args.n, args.seed)
    print(f"{args.n} articles, {chars:,} characters in {args.out}")


if __name__ == "__main__":
    main()
