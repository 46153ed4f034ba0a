"""The page, the API and the CLI after the session-73 web tester (a provincial user searching measures every day):
straight quotes in a query, similar measures of a repost, the county filter settling a township's name, the CLI's
CSV guard, reposts said on article pages, the facet search box, short province names, open year ranges."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from pipeline.cli import cli


# --- 3: a straight double quote inside a word is the Chinese pair the texts write ----------------------------------

@pytest.mark.parametrize("straight, curly", [('落实"三个区分开来"', "落实“三个区分开来”"), ('村"两委"', "村“两委”")])
def test_straight_quotes_in_a_word_find_what_chinese_quotes_find(client, straight, curly):
    # 落实"三个区分开来" found nothing, 落实“三个区分开来” the measures
    want = client.get("/api/search", params={"q": curly}).json()["total"]
    assert want > 0
    assert client.get("/api/search", params={"q": straight}).json()["total"] == want
    assert client.get("/api/articles", params={"q": straight}).json()["total"] == \
        client.get("/api/articles", params={"q": curly}).json()["total"]


def test_straight_quotes_on_the_command_line(sample_kb):
    db, _ = sample_kb
    run = lambda q: CliRunner().invoke(cli, ["search", q, "--db", str(db), "--format", "json"])
    straight, curly = run('落实"三个区分开来"'), run("落实“三个区分开来”")
    assert straight.exit_code == curly.exit_code == 0, straight.output
    assert straight.output.count('"id"') == curly.output.count('"id"') > 0


# --- a small corpus of its own: a county's page, an aggregator's repost of it, a like measure elsewhere, a town ------

TEXTS = {
    'binyang.txt': '宾阳县大桥镇探索村干部“积分制”管理\n2024-05-10 来源：宾阳县委组织部\n\n\u3000\u3000广西壮族自治区南宁市宾阳县大桥镇聚焦村干部队伍建设，推行村干部积分制管理。\n\n\u3000\u3000大桥镇党委制定村干部积分管理办法，将村干部日常履职、群众评价、重点任务完成情况纳入积分，积分结果与绩效报酬挂钩。\n\n\u3000\u3000大桥镇建立村干部季度述职制度，每季度组织村干部向党员群众述职，接受群众评议。\n',
    'changting.txt': '长汀县：为敢于担当的干部撑腰鼓劲\n作者：李明\n\n\u3000\u3000福建省龙岩市长汀县把落实“三个区分开来”要求作为激励干部担当作为的重要抓手，建立健全容错纠错、澄清正名、回访教育相衔接的工作机制。\n\n\u3000\u3000明确容错情形。长汀县委制定容错纠错实施细则，列出可以容错的情形10种和不予容错的情形6种，规定容错申请应在受理后15个工作日内办结，由县纪委监委、县委组织部等6个部门组成联审小组集中研判。\n\n\u3000\u3000及时澄清正名。对受到诬告错告的干部，通过召开澄清会、发放澄清函等方式在适当范围内予以澄清，今年以来已为9名干部澄清正名，对查实的2起诬告案件严肃追责。\n\n\u3000\u3000做好回访教育。对受处理处分的干部，由县领导和组织部门干部组成回访小组，在处分宣布后1个月内开展谈心谈话，之后每半年回访一次，累计回访62人次。\n\n\u3000\u3000注重激励使用。对影响期满、表现优秀的干部，在评优评先和选拔任用时同等对待，今年已有8名影响期满干部得到提拔或进一步使用。\n',
    'repost_changting.txt': '首页 > 新闻中心 > 转载\n发布时间：2025-01-15  来源：某某资讯网\n长汀县：为敢于担当的干部撑腰鼓劲\n作者：李明\n\n\u3000\u3000福建省龙岩市长汀县把落实“三个区分开来”要求作为激励干部担当作为的重要抓手，建立健全容错纠错、澄清正名、回访教育相衔接的工作机制。\n\n\u3000\u3000明确容错情形。长汀县委制定容错纠错实施细则，列出可以容错的情形10种和不予容错的情形6种，规定容错申请应在受理后15个工作日内办结，由县纪委监委、县委组织部等6个部门组成联审小组集中研判。\n\n\u3000\u3000及时澄清正名。对受到诬告错告的干部，通过召开澄清会、发放澄清函等方式在适当范围内予以澄清，今年以来已为9名干部澄清正名，对查实的2起诬告案件严肃追责。\n\n\u3000\u3000做好回访教育。对受处理处分的干部，由县领导和组织部门干部组成回访小组，在处分宣布后1个月内开展谈心谈话，之后每半年回访一次，累计回访62人次。\n\n\u3000\u3000注重激励使用。对影响期满、表现优秀的干部，在评优评先和选拔任用时同等对待，今年已有8名影响期满干部得到提拔或进一步使用。\n责任编辑：某某\n',
    'ruijin.txt': '瑞金市健全容错纠错机制激发干部干事热情\n2024-03-02 来源：瑞金市委组织部\n\n\u3000\u3000江西省赣州市瑞金市坚持严管厚爱相结合，持续完善容错纠错工作机制。\n\n\u3000\u3000瑞金市委出台容错纠错办法，明确可以容错的情形12种和不予容错的情形8种，规定容错申请应在受理后20个工作日内办结，由市纪委监委、市委组织部等部门联合研判。\n\n\u3000\u3000对受到诬告错告的干部，通过召开澄清会、发放澄清通知书等方式及时予以澄清正名，今年以来已为5名干部澄清正名。\n',
    'undated.txt': '遂昌县推行年轻干部导师帮带制度\n\n　　浙江省丽水市遂昌县为每名新录用的年轻干部选配一名科级干部担任导师，'
                   '导师每月与年轻干部开展一次谈心谈话，帮助他们尽快熟悉基层工作。\n',
    'dateline.txt': '将乐县为村干部办理养老保险\n\n　　闽北日报6月18日讯（记者 张华）福建省三明市将乐县为在任村干部统一办理养老保险，'
                    '所需资金由县财政和乡镇按比例承担。\n',
    'manifest.tsv': 'file\turl\tyear\ndateline.txt\thttp://example.com/2024/0618/1.html\t2024\n',
    # (a title as a crawler may keep it, and a sentence opening with @: what Excel runs as formulas)
    'formula.txt': '=HYPERLINK("http://example.com","浦城县出台村干部报酬管理办法")\n2024-06-01 来源：浦城县委组织部\n\n'
                   '　　福建省南平市浦城县出台村干部报酬管理办法，规范村干部基本报酬和绩效报酬发放。\n\n'
                   '@浦城县委组织部制定村干部报酬管理办法，明确村干部绩效报酬按季度考核发放。\n',
}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from conftest import built_from_texts

    return built_from_texts(tmp_path_factory, "web73", TEXTS)


@pytest.fixture(scope="module")
def own(db):
    from fastapi.testclient import TestClient

    from pipeline.search.web import create_app

    return TestClient(create_app(db))


def _repost_and_canonical(db) -> tuple[str, str]:
    from conftest import sql_rows

    [(copy, canonical)] = sql_rows(db, "SELECT id, canonical_id FROM articles WHERE canonical_id != id")
    return copy, canonical


# --- 1: a measure shown on a repost's page has similar measures, as its canonical twin has ---------------------------

def test_similar_measures_of_a_repost_measure_are_its_canonical_twins(db, own):
    from conftest import sql_rows

    copy, canonical = _repost_and_canonical(db)
    pairs = sql_rows(db, "SELECT c.id, k.id FROM measures c JOIN measures k ON k.text = c.text"
                         " WHERE c.article_id = ? AND k.article_id = ?", copy, canonical)
    assert pairs
    found = 0
    for mine, twin in pairs:
        r = own.get(f"/api/measures/{mine}/similar")  # was a 404
        assert r.status_code == 200, r.text
        want = own.get(f"/api/measures/{twin}/similar").json()["results"]
        assert r.json()["results"] == want
        assert r.json()["repost_of"] == {"article_id": canonical, "measure_id": twin}
        found += len(want)
        page = own.get(f"/articles/{copy}", params={"m": mine, "similar": 1}).text
        assert ("其他地区没有与这条举措足够相似的举措" in page) == (not want)
    assert found  # (the corpus has a like measure in another county)
    assert "repost_of" not in own.get(f"/api/measures/{pairs[0][1]}/similar").json()


# --- 5: a repost and its canonical article name each other ------------------------------------------------------

def test_a_repost_and_its_canonical_article_link_to_each_other(db, own):
    copy, canonical = _repost_and_canonical(db)
    a = own.get(f"/api/articles/{copy}").json()
    assert a["canonical_id"] == canonical and a["is_repost"] and a["copies"] == 0 and a["reposts"] == []
    k = own.get(f"/api/articles/{canonical}").json()
    assert k["canonical_id"] == canonical and not k["is_repost"] and [c["id"] for c in k["reposts"]] == [copy]
    page = own.get(f"/articles/{copy}").text
    assert 'id="repost"' in page and f'href="/articles/{canonical}"' in page
    page = own.get(f"/articles/{canonical}").text
    assert 'id="copies"' in page and f'href="/articles/{copy}"' in page


# --- 2: the county filter settles a township written with another level word ------------------------------------

def test_the_county_filter_settles_a_township_of_another_level_word(db, own):
    # 大桥街道 is four other counties' 街道 in the division data: with --county 宾阳县 it was refused, while
    # 宾阳县大桥街道 found 宾阳县大桥镇
    want = own.get("/api/search", params={"township": "宾阳县大桥街道"}).json()["total"]
    assert want == 3
    params = {"county": "宾阳县", "township": "大桥街道"}
    r = own.get("/api/search", params=params).json()
    assert r["total"] == want and any("宾阳县大桥镇" in n["message"] for n in r["notes"]), r["notes"]
    assert own.get("/", params=params).text.count('class="result"') == want
    out = CliRunner().invoke(cli, ["search", "--db", str(db), "--county", "宾阳县", "--township", "大桥街道"])
    assert out.exit_code == 0 and f"{want} measures match" in out.output, out.output
    # another county's filter does not take it
    out = CliRunner().invoke(cli, ["search", "--db", str(db), "--county", "长汀县", "--township", "大桥街道"])
    assert out.exit_code != 0


# --- 4: the CLI's CSV has the page's guard against formulas ------------------------------------------------------

@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_cli_csv_guards_formulas_as_the_page_download_does(db, own, lang):
    import csv
    import io

    def cells(text: str) -> list[list[str]]:
        return list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))

    page = own.get("/export.csv", params={"q": "报酬管理办法", "lang": lang}).text
    out = CliRunner().invoke(cli, ["search", "报酬管理办法", "--db", str(db), "--format", "csv", "--lang", lang])
    assert out.exit_code == 0, out.output
    rows = cells(out.stdout)
    # (the page's link to the measure begins with the server's address, the CLI's with its path)
    assert len(rows) > 1 and rows == [[c.replace("http://testserver/", "/") for c in r] for r in cells(page)]
    texts = [c for r in rows[1:] for c in r]
    assert not any(c.startswith(("=", "@")) for c in texts)
    assert any(c.startswith("'=HYPERLINK") for c in texts) or any(c.startswith("'@") for c in texts)


# --- 17: the CLI says an undated measure's date is unknown, as the page does ---------------------------------------

def test_the_cli_says_an_undated_measure_has_no_known_date(db):
    # the page writes 日期不详; the CLI left the column blank
    for args, line in ((["--county", "遂昌县"], "["), (["--county", "遂昌县", "--articles"], "")):
        out = CliRunner().invoke(cli, ["search", "--db", str(db), *args])
        assert out.exit_code == 0, out.output
        # (an article's row, not the passage printed indented below it)
        lines = [x for x in out.stdout.splitlines() if x.startswith(line) and not x.startswith(" ") and "遂昌县" in x]
        assert lines and all("日期不详" in x for x in lines), out.stdout


# --- 11: an open span of years either way ----------------------------------------------------------------------

def test_a_year_span_open_at_its_start_reads_up_to_that_year(own, db):
    from conftest import sql_rows

    years = dict(sql_rows(db, "SELECT year, count(*) FROM search_measures WHERE year IS NOT NULL GROUP BY year"))
    first, last = min(years), max(years)
    assert first < last
    total = lambda y: own.get("/api/search", params={"year": y})
    for y in (f"-{first}", f"{first}年以前"):  # (was refused: 年份无法识别, while 2020- was read)
        r = total(y)
        assert r.status_code == 200 and r.json()["total"] == years[first], r.text
    assert total(f"-{last}").json()["total"] == sum(years.values())
    out = CliRunner().invoke(cli, ["search", "--db", str(db), "--year", f"-{first}"])
    assert out.exit_code == 0 and f"{years[first]} measures match" in out.output, out.output


# --- 10: a province's short name --------------------------------------------------------------------------------

@pytest.mark.parametrize("short, full", [("闽", "福建省"), ("桂", "广西壮族自治区"), ("赣", "江西省")])
def test_the_province_filter_takes_a_province_short_name(own, db, short, full):
    # 没有省份为“闽”的举措, while the API's docs promise 名称、简称或区划代码
    want = own.get("/api/search", params={"province": full}).json()["total"]
    r = own.get("/api/search", params={"province": short}).json()
    assert want > 0 and r["total"] == want and full in r["notes"][0]["message"], r["notes"]
    out = CliRunner().invoke(cli, ["search", "--db", str(db), "--province", short])
    assert out.exit_code == 0 and f"{want} measures match" in out.output, out.output


def test_a_short_name_of_a_province_with_no_measures_is_said_to_be_that_province(own):
    r = own.get("/api/search", params={"province": "内蒙"}).json()
    assert r["total"] == 0 and "内蒙古自治区" in r["notes"][0]["message"], r["notes"]


# --- 8: a town unknown here is explained whichever level word it is written with ----------------------------------

def test_an_unknown_town_is_explained_under_another_level_word_as_under_its_own(own):
    notes = {t: own.get("/api/search", params={"township": t}).json()["notes"][0] for t in ("汀州镇", "汀州街道")}
    # 汀州镇: where it is and 可按上级筛选 长汀县; 汀州街道 got 没有乡镇为… and the KB's biggest towns
    assert "长汀县汀州镇" in notes["汀州镇"]["message"] and "长汀县（区县）" in notes["汀州镇"]["message"]
    assert notes["汀州街道"]["message"] == notes["汀州镇"]["message"].replace("“汀州镇”是", "“汀州街道”是")
    assert notes["汀州街道"]["choices"] == notes["汀州镇"]["choices"]


# --- 6: the facet search box finds what the filter takes ------------------------------------------------------

@pytest.mark.parametrize("facet, typed, value", [
    ("township", "宾阳县大桥街道", "广西壮族自治区/南宁市/宾阳县/大桥镇"),  # another level word
    ("county", "瑞金县", "江西省/赣州市/瑞金市"),  # a former name
    ("province", "闽", "福建省"),  # a short name
])
def test_the_facet_search_box_finds_what_the_filter_takes(own, facet, typed, value):
    # the filter read them, the box said 没有含“…”的
    assert own.get("/api/search", params={facet: typed}).json()["total"] > 0
    r = own.get(f"/api/facets/{facet}", params={"contains": typed}).json()
    assert [v["value"] for v in r["values"]] == [value], r
    assert [v["value"] for v in own.get(f"/api/facets/{facet}", params={"prefix": typed}).json()["values"]] == [value]
    page = own.get(f"/facets/{facet}", params={"contains": typed}).text
    assert "没有含" not in page and value.rsplit("/", 1)[-1] in page


def test_the_facet_search_box_still_lists_nothing_for_a_name_it_does_not_know(own):
    assert own.get("/api/facets/township", params={"contains": "大桥街道"}).json()["values"] == []


# --- 7: the Excel download's About sheet says the filter as applied -------------------------------------------

def test_the_excel_about_sheet_says_how_a_filter_was_read(own):
    import io

    from openpyxl import load_workbook

    r = own.get("/export.xlsx", params={"township": "宾阳县大桥街道"})
    assert r.status_code == 200
    book = load_workbook(io.BytesIO(r.content), read_only=True)
    about = {row[0]: row[1] for ws in book.worksheets[1:] for row in ws.iter_rows(values_only=True) if row and row[0]}
    # it said 乡镇：宾阳县大桥街道 while the rows said 大桥镇, and the page's note (按“宾阳县大桥镇”筛选) was lost
    assert "宾阳县大桥镇" in about["筛选"], about
    assert "宾阳县大桥镇" in about["筛选说明"], about


# --- 12: a manifest's year and the text's dateline day --------------------------------------------------------

def test_a_manifest_year_and_a_dateline_day_make_the_date(own, db):
    from conftest import sql_rows

    [(aid, date, took)] = sql_rows(db, "SELECT id, date, from_manifest FROM articles WHERE title LIKE '将乐县%'")
    # it was the manifest's 2024, and the page said 日期取自抓取清单，原文未载 of a text opening 6月18日讯
    assert (date, took) == ("2024-06-18", "year")
    page = own.get(f"/articles/{aid}").text
    assert "年份取自抓取清单（manifest），月日取自原文的电头" in page and "原文未载" not in page


@pytest.mark.parametrize("text, manifest, date, took", [
    ("某某日报6月18日讯 县里召开会议。", "2024", "2024-06-18", ["year"]),
    ("某某日报6月18日讯 县里召开会议。", "2024-06", "2024-06-18", ["year"]),
    ("某某日报6月18日讯 县里召开会议。", "2024-07", "2024-07", ["date"]),  # (the month disagrees: the manifest's)
    ("某某日报6月18日讯 县里召开会议。", "2024-05-02", "2024-05-02", ["date"]),  # (a whole day: the manifest's)
    ("县里6月18日召开会议。", "2024", "2024", ["date"]),  # (a day in the text, not a dateline)
    ("某某日报2月30日讯 县里召开会议。", "2024", "2024", ["date"]),  # (no such day)
])
def test_only_a_dateline_day_completes_a_manifest_year(text, manifest, date, took):
    from types import SimpleNamespace

    from pipeline.core.records import PageMeta
    from pipeline.text.manifest import fill

    art = SimpleNamespace(text=text, date=None, title="t", from_manifest=[])
    fill([art], PageMeta(url=None, title=None, date=manifest))
    assert (art.date, art.from_manifest) == (date, took)
