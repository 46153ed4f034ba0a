"""The command line as session 70's CLI tester found it: each test fails on the code before its fix."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
import pytest

from pipeline.classify.codebook import default_codebook_path
from pipeline.cli import cli

ROOT = Path(__file__).resolve().parent.parent
ONE_FILE = ROOT / "corpora" / "sample" / "jiangsu_nantong_haimen_ganbu_kaohe.txt"


def _broken_codebook(tmp_path: Path) -> tuple[Path, int]:
    """The shipped codebook with a colon typed into one category's English name (a YAML error), and its line."""
    lines = Path(default_codebook_path()).read_text(encoding="utf-8").split("\n")
    at = next(i for i, x in enumerate(lines) if x.strip().startswith("name_en:"))
    lines[at] = lines[at] + ": oops"
    path = tmp_path / "codebook.yaml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path, at + 1


@pytest.mark.parametrize("command", [
    ["extract", str(ONE_FILE)],
    ["train", "--out", "{tmp}/m.pkl"],
    ["label", "--db", "{tmp}/kb.sqlite"],
    ["evaluate", "--task", "classify"],
])
def test_a_yaml_mistake_in_the_codebook_is_one_line_naming_file_and_line(tmp_path, command):
    book, line = _broken_codebook(tmp_path)
    args = [a.replace("{tmp}", str(tmp_path)) for a in command] + ["--codebook", str(book)]
    r = CliRunner().invoke(cli, args, input="q\n")
    assert r.exit_code == 1 and not isinstance(r.exception, ValueError), (r.output, r.exception)
    errors = [x for x in r.output.splitlines() if x.startswith("Error:")]
    assert errors == [f"Error: {book} line {line}: mapping values are not allowed in this context"], r.output
    assert "<unicode string>" not in r.output


