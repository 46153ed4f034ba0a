"""Titles, sources and bylines by class (session 64): pages invented for the test (names, places and
sentences are made up), each reproducing the shape of a class seen on crawled pages."""
from __future__ import annotations

from tests.test_page_metadata import BODY, BODY2, only


def test_an_apps_download_prompts_over_the_page_are_no_headline(tmp_path):
    # 下载app / 扫码下载 / 扫码关注 over the site's trail: the app's prompts, never the headline
    head = "青禾县选派八十名年轻干部到乡镇挂职"
    for prompts in (["下载app", "扫码下载", "扫码关注"], ["扫码下载", "柳川新闻网 > 首页 > 正文"], ["立即下载APP"],
                    ["打开App", "扫一扫下载客户端"]):
        art = only(tmp_path, "\n".join(prompts + [head, BODY, BODY2]))
        assert art.title == head, prompts
    # a headline on what a QR code downloads (扫一扫下载某证照…) is no prompt
    assert only(tmp_path, "\n".join(["扫一扫下载电子证照 办事少跑路", BODY, BODY2])).title == "扫一扫下载电子证照 办事少跑路"


def test_a_kicker_closed_by_a_dash_is_no_part_of_the_headline_the_page_title_names(tmp_path):
    # 某报关注某地:主标题 (the page's own title) / 某地探索某机制,激发某活力—— / 主标题: the dash-closed line
    # is the kicker; the page's title names the headline without it
    kicker, main = "青禾县探索“育管用”机制,激发村干部队伍活力——", "专业化管理 育强领头雁"
    art = only(tmp_path, "\n".join(["青禾日报关注青禾县“育管用”机制:" + main, kicker, main, "本报记者 方小禾", BODY, BODY2]))
    assert (art.title, art.kicker) == (main, kicker.rstrip("—"))
    # without the page's title, or with one holding the kicker too, the two lines are one headline
    art = only(tmp_path, "\n".join([kicker, main, "本报记者 方小禾", BODY, BODY2]))
    assert art.title == kicker + main
    art = only(tmp_path, "\n".join([kicker + main, "2023-08-28 来源:青禾日报", kicker, main, BODY, BODY2]))
    assert art.title == kicker + main
    # the two lines printed twice, a dateline between the copies
    art = only(tmp_path, "\n".join([kicker, main, "2023-08-28 来源:青禾日报", kicker, main, BODY, BODY2]))
    assert art.title == kicker + main


def test_a_unit_in_brackets_closing_the_text_is_its_source(tmp_path):
    # …。/ (某某区), …。(某某县委组织部): the place or organ that sent the report, not a writer, not the text
    head = "青禾县选派机关干部到村任第一书记"
    for unit in ("青禾县", "柳川区", "柳川镇", "青禾县委组织部", "柳川区融媒体中心"):
        for page in ([head, BODY, BODY2, f"({unit})"], [head, BODY, BODY2 + f"（{unit}）"]):
            art = only(tmp_path, "\n".join(page))
            assert (art.source, art.authors) == (unit, []), page
            assert not art.text.endswith(("(" + unit + ")", "（" + unit + "）"))
    # a round-up whose paragraphs each close on their place names no source; nor does a bracket of words
    art = only(tmp_path, "\n".join([head, BODY + "(青禾县)", BODY2 + "(柳川区)"]))
    assert art.source is None
    for note in ("(据青禾县)", "(全文完)", "(单位:青禾县)"):
        assert only(tmp_path, "\n".join([head, BODY, BODY2 + note])).source is None, note


def test_a_note_on_the_texts_scope_in_brackets_closing_it_is_no_source(tmp_path):
    # …。(含某某区), (全县), (以上数据均不含某某区), (不含某某区), (本文转自某某县): a note on what the figures
    # cover or where the text came from, kept in the text; no unit sent it
    head = "柳川县发展党员工作稳步推进"
    count = "柳川县今年共发展新党员320名,35岁以下的占六成。"
    for note in ("含石桥经开区", "全县", "全市", "以上数据均不含柳川高新区", "不含柳川开发区", "本文转自柳川县",
                 "其中含石桥镇", "截至本月底柳川县"):
        for page in ([head, BODY, count + f"（{note}）"], [head, BODY, count, f"({note})"]):
            art = only(tmp_path, "\n".join(page))
            assert art.source is None, page
            assert art.text.endswith(("（" + note + "）", "(" + note + ")")), page
    # a unit whose name opens like such a note still sends its report
    for unit in ("全椒县", "本溪市", "含山县"):
        assert only(tmp_path, "\n".join([head, BODY, count + f"（{unit}）"])).source == unit, unit


