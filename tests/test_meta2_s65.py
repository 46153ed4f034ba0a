"""Article boundaries, titles and dates by class (session 65, second helper): pages invented for the
test (names, places and sentences are made up), each reproducing the shape of a class seen on crawled
pages."""
from __future__ import annotations

from tests.test_page_metadata import BODY, BODY2, articles, only


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


def test_a_portal_named_online_glued_to_its_date_and_time_is_the_dateline(tmp_path):
    # 某某在线2019-04-02 09:30:12 under the headline: the portal is the source, the day the date, and the
    # line over the headline (an app's prompt) is no title
    from pipeline.text.meta import parse_meta_line

    head = "青禾县用好考核指挥棒激励干部担当"
    page = "\n".join(["青禾新闻客户端", head, "柳川在线2019-04-02 09:30:12", BODY, BODY2])
    art = only(tmp_path, page)
    assert (art.title, art.date, art.source) == (head, "2019-04-02", "柳川在线")
    assert parse_meta_line("东山在线 2019-04-02 09:30") == [("date", "2019-04-02"), ("source", "东山在线")]
    # a sentence's words before 在线 name no portal, nor does a person's name
    assert parse_meta_line("他一直在线 2019-04-02 09:30") is None
    assert ("source", "张在线") not in (parse_meta_line("张在线 2019-04-02 09:30") or [])


def test_a_question_opening_the_page_is_no_garbled_teaser(tmp_path):
    # one question mark is a question's end, not a garbled quote: the paragraph stays an article
    page = "\n".join(["为什么要让年轻干部下沉到一线?青禾县委组织部这样回答。", "柳川镇干部夜校开课",
                      "青禾网 时间:2018-01-05 08:07", "有人问:为什么要让年轻干部下沉到一线?", BODY, BODY2])
    assert len(articles(tmp_path, page)) == 2


def test_a_first_article_opening_with_a_slogan_or_question_a_later_one_quotes_stays_an_article(tmp_path):
    # (review of the garbled teaser) a slogan closed by !! or ！！, a question closed by ？！ or ??: the words
    # before the marks recur in the next article, but the paragraph goes on differently: no garbled copy
    head, dateline = "柳川镇干部夜校开课", "青禾网 时间:2018-01-05 08:07"
    pages = [
        ["坚决打赢疫情防控阻击战!!青禾县委组织部向全县党员干部发出倡议,号召党员到社区报到。",
         "会上号召全镇党员干部坚决打赢疫情防控阻击战,守好家门。"],
        ["坚决打赢疫情防控阻击战！！青禾县委组织部向全县党员干部发出倡议,号召党员到社区报到。",
         "会上号召全镇党员干部坚决打赢疫情防控阻击战,守好家门。"],
        ["干部不担当不作为,群众的事谁来办？！青禾县开展容错纠错专项行动,为38名干部澄清正名。",
         "有群众问:干部不担当不作为,群众的事谁来办?县里给出了答案。"],
        ["年轻干部如何在基层成长??青禾县委组织部给出三条路径:下沉一线、轮岗交流、导师帮带。",
         "年轻干部如何在基层成长,是组织部门长期思考的课题。"],
    ]
    for first, body in pages:
        arts = articles(tmp_path, "\n".join([first, head, dateline, body, BODY, BODY2]))
        assert [a.title for a in arts] == [None, head], first


def test_an_adverb_verb_or_time_word_before_online_names_no_portal(tmp_path):
    # (review of the portal rule) 一直在线, 保持在线, 当前在线 glued to a date: how or when, not a portal's name
    from pipeline.text.meta import parse_meta_line

    for words in ("一直在线", "始终在线", "保持在线", "随时在线", "当前在线", "长期在线"):
        assert ("source", words) not in (parse_meta_line(words + " 2019-04-02 09:30") or []), words
    head = "青禾县用好考核指挥棒激励干部担当"
    art = only(tmp_path, "\n".join([head, "一直在线2019-04-02 09:30:12", BODY, BODY2]))
    assert art.source is None
    # a place's or a name's word before it still names the portal
    assert parse_meta_line("东山在线 2019-04-02 09:30") == [("date", "2019-04-02"), ("source", "东山在线")]
