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
