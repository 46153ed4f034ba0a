"""Places below the county (villages, communities, towns, zones): classes of text fixed in session 58.

Every sentence here is written for these tests; the counties and towns are real divisions, the
villages, communities and people invented."""
from __future__ import annotations

import pytest

from pipeline.extract.regions import locate


def _villages(placement):
    return [(m.start, m.text) for m in placement.mentions if m.place.level == "village"]


def test_a_village_the_headline_places_is_that_village_in_the_body(g):
    title = "玄武区玄武门街道青禾湾社区：网格里的暖心事"
    body = "青禾湾社区组建了一支志愿者队伍。去年以来，青禾湾社区共办结居民诉求两百余件。"
    p = locate(body, g, title=title)
    assert [m.text for m in p.title_mentions if m.place.level == "village"] == ["青禾湾社区"]
    assert _villages(p) == [(0, "青禾湾社区"), (body.index("青禾湾", 5), "青禾湾社区")]
    assert all(m.place.path.endswith("玄武门街道/青禾湾社区") for m in p.mentions if m.place.level == "village")


def test_the_headline_village_is_not_read_inside_longer_names_or_kinds(g):
    body = "近日，王庄村党支部组织党员到大王庄村参观学习，并与前王庄村结对共建。"
    assert _villages(locate(body, g, title="西集镇王庄村开展主题党日活动")) == [(3, "王庄村")]
    body = "今年，西集镇王庄村新建了党群服务中心。"  # after its town in the body too
    assert _villages(locate(body, g, title="西集镇王庄村开展主题党日活动")) == [(6, "王庄村")]
    for body in ("县委组织部把王庄村列为示范点。", "帮扶王庄村以来，变化很大。"):  # after any verb
        assert [t for _, t in _villages(locate(body, g, title="西集镇王庄村开展主题党日活动"))] == ["王庄村"], body
    # a name that is also a word (五星) is still the headline's village
    body = "近年来，五星村党支部带领群众发展产业，五星村面貌焕然一新。"
    assert len(_villages(locate(body, g, title="西集镇五星村：党建引领谱新篇"))) == 2
    body = "会上，中心社区党委书记介绍了情况，新中心社区筹建同步推进，老年活动中心社区志愿者也来了。"
    assert _villages(locate(body, g, title="西门街道中心社区开展活动")) == []


def _zones(text, g):
    return [(m.text, m.place.name) for m in locate(text, g).mentions if m.place.level == "zone"]


def test_a_zone_the_gazetteer_lacks_is_named_as_zones_are(g):
    # after the host's short form, though the host is written in full
    assert _zones("鹰潭市高新区召开干部大会。", g) == [("鹰潭市高新区", "鹰潭高新技术产业开发区")]
    # without the grade written before the zone word
    assert _zones("鹰潭国家高新区引进人才十名。", g) == [("鹰潭国家高新区", "鹰潭高新技术产业开发区")]
    # a prefecture's 经开区 is its national 经济技术开发区, unless the gazetteer lists a provincial 经济开发区
    # under the city; a county's is a provincial 经济开发区
    assert _zones("在鹰潭经开区，干部竞聘上岗。", g) == [("鹰潭经开区", "鹰潭经济技术开发区")]
    assert _zones("邢台市经开区召开干部大会。", g)[0][1].endswith("经济开发区")
    assert _zones("在余江经开区，干部竞聘上岗。", g)[0][1].endswith("经济开发区")


def test_a_kind_of_zone_alone_is_no_zone_of_the_gazetteer(g):
    # 高新技术产业开发区 alone names a kind of zone, not one the data files under some city
    assert _zones("青禾市高新技术产业开发区的党工委下发了一份通知。", g) == []


def test_a_batch_of_cadres_sent_to_villages_is_no_village(g):
    for text in ("柳川县青石镇首批驻村工作队完成轮换,队员回到原单位。", "柳川县青石镇第三轮包村干部已全部到岗。",
                 "青禾县柳川镇每届驻村第一书记任期两年。"):
        assert not [m for m in locate(text, g).mentions if m.place.level == "village"], text
    named = locate("柳川县青石镇杉林村党支部书记方小禾带头巡河。", g).mentions
    assert [m.text for m in named if m.place.level == "village"] == ["杉林村"]


def test_the_pilot_free_trade_zones_are_zones_of_their_province(g):
    # (session 65: 海南's, over the whole island, is read as the province; see test_places_s65.py)
    assert _zones("青禾县干部赴广西自贸区挂职锻炼。", g) == [("广西自贸区", "中国（广西）自由贸易试验区")]
    found = [m for m in locate("中国(湖北)自由贸易试验区武汉片区选派干部。", g).mentions if m.place.level == "zone"]
    # (session 60: the area of a city, 某某片区, is a zone of its own in that city, as the real gold files it)
    assert [m.place.path for m in found] == ["湖北省/武汉市/中国（湖北）自由贸易试验区武汉片区"]


def test_the_headline_village_is_not_read_in_a_phrase_of_the_body(g):
    for title, body in (("迁安市建设村:党建引领谱新篇", "柳川镇加快建设村级党群服务中心。"),
                        ("迁安市发展村:党建引领谱新篇", "青禾县着力发展村集体经济。"),
                        ("迁安市团结村:党建引领谱新篇", "干部要团结村民一道干。")):
        assert [m for m in locate(body, g, title=title).mentions if m.place.level == "village"] == [], body
    assert _villages(locate("今年,建设村新修了两条路。", g, title="迁安市建设村:党建引领谱新篇")) == [(3, "建设村")]
    assert _villages(locate("今年建设村新修了两条路。", g, title="迁安市建设村:党建引领谱新篇")) == [(2, "建设村")]
