"""Downloads of a town the knowledge base cannot place (session-78 web tester, finding 5): an article naming only a
town that many towns share showed 地区不详 on the page, but /export.csv, /export.xlsx and the CLI's CSV wrote its
乡镇 cell as if known, so a pivot on 乡镇 lumped every namesake together."""
from __future__ import annotations

import csv
import io

from click.testing import CliRunner
import pytest

from pipeline.cli import cli
from tests.conftest import built_from_texts

# Texts of our own: one naming only 大桥镇 (a name dozens of towns share), one 大桥镇 under its county.
TEXTS = {
    "a.txt": "村干部轮流值班见闻\n来源：乡村观察\n2024年3月2日\n\n"
             "记者走访大桥镇时获悉，该镇实行村干部值班制度，每天安排两名村干部在服务大厅值班。\n",
    "b.txt": "江都区大桥镇关心村干部\n来源：扬子晚报\n2023年6月1日\n\n"
             "江苏省扬州市江都区大桥镇党委实行村干部值班制度，每月通报值班情况。\n",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory, segmenter):
    return built_from_texts(tmp_path_factory, "ux78bexports", TEXTS)


@pytest.fixture(scope="module")
def web(db):
    from fastapi.testclient import TestClient

    from pipeline.search.web import create_app

    return TestClient(create_app(db))


def _rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


def _by_title(rows, key="文章标题"):
    return {r[key]: r for r in rows}


def test_the_download_says_a_town_it_cannot_place_is_uncertain(web):
    rows = _by_title(_rows(web.get("/export.csv", params={"q": "值班"}).text))
    alone, placed = rows["村干部轮流值班见闻"], rows["江都区大桥镇关心村干部"]
    assert alone["乡镇"] == "大桥镇（未能确定）" and alone["地区"] == "" and alone["区县"] == ""
    assert placed["乡镇"] == "大桥镇" and placed["区县"] == "江都区"


def test_the_english_download_marks_it_too(web):
    rows = _by_title(_rows(web.get("/export.csv", params={"q": "值班", "lang": "en"}).text), "title")
    assert rows["村干部轮流值班见闻"]["township"] == "大桥镇 (uncertain)"
    assert rows["江都区大桥镇关心村干部"]["township"] == "大桥镇"


def test_the_excel_download_marks_it(web):
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(web.get("/export.xlsx", params={"q": "值班"}).content))
    ws = wb.worksheets[0]
    head = [c.value for c in ws[1]]
    cells = [c for row in ws.iter_rows(min_row=2, values_only=True) for c in [row[head.index("乡镇")]]]
    assert "大桥镇（未能确定）" in cells and "大桥镇" in cells


def test_the_clis_csv_marks_it(db):
    r = CliRunner().invoke(cli, ["search", "值班", "--db", str(db), "--format", "csv"])
    rows = _by_title(_rows(r.output))
    assert rows["村干部轮流值班见闻"]["乡镇"] == "大桥镇（未能确定）", r.output