@pytest.mark.parametrize("command", ["extract", "clean"])
@pytest.mark.parametrize("data", [b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", b"%PDF-1.4 x"])
def test_a_pdf_named_alone_is_skipped_as_in_a_folder_and_exits_non_zero(tmp_path, command, data):
    pdf = tmp_path / "notice.pdf"
    pdf.write_bytes(data)
    r = CliRunner().invoke(cli, [command, str(pdf), "--model", str(tmp_path / "none.pkl")] if command == "extract"
                           else [command, str(pdf)])
    assert r.exit_code == 1 and r.stdout == "", r.output
    assert [x for x in r.stderr.splitlines() if "notice.pdf" in x] == \
        [f"Error: {pdf}: PDF files are not read: save it as .txt or .html"], r.stderr


def test_extract_of_one_named_file_it_skips_exits_non_zero(tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("This page is written in English only, about nothing in particular.\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["extract", str(note), "--model", str(tmp_path / "none.pkl")])
    assert r.exit_code == 1 and r.stdout == "" and f"Error: {note}: " in r.stderr, r.output


def _dictionary_with(tmp_path: Path, monkeypatch, extra: bytes) -> tuple[Path, int]:
    """The shipped segmentation dictionary with one more line, put where every command reads it; that line's number."""
    from pipeline.nlp import segment

    data = Path(segment.domain_dictionary_path()).read_bytes().rstrip(b"\n") + b"\n" + extra + b"\n"
    path = tmp_path / "cadre_dict.txt"
    path.write_bytes(data)
    monkeypatch.setattr(segment, "domain_dictionary_path", lambda: str(path))
    return path, data.count(b"\n")


@pytest.mark.parametrize("command", [
    ["extract", str(ONE_FILE)],
    ["clean", str(ONE_FILE)],
    ["build", str(ONE_FILE), "--out", "{tmp}/kb.sqlite", "-q", "-j", "1"],
    ["train", "--out", "{tmp}/m.pkl"],
])
def test_a_dictionary_line_that_is_not_utf8_is_the_dictionarys_error(tmp_path, monkeypatch, command):
    book, line = _dictionary_with(tmp_path, monkeypatch, "考核办法 10 n".encode("gbk"))
    r = CliRunner().invoke(cli, [a.replace("{tmp}", str(tmp_path)) for a in command])
    assert r.exit_code == 1 and not isinstance(r.exception, UnicodeDecodeError), (r.output, r.exception)
    assert "skipped" not in r.output and "Traceback" not in r.output, r.output
    errors = [x for x in r.output.splitlines() if x.startswith("Error:")]
    assert len(errors) == 1 and errors[0].startswith(f"Error: {book} line {line}: not UTF-8"), r.output
    assert not (tmp_path / "kb.sqlite").exists()


def test_a_dictionary_line_jieba_would_misread_is_warned_about_once(tmp_path, monkeypatch, segmenter):
    book, line = _dictionary_with(tmp_path, monkeypatch, "新词条 abc xyz".encode())
    r = CliRunner().invoke(cli, ["extract", str(ONE_FILE), "--format", "table", "--model", str(tmp_path / "none.pkl")])
    assert r.exit_code == 0, r.output
    named = [x for x in r.stderr.splitlines() if str(book) in x]
    assert len(named) == 1 and named[0].startswith(f"warning: {book} line {line}:") and "新词条 abc xyz" in named[0], r.stderr
    assert len(r.stdout.splitlines()) == 1  # (the article is still extracted)


def _codebook_with_a_new_category(tmp_path: Path) -> Path:
    """The shipped codebook and one more category, which no labelled measure has yet."""
    text = Path(default_codebook_path()).read_text(encoding="utf-8")
    at = text.index("\ngroups:")
    new = ("\n  - id: digital\n    name_zh: 数字履职\n    name_en: Digital tools\n"
           "    definition: >-\n      干部管理用上线上平台的举措。\n    include: [线上平台, 数据库]\n")
    path = tmp_path / "codebook.yaml"
    path.write_text(text[:at].rstrip("\n") + "\n" + new + text[at:], encoding="utf-8")
    return path


def _few_labels(tmp_path: Path, per_category: int = 16) -> Path:
    """A small labelled set (texts only), some of each category in the train split and a few in the test split."""
    seen: dict[tuple[str, str], int] = {}
    rows = []
    for line in (ROOT / "corpora" / "labels" / "measures.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        key = (item["categories"][0], item["split"])
        if "text" in item and seen.get(key, 0) < (per_category if item["split"] == "train" else 4):
            seen[key] = seen.get(key, 0) + 1
            rows.append(line)
    path = tmp_path / "labels.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_a_category_nobody_labelled_is_not_scored_nor_averaged_and_no_library_warns(tmp_path):
    import warnings

    book, labels = _codebook_with_a_new_category(tmp_path), _few_labels(tmp_path)
    model = tmp_path / "m.pkl"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        trained = CliRunner().invoke(cli, ["train", "--labels", str(labels), "--codebook", str(book), "--out", str(model),
                                           "--real-labels", str(tmp_path / "none.jsonl")])
        scored = CliRunner().invoke(cli, ["evaluate", "--task", "classify", "--labels", str(labels),
                                          "--codebook", str(book), "--model", str(model)])
        as_json = CliRunner().invoke(cli, ["evaluate", "--task", "classify", "--labels", str(labels),
                                           "--codebook", str(book), "--model", str(model), "--json"])
    assert trained.exit_code == scored.exit_code == as_json.exit_code == 0, trained.output + scored.output
    assert not [w for w in caught if "present in all training examples" in str(w.message)]
    assert "Warning" not in trained.stderr + scored.stderr, trained.stderr + scored.stderr
    assert "digital: no labelled measures: not scored (label some with policykb label)" in trained.stderr
    assert "(without digital: no labelled measures)" in trained.stderr
    rows = {x.split()[0]: x for x in scored.stdout.splitlines() if x.strip()}
    assert "not scored" in rows["digital"] and "0.000" not in rows["digital"], scored.stdout
    assert "without digital" in rows["macro"] and "without" not in rows["micro"], scored.stdout
    result = json.loads(as_json.stdout)
    for system in ("rules", "model"):
        sc = result[system]["scores"]
        f1s = [v["f1"] for k, v in sc.items() if isinstance(v, dict) and "support" in v and v["f1"] is not None]
        assert sc["digital"]["f1"] is None and len(f1s) == 9
        assert sc["macro"]["left_out"] == ["digital"]
        assert abs(sc["macro"]["f1"] - sum(f1s) / len(f1s)) < 0.002, sc


# --- search -------------------------------------------------------------------------------------

def _search(db, *args):
    return CliRunner().invoke(cli, ["search", "--db", str(db), *args])  # (--db first: after --, it would be words)


def test_a_filter_given_twice_is_read_as_the_page_reads_it_and_said(sample_kb, client):
    db, _ = sample_kb
    both = _search(db, "干部", "--province", "福建", "--province", "西藏", "--format", "json")
    last = _search(db, "干部", "--province", "西藏", "--format", "json")
    page = client.get("/api/search", params=[("q", "干部"), ("province", "福建"), ("province", "西藏")]).json()
    assert both.exit_code == last.exit_code == 0, both.output
    data = json.loads(both.stdout)
    assert data["total"] == json.loads(last.stdout)["total"] == page["total"]
    assert [n["kind"] for n in data["notes"]] == ["repeated"] == [n["kind"] for n in page["notes"]]
    said = [x for x in both.stderr.splitlines() if "--province" in x and "try:" not in x]  # (try: lines repeat it)
    assert len(said) == 1 and "福建" in said[0] and "西藏" in said[0], both.stderr
    assert not any("--province" in x and "try:" not in x for x in last.stderr.splitlines())


def test_words_after_double_dash_are_the_querys(sample_kb):
    db, _ = sample_kb
    r = _search(db, "干部", "--format", "json", "--", "-问责", "--limit", "1")
    assert r.exit_code == 0 and "No such option" not in r.output, r.output
    data = json.loads(r.stdout)
    assert data["limit"] == 20 and "问责" in data["query_note"] and "干部" in data["query"]
    typo = _search(db, "干部", "--limt", "1")
    assert typo.exit_code == 2 and "Did you mean --limit?" in typo.output


def test_filter_notes_name_the_option_to_type(sample_kb):
    db, _ = sample_kb
    several = _search(db, "干部", "--source", "日报")
    assert several.exit_code == 0
    note = next(x for x in several.stderr.splitlines() if "日报" in x)
    assert "点选" not in note and "--source " in note and "all are searched" in note, note
    elsewhere = _search(db, "干部", "--city", "龙岩市上杭县")
    assert elsewhere.exit_code == 1 and "--county 上杭县" in elsewhere.output and "可改按" not in elsewhere.output
    assert len(elsewhere.output.strip().splitlines()) == 1, elsewhere.output
    assert _search(db, "干部", "--county", "上杭县").exit_code == 0  # (what it offers works)


def test_the_limit_that_shows_the_rest_counts_from_the_offset(sample_kb):
    db, _ = sample_kb
    total = json.loads(_search(db, "干部", "--format", "json").stdout)["total"]
    r = _search(db, "干部", "--limit", "3", "--offset", "2")
    assert f"showing 3-5 (by relevance). More: --offset 5, or --limit {total - 2}." in r.stderr, r.stderr
    rest = _search(db, "干部", "--offset", "2", "--limit", str(total - 2), "--format", "json")
    assert json.loads(rest.stdout)["shown"] == total - 2


@pytest.mark.parametrize("articles", [[], ["--articles"]])
def test_a_filter_matching_nothing_still_writes_the_json(sample_kb, articles):
    db, _ = sample_kb
    r = _search(db, "干部", "--province", "火星", "--format", "json", *articles)
    assert r.exit_code == 1 and "火星" in r.stderr, r.output
    data = json.loads(r.stdout)
    assert data["total"] == 0 and data["results"] == [] and data["suggestions"] == []
    assert [(n["facet"], n["kind"], n["given"]) for n in data["notes"]] == [("province", "unknown", "火星")]


def test_an_article_search_gives_source_region_and_url_as_the_api_does(sample_kb, client):
    import csv
    import io

    db, _ = sample_kb
    api = client.get("/api/articles", params={"q": "干部", "limit": 5}).json()["results"]
    r = _search(db, "干部", "--articles", "--limit", "5", "--format", "csv", "--lang", "en")
    rows = list(csv.DictReader(io.StringIO(r.stdout.lstrip("\ufeff"))))  # (the BOM: tests/test_web_page71.py)
    assert list(rows[0]) == ["article_id", "date", "title", "source", "place", "code", "copies", "url", "snippet",
                            "link"]  # (code: session 74; copies, link: session 75)
    assert [(x["article_id"], x["source"] or None, x["place"] or None) for x in rows] == \
        [(a["article_id"], a["source"], a["region"]["name"]) for a in api]
    assert all("<mark>" not in x["snippet"] for x in rows) and any("干部" in x["snippet"] for x in rows)
    table = _search(db, "干部", "--articles", "--limit", "5")
    assert all(a["region"]["name"] in table.stdout for a in api if a["region"]["name"])


def test_nothing_found_and_nothing_to_suggest_says_what_to_try(sample_kb):
    db, _ = sample_kb
    r = _search(db, "量子计算")
    assert r.exit_code == 0 and "0 measures match." in r.stderr
    assert "try:" in r.stderr and "another spelling" in r.stderr, r.stderr