def test_a_unit_in_brackets_closing_the_text_is_no_second_source(tmp_path):
    # 来源:某某报 over the text, then …。(某某区) closing it: the paper is the source; the bracket stays the text's
    head = "柳川县发展党员工作稳步推进"
    count = "柳川县今年共发展新党员320名,35岁以下的占六成。"
    art = only(tmp_path, "\n".join([head, "2024-05-16 来源:石桥日报", BODY, count + "（柳川区）"]))
    assert art.source == "石桥日报" and art.text.endswith("六成。（柳川区）")
    art = only(tmp_path, "\n".join([head, "2024-05-16 来源:石桥日报", BODY, count, "(柳川区)"]))
    assert art.source == "石桥日报" and art.text.endswith("(柳川区)")
    # a closing (来源:某某网) names it, the unit after it no second time
    art = only(tmp_path, "\n".join([head, BODY, count + "(来源:石桥新闻网)", "(柳川区)"]))
    assert art.source == "石桥新闻网"


def test_a_page_printed_at_a_fixed_width_opens_with_no_headline(tmp_path):
    # the page's text cut into lines of one width, the first a piece of a sentence cut off above: each line
    # that holds a sentence's stop inside it is a piece of a paragraph, so is the line before it
    lines = ["32%,这些干部很快成为推动乡村振兴、服务群众、维护稳定的中坚",
             "力量;全市还储备了4260名村级后备干部,其中大专以上学历的有",
             "1380名。同时,我们严格执行村干部人选资格联审制度,对全市",
             "村干部逐个排查,把不符合条件的人挡在门外。"]
    art = only(tmp_path, "\n".join(lines + [BODY, BODY2]))
    assert art.title is None
    assert "中坚力量;全市还储备了4260名" in art.text and "有1380名。同时" in art.text and "对全市村干部逐个排查" in art.text
    # a heading under a paragraph stays a line of its own; so does a line of another width after a cut one
    art = only(tmp_path, "\n".join(["青禾县选派干部驻村", BODY, "一是加强培训,提升干部能力素质", BODY2]))
    assert "\n一是加强培训,提升干部能力素质\n" in art.text
    art = only(tmp_path, "\n".join(["青禾县选派干部驻村", BODY, "全县共选派干部12名。其中女干部5名,还有一批", "一是加强培训", BODY2]))
    assert "\n一是加强培训\n" in art.text


def test_items_of_a_list_as_long_as_each_other_stay_lines_of_their_own(tmp_path):
    # 一是…。…, / 二是…。…: a list's items (a stop inside each, no stop closing them) are as long as each other
    # as a page printed at a fixed width prints its lines; an item's or a label's opening opens a paragraph
    head, lead = "柳川县加强年轻干部培养", "今年以来,柳川县把年轻干部培养作为一项基础工程来抓,取得了明显成效。"
    close = "柳川县将继续完善年轻干部培养链条,推动工作提质增效。"
    for items in (["一是拓宽来源。面向高校招录选调生30名，充实乡镇一线力量", "二是加强培训。举办年轻干部专题班2期，培训学员160人",
                   "三是从严管理。全年开展谈心谈话，覆盖干部800人次"],
                  ["一、突出实绩导向。坚持在乡村振兴一线考察识别干部", "二、健全激励机制。每年表彰奖励担当作为先进个人"],
                  ["（一）坚持事业为上；选拔任用向基层一线倾斜，注重实绩", "（二）坚持从严监督；定期开展干部选任检查，压实责任"],
                  ["1.石桥镇党委：李明远；柳川镇党委：王思齐、赵一凡", "2.柳川县委办：周文清；石桥乡党委：孙晓光、吴子健"],
                  ["会议要求：一要统一思想；二要压实责任；三要抓好落实", "会议强调：一要加强学习；二要改进作风；三要严守纪律"]):
        art = only(tmp_path, "\n".join([head, lead] + items + [close]))
        for item in items[1:]:
            assert "\n" + item in art.text, items


