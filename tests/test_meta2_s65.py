"""Article boundaries, titles and dates by class (session 65, second helper): pages invented for the
test (names, places and sentences are made up), each reproducing the shape of a class seen on crawled
pages."""
from __future__ import annotations

from tests.test_page_metadata import BODY, BODY2, articles


def test_a_teaser_whose_copy_the_encoding_garbled_at_a_quote_opens_no_article(tmp_path):
    # the page's first paragraph printed over the headline, its 。“ read as ?! and a wrong character
    lead = "腊月二十,青禾县柳川镇东坡村,年终党员大会。“今年村里修了路,种了果树,收入翻了一番。”村支书说。"
    teaser = lead.replace("。“今年", "?!叭年")
    page = "\n".join([teaser, "柳川镇干部夜校开课", "青禾网 时间:2018-01-05 08:07", lead, BODY, BODY2])
    (art,) = articles(tmp_path, page)
    assert (art.title, art.date, art.source) == ("柳川镇干部夜校开课", "2018-01-05", "青禾网")
    # a first paragraph that only shares its opening clause's first words with the body stays an article
    other = "\n".join(["腊月二十,青禾县柳川镇东坡村召开党员大会?会上表彰了十名优秀党员。", "柳川镇干部夜校开课",
                       "青禾网 时间:2018-01-05 08:07", "腊月二十,青禾县柳川镇西岭村也开了会。", BODY, BODY2])
    assert len(articles(tmp_path, other)) == 2
    # nor does one whose first sentence, cut at its full stop, a later article quotes
    other = "\n".join(["坚持党管干部原则,深化干部人事制度改革。青禾县本月起试行干部任前公示。", "柳川镇干部夜校开课",
                       "青禾网 时间:2018-01-05 08:07", "会上强调,坚持党管干部原则,深化干部人事制度改革。", BODY, BODY2])
    assert len(articles(tmp_path, other)) == 2
