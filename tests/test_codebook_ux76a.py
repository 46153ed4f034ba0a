"""A codebook keeper's slips are said, naming the category: an id with a space (`talk care`, stored and searched as
two ids) or another category's Chinese name as an id (--category could not tell them apart) is refused; a misspelt
key (`inculde:`, `name:` for `name_zh:`) is refused with the key it meant; a cue holding a list's separator (one
long cue, never met) and a category with no include cues load, with one warning per category."""
import logging

from click.testing import CliRunner
import pytest

from pipeline.classify.codebook import CodebookError, load_codebook
from pipeline.cli import cli
from tests.conftest import ROOT

SHIPPED = (ROOT / "pipeline/resources/codebook.yaml").read_text(encoding="utf-8")


def _with_category(tmp_path, category: str) -> str:
    head, sep, rest = SHIPPED.partition("categories:\n")
    path = tmp_path / "cb.yaml"
    path.write_text(head + sep + category + rest, encoding="utf-8")
    return str(path)


def _extract(tmp_path, cb: str):
    text = tmp_path / "a.txt"
    text.write_text("某县关心干部\n县委每月安排专人同驻村干部开展谈心谈话。\n", encoding="utf-8")
    return CliRunner().invoke(cli, ["extract", str(text), "--codebook", cb, "--model", str(tmp_path / "none.pkl")])


@pytest.mark.parametrize("category, said", [
    ("  - id: talk care\n    name_zh: 谈心谈话\n    include: [谈心谈话]\n", "category id 'talk care' is not one word"),
    ("  - id: talk,care\n    name_zh: 谈心谈话\n    include: [谈心谈话]\n", "category id 'talk,care' is not one word"),
    ("  - id: 谈心、交心\n    name_zh: 谈心谈话\n    include: [谈心谈话]\n", "category id '谈心、交心' is not one word"),
    ("  - id: talk\n    name_zh: 谈心 谈话\n    include: [谈心谈话]\n", "category name_zh '谈心 谈话' is not one word"),
    ("  - id: 关心关爱\n    name_zh: 谈心谈话\n    include: [谈心谈话]\n", "category id 关心关爱 is the name of category care"),
    ("  - id: talk\n    name_zh: 谈心谈话\n    inculde: [谈心谈话]\n", "category talk: inculde: is no key of a category "
                                                                    "(did you mean include:?)"),
    ("  - id: talk\n    name: 谈心谈话\n    include: [谈心谈话]\n", "category talk: name: is no key of a category "
                                                                 "(did you mean name_zh:?)"),
    ("  - name_zh: 谈心谈话\n    include: [谈心谈话]\n", "a category without an id (name_zh: 谈心谈话"),
])
def test_a_category_that_cannot_work_is_refused_in_one_line_naming_it(tmp_path, category, said):
    r = _extract(tmp_path, _with_category(tmp_path, category))
    assert r.exit_code == 1 and said in r.output and "Traceback" not in r.output, r.output
    assert len(r.output.strip().splitlines()) == 1, r.output


def test_a_group_id_with_a_space_is_refused(tmp_path):
    at = SHIPPED.index("\n", SHIPPED.index("\ngroups:") + 1) + 1
    path = tmp_path / "cb.yaml"
    path.write_text(SHIPPED[:at] + "  - id: my group\n    name_zh: 我的组\n    cues: [女干部]\n" + SHIPPED[at:],
                    encoding="utf-8")
    with pytest.raises(CodebookError, match="group id 'my group' is not one word"):
        load_codebook(str(path))


@pytest.mark.parametrize("category, said", [
    ("  - id: talk\n    name_zh: 谈心谈话\n    include: [谈心谈话，谈心、交心, 必谈]\n",
     "category talk: cue 谈心谈话，谈心、交心 holds ，、 (separate cues with ASCII commas: [谈心谈话, 谈心, 交心])"),
    ("  - id: talk\n    name_zh: 谈心谈话\n    exclude: [诫勉谈话]\n",
     "category talk: no include cues: the cue rules never choose it"),
])
def test_a_doubtful_category_loads_with_one_warning_naming_it(tmp_path, caplog, category, said):
    cb = _with_category(tmp_path, category)
    with caplog.at_level(logging.WARNING):
        r = _extract(tmp_path, cb)
        load_codebook(cb)  # (a second look-up says nothing again)
    assert r.exit_code == 0, r.output
    warned = [rec.getMessage() for rec in caplog.records if "pipeline.classify.codebook" == rec.name]
    assert len(warned) == 1 and said in warned[0], warned


def test_two_slips_of_one_category_are_one_warning(tmp_path, caplog):
    cb = _with_category(tmp_path, "  - id: talk\n    name_zh: 谈心谈话\n    exclude: [诫勉谈话；提醒谈话]\n")
    with caplog.at_level(logging.WARNING):
        load_codebook(cb)
    warned = [rec.getMessage() for rec in caplog.records if "pipeline.classify.codebook" == rec.name]
    assert len(warned) == 1 and "cue 诫勉谈话；提醒谈话 holds ；" in warned[0] and "no include cues" in warned[0], warned


def test_the_shipped_codebook_loads_without_a_warning(caplog):
    load_codebook.cache_clear()
    with caplog.at_level(logging.WARNING):
        load_codebook()
    assert not [rec for rec in caplog.records if rec.name == "pipeline.classify.codebook"]


def test_the_readme_says_how_to_edit_the_codebook():
    # (a keeper renaming a category did not learn of the second labels file, nor what became of the old id)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Editing the codebook"):]
    section = section[:section.index("\n## ", 5)]
    from pipeline.classify.codebook import CATEGORY_KEYS, GROUP_KEYS

    assert all(f"`{key}`" in section for key in CATEGORY_KEYS + GROUP_KEYS)
    for said in ("corpora/labels/measures.jsonl", "corpora/labels/real/measures.jsonl", "policykb label", "make kb",
                 "simplified", "no successor"):
        assert said in section, said
