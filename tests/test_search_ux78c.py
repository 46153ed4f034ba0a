"""Session 78, tester's report on the search page (ux78c): what a query finding nothing is offered."""
from __future__ import annotations

import pytest

TEXTS = {
    "a1.txt": "福建省龙岩市出台干部容错纠错办法\n发布时间：2024-03-01\n"
              "龙岩市建立容错纠错机制，对改革中出现的失误依规免责。\n龙岩市完善容错纠错机制，每年公布典型案例。\n各县区党委抓好容错纠错机制的落实。\n",
    "a2.txt": "安徽省选派驻村第一书记\n发布时间：2024-04-02\n"
              "安徽省选派驻村第一书记850名，驻村第一书记每月发放工作补助1200元。\n乡镇干部的工作补助同步提高。\n",
    "a3.txt": "江苏省扬州市江都区大桥镇关心村干部\n发布时间：2024-05-03\n"
              "江苏省扬州市江都区大桥镇为村干部购买意外伤害保险。\n大桥镇推行村干部坐班值守制度。\n",
    "a4.txt": "广西南宁市宾阳县大桥镇管理村干部\n发布时间：2024-05-04\n"
              "广西壮族自治区南宁市宾阳县大桥镇推行村干部积分制管理，积分与报酬挂钩。\n",
    "a5.txt": "江苏省南通市海门区考核干部\n发布时间：2024-06-05\n"
              "江苏省南通市海门区完善干部考核办法，考核结果与评优挂钩。\n海门区推行年度考核结果公示制度。\n",
}


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    from conftest import built_from_texts
    from pipeline.store import reader

    c = reader.connect_readonly(built_from_texts(tmp_path_factory, "ux78c", TEXTS))
    yield c
    c.close()


def offers(conn, q: str) -> list:
    from pipeline import search as S

    return S.suggest(conn, S.search(conn, q))


# --- 12: a shorter word never starts or ends with a function word --------------------------------------------------

def test_shorter_words_never_start_or_end_with_a_function_word(conn):
    # (驻村第一书记的生活补助 offered 更短的词“的生活补助”; a question word is as idle at an edge: 怎么发放)
    for q in ("驻村第一书记的工作补助", "容错纠错机制的实施意见"):
        texts = [s.query for s in offers(conn, q)]
        assert texts, q
        assert not any(t[0] in "的地得之和与及" or t[-1] in "的地得之和与及" for t in texts), (q, texts)

