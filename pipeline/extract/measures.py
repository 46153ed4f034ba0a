"""Measures: the clauses that say what a region did, each under its section heading."""
from __future__ import annotations

import re

from ..records import Article, Measure

ACTION = re.compile(
    "选派|提拔|设立|出台|建立|实施|落实|开展|举办|组织|推行|制定|完善|健全|选调|遴选|招录|招聘|培训|表彰|奖励|"
    "调整|问责|容错|晋升|考核|评选|安排|配备|探索|推动|推进|实行|开设|建成|新建|发放|投入|打造|构建|印发|下派|"
    "轮岗|挂职|交流|选拔|录用|聘用|推荐|创新|启用|召开|举行|部署|成立|引进|吸纳|储备|培养|锻炼|督查|检查|谈话|"
    "函询|诫勉|处分|约谈|回访|慰问|体检|休假|补贴|减少|精简|明确|规定|设置|纳入|评定|考察|识别|研判|选树|宣传|"
    "激励|关爱|保障|兑现|帮扶|解决|建设|设置|核定|统筹|覆盖|吸引|储备|任用|使用|调研|学习|轮训|跟班|蹲苗|墩苗"
)
_CLAUSE = re.compile(r"[^；;。！？!?]+[；;。！？!?]*")


def _lead(paragraph: str) -> tuple[str | None, int]:
    """树立鲜明用人导向,提升基层经历的“含金量”。 opening a paragraph: (lead, its length)."""
    m = re.match(r"[^。！？!?]{4,40}[。！？!?]", paragraph)
    if not m or len(m.group(0)) >= len(paragraph) - 2 or re.search(r"\d", m.group(0)):
        return None, 0
    lead = m.group(0)
    if ACTION.search(lead) and re.search("[，,]", lead) is None and len(lead) > 20:
        return None, 0
    return lead.rstrip("。！？!?"), m.end()


def find_measures(article: Article) -> list[Measure]:
    out: list[Measure] = []
    heading: str | None = None
    for p in article.paragraphs:
        if p.heading:
            heading = p.text
            continue
        lead, skip = _lead(p.text) if p.index > 0 else (None, 0)
        current = lead or heading
        body_start = p.start + skip
        for m in _CLAUSE.finditer(article.text, body_start, p.end):
            clause = m.group(0).strip()
            if len(clause) < 6 or not ACTION.search(clause) or "\ufffd" in clause:
                continue
            s = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
            out.append(Measure(text=clause, heading=current, start=s, end=s + len(clause)))
    return out


def link(measures: list[Measure], items, attr: str) -> None:
    """Attach the index of every item (figure, slogan, …) lying inside a measure."""
    for i, it in enumerate(items):
        spans = getattr(it, "mentions", None) or [(it.start, it.end)]
        for s, e in spans:
            if s is None:
                continue
            for m in measures:
                if m.start <= s and e <= m.end:
                    getattr(m, attr).append(i)
                    break