def test_a_papers_print_edition_under_the_text_prints_a_date(tmp_path):
    # 《 某某日报 》( 日期 N 版) closing the text: the day the paper printed it, a date besides the dateline's
    from pipeline.extract.article import extract_article
    head = "青禾县健全干部考核机制"
    edition = "《 青禾日报 》( 2023年11月22日 10 版)"
    art = only(tmp_path, "\n".join([head, "发布时间:2024-11-25 22:04:53", BODY, BODY2, edition]))
    assert art.date == "2024-11-25"
    assert [d.iso for d in extract_article(art).dates if d.start is None] == ["2024-11-25", "2023-11-22"]
    # printed the day the page dates it: the page prints that day twice
    art = only(tmp_path, "\n".join([head, "2023年11月22日08:23 来源:青禾网", BODY, BODY2, edition]))
    assert [d.iso for d in extract_article(art).dates if d.start is None] == ["2023-11-22", "2023-11-22"]
    # the edition alone dates the article: once
    art = only(tmp_path, "\n".join([head, BODY, BODY2, edition]))
    assert art.date == "2023-11-22"
    assert [d.iso for d in extract_article(art).dates if d.start is None] == ["2023-11-22"]


def test_january_in_numerals_after_a_year_is_a_month():
    # 去年一月份, 2014年一月: January written in numerals after its year (一月一次 alone: once a month)
    from pipeline.extract.dates import find_dates

    def dates(text):
        return [(d.text, d.iso) for d in find_dates(text, "2025-04-05")]
    assert dates("去年一月份,青禾县开始试点村干部坐班制。") == [("去年一月份", "2024-01")]
    assert dates("2014年一月,方小禾到柳川村任第一书记。") == [("2014年一月", "2014-01")]
    assert dates("今年一月,全县召开干部大会。") == [("今年一月", "2025-01")]
    assert dates("村两委一月一次例会,雷打不动。") == []
    assert dates("去年一月一次例会也没开。") == [("去年", "2024")]


def test_the_sites_latest_stories_under_the_article_are_no_text_of_it(tmp_path):
    # 最新新闻 / 更多>> / • 标题…: the site's list of its latest stories, under the article, to the page's end
    head = "青禾县选派机关干部到村任第一书记"
    links = ["最新新闻", "更多>>", "• 柳川镇召开2024年度村干部述职大会", "• 青禾县举办第三期年轻干部培训班"]
    art = only(tmp_path, "\n".join([head, BODY, BODY2] + links))
    assert "柳川镇召开" not in art.text and "最新新闻" not in art.text and art.text.endswith("召回。")
    # the label over the page, before the article (a tab of the site's menu), cuts nothing of it
    art = only(tmp_path, "\n".join(["最新新闻", head, BODY, BODY2]))
    assert art.title == head and art.text.endswith("召回。")


def test_a_columns_label_over_its_next_story_in_full_cuts_no_story(tmp_path):
    # 热点新闻 / 标题 / 日期 来源 / text: a column's page printing its next story in full under the label; the
    # label opens a list of picks only over links (• 标题, 更多>>, 标题 日期) or the next tab's label (专题)
    from tests.test_page_metadata import articles
    head, second = "柳川县选派机关干部到村任第一书记", "石桥镇召开年轻干部座谈会"
    story = [second, "2024-05-21 10:15 来源:石桥镇", "5月20日,石桥镇召开年轻干部座谈会,18名年轻干部结合工作实际交流心得体会。",
             "镇党委书记勉励大家扎根基层、苦练本领,在乡村振兴一线建功立业。"]
    top = [head, "2024-05-22 09:00 来源:柳川县委组织部", BODY, BODY2]
    for label in ("热点新闻", "最新新闻"):
        arts = articles(tmp_path, "\n".join(top + [label] + story))
        assert [a.title for a in arts] == [head, second], label
        for links in (["更多>>", "• 石桥镇召开年轻干部座谈会"], ["专题", "更多>>", "• 柳川县举办基层党务培训班"],
                      ["柳川县举办基层党务培训班 2024-05-18", "石桥镇召开年轻干部座谈会 2024-05-17"]):
            art = only(tmp_path, "\n".join(top + [label] + links))
            assert art.text.endswith("召回。"), links


