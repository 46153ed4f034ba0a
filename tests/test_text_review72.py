"""Text-stage defects a code review reproduced (session 72): one test per class.

Every text here is invented for the test (places, names and sentences are made up).
"""
from __future__ import annotations

from pipeline.core.records import RawDocument
from pipeline.text.articles import split_articles
from pipeline.text.lines import _line_kind
from pipeline.text.repair import repair_document


def raw(text: str, fmt: str = "txt") -> RawDocument:
    return RawDocument(path=f"t.{fmt}", id="t", encoding="utf-8", format=fmt, text=text, size=len(text))


def articles(text: str, fmt: str = "txt"):
    return split_articles(repair_document(raw(text, fmt)))


# --- a rule forbidding use without consent is no reprint ban ---------------------------

def test_rule_against_using_funds_without_consent_is_article_text():
    rule = "挂职期间，未经原单位同意，挂职干部不得擅自使用专项经费。"
    text = ("青禾县规范挂职干部管理\n近日，青禾县印发挂职干部管理规定，对挂职干部的日常管理提出具体要求。\n"
            + rule + "\n规定还明确了年度考核办法，考核结果作为评优的重要依据。\n")
    assert _line_kind(rule, None)[0] == "text"
    assert _line_kind("未经单位领导批准同意，人事档案严禁复制使用。", None)[0] == "text"
    assert rule in articles(text)[0].text


def test_reprint_bans_naming_the_site_or_a_publisher_verb_stay_footers():
    for line in ["本网所有稿件，未经许可不得复制", "未经许可禁止复制或镜像", "未经授权，禁止转载",
                 "未经本站许可,任何单位不得使用本站作品。"]:
        assert _line_kind(line, None)[::2] == ("boilerplate", "footer"), line
