"""Session 76's codebook tester (findings 6, 7, 11, 12): the options people bring from other tools, the order of
the same hits under a filter, the classifier's note on a category the scored half has no label of, and labelling
a new category's measures first."""
from __future__ import annotations

from click.testing import CliRunner

from pipeline.cli import cli


# --- 11: an unknown option answered with the options meant ----------------------------------------------------
def test_json_flag_points_to_format_json():
    r = CliRunner().invoke(cli, ["search", "容错纠错", "--json"])
    assert r.exit_code == 2
    assert "Did you mean --format json?" in r.output and "--slogan" not in r.output


def test_a_format_name_as_flag_on_other_commands():
    r = CliRunner().invoke(cli, ["extract", "some.txt", "--json"])
    assert r.exit_code == 2 and "Did you mean --format json?" in r.output


def test_region_points_to_the_place_filters():
    r = CliRunner().invoke(cli, ["search", "容错纠错", "--region", "湖南"])
    assert r.exit_code == 2
    assert "Did you mean --province / --city / --county / --township?" in r.output
    # (compare has its levels under --by, and no place filters)
    r = CliRunner().invoke(cli, ["compare", "--region", "湖南"])
    assert r.exit_code == 2 and "Did you mean --by?" in r.output


def test_a_plain_typo_still_gets_the_nearest_spelling():
    r = CliRunner().invoke(cli, ["search", "干部", "--provnce", "福建"])
    assert r.exit_code == 2 and "Did you mean --province?" in r.output


# --- 6: a category with labels, none of them in the set scored ------------------------------------------------
def test_a_category_labelled_only_for_training_says_where_it_is_scored(tmp_path):
    import json

    from tests.test_cli_fix70 import _codebook_with_a_new_category, _few_labels

    book, labels = _codebook_with_a_new_category(tmp_path), _few_labels(tmp_path)
    # (in my own words: three measures of the new category, all in the train split, as `policykb label` writes them)
    mine = ["组织部上线干部档案数据库，实现干部信息在线查询", "依托线上平台记录驻村干部每日工作情况",
            "建立年轻干部成长数据库，动态掌握培养情况"]
    with open(labels, "a", encoding="utf-8") as f:
        for k, text in enumerate(mine, 1):
            f.write(json.dumps({"id": f"x{k}", "text": text, "categories": ["digital"], "groups": [], "split": "train",
                                "source": "project"}, ensure_ascii=False) + "\n")
    model = tmp_path / "m.pkl"
    trained = CliRunner().invoke(cli, ["train", "--labels", str(labels), "--codebook", str(book), "--out", str(model),
                                       "--real-labels", str(tmp_path / "none.jsonl")])
    assert trained.exit_code == 0, trained.output
    line = next(x for x in trained.stderr.splitlines() if x.startswith("digital:"))
    assert "no labelled measures" not in line and "policykb label" not in line, line
    assert "3 labelled measures (3 train), none in the test split of" in line and str(labels) in line, line
    scored = CliRunner().invoke(cli, ["evaluate", "--task", "classify", "--labels", str(labels),
                                      "--codebook", str(book), "--model", str(model)])
    assert scored.exit_code == 0, scored.output
    rows = [x for x in scored.stdout.splitlines() if x.startswith("digital")]
    # (the project's test split, and with the real pages beside the checkout their test half too)
    assert rows and all("3 labelled measures (3 train), none in the " in x for x in rows), scored.stdout
    assert "no labelled measures" not in scored.stdout and "(without digital: none labelled in the set scored)" in scored.stdout
    assert "(without digital: none labelled in the set scored)" in trained.stderr


# --- 7: labelling a category just added, its measures first ---------------------------------------------------
# In my own words: a county's cadre measures, one of them of the new category (an online platform), written last.
LABEL_TEXTS = {
    "wuyi.txt": "武义县加强年轻干部培养\n来源：金华日报  发布时间：2024年5月6日\n"
                "浙江省金华市武义县委组织部选派年轻干部到信访窗口跟班学习三个月。\n"
                "县里每季度组织乡镇干部开展一次集中培训，邀请党校教师授课。\n"
                "县委组织部对驻村干部实行月度考核，考核结果与评优挂钩。\n"
                "县里为基层干部建立线上平台，干部可以在平台上提交工作日志。\n",
}


def _label(tmp_path, kb, book, *args: str):
    return CliRunner().invoke(cli, ["label", "--db", str(kb), "--labels", str(tmp_path / "labels.jsonl"),
                                    "--codebook", str(book), "--model", str(tmp_path / "none.pkl"), *args], input="q\n")


def test_label_category_proposes_its_cued_measures_first(tmp_path, tmp_path_factory, segmenter):
    from tests.conftest import built_from_texts
    from tests.test_cli_fix70 import _codebook_with_a_new_category

    kb = built_from_texts(tmp_path_factory, "ux76c_label", LABEL_TEXTS)
    book = _codebook_with_a_new_category(tmp_path)
    plain = _label(tmp_path, kb, book, "--n", "1")
    first = _label(tmp_path, kb, book, "--n", "1", "--category", "digital")
    by_name = _label(tmp_path, kb, book, "--n", "1", "--category", "数字履职")
    assert plain.exit_code == first.exit_code == by_name.exit_code == 0, first.output
    assert "线上平台" not in plain.output  # (without the option another measure comes first)
    assert "线上平台" in first.output and "线上平台" in by_name.output, first.output
    wrong = _label(tmp_path, kb, book, "--category", "digitl")
    assert wrong.exit_code == 1 and "not a category of the codebook" in wrong.output and "digital" in wrong.output


def test_label_shows_no_line_of_zero_scores(tmp_path, tmp_path_factory, segmenter):
    from tests.conftest import built_from_texts
    from tests.test_cli_fix70 import _codebook_with_a_new_category

    kb = built_from_texts(tmp_path_factory, "ux76c_label0", LABEL_TEXTS)
    r = CliRunner().invoke(cli, ["label", "--db", str(kb), "--labels", str(tmp_path / "labels.jsonl"), "--codebook",
                                 str(_codebook_with_a_new_category(tmp_path)), "--model", str(tmp_path / "none.pkl"),
                                 "--n", "4"], input="s\ns\ns\ns\n")
    assert r.exit_code == 0, r.output
    assert "0.00" not in r.output, r.output
