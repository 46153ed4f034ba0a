"""Places, session 78 review (review78b): the place finder's cost and town lists.  The texts are short notices
written for these tests."""
from __future__ import annotations

import pytest

from pipeline.extract.regions import locate


# --- 4: a county before a medium's word, many times over: the same answer for each, found by start ---------------

def test_many_counties_before_a_mediums_word_each_read_as_one_alone(g, segmenter):
    # (each 县 + 网/报 asked every match of the text whether one of its own units starts there: 6,000 such leads took
    # 3-5 s, quadratic; the matches are now indexed by where they start. No timing here (shared machines): the long
    # text must give each lead the answer the lead alone gets, which the index must not change)
    lead = "渠县网第1期报道，攸县报第1期刊发。"
    alone = [(m.text, m.place.name if m.place else None) for m in locate(lead, g).mentions]
    many = [(m.text, m.place.name if m.place else None) for m in locate(lead * 300, g).mentions]
    assert many == alone * 300


# --- 6: towns listed after their level word and 即 or a colon, joined by 和 alone ---------------------------------

def _towns(text: str, g) -> list[str]:
    return [m.place.name for m in locate(text, g).mentions if m.place.level == "township"]


@pytest.mark.parametrize("text", [
    "渠县选了两个乡镇先行先试，即三汇和涌兴。",
    "渠县先行先试的乡镇：三汇和涌兴。",
    "渠县先行先试的乡镇：三汇与涌兴。",
])
def test_two_towns_after_their_level_word_joined_by_he_are_found(text, g, segmenter):
    # (the pattern and its docstring take 即甲和乙 and ：甲和乙, but a check before it wanted 、 or 分别: only 渠县)
    assert _towns(text, g) == ["三汇镇", "涌兴镇"], text


# --- 12: the "not written" note names the highest unit the text writes or weighs on the branch ----------------------

def test_the_not_written_note_names_the_county_the_text_writes(g, segmenter):
    # (渠县 written before its town weighs nothing of its own: the province's note said "from 报恩乡 and below")
    reason = locate("渠县报恩乡召集村干部开会。", g).reason
    assert "四川省 1 (not written: from 渠县 and below)" in reason, reason
    assert "from 报恩乡" not in reason, reason


# --- 8: extract, the API and the article page give one region object for an article ------------------------------

LONE_TOWN = {
    "town.txt": "大桥镇关心村干部\n发布时间：2024-05-03\n大桥镇为村干部办理意外保险。大桥镇推行村干部轮流值班。\n",
    "county.txt": "沛县选派干部驻村\n发布时间：2024-06-04\n沛县县委组织部选派机关干部到村任职，沛县各镇配合做好保障。\n",
}


def test_extract_the_api_and_the_page_give_one_region_object(tmp_path_factory, tmp_path, segmenter):
    # (a town named alone: extract said name 大桥镇, path 大桥镇, code '' and no level; the API name None, path None,
    # code None, level township, and a second flag of doubt, uncertain, beside ambiguous)
    import json

    from click.testing import CliRunner
    from fastapi.testclient import TestClient

    from pipeline.cli import cli
    from pipeline.search.web import create_app
    from tests.conftest import article_ids, built_from_texts

    kb = built_from_texts(tmp_path_factory, "rev78b_lone_town", LONE_TOWN)
    for name, text in LONE_TOWN.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    r = CliRunner().invoke(cli, ["extract", str(tmp_path), "--format", "json", "--model", str(tmp_path / "none.pkl")])
    assert r.exit_code == 0, r.output
    extracted = {d["file"].rsplit("/", 1)[-1]: d["region"] for d in json.loads(r.stdout)}
    client = TestClient(create_app(str(kb)))
    for name, aid in article_ids(kb).items():
        assert client.get(f"/api/articles/{aid}").json()["region"] == extracted[name], name
    town = extracted["town.txt"]
    assert (town["name"], town["path"], town["level"], town["code"]) == ("大桥镇", "大桥镇", "township", None)
    assert town["ambiguous"] is True and town["uncertain"] is True
    assert extracted["county.txt"]["uncertain"] is False and extracted["county.txt"]["label"] == "江苏省徐州市沛县"
    page = client.get(f"/articles/{article_ids(kb)['town.txt']}").text
    assert "大桥镇（未能确定）" in page
