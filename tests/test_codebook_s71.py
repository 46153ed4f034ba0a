"""Codebook mistakes a newcomer makes are refused in one line naming the file and the entry: a bare string
where a list of cues belongs was read character by character (`cues: 女干部` tagged 223 of 319 sample
measures 女干部), an empty cue crashed every document, a second group id or name was taken silently."""
from click.testing import CliRunner
import pytest

from pipeline.classify.codebook import CodebookError, load_codebook
from pipeline.cli import cli
from tests.conftest import ROOT

SHIPPED = (ROOT / "pipeline/resources/codebook.yaml").read_text(encoding="utf-8")


def _with(tmp_path, text: str):
    path = tmp_path / "cb.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def _with_group(tmp_path, group: str):
    at = SHIPPED.index("\n", SHIPPED.index("\ngroups:") + 1) + 1  # after the line opening the list
    return _with(tmp_path, SHIPPED[:at] + group + SHIPPED[at:])


def _with_category(tmp_path, category: str):
    head, sep, rest = SHIPPED.partition("categories:\n")
    return _with(tmp_path, head + sep + category + rest)


@pytest.mark.parametrize("group, said", [
    ("  - id: mine\n    name_zh: 我的组\n    cues: 女干部\n", "mine: cues must be a list of words"),
    ("  - id: mine\n    name_zh: 我的组\n    cues: [女干部, '']\n", "mine: cues holds an empty"),
    ("  - id: mine\n    name_zh: 我的组\n    cues: [女干部]\n    exclude: 男\n", "mine: exclude must be a list"),
    ("  - id: female\n    name_zh: 我的组\n    cues: [女干部]\n", "group id female given twice"),
    ("  - id: women\n    name_zh: 女干部\n    cues: [女干部]\n", "group name 女干部 given twice"),
])
def test_a_group_mistake_is_refused(tmp_path, group, said):
    with pytest.raises(CodebookError, match=said):
        load_codebook(_with_group(tmp_path, group))


@pytest.mark.parametrize("category, said", [
    ("  - id: digital\n    name_zh: 数字赋能\n    include: 数据平台\n", "digital: include must be a list of words"),
    ("  - id: digital\n    name_zh: 数字赋能\n    include: [大数据, '']\n", "digital: include holds an empty"),
    ("  - id: digital\n    name_zh: 关心关爱\n    include: [大数据]\n", "category name 关心关爱 given twice"),
])
def test_a_category_mistake_is_refused_in_one_line_by_extract(tmp_path, category, said):
    cb = _with_category(tmp_path, category)
    text = tmp_path / "a.txt"
    text.write_text("某县干部工作\n县委组织部建设干部大数据平台，统计参训人数。\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["extract", str(text), "--codebook", cb, "--model", str(tmp_path / "none.pkl")])
    assert r.exit_code == 1 and said in r.output and "Traceback" not in r.output, r.output


def test_the_shipped_codebook_and_a_one_word_list_load(tmp_path):
    load_codebook()
    cb = load_codebook(_with_group(tmp_path, "  - id: mine\n    name_zh: 我的组\n    cues: [女干部]\n"))
    assert cb.groups[0].cues == ("女干部",)