def test_year_end_listed_with_a_quarter_or_a_half_year_is_a_checkpoint_of_every_year():
    # 于半年、前三季度、年底分三次报送, 每季度末、年底报送: points of every year a rule sets, no date
    from pipeline.extract.dates import find_dates

    def dates(text):
        return [(d.text, d.iso) for d in find_dates(text, "2020-12-14")]
    assert dates("各街道于半年、前三季度、年底分三次报送考核进度。") == []
    assert dates("青禾县每季度末、年底分别通报一次。") == []
    assert dates("年中、年底各开展一次评估。") == []
    # 年底 alone, or the article's year's end, stays a date
    assert dates("年底前,全县完成村级换届。") == [("年底", "2020")]
    assert dates("到年底,柳川镇半年、全年任务都已完成。") == [("年底", "2020")]


def test_year_end_in_a_run_of_one_years_points_is_that_years_end():
    # 今年上半年、年底; 2023年上半年、年底; 今年年初、年底; 今年前三季度、年底: the points of one year, its end dated;
    # and a quarter listed near 年底 but not with it (到年底,…季度、半年考核…) leaves 年底 a date
    from pipeline.extract.dates import find_dates

    def ends(text):
        return [(d.text, d.iso) for d in find_dates(text, "2023-06-10") if d.text == "年底"]
    for text in ("柳川县力争今年上半年、年底分别完成两批村干部轮训。", "2023年上半年、年底各组织一次专项督查。",
                 "今年年初、年底各召开一次全县组工会议。", "今年前三季度、年底分别通报考核进度。",
                 "到年底,全县季度、半年考核任务全部完成。", "第三季度、年底各开展一次抽查。"):
        assert ends(text) == [("年底", "2023")], text
    # a run naming no year stays every year's checkpoints
    assert ends("各街道于半年、前三季度、年底分三次报送考核进度。") == []


def test_a_reposts_title_naming_the_paper_over_its_own_byline_gives_the_source(tmp_path):
    # 某报点赞某地…:标题 (the repost's page title) / 标题 / 本报记者 某某: the paper named there ran it
    main = "专业化管理 育强领头雁"
    kicker = "柳川县探索“育管用”机制,激发村干部队伍活力——"
    page = ["青禾日报点赞柳川县“育管用”机制:" + main, kicker, main, "本报记者 方 小禾", BODY, BODY2]
    art = only(tmp_path, "\n".join(page))
    assert (art.title, art.source) == (main, "青禾日报")
    # a byline of the paper's own reporter without the page's title, or a title naming no paper: no source
    assert only(tmp_path, "\n".join(page[1:])).source is None
    assert only(tmp_path, "\n".join(["柳川县点赞青禾县“育管用”机制:" + main] + page[1:])).source is None
    # a 来源 naming the medium wins
    art = only(tmp_path, "\n".join(page[:3] + ["2023-08-28 来源:柳川新闻网"] + page[3:]))
    assert art.source == "柳川新闻网"


def test_a_local_sites_headline_on_a_papers_praise_gives_no_source(tmp_path):
    # 某报头版点赞我县… (no colon, no headline after it) over 本报记者 某某: the local site's own headline on the
    # paper's notice, its own reporter's copy; nor does 某报点赞我市…:标题 (the site's words: 我市) name the paper
    main = "村里来了年轻的当家人"
    for page in (["石桥日报头版点赞我县年轻干部扎根基层", "本报记者 周文清", BODY, BODY2],
                 ["石桥日报点赞我市干部队伍建设:" + main, main, "本报记者 周文清", BODY, BODY2],
                 ["石桥日报关注柳川县年轻干部培养", main, "本报记者 周文清", BODY, BODY2]):
        assert only(tmp_path, "\n".join(page)).source is None, page
    # the repost's title, a colon, the paper's headline: the paper ran it
    page = ["石桥日报关注柳川县年轻干部培养:" + main, main, "本报记者 周文清", BODY, BODY2]
    assert only(tmp_path, "\n".join(page)).source == "石桥日报"
