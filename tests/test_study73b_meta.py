"""Classes studied on the session-73 blind batch (headlines and sources).

Every sentence here is written for these tests; the provinces, cities and counties are real divisions,
the media and brands made up or generic."""
from __future__ import annotations

import pytest

from pipeline.text.articles import clean_title


# --- headlines: a site's home page named after a dash --------------------------------------------

@pytest.mark.parametrize("tail", ["-某某官方首页", "-某某官网首页", "_某某网站首页", " - 某某网首页"])
def test_a_sites_home_page_after_a_dash_is_no_part_of_the_headline(tail):
    # …训练营-某某官方首页: a (often betting) site names its home page behind every headline it copies
    assert clean_title("某区这个街道办起了年轻干部训练营" + tail) == "某区这个街道办起了年轻干部训练营"


def test_a_headline_ending_in_a_home_page_word_without_a_site_word_keeps_it():
    assert clean_title("村干部培训班开班——打造红色教育首页") == "村干部培训班开班——打造红色教育首页"

# --- sources: a betting brand written where the source stood ----------------------------------------

def test_a_betting_brand_given_as_the_source_is_no_source(tmp_path):
    from tests.test_page_metadata import BODY, BODY2, only
    for field in ("原出处:凯发平台", "来源:威廉希尔官网", "来源: BET365体育"):
        art = only(tmp_path, "\n".join(["青禾县破解干部队伍老化难题", "作者 方小禾 2025-08-26", field, BODY, BODY2]))
        assert art.source is None
    # a medium stays the source
    art = only(tmp_path, "\n".join(["青禾县破解干部队伍老化难题", "2025-08-26", "来源:柳川日报", BODY, BODY2]))
    assert art.source == "柳川日报"
