"""Places below the county (session 77's tester, a researcher of townships): a county's own medium halved the
confidence of a county it told nothing apart for; an article naming one ambiguous county only was no region and no
reason anywhere; a visiting delegation's home outvoted the host the article speaks for."""
from __future__ import annotations

import json

from click.testing import CliRunner
import pytest

from pipeline.extract.regions import locate
from tests.conftest import built_from_texts, csv_table


# --- 4. the county's own medium tells no namesakes apart for a county without any ----------------------------------

def test_a_countys_own_medium_leaves_the_confidence_of_a_county_the_text_places_alone(g, segmenter):
    """永嘉新闻网 over a report on 永嘉县 and two of its towns: 永嘉县 0.5, 'namesakes told apart by the medium'
    (it has none); the same text from 温州日报 was 1.0."""
    text = "永嘉县委组织部举办年轻干部培训班。瓯北街道、桥头镇的30名干部参加了培训。"
    plain = locate(text, g, source="温州日报")
    own = locate(text, g, source="永嘉新闻网")
    assert own.region.path == plain.region.path == "浙江省/温州市/永嘉县"
    assert own.confidence == plain.confidence == 1.0
    assert "medium" not in own.reason


def test_a_town_the_medium_tells_apart_still_rests_on_the_medium(g, segmenter):
    text = "走马镇召开年轻干部座谈会，走马镇党委书记参加。"  # (走马镇: in several counties)
    placed = locate(text, g, source="鹤峰县融媒体中心")
    assert placed.region.county == "鹤峰县" and placed.confidence == 0.5
    assert "told apart by the medium" in placed.reason
